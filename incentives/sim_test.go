package incentives

import (
	"context"
	"errors"
	"math"
	"reflect"
	"sync"
	"testing"
)

// testRounds is small enough for CI on two cores, large enough that every default
// deviation's interval still lies below zero. The lazy verifier's is the narrowest
// (−0.010 ETH, its 95% half-width 0.0014 at 20000 tasks): at 600 tasks a draw misses
// it one time in five, at 1200 about one in twenty.
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
	// The known issues (a solver's sybil attests true leaves without computing; a lazy
	// attester beats a diligent one when checkpoints are withheld) pay: when one stops
	// paying, its row must lose its Known mark and be checked.
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
// verifier pays for re-running from step 0 (once: its check reuses the run) and loses money,
// a lazy attester does better than a diligent one, and if all attesters are lazy the
// withholding cheater's cheats pass and pay.
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
	// Attesters that answer withholding by laziness leave its cheats to whistleblowers.
	if lc := row(t, rep, "withholding cheater, all lazy"); lc.Known == "" || lc.VsHonest.Lo <= 0 ||
		rep.WithholdLazyUndetected.Lo <= rep.CheatUndetected.Hi {
		t.Errorf("withholding cheater with lazy attesters %+v, undetected %+v: expected to pay and pass", *lc.VsHonest, rep.WithholdLazyUndetected)
	}
	// Expected extra compute of verifier 0 against honest play: an attestation of segment
	// s (uniform) re-runs s+1 segments once (its check reuses the run: verifier/
	// judgeAttested), instead of 1, or 2 when s is the segment after a forced one (void).
	phiS := float64(p.ForcedErrorBps) / 1e4 / float64(p.Segments)
	r := row(t, rep, "diligent verifier (withheld)")
	want := -(float64(p.Segments+1)/2 - 1 - phiS) * c
	if half := r.VsHonest.Hi - r.VsHonest.Mean; r.Profit.Hi >= 0 || r.Unchecked == "" || math.Abs(r.VsHonest.Mean-want) > 3*half {
		t.Errorf("diligent verifier (withheld): profit %+v, vs honest %+v, want %+.6f", r.Profit, *r.VsHonest, want)
	}
	if lazy := row(t, rep, "lazy verifier (withheld)"); lazy.Known == "" || lazy.VsHonest.Lo <= 0 {
		t.Errorf("lazy verifier (withheld) vs diligent %+v: expected to pay", *lazy.VsHonest)
	}
	if wb, wbw := row(t, rep, "whistleblower"), row(t, rep, "whistleblower (withheld)"); wbw.Profit.Hi >= wb.Profit.Lo {
		t.Errorf("whistleblower against withholding %+v, not below %+v", wbw.Profit, wb.Profit)
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
