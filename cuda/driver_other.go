//go:build !(linux && (amd64 || arm64))

package cuda

import (
	"fmt"
	"runtime"
)

// defaultLibrary is the driver library's name where there is a loader.
const defaultLibrary = "libcuda.so.1"

// loadDriver fails here: purego loads libraries on linux/amd64 and linux/arm64 only in
// this build.
func loadDriver(string) (*driver, error) {
	return nil, fmt.Errorf("%w: no loader for %s/%s", ErrNoDriver, runtime.GOOS, runtime.GOARCH)
}
