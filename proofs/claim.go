package proofs

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"golang.org/x/crypto/sha3"

	"github.com/veritrain/veritrain/repops"
)

// Claim is what one proof settles: output element = Value, for a kernel with
// constants Const (the float bits of momentum's mu, sgd's and adam_apply's lr,
// adam's b1 or b2, scale's s; mean's integer n; else 0) and Const2 (adam_apply's
// eps; else 0) applied to Operands, in the circuit's order (see OperandRef). For the
// softmax cross-entropy gradient Const is the batch m, Width the row width C and Col
// the element's column j.
type Claim struct {
	Kernel     repops.KernelID
	Const      uint32
	Const2     uint32
	Width, Col uint8
	Operands   []uint32
	Value      uint32
}

// OperandRef says where operand q of output element e of k comes from: input
// tensor slot, element index. It is the order the contract's operand dispute uses:
//
//	matmul:    q = 2p → A(i,p), q = 2p+1 → B(p,j) (stored layout, see repops.MatMulK)
//	biasadd:   0 → X[e], 1 → b[e mod n]
//	relu, scale, tanh: 0 → x[e]
//	relugrad, momentum, sgdapply, adam_m, adam_v, tanhgrad: 0 → slot 0 [e], 1 → slot 1 [e]
//	adam_apply: q < 3 → slot q [e] (w, m', v'); 3 → p1'[0]; 4 → p2'[0]
//	colsum:    q → X[q, e] (slot 0, index q·n + e)
//	mean:      q → x[q]
//	xentgrad:  q < C → X[i, q], q >= C → Y[i, q-C] (the element's row i = e / C)
//	im2col:    0 → the image element patch element e copies
//	col2im:    q → the q-th patch element that copied pixel e, in increasing (dy, dx)
func OperandRef(k repops.Kernel, e, q int) (slot, index int, err error) {
	if e < 0 || e >= k.OutLen() {
		return 0, 0, fmt.Errorf("%v: element %d: %w", k, e, ErrShape)
	}
	n := NumOperands(k, e)
	if n < 0 {
		return 0, 0, fmt.Errorf("%v: %w", k, ErrKernel)
	}
	if q < 0 || q >= n {
		return 0, 0, fmt.Errorf("%v: operand %d of element %d: %w", k, q, e, ErrShape)
	}
	switch k := k.(type) {
	case repops.MatMulK:
		i, j, p := e/k.N, e%k.N, q/2
		if q%2 == 0 {
			if k.L == repops.TN {
				return 0, p*k.M + i, nil
			}
			return 0, i*k.K + p, nil
		}
		if k.L == repops.NT {
			return 1, j*k.K + p, nil
		}
		return 1, p*k.N + j, nil
	case repops.BiasAdd:
		if q == 1 {
			return 1, e % k.N, nil
		}
	case repops.AdamApply:
		if q >= 3 {
			return q, 0, nil
		}
	case repops.ColSum:
		return 0, q*k.N + e, nil
	case repops.Mean:
		return 0, q, nil
	case repops.SoftmaxXentGrad:
		row := e / k.C * k.C
		if q < k.C {
			return 0, row + q, nil
		}
		return 1, row + q - k.C, nil
	case repops.Im2Col:
		return 0, k.Source(e), nil
	case repops.Col2Im:
		return 0, k.Terms(e)[q], nil
	}
	return q, e, nil
}

// NumOperands is the number of operands of output element e of k, or -1 if the
// circuit does not judge k (e matters only for col2im, whose pixels are covered by
// different numbers of patches).
func NumOperands(k repops.Kernel, e int) int {
	switch k := k.(type) {
	case repops.MatMulK:
		return 2 * k.K
	case repops.ReLU, repops.Scale, repops.Tanh, repops.Im2Col:
		return 1
	case repops.Col2Im:
		return len(k.Terms(e))
	case repops.BiasAdd, repops.ReLUGrad, repops.Momentum, repops.SGDApply, repops.AdamM, repops.AdamV,
		repops.TanhGrad:
		return 2
	case repops.AdamApply:
		return 5
	case repops.SoftmaxXentGrad:
		if k.C < 1 || k.C > XentMaxCols {
			return -1
		}
		return 2 * k.C
	case repops.ColSum:
		return k.M
	case repops.Mean:
		return k.N
	}
	return -1
}

