package incentives

import (
	"context"
	"errors"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
)

// testRounds is small enough for CI on two cores, large enough that every default
// deviation's interval still lies below zero. The lazy verifier (withheld)'s is the
// narrowest relative to its width (−0.046 ETH against the diligent one, 95% half-width
// 0.0054 at 20000 tasks: its slashings are rare and large): at 600 tasks a draw misses
// it about one time in six, at 1200 one in sixty, at 1500 one in two hundred.
func testRounds() int {
	if testing.Short() {
		return 1200
	}
	return 1500
}

// TestDeterministic: the same seed gives the same report; another seed another one.
func TestDeterministic(t *testing.T) {
	ctx := context.Background()
	a, err := Evaluate(ctx, Default(), 200, 7)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Evaluate(ctx, Default(), 200, 7)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs of one seed differ")
	}
	c, err := Evaluate(ctx, Default(), 200, 8)
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(a.Rows, c.Rows) {
		t.Fatal("two seeds give the same report")
	}
}

// defaultReport is the report for the defaults at testRounds, seed 1, made once for
// the tests that read it.
var defaultReport = sync.OnceValues(func() (*Report, error) {
	return Evaluate(context.Background(), Default(), testRounds(), 1)
})

// row is the report's row of strategy s.
func row(t *testing.T, rep *Report, s string) Row {
	t.Helper()
	for _, r := range rep.Rows {
		if r.Strategy == s {
			return r
		}
	}
	t.Fatalf("no row %q", s)
	return Row{}
}

// TestDefaultsDeterDeviations: with the default parameters honest solving and
// verifying pay, every deviation loses against honest play with 95% confidence, and
// the jackpot pool does not shrink.
func TestDefaultsDeterDeviations(t *testing.T) {
	rep, err := defaultReport()
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Check(); err != nil {
		t.Fatal(err)
	}
	for _, row := range rep.Rows {
		t.Logf("%-32s %+.6f [%+.6f, %+.6f]", row.Strategy, row.Profit.Mean, row.Profit.Lo, row.Profit.Hi)
		if row.Role == RoleSolver && !row.Deviation() && row.Profit.Lo <= 0 {
			t.Errorf("honest solver: %+v", row.Profit)
		}
	}
	if rep.CheatUndetected.N == 0 || rep.RingUndetected.N == 0 {
		t.Fatal("no cheat was simulated")
	}
	// The known issues (a solver's sybil attests true leaves without computing; an
	// attester lazy on the last segment, which no forced error falls on, beats a
	// diligent one) pay: when one stops paying, its row must lose its Known mark and be
	// checked.
	for _, row := range rep.Rows {
		if row.Known != "" && (!row.Deviation() || row.VsHonest.Lo <= 0) {
			t.Errorf("%s: %+v, expected to pay", row.Strategy, row.VsHonest)
		}
	}
}

// TestDeviationsCanPay: the simulation can tell a paying deviation: without stakes
// worth losing, cheating, laziness and collusion pay and Check says so.
func TestDeviationsCanPay(t *testing.T) {
	p := Default()
	p.SolverStake, p.AttestStake = 0.001, 0.001
	p.ForcedErrorBps = 0
	p.JackpotFee, p.Jackpot, p.InitialJackpot = 0, 0, 0
	rep, err := Evaluate(context.Background(), p, 400, 1)
	if err != nil {
		t.Fatal(err)
	}
	paying := map[string]bool{}
	for _, row := range rep.Rows {
		if row.Deviation() && row.VsHonest.Lo > 0 {
			paying[row.Strategy] = true
		}
	}
	for _, s := range []string{"cheating solver", "lazy verifier", "colluding ring"} {
		if !paying[s] {
			t.Errorf("%s does not pay without stakes: %+v", s, rep.Rows)
		}
	}
	if err := rep.Check(); !errors.Is(err, ErrDeviationPays) {
		t.Fatalf("Check: %v", err)
	}
}

