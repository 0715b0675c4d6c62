package framing

import (
	"math"
	"math/rand/v2"
	"sort"

	"github.com/chronicle-news/chronicle"
)

// GoldSpan is a labelled technique span, in code points.
type GoldSpan struct {
	Start, End int
	Technique  string
}

// Example is an article with the text layer filled and its gold spans.
type Example struct {
	Doc   *chronicle.Document
	Spans []GoldSpan
}

// TrainOptions configures Train.
type TrainOptions struct {
	TagBits, ClassBits int
	TagEpochs          int
	ClassEpochs        int
	// Rate is AdaGrad's learning rate.
	Rate float64
	// Bag is how many fits of each regression are averaged (at least 1).
	Bag  int
	Seed uint64
	// Long lists the techniques found as sentences rather than by the
	// tagger; nil means LongTechniques.
	Long map[string]bool
	// Lexicon supplies features; it must be passed to Predict as well.
	Lexicon *Lexicon
}

// LongTechniques are the PTC techniques whose spans mostly cover a clause
// or a sentence (median length 13 to 19 words in the train set).
var LongTechniques = map[string]bool{
	"Doubt": true, "Appeal_to_fear-prejudice": true, "Causal_Oversimplification": true,
	"Appeal_to_Authority": true, "Black-and-White_Fallacy": true,
	"Whataboutism,Straw_Men,Red_Herring": true, "Bandwagon,Reductio_ad_hitlerum": true,
}

// Train fits a model on examples. It is deterministic for a given Seed and
// runs on one core.
func Train(examples []Example, opts TrainOptions) *Model {
	m := &Model{TagBits: opts.TagBits, ClassBits: opts.ClassBits, Threshold: 0.5, MinScore: 0.5, SentThreshold: 0.5, ShowAt: 0.5}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	long := opts.Long
	if long == nil {
		long = LongTechniques
	}
	techniques := map[string]bool{}
	var rows, srows []lrRow
	var crows []spanRow
	th := hasher{uint32(1)<<opts.TagBits - 1}
	ch := hasher{uint32(1)<<opts.ClassBits - 1}
	for _, ex := range examples {
		v := newDocView(ex.Doc, opts.Lexicon)
		var short []GoldSpan
		for _, s := range ex.Spans {
			if !long[s.Technique] {
				short = append(short, s)
			}
			techniques[s.Technique] = true
			if a, b := tokenRange(ex.Doc, s.Start, s.End); a < b {
				crows = append(crows, spanRow{v.spanFeatures(ch, a, b, nil), s.Technique})
			}
		}
		lab := tokenLabels(ex.Doc, short)
		for i, f := range v.tokenFeatures(th) {
			if f != nil {
				rows = append(rows, lrRow{f, lab[i]})
			}
		}
		// The sentence classifier learns the share of a sentence's tokens
		// that gold spans of any technique cover: a sentence span earns
		// span precision for every gold span inside it, a loaded phrase as
		// much as a doubting clause, so its probability is best read as
		// the expected share of it that is right. (A 0/1 label, "long
		// spans cover half of it", found fewer such sentences.)
		lab = tokenLabels(ex.Doc, ex.Spans)
		for si, f := range v.sentenceFeatures(th) {
			if f == nil {
				continue
			}
			st := ex.Doc.Sentences[si]
			var n float32
			for i := st.FirstToken; i < st.LastToken; i++ {
				n += lab[i]
			}
			srows = append(srows, lrRow{f, n / float32(st.LastToken-st.FirstToken)})
		}
	}
	// Each regression is fitted Bag times on different shuffles and the
	// weights averaged: the models are linear, so this averages their
	// log-odds, which steadies the order-dependence of online training.
	bag := max(1, opts.Bag)
	m.Tag = make([]float32, 1<<opts.TagBits)
	m.Sent = make([]float32, 1<<opts.TagBits)
	for range bag {
		for i, x := range trainLR(rows, opts.TagBits, opts.TagEpochs, opts.Rate, rng) {
			m.Tag[i] += x / float32(bag)
		}
		for i, x := range trainLR(srows, opts.TagBits, opts.TagEpochs*2, opts.Rate, rng) {
			m.Sent[i] += x / float32(bag)
		}
	}

	// The classifier: softmax regression over gold spans.
	for t := range techniques {
		m.Techniques = append(m.Techniques, t)
	}
	sort.Strings(m.Techniques)
	m.Long = map[string]bool{}
	for _, t := range m.Techniques {
		m.Long[t] = long[t]
	}
	m.Class = fitClassifier(m.Techniques, crows, opts.ClassBits, opts.ClassEpochs, opts.Rate, rng)
	return m
}

// spanRow is one span for the technique classifier: its features and
// technique.
type spanRow struct {
	f []uint32
	c string
}

