// Command gpubench times the RepOps CUDA kernels on device-resident tensors and the
// training step with every kernel on the GPU, checks each kernel's output bit for bit
// against the CPU reference, and prints one JSON object per line. With -list it prints
// the benchmark cases for torch_gpu.py instead. See bench/gpu/README.md.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"github.com/veritrain/veritrain/bench/gpu"
	"github.com/veritrain/veritrain/cuda"
	"github.com/veritrain/veritrain/repops"
	"github.com/veritrain/veritrain/train"
)

// result is one line of output.
type result struct {
	Name       string  `json:"name"`
	Kind       string  `json:"kind"` // "kernel" or "step"
	Device     string  `json:"device"`
	Ms         float64 `json:"ms"`
	BoundMs    float64 `json:"bound_ms,omitempty"`
	Efficiency float64 `json:"efficiency,omitempty"` // bound / time
	GOPS       float64 `json:"gops,omitempty"`       // scalar operations per second, 1e9
	GBs        float64 `json:"gbs,omitempty"`
	BitExact   *bool   `json:"bit_exact,omitempty"`
	CPUMs      float64 `json:"cpu_ms,omitempty"`
	Iters      int     `json:"iters"`
}

// listed is one case as torch_gpu.py reads it.
type listed struct {
	Name   string   `json:"name"`
	Torch  string   `json:"torch"`
	Kernel string   `json:"kernel"`
	Params []uint32 `json:"params"`
	Bytes  float64  `json:"bytes"`
	Ops    float64  `json:"ops"`
}

func main() {
	var (
		lib      = flag.String("libcuda", "libcuda.so.1", "CUDA driver library")
		ordinal  = flag.Int("device", 0, "CUDA device ordinal")
		quick    = flag.Bool("quick", false, "small shapes only (a smoke test)")
		list     = flag.Bool("list", false, "print the cases as JSON lines for torch_gpu.py and exit")
		minTime  = flag.Duration("min-time", 300*time.Millisecond, "time each kernel for at least this long")
		tflops   = flag.Float64("fp32-tflops", 67, "the GPU's advertised FP32 TFLOP/s (fused multiply-add counted as 2): H100 SXM 67, H100 PCIe 51, H200 67, A100 19.5")
		tbs      = flag.Float64("mem-tbs", 3.35, "the GPU's memory bandwidth in TB/s: H100 SXM 3.35, H100 PCIe 2.0, H200 4.8, A100 40GB 1.56")
		check    = flag.Bool("check", true, "compare every kernel's output with the CPU reference, bit for bit")
		steps    = flag.Int("steps", 100, "training steps timed per model (0: none)")
		models   = flag.String("models", "mnist-mlp,mnist-cnn", "models whose training step is timed")
		cpuSteps = flag.Bool("cpu-steps", true, "time the training step on the CPU too")
	)
	flag.Parse()
	cases := gpu.Cases(*quick)
	enc := json.NewEncoder(os.Stdout)
	if *list {
		for _, c := range cases {
			must(enc.Encode(listed{Name: c.Name, Torch: c.Torch, Kernel: c.Kernel.String(), Params: c.Kernel.Params(), Bytes: c.Bytes(), Ops: c.Ops()}))
		}
		return
	}
	d, err := cuda.OpenLibrary(*lib, *ordinal)
	if err != nil {
		if errors.Is(err, cuda.ErrNoDriver) || errors.Is(err, cuda.ErrNoDevice) {
			fmt.Fprintln(os.Stderr, "gpubench: needs an NVIDIA GPU:", err)
			os.Exit(2)
		}
		fail(err)
	}
	defer d.Close()
	slog.Info("gpubench", "device", d.String(), "fp32_tflops", *tflops, "mem_tbs", *tbs)
	r := rand.New(rand.NewPCG(1, 2))
	for _, c := range cases {
		res, err := benchKernel(d, c, r, *minTime, *check, *tflops, *tbs)
		if err != nil {
			fail(fmt.Errorf("%s: %w", c.Name, err))
		}
		must(enc.Encode(res))
	}
	if *steps > 0 {
		for _, m := range strings.Split(*models, ",") {
			res, err := benchStep(d, m, *steps, *cpuSteps)
			if err != nil {
				fail(fmt.Errorf("step %s: %w", m, err))
			}
			must(enc.Encode(res))
		}
	}
}

