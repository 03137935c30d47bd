package train

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/dataset"
)

// Initial weights from a file: a spec whose Init names a dataset root starts from the
// parameters that dataset holds instead of drawing them from its seed. The dataset
// holds exactly the model's parameters, float32, named and laid out as export writes
// them for PyTorch ("l0.weight" [out, in], "l0.bias" [out], ...: torch.go), so a
// PyTorch state_dict saved with safetensors is a valid file as it is. The optimizer's
// state starts as Init's (zeros; Adam's powers 1). The initial state's root, which
// the task commits to, is then the hash of that state.

// ErrBadWeights: a weights file does not hold the spec's parameters.
var ErrBadWeights = errors.New("train: initial weights do not fit the spec")

// InitRoot is the root of the spec's initial weights, if it names one.
func (s *Spec) InitRoot() ([32]byte, bool) {
	if s.Init == "" {
		return [32]byte{}, false
	}
	return rootOfHex(s.Init), true
}

// Needs are the dataset roots a spec reads besides itself, in a fixed order: its data,
// then its initial weights.
func (s *Spec) Needs() [][32]byte {
	var roots [][32]byte
	if s.Data != nil {
		roots = append(roots, s.Data.RootBytes())
	}
	if s.Text != nil {
		roots = append(roots, rootOfHex(s.Text.Root))
	}
	if r, ok := s.InitRoot(); ok {
		roots = append(roots, r)
	}
	return roots
}

// ParamNames are the spec's parameters as PyTorch and export name them, in state order.
func (s *Spec) ParamNames() []string {
	var names []string
	if s.Transformer != nil {
		for _, p := range gptParams(s.Transformer) {
			names = append(names, p.Name)
		}
		return names
	}
	for i := range s.Layers {
		names = append(names, fmt.Sprintf("l%d.weight", i), fmt.Sprintf("l%d.bias", i))
	}
	return names
}

// WeightsFromArrays checks that arrays are exactly the spec's parameters (names,
// float32, PyTorch's shapes) and returns them in the canonical layout, in state order.
// Errors name every missing, extra or misshapen array.
func (s *Spec) WeightsFromArrays(arrays []dataset.Array) ([]checkpoint.Tensor, error) {
	headers := make([]dataset.Header, len(arrays))
	for i, a := range arrays {
		headers[i] = a.Header
	}
	order, err := s.checkWeights(headers)
	if err != nil {
		return nil, err
	}
	ts := make([]checkpoint.Tensor, len(order))
	for i, k := range order {
		a := arrays[k]
		data := make([]float32, len(a.Data)/4)
		for j := range data {
			data[j] = math.Float32frombits(binary.LittleEndian.Uint32(a.Data[4*j:]))
		}
		ts[i] = checkpoint.Tensor{Name: a.Name, Shape: slices.Clone(a.Shape), Data: data}
	}
	return s.FromTorch(ts)
}

// checkWeights checks headers (of a weights file, before its data is read) against the
// spec's parameters and returns, for each parameter in state order, its header's index.
func (s *Spec) checkWeights(headers []dataset.Header) ([]int, error) {
	g, err := BuildGraph(s, 1, true)
	if err != nil {
		return nil, err
	}
	torchShapes, err := s.torchShapes(g)
	if err != nil {
		return nil, err
	}
	byName := map[string]int{}
	for i, h := range headers {
		byName[h.Name] = i
	}
	names := s.ParamNames()
	var problems []string
	order := make([]int, 0, len(names))
	for i, n := range names {
		k, ok := byName[n]
		if !ok {
			problems = append(problems, fmt.Sprintf("%s missing (want float32 %v)", n, torchShapes[i]))
			continue
		}
		delete(byName, n)
		if h := headers[k]; h.DType != dataset.Float32 || !slices.Equal(h.Shape, torchShapes[i]) {
			problems = append(problems, fmt.Sprintf("%s is %s %v, want float32 %v", n, h.DType, h.Shape, torchShapes[i]))
			continue
		}
		order = append(order, k)
	}
	var extra []string
	for n := range byName {
		extra = append(extra, n)
	}
	slices.Sort(extra)
	for _, n := range extra {
		problems = append(problems, fmt.Sprintf("%s is not a parameter of %s (have %s)", n, s.Name, strings.Join(names, ", ")))
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("%w: %s", ErrBadWeights, strings.Join(problems, "; "))
	}
	return order, nil
}

// torchShapes are the shapes of the spec's parameters in PyTorch's layout.
func (s *Spec) torchShapes(g *Graph) ([][]int, error) {
	maps, err := s.torchMaps()
	if err != nil {
		return nil, err
	}
	var shapes [][]int
	for i, n := range s.ParamNames() {
		if m, ok := maps[n]; ok {
			shapes = append(shapes, m.shape)
		} else {
			shapes = append(shapes, g.State[i].Shape)
		}
	}
	return shapes, nil
}

// loadWeights reads the spec's initial weights from lib (nil: the default library),
// every chunk checked against the root; nil without Init.
func loadWeights(s *Spec, lib *dataset.Library) ([]checkpoint.Tensor, error) {
	root, ok := s.InitRoot()
	if !ok {
		return nil, nil
	}
	l, err := dataset.LibraryOrDefault(lib)
	if err != nil {
		return nil, err
	}
	dir, err := l.Open(root)
	if err != nil {
		return nil, fmt.Errorf("train: spec %s: initial weights: %w", s.Name, err)
	}
	// the headers first: a file of other tensors is refused before its data is read
	headers := make([]dataset.Header, len(dir.Manifest.Arrays))
	for i, e := range dir.Manifest.Arrays {
		headers[i] = e.Header
	}
	if _, err := s.checkWeights(headers); err != nil {
		return nil, fmt.Errorf("spec %s: initial weights %x: %w", s.Name, root[:8], err)
	}
	d, err := dir.Load()
	if err != nil {
		return nil, fmt.Errorf("train: spec %s: initial weights: %w", s.Name, err)
	}
	w, err := s.WeightsFromArrays(d.Arrays)
	if err != nil {
		return nil, fmt.Errorf("spec %s: initial weights %x: %w", s.Name, root[:8], err)
	}
	return w, nil
}

// InitialState is the state a trainer of s starts from with the parameters params (the
// canonical layout, in state order: WeightsFromArrays's result) instead of those the
// spec names or draws; the optimizer state as Init fills it. It builds the step graph
// but loads no data (an importer that only names the state's hash).
func InitialState(s *Spec, params []checkpoint.Tensor) (*checkpoint.State, error) {
	g, err := BuildGraph(s, s.BatchSize, false)
	if err != nil {
		return nil, err
	}
	names := s.ParamNames()
	if len(params) != len(names) {
		return nil, fmt.Errorf("%w: %d parameters, spec %s has %d", ErrBadWeights, len(params), s.Name, len(names))
	}
	for i, p := range params {
		if p.Name != names[i] || !slices.Equal(p.Shape, g.State[i].Shape) || len(p.Data) != len1(p.Shape) {
			return nil, fmt.Errorf("%w: parameter %d is %s%v, spec %s wants %s%v", ErrBadWeights, i, p.Name, p.Shape, s.Name, names[i], g.State[i].Shape)
		}
	}
	return initState(s, g, s.Hash(), rngBytes(s.Seed), params), nil
}
