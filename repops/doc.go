// Package repops holds the reproducible float32 operators (RepOps) that veritrain trains
// with: every kernel has one documented order of operations, so every honest machine
// (any CPU, thread count or architecture, and later any GPU) computes the same bits, and
// a disagreement proves that someone lied.
//
// Vocabulary:
//   - Op: one scalar operation of the instruction set (scalar.go): add, sub, mul, div,
//     sqrt, max, min, selp, pow2, expo, mant, and fma (a*b + c rounded once, the one op
//     with three operands). Eval3 (Eval for at most two operands) is its definition;
//     the Solidity Float32 library and the gnark circuit are checked against it.
//   - Kernel: an operator on tensors with a fast implementation (Run) and, for each
//     output element, its definition as a Trace: the exact sequence of Steps (op,
//     operands and where they come from, result). Replay re-executes a trace.
//   - FMA32: the exact float32 fused multiply-add a*b + c, rounded once (fma.go), in
//     pure Go without hardware fma (float64 product, sum rounded to odd, one rounding
//     to float32), so it gives the same bits on every GOARCH: OpFMA's definition, and
//     the pure-Go path of every fused kernel. Hardware fma (VFMADD231PS) rounds once
//     too, so the assembly paths give the same bits.
//   - KernelID and Params: how the protocol (and the contract that derives a trace's
//     structure) names a kernel and its shape.
//
// Invariants, each held by tests:
//   - Run's output element e is, bit for bit, the last result of Trace(in, e) replayed.
//   - A multiply-add fuses only where a kernel's definition says so (its trace then has
//     an OpFMA step), and then through FMA32 or a hardware fma, never float32(math.FMA)
//     on float64 (two roundings). Fused: MatMul (so convolution, Im2Col then MatMul),
//     Momentum, SGDApply, AdamM and AdamV; each other kernel says on it why it is not.
//     Elsewhere products are written float32(x*y) before any add (Go fuses x*y+z on
//     arm64, ppc64, s390x, riscv64, loong64 and amd64 GOAMD64=v3 otherwise).
//   - Reductions have one order (documented on each kernel) and parallelism is only
//     across independent outputs, so GOMAXPROCS never changes a bit.
//   - exp and log are defined in the basic operations (transcendental.go), never with
//     math.Exp or math.Log, which use architecture-specific assembly.
//   - Every NaN a kernel writes is the canonical NaN 0x7fc00000.
//   - MatMul: one order per output (acc = fma(a, b, acc) from acc = +0 over increasing
//     p, one rounding per term, canonical NaN); the AVX2+FMA micro-kernel (6×16 outputs
//     in registers, one VFMADD231PS per term), packing and k blocking (the accumulator is
//     stored and reloaded exactly between blocks) never change that order.
//   - The same golden outputs on amd64 (AVX2), amd64 with -tags noasm, and arm64.
package repops
