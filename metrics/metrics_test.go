package metrics

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// scrape serves one GET /metrics of reg, as a scraper sending accept would
// get it, and returns the Content-Type and body.
func scrape(t *testing.T, reg *Registry, accept string) (string, string) {
	t.Helper()
	req := httptest.NewRequest("GET", "/metrics", nil)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	rec := httptest.NewRecorder()
	Handler(reg, slog.New(slog.NewTextHandler(io.Discard, nil))).ServeHTTP(rec, req)
	if rec.Code != 200 {
		t.Fatalf("GET /metrics: %d %s", rec.Code, rec.Body)
	}
	return rec.Header().Get("Content-Type"), rec.Body.String()
}

func wantLines(t *testing.T, body string, lines ...string) {
	t.Helper()
	for _, l := range lines {
		if !strings.Contains(body, l) {
			t.Errorf("metrics lack %q:\n%s", l, body)
		}
	}
}

func TestMethodLabelsAreAClosedSet(t *testing.T) {
	tests := []struct{ method, label string }{
		{"GET", "GET"}, {"POST", "POST"}, {"PUT", "PUT"}, {"DELETE", "DELETE"},
		{"HEAD", "HEAD"}, {"OPTIONS", "OPTIONS"}, {"PATCH", "PATCH"},
		{"get", "other"}, {"BREW", "other"}, {"PROPFIND", "other"}, {"CONNECT", "other"},
		{"TRACE", "other"}, {"", "other"}, {strings.Repeat("X", 10000), "other"},
	}
	for _, tc := range tests {
		if got := Method(tc.method); got != tc.label {
			t.Errorf("Method(%.20q) = %q, want %q", tc.method, got, tc.label)
		}
	}
}

func TestServerMetricsCountRequestsByRegisteredRoute(t *testing.T) {
	reg := NewRegistry()
	m := NewHTTP(reg, []string{"GET /api/articles/{doc_id...}", "POST /api/articles"}, func(context.Context) (int, error) { return 3, nil })
	m.Observe("GET /api/articles/{doc_id...}", "GET", 200, 20*time.Millisecond)
	m.Observe("GET /api/articles/{doc_id...}", "GET", 404, time.Millisecond)
	m.Observe("POST /api/articles", "POST", 201, 2*time.Second)
	m.Observe("", "BREW", 405, time.Millisecond)
	m.Observe("GET /made/up/{x}", "GET", 404, time.Millisecond)
	m.Analysed(nil)
	typ, body := scrape(t, reg, "")
	if !strings.HasPrefix(typ, "text/plain; version=0.0.4") {
		t.Errorf("Content-Type %q, want the Prometheus text format", typ)
	}
	wantLines(t, body,
		`chronicle_http_requests_total{method="GET",route="GET /api/articles/{doc_id...}",status="200"} 1`,
		`chronicle_http_requests_total{method="GET",route="GET /api/articles/{doc_id...}",status="404"} 1`,
		`chronicle_http_requests_total{method="POST",route="POST /api/articles",status="201"} 1`,
		`chronicle_http_requests_total{method="other",route="unmatched",status="405"} 1`,
		`chronicle_http_requests_total{method="GET",route="unmatched",status="404"} 1`,
		"# TYPE chronicle_http_request_duration_seconds histogram",
		`chronicle_http_request_duration_seconds_bucket{route="GET /api/articles/{doc_id...}",le="0.025"} 2`,
		`chronicle_http_request_duration_seconds_bucket{route="POST /api/articles",le="1"} 0`,
		`chronicle_http_request_duration_seconds_bucket{route="POST /api/articles",le="+Inf"} 1`,
		`chronicle_analyses_total{outcome="ok"} 1`,
		`chronicle_analyses_total{outcome="failed"} 0`,
		"# TYPE chronicle_documents_stored gauge\nchronicle_documents_stored 3\n",
		"\ngo_goroutines ", "\ngo_memstats_heap_alloc_bytes ", "\nprocess_cpu_seconds_total ", "\nprocess_resident_memory_bytes ",
	)
	if strings.Contains(body, "made/up") || strings.Contains(body, "BREW") {
		t.Errorf("a label came from a request:\n%s", body)
	}
}

