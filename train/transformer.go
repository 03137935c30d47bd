package train

import (
	"fmt"
	"math"

	"github.com/veritrain/veritrain/repops"
)

// Transformer declares a GPT-style decoder over a byte vocabulary: token and position
// embeddings, Layers blocks (pre-norm: x += attn(norm(x)); x += mlp(norm(x))), a final
// norm and the output layer (tied to the token embedding, or its own), trained on
// next-token cross-entropy. A spec with a Transformer has no Layers and trains on text
// (Dataset "sotu" or Text).
type Transformer struct {
	Vocab   int `json:"vocab"`   // tokens are bytes below it (≤ 256)
	Context int `json:"context"` // positions per sequence
	Width   int `json:"width"`   // model width
	Heads   int `json:"heads"`   // attention heads; width is a multiple
	Layers  int `json:"layers"`  // blocks
	MLP     int `json:"mlp"`     // hidden width of each block's MLP
	// Norm is "layer" (layer norm, with gain and bias) or "rms" (RMS norm, gain only).
	Norm    string  `json:"norm"`
	NormEps float32 `json:"norm_eps"`
	// Activation of the MLP: "gelu" (tanh form) or "silu".
	Activation string `json:"activation"`
	// TieEmbeddings: the output layer is the token embedding (logits = h·wteᵀ).
	TieEmbeddings bool `json:"tie_embeddings,omitempty"`
	// Dropout is the probability in [0, 1) that a training step zeroes a value at
	// nanoGPT's four sites: the embeddings' sum, the attention probabilities, and the
	// outputs of each block's attention and MLP projections (kept values are scaled by
	// 1/(1-p)). The masks come from the seeded stream (dropMasks) and are part of the
	// step's batch, so the task commits them with the data. Evaluation and generation
	// run without dropout.
	Dropout float32 `json:"dropout,omitempty"`
}

// Limits of a transformer spec: everything a step allocates is bounded by them (a
// spec comes from the chain's announcements and is hostile until validated).
const (
	maxVocab   = 256
	maxContext = 4096
	maxWidth   = 1 << 14
	maxLayers  = 256
	maxParams  = 1 << 28 // GPT-2 small has 124M
)

func (m *Transformer) validate(batch int) error {
	switch {
	case m.Vocab < 2 || m.Vocab > maxVocab:
		return badSpec("transformer.vocab %d is not in [2, %d] (tokens are bytes)", m.Vocab, maxVocab)
	case m.Context < 1 || m.Context > maxContext:
		return badSpec("transformer.context %d is not in [1, %d]", m.Context, maxContext)
	case m.Width < 1 || m.Width > maxWidth:
		return badSpec("transformer.width %d is not in [1, %d]", m.Width, maxWidth)
	case m.Heads < 1 || m.Width%m.Heads != 0:
		return badSpec("transformer.heads %d does not divide width %d", m.Heads, m.Width)
	case m.Layers < 1 || m.Layers > maxLayers:
		return badSpec("transformer.layers %d is not in [1, %d]", m.Layers, maxLayers)
	case m.MLP < 1 || m.MLP > 4*maxWidth:
		return badSpec("transformer.mlp %d is not in [1, %d]", m.MLP, 4*maxWidth)
	case m.Norm != "layer" && m.Norm != "rms":
		return badSpec("transformer.norm %q is unknown (have layer, rms)", m.Norm)
	case !(m.NormEps > 0 && m.NormEps < 1):
		return badSpec("transformer.norm_eps %g is not in (0, 1)", m.NormEps)
	case m.Activation != "gelu" && m.Activation != "silu":
		return badSpec("transformer.activation %q is unknown (have gelu, silu)", m.Activation)
	case !(m.Dropout >= 0 && m.Dropout < 1):
		return badSpec("transformer.dropout %g is not in [0, 1)", m.Dropout)
	}
	// the parameters (the state is three times as much with AdamW's moments)
	var params int64
	for _, p := range gptParams(m) {
		params += int64(len1(p.Shape))
	}
	if params > maxParams {
		return badSpec("transformer: %d parameters, more than the %d a spec may have", params, int64(maxParams))
	}
	// the largest tensors of a step: scores (batch·heads·context²) and one-hot batches
	rows := int64(batch) * int64(m.Context)
	if rows*int64(m.Heads)*int64(m.Context) > math.MaxInt32 || rows*int64(max(3*m.Width, m.MLP, m.Vocab)) > math.MaxInt32 {
		return badSpec("transformer: batch %d × context %d is too large for %d heads and width %d (a tensor over 2^31 elements)", batch, m.Context, m.Heads, m.Width)
	}
	return nil
}

