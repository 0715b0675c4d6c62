//go:build !unix

package offheap

func mapBytes(size int) ([]byte, bool) { return nil, false }

func unmapBytes([]byte) {}
