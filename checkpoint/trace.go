package checkpoint

import (
	"encoding/json"
	"fmt"

	"github.com/veritrain/veritrain/checkpoint/merkle"
)

// CheckpointSteps returns the steps at which a run of total steps with interval k
// commits a state: 0, k, 2k, ... and total itself (once, even when k divides it).
func CheckpointSteps(total, k uint64) ([]uint64, error) {
	if k == 0 {
		return nil, fmt.Errorf("%w: checkpoint interval 0", ErrInvalid)
	}
	if total/k >= 1<<24 {
		return nil, fmt.Errorf("%w: %d steps at interval %d make too many checkpoints", ErrInvalid, total, k)
	}
	steps := make([]uint64, 0, total/k+2)
	for s := uint64(0); s < total; s += k {
		steps = append(steps, s)
	}
	return append(steps, total), nil
}

// TraceRoot returns the trace commitment: the Merkle tree over the checkpoint hashes in
// order (checkpoint 0 is the initial state, the last the final state).
func TraceRoot(hashes [][32]byte) ([32]byte, error) {
	r, err := merkle.Root(hashes)
	if err != nil {
		return [32]byte{}, fmt.Errorf("trace root: %w", err)
	}
	return r, nil
}

// TraceProof shows that checkpoint Index has hash Leaf under trace root Root.
type TraceProof struct {
	Root  [32]byte
	Index uint64
	Leaf  [32]byte
	Path  merkle.Proof
}

// ProveTrace returns the proof that checkpoint i of hashes is hashes[i].
func ProveTrace(hashes [][32]byte, i int) (*TraceProof, error) {
	root, err := TraceRoot(hashes)
	if err != nil {
		return nil, err
	}
	if i < 0 || i >= len(hashes) {
		return nil, fmt.Errorf("%w: checkpoint %d of %d", ErrOutOfRange, i, len(hashes))
	}
	path, err := merkle.Prove(hashes, i)
	if err != nil {
		return nil, fmt.Errorf("prove trace: %w", err)
	}
	return &TraceProof{Root: root, Index: uint64(i), Leaf: hashes[i], Path: path}, nil
}

// Verify checks the proof against its own Root; compare Root with the committed one.
func (p *TraceProof) Verify() error {
	if !merkle.Verify(p.Root, p.Leaf, p.Index, p.Path) {
		return fmt.Errorf("%w: checkpoint %d with hash %x is not under trace root %x", ErrBadProof, p.Index, p.Leaf, p.Root)
	}
	return nil
}

type traceProofJSON struct {
	Root  hexHash   `json:"root"`
	Index uint64    `json:"index"`
	Leaf  hexHash   `json:"leaf"`
	Path  []hexHash `json:"path"`
}

// MarshalJSON writes {"root", "index", "leaf", "path"} with 0x-prefixed hex.
func (p TraceProof) MarshalJSON() ([]byte, error) {
	return json.Marshal(traceProofJSON{Root: p.Root, Index: p.Index, Leaf: p.Leaf, Path: toHex(p.Path)})
}

// UnmarshalJSON reads the form MarshalJSON writes; it does not verify the proof.
func (p *TraceProof) UnmarshalJSON(b []byte) error {
	var j traceProofJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("trace proof: %w", err)
	}
	if len(j.Path) > merkle.MaxDepth {
		return fmt.Errorf("%w: path longer than %d", ErrBadProof, merkle.MaxDepth)
	}
	*p = TraceProof{Root: j.Root, Index: j.Index, Leaf: j.Leaf, Path: fromHex(j.Path)}
	return nil
}
