// Package par runs loops over independent outputs on all cores. The ranges it hands out
// are disjoint, so the number of goroutines can never change a result: that is what lets
// kernels and hashing be parallel and still bit-reproducible.
package par

import (
	"runtime"
	"sync"
)

// For runs body over [0, n) in contiguous chunks, one per goroutine, on up to GOMAXPROCS
// goroutines. Work below grain elements per goroutine runs on the caller.
func For(n, grain int, body func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if grain < 1 {
		grain = 1
	}
	if w := n / grain; w < workers {
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
		wg.Go(func() { body(lo, hi) })
	}
	wg.Wait()
}
