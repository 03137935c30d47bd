// Package gpu is the GPU benchmark of the RepOps CUDA kernels (package cuda): each
// kernel's time on device-resident tensors against the time its bytes and operations
// allow on the GPU at hand and against PyTorch (cuBLAS for the matrix products) on the
// same GPU, and the training step against PyTorch's. It needs an NVIDIA GPU; see
// README.md. The shapes live here so that the Go side (cmd/gpubench) and the PyTorch
// side (torch_gpu.py, which reads them from `gpubench -list`) time the same work.
package gpu

import (
	"fmt"

	"github.com/veritrain/veritrain/repops"
)

// Case is one benchmarked kernel call.
type Case struct {
	Name   string        // stable name, shared with torch_gpu.py
	Kernel repops.Kernel // what runs
	Torch  string        // the PyTorch expression torch_gpu.py times for it
}

// Cases are the benchmarked calls; quick keeps small shapes only (a smoke test).
func Cases(quick bool) []Case {
	var cs []Case
	mm := [][3]int{{1024, 1024, 1024}, {4096, 4096, 4096}, {64, 784, 256}, {784, 64, 256}, {64, 256, 784}}
	n, rows, cols := 1<<24, 4096, 1024
	if quick {
		mm = [][3]int{{64, 96, 80}}
		n, rows, cols = 1000, 17, 64
	}
	for _, s := range mm {
		for _, l := range []repops.Layout{repops.NN, repops.NT, repops.TN} {
			k := repops.MatMulK{M: s[0], K: s[1], N: s[2], L: l}
			cs = append(cs, Case{Name: fmt.Sprintf("matmul%v_%dx%dx%d", l, s[0], s[1], s[2]), Kernel: k, Torch: "matmul"})
		}
	}
	add := func(name, torch string, k repops.Kernel) { cs = append(cs, Case{Name: name, Kernel: k, Torch: torch}) }
	add(fmt.Sprintf("relu_%d", n), "relu", repops.ReLU{N: n})
	add(fmt.Sprintf("relugrad_%d", n), "relugrad", repops.ReLUGrad{N: n})
	add(fmt.Sprintf("biasadd_%dx%d", n/cols, cols), "biasadd", repops.BiasAdd{M: n / cols, N: cols})
	add(fmt.Sprintf("momentum_%d", n), "momentum", repops.Momentum{N: n, Mu: 0.9})
	add(fmt.Sprintf("sgd_%d", n), "sgd", repops.SGDApply{N: n, LR: 0.05})
	add(fmt.Sprintf("scale_%d", n), "scale", repops.Scale{N: n, S: 0.999})
	add(fmt.Sprintf("tanh_%d", n), "tanh", repops.Tanh{N: n})
	add(fmt.Sprintf("tanhgrad_%d", n), "tanhgrad", repops.TanhGrad{N: n})
	add(fmt.Sprintf("adam_m_%d", n), "adam_m", repops.AdamM{N: n, B1: 0.9})
	add(fmt.Sprintf("adam_v_%d", n), "adam_v", repops.AdamV{N: n, B2: 0.999})
	add(fmt.Sprintf("adam_apply_%d", n), "adam_apply", repops.AdamApply{N: n, LR: 1e-3, Eps: 1e-8})
	add(fmt.Sprintf("colsum_%dx%d", rows, cols), "colsum", repops.ColSum{M: rows, N: cols})
	add(fmt.Sprintf("mean_%d", rows), "mean", repops.Mean{N: rows})
	add(fmt.Sprintf("xent_%dx%d", rows, 10), "xent", repops.SoftmaxXent{M: rows, C: 10})
	add(fmt.Sprintf("xentgrad_%dx%d", rows, 10), "xentgrad", repops.SoftmaxXentGrad{M: rows, C: 10})
	add(fmt.Sprintf("xent_%dx%d", rows, 1000), "xent", repops.SoftmaxXent{M: rows, C: 1000})
	conv := repops.Im2Col{N: 64, H: 28, W: 28, C: 16, KH: 5, KW: 5, S: 1}
	if quick {
		conv = repops.Im2Col{N: 2, H: 9, W: 9, C: 3, KH: 3, KW: 3, S: 2}
	}
	cn := fmt.Sprintf("%dx%dx%dx%d_k%dx%d_s%d", conv.N, conv.H, conv.W, conv.C, conv.KH, conv.KW, conv.S)
	add("im2col_"+cn, "im2col", conv)
	add("col2im_"+cn, "col2im", repops.Col2Im{Im2Col: conv})
	return cs
}

// Ops is the number of scalar float operations of c: 2mkn for a matrix product (its
// mkn fused multiply-adds counted as two, as FLOP/s count them), else the steps of the
// trace of its first output element (an optimizer's fma one step) times the outputs
// (every element of these kernels has the same trace length, except Col2Im's border
// elements, where it over-counts).
func (c Case) Ops() float64 {
	if mm, ok := c.Kernel.(repops.MatMulK); ok {
		return 2 * float64(mm.M) * float64(mm.K) * float64(mm.N)
	}
	in := make([][]float32, len(c.Kernel.InLens()))
	for i, n := range c.Kernel.InLens() {
		in[i] = make([]float32, n)
	}
	per := len(c.Kernel.Trace(in, 0))
	if _, ok := c.Kernel.(repops.SoftmaxXent); ok {
		return float64(per) * float64(c.Kernel.OutLen()) // one row per output
	}
	if _, ok := c.Kernel.(repops.Mean); ok {
		return float64(per)
	}
	return float64(per) * float64(c.Kernel.OutLen())
}

// Bytes is the memory traffic of c at best: every input read once, the output written
// once.
func (c Case) Bytes() float64 {
	n := c.Kernel.OutLen()
	for _, l := range c.Kernel.InLens() {
		n += l
	}
	return 4 * float64(n)
}

// Bound is the least time c can take on a GPU with the given FP32 rate (advertised
// TFLOP/s, which count a fused multiply-add as two) and memory bandwidth (TB/s), in
// milliseconds. A matrix product's 2mkn operations are fused (issue 15), so they run
// at the advertised rate; other kernels' operations are single instructions, at half.
func (c Case) Bound(fp32TFLOPS, memTBs float64) float64 {
	rate := fp32TFLOPS / 2 * 1e12
	if _, ok := c.Kernel.(repops.MatMulK); ok {
		rate = fp32TFLOPS * 1e12
	}
	ops := c.Ops() / rate
	mem := c.Bytes() / (memTBs * 1e12)
	return max(ops, mem) * 1e3
}
