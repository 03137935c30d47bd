package train

import (
	"encoding/hex"
	"math"
	"runtime"
	"testing"

	"github.com/veritrain/veritrain/repops"
)

// golden are the state hashes of short runs, computed on amd64 with AVX2. The same test
// binary cross-compiled for arm64 (pure-Go kernels, run under qemu by .ci/run) and built
// with -tags noasm must land on the same bits: that is the cross-architecture check.
var golden = []struct {
	model string
	steps uint64
	want  string
}{
	{"synthetic-mlp", 60, "3aa75556a0f8fdac6f3918a62d2376d3bd5083315f091f316378ab15c09f2acd"},
	{"synthetic-cnn", 40, "ecca871d539f07d2463427f46b5e659b07497c498eab6f4302beb9e478d85cc0"},
	{"mnist-mlp", 12, "5e01bc5e1a0ff796b66afc775fb1a812a954a2c86da0e85888d3a2be5c0a8672"},
	{"mnist-cnn", 6, "eca038cfb25b712eff622c2744b08f07be8ea307d94c416ddf5dbc713c02d859"},
}

func TestGoldenStateHashes(t *testing.T) {
	for _, g := range golden {
		t.Run(g.model, func(t *testing.T) {
			tr := mustTrainer(t, g.model)
			h := runSteps(t, tr, g.steps).Hash()
			got := hex.EncodeToString(h[:])
			t.Logf("%s after %d steps: %s (GOARCH=%s)", g.model, g.steps, got, runtime.GOARCH)
			if got != g.want {
				t.Errorf("%s after %d steps: state hash %s, want %s", g.model, g.steps, got, g.want)
			}
		})
	}
}

func TestSameBitsAcrossRunsAndThreads(t *testing.T) {
	for _, model := range []string{"synthetic-cnn", "mnist-mlp"} {
		var hashes []string
		for _, procs := range []int{1, 2, 3, 1} {
			prev := runtime.GOMAXPROCS(procs)
			tr := mustTrainer(t, model)
			h := runSteps(t, tr, 8).Hash()
			runtime.GOMAXPROCS(prev)
			hashes = append(hashes, hex.EncodeToString(h[:]))
		}
		for i, h := range hashes {
			if h != hashes[0] {
				t.Errorf("%s: run %d gives %s, run 0 gives %s", model, i, h, hashes[0])
			}
		}
	}
}

// fmaMatMul is the matrix product with a fused multiply-add: the kind of "harmless"
// optimisation that the determinism checks must catch.
type fmaMatMul struct{ repops.MatMulK }

func (k fmaMatMul) Run(out []float32, in [][]float32) {
	a, b := in[0], in[1]
	for i := range k.M {
		for j := range k.N {
			var acc float32
			for p := range k.K {
				ai, bi := i*k.K+p, p*k.N+j
				if k.L == repops.TN {
					ai = p*k.M + i
				}
				if k.L == repops.NT {
					bi = j*k.K + p
				}
				acc = float32(math.FMA(float64(a[ai]), float64(b[bi]), float64(acc)))
			}
			out[i*k.N+j] = acc
		}
	}
}

// reversedColSum sums bias gradients from the last row up.
type reversedColSum struct{ repops.ColSum }

func (k reversedColSum) Run(out []float32, in [][]float32) {
	for j := range k.N {
		var s float32
		for i := k.M - 1; i >= 0; i-- {
			s += in[0][i*k.N+j]
		}
		out[j] = s
	}
}

// TestChecksHaveTeeth shows that a fused multiply-add in one matrix product, or one
// reordered sum, changes the state hash: the golden and cross-thread checks would fail.
func TestChecksHaveTeeth(t *testing.T) {
	s, err := Builtin("mnist-mlp")
	if err != nil {
		t.Fatal(err)
	}
	base := runSteps(t, mustTrainer(t, "mnist-mlp"), 5).Hash()
	alter := map[string]func(*Graph){
		"fma in fwd.l1.matmul": func(g *Graph) {
			for i, n := range g.Nodes {
				if n.Name == "fwd.l1.matmul" {
					g.Nodes[i].Kernel = fmaMatMul{n.Kernel.(repops.MatMulK)}
				}
			}
		},
		"reversed bwd.l0.db": func(g *Graph) {
			for i, n := range g.Nodes {
				if n.Name == "bwd.l0.db" {
					g.Nodes[i].Kernel = reversedColSum{n.Kernel.(repops.ColSum)}
				}
			}
		},
	}
	for name, f := range alter {
		g, err := BuildGraph(s, s.BatchSize, false)
		if err != nil {
			t.Fatal(err)
		}
		f(g)
		tr, err := newTrainer(s, g)
		if err != nil {
			t.Fatal(err)
		}
		if h := runSteps(t, tr, 5).Hash(); h == base {
			t.Errorf("%s: state hash unchanged (%x): the check has no teeth", name, h)
		}
	}
}