// gptInitLimit is the bound of the uniform initial weights, 0.02·√3: a standard
// deviation of 0.02, GPT-2's (uniform rather than normal: no logarithm or cosine,
// whose Go implementations may differ in the last bit between architectures).
var gptInitLimit = float32(0.02 * math.Sqrt(3))

// gptParams are the transformer's parameters in state order, named as nanoGPT's
// state_dict names them; matrix weights are the right operands of their products
// ([in, out]; PyTorch's Linear holds [out, in]: torch.go transposes).
func gptParams(m *Transformer) []TensorSpec {
	d, f, v, t := m.Width, m.MLP, m.Vocab, m.Context
	// residual projections start smaller (GPT-2: 0.02/√(2·layers))
	proj := float32(float64(gptInitLimit) / math.Sqrt(2*float64(m.Layers)))
	w := func(name string, limit float32, shape ...int) TensorSpec {
		return TensorSpec{Name: name, Shape: shape, Limit: limit}
	}
	fill := func(name string, v float32, n int) TensorSpec {
		return TensorSpec{Name: name, Shape: []int{n}, Fill: v}
	}
	norm := func(pfx string) []TensorSpec {
		if m.Norm == "rms" {
			return []TensorSpec{fill(pfx+".weight", 1, d)}
		}
		return []TensorSpec{fill(pfx+".weight", 1, d), fill(pfx+".bias", 0, d)}
	}
	ps := []TensorSpec{w("transformer.wte.weight", gptInitLimit, v, d), w("transformer.wpe.weight", gptInitLimit, t, d)}
	for l := range m.Layers {
		p := fmt.Sprintf("transformer.h.%d.", l)
		ps = append(ps, norm(p+"ln_1")...)
		ps = append(ps, w(p+"attn.c_attn.weight", gptInitLimit, d, 3*d), fill(p+"attn.c_attn.bias", 0, 3*d),
			w(p+"attn.c_proj.weight", proj, d, d), fill(p+"attn.c_proj.bias", 0, d))
		ps = append(ps, norm(p+"ln_2")...)
		ps = append(ps, w(p+"mlp.c_fc.weight", gptInitLimit, d, f), fill(p+"mlp.c_fc.bias", 0, f),
			w(p+"mlp.c_proj.weight", proj, f, d), fill(p+"mlp.c_proj.bias", 0, d))
	}
	ps = append(ps, norm("transformer.ln_f")...)
	if !m.TieEmbeddings {
		ps = append(ps, w("lm_head.weight", gptInitLimit, v, d)) // [V, D] as PyTorch's Linear
	}
	return ps
}

// gptBuilder lays out one step of a transformer: forward, loss, backward. It returns
// each parameter's gradient (value numbers, in state order).
type gptBuilder struct {
	*builder
	m        *Transformer
	n, d, dh int // rows (batch·context), width, head width
	attn     repops.Attn
	norm     repops.Norm
	params   map[string]int // state number of each parameter, by name
}

func (b *gptBuilder) p(name string) int {
	v, ok := b.params[name]
	if !ok {
		panic("train: transformer parameter " + name + " missing") // gptParams and the builder disagree
	}
	return v
}

// normFwd is norm then gain (and bias): it returns the normalised x̂ and the output.
func (b *gptBuilder) normFwd(name, pfx string, x int) (xh, y int) {
	sh := []int{b.n, b.d}
	xh = b.node(name+".norm", b.norm, sh, x)
	if b.m.Norm == "rms" {
		return xh, b.node(name+".gain", repops.RowMul{M: b.n, N: b.d}, sh, xh, b.p(pfx+".weight"))
	}
	return xh, b.node(name+".affine", repops.RowAffine{M: b.n, N: b.d}, sh, xh, b.p(pfx+".weight"), b.p(pfx+".bias"))
}

