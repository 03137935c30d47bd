package verifier

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// ErrNoChallenge: the chain holds no challenge of this verifier's that a resumed game
// could start from (a log or its transaction is missing).
var ErrNoChallenge = errors.New("verifier: challenge not found on chain")

var tm = taskmarket.NewTaskMarket()

// errNotReady: a task's spec or data is still being fetched (task.Fetcher).
var errNotReady = errors.New("verifier: the task's spec or data is being fetched")

// resume takes a task this process meets for the first time past its commitment: a
// restarted verifier. The chain is the record of what an earlier process did: a game
// of its still open is replayed from its moves' calldata and played on; a task it
// challenged before and whose game the solver won is never challenged again (its
// computation disagrees with the game's verdict: a second challenge would lose too).
func (v *Verifier) resume(ctx context.Context, w *watch, t taskmarket.TaskMarketTask) error {
	m := v.cfg.Market
	if t.Status != onchain.StatusCommitted && t.Status != onchain.StatusDisputed {
		return nil
	}
	// Challenged logs from the commit block: no challenge comes before it, and nodes
	// limit how far back a log query may reach
	ds, err := m.Disputes(ctx, w.id, common.Address{}, t.CommitBlock)
	if err != nil {
		return err
	}
	mine := false
	for _, d := range ds {
		if d.Challenger != m.Me() {
			continue
		}
		mine = true
		open, err := m.DisputeOpen(ctx, d.Game)
		if err != nil {
			return err
		}
		if open {
			return v.resumeGame(ctx, w, t, d)
		}
	}
	if mine {
		w.done = true
		v.log.Warn("challenged this task before and lost: not challenging again", "task", w.id)
	}
	return nil
}

// resumeGame rebuilds the challenger's side of d, its open game of task t: the disputed
// segment and its two hashes come from the challenge transaction's own calldata (the
// solver need not serve its list again), the agreed start from the solver's server or,
// when it withholds it, from the verifier's re-run from the initial state. The agent
// then reads every move since the game opened, its own included, into the player.
func (v *Verifier) resumeGame(ctx context.Context, w *watch, t taskmarket.TaskMarketTask, d onchain.Dispute) error {
	m := v.cfg.Market
	if w.tk == nil {
		ok, err := v.prepare(ctx, w, t)
		if err != nil {
			return err
		}
		if !ok && !w.done {
			return errNotReady // its spec or data is being fetched: resumed on a later tick
		}
		if !ok {
			return nil
		}
	}
	seg, block := d.Segment, d.Block
	c, err := v.challengeCall(ctx, block, w.id)
	if err != nil {
		return err
	}
	if c.Segment != seg {
		return fmt.Errorf("%w: transaction names segment %d, log %d", ErrNoChallenge, c.Segment, seg)
	}
	comp, err := pinpoint.NewComputation(w.tk, w.tk.Trainer(), v.cfg.Fault)
	if err != nil {
		return err
	}
	start, err := v.cfg.Checkpoints.Fetch(ctx, t.Solver, w.id, c.Start)
	switch {
	case err == nil:
		comp.AddState(seg*w.tk.Interval, start)
	case errors.Is(err, ErrUnavailable):
		// the computation starts at step 0 and computes up to the segment when asked
		v.log.Warn("resumed game: start checkpoint withheld, re-running from the initial state", "task", w.id, "err", err)
	default:
		return err
	}
	duel, err := onchain.OpenDuel(ctx, m, onchain.Seat{Party: model.Challenger, Task: w.tk, View: comp}, d.Game, block,
		onchain.GameSetup(t, c.Start, c.End, seg), t.Solver, m.Me(), v.log)
	if err != nil {
		return err
	}
	w.agent, w.game, w.comp, w.checked = duel.Agent, d.Game, comp, true
	v.log.Info("resumed game", "task", w.id, "segment", seg, "game", d.Game)
	return nil
}

// challengeCall finds this verifier's successful challenge of task id in block and
// decodes its argument.
func (v *Verifier) challengeCall(ctx context.Context, block, id uint64) (taskmarket.TaskMarketChallenge, error) {
	m := v.cfg.Market
	var none taskmarket.TaskMarketChallenge
	blk, err := m.B.BlockByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return none, fmt.Errorf("verifier: block %d: %w", block, err)
	}
	method := tm.GetABI().Methods["challenge"]
	for _, tx := range blk.Transactions() {
		data := tx.Data()
		if tx.To() == nil || *tx.To() != m.At || len(data) < 4 || string(data[:4]) != string(method.ID) {
			continue
		}
		args, err := method.Inputs.Unpack(data[4:])
		if err != nil || len(args) != 2 {
			continue
		}
		tid, ok := args[0].(*big.Int)
		if !ok || !tid.IsUint64() || tid.Uint64() != id {
			continue
		}
		r, err := m.B.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			return none, fmt.Errorf("verifier: receipt of %s: %w", tx.Hash(), err)
		}
		if r.Status != 1 {
			continue
		}
		c, ok := abi.ConvertType(args[1], new(taskmarket.TaskMarketChallenge)).(*taskmarket.TaskMarketChallenge)
		if !ok {
			continue
		}
		return *c, nil
	}
	return none, fmt.Errorf("%w: no challenge of task %d in block %d", ErrNoChallenge, id, block)
}
