package proofs

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/consensys/gnark/test"

	"github.com/veritrain/veritrain/internal/fmacases"
	"github.com/veritrain/veritrain/repops"
)

// opCircuit checks Out[i] = op(A[i], B[i]) for one scalar op over a batch.
type opCircuit struct {
	op      repops.Op
	A, B, O []frontend.Variable
}

func (c *opCircuit) Define(api frontend.API) error {
	u := &fpu{api: api, rc: rangecheck.New(api)}
	for i := range c.A {
		a, b := u.decode(c.A[i]), u.decode(c.B[i])
		var got frontend.Variable
		switch c.op {
		case repops.OpAdd:
			got = u.add(a, b)
		case repops.OpSub:
			got = u.sub(a, b)
		case repops.OpMul:
			got = u.mul(a, b)
		case repops.OpMax:
			got = u.max(a, b)
		case repops.OpSelP:
			got = u.selp(a, b)
		case repops.OpDiv:
			got = u.div(a, b)
		case repops.OpSqrt:
			got = u.sqrt(a)
		case repops.OpMin:
			got = u.min(a, b)
		case repops.OpPow2:
			got = u.pow2Op(a)
		default:
			return fmt.Errorf("op %v not in the circuit", c.op)
		}
		api.AssertIsEqual(got, c.O[i])
	}
	return nil
}

func newOpCircuit(op repops.Op, n int) *opCircuit {
	return &opCircuit{op: op, A: make([]frontend.Variable, n), B: make([]frontend.Variable, n), O: make([]frontend.Variable, n)}
}

// circuitOps are the scalar operations the float unit implements.
var circuitOps = []repops.Op{
	repops.OpAdd, repops.OpSub, repops.OpMul, repops.OpDiv, repops.OpSqrt,
	repops.OpMax, repops.OpMin, repops.OpSelP, repops.OpPow2,
}

// pow2Pairs are OpPow2's interesting inputs: integers and near-integers around the
// clamps and zero, as exp feeds it and otherwise.
func pow2Pairs(r *rand.Rand) [][2]uint32 {
	var ps [][2]uint32
	for n := -130; n <= 130; n++ {
		f := float32(n)
		for _, b := range []uint32{math.Float32bits(f), math.Float32bits(f) + 1, math.Float32bits(f) - 1} {
			ps = append(ps, [2]uint32{b, 0})
		}
		ps = append(ps, [2]uint32{math.Float32bits(f + float32(r.Float64())), 0})
	}
	return ps
}

// edgeBits are the patterns IEEE conformance suites lean on: zeros, subnormals
// (smallest, largest), the normal boundary, one, halfway-prone values, the largest
// finite, infinities and NaNs (quiet, signalling, negative).
var edgeBits = []uint32{
	0x00000000, 0x80000000, 0x00000001, 0x80000001, 0x00000002, 0x007fffff, 0x807fffff,
	0x00800000, 0x80800000, 0x00800001, 0x3f800000, 0xbf800000, 0x3f800001, 0x3fffffff,
	0x40000000, 0x4b000000, 0x4b800000, 0x33800000, 0x34000000, 0x3effffff, 0x3f000000,
	0x7f7fffff, 0xff7fffff, 0x7f000000, 0x7f800000, 0xff800000, 0x7fc00000, 0xffc00000,
	0x7f800001, 0x7fffffff, 0x0ff00000, 0x20000000, 0x1f800000, 0x5f800000, 0x3fc00000,
}

// randBits draws patterns: uniform bits, values near one another (cancellation),
// tiny magnitudes (subnormal results) and edge cases.
func randBits(r *rand.Rand) uint32 {
	switch r.IntN(6) {
	case 0:
		return edgeBits[r.IntN(len(edgeBits))]
	case 1:
		return r.Uint32() & 0x80ffffff // exponents 0..1: subnormal territory
	case 2:
		return r.Uint32()&0x81ffffff | 0x1f000000 // products underflow
	default:
		return r.Uint32()
	}
}

// pairs returns a batch of operand pairs: every edge pair, then random ones, some
// of them near each other.
func pairs(r *rand.Rand, n int) [][2]uint32 {
	var ps [][2]uint32
	for _, a := range edgeBits {
		for _, b := range edgeBits {
			ps = append(ps, [2]uint32{a, b})
		}
	}
	for len(ps) < n {
		a := randBits(r)
		b := randBits(r)
		if r.IntN(3) == 0 { // close magnitudes, either sign
			b = a ^ (r.Uint32() & 0x800000ff)
		}
		ps = append(ps, [2]uint32{a, b})
	}
	return ps
}

