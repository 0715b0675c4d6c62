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
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/chronicle-news/chronicle"
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
	for _, gi := range gf.Items {
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
