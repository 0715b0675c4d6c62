package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

// TestBadInputsAreOneErrorEachAndTheBatchGoesOn reads a folder where every
// file but one is bad: each bad file is one error naming it (and its record
// where it has records), and the good file is still read.
func TestBadInputsAreOneErrorEachAndTheBatchGoesOn(t *testing.T) {
	dir := t.TempDir()
	page := "<html><body><article><p>Talks resumed in Varn on Monday after a week of shelling along the river, officials on both sides said in separate statements.</p></article></body></html>"
	warcLies := "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://ledger.example/a\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 90000\r\n\r\nHTTP/1.1 200 OK\r\n\r\n" + page
	arcMissing := "filedesc://x.arc 0.0.0.0 20250610080000 text/plain 0\n\nhttp://ledger.example/b 192.0.2.1 text/html 12\nHTTP/1.0 200\n"
	files := map[string][]byte{
		"a-bomb":        gzipped(t, []byte("<p>"+strings.Repeat("talks ", 400_000)+"</p>")),
		"b-lying.warc":  []byte(warcLies),
		"c-missing.arc": []byte(arcMissing),
		"d-sitemap.xml": []byte(`<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>`),
		"f-notes.rss":   []byte("this is not a feed {"),
		"e-empty-feed":  []byte(`<rss version="2.0"><channel><title>x</title><item><title>Only a title</title></item></channel></rss>`),
		"z-good.html":   []byte(page),
	}
	for name, b := range files {
		os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	docs, errs := readAll(t, &Reader{MaxFileBytes: 1 << 20}, dir)
	if len(docs) != 1 || !strings.Contains(docs[0].Text, "Talks resumed") {
		t.Errorf("docs: %d", len(docs))
	}
	want := []struct{ file, has string }{
		{"a-bomb", "gzip content expands to more than 1 MB"},
		{"b-lying.warc", "record at offset 0 is truncated: Content-Length is 90000"},
		{"c-missing.arc", "record at offset 54: header \"http://ledger.example/b 192.0.2.1 text/html 12\" has 4 fields"},
		{"d-sitemap.xml", "<urlset> is no format Chronicle reads"},
		{"e-empty-feed", `item "Only a title" has no article text`},
		{"f-notes.rss", "named as RSS but holds plain text"},
	}
	if len(errs) != len(want) {
		t.Fatalf("errors: %v", errs)
	}
	for i, w := range want {
		if msg := errs[i].Error(); !strings.Contains(msg, filepath.Join(dir, w.file)) || !strings.Contains(msg, w.has) {
			t.Errorf("error %d = %q, want the file %s and %q", i, msg, w.file, w.has)
		}
	}
	if chronicle.ErrorCode(errs[0]) != chronicle.ETOOLARGE {
		t.Errorf("a gzip bomb is %s", chronicle.ErrorCode(errs[0]))
	}
}

func TestFeedItemsAreNamedByPlaceWhenTheyHaveNoName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feed")
	os.WriteFile(path, []byte(`<rss version="2.0"><channel><title>x</title><item><description>Short.</description></item><item><description>Also short.</description></item></channel></rss>`), 0o644)
	_, errs := readAll(t, &Reader{}, path)
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), ": item 1 has no article text") || !strings.Contains(errs[1].Error(), ": item 2 has") {
		t.Errorf("errs = %v", errs)
	}
}

func TestARichDescriptionIsTheArticleWithoutFetching(t *testing.T) {
	body := strings.Repeat("Negotiators met again in Varn on Monday and agreed on a new schedule for talks. ", 20)
	path := filepath.Join(t.TempDir(), "feed")
	os.WriteFile(path, []byte(`<rss version="2.0"><channel><title>Ledger</title><item><title>Talks</title><link>http://127.0.0.1:1/never-fetched</link><description>`+body+`</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">Teaser.</content:encoded></item></channel></rss>`), 0o644)
	docs, errs := readAll(t, &Reader{}, path)
	if len(errs) != 0 || len(docs) != 1 || !strings.Contains(docs[0].Text, "new schedule") || docs[0].MetadataSources["text"] != "feed item description" {
		t.Fatalf("docs %+v errs %v", docs, errs)
	}
}

// FuzzSniff: Sniff never panics and always names a kind and its evidence.
func FuzzSniff(f *testing.F) {
	for _, s := range []string{"", "<", "<?xml", "<!--", "<!DOCTYPE", "\x1f\x8b", "{", "[", "WARC/1.1", "filedesc://",
		`<?xml version="1.0"?><!-- c --><rss version="2.0">`, "\xef\xbb\xbf<feed", `{"version":"https://jsonfeed.org/version/1.1"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s := Sniff(b[:min(len(b), sniffBytes)])
		if s.Kind == "" || s.What == "" {
			t.Fatalf("Sniff(%q) = %+v", b, s)
		}
	})
}
