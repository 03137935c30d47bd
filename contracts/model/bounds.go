package model

import (
	"errors"
	"fmt"
	"time"

	"github.com/holiman/uint256"
)

// Protocol bounds on every term a submitter chooses. TaskMarket.postTask rejects a task
// outside them with a named error (TermOutOfBounds), so no deadline arithmetic can
// overflow and no daemon that reads a task from the chain allocates by an unbounded
// number. The contract holds the same numbers as public constants; a test compares them.
//
// Why these numbers:
//   - MaxCheckpoints: commitTrace carries every leaf of the trace in calldata (the chain
//     recomputes the root and logs the leaves), so the leaf count is a size and a gas
//     figure: 2,049 leaves are 64 KB of calldata, within the 128 KB a node's transaction
//     pool accepts (4,097 were over it), and 5.6M gas (TestTaskAtBounds). A run of 10^6 steps
//     checkpoints every 489 steps.
//   - MaxSteps, MaxInterval: a game's segment tree has Interval leaves and a daemon keeps
//     per-step data roots; 2^32 steps and 2^21 steps per segment bound both (2^32 steps
//     fit MaxCheckpoints segments of MaxInterval).
//   - MaxNodes, MaxStateDepth: the graph and state trees' depths (2^20 nodes, 2^16 leaves
//     per state, that is 65,535 tensors and the meta leaf).
//   - Windows and clocks: at least MinWindow, so that a block or two of latency cannot
//     decide a game, and at most MaxWindow, so that now + window never overflows and no
//     money is frozen longer than a year. ClaimBy is at most MaxWindow ahead.
const (
	MaxCheckpoints = 2048
	MaxSteps       = 1 << 32
	MaxInterval    = 1 << 21
	MaxNodes       = 1 << 20
	MaxStateDepth  = 16
	MinWindow      = 60 * time.Second
	MaxWindow      = 365 * 24 * time.Hour
)

// Term names a bounded term of a task (TaskMarket.Term, in the same order): the
// argument of the contract's TermOutOfBounds error.
type Term uint8

const (
	TermSteps Term = iota
	TermInterval
	TermCheckpoints
	TermNumNodes
	TermStateDepth
	TermClaimBy
	TermCommitWindow
	TermChallengeWindow
	TermGameClock
	TermAttestWindow
	TermRevealWindow
	TermJackpotFee // an audit's jackpot*forcedErrorBps above jackpotFee*10000: not fair in expectation
)

func (t Term) String() string {
	names := [...]string{"steps", "interval", "checkpoints", "numNodes", "stateDepth", "claimBy", "commitWindow",
		"challengeWindow", "gameClock", "attestWindow", "revealWindow", "jackpotFee"}
	if int(t) < len(names) {
		return names[t]
	}
	return fmt.Sprintf("term(%d)", uint8(t))
}

// ErrTermOutOfBounds mirrors TaskMarket.TermOutOfBounds; errors.As a *TermError to
// learn which term.
var ErrTermOutOfBounds = errors.New("market: term out of bounds")

// TermError is a TermOutOfBounds refusal naming its term.
type TermError struct{ Term Term }

func (e *TermError) Error() string { return fmt.Sprintf("%v: %v", ErrTermOutOfBounds, e.Term) }
func (e *TermError) Unwrap() error { return ErrTermOutOfBounds }

// Window bounds in seconds (the contract's MIN_WINDOW and MAX_WINDOW).
const (
	MinWindowSeconds = uint64(MinWindow / time.Second)
	MaxWindowSeconds = uint64(MaxWindow / time.Second)
)

// SpecTerms are the spec's sizes that postTask bounds.
type SpecTerms struct {
	Steps      uint64
	Interval   uint64
	NumNodes   uint32
	StateDepth uint8
}

// CheckBounds is TaskMarket's bounds check at postTask, in its order: the first term
// outside the protocol's bounds, as a *TermError, or nil. Within them no deadline sum
// (now + a window, a game clock, the attestation phases) can overflow a uint64, and
// nothing a daemon sizes from the task is unbounded.
func CheckBounds(s SpecTerms, terms MarketTerms, audit MarketAudit, now uint64) error {
	out := func(t Term) error { return &TermError{Term: t} }
	window := func(w uint64) bool { return w >= MinWindowSeconds && w <= MaxWindowSeconds }
	switch {
	case s.Steps == 0 || s.Steps > MaxSteps:
		return out(TermSteps)
	case s.Interval == 0 || s.Interval > MaxInterval:
		return out(TermInterval)
	case s.Steps/s.Interval > MaxCheckpoints:
		return out(TermCheckpoints)
	case s.NumNodes == 0 || s.NumNodes > MaxNodes:
		return out(TermNumNodes)
	case s.StateDepth == 0 || s.StateDepth > MaxStateDepth:
		return out(TermStateDepth)
	case terms.ClaimBy <= now || terms.ClaimBy-now > MaxWindowSeconds:
		return out(TermClaimBy)
	case !window(terms.CommitWindow):
		return out(TermCommitWindow)
	case !window(terms.ChallengeWindow):
		return out(TermChallengeWindow)
	case !window(terms.GameClock):
		return out(TermGameClock)
	case audit.On() && !window(audit.AttestWindow):
		return out(TermAttestWindow)
	case audit.On() && !window(audit.RevealWindow):
		return out(TermRevealWindow)
	case audit.On() && audit.ForcedErrorBps <= 10000 && !FairJackpot(audit): // above: BadTask, after the bounds
		return out(TermJackpotFee)
	}
	return nil
}

// FairJackpot is postTask's rule for an audit's jackpot: the fee it pays into the pool
// covers its expected draw, jackpot*forcedErrorBps <= jackpotFee*10000 (both below
// 2^128), so that a task whose submitter, solver and attesters are one party (it always
// finds its own forced errors) draws nothing in expectation from the pool others fund.
func FairJackpot(a MarketAudit) bool {
	if a.Jackpot.BitLen() > 128 || a.JackpotFee.BitLen() > 128 {
		return false
	}
	var lhs, rhs Wei
	lhs.Mul(&a.Jackpot, uint256.NewInt(uint64(a.ForcedErrorBps)))
	rhs.Mul(&a.JackpotFee, uint256.NewInt(10000))
	return !lhs.Gt(&rhs)
}
