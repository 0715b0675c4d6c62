// Package html turns an HTML news page into an Article: the main text with
// its title, author, site name, language and publication date. Boilerplate
// removal is done by two outside extractors, go-trafilatura and
// go-readability; this package bounds the input, decodes it to UTF-8, runs
// both on one parsed tree and keeps the better text.
package html

import (
	"bytes"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle"
)

// Defaults for the zero Options.
const (
	DefaultMaxBytes    = 20 << 20
	DefaultTimeout     = 30 * time.Second
	DefaultMaxElements = 50_000
	DefaultMaxDepth    = 256
	DefaultMinWords    = 10
)

// Article is the main content of one HTML page.
type Article struct {
	Title     string
	Author    string
	SiteName  string
	Lang      string
	Text      string // paragraphs separated by "\n\n"; valid UTF-8, trimmed
	Published time.Time
	// Sources tells where each of "title", "author", "publisher" and
	// "published" was found: `og:title`, `<title> less the site name "BBC
	// News"`, `JSON-LD datePublished "2024-05-06T09:00:00Z"`, ….
	Sources map[string]string
}

// Options bounds the work done on one page. The zero value uses the defaults.
type Options struct {
	// MaxBytes is the largest page accepted; larger input fails with
	// chronicle.ETOOLARGE. Default 20 MB.
	MaxBytes int64
	// Timeout bounds the extraction of one page. The extractors cannot be
	// interrupted, so on timeout Extract returns an error and the work is
	// left to finish in the background. Default 30 s; negative means none.
	Timeout time.Duration
	// MaxElements is the largest number of elements a page may have before
	// it is refused with chronicle.ETOOLARGE. Default 50,000: the extractors slow
	// down faster than linearly with size.
	MaxElements int
	// MaxDepth is the deepest element nesting kept; deeper elements are
	// lifted up to this depth, so hostile nesting cannot blow up the
	// recursive extractors. Default 256.
	MaxDepth int
	// MinWords is the fewest words an article may have; a page with less
	// main text fails with chronicle.EINVALID. Default 10.
	MinWords int
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxElements <= 0 {
		o.MaxElements = DefaultMaxElements
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MinWords <= 0 {
		o.MinWords = DefaultMinWords
	}
	return o
}

// Extract reads one HTML page from r and returns its main article. pageURL is
// the address the page was fetched from (it may be empty); it resolves
// relative links and helps the extractors recognise the site. A page with no
// article text fails with chronicle.EINVALID, an oversized one with
// chronicle.ETOOLARGE.
func Extract(r io.Reader, pageURL string, opts Options) (*Article, error) {
	opts = opts.withDefaults()
	raw, err := io.ReadAll(io.LimitReader(r, opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read page %s: %w", pageURL, err)
	}
	if int64(len(raw)) > opts.MaxBytes {
		return nil, chronicle.Errorf(chronicle.ETOOLARGE, "page %s is larger than %d bytes", pageURL, opts.MaxBytes)
	}
	if opts.Timeout < 0 {
		return extractBytes(raw, pageURL, opts)
	}

	type result struct {
		a   *Article
		err error
	}
	done := make(chan result, 1)
	go func() {
		a, err := extractBytes(raw, pageURL, opts)
		done <- result{a, err}
	}()
	timer := time.NewTimer(opts.Timeout)
	defer timer.Stop()
	select {
	case res := <-done:
		return res.a, res.err
	case <-timer.C:
		return nil, chronicle.Errorf(chronicle.EINVALID, "page %s: extraction took longer than %s", pageURL, opts.Timeout)
	}
}

// extractBytes does the work of Extract on a page already read into memory.
// A panic in an outside extractor becomes an error: one bad page must not
// stop a batch.
func extractBytes(raw []byte, pageURL string, opts Options) (a *Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a = nil
			err = fmt.Errorf("extract %s: extractor panicked: %v\n%s", pageURL, p, debug.Stack())
		}
	}()
	doc, err := parse(raw, opts)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", pageURL, err)
	}
	a = extractDocument(doc, pageURL)
	a.Text = cleanText(a.Text)
	if len(words(a.Text)) < opts.MinWords {
		return nil, chronicle.Errorf(chronicle.EINVALID, "page %s: no article text found", pageURL)
	}
	a.Title = cleanLine(a.Title)
	a.Author = cleanLine(a.Author)
	a.SiteName = cleanLine(a.SiteName)
	a.Lang = cleanLine(a.Lang)
	return a, nil
}

// cleanText makes extracted text valid UTF-8 with paragraphs separated by one
// blank line, spaces inside a paragraph collapsed and no blank paragraphs.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			return ' ' // control characters, including \r
		}
		return r
	}, s)
	var paras []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line != "" {
			paras = append(paras, line)
		}
	}
	return strings.Join(paras, "\n\n")
}

// cleanLine makes a metadata field one trimmed line of valid UTF-8.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(cleanText(s)), " ")
}

// hasBOM reports whether raw starts with a byte-order mark.
func hasBOM(raw []byte) bool {
	return bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")) ||
		bytes.HasPrefix(raw, []byte("\xFE\xFF")) || bytes.HasPrefix(raw, []byte("\xFF\xFE"))
}
