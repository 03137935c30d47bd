package task

import (
	"context"
	"fmt"
	"sync"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/train"
)

// Cache bounds.
const (
	// DefaultCacheEntries is how many lowered tasks a cache keeps by default.
	DefaultCacheEntries = 4
	// DefaultCacheSteps is how many steps the kept tasks may hold in all by default
	// (the data tree and per-step data grow with the steps: a few hundred bytes a step).
	DefaultCacheSteps = 1 << 21
)

// CacheKey names what Build computes from the spec alone: the lowering (node
// descriptors, trees, state map), the initial state and its root, and the per-step
// data (batch roots, next metas, the data tree), which depend on the spec, the number
// of steps and the options, and on nothing else (the checkpoint interval only
// validates: it enters no root but the task's own Interval).
type CacheKey struct {
	Spec    [32]byte // train.Spec.Hash
	Steps   uint64
	Options Options
}

// Cache shares what Build computes from the spec alone between the tasks of one spec,
// steps and options: a party that meets many tasks of one spec lowers it and hashes
// its data (one pass over every step's batch) once, not once per task. What it shares
// is immutable once built; each Task it returns still has its own trainer (stateful,
// not safe for concurrent use) and its own Spec, Graph, Steps and Interval. A cached
// task's roots are the spec's, so a party still compares them with a task's on-chain
// roots (Task.Check) before trusting the task: the cache saves the recomputation, not
// the check.
//
// The cache is bounded (least recently used first out) by entries and by the steps of
// its entries together: the steps of a task come from the chain, and a hostile
// submitter posting tasks of many specs or step counts cannot grow a party's memory
// through it beyond those bounds (each task a party follows holds its own reference
// as before; a task above the step bound alone is built and not kept). Safe for
// concurrent use; two callers that ask for one key at once share one build.
type Cache struct {
	maxEntries int
	maxSteps   uint64

	mu      sync.Mutex
	entries []*cacheEntry // least recently used first
	hits    int
	misses  int
}

type cacheEntry struct {
	key   CacheKey
	ready chan struct{} // closed once the build ended (sh set, or err)
	sh    *shared
	err   error
}

// shared is the part of a Task that Build computes from the spec alone.
type shared struct {
	graphNodes int // the train graph's node count (a sanity check on the trainer)
	nodes      []Node
	unjudged   []int
	game       model.Spec
	init       *checkpoint.State
	initRoot   [32]byte
	onChain    []int
	outName    []string
	outShape   [][]int
	ones       []float32
}

// NewCache returns a cache of at most entries tasks (0: DefaultCacheEntries) and steps
// steps in all (0: DefaultCacheSteps).
func NewCache(entries int, steps uint64) *Cache {
	if entries <= 0 {
		entries = DefaultCacheEntries
	}
	if steps == 0 {
		steps = DefaultCacheSteps
	}
	return &Cache{maxEntries: entries, maxSteps: steps}
}

// CacheStats are a cache's counts.
type CacheStats struct {
	Entries      int
	Steps        uint64 // of the entries together
	Hits, Misses int
}

// Stats are the cache's counts now.
func (c *Cache) Stats() CacheStats {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := CacheStats{Entries: len(c.entries), Hits: c.hits, Misses: c.misses}
	for _, e := range c.entries {
		s.Steps += e.key.Steps
	}
	return s
}

// Build is task.Build through the cache: the lowering and the data of (tr's spec,
// steps, opts) are computed once and shared; the task has tr as its trainer.
func (c *Cache) Build(ctx context.Context, tr *train.Trainer, steps, interval uint64, opts Options) (*Task, error) {
	if steps == 0 || interval == 0 || steps%interval != 0 {
		return nil, fmt.Errorf("%w: %d steps with a checkpoint every %d (the interval must divide the steps)", ErrBadTask, steps, interval)
	}
	if steps > c.maxSteps {
		return Build(ctx, tr, steps, interval, opts) // too large to keep
	}
	key := CacheKey{Spec: tr.Spec.Hash(), Steps: steps, Options: opts}
	for {
		e, mine := c.entry(key)
		if mine {
			tk, err := Build(ctx, tr, steps, interval, opts)
			c.finish(e, tk, err)
			return tk, err
		}
		select {
		case <-e.ready:
		case <-ctx.Done():
			return nil, fmt.Errorf("task: waiting for the lowering: %w", ctx.Err())
		}
		if e.err != nil {
			continue // the build failed (its caller's context, say): try again
		}
		if e.sh.graphNodes != len(tr.Graph.Nodes) {
			return nil, fmt.Errorf("%w: trainer graph has %d nodes, the spec's %d", ErrBadTask, len(tr.Graph.Nodes), e.sh.graphNodes)
		}
		return e.sh.task(tr, steps, interval), nil
	}
}

// entry finds key's entry (most recently used from now on), or adds one that the
// caller builds (mine).
func (c *Cache) entry(key CacheKey) (e *cacheEntry, mine bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, e := range c.entries {
		if e.key == key {
			c.entries = append(append(c.entries[:i:i], c.entries[i+1:]...), e)
			c.hits++
			return e, false
		}
	}
	c.misses++
	e = &cacheEntry{key: key, ready: make(chan struct{})}
	c.entries = append(c.entries, e)
	c.evict()
	return e, true
}

// finish records e's build: kept on success, dropped on failure (waiters retry).
func (c *Cache) finish(e *cacheEntry, tk *Task, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err != nil {
		e.err = err
		c.entries = deleteEntry(c.entries, e)
	} else {
		e.sh = tk.shared()
	}
	close(e.ready)
}

// evict drops the least recently used entries beyond the bounds (an entry being built
// goes too: its builder and waiters keep their reference, the cache forgets it).
func (c *Cache) evict() {
	var steps uint64
	for _, e := range c.entries {
		steps += e.key.Steps
	}
	for len(c.entries) > 1 && (len(c.entries) > c.maxEntries || steps > c.maxSteps) {
		steps -= c.entries[0].key.Steps
		c.entries = c.entries[1:]
	}
}

func deleteEntry(es []*cacheEntry, e *cacheEntry) []*cacheEntry {
	for i, x := range es {
		if x == e {
			return append(es[:i:i], es[i+1:]...)
		}
	}
	return es
}

// shared is the part of t computed from the spec alone.
func (t *Task) shared() *shared {
	return &shared{graphNodes: len(t.Graph.Nodes), nodes: t.Nodes, unjudged: t.Unjudged, game: t.Game, init: t.Init,
		initRoot: t.InitRoot, onChain: t.onChain, outName: t.outName, outShape: t.outShape, ones: t.ones}
}

// task is a task of the shared lowering run by tr.
func (sh *shared) task(tr *train.Trainer, steps, interval uint64) *Task {
	return &Task{Spec: tr.Spec, Graph: tr.Graph, Steps: steps, Interval: interval, Nodes: sh.nodes, Unjudged: sh.unjudged,
		Game: sh.game, Init: sh.init, InitRoot: sh.initRoot, onChain: sh.onChain, outName: sh.outName, outShape: sh.outShape,
		tr: tr, ones: sh.ones}
}
