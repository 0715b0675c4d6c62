// Command trainptc trains the propaganda-technique model of the framing
// stage on the PTC train set (SemEval-2020 Task 11) and writes it to
// models/ptc.model.gz. Every fifth article by sorted id is held out: the
// decoding threshold is tuned on it and the scores printed are on it, so
// the committed model has never seen those articles.
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
	"github.com/chronicle-news/chronicle/extract/framing"
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
	rate := flag.Float64("rate", 0.1, "AdaGrad learning rate")
	bag := flag.Int("bag", 3, "fits averaged per regression")
	flag.Parse()
	log.SetFlags(0)
	start := time.Now()

	arts, err := read(*data)
	if err != nil {
		log.Fatal(err)
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	lx := framing.BuiltinLexicon()
	var train, held []framing.Example
	var heldArts []article
	for i, a := range arts {
		doc := chronicle.NewDocument(a.ID, a.Text)
		if err := (text.Stage{}).Process(doc); err != nil {
			log.Fatalf("article %s: %v", a.ID, err)
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
	m := framing.Train(train, framing.TrainOptions{TagBits: *tagBits, ClassBits: *classBits, TagEpochs: *tagEpochs,
		ClassEpochs: *classEpochs, Rate: *rate, Bag: *bag, Seed: *seed, Lexicon: lx})
	log.Printf("trained in %s", time.Since(start).Round(time.Second))
	si := m.Tune(held, lx)
	log.Printf("held-out SI P=%.4f R=%.4f F1=%.4f at threshold %.3f gap %d min score %.3f sentence threshold %.3f",
		si.P, si.R, si.F1, m.Threshold, m.Gap, m.MinScore, m.SentThreshold)

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
	var gold, pred [][]framing.GoldSpan
	var tsv bytes.Buffer
	for i, ex := range held {
		var p []framing.GoldSpan
		for _, s := range m.Predict(ex.Doc, lx) {
			g := framing.GoldSpan{Start: ex.Doc.Tokens[s.First].Start, End: ex.Doc.Tokens[s.Last-1].End, Technique: s.Technique}
			p = append(p, g)
			fmt.Fprintf(&tsv, "%s\t%s\t%d\t%d\n", heldArts[i].ID, g.Technique, g.Start, g.End)
		}
		gold = append(gold, ex.Spans)
		pred = append(pred, p)
	}
	si, tc := framing.Evaluate(gold, pred, false), framing.Evaluate(gold, pred, true)
	log.Printf("held-out (as written) SI P=%.4f R=%.4f F1=%.4f; TC P=%.4f R=%.4f F1=%.4f", si.P, si.R, si.F1, tc.P, tc.R, tc.F1)
	if *predOut != "" {
		if err := os.WriteFile(*predOut, tsv.Bytes(), 0o644); err != nil {
			log.Fatal(err)
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
