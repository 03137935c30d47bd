package netsim

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
)

// TestNetwork plays two tasks, an honest solver's and a cheater's (a flipped bit),
// with one verifier: the honest task is finalized, the cheat fails; both solvers
// announced their checkpoint servers; every party's ticks were measured; each
// transaction's send time is known. Running out of rounds is ErrNotOver.
func TestNetwork(t *testing.T) {
	ctx := t.Context()
	n, err := New(ctx, Config{Treasury: 7})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	spec, err := train.Builtin("synthetic-relu")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(spec)
	if err != nil {
		t.Fatal(err)
	}
	opts := task.Options{AllowUnjudged: true}
	tk, err := task.Build(ctx, tr, 8, 4, opts)
	if err != nil {
		t.Fatal(err)
	}
	cheat, err := Cheat("bit", tk)
	if err != nil || cheat.Fault.Kind == 0 {
		t.Fatalf("cheat %+v, %v", cheat, err)
	}
	if _, err := Cheat("nonsense", tk); !errors.Is(err, ErrUnknownCheat) {
		t.Fatalf("unknown cheat: %v", err)
	}
	honest, err := n.AddSolver(ctx, 1, "honest", solver.Config{Specs: task.BuiltinSpecs, Stake: chain.Ether(2), Task: opts})
	if err != nil {
		t.Fatal(err)
	}
	cheater, err := n.AddSolver(ctx, 2, "cheater", solver.Config{Specs: task.BuiltinSpecs, Stake: chain.Ether(2), Task: opts, Fault: cheat.Fault})
	if err != nil {
		t.Fatal(err)
	}
	v, err := n.AddVerifier(ctx, 3, "v", verifier.Config{Specs: task.BuiltinSpecs, Bond: chain.Ether(1), CheckAll: true, Task: opts})
	if err != nil {
		t.Fatal(err)
	}
	sub, err := n.MarketOf(ctx, 5)
	if err != nil {
		t.Fatal(err)
	}
	head, err := n.Sim.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	terms := taskmarket.TaskMarketTerms{SolverStake: chain.Ether(2), ChallengerBond: chain.Ether(1), ClaimBy: head.Time + 86400,
		CommitWindow: 86400, ChallengeWindow: 86400, GameClock: 3600}
	var ids []uint64
	for range 2 {
		id, err := sub.Post(ctx, tk.Roots(), terms, chain.Ether(2))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if err := n.Play(ctx, ids, 1); !errors.Is(err, ErrNotOver) {
		t.Fatalf("one round: %v, want ErrNotOver", err)
	}
	if err := n.Play(ctx, ids, 500); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, id := range ids {
		tt, err := sub.Task(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		switch tt.Solver {
		case honest.Market.Me():
			got["honest"] = map[bool]string{true: "finalized", false: "not finalized"}[tt.Status == onchain.StatusFinalized]
		case cheater.Market.Me():
			got["cheater"] = map[bool]string{true: "failed", false: "not failed"}[tt.Status == onchain.StatusFailed]
		}
	}
	if got["honest"] != "finalized" || got["cheater"] != "failed" || v.Verifier.Challenged != 1 {
		t.Fatalf("outcome %v, %d challenges", got, v.Verifier.Challenged)
	}
	for _, p := range []*Party{honest, cheater} {
		a, err := sub.LatestAnnouncement(ctx, p.Market.Me(), 0)
		if err != nil || a.Role != "solver" || a.URL != p.URL {
			t.Fatalf("%s announced %+v (%v), want its URL %s", p.Name, a, err, p.URL)
		}
		if u, ok := n.SolverURL(p.Market.Me()); !ok || u != p.URL {
			t.Fatalf("%s: directory has %q", p.Name, u)
		}
	}
	for _, p := range n.Parties {
		if p.Wall <= 0 {
			t.Errorf("%s: no tick time measured", p.Name)
		}
	}
	blk, err := n.Sim.BlockByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if txs := blk.Transactions(); len(txs) == 0 {
		t.Fatal("last block is empty")
	} else if _, ok := n.SentAt(txs[0].Hash()); !ok {
		t.Fatal("the last transaction's send time was not recorded")
	}
}

// TestPlayUntilClock: after a round that seals a block, the first SlotRounds idle
// rounds seal a block one Slot on (a party waiting on a block hash sees it before its
// window closes), later ones jump by the idle step; a busy round starts the count again.
func TestPlayUntilClock(t *testing.T) {
	ctx := t.Context()
	n, err := New(ctx, Config{Treasury: 7})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	sub, err := n.MarketOf(ctx, 5)
	if err != nil {
		t.Fatal(err)
	}
	head, err := n.Sim.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	terms := taskmarket.TaskMarketTerms{SolverStake: chain.Ether(2), ChallengerBond: chain.Ether(1), ClaimBy: head.Time + 30*86400,
		CommitWindow: 86400, ChallengeWindow: 86400, GameClock: 3600}
	tk := taskmarket.TaskMarketSpec{SpecHash: [32]byte{1}, NodesRoot: [32]byte{2}, StateMapRoot: [32]byte{3}, DataRoot: [32]byte{4},
		InitRoot: [32]byte{5}, Steps: 8, Interval: 4, NumNodes: 3, StateDepth: 2}
	id, err := sub.Post(ctx, tk, terms, chain.Ether(1)) // never claimed: the play never ends
	if err != nil {
		t.Fatal(err)
	}
	const idle = time.Hour
	round := 0
	busy := map[int]bool{0: true, 5: true} // rounds that send a transaction
	tick := func(ctx context.Context) error {
		defer func() { round++ }()
		if busy[round] {
			return sub.Deposit(ctx, big.NewInt(1))
		}
		return nil
	}
	start, err := n.Sim.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := PlayUntil(ctx, n.Sim, sub, []uint64{id}, 9, idle, tick); !errors.Is(err, ErrNotOver) {
		t.Fatalf("play: %v, want ErrNotOver", err)
	}
	// one block a round: the deposit or the idle round's empty block
	want := []time.Duration{0, Slot, Slot, idle, idle, 0, Slot, Slot, idle}
	var prev uint64
	for i := range want {
		h, err := n.Sim.HeaderByNumber(ctx, new(big.Int).SetUint64(start+1+uint64(i)))
		if err != nil {
			t.Fatalf("round %d sealed no block: %v", i, err)
		}
		if gap := time.Duration(h.Time-prev) * time.Second; i > 0 && want[i] != 0 && gap != want[i] {
			t.Errorf("round %d moved the clock %v, want %v", i, gap, want[i])
		}
		if got := h.TxHash != types.EmptyTxsHash; got != busy[i] {
			t.Errorf("round %d: block with transactions %v, want %v", i, got, busy[i])
		}
		prev = h.Time
	}
}
