package proofs

import (
	"context"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"

	"github.com/veritrain/veritrain/repops"
)

// unboundAssignment is c's witness for the arithmetic-only circuit.
func unboundAssignment(t testing.TB, c Claim, terms int) (*ElementCircuit, *ElementCircuit) {
	t.Helper()
	w, err := c.Assignment(terms, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	w.unbound = true
	circ := NewElementCircuit(terms)
	circ.unbound = true
	return circ, w
}

// randKernel draws a kernel the circuit judges, with inputs mixing ordinary values,
// edge cases and cancellations.
func randKernel(r *rand.Rand, maxK int) (repops.Kernel, [][]float32) {
	vec := func(n int) []float32 {
		v := make([]float32, n)
		for i := range v {
			switch r.IntN(8) {
			case 0:
				v[i] = math.Float32frombits(randBits(r))
			case 1:
				v[i] = math.Float32frombits(r.Uint32() & 0x807fffff) // subnormal
			default:
				v[i] = float32(r.NormFloat64())
			}
		}
		return v
	}
	m, n := 1+r.IntN(3), 1+r.IntN(3)
	cst := func() float32 { // an optimizer constant: usually in (0, 1), sometimes any pattern
		if r.IntN(4) == 0 {
			return math.Float32frombits(randBits(r))
		}
		return float32(r.Float64())
	}
	switch r.IntN(18) {
	case 15, 16:
		c := 1 + r.IntN(min(maxK, XentMaxCols))
		x := tanhArgs(r, m*c)
		y := make([]float32, m*c)
		for i := 0; i < m; i++ { // one-hot labels, sometimes any values
			y[i*c+r.IntN(c)] = 1
			if r.IntN(5) == 0 {
				copy(y[i*c:(i+1)*c], vec(c))
			}
		}
		return repops.SoftmaxXentGrad{M: m, C: c}, [][]float32{x, y}
	case 13, 14:
		im := repops.Im2Col{N: 1 + r.IntN(2), H: 3 + r.IntN(4), W: 3 + r.IntN(4), C: 1 + r.IntN(2), KH: 1 + r.IntN(3), KW: 1 + r.IntN(3), S: 1 + r.IntN(2)}
		if r.IntN(2) == 0 {
			return im, [][]float32{vec(im.N * im.H * im.W * im.C)}
		}
		return repops.Col2Im{Im2Col: im}, [][]float32{vec(im.Rows() * im.Cols())}
	case 9:
		if r.IntN(2) == 0 {
			return repops.Tanh{N: n}, [][]float32{tanhArgs(r, n)}
		}
		return repops.TanhGrad{N: n}, [][]float32{vec(n), vec(n)}
	case 10:
		pw := func() []float32 { // running powers b^t: in (0, 1), sometimes an edge case
			if r.IntN(4) == 0 {
				return vec(1)
			}
			return []float32{float32(r.Float64())}
		}
		v := vec(n)
		if r.IntN(2) == 0 { // second moments are non-negative
			for i := range v {
				v[i] = float32(math.Abs(float64(v[i])))
			}
		}
		return repops.AdamApply{N: n, LR: cst(), Eps: cst()}, [][]float32{vec(n), vec(n), v, pw(), pw()}
	case 11:
		mm := 1 + r.IntN(maxK)
		return repops.ColSum{M: mm, N: n}, [][]float32{vec(mm * n)}
	case 12:
		nn := 1 + r.IntN(maxK)
		return repops.Mean{N: nn}, [][]float32{vec(nn)}
	case 0, 1:
		k := 1 + r.IntN(maxK)
		l := repops.Layout(r.IntN(3))
		return repops.MatMulK{M: m, K: k, N: n, L: l}, [][]float32{vec(m * k), vec(k * n)}
	case 2:
		return repops.BiasAdd{M: m, N: n}, [][]float32{vec(m * n), vec(n)}
	case 3:
		if r.IntN(2) == 0 {
			return repops.ReLU{N: n}, [][]float32{vec(n)}
		}
		return repops.ReLUGrad{N: n}, [][]float32{vec(n), vec(n)}
	case 4:
		return repops.Momentum{N: n, Mu: math.Float32frombits(randBits(r))}, [][]float32{vec(n), vec(n)}
	case 5:
		return repops.AdamM{N: n, B1: cst()}, [][]float32{vec(n), vec(n)}
	case 6:
		return repops.AdamV{N: n, B2: cst()}, [][]float32{vec(n), vec(n)}
	case 7:
		return repops.Scale{N: n, S: cst()}, [][]float32{vec(n)}
	}
	return repops.SGDApply{N: n, LR: float32(r.Float64())}, [][]float32{vec(n), vec(n)}
}

// tanhArgs draws tanh's inputs: the range where exp saturates, plus edge cases.
func tanhArgs(r *rand.Rand, n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		switch r.IntN(4) {
		case 0:
			v[i] = math.Float32frombits(randBits(r))
		case 1:
			v[i] = float32(r.NormFloat64() * 60)
		default:
			v[i] = float32(r.NormFloat64() * 2)
		}
	}
	return v
}

