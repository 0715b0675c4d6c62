package syntax

import (
	"math/bits"

	"github.com/chronicle-news/chronicle/internal/offheap"
)

// Scoring a transition looks up some 87 features in a transition model of
// 12 MB, far larger than the processor's caches, so that most look-ups miss
// them. Yet many of those features do not change from one transition to the
// next, and many take only a few values. transScorer gives the sums that
// Trans.score gives over transFeatures (the weights are integers, so the
// order of the additions does not matter) with far fewer look-ups:
//
//   - the features of one position in one role (s0's word, its tag, both,
//     its cluster; n1's tag; the tag of s0's leftmost child …) are summed
//     once a sentence, when first needed (transCache), those of a word of
//     the lexicon alone read from a table made with the parser;
//   - the features of a label alone, or of tags, distances and counts only,
//     take few values: their sums are tabulated when the parser is made;
//   - only the features with words, clusters or label sets of two
//     positions are looked up at each transition.
//
// transFeatures stays the definition of the features (training uses it);
// TestTransAndLabelScorersMatchFeatures checks that both give the same scores.

// Roles of a position whose unigram features are summed together.
const (
	roleS0   = iota // templates 2, 3, 4 and 110
	roleN0          // 5, 6, 7 and 111
	roleN1          // 8, 9, 10
	roleN2          // 11, 12, 13
	roleS0h         // 60, 61: word and tag of s0's head
	roleS0l         // 63, 64
	roleS0r         // 66, 67
	roleN0l         // 69, 70
	roleS0h2        // 80, 81
	roleS0l2        // 83, 84
	roleS0r2        // 86, 87
	roleN0l2        // 89, 90
	nRoles
)

// roleTagTemplate is the template of the tag alone in role r.
func roleTagTemplate(r int) uint64 {
	if r <= roleN2 {
		return uint64(4 + 3*r)
	}
	return roleWordTemplate(r) + 1
}

// nClusterSums bounds the cluster values (view.c) whose role sums are
// tabulated; the lexicon's are some 400.
const nClusterSums = 1024

// roleWordTemplate is the template of the word alone in role r.
func roleWordTemplate(r int) uint64 {
	switch {
	case r <= roleN2:
		return uint64(3 + 3*r)
	case r < roleS0h2:
		return uint64(60 + 3*(r-roleS0h))
	}
	return uint64(80 + 3*(r-roleS0h2))
}

// roleWordFeature is the feature of word hash w alone in role r.
func roleWordFeature(r int, w uint64) uint64 { return feat1(roleWordTemplate(r), w) }

// labelTemplates are the templates of one position's label (v.l), in the
// order of transScorer.labels: those of s0, s0l, s0r, n0l, s0h, s0l2, s0r2
// and n0l2.
var labelTemplates = [...]uint64{62, 65, 68, 71, 82, 85, 88, 91}

// Sizes of the tabulated values: tags (v.p: absent, root, then nUPOS),
// distance buckets (with 7 for none), capped counts, punctuation counts.
const (
	nP       = nUPOS + 2
	nDist    = 8
	nCount   = 5
	nBetween = 3
)

type sums = [nActions]int32

