package models

import "golang.org/x/sys/unix"

// pageOut asks the kernel to reclaim b's pages. Kernels before 5.4 do not
// know MADV_PAGEOUT and refuse it; the pages then simply stay resident.
func pageOut(b []byte) { _ = unix.Madvise(b, unix.MADV_PAGEOUT) }
