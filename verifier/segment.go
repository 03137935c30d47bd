package verifier

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/task"
)

// SegmentRun re-runs segments of one task: from the solver's checkpoint (trusted only
// through the committed trace root) when the solver serves it, else from the task's
// initial state, kept so that later segments continue from it. A checkpoint is missing
// when the solver withholds it. (A forced error's decoy at leaf f+1 is a served state
// like any other: segment f+1 is re-run from it, and its end matters only until the
// secret reveal replaces the leaf.)
type SegmentRun struct {
	Task  *task.Task
	Fault pinpoint.Fault // a dishonest re-run (tests)
	own   *pinpoint.Computation
}

// Own is the computation from the initial state (nil until a start was missing).
func (r *SegmentRun) Own() *pinpoint.Computation { return r.own }

// End re-runs segment seg of the solver's checkpoint list hashes, committed under
// root, and returns the hash of the segment's end state and the computation, which
// holds the segment's start. own reports that the start is the re-run's own state
// from step 0 (the solver's checkpoint was unavailable): it may differ from hashes[seg].
func (r *SegmentRun) End(ctx context.Context, cp Checkpoints, solver common.Address, id uint64, hashes [][32]byte,
	root [32]byte, seg uint64) (end [32]byte, comp *pinpoint.Computation, own bool, err error) {
	if seg+1 >= uint64(len(hashes)) {
		return end, nil, false, fmt.Errorf("%w: segment %d of %d checkpoints", ErrBadTrace, seg, len(hashes))
	}
	p, err := checkpoint.ProveTrace(hashes, int(seg))
	if err != nil {
		return end, nil, false, err
	}
	if err := p.Verify(); err != nil || p.Root != root {
		return end, nil, false, fmt.Errorf("%w: checkpoint %d is not under the committed trace root", ErrUnavailable, seg)
	}
	interval := r.Task.Interval
	start, err := cp.Fetch(ctx, solver, id, hashes[seg])
	switch {
	case errors.Is(err, ErrUnavailable):
		if r.own == nil {
			if r.own, err = pinpoint.NewComputation(r.Task, r.Task.Trainer(), r.Fault); err != nil {
				return end, nil, false, err
			}
		}
		st, err := r.own.StateAt((seg + 1) * interval)
		if err != nil {
			return end, nil, true, err
		}
		return st.Hash(), r.own, true, nil
	case err != nil:
		return end, nil, false, err
	}
	comp, err = pinpoint.NewComputation(r.Task, r.Task.Trainer(), r.Fault)
	if err != nil {
		return end, nil, false, err
	}
	comp.AddState(seg*interval, start)
	st, err := comp.StateAt((seg + 1) * interval)
	if err != nil {
		return end, comp, false, err
	}
	return st.Hash(), comp, false, nil
}
