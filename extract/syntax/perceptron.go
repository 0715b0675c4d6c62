package syntax

import (
	"fmt"
	"math"
	"math/bits"

	"github.com/chronicle-news/chronicle/internal/offheap"
)

// A feature is a 64-bit hash of a template number and the values it
// combines (word hashes, tag numbers, distances). Hashing keeps the models
// free of string tables and makes a feature one table look-up.

const hashSeed = 0x9E3779B97F4A7C15

func mix(h, v uint64) uint64 {
	h ^= v
	h *= 0xBF58476D1CE4E5B9
	h = bits.RotateLeft64(h, 31)
	return h * 0x94D049BB133111EB
}

func feat1(t, a uint64) uint64       { return mix(mix(hashSeed, t), a) | 1 }
func feat2(t, a, b uint64) uint64    { return mix(mix(mix(hashSeed, t), a), b) | 1 }
func feat3(t, a, b, c uint64) uint64 { return mix(mix(mix(mix(hashSeed, t), a), b), c) | 1 }

// hashString is FNV-1a, computed once per token.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// table maps feature hashes to row numbers by open addressing; key 0 is
// free (feature hashes have their low bit set).
type table struct {
	keys []uint64
	vals []uint64
	n    int
}

func newTable(n int) *table {
	size := 16
	for size < n*2 {
		size <<= 1
	}
	return &table{keys: make([]uint64, size), vals: make([]uint64, size)}
}

func (t *table) get(k uint64) (uint64, bool) {
	mask := uint64(len(t.keys) - 1)
	for i := (k * 0x9E3779B97F4A7C15 >> 20) & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}

func (t *table) put(k uint64, v uint64) {
	if (t.n+1)*2 > len(t.keys) {
		old := *t
		*t = table{keys: make([]uint64, len(old.keys)*2), vals: make([]uint64, len(old.keys)*2)}
		for i, ok := range old.keys {
			if ok != 0 {
				t.put(ok, old.vals[i])
			}
		}
	}
	mask := uint64(len(t.keys) - 1)
	for i := (k * 0x9E3779B97F4A7C15 >> 20) & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			t.vals[i] = v
			return
		case 0:
			t.keys[i] = k
			t.vals[i] = v
			t.n++
			return
		}
	}
}

// model is a trained multi-class linear model over hashed features, with
// sparse rows: a feature keeps weights only for the classes it was ever
// updated for, which keeps a 50-label model as small as a 4-class one.
//
// Weights are quantised to int16 steps of one scale per model (decisions
// take the best class, which a positive scale does not change). The look-up
// form is one open-addressing array of slots, each packing the upper 32 bits
// of a feature hash, the start of its row in cells and the row's length, and
// the cells themselves, each a class and its weight: a feature costs one
// probe and one short contiguous read, and a model of 1.5M features takes
// about 30 MB.
type model struct {
	Classes int
	slots   []uint64
	cells   []uint32 // class (low 8 bits) and int16 weight (high 16)
	keys    int
	// dense replaces slots and cells for models of at most denseClasses
	// classes (the tagger, the parser's transitions): slot i is
	// dense[i*stride:(i+1)*stride], two int16 holding the fingerprint (0:
	// empty) and then every class's weight, so a feature costs one read.
	dense  []int16
	stride int
	// short holds the low 16 bits of each dense slot's fingerprint (never
	// 0 for a full slot, as fingerprints are odd), 32 slots a cache line:
	// a look-up walks its probe path here, where a path of a feature the
	// model lacks (a third of the parser's, some six slots long) seldom
	// leaves one line, and reads dense only where the short ones agree.
	short []uint16
}

const denseClasses = 20

const (
	slotLenBits   = 8
	slotStartBits = 24
	maxRowCells   = 1<<slotLenBits - 1
	maxCells      = 1<<slotStartBits - 1
)

// newModel makes an empty model sized for n features.
func newModel(classes, n int) *model {
	size := 16
	for size*7 < n*10 {
		size <<= 1
	}
	// The tables live outside the Go heap (see internal/offheap), freed
	// with the model.
	m := &model{Classes: classes}
	if classes <= denseClasses {
		m.dense, m.stride = offheap.Make[int16](m, size*(classes+2)), classes+2
		m.short = offheap.Make[uint16](m, size)
		return m
	}
	m.slots = offheap.Make[uint64](m, size)
	return m
}

func denseFingerprint(key uint64) uint32 { return uint32(key>>32) | 1 }

func denseFP(d []int16) uint32 { return uint32(uint16(d[0])) | uint32(uint16(d[1]))<<16 }

func setDenseFP(d []int16, fp uint32) { d[0], d[1] = int16(uint16(fp)), int16(uint16(fp>>16)) }

func (m *model) size() int {
	if m.dense != nil {
		return len(m.dense) / m.stride
	}
	return len(m.slots)
}

func slotIndex(key uint64, mask uint64) uint64 { return key >> 1 & mask } // bit 0 is always set

func fingerprint(key uint64) uint64 { return key >> 32 }

