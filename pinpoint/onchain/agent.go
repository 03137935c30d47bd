package onchain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint"
)

// Agent plays one player in one on-chain game: the I/O shell around pinpoint.Player.
type Agent struct {
	G                  *Game
	ID                 *big.Int
	P                  *pinpoint.Player
	Opts               *bind.TransactOpts // the player's account
	Solver, Challenger common.Address     // the game's parties, as the game sees them
	// Send, if set, delivers a move's call to the game some other way than a
	// transaction from Opts' account to it: through the contract account (a multisig,
	// a smart wallet, a forwarder) that is the party. It returns once the move is mined
	// or has failed.
	Send     func(ctx context.Context, call []byte) error
	Log      *slog.Logger
	next     uint64           // next block to read
	from     uint64           // the block that opened the game: a rebuild reads from there
	applied  []pinpoint.Event // the moves stepped into the player, in order
	sent     int
	proofs   int
	zk       *judgeVerifier // nil: the game has no element judge (or not read yet)
	zkRead   bool           // the judge was read (it never changes: fixed at deployment)
	zkFailed bool           // a proof failed: bisect from then on (proving is costly)
}

// NewAgent starts an agent for game id, whose moves begin in block fromBlock (the
// block that opened it).
func NewAgent(g *Game, id *big.Int, p *pinpoint.Player, opts *bind.TransactOpts, solver, challenger common.Address, fromBlock uint64, log *slog.Logger) *Agent {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Agent{G: g, ID: id, P: p, Opts: opts, Solver: solver, Challenger: challenger, next: fromBlock, from: fromBlock,
		Log: log.With("game", id, "role", p.Role.String())}
}

// Sent is the number of transactions the agent sent.
func (a *Agent) Sent() int { return a.sent }

// Proofs is the number of element proofs the agent sent (ProveElement, RefuteElement).
func (a *Agent) Proofs() int { return a.proofs }

