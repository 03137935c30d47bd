package contracts_test

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/veritrain/veritrain/internal/fmacases"
	"github.com/veritrain/veritrain/repops"
)

// fmaCase is one fused multiply-add to run through Float32.fma and repops.FMA32.
type fmaCase struct{ a, b, c uint32 }

func wantFMA(c fmaCase) uint32 {
	f := math.Float32frombits
	return math.Float32bits(repops.FMA32(f(c.a), f(c.b), f(c.c)))
}

// fmaPacked runs cs through fmaPacked in one eth_call.
func (h *floatHarness) fmaPacked(ctx context.Context, cs []fmaCase) ([]uint32, error) {
	recs := make([]byte, 12*len(cs))
	for i, c := range cs {
		r := recs[12*i:]
		binary.BigEndian.PutUint32(r[0:], c.a)
		binary.BigEndian.PutUint32(r[4:], c.b)
		binary.BigEndian.PutUint32(r[8:], c.c)
	}
	return h.packed(ctx, "fmaPacked", h.abi.PackFmaPacked(recs), len(cs), h.abi.UnpackFmaPacked)
}

// fmaBatch runs cs through the ABI-typed fmaBatch.
func (h *floatHarness) fmaBatch(ctx context.Context, cs []fmaCase) ([]uint32, error) {
	a, b, c := make([]uint32, len(cs)), make([]uint32, len(cs)), make([]uint32, len(cs))
	for i, x := range cs {
		a[i], b[i], c[i] = x.a, x.b, x.c
	}
	out, err := h.call(ctx, h.abi.PackFmaBatch(a, b, c))
	if err != nil {
		return nil, fmt.Errorf("fmaBatch of %d cases: %w", len(cs), err)
	}
	return h.abi.UnpackFmaBatch(out)
}

// fmaMismatches reports every case whose contract result differs from repops.FMA32.
type fmaMismatches struct {
	mu    sync.Mutex
	n     int
	shown int
}

func (m *fmaMismatches) check(t *testing.T, cs []fmaCase, got []uint32) {
	for i, c := range cs {
		if w := wantFMA(c); got[i] != w {
			m.mu.Lock()
			m.n++
			if m.shown < 25 {
				m.shown++
				f := math.Float32frombits
				t.Errorf("fma(%#08x, %#08x, %#08x) = %#08x (%g), repops.FMA32 %#08x (%g)", c.a, c.b, c.c,
					got[i], f(got[i]), w, f(w))
			}
			m.mu.Unlock()
		}
	}
}

