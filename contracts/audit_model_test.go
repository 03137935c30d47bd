package contracts_test

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// The lockstep market: 8 steps, a checkpoint every 2 (4 segments).
const (
	lsSteps    = 8
	lsInterval = 2
	lsWindow   = 600 // attest and reveal windows, seconds
)

// lsTask is what the test knows of one task beyond the model: the solver's view, its
// secret and the blocks that seed it.
type lsTask struct {
	view        *model.World
	secret      [32]byte
	claimBlock  uint64
	commitBlock uint64
	salts       map[common.Address][2][32]byte // attester -> endHash, salt
	joins       map[common.Address]uint64      // attester -> its joinAttestation block
}

type auditLockstep struct {
	e       *env
	m       *model.Market
	r       *rand.Rand
	truth   *model.World
	liar    *model.World
	tasks   map[uint64]*lsTask
	actors  []int
	counts  map[string]int
	lastErr map[string]error
	want    uint64 // the task the next operation targets (0: a random one)
	target  uint64 // the time operation 23 moves to
	// hunt steers the sequence to void attestations (segment f+1 of a forced task):
	// natural operations only, forced audits, attesters of f+1, right openings,
	// disputes of void attestations. Rare otherwise: forced tasks depend on block
	// hashes, which depend on the clock.
	hunt bool
	// huntWrong steers it to wrong attestations (random ends) and their disputes.
	huntWrong bool
	// answerNext: a chunk request just opened; the next operation answers it.
	answerNext bool
	// attestNext: an attester (account attestBy) just joined task attestNext; the next
	// operation is its attest, in the join's next block: refused (SeedNotReady).
	attestNext uint64
	attestBy   int
	side       *rand.Rand // draws that must not move the sequence (trap posts, greedy audits)
	// disputeOf is the attester a hunting dispute targets (zero: a random one).
	disputeOf common.Address
	// joined is the attester that joined in the last operation (hunting: its draw is
	// steered to segment f+1).
	joined *common.Address
	// gameTask is the task of every game the market opened (settled or not), so that
	// disputeOf is compared for settled games too.
	gameTask map[uint64]uint64
}

// sendMined sends a transaction with a fixed gas limit (no estimation), so that a
// revert is mined too and every operation, successful or not, has a block whose time
// the model runs at.
func (e *env) sendMined(i int, c *bind.BoundContract, data []byte, value *big.Int) (*types.Receipt, error) {
	opts, err := chain.Transactor(e.ctx, e.sim, i)
	if err != nil {
		return nil, err
	}
	opts.Value, opts.GasLimit = value, 6_000_000
	tx, err := bind.Transact(c, opts, data)
	if err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	return chain.WaitMined(e.ctx, e.sim, tx)
}

func u256(b *big.Int) model.Wei {
	var w model.Wei
	if w.SetFromBig(b) {
		panic("overflow")
	}
	return w
}

func weiOf(eth int64) model.Wei { return u256(new(big.Int).Mul(big.NewInt(eth), ether)) }

func lsSpec(w *model.World) taskmarket.TaskMarketSpec {
	return taskmarket.TaskMarketSpec{SpecHash: [32]byte{7}, NodesRoot: w.Spec.NodesTree.Root(), StateMapRoot: w.Spec.StateMap.Root(),
		DataRoot: w.Spec.DataTree.Root(), InitRoot: w.StateRoot(0), Steps: lsSteps, Interval: lsInterval,
		NumNodes: uint32(len(w.Spec.Nodes)), StateDepth: w.Spec.StateDepth}
}

func lsTerms(now uint64) (taskmarket.TaskMarketTerms, model.MarketTerms) {
	c := taskmarket.TaskMarketTerms{SolverStake: eth(2), ChallengerBond: eth(1), ClaimBy: now + day, CommitWindow: day,
		ChallengeWindow: day, GameClock: 3600}
	return c, model.MarketTerms{SolverStake: weiOf(2), ChallengerBond: weiOf(1), ClaimBy: c.ClaimBy, CommitWindow: day,
		ChallengeWindow: day, GameClock: 3600}
}

// lsAudit is an audit with every money path on: forced errors on half the tasks, a
// jackpot, attestation fees for three slots.
func lsAudit(r *rand.Rand) (taskmarket.TaskMarketAudit, model.MarketAudit) {
	bps := uint16([]int{0, 5000, 10000}[r.IntN(3)])
	fee := int64(r.IntN(2)) * 1e16
	jpFee := int64(3e17) // fair (model.FairJackpot): at least bps/10000 of the jackpot
	if bps != 0 {
		jpFee = 5e13 * int64(bps) // the 0.5-ether jackpot times bps/10000
	}
	c := taskmarket.TaskMarketAudit{ForcedErrorBps: bps, AttestWindow: lsWindow, RevealWindow: lsWindow, AttestStake: eth(1),
		JackpotFee: big.NewInt(jpFee), Jackpot: big.NewInt(5e17), AttestFee: big.NewInt(fee), MaxAttesters: 3}
	return c, model.MarketAudit{ForcedErrorBps: bps, AttestWindow: lsWindow, RevealWindow: lsWindow, AttestStake: weiOf(1),
		JackpotFee: u256(c.JackpotFee), Jackpot: u256(c.Jackpot), AttestFee: u256(c.AttestFee), MaxAttesters: 3}
}

// postTrap posts, before an ordinary post, a copy of its terms with one term out of
// bounds (trap): both sides must refuse it, naming the same term, and nothing changes.
func (ls *auditLockstep) postTrap(i, who int, spec taskmarket.TaskMarketSpec, ct taskmarket.TaskMarketTerms, mt model.MarketTerms,
	ca taskmarket.TaskMarketAudit, ma model.MarketAudit, value *big.Int) {
	e := ls.e
	ls.trap(&spec, &ct, &mt, &ca, &ma)
	data := e.tm.PackPostTask(spec, ct, ca)
	addr := e.addr(who)
	rc, chainErr := e.sendMined(who, e.market, data, value)
	if rc == nil || chainErr == nil {
		e.t.Fatalf("op %d: a trap post was not refused: %v", i, chainErr)
	}
	_, modelErr := ls.m.PostTaskSpec(addr, model.SpecTerms{Steps: spec.Steps, Interval: spec.Interval, NumNodes: spec.NumNodes,
		StateDepth: spec.StateDepth}, mt, ma, u256(value), e.blockTime(rc))
	// a mined revert carries no data: replay it as a call for the error
	to := e.mktAt
	_, callErr := e.sim.CallContract(e.ctx, ethereum.CallMsg{From: addr, To: &to, Data: data, Value: value}, nil)
	var te *model.TermError
	if !errors.As(modelErr, &te) || !revertsWith(callErr, e.tm, func(x any) bool {
		c, ok := x.(*taskmarket.TaskMarketTermOutOfBounds)
		return ok && c.Term == uint8(te.Term)
	}) {
		e.t.Fatalf("op %d post trap: chain %v, model %v", i, callErr, modelErr)
	}
	ls.counts["post trap refused"]++
	ls.compare(fmt.Sprintf("op %d post trap", i), 0)
}

// trap puts one random term out of the protocol's bounds, on the contract's and the
// model's side alike (a window near 2^64 or under a minute, claimBy past a year, a spec
// too large).
func (ls *auditLockstep) trap(spec *taskmarket.TaskMarketSpec, ct *taskmarket.TaskMarketTerms, mt *model.MarketTerms,
	ca *taskmarket.TaskMarketAudit, ma *model.MarketAudit) {
	bad := []uint64{0, model.MinWindowSeconds - 1, model.MaxWindowSeconds + 1, ^uint64(0) - ls.side.Uint64N(100)}[ls.side.IntN(4)]
	switch ls.side.IntN(8) {
	case 0:
		spec.Steps, spec.Interval = (model.MaxCheckpoints+1)*2, 2 // one checkpoint too many
	case 1:
		spec.StateDepth = model.MaxStateDepth + 1
	case 2:
		ct.ClaimBy = ct.ClaimBy + model.MaxWindowSeconds
		mt.ClaimBy = ct.ClaimBy
	case 3:
		ct.CommitWindow, mt.CommitWindow = bad, bad
	case 4:
		ct.ChallengeWindow, mt.ChallengeWindow = bad, bad
	case 5:
		ct.GameClock, mt.GameClock = bad, bad
	case 6:
		if ca.AttestWindow != 0 && bad != 0 {
			ca.AttestWindow, ma.AttestWindow = bad, bad
		} else {
			ct.GameClock, mt.GameClock = bad, bad
		}
	default:
		if ca.AttestWindow != 0 {
			ca.RevealWindow, ma.RevealWindow = bad, bad
		} else {
			spec.NumNodes = model.MaxNodes + 1
		}
	}
}

