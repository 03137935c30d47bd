// Package kerneltest gives the CUDA tests (the host check in hostref and the GPU tests in
// package cuda) one set of kernels, shapes and inputs to compare against repops, so that
// both check the same cases.
//
// Inputs come in regimes: Normal (values of training's magnitudes, where exp, log and
// divisions do real work), Specials (mostly normal values with NaN of any payload, ±Inf,
// ±0, subnormals and the largest finite values mixed in) and Bits (uniformly random bit
// patterns: every class of float32, mostly huge and tiny magnitudes). Edges, used by
// the start-up self-check (package cuda), places every special value deterministically:
// every other element walks the list, so an input of twice its length meets them all.
package kerneltest

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/veritrain/veritrain/repops"
)

// Regime is a distribution of input values.
type Regime int

const (
	Normal Regime = iota
	Specials
	Bits
	Edges
)

func (r Regime) String() string {
	switch r {
	case Normal:
		return "normal"
	case Specials:
		return "specials"
	case Bits:
		return "bits"
	case Edges:
		return "edges"
	}
	return fmt.Sprintf("Regime(%d)", int(r))
}

// Regimes are the random regimes, in order (Edges is left out: the tests' shapes meet
// the specials through Specials and Bits already).
var Regimes = []Regime{Normal, Specials, Bits}

// SpecialBits is the list of edge values (as bits) that Edges walks through.
func SpecialBits() []uint32 { return append([]uint32(nil), specials...) }

// specials are the edge cases of binary32 (NaNs with payloads and signs included).
var specials = []uint32{
	0x00000000, 0x80000000, // ±0
	0x00000001, 0x80000001, 0x007fffff, 0x807fffff, 0x00400000, // subnormals
	0x00800000, 0x80800000, // smallest normals
	0x7f7fffff, 0xff7fffff, // largest finite
	0x7f800000, 0xff800000, // ±Inf
	0x7fc00000, 0xffc00000, 0x7f800001, 0x7fffffff, 0xffffffff, 0x7fa00000, // NaNs
	0x3f800000, 0xbf800000, 0x3f3504f3, 0x3fb504f3, 0x3fb504f2, // ±1, near √½ and √2
	0x42b00000, 0xc2ae0000, 0x42b00001, 0xc2ae0001, // exp's clamps (88, -87) and beyond
	0x4b400000, 0x4b000000, // 1.5·2^23, 2^23
}

// Value draws one input value.
func Value(r *rand.Rand, g Regime) float32 {
	switch g {
	case Specials:
		if r.IntN(8) == 0 {
			return math.Float32frombits(specials[r.IntN(len(specials))])
		}
	case Bits:
		return math.Float32frombits(r.Uint32())
	}
	return float32(r.NormFloat64() * 3)
}

// Inputs draws inputs for k. In the Normal regime, slots that a kernel reads as a
// scalar state get values training gives them (AdamApply's and AdamW's running powers
// b^t, a power of a typical β; the schedule's step count, an integer), and slots of
// second moments, probabilities and sums of squares are made non-negative.
func Inputs(r *rand.Rand, k repops.Kernel, g Regime) [][]float32 {
	lens := k.InLens()
	in := make([][]float32, len(lens))
	for s, n := range lens {
		in[s] = make([]float32, n)
		for i := range in[s] {
			if g == Edges && i%2 == 0 {
				// Each slot starts at a different place in the list, so that
				// specials meet other specials, not only themselves.
				in[s][i] = math.Float32frombits(specials[(i/2+5*s)%len(specials)])
				continue
			}
			in[s][i] = Value(r, g)
		}
	}
	if g != Normal {
		return in
	}
	switch k.(type) {
	case repops.AdamApply:
		in[3][0] = float32(math.Pow(0.9, float64(1+r.IntN(50))))
		in[4][0] = float32(math.Pow(0.999, float64(1+r.IntN(50))))
		abs(in[2]) // second moments are >= 0
	case repops.AdamW:
		abs(in[2])
		in[3][0] = float32(math.Pow(0.9, float64(1+r.IntN(50)))) // the betas' running powers
		in[3][1] = float32(math.Pow(0.95, float64(1+r.IntN(50))))
		in[4][0], in[4][1] = float32(r.IntN(1000)), float32(r.Float64()*1e-2) // sched = [t, lr]
	case repops.LRSchedule:
		in[0][0] = float32(r.IntN(150)) // the step count
	case repops.ClipCoef:
		abs(in[0]) // a sum of squares
	case repops.AttnApply:
		abs(in[0]) // probabilities
	case repops.AttnGradQKV:
		abs(in[1])
	case repops.CausalSoftmaxGrad:
		abs(in[0])
	}
	return in
}

