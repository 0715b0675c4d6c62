package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// Test files are written by hand, record by record, so each test shows the
// bytes it reads.

func record(version, typ, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/%s\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-4000-8000-000000000000>\r\n"+
		"WARC-Date: 2024-03-05T09:30:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		version, typ, len(block), uri, contentType, len(block), block)
}

func response(uri, httpResponse string) string {
	return record("1.1", "response", uri, "application/http; msgtype=response", httpResponse)
}

func httpResp(status string, headers string, body string) string {
	return "HTTP/1.1 " + status + "\r\n" + headers + "\r\n" + body
}

func html(body string) string {
	return httpResp("200 OK", fmt.Sprintf("Content-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n", len(body)), body)
}

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

type got struct {
	recs []Record
	errs []string
	err  error
}

func readAll(rd *Reader, in string) got {
	var g got
	g.err = rd.Read(strings.NewReader(in), func(r Record, err error) error {
		if err != nil {
			g.errs = append(g.errs, err.Error())
			return nil
		}
		g.recs = append(g.recs, r)
		return nil
	})
	return g
}

const page = "<html><body><p>Troops advanced.</p></body></html>"

func TestReadYieldsOnlySuccessfulHTMLResponses(t *testing.T) {
	records := []string{
		record("1.0", "warcinfo", "", "application/warc-fields", "software: hand\r\n"),
		record("1.0", "request", "https://news.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"),
		response("https://news.example/a", html(page)),
		response("https://news.example/logo.png", httpResp("200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n")),
		response("https://news.example/missing", httpResp("404 Not Found", "Content-Type: text/html\r\n", "<p>not found</p>")),
		record("1.1", "resource", "dns:news.example", "text/dns", "news.example. 300 IN A 203.0.113.7\n"),
		record("1.1", "revisit", "https://news.example/a", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\n\r\n"),
		response("<https://news.example/b>", httpResp("200 OK", "", "<!DOCTYPE html><html><p>untyped</p></html>")),
	}
	offsetA := len(records[0]) + len(records[1])
	offsetB := offsetA + len(records[2]) + len(records[3]) + len(records[4]) + len(records[5]) + len(records[6])
	wantDate := time.Date(2024, 3, 5, 9, 30, 0, 0, time.UTC)

	t.Run("an uncompressed file yields its HTML pages with offsets", func(t *testing.T) {
		g := readAll(&Reader{}, strings.Join(records, ""))
		if g.err != nil || len(g.errs) != 0 {
			t.Fatalf("err = %v, errs = %v", g.err, g.errs)
		}
		if len(g.recs) != 2 {
			t.Fatalf("got %d records, want 2: %+v", len(g.recs), g.recs)
		}
		a, b := g.recs[0], g.recs[1]
		if a.TargetURI != "https://news.example/a" || string(a.Body) != page || !a.Date.Equal(wantDate) || a.Offset != int64(offsetA) {
			t.Errorf("first record = %+v (offset want %d)", a, offsetA)
		}
		if b.TargetURI != "https://news.example/b" || !strings.Contains(string(b.Body), "untyped") || b.Offset != int64(offsetB) {
			t.Errorf("second record = %+v (offset want %d)", b, offsetB)
		}
	})

	t.Run("a file gzipped per record yields the same pages at member offsets", func(t *testing.T) {
		var in strings.Builder
		var offsets []int
		for _, r := range records {
			offsets = append(offsets, in.Len())
			in.WriteString(gz(r))
		}
		g := readAll(&Reader{}, in.String())
		if g.err != nil || len(g.errs) != 0 || len(g.recs) != 2 {
			t.Fatalf("err = %v, errs = %v, records = %d", g.err, g.errs, len(g.recs))
		}
		if g.recs[0].Offset != int64(offsets[2]) || g.recs[1].Offset != int64(offsets[7]) || string(g.recs[0].Body) != page {
			t.Errorf("offsets %d %d, want %d %d", g.recs[0].Offset, g.recs[1].Offset, offsets[2], offsets[7])
		}
	})

	t.Run("a file gzipped whole yields the same pages", func(t *testing.T) {
		g := readAll(&Reader{}, gz(strings.Join(records, "")))
		if g.err != nil || len(g.errs) != 0 || len(g.recs) != 2 || string(g.recs[0].Body) != page {
			t.Fatalf("err = %v, errs = %v, records = %+v", g.err, g.errs, g.recs)
		}
	})
}

func TestReadUndoesEncodings(t *testing.T) {
	gzPage := gz(page)
	tests := []struct {
		name string
		resp string
	}{
		{"a chunked payload is de-chunked", httpResp("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
			fmt.Sprintf("%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n", 10, page[:10], len(page)-10, page[10:]))},
		{"a gzip content encoding is decoded", httpResp("200 OK", fmt.Sprintf("Content-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n", len(gzPage)), gzPage)},
		{"a chunked gzip payload is de-chunked and decoded", httpResp("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n",
			fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(gzPage), gzPage))},
		{"XHTML counts as HTML", httpResp("200 OK", "Content-Type: application/xhtml+xml\r\n", page)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := readAll(&Reader{}, response("https://news.example/a", tt.resp))
			if g.err != nil || len(g.errs) != 0 || len(g.recs) != 1 {
				t.Fatalf("err = %v, errs = %v, records = %+v", g.err, g.errs, g.recs)
			}
			if string(g.recs[0].Body) != page {
				t.Errorf("HTML = %q", g.recs[0].Body)
			}
		})
	}
}

