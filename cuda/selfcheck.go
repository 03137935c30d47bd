package cuda

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/veritrain/veritrain/cuda/internal/kerneltest"
	"github.com/veritrain/veritrain/repops"
)

// The self-check: the kernels are tested against the CPU on the machines that build
// this package, but a solver trains on its own card, driver and JIT compiler, and one
// bit there that differs from the CPU reference loses its stake in a dispute. So a
// GPU is trusted only after every kernel, on that very card, has given the reference's
// bits on inputs chosen to reach each kernel's paths.

// ErrMismatch is what a *Mismatch is: a kernel on the device gave other bits than the
// CPU reference (repops).
var ErrMismatch = errors.New("cuda: self-check: the GPU's bits differ from the CPU reference")

// Mismatch is the first self-check case whose output differs from the CPU reference.
type Mismatch struct {
	Device  string        // the device checked
	Kernel  repops.Kernel // the kernel and its shape
	Entry   string        // the PTX entry point that ran ("ro_matmul_s" etc.); empty on a fake
	Inputs  string        // the input regime: normal, specials, edges or bits
	Index   int           // the first output that differs
	Got     uint32        // its bits on the device
	Want    uint32        // its bits on the CPU
	Differ  int           // how many of the outputs differ
	Outputs int           // the kernel's output count
}

func (m *Mismatch) Error() string {
	entry := ""
	if m.Entry != "" {
		entry = " (" + m.Entry + ")"
	}
	return fmt.Sprintf("cuda: self-check on %s: kernel %v%s, %s inputs: output %d differs (%d of %d in all): GPU %08x (%g), CPU %08x (%g)",
		m.Device, m.Kernel, entry, m.Inputs, m.Index, m.Differ, m.Outputs,
		m.Got, math.Float32frombits(m.Got), m.Want, math.Float32frombits(m.Want))
}

// Is makes errors.Is(err, ErrMismatch) true for a *Mismatch.
func (m *Mismatch) Is(target error) bool { return target == ErrMismatch }

// Runner runs one kernel, as Device.Run does: the self-check's view of a device, so
// that tests can put a fake behind it.
type Runner interface {
	Run(k repops.Kernel, out []float32, in [][]float32) error
	String() string
}

// GPU is a device training may use once it passes the self-check: *Device, or a fake.
type GPU interface {
	Runner
	Close() error
}

// OpenGPU opens the first CUDA device as a GPU (nil and the error where Open fails).
func OpenGPU() (GPU, error) {
	d, err := Open()
	if err != nil {
		return nil, err
	}
	return d, nil
}

// SelfCheckReport sums up a self-check that passed.
type SelfCheckReport struct {
	Cases   int // kernel runs compared (a matrix product once per variant)
	Kernels int // distinct kernel IDs covered
	Outputs int // output elements compared
}

// OpenChecked opens a GPU with open and self-checks it. It returns the GPU only if every
// kernel gave the CPU reference's bits; otherwise it closes the device and returns open's
// error (ErrNoDriver, ErrNoDevice, ...), a *Mismatch (errors.Is ErrMismatch), or the
// error of a kernel that failed to run.
func OpenChecked(open func() (GPU, error)) (GPU, SelfCheckReport, error) {
	g, err := open()
	if err != nil {
		return nil, SelfCheckReport{}, err
	}
	rep, err := SelfCheck(g)
	if err != nil {
		if cerr := g.Close(); cerr != nil {
			err = errors.Join(err, fmt.Errorf("closing %v: %w", g, cerr))
		}
		return nil, SelfCheckReport{}, err
	}
	return g, rep, nil
}

// selfCheckSeed fixes the generated inputs: the same cases on every machine, so a
// failure can be reproduced with the CPU reference alone.
const selfCheckSeed = 0x5e1f_c4ec

// checkCase is one kernel on one input regime.
type checkCase struct {
	k repops.Kernel
	g kerneltest.Regime
}

// selfCheckCases are every kernel in the shapes of kerneltest.Kernels (the tiling's
// edges 1, 15, 16, 17, 63, 64, 65, 129 in every layout, k = 0 and k = 784, element counts
// around a block, the built-in models' shapes, odd convolution geometries), each on four
// input regimes: training magnitudes, random specials, every special placed
// deterministically (±0, subnormals, ±Inf, NaNs with payloads, the largest finite values,
// exp's clamps) and random bit patterns; and one count past the grid's cap
// (blockSize·maxGridSize) so that the grid-stride loop takes a second turn.
func selfCheckCases() []checkCase {
	regimes := []kerneltest.Regime{kerneltest.Normal, kerneltest.Specials, kerneltest.Edges, kerneltest.Bits}
	var cs []checkCase
	for _, k := range kerneltest.Kernels(false) {
		for _, g := range regimes {
			cs = append(cs, checkCase{k, g})
		}
	}
	return append(cs, checkCase{repops.Scale{N: blockSize*maxGridSize + 3, S: 0.999}, kerneltest.Specials})
}

// SelfCheck runs every self-check case on r and compares each output, bit for bit, with
// the CPU reference; a *Device runs each matrix product with both of its variants. It
// stops at the first difference (a *Mismatch) or at the first kernel that fails to run.
func SelfCheck(r Runner) (SelfCheckReport, error) {
	return selfCheck(r, selfCheckCases())
}

func selfCheck(r Runner, cases []checkCase) (SelfCheckReport, error) {
	var rep SelfCheckReport
	rng := rand.New(rand.NewPCG(selfCheckSeed, 1))
	ids := map[repops.KernelID]bool{}
	d, isDevice := r.(*Device)
	for _, c := range cases {
		in := kerneltest.Inputs(rng, c.k, c.g)
		want := make([]float32, c.k.OutLen())
		c.k.Run(want, in)
		variants := []string{""}
		if _, mm := c.k.(repops.MatMulK); mm && isDevice {
			variants = []string{"tile64", "tile16"}
		}
		got := make([]float32, len(want))
		for _, v := range variants {
			for i := range got {
				// A value no kernel writes (a NaN other than the canonical one), so
				// that an output the kernel never stores is a difference too.
				got[i] = math.Float32frombits(0x7fbadbad)
			}
			var err error
			entry := ""
			if isDevice {
				if p, perr := planVariant(c.k, v); perr == nil {
					entry = p.fn
				}
				err = d.runVariant(c.k, got, in, v)
			} else {
				err = r.Run(c.k, got, in)
			}
			if err != nil {
				return rep, fmt.Errorf("cuda: self-check on %v: kernel %v, %v inputs: %w", r, c.k, c.g, err)
			}
			if m := compareBits(got, want); m != nil {
				m.Device, m.Kernel, m.Entry, m.Inputs = r.String(), c.k, entry, c.g.String()
				return rep, m
			}
			rep.Cases++
			rep.Outputs += len(want)
		}
		ids[c.k.ID()] = true
	}
	rep.Kernels = len(ids)
	return rep, nil
}

// compareBits returns nil when got and want hold the same bits, else the first
// difference (its Device, Kernel, Entry and Inputs left for the caller).
func compareBits(got, want []float32) *Mismatch {
	var m *Mismatch
	for i := range want {
		g, w := math.Float32bits(got[i]), math.Float32bits(want[i])
		if g == w {
			continue
		}
		if m == nil {
			m = &Mismatch{Index: i, Got: g, Want: w, Outputs: len(want)}
		}
		m.Differ++
	}
	return m
}
