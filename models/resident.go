package models

import (
	"io"
	"os"
	"unsafe"
)

// The models are embedded in the binary and read once, when a pipeline is
// built; their decoded tables then live elsewhere. The pages of compressed
// bytes a reader has gone through would otherwise stay resident (about 30 MB,
// counted in the process's RSS for as long as it runs), so the reader hands
// them back to the system as it goes: on Linux with MADV_PAGEOUT, which
// drops clean file-backed pages and never discards data, so a later reader
// simply pages them in again.

// releaseEvery is how many bytes a reader consumes between two releases.
const releaseEvery = 1 << 20

// embedded reads an embedded model, releasing the pages behind it.
type embedded struct {
	data     []byte
	off      int
	released int // the pages before data[released] have been handed back
}

func open(data []byte) io.Reader { return &embedded{data: data} }

func (r *embedded) Read(p []byte) (int, error) {
	if r.off >= len(r.data) {
		r.release(len(r.data))
		return 0, io.EOF
	}
	n := copy(p, r.data[r.off:])
	r.off += n
	if r.off-r.released >= releaseEvery {
		r.release(r.off)
	}
	return n, nil
}

// release hands back the whole pages within data[r.released:upto].
func (r *embedded) release(upto int) {
	page := uintptr(os.Getpagesize())
	base := uintptr(unsafe.Pointer(unsafe.SliceData(r.data)))
	start := int((base+uintptr(r.released)+page-1)&^(page-1) - base)
	end := int((base+uintptr(upto))&^(page-1) - base)
	if end <= start {
		return
	}
	pageOut(r.data[start:end])
	r.released = end
}
