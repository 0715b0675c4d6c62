package warc

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle"
)

// arcRecord writes one ARC v1 record.
func arcRec(url, mime, block string) string {
	return fmt.Sprintf("%s 192.0.2.10 20250610080002 %s %d\n%s\n", url, mime, len(block), block)
}

func arcFile(records ...string) string {
	vb := "1 0 Chronicle test\nURL IP-address Archive-date Content-type Archive-length\n"
	return fmt.Sprintf("filedesc://t.arc 0.0.0.0 20250610080000 text/plain %d\n%s\n", len(vb), vb) + strings.Join(records, "")
}

func readARC(rd *Reader, in string) got {
	var g got
	g.err = rd.ReadARC(strings.NewReader(in), func(r Record, err error) error {
		if err != nil {
			g.errs = append(g.errs, err.Error())
			return nil
		}
		g.recs = append(g.recs, r)
		return nil
	})
	return g
}

func TestReadARC(t *testing.T) {
	good := arcRec("http://ledger.example/a", "text/html", html(page))
	v2 := "http://ledger.example/v2 192.0.2.10 20250610080003 text/html 200 SHA1 - 0 t.arc " + fmt.Sprint(len(html(page))) + "\n" + html(page) + "\n"
	tests := []struct {
		name    string
		in      string
		pages   int
		errs    int
		errHas  string
		stopHas string
	}{
		{"a v1 file yields its HTML responses, not images or dns records", arcFile(
			arcRec("dns:ledger.example", "text/dns", "192.0.2.10"), good,
			arcRec("http://ledger.example/logo.gif", "image/gif", httpResp("200 OK", "Content-Type: image/gif\r\n", "GIF89a")),
			arcRec("http://ledger.example/gone", "text/html", httpResp("404 Not Found", "Content-Type: text/html\r\n", "<p>gone</p>"))), 1, 0, "", ""},
		{"a v2 header (ten fields) is read", arcFile(v2), 1, 0, "", ""},
		{"a body stored without HTTP headers is read by its header's type", arcFile(arcRec("http://ledger.example/raw", "text/html", page)), 1, 0, "", ""},
		{"gzipped per record", gz(arcFile()) + gz(good) + gz(good), 2, 0, "", ""},
		{"a header with a missing field stops the file after the records before it", arcFile(good,
			"http://ledger.example/b 192.0.2.10 text/html 10\n0123456789\n", good), 1, 0, "", "arc: record at offset"},
		{"a record shorter than its length is truncated", arcFile(good, "http://ledger.example/c 192.0.2.10 20250610080002 text/html 5000\nHTTP/1.0 200 OK\r\n"), 1, 0, "", "is truncated: its length is 5000"},
		{"a bad date is named", arcFile("http://ledger.example/d 192.0.2.10 2025-06-10 text/html 3\nabc\n"), 0, 0, "", "bad date"},
		{"an undecodable payload is reported and reading goes on", arcFile(
			arcRec("http://ledger.example/e", "text/html", httpResp("200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n", "xx")), good), 1, 1, "not supported", ""},
	}
	for _, tt := range tests {
		g := readARC(&Reader{}, tt.in)
		if len(g.recs) != tt.pages || len(g.errs) != tt.errs {
			t.Errorf("%s: %d pages, errors %v, stop %v", tt.name, len(g.recs), g.errs, g.err)
			continue
		}
		if tt.errHas != "" && !strings.Contains(g.errs[0], tt.errHas) {
			t.Errorf("%s: error %q", tt.name, g.errs[0])
		}
		if (tt.stopHas == "") != (g.err == nil) || g.err != nil && !strings.Contains(g.err.Error(), tt.stopHas) {
			t.Errorf("%s: stop error %v, want one with %q", tt.name, g.err, tt.stopHas)
		}
		if g.err != nil && chronicle.ErrorCode(g.err) != chronicle.EINVALID {
			t.Errorf("%s: stop error code %s", tt.name, chronicle.ErrorCode(g.err))
		}
		for _, r := range g.recs {
			if !strings.Contains(string(r.Body), "Troops advanced") || r.MediaType != "text/html" ||
				!r.Date.Equal(time.Date(2025, 6, 10, 8, 0, 2, 0, time.UTC)) && !strings.Contains(r.TargetURI, "v2") {
				t.Errorf("%s: record %+v", tt.name, r)
			}
		}
	}
}

func TestReadARCStopsAtAGzipBomb(t *testing.T) {
	bomb := gz(arcRec("http://ledger.example/big", "text/html", strings.Repeat("a", 3<<20)))
	g := readARC(&Reader{MaxMemberBytes: 1 << 20}, bomb)
	if g.err == nil || chronicle.ErrorCode(g.err) != chronicle.ETOOLARGE || !strings.Contains(g.err.Error(), "gzip bomb") {
		t.Errorf("err = %v", g.err)
	}
}

func TestResourceAndConversionRecordsArePages(t *testing.T) {
	in := record("1.1", "resource", "https://ledger.example/r", "text/html; charset=utf-8", page) +
		record("1.1", "conversion", "https://ledger.example/c.pdf", "text/plain", "Talks resumed on Monday.") +
		record("1.1", "resource", "https://ledger.example/i.png", "image/png", "\x89PNG")
	g := readAll(&Reader{}, in)
	if g.err != nil || len(g.errs) != 0 || len(g.recs) != 2 {
		t.Fatalf("%+v", g)
	}
	if g.recs[0].MediaType != "text/html" || string(g.recs[0].Body) != page || g.recs[1].MediaType != "text/plain" || g.recs[1].Date.IsZero() {
		t.Errorf("%+v", g.recs)
	}
}

// FuzzARC feeds arbitrary bytes to the ARC reader: no panic, no page over
// the limits, and every error names an offset.
func FuzzARC(f *testing.F) {
	f.Add(arcFile(arcRec("http://a.example/", "text/html", html(page))))
	f.Add(gz(arcFile()) + gz(arcRec("http://a.example/", "text/html", page)))
	f.Add("http://a.example/ 1.2.3.4 20250101000000 text/html 99999999999999\n")
	f.Add("filedesc://x 0 2 text/plain\n")
	f.Fuzz(func(t *testing.T, in string) {
		rd := &Reader{MaxRecordBytes: 256 << 10, MaxHTMLBytes: 256 << 10, MaxMemberBytes: 1 << 20}
		err := rd.ReadARC(strings.NewReader(in), func(r Record, err error) error {
			if err == nil && int64(len(r.Body)) > rd.MaxHTMLBytes {
				t.Errorf("page of %d bytes", len(r.Body))
			}
			if err != nil && !strings.Contains(err.Error(), "offset") {
				t.Errorf("error without an offset: %v", err)
			}
			return nil
		})
		if err != nil && !strings.Contains(err.Error(), "offset") {
			t.Errorf("stop error without an offset: %v", err)
		}
	})
}
