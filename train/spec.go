package train

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/veritrain/veritrain/repops"
)

// Spec declares a model and how it is trained: a researcher submits another
// architecture by writing another spec, not code. Its canonical hash (SpecHash) is what
// a task commits to.
type Spec struct {
	Name    string  `json:"name"`
	Dataset string  `json:"dataset"`        // a built-in data set: "mnist" or "synthetic", or the text "sotu"; "" with Data or Text
	Data    *Data   `json:"data,omitempty"` // a dataset by root (see Data); nil with Dataset
	Text    *Text   `json:"text,omitempty"` // a text dataset by root (see Text), for a Transformer
	Layers  []Layer `json:"layers,omitempty"`
	// Transformer is a GPT-style model instead of Layers (which are then empty).
	Transformer *Transformer `json:"transformer,omitempty"`
	Loss        string       `json:"loss"` // "softmax_cross_entropy"
	Optimizer   Optimizer    `json:"optimizer"`
	BatchSize   int          `json:"batch_size"`
	Seed        uint64       `json:"seed"` // initialisation and data order
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
	Type     string  `json:"type"` // "sgd_momentum", "adam" or "adamw"
	LR       float32 `json:"lr"`   // adamw: the peak rate of the schedule
	Momentum float32 `json:"momentum,omitempty"`
	Beta1    float32 `json:"beta1,omitempty"`
	Beta2    float32 `json:"beta2,omitempty"`
	Eps      float32 `json:"eps,omitempty"`
	// WeightDecay is adamw's decoupled decay, applied to matrices and embeddings (not
	// to biases and gains).
	WeightDecay float32 `json:"weight_decay,omitempty"`
	// Clip > 0 scales the gradients to a global norm of at most Clip (any optimizer).
	Clip float32 `json:"clip,omitempty"`
	// adamw's schedule: linear warm-up over Warmup steps, then cosine decay to MinLR at
	// step DecaySteps (0: none; the rate stays LR after the warm-up).
	Warmup     int     `json:"warmup,omitempty"`
	DecaySteps int     `json:"decay_steps,omitempty"`
	MinLR      float32 `json:"min_lr,omitempty"`
}

// schedule is adamw's learning-rate kernel (a constant rate is LRMax = LRMin).
func (o Optimizer) schedule() repops.LRSchedule {
	if o.DecaySteps == 0 {
		return repops.LRSchedule{Warmup: o.Warmup, Total: o.Warmup + 1, LRMax: o.LR, LRMin: o.LR}
	}
	return repops.LRSchedule{Warmup: o.Warmup, Total: o.DecaySteps, LRMax: o.LR, LRMin: o.MinLR}
}

// maxScheduleSteps bounds the schedule's steps: a float32 counts them exactly.
const maxScheduleSteps = 1 << 24

func (o Optimizer) validate() error {
	if !(o.LR > 0 && o.LR < 10) {
		return badSpec("optimizer lr %g is not in (0, 10)", o.LR)
	}
	if !(o.Clip >= 0 && o.Clip < float32(math.Inf(1))) {
		return badSpec("optimizer clip %g: want a norm > 0, or none", o.Clip)
	}
	if o.Type != "adamw" && (o.WeightDecay != 0 || o.Warmup != 0 || o.DecaySteps != 0 || o.MinLR != 0) {
		return badSpec("%s takes no weight_decay, warmup, decay_steps or min_lr (adamw does)", o.Type)
	}
	switch o.Type {
	case "sgd_momentum":
		if !(o.Momentum >= 0 && o.Momentum < 1) || o.Beta1 != 0 || o.Beta2 != 0 || o.Eps != 0 {
			return badSpec("sgd_momentum takes momentum in [0, 1) and no beta1, beta2, eps")
		}
	case "adam", "adamw":
		if !(o.Beta1 >= 0 && o.Beta1 < 1) || !(o.Beta2 >= 0 && o.Beta2 < 1) || !(o.Eps > 0) || o.Momentum != 0 {
			return badSpec("%s takes beta1 and beta2 in [0, 1), eps > 0 and no momentum", o.Type)
		}
		if o.Type == "adam" {
			break
		}
		if !(o.WeightDecay >= 0 && o.WeightDecay < 1) {
			return badSpec("adamw weight_decay %g is not in [0, 1)", o.WeightDecay)
		}
		if o.Warmup < 0 || o.Warmup >= maxScheduleSteps || o.DecaySteps < 0 || o.DecaySteps > maxScheduleSteps {
			return badSpec("adamw warmup %d and decay_steps %d: want 0 ≤ warmup < %d, 0 ≤ decay_steps ≤ %d", o.Warmup, o.DecaySteps, maxScheduleSteps, maxScheduleSteps)
		}
		if o.DecaySteps != 0 && o.DecaySteps <= o.Warmup {
			return badSpec("adamw decay_steps %d must exceed warmup %d (or be 0: no decay)", o.DecaySteps, o.Warmup)
		}
		if !(o.MinLR >= 0 && o.MinLR <= o.LR) || (o.DecaySteps == 0 && o.MinLR != 0) {
			return badSpec("adamw min_lr %g: want 0 ≤ min_lr ≤ lr, with decay_steps", o.MinLR)
		}
	default:
		return badSpec("optimizer %q is unknown (have sgd_momentum, adam, adamw)", o.Type)
	}
	return nil
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
	if s.Init != "" && !isRootHex(s.Init) {
		return badSpec("init %q is not a dataset root (64 lowercase hex digits)", s.Init)
	}
	if s.Loss != "softmax_cross_entropy" {
		return badSpec("loss %q is unknown (have softmax_cross_entropy)", s.Loss)
	}
	if s.BatchSize < 1 || s.BatchSize > 4096 {
		return badSpec("batch_size %d is not in [1, 4096]", s.BatchSize)
	}
	if s.Transformer != nil {
		if err := s.validateText(); err != nil {
			return err
		}
	} else if err := s.validateLayers(); err != nil {
		return err
	}
	return s.Optimizer.validate()
}

// validateLayers checks a layer spec's layers against its data set.
func (s *Spec) validateLayers() error {
	if s.Text != nil {
		return badSpec("text is the data of a transformer; this spec has layers")
	}
	info, err := s.input()
	if err != nil {
		return err
	}
	if len(s.Layers) == 0 {
		return badSpec("no layers (and no transformer)")
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
