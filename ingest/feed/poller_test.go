package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/ingest/web"
)

// newsServer serves an RSS feed whose items the test sets, honouring
// If-None-Match, and failing while fail > 0.
type newsServer struct {
	mu          sync.Mutex
	items       []string // links, newest first
	fail        int
	requests    int
	conditional int
}

func (s *newsServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests++
	if s.fail > 0 {
		s.fail--
		http.Error(w, "down", http.StatusServiceUnavailable)
		return
	}
	etag := fmt.Sprintf(`"%d"`, len(s.items))
	if r.Header.Get("If-None-Match") == etag {
		s.conditional++
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	w.Header().Set("ETag", etag)
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>T</title>`)
	for _, l := range s.items {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link></item>", l, l)
	}
	b.WriteString(`</channel></rss>`)
	w.Write([]byte(b.String()))
}

func (s *newsServer) set(items ...string) {
	s.mu.Lock()
	s.items = items
	s.mu.Unlock()
}

func links(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Link)
	}
	return out
}

func TestPollReportsEachItemOnce(t *testing.T) {
	ns := &newsServer{}
	srv := httptest.NewServer(ns)
	defer srv.Close()
	p := &Poller{URL: srv.URL, Fetcher: &web.Fetcher{AllowPrivate: true}}
	ctx := context.Background()

	steps := []struct {
		name  string
		items []string
		want  string
	}{
		{"the first poll reports every item, oldest first", []string{"https://n.example/b", "https://n.example/a"}, "https://n.example/a https://n.example/b"},
		{"an unchanged feed reports nothing", []string{"https://n.example/b", "https://n.example/a"}, ""},
		{"a new item is reported alone", []string{"https://n.example/c", "https://n.example/b", "https://n.example/a"}, "https://n.example/c"},
		{"an item that dropped off the feed is not reported again", []string{"https://n.example/d", "https://n.example/c"}, "https://n.example/d"},
	}
	for _, st := range steps {
		ns.set(st.items...)
		got, err := p.Poll(ctx)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if s := strings.Join(links(got), " "); s != st.want {
			t.Errorf("%s: got %q, want %q", st.name, s, st.want)
		}
	}
	if ns.conditional != 1 {
		t.Errorf("server answered %d conditional GETs with 304, want 1", ns.conditional)
	}
}

func TestRunBacksOffExponentiallyAfterFailures(t *testing.T) {
	ns := &newsServer{fail: 4}
	ns.set("https://n.example/a")
	srv := httptest.NewServer(ns)
	defer srv.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var waits []time.Duration
	var reported []string
	var failures int
	p := &Poller{
		URL:        srv.URL,
		Fetcher:    &web.Fetcher{AllowPrivate: true},
		Interval:   time.Minute,
		MaxBackoff: 10 * time.Minute,
		OnItem: func(it Item) error {
			reported = append(reported, it.Link)
			return nil
		},
		OnError: func(error) { failures++ },
		Sleep: func(ctx context.Context, d time.Duration) error {
			waits = append(waits, d)
			if len(waits) == 6 {
				cancel()
				return ctx.Err()
			}
			return nil
		},
	}
	err := p.Run(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want context.Canceled", err)
	}
	want := []time.Duration{2 * time.Minute, 4 * time.Minute, 8 * time.Minute, 10 * time.Minute, time.Minute, time.Minute}
	if fmt.Sprint(waits) != fmt.Sprint(want) {
		t.Errorf("waits = %v, want %v", waits, want)
	}
	if failures != 4 || len(reported) != 1 || reported[0] != "https://n.example/a" {
		t.Errorf("failures = %d, reported = %v", failures, reported)
	}
}

func TestRunStopsWhenOnItemFails(t *testing.T) {
	ns := &newsServer{}
	ns.set("https://n.example/b", "https://n.example/a")
	srv := httptest.NewServer(ns)
	defer srv.Close()
	stop := errors.New("store is full")
	p := &Poller{
		URL:     srv.URL,
		Fetcher: &web.Fetcher{AllowPrivate: true},
		OnItem:  func(Item) error { return stop },
		Sleep:   func(context.Context, time.Duration) error { t.Fatal("slept after OnItem failed"); return nil },
	}
	if err := p.Run(context.Background()); err != stop {
		t.Errorf("Run = %v, want %v", err, stop)
	}
}

func TestPollRefusesAPrivateFeedWithoutAllowPrivate(t *testing.T) {
	ns := &newsServer{}
	srv := httptest.NewServer(ns)
	defer srv.Close()
	p := &Poller{URL: srv.URL, Fetcher: &web.Fetcher{}}
	if _, err := p.Poll(context.Background()); err == nil || !strings.Contains(err.Error(), "loopback address") {
		t.Errorf("Poll = %v, want a loopback refusal", err)
	}
	if ns.requests != 0 {
		t.Errorf("server saw %d requests", ns.requests)
	}
}

func TestSeenSetIsBounded(t *testing.T) {
	p := &Poller{MaxSeen: 2}
	for _, k := range []string{"a", "b", "c"} {
		p.remember(k)
	}
	if p.seen["a"] || !p.seen["b"] || !p.seen["c"] || len(p.order) != 2 {
		t.Errorf("seen = %v, order = %v", p.seen, p.order)
	}
}
