package incentives

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/veritrain/veritrain/contracts/model"
)

// Scenario says which agents deviate from honest play; the zero value is the honest
// world (every verifier diligent, the solver honest, whistleblowers sampling).
type Scenario struct {
	Name string
	// SolverCheats: the solver cheats with probability Params.CheatProb.
	SolverCheats bool
	// FocalLazy: verifier 0 attests the posted leaf without computing.
	FocalLazy bool
	// AllLazy: every verifier attests the posted leaf without computing (with Withhold:
	// what attesters would do if laziness everywhere were their best response to
	// withholding; it is not where the always-lazy verifier (withheld) loses).
	AllLazy bool
	// FocalSelective: verifier 0 is selectively lazy: knowing its segment s, it attests
	// the posted leaf without computing exactly where LazyPays says laziness pays (with
	// Withhold: against a re-run of s+1 segments), and computes elsewhere.
	FocalSelective bool
	// AllSelective: every verifier is selectively lazy, each playing the better of
	// diligence and laziness on its segment: the attesters' best response (with
	// Withhold and SolverCheats: the withholding cheater facing it).
	AllSelective bool
	// FocalProbing: verifier 0 fetches the checkpoint its segment ends on and attests its
	// root, computing only when the solver serves none. It used to find every forced
	// error for free (the decoy was a bare hash, never served); now the decoy is a served
	// state like any other, so it is the lazy verifier.
	FocalProbing bool
	// SelfAttest: the solver (honest) keeps a sybil attester that takes the last
	// verifier's slot on every task and attests the solver's true leaf without
	// computing. It cannot choose its segment (drawn from the block after it joins), so
	// it finds the forced segment no more often than anyone; before attesting took two
	// steps it could grind an address assigned to the forced segment the solver knows.
	SelfAttest bool
	// Ring: verifiers 1..Params.Colluders share the solver's purse: they attest what the
	// solver tells them (its own trace, the true leaf of a forced segment included)
	// without computing, and the solver cheats with probability Params.RingCheatProb.
	Ring bool
	// Griefer: an extra account challenges the honest solver on a random segment and
	// disputes a random correct attestation on every task.
	Griefer bool
	// Withhold: the solver serves no checkpoint (its trace is on chain all the same,
	// commitTrace's leaves). A diligent party re-runs from the spec's initial state, as
	// verifier.SegmentRun does when the start cannot be fetched: an attester of segment s
	// pays (s+1) segments for its attestation, and nothing more after the secret
	// reveal: the verifier's check (judgeAttested hands it the attestation's run from
	// step 0) goes on from that run, compares every leaf up to s and challenges the
	// first wrong one; a whistleblower re-runs each task from step 0 once,
	// as far as the furthest segment it samples, and leaves an attestation whose start
	// its own run contradicts to the verifiers' challenge. With SolverCheats: the
	// withholding cheater.
	Withhold bool
}

// Roles whose per-task profit a run records.
const (
	RoleSolver        = "solver"
	RoleFocalVerifier = "verifier"      // verifier 0
	RoleRing          = "ring"          // the solver and verifiers 1..Colluders, one purse
	RoleWhistleblower = "whistleblower" // all whistleblowers together
	RoleGriefer       = "griefer"
	RoleSelfAttest    = "self-attest" // the solver and its sybil attester, one purse
)

// Run is the record of one scenario: per task, each role's profit in ether.
type Run struct {
	Scenario Scenario
	Profit   map[string][]float64
	// Cheats counts tasks on which the solver cheated; Undetected those of them it was
	// paid for.
	Cheats, Undetected int
	// JackpotsPaid counts forced errors whose jackpot went to a finder; LazySlashed
	// counts attesters slashed for revealing a decoy; Void counts attestations of the
	// segment after a forced one (started from the decoy: neither paid nor slashed).
	Forced, JackpotsPaid, LazySlashed, Void int
	// PoolStart and PoolEnd are the jackpot pool in ether before and after.
	PoolStart, PoolEnd float64
}

