package contracts_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
)

// gethCache is where chain.BuildGeth keeps its binary between runs
// (contracts/.geth, git-ignored; the same cache as the chain package's tests).
const gethCache = ".geth"

// Short clocks: a geth --dev node cannot set timestamps, its clock moves about
// one second per block, so every window and game clock a test must wait out
// costs one block per second (Advance). They still leave each party tens of
// seconds for a handful of moves, one second each.
const (
	shortWindow = 60 // challenge window, seconds
	shortClock  = 60 // each party's game clock, seconds
)

// gethNode starts a geth --dev node with funded accounts for the test, or skips
// it. The binary is built into contracts/.geth only when VERITRAIN_GETH=1 (a
// cold build takes minutes, more than a test run should spend unasked); once it
// is cached the test always runs, and with VERITRAIN_GETH=1 it never skips.
func gethNode(t *testing.T, accounts int) *chain.GethNode {
	t.Helper()
	if os.Getenv("VERITRAIN_GETH") != "1" {
		if _, err := os.Stat(filepath.Join(gethCache, chain.GethVersion, "geth")); err != nil {
			t.Skip("geth not built: VERITRAIN_GETH=1 builds it into contracts/.geth (minutes, once) and runs this test")
		}
	}
	buildCtx, cancel := context.WithTimeout(t.Context(), 15*time.Minute)
	defer cancel()
	bin, err := chain.BuildGeth(buildCtx, gethCache)
	if err != nil {
		t.Fatal(err)
	}
	startCtx, cancelStart := context.WithTimeout(t.Context(), time.Minute)
	defer cancelStart()
	n, err := chain.StartGeth(startCtx, bin, chain.GethConfig{Accounts: accounts})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Error(err)
		}
	})
	return n
}

// TestTaskDisputeGethDev deploys the game and the market on a real geth --dev
// node on 127.0.0.1 and plays whole task disputes on it through the same code as
// on the simulated backend: a lying solver caught at the one-step check, and a
// wrong challenger that stops moving and loses on time (a timeout claimed after
// the node's clock is advanced past the deadline, then the challenge window
// waited out): settlements, payouts and the balance invariant checked.
func TestTaskDisputeGethDev(t *testing.T) {
	start := time.Now()
	n := gethNode(t, 10)
	t.Logf("geth --dev at %s, started and funded in %v", n.URL, time.Since(start).Round(time.Millisecond))
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	first, err := n.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e := newEnvOn(ctx, t, n, 4)
	playTaskDisputes(t, e)
	last, err := n.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("whole run: %d blocks, %v", last-first, time.Since(start).Round(time.Millisecond))
}

// TestTaskDisputeShortClocks plays the same disputes on the simulated backend
// (Osaka gas), so the flow is checked where geth is not built and both chains
// are held to one script.
func TestTaskDisputeShortClocks(t *testing.T) {
	playTaskDisputes(t, newEnv(t, 4, chain.WithOsakaRules()))
}

// disputeCase is one task's life: who lies, how the game ends, and what every
// account's free balance gains or loses from the claim to the end.
type disputeCase struct {
	name       string
	solverLies bool
	stallAfter int          // the challenger's moves before it stops (0: never stops)
	want       model.Result // the game's verdict
	endsWith   string       // the game's last move
	finalize   bool         // the task is finalized after the dispute (the solver won)
	delta      map[int]*big.Int
}

func half(n int64) *big.Int { return new(big.Int).Div(eth(n), big.NewInt(2)) }

var disputeCases = []disputeCase{
	// the solver's 2-ether stake: half to the challenger, half to the treasury;
	// the submitter's 2-ether reward refunded
	{name: "lying solver caught at the one-step check", solverLies: true, want: model.ChallengerWins, endsWith: "defendStep",
		delta: map[int]*big.Int{accSolver: eth(-2), accChallenger: eth(1), accTreasury: eth(1), accSubmitter: eth(2)}},
	// the challenger's 1-ether bond: half to the solver, half to the treasury;
	// the solver paid the reward at windowEnd (the dispute never paused the window)
	{name: "wrong challenger stalls and loses on time", stallAfter: 2, want: model.SolverWins, endsWith: "timeout", finalize: true,
		delta: map[int]*big.Int{accSolver: new(big.Int).Add(eth(2), half(1)), accChallenger: eth(-1), accTreasury: half(1)}},
}

