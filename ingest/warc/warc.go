// Package warc reads the pages out of web archives, so that a crawl can be
// ingested as articles: WARC files (WARC/1.0 and 1.1) and the Internet
// Archive's older ARC files (v1 and v2), uncompressed or gzipped per record
// or as a whole. From WARC it takes response records holding an HTTP
// response, and resource and conversion records whose block is itself an
// HTML page or plain text; from ARC, every http(s) record's response.
//
// Records are parsed by gowarc. Around it this package frames each record
// itself, from its Content-Length, for two reasons: to bound memory (a record
// over MaxRecordBytes is skipped unread, and a gzip member that expands past
// MaxMemberBytes is taken for a gzip bomb and stops the read), and to tell a
// truncated record, whose error names its offset, from a complete one, which
// gowarc's lenient reader does not do.
package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	gowarc "github.com/nlnwa/gowarc/v2"

	"github.com/chronicle-news/chronicle"
)

// Defaults for a zero Reader.
const (
	// DefaultMaxRecordBytes bounds a record's block (HTTP headers and
	// payload), which is held in memory while it is parsed.
	DefaultMaxRecordBytes = 32 << 20
	// DefaultMaxHTMLBytes bounds the decoded HTML of one page.
	DefaultMaxHTMLBytes = 20 << 20
	// DefaultMaxMemberBytes bounds what one gzip member may expand to.
	DefaultMaxMemberBytes = 1 << 30
	// maxHeaderBytes bounds a record's WARC header.
	maxHeaderBytes = 64 << 10
	// maxContentLength is far above any real record (a petabyte) and far
	// below where header length plus content length could overflow.
	maxContentLength = 1 << 50
)

// Record is one archived page.
type Record struct {
	// Offset is the byte offset in the input of the record, or of the gzip
	// member that holds it.
	Offset int64
	// TargetURI is the page's URL.
	TargetURI string
	// Date is the WARC-Date: when the page was captured.
	Date time.Time
	// Body is the page: the HTTP payload with transfer and content
	// encodings undone, or a resource or conversion record's block.
	Body []byte
	// MediaType is Body's type: "text/html", "application/xhtml+xml" or
	// "text/plain".
	MediaType string
}

// Reader reads WARC files with limits; the zero Reader uses the defaults.
type Reader struct {
	MaxRecordBytes int64
	MaxHTMLBytes   int64
	MaxMemberBytes int64
}

// Read reads r with the default limits; see Reader.Read.
func Read(r io.Reader, fn func(Record, error) error) error {
	return (&Reader{}).Read(r, fn)
}

// Read calls fn for every response record of r whose HTTP status is 2xx and
// whose payload is HTML, in file order; other records are skipped. A page
// that cannot be used (bad HTTP, unknown content encoding, HTML over
// MaxHTMLBytes, record over MaxRecordBytes) is passed to fn as an error with
// Record.Offset and TargetURI set, and reading goes on. When fn returns an
// error, Read stops and returns it. A fault in the file itself (a truncated
// record, a corrupt gzip member, a gzip bomb, bytes that are not WARC) ends
// the read: Read returns it, naming the offset, after fn has seen every
// record before it.
func (rd *Reader) Read(r io.Reader, fn func(Record, error) error) error {
	u := gowarc.NewUnmarshaler(
		gowarc.WithBufferMaxMemBytes(rd.maxRecord()+maxHeaderBytes+4),
		gowarc.WithAddMissingDigest(false),
		gowarc.WithAddMissingRecordId(false),
		gowarc.WithFixDigest(false),
		gowarc.WithFixContentLength(false),
	)
	return rd.read(r, "warc", func(src *bufio.Reader, off int64) error {
		return rd.record(src, u, off, fn)
	})
}

