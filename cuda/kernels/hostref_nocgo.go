//go:build !cgo

package kernels

import "github.com/veritrain/veritrain/repops"

// Available reports whether the C header can run (it needs cgo).
const Available = false

// Run is unavailable without cgo.
func Run(repops.Kernel, []float32, [][]float32) error { return ErrNoCgo }

// RunMatMulSmall is unavailable without cgo.
func RunMatMulSmall(repops.MatMulK, []float32, [][]float32) error { return ErrNoCgo }

// Op is unavailable without cgo; it returns NaN.
func Op(repops.Op, float32, float32) float32 { return float32(0) / zero }

// FMA is unavailable without cgo; it returns NaN.
func FMA(float32, float32, float32) float32 { return float32(0) / zero }

var zero float32
