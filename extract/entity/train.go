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
	// Folds > 1 trains a second stage on first-stage predictions made by
	// cross-validation over this many folds of the training documents.
	Folds int
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

// example is one training sentence, or a capitalised copy of one.
type example struct {
	doc    int
	copy   bool
	words  []string
	gold   []int
	feats  [][]int32 // stage-one feature ids per token
	feats2 [][]int32 // stage-two feature ids per token
	tags1  []int     // cross-validated stage-one labels
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
	m := &model{clusters: opts.Clusters, gaz: opts.Gazetteer}
	rng := rand.New(rand.NewSource(opts.Seed))
	var data []*example
	var hashes [][][]uint64
	counts := map[uint64]int32{}
	docStatsOf := make([]*docStats, len(docs))
	var s scratch
	for di, d := range docs {
		words := make([][]string, len(d.Sentences))
		for i, ls := range d.Sentences {
			words[i] = ls.Words
		}
		ds := newDocStats(words)
		docStatsOf[di] = ds
		for _, ls := range d.Sentences {
			gold := make([]int, len(ls.Tags))
			for i, t := range ls.Tags {
				gold[i] = labelIndex(t)
			}
			data = append(data, &example{doc: di, words: ls.Words, gold: gold})
			if !sentenceAllCaps(ls.Words) && rng.Float64() < opts.UpperCopies {
				up := make([]string, len(ls.Words))
				for i, w := range ls.Words {
					up[i] = strings.ToUpper(w)
				}
				data = append(data, &example{doc: di, copy: true, words: up, gold: gold})
			}
		}
	}
	for _, e := range data {
		s.grow(len(e.words))
		m.prepare(e.words, docStatsOf[e.doc], s.toks, s.upper, s.gaz)
		caps := sentenceAllCaps(e.words)
		hs := make([][]uint64, len(e.words))
		for i := range e.words {
			s.feats = features(s.toks, i, caps, s.feats[:0])
			hs[i] = append([]uint64(nil), s.feats...)
			for _, h := range s.feats {
				counts[h]++
			}
		}
		hashes = append(hashes, hs)
	}
	index := map[uint64]int32{}
	var keys []uint64
	for ei, e := range data {
		e.feats = make([][]int32, len(e.words))
		for j, toks := range hashes[ei] {
			for _, h := range toks {
				fi, ok := index[h]
				if !ok {
					if int(counts[h]) < opts.MinCount {
						continue
					}
					fi = int32(len(keys))
					index[h] = fi
					keys = append(keys, h)
				}
				e.feats[j] = append(e.feats[j], fi)
			}
		}
	}
	counts, hashes = nil, nil
	nf1 := len(keys)
	logf("train: %d sentences (with copies), %d features\n", len(data), nf1)

	stage1 := func(e *example) [][]int32 { return e.feats }
	var eval1 func(int, []float32, []float32) float64
	if len(opts.Valid) > 0 {
		eval1 = func(epoch int, w, trans []float32) float64 {
			m.stages, m.trans = 1, [][]float32{trans}
			m.table = newFeatTable(keys, w, nLabels)
			sc := Evaluate(&Tagger{m: m}, opts.Valid)
			logf("stage 1 epoch %d: valid P %.4f R %.4f F1 %.4f\n", epoch, sc.Precision, sc.Recall, sc.F1)
			return sc.F1
		}
	}
	w1, trans1, best1 := perceptron(data, stage1, nf1, opts.Epochs, rng, eval1)
	logf("stage 1: best epoch %d\n", best1)
	if opts.Folds < 2 {
		m.stages, m.trans = 1, [][]float32{trans1}
		m.table = pruned(keys, w1, nLabels, opts.PruneBelow)
		logf("kept %d features after pruning\n", m.table.len())
		return &Tagger{m: m}, nil
	}

	// Cross-validated first-stage labels for the second stage to learn from.
	for fold := 0; fold < opts.Folds; fold++ {
		var in, out []*example
		for _, e := range data {
			if e.doc%opts.Folds == fold {
				out = append(out, e)
			} else {
				in = append(in, e)
			}
		}
		w, trans, _ := perceptron(in, stage1, nf1, best1, rng, nil)
		for _, e := range out {
			e.tags1 = make([]int, len(e.words))
			decode(w, trans, e.feats, e.tags1)
		}
		logf("fold %d of %d tagged\n", fold+1, opts.Folds)
	}
	byDoc := map[int][]*example{}
	for _, e := range data {
		byDoc[e.doc] = append(byDoc[e.doc], e)
	}
	for di := range docs {
		var words [][]string
		var tags [][]int
		for _, e := range byDoc[di] {
			if !e.copy {
				words = append(words, e.words)
				tags = append(tags, e.tags1)
			}
		}
		agg := newAggregate(words, tags)
		for _, e := range byDoc[di] {
			s.grow(len(e.words))
			m.prepare(e.words, docStatsOf[di], s.toks, s.upper, s.gaz)
			caps := sentenceAllCaps(e.words)
			e.feats2 = make([][]int32, len(e.words))
			for i := range e.words {
				f := append([]int32(nil), e.feats[i]...)
				s.feats = stackFeatures(s.toks, i, e.tags1, agg, caps, s.feats[:0])
				for _, h := range s.feats {
					fi, ok := index[h]
					if !ok {
						fi = int32(len(keys))
						index[h] = fi
						keys = append(keys, h)
					}
					f = append(f, fi)
				}
				e.feats2[i] = f
			}
		}
	}
	nf := len(keys)
	logf("stage 2: %d features\n", nf)
	rows := func(w2 []float32) []float32 {
		r := make([]float32, nf*2*nLabels)
		for i := 0; i < nf; i++ {
			if i < nf1 {
				copy(r[i*2*nLabels:], w1[i*nLabels:(i+1)*nLabels])
			}
			copy(r[i*2*nLabels+nLabels:], w2[i*nLabels:(i+1)*nLabels])
		}
		return r
	}
	var eval2 func(int, []float32, []float32) float64
	if len(opts.Valid) > 0 {
		eval2 = func(epoch int, w, trans []float32) float64 {
			m.stages, m.trans = 2, [][]float32{trans1, trans}
			m.table = newFeatTable(keys, rows(w), 2*nLabels)
			sc := Evaluate(&Tagger{m: m}, opts.Valid)
			logf("stage 2 epoch %d: valid P %.4f R %.4f F1 %.4f\n", epoch, sc.Precision, sc.Recall, sc.F1)
			return sc.F1
		}
	}
	w2, trans2, best2 := perceptron(data, func(e *example) [][]int32 { return e.feats2 }, nf, opts.Epochs, rng, eval2)
	logf("stage 2: best epoch %d\n", best2)
	m.stages, m.trans = 2, [][]float32{trans1, trans2}
	m.table = pruned(keys, rows(w2), 2*nLabels, opts.PruneBelow)
	logf("kept %d features after pruning\n", m.table.len())
	return &Tagger{m: m}, nil
}