// TestElementCircuitMatchesRepops is the differential test: for random kernels and
// operands (edge cases included), the circuit accepts exactly repops's bits for every
// element, and rejects the value with its last bit or its sign flipped.
func TestElementCircuitMatchesRepops(t *testing.T) {
	const terms = 8
	r := rand.New(rand.NewChaCha8([32]byte{'e', 'l'}))
	cases := 150
	if testing.Short() {
		cases = 40
	}
	for i := 0; i < cases; i++ {
		k, in := randKernel(r, terms)
		e := r.IntN(k.OutLen())
		c, err := ClaimOf(k, in, e)
		if err != nil {
			t.Fatal(err)
		}
		circ, w := unboundAssignment(t, c, terms)
		if err := test.IsSolved(circ, w, ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("%v element %d (value %08x): %v", k, e, c.Value, err)
		}
		for _, bad := range []uint32{c.Value ^ 1, c.Value ^ 0x80000000} {
			c2 := c
			c2.Value = bad
			circ, w := unboundAssignment(t, c2, terms)
			if test.IsSolved(circ, w, ecc.BN254.ScalarField()) == nil {
				t.Fatalf("%v element %d: wrong value %08x accepted (true %08x)", k, e, bad, c.Value)
			}
		}
	}
}

// TestElementCircuitFullSize runs the differential at the MNIST size: a 784-term
// dot product (the first layer of a 784-256-10 MLP).
func TestElementCircuitFullSize(t *testing.T) {
	if testing.Short() {
		t.Skip("784-term circuit in the test engine")
	}
	r := rand.New(rand.NewPCG(7, 84))
	x, w := make([]float32, 784), make([]float32, 784)
	for i := range x {
		if r.IntN(4) != 0 { // MNIST pixels: mostly 0, some in (0, 1]
			x[i] = float32(r.IntN(256)) / 255
		}
		w[i] = float32(r.NormFloat64() * 0.05)
	}
	c, err := ClaimOf(repops.MatMulK{M: 1, K: 784, N: 1}, [][]float32{x, w}, 0)
	if err != nil {
		t.Fatal(err)
	}
	circ, wit := unboundAssignment(t, c, 784)
	if err := test.IsSolved(circ, wit, ecc.BN254.ScalarField()); err != nil {
		t.Fatal(err)
	}
}