// addresses of the simulated accounts: role byte, index byte.
func addr(role, i byte) common.Address { return common.Address{18: role, 19: i} }

var (
	submitter = addr(1, 0)
	solverA   = addr(2, 0)
	treasury  = addr(3, 0)
	grieferA  = addr(4, 0)
)

func verifierA(i int) common.Address      { return addr(5, byte(i)) }
func whistleblowerA(i int) common.Address { return addr(6, byte(i)) }

// sybilA is the self-attesting solver's sybil.
var sybilA = addr(7, 0)

// wei converts ether to wei (rounded to the gwei).
func wei(eth float64) model.Wei {
	var w model.Wei
	w.Mul(uint256.NewInt(uint64(math.Round(eth*1e9))), uint256.NewInt(1e9))
	return w
}

func ether(w model.Wei) float64 { return w.Float64() / 1e18 }

// diff is after - before in ether.
func diff(after, before model.Wei) float64 {
	var d model.Wei
	if after.Lt(&before) {
		d.Sub(&before, &after)
		return -ether(d)
	}
	d.Sub(&after, &before)
	return ether(d)
}

// draws is one task's randomness, the same in every scenario of a seed so that
// scenarios are compared on the same tasks (common random numbers).
type draws struct {
	secret, claimHash, seed [32]byte
	cheatU                  float64
	cheatSeg                uint64
	sampleU                 [][]float64 // [whistleblower][verifier]
	griefSeg                uint64
	griefTarget             int
}

func drawTask(p *Params, seed uint64, task int) draws {
	r := rand.New(rand.NewPCG(seed, uint64(task)))
	var d draws
	for _, b := range []*[32]byte{&d.secret, &d.claimHash, &d.seed} {
		for i := 0; i < 32; i += 8 {
			binary.LittleEndian.PutUint64(b[i:], r.Uint64())
		}
	}
	d.cheatU = r.Float64()
	d.cheatSeg = r.Uint64N(p.Segments)
	d.sampleU = make([][]float64, p.Whistleblowers)
	for i := range d.sampleU {
		d.sampleU[i] = make([]float64, p.Verifiers)
		for j := range d.sampleU[i] {
			d.sampleU[i][j] = r.Float64()
		}
	}
	d.griefSeg = r.Uint64N(p.Segments)
	d.griefTarget = r.IntN(p.Verifiers)
	return d
}

// world is the market and the accounts of one scenario's run.
type world struct {
	p     *Params
	sc    Scenario
	m     *model.Market
	now   uint64
	cost  map[common.Address]float64 // this task's gas and compute, in ether
	games uint64                     // game ids handed out (the model names each dispute by its game)
	// lazyAt[s]: a selectively lazy attester of segment s is lazy (LazyPays).
	lazyAt []bool
}

// game hands out the next dispute's game id (games is then its id).
func (w *world) game() uint64 { w.games++; return w.games }

const funds = 1e5 // ether each simulated account deposits once

