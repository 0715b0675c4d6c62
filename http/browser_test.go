package http

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/analyzer"
)

// The browser tests drive a real headless Chromium (Debian package
// chromium, installed by scripts/test-deps.sh). They fail when it is missing,
// unless CHRONICLE_SKIP_BROWSER=1 says to skip them.
var screenshots = flag.Bool("screenshots", false, "write screenshots of the main views to ../docs/screenshots")

func chromiumPath(t *testing.T) string {
	t.Helper()
	if os.Getenv("CHRONICLE_SKIP_BROWSER") == "1" {
		t.Skip("CHRONICLE_SKIP_BROWSER=1: browser tests skipped")
	}
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no Chromium found: install the Debian package chromium (make test-deps does, as root), " +
		"set CHROME_PATH, or set CHRONICLE_SKIP_BROWSER=1 to skip the browser tests")
	return ""
}

// newBrowser starts a headless Chromium with a fresh profile and no
// background networking (the test machine has no network).
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("no-pings", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelB(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	// Bound the whole test; derived after the first run, so that the
	// timeout does not stop the browser itself early.
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancelT)
	return ctx
}

// do runs steps and fails the test on an error.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// eval returns the value of a JavaScript expression in the page.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

func textOf(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return v
}

func attr(t *testing.T, ctx context.Context, sel, name string) string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(sel), name))
	if err != nil {
		t.Fatalf("%s[%s]: %v", sel, name, err)
	}
	return v.Value
}

// dialogs records every JavaScript dialog the page opens, and dismisses it.
func dialogs(ctx context.Context) func() []string {
	var mu sync.Mutex
	var seen []string
	events := chromedp.Events(ctx, cdppage.JavascriptDialogOpening)
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			mu.Lock()
			seen = append(seen, ev.Message)
			mu.Unlock()
			chromedp.Call(ctx, cdppage.HandleJavaScriptDialog, cdppage.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), seen...)
	}
}

// screenshot saves the page as ../docs/screenshots/name.png when the test
// runs with -screenshots.
func screenshot(name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if !*screenshots {
			return nil
		}
		buf, err := chromedp.FullScreenshot(90)(ctx, tg)
		if err != nil {
			return err
		}
		dir := filepath.Join("..", "docs", "screenshots")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		// FullScreenshot gives a JPEG below quality 100; ask for PNG.
		if len(buf) > 3 && buf[0] == 0xFF {
			res, err := chromedp.Call(ctx, cdppage.CaptureScreenshot, cdppage.CaptureScreenshotParams{Format: cdppage.CaptureScreenshotFormatPng, CaptureBeyondViewport: ptr(true)})
			if err != nil {
				return err
			}
			buf = res.Data
		}
		return os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644)
	})
}

func ptr[T any](v T) *T { return &v }

func css(s string) chromedp.CSS { return chromedp.CSS(s) }

