package par

import (
	"runtime"
	"sync/atomic"
	"testing"
)

func TestForCoversEachIndexOnce(t *testing.T) {
	for _, procs := range []int{1, 2, 5} {
		prev := runtime.GOMAXPROCS(procs)
		for _, c := range []struct{ n, grain int }{{0, 1}, {1, 1}, {10, 3}, {1000, 7}, {1 << 16, 1 << 10}, {100, 0}} {
			hits := make([]int32, c.n)
			For(c.n, c.grain, func(lo, hi int) {
				for i := lo; i < hi; i++ {
					atomic.AddInt32(&hits[i], 1)
				}
			})
			for i, h := range hits {
				if h != 1 {
					t.Fatalf("procs %d n %d grain %d: index %d visited %d times", procs, c.n, c.grain, i, h)
				}
			}
		}
		runtime.GOMAXPROCS(prev)
	}
}
