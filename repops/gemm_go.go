package repops

import "runtime"

// gemmGo is the pure-Go path: every architecture without assembly (arm64 first), every
// build with -tags noasm, and x86 CPUs without AVX2 and FMA3. Each term is FMA32, the
// exact software fma (Go has no float32 fma intrinsic, and float32(math.FMA(...)) on
// float64 rounds twice), so it gives the definition's bits on every GOARCH, at the
// cost of a dozen float64 operations per term where hardware would take one. The tile
// is 4×4 where there are 32 float registers; on amd64 and 386 (15 or 8 usable) the
// compiler spills 16 accumulators, and 2×4 is faster.
var gemmGo = gemmGoFor(runtime.GOARCH)

var (
	gemmGo4x4 = &gemmKernel{name: "go4x4", mr: 4, nr: 4, mc: 128, kc: 256, nc: 4096, micro: gemmMicroGo4x4}
	gemmGo2x4 = &gemmKernel{name: "go2x4", mr: 2, nr: 4, mc: 128, kc: 256, nc: 4096, micro: gemmMicroGo2x4}
)

func gemmGoFor(goarch string) *gemmKernel {
	if goarch == "amd64" || goarch == "386" {
		return gemmGo2x4
	}
	return gemmGo4x4
}

func gemmMicroGo4x4(kc int, a, b, c []float32, ldc int, load bool) {
	var c00, c01, c02, c03 float32
	var c10, c11, c12, c13 float32
	var c20, c21, c22, c23 float32
	var c30, c31, c32, c33 float32
	r0 := c[0*ldc : 0*ldc+4]
	r1 := c[1*ldc : 1*ldc+4]
	r2 := c[2*ldc : 2*ldc+4]
	r3 := c[3*ldc : 3*ldc+4]
	if load {
		c00, c01, c02, c03 = r0[0], r0[1], r0[2], r0[3]
		c10, c11, c12, c13 = r1[0], r1[1], r1[2], r1[3]
		c20, c21, c22, c23 = r2[0], r2[1], r2[2], r2[3]
		c30, c31, c32, c33 = r3[0], r3[1], r3[2], r3[3]
	}
	a, b = a[:4*kc], b[:4*kc]
	for len(a) >= 4 && len(b) >= 4 {
		a0, a1, a2, a3 := a[0], a[1], a[2], a[3]
		b0, b1, b2, b3 := b[0], b[1], b[2], b[3]
		c00 = FMA32(a0, b0, c00)
		c01 = FMA32(a0, b1, c01)
		c02 = FMA32(a0, b2, c02)
		c03 = FMA32(a0, b3, c03)
		c10 = FMA32(a1, b0, c10)
		c11 = FMA32(a1, b1, c11)
		c12 = FMA32(a1, b2, c12)
		c13 = FMA32(a1, b3, c13)
		c20 = FMA32(a2, b0, c20)
		c21 = FMA32(a2, b1, c21)
		c22 = FMA32(a2, b2, c22)
		c23 = FMA32(a2, b3, c23)
		c30 = FMA32(a3, b0, c30)
		c31 = FMA32(a3, b1, c31)
		c32 = FMA32(a3, b2, c32)
		c33 = FMA32(a3, b3, c33)
		a, b = a[4:], b[4:]
	}
	r0[0], r0[1], r0[2], r0[3] = Canon(c00), Canon(c01), Canon(c02), Canon(c03)
	r1[0], r1[1], r1[2], r1[3] = Canon(c10), Canon(c11), Canon(c12), Canon(c13)
	r2[0], r2[1], r2[2], r2[3] = Canon(c20), Canon(c21), Canon(c22), Canon(c23)
	r3[0], r3[1], r3[2], r3[3] = Canon(c30), Canon(c31), Canon(c32), Canon(c33)
}

func gemmMicroGo2x4(kc int, a, b, c []float32, ldc int, load bool) {
	var c00, c01, c02, c03 float32
	var c10, c11, c12, c13 float32
	r0 := c[0*ldc : 0*ldc+4]
	r1 := c[1*ldc : 1*ldc+4]
	if load {
		c00, c01, c02, c03 = r0[0], r0[1], r0[2], r0[3]
		c10, c11, c12, c13 = r1[0], r1[1], r1[2], r1[3]
	}
	a, b = a[:2*kc], b[:4*kc]
	for len(a) >= 2 && len(b) >= 4 {
		a0, a1 := a[0], a[1]
		b0, b1, b2, b3 := b[0], b[1], b[2], b[3]
		c00 = FMA32(a0, b0, c00)
		c01 = FMA32(a0, b1, c01)
		c02 = FMA32(a0, b2, c02)
		c03 = FMA32(a0, b3, c03)
		c10 = FMA32(a1, b0, c10)
		c11 = FMA32(a1, b1, c11)
		c12 = FMA32(a1, b2, c12)
		c13 = FMA32(a1, b3, c13)
		a, b = a[2:], b[4:]
	}
	r0[0], r0[1], r0[2], r0[3] = Canon(c00), Canon(c01), Canon(c02), Canon(c03)
	r1[0], r1[1], r1[2], r1[3] = Canon(c10), Canon(c11), Canon(c12), Canon(c13)
}
