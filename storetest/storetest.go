// Package storetest is the one test suite that every chronicle.Store
// implementation must pass: each behaviour (idempotency, revisions, queries,
// pagination, concurrent writers) is tested once and run against every store.
package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle"
)

// Opener returns a new, empty store for one test. The suite closes it.
type Opener func(t *testing.T) chronicle.Store

// Run runs the whole suite against stores made by open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, chronicle.Store)
	}{
		{"a stored document comes back with every layer", testRoundTrip},
		{"storing the same article twice stores it once", testIdempotent},
		{"a changed text under the same id is a new revision", testRevisionByID},
		{"a changed text at the same URL is a new revision", testRevisionByURL},
		{"the same text under another id is another document", testSameTextOtherID},
		{"unchanged tells a stored text from a new one", testUnchanged},
		{"a missing document is not found", testNotFound},
		{"find filters by text, publisher, actor, event type and dates", testFindFilters},
		{"pages of a listing cover every document once", testPagination},
		{"summaries list what find lists, with the size of every layer", testSummaries},
		{"quotes are searched by words and speaker", testSearchQuotes},
		{"concurrent writers each store their documents once", testConcurrentWriters},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
}

func date(s string) chronicle.Date {
	d, err := chronicle.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// sample returns a small document with one item in every layer.
func sample(id, text string) *chronicle.Document {
	d := chronicle.NewDocument(id, text)
	d.Title = "Talks in " + id
	d.Publisher = "Example Wire"
	d.Published = date("2025-04-25")
	d.URL = "https://example.com/" + id
	d.Entities = []chronicle.Entity{{
		Span:  chronicle.Span{Start: 0, End: 6, ByteStart: 0, ByteEnd: 6, Text: text[:6]},
		Type:  "PER",
		Actor: &chronicle.Actor{Name: "Sergey Lavrov", Code: "RUSGOV"},
		Role:  &chronicle.Role{Title: "Foreign Minister", Country: "RUS", AsOf: date("2025-04-25")},
	}}
	d.Quotes = []chronicle.Quote{{
		Content:     chronicle.Span{Start: 7, End: len(text), ByteStart: 7, ByteEnd: len(text)},
		Speaker:     &chronicle.Span{Start: 0, End: 6, ByteStart: 0, ByteEnd: 6},
		SpeakerName: "Sergey Lavrov",
		Kind:        chronicle.QuoteIndirect,
	}}
	five := 5
	d.Events = []chronicle.Event{{Type: "CONSULT", Source: &chronicle.Actor{Name: "Russia", Code: "RUSGOV"},
		Target: &chronicle.Actor{Name: "United States", Code: "USAGOV"}, Fatalities: &five, Date: date("2025-04-24")}}
	d.Framing = []chronicle.Frame{{Span: chronicle.Span{Start: 0, End: 6, ByteStart: 0, ByteEnd: 6}, Category: chronicle.FrameLoadedLabel, Voice: chronicle.VoiceAuthor, Neutral: "x"}}
	d.Claims = []chronicle.Claim{{Span: chronicle.Span{Start: 0, End: 6, ByteStart: 0, ByteEnd: 6}, Quantity: 3, Unit: "hours"}}
	return d
}

func mustPut(t *testing.T, s chronicle.Store, d *chronicle.Document) chronicle.PutResult {
	t.Helper()
	res, err := s.Put(context.Background(), d)
	if err != nil {
		t.Fatalf("Put(%s): %v", d.ID, err)
	}
	return res
}

func testRoundTrip(t *testing.T, s chronicle.Store) {
	d := sample("a1", "Lavrov said the ceasefire talks would go on.")
	res := mustPut(t, s, d)
	if res.Status != chronicle.PutCreated || res.Revision != 1 || res.ID != "a1" {
		t.Fatalf("Put = %+v, want created revision 1 of a1", res)
	}
	got, err := s.Get(context.Background(), "a1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != d.Text || got.Title != d.Title || got.Publisher != d.Publisher || got.Published != d.Published || got.URL != d.URL {
		t.Errorf("document fields differ: got %+v", got)
	}
	if got.ContentHash != chronicle.HashText(d.Text) || got.Revision != 1 {
		t.Errorf("hash/revision = %s/%d", got.ContentHash, got.Revision)
	}
	if len(got.Entities) != 1 || got.Entities[0].Actor.Code != "RUSGOV" || got.Entities[0].Role.Title != "Foreign Minister" {
		t.Errorf("entities = %+v", got.Entities)
	}
	if len(got.Quotes) != 1 || got.Quotes[0].SpeakerName != "Sergey Lavrov" {
		t.Errorf("quotes = %+v", got.Quotes)
	}
	if len(got.Events) != 1 || *got.Events[0].Fatalities != 5 || got.Events[0].Date.String() != "2025-04-24" {
		t.Errorf("events = %+v", got.Events)
	}
	if len(got.Framing) != 1 || len(got.Claims) != 1 || got.Claims[0].Quantity != 3 {
		t.Errorf("framing/claims = %+v / %+v", got.Framing, got.Claims)
	}
}

func testIdempotent(t *testing.T, s chronicle.Store) {
	mustPut(t, s, sample("a1", "Lavrov said the ceasefire talks would go on."))
	res := mustPut(t, s, sample("a1", "Lavrov said the ceasefire talks would go on.\n"))
	if res.Status != chronicle.PutUnchanged || res.Revision != 1 {
		t.Errorf("second Put = %+v, want unchanged revision 1", res)
	}
	if n, _ := s.Count(context.Background()); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
	revs, err := s.Revisions(context.Background(), "a1")
	if err != nil || len(revs) != 1 {
		t.Errorf("Revisions = %v, %v; want one", revs, err)
	}
}

func testRevisionByID(t *testing.T, s chronicle.Store) {
	mustPut(t, s, sample("a1", "Lavrov said the ceasefire talks would go on."))
	res := mustPut(t, s, sample("a1", "Lavrov said the ceasefire talks had ended."))
	if res.Status != chronicle.PutRevised || res.Revision != 2 {
		t.Fatalf("Put = %+v, want revised revision 2", res)
	}
	got, err := s.Get(context.Background(), "a1")
	if err != nil || got.Text != "Lavrov said the ceasefire talks had ended." || got.Revision != 2 {
		t.Fatalf("Get = %+v, %v", got, err)
	}
	revs, err := s.Revisions(context.Background(), "a1")
	if err != nil || len(revs) != 2 || revs[0].Revision != 1 || revs[1].Revision != 2 || revs[0].ContentHash == revs[1].ContentHash {
		t.Errorf("Revisions = %+v, %v", revs, err)
	}
	if n, _ := s.Count(context.Background()); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
	// Only the latest revision is found by search.
	page, err := s.Find(context.Background(), chronicle.DocumentFilter{Text: "would"})
	if err != nil || len(page.Documents) != 0 {
		t.Errorf("Find(old words) = %d documents, %v; want 0", len(page.Documents), err)
	}
}

func testRevisionByURL(t *testing.T, s chronicle.Store) {
	a := sample("a1", "Lavrov said the ceasefire talks would go on.")
	mustPut(t, s, a)
	b := sample("other-id", "Lavrov said the talks had collapsed.")
	b.URL = a.URL
	res := mustPut(t, s, b)
	if res.Status != chronicle.PutRevised || res.ID != "a1" || res.Revision != 2 {
		t.Errorf("Put = %+v, want revision 2 of a1", res)
	}
}

func testSameTextOtherID(t *testing.T, s chronicle.Store) {
	mustPut(t, s, sample("a1", "Lavrov said the ceasefire talks would go on."))
	b := sample("b1", "Lavrov said the ceasefire talks would go on.")
	b.URL = ""
	res := mustPut(t, s, b)
	if res.Status != chronicle.PutCreated || res.ID != "b1" {
		t.Errorf("Put = %+v, want created b1", res)
	}
	if n, _ := s.Count(context.Background()); n != 2 {
		t.Errorf("Count = %d, want 2", n)
	}
}

func testUnchanged(t *testing.T, s chronicle.Store) {
	ctx := context.Background()
	a := sample("a1", "Lavrov said the ceasefire talks would go on.")
	if u, err := s.Unchanged(ctx, a); err != nil || u {
		t.Errorf("before Put: Unchanged = %v, %v", u, err)
	}
	mustPut(t, s, a)
	if u, err := s.Unchanged(ctx, sample("a1", "Lavrov said the ceasefire talks would go on.")); err != nil || !u {
		t.Errorf("same text: Unchanged = %v, %v", u, err)
	}
	byURL := sample("zz", "Lavrov said the ceasefire talks would go on.")
	byURL.URL = a.URL
	if u, _ := s.Unchanged(ctx, byURL); !u {
		t.Errorf("same text at the same URL: not unchanged")
	}
	if u, _ := s.Unchanged(ctx, sample("a1", "Lavrov said the talks had ended.")); u {
		t.Errorf("changed text: unchanged")
	}
}

func testNotFound(t *testing.T, s chronicle.Store) {
	_, err := s.Get(context.Background(), "nope")
	if chronicle.ErrorCode(err) != chronicle.ENOTFOUND {
		t.Errorf("Get(nope) error = %v, want not found", err)
	}
	_, err = s.Revisions(context.Background(), "nope")
	if chronicle.ErrorCode(err) != chronicle.ENOTFOUND {
		t.Errorf("Revisions(nope) error = %v, want not found", err)
	}
}

func ids(p chronicle.DocumentPage) string {
	s := ""
	for _, d := range p.Documents {
		s += d.ID + " "
	}
	return s
}

func testFindFilters(t *testing.T, s chronicle.Store) {
	a := sample("a", "Lavrov praised the ceasefire in Geneva.")
	b := sample("b", "Zelensky rejected the ceasefire offer.")
	b.Publisher = "Kyiv Post"
	b.Published = date("2025-05-02")
	b.Entities[0].Actor = &chronicle.Actor{Name: "Volodymyr Zelensky", Code: "UKRGOV"}
	b.Events[0].Type = "REJECT"
	b.Events[0].Source = &chronicle.Actor{Name: "Volodymyr Zelensky", Code: "UKRGOV"}
	c := sample("c", "Markets rallied on Friday.")
	c.Published = date("2025-03-01")
	c.Entities = nil
	c.Events = nil
	for _, d := range []*chronicle.Document{a, b, c} {
		mustPut(t, s, d)
	}
	ctx := context.Background()
	tests := []struct {
		name string
		f    chronicle.DocumentFilter
		want string
	}{
		{"everything, newest first", chronicle.DocumentFilter{}, "b a c "},
		{"full text", chronicle.DocumentFilter{Text: "ceasefire"}, "b a "},
		{"full text with two words", chronicle.DocumentFilter{Text: "ceasefire Geneva"}, "a "},
		{"full text with FTS syntax is taken literally", chronicle.DocumentFilter{Text: `ceasefire" OR "markets`}, ""},
		{"publisher", chronicle.DocumentFilter{Publisher: "kyiv post"}, "b "},
		{"actor by code prefix", chronicle.DocumentFilter{Actor: "UKR"}, "b "},
		{"actor by name", chronicle.DocumentFilter{Actor: "Lavrov"}, "a "},
		{"event type", chronicle.DocumentFilter{EventType: "reject"}, "b "},
		{"event source by code prefix", chronicle.DocumentFilter{Source: "ukr"}, "b "},
		{"event type and source on the same event", chronicle.DocumentFilter{EventType: "reject", Source: "UKR"}, "b "},
		{"event type and source on different events", chronicle.DocumentFilter{EventType: "consult", Source: "UKR"}, ""},
		{"a source prefix is not a pattern", chronicle.DocumentFilter{Source: "R_S"}, ""},
		{"since", chronicle.DocumentFilter{Since: date("2025-04-01")}, "b a "},
		{"until", chronicle.DocumentFilter{Until: date("2025-04-30")}, "a c "},
	}
	for _, tt := range tests {
		page, err := s.Find(ctx, tt.f)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := ids(page); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	if _, err := s.Find(ctx, chronicle.DocumentFilter{Cursor: "garbage!"}); chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("bad cursor error = %v, want invalid", err)
	}
}

func testPagination(t *testing.T, s chronicle.Store) {
	const n = 23
	for i := 0; i < n; i++ {
		d := sample(fmt.Sprintf("p%02d", i), fmt.Sprintf("Report number %d on the talks.", i))
		d.Published = date(fmt.Sprintf("2025-04-%02d", 1+i%5)) // ties on date
		mustPut(t, s, d)
	}
	seen := map[string]bool{}
	f := chronicle.DocumentFilter{Limit: 5}
	pages := 0
	for {
		page, err := s.Find(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		pages++
		for _, d := range page.Documents {
			if seen[d.ID] {
				t.Errorf("%s listed twice", d.ID)
			}
			seen[d.ID] = true
		}
		if page.NextCursor == "" {
			break
		}
		if pages > n {
			t.Fatal("pagination does not end")
		}
		f.Cursor = page.NextCursor
	}
	if len(seen) != n || pages != 5 {
		t.Errorf("saw %d documents in %d pages, want %d in 5", len(seen), pages, n)
	}
}

// testSummaries pages through a store's summaries (where it lists them) and
// checks each against the document Find returns on the same page.
func testSummaries(t *testing.T, s chronicle.Store) {
	l, ok := s.(chronicle.Lister)
	if !ok {
		t.Skip("the store lists no summaries")
	}
	ctx := context.Background()
	for i := range 7 {
		d := sample(fmt.Sprintf("s%d", i), fmt.Sprintf("Report number %d on the talks.", i))
		d.Published = date(fmt.Sprintf("2025-04-%02d", 1+i%3))
		d.Quotes = append(d.Quotes, d.Quotes...)[:1+i%2]
		mustPut(t, s, d)
	}
	f := chronicle.DocumentFilter{Limit: 3, Publisher: "example wire"}
	for pages := 0; pages < 5; pages++ {
		page, err := s.Find(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		sums, err := l.Summaries(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(sums.Summaries) != len(page.Documents) || sums.NextCursor != page.NextCursor {
			t.Fatalf("Summaries = %d, next %q; Find = %d, next %q", len(sums.Summaries), sums.NextCursor, len(page.Documents), page.NextCursor)
		}
		for i, d := range page.Documents {
			want := chronicle.Summary{ID: d.ID, Revision: d.Revision, Title: d.Title, URL: d.URL, Publisher: d.Publisher, Published: d.Published,
				Entities: len(d.Entities), Quotes: len(d.Quotes), Events: len(d.Events), Framing: len(d.Framing)}
			if sums.Summaries[i] != want {
				t.Errorf("summary %+v, want %+v", sums.Summaries[i], want)
			}
		}
		if f.Cursor = page.NextCursor; f.Cursor == "" {
			return
		}
	}
	t.Error("the pages do not end")
}

func testSearchQuotes(t *testing.T, s chronicle.Store) {
	a := sample("a", "Lavrov the ceasefire talks would go on.")
	b := sample("b", "Trump: the ceasefire must hold this week.")
	b.Quotes[0].SpeakerName = "Donald Trump"
	mustPut(t, s, a)
	mustPut(t, s, b)
	ctx := context.Background()
	hits, err := s.SearchQuotes(ctx, chronicle.QuoteFilter{Text: "ceasefire"})
	if err != nil || len(hits) != 2 {
		t.Fatalf("SearchQuotes(ceasefire) = %d hits, %v", len(hits), err)
	}
	hits, err = s.SearchQuotes(ctx, chronicle.QuoteFilter{Text: "ceasefire", Speaker: "Lavrov"})
	if err != nil || len(hits) != 1 || hits[0].DocID != "a" || hits[0].Quote.SpeakerName != "Sergey Lavrov" {
		t.Fatalf("SearchQuotes(ceasefire, Lavrov) = %+v, %v", hits, err)
	}
	if hits[0].Content != "the ceasefire talks would go on." {
		t.Errorf("content = %q", hits[0].Content)
	}
	hits, err = s.SearchQuotes(ctx, chronicle.QuoteFilter{Text: "hold"})
	if err != nil || len(hits) != 1 || hits[0].DocID != "b" {
		t.Errorf("SearchQuotes(hold) = %+v, %v", hits, err)
	}
}

func testConcurrentWriters(t *testing.T, s chronicle.Store) {
	const writers, each = 4, 15
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				// Every writer stores the same documents: each must land once.
				d := sample(fmt.Sprintf("c%02d", i), fmt.Sprintf("Concurrent report %d about the front line.", i))
				if _, err := s.Put(context.Background(), d); err != nil {
					errs <- err
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, _ := s.Count(context.Background()); n != each {
		t.Errorf("Count = %d, want %d", n, each)
	}
	for i := 0; i < each; i++ {
		revs, err := s.Revisions(context.Background(), fmt.Sprintf("c%02d", i))
		if err != nil || len(revs) != 1 {
			t.Errorf("c%02d: %d revisions, %v", i, len(revs), err)
		}
	}
}
