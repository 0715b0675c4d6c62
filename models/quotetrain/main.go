// Command quotetrain learns the quote stage's cue model from the PolNeAR
// training split: an averaged perceptron that tells the words that cue an
// attribution ("said", "shows", "according") from the others.
//
//	go run ./models/quotetrain -shared ../shared/eval -out models/quote.model.gz
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/quote"
	"github.com/chronicle-news/chronicle/text"
)

// article is one PolNeAR record, as far as training reads it.
type article struct {
	Text         string `json:"text"`
	Primary      bool   `json:"primary"`
	Attributions []struct {
		Cue *struct {
			ByteSpans [][2]int `json:"byte_spans"`
		} `json:"cue"`
	} `json:"attributions"`
}

// example is one document with its lower-cased tokens and cue labels.
type example struct {
	doc   *chronicle.Document
	low   []string
	label []bool
}

// aux words lead a cue span without being its head ("has also said").
var aux = map[string]bool{"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "also": true, "will": true, "would": true, "did": true, "does": true, "do": true,
	"not": true, "n't": true, "’s": true, "'s": true, "then": true, "again": true, "repeatedly": true, "has been": true}

func main() {
	shared := flag.String("shared", "../shared/eval", "`folder` holding polnear/train.jsonl.gz (or eval/polnear/…)")
	out := flag.String("out", "models/quote.model.gz", "model `file` to write")
	epochs := flag.Int("epochs", 6, "training `passes`")
	threshold := flag.Float64("threshold", 0, "least `score` of a cue, stored in the model")
	holdout := flag.Int("holdout", 0, "leave out every `n`th article (0: none), to choose -threshold on them")
	heldOut := flag.String("heldout-out", "", "write the held-out articles to this `file`, in the input's layout")
	flag.Parse()
	path := filepath.Join(*shared, "polnear", "train.jsonl.gz")
	if _, err := os.Stat(path); err != nil {
		path = filepath.Join(*shared, "eval", "polnear", "train.jsonl.gz") // -shared ../shared
	}
	exs, held, err := read(path, *holdout)
	if err != nil {
		log.Fatal(err)
	}
	if *heldOut != "" {
		if err := os.WriteFile(*heldOut, []byte(strings.Join(held, "\n")+"\n"), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	m := quote.NewCueModel()
	w := m.Weights()
	u := make([]float32, len(w)) // sum of c·Δ, for averaging
	c := float32(1)
	rng := rand.New(rand.NewSource(1))
	for e := 0; e < *epochs; e++ {
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		errs, n := 0, 0
		for _, ex := range exs {
			for i, t := range ex.doc.Tokens {
				if t.Kind != chronicle.Word {
					continue
				}
				n++
				pos := m.Score(ex.doc, ex.low, i) > 0
				if pos != ex.label[i] {
					errs++
					d := float32(1)
					if !ex.label[i] {
						d = -1
					}
					quote.Features(ex.doc, ex.low, i, func(h uint32) { w[h] += d; u[h] += c * d })
				}
				c++
			}
		}
		log.Printf("epoch %d: %d errors in %d words", e+1, errs, n)
	}
	for i := range w {
		w[i] -= u[i] / c
	}
	m.Threshold = float32(*threshold)
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := m.WriteTo(f); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s from %d articles\n", *out, len(exs))
}

// read loads the primary annotation of every article and labels the head
// word of each cue: its first word that is not an auxiliary.
func read(path string, holdout int) ([]example, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []example
	var held []string
	n := 0
	for line := 1; sc.Scan(); line++ {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if !a.Primary {
			continue
		}
		n++
		if holdout > 0 && n%holdout == 0 {
			held = append(held, sc.Text())
			continue
		}
		doc := chronicle.NewDocument("train", a.Text)
		if err := (text.Stage{}).Process(doc); err != nil {
			continue
		}
		ex := example{doc: doc, low: quote.Lower(doc), label: make([]bool, len(doc.Tokens))}
		for _, at := range a.Attributions {
			if at.Cue == nil {
				continue
			}
			for _, sp := range at.Cue.ByteSpans {
				for i, t := range doc.Tokens {
					if t.ByteStart >= sp[0] && t.ByteEnd <= sp[1] && t.Kind == chronicle.Word && !aux[strings.ToLower(ex.low[i])] {
						ex.label[i] = true
						break
					}
				}
			}
		}
		out = append(out, ex)
	}
	return out, held, sc.Err()
}
