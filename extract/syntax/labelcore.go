package syntax

import "github.com/chronicle-news/chronicle/internal/offheap"

// Labelling an arc sums some 280 weights of 30 features of the label
// model. A third of them belong to features of tags, distances, flags and
// the head's label only, which take few values: labelScorer finds those
// rows in small tables made when the parser is made, without hashing or
// probing, and keeps the four features of the two tags and the direction
// (the longest rows) as one dense sum. The sums are those of Label.score
// over labelFeatures (integer weights, in any order); labelFeatures stays
// the definition, used in training, and TestTransAndLabelScorersMatchFeatures
// checks that both agree.

type labelScorer struct {
	m      *model
	labels int
	// dense sums, labels a row, of templates 1, 3, 6 and 8 by dp, hp and
	// dir (1 or 2)
	tags []int32
	// slot values (as model.slots, 0 for none) of the templates given, by
	// the index their comment gives (the first value most significant)
	dist  []uint64 // 12: dist, dp, hp
	left  []uint64 // 21: p(dl), dp, hp
	right []uint64 // 22: p(dr), dp, hp
	above []uint64 // 27: p(head of h), hp, dp
	hlab  []uint64 // 28: l(h), dp, dir
	prev  []uint64 // 32: p(prev), dp
	flags []uint64 // 33: flags, dp
}

// nDir is the number of arc directions (labelFeatures' dir, 1 or 2, less 1).
const nDir = 2

// newLabelScorer tabulates m, a sparse label model over labels; a model
// of so few labels that it is dense (none of the treebanks') gets none, and
// its arcs are labelled from labelFeatures.
func newLabelScorer(m *model, labels int) *labelScorer {
	if m.dense != nil {
		return nil
	}
	ls := &labelScorer{m: m, labels: labels}
	ls.tags = offheap.Make[int32](ls, nP*nP*nDir*labels)
	var sum [256]int32
	for dp := uint64(0); dp < nP; dp++ {
		for hp := uint64(0); hp < nP; hp++ {
			for dir := uint64(1); dir <= nDir; dir++ {
				clear(sum[:])
				m.sumSparse([]uint64{feat1(1, 0), feat1(3, dp), feat1(6, hp), feat3(8, dp, hp, dir)}, &sum)
				copy(ls.tags[((dp*nP+hp)*nDir+dir-1)*uint64(labels):], sum[:labels])
			}
		}
	}
	ls.dist = ls.slots([]int{nDist - 1, nP, nP}, func(x []uint64) uint64 { return feat3(12, x[0], x[1], x[2]) })
	ls.left = ls.slots([]int{nP, nP, nP}, func(x []uint64) uint64 { return feat3(21, x[0], x[1], x[2]) })
	ls.right = ls.slots([]int{nP, nP, nP}, func(x []uint64) uint64 { return feat3(22, x[0], x[1], x[2]) })
	ls.above = ls.slots([]int{nP, nP, nP}, func(x []uint64) uint64 { return feat3(27, x[0], x[1], x[2]) })
	ls.hlab = ls.slots([]int{labels + 1, nP, nDir + 1}, func(x []uint64) uint64 { return feat3(28, x[0], x[1], x[2]) })
	ls.prev = ls.slots([]int{nP, nP}, func(x []uint64) uint64 { return feat2(32, x[0], x[1]) })
	ls.flags = ls.slots([]int{32, nP}, func(x []uint64) uint64 { return feat2(33, x[0], x[1]) })
	return ls
}

// slots tabulates the slot value of feat for every index of values below
// dims.
func (ls *labelScorer) slots(dims []int, feat func(x []uint64) uint64) []uint64 {
	size := 1
	for _, d := range dims {
		size *= d
	}
	out := offheap.Make[uint64](ls, size)
	x := make([]uint64, len(dims))
	for i := range out {
		for k, rest := len(dims)-1, i; k >= 0; k-- {
			x[k] = uint64(rest % dims[k])
			rest /= dims[k]
		}
		out[i] = ls.m.slot(feat(x))
	}
	return out
}

