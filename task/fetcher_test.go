package task_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

// TestFetcher: a spec known with all it needs comes at once; another is resolved on a
// goroutine (not ready meanwhile), at most MaxConcurrent at a time; a failure is
// reported once, then not asked again before its backoff.
func TestFetcher(t *testing.T) {
	builtin, err := train.Builtin("synthetic-mlp")
	if err != nil {
		t.Fatal(err)
	}
	other := *builtin
	other.Seed = 99 // a spec Specs does not know
	release := make(chan struct{})
	var running, most, calls atomic.Int32
	f := &task.Fetcher{Specs: task.BuiltinSpecs, MaxConcurrent: 2,
		Resolve: func(ctx context.Context, tt taskmarket.TaskMarketTask) (*train.Spec, error) {
			calls.Add(1)
			n := running.Add(1)
			defer running.Add(-1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			<-release
			if tt.Spec.Steps == 13 {
				return nil, errors.New("mirror down")
			}
			return &other, nil
		}}
	ctx := t.Context()
	of := func(hash [32]byte, steps uint64) taskmarket.TaskMarketTask {
		return taskmarket.TaskMarketTask{Spec: taskmarket.TaskMarketSpec{SpecHash: hash, Steps: steps}}
	}
	if sp, ready, err := f.Get(ctx, 1, of(builtin.Hash(), 8)); !ready || err != nil || sp.Hash() != builtin.Hash() {
		t.Fatalf("a known spec: ready %v, %v", ready, err)
	}
	for id := uint64(2); id < 6; id++ {
		if _, ready, err := f.Get(ctx, id, of(other.Hash(), 8+5*(id/5))); ready || err != nil { // task 5: 13 steps, fails
			t.Fatalf("task %d ready at once", id)
		}
	}
	close(release)
	waitFor := func(id uint64, steps uint64) (*train.Spec, error) {
		for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(time.Millisecond) {
			if sp, ready, err := f.Get(ctx, id, of(other.Hash(), steps)); ready || err != nil {
				return sp, err
			}
		}
		t.Fatalf("task %d never resolved", id)
		return nil, nil
	}
	if sp, err := waitFor(2, 8); err != nil || sp.Hash() != other.Hash() {
		t.Fatalf("task 2: %v", err)
	}
	if _, err := waitFor(5, 13); err == nil {
		t.Fatal("the failing resolve reported no error")
	}
	if _, ready, err := f.Get(ctx, 5, of(other.Hash(), 13)); ready || err != nil {
		t.Fatalf("right after a failure: ready %v, err %v; want a quiet wait", ready, err)
	}
	f.Wait()
	if most.Load() > 2 || calls.Load() != 4 {
		t.Fatalf("%d resolves at once (at most 2), %d calls (want 4)", most.Load(), calls.Load())
	}
}