// TestBrowserPasteArticleHighlightsSearchesAndTimeline runs the UI on an
// article written here, so the suite needs nothing outside the repository:
// paste it in the form, see its highlights and a quote's speaker, search the
// quote, open the timeline and the network.
func TestBrowserPasteArticleHighlightsSearchesAndTimeline(t *testing.T) {
	ctx := newBrowser(t)
	_, ts := newTestServer(t)
	do(t, ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(css(`textarea[name=text]`)),
		chromedp.SendKeys(css(`input[name=title]`), "Talks in Moscow"),
		chromedp.SendKeys(css(`input[name=publisher]`), "Wire"),
		chromedp.SetValue(css(`input[name=published]`), "2025-04-25"),
		chromedp.SetValue(css(`input[name=doc_id]`), "news.example/talks"),
		chromedp.SetValue(css(`textarea[name=text]`), storyText),
		chromedp.Click(css(`form[action="/articles"] button`)),
		chromedp.WaitVisible(css(`#text`)),
	)
	quotes := eval[int](t, ctx, `document.querySelectorAll('#text .hl-quote').length`)
	entities := eval[int](t, ctx, `document.querySelectorAll('#text .hl-entity').length`)
	events := eval[int](t, ctx, `document.querySelectorAll('#text .hl-event').length`)
	frames := eval[int](t, ctx, `document.querySelectorAll('#text .hl-frame').length`)
	if quotes != 1 || entities != 4 || events != 1 || frames != 1 {
		t.Errorf("highlights: %d quotes, %d entities, %d events, %d loaded terms", quotes, entities, events, frames)
	}
	if loc := eval[string](t, ctx, `location.pathname`); loc != "/articles/news.example/talks" {
		t.Errorf("the form led to %s", loc)
	}
	if title := attr(t, ctx, `#q0`, "title"); !strings.Contains(title, "Vladimir Putin") {
		t.Errorf("quote title %q lacks the speaker", title)
	}
	// Keyboard: tabbing onto the quote shows its speaker (CSS ::after).
	do(t, ctx, chromedp.Focus(css(`#q0`)), screenshot("article-own"))
	focused := eval[string](t, ctx, `document.activeElement.id`)
	tip := eval[string](t, ctx, `getComputedStyle(document.querySelector('#q0'), '::after').content`)
	if focused != "q0" || !strings.Contains(tip, "Vladimir Putin") {
		t.Errorf("focused %q, tooltip %q", focused, tip)
	}
	// The side panel's link moves focus to the highlighted quote.
	do(t, ctx, chromedp.Focus(css(`main`)), chromedp.Click(css(`.panel a[href="#q0"]`)), chromedp.Sleep(100*time.Millisecond))
	if f := eval[string](t, ctx, `document.activeElement.id`); f != "q0" {
		t.Errorf("after the side-panel link, focus is on %q", f)
	}
	// Turning a layer off removes its highlight colour.
	do(t, ctx, chromedp.Click(css(`input[data-layer=entity]`)))
	if bg := eval[string](t, ctx, `getComputedStyle(document.querySelector('#text .hl-entity')).backgroundColor`); bg != "rgba(0, 0, 0, 0)" {
		t.Errorf("entity highlight still %s after unticking", bg)
	}

	do(t, ctx,
		chromedp.Navigate(ts.URL+"/quotes"),
		chromedp.SendKeys(css(`input[name=q]`), "progress"),
		chromedp.Submit(css(`input[name=q]`)),
		chromedp.WaitVisible(css(`#quote-results`)),
	)
	if results := textOf(t, ctx, `#quote-results`); !strings.Contains(results, "We made progress") || !strings.Contains(results, "Vladimir Putin") {
		t.Errorf("quote search shows %q", results)
	}
	do(t, ctx, chromedp.Navigate(ts.URL+"/events?actor=RUS"), chromedp.WaitVisible(css(`main h1`)))
	if tl := textOf(t, ctx, `main`); !strings.Contains(tl, "CONSULT") || !strings.Contains(tl, "Talks in Moscow") {
		t.Errorf("timeline shows %q", tl)
	}
	do(t, ctx, chromedp.Navigate(ts.URL+"/network"), chromedp.WaitVisible(css(`.net svg`)))
	if edges := eval[int](t, ctx, `document.querySelectorAll('.net svg .edges path').length`); edges != 1 {
		t.Errorf("network has %d edges", edges)
	}
}