// TestElementProver is gnark's own check of the circuit: ProverSucceeded on a true
// claim and ProverFailed on a false one, over Groth16 on BN254.
func TestElementProver(t *testing.T) {
	assert := test.NewAssert(t)
	k := repops.MatMulK{M: 2, K: 3, N: 2, L: repops.NT}
	in := [][]float32{{1.5, -2, 0.25, 3, 1e-40, -0}, {0.1, 0.2, 0.3, 7, -8, 9}}
	c, err := ClaimOf(k, in, 3)
	if err != nil {
		t.Fatal(err)
	}
	opts := []test.TestingOption{test.WithCurves(ecc.BN254), test.WithBackends(backend.GROTH16), test.NoFuzzing(), test.NoSerializationChecks(), test.NoSolidityChecks()}
	circ, w := unboundAssignment(t, c, 4)
	assert.ProverSucceeded(circ, w, opts...)
	c.Value ^= 1
	circ, w = unboundAssignment(t, c, 4)
	assert.ProverFailed(circ, w, opts...)
}

var (
	proverOnce sync.Once
	prover8    *Prover
	proverErr  error
)

func testProver(t testing.TB) *Prover {
	t.Helper()
	proverOnce.Do(func() { prover8, proverErr = NewInsecureProver(8, DevSeed) })
	if proverErr != nil {
		t.Fatal(proverErr)
	}
	return prover8
}

// TestProveBinding proves real claims with the binding and checks what the contract
// relies on: the Go verifier accepts the proof for the claim's public inputs and
// rejects it for other operands, another value or another kernel constant; a false
// claim has no proof.
func TestProveBinding(t *testing.T) {
	p := testProver(t)
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 4; i++ {
		k, in := randKernel(r, 8)
		c, err := ClaimOf(k, in, r.IntN(k.OutLen()))
		if err != nil {
			t.Fatal(err)
		}
		pr, err := p.Prove(context.Background(), c)
		if err != nil {
			t.Fatalf("%v: %v", k, err)
		}
		if err := p.VerifyBytes(pr.Solidity(), pr.OpsHash, pr.Fingerprint); err != nil {
			t.Fatalf("%v: %v", k, err)
		}
		other := c
		other.Operands = append([]uint32(nil), c.Operands...)
		other.Operands[0] ^= 1
		other.Value ^= 1
		other.Const ^= 1
		for _, o := range []Claim{
			{Kernel: c.Kernel, Const: c.Const, Operands: other.Operands, Value: c.Value},
			{Kernel: c.Kernel, Const: c.Const, Operands: c.Operands, Value: other.Value},
			{Kernel: c.Kernel, Const: other.Const, Operands: c.Operands, Value: c.Value},
		} {
			if err := p.VerifyBytes(pr.Solidity(), o.OpsHash(), o.Fingerprint(pr.Challenge)); err == nil {
				t.Fatalf("%v: proof accepted for %+v", k, o)
			}
		}
		bad := c
		bad.Value ^= 1
		if _, err := p.Prove(context.Background(), bad); !errors.Is(err, ErrFalseClaim) {
			t.Fatalf("%v: false claim: %v", k, err)
		}
	}
}

// TestInsecureSetupDeterministic: the same seed gives the same verifying key.
func TestInsecureSetupDeterministic(t *testing.T) {
	ccs, err := smallCCS()
	if err != nil {
		t.Fatal(err)
	}
	_, vk1, err := InsecureSetup(ccs, "s")
	if err != nil {
		t.Fatal(err)
	}
	_, vk2, _ := InsecureSetup(ccs, "s")
	_, vk3, _ := InsecureSetup(ccs, "t")
	var s1, s2, s3 bytesBuf
	vk1.WriteTo(&s1)
	vk2.WriteTo(&s2)
	vk3.WriteTo(&s3)
	if string(s1) != string(s2) || string(s1) == string(s3) {
		t.Fatal("setup is not a function of the seed")
	}
}

// smallCCS is a small circuit (one float addition) for tests of the setup alone.
func smallCCS() (constraint.ConstraintSystem, error) {
	return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, newOpCircuit(repops.OpAdd, 1))
}

type bytesBuf []byte

func (b *bytesBuf) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }

