// Command chronicle-eval runs every scorer in ../shared/tools on the public
// dev/train splits through the chronicle binary, exactly as evaluation
// scripts call it (spec/cli.md), and prints each scorer's report and a
// summary table. Inputs the scorers need in another layout (HTML pages,
// event sentences) are written to a temporary folder, never to the repo.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

type task struct {
	name string
	run  func(e *evaluator) (string, error)
}

type evaluator struct {
	shared, bin, tmp string
	summary          [][2]string
}

func main() {
	shared := flag.String("shared", "../shared", "the shared data `folder`")
	bin := flag.String("bin", "bin/chronicle", "the chronicle `binary`")
	only := flag.String("only", "", "comma-separated `tasks` to run (seed, ud, ner, html, quotes, events, propaganda)")
	flag.Parse()
	tmp, err := os.MkdirTemp("", "chronicle-eval-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmp)
	e := &evaluator{shared: *shared, bin: *bin, tmp: tmp}
	tasks := []task{
		{"seed", (*evaluator).seed},
		{"ud", (*evaluator).ud},
		{"ner", (*evaluator).ner},
		{"html", (*evaluator).html},
		{"quotes", (*evaluator).quotes},
		{"events", (*evaluator).events},
		{"own-events", (*evaluator).ownEvents},
		{"own-clusters", (*evaluator).ownClusters},
		{"propaganda", (*evaluator).propaganda},
	}
	want := map[string]bool{}
	for _, t := range strings.Split(*only, ",") {
		if t != "" {
			want[t] = true
		}
	}
	failed := false
	for _, t := range tasks {
		if len(want) > 0 && !want[t.name] {
			continue
		}
		fmt.Printf("\n## %s\n", t.name)
		out, err := t.run(e)
		fmt.Print(out)
		if err != nil {
			fmt.Printf("%s: %v\n", t.name, err)
			failed = true
		}
	}
	fmt.Printf("\n## summary\n")
	for _, row := range e.summary {
		fmt.Printf("%-34s %s\n", row[0], row[1])
	}
	if failed {
		os.Exit(1)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "chronicle-eval:", err)
	os.Exit(1)
}

func (e *evaluator) path(parts ...string) string {
	return filepath.Join(append([]string{e.shared}, parts...)...)
}

// chronicle runs the binary with stdin from in (may be nil) and writes its
// stdout to the file out.
func (e *evaluator) chronicle(in io.Reader, out string, args ...string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	cmd := exec.Command(e.bin, args...)
	cmd.Stdin = in
	cmd.Stdout = f
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		// Bad input lines make the exit status 1 but still give output.
		if _, ok := err.(*exec.ExitError); !ok || stderr.Len() == 0 {
			return fmt.Errorf("%s %s: %v\n%s", e.bin, strings.Join(args, " "), err, tail(stderr.String()))
		}
		fmt.Printf("(chronicle reported: %s)\n", tail(stderr.String()))
	}
	return nil
}

func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 3 {
		lines = append([]string{fmt.Sprintf("… %d lines", len(lines)-3)}, lines[len(lines)-3:]...)
	}
	return strings.Join(lines, "\n")
}

// score runs a scorer, returns its text report, and adds the figures that
// keys name (paths into its --json output) to the summary.
func (e *evaluator) score(label, tool string, args []string, keys map[string]string) (string, error) {
	script := e.path("tools", tool)
	text, err := exec.Command("python3", append([]string{script}, args...)...).CombinedOutput()
	if err != nil {
		return string(text), fmt.Errorf("%s: %v", tool, err)
	}
	js, err := exec.Command("python3", append([]string{script}, append(args, "--json")...)...).Output()
	if err == nil && len(keys) > 0 {
		var v any
		if json.Unmarshal(js, &v) == nil {
			names := make([]string, 0, len(keys))
			for k := range keys {
				names = append(names, k)
			}
			sort.Strings(names)
			for _, name := range names {
				if f, ok := lookup(v, keys[name]); ok {
					e.summary = append(e.summary, [2]string{label + " " + name, fmt.Sprintf("%.3f", f)})
				}
			}
		}
	}
	return string(text), nil
}

// lookup follows a dotted path through decoded JSON to a number.
func lookup(v any, path string) (float64, bool) {
	for _, p := range strings.Split(path, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return 0, false
		}
		v = m[p]
	}
	f, ok := v.(float64)
	return f, ok
}

