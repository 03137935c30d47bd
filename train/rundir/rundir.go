// Package rundir keeps a training run on disk: its spec, its checkpoints (in a
// content-addressed checkpoint store, each a delta against the one before) and a
// manifest listing them in order with their hashes, from which the trace commitment is
// computed. The manifest is rewritten atomically after every checkpoint, so a run killed
// at any moment resumes from its last recorded checkpoint. The store may hold blobs the
// manifest does not list (a solver's forced-error decoy, served beside the run's own
// checkpoints); the manifest lists the run's checkpoints only.
package rundir

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/internal/atomicfile"
	"github.com/veritrain/veritrain/train"
)

const (
	manifestName = "run.json"
	storeName    = "checkpoints"
	version      = 1
	// keyframeEvery: deltas against a nearby whole checkpoint compress about as well as
	// against the previous one (weights move little in k steps) without a chain to decode.
	keyframeEvery = 16
)

// Errors.
var (
	ErrIncompatible = errors.New("rundir: folder holds a different run")
	ErrCorrupt      = errors.New("rundir: manifest is invalid")
	ErrNoCheckpoint = errors.New("rundir: no such checkpoint")
)

// Entry is one recorded checkpoint.
type Entry struct {
	Step uint64 `json:"step"`
	Hash string `json:"hash"`
}

// Manifest is run.json.
type Manifest struct {
	Version     int             `json:"version"`
	Spec        json.RawMessage `json:"spec"`
	SpecHash    string          `json:"spec_hash"`
	Interval    uint64          `json:"checkpoint_every"`
	Steps       uint64          `json:"steps"`
	Checkpoints []Entry         `json:"checkpoints"`
	TraceRoot   string          `json:"trace_root,omitempty"` // set once the final checkpoint is recorded
}

// Run is an open run folder.
type Run struct {
	Dir   string
	M     Manifest
	Store *store.Store
	spec  *train.Spec
}

// Create opens dir for a run of spec with the given interval and total steps, creating
// it if needed. An existing run of the same spec, interval and steps is reopened (to
// resume); anything else there is ErrIncompatible.
func Create(dir string, spec *train.Spec, interval, steps uint64) (*Run, error) {
	if _, err := checkpoint.CheckpointSteps(steps, interval); err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, manifestName)); err == nil {
		r, err := Open(dir)
		if err != nil {
			return nil, err
		}
		if r.spec.Hash() != spec.Hash() || r.M.Interval != interval || r.M.Steps != steps {
			return nil, fmt.Errorf("%w: %s holds %s every %d for %d steps", ErrIncompatible, dir, r.spec.Name, r.M.Interval, r.M.Steps)
		}
		return r, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("rundir: %w", err)
	}
	h := spec.Hash()
	r := &Run{Dir: dir, spec: spec, M: Manifest{Version: version, Spec: spec.Canonical(),
		SpecHash: hex.EncodeToString(h[:]), Interval: interval, Steps: steps, Checkpoints: []Entry{}}}
	var err error
	if r.Store, err = store.Open(filepath.Join(dir, storeName)); err != nil {
		return nil, fmt.Errorf("rundir: %w", err)
	}
	return r, r.save()
}

// Open opens an existing run folder.
func Open(dir string) (*Run, error) {
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err != nil {
		return nil, fmt.Errorf("rundir: %w", err)
	}
	r := &Run{Dir: dir}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r.M); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, dir, err)
	}
	if r.M.Version != version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrCorrupt, r.M.Version, version)
	}
	if r.spec, err = train.ParseSpec(bytes.NewReader(r.M.Spec)); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if h := r.spec.Hash(); hex.EncodeToString(h[:]) != r.M.SpecHash {
		return nil, fmt.Errorf("%w: spec hash %s does not match the spec", ErrCorrupt, r.M.SpecHash)
	}
	want, err := checkpoint.CheckpointSteps(r.M.Steps, r.M.Interval)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if len(r.M.Checkpoints) > len(want) {
		return nil, fmt.Errorf("%w: %d checkpoints, at most %d", ErrCorrupt, len(r.M.Checkpoints), len(want))
	}
	for i, e := range r.M.Checkpoints {
		if e.Step != want[i] {
			return nil, fmt.Errorf("%w: checkpoint %d at step %d, want %d", ErrCorrupt, i, e.Step, want[i])
		}
		if _, err := store.ParseRoot(e.Hash); err != nil {
			return nil, fmt.Errorf("%w: checkpoint %d: %v", ErrCorrupt, i, err)
		}
	}
	if r.Store, err = store.Open(filepath.Join(dir, storeName)); err != nil {
		return nil, fmt.Errorf("rundir: %w", err)
	}
	return r, nil
}

