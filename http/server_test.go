package http

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	nethttp "net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest"
	"github.com/chronicle-news/chronicle/ingest/web"
	"github.com/chronicle-news/chronicle/sqlite"
	"github.com/chronicle-news/chronicle/text"
)

// testStage is a readable stand-in for the trained stages: it marks fixed
// words, so that the tests assert exact records on small cases.
var testStage = chronicle.StageFunc{StageName: "test", Func: func(doc *chronicle.Document) error {
	ix := text.NewIndex(doc.Text)
	find := func(sub string) []chronicle.Span {
		var out []chronicle.Span
		for at := 0; ; {
			i := strings.Index(doc.Text[at:], sub)
			if i < 0 {
				return out
			}
			sp := ix.Span(at+i, at+i+len(sub))
			sp.Text = sub
			out = append(out, sp)
			at += i + len(sub)
		}
	}
	putin := &chronicle.Actor{Name: "Vladimir Putin", Code: "RUSGOV"}
	witkoff := &chronicle.Actor{Name: "Steve Witkoff", Code: "USAGOV"}
	for _, sp := range find("Putin") {
		doc.Entities = append(doc.Entities, chronicle.Entity{Span: sp, Type: "PER", Actor: putin, Role: &chronicle.Role{Title: "President"}})
	}
	for _, sp := range find("Witkoff") {
		doc.Entities = append(doc.Entities, chronicle.Entity{Span: sp, Type: "PER", Actor: witkoff})
	}
	// A quote is what stands between “ and ”, said by Putin.
	for at := 0; ; {
		i := strings.Index(doc.Text[at:], "“")
		if i < 0 {
			break
		}
		j := strings.Index(doc.Text[at+i:], "”")
		if j < 0 {
			break
		}
		b0, b1 := at+i, at+i+j+len("”")
		sp := ix.Span(b0, b1)
		sp.Text = doc.Text[b0:b1]
		q := chronicle.Quote{Content: sp, SpeakerName: "Vladimir Putin", SpeakerCode: "RUSGOV", Kind: chronicle.QuoteDirect}
		if s := find("Putin"); len(s) > 0 {
			q.Speaker = &s[0]
		}
		doc.Quotes = append(doc.Quotes, q)
		at = b1
	}
	for _, sp := range find("met") {
		doc.Events = append(doc.Events, chronicle.Event{Type: "CONSULT", Source: putin, Target: witkoff, Trigger: sp, Date: doc.Published})
	}
	for _, sp := range find("so-called") {
		doc.Framing = append(doc.Framing, chronicle.Frame{Span: sp, Category: chronicle.FrameDelegitimizingQualifier, Voice: chronicle.VoiceAuthor, Neutral: "(omit)"})
	}
	return nil
}}

// plainStore hides the store's cross-story side, as a store without one.
type plainStore struct{ chronicle.Store }

func withoutStories(s *Server) { s.Store = plainStore{s.Store} }

func testPipeline() *chronicle.Pipeline {
	return &chronicle.Pipeline{Stages: []chronicle.Stage{text.Stage{}, testStage}}
}