func (e *evaluator) seed() (string, error) {
	pred := filepath.Join(e.tmp, "seed.json")
	if err := e.chronicle(nil, pred, "analyze", "--format", "json", "--date", "2025-04-25", e.path("seed", "moscow-talks.txt")); err != nil {
		return "", err
	}
	return e.score("seed", "score-analysis", []string{e.path("seed", "moscow-talks.gold.json"), pred}, map[string]string{
		"entities F1": "entities.f1", "quotes F1": "quotes.f1", "events F1": "events.f1", "framing F1": "framing.f1", "claims F1": "claims.f1",
	})
}

func (e *evaluator) ner() (string, error) {
	in, err := os.Open(e.path("eval", "conll2003", "valid.txt"))
	if err != nil {
		return "", err
	}
	defer in.Close()
	pred := filepath.Join(e.tmp, "ner.conll")
	if err := e.chronicle(in, pred, "ner", "--conll"); err != nil {
		return "", err
	}
	return e.score("NER (CoNLL valid)", "score-ner", []string{pred}, map[string]string{"F1": "ALL.f1"})
}

// ud parses the words of both UD dev sets (chronicle parse --conllu) and
// scores UPOS, UAS and LAS with score-ud.
func (e *evaluator) ud() (string, error) {
	var out strings.Builder
	for _, set := range []struct{ label, file string }{
		{"UD EWT dev", "en_ewt-ud-dev.conllu"},
		{"UD GUM wiki dev", "en_gum-wiki-ud-dev.conllu"},
	} {
		gold := e.path("eval", "ud", set.file)
		in, err := os.Open(gold)
		if err != nil {
			return out.String(), err
		}
		pred := filepath.Join(e.tmp, set.file)
		err = e.chronicle(in, pred, "parse", "--conllu")
		in.Close()
		if err != nil {
			return out.String(), err
		}
		fmt.Fprintf(&out, "%s:\n", set.label)
		text, err := e.score(set.label, "score-ud", []string{gold, pred}, map[string]string{"UPOS": "upos", "UAS": "uas", "LAS": "las"})
		out.WriteString(text)
		if err != nil {
			return out.String(), err
		}
	}
	return out.String(), nil
}

// html writes the 181 pages as JSONL with an "html" field, analyses them,
// and gives score-html each record's text as the page's article body.
func (e *evaluator) html() (string, error) {
	index, err := os.Open(e.path("eval", "html", "index.jsonl"))
	if err != nil {
		return "", err
	}
	defer index.Close()
	inPath := filepath.Join(e.tmp, "html.jsonl")
	in, err := os.Create(inPath)
	if err != nil {
		return "", err
	}
	sc := bufio.NewScanner(index)
	for sc.Scan() {
		var page struct {
			ID, URL  string
			HTMLFile string `json:"html_file"`
		}
		if err := json.Unmarshal(sc.Bytes(), &page); err != nil {
			return "", err
		}
		b, err := gunzip(e.path("eval", "html", page.HTMLFile))
		if err != nil {
			return "", err
		}
		line, _ := json.Marshal(map[string]string{"id": page.ID, "url": page.URL, "html": string(b)})
		in.Write(append(line, '\n'))
	}
	in.Close()
	out := filepath.Join(e.tmp, "html.out.jsonl")
	inFile, _ := os.Open(inPath)
	defer inFile.Close()
	if err := e.chronicle(nil, out, "analyze", "--format", "jsonl", "--disable", "entity", inPath); err != nil {
		return "", err
	}
	bodies := map[string]map[string]string{}
	recs, err := os.Open(out)
	if err != nil {
		return "", err
	}
	defer recs.Close()
	rs := bufio.NewScanner(recs)
	rs.Buffer(make([]byte, 1<<20), 256<<20)
	for rs.Scan() {
		var rec struct {
			DocID string `json:"doc_id"`
			Text  string `json:"text"`
		}
		if err := json.Unmarshal(rs.Bytes(), &rec); err != nil {
			return "", err
		}
		bodies[rec.DocID] = map[string]string{"articleBody": rec.Text}
	}
	pred := filepath.Join(e.tmp, "html.pred.json")
	b, _ := json.Marshal(bodies)
	os.WriteFile(pred, b, 0o644)
	return e.score("HTML (181 pages)", "score-html", []string{e.path("eval", "html", "ground-truth.json"), pred}, map[string]string{"F1": "f1"})
}

