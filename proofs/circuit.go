package proofs

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
	"github.com/consensys/gnark/std/rangecheck"
)

// Kernel ids the circuit judges (repops.KernelID values, protocol constants).
const (
	kMatMul    = 1
	kBiasAdd   = 2
	kReLU      = 3
	kReLUGrad  = 4
	kMomentum  = 5
	kSGDApply  = 6
	kTanh      = 7
	kTanhGrad  = 8
	kXentGrad  = 10
	kColSum    = 11
	kMean      = 12
	kAdamM     = 13
	kAdamV     = 14
	kAdamApply = 15
	kScale     = 16
	kIm2Col    = 17
	kCol2Im    = 18
)

// judged lists the kernel ids the circuit judges.
var judged = []int{kMatMul, kBiasAdd, kReLU, kReLUGrad, kMomentum, kSGDApply, kTanh, kTanhGrad,
	kXentGrad, kColSum, kMean, kAdamM, kAdamV, kAdamApply, kScale, kIm2Col, kCol2Im}

// ElementCircuit proves that one output element of a RepOps kernel is a given value,
// computed bit for bit as repops defines it from the operands X (c, d: the kernel's
// constants, see Meta):
//
//	matmul (1):     acc = +0; for p: acc = fma(X[2p], X[2p+1], acc)    (p < Terms)
//	biasadd (2):    X[0] + X[1]
//	relu (3):       max(X[0], +0)
//	relugrad (4):   selp(X[0], X[1])
//	momentum (5):   fma(c, X[0], X[1])
//	sgdapply (6):   fma(-c, X[1], X[0])
//	tanh (7):       1 - 2/(exp(X[0]+X[0]) + 1)          (exp: repops.Exp's sequence)
//	tanhgrad (8):   X[1]·(1 - X[0]·X[0])
//	xentgrad (10):  row x = X[0..C), y = X[C..2C), C = w <= XentMaxCols, column j < C:
//	                mx = max(...max(x[0], x[1])..., x[C-1]); e_t = exp(x[t] - mx);
//	                s = (+0 + e_0) + ... + e_(C-1); ((e_j / s) - y[j]) · (1 / float32(c))
//	colsum (11):    acc = +0; for p: acc = acc + X[p]         (p < Terms)
//	mean (12):      (acc as colsum) / float32(c)              (c: the integer n)
//	adam_m (13):    fma(c, X[0], (1-c)·X[1])
//	adam_v (14):    fma(c, X[0], (1-c)·(X[1]·X[1]))
//	adam_apply(15): X[0] - (c·(X[1]/(1-X[3]))) / (sqrt(X[2]/(1-X[4])) + d)
//	scale (16):     X[0]·c
//	im2col (17):    X[0]·1                                    (a copy: NaN canonical)
//	col2im (18):    as colsum (the patch elements that copied the pixel, in order)
//
// fma(a, b, c) is a·b + c rounded once (repops.FMA32). Every fma is one gadget, and a
// sum's add is the same gadget as fma(X[p], 1, acc), which is acc + X[p] exactly (x·1
// is x, signed zeros included), so matmul and the sums share one unit per term.
//
// Meta = kernel | c<<8 | v<<40 | d<<72 | w<<104 | j<<112 (c, d: 32-bit constants, v:
// the element, w and j: xentgrad's row width and column, 8 bits each).
// Slots past the kernel's operands are +0 (a matmul or sum with fewer terms: +0·+0
// and +0 add nothing, since acc is never -0).
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

// Terms is the circuit's capacity in dot-product terms (and in summands of colsum
// and mean).
func (c *ElementCircuit) Terms() int { return len(c.X) / 2 }

// XentMaxCols is the widest softmax row the circuit judges (the MNIST models' 10 classes).
const XentMaxCols = 10

