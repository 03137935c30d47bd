package repops

import (
	"fmt"
	"runtime"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// gemmBenchShapes are the MNIST MLP's products (forward and the two backward layouts)
// and the square reference size. Names read m×k×n_layout; bench/gemm/run.sh parses them.
var gemmBenchShapes = []struct {
	m, k, n int
	l       Layout
}{
	{64, 784, 256, NN}, // X·W1
	{64, 256, 784, NT}, // dY·W1^T
	{784, 64, 256, TN}, // X^T·dY
	{64, 256, 10, NN},  // H·W2
	{64, 10, 256, NT},
	{256, 64, 10, TN},
	{1024, 1024, 1024, NN},
	{1024, 1024, 1024, NT},
	{1024, 1024, 1024, TN},
}

// BenchmarkMatMul reports GFLOP/s (2mkn per product) for MatMul (the path this build
// picks: AVX-512 where the CPU has it, then "repops-avx2", the AVX2 kernel, beside it),
// the AVX2 blocking with the unfused micro-kernel (VMULPS then VADDPS: the
// definition before issue 15, "repops-unfused", where the CPU has AVX2+FMA), the
// pure-Go kernel on all cores, and gonum's Sgemm on the same operands: fused and
// unfused side by side on one CPU in one run. Name the CPU with the figures
// (lscpu | grep 'Model name'): whether a separate multiply and add cost twice the
// fused one depends on it (on AMD Zen the adds have their own pipes).
func BenchmarkMatMul(b *testing.B) {
	for _, s := range gemmBenchShapes {
		r := gemmSeed(s.m, s.k, s.n)
		a := gemmFill(r, gemmNormal, s.m*s.k)
		bb := gemmFill(r, gemmNormal, s.k*s.n)
		c := make([]float32, s.m*s.n)
		flops := 2 * float64(s.m) * float64(s.k) * float64(s.n)
		name := fmt.Sprintf("%dx%dx%d_%v", s.m, s.k, s.n, s.l)
		report := func(b *testing.B) {
			b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		}
		b.Run(name+"/repops", func(b *testing.B) {
			for b.Loop() {
				MatMul(c, a, bb, s.m, s.k, s.n, s.l)
			}
			report(b)
		})
		if gemmAVX2Kernel != nil && gemmPick() != gemmAVX2Kernel {
			b.Run(name+"/repops-avx2", func(b *testing.B) {
				for b.Loop() {
					gemmMatMul(gemmAVX2Kernel, runtime.GOMAXPROCS(0), c, a, bb, s.m, s.k, s.n, s.l)
				}
				report(b)
			})
		}
		if gemmUnfusedRef != nil {
			b.Run(name+"/repops-unfused", func(b *testing.B) {
				for b.Loop() {
					gemmMatMul(gemmUnfusedRef, runtime.GOMAXPROCS(0), c, a, bb, s.m, s.k, s.n, s.l)
				}
				report(b)
			})
		}
		b.Run(name+"/repops-go", func(b *testing.B) {
			for b.Loop() {
				matMulGo(c, a, bb, s.m, s.k, s.n, s.l)
			}
			report(b)
		})
		b.Run(name+"/gonum", func(b *testing.B) {
			ta, tb, lda, ldb := blas.NoTrans, blas.NoTrans, s.k, s.n
			switch s.l {
			case NT:
				tb, ldb = blas.Trans, s.k
			case TN:
				ta, lda = blas.Trans, s.m
			}
			impl := gonum.Implementation{}
			for b.Loop() {
				impl.Sgemm(ta, tb, s.m, s.n, s.k, 1, a, lda, bb, ldb, 0, c, s.n)
			}
			report(b)
		})
	}
}
