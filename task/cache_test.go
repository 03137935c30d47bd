package task_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

func trainer(t *testing.T, name string) *train.Trainer {
	t.Helper()
	spec, err := train.Builtin(name)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(spec)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func cached(t *testing.T, c *task.Cache, name string, steps, interval uint64, opts task.Options) *task.Task {
	t.Helper()
	tk, err := c.Build(context.Background(), trainer(t, name), steps, interval, opts)
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

// TestCacheShares: tasks of one spec, step count and options share the lowering and the
// data (the same trees, nodes and initial state) with roots equal to an uncached
// Build's, each with a trainer of its own; another step count, spec or options is a
// build of its own.
func TestCacheShares(t *testing.T) {
	c := task.NewCache(0, 0)
	opts := task.Options{AllowUnjudged: true}
	a := cached(t, c, "synthetic-relu", 8, 4, opts)
	b := cached(t, c, "synthetic-relu", 8, 2, opts) // the interval enters no shared root
	if a.Game.DataTree != b.Game.DataTree || a.Game.NodesTree != b.Game.NodesTree || a.Init != b.Init || &a.Nodes[0] != &b.Nodes[0] {
		t.Fatal("same spec and steps: the lowering and data were built twice")
	}
	if a.Trainer() == b.Trainer() || b.Interval != 2 || b.Segments() != 4 || a.Segments() != 2 {
		t.Fatalf("tasks share a trainer, or the interval is not the task's own (%d, %d segments)", b.Interval, b.Segments())
	}
	plain := build(t, "synthetic-relu", 8, 4)
	if a.Roots() != plain.Roots() {
		t.Fatalf("cached roots %+v, Build's %+v", a.Roots(), plain.Roots())
	}
	if err := b.Check(build(t, "synthetic-relu", 8, 2).Roots()); err != nil {
		t.Fatal(err)
	}
	if s := c.Stats(); s.Misses != 1 || s.Hits != 1 || s.Entries != 1 {
		t.Fatalf("stats %+v, want 1 miss, 1 hit, 1 entry", s)
	}

	other := []*task.Task{
		cached(t, c, "synthetic-relu", 12, 4, opts),          // steps
		cached(t, c, "synthetic-mlp", 8, 4, opts),            // spec
		cached(t, c, "synthetic-relu", 8, 4, task.Options{}), // options
	}
	for i, o := range other {
		if o.Game.DataTree == a.Game.DataTree || o.Game.NodesTree == a.Game.NodesTree {
			t.Fatalf("other task %d shares the first one's trees", i)
		}
	}
	if other[0].Roots().DataRoot == a.Roots().DataRoot || other[1].Roots().SpecHash == a.Roots().SpecHash {
		t.Fatal("another step count or spec has the same roots")
	}
	if s := c.Stats(); s.Misses != 4 || s.Hits != 1 || s.Entries != 4 {
		t.Fatalf("stats %+v, want 4 misses, 1 hit, 4 entries", s)
	}
}

// TestCacheBound: the least recently used entries leave beyond the entry bound and
// beyond the step bound; a task above the step bound alone is built, not kept.
func TestCacheBound(t *testing.T) {
	opts := task.Options{AllowUnjudged: true}
	c := task.NewCache(2, 40)
	for _, steps := range []uint64{4, 8, 4, 12} { // 4 is used again before 12 comes: 8 leaves
		cached(t, c, "synthetic-relu", steps, 4, opts)
	}
	if s := c.Stats(); s.Entries != 2 || s.Steps != 16 || s.Misses != 3 || s.Hits != 1 {
		t.Fatalf("stats %+v, want 2 entries of 16 steps, 3 misses, 1 hit", s)
	}
	cached(t, c, "synthetic-relu", 4, 4, opts)
	cached(t, c, "synthetic-relu", 8, 4, opts) // evicted: built again
	if s := c.Stats(); s.Misses != 4 || s.Hits != 2 || s.Entries != 2 {
		t.Fatalf("stats %+v, want 4 misses, 2 hits, 2 entries", s)
	}
	cached(t, c, "synthetic-relu", 36, 4, opts) // 36 + 8 > 40: only 36 stays
	if s := c.Stats(); s.Entries != 1 || s.Steps != 36 {
		t.Fatalf("stats %+v, want the one 36-step entry", s)
	}
	cached(t, c, "synthetic-relu", 44, 4, opts) // above the bound: not kept
	if s := c.Stats(); s.Entries != 1 || s.Steps != 36 {
		t.Fatalf("stats %+v after a task above the step bound, want the 36-step entry alone", s)
	}
	if _, err := c.Build(context.Background(), trainer(t, "synthetic-relu"), 10, 4, opts); !errors.Is(err, task.ErrBadTask) {
		t.Fatalf("10 steps every 4: %v, want ErrBadTask", err)
	}
}

// TestCacheConcurrent: callers asking for one key at once share one build (run it
// with -race).
func TestCacheConcurrent(t *testing.T) {
	c := task.NewCache(0, 0)
	const n = 4
	trs := make([]*train.Trainer, n)
	for i := range trs {
		trs[i] = trainer(t, "synthetic-relu")
	}
	tks := make([]*task.Task, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			var err error
			if tks[i], err = c.Build(context.Background(), trs[i], 16, 4, task.Options{AllowUnjudged: true}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	for i, tk := range tks {
		if tk == nil || tk.Game.DataTree != tks[0].Game.DataTree || tk.Trainer() != trs[i] {
			t.Fatalf("task %d: not the shared lowering with its own trainer", i)
		}
	}
	if s := c.Stats(); s.Misses != 1 || s.Hits != n-1 {
		t.Fatalf("stats %+v, want 1 miss and %d hits", s, n-1)
	}
}
