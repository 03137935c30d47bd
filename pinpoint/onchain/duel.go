package onchain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/task"
)

// ErrSeat: OpenDuel was asked for a seat that is neither the solver's nor the
// challenger's.
var ErrSeat = errors.New("onchain: no such seat")

// Duel is one party's side of one open pinpoint game on the market's game contract:
// the agent that reads the other party's moves and sends its own, and the market call
// that applies the result once the game is over. Every daemon plays its games through
// it: the solver (the defence of its task), the verifier (task challenges, the defence
// of its attestations) and the whistleblower (attestation disputes).
type Duel struct {
	Agent *Agent
	// Settle applies the game's result on the market (settle, settleAttestation).
	Settle func(context.Context) error
	// Open reports whether the market still waits for Settle (false: the other party
	// settled first, which is not an error).
	Open   func(context.Context) (bool, error)
	log    *slog.Logger
	warned bool
}

// Seat is the side of a game a Duel plays with its computation.
type Seat struct {
	Party model.Party // model.Solver (defends its claim) or model.Challenger
	Task  *task.Task  // the task the game is about (the solver's seat needs its graph)
	View  *pinpoint.Computation
	// Stall: never move (tests of the timeout).
	Stall bool
}

// OpenDuel starts playing game (opened in block) with setup from seat: solver and
// challenger name the game's two accounts, one of which is m's.
func OpenDuel(ctx context.Context, m *Market, seat Seat, game *big.Int, block uint64, setup model.Setup,
	solver, challenger common.Address, log *slog.Logger) (*Duel, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	g, err := m.Game(ctx)
	if err != nil {
		return nil, err
	}
	fb, err := g.FanoutBits(ctx)
	if err != nil {
		return nil, err
	}
	hdr, err := m.B.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return nil, fmt.Errorf("onchain: block %d: %w", block, err)
	}
	var strat model.Strategy
	errs := []func() error{seat.View.Err}
	switch seat.Party {
	case model.Solver:
		sol := &pinpoint.Solver{Task: seat.Task, View: seat.View}
		strat, errs = sol, append(errs, sol.Err)
	case model.Challenger:
		strat = pinpoint.Challenger{View: seat.View}
	default:
		return nil, fmt.Errorf("%w: %v", ErrSeat, seat.Party)
	}
	if seat.Stall {
		strat = model.NewStaller(strat, 0)
	}
	p, err := pinpoint.NewPlayer(seat.Party, setup, fb, hdr.Time, strat, errs...)
	if err != nil {
		return nil, err
	}
	if seat.Task != nil { // the replica judges nodes by the kernels the game does
		ks, err := m.GameKernels(ctx, setup.KernelEpoch, seat.Task.Game.Nodes)
		if err != nil {
			return nil, err
		}
		p.SetKernels(ks)
	}
	return &Duel{Agent: NewAgent(g, game, p, m.Opts, solver, challenger, block, log), log: log}, nil
}

// Poll reads the game, makes this party's move if it has one, and settles once the game
// is over. It returns whether the game is over (and settled by someone) and its result.
// A party with no valid move on its turn (a computation that is not the spec's; an
// honest one never gets there) logs it once and waits to lose on time.
func (d *Duel) Poll(ctx context.Context) (bool, model.Result, error) {
	r, err := d.Agent.Poll(ctx)
	if errors.Is(err, ErrNoMove) || errors.Is(err, ErrRejected) {
		if !d.warned {
			d.warned = true
			d.log.Error("cannot move", "err", err)
		}
		return false, model.Pending, nil
	}
	if err != nil {
		return false, model.Pending, err
	}
	if !r.Done {
		return false, model.Pending, nil
	}
	if d.Settle != nil {
		if err := d.Settle(ctx); err != nil {
			if d.Open == nil {
				return false, r.Result, err
			}
			if open, oerr := d.Open(ctx); oerr != nil || open {
				return false, r.Result, err
			}
			// the other party settled first
		}
	}
	d.log.Info("game over", "result", r.Result.String())
	return true, r.Result, nil
}
