package ingest

import (
	"bytes"
	"compress/gzip"
	"io"
	"regexp"
	"strings"

	"golang.org/x/net/html/atom"
)

// Kind is an input format.
type Kind string

// Input formats, as Sniff tells them.
const (
	KindText  Kind = "text"
	KindHTML  Kind = "html"
	KindJSONL Kind = "jsonl"
	KindFeed  Kind = "feed"
	KindWARC  Kind = "warc"
	KindARC   Kind = "arc"
	// KindGzip is a gzip stream whose content could not be looked into
	// (the head given to Sniff ends before any of it decompresses).
	KindGzip Kind = "gzip"
	// KindUnknown is markup or JSON of no format Chronicle reads (a
	// sitemap, an OPML list, an SVG image, a JSON object that is neither a
	// JSON Feed nor a JSONL article): an error, never stored as text.
	KindUnknown Kind = "unknown"
)

// sniffBytes is how much of an input Sniff needs to see.
const sniffBytes = 4096

// Sniffed is what Sniff tells of an input.
type Sniffed struct {
	Kind Kind
	// Gzip is set when the input is gzip-compressed and Kind tells what the
	// decompressed content is.
	Gzip bool
	// What names the evidence: "RSS 2.0", "Atom", "RSS 1.0 (RDF)", "JSON
	// Feed", "<urlset>", "WARC/1.1 header", ….
	What string
}

// Sniff tells an input's format from its first bytes (sniffBytes are
// enough), never from its name: gzip and web-archive magic first, then the
// first meaningful markup after a byte-order mark, white space, an XML
// declaration, processing instructions, comments and a DOCTYPE, then JSON.
// Gzip is looked into, one level deep.
func Sniff(head []byte) Sniffed {
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		inner := gunzipHead(head)
		if len(inner) == 0 {
			return Sniffed{Kind: KindGzip, Gzip: true, What: "gzip"}
		}
		s := sniffPlain(inner)
		if len(inner) >= 2 && inner[0] == 0x1f && inner[1] == 0x8b {
			s = Sniffed{Kind: KindUnknown, What: "gzip inside gzip"}
		}
		s.Gzip = true
		return s
	}
	return sniffPlain(head)
}

// gunzipHead decompresses as much of the first gzip member as head holds.
func gunzipHead(head []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return nil
	}
	zr.Multistream(false)
	out, _ := io.ReadAll(io.LimitReader(zr, sniffBytes))
	return out
}

// arcHeader is an ARC record header line: URL, IP address, 14-digit date,
// MIME type and length (ARC v1), or ten fields ending with the length (v2).
var arcHeader = regexp.MustCompile(`^\S+ \S+ \d{14} \S+( \S+){0,5} \d+\r?\n`)

func sniffPlain(head []byte) Sniffed {
	h := head
	for {
		t := bytes.TrimLeft(h, " \t\r\n\f")
		t = bytes.TrimPrefix(t, []byte("\xef\xbb\xbf"))
		if len(t) == len(h) {
			break
		}
		h = t
	}
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return Sniffed{Kind: KindWARC, What: "WARC header"}
	case bytes.HasPrefix(h, []byte("filedesc://")):
		return Sniffed{Kind: KindARC, What: "ARC version block"}
	case arcHeader.Match(h[:min(len(h), 2048)]) && bytes.Contains(h[:min(len(h), 64)], []byte("://")):
		return Sniffed{Kind: KindARC, What: "ARC record header"}
	case len(h) > 0 && h[0] == '<':
		return sniffMarkup(h)
	case len(h) > 0 && (h[0] == '{' || h[0] == '['):
		return sniffJSON(h)
	}
	// Text with a page further on ("garbage<html>…", a mail-saved page).
	lh := bytes.ToLower(h[:min(len(h), 512)])
	if bytes.Contains(lh, []byte("<!doctype html")) || bytes.Contains(lh, []byte("<html")) {
		return Sniffed{Kind: KindHTML, What: "<html> after text"}
	}
	return Sniffed{Kind: KindText, What: "text"}
}

