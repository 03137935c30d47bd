package contracts_test

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"sort"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/veritrain/veritrain/contracts/bindings/float32harness"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/repops"
)

// floatCase is one operation to run through the contract and repops.Eval.
type floatCase struct {
	op   uint8
	a, b uint32
}

// callGasCap lets one eth_call evaluate a whole batch.
const callGasCap = 2_000_000_000

// floatHarness is a deployed Float32Harness on its own simulated chain.
type floatHarness struct {
	sim  *chain.Sim
	addr common.Address
	abi  *float32harness.Float32Harness
}

func newFloatHarness(tb testing.TB) *floatHarness {
	tb.Helper()
	sim, err := chain.NewSim(chain.WithOsakaRules(), chain.WithCallGasCap(callGasCap))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { sim.Close() })
	addr, _, err := chain.Deploy(context.Background(), sim, 0, &float32harness.Float32HarnessMetaData, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return &floatHarness{sim: sim, addr: addr, abi: float32harness.NewFloat32Harness()}
}

func (h *floatHarness) call(ctx context.Context, data []byte) ([]byte, error) {
	return h.sim.CallContract(ctx, ethereum.CallMsg{To: &h.addr, Data: data, Gas: callGasCap}, nil)
}

// evalPacked runs cs through evalPacked in one eth_call.
func (h *floatHarness) evalPacked(ctx context.Context, cs []floatCase) ([]uint32, error) {
	recs := make([]byte, 9*len(cs))
	for i, c := range cs {
		r := recs[9*i:]
		r[0] = c.op
		binary.BigEndian.PutUint32(r[1:], c.a)
		binary.BigEndian.PutUint32(r[5:], c.b)
	}
	return h.packed(ctx, "evalPacked", h.abi.PackEvalPacked(recs), len(cs), h.abi.UnpackEvalPacked)
}

// packed calls a packed-record harness function (data) for n cases and decodes its
// n big-endian uint32 results.
func (h *floatHarness) packed(ctx context.Context, what string, data []byte, n int, unpack func([]byte) ([]byte, error)) ([]uint32, error) {
	out, err := h.call(ctx, data)
	if err != nil {
		return nil, fmt.Errorf("%s of %d cases: %w", what, n, err)
	}
	res, err := unpack(out)
	if err != nil {
		return nil, fmt.Errorf("unpack: %w", err)
	}
	if len(res) != 4*n {
		return nil, fmt.Errorf("%s returned %d bytes for %d cases", what, len(res), n)
	}
	got := make([]uint32, n)
	for i := range got {
		got[i] = binary.BigEndian.Uint32(res[4*i:])
	}
	return got, nil
}

// evalBatch runs cs through the ABI-typed evalBatch.
func (h *floatHarness) evalBatch(ctx context.Context, cs []floatCase) ([]uint32, error) {
	ops, a, b := make([]uint8, len(cs)), make([]uint32, len(cs)), make([]uint32, len(cs))
	for i, c := range cs {
		ops[i], a[i], b[i] = c.op, c.a, c.b
	}
	out, err := h.call(ctx, h.abi.PackEvalBatch(ops, a, b))
	if err != nil {
		return nil, fmt.Errorf("evalBatch of %d cases: %w", len(cs), err)
	}
	return h.abi.UnpackEvalBatch(out)
}

func want(c floatCase) uint32 {
	return math.Float32bits(repops.Eval(repops.Op(c.op), math.Float32frombits(c.a), math.Float32frombits(c.b)))
}

// mismatches reports every case whose contract result differs from repops.Eval.
type mismatches struct {
	mu    sync.Mutex
	n     int
	shown int
}

func (m *mismatches) check(t *testing.T, cs []floatCase, got []uint32) {
	for i, c := range cs {
		if w := want(c); got[i] != w {
			m.mu.Lock()
			m.n++
			if m.shown < 25 {
				m.shown++
				t.Errorf("%v(%#08x, %#08x) = %#08x (%g), repops.Eval %#08x (%g)", repops.Op(c.op), c.a, c.b,
					got[i], math.Float32frombits(got[i]), w, math.Float32frombits(w))
			}
			m.mu.Unlock()
		}
	}
}

