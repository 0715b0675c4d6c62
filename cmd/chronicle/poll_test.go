package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestReadFeedList(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // "URL interval" per feed, or "error"
	}{
		{"a URL alone polls at the default interval", "https://a.example/rss\n", "https://a.example/rss 15m0s"},
		{"a URL with an interval polls at its own", "https://a.example/rss 10m", "https://a.example/rss 10m0s"},
		{"comments and blank lines are skipped", "# wires\n\n  https://a.example/rss 1h\n#https://b.example/rss\n", "https://a.example/rss 1h0m0s"},
		{"a bad interval is an error", "https://a.example/rss soon", "error"},
		{"a path is no feed URL", "/etc/passwd", "error"},
		{"three fields are an error", "https://a.example/rss 10m extra", "error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			feeds, err := readFeedList(strings.NewReader(tt.in), 15*time.Minute)
			var got []string
			for _, f := range feeds {
				got = append(got, fmt.Sprintf("%s %s", f.URL, f.Interval))
			}
			if err != nil {
				got = []string{"error"}
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("readFeedList(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

// TestServePollsFeedsAndSurvivesAnOutage runs chronicle serve --poll on two
// loopback feeds, one of which fails its first polls: the failures are
// logged, the healthy feed is stored meanwhile, and once the broken feed
// recovers its item is stored too, after which it is polled with
// conditional GETs.
func TestServePollsFeedsAndSurvivesAnOutage(t *testing.T) {
	var (
		mu                    sync.Mutex
		failures, notModified int
	)
	mux := http.NewServeMux()
	var base string
	feedXML := func(path, title string) string {
		return fmt.Sprintf(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>
<item><title>%[2]s</title><link>%[1]s%[3]s</link><guid>%[3]s</guid></item></channel></rss>`, base, title, path)
	}
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if failures < 2 {
			failures++
			http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
			return
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			notModified++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feedXML("/a", "Grid repairs"))
	})
	mux.HandleFunc("/healthy.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feedXML("/b", "Drones downed"))
	})
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, strings.Replace(testPage, "most of the drones", "all of the drones", 1), "Grid repairs", "Grid repairs")
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, testPage, "Drones downed", "Drones downed")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base = srv.URL

	dir := t.TempDir()
	db := filepath.Join(dir, "poll.db")
	list := filepath.Join(dir, "feeds.txt")
	os.WriteFile(list, []byte("# test feeds\n"+srv.URL+"/broken.xml 100ms\n"+srv.URL+"/healthy.xml 100ms\n"), 0o644)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var out, errb bytes.Buffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--allow-private", "--poll", list}, nil, &out, &errb)
	}()
	for ctx.Err() == nil {
		mu.Lock()
		nm := notModified
		mu.Unlock()
		if nm >= 1 && countDocs(t, db) == 2 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("serve exited %d: %s", code, errb.String())
	}
	if n := countDocs(t, db); n != 2 {
		t.Errorf("%d documents stored, want 2\n%s", n, errb.String())
	}
	mu.Lock()
	defer mu.Unlock()
	if failures != 2 || notModified < 1 {
		t.Errorf("broken feed: %d failures, %d answered 304; want 2 and a conditional GET\n%s", failures, notModified, errb.String())
	}
	if !strings.Contains(errb.String(), "feed failed") || !strings.Contains(errb.String(), "503") {
		t.Errorf("the outage is not logged:\n%s", errb.String())
	}
}
