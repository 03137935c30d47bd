package proofs

import (
	"context"
	"crypto/rand"
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"math/big"
	mrand "math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	fcs "github.com/consensys/gnark/frontend/cs"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/rangecheck"
	"golang.org/x/crypto/sha3"

	"github.com/veritrain/veritrain/internal/fmacases"
	"github.com/veritrain/veritrain/repops"
)

// A malicious prover chooses every hint output: hints are advice, and only the
// constraints stand between it and a proof of a wrong value. These tests play that
// prover on the compiled R1CS (the system Groth16 proves, with gnark's real
// commitment-based range checker): one hint call at a time returns a forged value,
// every later hint is recomputed honestly from it (so the forgery propagates as far
// as the constraints let it), and the system must then be unsatisfiable, or
// satisfiable only with repops's result and the honest hint value. The forgeries: the
// honest value ±1, 0, 1, -1, a value >= r/2, a huge one, a wrong rounding bit, a
// quotient and remainder that still satisfy num = q·d + r (q∓1 with r±d, q = 0 with
// r = num, or any r with q = (num-r)/d in the field), a normalisation shift of ±1, 0
// or the largest its bits hold, fields that still recompose (e-1 with f+2^23, a carry
// between Meta's fields, a field solved for in the field).
//
// Cost on the busy 2-core development machine, after the build: the float ops about
// 13 s (about 42,000 forgeries), the element circuit about 10 s, the Groth16 check
// about 3 s on top of the 8-term setup it shares with TestProveBinding (about 55 s
// when run alone); -short drops the random inputs and a claim. The full sweep
// (go test ./proofs -run Adversarial -args -adversary.full) takes minutes.

func init() { solver.RegisterHint(captureHint) }

// captureHint is the identity: the test circuits pass their result through it so
// that the harness reads the value a satisfying witness gives.
func captureHint(_ *big.Int, in, out []*big.Int) error {
	out[0].Set(in[0])
	return nil
}

// hintID is gnark's id of a hint by its full name (for hints it does not export).
func hintID(name string) solver.HintID {
	h := fnv.New32a()
	h.Write([]byte(name))
	return solver.HintID(h.Sum32())
}

var (
	captureID = solver.GetHintID(captureHint)
	commitID  = solver.GetHintID(fcs.Bsb22CommitmentComputePlaceholder)
	// countHintID: the log-derivative argument's multiplicities (range checks). gnark's
	// refuses a query outside the table; lenientCount answers anyway, so that a
	// forged out-of-range value is refused by the argument's constraint itself.
	countHintID = hintID("github.com/consensys/gnark/std/internal/logderivarg.countHint")
)

// lenientCount is logderivarg's countHint without its refusal: queries outside the
// table are left out of the multiplicities (and the argument's equation then fails).
func lenientCount(_ *big.Int, in, out []*big.Int) error {
	nbTable, nbRow := int(in[0].Int64()), int(in[1].Int64())
	key := func(i int) string {
		var b strings.Builder
		for j := 0; j < nbRow; j++ {
			b.WriteString(in[i+j].String())
			b.WriteByte(',')
		}
		return b.String()
	}
	idx := make(map[string]int, nbTable)
	for i := 0; i < nbTable; i++ {
		idx[key(2+nbRow*i)] = i
		out[i].SetInt64(0)
	}
	for q := 2 + nbRow*nbTable; q+nbRow <= len(in); q += nbRow {
		if i, ok := idx[key(q)]; ok {
			out[i].Add(out[i], big.NewInt(1))
		}
	}
	return nil
}

// hintCall is one call of a hint while solving.
type hintCall struct {
	name    string // short name (package.function)
	own     bool   // one of Hints(): its outputs must be the only ones the constraints allow
	in, out []*big.Int
}

// adversary is a hint set for one solving run: call number target returns forged
// instead of the honest outputs; with target < 0 it records every call.
type adversary struct {
	target int
	forged []*big.Int

	calls    []hintCall
	n        int
	name     string   // the forged call's hint (to check the call order is stable)
	hintErr  error    // an honest hint refused its inputs: the run proves nothing
	captured *big.Int // the result passed through captureHint
}

var ownHints = func() map[solver.HintID]bool {
	m := map[solver.HintID]bool{}
	for _, h := range Hints() {
		m[solver.GetHintID(h)] = true
	}
	return m
}()

func shortName(full string) string { return full[strings.LastIndex(full, "/")+1:] }

func cloneInts(xs []*big.Int) []*big.Int {
	c := make([]*big.Int, len(xs))
	for i, x := range xs {
		c[i] = new(big.Int).Set(x)
	}
	return c
}

