package http

import (
	"bytes"
	"context"
	"embed"
	"html/template"
	"io/fs"
	"math"
	nethttp "net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest/jsonl"
)

//go:embed ui/templates/*.html ui/static/*
var uiFiles embed.FS

// ui holds the parsed page templates. Every page is the layout plus its own
// "content" block. Article text only ever reaches a template as a string, so
// html/template escapes it; nothing here builds template.HTML.
type ui struct {
	pages map[string]*template.Template
}

var pageNames = []string{"home", "article", "events", "event", "actors", "actor", "network", "quotes", "outlets", "error"}

func newUI() *ui {
	funcs := template.FuncMap{
		"articleURL": func(id string) string { return "/articles/" + escapeID(id) },
		"actorURL":   func(a string) string { return "/actors/" + url.PathEscape(a) },
		"eventURL":   func(id string) string { return "/events/" + url.PathEscape(id) },
		"extURL":     safeURL,
		"actor":      actorLabel,
		"speaker":    quoteSpeaker,
		"eventLine":  eventLine,
		"actorKey":   actorKey,
		"color":      eventColor,
		"add":        func(a, b int) int { return a + b },
		"dict": func(kv ...any) map[string]any {
			m := map[string]any{}
			for i := 0; i+1 < len(kv); i += 2 {
				m[kv[i].(string)] = kv[i+1]
			}
			return m
		},
		"figure":    formatFigure,
		"claim":     formatClaim,
		"conflict":  figuresConflict,
		"conflicts": chronicle.ConflictingKinds,
		"join":      strings.Join,
		"bars":      bars,
		"deref":     func(p *int) int { return *p },
		"spanText":  spanText,
		"span":      func(p *chronicle.Span) chronicle.Span { return *p },
		"apiURL":    func(id string) string { return "/api/articles/" + escapeID(id) },
	}
	u := &ui{pages: map[string]*template.Template{}}
	for _, name := range pageNames {
		t := template.New("layout.html").Funcs(funcs)
		u.pages[name] = template.Must(t.ParseFS(uiFiles, "ui/templates/layout.html", "ui/templates/"+name+".html"))
	}
	return u
}

func (u *ui) static() nethttp.Handler {
	sub, err := fs.Sub(uiFiles, "ui")
	if err != nil {
		panic(err)
	}
	fsrv := nethttp.FileServerFS(sub)
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		w.Header().Set("Cache-Control", "public, max-age=300")
		fsrv.ServeHTTP(w, r)
	})
}

// page is what every template receives.
type page struct {
	Title    string
	Nav      string
	HasToken bool
	Data     any
}

