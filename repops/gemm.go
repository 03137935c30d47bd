package repops

import (
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"unsafe"
)

// Layout says which operands of MatMul are stored transposed. C is always m×n row-major.
type Layout uint8

const (
	NN Layout = iota // A is m×k, B is k×n        (forward: X·W)
	NT               // A is m×k, B is n×k (B^T)  (backward: dY·W^T)
	TN               // A is k×m (A^T), B is k×n  (backward: X^T·dY)
)

func (l Layout) String() string {
	switch l {
	case NN:
		return "NN"
	case NT:
		return "NT"
	case TN:
		return "TN"
	}
	return fmt.Sprintf("Layout(%d)", uint8(l))
}

// MatMul overwrites c[:m*n] with op(A)·op(B); c must not overlap a or b.
//
// Order of operations (the protocol's definition; the scalar trace follows it): every
// output c[i,j] is computed as
//
//	acc := +0; for p := 0; p < k; p++ { acc = fma(a(i,p), b(p,j), acc) }
//
// one fused multiply-add per term (a(i,p)·b(p,j) + acc rounded once: FMA32), strictly
// in increasing p, starting from +0 (so a first product of -0 gives +0); a NaN result
// is written as the canonical NaN. Fused because fma is what every fast CPU and GPU
// core issues per cycle (a separate multiply and add take two of its slots; see
// DESIGN.md), and it is one operation to judge. Work is split only across outputs,
// so neither GOMAXPROCS, the CPU nor the code path (AVX2+FMA or pure Go) changes a
// bit. k = 0 gives all +0.
//
// It panics on negative sizes, short slices or an unknown layout: shapes are checked by
// the graph layer, so a bad call here is a programming error.
func MatMul(c, a, b []float32, m, k, n int, l Layout) {
	gemmMatMul(gemmFor(n), runtime.GOMAXPROCS(0), c, a, b, m, k, n, l)
}

// gemmFor is the kernel for products n columns wide: the picked one, or, when n is
// narrower than its tile and a narrower kernel passed its self-check, that one (a
// 10-column product on the 32-wide AVX-512 tile computes 22 columns of padding; on
// the AVX2 tile, 6). Every kernel gives the definition's bits, so this is speed only.
func gemmFor(n int) *gemmKernel {
	ks := gemmPassed()
	if len(ks) == 0 {
		return gemmGo
	}
	k := ks[0]
	if n < k.nr && len(ks) > 1 {
		return ks[1]
	}
	return k
}

// MatMulKernel names the micro-kernel MatMul runs on this CPU and build:
// "avx512-12x32", "avx2fma-6x16", or the pure-Go "go2x4"/"go4x4".
func MatMulKernel() string { return gemmPick().name }

// KernelCheck is one assembly kernel's self-check on this CPU (Err nil: it passed).
type KernelCheck struct {
	Kernel string
	Err    error
}

// CheckKernels runs the self-check of every assembly matrix-product kernel this CPU
// can run, fastest first (MatMul uses the first that passes; none: the pure-Go one).
func CheckKernels() []KernelCheck {
	out := make([]KernelCheck, len(gemmAsmKernels))
	for i, k := range gemmAsmKernels {
		out[i] = KernelCheck{Kernel: k.name, Err: gemmSelfCheck(k)}
	}
	return out
}

// gemmPick is the kernel MatMul uses: the first assembly kernel this CPU can run whose
// self-check against the pure-Go definition passes, else the pure-Go kernel. It runs
// once, at the first product (a few milliseconds), and says once, in the log, when it
// refuses a kernel: a CPU that computes one fma differently must never train.
func gemmPick() *gemmKernel {
	if ks := gemmPassed(); len(ks) > 0 {
		return ks[0]
	}
	return gemmGo
}

// gemmPassed are the assembly kernels whose self-check passed, fastest first; checked
// once, at the first product.
var gemmPassed = sync.OnceValue(func() []*gemmKernel {
	var ok []*gemmKernel
	for _, k := range gemmAsmKernels {
		if err := gemmSelfCheck(k); err != nil {
			slog.Warn("repops: matrix-product kernel refused by its self-check; not used", "kernel", k.name, "err", err)
			continue
		}
		ok = append(ok, k)
	}
	return ok
})

