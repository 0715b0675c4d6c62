// Package metrics writes metrics in the Prometheus text exposition format
// (version 0.0.4) by hand: counters, gauges and histograms with fixed
// buckets, so that the server and the workers expose them without a client
// library.
package metrics

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ContentType is the Content-Type of the text format.
const ContentType = "text/plain; version=0.0.4; charset=utf-8"

// Header writes the HELP and TYPE lines of metric name; typ is counter,
// gauge or histogram.
func Header(w io.Writer, name, typ, help string) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
}

// Label quotes a label value as the text format wants.
func Label(v string) string {
	r := strings.NewReplacer(`\`, `\\`, "\n", `\n`, `"`, `\"`)
	return `"` + r.Replace(v) + `"`
}

// Float formats a sample value or bucket bound.
func Float(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// Histogram counts observations into buckets with fixed upper bounds. It is
// not safe for concurrent use: its owner locks.
type Histogram struct {
	bounds []float64 // ascending upper bounds
	counts []int64   // per bucket, not cumulative
	sum    float64
	n      int64
}

// NewHistogram returns an empty histogram over bounds (ascending).
func NewHistogram(bounds []float64) *Histogram {
	return &Histogram{bounds: bounds, counts: make([]int64, len(bounds))}
}

// Observe counts one observation of v.
func (h *Histogram) Observe(v float64) {
	for i, b := range h.bounds {
		if v <= b {
			h.counts[i]++
			break
		}
	}
	h.sum += v
	h.n++
}

// Write writes the _bucket, _sum and _count samples of metric name; labels
// are the sample's other label pairs (`route="/x"`), or "".
func (h *Histogram) Write(w io.Writer, name, labels string) {
	sep, braced := "", ""
	if labels != "" {
		sep, braced = labels+",", "{"+labels+"}"
	}
	var cum int64
	for i, b := range h.bounds {
		cum += h.counts[i]
		fmt.Fprintf(w, "%s_bucket{%sle=\"%s\"} %d\n", name, sep, Float(b), cum)
	}
	fmt.Fprintf(w, "%s_bucket{%sle=\"+Inf\"} %d\n", name, sep, h.n)
	fmt.Fprintf(w, "%s_sum%s %s\n", name, braced, Float(h.sum))
	fmt.Fprintf(w, "%s_count%s %d\n", name, braced, h.n)
}
