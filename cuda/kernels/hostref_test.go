//go:build cgo

package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/veritrain/veritrain/cuda/internal/kerneltest"
	"github.com/veritrain/veritrain/internal/fmacases"
	"github.com/veritrain/veritrain/repops"
)

// TestOpsMatchEval holds every scalar operation of the header to repops.Eval on the
// specials crossed with each other and on random bit patterns.
func TestOpsMatchEval(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 1 << 18
	if testing.Short() {
		n = 1 << 14
	}
	vals := make([]float32, 0, n)
	for _, g := range kerneltest.Regimes {
		for range n / 3 {
			vals = append(vals, kerneltest.Value(r, g))
		}
	}
	for op := repops.Op(1); op < repops.NumOps; op++ {
		t.Run(op.String(), func(t *testing.T) {
			bad := 0
			check := func(a, b float32) {
				if op == repops.OpSqrt || op == repops.OpPow2 || op == repops.OpExpo || op == repops.OpMant {
					b = 0
				}
				got, want := Op(op, a, b), repops.Eval(op, a, b)
				if math.Float32bits(got) != math.Float32bits(want) && bad < 5 {
					bad++
					t.Errorf("%v(%08x, %08x) = %08x, want %08x", op, math.Float32bits(a), math.Float32bits(b),
						math.Float32bits(got), math.Float32bits(want))
				}
			}
			for i := range vals {
				check(vals[i], vals[(i*7919+13)%len(vals)])
			}
			for _, a := range []uint32{0, 0x80000000, 1, 0x807fffff, 0x7f800000, 0xff800000, 0x7fc00001, 0xffffffff, 0x3f800000, 0x7f7fffff} {
				for _, b := range []uint32{0, 0x80000000, 1, 0x807fffff, 0x7f800000, 0xff800000, 0x7fc00001, 0xffffffff, 0x3f800000, 0x7f7fffff} {
					check(math.Float32frombits(a), math.Float32frombits(b))
				}
			}
		})
	}
}

// TestFMAMatchesFMA32 holds the header's fma (C's fmaf on the host, fma.rn.f32 on the
// GPU) to repops.FMA32 on the hard cases (ties, double rounding, cancellation,
// subnormal results, overflow, specials) and the random hard families.
func TestFMAMatchesFMA32(t *testing.T) {
	if !Available {
		t.Skip("no cgo")
	}
	check := func(a, b, c uint32) {
		t.Helper()
		x, y, z := math.Float32frombits(a), math.Float32frombits(b), math.Float32frombits(c)
		if got, want := FMA(x, y, z), repops.FMA32(x, y, z); math.Float32bits(got) != math.Float32bits(want) {
			t.Fatalf("fma(%08x, %08x, %08x) = %08x, want %08x", a, b, c, math.Float32bits(got), math.Float32bits(want))
		}
	}
	for _, cs := range fmacases.Cases {
		check(cs.A, cs.B, cs.C)
	}
	r := rand.New(rand.NewPCG(15, 3))
	for i := range 200000 {
		check(fmacases.Gen(r, i))
	}
}

// TestExpLogMatch holds the header's exp and log to repops.Exp and repops.Log over
// their whole useful range and on random bits.
func TestExpLogMatch(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 1 << 17 {
		var x float32
		switch i % 3 {
		case 0:
			x = float32(r.Float64()*200 - 100)
		case 1:
			x = float32(math.Exp(r.Float64()*180 - 90)) // log's inputs, subnormal to huge
		default:
			x = math.Float32frombits(r.Uint32())
		}
		if got, want := Op(OpExp, x, 0), repops.Exp(x); math.Float32bits(got) != math.Float32bits(want) {
			t.Fatalf("exp(%08x) = %08x, want %08x", math.Float32bits(x), math.Float32bits(got), math.Float32bits(want))
		}
		if got, want := Op(OpLog, x, 0), repops.Log(x); math.Float32bits(got) != math.Float32bits(want) {
			t.Fatalf("log(%08x) = %08x, want %08x", math.Float32bits(x), math.Float32bits(got), math.Float32bits(want))
		}
	}
}

// TestKernelsMatchRepops runs every CUDA kernel's C code (the matrix product as its
// tiled GPU code, thread by thread) on every shape and input regime and compares each
// output bit for bit with the repops kernel.
func TestKernelsMatchRepops(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, k := range kerneltest.Kernels(testing.Short()) {
		for _, g := range kerneltest.Regimes {
			t.Run(fmt.Sprintf("%v/%v", k, g), func(t *testing.T) {
				in := kerneltest.Inputs(r, k, g)
				want := make([]float32, k.OutLen())
				k.Run(want, in)
				got := make([]float32, k.OutLen())
				for i := range got {
					got[i] = math.Float32frombits(0xdeadbeef) // every output must be written
				}
				if err := Run(k, got, in); err != nil {
					t.Fatal(err)
				}
				if err := kerneltest.Compare(got, want); err != nil {
					t.Fatal(err)
				}
				if mm, ok := k.(repops.MatMulK); ok {
					for i := range got {
						got[i] = math.Float32frombits(0xdeadbeef)
					}
					if err := RunMatMulSmall(mm, got, in); err != nil {
						t.Fatal(err)
					}
					if err := kerneltest.Compare(got, want); err != nil {
						t.Fatalf("small-output variant: %v", err)
					}
				}
			})
		}
	}
}