// sniffMarkup tells markup by its first element.
func sniffMarkup(h []byte) Sniffed {
	rest := h
	for {
		rest = bytes.TrimLeft(rest, " \t\r\n\f")
		switch {
		case bytes.HasPrefix(rest, []byte("<?")):
			i := bytes.Index(rest, []byte("?>"))
			if i < 0 {
				return Sniffed{Kind: KindUnknown, What: "an unterminated XML declaration"}
			}
			rest = rest[i+2:]
			continue
		case bytes.HasPrefix(rest, []byte("<!--")):
			i := bytes.Index(rest[4:], []byte("-->"))
			if i < 0 {
				// A comment longer than the head: decide on what it hides
				// as little as possible; HTML pages open with such banners.
				return sniffLong(h)
			}
			rest = rest[4+i+3:]
			continue
		case len(rest) >= 9 && strings.EqualFold(string(rest[:9]), "<!doctype"):
			i := bytes.IndexByte(rest, '>')
			decl := strings.ToLower(string(rest[:max(i, 0)]))
			if i < 0 {
				decl = strings.ToLower(string(rest))
			}
			fields := strings.Fields(strings.TrimPrefix(decl, "<!doctype"))
			if len(fields) > 0 {
				switch fields[0] {
				case "html":
					return Sniffed{Kind: KindHTML, What: "HTML DOCTYPE"}
				case "rss":
					return Sniffed{Kind: KindFeed, What: "RSS 0.91 DOCTYPE"}
				}
			}
			if i < 0 {
				return Sniffed{Kind: KindUnknown, What: "an unterminated DOCTYPE"}
			}
			rest = rest[i+1:]
			continue
		}
		break
	}
	if len(rest) == 0 {
		return sniffLong(h)
	}
	if rest[0] != '<' {
		return Sniffed{Kind: KindText, What: "text"}
	}
	name := elementName(rest[1:])
	if name == "" {
		return Sniffed{Kind: KindText, What: "text"}
	}
	local := name
	if i := strings.LastIndexByte(local, ':'); i >= 0 {
		local = local[i+1:]
	}
	switch strings.ToLower(local) {
	case "rss":
		return Sniffed{Kind: KindFeed, What: "RSS " + attr(rest, "version")}
	case "rdf":
		return Sniffed{Kind: KindFeed, What: "RSS 1.0 (RDF)"}
	case "feed":
		if v := attr(rest, "version"); v != "" {
			return Sniffed{Kind: KindFeed, What: "Atom " + v}
		}
		return Sniffed{Kind: KindFeed, What: "Atom"}
	case "svg", "math":
		return Sniffed{Kind: KindUnknown, What: "<" + name + ">"}
	}
	if !strings.Contains(name, ":") && atom.Lookup([]byte(strings.ToLower(name))) != 0 {
		return Sniffed{Kind: KindHTML, What: "<" + strings.ToLower(name) + ">"}
	}
	return Sniffed{Kind: KindUnknown, What: "<" + name + ">"}
}

// sniffLong decides on a head that ends inside a comment or prologue: HTML
// if an <html> or <body> tag shows, else markup of no known format.
func sniffLong(h []byte) Sniffed {
	lh := bytes.ToLower(h)
	for _, tag := range []string{"<html", "<body", "<head"} {
		if bytes.Contains(lh, []byte(tag)) {
			return Sniffed{Kind: KindHTML, What: tag + ">"}
		}
	}
	for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.Contains(lh, []byte(tag)) {
			return Sniffed{Kind: KindFeed, What: tag + ">"}
		}
	}
	return Sniffed{Kind: KindUnknown, What: "markup whose first element is out of reach"}
}

// elementName reads a tag name: letters, digits, '-', '_', '.', ':'.
func elementName(b []byte) string {
	i := 0
	for i < len(b) && i < 64 {
		c := b[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' ||
			i > 0 && (c >= '0' && c <= '9' || c == '-' || c == '.') {
			i++
			continue
		}
		break
	}
	if i == 0 {
		return ""
	}
	if i < len(b) && !(b[i] == ' ' || b[i] == '>' || b[i] == '/' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		return ""
	}
	return string(b[:i])
}

// attr reads attribute key of the start tag at the start of b, or "".
func attr(b []byte, key string) string {
	end := bytes.IndexByte(b, '>')
	if end < 0 {
		end = len(b)
	}
	tag := string(b[:end])
	for _, q := range []string{`"`, `'`} {
		if i := strings.Index(tag, " "+key+"="+q); i >= 0 {
			v := tag[i+len(key)+3:]
			if j := strings.Index(v, q); j >= 0 {
				return v[:j]
			}
		}
	}
	return ""
}

// sniffJSON tells a JSON Feed from JSON Lines and from JSON of no known
// format.
func sniffJSON(h []byte) Sniffed {
	if bytes.Contains(h, []byte("jsonfeed.org/version/")) {
		return Sniffed{Kind: KindFeed, What: "JSON Feed"}
	}
	if h[0] == '[' {
		return Sniffed{Kind: KindUnknown, What: "a JSON array"}
	}
	// JSON Lines: one object per line. A pretty-printed object (a line of
	// just "{") is one JSON document, not a line of a batch.
	first, _, _ := bytes.Cut(h, []byte("\n"))
	if len(bytes.TrimSpace(first)) == 1 {
		return Sniffed{Kind: KindUnknown, What: "a JSON document that is neither a JSON Feed nor JSON Lines"}
	}
	return Sniffed{Kind: KindJSONL, What: "JSON Lines"}
}
