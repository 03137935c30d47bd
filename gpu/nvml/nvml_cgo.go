//go:build cgo && linux

package gpu

import (
	"fmt"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

func detect() (devs []Device, err error) {
	// go-nvml loads libnvidia-ml.so at Init; without it Init returns an error code
	// (ERROR_LIBRARY_NOT_FOUND), never a panic, but guard against one all the same.
	defer func() {
		if r := recover(); r != nil {
			devs, err = nil, fmt.Errorf("%w: %v", ErrNoNVML, r)
		}
	}()
	if ret := nvml.Init(); ret != nvml.SUCCESS {
		return nil, fmt.Errorf("%w: %s", ErrNoNVML, nvml.ErrorString(ret))
	}
	defer nvml.Shutdown()
	n, ret := nvml.DeviceGetCount()
	if ret != nvml.SUCCESS {
		return nil, fmt.Errorf("gpu: counting devices: %s", nvml.ErrorString(ret))
	}
	for i := range n {
		d, ret := nvml.DeviceGetHandleByIndex(i)
		if ret != nvml.SUCCESS {
			return nil, fmt.Errorf("gpu: device %d: %s", i, nvml.ErrorString(ret))
		}
		dev := Device{Index: i}
		dev.Name, _ = d.GetName()
		dev.UUID, _ = d.GetUUID()
		if m, ret := d.GetMemoryInfo(); ret == nvml.SUCCESS {
			dev.MemoryBytes = m.Total
		}
		if u, ret := d.GetUtilizationRates(); ret == nvml.SUCCESS {
			dev.UtilizationPct = u.Gpu
		}
		if t, ret := d.GetTemperature(nvml.TEMPERATURE_GPU); ret == nvml.SUCCESS {
			dev.TemperatureC = t
		}
		devs = append(devs, dev)
	}
	return devs, nil
}