func TestFloatOpsMatchRepops(t *testing.T) {
	n := 4000
	if testing.Short() {
		n = 1500
	}
	r := rand.New(rand.NewChaCha8([32]byte{'f', 'p'}))
	for _, op := range circuitOps {
		t.Run(op.String(), func(t *testing.T) {
			ps := pairs(r, n)
			if op == repops.OpPow2 {
				ps = append(ps, pow2Pairs(r)...)
			}
			c, w := newOpCircuit(op, len(ps)), newOpCircuit(op, len(ps))
			for i, p := range ps {
				want := repops.Eval(op, math.Float32frombits(p[0]), math.Float32frombits(p[1]))
				w.A[i], w.B[i], w.O[i] = p[0], p[1], math.Float32bits(want)
			}
			if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err != nil {
				// find the first failing case for the message
				for i, p := range ps {
					c1, w1 := newOpCircuit(op, 1), newOpCircuit(op, 1)
					w1.A[0], w1.B[0], w1.O[0] = w.A[i], w.B[i], w.O[i]
					if err := test.IsSolved(c1, w1, ecc.BN254.ScalarField()); err != nil {
						t.Fatalf("%v(%08x, %08x) want %08x: %v", op, p[0], p[1], w.O[i], err)
					}
				}
				t.Fatal(err)
			}
		})
	}
}

// TestFloatOpsRejectWrongResults: a result off by one unit in the last place, or
// with its sign flipped, leaves the circuit unsatisfied.
func TestFloatOpsRejectWrongResults(t *testing.T) {
	r := rand.New(rand.NewChaCha8([32]byte{'n', 'o'}))
	for _, op := range circuitOps {
		for i := 0; i < 40; i++ {
			a, b := randBits(r), randBits(r)
			want := math.Float32bits(repops.Eval(op, math.Float32frombits(a), math.Float32frombits(b)))
			for _, bad := range []uint32{want ^ 1, want ^ 0x80000000, want + 1<<23} {
				c, w := newOpCircuit(op, 1), newOpCircuit(op, 1)
				w.A[0], w.B[0], w.O[0] = a, b, bad
				if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err == nil {
					t.Fatalf("%v(%08x, %08x) = %08x accepted, want %08x", op, a, b, bad, want)
				}
			}
		}
	}
}

// expCircuit checks O[i] = repops.Exp(A[i]).
type expCircuit struct{ A, O []frontend.Variable }

func (c *expCircuit) Define(api frontend.API) error {
	u := &fpu{api: api, rc: rangecheck.New(api)}
	for i := range c.A {
		api.AssertIsEqual(u.exp(u.decode(c.A[i])), c.O[i])
	}
	return nil
}

// TestExpMatchesRepops: the circuit's e^x is repops.Exp bit for bit on edge cases,
// the saturation bounds, the range training sees and random patterns; a result off
// by one ulp is rejected.
func TestExpMatchesRepops(t *testing.T) {
	r := rand.New(rand.NewChaCha8([32]byte{'e', 'x', 'p'}))
	xs := append([]uint32{}, edgeBits...)
	for _, f := range []float32{-87, -87.5, 88, 88.5, -0.34657359, 0.34657359, 1, -1, 20, -20} {
		xs = append(xs, math.Float32bits(f))
	}
	n := 300
	if testing.Short() {
		n = 100
	}
	for len(xs) < n {
		if r.IntN(3) == 0 {
			xs = append(xs, randBits(r))
		} else {
			xs = append(xs, math.Float32bits(float32(r.NormFloat64()*30)))
		}
	}
	c := &expCircuit{A: make([]frontend.Variable, len(xs)), O: make([]frontend.Variable, len(xs))}
	w := &expCircuit{A: make([]frontend.Variable, len(xs)), O: make([]frontend.Variable, len(xs))}
	for i, x := range xs {
		w.A[i], w.O[i] = x, math.Float32bits(repops.Exp(math.Float32frombits(x)))
	}
	if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err != nil {
		for i, x := range xs {
			c1 := &expCircuit{A: make([]frontend.Variable, 1), O: make([]frontend.Variable, 1)}
			w1 := &expCircuit{A: []frontend.Variable{x}, O: []frontend.Variable{w.O[i]}}
			if err := test.IsSolved(c1, w1, ecc.BN254.ScalarField()); err != nil {
				t.Fatalf("exp(%08x) want %08x: %v", x, w.O[i], err)
			}
		}
		t.Fatal(err)
	}
	for _, x := range xs[:20] {
		want := math.Float32bits(repops.Exp(math.Float32frombits(x)))
		c1 := &expCircuit{A: make([]frontend.Variable, 1), O: make([]frontend.Variable, 1)}
		w1 := &expCircuit{A: []frontend.Variable{x}, O: []frontend.Variable{want ^ 1}}
		if test.IsSolved(c1, w1, ecc.BN254.ScalarField()) == nil {
			t.Fatalf("exp(%08x) = %08x accepted, want %08x", x, want^1, want)
		}
	}
}

