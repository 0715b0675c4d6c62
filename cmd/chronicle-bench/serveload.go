package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/analyzer"
	chttp "github.com/chronicle-news/chronicle/http"
	"github.com/chronicle-news/chronicle/sqlite"
	"github.com/chronicle-news/chronicle/story"
)

// The serve load test: a `chronicle serve` handler on 127.0.0.1 over a
// SQLite store of loadArticles analysed BBC articles and one big article
// (-load-big bytes of BBC articles joined), asked for a mix of reads at a fixed
// rate (open loop: requests start on schedule whether or not earlier ones
// finished) while a writer posts -load-writes new articles a second
// through the API. Bounded in count (rate × duration) and time, and loopback
// only.
const (
	loadArticles = 200
	loadTarget   = 100 * time.Millisecond // p99 to meet
	maxInFlight  = 256
)

func serveLoad(corpus string, rate int, dur time.Duration, bigBytes, writesPerSec int) error {
	corpusArts, err := load(corpus, 0)
	if err != nil {
		return err
	}
	if len(corpusArts) < loadArticles+1 {
		return fmt.Errorf("the corpus has %d articles, the load test needs more than %d", len(corpusArts), loadArticles)
	}
	arts, fresh := corpusArts[:loadArticles], corpusArts[loadArticles:]
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "chronicle-bench-serve")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	store, err := sqlite.Open(filepath.Join(dir, "bench.db"))
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := analyzer.New(analyzer.Options{})
	if err != nil {
		return err
	}
	ctx := context.Background()
	linker := story.NewLinker(store, story.Options{})
	var ids, words, speakers []string
	start := time.Now()
	for i, a := range arts {
		doc := chronicle.NewDocument(a.ID, a.Text)
		doc.Publisher = []string{"BBC", "Wire", "Daily"}[i%3]
		doc.Published = chronicle.DateOf(time.Date(2025, 1, 1+i%28, 0, 0, 0, 0, time.UTC))
		if err := runSafely(p, doc); err != nil {
			fmt.Fprintln(os.Stderr, "serve load test: skipping", err)
			continue
		}
		if _, err := store.Put(ctx, doc); err != nil {
			return err
		}
		if _, err := linker.Link(ctx, doc); err != nil {
			return err
		}
		ids = append(ids, doc.ID)
		if f := strings.Fields(doc.Text); len(f) > 20 {
			words = append(words, strings.Trim(f[12], ".,;:\"'“”"))
		}
		for _, q := range doc.Quotes {
			if q.SpeakerName != "" {
				speakers = append(speakers, q.SpeakerName)
			}
		}
	}
	var big strings.Builder
	for i := 0; big.Len() < bigBytes; i++ {
		big.WriteString(corpusArts[i%len(corpusArts)].Text)
		big.WriteString("\n\n")
	}
	bigDoc := chronicle.NewDocument("bench/big", strings.ToValidUTF8(big.String()[:min(bigBytes, big.Len())], ""))
	if bigBytes > 0 {
		bigDoc.Publisher, bigDoc.Published = "Daily", chronicle.DateOf(time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC))
		if err := runSafely(p, bigDoc); err != nil {
			return fmt.Errorf("the big article: %w", err)
		}
		if _, err := store.Put(ctx, bigDoc); err != nil {
			return err
		}
		if _, err := linker.Link(ctx, bigDoc); err != nil {
			return err
		}
	}
	fmt.Printf("\nserve load test: %d articles and one of %d bytes (%d quotes) analysed and stored in %.1fs\n",
		len(arts), len(bigDoc.Text), len(bigDoc.Quotes), time.Since(start).Seconds())

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &chttp.Server{Store: store, Pipeline: p, Loopback: true}
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	go srv.Serve(sctx, l)
	base := "http://" + l.Addr().String()

	// pick cycles through xs; each request kind has its own counter (the
	// request's number divided by the number of kinds), so that every kind
	// visits every article rather than a few that the cache would keep.
	pick := func(xs []string, i int) string {
		if len(xs) == 0 {
			return "news"
		}
		return xs[i%len(xs)]
	}
	// The read mix: what a reader of the UI and an API client ask most. Over
	// 30s each article is asked for about once every 8s, longer than the
	// server's response cache keeps it, so most reads are real reads.
	mix := []struct {
		name string
		path func(i int) string
	}{
		{"GET /api/articles/{id}", func(i int) string { return "/api/articles/" + pick(ids, i) }},
		{"GET /articles/{id} (annotated page)", func(i int) string { return "/articles/" + pick(ids, i+len(ids)/2) }},
		{"GET /api/articles?limit=20", func(i int) string { return "/api/articles?limit=20" }},
		{"GET /api/articles?q=", func(i int) string { return "/api/articles?q=" + url.QueryEscape(pick(words, i)) }},
		{"GET /api/quotes?speaker=", func(i int) string { return "/api/quotes?speaker=" + url.QueryEscape(pick(speakers, i)) }},
		{"GET /api/events", func(i int) string { return "/api/events?limit=50" }},
		{"GET /", func(i int) string { return "/" }},
		{"GET /healthz", func(i int) string { return "/healthz" }},
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: maxInFlight, MaxConnsPerHost: maxInFlight}}
	type sample struct {
		kind int
		d    time.Duration
		ok   bool
	}
	total := rate * int(dur/time.Second)
	samples := make([]sample, total)
	var wg sync.WaitGroup
	sem := make(chan struct{}, maxInFlight)
	interval := time.Second / time.Duration(rate)
	loadAvg := "?"
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		loadAvg = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	// The writer: new articles posted through the API during the reads.
	type write struct {
		d  time.Duration
		ok bool
	}
	var writes []write
	wctx, stopWrites := context.WithCancel(ctx)
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		if writesPerSec <= 0 {
			return
		}
		tick := time.NewTicker(time.Second / time.Duration(writesPerSec))
		defer tick.Stop()
		for i := 0; i < len(fresh); i++ {
			select {
			case <-wctx.Done():
				return
			case <-tick.C:
			}
			a := fresh[i]
			body := fmt.Sprintf(`{"doc_id": %q, "text": %q, "publisher": "Wire"}`, "fresh/"+a.ID, a.Text)
			t0 := time.Now()
			resp, err := client.Post(base+"/api/articles", "application/json", strings.NewReader(body))
			ok := err == nil
			if err == nil {
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				ok = resp.StatusCode == http.StatusCreated || resp.StatusCode == http.StatusOK
			}
			writes = append(writes, write{time.Since(t0), ok})
		}
	}()
	begin := time.Now()
	for i := 0; i < total; i++ {
		if wait := time.Until(begin.Add(time.Duration(i) * interval)); wait > 0 {
			time.Sleep(wait)
		}
		sem <- struct{}{}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			k := i % len(mix)
			t0 := time.Now()
			resp, err := client.Get(base + mix[k].path(i/len(mix)))
			ok := err == nil
			if err == nil {
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				ok = resp.StatusCode == http.StatusOK
			}
			samples[i] = sample{kind: k, d: time.Since(t0), ok: ok}
		}(i)
	}
	wg.Wait()
	elapsed := time.Since(begin)
	stopWrites()
	<-writerDone

	pct := func(ds []time.Duration, q float64) time.Duration {
		if len(ds) == 0 {
			return 0
		}
		return ds[min(len(ds)-1, int(q*float64(len(ds))))]
	}
	var all []time.Duration
	byKind := make([][]time.Duration, len(mix))
	failed := 0
	for _, s := range samples {
		all = append(all, s.d)
		byKind[s.kind] = append(byKind[s.kind], s.d)
		if !s.ok {
			failed++
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	fmt.Printf("%d requests at %d/s for %s on %s: %.1f req/s achieved, %d failed (load average before: %s)\n", total, rate, dur, base, float64(total)/elapsed.Seconds(), failed, loadAvg)
	fmt.Printf("%-38s %8s %8s %8s %8s\n", "request", "p50 ms", "p90 ms", "p99 ms", "max ms")
	for k, m := range mix {
		ds := byKind[k]
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		fmt.Printf("%-38s %8.1f %8.1f %8.1f %8.1f\n", m.name, ms(pct(ds, .5)), ms(pct(ds, .9)), ms(pct(ds, .99)), ms(pct(ds, 1)))
	}
	var wds []time.Duration
	wfailed := 0
	for _, w := range writes {
		wds = append(wds, w.d)
		if !w.ok {
			wfailed++
		}
	}
	sort.Slice(wds, func(i, j int) bool { return wds[i] < wds[j] })
	fmt.Printf("%-38s %8.1f %8.1f %8.1f %8.1f  (%d writes, %d failed; not in the read figures)\n", "POST /api/articles (concurrent)",
		ms(pct(wds, .5)), ms(pct(wds, .9)), ms(pct(wds, .99)), ms(pct(wds, 1)), len(writes), wfailed)
	p99 := pct(all, .99)
	fmt.Printf("%-38s %8.1f %8.1f %8.1f %8.1f\n", "all", ms(pct(all, .5)), ms(pct(all, .9)), ms(p99), ms(pct(all, 1)))
	verdict := "meets"
	if p99 >= loadTarget || failed > 0 {
		verdict = "MISSES"
	}
	fmt.Printf("serve p99 %.1f ms %s the target of < %s with no failures\n", ms(p99), verdict, loadTarget)
	return nil
}

// runSafely runs the pipeline and turns a panic into an error, so that one
// bad article does not stop the load test's seeding.
func runSafely(p *chronicle.Pipeline, doc *chronicle.Document) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("%s: panic: %v", doc.ID, v)
		}
	}()
	return p.Run(doc)
}
