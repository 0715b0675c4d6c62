// Package metrics defines Chronicle's Prometheus metrics, on
// github.com/prometheus/client_golang: the server's (requests, latency,
// analyses, documents stored) and the workers' (documents by outcome, stage
// latency, queue lag). It is the one package that imports the client
// library. Each registry also carries the Go runtime and process collectors,
// and Handler negotiates the text format or OpenMetrics.
//
// Every label value comes from a closed set, so that no request can grow the
// exposition: HTTP methods outside the standard ones are "other", routes are
// the patterns the server registered (or "unmatched"), outcomes are
// constants.
package metrics

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// scrapeTimeout bounds what a scrape asks of the store or the queue.
const scrapeTimeout = 2 * time.Second

// Registry is a set of metrics served together.
type Registry = prometheus.Registry

// NewRegistry returns a registry holding the Go runtime and process
// collectors.
func NewRegistry() *Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// Handler serves the metrics of reg in the format the scraper asks for
// (Prometheus text or OpenMetrics, compressed when it accepts that). A
// collector that fails is logged to logger and the others are served.
func Handler(reg *Registry, logger *slog.Logger) http.Handler {
	return promhttp.HandlerFor(reg, promhttp.HandlerOpts{
		EnableOpenMetrics: true,
		Registry:          reg, // counts the handler's own errors
		ErrorHandling:     promhttp.ContinueOnError,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelError),
	})
}

// Method returns the label value of an HTTP method: the method itself for
// the standard ones, "other" for anything else, so that made-up methods
// cannot add series.
func Method(m string) string {
	switch m {
	case http.MethodGet, http.MethodPost, http.MethodPut, http.MethodDelete,
		http.MethodHead, http.MethodOptions, http.MethodPatch:
		return m
	}
	return "other"
}

// Unmatched is the route label of a request that matched no route.
const Unmatched = "unmatched"

// httpLatencyBuckets are the upper bounds, in seconds, of the request
// latency histogram.
var httpLatencyBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}

// HTTP holds the server's metrics.
type HTTP struct {
	routes   map[string]bool
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	analyses *prometheus.CounterVec
}

// NewHTTP registers the server's metrics with reg. routes are the patterns
// the server registered: the only route labels besides Unmatched.
// documents, when not nil, counts the stored documents at each scrape; when
// it fails, the gauge is left out rather than reported as 0.
func NewHTTP(reg *Registry, routes []string, documents func(context.Context) (int, error)) *HTTP {
	m := &HTTP{
		routes: map[string]bool{},
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chronicle_http_requests_total",
			Help: "HTTP requests by route pattern, method and status.",
		}, []string{"route", "method", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "chronicle_http_request_duration_seconds",
			Help:    "HTTP request latency by route pattern.",
			Buckets: httpLatencyBuckets,
		}, []string{"route"}),
		analyses: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chronicle_analyses_total",
			Help: "Articles analysed by this server, by outcome.",
		}, []string{"outcome"}),
	}
	for _, r := range routes {
		m.routes[r] = true
	}
	for _, o := range []string{"ok", "failed"} {
		m.analyses.WithLabelValues(o)
	}
	reg.MustRegister(m.requests, m.latency, m.analyses)
	if documents != nil {
		reg.MustRegister(&gauges{
			descs: []*prometheus.Desc{prometheus.NewDesc("chronicle_documents_stored", "Distinct documents in the store.", nil, nil)},
			read: func(ctx context.Context) ([]float64, error) {
				n, err := documents(ctx)
				return []float64{float64(n)}, err
			},
		})
	}
	return m
}

// Observe counts one request served under route (a registered pattern; any
// other value counts as Unmatched) with method and status, taking d.
func (m *HTTP) Observe(route, method string, status int, d time.Duration) {
	if !m.routes[route] {
		route = Unmatched
	}
	if status < 100 || status > 999 {
		status = 0 // not a status a handler can write; kept as one series
	}
	m.requests.WithLabelValues(route, Method(method), strconv.Itoa(status)).Inc()
	m.latency.WithLabelValues(route).Observe(d.Seconds())
}

