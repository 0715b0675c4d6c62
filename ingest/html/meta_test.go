package html

import (
	"strings"
	"testing"
)

const metaBody = `<p>Negotiators from both sides met in the border town on Monday and agreed to a schedule for the next round of talks, according to the mediators who hosted them.</p>
<p>The mediators said a draft text on the exchange of prisoners would be circulated before the end of the week.</p>`

func TestMetadataPrefersHeadlinesPublicationDatesAndRealBylines(t *testing.T) {
	tests := []struct {
		name, head, body, url        string
		title, author, site, date    string
		titleFrom, dateFrom, author2 string
	}{
		{
			name:  "og:title over a section heading, suffix removed",
			head:  `<title>Talks set for next week - Varn Ledger</title><meta property="og:title" content="Talks set for next week | Varn Ledger"><meta property="og:site_name" content="Varn Ledger">`,
			body:  `<h2>World</h2><article>` + metaBody + `</article>`,
			title: "Talks set for next week", site: "Varn Ledger", titleFrom: `og:title less the site name "Varn Ledger"`,
		},
		{
			name:  "the <title> less a suffix that names the host",
			head:  `<title>Talks set for next week - BBC News</title>`,
			body:  `<div class="section"><h1>Europe</h1></div><article>` + metaBody + `</article>`,
			url:   "https://www.bbc.co.uk/news/world-1",
			title: "Talks set for next week", titleFrom: `<title> less the site name "BBC News"`,
		},
		{
			name:  "an <h1> the <title> confirms, with a site prefix",
			head:  `<title>Ledger :: Talks set for next week, mediators say</title>`,
			body:  `<article><h1>Talks set for next week, mediators say</h1>` + metaBody + `</article>`,
			url:   "https://ledger.example/a",
			title: "Talks set for next week, mediators say", titleFrom: "<h1> matching <title>",
		},
		{
			name: "JSON-LD headline, author and publication date over modified date",
			head: `<title>Home</title><meta property="article:modified_time" content="2025-06-20T10:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Ledger"},
{"@type":"NewsArticle","headline":"Schedule agreed for prisoner talks","datePublished":"2025-06-11T08:00:00+02:00","dateModified":"2025-06-20T10:00:00Z","author":[{"@type":"Person","name":"Mira Ostrova"},{"@type":"Person","name":"Tom Hale"}]}]}</script>`,
			body:  `<article>` + metaBody + `</article>`,
			title: "Schedule agreed for prisoner talks", titleFrom: "JSON-LD headline",
			author: "Mira Ostrova, Tom Hale", date: "2025-06-11", dateFrom: `JSON-LD datePublished "2025-06-11T08:00:00+02:00"`,
		},
		{
			name:  "a menu word is no byline; the next source is taken",
			head:  `<title>Schedule agreed for prisoner talks</title><meta name="author" content="Username"><meta name="parsely-author" content="Anna Berg"><meta property="article:published_time" content="2025-06-11"><meta property="og:updated_time" content="2025-06-19">`,
			body:  `<article>` + metaBody + `</article>`,
			title: "Schedule agreed for prisoner talks", author: "Anna Berg", author2: "parsely-author",
			date: "2025-06-11", dateFrom: `article:published_time "2025-06-11"`,
		},
		{
			name:   "a timestamp is no byline",
			head:   `<title>Schedule agreed for prisoner talks</title><meta name="author" content="Last Updated January 5"><meta property="article:modified_time" content="2025-06-19T00:00:00Z">`,
			body:   `<article>` + metaBody + `</article>`,
			title:  "Schedule agreed for prisoner talks",
			author: "", date: "2025-06-19", dateFrom: `article:modified_time "2025-06-19T00:00:00Z" (no publication date given)`,
		},
	}
	for _, tt := range tests {
		page := "<!DOCTYPE html><html><head>" + tt.head + "</head><body>" + tt.body + "</body></html>"
		a, err := Extract(strings.NewReader(page), tt.url, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if a.Title != tt.title || tt.titleFrom != "" && a.Sources["title"] != tt.titleFrom {
			t.Errorf("%s: title %q from %q, want %q from %q", tt.name, a.Title, a.Sources["title"], tt.title, tt.titleFrom)
		}
		if a.Author != tt.author || tt.author2 != "" && a.Sources["author"] != tt.author2 {
			t.Errorf("%s: author %q from %q, want %q", tt.name, a.Author, a.Sources["author"], tt.author)
		}
		if tt.site != "" && a.SiteName != tt.site {
			t.Errorf("%s: site %q, want %q", tt.name, a.SiteName, tt.site)
		}
		if tt.date != "" && (a.Published.Format("2006-01-02") != tt.date || a.Sources["published"] != tt.dateFrom) {
			t.Errorf("%s: published %s from %q, want %s from %q", tt.name, a.Published, a.Sources["published"], tt.date, tt.dateFrom)
		}
		if strings.Contains(a.Text, tt.title) {
			t.Errorf("%s: the headline stayed in the text: %q", tt.name, a.Text)
		}
	}
}

func TestBylines(t *testing.T) {
	for in, want := range map[string]string{
		"By Mira Ostrova":           "Mira Ostrova",
		"Username":                  "",
		"Last Updated January 5":    "",
		"https://x.example/mira":    "",
		"staff":                     "",
		"Анна Берг":                 "Анна Берг",
		"Posted 3 hours ago":        "",
		"Mira Ostrova and Tom Hale": "Mira Ostrova and Tom Hale",
	} {
		if got := cleanByline(in); got != want {
			t.Errorf("cleanByline(%q) = %q, want %q", in, got, want)
		}
	}
}
