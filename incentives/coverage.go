package incentives

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
)

// Draw is how a task's checking slots (attestations) get their segments.
type Draw uint8

const (
	// Independent: each slot's segment is uniform and independent of the others'
	// (TaskMarket before issue 19: keccak256(seed, attester, hash of the block after its
	// join) mod segments), so checks overlap and a one-segment cheat escapes k honest checks
	// with probability (1-1/S)^k.
	Independent Draw = iota
	// Covering (TaskMarket's draw): slots draw in join order without replacement, each
	// from the hash of the block after its join; after every segment has been drawn once a new pass
	// starts. The first S checks cover S distinct segments. Join timing does not help
	// a checker aim: whatever the pool left when it joins, its draw is f with
	// probability 1/S unconditionally (the pool still holds f with probability m/S,
	// and then the draw is f with 1/m), so a solver's sybils catch f's slot with
	// probability (their slots in the pass)/S wherever they place them in it.
	Covering
)

func (d Draw) String() string {
	if d == Covering {
		return "covering"
	}
	return "independent"
}

// ErrUnreachable: no number of checks reaches the assurance asked for (independent
// draws never cover every segment for sure; a solver holding a share of the slots
// escapes with at least that share's power in the number of passes).
var ErrUnreachable = errors.New("incentives: assurance unreachable")

// maxPasses bounds the checks a task may buy: 64 re-runs of every segment.
const maxPasses = 64

// sybilSlots is the number of k slots a solver holding share c of them takes
// (rounded up: the assumption is an upper bound).
func sybilSlots(k int, c float64) int { return min(k, int(math.Ceil(c*float64(k)-1e-9))) }

// Escape is the probability that a cheat confined to one of s segments escapes k
// checks of which a solver's sybils hold share c (they never report it), under draw
// d, against the solver's best placement of its sybils (Covering: across passes,
// which it can adapt to what earlier passes drew, as it knows its wrong segment).
func Escape(d Draw, s, k int, c float64) float64 {
	K := sybilSlots(k, c)
	if d == Independent {
		return math.Pow(1-1/float64(s), float64(k-K))
	}
	return math.Exp(coveringLogEscape(s, k, K))
}

// coveringLogEscape is the log of the best escape probability for K sybil slots among
// k covering checks of s segments. Pass p of n_p slots lets the cheat through with
// probability (s - n_p + x_p)/s when the sybils hold x_p of its slots (its segment is
// not drawn in the pass, or a sybil draws it); passes are independent, and the
// sybils place their slots as SybilPlacement does.
func coveringLogEscape(s, k, K int) float64 {
	n, x := SybilPlacement(s, k, K)
	lg := 0.0
	for p := range n {
		lg += math.Log(float64(s-n[p]+x[p]) / float64(s))
	}
	return lg
}

// SybilPlacement splits k covering checks of s segments into passes (n[p] slots each:
// s, the last what is left) and places K sybil slots where they raise the escape
// probability most (x[p] in pass p): one at a time, in the pass whose factor
// (s - n[p] + x[p])/s is smallest, which raises the product by the largest ratio.
func SybilPlacement(s, k, K int) (n, x []int) {
	for left := k; left > 0; left -= s {
		n = append(n, min(left, s))
	}
	x = make([]int, len(n))
	for range K {
		best := -1
		for p := range n {
			if x[p] < n[p] && (best < 0 || s-n[p]+x[p] < s-n[best]+x[best]) {
				best = p
			}
		}
		x[best]++
	}
	return n, x
}

// Slots is the fewest checks a task of s segments buys so that a cheat confined to one
// segment is caught with probability at least p when the solver holds at most share c
// of the checking slots, under draw d (ErrUnreachable when none does within 64 passes).
func Slots(d Draw, s int, p, c float64) (int, error) {
	switch {
	case s < 1:
		return 0, fmt.Errorf("incentives: %d segments", s)
	case !(p > 0 && p <= 1):
		return 0, fmt.Errorf("incentives: assurance %g is not in (0, 1]", p)
	case !(c >= 0 && c < 1):
		return 0, fmt.Errorf("incentives: solver share %g is not in [0, 1)", c)
	}
	for k := 1; k <= maxPasses*s; k++ {
		if reaches(Escape(d, s, k, c), p) {
			return k, nil
		}
	}
	return 0, fmt.Errorf("%w: %s draws of %d segments reach assurance %g with a solver share %g in no number of checks up to %d", ErrUnreachable, d, s, p, c, maxPasses*s)
}

// reaches is whether escape probability e meets assurance p: exactly 0 for p = 1 (a
// tiny escape is still an escape), else within rounding.
func reaches(e, p float64) bool {
	if p == 1 {
		return e == 0
	}
	return 1-e >= p-1e-12
}

