package storetest

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/story"
)

// StoryStore is a store with the cross-story side: the StoryStore queries
// and the story.Index that a story.Linker fills.
type StoryStore interface {
	chronicle.Store
	chronicle.StoryStore
	story.Backlog
}

// StoryOpener returns a new, empty StoryStore for one test. The suite closes
// it.
type StoryOpener func(t *testing.T) StoryStore

// RunStory runs the cross-story suite against stores made by open.
func RunStory(t *testing.T, open StoryOpener) {
	tests := []struct {
		name string
		fn   func(*testing.T, StoryStore)
	}{
		{"two reports of one event merge and keep both figures with their sources", testMergedFigures},
		{"a syndicated copy is one source with two appearances", testCopyNotIndependent},
		{"a denial joins the event it denies, marked as one, with its figure", testDenial},
		{"a report on the same actors a month later is another event", testMonthLater},
		{"events are filtered by type, actor, dates and independent sources", testEventFilters},
		{"a missing merged event is not found", testEventNotFound},
		{"a revision records what changed in the records", testChanges},
		{"an outlet profile counts terms, whom it quotes and its events by month", testOutlets},
		{"an actor timeline lists what it said and did in date order", testTimeline},
		{"reports of one event linked at once merge into one event", testConcurrentLinks},
		{"articles stored but not linked are listed and linked on resume", testResumeLinking},
		{"a batch links as one at a time does, and its bad document costs the others nothing", testLinkAll},
		{"candidates are the newest merged events in the window, at most the limit", testCandidates},
		{"a revision's copy keys replace those of its old text", testRevisedBands},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
}

var (
	rusmil = &chronicle.Actor{Name: "Russian forces", Code: "RUSMIL"}
	ukrcvl = &chronicle.Actor{Name: "civilians", Code: "UKRCVL"}
)

// strikeReport is a report of a missile strike on Kharkiv: one ASSAULT event
// over the whole text, the figure given as a claim by speaker ("" for the
// outlet).
func strikeReport(id, publisher, published, text string, killed float64, speaker string) *chronicle.Document {
	d := chronicle.NewDocument(id, text)
	d.Publisher, d.Published, d.URL, d.Title = publisher, date(published), "https://"+strings.ToLower(strings.ReplaceAll(publisher, " ", ""))+".example/"+id, "Strike on Kharkiv"
	all := chronicle.Span{Start: 0, End: len([]rune(text)), ByteStart: 0, ByteEnd: len(text)}
	d.Events = []chronicle.Event{{Type: "ASSAULT", Source: rusmil, Target: ukrcvl, Location: "Kharkiv", Sentence: all}}
	zero := 0
	d.Claims = []chronicle.Claim{{Span: all, Quantity: killed, Unit: "killed", Speaker: speaker, Event: &zero}}
	return d
}

// putLinked stores d and links it, as the CLI does.
func putLinked(t *testing.T, s StoryStore, d *chronicle.Document) {
	t.Helper()
	mustPut(t, s, d)
	if _, err := story.NewLinker(s, story.Options{}).Link(context.Background(), d); err != nil {
		t.Fatalf("Link(%s): %v", d.ID, err)
	}
}

func onlyEvent(t *testing.T, s StoryStore, f chronicle.EventFilter) chronicle.EventCluster {
	t.Helper()
	evs, err := s.Events(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("Events = %d merged events, want 1: %+v", len(evs), evs)
	}
	return evs[0]
}

func testMergedFigures(t *testing.T, s StoryStore) {
	putLinked(t, s, strikeReport("k1", "Kyiv Daily", "2025-05-10", "A Russian missile strike on Kharkiv killed 12 people.", 12, ""))
	putLinked(t, s, strikeReport("k2", "Euro Wire", "2025-05-11", "Officials said nine people died in the Kharkiv strike.", 9, "regional officials"))
	ev := onlyEvent(t, s, chronicle.EventFilter{})
	if ev.Type != "ASSAULT" || ev.Location != "Kharkiv" || ev.Source == nil || ev.Source.Code != "RUSMIL" {
		t.Errorf("merged event = %+v", ev)
	}
	if len(ev.Articles) != 2 || ev.Independent != 2 {
		t.Errorf("articles = %+v, independent = %d; want 2 and 2", ev.Articles, ev.Independent)
	}
	got := map[string]bool{}
	for _, f := range ev.Figures {
		got[f.DocID+" "+f.Publisher+" "+f.Speaker+" "+f.Unit+" "+strconv.FormatFloat(f.Quantity, 'f', -1, 64)] = true
	}
	for _, want := range []string{"k1 Kyiv Daily  killed 12", "k2 Euro Wire regional officials killed 9"} {
		if !got[want] {
			t.Errorf("figures %v lack %q", got, want)
		}
	}
	one, err := s.EventCluster(context.Background(), ev.ID)
	if err != nil || one.ID != ev.ID || len(one.Figures) != 2 {
		t.Errorf("EventCluster(%s) = %+v, %v", ev.ID, one, err)
	}
}

func testDenial(t *testing.T, s StoryStore) {
	putLinked(t, s, strikeReport("k1", "Kyiv Daily", "2025-05-10", "A Russian missile strike on Kharkiv killed 12 people.", 12, ""))
	d := strikeReport("m1", "Moscow Wire", "2025-05-11", "Moscow denied striking Kharkiv, where officials said 14 people died.", 14, "officials")
	d.Events[0].Negated = true
	putLinked(t, s, d)
	ev := onlyEvent(t, s, chronicle.EventFilter{})
	denied := map[string]bool{}
	for _, a := range ev.Articles {
		denied[a.DocID] = a.Denied
	}
	if len(ev.Articles) != 2 || denied["k1"] || !denied["m1"] {
		t.Errorf("articles = %+v; want k1 affirming and m1 denying", ev.Articles)
	}
	if len(ev.Figures) != 2 {
		t.Errorf("figures = %+v; want the affirming report's and the denial's", ev.Figures)
	}
}

func testCopyNotIndependent(t *testing.T, s StoryStore) {
	text := `Russian missiles struck the centre of Kharkiv on Saturday morning, killing twelve people and wounding
dozens more, regional officials said. The strike hit a residential block and a shopping street near the main
square, where rescuers searched the rubble for survivors well into the afternoon.`
	putLinked(t, s, strikeReport("wire", "Wire Service", "2025-05-10", text, 12, ""))
	cp := strikeReport("paper", "City Paper", "2025-05-10", text+" The mayor declared a day of mourning.", 12, "")
	cp.Title = "Twelve dead as missiles hit Kharkiv"
	putLinked(t, s, cp)
	ev := onlyEvent(t, s, chronicle.EventFilter{})
	copies := map[string]string{}
	for _, a := range ev.Articles {
		copies[a.DocID] = a.CopyOf
	}
	if len(copies) != 2 || copies["paper"] != "wire" || copies["wire"] != "" {
		t.Errorf("copy_of by article = %v, want paper → wire", copies)
	}
	if ev.Independent != 1 {
		t.Errorf("independent sources = %d, want 1", ev.Independent)
	}
	// An article without events is still checked for copies.
	bare := chronicle.NewDocument("bare", text)
	putLinked(t, s, bare)
	sim, err := s.Similar(context.Background(), story.BandKeys(story.CopySignature(text)))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range sim {
		if a.DocID == "bare" && a.CopyOf != "wire" {
			t.Errorf("an article without events: copy_of = %q, want wire", a.CopyOf)
		}
	}
}

func testMonthLater(t *testing.T, s StoryStore) {
	putLinked(t, s, strikeReport("k1", "Kyiv Daily", "2025-05-10", "A Russian missile strike on Kharkiv killed 12 people.", 12, ""))
	putLinked(t, s, strikeReport("k3", "Kyiv Daily", "2025-06-14", "Russian forces shelled Kharkiv again, damaging a school.", 0, ""))
	evs, err := s.Events(context.Background(), chronicle.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 || evs[0].Date.String() != "2025-06-14" {
		t.Errorf("Events = %+v, want two, newest first", evs)
	}
}

func testEventFilters(t *testing.T, s StoryStore) {
	putLinked(t, s, strikeReport("k1", "Kyiv Daily", "2025-05-10", "A Russian missile strike on Kharkiv killed 12 people.", 12, ""))
	putLinked(t, s, strikeReport("k2", "Euro Wire", "2025-05-11", "Officials said nine people died in the Kharkiv strike.", 9, ""))
	putLinked(t, s, strikeReport("k3", "Kyiv Daily", "2025-06-14", "Russian forces shelled Kharkiv again, damaging a school.", 0, ""))
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		f    chronicle.EventFilter
		want int
	}{
		{"all", chronicle.EventFilter{}, 2},
		{"by type", chronicle.EventFilter{Type: "assault"}, 2},
		{"by another type", chronicle.EventFilter{Type: "CONSULT"}, 0},
		{"by actor code prefix", chronicle.EventFilter{Actor: "UKR"}, 2},
		{"by source", chronicle.EventFilter{Source: "UKR"}, 0},
		{"since", chronicle.EventFilter{Since: date("2025-06-01")}, 1},
		{"until", chronicle.EventFilter{Until: date("2025-05-31")}, 1},
		{"two independent sources", chronicle.EventFilter{MinSources: 2}, 1},
		{"limit", chronicle.EventFilter{Limit: 1}, 1},
	} {
		evs, err := s.Events(ctx, tt.f)
		if err != nil || len(evs) != tt.want {
			t.Errorf("%s: Events = %d, %v; want %d", tt.name, len(evs), err, tt.want)
		}
	}
}

func testEventNotFound(t *testing.T, s StoryStore) {
	if _, err := s.EventCluster(context.Background(), "ev-nope"); chronicle.ErrorCode(err) != chronicle.ENOTFOUND {
		t.Errorf("EventCluster(missing) error = %v, want ENOTFOUND", err)
	}
	if _, err := s.Changes(context.Background(), "nope"); chronicle.ErrorCode(err) != chronicle.ENOTFOUND {
		t.Errorf("Changes(missing) error = %v, want ENOTFOUND", err)
	}
}

func testChanges(t *testing.T, s StoryStore) {
	ctx := context.Background()
	v1 := strikeReport("k1", "Kyiv Daily", "2025-05-10", "A Russian missile strike on Kharkiv killed 12 people.", 12, "")
	putLinked(t, s, v1)
	if ch, err := s.Changes(ctx, "k1"); err != nil || len(ch) != 0 {
		t.Errorf("Changes of a first revision = %+v, %v; want none", ch, err)
	}
	v2 := strikeReport("k1", "Kyiv Daily", "2025-05-10", "A Russian missile strike on Kharkiv killed 14 people, officials said.", 14, "officials")
	putLinked(t, s, v2)
	ch, err := s.Changes(ctx, "k1")
	if err != nil || len(ch) != 1 {
		t.Fatalf("Changes = %+v, %v; want one", ch, err)
	}
	c := ch[0]
	if c.From != 1 || c.To != 2 || c.At == "" {
		t.Errorf("change = %+v", c)
	}
	if strings.Join(c.Added, "|") != "claim 14 killed (by officials)" || strings.Join(c.Removed, "|") != "claim 12 killed" {
		t.Errorf("added %q, removed %q", c.Added, c.Removed)
	}
	// The merged event now shows the revised figure only.
	ev := onlyEvent(t, s, chronicle.EventFilter{})
	if len(ev.Figures) != 1 || ev.Figures[0].Quantity != 14 {
		t.Errorf("figures after revision = %+v", ev.Figures)
	}
}

func testOutlets(t *testing.T, s StoryStore) {
	text := "The Kyiv regime said the special military operation goes on."
	d := chronicle.NewDocument("o1", text)
	d.Publisher, d.Published = "Realist", date("2025-04-25")
	sp := func(sub string) chronicle.Span {
		i := strings.Index(text, sub)
		return chronicle.Span{Start: i, End: i + len(sub), ByteStart: i, ByteEnd: i + len(sub)}
	}
	d.Framing = []chronicle.Frame{
		{Span: sp("Kyiv regime"), Category: chronicle.FrameDelegitimizingLabel, Voice: chronicle.VoiceAuthor},
		{Span: sp("special military operation"), Category: chronicle.FrameEuphemism, Voice: chronicle.VoiceQuoted, Speaker: "Sergey Lavrov"},
	}
	d.Quotes = []chronicle.Quote{{Content: sp("the special military operation goes on"), SpeakerName: "Sergey Lavrov", SpeakerCode: "RUSGOV", Kind: chronicle.QuoteIndirect}}
	d.Events = []chronicle.Event{{Type: "ASSAULT", Source: rusmil, Sentence: sp(text)}}
	mustPut(t, s, d)
	d2 := chronicle.NewDocument("o2", "Another piece on the Kyiv regime.")
	d2.Publisher, d2.Published = "Realist", date("2025-05-02")
	d2.Framing = []chronicle.Frame{{Span: chronicle.Span{Start: 21, End: 32, ByteStart: 21, ByteEnd: 32}, Category: chronicle.FrameDelegitimizingLabel, Voice: chronicle.VoiceAuthor}}
	mustPut(t, s, d2)
	mustPut(t, s, sample("x1", "Lavrov said the ceasefire talks would go on."))

	ps, err := s.Outlets(context.Background(), "realist")
	if err != nil || len(ps) != 1 {
		t.Fatalf("Outlets(realist) = %+v, %v", ps, err)
	}
	p := ps[0]
	if p.Publisher != "Realist" || p.Articles != 2 || p.Since.String() != "2025-04-25" || p.Until.String() != "2025-05-02" {
		t.Errorf("profile = %+v", p)
	}
	if len(p.AuthorTerms) != 1 || p.AuthorTerms[0].Term != "kyiv regime" || p.AuthorTerms[0].Count != 2 {
		t.Errorf("author terms = %+v", p.AuthorTerms)
	}
	if len(p.QuotedTerms) != 1 || p.QuotedTerms[0].Term != "special military operation" {
		t.Errorf("quoted terms = %+v", p.QuotedTerms)
	}
	if len(p.Quoted) != 1 || p.Quoted[0].Speaker != "Sergey Lavrov" || p.QuotedBySide["RUS"] != 1 {
		t.Errorf("quoted = %+v by side %v", p.Quoted, p.QuotedBySide)
	}
	if p.EventMix["ASSAULT"] != 1 {
		t.Errorf("event mix = %v", p.EventMix)
	}
	if len(p.Monthly) != 2 || p.Monthly[0].Month != "2025-04" || p.Monthly[0].AuthorTerms != 1 || p.Monthly[1].Articles != 1 {
		t.Errorf("monthly = %+v", p.Monthly)
	}
	all, err := s.Outlets(context.Background(), "")
	if err != nil || len(all) != 2 || all[0].Publisher != "Realist" {
		t.Errorf("Outlets() = %+v, %v; want Realist first of two", all, err)
	}
	if _, err := s.Outlets(context.Background(), "nobody"); chronicle.ErrorCode(err) != chronicle.ENOTFOUND {
		t.Errorf("Outlets(nobody) error = %v, want ENOTFOUND", err)
	}
}

func testTimeline(t *testing.T, s StoryStore) {
	later := sample("t2", "Lavrov said the ceasefire would hold.")
	later.Published = date("2025-05-20")
	later.Events[0].Date = chronicle.Date{}
	later.Events[0].Source = &chronicle.Actor{Name: "Sergey Lavrov", Code: "RUSGOV"}
	later.Events[0].Sentence = chronicle.Span{Start: 0, End: len(later.Text), ByteStart: 0, ByteEnd: len(later.Text)}
	mustPut(t, s, later)
	mustPut(t, s, sample("t1", "Lavrov said the sanctions must go."))
	es, err := s.Timeline(context.Background(), chronicle.TimelineFilter{Actor: "Lavrov"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range es {
		got = append(got, e.Date.String()+" "+e.Kind+" "+e.DocID)
	}
	want := "2025-04-25 quote t1|2025-05-20 event t2|2025-05-20 quote t2"
	if strings.Join(got, "|") != want {
		t.Errorf("timeline = %v, want %s", got, want)
	}
	es, err = s.Timeline(context.Background(), chronicle.TimelineFilter{Actor: "lavrov", Topic: "ceasefire"})
	if err != nil || len(es) != 2 || es[0].DocID != "t2" || es[0].Publisher != "Example Wire" {
		t.Errorf("timeline on ceasefire = %+v, %v", es, err)
	}
	if _, err := s.Timeline(context.Background(), chronicle.TimelineFilter{}); chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("Timeline without actor error = %v, want EINVALID", err)
	}
}

// testConcurrentLinks links eight stored reports of one strike at once, as
// workers or a server's feed pollers do: each must see the merged event the
// others found, so there is one, not one per report linked before any other
// was saved.
func testConcurrentLinks(t *testing.T, s StoryStore) {
	const n = 8
	docs := make([]*chronicle.Document, n)
	for i := range docs {
		docs[i] = strikeReport(fmt.Sprintf("c%d", i), fmt.Sprintf("Outlet %d", i), "2025-05-10",
			fmt.Sprintf("Report %d: a Russian missile strike on Kharkiv killed %d people, officials said.", i, 10+i), float64(10+i), "")
		mustPut(t, s, docs[i])
	}
	var wg sync.WaitGroup
	errs := make([]error, n)
	start := make(chan struct{})
	for i := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, errs[i] = story.NewLinker(s, story.Options{}).Link(context.Background(), docs[i])
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Link(%s): %v", docs[i].ID, err)
		}
	}
	ev := onlyEvent(t, s, chronicle.EventFilter{})
	if len(ev.Articles) != n || len(ev.Figures) != n {
		t.Errorf("merged event has %d articles and %d figures, want %d of each", len(ev.Articles), len(ev.Figures), n)
	}
}