// add appends a feature's row; keys must be distinct and rows short.
func (m *model) add(key uint64, classes []uint8, weights []int16) error {
	if len(classes) == 0 {
		return nil
	}
	if len(classes) > maxRowCells || len(m.cells)+len(classes) > maxCells || (m.keys+1)*10 > m.size()*7 {
		return fmt.Errorf("syntax: model too large")
	}
	if m.dense != nil {
		mask := uint64(m.size() - 1)
		fp := denseFingerprint(key)
		for i := slotIndex(key, mask); ; i = (i + 1) & mask {
			d := m.dense[int(i)*m.stride:][:m.stride]
			switch denseFP(d) {
			case fp:
				return nil // a shared fingerprint: the first row answers for both
			case 0:
				setDenseFP(d, fp)
				m.short[i] = uint16(fp)
				for j, c := range classes {
					d[2+int(c)] = weights[j]
				}
				m.keys++
				return nil
			}
		}
	}
	start := uint64(len(m.cells))
	for i, c := range classes {
		if int(c) >= m.Classes {
			return fmt.Errorf("syntax: class %d out of range", c)
		}
		m.cells = append(m.cells, uint32(uint16(weights[i]))<<16|uint32(c))
	}
	mask := uint64(len(m.slots) - 1)
	slot := fingerprint(key)<<32 | start<<slotLenBits | uint64(len(classes))
	for i := slotIndex(key, mask); ; i = (i + 1) & mask {
		if m.slots[i] == 0 {
			m.slots[i] = slot
			m.keys++
			return nil
		}
		if m.slots[i]>>32 == fingerprint(key) {
			// Two features share a fingerprint on one probe path: the first
			// answers for both, so the second row is dropped (a few rows in
			// a million).
			m.cells = m.cells[:start]
			return nil
		}
	}
}

// place puts a row read from a file at slot i, where the saved table had
// it (the table has the same size for the same number of rows), with its
// fingerprint and its cells at cells[start:start+n].
func (m *model) place(i, fp uint64, start, n int) error {
	if m.dense != nil {
		if i >= uint64(m.size()) || fp > 0xFFFFFFFF || (m.keys+1)*10 > m.size()*7 {
			return fmt.Errorf("row does not fit the table")
		}
		d := m.dense[int(i)*m.stride:][:m.stride]
		if denseFP(d) != 0 {
			return fmt.Errorf("row does not fit the table")
		}
		setDenseFP(d, uint32(fp)|1)
		m.short[i] = uint16(fp | 1)
		for _, c := range m.cells[start : start+n] {
			d[2+int(c&0xFF)] = int16(c >> 16)
		}
		m.cells = m.cells[:start]
		m.keys++
		return nil
	}
	if i >= uint64(len(m.slots)) || m.slots[i] != 0 || (m.keys+1)*10 > len(m.slots)*7 || start+n > maxCells {
		return fmt.Errorf("row does not fit the table")
	}
	m.slots[i] = fp<<32 | uint64(start)<<slotLenBits | uint64(n)
	m.keys++
	return nil
}

// score adds the weights of feats to scores (len Classes), in units of the
// model's quantisation step. The table is far larger than the caches, so
// look-ups are memory-bound: each batch of features first reads all its home
// slots, then all its rows, letting the processor overlap the misses.
func (m *model) score(feats []uint64, scores []float32) {
	if m.dense != nil {
		m.scoreDense(feats, scores)
		return
	}
	// Weights are summed as integers: every partial sum is far below 2^24,
	// so adding them as float32 one by one gave these same values.
	var sum [256]int32
	m.sumSparse(feats, &sum)
	for c := range scores[:m.Classes] {
		scores[c] += float32(sum[c])
	}
}

func (m *model) scoreDense(feats []uint64, scores []float32) {
	var sum [denseClasses]int32
	m.sumDense(feats, &sum)
	for c := 0; c < m.Classes; c++ {
		scores[c] += float32(sum[c])
	}
}

// sumDense adds the weights of feats in a dense model to sum, as integers,
// so that callers can add weights they looked up before (transScorer) and
// get the same sums.
func (m *model) sumDense(feats []uint64, sum *[denseClasses]int32) {
	stride := m.stride
	mask := uint64(m.size() - 1)
	dense, short := m.dense, m.short
	var home [32]uint32
	for len(feats) > 0 {
		batch := feats[:min(len(feats), len(home))]
		feats = feats[len(batch):]
		// The home slot of every feature is read in both arrays, so that a
		// feature found at home (most found ones) has its row on the way.
		for j, f := range batch {
			i := slotIndex(f, mask)
			home[j] = uint32(short[i]) | uint32(uint16(dense[int(i)*stride]))<<16
		}
		for j, f := range batch {
			if uint16(home[j]) == 0 {
				continue
			}
			fp := denseFingerprint(f)
			for i := slotIndex(f, mask); ; i = (i + 1) & mask {
				s := short[i]
				if s == 0 {
					break
				}
				if s != uint16(fp) {
					continue
				}
				d := dense[int(i)*stride:][:stride]
				if denseFP(d) != fp {
					continue
				}
				if w := d[2:]; len(w) == 4 { // the parser's transitions
					sum[0] += int32(w[0])
					sum[1] += int32(w[1])
					sum[2] += int32(w[2])
					sum[3] += int32(w[3])
				} else {
					s := sum[:len(w)]
					for c := range w {
						s[c] += int32(w[c])
					}
				}
				break
			}
		}
	}
}