func abs(x []float32) {
	for i := range x {
		x[i] = float32(math.Abs(float64(x[i])))
	}
}

// Kernels lists every kernel the CUDA code implements, in many shapes: edges of the
// matrix product's 64×64×16 tiling (1, 15, 16, 17, 63, 64, 65, ...), k = 0, all three
// layouts, element counts around a block, and the shapes the built-in models use. With
// short, fewer and smaller shapes.
func Kernels(short bool) []repops.Kernel {
	dims := []int{1, 2, 15, 16, 17, 63, 64, 65, 129}
	if short {
		dims = []int{1, 17, 64, 65}
	}
	var ks []repops.Kernel
	for _, l := range []repops.Layout{repops.NN, repops.NT, repops.TN} {
		for i, m := range dims {
			for j, n := range dims {
				// k sweeps the dimensions too, but not every triple: enough to meet
				// every edge of every tile dimension in every layout.
				k := dims[(i+2*j)%len(dims)]
				ks = append(ks, repops.MatMulK{M: m, K: k, N: n, L: l})
			}
		}
		ks = append(ks, repops.MatMulK{M: 5, K: 0, N: 7, L: l}, repops.MatMulK{M: 3, K: 300, N: 70, L: l})
		if !short {
			ks = append(ks, repops.MatMulK{M: 64, K: 784, N: 256, L: l})
		}
	}
	ns := []int{1, 7, 255, 256, 257, 4099}
	if short {
		ns = []int{1, 257}
	}
	for _, n := range ns {
		ks = append(ks, repops.ReLU{N: n}, repops.ReLUGrad{N: n}, repops.Tanh{N: n}, repops.TanhGrad{N: n},
			repops.Momentum{N: n, Mu: 0.9}, repops.SGDApply{N: n, LR: 0.05}, repops.Scale{N: n, S: 0.999},
			repops.Scale{N: n, S: 1}, repops.AdamM{N: n, B1: 0.9}, repops.AdamV{N: n, B2: 0.999},
			repops.AdamApply{N: n, LR: 1e-3, Eps: 1e-8}, repops.Mean{N: n})
	}
	for _, mn := range [][2]int{{1, 1}, {3, 10}, {64, 10}, {64, 256}, {17, 300}, {1, 1000}} {
		m, n := mn[0], mn[1]
		ks = append(ks, repops.BiasAdd{M: m, N: n}, repops.ColSum{M: m, N: n},
			repops.SoftmaxXent{M: m, C: n}, repops.SoftmaxXentGrad{M: m, C: n})
	}
	ks = append(ks, transformerKernels(short)...)
	for _, c := range []repops.Im2Col{
		{N: 1, H: 5, W: 5, C: 1, KH: 3, KW: 3, S: 1},
		{N: 2, H: 7, W: 6, C: 3, KH: 3, KW: 2, S: 2},
		{N: 3, H: 8, W: 8, C: 4, KH: 5, KW: 5, S: 1},
		{N: 2, H: 9, W: 9, C: 2, KH: 3, KW: 3, S: 3},
	} {
		ks = append(ks, c, repops.Col2Im{Im2Col: c})
	}
	return ks
}

