//go:build !(amd64 || arm64) || noasm

package repops

// gemmAsmKernels is empty: there is no assembly in this build.
var gemmAsmKernels []*gemmKernel

// gemmUnfusedRef is nil: there is no assembly baseline for the benchmarks.
var gemmUnfusedRef *gemmKernel

// gemmPackAsm is false: there are no assembly packers in this build.
var gemmPackAsm = false

func gemmPackGatherArch(panel, src []float32, ld, kb, cnt, w int) bool { return false }

func gemmPackRowsArch(dst, src []float32, ld, kb, cnt, w int) int { return 0 }

// fmaScalarArch does nothing in this build: fmaScalar runs FMA32 on every element.
func fmaScalarArch(out []float32, s float32, x, y []float32) int { return 0 }

// gemmAVX2Kernel is nil: there is no AVX2 kernel in this build.
var gemmAVX2Kernel *gemmKernel
