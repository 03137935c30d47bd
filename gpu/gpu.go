// Package gpu finds NVIDIA GPUs through NVIDIA's management library (go-nvml) so that
// the solver can report them. Finding none is normal: the CPU kernels are the reference
// every device must match, and training runs on them.
package gpu

import "errors"

// ErrNoNVML means the NVIDIA management library is not available (no driver, or a
// build without cgo): there is no GPU to use.
var ErrNoNVML = errors.New("gpu: NVIDIA management library not available")

// Device is one GPU as the solver reports it.
type Device struct {
	Index          int    `json:"index"`
	Name           string `json:"name"`
	UUID           string `json:"uuid"`
	MemoryBytes    uint64 `json:"memory_bytes"`
	UtilizationPct uint32 `json:"utilization_pct"`
	TemperatureC   uint32 `json:"temperature_c"`
}

// Detect lists the NVIDIA GPUs, or returns an error wrapping ErrNoNVML.
func Detect() ([]Device, error) { return detect() }
