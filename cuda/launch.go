package cuda

import (
	"fmt"
	"math"

	"github.com/veritrain/veritrain/repops"
)

// Launch geometry. The matrix product's block and tile sizes are those of
// kernels/repops.h (RO_MM_THREADS, RO_BM, RO_BN); every other kernel runs a grid-stride
// loop, so any grid covers any size and the grid is capped.
const (
	mmThreads   = 256
	mmTile      = 64
	mmSmallTile = 16 // ro_matmul_s: RO_SB×RO_SB threads, one output each
	blockSize   = 256
	maxGridSize = 1 << 16
	// mmSmallBelow is the number of 64×64 tiles of C under which the one-output-per-
	// thread variant runs: with fewer blocks than a large GPU has multiprocessors (132
	// on an H100), 16 outputs per thread would leave most of it idle. Both variants
	// compute the same bits; this is a speed choice, to be tuned on a GPU.
	mmSmallBelow = 256
)

// mmVariant forces a matrix product variant in tests ("tile64" or "tile16"); empty
// chooses by size.
var mmVariant = ""

// plan is how one kernel runs on the GPU: the PTX function, the grid, and the
// arguments after the output and input pointers (which come first, in slot order).
type plan struct {
	fn     string
	grid   [3]uint32
	block  [3]uint32
	params []arg
}

// kernelNames are the PTX entry points, one per repops kernel.
var kernelNames = map[repops.KernelID]string{
	repops.KMatMul: "ro_matmul", repops.KBiasAdd: "ro_biasadd", repops.KReLU: "ro_relu",
	repops.KReLUGrad: "ro_relugrad", repops.KMomentum: "ro_momentum", repops.KSGDApply: "ro_sgd",
	repops.KTanh: "ro_tanh", repops.KTanhGrad: "ro_tanhgrad", repops.KSoftmaxXent: "ro_xent",
	repops.KSoftmaxXentGrad: "ro_xentgrad", repops.KColSum: "ro_colsum", repops.KMean: "ro_mean",
	repops.KAdamM: "ro_adam_m", repops.KAdamV: "ro_adam_v", repops.KAdamApply: "ro_adam_apply",
	repops.KScale: "ro_scale", repops.KIm2Col: "ro_im2col", repops.KCol2Im: "ro_col2im",
	// the transformer's (ids 19-40)
	repops.KAdd: "ro_elemadd", repops.KRowMul: "ro_rowmul", repops.KRowAffine: "ro_rowaffine",
	repops.KColDot: "ro_coldot", repops.KNorm: "ro_norm", repops.KNormGrad: "ro_normgrad",
	repops.KGELU: "ro_gelu", repops.KGELUGrad: "ro_gelugrad", repops.KSiLU: "ro_silu",
	repops.KSiLUGrad: "ro_silugrad", repops.KCausalSoftmax: "ro_causalsoftmax",
	repops.KCausalSoftmaxGrad: "ro_causalsoftmaxgrad", repops.KAttnScores: "ro_attnscores",
	repops.KAttnApply: "ro_attnapply", repops.KAttnGradP: "ro_attngradp", repops.KAttnGradQKV: "ro_attngradqkv",
	repops.KSumSq: "ro_sumsq", repops.KClipCoef: "ro_clipcoef", repops.KScaleBy: "ro_scaleby",
	repops.KLRSchedule: "ro_lrschedule", repops.KAdamPowers: "ro_adampowers", repops.KAdamW: "ro_adamw",
}

// ptxFunctions are all the entry points Open looks up: one per kernel, and the matrix
// product's small-output variant.
func ptxFunctions() []string {
	names := []string{"ro_matmul_s"}
	for _, n := range kernelNames {
		names = append(names, n)
	}
	return names
}

func i32(v int) arg     { return arg{kind: argI32, val: uint64(uint32(int32(v)))} }
func f32(v float32) arg { return arg{kind: argF32, val: uint64(math.Float32bits(v))} }