// newTestServer returns a server over a fresh SQLite store, as a loopback
// server without a token unless configure changes it.
func newTestServer(t *testing.T, configure ...func(*Server)) (*Server, *httptest.Server) {
	t.Helper()
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "chronicle.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	s := &Server{Store: store, Pipeline: testPipeline(), Reader: &ingest.Reader{Fetcher: &web.Fetcher{}}, Loopback: true}
	for _, c := range configure {
		c(s)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return s, ts
}

const storyText = "Putin met Witkoff in Moscow. “We made progress,” Putin said of the so-called talks.\n\nWitkoff left."

func post(t *testing.T, ts *httptest.Server, path, body string, header ...string) *nethttp.Response {
	t.Helper()
	req, err := nethttp.NewRequest("POST", ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func get(t *testing.T, ts *httptest.Server, path string) *nethttp.Response {
	t.Helper()
	resp, err := ts.Client().Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func decode(t *testing.T, resp *nethttp.Response, v any) {
	t.Helper()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("decode %s: %v", resp.Request.URL, err)
	}
}

func body(t *testing.T, resp *nethttp.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// wantError checks the status and the {"error": {"code", "message"}} body.
func wantError(t *testing.T, resp *nethttp.Response, status int, code string) {
	t.Helper()
	if resp.StatusCode != status {
		t.Errorf("%s %s: status %d, want %d", resp.Request.Method, resp.Request.URL.Path, resp.StatusCode, status)
	}
	var eb errorBody
	decode(t, resp, &eb)
	if eb.Error.Code != code || eb.Error.Message == "" {
		t.Errorf("%s %s: error body %+v, want code %q and a message", resp.Request.Method, resp.Request.URL.Path, eb, code)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("error content type %q", ct)
	}
}

func input(id, txt string, extra ...string) string {
	m := map[string]string{"doc_id": id, "text": txt, "title": "Talks in Moscow", "publisher": "Wire", "published": "2025-04-25"}
	for i := 0; i+1 < len(extra); i += 2 {
		m[extra[i]] = extra[i+1]
	}
	b, _ := json.Marshal(m)
	return string(b)
}

func TestPostArticleStoresAndReturnsTheRecord(t *testing.T) {
	_, ts := newTestServer(t)
	resp := post(t, ts, "/api/articles", input("news.example/a", storyText))
	if resp.StatusCode != nethttp.StatusCreated {
		t.Fatalf("status %d: %s", resp.StatusCode, body(t, resp))
	}
	var doc chronicle.Document
	decode(t, resp, &doc)
	if doc.ID != "news.example/a" || doc.Publisher != "Wire" || doc.Published.String() != "2025-04-25" || doc.Revision != 1 {
		t.Errorf("record metadata: %+v", doc)
	}
	if len(doc.Quotes) != 1 || len(doc.Events) != 1 || len(doc.Framing) != 1 || len(doc.Entities) != 4 {
		t.Errorf("layers: %d quotes, %d events, %d framing, %d entities", len(doc.Quotes), len(doc.Events), len(doc.Framing), len(doc.Entities))
	}
	if got := resp.Header.Get("Location"); got != "/api/articles/news.example/a" {
		t.Errorf("Location %q", got)
	}
	// The same article again is unchanged: 200, not a new revision.
	again := post(t, ts, "/api/articles", input("news.example/a", storyText))
	if again.StatusCode != nethttp.StatusOK || again.Header.Get("X-Chronicle-Put") != "unchanged" {
		t.Errorf("second post: %d %s", again.StatusCode, again.Header.Get("X-Chronicle-Put"))
	}
	// The id with a slash reads back.
	var back chronicle.Document
	r := get(t, ts, "/api/articles/news.example/a")
	if r.StatusCode != 200 {
		t.Fatalf("get: %d", r.StatusCode)
	}
	decode(t, r, &back)
	if back.Text != storyText || len(back.Quotes) != 1 {
		t.Errorf("read back %q with %d quotes", back.Text, len(back.Quotes))
	}
}

func TestInputFormsOfTheJSONLLine(t *testing.T) {
	_, ts := newTestServer(t)
	cases := []struct{ name, body, id string }{
		{"an id with spaces, slashes and a percent sign", `{"doc_id": "news example/a%20b?c", "text": "Putin met Witkoff."}`, url.PathEscape("news example") + "/" + url.PathEscape("a%20b?c")},
		{"article_id and publication_date", `{"article_id": "business/001", "text": "Putin met Witkoff.", "publication_date": "2025-01-02"}`, "business/001"},
		{"a numeric id", `{"id": 42, "text": "Putin met Witkoff."}`, "42"},
		{"html instead of text", `{"doc_id": "h1", "html": "<html><body><article><p>Putin met Witkoff in Moscow on Friday for three hours of talks about the war.</p></article></body></html>"}`, "h1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp := post(t, ts, "/api/articles", c.body)
			if resp.StatusCode != nethttp.StatusCreated {
				t.Fatalf("status %d: %s", resp.StatusCode, body(t, resp))
			}
			if get(t, ts, "/api/articles/"+c.id).StatusCode != 200 {
				t.Errorf("%s not stored", c.id)
			}
		})
	}
}

func TestAnalyzeDoesNotStore(t *testing.T) {
	_, ts := newTestServer(t)
	resp := post(t, ts, "/api/analyze", input("only-analysed", storyText))
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, body(t, resp))
	}
	var doc chronicle.Document
	decode(t, resp, &doc)
	if len(doc.Events) != 1 {
		t.Errorf("events %d", len(doc.Events))
	}
	wantError(t, get(t, ts, "/api/articles/only-analysed"), 404, chronicle.ENOTFOUND)
}

func TestErrorBodies(t *testing.T) {
	_, ts := newTestServer(t, withoutStories)
	cases := []struct {
		name, method, path, body string
		status                   int
		code                     string
	}{
		{"an unknown article is not found", "GET", "/api/articles/nope", "", 404, chronicle.ENOTFOUND},
		{"an unknown API path is not found", "GET", "/api/nothing-here", "", 404, chronicle.ENOTFOUND},
		{"a POST to a read-only path is not allowed", "POST", "/api/quotes", "{}", 405, "method_not_allowed"},
		{"a POST to an unknown path is not allowed", "POST", "/api/nothing-here", "{}", 405, "method_not_allowed"},
		{"invalid JSON is invalid", "POST", "/api/articles", "{not json", 400, chronicle.EINVALID},
		{"an input without text is invalid", "POST", "/api/articles", `{"doc_id": "x"}`, 400, chronicle.EINVALID},
		{"an input without id is invalid", "POST", "/api/articles", `{"text": "words"}`, 400, chronicle.EINVALID},
		{"a bad date is invalid", "POST", "/api/articles", `{"doc_id": "x", "text": "t", "date": "yesterday"}`, 400, chronicle.EINVALID},
		{"a bad since is invalid", "GET", "/api/articles?since=April", "", 400, chronicle.EINVALID},
		{"a bad limit is invalid", "GET", "/api/quotes?limit=-3", "", 400, chronicle.EINVALID},
		{"a bad cursor is invalid", "GET", "/api/articles?cursor=not-a-cursor", "", 400, chronicle.EINVALID},
		{"ingest without a url is invalid", "POST", "/api/ingest", `{}`, 400, chronicle.EINVALID},
		{"ingest of a file URL is invalid", "POST", "/api/ingest", `{"url": "file:///etc/passwd"}`, 400, chronicle.EINVALID},
		{"events without a story store are not implemented", "GET", "/api/events", "", 501, chronicle.EUNSUPPORTED},
		{"one event without a story store is not implemented", "GET", "/api/events/e1", "", 501, chronicle.EUNSUPPORTED},
		{"a timeline without a story store is not implemented", "GET", "/api/actors/Putin/timeline", "", 501, chronicle.EUNSUPPORTED},
		{"outlets without a story store are not implemented", "GET", "/api/outlets", "", 501, chronicle.EUNSUPPORTED},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var resp *nethttp.Response
			if c.method == "POST" {
				resp = post(t, ts, c.path, c.body)
			} else {
				resp = get(t, ts, c.path)
			}
			wantError(t, resp, c.status, c.code)
		})
	}
}

