// Command chronicle-bench measures Chronicle's pipeline on the BBC corpus
// beside a peer, github.com/jdkato/prose/v2 (tokenise + sentence split +
// NER), on the same articles in the same run, and prints the ratios.
//
// Each measurement runs in a child process on one core (GOMAXPROCS=1), so
// that its peak RSS is its own; figures are throughput (articles/s,
// words/s, tokens/s), allocations per article and peak RSS.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/analyzer"
	"github.com/chronicle-news/chronicle/text"
	prose "github.com/jdkato/prose/v2"
)

// result is what one child measurement reports.
type result struct {
	Mode     string  `json:"mode"`
	Articles int     `json:"articles"`
	Words    int     `json:"words"`
	Tokens   int     `json:"tokens"`
	Entities int     `json:"entities"`
	Seconds  float64 `json:"seconds"`
	Allocs   uint64  `json:"allocs"`
	Bytes    uint64  `json:"bytes"`
	PeakRSS  int64   `json:"peak_rss_kb"`
	// Report is printed after the table (the cluster mode's clusters).
	Report string `json:"report,omitempty"`
	// RecordBytes is the JSON record's size (the size mode).
	RecordBytes int `json:"record_bytes,omitempty"`
	// CPUSeconds is the user and system time of the measured work.
	CPUSeconds float64 `json:"cpu_seconds,omitempty"`
}

