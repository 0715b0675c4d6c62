package html

import (
	"bytes"
	"testing"
)

// BenchmarkExtract measures extraction speed over the shared benchmark's
// pages; pages/s is reported as a custom metric.
func BenchmarkExtract(b *testing.B) {
	pages := loadEvalPages(b)
	raws := make([][]byte, len(pages))
	size := 0
	for i, p := range pages {
		raws[i] = readEvalPage(b, p)
		size += len(raws[i])
	}
	b.SetBytes(int64(size / len(raws)))
	b.ResetTimer()
	n := 0
	for b.Loop() {
		i := n % len(raws)
		n++
		if _, err := Extract(bytes.NewReader(raws[i]), pages[i].URL, Options{}); err != nil {
			b.Logf("%s: %v", pages[i].ID[:8], err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkExtractSmall measures the fixed cost on a small hand-written page.
func BenchmarkExtractSmall(b *testing.B) {
	raw := []byte(page("<title>Bus news</title>", article(prose, prose, prose)))
	for b.Loop() {
		if _, err := Extract(bytes.NewReader(raw), "https://news.example.com/a", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
