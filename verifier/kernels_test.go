package verifier_test

import (
	"bytes"
	"context"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointkernels"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointshapesderiver"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/repops"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
)

// TestDaemonsRefuseUnjudgedKernels: on a game whose registry was deployed without
// matmul (kernel 1), a task of synthetic-relu (whose graph multiplies matrices) posted
// at epoch 0 is refused by the real solver, with one log line naming the kernel and the
// epoch, and a verifier meeting it committed gives it up the same way: no dispute of it
// could open a matmul node. Once matmul's deriver is registered (epoch 1), the refused
// task stays refused (its epoch is 0) and a task posted after it is claimed.
func TestDaemonsRefuseUnjudgedKernels(t *testing.T) {
	ctx := context.Background()
	sim, err := chain.NewSim(chain.WithAccounts(10), chain.WithOsakaRules())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	deriver, _, err := chain.Deploy(ctx, sim, accDeployer, &pinpointshapesderiver.PinpointShapesDeriverMetaData, nil)
	if err != nil {
		t.Fatal(err)
	}
	noMatMul := slices.DeleteFunc(model.DeployedDerivers()[0], func(id uint8) bool { return id == uint8(repops.KMatMul) })
	pk := pinpointkernels.NewPinpointKernels()
	kernels, _, err := chain.Deploy(ctx, sim, accDeployer, &pinpointkernels.PinpointKernelsMetaData, pk.PackConstructor([][]uint8{noMatMul}, []common.Address{deriver}))
	if err != nil {
		t.Fatal(err)
	}
	pg := pinpointgame.NewPinpointGame()
	gameAt, _, err := chain.Deploy(ctx, sim, accDeployer, &pinpointgame.PinpointGameMetaData, pg.PackConstructor(4, kernels, common.Address{}))
	if err != nil {
		t.Fatal(err)
	}
	tm := taskmarket.NewTaskMarket()
	marketAt, _, err := chain.Deploy(ctx, sim, accDeployer, &taskmarket.TaskMarketMetaData,
		tm.PackConstructor(gameAt, 3*day, sim.Accounts()[accTreasury].Address, 5000))
	if err != nil {
		t.Fatal(err)
	}
	mkt := func(acc int) *onchain.Market {
		o, err := chain.Transactor(ctx, sim, acc)
		if err != nil {
			t.Fatal(err)
		}
		return onchain.NewMarket(sim, marketAt, o)
	}
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
	post := func() uint64 {
		head, _ := sim.HeaderByNumber(ctx, nil)
		terms := taskmarket.TaskMarketTerms{SolverStake: eth(2), ChallengerBond: eth(1), ClaimBy: head.Time + day,
			CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
		id, err := mkt(accSubmitter).Post(ctx, tk.Roots(), terms, eth(2))
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	status := func(id uint64) uint8 {
		got, err := mkt(accSubmitter).Task(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return got.Status
	}
	const why = "kernels [1] at epoch 0"

	refused := post()
	var slog1 bytes.Buffer
	sv, err := solver.New(solver.Config{Market: mkt(accSolver), Specs: task.BuiltinSpecs, Dir: t.TempDir(), Stake: eth(4),
		MaxTasks: 2, Task: opts, Log: slog.New(slog.NewTextHandler(&slog1, nil))})
	if err != nil {
		t.Fatal(err)
	}
	tick := func(n int) {
		for range n {
			if err := sv.Tick(ctx); err != nil {
				t.Fatal(err)
			}
			if err := sim.Advance(ctx, time.Second); err != nil {
				t.Fatal(err)
			}
		}
	}
	tick(3)
	if st := status(refused); st != onchain.StatusOpen {
		t.Fatalf("task of an unregistered kernel has status %d: claimed", st)
	}
	if n := strings.Count(slog1.String(), why); n != 1 || !strings.Contains(slog1.String(), "not judged at its kernel epoch") {
		t.Fatalf("%d log lines saying %q, want 1; logs:\n%s", n, why, slog1.String())
	}

	// a solver that claims it anyway and commits a wrong trace: the verifier checks it and
	// challenges the lie (the game can judge it: a node of the unknown kernel is one the
	// solver cannot open either), but never attests it
	cheat := mkt(accDeployer)
	if err := cheat.Deposit(ctx, eth(2)); err != nil {
		t.Fatal(err)
	}
	if err := cheat.Claim(ctx, refused); err != nil {
		t.Fatal(err)
	}
	hashes := make([][32]byte, tk.Segments()+1)
	hashes[0] = tk.InitRoot
	if err := cheat.CommitTrace(ctx, refused, hashes); err != nil {
		t.Fatal(err)
	}
	var vlog bytes.Buffer
	none := func(common.Address) (string, bool) { return "", false } // it serves nothing: never reached
	vf, err := verifier.New(verifier.Config{Market: mkt(accVerifier), Specs: task.BuiltinSpecs,
		Checkpoints: &verifier.HTTP{URL: none}, Bond: eth(1), CheckAll: true, Task: opts,
		Log: slog.New(slog.NewTextHandler(&vlog, nil))})
	if err != nil {
		t.Fatal(err)
	}
	for range 30 {
		if err := vf.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		if err := sim.Advance(ctx, time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	if n := strings.Count(vlog.String(), why); n != 1 || !strings.Contains(vlog.String(), "checked, never attested") {
		t.Fatalf("verifier: %d log lines saying %q, want 1; logs:\n%s", n, why, vlog.String())
	}
	if st := status(refused); st != onchain.StatusDisputed || !strings.Contains(vlog.String(), "msg=challenged") {
		t.Fatalf("the lying solver's task has status %d, want disputed; logs:\n%s", st, vlog.String())
	}

	// matmul registered: a task posted now is claimed, the refused one never
	if _, err := chain.RegisterKernels(ctx, sim, accDeployer, kernels, deriver, uint8(repops.KMatMul)); err != nil {
		t.Fatal(err)
	}
	taken := post()
	tick(3)
	if st := status(taken); st != onchain.StatusClaimed && st != onchain.StatusCommitted {
		t.Fatalf("task posted after the registration has status %d, want claimed; logs:\n%s", st, slog1.String())
	}
	if n := strings.Count(slog1.String(), why); n != 1 {
		t.Fatalf("the refused task was read again: %d log lines", n)
	}
}
