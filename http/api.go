package http

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	nethttp "net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest/jsonl"
)

// maxIngestDocs bounds the articles one POST /api/ingest stores (a feed URL
// yields one per item).
const maxIngestDocs = 50

func (s *Server) handleHealth(w nethttp.ResponseWriter, r *nethttp.Request) {
	n, err := s.Store.Count(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, map[string]any{"status": "ok", "documents": n})
}

func (s *Server) handleAPINotFound(w nethttp.ResponseWriter, r *nethttp.Request) {
	s.error(w, r, chronicle.Errorf(chronicle.ENOTFOUND, "no such endpoint: %s %s (see /api/openapi.json)", r.Method, r.URL.Path))
}

// ArticleSummary is one article in a list: its metadata and how much each
// layer found, without the text.
type ArticleSummary struct {
	ID        string         `json:"doc_id"`
	Title     string         `json:"title,omitempty"`
	URL       string         `json:"url,omitempty"`
	Publisher string         `json:"publisher,omitempty"`
	Published chronicle.Date `json:"published,omitempty"`
	Revision  int            `json:"revision,omitempty"`
	Entities  int            `json:"entities"`
	Quotes    int            `json:"quotes"`
	Events    int            `json:"events"`
	Framing   int            `json:"framing"`
	Status    string         `json:"status,omitempty"`
}

func summarize(d *chronicle.Document) ArticleSummary {
	return ArticleSummary{ID: d.ID, Title: d.Title, URL: d.URL, Publisher: d.Publisher, Published: d.Published,
		Revision: d.Revision, Entities: len(d.Entities), Quotes: len(d.Quotes), Events: len(d.Events), Framing: len(d.Framing)}
}

// documentFilter reads the list parameters shared by the API and the UI.
func documentFilter(r *nethttp.Request) (chronicle.DocumentFilter, error) {
	q := r.URL.Query()
	f := chronicle.DocumentFilter{
		Text:      strings.TrimSpace(q.Get("q")),
		Actor:     strings.TrimSpace(q.Get("actor")),
		Publisher: strings.TrimSpace(q.Get("publisher")),
		EventType: strings.TrimSpace(q.Get("event")),
		Cursor:    q.Get("cursor"),
	}
	var err error
	if f.Since, err = chronicle.ParseDate(q.Get("since")); err != nil {
		return f, err
	}
	if f.Until, err = chronicle.ParseDate(q.Get("until")); err != nil {
		return f, err
	}
	if f.Limit, err = intParam(q.Get("limit"), 20, 200); err != nil {
		return f, err
	}
	return f, nil
}

// intParam reads an optional non-negative integer no larger than max.
func intParam(s string, def, max int) (int, error) {
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, chronicle.Errorf(chronicle.EINVALID, "%q is not a non-negative number", s)
	}
	return min(n, max), nil
}

