package framing

import (
	"hash/fnv"
	"testing"
)

func TestHasherIsFNV1a(t *testing.T) {
	h := hasher{1<<32 - 1}
	for _, parts := range [][]string{{"b"}, {"w", "disgraceful"}, {"w-1w", "so-called", "experts"}, {"", ""}, {"uhw", "ADJ", "régime"}} {
		f := fnv.New32a()
		for i, p := range parts {
			if i > 0 {
				f.Write([]byte{0})
			}
			f.Write([]byte(p))
		}
		if got, want := h.idx(parts...), f.Sum32(); got != want {
			t.Errorf("idx(%q) = %d, want FNV-1a %d, the hash models were trained with", parts, got, want)
		}
	}
}