// TestBrowserXSSPayloadsStayInert stores an article whose text, title, URL
// and publisher carry script payloads and checks that no page runs them.
func TestBrowserXSSPayloadsStayInert(t *testing.T) {
	ctx := newBrowser(t)
	_, ts := newTestServer(t)
	resp := post(t, ts, "/api/articles", input("xss/1", xssText, "title", `<script>window.__xss=5</script><img src=x onerror="window.__xss=7">`,
		"url", "javascript:window.__xss=6", "publisher", `"><img src=x onerror=alert(1)>`))
	if resp.StatusCode != 201 {
		t.Fatalf("post: %d", resp.StatusCode)
	}
	seen := dialogs(ctx)
	for _, p := range []string{"/articles/xss/1", "/", "/quotes?q=img", "/actors/Vladimir%20Putin", "/events", "/outlets", "/network"} {
		do(t, ctx, chromedp.Navigate(ts.URL+p), chromedp.WaitReady(css(`body`)), chromedp.Sleep(150*time.Millisecond))
		// Activate every link and focus every element: none may run script.
		eval[chromedp.Void](t, ctx, `document.querySelectorAll('#text *, .meta a, main a').forEach(function (el) { el.focus(); el.dispatchEvent(new MouseEvent('mouseover')); }); undefined`)
		if xss := eval[string](t, ctx, `typeof window.__xss`); xss != "undefined" {
			t.Errorf("%s: window.__xss is set: a payload ran", p)
		}
		if n := eval[int](t, ctx, `document.scripts.length`); n != 1 {
			t.Errorf("%s: %d script elements, want only app.js", p, n)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll('a[href^="javascript:" i], [onerror], [onload]').length`); n != 0 {
			t.Errorf("%s: %d javascript: links or event-handler attributes", p, n)
		}
	}
	do(t, ctx, chromedp.Navigate(ts.URL+"/articles/xss/1"), chromedp.WaitVisible(css(`#text`)))
	if shown := textOf(t, ctx, `#text`); !strings.Contains(shown, "<script>window.__xss=1</script>") {
		t.Errorf("the payload is not shown as text: %q", shown)
	}
	if h := textOf(t, ctx, `h1`); !strings.Contains(h, "<script>") {
		t.Errorf("the title is not shown as text: %q", h)
	}
	time.Sleep(200 * time.Millisecond)
	if d := seen(); len(d) > 0 {
		t.Errorf("dialogs opened: %q", d)
	}
}

// sharedDir is ../shared as seen from the repository root.
func sharedDir() string {
	if d := os.Getenv("CHRONICLE_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared")
}

var (
	pipelineOnce sync.Once
	pipeline     *chronicle.Pipeline
	pipelineErr  error
)

// TestBrowserSeedStory analyses the example story with the real pipeline,
// posts it through the API and reads it in the browser, and takes the
// screenshots of every main view shown in README.md.
func TestBrowserSeedStory(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join(sharedDir(), "seed", "moscow-talks.txt"))
	if err != nil {
		t.Skipf("the seed story is not here (%v): the shared data folder ../shared is absent", err)
	}
	ctx := newBrowser(t)
	pipelineOnce.Do(func() { pipeline, pipelineErr = analyzer.New(analyzer.Options{}) })
	if pipelineErr != nil {
		t.Fatal(pipelineErr)
	}
	_, ts := newTestServer(t, func(s *Server) { s.Pipeline = pipeline })
	in, _ := json.Marshal(map[string]string{"doc_id": "moscow-talks", "text": string(seed), "published": "2025-04-25", "publisher": "Realist English", "title": "Putin meets Witkoff in Moscow"})
	if resp := post(t, ts, "/api/articles", string(in)); resp.StatusCode != 201 {
		t.Fatalf("post seed: %d %s", resp.StatusCode, body(t, resp))
	}
	// A second report of the talks, so that the events and outlet pages
	// have more than one source to show.
	second, _ := json.Marshal(map[string]string{"doc_id": "wire/moscow-talks", "published": "2025-04-25", "publisher": "Wire", "title": "Witkoff and Putin talk for three hours",
		"text": "MOSCOW (Wire). Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow on Friday. " +
			"Kremlin aide Yury Ushakov said the talks were “constructive and useful.” A Russian missile strike on Kyiv killed 9 people on Thursday, Ukrainian officials said; " +
			"Russian officials said the strike hit military targets."})
	post(t, ts, "/api/articles", string(second))
	do(t, ctx, chromedp.Navigate(ts.URL+"/articles/moscow-talks"), chromedp.WaitVisible(css(`#text`)))
	if n := eval[int](t, ctx, `document.querySelectorAll('#text .hl-quote').length`); n < 5 {
		t.Errorf("%d quotes highlighted in the seed story", n)
	}
	if title := attr(t, ctx, `#text .hl-quote`, "title"); !strings.Contains(title, "speaker: ") || strings.HasSuffix(title, "unknown") {
		t.Errorf("first quote's title %q names no speaker", title)
	}
	do(t, ctx, chromedp.Focus(css(`#text .hl-quote`)), screenshot("article"))
	do(t, ctx, chromedp.Navigate(ts.URL+"/quotes?q=progress"), chromedp.WaitVisible(css(`main`)), screenshot("quotes"))
	if results := textOf(t, ctx, `main`); !strings.Contains(results, "progress") {
		t.Errorf("quote search for 'progress' shows %q", results)
	}
	for _, v := range []struct{ name, path string }{
		{"home", "/"}, {"events", "/events"}, {"network", "/network"}, {"outlets", "/outlets"}, {"actor", "/actors/Donald%20Trump"},
	} {
		do(t, ctx, chromedp.Navigate(ts.URL+v.path), chromedp.WaitVisible(css(`main`)), screenshot(v.name))
	}
	// Readable on a phone: the side panel drops below the text.
	do(t, ctx,
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(ts.URL+"/articles/moscow-talks"),
		chromedp.WaitVisible(css(`#text`)),
		screenshot("article-phone"),
	)
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 400 {
		t.Errorf("on a 390px screen the page is %dpx wide", w)
	}
}