// ClaimOf builds the true claim for output element e of k on inputs in: operands
// by OperandRef, the value from the kernel's own trace.
func ClaimOf(k repops.Kernel, in [][]float32, e int) (Claim, error) {
	if err := repops.Check(k, make([]float32, k.OutLen()), in); err != nil {
		return Claim{}, fmt.Errorf("proofs: %w", err)
	}
	if e < 0 || e >= k.OutLen() {
		return Claim{}, fmt.Errorf("proofs: %v element %d: %w", k, e, ErrShape)
	}
	n := NumOperands(k, e)
	if n < 0 {
		return Claim{}, fmt.Errorf("%v: %w", k, ErrKernel)
	}
	c := Claim{Kernel: k.ID(), Operands: make([]uint32, n)}
	switch k := k.(type) {
	case repops.Momentum:
		c.Const = math.Float32bits(k.Mu)
	case repops.SGDApply:
		c.Const = math.Float32bits(k.LR)
	case repops.AdamM:
		c.Const = math.Float32bits(k.B1)
	case repops.AdamV:
		c.Const = math.Float32bits(k.B2)
	case repops.Scale:
		c.Const = math.Float32bits(k.S)
	case repops.AdamApply:
		c.Const, c.Const2 = math.Float32bits(k.LR), math.Float32bits(k.Eps)
	case repops.Mean:
		c.Const = uint32(k.N)
	case repops.SoftmaxXentGrad:
		c.Const, c.Width, c.Col = uint32(k.M), uint8(k.C), uint8(e%k.C)
	}
	for q := range c.Operands {
		slot, idx, err := OperandRef(k, e, q)
		if err != nil {
			return Claim{}, err
		}
		c.Operands[q] = math.Float32bits(in[slot][idx])
	}
	v, err := repops.Replay(k.Trace(in, e), in)
	if err != nil {
		return Claim{}, fmt.Errorf("proofs: %v element %d: %w", k, e, err)
	}
	c.Value = math.Float32bits(v)
	return c, nil
}

// Meta packs kernel, constants and value as the circuit's Meta:
// kernel | c<<8 | v<<40 | d<<72 | w<<104 | j<<112.
func (c Claim) Meta() *big.Int {
	m := new(big.Int).SetUint64(uint64(c.Col)<<8 | uint64(c.Width))
	m.Lsh(m, 32).Or(m, new(big.Int).SetUint64(uint64(c.Const2)))
	m.Lsh(m, 32).Or(m, new(big.Int).SetUint64(uint64(c.Value)))
	m.Lsh(m, 32).Or(m, new(big.Int).SetUint64(uint64(c.Const)))
	m.Lsh(m, 8).Or(m, big.NewInt(int64(c.Kernel)))
	return m
}