// denseRow is the row of weights scoreDense adds for feature f, nil when
// the model has none.
func (m *model) denseRow(f uint64) []int16 {
	mask := uint64(m.size() - 1)
	fp := denseFingerprint(f)
	for i := slotIndex(f, mask); m.short[i] != 0; i = (i + 1) & mask {
		if m.short[i] == uint16(fp) {
			if d := m.dense[int(i)*m.stride:][:m.stride]; denseFP(d) == fp {
				return d[2:]
			}
		}
	}
	return nil
}

// rows calls fn for every feature's row in slot order, with its slot index
// and fingerprint.
func (m *model) rows(fn func(i, fp uint64, cells []uint32)) {
	var row []uint32
	for i := 0; m.dense != nil && i < m.size(); i++ {
		d := m.dense[i*m.stride:][:m.stride]
		fp := denseFP(d)
		if fp == 0 {
			continue
		}
		row = row[:0]
		for c, w := range d[2:] {
			if w != 0 {
				row = append(row, uint32(uint16(w))<<16|uint32(c))
			}
		}
		fn(uint64(i), uint64(fp), row)
	}
	for i, v := range m.slots {
		if v == 0 {
			continue
		}
		a := (v >> slotLenBits) & maxCells
		fn(uint64(i), v>>32, m.cells[a:a+v&maxRowCells])
	}
}

// trainer learns a model by the averaged perceptron.
type trainer struct {
	classes int
	tab     *table
	keys    []uint64
	rows    [][]entry
	now     int64 // number of examples seen, the averaging clock
}

type entry struct {
	class uint16
	w     float32
	total float64 // sum of w over the clock ticks before stamp
	stamp int64
}

func newTrainer(classes int) *trainer {
	return &trainer{classes: classes, tab: newTable(1 << 16)}
}

func (t *trainer) score(feats []uint64, scores []float32) {
	for _, f := range feats {
		r, ok := t.tab.get(f)
		if !ok {
			continue
		}
		for _, e := range t.rows[int(r)] {
			scores[e.class] += e.w
		}
	}
}

// tick advances the averaging clock by one example.
func (t *trainer) tick() { t.now++ }

// update moves the weights of feats by delta for class c.
func (t *trainer) update(feats []uint64, c int, delta float32) {
	for _, f := range feats {
		r, ok := t.tab.get(f)
		if !ok {
			r = uint64(len(t.rows))
			t.tab.put(f, r)
			t.keys = append(t.keys, f)
			t.rows = append(t.rows, nil)
		}
		row := t.rows[r]
		j := -1
		for i := range row {
			if int(row[i].class) == c {
				j = i
				break
			}
		}
		if j < 0 {
			row = append(row, entry{class: uint16(c), stamp: t.now})
			j = len(row) - 1
		}
		e := &row[j]
		e.total += float64(t.now-e.stamp) * float64(e.w)
		e.stamp = t.now
		e.w += delta
		t.rows[r] = row
	}
}

// averaged returns the model with every weight averaged over the clock,
// dropping weights whose average is below minWeight in magnitude, and
// quantised.
func (t *trainer) averaged(minWeight float64) *model {
	now := float64(max(t.now, 1))
	avg := make([][]float32, len(t.rows))
	var top float64
	for r, row := range t.rows {
		for _, e := range row {
			a := (e.total + float64(t.now-e.stamp)*float64(e.w)) / now
			if math.Abs(a) < minWeight {
				a = 0
			}
			top = math.Max(top, math.Abs(a))
			avg[r] = append(avg[r], float32(a))
		}
	}
	scale := top / 32767
	if scale == 0 {
		scale = 1
	}
	// The table is sized for the rows that keep a weight, as loading sizes
	// it: a row whose every weight was dropped takes no slot.
	type qrow struct {
		cls []uint8
		q   []int16
	}
	rows := make([]qrow, len(t.rows))
	kept := 0
	for r, row := range t.rows {
		for i, e := range row {
			if w := int16(math.Round(float64(avg[r][i]) / scale)); w != 0 {
				rows[r].cls = append(rows[r].cls, uint8(e.class))
				rows[r].q = append(rows[r].q, w)
			}
		}
		if len(rows[r].cls) > 0 {
			kept++
		}
	}
	m := newModel(t.classes, kept)
	for r, row := range rows {
		if err := m.add(t.keys[r], row.cls, row.q); err != nil {
			panic(err) // sizes are checked by newModel; a duplicate key is a bug
		}
	}
	return m
}
