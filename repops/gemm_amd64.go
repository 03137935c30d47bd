//go:build amd64 && !noasm

package repops

import "golang.org/x/sys/cpu"

// hasAVX2FMA: the CPU has AVX2 and FMA3 (every x86-64 since Haswell and Zen; the
// assembly needs both, so one without either runs the pure-Go definition).
var hasAVX2FMA = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// gemmAsmKernels are the assembly micro-kernels this CPU can run, fastest first:
// AVX-512 where the CPU (and the OS, which must save the ZMM registers) has it, then
// AVX2 with FMA3. MatMul takes the first that passes its self-check (gemmPick).
var gemmAsmKernels = gemmKernelsOf(gemmAVX512(), gemmAVX2())

// gemmAVX2Kernel is the AVX2 kernel, nil on a CPU without AVX2 and FMA3 (also the
// base of the benchmarks' unfused baseline).
var gemmAVX2Kernel = gemmAVX2()

// gemmAVX2 is the AVX2 micro-kernel (6×16 outputs in 12 YMM accumulators, one
// VFMADD231PS per term: the definition's fma, rounded once, exactly as FMA32), or nil
// on a CPU without AVX2 and FMA3.
// Blocking for a Zen 3 core: a 6×256 A micro-panel and a 256×16 B micro-panel (16 KiB)
// fit L1, the 144×256 A block (144 KiB) L2.
func gemmAVX2() *gemmKernel {
	if !hasAVX2FMA {
		return nil
	}
	return &gemmKernel{
		name: "avx2fma-6x16",
		mr:   6, nr: 16,
		mc: 144, kc: 128, nc: 4096,
		micro: asmMicro(6, 16, gemmKernel6x16AVX2),
	}
}

// gemmAVX512 is the AVX-512 micro-kernel (12×32 outputs in 24 ZMM accumulators, one
// VFMADD231PS per term), or nil on a CPU without AVX-512F. Blocking: a 12×192 A
// micro-panel (9 KiB) and a 192×32 B micro-panel (24 KiB) fit a 48 KiB L1 together.
func gemmAVX512() *gemmKernel {
	if !cpu.X86.HasAVX512F || !hasAVX2FMA {
		return nil
	}
	return &gemmKernel{
		name: "avx512-12x32",
		mr:   12, nr: 32,
		mc: 576, kc: 128, nc: 4096,
		micro: asmMicro(12, 32, gemmKernel12x32AVX512),
	}
}

// gemmKernel12x32AVX512 is gemmKernel.micro for mr=12, nr=32, kc >= 1
// (gemm_avx512_amd64.s).
//
//go:noescape
func gemmKernel12x32AVX512(kc int, a, b, c *float32, ldc int, load int)

// fmaScalarArch is fmaScalar's vector part: eight lanes of VFMADD231PS at a time over
// the longest multiple of 8, canonical NaN; it returns how many elements it did.
func fmaScalarArch(out []float32, s float32, x, y []float32) int {
	n := len(out) &^ 7
	if !hasAVX2FMA || n == 0 {
		return 0
	}
	_, _ = x[n-1], y[n-1]
	fmaScalarAVX2(&out[0], &x[0], &y[0], n, s)
	return n
}

// fmaScalarAVX2 sets out[i] = fma(s, x[i], y[i]), canonical NaN, for i < n (n a
// multiple of 8; y may be out).
//
//go:noescape
func fmaScalarAVX2(out, x, y *float32, n int, s float32)

// gemmPackAsm turns the AVX2 packing routines on (tests turn them off to check that the
// Go packers and the assembly ones produce the same panels).
var gemmPackAsm = cpu.X86.HasAVX2

// gemmPackGatherArch is gemmPackGather for full panels of 6, 12, 16 or 32, eight k
// steps at a time by 8×8 register transposes; the last kb%8 steps are copied one by
// one. A panel of 12 is two transposes of 8 rows that overlap on rows 4..7 (written
// twice, with the same values).
func gemmPackGatherArch(panel, src []float32, ld, kb, cnt, w int) bool {
	if !gemmPackAsm || cnt != w || kb < 8 || (w != 16 && w != 6 && w != 12 && w != 32 && w != 64) {
		return false
	}
	blocks := kb / 8
	_ = panel[w*kb-1]
	_ = src[(w-1)*ld+kb-1]
	switch w {
	case 6:
		gemmGather6AVX2(&panel[0], &src[0], ld, blocks)
	case 12:
		gemmGather8AVX2(&panel[0], 12, &src[0], ld, blocks)
		gemmGather8AVX2(&panel[4], 12, &src[4*ld], ld, blocks)
	default:
		for r := 0; r < w; r += 8 {
			gemmGather8AVX2(&panel[r], w, &src[r*ld], ld, blocks)
		}
	}
	for r := range w {
		row := src[r*ld : r*ld+kb]
		for p := 8 * blocks; p < kb; p++ {
			panel[p*w+r] = row[p]
		}
	}
	return true
}

// gemmPackRowsArch packs the full w-wide panels (w = 16 or 6) of a matrix whose panel
// elements lie along its rows (row-major B, transposed A), reading row by row; it
// returns how many columns it packed (a multiple of w; the caller packs the rest).
// Panel by panel would jump a whole row for every 64 or 24 bytes.
func gemmPackRowsArch(dst, src []float32, ld, kb, cnt, w int) int {
	panels := cnt / w
	if !gemmPackAsm || (w != 16 && w != 6) || kb == 0 || panels == 0 {
		return 0
	}
	_ = dst[panels*w*kb-1]
	_ = src[(kb-1)*ld+panels*w-1]
	if w == 16 {
		gemmPackRows16AVX2(&dst[0], &src[0], ld, kb, panels)
	} else {
		gemmPackRows6AVX2(&dst[0], &src[0], ld, kb, panels)
	}
	return panels * w
}

// Packing helpers in gemm_amd64.s; strides in floats, the caller checks bounds.
//
//go:noescape
func gemmGather8AVX2(dst *float32, dstStride int, src *float32, srcStride int, blocks int)

//go:noescape
func gemmGather6AVX2(dst *float32, src *float32, srcStride int, blocks int)

//go:noescape
func gemmPackRows16AVX2(dst *float32, src *float32, srcStride int, kb int, panels int)

//go:noescape
func gemmPackRows6AVX2(dst *float32, src *float32, srcStride int, kb int, panels int)

// gemmKernel6x16AVX2 is gemmKernel.micro for mr=6, nr=16, kc >= 1 (gemm_amd64.s).
//
//go:noescape
func gemmKernel6x16AVX2(kc int, a, b, c *float32, ldc int, load int)

// gemmKernel6x16AVX2Unfused is gemmKernel6x16AVX2 with VMULPS then VADDPS per term: the
// definition before issue 15, kept only as the benchmarks' baseline (gemmUnfusedRef).
// It is not RepOps: nothing else may call it.
//
//go:noescape
func gemmKernel6x16AVX2Unfused(kc int, a, b, c *float32, ldc int, load int)

// gemmUnfusedRef is the AVX2 kernel with the unfused micro-kernel, for BenchmarkMatMul's
// fused-against-unfused rows on the same CPU in the same run; nil without AVX2+FMA.
var gemmUnfusedRef = func() *gemmKernel {
	if gemmAVX2Kernel == nil {
		return nil
	}
	k := *gemmAVX2Kernel
	k.name = "avx2-unfused-6x16"
	k.micro = asmMicro(6, 16, gemmKernel6x16AVX2Unfused)
	return &k
}()
