package entity

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
	"strings"
)

// LabeledSentence is a sentence with gold IOB2 tags.
type LabeledSentence struct {
	Words, Tags []string
}

// LabeledDoc is a document of labelled sentences (CoNLL -DOCSTART- to the next).
type LabeledDoc struct {
	Sentences []LabeledSentence
}

// ReadCoNLL reads CoNLL-2003 columns with the gold tag last. IOB1 tags are
// converted to IOB2.
func ReadCoNLL(r io.Reader) ([]LabeledDoc, error) {
	var docs []LabeledDoc
	var cur LabeledDoc
	var sent LabeledSentence
	flushSent := func() {
		if len(sent.Words) > 0 {
			sent.Tags = toIOB2(sent.Tags)
			cur.Sentences = append(cur.Sentences, sent)
		}
		sent = LabeledSentence{}
	}
	flushDoc := func() {
		flushSent()
		if len(cur.Sentences) > 0 {
			docs = append(docs, cur)
		}
		cur = LabeledDoc{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			flushSent()
		case fields[0] == "-DOCSTART-":
			flushDoc()
		case len(fields) < 2:
			return nil, fmt.Errorf("conll line %d: want a token and a tag", line)
		default:
			sent.Words = append(sent.Words, fields[0])
			sent.Tags = append(sent.Tags, fields[len(fields)-1])
		}
	}
	flushDoc()
	return docs, sc.Err()
}

func toIOB2(tags []string) []string {
	prev := "O"
	for i, t := range tags {
		if strings.HasPrefix(t, "I-") && (prev == "O" || prev[2:] != t[2:]) {
			tags[i] = "B-" + t[2:]
		}
		prev = tags[i]
	}
	return tags
}

// TrainOptions sets how the tagger is trained.
type TrainOptions struct {
	Epochs int
	Seed   int64
	// UpperCopies is the share of mixed-case sentences also trained on in
	// capitals, so headlines tag like body text.
	UpperCopies float64
	// MinCount drops features seen fewer times in training.
	MinCount int
	// PruneBelow drops features whose largest averaged weight is smaller.
	PruneBelow float64
	Clusters   *Clusters
	Gazetteer  *Gazetteer
	// Valid, when set, is scored after every epoch and the best epoch kept.
	Valid []LabeledDoc
	Log   io.Writer
}

type trainSent struct {
	feats [][]int32
	gold  []int
}

