package ingest

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

const formats = "testdata/formats"

func gzipped(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// TestSniffTellsEveryFormatByContent reads each fixture under a name that
// says nothing, plain and gzipped: the content alone decides.
func TestSniffTellsEveryFormatByContent(t *testing.T) {
	tests := []struct {
		file string
		want Kind
		what string
	}{
		{"rss20.xml", KindFeed, "RSS 2.0"},
		{"rss091-bom.xml", KindFeed, "RSS 0.91"},
		{"rss10.rdf.xml", KindFeed, "RSS 1.0 (RDF)"},
		{"atom03.xml", KindFeed, "Atom 0.3"},
		{"atom10.atom", KindFeed, "Atom"},
		{"jsonfeed1.json", KindFeed, "JSON Feed"},
		{"jsonfeed11.json", KindFeed, "JSON Feed"},
		{"koi8r-undeclared.xml", KindFeed, "RSS 2.0"},
		{"batch.jsonl", KindJSONL, "JSON Lines"},
		{"page.html", KindHTML, "HTML DOCTYPE"},
		{"fragment.htm", KindHTML, "<p>"},
		{"cp1251-misdeclared.html", KindHTML, "<html>"},
		{"story.txt", KindText, "text"},
		{"crawl.arc", KindARC, "ARC version block"},
		{"resources.warc", KindWARC, "WARC header"},
		{"sitemap.xml", KindUnknown, "<urlset>"},
		{"subscriptions.opml", KindUnknown, "<opml>"},
	}
	for _, tt := range tests {
		b, err := os.ReadFile(filepath.Join(formats, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		for _, gz := range []bool{false, true} {
			in := b
			if gz {
				in = gzipped(t, b)
			}
			got := Sniff(in[:min(len(in), sniffBytes)])
			if got.Kind != tt.want || got.What != tt.what || got.Gzip != gz {
				t.Errorf("%s (gzipped %v): Sniff = %+v, want %s %q", tt.file, gz, got, tt.want, tt.what)
			}
		}
	}
}

func TestSniffEdgeCases(t *testing.T) {
	tests := []struct {
		name, head string
		want       Kind
	}{
		{"a feed after a long comment", "<!-- " + strings.Repeat("x", 5000) + " -->\n<rss>", KindUnknown},
		{"a page after a long banner comment", "<!-- " + strings.Repeat("x", 100) + "<html>", KindHTML},
		{"an XML stylesheet before the feed", `<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><rss version="2.0">`, KindFeed},
		{"an Atom feed with a prefix", `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">`, KindFeed},
		{"an SVG image", `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">`, KindUnknown},
		{"a pretty-printed JSON object", "{\n  \"name\": \"x\"\n}\n", KindUnknown},
		{"a JSON array", `[{"text": "x"}]`, KindUnknown},
		{"a less-than sign in prose", "<3 to all the readers", KindText},
		{"prose that mentions a tag later", "Talks resumed. The <b> tag is bold.", KindText},
		{"an ARC v1 record without a version block", "http://a.example/ 192.0.2.1 20250101000000 text/html 12\nHTTP/1.0 200", KindARC},
		{"a corrupt gzip header", "\x1f\x8b\x00\x00", KindGzip},
		{"empty", "", KindText},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.head)[:min(len(tt.head), sniffBytes)]); got.Kind != tt.want {
			t.Errorf("%s: Sniff = %+v, want %s", tt.name, got, tt.want)
		}
	}
}

// TestEveryFormatReadsIntoDocuments reads each fixture end to end under a
// name that hides its format.
func TestEveryFormatReadsIntoDocuments(t *testing.T) {
	tests := []struct {
		file      string
		docs      int
		title     string // of the first document
		published string
		textHas   string
	}{
		{"rss20.xml", 1, "Prisoner talks move forward in Varn", "2025-06-10", "lakeside town of Varn"},
		{"rss091-bom.xml", 1, "Prisoner talks move forward in Varn", "2025-01-01", "list of names"},
		{"rss10.rdf.xml", 1, "Prisoner talks move forward in Varn", "2025-06-10", "retired judge"},
		{"atom03.xml", 1, "Prisoner talks move forward in Varn", "2025-06-10", "retired judge"},
		{"atom10.atom", 1, "Prisoner talks move forward in Varn", "2025-06-10", "retired judge"},
		{"jsonfeed1.json", 1, "Prisoner talks move forward in Varn", "2025-06-10", "retired judge"},
		{"jsonfeed11.json", 1, "Prisoner talks move forward in Varn", "2025-06-10", "retired judge"},
		{"batch.jsonl", 2, "Prisoner talks", "2025-01-01", "retired judge"},
		{"page.html", 1, "Prisoner talks move forward in Varn", "2025-01-01", "retired judge"},
		{"fragment.htm", 1, "", "2025-01-01", "retired judge"},
		{"story.txt", 1, "Prisoner talks move forward in Varn", "2025-01-01", "retired judge"},
		{"crawl.arc", 1, "Ceasefire line redrawn near Varn", "2025-06-10", "white posts"},
		{"resources.warc", 2, "Corridor extended", "2025-06-12", "protocol on extending"},
		{"koi8r-undeclared.xml", 1, "Переговоры продолжились", "2025-01-01", "Посредник заявил журналистам"},
		{"cp1255-undeclared.xml", 1, "השיחות התקדמו", "2025-01-01", "המתווך אמר לכתבים"},
		{"cp1251-misdeclared.html", 1, "Переговори тривають", "2025-01-01", "Посередник сказав журналістам"},
	}
	for _, tt := range tests {
		b, err := os.ReadFile(filepath.Join(formats, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		for _, gz := range []bool{false, true} {
			in := b
			if gz {
				in = gzipped(t, b)
			}
			path := filepath.Join(t.TempDir(), "input")
			os.WriteFile(path, in, 0o644)
			docs, errs := readAll(t, &Reader{Date: mustDate("2025-01-01")}, path)
			if len(errs) != 0 || len(docs) != tt.docs {
				t.Errorf("%s (gzipped %v): %d docs, errors %v", tt.file, gz, len(docs), errs)
				continue
			}
			d := docs[0]
			if d.Title != tt.title || d.Published.String() != tt.published || !strings.Contains(d.Text, tt.textHas) {
				t.Errorf("%s (gzipped %v): title %q, published %s, text %.80q", tt.file, gz, d.Title, d.Published, d.Text)
			}
		}
	}
}

func TestUnknownMarkupIsAnErrorNamingTheFile(t *testing.T) {
	for _, file := range []string{"sitemap.xml", "subscriptions.opml"} {
		path := filepath.Join(formats, file)
		docs, errs := readAll(t, &Reader{}, path)
		if len(docs) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), path) ||
			chronicle.ErrorCode(errs[0]) != chronicle.EUNSUPPORTED {
			t.Errorf("%s: docs %d, errs %v", file, len(docs), errs)
		}
	}
}
