package whistleblower_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
	"github.com/veritrain/veritrain/whistleblower"
)

// TestOutOfBoundsTaskNotLowered: a task whose on-chain size is outside the protocol
// bounds (2^62 steps of a known spec, as a hostile market would answer) is skipped
// before it is lowered: lowering it allocated per-step data by that number and
// crashed the daemon, again on every restart. A task in bounds is lowered.
func TestOutOfBoundsTaskNotLowered(t *testing.T) {
	spec, err := train.Builtin("synthetic-relu")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(spec)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := task.Build(t.Context(), tr, 8, 4, task.Options{AllowUnjudged: true})
	if err != nil {
		t.Fatal(err)
	}
	good := taskmarket.TaskMarketTask{Spec: tk.Roots(), Terms: taskmarket.TaskMarketTerms{SolverStake: big.NewInt(1),
		ChallengerBond: big.NewInt(1), CommitWindow: 86400, ChallengeWindow: 86400, GameClock: 3600}, Status: onchain.StatusCommitted}
	for _, c := range []struct {
		name  string
		steps uint64
		ival  uint64
		want  bool
	}{
		{"in bounds", 8, 4, true},
		{"2^62 steps", 1 << 62, 1 << 42, false},
		{"2^62 steps, one segment", 1 << 62, 1 << 62, false},
		{"over the daemon's step limit", 1 << 24, 1 << 12, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			wb, err := whistleblower.New(whistleblower.Config{Market: &onchain.Market{Opts: &bind.TransactOpts{}}, Specs: task.BuiltinSpecs,
				Checkpoints: &verifier.HTTP{}, Bond: big.NewInt(1), Task: task.Options{AllowUnjudged: true}})
			if err != nil {
				t.Fatal(err)
			}
			x := good
			x.Spec.Steps, x.Spec.Interval = c.steps, c.ival
			ok, err := whistleblower.Lower(t.Context(), wb, 1, x)
			if err != nil || ok != c.want {
				t.Fatalf("lowered %v (err %v), want %v", ok, err, c.want)
			}
		})
	}
}
