//go:build !cgo || !linux

package nvml

import (
	"fmt"

	"github.com/veritrain/veritrain/gpu"
)

func detect() ([]gpu.Device, error) {
	return nil, fmt.Errorf("%w: this binary was built without cgo", gpu.ErrNoNVML)
}
