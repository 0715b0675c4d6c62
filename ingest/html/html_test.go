package html

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// prose is a paragraph long enough for both extractors to take as article
// text.
const prose = "The city council voted on Tuesday to expand the bus network " +
	"into the northern districts, after a two-year study found that residents " +
	"there spend almost an hour longer commuting each day than people in the centre. "

func page(head, body string) string {
	return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>"
}

func article(paras ...string) string {
	var b strings.Builder
	b.WriteString("<article><h1>Council expands bus network</h1>")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString("</article>")
	return b.String()
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name     string
		html     string
		contains []string
		excludes []string
		check    func(t *testing.T, a *Article)
	}{
		{
			name: "an article page yields its paragraphs separated by blank lines",
			html: page(`<title>Bus news</title>`,
				`<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>`+
					article(prose+"First.", prose+"Second.", prose+"Third.")+
					`<footer>Copyright 2024 Example News. All rights reserved.</footer>`),
			contains: []string{"First.\n\nThe city council", "Third."},
			excludes: []string{"Copyright 2024", "Sport"},
		},
		{
			name: "metadata comes from meta tags and JSON-LD",
			html: page(`<title>Council expands bus network | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T10:30:00Z">
<html lang="en">`,
				article(prose, prose+"More.", prose+"End.")),
			check: func(t *testing.T, a *Article) {
				if !strings.Contains(a.Title, "Council expands bus network") {
					t.Errorf("Title = %q", a.Title)
				}
				if a.Author != "Jane Doe" {
					t.Errorf("Author = %q, want Jane Doe", a.Author)
				}
				if a.SiteName != "Example News" {
					t.Errorf("SiteName = %q, want Example News", a.SiteName)
				}
				want := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
				if a.Published.Year() != want.Year() || a.Published.YearDay() != want.YearDay() {
					t.Errorf("Published = %v, want %v", a.Published, want)
				}
			},
		},
		{
			name: "script and style content never reaches the text",
			html: page(`<style>p { color: red }</style>`,
				article(prose+"<script>var leaked = 'SCRIPTSECRET';</script>Visible.", prose, prose)+
					`<script>document.write("SCRIPTSECRET2")</script>`),
			contains: []string{"Visible."},
			excludes: []string{"SCRIPTSECRET", "color: red"},
		},
		{
			name:     "a windows-1252 page declared in a meta tag is decoded to UTF-8",
			html:     page(`<meta charset="windows-1252">`, article(prose+"Caf\xe9 na\xefve \x93quoted\x94.", prose, prose)),
			contains: []string{"Café naïve “quoted”."},
		},
		{
			name:     "a UTF-8 page that declares latin-1 is still read as UTF-8",
			html:     page(`<meta charset="iso-8859-1">`, article(prose+"Café naïve.", prose, prose)),
			contains: []string{"Café naïve."},
		},
		{
			name:     "a UTF-8 byte-order mark is dropped",
			html:     "\xEF\xBB\xBF" + page("", article(prose+"Zürich.", prose, prose)),
			contains: []string{"Zürich."},
		},
		{
			name:     "invalid UTF-8 bytes become valid text",
			html:     page(`<meta charset="utf-8">`, article(prose+"Bad \xff\xfe bytes.", prose, prose)),
			contains: []string{"Bad"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(strings.NewReader(tt.html), "https://news.example.com/2024/03/05/bus", Options{})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			checkInvariants(t, a)
			for _, s := range tt.contains {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range tt.excludes {
				if strings.Contains(a.Text, s) {
					t.Errorf("text has %q:\n%s", s, a.Text)
				}
			}
			if tt.check != nil {
				tt.check(t, a)
			}
		})
	}
}

func TestExtractErrors(t *testing.T) {
	tests := []struct {
		name string
		r    io.Reader
		opts Options
		code string
	}{
		{"an empty page has no article", strings.NewReader(""), Options{}, chronicle.EINVALID},
		{"a page of only navigation has no article", strings.NewReader(page("", `<nav><a href="/">Home</a></nav>`)), Options{}, chronicle.EINVALID},
		{"binary junk has no article", bytes.NewReader(junk(64 << 10)), Options{}, chronicle.EINVALID},
		{"a page over MaxBytes is refused", strings.NewReader(page("", article(prose, prose))), Options{MaxBytes: 100}, chronicle.ETOOLARGE},
		{"a 100 MB page is refused by the default limit", &endless{n: 100 << 20}, Options{}, chronicle.ETOOLARGE},
		{"a page with too many elements is refused", strings.NewReader(page("", strings.Repeat("<p>x</p>", 2000))), Options{MaxElements: 1000}, chronicle.ETOOLARGE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(tt.r, "https://news.example.com/x", tt.opts)
			if err == nil {
				t.Fatalf("Extract succeeded with text %q, want error %s", a.Text, tt.code)
			}
			if got := chronicle.ErrorCode(err); got != tt.code {
				t.Errorf("ErrorCode = %q (%v), want %q", got, err, tt.code)
			}
		})
	}
}

