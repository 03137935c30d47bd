//go:build cgo && linux

package nvml

import (
	"fmt"

	gonvml "github.com/NVIDIA/go-nvml/pkg/nvml"

	"github.com/veritrain/veritrain/gpu"
)

// Build note: the first cgo build of go-nvml prints -Wdeprecated-declarations warnings
// from its cgo prologue (gonvml.h marks some functions DEPRECATED unconditionally, and
// go-nvml wraps them all). A module cannot change a dependency's #cgo CFLAGS, so the
// quiet build is CGO_CFLAGS="-O2 -g -Wno-deprecated-declarations" (.ci/run sets it);
// the warnings are harmless and, with the build cache, shown once per machine.
func detect() (devs []gpu.Device, err error) {
	// go-nvml loads libnvidia-ml.so at Init; without it Init returns an error code
	// (ERROR_LIBRARY_NOT_FOUND), never a panic, but guard against one all the same.
	defer func() {
		if r := recover(); r != nil {
			devs, err = nil, fmt.Errorf("%w: %v", gpu.ErrNoNVML, r)
		}
	}()
	if ret := gonvml.Init(); ret != gonvml.SUCCESS {
		return nil, fmt.Errorf("%w: %s", gpu.ErrNoNVML, gonvml.ErrorString(ret))
	}
	defer gonvml.Shutdown()
	n, ret := gonvml.DeviceGetCount()
	if ret != gonvml.SUCCESS {
		return nil, fmt.Errorf("gpu: counting devices: %s", gonvml.ErrorString(ret))
	}
	for i := range n {
		d, ret := gonvml.DeviceGetHandleByIndex(i)
		if ret != gonvml.SUCCESS {
			return nil, fmt.Errorf("gpu: device %d: %s", i, gonvml.ErrorString(ret))
		}
		dev := gpu.Device{Index: i}
		dev.Name, _ = d.GetName()
		dev.UUID, _ = d.GetUUID()
		if m, ret := d.GetMemoryInfo(); ret == gonvml.SUCCESS {
			dev.MemoryBytes = m.Total
		}
		if u, ret := d.GetUtilizationRates(); ret == gonvml.SUCCESS {
			dev.UtilizationPct = u.Gpu
		}
		if t, ret := d.GetTemperature(gonvml.TEMPERATURE_GPU); ret == gonvml.SUCCESS {
			dev.TemperatureC = t
		}
		devs = append(devs, dev)
	}
	return devs, nil
}