// normBwd is normFwd's backward: dy to dx, writing the gain's (and bias's) gradients.
func (b *gptBuilder) normBwd(name, pfx string, x, xh, dy int, grads map[string]int) int {
	sh := []int{b.n, b.d}
	grads[pfx+".weight"] = b.node(name+".dgain", repops.ColDot{M: b.n, N: b.d}, []int{b.d}, dy, xh)
	if b.m.Norm != "rms" {
		grads[pfx+".bias"] = b.node(name+".dbias", repops.ColSum{M: b.n, N: b.d}, []int{b.d}, dy)
	}
	dxh := b.node(name+".dxhat", repops.RowMul{M: b.n, N: b.d}, sh, dy, b.p(pfx+".weight"))
	return b.node(name+".dx", repops.NormGrad{Norm: b.norm}, sh, x, dxh)
}

// linear is x·W + bias for x of n rows.
func (b *gptBuilder) linear(name, pfx string, x, in, out int) int {
	z := b.node(name+".matmul", repops.MatMulK{M: b.n, K: in, N: out, L: repops.NN}, []int{b.n, out}, x, b.p(pfx+".weight"))
	return b.node(name+".bias", repops.BiasAdd{M: b.n, N: out}, []int{b.n, out}, z, b.p(pfx+".bias"))
}

// linearBwd is linear's backward: dy to dx (unless noDX), writing W's and bias's gradients.
func (b *gptBuilder) linearBwd(name, pfx string, x, dy, in, out int, grads map[string]int) int {
	grads[pfx+".bias"] = b.node(name+".dbias", repops.ColSum{M: b.n, N: out}, []int{out}, dy)
	grads[pfx+".weight"] = b.node(name+".dW", repops.MatMulK{M: in, K: b.n, N: out, L: repops.TN}, []int{in, out}, x, dy)
	return b.node(name+".dx", repops.MatMulK{M: b.n, K: out, N: in, L: repops.NT}, []int{b.n, in}, dy, b.p(pfx+".weight"))
}

type gptBlock struct {
	x, xh1, a1, qkv, p, pd, o, xmid, xh2, a2, h1, h2 int
	drop                                             [3]int // masks: attention probabilities, attention and MLP outputs (-1: none)
}

// gptDropSites are a transformer's dropout sites in forward order: the embeddings,
// then per block the attention probabilities and the two residual branches.
func gptDropSites(m *Transformer, batch int) []DropSite {
	n := batch * m.Context
	sites := []DropSite{{Name: "emb", Shape: []int{n, m.Width}}}
	for l := range m.Layers {
		sites = append(sites,
			DropSite{Name: fmt.Sprintf("h%d.attn", l), Shape: []int{batch * m.Heads * m.Context, m.Context}},
			DropSite{Name: fmt.Sprintf("h%d.attn_out", l), Shape: []int{n, m.Width}},
			DropSite{Name: fmt.Sprintf("h%d.mlp_out", l), Shape: []int{n, m.Width}})
	}
	return sites
}

// dropout multiplies x by mask value mask (RowMul over one row: element by element, one
// rounding, exact for a mask of 0 or 1); with no mask (-1) it is x.
func (b *gptBuilder) dropout(name string, x, mask int) int {
	if mask < 0 {
		return x
	}
	sh := b.g.ValueShape(x)
	return b.node(name, repops.RowMul{M: 1, N: len1(sh)}, sh, x, mask)
}