func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(z)
}

func (e *evaluator) quotes() (string, error) {
	gold := e.path("eval", "polnear", "dev.jsonl")
	pred := filepath.Join(e.tmp, "quotes.jsonl")
	if err := e.chronicle(nil, pred, "analyze", "--format", "jsonl", gold); err != nil {
		return "", err
	}
	return e.score("quotes (PolNeAR dev)", "score-quotes", []string{gold, pred}, map[string]string{
		"content overlap F1": "content_overlap.f1", "source accuracy": "source_accuracy",
	})
}

// events writes each gold sentence as one input article dated by the gold
// record.
func (e *evaluator) events() (string, error) {
	return e.eventSet("events (PLOVER GSR)", e.path("eval", "events", "plover_gsr.jsonl"))
}

// ownEvents scores the project's own event sentences (extract/event/testdata,
// written for issue 13 and never in ../shared): the tuning part and the
// held-out part separately.
func (e *evaluator) ownEvents() (string, error) {
	var all strings.Builder
	for _, part := range []struct{ label, file string }{
		{"events (own, tuning part)", "own-tune.jsonl"},
		{"events (own, held-out part)", "own-heldout.jsonl"},
	} {
		out, err := e.eventSet(part.label, filepath.Join("extract", "event", "testdata", part.file))
		all.WriteString("### " + part.label + "\n" + out)
		if err != nil {
			return all.String(), err
		}
	}
	return all.String(), nil
}

// eventSet analyses every sentence of a gold file in the score-events layout
// as one article dated by its record, and scores the events.
func (e *evaluator) eventSet(label, gold string) (string, error) {
	g, err := os.Open(gold)
	if err != nil {
		return "", err
	}
	defer g.Close()
	inPath := filepath.Join(e.tmp, "events.in.jsonl")
	in, err := os.Create(inPath)
	if err != nil {
		return "", err
	}
	sc := bufio.NewScanner(g)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct{ ID, Text, Date string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return "", err
		}
		line, _ := json.Marshal(map[string]string{"id": rec.ID, "text": rec.Text, "published": rec.Date})
		in.Write(append(line, '\n'))
	}
	in.Close()
	pred := filepath.Join(e.tmp, "events.jsonl")
	if err := e.chronicle(nil, pred, "analyze", "--format", "jsonl", inPath); err != nil {
		return "", err
	}
	return e.score(label, "score-events", []string{gold, pred}, map[string]string{
		"type F1": "type.f1", "source agreement": "source",
	})
}

