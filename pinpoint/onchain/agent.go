package onchain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint"
)

// Agent plays one player in one on-chain game: the I/O shell around pinpoint.Player.
type Agent struct {
	G                  *Game
	ID                 *big.Int
	P                  *pinpoint.Player
	Opts               *bind.TransactOpts // the player's account
	Solver, Challenger common.Address
	Log                *slog.Logger
	next               uint64 // next block to read
	sent               int
	proofs             int
	zk                 *judgeVerifier // nil until the game has an element judge
	zkFailed           bool           // a proof failed: bisect from then on (proving is costly)
}

// NewAgent starts an agent for game id, whose moves begin in block fromBlock (the
// block that opened it).
func NewAgent(g *Game, id *big.Int, p *pinpoint.Player, opts *bind.TransactOpts, solver, challenger common.Address, fromBlock uint64, log *slog.Logger) *Agent {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Agent{G: g, ID: id, P: p, Opts: opts, Solver: solver, Challenger: challenger, next: fromBlock,
		Log: log.With("game", id, "role", p.Role.String())}
}

// Sent is the number of transactions the agent sent.
func (a *Agent) Sent() int { return a.sent }

// Proofs is the number of element proofs the agent sent (ProveElement, RefuteElement).
func (a *Agent) Proofs() int { return a.proofs }

// Poll reads the blocks since the last poll into the player, checks the replica
// against the contract's view, and sends the player's move if it has one. It returns
// what the player wanted before sending; an error from the player means it has no move
// on its turn (it will lose on time unless that changes).
func (a *Agent) Poll(ctx context.Context) (pinpoint.Ready, error) {
	head, err := a.G.B.HeaderByNumber(ctx, nil)
	if err != nil {
		return pinpoint.Ready{}, fmt.Errorf("onchain: head: %w", err)
	}
	if err := a.zkSetup(ctx); err != nil {
		return pinpoint.Ready{}, err
	}
	if h := head.Number.Uint64(); h >= a.next {
		evs, err := a.G.Moves(ctx, a.ID, a.next, h, a.Solver, a.Challenger)
		if err != nil {
			return pinpoint.Ready{}, err
		}
		for _, ev := range evs {
			if a.zk != nil {
				if err := a.zk.ask(ctx, a.G.B, a.P.Game(), ev.Move); err != nil {
					return pinpoint.Ready{}, err
				}
			}
			if err := a.P.Step(ev); err != nil {
				return pinpoint.Ready{}, err
			}
			a.Log.Debug("move", "no", ev.No, "by", ev.By.String(), "move", fmt.Sprintf("%T", ev.Move))
		}
		a.next = h + 1
	}
	v, err := a.G.State(ctx, a.ID)
	if err != nil {
		return pinpoint.Ready{}, err
	}
	g := a.P.Game()
	if v.Moves != g.Moves || v.Phase != uint8(g.Phase) || v.Result != uint8(g.Result) || (g.Result == model.Pending && v.Cur != g.Cur) {
		return pinpoint.Ready{}, fmt.Errorf("%w: contract at move %d phase %d result %d, replica at %d phase %d result %d",
			pinpoint.ErrDiverged, v.Moves, v.Phase, v.Result, g.Moves, g.Phase, g.Result)
	}
	r, err := a.P.Ready(head.Time)
	if err != nil {
		return r, fmt.Errorf("%w: %w", ErrNoMove, err)
	}
	if r.Claim != nil && a.G.Prover != nil && !a.zkFailed {
		start := time.Now()
		m, err := a.proofMove(ctx, *r.Claim)
		if err == nil {
			err = a.send(ctx, r.No, m)
		}
		if err == nil {
			a.proofs++
			a.Log.Info("element proved", "no", r.No, "move", fmt.Sprintf("%T", m), "kernel", r.Claim.Kernel,
				"operands", len(r.Claim.Operands), "took", time.Since(start).Round(time.Millisecond))
			r.Move = m
			return r, nil
		}
		if ctx.Err() != nil {
			return r, err
		}
		a.zkFailed = true
		a.Log.Warn("element proof failed: bisecting instead", "err", err)
	}
	if r.Move == nil {
		return r, nil
	}
	return r, a.send(ctx, r.No, r.Move)
}

// send packs and sends move m numbered no.
func (a *Agent) send(ctx context.Context, no uint32, m model.Move) error {
	data, err := Pack(a.ID, no, m)
	if err != nil {
		return err
	}
	if _, err := Transact(ctx, a.G.B, a.Opts, a.G.At, data, nil); err != nil {
		return fmt.Errorf("%w: move %d (%T): %w", ErrRejected, no, m, err)
	}
	a.sent++
	a.Log.Info("sent", "no", no, "move", fmt.Sprintf("%T", m))
	return nil
}

// Errors of Poll.
var (
	// ErrNoMove wraps a player's failure to move on its turn.
	ErrNoMove = errors.New("onchain: player has no move")
	// ErrRejected: the chain refused the player's move (a player whose computation is
	// not the spec's may have no valid move; an honest one never gets this).
	ErrRejected = errors.New("onchain: move rejected")
)

// Run polls every interval until the game is over and returns its result. A player
// with no move on its turn keeps polling (it loses when the other party claims the
// timeout) unless stopOnNoMove.
func (a *Agent) Run(ctx context.Context, every time.Duration, stopOnNoMove bool) (model.Result, error) {
	t := time.NewTicker(every)
	defer t.Stop()
	warned := false
	for {
		r, err := a.Poll(ctx)
		switch {
		case errors.Is(err, ErrNoMove):
			if stopOnNoMove {
				return model.Pending, err
			}
			if !warned {
				a.Log.Warn("no move", "err", err)
				warned = true
			}
		case err != nil:
			return model.Pending, err
		case r.Done:
			return r.Result, nil
		}
		select {
		case <-ctx.Done():
			return model.Pending, ctx.Err()
		case <-t.C:
		}
	}
}
