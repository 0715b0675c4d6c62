package entity

import (
	"math"
	"math/bits"
)

// featTable is an open-addressing hash table from feature hash to a row of
// weights quantised to int16. A slot holds a 32-bit fingerprint and the row
// number in 8 bytes, so a lookup usually costs one cache line, and rows are
// stored densely. A fingerprint clash between an unseen and a stored feature
// (about one lookup in 2^32) only adds a stray weight row.
type featTable struct {
	slots []slot
	keys  []uint64 // the full keys, by row, for saving
	rows  []int16
	scale float32
	width int
	shift uint
}

type slot struct {
	fp uint32 // 0 marks an empty slot
	id int32
}

func fingerprint(h uint64) uint32 {
	fp := uint32(h >> 32)
	if fp == 0 {
		return 1
	}
	return fp
}

// newFeatTable holds keys[i] → rows[i*width:(i+1)*width], at most 2/3 full,
// quantising the weights with one scale.
func newFeatTable(keys []uint64, rows []float32, width int) *featTable {
	var maxAbs float64
	for _, x := range rows[:len(keys)*width] {
		maxAbs = max(maxAbs, math.Abs(float64(x)))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := float32(maxAbs / 32767)
	q := make([]int16, len(keys)*width)
	for i, x := range rows[:len(q)] {
		q[i] = int16(math.Round(float64(x / scale)))
	}
	return newQuantTable(keys, q, scale, width)
}

func newQuantTable(keys []uint64, rows []int16, scale float32, width int) *featTable {
	size := 1 << bits.Len(uint(len(keys)+len(keys)/2+1))
	t := &featTable{slots: make([]slot, size), keys: keys, rows: rows, scale: scale, width: width, shift: uint(64 - bits.Len(uint(size-1)))}
	for i, k := range keys {
		s := t.home(k)
		for t.slots[s].fp != 0 {
			s = (s + 1) & (size - 1)
		}
		t.slots[s] = slot{fingerprint(k), int32(i)}
	}
	return t
}

func (t *featTable) home(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> t.shift) }

// findAll writes the row of each of hs, or -1, into ids (len(hs)). The
// table is far larger than the caches, so a look-up waits on memory: it
// reads every home slot of the batch before probing any, so that the
// processor overlaps the misses instead of taking them one after another.
func (t *featTable) findAll(hs []uint64, ids []int32) {
	var home [32]slot
	mask := len(t.slots) - 1
	for len(hs) > 0 {
		batch := hs[:min(len(hs), len(home))]
		for j, h := range batch {
			home[j] = t.slots[t.home(h)]
		}
		for j, h := range batch {
			fp := fingerprint(h)
			switch home[j].fp {
			case fp:
				ids[j] = home[j].id
			case 0:
				ids[j] = -1
			default:
				s := t.home(h)
				for {
					s = (s + 1) & mask
					if f := t.slots[s].fp; f == fp {
						ids[j] = t.slots[s].id
						break
					} else if f == 0 {
						ids[j] = -1
						break
					}
				}
			}
		}
		hs, ids = hs[len(batch):], ids[len(batch):]
	}
}

// len is the number of stored keys.
func (t *featTable) len() int { return len(t.keys) }