// TestDetectsOrderChange is the check on the check: a product summed in another order
// (here k reversed, as a careless GPU reduction might) must differ from the definition,
// so agreement above is evidence, not luck.
func TestDetectsOrderChange(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	k := repops.MatMulK{M: 8, K: 300, N: 8, L: repops.NN}
	in := kerneltest.Inputs(r, k, kerneltest.Normal)
	want := make([]float32, k.OutLen())
	if err := Run(k, want, in); err != nil {
		t.Fatal(err)
	}
	diff := 0
	for e := range want {
		i, j := e/k.N, e%k.N
		var acc float32
		for p := k.K - 1; p >= 0; p-- {
			acc = Op(repops.OpAdd, acc, Op(repops.OpMul, in[0][i*k.K+p], in[1][p*k.N+j]))
		}
		if math.Float32bits(acc) != math.Float32bits(want[e]) {
			diff++
		}
	}
	if diff == 0 {
		t.Fatal("a reversed summation order gave the same bits on every output: the comparison cannot see order")
	}
}

// TestTransformerKernelsOnEachSpecial holds the transformer's kernels (ids 19-40) to
// repops with every special value (±0, subnormals, ±Inf, NaNs of any payload and sign,
// the largest finite values, exp's clamps) placed in turn in every input slot: in every
// element of the scalar slots (the running totals, powers and schedule), in every third
// element of the others, the rest of training's magnitudes.
func TestTransformerKernelsOnEachSpecial(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for _, k := range kerneltest.Kernels(true) {
		if k.ID() < repops.KAdd {
			continue
		}
		for slot, n := range k.InLens() {
			for _, b := range kerneltest.SpecialBits() {
				in := kerneltest.Inputs(r, k, kerneltest.Normal)
				for i := 0; i < n; i++ {
					if n <= 2 || i%3 == 0 {
						in[slot][i] = math.Float32frombits(b)
					}
				}
				want := make([]float32, k.OutLen())
				k.Run(want, in)
				got := make([]float32, k.OutLen())
				for i := range got {
					got[i] = math.Float32frombits(0xdeadbeef)
				}
				if err := Run(k, got, in); err != nil {
					t.Fatal(err)
				}
				if err := kerneltest.Compare(got, want); err != nil {
					t.Errorf("%v, %08x in slot %d: %v", k, b, slot, err)
				}
			}
		}
	}
}

// TestLRScheduleEveryStep holds the schedule's C code to repops at every step of
// several schedules (warm-up, the cosine's whole range, past the end, before the start,
// between integers), so that each of its constants is exercised.
func TestLRScheduleEveryStep(t *testing.T) {
	for _, k := range []repops.LRSchedule{
		{Warmup: 10, Total: 100, LRMax: 1e-3, LRMin: 1e-4}, {Warmup: 0, Total: 5, LRMax: 3e-4, LRMin: 3e-4},
		{Warmup: 100, Total: 5000, LRMax: 6e-4, LRMin: 6e-5}, {Warmup: 1, Total: 2, LRMax: 1, LRMin: 0},
		{Warmup: 0, Total: 977, LRMax: 3, LRMin: -1}, {Warmup: 7, Total: 7, LRMax: 1e-2, LRMin: 1e-3},
	} {
		bad := 0
		for i := -6; i <= 2*k.Total+6 && bad < 5; i++ {
			in := [][]float32{{float32(i) / 2, 0.5}}
			want, got := make([]float32, 2), make([]float32, 2)
			k.Run(want, in)
			if err := Run(k, got, in); err != nil {
				t.Fatal(err)
			}
			if err := kerneltest.Compare(got, want); err != nil {
				bad++
				t.Errorf("%v at t = %g: %v", k, in[0][0], err)
			}
		}
	}
}

// TestHeaderConstants: the constants repops.h copies as bit patterns are repops'
// (transformer.go's GELU constants, optim.go's clipping epsilon and the schedule's
// sin(πy)/y coefficients, repops.SinPiCoef). Some are too small
// in their kernels' outputs for the comparisons above to see a wrong last bit.
func TestHeaderConstants(t *testing.T) {
	want := map[string]float32{
		"geluK0": float32(0.7978845608028654), "geluK1": float32(0.044715), "geluK3": float32(3 * 0.044715),
		"clipEps": float32(1e-6),
	}
	for i, c := range repops.SinPiCoef {
		want[fmt.Sprintf("sinPi%d", i)] = c
	}
	got := headerConstants()
	if len(got) != len(want) {
		t.Fatalf("%d constants in the header, %d expected", len(got), len(want))
	}
	for name, w := range want {
		if g, ok := got[name]; !ok || g != math.Float32bits(w) {
			t.Errorf("%s: header %08x, repops %08x", name, g, math.Float32bits(w))
		}
	}
}
