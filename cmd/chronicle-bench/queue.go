package main

import (
	"context"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/analyzer"
	"github.com/chronicle-news/chronicle/nats"
	"github.com/chronicle-news/chronicle/nats/natstest"
	"github.com/chronicle-news/chronicle/postgres"
	"github.com/chronicle-news/chronicle/postgres/pgtest"
)

// benchQueue measures the scale-out pipeline — NATS JetStream feeding
// workers that analyse and write to PostgreSQL — with 1 and then 2 workers
// on the same articles, each run on a fresh database and queue, and prints
// the ratio.
func benchQueue(corpus string, n int) error {
	arts, err := load(corpus, n)
	if err != nil {
		return err
	}
	pg, err := pgtest.Launch()
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	defer pg.Stop()
	rates := map[int]float64{}
	for _, workers := range []int{1, 2} {
		rate, err := queueRun(pg, arts, workers)
		if err != nil {
			return err
		}
		rates[workers] = rate
		fmt.Printf("NATS → %d worker(s) → PostgreSQL: %d articles, %.1f articles/s\n", workers, len(arts), rate)
	}
	fmt.Printf("2 workers vs 1: %.2fx the throughput\n", rates[2]/rates[1])
	return nil
}

func queueRun(pg *pgtest.Server, arts []article, workers int) (float64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	dir, err := os.MkdirTemp("", "chronicle-bench-nats-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	srv, err := natstest.Launch(dir)
	if err != nil {
		return 0, fmt.Errorf("nats: %w", err)
	}
	defer srv.Shutdown()
	db, err := pg.CreateDatabase()
	if err != nil {
		return 0, err
	}
	store, err := postgres.Open(ctx, db)
	if err != nil {
		return 0, err
	}
	defer store.Close()
	pub, err := nats.Connect(ctx, srv.ClientURL(), nats.Options{})
	if err != nil {
		return 0, err
	}
	defer pub.Close()
	for _, a := range arts {
		if err := pub.Publish(ctx, chronicle.NewDocument(a.ID, a.Text)); err != nil {
			return 0, err
		}
	}
	var done atomic.Int64
	wctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < workers; w++ {
		p, err := analyzer.New(analyzer.Options{})
		if err != nil {
			stop()
			return 0, err
		}
		q, err := nats.Connect(ctx, srv.ClientURL(), nats.Options{})
		if err != nil {
			stop()
			return 0, err
		}
		defer q.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			q.Work(wctx, func(ctx context.Context, d *chronicle.Document) error {
				d.ResetLayers()
				if err := p.Run(d); err != nil {
					return err
				}
				if _, err := store.Put(ctx, d); err != nil {
					return err
				}
				done.Add(1)
				return nil
			}, nats.WorkOptions{Concurrency: 1})
		}()
	}
	for done.Load() < int64(len(arts)) {
		if ctx.Err() != nil {
			stop()
			return 0, fmt.Errorf("%d workers: only %d of %d articles within the time limit", workers, done.Load(), len(arts))
		}
		time.Sleep(20 * time.Millisecond)
	}
	elapsed := time.Since(start)
	stop()
	wg.Wait()
	return float64(len(arts)) / elapsed.Seconds(), nil
}
