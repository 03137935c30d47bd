package contracts_test

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/repops"
)

const gameClock = 3600

// disputedWorlds draws a random fault (any level: a scalar op of any node, a carried,
// written or meta state leaf) that changes the end of its segment.
func disputedWorlds(r *rand.Rand, seed, steps, interval uint64) (model.Fault, *model.World, *model.World) {
	kinds := []model.FaultKind{model.FaultOp, model.FaultOp, model.FaultOp, model.FaultCarry, model.FaultMeta, model.FaultWritten}
	for {
		f := model.Fault{Kind: kinds[r.IntN(len(kinds))], Step: r.Uint64N(steps), Node: uint32(r.IntN(7)),
			Element: r.Uint64N(64), Op: r.Uint64N(64)}
		truth, liar := model.NewWorlds(seed, model.Dims{M: 3, K: 4, N: 5}, steps, f)
		end := f.Step/interval*interval + interval
		if truth.StateRoot(end) != liar.StateRoot(end) {
			return f, truth, liar
		}
	}
}

type gameCase struct {
	name       string
	solverLies bool
	solver     func(t, l *model.World, r *rand.Rand) model.Strategy
	challenger func(t, l *model.World, r *rand.Rand) model.Strategy
	want       model.Result
}

var gameCases = []gameCase{
	{"lying solver vs honest challenger", true,
		func(_, l *model.World, _ *rand.Rand) model.Strategy { return model.HonestSolver{V: l, Spec: l.Spec} },
		func(t, _ *model.World, _ *rand.Rand) model.Strategy { return model.HonestChallenger{V: t} }, model.ChallengerWins},
	{"unbacked claim vs honest challenger", true,
		func(t, l *model.World, _ *rand.Rand) model.Strategy {
			return model.HonestSolver{V: model.MixedView{View: t, Lie: l}, Spec: t.Spec}
		},
		func(t, _ *model.World, _ *rand.Rand) model.Strategy { return model.HonestChallenger{V: t} }, model.ChallengerWins},
	{"stalling liar vs honest challenger", true,
		func(_, l *model.World, r *rand.Rand) model.Strategy {
			return model.NewStaller(model.HonestSolver{V: l, Spec: l.Spec}, r.IntN(10))
		},
		func(t, _ *model.World, _ *rand.Rand) model.Strategy { return model.HonestChallenger{V: t} }, model.ChallengerWins},
	{"honest solver vs wrong challenger", false,
		func(t, _ *model.World, _ *rand.Rand) model.Strategy { return model.HonestSolver{V: t, Spec: t.Spec} },
		func(_, l *model.World, _ *rand.Rand) model.Strategy { return model.HonestChallenger{V: l} }, model.SolverWins},
	{"honest solver vs random challenger", false,
		func(t, _ *model.World, _ *rand.Rand) model.Strategy { return model.HonestSolver{V: t, Spec: t.Spec} },
		func(_, _ *model.World, r *rand.Rand) model.Strategy { return model.RandomChallenger{R: r} }, model.SolverWins},
	{"honest solver vs stalling challenger", false,
		func(t, _ *model.World, _ *rand.Rand) model.Strategy { return model.HonestSolver{V: t, Spec: t.Spec} },
		func(_, l *model.World, r *rand.Rand) model.Strategy {
			return model.NewStaller(model.HonestChallenger{V: l}, r.IntN(6))
		}, model.SolverWins},
}