// playTaskDisputes runs every disputeCase, one task after another, on e.
func playTaskDisputes(t *testing.T, e *env) {
	for _, c := range disputeCases {
		start := time.Now()
		st := e.playTaskDispute(c)
		t.Logf("%s: %d moves (%d illegal refused, %d early timeouts refused), gas %v, %v", c.name, st.Moves, st.Refused,
			st.early, st.gas, time.Since(start).Round(time.Millisecond))
	}
}

type disputeStats struct {
	model.Stats
	early int
	gas   []moveGas
}

// frees reads every account's free balance in the market.
func (e *env) frees() []*big.Int {
	out := make([]*big.Int, len(e.sim.Accounts()))
	for i := range out {
		out[i] = call(e, e.market, e.tm.PackFree(e.addr(i)), e.tm.UnpackFree)
	}
	return out
}

// shortTerms are TestTaskDisputeFlow's stakes with windows and clocks in
// seconds (shortWindow, shortClock); claim and commit come at once, so their
// deadlines are never waited for.
func (e *env) shortTerms() taskmarket.TaskMarketTerms {
	return taskmarket.TaskMarketTerms{SolverStake: eth(2), ChallengerBond: eth(1), ClaimBy: e.head().Time + 600,
		CommitWindow: 600, ChallengeWindow: shortWindow, GameClock: shortClock}
}

