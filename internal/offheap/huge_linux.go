package offheap

import "syscall"

// adviseHuge asks the kernel to back b with huge pages where it can: model
// look-ups are random reads across tens of megabytes, and with 4 KiB pages
// nearly every one also misses the TLB.
func adviseHuge(b []byte) { syscall.Madvise(b, syscall.MADV_HUGEPAGE) }
