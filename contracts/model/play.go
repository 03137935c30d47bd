package model

import (
	"errors"
	"fmt"
	"math/rand/v2"
)

// ErrIllegalAccepted means a referee accepted a move that must be rejected.
var ErrIllegalAccepted = errors.New("model: illegal move accepted")

// Referee executes moves: the model alone, or the model and the contract in lockstep.
type Referee interface {
	Apply(by Party, moveNo uint32, m Move, now uint64) error
	Game() *Game
}

// Solo is a Referee of the model alone.
type Solo struct{ G *Game }

// Apply implements Referee.
func (s Solo) Apply(by Party, moveNo uint32, m Move, now uint64) error {
	return s.G.Apply(by, moveNo, m, now)
}

// Game implements Referee.
func (s Solo) Game() *Game { return s.G }

// Tricks are the illegal moves an adversarial runner tries between real moves; every
// one must be rejected.
type Tricks struct {
	R       *rand.Rand
	Replay  bool // resend the last accepted move with its old move number
	Swap    bool // make the mover's move in the other party's name
	Outside bool // make it as an outsider
}

// Stats of a played game.
type Stats struct {
	Moves   int // accepted moves, the timeout claim included
	Refused int // illegal moves tried and rejected
}

// Play runs a game to its end. A strategy that returns nil, or a move the referee
// rejects, stalls: the clock runs out and the other side claims the timeout.
func Play(ref Referee, solver, challenger Strategy, tricks *Tricks, now uint64) (Result, Stats, error) {
	var st Stats
	var last Move
	var lastBy Party
	lastNo := uint32(0)
	for i := 0; i < 10000; i++ {
		g := ref.Game()
		if g.Result != Pending {
			return g.Result, st, nil
		}
		by := g.ToMove()
		strat := solver
		if by == Challenger {
			strat = challenger
		}
		m := strat.Next(g)
		if tricks != nil {
			if err := tryTricks(ref, tricks, by, m, last, lastBy, lastNo, now+1, &st); err != nil {
				return Pending, st, err
			}
		}
		now++
		if m != nil {
			no := ref.Game().Moves
			if err := ref.Apply(by, no, m, now); err == nil {
				st.Moves++
				last, lastBy, lastNo = m, by, no
				continue
			}
		}
		// stall: wait out the mover's clock, then anyone claims the timeout
		now = ref.Game().Deadline() + 1
		if err := ref.Apply(Outsider, ref.Game().Moves, Timeout{}, now); err != nil {
			return Pending, st, fmt.Errorf("timeout claim: %w", err)
		}
		st.Moves++
	}
	return Pending, st, errors.New("model: game did not end")
}

func tryTricks(ref Referee, t *Tricks, by Party, m, last Move, lastBy Party, lastNo uint32, now uint64, st *Stats) error {
	g := ref.Game()
	try := func(who Party, no uint32, mv Move, what string) error {
		if mv == nil {
			return nil
		}
		if err := ref.Apply(who, no, mv, now); err == nil {
			return fmt.Errorf("%w: %s (%T by %v)", ErrIllegalAccepted, what, mv, who)
		}
		st.Refused++
		return nil
	}
	other := Solver
	if by == Solver {
		other = Challenger
	}
	if t.Replay && last != nil && t.R.IntN(2) == 0 {
		if err := try(lastBy, lastNo, last, "replay"); err != nil {
			return err
		}
	}
	if t.Swap && t.R.IntN(2) == 0 {
		if err := try(other, g.Moves, m, "out of turn"); err != nil {
			return err
		}
	}
	if t.Outside && t.R.IntN(4) == 0 {
		if err := try(Outsider, g.Moves, m, "outsider"); err != nil {
			return err
		}
	}
	return nil
}
