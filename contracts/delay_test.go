package contracts_test

import (
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
)

// Bounded delay (issue 14, item 10). Disputes of a task run in parallel, each in its
// own game, and none pauses the challenge window: a dispute opens before windowEnd and
// its game ends once both parties' clocks (gameClock each) are spent, so every dispute
// is decided by windowEnd + 2*gameClock, and the task can be settled and finalized
// then, however many sybils dispute it. The tests play the many-sybil attacker on the
// real contracts.

const (
	delayWindow = 3600 // challengeWindow, seconds
	delayClock  = 600  // gameClock, seconds
	sybil0      = 8    // the first sybil account (the roles of game_env_test.go take 0..7)
	sybilDep    = 10   // ether each sybil deposits
)

// Gas limits of the transactions sealed together (inOneBlock sends without estimation,
// as a later call of the same block may depend on an earlier one): generous, and every
// receipt must be a success.
const (
	limitChallenge = 1_500_000
	limitMove      = 1_500_000
	limitTimeout   = 300_000
	limitSettle    = 300_000
)

// blockCall is one transaction of a block built by inOneBlock.
type blockCall struct {
	from int
	to   *bind.BoundContract
	data []byte
	gas  uint64
}

// inOneBlock seals calls in one block (in order: the calls of one account by nonce;
// the txpool orders different accounts' equal-fee calls by arrival) and returns their
// receipts, each of which must be a success. The block's time is the head's plus one
// second: advanceTo(t-1) first puts it at t.
func (e *env) inOneBlock(calls []blockCall) []*types.Receipt {
	e.t.Helper()
	sim, ok := e.sim.(*chain.Sim)
	if !ok {
		e.t.Fatal("inOneBlock needs the simulated backend")
	}
	raw := sim.Simulated().Client() // sends without sealing
	nonce := map[int]uint64{}
	txs := make([]*types.Transaction, len(calls))
	for i, c := range calls {
		opts, err := chain.Transactor(e.ctx, e.sim, c.from)
		if err != nil {
			e.t.Fatal(err)
		}
		n, seen := nonce[c.from]
		if !seen {
			if n, err = raw.PendingNonceAt(e.ctx, e.addr(c.from)); err != nil {
				e.t.Fatal(err)
			}
		}
		nonce[c.from] = n + 1
		opts.Nonce, opts.GasLimit, opts.NoSend = new(big.Int).SetUint64(n), c.gas, true
		tx, err := bind.Transact(c.to, opts, c.data)
		if err != nil {
			e.t.Fatal(err)
		}
		if err := raw.SendTransaction(e.ctx, tx); err != nil {
			e.t.Fatal(err)
		}
		txs[i] = tx
		// the pool promotes a sent transaction in the background: the block might be
		// built before it (seen with several of one account); wait until it is pending
		for start := time.Now(); ; time.Sleep(100 * time.Microsecond) {
			p, err := raw.PendingNonceAt(e.ctx, e.addr(c.from))
			if err != nil {
				e.t.Fatal(err)
			}
			if p > n {
				break
			}
			if time.Since(start) > 10*time.Second {
				e.t.Fatalf("call %d of the block (nonce %d) never became pending", i, n)
			}
		}
	}

	if err := sim.Mine(e.ctx); err != nil {
		e.t.Fatal(err)
	}

	head := e.head().Number

	out := make([]*types.Receipt, len(txs))
	for i, tx := range txs {
		r, err := e.sim.TransactionReceipt(e.ctx, tx.Hash())
		if err != nil {
			e.t.Fatalf("call %d of the block: %v", i, err)
		}
		if r.BlockNumber.Cmp(head) != 0 || r.Status != types.ReceiptStatusSuccessful {
			e.t.Fatalf("call %d of the block: status %d in block %v (head %v), gas used %d", i, r.Status, r.BlockNumber, head, r.GasUsed)
		}
		out[i] = r
	}
	return out
}

