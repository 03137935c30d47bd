package contracts_test

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/stakingreentrancyprobe"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
)

const (
	mSteps    = 8
	mInterval = 4
	day       = 24 * 3600
)

var ether = big.NewInt(1e18)

var errSkipped = errors.New("operation skipped")

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// traceTree is a solver's trace commitment: checkpoint i = state root after i*interval steps.
func traceTree(w *model.World, steps, interval uint64) *model.Tree {
	var leaves [][32]byte
	for s := uint64(0); s <= steps; s += interval {
		leaves = append(leaves, w.StateRoot(s))
	}
	return model.NewTree(leaves)
}

func specOf(w *model.World) taskmarket.TaskMarketSpec {
	return taskmarket.TaskMarketSpec{SpecHash: [32]byte{7}, NodesRoot: w.Spec.NodesTree.Root(), StateMapRoot: w.Spec.StateMap.Root(),
		DataRoot: w.Spec.DataTree.Root(), InitRoot: w.StateRoot(0), Steps: mSteps, Interval: mInterval,
		NumNodes: uint32(len(w.Spec.Nodes)), StateDepth: w.Spec.StateDepth}
}

func (e *env) terms() taskmarket.TaskMarketTerms {
	return taskmarket.TaskMarketTerms{SolverStake: eth(2), ChallengerBond: eth(1), ClaimBy: e.head().Time + day,
		CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
}

func (e *env) balance() *big.Int {
	b, err := e.sim.BalanceAt(e.ctx, e.mktAt, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// checkInvariant: the market's balance equals totalHeld and equals the sum, over
// every account that ever held anything, of free+locked+unbonding, plus what the tasks
// hold in escrow (live rewards, attestation fees, reserved jackpots, unclaimed jackpot
// fees: their sum must be totalEscrow), plus the jackpot pool.
func (e *env) checkInvariant(when string) {
	e.t.Helper()
	tm := e.tm
	bal := e.balance()
	held := call(e, e.market, tm.PackTotalHeld(), tm.UnpackTotalHeld)
	sum := new(big.Int)
	for i := range e.sim.Accounts() {
		a := e.addr(i)
		sum.Add(sum, call(e, e.market, tm.PackFree(a), tm.UnpackFree))
		sum.Add(sum, call(e, e.market, tm.PackLocked(a), tm.UnpackLocked))
		sum.Add(sum, call(e, e.market, tm.PackUnbonding(a), tm.UnpackUnbonding).Amount)
	}
	n := call(e, e.market, tm.PackTaskCount(), tm.UnpackTaskCount)
	escrow := new(big.Int)
	for id := int64(1); id <= n.Int64(); id++ {
		task := call(e, e.market, tm.PackGetTask(big.NewInt(id)), tm.UnpackGetTask)
		if task.Status >= 1 && task.Status <= 4 { // Open, Claimed, Committed, Disputed
			escrow.Add(escrow, task.Reward)
		}
		a := call(e, e.market, tm.PackGetAudit(big.NewInt(id)), tm.UnpackGetAudit)
		escrow.Add(escrow, a.FeesHeld)
		escrow.Add(escrow, a.JackpotHeld)
		if task.Status == 1 { // the jackpot fee joins the pool at claim
			escrow.Add(escrow, a.Audit.JackpotFee)
		}
	}
	if te := call(e, e.market, tm.PackTotalEscrow(), tm.UnpackTotalEscrow); te.Cmp(escrow) != 0 {
		e.t.Fatalf("%s: totalEscrow %v, sum of the tasks' escrows %v", when, te, escrow)
	}
	sum.Add(sum, escrow)
	sum.Add(sum, call(e, e.market, tm.PackTotalJackpot(), tm.UnpackTotalJackpot))
	if bal.Cmp(held) != 0 || bal.Cmp(sum) != 0 {
		e.t.Fatalf("%s: balance %v, totalHeld %v, sum of accounts, escrows and the jackpot pool %v", when, bal, held, sum)
	}
}

// TestMarketBalanceInvariant runs random sequences of deposits, withdrawals, posts,
// claims, commits (true and false), challenges (several of a task at once: disputes run
// in parallel), game timeouts, settlements (both ways, and moot ones once the solver
// lost another; sometimes of a game that is no dispute of the task), finalizations (pay,
// slash for a missed deadline, expiry) and cancellations, and checks the balance
// invariant after every one. It plays on (within three more sequences) until each
// operation it must reach has succeeded.
func TestMarketBalanceInvariant(t *testing.T) {
	ops := 160
	if testing.Short() {
		ops = 50
	}
	e := newEnv(t, 4, chain.WithOsakaRules())
	truth, liar := model.NewWorlds(11, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{Kind: model.FaultOp, Step: 1, Node: 6})
	r := rand.New(rand.NewPCG(3, 4))
	actors := []int{1, 2, 3, 4, 5, 6}
	actor := func() int { return actors[r.IntN(len(actors))] }
	views := map[int64]*model.World{} // the view each committed task's solver used
	games := map[int64][]*big.Int{}   // each task's games not yet settled, in the order they opened
	counts := map[string]int{}
	musts := []string{"deposit", "post", "claim", "commit", "finalize", "challenge", "challenge of a disputed task", "settle", "settle moot"}
	missing := func() []string {
		var m []string
		for _, must := range musts {
			if counts[must] == 0 {
				m = append(m, must)
			}
		}
		return m
	}
	step := func() {
		tm := e.tm
		n := call(e, e.market, tm.PackTaskCount(), tm.UnpackTaskCount).Int64()
		// most operations target a random task in the status they need
		byStatus := map[uint8][]int64{}
		for k := int64(1); k <= n; k++ {
			st := call(e, e.market, tm.PackGetTask(big.NewInt(k)), tm.UnpackGetTask).Status
			byStatus[st] = append(byStatus[st], k)
		}
		want := map[int]uint8{5: 1, 6: 2, 9: 4, 11: 1}
		id := big.NewInt(1 + r.Int64N(max(n, 1)))
		pickStatus := func(op int) {
			if op == 7 { // finalize: any live task before its dispute
				live := append(append(append([]int64(nil), byStatus[1]...), byStatus[2]...), byStatus[3]...)
				if len(live) > 0 {
					id = big.NewInt(live[r.IntN(len(live))])
				}
			}
			if op == 8 { // challenge: a committed task, or often a disputed one (disputes run in parallel)
				live := append(append([]int64(nil), byStatus[3]...), byStatus[4]...)
				if len(byStatus[4]) > 0 && r.IntN(2) == 0 {
					live = byStatus[4]
				}
				if len(live) > 0 && r.IntN(5) > 0 {
					id = big.NewInt(live[r.IntN(len(live))])
				}
				return
			}
			if op == 10 { // settle: a task with an unsettled game (a Failed task's are moot)
				var open []int64
				for k, gs := range games {
					if len(gs) > 0 {
						open = append(open, k)
					}
				}
				slices.Sort(open)
				if len(open) > 0 && r.IntN(5) > 0 {
					id = big.NewInt(open[r.IntN(len(open))])
				}
				return
			}
			if st, ok := want[op]; ok && len(byStatus[st]) > 0 && r.IntN(5) > 0 {
				id = big.NewInt(byStatus[st][r.IntN(len(byStatus[st]))])
			}
		}
		err := errSkipped
		// weights: staking and posting often enough that tasks get claimed and played
		op := []int{0, 0, 0, 1, 2, 3, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 8, 8, 8, 9, 9, 10, 10, 11}[r.IntN(24)]
		pickStatus(op)
		task := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask)
		switch op {
		case 0:
			_, err = e.send(actor(), e.market, tm.PackDeposit(), eth(1+r.Int64N(5)))
		case 1:
			a := actor()
			free := call(e, e.market, tm.PackFree(e.addr(a)), tm.UnpackFree)
			if free.Sign() > 0 {
				// a random part of the free balance, at least one wei
				amt := new(big.Int).Div(new(big.Int).Mul(free, big.NewInt(1+r.Int64N(100))), big.NewInt(100))
				_, err = e.send(a, e.market, tm.PackRequestWithdrawal(amt.Add(amt, big.NewInt(0))), nil)
			}
		case 2:
			_, err = e.send(actor(), e.market, tm.PackWithdraw(), nil)
		case 3:
			e.advanceTo(e.head().Time + uint64(3600+r.IntN(2*day)))
			err = nil
		case 4:
			// a third of the tasks are audited (their claims commit no usable secret, so
			// they end at secretEnd as a missed reveal: the jackpot fee, fee budget and
			// refund paths run in the mix)
			audit, value := noAudit(), eth(1+r.Int64N(3))
			if r.IntN(3) == 0 {
				audit = taskmarket.TaskMarketAudit{ForcedErrorBps: uint16(r.IntN(10001)), AttestWindow: 3600, RevealWindow: 3600,
					AttestStake: eth(1), JackpotFee: eth(1), Jackpot: eth(2), AttestFee: big.NewInt(1e15), MaxAttesters: 3}
				value.Add(value, new(big.Int).Add(eth(1), big.NewInt(3e15)))
			}
			_, err = e.send(actor(), e.market, tm.PackPostTask(specOf(truth), e.terms(), audit), value)
		case 5:
			_, err = e.send(actor(), e.market, tm.PackClaimTask(id, [32]byte{}), nil)
		case 6:
			v := truth
			if r.IntN(2) == 0 {
				v = liar
			}
			tr := traceTree(v, mSteps, mInterval)
			_, err = e.send(e.accountOf(task.Solver), e.market, tm.PackCommitTrace(id, tr.Leaves()), nil)
			if err == nil {
				views[id.Int64()] = v
			}
		case 7:
			if task.Status == 3 && task.Seed == ([32]byte{}) { // an audited task needs its seed to reach secretEnd
				if _, serr := e.send(actor(), e.market, tm.PackDrawSeed(id), nil); serr == nil {
					counts["drawSeed"]++
				}
			}
			_, err = e.send(actor(), e.market, tm.PackFinalize(id), nil)
		case 8:
			if v := views[id.Int64()]; v != nil {
				tr := traceTree(v, mSteps, mInterval)
				seg := r.Uint64N(uint64(tr.Len() - 1))
				var rc *types.Receipt
				rc, err = e.send(actor(), e.market, tm.PackChallenge(id, taskmarket.TaskMarketChallenge{Segment: seg,
					Start: tr.Leaf(seg), StartProof: p32(tr.Prove(seg)), End: tr.Leaf(seg + 1), EndProof: p32(tr.Prove(seg + 1))}), nil)
				if err == nil {
					games[id.Int64()] = append(games[id.Int64()], e.openedGame(rc))
					if task.Status == 4 {
						counts["challenge of a disputed task"]++
					}
				}
			}
		case 9: // one of the task's games: the solver opens its first move or not, then the other side stalls
			if gs := games[id.Int64()]; task.Status == 4 && len(gs) > 0 && views[id.Int64()] != nil {
				err = e.playFirstMoveThenTimeout(gs[r.IntN(len(gs))], e.accountOf(task.Solver), views[id.Int64()], r.IntN(2) == 0)
			}
		case 10:
			// one of the task's unsettled games, sometimes a game of another task (NoDispute)
			game := big.NewInt(1 + r.Int64N(8))
			gs := games[id.Int64()]
			if len(gs) > 0 && r.IntN(6) > 0 {
				game = gs[r.IntN(len(gs))]
			}
			moot := task.Status == uint8(model.StatusFailed)
			_, err = e.send(actor(), e.market, tm.PackSettle(id, game), nil)
			if err == nil {
				games[id.Int64()] = slices.DeleteFunc(gs, func(g *big.Int) bool { return g.Cmp(game) == 0 })
				if moot {
					counts["settle moot"]++
				}
			}
		case 11:
			_, err = e.send(e.accountOf(task.Submitter), e.market, tm.PackCancelTask(id), nil)
		}
		if err == nil {
			counts[[]string{"deposit", "request", "withdraw", "time", "post", "claim", "commit", "finalize", "challenge", "game", "settle", "cancel"}[op]]++
		}
		e.checkInvariant("after op " + string(rune('0'+op%10)))
	}
	i := 0
	for ; i < ops || (i < 4*ops && !testing.Short() && len(missing()) > 0); i++ {
		step()
	}
	t.Logf("successful operations in %d: %v", i, counts)
	if !testing.Short() {
		for _, must := range missing() {
			t.Errorf("no successful %s in the random sequence", must)
		}
	}
}

func (e *env) accountOf(a [20]byte) int {
	for i := range e.sim.Accounts() {
		if e.addr(i) == a {
			return i
		}
	}
	return accOutsider
}

// playFirstMoveThenTimeout lets the solver (account solver, view v) make its first move
// in game (when solverMoves) and then lets the clock of the party to move run out;
// anyone claims the timeout.
func (e *env) playFirstMoveThenTimeout(game *big.Int, solver int, v *model.World, solverMoves bool) error {
	pg := e.pg
	st := call(e, e.game, pg.PackState(game), pg.UnpackState)
	if st.Result != 0 {
		return nil
	}
	if solverMoves && st.Moves == 0 {
		tr := traceTree(v, mSteps, mInterval)
		// find the disputed segment from the game's setup: the challenge's end leaf
		for seg := uint64(0); seg+1 < uint64(tr.Len()); seg++ {
			s := model.Setup{NodesRoot: v.Spec.NodesTree.Root(), StateMapRoot: v.Spec.StateMap.Root(), DataRoot: v.Spec.DataTree.Root(),
				Agreed: tr.Leaf(seg), Disputed: tr.Leaf(seg + 1), FirstStep: seg * mInterval, SegLen: mInterval,
				NumNodes: uint32(len(v.Spec.Nodes)), StateDepth: v.Spec.StateDepth, Clock: 3600}
			g, _ := model.New(s, 4, 0)
			m := model.HonestSolver{V: v, Spec: v.Spec}.Next(g)
			if _, err := e.send(solver, e.game, e.pack(game, 0, m), nil); err == nil {
				break
			}
		}
		st = call(e, e.game, pg.PackState(game), pg.UnpackState)
	}
	left := st.ClockChallenger
	if st.SolverTurn {
		left = st.ClockSolver
	}
	e.advanceTo(st.LastMove + left + 1)
	_, err := e.send(accOutsider, e.game, pg.PackTimeout(game), nil)
	return err
}

// TestReentrantReceiver: a receiver that re-enters withdraw and requestWithdrawal from
// its receive hook gets paid exactly once and the invariant holds.
func TestReentrantReceiver(t *testing.T) {
	e := newEnv(t, 4, chain.WithOsakaRules())
	probe := stakingreentrancyprobe.NewStakingReentrancyProbe()
	at, _, err := chain.Deploy(e.ctx, e.sim, accOutsider, &stakingreentrancyprobe.StakingReentrancyProbeMetaData, probe.PackConstructor(e.mktAt))
	if err != nil {
		t.Fatal(err)
	}
	pc := probe.Instance(e.sim, at)
	e.mustSend(accDeployer, e.market, e.tm.PackDeposit(), eth(5)) // others' money the probe must not reach
	e.mustSend(accOutsider, pc, probe.PackStake(), eth(2))
	e.mustSend(accOutsider, pc, probe.PackQueue(eth(2)), nil)
	if _, err := e.send(accOutsider, pc, probe.PackAttack(), nil); err == nil {
		t.Fatal("withdraw before the unbonding delay succeeded")
	}
	e.advanceTo(e.head().Time + unbondingDelay + 1)
	e.mustSend(accOutsider, pc, probe.PackAttack(), nil)
	got := call(e, pc, probe.PackReceived(), probe.UnpackReceived)
	re := call(e, pc, probe.PackReentries(), probe.UnpackReentries)
	blocked := call(e, pc, probe.PackBlocked(), probe.UnpackBlocked)
	if got.Cmp(eth(2)) != 0 || re.Sign() != 0 || blocked.Int64() != 2 {
		t.Fatalf("received %v (want 2 ether), re-entries %v (want 0), blocked %v (want 2)", got, re, blocked)
	}
	if b := e.balance(); b.Cmp(eth(5)) != 0 {
		t.Fatalf("market balance %v, want 5 ether", b)
	}
	e.checkInvariant("after the attack")
	if _, err := e.send(accOutsider, pc, probe.PackAttack(), nil); err == nil {
		t.Fatal("second withdraw succeeded")
	}
}

// TestTaskDisputeFlow: a task's whole life on chain twice: a lying solver caught by an
// honest challenger through the market-opened game (stake slashed, reward refunded),
// and an honest solver against a wrong challenger (bond slashed, then paid).
func TestTaskDisputeFlow(t *testing.T) {
	for _, solverLies := range []bool{true, false} {
		e := newEnv(t, 4, chain.WithOsakaRules())
		truth, liar := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{Kind: model.FaultOp, Step: 5, Node: 6, Element: 1, Op: 1})
		if truth.StateRoot(mSteps) == liar.StateRoot(mSteps) {
			t.Fatal("the fault does not reach the final state")
		}
		sv, cv := liar, truth
		if !solverLies {
			sv, cv = truth, liar
		}
		tm := e.tm
		e.mustSend(accSolver, e.market, tm.PackDeposit(), eth(3))
		e.mustSend(accChallenger, e.market, tm.PackDeposit(), eth(3))
		e.mustSend(accSubmitter, e.market, tm.PackPostTask(specOf(truth), e.terms(), noAudit()), eth(2))
		id := big.NewInt(1)
		e.mustSend(accSolver, e.market, tm.PackClaimTask(id, [32]byte{}), nil)
		tr := traceTree(sv, mSteps, mInterval)
		bad := tr.Leaves()
		for _, leaves := range [][][32]byte{bad[:len(bad)-1], append([][32]byte{{1}}, bad[1:]...), append(bad[:len(bad):len(bad)], bad[0])} {
			_, err := e.send(accSolver, e.market, tm.PackCommitTrace(id, leaves), nil)
			wantRevert[taskmarket.TaskMarketBadTrace](t, err, tm, "a trace with a leaf too few, a wrong initial leaf or a leaf too many")
		}
		e.mustSend(accSolver, e.market, tm.PackCommitTrace(id, tr.Leaves()), nil)
		if _, err := e.send(accOutsider, e.market, tm.PackDrawSeed(id), nil); err == nil {
			t.Fatal("seed drawn before its block")
		}
		for i := 0; i < 5; i++ {
			if err := e.sim.Mine(e.ctx); err != nil {
				t.Fatal(err)
			}
		}
		e.mustSend(accOutsider, e.market, tm.PackDrawSeed(id), nil)
		seg := call(e, e.market, tm.PackAssignment(id, e.addr(accChallenger)), tm.UnpackAssignment)
		if seg >= 2 {
			t.Fatalf("assignment %d out of range", seg)
		}
		seg = 1 // the fault is in segment 1; the assignment says what to check, not what may be challenged
		ch := taskmarket.TaskMarketChallenge{Segment: seg, Start: tr.Leaf(seg), StartProof: p32(tr.Prove(seg)), End: tr.Leaf(seg + 1), EndProof: p32(tr.Prove(seg + 1))}
		if _, err := e.send(accSolver, e.market, tm.PackChallenge(id, ch), nil); err == nil {
			t.Fatal("self-challenge accepted")
		}
		windowEnd := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask).WindowEnd
		r := e.mustSend(accChallenger, e.market, tm.PackChallenge(id, ch), nil)
		game := e.openedGame(r)
		if d := e.disputeOf(game); d.Challenger != e.addr(accChallenger) || d.Segment != seg || d.Task != id.Uint64() || d.Attester != (common.Address{}) {
			t.Fatalf("disputeOf(%v): %+v", game, d)
		}
		g, err := model.New(truth.Setup(sv, seg*mInterval, mInterval, 3600), 4, e.blockTime(r))
		if err != nil {
			t.Fatal(err)
		}
		ls := &lockstep{e: e, id: game, g: g}
		_, err = e.send(accOutsider, e.market, tm.PackSettle(id, game), nil)
		wantRevert[taskmarket.TaskMarketGamePending](t, err, tm, "settle of a pending game")
		_, err = e.send(accOutsider, e.market, tm.PackSettle(id, new(big.Int).Add(game, big.NewInt(1))), nil)
		wantRevert[taskmarket.TaskMarketNoDispute](t, err, tm, "settle of a game that is no dispute of the task")
		res, _, err := model.Play(ls, model.HonestSolver{V: sv, Spec: sv.Spec}, model.HonestChallenger{V: cv}, nil, 0)
		if err != nil || len(ls.diverged) > 0 {
			t.Fatalf("play: %v %v", err, ls.diverged)
		}
		e.mustSend(accOutsider, e.market, tm.PackSettle(id, game), nil)
		e.checkInvariant("after settle")
		if d := e.disputeOf(game); d.Challenger != (common.Address{}) {
			t.Fatalf("disputeOf(%v) after its settle: %+v", game, d)
		}
		_, err = e.send(accOutsider, e.market, tm.PackSettle(id, game), nil)
		wantRevert[taskmarket.TaskMarketNoDispute](t, err, tm, "a second settle of the same game")
		free := func(i int) *big.Int { return call(e, e.market, tm.PackFree(e.addr(i)), tm.UnpackFree) }
		if solverLies {
			if res != model.ChallengerWins {
				t.Fatalf("lying solver: %v", res)
			}
			// challenger: 3 deposited, bond back, half the 2-ether stake; treasury the other half
			if free(accChallenger).Cmp(eth(4)) != 0 || free(accTreasury).Cmp(eth(1)) != 0 || free(accSubmitter).Cmp(eth(2)) != 0 ||
				free(accSolver).Cmp(eth(1)) != 0 {
				t.Fatalf("payouts: challenger %v treasury %v submitter %v solver %v", free(accChallenger), free(accTreasury), free(accSubmitter), free(accSolver))
			}
			continue
		}
		if res != model.SolverWins {
			t.Fatalf("honest solver: %v", res)
		}
		if _, err := e.send(accOutsider, e.market, tm.PackFinalize(id), nil); err == nil {
			t.Fatal("finalized inside the challenge window")
		}
		if we := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask).WindowEnd; we != windowEnd {
			t.Fatalf("windowEnd %d after the dispute, %d before: the window must not pause", we, windowEnd)
		}
		e.advanceTo(windowEnd)
		e.mustSend(accOutsider, e.market, tm.PackFinalize(id), nil)
		e.checkInvariant("after finalize")
		// solver: 3 deposited (stake unlocked) + half the 1-ether bond + 2 reward
		want := new(big.Int).Add(eth(5), new(big.Int).Div(ether, big.NewInt(2)))
		if free(accSolver).Cmp(want) != 0 || free(accChallenger).Cmp(eth(2)) != 0 {
			t.Fatalf("payouts: solver %v (want %v) challenger %v", free(accSolver), want, free(accChallenger))
		}
	}
}