// options overrides every registered hint but the commitment's (the prover derives
// it, it is not advice), sequentially so that call numbers name the same calls in
// every run.
func (a *adversary) options() []solver.Option {
	opts := []solver.Option{solver.WithNbTasks(1)}
	for _, h := range solver.GetRegisteredHints() {
		id, name := solver.GetHintID(h), shortName(solver.GetHintName(h))
		switch id {
		case commitID, randomizeHintID:
			continue
		case captureID:
			opts = append(opts, solver.OverrideHint(id, func(_ *big.Int, in, out []*big.Int) error {
				out[0].Set(in[0])
				a.captured = new(big.Int).Set(in[0])
				return nil
			}))
			continue
		case countHintID:
			h = lenientCount
		}
		opts = append(opts, solver.OverrideHint(id, a.wrap(h, name, ownHints[id])))
	}
	return opts
}

func (a *adversary) wrap(h solver.Hint, name string, own bool) solver.Hint {
	if own {
		name = strings.TrimPrefix(name, "proofs.")
	}
	return func(field *big.Int, in, out []*big.Int) error {
		k := a.n
		a.n++
		if err := h(field, in, out); err != nil {
			if a.hintErr == nil {
				a.hintErr = fmt.Errorf("hint %s (call %d): %w", name, k, err)
			}
			return err
		}
		if a.target < 0 {
			a.calls = append(a.calls, hintCall{name: name, own: own, in: cloneInts(in), out: cloneInts(out)})
		}
		if k == a.target {
			a.name = name
			for i := range out {
				out[i].Set(a.forged[i])
			}
		}
		return nil
	}
}

// forgery is one adversarial output vector for a hint call.
type forgery struct {
	what string
	out  []*big.Int
}

