package rundir

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/train"
)

func trainer(t testing.TB, name string) *train.Trainer {
	t.Helper()
	s, err := train.Builtin(name)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(s)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// record trains to `until`, recording due checkpoints, like `veritrain train --out`.
func record(t testing.TB, tr *train.Trainer, r *Run, st *checkpoint.State, until uint64) *checkpoint.State {
	t.Helper()
	ctx := context.Background()
	rc := r.Record(ctx)
	if err := rc.Offer(st); err != nil {
		t.Fatal(err)
	}
	st, err := tr.Run(ctx, st, until, func(st *checkpoint.State, _ float32) error { return rc.Offer(st) })
	if err != nil {
		t.Fatal(err)
	}
	if err := rc.Close(); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestRecordResumeReplay(t *testing.T) {
	tr := trainer(t, "synthetic-cnn")
	dir := filepath.Join(t.TempDir(), "run")
	ctx := context.Background()

	// An uninterrupted run.
	full, err := Create(filepath.Join(t.TempDir(), "full"), tr.Spec, 7, 30)
	if err != nil {
		t.Fatal(err)
	}
	record(t, tr, full, tr.Init(), 30)
	if !full.Complete() || full.M.TraceRoot == "" || len(full.M.Checkpoints) != 6 {
		t.Fatalf("run not complete: %+v", full.M)
	}

	// The same run killed after step 17, then resumed from its folder.
	r, err := Create(dir, tr.Spec, 7, 30)
	if err != nil {
		t.Fatal(err)
	}
	record(t, tr, r, tr.Init(), 17)
	r2, err := Create(dir, tr.Spec, 7, 30)
	if err != nil {
		t.Fatal(err)
	}
	last, err := r2.Load(ctx, len(r2.M.Checkpoints)-1)
	if err != nil {
		t.Fatal(err)
	}
	if last.Step != 14 {
		t.Fatalf("resumed at step %d, want 14", last.Step)
	}
	record(t, tr, r2, last, 30)
	if r2.M.TraceRoot != full.M.TraceRoot {
		t.Fatalf("resumed run's trace root %s, uninterrupted %s", r2.M.TraceRoot, full.M.TraceRoot)
	}

	// Replaying a segment from a stored checkpoint lands on the stored result.
	st, err := r2.Load(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	st, err = tr.Run(ctx, st, 21, nil)
	if err != nil {
		t.Fatal(err)
	}
	if i, _ := r2.Index(21); st.Hash() != r2.Hashes()[i] {
		t.Fatal("replay from checkpoint 1 does not match checkpoint 3")
	}

	// A different run in the same folder is refused.
	if _, err := Create(dir, tr.Spec, 5, 30); !errors.Is(err, ErrIncompatible) {
		t.Fatalf("reopening with another interval: %v", err)
	}
	// A tampered manifest is refused.
	b, _ := os.ReadFile(filepath.Join(dir, manifestName))
	b[len(b)/2] ^= 0x20
	os.WriteFile(filepath.Join(dir, manifestName), b, 0o644)
	if _, err := Open(dir); err == nil {
		t.Fatal("tampered manifest opened")
	}
}

func BenchmarkAddMLP(b *testing.B) {
	tr := trainer(b, "mnist-mlp")
	st := tr.Init()
	r, err := Create(b.TempDir(), tr.Spec, 1, uint64(b.N)+1)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	r.Add(ctx, st)
	b.ResetTimer()
	for range b.N {
		st, _, _ = tr.Step(st)
		if _, err := r.Add(ctx, st); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDetach: after Detach(i) no blob of the run but i's own names checkpoint i (as a
// delta base), every checkpoint still loads to its recorded hash, and a checkpoint that
// is no keyframe (no base of any other) or out of range is handled.
func TestDetach(t *testing.T) {
	tr := trainer(t, "synthetic-relu")
	ctx := context.Background()
	steps := uint64(keyframeEvery + 3) // keyframes 0 and keyframeEvery
	r, err := Create(t.TempDir(), tr.Spec, 1, steps)
	if err != nil {
		t.Fatal(err)
	}
	record(t, tr, r, tr.Init(), steps)
	hashes := r.Hashes()
	namers := func(i int) []int { // the checkpoints whose blob names checkpoint i
		t.Helper()
		var out []int
		for j, h := range hashes {
			blob, err := r.Store.Blob(ctx, h)
			if err != nil {
				t.Fatal(err)
			}
			hd, err := store.ParseHeader(blob)
			if err != nil {
				t.Fatal(err)
			}
			if hd.Delta && hd.Base == hashes[i] {
				out = append(out, j)
			}
		}
		return out
	}
	if n := namers(keyframeEvery); len(n) != 3 {
		t.Fatalf("before: checkpoints %v name keyframe %d, want 3", n, keyframeEvery)
	}
	if err := r.Detach(ctx, 5); err != nil { // not a base: nothing to do
		t.Fatal(err)
	}
	if n := namers(0); len(n) != keyframeEvery-1 {
		t.Fatalf("Detach(5) changed the blobs based on 0: %v", n)
	}
	for range 2 {
		if err := r.Detach(ctx, keyframeEvery); err != nil {
			t.Fatal(err)
		}
	}
	if n := namers(keyframeEvery); len(n) != 0 {
		t.Fatalf("after: checkpoints %v still name keyframe %d", n, keyframeEvery)
	}
	if n := namers(0); len(n) != keyframeEvery-1 {
		t.Fatalf("Detach(%d) changed the blobs based on 0: %v", keyframeEvery, n)
	}
	for i := range hashes {
		st, err := r.Load(ctx, i)
		if err != nil || st.Hash() != hashes[i] {
			t.Fatalf("checkpoint %d: %v", i, err)
		}
	}
	if err := r.Detach(ctx, len(hashes)); !errors.Is(err, ErrNoCheckpoint) {
		t.Fatalf("out of range: %v, want ErrNoCheckpoint", err)
	}
}
