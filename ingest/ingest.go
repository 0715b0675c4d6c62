// Package ingest turns inputs — files, folders, URLs, feeds, WARC archives
// and JSONL batches — into Documents ready for analysis. Each format has its
// own package below this one (plain, html, jsonl, feed, warc, web); this
// package only recognises what an input is and dispatches, so that the CLI,
// the HTTP API and the workers read inputs the same way.
package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest/html"
	"github.com/chronicle-news/chronicle/ingest/jsonl"
	"github.com/chronicle-news/chronicle/ingest/plain"
	"github.com/chronicle-news/chronicle/ingest/web"
)

// DefaultMaxFileBytes bounds a single input file other than JSONL and WARC,
// which are read as streams.
const DefaultMaxFileBytes = 64 << 20

// Reader reads inputs into documents.
type Reader struct {
	// Fetcher fetches URLs; nil refuses them.
	Fetcher *web.Fetcher
	// HTML bounds page extraction.
	HTML html.Options
	// Date is the publication date of documents whose input gives none.
	Date chronicle.Date
	// MaxFileBytes bounds one file (default DefaultMaxFileBytes).
	MaxFileBytes int64
}

// Func receives each document read, or the error that stopped one document.
// A non-nil return stops reading.
type Func func(doc *chronicle.Document, err error) error

// Read reads one input: "-" for standard input, a URL, a folder (read
// recursively) or a file. Errors about single documents go to fn, naming the
// input, and reading goes on; Read returns only fn's error or a context error.
func (r *Reader) Read(ctx context.Context, input string, fn Func) error {
	switch {
	case input == "-":
		b, err := io.ReadAll(io.LimitReader(os.Stdin, r.maxFile()+1))
		if err != nil {
			return fn(nil, fmt.Errorf("stdin: %w", err))
		}
		return r.readBytes(ctx, "stdin", "stdin", b, fn)
	case isURL(input):
		return r.readURL(ctx, input, fn)
	}
	info, err := os.Stat(input)
	if err != nil {
		return fn(nil, inputError(input, err))
	}
	if info.IsDir() {
		return r.readDir(ctx, input, fn)
	}
	return r.readFile(ctx, input, idFromPath(filepath.Base(input)), fn)
}

func (r *Reader) maxFile() int64 {
	if r.MaxFileBytes > 0 {
		return r.MaxFileBytes
	}
	return DefaultMaxFileBytes
}

func inputError(input string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return chronicle.Errorf(chronicle.ENOTFOUND, "%s: no such file or folder", input)
	}
	return fmt.Errorf("%s: %w", input, err)
}

// readDir reads every file below dir in name order, so that a re-run visits
// them in the same order; hidden files and folders are skipped.
func (r *Reader) readDir(ctx context.Context, dir string, fn Func) error {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fn(nil, inputError(path, err))
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			rel = filepath.Base(path)
		}
		if err := r.readFile(ctx, path, idFromPath(filepath.ToSlash(rel)), fn); err != nil {
			return err
		}
	}
	return nil
}

func (r *Reader) readFile(ctx context.Context, path, id string, fn Func) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(nil, inputError(path, err))
	}
	defer f.Close()
	head := make([]byte, sniffBytes)
	n, _ := io.ReadFull(f, head)
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fn(nil, inputError(path, err))
	}
	if claimed := structuredName(path); claimed != "" {
		if len(bytes.TrimSpace(head[:n])) == 0 && claimed == "JSON Lines" {
			return nil // an empty batch
		}
		if s := Sniff(head[:n]); s.Kind == KindText && !s.Gzip {
			return fn(nil, chronicle.Errorf(chronicle.EINVALID, "%s: named as %s but holds plain text, not %s", path, claimed, claimed))
		}
	}
	return r.readStream(ctx, path, id, "", f, head[:n], fn)
}

// structuredName returns the format a file's name claims when it is one
// that plain text never is (a feed, JSON, an archive), or "". The content
// decides what a file is; such a name only turns a file whose content is
// plain text into an error, since it is then a damaged or mislabelled file
// rather than an article.
func structuredName(path string) string {
	lower := strings.ToLower(strings.TrimSuffix(strings.ToLower(path), ".gz"))
	for _, c := range []struct{ ext, format string }{
		{".rss", "RSS"}, {".atom", "Atom"}, {".rdf", "RSS"}, {".xml", "XML"}, {".json", "JSON"},
		{".jsonl", "JSON Lines"}, {".ndjson", "JSON Lines"}, {".warc", "WARC"}, {".arc", "ARC"},
	} {
		if strings.HasSuffix(lower, c.ext) {
			return c.format
		}
	}
	return ""
}

// readBytes reads one whole input body.
func (r *Reader) readBytes(ctx context.Context, name, id string, b []byte, fn Func) error {
	return r.readStream(ctx, name, id, "", bytes.NewReader(b), b[:min(len(b), sniffBytes)], fn)
}