// TestForcedErrorsCatchLaziness: lazy attesters are slashed only when errors are
// forced, and the undetected-cheat rate falls as verifiers are added.
func TestForcedErrorsCatchLaziness(t *testing.T) {
	ctx := context.Background()
	p := Default()
	rep, err := Evaluate(ctx, p, 400, 3)
	if err != nil {
		t.Fatal(err)
	}
	if rep.LazySlashed == 0 || rep.ForcedRate == 0 || rep.JackpotRate == 0 {
		t.Fatalf("forced %v, jackpots %v, lazy slashed %v", rep.ForcedRate, rep.JackpotRate, rep.LazySlashed)
	}
	p.ForcedErrorBps = 0
	rep0, err := Evaluate(ctx, p, 400, 3)
	if err != nil {
		t.Fatal(err)
	}
	if rep0.LazySlashed != 0 || rep0.ForcedRate != 0 {
		t.Fatalf("no forced errors, yet %v lazy slashed", rep0.LazySlashed)
	}
	p = Default()
	p.Verifiers = 12
	rep12, err := Evaluate(ctx, p, 400, 3)
	if err != nil {
		t.Fatal(err)
	}
	if rep12.RingUndetected.Mean >= rep.RingUndetected.Mean {
		t.Fatalf("12 verifiers miss %v of cheats, %d miss %v", rep12.RingUndetected.Mean, Default().Verifiers, rep.RingUndetected.Mean)
	}
}