// buildGPT appends a transformer's step to g, whose State holds its nParams parameters
// first (gptParams) and is complete (node value numbers follow the state), and returns
// the parameters' gradients in state order (nil when forwardOnly).
func buildGPT(g *Graph, bd *builder, nParams int, forwardOnly bool) []int {
	m := g.Spec.Transformer
	b := &gptBuilder{builder: bd, m: m, n: g.Batch * m.Context, d: m.Width, dh: m.Width / m.Heads,
		params: map[string]int{}}
	b.attn = repops.Attn{B: g.Batch, T: m.Context, H: m.Heads, Dh: b.dh}
	b.norm = repops.Norm{M: b.n, D: b.d, Eps: m.NormEps, RMS: m.Norm == "rms"}
	for i, ts := range g.State[:nParams] {
		b.params[ts.Name] = i
	}
	// the masks are fixed values: declared before the first node is numbered
	mask := func(int) int { return -1 }
	if m.Dropout > 0 && !forwardOnly {
		g.Drop = gptDropSites(m, g.Batch)
		mask = g.Mask
	}
	n, d, v, f := b.n, b.d, m.Vocab, m.MLP
	sh := []int{n, d}
	scores := []int{g.Batch * m.Heads * m.Context, m.Context}
	scale := float32(1 / math.Sqrt(float64(b.dh))) // 1/√dh, correctly rounded: sqrt is exact everywhere
	act, actGrad := repops.Kernel(repops.GELU{N: n * f}), func(n int) repops.Kernel { return repops.GELUGrad{N: n} }
	if m.Activation == "silu" {
		act, actGrad = repops.SiLU{N: n * f}, func(n int) repops.Kernel { return repops.SiLUGrad{N: n} }
	}

	// Forward.
	wte, head := b.p("transformer.wte.weight"), b.p("transformer.wte.weight")
	if !m.TieEmbeddings {
		head = b.p("lm_head.weight")
	}
	tok := b.node("fwd.wte", repops.MatMulK{M: n, K: v, N: d, L: repops.NN}, sh, g.BatchX(), wte)
	emb := b.node("fwd.wpe", repops.BiasAdd{M: g.Batch, N: m.Context * d}, sh, tok, b.p("transformer.wpe.weight"))
	x := b.dropout("fwd.drop", emb, mask(0))
	blocks := make([]gptBlock, m.Layers)
	for l := range m.Layers {
		pfx, name := fmt.Sprintf("transformer.h.%d.", l), fmt.Sprintf("fwd.h%d.", l)
		k := &blocks[l]
		k.drop = [3]int{mask(1 + 3*l), mask(2 + 3*l), mask(3 + 3*l)}
		k.x = x
		k.xh1, k.a1 = b.normFwd(name+"ln_1", pfx+"ln_1", x)
		k.qkv = b.linear(name+"attn.c_attn", pfx+"attn.c_attn", k.a1, d, 3*d)
		s := b.node(name+"attn.scores", repops.AttnScores{Attn: b.attn}, scores, k.qkv)
		k.p = b.node(name+"attn.softmax", repops.CausalSoftmax{Rows: scores[0], T: m.Context, Scale: scale}, scores, s)
		k.pd = b.dropout(name+"attn.drop", k.p, k.drop[0])
		k.o = b.node(name+"attn.apply", repops.AttnApply{Attn: b.attn}, sh, k.pd, k.qkv)
		proj := b.dropout(name+"attn.resid_drop", b.linear(name+"attn.c_proj", pfx+"attn.c_proj", k.o, d, d), k.drop[1])
		k.xmid = b.node(name+"attn.residual", repops.Add{N: n * d}, sh, x, proj)
		k.xh2, k.a2 = b.normFwd(name+"ln_2", pfx+"ln_2", k.xmid)
		k.h1 = b.linear(name+"mlp.c_fc", pfx+"mlp.c_fc", k.a2, d, f)
		k.h2 = b.node(name+"mlp.act", act, []int{n, f}, k.h1)
		out := b.dropout(name+"mlp.drop", b.linear(name+"mlp.c_proj", pfx+"mlp.c_proj", k.h2, f, d), k.drop[2])
		x = b.node(name+"mlp.residual", repops.Add{N: n * d}, sh, k.xmid, out)
	}
	xhf, af := b.normFwd("fwd.ln_f", "transformer.ln_f", x)
	g.Logits = b.node("fwd.logits", repops.MatMulK{M: n, K: d, N: v, L: repops.NT}, []int{n, v}, af, head)
	rowLoss := b.node("loss.rows", repops.SoftmaxXent{M: n, C: v}, []int{n}, g.Logits, g.BatchY())
	g.Loss = b.node("loss.mean", repops.Mean{N: n}, []int{1}, rowLoss)
	if forwardOnly {
		return nil
	}

	// Backward.
	grads := map[string]int{}
	dlog := b.node("bwd.logits", repops.SoftmaxXentGrad{M: n, C: v}, []int{n, v}, g.Logits, g.BatchY())
	dHead := b.node("bwd.head.dW", repops.MatMulK{M: v, K: n, N: d, L: repops.TN}, []int{v, d}, dlog, af)
	daf := b.node("bwd.head.dx", repops.MatMulK{M: n, K: v, N: d, L: repops.NN}, sh, dlog, head)
	dx := b.normBwd("bwd.ln_f", "transformer.ln_f", x, xhf, daf, grads)
	for l := m.Layers - 1; l >= 0; l-- {
		pfx, name := fmt.Sprintf("transformer.h.%d.", l), fmt.Sprintf("bwd.h%d.", l)
		k := blocks[l]
		// x_out = xmid + mlp(norm(xmid))
		dh2 := b.linearBwd(name+"mlp.c_proj", pfx+"mlp.c_proj", k.h2, b.dropout(name+"mlp.drop", dx, k.drop[2]), f, d, grads)
		dh1 := b.node(name+"mlp.act", actGrad(n*f), []int{n, f}, k.h1, dh2)
		da2 := b.linearBwd(name+"mlp.c_fc", pfx+"mlp.c_fc", k.a2, dh1, d, f, grads)
		dmid := b.node(name+"mlp.residual", repops.Add{N: n * d}, sh, dx,
			b.normBwd(name+"ln_2", pfx+"ln_2", k.xmid, k.xh2, da2, grads))
		// xmid = x + attn(norm(x))
		dO := b.linearBwd(name+"attn.c_proj", pfx+"attn.c_proj", k.o, b.dropout(name+"attn.resid_drop", dmid, k.drop[1]), d, d, grads)
		dpd := b.node(name+"attn.dP", repops.AttnGradP{Attn: b.attn}, scores, dO, k.qkv)
		dp := b.dropout(name+"attn.drop", dpd, k.drop[0])
		ds := b.node(name+"attn.dS", repops.CausalSoftmaxGrad{CausalSoftmax: repops.CausalSoftmax{Rows: scores[0], T: m.Context, Scale: scale}}, scores, k.p, dp)
		dqkv := b.node(name+"attn.dqkv", repops.AttnGradQKV{Attn: b.attn}, []int{n, 3 * d}, ds, k.pd, dO, k.qkv)
		da1 := b.linearBwd(name+"attn.c_attn", pfx+"attn.c_attn", k.a1, dqkv, d, 3*d, grads)
		dx = b.node(name+"attn.residual", repops.Add{N: n * d}, sh, dmid,
			b.normBwd(name+"ln_1", pfx+"ln_1", k.x, k.xh1, da1, grads))
	}
	demb := b.dropout("bwd.drop", dx, mask(0))
	grads["transformer.wpe.weight"] = b.node("bwd.wpe", repops.ColSum{M: g.Batch, N: m.Context * d}, []int{m.Context, d}, demb)
	dwte := b.node("bwd.wte", repops.MatMulK{M: v, K: n, N: d, L: repops.TN}, []int{v, d}, g.BatchX(), demb)
	if m.TieEmbeddings {
		dwte = b.node("bwd.wte.tied", repops.Add{N: v * d}, []int{v, d}, dHead, dwte)
	} else {
		grads["lm_head.weight"] = dHead
	}
	grads["transformer.wte.weight"] = dwte
	out := make([]int, len(b.params))
	for name, i := range b.params {
		gv, ok := grads[name]
		if !ok {
			panic("train: no gradient for " + name)
		}
		out[i] = gv
	}
	return out
}