// edgeValues are the operands every conformance suite starts from.
func edgeValues() []uint32 {
	pos := []uint32{
		0x00000000,                         // +0
		0x00000001, 0x00000002, 0x00000003, // smallest subnormals
		0x00400000, 0x00400001, 0x007ffffe, 0x007fffff, // middle, largest subnormals
		0x00800000, 0x00800001, 0x00ffffff, 0x01000000, // smallest normals
		0x0c000000, 0x0c800000, 0x1f800000, 0x20000000, // 2^-103, 2^-102, 2^-64, 2^-63
		0x33800000, 0x33800001, 0x34000000, // 2^-24 (half ulp of 1), 2^-23
		0x3effffff, 0x3f000000, 0x3f000001, // 0.5 and neighbours
		0x3f3504f3, 0x3f3504f4, // √½
		0x3f7fffff, 0x3f800000, 0x3f800001, 0x3f800002, // 1 and neighbours
		0x3fb504f2, 0x3fb504f3, 0x3fb504f4, // √2 boundary of Expo/Mant
		0x3fc00000, 0x3fffffff, 0x40000000, 0x40400000, 0x40490fdb, // 1.5, 2-ulp, 2, 3, π
		0x4b000000, 0x4b000001, 0x4b7fffff, 0x4b800000, // 2^23, 2^24 region
		0x42fc0000, 0x42fdffff, 0x42fe0000, 0x42ff0000, 0x43000000, // 126, 127, 127.5, 128
		0x42fb0000, 0x42fd0000, // 125.5, 126.5
		0x5f000000, 0x5f800000, 0x7e800000, 0x7effffff, // 2^63, 2^64, 2^126
		0x7f000000, 0x7f7ffffe, 0x7f7fffff, // near overflow, largest normal
		0x7f800000,                         // +Inf
		0x7f800001, 0x7fa00000, 0x7fbfffff, // signalling NaNs
		0x7fc00000, 0x7fc00001, 0x7fffffff, // quiet NaNs
	}
	vals := make([]uint32, 0, 2*len(pos))
	for _, v := range pos {
		vals = append(vals, v, v|0x80000000)
	}
	return vals
}

// edgeGrid is every op on every pair of edge values.
func edgeGrid() []floatCase {
	edges := edgeValues()
	cs := make([]floatCase, 0, (repops.NumOps-1)*len(edges)*len(edges))
	for op := uint8(1); op < repops.NumOps; op++ {
		for _, a := range edges {
			for _, b := range edges {
				cs = append(cs, floatCase{op, a, b})
			}
		}
	}
	return cs
}

// genCases builds the differential suite: the full edge grid, then random
// cases of several shapes until n in all. Deterministic in seed.
func genCases(n int, seed uint64) []floatCase {
	cs := edgeGrid()
	return append(cs, randomCases(n-len(cs), seed)...)
}