// blockHashFrom is the contract's _blockHashFrom for a transaction in block number.
func (ls *auditLockstep) blockHashFrom(from, number uint64) ([32]byte, bool) {
	if number <= from {
		return [32]byte{}, false
	}
	if number-from > 256 {
		from += ((number - 1 - from) / 256) * 256
	}
	h, err := ls.e.sim.HeaderByNumber(ls.e.ctx, new(big.Int).SetUint64(from))
	if err != nil {
		ls.e.t.Fatal(err)
	}
	return h.Hash(), true
}

// claimHash is the claim hash a commit of task tk in block number next fixes (or has
// fixed): the hash of block claimBlock+SeedDelay, not ready before it is mined, and
// model.ClaimHashExpired once it is more than 256 blocks old and nobody fixed it.
func (ls *auditLockstep) claimHash(tk *model.MarketTask, lk *lsTask, next uint64) ([32]byte, bool) {
	if tk.A.ClaimHash != ([32]byte{}) {
		return tk.A.ClaimHash, true
	}
	from := lk.claimBlock + model.SeedDelay
	if next > from+256 {
		return model.ClaimHashExpired, true
	}
	return ls.blockHashFrom(from, next)
}

// TestAuditModelLockstep plays random operations of the audited market (deposits,
// withdrawals, posts with and without an audit, claims, commits with and without the
// decoy, seeds, joins, attestations (some before the join's next block, some more
// than 256 blocks after it: refused), reveals,
// secrets, challenges and attestation disputes (several of one task or attestation
// open at once: disputes run in parallel), their games, settlements of any open game
// (moot ones too, once the defender lost another; sometimes a game that is no dispute
// of the task), finalizations, closings) on the contract and on contracts/model's
// Market, and after every operation checks that both accepted or both refused it and
// that every bucket of every account, every total, the jackpot pool, the touched
// task's state and audit state, its attestations and every dispute it ever opened
// (disputeOf) agree.
func TestAuditModelLockstep(t *testing.T) {
	ops := 600
	if testing.Short() {
		ops = 120
	}
	e := newEnv(t, 4, chain.WithOsakaRules())
	truth, liar := model.NewWorlds(11, model.Dims{M: 2, K: 3, N: 2}, lsSteps, model.Fault{Kind: model.FaultOp, Step: 5, Node: 6, Element: 1, Op: 1})
	ls := &auditLockstep{e: e, m: model.NewMarket(unbondingDelay, e.addr(accTreasury), winnerShareBps), r: rand.New(rand.NewPCG(5, 6)), side: rand.New(rand.NewPCG(7, 8)),
		truth: truth, liar: liar, tasks: map[uint64]*lsTask{}, actors: []int{1, 2, 3, 4, 5, 6, 8, 9},
		counts: map[string]int{}, lastErr: map[string]error{}, gameTask: map[uint64]uint64{}}
	// The model's randomness is the contract's, bit for bit (the decoy mask is tested
	// against the contract in pinpoint/onchain).
	for i := range 40 {
		secret, claim := [32]byte{byte(i), 1}, [32]byte{byte(i * 7), 2}
		n, bps := uint64(i%9), uint16(i*257%10001)
		got := call(e, e.market, e.tm.PackForcedError(secret, claim, big.NewInt(int64(i)), n, bps), e.tm.UnpackForcedError)
		if forced, f := model.ForcedError(secret, claim, uint64(i), n, bps); got.Forced != forced || got.F != f {
			t.Fatalf("forcedError(%d, n=%d, bps=%d): contract %v %d, model %v %d", i, n, bps, got.Forced, got.F, forced, f)
		}
	}
	musts := []string{"post", "post trap refused", "claim", "commit", "seed", "join", "attest", "attest early refused", "attest expired refused", "reveal", "secret", "secret forced",
		"challenge", "challenge parallel", "settle", "settle moot", "dispute", "dispute parallel", "settleAttestation", "settleAttestation lost",
		"settleAttestation moot", "close", "close joined", "close void", "dispute void refused", "finalize", "request chunks", "answer chunks",
		"add checks"}
	missing := func() []string {
		var m []string
		for _, must := range musts {
			if ls.counts[must] == 0 {
				m = append(m, must)
			}
		}
		return m
	}
	for i := 0; i < ops; i++ {
		ls.step(i)
	}
	// Whether a task is forced, and which segment an attester draws, depends on block
	// hashes, which are random (the simulated beacon draws each block's prevRandao): a
	// sequence can, rarely, reveal only forced (or only unforced) secrets, or dispute
	// no wrong attestation. Play on until every operation has succeeded at least once,
	// within a second budget, then hunt for void and wrong attestations to dispute
	// within a third (budgets of 2 and 13 more sequences: a void attestation needs a
	// forced task whose forced segment is not the last, one in four is, and an attester
	// drawn to segment f+1, all from block hashes).
	i := ops
	for ; i < 3*ops && !testing.Short() && len(missing()) > 0; i++ {
		ls.step(i)
	}
	for ; i < 16*ops && !testing.Short() && len(missing()) > 0; i++ { // i == 3*ops here
		// voids first (forced tasks, attesters steered to segment f+1), then wrong
		// attestations (random ends, disputed as soon as they are revealed)
		ls.hunt = slices.ContainsFunc(missing(), func(m string) bool { return strings.Contains(m, "void") })
		ls.huntWrong = !ls.hunt
		ls.step(i)
	}
	ls.compareAll("at the end")
	t.Logf("%d operations; successful ones: %v", i, ls.counts)
	if !testing.Short() {
		for _, must := range missing() {
			t.Errorf("no successful %s in the random sequence (last error %v)", must, ls.lastErr[must])
		}
	}
}

// wrongAttestation finds a task whose attestations are disputable now (its secret
// revealed, before its windowEnd, whatever its status) and a revealed attestation of
// it whose endHash is not the truth's checkpoint (a random or lazy one; void ones
// skipped; a disputed one with a single dispute, until disputes have opened in parallel
// and a moot one has settled).
func (ls *auditLockstep) wrongAttestation() (uint64, common.Address, bool) {
	now := ls.e.head().Time + 1
	truth := traceTree(ls.truth, lsSteps, lsInterval)
	for id := uint64(1); id <= uint64(len(ls.m.Tasks)); id++ {
		tk := ls.m.Task(id)
		if !tk.A.SecretRevealed || now >= tk.WindowEnd {
			continue
		}
		for _, a := range tk.Attesters {
			at := tk.Att[a]
			// a disputed one too (a second dispute beside the first) until disputes have
			// opened in parallel and a moot one has settled
			parallel := ls.counts["dispute parallel"] == 0 || ls.counts["settleAttestation moot"] == 0
			disputable := at.State == model.AttRevealed || (at.State == model.AttDisputed && at.Disputes < 2 && parallel)
			if !disputable || (tk.A.Forced && at.Segment == tk.A.ForcedSegment+1) {
				continue
			}
			if at.EndHash != truth.Leaf(at.Segment+1) {
				return id, a, true
			}
		}
	}
	return 0, common.Address{}, false
}

// voidAttestation finds a Committed or Disputed task, its secret revealed, with a
// revealed attestation of segment f+1 (void), and that attester.
func (ls *auditLockstep) voidAttestation() (uint64, common.Address, bool) {
	for id := uint64(1); id <= uint64(len(ls.m.Tasks)); id++ {
		tk := ls.m.Task(id)
		if (tk.Status != model.StatusCommitted && tk.Status != model.StatusDisputed) || !tk.A.SecretRevealed || !tk.A.Forced {
			continue
		}
		for _, a := range tk.Attesters {
			if at := tk.Att[a]; at.Segment == tk.A.ForcedSegment+1 && at.State == model.AttRevealed {
				return id, a, true
			}
		}
	}
	return 0, common.Address{}, false
}

