package http

import (
	"fmt"
	nethttp "net/http"
	"strings"
	"testing"
	"time"
)

// TestManyLargeDistinctReadsKeepTheCacheBounded reads one large article under
// many distinct query strings: the cache must hold no more than its byte
// budget, and nothing once a write went through.
func TestManyLargeDistinctReadsKeepTheCacheBounded(t *testing.T) {
	const budget = 1 << 20
	s, ts := newTestServer(t, func(s *Server) { s.CacheBytes = budget; s.CacheTTL = time.Minute })
	big := strings.Repeat("Putin met Witkoff in Moscow. The talks went on for hours and ended late.\n\n", 800) // about 60 KB
	if resp := post(t, ts, "/api/articles", input("big/1", big)); resp.StatusCode != 201 {
		t.Fatalf("store: %d %s", resp.StatusCode, body(t, resp))
	}
	peak := 0
	for i := range 100 {
		resp := get(t, ts, fmt.Sprintf("/api/articles/big/1?n=%d", i))
		n := len(body(t, resp))
		if resp.StatusCode != 200 || n < 60<<10 {
			t.Fatalf("read %d: %d, %d bytes", i, resp.StatusCode, n)
		}
		held, _ := s.cache.held()
		peak = max(peak, held)
	}
	_, entries := s.cache.held()
	if peak > budget || entries == 0 {
		t.Errorf("peak %d bytes held for a budget of %d; %d entries at the end", peak, budget, entries)
	}
	t.Logf("100 reads of %d KB: peak %d KB held in the cache, %d entries", len(big)>>10, peak>>10, entries)
	post(t, ts, "/api/articles", input("small/1", storyText))
	if held, entries := s.cache.held(); held != 0 || entries != 0 {
		t.Errorf("after a write the cache holds %d bytes in %d entries", held, entries)
	}
}

func TestCacheEntriesExpireAndTheLeastRecentlyUsedGoFirst(t *testing.T) {
	now := time.Unix(0, 0)
	c := newResponseCache(time.Second, 3*(256+1000+2))
	c.now = func() time.Time { return now }
	body := make([]byte, 1000)
	c.put("/a", nil, body)
	c.put("/b", nil, body)
	c.put("/c", nil, body)
	if c.get("/a") == nil { // a is now the most recently used
		t.Fatal("a missing")
	}
	c.put("/d", nil, body) // evicts b, the least recently used
	if c.get("/b") != nil || c.get("/a") == nil || c.get("/c") == nil || c.get("/d") == nil {
		t.Error("eviction did not take the least recently used entry")
	}
	now = now.Add(2 * time.Second)
	if c.get("/a") != nil {
		t.Error("an expired entry was served")
	}
	c.put("/e", nil, []byte("x"))
	if held, entries := c.held(); entries != 1 || held != responseSize("/e", nil, []byte("x")) {
		t.Errorf("expired entries kept: %d bytes in %d entries", held, entries)
	}
	c.put("/huge", nethttp.Header{}, make([]byte, 10000))
	if c.get("/huge") != nil {
		t.Error("an entry over the whole budget was kept")
	}
}