type transScorer struct {
	m *model
	// words holds, for each entry of the tagger's lexicon (token.entry),
	// the weights of the word's feature in each role, nRoles rows of
	// nActions: single rows of the model, so int16 as there.
	words []int16
	// tagged holds, for each tag the lexicon gives an entry's word, the
	// weights of the word with that tag in roles s0 to n2 (templates 2, 5,
	// 8 and 11), 4 rows of nActions, from row taggedAt[entry-1] on, in the
	// order of the tags' bits in taggedTags[entry-1]: a role sum of a
	// lexicon word with one of its lexicon tags needs no look-up at all.
	tagged     []int16
	taggedAt   []uint32
	taggedTags []uint32
	// the features of a tag alone in each role, by tag (v.p), and of a
	// cluster alone as s0 and n0 (110, 111), by cluster (v.c)
	roleTags [nRoles][]sums
	roleClus [2][]sums
	bias     sums // feat1(1, 0)
	labels   [len(labelTemplates)][]sums
	// Tables of tag, distance and count features, by the index their
	// comment gives (the first value most significant), each summing the
	// templates listed.
	sn      sumTable // s0p, n0p, hasHead: 26, 123
	snd     sumTable // s0p, n0p, d: 41, 43, 45
	snn     sumTable // s0p, n0p, n1p: 27, 31
	nnn     sumTable // n0p, n1p, n2p: 30
	hsn     sumTable // s0hp, s0p, n0p: 32
	sln     sumTable // s0p, s0lp, n0p: 33
	srn     sumTable // s0p, s0rp, n0p: 34
	snl     sumTable // s0p, n0p, n0lp: 35
	val     sumTable // s0p, vr, vl: 51, 53
	nval    sumTable // n0p, nvl: 55
	sll     sumTable // s0p, s0lp, p(s0l2): 92
	srr     sumTable // s0p, s0rp, p(s0r2): 93
	shh     sumTable // s0p, s0hp, p(s0h2): 94
	nll     sumTable // n0p, n0lp, p(n0l2): 95
	s1      sumTable // p(s1), s0p, n0p: 120, 121
	between sumTable // between, s0p, n0p, d: 130, 131
}

// newTransScorer tabulates what can be tabulated of m, a transition model
// over labels, and the words of lex; the tables take about 1 MB and 100
// bytes a word.
func newTransScorer(m *model, labels int, lex *tagScorer) *transScorer {
	ts := &transScorer{m: m}
	ts.words = offheap.Make[int16](ts, lex.entries*nRoles*nActions)
	for norm, w := range lex.words {
		if w.entry == 0 {
			continue
		}
		h := hashString(norm)
		for r := 0; r < nRoles; r++ {
			copy(ts.words[((int(w.entry)-1)*nRoles+r)*nActions:], m.denseRow(roleWordFeature(r, h)))
		}
	}
	rows := 0
	for _, w := range lex.words {
		if w.entry != 0 && w.hasTags {
			rows += bits.OnesCount32(w.tags & (1<<nUPOS - 1))
		}
	}
	ts.tagged = offheap.Make[int16](ts, rows*(roleN2+1)*nActions)
	ts.taggedAt = offheap.Make[uint32](ts, lex.entries)
	ts.taggedTags = offheap.Make[uint32](ts, lex.entries)
	rows = 0
	for norm, w := range lex.words {
		if w.entry == 0 || !w.hasTags {
			continue
		}
		tags := w.tags & (1<<nUPOS - 1)
		ts.taggedAt[w.entry-1], ts.taggedTags[w.entry-1] = uint32(rows), tags
		h := hashString(norm)
		for ; tags != 0; tags &= tags - 1 {
			p := uint64(bits.TrailingZeros32(tags)) + 2 // as view.p
			for r := 0; r <= roleN2; r++ {
				copy(ts.tagged[(rows*(roleN2+1)+r)*nActions:], m.denseRow(feat2(uint64(2+3*r), h, p)))
			}
			rows++
		}
	}
	ts.bias = ts.tabulate(nil, func(_ []uint64, f []uint64) []uint64 { return append(f, feat1(1, 0)) })[0]
	for r := range ts.roleTags {
		t := roleTagTemplate(r)
		ts.roleTags[r] = ts.tabulate([]int{nP}, func(x, f []uint64) []uint64 { return append(f, feat1(t, x[0])) })
	}
	for r := range ts.roleClus {
		t := uint64(110 + r)
		ts.roleClus[r] = ts.tabulate([]int{nClusterSums}, func(x, f []uint64) []uint64 { return append(f, feat1(t, x[0])) })
	}
	for k, t := range labelTemplates {
		ts.labels[k] = ts.tabulate([]int{labels + 1}, func(x, f []uint64) []uint64 { return append(f, feat1(t, x[0])) })
	}
	ts.sn = newSumTable(ts.tabulate([]int{nP, nP, 2}, func(x, f []uint64) []uint64 {
		return append(f, feat2(26, x[0], x[1]), feat3(123, x[2], x[0], x[1]))
	}))
	ts.snd = newSumTable(ts.tabulate([]int{nP, nP, nDist}, func(x, f []uint64) []uint64 {
		return append(f, feat2(41, x[0], x[2]), feat2(43, x[1], x[2]), feat3(45, x[0], x[1], x[2]))
	}))
	ts.snn = newSumTable(ts.tabulate([]int{nP, nP, nP}, func(x, f []uint64) []uint64 {
		return append(f, feat2(27, x[1], x[2]), feat3(31, x[0], x[1], x[2]))
	}))
	three := func(t uint64) sumTable {
		return newSumTable(ts.tabulate([]int{nP, nP, nP}, func(x, f []uint64) []uint64 { return append(f, feat3(t, x[0], x[1], x[2])) }))
	}
	ts.nnn, ts.hsn, ts.sln, ts.srn, ts.snl = three(30), three(32), three(33), three(34), three(35)
	ts.sll, ts.srr, ts.shh, ts.nll = three(92), three(93), three(94), three(95)
	ts.val = newSumTable(ts.tabulate([]int{nP, nCount, nCount}, func(x, f []uint64) []uint64 {
		return append(f, feat2(51, x[0], x[1]), feat2(53, x[0], x[2]))
	}))
	ts.nval = newSumTable(ts.tabulate([]int{nP, nCount}, func(x, f []uint64) []uint64 { return append(f, feat2(55, x[0], x[1])) }))
	ts.s1 = newSumTable(ts.tabulate([]int{nP, nP, nP}, func(x, f []uint64) []uint64 {
		return append(f, feat2(120, x[0], x[1]), feat3(121, x[0], x[1], x[2]))
	}))
	ts.between = newSumTable(ts.tabulate([]int{nBetween, nP, nP, nDist}, func(x, f []uint64) []uint64 {
		return append(f, feat3(130, x[0], x[1], x[2]), feat2(131, x[0], x[3]))
	}))
	return ts
}