// Simulate runs tasks tasks of scenario sc on a fresh market model and records every
// role's profit per task. It is deterministic for (p, sc, tasks, seed).
func Simulate(ctx context.Context, p Params, sc Scenario, tasks int, seed uint64) (*Run, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if tasks < 1 {
		return nil, fmt.Errorf("%w: %d tasks", ErrBadParams, tasks)
	}
	w := &world{p: &p, sc: sc, m: model.NewMarket(p.UnbondingDelayS, treasury, p.WinnerShareBps), now: 1}
	w.lazyAt = make([]bool, p.Segments)
	for s := range p.Segments {
		w.lazyAt[s] = LazyPays(p, s, sc.Withhold)
	}
	accounts := []common.Address{solverA, grieferA}
	for i := range p.Verifiers {
		accounts = append(accounts, verifierA(i))
	}
	for i := range p.Whistleblowers {
		accounts = append(accounts, whistleblowerA(i))
	}
	if sc.SelfAttest {
		accounts = append(accounts, sybilA)
	}
	for _, a := range accounts {
		if err := w.m.Deposit(a, wei(funds)); err != nil {
			return nil, fmt.Errorf("deposit: %w", err)
		}
	}
	if p.InitialJackpot > 0 {
		// The operator's seed money enters as a task's jackpot fee: post one and cancel it.
		audit := w.audit()
		audit.JackpotFee = wei(p.InitialJackpot)
		id, err := w.m.PostTask(submitter, p.Segments, w.terms(), audit, wei(p.InitialJackpot+p.Reward+p.AttestFee*float64(p.Verifiers)), w.now)
		if err != nil {
			return nil, fmt.Errorf("seed the pool: %w", err)
		}
		if err := w.m.CancelTask(id, submitter); err != nil {
			return nil, fmt.Errorf("seed the pool: %w", err)
		}
	}
	run := &Run{Scenario: sc, Profit: map[string][]float64{}, PoolStart: ether(w.m.TotalJackpot)}
	for i := range tasks {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("simulate: %w", err)
			}
		}
		if err := w.task(run, i, drawTask(&p, seed, i)); err != nil {
			return nil, fmt.Errorf("task %d: %w", i, err)
		}
	}
	if err := w.m.CheckInvariant(); err != nil {
		return nil, err
	}
	run.PoolEnd = ether(w.m.TotalJackpot)
	return run, nil
}

func (w *world) terms() model.MarketTerms {
	return model.MarketTerms{SolverStake: wei(w.p.SolverStake), ChallengerBond: wei(w.p.ChallengerBond),
		ClaimBy: w.now + 86400, CommitWindow: w.p.CommitWindowSecs, ChallengeWindow: w.p.ChallengeWindow, GameClock: 3600}
}

func (w *world) audit() model.MarketAudit {
	return model.MarketAudit{ForcedErrorBps: w.p.ForcedErrorBps, AttestWindow: w.p.AttestWindow, RevealWindow: w.p.RevealWindow,
		AttestStake: wei(w.p.AttestStake), JackpotFee: wei(w.p.JackpotFee), Jackpot: wei(w.p.Jackpot),
		AttestFee: wei(w.p.AttestFee), MaxAttesters: uint32(w.p.Verifiers)}
}

func (w *world) gas(who common.Address, g uint64) { w.cost[who] += w.p.gasETH(g) }

// leaf is the state root of checkpoint i of a lineage ('H' the true run, 'W' a
// cheater's run after its wrong segment) of task t. Only its identity matters, so it is
// the triple itself, not a hash of it (hashing was a third of the simulation's time).
func leaf(lineage byte, t, i uint64) [32]byte {
	var b [32]byte
	b[0] = lineage
	binary.BigEndian.PutUint64(b[8:], t)
	binary.BigEndian.PutUint64(b[16:], i)
	return b
}

// trace is one task's computation: what each checkpoint is and what re-running a
// segment from it gives.
type trace struct {
	n        uint64
	truth    [][32]byte            // the true run: what a re-run from the initial state gives
	solver   [][32]byte            // the solver's own trace (what it claims is true)
	posted   [][32]byte            // what it commits (the decoy in place when forced)
	next     map[[32]byte][32]byte // re-running one segment from a state root
	withheld bool                  // the solver serves no checkpoint
}

func newTrace(n, task uint64, cheatSeg uint64, cheats, withheld bool) *trace {
	tr := &trace{n: n, next: make(map[[32]byte][32]byte, 2*n+2), withheld: withheld}
	for i := range n + 1 {
		h := leaf('H', task, i)
		tr.truth = append(tr.truth, h)
		if i < n {
			tr.next[h] = leaf('H', task, i+1)
		}
	}
	tr.solver = append([][32]byte(nil), tr.truth...)
	if cheats {
		for i := cheatSeg + 1; i <= n; i++ {
			wl := leaf('W', task, i)
			tr.solver[i] = wl
			if i < n {
				tr.next[wl] = leaf('W', task, i+1)
			}
		}
	}
	tr.posted = append([][32]byte(nil), tr.solver...)
	return tr
}

