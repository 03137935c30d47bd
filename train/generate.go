package train

import (
	"errors"
	"fmt"
	"math"

	"github.com/veritrain/veritrain/checkpoint"
)

// ErrNotLanguageModel: generation needs a transformer spec.
var ErrNotLanguageModel = errors.New("train: the spec is not a transformer")

// Generate continues prompt by n bytes sampled from st's model, one at a time: each from
// the next-byte distribution given the last context bytes (fewer at first: the causal
// mask makes the positions after the prompt irrelevant), softmax(logits/temperature)
// in float64, with the uniform draws of a ChaCha8 stream seeded by seed, so a seed gives
// the same text on every machine. temperature 0 takes the most likely byte. The bytes
// need not be UTF-8.
func (t *Trainer) Generate(st *checkpoint.State, prompt []byte, n int, temperature float64, seed uint64) ([]byte, error) {
	m := t.Spec.Transformer
	if m == nil {
		return nil, fmt.Errorf("%w: %s", ErrNotLanguageModel, t.Spec.Name)
	}
	if err := t.check(st); err != nil {
		return nil, err
	}
	if !(temperature >= 0) || math.IsInf(temperature, 0) {
		return nil, fmt.Errorf("train: temperature %g: want ≥ 0", temperature)
	}
	for i, b := range prompt {
		if int(b) >= m.Vocab {
			return nil, fmt.Errorf("train: prompt byte %d at %d is not below the vocabulary of %d", b, i, m.Vocab)
		}
	}
	g, err := BuildGraph(t.Spec, 1, true)
	if err != nil {
		return nil, err
	}
	p, err := compile(g, t.be)
	if err != nil {
		return nil, err
	}
	fixed := make([][]float32, 0, g.Fixed())
	for _, tn := range st.Tensors[:len(g.State)] {
		fixed = append(fixed, tn.Data)
	}
	v := m.Vocab
	x, y := make([]float32, m.Context*v), make([]float32, m.Context*v)
	fixed = append(fixed, x, y)
	src := subRNG(seed, "generate", 0)
	text := append([]byte(nil), prompt...)
	out := make([]byte, 0, n)
	probs := make([]float64, v)
	for range n {
		window := text[max(0, len(text)-m.Context):]
		clear(x)
		for i, b := range window {
			x[i*v+int(b)] = 1
		}
		vals, err := p.run(fixed)
		if err != nil {
			return nil, err
		}
		at := max(len(window)-1, 0) // an empty prompt reads position 0 (the all-zero row)
		logits := vals[g.NodeOf(g.Logits)][at*v : (at+1)*v]
		next := 0
		for j, l := range logits {
			if l > logits[next] {
				next = j
			}
		}
		if temperature > 0 {
			var sum float64
			for j, l := range logits {
				probs[j] = math.Exp((float64(l) - float64(logits[next])) / temperature)
				sum += probs[j]
			}
			u := float64(src.Uint64()>>11) / (1 << 53) * sum
			for j, q := range probs {
				if u < q || j == v-1 {
					next = j
					break
				}
				u -= q
			}
		}
		text = append(text, byte(next))
		out = append(out, byte(next))
	}
	return out, nil
}
