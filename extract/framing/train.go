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
	m := &Model{TagBits: opts.TagBits, ClassBits: opts.ClassBits, Threshold: 0.5, MinScore: 0.5, SentThreshold: 0.5}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	long := opts.Long
	if long == nil {
		long = LongTechniques
	}
	techniques := map[string]bool{}
	type spanRow struct {
		f []uint32
		c string
	}
	var rows, srows []lrRow
	var crows []spanRow
	th := hasher{uint32(1)<<opts.TagBits - 1}
	ch := hasher{uint32(1)<<opts.ClassBits - 1}
	for _, ex := range examples {
		v := newDocView(ex.Doc, opts.Lexicon)
		var short, longs []GoldSpan
		for _, s := range ex.Spans {
			if long[s.Technique] {
				longs = append(longs, s)
			} else {
				short = append(short, s)
			}
			techniques[s.Technique] = true
			if a, b := tokenRange(ex.Doc, s.Start, s.End); a < b {
				crows = append(crows, spanRow{v.spanFeatures(ch, a, b), s.Technique})
			}
		}
		lab := tokenLabels(ex.Doc, short)
		for i, f := range v.tokenFeatures(th) {
			if f != nil {
				rows = append(rows, lrRow{f, lab[i]})
			}
		}
		// A sentence is a long span when long gold spans cover at least
		// half of its tokens.
		lab = tokenLabels(ex.Doc, longs)
		for si, f := range v.sentenceFeatures(th) {
			if f == nil {
				continue
			}
			st := ex.Doc.Sentences[si]
			var n float32
			for i := st.FirstToken; i < st.LastToken; i++ {
				n += lab[i]
			}
			y := float32(0)
			if 2*n >= float32(st.LastToken-st.FirstToken) {
				y = 1
			}
			srows = append(srows, lrRow{f, y})
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
	index := map[string]int{}
	for i, t := range m.Techniques {
		index[t] = i
	}
	size := 1 << opts.ClassBits
	nc := len(m.Techniques)
	m.Class = make([]float32, nc*size)
	cg2 := make([]float32, len(m.Class))
	order := make([]int, len(crows))
	for i := range order {
		order[i] = i
	}
	scores := make([]float64, nc)
	for ep := 0; ep < opts.ClassEpochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			r := crows[k]
			// The softmax runs over the gold technique's group (long or
			// short), as Predict chooses within a group.
			group := long[r.c]
			mx := math.Inf(-1)
			for c := 0; c < nc; c++ {
				if m.Long[m.Techniques[c]] != group {
					continue
				}
				scores[c] = float64(dot(m.Class[c*size:(c+1)*size], r.f))
				mx = math.Max(mx, scores[c])
			}
			var z float64
			for c := range scores {
				if m.Long[m.Techniques[c]] != group {
					scores[c] = 0
					continue
				}
				scores[c] = math.Exp(scores[c] - mx)
				z += scores[c]
			}
			y := index[r.c]
			for c := 0; c < nc; c++ {
				if m.Long[m.Techniques[c]] != group {
					continue
				}
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

// lrRow is one token for a logistic regression: its features and label.
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

// Tune picks the decoding settings (threshold, gap, least span score,
// sentence threshold) that give the best span-identification F1 on
// held-out examples, and returns that score.
func (m *Model) Tune(heldout []Example, lx *Lexicon) Scores {
	views := make([]*docView, len(heldout))
	tp := make([][]float32, len(heldout))
	sp := make([][]float32, len(heldout))
	gold := make([][]GoldSpan, len(heldout))
	for i, ex := range heldout {
		views[i] = newDocView(ex.Doc, lx)
		tp[i], sp[i] = m.probs(views[i])
		gold[i] = ex.Spans
	}
	best := Scores{F1: -1}
	pred := make([][]GoldSpan, len(heldout))
	for _, gap := range []int{0, 2, 4, 6, 8} {
		for t := float32(0.025); t <= 0.61; t += 0.025 {
			for ms := t; ms <= t+0.26; ms += 0.05 {
				for _, st := range []float32{0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 2} {
					for i, v := range views {
						pred[i] = pred[i][:0]
						for _, s := range m.spans(v, tp[i], sp[i], t, gap, ms, st) {
							pred[i] = append(pred[i], GoldSpan{Start: v.doc.Tokens[s.First].Start, End: v.doc.Tokens[s.Last-1].End})
						}
					}
					if sc := Evaluate(gold, pred, false); sc.F1 > best.F1 {
						best, m.Threshold, m.Gap, m.MinScore, m.SentThreshold = sc, t, gap, ms, st
					}
				}
			}
		}
	}
	return best
}
