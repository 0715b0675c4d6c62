package metrics

import (
	"strings"
	"testing"
)

func TestHistogramWritesCumulativeBuckets(t *testing.T) {
	h := NewHistogram([]float64{0.1, 1})
	for _, v := range []float64{0.05, 0.5, 0.7, 3} {
		h.Observe(v)
	}
	var b strings.Builder
	Header(&b, "x_seconds", "histogram", "Test latency.")
	h.Write(&b, "x_seconds", `stage=`+Label("ner"))
	want := `# HELP x_seconds Test latency.
# TYPE x_seconds histogram
x_seconds_bucket{stage="ner",le="0.1"} 1
x_seconds_bucket{stage="ner",le="1"} 3
x_seconds_bucket{stage="ner",le="+Inf"} 4
x_seconds_sum{stage="ner"} 4.25
x_seconds_count{stage="ner"} 4
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestHistogramWithoutLabels(t *testing.T) {
	h := NewHistogram([]float64{1})
	h.Observe(2)
	var b strings.Builder
	h.Write(&b, "y", "")
	want := "y_bucket{le=\"1\"} 0\ny_bucket{le=\"+Inf\"} 1\ny_sum 2\ny_count 1\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func TestLabelEscapes(t *testing.T) {
	if got := Label("a\"b\\c\nd"); got != `"a\"b\\c\nd"` {
		t.Errorf("Label = %s", got)
	}
}
