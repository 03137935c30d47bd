//go:build !amd64 || noasm

package repops

// gemmAsm is the assembly micro-kernel, nil where there is none (this build).
var gemmAsm *gemmKernel

// gemmPackAsm is false: there are no assembly packers in this build.
var gemmPackAsm = false

func gemmPackGatherArch(panel, src []float32, ld, kb, cnt, w int) bool { return false }

func gemmPackRowsArch(dst, src []float32, ld, kb, cnt, w int) int { return 0 }
