package cuda

import (
	"fmt"

	"github.com/veritrain/veritrain/repops"
)

// Buffer is a float32 tensor in device memory, for work that keeps its data on the GPU
// between kernels (benchmarks, a device-resident training step). Free it when done.
type Buffer struct {
	d   *Device
	ptr uint64
	n   int
}

// Alloc allocates a device buffer of n float32 (contents undefined).
func (d *Device) Alloc(n int) (*Buffer, error) {
	b := &Buffer{d: d, n: n}
	if n == 0 {
		return b, nil
	}
	err := d.do(func() error {
		return d.drv.check("cuMemAlloc_v2", d.drv.cuMemAlloc(&b.ptr, uintptr(n)*4))
	})
	if err != nil {
		return nil, fmt.Errorf("alloc %d floats: %w", n, err)
	}
	return b, nil
}

// Len is the buffer's number of float32.
func (b *Buffer) Len() int { return b.n }

// Upload copies src (of the buffer's length) to the device.
func (b *Buffer) Upload(src []float32) error {
	if len(src) != b.n {
		return fmt.Errorf("cuda: upload of %d floats into a buffer of %d", len(src), b.n)
	}
	return b.d.do(func() error { return b.d.upload(b.ptr, src) })
}

// Download copies the buffer into dst (of the buffer's length); it waits for the
// kernels before it on the device.
func (b *Buffer) Download(dst []float32) error {
	if len(dst) != b.n {
		return fmt.Errorf("cuda: download of a buffer of %d floats into %d", b.n, len(dst))
	}
	return b.d.do(func() error { return b.d.download(dst, b.ptr) })
}

// Free releases the device memory.
func (b *Buffer) Free() error {
	if b.ptr == 0 {
		return nil
	}
	err := b.d.do(func() error { return b.d.drv.check("cuMemFree_v2", b.d.drv.cuMemFree(b.ptr)) })
	b.ptr, b.n = 0, 0
	return err
}

// Launch starts k on device buffers without waiting for it (Sync waits); buffer
// lengths are checked against the kernel's shape. out must not be one of the inputs.
func (d *Device) Launch(k repops.Kernel, out *Buffer, in []*Buffer) error {
	lens := k.InLens()
	if len(in) != len(lens) {
		return fmt.Errorf("cuda: %v: %d inputs, want %d", k, len(in), len(lens))
	}
	for i, b := range in {
		if b.n != lens[i] {
			return fmt.Errorf("cuda: %v: input %d has %d elements, want %d", k, i, b.n, lens[i])
		}
		if b == out && b.n > 0 {
			return fmt.Errorf("cuda: %v: output is input %d", k, i)
		}
	}
	if out.n != k.OutLen() {
		return fmt.Errorf("cuda: %v: output has %d elements, want %d", k, out.n, k.OutLen())
	}
	p, err := planFor(k)
	if err != nil {
		return err
	}
	if out.n == 0 {
		return nil
	}
	args := make([]arg, 0, len(in)+1+len(p.params))
	args = append(args, arg{kind: argPtr, val: out.ptr})
	for _, b := range in {
		args = append(args, arg{kind: argPtr, val: b.ptr})
	}
	args = append(args, p.params...)
	return d.do(func() error {
		if err := d.drv.launch(d.fns[p.fn], p.grid, p.block, args); err != nil {
			return fmt.Errorf("%v: %w", k, err)
		}
		return nil
	})
}

// Sync waits until every kernel launched on the device has finished.
func (d *Device) Sync() error {
	return d.do(func() error { return d.drv.check("cuCtxSynchronize", d.drv.cuCtxSynchronize()) })
}
