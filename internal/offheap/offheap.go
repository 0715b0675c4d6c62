// Package offheap allocates the large, pointer-free tables of trained models
// outside the Go heap.
//
// The collector sizes its heap goal as a multiple of the live heap (GOGC):
// with 80 MB of model weights live, every process analysing news would let
// another 80 MB of garbage pile up before collecting. Weights kept in
// anonymous memory mappings are not part of the live heap, so the headroom
// follows what documents allocate, not the models' size. The standard library
// has no arena for this, hence this small package; on systems without mmap it
// falls back to ordinary slices.
//
// Memory from Make must hold no Go pointers. It is returned to the system
// when the owner passed to Make becomes unreachable.
package offheap

import (
	"runtime"
	"unsafe"
)

// Word is an element type that Make can allocate.
type Word interface {
	~int16 | ~uint16 | ~int32 | ~uint32 | ~uint64 | ~float32
}

// Make returns a zeroed slice of n elements outside the Go heap, unmapped
// once owner is unreachable; the slice must not outlive owner. Small
// slices and systems without mmap get an ordinary slice.
func Make[T Word, O any](owner *O, n int) []T {
	var zero T
	size := n * int(unsafe.Sizeof(zero))
	if n <= 0 || size < minSize {
		return make([]T, n)
	}
	b, ok := mapBytes(size)
	if !ok {
		return make([]T, n)
	}
	runtime.AddCleanup(owner, unmapBytes, b)
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n)
}

// Clone copies s into a slice from Make.
func Clone[T Word, O any](owner *O, s []T) []T {
	out := Make[T](owner, len(s))
	copy(out, s)
	return out
}

// minSize is the least size worth a mapping of its own.
const minSize = 1 << 20
