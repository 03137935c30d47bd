package verifier_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/gpu"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/verifier"
)

// post posts n more tasks like the world's first; it returns every task id.
func (w *world) post(n int) []uint64 {
	w.t.Helper()
	m := w.mkt(accSubmitter)
	first, err := m.Task(w.ctx, w.id)
	if err != nil {
		w.t.Fatal(err)
	}
	ids := []uint64{w.id}
	for range n {
		id, err := m.Post(w.ctx, w.tk.Roots(), first.Terms, eth(2))
		if err != nil {
			w.t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

func (w *world) statuses(ids []uint64) []uint8 {
	w.t.Helper()
	var out []uint8
	for _, id := range ids {
		t, err := w.mkt(accSubmitter).Task(w.ctx, id)
		if err != nil {
			w.t.Fatal(err)
		}
		out = append(out, t.Status)
	}
	return out
}

// TestSolverSeveralTasks: one solver with MaxTasks 3 claims three tasks, trains them
// one after another on its background trainer, commits each and is paid for each; the
// verifier checks them all and challenges none, lowering the spec once for the three.
func TestSolverSeveralTasks(t *testing.T) {
	w := newWorld(t, solver.Config{})
	ids := w.post(2)
	w.sv = w.newSolver(solver.Config{MaxTasks: 3, Stake: eth(6), Background: true})
	w.runUntil(func(taskmarket.TaskMarketTask) bool {
		for _, st := range w.statuses(ids) {
			if st != onchain.StatusFinalized {
				return false
			}
		}
		return true
	})
	_ = w.sv.Tick(w.ctx)
	if w.sv.Paid != 3 || w.vf.Challenged != 0 || w.vf.Checked != 6 {
		t.Fatalf("solver paid %d; verifier challenged %d, checked %d segments: want 3, 0, 6", w.sv.Paid, w.vf.Challenged, w.vf.Checked)
	}
	if s := w.vf.TaskCache().Stats(); s.Misses != 1 || s.Hits != 2 || s.Entries != 1 {
		t.Fatalf("verifier's task cache %+v: want the spec lowered once (1 miss) for 3 tasks (2 hits)", s)
	}
	if got := w.net(accSolver); got != eth(6).String() {
		t.Fatalf("solver gained %s wei, want the three 2-ether rewards", got)
	}
	if n := w.calls("commitTrace"); n != 3 {
		t.Fatalf("%d commitments, want 3", n)
	}
}

// TestSolverStakeLimit: a solver allowed 4 ether of stake takes two 2-ether tasks of
// three, however many it could hold; a solver allowed less than one task's stake
// takes none.
func TestSolverStakeLimit(t *testing.T) {
	for _, c := range []struct {
		stake  int64
		claims int
	}{{4, 2}, {1, 0}} {
		w := newWorld(t, solver.Config{})
		ids := w.post(2)
		w.sv = w.newSolver(solver.Config{MaxTasks: 3, Stake: eth(c.stake), Background: true})
		for range 4 {
			if err := w.sv.Tick(w.ctx); err != nil {
				t.Fatal(err)
			}
		}
		w.sv.Wait()
		claimed := 0
		for _, st := range w.statuses(ids) {
			if st != onchain.StatusOpen {
				claimed++
			}
		}
		locked, err := w.mkt(accSolver).Locked(w.ctx, w.sim.Accounts()[accSolver].Address)
		if err != nil {
			t.Fatal(err)
		}
		if claimed != c.claims || locked.Cmp(eth(2*int64(c.claims))) != 0 || w.sv.InHand() != c.claims {
			t.Errorf("stake limit %d ether: %d claimed, %v locked, %d in hand; want %d claimed", c.stake, claimed, locked, w.sv.InHand(), c.claims)
		}
	}
}

// TestSolverAnnounces: the solver announces its checkpoint URL before it claims or
// commits anything, a verifier finds the server through the announcement alone, and a
// restarted solver with the same announcement does not send it again.
func TestSolverAnnounces(t *testing.T) {
	w := newWorld(t, solver.Config{})
	an := &onchain.Announcement{Role: "solver", URL: w.url, GPUs: []gpu.Device{{Name: "test GPU", UUID: "GPU-0", MemoryBytes: 1 << 30}}, Version: "test"}
	w.sv = w.newSolver(solver.Config{Announce: an})
	m := w.mkt(accVerifier)
	byAnnouncement := func(a common.Address) (string, bool) {
		got, err := m.LatestAnnouncement(w.ctx, a, 0)
		return got.URL, err == nil && got.Role == "solver"
	}
	var err error
	if w.vf, err = verifier.New(verifier.Config{Market: m, Specs: task.BuiltinSpecs, Checkpoints: &verifier.HTTP{AllowPrivate: true, URL: byAnnouncement},
		Bond: eth(1), CheckAll: true, Task: w.opts}); err != nil {
		t.Fatal(err)
	}
	w.runUntil(func(tk taskmarket.TaskMarketTask) bool { return tk.Status == onchain.StatusCommitted })
	if n := w.calls("announce"); n != 1 {
		t.Fatalf("%d announcements, want 1", n)
	}
	if first, claim := w.firstBlock("announce"), w.firstBlock("claimTask"); first >= claim {
		t.Fatalf("announced in block %d, claimed in %d: want the announcement first", first, claim)
	}
	w.sv = w.newSolver(solver.Config{Announce: an})
	got := w.run()
	if got.Status != onchain.StatusFinalized || w.vf.Checked != 2 {
		t.Fatalf("status %d, verifier checked %d segments: want finalized, 2", got.Status, w.vf.Checked)
	}
	if n := w.calls("announce"); n != 1 {
		t.Fatalf("%d announcements after a restart, want 1", n)
	}
	a, err := m.LatestAnnouncement(w.ctx, w.sim.Accounts()[accSolver].Address, 0)
	if err != nil || a.URL != w.url || len(a.GPUs) != 1 || a.GPUs[0].UUID != "GPU-0" {
		t.Fatalf("announcement %+v, %v", a, err)
	}
}
