package syntax

import (
	"fmt"
	"io"
	"sort"
)

// TrainOptions sets how the models are learnt.
type TrainOptions struct {
	TaggerEpochs int
	ParserEpochs int
	Folds        int     // jackknife folds: the parser trains on tags predicted by a tagger that did not see the sentence
	Explore      float64 // probability of following a wrong prediction after the first epoch (dynamic oracle)
	// MinWeight drops the parser's averaged weights smaller than this in
	// magnitude. At 1 (less than one perceptron update's worth, averaged
	// over training) half the transition and label features go: EWT and GUM
	// dev scores stay within 0.003 of keeping them all, and the halved
	// tables make parsing 10-20% faster in the pipeline, which spends most
	// of its parsing time waiting for table reads.
	MinWeight float64
	Seed      int64
	// Clusters are word clusters learnt from raw text (normalised word →
	// cluster at three granularities, finest first), or nil.
	Clusters map[string][3]int16
}

// DefaultTrainOptions are the settings the shipped model is trained with.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{TaggerEpochs: 8, ParserEpochs: 12, Folds: 4, Explore: 0.9, MinWeight: 1, Seed: 1}
}

// Train learns the tagger, lemmatizer and parser from gold sentences. Log
// gets one line per step.
func Train(train []Sentence, opts TrainOptions, log io.Writer) (*Model, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("syntax: no training sentences")
	}
	m := &Model{}
	m.Lex = buildLexicon(train, opts.Clusters)
	var all []Word
	for _, s := range train {
		all = append(all, s.Words...)
	}
	m.Lemma = trainLemmatizer(all)
	fmt.Fprintf(log, "lexicon: %d tag-dictionary words, %d clustered; lemmatizer: %d forms, %d rules\n",
		len(m.Lex.TagDict), len(m.Lex.Clusters), len(m.Lemma.Dict), len(m.Lemma.Rules))

	toks := make([][]token, len(train))
	gold := make([][]int, len(train))
	for i, s := range train {
		toks[i] = m.Lex.makeTokens(forms(s.Words), nil)
		gold[i] = make([]int, len(s.Words))
		for j, w := range s.Words {
			gold[i][j] = uposIndex(w.UPOS)
		}
	}
	// Jackknife: tag each fold with a tagger trained on the others.
	folds := max(opts.Folds, 2)
	var feats []uint64
	scores := make([]float32, len(UPOS))
	right, total := 0, 0
	for f := 0; f < folds; f++ {
		var tt [][]token
		var tg [][]int
		for i := range toks {
			if i%folds != f {
				tt, tg = append(tt, toks[i]), append(tg, gold[i])
			}
		}
		// The fold's words are looked up in a lexicon built without it, as
		// new text's words will be.
		var rest []Sentence
		for i := range train {
			if i%folds != f {
				rest = append(rest, train[i])
			}
		}
		lx := buildLexicon(rest, opts.Clusters)
		for i := range tt {
			tt[i] = lx.makeTokens(tokenForms(tt[i]), nil)
		}
		tagger := trainTagger(tt, tg, opts.TaggerEpochs, opts.Seed+int64(f))
		var held []token
		for i := range toks {
			if i%folds == f {
				held = lx.makeTokens(forms(train[i].Words), held)
				feats = tagger.tag(held, feats, scores)
				for j := range toks[i] {
					toks[i][j].tag = held[j].tag
					if held[j].tag == gold[i][j] {
						right++
					}
					total++
				}
			}
		}
	}
	fmt.Fprintf(log, "jackknifed tags: %.4f accurate over %d words\n", float64(right)/float64(total), total)
	m.Tagger = trainTagger(cloneTokens(toks), gold, opts.TaggerEpochs, opts.Seed)
	fmt.Fprintf(log, "tagger: %d features\n", m.Tagger.M.keys)

	labels := labelSet(train)
	heads := make([][]int, len(train))
	rels := make([][]int, len(train))
	lindex := map[string]int{}
	for i, l := range labels {
		lindex[l] = i
	}
	for i, s := range train {
		h := make([]int, len(s.Words)+1)
		h[0] = -1
		rels[i] = make([]int, len(s.Words)+1)
		for j, w := range s.Words {
			h[j+1] = w.Head
			rels[i][j+1] = lindex[w.Deprel]
		}
		heads[i] = projectivize(h)
	}
	m.Parser = trainParser(toks, heads, rels, labels, opts, log)
	fmt.Fprintf(log, "parser: %d transition features, %d label features\n", m.Parser.Trans.keys, m.Parser.Label.keys)
	return m, nil
}

func forms(ws []Word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Form
	}
	return out
}

func tokenForms(ts []token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.form
	}
	return out
}

func cloneTokens(in [][]token) [][]token {
	out := make([][]token, len(in))
	for i, t := range in {
		out[i] = append([]token(nil), t...)
	}
	return out
}

// buildLexicon keeps, for each word seen at least twice, the tags that make
// up at least 5 % of its uses, so that words seen once look unknown in
// training as unseen words will when tagging.
func buildLexicon(train []Sentence, clusters map[string][3]int16) lexicon {
	counts := map[string]*[nUPOS]int{}
	for _, s := range train {
		for _, w := range s.Words {
			n := normalise(w.Form)
			c := counts[n]
			if c == nil {
				c = new([nUPOS]int)
				counts[n] = c
			}
			c[uposIndex(w.UPOS)]++
		}
	}
	lx := lexicon{TagDict: map[string]uint32{}, Clusters: map[string][3]int16{}}
	for w, c := range counts {
		total := 0
		for _, n := range c {
			total += n
		}
		if total < 2 {
			continue
		}
		var mask uint32
		for t, n := range c {
			if n*20 >= total {
				mask |= 1 << uint(t)
			}
		}
		lx.TagDict[w] = mask
	}
	for w, c := range clusters {
		lx.Clusters[w] = c
	}
	return lx
}

