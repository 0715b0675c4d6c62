package syntax

import (
	"math"
	"math/bits"
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
type model struct {
	Classes int
	Keys    []uint64
	Start   []int32 // row r holds Class/Weight[Start[r]:Start[r+1]]
	Class   []uint16
	Weight  []float32
	Quant   []int16 // Weight quantised, in the saved file
	Scale   float32

	// The look-up form: the table maps a key to its row's start in cells
	// (high bits) and length (low 8 bits), so that a feature costs one
	// probe and one contiguous read.
	tab   *table
	cells []cell
}

type cell struct {
	w float32
	c uint16
}

func (m *model) index() {
	m.tab = newTable(len(m.Keys))
	m.cells = make([]cell, len(m.Class))
	for i := range m.Class {
		m.cells[i] = cell{w: m.Weight[i], c: m.Class[i]}
	}
	for r, k := range m.Keys {
		a, b := m.Start[r], m.Start[r+1]
		m.tab.put(k, uint64(a)<<8|uint64(b-a))
	}
}

// score adds the weights of feats to scores (len Classes).
func (m *model) score(feats []uint64, scores []float32) {
	for _, f := range feats {
		v, ok := m.tab.get(f)
		if !ok {
			continue
		}
		a := v >> 8
		for _, c := range m.cells[a : a+v&0xFF] {
			scores[c.c] += c.w
		}
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
// dropping weights whose average is below minWeight in magnitude.
func (t *trainer) averaged(minWeight float64) *model {
	m := &model{Classes: t.classes}
	now := float64(t.now)
	if now == 0 {
		now = 1
	}
	for r, row := range t.rows {
		start := int32(len(m.Class))
		for _, e := range row {
			avg := (e.total + float64(t.now-e.stamp)*float64(e.w)) / now
			if math.Abs(avg) < minWeight {
				continue
			}
			m.Class = append(m.Class, e.class)
			m.Weight = append(m.Weight, float32(avg))
		}
		if int32(len(m.Class)) == start {
			continue
		}
		m.Keys = append(m.Keys, t.keys[r])
		m.Start = append(m.Start, start)
	}
	m.Start = append(m.Start, int32(len(m.Class)))
	m.index()
	return m
}
