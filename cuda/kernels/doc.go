// Package kernels holds the CUDA C sources of the RepOps kernels and runs their
// arithmetic on the host.
//
// Files: repops.h is every kernel's arithmetic (the scalar instruction set, exp and log,
// each kernel's per-element body, the matrix product's tiled block phases), written once
// for two compilers; repops.cu maps GPU threads to outputs; repops.ptx is what clang-14
// makes of them (cuda/gen.sh, `go generate ./cuda`), embedded and loaded by package cuda.
//
// The host check: cgo compiles repops.h here as plain C in ISO C11 mode (no contraction
// into fused multiply-adds), its intrinsics (__fmul_rn, __fadd_rn, ...) mapped to
// binary32 C arithmetic and __fmaf_rn, the definitions' fma, to C's fmaf (one rounding),
// and Run executes every kernel with it; the matrix product runs
// the GPU kernel's own tiled code block by block and thread by thread, phase by phase
// between its barriers, so the tiling's order of operations is checked too. The tests
// compare everything bit for bit with package repops: an order-of-operations bug in the
// CUDA source is caught on a machine without a GPU. (The header lives in this package's
// directory so that the go command rebuilds the check when it changes.)
//
// Invariants: no fused multiply-add but fma.rn.f32 where a definition says fma (the
// matrix product, the optimizers' updates, the transformer's fma chains and fused steps:
// attention's products, the norms' sums of squares, ColDot, RowAffine, GELU, SiLU's
// gradient, SumSq, the schedule's polynomial), no atomics, no approximate or
// flush-to-zero instruction in the PTX (cuda's ptx_test.go); every NaN written is
// 0x7fc00000.
//
// Kernels: all 40 of repops (ids 1-18 and the transformer's 19-40). Element-wise ones
// give each thread outputs of a grid-stride loop; those whose outputs share a row's
// statistics (softmax cross-entropy, the norms, the causal softmax and their gradients)
// give a thread a whole row; the attention products one output each, its whole chain;
// the scalar-state ones (Mean, SumSq, ClipCoef, LRSchedule, AdamPowers) run on one
// thread.
//
// Run is a test aid and needs cgo; without cgo Available is false and Run returns
// ErrNoCgo.
package kernels

import "errors"

// ErrNoCgo means the package was built without cgo, so the C header cannot run.
var ErrNoCgo = errors.New("kernels: built without cgo")

// ErrUnsupported means the kernel has no CUDA implementation.
var ErrUnsupported = errors.New("kernels: kernel not implemented in CUDA")