// gasStats is a list of gas figures, logged as min/mean/max.
type gasStats []uint64

func (g gasStats) String() string {
	if len(g) == 0 {
		return "none"
	}
	sum := uint64(0)
	for _, x := range g {
		sum += x
	}
	return fmt.Sprintf("%d..%d (mean %d, %d calls)", slices.Min(g), slices.Max(g), sum/uint64(len(g)), len(g))
}

// siege is one task under a sybil siege.
type siege struct {
	*env
	id        *big.Int
	tr        *model.Tree
	windowEnd uint64
	sybils    []int
	solverV   *model.World
}

// newSiege deploys, funds the solver (3 ether), the submitter, the honest challenger
// and n sybils (sybilDep ether each), posts a task of delayWindow and delayClock, lets
// the solver claim it and commit view sv's trace.
func newSiege(t *testing.T, n int, sv *model.World, truth *model.World) *siege {
	t.Helper()
	e := newEnv(t, 4, chain.WithOsakaRules(), chain.WithAccounts(sybil0+n))
	tm := e.tm
	e.mustSend(accSolver, e.market, tm.PackDeposit(), eth(3))
	e.mustSend(accChallenger, e.market, tm.PackDeposit(), eth(3))
	s := &siege{env: e, solverV: sv}
	for i := range n {
		s.sybils = append(s.sybils, sybil0+i)
		e.mustSend(sybil0+i, e.market, tm.PackDeposit(), eth(sybilDep))
	}
	terms := taskmarket.TaskMarketTerms{SolverStake: eth(2), ChallengerBond: eth(1), ClaimBy: e.head().Time + day,
		CommitWindow: day, ChallengeWindow: delayWindow, GameClock: delayClock}
	e.mustSend(accSubmitter, e.market, tm.PackPostTask(specOf(truth), terms, noAudit()), eth(2))
	s.id = call(e, e.market, tm.PackTaskCount(), tm.UnpackTaskCount)
	e.mustSend(accSolver, e.market, tm.PackClaimTask(s.id, [32]byte{}), nil)
	s.tr = traceTree(sv, mSteps, mInterval)
	r := e.mustSend(accSolver, e.market, tm.PackCommitTrace(s.id, s.tr.Leaves()), nil)
	s.windowEnd = s.task().WindowEnd
	if s.windowEnd != e.blockTime(r)+delayWindow {
		t.Fatalf("windowEnd %d, commit at %d", s.windowEnd, e.blockTime(r))
	}
	return s
}

func (s *siege) task() taskmarket.TaskMarketTask {
	return call(s.env, s.market, s.tm.PackGetTask(s.id), s.tm.UnpackGetTask)
}

func (s *siege) free(i int) *big.Int {
	return call(s.env, s.market, s.tm.PackFree(s.addr(i)), s.tm.UnpackFree)
}
func (s *siege) locked(i int) *big.Int {
	return call(s.env, s.market, s.tm.PackLocked(s.addr(i)), s.tm.UnpackLocked)
}

// challengeOf is a challenge of segment seg of the committed trace.
func (s *siege) challengeOf(seg uint64) taskmarket.TaskMarketChallenge {
	return taskmarket.TaskMarketChallenge{Segment: seg, Start: s.tr.Leaf(seg), StartProof: p32(s.tr.Prove(seg)),
		End: s.tr.Leaf(seg + 1), EndProof: p32(s.tr.Prove(seg + 1))}
}

// sybilGame is one dispute a sybil opened.
type sybilGame struct {
	game   *big.Int
	seg    uint64
	opened uint64
}

