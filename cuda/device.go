package cuda

import (
	"bytes"
	"fmt"
	"runtime"
	"sync"
	"unsafe"

	"github.com/veritrain/veritrain/repops"
)

// Device is one CUDA GPU with the RepOps module loaded. Its methods are safe for
// concurrent use; they run one at a time (the driver's current context is per OS
// thread, so every call pins its goroutine to a thread and makes the context current).
type Device struct {
	mu      sync.Mutex
	drv     *driver
	ordinal int32
	name    string
	ctx     uintptr
	mod     uintptr
	fns     map[string]uintptr
	pool    map[int][]uint64 // free device buffers by element count (Run's scratch)
	closed  bool
}

// Open opens the first CUDA device: the driver library is loaded at run time, so this
// works in any build (cgo or not) and fails with an error wrapping ErrNoDriver or
// ErrNoDevice on a machine without one.
func Open() (*Device, error) { return OpenDevice(0) }

// OpenDevice opens the CUDA device with the given ordinal.
func OpenDevice(ordinal int) (*Device, error) { return OpenLibrary(defaultLibrary, ordinal) }

// OpenLibrary opens device ordinal through the driver library at lib (a path, or a
// name the dynamic loader searches for): for drivers installed outside the loader's
// path, and for tests, which load a fake driver.
func OpenLibrary(lib string, ordinal int) (*Device, error) {
	drv, err := loadDriver(lib)
	if err != nil {
		return nil, err
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if res := drv.cuInit(0); res != cudaSuccess {
		if res == cudaErrorNoDevice {
			return nil, fmt.Errorf("%w: cuInit: %w", ErrNoDevice, drv.check("cuInit", res))
		}
		return nil, drv.check("cuInit", res)
	}
	var n int32
	if err := drv.check("cuDeviceGetCount", drv.cuDeviceGetCount(&n)); err != nil {
		return nil, err
	}
	if ordinal < 0 || int(n) <= ordinal {
		return nil, fmt.Errorf("%w: device %d asked for, %d present", ErrNoDevice, ordinal, n)
	}
	d := &Device{drv: drv, fns: map[string]uintptr{}, pool: map[int][]uint64{}}
	if err := drv.check("cuDeviceGet", drv.cuDeviceGet(&d.ordinal, int32(ordinal))); err != nil {
		return nil, err
	}
	name := make([]byte, 256)
	if err := drv.check("cuDeviceGetName", drv.cuDeviceGetName(&name[0], int32(len(name)), d.ordinal)); err != nil {
		return nil, err
	}
	d.name = string(name[:max(0, bytes.IndexByte(name, 0))])
	if err := drv.check("cuDevicePrimaryCtxRetain", drv.cuDevicePrimaryCtxRetain(&d.ctx, d.ordinal)); err != nil {
		return nil, err
	}
	if err := d.load(); err != nil {
		_ = drv.cuDevicePrimaryCtxRelease(d.ordinal)
		return nil, err
	}
	return d, nil
}

// load makes the context current and loads the PTX module and its functions; the
// driver's JIT log is part of the error when the PTX does not compile.
func (d *Device) load() error {
	drv := d.drv
	if err := drv.check("cuCtxSetCurrent", drv.cuCtxSetCurrent(d.ctx)); err != nil {
		return err
	}
	image := append(bytes.Clone(PTX), 0)
	logBuf := make([]byte, 8192)
	// CU_JIT_ERROR_LOG_BUFFER (5) and CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES (6); option
	// values are passed as pointer-sized words.
	opts := []int32{6, 5}
	vals := []uintptr{uintptr(len(logBuf)), uintptr(unsafe.Pointer(&logBuf[0]))}
	var pin runtime.Pinner
	pin.Pin(&image[0])
	pin.Pin(&logBuf[0])
	pin.Pin(&opts[0])
	pin.Pin(&vals[0])
	res := drv.cuModuleLoadDataEx(&d.mod, unsafe.Pointer(&image[0]), uint32(len(opts)), unsafe.Pointer(&opts[0]), unsafe.Pointer(&vals[0]))
	pin.Unpin()
	if err := drv.check("cuModuleLoadDataEx", res); err != nil {
		if log := string(logBuf[:max(0, bytes.IndexByte(logBuf, 0))]); log != "" {
			return fmt.Errorf("%w: JIT log: %s", err, log)
		}
		return err
	}
	for _, name := range ptxFunctions() {
		cname := append([]byte(name), 0)
		var fn uintptr
		if err := drv.check("cuModuleGetFunction "+name, drv.cuModuleGetFunction(&fn, d.mod, &cname[0])); err != nil {
			_ = drv.cuModuleUnload(d.mod)
			return err
		}
		d.fns[name] = fn
	}
	return nil
}

// Name is the GPU's name as the driver reports it.
func (d *Device) Name() string { return d.name }

func (d *Device) String() string { return fmt.Sprintf("cuda:%d (%s)", d.ordinal, d.name) }

// Close frees the device's buffers, unloads the module and releases the context.
func (d *Device) Close() error {
	return d.do(func() error {
		var errs []error
		for _, bufs := range d.pool {
			for _, p := range bufs {
				errs = append(errs, d.drv.check("cuMemFree_v2", d.drv.cuMemFree(p)))
			}
		}
		d.pool = nil
		errs = append(errs, d.drv.check("cuModuleUnload", d.drv.cuModuleUnload(d.mod)))
		errs = append(errs, d.drv.check("cuDevicePrimaryCtxRelease_v2", d.drv.cuDevicePrimaryCtxRelease(d.ordinal)))
		d.closed = true
		for _, err := range errs {
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// do runs f with the device's lock held and its context current on this thread.
func (d *Device) do(f func() error) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return ErrClosed
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := d.drv.check("cuCtxSetCurrent", d.drv.cuCtxSetCurrent(d.ctx)); err != nil {
		return err
	}
	return f()
}

// Supports reports whether k has a CUDA implementation.
func (d *Device) Supports(k repops.Kernel) bool {
	_, err := planFor(k)
	return err == nil
}

// Run computes k on the GPU: it copies the inputs to the device, runs the kernel and
// copies out[:k.OutLen()] back, bit for bit what k.Run computes on the CPU. The
// signature is repops.Kernel.Run's, with an error (so a Device serves as a train
// backend).
func (d *Device) Run(k repops.Kernel, out []float32, in [][]float32) error {
	return d.runVariant(k, out, in, mmVariant)
}

// runVariant is Run with the matrix product's variant forced (see planVariant).
func (d *Device) runVariant(k repops.Kernel, out []float32, in [][]float32, variant string) error {
	if err := repops.Check(k, out, in); err != nil {
		return fmt.Errorf("cuda: %w", err)
	}
	p, err := planVariant(k, variant)
	if err != nil {
		return err
	}
	if k.OutLen() == 0 {
		return nil
	}
	return d.do(func() error {
		ptrs := make([]uint64, 0, len(in)+1)
		defer func() {
			for i, ptr := range ptrs {
				n := len(out)
				if i > 0 {
					n = len(in[i-1])
				}
				d.release(n, ptr)
			}
		}()
		o, err := d.alloc(len(out))
		if err != nil {
			return err
		}
		ptrs = append(ptrs, o)
		for _, x := range in {
			ptr, err := d.alloc(len(x))
			if err != nil {
				return err
			}
			ptrs = append(ptrs, ptr)
			if err := d.upload(ptr, x); err != nil {
				return err
			}
		}
		args := make([]arg, 0, len(ptrs)+len(p.params))
		for _, ptr := range ptrs {
			args = append(args, arg{kind: argPtr, val: ptr})
		}
		args = append(args, p.params...)
		if err := d.drv.launch(d.fns[p.fn], p.grid, p.block, args); err != nil {
			return fmt.Errorf("%v: %w", k, err)
		}
		if err := d.drv.check("cuCtxSynchronize", d.drv.cuCtxSynchronize()); err != nil {
			return fmt.Errorf("%v: %w", k, err)
		}
		return d.download(out, o)
	})
}

// alloc takes a device buffer of n float32 from the pool, or allocates one. An empty
// tensor is the null pointer (kernels never read it: their loops are empty).
func (d *Device) alloc(n int) (uint64, error) {
	if n == 0 {
		return 0, nil
	}
	if free := d.pool[n]; len(free) > 0 {
		p := free[len(free)-1]
		d.pool[n] = free[:len(free)-1]
		return p, nil
	}
	var p uint64
	if err := d.drv.check("cuMemAlloc_v2", d.drv.cuMemAlloc(&p, uintptr(n)*4)); err != nil {
		return 0, fmt.Errorf("%d floats: %w", n, err)
	}
	return p, nil
}

// release returns a buffer to the pool: a training step asks for the same sizes every
// time, so after the first step nothing is allocated.
func (d *Device) release(n int, p uint64) {
	if n > 0 && d.pool != nil {
		d.pool[n] = append(d.pool[n], p)
	}
}

func (d *Device) upload(dst uint64, src []float32) error {
	if len(src) == 0 {
		return nil
	}
	return d.drv.check("cuMemcpyHtoD_v2", d.drv.cuMemcpyHtoD(dst, unsafe.Pointer(&src[0]), uintptr(len(src))*4))
}

func (d *Device) download(dst []float32, src uint64) error {
	if len(dst) == 0 {
		return nil
	}
	return d.drv.check("cuMemcpyDtoH_v2", d.drv.cuMemcpyDtoH(unsafe.Pointer(&dst[0]), src, uintptr(len(dst))*4))
}