func TestErrorStatusMapsEveryCode(t *testing.T) {
	cases := map[string]int{
		chronicle.EINVALID: 400, chronicle.EUNAUTHORIZED: 401, chronicle.EFORBIDDEN: 403, chronicle.ENOTFOUND: 404,
		chronicle.ECONFLICT: 409, chronicle.ETOOLARGE: 413, chronicle.EUNSUPPORTED: 501, chronicle.EINTERNAL: 500,
	}
	for code, want := range cases {
		got, gotCode := errorStatus(chronicle.Errorf(code, "x"))
		if got != want || gotCode != code {
			t.Errorf("%s: %d %s, want %d", code, got, gotCode, want)
		}
	}
	if st, code := errorStatus(fmt.Errorf("wrapped: %w", context.DeadlineExceeded)); st != 503 || code != "timeout" {
		t.Errorf("deadline: %d %s", st, code)
	}
	if st, _ := errorStatus(io.ErrUnexpectedEOF); st != 500 {
		t.Errorf("plain error: %d", st)
	}
	if msg := errorMessage(fmt.Errorf("secret path /etc/x")); msg != "internal error" {
		t.Errorf("internal details leak: %q", msg)
	}
}

func TestAuth(t *testing.T) {
	art := input("auth-1", storyText)
	t.Run("with a token, a write without it is unauthorized", func(t *testing.T) {
		_, ts := newTestServer(t, func(s *Server) { s.Token = "s3cret" })
		resp := post(t, ts, "/api/articles", art)
		wantError(t, resp, 401, chronicle.EUNAUTHORIZED)
		if resp.Header.Get("WWW-Authenticate") == "" {
			t.Error("no WWW-Authenticate")
		}
	})
	t.Run("with a token, a wrong one is forbidden", func(t *testing.T) {
		_, ts := newTestServer(t, func(s *Server) { s.Token = "s3cret" })
		wantError(t, post(t, ts, "/api/articles", art, "Authorization", "Bearer nope"), 403, chronicle.EFORBIDDEN)
		wantError(t, post(t, ts, "/api/ingest", `{"url": "http://example.com/"}`, "Authorization", "Bearer nope"), 403, chronicle.EFORBIDDEN)
		wantError(t, post(t, ts, "/api/analyze", art, "Authorization", "Basic czNjcmV0"), 401, chronicle.EUNAUTHORIZED)
	})
	t.Run("with a token, the right one writes", func(t *testing.T) {
		_, ts := newTestServer(t, func(s *Server) { s.Token = "s3cret" })
		if resp := post(t, ts, "/api/articles", art, "Authorization", "Bearer s3cret"); resp.StatusCode != 201 {
			t.Errorf("status %d: %s", resp.StatusCode, body(t, resp))
		}
	})
	t.Run("with a token, reads need none", func(t *testing.T) {
		_, ts := newTestServer(t, func(s *Server) { s.Token = "s3cret" })
		for _, p := range []string{"/api/articles", "/api/quotes?q=x", "/healthz", "/", "/quotes"} {
			if resp := get(t, ts, p); resp.StatusCode != 200 {
				t.Errorf("GET %s: %d", p, resp.StatusCode)
			}
		}
	})
	t.Run("without a token, a loopback server writes", func(t *testing.T) {
		_, ts := newTestServer(t)
		if resp := post(t, ts, "/api/articles", art); resp.StatusCode != 201 {
			t.Errorf("status %d", resp.StatusCode)
		}
	})
	t.Run("without a token, a server not on loopback refuses writes", func(t *testing.T) {
		_, ts := newTestServer(t, func(s *Server) { s.Loopback = false })
		wantError(t, post(t, ts, "/api/articles", art), 403, chronicle.EFORBIDDEN)
	})
	t.Run("without a token, a foreign Host header is refused (DNS rebinding)", func(t *testing.T) {
		_, ts := newTestServer(t)
		req, _ := nethttp.NewRequest("POST", ts.URL+"/api/articles", strings.NewReader(art))
		req.Host = "evil.example:8080"
		resp, err := ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		wantError(t, resp, 403, chronicle.EFORBIDDEN)
	})
	t.Run("a cross-site browser write is refused", func(t *testing.T) {
		_, ts := newTestServer(t)
		wantError(t, post(t, ts, "/api/articles", art, "Origin", "https://evil.example"), 403, chronicle.EFORBIDDEN)
		wantError(t, post(t, ts, "/api/articles", art, "Sec-Fetch-Site", "cross-site"), 403, chronicle.EFORBIDDEN)
	})
	t.Run("the UI form takes the token as a field", func(t *testing.T) {
		_, ts := newTestServer(t, func(s *Server) { s.Token = "s3cret" })
		client := ts.Client()
		client.CheckRedirect = func(*nethttp.Request, []*nethttp.Request) error { return nethttp.ErrUseLastResponse }
		form := url.Values{"text": {storyText}, "doc_id": {"form-1"}}
		resp, err := client.PostForm(ts.URL+"/articles", form)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 401 {
			t.Errorf("form without token: %d", resp.StatusCode)
		}
		form.Set("token", "s3cret")
		resp, err = client.PostForm(ts.URL+"/articles", form)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 303 || resp.Header.Get("Location") != "/articles/form-1" {
			t.Errorf("form with token: %d → %s", resp.StatusCode, resp.Header.Get("Location"))
		}
	})
}

