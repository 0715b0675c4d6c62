package framing

import (
	"math/rand/v2"
)

// fine is a probability in one of 20 buckets.
func fine(x float32) int {
	return min(19, max(0, int(x*20)))
}

// CrossFit holds what first-pass models trained on the other folds of the
// training articles say of each article: the ground on which the second
// pass, the decoding settings and the confidence are fitted, since each
// must learn how the model behaves on articles it has not seen.
type CrossFit struct {
	folds int
	docs  []foldDoc
}

type foldDoc struct {
	ex   Example
	fold int
	v    *docView
	// m is the model trained without this article's fold; only its
	// classifier is kept.
	m *Model
	// p and ps are m's token probabilities (before smoothing) and
	// sentence probabilities.
	p, ps []float32
}

// NewCrossFit trains a first-pass model on all folds but one, for each of
// folds folds (article i is in fold i%folds), and keeps its outputs on the
// fold left out. progress, when not nil, is called after each fold.
func NewCrossFit(examples []Example, opts TrainOptions, folds int, progress func(fold int)) *CrossFit {
	cf := &CrossFit{folds: folds}
	for k := range folds {
		var in []Example
		for i, ex := range examples {
			if i%folds != k {
				in = append(in, ex)
			}
		}
		fo := opts
		fo.Seed = opts.Seed + uint64(k) + 1
		fm := Train(in, fo)
		for i, ex := range examples {
			if i%folds != k {
				continue
			}
			v := newDocView(ex.Doc, opts.Lexicon)
			p, ps := fm.rawProbs(v)
			cf.docs = append(cf.docs, foldDoc{ex: ex, fold: k, v: v, m: fm, p: p, ps: ps})
		}
		// Only the classifier is needed from here on.
		fm.Tag, fm.Sent = nil, nil
		if progress != nil {
			progress(k)
		}
	}
	return cf
}

// Tune sets m's decoding settings to those that give the best span
// identification F1 on the cross-fitted outputs, and returns that score.
func (cf *CrossFit) Tune(m *Model) Scores {
	n := len(cf.docs)
	views, tp, sp, gold := make([]*docView, n), make([][]float32, n), make([][]float32, n), make([][]GoldSpan, n)
	for i, d := range cf.docs {
		views[i], tp[i], sp[i], gold[i] = d.v, d.p, d.ps, d.ex.Spans
	}
	return m.tune(views, tp, sp, gold)
}

// CalibRows returns a calibration row for each span that m's decoding
// settings find in the cross-fitted outputs, each named by the classifier
// of the model that did not see the article.
func (cf *CrossFit) CalibRows(m *Model) []CalibRow {
	var out []CalibRow
	for _, d := range cf.docs {
		p := smooth(d.p, m.Smooth)
		for _, r := range m.spans(d.v, p, d.ps, m.Threshold, m.Gap, m.MinScore, m.SentThreshold) {
			var prob float32
			r.Technique, prob = d.m.pick(d.m.classScores(d.v, r.First, r.Last, &detections{p, d.ps}), m.Bias)
			out = append(out, calibRow(m, d.v, d.ex.Spans, r, prob))
		}
	}
	return out
}

// Predictions returns, for each cross-fitted article, the spans m's
// decoding settings find in its outputs, each named by the classifier of
// the model that did not see it: what the model does on unseen articles,
// for study without touching the held-out ones.
func (cf *CrossFit) Predictions(m *Model) (docs []Example, pred [][]GoldSpan) {
	for _, d := range cf.docs {
		p := smooth(d.p, m.Smooth)
		var out []GoldSpan
		for _, r := range m.spans(d.v, p, d.ps, m.Threshold, m.Gap, m.MinScore, m.SentThreshold) {
			t, _ := d.m.pick(d.m.classScores(d.v, r.First, r.Last, &detections{p, d.ps}), m.Bias)
			out = append(out, GoldSpan{Start: d.v.doc.Tokens[r.First].Start, End: d.v.doc.Tokens[r.Last-1].End, Technique: t})
		}
		docs, pred = append(docs, d.ex), append(pred, out)
	}
	return docs, pred
}