// perceptron trains averaged weights over data for up to epochs, and
// returns those of the epoch eval scores best (the last when eval is nil).
func perceptron(data []*example, feats func(*example) [][]int32, nf, epochs int, rng *rand.Rand, eval func(epoch int, w, trans []float32) float64) (best, bestTrans []float32, bestEpoch int) {
	w := make([]float32, nf*nLabels)
	u := make([]float32, nf*nLabels) // sum of c·update, for averaging
	tw := make([]float32, (nLabels+1)*nLabels)
	tu := make([]float32, len(tw))
	bestScore := math.Inf(-1)
	c := float32(1)
	order := identity(len(data))
	var scores []float32
	var back []int8
	var pred []int
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ei := range order {
			e := data[ei]
			fs := feats(e)
			n := len(e.gold)
			if n == 0 {
				continue
			}
			if cap(scores) < n*nLabels {
				scores = make([]float32, n*nLabels)
				back = make([]int8, n*nLabels)
				pred = make([]int, n)
			}
			scores, back, pred = scores[:n*nLabels], back[:n*nLabels], pred[:n]
			emit(w, fs, scores)
			viterbi(scores, tw, n, back, pred)
			for i := 0; i < n; i++ {
				g, p := e.gold[i], pred[i]
				if g != p {
					for _, fi := range fs[i] {
						w[int(fi)*nLabels+g]++
						u[int(fi)*nLabels+g] += c
						w[int(fi)*nLabels+p]--
						u[int(fi)*nLabels+p] -= c
					}
				}
				gp, pp := nLabels, nLabels
				if i > 0 {
					gp, pp = e.gold[i-1], pred[i-1]
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
		if eval == nil && epoch < epochs {
			continue
		}
		aw, at := average(w, u, c), average(tw, tu, c)
		if eval == nil {
			return aw, at, epoch
		}
		if score := eval(epoch, aw, at); score > bestScore {
			bestScore, best, bestTrans, bestEpoch = score, aw, at, epoch
		}
	}
	return best, bestTrans, bestEpoch
}

func average(w, u []float32, c float32) []float32 {
	a := make([]float32, len(w))
	for i := range w {
		a[i] = w[i] - u[i]/c
	}
	return a
}

func emit(w []float32, fs [][]int32, scores []float32) {
	clear(scores)
	for i, f := range fs {
		row := scores[i*nLabels : (i+1)*nLabels]
		for _, fi := range f {
			wr := w[int(fi)*nLabels : int(fi)*nLabels+nLabels]
			for l := range row {
				row[l] += wr[l]
			}
		}
	}
}

func decode(w, trans []float32, fs [][]int32, out []int) {
	n := len(fs)
	if n == 0 {
		return
	}
	scores := make([]float32, n*nLabels)
	emit(w, fs, scores)
	viterbi(scores, trans, n, make([]int8, n*nLabels), out)
}

// pruned builds the feature table, dropping rows whose weights are all
// smaller than below.
func pruned(keys []uint64, rows []float32, width int, below float64) *featTable {
	var k2 []uint64
	var r2 []float32
	for i, k := range keys {
		row := rows[i*width : (i+1)*width]
		var big float64
		for _, x := range row {
			big = max(big, math.Abs(float64(x)))
		}
		if big < below || big == 0 {
			continue
		}
		k2 = append(k2, k)
		r2 = append(r2, row...)
	}
	return newFeatTable(k2, r2, width)
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

func sortUint64(a []uint64) { sort.Slice(a, func(i, j int) bool { return a[i] < a[j] }) }