// Train learns an averaged perceptron over docs.
func Train(opts TrainOptions, docs []LabeledDoc) (*Tagger, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	logf := func(format string, args ...any) {
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, format, args...)
		}
	}
	m := &model{index: map[uint64]int32{}, trans: make([]float32, (nLabels+1)*nLabels), clusters: opts.Clusters, gaz: opts.Gazetteer}
	rng := rand.New(rand.NewSource(opts.Seed))
	type hashedSent struct {
		hashes [][]uint64
		gold   []int
	}
	var hashed []hashedSent
	counts := map[uint64]int32{}
	var s scratch
	for _, d := range docs {
		words := make([][]string, len(d.Sentences))
		for i, ls := range d.Sentences {
			words[i] = ls.Words
		}
		ds := newDocStats(words)
		for _, ls := range d.Sentences {
			gold := make([]int, len(ls.Tags))
			for i, t := range ls.Tags {
				gold[i] = labelIndex(t)
			}
			variants := [][]string{ls.Words}
			if !sentenceAllCaps(ls.Words) && rng.Float64() < opts.UpperCopies {
				up := make([]string, len(ls.Words))
				for i, w := range ls.Words {
					up[i] = strings.ToUpper(w)
				}
				variants = append(variants, up)
			}
			for _, ws := range variants {
				s.grow(len(ws))
				m.prepare(ws, ds, s.toks, s.upper, s.gaz)
				caps := sentenceAllCaps(ws)
				hs := hashedSent{gold: gold, hashes: make([][]uint64, len(ws))}
				for i := range ws {
					s.feats = features(s.toks, i, caps, s.feats[:0])
					hs.hashes[i] = append([]uint64(nil), s.feats...)
					for _, h := range s.feats {
						counts[h]++
					}
				}
				hashed = append(hashed, hs)
			}
		}
	}
	for _, hs := range hashed {
		for _, toks := range hs.hashes {
			for _, h := range toks {
				if _, ok := m.index[h]; !ok && int(counts[h]) >= opts.MinCount {
					m.index[h] = int32(len(m.index))
				}
			}
		}
	}
	counts = nil
	data := make([]trainSent, len(hashed))
	for i, hs := range hashed {
		ts := trainSent{gold: hs.gold, feats: make([][]int32, len(hs.hashes))}
		for j, toks := range hs.hashes {
			for _, h := range toks {
				if fi, ok := m.index[h]; ok {
					ts.feats[j] = append(ts.feats[j], fi)
				}
			}
		}
		data[i] = ts
	}
	hashed = nil
	nf := len(m.index)
	logf("train: %d sentences (with copies), %d features\n", len(data), nf)

	w := make([]float32, nf*nLabels)
	u := make([]float32, nf*nLabels) // sum of c·update, for averaging
	tw := make([]float32, len(m.trans))
	tu := make([]float32, len(m.trans))
	var best []float32
	var bestTrans []float32
	bestF1 := -1.0
	c := float32(1)
	order := identity(len(data))
	var scores []float32
	var back []int8
	var pred []int
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, si := range order {
			ts := &data[si]
			n := len(ts.gold)
			if cap(scores) < n*nLabels {
				scores = make([]float32, n*nLabels)
				back = make([]int8, n*nLabels)
				pred = make([]int, n)
			}
			scores, back, pred = scores[:n*nLabels], back[:n*nLabels], pred[:n]
			clear(scores)
			for i, fs := range ts.feats {
				row := scores[i*nLabels : (i+1)*nLabels]
				for _, fi := range fs {
					wr := w[int(fi)*nLabels : int(fi)*nLabels+nLabels]
					for l := range row {
						row[l] += wr[l]
					}
				}
			}
			viterbi(scores, tw, n, back, pred)
			for i := 0; i < n; i++ {
				g, p := ts.gold[i], pred[i]
				if g != p {
					errs++
					for _, fi := range ts.feats[i] {
						w[int(fi)*nLabels+g]++
						u[int(fi)*nLabels+g] += c
						w[int(fi)*nLabels+p]--
						u[int(fi)*nLabels+p] -= c
					}
				}
				gp, pp := nLabels, nLabels
				if i > 0 {
					gp, pp = ts.gold[i-1], pred[i-1]
				}
				if gp != pp || g != p {
					tw[gp*nLabels+g]++
					tu[gp*nLabels+g] += c
					tw[pp*nLabels+p]--
					tu[pp*nLabels+p] -= c
				}
			}
			c++
		}
		avg := func(w, u []float32) []float32 {
			a := make([]float32, len(w))
			for i := range w {
				a[i] = w[i] - u[i]/c
			}
			return a
		}
		m.weights, m.trans = avg(w, u), avg(tw, tu)
		if len(opts.Valid) > 0 {
			sc := Evaluate(&Tagger{m: m}, opts.Valid)
			logf("epoch %d: %d token errors; valid P %.4f R %.4f F1 %.4f\n", epoch, errs, sc.Precision, sc.Recall, sc.F1)
			if sc.F1 > bestF1 {
				bestF1, best, bestTrans = sc.F1, m.weights, m.trans
			}
		} else {
			logf("epoch %d: %d token errors\n", epoch, errs)
			best, bestTrans = m.weights, m.trans
		}
	}
	m.weights, m.trans = best, bestTrans
	m.prune(opts.PruneBelow)
	logf("kept %d features after pruning\n", len(m.index))
	return &Tagger{m: m}, nil
}

// prune drops features whose weights are all smaller than below.
func (m *model) prune(below float64) {
	if below <= 0 {
		return
	}
	keys := make([]uint64, 0, len(m.index))
	for k := range m.index {
		keys = append(keys, k)
	}
	sortUint64(keys)
	index := make(map[uint64]int32)
	var weights []float32
	for _, k := range keys {
		fi := m.index[k]
		row := m.weights[int(fi)*nLabels : int(fi)*nLabels+nLabels]
		var big float64
		for _, x := range row {
			big = max(big, math.Abs(float64(x)))
		}
		if big < below {
			continue
		}
		index[k] = int32(len(index))
		weights = append(weights, row...)
	}
	m.index, m.weights = index, weights
}

// Score is entity-level precision, recall and F1, as conlleval computes them.
type Score struct {
	Precision, Recall, F1    float64
	Gold, Predicted, Correct int
}

// Evaluate tags docs and scores the result against their gold tags.
func Evaluate(t *Tagger, docs []LabeledDoc) Score {
	var sc Score
	for _, d := range docs {
		words := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			words[i] = s.Words
		}
		pred := t.TagDocument(words)
		for i, s := range d.Sentences {
			g := Chunks(s.Tags)
			p := Chunks(pred[i])
			sc.Gold += len(g)
			sc.Predicted += len(p)
			set := map[Chunk]bool{}
			for _, c := range g {
				set[c] = true
			}
			for _, c := range p {
				if set[c] {
					sc.Correct++
				}
			}
		}
	}
	if sc.Predicted > 0 {
		sc.Precision = float64(sc.Correct) / float64(sc.Predicted)
	}
	if sc.Gold > 0 {
		sc.Recall = float64(sc.Correct) / float64(sc.Gold)
	}
	if sc.Precision+sc.Recall > 0 {
		sc.F1 = 2 * sc.Precision * sc.Recall / (sc.Precision + sc.Recall)
	}
	return sc
}

func sortUint64(a []uint64)  { sort.Slice(a, func(i, j int) bool { return a[i] < a[j] }) }
func sortStrings(a []string) { sort.Strings(a) }
