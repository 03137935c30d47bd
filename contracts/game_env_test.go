package contracts_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/moveforwarder"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointkernels"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// Account roles on the test chain.
const (
	accDeployer   = 0
	accSolver     = 1
	accChallenger = 2
	accSubmitter  = 3
	accOutsider   = 4
	accTreasury   = 7
)

const (
	unbondingDelay = 3 * 24 * 3600
	winnerShareBps = 5000
)

// env is a chain with the game and the market deployed.
type env struct {
	t   testing.TB
	ctx context.Context
	// sim is the chain the contracts live on: the simulated backend for newEnv,
	// any Chain (a geth --dev node) for newEnvOn. The tests use only Chain's
	// methods, so every flow runs unchanged on a real node.
	sim    chain.Chain
	pg     *pinpointgame.PinpointGame
	tm     *taskmarket.TaskMarket
	pk     *pinpointkernels.PinpointKernels
	game   *bind.BoundContract
	market *bind.BoundContract
	// kernels is the game's kernel registry (PinpointKernels), owned by accDeployer
	kernels   *bind.BoundContract
	gameAt    common.Address
	mktAt     common.Address
	kernelsAt common.Address
}

// newEnv deploys the game and the market on a fresh simulated chain with ten
// funded accounts.
func newEnv(t testing.TB, fanout uint8, opts ...chain.Option) *env {
	t.Helper()
	sim, err := chain.NewSim(append([]chain.Option{chain.WithAccounts(10)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	return newEnvOn(t.Context(), t, sim, fanout)
}

// newEnvOn deploys the game and the market on c, whose accounts must cover
// the roles above (accTreasury is the highest). ctx bounds every transaction
// the env sends.
func newEnvOn(ctx context.Context, t testing.TB, c chain.Chain, fanout uint8) *env {
	t.Helper()
	return newEnvOnJudged(ctx, t, c, fanout, common.Address{})
}

// newEnvOnJudged is newEnvOn with a game whose element judge is judge (zero: none),
// fixed at the game's deployment.
func newEnvOnJudged(ctx context.Context, t testing.TB, c chain.Chain, fanout uint8, judge common.Address) *env {
	t.Helper()
	if n := len(c.Accounts()); n <= accTreasury {
		t.Fatalf("chain has %d accounts, the roles need %d", n, accTreasury+1)
	}
	e := &env{t: t, ctx: ctx, sim: c, pg: pinpointgame.NewPinpointGame(), tm: taskmarket.NewTaskMarket(),
		pk: pinpointkernels.NewPinpointKernels()}
	var err error
	e.gameAt, _, err = chain.DeployGameJudged(ctx, c, accDeployer, fanout, judge)
	if err != nil {
		t.Fatalf("deploy game: %v", err)
	}
	e.mktAt, _, err = chain.Deploy(ctx, c, accDeployer, &taskmarket.TaskMarketMetaData,
		e.tm.PackConstructor(e.gameAt, unbondingDelay, e.addr(accTreasury), winnerShareBps))
	if err != nil {
		t.Fatalf("deploy market: %v", err)
	}
	if e.kernelsAt, err = chain.GameKernels(ctx, c, e.gameAt); err != nil {
		t.Fatal(err)
	}
	e.game = e.pg.Instance(c, e.gameAt)
	e.market = e.tm.Instance(c, e.mktAt)
	e.kernels = e.pk.Instance(c, e.kernelsAt)
	return e
}

// noAudit is the all-zero Audit: the task runs without attestations.
func noAudit() taskmarket.TaskMarketAudit { return onchain.NoAudit() }

func (e *env) addr(i int) common.Address { return e.sim.Accounts()[i].Address }

// send makes a transaction from account i; a revert (at estimation) is an error.
func (e *env) send(i int, c *bind.BoundContract, data []byte, value *big.Int) (*types.Receipt, error) {
	opts, err := chain.Transactor(e.ctx, e.sim, i)
	if err != nil {
		return nil, err
	}
	opts.Value = value
	// Estimation runs at the head's timestamp; the block that includes the transaction
	// is later, and a changed clock costs more storage gas than an unchanged one: add
	// a margin, as any client should for this contract.
	to := c.Address()
	est, err := e.sim.EstimateGas(e.ctx, ethereum.CallMsg{From: opts.From, To: &to, Data: data, Value: value})
	if err != nil {
		return nil, fmt.Errorf("estimate: %w", err)
	}
	opts.GasLimit = est + est/5 + 20_000
	tx, err := bind.Transact(c, opts, data)
	if err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	return chain.WaitMined(e.ctx, e.sim, tx)
}

func (e *env) mustSend(i int, c *bind.BoundContract, data []byte, value *big.Int) *types.Receipt {
	e.t.Helper()
	r, err := e.send(i, c, data, value)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

func (e *env) head() *types.Header {
	h, err := e.sim.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

// blockTime is the timestamp of r's block (read by number: Chain has no
// by-hash read, and a test chain does not reorganise).
func (e *env) blockTime(r *types.Receipt) uint64 {
	h, err := e.sim.HeaderByNumber(e.ctx, r.BlockNumber)
	if err != nil {
		e.t.Fatal(err)
	}
	if h.Hash() != r.BlockHash {
		e.t.Fatalf("block %v is %s, the receipt says %s", r.BlockNumber, h.Hash(), r.BlockHash)
	}
	return h.Time
}

// advanceTo seals an empty block at time >= ts.
func (e *env) advanceTo(ts uint64) {
	if now := e.head().Time; ts > now {
		if err := e.sim.Advance(e.ctx, time.Duration(ts-now)*time.Second); err != nil {
			e.t.Fatal(err)
		}
	}
}

// openedGame is the game that the market's challenge or disputeAttestation in r
// opened, read from its Challenged or AttestationDisputed log (disputes run in
// parallel: a task or an attestation no longer holds one game).
func (e *env) openedGame(r *types.Receipt) *big.Int {
	e.t.Helper()
	g, err := onchain.OpenedGame(r, e.mktAt)
	if err != nil {
		e.t.Fatal(err)
	}
	return g
}

// disputeOf is the market's record of the open dispute of game (challenger zero: none).
func (e *env) disputeOf(game *big.Int) taskmarket.DisputeOfOutput {
	e.t.Helper()
	return call(e, e.market, e.tm.PackDisputeOf(game), e.tm.UnpackDisputeOf)
}

func call[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(c, &bind.CallOpts{Context: e.ctx}, data, unpack)
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

// ---------------------------------------------------------------- model <-> binding

func toNode(n model.Node) pinpointgame.PinpointShapesNode {
	return pinpointgame.PinpointShapesNode(n) // the same fields, in the same order
}

func toKernelsNode(n model.Node) pinpointkernels.PinpointShapesNode {
	return pinpointkernels.PinpointShapesNode(n)
}

func toSetup(s model.Setup, solver, challenger common.Address) pinpointgame.PinpointGameSetup {
	return pinpointgame.PinpointGameSetup{Solver: solver, Challenger: challenger, NodesRoot: s.NodesRoot,
		StateMapRoot: s.StateMapRoot, DataRoot: s.DataRoot, Agreed: s.Agreed, Disputed: s.Disputed,
		FirstStep: s.FirstStep, SegLen: s.SegLen, NumNodes: s.NumNodes, StateDepth: s.StateDepth, Clock: s.Clock,
		KernelEpoch: s.KernelEpoch}
}

func p32(p [][32]byte) [][32]byte {
	if p == nil {
		return [][32]byte{}
	}
	return p
}

func toOpening(o model.Opening) pinpointgame.PinpointGameOpening {
	return pinpointgame.PinpointGameOpening{Src: o.Src, SrcProof: p32(o.SrcProof), BatchRoot: o.BatchRoot,
		NextMeta: o.NextMeta, BatchProof: p32(o.BatchProof), Header: o.Header, DataLeaf: o.DataLeaf, DataProof: p32(o.DataProof)}
}

// pack encodes a model move as the contract call that makes it.
func (e *env) pack(id *big.Int, no uint32, m model.Move) []byte {
	pg := e.pg
	switch m := m.(type) {
	case model.CommitSteps:
		return pg.PackCommitSteps(id, no, m.Root, p32(m.LastProof), p32(m.Frontier))
	case model.Reveal:
		return pg.PackReveal(id, no, p32(m.Frontier))
	case model.Pick:
		return pg.PackPick(id, no, m.Node, new(big.Int).SetUint64(m.Q), p32(m.Path), m.Lane)
	case model.CommitGraph:
		return pg.PackCommitGraph(id, no, m.PrevState, p32(m.PrevProof), m.Root, p32(m.Frontier))
	case model.DisputeAssembly:
		return pg.PackDisputeAssembly(id, no)
	case model.OpenNode:
		return pg.PackOpenNode(id, no, toNode(m.Desc), p32(m.DescProof), m.Header, m.DataRoot, p32(m.Frontier))
	case model.OpenTrace:
		return pg.PackOpenTrace(id, no, m.Root, m.LastLeaf, p32(m.LastProof), p32(m.Frontier))
	case model.DefendStep:
		return pg.PackDefendStep(id, no, toOpening(m.A), toOpening(m.B), toOpening(m.C))
	case model.DefendAssembly:
		o := m.O
		return pg.PackDefendAssembly(id, no, pinpointgame.PinpointGameAssemblyOpening{
			MapLeaf: new(big.Int).SetUint64(o.MapLeaf), MapProof: p32(o.MapProof), Src: o.Src, SrcProof: p32(o.SrcProof),
			BatchRoot: o.BatchRoot, NextMeta: o.NextMeta, BatchProof: p32(o.BatchProof)})
	case model.Timeout:
		return pg.PackTimeout(id)
	}
	panic(fmt.Sprintf("unknown move %T", m))
}

func moveName(m model.Move) string {
	switch m.(type) {
	case model.CommitSteps:
		return "commitSteps"
	case model.Reveal:
		return "reveal"
	case model.Pick:
		return "pick"
	case model.CommitGraph:
		return "commitGraph"
	case model.DisputeAssembly:
		return "disputeAssembly"
	case model.OpenNode:
		return "openNode"
	case model.OpenTrace:
		return "openTrace"
	case model.DefendStep:
		return "defendStep"
	case model.DefendAssembly:
		return "defendAssembly"
	case model.Timeout:
		return "timeout"
	}
	return "?"
}

var errDiverged = errors.New("contract and model diverged")

// lockstep is a model.Referee that plays every move on the contract and on the model
// and records any disagreement (accept/reject, then the visible state).
type lockstep struct {
	e        *env
	id       *big.Int
	g        *model.Game
	diverged []string
	gas      []moveGas
	// seats, when set, are the accounts in the solver's and the challenger's seats
	// (default accSolver and accChallenger): an attestation dispute seats the attester.
	seats *[2]int
	// via, when set, is the MoveForwarder in viaParty's seat (owned by that party's
	// account): its moves are exec calls through it, internal calls to the game.
	via      common.Address
	viaParty model.Party
	accepted []accepted // the moves the contract accepted, in order
}

// accepted is a move the contract accepted: by whom (the address the game saw) and
// the call.
type accepted struct {
	by   common.Address
	call []byte
}

type moveGas struct {
	name string
	gas  uint64
}

func (l *lockstep) Game() *model.Game { return l.g }

func (l *lockstep) account(p model.Party) int {
	if l.seats != nil && (p == model.Solver || p == model.Challenger) {
		return l.seats[p-model.Solver]
	}
	switch p {
	case model.Solver:
		return accSolver
	case model.Challenger:
		return accChallenger
	}
	return accOutsider
}

func (l *lockstep) Apply(by model.Party, no uint32, m model.Move, _ uint64) error {
	e := l.e
	if _, ok := m.(model.Timeout); ok && l.g.Result == model.Pending {
		e.advanceTo(l.g.Deadline() + 1)
	}
	mv := e.pack(l.id, no, m)
	to, data, sender := e.game, mv, e.addr(l.account(by))
	if l.viaParty != 0 && by == l.viaParty {
		mf := moveforwarder.NewMoveForwarder()
		to, data, sender = mf.Instance(e.sim, l.via), mf.PackExec(e.gameAt, mv), l.via
	}
	r, chainErr := e.send(l.account(by), to, data, nil)
	now := e.head().Time + 1
	if chainErr == nil {
		now = e.blockTime(r)
	}
	modelErr := l.g.Apply(by, no, m, now)
	if (chainErr == nil) != (modelErr == nil) {
		l.diverged = append(l.diverged, fmt.Sprintf("move %d %s by %v: chain %v, model %v", no, moveName(m), by, chainErr, modelErr))
		return errDiverged
	}
	if chainErr != nil {
		return chainErr
	}
	l.gas = append(l.gas, moveGas{moveName(m), r.GasUsed})
	l.accepted = append(l.accepted, accepted{sender, mv})
	l.compare(fmt.Sprintf("after move %d %s", no, moveName(m)))
	return nil
}

func (l *lockstep) compare(when string) {
	v := call(l.e, l.e.game, l.e.pg.PackState(l.id), l.e.pg.UnpackState)
	g := l.g
	rem := uint8(g.Rem)
	if v.Phase != uint8(g.Phase) || v.Result != uint8(g.Result) || v.SolverTurn != g.SolverTurn || v.Moves != g.Moves ||
		v.Idx != g.Idx || v.Rem != rem || v.Cur != g.Cur || v.Step != g.Step || v.ClockSolver != g.ClockSolver ||
		v.ClockChallenger != g.ClockChallenger || (g.Phase != model.PhaseDone && v.Level != uint8(g.Level)) {
		l.diverged = append(l.diverged, fmt.Sprintf("%s: contract %+v, model phase %d level %d result %d turn %v moves %d idx %d rem %d",
			when, v, g.Phase, g.Level, g.Result, g.SolverTurn, g.Moves, g.Idx, g.Rem))
	}
	if g.Phase == model.PhaseDone {
		if f := call(l.e, l.e.game, l.e.pg.PackForfeited(l.id), l.e.pg.UnpackForfeited); f != g.Forfeit {
			l.diverged = append(l.diverged, fmt.Sprintf("%s: contract forfeited %v, model %v", when, f, g.Forfeit))
		}
	}
}

// openGame opens a game for setup directly on the game contract (the deployer is the
// client) and returns the lockstep referee over it.
func (e *env) openGame(s model.Setup, fanout int) *lockstep {
	e.t.Helper()
	return e.openGameVia(s, fanout, 0)
}

// openGameVia is openGame with party via's seat (if not 0) held by a new MoveForwarder
// owned by that party's account: a party whose account is a contract.
func (e *env) openGameVia(s model.Setup, fanout int, via model.Party) *lockstep {
	e.t.Helper()
	seat := [2]common.Address{e.addr(accSolver), e.addr(accChallenger)}
	var fw common.Address
	if via != 0 {
		var err error
		if fw, _, err = chain.Deploy(e.ctx, e.sim, accSolver+int(via-model.Solver), &moveforwarder.MoveForwarderMetaData, nil); err != nil {
			e.t.Fatal(err)
		}
		seat[via-model.Solver] = fw
	}
	r := e.mustSend(accDeployer, e.game, e.pg.PackOpen(toSetup(s, seat[0], seat[1])), nil)
	id := call(e, e.game, e.pg.PackGameCount(), e.pg.UnpackGameCount)
	g, err := model.New(s, fanout, e.blockTime(r))
	if err != nil {
		e.t.Fatal(err)
	}
	return &lockstep{e: e, id: id, g: g, via: fw, viaParty: via}
}
