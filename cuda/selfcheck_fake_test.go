//go:build linux && (amd64 || arm64)

package cuda

import (
	"errors"
	"testing"

	"github.com/ebitengine/purego"

	"github.com/veritrain/veritrain/cuda/internal/kerneltest"
	"github.com/veritrain/veritrain/repops"
)

// TestSelfCheckFakeDriver runs the self-check through the real loader against the fake
// driver (kernels/repops.cu on the host): it passes, and with FAKECUDA_FLIP one bit of
// one entry point's output wrong it fails naming that kernel and entry point, also where
// only the matrix product's small-tile variant is wrong (the check runs both variants on
// every shape, whichever one training would pick). OpenChecked closes a device that
// fails, leaving no buffer behind.
func TestSelfCheckFakeDriver(t *testing.T) {
	lib := fakeDriver(t)
	d, err := OpenLibrary(lib, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	// Edges only, on the short shapes and three matrix products: the emulated barriers
	// are slow, and TestSelfCheckPassesOnReference runs the full set against the CPU
	// reference.
	cs := []checkCase{
		{repops.MatMulK{M: 17, K: 33, N: 65, L: repops.NN}, kerneltest.Edges},
		{repops.MatMulK{M: 65, K: 17, N: 1, L: repops.NT}, kerneltest.Edges},
		{repops.MatMulK{M: 3, K: 70, N: 17, L: repops.TN}, kerneltest.Edges},
	}
	for _, k := range kerneltest.Kernels(true) {
		if _, mm := k.(repops.MatMulK); !mm {
			cs = append(cs, checkCase{k, kerneltest.Edges})
		}
	}
	rep, err := selfCheck(d, cs)
	if err != nil {
		t.Fatalf("correct device: %v", err)
	}
	if rep.Kernels != len(kernelNames) {
		t.Fatalf("report %+v: want %d kernels", rep, len(kernelNames))
	}
	for _, tc := range []struct {
		entry string
		id    repops.KernelID
	}{{"ro_matmul", repops.KMatMul}, {"ro_matmul_s", repops.KMatMul}, {"ro_xentgrad", repops.KSoftmaxXentGrad}, {"ro_col2im", repops.KCol2Im}} {
		t.Setenv("FAKECUDA_FLIP", tc.entry)
		var only []checkCase // that kernel's cases: the others passed above
		for _, c := range cs {
			if c.k.ID() == tc.id {
				only = append(only, c)
			}
		}
		_, err := selfCheck(d, only)
		var m *Mismatch
		if !errors.As(err, &m) || m.Kernel.ID() != tc.id || m.Entry != tc.entry || m.Index != 0 || m.Got^m.Want != 1 {
			t.Fatalf("%s one bit wrong: %v", tc.entry, err)
		}
		t.Logf("%s: %v", tc.entry, err)
	}

	h, err := purego.Dlopen(lib, purego.RTLD_NOW|purego.RTLD_LOCAL)
	if err != nil {
		t.Fatal(err)
	}
	var live func() int64
	purego.RegisterLibFunc(&live, h, "fake_live")
	before := live()
	t.Setenv("FAKECUDA_FLIP", "ro_matmul")
	g, _, err := OpenChecked(func() (GPU, error) { return OpenLibrary(lib, 0) })
	if g != nil || !errors.Is(err, ErrMismatch) {
		t.Fatalf("OpenChecked with ro_matmul wrong: %v, %v", g, err)
	}
	if n := live(); n != before {
		t.Errorf("%d device buffers live after the failed device was closed, %d before", n, before)
	}
}
