//go:build unix

package entity_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used, so a benchmark on a busy
// machine can report throughput per CPU-second as well as per wall second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