// randomCases returns n random cases of several shapes, deterministic in seed.
func randomCases(n int, seed uint64) []floatCase {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	edges := edgeValues()
	cs := make([]floatCase, 0, max(n, 0))
	randOp := func() uint8 { return uint8(1 + r.IntN(repops.NumOps-1)) }
	f32 := math.Float32bits
	for len(cs) < n {
		op := randOp()
		var a, b uint32
		switch r.IntN(8) {
		case 0, 1: // uniform bit patterns
			a, b = r.Uint32(), r.Uint32()
		case 2: // close exponents, either sign: adds cancel, quotients near 1
			a = r.Uint32()
			e := int32(a>>23&0xff) + int32(r.IntN(5)) - 2
			e = max(0, min(e, 255))
			b = r.Uint32()&0x807fffff | uint32(e)<<23
		case 3: // b a few ulps from ±a: catastrophic cancellation, ties
			a = r.Uint32() & 0x7fffffff
			b = uint32(int64(a)+int64(r.IntN(9))-4) | uint32(r.IntN(2))<<31
		case 4: // sparse significands: exact products, exact halfway cases
			a = sparse(r)
			b = sparse(r)
		case 5: // subnormal and tiny operands
			a = r.Uint32()&0x80ffffff | uint32(r.IntN(2))<<23
			b = r.Uint32()
			if r.IntN(2) == 0 {
				a, b = b, a
			}
		case 6: // an edge value against a random one
			a, b = edges[r.IntN(len(edges))], r.Uint32()
			if r.IntN(2) == 0 {
				a, b = b, a
			}
		case 7: // op-specific shapes
			switch repops.Op(op) {
			case repops.OpPow2: // integers and fractions around the clamp
				x := float32(r.IntN(600)-300) / float32(1+r.IntN(4))
				a, b = f32(x), 0
			case repops.OpSqrt: // squares are exact, their neighbours are not
				x := math.Float32frombits(sparse(r) & 0x7fffffff)
				a = f32(x*x) + uint32(r.IntN(3)) - 1
			case repops.OpDiv: // exact quotients
				x, y := math.Float32frombits(sparse(r)), math.Float32frombits(sparse(r))
				a, b = f32(x*y), f32(y)
			case repops.OpExpo, repops.OpMant: // around the √2 split, all binades
				a = uint32(r.IntN(256))<<23 | (0x3504f3 + uint32(r.IntN(5)) - 2)
			default:
				a, b = sparse(r), r.Uint32()
			}
		}
		cs = append(cs, floatCase{op, a, b})
	}
	return cs
}

// sparse is a float with one to three significand bits set, any exponent:
// sums and products of such values are often exact or exactly halfway.
func sparse(r *rand.Rand) uint32 {
	var m uint32
	for range 1 + r.IntN(3) {
		m |= 1 << r.IntN(23)
	}
	if r.IntN(3) == 0 {
		m = 0
	}
	return uint32(r.IntN(2))<<31 | uint32(r.IntN(256))<<23 | m
}

// TestFloat32Differential runs a million cases through the contract and
// compares them bit for bit with repops.Eval.
func TestFloat32Differential(t *testing.T) {
	n := 2_000_000
	if testing.Short() {
		n = 150_000
	}
	const batch = 20_000
	cs := genCases(n, 1)
	h := newFloatHarness(t)
	ctx := context.Background()

	var m mismatches
	// Two workers: eth_call executes on the caller's goroutine, so this uses
	// both cores of a CI runner.
	jobs := make(chan []floatCase)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for part := range jobs {
				got, err := h.evalPacked(ctx, part)
				if err != nil {
					t.Error(err)
					continue
				}
				m.check(t, part, got)
			}
		})
	}
	for i := 0; i < len(cs); i += batch {
		jobs <- cs[i:min(i+batch, len(cs))]
	}
	close(jobs)
	wg.Wait()
	if m.n > 0 {
		t.Errorf("%d of %d cases differ from repops.Eval", m.n, len(cs))
	}
	t.Logf("%d cases compared", len(cs))
}

// TestFloat32EvalBatch checks the ABI-typed batch entry point on the edge
// grid of a few ops and its length check.
func TestFloat32EvalBatch(t *testing.T) {
	h := newFloatHarness(t)
	ctx := context.Background()
	var cs []floatCase
	for _, op := range []uint8{1, 3, 4, 5} {
		for _, a := range edgeValues() {
			cs = append(cs, floatCase{op, a, 0x3f800001})
		}
	}
	got, err := h.evalBatch(ctx, cs)
	if err != nil {
		t.Fatal(err)
	}
	var m mismatches
	m.check(t, cs, got)
	if _, err := h.call(ctx, h.abi.PackEvalBatch([]uint8{1, 1}, []uint32{0}, []uint32{0, 0})); err == nil {
		t.Error("evalBatch with mismatched lengths did not revert")
	}
}