// stride covers n outputs with a grid-stride loop.
func stride(n int) ([3]uint32, [3]uint32) {
	g := min(max((n+blockSize-1)/blockSize, 1), maxGridSize)
	return [3]uint32{uint32(g), 1, 1}, [3]uint32{blockSize, 1, 1}
}

// planFor maps a repops kernel to its CUDA launch. Sizes must fit the kernels' int
// arithmetic: every tensor (and the matrix product's m, k, n) under 2^31 elements.
func planFor(k repops.Kernel) (plan, error) { return planVariant(k, mmVariant) }

// planVariant is planFor with the matrix product's variant forced ("tile64" or
// "tile16"; empty chooses by size): the self-check runs both on every shape, since
// which one runs in training depends on the shape.
func planVariant(k repops.Kernel, variant string) (plan, error) {
	name, ok := kernelNames[k.ID()]
	if !ok {
		return plan{}, fmt.Errorf("%w: %v", ErrUnsupported, k)
	}
	sizes := append([]int{k.OutLen()}, k.InLens()...)
	for _, n := range sizes {
		if n < 0 || n > math.MaxInt32 {
			return plan{}, fmt.Errorf("%w: %v has a tensor of %d elements", ErrTooLarge, k, n)
		}
	}
	p := plan{fn: name}
	switch k := k.(type) {
	case repops.MatMulK:
		if k.L > repops.TN {
			return plan{}, fmt.Errorf("%w: %v", ErrUnsupported, k)
		}
		tile, threads := mmTile, mmThreads
		tiles := ((k.N + mmTile - 1) / mmTile) * ((k.M + mmTile - 1) / mmTile)
		if variant == "tile16" || variant == "" && tiles < mmSmallBelow {
			p.fn, tile, threads = "ro_matmul_s", mmSmallTile, mmSmallTile*mmSmallTile
		}
		p.grid = [3]uint32{uint32((k.N + tile - 1) / tile), uint32((k.M + tile - 1) / tile), 1}
		if p.grid[1] > math.MaxUint16 {
			return plan{}, fmt.Errorf("%w: %v has more than %d row tiles", ErrTooLarge, k, math.MaxUint16)
		}
		p.block = [3]uint32{uint32(threads), 1, 1}
		p.params = []arg{i32(k.M), i32(k.K), i32(k.N), i32(int(k.L))}
	case repops.BiasAdd:
		p.grid, p.block = stride(k.M * k.N)
		p.params = []arg{i32(k.M), i32(k.N)}
	case repops.ReLU:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N)}
	case repops.ReLUGrad:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N)}
	case repops.Momentum:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N), f32(k.Mu)}
	case repops.SGDApply:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N), f32(k.LR)}
	case repops.Tanh:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N)}
	case repops.TanhGrad:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N)}
	case repops.SoftmaxXent:
		p.grid, p.block = stride(k.M) // one thread per row
		p.params = []arg{i32(k.M), i32(k.C)}
	case repops.SoftmaxXentGrad:
		p.grid, p.block = stride(k.M)
		p.params = []arg{i32(k.M), i32(k.C)}
	case repops.ColSum:
		p.grid, p.block = stride(k.N) // one thread per column
		p.params = []arg{i32(k.M), i32(k.N)}
	case repops.Mean:
		p.grid, p.block = [3]uint32{1, 1, 1}, [3]uint32{1, 1, 1} // one sequential sum
		p.params = []arg{i32(k.N)}
	case repops.AdamM:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N), f32(k.B1)}
	case repops.AdamV:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N), f32(k.B2)}
	case repops.AdamApply:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N), f32(k.LR), f32(k.Eps)}
	case repops.Scale:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N), f32(k.S)}
	case repops.Im2Col:
		p.grid, p.block = stride(k.OutLen())
		p.params = convParams(k)
	case repops.Col2Im:
		p.grid, p.block = stride(k.OutLen())
		p.params = convParams(k.Im2Col)
	case repops.Add:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N)}
	case repops.RowMul:
		p.grid, p.block = stride(k.M * k.N)
		p.params = []arg{i32(k.M), i32(k.N)}
	case repops.RowAffine:
		p.grid, p.block = stride(k.M * k.N)
		p.params = []arg{i32(k.M), i32(k.N)}
	case repops.ColDot:
		p.grid, p.block = stride(k.N) // one thread per column
		p.params = []arg{i32(k.M), i32(k.N)}
	case repops.Norm:
		p.grid, p.block = stride(k.M) // one thread per row
		p.params = []arg{i32(k.M), i32(k.D), f32(k.Eps), i32(b2i(k.RMS))}
	case repops.NormGrad:
		p.grid, p.block = stride(k.M)
		p.params = []arg{i32(k.M), i32(k.D), f32(k.Eps), i32(b2i(k.RMS))}
	case repops.GELU:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N)}
	case repops.GELUGrad:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N)}
	case repops.SiLU:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N)}
	case repops.SiLUGrad:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N)}
	case repops.CausalSoftmax:
		p.grid, p.block = stride(k.Rows) // one thread per row
		p.params = []arg{i32(k.Rows), i32(k.T), f32(k.Scale)}
	case repops.CausalSoftmaxGrad:
		p.grid, p.block = stride(k.Rows)
		p.params = []arg{i32(k.Rows), i32(k.T), f32(k.Scale)}
	case repops.AttnScores:
		p.grid, p.block = stride(k.OutLen()) // one thread per output
		p.params = attnParams(k.Attn)
	case repops.AttnApply:
		p.grid, p.block = stride(k.OutLen())
		p.params = attnParams(k.Attn)
	case repops.AttnGradP:
		p.grid, p.block = stride(k.OutLen())
		p.params = attnParams(k.Attn)
	case repops.AttnGradQKV:
		p.grid, p.block = stride(k.OutLen())
		p.params = attnParams(k.Attn)
	case repops.SumSq:
		p.grid, p.block = [3]uint32{1, 1, 1}, [3]uint32{1, 1, 1} // one sequential chain
		p.params = []arg{i32(k.N)}
	case repops.ClipCoef:
		p.grid, p.block = [3]uint32{1, 1, 1}, [3]uint32{1, 1, 1}
		p.params = []arg{f32(k.Clip)}
	case repops.ScaleBy:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N)}
	case repops.LRSchedule:
		if !fitsInt32(k.Warmup) || !fitsInt32(k.Total) {
			return plan{}, fmt.Errorf("%w: %v has a step count past int32", ErrTooLarge, k)
		}
		p.grid, p.block = [3]uint32{1, 1, 1}, [3]uint32{1, 1, 1}
		p.params = []arg{i32(k.Warmup), i32(k.Total), f32(k.LRMax), f32(k.LRMin)}
	case repops.AdamPowers:
		p.grid, p.block = [3]uint32{1, 1, 1}, [3]uint32{1, 1, 1}
		p.params = []arg{f32(k.B1), f32(k.B2)}
	case repops.AdamW:
		p.grid, p.block = stride(k.N)
		p.params = []arg{i32(k.N), f32(k.Eps), f32(k.WD)}
	default:
		return plan{}, fmt.Errorf("%w: %v (%T)", ErrUnsupported, k, k)
	}
	return p, nil
}

func convParams(k repops.Im2Col) []arg {
	return []arg{i32(k.N), i32(k.H), i32(k.W), i32(k.C), i32(k.KH), i32(k.KW), i32(k.S)}
}

func attnParams(k repops.Attn) []arg { return []arg{i32(k.B), i32(k.T), i32(k.H), i32(k.Dh)} }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func fitsInt32(v int) bool { return v >= math.MinInt32 && v <= math.MaxInt32 }