// gemmSelfCheck compares kern with the pure-Go definition, bit for bit, on products
// that cross its micro-tile, its k blocks and every layout, with values that exercise
// the fma's corners: NaNs of every payload, infinities, signed zeros, subnormals,
// products that overflow or cancel.
func gemmSelfCheck(kern *gemmKernel) error {
	r := rand.New(rand.NewPCG(15, uint64(kern.mr)<<32|uint64(kern.nr)))
	specials := []float32{0, float32(math.Copysign(0, -1)), float32(math.Inf(1)), float32(math.Inf(-1)),
		math.Float32frombits(0x7fc00000), math.Float32frombits(0xff812345), math.SmallestNonzeroFloat32,
		math.Float32frombits(0x807fffff), math.MaxFloat32, 1, -1, 0x1p-126, 0x1p-149 * 3}
	gen := func(n, mode int) []float32 {
		s := make([]float32, n)
		for i := range s {
			switch {
			case mode == 0:
				s[i] = float32(r.NormFloat64())
			case mode == 1 && r.IntN(8) == 0:
				s[i] = specials[r.IntN(len(specials))]
			case mode == 1:
				s[i] = float32(r.NormFloat64() * math.Ldexp(1, r.IntN(80)-40))
			default:
				s[i] = math.Float32frombits(r.Uint32()) // any bits: subnormals, huge, NaNs
			}
		}
		return s
	}
	tiny := *kern
	tiny.mc, tiny.kc, tiny.nc = 2*kern.mr, 5, 2*kern.nr
	m, k, n := 2*kern.mr+1, 23, 2*kern.nr+3
	for _, kk := range []*gemmKernel{kern, &tiny} {
		for l := NN; l <= TN; l++ {
			for mode := range 3 {
				a, b := gen(m*k, mode), gen(k*n, mode)
				want, got := make([]float32, m*n), make([]float32, m*n)
				gemmMatMul(gemmGo, 1, want, a, b, m, k, n, l)
				gemmMatMul(kk, 1, got, a, b, m, k, n, l)
				for i := range want {
					if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
						return fmt.Errorf("%s %v %dx%dx%d: output %d is %#08x, the definition %#08x",
							kk.name, l, m, k, n, i, math.Float32bits(got[i]), math.Float32bits(want[i]))
					}
				}
			}
		}
	}
	return nil
}

// asmMicro is gemmKernel.micro for an mr×nr assembly micro-kernel: the bounds the
// assembly trusts, checked here (they cost nothing next to mr·nr·kc multiply-adds),
// and load as 0 or 1.
func asmMicro(mr, nr int, kernel func(kc int, a, b, c *float32, ldc int, load int)) func(kc int, a, b, c []float32, ldc int, load bool) {
	return func(kc int, a, b, c []float32, ldc int, load bool) {
		_ = a[mr*kc-1]
		_ = b[nr*kc-1]
		_ = c[(mr-1)*ldc+nr-1]
		flag := 0
		if load {
			flag = 1
		}
		kernel(kc, &a[0], &b[0], &c[0], ldc, flag)
	}
}

// gemmKernelsOf drops the nil kernels (those this CPU cannot run).
func gemmKernelsOf(ks ...*gemmKernel) []*gemmKernel {
	var out []*gemmKernel
	for _, k := range ks {
		if k != nil {
			out = append(out, k)
		}
	}
	return out
}

// gemmKernel is one register-blocked micro-kernel and the blocking that feeds it.
//
// micro computes an mr×nr tile of C at c[r*ldc+j] from a packed A micro-panel
// (kc×mr, element (p, r) at a[p*mr+r]) and a packed B micro-panel (kc×nr, element
// (p, j) at b[p*nr+j]), kc >= 1. With load it continues the accumulation from the
// values in c (a later k block), else it starts every output from +0. It writes any
// NaN as the canonical NaN (harmless mid-way: a NaN accumulator stays NaN).
//
// Splitting k into blocks of kc keeps the order: the float32 accumulator is stored
// and reloaded exactly between blocks, so blocking is a cache decision, never a
// numeric one (the tests run tiny blocks to check it).
type gemmKernel struct {
	name       string
	mr, nr     int // micro-tile
	mc, kc, nc int // cache blocks: A block mc×kc (L2), B block kc×nc (L3), mc%mr == nc%nr == 0
	micro      func(kc int, a, b, c []float32, ldc int, load bool)
}