// forgeries lists the adversarial outputs for call c (the honest ones excluded).
// gnark's hints (IsZero's inverse, ToBinary's bits, the range checker's limbs and
// multiplicities) get ±1 and 0 only: their soundness is gnark's, and forging them
// shows the harness reaches their constraints.
func forgeries(field *big.Int, c hintCall) []forgery {
	p := field
	mod := func(x *big.Int) *big.Int { return new(big.Int).Mod(x, p) }
	inv := func(x *big.Int) *big.Int { return new(big.Int).ModInverse(mod(x), p) }
	add := func(x *big.Int, d int64) *big.Int { return mod(new(big.Int).Add(x, big.NewInt(d))) }
	addB := func(x, d *big.Int) *big.Int { return mod(new(big.Int).Add(x, d)) }
	subB := func(x, d *big.Int) *big.Int { return mod(new(big.Int).Sub(x, d)) }
	mul := func(x, y *big.Int) *big.Int { return mod(new(big.Int).Mul(x, y)) }
	pow2 := func(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }
	half := new(big.Int).Rsh(p, 1) // (r-1)/2: half+1 reads as negative
	o := c.out
	var fs []forgery
	with := func(what string, vals map[int]*big.Int) {
		out := cloneInts(o)
		same := true
		for i, v := range vals {
			if v == nil {
				return
			}
			out[i] = mod(v)
			same = same && out[i].Cmp(o[i]) == 0
		}
		if !same {
			fs = append(fs, forgery{what, out})
		}
	}
	one := func(what string, i int, v *big.Int) { with(what, map[int]*big.Int{i: v}) }

	// every output alone
	for i := range o {
		one(fmt.Sprintf("out%d+1", i), i, add(o[i], 1))
		one(fmt.Sprintf("out%d-1", i), i, add(o[i], -1))
		one(fmt.Sprintf("out%d=0", i), i, big.NewInt(0))
		if !c.own {
			continue
		}
		one(fmt.Sprintf("out%d=1", i), i, big.NewInt(1))
		one(fmt.Sprintf("out%d=-1", i), i, add(p, -1))
		one(fmt.Sprintf("out%d=r/2+1", i), i, add(half, 1))
		one(fmt.Sprintf("out%d+2^64", i), i, addB(o[i], pow2(64)))
	}
	if !c.own {
		return fs
	}
	switch c.name {
	case "splitFloatHint": // s, e, f of b = s·2^31 + e·2^23 + f
		s, e, f := o[0], o[1], o[2]
		with("e-1,f+2^23", map[int]*big.Int{1: add(e, -1), 2: addB(f, pow2(23))})
		with("e+1,f-2^23", map[int]*big.Int{1: add(e, 1), 2: subB(f, pow2(23))})
		with("s-1,e+2^8", map[int]*big.Int{0: add(s, -1), 1: addB(e, pow2(8))})
		with("s+1,e-2^8", map[int]*big.Int{0: add(s, 1), 1: subB(e, pow2(8))})
		// f±1 or f±2^22 with e solved in the field: b still recomposes
		for _, d := range []int64{1, -1, 1 << 22, -1 << 22} {
			with(fmt.Sprintf("f%+d,e=(b-s2^31-f)/2^23", d), map[int]*big.Int{2: add(f, d),
				1: mul(subB(subB(c.in[0], mul(s, pow2(31))), add(f, d)), inv(pow2(23)))})
			with(fmt.Sprintf("f%+d,s=(b-e2^23-f)/2^31", d), map[int]*big.Int{2: add(f, d),
				0: mul(subB(subB(c.in[0], mul(e, pow2(23))), add(f, d)), inv(pow2(31)))})
		}
	case "bitLenHint": // the normalisation shift: its bit length and the extremes of its width
		for _, v := range []int64{24, 31, 63, 127, 255} {
			one(fmt.Sprintf("L=%d", v), 0, big.NewInt(v))
		}
	case "geZeroHint":
		one("g=2", 0, big.NewInt(2))
	case "isqrtHint": // a root too small by up to 2^24 still has q² <= n
		one("q=q+2^39", 0, addB(o[0], pow2(39)))
		for _, k := range []uint{4, 8, 12, 16, 24} {
			one(fmt.Sprintf("q=q-2^%d", k), 0, subB(o[0], pow2(k)))
		}
	case "divModHint": // a = q·b + r
		a, b, q, r := c.in[0], c.in[1], o[0], o[1]
		if b.Sign() == 0 {
			break
		}
		with("q-1,r+b", map[int]*big.Int{0: add(q, -1), 1: addB(r, b)})
		with("q+1,r-b", map[int]*big.Int{0: add(q, 1), 1: subB(r, b)})
		with("q=0,r=a", map[int]*big.Int{0: big.NewInt(0), 1: a})
		with("q=-1,r=a+b", map[int]*big.Int{0: add(p, -1), 1: addB(a, b)})
		with("q=q+2^64,r=r-2^64b", map[int]*big.Int{0: addB(q, pow2(64)), 1: subB(r, mul(b, pow2(64)))})
		for _, k := range []uint{4, 16} { // a quotient too small, the remainder too large
			with(fmt.Sprintf("q-2^%d,r+2^%d·b", k, k), map[int]*big.Int{0: subB(q, pow2(k)), 1: addB(r, mul(b, pow2(k)))})
		}
		// any remainder, the quotient solved in the field
		// (r ± b/2 puts q at q ∓ 1/2: (r+1)/2 + q-1 in the field, a small 2q)
		hb := new(big.Int).Rsh(b, 1)
		for _, rr := range []*big.Int{add(r, 1), add(r, -1), big.NewInt(0), add(b, -1), b, add(half, 1), addB(r, hb), subB(r, hb)} {
			with("r="+short(rr)+",q=(a-r)/b", map[int]*big.Int{1: rr, 0: mul(subB(a, rr), inv(b))})
		}
		// a wrong low bit (rounding) with the rest solved in the field
		if b.Cmp(big.NewInt(2)) == 0 {
			with("lsb flipped,h=(a-lsb)/2", map[int]*big.Int{1: add(big.NewInt(1), -r.Int64()),
				0: mul(subB(a, add(big.NewInt(1), -r.Int64())), inv(b))})
		}
	case "splitMetaHint": // kernel 8, c 32, v 32, d 32, w 8, j 8 bits at 0, 8, 40, 72, 104, 112
		width := []uint{8, 32, 32, 32, 8, 8}
		for i := 0; i+1 < len(o); i++ {
			with(fmt.Sprintf("carry %d->%d", i, i+1), map[int]*big.Int{i: addB(o[i], pow2(width[i])), i + 1: add(o[i+1], -1)})
			with(fmt.Sprintf("borrow %d->%d", i, i+1), map[int]*big.Int{i: subB(o[i], pow2(width[i])), i + 1: add(o[i+1], 1)})
		}
	}
	return fs
}

// metaShift are the bit offsets of Meta's fields (see ElementCircuit).
var metaShift = []uint{0, 8, 40, 72, 104, 112}

// metaForgeries are splitMeta outputs whose value field is v (the true value, when
// Meta claims another), the difference moved into field i and solved there in the
// field, so that Meta still recomposes.
func metaForgeries(field *big.Int, c hintCall, v uint32) []forgery {
	var fs []forgery
	for i := range c.out {
		if i == 2 {
			continue
		}
		out := cloneInts(c.out)
		out[2] = new(big.Int).SetUint64(uint64(v))
		rest := new(big.Int).Set(c.in[0])
		for j, x := range out {
			if j != i {
				rest.Sub(rest, new(big.Int).Lsh(x, metaShift[j]))
			}
		}
		sh := new(big.Int).Lsh(big.NewInt(1), metaShift[i])
		rest.Mul(rest, new(big.Int).ModInverse(sh, field)).Mod(rest, field)
		out[i] = rest
		fs = append(fs, forgery{fmt.Sprintf("v=true,field%d solved", i), out})
	}
	// and the plain one: the value alone replaced
	out := cloneInts(c.out)
	out[2] = new(big.Int).SetUint64(uint64(v))
	return append(fs, forgery{"v=true", out})
}

