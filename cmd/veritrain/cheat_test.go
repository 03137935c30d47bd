package main

import (
	"strings"
	"testing"

	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/internal/netsim"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
)

// TestSolverCheats: every kind `solver --cheat` takes (the demo's list) makes a solver
// that is caught: its fault is made from each task's own graph as the task comes (a
// node named in it, a step in its middle), as the demo's cheating solver's is, so the
// trace it commits is not the honest one, a verifier challenges, the task fails and
// the solver is slashed. Before, the daemon built its fault without a task: `--cheat
// bit` flipped a bit of node 0 that changed nothing, and the "cheater" was paid with
// the honest trace root. "none" is the honest run the others are compared with.
func TestSolverCheats(t *testing.T) {
	kinds := strings.Split(strings.ReplaceAll(demoCheats, " or ", ", "), ", ")
	if kinds[0] != "none" || len(kinds) < 10 {
		t.Fatalf("cheats %q", kinds)
	}
	ctx := t.Context()
	var honestRoot [32]byte
	for _, kind := range kinds {
		t.Run(kind, func(t *testing.T) {
			cc, err := solverCheat(kind)
			if err != nil {
				t.Fatal(err)
			}
			n, err := netsim.New(ctx, netsim.Config{Treasury: tnTreasury})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { n.Close() })
			cc.Specs, cc.Stake = task.BuiltinSpecs, chain.Ether(2)
			sp, err := n.AddSolver(ctx, tnSolver, kind, cc)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := n.AddVerifier(ctx, tnVerifier, "v", verifier.Config{Specs: task.BuiltinSpecs, Bond: chain.Ether(1), CheckAll: true}); err != nil {
				t.Fatal(err)
			}
			sub, err := n.MarketOf(ctx, tnSubmitter)
			if err != nil {
				t.Fatal(err)
			}
			spec, err := train.Builtin("synthetic-relu")
			if err != nil {
				t.Fatal(err)
			}
			tr, err := train.NewTrainer(spec)
			if err != nil {
				t.Fatal(err)
			}
			tk, err := task.Build(ctx, tr, 8, 4, task.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if kind == "bit" { // the task's own backward node, in the task's middle
				if f := cc.FaultFor(tk); tk.Nodes[f.Node].Name != "bwd.l0.dW" || f.Step != tk.Steps/2+1 {
					t.Fatalf("--cheat bit: fault %+v (node %s)", f, tk.Nodes[f.Node].Name)
				}
			}
			id := postOn(t, n, sub, tk, 24*3600)
			if err := n.Play(ctx, []uint64{id}, 300); err != nil {
				t.Fatal(err)
			}
			got, err := sub.Task(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			s := sp.Solver()
			if kind == "none" {
				if got.Status != onchain.StatusFinalized || s.Paid != 1 {
					t.Fatalf("honest solver: status %d, paid %d; want finalized and paid", got.Status, s.Paid)
				}
				honestRoot = got.TraceRoot
				return
			}
			if got.Status != onchain.StatusFailed || s.Slashed != 1 || s.Paid != 0 {
				t.Fatalf("--cheat %s: status %d, paid %d, slashed %d; want failed and slashed", kind, got.Status, s.Paid, s.Slashed)
			}
			if honestRoot != ([32]byte{}) && got.TraceRoot == honestRoot {
				t.Fatalf("--cheat %s committed the honest trace root", kind)
			}
		})
	}
}