// playTaskDispute posts a task, lets the solver claim and commit (its true or a
// false trace), draws the seed, has the challenger dispute segment 1 and plays
// the game to its end in lockstep with the model, then settles (and, when the
// solver won, finalizes) and checks the verdict, every deadline met on the way,
// the payouts and the balance invariant.
func (e *env) playTaskDispute(c disputeCase) disputeStats {
	t := e.t
	t.Helper()
	tm := e.tm
	truth, liar := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{Kind: model.FaultOp, Step: 5, Node: 6, Element: 1, Op: 1})
	sv, cv := truth, liar
	if c.solverLies {
		sv, cv = liar, truth
	}
	e.mustSend(accSolver, e.market, tm.PackDeposit(), eth(3))
	e.mustSend(accChallenger, e.market, tm.PackDeposit(), eth(3))
	e.mustSend(accSubmitter, e.market, tm.PackPostTask(specOf(truth), e.shortTerms(), noAudit()), eth(2))
	id := call(e, e.market, tm.PackTaskCount(), tm.UnpackTaskCount)
	before := e.frees()

	e.mustSend(accSolver, e.market, tm.PackClaimTask(id, [32]byte{}), nil)
	tr := traceTree(sv, mSteps, mInterval)
	e.mustSend(accSolver, e.market, tm.PackCommitTrace(id, tr.Leaves()), nil)
	task := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask)
	_, err := e.send(accOutsider, e.market, tm.PackDrawSeed(id), nil)
	if !revertsWith(err, tm, func(x any) bool {
		r, ok := x.(*taskmarket.TaskMarketSeedNotReady)
		return ok && r.AtBlock == task.CommitBlock+5
	}) {
		t.Fatalf("%s: seed drawn before its block: %v", c.name, err)
	}
	if err := chain.MineBlocks(e.ctx, e.sim, 5); err != nil {
		t.Fatal(err)
	}
	e.mustSend(accOutsider, e.market, tm.PackDrawSeed(id), nil)

	const seg = 1 // the fault is in segment 1
	ch := taskmarket.TaskMarketChallenge{Segment: seg, Start: tr.Leaf(seg), StartProof: p32(tr.Prove(seg)), End: tr.Leaf(seg + 1), EndProof: p32(tr.Prove(seg + 1))}
	windowEnd := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask).WindowEnd
	r := e.mustSend(accChallenger, e.market, tm.PackChallenge(id, ch), nil)
	game := e.openedGame(r)
	g, err := model.New(truth.Setup(sv, seg*mInterval, mInterval, shortClock), 4, e.blockTime(r))
	if err != nil {
		t.Fatal(err)
	}
	ref := &clockCheck{lockstep: &lockstep{e: e, id: game, g: g}}
	var challenger model.Strategy = model.HonestChallenger{V: cv}
	if c.stallAfter > 0 {
		challenger = model.NewStaller(challenger, c.stallAfter)
	}
	tricks := &model.Tricks{R: rand.New(rand.NewPCG(7, uint64(len(c.name)))), Replay: true, Swap: true, Outside: true}
	res, st, err := model.Play(ref, model.HonestSolver{V: sv, Spec: sv.Spec}, challenger, tricks, 0)
	if err != nil || len(ref.diverged) > 0 {
		t.Fatalf("%s: play: %v %v", c.name, err, ref.diverged)
	}
	onChain := model.Result(call(e, e.game, e.pg.PackResult(game), e.pg.UnpackResult))
	if res != c.want || onChain != c.want {
		t.Fatalf("%s: model %v, contract %v, want %v", c.name, res, onChain, c.want)
	}
	if last := ref.gas[len(ref.gas)-1].name; last != c.endsWith {
		t.Fatalf("%s: the game ended with %s, want %s", c.name, last, c.endsWith)
	}
	if c.endsWith == "timeout" && ref.early == 0 {
		t.Fatalf("%s: no timeout was tried while the clock ran", c.name)
	}
	e.mustSend(accOutsider, e.market, tm.PackSettle(id, game), nil)
	e.checkInvariant(c.name + ": after settle")

	if c.finalize {
		// the dispute did not pause the window: windowEnd is the commit's
		task = call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask)
		if task.WindowEnd != windowEnd {
			t.Fatalf("%s: windowEnd %d after the dispute, %d at the commit", c.name, task.WindowEnd, windowEnd)
		}
		if e.head().Time < task.WindowEnd {
			_, err := e.send(accOutsider, e.market, tm.PackFinalize(id), nil)
			if !revertsWith(err, tm, func(x any) bool {
				r, ok := x.(*taskmarket.TaskMarketTooEarly)
				return ok && r.When == task.WindowEnd
			}) {
				t.Fatalf("%s: finalized inside the challenge window (ends %d, head %d): %v", c.name, task.WindowEnd, e.head().Time, err)
			}
		}
		e.advanceTo(task.WindowEnd)
		e.mustSend(accOutsider, e.market, tm.PackFinalize(id), nil)
		e.checkInvariant(c.name + ": after finalize")
	}

	after := e.frees()
	for i := range after {
		want := new(big.Int).Set(before[i])
		if d := c.delta[i]; d != nil {
			want.Add(want, d)
		}
		if after[i].Cmp(want) != 0 {
			t.Errorf("%s: account %d free %v, want %v (was %v)", c.name, i, after[i], want, before[i])
		}
	}
	return disputeStats{Stats: st, early: ref.early, gas: ref.gas}
}

// clockCheck is a lockstep referee that, before a timeout is claimed, first
// claims it while the mover's clock still runs: the contract must revert with
// ClockRunning(deadline) and the model refuse, whichever chain keeps the time.
type clockCheck struct {
	*lockstep
	early int
}

func (c *clockCheck) Apply(by model.Party, no uint32, m model.Move, now uint64) error {
	if _, ok := m.(model.Timeout); ok && c.g.Result == model.Pending {
		if head := c.e.head().Time; head < c.g.Deadline() {
			deadline := c.g.Deadline()
			_, err := c.e.send(accOutsider, c.e.game, c.e.pg.PackTimeout(c.id), nil)
			if !revertsWith(err, c.e.pg, func(x any) bool {
				r, ok := x.(*pinpointgame.PinpointGameClockRunning)
				return ok && r.Deadline == deadline
			}) {
				c.diverged = append(c.diverged, fmt.Sprintf("timeout at %d before the deadline %d: chain %v", head, deadline, err))
			}
			if err := c.g.Apply(model.Outsider, no, m, head+1); !errors.Is(err, model.ErrClockRunning) {
				c.diverged = append(c.diverged, fmt.Sprintf("timeout at %d before the deadline %d: model %v", head+1, deadline, err))
			}
			c.early++
		}
	}
	return c.lockstep.Apply(by, no, m, now)
}
