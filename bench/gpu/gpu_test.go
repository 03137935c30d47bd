package gpu

import (
	"strings"
	"testing"

	"github.com/veritrain/veritrain/cuda"
)

func TestCases(t *testing.T) {
	for _, quick := range []bool{true, false} {
		seen := map[string]bool{}
		for _, c := range Cases(quick) {
			if seen[c.Name] || strings.ContainsAny(c.Name, " \t") {
				t.Errorf("case name %q repeated or with blanks", c.Name)
			}
			seen[c.Name] = true
			if c.Ops() <= 0 || c.Bytes() <= 0 || c.Bound(67, 3.35) <= 0 {
				t.Errorf("%s: ops %g bytes %g", c.Name, c.Ops(), c.Bytes())
			}
			if !(&cuda.Device{}).Supports(c.Kernel) {
				t.Errorf("%s: no CUDA kernel", c.Name)
			}
		}
	}
	mm := Case{Kernel: Cases(false)[0].Kernel}
	// 1024³: 2^30 fused multiply-adds (2^31 FLOP) at 67 TFLOP/s ≈ 32 µs.
	if got := mm.Bound(67, 3.35); got < 0.031 || got > 0.033 {
		t.Errorf("1024³ matmul bound %.4f ms", got)
	}
}
