//go:build arm64 && !noasm

package repops

// gemmAsmKernels is the NEON micro-kernel: every arm64 core has NEON and its FMLA, a
// fused multiply-add rounded once (the definition's FMA32), so there is no CPU check.
var gemmAsmKernels = []*gemmKernel{{
	name: "neon-8x12",
	mr:   8, nr: 12,
	mc: 128, kc: 256, nc: 4096,
	micro: asmMicro(8, 12, gemmKernel8x12NEON),
}}

// gemmKernel8x12NEON is gemmKernel.micro for mr=8, nr=12, kc >= 1 (gemm_arm64.s).
//
//go:noescape
func gemmKernel8x12NEON(kc int, a, b, c *float32, ldc int, load int)

// gemmAVX2Kernel and gemmUnfusedRef are nil: the benchmarks' x86 baselines.
var (
	gemmAVX2Kernel *gemmKernel
	gemmUnfusedRef *gemmKernel
)

// gemmPackAsm is false: the Go packers serve the NEON kernel.
var gemmPackAsm = false

func gemmPackGatherArch(panel, src []float32, ld, kb, cnt, w int) bool { return false }

func gemmPackRowsArch(dst, src []float32, ld, kb, cnt, w int) int { return 0 }

// fmaScalarArch does nothing here: fmaScalar runs FMA32 on every element.
func fmaScalarArch(out []float32, s float32, x, y []float32) int { return 0 }