func TestExtractDeepNesting(t *testing.T) {
	const depth = 100_000
	body := article(prose, prose+"Deep.", prose)
	tests := []struct{ name, html string }{
		{"100k nested divs", strings.Repeat("<div>", depth) + body + strings.Repeat("</div>", depth)},
		{"100k unclosed inline tags", strings.Repeat("<span><b>", depth/2) + body},
		{"10k nested tables", strings.Repeat("<table><tr><td>", depth/10) + body},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			a, err := Extract(strings.NewReader(page("", tt.html)), "", Options{})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			checkInvariants(t, a)
			if !strings.Contains(a.Text, "Deep.") {
				t.Errorf("text lacks the article:\n%s", a.Text)
			}
			t.Logf("%d bytes in %v", len(tt.html), time.Since(start))
		})
	}
}

func TestExtractTimeout(t *testing.T) {
	_, err := Extract(strings.NewReader(page("", article(prose, prose, prose))), "", Options{Timeout: time.Nanosecond})
	if err == nil {
		t.Skip("extraction finished within a nanosecond")
	}
	if !strings.Contains(err.Error(), "longer than") {
		t.Errorf("err = %v, want a timeout", err)
	}
}

func TestFlattenBoundsDepth(t *testing.T) {
	doc, err := parse([]byte(strings.Repeat("<div><span>", 200)+"x"), Options{MaxDepth: 10, MaxElements: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	depth := 0
	for n := doc; n != nil; n = n.FirstChild {
		depth++
	}
	if depth > 12 {
		t.Errorf("first-child chain is %d deep, want at most 12", depth)
	}
}

func TestCombineKeepsWhatBothFound(t *testing.T) {
	long := strings.Repeat("word ", 40) + "end."
	tests := []struct {
		name, primary, secondary, want string
	}{
		{"lines only the primary found are dropped", "Body one.\nRelated: teaser\nBody two.", "Menu\nBody one.\nBody two.", "Body one.\nBody two."},
		{"long prose only the primary found is kept", "Body one.\n" + long, "Body one.", "Body one.\n" + long},
		{"an empty secondary leaves the primary as is", "A.\nB.", "", "A.\nB."},
		{"a secondary that missed the article is ignored", "A b c.\nD e f.\nG h i.", "A b c.", "A b c.\nD e f.\nG h i."},
		{"a paragraph the secondary split or joined differently still counts",
			"Summary: one two three four five six seven eight nine ten.\nShare this",
			"Summary:one two three four five six seven eight nine ten.",
			"Summary: one two three four five six seven eight nine ten."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := combine(tt.primary, tt.secondary); got != tt.want {
				t.Errorf("combine = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDropHeadline(t *testing.T) {
	tests := []struct {
		name, text, title, want string
	}{
		{"a first paragraph that repeats the title is dropped", "Council expands bus network\nThe council voted.", "Council expands bus network | Example News", "The council voted."},
		{"the headline may follow a kicker line", "Transport\nCouncil expands bus network\nThe council voted.", "Council expands bus network", "Transport\nThe council voted."},
		{"a headline deep in the text is kept", "A.\nB.\nCouncil expands bus network", "Council expands bus network", "A.\nB.\nCouncil expands bus network"},
		{"short paragraphs are never taken for the headline", "Council\nThe council voted.", "Council expands bus network", "Council\nThe council voted."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropHeadline(tt.text, tt.title); got != tt.want {
				t.Errorf("dropHeadline = %q, want %q", got, tt.want)
			}
		})
	}
}

func checkInvariants(t *testing.T, a *Article) {
	t.Helper()
	for name, s := range map[string]string{"Text": a.Text, "Title": a.Title, "Author": a.Author, "SiteName": a.SiteName, "Lang": a.Lang} {
		if !utf8.ValidString(s) {
			t.Errorf("%s is not valid UTF-8: %q", name, s)
		}
		if s != strings.TrimSpace(s) {
			t.Errorf("%s has leading or trailing space: %q", name, s)
		}
	}
	if strings.Contains(a.Text, "\n\n\n") {
		t.Errorf("Text has more than one blank line between paragraphs")
	}
}

// junk returns n bytes of deterministic binary noise.
func junk(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

// endless is a reader of n bytes of markup, made without holding them.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	if e.n <= 0 {
		return 0, io.EOF
	}
	k := min(len(p), e.n)
	for i := range k {
		p[i] = "<p>aaaa</p>"[i%11]
	}
	e.n -= k
	return k, nil
}

func TestExtractConcurrently(t *testing.T) {
	raw := page("<title>Bus news</title>", article(prose+"One.", prose+"Two.", prose+"Three."))
	done := make(chan error, 8)
	for range 8 {
		go func() {
			_, err := Extract(strings.NewReader(raw), "https://news.example.com/a", Options{})
			done <- err
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
