package train

import (
	"bytes"
	"errors"
	"math"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/repops"
)

// smallGPT is a transformer spec small enough to train many steps in a test, with the
// choices tiny-gpt does not make: RMS norm, SiLU, an untied output layer, no clipping,
// a decay without warm-up.
const smallGPT = `{"name": "small-gpt", "dataset": "sotu",
 "transformer": {"vocab": 256, "context": 12, "width": 24, "heads": 3, "layers": 2, "mlp": 40,
  "norm": "rms", "norm_eps": 1e-6, "activation": "silu"},
 "loss": "softmax_cross_entropy",
 "optimizer": {"type": "adamw", "lr": 0.003, "beta1": 0.9, "beta2": 0.99, "eps": 1e-8,
  "weight_decay": 0.01, "decay_steps": 40, "min_lr": 0.0003},
 "batch_size": 4, "seed": 5}`

func mustSpec(t testing.TB, js string) *Spec {
	t.Helper()
	s, err := ParseSpec(strings.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustTrainerOf(t testing.TB, s *Spec) *Trainer {
	t.Helper()
	tr, err := NewTrainer(s)
	if errors.Is(err, dataset.ErrNoSOTU) && os.Getenv("CI") == "" {
		t.Skip(err) // dataset/text/install.sh installs it (.ci/run does)
	}
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// gptGolden are the state hashes of short transformer runs (amd64 with AVX-512 or AVX2;
// the cross-architecture test reruns them on arm64 under qemu and with -tags noasm).
var gptGolden = []struct {
	name  string
	spec  func(testing.TB) *Spec
	steps uint64
	want  string
}{
	{"tiny-gpt", func(t testing.TB) *Spec { s, _ := Builtin("tiny-gpt"); return s }, 1, "9e4a47cfd875aec2edcff21b6c13d1be2ba93857e75d7fc5035dec59af5d8ac0"},
	{"small-gpt", func(t testing.TB) *Spec { return mustSpec(t, smallGPT) }, 6, "f21d3d3b34e52ed201f2bb9375f041c0fee6871f5ac01891266c3ab290ff04a9"},
	{"drop-gpt", func(t testing.TB) *Spec { return mustSpec(t, dropGPT) }, 4, "f0839909d0143904e263191def164d1803fb204521bf5e8425bf52be1b2eec9b"},
}

func TestGPTGoldenStateHashes(t *testing.T) {
	for _, g := range gptGolden {
		t.Run(g.name, func(t *testing.T) { checkGolden(t, g.name, mustTrainerOf(t, g.spec(t)), g.steps, g.want) })
	}
}

// TestGPTSameBitsAcrossThreads: the transformer's step is the same at every GOMAXPROCS.
func TestGPTSameBitsAcrossThreads(t *testing.T) {
	s := mustSpec(t, smallGPT)
	var first [32]byte
	for i, procs := range []int{1, 3, 2} {
		prev := runtime.GOMAXPROCS(procs)
		h := runSteps(t, mustTrainerOf(t, s), 4).Hash()
		runtime.GOMAXPROCS(prev)
		if i == 0 {
			first = h
		} else if h != first {
			t.Errorf("GOMAXPROCS=%d: state hash %x, GOMAXPROCS=1: %x", procs, h, first)
		}
	}
}

// TestGPTLearns: the small transformer's held-out loss falls well below a uniform
// guess's (ln 256 = 5.55) on real text, and the schedule ends at its floor.
func TestGPTLearns(t *testing.T) {
	tr := mustTrainerOf(t, mustSpec(t, smallGPT))
	st := tr.Init()
	_, before, err := tr.Evaluate(st)
	if err != nil {
		t.Fatal(err)
	}
	st = runSteps(t, tr, 60)
	acc, after, err := tr.Evaluate(st)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("held-out loss %.3f -> %.3f after 60 steps, next-byte accuracy %.1f%%", before, after, 100*acc)
	if !(before > 5.4 && after < 4) {
		t.Errorf("held-out loss %.3f -> %.3f: the transformer did not learn", before, after)
	}
	sched := st.Tensors[len(st.Tensors)-1]
	if sched.Name != "adamw.schedule" || sched.Data[0] != 60 || sched.Data[1] != 0.0003 {
		t.Errorf("schedule state %s %v after 60 steps, want [60 0.0003]", sched.Name, sched.Data)
	}
}

// TestGPTGraphIsJudged: every node of the transformer's step is a kernel the protocol
// judges (ids 1-40), with at most five inputs (the descriptor's slots), and every
// parameter has a gradient and an update.
func TestGPTGraphIsJudged(t *testing.T) {
	for _, js := range []string{smallGPT} {
		s := mustSpec(t, js)
		tiny, _ := Builtin("tiny-gpt")
		for _, s := range []*Spec{s, tiny} {
			g, err := BuildGraph(s, s.BatchSize, false)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range g.Nodes {
				if id := n.Kernel.ID(); id < repops.KMatMul || id > repops.KAdamW || len(n.Inputs) > 5 {
					t.Errorf("%s: node %s is kernel %d with %d inputs", s.Name, n.Name, id, len(n.Inputs))
				}
				if len1(n.Shape) != n.Kernel.OutLen() {
					t.Errorf("%s: node %s has shape %v for %d outputs", s.Name, n.Name, n.Shape, n.Kernel.OutLen())
				}
			}
			for i, u := range g.Updates {
				if u < g.Fixed() {
					t.Errorf("%s: state tensor %s is not updated", s.Name, g.State[i].Name)
				}
			}
		}
	}
}

// TestTransformerSpecErrors: bad transformer specs are refused with what is wrong.
func TestTransformerSpecErrors(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{`"heads": 3`, `"heads": 5`, "does not divide width"},
		{`"norm": "rms"`, `"norm": "batch"`, "transformer.norm"},
		{`"activation": "silu"`, `"activation": "relu"`, "transformer.activation"},
		{`"vocab": 256`, `"vocab": 257`, "transformer.vocab"},
		{`"context": 12`, `"context": 0`, "transformer.context"},
		{`"norm_eps": 1e-6`, `"norm_eps": 0`, "norm_eps"},
		{`"activation": "silu"`, `"activation": "silu", "dropout": 1`, "transformer.dropout 1 is not in [0, 1)"},
		{`"activation": "silu"`, `"activation": "silu", "dropout": -0.1`, "transformer.dropout"},
		{`"activation": "silu"`, `"activation": "silu", "dropout": 0.1`, ""},
		{`"dataset": "sotu"`, `"dataset": "mnist"`, "trains on text"},
		{`"dataset": "sotu"`, `"dataset": "sotu", "layers": [{"type": "dense", "units": 4}]`, "not both"},
		{`"decay_steps": 40`, `"decay_steps": 40, "warmup": 40`, "must exceed warmup"},
		{`"min_lr": 0.0003`, `"min_lr": 0.3`, "min_lr"},
		{`"weight_decay": 0.01`, `"weight_decay": 1`, "weight_decay"},
		{`"type": "adamw"`, `"type": "adam"`, "takes no weight_decay"},
		{`"batch_size": 4`, `"batch_size": 4096`, ""},
		{`"width": 24`, `"width": 25`, "heads 3 does not divide"},
		{`"layers": 2`, `"layers": 256`, ""},
		{`"width": 24, "heads": 3, "layers": 2`, `"width": 3072, "heads": 3, "layers": 256`, "parameters, more than"},
	} {
		js := strings.Replace(smallGPT, c.from, c.to, 1)
		_, err := ParseSpec(strings.NewReader(js))
		if c.want == "" {
			if err != nil {
				t.Errorf("%s: %v", c.to, err)
			}
			continue
		}
		if !errors.Is(err, ErrBadSpec) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one naming %q", c.to, err, c.want)
		}
	}
	// a step too large for any machine is refused before anything is allocated
	tiny, _ := Builtin("tiny-gpt")
	tiny.BatchSize = 4096
	if _, err := BuildGraph(tiny, tiny.BatchSize, false); !errors.Is(err, ErrBadSpec) || !strings.Contains(err.Error(), "values, more than") {
		t.Errorf("tiny-gpt at batch 4096: %v", err)
	}
	// a layer spec cannot train on a text
	s := mustSpec(t, `{"name": "x", "dataset": "synthetic", "layers": [{"type": "dense", "units": 4}], "loss": "softmax_cross_entropy", "optimizer": {"type": "sgd_momentum", "lr": 0.1}, "batch_size": 2, "seed": 1}`)
	s.Dataset = "sotu"
	if err := s.Validate(); err == nil || !strings.Contains(err.Error(), "train it with a transformer") {
		t.Errorf("layers on sotu: %v", err)
	}
}

// TestGPTTorchLayout: the transformer's weights go to PyTorch's layout and back.
func TestGPTTorchLayout(t *testing.T) {
	s := mustSpec(t, smallGPT)
	tr := mustTrainerOf(t, s)
	st := tr.Init()
	n := len(s.ParamNames())
	torch, err := s.ToTorch(st.Tensors[:n])
	if err != nil {
		t.Fatal(err)
	}
	back, err := s.FromTorch(torch)
	if err != nil {
		t.Fatal(err)
	}
	for i, ts := range back {
		want := st.Tensors[i]
		if ts.Name != want.Name || !bytes.Equal(f32bytes(ts.Data), f32bytes(want.Data)) {
			t.Fatalf("%s does not survive the round trip", want.Name)
		}
	}
	if c := torch[3]; c.Name != "transformer.h.0.attn.c_attn.weight" || c.Shape[0] != 72 || c.Shape[1] != 24 {
		t.Errorf("c_attn in PyTorch's layout: %s %v, want [72 24]", c.Name, c.Shape)
	}
}

func f32bytes(v []float32) []byte {
	b := make([]byte, 0, 4*len(v))
	for _, x := range v {
		u := math.Float32bits(x)
		b = append(b, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
	}
	return b
}
