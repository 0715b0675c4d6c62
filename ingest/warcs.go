package ingest

import (
	"context"
	"fmt"
	"io"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest/plain"
	"github.com/chronicle-news/chronicle/ingest/warc"
)

// readWARC reads every page of a WARC file — HTML responses, and resource
// or conversion records holding HTML or plain text — as a document named by
// its target URI and dated by the capture when the page gives no date. A
// truncated or damaged record ends the file after the records before it
// have been read.
func (r *Reader) readWARC(ctx context.Context, name string, rd io.Reader, fn Func) error {
	return r.readArchive(ctx, name, rd, (&warc.Reader{}).Read, fn)
}

// readARC reads every HTML response of an ARC file as readWARC does.
func (r *Reader) readARC(ctx context.Context, name string, rd io.Reader, fn Func) error {
	return r.readArchive(ctx, name, rd, (&warc.Reader{}).ReadARC, fn)
}

func (r *Reader) readArchive(ctx context.Context, name string, rd io.Reader,
	read func(io.Reader, func(warc.Record, error) error) error, fn Func) error {
	var stop error
	err := read(rd, func(rec warc.Record, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			stop = fn(nil, fmt.Errorf("%s: %w", name, err))
			return stop
		}
		id := IDFromURL(rec.TargetURI)
		if id == "" {
			id = fmt.Sprintf("%s@%d", name, rec.Offset)
		}
		doc, err := r.fromRecord(id, rec)
		if err != nil {
			stop = fn(nil, fmt.Errorf("%s: record at offset %d (%s): %w", name, rec.Offset, rec.TargetURI, err))
			return stop
		}
		if (doc.Published.IsZero() || doc.Published == r.Date) && !rec.Date.IsZero() {
			doc.Published = chronicle.DateOf(rec.Date)
			doc.SetSource("published", "archive capture date")
		}
		stop = fn(doc, nil)
		return stop
	})
	if stop != nil {
		return stop
	}
	if err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		return fn(nil, fmt.Errorf("%s: %w", name, err))
	}
	return nil
}

// fromRecord makes a document of an archived page: HTML, or plain text from
// a resource or conversion record.
func (r *Reader) fromRecord(id string, rec warc.Record) (*chronicle.Document, error) {
	if rec.MediaType != "text/plain" {
		return r.FromHTML(id, rec.TargetURI, rec.Body)
	}
	text, err := plain.Decode(rec.Body)
	if err != nil {
		return nil, err
	}
	doc := r.FromText(id, text)
	doc.URL = rec.TargetURI
	if doc.Publisher == "" {
		doc.Publisher = hostOf(rec.TargetURI)
	}
	return doc, nil
}