// Analysed counts one analysis, failed when err is not nil.
func (m *HTTP) Analysed(err error) {
	outcome := "ok"
	if err != nil {
		outcome = "failed"
	}
	m.analyses.WithLabelValues(outcome).Inc()
}

// Outcomes of a document a worker handled.
const (
	Stored    = "stored"    // analysed and stored
	Unchanged = "unchanged" // already stored as it is
	Failed    = "failed"    // a try that failed, to be redelivered or dead-lettered
	Dead      = "dead"      // sent to the dead-letter stream
)

// stageBuckets are the upper bounds, in seconds, of the stage latency
// histogram: a stage takes from a millisecond to seconds on a long page.
var stageBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// QueueStats is the state of the work queue at a scrape.
type QueueStats struct {
	Pending    uint64 // not yet delivered to any worker
	InFlight   uint64 // delivered and not yet acknowledged
	DeadLetter uint64 // in the dead-letter stream
}

// Worker holds a worker's metrics.
type Worker struct {
	stages    map[string]bool
	documents *prometheus.CounterVec
	latency   *prometheus.HistogramVec
}

// NewWorker registers a worker's metrics with reg. stages are the pipeline's
// stage names, the only stage labels. queue, when not nil, reads the queue
// at each scrape; when it fails, the queue gauges are left out rather than
// reported as 0.
func NewWorker(reg *Registry, stages []string, queue func(context.Context) (QueueStats, error)) *Worker {
	m := &Worker{
		stages: map[string]bool{},
		documents: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chronicle_worker_documents_total",
			Help: "Documents this worker handled, by outcome (failed counts tries).",
		}, []string{"outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "chronicle_worker_stage_duration_seconds",
			Help:    "Analysis time per pipeline stage.",
			Buckets: stageBuckets,
		}, []string{"stage"}),
	}
	for _, s := range stages {
		m.stages[s] = true
	}
	for _, o := range []string{Stored, Unchanged, Failed, Dead} {
		m.documents.WithLabelValues(o)
	}
	reg.MustRegister(m.documents, m.latency)
	if queue != nil {
		desc := func(name, help string) *prometheus.Desc { return prometheus.NewDesc(name, help, nil, nil) }
		reg.MustRegister(&gauges{
			descs: []*prometheus.Desc{
				desc("chronicle_worker_queue_lag", "Documents queued and not yet acknowledged: pending plus in flight."),
				desc("chronicle_worker_queue_pending", "Documents not yet delivered to any worker."),
				desc("chronicle_worker_queue_in_flight", "Documents delivered and not yet acknowledged."),
				desc("chronicle_worker_queue_dead_letter", "Documents in the dead-letter stream."),
			},
			read: func(ctx context.Context) ([]float64, error) {
				st, err := queue(ctx)
				return []float64{float64(st.Pending + st.InFlight), float64(st.Pending), float64(st.InFlight), float64(st.DeadLetter)}, err
			},
		})
	}
	return m
}

// Count counts one document with outcome (Stored, Unchanged, Failed, Dead).
func (m *Worker) Count(outcome string) {
	switch outcome {
	case Stored, Unchanged, Failed, Dead:
		m.documents.WithLabelValues(outcome).Inc()
	}
}

// ObserveStage records that a pipeline stage took d; it fits
// chronicle.Pipeline.Observe. A stage not named to NewWorker is not recorded.
func (m *Worker) ObserveStage(stage string, d time.Duration) {
	if m.stages[stage] {
		m.latency.WithLabelValues(stage).Observe(d.Seconds())
	}
}

// gauges are gauges read together at each scrape from an outside system
// (the store, the queue); when the read fails they are left out.
type gauges struct {
	descs []*prometheus.Desc
	read  func(context.Context) ([]float64, error)
}

func (g *gauges) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range g.descs {
		ch <- d
	}
}

func (g *gauges) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), scrapeTimeout)
	defer cancel()
	vs, err := g.read(ctx)
	if err != nil || len(vs) != len(g.descs) {
		return
	}
	for i, d := range g.descs {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, vs[i])
	}
}
