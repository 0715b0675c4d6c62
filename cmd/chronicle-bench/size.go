package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/analyzer"
)

// benchSizes analyses one document of each size (BBC articles joined by blank
// lines) in its own child process on one core, and prints the analysis time,
// the time per MB (wall and CPU), the peak RSS and the record's size against the text's.
// Analysis is linear when the time per MB stays within 2x across sizes.
func benchSizes(shared string, sizes []int) error {
	fmt.Printf("\nanalysis of one long document (BBC articles joined), one core:\n")
	fmt.Printf("%10s %10s %10s %10s %10s %10s %12s %12s\n", "text", "seconds", "s/MB", "CPU s", "CPU s/MB", "peak RSS", "record", "record/text")
	lo, hi := 0.0, 0.0
	for _, n := range sizes {
		cmd := exec.Command(os.Args[0], "-child", "size", "-size-bytes", strconv.Itoa(n), "-shared", shared)
		cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("%d bytes: %w", n, err)
		}
		var r result
		if err := json.Unmarshal(out, &r); err != nil {
			return err
		}
		// Judged on CPU time: on a shared machine, wall time also counts
		// the time other processes held the core.
		perMB := r.CPUSeconds / (float64(n) / 1e6)
		if lo == 0 || perMB < lo {
			lo = perMB
		}
		hi = max(hi, perMB)
		fmt.Printf("%10s %10.2f %10.2f %10.2f %10.2f %8.0fMB %10.1fMB %12.2f\n", sizeName(n), r.Seconds, r.Seconds/(float64(n)/1e6), r.CPUSeconds, perMB, float64(r.PeakRSS)/1024,
			float64(r.RecordBytes)/1e6, float64(r.RecordBytes)/float64(n))
		defer fmt.Print(r.Report)
	}
	verdict := "within"
	if hi > 2*lo {
		verdict = "NOT within"
	}
	fmt.Printf("CPU time per MB from %.2f s to %.2f s: %.2fx, %s the 2x target\n", lo, hi, hi/lo, verdict)
	return nil
}

func sizeName(n int) string {
	if n >= 1e6 {
		return fmt.Sprintf("%g MB", float64(n)/1e6)
	}
	return fmt.Sprintf("%g KB", float64(n)/1e3)
}

// measureSize is the child side of benchSizes.
func measureSize(corpus string, size int) error {
	arts, err := load(corpus, 0)
	if err != nil {
		return err
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(arts[i%len(arts)].Text)
		b.WriteString("\n\n")
	}
	txt := b.String()
	txt = strings.ToValidUTF8(txt[:size], "")
	p, err := analyzer.New(analyzer.Options{MaxText: -1})
	if err != nil {
		return err
	}
	// Warm up: load what the stages load lazily.
	if err := p.Run(chronicle.NewDocument("warm", arts[0].Text)); err != nil {
		return err
	}
	stages := map[string]time.Duration{}
	p.Observe = func(stage string, d time.Duration) { stages[stage] += d }
	doc := chronicle.NewDocument("long", txt)
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	cpu0 := cpuTime()
	start := time.Now()
	if err := p.Run(doc); err != nil {
		return err
	}
	r := result{Mode: "size", Articles: 1, Seconds: time.Since(start).Seconds(), Tokens: len(doc.Tokens), Entities: len(doc.Entities)}
	r.CPUSeconds = (cpuTime() - cpu0).Seconds()
	runtime.ReadMemStats(&m1)
	var rep strings.Builder
	fmt.Fprintf(&rep, "  %s: GC %.2fs (%d cycles); s/MB by stage:", sizeName(size), float64(m1.PauseTotalNs-m0.PauseTotalNs)/1e9, m1.NumGC-m0.NumGC)
	for _, st := range p.StageNames() {
		fmt.Fprintf(&rep, " %s %.2f", st, stages[st].Seconds()/(float64(size)/1e6))
	}
	r.Report = rep.String() + "\n"
	r.PeakRSS = peakRSS()
	rec, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	r.RecordBytes = len(rec)
	return json.NewEncoder(os.Stdout).Encode(r)
}

// parseSizes reads "100KB,1MB,5MB" (decimal units).
func parseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		f = strings.ToUpper(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		mult := 1.0
		switch {
		case strings.HasSuffix(f, "MB"):
			mult, f = 1e6, strings.TrimSuffix(f, "MB")
		case strings.HasSuffix(f, "KB"):
			mult, f = 1e3, strings.TrimSuffix(f, "KB")
		}
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || v <= 0 {
			return nil, fmt.Errorf("size %q: want 100KB, 1MB, …", f)
		}
		out = append(out, int(v*mult))
	}
	return out, nil
}
