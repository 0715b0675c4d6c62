package syntax

// The parser is an arc-eager transition system (Nivre 2003) with a single
// root, scored by an averaged perceptron over the rich feature set of Zhang
// and Nivre (2011) plus word clusters, trained with the dynamic oracle of
// Goldberg and Nivre (2012) so that it learns to recover from its own
// mistakes. Each arc gets its label when it is made, from a second
// perceptron that sees the head, the dependent and the partial tree around
// them; the label is then a feature for later transitions.

const (
	actShift = iota
	actReduce
	actLeft
	actRight
	nActions
)

type parser struct {
	Labels []string
	Trans  *model
	Label  *model
}

// state is an arc-eager configuration over words 1..n-1 (0 is the root).
type state struct {
	n       int
	stack   []int
	b       int
	head    []int
	label   []int
	onStack []bool
	l1, l2  []int // leftmost and second leftmost child
	r1, r2  []int // rightmost and second rightmost child
	nl, nr  []int
	lset    []uint64
	rset    []uint64
}

func (s *state) reset(n int) {
	s.n = n
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	grow := func(a []int) []int {
		if cap(a) < n {
			return make([]int, n)
		}
		return a[:n]
	}
	s.head, s.label = grow(s.head), grow(s.label)
	s.l1, s.l2, s.r1, s.r2 = grow(s.l1), grow(s.l2), grow(s.r1), grow(s.r2)
	s.nl, s.nr = grow(s.nl), grow(s.nr)
	if cap(s.onStack) < n {
		s.onStack = make([]bool, n)
		s.lset = make([]uint64, n)
		s.rset = make([]uint64, n)
	}
	s.onStack, s.lset, s.rset = s.onStack[:n], s.lset[:n], s.rset[:n]
	for i := 0; i < n; i++ {
		s.head[i], s.label[i] = -1, -1
		s.l1[i], s.l2[i], s.r1[i], s.r2[i] = -1, -1, -1, -1
		s.nl[i], s.nr[i] = 0, 0
		s.onStack[i] = false
		s.lset[i], s.rset[i] = 0, 0
	}
	s.onStack[0] = true
}

func (s *state) s0() int {
	return s.stack[len(s.stack)-1]
}

func (s *state) done() bool { return s.b >= s.n }

func (s *state) valid(a int) bool {
	switch a {
	case actShift:
		return s.b < s.n
	case actReduce:
		return len(s.stack) > 1 && s.head[s.s0()] >= 0
	case actLeft:
		s0 := s.s0()
		return s.b < s.n && s0 != 0 && s.head[s0] < 0
	case actRight:
		return s.b < s.n && (s.s0() != 0 || s.nr[0] == 0)
	}
	return false
}

func (s *state) addArc(h, d, l int) {
	s.head[d], s.label[d] = h, l
	bit := uint64(1) << uint(l&63)
	if d < h {
		s.l2[h], s.l1[h] = s.l1[h], d
		s.nl[h]++
		s.lset[h] |= bit
	} else {
		s.r2[h], s.r1[h] = s.r1[h], d
		s.nr[h]++
		s.rset[h] |= bit
	}
}

// apply performs action a; l is the label of the arc it makes.
func (s *state) apply(a, l int) {
	switch a {
	case actShift:
		s.stack = append(s.stack, s.b)
		s.onStack[s.b] = true
		s.b++
	case actReduce:
		s.onStack[s.s0()] = false
		s.stack = s.stack[:len(s.stack)-1]
	case actLeft:
		s0 := s.s0()
		s.addArc(s.b, s0, l)
		s.onStack[s0] = false
		s.stack = s.stack[:len(s.stack)-1]
	case actRight:
		s.addArc(s.s0(), s.b, l)
		s.stack = append(s.stack, s.b)
		s.onStack[s.b] = true
		s.b++
	}
}

// cost is the number of gold arcs still reachable that action a makes
// unreachable (the arc-eager dynamic oracle); gold heads are projective.
func (s *state) cost(a int, gh []int) int {
	s0, b := s.s0(), s.b
	c := 0
	switch a {
	case actLeft:
		if gh[s0] > b {
			c++
		}
		for d := b; d < s.n; d++ {
			if gh[d] == s0 {
				c++
			}
		}
	case actRight:
		if g := gh[b]; g != s0 && (g > b || s.onStack[g] && (g != 0 || s.nr[0] == 0)) {
			c++
		}
		for _, d := range s.stack {
			if gh[d] == b && s.head[d] < 0 {
				c++
			}
		}
	case actReduce:
		for d := b; d < s.n; d++ {
			if gh[d] == s0 {
				c++
			}
		}
	case actShift:
		if g := gh[b]; g < b && s.onStack[g] && (g != 0 || s.nr[0] == 0) {
			c++
		}
		for _, d := range s.stack {
			if gh[d] == b && s.head[d] < 0 {
				c++
			}
		}
	}
	return c
}