// read walks the records of r, gzipped per record, as a whole or not at all,
// calling one with a reader positioned at each record and the offset of the
// record or of the gzip member that holds it. format names the archive kind
// in errors.
func (rd *Reader) read(r io.Reader, format string, one func(src *bufio.Reader, off int64) error) error {
	cr := &countingReader{r: r}
	br := bufio.NewReaderSize(cr, 2*maxHeaderBytes)
	var gz *gzip.Reader
	for {
		off := cr.n - int64(br.Buffered())
		magic, err := br.Peek(2)
		if len(magic) == 0 {
			if err == io.EOF {
				return nil
			}
			return fmt.Errorf("%s: read at offset %d: %w", format, off, err)
		}
		if isSpace(magic[0]) {
			// Some writers leave extra line breaks between records.
			_, _ = br.Discard(1)
			continue
		}
		if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
			if gz == nil {
				gz, err = gzip.NewReader(br)
			} else {
				err = gz.Reset(br)
			}
			if err != nil {
				return chronicle.Errorf(chronicle.EINVALID, "%s: gzip member at offset %d: %v", format, off, err)
			}
			gz.Multistream(false)
			lim := &io.LimitedReader{R: gz, N: rd.maxMember() + 1}
			err := records(bufio.NewReaderSize(lim, 2*maxHeaderBytes), format, off, one)
			if lim.N <= 0 {
				// The limit cut the member short, so whatever records
				// said about it is beside the point.
				return chronicle.Errorf(chronicle.ETOOLARGE, "%s: gzip member at offset %d expands to more than %d MB; stopping (a gzip bomb?)", format, off, rd.maxMember()>>20)
			}
			if err != nil {
				return err
			}
			continue
		}
		if err := one(br, off); err != nil {
			return err
		}
	}
}

// records reads every record of one decompressed gzip member: one, as the
// standard wants, or all of them when a whole file was gzipped at once.
func records(src *bufio.Reader, format string, off int64, one func(src *bufio.Reader, off int64) error) error {
	for {
		b, err := src.Peek(1)
		if len(b) == 0 {
			if err == io.EOF {
				return nil
			}
			return chronicle.Errorf(chronicle.EINVALID, "%s: gzip member at offset %d: %v", format, off, err)
		}
		if isSpace(b[0]) {
			_, _ = src.Discard(1)
			continue
		}
		if err := one(src, off); err != nil {
			return err
		}
	}
}

// record reads one record from src, which is positioned at its start.
func (rd *Reader) record(src *bufio.Reader, u gowarc.Unmarshaler, off int64, fn func(Record, error) error) error {
	h, err := peekHeader(src)
	if err != nil {
		return chronicle.Errorf(chronicle.EINVALID, "warc: record at offset %d: %v", off, err)
	}
	blockLen := int64(len(h.raw)) + h.contentLength
	if h.contentLength > rd.maxRecord() {
		if n, err := io.CopyN(io.Discard, src, blockLen); err != nil {
			return truncated(off, h, n-int64(len(h.raw)), err)
		}
		skipTrailer(src)
		if h.isResponse() {
			return fn(Record{Offset: off, TargetURI: h.target}, chronicle.Errorf(chronicle.ETOOLARGE,
				"warc: record at offset %d (%s): %d bytes, over the limit of %d; skipped", off, h.target, h.contentLength, rd.maxRecord()))
		}
		return nil
	}

	// Read the record's bytes first, so that a truncated record is known as
	// such before anything of it is yielded.
	// The buffer grows as bytes arrive, so a header that claims more than
	// the file holds costs nothing.
	var block bytes.Buffer
	if _, err := block.ReadFrom(io.LimitReader(src, blockLen)); err != nil {
		return truncated(off, h, int64(block.Len()-len(h.raw)), err)
	}
	if int64(block.Len()) < blockLen {
		return truncated(off, h, int64(block.Len()-len(h.raw)), io.EOF)
	}
	buf := block.Bytes()
	skipTrailer(src)
	// Look past the record: at the end of a gzip member this makes the
	// decompressor check the member's checksum and length, so a damaged
	// member is reported before its record is yielded.
	if _, err := src.Peek(1); err != nil && err != io.EOF {
		return chronicle.Errorf(chronicle.EINVALID, "warc: record at offset %d: %v", off, err)
	}
	if mt, ok := h.isPage(); ok {
		body := buf[len(h.raw):]
		if int64(len(body)) > rd.maxHTML() {
			return fn(Record{Offset: off, TargetURI: h.target}, chronicle.Errorf(chronicle.ETOOLARGE,
				"warc: %s record at offset %d (%s): page over the limit of %d MB", strings.ToLower(h.recordType), off, h.target, rd.maxHTML()>>20))
		}
		rec := Record{Offset: off, TargetURI: h.target, Body: body, MediaType: mt}
		rec.Date, _ = time.Parse(time.RFC3339Nano, h.date)
		return fn(rec, nil)
	}
	if !h.isResponse() {
		return nil
	}

	wr, err := unmarshal(u, buf)
	if wr != nil {
		defer wr.Close()
	}
	if err != nil {
		return fn(Record{Offset: off, TargetURI: h.target}, chronicle.Errorf(chronicle.EINVALID, "warc: record at offset %d: %v", off, err))
	}
	rec := Record{Offset: off, TargetURI: h.target}
	rec.Date, _ = wr.Date()
	hb, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil // not an HTTP response after all
	}
	raw, err := hb.RawBytes()
	if err != nil {
		return fn(Record{Offset: off, TargetURI: rec.TargetURI}, chronicle.Errorf(chronicle.EINVALID, "warc: record at offset %d (%s): read block: %v", off, rec.TargetURI, err))
	}
	body, mt, err := rd.payload(raw)
	if err != nil {
		return fn(Record{Offset: off, TargetURI: rec.TargetURI}, chronicle.Errorf(chronicle.ErrorCode(err), "warc: record at offset %d (%s): %w", off, rec.TargetURI, err))
	}
	if body == nil {
		return nil
	}
	rec.Body, rec.MediaType = body, mt
	return fn(rec, nil)
}

