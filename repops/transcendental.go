package repops

import "math"

// exp and log, defined in the basic operations of the instruction set (never math.Exp
// or math.Log, which use architecture-specific assembly). Accuracy is a few ulp, which
// is plenty for training; what matters is that the bits are the same everywhere.
//
// Their Horner steps stay unfused (mul, then add) although fma would suit them: these
// element-wise definitions run in Go, where a fused step is the software FMA32 (a few
// times a multiply and an add), and the circuit's exp gadget and the contract's exp
// and log programs would all change with them; a fused exp is a definition change of
// its own, to measure first.

const (
	expLo    = -87.0               // exp saturates below: 2^-126·e^0.34, still a normal number
	expHi    = 88.0                // and above: e^88 ≈ 1.65e38 < MaxFloat32
	log2e    = 1.44269504088896341 // rounded to float32 where used
	ln2Hi    = 0.693359375         // 355/512: n·ln2Hi is exact for |n| ≤ 2^15
	ln2Lo    = -2.12194440e-4      // ln2 - ln2Hi
	ln2      = 0.693147180559945309
	roundMag = 12582912 // 1.5·2^23: x + roundMag - roundMag rounds x to an integer (|x| < 2^22)
)

// expCoef are the Horner coefficients of e^r on |r| ≤ ln2/2 (Taylor, degree 6),
// highest degree first.
var expCoef = [...]float32{1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5, 1, 1}

// logCoef are the Horner coefficients in z = s² of log(m) = s·P(z), s = (m-1)/(m+1),
// highest degree first (2/(2i+1)).
var logCoef = [...]float32{2.0 / 9, 2.0 / 7, 2.0 / 5, 2.0 / 3, 2}

// expDef defines e^x:
//
//	x = min(max(x, -87), 88); n = (x·log2e + 1.5·2^23) - 1.5·2^23
//	r = (x - n·ln2Hi) - n·ln2Lo; p = Horner(expCoef, r); result = p · pow2(n)
func expDef[T any](a alg[T], x T) T {
	x = a.op(OpMax, x, a.c(expLo))
	x = a.op(OpMin, x, a.c(expHi))
	n := a.op(OpSub, a.op(OpAdd, a.op(OpMul, x, a.c(log2e)), a.c(roundMag)), a.c(roundMag))
	r := a.op(OpSub, x, a.op(OpMul, n, a.c(ln2Hi)))
	r = a.op(OpSub, r, a.op(OpMul, n, a.c(ln2Lo)))
	p := a.c(expCoef[0])
	for _, k := range expCoef[1:] {
		p = a.op(OpAdd, a.op(OpMul, p, r), a.c(k))
	}
	return a.op(OpMul, p, a.un(OpPow2, n))
}

// logDef defines log(x): with m = mant(x) in [√½, √2) and e = expo(x),
//
//	s = (m-1)/(m+1); z = s·s; result = e·ln2 + Horner(logCoef, z)·s
//
// log(±0) = -Inf, log(+Inf) = +Inf, log of a negative number or NaN is NaN.
func logDef[T any](a alg[T], x T) T {
	e := a.un(OpExpo, x)
	m := a.un(OpMant, x)
	s := a.op(OpDiv, a.op(OpSub, m, a.c(1)), a.op(OpAdd, m, a.c(1)))
	z := a.op(OpMul, s, s)
	p := a.c(logCoef[0])
	for _, k := range logCoef[1:] {
		p = a.op(OpAdd, a.op(OpMul, p, z), a.c(k))
	}
	return a.op(OpAdd, a.op(OpMul, e, a.c(ln2)), a.op(OpMul, p, s))
}

// Exp is e^x by its RepOps definition.
func Exp(x float32) float32 { return expDef[float32](evalAlg{}, x) }

// Log is the natural logarithm by its RepOps definition.
func Log(x float32) float32 { return logDef[float32](evalAlg{}, x) }

// expNative is expDef evaluated in native float32 arithmetic, for the fast paths of the
// kernels that apply exp to every element: each operation is the definition's, rounded
// to float32 on its own (the explicit conversions forbid fusing a product into a sum),
// so the value is the definition's bit for bit, except that a NaN may carry another
// payload: callers make their final result canonical (TestExpNative).
func expNative(x float32) float32 {
	x = Min(Max(x, expLo), expHi)
	n := float32(float32(x*float32(log2e))+roundMag) - roundMag
	r := x - float32(n*float32(ln2Hi))
	r -= float32(n * float32(ln2Lo))
	p := expCoef[0]
	for _, k := range expCoef[1:] {
		p = float32(p*r) + k
	}
	return float32(p * Pow2(n))
}

// tanhNative is tanhDef natively, as expNative is expDef.
func tanhNative(x float32) float32 {
	return 1 - 2/(expNative(x+x)+1)
}

// geluCheckValues are inputs a vector exp-based kernel must get right: specials, the
// ends of exp's clamp and of tanh's saturation, and a sweep of bit patterns.
func geluCheckValues() []float32 {
	v := []float32{0, float32(math.Copysign(0, -1)), 1, -1, 0.5, -0.5, 3, -3, 10, -10, 44, -44, 87, -87, 88, -88, 100, -100,
		float32(math.Inf(1)), float32(math.Inf(-1)), math.Float32frombits(0x7fc00000), math.Float32frombits(0xffc00001),
		math.SmallestNonzeroFloat32, -math.SmallestNonzeroFloat32, math.MaxFloat32, -math.MaxFloat32, 1e-20, -1e-20}
	for i := uint32(0); i < 1<<14; i++ {
		v = append(v, math.Float32frombits(i*262147))
	}
	return v
}

// sameOrNaN: a and b have the same bits, or are both NaN.
func sameOrNaN(a, b float32) bool {
	return math.Float32bits(a) == math.Float32bits(b) || (a != a && b != b)
}