// FuzzParseProof: any bytes either decode to a proof whose re-encoding is the input,
// or fail with ErrBadProof; nothing panics.
func FuzzParseProof(f *testing.F) {
	p := testProver(f)
	c, err := ClaimOf(repops.ReLU{N: 1}, [][]float32{{-1}}, 0)
	if err != nil {
		f.Fatal(err)
	}
	pr, err := p.Prove(context.Background(), c)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(pr.Solidity())
	f.Add(make([]byte, ProofLen))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		raw, err := ParseProof(b)
		if err != nil {
			if !errors.Is(err, ErrBadProof) {
				t.Fatalf("error without ErrBadProof: %v", err)
			}
			return
		}
		if got := (&Proof{Raw: raw}).Solidity(); string(got) != string(b) {
			t.Fatalf("re-encoding differs")
		}
	})
}

// FuzzParseOperands: decoding is the inverse of OperandBytes.
func FuzzParseOperands(f *testing.F) {
	f.Add([]byte{0x7f, 0xc0, 0, 0, 0, 0, 0, 1})
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		ops, err := ParseOperands(b)
		if err != nil {
			if len(b)%4 == 0 || !errors.Is(err, ErrShape) {
				t.Fatalf("%d bytes: %v", len(b), err)
			}
			return
		}
		if got := (Claim{Operands: ops}).OperandBytes(); string(got) != string(b) {
			t.Fatal("round trip differs")
		}
	})
}

// TestClaimEvalMatchesTraces: Claim.Eval (the circuit's definition, natively) gives
// the kernel's own trace result.
func TestClaimEvalMatchesTraces(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	for i := 0; i < 2000; i++ {
		k, in := randKernel(r, 16)
		c, err := ClaimOf(k, in, r.IntN(k.OutLen()))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Check(); err != nil {
			t.Fatalf("%v: %v", k, err)
		}
	}
}

// TestOptimizerKernelsMatchRepops is the differential test of the element-wise
// kernels (momentum, sgd, adam_m, adam_v, scale, adam_apply, tanh, tanhgrad, and the
// one-term sums) on operands and constants
// drawn from the edge cases (±0, ±Inf, NaNs, subnormals, halfway products): the
// circuit accepts repops's value (its kernel's Run, not only its trace) and rejects
// the value with its last bit flipped.
func TestOptimizerKernelsMatchRepops(t *testing.T) {
	const terms = 3
	r := rand.New(rand.NewChaCha8([32]byte{'o', 'p', 't'}))
	cases := 8 // each case checks 15 kernels twice
	if testing.Short() {
		cases = 3
	}
	f := func() float32 { return math.Float32frombits(randBits(r)) }
	for i := 0; i < cases; i++ {
		for _, k := range []repops.Kernel{
			repops.Momentum{N: 1, Mu: f()}, repops.SGDApply{N: 1, LR: f()},
			repops.AdamM{N: 1, B1: f()}, repops.AdamV{N: 1, B2: f()}, repops.Scale{N: 1, S: f()},
			repops.AdamApply{N: 1, LR: f(), Eps: f()}, repops.Tanh{N: 1}, repops.TanhGrad{N: 1},
			repops.Mean{N: 1}, repops.ColSum{M: 1, N: 1}, repops.SoftmaxXentGrad{M: 1, C: 1},
		} {
			in := [][]float32{{f()}, {f()}, {f()}, {f()}, {f()}}[:len(k.InLens())]
			out := make([]float32, 1)
			k.Run(out, in)
			c, err := ClaimOf(k, in, 0)
			if err != nil {
				t.Fatal(err)
			}
			if c.Value != math.Float32bits(out[0]) {
				t.Fatalf("%v on %v: trace gives %08x, Run %08x", k, in, c.Value, math.Float32bits(out[0]))
			}
			circ, w := unboundAssignment(t, c, terms)
			if err := test.IsSolved(circ, w, ecc.BN254.ScalarField()); err != nil {
				t.Fatalf("%v on %v (value %08x): %v", k, in, c.Value, err)
			}
			c.Value ^= 1
			circ, w = unboundAssignment(t, c, terms)
			if test.IsSolved(circ, w, ecc.BN254.ScalarField()) == nil {
				t.Fatalf("%v on %v: wrong value %08x accepted", k, in, c.Value)
			}
		}
	}
}