// runFMA checks cs through fmaPacked in batches on two workers (eth_call runs
// on the caller's goroutine) and returns the number of mismatches.
func runFMA(t *testing.T, h *floatHarness, cs []fmaCase, batch int) int {
	var m fmaMismatches
	jobs := make(chan []fmaCase)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for part := range jobs {
				got, err := h.fmaPacked(context.Background(), part)
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
	return m.n
}

// fmaAlignHard are cases at the edge of Float32.fma's sticky collapse: a
// product with a one-bit significand (2^-149 · 2^100 = 2^-49, its lowest bit
// 2^-72 on fma's grid: mp = 2^23, ep = -72) and c 23 to 25 bits below that
// single bit, where c still decides the rounding although its exponent is far
// below the product's.
var fmaAlignHard = []fmaCase{
	{0x00000001, 0x71800000, 0x1b800000}, // 2^-49 + 2^-72: exact, 0x27000001
	{0x00000001, 0x71800000, 0x1b000000}, // 2^-49 + 2^-73: a tie, to even 2^-49
	{0x00000001, 0x71800000, 0x1b000001}, // just above the tie: up
	{0x00000001, 0x71800000, 0x9a800000}, // 2^-49 - 2^-74: a tie below 2^-49, to even 2^-49
	{0x00000001, 0x71800000, 0x9a800001}, // just past it: down, 0x26ffffff
	{0x00000001, 0x71800000, 0x9a000000}, // 2^-49 - 2^-75: up to 2^-49
}

// fmaHardCases are the table of internal/fmacases (shared with repops's own
// tests) with a and b swapped as well, and fmaAlignHard.
func fmaHardCases() []fmaCase {
	cs := make([]fmaCase, 0, 2*len(fmacases.Cases)+len(fmaAlignHard))
	for _, tc := range fmacases.Cases {
		cs = append(cs, fmaCase{tc.A, tc.B, tc.C}, fmaCase{tc.B, tc.A, tc.C})
	}
	return append(cs, fmaAlignHard...)
}

// TestFloat32FMACases runs the hard cases one eth_call each through fma and
// checks them against the table's answers and repops.FMA32, then once more in
// one fmaBatch and one fmaPacked call.
func TestFloat32FMACases(t *testing.T) {
	h := newFloatHarness(t)
	ctx := context.Background()
	for _, tc := range fmacases.Cases {
		for _, ab := range [][2]uint32{{tc.A, tc.B}, {tc.B, tc.A}} {
			out, err := h.call(ctx, h.abi.PackFma(ab[0], ab[1], tc.C))
			if err != nil {
				t.Fatal(err)
			}
			got, err := h.abi.UnpackFma(out)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.Want {
				t.Errorf("%s: fma(%#08x, %#08x, %#08x) = %#08x, want %#08x", tc.Name, ab[0], ab[1], tc.C, got, tc.Want)
			}
		}
		if w := wantFMA(fmaCase{tc.A, tc.B, tc.C}); w != tc.Want {
			t.Errorf("%s: repops.FMA32 gives %#08x, table %#08x", tc.Name, w, tc.Want)
		}
	}
	cs := fmaHardCases()
	var m fmaMismatches
	got, err := h.fmaBatch(ctx, cs)
	if err != nil {
		t.Fatal(err)
	}
	m.check(t, cs, got)
	got, err = h.fmaPacked(ctx, cs)
	if err != nil {
		t.Fatal(err)
	}
	m.check(t, cs, got)
	if _, err := h.call(ctx, h.abi.PackFmaBatch([]uint32{0, 0}, []uint32{0}, []uint32{0, 0})); err == nil {
		t.Error("fmaBatch with mismatched lengths did not revert")
	}
	if _, err := h.call(ctx, h.abi.PackFmaPacked(make([]byte, 13))); err == nil {
		t.Error("fmaPacked of 13 bytes did not revert")
	}
}

// fmaEdgeValues are a subset of edgeValues for the edge cube: zeros, the
// subnormal ends, the normal ends, values around 1, large powers of two whose
// products overflow, infinities and NaNs, with both signs.
func fmaEdgeValues() []uint32 {
	pos := []uint32{
		0x00000000, 0x00000001, 0x00000003, 0x00400001, 0x007fffff, // 0, subnormals
		0x00800000, 0x00800001, 0x0c000000, 0x1a000000, 0x1a000001, // small normals, 2^-75
		0x33800000, 0x34000000, 0x3f000000, 0x3f7fffff, 0x3f800000, // 2^-24, 2^-23, ½, 1-ulp, 1
		0x3f800001, 0x3f800800, 0x3fc00000, 0x40400000, 0x4b800000, // 1+ulp, 1+2^-12, 1.5, 3, 2^24
		0x5f800000, 0x73000000, 0x7f000000, 0x7f7fffff, // 2^64, 2^103, 2^127, max
		0x7f800000, 0x7f800001, 0x7fc00000, // +Inf, sNaN, qNaN
	}
	vals := make([]uint32, 0, 2*len(pos))
	for _, v := range pos {
		vals = append(vals, v, v|0x80000000)
	}
	return vals
}

// fmaEdgeCube is fma on every triple of fmaEdgeValues (54^3 = 157,464 cases).
func fmaEdgeCube() []fmaCase {
	e := fmaEdgeValues()
	cs := make([]fmaCase, 0, len(e)*len(e)*len(e))
	for _, a := range e {
		for _, b := range e {
			for _, c := range e {
				cs = append(cs, fmaCase{a, b, c})
			}
		}
	}
	return cs
}

// fmaRandomCases returns n cases of the families of fmacases.Gen (uniform bit
// patterns, interacting exponents, near cancellation, near ties, subnormal and
// overflow results, one in five each), deterministic in seed.
func fmaRandomCases(n int, seed uint64) []fmaCase {
	r := rand.New(rand.NewPCG(seed, 0xf3a))
	cs := make([]fmaCase, n)
	for i := range cs {
		a, b, c := fmacases.Gen(r, i)
		cs[i] = fmaCase{a, b, c}
	}
	return cs
}

// fmaAlignCases returns n cases aimed at Float32.fma's alignment: operands
// with short significands (subnormals with 1 to 23 bits), and c's top bit placed
// from 90 binades below to 90 above the product's, so that every exponent gap
// on both sides of the exact/sticky thresholds occurs with every significand
// length. fmacases.Gen rarely makes a short product significand (a subnormal
// operand with few bits), and only then does c just past 24 bits below the
// product's lowest bit still matter. Deterministic in seed.
func fmaAlignCases(n int, seed uint64) []fmaCase {
	r := rand.New(rand.NewPCG(seed, 0xa119))
	// sig returns a significand of bit length l (1..24) and its field bits.
	sig := func(l int) uint32 {
		return 1<<(l-1) | r.Uint32()&(1<<(l-1)-1)
	}
	// operand returns a float32 of significand length l (24: normal, with biased
	// exponent be; else subnormal) and the exponent of its lowest bit.
	operand := func(l, be int) (uint32, int) {
		sign := r.Uint32() & 0x80000000
		if l < 24 {
			return sign | sig(l), -149
		}
		return sign | uint32(be)<<23 | sig(24)&0x7fffff, be - 150
	}
	length := func() int {
		if r.IntN(2) == 0 {
			return 24
		}
		return 1 + r.IntN(23)
	}
	cs := make([]fmaCase, 0, n)
	for len(cs) < n {
		la, lb, lc := length(), length(), length()
		a, ea := operand(la, 1+r.IntN(254))
		b, eb := operand(lb, 1+r.IntN(254))
		ma, mb := uint64(a&0x7fffff), uint64(b&0x7fffff)
		if la == 24 {
			ma |= 1 << 23
		}
		if lb == 24 {
			mb |= 1 << 23
		}
		tp := ea + eb + bits.Len64(ma*mb) // |a*b| in [2^(tp-1), 2^tp)
		tc := tp + r.IntN(181) - 90       // c's top bit
		var c uint32
		if lc < 24 {
			// A subnormal c has its top at -149 + lc: move b's exponent
			// instead (when b is normal) to put the product where wanted.
			if lb < 24 {
				continue
			}
			be := int(b>>23&0xff) + (-149 + lc) - tc
			if be < 1 || be > 254 {
				continue
			}
			b = b&^0x7f800000 | uint32(be)<<23
			c, _ = operand(lc, 0)
		} else {
			be := tc - 1 + 127 // c in [2^(tc-1), 2^tc)
			if be < 1 || be > 254 {
				continue
			}
			c, _ = operand(24, be)
		}
		cs = append(cs, fmaCase{a, b, c})
	}
	return cs
}

// fmaRandomCount is the number of fmacases.Gen cases in the differential:
// VERITRAIN_FMA_CASES if set, else 2,000,000, or 50,000 under -short.
func fmaRandomCount(t *testing.T) int {
	if s := os.Getenv("VERITRAIN_FMA_CASES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			t.Fatalf("VERITRAIN_FMA_CASES=%q: want a case count", s)
		}
		return n
	}
	if testing.Short() {
		return 50_000
	}
	return 2_000_000
}

