package train

import (
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/repops"
)

// Backend runs the step's kernels. The CPU reference (repops' own Run) is the default;
// another backend (a GPU, package cuda) must produce the same bits, which its tests hold
// it to. Packages that load device libraries stay out of train's imports: train builds
// and runs everywhere, cross-compiled builds included.
type Backend interface {
	// Run overwrites out with k applied to in (shapes already checked), or fails.
	Run(k repops.Kernel, out []float32, in [][]float32) error
	String() string
}

// CPU is the reference backend: every kernel's repops implementation.
var CPU Backend = cpuBackend{}

type cpuBackend struct{}

func (cpuBackend) Run(k repops.Kernel, out []float32, in [][]float32) error {
	k.Run(out, in)
	return nil
}

func (cpuBackend) String() string { return "cpu" }

// Options configure a Trainer beyond its spec; the zero value is the CPU.
type Options struct {
	// Backend runs the kernels; nil means CPU.
	Backend Backend
	// Library holds the datasets that specs name by root (Spec.Data); nil means
	// dataset.DefaultLibrary(). Built-in data sets do not use it.
	Library *dataset.Library
	// MaxDataBytes bounds the memory a spec's dataset splits take once read (float32
	// inputs, byte labels), checked from the manifest before any data is read (a
	// dataset's stated size costs its server nothing to claim); 0: no bound.
	MaxDataBytes int64
}

func (o Options) backend() Backend {
	if o.Backend == nil {
		return CPU
	}
	return o.Backend
}