// Feature values of a position; absent positions get the marker 0.
type view struct {
	toks []token
	st   *state
}

func (v view) w(i int) uint64 {
	if i < 0 {
		return 0
	}
	if i == 0 {
		return 1
	}
	return v.toks[i-1].hNorm
}

func (v view) p(i int) uint64 {
	if i < 0 {
		return 0
	}
	if i == 0 {
		return 1
	}
	return uint64(v.toks[i-1].tag) + 2
}

func (v view) c(i int) uint64 {
	if i <= 0 {
		return uint64(i + 2)
	}
	return v.toks[i-1].clus[1] + 10
}

func (v view) l(i int) uint64 {
	if i < 0 || v.st.label[i] < 0 {
		return 0
	}
	return uint64(v.st.label[i]) + 1
}

func distBucket(d int) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 9:
		return 5
	default:
		return 6
	}
}

func capCount(n int) uint64 {
	if n > 4 {
		return 4
	}
	return uint64(n)
}

// positions are the words a configuration's features read: the top two of
// the stack, the next three of the buffer, and the heads and children
// around s0 and n0; -1 where there is none.
type positions struct {
	s0, s1, n0, n1, n2                         int
	s0h, s0h2, s0l, s0r, s0l2, s0r2, n0l, n0l2 int
}

func (st *state) positions() positions {
	p := positions{s0: st.s0(), s1: -1, n0: -1, n1: -1, n2: -1}
	if st.b < st.n {
		p.n0 = st.b
	}
	if st.b+1 < st.n {
		p.n1 = st.b + 1
	}
	if st.b+2 < st.n {
		p.n2 = st.b + 2
	}
	if len(st.stack) > 1 {
		p.s1 = st.stack[len(st.stack)-2]
	}
	at := func(a []int, i int) int {
		if i < 0 {
			return -1
		}
		return a[i]
	}
	p.s0h = at(st.head, p.s0)
	p.s0h2 = at(st.head, p.s0h)
	p.s0l, p.s0r, p.s0l2, p.s0r2 = at(st.l1, p.s0), at(st.r1, p.s0), at(st.l2, p.s0), at(st.r2, p.s0)
	p.n0l, p.n0l2 = at(st.l1, p.n0), at(st.l2, p.n0)
	return p
}