// OperandBytes is the calldata form of the operands: 4 bytes each, big-endian.
func (c Claim) OperandBytes() []byte {
	b := make([]byte, 4*len(c.Operands))
	for i, v := range c.Operands {
		binary.BigEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// ParseOperands decodes OperandBytes' format.
func ParseOperands(b []byte) ([]uint32, error) {
	if len(b)%4 != 0 {
		return nil, fmt.Errorf("proofs: %d operand bytes, not a multiple of 4: %w", len(b), ErrShape)
	}
	ops := make([]uint32, len(b)/4)
	for i := range ops {
		ops[i] = binary.BigEndian.Uint32(b[4*i:])
	}
	return ops, nil
}

// OpsHash is the public input binding the operands: keccak256(OperandBytes) mod r.
func (c Claim) OpsHash() *big.Int {
	h := sha3.NewLegacyKeccak256()
	h.Write(c.OperandBytes())
	var e fr.Element
	e.SetBytes(h.Sum(nil)) // reduces mod r, as the contract's `% R`
	return e.BigInt(new(big.Int))
}

// Fingerprint is Meta + Σ operand_i·z^(i+1) mod r, what the contract computes.
func (c Claim) Fingerprint(z *big.Int) *big.Int {
	var zz, acc, x fr.Element
	zz.SetBigInt(z)
	for i := len(c.Operands) - 1; i >= 0; i-- {
		x.SetUint64(uint64(c.Operands[i]))
		acc.Add(&acc, &x).Mul(&acc, &zz)
	}
	var m fr.Element
	m.SetBigInt(c.Meta())
	acc.Add(&acc, &m)
	return acc.BigInt(new(big.Int))
}

// Assignment is the circuit witness for c in a circuit of the given capacity, with
// the commitment challenge z (see Prover.Prove for how z is learnt).
func (c Claim) Assignment(terms int, z *big.Int) (*ElementCircuit, error) {
	if len(c.Operands) > 2*terms || (isSum(c.Kernel) && len(c.Operands) > terms) {
		return nil, fmt.Errorf("proofs: %d operands of %v in a %d-term circuit: %w", len(c.Operands), c.Kernel, terms, ErrTooLarge)
	}
	w := NewElementCircuit(terms)
	for i := range w.X {
		w.X[i] = 0
	}
	for i, v := range c.Operands {
		w.X[i] = v
	}
	w.Meta = c.Meta()
	w.OpsHash = c.OpsHash()
	w.Fingerprint = c.Fingerprint(z)
	return w, nil
}

// Eval computes the element from the claim's operands as the circuit defines it
// (repops.Eval, operation by operation).
func (c Claim) Eval() (uint32, error) {
	x := func(i int) float32 {
		if i < len(c.Operands) {
			return math.Float32frombits(c.Operands[i])
		}
		return 0
	}
	k := math.Float32frombits(c.Const)
	var v float32
	switch c.Kernel {
	case repops.KMatMul:
		for p := 0; p < (len(c.Operands)+1)/2; p++ {
			v = repops.FMA32(x(2*p), x(2*p+1), v)
		}
	case repops.KBiasAdd:
		v = repops.Eval(repops.OpAdd, x(0), x(1))
	case repops.KReLU:
		v = repops.Eval(repops.OpMax, x(0), 0)
	case repops.KReLUGrad:
		v = repops.Eval(repops.OpSelP, x(0), x(1))
	case repops.KMomentum:
		v = repops.FMA32(k, x(0), x(1))
	case repops.KSGDApply:
		v = repops.FMA32(repops.Neg(k), x(1), x(0))
	case repops.KAdamM, repops.KAdamV:
		y := x(1)
		if c.Kernel == repops.KAdamV {
			y = repops.Eval(repops.OpMul, y, y)
		}
		v = repops.FMA32(k, x(0), repops.Eval(repops.OpMul, repops.Eval(repops.OpSub, 1, k), y))
	case repops.KScale:
		v = repops.Eval(repops.OpMul, x(0), k)
	case repops.KTanh:
		e := repops.Exp(repops.Eval(repops.OpAdd, x(0), x(0)))
		v = repops.Eval(repops.OpSub, 1, repops.Eval(repops.OpDiv, 2, repops.Eval(repops.OpAdd, e, 1)))
	case repops.KTanhGrad:
		v = repops.Eval(repops.OpMul, x(1), repops.Eval(repops.OpSub, 1, repops.Eval(repops.OpMul, x(0), x(0))))
	case repops.KSoftmaxXentGrad:
		w, j := int(c.Width), int(c.Col)
		if w < 1 || w > XentMaxCols || j >= w || len(c.Operands) != 2*w {
			return 0, fmt.Errorf("softmax row of %d, column %d, %d operands: %w", w, j, len(c.Operands), ErrShape)
		}
		mx := x(0)
		for t := 1; t < w; t++ {
			mx = repops.Eval(repops.OpMax, mx, x(t))
		}
		var s, ej float32
		for t := 0; t < w; t++ {
			et := repops.Exp(repops.Eval(repops.OpSub, x(t), mx))
			s = repops.Eval(repops.OpAdd, s, et)
			if t == j {
				ej = et
			}
		}
		p := repops.Eval(repops.OpDiv, ej, s)
		inv := repops.Eval(repops.OpDiv, 1, float32(c.Const))
		v = repops.Eval(repops.OpMul, repops.Eval(repops.OpSub, p, x(w+j)), inv)
	case repops.KIm2Col:
		v = repops.Eval(repops.OpMul, x(0), 1)
	case repops.KColSum, repops.KMean, repops.KCol2Im:
		for p := range c.Operands {
			v = repops.Eval(repops.OpAdd, v, x(p))
		}
		if c.Kernel == repops.KMean {
			v = repops.Eval(repops.OpDiv, v, float32(c.Const))
		}
	case repops.KAdamApply:
		mh := repops.Eval(repops.OpDiv, x(1), repops.Eval(repops.OpSub, 1, x(3)))
		vh := repops.Eval(repops.OpDiv, x(2), repops.Eval(repops.OpSub, 1, x(4)))
		den := repops.Eval(repops.OpAdd, repops.Eval(repops.OpSqrt, vh, 0), math.Float32frombits(c.Const2))
		v = repops.Eval(repops.OpSub, x(0), repops.Eval(repops.OpDiv, repops.Eval(repops.OpMul, k, mh), den))
	default:
		return 0, fmt.Errorf("kernel %d: %w", c.Kernel, ErrKernel)
	}
	return math.Float32bits(v), nil
}

// Check reports ErrFalseClaim when Value is not what the operands give.
func (c Claim) Check() error {
	v, err := c.Eval()
	if err != nil {
		return err
	}
	if v != c.Value {
		return fmt.Errorf("%v: claimed %08x, operands give %08x: %w", c.Kernel, c.Value, v, ErrFalseClaim)
	}
	return nil
}

// isSum reports whether the kernel's operands are summands (one per term of the
// circuit's accumulator, not two).
func isSum(k repops.KernelID) bool {
	return k == repops.KColSum || k == repops.KMean || k == repops.KCol2Im
}