// FitClassifiers refits the technique classifiers on the gold spans and on
// the spans m's decoding settings find in the cross-fitted outputs, each
// labelled with the technique of the gold span it overlaps most (spans
// overlapping none are left out): the classifier then learns to name spans
// with the boundaries the tagger draws, not only the annotators'. m gets
// one fitted on every fold, each fold's model one fitted on the others.
// Tune must have run.
func (cf *CrossFit) FitClassifiers(m *Model, opts TrainOptions) {
	rng := rand.New(rand.NewPCG(opts.Seed^0xc1a55, opts.Seed))
	h := hasher{uint32(1)<<m.ClassBits - 1}
	rows := make([][]spanRow, len(cf.docs))
	for i, d := range cf.docs {
		p := smooth(d.p, m.Smooth)
		det := &detections{p, d.ps}
		for _, g := range d.ex.Spans {
			if a, b := tokenRange(d.ex.Doc, g.Start, g.End); a < b {
				rows[i] = append(rows[i], spanRow{d.v.spanFeatures(h, a, b, det), g.Technique})
			}
		}
		for _, r := range m.spans(d.v, p, d.ps, m.Threshold, m.Gap, m.MinScore, m.SentThreshold) {
			if t := mostOverlapped(d.v, d.ex.Spans, r); t != "" {
				rows[i] = append(rows[i], spanRow{d.v.spanFeatures(h, r.First, r.Last, det), t})
			}
		}
	}
	fit := func(skip int) []float32 {
		var in []spanRow
		for i, d := range cf.docs {
			if d.fold != skip {
				in = append(in, rows[i]...)
			}
		}
		return fitClassifier(m.Techniques, in, m.ClassBits, opts.ClassEpochs, opts.Rate, rng)
	}
	for k := range cf.folds {
		w := fit(k)
		for _, d := range cf.docs {
			if d.fold == k {
				d.m.Class, d.m.Techniques = w, m.Techniques
			}
		}
	}
	m.Class = fit(-1)
}

// mostOverlapped is the technique of the gold span that shares the most
// code points with r, or "" when none does.
func mostOverlapped(v *docView, gold []GoldSpan, r TechniqueSpan) string {
	start, end := v.doc.Tokens[r.First].Start, v.doc.Tokens[r.Last-1].End
	best, most := "", 0
	for _, g := range gold {
		if o := min(end, g.End) - max(start, g.Start); o > most {
			best, most = g.Technique, o
		}
	}
	return best
}

// FitBiases sets m.Bias, a score added to each technique when a found span
// is named, to the values that give the best span + technique F1 on the
// cross-fitted outputs (each span named by the classifier of the model that
// did not see its article), by coordinate ascent from none; it returns the
// score without and with them. FitClassifiers must have run.
func (cf *CrossFit) FitBiases(m *Model) (before, after Scores) {
	type found struct {
		start, end int
		scores     []float32
	}
	docs := make([][]found, len(cf.docs))
	gold := make([][]GoldSpan, len(cf.docs))
	for i, d := range cf.docs {
		p := smooth(d.p, m.Smooth)
		for _, r := range m.spans(d.v, p, d.ps, m.Threshold, m.Gap, m.MinScore, m.SentThreshold) {
			docs[i] = append(docs[i], found{d.v.doc.Tokens[r.First].Start, d.v.doc.Tokens[r.Last-1].End,
				d.m.classScores(d.v, r.First, r.Last, &detections{p, d.ps})})
		}
		gold[i] = d.ex.Spans
	}
	bias := make([]float32, len(m.Techniques))
	pred := make([][]GoldSpan, len(docs))
	score := func() Scores {
		for i, fs := range docs {
			pred[i] = pred[i][:0]
			for _, f := range fs {
				t, _ := m.pick(f.scores, bias)
				pred[i] = append(pred[i], GoldSpan{Start: f.start, End: f.end, Technique: t})
			}
		}
		return Evaluate(gold, pred, true)
	}
	before = score()
	best := before
	for round := 0; round < 3; round++ {
		moved := false
		for c := range bias {
			keep := bias[c]
			for _, b := range []float32{-3, -2, -1.5, -1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.5, 2} {
				bias[c] = b
				if sc := score(); sc.F1 > best.F1+1e-4 {
					best, keep, moved = sc, b, true
				}
			}
			bias[c] = keep
		}
		if !moved {
			break
		}
	}
	m.Bias = bias
	return before, best
}