// fitClassifier fits the softmax technique classifier over rows with
// AdaGrad and returns its weights, technique by technique.
func fitClassifier(techniques []string, rows []spanRow, bits, epochs int, rate float64, rng *rand.Rand) []float32 {
	index := map[string]int{}
	for i, t := range techniques {
		index[t] = i
	}
	size := 1 << bits
	nc := len(techniques)
	class := make([]float32, nc*size)
	cg2 := make([]float32, len(class))
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	scores := make([]float64, nc)
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			r := rows[k]
			mx := math.Inf(-1)
			for c := 0; c < nc; c++ {
				scores[c] = float64(dot(class[c*size:(c+1)*size], r.f))
				mx = math.Max(mx, scores[c])
			}
			var z float64
			for c := range scores {
				scores[c] = math.Exp(scores[c] - mx)
				z += scores[c]
			}
			y := index[r.c]
			for c := 0; c < nc; c++ {
				g := float32(scores[c] / z)
				if c == y {
					g--
				}
				if g > -1e-4 && g < 1e-4 {
					continue
				}
				w := class[c*size : (c+1)*size]
				gg := cg2[c*size : (c+1)*size]
				for _, i := range r.f {
					gg[i] += g * g
					w[i] -= float32(rate) * g / float32(math.Sqrt(float64(gg[i]))+1e-6)
				}
			}
		}
	}
	return class
}

// lrRow is one token or sentence for a logistic regression: its features
// and label, 0 or 1 or, for a sentence, the share of it that is right.
type lrRow struct {
	f []uint32
	y float32
}

// trainLR fits a binary logistic regression with AdaGrad.
func trainLR(rows []lrRow, bits, epochs int, rate float64, rng *rand.Rand) []float32 {
	w := make([]float32, 1<<bits)
	g2 := make([]float32, len(w))
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			r := rows[k]
			g := sigmoid(dot(w, r.f)) - r.y
			for _, i := range r.f {
				g2[i] += g * g
				w[i] -= float32(rate) * g / float32(math.Sqrt(float64(g2[i]))+1e-6)
			}
		}
	}
	return w
}

// tokenLabels is 1 for each token that overlaps a gold span.
func tokenLabels(doc *chronicle.Document, spans []GoldSpan) []float32 {
	lab := make([]float32, len(doc.Tokens))
	for _, s := range spans {
		a, b := tokenRange(doc, s.Start, s.End)
		for i := a; i < b; i++ {
			lab[i] = 1
		}
	}
	return lab
}

// tokenRange returns the tokens [a, b) that overlap the code points
// [start, end).
func tokenRange(doc *chronicle.Document, start, end int) (int, int) {
	toks := doc.Tokens
	a := sort.Search(len(toks), func(i int) bool { return toks[i].End > start })
	b := a
	for b < len(toks) && toks[b].Start < end {
		b++
	}
	return a, b
}

// Scores are span-identification and technique-classification figures in
// the SemEval-2020 Task 11 manner: partial-overlap precision and recall
// micro-averaged over spans.
type Scores struct {
	P, R, F1 float64
}

