package onchain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/moveforwarder"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

const (
	steps    = 4
	interval = 2
	clock    = 3600
)

const (
	accClient = iota
	accSolver
	accChallenger
	accOutsider
)

func newTask(t testing.TB) *task.Task {
	t.Helper()
	spec, err := train.Builtin("synthetic-relu")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(spec)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := task.Build(context.Background(), tr, steps, interval, task.Options{AllowUnjudged: true})
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

func sampleMoves(r *rand.Rand) []model.Move {
	h := func() [32]byte {
		var b [32]byte
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return b
	}
	hs := func(n int) [][32]byte {
		out := make([][32]byte, n)
		for i := range out {
			out[i] = h()
		}
		return out
	}
	bs := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return b
	}
	op := func() model.Opening {
		return model.Opening{Src: h(), SrcProof: hs(r.IntN(4)), BatchRoot: h(), NextMeta: h(), BatchProof: hs(r.IntN(3)),
			Header: h(), DataLeaf: h(), DataProof: hs(r.IntN(5))}
	}
	return []model.Move{
		model.CommitSteps{Root: h(), LastProof: hs(3), Frontier: hs(16)},
		model.Reveal{Frontier: hs(4)},
		model.Pick{Node: h(), Q: r.Uint64N(16), Path: hs(4), Lane: uint8(r.IntN(8))},
		model.CommitGraph{PrevState: h(), PrevProof: hs(2), Root: h(), Frontier: hs(8)},
		model.DisputeAssembly{},
		model.OpenNode{Desc: model.Node{Kernel: 1, P0: 3, P1: 4, P2: 5, P3: 2, Numel: 15, OutHeader: h(), Src0Kind: 2, Src0Index: 1, Src1Kind: 3, Src1Index: 7},
			DescProof: hs(5), Header: h(), DataRoot: h(), Frontier: hs(2)},
		model.OpenTrace{Root: h(), LastLeaf: h(), LastProof: hs(6), Frontier: hs(16)},
		model.DefendStep{A: op(), B: op(), C: op()},
		model.DefendAssembly{O: model.AssemblyOpening{MapLeaf: r.Uint64(), MapProof: hs(3), Src: h(), SrcProof: hs(2), BatchRoot: h(), NextMeta: h(), BatchProof: hs(1)}},
		model.ProveElement{Operands: bs(4 * (1 + r.IntN(20))), Proof: bs(384)},
		model.RefuteElement{Value: r.Uint32(), Operands: bs(4 * (1 + r.IntN(20))), Proof: bs(384)},
		model.AcceptElement{},
		model.DisputeOperand{Operands: bs(4 * (1 + r.IntN(20))), Q: r.Uint64(), O: op()},
	}
}

// normalize makes empty proofs comparable (the ABI decodes [] as an empty slice).
func normalize(m model.Move) model.Move {
	v := reflect.New(reflect.TypeOf(m)).Elem()
	v.Set(reflect.ValueOf(m))
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Slice:
			if v.Len() == 0 && v.CanSet() {
				v.Set(reflect.Zero(v.Type()))
			}
		}
	}
	walk(v)
	return v.Interface().(model.Move)
}

func TestPackDecodeRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	for range 5 {
		for _, m := range append(sampleMoves(r), model.Timeout{}) {
			id := big.NewInt(int64(r.IntN(1000)))
			no := uint32(r.IntN(100))
			if _, ok := m.(model.Timeout); ok {
				no = 0
			}
			data, err := onchain.Pack(id, no, m)
			if err != nil {
				t.Fatal(err)
			}
			gid, gno, got, err := onchain.Decode(data)
			if err != nil {
				t.Fatalf("%T: %v", m, err)
			}
			if gid.Cmp(id) != 0 || gno != no || !reflect.DeepEqual(normalize(got), normalize(m)) {
				t.Fatalf("%T: decoded %v %d %+v, want %v %d %+v", m, gid, gno, got, id, no, m)
			}
		}
	}
	if _, _, _, err := onchain.Decode(pinpointgame.NewPinpointGame().PackGameCount()); err == nil {
		t.Fatal("a view call decoded as a move")
	}
}