// decoy puts a forced task's decoy at leaf f+1: a served state (the true one with one
// value perturbed), so re-running from it gives a state of its own lineage.
func (tr *trace) decoy(task, f uint64) {
	d := leaf('D', task, f+1)
	tr.posted[f+1] = d
	tr.next[d] = leaf('D', task, f+2)
}

// served says whether the solver serves a checkpoint for the posted leaf i. A
// withholding solver serves none, not even the initial state (leaf 0), which a party
// that cannot fetch it builds from the spec.
func (tr *trace) served(posted [][32]byte, i uint64) bool {
	if tr.withheld {
		return false
	}
	_, ok := tr.next[posted[i]]
	return ok || i == tr.n
}

// recompute is what a diligent party gets for segment seg's end from the posted
// trace, as verifier.SegmentRun.End: a re-run of the segment from its start
// checkpoint, or, when the solver does not serve that, of segments 0..seg from the
// initial state (own). It returns the end hash and the segments re-run.
func (tr *trace) recompute(posted [][32]byte, seg uint64) (end [32]byte, segs int, own bool) {
	if !tr.served(posted, seg) {
		return tr.truth[seg+1], int(seg + 1), true
	}
	return tr.next[posted[seg]], 1, false
}

// firstWrong is what a verifier's check finds re-running from the initial state
// (Verifier.rerun): the first segment i <= seg whose end leaf differs from its own run
// (-1: none), and the segments it re-ran to find it.
func (tr *trace) firstWrong(leaves [][32]byte, seg uint64) (int64, int) {
	for i := range seg + 1 {
		if leaves[i+1] != tr.truth[i+1] {
			return int64(i), int(i + 1)
		}
	}
	return -1, int(seg + 1)
}

