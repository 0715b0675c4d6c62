package feed

import (
	"context"
	"fmt"
	"time"

	"github.com/chronicle-news/chronicle/ingest/web"
)

// Defaults for a Poller.
const (
	DefaultInterval   = 15 * time.Minute
	DefaultMaxBackoff = 6 * time.Hour
	// DefaultMaxSeen bounds the seen-set; it is far above any feed's length,
	// so only items long gone from the feed are forgotten.
	DefaultMaxSeen = 10000
)

// Poller polls one feed and reports each item once. It sends the previous
// response's ETag and Last-Modified so that an unchanged feed costs one 304,
// and after a failure it waits twice as long as the time before, up to
// MaxBackoff, so a broken feed is not hammered.
//
// A Poller is not safe for concurrent use; run one per feed.
type Poller struct {
	URL     string
	Fetcher *web.Fetcher
	// Interval is the wait between successful polls.
	Interval time.Duration
	// MaxBackoff caps the wait after failures.
	MaxBackoff time.Duration
	MaxSeen    int
	// OnItem is called for every item not seen before, oldest first as the
	// feed lists them newest first. An error from it stops Run.
	OnItem func(Item) error
	// OnError, when set, is told of every failed poll; Run goes on.
	OnError func(error)
	// Sleep waits for d or until ctx is done; tests replace it.
	Sleep func(ctx context.Context, d time.Duration) error

	validators web.Validators
	seen       map[string]bool
	order      []string
	failures   int
}

// Poll fetches the feed once and returns the items not seen before, in the
// order OnItem would get them. An unchanged feed (HTTP 304) returns none.
func (p *Poller) Poll(ctx context.Context) ([]Item, error) {
	f := p.Fetcher
	if f == nil {
		f = &web.Fetcher{}
	}
	resp, err := f.FetchIf(ctx, p.URL, p.validators)
	if err != nil {
		return nil, err
	}
	if resp.NotModified {
		return nil, nil
	}
	feed, err := Parse(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("poll %s: %w", p.URL, err)
	}
	p.validators = resp.Validators()
	var fresh []Item
	for i := len(feed.Items) - 1; i >= 0; i-- {
		it := feed.Items[i]
		k := it.Key()
		if k == "" || p.seen[k] {
			continue
		}
		p.remember(k)
		fresh = append(fresh, it)
	}
	return fresh, nil
}

// remember adds k to the seen-set, forgetting the oldest key beyond MaxSeen.
func (p *Poller) remember(k string) {
	if p.seen == nil {
		p.seen = make(map[string]bool)
	}
	p.seen[k] = true
	p.order = append(p.order, k)
	max := p.MaxSeen
	if max <= 0 {
		max = DefaultMaxSeen
	}
	for len(p.order) > max {
		delete(p.seen, p.order[0])
		p.order = p.order[1:]
	}
}

// Run polls until ctx is done or OnItem fails, and returns ctx's error or
// OnItem's.
func (p *Poller) Run(ctx context.Context) error {
	for {
		items, err := p.Poll(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			p.failures++
			if p.OnError != nil {
				p.OnError(err)
			}
		} else {
			p.failures = 0
			for _, it := range items {
				if p.OnItem == nil {
					continue
				}
				if err := p.OnItem(it); err != nil {
					return err
				}
			}
		}
		if err := p.sleep(ctx, p.Delay()); err != nil {
			return err
		}
	}
}

// Delay is the wait before the next poll: Interval after a success, and
// Interval·2ⁿ after n failures in a row, capped at MaxBackoff.
func (p *Poller) Delay() time.Duration {
	d := p.Interval
	if d <= 0 {
		d = DefaultInterval
	}
	max := p.MaxBackoff
	if max <= 0 {
		max = DefaultMaxBackoff
	}
	for i := 0; i < p.failures && d < max; i++ {
		d *= 2
	}
	return min(d, max)
}

func (p *Poller) sleep(ctx context.Context, d time.Duration) error {
	if p.Sleep != nil {
		return p.Sleep(ctx, d)
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