// TestGameMatchesModel plays honest and adversarial strategies against the contract
// and the model in lockstep (replays, out-of-turn and outsider moves tried between
// real moves), with random disagreement points at every level: the honest party wins
// every game, and contract and model accept the same moves, show the same state after
// each and reach the same verdict.
func TestGameMatchesModel(t *testing.T) {
	games := 4
	if testing.Short() {
		games = 1
	}
	const steps, interval = 8, 4
	for _, fanout := range []int{1, 4} {
		e := newEnv(t, uint8(fanout), chain.WithOsakaRules())
		for ci, c := range gameCases {
			r := rand.New(rand.NewPCG(uint64(ci), uint64(fanout)))
			for i := 0; i < games; i++ {
				f, truth, liar := disputedWorlds(r, uint64(100*ci+i), steps, interval)
				sv := truth
				if c.solverLies {
					sv = liar
				}
				first := f.Step / interval * interval
				ls := e.openGame(truth.Setup(sv, first, interval, gameClock), fanout)
				tricks := &model.Tricks{R: r, Replay: true, Swap: true, Outside: true}
				res, st, err := model.Play(ls, c.solver(truth, liar, r), c.challenger(truth, liar, r), tricks, 0)
				for _, d := range ls.diverged {
					t.Errorf("%s game %d (fanout %d, %+v): %s", c.name, i, fanout, f, d)
				}
				if err != nil {
					t.Fatalf("%s game %d: %v", c.name, i, err)
				}
				onChain := call(e, e.game, e.pg.PackResult(ls.id), e.pg.UnpackResult)
				if res != c.want || model.Result(onChain) != c.want {
					t.Fatalf("%s game %d (fanout %d, %+v): model %v, contract %v, want %v", c.name, i, fanout, f, res, model.Result(onChain), c.want)
				}
				t.Logf("%s (fanout %d, %+v): %v in %d moves, %d illegal moves refused", c.name, fanout, f, res, st.Moves, st.Refused)
			}
		}
	}
}

// TestStepShapeOnChainMatchesRepops compares the contract's stepShape with repops
// traces for every kernel the game judges (all matmul layouts, every element, every
// step), through the contract's external view.
func TestStepShapeOnChainMatchesRepops(t *testing.T) {
	e := newEnv(t, 4)
	r := rand.New(rand.NewPCG(5, 6))
	kernels := []repops.Kernel{
		repops.MatMulK{M: 2, K: 3, N: 4, L: repops.NN}, repops.MatMulK{M: 2, K: 3, N: 4, L: repops.NT},
		repops.MatMulK{M: 2, K: 3, N: 4, L: repops.TN}, repops.BiasAdd{M: 2, N: 3}, repops.ReLU{N: 5},
		repops.ReLUGrad{N: 5}, repops.Momentum{N: 5, Mu: 0.9}, repops.SGDApply{N: 5, LR: 0.01},
	}
	for _, k := range kernels {
		in := make([][]float32, len(k.InLens()))
		for s, n := range k.InLens() {
			in[s] = make([]float32, n)
			for i := range in[s] {
				in[s][i] = r.Float32()*2 - 1
			}
		}
		n := model.NodeFromKernel(k, [32]byte{1}, model.SrcState, 0, model.SrcNode, 1)
		if leaf := call(e, e.game, e.pg.PackNodeLeaf(toNode(n)), e.pg.UnpackNodeLeaf); leaf != n.Leaf() {
			t.Fatalf("%v: node leaf %x on chain, %x in Go", k, leaf, n.Leaf())
		}
		for el := 0; el < k.OutLen(); el++ {
			tr := k.Trace(in, el)
			l := call(e, e.kernels, e.pk.PackTraceLength(0, toKernelsNode(n), uint64(el)), e.pk.UnpackTraceLength)
			if l != uint64(len(tr)) {
				t.Fatalf("%v element %d: traceLength %d, repops %d", k, el, l, len(tr))
			}
			for i, st := range tr {
				sh := call(e, e.kernels, e.pk.PackStepShape(0, toKernelsNode(n), uint64(el), uint64(i)), e.pk.UnpackStepShape)
				got := model.Shape{Op: repops.Op(sh.Op), KindA: repops.RefKind(sh.KindA), KindB: repops.RefKind(sh.KindB),
					SlotA: sh.SlotA, SlotB: sh.SlotB, PayA: sh.PayA, PayB: sh.PayB,
					KindC: repops.RefKind(sh.KindC), SlotC: sh.SlotC, PayC: sh.PayC}
				if got.Encode(0) != (func() [32]byte { s := st; s.Result = 0; return s.Leaf() })() {
					t.Fatalf("%v element %d step %d: contract %+v, repops %+v", k, el, i, got, st)
				}
			}
		}
	}
}

