//go:build !amd64 || noasm

package repops

// gemmAsm is the assembly micro-kernel, nil where there is none (this build).
var gemmAsm *gemmKernel

// gemmPackAsm is false: there are no assembly packers in this build.
var gemmPackAsm = false

func gemmPackContigArch(panel, src []float32, ld, kb, cnt, w int) bool { return false }

func gemmPackGatherArch(panel, src []float32, ld, kb, cnt, w int) bool { return false }