// short prints a forged value, or its size when it is a field element past 2^40.
func short(x *big.Int) string {
	if x.BitLen() > 40 {
		return fmt.Sprintf("<%d bits>", x.BitLen())
	}
	return x.String()
}

// advOp is one operation of the float unit under attack.
type advOp struct {
	name   string
	binary bool
	run    func(u *fpu, a, b fp) frontend.Variable
	eval   func(a, b uint32) uint32
}

func evalOp(op repops.Op) func(a, b uint32) uint32 {
	return func(a, b uint32) uint32 {
		return math.Float32bits(repops.Eval(op, math.Float32frombits(a), math.Float32frombits(b)))
	}
}

var advOps = []advOp{
	{"add", true, func(u *fpu, a, b fp) frontend.Variable { return u.add(a, b) }, evalOp(repops.OpAdd)},
	{"sub", true, func(u *fpu, a, b fp) frontend.Variable { return u.sub(a, b) }, evalOp(repops.OpSub)},
	{"mul", true, func(u *fpu, a, b fp) frontend.Variable { return u.mul(a, b) }, evalOp(repops.OpMul)},
	{"div", true, func(u *fpu, a, b fp) frontend.Variable { return u.div(a, b) }, evalOp(repops.OpDiv)},
	{"sqrt", false, func(u *fpu, a, _ fp) frontend.Variable { return u.sqrt(a) }, evalOp(repops.OpSqrt)},
	{"max", true, func(u *fpu, a, b fp) frontend.Variable { return u.max(a, b) }, evalOp(repops.OpMax)},
	{"min", true, func(u *fpu, a, b fp) frontend.Variable { return u.min(a, b) }, evalOp(repops.OpMin)},
	{"pow2", false, func(u *fpu, a, _ fp) frontend.Variable { return u.pow2Op(a) }, evalOp(repops.OpPow2)},
	{"exp", false, func(u *fpu, a, _ fp) frontend.Variable { return u.exp(a) }, func(a, _ uint32) uint32 {
		return math.Float32bits(repops.Exp(math.Float32frombits(a)))
	}},
}

// advOpCircuit computes one operation and passes its result through captureHint;
// nothing constrains the result to a claimed value, so a satisfying witness shows
// which value the forged hints reach.
type advOpCircuit struct {
	op   advOp
	A, B frontend.Variable
}

func (c *advOpCircuit) Define(api frontend.API) error {
	u := &fpu{api: api, rc: rangecheck.New(api)}
	a := u.decode(c.A)
	b := u.constant(0)
	if c.op.binary {
		b = u.decode(c.B)
	}
	got := c.op.run(u, a, b)
	out, err := api.Compiler().NewHint(captureHint, 1, got)
	if err != nil {
		return err
	}
	api.AssertIsEqual(out[0], got)
	return nil
}

// advPair is an operand pair from the edge grid and the operations whose default
// run uses it (the full sweep, -adversary.full, uses every pair for every operation).
type advPair struct {
	a, b uint32
	ops  string
}

// advPairs reach the corners of the gadgets: signed zeros, infinities, NaNs,
// subnormals and the normal boundary, halfway cases (ties to even both ways, in add,
// mul and div), overflow to ±Inf, underflow to a subnormal or to zero, far exponents
// (the sticky bit), exact cancellation, the clamps of pow2 and exp.
var advPairs = []advPair{
	{0x00000000, 0x80000000, "add sub mul div sqrt max min pow2"}, // +0, -0
	{0x80000000, 0x80000000, "add sub sqrt max min"},              // -0, -0
	{0x7f800000, 0xff800000, "add sub mul div sqrt pow2 exp"},     // +Inf, -Inf
	{0x7fc00000, 0x3f800000, "max min exp"},                       // NaN, 1
	{0xffc00001, 0x00000001, "add mul sqrt pow2"},                 // a negative NaN, the smallest subnormal
	{0x3f800000, 0x33800000, "add sub"},                           // 1 + 2^-24: a tie, to even (down)
	{0x3f800001, 0x33800000, "add sub div"},                       // a tie, to even (up)
	{0x3f800000, 0x33800001, "add"},                               // just above the tie
	{0x007fffff, 0x00000001, "add sub mul div sqrt max min"},      // the largest + the smallest subnormal
	{0x7f7fffff, 0x7f7fffff, "add mul sqrt"},                      // the largest finite: overflow
	{0x00000001, 0x3f000000, "mul div"},                           // min subnormal · 0.5: a tie to zero
	{0x00000003, 0x3f000000, "mul"},                               // 3·2^-149 · 0.5: a tie to even
	{0x3fffffff, 0x4b800000, "add sub mul"},                       // far exponents
	{0x3f800001, 0xbf800000, "add mul"},                           // cancellation to one ulp
	{0x3f800000, 0x40400000, "div sqrt max min"},                  // 1, 3: an inexact quotient
	{0x00800000, 0x7f7fffff, "div sqrt"},                          // the smallest normal / the largest: underflow
	{0x42fe0000, 0xc2fc0000, "pow2 max min"},                      // pow2's clamps 127, -126
	{0xc2b00000, 0x42b00000, "pow2 exp"},                          // exp's clamps -88, 88
	{0x3effffff, 0xbf000000, "pow2 sqrt"},                         // trunc just below 0.5, -0.5
	{0x40000000, 0x00000000, "div sqrt pow2"},                     // 2, +0: division by zero
	{0xbeb17218, 0x42af0000, "exp"},                               // -ln2/2, 87.5
}

