package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/metrics"
	"github.com/chronicle-news/chronicle/nats"
)

// cmdWorker consumes documents from the NATS JetStream queue, analyses them
// and stores them. Workers keep no state: run as many as the queue needs.
func cmdWorker(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	db := fs.String("db", "chronicle.db", "`database`: a postgres:// URL (shared by all workers) or a SQLite file path")
	queue := fs.String("queue", "nats://127.0.0.1:4222", "the NATS `URL` of the queue")
	concurrency := fs.Int("concurrency", 2, "documents analysed at once")
	maxDeliver := fs.Int("max-deliver", 5, "tries before a failing document goes to the dead-letter stream")
	ackWait := fs.Duration("ack-wait", 2*time.Minute, "how long a document may take before it is redelivered to another worker")
	statsEvery := fs.Duration("stats", 10*time.Second, "log throughput and queue depth this often (0: never)")
	metricsAddr := fs.String("metrics", "", "serve Prometheus metrics at http://`ADDR`/metrics (documents, stage latency, queue lag)")
	if _, err := parse(fs, args, e.stderr); err != nil {
		return err
	}
	log := slog.New(slog.NewJSONHandler(e.stderr, nil)).With("component", "worker")
	p, err := c.pipeline()
	if err != nil {
		return err
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	q, err := nats.Connect(ctx, *queue, nats.Options{MaxDeliver: *maxDeliver, AckWait: *ackWait, Name: "chronicle-worker"})
	if err != nil {
		return err
	}
	defer q.Close()
	links := newLinker(store)

	var stored, unchanged, dead atomic.Int64 // for the stats line
	names := p.StageNames()
	reg := metrics.NewRegistry()
	wm := metrics.NewWorker(reg, names, queueStats(q))
	if *metricsAddr != "" {
		if err := serveMetrics(ctx, *metricsAddr, reg, log); err != nil {
			return err
		}
	}
	var stageNanos [16]atomic.Int64 // by stage index, for the stats line
	p.Observe = func(stage string, d time.Duration) {
		wm.ObserveStage(stage, d)
		for i, n := range names {
			if n == stage && i < len(stageNanos) {
				stageNanos[i].Add(int64(d))
			}
		}
	}
	handle := func(ctx context.Context, doc *chronicle.Document) error {
		if u, err := store.Unchanged(ctx, doc); err != nil {
			return err
		} else if u {
			unchanged.Add(1)
			wm.Count(metrics.Unchanged)
			// A worker killed between Put and Link left it unlinked.
			return links.linkStored(ctx, store, doc.ID)
		}
		doc.ResetLayers()
		if err := p.RunContext(ctx, doc); err != nil {
			log.Warn("analysis failed", "doc_id", doc.ID, "err", err)
			return err
		}
		res, err := store.Put(ctx, doc)
		if err != nil {
			log.Warn("store failed", "doc_id", doc.ID, "err", err)
			return err
		}
		if res.Status == chronicle.PutUnchanged {
			unchanged.Add(1)
			wm.Count(metrics.Unchanged)
		} else {
			stored.Add(1)
			wm.Count(metrics.Stored)
		}
		// As chronicle ingest does; a failure is redelivered, and the
		// redelivery links the stored document (above).
		if err := links.link(ctx, doc, res); err != nil {
			log.Warn("link failed", "doc_id", doc.ID, "err", err)
			return err
		}
		return nil
	}
	if *statsEvery > 0 {
		go func() {
			t := time.NewTicker(*statsEvery)
			defer t.Stop()
			start := time.Now()
			for {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
				}
				st, err := q.Stats(ctx)
				if err != nil {
					continue
				}
				n := stored.Load()
				attrs := []any{"stored", n, "unchanged", unchanged.Load(), "dead", dead.Load(),
					"docs_per_s", fmt.Sprintf("%.1f", float64(n)/time.Since(start).Seconds()),
					"queue_pending", st.Pending, "queue_in_flight", st.InFlight, "queue_dead", st.DeadLetter}
				for i, name := range names {
					if i < len(stageNanos) && n > 0 {
						attrs = append(attrs, "stage_ms_"+name, fmt.Sprintf("%.2f", float64(stageNanos[i].Load())/float64(n)/1e6))
					}
				}
				log.Info("stats", attrs...)
			}
		}()
	}
	// A worker killed between storing and linking leaves a document
	// unlinked; its redelivery links it (above), but a message that ran out
	// of deliveries, or a document another process stored, never comes
	// again: link what the store holds unlinked before taking work.
	if n, err := links.resume(ctx); err != nil {
		log.Warn("linking stored, unlinked documents failed", "err", err)
	} else if n > 0 {
		log.Info("linked stored, unlinked documents", "documents", n)
	}
	log.Info("started", "queue", *queue, "concurrency", *concurrency)
	counted := func(ctx context.Context, doc *chronicle.Document) error {
		err := handle(ctx, doc)
		if err != nil {
			wm.Count(metrics.Failed)
		}
		return err
	}
	err = q.Work(ctx, counted, nats.WorkOptions{
		Concurrency: *concurrency,
		OnDead: func(id string, err error) {
			dead.Add(1)
			wm.Count(metrics.Dead)
			log.Error("dead-lettered", "msg_id", id, "err", err)
		},
	})
	log.Info("stopped", "stored", stored.Load(), "unchanged", unchanged.Load(), "dead", dead.Load())
	return err
}