// readStream reads one input whose first bytes are head, by what Sniff
// tells of them. Archives and JSON Lines are read as streams; anything else
// is read whole, decompressed if gzipped, up to the file size cap — a gzip
// bomb stops there with one error. pageURL is the address a fetched body
// came from.
func (r *Reader) readStream(ctx context.Context, name, id, pageURL string, rd io.Reader, head []byte, fn Func) error {
	s := Sniff(head)
	switch s.Kind {
	case KindWARC:
		return r.readWARC(ctx, name, rd, fn)
	case KindARC:
		return r.readARC(ctx, name, rd, fn)
	case KindGzip:
		_, err := gzip.NewReader(bytes.NewReader(head))
		if err == nil {
			err = errors.New("no content could be decompressed")
		}
		return fn(nil, chronicle.Errorf(chronicle.EINVALID, "%s: gzip: %v", name, err))
	case KindUnknown:
		return fn(nil, chronicle.Errorf(chronicle.EUNSUPPORTED,
			"%s: %s is no format Chronicle reads (it reads HTML, RSS, Atom, JSON Feed, JSON Lines, WARC, ARC and plain text)", name, s.What))
	}
	if s.Gzip {
		zr, err := gzip.NewReader(rd)
		if err != nil {
			return fn(nil, chronicle.Errorf(chronicle.EINVALID, "%s: gzip: %v", name, err))
		}
		defer zr.Close()
		rd = zr
	}
	if s.Kind == KindJSONL {
		return r.readJSONL(ctx, name, rd, fn)
	}
	b, err := io.ReadAll(io.LimitReader(rd, r.maxFile()+1))
	if err != nil {
		if s.Gzip {
			return fn(nil, chronicle.Errorf(chronicle.EINVALID, "%s: gzip: %v", name, err))
		}
		return fn(nil, inputError(name, err))
	}
	if int64(len(b)) > r.maxFile() {
		if s.Gzip {
			return fn(nil, chronicle.Errorf(chronicle.ETOOLARGE, "%s: gzip content expands to more than %d MB; stopped there (a gzip bomb?)", name, r.maxFile()>>20))
		}
		return fn(nil, chronicle.Errorf(chronicle.ETOOLARGE, "%s: larger than %d MB", name, r.maxFile()>>20))
	}
	switch s.Kind {
	case KindFeed:
		return r.readFeed(ctx, name, b, fn)
	case KindHTML:
		doc, err := r.FromHTML(id, pageURL, b)
		if err != nil {
			return fn(nil, fmt.Errorf("%s: %w", name, err))
		}
		return fn(doc, nil)
	}
	text, err := plain.Decode(b)
	if err != nil {
		return fn(nil, fmt.Errorf("%s: %w", name, err))
	}
	doc := r.FromText(id, text)
	if pageURL != "" {
		doc.URL = pageURL
		if doc.Publisher == "" {
			doc.Publisher = hostOf(pageURL)
		}
	}
	return fn(doc, nil)
}

// FromText makes a document of plain text. A short first paragraph followed
// by a blank line, as in wire copy and the BBC corpus, is taken as the title
// (it stays in the text, so offsets keep pointing into the file as read).
func (r *Reader) FromText(id, text string) *chronicle.Document {
	doc := chronicle.NewDocument(id, text)
	doc.Published = r.Date
	doc.Publisher = datelineSource(text)
	if i := strings.Index(text, "\n\n"); i > 0 && i <= 200 {
		first := strings.TrimSpace(text[:i])
		if first != "" && !strings.ContainsAny(first, "\n") && !strings.HasSuffix(first, ".") {
			doc.Title = first
		}
	}
	return doc
}

// datelineSource reads the outlet from a wire-style dateline at the start of
// a story — "MOSCOW (Reuters) -", "KYIV, May 6 (AP) —", "MOSCOW (Realist
// English). …": an upper-case place, an optional date, then the source in
// parentheses. It returns "" when the story has no such dateline.
func datelineSource(text string) string {
	head := text
	if len(head) > 200 {
		head = head[:200]
	}
	open := strings.IndexByte(head, '(')
	if open < 2 {
		return ""
	}
	closing := strings.IndexByte(head[open:], ')')
	if closing < 2 {
		return ""
	}
	source := strings.TrimSpace(head[open+1 : open+closing])
	place := strings.TrimSpace(head[:open])
	if i := strings.IndexByte(place, ','); i > 0 {
		place = place[:i] // "KYIV, May 6"
	}
	if len(place) < 2 || strings.ToUpper(place) != place || strings.ToLower(place) == place {
		return ""
	}
	if strings.ContainsAny(place, "\n.") || len(strings.Fields(source)) > 5 || source == "" {
		return ""
	}
	rest := strings.TrimLeft(head[open+closing+1:], " ")
	if rest == "" || !strings.ContainsAny(rest[:1], "-–—.:") && !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "–") {
		return ""
	}
	if r := []rune(source); len(r) > 0 && !unicode.IsUpper(r[0]) {
		return ""
	}
	return source
}