// Evaluate scores predicted spans against gold ones, per article; labelled
// counts overlap only where the techniques agree. It mirrors
// score-propaganda.
func Evaluate(gold, pred [][]GoldSpan, labelled bool) Scores {
	var ps, rs float64
	var np, ng int
	for a := range gold {
		np += len(pred[a])
		ng += len(gold[a])
		for _, p := range pred[a] {
			for _, g := range gold[a] {
				if !labelled || g.Technique == p.Technique {
					ps += float64(max(0, min(p.End, g.End)-max(p.Start, g.Start))) / float64(max(1, p.End-p.Start))
				}
			}
		}
		for _, g := range gold[a] {
			for _, p := range pred[a] {
				if !labelled || g.Technique == p.Technique {
					rs += float64(max(0, min(p.End, g.End)-max(p.Start, g.Start))) / float64(max(1, g.End-g.Start))
				}
			}
		}
	}
	var s Scores
	if np > 0 {
		s.P = math.Min(1, ps/float64(np))
	}
	if ng > 0 {
		s.R = math.Min(1, rs/float64(ng))
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// Tune picks the decoding settings (smoothing, threshold, gap, least span
// score, sentence threshold) that give the best span-identification F1 on
// examples, and returns that score. CrossFit.Tune does the same on
// cross-fitted outputs, which is how models/trainptc tunes.
func (m *Model) Tune(examples []Example, lx *Lexicon) Scores {
	n := len(examples)
	views, tp, sp, gold := make([]*docView, n), make([][]float32, n), make([][]float32, n), make([][]GoldSpan, n)
	for i, ex := range examples {
		views[i] = newDocView(ex.Doc, lx)
		tp[i], sp[i] = m.rawProbs(views[i])
		gold[i] = ex.Spans
	}
	return m.tune(views, tp, sp, gold)
}

// tune searches the decoding settings over the token probabilities tp
// (before smoothing) and sentence probabilities sp of the documents views.
func (m *Model) tune(views []*docView, tp, sp [][]float32, gold [][]GoldSpan) Scores {
	best := Scores{F1: -1}
	pred := make([][]GoldSpan, len(views))
	smoothed := make([][]float32, len(views))
	for _, w := range []float32{0, 0.15, 0.25} {
		for i := range tp {
			smoothed[i] = smooth(tp[i], w)
		}
		for _, gap := range []int{0, 2, 4, 6, 8} {
			for t := float32(0.025); t <= 0.61; t += 0.025 {
				for ms := t; ms <= t+0.26; ms += 0.05 {
					for _, st := range []float32{0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 2} {
						for i, v := range views {
							pred[i] = pred[i][:0]
							for _, s := range m.spans(v, smoothed[i], sp[i], t, gap, ms, st) {
								pred[i] = append(pred[i], GoldSpan{Start: v.doc.Tokens[s.First].Start, End: v.doc.Tokens[s.Last-1].End})
							}
						}
						if sc := Evaluate(gold, pred, false); sc.F1 > best.F1 {
							best, m.Threshold, m.Gap, m.MinScore, m.SentThreshold, m.Smooth = sc, t, gap, ms, st, w
						}
					}
				}
			}
		}
	}
	return best
}

// CalibRow is one span a model found in an article it was not trained on:
// what the calibration regression reads of it, and how right it was (its
// overlap with gold spans over its length, capped at 1: its share of
// SemEval's span precision).
type CalibRow struct {
	X     []float32
	Right float32
	// Name is true for a proper name alone, which is never shown.
	Name bool
}

// calibRow is the calibration row of span r, named with probability prob,
// against the article's gold spans.
func calibRow(m *Model, v *docView, gold []GoldSpan, r TechniqueSpan, prob float32) CalibRow {
	start, end := v.doc.Tokens[r.First].Start, v.doc.Tokens[r.Last-1].End
	var right float64
	for _, g := range gold {
		right += float64(max(0, min(end, g.End)-max(start, g.Start))) / float64(max(1, end-start))
	}
	return CalibRow{X: m.calibFeatures(v, r, prob), Right: float32(min(right, 1)), Name: v.nameOnly(r.First, r.Last)}
}

// Calibrate fits the calibration regression on rows of spans found in
// articles the finding models were not trained on (cross-fitted folds),
// by full-batch gradient descent on the log loss with a little L2, and
// sets ShowAt to the least confidence at which the shown rows' precision
// (mean Right) reaches precision. It returns the shown rows' precision
// and share.
func (m *Model) Calibrate(rows []CalibRow, precision float64) (shownPrecision, shownShare float64) {
	if len(rows) == 0 {
		return 0, 0
	}
	d := len(rows[0].X)
	w := make([]float64, d)
	g := make([]float64, d)
	const l2 = 1e-3
	for it := 0; it < 3000; it++ {
		clear(g)
		for _, r := range rows {
			var z float64
			for j, x := range r.X {
				z += w[j] * float64(x)
			}
			e := 1/(1+math.Exp(-z)) - float64(r.Right)
			for j, x := range r.X {
				g[j] += e * float64(x)
			}
		}
		for j := range w {
			w[j] -= 0.5 * (g[j]/float64(len(rows)) + l2*w[j])
		}
	}
	m.Calib = make([]float32, d)
	for j := range w {
		m.Calib[j] = float32(w[j])
	}
	// The threshold: walk the rows by falling confidence and keep the
	// lowest confidence at which the precision of everything above it
	// still reaches the target.
	type cr struct {
		c, right float32
	}
	var cs []cr
	for _, r := range rows {
		if !r.Name {
			cs = append(cs, cr{sigmoid(dotDense(m.Calib, r.X)), r.Right})
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].c > cs[j].c })
	m.ShowAt = 2 // nothing shown unless some prefix reaches the target
	var sum float64
	for i, c := range cs {
		sum += float64(c.right)
		// At least 20 rows before a prefix counts, so that a lucky few
		// do not set the threshold.
		if i+1 >= 20 && sum/float64(i+1) >= precision && (i+1 == len(cs) || cs[i+1].c < c.c) {
			m.ShowAt = c.c
			shownPrecision, shownShare = sum/float64(i+1), float64(i+1)/float64(len(rows))
		}
	}
	return shownPrecision, shownShare
}

// Reliability is one bin of a reliability curve: spans whose confidence
// lies in [Lo, Hi), their count, mean confidence and mean rightness.
type Reliability struct {
	Lo, Hi, Confidence, Right float64
	N                         int
}

// ReliabilityCurve bins (confidence, rightness) pairs into bins of equal
// width.
func ReliabilityCurve(conf, right []float64, bins int) []Reliability {
	out := make([]Reliability, bins)
	for i := range out {
		out[i].Lo, out[i].Hi = float64(i)/float64(bins), float64(i+1)/float64(bins)
	}
	for i, c := range conf {
		k := min(bins-1, max(0, int(c*float64(bins))))
		out[k].N++
		out[k].Confidence += c
		out[k].Right += right[i]
	}
	for i := range out {
		if out[i].N > 0 {
			out[i].Confidence /= float64(out[i].N)
			out[i].Right /= float64(out[i].N)
		}
	}
	return out
}
