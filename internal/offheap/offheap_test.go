package offheap

import (
	"runtime"
	"testing"
)

type owner struct{ w []uint64 }

func TestMakeIsZeroedWritableAndOutsideTheHeap(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	o := &owner{}
	o.w = Make[uint64](o, 4<<20) // 32 MB
	for i := range o.w {
		if o.w[i] != 0 {
			t.Fatalf("element %d not zero", i)
		}
		o.w[i] = uint64(i)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > 8<<20 {
		t.Errorf("heap grew by %d bytes for an off-heap table", grew)
	}
	if o.w[12345] != 12345 {
		t.Error("lost a write")
	}
	c := Clone(o, []int16{1, 2, 3})
	if len(c) != 3 || c[2] != 3 {
		t.Errorf("clone: %v", c)
	}
	runtime.KeepAlive(o)
}

func TestSmallSlicesStayOnTheHeap(t *testing.T) {
	o := &owner{}
	if s := Make[uint32](o, 10); len(s) != 10 {
		t.Fatalf("len %d", len(s))
	}
	if s := Make[uint32](o, 0); len(s) != 0 {
		t.Fatalf("len %d", len(s))
	}
}