// pick returns a random task id in one of the statuses (any task if none has one).
func (ls *auditLockstep) pick(statuses ...model.MarketStatus) uint64 {
	if ls.want != 0 {
		return ls.want
	}
	var ids []uint64
	for id := uint64(1); id <= uint64(len(ls.m.Tasks)); id++ {
		if slices.Contains(statuses, ls.m.Task(id).Status) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 || ls.r.IntN(8) == 0 {
		return uint64(1 + ls.r.IntN(max(1, len(ls.m.Tasks))))
	}
	return ids[ls.r.IntN(len(ids))]
}

func (ls *auditLockstep) actor() int { return ls.actors[ls.r.IntN(len(ls.actors))] }

// tree is the trace the model says task id's root commits to.
func (ls *auditLockstep) tree(id uint64) *model.Tree {
	if t := ls.m.Task(id); t != nil && t.Leaves != nil {
		return model.NewTree(t.Leaves)
	}
	return traceTree(ls.truth, lsSteps, lsInterval)
}

// step plays one random operation on both sides.
func (ls *auditLockstep) step(i int) {
	e, m, r, tm := ls.e, ls.m, ls.r, ls.e.tm
	var (
		rc       *types.Receipt // the operation's receipt, once sent (a challenge's names its game)
		name     string
		who      = ls.actor()
		data     []byte
		value    *big.Int
		modelOp  func(now uint64) error // nil: the operation does not touch the market
		id       uint64
		chainNot bool // the chain must refuse for a reason the model does not see (block numbers)
	)
	t := func() *model.MarketTask { return m.Task(id) }
	lt := func() *lsTask {
		if ls.tasks[id] == nil {
			ls.tasks[id] = &lsTask{salts: map[common.Address][2][32]byte{}, joins: map[common.Address]uint64{}}
		}
		return ls.tasks[id]
	}
	bid := func() *big.Int { return new(big.Int).SetUint64(id) }
	addr := e.addr(who)
	op := r.IntN(24)
	if op == 23 {
		op = 24 // join (23 is the move to ls.target, natural only)
	}
	ls.want, ls.disputeOf = 0, common.Address{}
	if r.IntN(4) > 0 || ls.hunt || ls.huntWrong {
		op, ls.want = ls.natural()
	}
	if ls.side.IntN(16) == 0 && !ls.hunt && !ls.huntWrong {
		op, ls.want = 25+ls.side.IntN(2), 0 // a chunk request or its answer (their own stream: the rest of the sequence stays)
	}
	if ls.side.IntN(24) == 0 && !ls.hunt && !ls.huntWrong {
		op, ls.want = 27, 0 // the submitter buys more checks (its own stream, as the chunks)
	}
	if ls.answerNext {
		op, ls.want, ls.answerNext = 26, 0, false // usually answered at once, as the solver's daemon does
	}
	attestBy := 0
	if ls.attestNext != 0 {
		op, ls.want, attestBy, ls.attestNext = 12, ls.attestNext, ls.attestBy, 0 // an attester too eager to wait a block
	}
	if ls.hunt && ls.counts["dispute void refused"] == 0 {
		if _, a, ok := ls.voidAttestation(); ok && a != addr {
			op, ls.want, ls.disputeOf = 17, 0, common.Address{} // hunting: a void attestation to dispute exists, dispute it
		}
	} else if ls.counts["dispute void refused"] == 0 && r.IntN(2) == 0 {
		// a void attestation is rare (a forced task, an attester drawn to segment f+1):
		// while its refused dispute is still missing, try it whenever one stands
		if id, a, ok := ls.voidAttestation(); ok && a != addr {
			op, ls.want, ls.disputeOf = 17, id, a
		}
	}
	if ls.huntWrong {
		if id, a, ok := ls.wrongAttestation(); ok {
			// hunting: a wrong attestation to dispute exists: dispute it, by an actor that
			// can lock the bond (none: the sequence goes on, deposits among its steps)
			bond := m.Task(id).Terms.ChallengerBond
			for k := range ls.actors {
				c := ls.actors[(k+i)%len(ls.actors)]
				if free := m.Free[e.addr(c)]; e.addr(c) != a && !free.Lt(&bond) {
					op, ls.want, ls.disputeOf = 17, id, a
					who, addr = c, e.addr(c)
					break
				}
			}
		}
	}
	switch op {
	case 0, 1:
		name, value = "deposit", eth(1+r.Int64N(12))
		data = tm.PackDeposit()
		modelOp = func(uint64) error { return m.Deposit(addr, u256(value)) }
	case 2:
		name = "request"
		free := m.Free[addr]
		amt := free.ToBig()
		amt.Mul(amt, big.NewInt(r.Int64N(101))).Div(amt, big.NewInt(100))
		data = tm.PackRequestWithdrawal(amt)
		modelOp = func(now uint64) error { return m.RequestWithdrawal(addr, u256(amt), now) }
	case 3:
		name = "withdraw"
		data = tm.PackWithdraw()
		modelOp = func(now uint64) error { _, err := m.Withdraw(addr, now); return err }
	case 4:
		name = "time"
		e.advanceTo(e.head().Time + []uint64{1 + r.Uint64N(lsWindow), 1 + r.Uint64N(lsWindow), lsWindow + r.Uint64N(lsWindow), day + r.Uint64N(day)}[r.IntN(4)])
	case 23:
		name = "time"
		e.advanceTo(ls.target)
	case 5:
		name = "mine"
		if err := chain.MineBlocks(e.ctx, e.sim, 5); err != nil {
			e.t.Fatal(err)
		}
	case 6, 7:
		name = "post"
		ct, mt := lsTerms(e.head().Time)
		ca, ma := noAudit(), model.MarketAudit{}
		if r.IntN(4) > 0 {
			ca, ma = lsAudit(r)
			if ls.hunt { // forced, and room for every actor to join: one is likely to draw f+1
				ca.ForcedErrorBps, ma.ForcedErrorBps = 10000, 10000
				ca.MaxAttesters, ma.MaxAttesters = uint32(len(ls.actors)), uint32(len(ls.actors))
			}
		}
		extra := new(big.Int).Add(ca.JackpotFee, new(big.Int).Mul(ca.AttestFee, big.NewInt(int64(ca.MaxAttesters))))
		value = new(big.Int).Add(extra, eth(r.Int64N(3))) // sometimes only the extra: refused
		spec := lsSpec(ls.truth)
		// side draws (their own stream, so the sequence's coverage does not move): a
		// greedy audit (a huge jackpot its fee does not cover: refused as unfair unless
		// it is never forced), a trap post first
		if ca.AttestWindow != 0 && ls.side.IntN(4) == 0 {
			ca.Jackpot, ma.Jackpot = eth(50), weiOf(50)
		}
		if !ls.hunt && ls.side.IntN(4) == 0 {
			ls.postTrap(i, who, spec, ct, mt, ca, ma, value)
		}
		data = tm.PackPostTask(spec, ct, ca)
		modelOp = func(now uint64) error {
			_, err := m.PostTaskSpec(addr, model.SpecTerms{Steps: spec.Steps, Interval: spec.Interval, NumNodes: spec.NumNodes,
				StateDepth: spec.StateDepth}, mt, ma, u256(value), now)
			return err
		}
	case 8:
		name, id = "cancel", ls.pick(model.StatusOpen)
		if t() != nil && r.IntN(4) > 0 {
			who = e.accountOf(t().Submitter)
			addr = e.addr(who)
		}
		data = tm.PackCancelTask(bid())
		modelOp = func(uint64) error { return m.CancelTask(id, addr) }
	case 9:
		name, id = "claim", ls.pick(model.StatusOpen)
		secret := [32]byte{byte(i), byte(i >> 8), 0x5e}
		data = tm.PackClaimTask(bid(), model.SecretHash(secret))
		modelOp = func(now uint64) error {
			err := m.ClaimTask(id, addr, model.SecretHash(secret), now)
			if err == nil {
				lt().secret = secret
				lt().claimBlock = e.head().Number.Uint64()
				lt().view = ls.truth
				if r.IntN(3) == 0 {
					lt().view = ls.liar
				}
			}
			return err
		}
	case 10:
		name, id = "commit", ls.pick(model.StatusClaimed)
		if t() == nil || ls.tasks[id] == nil {
			break
		}
		if r.IntN(6) > 0 {
			who = e.accountOf(t().Solver)
			addr = e.addr(who)
		}
		lk := lt()
		next := e.head().Number.Uint64() + 1
		claimHash, ready := ls.claimHash(t(), lk, next)
		var leaves [][32]byte
		for s := uint64(0); s <= lsSteps; s += lsInterval {
			leaves = append(leaves, lk.view.StateRoot(s))
		}
		forced, f := model.ForcedError(lk.secret, claimHash, id, t().N, t().Audit.ForcedErrorBps)
		if (forced && r.IntN(8) > 0) || (!forced && t().Audit.On() && r.IntN(12) == 0) {
			// the decoy of the solver's state f+1 (when not forced: a decoy nobody asked for)
			d, _, err := onchain.NewDecoy(lk.view.CheckpointState((f+1)*lsInterval), lk.secret, id)
			if err != nil {
				e.t.Fatal(err)
			}
			leaves[f+1] = d.Hash()
		}
		data = tm.PackCommitTrace(bid(), leaves)
		chainNot = t().Audit.On() && !ready
		modelOp = func(now uint64) error {
			err := m.CommitTrace(id, addr, leaves, claimHash, now)
			if err == nil {
				lk.commitBlock = e.head().Number.Uint64()
			}
			if errors.Is(err, model.ErrMarketClaimHashExpired) {
				ls.counts["commit expired refused"]++ // the chain must refuse it too (checked below)
			}
			return err
		}
	case 11:
		name, id = "seed", ls.pick(model.StatusCommitted)
		data = tm.PackDrawSeed(bid())
		var seed [32]byte
		ready := false
		if lk := ls.tasks[id]; lk != nil && lk.commitBlock != 0 && e.head().Number.Uint64()+1 > lk.commitBlock+model.SeedDelay {
			// the very hash of block commitBlock+SeedDelay, however late (the sequence
			// never mines SeedWindow blocks: BLOCKHASH or EIP-2935's history holds it)
			h, err := e.sim.HeaderByNumber(e.ctx, new(big.Int).SetUint64(lk.commitBlock+model.SeedDelay))
			if err != nil {
				e.t.Fatal(err)
			}
			seed, ready = h.Hash(), true
		}
		chainNot = !ready && t() != nil && t().Committed && !t().SeedDrawn
		modelOp = func(now uint64) error { return m.DrawSeed(id, seed, now) }
	case 24:
		name, id = "join", ls.pick(model.StatusCommitted)
		data = tm.PackJoinAttestation(bid())
		modelOp = func(now uint64) error {
			err := m.JoinAttestation(id, addr, now)
			if err == nil {
				lt().joins[addr] = e.head().Number.Uint64()
				ls.joined = &addr
				if !ls.hunt && ls.side.IntN(6) == 0 {
					ls.attestNext, ls.attestBy = id, who
				}
			}
			return err
		}
	case 12, 13:
		name, id = "attest", ls.pick(model.StatusCommitted)
		next := e.head().Number.Uint64() + 1
		// the hashes an attest by a in block next draws the pending slots from
		joinHash := func(a common.Address) model.HashOf { return ls.hashOf(id, a, next) }
		if tk := t(); tk != nil && r.IntN(4) > 0 {
			// usually an actor that has joined and not committed
			var joined []int
			for _, a := range ls.actors {
				if at := tk.Att[e.addr(a)]; at != nil && at.State == model.AttJoined {
					joined = append(joined, a)
				}
			}
			if len(joined) > 0 {
				who = joined[r.IntN(len(joined))]
				addr = e.addr(who)
			}
		}
		if tk, lk := t(), ls.tasks[id]; tk != nil && lk != nil && tk.SeedDrawn && ls.hunt && r.IntN(4) > 0 {
			// hunting: often an actor of segment f+1 of a forced task (a void attestation)
			if forced, f := model.ForcedError(lk.secret, tk.A.ClaimHash, id, tk.N, tk.Audit.ForcedErrorBps); forced {
				for _, a := range ls.actors {
					at := tk.Att[e.addr(a)]
					if at != nil && at.State == model.AttJoined {
						if s, err := m.AttestSegment(id, e.addr(a), joinHash(e.addr(a))); err == nil && s == f+1 {
							who, addr = a, e.addr(a)
						}
					}
				}
			}
		}
		if attestBy != 0 {
			who, addr = attestBy, e.addr(attestBy)
		}
		if tk := t(); tk != nil && tk.Att[addr] != nil && tk.Att[addr].State == model.AttJoined && attestBy == 0 && ls.side.IntN(8) == 0 {
			// a late attester: 300 blocks after the join, blockhash(joinBlock+1) is gone
			// and attest must refuse (else the segment re-rolls every 256 blocks)
			if err := chain.MineBlocks(e.ctx, e.sim, 300); err != nil {
				e.t.Fatal(err)
			}
			next = e.head().Number.Uint64() + 1
		}
		h := joinHash(addr)
		var end [32]byte
		if tk := t(); tk != nil && tk.SeedDrawn && tk.Leaves != nil {
			seg, _ := m.AttestSegment(id, addr, h) // any segment when not ready: refused anyway
			c := r.IntN(3)
			if ls.huntWrong {
				c = 2
			}
			switch c {
			case 0:
				end = traceTree(ls.truth, lsSteps, lsInterval).Leaf(seg + 1) // diligent
			case 1:
				end = tk.Leaves[seg+1] // lazy: the posted leaf
			default:
				end = [32]byte{byte(r.IntN(256))}
			}
		}
		salt := [32]byte{byte(i), 0x5a}
		c := model.AttestCommitment(id, addr, end, salt)
		data = tm.PackAttest(bid(), c)
		modelOp = func(now uint64) error {
			err := m.Attest(id, addr, c, h, now)
			if err == nil {
				lt().salts[addr] = [2][32]byte{end, salt}
			}
			if errors.Is(err, model.ErrMarketSeedNotReady) {
				ls.counts["attest early refused"]++ // the chain must refuse it too (checked below)
			}
			if errors.Is(err, model.ErrMarketAttestExpired) {
				ls.counts["attest expired refused"]++ // past joinBlock+1+256: the chain must refuse it too
			}
			return err
		}
	case 14:
		name, id = "reveal", ls.pick(model.StatusCommitted)
		var es [2][32]byte
		if lk := ls.tasks[id]; lk != nil && len(lk.salts) > 0 {
			keys := make([]common.Address, 0, len(lk.salts))
			for a := range lk.salts {
				keys = append(keys, a)
			}
			slices.SortFunc(keys, func(x, y common.Address) int { return x.Cmp(y) })
			addr = keys[r.IntN(len(keys))]
			if tk := t(); tk != nil && r.IntN(4) > 0 {
				// usually one still to reveal (a second reveal of the same one is refused)
				for _, k := range keys {
					if a := tk.Att[k]; a != nil && a.State == model.AttCommitted {
						addr = k
						break
					}
				}
			}
			who, es = e.accountOf(addr), lk.salts[addr]
		}
		if r.IntN(10) == 0 {
			es[1][0] ^= 1 // a wrong salt
		}
		data = tm.PackRevealAttestation(bid(), es[0], es[1])
		modelOp = func(now uint64) error { return m.RevealAttestation(id, addr, es[0], es[1], now) }
	case 15:
		name, id = "secret", ls.pick(model.StatusCommitted)
		lk := ls.tasks[id]
		if t() == nil || lk == nil || t().Leaves == nil {
			break
		}
		if r.IntN(8) > 0 {
			who = e.accountOf(t().Solver)
			addr = e.addr(who)
		}
		secret := lk.secret
		if r.IntN(12) == 0 {
			secret[0] ^= 1
		}
		forced, f := model.ForcedError(secret, t().A.ClaimHash, id, t().N, t().Audit.ForcedErrorBps)
		proof := [][32]byte{}
		o := taskmarket.TaskMarketDecoyOpening{TensorIndex: new(big.Int), Element: new(big.Int), DataPath: [][32]byte{}, StatePath: [][32]byte{}}
		// the leaves the contract computes from the opening; zero where it does not open
		var trueLeaf, decoyLeaf [32]byte
		if forced {
			proof = p32(ls.tree(id).Prove(f + 1))
			name = "secret forced"
			open := ls.decoyOpening(lk, f, secret, id)
			o = onchain.DecoyOpeningOf(open)
			if tr, err := onchain.DecoyRoot(open, 0); err == nil {
				trueLeaf = tr
			}
			if dr, err := onchain.DecoyRoot(open, onchain.DecoyMask(secret, id)); err == nil {
				decoyLeaf = dr
			}
		}
		data = tm.PackRevealSecret(bid(), secret, proof, o)
		modelOp = func(now uint64) error { return m.RevealSecret(id, addr, secret, trueLeaf, decoyLeaf, now) }
	case 16:
		name, id = "challenge", ls.pick(model.StatusCommitted, model.StatusDisputed) // Disputed: one more game beside the open ones
		tr := ls.tree(id)
		seg := r.Uint64N(lsSteps / lsInterval)
		parallel := t() != nil && t().Status == model.StatusDisputed
		data = tm.PackChallenge(bid(), taskmarket.TaskMarketChallenge{Segment: seg, Start: tr.Leaf(seg), StartProof: p32(tr.Prove(seg)),
			End: tr.Leaf(seg + 1), EndProof: p32(tr.Prove(seg + 1))})
		modelOp = func(now uint64) error {
			game := ls.openedGame(rc)
			err := m.Challenge(id, addr, seg, game, now)
			if err == nil {
				ls.gameTask[game] = id
				if parallel {
					ls.counts["challenge parallel"]++
				}
			}
			return err
		}
	case 17:
		name, id = "dispute", ls.pick(model.StatusCommitted, model.StatusDisputed, model.StatusFailed) // Failed: before its windowEnd
		var void common.Address
		if ls.hunt && ls.want == 0 && (ls.counts["dispute void refused"] == 0 || r.IntN(2) == 0) {
			// hunting: often a task that holds a revealed void attestation, and that one
			if vid, a, ok := ls.voidAttestation(); ok {
				id, void = vid, a
			}
		}
		var attester common.Address
		seg, end := uint64(0), [32]byte{}
		if tk := t(); tk != nil && len(tk.Attesters) > 0 {
			attester = tk.Attesters[r.IntN(len(tk.Attesters))]
			if void != (common.Address{}) {
				attester = void
			}
			if ls.disputeOf != (common.Address{}) && tk.Att[ls.disputeOf] != nil {
				attester = ls.disputeOf
			}
			seg, end = tk.Att[attester].Segment, tk.Att[attester].EndHash
		}
		parallel := t() != nil && t().Att[attester] != nil && t().Att[attester].State == model.AttDisputed
		tr := ls.tree(id)
		data = tm.PackDisputeAttestation(bid(), attester, taskmarket.TaskMarketChallenge{Segment: seg, Start: tr.Leaf(seg),
			StartProof: p32(tr.Prove(seg)), End: end, EndProof: [][32]byte{}})
		modelOp = func(now uint64) error {
			game := ls.openedGame(rc)
			err := m.DisputeAttestation(id, addr, attester, game, now)
			if errors.Is(err, model.ErrMarketVoidAttestation) {
				ls.counts["dispute void refused"]++ // the chain must refuse it too (checked below)
			}
			if err == nil {
				ls.gameTask[game] = id
				if parallel {
					ls.counts["dispute parallel"]++ // beside the attestation's open disputes
				}
			}
			return err
		}
	case 18:
		name = "game"
		ls.playSomeGame()
	case 19:
		name, id = "settle", ls.pick(model.StatusDisputed, model.StatusFailed) // Failed: its moot disputes
		game := ls.pickGame(id, common.Address{})
		res := ls.result(game)
		moot := t() != nil && t().Status == model.StatusFailed
		data = tm.PackSettle(bid(), new(big.Int).SetUint64(game))
		modelOp = func(now uint64) error {
			err := m.Settle(id, game, res, now)
			if err == nil && moot {
				ls.counts["settle moot"]++ // the solver lost another dispute: at once, pending or not
			}
			if errors.Is(err, model.ErrMarketNoDispute) {
				ls.counts["settle no dispute refused"]++ // the chain must refuse it too (checked below)
			}
			return err
		}
	case 22:
		name, id = "settleAttestation", ls.pick(model.StatusCommitted, model.StatusDisputed, model.StatusFinalized, model.StatusFailed)
		var attester common.Address
		if tk := t(); tk != nil && len(tk.Attesters) > 0 {
			attester = tk.Attesters[r.IntN(len(tk.Attesters))]
			for _, a := range tk.Attesters {
				if tk.Att[a].Disputes > 0 && r.IntN(2) == 0 {
					attester = a
				}
			}
			if ls.disputeOf != (common.Address{}) && tk.Att[ls.disputeOf] != nil {
				attester = ls.disputeOf
			}
		}
		game := ls.pickGame(id, attester)
		res := ls.result(game)
		forfeit := res != model.Pending && call(e, e.game, e.pg.PackForfeited(new(big.Int).SetUint64(game)), e.pg.UnpackForfeited)
		moot := t() != nil && t().Att[attester] != nil && t().Att[attester].State == model.AttClosed
		if d, ok := m.Disputes[game]; ok && attester == (common.Address{}) && d.Task == id && d.Attester == attester {
			// the solver's dispute named as the attestation of address zero (a task with no
			// attesters): both sides refuse it (NoDispute: address zero names the solver's)
			ls.counts["settleAttestation of a solver's game refused"]++
		}
		data = tm.PackSettleAttestation(bid(), attester, new(big.Int).SetUint64(game))
		modelOp = func(now uint64) error {
			err := m.SettleAttestation(id, attester, game, res, now)
			if err == nil && res == model.ChallengerWins && !moot {
				ls.counts["settleAttestation lost"]++ // the bounty, the rest to the pool (compared below)
			}
			if err == nil && moot {
				ls.counts["settleAttestation moot"]++ // the attester lost another dispute: at once, pending or not
			}
			if err == nil && res == model.SolverWins && forfeit {
				ls.counts["settleAttestation forfeit"]++ // the challenger's clock ran out: it reopens nothing
			}
			return err
		}
	case 25:
		name, id = "request chunks", ls.pick(model.StatusCommitted, model.StatusDisputed)
		if tk := t(); tk != nil && ls.side.IntN(6) > 0 {
			who = e.accountOf(tk.Submitter)
			addr = e.addr(who)
		}
		chunks := []uint64{onchain.Chunk(uint32(ls.side.IntN(4)), uint32(ls.side.IntN(3)))}
		if ls.side.IntN(8) == 0 {
			chunks = append(chunks, onchain.Chunk(uint32(1)<<ls.side.IntN(20), 0)) // often past the state tree: refused
		}
		data = tm.PackRequestChunks(bid(), chunks)
		modelOp = func(now uint64) error {
			err := m.RequestChunks(id, addr, chunks, now)
			ls.answerNext = err == nil && ls.side.IntN(4) > 0
			return err
		}
	case 27:
		name, id = "add checks", ls.pick(model.StatusOpen, model.StatusClaimed, model.StatusCommitted, model.StatusDisputed)
		n := uint32(1 + ls.side.IntN(3))
		if ls.side.IntN(10) == 0 {
			n = 0 // refused
		}
		fee := new(big.Int)
		if tk := t(); tk != nil {
			if ls.side.IntN(6) > 0 {
				who = e.accountOf(tk.Submitter) // usually the submitter; anyone else is refused
				addr = e.addr(who)
			}
			fee.Mul(tk.Audit.AttestFee.ToBig(), big.NewInt(int64(n)))
		}
		if ls.side.IntN(8) == 0 {
			fee.Add(fee, big.NewInt(1)) // not the fees of n checks: refused
		}
		value = fee
		data = tm.PackAddChecks(bid(), n)
		modelOp = func(now uint64) error { return m.AddChecks(id, addr, n, u256(fee), now) }
	case 26:
		name, id = "answer chunks", ls.pick(model.StatusCommitted, model.StatusDisputed)
		for k := uint64(1); k <= uint64(len(m.Tasks)) && ls.want == 0; k++ {
			if m.Task(k).Chunks != nil && ls.side.IntN(4) > 0 {
				id = k // usually the task whose request is open
			}
		}
		var chunks []uint64
		var os []taskmarket.TaskMarketChunkOpening
		valid := ls.side.IntN(5) > 0
		if tk, lk := t(), ls.tasks[id]; tk != nil && tk.Chunks != nil && lk != nil && lk.view != nil {
			chunks = tk.Chunks.Chunks
			if ls.side.IntN(10) == 0 {
				chunks = chunks[:0] // not the chunks asked for
			}
			final := lk.view.CheckpointState(lsSteps)
			if leaf := tk.Leaves[tk.N]; leaf != final.Hash() {
				// the last segment forced: until the reveal the final leaf is its decoy
				if d, _, err := onchain.NewDecoy(final, lk.secret, id); err == nil && d.Hash() == leaf {
					final = d
					ls.counts["answer chunks of a decoy final state"]++
				}
			}
			for _, c := range chunks {
				o, err := onchain.ChunkOpening(final, c)
				if err != nil {
					e.t.Fatal(err)
				}
				if !valid {
					o.Leaf[31] ^= 1
				}
				os = append(os, o)
			}
		}
		data = tm.PackAnswerChunks(bid(), chunks, os)
		modelOp = func(now uint64) error { return m.AnswerChunks(id, addr, chunks, valid || len(chunks) == 0, now) }
	case 20:
		name, id = "finalize", ls.pick(model.StatusOpen, model.StatusClaimed, model.StatusCommitted)
		data = tm.PackFinalize(bid())
		modelOp = func(now uint64) error { return m.Finalize(id, now) }
	case 21:
		name, id = "close", ls.pick(model.StatusFinalized, model.StatusFailed, model.StatusCommitted)
		var attester common.Address
		var proof [][32]byte
		proven := false
		if tk := t(); tk != nil && len(tk.Attesters) > 0 {
			attester = tk.Attesters[r.IntN(len(tk.Attesters))]
			if r.IntN(4) > 0 {
				proof, proven = p32(ls.tree(id).Prove(tk.Att[attester].Segment+1)), true
			}
		}
		data = tm.PackCloseAttestation(bid(), attester, proof)
		modelOp = func(now uint64) error {
			joined := t() != nil && t().Att[attester] != nil && t().Att[attester].State == model.AttJoined
			err := m.CloseAttestation(id, attester, proven, now)
			if err == nil && t().Att[attester].Outcome == model.OutcomeVoid {
				ls.counts["close void"]++
			}
			if err == nil && joined {
				ls.counts["close joined"]++ // joined, never committed: Unrevealed (compared below)
			}
			return err
		}
	}
	if modelOp == nil {
		return
	}
	var chainErr error
	rc, chainErr = e.sendMined(who, e.market, data, value)
	if rc == nil {
		e.t.Fatalf("op %d %s: no receipt: %v", i, name, chainErr)
	}
	now := e.blockTime(rc)
	var modelErr error
	if chainNot {
		modelErr = errors.New("not ready (block number)")
	} else {
		modelErr = modelOp(now)
	}
	if (chainErr == nil) != (modelErr == nil) {
		e.t.Fatalf("op %d %s by %d on task %d at %d: chain %v, model %v", i, name, who, id, now, chainErr, modelErr)
	}
	if chainErr == nil {
		ls.counts[name]++
	} else {
		ls.lastErr[name] = modelErr
	}
	ls.compare(fmt.Sprintf("op %d %s", i, name), id)
	if ls.joined != nil && ls.hunt {
		ls.drawVoid(id, *ls.joined)
	}
	ls.joined = nil
}

// drawVoid plays the block producer for a hunt: when task id is forced, it re-seals
// the block after attester's join (forking back to the join block, one second later
// each time) until the attester draws segment f+1, so that void attestations occur.
// The block holds no transaction: the model sees nothing of it but its hash, which
// attest passes.
func (ls *auditLockstep) drawVoid(id uint64, attester common.Address) {
	e, tk, lk := ls.e, ls.m.Task(id), ls.tasks[id]
	forced, f := model.ForcedError(lk.secret, tk.A.ClaimHash, id, tk.N, tk.Audit.ForcedErrorBps)
	if !forced || f+1 >= tk.N {
		if forced {
			ls.counts["hunt: last segment forced"]++
		}
		return // no segment after the forced one (the last segment was forced): nothing is void
	}
	// covering draws: an earlier slot of the attester's pass may have taken f+1 already
	slot := tk.Att[attester].Slot
	hashes := ls.hashOf(id, attester, e.head().Number.Uint64()+1)
	for i := slot - slot%uint32(tk.N); i < slot; i++ {
		if s, err := ls.m.SlotDraw(id, i, hashes); err != nil {
			e.t.Fatal(err)
		} else if s == f+1 {
			ls.counts["hunt: f+1 drawn earlier in the pass"]++
			return
		}
	}
	ls.counts["hunt: drawing f+1"]++
	sim := e.sim.(*chain.Sim)
	j := lk.joins[attester]
	jh, err := e.sim.HeaderByNumber(e.ctx, new(big.Int).SetUint64(j))
	if err != nil || e.head().Number.Uint64() != j {
		e.t.Fatalf("join block %d: %v", j, err)
	}
	for k := 1; k <= 64; k++ {
		if k > 1 {
			if err := sim.Simulated().Fork(jh.Hash()); err != nil {
				e.t.Fatal(err)
			}
		}
		if err := sim.Advance(e.ctx, time.Duration(k)*time.Second); err != nil {
			e.t.Fatal(err)
		}
		s, err := ls.m.AttestSegment(id, attester, ls.hashOf(id, attester, e.head().Number.Uint64()+1))
		if err != nil {
			e.t.Fatal(err)
		}
		if s == f+1 {
			ls.counts["hunt: drew f+1"]++
			return
		}
	}
	e.t.Fatalf("64 blocks after a join never drew segment f+1 = %d", f+1)
}

// hashOf is the model.HashOf of an attest (or a view) by attester in block next on
// task id: for each slot, the hash of the block after its join as the contract reads
// it (BLOCKHASH or EIP-2935's history: the sequence never mines 8191 blocks); zero
// while that block is not sealed; model.JoinHashExpired for attester's own slot once
// it is more than 256 blocks old (attest refuses: AttestExpired).
func (ls *auditLockstep) hashOf(id uint64, attester common.Address, next uint64) model.HashOf {
	return func(slot uint32) [32]byte {
		tk, lk := ls.m.Task(id), ls.tasks[id]
		if tk == nil || lk == nil || int(slot) >= len(tk.Attesters) {
			return [32]byte{}
		}
		a := tk.Attesters[slot]
		j, ok := lk.joins[a]
		if !ok || next <= j+1 {
			return [32]byte{}
		}
		if a == attester && next > j+1+256 {
			return model.JoinHashExpired
		}
		h, err := ls.e.sim.HeaderByNumber(ls.e.ctx, new(big.Int).SetUint64(j+1))
		if err != nil {
			ls.e.t.Fatal(err)
		}
		return h.Hash()
	}
}

// decoyOpening is the opening a forced solver of task id (view lk.view) passes to
// revealSecret for segment f, usually right; sometimes of another element, another
// state, with an index beyond its path, or against the liar's state: a revert (the
// posted leaf f+1 is not its decoy) unless the solver committed that very decoy.
func (ls *auditLockstep) decoyOpening(lk *lsTask, f uint64, secret [32]byte, id uint64) *checkpoint.FloatProof {
	st := lk.view.CheckpointState((f + 1) * lsInterval)
	_, open, err := onchain.NewDecoy(st, secret, id)
	if err != nil {
		ls.e.t.Fatal(err)
	}
	c := ls.r.IntN(16)
	if ls.hunt {
		c = 15
	}
	switch c {
	case 0: // another element of the same state
		other, err := checkpoint.ProveFloat(st, int(open.TensorIndex), int(open.Element+1)%len(st.Tensors[open.TensorIndex].Data))
		if err != nil {
			ls.e.t.Fatal(err)
		}
		return other
	case 1: // an index with bits above its path: one proof for several elements
		bad := *open
		bad.Element += uint64(checkpoint.FloatsPerLeaf) << len(bad.DataPath)
		return &bad
	case 2: // the other party's state
		v := ls.truth
		if lk.view == ls.truth {
			v = ls.liar
		}
		_, o, err := onchain.NewDecoy(v.CheckpointState((f+1)*lsInterval), secret, id)
		if err != nil {
			ls.e.t.Fatal(err)
		}
		return o
	}
	return open
}

// natural is the operation that moves a random live task on (with the target task),
// so that random sequences reach every state: among them more disputes beside the
// open ones (of the solver or of an attestation) before windowEnd, and the settles of
// moot ones once their defender lost another.
func (ls *auditLockstep) natural() (int, uint64) {
	m, e, r := ls.m, ls.e, ls.r
	var live []uint64
	for id := uint64(1); id <= uint64(len(m.Tasks)); id++ {
		tk := m.Task(id)
		open := tk.Disputes > 0
		for _, a := range tk.Attesters {
			open = open || tk.Att[a].State != model.AttClosed || tk.Att[a].Disputes > 0
		}
		if (tk.Status >= model.StatusOpen && tk.Status <= model.StatusDisputed) || open {
			live = append(live, id)
		}
	}
	if len(live) < 3 && r.IntN(3) == 0 || len(live) == 0 {
		return 6, 0 // post
	}
	id := live[r.IntN(len(live))]
	tk, lk := m.Task(id), ls.tasks[id]
	head := e.head()
	next, now := head.Number.Uint64()+1, head.Time+1
	if r.IntN(5) == 0 {
		return 0, 0 // deposit, so that stakes can be locked
	}
	for _, a := range tk.Attesters {
		switch at := tk.Att[a]; {
		case at.State == model.AttClosed && at.Disputes > 0: // lost one: the others are moot
			ls.disputeOf = a
			return []int{18, 22, 22}[r.IntN(3)], id
		case at.State == model.AttDisputed:
			ls.disputeOf = a
			if now < tk.WindowEnd && at.Disputes < 2 && ls.counts["settleAttestation moot"] == 0 {
				return []int{17, 17, 18, 22}[r.IntN(4)], id // a second dispute first: one of two will be moot
			}
			if now < tk.WindowEnd { // one more dispute beside the open ones, a game, a settle
				return []int{17, 18, 22, 22}[r.IntN(4)], id
			}
			return []int{18, 22}[r.IntN(2)], id
		}
	}
	if tk.Status == model.StatusFailed && tk.Disputes > 0 { // the solver lost one: the others are moot
		return []int{18, 19, 19}[r.IntN(3)], id
	}
	switch tk.Status {
	case model.StatusOpen:
		return 9, id
	case model.StatusClaimed:
		if lk != nil && next <= lk.claimBlock+model.SeedDelay {
			return 5, id
		}
		return 10, id
	case model.StatusDisputed:
		if now < tk.WindowEnd { // one more challenge beside the open ones, games, settles
			return []int{16, 18, 18, 19, 19}[r.IntN(5)], id
		}
		return []int{18, 19}[r.IntN(2)], id
	case model.StatusFinalized, model.StatusFailed:
		if now < tk.WindowEnd { // the solver lost: attestations stay disputable until windowEnd, then close
			ls.target = tk.WindowEnd
			// a day's jump would expire the hunted tasks' windows, until the void
			// disputes are done and a void attestation waits for this window's end
			if ls.hunt && ls.counts["dispute void refused"] == 0 || ls.huntWrong {
				return []int{17, 21}[r.IntN(2)], id
			}
			return []int{17, 23, 21}[r.IntN(3)], id
		}
		return 21, id
	}
	// committed
	switch {
	case !tk.SeedDrawn && lk != nil && next <= lk.commitBlock+model.SeedDelay:
		return 5, id
	case !tk.SeedDrawn:
		return 11, id
	case tk.Audit.On() && !tk.A.SecretRevealed && now <= tk.A.AttestEnd:
		ls.target = tk.A.AttestEnd + 1
		joined := false // someone joined and not committed
		for _, a := range tk.Attesters {
			joined = joined || tk.Att[a].State == model.AttJoined
		}
		if joined && r.IntN(4) > 0 {
			return []int{12, 12, 12, 5}[r.IntN(4)], id // attest (sometimes too early), or a block first
		}
		return []int{24, 24, 24, 12, 23}[r.IntN(5)], id
	case tk.Audit.On() && !tk.A.SecretRevealed && now <= tk.A.RevealEnd:
		ls.target = tk.A.RevealEnd + 1
		// mostly reveals (each attester one) before the clock moves past the window:
		// revealed attestations are what the disputes of the rest of the sequence need
		return []int{14, 14, 14, 14, 14, 14, 14, 23}[r.IntN(8)], id
	case tk.Audit.On() && !tk.A.SecretRevealed && now <= tk.A.SecretEnd && r.IntN(8) > 0:
		return 15, id
	case tk.Audit.On() && !tk.A.SecretRevealed:
		return 20, id
	}
	ls.target = tk.WindowEnd
	return []int{16, 17, 17, 23, 20}[r.IntN(5)], id
}

// playSomeGame takes a pending game of an open dispute (a solver's or an
// attestation's, moot or not), lets the party in the solver's seat make its first move
// from whichever view fits (or none), then lets the clock of the party to move run out.
func (ls *auditLockstep) playSomeGame() {
	e := ls.e
	type pending struct {
		game *big.Int
		seat common.Address
	}
	var games []pending
	for _, g := range ls.openGames(0, nil) {
		d := ls.m.Disputes[g]
		seat := d.Attester
		if seat == (common.Address{}) {
			seat = ls.m.Task(d.Task).Solver
		}
		if ls.result(g) == model.Pending {
			games = append(games, pending{new(big.Int).SetUint64(g), seat})
		}
	}
	if len(games) == 0 {
		return
	}
	if ls.disputeOf != (common.Address{}) && ls.r.IntN(2) == 0 {
		// often a game of the attestation the sequence steers (natural)
		var its []pending
		for _, g := range games {
			if g.seat == ls.disputeOf {
				its = append(its, g)
			}
		}
		if len(its) > 0 {
			games = its
		}
	}
	g := games[ls.r.IntN(len(games))]
	st := call(e, e.game, e.pg.PackState(g.game), e.pg.UnpackState)
	if st.Result != 0 {
		return
	}
	if ls.r.IntN(2) == 0 && st.Moves == 0 {
	views:
		for _, v := range []*model.World{ls.truth, ls.liar} {
			tr := traceTree(v, lsSteps, lsInterval)
			for seg := uint64(0); seg+1 < uint64(tr.Len()); seg++ {
				s := model.Setup{NodesRoot: v.Spec.NodesTree.Root(), StateMapRoot: v.Spec.StateMap.Root(), DataRoot: v.Spec.DataTree.Root(),
					Agreed: tr.Leaf(seg), Disputed: tr.Leaf(seg + 1), FirstStep: seg * lsInterval, SegLen: lsInterval,
					NumNodes: uint32(len(v.Spec.Nodes)), StateDepth: v.Spec.StateDepth, Clock: 3600}
				mg, err := model.New(s, 4, 0)
				if err != nil {
					continue
				}
				mv := model.HonestSolver{V: v, Spec: v.Spec}.Next(mg)
				if _, err := e.send(e.accountOf(g.seat), e.game, e.pack(g.game, 0, mv), nil); err == nil {
					break views
				}
			}
		}
		st = call(e, e.game, e.pg.PackState(g.game), e.pg.UnpackState)
	}
	left := st.ClockChallenger
	if st.SolverTurn {
		left = st.ClockSolver
	}
	e.advanceTo(st.LastMove + left + 1)
	if _, err := e.send(accOutsider, e.game, e.pg.PackTimeout(g.game), nil); err != nil {
		e.t.Fatalf("timeout: %v", err)
	}
	ls.counts["game"]++
}

// openGames is the open disputes (the model's) of task id against attester (nil:
// any task, any defender; zero: the solver), by game id.
func (ls *auditLockstep) openGames(id uint64, attester *common.Address) []uint64 {
	var gs []uint64
	for g, d := range ls.m.Disputes {
		if attester == nil || (d.Task == id && d.Attester == *attester) {
			gs = append(gs, g)
		}
	}
	slices.Sort(gs)
	return gs
}

// pickGame is the game a settle of task id's disputes against attester (zero: the
// solver) names: usually an open one, most often one whose game is over; now and then
// any game (another's, a settled one, one not yet opened: NoDispute, unless it hits).
func (ls *auditLockstep) pickGame(id uint64, attester common.Address) uint64 {
	r := ls.r
	gs := ls.openGames(id, &attester)
	if len(gs) == 0 || r.IntN(10) == 0 {
		return 1 + r.Uint64N(ls.gameCount()+1)
	}
	var over []uint64
	for _, g := range gs {
		if ls.result(g) != model.Pending {
			over = append(over, g)
		}
	}
	if len(over) > 0 && r.IntN(4) > 0 {
		return over[r.IntN(len(over))]
	}
	return gs[r.IntN(len(gs))]
}

// result is game's result on chain (Pending for a game that does not exist).
func (ls *auditLockstep) result(game uint64) model.Result {
	e := ls.e
	return model.Result(call(e, e.game, e.pg.PackResult(new(big.Int).SetUint64(game)), e.pg.UnpackResult))
}

func (ls *auditLockstep) gameCount() uint64 {
	e := ls.e
	return call(e, e.game, e.pg.PackGameCount(), e.pg.UnpackGameCount).Uint64()
}

// openedGame is the game that rc's challenge or disputeAttestation opened, or, when it
// opened none (a revert), the id the next game would get: the model must refuse then.
func (ls *auditLockstep) openedGame(rc *types.Receipt) uint64 {
	if rc != nil && rc.Status == types.ReceiptStatusSuccessful {
		return ls.e.openedGame(rc).Uint64()
	}
	return ls.gameCount() + 1
}

func weq(chainV *big.Int, modelV model.Wei) bool { return chainV.Cmp(modelV.ToBig()) == 0 }

// compare checks every total, every actor's buckets and task id's state.
func (ls *auditLockstep) compare(when string, id uint64) {
	e, m, tm := ls.e, ls.m, ls.e.tm
	e.t.Helper()
	var diffs []string
	check := func(what string, chainV *big.Int, modelV model.Wei) {
		if !weq(chainV, modelV) {
			diffs = append(diffs, fmt.Sprintf("%s: chain %v, model %v", what, chainV, modelV.Dec()))
		}
	}
	check("balance", e.balance(), m.Balance)
	check("totalFree", call(e, e.market, tm.PackTotalFree(), tm.UnpackTotalFree), m.TotalFree)
	check("totalLocked", call(e, e.market, tm.PackTotalLocked(), tm.UnpackTotalLocked), m.TotalLocked)
	check("totalUnbonding", call(e, e.market, tm.PackTotalUnbonding(), tm.UnpackTotalUnbonding), m.TotalUnbonding)
	check("totalEscrow", call(e, e.market, tm.PackTotalEscrow(), tm.UnpackTotalEscrow), m.TotalEscrow)
	check("totalJackpot", call(e, e.market, tm.PackTotalJackpot(), tm.UnpackTotalJackpot), m.TotalJackpot)
	for _, i := range append([]int{accTreasury}, ls.actors...) {
		a := e.addr(i)
		check(fmt.Sprintf("free[%d]", i), call(e, e.market, tm.PackFree(a), tm.UnpackFree), m.Free[a])
		check(fmt.Sprintf("locked[%d]", i), call(e, e.market, tm.PackLocked(a), tm.UnpackLocked), m.Locked[a])
		u := call(e, e.market, tm.PackUnbonding(a), tm.UnpackUnbonding)
		check(fmt.Sprintf("unbonding[%d]", i), u.Amount, m.Unbonding[a].Amount)
		if u.ReleaseAt != m.Unbonding[a].ReleaseAt {
			diffs = append(diffs, fmt.Sprintf("releaseAt[%d]: chain %d, model %d", i, u.ReleaseAt, m.Unbonding[a].ReleaseAt))
		}
	}
	if err := m.CheckInvariant(); err != nil {
		diffs = append(diffs, err.Error())
	}
	if tk := m.Task(id); tk != nil {
		diffs = append(diffs, ls.compareTask(id, tk)...)
	}
	if len(diffs) > 0 {
		e.t.Fatalf("%s (task %d): %v", when, id, diffs)
	}
}

func (ls *auditLockstep) compareAll(when string) {
	for id := uint64(1); id <= uint64(len(ls.m.Tasks)); id++ {
		ls.compare(when, id)
	}
}

func (ls *auditLockstep) compareTask(id uint64, tk *model.MarketTask) []string {
	e, tm := ls.e, ls.e.tm
	bid := new(big.Int).SetUint64(id)
	var diffs []string
	c := call(e, e.market, tm.PackGetTask(bid), tm.UnpackGetTask)
	if c.Status != uint8(tk.Status) || !weq(c.Reward, tk.Reward) || c.WindowEnd != tk.WindowEnd || c.CommitBy != tk.CommitBy ||
		c.Disputes != tk.Disputes || c.Solver != tk.Solver || (tk.SeedDrawn != (c.Seed != [32]byte{})) {
		diffs = append(diffs, fmt.Sprintf("task: chain %+v, model status %v reward %v windowEnd %d disputes %d commitBy %d", c, tk.Status,
			tk.Reward.Dec(), tk.WindowEnd, tk.Disputes, tk.CommitBy))
	}
	// every game the task ever opened: open (the same dispute on both sides) or settled
	// (none on either)
	var games []uint64
	for g, k := range ls.gameTask {
		if k == id {
			games = append(games, g)
		}
	}
	slices.Sort(games)
	for _, g := range games {
		cd := call(e, e.market, tm.PackDisputeOf(new(big.Int).SetUint64(g)), tm.UnpackDisputeOf)
		md := ls.m.Disputes[g]
		if cd.Challenger != md.Challenger || cd.Segment != md.Segment || cd.Attester != md.Attester || cd.Task != md.Task {
			diffs = append(diffs, fmt.Sprintf("disputeOf(%d): chain %+v, model %+v", g, cd, md))
		}
	}
	if tk.Leaves != nil && c.TraceRoot != model.NewTree(tk.Leaves).Root() {
		diffs = append(diffs, "trace root")
	}
	if tk.SeedDrawn && c.Seed != tk.Seed {
		diffs = append(diffs, "seed")
	}
	a := call(e, e.market, tm.PackGetAudit(bid), tm.UnpackGetAudit)
	s := tk.A
	if a.SecretHash != s.SecretHash || a.ClaimHash != s.ClaimHash || a.AttestEnd != s.AttestEnd || a.RevealEnd != s.RevealEnd ||
		a.SecretEnd != s.SecretEnd || a.SecretRevealed != s.SecretRevealed || a.Forced != s.Forced || a.SolverLost != s.SolverLost ||
		a.ForcedSegment != s.ForcedSegment || a.ChallengedSegment != s.ChallengedSegment ||
		a.Decoy != s.Decoy || a.TrueLeaf != s.TrueLeaf || a.Attesters != s.Attesters || a.Finders != s.Finders || a.Drawn != s.Drawn ||
		a.Audit.MaxAttesters != tk.Audit.MaxAttesters ||
		!weq(a.JackpotShare, s.JackpotShare) || !weq(a.JackpotHeld, s.JackpotHeld) || !weq(a.FeesHeld, s.FeesHeld) {
		diffs = append(diffs, fmt.Sprintf("audit state: chain %+v, model %+v", a, s))
	}
	for _, i := range ls.actors {
		addr := e.addr(i)
		ca := call(e, e.market, tm.PackGetAttestation(bid, addr), tm.UnpackGetAttestation)
		ma := tk.Att[addr]
		if ma == nil {
			if ca.State != 0 {
				diffs = append(diffs, fmt.Sprintf("attestation of %d: chain state %d, model none", i, ca.State))
			}
			continue
		}
		if ca.State != uint8(ma.State) || ca.Segment != ma.Segment || ca.Commitment != ma.Commitment || ca.EndHash != ma.EndHash ||
			ca.Disputes != ma.Disputes || ca.JoinBlock != ls.tasks[id].joins[addr] || ca.Slot != ma.Slot {
			diffs = append(diffs, fmt.Sprintf("attestation of %d: chain %+v, model %+v", i, ca, *ma))
		}
	}
	return diffs
}
