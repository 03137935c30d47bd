package incentives

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
)

// ErrDeviationPays reports a deviation whose expected profit is not below honest play
// with 95% confidence.
var ErrDeviationPays = errors.New("incentives: a deviation does not lose")

// z95 is the two-sided 95% normal quantile.
const z95 = 1.959963984540054

// Estimate is a sample mean with its 95% confidence interval (normal approximation;
// the samples are per-task profits, thousands of them).
type Estimate struct {
	Mean float64 `json:"mean"`
	Lo   float64 `json:"lo"`
	Hi   float64 `json:"hi"`
	N    int     `json:"n"`
}

func estimate(xs []float64) Estimate {
	n := float64(len(xs))
	var s float64
	for _, x := range xs {
		s += x
	}
	mean := s / n
	var ss float64
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	half := 0.0
	if len(xs) > 1 {
		half = z95 * math.Sqrt(ss/(n-1)/n)
	}
	return Estimate{Mean: mean, Lo: mean - half, Hi: mean + half, N: len(xs)}
}

// Proportion is k/n with its Wilson 95% interval.
func Proportion(k, n int) Estimate { return proportion(k, n) }

// proportion is k/n with its Wilson 95% interval.
func proportion(k, n int) Estimate {
	if n == 0 {
		return Estimate{Mean: math.NaN(), Lo: 0, Hi: 1}
	}
	p, nn := float64(k)/float64(n), float64(n)
	z2 := z95 * z95
	c := (p + z2/(2*nn)) / (1 + z2/nn)
	h := z95 * math.Sqrt(p*(1-p)/nn+z2/(4*nn*nn)) / (1 + z2/nn)
	return Estimate{Mean: p, Lo: max(0, c-h), Hi: min(1, c+h), N: n}
}

// Row is one strategy's expected profit per task, in ether.
type Row struct {
	Strategy string   `json:"strategy"`
	Role     string   `json:"role"`
	Profit   Estimate `json:"profit"`
	// VsHonest is the profit minus what the same accounts earn playing honestly on the
	// same tasks (paired), for deviations; nil for honest strategies.
	VsHonest *Estimate `json:"vs_honest,omitempty"`
	// Known names the protocol issue that lets this deviation pay whatever the
	// parameters; such rows are reported but not part of Check.
	Known string `json:"known,omitempty"`
	// Unchecked says why Check does not judge the row although it has a VsHonest: a
	// deviation that costs the deviator nothing and deters nobody (it only moves cost
	// to others), or an honest party's profit against another's deviation. The text
	// report prints it after the interval.
	Unchecked string `json:"unchecked,omitempty"`
}

// Deviation says whether the row is a deviation from honest play.
func (r *Row) Deviation() bool { return r.VsHonest != nil }

// Loses: the deviation's 95% interval against honest play lies below zero.
func (r *Row) Loses() bool { return r.VsHonest != nil && r.VsHonest.Hi < 0 }

// Report is the simulation's answer for one parameter set.
type Report struct {
	Params Params `json:"params"`
	Tasks  int    `json:"tasks"`
	Seed   uint64 `json:"seed"`
	Rows   []Row  `json:"rows"`
	// CheatUndetected is the probability that a lone cheating solver's cheat is paid;
	// RingUndetected the same for a cheat backed by colluding verifiers.
	CheatUndetected Estimate `json:"cheat_undetected"`
	RingUndetected  Estimate `json:"ring_undetected"`
	// WithholdUndetected is the same for a cheating solver that serves no checkpoint:
	// a diligent attester of any segment at or after the wrong one finds it.
	// WithholdLazyUndetected: the same when every attester is lazy (AllLazy);
	// WithholdBestUndetected: when every attester is selectively lazy (AllSelective).
	WithholdUndetected     Estimate `json:"withhold_undetected"`
	WithholdLazyUndetected Estimate `json:"withhold_lazy_undetected"`
	WithholdBestUndetected Estimate `json:"withhold_best_undetected"`
	// LazySegments and LazySegmentsWithheld are the segments on which the selectively
	// lazy attester is lazy (LazySegments), checkpoints served and withheld.
	LazySegments         []uint64 `json:"lazy_segments"`
	LazySegmentsWithheld []uint64 `json:"lazy_segments_withheld"`
	// ForcedRate is the fraction of tasks with a forced error, JackpotRate the fraction
	// whose jackpot was paid, LazySlashed the lazy attesters slashed per task (lazy world).
	ForcedRate  float64 `json:"forced_rate"`
	JackpotRate float64 `json:"jackpot_rate"`
	LazySlashed float64 `json:"lazy_slashed_per_task"`
	// PoolDrift is the jackpot pool's change per task in the honest world (ether); a
	// negative drift empties the pool, after which jackpots shrink.
	PoolDrift float64 `json:"pool_drift_per_task"`
	// PoolDriftSelfAttest is the same drift when the solver's sybil takes a slot on
	// every task: what it takes from the pool that pays honest finders.
	PoolDriftSelfAttest float64 `json:"pool_drift_self_attest_per_task"`
}