// CoverageRow is one assurance level under one draw and one solver share: the checks
// bought, the predicted and the measured share of one-segment cheats caught.
type CoverageRow struct {
	Draw        string   `json:"draw"`
	Assurance   float64  `json:"assurance"`
	SolverShare float64  `json:"solver_share"`
	Segments    int      `json:"segments"`
	Slots       int      `json:"slots"`        // checks bought (0: unreachable)
	SolverSlots int      `json:"solver_slots"` // held by the solver's sybils
	CostShare   float64  `json:"cost_share"`   // the checks' re-runs as a share of the training (Slots/Segments)
	Predicted   float64  `json:"predicted"`    // 1 - Escape
	Caught      Estimate `json:"caught"`       // measured over the trials
	Unreachable string   `json:"unreachable,omitempty"`
}

// Coverage plays trials tasks of s segments for every assurance, solver share and draw
// (the slots each buys: Slots), each task a cheat on a uniform segment that the
// solver's sybils try to hide as Escape says they best can, and measures the share of
// cheats some honest check catches.
func Coverage(s int, assurances, shares []float64, draws []Draw, trials int, seed uint64) ([]CoverageRow, error) {
	if trials < 1 {
		return nil, fmt.Errorf("incentives: %d trials", trials)
	}
	var rows []CoverageRow
	for _, d := range draws {
		for _, p := range assurances {
			for _, c := range shares {
				row := CoverageRow{Draw: d.String(), Assurance: p, SolverShare: c, Segments: s}
				k, err := Slots(d, s, p, c)
				if errors.Is(err, ErrUnreachable) {
					row.Unreachable = err.Error()
					rows = append(rows, row)
					continue
				}
				if err != nil {
					return nil, err
				}
				row.Slots, row.SolverSlots = k, sybilSlots(k, c)
				row.CostShare = float64(k) / float64(s)
				row.Predicted = 1 - Escape(d, s, k, c)
				r := rand.New(rand.NewPCG(seed, uint64(len(rows))))
				caught := 0
				for range trials {
					if playCoverage(r, d, s, k, row.SolverSlots) {
						caught++
					}
				}
				row.Caught = proportion(caught, trials)
				rows = append(rows, row)
			}
		}
	}
	return rows, nil
}

// playCoverage plays one task: the solver cheats on a uniform segment f before the
// draws; k checks draw under d, K of them the solver's sybils. Covering: the sybils
// take their best placement across passes (coveringLogEscape's) and join last within
// each pass, seeing the pool (by the argument at Covering, where in the pass they join
// does not matter). It reports whether an honest check drew f.
func playCoverage(r *rand.Rand, d Draw, s, k, K int) bool {
	f := r.IntN(s)
	if d == Independent {
		for range k - K {
			if r.IntN(s) == f {
				return true
			}
		}
		return false
	}
	n, x := SybilPlacement(s, k, K)
	pool := make([]int, s)
	for p := range n {
		for i := range pool {
			pool[i] = i
		}
		m := s
		for slot := range n[p] {
			j := r.IntN(m)
			got := pool[j]
			pool[j] = pool[m-1]
			m--
			honest := slot < n[p]-x[p] // the sybils join last
			if got == f && honest {
				return true
			}
		}
	}
	return false
}

// WriteCoverage prints rows as a table.
func WriteCoverage(w io.Writer, rows []CoverageRow, trials int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%d tasks per row; a cheat on one uniform segment; the solver's sybils hold the share of the slots shown and hide the cheat as well as they can\n\n", trials)
	fmt.Fprintf(&b, "%-12s %-9s %-6s %-6s %-6s %-9s %-9s %s\n", "draw", "assurance", "solver", "checks", "sybils", "cost", "predicted", "caught [95% CI]")
	for _, r := range rows {
		if r.Unreachable != "" {
			fmt.Fprintf(&b, "%-12s %-9g %-6s unreachable\n", r.Draw, r.Assurance, pct(r.SolverShare))
			continue
		}
		fmt.Fprintf(&b, "%-12s %-9g %-6s %-6d %-6d %-9s %-9.4f %.4f [%.4f, %.4f]\n", r.Draw, r.Assurance, pct(r.SolverShare), r.Slots, r.SolverSlots,
			fmt.Sprintf("%.2fx", r.CostShare), r.Predicted, r.Caught.Mean, r.Caught.Lo, r.Caught.Hi)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write coverage: %w", err)
	}
	return nil
}

func pct(c float64) string { return fmt.Sprintf("%g%%", 100*c) }
