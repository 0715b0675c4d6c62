package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/analyzer"
	"github.com/chronicle-news/chronicle/sqlite"
	"github.com/chronicle-news/chronicle/story"
)

// clusterMode prepares the "cluster" measurement: it analyses every article
// first (on every core, not measured), then returns the step that is
// measured — linking one pre-analysed article into copies and merged events
// over an in-memory index, one at a time in corpus order, as they would
// arrive — and a report to print afterwards: the same linking into a real
// SQLite file, timed on its own, and the clusters and copies it found.
func clusterMode(arts []article, profile string) (run func(article) (int, int, error), report func() string, err error) {
	docs, err := preanalyse(arts)
	if err != nil {
		return nil, nil, err
	}
	mem := story.NewMemory()
	linker := story.NewLinker(mem, story.Options{})
	ctx := context.Background()
	var cpu0 time.Duration
	run = func(a article) (int, int, error) {
		if cpu0 == 0 {
			cpu0 = cpuTime()
		}
		d := docs[a.ID]
		_, err := linker.Link(ctx, d)
		return len(d.Tokens), len(d.Events), err
	}
	report = func() string {
		var b strings.Builder
		cpu := (cpuTime() - cpu0).Seconds()
		fmt.Fprintf(&b, "cluster in memory: %.0f articles per CPU-second (%.2fs of CPU for %d articles; the table's rate is by the wall clock)\n",
			float64(len(arts))/cpu, cpu, len(arts))
		sqliteReport(&b, arts, docs, profile)
		memoryReport(&b, mem, docs)
		return b.String()
	}
	return run, report, nil
}

// preanalyse runs the pipeline over every article on every core.
func preanalyse(arts []article) (map[string]*chronicle.Document, error) {
	prev := runtime.GOMAXPROCS(runtime.NumCPU())
	defer runtime.GOMAXPROCS(prev)
	p, err := analyzer.New(analyzer.Options{})
	if err != nil {
		return nil, err
	}
	// A stage that fails on one article must not stop the measurement:
	// such an article is analysed again without its claims stage.
	noClaims, err := analyzer.New(analyzer.Options{Disable: []string{"claim"}})
	if err != nil {
		return nil, err
	}
	run := func(d *chronicle.Document) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("panic: %v", r)
			}
		}()
		return p.Run(d)
	}
	var mu sync.Mutex
	var retried []string
	docs := make([]*chronicle.Document, len(arts))
	errs := make([]error, len(arts))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				d := chronicle.NewDocument(arts[i].ID, arts[i].Text)
				d.Title, d.Publisher, d.Revision = arts[i].Title, "BBC "+arts[i].Category, 1
				d.URL = "bbc:" + arts[i].ID
				if err := run(d); err != nil {
					mu.Lock()
					retried = append(retried, fmt.Sprintf("%s (%v)", d.ID, err))
					mu.Unlock()
					d = chronicle.NewDocument(arts[i].ID, arts[i].Text)
					d.Title, d.Publisher, d.Revision = arts[i].Title, "BBC "+arts[i].Category, 1
					d.URL = "bbc:" + arts[i].ID
					errs[i] = noClaims.Run(d)
				}
				docs[i] = d
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	if len(retried) > 0 {
		sort.Strings(retried)
		fmt.Fprintf(os.Stderr, "chronicle-bench: %d articles analysed again without the claim stage: %s\n", len(retried), strings.Join(retried, "; "))
	}
	out := map[string]*chronicle.Document{}
	for i, d := range docs {
		if errs[i] != nil {
			return nil, fmt.Errorf("%s: %w", arts[i].ID, errs[i])
		}
		out[d.ID] = d
	}
	return out, nil
}

// sqliteReport links the same articles into real SQLite files (stored
// first, not timed) and reports the linking rate twice: one transaction an
// article, as the server and the workers link, and batches of
// story.Batch in one transaction, as ingest and Resume link. With a profile
// prefix, it writes a CPU profile of the first to PREFIX-cluster-sqlite.pprof.
func sqliteReport(b *strings.Builder, arts []article, docs map[string]*chronicle.Document, profile string) {
	for _, batch := range []int{1, story.Batch} {
		if err := sqliteLink(b, arts, docs, batch, profile); err != nil {
			fmt.Fprintf(b, "sqlite: %v\n", err)
			return
		}
		profile = ""
	}
}