// A sumTable is a table of sums, kept as int16 when every sum fits (all
// of the shipped model's do), which halves the cache lines the tables take:
// some 16 of them are read at every transition, from 0.8 MB instead of 1.6.
type sumTable struct {
	narrow [][nActions]int16
	wide   []sums
}

func newSumTable(wide []sums) sumTable {
	narrow := make([][nActions]int16, len(wide))
	for i, u := range wide {
		for a, x := range u {
			if int32(int16(x)) != x {
				return sumTable{wide: wide}
			}
			narrow[i][a] = int16(x)
		}
	}
	return sumTable{narrow: narrow}
}

// add adds sum i to s.
func (t *sumTable) add(s *sums, i uint64) {
	if t.narrow == nil {
		addSums(s, &t.wide[i])
		return
	}
	u := &t.narrow[i]
	s[0] += int32(u[0])
	s[1] += int32(u[1])
	s[2] += int32(u[2])
	s[3] += int32(u[3])
}

// tabulate sums, for every index of values below dims, the weights of the
// features feats gives for those values.
func (ts *transScorer) tabulate(dims []int, feats func(x, f []uint64) []uint64) []sums {
	size := 1
	for _, d := range dims {
		size *= d
	}
	out := make([]sums, size)
	x := make([]uint64, len(dims))
	var f []uint64
	for i := range out {
		for k, rest := len(dims)-1, i; k >= 0; k-- {
			x[k] = uint64(rest % dims[k])
			rest /= dims[k]
		}
		f = feats(x, f[:0])
		for _, ft := range f {
			for c, w := range ts.m.denseRow(ft) {
				out[i][c] += int32(w)
			}
		}
	}
	return out
}

// transCache holds one sentence's role sums, by role and position (+1, so
// that the absent position -1 has one too).
type transCache struct {
	n    int
	uni  []sums
	have []bool
}

