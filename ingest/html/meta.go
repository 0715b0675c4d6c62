package html

import (
	"encoding/json"
	"fmt"
	nurl "net/url"
	"regexp"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself in its markup: JSON-LD, meta
// tags, <title> and headings. The extractors read some of it too, but take
// a section heading for the headline, keep site suffixes, accept menu words
// as bylines and the last-modified date for the publication date; metadata
// resolves each field from these sources in a fixed order of trust and
// keeps the evidence.
type pageMeta struct {
	ldHeadline, ldAuthor, ldPublisher, ldPublished, ldModified string
	meta                                                       map[string]string // lower-case property or name → first content
	title                                                      string            // <title>
	h1                                                         []string          // in document order, those inside <article>/<main> first
	timePublished                                              string            // <time itemprop=datePublished|pubdate datetime>
}

// articleTypes are the schema.org types whose headline is the article's.
var articleTypes = map[string]bool{
	"newsarticle": true, "article": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "blogposting": true, "backgroundnewsarticle": true, "reviewnewsarticle": true,
	"liveblogposting": true, "socialmediaposting": true, "report": true, "scholarlyarticle": true,
}

func readPageMeta(doc *html.Node) *pageMeta {
	m := &pageMeta{meta: map[string]string{}}
	var inArticle, other []string
	var walk func(n *html.Node, article bool)
	walk = func(n *html.Node, article bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script:
				if strings.Contains(strings.ToLower(attrOf(n, "type")), "ld+json") && n.FirstChild != nil {
					m.readJSONLD(n.FirstChild.Data)
				}
				return
			case atom.Meta:
				key := strings.ToLower(first(attrOf(n, "property"), attrOf(n, "name"), attrOf(n, "itemprop")))
				if v := strings.TrimSpace(attrOf(n, "content")); key != "" && v != "" {
					if _, ok := m.meta[key]; !ok {
						m.meta[key] = v
					}
				}
			case atom.Title:
				if m.title == "" && !inSVG(n) {
					m.title = textOf(n)
				}
			case atom.H1:
				if t := textOf(n); t != "" {
					if article {
						inArticle = append(inArticle, t)
					} else {
						other = append(other, t)
					}
				}
				return
			case atom.Time:
				if m.timePublished == "" && (attrOf(n, "itemprop") == "datePublished" || hasAttr(n, "pubdate")) {
					m.timePublished = first(attrOf(n, "datetime"), textOf(n))
				}
			case atom.Article, atom.Main:
				article = true
			}
			if attrOf(n, "itemprop") == "datePublished" && m.timePublished == "" && n.DataAtom != atom.Meta {
				m.timePublished = first(attrOf(n, "datetime"), attrOf(n, "content"))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, article)
		}
	}
	walk(doc, false)
	m.h1 = append(inArticle, other...)
	return m
}

func inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

// readJSONLD reads the first article object of a JSON-LD block (an object,
// an array, or an @graph).
func (m *pageMeta) readJSONLD(src string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 4 || m.ldHeadline != "" && m.ldPublished != "" {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if !isArticleType(x["@type"]) {
				return
			}
			if m.ldHeadline == "" {
				m.ldHeadline = str(x["headline"])
			}
			if m.ldPublished == "" {
				m.ldPublished = str(x["datePublished"])
			}
			if m.ldModified == "" {
				m.ldModified = str(x["dateModified"])
			}
			if m.ldAuthor == "" {
				m.ldAuthor = names(x["author"])
			}
			if m.ldPublisher == "" {
				m.ldPublisher = names(x["publisher"])
			}
		}
	}
	visit(v, 0)
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	if s, ok := v.(string); ok {
		return strings.TrimSpace(html.UnescapeString(s))
	}
	return ""
}

