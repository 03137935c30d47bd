package train

import (
	"encoding/hex"
	"runtime"
	"testing"

	"github.com/veritrain/veritrain/repops"
)

// golden are the state hashes of short runs, computed on amd64 with AVX2 and FMA. The
// same test binary cross-compiled for arm64 (pure-Go kernels, run under qemu by .ci/run)
// and built with -tags noasm must land on the same bits: that is the cross-architecture
// check. They change only with a kernel's definition (take them from this test's
// failure message): last when MatMul and the optimizers' updates became fused
// multiply-adds (issue 15).
var golden = []struct {
	model string
	steps uint64
	want  string
}{
	{"synthetic-mlp", 60, "c10c4445afbd03c5d67cb065cd9983fc789ec00e99c1c025f79b381a199cf988"},
	{"synthetic-cnn", 40, "e6dedb66eb4e3679cd2941d48022a359e8686b29ff8e6a30a3f7a0a13daadab5"},
	{"mnist-mlp", 12, "35dc7a9362e5bdef445a806102477f724af4e361b3e629ea24485b10d007424d"},
	{"mnist-cnn", 6, "687f587715b5decb750dcd97898d89adf7da84e9ce3156471a0a7fe0ff8f486a"},
}

func TestGoldenStateHashes(t *testing.T) {
	for _, g := range golden {
		t.Run(g.model, func(t *testing.T) { checkGolden(t, g.model, mustTrainer(t, g.model), g.steps, g.want) })
	}
}

// checkGolden runs tr steps steps from its initial state and checks the state hash.
func checkGolden(t *testing.T, name string, tr *Trainer, steps uint64, want string) {
	t.Helper()
	h := runSteps(t, tr, steps).Hash()
	got := hex.EncodeToString(h[:])
	t.Logf("%s after %d steps: %s (GOARCH=%s)", name, steps, got, runtime.GOARCH)
	if got != want {
		t.Errorf("%s after %d steps: state hash %s, want %s", name, steps, got, want)
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

// unfusedMatMul is the matrix product with each product rounded before its add (the
// definition before issue 15): a departure from the fused definition that the
// determinism checks must catch.
type unfusedMatMul struct{ repops.MatMulK }

func (k unfusedMatMul) Run(out []float32, in [][]float32) {
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
				acc = acc + float32(a[ai]*b[bi])
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

// TestChecksHaveTeeth shows that an unfused multiply and add in one matrix product, or
// one reordered sum, changes the state hash: the golden and cross-thread checks would
// fail.
func TestChecksHaveTeeth(t *testing.T) {
	s, err := Builtin("mnist-mlp")
	if err != nil {
		t.Fatal(err)
	}
	base := runSteps(t, mustTrainer(t, "mnist-mlp"), 5).Hash()
	alter := map[string]func(*Graph){
		"unfused fwd.l1.matmul": func(g *Graph) {
			for i, n := range g.Nodes {
				if n.Name == "fwd.l1.matmul" {
					g.Nodes[i].Kernel = unfusedMatMul{n.Kernel.(repops.MatMulK)}
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