// fullSweep runs every edge pair and more random ones for every operation, every
// element claim and larger samples (minutes: go test ./proofs -run Adversarial -args -adversary.full).
var fullSweep = flag.Bool("adversary.full", false, "run the adversarial hint tests on every input")

// solveWith solves ccs for w with the adversary's hints.
func solveWith(ccs constraint.ConstraintSystem, w frontend.Circuit, a *adversary) error {
	wit, err := frontend.NewWitness(w, ecc.BN254.ScalarField())
	if err != nil {
		return err
	}
	_, err = ccs.Solve(wit, a.options()...)
	return err
}

// forgedAccepted solves ccs for w with call k forged as f; a run in which an honest
// hint refused its inputs would prove nothing, so it fails the test.
func forgedAccepted(t *testing.T, ccs constraint.ConstraintSystem, w frontend.Circuit, k int, c hintCall, f forgery) bool {
	t.Helper()
	a := &adversary{target: k, forged: f.out}
	err := solveWith(ccs, w, a)
	if a.name != c.name {
		t.Fatalf("call %d is %s in one run and %s in another: call order not stable", k, c.name, a.name)
	}
	if a.hintErr != nil {
		t.Fatalf("forging call %d (%s, %s): inconclusive: %v", k, c.name, f.what, a.hintErr)
	}
	return err == nil
}

// attack forges every hint call of one solving run (or, with sample > 0, that many
// forgeries drawn at random) and reports a satisfiable system whose captured value
// differs from want (a wrong value: the soundness failure), or whose forged own hint
// is accepted with the right value (a second witness: a constraint is missing).
// It returns the number of forgeries tried, and counts them by hint in tally.
func attack(t *testing.T, ccs constraint.ConstraintSystem, w frontend.Circuit, want *big.Int, label string, sample int, r *mrand.Rand, tally map[string]int) int {
	t.Helper()
	field := ecc.BN254.ScalarField()
	rec := &adversary{target: -1}
	if err := solveWith(ccs, w, rec); err != nil {
		t.Fatalf("%s: honest hints: %v", label, err)
	}
	if want != nil && (rec.captured == nil || rec.captured.Cmp(want) != 0) {
		t.Fatalf("%s: honest result %v, want %v", label, rec.captured, want)
	}
	type job struct {
		k int
		f forgery
	}
	var jobs []job
	for k, c := range rec.calls {
		for _, f := range forgeries(field, c) {
			jobs = append(jobs, job{k, f})
		}
	}
	if sample > 0 && sample < len(jobs) {
		r.Shuffle(len(jobs), func(i, j int) { jobs[i], jobs[j] = jobs[j], jobs[i] })
		jobs = jobs[:sample]
	}
	for _, j := range jobs {
		c := rec.calls[j.k]
		if tally != nil {
			tally[c.name]++
		}
		a := &adversary{target: j.k, forged: j.f.out}
		err := solveWith(ccs, w, a)
		if a.name != c.name {
			t.Fatalf("%s: call %d is %s in one run and %s in another: call order not stable", label, j.k, c.name, a.name)
		}
		if a.hintErr != nil {
			t.Fatalf("%s: forging call %d (%s, %s): an honest hint refused its inputs, the run is inconclusive: %v", label, j.k, c.name, j.f.what, a.hintErr)
		}
		if err != nil {
			continue // unsatisfiable: the forgery is caught
		}
		switch {
		case want != nil && a.captured.Cmp(want) != 0:
			t.Errorf("%s: SOUNDNESS: forging call %d (%s in %v, out %v -> %s) proves %08x instead of %08x",
				label, j.k, c.name, c.in, c.out, j.f.what, a.captured.Uint64(), want.Uint64())
		case c.own:
			t.Errorf("%s: forging call %d (%s in %v, out %v -> %s) is accepted: a second witness",
				label, j.k, c.name, c.in, c.out, j.f.what)
		}
	}
	return len(jobs)
}