// FromHTML makes a document of an HTML page's main text and metadata.
func (r *Reader) FromHTML(id, pageURL string, b []byte) (*chronicle.Document, error) {
	a, err := html.Extract(bytes.NewReader(b), pageURL, r.HTML)
	if err != nil {
		return nil, err
	}
	doc := chronicle.NewDocument(id, a.Text)
	doc.URL = pageURL
	doc.Title = a.Title
	doc.Author = a.Author
	doc.Publisher = a.SiteName
	for field, evidence := range a.Sources {
		doc.SetSource(field, evidence)
	}
	if doc.Publisher == "" && pageURL != "" {
		doc.Publisher = hostOf(pageURL)
		doc.SetSource("publisher", "host of the page's URL")
	}
	if !a.Published.IsZero() {
		doc.Published = chronicle.DateOf(a.Published)
	} else {
		doc.Published = r.Date
		doc.SetSource("published", "")
	}
	return doc, nil
}

// FromItem makes a document of one JSONL input line.
func (r *Reader) FromItem(it jsonl.Item) (*chronicle.Document, error) {
	if err := chronicle.CheckID(it.ID); err != nil {
		return nil, err
	}
	var doc *chronicle.Document
	if it.Text != "" {
		doc = chronicle.NewDocument(it.ID, it.Text)
		doc.Published = r.Date
		doc.Publisher = datelineSource(it.Text)
	} else {
		var err error
		if doc, err = r.FromHTML(it.ID, it.URL, []byte(it.HTML)); err != nil {
			return nil, err
		}
	}
	// What the line gives is taken as given: no evidence to keep.
	if it.Title != "" {
		doc.Title = it.Title
		doc.SetSource("title", "")
	}
	if it.URL != "" {
		doc.URL = it.URL
	}
	if it.Publisher != "" {
		doc.Publisher = it.Publisher
		doc.SetSource("publisher", "")
	}
	if it.Published != "" {
		d, err := chronicle.ParseDate(it.Published)
		if err != nil {
			return nil, err
		}
		doc.Published = d
		doc.SetSource("published", "")
	}
	if len(doc.MetadataSources) == 0 {
		doc.MetadataSources = nil
	}
	return doc, nil
}

func (r *Reader) readJSONL(ctx context.Context, name string, rd io.Reader, fn Func) error {
	return jsonl.Read(rd, func(it jsonl.Item, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			return fn(nil, fmt.Errorf("%s: %w", name, err))
		}
		doc, err := r.FromItem(it)
		if err != nil {
			return fn(nil, fmt.Errorf("%s: line %d (%s): %w", name, it.Line, it.ID, err))
		}
		return fn(doc, nil)
	})
}

// readURL fetches a page or a feed. A feed's items are each fetched and read.
func (r *Reader) readURL(ctx context.Context, raw string, fn Func) error {
	if r.Fetcher == nil {
		return fn(nil, chronicle.Errorf(chronicle.EUNSUPPORTED, "%s: fetching URLs is turned off", raw))
	}
	resp, err := r.Fetcher.Fetch(ctx, raw)
	if err != nil {
		return fn(nil, err)
	}
	return r.readFetched(ctx, resp, fn)
}

func (r *Reader) readFetched(ctx context.Context, resp *web.Response, fn Func) error {
	final := resp.URL
	head := resp.Body[:min(len(resp.Body), sniffBytes)]
	// The body decides; the Content-Type only settles a fragment of HTML
	// that reads as text.
	if Sniff(head).Kind == KindText && strings.Contains(strings.ToLower(resp.ContentType), "html") {
		doc, err := r.FromHTML(IDFromURL(final), final, resp.Body)
		if err != nil {
			return fn(nil, fmt.Errorf("%s: %w", final, err))
		}
		return fn(doc, nil)
	}
	return r.readStream(ctx, final, IDFromURL(final), final, bytes.NewReader(resp.Body), head, fn)
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// IDFromURL names a document fetched from a URL: host and path, without
// "www.", scheme, query or trailing slash ("bbc.co.uk/news/world-123"). Dot
// and empty path segments are resolved as a browser would, so the id never
// holds one (chronicle.CheckID). A string that is not an absolute URL (a
// feed GUID) is made canonical the same way.
func IDFromURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		if id := chronicle.CanonicalID(raw); id != "" {
			return id
		}
		return raw
	}
	id := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if p := chronicle.CanonicalID(u.EscapedPath()); p != "" {
		id += "/" + p
	}
	if u.RawQuery != "" && (u.Path == "" || u.Path == "/") {
		id += "?" + u.RawQuery
	}
	if len(id) > 300 {
		id = chronicle.CanonicalID(strings.ToValidUTF8(id[:300], ""))
	}
	return id
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// idFromPath names a document read from a file: its path without the
// extension ("business/001", "moscow-talks").
func idFromPath(p string) string {
	p = strings.TrimSuffix(p, ".gz")
	if ext := filepath.Ext(p); ext != "" && len(ext) <= 6 {
		p = strings.TrimSuffix(p, ext)
	}
	return p
}