// Spec is the run's spec.
func (r *Run) Spec() *train.Spec { return r.spec }

// Hashes are the recorded checkpoint hashes in order.
func (r *Run) Hashes() [][32]byte {
	out := make([][32]byte, len(r.M.Checkpoints))
	for i, e := range r.M.Checkpoints {
		out[i], _ = store.ParseRoot(e.Hash) // validated by Open and Add
	}
	return out
}

// Complete reports whether the final checkpoint is recorded.
func (r *Run) Complete() bool {
	n := len(r.M.Checkpoints)
	return n > 0 && r.M.Checkpoints[n-1].Step == r.M.Steps
}

// NextStep is the step at which the next checkpoint is due (or false when complete).
func (r *Run) NextStep() (uint64, bool) {
	want, _ := checkpoint.CheckpointSteps(r.M.Steps, r.M.Interval)
	if len(r.M.Checkpoints) >= len(want) {
		return 0, false
	}
	return want[len(r.M.Checkpoints)], true
}

// Add records st, which must be the state at the next due step: it is stored (as a
// delta against the previous checkpoint) before the manifest names it.
func (r *Run) Add(ctx context.Context, st *checkpoint.State) ([32]byte, error) {
	due, ok := r.NextStep()
	if !ok || st.Step != due {
		return [32]byte{}, fmt.Errorf("rundir: state at step %d is not the next checkpoint (due %d, open %v)", st.Step, due, ok)
	}
	var h [32]byte
	var err error
	// Every keyframeEvery-th checkpoint is stored whole, the others as a delta against
	// the last whole one: reading any checkpoint then decodes at most two blobs.
	if n := len(r.M.Checkpoints); n%keyframeEvery == 0 {
		h, err = r.Store.Put(ctx, st)
	} else {
		h, err = r.Store.PutDelta(ctx, st, r.Hashes()[n-n%keyframeEvery])
	}
	if err != nil {
		return h, fmt.Errorf("rundir: storing step %d: %w", st.Step, err)
	}
	r.M.Checkpoints = append(r.M.Checkpoints, Entry{Step: st.Step, Hash: hex.EncodeToString(h[:])})
	if r.Complete() {
		root, err := checkpoint.TraceRoot(r.Hashes())
		if err != nil {
			return h, err
		}
		r.M.TraceRoot = hex.EncodeToString(root[:])
	}
	return h, r.save()
}

// Load returns checkpoint i, verified against its recorded hash.
func (r *Run) Load(ctx context.Context, i int) (*checkpoint.State, error) {
	if i < 0 || i >= len(r.M.Checkpoints) {
		return nil, fmt.Errorf("%w: %d (the run has %d)", ErrNoCheckpoint, i, len(r.M.Checkpoints))
	}
	st, err := r.Store.Get(ctx, r.Hashes()[i])
	if err != nil {
		return nil, fmt.Errorf("rundir: checkpoint %d: %w", i, err)
	}
	return st, nil
}

// Detach re-stores, as whole blobs, the recorded checkpoints whose blobs are deltas
// against checkpoint i, so that no blob but i's own names i's root. A solver keeps the
// true checkpoint of a forced error's decoy unnamed that way until it reveals it
// (docs/PROTOCOL.md, "Forced errors"): a delta's header names its base. Idempotent.
func (r *Run) Detach(ctx context.Context, i int) error {
	hashes := r.Hashes()
	if i < 0 || i >= len(hashes) {
		return fmt.Errorf("%w: %d (the run has %d)", ErrNoCheckpoint, i, len(hashes))
	}
	if i%keyframeEvery != 0 {
		return nil // only keyframes are bases (Add)
	}
	for j := i + 1; j < len(hashes) && j < i+keyframeEvery; j++ {
		if err := r.Store.Flatten(ctx, hashes[j]); err != nil {
			return fmt.Errorf("rundir: detaching checkpoint %d from %d: %w", j, i, err)
		}
	}
	return nil
}

// Index returns the number of the checkpoint at step, if one is due there.
func (r *Run) Index(step uint64) (int, bool) {
	want, _ := checkpoint.CheckpointSteps(r.M.Steps, r.M.Interval)
	for i, s := range want {
		if s == step {
			return i, true
		}
	}
	return 0, false
}

func (r *Run) save() error {
	b, err := json.MarshalIndent(r.M, "", "  ")
	if err != nil {
		return fmt.Errorf("rundir: %w", err)
	}
	return atomicfile.WriteFile(filepath.Join(r.Dir, manifestName), append(b, '\n'), 0o644)
}