// TestFloat32InvalidOp checks that ops outside 1..12 revert with InvalidOp.
func TestFloat32InvalidOp(t *testing.T) {
	h := newFloatHarness(t)
	for _, op := range []uint8{0, 13, 255} {
		_, err := h.call(context.Background(), h.abi.PackEval(op, 0x3f800000, 0x3f800000))
		if err == nil {
			t.Errorf("op %d did not revert", op)
			continue
		}
		if !revertsWith(err, h.abi, func(e any) bool {
			v, ok := e.(*float32harness.Float32HarnessInvalidOp)
			return ok && v.Op == op
		}) {
			t.Errorf("op %d: %v, want InvalidOp(%d)", op, err, op)
		}
	}
}

// TestFloat32Compare checks lt/le/eq and the int conversions against Go.
func TestFloat32Compare(t *testing.T) {
	h := newFloatHarness(t)
	ctx := context.Background()
	edges := edgeValues()
	r := rand.New(rand.NewPCG(3, 3))
	for range 300 {
		a, b := edges[r.IntN(len(edges))], edges[r.IntN(len(edges))]
		fa, fb := math.Float32frombits(a), math.Float32frombits(b)
		for name, tc := range map[string]struct {
			data []byte
			want bool
		}{
			"lt": {h.abi.PackLt(a, b), fa < fb},
			"le": {h.abi.PackLe(a, b), fa <= fb},
			"eq": {h.abi.PackEq(a, b), fa == fb},
		} {
			out, err := h.call(ctx, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			got, err := h.abi.UnpackLt(out)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("%s(%#08x, %#08x) = %v, want %v", name, a, b, got, tc.want)
			}
		}
	}
	for range 300 {
		x := r.Uint32()
		if r.IntN(2) == 0 {
			x = edges[r.IntN(len(edges))]
		}
		out, err := h.call(ctx, h.abi.PackToInt(x))
		if err != nil {
			t.Fatal(err)
		}
		got, err := h.abi.UnpackToInt(out)
		if err != nil {
			t.Fatal(err)
		}
		f := float64(math.Float32frombits(x))
		if math.IsNaN(f) || math.IsInf(f, 0) {
			if got.Ok {
				t.Errorf("toInt(%#08x) ok for a non-finite value", x)
			}
			continue
		}
		wantInt, _ := big.NewFloat(math.Trunc(f)).Int(nil)
		if !got.Ok || got.V.Cmp(wantInt) != 0 {
			t.Errorf("toInt(%#08x) = %v %v, want %v", x, got.Ok, got.V, wantInt)
		}
		// Back again: every integer-valued float32 is exact.
		out, err = h.call(ctx, h.abi.PackFromInt(wantInt))
		if err != nil {
			t.Fatal(err)
		}
		back, err := h.abi.UnpackFromInt(out)
		if err != nil {
			t.Fatal(err)
		}
		wb := math.Float32bits(float32(math.Trunc(f)))
		if wantInt.Sign() == 0 {
			wb = 0 // the integer 0 has no sign: -0.5 truncates to 0, which is +0
		}
		if back != wb {
			t.Errorf("fromInt(%v) = %#08x, want %#08x", wantInt, back, wb)
		}
	}
}

// TestFloat32FromIntRounding checks int-to-float rounding on integers that
// need it (ties to even), including int256 extremes.
func TestFloat32FromIntRounding(t *testing.T) {
	h := newFloatHarness(t)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(4, 4))
	for range 200 {
		x := r.Int64() >> r.IntN(40)
		out, err := h.call(ctx, h.abi.PackFromInt(big.NewInt(x)))
		if err != nil {
			t.Fatal(err)
		}
		got, err := h.abi.UnpackFromInt(out)
		if err != nil {
			t.Fatal(err)
		}
		if w := math.Float32bits(float32(x)); got != w {
			t.Errorf("fromInt(%d) = %#08x, want %#08x", x, got, w)
		}
	}
	for _, tc := range []struct {
		x    string
		want uint32
	}{
		{"16777217", 0x4b800000}, // 2^24+1: tie, to even
		{"16777219", 0x4b800002}, // 2^24+3: tie, to even (up)
		{"-57896044618658097711785492504343953926634992332820282019728792003956564819968", 0xff800000}, // -2^255: beyond range
		{"340282356779733661637539395458142568448", 0x7f800000},                                        // 2^128 - 2^103: rounds to Inf
		{"340282356779733661637539395458142568447", 0x7f7fffff},                                        // just below the tie: max float
	} {
		x, _ := new(big.Int).SetString(tc.x, 10)
		out, err := h.call(ctx, h.abi.PackFromInt(x))
		if err != nil {
			t.Fatal(err)
		}
		got, err := h.abi.UnpackFromInt(out)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("fromInt(%s) = %#08x, want %#08x", tc.x, got, tc.want)
		}
	}
}