// challengeAll has every sybil challenge (segments alternating) in one block and
// returns the games and the challenges' gas.
func (s *siege) challengeAll() ([]sybilGame, gasStats) {
	s.t.Helper()
	var calls []blockCall
	for k, i := range s.sybils {
		calls = append(calls, blockCall{i, s.market, s.tm.PackChallenge(s.id, s.challengeOf(uint64(k%2))), limitChallenge})
	}
	rs := s.inOneBlock(calls)
	out := make([]sybilGame, len(rs))
	var gas gasStats
	for k, r := range rs {
		out[k] = sybilGame{s.openedGame(r), uint64(k % 2), s.blockTime(r)}
		if d := s.disputeOf(out[k].game); d.Challenger != s.addr(s.sybils[k]) || d.Task != s.id.Uint64() || d.Segment != out[k].seg {
			s.t.Fatalf("disputeOf(%v): %+v", out[k].game, d)
		}
		gas = append(gas, r.GasUsed)
	}
	return out, gas
}

// solverMoves has the solver make its first move (commitSteps, from its view) in each
// game, in one block, and returns the block's time.
func (s *siege) solverMoves(games []sybilGame) uint64 {
	s.t.Helper()
	var calls []blockCall
	for _, g := range games {
		mg, err := model.New(s.solverV.Setup(s.solverV, g.seg*mInterval, mInterval, delayClock), 4, g.opened)
		if err != nil {
			s.t.Fatal(err)
		}
		mv := model.HonestSolver{V: s.solverV, Spec: s.solverV.Spec}.Next(mg)
		calls = append(calls, blockCall{accSolver, s.game, s.pack(g.game, 0, mv), limitMove})
	}
	return s.blockTime(s.inOneBlock(calls)[0])
}

// state is game's state on chain.
func (s *siege) state(game *big.Int) pinpointgame.PinpointGameView {
	return call(s.env, s.game, s.pg.PackState(game), s.pg.UnpackState)
}

// TestBoundedDelayManySybils plays the many-sybil delay attack on an honest solver.
// Sybils challenge, let their clocks run out (the solver answers each game's first
// move at once) and re-challenge in the next block, through the whole window; their
// last disputes open at windowEnd-1, and in that last round both sides spend their
// whole clocks (the solver moves at the last second). The bound: finalize succeeds at
// windowEnd + 2*gameClock at the latest (the last dispute opens before windowEnd; each
// game ends once both clocks are spent; disputes are independent, so their number does
// not count). With 1 and with 20 sybils the timeouts of the last round become
// claimable at windowEnd + 2*gameClock exactly, and that block settles every dispute
// and finalizes the task; a second earlier the last games are still running. The
// solver wins every game (on the sybil's time) and collects half of each bond; every
// sybil loses each bond it put up; windowEnd never moves.
func TestBoundedDelayManySybils(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	delays := map[int]uint64{}
	for _, n := range []int{1, 20} {
		delays[n] = playSiege(t, n, truth)
	}
	if delays[1] != delays[20] || delays[20] > 2*delayClock {
		t.Fatalf("finalize came %d s after windowEnd with 1 sybil, %d s with 20: want the same, at most 2*gameClock = %d",
			delays[1], delays[20], 2*delayClock)
	}
}