func TestTheStoreGaugeIsLeftOutWhenTheStoreFails(t *testing.T) {
	reg := NewRegistry()
	NewHTTP(reg, nil, func(context.Context) (int, error) { return 0, errors.New("database is locked") })
	_, body := scrape(t, reg, "")
	if strings.Contains(body, "chronicle_documents_stored") || !strings.Contains(body, `chronicle_analyses_total{outcome="ok"} 0`) {
		t.Errorf("metrics:\n%s", body)
	}
}

func TestOpenMetricsIsServedToWhoAsksForIt(t *testing.T) {
	reg := NewRegistry()
	NewHTTP(reg, nil, nil).Analysed(errors.New("boom"))
	typ, body := scrape(t, reg, "application/openmetrics-text;version=1.0.0")
	if !strings.HasPrefix(typ, "application/openmetrics-text") || !strings.HasSuffix(body, "# EOF\n") {
		t.Errorf("Content-Type %q, body ends %q", typ, body[max(0, len(body)-40):])
	}
	wantLines(t, body, `chronicle_analyses_total{outcome="failed"} 1`)
}

func TestWorkerMetricsCountDocumentsStagesAndQueueLag(t *testing.T) {
	reg := NewRegistry()
	m := NewWorker(reg, []string{"entity", "quote"}, func(context.Context) (QueueStats, error) {
		return QueueStats{Pending: 5, InFlight: 2, DeadLetter: 1}, nil
	})
	for range 3 {
		m.Count(Stored)
	}
	m.Count(Failed)
	m.Count(Dead)
	m.Count("exploded") // not an outcome: not counted
	m.ObserveStage("entity", 3*time.Millisecond)
	m.ObserveStage("entity", 40*time.Millisecond)
	m.ObserveStage("not-a-stage", time.Millisecond)
	_, body := scrape(t, reg, "")
	wantLines(t, body,
		`chronicle_worker_documents_total{outcome="stored"} 3`,
		`chronicle_worker_documents_total{outcome="unchanged"} 0`,
		`chronicle_worker_documents_total{outcome="failed"} 1`,
		`chronicle_worker_documents_total{outcome="dead"} 1`,
		`chronicle_worker_stage_duration_seconds_bucket{stage="entity",le="0.0025"} 0`,
		`chronicle_worker_stage_duration_seconds_bucket{stage="entity",le="0.005"} 1`,
		`chronicle_worker_stage_duration_seconds_bucket{stage="entity",le="0.05"} 2`,
		`chronicle_worker_stage_duration_seconds_count{stage="entity"} 2`,
		"# TYPE chronicle_worker_queue_lag gauge\nchronicle_worker_queue_lag 7\n",
		"chronicle_worker_queue_pending 5\n",
		"chronicle_worker_queue_in_flight 2\n",
		"chronicle_worker_queue_dead_letter 1\n",
		"\ngo_goroutines ", "\nprocess_cpu_seconds_total ",
	)
	if strings.Contains(body, "exploded") || strings.Contains(body, "not-a-stage") {
		t.Errorf("a label outside the closed sets:\n%s", body)
	}
}

func TestWorkerMetricsLeaveOutTheQueueWhenNATSDoesNotAnswer(t *testing.T) {
	reg := NewRegistry()
	NewWorker(reg, nil, func(context.Context) (QueueStats, error) { return QueueStats{}, errors.New("no route") })
	_, body := scrape(t, reg, "")
	if strings.Contains(body, "queue_lag") || !strings.Contains(body, `chronicle_worker_documents_total{outcome="stored"} 0`) {
		t.Errorf("metrics:\n%s", body)
	}
}