// TestFloat32FMADifferential runs the hard cases, the edge cube, 2,000,000
// random cases of fmacases.Gen's families and 500,000 of the alignment family
// (2,657,606 in all) through Float32.fma and compares them bit for bit with
// repops.FMA32. On a 2-core AMD EPYC shared with other work (load average
// about 7) the comparison took 8 to 11 s, the whole package run with the other
// Float32 tests about 21 s. -short runs the hard cases, 50,000 random and
// 12,500 alignment cases (under a second); VERITRAIN_FMA_CASES=n sets the
// random count (and a quarter of it alignment cases).
func TestFloat32FMADifferential(t *testing.T) {
	const batch = 25_000
	cs := fmaHardCases()
	if !testing.Short() {
		cs = append(cs, fmaEdgeCube()...)
	}
	nRand := fmaRandomCount(t)
	nAlign := nRand / 4
	cs = append(cs, fmaRandomCases(nRand, 2008)...)
	cs = append(cs, fmaAlignCases(nAlign, 2008)...)
	h := newFloatHarness(t)
	start := time.Now()
	if n := runFMA(t, h, cs, batch); n > 0 {
		t.Errorf("%d of %d cases differ from repops.FMA32", n, len(cs))
	}
	t.Logf("%d cases (%d of fmacases.Gen, %d of the alignment family) compared in %v", len(cs), nRand, nAlign,
		time.Since(start).Round(time.Millisecond))
}