// playSiege runs TestBoundedDelayManySybils with n sybils and returns how long after
// windowEnd the task finalized.
func playSiege(t *testing.T, n int, truth *model.World) uint64 {
	s := newSiege(t, n, truth, truth)
	tm := s.tm
	var all []sybilGame
	var gasCh, gasSettle, gasTimeout gasStats
	// a round: the challenges (block T), the solver's answers (T+1), the sybils' clocks
	// run out (deadline T+1+gameClock), the timeouts and the settles (T+2+gameClock),
	// and the next round's challenges in the next block
	const roundLen = delayClock + 3
	rounds := 0
	endRound := func(games []sybilGame, at uint64) {
		t.Helper()
		s.advanceTo(at - 1)
		var calls []blockCall
		for _, g := range games {
			calls = append(calls, blockCall{accOutsider, s.game, s.pg.PackTimeout(g.game), limitTimeout})
		}
		for _, g := range games {
			calls = append(calls, blockCall{accOutsider, s.market, tm.PackSettle(s.id, g.game), limitSettle})
		}
		last := len(calls)
		if at >= s.windowEnd {
			calls = append(calls, blockCall{accOutsider, s.market, tm.PackFinalize(s.id), limitSettle})
		}
		rs := s.inOneBlock(calls)
		if got := s.blockTime(rs[0]); got != at {
			t.Fatalf("the round's last block at %d, want %d", got, at)
		}
		for k, r := range rs[:last] {
			if k < len(games) {
				gasTimeout = append(gasTimeout, r.GasUsed)
			} else {
				gasSettle = append(gasSettle, r.GasUsed)
			}
		}
	}
	for s.head().Time+1+roundLen < s.windowEnd-1 { // a round that ends before the last one starts
		games, gas := s.challengeAll()
		gasCh = append(gasCh, gas...)
		if tk := s.task(); tk.Status != uint8(model.StatusDisputed) || tk.Disputes != uint32(n) || tk.WindowEnd != s.windowEnd {
			t.Fatalf("round %d: status %d, %d disputes, windowEnd %d (was %d)", rounds, tk.Status, tk.Disputes, tk.WindowEnd, s.windowEnd)
		}
		moved := s.solverMoves(games)
		endRound(games, moved+delayClock+1) // the sybils' deadline is moved+gameClock
		if tk := s.task(); tk.Status != uint8(model.StatusCommitted) || tk.Disputes != 0 || tk.WindowEnd != s.windowEnd {
			t.Fatalf("round %d settled: status %d, %d disputes, windowEnd %d (was %d)", rounds, tk.Status, tk.Disputes, tk.WindowEnd, s.windowEnd)
		}
		all = append(all, games...)
		rounds++
	}
	s.checkInvariant("after the rounds")

	// The last round, the worst case: the sybils dispute at windowEnd-1, and each party
	// spends its whole clock.
	s.advanceTo(s.windowEnd - 2)
	last, gas := s.challengeAll()
	gasCh = append(gasCh, gas...)
	if last[0].opened != s.windowEnd-1 {
		t.Fatalf("the last disputes opened at %d, windowEnd %d", last[0].opened, s.windowEnd)
	}
	all = append(all, last...)
	s.advanceTo(s.windowEnd)
	_, err := s.send(accChallenger, s.market, tm.PackChallenge(s.id, s.challengeOf(0)), nil)
	if !revertsWith(err, tm, func(x any) bool { e, ok := x.(*taskmarket.TaskMarketTooLate); return ok && e.Deadline == s.windowEnd }) {
		t.Fatalf("a challenge at windowEnd: %v, want TooLate", err)
	}
	_, err = s.send(accOutsider, s.market, tm.PackFinalize(s.id), nil)
	wantRevert[taskmarket.TaskMarketWrongStatus](t, err, tm, "finalize with disputes open")
	s.advanceTo(s.windowEnd - 1 + delayClock - 1)
	s.solverMoves(last) // at the last second of its clock
	for _, g := range last {
		if st := s.state(g.game); st.ClockSolver != 0 || st.SolverTurn {
			t.Fatalf("the solver's last-second move: %+v", st)
		}
	}
	bound := s.windowEnd + 2*delayClock
	s.advanceTo(bound - 1)
	_, err = s.send(accOutsider, s.game, s.pg.PackTimeout(last[0].game), nil)
	if !revertsWith(err, s.pg, func(x any) bool {
		e, ok := x.(*pinpointgame.PinpointGameClockRunning)
		return ok && e.Deadline == bound-1
	}) {
		t.Fatalf("a timeout a second before the bound: %v, want ClockRunning(%d)", err, bound-1)
	}
	endRound(last, bound) // timeouts, settles and finalize, all at windowEnd + 2*gameClock
	tk := s.task()
	if tk.Status != uint8(model.StatusFinalized) || tk.Disputes != 0 || tk.WindowEnd != s.windowEnd {
		t.Fatalf("after the last round: status %d, %d disputes, windowEnd %d (was %d)", tk.Status, tk.Disputes, tk.WindowEnd, s.windowEnd)
	}
	finalizedAt := s.head().Time
	s.checkInvariant("at the end")

	// every game: the solver won on the sybil's time, and no dispute is left open
	for _, g := range all {
		if st := s.state(g.game); st.Result != uint8(model.SolverWins) || !call(s.env, s.game, s.pg.PackForfeited(g.game), s.pg.UnpackForfeited) {
			t.Fatalf("game %v: result %d, want the solver's win on time", g.game, st.Result)
		}
		if d := s.disputeOf(g.game); d.Challenger != (common.Address{}) {
			t.Fatalf("dispute %v still open: %+v", g.game, d)
		}
	}
	each := int64(len(all) / n) // every sybil played every round
	for k, i := range s.sybils {
		wantEq(t, fmt.Sprintf("sybil %d: a bond lost per game", k), s.free(i), eth(sybilDep-each))
		wantEq(t, fmt.Sprintf("sybil %d locked", k), s.locked(i), new(big.Int))
	}
	games := int64(len(all))
	// the solver: its deposit, the reward and half of every bond
	wantEq(t, "solver", s.free(accSolver), plus(eth(3), eth(2), new(big.Int).Mul(big.NewInt(games), milli(500))))
	wantEq(t, "solver locked", s.locked(accSolver), new(big.Int))
	wantEq(t, "treasury", s.free(accTreasury), new(big.Int).Mul(big.NewInt(games), milli(500)))
	t.Logf("%d sybils: %d rounds + the last, %d games, all won by the solver; window [commit, %d), finalized at %d = windowEnd + %d s (bound windowEnd + 2*gameClock = windowEnd + %d s)",
		n, rounds, games, s.windowEnd, finalizedAt, finalizedAt-s.windowEnd, 2*delayClock)
	t.Logf("%d sybils: gas challenge %v, timeout %v, settle (solver wins) %v", n, gasCh, gasTimeout, gasSettle)
	return finalizedAt - s.windowEnd
}

