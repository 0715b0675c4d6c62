package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest/feed"
	"github.com/chronicle-news/chronicle/nats"
)

func cmdIngest(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	db := fs.String("db", "chronicle.db", "`database`: a SQLite file path or a postgres:// URL")
	progress := fs.Bool("progress", false, "report progress on stderr even when it is not a terminal")
	follow := fs.Bool("follow", false, "treat every argument as a feed URL and poll it until interrupted (conditional GET, backoff on failure)")
	interval := fs.Duration("interval", feed.DefaultInterval, "with --follow: the wait between polls of a feed")
	queue := fs.String("queue", "", "publish documents to this NATS JetStream `URL` for workers instead of analysing them here")
	pos, err := parse(fs, args, e.stderr)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fmt.Fprintln(e.stderr, "usage: chronicle ingest [--db DB] PATH|URL...")
		return errUsage
	}
	if *queue != "" {
		return publish(ctx, e, &c, *queue, pos)
	}
	p, err := c.pipeline()
	if err != nil {
		return err
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	links := newLinker(store)
	// A run killed between storing an article and linking it left it
	// unlinked, and this run skips it as unchanged: link those first.
	if n, err := links.resume(ctx); err != nil {
		e.report(err)
	} else if n > 0 {
		fmt.Fprintf(e.stderr, "linked %d articles an earlier run stored but did not link\n", n)
	}

	if *follow {
		return followFeeds(ctx, e, &c, p, store, pos, *interval)
	}

	var counts = map[chronicle.PutStatus]int{}
	var skipped atomic.Int64 // already stored, not analysed again
	showProgress := *progress || isTerminal(e.stderr)
	start := time.Now()
	last := start
	r := c.reader()
	batch := &linkBatch{k: links, report: e.report}
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
			batch.add(ctx, doc, res)
			counts[res.Status]++
			if showProgress && time.Since(last) > 500*time.Millisecond {
				last = time.Now()
				n := counts[chronicle.PutCreated] + counts[chronicle.PutRevised] + counts[chronicle.PutUnchanged]
				fmt.Fprintf(e.stderr, "\r%d articles (%.0f/s), %d failed ", n, float64(n)/time.Since(start).Seconds(), e.failed)
			}
			return nil
		})
		batch.flush(ctx)
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

// followFeeds polls every feed until ctx is done, storing each new item's
// article. A failing feed backs off on its own; the others go on.
func followFeeds(ctx context.Context, e *env, c *commonFlags, p *chronicle.Pipeline, store chronicle.Store, urls []string, interval time.Duration) error {
	feeds := make([]feedSource, len(urls))
	for i, url := range urls {
		if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
			return chronicle.Errorf(chronicle.EINVALID, "--follow takes feed URLs, not %q", url)
		}
		feeds[i] = feedSource{URL: url, Interval: interval}
	}
	pollFeeds(ctx, slog.New(slog.NewTextHandler(e.stderr, nil)), c.reader(), p, store, feeds)
	return nil
}

// publish reads the inputs and queues each document for the workers.
func publish(ctx context.Context, e *env, c *commonFlags, url string, inputs []string) error {
	q, err := nats.Connect(ctx, url, nats.Options{Name: "chronicle-ingest"})
	if err != nil {
		return err
	}
	defer q.Close()
	r := c.reader()
	n := 0
	start := time.Now()
	for _, input := range inputs {
		err := r.Read(ctx, input, func(doc *chronicle.Document, err error) error {
			if err != nil {
				e.report(err)
				return nil
			}
			if err := q.Publish(ctx, doc); err != nil {
				return err
			}
			n++
			return nil
		})
		if err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stderr, "queued %d documents on %s, %d failed (%.1fs)\n", n, url, e.failed, time.Since(start).Seconds())
	return nil
}

// resume links what the store holds stored but unlinked (story.Backlog), and
// returns how many it linked; a no-op for a store that keeps no links.
func (k linker) resume(ctx context.Context) (int, error) {
	if k.l == nil {
		return 0, nil
	}
	return k.l.Resume(ctx)
}