// task plays one task from post to finalize and records each role's profit.
func (w *world) task(run *Run, k int, d draws) error {
	p, m := w.p, w.m
	w.cost = map[common.Address]float64{}
	ring := map[common.Address]bool{solverA: w.sc.Ring}
	for i := 1; i <= p.Colluders; i++ {
		ring[verifierA(i)] = w.sc.Ring
	}
	tracked := []common.Address{solverA, verifierA(0), grieferA}
	for i := 1; i <= p.Colluders; i++ {
		tracked = append(tracked, verifierA(i))
	}
	for i := range p.Whistleblowers {
		tracked = append(tracked, whistleblowerA(i))
	}
	before := map[common.Address]model.Wei{}
	for _, a := range tracked {
		before[a] = m.Holdings(a)
	}

	cheatProb := 0.0
	if w.sc.SolverCheats {
		cheatProb = p.CheatProb
	}
	if w.sc.Ring {
		cheatProb = p.RingCheatProb
	}
	cheats := d.cheatU < cheatProb
	tr := newTrace(p.Segments, uint64(k), d.cheatSeg, cheats, w.sc.Withhold)
	if cheats {
		run.Cheats++
		w.cost[solverA] += p.TrainCost * (1 - p.CheatSavings)
	} else {
		w.cost[solverA] += p.TrainCost
	}

	// Post, claim, commit (the decoy in place when forced), draw the seed.
	id, err := m.PostTask(submitter, p.Segments, w.terms(), w.audit(), wei(p.Reward+p.JackpotFee+p.AttestFee*float64(p.Verifiers)), w.now)
	if err != nil {
		return fmt.Errorf("post: %w", err)
	}
	if err := m.ClaimTask(id, solverA, model.SecretHash(d.secret), w.now); err != nil {
		return fmt.Errorf("claim: %w", err)
	}
	w.gas(solverA, p.Gas.ClaimTask)
	forced, f := model.ForcedError(d.secret, d.claimHash, id, p.Segments, p.ForcedErrorBps)
	if forced {
		run.Forced++
		tr.decoy(uint64(k), f)
	}
	w.now += 10
	if err := m.CommitTrace(id, solverA, tr.posted, d.claimHash, w.now); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	w.gas(solverA, p.Gas.CommitTrace)
	w.now += 60
	if err := m.DrawSeed(id, d.seed, w.now); err != nil {
		return fmt.Errorf("draw seed: %w", err)
	}
	w.gas(solverA, p.Gas.DrawSeed)
	t := m.Task(id)

	// Attest.
	w.now++
	attesters := make([]common.Address, p.Verifiers)
	for i := range attesters {
		attesters[i] = verifierA(i)
	}
	var sybil common.Address
	if w.sc.SelfAttest {
		sybil = sybilA
		attesters[p.Verifiers-1] = sybil
		before[sybil] = m.Holdings(sybil)
	}
	// Each attester joins (its stake locked, its slot taken), then learns its segment,
	// the covering draw of its slot (in join order, without replacement within a pass)
	// from the hash of the block after its join (here a draw of its own).
	ends := make([][32]byte, p.Verifiers)
	own := make([]bool, p.Verifiers)     // its attestation was re-run from step 0
	skipped := make([]bool, p.Verifiers) // selectively lazy on its segment: attested without computing
	joinHashes := func(slot uint32) [32]byte { return leaf('J', uint64(k), uint64(slot)) }
	for i, v := range attesters {
		if err := m.JoinAttestation(id, v, w.now); err != nil {
			return fmt.Errorf("join attestation: %w", err)
		}
		w.gas(v, p.Gas.JoinAttestation)
		seg, err := m.AttestSegment(id, v, joinHashes)
		if err != nil {
			return fmt.Errorf("attest segment: %w", err)
		}
		switch {
		case ring[v] || v == sybil:
			ends[i] = tr.solver[seg+1] // told by the solver, nothing computed
		case i == 0 && w.sc.FocalLazy, w.sc.AllLazy, i == 0 && w.sc.FocalProbing && tr.served(tr.posted, seg+1):
			ends[i] = tr.posted[seg+1]
		case (i == 0 && w.sc.FocalSelective || w.sc.AllSelective) && w.lazyAt[seg]:
			ends[i], skipped[i] = tr.posted[seg+1], true
		default:
			h, segs, o := tr.recompute(tr.posted, seg)
			ends[i], own[i] = h, o
			w.cost[v] += float64(segs) * p.SegmentCost()
		}
		salt := leaf('S', uint64(k), uint64(i))
		if err := m.Attest(id, v, model.AttestCommitment(id, v, ends[i], salt), joinHashes, w.now); err != nil {
			return fmt.Errorf("attest: %w", err)
		}
		w.gas(v, p.Gas.Attest)
	}
	w.now = t.A.AttestEnd + 1
	for i, v := range attesters {
		if err := m.RevealAttestation(id, v, ends[i], leaf('S', uint64(k), uint64(i)), w.now); err != nil {
			return fmt.Errorf("reveal attestation: %w", err)
		}
		w.gas(v, p.Gas.RevealAttestation)
	}

	// The secret: a forced task's decoy is corrected, the jackpot paid, lazy attesters slashed.
	w.now = t.A.RevealEnd + 1
	if err := m.RevealSecret(id, solverA, d.secret, tr.solver[f+1], tr.posted[f+1], w.now); err != nil {
		return fmt.Errorf("reveal secret: %w", err)
	}
	if forced {
		w.gas(solverA, p.Gas.RevealSecretForced)
		if t.A.Finders > 0 && !t.A.JackpotShare.IsZero() {
			run.JackpotsPaid++
		}
	} else {
		w.gas(solverA, p.Gas.RevealSecret)
	}

	// Challenges: diligent verifiers whose hash differs from the corrected trace, then
	// whistleblowers on a sample of the attestations, then the griefer.
	w.now++
	verdict := func(seg uint64, end [32]byte) model.Result {
		if tr.next[t.Leaves[seg]] == end {
			return model.SolverWins
		}
		return model.ChallengerWins
	}
	challenge := func(who common.Address, seg uint64) error {
		if t.Status != model.StatusCommitted {
			return nil
		}
		if err := m.Challenge(id, who, seg, w.game(), w.now); err != nil {
			return fmt.Errorf("challenge: %w", err)
		}
		w.gas(who, p.Gas.Challenge+p.Gas.DisputeMoves/2)
		w.gas(solverA, p.Gas.DisputeMoves/2)
		w.gas(who, p.Gas.Settle)
		lie := t.Leaves[seg+1]
		if err := m.Settle(id, w.games, verdict(seg, lie), w.now); err != nil {
			return fmt.Errorf("settle: %w", err)
		}
		if t.Status != model.StatusFailed {
			return nil
		}
		// The solver's loss judges no attestation: the winner, who knows the true leaf,
		// disputes each attestation that vouched for the lie (and wins its game).
		for _, v := range attesters {
			if a := t.Att[v]; v == who || a.State != model.AttRevealed || a.Segment != seg || a.EndHash != lie || (forced && a.Segment == f+1) {
				continue
			}
			if err := m.DisputeAttestation(id, who, v, w.game(), w.now); err != nil {
				return fmt.Errorf("dispute a vouching attestation: %w", err)
			}
			w.gas(who, p.Gas.DisputeAttestation+p.Gas.DisputeMoves/2+p.Gas.SettleAttestation)
			w.gas(v, p.Gas.DisputeMoves/2)
			if err := m.SettleAttestation(id, v, w.games, model.ChallengerWins, w.now); err != nil {
				return fmt.Errorf("settle a vouching attestation: %w", err)
			}
		}
		return nil
	}
	void := func(a *model.Attestation) bool { return forced && a.Segment == f+1 }
	for i, v := range attesters {
		a := t.Att[v]
		if ring[v] || v == sybil || w.sc.AllLazy || skipped[i] || (i == 0 && (w.sc.FocalLazy || w.sc.FocalProbing)) {
			continue
		}
		if own[i] {
			// A re-run from step 0: the check after the reveal goes on from the
			// attestation's own run (verifier.judgeAttested hands it over: no step is
			// computed twice) and challenges the first wrong leaf, whichever segment.
			bad, _ := tr.firstWrong(t.Leaves, a.Segment)
			if bad >= 0 {
				if err := challenge(v, uint64(bad)); err != nil {
					return err
				}
			}
			continue
		}
		end := a.EndHash
		if void(a) {
			// Its start was the decoy: it re-runs from the corrected leaf f+1.
			end = tr.next[t.Leaves[a.Segment]]
			w.cost[v] += p.SegmentCost()
		}
		if end != t.Leaves[a.Segment+1] {
			if err := challenge(v, a.Segment); err != nil {
				return err
			}
		}
	}
	for j := range p.Whistleblowers {
		wb := whistleblowerA(j)
		reach := uint64(0) // segments its run from step 0 has computed (Withhold)
		for i, v := range attesters {
			if d.sampleU[j][i] >= p.Sample {
				continue
			}
			a := t.Att[v]
			if void(a) {
				continue // void: nothing to dispute, nothing to re-run
			}
			if forced && a.Segment == f && a.EndHash == t.A.Decoy {
				continue // lazy: its stake goes to the pool at close, not disputable
			}
			var truth [32]byte
			if !tr.served(t.Leaves, a.Segment) {
				// One run from step 0 per task, extended to the furthest segment sampled;
				// a start its run contradicts is left to the verifiers' challenge.
				if a.Segment+1 > reach {
					w.cost[wb] += float64(a.Segment+1-reach) * p.SegmentCost()
					reach = a.Segment + 1
				}
				if tr.truth[a.Segment] != t.Leaves[a.Segment] {
					continue
				}
				truth = tr.truth[a.Segment+1]
			} else {
				w.cost[wb] += p.SegmentCost()
				truth = tr.next[t.Leaves[a.Segment]]
			}
			if a.EndHash == truth || a.State != model.AttRevealed {
				continue
			}
			if a.EndHash == t.Leaves[a.Segment+1] && t.Status == model.StatusCommitted {
				// It vouched for the solver's wrong leaf: challenge the solver, which
				// slashes the attester too.
				if err := challenge(wb, a.Segment); err != nil {
					return err
				}
				continue
			}
			if t.Status != model.StatusCommitted && t.Status != model.StatusDisputed {
				continue
			}
			if err := m.DisputeAttestation(id, wb, v, w.game(), w.now); err != nil {
				return fmt.Errorf("dispute attestation: %w", err)
			}
			w.gas(wb, p.Gas.DisputeAttestation+p.Gas.DisputeMoves/2+p.Gas.SettleAttestation)
			w.gas(v, p.Gas.DisputeMoves/2)
			if err := m.SettleAttestation(id, v, w.games, verdict(a.Segment, a.EndHash), w.now); err != nil {
				return fmt.Errorf("settle attestation: %w", err)
			}
		}
	}
	if w.sc.Griefer {
		if t.Status == model.StatusCommitted && tr.next[t.Leaves[d.griefSeg]] == t.Leaves[d.griefSeg+1] {
			if err := challenge(grieferA, d.griefSeg); err != nil {
				return err
			}
		}
		v := attesters[d.griefTarget]
		if a := t.Att[v]; t.Status == model.StatusCommitted && a.State == model.AttRevealed && !void(a) && verdict(a.Segment, a.EndHash) == model.SolverWins {
			if err := m.DisputeAttestation(id, grieferA, v, w.game(), w.now); err != nil {
				return fmt.Errorf("grief attestation: %w", err)
			}
			w.gas(grieferA, p.Gas.DisputeAttestation+p.Gas.DisputeMoves/2+p.Gas.SettleAttestation)
			w.gas(v, p.Gas.DisputeMoves/2)
			if err := m.SettleAttestation(id, v, w.games, model.SolverWins, w.now); err != nil {
				return fmt.Errorf("settle grief: %w", err)
			}
		}
	}

	// Finalize.
	if t.Status == model.StatusCommitted {
		w.now = max(w.now, t.WindowEnd)
		if err := m.Finalize(id, w.now); err != nil {
			return fmt.Errorf("finalize: %w", err)
		}
		w.gas(solverA, p.Gas.Finalize)
		if cheats {
			run.Undetected++
			w.cost[solverA] -= p.CheatBonus
		}
	}
	// Every attester closes its attestation (its stake back, its fee and jackpot share
	// paid, or its stake to the pool).
	w.now = max(w.now, t.WindowEnd) // after a lost dispute: its attestations stay disputable until the window's end
	for _, v := range attesters {
		if t.Att[v].State != model.AttRevealed {
			continue
		}
		if err := m.CloseAttestation(id, v, true, w.now); err != nil {
			return fmt.Errorf("close attestation: %w", err)
		}
		w.gas(v, p.Gas.CloseAttestation)
		switch t.Att[v].Outcome {
		case model.OutcomeLazy:
			run.LazySlashed++
		case model.OutcomeVoid:
			run.Void++
		}
	}
	w.now++

	profit := func(a common.Address) float64 { return diff(m.Holdings(a), before[a]) - w.cost[a] }
	rec := func(role string, v float64) { run.Profit[role] = append(run.Profit[role], v) }
	rec(RoleSolver, profit(solverA))
	rec(RoleFocalVerifier, profit(verifierA(0)))
	rec(RoleGriefer, profit(grieferA))
	r := profit(solverA)
	for i := 1; i <= p.Colluders; i++ {
		r += profit(verifierA(i))
	}
	rec(RoleRing, r)
	g := profit(solverA)
	if sybil != (common.Address{}) {
		g += profit(sybil)
	}
	rec(RoleSelfAttest, g)
	wb := 0.0
	for i := range p.Whistleblowers {
		wb += profit(whistleblowerA(i))
	}
	rec(RoleWhistleblower, wb)
	return nil
}
