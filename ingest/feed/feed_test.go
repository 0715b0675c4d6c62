package feed

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example News</title>
  <link>https://news.example/</link>
  <item>
    <title>Troops advance on Kherson</title>
    <link>https://news.example/2024/kherson</link>
    <guid isPermaLink="false">kherson-1</guid>
    <pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>
    <dc:creator>Anna Petrenko</dc:creator>
    <description>Forces moved &lt;b&gt;south&lt;/b&gt;.</description>
    <content:encoded><![CDATA[<p>Forces moved south on Tuesday.</p>]]></content:encoded>
  </item>
  <item>
    <title>Ceasefire talks</title>
    <link>https://news.example/2024/talks</link>
  </item>
</channel>
</rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom News</title>
  <link href="https://atom.example/"/>
  <author><name>Desk</name></author>
  <entry>
    <id>tag:atom.example,2024:1</id>
    <title>Port reopens</title>
    <link href="https://atom.example/port"/>
    <updated>2024-03-06T12:00:00Z</updated>
    <published>2024-03-06T10:00:00Z</published>
    <summary>The port reopened.</summary>
    <content type="html">&lt;p&gt;The port reopened after a week.&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>tag:atom.example,2024:2</id>
    <title>Only updated</title>
    <updated>2024-03-07T08:00:00Z</updated>
  </entry>
</feed>`

const jsonFeed = `{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "JSON News",
  "home_page_url": "https://json.example/",
  "items": [
    {"id": "j1", "url": "https://json.example/1", "title": "Grain deal",
     "content_html": "<p>A deal was signed.</p>", "summary": "Deal signed.",
     "date_published": "2024-03-08T07:00:00Z", "authors": [{"name": "Lee Kim"}]}
  ]
}`

func TestParse(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		feedType  string
		feedTitle string
		want      []Item
	}{
		{"an RSS 2.0 feed gives link, title, date, author, description and content", rss, "rss", "Example News", []Item{
			{GUID: "kherson-1", Link: "https://news.example/2024/kherson", Title: "Troops advance on Kherson", Author: "Anna Petrenko",
				Published: time.Date(2024, 3, 5, 8, 30, 0, 0, time.UTC), Description: "Forces moved <b>south</b>.", Content: "<p>Forces moved south on Tuesday.</p>"},
			{Link: "https://news.example/2024/talks", Title: "Ceasefire talks"},
		}},
		{"an Atom feed gives the entry's fields and the feed's author", atom, "atom", "Atom News", []Item{
			{GUID: "tag:atom.example,2024:1", Link: "https://atom.example/port", Title: "Port reopens", Author: "Desk",
				Published: time.Date(2024, 3, 6, 10, 0, 0, 0, time.UTC), Description: "The port reopened.", Content: "<p>The port reopened after a week.</p>"},
			{GUID: "tag:atom.example,2024:2", Title: "Only updated", Author: "Desk", Published: time.Date(2024, 3, 7, 8, 0, 0, 0, time.UTC)},
		}},
		{"a JSON feed gives its items", jsonFeed, "json", "JSON News", []Item{
			{GUID: "j1", Link: "https://json.example/1", Title: "Grain deal", Author: "Lee Kim",
				Published: time.Date(2024, 3, 8, 7, 0, 0, 0, time.UTC), Description: "Deal signed.", Content: "<p>A deal was signed.</p>"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if f.Type != tt.feedType || f.Title != tt.feedTitle {
				t.Errorf("feed type %q title %q, want %q %q", f.Type, f.Title, tt.feedType, tt.feedTitle)
			}
			if len(f.Items) != len(tt.want) {
				t.Fatalf("got %d items, want %d: %+v", len(f.Items), len(tt.want), f.Items)
			}
			for i := range tt.want {
				tt.want[i].Position = i + 1
				if f.Items[i] != tt.want[i] {
					t.Errorf("item %d:\n got %+v\nwant %+v", i, f.Items[i], tt.want[i])
				}
			}
		})
	}
}

func TestParseRefusesWhatIsNotAFeed(t *testing.T) {
	tests := []struct {
		name, in, msg string
	}{
		{"empty input is refused", "  \n", "feed: empty"},
		{"plain text is not a feed", "Troops advanced on Tuesday.", "feed: not an RSS, Atom or JSON feed"},
		{"an HTML page is not a feed", "<!DOCTYPE html><html><body><p>hi</p></body></html>", "feed: not an RSS, Atom or JSON feed"},
		{"a truncated RSS feed is refused", rss[:len(rss)/2], "feed: XML syntax error on line 9: unexpected EOF"},
		{"a truncated JSON feed is refused", jsonFeed[:60], "feed: unexpected end of JSON input"},
		{"an RSS feed cut off inside a tag is refused", `<rss version="2.0"><channel><title>x</title><item><tit`, "feed: XML syntax error on line 1: unexpected EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse([]byte(tt.in))
			if err == nil {
				t.Fatalf("Parse succeeded: %+v", f)
			}
			if !strings.HasPrefix(err.Error(), tt.msg) || chronicle.ErrorCode(err) != chronicle.EINVALID {
				t.Errorf("error = %q (%s), want %q (EINVALID)", err, chronicle.ErrorCode(err), tt.msg)
			}
		})
	}
}

func TestParseRefusesAFeedOverTheLimit(t *testing.T) {
	big := `<rss version="2.0"><channel><title>` + strings.Repeat("a", MaxBytes) + `</title></channel></rss>`
	if _, err := Parse([]byte(big)); chronicle.ErrorCode(err) != chronicle.ETOOLARGE {
		t.Fatalf("err = %v, want ETOOLARGE", err)
	}
}

// billionLaughs declares entities that would expand to 10⁹ "lol"s.
const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>https://news.example/a</link><description>&lol9;&lol9;</description></item>
</channel></rss>`

