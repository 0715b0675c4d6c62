package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chronicle-news/chronicle"
	promtext "github.com/chronicle-news/chronicle/metrics"
	"github.com/chronicle-news/chronicle/nats"
)

// stageBuckets are the upper bounds, in seconds, of the stage latency
// histogram: a stage takes from a millisecond to seconds on a long page.
var stageBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// workerMetrics is what chronicle worker --metrics exposes: documents by
// outcome as counters (rate() gives documents/s), analysis stage latency
// histograms, and the queue lag read from NATS at each scrape.
type workerMetrics struct {
	stored, unchanged, dead *atomic.Int64 // the worker's own counters
	failed                  atomic.Int64  // tries that failed (each redelivered or dead-lettered)
	queue                   func(context.Context) (nats.Stats, error)

	mu     sync.Mutex
	stages map[string]*promtext.Histogram
}

// observeStage is chronicle.Pipeline.Observe.
func (m *workerMetrics) observeStage(stage string, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.stages == nil {
		m.stages = map[string]*promtext.Histogram{}
	}
	h := m.stages[stage]
	if h == nil {
		h = promtext.NewHistogram(stageBuckets)
		m.stages[stage] = h
	}
	h.Observe(d.Seconds())
}

// counting wraps h to count its failures.
func (m *workerMetrics) counting(h nats.Handler) nats.Handler {
	return func(ctx context.Context, doc *chronicle.Document) error {
		err := h(ctx, doc)
		if err != nil {
			m.failed.Add(1)
		}
		return err
	}
}

func (m *workerMetrics) write(ctx context.Context, w io.Writer) {
	promtext.Header(w, "chronicle_worker_documents_total", "counter", "Documents this worker handled, by outcome (failed counts tries).")
	for _, c := range []struct {
		outcome string
		n       int64
	}{{"stored", m.stored.Load()}, {"unchanged", m.unchanged.Load()}, {"failed", m.failed.Load()}, {"dead", m.dead.Load()}} {
		fmt.Fprintf(w, "chronicle_worker_documents_total{outcome=%s} %d\n", promtext.Label(c.outcome), c.n)
	}
	m.mu.Lock()
	names := make([]string, 0, len(m.stages))
	for s := range m.stages {
		names = append(names, s)
	}
	sort.Strings(names)
	promtext.Header(w, "chronicle_worker_stage_duration_seconds", "histogram", "Analysis time per pipeline stage.")
	for _, s := range names {
		m.stages[s].Write(w, "chronicle_worker_stage_duration_seconds", "stage="+promtext.Label(s))
	}
	m.mu.Unlock()
	if m.queue == nil {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	st, err := m.queue(ctx)
	if err != nil {
		return // the queue gauges are left out rather than reported as 0
	}
	for _, g := range []struct {
		name, help string
		v          uint64
	}{
		{"chronicle_worker_queue_lag", "Documents queued and not yet acknowledged: pending plus in flight.", st.Pending + uint64(st.InFlight)},
		{"chronicle_worker_queue_pending", "Documents not yet delivered to any worker.", st.Pending},
		{"chronicle_worker_queue_in_flight", "Documents delivered and not yet acknowledged.", uint64(st.InFlight)},
		{"chronicle_worker_queue_dead_letter", "Documents in the dead-letter stream.", st.DeadLetter},
	} {
		promtext.Header(w, g.name, "gauge", g.help)
		fmt.Fprintf(w, "%s %d\n", g.name, g.v)
	}
}

// serveMetrics serves GET /metrics on addr until ctx is done.
func (m *workerMetrics) serve(ctx context.Context, addr string, log *slog.Logger) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("--metrics %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", promtext.ContentType)
		m.write(r.Context(), w)
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	log.Info("metrics", "url", "http://"+l.Addr().String()+"/metrics")
	go func() {
		if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server stopped", "err", err)
		}
	}()
	return nil
}