func main() {
	shared := flag.String("shared", "../shared", "the shared data `folder`")
	child := flag.String("child", "", "internal: run one measurement `mode` and print its result")
	n := flag.Int("n", 0, "use only the first `N` articles (0: all)")
	modes := flag.String("modes", "text,syntax,ner,noquote,pipeline,prose,cluster", "comma-separated `modes` to measure (cluster: linking pre-analysed articles into copies and merged events)")
	proseN := flag.Int("prose-n", 400, "give prose only the first `N` articles (it runs about 1000x slower; rates stay comparable)")
	loadDur := flag.Duration("load", 30*time.Second, "run the serve load test for this `duration` after the modes (0: skip)")
	loadBig := flag.Int("load-big", 1_000_000, "store one article of this many `bytes` (BBC articles joined) before the serve load test (0: none)")
	loadWrites := flag.Int("load-writes", 2, "articles a `second` posted during the serve load test (0: reads only)")
	loadRate := flag.Int("load-rate", 200, "requests per `second` of the serve load test")
	sizes := flag.String("sizes", "100KB,1MB,5MB", "analyse one document of each of these `sizes` (BBC articles joined) and report time per MB and peak RSS (\"\": skip)")
	sizeBytes := flag.Int("size-bytes", 0, "internal: the text size of the size mode")
	queueN := flag.Int("queue", 400, "run the NATS → workers → PostgreSQL test with 1 and 2 workers on `N` articles after the modes (0: skip)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of each mode's measured loop to `PREFIX`-MODE.pprof (for go tool pprof)")
	rounds := flag.Int("rounds", 1, "measure the modes `N` times in turn and report each mode's median run (a shared or virtual machine's speed drifts; turns expose every mode to it alike)")
	flag.Parse()
	corpus := filepath.Join(*shared, "eval", "bbc", "bbc.jsonl")
	if *child != "" {
		measureChild := func() error { return measure(*child, corpus, *n, *cpuProfile) }
		if *child == "size" {
			measureChild = func() error { return measureSize(corpus, *sizeBytes) }
		}
		if err := measureChild(); err != nil {
			fmt.Fprintln(os.Stderr, "chronicle-bench:", err)
			os.Exit(1)
		}
		return
	}
	if _, err := os.Stat(corpus); err != nil {
		fmt.Fprintf(os.Stderr, "chronicle-bench: %s is absent: the benchmark needs the shared folder (-shared)\n", corpus)
		os.Exit(1)
	}
	results := map[string]result{}
	fmt.Printf("corpus: %s\n\n", corpus)
	var order []string
	for _, m := range strings.Split(*modes, ",") {
		if m != "" {
			order = append(order, m)
		}
	}
	runs := map[string][]result{}
	for round := 0; round < max(1, *rounds); round++ {
		for _, m := range order {
			limit := *n
			if m == "prose" && *proseN > 0 && (limit == 0 || limit > *proseN) {
				limit = *proseN
			}
			cmd := exec.Command(os.Args[0], "-child", m, "-shared", *shared, "-n", strconv.Itoa(limit), "-cpuprofile", *cpuProfile)
			cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
			cmd.Stderr = os.Stderr
			out, err := cmd.Output()
			if err != nil {
				fmt.Fprintf(os.Stderr, "chronicle-bench: %s: %v\n", m, err)
				os.Exit(1)
			}
			var r result
			if err := json.Unmarshal(out, &r); err != nil {
				fmt.Fprintf(os.Stderr, "chronicle-bench: %s: %v\n", m, err)
				os.Exit(1)
			}
			runs[m] = append(runs[m], r)
		}
	}
	if *rounds > 1 {
		fmt.Printf("each mode's median of %d runs taken in turn\n", *rounds)
	}
	fmt.Printf("%-10s %9s %10s %12s %12s %10s %12s %10s\n", "mode", "articles", "articles/s", "words/s", "tokens/s", "entities", "allocs/art", "peak RSS")
	for _, m := range order {
		r := median(runs[m])
		results[m] = r
		defer fmt.Print(r.Report)
		fmt.Printf("%-10s %9d %10.1f %12.0f %12.0f %10d %12.0f %8.0fMB\n", m, r.Articles, float64(r.Articles)/r.Seconds,
			float64(r.Words)/r.Seconds, float64(r.Tokens)/r.Seconds, r.Entities, float64(r.Allocs)/float64(r.Articles), float64(r.PeakRSS)/1024)
	}
	fmt.Println()
	if p, ok := results["prose"]; ok {
		for _, m := range []string{"text", "ner", "pipeline"} {
			if r, ok := results[m]; ok {
				fmt.Printf("%s vs prose v2: %.1fx the words/s, %.2fx the peak RSS\n", m,
					(float64(r.Words)/r.Seconds)/(float64(p.Words)/p.Seconds), float64(r.PeakRSS)/float64(p.PeakRSS))
			}
		}
	}
	if r, ok := results["text"]; ok {
		fmt.Printf("tokenizer + sentence splitter: %.2fM tokens/s on one core (target ≥ 1M)\n", float64(r.Tokens)/r.Seconds/1e6)
	}
	if r, ok := results["syntax"]; ok {
		if t, ok := results["text"]; ok {
			// The tagger and parser alone: the syntax mode's time less the
			// text layer's.
			fmt.Printf("tagger + parser: %.0fk words/s on one core (target ≥ 150k)\n", float64(r.Words)/(r.Seconds-t.Seconds)/1e3)
		}
	}
	if r, ok := results["ner"]; ok {
		fmt.Printf("text + NER: %.0fk tokens/s on one core (target ≥ 200k)\n", float64(r.Tokens)/r.Seconds/1e3)
	}
	if p, ok := results["pipeline"]; ok {
		fmt.Printf("pipeline peak RSS: %.0f MB (target ≤ 200)", float64(p.PeakRSS)/1024)
		if t, ok := results["text"]; ok {
			// The text mode's RSS is what the binary holds before any
			// model: chiefly go-dateparser's locale tables (about 78 MB,
			// built at package init through go-trafilatura → go-htmldate).
			fmt.Printf("; %.0f MB above the text mode's %.0f MB", float64(p.PeakRSS-t.PeakRSS)/1024, float64(t.PeakRSS)/1024)
		}
		fmt.Println()
		if nq, ok := results["noquote"]; ok {
			fmt.Printf("quote extraction adds %.1f%% to pipeline time (target < 20%%)\n", 100*(p.Seconds/nq.Seconds-1))
		}
	}
	if *sizes != "" {
		ns, err := parseSizes(*sizes)
		if err == nil {
			err = benchSizes(*shared, ns)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "chronicle-bench: sizes:", err)
			os.Exit(1)
		}
	}
	if *queueN > 0 {
		fmt.Println()
		if err := benchQueue(corpus, *queueN); err != nil {
			fmt.Fprintln(os.Stderr, "chronicle-bench: queue:", err)
			os.Exit(1)
		}
	}
	if *loadDur > 0 {
		if err := serveLoad(corpus, *loadRate, *loadDur, *loadBig, *loadWrites); err != nil {
			fmt.Fprintln(os.Stderr, "chronicle-bench: serve load test:", err)
			os.Exit(1)
		}
	}
}