// TestGameThroughForwarder plays TestGameMatchesModel's strategies with one party's seat
// held by a MoveForwarder (a party whose account is a contract: a multisig, a smart
// wallet, an EIP-7702 account), so that its moves reach the game as internal calls:
// contract and model stay in lockstep, the honest party wins, and the game's Moved logs,
// read back as the daemons read them (onchain.MoveLogs, DecodeMoveLog), are exactly the
// moves the contract accepted, in order, each with its call and the address the game
// saw move (the forwarder, never the account that signed the transaction).
func TestGameThroughForwarder(t *testing.T) {
	const steps, interval = 8, 4
	e := newEnv(t, 4, chain.WithOsakaRules())
	for ci, c := range gameCases {
		for _, via := range []model.Party{model.Solver, model.Challenger} {
			r := rand.New(rand.NewPCG(uint64(ci), 77+uint64(via)))
			f, truth, liar := disputedWorlds(r, uint64(1000+10*ci)+uint64(via), steps, interval)
			sv := truth
			if c.solverLies {
				sv = liar
			}
			ls := e.openGameVia(truth.Setup(sv, f.Step/interval*interval, interval, gameClock), 4, via)
			from := e.head().Number.Uint64()
			tricks := &model.Tricks{R: r, Replay: true, Swap: true, Outside: true}
			res, st, err := model.Play(ls, c.solver(truth, liar, r), c.challenger(truth, liar, r), tricks, 0)
			for _, d := range ls.diverged {
				t.Errorf("%s via %v (%+v): %s", c.name, via, f, d)
			}
			if err != nil {
				t.Fatalf("%s via %v: %v", c.name, via, err)
			}
			onChain := call(e, e.game, e.pg.PackResult(ls.id), e.pg.UnpackResult)
			if res != c.want || model.Result(onChain) != c.want {
				t.Fatalf("%s via %v (%+v): model %v, contract %v, want %v", c.name, via, f, res, model.Result(onChain), c.want)
			}
			logs, err := onchain.MoveLogs(e.ctx, e.sim, e.gameAt, ls.id, from, e.head().Number.Uint64())
			if err != nil {
				t.Fatal(err)
			}
			if len(logs) != len(ls.accepted) {
				t.Fatalf("%s via %v: %d Moved logs, %d moves accepted", c.name, via, len(logs), len(ls.accepted))
			}
			viaMoves := 0
			for i := range logs {
				mv, err := onchain.DecodeMoveLog(&logs[i])
				want := ls.accepted[i]
				if err != nil || mv.ID.Cmp(ls.id) != 0 || mv.By != want.by || !bytes.Equal(logs[i].Data, want.call) {
					t.Fatalf("%s via %v: log %d is %+v (err %v), want the call %x by %s", c.name, via, i, mv, err, want.call, want.by)
				}
				if mv.By == ls.via {
					viaMoves++
				}
			}
			t.Logf("%s via %v (%+v): %v in %d moves (%d through the forwarder), %d refused", c.name, via, f, res, st.Moves, viaMoves, st.Refused)
		}
	}
}

// TestPinpointGameSize reports the deployed PinpointGame's code size against EIP-170's
// limit (a deployment over it fails: this names the cause first).
func TestPinpointGameSize(t *testing.T) {
	e := newEnv(t, 4)
	code, err := e.sim.CodeAt(e.ctx, e.gameAt, nil)
	if err != nil {
		t.Fatal(err)
	}
	const limit = 24576
	if len(code) > limit {
		t.Fatalf("PinpointGame: %d bytes of code, over EIP-170's %d", len(code), limit)
	}
	t.Logf("PinpointGame: %d bytes of code, %d left under EIP-170", len(code), limit-len(code))
}
