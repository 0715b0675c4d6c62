package http

import (
	"context"
	"fmt"
	"net"
	nethttp "net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest"
	"github.com/chronicle-news/chronicle/ingest/web"
	"github.com/chronicle-news/chronicle/text"
)

func TestSearchJunkIsNeverAServerError(t *testing.T) {
	_, ts := newTestServer(t)
	post(t, ts, "/api/articles", input("j1", storyText))
	for _, q := range []string{"%00", "a%00b", "%01%02", "%22", "%22%22", "*", "-", "NEAR(a", "a:b", "%5Ex", "(", "AND", "OR%20NOT", "%FF%FE", "%E2%80", "a%22b*c", "%0A%0D"} {
		for _, path := range []string{"/api/quotes?q=", "/api/articles?q=", "/quotes?q=", "/?q=", "/api/articles?publisher=", "/api/quotes?speaker="} {
			resp := get(t, ts, path+q)
			if resp.StatusCode != 200 && resp.StatusCode != 400 {
				t.Errorf("GET %s%s: %d: %s", path, q, resp.StatusCode, body(t, resp))
			}
		}
	}
}

// noSuchHost resolves nothing, as for a name that does not exist.
type noSuchHost struct{}

func (noSuchHost) LookupIPAddr(_ context.Context, host string) ([]net.IPAddr, error) {
	return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

func TestIngestOfAnUnresolvableHostIsABadGateway(t *testing.T) {
	_, ts := newTestServer(t, func(s *Server) {
		s.Reader = &ingest.Reader{Fetcher: &web.Fetcher{Resolver: noSuchHost{}}}
	})
	resp := post(t, ts, "/api/ingest", `{"url": "https://no-such-host.invalid/story"}`)
	wantError(t, resp, 502, chronicle.EUPSTREAM)
}

func TestBearerSchemeIsCaseInsensitive(t *testing.T) {
	_, ts := newTestServer(t, func(s *Server) { s.Token = "s3cret" })
	for i, h := range []string{"bearer s3cret", "BEARER s3cret", "Bearer  s3cret"} {
		if resp := post(t, ts, "/api/articles", input(fmt.Sprintf("b%d", i), storyText), "Authorization", h); resp.StatusCode != 201 {
			t.Errorf("%q: status %d: %s", h, resp.StatusCode, body(t, resp))
		}
	}
	wantError(t, post(t, ts, "/api/articles", input("bx", storyText), "Authorization", "Bearers3cret"), 401, chronicle.EUNAUTHORIZED)
}

func TestAForeignHostHeaderIsToldWhatIsWrong(t *testing.T) {
	_, ts := newTestServer(t)
	req, _ := nethttp.NewRequest("POST", ts.URL+"/api/articles", strings.NewReader(input("h1", storyText)))
	req.Host = "evil.example:8080"
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var eb errorBody
	decode(t, resp, &eb)
	if resp.StatusCode != 403 || strings.Contains(eb.Error.Message, "not bound to loopback") || !strings.Contains(eb.Error.Message, "evil.example") {
		t.Errorf("%d %q", resp.StatusCode, eb.Error.Message)
	}
}

func TestIDsWithDotOrEmptySegmentsAreRefused(t *testing.T) {
	_, ts := newTestServer(t)
	post(t, ts, "/api/articles", input("xss/3", storyText))
	for _, id := range []string{"zz/../xss/3", "/xss/3", "xss//3", "xss/3/", "./xss/3"} {
		wantError(t, post(t, ts, "/api/articles", input(id, storyText)), 400, chronicle.EINVALID)
	}
	client := ts.Client()
	client.CheckRedirect = func(*nethttp.Request, []*nethttp.Request) error { return nethttp.ErrUseLastResponse }
	for _, p := range []string{"/articles//xss/3", "/api/articles//xss/3", "/articles/zz/../xss/3", "/api/articles/zz/%2E%2E/xss/3", "/articles/xss/./3"} {
		req, _ := nethttp.NewRequest("GET", ts.URL+p, nil)
		req.URL.Opaque = "//" + req.URL.Host + p // send the path as it is
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 400 {
			t.Errorf("GET %s: %d → %s, want 400 (no redirect to another article)", p, resp.StatusCode, resp.Header.Get("Location"))
		}
	}
	if resp := get(t, ts, "/articles/xss/3"); resp.StatusCode != 200 {
		t.Errorf("the article itself: %d", resp.StatusCode)
	}
}

// TestATimedOutAnalysisFreesItsSlot fills every analysis slot with requests
// that time out, then checks that their analyses stopped and a small
// request is served.
func TestATimedOutAnalysisFreesItsSlot(t *testing.T) {
	var calls atomic.Int64
	slow := chronicle.StageFunc{StageName: "slow", Func: func(doc *chronicle.Document) error {
		calls.Add(1)
		if len(doc.Text) > 500 {
			time.Sleep(40 * time.Millisecond)
		}
		return nil
	}}
	_, ts := newTestServer(t, func(s *Server) {
		s.Pipeline = &chronicle.Pipeline{Stages: []chronicle.Stage{text.Stage{}, slow}, Section: 1000}
		s.WriteTimeout = 300 * time.Millisecond
	})
	big := strings.Repeat("Putin met Witkoff in Moscow for talks that went on.\n\n", 2000) // 100 sections of 40 ms: 4 s
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp := post(t, ts, "/api/analyze", input(fmt.Sprintf("big%d", i), big))
			if resp.StatusCode != 503 {
				t.Errorf("big analysis: %d", resp.StatusCode)
			}
		}()
	}
	wg.Wait()
	time.Sleep(100 * time.Millisecond)
	after := calls.Load()
	start := time.Now()
	if resp := post(t, ts, "/api/analyze", input("small", storyText)); resp.StatusCode != 200 {
		t.Errorf("a small analysis after the timed-out ones: %d: %s", resp.StatusCode, body(t, resp))
	}
	if d := time.Since(start); d > 250*time.Millisecond {
		t.Errorf("the small analysis waited %v for a slot", d)
	}
	time.Sleep(200 * time.Millisecond)
	if n := calls.Load() - after; n > 1 {
		t.Errorf("timed-out analyses went on: %d more stage calls", n-1)
	}
}

func TestATextOverTheLimitIsRefusedAtOnce(t *testing.T) {
	_, ts := newTestServer(t, func(s *Server) { s.Pipeline.MaxText = 10000 })
	resp := post(t, ts, "/api/articles", input("huge", strings.Repeat("Putin met Witkoff. ", 1000)))
	wantError(t, resp, 413, chronicle.ETOOLARGE)
}
