//go:build unix

package offheap

import "syscall"

func mapBytes(size int) ([]byte, bool) {
	b, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil, false
	}
	adviseHuge(b)
	return b, true
}

func unmapBytes(b []byte) { syscall.Munmap(b) }
