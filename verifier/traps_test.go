package verifier_test

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
)

// TestSolverRefusesTraps: the real solver daemon, on the simulated chain, refuses a
// task whose terms it cannot meet, with one log line saying why, and never reads it
// again; the same solver without the limit (or an honest task) claims it. A trap
// claimed is a stake lost: a commit window shorter than the training, a game clock
// shorter than a segment's re-run, a reward not worth the work, a task too large.
func TestSolverRefusesTraps(t *testing.T) {
	for _, c := range []struct {
		name  string
		terms func(*taskmarket.TaskMarketTerms)
		limit solver.Terms
		why   string
	}{
		{"commit window too short", func(tm *taskmarket.TaskMarketTerms) { tm.CommitWindow = 60 }, solver.Terms{}, "commit window 1m0s is shorter"},
		{"game clock too short", func(tm *taskmarket.TaskMarketTerms) { tm.GameClock = 60 }, solver.Terms{}, "game clock 1m0s is shorter"},
		{"too many steps", nil, solver.Terms{MaxSteps: 4}, "over this daemon's limit 4"},
		{"reward too small", nil, solver.Terms{MinReward: eth(3)}, "below the minimum"},
		{"state too large", nil, solver.Terms{MaxState: 100}, "larger than the limit 100"},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t, solver.Config{})
			id := w.id
			if c.terms != nil { // a trap task beside the world's honest one, which is then taken
				first, err := w.mkt(accSubmitter).Task(w.ctx, w.id)
				if err != nil {
					t.Fatal(err)
				}
				terms := first.Terms
				c.terms(&terms)
				if id, err = w.mkt(accSubmitter).Post(w.ctx, w.tk.Roots(), terms, eth(2)); err != nil {
					t.Fatal(err)
				}
			}
			var logs bytes.Buffer
			sv, err := solver.New(solver.Config{Market: w.mkt(accSolver), Specs: task.BuiltinSpecs, Dir: t.TempDir(), Stake: eth(4),
				MaxTasks: 2, Task: w.opts, Terms: c.limit, Log: slog.New(slog.NewTextHandler(&logs, nil))})
			if err != nil {
				t.Fatal(err)
			}
			for range 4 {
				if err := sv.Tick(w.ctx); err != nil {
					t.Fatal(err)
				}
				if err := w.sim.Advance(w.ctx, time.Second); err != nil {
					t.Fatal(err)
				}
			}
			if st := w.statuses([]uint64{id}); st[0] != onchain.StatusOpen {
				t.Fatalf("trap task %d has status %d: claimed", id, st[0])
			}
			if n := strings.Count(logs.String(), c.why); n != 1 {
				t.Fatalf("%d log lines saying %q, want 1; logs:\n%s", n, c.why, logs.String())
			}
			if c.terms != nil && w.statuses([]uint64{w.id})[0] == onchain.StatusOpen {
				t.Fatal("the honest task beside the trap was not claimed")
			}
			// the same task is claimed by a solver that can meet it: the refusal is the limit's
			if c.terms == nil {
				free, err := solver.New(solver.Config{Market: w.mkt(accSolver), Specs: task.BuiltinSpecs, Dir: t.TempDir(), Stake: eth(4),
					Task: w.opts})
				if err != nil {
					t.Fatal(err)
				}
				if err := free.Tick(w.ctx); err != nil {
					t.Fatal(err)
				}
				if st := w.statuses([]uint64{id}); st[0] != onchain.StatusClaimed {
					t.Fatalf("status %d: a solver without the limit did not claim it", st[0])
				}
			}
		})
	}
}
