package repops

import "testing"

// The benchmarks below take MatMul apart: the micro-kernels alone, in L1 (the ceiling
// for the whole product), and the packing routines (the overhead around them).

func BenchmarkGemmMicroAsm(b *testing.B) {
	if len(gemmAsmKernels) == 0 {
		b.Skip("no assembly kernel on this CPU")
	}
	for _, k := range gemmAsmKernels {
		b.Run(k.name, func(b *testing.B) {
			kc := k.kc
			a := gemmAligned(k.mr * kc)
			bb := gemmAligned(k.nr * kc)
			c := gemmAligned(k.mr * k.nr)
			for i := range a {
				a[i] = 1
			}
			for b.Loop() {
				k.micro(kc, a, bb, c, k.nr, false)
			}
			b.ReportMetric(2*float64(k.mr*k.nr*kc)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}

func BenchmarkGemmPack(b *testing.B) {
	kb, nb := 196, 128
	src := make([]float32, 784*256)
	dst := gemmAligned(kb * nb)
	b.Run("contig16", func(b *testing.B) {
		for b.Loop() {
			gemmPackB(dst, src, NN, 784, 256, 0, kb, 0, nb, 16)
		}
		b.ReportMetric(float64(kb*nb)*float64(b.N)/b.Elapsed().Seconds()/1e9, "Gfloats/s")
	})
	b.Run("gather16", func(b *testing.B) {
		for b.Loop() {
			gemmPackB(dst, src, NT, 256, 784, 0, kb, 0, nb, 16)
		}
		b.ReportMetric(float64(kb*nb)*float64(b.N)/b.Elapsed().Seconds()/1e9, "Gfloats/s")
	})
	b.Run("gather6", func(b *testing.B) {
		for b.Loop() {
			gemmPackA(dst, src, NN, 64, 784, 0, 64, 0, kb, 6)
		}
		b.ReportMetric(float64(kb*64)*float64(b.N)/b.Elapsed().Seconds()/1e9, "Gfloats/s")
	})
}

func BenchmarkGemmMicroGo(b *testing.B) {
	kc := 256
	k := gemmGo
	a := gemmAligned(k.mr * kc)
	bb := gemmAligned(k.nr * kc)
	c := gemmAligned(k.mr * k.nr)
	for b.Loop() {
		k.micro(kc, a, bb, c, k.nr, false)
	}
	b.ReportMetric(2*float64(k.mr*k.nr)*float64(kc)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

// BenchmarkGemmPackB1024 packs B at a 4 KiB row stride, where reading panel by panel
// would jump a page for every 64 bytes.
func BenchmarkGemmPackB1024(b *testing.B) {
	kb, nb, n := 256, 512, 1024
	src := make([]float32, kb*n)
	dst := gemmAligned(kb * nb)
	for _, l := range []Layout{NN, NT} {
		b.Run(l.String(), func(b *testing.B) {
			for b.Loop() {
				gemmPackB(dst, src, l, kb, n, 0, kb, 0, nb, 16)
			}
			b.ReportMetric(float64(kb*nb)*float64(b.N)/b.Elapsed().Seconds()/1e9, "Gfloats/s")
		})
	}
}
