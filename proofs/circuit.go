package proofs

import (
	"fmt"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
	"github.com/consensys/gnark/std/rangecheck"
)

// Kernel ids the circuit judges (repops.KernelID values, protocol constants).
const (
	kMatMul   = 1
	kBiasAdd  = 2
	kReLU     = 3
	kReLUGrad = 4
	kMomentum = 5
	kSGDApply = 6
	kAdamM    = 13
	kAdamV    = 14
	kScale    = 16
)

// judged lists the kernel ids the circuit judges.
var judged = []int{kMatMul, kBiasAdd, kReLU, kReLUGrad, kMomentum, kSGDApply, kAdamM, kAdamV, kScale}

// ElementCircuit proves that one output element of a RepOps kernel is a given value,
// computed bit for bit as repops defines it from the operands X:
//
//	matmul (1):   acc = +0; for p: acc = acc + (X[2p]·X[2p+1])    (p < Terms)
//	biasadd (2):  X[0] + X[1]
//	relu (3):     max(X[0], +0)
//	relugrad (4): selp(X[0], X[1])
//	momentum (5): (c·X[0]) + X[1]
//	sgdapply (6): X[0] - (c·X[1])
//	adam_m (13):  (c·X[0]) + ((1-c)·X[1])
//	adam_v (14):  (c·X[0]) + ((1-c)·(X[1]·X[1]))
//	scale (16):   X[0]·c
//
// Meta = kernel | c<<8 | v<<40 (c: the kernel's float constant, v: the element).
// Slots past the kernel's operands are +0 (a matmul with fewer terms: +0·+0 adds
// nothing, since acc is never -0).
//
// Binding to the chain: OpsHash = keccak256(operands as big-endian uint32) mod r is
// public and committed with the private X and Meta (BSB22 commitment of gnark's
// Groth16); the commitment's challenge z therefore comes after all of them, and
// Fingerprint = Meta + Σ X[i]·z^(i+1), computed by the contract from its calldata,
// equals the circuit's only if the operands and meta are the same (Schwartz–Zippel:
// probability ≤ (2·Terms+1)/r otherwise).
type ElementCircuit struct {
	OpsHash     frontend.Variable `gnark:",public"`
	Fingerprint frontend.Variable `gnark:",public"`
	Meta        frontend.Variable
	X           []frontend.Variable

	// unbound drops the fingerprint check: tests of the arithmetic alone under
	// gnark's test engine, whose commitments differ from Groth16's.
	unbound bool
}

// NewElementCircuit returns the circuit shape for dot products of up to terms terms.
func NewElementCircuit(terms int) *ElementCircuit {
	if terms < 1 {
		panic(fmt.Sprintf("proofs: %d terms", terms))
	}
	return &ElementCircuit{X: make([]frontend.Variable, 2*terms)}
}

// Terms is the circuit's capacity in dot-product terms.
func (c *ElementCircuit) Terms() int { return len(c.X) / 2 }

// Define implements frontend.Circuit.
func (c *ElementCircuit) Define(api frontend.API) error {
	if len(c.X) < 2 || len(c.X)%2 != 0 {
		return fmt.Errorf("proofs: element circuit with %d operand slots: %w", len(c.X), ErrShape)
	}
	// The range checker defers its own commitment: create it before registering
	// ours, so that ours is the first callback and receives the root commitment
	// itself, the value the Solidity verifier derives (keccak of the commitment
	// and OpsHash, mod r).
	u := &fpu{api: api, rc: rangecheck.New(api)}
	if !c.unbound {
		committed := append(append([]frontend.Variable{}, c.X...), c.Meta, c.OpsHash)
		multicommit.WithCommitment(api, func(api frontend.API, z frontend.Variable) error {
			var acc frontend.Variable = 0
			for i := len(c.X) - 1; i >= 0; i-- {
				acc = api.Mul(api.Add(acc, c.X[i]), z)
			}
			api.AssertIsEqual(api.Add(acc, c.Meta), c.Fingerprint)
			return nil
		}, committed...)
	}

	h, err := api.Compiler().NewHint(splitMetaHint, 3, c.Meta)
	if err != nil {
		return fmt.Errorf("proofs: meta hint: %w", err)
	}
	kernel, cbits, v := h[0], h[1], h[2]
	u.rc.Check(kernel, 8)
	cf := u.decode(cbits) // range-checks c to 32 bits
	// v is compared with a result pattern below, which is < 2^32: meta splits uniquely
	api.AssertIsEqual(c.Meta, api.Add(kernel, api.Mul(cbits, 1<<8), api.Mul(v, uint64(1)<<40)))
	var is [kScale + 1]frontend.Variable
	var sum frontend.Variable = 0
	for _, k := range judged {
		is[k] = api.IsZero(api.Sub(kernel, k))
		sum = api.Add(sum, is[k])
	}
	api.AssertIsEqual(sum, 1) // an unknown kernel has no proof

	xs := make([]fp, len(c.X))
	for i, x := range c.X {
		xs[i] = u.decode(x)
	}

	// matmul: strictly sequential, one rounding per multiply and per add
	acc := u.constant(0)
	var accBits frontend.Variable = 0
	for p := 0; p < len(xs)/2; p++ {
		prod := u.decode(u.mul(xs[2*p], xs[2*p+1]))
		accBits = u.add(acc, prod)
		if p+1 < len(xs)/2 {
			acc = u.decode(accBits)
		}
	}

	// element-wise kernels share one multiply t and one add:
	// momentum t + x1, sgd x0 + -t, adam t + (1-c)·y (y = x1, or x1·x1 for v),
	// biasadd x0 + x1; scale is t itself (x·c = c·x bit for bit, NaN canonical)
	x0, x1 := xs[0], xs[1]
	tBits := u.mul(cf, u.sel(is[kSGDApply], x1, x0))
	t := u.decode(tBits)
	omc := u.decode(u.sub(u.constant(0x3f800000), cf)) // 1 - c, as repops computes it
	y := u.sel(is[kAdamV], u.decode(u.mul(x1, x1)), x1)
	ad := u.decode(u.mul(omc, y))
	isAdam := api.Add(is[kAdamM], is[kAdamV])
	first := u.sel(api.Add(is[kMomentum], isAdam), t, x0)
	second := u.sel(is[kSGDApply], u.neg(t), u.sel(isAdam, ad, x1))
	ew := u.add(first, second)
	relu := u.max(x0, u.constant(0))
	rg := u.selp(x0, x1)

	out := api.Add(
		api.Mul(is[kMatMul], accBits),
		api.Mul(api.Add(is[kBiasAdd], is[kMomentum], is[kSGDApply], isAdam), ew),
		api.Mul(is[kReLU], relu),
		api.Mul(is[kReLUGrad], rg),
		api.Mul(is[kScale], tBits),
	)
	api.AssertIsEqual(out, v)
	return nil
}

// sel picks a (cond = 1) or b field by field.
func (u *fpu) sel(cond frontend.Variable, a, b fp) fp {
	s := func(x, y frontend.Variable) frontend.Variable { return u.api.Select(cond, x, y) }
	return fp{
		bits: s(a.bits, b.bits), s: s(a.s, b.s), e: s(a.e, b.e), f: s(a.f, b.f), mag: s(a.mag, b.mag),
		nan: s(a.nan, b.nan), inf: s(a.inf, b.inf), zero: s(a.zero, b.zero), m: s(a.m, b.m), x: s(a.x, b.x),
	}
}
