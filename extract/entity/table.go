package entity

import "math/bits"

// featTable is an open-addressing hash table from feature hash to a row of
// weights. Rows are stored densely, in insertion order, to keep the weights
// that tagging touches close together in memory.
type featTable struct {
	keys  []uint64 // 0 marks an empty slot
	ids   []int32  // row of the key in the same slot
	rows  []float32
	width int
	shift uint
}

func tableKey(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// newFeatTable holds keys[i] → rows[i*width:(i+1)*width], at most half full.
func newFeatTable(keys []uint64, rows []float32, width int) *featTable {
	size := 1 << bits.Len(uint(2*len(keys)+1))
	t := &featTable{keys: make([]uint64, size), ids: make([]int32, size), rows: rows[:len(keys)*width], width: width, shift: uint(64 - bits.Len(uint(size-1)))}
	for i, k := range keys {
		k = tableKey(k)
		s := t.home(k)
		for t.keys[s] != 0 {
			s = (s + 1) & (len(t.keys) - 1)
		}
		t.keys[s] = k
		t.ids[s] = int32(i)
	}
	return t
}

func (t *featTable) home(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> t.shift) }

// find returns the row of h, or -1.
func (t *featTable) find(h uint64) int32 {
	k := tableKey(h)
	s := t.home(k)
	mask := len(t.keys) - 1
	for {
		switch t.keys[s] {
		case k:
			return t.ids[s]
		case 0:
			return -1
		}
		s = (s + 1) & mask
	}
}

// each calls fn for every stored key and row.
func (t *featTable) each(fn func(k uint64, row []float32)) {
	for s, k := range t.keys {
		if k != 0 {
			id := int(t.ids[s])
			fn(k, t.rows[id*t.width:(id+1)*t.width])
		}
	}
}

// len is the number of stored keys.
func (t *featTable) len() int { return len(t.rows) / t.width }
