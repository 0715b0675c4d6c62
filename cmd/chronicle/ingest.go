package main

import (
	"context"
	"flag"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/chronicle-news/chronicle"
)

func cmdIngest(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	db := fs.String("db", "chronicle.db", "`database`: a SQLite file path or a postgres:// URL")
	progress := fs.Bool("progress", false, "report progress on stderr even when it is not a terminal")
	pos, err := parse(fs, args, e.stderr)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fmt.Fprintln(e.stderr, "usage: chronicle ingest [--db DB] PATH|URL...")
		return errUsage
	}
	p, err := c.pipeline()
	if err != nil {
		return err
	}
	store, err := openStore(*db)
	if err != nil {
		return err
	}
	defer store.Close()

	var counts = map[chronicle.PutStatus]int{}
	var skipped atomic.Int64 // already stored, not analysed again
	showProgress := *progress || isTerminal(e.stderr)
	start := time.Now()
	last := start
	r := c.reader()
	for _, input := range pos {
		skip := func(doc *chronicle.Document) bool {
			u, err := store.Unchanged(ctx, doc)
			if u && err == nil {
				skipped.Add(1)
				return true
			}
			return false
		}
		err := analyzeOrdered(ctx, r, p, input, skip, func(doc *chronicle.Document, err error) error {
			if err != nil {
				e.report(err)
				return nil
			}
			res, err := store.Put(ctx, doc)
			if err != nil {
				e.report(err)
				return nil
			}
			counts[res.Status]++
			if showProgress && time.Since(last) > 500*time.Millisecond {
				last = time.Now()
				n := counts[chronicle.PutCreated] + counts[chronicle.PutRevised] + counts[chronicle.PutUnchanged]
				fmt.Fprintf(e.stderr, "\r%d articles (%.0f/s), %d failed ", n, float64(n)/time.Since(start).Seconds(), e.failed)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if showProgress {
		fmt.Fprintln(e.stderr)
	}
	counts[chronicle.PutUnchanged] += int(skipped.Load())
	fmt.Fprintf(e.stderr, "ingested into %s: %d new, %d revised, %d unchanged, %d failed (%.1fs)\n", *db,
		counts[chronicle.PutCreated], counts[chronicle.PutRevised], counts[chronicle.PutUnchanged], e.failed, time.Since(start).Seconds())
	return nil
}
