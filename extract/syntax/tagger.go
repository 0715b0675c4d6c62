package syntax

// The tagger is a greedy left-to-right averaged perceptron over the word,
// its affixes, shape and cluster, the words around it with the tags each was
// seen with in training (their ambiguity class), and the two tags before it.

const noTag = uint64(nUPOS + 1)

type tagger struct {
	M *model
}

func tagFeatures(toks []token, i int, tags []int, dst []uint64) []uint64 {
	at := func(j int) *token {
		if j < 0 || j >= len(toks) {
			return nil
		}
		return &toks[j]
	}
	tagAt := func(j int) uint64 {
		if j < 0 {
			return noTag
		}
		return uint64(tags[j])
	}
	t := &toks[i]
	f := dst[:0]
	f = append(f, feat1(1, 0), feat1(2, t.hNorm), feat1(3, t.shape), feat1(4, t.amb), feat1(5, t.flags))
	if t.hForm != t.hNorm {
		f = append(f, feat1(6, t.hForm))
	}
	for k := 0; k < 4; k++ {
		f = append(f, feat1(10+uint64(k), t.suf[k]))
	}
	for k := 0; k < 3; k++ {
		f = append(f, feat1(14+uint64(k), t.pre[k]))
		f = append(f, feat1(17+uint64(k), t.clus[k]))
	}
	p1, p2 := tagAt(i-1), tagAt(i-2)
	f = append(f, feat1(20, p1), feat2(21, p1, p2), feat2(22, p1, t.hNorm), feat2(23, p1, t.suf[2]), feat2(24, p1, t.amb))
	for _, d := range []int{-2, -1, 1, 2} {
		o := at(i + d)
		ud := uint64(d + 8)
		if o == nil {
			f = append(f, feat2(30, ud, 0))
			continue
		}
		f = append(f, feat2(31, ud, o.hNorm), feat2(32, ud, o.amb), feat2(33, ud, o.clus[1]), feat2(34, ud, o.suf[2]))
		if d == 1 || d == -1 {
			f = append(f, feat3(35, ud, o.hNorm, t.hNorm), feat3(36, ud, o.shape, t.shape))
		}
	}
	if n := at(i + 1); n != nil {
		f = append(f, feat3(40, p1, n.amb, t.amb), feat2(41, t.amb, n.amb))
		if nn := at(i + 2); nn != nil {
			f = append(f, feat3(42, t.amb, n.amb, nn.amb))
		}
	}
	return f
}

// tag fills toks[i].tag for every token.
func (tg *tagger) tag(toks []token, feats []uint64, scores []float32) []uint64 {
	tags := make([]int, len(toks))
	for i := range toks {
		feats = tagFeatures(toks, i, tags, feats)
		for c := range scores {
			scores[c] = 0
		}
		tg.M.score(feats, scores)
		best := 0
		for c := 1; c < len(UPOS); c++ {
			if scores[c] > scores[best] {
				best = c
			}
		}
		tags[i] = best
		toks[i].tag = best
	}
	return feats
}

// trainTagger learns the tagger from sentences of (tokens, gold tags).
func trainTagger(sents [][]token, gold [][]int, epochs int, seed int64) *tagger {
	tr := newTrainer(len(UPOS))
	scores := make([]float32, len(UPOS))
	var feats []uint64
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := newRand(seed)
	for ep := 0; ep < epochs; ep++ {
		rng.shuffle(order)
		for _, si := range order {
			toks, g := sents[si], gold[si]
			tags := make([]int, len(toks))
			for i := range toks {
				feats = tagFeatures(toks, i, tags, feats)
				for c := range scores {
					scores[c] = 0
				}
				tr.score(feats, scores)
				best := 0
				for c := 1; c < len(UPOS); c++ {
					if scores[c] > scores[best] {
						best = c
					}
				}
				tr.tick()
				if best != g[i] {
					tr.update(feats, g[i], 1)
					tr.update(feats, best, -1)
				}
				tags[i] = best // the history it will see when tagging
			}
		}
	}
	return &tagger{M: tr.averaged(1e-4)}
}

// rng is a small deterministic generator (SplitMix64), so that training
// gives the same model on every machine and Go version.
type rng struct{ s uint64 }

func newRand(seed int64) *rng { return &rng{s: uint64(seed)} }

func (r *rng) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }

func (r *rng) shuffle(a []int) {
	for i := len(a) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		a[i], a[j] = a[j], a[i]
	}
}