// unmarshal parses one framed record with gowarc. gowarc indexes into lines
// it has not checked (a version line "WARC/\n" made it panic under fuzzing),
// so a panic is caught and reported as a bad record rather than ending a
// batch.
func unmarshal(u gowarc.Unmarshaler, buf []byte) (wr gowarc.WarcRecord, err error) {
	defer func() {
		if r := recover(); r != nil {
			wr, err = nil, fmt.Errorf("unreadable record (gowarc: %v)", r)
		}
	}()
	wr, _, _, err = u.Unmarshal(bufio.NewReader(io.MultiReader(bytes.NewReader(buf), strings.NewReader("\r\n\r\n"))))
	return wr, err
}

// payload returns the HTML page in an HTTP response and its media type, or
// nil when the response is not a successful HTML response.
func (rd *Reader) payload(raw io.Reader) ([]byte, string, error) {
	resp, err := http.ReadResponse(bufio.NewReader(raw), nil)
	if err != nil {
		return nil, "", chronicle.Errorf(chronicle.EINVALID, "bad HTTP response: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", nil
	}
	// The payload is read whole (transfer encoding undone by ReadResponse);
	// a payload cut short by the crawler (WARC-Truncated) is kept as it is.
	body, err := io.ReadAll(io.LimitReader(resp.Body, rd.maxRecord()))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, "", chronicle.Errorf(chronicle.EINVALID, "bad HTTP payload: %v", err)
	}
	html, err := decode(resp.Header.Get("Content-Encoding"), body, rd.maxHTML())
	if err != nil {
		return nil, "", err
	}
	ct := resp.Header.Get("Content-Type")
	if ct == "" {
		ct = http.DetectContentType(html)
	}
	mt, _, _ := mime.ParseMediaType(ct)
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return nil, "", nil
	}
	return html, mt, nil
}

// decode undoes a Content-Encoding, reading at most max bytes of output.
func decode(encoding string, body []byte, max int64) ([]byte, error) {
	var r io.Reader
	var err error
	switch enc := strings.ToLower(strings.TrimSpace(encoding)); enc {
	case "", "identity":
		r = bytes.NewReader(body)
	case "gzip", "x-gzip":
		r, err = gzip.NewReader(bytes.NewReader(body))
	case "deflate":
		// "deflate" is zlib by the standard and raw deflate in practice.
		r, err = zlib.NewReader(bytes.NewReader(body))
		if err != nil {
			r, err = flate.NewReader(bytes.NewReader(body)), nil
		}
	default:
		return nil, chronicle.Errorf(chronicle.EUNSUPPORTED, "content encoding %q is not supported", encoding)
	}
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "content encoding %s: %v", encoding, err)
	}
	out, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "content encoding %s: %v", encoding, err)
	}
	if int64(len(out)) > max {
		return nil, chronicle.Errorf(chronicle.ETOOLARGE, "HTML over the limit of %d MB", max>>20)
	}
	return out, nil
}

// header is what record needs of a WARC header before gowarc parses it.
type header struct {
	raw           []byte
	contentLength int64
	recordType    string
	target        string
	contentType   string
	date          string
}

// isPage reports whether a resource or conversion record's block is itself
// a page Chronicle reads, and its media type.
func (h header) isPage() (string, bool) {
	if !strings.EqualFold(h.recordType, "resource") && !strings.EqualFold(h.recordType, "conversion") {
		return "", false
	}
	mt, _, err := mime.ParseMediaType(h.contentType)
	if err != nil {
		return "", false
	}
	switch mt = strings.ToLower(mt); mt {
	case "text/html", "application/xhtml+xml", "text/plain":
		return mt, true
	}
	return "", false
}

