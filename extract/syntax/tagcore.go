package syntax

import "github.com/chronicle-news/chronicle/internal/offheap"

// Tagging a word looks up some 44 features in a tagger model of 10 MB, and
// most of them belong to one word alone: its own (the word, its affixes,
// its tags in the lexicon, its clusters) and those it gives its neighbours
// (the word, its lexicon tags, cluster and suffix two to either side). For
// the words of the lexicon, which make most of any text, tagScorer sums
// each of those groups once, when the parser is made, and finds them with
// the one look-up of the word that making its token needs anyway; the
// features of two tags and of the capitalisation flags take few values and
// are tabulated too. The sums are those of Tagger.M.score over tagFeatures
// (integer weights, in any order); tagFeatures stays the definition, used
// in training, and TestTagScorerMatchesFeatures checks that both agree.

// lexWord is what the parser knows of a normalised word of the lexicon, in
// 16 bytes: its values in the lexicon's two maps, which it is in, and its
// entry (as token.entry).
type lexWord struct {
	tags    uint32
	clus    [3]int16
	hasTags bool
	hasClus bool
	entry   int32
}

type tagSums = [denseClasses]int32

type tagScorer struct {
	m     *model
	words map[string]lexWord
	// An entry's sums: of the word's own features (nUPOS from (entry-1) *
	// nUPOS), and of those it gives the words 2 and 1 before it and 1 and 2
	// after it (4 * nUPOS from (entry-1) * 4 * nUPOS). The latter keep the
	// model's int16; the former do not fit it.
	own     []int32
	near    []int16
	entries int
	bias    tagSums
	flags   [32]tagSums // the flag bits of token.flags
	hist    []tagSums   // the tags before (p1, p2, noTag for none): 20, 21
	edge    [4]tagSums  // no neighbour at offset -2, -1, 1, 2: 30
}

// neighbourOffsets are the offsets of the neighbours a word's features
// read, in the order of its rows.
var neighbourOffsets = [4]int{-2, -1, 1, 2}

// newTagScorer tabulates the tagger model m for the words of lx.
func newTagScorer(m *model, lx *lexicon) *tagScorer {
	ts := &tagScorer{m: m}
	ts.bias = ts.sum(feat1(1, 0))
	for fl := range ts.flags {
		ts.flags[fl] = ts.sum(feat1(5, uint64(fl)))
	}
	ts.hist = make([]tagSums, (noTag+1)*(noTag+1))
	for p1 := uint64(0); p1 <= noTag; p1++ {
		for p2 := uint64(0); p2 <= noTag; p2++ {
			ts.hist[p1*(noTag+1)+p2] = ts.sum(feat1(20, p1), feat2(21, p1, p2))
		}
	}
	for k, d := range neighbourOffsets {
		ts.edge[k] = ts.sum(feat2(30, uint64(d+8), 0))
	}
	// Every word of the lexicon gets an entry, unless a sum of what it
	// gives its neighbours does not fit an int16: such a word is scored
	// feature by feature. The tables are allocated once, at their full
	// size: growing them would leave some 15 MB of garbage at start-up.
	norms := make([]string, 0, len(lx.Clusters)+len(lx.TagDict)/4)
	for norm := range lx.Clusters {
		norms = append(norms, norm)
	}
	for norm := range lx.TagDict {
		if _, ok := lx.Clusters[norm]; !ok {
			norms = append(norms, norm)
		}
	}
	ts.words = make(map[string]lexWord, len(norms))
	ts.own = offheap.Make[int32](ts, len(norms)*nUPOS)
	ts.near = offheap.Make[int16](ts, len(norms)*len(neighbourOffsets)*nUPOS)
	var f []uint64
	entries := 0
	for _, norm := range norms {
		var w lexWord
		w.tags, w.hasTags = lx.TagDict[norm]
		w.clus, w.hasClus = lx.Clusters[norm]
		t := token{norm: norm, hNorm: hashString(norm)}
		for k := 0; k < 3; k++ {
			t.pre[k] = prefix(norm, k+1)
		}
		for k := 0; k < 4; k++ {
			t.suf[k] = suffix(norm, k+1)
		}
		w.fill(&t)
		var sums [len(neighbourOffsets)]tagSums
		fits := true
		for k, d := range neighbourOffsets {
			f = neighbourFeatures(&t, d, f[:0])
			m.sumDense(f, &sums[k])
			for _, x := range sums[k] {
				fits = fits && int32(int16(x)) == x
			}
		}
		if fits {
			var own tagSums
			f = ownFeatures(&t, f[:0])
			m.sumDense(f, &own)
			copy(ts.own[entries*nUPOS:], own[:nUPOS])
			near := ts.near[entries*len(neighbourOffsets)*nUPOS:]
			for k := range sums {
				for c, x := range sums[k][:nUPOS] {
					near[k*nUPOS+c] = int16(x)
				}
			}
			entries++
			w.entry = int32(entries)
		}
		ts.words[norm] = w
	}
	ts.entries = entries
	return ts
}