func (c *transCache) reset(n int) {
	c.n = n + 1
	if cap(c.have) < nRoles*c.n {
		c.uni = make([]sums, nRoles*c.n)
		c.have = make([]bool, nRoles*c.n)
	}
	c.uni, c.have = c.uni[:nRoles*c.n], c.have[:nRoles*c.n]
	clear(c.have)
}

// role adds the sum of position i's features in role r to s.
func (ts *transScorer) role(c *transCache, v view, r, i int, s *sums) {
	k := r*c.n + i + 1
	if !c.have[k] {
		c.uni[k], c.have[k] = ts.roleSum(v, r, i), true
	}
	u := &c.uni[k]
	s[0] += u[0]
	s[1] += u[1]
	s[2] += u[2]
	s[3] += u[3]
}

// roleSum is the sum of the unigram features of position i in role r
// (the templates of the role's constant): those of its tag and cluster
// from tables, that of a lexicon word from ts.words; only the word with its
// tag (roles s0 to n2) and a word not in the lexicon are looked up.
func (ts *transScorer) roleSum(v view, r, i int) sums {
	u := ts.roleTags[r][v.p(i)]
	var buf [3]uint64
	f := buf[:0]
	if r <= roleN0 {
		if cl := v.c(i); cl < nClusterSums {
			addSums(&u, &ts.roleClus[r][cl])
		} else {
			f = append(f, feat1(uint64(110+r), cl))
		}
	}
	e := ts.entry(v, i)
	if r <= roleN2 {
		if k, ok := ts.taggedRow(v, i, e); ok {
			for a, w := range ts.tagged[(k*(roleN2+1)+r)*nActions:][:nActions] {
				u[a] += int32(w)
			}
		} else {
			f = append(f, feat2(uint64(2+3*r), v.w(i), v.p(i)))
		}
	}
	if e > 0 {
		for a, w := range ts.words[((e-1)*nRoles+r)*nActions:][:nActions] {
			u[a] += int32(w)
		}
	} else {
		f = append(f, roleWordFeature(r, v.w(i)))
	}
	var rest [denseClasses]int32
	ts.m.sumDense(f, &rest)
	for a := range u {
		u[a] += rest[a]
	}
	return u
}

// taggedRow is the first row in tagged of the word at position i, of
// lexicon entry e (0: none), with its tag, if the lexicon gives it that tag.
func (ts *transScorer) taggedRow(v view, i, e int) (int, bool) {
	if e == 0 {
		return 0, false
	}
	tag := v.toks[i-1].tag
	tags := ts.taggedTags[e-1]
	if tags>>uint(tag)&1 == 0 {
		return 0, false
	}
	return int(ts.taggedAt[e-1]) + bits.OnesCount32(tags&(1<<uint(tag)-1)), true
}

// entry is the lexicon entry (token.entry) of the word at position i, 0
// for none.
func (ts *transScorer) entry(v view, i int) int {
	if i < 1 || ts.words == nil {
		return 0
	}
	return int(v.toks[i-1].entry)
}

func addSums(s *sums, u *sums) {
	s[0] += u[0]
	s[1] += u[1]
	s[2] += u[2]
	s[3] += u[3]
}

