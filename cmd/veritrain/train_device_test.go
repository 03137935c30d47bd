package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/cuda"
	"github.com/veritrain/veritrain/repops"
	"github.com/veritrain/veritrain/train"
)

// TestTrainDevice: --device auto always trains (on the GPU where one opens and passes
// the self-check, else the CPU) and lands on the --device cpu state hash; --device cuda
// fails with the cuda sentinel on a machine without a GPU; an unknown device is a usage
// error.
func TestTrainDevice(t *testing.T) {
	args := []string{"train", "--model", "synthetic-mlp", "--steps", "5", "--json"}
	out, err := execute(t, append(args, "--device", "cpu")...)
	if err != nil {
		t.Fatal(err)
	}
	var cpu, auto trainResult
	lastJSON(t, out, &cpu)
	if cpu.Device != "cpu" {
		t.Fatalf("device %q, want cpu", cpu.Device)
	}
	out, err = execute(t, append(args, "--device", "auto")...)
	if err != nil {
		t.Fatal(err)
	}
	lastJSON(t, out, &auto)
	if auto.StateHash != cpu.StateHash {
		t.Fatalf("--device auto (%s) ends on %s, the CPU on %s", auto.Device, auto.StateHash, cpu.StateHash)
	}
	_, err = execute(t, append(args, "--device", "cuda")...)
	d, openErr := cuda.Open()
	if openErr == nil {
		_ = d.Close()
		if err != nil {
			t.Fatalf("--device cuda with a GPU present: %v", err)
		}
	} else if !errors.Is(err, cuda.ErrNoDriver) && !errors.Is(err, cuda.ErrNoDevice) {
		t.Fatalf("--device cuda without a GPU: %v, want ErrNoDriver or ErrNoDevice", err)
	}
	_, err = execute(t, append(args, "--device", "tpu")...)
	var ue usageError
	if !errors.As(err, &ue) {
		t.Fatalf("--device tpu: %v, want a usage error", err)
	}
}

// fakeGPU stands in for a CUDA device behind openGPU: it computes every kernel with the
// CPU reference (a card that is right), or with one bit of one kernel's output wrong.
type fakeGPU struct {
	flip         repops.KernelID // the wrong kernel; noFlip for none
	runs, closed int
	afterClose   int // runs after Close: training on a rejected device
}

const noFlip repops.KernelID = 255

func (g *fakeGPU) Run(k repops.Kernel, out []float32, in [][]float32) error {
	g.runs++
	if g.closed > 0 {
		g.afterClose++
	}
	k.Run(out, in)
	if k.ID() == g.flip && len(out) > 0 {
		out[0] = math.Float32frombits(math.Float32bits(out[0]) ^ 1)
	}
	return nil
}
func (g *fakeGPU) String() string { return "fake:0 (test GPU)" }
func (g *fakeGPU) Close() error   { g.closed++; return nil }

// withGPU puts g (or, with g nil, the error err) behind openGPU for one test.
func withGPU(t *testing.T, g *fakeGPU, err error) {
	t.Helper()
	old := openGPU
	t.Cleanup(func() { openGPU = old })
	openGPU = func() (cuda.GPU, error) {
		if g == nil {
			return nil, err
		}
		return g, nil
	}
}

// linesWith counts the log lines that contain s.
func linesWith(log, s string) int {
	n := 0
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, s) {
			n++
		}
	}
	return n
}

// executeLog is execute with the log (stderr) too.
func executeLog(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	root := newRoot()
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return out.String(), errb.String(), err
}

// TestTrainDeviceSelfCheck: --device auto trains on a GPU only after the self-check:
// a card that computes every kernel right is used (and ends on the CPU's state hash);
// a card with one wrong bit in one kernel (relugrad) is closed, never trained on, and
// training runs on the CPU with one log line naming the kernel; with no GPU, one log
// line says so. --device cuda fails on that card with exit code 3 (a mismatchError)
// naming the kernel, and without a GPU with the cuda sentinel (exit code 1).
func TestTrainDeviceSelfCheck(t *testing.T) {
	args := []string{"train", "--model", "synthetic-mlp", "--steps", "5", "--json"}
	var cpu trainResult
	out, err := execute(t, append(args, "--device", "cpu")...)
	if err != nil {
		t.Fatal(err)
	}
	lastJSON(t, out, &cpu)

	good := &fakeGPU{flip: noFlip}
	withGPU(t, good, nil)
	out, log, err := executeLog(t, append(args, "--device", "auto")...)
	if err != nil {
		t.Fatal(err)
	}
	var res trainResult
	lastJSON(t, out, &res)
	if res.Device != good.String() || res.StateHash != cpu.StateHash || !strings.Contains(log, "self-check passed") {
		t.Fatalf("a right GPU: trained on %q to %s (CPU %s); log:\n%s", res.Device, res.StateHash, cpu.StateHash, log)
	}

	bad := &fakeGPU{flip: repops.KReLUGrad}
	withGPU(t, bad, nil)
	out, log, err = executeLog(t, append(args, "--device", "auto")...)
	if err != nil {
		t.Fatal(err)
	}
	lastJSON(t, out, &res)
	if res.Device != "cpu" || res.StateHash != cpu.StateHash {
		t.Fatalf("one wrong bit in relugrad: trained on %q to %s, want the CPU and %s", res.Device, res.StateHash, cpu.StateHash)
	}
	if bad.closed != 1 || bad.afterClose != 0 {
		t.Fatalf("the failing GPU closed %d times, ran %d kernels after Close", bad.closed, bad.afterClose)
	}
	if n := linesWith(log, "self-check"); n != 1 || !strings.Contains(log, "relugrad(") || !strings.Contains(log, "training on the CPU") {
		t.Fatalf("want one log line naming relugrad and the CPU, got %d mentions:\n%s", n, log)
	}

	_, _, err = executeLog(t, append(args, "--device", "cuda")...)
	var me mismatchError
	if !errors.As(err, &me) || !errors.Is(err, cuda.ErrMismatch) || !strings.Contains(err.Error(), "relugrad(") {
		t.Fatalf("--device cuda on the failing GPU: %v, want a mismatchError naming relugrad", err)
	}

	withGPU(t, nil, fmt.Errorf("%w: cuInit: CUDA_ERROR_NO_DEVICE", cuda.ErrNoDevice))
	out, log, err = executeLog(t, append(args, "--device", "auto")...)
	if err != nil {
		t.Fatal(err)
	}
	lastJSON(t, out, &res)
	if res.Device != "cpu" || linesWith(log, "training on the CPU") != 1 || !strings.Contains(log, "no CUDA device") {
		t.Fatalf("no GPU: trained on %q; log:\n%s", res.Device, log)
	}
	_, _, err = executeLog(t, append(args, "--device", "cuda")...)
	if !errors.Is(err, cuda.ErrNoDevice) || errors.As(err, &me) {
		t.Fatalf("--device cuda without a GPU: %v, want ErrNoDevice (exit code 1)", err)
	}
}

