package verifier

import "github.com/veritrain/veritrain/task"

// TaskCache is the cache the verifier lowers its tasks through.
func (v *Verifier) TaskCache() *task.Cache { return v.cfg.Cache }

// NewProbing is a verifier of cfg that attests as a probing lazy attester does: it
// fetches its segment's end checkpoint and attests the solver's leaf when a state is
// served for it, re-running the segment only when none is (the strategy a decoy with
// no state behind it would reward). It never checks after the reveal, as Lazy.
func NewProbing(cfg Config) (*Verifier, error) {
	v, err := New(cfg)
	if err != nil {
		return nil, err
	}
	v.probe = true
	return v, nil
}

// ErrStopped is what a tick of a verifier made by NewStoppingBeforeCommit returns.
var ErrStopped = errStopped

// NewStoppingBeforeCommit is a verifier of cfg whose ticks end right after an
// attestation is stored, before its commitment is sent: a process killed there.
func NewStoppingBeforeCommit(cfg Config) (*Verifier, error) {
	v, err := New(cfg)
	if err != nil {
		return nil, err
	}
	v.stopBeforeCommit = true
	return v, nil
}
