package html

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	nurl "net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// evalDir is the shared benchmark of 181 article pages with gold text.
const evalDir = "../../../shared/eval/html"

type evalPage struct {
	ID       string `json:"id"`
	URL      string `json:"url"`
	HTMLFile string `json:"html_file"`
}

func loadEvalPages(t testing.TB) []evalPage {
	t.Helper()
	f, err := os.Open(filepath.Join(evalDir, "index.jsonl"))
	if err != nil {
		t.Skipf("shared benchmark not found at %s: %v", evalDir, err)
	}
	defer f.Close()
	var pages []evalPage
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var p evalPage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
	}
	return pages
}

func readEvalPage(t testing.TB, p evalPage) []byte {
	t.Helper()
	f, err := os.Open(filepath.Join(evalDir, p.HTMLFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDumpCandidates writes every extractor variant's text per page to the
// file named by CHRONICLE_HTML_CANDIDATES, for tuning the combination.
func TestDumpCandidates(t *testing.T) {
	out := os.Getenv("CHRONICLE_HTML_CANDIDATES")
	if out == "" {
		t.Skip("set CHRONICLE_HTML_CANDIDATES=FILE to dump extractor variants")
	}
	pages := loadEvalPages(t)
	all := map[string]map[string]string{}
	for _, p := range pages {
		raw := readEvalPage(t, p)
		doc, err := parse(raw, Options{}.withDefaults())
		if err != nil {
			t.Fatal(err)
		}
		u, _ := nurl.Parse(p.URL)
		r, rNode := runReadability(doc, u)
		v := map[string]string{"R": r.text, "Rtitle": r.title}
		t0 := runTrafilatura(doc, u, trafilatura.Balanced, nil, false)
		v["T"], v["Ttitle"] = t0.text, t0.title
		v["TC"] = runTrafilatura(doc, u, trafilatura.FavorRecall, nil, false).text
		v["TCR"] = runTrafilatura(doc, u, trafilatura.FavorRecall, rNode, true).text
		v["TFR"] = runTrafilatura(doc, u, trafilatura.Balanced, rNode, true).text
		all[p.ID] = v
	}
	b, _ := json.Marshal(all)
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBenchmarkPages runs Extract over the shared benchmark and logs the
// F1 score; with CHRONICLE_HTML_PRED=FILE it also writes the predictions in
// the benchmark's layout for score-html.
func TestBenchmarkPages(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs both extractors over 181 pages")
	}
	pages := loadEvalPages(t)
	gold := loadGold(t)
	pred := map[string]map[string]string{}
	var sc scorer
	for _, p := range pages {
		a, err := Extract(bytes.NewReader(readEvalPage(t, p)), p.URL, Options{})
		text := ""
		if err != nil {
			t.Logf("%s: %v", p.ID[:8], err)
		} else {
			text = a.Text
		}
		pred[p.ID] = map[string]string{"articleBody": text}
		sc.add(gold[p.ID], text)
	}
	P, R, F := sc.result()
	t.Logf("pages %d  precision %.3f  recall %.3f  F1 %.3f", len(pages), P, R, F)
	if out := os.Getenv("CHRONICLE_HTML_PRED"); out != "" {
		b, _ := json.Marshal(pred)
		if err := os.WriteFile(out, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func loadGold(t testing.TB) map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(evalDir, "ground-truth.json"))
	if err != nil {
		t.Skipf("shared benchmark not found at %s: %v", evalDir, err)
	}
	var g map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for id, v := range g {
		out[id] = v.ArticleBody
	}
	return out
}

// scorer computes the benchmark's metric: 4-word shingle multisets, per-page
// tp/fp/fn normalised to sum to one, precision and recall averaged over
// pages.
type scorer struct {
	ps, rs []float64
}

func shingles(text string) map[string]int {
	w := words(text)
	m := map[string]int{}
	if len(w) == 0 {
		return m
	}
	if len(w) < 4 {
		m[strings.Join(w, " ")]++
		return m
	}
	for i := 0; i+4 <= len(w); i++ {
		m[strings.Join(w[i:i+4], " ")]++
	}
	return m
}

func (s *scorer) add(gold, pred string) {
	g, p := shingles(gold), shingles(pred)
	var tp, fp, fn float64
	for k, n := range p {
		m := min(n, g[k])
		tp += float64(m)
		fp += float64(n - m)
	}
	for k, n := range g {
		if n > p[k] {
			fn += float64(n - p[k])
		}
	}
	if tp+fp+fn == 0 {
		s.ps, s.rs = append(s.ps, 1), append(s.rs, 1)
		return
	}
	if tp+fp > 0 {
		s.ps = append(s.ps, tp/(tp+fp))
	}
	if tp+fn > 0 {
		s.rs = append(s.rs, tp/(tp+fn))
	}
}

func (s *scorer) result() (p, r, f1 float64) {
	mean := func(xs []float64) float64 {
		if len(xs) == 0 {
			return 0
		}
		t := 0.0
		for _, x := range xs {
			t += x
		}
		return t / float64(len(xs))
	}
	p, r = mean(s.ps), mean(s.rs)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}