// propaganda scores the held-out part of the PTC train split: every fifth
// article by sorted id, the part the model is not trained on.
func (e *evaluator) propaganda() (string, error) {
	train, err := os.ReadFile(e.path("eval", "ptc", "train.jsonl"))
	if err != nil {
		return "", err
	}
	type article struct {
		ID   string `json:"article_id"`
		line []byte
	}
	var arts []article
	for _, line := range bytes.Split(bytes.TrimSpace(train), []byte("\n")) {
		var a article
		if err := json.Unmarshal(line, &a); err != nil {
			return "", err
		}
		a.line = line
		arts = append(arts, a)
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	gold := filepath.Join(e.tmp, "ptc.gold.jsonl")
	g, _ := os.Create(gold)
	for i, a := range arts {
		if i%5 == 4 {
			g.Write(append(a.line, '\n'))
		}
	}
	g.Close()
	pred := filepath.Join(e.tmp, "ptc.tsv")
	if err := e.chronicle(nil, pred, "analyze", "--format", "ptc", gold); err != nil {
		return "", err
	}
	var all strings.Builder
	for _, tech := range []string{"", "Loaded_Language", "Name_Calling,Labeling"} {
		args := []string{gold, pred}
		label := "propaganda (PTC held-out)"
		if tech != "" {
			args = append(args, "--technique", tech)
			label += " " + tech
		}
		out, err := e.score(label, "score-propaganda", args, map[string]string{"SI F1": "SI.f1", "SI+technique F1": "TC.f1"})
		if tech == "" {
			all.WriteString("all techniques:\n")
		} else {
			all.WriteString(tech + " only:\n")
		}
		all.WriteString(out)
		if err != nil {
			return all.String(), err
		}
	}

	// The records, for each span's confidence and shown flag.
	recs := filepath.Join(e.tmp, "ptc.records.jsonl")
	if err := e.chronicle(nil, recs, "analyze", "--format", "jsonl", gold); err != nil {
		return all.String(), err
	}
	shownTSV := filepath.Join(e.tmp, "ptc.shown.tsv")
	spans, err := readTechniques(recs)
	if err != nil {
		return all.String(), err
	}
	var sb strings.Builder
	for _, s := range spans {
		if s.shown {
			fmt.Fprintf(&sb, "%s\t%s\t%d\t%d\n", s.id, s.technique, s.start, s.end)
		}
	}
	os.WriteFile(shownTSV, []byte(sb.String()), 0o644)
	all.WriteString("shown spans only:\n")
	out, err := e.score("propaganda (PTC held-out) shown", "score-propaganda", []string{gold, shownTSV}, map[string]string{"SI P": "SI.precision"})
	all.WriteString(out)
	if err != nil {
		return all.String(), err
	}

	// Given spans (the TC setting): every gold span with "?", classified.
	golds, err := readGold(gold)
	if err != nil {
		return all.String(), err
	}
	spansIn := filepath.Join(e.tmp, "ptc.spans.tsv")
	sb.Reset()
	for _, g := range golds {
		fmt.Fprintf(&sb, "%s\t?\t%d\t%d\n", g.id, g.start, g.end)
	}
	os.WriteFile(spansIn, []byte(sb.String()), 0o644)
	given := filepath.Join(e.tmp, "ptc.given.tsv")
	if err := e.chronicle(nil, given, "techniques", "--classify", spansIn, "--articles", gold); err != nil {
		return all.String(), err
	}
	all.WriteString("technique of each gold span (TC on given spans):\n")
	out, err = e.score("propaganda (PTC held-out) given spans", "score-propaganda", []string{gold, given}, map[string]string{"TC F1": "TC.f1"})
	all.WriteString(out)
	if err != nil {
		return all.String(), err
	}
	givenSpans, err := readTSV(given)
	if err != nil {
		return all.String(), err
	}
	var preds []ptcSpan
	if preds, err = readTSV(pred); err != nil {
		return all.String(), err
	}
	all.WriteString(techniqueTable(golds, preds, givenSpans))
	all.WriteString(shownSummary(golds, spans))
	all.WriteString(reliability(golds, spans))
	return all.String(), nil
}

// ptcSpan is a gold or predicted technique span.
type ptcSpan struct {
	id, technique string
	start, end    int
	confidence    float64
	shown         bool
}

func readGold(path string) ([]ptcSpan, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []ptcSpan
	for _, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		var a struct {
			ID    string `json:"article_id"`
			Spans []struct {
				Start, End int
				Technique  string
			}
		}
		if err := json.Unmarshal(line, &a); err != nil {
			return nil, err
		}
		for _, s := range a.Spans {
			out = append(out, ptcSpan{id: a.ID, technique: s.Technique, start: s.Start, end: s.End})
		}
	}
	return out, nil
}

func readTSV(path string) ([]ptcSpan, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []ptcSpan
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			continue
		}
		var s ptcSpan
		s.id, s.technique = f[0], f[1]
		fmt.Sscan(f[2], &s.start)
		fmt.Sscan(f[3], &s.end)
		out = append(out, s)
	}
	return out, nil
}

// readTechniques reads every technique span of analysis records.
func readTechniques(path string) ([]ptcSpan, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []ptcSpan
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	for sc.Scan() {
		var rec struct {
			DocID      string `json:"doc_id"`
			Techniques []struct {
				Start, End int
				Technique  string
				Confidence float64
				Shown      bool
			}
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, err
		}
		for _, t := range rec.Techniques {
			out = append(out, ptcSpan{id: rec.DocID, technique: t.Technique, start: t.Start, end: t.End, confidence: t.Confidence, shown: t.Shown})
		}
	}
	return out, sc.Err()
}

