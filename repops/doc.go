// Package repops holds the reproducible float32 operators (RepOps) that veritrain trains
// with: every kernel has one documented order of operations, so every honest machine
// (any CPU, thread count or architecture, and later any GPU) computes the same bits, and
// a disagreement proves that someone lied.
//
// Vocabulary:
//   - Op: one scalar operation of the instruction set (scalar.go): add, sub, mul, div,
//     sqrt, max, min, selp, pow2, expo, mant. Eval is its definition; the Solidity
//     Float32 library and the gnark circuit are checked against it.
//   - Kernel: an operator on tensors with a fast implementation (Run) and, for each
//     output element, its definition as a Trace: the exact sequence of Steps (op,
//     operands and where they come from, result). Replay re-executes a trace.
//   - FMA32: the exact float32 fused multiply-add a*b + c, rounded once (fma.go), in
//     pure Go without hardware fma (float64 product, sum rounded to odd, one rounding
//     to float32), so it gives the same bits on every GOARCH; for kernels whose
//     definition says fused.
//   - KernelID and Params: how the protocol (and the contract that derives a trace's
//     structure) names a kernel and its shape.
//
// Invariants, each held by tests:
//   - Run's output element e is, bit for bit, the last result of Trace(in, e) replayed.
//   - A multiply-add fuses only where a kernel's definition says so, and then through
//     FMA32 (none does yet: DESIGN.md's fused matrix-product rule is issue 15's next
//     step); elsewhere products are written float32(x*y) before any add (Go fuses x*y+z
//     on arm64, ppc64, s390x, riscv64, loong64 and amd64 GOAMD64=v3 otherwise).
//   - Reductions have one order (documented on each kernel) and parallelism is only
//     across independent outputs, so GOMAXPROCS never changes a bit.
//   - exp and log are defined in the basic operations (transcendental.go), never with
//     math.Exp or math.Log, which use architecture-specific assembly.
//   - Every NaN a kernel writes is the canonical NaN 0x7fc00000.
//   - MatMul: one order per output (acc from +0 over increasing p, each product rounded
//     before its add, canonical NaN); the AVX2 micro-kernel (6×16 outputs in registers,
//     VMULPS then VADDPS), packing and k blocking (the accumulator is stored and reloaded
//     exactly between blocks) never change that order.
//   - The same golden outputs on amd64 (AVX2), amd64 with -tags noasm, and arm64.
package repops
