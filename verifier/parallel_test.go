package verifier_test

import (
	"testing"
	"time"

	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
)

// TestParallelDisputesDaemons: two lying verifiers challenge an honest solver in the
// same window, each opening a game of its own (issue 14 item 10: disputes run in
// parallel, nobody holds the task for anyone else). The real solver daemon defends both
// games at once, wins both, settles them and is paid at the window's end with half of
// each bond; each liar loses its bond. Costs under a second.
func TestParallelDisputesDaemons(t *testing.T) {
	const accVerifier2 = 4
	w := newWorld(t, solver.Config{})
	// each liar's own re-run differs from the truth in a different segment
	w.vf = w.newVerifier(pinpoint.Fault{Kind: pinpoint.FaultState, Step: 6, Tensor: 0, Element: 11})
	vf2 := w.newVerifierAs(accVerifier2, pinpoint.Fault{Kind: pinpoint.FaultState, Step: 2, Tensor: 0, Element: 3})
	m := w.mkt(accSubmitter)
	most := uint32(0)
	for range 300 {
		before, _ := w.sim.BlockNumber(w.ctx)
		if err := w.sv.Tick(w.ctx); err != nil {
			t.Fatalf("solver: %v", err)
		}
		if err := w.vf.Tick(w.ctx); err != nil {
			t.Fatalf("verifier 1: %v", err)
		}
		if err := vf2.Tick(w.ctx); err != nil {
			t.Fatalf("verifier 2: %v", err)
		}
		tk, err := m.Task(w.ctx, w.id)
		if err != nil {
			t.Fatal(err)
		}
		most = max(most, tk.Disputes)
		if over(tk) {
			break
		}
		if after, _ := w.sim.BlockNumber(w.ctx); after == before {
			w.sv.Wait()
			if err := w.sim.Advance(w.ctx, time.Hour); err != nil {
				t.Fatal(err)
			}
		}
	}
	_ = w.sv.Tick(w.ctx)
	_ = w.vf.Tick(w.ctx)
	_ = vf2.Tick(w.ctx)
	tk, err := m.Task(w.ctx, w.id)
	if err != nil {
		t.Fatal(err)
	}
	if most != 2 {
		t.Errorf("at most %d disputes open at once, want the two liars' games in parallel", most)
	}
	if tk.Status != onchain.StatusFinalized || w.sv.Paid != 1 {
		t.Fatalf("status %d, solver paid %d: want finalized and paid", tk.Status, w.sv.Paid)
	}
	if w.vf.Lost != 1 || vf2.Lost != 1 || w.vf.Challenged != 1 || vf2.Challenged != 1 {
		t.Errorf("liars challenged %d and %d times, lost %d and %d: want one game each, lost", w.vf.Challenged, vf2.Challenged, w.vf.Lost, vf2.Lost)
	}
	// stake 2 back, reward 2, and half of each liar's 1-ether bond
	if got := w.free(accSolver); got.Cmp(eth(5)) != 0 {
		t.Errorf("solver free %v, want 5 ether", got)
	}
	for _, acc := range []int{accVerifier, accVerifier2} {
		if got := w.free(acc); got.Sign() != 0 {
			t.Errorf("liar %d free %v, want its bond gone", acc, got)
		}
	}
}