// gemmInlineWork is the number of multiply-adds below which MatMul stays on the
// calling goroutine: starting goroutines costs microseconds, which is the whole
// product at this size (64×256×10 is 164k multiply-adds). Tests lower it to drive the
// parallel split on small shapes.
var gemmInlineWork = 1 << 18

// gemmMatMul is MatMul with the kernel and the number of workers named (tests drive
// every path and worker count through it).
func gemmMatMul(kern *gemmKernel, workers int, c, a, b []float32, m, k, n int, l Layout) {
	gemmCheck(c, a, b, m, k, n, l)
	if m == 0 || n == 0 {
		return
	}
	if k == 0 {
		clear(c[:m*n])
		return
	}
	if m*n*k < gemmInlineWork {
		workers = 1
	}
	// Split along n in whole micro-panels when there are enough of them (every worker
	// then packs only its share of B), else along m; the split only decides who
	// computes which outputs.
	nPanels := (n + kern.nr - 1) / kern.nr
	mPanels := (m + kern.mr - 1) / kern.mr
	splitN := nPanels >= workers || nPanels >= mPanels
	panels := mPanels
	if splitN {
		panels = nPanels
	}
	workers = max(1, min(workers, panels))
	if workers == 1 {
		gemmRegion(kern, c, a, b, m, k, n, l, 0, m, 0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*panels/workers, (w+1)*panels/workers
		i0, i1, j0, j1 := 0, m, 0, n
		if splitN {
			j0, j1 = lo*kern.nr, min(hi*kern.nr, n)
		} else {
			i0, i1 = lo*kern.mr, min(hi*kern.mr, m)
		}
		if w == workers-1 {
			gemmRegion(kern, c, a, b, m, k, n, l, i0, i1, j0, j1)
			break
		}
		wg.Go(func() { gemmRegion(kern, c, a, b, m, k, n, l, i0, i1, j0, j1) })
	}
	wg.Wait()
}

func gemmCheck(c, a, b []float32, m, k, n int, l Layout) {
	if m < 0 || k < 0 || n < 0 {
		panic(fmt.Sprintf("repops: MatMul with negative size m=%d k=%d n=%d", m, k, n))
	}
	if l > TN {
		panic(fmt.Sprintf("repops: MatMul with unknown layout %v", l))
	}
	if len(c) < m*n || len(a) < m*k || len(b) < k*n {
		panic(fmt.Sprintf("repops: MatMul %d×%d×%d %v needs len(c)>=%d len(a)>=%d len(b)>=%d, got %d %d %d",
			m, k, n, l, m*n, m*k, k*n, len(c), len(a), len(b)))
	}
}

// gemmBuffers are one worker's packing buffers, reused through a pool.
type gemmBuffers struct {
	a, b, tile []float32
}

// gemmPool recycles packing buffers across calls; each grows to the largest need seen,
// so a small product never pays for the largest blocks.
var gemmPool = sync.Pool{New: func() any { return new(gemmBuffers) }}

// gemmGrow returns s resized to n floats on a 64-byte boundary, reallocating if too small.
func gemmGrow(s []float32, n int) []float32 {
	if cap(s) >= n {
		return s[:n]
	}
	return gemmAligned(n)
}

// gemmAligned returns n float32s starting on a 64-byte boundary, so that vector loads
// of the packed panels never straddle a cache line.
func gemmAligned(n int) []float32 {
	s := make([]float32, n+16)
	off := int(uintptr(unsafe.Pointer(&s[0]))&63) / 4
	if off != 0 {
		off = 16 - off
	}
	return s[off : off+n : off+n]
}

// gemmRegion computes the outputs c[i0:i1, j0:j1], the loop nest of GotoBLAS/BLIS:
// column blocks of nc, then k blocks of kc in increasing order, then row blocks of mc.
func gemmRegion(kern *gemmKernel, c, a, b []float32, m, k, n int, l Layout, i0, i1, j0, j1 int) {
	bufs := gemmPool.Get().(*gemmBuffers)
	defer gemmPool.Put(bufs)
	// Equal k blocks (784 = 4×196, not 3×256+16): a short last block would pay the
	// tile's load and store for a few steps of work.
	kBlocks := (k + kern.kc - 1) / kern.kc
	kc := (k + kBlocks - 1) / kBlocks
	mc := min(kern.mc, (i1-i0+kern.mr-1)/kern.mr*kern.mr)
	nc := min(kern.nc, (j1-j0+kern.nr-1)/kern.nr*kern.nr)
	bufs.a = gemmGrow(bufs.a, mc*kc)
	bufs.b = gemmGrow(bufs.b, kc*nc)
	bufs.tile = gemmGrow(bufs.tile, kern.mr*kern.nr)
	for jc := j0; jc < j1; jc += nc {
		nb := min(nc, j1-jc)
		for pc := 0; pc < k; pc += kc {
			kb := min(kc, k-pc)
			gemmPackB(bufs.b, b, l, k, n, pc, kb, jc, nb, kern.nr)
			for ic := i0; ic < i1; ic += mc {
				mb := min(mc, i1-ic)
				gemmPackA(bufs.a, a, l, m, k, ic, mb, pc, kb, kern.mr)
				gemmMacro(kern, bufs, c, n, ic, mb, jc, nb, kb, pc > 0)
			}
		}
	}
}

// gemmMacro runs the micro-kernel over one packed A block and one packed B block:
// one B micro-panel stays in L1 while the A micro-panels stream from L2.
func gemmMacro(kern *gemmKernel, bufs *gemmBuffers, c []float32, ldc, ic, mb, jc, nb, kb int, load bool) {
	mr, nr := kern.mr, kern.nr
	for jr := 0; jr < nb; jr += nr {
		bp := bufs.b[jr*kb : jr*kb+nr*kb]
		cols := min(nr, nb-jr)
		for ir := 0; ir < mb; ir += mr {
			ap := bufs.a[ir*kb : ir*kb+mr*kb]
			rows := min(mr, mb-ir)
			ci := (ic+ir)*ldc + jc + jr
			if rows == mr && cols == nr {
				kern.micro(kb, ap, bp, c[ci:ci+(mr-1)*ldc+nr], ldc, load)
				continue
			}
			// Edge tile: run the full micro-kernel on a scratch tile (the packing
			// padded A and B with zeros) and keep the part that exists.
			t := bufs.tile
			if load {
				for r := range rows {
					copy(t[r*nr:r*nr+cols], c[ci+r*ldc:ci+r*ldc+cols])
				}
			}
			kern.micro(kb, ap, bp, t, nr, load)
			for r := range rows {
				copy(c[ci+r*ldc:ci+r*ldc+cols], t[r*nr:r*nr+cols])
			}
		}
	}
}

// gemmPackA packs rows [i0, i0+mb) × k range [p0, p0+kb) of op(A) into micro-panels of
// mr rows: panel q holds element (p, r) at dst[q*mr*kb + p*mr + r]; rows past m are 0.
func gemmPackA(dst, a []float32, l Layout, m, k, i0, mb, p0, kb, mr int) {
	ir := 0
	if l == TN {
		ir = gemmPackRowsArch(dst, a[p0*m+i0:], m, kb, mb, mr)
	}
	for ; ir < mb; ir += mr {
		panel := dst[ir*kb : ir*kb+mr*kb]
		rows := min(mr, mb-ir)
		if l == TN { // A stored k×m: the rows of one p are contiguous
			gemmPackContig(panel, a[p0*m+i0+ir:], m, kb, rows, mr)
			continue
		}
		gemmPackGather(panel, a[(i0+ir)*k+p0:], k, kb, rows, mr)
	}
}

// gemmPackB packs columns [j0, j0+nb) × k range [p0, p0+kb) of op(B) into micro-panels
// of nr columns: panel q holds element (p, j) at dst[q*nr*kb + p*nr + j]; columns past
// n are 0.
func gemmPackB(dst, b []float32, l Layout, k, n, p0, kb, j0, nb, nr int) {
	jr := 0
	if l != NT {
		jr = gemmPackRowsArch(dst, b[p0*n+j0:], n, kb, nb, nr)
	}
	for ; jr < nb; jr += nr {
		panel := dst[jr*kb : jr*kb+nr*kb]
		cols := min(nr, nb-jr)
		if l != NT { // B stored k×n: the columns of one p are contiguous
			gemmPackContig(panel, b[p0*n+j0+jr:], n, kb, cols, nr)
			continue
		}
		gemmPackGather(panel, b[(j0+jr)*k+p0:], k, kb, cols, nr)
	}
}

// gemmPackContig fills panel[p*w : p*w+w] with src[p*ld : p*ld+cnt] and zeros, p < kb.
func gemmPackContig(panel, src []float32, ld, kb, cnt, w int) {
	switch {
	case cnt == 16 && w == 16:
		for p := range kb {
			*(*[16]float32)(panel[p*16:]) = *(*[16]float32)(src[p*ld:])
		}
	case cnt == 64 && w == 64:
		for p := range kb {
			*(*[64]float32)(panel[p*64:]) = *(*[64]float32)(src[p*ld:])
		}
	case cnt == 32 && w == 32:
		for p := range kb {
			*(*[32]float32)(panel[p*32:]) = *(*[32]float32)(src[p*ld:])
		}
	case cnt == 8 && w == 8:
		for p := range kb {
			*(*[8]float32)(panel[p*8:]) = *(*[8]float32)(src[p*ld:])
		}
	case cnt == 12 && w == 12:
		for p := range kb {
			*(*[12]float32)(panel[p*12:]) = *(*[12]float32)(src[p*ld:])
		}
	case cnt == 6 && w == 6:
		for p := range kb {
			*(*[6]float32)(panel[p*6:]) = *(*[6]float32)(src[p*ld:])
		}
	case cnt == 4 && w == 4:
		for p := range kb {
			*(*[4]float32)(panel[p*4:]) = *(*[4]float32)(src[p*ld:])
		}
	default:
		for p := range kb {
			d := panel[p*w : p*w+w]
			copy(d[:cnt], src[p*ld:p*ld+cnt])
			clear(d[cnt:])
		}
	}
}

// gemmPackGather fills panel[p*w + r] with src[r*ld + p] (r < cnt) and zeros (cnt <= r <
// w), p < kb: a transpose, read as up to four streams at once so that each pass writes
// neighbouring floats.
func gemmPackGather(panel, src []float32, ld, kb, cnt, w int) {
	if gemmPackGatherArch(panel, src, ld, kb, cnt, w) {
		return
	}
	r := 0
	for ; r+4 <= cnt; r += 4 {
		s0 := src[(r+0)*ld : (r+0)*ld+kb]
		s1 := src[(r+1)*ld : (r+1)*ld+kb]
		s2 := src[(r+2)*ld : (r+2)*ld+kb]
		s3 := src[(r+3)*ld : (r+3)*ld+kb]
		d := panel[r:]
		for p, v := range s0 {
			q := d[p*w : p*w+4]
			q[0], q[1], q[2], q[3] = v, s1[p], s2[p], s3[p]
		}
	}
	for ; r+2 <= cnt; r += 2 {
		s0 := src[(r+0)*ld : (r+0)*ld+kb]
		s1 := src[(r+1)*ld : (r+1)*ld+kb]
		d := panel[r:]
		for p, v := range s0 {
			q := d[p*w : p*w+2]
			q[0], q[1] = v, s1[p]
		}
	}
	for ; r < cnt; r++ {
		for p, v := range src[r*ld : r*ld+kb] {
			panel[p*w+r] = v
		}
	}
	for ; r < w; r++ {
		for p := range kb {
			panel[p*w+r] = 0
		}
	}
}
