package ingest

import (
	"context"
	"fmt"
	stdhtml "html"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest/feed"
)

// Word counts that decide whether a feed item's own body is the article.
const (
	// fullItemWords is the length from which an item's body is taken for
	// the whole article and its link is not fetched.
	fullItemWords = 150
	// minItemWords is the least an item's body must have to stand for the
	// article when its link cannot be fetched; shorter is a teaser.
	minItemWords = 50
)

// readFeed reads every item of a feed body.
func (r *Reader) readFeed(ctx context.Context, name string, b []byte, fn Func) error {
	f, err := feed.Parse(b)
	if err != nil {
		return fn(nil, fmt.Errorf("%s: %w", name, err))
	}
	if len(f.Items) == 0 {
		return fn(nil, chronicle.Errorf(chronicle.EINVALID, "%s: the feed has no items", name))
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

// ReadFeedItem reads the article one feed item stands for. The item's
// richest body (content:encoded, Atom content or JSON Feed content, or the
// description or summary when it is longer) is the article when it is long
// enough to be one; a shorter body is a teaser, and the linked page is
// fetched instead when URLs can be fetched, the body standing in when the
// fetch fails and it has at least minItemWords. The item's title, author
// and date fill what the article does not give. Errors name the item by
// GUID, link, title or place in the feed.
func (r *Reader) ReadFeedItem(ctx context.Context, feedName, feedTitle string, it feed.Item, fn Func) error {
	body, from := it.Body()
	words := len(strings.Fields(feed.StripTags(body)))
	var doc *chronicle.Document
	var fetchErr error
	if words < fullItemWords && r.Fetcher != nil && isURL(it.Link) {
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
		if words < minItemWords {
			switch {
			case fetchErr != nil:
				return fn(nil, fmt.Errorf("%s: %s: %w", feedName, it.Label(), fetchErr))
			case r.Fetcher == nil && isURL(it.Link):
				return fn(nil, chronicle.Errorf(chronicle.EUNSUPPORTED, "%s: %s has only %d words of text and fetching its link is turned off", feedName, it.Label(), words))
			}
			return fn(nil, chronicle.Errorf(chronicle.EINVALID, "%s: %s has no article text (%d words, no link to fetch)", feedName, it.Label(), words))
		}
		id := it.Link
		if id == "" {
			id = it.GUID
		}
		if id == "" {
			id = fmt.Sprintf("%s#%d", feedName, it.Position)
		}
		var err error
		doc, err = r.FromHTML(IDFromURL(id), it.Link, []byte("<html><body><article>"+asHTML(body)+"</article></body></html>"))
		if err != nil {
			return fn(nil, fmt.Errorf("%s: %s: %w", feedName, it.Label(), err))
		}
		// The wrapper page has no metadata of its own: the feed's title
		// names the publisher before the link's host does.
		doc.MetadataSources = nil
		doc.SetSource("text", "feed item "+from)
		if feedTitle != "" {
			doc.Publisher = ""
		} else if doc.Publisher != "" {
			doc.SetSource("publisher", "host of the item's link")
		}
	}
	if it.Title != "" && (doc.Title == "" || doc.MetadataSources["title"] == "") {
		doc.Title = it.Title
		doc.SetSource("title", "feed item title")
	}
	if doc.Author == "" && it.Author != "" {
		doc.Author = it.Author
		doc.SetSource("author", "feed item author")
	}
	if !it.Published.IsZero() && (doc.Published.IsZero() || doc.Published == r.Date) {
		doc.Published = chronicle.DateOf(it.Published)
		doc.SetSource("published", "feed item date "+it.Published.Format("2006-01-02T15:04:05Z07:00"))
	}
	if doc.Publisher == "" && feedTitle != "" {
		doc.Publisher = feedTitle
		doc.SetSource("publisher", "feed title")
	}
	return fn(doc, nil)
}

// asHTML returns an item body as HTML: as it is when it holds markup, else
// (JSON Feed content_text, a plain description) escaped, a paragraph per
// blank-line-separated block.
func asHTML(body string) string {
	if strings.Contains(body, "<") && strings.Contains(body, ">") {
		return body
	}
	var b strings.Builder
	for _, p := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			b.WriteString("<p>" + stdhtml.EscapeString(p) + "</p>")
		}
	}
	return b.String()
}