// FuzzDecode: any calldata decodes to a move that re-encodes to the same call, or to
// an error; never a panic.
func FuzzDecode(f *testing.F) {
	r := rand.New(rand.NewPCG(2, 2))
	for _, m := range sampleMoves(r) {
		data, _ := onchain.Pack(big.NewInt(7), 3, m)
		f.Add(data)
		f.Add(data[:len(data)/2])
	}
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		id, no, m, err := onchain.Decode(data)
		if err != nil {
			return
		}
		again, err := onchain.Pack(id, no, m)
		if err != nil {
			t.Fatalf("decoded %T does not re-encode: %v", m, err)
		}
		id2, no2, m2, err := onchain.Decode(again)
		if err != nil || id2.Cmp(id) != 0 || no2 != no || !reflect.DeepEqual(normalize(m2), normalize(m)) {
			t.Fatalf("re-encoded %T decodes differently: %v", m, err)
		}
	})
}

// env is a simulated chain with the game deployed; the client account opens games
// directly (as TaskMarket does).
type env struct {
	t    testing.TB
	ctx  context.Context
	sim  *chain.Sim
	game *onchain.Game
}

func newEnv(t testing.TB, fanout uint8) *env { return newEnvJudged(t, fanout, 0) }

// newEnvJudged is newEnv with an element judge of zkTerms terms when terms > 0 (a
// game's judge is fixed at its deployment: the judge is deployed first).
func newEnvJudged(t testing.TB, fanout uint8, terms int) *env {
	ctx := context.Background()
	sim, err := chain.NewSim(chain.WithOsakaRules())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	var judge common.Address
	if terms > 0 {
		if judge, err = onchain.DeployElementJudge(ctx, sim, accClient, terms); err != nil {
			t.Fatal(err)
		}
	}
	at, _, err := chain.DeployGameJudged(ctx, sim, accClient, fanout, judge)
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, ctx: ctx, sim: sim, game: onchain.NewGame(sim, at)}
}

func (e *env) opts(i int) *bind.TransactOpts {
	o, err := chain.Transactor(e.ctx, e.sim, i)
	if err != nil {
		e.t.Fatal(err)
	}
	return o
}

func (e *env) addr(i int) common.Address { return e.sim.Accounts()[i].Address }

// play opens a game for s and runs both agents until it ends; when neither has a move
// (one stalls), time advances past the deadline so that the other claims the timeout.
func (e *env) play(s model.Setup, solver, challenger model.Strategy, solverErrs, challengerErrs []func() error, liar model.Party) (model.Result, int) {
	res, sent, _ := e.playAgents(s, solver, challenger, solverErrs, challengerErrs, liar)
	return res, sent
}

// playAgents is play that also returns both agents (solver, challenger).
func (e *env) playAgents(s model.Setup, solver, challenger model.Strategy, solverErrs, challengerErrs []func() error, liar model.Party) (model.Result, int, [2]*onchain.Agent) {
	return e.playVia(s, solver, challenger, solverErrs, challengerErrs, liar, 0)
}