// fmaCircuit checks O[i] = fma(A[i], B[i], C[i]).
type fmaCircuit struct{ A, B, C, O []frontend.Variable }

func newFMACircuit(n int) *fmaCircuit {
	return &fmaCircuit{A: make([]frontend.Variable, n), B: make([]frontend.Variable, n),
		C: make([]frontend.Variable, n), O: make([]frontend.Variable, n)}
}

func (c *fmaCircuit) Define(api frontend.API) error {
	u := &fpu{api: api, rc: rangecheck.New(api)}
	for i := range c.A {
		api.AssertIsEqual(u.fma(u.decode(c.A[i]), u.decode(c.B[i]), u.decode(c.C[i])), c.O[i])
	}
	return nil
}

// fmaTriples are fma's hard cases (internal/fmacases: ties after the product, double
// rounding, cancellation, subnormal results, overflow, specials, signed zeros), every
// triple of a grid of edge patterns, the random hard families and random patterns.
func fmaTriples(r *rand.Rand, n int) [][3]uint32 {
	var ts [][3]uint32
	for _, c := range fmacases.Cases {
		ts = append(ts, [3]uint32{c.A, c.B, c.C})
	}
	grid := []uint32{0x00000000, 0x80000000, 0x00000001, 0x807fffff, 0x00800000, 0x3f800000, 0xbf800001,
		0x7f7fffff, 0x7f800000, 0xff800000, 0x7fc00000, 0x33800000, 0x5f800000, 0x1f800000}
	for _, a := range grid {
		for _, b := range grid {
			for _, c := range grid {
				ts = append(ts, [3]uint32{a, b, c})
			}
		}
	}
	for i := 0; len(ts) < n; i++ {
		if i%3 == 2 {
			ts = append(ts, [3]uint32{randBits(r), randBits(r), randBits(r)})
			continue
		}
		a, b, c := fmacases.Gen(r, i)
		ts = append(ts, [3]uint32{a, b, c})
	}
	return ts
}

// TestFMAMatchesRepops: the circuit's fma is repops.FMA32 bit for bit (one rounding,
// not float32(a·b) + c, nor float32(math.FMA) on float64); a result off by one ulp,
// with its sign flipped, or the unfused (or double-rounded) answer where it differs,
// is rejected.
func TestFMAMatchesRepops(t *testing.T) {
	n := 6000
	if testing.Short() {
		n = 3500
	}
	r := rand.New(rand.NewChaCha8([32]byte{'f', 'm', 'a'}))
	ts := fmaTriples(r, n)
	want := func(x [3]uint32) uint32 {
		return math.Float32bits(repops.FMA32(math.Float32frombits(x[0]), math.Float32frombits(x[1]), math.Float32frombits(x[2])))
	}
	c, w := newFMACircuit(len(ts)), newFMACircuit(len(ts))
	for i, x := range ts {
		w.A[i], w.B[i], w.C[i], w.O[i] = x[0], x[1], x[2], want(x)
	}
	one := func(x [3]uint32, o uint32) error {
		w1 := &fmaCircuit{A: []frontend.Variable{x[0]}, B: []frontend.Variable{x[1]}, C: []frontend.Variable{x[2]}, O: []frontend.Variable{o}}
		return test.IsSolved(newFMACircuit(1), w1, ecc.BN254.ScalarField())
	}
	if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err != nil {
		for _, x := range ts {
			if err := one(x, want(x)); err != nil {
				t.Fatalf("fma(%08x, %08x, %08x) want %08x: %v", x[0], x[1], x[2], want(x), err)
			}
		}
		t.Fatal(err)
	}
	rejected := 0
	for i, x := range ts {
		a, b, cc := math.Float32frombits(x[0]), math.Float32frombits(x[1]), math.Float32frombits(x[2])
		bads := []uint32{want(x) ^ 1, want(x) ^ 0x80000000}
		if i >= 60 && i%40 != 0 { // every hard case, a sample of the rest
			bads = nil
		}
		unfused := math.Float32bits(repops.Canon(float32(a*b) + cc))
		double := math.Float32bits(repops.Canon(float32(math.FMA(float64(a), float64(b), float64(cc)))))
		bads = append(bads, unfused, double)
		for _, bad := range bads {
			if bad == want(x) {
				continue
			}
			if one(x, bad) == nil {
				t.Fatalf("fma(%08x, %08x, %08x) = %08x accepted, want %08x", x[0], x[1], x[2], bad, want(x))
			}
			rejected++
		}
	}
	t.Logf("%d triples, %d wrong results rejected", len(ts), rejected)
}