func labelSet(train []Sentence) []string {
	seen := map[string]bool{"root": true}
	for _, s := range train {
		for _, w := range s.Words {
			seen[w.Deprel] = true
		}
	}
	out := make([]string, 0, len(seen))
	for l := range seen {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// projectivize lifts non-projective arcs (heads 1-based, index 0 the root
// with head -1) to their head's head, shortest arc first, until the tree
// is projective: what an arc-eager parser can build.
func projectivize(heads []int) []int {
	h := append([]int(nil), heads...)
	n := len(h)
	dominates := func(a, d int) bool {
		for steps := 0; d > 0 && steps <= n; steps++ {
			if d == a {
				return true
			}
			d = h[d]
		}
		return d == a
	}
	for iter := 0; iter < n*n; iter++ {
		bestD, bestLen := -1, n+1
		for d := 1; d < n; d++ {
			hd := h[d]
			if hd < 0 {
				continue
			}
			lo, hi := min(hd, d), max(hd, d)
			for k := lo + 1; k < hi; k++ {
				if !dominates(hd, k) {
					if hi-lo < bestLen {
						bestD, bestLen = d, hi-lo
					}
					break
				}
			}
		}
		if bestD < 0 {
			return h
		}
		if h[h[bestD]] < 0 {
			return h
		}
		h[bestD] = h[h[bestD]]
	}
	return h
}

func trainParser(toks [][]token, heads, rels [][]int, labels []string, opts TrainOptions, log io.Writer) *parser {
	tt := newTrainer(nActions)
	lt := newTrainer(len(labels))
	p := &parser{Labels: labels}
	rootL := 0
	for i, l := range labels {
		if l == "root" {
			rootL = i
		}
	}
	order := make([]int, len(toks))
	for i := range order {
		order[i] = i
	}
	r := newRand(opts.Seed)
	var st state
	var feats []uint64
	lscores := make([]float32, len(labels))
	for ep := 0; ep < opts.ParserEpochs; ep++ {
		r.shuffle(order)
		errs, steps, lerrs, lsteps := 0, 0, 0, 0
		for _, si := range order {
			sent, gh, gl := toks[si], heads[si], rels[si]
			st.reset(len(sent) + 1)
			for !st.done() {
				feats = transFeatures(sent, &st, feats)
				var scores [nActions]float32
				tt.score(feats, scores[:])
				pred, bestGold, bestGoldCost := -1, -1, 1<<30
				var costs [nActions]int
				for a := 0; a < nActions; a++ {
					if !st.valid(a) {
						continue
					}
					costs[a] = st.cost(a, gh)
					if pred < 0 || scores[a] > scores[pred] {
						pred = a
					}
				}
				for a := 0; a < nActions; a++ {
					if !st.valid(a) {
						continue
					}
					if costs[a] < bestGoldCost || costs[a] == bestGoldCost && scores[a] > scores[bestGold] {
						bestGold, bestGoldCost = a, costs[a]
					}
				}
				tt.tick()
				steps++
				follow := bestGold
				if costs[pred] > bestGoldCost {
					errs++
					tt.update(feats, bestGold, 1)
					tt.update(feats, pred, -1)
					if ep > 0 && r.float() < opts.Explore {
						follow = pred
					}
				}
				l := -1
				if follow == actLeft || follow == actRight {
					h, d := st.s0(), st.b
					if follow == actLeft {
						h, d = d, h
					}
					if h == 0 {
						l = rootL
					} else {
						feats = labelFeatures(sent, &st, h, d, feats)
						for i := range lscores {
							lscores[i] = 0
						}
						lt.score(feats, lscores)
						lp := -1
						for i, s := range lscores {
							if i != rootL && (lp < 0 || s > lscores[lp]) {
								lp = i
							}
						}
						l = lp
						if gh[d] == h {
							lt.tick()
							lsteps++
							if lp != gl[d] {
								lerrs++
								lt.update(feats, gl[d], 1)
								lt.update(feats, lp, -1)
							}
							l = gl[d]
						}
					}
				}
				st.apply(follow, l)
			}
		}
		fmt.Fprintf(log, "parser epoch %d: transition errors %.4f, label errors %.4f\n", ep+1,
			float64(errs)/float64(max(steps, 1)), float64(lerrs)/float64(max(lsteps, 1)))
	}
	p.Trans = tt.averaged(opts.MinWeight)
	p.Label = lt.averaged(opts.MinWeight)
	return p
}

// TaggerAccuracy trains the tagger alone on train and returns its UPOS
// accuracy on dev: the quick loop for tagger feature work.
func TaggerAccuracy(train, dev []Sentence, opts TrainOptions) float64 {
	lx := buildLexicon(train, opts.Clusters)
	var toks [][]token
	var gold [][]int
	for _, s := range train {
		toks = append(toks, lx.makeTokens(forms(s.Words), nil))
		g := make([]int, len(s.Words))
		for j, w := range s.Words {
			g[j] = uposIndex(w.UPOS)
		}
		gold = append(gold, g)
	}
	tg := trainTagger(toks, gold, opts.TaggerEpochs, opts.Seed)
	right, total := 0, 0
	var feats []uint64
	scores := make([]float32, nUPOS)
	for _, s := range dev {
		ts := lx.makeTokens(forms(s.Words), nil)
		feats = tg.tag(ts, feats, scores)
		for j, w := range s.Words {
			if UPOS[ts[j].tag] == w.UPOS {
				right++
			}
			total++
		}
	}
	return float64(right) / float64(max(total, 1))
}
