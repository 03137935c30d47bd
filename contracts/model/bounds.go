package model

import (
	"errors"
	"fmt"
	"time"
)

// Protocol bounds on every term a submitter chooses. TaskMarket.postTask rejects a task
// outside them with a named error (TermOutOfBounds), so no deadline arithmetic can
// overflow and no daemon that reads a task from the chain allocates by an unbounded
// number. The contract holds the same numbers as public constants; a test compares them.
//
// Why these numbers:
//   - MaxCheckpoints: commitTrace carries every leaf of the trace in calldata (the chain
//     recomputes the root), so the leaf count is a gas figure; 4096 leaves is a few
//     million gas, well inside a block. A run of 10^6 steps checkpoints every 245 steps.
//   - MaxSteps, MaxInterval: a game's segment tree has Interval leaves and a daemon keeps
//     per-step data roots; 2^32 steps and 2^20 steps per segment bound both.
//   - MaxNodes, MaxStateDepth: the graph and state trees' depths (2^20 nodes, 2^16 leaves
//     per state, that is 65,535 tensors and the meta leaf).
//   - Windows and clocks: at least MinWindow, so that a block or two of latency cannot
//     decide a game, and at most MaxWindow, so that now + window never overflows and no
//     money is frozen longer than a year. ClaimBy is at most MaxWindow ahead.
const (
	MaxCheckpoints = 4096
	MaxSteps       = 1 << 32
	MaxInterval    = 1 << 20
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
)

func (t Term) String() string {
	names := [...]string{"steps", "interval", "checkpoints", "numNodes", "stateDepth", "claimBy", "commitWindow",
		"challengeWindow", "gameClock", "attestWindow", "revealWindow"}
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
	}
	return nil
}