// TestAdamProver: gnark's ProverSucceeded / ProverFailed over Groth16 for the adam
// kernels and scale (the widest element-wise paths of the circuit).
func TestAdamProver(t *testing.T) {
	assert := test.NewAssert(t)
	opts := []test.TestingOption{test.WithCurves(ecc.BN254), test.WithBackends(backend.GROTH16), test.NoFuzzing(), test.NoSerializationChecks(), test.NoSolidityChecks()}
	for _, kc := range []struct {
		k  repops.Kernel
		in [][]float32
	}{
		{repops.AdamM{N: 2, B1: 0.9}, [][]float32{{0.5, -1e-3}, {2, 3e-39}}},
		{repops.AdamV{N: 2, B2: 0.999}, [][]float32{{1e-8, 4}, {-3, 1e-20}}},
		{repops.Scale{N: 2, S: 1.0 / 64}, [][]float32{{-7, 1e-38}}},
	} {
		c, err := ClaimOf(kc.k, kc.in, 1)
		if err != nil {
			t.Fatal(err)
		}
		circ, w := unboundAssignment(t, c, 1)
		assert.ProverSucceeded(circ, w, opts...)
		c.Value ^= 1
		circ, w = unboundAssignment(t, c, 1)
		assert.ProverFailed(circ, w, opts...)
	}
}

// TestXentGradMatchesRepops is the differential test of the softmax cross-entropy
// gradient: rows of 1 to XentMaxCols logits (spread as training sees them, with edge
// cases and saturating exps), one-hot or arbitrary targets, every column position; the
// circuit accepts repops's bits and rejects the value with its last bit flipped.
func TestXentGradMatchesRepops(t *testing.T) {
	r := rand.New(rand.NewChaCha8([32]byte{'x', 'g'}))
	cases := 24
	if testing.Short() {
		cases = 8
	}
	for i := 0; i < cases; i++ {
		m, c := 1+r.IntN(3), 1+r.IntN(XentMaxCols)
		if i < 4 {
			c = XentMaxCols
		}
		x := tanhArgs(r, m*c)
		y := make([]float32, m*c)
		for row := 0; row < m; row++ {
			y[row*c+r.IntN(c)] = 1
		}
		if i%5 == 4 {
			y[r.IntN(m*c)] = math.Float32frombits(randBits(r))
		}
		k := repops.SoftmaxXentGrad{M: m, C: c}
		in := [][]float32{x, y}
		out := make([]float32, k.OutLen())
		k.Run(out, in)
		e := r.IntN(k.OutLen())
		cl, err := ClaimOf(k, in, e)
		if err != nil {
			t.Fatal(err)
		}
		if cl.Value != math.Float32bits(out[e]) {
			t.Fatalf("%v element %d: trace %08x, Run %08x", k, e, cl.Value, math.Float32bits(out[e]))
		}
		circ, w := unboundAssignment(t, cl, XentMaxCols)
		if err := test.IsSolved(circ, w, ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("%v element %d on %v, %v (value %08x): %v", k, e, x, y, cl.Value, err)
		}
		cl.Value ^= 1
		circ, w = unboundAssignment(t, cl, XentMaxCols)
		if test.IsSolved(circ, w, ecc.BN254.ScalarField()) == nil {
			t.Fatalf("%v element %d: wrong value accepted", k, e)
		}
		cl.Value ^= 1
		cl.Col = uint8((int(cl.Col) + 1) % c) // another column's claim with this value
		if c > 1 && cl.Check() != nil {
			circ, w = unboundAssignment(t, cl, XentMaxCols)
			if test.IsSolved(circ, w, ecc.BN254.ScalarField()) == nil {
				t.Fatalf("%v element %d: accepted as column %d", k, e, cl.Col)
			}
		}
	}
}
