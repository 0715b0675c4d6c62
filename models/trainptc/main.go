// Command trainptc trains the propaganda-technique model of the framing
// stage on the PTC train set (SemEval-2020 Task 11) and writes it to
// models/ptc.model.gz. Every fifth article by sorted id is held out and the
// scores printed are on it, so the committed model has never seen those
// articles. Everything tuned — the decoding settings, the classifier's spans, the
// confidence — is fitted on cross-fitted folds of the other four fifths:
// the outputs, on each fold, of a model trained on the other folds.
//
//	go run ./models/trainptc -data ../shared/eval/ptc/train.jsonl -out models/ptc.model.gz \
//	    -heldout-gold /tmp/ptc-heldout.jsonl -heldout-pred /tmp/ptc-heldout.tsv
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/analyzer"
	"github.com/chronicle-news/chronicle/extract/framing"
	"github.com/chronicle-news/chronicle/extract/syntax"
	"github.com/chronicle-news/chronicle/text"
)

type article struct {
	ID    string `json:"article_id"`
	Text  string `json:"text"`
	Spans []struct {
		Start     int    `json:"start"`
		End       int    `json:"end"`
		Technique string `json:"technique"`
	} `json:"spans"`
	raw []byte
}

func main() {
	data := flag.String("data", "../shared/eval/ptc/train.jsonl", "PTC train `file` (jsonl)")
	out := flag.String("out", "models/ptc.model.gz", "model `file` to write")
	goldOut := flag.String("heldout-gold", "", "write the held-out articles' gold lines to this `file` (for score-propaganda)")
	predOut := flag.String("heldout-pred", "", "write predictions on the held-out articles to this `file` (TSV)")
	seed := flag.Uint64("seed", 1, "random `seed`")
	tagBits := flag.Int("tag-bits", 22, "log2 of the tagger's weight table")
	classBits := flag.Int("class-bits", 18, "log2 of the classifier's weight table per technique")
	tagEpochs := flag.Int("tag-epochs", 3, "tagger epochs")
	classEpochs := flag.Int("class-epochs", 10, "classifier epochs")
	rate := flag.Float64("rate", 0.05, "AdaGrad learning rate")
	bag := flag.Int("bag", 3, "fits averaged per regression")
	folds := flag.Int("folds", 4, "cross-fitted `folds` of the training articles on which the confidence is calibrated")
	precision := flag.Float64("shown-precision", 0.62, "span precision the shown spans must reach on the calibration folds")
	shownOut := flag.String("heldout-shown", "", "write the held-out predictions that are shown to this `file` (TSV)")
	useSyntax := flag.Bool("syntax", true, "parse the articles (the syntax stage), whose layer the tagger reads as the pipeline's framing stage does")
	cfOut := flag.String("crossfit-pred", "", "write the cross-fitted predictions on the training articles to this `file` (TSV), for study")
	biases := flag.Bool("biases", true, "fit a score for each technique that names found spans best on the cross-fitted folds")
	tcOut := flag.String("heldout-tc", "", "write the held-out gold spans, each classified by the model, to this `file` (TSV; the TC setting)")
	flag.Parse()
	log.SetFlags(0)
	start := time.Now()

	arts, err := read(*data)
	if err != nil {
		log.Fatal(err)
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	lx := framing.BuiltinLexicon()
	var parse chronicle.Stage
	if *useSyntax {
		p, err := analyzer.LoadParser()
		if err != nil {
			log.Fatal(err)
		}
		parse = syntax.NewStage(p)
	}
	var train, held []framing.Example
	var heldArts []article
	for i, a := range arts {
		doc := chronicle.NewDocument(a.ID, a.Text)
		if err := (text.Stage{}).Process(doc); err != nil {
			log.Fatalf("article %s: %v", a.ID, err)
		}
		if parse != nil {
			if err := parse.Process(doc); err != nil {
				log.Fatalf("article %s: %v", a.ID, err)
			}
		}
		ex := framing.Example{Doc: doc}
		for _, s := range a.Spans {
			ex.Spans = append(ex.Spans, framing.GoldSpan{Start: s.Start, End: s.End, Technique: s.Technique})
		}
		if i%5 == 4 {
			held = append(held, ex)
			heldArts = append(heldArts, a)
		} else {
			train = append(train, ex)
		}
	}
	log.Printf("%d articles: %d train, %d held out", len(arts), len(train), len(held))
	opts := framing.TrainOptions{TagBits: *tagBits, ClassBits: *classBits, TagEpochs: *tagEpochs,
		ClassEpochs: *classEpochs, Rate: *rate, Bag: *bag, Seed: *seed, Lexicon: lx}
	m := framing.Train(train, opts)
	log.Printf("trained in %s", time.Since(start).Round(time.Second))

	// The training articles in folds: a model trained on the others, as
	// the final one is, runs on each fold. The decoding settings are tuned
	// on those outputs, the classifier learns to name the spans they give
	// as well as the gold ones, and the calibration learns from those
	// spans how often a span like each is right.
	cf := framing.NewCrossFit(train, opts, *folds, func(k int) {
		log.Printf("fold %d/%d (%s)", k+1, *folds, time.Since(start).Round(time.Second))
	})
	si := cf.Tune(m)
	log.Printf("cross-fitted SI P=%.4f R=%.4f F1=%.4f at smoothing %.2f threshold %.3f gap %d min score %.3f sentence threshold %.3f (%s)",
		si.P, si.R, si.F1, m.Smooth, m.Threshold, m.Gap, m.MinScore, m.SentThreshold, time.Since(start).Round(time.Second))
	cf.FitClassifiers(m, opts)
	if *biases {
		b0, b1 := cf.FitBiases(m)
		log.Printf("technique biases: cross-fitted span + technique F1 %.4f -> %.4f, biases %v", b0.F1, b1.F1, m.Bias)
	}
	cfDocs, cfPred := cf.Predictions(m)
	var cfGold [][]framing.GoldSpan
	var cfTSV bytes.Buffer
	for i, ex := range cfDocs {
		cfGold = append(cfGold, ex.Spans)
		for _, s := range cfPred[i] {
			fmt.Fprintf(&cfTSV, "%s\t%s\t%d\t%d\n", ex.Doc.ID, s.Technique, s.Start, s.End)
		}
	}
	j := framing.Evaluate(cfGold, cfPred, true)
	log.Printf("cross-fitted span + technique P=%.4f R=%.4f F1=%.4f", j.P, j.R, j.F1)
	if *cfOut != "" {
		if err := os.WriteFile(*cfOut, cfTSV.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	rows := cf.CalibRows(m)
	sp, share := m.Calibrate(rows, *precision)
	log.Printf("calibrated on %d cross-fitted spans: shown from confidence %.3f, %.1f%% of spans shown at precision %.4f",
		len(rows), m.ShowAt, 100*share, sp)

	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s (%d bytes)", *out, buf.Len())
	// Predict with the model as written, so the figures are those of the
	// embedded weights.
	m, err = framing.Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		log.Fatal(err)
	}
	var gold, pred, shown, given [][]framing.GoldSpan
	var tsv, shownTSV, tcTSV bytes.Buffer
	var conf, right []float64
	showing, withGold := 0, 0
	for i, ex := range held {
		var p, sh []framing.GoldSpan
		for _, s := range m.Predict(ex.Doc, lx) {
			g := framing.GoldSpan{Start: ex.Doc.Tokens[s.First].Start, End: ex.Doc.Tokens[s.Last-1].End, Technique: s.Technique}
			p = append(p, g)
			fmt.Fprintf(&tsv, "%s\t%s\t%d\t%d\n", heldArts[i].ID, g.Technique, g.Start, g.End)
			if s.Shown {
				sh = append(sh, g)
				fmt.Fprintf(&shownTSV, "%s\t%s\t%d\t%d\n", heldArts[i].ID, g.Technique, g.Start, g.End)
			}
			var r float64
			for _, gs := range ex.Spans {
				r += float64(max(0, min(g.End, gs.End)-max(g.Start, gs.Start))) / float64(max(1, g.End-g.Start))
			}
			conf, right = append(conf, float64(s.Confidence)), append(right, min(r, 1))
		}
		if len(ex.Spans) > 0 {
			withGold++
			if len(sh) > 0 {
				showing++
			}
		}
		var spans []chronicle.Span
		for _, g := range ex.Spans {
			spans = append(spans, chronicle.Span{Start: g.Start, End: g.End})
		}
		var gv []framing.GoldSpan
		for k, t := range m.Classify(ex.Doc, lx, spans) {
			gv = append(gv, framing.GoldSpan{Start: spans[k].Start, End: spans[k].End, Technique: t})
			fmt.Fprintf(&tcTSV, "%s\t%s\t%d\t%d\n", heldArts[i].ID, t, spans[k].Start, spans[k].End)
		}
		gold = append(gold, ex.Spans)
		pred = append(pred, p)
		shown = append(shown, sh)
		given = append(given, gv)
	}
	si, tc := framing.Evaluate(gold, pred, false), framing.Evaluate(gold, pred, true)
	log.Printf("held-out (as written) SI P=%.4f R=%.4f F1=%.4f; TC P=%.4f R=%.4f F1=%.4f", si.P, si.R, si.F1, tc.P, tc.R, tc.F1)
	ssi := framing.Evaluate(gold, shown, false)
	log.Printf("held-out shown spans: SI P=%.4f R=%.4f; %d of %d articles with gold spans show something (%.1f%%)",
		ssi.P, ssi.R, showing, withGold, 100*float64(showing)/float64(max(1, withGold)))
	gtc := framing.Evaluate(gold, given, true)
	log.Printf("held-out TC on given spans: micro F1=%.4f", gtc.F1)
	log.Printf("held-out by technique (gold, predicted; span + technique P R F1; TC on given spans F1):")
	for _, t := range m.Techniques {
		g, p, gv := only(gold, t), only(pred, t), only(given, t)
		s, c := framing.Evaluate(g, p, true), framing.Evaluate(g, gv, true)
		log.Printf("  %-36s %4d %4d  %.3f %.3f %.3f  %.3f", t, count(g), count(p), s.P, s.R, s.F1, c.F1)
	}
	log.Printf("held-out reliability (confidence bin: spans, mean confidence, mean span precision):")
	for _, b := range framing.ReliabilityCurve(conf, right, 10) {
		if b.N > 0 {
			log.Printf("  [%.1f, %.1f): %4d  %.3f  %.3f", b.Lo, b.Hi, b.N, b.Confidence, b.Right)
		}
	}
	for _, o := range []struct {
		path string
		b    *bytes.Buffer
	}{{*predOut, &tsv}, {*shownOut, &shownTSV}, {*tcOut, &tcTSV}} {
		if o.path != "" {
			if err := os.WriteFile(o.path, o.b.Bytes(), 0o644); err != nil {
				log.Fatal(err)
			}
		}
	}
	if *goldOut != "" {
		var g bytes.Buffer
		for _, a := range heldArts {
			g.Write(a.raw)
			g.WriteByte('\n')
		}
		if err := os.WriteFile(*goldOut, g.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	log.Printf("done in %s", time.Since(start).Round(time.Second))
}

func read(path string) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var arts []article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		a.raw = append([]byte(nil), sc.Bytes()...)
		arts = append(arts, a)
	}
	return arts, sc.Err()
}

// only keeps the spans of technique t.
func only(spans [][]framing.GoldSpan, t string) [][]framing.GoldSpan {
	out := make([][]framing.GoldSpan, len(spans))
	for i, ss := range spans {
		for _, s := range ss {
			if s.Technique == t {
				out[i] = append(out[i], s)
			}
		}
	}
	return out
}

func count(spans [][]framing.GoldSpan) int {
	n := 0
	for _, ss := range spans {
		n += len(ss)
	}
	return n
}
