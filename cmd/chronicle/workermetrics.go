package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/chronicle-news/chronicle/metrics"
	"github.com/chronicle-news/chronicle/nats"
)

// queueStats reads q's depth for the worker's queue gauges.
func queueStats(q *nats.Queue) func(context.Context) (metrics.QueueStats, error) {
	return func(ctx context.Context) (metrics.QueueStats, error) {
		st, err := q.Stats(ctx)
		return metrics.QueueStats{Pending: st.Pending, InFlight: uint64(max(st.InFlight, 0)), DeadLetter: st.DeadLetter}, err
	}
}

// serveMetrics serves GET /metrics of reg on addr until ctx is done.
func serveMetrics(ctx context.Context, addr string, reg *metrics.Registry, log *slog.Logger) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("--metrics %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", metrics.Handler(reg, log))
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
