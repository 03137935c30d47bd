package train

import (
	"fmt"
	"slices"
	"strings"

	"github.com/veritrain/veritrain/checkpoint"
)

// PyTorch's layout of a spec's parameters, for export (and import) only: the canonical
// state, which is hashed and committed, keeps veritrain's own layout.
//
// veritrain keeps a layer's weight as the right operand of its matrix product, [in,
// out], on activations laid out NHWC: a convolution's weight is [kh·kw·in, filters],
// its rows in the im2col patch order (window row, window column, input channel), and a
// dense layer after a convolution reads its input flattened as (row, column, channel).
// PyTorch's nn.Linear holds [out, in] and nn.Conv2d [out, in, kh, kw] on NCHW
// activations, which nn.Flatten flattens as (channel, row, column). So ToTorch
// transposes every dense weight, permutes the columns of a dense weight that follows a
// convolution into channel-major order, and turns each convolution weight into
// [out, in, kh, kw]; biases are the same in both. A layer's optimizer state
// (".momentum", ".adam_m", ".adam_v") follows its weight. train/torch_model.py is the
// PyTorch module of a spec: it loads the result with load_state_dict as it is.

// torchMap is one weight in PyTorch's layout: element i of it is element src[i] of the
// canonical tensor.
type torchMap struct {
	shape, canon []int
	src          []int
}

// torchMaps are the spec's weights in PyTorch's layout, by name ("l0.weight", ...).
func (s *Spec) torchMaps() (map[string]torchMap, error) {
	if s.Transformer != nil {
		return gptTorchMaps(s.Transformer), nil
	}
	info, err := s.input()
	if err != nil {
		return nil, err
	}
	maps := map[string]torchMap{}
	h, w, c := info.H, info.W, info.C
	for i, l := range s.Layers {
		var m torchMap
		switch l.Type {
		case "conv":
			k, f := l.Kernel, l.Filters
			if k <= 0 || f <= 0 || l.Stride <= 0 || k > h || k > w {
				return nil, badSpec("layer %d: conv %+v on %dx%dx%d", i, l, h, w, c)
			}
			m = torchMap{shape: []int{f, c, k, k}, canon: []int{k * k * c, f}, src: make([]int, f*c*k*k)}
			for o := range f {
				for ch := range c {
					for dy := range k {
						for dx := range k {
							m.src[((o*c+ch)*k+dy)*k+dx] = ((dy*k+dx)*c+ch)*f + o
						}
					}
				}
			}
			h, w, c = (h-k)/l.Stride+1, (w-k)/l.Stride+1, f
		case "dense":
			in, out := h*w*c, l.Units
			m = torchMap{shape: []int{out, in}, canon: []int{in, out}, src: make([]int, out*in)}
			for o := range out {
				for ch := range c {
					for y := range h {
						for x := range w {
							m.src[o*in+(ch*h+y)*w+x] = ((y*w+x)*c+ch)*out + o
						}
					}
				}
			}
			h, w, c = 1, 1, out
		default:
			return nil, badSpec("layer %d: type %q", i, l.Type)
		}
		maps[fmt.Sprintf("l%d.weight", i)] = m
	}
	return maps, nil
}

// torchMapOf is the map of tensor name (a weight or its optimizer state); false for a
// tensor whose layout is the same in both (a bias, a scalar).
func torchMapOf(maps map[string]torchMap, name string) (torchMap, bool) {
	for _, suffix := range []string{"", ".momentum", ".adam_m", ".adam_v"} {
		if base, ok := strings.CutSuffix(name, suffix); ok {
			if m, ok := maps[base]; ok {
				return m, true
			}
		}
	}
	return torchMap{}, false
}

// ToTorch returns the tensors in PyTorch's layout for the spec's model (copies; ts is
// not changed). Tensors that are not a layer's weight or its optimizer state are
// returned as they are.
func (s *Spec) ToTorch(ts []checkpoint.Tensor) ([]checkpoint.Tensor, error) {
	return s.mapTorch(ts, true)
}

// FromTorch is ToTorch's inverse: tensors in PyTorch's layout back in the canonical one.
func (s *Spec) FromTorch(ts []checkpoint.Tensor) ([]checkpoint.Tensor, error) {
	return s.mapTorch(ts, false)
}

func (s *Spec) mapTorch(ts []checkpoint.Tensor, toTorch bool) ([]checkpoint.Tensor, error) {
	maps, err := s.torchMaps()
	if err != nil {
		return nil, err
	}
	out := make([]checkpoint.Tensor, len(ts))
	for i, t := range ts {
		m, ok := torchMapOf(maps, t.Name)
		if !ok {
			out[i] = t
			continue
		}
		from, to := m.canon, m.shape
		if !toTorch {
			from, to = to, from
		}
		if !slices.Equal(t.Shape, from) || len(t.Data) != len(m.src) {
			return nil, fmt.Errorf("train: tensor %s has shape %v, spec %s wants %v", t.Name, t.Shape, s.Name, from)
		}
		data := make([]float32, len(t.Data))
		for j, k := range m.src {
			if toTorch {
				data[j] = t.Data[k]
			} else {
				data[k] = t.Data[j]
			}
		}
		out[i] = checkpoint.Tensor{Name: t.Name, Shape: slices.Clone(to), Data: data}
	}
	return out, nil
}

// gptTorchMaps: a transformer's matrix weights ([in, out] here) are PyTorch Linear
// weights [out, in]; embeddings, the untied output layer ([vocab, width] in both),
// biases and gains keep their layout.
func gptTorchMaps(m *Transformer) map[string]torchMap {
	maps := map[string]torchMap{}
	for _, p := range gptParams(m) {
		if len(p.Shape) != 2 || strings.HasSuffix(p.Name, "wte.weight") || strings.HasSuffix(p.Name, "wpe.weight") || p.Name == "lm_head.weight" {
			continue
		}
		in, out := p.Shape[0], p.Shape[1]
		t := torchMap{shape: []int{out, in}, canon: []int{in, out}, src: make([]int, in*out)}
		for o := range out {
			for i := range in {
				t.src[o*in+i] = i*out + o
			}
		}
		maps[p.Name] = t
	}
	return maps
}