// intRound converts mean's integer n (< 2^32) to float32, as Go's float32(n).
var intRound = newRoundCfg(32, 8, 0, 12)

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

	h, err := api.Compiler().NewHint(splitMetaHint, 6, c.Meta)
	if err != nil {
		return fmt.Errorf("proofs: meta hint: %w", err)
	}
	kernel, cbits, v, dbits, width, col := h[0], h[1], h[2], h[3], h[4], h[5]
	u.rc.Check(kernel, 8)
	u.rc.Check(width, 8)
	u.rc.Check(col, 8)
	cf := u.decode(cbits) // range-checks c to 32 bits
	df := u.decode(dbits)
	// v is compared with a result pattern below, which is < 2^32: meta splits uniquely
	sh := func(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }
	api.AssertIsEqual(c.Meta, api.Add(kernel, api.Mul(cbits, 1<<8), api.Mul(v, uint64(1)<<40),
		api.Mul(dbits, sh(72)), api.Mul(width, sh(104)), api.Mul(col, sh(112))))
	var is [kCol2Im + 1]frontend.Variable // indexed by kernel id
	var sum frontend.Variable = 0
	for _, k := range judged {
		is[k] = api.IsZero(api.Sub(kernel, k))
		sum = api.Add(sum, is[k])
	}
	api.AssertIsEqual(sum, 1) // an unknown kernel has no proof
	isSum := api.Add(is[kColSum], is[kMean], is[kCol2Im])

	xs := make([]fp, len(c.X))
	for i, x := range c.X {
		xs[i] = u.decode(x)
	}

	// matmul, colsum, mean, col2im: strictly sequential, one rounding per term:
	// acc = fma(X[2p], X[2p+1], acc) for matmul, fma(X[p], 1, acc) = acc + X[p] for the sums
	one := u.constant(0x3f800000)
	acc := u.constant(0)
	var accBits frontend.Variable = 0
	for p := 0; p < len(xs)/2; p++ {
		accBits = u.fma(u.selFMA(isSum, xs[p], xs[2*p]), u.selFMA(isSum, one, xs[2*p+1]), acc)
		acc = u.decode(accBits)
	}

	// element-wise kernels share units: one multiply t (scale's x·c), one square, one
	// 1-y, one (1-y)·z, one fma; tanh, mean and adam_apply one division
	xe := func(i int) fp { // a circuit of one term has two slots: adam_apply needs five
		if i < len(xs) {
			return xs[i]
		}
		return u.constant(0)
	}
	x0, x1, x2, x3, x4 := xe(0), xe(1), xe(2), xe(3), xe(4)
	tBits := u.mul(x0, cf)
	sq := u.decode(u.mul(u.sel(is[kTanhGrad], x0, x1), u.sel(is[kTanhGrad], x0, x1)))
	// 1 - c (adam's constants, as repops computes it), or tanhgrad's 1 - y·y
	omc := u.decode(u.sub(one, u.sel(is[kTanhGrad], sq, cf)))
	y := u.sel(is[kAdamV], sq, x1)
	adBits := u.mul(omc, y) // adam: (1-c)·y; tanhgrad: (1 - y·y)·dy
	ad := u.decode(adBits)
	isAdam := api.Add(is[kAdamM], is[kAdamV])
	isSGD := is[kSGDApply]
	// biasadd fma(x0, 1, x1); momentum fma(c, x0, x1); sgd fma(-c, x1, x0); adam fma(c, x0, ad)
	fa := u.sel(api.Add(is[kMomentum], isAdam), cf, u.sel(isSGD, u.neg(cf), x0))
	fb := u.sel(is[kBiasAdd], one, u.sel(isSGD, x1, x0))
	fc := u.sel(isSGD, x0, u.sel(isAdam, ad, x1))
	ew := u.fma(fa, fb, fc)
	relu := u.max(x0, u.constant(0))
	rg := u.selp(x0, x1)

	// xentgrad's row: width C in 1..XentMaxCols, column j < C (checked for xentgrad only)
	isXG := is[kXentGrad]
	valid := make([]frontend.Variable, XentMaxCols) // t < C
	isJ := make([]frontend.Variable, XentMaxCols)   // t = j
	var okC, okJ frontend.Variable = 0, 0
	for t := XentMaxCols; t >= 1; t-- {
		okC = api.Add(okC, api.IsZero(api.Sub(width, t)))
		valid[t-1] = okC
	}
	for t := range isJ {
		isJ[t] = api.IsZero(api.Sub(col, t))
		okJ = api.Add(okJ, api.Mul(isJ[t], valid[t]))
	}
	api.AssertIsEqual(api.Mul(isXG, api.Sub(okC, 1)), 0)
	api.AssertIsEqual(api.Mul(isXG, api.Sub(okJ, 1)), 0)
	mx := xe(0)
	for t := 1; t < XentMaxCols; t++ {
		mx = u.sel(valid[t], u.decode(u.max(mx, xe(t))), mx)
	}

	// the row's exps; the first one also serves tanh: exp(x+x)
	isTanh := is[kTanh]
	sm := u.constant(0)
	var ejBits frontend.Variable = 0
	var ex fp
	for t := 0; t < XentMaxCols; t++ {
		arg := u.decode(u.sub(xe(t), mx))
		if t == 0 {
			arg = u.sel(isTanh, u.decode(u.add(x0, x0)), arg)
		}
		et := u.exp(arg)
		e := u.decode(et)
		if t == 0 {
			ex = e
		}
		sm = u.sel(valid[t], u.decode(u.add(sm, e)), sm)
		ejBits = api.Add(ejBits, api.Mul(isJ[t], et))
	}
	ej := u.decode(ejBits)
	var yBits frontend.Variable = 0 // y[j] = X[C+j]
	for k := 0; k < 2*XentMaxCols && k < len(c.X); k++ {
		yBits = api.Add(yBits, api.Mul(api.IsZero(api.Sub(api.Add(width, col), k)), c.X[k]))
	}
	y0 := u.decode(yBits)

	// tanh: 1 - 2/(exp(x+x) + 1)
	tden := u.decode(u.add(ex, one))
	// mean: acc / float32(n); xentgrad's 1/float32(m)
	nmag, _ := u.round(cbits, 0, intRound)
	nf := u.decode(nmag)
	// adam_apply: x0 - (c·(x1/(1-x3))) / (sqrt(x2/(1-x4)) + d); the first division
	// also serves xentgrad's 1/m
	mh := u.decode(u.div(u.sel(isXG, one, x1), u.sel(isXG, nf, u.decode(u.sub(one, x3)))))
	vh := u.decode(u.div(x2, u.decode(u.sub(one, x4))))
	aden := u.decode(u.add(u.decode(u.sqrt(vh)), df))
	anum := u.decode(u.mul(cf, mh))
	num := u.sel(isTanh, u.constant(0x40000000), u.sel(is[kMean], acc, u.sel(isXG, ej, anum)))
	den := u.sel(isTanh, tden, u.sel(is[kMean], nf, u.sel(isXG, sm, aden)))
	qBits := u.div(num, den)
	q := u.decode(qBits)
	// tanh: 1 - q; adam_apply: x0 - q; xentgrad: q - y[j]
	fin := u.sub(u.sel(isTanh, one, u.sel(isXG, q, x0)), u.sel(isXG, y0, q))
	xg := u.mul(u.decode(fin), mh) // xentgrad: (p - y)·(1/m)

	out := api.Add(
		api.Mul(api.Add(is[kMatMul], is[kColSum], is[kCol2Im]), accBits),
		api.Mul(is[kIm2Col], u.canon(x0)),
		api.Mul(api.Add(is[kBiasAdd], is[kMomentum], is[kSGDApply], isAdam), ew),
		api.Mul(is[kReLU], relu),
		api.Mul(is[kReLUGrad], rg),
		api.Mul(is[kScale], tBits),
		api.Mul(is[kTanhGrad], adBits),
		api.Mul(is[kMean], qBits),
		api.Mul(api.Add(isTanh, is[kAdamApply]), fin),
		api.Mul(isXG, xg),
	)
	api.AssertIsEqual(out, v)
	return nil
}

// selFMA picks a (cond = 1) or b in the fields a multiplicand of fma reads (sign,
// significand, exponent, class flags); its other fields (bits, e, f, mag) are b's and
// must not be read.
func (u *fpu) selFMA(cond frontend.Variable, a, b fp) fp {
	s := func(x, y frontend.Variable) frontend.Variable { return u.api.Select(cond, x, y) }
	r := b
	r.s, r.m, r.x = s(a.s, b.s), s(a.m, b.m), s(a.x, b.x)
	r.nan, r.inf, r.zero = s(a.nan, b.nan), s(a.inf, b.inf), s(a.zero, b.zero)
	return r
}

// sel picks a (cond = 1) or b field by field.
func (u *fpu) sel(cond frontend.Variable, a, b fp) fp {
	s := func(x, y frontend.Variable) frontend.Variable { return u.api.Select(cond, x, y) }
	return fp{
		bits: s(a.bits, b.bits), s: s(a.s, b.s), e: s(a.e, b.e), f: s(a.f, b.f), mag: s(a.mag, b.mag),
		nan: s(a.nan, b.nan), inf: s(a.inf, b.inf), zero: s(a.zero, b.zero), m: s(a.m, b.m), x: s(a.x, b.x),
	}
}