type article struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Category string `json:"category"`
	Text     string `json:"text"`
}

func load(path string, n int) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, err
		}
		out = append(out, a)
		if n > 0 && len(out) == n {
			break
		}
	}
	return out, sc.Err()
}

// measure runs one mode over the corpus and prints its result as JSON;
// with a profile prefix it also profiles the measured loop.
func measure(mode, corpus string, n int, profile string) error {
	arts, err := load(corpus, n)
	if err != nil {
		return err
	}
	var run func(a article) (tokens, entities int, err error)
	var report func() string
	switch mode {
	case "cluster":
		if run, report, err = clusterMode(arts, profile); err != nil {
			return err
		}
	case "text":
		run = func(a article) (int, int, error) {
			l := text.Analyze(a.Text)
			return len(l.Tokens), 0, nil
		}
	case "ner", "pipeline", "noquote", "syntax":
		opts := analyzer.Options{}
		switch mode {
		case "ner":
			opts.Disable = append(nerOnly(), "syntax")
		case "syntax":
			opts.Disable = syntaxOnly()
		case "noquote":
			opts.Disable = []string{"quote"}
		}
		p, err := analyzer.New(opts)
		if err != nil {
			return err
		}
		run = func(a article) (int, int, error) {
			d := chronicle.NewDocument(a.ID, a.Text)
			if err := p.Run(d); err != nil {
				return 0, 0, err
			}
			return len(d.Tokens), len(d.Entities), nil
		}
	case "prose":
		// Load prose's default model once, as a long-running user would;
		// NewDocument would otherwise load it for every article.
		warm, err := prose.NewDocument("Warm up.")
		if err != nil {
			return err
		}
		model := warm.Model
		run = func(a article) (int, int, error) {
			d, err := prose.NewDocument(a.Text, prose.UsingModel(model))
			if err != nil {
				return 0, 0, err
			}
			d.Sentences()
			return len(d.Tokens()), len(d.Entities()), nil
		}
	default:
		return fmt.Errorf("unknown mode %q", mode)
	}
	var r result
	r.Mode = mode
	for _, a := range arts {
		r.Words += len(strings.Fields(a.Text))
	}
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	if profile != "" {
		f, err := os.Create(profile + "-" + mode + ".pprof")
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	start := time.Now()
	for _, a := range arts {
		tok, ent, err := run(a)
		if err != nil {
			return fmt.Errorf("%s: %w", a.ID, err)
		}
		r.Articles++
		r.Tokens += tok
		r.Entities += ent
	}
	r.Seconds = time.Since(start).Seconds()
	if profile != "" {
		pprof.StopCPUProfile()
	}
	runtime.ReadMemStats(&m1)
	r.Allocs = m1.Mallocs - m0.Mallocs
	r.Bytes = m1.TotalAlloc - m0.TotalAlloc
	r.PeakRSS = peakRSS()
	if report != nil {
		r.Report = report()
	}
	return json.NewEncoder(os.Stdout).Encode(r)
}

// syntaxOnly lists every stage but text and syntax, so that the "syntax"
// mode measures the tagger and parser (with the tokenizer they need).
func syntaxOnly() []string {
	var off []string
	for _, s := range analyzer.Stages {
		if s != "text" && s != "syntax" {
			off = append(off, s)
		}
	}
	return off
}

// nerOnly lists every stage after "entity", so that the "ner" mode runs the
// text and entity stages alone.
func nerOnly() []string {
	var off []string
	after := false
	for _, s := range analyzer.Stages {
		if after {
			off = append(off, s)
		}
		if s == "entity" {
			after = true
		}
	}
	return off
}

// median is the run of median time among rs (the slower one of the middle
// two for an even count).
func median(rs []result) result {
	sorted := append([]result(nil), rs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Seconds < sorted[j].Seconds })
	return sorted[len(sorted)/2]
}

// peakRSS reads the process's peak resident set size (kB) from /proc.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				v, _ := strconv.ParseInt(f[1], 10, 64)
				return v
			}
		}
	}
	return 0
}