// forwarder deploys a MoveForwarder owned by account acc: a party whose account is a
// contract (a multisig, a smart wallet, an EIP-7702 account) and moves through it.
func (e *env) forwarder(acc int) common.Address {
	at, _, err := chain.Deploy(e.ctx, e.sim, acc, &moveforwarder.MoveForwarderMetaData, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return at
}

// sendVia is an Agent.Send that moves through forwarder fw, owned by account acc: the
// game sees an internal call from fw, and no transaction is sent to the game.
func (e *env) sendVia(fw common.Address, acc int) func(context.Context, []byte) error {
	mf, opts := moveforwarder.NewMoveForwarder(), e.opts(acc)
	return func(ctx context.Context, call []byte) error {
		_, err := onchain.Transact(ctx, e.sim, opts, fw, mf.PackExec(e.game.At, call), nil)
		return err
	}
}

// playVia is playAgents where party via (if not 0) is a MoveForwarder owned by its
// account: the game is opened with the forwarder in that seat, and that party's agent
// sends every move through it.
func (e *env) playVia(s model.Setup, solver, challenger model.Strategy, solverErrs, challengerErrs []func() error, liar, via model.Party) (model.Result, int, [2]*onchain.Agent) {
	pg := pinpointgame.NewPinpointGame()
	seat := map[model.Party]common.Address{model.Solver: e.addr(accSolver), model.Challenger: e.addr(accChallenger)}
	var send func(context.Context, []byte) error
	if via != 0 {
		acc := map[model.Party]int{model.Solver: accSolver, model.Challenger: accChallenger}[via]
		seat[via] = e.forwarder(acc)
		send = e.sendVia(seat[via], acc)
	}
	r, err := onchain.Transact(e.ctx, e.sim, e.opts(accClient), e.game.At, pg.PackOpen(pinpointgame.PinpointGameSetup{
		Solver: seat[model.Solver], Challenger: seat[model.Challenger], NodesRoot: s.NodesRoot, StateMapRoot: s.StateMapRoot,
		DataRoot: s.DataRoot, Agreed: s.Agreed, Disputed: s.Disputed, FirstStep: s.FirstStep, SegLen: s.SegLen,
		NumNodes: s.NumNodes, StateDepth: s.StateDepth, Clock: s.Clock, KernelEpoch: s.KernelEpoch}), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	id, err := bind.Call(pg.Instance(e.sim, e.game.At), nil, pg.PackGameCount(), pg.UnpackGameCount)
	if err != nil {
		e.t.Fatal(err)
	}
	hdr, err := e.sim.HeaderByNumber(e.ctx, r.BlockNumber)
	if err != nil {
		e.t.Fatal(err)
	}
	fanout, err := e.game.FanoutBits(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	agent := func(role model.Party, strat model.Strategy, errs []func() error, acc int) *onchain.Agent {
		p, err := pinpoint.NewPlayer(role, s, fanout, hdr.Time, strat, errs...)
		if err != nil {
			e.t.Fatal(err)
		}
		a := onchain.NewAgent(e.game, id, p, e.opts(acc), seat[model.Solver], seat[model.Challenger], r.BlockNumber.Uint64(), nil)
		if role == via {
			a.Send = send
		}
		return a
	}
	as := agent(model.Solver, solver, solverErrs, accSolver)
	ac := agent(model.Challenger, challenger, challengerErrs, accChallenger)
	for range 200 {
		moved := false
		for _, a := range []*onchain.Agent{as, ac} {
			rd, err := a.Poll(e.ctx)
			if err != nil && !isNoMove(err) && !(a.P.Role == liar && errors.Is(err, onchain.ErrRejected)) {
				e.t.Fatal(err)
			}
			if err != nil {
				rd.Move = nil // a stall
			}
			if rd.Done {
				return rd.Result, as.Sent() + ac.Sent(), [2]*onchain.Agent{as, ac}
			}
			moved = moved || rd.Move != nil
		}
		if !moved {
			g := as.P.Game()
			hdr, _ := e.sim.HeaderByNumber(e.ctx, nil)
			if err := e.sim.Advance(e.ctx, time.Duration(g.Deadline()+1-hdr.Time)*time.Second); err != nil {
				e.t.Fatal(err)
			}
		}
	}
	e.t.Fatal("game did not end")
	return model.Pending, 0, [2]*onchain.Agent{}
}

func isNoMove(err error) bool { return errors.Is(err, onchain.ErrNoMove) }

// drawFault draws a fault of kind whose segment's end state differs from the truth;
// when the challenger lies, not at a node the contract cannot judge.
func drawFault(t testing.TB, r *rand.Rand, tk *task.Task, truth *pinpoint.Computation, kind pinpoint.FaultKind, solverLies bool) (pinpoint.Fault, *pinpoint.Computation) {
	unjudged := map[int]bool{}
	for _, w := range tk.Unjudged {
		unjudged[w] = true
	}
	for range 1000 {
		f := pinpoint.Fault{Kind: kind, Step: r.Uint64N(steps), Node: r.IntN(len(tk.Nodes)),
			Element: r.Uint64N(1 << 12), Op: r.Uint64N(1 << 10), Bit: uint(r.IntN(32)), Tensor: r.IntN(len(tk.Graph.State))}
		if !solverLies && unjudged[f.Node] && (f.Kind == pinpoint.FaultOp || f.Kind == pinpoint.FaultBit) {
			continue
		}
		if liar := faultyIfSeen(t, tk, truth, f); liar != nil {
			return f, liar
		}
	}
	t.Fatal("no fault changes its segment's end")
	return pinpoint.Fault{}, nil
}

// faultyIfSeen is the computation of fault f when the end state of f's segment differs
// from the truth's, else nil (the fault vanished in later roundings).
func faultyIfSeen(t testing.TB, tk *task.Task, truth *pinpoint.Computation, f pinpoint.Fault) *pinpoint.Computation {
	t.Helper()
	liar, err := pinpoint.NewComputation(tk, tk.Trainer(), f)
	if err != nil {
		t.Fatal(err)
	}
	end := f.Step/tk.Interval*tk.Interval + tk.Interval
	a, err1 := truth.StateAt(end)
	b, err2 := liar.StateAt(end)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if a.Hash() != b.Hash() {
		return liar
	}
	return nil
}

// TestHonestPartyWinsOnChain plays the real-trainer-backed honest party against a party
// whose computation has a random fault (a wrong scalar result, a flipped bit in a node
// output, a wrong state element, a wrong meta, a skipped step, another data order, a
// corrupted input byte: the last two settled by opening a batch number against the
// committed batch root) through the contract on the simulated chain, each party
// reading the other's moves from the chain: the honest party always wins.
func TestHonestPartyWinsOnChain(t *testing.T) {
	tk := newTask(t)
	kinds := []pinpoint.FaultKind{pinpoint.FaultOp, pinpoint.FaultBit, pinpoint.FaultState, pinpoint.FaultMeta, pinpoint.FaultSkip,
		pinpoint.FaultOrder, pinpoint.FaultData}
	games := 2 * len(kinds) // each kind, each side lying
	if testing.Short() {
		games = 4
	}
	r := rand.New(rand.NewPCG(3, 4))
	for _, fanout := range []uint8{4, 1} {
		e := newEnv(t, fanout)
		for i := range games {
			solverLies := i%2 == 0
			truth, _ := pinpoint.NewComputation(tk, tk.Trainer(), pinpoint.Fault{})
			f, liar := drawFault(t, r, tk, truth, kinds[(i/2)%len(kinds)], solverLies)
			e.playTaskFault(fmt.Sprintf("fanout %d game %d", fanout, i), tk, truth, liar, f, solverLies)
		}
	}
}

// playTaskFault plays the segment of fault f (the liar's computation) between the
// truth and the liar, the liar as solver or as challenger, on chain: the honest side
// must win.
func (e *env) playTaskFault(name string, tk *task.Task, truth, liar *pinpoint.Computation, f pinpoint.Fault, solverLies bool) {
	e.t.Helper()
	sv, cv := truth, liar
	want, liarRole := model.SolverWins, model.Challenger
	if solverLies {
		sv, cv, want, liarRole = liar, truth, model.ChallengerWins, model.Solver
	}
	first := f.Step / tk.Interval * tk.Interval
	seg := sv.Segment(first, tk.Interval)
	s := model.Setup{NodesRoot: tk.Game.NodesTree.Root(), StateMapRoot: tk.Game.StateMap.Root(), DataRoot: tk.Game.DataTree.Root(),
		Agreed: seg.Leaf(0), Disputed: seg.Leaf(tk.Interval), FirstStep: first, SegLen: tk.Interval,
		NumNodes: uint32(len(tk.Nodes)), StateDepth: tk.Game.StateDepth, Clock: clock}
	sol := &pinpoint.Solver{Task: tk, View: sv}
	res, sent := e.play(s, sol, pinpoint.Challenger{View: cv}, []func() error{sv.Err, sol.Err}, []func() error{cv.Err}, liarRole)
	if res != want {
		e.t.Fatalf("%s (fault %+v, solver lies %v): %v, want %v", name, f, solverLies, res, want)
	}
	e.t.Logf("%s: fault %+v, solver lies %v: %v after %d transactions", name, f, solverLies, res, sent)
}

// TestMovesThroughForwarder: a party whose account is a contract (a MoveForwarder
// stands for a multisig, a smart wallet, an EIP-7702 account) moves through internal
// calls, never a transaction to the game; the other side reads its moves from the
// game's Moved logs and the honest side wins as before. In turn: a lying solver and a
// lying challenger moving through a forwarder against an honest agent, and an honest
// challenger and an honest solver moving through one against a liar. Each dispute is
// over a wrong scalar operation, played to the trace level's one-step check.
func TestMovesThroughForwarder(t *testing.T) {
	tk := newTask(t)
	e := newEnv(t, 4)
	r := rand.New(rand.NewPCG(11, 12))
	for _, c := range []struct {
		name       string
		solverLies bool
		via        model.Party
	}{
		{"lying solver via forwarder", true, model.Solver},
		{"lying challenger via forwarder", false, model.Challenger},
		{"honest challenger via forwarder", true, model.Challenger},
		{"honest solver via forwarder", false, model.Solver},
	} {
		t.Run(c.name, func(t *testing.T) {
			e.t = t
			truth, err := pinpoint.NewComputation(tk, tk.Trainer(), pinpoint.Fault{})
			if err != nil {
				t.Fatal(err)
			}
			f, liar := drawFault(t, r, tk, truth, pinpoint.FaultOp, c.solverLies)
			sv, cv := truth, liar
			want, liarRole := model.SolverWins, model.Challenger
			if c.solverLies {
				sv, cv, want, liarRole = liar, truth, model.ChallengerWins, model.Solver
			}
			first := f.Step / interval * interval
			seg := sv.Segment(first, interval)
			s := model.Setup{NodesRoot: tk.Game.NodesTree.Root(), StateMapRoot: tk.Game.StateMap.Root(), DataRoot: tk.Game.DataTree.Root(),
				Agreed: seg.Leaf(0), Disputed: seg.Leaf(interval), FirstStep: first, SegLen: interval,
				NumNodes: uint32(len(tk.Nodes)), StateDepth: tk.Game.StateDepth, Clock: clock}
			sol := &pinpoint.Solver{Task: tk, View: sv}
			res, sent, agents := e.playVia(s, sol, pinpoint.Challenger{View: cv}, []func() error{sv.Err, sol.Err}, []func() error{cv.Err}, liarRole, c.via)
			if res != want {
				t.Fatalf("fault %+v: %v, want %v", f, res, want)
			}
			fwd := agents[c.via-model.Solver]
			if fwd.Sent() == 0 {
				t.Fatal("the party behind the forwarder sent no move")
			}
			g := agents[0].P.Game()
			if g.Level != model.LevelTrace {
				t.Fatalf("fault %+v: the dispute ended at level %d, not at the trace", f, g.Level)
			}
			t.Logf("fault %+v: %v after %d moves (%d through the forwarder)", f, res, sent, fwd.Sent())
		})
	}
}