func TestIsLoopback(t *testing.T) {
	cases := map[string]bool{
		"127.0.0.1:8080": true, "localhost:80": true, "[::1]:9": true, "127.1.2.3:1": true,
		":8080": false, "0.0.0.0:8080": false, "[::]:80": false, "192.168.1.4:80": false, "example.com:80": false, "nonsense": false,
	}
	for addr, want := range cases {
		if got := IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v", addr, got)
		}
	}
}

func TestPaginationFollowsNextCursor(t *testing.T) {
	_, ts := newTestServer(t)
	for i := range 5 {
		resp := post(t, ts, "/api/articles", input(fmt.Sprintf("p/%d", i), fmt.Sprintf("Putin met Witkoff, day %d.", i), "published", fmt.Sprintf("2025-04-%02d", 10+i)))
		if resp.StatusCode != 201 {
			t.Fatalf("post %d: %d", i, resp.StatusCode)
		}
	}
	seen := map[string]bool{}
	var order []string
	cursor := ""
	for pages := 0; ; pages++ {
		if pages > 5 {
			t.Fatal("pagination does not end")
		}
		var page struct {
			Articles   []ArticleSummary `json:"articles"`
			NextCursor string           `json:"next_cursor"`
		}
		decode(t, get(t, ts, "/api/articles?limit=2&cursor="+url.QueryEscape(cursor)), &page)
		if len(page.Articles) > 2 {
			t.Fatalf("page of %d", len(page.Articles))
		}
		for _, a := range page.Articles {
			if seen[a.ID] {
				t.Errorf("%s twice", a.ID)
			}
			seen[a.ID] = true
			order = append(order, a.ID)
		}
		if page.NextCursor == "" {
			break
		}
		cursor = page.NextCursor
	}
	if strings.Join(order, ",") != "p/4,p/3,p/2,p/1,p/0" {
		t.Errorf("order %v, want newest first", order)
	}
}