// render executes a page into a buffer first, so that a template error
// becomes a clean 500 rather than half a page.
func (s *Server) render(w nethttp.ResponseWriter, r *nethttp.Request, status int, name, title string, data any) {
	var buf bytes.Buffer
	p := page{Title: title, Nav: name, HasToken: s.Token != "", Data: data}
	if err := s.ui.pages[name].Execute(&buf, p); err != nil {
		s.Logger.Error("render", "page", name, "err", err)
		nethttp.Error(w, "internal error", nethttp.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (s *Server) renderError(w nethttp.ResponseWriter, r *nethttp.Request, status int, msg string) {
	s.render(w, r, status, "error", nethttp.StatusText(status), map[string]any{"Status": status, "Message": msg})
}

func (s *Server) pageNotFound(w nethttp.ResponseWriter, r *nethttp.Request) {
	s.error(w, r, chronicle.Errorf(chronicle.ENOTFOUND, "no page at %s", r.URL.Path))
}

// safeURL returns u when it is an http or https URL, "" otherwise, so that a
// javascript: or data: URL from an article never becomes a link.
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

func pathEscape(s string) string { return url.PathEscape(s) }

func itoa(n int) string { return strconv.Itoa(n) }

// spanText is the text a span covers, from the record or from the document.
func spanText(doc *chronicle.Document, sp chronicle.Span) string {
	return sp.In(doc.Text)
}

type homeData struct {
	Query      url.Values
	Filter     chronicle.DocumentFilter
	Articles   []ArticleSummary
	NextURL    string
	Count      int
	Err        string
	Searching  bool
	FirstPage  bool
	CursorUsed bool
}

func (s *Server) pageHome(w nethttp.ResponseWriter, r *nethttp.Request) {
	d := homeData{Query: r.URL.Query()}
	f, err := documentFilter(r)
	d.Filter = f
	d.Searching = f.Text != "" || f.Actor != "" || f.Publisher != "" || f.EventType != "" || !f.Since.IsZero() || !f.Until.IsZero()
	d.CursorUsed = f.Cursor != ""
	if err == nil {
		f.Limit = max(f.Limit, 20)
		var next string
		d.Articles, next, err = s.listArticles(r.Context(), f)
		if next != "" {
			q := r.URL.Query()
			q.Set("cursor", next)
			d.NextURL = "/?" + q.Encode()
		}
	}
	if err != nil {
		d.Err = errorMessage(err)
	}
	d.Count, _ = s.Store.Count(r.Context())
	s.render(w, r, nethttp.StatusOK, "home", "Chronicle", d)
}

// articleData is the annotated article page.
type articleData struct {
	Doc *chronicle.Document
	// Figures lists, for each event, the claims (numbers) tied to it.
	Figures [][]chronicle.Claim
	// Claims are the numbers tied to no event.
	Claims    []chronicle.Claim
	Segments  []Segment
	URL       string
	Revisions []chronicle.Revision
	Changes   []chronicle.RevisionChange
	Entities  []entityRow
	// Techniques are the shown propaganda-technique spans.
	Techniques []techniqueRow
}

type techniqueRow struct {
	Index int
	F     chronicle.Frame
}

type entityRow struct {
	Index int
	E     chronicle.Entity
}

func (s *Server) pageArticle(w nethttp.ResponseWriter, r *nethttp.Request) {
	doc, err := s.Store.Get(r.Context(), r.PathValue("doc_id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	d := articleData{Doc: doc, Segments: annotate(doc), URL: safeURL(doc.URL), Figures: make([][]chronicle.Claim, len(doc.Events))}
	for _, c := range doc.Claims {
		if c.Event != nil && *c.Event >= 0 && *c.Event < len(doc.Events) {
			d.Figures[*c.Event] = append(d.Figures[*c.Event], c)
		} else {
			d.Claims = append(d.Claims, c)
		}
	}
	for i, f := range doc.Techniques {
		if f.Shown {
			d.Techniques = append(d.Techniques, techniqueRow{i, f})
		}
	}
	d.Revisions, _ = s.Store.Revisions(r.Context(), doc.ID)
	if ss, ok := s.Store.(chronicle.StoryStore); ok && len(d.Revisions) > 1 {
		d.Changes, _ = ss.Changes(r.Context(), doc.ID)
	}
	// Side panel: named entities only (first mention of each), not every date.
	seen := map[string]bool{}
	for i, e := range doc.Entities {
		if e.Ref != nil && *e.Ref >= 0 {
			continue
		}
		k := e.Type + "\x00" + spanText(doc, e.Span)
		if seen[k] {
			continue
		}
		seen[k] = true
		d.Entities = append(d.Entities, entityRow{Index: i, E: e})
	}
	title := doc.Title
	if title == "" {
		title = doc.ID
	}
	s.render(w, r, nethttp.StatusOK, "article", title, d)
}

// formDocument reads the paste-an-article form into a document.
func (s *Server) formDocument(r *nethttp.Request) (*chronicle.Document, error) {
	if err := r.ParseForm(); err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "read form: %v", err)
	}
	it := jsonl.Item{
		ID:        strings.TrimSpace(r.PostFormValue("doc_id")),
		Text:      r.PostFormValue("text"),
		Title:     strings.TrimSpace(r.PostFormValue("title")),
		URL:       strings.TrimSpace(r.PostFormValue("url")),
		Publisher: strings.TrimSpace(r.PostFormValue("publisher")),
		Published: strings.TrimSpace(r.PostFormValue("published")),
	}
	if strings.TrimSpace(it.Text) == "" {
		return nil, chronicle.Errorf(chronicle.EINVALID, "paste the article's text")
	}
	if it.ID == "" {
		it.ID = "pasted/" + chronicle.HashText(it.Text)[:12]
	}
	return s.Reader.FromItem(it)
}

func (s *Server) pagePostArticle(w nethttp.ResponseWriter, r *nethttp.Request) {
	doc, err := s.formDocument(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if _, err := s.store(r.Context(), doc); err != nil {
		s.error(w, r, err)
		return
	}
	nethttp.Redirect(w, r, "/articles/"+escapeID(doc.ID), nethttp.StatusSeeOther)
}

func (s *Server) pagePostURL(w nethttp.ResponseWriter, r *nethttp.Request) {
	res, err := s.ingestURL(r.Context(), r.PostFormValue("url"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	nethttp.Redirect(w, r, "/articles/"+escapeID(res.Articles[0].ID), nethttp.StatusSeeOther)
}

// storyData is a page fed by the StoryStore; Missing is set while the store
// has none, and the page shows an empty state instead.
type storyData struct {
	Missing bool
	Err     string
	Query   url.Values
	Data    any
	Extra   any
}

func (s *Server) storyPage(w nethttp.ResponseWriter, r *nethttp.Request, name, title string, load func(ctx context.Context, ss chronicle.StoryStore) (any, error)) {
	d := storyData{Query: r.URL.Query()}
	ss, err := s.stories()
	if err != nil {
		d.Missing = true
	} else if d.Data, err = load(r.Context(), ss); err != nil {
		if chronicle.ErrorCode(err) == chronicle.ENOTFOUND {
			s.error(w, r, err)
			return
		}
		d.Err = errorMessage(err)
	}
	s.render(w, r, nethttp.StatusOK, name, title, d)
}

func (s *Server) pageEvents(w nethttp.ResponseWriter, r *nethttp.Request) {
	s.storyPage(w, r, "events", "Events", func(ctx context.Context, ss chronicle.StoryStore) (any, error) {
		f, err := eventFilter(r)
		if err != nil {
			return nil, err
		}
		return ss.Events(ctx, f)
	})
}

func (s *Server) pageEvent(w nethttp.ResponseWriter, r *nethttp.Request) {
	s.storyPage(w, r, "event", "Event", func(ctx context.Context, ss chronicle.StoryStore) (any, error) {
		return ss.EventCluster(ctx, r.PathValue("id"))
	})
}

func (s *Server) pageActors(w nethttp.ResponseWriter, r *nethttp.Request) {
	if a := strings.TrimSpace(r.URL.Query().Get("actor")); a != "" {
		nethttp.Redirect(w, r, "/actors/"+url.PathEscape(a), nethttp.StatusSeeOther)
		return
	}
	// The actors named in recent articles, most mentioned first.
	pg, err := s.Store.Find(r.Context(), chronicle.DocumentFilter{Limit: 200})
	d := map[string]any{}
	if err != nil {
		d["Err"] = errorMessage(err)
	}
	type actorCount struct {
		Key, Label string
		Count      int
	}
	counts := map[string]*actorCount{}
	for _, doc := range pg.Documents {
		for _, e := range doc.Entities {
			if e.Actor == nil || e.Type != "PER" && e.Type != "ORG" {
				continue
			}
			k := e.Actor.Name
			if k == "" {
				k = e.Actor.Code
			}
			if counts[k] == nil {
				counts[k] = &actorCount{Key: k, Label: actorLabel(e.Actor)}
			}
			counts[k].Count++
		}
	}
	var list []*actorCount
	for _, c := range counts {
		list = append(list, c)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Key < list[j].Key
	})
	d["Actors"] = list[:min(len(list), 60)]
	s.render(w, r, nethttp.StatusOK, "actors", "Actors", d)
}

// actorData is one actor's page: the timeline from the StoryStore and the
// quote history from the store's quote search.
type actorData struct {
	Actor    string
	Timeline storyData
	Quotes   []chronicle.QuoteHit
	QuoteErr string
}

func (s *Server) pageActor(w nethttp.ResponseWriter, r *nethttp.Request) {
	d := actorData{Actor: r.PathValue("actor"), Timeline: storyData{Query: r.URL.Query()}}
	if ss, err := s.stories(); err != nil {
		d.Timeline.Missing = true
	} else if f, err := timelineFilter(r, d.Actor); err != nil {
		d.Timeline.Err = errorMessage(err)
	} else if d.Timeline.Data, err = ss.Timeline(r.Context(), f); err != nil {
		d.Timeline.Err = errorMessage(err)
	}
	var err error
	d.Quotes, err = s.Store.SearchQuotes(r.Context(), chronicle.QuoteFilter{Speaker: d.Actor, Limit: 100})
	if err != nil {
		d.QuoteErr = errorMessage(err)
	}
	s.render(w, r, nethttp.StatusOK, "actor", d.Actor, d)
}

func (s *Server) pageNetwork(w nethttp.ResponseWriter, r *nethttp.Request) {
	f, err := documentFilter(r)
	d := map[string]any{"Query": r.URL.Query()}
	if err == nil {
		f.Limit, f.Cursor = 500, ""
		var pg chronicle.DocumentPage
		if pg, err = s.Store.Find(r.Context(), f); err == nil {
			d["Net"] = buildNetwork(pg.Documents)
			d["Articles"] = len(pg.Documents)
		}
	}
	if err != nil {
		d["Err"] = errorMessage(err)
	}
	s.render(w, r, nethttp.StatusOK, "network", "Actor network", d)
}

func (s *Server) pageQuotes(w nethttp.ResponseWriter, r *nethttp.Request) {
	d := map[string]any{"Query": r.URL.Query()}
	f, err := quoteFilter(r)
	if err == nil && (f.Text != "" || f.Speaker != "") {
		var hits []chronicle.QuoteHit
		if hits, err = s.Store.SearchQuotes(r.Context(), f); err == nil {
			d["Hits"] = hits
			d["Searched"] = true
		}
	}
	if err != nil {
		d["Err"] = errorMessage(err)
	}
	s.render(w, r, nethttp.StatusOK, "quotes", "Quotes", d)
}

func (s *Server) pageOutlets(w nethttp.ResponseWriter, r *nethttp.Request) {
	s.storyPage(w, r, "outlets", "Outlets", func(ctx context.Context, ss chronicle.StoryStore) (any, error) {
		return ss.Outlets(ctx, strings.TrimSpace(r.URL.Query().Get("publisher")))
	})
}

// formatFigure prints a figure's quantity without a needless ".0".
func formatFigure(f chronicle.Figure) string {
	q := strconv.FormatFloat(f.Quantity, 'f', -1, 64)
	if f.Unit != "" {
		q += " " + f.Unit
	}
	return q
}

// formatClaim prints a claim's number as the record normalised it.
func formatClaim(c chronicle.Claim) string {
	q := strconv.FormatFloat(c.Quantity, 'f', -1, 64)
	switch c.Bound {
	case "min":
		q = "at least " + q
	case "max":
		q = "up to " + q
	}
	if c.Approximate {
		q = "about " + q
	}
	if c.Unit != "" {
		q += " " + c.Unit
	}
	return q
}

// figuresConflict reports whether sources gave different numbers for the
// same kind of figure (killed against killed, never killed against injured).
func figuresConflict(figs []chronicle.Figure) bool {
	return len(chronicle.ConflictingKinds(figs)) > 0
}

// Bar is one row of an inline SVG bar chart.
type Bar struct {
	Label string
	Short string // Label cut to fit beside the bar
	Value int
	Y     int
	W     float64
	VX    float64 // where the value label starts
	Color string
}

// BarChart is an inline SVG bar chart laid out in Go.
type BarChart struct {
	Bars   []Bar
	Height int
}

// bars lays out a chart from TermCounts, SpeakerCounts, MonthCounts or a
// map of counts; at most 10 rows, the widest bar 220 units.
func bars(v any) BarChart {
	var rows []Bar
	switch t := v.(type) {
	case []chronicle.TermCount:
		for _, c := range t {
			rows = append(rows, Bar{Label: c.Term, Value: c.Count, Color: "#8e44ad"})
		}
	case []chronicle.SpeakerCount:
		for _, c := range t {
			rows = append(rows, Bar{Label: c.Speaker, Value: c.Count, Color: "#2471a3"})
		}
	case []chronicle.MonthCount:
		for _, c := range t {
			rows = append(rows, Bar{Label: c.Month, Value: c.Articles, Color: "#5d6d7e"})
		}
	case map[string]int:
		for k, c := range t {
			rows = append(rows, Bar{Label: k, Value: c, Color: eventColor(k)})
		}
		sort.Slice(rows, func(i, j int) bool {
			if rows[i].Value != rows[j].Value {
				return rows[i].Value > rows[j].Value
			}
			return rows[i].Label < rows[j].Label
		})
	}
	if len(rows) > 10 {
		rows = rows[:10]
	}
	top := 1
	for _, b := range rows {
		top = max(top, b.Value)
	}
	for i := range rows {
		rows[i].Y = i * 22
		rows[i].W = math.Max(2, math.Round(220*float64(rows[i].Value)/float64(top)))
		rows[i].VX = 134 + rows[i].W
		rows[i].Short = rows[i].Label
		if r := []rune(rows[i].Label); len(r) > 19 {
			rows[i].Short = string(r[:18]) + "…"
		}
	}
	return BarChart{Bars: rows, Height: len(rows)*22 + 4}
}
