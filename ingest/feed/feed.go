// Package feed reads RSS, Atom and JSON Feed documents into news items, and
// polls a feed for new items.
//
// Parsing is done by gofeed. Feeds are untrusted input, so Parse bounds their
// size and turns anything gofeed cannot read into one EINVALID error. XML
// entity expansion ("billion laughs") cannot blow up: gofeed's decoder is
// Go's encoding/xml in non-strict mode, which never expands entities declared
// in a DTD but leaves them in the text as written (a test holds this).
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest/textenc"
)

// MaxBytes is the largest feed Parse accepts; real feeds are well under 5 MB.
const MaxBytes = 10 << 20

// Feed is a parsed feed.
type Feed struct {
	Title string
	// Link is the site the feed belongs to.
	Link string
	// Type is "rss", "atom" or "json".
	Type  string
	Items []Item
}

// Item is one entry of a feed.
type Item struct {
	// GUID is the item's id as the feed gives it (RSS guid, Atom id, JSON
	// Feed id); it may be empty.
	GUID  string
	Link  string
	Title string
	// Author is the item's first author's name, or the feed's.
	Author string
	// Published is the publication time, or the update time when the feed
	// gives only that; zero when unknown.
	Published time.Time
	// Description is the summary; Content the full text, usually HTML.
	Description string
	Content     string
	// Position is the item's place in the feed, from 1.
	Position int
}

// Label names an item in messages: by its GUID, link or title, quoted, or
// else by its place in the feed — `item "urn:x:1"`, `item 3`.
func (it Item) Label() string {
	if k := it.Key(); k != "" {
		return fmt.Sprintf("item %q", k)
	}
	if it.Position > 0 {
		return fmt.Sprintf("item %d", it.Position)
	}
	return "item"
}

// Body returns the richest text the item carries — the longest, by words,
// of its full content (content:encoded, Atom content, JSON Feed content) and
// its description or summary — and the field it came from.
func (it Item) Body() (string, string) {
	body, from, most := "", "", -1
	for _, c := range []struct{ s, from string }{{it.Content, "content"}, {it.Description, "description"}} {
		if n := len(strings.Fields(StripTags(c.s))); n > most && c.s != "" {
			body, from, most = c.s, c.from, n
		}
	}
	return body, from
}

// StripTags drops markup, for counting the words of an item's content.
func StripTags(s string) string {
	var b strings.Builder
	in := false
	for _, c := range s {
		switch {
		case c == '<':
			in = true
		case c == '>':
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// Key is what identifies an item across polls: its GUID, else its link,
// else its title.
func (it Item) Key() string {
	for _, s := range []string{it.GUID, it.Link, it.Title} {
		if s != "" {
			return s
		}
	}
	return ""
}

// Parse reads an RSS, Atom or JSON feed. Strings in the result are valid
// UTF-8 and trimmed.
func Parse(b []byte) (*Feed, error) {
	if len(b) > MaxBytes {
		return nil, chronicle.Errorf(chronicle.ETOOLARGE, "feed: larger than %d MB", MaxBytes>>20)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, chronicle.Errorf(chronicle.EINVALID, "feed: empty")
	}
	b = toUTF8(b)
	gf, err := parse(b)
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, chronicle.Errorf(chronicle.EINVALID, "feed: not an RSS, Atom or JSON feed")
		}
		return nil, chronicle.Errorf(chronicle.EINVALID, "feed: %s", clean(err.Error()))
	}
	f := &Feed{
		Title: clean(gf.Title),
		Link:  clean(gf.Link),
		Type:  gf.FeedType,
		Items: make([]Item, 0, len(gf.Items)),
	}
	feedAuthor := person(gf.Authors)
	for i, gi := range gf.Items {
		if gi == nil {
			continue
		}
		it := Item{
			GUID:        clean(gi.GUID),
			Link:        clean(gi.Link),
			Title:       clean(gi.Title),
			Author:      person(gi.Authors),
			Description: clean(gi.Description),
			Content:     clean(gi.Content),
			Position:    i + 1,
		}
		if it.Link == "" && len(gi.Links) > 0 {
			it.Link = clean(gi.Links[0])
		}
		if it.Author == "" {
			it.Author = feedAuthor
		}
		switch {
		case gi.PublishedParsed != nil:
			it.Published = gi.PublishedParsed.UTC()
		case gi.UpdatedParsed != nil:
			it.Published = gi.UpdatedParsed.UTC()
		}
		f.Items = append(f.Items, it)
	}
	return f, nil
}

// toUTF8 decodes a feed in a legacy charset, declared or not, to UTF-8
// and makes its XML declaration say so, so that gofeed reads it as it is.
func toUTF8(b []byte) []byte {
	declared := textenc.XMLDeclared(b)
	if utf8.Valid(b) && (declared == "" || textenc.Normalize(declared) == "utf-8") {
		return b
	}
	out, _ := textenc.Decode(b, declared)
	return textenc.WithoutXMLEncoding(out)
}

// parse runs gofeed, turning a panic inside it into an error: one hostile
// feed must not take down a poller that watches a hundred.
func parse(b []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, errors.New("unreadable feed")
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(b))
}

func person(ps []*gofeed.Person) string {
	for _, p := range ps {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			return clean(p.Name)
		}
	}
	return ""
}

// clean makes s valid UTF-8 and trims it.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.TrimSpace(s)
}