// transformerKernels are the transformer's kernels (ids 19-40) in the shapes of repops'
// own tests (kernel_test.go, transformerKernels) and awkward ones around them: counts
// around a block, one row, rows of one element, one position, one head of width one,
// sequences longer than a block's worth of scores, rows that are not a multiple of T,
// SumSq of no elements, the schedule with and without warm-up.
func transformerKernels(short bool) []repops.Kernel {
	ns := []int{1, 7, 21, 40, 255, 256, 257, 4099}
	mns := [][2]int{{1, 1}, {4, 7}, {6, 5}, {3, 257}, {64, 10}, {17, 300}}
	norms := [][2]int{{5, 9}, {2, 1}, {1, 1}, {4, 6}, {3, 128}, {33, 17}}
	softs := [][2]int{{12, 4}, {1, 1}, {5, 1}, {13, 5}, {64, 64}, {40, 20}}
	attns := []repops.Attn{{B: 2, T: 5, H: 3, Dh: 4}, {B: 1, T: 7, H: 2, Dh: 13}, {B: 1, T: 1, H: 1, Dh: 1},
		{B: 2, T: 17, H: 2, Dh: 8}, {B: 1, T: 64, H: 4, Dh: 32}}
	if short {
		ns = []int{1, 257}
		mns = [][2]int{{1, 1}, {6, 5}, {3, 257}}
		norms = [][2]int{{5, 9}, {2, 1}}
		softs = [][2]int{{12, 4}, {13, 5}}
		attns = attns[:3]
	}
	var ks []repops.Kernel
	for _, n := range ns {
		ks = append(ks, repops.Add{N: n}, repops.GELU{N: n}, repops.GELUGrad{N: n}, repops.SiLU{N: n},
			repops.SiLUGrad{N: n}, repops.ScaleBy{N: n}, repops.SumSq{N: n}, repops.AdamW{N: n, Eps: 1e-8, WD: 0.1})
	}
	for _, mn := range mns {
		m, n := mn[0], mn[1]
		ks = append(ks, repops.RowMul{M: m, N: n}, repops.RowAffine{M: m, N: n}, repops.ColDot{M: m, N: n})
	}
	for _, md := range norms {
		for _, rms := range []bool{false, true} {
			nm := repops.Norm{M: md[0], D: md[1], Eps: 1e-5, RMS: rms}
			if rms {
				nm.Eps = 1e-6
			}
			ks = append(ks, nm, repops.NormGrad{Norm: nm})
		}
	}
	for _, rt := range softs {
		cs := repops.CausalSoftmax{Rows: rt[0], T: rt[1], Scale: 0.35}
		ks = append(ks, cs, repops.CausalSoftmaxGrad{CausalSoftmax: cs})
	}
	for _, a := range attns {
		ks = append(ks, repops.AttnScores{Attn: a}, repops.AttnApply{Attn: a}, repops.AttnGradP{Attn: a},
			repops.AttnGradQKV{Attn: a})
	}
	return append(ks, repops.SumSq{N: 0}, repops.ClipCoef{Clip: 1}, repops.ClipCoef{Clip: 0.25},
		repops.LRSchedule{Warmup: 10, Total: 100, LRMax: 1e-3, LRMin: 1e-4},
		repops.LRSchedule{Warmup: 0, Total: 5, LRMax: 3e-4, LRMin: 3e-4},
		repops.AdamPowers{B1: 0.9, B2: 0.95}, repops.AdamW{N: 30, Eps: 1e-8, WD: 0})
}

// Compare reports the first element whose bits differ, with the inputs' context.
func Compare(got, want []float32) error {
	if len(got) != len(want) {
		return fmt.Errorf("%d outputs, want %d", len(got), len(want))
	}
	diff := 0
	first := -1
	for i := range want {
		if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
			if first < 0 {
				first = i
			}
			diff++
		}
	}
	if diff > 0 {
		return fmt.Errorf("%d of %d outputs differ; first at %d: got %08x (%g), want %08x (%g)", diff, len(want), first,
			math.Float32bits(got[first]), got[first], math.Float32bits(want[first]), want[first])
	}
	return nil
}