func (s *Server) handleListArticles(w nethttp.ResponseWriter, r *nethttp.Request) {
	f, err := documentFilter(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	list, next, err := s.listArticles(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := struct {
		Articles   []ArticleSummary `json:"articles"`
		NextCursor string           `json:"next_cursor"`
	}{Articles: list, NextCursor: next}
	writeJSON(w, nethttp.StatusOK, out)
}

// listArticles returns a page of article summaries and the next page's
// cursor: from the store's summaries where it keeps them, so that no
// article's whole record is read for a list, else from Find.
func (s *Server) listArticles(ctx context.Context, f chronicle.DocumentFilter) ([]ArticleSummary, string, error) {
	out := []ArticleSummary{}
	if l, ok := s.Store.(chronicle.Lister); ok {
		page, err := l.Summaries(ctx, f)
		for _, m := range page.Summaries {
			out = append(out, ArticleSummary{ID: m.ID, Title: m.Title, URL: m.URL, Publisher: m.Publisher, Published: m.Published,
				Revision: m.Revision, Entities: m.Entities, Quotes: m.Quotes, Events: m.Events, Framing: m.Framing})
		}
		return out, page.NextCursor, err
	}
	page, err := s.Store.Find(ctx, f)
	for _, d := range page.Documents {
		out = append(out, summarize(d))
	}
	return out, page.NextCursor, err
}

func (s *Server) handleGetArticle(w nethttp.ResponseWriter, r *nethttp.Request) {
	doc, err := s.Store.Get(r.Context(), r.PathValue("doc_id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, doc)
}

// readInput decodes one input object of the JSONL form from a request body.
func (s *Server) readInput(r *nethttp.Request) (*chronicle.Document, error) {
	b, err := io.ReadAll(r.Body)
	if err != nil {
		var mbe *nethttp.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, err
		}
		return nil, chronicle.Errorf(chronicle.EINVALID, "read body: %v", err)
	}
	it, err := jsonl.Parse(b)
	if err != nil {
		return nil, err
	}
	return s.Reader.FromItem(it)
}

// analyze runs the pipeline on doc under ctx. At most MaxAnalyses analyses
// run at once; the others wait their turn. When ctx ends (the request timed
// out or its client went away) the analysis stops at its next stage or
// section boundary and its slot is given back at once.
func (s *Server) analyze(ctx context.Context, doc *chronicle.Document) error {
	if s.Pipeline == nil {
		return chronicle.Errorf(chronicle.EUNSUPPORTED, "this server does not analyse articles")
	}
	select {
	case s.analyses <- struct{}{}:
	case <-ctx.Done():
		return errTimeout
	}
	var once sync.Once
	release := func() { once.Do(func() { <-s.analyses }) }
	defer release()
	done := make(chan error, 1)
	go func() {
		defer release()
		defer func() {
			if v := recover(); v != nil {
				done <- fmt.Errorf("analyse %s: panic: %v", doc.ID, v)
			}
		}()
		done <- s.Pipeline.RunContext(ctx, doc)
	}()
	select {
	case err := <-done:
		if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			return errTimeout
		}
		s.metrics.Analysed(err)
		return err
	case <-ctx.Done():
		return errTimeout
	}
}

// store analyses doc, stores it and links it into the merged events. The
// document is kept when linking fails; the failure is logged.
func (s *Server) store(ctx context.Context, doc *chronicle.Document) (chronicle.PutResult, error) {
	if err := s.analyze(ctx, doc); err != nil {
		return chronicle.PutResult{}, err
	}
	res, err := s.Store.Put(ctx, doc)
	if s.cache != nil {
		s.cache.invalidate()
	}
	if err != nil || s.linker == nil {
		return res, err
	}
	s.linkMu.Lock()
	defer s.linkMu.Unlock()
	if _, err := s.linker.Link(ctx, doc); err != nil {
		s.Logger.Error("link", "doc_id", doc.ID, "err", err)
	}
	if s.cache != nil {
		s.cache.invalidate()
	}
	return res, nil
}

func (s *Server) handlePostArticle(w nethttp.ResponseWriter, r *nethttp.Request) {
	doc, err := s.readInput(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	res, err := s.store(r.Context(), doc)
	if err != nil {
		s.error(w, r, err)
		return
	}
	status := nethttp.StatusCreated
	if res.Status == chronicle.PutUnchanged {
		status = nethttp.StatusOK
	}
	w.Header().Set("Location", "/api/articles/"+escapeID(doc.ID))
	w.Header().Set("X-Chronicle-Put", string(res.Status))
	writeJSON(w, status, doc)
}

func (s *Server) handleAnalyze(w nethttp.ResponseWriter, r *nethttp.Request) {
	doc, err := s.readInput(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if err := s.analyze(r.Context(), doc); err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, doc)
}

// ingestResult is the answer to POST /api/ingest.
type ingestResult struct {
	Articles []ArticleSummary `json:"articles"`
	Errors   []string         `json:"errors"`
}

// ingestURL fetches rawURL through the SSRF guard, analyses and stores what
// it yields. A URL that gives nothing, or only errors, is an error.
func (s *Server) ingestURL(ctx context.Context, rawURL string) (ingestResult, error) {
	res := ingestResult{Articles: []ArticleSummary{}, Errors: []string{}}
	rawURL = strings.TrimSpace(rawURL)
	if rawURL == "" {
		return res, chronicle.Errorf(chronicle.EINVALID, "url is required")
	}
	if !strings.HasPrefix(rawURL, "http://") && !strings.HasPrefix(rawURL, "https://") {
		return res, chronicle.Errorf(chronicle.EINVALID, "url must start with http:// or https://")
	}
	if s.Reader.Fetcher == nil {
		return res, chronicle.Errorf(chronicle.EUNSUPPORTED, "fetching URLs is turned off on this server")
	}
	var first error
	errStop := errors.New("stop")
	err := s.Reader.Read(ctx, rawURL, func(doc *chronicle.Document, err error) error {
		if err == nil {
			var put chronicle.PutResult
			if put, err = s.store(ctx, doc); err == nil {
				sum := summarize(doc)
				sum.Status = string(put.Status)
				res.Articles = append(res.Articles, sum)
			}
		}
		if err != nil {
			if first == nil {
				first = err
			}
			res.Errors = append(res.Errors, errorMessage(err))
		}
		if len(res.Articles)+len(res.Errors) >= maxIngestDocs {
			return errStop
		}
		return ctx.Err()
	})
	if err != nil && !errors.Is(err, errStop) {
		return res, err
	}
	if len(res.Articles) == 0 {
		if first != nil {
			return res, first
		}
		return res, chronicle.Errorf(chronicle.EINVALID, "%s: no article found", rawURL)
	}
	return res, nil
}

func (s *Server) handleIngest(w nethttp.ResponseWriter, r *nethttp.Request) {
	var in struct {
		URL string `json:"url"`
	}
	dec := json.NewDecoder(r.Body)
	if err := dec.Decode(&in); err != nil {
		var mbe *nethttp.MaxBytesError
		if errors.As(err, &mbe) {
			s.error(w, r, err)
			return
		}
		s.error(w, r, chronicle.Errorf(chronicle.EINVALID, "body: want {\"url\": \"https://…\"}: %v", err))
		return
	}
	res, err := s.ingestURL(r.Context(), in.URL)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusCreated, res)
}

// stories returns the store's cross-story side, or an EUNSUPPORTED error
// while the store has none.
func (s *Server) stories() (chronicle.StoryStore, error) {
	if ss, ok := s.Store.(chronicle.StoryStore); ok {
		return ss, nil
	}
	return nil, chronicle.Errorf(chronicle.EUNSUPPORTED, "this store does not merge events across articles yet")
}

func eventFilter(r *nethttp.Request) (chronicle.EventFilter, error) {
	q := r.URL.Query()
	f := chronicle.EventFilter{
		Type:   strings.ToUpper(strings.TrimSpace(q.Get("type"))),
		Actor:  strings.TrimSpace(q.Get("actor")),
		Source: strings.TrimSpace(q.Get("source")),
	}
	var err error
	if f.Since, err = chronicle.ParseDate(q.Get("since")); err != nil {
		return f, err
	}
	if f.Until, err = chronicle.ParseDate(q.Get("until")); err != nil {
		return f, err
	}
	if f.Limit, err = intParam(q.Get("limit"), 100, 1000); err != nil {
		return f, err
	}
	if f.MinSources, err = intParam(q.Get("min_sources"), 0, 1000); err != nil {
		return f, err
	}
	return f, nil
}

func (s *Server) handleListEvents(w nethttp.ResponseWriter, r *nethttp.Request) {
	f, err := eventFilter(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	ss, err := s.stories()
	if err != nil {
		s.error(w, r, err)
		return
	}
	evs, err := ss.Events(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if evs == nil {
		evs = []chronicle.EventCluster{}
	}
	writeJSON(w, nethttp.StatusOK, map[string]any{"events": evs})
}

func (s *Server) handleGetEvent(w nethttp.ResponseWriter, r *nethttp.Request) {
	ss, err := s.stories()
	if err != nil {
		s.error(w, r, err)
		return
	}
	ev, err := ss.EventCluster(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, ev)
}

func quoteFilter(r *nethttp.Request) (chronicle.QuoteFilter, error) {
	q := r.URL.Query()
	f := chronicle.QuoteFilter{Text: strings.TrimSpace(q.Get("q")), Speaker: strings.TrimSpace(q.Get("speaker"))}
	var err error
	f.Limit, err = intParam(q.Get("limit"), 50, 500)
	return f, err
}

func (s *Server) handleQuotes(w nethttp.ResponseWriter, r *nethttp.Request) {
	f, err := quoteFilter(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	hits, err := s.Store.SearchQuotes(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if hits == nil {
		hits = []chronicle.QuoteHit{}
	}
	writeJSON(w, nethttp.StatusOK, map[string]any{"quotes": hits})
}

func timelineFilter(r *nethttp.Request, actor string) (chronicle.TimelineFilter, error) {
	q := r.URL.Query()
	f := chronicle.TimelineFilter{Actor: strings.TrimSpace(actor), Topic: strings.TrimSpace(q.Get("topic"))}
	if f.Actor == "" {
		return f, chronicle.Errorf(chronicle.EINVALID, "an actor name or code is required")
	}
	var err error
	if f.Since, err = chronicle.ParseDate(q.Get("since")); err != nil {
		return f, err
	}
	if f.Until, err = chronicle.ParseDate(q.Get("until")); err != nil {
		return f, err
	}
	f.Limit, err = intParam(q.Get("limit"), 200, 2000)
	return f, err
}

func (s *Server) handleTimeline(w nethttp.ResponseWriter, r *nethttp.Request) {
	f, err := timelineFilter(r, r.PathValue("actor"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	ss, err := s.stories()
	if err != nil {
		s.error(w, r, err)
		return
	}
	entries, err := ss.Timeline(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if entries == nil {
		entries = []chronicle.TimelineEntry{}
	}
	writeJSON(w, nethttp.StatusOK, map[string]any{"actor": f.Actor, "entries": entries})
}

func (s *Server) handleOutlets(w nethttp.ResponseWriter, r *nethttp.Request) {
	ss, err := s.stories()
	if err != nil {
		s.error(w, r, err)
		return
	}
	outlets, err := ss.Outlets(r.Context(), strings.TrimSpace(r.URL.Query().Get("publisher")))
	if err != nil {
		s.error(w, r, err)
		return
	}
	if outlets == nil {
		outlets = []chronicle.OutletProfile{}
	}
	writeJSON(w, nethttp.StatusOK, map[string]any{"outlets": outlets})
}

// escapeID escapes a document id for a URL path, keeping its slashes.
func escapeID(id string) string {
	parts := strings.Split(id, "/")
	for i, p := range parts {
		parts[i] = pathEscape(p)
	}
	return strings.Join(parts, "/")
}
