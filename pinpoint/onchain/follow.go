package onchain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Task events a daemon follows instead of reading every task ever posted: a tick's
// work then grows with the tasks it cares about, not with the market's history.
const (
	EvPosted     = "TaskPosted"     // Who: the submitter
	EvClaimed    = "TaskClaimed"    // Who: the solver
	EvCommitted  = "TraceCommitted" // a trace is committed: verifiers start checking
	EvChallenged = "Challenged"     // Who: the challenger
	EvSettled    = "DisputeSettled" // a game of the task was settled
	EvFinalized  = "TaskFinalized"  // Status: Finalized, Failed or Cancelled
)

var followed = []string{EvPosted, EvClaimed, EvCommitted, EvChallenged, EvSettled, EvFinalized}

// TaskEvent is one market event about a task.
type TaskEvent struct {
	Kind   string
	ID     uint64
	Who    common.Address // the event's indexed address (submitter, solver, challenger), if any
	Status uint8          // TaskFinalized's status
	Block  uint64
}

// TaskFollower reads the market's task events block range by block range: the first
// Poll reads from the market's FromBlock (a restart rebuilds what it needs from there),
// each later one from the block after the last it read.
type TaskFollower struct {
	M    *Market
	next uint64
	read bool // a Poll has read up to next-1
}

// Poll returns the task events of the blocks since the last Poll, up to the head, in
// chain order. A log whose task id does not fit 64 bits is dropped (no task has one).
func (f *TaskFollower) Poll(ctx context.Context) ([]TaskEvent, error) {
	head, err := f.M.B.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("onchain: head: %w", err)
	}
	from := f.next
	if !f.read {
		from = f.M.FromBlock
	}
	if from > head {
		return nil, nil
	}
	evs := tm.GetABI().Events
	ids := make([]common.Hash, len(followed))
	for i, name := range followed {
		ids[i] = evs[name].ID
	}
	logs, err := f.M.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		ToBlock: new(big.Int).SetUint64(head), Topics: [][]common.Hash{ids}})
	if err != nil {
		return nil, fmt.Errorf("onchain: task events: %w", err)
	}
	out := make([]TaskEvent, 0, len(logs))
	for i := range logs {
		if e, ok := taskEvent(&logs[i]); ok {
			out = append(out, e)
		}
	}
	f.next, f.read = head+1, true
	return out, nil
}

// Next is the first block the next Poll reads.
func (f *TaskFollower) Next() uint64 {
	if !f.read {
		return f.M.FromBlock
	}
	return f.next
}

// taskEvent decodes a followed event from its topics (and TaskFinalized's status);
// anything else, or malformed, is false.
func taskEvent(l *types.Log) (TaskEvent, bool) {
	if len(l.Topics) < 2 || l.Removed {
		return TaskEvent{}, false
	}
	id := l.Topics[1].Big()
	if !id.IsUint64() {
		return TaskEvent{}, false
	}
	e := TaskEvent{ID: id.Uint64(), Block: l.BlockNumber}
	evs := tm.GetABI().Events
	for _, name := range followed {
		if evs[name].ID == l.Topics[0] {
			e.Kind = name
		}
	}
	switch e.Kind {
	case "":
		return TaskEvent{}, false
	case EvPosted, EvClaimed, EvChallenged:
		if len(l.Topics) < 3 {
			return TaskEvent{}, false
		}
		e.Who = common.BytesToAddress(l.Topics[2].Bytes())
	case EvFinalized:
		ev, err := tm.UnpackTaskFinalizedEvent(l)
		if err != nil {
			return TaskEvent{}, false
		}
		e.Status = ev.Status
	}
	return e, true
}