func transFeatures(toks []token, st *state, f []uint64) []uint64 {
	v := view{toks, st}
	f = f[:0]
	p := st.positions()
	s0, s1, n0, n1, n2 := p.s0, p.s1, p.n0, p.n1, p.n2
	s0h, s0h2, s0l, s0r, s0l2, s0r2, n0l, n0l2 := p.s0h, p.s0h2, p.s0l, p.s0r, p.s0l2, p.s0r2, p.n0l, p.n0l2

	s0w, s0p, n0w, n0p := v.w(s0), v.p(s0), v.w(n0), v.p(n0)
	n1w, n1p, n2w, n2p := v.w(n1), v.p(n1), v.w(n2), v.p(n2)
	// single words
	f = append(f, feat1(1, 0),
		feat2(2, s0w, s0p), feat1(3, s0w), feat1(4, s0p),
		feat2(5, n0w, n0p), feat1(6, n0w), feat1(7, n0p),
		feat2(8, n1w, n1p), feat1(9, n1w), feat1(10, n1p),
		feat2(11, n2w, n2p), feat1(12, n2w), feat1(13, n2p))
	// pairs
	f = append(f, feat3(20, s0w, s0p, n0w^n0p<<7), feat3(21, s0w, s0p, n0w), feat3(22, s0w, n0w, n0p),
		feat3(23, s0w, s0p, n0p), feat3(24, s0p, n0w, n0p), feat2(25, s0w, n0w), feat2(26, s0p, n0p),
		feat2(27, n0p, n1p))
	// three tags
	s0hp, s0lp, s0rp, n0lp := v.p(s0h), v.p(s0l), v.p(s0r), v.p(n0l)
	f = append(f, feat3(30, n0p, n1p, n2p), feat3(31, s0p, n0p, n1p), feat3(32, s0hp, s0p, n0p),
		feat3(33, s0p, s0lp, n0p), feat3(34, s0p, s0rp, n0p), feat3(35, s0p, n0p, n0lp))
	// distance
	d := uint64(7)
	if n0 >= 0 && s0 > 0 {
		d = distBucket(n0 - s0)
	}
	f = append(f, feat2(40, s0w, d), feat2(41, s0p, d), feat2(42, n0w, d), feat2(43, n0p, d),
		feat3(44, s0w, n0w, d), feat3(45, s0p, n0p, d))
	// valency
	vr, vl, nvl := capCount(st.nr[s0]), capCount(st.nl[s0]), uint64(0)
	if n0 >= 0 {
		nvl = capCount(st.nl[n0])
	}
	f = append(f, feat2(50, s0w, vr), feat2(51, s0p, vr), feat2(52, s0w, vl), feat2(53, s0p, vl),
		feat2(54, n0w, nvl), feat2(55, n0p, nvl))
	// unigrams of the partial tree
	f = append(f, feat1(60, v.w(s0h)), feat1(61, s0hp), feat1(62, v.l(s0)),
		feat1(63, v.w(s0l)), feat1(64, s0lp), feat1(65, v.l(s0l)),
		feat1(66, v.w(s0r)), feat1(67, s0rp), feat1(68, v.l(s0r)),
		feat1(69, v.w(n0l)), feat1(70, n0lp), feat1(71, v.l(n0l)))
	// third order
	f = append(f, feat1(80, v.w(s0h2)), feat1(81, v.p(s0h2)), feat1(82, v.l(s0h)),
		feat1(83, v.w(s0l2)), feat1(84, v.p(s0l2)), feat1(85, v.l(s0l2)),
		feat1(86, v.w(s0r2)), feat1(87, v.p(s0r2)), feat1(88, v.l(s0r2)),
		feat1(89, v.w(n0l2)), feat1(90, v.p(n0l2)), feat1(91, v.l(n0l2)),
		feat3(92, s0p, s0lp, v.p(s0l2)), feat3(93, s0p, s0rp, v.p(s0r2)),
		feat3(94, s0p, s0hp, v.p(s0h2)), feat3(95, n0p, n0lp, v.p(n0l2)))
	// label sets
	var sr, sl, nl uint64
	sr, sl = st.rset[s0], st.lset[s0]
	if n0 >= 0 {
		nl = st.lset[n0]
	}
	f = append(f, feat2(100, s0w, sr), feat2(101, s0p, sr), feat2(102, s0w, sl), feat2(103, s0p, sl),
		feat2(104, n0w, nl), feat2(105, n0p, nl))
	// clusters, the second stack word, and whether s0 has its head
	s0c, n0c, n1c := v.c(s0), v.c(n0), v.c(n1)
	hasHead := uint64(0)
	if st.head[s0] >= 0 {
		hasHead = 1
	}
	f = append(f, feat1(110, s0c), feat1(111, n0c), feat2(112, s0c, n0c), feat2(113, s0c, n0p),
		feat2(114, s0p, n0c), feat3(115, n0c, n1c, n0p), feat2(116, s0c, v.c(s0h)),
		feat2(120, v.p(s1), s0p), feat3(121, v.p(s1), s0p, n0p), feat2(122, v.w(s1), n0p),
		feat3(123, hasHead, s0p, n0p), feat3(124, hasHead, s0w, n0p))
	// punctuation between s0 and n0 (a comma often closes a clause)
	if n0 > 0 && s0 > 0 {
		between := uint64(0)
		for i := s0 + 1; i < n0 && i-s0 < 40; i++ {
			if toks[i-1].tag == tPUNCT {
				between++
			}
		}
		if between > 2 {
			between = 2
		}
		f = append(f, feat3(130, between, s0p, n0p), feat2(131, between, d))
	}
	return f
}

// arcValues are the values an arc h → d's label features read.
type arcValues struct {
	dir, dist, dw, dp, hw, hp, dc, hc, dsuf uint64
	dl, dr, prev, next                      int // d's leftmost and rightmost child, the words beside d; -1 for none
}

func arcOf(v view, h, d int) arcValues {
	a := arcValues{dir: 1, dist: distBucket(abs(h - d)), dw: v.w(d), dp: v.p(d), hw: v.w(h), hp: v.p(h),
		dc: v.c(d), hc: v.c(h), dl: v.st.l1[d], dr: v.st.r1[d], prev: d - 1, next: d + 1}
	if d < h {
		a.dir = 2
	}
	if d > 0 {
		a.dsuf = v.toks[d-1].suf[2]
	}
	if a.prev < 1 {
		a.prev = -1
	}
	if a.next >= v.st.n {
		a.next = -1
	}
	return a
}