// testResumeLinking stores reports as a process killed between storing and
// linking leaves them: the store lists them, in the order stored, and a
// Linker's Resume links them as linking each on arrival would have.
func testResumeLinking(t *testing.T, s StoryStore) {
	ctx := context.Background()
	putLinked(t, s, strikeReport("k1", "Kyiv Daily", "2025-05-10", "A Russian missile strike on Kharkiv killed 12 people.", 12, ""))
	mustPut(t, s, strikeReport("k2", "Euro Wire", "2025-05-11", "Officials said nine people died in the Kharkiv strike.", 9, ""))
	mustPut(t, s, strikeReport("k3", "Kyiv Daily", "2025-06-14", "Russian forces shelled Kharkiv again, damaging a school.", 0, ""))
	// A revision of a linked article is unlinked until it is linked again.
	mustPut(t, s, strikeReport("k1", "Kyiv Daily", "2025-05-10", "A Russian missile strike on Kharkiv killed 14 people.", 14, ""))
	pending, err := s.Unlinked(ctx)
	want := []story.Pending{{DocID: "k2", Revision: 1}, {DocID: "k3", Revision: 1}, {DocID: "k1", Revision: 2}}
	if err != nil || fmt.Sprint(pending) != fmt.Sprint(want) {
		t.Fatalf("Unlinked = %v, %v; want %v", pending, err, want)
	}
	n, err := story.NewLinker(s, story.Options{}).Resume(ctx)
	if err != nil || n != 3 {
		t.Fatalf("Resume = %d, %v; want 3 linked", n, err)
	}
	if pending, err := s.Unlinked(ctx); err != nil || len(pending) != 0 {
		t.Errorf("Unlinked after Resume = %v, %v; want none", pending, err)
	}
	evs, err := s.Events(ctx, chronicle.EventFilter{})
	if err != nil || len(evs) != 2 {
		t.Fatalf("Events = %+v, %v; want the strike of May and the shelling of June", evs, err)
	}
	for _, ev := range evs {
		if ev.Date.String() == "2025-05-10" && (len(ev.Articles) != 2 || len(ev.Figures) != 2) {
			t.Errorf("the May strike has %d articles and %d figures, want 2 of each (k1's second revision and k2)", len(ev.Articles), len(ev.Figures))
		}
	}
	if n, err := story.NewLinker(s, story.Options{}).Resume(ctx); err != nil || n != 0 {
		t.Errorf("a second Resume = %d, %v; want nothing to link", n, err)
	}
}

