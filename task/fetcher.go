package task

import (
	"context"
	"sync"
	"time"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/train"
)

// Fetcher finds tasks' specs for a daemon without holding up its tick: with a Resolve
// (package content: a spec, its dataset and initial weights fetched and re-hashed,
// which may take minutes) each task's runs on a goroutine, and Get reports it once it
// ended, so the tick goes on answering the other tasks' disputes meanwhile. A failed
// resolve is reported once and forgotten: the next Get starts again (a dataset fetch
// resumes where it stopped). Without a Resolve, Get is Specs's answer at once. Safe
// for concurrent use.
type Fetcher struct {
	Specs   Specs
	Resolve Resolve
	// Library is where a spec's datasets are (nil: the default library): a spec Specs
	// knows whose datasets are all there is returned at once, never on a goroutine
	// (a restarted daemon takes its games back on its first tick).
	Library *dataset.Library
	// Sync resolves inside Get (tests and demos that tick step by step).
	Sync bool
	// MaxConcurrent is the most resolves running at once (0: 2); the others wait.
	MaxConcurrent int

	mu      sync.Mutex
	m       map[uint64]*fetching
	backoff map[uint64]retryAt
	sem     chan struct{}
	wg      sync.WaitGroup
}

// retryAt is when a failed task's resolve may start again, after how many failures.
type retryAt struct {
	at    time.Time
	fails int
}

// Backoff after a failed resolve: FetchBackoff, doubled after each failure, at most
// MaxFetchBackoff.
const (
	FetchBackoff    = 10 * time.Second
	MaxFetchBackoff = 10 * time.Minute
)

type fetching struct {
	done chan struct{}
	spec *train.Spec
	err  error
}

// Get is task id's spec (t as read from the chain): ready false while it is being
// fetched; an error (ErrUnknownSpec: no way to find it) once a fetch failed.
func (f *Fetcher) Get(ctx context.Context, id uint64, t taskmarket.TaskMarketTask) (*train.Spec, bool, error) {
	if f.Resolve == nil || f.Sync {
		sp, err := SpecOf(ctx, f.Specs, f.Resolve, t)
		return sp, err == nil, err
	}
	if sp, ok := f.local(t.Spec.SpecHash); ok {
		return sp, true, nil
	}
	f.mu.Lock()
	if f.m == nil {
		f.m, f.backoff = map[uint64]*fetching{}, map[uint64]retryAt{}
		f.sem = make(chan struct{}, max(f.MaxConcurrent, 2))
	}
	g, ok := f.m[id]
	if !ok {
		if b, failed := f.backoff[id]; failed && time.Now().Before(b.at) {
			f.mu.Unlock()
			return nil, false, nil // failed lately: not asked again yet
		}
		g = &fetching{done: make(chan struct{})}
		f.m[id] = g
		f.wg.Add(1)
		go func() {
			defer f.wg.Done()
			defer close(g.done)
			select {
			case f.sem <- struct{}{}:
				defer func() { <-f.sem }()
			case <-ctx.Done():
				g.err = ctx.Err()
				return
			}
			g.spec, g.err = f.Resolve(ctx, t)
		}()
	}
	f.mu.Unlock()
	select {
	case <-g.done:
	default:
		return nil, false, nil
	}
	f.mu.Lock()
	if g.err != nil { // reported once; tried again after the backoff
		delete(f.m, id)
		b := f.backoff[id]
		b.at = time.Now().Add(min(FetchBackoff<<min(b.fails, 16), MaxFetchBackoff))
		b.fails++
		f.backoff[id] = b
	} else {
		delete(f.backoff, id)
	}
	f.mu.Unlock()
	return g.spec, g.err == nil, g.err
}

// local is the spec of hash if Specs knows it and the library holds all it needs.
func (f *Fetcher) local(hash [32]byte) (*train.Spec, bool) {
	sp, ok := f.Specs(hash)
	if !ok {
		return nil, false
	}
	needs := sp.Needs()
	if len(needs) == 0 {
		return sp, true
	}
	lib, err := dataset.LibraryOrDefault(f.Library)
	if err != nil {
		return nil, false
	}
	for _, r := range needs {
		if !lib.Has(r) {
			return nil, false
		}
	}
	return sp, true
}

// Forget drops task id's result (a daemon done with the task).
func (f *Fetcher) Forget(id uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.backoff, id)
	if g, ok := f.m[id]; ok {
		select {
		case <-g.done:
			delete(f.m, id)
		default: // still running: kept until it ends
		}
	}
}

// Wait waits for the fetches running (their ctx cancelled, they end).
func (f *Fetcher) Wait() { f.wg.Wait() }
