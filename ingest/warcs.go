package ingest

import (
	"context"
	"fmt"
	"io"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest/warc"
)

// readWARC reads every HTML response record of a WARC file as a document
// named by its target URI and dated by the capture when the page gives no
// date. A truncated or damaged record ends the file after the records before
// it have been read.
func (r *Reader) readWARC(ctx context.Context, name string, rd io.Reader, fn Func) error {
	var stop error
	err := warc.Read(rd, func(rec warc.Record, err error) error {
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
		doc, err := r.FromHTML(id, rec.TargetURI, rec.HTML)
		if err != nil {
			stop = fn(nil, fmt.Errorf("%s: record at offset %d (%s): %w", name, rec.Offset, rec.TargetURI, err))
			return stop
		}
		if (doc.Published.IsZero() || doc.Published == r.Date) && !rec.Date.IsZero() {
			doc.Published = chronicle.DateOf(rec.Date)
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
