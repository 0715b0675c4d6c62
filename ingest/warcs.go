package ingest

import (
	"context"
	"io"

	"github.com/chronicle-news/chronicle"
)

func (r *Reader) readWARC(ctx context.Context, name string, rd io.Reader, fn Func) error {
	return fn(nil, chronicle.Errorf(chronicle.EUNSUPPORTED, "%s: WARC reading is not wired yet", name))
}