// score sets sum[:labels] to the label scores of the arc h → d, as
// Label.score over labelFeatures; f is scratch, returned for reuse.
func (ls *labelScorer) score(toks []token, st *state, h, d int, sum *[256]int32, f []uint64) []uint64 {
	v := view{toks, st}
	a := arcOf(v, h, d)
	dir, dist, dw, dp, hw, hp, dc, hc, dsuf := a.dir, a.dist, a.dw, a.dp, a.hw, a.hp, a.dc, a.hc, a.dsuf
	dl, dr, prev, next := a.dl, a.dr, a.prev, a.next
	copy(sum[:ls.labels], ls.tags[((dp*nP+hp)*nDir+dir-1)*uint64(ls.labels):][:ls.labels])
	var rows [8]uint64
	rows[0] = ls.dist[(dist*nP+dp)*nP+hp]
	rows[1] = ls.left[(v.p(dl)*nP+dp)*nP+hp]
	rows[2] = ls.right[(v.p(dr)*nP+dp)*nP+hp]
	rows[3] = ls.above[(v.p(st.head[h])*nP+hp)*nP+dp]
	rows[4] = ls.hlab[(v.l(h)*nP+dp)*(nDir+1)+dir]
	rows[5] = ls.prev[v.p(prev)*nP+dp]
	n := 6
	f = append(f[:0], feat1(2, dw), feat2(4, dw, dp), feat1(5, hw), feat2(7, hw, hp),
		feat3(9, dw, hp, dir), feat3(10, dp, hw, dir), feat3(11, dw, hw, dir),
		feat3(13, dsuf, hp, dir), feat3(14, dc, hp, dir), feat3(15, hc, dp, dir), feat2(16, dc, hc),
		feat3(20, v.w(dl), dp, hp), feat3(23, st.lset[d], dp, hp), feat3(24, st.lset[h]|st.rset[h]<<32, dp, dir),
		feat3(25, v.w(st.l1[h]), dp, dir), feat3(26, v.w(st.l2[h]), dp, dir),
		feat3(30, v.w(prev), dp, dir), feat3(31, v.w(next), dp, dir))
	if d > 0 {
		rows[n] = ls.flags[toks[d-1].flags*nP+dp]
		n++
		f = append(f, feat2(34, toks[d-1].shape, dp))
	}
	ls.m.addRows(rows[:n], sum)
	ls.m.sumSparse(f, sum)
	return f
}

// slot is the slot value that score finds for feature f in a sparse
// model, 0 for none.
func (m *model) slot(f uint64) uint64 {
	mask := uint64(len(m.slots) - 1)
	fp := fingerprint(f)
	for i := slotIndex(f, mask); ; i = (i + 1) & mask {
		if v := m.slots[i]; v == 0 || v>>32 == fp {
			return v
		}
	}
}

// sumSparse adds the weights of feats in a sparse model to sum, as score
// does; the homes of a batch of features are read first, then the first
// cell of each row, so that the processor overlaps the misses.
func (m *model) sumSparse(feats []uint64, sum *[256]int32) {
	mask := uint64(len(m.slots) - 1)
	slots := m.slots
	var home, rows [32]uint64
	for len(feats) > 0 {
		batch := feats[:min(len(feats), len(home))]
		feats = feats[len(batch):]
		for j, f := range batch {
			home[j] = slots[slotIndex(f, mask)]
		}
		n := 0
		for j, f := range batch {
			fp := fingerprint(f)
			v := home[j]
			for i := slotIndex(f, mask); v != 0 && v>>32 != fp; {
				i = (i + 1) & mask
				v = slots[i]
			}
			if v != 0 {
				rows[n] = v
				n++
			}
		}
		m.addRows(rows[:n], sum)
	}
}

// addRows adds the cells of the rows of slot values rows (0: none) to sum.
func (m *model) addRows(rows []uint64, sum *[256]int32) {
	cells := m.cells
	var first [32]uint32
	for j, v := range rows {
		if v != 0 {
			first[j] = cells[(v>>slotLenBits)&maxCells]
		}
	}
	for j, v := range rows {
		if v == 0 {
			continue
		}
		c := first[j]
		sum[uint8(c)] += int32(int16(c >> 16))
		a := (v >> slotLenBits) & maxCells
		for _, c := range cells[a+1 : a+v&maxRowCells] {
			sum[uint8(c)] += int32(int16(c >> 16))
		}
	}
}