// TestBoundedDelaySybilsCannotHoldTask plays the sybils of a lying solver: right after
// its commit they open 20 disputes and stall, to hold the task as one dispute at a time
// used to (a second challenge reverted WrongStatus while one ran, and the window paused).
// An honest challenger still opens its own game inside the window, beside the 20, and
// wins it by moves; the task fails with the solver's stake (half to the challenger, half
// to the treasury) and the reward back to the submitter; the sybils' disputes are then
// moot and settle at once, pending as they are, each bond back; no new dispute opens on
// the failed task.
func TestBoundedDelaySybilsCannotHoldTask(t *testing.T) {
	const n = 20
	truth, liar := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{Kind: model.FaultOp, Step: 5, Node: 6, Element: 1, Op: 1})
	if truth.StateRoot(mSteps) == liar.StateRoot(mSteps) {
		t.Fatal("the fault does not reach the final state")
	}
	s := newSiege(t, n, liar, truth)
	tm := s.tm
	sybils, gasCh := s.challengeAll()
	s.advanceTo(s.head().Time + delayClock/2) // the sybils stall; the solver does not move either
	tk := s.task()
	if tk.Status != uint8(model.StatusDisputed) || tk.Disputes != n || tk.WindowEnd != s.windowEnd {
		t.Fatalf("held: status %d, %d disputes, windowEnd %d (was %d)", tk.Status, tk.Disputes, tk.WindowEnd, s.windowEnd)
	}
	before := map[int]*big.Int{}
	for _, i := range append([]int{accSolver, accChallenger, accSubmitter, accTreasury}, s.sybils...) {
		before[i] = plus(s.free(i), s.locked(i))
	}

	// the honest challenger disputes the wrong segment 1 beside the sybils' 20 and wins
	const seg = 1
	r := s.mustSend(accChallenger, s.market, tm.PackChallenge(s.id, s.challengeOf(seg)), nil)
	game := s.openedGame(r)
	if opened := s.blockTime(r); opened >= s.windowEnd {
		t.Fatalf("the honest challenge opened at %d, windowEnd %d", opened, s.windowEnd)
	}
	if tk := s.task(); tk.Disputes != n+1 {
		t.Fatalf("%d disputes after the honest challenge, want %d", tk.Disputes, n+1)
	}
	g, err := model.New(truth.Setup(liar, seg*mInterval, mInterval, delayClock), 4, s.blockTime(r))
	if err != nil {
		t.Fatal(err)
	}
	ls := &lockstep{e: s.env, id: game, g: g}
	res, st, err := model.Play(ls, model.HonestSolver{V: liar, Spec: liar.Spec}, model.HonestChallenger{V: truth}, nil, 0)
	if err != nil || len(ls.diverged) > 0 || res != model.ChallengerWins {
		t.Fatalf("honest challenger vs the lying solver: %v %v %v", res, err, ls.diverged)
	}
	for _, sg := range sybils {
		if r := s.state(sg.game).Result; r != uint8(model.Pending) {
			t.Fatalf("sybil game %v ended (%d) while the honest one ran", sg.game, r)
		}
	}
	rs := s.mustSend(accOutsider, s.market, tm.PackSettle(s.id, game), nil)
	gasFail := rs.GasUsed
	s.checkInvariant("after the honest settle")
	if tk := s.task(); tk.Status != uint8(model.StatusFailed) || tk.Disputes != n {
		t.Fatalf("after the honest win: status %d, %d disputes", tk.Status, tk.Disputes)
	}
	_, err = s.send(sybil0, s.market, tm.PackChallenge(s.id, s.challengeOf(0)), nil)
	wantRevert[taskmarket.TaskMarketWrongStatus](t, err, tm, "a challenge of the failed task")

	// the sybils' disputes are moot: each settles at once, pending, its bond back
	var calls []blockCall
	for _, sg := range sybils {
		calls = append(calls, blockCall{accOutsider, s.market, tm.PackSettle(s.id, sg.game), limitSettle})
	}
	var gasMoot gasStats
	for k, r := range s.inOneBlock(calls) {
		if d := s.disputeOf(sybils[k].game); d.Challenger != (common.Address{}) {
			t.Fatalf("moot dispute %v still open: %+v", sybils[k].game, d)
		}
		gasMoot = append(gasMoot, r.GasUsed)
	}
	if tk := s.task(); tk.Status != uint8(model.StatusFailed) || tk.Disputes != 0 {
		t.Fatalf("after the moot settles: status %d, %d disputes", tk.Status, tk.Disputes)
	}
	s.checkInvariant("after the moot settles")
	for k, i := range s.sybils {
		wantEq(t, fmt.Sprintf("sybil %d: its bond back", k), plus(s.free(i), s.locked(i)), before[i])
		wantEq(t, fmt.Sprintf("sybil %d locked", k), s.locked(i), new(big.Int))
	}
	wantEq(t, "honest challenger: half the stake", delta(plus(s.free(accChallenger), s.locked(accChallenger)), before[accChallenger]), eth(1))
	wantEq(t, "treasury: half the stake", delta(s.free(accTreasury), before[accTreasury]), eth(1))
	wantEq(t, "solver: its stake lost", delta(plus(s.free(accSolver), s.locked(accSolver)), before[accSolver]), eth(-2))
	wantEq(t, "submitter: the reward back", delta(s.free(accSubmitter), before[accSubmitter]), eth(2))
	t.Logf("%d sybil disputes held nothing: the honest game (%d moves) opened beside them and failed the task at %d, windowEnd %d",
		n, st.Moves, s.head().Time, s.windowEnd)
	t.Logf("gas: challenge %v; settle that fails the task %d; moot settle (pending game, bond back) %v", gasCh, gasFail, gasMoot)
}