func TestListFilters(t *testing.T) {
	_, ts := newTestServer(t)
	post(t, ts, "/api/articles", input("a", "Putin met Witkoff about grain.", "publisher", "Alpha", "published", "2025-03-01"))
	post(t, ts, "/api/articles", input("b", "Talks on energy went nowhere.", "publisher", "Beta", "published", "2025-05-01"))
	cases := []struct{ query, want string }{
		{"q=grain", "a"},
		{"actor=RUSGOV", "a"},
		{"publisher=Beta", "b"},
		{"since=2025-04-01", "b"},
		{"until=2025-04-01", "a"},
		{"event=CONSULT", "a"},
	}
	for _, c := range cases {
		var page struct {
			Articles []ArticleSummary `json:"articles"`
		}
		decode(t, get(t, ts, "/api/articles?"+c.query), &page)
		var ids []string
		for _, a := range page.Articles {
			ids = append(ids, a.ID)
		}
		if strings.Join(ids, ",") != c.want {
			t.Errorf("%s: %v, want %s", c.query, ids, c.want)
		}
	}
}

func TestQuoteSearch(t *testing.T) {
	_, ts := newTestServer(t)
	post(t, ts, "/api/articles", input("q1", storyText))
	var res struct {
		Quotes []chronicle.QuoteHit `json:"quotes"`
	}
	decode(t, get(t, ts, "/api/quotes?q=progress"), &res)
	if len(res.Quotes) != 1 || res.Quotes[0].DocID != "q1" || !strings.Contains(res.Quotes[0].Content, "progress") {
		t.Errorf("quotes: %+v", res.Quotes)
	}
	decode(t, get(t, ts, "/api/quotes?speaker=Putin"), &res)
	if len(res.Quotes) != 1 {
		t.Errorf("by speaker: %+v", res.Quotes)
	}
}