// Scenarios are the worlds Evaluate runs: the honest one and one per deviation.
func Scenarios() []Scenario {
	return []Scenario{
		scHonest:            {Name: "honest"},
		scCheat:             {Name: "cheating solver", SolverCheats: true},
		scLazy:              {Name: "lazy verifier", FocalLazy: true},
		scRing:              {Name: "colluding ring", Ring: true},
		scGriefer:           {Name: "griefing challenger", Griefer: true},
		scProbing:           {Name: "probing lazy verifier", FocalProbing: true},
		scSelfAttest:        {Name: "self-attesting solver", SelfAttest: true},
		scWithhold:          {Name: "withholding solver", Withhold: true},
		scWithholdLazy:      {Name: "lazy verifier (withheld)", Withhold: true, FocalLazy: true},
		scWithholdCheat:     {Name: "withholding cheater", Withhold: true, SolverCheats: true},
		scWithholdLazyCheat: {Name: "withholding cheater, all lazy", Withhold: true, SolverCheats: true, AllLazy: true},
		scSelective:         {Name: "selectively lazy verifier", FocalSelective: true},
		scWithholdSelective: {Name: "selectively lazy verifier (withheld)", Withhold: true, FocalSelective: true},
		scWithholdBestCheat: {Name: "withholding cheater, best response", Withhold: true, SolverCheats: true, AllSelective: true},
	}
}

// The scenarios' places in Scenarios.
const (
	scHonest = iota
	scCheat
	scLazy
	scRing
	scGriefer
	scProbing
	scSelfAttest
	scWithhold
	scWithholdLazy
	scWithholdCheat
	scWithholdLazyCheat
	scSelective
	scWithholdSelective
	scWithholdBestCheat
)