func TestReadReportsABadPageAndGoesOn(t *testing.T) {
	tests := []struct {
		name string
		rd   Reader
		resp string
		code string
		msg  string
	}{
		{"an unknown content encoding is reported", Reader{}, httpResp("200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n", "\x1b\x00"),
			chronicle.EUNSUPPORTED, `content encoding "br" is not supported`},
		{"a broken gzip payload is reported", Reader{}, httpResp("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", "not gzip"),
			chronicle.EINVALID, "content encoding gzip"},
		{"HTML over the limit is reported", Reader{MaxHTMLBytes: 10}, html(page), chronicle.ETOOLARGE, "HTML over the limit"},
		{"a record over the limit is skipped and reported", Reader{MaxRecordBytes: 100}, html(page), chronicle.ETOOLARGE, "128 bytes, over the limit of 100; skipped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := response("https://news.example/bad", tt.resp) + response("https://news.example/good", html("<p>ok</p>"))
			var codes []string
			var msgs []string
			var good []string
			err := tt.rd.Read(strings.NewReader(in), func(r Record, err error) error {
				if err != nil {
					codes = append(codes, chronicle.ErrorCode(err))
					msgs = append(msgs, err.Error())
					if r.TargetURI != "https://news.example/bad" || r.Offset != 0 {
						t.Errorf("error record = %+v", r)
					}
					return nil
				}
				good = append(good, r.TargetURI)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(msgs) != 1 || !strings.Contains(msgs[0], tt.msg) || codes[0] != tt.code {
				t.Errorf("errors = %v (%v), want one %s saying %q", msgs, codes, tt.code, tt.msg)
			}
			if len(msgs) == 1 && !strings.HasPrefix(msgs[0], "warc: record at offset 0 (https://news.example/bad): ") {
				t.Errorf("error %q does not name the record", msgs[0])
			}
			if len(good) != 1 || good[0] != "https://news.example/good" {
				t.Errorf("good records = %v", good)
			}
		})
	}
}

func TestReadStopsAtATruncatedRecordAfterYieldingTheOnesBefore(t *testing.T) {
	a := response("https://news.example/a", html(page))
	b := response("https://news.example/b", html(page))
	c := response("https://news.example/c", html(page))
	tests := []struct {
		name   string
		in     string
		offset int
		msg    string
	}{
		{"a record cut in its block", a + b + c[:len(c)-30], len(a) + len(b), "is truncated: Content-Length is"},
		{"a record cut in its header", a + b + c[:40], len(a) + len(b), "truncated in its WARC header"},
		{"a gzip member cut short", gz(a) + gz(b) + gz(c)[:len(gz(c))-10], len(gz(a)) + len(gz(b)), "unexpected EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := readAll(&Reader{}, tt.in)
			if len(g.recs) != 2 || g.recs[0].TargetURI != "https://news.example/a" || g.recs[1].TargetURI != "https://news.example/b" {
				t.Errorf("records before the truncated one: %+v", g.recs)
			}
			if g.err == nil {
				t.Fatal("Read returned no error")
			}
			want := fmt.Sprintf("offset %d", tt.offset)
			if !strings.Contains(g.err.Error(), want) || !strings.Contains(g.err.Error(), tt.msg) {
				t.Errorf("error = %q, want it to name %s and say %q", g.err, want, tt.msg)
			}
			if chronicle.ErrorCode(g.err) != chronicle.EINVALID {
				t.Errorf("code = %q", chronicle.ErrorCode(g.err))
			}
		})
	}
}

