// Package cuda runs the RepOps kernels on NVIDIA GPUs, bit for bit what package repops
// computes on the CPU, with no CUDA toolkit and no cgo at build time.
//
// Vocabulary:
//   - kernels/repops.h: every kernel's arithmetic, written once in C for two compilers
//     (see package cuda/kernels): the scalar instruction set as __fmul_rn/__fadd_rn/
//     __fdiv_rn/__fsqrt_rn with the canonical NaN, exp and log as repops defines them,
//     each kernel's per-element body, and the matrix product's tiled block phases.
//   - kernels/repops.cu: the __global__ kernels, mapping GPU threads to outputs.
//   - kernels/repops.ptx: what clang-14 makes of them (gen.sh, `go generate ./cuda`;
//     sm_80, JIT-compiled by the driver for newer GPUs), embedded as PTX.
//   - Device: one GPU with that module loaded through the driver library libcuda.so.1,
//     bound at run time with purego (linux/amd64 and linux/arm64; elsewhere Open returns
//     ErrNoDriver). Run has repops.Kernel.Run's shape plus an error, so a Device is a
//     train.Backend; Alloc/Upload/Launch/Sync/Download keep tensors on the device.
//
// The order of operations (the invariants, each held by a test):
//   - Each output is computed by one thread in the kernel's defined sequential order;
//     threads only split independent outputs. No atomics, no warp shuffles, no
//     reductions across threads, no fused multiply-add but the definitions' fma (matrix
//     products, the optimizers' updates, the transformer kernels' chains and fused
//     steps) as fma.rn.f32: the PTX is scanned for any other fma, mad, atom, red, shfl,
//     .approx, .ftz, and every float add/sub/mul/fma/div/rcp/sqrt must carry .rn
//     (ptx_test.go). rcp.rn.f32, which LLVM emits for 1/x, is correctly
//     rounded and so the same bits as div.rn.f32.
//   - The matrix product: ro_matmul gives a block of 256 threads a 64×64 tile of C, 4×4
//     outputs each in registers; ro_matmul_s, for products with fewer than 256 such
//     tiles (the MNIST models' shapes), a 16×16 tile, one output each. Both advance k
//     in slices of 16 through shared memory, in increasing order, adding only p < k,
//     from +0, the NaN canonicalised at the store: the same bits, a speed choice.
//   - Every NaN a kernel writes is 0x7fc00000 (the GPU's own NaN is 0x7fffffff).
//   - Subnormals are kept (no .ftz), as on the CPU.
//
// The self-check (selfcheck.go): tests here cannot vouch for a solver's own card, driver
// and JIT, and one bit that differs from the CPU loses a dispute, so SelfCheck runs every
// kernel on the device (both matrix product variants on every shape) on seeded inputs in
// four regimes (training magnitudes, random specials, every special placed
// deterministically, random bits) and compares each output bit with repops. OpenChecked
// returns a GPU only if it passes; train and solver (--device auto|cuda) and `veritrain
// selftest` go through it.
//
// Tests without a GPU: cuda/kernels runs repops.h on the host (cgo) against repops; the
// fake driver (testdata/fakecuda.c, built with gcc) runs repops.cu itself on the host,
// the matrix product's threads as coroutines meeting at its barriers, behind the real
// loader, so the purego bindings, argument blocks, grids, buffers and error paths are
// tested end to end; the PTX is checked for the rules above, for being in sync with the
// source (when clang-14 is installed) and for parameter lists that match what Run
// passes. With a GPU (skipped with "no CUDA device: ..." otherwise): every kernel on
// every shape and input regime equals the CPU bit for bit, and short MNIST runs end on
// the CPU's state hash.
package cuda