// TestAdversarialHintsFloatOps plays the malicious prover against every operation of
// the float unit: on the edge pairs and random ones, every forged hint call (every
// one of the forgeries above, for every call of every hint, gnark's IsZero, ToBinary
// and range-check hints included) leaves the system unsatisfiable; none yields a
// result other than repops's.
func TestAdversarialHintsFloatOps(t *testing.T) {
	field := ecc.BN254.ScalarField()
	if solver.GetRegisteredHint(countHintID) == nil {
		t.Fatal("gnark's range-check count hint is not where lenientCount expects it (gnark upgrade?)")
	}
	r := mrand.New(mrand.NewChaCha8([32]byte{'a', 'd', 'v'}))
	nRand, expSample := 1, 40
	if *fullSweep {
		nRand, expSample = 20, 400
	} else if testing.Short() {
		nRand = 0
	}
	for _, op := range advOps {
		t.Run(op.name, func(t *testing.T) {
			ccs, err := frontend.Compile(field, r1cs.NewBuilder, &advOpCircuit{op: op})
			if err != nil {
				t.Fatal(err)
			}
			var ps [][2]uint32
			for _, pr := range advPairs {
				if *fullSweep || strings.Contains(" "+pr.ops+" ", " "+op.name+" ") {
					ps = append(ps, [2]uint32{pr.a, pr.b})
				}
			}
			for i := 0; i < nRand; i++ {
				ps = append(ps, [2]uint32{randBits(r), randBits(r)})
			}
			if !op.binary { // both patterns of a pair are inputs
				for _, pr := range ps[:len(ps):len(ps)] {
					ps = append(ps, [2]uint32{pr[1], 0})
				}
			}
			sample := 0
			if op.name == "exp" { // ~20 operations, ~9,000 forgeries per input: a sample
				sample = expSample
			}
			tried, tally := 0, map[string]int{}
			for _, pr := range ps {
				want := big.NewInt(int64(op.eval(pr[0], pr[1])))
				tried += attack(t, ccs, &advOpCircuit{op: op, A: pr[0], B: pr[1]}, want,
					fmt.Sprintf("%s(%08x, %08x)", op.name, pr[0], pr[1]), sample, r, tally)
			}
			t.Logf("%s: %d inputs, %d forgeries (by hint: %v), none accepted", op.name, len(ps), tried, tally)
		})
	}
}

// advFMACircuit computes one fma and passes its result through captureHint (as
// advOpCircuit does for the other operations).
type advFMACircuit struct{ A, B, C frontend.Variable }

func (c *advFMACircuit) Define(api frontend.API) error {
	u := &fpu{api: api, rc: rangecheck.New(api)}
	got := u.fma(u.decode(c.A), u.decode(c.B), u.decode(c.C))
	out, err := api.Compiler().NewHint(captureHint, 1, got)
	if err != nil {
		return err
	}
	api.AssertIsEqual(out[0], got)
	return nil
}

// TestAdversarialHintsFMA plays the malicious prover against the fma gadget: on
// every hard case of internal/fmacases (ties after the product, double rounding,
// cancellation to a tiny or zero result, subnormal results, overflow at the
// threshold, ∞·0, ∞ - ∞, NaN, signed zeros) and random triples, every forged hint
// call (both normalisations' bit lengths, the alignment's quotient and remainder, the
// key comparison, the rounding) leaves the system unsatisfiable or gives repops's
// result, and no forged own hint is a second witness.
func TestAdversarialHintsFMA(t *testing.T) {
	field := ecc.BN254.ScalarField()
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, &advFMACircuit{})
	if err != nil {
		t.Fatal(err)
	}
	r := mrand.New(mrand.NewChaCha8([32]byte{'a', 'd', 'v', 'f'}))
	var ts [][3]uint32
	for i, c := range fmacases.Cases {
		if testing.Short() && i%3 != 0 && !c.NaiveBad {
			continue
		}
		ts = append(ts, [3]uint32{c.A, c.B, c.C})
	}
	nRand := 4
	if *fullSweep {
		nRand = 60
	} else if testing.Short() {
		nRand = 1
	}
	for i := 0; i < nRand; i++ {
		a, b, c := fmacases.Gen(r, i)
		ts = append(ts, [3]uint32{a, b, c}, [3]uint32{randBits(r), randBits(r), randBits(r)})
	}
	tried, tally := 0, map[string]int{}
	for _, x := range ts {
		want := big.NewInt(int64(math.Float32bits(repops.FMA32(math.Float32frombits(x[0]), math.Float32frombits(x[1]), math.Float32frombits(x[2])))))
		tried += attack(t, ccs, &advFMACircuit{A: x[0], B: x[1], C: x[2]}, want,
			fmt.Sprintf("fma(%08x, %08x, %08x)", x[0], x[1], x[2]), 0, r, tally)
	}
	t.Logf("fma: %d inputs, %d forgeries (by hint: %v), none accepted", len(ts), tried, tally)
}

