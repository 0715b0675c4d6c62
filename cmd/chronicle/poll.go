package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest"
	"github.com/chronicle-news/chronicle/ingest/feed"
)

// feedSource is one feed to follow and the wait between its polls.
type feedSource struct {
	URL      string
	Interval time.Duration
}

// maxFeedList bounds a feed list file.
const maxFeedList = 1 << 20

// readFeedList reads a feed list: one feed URL a line, optionally followed by
// its own interval ("https://example.com/rss 10m"); blank lines and lines
// starting with # are skipped. Feeds without an interval poll every def.
func readFeedList(r io.Reader, def time.Duration) ([]feedSource, error) {
	var feeds []feedSource
	sc := bufio.NewScanner(io.LimitReader(r, maxFeedList))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) > 2 {
			return nil, chronicle.Errorf(chronicle.EINVALID, "feed list line %d: want URL [INTERVAL], got %q", n, line)
		}
		src := feedSource{URL: fields[0], Interval: def}
		if !strings.HasPrefix(src.URL, "http://") && !strings.HasPrefix(src.URL, "https://") {
			return nil, chronicle.Errorf(chronicle.EINVALID, "feed list line %d: %q is no http(s) URL", n, src.URL)
		}
		if len(fields) == 2 {
			d, err := time.ParseDuration(fields[1])
			if err != nil || d <= 0 {
				return nil, chronicle.Errorf(chronicle.EINVALID, "feed list line %d: bad interval %q (want e.g. 10m)", n, fields[1])
			}
			src.Interval = d
		}
		feeds = append(feeds, src)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("feed list: %w", err)
	}
	return feeds, nil
}

// pollFeeds runs one feed.Poller per feed until ctx is done: each new item
// is read, analysed, stored and linked. A failing feed is logged and backs
// off on its own (conditional GET keeps an unchanged feed to one 304); the
// others go on, and a bad item never stops its feed.
func pollFeeds(ctx context.Context, log *slog.Logger, r *ingest.Reader, p *chronicle.Pipeline, store chronicle.Store, feeds []feedSource) {
	links := newLinker(store)
	var wg sync.WaitGroup
	for _, src := range feeds {
		url := src.URL
		poller := &feed.Poller{
			URL:      url,
			Fetcher:  r.Fetcher,
			Interval: src.Interval,
			OnError:  func(err error) { log.Warn("feed failed; retrying with backoff", "feed", url, "err", err) },
		}
		poller.OnItem = func(it feed.Item) error {
			return r.ReadFeedItem(ctx, url, "", it, func(doc *chronicle.Document, err error) error {
				if err != nil {
					log.Warn("item failed", "feed", url, "err", err)
					return nil
				}
				if u, _ := store.Unchanged(ctx, doc); u {
					return nil
				}
				if err := p.RunContext(ctx, doc); err != nil {
					log.Warn("analysis failed", "feed", url, "doc_id", doc.ID, "err", err)
					return nil
				}
				res, err := store.Put(ctx, doc)
				if err != nil {
					log.Warn("store failed", "feed", url, "doc_id", doc.ID, "err", err)
					return nil
				}
				if err := links.link(ctx, doc, res); err != nil {
					log.Warn("link failed", "feed", url, "doc_id", res.ID, "err", err)
				}
				log.Info(string(res.Status), "feed", url, "doc_id", res.ID, "revision", res.Revision, "title", doc.Title)
				return nil
			})
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			log.Info("following feed", "feed", url, "interval", src.Interval)
			if err := poller.Run(ctx); err != nil && ctx.Err() == nil {
				log.Error("feed stopped", "feed", url, "err", err)
			}
		}()
	}
	wg.Wait()
}

// startPolling starts pollFeeds on the feeds listed in the file at path, for
// chronicle serve --poll, and returns a function that stops the pollers and
// waits for them.
func startPolling(ctx context.Context, log *slog.Logger, r *ingest.Reader, p *chronicle.Pipeline, store chronicle.Store, path string) (stop func(), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "--poll: %v", err)
	}
	feeds, err := readFeedList(f, feed.DefaultInterval)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("--poll %s: %w", path, err)
	}
	if len(feeds) == 0 {
		return nil, chronicle.Errorf(chronicle.EINVALID, "--poll %s lists no feeds", path)
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		pollFeeds(ctx, log, r, p, store, feeds)
	}()
	return func() { cancel(); <-done }, nil
}