// score sets scores to the transition scores of st, as Trans.score over
// transFeatures; f is scratch, returned for reuse.
func (ts *transScorer) score(toks []token, st *state, c *transCache, f []uint64, scores *[nActions]float32) []uint64 {
	v := view{toks, st}
	p := st.positions()
	s0, s1, n0, n1, n2 := p.s0, p.s1, p.n0, p.n1, p.n2
	s0h, s0h2, s0l, s0r, s0l2, s0r2, n0l, n0l2 := p.s0h, p.s0h2, p.s0l, p.s0r, p.s0l2, p.s0r2, p.n0l, p.n0l2

	s := ts.bias
	for r, i := range [nRoles]int{s0, n0, n1, n2, s0h, s0l, s0r, n0l, s0h2, s0l2, s0r2, n0l2} { // in role order
		ts.role(c, v, r, i, &s)
	}
	for k, i := range [len(labelTemplates)]int{s0, s0l, s0r, n0l, s0h, s0l2, s0r2, n0l2} {
		addSums(&s, &ts.labels[k][v.l(i)])
	}

	s0w, s0p, n0w, n0p := v.w(s0), v.p(s0), v.w(n0), v.p(n0)
	n1p, n2p := v.p(n1), v.p(n2)
	s0hp, s0lp, s0rp, n0lp := v.p(s0h), v.p(s0l), v.p(s0r), v.p(n0l)
	d := uint64(7)
	if n0 >= 0 && s0 > 0 {
		d = distBucket(n0 - s0)
	}
	vr, vl, nvl := capCount(st.nr[s0]), capCount(st.nl[s0]), uint64(0)
	if n0 >= 0 {
		nvl = capCount(st.nl[n0])
	}
	hasHead := uint64(0)
	if st.head[s0] >= 0 {
		hasHead = 1
	}
	sn := s0p*nP + n0p
	ts.sn.add(&s, sn*2+hasHead)
	ts.snd.add(&s, sn*nDist+d)
	ts.snn.add(&s, sn*nP+n1p)
	ts.nnn.add(&s, (n0p*nP+n1p)*nP+n2p)
	ts.hsn.add(&s, s0hp*nP*nP+sn)
	ts.sln.add(&s, (s0p*nP+s0lp)*nP+n0p)
	ts.srn.add(&s, (s0p*nP+s0rp)*nP+n0p)
	ts.snl.add(&s, sn*nP+n0lp)
	ts.val.add(&s, (s0p*nCount+vr)*nCount+vl)
	ts.nval.add(&s, n0p*nCount+nvl)
	ts.sll.add(&s, (s0p*nP+s0lp)*nP+v.p(s0l2))
	ts.srr.add(&s, (s0p*nP+s0rp)*nP+v.p(s0r2))
	ts.shh.add(&s, (s0p*nP+s0hp)*nP+v.p(s0h2))
	ts.nll.add(&s, (n0p*nP+n0lp)*nP+v.p(n0l2))
	ts.s1.add(&s, v.p(s1)*nP*nP+sn)
	if n0 > 0 && s0 > 0 {
		between := uint64(0)
		for i := s0 + 1; i < n0 && i-s0 < 40; i++ {
			if toks[i-1].tag == tPUNCT {
				between++
			}
		}
		between = min(between, 2)
		ts.between.add(&s, (between*nP*nP+sn)*nDist+d)
	}

	// What is left pairs words, clusters or label sets.
	var sr, sl, nl uint64
	sr, sl = st.rset[s0], st.lset[s0]
	if n0 >= 0 {
		nl = st.lset[n0]
	}
	s0c, n0c, n1c := v.c(s0), v.c(n0), v.c(n1)
	f = append(f[:0], feat3(20, s0w, s0p, n0w^n0p<<7), feat3(21, s0w, s0p, n0w), feat3(22, s0w, n0w, n0p),
		feat3(23, s0w, s0p, n0p), feat3(24, s0p, n0w, n0p), feat2(25, s0w, n0w),
		feat2(40, s0w, d), feat2(42, n0w, d), feat3(44, s0w, n0w, d),
		feat2(50, s0w, vr), feat2(52, s0w, vl), feat2(54, n0w, nvl),
		feat2(100, s0w, sr), feat2(101, s0p, sr), feat2(102, s0w, sl), feat2(103, s0p, sl),
		feat2(104, n0w, nl), feat2(105, n0p, nl),
		feat2(112, s0c, n0c), feat2(113, s0c, n0p), feat2(114, s0p, n0c), feat3(115, n0c, n1c, n0p),
		feat2(116, s0c, v.c(s0h)), feat2(122, v.w(s1), n0p), feat3(124, hasHead, s0w, n0p))
	var rest [denseClasses]int32
	ts.m.sumDense(f, &rest)
	for a := range scores {
		scores[a] = float32(s[a] + rest[a])
	}
	return f
}
