package ingest

import (
	"context"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest/feed"
)

// readFeed reads every item of a feed body.
func (r *Reader) readFeed(ctx context.Context, name string, b []byte, fn Func) error {
	f, err := feed.Parse(b)
	if err != nil {
		return fn(nil, fmt.Errorf("%s: %w", name, err))
	}
	for _, it := range f.Items {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.ReadFeedItem(ctx, name, f.Title, it, fn); err != nil {
			return err
		}
	}
	return nil
}

// ReadFeedItem reads the article one feed item points to: the linked page
// when URLs can be fetched, else (or when the fetch fails) the item's own
// content if it holds a whole article. The item's title, author and date
// fill what the page does not give.
func (r *Reader) ReadFeedItem(ctx context.Context, feedName, feedTitle string, it feed.Item, fn Func) error {
	var doc *chronicle.Document
	var fetchErr error
	if r.Fetcher != nil && isURL(it.Link) {
		err := r.readURL(ctx, it.Link, func(d *chronicle.Document, err error) error {
			if err != nil {
				fetchErr = err
				return nil
			}
			if doc == nil {
				doc = d
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if doc == nil {
		body := it.Content
		if len(strings.Fields(stripTags(body))) < 50 {
			body = ""
		}
		if body == "" {
			if fetchErr != nil {
				return fn(nil, fmt.Errorf("%s: item %q: %w", feedName, it.Link, fetchErr))
			}
			if r.Fetcher == nil && isURL(it.Link) {
				return fn(nil, chronicle.Errorf(chronicle.EUNSUPPORTED, "%s: item %q has no full text and fetching URLs is turned off", feedName, it.Link))
			}
			return fn(nil, chronicle.Errorf(chronicle.EINVALID, "%s: item %q has no article text", feedName, it.Key()))
		}
		id := it.Link
		if id == "" {
			id = it.Key()
		}
		var err error
		doc, err = r.FromHTML(IDFromURL(id), it.Link, []byte("<html><body><article>"+body+"</article></body></html>"))
		if err != nil {
			return fn(nil, fmt.Errorf("%s: item %q: %w", feedName, it.Key(), err))
		}
	}
	if doc.Title == "" {
		doc.Title = it.Title
	}
	if doc.Author == "" {
		doc.Author = it.Author
	}
	if !it.Published.IsZero() && (doc.Published.IsZero() || doc.Published == r.Date) {
		doc.Published = chronicle.DateOf(it.Published)
	}
	if doc.Publisher == "" {
		doc.Publisher = feedTitle
	}
	return fn(doc, nil)
}

// stripTags drops markup, for counting the words of an item's content.
func stripTags(s string) string {
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