// benchKernel uploads random inputs, runs the kernel once to check it against the CPU,
// then times back-to-back launches for at least minTime (one Sync at the end: launch
// overhead is part of a kernel's cost, as it is for PyTorch's).
func benchKernel(d *cuda.Device, c gpu.Case, r *rand.Rand, minTime time.Duration, check bool, tflops, tbs float64) (result, error) {
	k := c.Kernel
	in := make([][]float32, len(k.InLens()))
	bufs := make([]*cuda.Buffer, len(in))
	for i, n := range k.InLens() {
		in[i] = make([]float32, n)
		for j := range in[i] {
			in[i][j] = float32(r.NormFloat64())
		}
		if _, ok := k.(repops.AdamApply); ok && i >= 2 { // second moments and β powers in [0, 1)
			for j := range in[i] {
				in[i][j] = float32(math.Abs(float64(in[i][j]))) / 4
			}
		}
		b, err := d.Alloc(n)
		if err != nil {
			return result{}, err
		}
		defer b.Free()
		if err := b.Upload(in[i]); err != nil {
			return result{}, err
		}
		bufs[i] = b
	}
	out, err := d.Alloc(k.OutLen())
	if err != nil {
		return result{}, err
	}
	defer out.Free()
	res := result{Name: c.Name, Kind: "kernel", Device: d.Name()}
	if err := d.Launch(k, out, bufs); err != nil {
		return result{}, err
	}
	if check {
		got := make([]float32, k.OutLen())
		if err := out.Download(got); err != nil {
			return result{}, err
		}
		want := make([]float32, k.OutLen())
		k.Run(want, in)
		same := true
		for i := range want {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				same = false
				slog.Error("output differs from the CPU", "case", c.Name, "index", i,
					"gpu", fmt.Sprintf("%08x", math.Float32bits(got[i])), "cpu", fmt.Sprintf("%08x", math.Float32bits(want[i])))
				break
			}
		}
		res.BitExact = &same
	}
	iters := 1
	for {
		start := time.Now()
		for range iters {
			if err := d.Launch(k, out, bufs); err != nil {
				return result{}, err
			}
		}
		if err := d.Sync(); err != nil {
			return result{}, err
		}
		el := time.Since(start)
		if el >= minTime || iters >= 1<<20 {
			res.Ms = float64(el.Nanoseconds()) / 1e6 / float64(iters)
			res.Iters = iters
			break
		}
		iters *= 4
	}
	res.BoundMs = c.Bound(tflops, tbs)
	res.Efficiency = res.BoundMs / res.Ms
	res.GOPS = c.Ops() / res.Ms / 1e6
	res.GBs = c.Bytes() / res.Ms / 1e6
	return res, nil
}

// benchStep times training steps with every kernel on the GPU (each node copies its
// inputs to the device and its output back: the Trainer keeps values on the host for
// the dispute game) and checks that the GPU run ends on the CPU run's state hash.
func benchStep(d *cuda.Device, model string, steps int, cpuToo bool) (result, error) {
	s, err := train.Builtin(model)
	if err != nil {
		return result{}, err
	}
	run := func(be train.Backend) (float64, [32]byte, error) {
		tr, err := train.NewTrainerWith(s, train.Options{Backend: be})
		if err != nil {
			return 0, [32]byte{}, err
		}
		st, err := tr.Run(context.Background(), tr.Init(), 5, nil) // warm-up: buffers, JIT
		if err != nil {
			return 0, [32]byte{}, err
		}
		start := time.Now()
		st, err = tr.Run(context.Background(), st, uint64(5+steps), nil)
		if err != nil {
			return 0, [32]byte{}, err
		}
		return float64(time.Since(start).Nanoseconds()) / 1e6 / float64(steps), st.Hash(), nil
	}
	ms, h, err := run(d)
	if err != nil {
		return result{}, err
	}
	res := result{Name: "step_" + model, Kind: "step", Device: d.Name(), Ms: ms, Iters: steps}
	if cpuToo {
		cms, ch, err := run(train.CPU)
		if err != nil {
			return result{}, err
		}
		same := ch == h
		res.CPUMs, res.BitExact = cms, &same
	}
	return res, nil
}

func must(err error) {
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gpubench:", err)
	os.Exit(1)
}
