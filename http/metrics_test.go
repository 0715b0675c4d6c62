package http

import (
	"fmt"
	"io"
	nethttp "net/http"
	"strings"
	"testing"
)

// scrape gets /metrics and returns its body.
func scrape(t *testing.T, url string) string {
	t.Helper()
	resp, err := nethttp.Get(url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET /metrics: %d, %v", resp.StatusCode, err)
	}
	return string(b)
}

// series is a scrape without its sample values: names, labels and comments.
func series(scrape string) string {
	var b strings.Builder
	for _, line := range strings.Split(scrape, "\n") {
		if i := strings.LastIndexByte(line, ' '); i > 0 && !strings.HasPrefix(line, "#") {
			line = line[:i]
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// junk sends n requests with made-up methods to made-up paths, and reads of
// articles by made-up ids, starting at number from.
func junk(t *testing.T, url string, from, n int) {
	t.Helper()
	paths := []string{"/no/such/page/%d", "/api/articles/made-up/%d", "/api/nothing/%d", "/articles/x%d/y", "/static/%d.css"}
	for i := from; i < from+n; i++ {
		method := fmt.Sprintf("BREW%d%s", i, strings.Repeat("X", i%300))
		if i%4 == 0 {
			method = "GET"
		}
		req, err := nethttp.NewRequest(method, url+fmt.Sprintf(paths[i%len(paths)], i), nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := nethttp.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
}

func TestMadeUpMethodsAndPathsLeaveTheMetricsBounded(t *testing.T) {
	_, ts := newTestServer(t)
	// A first round makes every label value these requests can have appear
	// ("other" methods, "unmatched" routes, their statuses), and the first
	// scrape that of /metrics itself.
	junk(t, ts.URL, 0, 40)
	scrape(t, ts.URL)
	before := scrape(t, ts.URL)
	junk(t, ts.URL, 40, 1000)
	after := scrape(t, ts.URL)
	// The counts gain digits; the series must stay the same, where labels
	// made from the requests would add one per method and path.
	if b, a := len(series(before)), len(series(after)); a != b {
		t.Errorf("/metrics series grew from %d to %d bytes over 1,000 requests with made-up methods and paths (%d to %d with values)", b, a, len(before), len(after))
	}
	for _, bad := range []string{"BREW", "made-up", "/no/such", "x41/y"} {
		if strings.Contains(after, bad) {
			t.Errorf("/metrics holds %q, from a request", bad)
		}
	}
	for _, want := range []string{`method="other"`, `route="unmatched"`, `route="GET /api/articles/{doc_id...}"`} {
		if !strings.Contains(after, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	t.Logf("/metrics: %d bytes after 40 requests, %d after 1,040 (%d and %d without the values)", len(before), len(after), len(series(before)), len(series(after)))
}