// prf mirrors score-propaganda: partial-overlap precision and recall,
// micro-averaged over spans. labelled counts overlap only where the
// techniques agree.
func prf(gold, pred []ptcSpan, labelled bool) (p, r, f float64) {
	byID := map[string][]ptcSpan{}
	for _, g := range gold {
		byID[g.id] = append(byID[g.id], g)
	}
	pByID := map[string][]ptcSpan{}
	for _, s := range pred {
		pByID[s.id] = append(pByID[s.id], s)
	}
	var ps, rs float64
	for _, s := range pred {
		ps += credit(s, byID[s.id], labelled)
	}
	for _, g := range gold {
		rs += credit(g, pByID[g.id], labelled)
	}
	if len(pred) > 0 {
		p = min(1, ps/float64(len(pred)))
	}
	if len(gold) > 0 {
		r = min(1, rs/float64(len(gold)))
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// credit is the overlap of s with others, over the length of s.
func credit(s ptcSpan, others []ptcSpan, labelled bool) float64 {
	var c float64
	for _, o := range others {
		if !labelled || o.technique == s.technique {
			c += float64(max(0, min(s.end, o.end)-max(s.start, o.start))) / float64(max(1, s.end-s.start))
		}
	}
	return c
}

// techniqueTable prints P/R/F1 per technique for span identification
// (predicted spans with that label against gold spans of any label for
// precision, gold spans of that technique against predicted spans of any
// label for recall), span + technique, and given-span classification.
func techniqueTable(gold, pred, given []ptcSpan) string {
	count := map[string]int{}
	for _, g := range gold {
		count[g.technique]++
	}
	var names []string
	for t := range count {
		names = append(names, t)
	}
	sort.Strings(names)
	only := func(xs []ptcSpan, t string) []ptcSpan {
		var out []ptcSpan
		for _, x := range xs {
			if x.technique == t {
				out = append(out, x)
			}
		}
		return out
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nper technique (held-out; gold count, predicted count; P/R/F1):\n")
	fmt.Fprintf(&b, "%-36s %5s %5s  %-20s %-20s %-20s\n", "technique", "gold", "pred", "SI", "span+technique", "given spans (TC)")
	for _, t := range names {
		g, p, gv := only(gold, t), only(pred, t), only(given, t)
		sp, _, _ := prf(gold, p, false)
		_, sr, _ := prf(g, pred, false)
		sf := 0.0
		if sp+sr > 0 {
			sf = 2 * sp * sr / (sp + sr)
		}
		jp, jr, jf := prf(g, p, true)
		tp, tr, tf := prf(g, gv, true)
		fmt.Fprintf(&b, "%-36s %5d %5d  %.2f/%.2f/%.2f       %.2f/%.2f/%.2f       %.2f/%.2f/%.2f\n", t, len(g), len(p), sp, sr, sf, jp, jr, jf, tp, tr, tf)
	}
	return b.String()
}

// shownSummary gives the shown spans' precision and how many articles with
// gold spans still show something.
func shownSummary(gold, spans []ptcSpan) string {
	var shown []ptcSpan
	showing := map[string]bool{}
	for _, s := range spans {
		if s.shown {
			shown = append(shown, s)
			showing[s.id] = true
		}
	}
	withGold := map[string]bool{}
	for _, g := range gold {
		withGold[g.id] = true
	}
	n := 0
	for id := range withGold {
		if showing[id] {
			n++
		}
	}
	p, _, _ := prf(gold, shown, false)
	return fmt.Sprintf("\nshown: %d of %d spans, SI precision %.3f (target >= 0.60); %d of %d articles with gold spans show something (%.1f%%, target >= 15%%)\n",
		len(shown), len(spans), p, n, len(withGold), 100*float64(n)/float64(max(1, len(withGold))))
}

// reliability prints the reliability curve: spans binned by confidence,
// with their mean confidence and how right they were (their span
// precision, capped at 1).
func reliability(gold, spans []ptcSpan) string {
	byID := map[string][]ptcSpan{}
	for _, g := range gold {
		byID[g.id] = append(byID[g.id], g)
	}
	const bins = 10
	var n [bins]int
	var c, r [bins]float64
	for _, s := range spans {
		k := min(bins-1, max(0, int(s.confidence*bins)))
		n[k]++
		c[k] += s.confidence
		r[k] += min(1, credit(s, byID[s.id], false))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nreliability (confidence bin: spans, mean confidence, observed span precision):\n")
	for k := range bins {
		if n[k] == 0 {
			continue
		}
		fmt.Fprintf(&b, "  [%.1f, %.1f)  %5d  %.3f  %.3f  %s\n", float64(k)/bins, float64(k+1)/bins, n[k], c[k]/float64(n[k]), r[k]/float64(n[k]),
			strings.Repeat("#", int(r[k]/float64(n[k])*40+0.5)))
	}
	return b.String()
}