// TestSolverDeviceSelfCheck: the solver's --device is auto by default and goes through
// openBackend, so it trains on a GPU only after the self-check: a failing card gives
// the CPU, a right one is used.
func TestSolverDeviceSelfCheck(t *testing.T) {
	if f := newSolverCmd().Flags().Lookup("device"); f == nil || f.DefValue != deviceAuto {
		t.Fatalf("solver --device default: %v, want %s", f, deviceAuto)
	}
	bad := &fakeGPU{flip: repops.KAdamApply}
	withGPU(t, bad, nil)
	be, closeBe, err := openBackend(deviceAuto)
	if err != nil || be != train.CPU || bad.closed != 1 {
		t.Fatalf("one wrong bit in adam_apply: backend %v, %v, closed %d; want the CPU", be, err, bad.closed)
	}
	closeBe()
	good := &fakeGPU{flip: noFlip}
	withGPU(t, good, nil)
	be, closeBe, err = openBackend(deviceAuto)
	if err != nil || be != cuda.GPU(good) {
		t.Fatalf("a right GPU: backend %v, %v", be, err)
	}
	closeBe()
	if good.closed != 1 {
		t.Fatalf("closed %d times, want once", good.closed)
	}
}

// TestSelftest: veritrain selftest passes on a right card (exit code 0), fails with a
// mismatchError (exit code 3) naming the kernel, its shape, the element and both bit
// patterns on a card with one wrong bit, and fails plainly (exit code 1) without a GPU.
func TestSelftest(t *testing.T) {
	withGPU(t, &fakeGPU{flip: noFlip}, nil)
	out, err := execute(t, "selftest", "--device", "cuda", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var res selftestResult
	lastJSON(t, out, &res)
	if res.Device != "fake:0 (test GPU)" || res.Kernels != int(repops.KAdamW) || res.Cases == 0 { // every kernel, 1 to 40
		t.Fatalf("selftest on a right card: %+v", res)
	}

	withGPU(t, &fakeGPU{flip: repops.KCol2Im}, nil)
	_, err = execute(t, "selftest")
	var me mismatchError
	var m *cuda.Mismatch
	if !errors.As(err, &me) || !errors.As(err, &m) || m.Kernel.ID() != repops.KCol2Im || m.Got^m.Want != 1 || m.Index != 0 {
		t.Fatalf("selftest with col2im one bit wrong: %v, want a mismatchError", err)
	}
	want := fmt.Sprintf("kernel %v", m.Kernel)
	if msg := err.Error(); !strings.Contains(msg, want) || !strings.Contains(msg, fmt.Sprintf("GPU %08x", m.Got)) ||
		!strings.Contains(msg, fmt.Sprintf("CPU %08x", m.Want)) || !strings.Contains(msg, "output 0 differs") {
		t.Fatalf("message %q: want the kernel, its shape, the element and both bit patterns", msg)
	}

	withGPU(t, nil, fmt.Errorf("%w: libcuda.so.1: cannot open shared object file", cuda.ErrNoDriver))
	_, err = execute(t, "selftest")
	var ue usageError
	if !errors.Is(err, cuda.ErrNoDriver) || errors.As(err, &me) || errors.As(err, &ue) {
		t.Fatalf("selftest without a GPU: %v, want ErrNoDriver (exit code 1)", err)
	}
	if _, err := execute(t, "selftest", "--device", "tpu"); !errors.As(err, &ue) {
		t.Fatalf("selftest --device tpu: %v, want a usage error", err)
	}
}

// TestSelftestCPU: selftest --device cpu checks the CPU's assembly matrix-product
// kernels against the definition and names the one MatMul runs.
func TestSelftestCPU(t *testing.T) {
	out, err := execute(t, "selftest", "--device", "cpu", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var res selftestResult
	lastJSON(t, out, &res)
	if res.Device != "cpu" || res.MatMul != repops.MatMulKernel() || res.Kernels != len(repops.CheckKernels()) {
		t.Fatalf("selftest --device cpu: %+v (MatMul runs %s)", res, repops.MatMulKernel())
	}
}