// TestFloat32FMAGas measures fma's gas inside the EVM (fmaGas uses gasleft(),
// so call and calldata overhead are excluded) on the hard cases, the edge cube
// (a sample) and random cases, and holds it to the per-op budget of
// TestFloat32Gas.
func TestFloat32FMAGas(t *testing.T) {
	const budget = 3000
	h := newFloatHarness(t)
	ctx := context.Background()
	cs := fmaHardCases()
	for i, c := range fmaEdgeCube() {
		if i%97 == 0 {
			cs = append(cs, c)
		}
	}
	cs = append(cs, fmaRandomCases(3000, 7)...)
	var all, finite []uint64
	for _, c := range cs {
		out, err := h.call(ctx, h.abi.PackFmaGas(c.a, c.b, c.c))
		if err != nil {
			t.Fatal(err)
		}
		res, err := h.abi.UnpackFmaGas(out)
		if err != nil {
			t.Fatal(err)
		}
		if w := wantFMA(c); res.R != w {
			t.Errorf("fma(%#08x, %#08x, %#08x) = %#08x, want %#08x", c.a, c.b, c.c, res.R, w)
		}
		g := res.GasUsed.Uint64()
		all = append(all, g)
		if c.a&0x7fffffff != 0 && c.b&0x7fffffff != 0 && c.c&0x7fffffff != 0 &&
			c.a&0x7f800000 != 0x7f800000 && c.b&0x7f800000 != 0x7f800000 && c.c&0x7f800000 != 0x7f800000 {
			finite = append(finite, g)
		}
	}
	for _, s := range []struct {
		name string
		g    []uint64
	}{{"all", all}, {"finite nonzero", finite}} {
		g := s.g
		sort.Slice(g, func(i, j int) bool { return g[i] < g[j] })
		var sum uint64
		for _, x := range g {
			sum += x
		}
		t.Logf("fma gas over %4d cases (%s): min %4d  median %4d  mean %4d  max %4d", len(g), s.name,
			g[0], g[len(g)/2], sum/uint64(len(g)), g[len(g)-1])
	}
	if g := all[len(all)-1]; g > budget {
		t.Errorf("fma costs up to %d gas, over the %d budget", g, budget)
	}
}

// FuzzFloat32FMA sends the fuzzer's (a, b, c) through Float32.fma and compares
// with repops.FMA32.
func FuzzFloat32FMA(f *testing.F) {
	for _, tc := range fmacases.Cases {
		f.Add(tc.A, tc.B, tc.C)
	}
	h := newFloatHarness(f)
	f.Fuzz(func(t *testing.T, a, b, c uint32) {
		out, err := h.call(context.Background(), h.abi.PackFma(a, b, c))
		if err != nil {
			t.Fatalf("fma(%#08x, %#08x, %#08x): %v", a, b, c, err)
		}
		got, err := h.abi.UnpackFma(out)
		if err != nil {
			t.Fatal(err)
		}
		if w := wantFMA(fmaCase{a, b, c}); got != w {
			t.Fatalf("fma(%#08x, %#08x, %#08x) = %#08x, repops.FMA32 %#08x", a, b, c, got, w)
		}
	})
}
