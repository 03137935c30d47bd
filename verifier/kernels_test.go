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

	"github.com/veritrain/veritrain/contracts/bindings/anykernelderiverprobe"
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

// kernelWorld is a chain whose game's registry was deployed without matmul (kernel 1),
// and a synthetic-relu task (whose graph multiplies matrices) to post on its market.
type kernelWorld struct {
	sim     *chain.Sim
	kernels common.Address // the registry
	deriver common.Address // an audited PinpointShapesDeriver, not registered for matmul
	market  common.Address
	tk      *task.Task
	opts    task.Options
}

func newKernelWorld(t *testing.T) *kernelWorld {
	t.Helper()
	ctx := context.Background()
	sim, err := chain.NewSim(chain.WithAccounts(10), chain.WithOsakaRules())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	w := &kernelWorld{sim: sim, opts: task.Options{AllowUnjudged: true}}
	if w.deriver, _, err = chain.Deploy(ctx, sim, accDeployer, &pinpointshapesderiver.PinpointShapesDeriverMetaData, nil); err != nil {
		t.Fatal(err)
	}
	noMatMul := slices.DeleteFunc(model.DeployedDerivers()[0], func(id uint8) bool { return id == uint8(repops.KMatMul) })
	pk := pinpointkernels.NewPinpointKernels()
	if w.kernels, _, err = chain.Deploy(ctx, sim, accDeployer, &pinpointkernels.PinpointKernelsMetaData, pk.PackConstructor([][]uint8{noMatMul}, []common.Address{w.deriver})); err != nil {
		t.Fatal(err)
	}
	pg := pinpointgame.NewPinpointGame()
	gameAt, _, err := chain.Deploy(ctx, sim, accDeployer, &pinpointgame.PinpointGameMetaData, pg.PackConstructor(4, w.kernels, common.Address{}))
	if err != nil {
		t.Fatal(err)
	}
	tm := taskmarket.NewTaskMarket()
	if w.market, _, err = chain.Deploy(ctx, sim, accDeployer, &taskmarket.TaskMarketMetaData,
		tm.PackConstructor(gameAt, 3*day, sim.Accounts()[accTreasury].Address, 5000)); err != nil {
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
	if w.tk, err = task.Build(ctx, tr, 8, 4, w.opts); err != nil {
		t.Fatal(err)
	}
	return w
}

// mkt is the market as account acc.
func (w *kernelWorld) mkt(t *testing.T, acc int) *onchain.Market {
	o, err := chain.Transactor(context.Background(), w.sim, acc)
	if err != nil {
		t.Fatal(err)
	}
	return onchain.NewMarket(w.sim, w.market, o)
}

// post posts the task and returns its id.
func (w *kernelWorld) post(t *testing.T) uint64 {
	ctx := context.Background()
	head, _ := w.sim.HeaderByNumber(ctx, nil)
	terms := taskmarket.TaskMarketTerms{SolverStake: eth(2), ChallengerBond: eth(1), ClaimBy: head.Time + day,
		CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
	id, err := w.mkt(t, accSubmitter).Post(ctx, w.tk.Roots(), terms, eth(2))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// status is task id's status.
func (w *kernelWorld) status(t *testing.T, id uint64) uint8 {
	got, err := w.mkt(t, accSubmitter).Task(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return got.Status
}

// solver is a real solver with its log in buf.
func (w *kernelWorld) solver(t *testing.T, buf *bytes.Buffer) *solver.Solver {
	sv, err := solver.New(solver.Config{Market: w.mkt(t, accSolver), Specs: task.BuiltinSpecs, Dir: t.TempDir(), Stake: eth(4),
		MaxTasks: 2, Task: w.opts, Log: slog.New(slog.NewTextHandler(buf, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return sv
}

// cheat has the deployer's account claim task id and commit a trace of zero hashes.
func (w *kernelWorld) cheat(t *testing.T, id uint64) {
	ctx := context.Background()
	cheat := w.mkt(t, accDeployer)
	if err := cheat.Deposit(ctx, eth(2)); err != nil {
		t.Fatal(err)
	}
	if err := cheat.Claim(ctx, id); err != nil {
		t.Fatal(err)
	}
	hashes := make([][32]byte, w.tk.Segments()+1)
	hashes[0] = w.tk.InitRoot
	if err := cheat.CommitTrace(ctx, id, hashes); err != nil {
		t.Fatal(err)
	}
}

// verify runs a checking-all verifier for 30 ticks, a minute apart, and returns its log.
func (w *kernelWorld) verify(t *testing.T) string {
	ctx := context.Background()
	var vlog bytes.Buffer
	none := func(common.Address) (string, bool) { return "", false } // it serves nothing: never reached
	vf, err := verifier.New(verifier.Config{Market: w.mkt(t, accVerifier), Specs: task.BuiltinSpecs,
		Checkpoints: &verifier.HTTP{URL: none}, Bond: eth(1), CheckAll: true, Task: w.opts,
		Log: slog.New(slog.NewTextHandler(&vlog, nil))})
	if err != nil {
		t.Fatal(err)
	}
	for range 30 {
		if err := vf.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		if err := w.sim.Advance(ctx, time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	return vlog.String()
}

// TestDaemonsRefuseUnjudgedKernels: on a game whose registry was deployed without
// matmul (kernel 1), a task of synthetic-relu (whose graph multiplies matrices) posted
// at epoch 0 is refused by the real solver, with one log line naming the kernel and the
// epoch, and a verifier meeting it committed gives it up the same way: no dispute of it
// could open a matmul node. Once matmul's deriver is registered (epoch 1), the refused
// task stays refused (its epoch is 0) and a task posted after it is claimed.
func TestDaemonsRefuseUnjudgedKernels(t *testing.T) {
	ctx := context.Background()
	w := newKernelWorld(t)
	sim, kernels, deriver := w.sim, w.kernels, w.deriver
	post := func() uint64 { return w.post(t) }
	status := func(id uint64) uint8 { return w.status(t, id) }
	const why = "kernels [1] at epoch 0"

	refused := post()
	var slog1 bytes.Buffer
	sv := w.solver(t, &slog1)
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
	w.cheat(t, refused)
	vlog := w.verify(t)
	if n := strings.Count(vlog, why); n != 1 || !strings.Contains(vlog, "checked, never attested") {
		t.Fatalf("verifier: %d log lines saying %q, want 1; logs:\n%s", n, why, vlog)
	}
	if st := status(refused); st != onchain.StatusDisputed || !strings.Contains(vlog, "msg=challenged") {
		t.Fatalf("the lying solver's task has status %d, want disputed; logs:\n%s", st, vlog)
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

// TestDaemonsLeaveUnauditedKernels: matmul registered (epoch 1) to a deriver that is
// not its audited one (AnyKernelDeriverProbe: every trace one step anyone can fake):
// a task posted then is refused by the solver, and a verifier meeting it committed with
// a wrong trace leaves it alone, neither attesting nor challenging, since the chain
// would judge its matmul nodes by rules the verifier's replica does not model.
func TestDaemonsLeaveUnauditedKernels(t *testing.T) {
	ctx := context.Background()
	w := newKernelWorld(t)
	probe, _, err := chain.Deploy(ctx, w.sim, accDeployer, &anykernelderiverprobe.AnyKernelDeriverProbeMetaData, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chain.RegisterKernels(ctx, w.sim, accDeployer, w.kernels, probe, uint8(repops.KMatMul)); err != nil {
		t.Fatal(err)
	}
	id := w.post(t)
	var slog1 bytes.Buffer
	sv := w.solver(t, &slog1)
	for range 3 {
		if err := sv.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		if err := w.sim.Advance(ctx, time.Second); err != nil {
			t.Fatal(err)
		}
	}
	const why = "served by code other than its audited deriver: kernels [1] at epoch 1"
	if st := w.status(t, id); st != onchain.StatusOpen || !strings.Contains(slog1.String(), why) {
		t.Fatalf("task of an unaudited kernel has status %d; solver logs:\n%s", st, slog1.String())
	}
	w.cheat(t, id)
	vlog := w.verify(t)
	if n := strings.Count(vlog, why); n != 1 || !strings.Contains(vlog, "judged by unaudited code: not checked") {
		t.Fatalf("verifier: %d log lines saying %q, want 1; logs:\n%s", n, why, vlog)
	}
	if st := w.status(t, id); st != onchain.StatusCommitted || strings.Contains(vlog, "msg=challenged") {
		t.Fatalf("the task has status %d, want committed and unchallenged; logs:\n%s", st, vlog)
	}
}