func (h header) isResponse() bool {
	return strings.EqualFold(h.recordType, "response") && strings.HasPrefix(strings.ToLower(h.contentType), "application/http")
}

// peekHeader reads the WARC header at the start of src without consuming it.
func peekHeader(src *bufio.Reader) (header, error) {
	var b []byte
	var err error
	end := -1
	for n := 512; end < 0; n *= 2 {
		if n > maxHeaderBytes {
			n = maxHeaderBytes
		}
		b, err = src.Peek(n)
		if !bytes.HasPrefix(b, []byte("WARC/")) {
			if len(b) < 5 && bytes.HasPrefix([]byte("WARC/"), b) {
				return header{}, fmt.Errorf("truncated in its WARC header (%d bytes)", len(b))
			}
			return header{}, fmt.Errorf("not a WARC record (starts with %q)", b[:min(len(b), 16)])
		}
		if i := bytes.Index(b, []byte("\r\n\r\n")); i >= 0 {
			end = i + 4
		} else if i := bytes.Index(b, []byte("\n\n")); i >= 0 {
			end = i + 2
		} else if err != nil {
			return header{}, fmt.Errorf("truncated in its WARC header (%d bytes, no blank line)", len(b))
		} else if n == maxHeaderBytes {
			return header{}, fmt.Errorf("WARC header longer than %d bytes", maxHeaderBytes)
		}
	}
	h := header{raw: b[:end], contentLength: -1}
	version, _, _ := strings.Cut(string(b[:end]), "\n")
	if v := strings.TrimSpace(version); v != "WARC/1.0" && v != "WARC/1.1" {
		return header{}, fmt.Errorf("unsupported WARC version %q (want WARC/1.0 or WARC/1.1)", v)
	}
	for _, line := range strings.Split(string(b[:end]), "\n") {
		name, value, ok := strings.Cut(strings.TrimRight(line, "\r"), ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "content-length":
			n, err := strconv.ParseInt(value, 10, 64)
			if err != nil || n < 0 || n > maxContentLength {
				return header{}, fmt.Errorf("bad Content-Length %q", value)
			}
			h.contentLength = n
		case "warc-type":
			h.recordType = value
		case "warc-target-uri":
			h.target = targetURI(value)
		case "content-type":
			h.contentType = value
		case "warc-date":
			h.date = value
		}
	}
	if h.contentLength < 0 {
		return header{}, errors.New("no Content-Length")
	}
	return h, nil
}

func truncated(off int64, h header, got int64, err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return chronicle.Errorf(chronicle.EINVALID, "warc: record at offset %d is truncated: Content-Length is %d, only %d bytes follow the header", off, h.contentLength, max(got, 0))
	}
	return chronicle.Errorf(chronicle.EINVALID, "warc: record at offset %d: %v", off, err)
}

// skipTrailer consumes the blank lines that end a record.
func skipTrailer(src *bufio.Reader) {
	for i := 0; i < 4; i++ {
		b, err := src.Peek(1)
		if err != nil || (b[0] != '\r' && b[0] != '\n') {
			return
		}
		_, _ = src.Discard(1)
	}
}

// targetURI cleans a WARC-Target-URI: WARC/1.1 drafts wrote it in angle
// brackets, and a damaged file may hold bytes that are not UTF-8.
func targetURI(s string) string {
	return strings.ToValidUTF8(strings.Trim(strings.TrimSpace(s), "<>"), "\uFFFD")
}

func isSpace(c byte) bool { return c == '\r' || c == '\n' || c == ' ' || c == '\t' }

func (rd *Reader) maxRecord() int64 {
	if rd.MaxRecordBytes > 0 {
		return rd.MaxRecordBytes
	}
	return DefaultMaxRecordBytes
}

func (rd *Reader) maxHTML() int64 {
	if rd.MaxHTMLBytes > 0 {
		return rd.MaxHTMLBytes
	}
	return DefaultMaxHTMLBytes
}

func (rd *Reader) maxMember() int64 {
	if rd.MaxMemberBytes > 0 {
		return rd.MaxMemberBytes
	}
	return DefaultMaxMemberBytes
}

// countingReader counts the bytes read from r, so that offsets can be told.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
