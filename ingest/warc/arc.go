package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle"
)

// ARC is the Internet Archive's web-archive format before WARC. No
// maintained Go module reads it (gowarc reads WARC only), and the format is
// small, so this file reads it by hand. A file is a sequence of records,
// each one header line and a block:
//
//	URL IP-address Archive-date Content-type Archive-length\n   (v1)
//	URL IP-address Archive-date Content-type Result-code Checksum Location Offset Filename Archive-length\n   (v2)
//	<Archive-length bytes: for http records, the HTTP response as received>\n
//
// The first record is the version block, whose URL is filedesc://<name>.
// An .arc.gz file gzips each record as its own member.

// arcDate is the layout of an ARC record's 14-digit date.
const arcDate = "20060102150405"

// ReadARC reads r as an ARC file with the default limits; see
// Reader.ReadARC.
func ReadARC(r io.Reader, fn func(Record, error) error) error {
	return (&Reader{}).ReadARC(r, fn)
}

// ReadARC calls fn for every http(s) record of an ARC file whose response
// is a successful HTML page, as Read does for WARC: a page that cannot be
// used is passed to fn as an error and reading goes on; a fault in the file
// itself (a header with a missing or bad field, a truncated record, a
// corrupt or oversized gzip member) ends the read with an error naming the
// record's offset.
func (rd *Reader) ReadARC(r io.Reader, fn func(Record, error) error) error {
	return rd.read(r, "arc", func(src *bufio.Reader, off int64) error {
		return rd.arcRecord(src, off, fn)
	})
}

// arcHeader is a parsed ARC record header line.
type arcHeader struct {
	url, contentType string
	date             time.Time
	length           int64
}

// readARCHeader reads and parses the header line at the start of src.
func readARCHeader(src *bufio.Reader) (arcHeader, error) {
	line, err := src.ReadSlice('\n')
	if err != nil {
		if errors.Is(err, bufio.ErrBufferFull) {
			return arcHeader{}, errors.New("header line longer than the buffer; not an ARC record")
		}
		if len(line) == 0 {
			return arcHeader{}, fmt.Errorf("header: %v", err)
		}
		return arcHeader{}, fmt.Errorf("truncated in its header line (%q)", clip(line))
	}
	fields := strings.Fields(string(bytes.TrimRight(line, "\r\n")))
	if len(fields) != 5 && len(fields) != 10 {
		return arcHeader{}, fmt.Errorf("header %q has %d fields, want 5 (URL, IP address, date, content type, length) or 10 (ARC v2)", clip(line), len(fields))
	}
	h := arcHeader{url: strings.ToValidUTF8(fields[0], "\uFFFD"), contentType: fields[3]}
	if !strings.Contains(h.url, ":") {
		return arcHeader{}, fmt.Errorf("header %q: %q is not a URL", clip(line), clip([]byte(fields[0])))
	}
	n, err := strconv.ParseInt(fields[len(fields)-1], 10, 64)
	if err != nil || n < 0 || n > maxContentLength {
		return arcHeader{}, fmt.Errorf("header %q: bad length %q", clip(line), clip([]byte(fields[len(fields)-1])))
	}
	h.length = n
	if h.date, err = time.Parse(arcDate, fields[2]); err != nil {
		return arcHeader{}, fmt.Errorf("header %q: bad date %q (want 14 digits, YYYYMMDDhhmmss)", clip(line), clip([]byte(fields[2])))
	}
	return h, nil
}

// arcRecord reads one record from src, which is positioned at its start.
func (rd *Reader) arcRecord(src *bufio.Reader, off int64, fn func(Record, error) error) error {
	h, err := readARCHeader(src)
	if err != nil {
		return chronicle.Errorf(chronicle.EINVALID, "arc: record at offset %d: %v", off, err)
	}
	lower := strings.ToLower(h.url)
	isHTTP := strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
	if h.length > rd.maxRecord() {
		if n, err := io.CopyN(io.Discard, src, h.length); err != nil {
			return arcTruncated(off, h, n, err)
		}
		skipTrailer(src)
		if isHTTP {
			return fn(Record{Offset: off, TargetURI: h.url}, chronicle.Errorf(chronicle.ETOOLARGE,
				"arc: record at offset %d (%s): %d bytes, over the limit of %d; skipped", off, h.url, h.length, rd.maxRecord()))
		}
		return nil
	}
	var block bytes.Buffer
	if _, err := block.ReadFrom(io.LimitReader(src, h.length)); err != nil {
		return arcTruncated(off, h, int64(block.Len()), err)
	}
	if int64(block.Len()) < h.length {
		return arcTruncated(off, h, int64(block.Len()), io.EOF)
	}
	skipTrailer(src)
	if _, err := src.Peek(1); err != nil && err != io.EOF {
		return chronicle.Errorf(chronicle.EINVALID, "arc: record at offset %d: %v", off, err)
	}
	if !isHTTP {
		return nil // the version block (filedesc:), dns:, ftp: …
	}
	rec := Record{Offset: off, TargetURI: h.url, Date: h.date}
	b := block.Bytes()
	var body []byte
	var mt string
	if bytes.HasPrefix(b, []byte("HTTP/")) {
		body, mt, err = rd.payload(bytes.NewReader(b))
		if err != nil {
			return fn(Record{Offset: off, TargetURI: h.url}, chronicle.Errorf(chronicle.ErrorCode(err), "arc: record at offset %d (%s): %w", off, h.url, err))
		}
	} else {
		// Some early crawls stored the body without the response headers;
		// the header's content type is then all there is.
		mt, _, _ = mime.ParseMediaType(h.contentType)
		if mt == "text/html" || mt == "application/xhtml+xml" {
			if int64(len(b)) > rd.maxHTML() {
				return fn(Record{Offset: off, TargetURI: h.url}, chronicle.Errorf(chronicle.ETOOLARGE, "arc: record at offset %d (%s): HTML over the limit of %d MB", off, h.url, rd.maxHTML()>>20))
			}
			body = b
		}
	}
	if body == nil {
		return nil
	}
	rec.Body, rec.MediaType = body, mt
	return fn(rec, nil)
}

func arcTruncated(off int64, h arcHeader, got int64, err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return chronicle.Errorf(chronicle.EINVALID, "arc: record at offset %d (%s) is truncated: its length is %d, only %d bytes follow the header", off, h.url, h.length, max(got, 0))
	}
	return chronicle.Errorf(chronicle.EINVALID, "arc: record at offset %d (%s): %v", off, h.url, err)
}

// clip shortens b for an error message and makes it valid UTF-8.
func clip(b []byte) string {
	s := strings.ToValidUTF8(string(bytes.TrimRight(b, "\r\n")), "\uFFFD")
	if r := []rune(s); len(r) > 80 {
		s = string(r[:80]) + "…"
	}
	return s
}
