package train

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/repops"
)

// dropGPT is smallGPT's shape with dropout at every site, layer norm and GELU, tied
// embeddings and clipping: the dropout graph's tests and its golden.
const dropGPT = `{"name": "drop-gpt", "dataset": "sotu",
 "transformer": {"vocab": 256, "context": 8, "width": 12, "heads": 2, "layers": 2, "mlp": 20,
  "norm": "layer", "norm_eps": 1e-5, "activation": "gelu", "tie_embeddings": true, "dropout": 0.25},
 "loss": "softmax_cross_entropy",
 "optimizer": {"type": "adamw", "lr": 0.003, "beta1": 0.9, "beta2": 0.99, "eps": 1e-8,
  "weight_decay": 0.01, "clip": 1, "warmup": 2, "decay_steps": 40, "min_lr": 0.0003},
 "batch_size": 3, "seed": 11}`

// TestDropoutMasks: the masks are a pure function of (seed, step): the same every
// time, another at the next step or seed; each value is 0 or float32(1/(1-p)), and
// about p of them are 0.
func TestDropoutMasks(t *testing.T) {
	const p = float32(0.25)
	keep := float32(1 / (1 - float64(p)))
	draw := func(seed, step uint64) [][]float32 {
		m := [][]float32{make([]float32, 1<<16), make([]float32, 1000)}
		dropMasks(seed, step, p, m)
		return m
	}
	a := draw(3, 7)
	same := func(x, y [][]float32) bool { return slices.EqualFunc(x, y, slices.Equal[[]float32]) }
	if !same(a, draw(3, 7)) {
		t.Fatal("the masks of one (seed, step) differ between draws")
	}
	if same(a, draw(3, 8)) || same(a, draw(4, 7)) {
		t.Fatal("the masks do not change with the step or the seed")
	}
	zeros := 0
	for _, v := range a[0] {
		switch v {
		case 0:
			zeros++
		case keep:
		default:
			t.Fatalf("mask value %g, want 0 or %g", v, keep)
		}
	}
	// 2^16 draws: the dropped fraction's standard deviation is 0.0017
	if f := float64(zeros) / float64(len(a[0])); math.Abs(f-float64(p)) > 0.01 {
		t.Errorf("%.4f of the values dropped, want about %g", f, p)
	}
}

// TestDropoutGraph: a spec with dropout has one mask per site (nanoGPT's: the
// embeddings, and per block the attention probabilities and both residual branches),
// each read by a forward and a backward RowMul; evaluation graphs have none; the
// masks are batch values, right after x and y.
func TestDropoutGraph(t *testing.T) {
	s := mustSpec(t, dropGPT)
	g, err := BuildGraph(s, s.BatchSize, false)
	if err != nil {
		t.Fatal(err)
	}
	if want := 1 + 3*s.Transformer.Layers; len(g.Drop) != want {
		t.Fatalf("%d dropout sites, want %d", len(g.Drop), want)
	}
	if g.Mask(0) != g.BatchY()+1 || g.Fixed() != g.Mask(len(g.Drop)) {
		t.Fatalf("masks at %d..%d, batch y at %d, first node at %d", g.Mask(0), g.Mask(len(g.Drop)-1), g.BatchY(), g.Fixed())
	}
	readers := make([][]string, len(g.Drop))
	for _, n := range g.Nodes {
		for slot, v := range n.Inputs {
			if v < g.Mask(0) || v >= g.Fixed() {
				continue
			}
			if k, ok := n.Kernel.(repops.RowMul); !ok || k.M != 1 || slot != 1 {
				t.Errorf("node %s (%v) reads mask %d in slot %d", n.Name, n.Kernel, v, slot)
			}
			readers[v-g.Mask(0)] = append(readers[v-g.Mask(0)], n.Name)
		}
	}
	for k, r := range readers {
		if len(r) != 2 || !strings.HasPrefix(r[0], "fwd.") || !strings.HasPrefix(r[1], "bwd.") {
			t.Errorf("mask %s is read by %v, want one forward and one backward node", g.Drop[k].Name, r)
		}
	}
	eg, err := BuildGraph(s, s.BatchSize, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(eg.Drop) != 0 {
		t.Errorf("the evaluation graph has %d dropout sites", len(eg.Drop))
	}
	noDrop := mustSpec(t, strings.Replace(dropGPT, `"dropout": 0.25`, `"dropout": 0`, 1))
	if h1, h2 := noDrop.Hash(), mustSpec(t, strings.Replace(dropGPT, `, "dropout": 0.25`, ``, 1)).Hash(); h1 != h2 {
		t.Errorf("dropout 0 changes the spec hash: %x vs %x", h1, h2)
	}
}

// TestDropoutGradient checks the dropout graph's backward against its forward: for
// each parameter tensor, the loss's change along its gradient g, (L(θ+εg) -
// L(θ-εg))/2ε with the step's masks held, must be |g|² within 2% (plus the float32
// loss's own noise, a few ulps over 2ε, which only tensors of tiny gradients such as
// the norms' notice). A backward that misses a mask, or applies one where the forward
// does not (the attention's value gradient reads the dropped probabilities), fails it.
func TestDropoutGradient(t *testing.T) {
	tr := mustTrainerOf(t, mustSpec(t, dropGPT))
	g := tr.Graph
	st := runSteps(t, tr, 3) // past the first step: the weights are no longer symmetric
	vals, err := tr.StepValues(st)
	if err != nil {
		t.Fatal(err)
	}
	grads := make([][]float32, len(g.Grads))
	for i, v := range g.Grads {
		grads[i] = slices.Clone(vals[v])
	}
	loss := func(i int, eps float64) float64 {
		p := *st
		p.Tensors = slices.Clone(st.Tensors)
		w := slices.Clone(st.Tensors[i].Data)
		for j := range w {
			w[j] += float32(eps * float64(grads[i][j]))
		}
		p.Tensors[i] = checkpoint.Tensor{Name: st.Tensors[i].Name, Shape: st.Tensors[i].Shape, Data: w}
		v, err := tr.StepValues(&p)
		if err != nil {
			t.Fatal(err)
		}
		return float64(v[g.Loss][0])
	}
	for i, gr := range grads {
		var sq float64
		for _, v := range gr {
			sq += float64(v) * float64(v)
		}
		if sq == 0 {
			t.Errorf("%s: zero gradient", g.State[i].Name)
			continue
		}
		eps := 3e-3 / math.Sqrt(sq) // a step of 0.003 in parameter space
		got := (loss(i, eps) - loss(i, -eps)) / (2 * eps)
		msg := fmt.Sprintf("%s: dL along the gradient %.6g, |g|² %.6g", g.State[i].Name, got, sq)
		const lossNoise = 2e-6 // 8 ulps of a loss near 2
		if math.Abs(got-sq) > 0.02*sq+lossNoise/(2*eps) {
			t.Error(msg)
		} else {
			t.Log(msg)
		}
	}
}
