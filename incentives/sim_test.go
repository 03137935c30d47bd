package incentives

import (
	"context"
	"errors"
	"reflect"
	"testing"
)

// testRounds is small enough for CI on two cores, large enough that every default
// deviation's interval still lies below zero.
func testRounds() int {
	if testing.Short() {
		return 600
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

// TestDefaultsDeterDeviations: with the default parameters honest solving and
// verifying pay, every deviation loses against honest play with 95% confidence, and
// the jackpot pool does not shrink.
func TestDefaultsDeterDeviations(t *testing.T) {
	rep, err := Evaluate(context.Background(), Default(), testRounds(), 1)
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
	// The known issue: a solver's sybil that grinds an address assigned to the forced
	// segment shares the jackpot without computing. When attesters can no longer choose
	// their segment, this row must start losing and lose its Known mark.
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
