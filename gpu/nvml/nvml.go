// Package nvml finds NVIDIA GPUs through NVIDIA's management library with
// github.com/NVIDIA/go-nvml (cgo; the library itself is loaded at run time, so a machine
// without a driver builds and runs, and Detect says so). Without cgo a build-tagged
// fallback reports no GPU.
package nvml

import "github.com/veritrain/veritrain/gpu"

// Detect lists the NVIDIA GPUs, or returns an error wrapping gpu.ErrNoNVML.
func Detect() ([]gpu.Device, error) { return detect() }
