package train

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Spec declares a model and how it is trained: a researcher submits another
// architecture by writing another spec, not code. Its canonical hash (SpecHash) is what
// a task commits to.
type Spec struct {
	Name      string    `json:"name"`
	Dataset   string    `json:"dataset"`        // a built-in data set: "mnist" or "synthetic"; "" with Data
	Data      *Data     `json:"data,omitempty"` // a dataset by root (see Data); nil with Dataset
	Layers    []Layer   `json:"layers"`
	Loss      string    `json:"loss"` // "softmax_cross_entropy"
	Optimizer Optimizer `json:"optimizer"`
	BatchSize int       `json:"batch_size"`
	Seed      uint64    `json:"seed"` // initialisation and data order
	// Init is the root of a dataset holding the initial weights (PyTorch's layout and
	// names, as export writes them: weights.go); empty: drawn from Seed.
	Init string `json:"init,omitempty"`
}

// Layer is one layer. The last layer must be dense, with as many units as the data set
// has classes and no activation (its outputs are the logits).
type Layer struct {
	Type       string `json:"type"`                 // "dense" or "conv" (valid, unpadded)
	Units      int    `json:"units,omitempty"`      // dense
	Filters    int    `json:"filters,omitempty"`    // conv
	Kernel     int    `json:"kernel,omitempty"`     // conv: square window
	Stride     int    `json:"stride,omitempty"`     // conv
	Activation string `json:"activation,omitempty"` // "relu", "tanh" or "" (none)
}

// Optimizer holds the update rule and its hyper-parameters, as float32 (the precision
// they are used at, so the canonical form is exact).
type Optimizer struct {
	Type     string  `json:"type"` // "sgd_momentum" or "adam"
	LR       float32 `json:"lr"`
	Momentum float32 `json:"momentum,omitempty"`
	Beta1    float32 `json:"beta1,omitempty"`
	Beta2    float32 `json:"beta2,omitempty"`
	Eps      float32 `json:"eps,omitempty"`
}

// ErrBadSpec is wrapped by every spec validation error.
var ErrBadSpec = errors.New("train: invalid spec")

func badSpec(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadSpec, fmt.Sprintf(format, args...))
}

// ParseSpec reads a JSON spec strictly: unknown fields, trailing data and invalid
// values are errors that name the problem.
func ParseSpec(r io.Reader) (*Spec, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var s Spec
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadSpec, err)
	}
	if dec.More() {
		return nil, badSpec("trailing data after the spec object")
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return &s, nil
}

// Validate checks the spec against its data set: shapes chain, sizes are positive and
// the optimizer's hyper-parameters are usable.
func (s *Spec) Validate() error {
	if s.Name == "" {
		return badSpec("name is empty")
	}
	info, err := s.input()
	if err != nil {
		return err
	}
	if s.Init != "" && !isRootHex(s.Init) {
		return badSpec("init %q is not a dataset root (64 lowercase hex digits)", s.Init)
	}
	if s.Loss != "softmax_cross_entropy" {
		return badSpec("loss %q is unknown (have softmax_cross_entropy)", s.Loss)
	}
	if s.BatchSize < 1 || s.BatchSize > 4096 {
		return badSpec("batch_size %d is not in [1, 4096]", s.BatchSize)
	}
	if len(s.Layers) == 0 {
		return badSpec("no layers")
	}
	h, w := info.H, info.W
	dense := false
	for i, l := range s.Layers {
		switch l.Activation {
		case "", "relu", "tanh":
		default:
			return badSpec("layer %d: activation %q is unknown (have relu, tanh or none)", i, l.Activation)
		}
		switch l.Type {
		case "dense":
			if l.Units < 1 || l.Units > 1<<16 {
				return badSpec("layer %d: units %d is not in [1, 65536]", i, l.Units)
			}
			if l.Filters != 0 || l.Kernel != 0 || l.Stride != 0 {
				return badSpec("layer %d: a dense layer takes no filters, kernel or stride", i)
			}
			h, w, dense = 1, 1, true
		case "conv":
			if dense {
				return badSpec("layer %d: a conv layer cannot follow a dense layer", i)
			}
			if l.Filters < 1 || l.Kernel < 1 || l.Stride < 1 || l.Units != 0 {
				return badSpec("layer %d: a conv layer needs filters, kernel and stride ≥ 1 (and no units)", i)
			}
			if l.Kernel > h || l.Kernel > w {
				return badSpec("layer %d: kernel %d is larger than its %dx%d input", i, l.Kernel, h, w)
			}
			h, w = (h-l.Kernel)/l.Stride+1, (w-l.Kernel)/l.Stride+1
		default:
			return badSpec("layer %d: type %q is unknown (have dense, conv)", i, l.Type)
		}
	}
	last := s.Layers[len(s.Layers)-1]
	if last.Type != "dense" || last.Units != info.Classes || last.Activation != "" {
		return badSpec("the last layer must be dense with %d units (the classes of %s) and no activation", info.Classes, s.dataName())
	}
	o := s.Optimizer
	if !(o.LR > 0 && o.LR < 10) {
		return badSpec("optimizer lr %g is not in (0, 10)", o.LR)
	}
	switch o.Type {
	case "sgd_momentum":
		if !(o.Momentum >= 0 && o.Momentum < 1) || o.Beta1 != 0 || o.Beta2 != 0 || o.Eps != 0 {
			return badSpec("sgd_momentum takes momentum in [0, 1) and no beta1, beta2, eps")
		}
	case "adam":
		if !(o.Beta1 >= 0 && o.Beta1 < 1) || !(o.Beta2 >= 0 && o.Beta2 < 1) || !(o.Eps > 0) || o.Momentum != 0 {
			return badSpec("adam takes beta1 and beta2 in [0, 1), eps > 0 and no momentum")
		}
	default:
		return badSpec("optimizer %q is unknown (have sgd_momentum, adam)", o.Type)
	}
	return nil
}

// Canonical is the spec's one byte encoding: compact JSON in field order.
func (s *Spec) Canonical() []byte {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err) // plain structs always marshal
	}
	return b
}

// Hash is the SHA-256 of the canonical encoding.
func (s *Spec) Hash() [32]byte { return sha256.Sum256(s.Canonical()) }

//go:embed specs/*.json
var builtinFS embed.FS

// Builtin returns a built-in spec by name ("mnist-mlp", "mnist-cnn", "synthetic-mlp").
func Builtin(name string) (*Spec, error) {
	b, err := builtinFS.ReadFile("specs/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("train: no built-in model %q (have %s)", name, strings.Join(BuiltinNames(), ", "))
	}
	s, err := ParseSpec(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("built-in %s: %w", name, err)
	}
	return s, nil
}

// BuiltinByHash is the built-in spec of hash, if there is one.
func BuiltinByHash(hash [32]byte) (*Spec, bool) {
	for _, n := range BuiltinNames() {
		if s, err := Builtin(n); err == nil && s.Hash() == hash {
			return s, true
		}
	}
	return nil, false
}

// BuiltinNames lists the built-in specs.
func BuiltinNames() []string {
	ents, _ := builtinFS.ReadDir("specs")
	var names []string
	for _, e := range ents {
		names = append(names, strings.TrimSuffix(e.Name(), ".json"))
	}
	sort.Strings(names)
	return names
}