// names reads a JSON-LD person or organisation, or a list of them, as
// "A, B".
func names(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return str(x["name"])
	case []any:
		var out []string
		for _, e := range x {
			if n := names(e); n != "" {
				out = append(out, n)
			}
		}
		return strings.Join(out, ", ")
	}
	return ""
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// resolve fills a's title, author, site name and date from the page's own
// metadata where it is more trustworthy than the extractors', and records
// the evidence of each in a.Sources.
func (m *pageMeta) resolve(a *Article, pageURL string) {
	a.Sources = map[string]string{}
	site := first(m.meta["og:site_name"], m.ldPublisher, m.meta["application-name"])
	if site != "" && !isURLish(site) {
		if a.SiteName != site {
			a.SiteName = site
		}
		a.Sources["publisher"] = sourceOf(site, m.meta["og:site_name"], "og:site_name", m.ldPublisher, "JSON-LD publisher", m.meta["application-name"], "meta application-name")
	} else if a.SiteName != "" {
		a.Sources["publisher"] = "extractor site name"
	}
	sites := []string{a.SiteName, m.ldPublisher, hostName(pageURL)}

	// Title: the page's own headline fields, then an <h1> the <title>
	// confirms, then the <title>, then any <h1>, then the extractors'.
	type cand struct{ text, from string }
	var titles []cand
	titles = append(titles, cand{m.ldHeadline, "JSON-LD headline"}, cand{m.meta["og:title"], "og:title"}, cand{m.meta["twitter:title"], "twitter:title"})
	for _, h := range m.h1 {
		if m.title != "" && strings.Contains(fold(m.title), fold(h)) && len(strings.Fields(h)) >= 2 {
			titles = append(titles, cand{h, "<h1> matching <title>"})
			break
		}
	}
	titles = append(titles, cand{m.title, "<title>"})
	if len(m.h1) > 0 {
		titles = append(titles, cand{m.h1[0], "<h1>"})
	}
	titles = append(titles, cand{a.Title, "extractor title"})
	for _, c := range titles {
		t, suffix := stripSiteSuffix(cleanLine(c.text), sites)
		if len(words(t)) < 2 {
			continue
		}
		a.Title = t
		a.Sources["title"] = c.from
		if suffix != "" {
			a.Sources["title"] += fmt.Sprintf(" less the site name %q", suffix)
		}
		break
	}

	// Author: JSON-LD, meta author tags, then the extractors' byline; a
	// candidate that reads as site furniture is passed over.
	authors := []cand{{m.ldAuthor, "JSON-LD author"}, {m.meta["author"], "meta author"},
		{m.meta["article:author"], "article:author"}, {m.meta["parsely-author"], "parsely-author"},
		{m.meta["sailthru.author"], "sailthru.author"}, {a.Author, "extractor byline"}}
	a.Author = ""
	for _, c := range authors {
		if n := cleanByline(c.text); n != "" {
			a.Author = n
			a.Sources["author"] = c.from
			break
		}
	}

	// Date: publication dates first, whatever their source; a modification
	// date only when the page gives no other.
	dates := []cand{
		{m.ldPublished, "JSON-LD datePublished"},
		{m.meta["article:published_time"], "article:published_time"},
		{m.meta["datepublished"], "meta datePublished"},
		{m.timePublished, "<time> datePublished"},
		{m.meta["og:article:published_time"], "og:article:published_time"},
		{m.meta["parsely-pub-date"], "parsely-pub-date"},
		{m.meta["pubdate"], "meta pubdate"},
		{m.meta["publishdate"], "meta publishdate"},
		{m.meta["dc.date.issued"], "DC.date.issued"},
		{m.meta["date"], "meta date"},
	}
	for _, c := range dates {
		if t, ok := parseDate(c.text); ok {
			a.Published = t
			a.Sources["published"] = fmt.Sprintf("%s %q", c.from, c.text)
			return
		}
	}
	modified := []cand{{m.ldModified, "JSON-LD dateModified"}, {m.meta["article:modified_time"], "article:modified_time"}, {m.meta["og:updated_time"], "og:updated_time"}}
	for _, c := range modified {
		t, ok := parseDate(c.text)
		if !ok || !a.Published.IsZero() && a.Published.Format("2006-01-02") != t.Format("2006-01-02") {
			continue
		}
		// Only a modification date is given (the extractors' date, if any,
		// is that one too): better than none, and said so.
		a.Published = t
		a.Sources["published"] = fmt.Sprintf("%s %q (no publication date given)", c.from, c.text)
		return
	}
	if !a.Published.IsZero() {
		a.Sources["published"] = "extractor date " + a.Published.Format("2006-01-02")
	}
}

func sourceOf(v string, pairs ...string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i] == v {
			return pairs[i+1]
		}
	}
	return ""
}