// elementClaims are true claims of the element circuit's paths (the sums, the
// element-wise units, xentgrad's row, adam_apply's divisions and square root).
func elementClaims(t *testing.T) []Claim {
	t.Helper()
	var cs []Claim
	for _, kc := range []struct {
		k  repops.Kernel
		in [][]float32
		e  int
	}{
		{repops.MatMulK{M: 1, K: 3, N: 1}, [][]float32{{1.5, -2, 1e-40}, {0.1, 3, -7}}, 0},
		{repops.Mean{N: 3}, [][]float32{{1, 2, 4}}, 0},
		{repops.SoftmaxXentGrad{M: 2, C: 3}, [][]float32{{0.5, -1, 2, 3, 3, 1}, {0, 1, 0, 1, 0, 0}}, 4},
		{repops.AdamApply{N: 1, LR: 1e-3, Eps: 1e-8}, [][]float32{{0.5}, {0.01}, {1e-4}, {0.9}, {0.999}}, 0},
		{repops.Tanh{N: 1}, [][]float32{{0.75}}, 0},
		{repops.Momentum{N: 1, Mu: 0.9}, [][]float32{{-1}, {3e-39}}, 0},
		{repops.SGDApply{N: 1, LR: 0.05}, [][]float32{{0.25}, {-3}}, 0},
	} {
		c, err := ClaimOf(kc.k, kc.in, kc.e)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	return cs
}

// TestAdversarialHintsElement plays the malicious prover against the whole element
// circuit (3 terms, the arithmetic without the fingerprint): a claim of a wrong value
// (last bit, sign, an exponent step) stays unsatisfiable when splitMeta hands the
// circuit the true value with the difference moved into another Meta field (solved in
// the field), or carries between fields, and under a random sample of forged calls
// of every other hint; with the true value, no forged splitMeta output is accepted.
func TestAdversarialHintsElement(t *testing.T) {
	const terms = 3
	field := ecc.BN254.ScalarField()
	circ := NewElementCircuit(terms)
	circ.unbound = true
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, circ)
	if err != nil {
		t.Fatal(err)
	}
	r := mrand.New(mrand.NewChaCha8([32]byte{'e', 'l', 'a'}))
	claims, sample, bads := elementClaims(t), 3, 2
	if *fullSweep {
		sample, bads = 40, 4
	} else if testing.Short() {
		claims = claims[:2]
	} else {
		claims = claims[:3] // matmul, mean, xentgrad: the sums, the row, the divisions
	}
	for ci, c := range claims {
		_, w := unboundAssignment(t, c, terms)
		// the true claim: no forged splitMeta output is accepted (a second split of Meta
		// would be a second reading of the claim), nor a sample of the other forgeries
		rec := &adversary{target: -1}
		if err := solveWith(ccs, w, rec); err != nil {
			t.Fatalf("%v: %v", c.Kernel, err)
		}
		tried := 0
		for k, call := range rec.calls {
			if call.name != "splitMetaHint" || (ci > 0 && !*fullSweep) { // Meta's split does not depend on the kernel
				continue
			}
			for _, f := range forgeries(field, call) {
				if forgedAccepted(t, ccs, w, k, call, f) {
					t.Errorf("%v: splitMeta forged (%s) accepted", c.Kernel, f.what)
				}
				tried++
			}
		}
		tried += attack(t, ccs, w, nil, fmt.Sprintf("%v true", c.Kernel), sample, r, nil)

		for _, bad := range []uint32{c.Value ^ 1, c.Value + hidden, c.Value ^ signBit, canonNaN}[:bads] {
			if bad == c.Value {
				continue
			}
			wc := c
			wc.Value = bad
			_, w := unboundAssignment(t, wc, terms)
			rec := &adversary{target: -1}
			if solveWith(ccs, w, rec) == nil {
				t.Fatalf("%v: wrong value %08x accepted with honest hints", c.Kernel, bad)
			}
			for k, call := range rec.calls {
				if call.name != "splitMetaHint" {
					continue
				}
				// the true value inside, the rest recomposing: the circuit computes the
				// true element, so only Meta's range checks stand in the way
				for _, f := range metaForgeries(field, call, c.Value) {
					if forgedAccepted(t, ccs, w, k, call, f) {
						t.Errorf("%v: SOUNDNESS: value %08x (true %08x) accepted with splitMeta forged (%s)", c.Kernel, bad, c.Value, f.what)
					}
					tried++
				}
			}
			// a sample of forged calls of every hint: none makes the wrong value hold
			for i := 0; i < sample; i++ {
				k := r.IntN(len(rec.calls))
				fs := forgeries(field, rec.calls[k])
				if len(fs) == 0 {
					continue
				}
				f := fs[r.IntN(len(fs))]
				if forgedAccepted(t, ccs, w, k, rec.calls[k], f) {
					t.Errorf("%v: SOUNDNESS: value %08x (true %08x) accepted with call %d (%s) forged (%s)", c.Kernel, bad, c.Value, k, rec.calls[k].name, f.what)
				}
				tried++
			}
		}
		t.Logf("%v: %d hint calls, %d forgeries, none accepted", c.Kernel, len(rec.calls), tried)
	}
}

