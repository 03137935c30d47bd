package rundir

import (
	"context"
	"sync"

	"github.com/veritrain/veritrain/checkpoint"
)

// Recorder records a run's checkpoints on a background goroutine, so that hashing,
// compression and fsync overlap the next training steps instead of stalling them.
// States are immutable once produced (a step returns new tensors), so handing one to the
// writer is safe. At most one checkpoint waits while another is written; beyond that
// Offer blocks (back-pressure rather than unbounded memory).
type Recorder struct {
	run  *Run
	ch   chan *checkpoint.State
	wg   sync.WaitGroup
	mu   sync.Mutex
	err  error
	next uint64 // the next step offered states are recorded at
	open bool
}

// Record starts a recorder; Close must be called to flush it.
func (r *Run) Record(ctx context.Context) *Recorder {
	rc := &Recorder{run: r, ch: make(chan *checkpoint.State, 1)}
	rc.next, rc.open = r.NextStep()
	rc.wg.Add(1)
	go func() {
		defer rc.wg.Done()
		for st := range rc.ch {
			if rc.failed() {
				continue
			}
			if _, err := r.Add(ctx, st); err != nil {
				rc.mu.Lock()
				rc.err = err
				rc.mu.Unlock()
			}
		}
	}()
	return rc
}

func (rc *Recorder) failed() bool {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return rc.err != nil
}

// Offer records st if a checkpoint is due at its step. It returns an earlier write's
// error, if any, so training stops at the first failure.
func (rc *Recorder) Offer(st *checkpoint.State) error {
	rc.mu.Lock()
	err := rc.err
	rc.mu.Unlock()
	if err != nil {
		return err
	}
	if !rc.open || st.Step != rc.next {
		return nil
	}
	rc.ch <- st
	all, _ := checkpoint.CheckpointSteps(rc.run.M.Steps, rc.run.M.Interval)
	rc.open = false
	for _, s := range all {
		if s > st.Step {
			rc.next, rc.open = s, true
			break
		}
	}
	return nil
}

// Close waits for pending checkpoints and returns the first error.
func (rc *Recorder) Close() error {
	close(rc.ch)
	rc.wg.Wait()
	return rc.err
}