func labelFeatures(toks []token, st *state, h, d int, f []uint64) []uint64 {
	v := view{toks, st}
	f = f[:0]
	a := arcOf(v, h, d)
	dir, dist, dw, dp, hw, hp, dc, hc, dsuf := a.dir, a.dist, a.dw, a.dp, a.hw, a.hp, a.dc, a.hc, a.dsuf
	f = append(f, feat1(1, 0), feat1(2, dw), feat1(3, dp), feat2(4, dw, dp), feat1(5, hw), feat1(6, hp),
		feat2(7, hw, hp), feat3(8, dp, hp, dir), feat3(9, dw, hp, dir), feat3(10, dp, hw, dir),
		feat3(11, dw, hw, dir), feat3(12, dist, dp, hp), feat3(13, dsuf, hp, dir), feat3(14, dc, hp, dir),
		feat3(15, hc, dp, dir), feat2(16, dc, hc))
	dl, dr := a.dl, a.dr
	f = append(f, feat3(20, v.w(dl), dp, hp), feat3(21, v.p(dl), dp, hp), feat3(22, v.p(dr), dp, hp),
		feat3(23, st.lset[d], dp, hp), feat3(24, st.lset[h]|st.rset[h]<<32, dp, dir),
		feat3(25, v.w(st.l1[h]), dp, dir), feat3(26, v.w(st.l2[h]), dp, dir),
		feat3(27, v.p(st.head[h]), hp, dp), feat3(28, v.l(h), dp, dir))
	prev, next := a.prev, a.next
	f = append(f, feat3(30, v.w(prev), dp, dir), feat3(31, v.w(next), dp, dir), feat2(32, v.p(prev), dp))
	if d > 0 {
		f = append(f, feat2(33, toks[d-1].flags, dp), feat2(34, toks[d-1].shape, dp))
	}
	return f
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// parse fills heads and labels (1-based heads, 0 the root) for tagged
// tokens, with ts scoring the transitions (c is its cache for the
// sentence) and ls the labels.
func (p *parser) parse(ts *transScorer, ls *labelScorer, toks []token, st *state, c *transCache, feats []uint64, heads, labels []int) []uint64 {
	st.reset(len(toks) + 1)
	c.reset(st.n)
	var scores [nActions]float32
	root := p.rootLabel()
	for !st.done() {
		feats = ts.score(toks, st, c, feats, &scores)
		best := -1
		for a := 0; a < nActions; a++ {
			if st.valid(a) && (best < 0 || scores[a] > scores[best]) {
				best = a
			}
		}
		l := -1
		if best == actLeft || best == actRight {
			h, d := st.s0(), st.b
			if best == actLeft {
				h, d = d, h
			}
			l, feats = p.label(ls, toks, st, h, d, root, feats)
		}
		st.apply(best, l)
	}
	feats = p.finishTree(ls, toks, st, feats, root)
	for i := 1; i < st.n; i++ {
		heads[i-1] = st.head[i]
		labels[i-1] = st.label[i]
	}
	return feats
}

// finishTree attaches the words the transitions left without a head and
// labels those arcs.
func (p *parser) finishTree(ls *labelScorer, toks []token, st *state, feats []uint64, rootL int) []uint64 {
	root := st.r1[0]
	for i := 1; i < st.n; i++ {
		if st.head[i] >= 0 {
			continue
		}
		h := root
		if h < 0 {
			h = 0
			root = i
		}
		var l int
		l, feats = p.label(ls, toks, st, h, i, rootL, feats)
		st.addArc(h, i, l)
	}
	return feats
}

func (p *parser) rootLabel() int {
	for i, l := range p.Labels {
		if l == "root" {
			return i
		}
	}
	return 0
}

// label is the label of the arc h → d: root's (label number root) for an
// arc from the root, else the best scoring other label. f is scratch,
// returned for reuse.
func (p *parser) label(ls *labelScorer, toks []token, st *state, h, d, root int, f []uint64) (int, []uint64) {
	if h == 0 {
		return root, f
	}
	if ls != nil {
		// The sums are compared as integers: each is of a few dozen int16
		// weights, far below 2^24, so that as float32 they compare the same.
		var sum [256]int32
		f = ls.score(toks, st, h, d, &sum, f)
		return bestLabel(sum[:len(p.Labels)], p.Labels, root), f
	}
	var scores [256]float32
	f = labelFeatures(toks, st, h, d, f)
	p.Label.score(f, scores[:len(p.Labels)])
	return bestLabel(scores[:len(p.Labels)], p.Labels, root), f
}

// bestLabel is the label of the highest score but root's (number root).
func bestLabel[S int32 | float32](scores []S, labels []string, root int) int {
	best := -1
	for i := range labels {
		if i == root && labels[i] == "root" {
			continue
		}
		if best < 0 || scores[i] > scores[best] {
			best = i
		}
	}
	return best
}