// sqliteLink stores arts into a new SQLite file, links them batch at a time
// and prints the rate.
func sqliteLink(b *strings.Builder, arts []article, docs map[string]*chronicle.Document, batch int, profile string) error {
	dir, err := os.MkdirTemp("", "chronicle-bench-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	s, err := sqlite.Open(filepath.Join(dir, "bench.db"))
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	for _, a := range arts {
		if _, err := s.Put(ctx, docs[a.ID]); err != nil {
			return err
		}
	}
	linker := story.NewLinker(s, story.Options{})
	if profile != "" {
		f, err := os.Create(profile + "-cluster-sqlite.pprof")
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	cpu0 := cpuTime()
	start := time.Now()
	for i := 0; i < len(arts); i += batch {
		group := make([]*chronicle.Document, 0, batch)
		for _, a := range arts[i:min(i+batch, len(arts))] {
			group = append(group, docs[a.ID])
		}
		if _, errs := linker.LinkAll(ctx, group); errors.Join(errs...) != nil {
			return errors.Join(errs...)
		}
	}
	sec, cpu := time.Since(start).Seconds(), (cpuTime() - cpu0).Seconds()
	evs, err := s.Events(ctx, chronicle.EventFilter{})
	if err != nil {
		return err
	}
	how := "one transaction each, as serve and the workers link"
	if batch > 1 {
		how = fmt.Sprintf("%d a transaction, as ingest links", batch)
	}
	fmt.Fprintf(b, "cluster into SQLite: %d articles linked in %.2fs = %.0f articles/s by the wall clock, %.0f per CPU-second (%s, WAL); %d merged events\n",
		len(arts), sec, float64(len(arts))/sec, float64(len(arts))/cpu, how, len(evs))
	return nil
}

// memoryReport prints how many merged events and copies linking found, their
// size distribution and a sample of twenty merged events of several
// articles.
func memoryReport(b *strings.Builder, mem *story.Memory, docs map[string]*chronicle.Document) {
	members := mem.MemberDocs()
	events := 0
	for _, d := range docs {
		events += len(d.Events)
	}
	sizes := map[string]int{}
	var multi []string
	for id, ds := range members {
		sizes[bucket(len(ds))]++
		if len(ds) > 1 {
			multi = append(multi, id)
		}
	}
	fmt.Fprintf(b, "events coded: %d in %d articles; merged events: %d, by articles: %s\n", events, len(docs), len(members), dist(sizes))
	copies := map[string][]string{}
	for id := range docs {
		if a, ok := mem.Article(id); ok && a.CopyOf != "" {
			copies[a.CopyOf] = append(copies[a.CopyOf], id)
		}
	}
	csizes := map[string]int{}
	ncopies := 0
	for _, cs := range copies {
		csizes[bucket(len(cs)+1)]++
		ncopies += len(cs)
	}
	fmt.Fprintf(b, "copies: %d articles repeat %d originals; copy groups by appearances: %s\n", ncopies, len(copies), dist(csizes))
	var origs []string
	for o := range copies {
		origs = append(origs, o)
	}
	sort.Strings(origs)
	for i, o := range origs {
		if i == 5 {
			break
		}
		sort.Strings(copies[o])
		a, _ := mem.Article(copies[o][0])
		fmt.Fprintf(b, "  copy: %s %q ← %s (similarity %.2f)\n", o, docs[o].Title, strings.Join(copies[o], ", "), a.Similarity)
	}
	// Sample: the merged events of two or more articles, most articles first.
	sort.Slice(multi, func(i, j int) bool {
		if len(members[multi[i]]) != len(members[multi[j]]) {
			return len(members[multi[i]]) > len(members[multi[j]])
		}
		return multi[i] < multi[j]
	})
	fmt.Fprintf(b, "merged events of 2+ articles: %d; a sample of 20 (every 1/%d of them, largest first):\n", len(multi), max(1, len(multi)/20))
	step := max(1, len(multi)/20)
	for i, n := 0, 0; i < len(multi) && n < 20; i, n = i+step, n+1 {
		c, _ := mem.Cluster(multi[i])
		fmt.Fprintf(b, "  %s %s %s→%s", c.ID, c.Type, actor(c.Source), actor(c.Target))
		if c.Location != "" {
			fmt.Fprintf(b, " @%s", c.Location)
		}
		fmt.Fprintln(b)
		for _, id := range members[multi[i]] {
			d := docs[id]
			fmt.Fprintf(b, "      %s %q\n", id, d.Title)
		}
	}
}

// cpuTime is the CPU time this process has used, user and system: on a
// shared machine it says what the work costs when the wall clock does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func actor(a *chronicle.Actor) string {
	if a == nil {
		return "?"
	}
	if a.Code != "" {
		return a.Name + "/" + a.Code
	}
	return a.Name
}

func bucket(n int) string {
	switch {
	case n == 1:
		return "1"
	case n == 2:
		return "2"
	case n <= 5:
		return "3-5"
	case n <= 10:
		return "6-10"
	}
	return ">10"
}

func dist(m map[string]int) string {
	var parts []string
	for _, k := range []string{"1", "2", "3-5", "6-10", ">10"} {
		if m[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s: %d", k, m[k]))
		}
	}
	return strings.Join(parts, ", ")
}
