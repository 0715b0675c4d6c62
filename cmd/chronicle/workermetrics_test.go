package main

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/nats"
)

func TestWorkerMetricsCountDocumentsStagesAndQueueLag(t *testing.T) {
	var stored, unchanged, dead atomic.Int64
	stored.Add(3)
	dead.Add(1)
	m := &workerMetrics{stored: &stored, unchanged: &unchanged, dead: &dead,
		queue: func(context.Context) (nats.Stats, error) {
			return nats.Stats{Pending: 5, InFlight: 2, DeadLetter: 1}, nil
		}}
	m.observeStage("entity", 3*time.Millisecond)
	m.observeStage("entity", 40*time.Millisecond)
	h := m.counting(func(context.Context, *chronicle.Document) error { return errors.New("boom") })
	h(context.Background(), nil)
	var b strings.Builder
	m.write(context.Background(), &b)
	for _, want := range []string{
		`chronicle_worker_documents_total{outcome="stored"} 3`,
		`chronicle_worker_documents_total{outcome="failed"} 1`,
		`chronicle_worker_documents_total{outcome="dead"} 1`,
		`chronicle_worker_stage_duration_seconds_bucket{stage="entity",le="0.005"} 1`,
		`chronicle_worker_stage_duration_seconds_bucket{stage="entity",le="0.05"} 2`,
		`chronicle_worker_stage_duration_seconds_count{stage="entity"} 2`,
		"# TYPE chronicle_worker_queue_lag gauge\nchronicle_worker_queue_lag 7\n",
		"chronicle_worker_queue_dead_letter 1\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("metrics lack %q:\n%s", want, b.String())
		}
	}
}

func TestWorkerMetricsLeaveOutTheQueueWhenNATSDoesNotAnswer(t *testing.T) {
	var n atomic.Int64
	m := &workerMetrics{stored: &n, unchanged: &n, dead: &n,
		queue: func(context.Context) (nats.Stats, error) { return nats.Stats{}, errors.New("no route") }}
	var b strings.Builder
	m.write(context.Background(), &b)
	if strings.Contains(b.String(), "queue_lag") || !strings.Contains(b.String(), `outcome="stored"} 0`) {
		t.Errorf("metrics:\n%s", b.String())
	}
}