func TestParseDoesNotExpandEntities(t *testing.T) {
	start := time.Now()
	f, err := Parse([]byte(billionLaughs))
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Parse took %v", d)
	}
	if err != nil {
		return // refusing the feed is as good as not expanding it
	}
	if f.Title != "&lol9;" {
		t.Errorf("title = %q, want the entity reference left as written", f.Title)
	}
	for _, it := range f.Items {
		if n := len(it.Title) + len(it.Description); n > 1000 {
			t.Errorf("entities were expanded: item has %d bytes", n)
		}
	}
	if len(f.Title) > 1000 {
		t.Errorf("entities were expanded: title has %d bytes", len(f.Title))
	}
}

func TestParseKeepsOutputValidUTF8(t *testing.T) {
	in := "<rss version=\"2.0\"><channel><title>caf\xe9</title><item><title>na\xefve</title><link>https://news.example/\xff</link></item></channel></rss>"
	f, err := Parse([]byte(in))
	if err != nil {
		return
	}
	checkUTF8(t, f)
}

func checkUTF8(t *testing.T, f *Feed) {
	t.Helper()
	for _, s := range []string{f.Title, f.Link, f.Type} {
		if !utf8.ValidString(s) {
			t.Errorf("feed field %q is not valid UTF-8", s)
		}
	}
	for _, it := range f.Items {
		for _, s := range []string{it.GUID, it.Link, it.Title, it.Author, it.Description, it.Content} {
			if !utf8.ValidString(s) {
				t.Errorf("item field %q is not valid UTF-8", s)
			}
		}
	}
}

func FuzzFeed(f *testing.F) {
	for _, s := range []string{rss, atom, jsonFeed, billionLaughs, rss[:200], `{"version":"https://jsonfeed.org/version/1","items":[{}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		feed, err := Parse(b)
		if err != nil {
			if c := chronicle.ErrorCode(err); c != chronicle.EINVALID && c != chronicle.ETOOLARGE {
				t.Errorf("error code %q: %v", c, err)
			}
			if !utf8.ValidString(err.Error()) {
				t.Errorf("error is not valid UTF-8: %q", err)
			}
			return
		}
		checkUTF8(t, feed)
		if len(feed.Items) > len(b) {
			t.Errorf("%d items from %d bytes", len(feed.Items), len(b))
		}
	})
}