// ownFeatures appends the features of t alone (but for its form, shape and
// flags) that tagFeatures gives.
func ownFeatures(t *token, f []uint64) []uint64 {
	f = append(f, feat1(2, t.hNorm), feat1(4, t.amb))
	for k := 0; k < 4; k++ {
		f = append(f, feat1(10+uint64(k), t.suf[k]))
	}
	for k := 0; k < 3; k++ {
		f = append(f, feat1(14+uint64(k), t.pre[k]), feat1(17+uint64(k), t.clus[k]))
	}
	return f
}

// neighbourFeatures appends the features that tagFeatures gives a word for
// its neighbour o at offset d.
func neighbourFeatures(o *token, d int, f []uint64) []uint64 {
	ud := uint64(d + 8)
	return append(f, feat2(31, ud, o.hNorm), feat2(32, ud, o.amb), feat2(33, ud, o.clus[1]), feat2(34, ud, o.suf[2]))
}

func (ts *tagScorer) sum(feats ...uint64) tagSums {
	var s tagSums
	ts.m.sumDense(feats, &s)
	return s
}

// fill sets t's values from the lexicon as lexicon.makeTokens does, and
// its entry.
func (w *lexWord) fill(t *token) {
	if w.hasTags {
		t.amb = uint64(w.tags) + 1
	}
	if w.hasClus {
		for k := 0; k < 3; k++ {
			t.clus[k] = uint64(w.clus[k]) + 1
		}
	}
	t.entry = w.entry
}

// makeTokens is lexicon.makeTokens with one look-up a word.
func (ts *tagScorer) makeTokens(words []string, dst []token) []token {
	dst = dst[:0]
	for i, w := range words {
		t := newToken(w, i)
		if w, ok := ts.words[t.norm]; ok {
			w.fill(&t)
		}
		dst = append(dst, t)
	}
	return dst
}

// addOwn adds the sums of t's own features to s; f is scratch.
func (ts *tagScorer) addOwn(s *tagSums, t *token, f []uint64) []uint64 {
	if t.entry == 0 {
		f = ownFeatures(t, f[:0])
		ts.m.sumDense(f, s)
		return f
	}
	for c, w := range ts.own[(int(t.entry)-1)*nUPOS:][:nUPOS] {
		s[c] += w
	}
	return f
}

// addNear adds the sums of the features t gives as the neighbour at
// neighbourOffsets[k] to s; f is scratch.
func (ts *tagScorer) addNear(s *tagSums, t *token, k int, f []uint64) []uint64 {
	if t.entry == 0 {
		f = neighbourFeatures(t, neighbourOffsets[k], f[:0])
		ts.m.sumDense(f, s)
		return f
	}
	for c, w := range ts.near[((int(t.entry)-1)*len(neighbourOffsets)+k)*nUPOS:][:nUPOS] {
		s[c] += int32(w)
	}
	return f
}

func addTagSums(s, u *tagSums) {
	for c := range u[:nUPOS] {
		s[c] += u[c]
	}
}

// tag fills toks[i].tag for every token, as tagger.tag; f is scratch,
// returned for reuse.
func (ts *tagScorer) tag(toks []token, f []uint64) []uint64 {
	for i := range toks {
		var s tagSums
		f = ts.score(toks, i, &s, f)
		best := 0
		for c := 1; c < nUPOS; c++ {
			if float32(s[c]) > float32(s[best]) {
				best = c
			}
		}
		toks[i].tag = best
	}
	return f
}

// score sets s to the sums of tagFeatures(toks, i, …) with the tags of
// toks before i as the history.
func (ts *tagScorer) score(toks []token, i int, s *tagSums, f []uint64) []uint64 {
	t := &toks[i]
	p1, p2 := noTag, noTag
	if i > 0 {
		p1 = uint64(toks[i-1].tag)
	}
	if i > 1 {
		p2 = uint64(toks[i-2].tag)
	}
	*s = ts.bias
	addTagSums(s, &ts.flags[t.flags])
	addTagSums(s, &ts.hist[p1*(noTag+1)+p2])
	f = ts.addOwn(s, t, f)
	for k, d := range neighbourOffsets {
		if i+d < 0 || i+d >= len(toks) {
			addTagSums(s, &ts.edge[k])
			continue
		}
		f = ts.addNear(s, &toks[i+d], k, f)
	}
	// What is left pairs the word with its form, the tag before or its
	// neighbours.
	f = append(f[:0], feat1(3, t.shape))
	if t.hForm != t.hNorm {
		f = append(f, feat1(6, t.hForm))
	}
	f = append(f, feat2(22, p1, t.hNorm), feat2(23, p1, t.suf[2]), feat2(24, p1, t.amb))
	for _, d := range [2]int{-1, 1} {
		if o := i + d; o >= 0 && o < len(toks) {
			ud := uint64(d + 8)
			f = append(f, feat3(35, ud, toks[o].hNorm, t.hNorm), feat3(36, ud, toks[o].shape, t.shape))
		}
	}
	if i+1 < len(toks) {
		n := &toks[i+1]
		f = append(f, feat3(40, p1, n.amb, t.amb), feat2(41, t.amb, n.amb))
		if i+2 < len(toks) {
			f = append(f, feat3(42, t.amb, n.amb, toks[i+2].amb))
		}
	}
	ts.m.sumDense(f, s)
	return f
}
