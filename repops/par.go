package repops

import (
	"runtime"
	"sync"
)

// parFor runs body over [0, n) in contiguous chunks on up to GOMAXPROCS goroutines.
// Chunks are independent outputs, so the number of goroutines never changes a bit.
// Work below minChunk elements per goroutine runs on the caller.
func parFor(n, minChunk int, body func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if w := n / minChunk; w < workers {
		workers = w
	}
	if workers <= 1 {
		body(0, n)
		return
	}
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			body(lo, hi)
		}()
	}
	wg.Wait()
}
