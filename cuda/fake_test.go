//go:build linux && (amd64 || arm64)

package cuda

import (
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ebitengine/purego"

	"github.com/veritrain/veritrain/cuda/internal/kerneltest"
	"github.com/veritrain/veritrain/repops"
)

// fakeDriver builds testdata/fakecuda.c, a libcuda.so.1 that runs kernels/repops.cu on
// the CPU (the matrix product's blocks as real threads meeting at barriers), and returns
// its path; it skips where there is no C compiler.
func fakeDriver(t *testing.T) string {
	t.Helper()
	cc := os.Getenv("CC")
	if cc == "" {
		cc = "gcc"
	}
	if _, err := exec.LookPath(cc); err != nil {
		t.Skipf("no C compiler (%s): the loader's end-to-end test against the fake driver does not run", cc)
	}
	// Read the sources so that the go command's test cache notices when they change.
	for _, f := range []string{"testdata/fakecuda.c", "kernels/repops.cu", "kernels/repops.h"} {
		if _, err := os.ReadFile(f); err != nil {
			t.Fatal(err)
		}
	}
	lib := filepath.Join(t.TempDir(), "libcuda.so.1")
	cmd := exec.Command(cc, "-std=c11", "-O1", "-shared", "-fPIC", "-Ikernels", "-o", lib, "testdata/fakecuda.c", "-lm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the fake driver: %v\n%s", err, out)
	}
	return lib
}

// TestLoaderAgainstFakeDriver runs the whole GPU test suite (every kernel, buffers, a
// short training run) through the real loader against the fake driver: purego bindings,
// argument blocks, launch grids, buffer pooling and CUresult handling are checked
// without a GPU, and so is kernels/repops.cu itself, executed on the host.
func TestLoaderAgainstFakeDriver(t *testing.T) {
	lib := fakeDriver(t)
	d, err := OpenLibrary(lib, 0)
	if err != nil {
		t.Fatalf("opening the fake driver: %v", err)
	}
	h, err := purego.Dlopen(lib, purego.RTLD_NOW|purego.RTLD_LOCAL)
	if err != nil {
		t.Fatal(err)
	}
	var live func() int64
	purego.RegisterLibFunc(&live, h, "fake_live")
	t.Logf("device %v", d)

	// The smaller set of shapes: coroutine switches make the emulated barriers slow, and
	// cuda/kernels checks the larger shapes' arithmetic on the host already.
	t.Run("kernels", func(t *testing.T) { testKernels(t, d, true) })
	t.Run("buffers", func(t *testing.T) { testBuffers(t, d) })
	t.Run("concurrent", func(t *testing.T) { testConcurrent(t, d) })
	t.Run("training", func(t *testing.T) {
		testTrainingMatchesCPU(t, d, "synthetic-mlp", 20)
		testTrainingMatchesCPU(t, d, "synthetic-cnn", 3)
	})
	t.Run("gpt", func(t *testing.T) { testGPTMatchesCPU(t, d, 3) })
	pooled := 0
	for _, bufs := range d.pool {
		pooled += len(bufs)
	}
	if n := live(); n != int64(pooled) {
		t.Errorf("%d device buffers live, %d in the pool: the others leaked", n, pooled)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if n := live(); n != 0 {
		t.Errorf("%d device buffers live after Close", n)
	}
	if err := d.Close(); !errors.Is(err, ErrClosed) {
		t.Errorf("second Close: %v, want ErrClosed", err)
	}
}

// TestFakeDriverErrors: the driver's failures come back as the sentinels or as an
// *Error naming the call and the CUresult.
func TestFakeDriverErrors(t *testing.T) {
	lib := fakeDriver(t)
	t.Setenv("FAKECUDA_INIT", "100") // CUDA_ERROR_NO_DEVICE
	if _, err := OpenLibrary(lib, 0); !errors.Is(err, ErrNoDevice) {
		t.Errorf("cuInit NO_DEVICE: %v, want ErrNoDevice", err)
	}
	t.Setenv("FAKECUDA_INIT", "2")
	_, err := OpenLibrary(lib, 0)
	var e *Error
	if !errors.As(err, &e) || e.Call != "cuInit" || e.Code != 2 || e.Name != "CUDA_ERROR_OUT_OF_MEMORY" {
		t.Errorf("cuInit OUT_OF_MEMORY: %v (%#v)", err, e)
	} else if want := "cuda: cuInit: CUDA_ERROR_OUT_OF_MEMORY (2)"; err.Error() != want {
		t.Errorf("error text %q, want %q", err, want)
	}
	t.Setenv("FAKECUDA_INIT", "0")
	if _, err := OpenLibrary(lib, 1); !errors.Is(err, ErrNoDevice) {
		t.Errorf("device 1 of 1: %v, want ErrNoDevice", err)
	}
}

// testConcurrent runs kernels on one Device from several goroutines: calls are
// serialised and each makes the context current on its own thread.
func testConcurrent(t *testing.T, d *Device) {
	ks := []repops.Kernel{repops.MatMulK{M: 33, K: 20, N: 70, L: repops.NT}, repops.Tanh{N: 999},
		repops.SoftmaxXentGrad{M: 9, C: 10}, repops.Col2Im{Im2Col: repops.Im2Col{N: 1, H: 6, W: 6, C: 2, KH: 3, KW: 3, S: 1}}}
	errs := make(chan error, 4*len(ks))
	for g := range 4 {
		go func() {
			r := rand.New(rand.NewPCG(uint64(g), 99))
			for _, k := range ks {
				in := kerneltest.Inputs(r, k, kerneltest.Specials)
				want, got := make([]float32, k.OutLen()), make([]float32, k.OutLen())
				k.Run(want, in)
				err := d.Run(k, got, in)
				if err == nil {
					err = kerneltest.Compare(got, want)
				}
				errs <- err
			}
		}()
	}
	for range 4 * len(ks) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