func TestBodyLimit(t *testing.T) {
	_, ts := newTestServer(t, func(s *Server) { s.MaxBodyBytes = 1 << 10 })
	big := input("big", strings.Repeat("Putin met Witkoff. ", 200))
	wantError(t, post(t, ts, "/api/articles", big), 413, chronicle.ETOOLARGE)
	// Without a Content-Length the reader stops at the limit all the same.
	req, _ := nethttp.NewRequest("POST", ts.URL+"/api/analyze", io.MultiReader(strings.NewReader(big)))
	req.ContentLength = -1
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	wantError(t, resp, 413, chronicle.ETOOLARGE)
}

func TestHealthAndMetrics(t *testing.T) {
	_, ts := newTestServer(t)
	post(t, ts, "/api/articles", input("m1", storyText))
	get(t, ts, "/api/articles/m1")
	get(t, ts, "/api/articles/missing")
	var h map[string]any
	decode(t, get(t, ts, "/healthz"), &h)
	if h["status"] != "ok" || h["documents"] != 1.0 {
		t.Errorf("healthz %v", h)
	}
	m := body(t, get(t, ts, "/metrics"))
	for _, want := range []string{
		`chronicle_http_requests_total{method="GET",route="GET /api/articles/{doc_id...}",status="200"} 1`,
		`chronicle_http_requests_total{method="GET",route="GET /api/articles/{doc_id...}",status="404"} 1`,
		`chronicle_http_requests_total{method="POST",route="POST /api/articles",status="201"} 1`,
		`chronicle_http_request_duration_seconds_bucket{route="POST /api/articles",le="+Inf"} 1`,
		`chronicle_analyses_total{outcome="ok"} 1`,
		`chronicle_documents_stored 1`,
		"# TYPE chronicle_http_request_duration_seconds histogram",
		"\ngo_goroutines ", "\nprocess_resident_memory_bytes ",
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %s\n%s", want, m)
		}
	}
}