func TestValidate(t *testing.T) {
	for name, mut := range map[string]func(*Params){
		"one segment":        func(p *Params) { p.Segments = 1 },
		"negative cost":      func(p *Params) { p.TrainCost = -1 },
		"sample above one":   func(p *Params) { p.Sample = 1.5 },
		"ring too large":     func(p *Params) { p.Colluders = p.Verifiers },
		"no verifiers":       func(p *Params) { p.Verifiers = 0 },
		"bps above 10000":    func(p *Params) { p.ForcedErrorBps = 10001 },
		"zero attest stake":  func(p *Params) { p.AttestStake = 0 },
		"zero reveal window": func(p *Params) { p.RevealWindow = 0 },
	} {
		p := Default()
		mut(&p)
		if err := p.Validate(); !errors.Is(err, ErrBadParams) {
			t.Errorf("%s: %v", name, err)
		}
	}
	p := Default()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestEstimate(t *testing.T) {
	e := estimate([]float64{1, 2, 3, 4})
	if e.Mean != 2.5 || e.Lo >= 2.5 || e.Hi <= 2.5 || e.N != 4 {
		t.Fatalf("%+v", e)
	}
	p := proportion(0, 100)
	if p.Mean != 0 || p.Lo != 0 || p.Hi <= 0 || p.Hi > 0.05 {
		t.Fatalf("%+v", p)
	}
}

func TestSearchRanksPassingFirst(t *testing.T) {
	g := Grid{ForcedErrorBps: []uint16{0, Default().ForcedErrorBps}, AttestStake: []float64{Default().AttestStake},
		Jackpot: []float64{Default().Jackpot}, AttestFee: []float64{Default().AttestFee}, SolverStake: []float64{Default().SolverStake},
		Sample: []float64{Default().Sample}}
	cs, err := Search(context.Background(), Default(), g, 1500, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || !cs[0].Passes || cs[1].Passes || cs[0].Params.ForcedErrorBps == 0 {
		t.Fatalf("%+v", cs)
	}
}

// TestWithholding: a solver that serves no checkpoint. Trained honestly it earns what
// an honest solver earns (verifiers re-run from the initial state, nothing is
// challenged); cheating, it loses more than a cheater that serves, because every
// diligent attester of a segment at or after the wrong one finds it; the diligent
// verifier pays for re-running from step 0 (once: its check reuses the run) and loses
// money. At the defaults laziness everywhere loses against diligence; the selectively
// lazy attester is lazy only on the last segment, which no forced error falls on, and
// gains exactly what that segment's re-run costs; the withholding cheater facing
// attesters that all play so loses; and the all-lazy world, no best response, is
// reported but not checked.
func TestWithholding(t *testing.T) {
	rep, err := defaultReport()
	if err != nil {
		t.Fatal(err)
	}
	p := rep.Params
	c := p.SegmentCost()
	if w := row(t, rep, "withholding solver"); math.Abs(w.VsHonest.Mean) > 1e-12 || math.Abs(w.VsHonest.Lo) > 1e-12 || math.Abs(w.VsHonest.Hi) > 1e-12 {
		t.Errorf("withholding solver vs honest %+v, want exactly 0", *w.VsHonest)
	}
	wc, cheat := row(t, rep, "withholding cheater"), row(t, rep, "cheating solver")
	if !wc.Loses() || wc.Unchecked != "" || wc.Known != "" {
		t.Errorf("withholding cheater %+v: must lose and be checked", wc)
	}
	if wc.VsHonest.Hi >= cheat.VsHonest.Lo {
		t.Errorf("withholding cheater vs honest %+v, not below the serving cheater's %+v", *wc.VsHonest, *cheat.VsHonest)
	}
	if rep.WithholdUndetected.N == 0 || rep.WithholdUndetected.Hi >= rep.CheatUndetected.Lo {
		t.Errorf("withholding cheats undetected %+v, serving %+v: withholding should be caught more", rep.WithholdUndetected, rep.CheatUndetected)
	}
	// Expected extra compute of verifier 0 against honest play: an attestation of segment
	// s (uniform) re-runs s+1 segments once (its check reuses the run: verifier/
	// judgeAttested), instead of 1, or 2 when s is the segment after a forced one (void,
	// probability φ/(S−1) on each of segments 1..S−1: φ/S on average).
	phiS := float64(p.ForcedErrorBps) / 1e4 / float64(p.Segments)
	r := row(t, rep, "diligent verifier (withheld)")
	want := -(float64(p.Segments+1)/2 - 1 - phiS) * c
	if half := r.VsHonest.Hi - r.VsHonest.Mean; r.Profit.Hi >= 0 || r.Unchecked == "" || math.Abs(r.VsHonest.Mean-want) > 3*half {
		t.Errorf("diligent verifier (withheld): profit %+v, vs honest %+v, want %+.6f", r.Profit, *r.VsHonest, want)
	}
	if lazy := row(t, rep, "lazy verifier (withheld)"); !lazy.Loses() || lazy.Known != "" || lazy.Unchecked != "" {
		t.Errorf("lazy verifier (withheld) vs diligent %+v: must lose and be checked", lazy)
	}
	// The selectively lazy attester at the defaults: lazy nowhere (every segment, the
	// last included, can be the forced one, and the stake makes even the last
	// segment's whole re-run, S·c, cheaper than the risk), so its rows are the diligent
	// verifier's: even, not checked.
	if len(rep.LazySegmentsWithheld) != 0 || len(rep.LazySegments) != 0 {
		t.Fatalf("selectively lazy on %v (withheld), %v (served), want nowhere", rep.LazySegmentsWithheld, rep.LazySegments)
	}
	for _, name := range []string{"selectively lazy verifier (withheld)", "selectively lazy verifier"} {
		if sel := row(t, rep, name); sel.Unchecked == "" || sel.VsHonest.Mean != 0 {
			t.Errorf("%s vs diligent %+v: want even and unchecked", name, *sel.VsHonest)
		}
	}
	if best := row(t, rep, "withholding cheater, best response"); !best.Loses() || best.Known != "" || best.Unchecked != "" {
		t.Errorf("withholding cheater, best response %+v: must lose and be checked", best)
	}
	// The same tasks, the same attesters, diligent everywhere at the defaults: they let
	// pass what the diligent attesters let pass.
	if rep.WithholdBestUndetected.N == 0 || rep.WithholdBestUndetected.Mean < rep.WithholdUndetected.Mean {
		t.Errorf("withholding cheats undetected with best-response attesters %+v, diligent %+v: lazy last segments should let more pass",
			rep.WithholdBestUndetected, rep.WithholdUndetected)
	}
	// All lazy is no best response here: reported, not checked; its cheats still pass.
	if lc := row(t, rep, "withholding cheater, all lazy"); lc.Unchecked == "" || lc.Known != "" || lc.VsHonest.Lo <= 0 ||
		rep.WithholdLazyUndetected.Lo <= rep.CheatUndetected.Hi {
		t.Errorf("withholding cheater with lazy attesters %+v, undetected %+v: expected to pay, pass and be unchecked", lc, rep.WithholdLazyUndetected)
	}
	if wb, wbw := row(t, rep, "whistleblower"), row(t, rep, "whistleblower (withheld)"); wbw.Profit.Hi >= wb.Profit.Lo {
		t.Errorf("whistleblower against withholding %+v, not below %+v", wbw.Profit, wb.Profit)
	}
}

// TestSelectiveChecked: where the selectively lazy attester is lazy on a segment a
// forced error can catch (the old defaults: 0.5 ETH attest stake, withheld: segments
// 3 to 15), its row is checked and Check fails on it, and the withholding cheater
// facing such attesters does not lose by the margin.
func TestSelectiveChecked(t *testing.T) {
	p := Default()
	p.ForcedErrorBps, p.AttestStake = 5000, 0.5
	p.JackpotFee = FairJackpotFee(p)
	rep, err := Evaluate(context.Background(), p, 600, 1)
	if err != nil {
		t.Fatal(err)
	}
	sel := row(t, rep, "selectively lazy verifier (withheld)")
	if sel.Known != "" || sel.Unchecked != "" || sel.VsHonest.Lo <= 0 {
		t.Errorf("selectively lazy verifier (withheld) %+v: must be checked and pay", sel)
	}
	if err := rep.Check(); !errors.Is(err, ErrDeviationPays) || !strings.Contains(err.Error(), "selectively lazy verifier (withheld)") {
		t.Errorf("Check: %v", err)
	}
	if best := row(t, rep, "withholding cheater, best response"); best.VsHonest.Mean+2*(best.VsHonest.Hi-best.VsHonest.Mean) < 0 {
		t.Errorf("withholding cheater, best response %+v loses by the margin with attesters lazy on %v", *best.VsHonest, rep.LazySegmentsWithheld)
	}
}

// TestTraceWithheld: a re-run without served checkpoints starts from the initial
// state, and its check names the first wrong segment whatever segment it attests.
func TestTraceWithheld(t *testing.T) {
	const n, task, j = 8, 3, 4
	for _, cheats := range []bool{false, true} {
		tr := newTrace(n, task, j, cheats, true)
		for s := range uint64(n) {
			if tr.served(tr.posted, s) {
				t.Fatalf("checkpoint %d served", s)
			}
			end, segs, own := tr.recompute(tr.posted, s)
			if end != leaf('H', task, s+1) || segs != int(s+1) || !own {
				t.Fatalf("recompute %d: %x %d %v", s, end, segs, own)
			}
			bad, segs := tr.firstWrong(tr.posted, s)
			switch {
			case cheats && s >= j:
				if bad != j || segs != j+1 {
					t.Fatalf("cheat on %d, check of %d: %d after %d segments", j, s, bad, segs)
				}
			case bad != -1 || segs != int(s+1):
				t.Fatalf("check of %d: %d after %d segments", s, bad, segs)
			}
		}
	}
	tr := newTrace(n, task, j, true, false)
	if _, segs, own := tr.recompute(tr.posted, j+2); !tr.served(tr.posted, j+2) || segs != 1 || own {
		t.Fatalf("served trace: %d segments, own %v", segs, own)
	}
}

// TestLazyPays: the selectively lazy attester is lazy exactly on the segments where,
// by hand, the re-run it saves exceeds what it expects to lose. S = 16, c = 0.00625;
// a forced error falls on segment s < 15 with probability φ/15 and never on 15; the
// finder's share of a 0.1 jackpot among 6 verifiers is 0.1 (1 − (15/16)^6)/(6/16) =
// 0.0856. Laziness then loses φ/15 × (stake + fee + share) on s < 15 and nothing on
// 15; it saves (s+1)c when checkpoints are withheld, c(1 + φ/15) when served (c on
// segment 0, which is never void).
func TestLazyPays(t *testing.T) {
	seg := func(lo, hi uint64) []uint64 {
		var s []uint64
		for i := lo; i <= hi; i++ {
			s = append(s, i)
		}
		return s
	}
	for _, tc := range []struct {
		name     string
		bps      uint16
		stake    float64
		withheld bool
		want     []uint64
	}{
		// Every segment is forced with probability φ/16; stake + fee + finder's share =
		// stake + 0.0957. 0.5/16 × 0.5957 = 0.01862: 2c = 0.0125 below, 3c = 0.01875 above.
		{"old defaults, withheld", 5000, 0.5, true, seg(2, 15)},
		// c(1 + 1/32) = 0.00645 < 0.01862 on every segment, the last included.
		{"old defaults, served", 5000, 0.5, false, nil},
		// 0.5/16 × 2.0957 = 0.06549: 10c = 0.0625 below, 11c = 0.06875 above.
		{"stake 2, withheld", 5000, 2, true, seg(10, 15)},
		// 0.5/16 × 2.7957 = 0.08737: 13c = 0.08125 below, 14c = 0.0875 above.
		{"stake 2.7, withheld", 5000, 2.7, true, seg(13, 15)},
		// 0.5/16 × 2.9057 = 0.09080: 14c = 0.0875 below, 15c = 0.09375 above.
		{"stake 2.81, withheld", 5000, 2.81, true, seg(14, 15)},
		// 0.5/16 × 3.0957 = 0.09674: 16c = 0.1 above.
		{"stake 3, withheld", 5000, 3, true, seg(15, 15)},
		// 1/16 × 1.0957 = 0.06848: 10c = 0.0625 below, 11c = 0.06875 above.
		{"stake 1, forced always, withheld", 10000, 1, true, seg(10, 15)},
		// 1/16 × 1.5957 = 0.09973 < 16c = 0.1: lazy on the last segment by 0.0003.
		{"stake 1.5, forced always, withheld", 10000, 1.5, true, seg(15, 15)},
		// 1/16 × 1.6957 = 0.10598 > 16c: diligent everywhere (the default).
		{"stake 1.6, forced always, withheld", 10000, 1.6, true, nil},
		// no forced errors: laziness costs nothing anywhere.
		{"no forced errors, withheld", 0, 4, true, seg(0, 15)},
		{"no forced errors, served", 0, 4, false, seg(0, 15)},
		// 0.5/16 × 0.0967 = 0.00302 < c.
		{"stake 0.001, served", 5000, 0.001, false, seg(0, 15)},
	} {
		p := Default()
		p.ForcedErrorBps, p.AttestStake, p.AttestFee, p.Jackpot = tc.bps, tc.stake, 0.01, 0.1
		got := LazySegments(p, tc.withheld)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: lazy on %v, want %v", tc.name, got, tc.want)
		}
		for s := range p.Segments {
			if LazyPays(p, s, tc.withheld) != slices.Contains(tc.want, s) {
				t.Errorf("%s: LazyPays(%d) = %v", tc.name, s, !slices.Contains(tc.want, s))
			}
		}
	}
	// The pieces, on a task of 4 segments (c = 0.025), no fee, no jackpot, stake 0.11,
	// forced always: a forced error on each segment with probability 1/4, loss 0.0275.
	p := Default()
	p.Segments, p.ForcedErrorBps, p.AttestStake, p.AttestFee, p.Jackpot, p.JackpotFee = 4, 10000, 0.11, 0, 0, 0
	for s, want := range []struct{ forced, withheld, served, loss float64 }{
		{0.25, 0.025, 0.025, 0.0275},
		{0.25, 0.05, 0.03125, 0.0275},
		{0.25, 0.075, 0.03125, 0.0275},
		{0.25, 0.1, 0.03125, 0.0275},
	} {
		s := uint64(s)
		got := []float64{ForcedAt(p, s), LazySaving(p, s, true), LazySaving(p, s, false), LazyLoss(p, s)}
		for i, w := range []float64{want.forced, want.withheld, want.served, want.loss} {
			if math.Abs(got[i]-w) > 1e-12 {
				t.Errorf("segment %d: forced, saving withheld, saving served, loss = %v, want %+v", s, got, want)
				break
			}
		}
	}
	if got, want := LazySegments(p, true), []uint64{1, 2, 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("4 segments, withheld: lazy on %v, want %v", got, want)
	}
	if got, want := LazySegments(p, false), []uint64{1, 2, 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("4 segments, served: lazy on %v, want %v", got, want)
	}
	// The finder's share against the binomial sum it stands for.
	q := Default()
	var share float64
	for k := range q.Verifiers {
		pk := float64(binom(q.Verifiers-1, k)) * math.Pow(1/16.0, float64(k)) * math.Pow(15/16.0, float64(q.Verifiers-1-k))
		share += pk * q.Jackpot / float64(1+k)
	}
	if math.Abs(FinderShare(q)-share) > 1e-12 {
		t.Errorf("finder's share %v, binomial sum %v", FinderShare(q), share)
	}
}

func binom(n, k int) int {
	r := 1
	for i := range k {
		r = r * (n - i) / (i + 1)
	}
	return r
}