// testLinkAll links a batch holding a document that was never stored (its
// links break the store's foreign key): the batch is rolled back and each
// document linked alone, so the two reports still merge and only the bad
// one fails.
func testLinkAll(t *testing.T, s StoryStore) {
	ctx := context.Background()
	k1 := strikeReport("k1", "Kyiv Daily", "2025-05-10", "A Russian missile strike on Kharkiv killed 12 people.", 12, "")
	k2 := strikeReport("k2", "Euro Wire", "2025-05-11", "Officials said nine people died in the Kharkiv strike.", 9, "regional officials")
	ghost := strikeReport("ghost", "Nowhere", "2025-05-10", "Never stored.", 3, "")
	mustPut(t, s, k1)
	mustPut(t, s, k2)
	ghost.Revision = 1
	links, errs := story.NewLinker(s, story.Options{}).LinkAll(ctx, []*chronicle.Document{k1, ghost, k2})
	if errs[0] != nil || errs[1] == nil || errs[2] != nil {
		t.Fatalf("LinkAll errors = %v; want only the unstored document's", errs)
	}
	if links[0] == nil || links[1] != nil || links[2] == nil {
		t.Errorf("LinkAll links = %v; want the stored documents' only", links)
	}
	ev := onlyEvent(t, s, chronicle.EventFilter{})
	if len(ev.Articles) != 2 || len(ev.Figures) != 2 {
		t.Errorf("merged event has %d articles and %d figures, want 2 of each", len(ev.Articles), len(ev.Figures))
	}
	// A batch of stored documents commits together.
	k3 := strikeReport("k3", "Kyiv Daily", "2025-06-14", "Russian forces shelled Kharkiv again.", 0, "")
	k4 := strikeReport("k4", "Euro Wire", "2025-06-14", "Kharkiv was shelled again on Saturday.", 0, "")
	mustPut(t, s, k3)
	mustPut(t, s, k4)
	if _, errs := story.NewLinker(s, story.Options{}).LinkAll(ctx, []*chronicle.Document{k3, k4}); errors.Join(errs...) != nil {
		t.Fatal(errors.Join(errs...))
	}
	if pending, err := s.Unlinked(ctx); err != nil || len(pending) != 0 {
		t.Errorf("Unlinked after LinkAll = %v, %v; want none", pending, err)
	}
	if evs, err := s.Events(ctx, chronicle.EventFilter{}); err != nil || len(evs) != 2 {
		t.Errorf("Events = %d, %v; want the May strike and the June shelling", len(evs), err)
	}
}