func isURLish(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// hostName is the distinctive label of a page's host: "bbc" for
// www.bbc.co.uk, "nytimes" for nytimes.com.
func hostName(pageURL string) string {
	u, err := nurl.Parse(pageURL)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	labels := strings.Split(strings.TrimPrefix(strings.ToLower(u.Hostname()), "www."), ".")
	for i := len(labels) - 2; i >= 0; i-- {
		switch labels[i] {
		case "co", "com", "org", "net", "gov", "ac", "edu":
			continue
		}
		return labels[i]
	}
	return ""
}

// titleSeparators split a site's name from a headline in <title>.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " • ", " « ", " » "}

// stripSiteSuffix removes a site's name from the end (or start) of a title:
// "Talks resume - BBC News" → "Talks resume", "BBC News - Talks resume" →
// "Talks resume". A segment is the site's name when it matches one of sites
// (the page's site name, publisher or host label) once case, spaces and
// punctuation are ignored. It returns the title and what it removed.
func stripSiteSuffix(t string, sites []string) (string, string) {
	removed := ""
	for range 2 {
		best := -1
		bestSep := ""
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(t, sep); i > best {
				best, bestSep = i, sep
			}
		}
		if best > 0 {
			if seg := t[best+len(bestSep):]; isSiteName(seg, sites) && len(words(t[:best])) >= 2 {
				removed = strings.TrimSpace(seg)
				t = strings.TrimSpace(t[:best])
				continue
			}
		}
		first, firstSep := len(t), ""
		for _, sep := range titleSeparators {
			if i := strings.Index(t, sep); i >= 0 && i < first {
				first, firstSep = i, sep
			}
		}
		if firstSep != "" {
			if seg := t[:first]; isSiteName(seg, sites) && len(words(t[first+len(firstSep):])) >= 2 {
				removed = strings.TrimSpace(seg)
				t = strings.TrimSpace(t[first+len(firstSep):])
				continue
			}
		}
		break
	}
	return t, removed
}

func isSiteName(seg string, sites []string) bool {
	s := fold(seg)
	if s == "" || len(words(seg)) > 6 {
		return false
	}
	for _, site := range sites {
		f := fold(site)
		if len(f) < 3 {
			continue
		}
		if s == f || strings.Contains(s, f) || strings.Contains(f, s) && len(s) >= 4 {
			return true
		}
	}
	return false
}

// fold keeps the lower-cased letters and digits of s.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// uiWords are words of site furniture that no author's name holds; a
// byline holding one is a menu, a login box or a timestamp read as a name.
var uiWords = map[string]bool{
	"username": true, "password": true, "login": true, "log": true, "logout": true, "signin": true, "sign": true,
	"subscribe": true, "subscription": true, "newsletter": true, "updated": true, "update": true, "published": true,
	"posted": true, "share": true, "menu": true, "search": true, "comments": true, "comment": true, "follow": true,
	"advertisement": true, "home": true, "contact": true, "cookie": true, "cookies": true, "privacy": true,
	"register": true, "account": true, "email": true, "print": true, "facebook": true, "twitter": true,
	"read": true, "more": true, "click": true, "loading": true, "ago": true, "minutes": true, "hours": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// cleanByline returns a byline fit to be an author's name, without a
// leading "By", or "" when it is none: a URL, a timestamp, site furniture,
// or a sentence.
func cleanByline(s string) string {
	s = cleanLine(s)
	if s == "" || isURLish(s) || strings.ContainsAny(s, "@/|") {
		return ""
	}
	if l := strings.ToLower(s); strings.HasPrefix(l, "by ") {
		s = strings.TrimSpace(s[3:])
	}
	w := words(s)
	if len(w) == 0 || len(w) > 12 {
		return ""
	}
	for _, x := range w {
		if uiWords[strings.ToLower(x)] || strings.IndexFunc(x, unicode.IsDigit) >= 0 {
			return ""
		}
	}
	// A name has capitals: an all-lower-case byline is a label.
	if strings.IndexFunc(s, unicode.IsUpper) < 0 && strings.IndexFunc(s, unicode.IsLetter) >= 0 &&
		strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Latin, r) }) >= 0 {
		return ""
	}
	return s
}

var dateLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.000Z0700", "2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02 15:04:05 Z0700", "2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "January 2, 2006", "Jan 2, 2006", "2 January 2006",
}

var spaces = regexp.MustCompile(`\s+`)

// parseDate reads a metadata date; dates before 1990 or more than two days
// ahead are taken for placeholders.
func parseDate(s string) (time.Time, bool) {
	s = spaces.ReplaceAllString(strings.TrimSpace(s), " ")
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1990 || t.After(time.Now().Add(48*time.Hour)) {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}
