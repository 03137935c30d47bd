package repops

import (
	"fmt"
	"math"
)

// Op is one scalar float32 operation of the RepOps instruction set. Every kernel is
// defined as a sequence of these; a dispute ends with a contract executing exactly one.
// The numeric values are part of the protocol (they appear in traces and on chain).
type Op uint8

const (
	OpAdd  Op = 1  // a + b, IEEE-754 binary32, round to nearest even
	OpSub  Op = 2  // a - b
	OpMul  Op = 3  // a * b, rounded (a product that a definition adds is an OpFMA instead)
	OpDiv  Op = 4  // a / b
	OpSqrt Op = 5  // sqrt(a), correctly rounded; b ignored (must be 0)
	OpMax  Op = 6  // NaN if a or b is NaN; else a if a > b, otherwise b
	OpMin  Op = 7  // NaN if a or b is NaN; else a if a < b, otherwise b
	OpSelP Op = 8  // NaN if a is NaN; else b if a > 0, otherwise +0
	OpPow2 Op = 9  // 2^n exactly, n = trunc(a) clamped to [-126, 127]; NaN if a is NaN
	OpExpo Op = 10 // e of a = m·2^e with m in [√½, √2): see Expo
	OpMant Op = 11 // m of a = m·2^e with m in [√½, √2): see Mant
	OpFMA  Op = 12 // a*b + c rounded once (FMA32); the only op with a third operand
)

// NumOps is one past the largest Op value.
const NumOps = 13

// CanonicalNaN is the one NaN every kernel writes (x86 and ARM differ in the NaN bits
// they produce; a hash must not see the difference).
const CanonicalNaN uint32 = 0x7fc00000

// sqrt2Bits is the float32 nearest √2 rounded down (0x3fb504f3 = 1.41421353...):
// mantissas at or above it are halved so that log's argument stays in [√½, √2).
const sqrt2Bits uint32 = 0x3fb504f3

var opNames = [NumOps]string{"", "add", "sub", "mul", "div", "sqrt", "max", "min", "selp", "pow2", "expo", "mant", "fma"}

func (o Op) String() string {
	if o > 0 && int(o) < NumOps {
		return opNames[o]
	}
	return fmt.Sprintf("op(%d)", uint8(o))
}

// Valid reports whether o is an operation of the instruction set.
func (o Op) Valid() bool { return o > 0 && int(o) < NumOps }

// Canon returns x, or the canonical NaN if x is any NaN.
func Canon(x float32) float32 {
	if x != x {
		return math.Float32frombits(CanonicalNaN)
	}
	return x
}

// Operands is the number of operands op reads: 1 (sqrt, pow2, expo, mant), 3 (fma)
// or 2. In a trace the operands an op does not read are RefNone (B of a unary op) or
// the zero Ref (C of every op but fma).
func (o Op) Operands() int {
	switch o {
	case OpSqrt, OpPow2, OpExpo, OpMant:
		return 1
	case OpFMA:
		return 3
	}
	return 2
}

// Eval executes an operation of one or two operands: Eval3 with c = +0 (for OpFMA
// that is a*b rounded once). Code that executes a trace step of any op uses Eval3 or
// Recompute.
func Eval(op Op, a, b float32) float32 { return Eval3(op, a, b, 0) }

// Eval3 executes one scalar operation; c is read by OpFMA only. It is the definition
// the Solidity Float32 library, the gnark circuit and every fast kernel are checked
// against.
func Eval3(op Op, a, b, c float32) float32 {
	switch op {
	case OpFMA:
		return FMA32(a, b, c)
	case OpAdd:
		return Canon(a + b)
	case OpSub:
		return Canon(a - b)
	case OpMul:
		return Canon(a * b)
	case OpDiv:
		return Canon(a / b)
	case OpSqrt:
		// float64 sqrt rounded to float32 is correctly rounded (53 >= 2·24+2), and
		// math.Sqrt is a single correctly rounded instruction on every Go target.
		return Canon(float32(math.Sqrt(float64(a))))
	case OpMax:
		return Max(a, b)
	case OpMin:
		return Min(a, b)
	case OpSelP:
		return SelP(a, b)
	case OpPow2:
		return Pow2(a)
	case OpExpo:
		return Expo(a)
	case OpMant:
		return Mant(a)
	}
	panic(fmt.Sprintf("repops: Eval of invalid op %d", op))
}

// Neg is x with its sign bit flipped: exact, NaN included. It is not an op of the
// instruction set: definitions apply it to kernel constants (SGDApply's -lr), so the
// negated constant is what a trace records.
func Neg(x float32) float32 { return math.Float32frombits(math.Float32bits(x) ^ 0x80000000) }

// Max is OpMax: NaN-propagating, max(+0, -0) = -0 and max(-0, +0) = +0 (the second
// operand wins ties), so ReLU = Max(x, +0) maps -0 to +0.
func Max(a, b float32) float32 {
	if a != a || b != b {
		return math.Float32frombits(CanonicalNaN)
	}
	if a > b {
		return a
	}
	return b
}

// Min is OpMin, the mirror of Max.
func Min(a, b float32) float32 {
	if a != a || b != b {
		return math.Float32frombits(CanonicalNaN)
	}
	if a < b {
		return a
	}
	return b
}

// SelP is OpSelP: b where a > 0, else +0 (the ReLU gradient gate).
func SelP(a, b float32) float32 {
	if a != a {
		return math.Float32frombits(CanonicalNaN)
	}
	if a > 0 {
		return Canon(b)
	}
	return 0
}

// Pow2 is OpPow2: 2^trunc(a) built from its bits, clamped to the normal range.
func Pow2(a float32) float32 {
	if a != a {
		return math.Float32frombits(CanonicalNaN)
	}
	n := int32(-126)
	switch {
	case a >= 127:
		n = 127
	case a > -126:
		n = int32(a) // truncation toward zero; exact for the integers exp feeds it
	}
	return math.Float32frombits(uint32(n+127) << 23)
}

// frexp splits a finite positive a into m·2^e with m in [√½, √2).
func frexp(a float32) (m float32, e int32) {
	bits := math.Float32bits(a)
	e = int32(bits>>23) - 127
	frac := bits & 0x7fffff
	if bits>>23 == 0 { // subnormal: normalise
		shift := int32(0)
		for frac&0x800000 == 0 {
			frac <<= 1
			shift++
		}
		frac &= 0x7fffff
		e = -126 - shift
	}
	mb := frac | 127<<23 // m in [1, 2)
	if mb >= sqrt2Bits {
		mb = frac | 126<<23 // halve: m in [√½, 1)
		e++
	}
	return math.Float32frombits(mb), e
}

// Expo is OpExpo: for finite a > 0 the exponent e (as a float32) of a = m·2^e with
// m in [√½, √2); -Inf for ±0, +Inf for +Inf, NaN for negative or NaN a.
func Expo(a float32) float32 {
	switch {
	case a != a || a < 0:
		return math.Float32frombits(CanonicalNaN)
	case a == 0:
		return float32(math.Inf(-1))
	case a > math.MaxFloat32:
		return float32(math.Inf(1))
	}
	_, e := frexp(a)
	return float32(e)
}

// Mant is OpMant: for finite a > 0 the m in [√½, √2) of a = m·2^e; 1 for ±0 and
// +Inf (so log gives ∓Inf), NaN for negative or NaN a.
func Mant(a float32) float32 {
	switch {
	case a != a || a < 0:
		return math.Float32frombits(CanonicalNaN)
	case a == 0 || a > math.MaxFloat32:
		return 1
	}
	m, _ := frexp(a)
	return m
}
