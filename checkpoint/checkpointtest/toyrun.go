// Package checkpointtest makes realistic checkpoint sequences for tests and benchmarks:
// a small MLP trained by real SGD with momentum on synthetic MNIST-like images.
//
// Its values are reproducible on one platform (math/rand/v2 PCG) but use plain Go
// float32 arithmetic rather than repops kernels: they are test data, not a reference.
package checkpointtest

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/veritrain/veritrain/checkpoint"
)

// Sizes of the MLP (MNIST's 28x28 inputs, 256 hidden units, 10 classes).
const (
	Side   = 28
	In     = Side * Side
	Hidden = 256
	Out    = 10
	Batch  = 32
)

// Run is a training run in progress.
type Run struct {
	rng                *rand.Rand
	pcg                *rand.PCG
	protos             [Out][In]float32
	w1, b1, w2, b2     []float32
	mw1, mb1, mw2, mb2 []float32
	step, cursor       uint64
	LR, Momentum       float32
}

// NewRun initialises the MLP (He-style normal weights, zero biases) from seed.
func NewRun(seed uint64) *Run {
	pcg := rand.NewPCG(seed, 0x5eed)
	r := &Run{pcg: pcg, rng: rand.New(pcg), LR: 0.01, Momentum: 0.9}
	// Class prototypes: a few bright strokes inside the central 20x20 square, so the
	// border pixels are always zero (as in MNIST) and their weights never move.
	for c := range r.protos {
		for range 6 {
			x, y := 4+r.rng.IntN(20), 4+r.rng.IntN(20)
			dx, dy := r.rng.IntN(3)-1, r.rng.IntN(3)-1
			for k := range 8 {
				px, py := x+k*dx, y+k*dy
				if px >= 4 && px < 24 && py >= 4 && py < 24 {
					r.protos[c][py*Side+px] = 1
				}
			}
		}
	}
	normal := func(n int, std float64) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = float32(r.rng.NormFloat64() * std)
		}
		return v
	}
	r.w1, r.b1 = normal(In*Hidden, math.Sqrt(2.0/In)), make([]float32, Hidden)
	r.w2, r.b2 = normal(Hidden*Out, math.Sqrt(2.0/Hidden)), make([]float32, Out)
	r.mw1, r.mb1 = make([]float32, In*Hidden), make([]float32, Hidden)
	r.mw2, r.mb2 = make([]float32, Hidden*Out), make([]float32, Out)
	return r
}

// Step applies one SGD step with momentum on a fresh batch and returns the batch loss.
func (r *Run) Step() float32 {
	var x [Batch][In]float32
	var label [Batch]int
	for b := range Batch {
		c := r.rng.IntN(Out)
		label[b] = c
		scale := 0.6 + 0.4*r.rng.Float32()
		for i, p := range r.protos[c] {
			if p == 0 && r.rng.IntN(40) != 0 {
				continue
			}
			// Quantised like an 8-bit image; the border stays zero.
			row, col := i/Side, i%Side
			if row < 4 || row >= 24 || col < 4 || col >= 24 {
				continue
			}
			v := p*scale + 0.2*r.rng.Float32()
			x[b][i] = float32(math.Round(float64(min(v, 1))*255)) / 255
		}
	}
	h := make([]float32, Batch*Hidden)
	dW1, dB1 := make([]float32, In*Hidden), make([]float32, Hidden)
	dW2, dB2 := make([]float32, Hidden*Out), make([]float32, Out)
	var loss float32
	for b := range Batch {
		hb := h[b*Hidden : (b+1)*Hidden]
		copy(hb, r.b1)
		for i, xi := range x[b] {
			if xi == 0 {
				continue
			}
			row := r.w1[i*Hidden : (i+1)*Hidden]
			for j := range hb {
				hb[j] += float32(xi * row[j])
			}
		}
		for j := range hb {
			hb[j] = max(hb[j], 0)
		}
		var logits [Out]float32
		copy(logits[:], r.b2)
		for j, hj := range hb {
			if hj == 0 {
				continue
			}
			for k := range Out {
				logits[k] += float32(hj * r.w2[j*Out+k])
			}
		}
		m := logits[0]
		for _, l := range logits {
			m = max(m, l)
		}
		var sum float64
		var p [Out]float64
		for k, l := range logits {
			p[k] = math.Exp(float64(l - m))
			sum += p[k]
		}
		loss -= float32(math.Log(p[label[b]]/sum)) / Batch
		var dl [Out]float32
		for k := range Out {
			dl[k] = float32(p[k]/sum) / Batch
		}
		dl[label[b]] -= 1.0 / Batch
		dh := make([]float32, Hidden)
		for j, hj := range hb {
			if hj == 0 {
				continue
			}
			for k := range Out {
				dW2[j*Out+k] += float32(hj * dl[k])
				dh[j] += float32(dl[k] * r.w2[j*Out+k])
			}
		}
		for k := range Out {
			dB2[k] += dl[k]
		}
		for j := range dh {
			dB1[j] += dh[j]
		}
		for i, xi := range x[b] {
			if xi == 0 {
				continue
			}
			row := dW1[i*Hidden : (i+1)*Hidden]
			for j := range row {
				row[j] += float32(xi * dh[j])
			}
		}
	}
	for _, u := range []struct{ w, m, g []float32 }{{r.w1, r.mw1, dW1}, {r.b1, r.mb1, dB1}, {r.w2, r.mw2, dW2}, {r.b2, r.mb2, dB2}} {
		for i := range u.w {
			u.m[i] = float32(r.Momentum*u.m[i]) + u.g[i]
			u.w[i] -= float32(r.LR * u.m[i])
		}
	}
	r.step++
	r.cursor += Batch
	return loss
}

// State returns a copy of the current training state.
func (r *Run) State() *checkpoint.State {
	rng, err := r.pcg.MarshalBinary()
	if err != nil {
		panic(fmt.Sprintf("checkpointtest: PCG state: %v", err)) // PCG never fails to marshal
	}
	t := func(name string, shape []int, v []float32) checkpoint.Tensor {
		return checkpoint.Tensor{Name: name, Shape: shape, Data: append([]float32(nil), v...)}
	}
	return &checkpoint.State{
		SpecHash:   [32]byte{'t', 'o', 'y'},
		Step:       r.step,
		DataCursor: r.cursor,
		RNG:        rng,
		Tensors: []checkpoint.Tensor{
			t("fc1.weight", []int{In, Hidden}, r.w1), t("fc1.bias", []int{Hidden}, r.b1),
			t("fc2.weight", []int{Hidden, Out}, r.w2), t("fc2.bias", []int{Out}, r.b2),
			t("fc1.weight.momentum", []int{In, Hidden}, r.mw1), t("fc1.bias.momentum", []int{Hidden}, r.mb1),
			t("fc2.weight.momentum", []int{Hidden, Out}, r.mw2), t("fc2.bias.momentum", []int{Out}, r.mb2),
		},
	}
}

// Checkpoints runs n checkpoints' worth of training, every steps apart, and returns
// the states at steps 0, every, 2*every, ... (n states).
func Checkpoints(seed uint64, n, every int) []*checkpoint.State {
	r := NewRun(seed)
	out := []*checkpoint.State{r.State()}
	for len(out) < n {
		for range every {
			r.Step()
		}
		out = append(out, r.State())
	}
	return out
}
