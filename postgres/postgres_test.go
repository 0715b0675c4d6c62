package postgres_test

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/postgres"
	"github.com/chronicle-news/chronicle/postgres/pgtest"
	"github.com/chronicle-news/chronicle/storetest"
	"github.com/chronicle-news/chronicle/story"
)

var server *pgtest.Server

func TestMain(m *testing.M) {
	code := m.Run()
	if server != nil {
		server.Stop()
	}
	os.Exit(code)
}

func open(t *testing.T) chronicle.Store {
	if server == nil {
		server = pgtest.Start(t)
	}
	s, err := postgres.Open(context.Background(), server.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) { storetest.Run(t, open) }

func TestOpenRefusesABadURL(t *testing.T) {
	_, err := postgres.Open(context.Background(), "postgres://%zz")
	if chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("error = %v, want invalid", err)
	}
}

func TestStoryStore(t *testing.T) {
	storetest.RunStory(t, func(t *testing.T) storetest.StoryStore {
		return open(t).(*postgres.Store)
	})
}

// TestConcurrentLinkersMergeOneHappening links eight reports of one strike
// at once through eight stores (as eight workers would): the link lock makes
// them one merged event, not one per worker that saw no other report yet.
func TestConcurrentLinkersMergeOneHappening(t *testing.T) {
	if server == nil {
		server = pgtest.Start(t)
	}
	dsn := server.NewDatabase(t)
	ctx := context.Background()
	const n = 8
	stores := make([]*postgres.Store, n)
	for i := range stores {
		s, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	docs := make([]*chronicle.Document, n)
	for i := range docs {
		text := fmt.Sprintf("Report %d: a Russian missile strike on Kharkiv killed %d people, officials said.", i, 10+i)
		d := chronicle.NewDocument(fmt.Sprintf("r%d", i), text)
		d.Publisher, d.Title, d.URL = fmt.Sprintf("Outlet %d", i), "Strike on Kharkiv", fmt.Sprintf("https://outlet%d.example/r", i)
		d.Published, _ = chronicle.ParseDate("2025-05-10")
		all := chronicle.Span{End: len([]rune(text)), ByteEnd: len(text)}
		d.Events = []chronicle.Event{{Type: "ASSAULT", Source: &chronicle.Actor{Name: "Russian forces", Code: "RUSMIL"},
			Target: &chronicle.Actor{Name: "civilians", Code: "UKRCVL"}, Location: "Kharkiv", Sentence: all}}
		if _, err := stores[i].Put(ctx, d); err != nil {
			t.Fatal(err)
		}
		docs[i] = d
	}
	var wg sync.WaitGroup
	start := make(chan struct{})
	errs := make(chan error, n)
	for i := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, err := story.NewLinker(stores[i], story.Options{}).Link(ctx, docs[i])
			errs <- err
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	evs, err := stores[0].Events(ctx, chronicle.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || len(evs[0].Articles) != n {
		t.Fatalf("Events = %d merged events (%+v), want 1 with %d articles", len(evs), evs, n)
	}
}
