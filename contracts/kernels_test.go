package contracts_test

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/anykernelderiverprobe"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointkernels"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/repops"
)

// probeKernel is a kernel id nobody registers but the tests (repops ends far below).
const probeKernel = 200

// deployProbe deploys the permissive AnyKernelDeriverProbe from account acc.
func (e *env) deployProbe(acc int) common.Address {
	e.t.Helper()
	at, _, err := chain.Deploy(e.ctx, e.sim, acc, &anykernelderiverprobe.AnyKernelDeriverProbeMetaData, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return at
}

// kernelOf is the registry's deriver of kernel id at epoch at (zero: unknown then).
func (e *env) kernelOf(id uint8, at uint16) common.Address {
	e.t.Helper()
	return call(e, e.kernels, e.pk.PackKernelOf(id, at), e.pk.UnpackKernelOf)
}

// regErr is the registry's named error that err reverted with (nil if none).
func regErr(err error) any {
	var got any
	revertsWith(err, pinpointkernels.NewPinpointKernels(), func(x any) bool { got = x; return true })
	return got
}

// TestKernelRegistry: the registry of judged kernels, against its Go twin
// (model.KernelSet) at every id and epoch: the deployment's kernels 1-18 at epoch 0;
// only the owner registers, each id once ever (in one list or across two), a deriver
// with code, a non-empty list; every registration is the next epoch and a kernel is
// unknown at every earlier one (validNode false, traceLength and stepShape revert
// UnknownKernel); once renounced nobody registers.
func TestKernelRegistry(t *testing.T) {
	e := newEnv(t, 4)
	pk := e.pk
	set, err := model.NewKernelSet(model.DeployedKernels())
	if err != nil {
		t.Fatal(err)
	}
	matchModel := func(when string) {
		t.Helper()
		ep := call(e, e.kernels, pk.PackEpoch(), pk.UnpackEpoch)
		if ep != set.Epoch() {
			t.Fatalf("%s: epoch %d on chain, %d in the model", when, ep, set.Epoch())
		}
		for at := uint16(0); at <= ep+1; at++ {
			for id := 0; id < 256; id++ {
				if on := e.kernelOf(uint8(id), at) != (common.Address{}); on != set.Known(uint8(id), at) {
					t.Fatalf("%s: kernel %d at epoch %d: known on chain %v, in the model %v", when, id, at, on, !on)
				}
			}
		}
	}
	if owner := call(e, e.kernels, pk.PackOwner(), pk.UnpackOwner); owner != e.addr(accDeployer) {
		t.Fatalf("owner %s, want the deployer", owner)
	}
	matchModel("deployed")

	probe := e.deployProbe(accOutsider)
	n := model.Node{Kernel: probeKernel, P0: 8, Numel: 8}
	if call(e, e.kernels, pk.PackValidNode(0, toKernelsNode(n)), pk.UnpackValidNode) {
		t.Fatal("an unknown kernel's node is valid")
	}
	for _, data := range [][]byte{pk.PackTraceLength(0, toKernelsNode(n), 0), pk.PackStepShape(0, toKernelsNode(n), 0, 0)} {
		_, err := e.sim.CallContract(e.ctx, ethereum.CallMsg{To: &e.kernelsAt, Data: data}, nil)
		if u, ok := regErr(err).(*pinpointkernels.PinpointKernelsUnknownKernel); !ok || u.Kernel != probeKernel || u.Epoch != 0 {
			t.Fatalf("derivation of an unknown kernel: %v (%v), want UnknownKernel(%d, 0)", err, regErr(err), probeKernel)
		}
	}

	// refused registrations, each with its named error; none changes the epoch
	for _, c := range []struct {
		name    string
		from    int
		ids     []uint8
		deriver common.Address
		want    func(any) bool
	}{
		{"not the owner", accOutsider, []uint8{probeKernel}, probe,
			func(x any) bool { _, ok := x.(*pinpointkernels.PinpointKernelsNotOwner); return ok }},
		{"a deriver without code", accDeployer, []uint8{probeKernel}, e.addr(accOutsider),
			func(x any) bool { _, ok := x.(*pinpointkernels.PinpointKernelsNoCode); return ok }},
		{"no kernels", accDeployer, nil, probe,
			func(x any) bool { _, ok := x.(*pinpointkernels.PinpointKernelsNoKernels); return ok }},
		{"a deployment kernel again", accDeployer, []uint8{probeKernel, uint8(repops.KMatMul)}, probe,
			func(x any) bool {
				a, ok := x.(*pinpointkernels.PinpointKernelsAlreadyRegistered)
				return ok && a.Kernel == 1
			}},
		{"one id twice in a list", accDeployer, []uint8{probeKernel, probeKernel}, probe,
			func(x any) bool {
				a, ok := x.(*pinpointkernels.PinpointKernelsAlreadyRegistered)
				return ok && a.Kernel == probeKernel
			}},
	} {
		_, err := chain.RegisterKernels(e.ctx, e.sim, c.from, e.kernelsAt, c.deriver, c.ids...)
		if err == nil || !c.want(regErr(err)) {
			t.Fatalf("%s: %v (%v)", c.name, err, regErr(err))
		}
	}
	if _, err := set.Register(nil); !errors.Is(err, model.ErrNoKernels) {
		t.Fatalf("model: no kernels: %v", err)
	}
	if _, err := set.Register([]uint8{probeKernel, probeKernel}); !errors.Is(err, model.ErrKernelRegistered) {
		t.Fatalf("model: one id twice: %v", err)
	}
	matchModel("after the refused registrations")

	if _, err := chain.RegisterKernels(e.ctx, e.sim, accDeployer, e.kernelsAt, probe, probeKernel, 201); err != nil {
		t.Fatal(err)
	}
	if ep, err := set.Register([]uint8{probeKernel, 201}); err != nil || ep != 1 {
		t.Fatalf("model: epoch %d, %v", ep, err)
	}
	matchModel("registered")
	if e.kernelOf(probeKernel, 1) != probe {
		t.Fatal("the registered deriver is not the kernel's at its epoch")
	}
	if !call(e, e.kernels, pk.PackValidNode(1, toKernelsNode(n)), pk.UnpackValidNode) ||
		call(e, e.kernels, pk.PackValidNode(0, toKernelsNode(n)), pk.UnpackValidNode) {
		t.Fatal("the new kernel's node: want valid at epoch 1 only")
	}
	if _, err := chain.RegisterKernels(e.ctx, e.sim, accDeployer, e.kernelsAt, probe, 201); err == nil {
		t.Fatal("an id registered twice (append-only)")
	}
	if _, err := set.Register([]uint8{201}); !errors.Is(err, model.ErrKernelRegistered) {
		t.Fatalf("model: an id registered twice: %v", err)
	}

	// renounce: the owner's alone; afterwards nobody registers
	if _, err := e.send(accOutsider, e.kernels, pk.PackRenounce(), nil); err == nil {
		t.Fatal("an outsider renounced")
	}
	e.mustSend(accDeployer, e.kernels, pk.PackRenounce(), nil)
	if _, err := chain.RegisterKernels(e.ctx, e.sim, accDeployer, e.kernelsAt, probe, 202); err == nil {
		t.Fatal("registered after renouncing")
	}
	matchModel("renounced")
}

// TestKernelRegisteredLaterJudgesNoRunningTask is the attack: a task is posted whose
// graph has a node of a kernel nobody judges (id 200); afterwards the registry's owner
// (who may collude with the task's solver) registers a deriver that accepts any node
// of it (AnyKernelDeriverProbe). A dispute of the running task that reaches that node
// is not judged by it: the game refuses to open the node (BadNode), exactly as before
// the registration. A task posted after the registration is judged by it: the node
// opens and the element's trace length is the probe's.
func TestKernelRegisteredLaterJudgesNoRunningTask(t *testing.T) {
	e := newEnv(t, 4, chain.WithOsakaRules())
	k := repops.Tanh{N: 8} // a real kernel's views; its node is renamed kernel 200
	spec, truth, liar, _ := newNodeDispute(k, randInputs(rand.New(rand.NewPCG(7, 8)), k), 3, 4)
	spec.Nodes[0].Kernel = probeKernel
	spec.NodesTree = model.NewTree([][32]byte{spec.Nodes[0].Leaf(), fakeHash("node", 1)})
	tspec := taskmarket.TaskMarketSpec{SpecHash: [32]byte{9}, NodesRoot: spec.NodesTree.Root(), StateMapRoot: spec.StateMap.Root(),
		DataRoot: spec.DataTree.Root(), InitRoot: truth.seg.Leaf(0), Steps: 1, Interval: 1, NumNodes: 2, StateDepth: spec.StateDepth}
	e.mustSend(accSolver, e.market, e.tm.PackDeposit(), eth(5))
	e.mustSend(accChallenger, e.market, e.tm.PackDeposit(), eth(3))
	// post, claim, commit the liar's trace, challenge it: the game the market opens
	dispute := func() (*big.Int, taskmarket.TaskMarketTask, *model.Game) {
		t.Helper()
		e.mustSend(accSubmitter, e.market, e.tm.PackPostTask(tspec, e.terms(), noAudit()), eth(1))
		id := call(e, e.market, e.tm.PackTaskCount(), e.tm.UnpackTaskCount)
		e.mustSend(accSolver, e.market, e.tm.PackClaimTask(id, [32]byte{}), nil)
		e.mustSend(accSolver, e.market, e.tm.PackCommitTrace(id, [][32]byte{liar.seg.Leaf(0), liar.seg.Leaf(1)}), nil)
		tr := liar.seg
		r := e.mustSend(accChallenger, e.market, e.tm.PackChallenge(id, taskmarket.TaskMarketChallenge{Segment: 0,
			Start: tr.Leaf(0), StartProof: p32(tr.Prove(0)), End: tr.Leaf(1), EndProof: p32(tr.Prove(1))}), nil)
		task := call(e, e.market, e.tm.PackGetTask(id), e.tm.UnpackGetTask)
		g, err := model.New(onchain.GameSetup(task, tr.Leaf(0), tr.Leaf(1), 0), 4, e.blockTime(r))
		if err != nil {
			t.Fatal(err)
		}
		return e.openedGame(r), task, g
	}
	// toOpenNode plays both parties until the solver must open the disputed node and
	// returns that move (the model cannot judge kernel 200 and goes no further).
	toOpenNode := func(game *big.Int, g *model.Game) model.Move {
		t.Helper()
		sol, ch := model.HonestSolver{V: liar, Spec: spec}, model.HonestChallenger{V: truth}
		for g.Phase != model.PhaseOpenNode {
			by, acc, m := model.Solver, accSolver, sol.Next(g)
			if !g.SolverTurn {
				by, acc, m = model.Challenger, accChallenger, ch.Next(g)
			}
			r := e.mustSend(acc, e.game, e.pack(game, g.Moves, m), nil)
			if err := g.Apply(by, g.Moves, m, e.blockTime(r)); err != nil {
				t.Fatalf("model refused %s: %v", moveName(m), err)
			}
		}
		if g.Node != 0 {
			t.Fatalf("disputed node %d, want the kernel-200 node 0", g.Node)
		}
		return sol.Next(g)
	}

	running, taskA, gA := dispute()
	probe := e.deployProbe(accOutsider)
	if _, err := chain.RegisterKernels(e.ctx, e.sim, accDeployer, e.kernelsAt, probe, probeKernel); err != nil {
		t.Fatal(err)
	}
	later, taskB, gB := dispute()
	if taskA.KernelEpoch != 0 || taskB.KernelEpoch != 1 {
		t.Fatalf("kernel epochs %d and %d, want 0 (posted before the registration) and 1", taskA.KernelEpoch, taskB.KernelEpoch)
	}

	// the running task: its node is refused, the registration notwithstanding
	open := toOpenNode(running, gA)
	_, err := e.send(accSolver, e.game, e.pack(running, gA.Moves, open), nil)
	if !revertsWith(err, e.pg, func(x any) bool { _, ok := x.(*pinpointgame.PinpointGameBadNode); return ok }) {
		t.Fatalf("running task: openNode of kernel %d after its registration: %v, want BadNode", probeKernel, err)
	}
	if e.kernelOf(probeKernel, taskA.KernelEpoch) != (common.Address{}) {
		t.Fatal("the running task's epoch knows the kernel registered after it")
	}
	// the model refuses it the same way (unknown at epoch 0)
	if err := gA.Apply(model.Solver, gA.Moves, open, gA.LastMove); !errors.Is(err, model.ErrBadNode) {
		t.Fatalf("model: %v, want ErrBadNode", err)
	}

	// the task posted after it: judged by the probe
	open = toOpenNode(later, gB)
	e.mustSend(accSolver, e.game, e.pack(later, gB.Moves, open), nil)
	lane := uint8(liar.fe % 8)
	e.mustSend(accChallenger, e.game, e.pg.PackPick(later, gB.Moves+1, liar.outT.Leaf(uint64(liar.fe/8)),
		big.NewInt(int64(liar.fe/8)), p32(liar.outT.Prove(uint64(liar.fe/8))), lane), nil)
	st := call(e, e.game, e.pg.PackState(later), e.pg.UnpackState)
	if st.Phase != uint8(model.PhaseOpenTrace) || st.TraceLen != 1 {
		t.Fatalf("later task: phase %d, trace length %d; want OpenTrace with the probe's length 1 (tanh's is %d)",
			st.Phase, st.TraceLen, len(k.Trace(truth.in, liar.fe)))
	}
}
