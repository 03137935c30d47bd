package incentives

import (
	"errors"
	"fmt"
	"math"
)

// ErrBadParams reports parameters the simulation cannot run.
var ErrBadParams = errors.New("incentives: bad parameters")

// Gas is the gas each transaction of the protocol costs (Osaka rules, the worst case
// measured by `go run ./bench/gas`; see bench/gas/README.md).
type Gas struct {
	PostTask, ClaimTask, CommitTrace, DrawSeed, Finalize        uint64
	JoinAttestation                                             uint64 // locks the attest stake; attest then commits
	Attest, RevealAttestation, RevealSecret, RevealSecretForced uint64
	Challenge, Settle                                           uint64
	// DisputeMoves is every move of one dispute between the challenge and the settle
	// (the two sides pay about half each).
	DisputeMoves                          uint64
	DisputeAttestation, SettleAttestation uint64
	CloseAttestation                      uint64
}

// DefaultGas holds bench/gas/README.md's figures (Osaka rules, the audited variant of
// each function where it has one): the largest dispute (10^6 steps x 10^4 nodes x 10^3
// ops: 2909384 gas in all, of which the challenge 379014 and the settle 88582; its
// one-step check judges a fused multiply-add since issue 15), and the audit functions
// (TaskMarketAuditor's, by DELEGATECALL; commitTrace carries its leaves since issue 14
// item 8: the 3-leaf task measured). revealSecret without a forced error is not
// measured there: it does the storage work of revealAttestation, whose figure it takes.
func DefaultGas() Gas {
	return Gas{
		PostTask: 486902, ClaimTask: 189768, CommitTrace: 97007, DrawSeed: 58728, Finalize: 87775,
		JoinAttestation: 148327, Attest: 100427, RevealAttestation: 82413, RevealSecret: 82413, RevealSecretForced: 205239,
		Challenge: 396114, Settle: 116127, DisputeMoves: 2909384 - 379014 - 88582,
		DisputeAttestation: 391449, SettleAttestation: 107370, CloseAttestation: 95359,
	}
}

// Params are the economic parameters of one simulated market. Amounts are in ether.
type Params struct {
	// The task.
	Segments  uint64  // checkpoints after the initial one (segments a verifier may be assigned)
	TrainCost float64 // the solver's cost of training the whole task; a segment re-run costs TrainCost/Segments
	Reward    float64 // paid to the solver of an accepted task
	// Terms.
	SolverStake    float64
	ChallengerBond float64 // also the bond of an attestation dispute
	WinnerShareBps uint16  // share of a slashed amount paid to the winner
	// Audit.
	ForcedErrorBps uint16
	AttestStake    float64
	Jackpot        float64 // most paid for catching one forced error (split between finders)
	JackpotFee     float64 // paid by the submitter into the pool with each task
	AttestFee      float64 // paid to each attester that agreed with the final trace (Verifiers slots per task)
	// Population.
	Verifiers      int     // attesting verifiers per task (all diligent in the honest world)
	Whistleblowers int     // each re-runs a Sample of the revealed attestations
	Sample         float64 // fraction of attestations a whistleblower re-runs
	Colluders      int     // verifiers in the colluding ring (taken from Verifiers)
	// Deviations.
	CheatProb        float64 // a cheating solver cheats on a task with this probability
	RingCheatProb    float64 // the colluding ring's solver cheats with this probability
	CheatSavings     float64 // fraction of TrainCost a cheat saves (1: it trains nothing)
	CheatBonus       float64 // value to the cheater of an accepted wrong result, beyond the saving
	InitialJackpot   float64 // the pool before the first task (seeded by the market's operator)
	GasPriceGwei     float64
	Gas              Gas
	AttestWindow     uint64 // seconds
	RevealWindow     uint64 // seconds
	ChallengeWindow  uint64 // seconds
	UnbondingDelayS  uint64 // seconds
	CommitWindowSecs uint64
}