// Evaluate runs every scenario for tasks tasks (in parallel; the result does not
// depend on the schedule) and compares each deviation with honest play on the same
// tasks.
func Evaluate(ctx context.Context, p Params, tasks int, seed uint64) (*Report, error) {
	scs := Scenarios()
	runs := make([]*Run, len(scs))
	errs := make([]error, len(scs))
	var wg sync.WaitGroup
	for i, sc := range scs {
		wg.Go(func() { runs[i], errs[i] = Simulate(ctx, p, sc, tasks, seed) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	h := runs[scHonest]
	paired := func(dev, honest []float64) *Estimate {
		d := make([]float64, len(dev))
		for i := range d {
			d[i] = dev[i] - honest[i]
		}
		e := estimate(d)
		return &e
	}
	rep := &Report{Params: p, Tasks: tasks, Seed: seed,
		Rows: []Row{
			{Strategy: "honest solver", Role: RoleSolver, Profit: estimate(h.Profit[RoleSolver])},
			{Strategy: "diligent verifier", Role: RoleFocalVerifier, Profit: estimate(h.Profit[RoleFocalVerifier])},
			{Strategy: "whistleblower", Role: RoleWhistleblower, Profit: estimate(h.Profit[RoleWhistleblower])},
		},
		CheatUndetected:        proportion(runs[scCheat].Undetected, runs[scCheat].Cheats),
		RingUndetected:         proportion(runs[scRing].Undetected, runs[scRing].Cheats),
		WithholdUndetected:     proportion(runs[scWithholdCheat].Undetected, runs[scWithholdCheat].Cheats),
		WithholdLazyUndetected: proportion(runs[scWithholdLazyCheat].Undetected, runs[scWithholdLazyCheat].Cheats),
		WithholdBestUndetected: proportion(runs[scWithholdBestCheat].Undetected, runs[scWithholdBestCheat].Cheats),
		LazySegments:           LazySegments(p, false),
		LazySegmentsWithheld:   LazySegments(p, true),
		ForcedRate:             float64(h.Forced) / float64(tasks),
		JackpotRate:            float64(h.JackpotsPaid) / float64(tasks),
		LazySlashed:            float64(runs[scLazy].LazySlashed) / float64(tasks),
		PoolDrift:              (h.PoolEnd - h.PoolStart) / float64(tasks),
		PoolDriftSelfAttest:    (runs[scSelfAttest].PoolEnd - runs[scSelfAttest].PoolStart) / float64(tasks),
	}
	for _, d := range []struct {
		run  *Run
		name string
		role string
	}{
		{runs[scCheat], "cheating solver", RoleSolver},
		{runs[scLazy], "lazy verifier", RoleFocalVerifier},
		{runs[scRing], "colluding ring", RoleRing},
		{runs[scGriefer], "griefing challenger", RoleGriefer},
	} {
		rep.Rows = append(rep.Rows, Row{Strategy: d.name, Role: d.role, Profit: estimate(d.run.Profit[d.role]),
			VsHonest: paired(d.run.Profit[d.role], h.Profit[d.role])})
	}
	rep.Rows = append(rep.Rows, Row{Strategy: "whistleblower (against the ring)", Role: RoleWhistleblower,
		Profit: estimate(runs[scRing].Profit[RoleWhistleblower])})
	pr := runs[scProbing]
	rep.Rows = append(rep.Rows, Row{Strategy: "probing lazy verifier", Role: RoleFocalVerifier, Profit: estimate(pr.Profit[RoleFocalVerifier]),
		VsHonest: paired(pr.Profit[RoleFocalVerifier], h.Profit[RoleFocalVerifier])})
	rep.Rows = append(rep.Rows, selectiveRow("selectively lazy verifier", rep.LazySegments,
		runs[scSelective].Profit[RoleFocalVerifier], h.Profit[RoleFocalVerifier], paired))
	sa := runs[scSelfAttest]
	rep.Rows = append(rep.Rows, Row{Strategy: "self-attesting solver", Role: RoleSelfAttest, Profit: estimate(sa.Profit[RoleSelfAttest]),
		VsHonest: paired(sa.Profit[RoleSelfAttest], h.Profit[RoleSolver]),
		Known:    "inherent: a sybil of the solver knows every true leaf, so it earns what an honest attester earns without its compute (see README)"})
	// Withheld checkpoints: the solver's profit, the cheater's, what the honest parties
	// pay for it, the lazy and selectively lazy attesters against the diligent one in
	// that world, and the cheater facing attesters that play their best response.
	wh, wl, wc, wlc := runs[scWithhold], runs[scWithholdLazy], runs[scWithholdCheat], runs[scWithholdLazyCheat]
	ws, wbc := runs[scWithholdSelective], runs[scWithholdBestCheat]
	lazyRow := Row{Strategy: "lazy verifier (withheld)", Role: RoleFocalVerifier, Profit: estimate(wl.Profit[RoleFocalVerifier]),
		VsHonest: paired(wl.Profit[RoleFocalVerifier], wh.Profit[RoleFocalVerifier])}
	allLazy := Row{Strategy: "withholding cheater, all lazy", Role: RoleSolver, Profit: estimate(wlc.Profit[RoleSolver]),
		VsHonest: paired(wlc.Profit[RoleSolver], h.Profit[RoleSolver])}
	allLazy.Unchecked = verdict(&allLazy) + " (not checked: laziness everywhere is no best response here, the lazy verifier (withheld) loses; the best-response row is checked)"
	if !lazyRow.Loses() {
		allLazy.Unchecked = verdict(&allLazy) + " (not checked: the best-response row, checked, is lazy only where laziness pays)"
	}
	rep.Rows = append(rep.Rows,
		Row{Strategy: "withholding solver", Role: RoleSolver, Profit: estimate(wh.Profit[RoleSolver]),
			VsHonest:  paired(wh.Profit[RoleSolver], h.Profit[RoleSolver]),
			Unchecked: "EVEN: serving is free here (not checked)"},
		Row{Strategy: "withholding cheater", Role: RoleSolver, Profit: estimate(wc.Profit[RoleSolver]),
			VsHonest: paired(wc.Profit[RoleSolver], h.Profit[RoleSolver])},
		Row{Strategy: "diligent verifier (withheld)", Role: RoleFocalVerifier, Profit: estimate(wh.Profit[RoleFocalVerifier]),
			VsHonest:  paired(wh.Profit[RoleFocalVerifier], h.Profit[RoleFocalVerifier]),
			Unchecked: "honest, pays for the withholding (not checked)"},
		lazyRow,
		selectiveRow("selectively lazy verifier (withheld)", rep.LazySegmentsWithheld,
			ws.Profit[RoleFocalVerifier], wh.Profit[RoleFocalVerifier], paired),
		Row{Strategy: "whistleblower (withheld)", Role: RoleWhistleblower, Profit: estimate(wh.Profit[RoleWhistleblower])},
		Row{Strategy: "withholding cheater, best response", Role: RoleSolver, Profit: estimate(wbc.Profit[RoleSolver]),
			VsHonest: paired(wbc.Profit[RoleSolver], h.Profit[RoleSolver])},
		allLazy,
	)
	return rep, nil
}

// selectiveRow is the selectively lazy verifier's row against the diligent one of the
// same world. Where it is lazy on no segment it is the diligent verifier (even, not
// checked). Otherwise it is checked: every segment can be the forced one, so wherever
// it is lazy a forced error can catch it, and it must lose.
func selectiveRow(name string, segs []uint64, dev, diligent []float64, paired func(dev, honest []float64) *Estimate) Row {
	r := Row{Strategy: name, Role: RoleFocalVerifier, Profit: estimate(dev), VsHonest: paired(dev, diligent)}
	if len(segs) == 0 {
		r.Unchecked = "EVEN: lazy on no segment, it is the diligent verifier (not checked)"
	}
	return r
}

// verdict is the text report's word on a deviation row: LOSES or DOES NOT LOSE.
func verdict(r *Row) string {
	if r.Loses() {
		return "LOSES"
	}
	return "DOES NOT LOSE"
}

// Check returns nil when every deviation loses against honest play (95% interval
// below zero), honest solving and verifying are profitable (interval above zero) and
// the jackpot pool does not shrink in the honest world.
func (r *Report) Check() error { return r.CheckMargin(1) }

// CheckMargin is Check with every interval's half-width multiplied by k: k = 2 asks
// for what Check would still say with a quarter of the tasks, the margin Search
// demands so that the chosen parameters do not pass by luck of the draw.
func (r *Report) CheckMargin(k float64) error {
	var bad []string
	for _, row := range r.Rows {
		if row.Known != "" || row.Unchecked != "" {
			continue
		}
		if row.Deviation() {
			if hi := row.VsHonest.Mean + k*(row.VsHonest.Hi-row.VsHonest.Mean); hi >= 0 {
				bad = append(bad, fmt.Sprintf("%s: %+.6f [%+.6f, %+.6f] against honest play", row.Strategy, row.VsHonest.Mean, row.VsHonest.Lo, row.VsHonest.Hi))
			}
			continue
		}
		if row.Role != RoleSolver && row.Role != RoleFocalVerifier {
			continue
		}
		if lo := row.Profit.Mean - k*(row.Profit.Mean-row.Profit.Lo); lo <= 0 {
			bad = append(bad, fmt.Sprintf("%s: profit %+.6f [%+.6f, %+.6f] not positive", row.Strategy, row.Profit.Mean, row.Profit.Lo, row.Profit.Hi))
		}
	}
	if r.PoolDrift < 0 {
		bad = append(bad, fmt.Sprintf("the jackpot pool shrinks by %.6f ETH per task", -r.PoolDrift))
	}
	if len(bad) > 0 {
		return fmt.Errorf("%w: %s", ErrDeviationPays, strings.Join(bad, "; "))
	}
	return nil
}

// WriteText prints the report as a table.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	p := r.Params
	fmt.Fprintf(&b, "%d tasks per scenario, seed %d; %d segments, training %.4g ETH, reward %.4g ETH, gas %.3g gwei\n",
		r.Tasks, r.Seed, p.Segments, p.TrainCost, p.Reward, p.GasPriceGwei)
	fmt.Fprintf(&b, "stakes: solver %.4g, attest %.4g, bond %.4g ETH; forced errors %d bps; jackpot %.4g ETH (fee %.4g); %d verifiers, %d whistleblower(s) sampling %.3g, ring of %d\n\n",
		p.SolverStake, p.AttestStake, p.ChallengerBond, p.ForcedErrorBps, p.Jackpot, p.JackpotFee, p.Verifiers, p.Whistleblowers, p.Sample, p.Colluders)
	fmt.Fprintf(&b, "%-36s %-13s %-34s %s\n", "strategy", "role", "profit/task ETH [95% CI]", "vs honest ETH [95% CI]")
	for _, row := range r.Rows {
		vs := "-"
		if row.VsHonest != nil {
			v := verdict(&row)
			if row.Known != "" {
				v += " (known issue, not checked)"
			}
			if row.Unchecked != "" {
				v = row.Unchecked
			}
			vs = fmt.Sprintf("%+.6f [%+.6f, %+.6f] %s", row.VsHonest.Mean, row.VsHonest.Lo, row.VsHonest.Hi, v)
		}
		fmt.Fprintf(&b, "%-36s %-13s %+.6f [%+.6f, %+.6f]  %s\n", row.Strategy, row.Role, row.Profit.Mean, row.Profit.Lo, row.Profit.Hi, vs)
	}
	fmt.Fprintf(&b, "\ncheat undetected: lone solver %.4f [%.4f, %.4f] of %d cheats; with the ring %.4f [%.4f, %.4f] of %d\n",
		r.CheatUndetected.Mean, r.CheatUndetected.Lo, r.CheatUndetected.Hi, r.CheatUndetected.N,
		r.RingUndetected.Mean, r.RingUndetected.Lo, r.RingUndetected.Hi, r.RingUndetected.N)
	fmt.Fprintf(&b, "withholding cheater undetected: %.4f [%.4f, %.4f] of %d cheats; best response %.4f [%.4f, %.4f] of %d; all lazy %.4f [%.4f, %.4f] of %d\n",
		r.WithholdUndetected.Mean, r.WithholdUndetected.Lo, r.WithholdUndetected.Hi, r.WithholdUndetected.N,
		r.WithholdBestUndetected.Mean, r.WithholdBestUndetected.Lo, r.WithholdBestUndetected.Hi, r.WithholdBestUndetected.N,
		r.WithholdLazyUndetected.Mean, r.WithholdLazyUndetected.Lo, r.WithholdLazyUndetected.Hi, r.WithholdLazyUndetected.N)
	fmt.Fprintf(&b, "selectively lazy on segments (0-based, of %d): served %s; withheld %s\n",
		p.Segments, segList(r.LazySegments), segList(r.LazySegmentsWithheld))
	fmt.Fprintf(&b, "forced errors on %.4f of tasks, jackpot paid on %.4f; lazy attesters slashed %.4f per task; jackpot pool drift %+.6f ETH per task (%+.6f with the self-attesting solver)\n",
		r.ForcedRate, r.JackpotRate, r.LazySlashed, r.PoolDrift, r.PoolDriftSelfAttest)
	_, err := io.WriteString(w, b.String())
	return err
}

// segList prints segments as ranges: "3-15", "15", "none".
func segList(segs []uint64) string {
	if len(segs) == 0 {
		return "none"
	}
	var parts []string
	for i := 0; i < len(segs); {
		j := i
		for j+1 < len(segs) && segs[j+1] == segs[j]+1 {
			j++
		}
		if j == i {
			parts = append(parts, fmt.Sprint(segs[i]))
		} else {
			parts = append(parts, fmt.Sprintf("%d-%d", segs[i], segs[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, ",")
}