// TestAdversarialProofRejected is the end-to-end check on the 8-term Groth16 circuit
// with the binding: a prover that claims a wrong value and forges splitMeta (the true
// value inside, the difference solved into the constant field) gets no proof out of
// gnark's prover, and the true claim's proof does not verify for the wrong value's
// public inputs.
func TestAdversarialProofRejected(t *testing.T) {
	start := time.Now()
	p := testProver(t) // the setup, shared with TestProveBinding
	t.Logf("8-term setup (shared): %v", time.Since(start))
	start = time.Now()
	field := ecc.BN254.ScalarField()
	c, err := ClaimOf(repops.MatMulK{M: 1, K: 2, N: 1}, [][]float32{{1, 0x1p-24}, {1, 1}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	bad := c
	bad.Value ^= 1 // the tie rounded the other way
	mask, err := rand.Int(rand.Reader, field)
	if err != nil {
		t.Fatal(err)
	}
	maskOpt := solver.OverrideHint(randomizeHintID, func(_ *big.Int, _, out []*big.Int) error {
		for _, o := range out {
			o.Set(mask)
		}
		return nil
	})
	// the forged splitMeta: whatever Meta the witness holds, v comes out true and c absorbs the rest
	forgedMeta := solver.OverrideHint(solver.GetHintID(splitMetaHint), func(f *big.Int, in, out []*big.Int) error {
		if err := splitMetaHint(f, in, out); err != nil {
			return err
		}
		out[2].SetUint64(uint64(c.Value))
		rest := new(big.Int).Set(in[0])
		for j, x := range out {
			if j != 1 {
				rest.Sub(rest, new(big.Int).Lsh(x, metaShift[j]))
			}
		}
		out[1].Mul(rest, new(big.Int).ModInverse(big.NewInt(1<<8), f)).Mod(out[1], f)
		return nil
	})
	// both of Prove's passes, with the forged hint: the first to learn z, the second
	// with the wrong value's fingerprint at z
	h := &capture{Hash: sha3.NewLegacyKeccak256()}
	w, err := bad.Assignment(p.Terms, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	wit, err := frontend.NewWitness(w, field)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := groth16.Prove(p.CCS, p.PK, wit, backend.WithSolverOptions(maskOpt, forgedMeta), backend.WithProverHashToFieldFunction(h)); err == nil {
		t.Fatal("forged first pass proved")
	}
	if len(h.last) == 0 {
		// the forgery failed before the commitment: no challenge, so no second pass
		t.Log("forged first pass failed before the commitment")
	} else {
		forgedSecondPass(t, p, bad, h.last, maskOpt, forgedMeta)
	}
	// the honest proof of the true value says nothing about the wrong one
	pr, err := p.Prove(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.VerifyBytes(pr.Solidity(), pr.OpsHash, pr.Fingerprint); err != nil {
		t.Fatal(err)
	}
	if err := p.VerifyBytes(pr.Solidity(), bad.OpsHash(), bad.Fingerprint(pr.Challenge)); err == nil {
		t.Fatal("the true value's proof verifies for the wrong value")
	}
	t.Logf("forged attempt, honest proof and verifications: %v", time.Since(start))
}

// forgedSecondPass is Prove's second pass for bad at the challenge last, with the
// forged hints: it must not prove.
func forgedSecondPass(t *testing.T, p *Prover, bad Claim, last []byte, opts ...solver.Option) {
	t.Helper()
	field := ecc.BN254.ScalarField()
	z := new(big.Int).SetBytes(last)
	z.Mod(z, field)
	w, err := bad.Assignment(p.Terms, z)
	if err != nil {
		t.Fatal(err)
	}
	wit, err := frontend.NewWitness(w, field)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := groth16.Prove(p.CCS, p.PK, wit, backend.WithSolverOptions(opts...), solidity.WithProverTargetSolidityVerifier(backend.GROTH16)); err == nil {
		t.Fatal("SOUNDNESS: a proof of the wrong value with a forged splitMeta")
	}
}
