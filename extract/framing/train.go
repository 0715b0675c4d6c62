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
	// Rate is AdaGrad's learning rate; L2 the weight decay per update.
	Rate float64
	Seed uint64
	// Lexicon supplies features; it must be passed to Predict as well.
	Lexicon *Lexicon
}

// Train fits a model on examples. It is deterministic for a given Seed and
// runs on one core.
func Train(examples []Example, opts TrainOptions) *Model {
	m := &Model{TagBits: opts.TagBits, ClassBits: opts.ClassBits, Threshold: 0.5, Gap: 0}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))

	// The tagger: one logistic regression over tokens.
	type tokenRow struct {
		f []uint32
		y float32
	}
	var rows []tokenRow
	techniques := map[string]bool{}
	type spanRow struct {
		f []uint32
		c string
	}
	var srows []spanRow
	th := hasher{uint32(1)<<opts.TagBits - 1}
	ch := hasher{uint32(1)<<opts.ClassBits - 1}
	for _, ex := range examples {
		v := newDocView(ex.Doc, opts.Lexicon)
		feats := v.tokenFeatures(th)
		lab := tokenLabels(ex.Doc, ex.Spans)
		for i, f := range feats {
			if f != nil {
				rows = append(rows, tokenRow{f, lab[i]})
			}
		}
		for _, s := range ex.Spans {
			techniques[s.Technique] = true
			a, b := tokenRange(ex.Doc, s.Start, s.End)
			if a < b {
				srows = append(srows, spanRow{v.spanFeatures(ch, a, b), s.Technique})
			}
		}
	}
	m.Tag = make([]float32, 1<<opts.TagBits)
	g2 := make([]float32, len(m.Tag))
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < opts.TagEpochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			r := rows[k]
			g := sigmoid(dot(m.Tag, r.f)) - r.y
			for _, i := range r.f {
				g2[i] += g * g
				m.Tag[i] -= float32(opts.Rate) * g / float32(math.Sqrt(float64(g2[i]))+1e-6)
			}
		}
	}

	// The classifier: softmax regression over gold spans.
	for t := range techniques {
		m.Techniques = append(m.Techniques, t)
	}
	sort.Strings(m.Techniques)
	index := map[string]int{}
	for i, t := range m.Techniques {
		index[t] = i
	}
	size := 1 << opts.ClassBits
	nc := len(m.Techniques)
	m.Class = make([]float32, nc*size)
	cg2 := make([]float32, len(m.Class))
	sorder := make([]int, len(srows))
	for i := range sorder {
		sorder[i] = i
	}
	scores := make([]float64, nc)
	for ep := 0; ep < opts.ClassEpochs; ep++ {
		rng.Shuffle(len(sorder), func(i, j int) { sorder[i], sorder[j] = sorder[j], sorder[i] })
		for _, k := range sorder {
			r := srows[k]
			mx := math.Inf(-1)
			for c := 0; c < nc; c++ {
				scores[c] = float64(dot(m.Class[c*size:(c+1)*size], r.f))
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
				w := m.Class[c*size : (c+1)*size]
				gg := cg2[c*size : (c+1)*size]
				for _, i := range r.f {
					gg[i] += g * g
					w[i] -= float32(opts.Rate) * g / float32(math.Sqrt(float64(gg[i]))+1e-6)
				}
			}
		}
	}
	return m
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

// Tune picks the threshold and gap that give the best span-identification
// F1 on held-out examples, and returns that score.
func (m *Model) Tune(heldout []Example, lx *Lexicon) Scores {
	views := make([]*docView, len(heldout))
	probs := make([][]float32, len(heldout))
	gold := make([][]GoldSpan, len(heldout))
	for i, ex := range heldout {
		views[i] = newDocView(ex.Doc, lx)
		probs[i] = m.tokenProbs(views[i])
		gold[i] = ex.Spans
	}
	best := Scores{F1: -1}
	for _, gap := range []int{0, 1, 2, 3} {
		for t := float32(0.15); t <= 0.61; t += 0.025 {
			pred := make([][]GoldSpan, len(heldout))
			for i, v := range views {
				for _, s := range decode(v, probs[i], t, gap) {
					pred[i] = append(pred[i], GoldSpan{Start: v.doc.Tokens[s.First].Start, End: v.doc.Tokens[s.Last-1].End})
				}
			}
			if sc := Evaluate(gold, pred, false); sc.F1 > best.F1 {
				best, m.Threshold, m.Gap = sc, t, gap
			}
		}
	}
	return best
}
