package checkpoint

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/veritrain/veritrain/checkpoint/merkle"
)

// FloatProof shows that one float32 of one tensor has given bits under a state root.
// Its JSON form (0x-prefixed lowercase hex for hashes) is what the contracts' tests read.
type FloatProof struct {
	StateRoot   [32]byte     // the state root (State.Hash)
	TensorIndex uint64       // t: the tensor, leaf t+1 of the state tree
	HeaderHash  [32]byte     // HeaderHash of the tensor: commits to its name and shape
	Element     uint64       // e: row-major element index; leaf e/8, slot e%8
	ValueBits   uint32       // the element's IEEE-754 bits
	Leaf        [32]byte     // the 32-byte data leaf holding the element
	DataPath    merkle.Proof // leaf e/8 up to the tensor's data root
	StatePath   merkle.Proof // tensor root (leaf t+1) up to the state root
}

// Value returns the proven element as a float32.
func (p *FloatProof) Value() float32 { return math.Float32frombits(p.ValueBits) }

// ProveFloat returns the proof of element e of tensor t of s.
func ProveFloat(s *State, t, e int) (*FloatProof, error) {
	if t < 0 || t >= len(s.Tensors) {
		return nil, fmt.Errorf("%w: tensor %d of %d", ErrOutOfRange, t, len(s.Tensors))
	}
	tn := &s.Tensors[t]
	if e < 0 || e >= len(tn.Data) {
		return nil, fmt.Errorf("%w: element %d of tensor %q with %d elements", ErrOutOfRange, e, tn.Name, len(tn.Data))
	}
	leaves := s.Leaves()
	root, err := merkle.Root(leaves)
	if err != nil {
		return nil, fmt.Errorf("prove float: %w", err)
	}
	statePath, err := merkle.Prove(leaves, t+1)
	if err != nil {
		return nil, fmt.Errorf("prove float: state path: %w", err)
	}
	li := e / FloatsPerLeaf
	dataPath, err := merkle.ProveFunc(numLeaves(len(tn.Data)), func(i int, dst *[32]byte) { fillLeaf(tn.Data, i, dst) }, li)
	if err != nil {
		return nil, fmt.Errorf("prove float: data path: %w", err)
	}
	return &FloatProof{
		StateRoot:   root,
		TensorIndex: uint64(t),
		HeaderHash:  HeaderHash(tn),
		Element:     uint64(e),
		ValueBits:   math.Float32bits(tn.Data[e]),
		Leaf:        DataLeaf(tn.Data, li),
		DataPath:    dataPath,
		StatePath:   statePath,
	}, nil
}

// Verify checks p: the value sits at slot Element%8 of Leaf, Leaf is data leaf
// Element/8 of a tensor with HeaderHash, and that tensor is tensor TensorIndex under
// StateRoot. That Element is below the tensor's size is shown by opening HeaderHash
// (HeaderBytes), which a caller who needs it must do: padding leaves prove zeros.
func (p *FloatProof) Verify() error {
	slot := p.Element % FloatsPerLeaf
	if got := binary.LittleEndian.Uint32(p.Leaf[4*slot:]); got != p.ValueBits {
		return fmt.Errorf("%w: leaf slot %d holds %#08x, proof claims %#08x", ErrBadProof, slot, got, p.ValueBits)
	}
	dataRoot, err := merkle.RootFromProof(p.Leaf, p.Element/FloatsPerLeaf, p.DataPath)
	if err != nil {
		return fmt.Errorf("%w: data path: %w", ErrBadProof, err)
	}
	if p.TensorIndex >= MaxTensors {
		return fmt.Errorf("%w: tensor index %d", ErrBadProof, p.TensorIndex)
	}
	tensorRoot := merkle.Hash65(merkle.TensorPrefix, p.HeaderHash, dataRoot)
	root, err := merkle.RootFromProof(tensorRoot, p.TensorIndex+1, p.StatePath)
	if err != nil {
		return fmt.Errorf("%w: state path: %w", ErrBadProof, err)
	}
	if root != p.StateRoot {
		return fmt.Errorf("%w: recomputed root %x, claimed %x", ErrBadProof, root, p.StateRoot)
	}
	return nil
}

// hexHash is a 32-byte hash in JSON: "0x" and 64 lowercase hex digits.
type hexHash [32]byte

func (h hexHash) MarshalText() ([]byte, error) {
	return []byte("0x" + hex.EncodeToString(h[:])), nil
}

func (h *hexHash) UnmarshalText(b []byte) error {
	s := string(b)
	if !strings.HasPrefix(s, "0x") || len(s) != 66 || strings.ToLower(s) != s {
		return fmt.Errorf("%w: hash %q is not 0x and 64 lowercase hex digits", ErrBadProof, s)
	}
	if _, err := hex.Decode(h[:], b[2:]); err != nil {
		return fmt.Errorf("%w: hash %q: %w", ErrBadProof, s, err)
	}
	return nil
}

func toHex(p merkle.Proof) []hexHash {
	out := make([]hexHash, len(p))
	for i := range p {
		out[i] = hexHash(p[i])
	}
	return out
}

func fromHex(h []hexHash) merkle.Proof {
	out := make(merkle.Proof, len(h))
	for i := range h {
		out[i] = h[i]
	}
	return out
}

type floatProofJSON struct {
	StateRoot   hexHash   `json:"state_root"`
	TensorIndex uint64    `json:"tensor_index"`
	HeaderHash  hexHash   `json:"header_hash"`
	Element     uint64    `json:"element"`
	ValueBits   uint32    `json:"value_bits"`
	Leaf        hexHash   `json:"leaf"`
	DataPath    []hexHash `json:"data_path"`
	StatePath   []hexHash `json:"state_path"`
}

// MarshalJSON writes the field names and hex form the contracts' tests read.
func (p FloatProof) MarshalJSON() ([]byte, error) {
	return json.Marshal(floatProofJSON{
		StateRoot: p.StateRoot, TensorIndex: p.TensorIndex, HeaderHash: p.HeaderHash,
		Element: p.Element, ValueBits: p.ValueBits, Leaf: p.Leaf,
		DataPath: toHex(p.DataPath), StatePath: toHex(p.StatePath),
	})
}

// UnmarshalJSON reads the form MarshalJSON writes; it does not verify the proof.
func (p *FloatProof) UnmarshalJSON(b []byte) error {
	var j floatProofJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("float proof: %w", err)
	}
	if len(j.DataPath) > merkle.MaxDepth || len(j.StatePath) > merkle.MaxDepth {
		return fmt.Errorf("%w: path longer than %d", ErrBadProof, merkle.MaxDepth)
	}
	*p = FloatProof{
		StateRoot: j.StateRoot, TensorIndex: j.TensorIndex, HeaderHash: j.HeaderHash,
		Element: j.Element, ValueBits: j.ValueBits, Leaf: j.Leaf,
		DataPath: fromHex(j.DataPath), StatePath: fromHex(j.StatePath),
	}
	return nil
}
