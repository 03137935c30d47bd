// Package gpu describes GPUs as the solver reports them (in its log, metrics and on-chain
// announcement). Finding them is package gpu/nvml's job: it needs cgo and NVIDIA's
// library, so it is imported by the command only, and this package (imported by the
// protocol's libraries for the Device type) stays pure Go. Finding none is normal: the
// CPU kernels are the reference every device must match, and training runs on them.
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