func TestIngestGoesThroughTheSSRFGuard(t *testing.T) {
	page := httptest.NewServer(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><head><title>Moscow talks</title></head><body><article><h1>Moscow talks</h1><p>Putin met Witkoff in Moscow on Friday for three hours of talks about a ceasefire, the Kremlin said.</p><p>“We made progress,” Putin said afterwards.</p></article></body></html>`)
	}))
	defer page.Close()
	t.Run("a loopback URL is refused by default", func(t *testing.T) {
		_, ts := newTestServer(t)
		wantError(t, post(t, ts, "/api/ingest", `{"url": "`+page.URL+`/story"}`), 403, chronicle.EFORBIDDEN)
	})
	t.Run("allow-private lets it through", func(t *testing.T) {
		_, ts := newTestServer(t, func(s *Server) { s.Reader.Fetcher.AllowPrivate = true })
		resp := post(t, ts, "/api/ingest", `{"url": "`+page.URL+`/story"}`)
		if resp.StatusCode != 201 {
			t.Fatalf("status %d: %s", resp.StatusCode, body(t, resp))
		}
		var res ingestResult
		decode(t, resp, &res)
		if len(res.Articles) != 1 || res.Articles[0].Events == 0 {
			t.Fatalf("ingested %+v", res)
		}
		if get(t, ts, "/api/articles/"+res.Articles[0].ID).StatusCode != 200 {
			t.Errorf("%s not stored", res.Articles[0].ID)
		}
	})
}

func TestOpenAPICoversEveryRoute(t *testing.T) {
	s, ts := newTestServer(t)
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	resp := get(t, ts, "/api/openapi.json")
	decode(t, resp, &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi %q", doc.OpenAPI)
	}
	documented := 0
	for _, r := range s.routes {
		if !r.API {
			continue
		}
		path := strings.ReplaceAll(r.Path, "...}", "}")
		ops, ok := doc.Paths[path]
		if !ok {
			t.Errorf("route %s %s is not in openapi.json", r.Method, r.Path)
			continue
		}
		if _, ok := ops[strings.ToLower(r.Method)]; !ok {
			t.Errorf("route %s %s: openapi.json lacks the %s operation", r.Method, r.Path, r.Method)
		}
		documented++
	}
	// And nothing documented that is not served.
	served := map[string]bool{}
	for _, r := range s.routes {
		served[strings.ToLower(r.Method)+" "+strings.ReplaceAll(r.Path, "...}", "}")] = true
	}
	for p, ops := range doc.Paths {
		for m := range ops {
			if !served[m+" "+p] {
				t.Errorf("openapi.json documents %s %s, which is not served", m, p)
			}
		}
	}
	if documented < 13 {
		t.Errorf("only %d routes documented", documented)
	}
}

func TestUIPagesRenderWithAStrictCSP(t *testing.T) {
	_, ts := newTestServer(t)
	_, plain := newTestServer(t, withoutStories)
	for _, p := range []string{"/events", "/outlets", "/actors/Putin", "/events/e1"} {
		if b := body(t, get(t, plain, p)); !strings.Contains(b, "not available yet") {
			t.Errorf("GET %s without a story store lacks the empty state", p)
		}
	}
	post(t, ts, "/api/articles", input("news.example/a", storyText))
	pages := map[string]string{
		"/":                        "Talks in Moscow",
		"/?q=progress":             "news.example/a",
		"/articles/news.example/a": "hl-quote",
		"/events":                  "CONSULT",
		"/actors/RUSGOV":           "We made progress",
		"/actors":                  "Vladimir Putin",
		"/actors/Vladimir%20Putin": "We made progress",
		"/network":                 "<svg",
		"/quotes?q=progress":       "We made progress",
		"/outlets":                 "Wire",
		"/static/style.css":        ".hl-quote",
		"/static/app.js":           "data-layer",
	}
	for p, want := range pages {
		resp := get(t, ts, p)
		b := body(t, resp)
		if resp.StatusCode != 200 {
			t.Errorf("GET %s: %d", p, resp.StatusCode)
			continue
		}
		if !strings.Contains(b, want) {
			t.Errorf("GET %s lacks %q", p, want)
		}
		csp := resp.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("GET %s: CSP %q", p, csp)
		}
	}
	resp := get(t, ts, "/articles/missing")
	if resp.StatusCode != 404 || !strings.Contains(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("missing article page: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
}

// xssText carries every payload the UI must show as text.
const xssText = `Putin met Witkoff. <script>window.__xss=1</script> “<img src=x onerror="window.__xss=2">,” Putin said. ` +
	`<a href="javascript:window.__xss=3">click</a> so-called <svg onload="window.__xss=4"></svg>`

func TestArticleTextIsEscaped(t *testing.T) {
	_, ts := newTestServer(t)
	resp := post(t, ts, "/api/articles", input("xss", xssText, "title", `<script>window.__xss=5</script>`, "url", "javascript:window.__xss=6", "publisher", `"><img src=x onerror=alert(1)>`))
	if resp.StatusCode != 201 {
		t.Fatalf("post: %d %s", resp.StatusCode, body(t, resp))
	}
	for _, p := range []string{"/articles/xss", "/", "/quotes?q=img", "/actors/Vladimir%20Putin"} {
		b := body(t, get(t, ts, p))
		for _, bad := range []string{"<script>window", "<img src=x", "<svg onload", `href="javascript:`, "<a href=\"javascript", `"><img`} {
			if strings.Contains(b, bad) {
				t.Errorf("GET %s contains %q unescaped", p, bad)
			}
		}
	}
	b := body(t, get(t, ts, "/articles/xss"))
	if !strings.Contains(b, "&lt;script&gt;window.__xss=1&lt;/script&gt;") {
		t.Error("the script tag is not shown as text")
	}
}

func TestAnnotateNestsOverlappingSpans(t *testing.T) {
	doc := &chronicle.Document{Text: "“Putin met Witkoff,” he said."}
	ix := text.NewIndex(doc.Text)
	sp := func(sub string) chronicle.Span {
		i := strings.Index(doc.Text, sub)
		return ix.Span(i, i+len(sub))
	}
	doc.Quotes = []chronicle.Quote{{Content: sp("“Putin met Witkoff,”"), SpeakerName: "Putin", Kind: "direct"}}
	doc.Entities = []chronicle.Entity{{Span: sp("Putin"), Type: "PER"}, {Span: sp("Witkoff,” he"), Type: "PER"}}
	doc.Events = []chronicle.Event{{Type: "CONSULT", Trigger: sp("met")}}
	doc.Framing = []chronicle.Frame{{Span: chronicle.Span{ByteStart: 2, ByteEnd: 40}}} // off a character boundary: dropped
	segs := annotate(doc)
	var render func([]Segment) string
	render = func(ss []Segment) string {
		var b bytes.Buffer
		for _, s := range ss {
			if s.Mark == nil {
				b.WriteString(s.Text)
				continue
			}
			fmt.Fprintf(&b, "[%s:%s]", s.Mark.Kind, render(s.Children))
		}
		return b.String()
	}
	got := render(segs)
	// Witkoff's span crosses the quote's end, so it is clipped to it.
	want := "[quote:“[entity:Putin] [event:met] [entity:Witkoff,”]] he said."
	if got != want {
		t.Errorf("annotate:\n got %s\nwant %s", got, want)
	}
}

func TestCacheIsEmptiedByWrites(t *testing.T) {
	_, ts := newTestServer(t)
	var page struct {
		Articles []ArticleSummary `json:"articles"`
	}
	decode(t, get(t, ts, "/api/articles"), &page)
	if len(page.Articles) != 0 {
		t.Fatalf("%d articles in a new store", len(page.Articles))
	}
	post(t, ts, "/api/articles", input("c1", storyText))
	decode(t, get(t, ts, "/api/articles"), &page)
	if len(page.Articles) != 1 {
		t.Errorf("after a write the list still shows %d articles", len(page.Articles))
	}
	if b := body(t, get(t, ts, "/")); !strings.Contains(b, "1 stored") {
		t.Error("the home page was served stale after a write")
	}
}

func TestAnalysisTimeLimit(t *testing.T) {
	slow := chronicle.StageFunc{StageName: "slow", Func: func(*chronicle.Document) error { time.Sleep(500 * time.Millisecond); return nil }}
	_, ts := newTestServer(t, func(s *Server) {
		s.Pipeline = &chronicle.Pipeline{Stages: []chronicle.Stage{text.Stage{}, slow}}
		s.WriteTimeout = 50 * time.Millisecond
	})
	wantError(t, post(t, ts, "/api/analyze", input("slow", storyText)), 503, "timeout")
}

func TestAStagePanicIsAnInternalError(t *testing.T) {
	boom := chronicle.StageFunc{StageName: "boom", Func: func(*chronicle.Document) error { panic("boom") }}
	_, ts := newTestServer(t, func(s *Server) { s.Pipeline = &chronicle.Pipeline{Stages: []chronicle.Stage{boom}} })
	wantError(t, post(t, ts, "/api/articles", input("p", storyText)), 500, chronicle.EINTERNAL)
	// The server goes on answering.
	if resp := get(t, ts, "/healthz"); resp.StatusCode != 200 {
		t.Errorf("after a panic: %d", resp.StatusCode)
	}
}