// Default returns the parameters veritrain recommends (incentives/README.md says why
// each value): `veritrain simulate` with no flags reproduces the report for them.
func Default() Params {
	return Params{
		Segments: 16, TrainCost: 0.1, Reward: 0.15,
		SolverStake: 0.5, ChallengerBond: 0.1, WinnerShareBps: 5000,
		ForcedErrorBps: 10000, AttestStake: 1.6, Jackpot: 0.1, JackpotFee: 0.1, AttestFee: 0.01,
		Verifiers: 6, Whistleblowers: 1, Sample: 0.1, Colluders: 2,
		CheatProb: 0.2, RingCheatProb: 1, CheatSavings: 1, CheatBonus: 0, InitialJackpot: 1,
		GasPriceGwei: 2, Gas: DefaultGas(),
		AttestWindow: 3600, RevealWindow: 3600, ChallengeWindow: 86400, UnbondingDelayS: 3 * 86400, CommitWindowSecs: 86400,
	}
}

// Validate reports the first parameter out of range.
func (p *Params) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrBadParams}, a...)...)
	}
	amounts := map[string]float64{"train cost": p.TrainCost, "reward": p.Reward, "solver stake": p.SolverStake,
		"challenger bond": p.ChallengerBond, "attest stake": p.AttestStake, "jackpot": p.Jackpot, "jackpot fee": p.JackpotFee, "attest fee": p.AttestFee,
		"cheat bonus": p.CheatBonus, "initial jackpot": p.InitialJackpot, "gas price": p.GasPriceGwei}
	for name, v := range amounts {
		if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) || v > 1e6 {
			return bad("%s %v out of [0, 1e6]", name, v)
		}
	}
	for name, v := range map[string]float64{"sample": p.Sample, "cheat probability": p.CheatProb,
		"ring cheat probability": p.RingCheatProb, "cheat savings": p.CheatSavings} {
		if !(v >= 0 && v <= 1) {
			return bad("%s %v out of [0, 1]", name, v)
		}
	}
	switch {
	case p.Segments < 2 || p.Segments > 1<<20:
		return bad("segments %d out of [2, 2^20]", p.Segments)
	case p.Reward == 0 || p.SolverStake == 0 || p.ChallengerBond == 0 || p.AttestStake == 0:
		return bad("reward, solver stake, challenger bond and attest stake must be positive")
	case p.WinnerShareBps > 10000 || p.ForcedErrorBps > 10000:
		return bad("basis points above 10000")
	case p.Jackpot*float64(p.ForcedErrorBps) > p.JackpotFee*10000*(1+1e-9):
		return bad("jackpot fee %v below forced-error chance × jackpot (%v): postTask refuses it (TermOutOfBounds jackpotFee)",
			p.JackpotFee, p.Jackpot*float64(p.ForcedErrorBps)/10000)
	case p.Verifiers < 1 || p.Verifiers > 256:
		return bad("verifiers %d out of [1, 256]", p.Verifiers)
	case p.Colluders < 0 || p.Colluders >= p.Verifiers:
		return bad("colluders %d: need 0 <= colluders < verifiers (%d), one verifier stays the observed one", p.Colluders, p.Verifiers)
	case p.Whistleblowers < 0 || p.Whistleblowers > 16:
		return bad("whistleblowers %d out of [0, 16]", p.Whistleblowers)
	case p.AttestWindow == 0 || p.RevealWindow == 0 || p.ChallengeWindow == 0 || p.CommitWindowSecs == 0:
		return bad("windows must be positive")
	}
	return nil
}

// SegmentCost is the cost of re-running one segment.
func (p *Params) SegmentCost() float64 { return p.TrainCost / float64(p.Segments) }

// gasETH is the ether a transaction of g gas costs.
func (p *Params) gasETH(g uint64) float64 { return float64(g) * p.GasPriceGwei * 1e-9 }
