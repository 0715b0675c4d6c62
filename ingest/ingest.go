// Package ingest turns inputs — files, folders, URLs, feeds, WARC archives
// and JSONL batches — into Documents ready for analysis. Each format has its
// own package below this one (plain, html, jsonl, feed, warc, web); this
// package only recognises what an input is and dispatches, so that the CLI,
// the HTTP API and the workers read inputs the same way.
package ingest

import (
	"bytes"
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

// Kind is an input format.
type Kind string

// Input formats.
const (
	KindText  Kind = "text"
	KindHTML  Kind = "html"
	KindJSONL Kind = "jsonl"
	KindFeed  Kind = "feed"
	KindWARC  Kind = "warc"
)

// kindOf tells the format of a file by its name, then by its first bytes.
func kindOf(name string, head []byte) Kind {
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".jsonl") || strings.HasSuffix(lower, ".ndjson"):
		return KindJSONL
	case strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz"):
		return KindWARC
	case strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm") || strings.HasSuffix(lower, ".xhtml"):
		return KindHTML
	case strings.HasSuffix(lower, ".rss") || strings.HasSuffix(lower, ".atom"):
		return KindFeed
	case strings.HasSuffix(lower, ".txt") || strings.HasSuffix(lower, ".text"):
		return KindText
	}
	return sniff(head)
}

// sniff tells a format from the first bytes of a body.
func sniff(head []byte) Kind {
	h := bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf")
	lh := bytes.ToLower(h[:min(len(h), 512)])
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return KindWARC
	case bytes.HasPrefix(lh, []byte("<!doctype html")) || bytes.HasPrefix(lh, []byte("<html")) || bytes.Contains(lh, []byte("<html")):
		return KindHTML
	case bytes.HasPrefix(lh, []byte("<?xml")) && (bytes.Contains(lh, []byte("<rss")) || bytes.Contains(lh, []byte("<feed")) || bytes.Contains(lh, []byte("<rdf"))),
		bytes.HasPrefix(lh, []byte("<rss")), bytes.HasPrefix(lh, []byte("<feed")):
		return KindFeed
	case bytes.HasPrefix(h, []byte("{")) && bytes.Contains(h[:min(len(h), 4096)], []byte(`"text"`)) || bytes.Contains(h[:min(len(h), 4096)], []byte(`"html"`)) && bytes.HasPrefix(h, []byte("{")):
		return KindJSONL
	}
	return KindText
}

func (r *Reader) readFile(ctx context.Context, path, id string, fn Func) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(nil, inputError(path, err))
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fn(nil, inputError(path, err))
	}
	switch kindOf(path, head) {
	case KindJSONL:
		return r.readJSONL(ctx, path, f, fn)
	case KindWARC:
		return r.readWARC(ctx, path, f, fn)
	}
	b, err := io.ReadAll(io.LimitReader(f, r.maxFile()+1))
	if err != nil {
		return fn(nil, inputError(path, err))
	}
	if int64(len(b)) > r.maxFile() {
		return fn(nil, chronicle.Errorf(chronicle.ETOOLARGE, "%s: larger than %d MB", path, r.maxFile()>>20))
	}
	return r.readBytes(ctx, path, id, b, fn)
}

// readBytes reads one whole input body whose format is known by name or
// content.
func (r *Reader) readBytes(ctx context.Context, name, id string, b []byte, fn Func) error {
	switch kindOf(name, b[:min(len(b), 4096)]) {
	case KindJSONL:
		return r.readJSONL(ctx, name, bytes.NewReader(b), fn)
	case KindWARC:
		return r.readWARC(ctx, name, bytes.NewReader(b), fn)
	case KindFeed:
		return r.readFeed(ctx, name, b, fn)
	case KindHTML:
		doc, err := r.FromHTML(id, "", b)
		if err != nil {
			return fn(nil, fmt.Errorf("%s: %w", name, err))
		}
		return fn(doc, nil)
	}
	text, err := plain.Decode(b)
	if err != nil {
		return fn(nil, fmt.Errorf("%s: %w", name, err))
	}
	return fn(r.FromText(id, text), nil)
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
	if doc.Publisher == "" && pageURL != "" {
		doc.Publisher = hostOf(pageURL)
	}
	if !a.Published.IsZero() {
		doc.Published = chronicle.DateOf(a.Published)
	} else {
		doc.Published = r.Date
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
	if it.Title != "" {
		doc.Title = it.Title
	}
	if it.URL != "" {
		doc.URL = it.URL
	}
	if it.Publisher != "" {
		doc.Publisher = it.Publisher
	}
	if it.Published != "" {
		d, err := chronicle.ParseDate(it.Published)
		if err != nil {
			return nil, err
		}
		doc.Published = d
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
	ct := strings.ToLower(resp.ContentType)
	switch {
	case strings.Contains(ct, "rss") || strings.Contains(ct, "atom") || strings.Contains(ct, "xml") && sniff(resp.Body) == KindFeed:
		return r.readFeed(ctx, final, resp.Body, fn)
	case strings.Contains(ct, "html") || sniff(resp.Body) == KindHTML:
		doc, err := r.FromHTML(IDFromURL(final), final, resp.Body)
		if err != nil {
			return fn(nil, fmt.Errorf("%s: %w", final, err))
		}
		return fn(doc, nil)
	case strings.Contains(ct, "json") && sniff(resp.Body) == KindJSONL:
		return r.readJSONL(ctx, final, bytes.NewReader(resp.Body), fn)
	}
	text, err := plain.Decode(resp.Body)
	if err != nil {
		return fn(nil, fmt.Errorf("%s: %w", final, err))
	}
	doc := r.FromText(IDFromURL(final), text)
	doc.URL = final
	doc.Publisher = hostOf(final)
	return fn(doc, nil)
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
