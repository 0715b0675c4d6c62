package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/sqlite"
	"github.com/chronicle-news/chronicle/storetest"
	"github.com/chronicle-news/chronicle/story"
)

func open(t *testing.T) chronicle.Store {
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) { storetest.Run(t, open) }

func TestReopenKeepsDocumentsAndSkipsApplied(t *testing.T) {
	path := filepath.Join(t.TempDir(), "reopen.db")
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(context.Background(), chronicle.NewDocument("x", "Some text.")); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if n, _ := s.Count(context.Background()); n != 1 {
		t.Errorf("Count after reopen = %d, want 1", n)
	}
}

// TestOpeningANewFileFromManyHandlesAtOnce opens one new database file
// from several handles at the same moment, as a reader and a starting
// ingest do: each must see the migrations another applied, not apply them
// again.
func TestOpeningANewFileFromManyHandlesAtOnce(t *testing.T) {
	for round := range 5 {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("race%d.db", round))
		const n = 6
		errs := make(chan error, n)
		start := make(chan struct{})
		for range n {
			go func() {
				<-start
				s, err := sqlite.Open(path)
				if err == nil {
					_, err = s.Count(context.Background())
					s.Close()
				}
				errs <- err
			}()
		}
		close(start)
		for range n {
			if err := <-errs; err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
	}
}

func TestStoryStore(t *testing.T) {
	storetest.RunStory(t, func(t *testing.T) storetest.StoryStore {
		s, err := sqlite.Open(filepath.Join(t.TempDir(), "story.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// TestOpenFillsNarrowColumnsOfOlderRows opens a store whose quote and event
// rows predate their narrow columns (as a store made before migration 005
// has them): opening fills them from the records, so that quote search and
// timelines, which read only those columns, see every row.
func TestOpenFillsNarrowColumnsOfOlderRows(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	text := "Lavrov said the ceasefire talks would go on. Russia and America met in Riyadh."
	d := chronicle.NewDocument("a1", text)
	d.Quotes = []chronicle.Quote{{Content: chronicle.Span{Start: 12, End: 44, ByteStart: 12, ByteEnd: 44}, SpeakerName: "Sergey Lavrov", Kind: chronicle.QuoteIndirect}}
	d.Events = []chronicle.Event{{Type: "CONSULT", Source: &chronicle.Actor{Name: "Russia", Code: "RUS"},
		Sentence: chronicle.Span{Start: 45, End: len(text), ByteStart: 45, ByteEnd: len(text)}}}
	if _, err := s.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, `UPDATE quotes SET item = NULL; UPDATE events SET sentence = NULL`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = sqlite.Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	hits, err := s.SearchQuotes(ctx, chronicle.QuoteFilter{Text: "ceasefire"})
	if err != nil || len(hits) != 1 || hits[0].Quote.SpeakerName != "Sergey Lavrov" || hits[0].Quote.Kind != chronicle.QuoteIndirect {
		t.Errorf("SearchQuotes after reopening = %+v, %v", hits, err)
	}
	es, err := s.Timeline(ctx, chronicle.TimelineFilter{Actor: "Russia"})
	if err != nil || len(es) != 1 || es[0].Text != "Russia and America met in Riyadh." {
		t.Errorf("Timeline after reopening = %+v, %v", es, err)
	}
	var unfilled int
	s.DB().QueryRowContext(ctx, `SELECT (SELECT count(*) FROM quotes WHERE item IS NULL) + (SELECT count(*) FROM events WHERE sentence IS NULL)`).Scan(&unfilled)
	if unfilled != 0 {
		t.Errorf("%d rows left unfilled", unfilled)
	}
}

// TestQueriesArePreparedOnceAndGiveTheSameAnswers counts a stored document
// until the store keeps its query prepared, then counts it again, inside
// and outside writes running at the same time: the answers are the same,
// and no writer waits for a connection another holds.
func TestQueriesArePreparedOnceAndGiveTheSameAnswers(t *testing.T) {
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "prepared.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if _, err := s.Put(ctx, chronicle.NewDocument("a", "Some text.")); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for s.PreparedStatements() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no statement was prepared")
		}
		if n, err := s.Count(ctx); err != nil || n != 1 {
			t.Fatalf("Count = %d, %v; want 1", n, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	const writers = 16
	errs := make(chan error, writers)
	for i := range writers {
		go func() {
			_, err := s.Put(ctx, chronicle.NewDocument(fmt.Sprintf("w%d", i), fmt.Sprintf("Text number %d.", i)))
			if err == nil {
				_, err = s.Count(ctx)
			}
			errs <- err
		}()
	}
	for range writers {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if n, err := s.Count(ctx); err != nil || n != writers+1 {
		t.Errorf("Count = %d, %v; want %d", n, err, writers+1)
	}
}

// TestCandidatesSeeWhatAnotherHandleChanged links a report through one
// handle on a file, reads its merged event as a candidate there, then links
// a second report through another handle (another process on the file) that
// names the target the first did not: the first handle's candidates show
// the merged event as it stands now, not as it read it before.
func TestCandidatesSeeWhatAnotherHandleChanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "two.db")
	a, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx := context.Background()
	day, _ := chronicle.ParseDate("2025-05-10")
	report := func(id, text string, target *chronicle.Actor) *chronicle.Document {
		d := chronicle.NewDocument(id, text)
		d.Publisher, d.Published = "Wire "+id, day
		d.Events = []chronicle.Event{{Type: "ASSAULT", Source: &chronicle.Actor{Name: "Russian forces", Code: "RUSMIL"}, Target: target,
			Location: "Kharkiv", Sentence: chronicle.Span{End: len(text), ByteEnd: len(text)}}}
		return d
	}
	link := func(s *sqlite.Store, d *chronicle.Document) {
		t.Helper()
		if _, err := s.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
		if _, err := story.NewLinker(s, story.Options{}).Link(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	first := report("r1", "Russian forces struck Kharkiv on Saturday.", nil)
	link(a, first)
	keys := story.EventCluster(first, 0).Keys
	target := func() string {
		t.Helper()
		cs, err := a.Candidates(ctx, story.Query{Keys: keys, Date: first.Published, Window: 3})
		if err != nil || len(cs) != 1 {
			t.Fatalf("Candidates = %+v, %v; want one merged event", cs, err)
		}
		if cs[0].Target == nil {
			return ""
		}
		return cs[0].Target.Code
	}
	if got := target(); got != "" {
		t.Fatalf("target before the second report = %q, want none", got)
	}
	link(b, report("r2", "Russian forces struck civilians in Kharkiv on Saturday.", &chronicle.Actor{Name: "civilians", Code: "UKRCVL"}))
	if got := target(); got != "UKRCVL" {
		t.Errorf("target after another handle linked the second report = %q, want UKRCVL", got)
	}
}