// Poll reads the moves of the blocks since the last poll into the player, checks the replica
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
	// The logs and the state are read at the same block: a move mined in between
	// would otherwise show as a divergence.
	h := head.Number.Uint64()
	err = a.sync(ctx, h)
	var v pinpointgame.PinpointGameView
	if err == nil {
		if v, err = a.G.StateAt(ctx, a.ID, head.Number); err != nil {
			return pinpoint.Ready{}, err
		}
		if !a.agrees(v) {
			// The chain lost moves the replica applied, or changed ones in blocks
			// already read (a reorg deeper than the blocks since the last poll):
			// replay the game from its opening.
			a.Log.Warn("replica differs from the contract: replaying the game's moves", "contract_moves", v.Moves, "replica_moves", a.P.Game().Moves)
			if err = a.rebuild(ctx, h); err == nil && !a.agrees(v) {
				g := a.P.Game()
				err = fmt.Errorf("%w: contract at move %d phase %d result %d, replica at %d phase %d result %d",
					pinpoint.ErrDiverged, v.Moves, v.Phase, v.Result, g.Moves, g.Phase, g.Result)
			}
		}
	}
	if err != nil {
		if !errors.Is(err, ErrNotAMove) && !errors.Is(err, pinpoint.ErrDiverged) {
			return pinpoint.Ready{}, err // I/O: try again at the next poll
		}
		// The chain accepted a move this package cannot read or the replica rejects.
		// If it ended the game, the contract's result stands and the daemon settles
		// on it (otherwise the winner's stake stays locked). A move that does not end
		// the game cannot be one this package fails to read: such moves take
		// top-level values, bytes and bytes32[] (Solidity checks all of them on entry,
		// exactly as Go's abi does) and openNode's Node, whose every field the
		// contract reads (a dirty one reverts); only the final moves carry calldata
		// structs with members the contract may leave unread, and lazyMoves reads
		// those as Solidity does. So an error while the game is live is a real
		// disagreement with the contract, reported as such.
		s, serr := a.G.StateAt(ctx, a.ID, head.Number)
		if serr != nil {
			return pinpoint.Ready{}, errors.Join(err, serr)
		}
		if res := model.Result(s.Result); res != model.Pending {
			a.Log.Warn("game over on chain, its last move unreadable here: taking the contract's result", "result", res.String(), "err", err)
			return pinpoint.Ready{No: s.Moves, Done: true, Result: res}, nil
		}
		return pinpoint.Ready{}, err
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

// agrees says whether the replica shows what the contract's view v shows.
func (a *Agent) agrees(v pinpointgame.PinpointGameView) bool {
	g := a.P.Game()
	if v.Moves != g.Moves || v.Phase != uint8(g.Phase) || v.Result != uint8(g.Result) {
		return false
	}
	// While the game is live the clocks matter too: a move mined again after a reorg
	// lands in another block, at another time.
	return g.Result != model.Pending || (v.Cur == g.Cur && v.SolverTurn == g.SolverTurn && v.LastMove == g.LastMove &&
		v.ClockSolver == g.ClockSolver && v.ClockChallenger == g.ClockChallenger)
}

// errReread: a block read again holds a move the replica applied differently (a reorg).
var errReread = errors.New("onchain: a move read again differs from the one applied")

// sync steps the player with the moves of the blocks from a.next to h. A reorg can
// drop a block the agent read and mine its move again in a later one: that move comes
// again with a number the replica has passed, and is skipped if it is the very move
// applied (same mover, call and block time); a different one, or a move the replica
// rejects, makes the agent replay the game from its opening, as the chain has it now.
func (a *Agent) sync(ctx context.Context, h uint64) error {
	if h < a.next {
		return nil
	}
	err := a.apply(ctx, a.next, h)
	if errors.Is(err, errReread) || errors.Is(err, pinpoint.ErrDiverged) {
		a.Log.Warn("moves read again differ: replaying the game's moves", "err", err)
		err = a.rebuild(ctx, h)
	}
	return err
}

// rebuild resets the replica to the game's opening and steps it with every move of
// blocks up to h (moves come from logs: replaying is a few log queries).
func (a *Agent) rebuild(ctx context.Context, h uint64) error {
	a.P.Reset()
	a.applied, a.next = nil, a.from
	return a.apply(ctx, a.from, h)
}

// apply steps the player with the moves of blocks [from, to] it has not applied.
func (a *Agent) apply(ctx context.Context, from, to uint64) error {
	if to < from {
		return nil
	}
	evs, err := a.G.Moves(ctx, a.ID, from, to, a.Solver, a.Challenger)
	if err != nil {
		return err
	}
	for _, ev := range evs {
		if old, ok := a.appliedAs(ev); ok {
			if !a.same(old, ev) {
				return fmt.Errorf("%w: move %d (%T by %v)", errReread, ev.No, ev.Move, ev.By)
			}
			continue
		}
		if a.zk != nil {
			if err := a.zk.ask(ctx, a.G.B, a.P.Game(), ev.Move); err != nil {
				return err
			}
		}
		if err := a.P.Step(ev); err != nil {
			return err
		}
		a.applied = append(a.applied, ev)
		a.Log.Debug("move", "no", ev.No, "by", ev.By.String(), "move", fmt.Sprintf("%T", ev.Move))
	}
	a.next = to + 1
	return nil
}

// appliedAs is the applied event that ev, read again, stands for: the one of its
// number below the replica's count; for a timeout (no number), the game's last move
// once it is over.
func (a *Agent) appliedAs(ev pinpoint.Event) (pinpoint.Event, bool) {
	g := a.P.Game()
	if _, ok := ev.Move.(model.Timeout); ok {
		if g.Result == model.Pending || len(a.applied) == 0 {
			return pinpoint.Event{}, false
		}
		return a.applied[len(a.applied)-1], true
	}
	if ev.No >= g.Moves {
		return pinpoint.Event{}, false
	}
	for i := len(a.applied) - 1; i >= 0; i-- {
		if _, t := a.applied[i].Move.(model.Timeout); !t && a.applied[i].No == ev.No {
			return a.applied[i], true
		}
	}
	return pinpoint.Event{}, false // not applied by this agent: not comparable
}

// same says whether x and y are the same move at the same time (decoded moves are
// compared by their calls: an empty proof decodes as nil or as []).
func (a *Agent) same(x, y pinpoint.Event) bool {
	if x.By != y.By || x.No != y.No || x.Time != y.Time {
		return false
	}
	px, err1 := Pack(a.ID, x.No, x.Move)
	py, err2 := Pack(a.ID, y.No, y.Move)
	return err1 == nil && err2 == nil && bytes.Equal(px, py)
}

// send packs and sends move m numbered no.
func (a *Agent) send(ctx context.Context, no uint32, m model.Move) error {
	data, err := Pack(a.ID, no, m)
	if err != nil {
		return err
	}
	if a.Send != nil {
		err = a.Send(ctx, data)
	} else {
		_, err = Transact(ctx, a.G.B, a.Opts, a.G.At, data, nil)
	}
	if err != nil {
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