func TestReadStopsAtAGzipBomb(t *testing.T) {
	a := gz(response("https://news.example/a", html(page)))
	zeros := strings.Repeat("\x00", 4<<20)
	bomb := gz(response("https://news.example/bomb", html(zeros)))
	if len(bomb) > 64<<10 {
		t.Fatalf("bomb is %d bytes compressed; the test wants a small one", len(bomb))
	}
	g := readAll(&Reader{MaxMemberBytes: 1 << 20}, a+bomb+a)
	if len(g.recs) != 1 || g.recs[0].TargetURI != "https://news.example/a" {
		t.Errorf("records = %+v", g.recs)
	}
	want := fmt.Sprintf("warc: gzip member at offset %d expands to more than 1 MB; stopping (a gzip bomb?)", len(a))
	if g.err == nil || g.err.Error() != want {
		t.Errorf("error = %v\nwant    %s", g.err, want)
	}
}

func TestReadRefusesWhatIsNotWARC(t *testing.T) {
	tests := []struct {
		name, in, msg string
	}{
		{"an HTML file is not WARC", "<html><p>x</p></html>", `warc: record at offset 0: not a WARC record (starts with "<html><p>x</p></")`},
		{"junk after a record names its offset", response("https://news.example/a", html(page)) + "PK\x03\x04", "not a WARC record"},
		{"a header without Content-Length is refused", "WARC/1.1\r\nWARC-Type: response\r\n\r\n", "no Content-Length"},
		{"a negative Content-Length is refused", "WARC/1.1\r\nContent-Length: -5\r\n\r\n", `bad Content-Length "-5"`},
		{"a Content-Length too large to be real is refused", "WARC/1.1\r\nContent-Length: 9223372036854775807\r\n\r\n", `bad Content-Length "9223372036854775807"`},
		{"an unknown WARC version is refused", "WARC/0.17\r\nContent-Length: 0\r\n\r\n\r\n\r\n", `unsupported WARC version "WARC/0.17"`},
		{"a version line without a number is refused", "WARC/\nWARC-Type: response\nContent-Type: application/http\nContent-Length: 0\r\n\r\n", `unsupported WARC version "WARC/"`},
		{"a corrupt gzip header is refused", "\x1f\x8b\x09\x00", "warc: gzip member at offset 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := readAll(&Reader{}, tt.in)
			if g.err == nil || !strings.Contains(g.err.Error(), tt.msg) {
				t.Errorf("error = %v, want %q", g.err, tt.msg)
			}
		})
	}
}

func TestReadStopsWhenTheCallbackFails(t *testing.T) {
	stop := errors.New("stop")
	in := response("https://news.example/a", html(page)) + response("https://news.example/b", html(page))
	calls := 0
	err := Read(strings.NewReader(in), func(Record, error) error { calls++; return stop })
	if err != stop || calls != 1 {
		t.Errorf("Read = %v after %d calls", err, calls)
	}
}

func FuzzWARC(f *testing.F) {
	a := response("https://news.example/a", html(page))
	for _, s := range []string{a, gz(a), a[:len(a)/2], gz(a)[:20], record("1.0", "warcinfo", "", "application/warc-fields", "x: y\r\n")} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		rd := &Reader{MaxRecordBytes: 256 << 10, MaxHTMLBytes: 256 << 10, MaxMemberBytes: 1 << 20}
		last := int64(-1)
		err := rd.Read(bytes.NewReader(b), func(r Record, err error) error {
			if r.Offset < last || r.Offset >= int64(len(b)) {
				t.Errorf("offset %d after %d in %d bytes", r.Offset, last, len(b))
			}
			last = r.Offset
			if !utf8.ValidString(r.TargetURI) {
				t.Errorf("TargetURI %q is not valid UTF-8", r.TargetURI)
			}
			if err == nil && int64(len(r.Body)) > rd.MaxHTMLBytes {
				t.Errorf("HTML of %d bytes", len(r.Body))
			}
			return nil
		})
		if err != nil && chronicle.ErrorCode(err) == chronicle.EINTERNAL {
			t.Errorf("uncoded error: %v", err)
		}
	})
}
