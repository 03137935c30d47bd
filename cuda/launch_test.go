package cuda

import (
	"errors"
	"testing"

	"github.com/veritrain/veritrain/repops"
)

// otherKernel is a kernel the GPU does not implement.
type otherKernel struct{ repops.ReLU }

func (otherKernel) ID() repops.KernelID { return 200 }

func TestPlanErrors(t *testing.T) {
	for _, tc := range []struct {
		k    repops.Kernel
		want error
	}{
		{otherKernel{repops.ReLU{N: 4}}, ErrUnsupported},
		{repops.MatMulK{M: 2, K: 2, N: 2, L: 3}, ErrUnsupported},
		{repops.ReLU{N: 1 << 31}, ErrTooLarge},
		{repops.MatMulK{M: 1 << 16, K: 1 << 16, N: 1, L: repops.NN}, ErrTooLarge},
		{repops.MatMulK{M: 64 * 70000, K: 1, N: 1, L: repops.NN}, ErrTooLarge},             // grid y > 65535
		{repops.LRSchedule{Warmup: 1, Total: 1 << 31, LRMax: 1, LRMin: 0}, ErrTooLarge},    // the kernel's int
		{repops.AttnScores{Attn: repops.Attn{B: 1, T: 1 << 16, H: 1, Dh: 1}}, ErrTooLarge}, // 2^32 scores
	} {
		if _, err := planFor(tc.k); !errors.Is(err, tc.want) {
			t.Errorf("%v: %v, want %v", tc.k, err, tc.want)
		}
	}
}

// TestPlanGrids: the grid-stride kernels get at least one thread per output up to the
// grid cap, and the matrix product one block per 64×64 tile.
func TestPlanGrids(t *testing.T) {
	for _, n := range []int{1, 255, 256, 257, 1 << 20, 1 << 26} {
		p, err := planFor(repops.ReLU{N: n})
		if err != nil {
			t.Fatal(err)
		}
		threads := int(p.grid[0]) * int(p.block[0])
		if threads < min(n, maxGridSize*blockSize) || p.grid[0] > maxGridSize {
			t.Errorf("relu(%d): grid %v block %v", n, p.grid, p.block)
		}
	}
	for _, tc := range []struct {
		m, n         int
		fn           string
		grid, blocks [3]uint32
	}{
		{65, 129, "ro_matmul_s", [3]uint32{9, 5, 1}, [3]uint32{mmSmallTile * mmSmallTile, 1, 1}},
		{1024, 1024, "ro_matmul", [3]uint32{16, 16, 1}, [3]uint32{mmThreads, 1, 1}},
		{500, 1030, "ro_matmul_s", [3]uint32{65, 32, 1}, [3]uint32{mmSmallTile * mmSmallTile, 1, 1}},
	} {
		p, err := planFor(repops.MatMulK{M: tc.m, K: 3, N: tc.n, L: repops.TN})
		if err != nil {
			t.Fatal(err)
		}
		if p.fn != tc.fn || p.grid != tc.grid || p.block != tc.blocks {
			t.Errorf("matmul %d×%d: %s grid %v block %v, want %s %v %v", tc.m, tc.n, p.fn, p.grid, p.block, tc.fn, tc.grid, tc.blocks)
		}
	}
}