// testCandidates links five strikes ten days apart (five merged events
// sharing their keys) and asks for candidates: the newest first, at most
// the limit, and only those in the window even when newer ones are not.
func testCandidates(t *testing.T, s StoryStore) {
	ctx := context.Background()
	var keys []string
	days := []string{"2025-05-01", "2025-05-11", "2025-05-21", "2025-05-31", "2025-06-10"}
	for i, day := range days {
		d := strikeReport(fmt.Sprintf("s%d", i), "Kyiv Daily", day, fmt.Sprintf("Strike number %d on Kharkiv.", i), 0, "")
		putLinked(t, s, d)
		keys = story.EventCluster(d, 0).Keys
	}
	evs, err := s.Events(ctx, chronicle.EventFilter{})
	if err != nil || len(evs) != len(days) {
		t.Fatalf("Events = %d, %v; want %d merged events", len(evs), err, len(days))
	}
	ids := make([]string, len(days)) // by the order linked
	for _, ev := range evs {
		var i int
		fmt.Sscanf(ev.Articles[0].DocID, "s%d", &i)
		ids[i] = ev.ID
	}
	ask := func(day string, window, limit int) []string {
		t.Helper()
		cs, err := s.Candidates(ctx, story.Query{Keys: keys, Date: date(day), Window: window, Limit: limit})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range cs {
			out = append(out, c.ID)
		}
		return out
	}
	if got, want := ask("2025-05-21", 100, 2), ids[3:5]; fmt.Sprint(got) != fmt.Sprint([]string{want[1], want[0]}) {
		t.Errorf("limit 2 in a wide window = %v, want the two newest %v", got, []string{want[1], want[0]})
	}
	if got := ask("2025-05-11", 3, 1); fmt.Sprint(got) != fmt.Sprint(ids[1:2]) {
		t.Errorf("limit 1 on 11 May, window 3 = %v, want %v (newer ones lie outside the window)", got, ids[1:2])
	}
	if got := ask("2025-05-16", 5, 5); fmt.Sprint(got) != fmt.Sprint([]string{ids[2], ids[1]}) {
		t.Errorf("16 May, window 5 = %v, want %v", got, []string{ids[2], ids[1]})
	}
}

// testRevisedBands links an article, then a revision with other words: the
// revision is found by its new text's copy keys, and no longer by the old
// text's.
func testRevisedBands(t *testing.T, s StoryStore) {
	ctx := context.Background()
	old := `Russian missiles struck the centre of Kharkiv on Saturday morning, killing twelve people and wounding
dozens more, regional officials said. The strike hit a residential block and a shopping street near the main square.`
	now := `Talks between the two delegations resumed in Geneva on Monday after a pause of three weeks, with both
sides saying that a prisoner exchange and the safety of the nuclear plant were the first items on the agenda.`
	putLinked(t, s, strikeReport("wire", "Wire Service", "2025-05-10", old, 12, ""))
	putLinked(t, s, strikeReport("wire", "Wire Service", "2025-05-10", now, 0, ""))
	finds := func(text string) bool {
		t.Helper()
		sim, err := s.Similar(ctx, story.BandKeys(story.CopySignature(text)))
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range sim {
			if a.DocID == "wire" {
				return true
			}
		}
		return false
	}
	if finds(old) {
		t.Error("the old text's copy keys still find the revised article")
	}
	if !finds(now) {
		t.Error("the new text's copy keys do not find the revised article")
	}
}