// TestFloat32Gas measures the gas of each op inside the EVM (evalGas uses
// gasleft(), so call and calldata overhead are excluded) and holds every op to
// a budget: a one-step check has 300k gas in all, Merkle proofs included.
func TestFloat32Gas(t *testing.T) {
	const budget = 3000
	h := newFloatHarness(t)
	ctx := context.Background()
	cs := randomCases(4000, 7)
	edges := edgeValues()
	for op := uint8(1); op < repops.NumOps; op++ {
		for i := 0; i < len(edges); i += 3 {
			cs = append(cs, floatCase{op, edges[i], edges[(i*7+5)%len(edges)]})
		}
	}
	gas := map[uint8][]uint64{}
	for _, c := range cs {
		out, err := h.call(ctx, h.abi.PackEvalGas(c.op, c.a, c.b))
		if err != nil {
			t.Fatal(err)
		}
		res, err := h.abi.UnpackEvalGas(out)
		if err != nil {
			t.Fatal(err)
		}
		if w := want(c); res.R != w {
			t.Errorf("%v(%#08x, %#08x) = %#08x, want %#08x", repops.Op(c.op), c.a, c.b, res.R, w)
		}
		gas[c.op] = append(gas[c.op], res.GasUsed.Uint64())
	}
	for op := uint8(1); op < repops.NumOps; op++ {
		g := gas[op]
		sort.Slice(g, func(i, j int) bool { return g[i] < g[j] })
		var sum uint64
		for _, x := range g {
			sum += x
		}
		t.Logf("%-5v gas over %4d cases: min %4d  median %4d  mean %4d  max %4d", repops.Op(op), len(g),
			g[0], g[len(g)/2], sum/uint64(len(g)), g[len(g)-1])
		if g[len(g)-1] > budget {
			t.Errorf("%v costs up to %d gas, over the %d budget", repops.Op(op), g[len(g)-1], budget)
		}
	}
}

// FuzzFloat32 sends the fuzzer's (op, a, b) through the contract: ops 1..11
// must match repops.Eval bit for bit, any other op must revert.
func FuzzFloat32(f *testing.F) {
	for _, c := range randomCases(50, 11) {
		f.Add(c.op, c.a, c.b)
	}
	edges := edgeValues()
	for op := uint8(0); op <= repops.NumOps; op++ {
		for i := 0; i < len(edges); i += 11 {
			f.Add(op, edges[i], edges[(i*5+3)%len(edges)])
		}
	}
	h := newFloatHarness(f) // one chain per fuzz process
	f.Fuzz(func(t *testing.T, op uint8, a, b uint32) {
		out, err := h.call(context.Background(), h.abi.PackEval(op, a, b))
		if !repops.Op(op).Valid() {
			if err == nil {
				t.Fatalf("op %d did not revert", op)
			}
			return
		}
		if err != nil {
			t.Fatalf("%v(%#08x, %#08x): %v", repops.Op(op), a, b, err)
		}
		got, err := h.abi.UnpackEval(out)
		if err != nil {
			t.Fatal(err)
		}
		if w := want(floatCase{op, a, b}); got != w {
			t.Fatalf("%v(%#08x, %#08x) = %#08x, repops.Eval %#08x", repops.Op(op), a, b, got, w)
		}
	})
}

// revertsWith reports whether err is a revert whose data the binding decodes
// into an error that match accepts.
func revertsWith(err error, b interface{ UnpackError([]byte) (any, error) }, match func(any) bool) bool {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return false
	}
	e, uerr := b.UnpackError(common.FromHex(s))
	return uerr == nil && match(e)
}
