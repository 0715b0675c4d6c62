package html

import (
	"io"
	"log/slog"
	nurl "net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// candidate is one extractor's reading of a page.
type candidate struct {
	text      string
	title     string
	author    string
	siteName  string
	lang      string
	published time.Time
}

// runReadability applies go-readability to a copy of doc.
func runReadability(doc *html.Node, u *nurl.URL) (candidate, *html.Node) {
	p := readability.NewParser()
	p.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	art, err := p.ParseDocument(doc, u)
	if err != nil || art.Node == nil {
		return candidate{}, nil
	}
	c := candidate{
		text:     render.InnerText(art.Node),
		title:    art.Title(),
		author:   art.Byline(),
		siteName: art.SiteName(),
		lang:     art.Language(),
	}
	if t, err := art.PublishedTime(); err == nil {
		c.published = t
	}
	return c, art.Node
}

// runTrafilatura applies go-trafilatura to doc (it works on its own copy).
// fallback, if not nil, is another extractor's content that trafilatura
// weighs against its own when unsure.
func runTrafilatura(doc *html.Node, u *nurl.URL, focus trafilatura.ExtractionFocus, fallback *html.Node, useFallback bool) candidate {
	opts := trafilatura.Options{
		OriginalURL:     u,
		Focus:           focus,
		ExcludeComments: true,
		EnableFallback:  useFallback,
		HtmlDateMode:    trafilatura.Fast,
	}
	if fallback != nil {
		opts.FallbackCandidates = &trafilatura.FallbackCandidates{Readability: fallback}
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil {
		return candidate{}
	}
	m := res.Metadata
	return candidate{
		text:      nodeText(res.ContentNode),
		title:     m.Title,
		author:    m.Author,
		siteName:  m.Sitename,
		lang:      m.Language,
		published: m.Date,
	}
}

// nodeText renders an extracted content tree as text, one block per line.
func nodeText(n *html.Node) string {
	if n == nil {
		return ""
	}
	return render.InnerText(n)
}

// extractDocument runs both extractors on doc and merges their readings.
// Readability runs first and its content is handed to trafilatura as the
// fallback it weighs when its own reading is thin; the text is then the
// paragraphs of trafilatura's reading that readability confirms (see
// combine). Metadata prefers trafilatura, which reads more sources.
func extractDocument(doc *html.Node, pageURL string) *Article {
	u, _ := nurl.Parse(pageURL)
	if u != nil && u.Host == "" {
		u = nil
	}
	meta := readPageMeta(doc)
	links := readLinkTexts(doc)
	r, rNode := runReadability(doc, u)
	t := runTrafilatura(doc, u, trafilatura.Balanced, rNode, true)
	a := &Article{
		Title:     first(t.title, r.title),
		Author:    first(t.author, r.author),
		SiteName:  first(notURL(t.siteName), notURL(r.siteName)),
		Lang:      first(t.lang, r.lang),
		Published: t.published,
	}
	if a.Published.IsZero() {
		a.Published = r.published
	}
	meta.resolve(a, pageURL)
	a.Text = dropBoilerplate(dropHeadline(combine(t.text, r.text), a.Title, t.title, r.title), links)
	return a
}

// notURL returns s unless it is a web address, which some pages put where
// the site's name belongs.
func notURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return s
}

// first returns the first of ss that is not blank.
func first(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
