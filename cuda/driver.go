package cuda

import (
	"errors"
	"fmt"
	"runtime"
	"unsafe"
)

// Errors of this package; calls into the driver that fail return an *Error.
var (
	// ErrNoDriver means the CUDA driver library (libcuda.so.1) is not on this machine,
	// or this platform has no loader for it (only linux/amd64 and linux/arm64 do).
	ErrNoDriver = errors.New("cuda: CUDA driver library not available")
	// ErrNoDevice means the driver is there but reports no usable device.
	ErrNoDevice = errors.New("cuda: no CUDA device")
	// ErrUnsupported means a kernel has no CUDA implementation.
	ErrUnsupported = errors.New("cuda: kernel not implemented on the GPU")
	// ErrTooLarge means a tensor does not fit the kernels' 32-bit sizes.
	ErrTooLarge = errors.New("cuda: tensor too large for the GPU kernels")
	// ErrClosed means the Device was closed.
	ErrClosed = errors.New("cuda: device closed")
)

// Error is a failed CUDA driver call: which call, and the CUresult it returned.
type Error struct {
	Call string // the driver function, e.g. "cuMemAlloc_v2"
	Code int    // the CUresult
	Name string // the CUresult's name from cuGetErrorName, e.g. "CUDA_ERROR_OUT_OF_MEMORY"
}

func (e *Error) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("cuda: %s: CUresult %d", e.Call, e.Code)
	}
	return fmt.Sprintf("cuda: %s: %s (%d)", e.Call, e.Name, e.Code)
}

// CUresult values the package reacts to.
const (
	cudaSuccess       = 0
	cudaErrorNoDevice = 100
)

// argKind is the PTX type of one kernel parameter.
type argKind uint8

const (
	argPtr argKind = iota // .u64: a device pointer
	argI32                // .u32: an int
	argF32                // .f32: a float
)

func (k argKind) ptx() string {
	switch k {
	case argPtr:
		return ".u64"
	case argI32:
		return ".u32"
	}
	return ".f32"
}

// arg is one kernel argument as the 8-byte slot cuLaunchKernel reads it from (4-byte
// arguments in the low half: both supported platforms are little-endian).
type arg struct {
	kind argKind
	val  uint64
}

// driver holds the CUDA driver API functions, bound at run time through purego: no cgo,
// no CUDA toolkit at build time.
type driver struct {
	cuInit                    func(flags uint32) int32
	cuDeviceGetCount          func(n *int32) int32
	cuDeviceGet               func(dev *int32, ordinal int32) int32
	cuDeviceGetName           func(name *byte, n int32, dev int32) int32
	cuDevicePrimaryCtxRetain  func(ctx *uintptr, dev int32) int32
	cuDevicePrimaryCtxRelease func(dev int32) int32
	cuCtxSetCurrent           func(ctx uintptr) int32
	cuCtxSynchronize          func() int32
	cuModuleLoadDataEx        func(mod *uintptr, image unsafe.Pointer, nopt uint32, opts unsafe.Pointer, vals unsafe.Pointer) int32
	cuModuleUnload            func(mod uintptr) int32
	cuModuleGetFunction       func(fn *uintptr, mod uintptr, name *byte) int32
	cuMemAlloc                func(ptr *uint64, size uintptr) int32
	cuMemFree                 func(ptr uint64) int32
	cuMemcpyHtoD              func(dst uint64, src unsafe.Pointer, size uintptr) int32
	cuMemcpyDtoH              func(dst unsafe.Pointer, src uint64, size uintptr) int32
	cuLaunchKernel            func(fn uintptr, gx, gy, gz, bx, by, bz, shmem uint32, stream uintptr, params unsafe.Pointer, extra unsafe.Pointer) int32
	cuGetErrorName            func(res int32, name **byte) int32
}

// check turns a CUresult into nil or an *Error naming the call.
func (d *driver) check(call string, res int32) error {
	if res == cudaSuccess {
		return nil
	}
	e := &Error{Call: call, Code: int(res)}
	var p *byte
	if d.cuGetErrorName(res, &p) == cudaSuccess && p != nil {
		e.Name = cString(p)
	}
	return e
}

// cString copies a NUL-terminated C string (at most 256 bytes: error names are short).
func cString(p *byte) string {
	var b []byte
	for i := 0; i < 256; i++ {
		c := *(*byte)(unsafe.Add(unsafe.Pointer(p), i))
		if c == 0 {
			break
		}
		b = append(b, c)
	}
	return string(b)
}

// launch starts fn with the arguments; the parameter block (an array of pointers to
// 8-byte slots) is pinned Go memory for the duration of the call, which is all the
// driver needs: it copies the arguments before cuLaunchKernel returns.
func (d *driver) launch(fn uintptr, grid, block [3]uint32, args []arg) error {
	vals := make([]uint64, len(args)+1) // +1: never empty
	ptrs := make([]unsafe.Pointer, len(args)+1)
	var pin runtime.Pinner
	defer pin.Unpin()
	pin.Pin(&vals[0])
	for i, a := range args {
		vals[i] = a.val
		ptrs[i] = unsafe.Pointer(&vals[i])
	}
	pin.Pin(&ptrs[0])
	return d.check("cuLaunchKernel", d.cuLaunchKernel(fn, grid[0], grid[1], grid[2], block[0], block[1], block[2], 0, 0,
		unsafe.Pointer(&ptrs[0]), nil))
}
