//go:build !cgo || !linux

package gpu

import "fmt"

func detect() ([]Device, error) {
	return nil, fmt.Errorf("%w: this binary was built without cgo", ErrNoNVML)
}
