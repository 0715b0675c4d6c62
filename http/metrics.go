package http

import (
	"context"
	"fmt"
	"io"
	nethttp "net/http"
	"sort"
	"sync"
	"time"

	promtext "github.com/chronicle-news/chronicle/metrics"
)

// latencyBuckets are the upper bounds, in seconds, of the request latency
// histogram.
var latencyBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}

// metrics counts requests and analyses for GET /metrics, written in the
// Prometheus text exposition format.
type metrics struct {
	mu       sync.Mutex
	requests map[reqKey]int64
	latency  map[string]*promtext.Histogram // by route
	analyses int64
	failed   int64
}

type reqKey struct {
	route, method string
	status        int
}

func newMetrics() *metrics {
	return &metrics{requests: map[reqKey]int64{}, latency: map[string]*promtext.Histogram{}}
}

func (m *metrics) observe(route, method string, status int, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[reqKey{route, method, status}]++
	h := m.latency[route]
	if h == nil {
		h = promtext.NewHistogram(latencyBuckets)
		m.latency[route] = h
	}
	h.Observe(d.Seconds())
}

func (m *metrics) analysed(err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err != nil {
		m.failed++
	} else {
		m.analyses++
	}
}

// write prints every metric; documents is the store's count, or -1 when it
// could not be read.
func (m *metrics) write(w io.Writer, documents int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	fmt.Fprintln(w, "# HELP chronicle_http_requests_total HTTP requests by route pattern, method and status.")
	fmt.Fprintln(w, "# TYPE chronicle_http_requests_total counter")
	keys := make([]reqKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.route != b.route {
			return a.route < b.route
		}
		if a.method != b.method {
			return a.method < b.method
		}
		return a.status < b.status
	})
	for _, k := range keys {
		fmt.Fprintf(w, "chronicle_http_requests_total{route=%s,method=%s,status=\"%d\"} %d\n", label(k.route), label(k.method), k.status, m.requests[k])
	}
	fmt.Fprintln(w, "# HELP chronicle_http_request_duration_seconds HTTP request latency by route pattern.")
	fmt.Fprintln(w, "# TYPE chronicle_http_request_duration_seconds histogram")
	routes := make([]string, 0, len(m.latency))
	for r := range m.latency {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	for _, r := range routes {
		m.latency[r].Write(w, "chronicle_http_request_duration_seconds", "route="+label(r))
	}
	fmt.Fprintln(w, "# HELP chronicle_analyses_total Articles analysed by this server, by outcome.")
	fmt.Fprintln(w, "# TYPE chronicle_analyses_total counter")
	fmt.Fprintf(w, "chronicle_analyses_total{outcome=\"ok\"} %d\n", m.analyses)
	fmt.Fprintf(w, "chronicle_analyses_total{outcome=\"failed\"} %d\n", m.failed)
	if documents >= 0 {
		fmt.Fprintln(w, "# HELP chronicle_documents_stored Distinct documents in the store.")
		fmt.Fprintln(w, "# TYPE chronicle_documents_stored gauge")
		fmt.Fprintf(w, "chronicle_documents_stored %d\n", documents)
	}
}

// label quotes a label value as the text format wants.
func label(v string) string { return promtext.Label(v) }

// statusWriter remembers the status a handler wrote.
type statusWriter struct {
	nethttp.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = nethttp.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() nethttp.ResponseWriter { return w.ResponseWriter }

// instrument counts each request under the pattern that served it (the mux
// records it in Request.Pattern), never under the raw path, so that ids do
// not explode the label set.
func (s *Server) instrument(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		route := r.Pattern
		if route == "" {
			route = "unmatched"
		}
		if sw.status == 0 {
			sw.status = nethttp.StatusOK
		}
		s.metrics.observe(route, r.Method, sw.status, time.Since(start))
	})
}

func (s *Server) handleMetrics(w nethttp.ResponseWriter, r *nethttp.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	n, err := s.Store.Count(ctx)
	if err != nil {
		n = -1
	}
	w.Header().Set("Content-Type", promtext.ContentType)
	s.metrics.write(w, n)
}
