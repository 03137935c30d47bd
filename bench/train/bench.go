package trainbench

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/train"
)

// Contenders, in table order.
const (
	RepOps   = "repops"
	Gorgonia = "gorgonia"
	Torch    = "torch"
)

// ErrBadTorchOutput means torch_step.py printed something other than "<model> <ms>" lines.
var ErrBadTorchOutput = errors.New("trainbench: unreadable torch_step.py output")

// Options configure a benchmark run. Zero counts and empty Models take the defaults of
// DefaultOptions; TorchEnv is used as given.
type Options struct {
	Models   []string // built-in spec names; the gorgonia baseline runs on the dense ones
	Threads  int      // GOMAXPROCS for Go, torch.set_num_threads for PyTorch
	Rounds   int      // interleaved rounds of every contender
	Windows  int      // timed windows per contender and round
	Steps    int      // steps per window
	Warmup   int      // untimed steps before each contender's windows
	AccSteps int      // training steps before the accuracy check (0: no check)

	Python      string   // interpreter for TorchScript; empty: no PyTorch column
	TorchScript string   // path of torch_step.py
	TorchEnv    []string // extra environment of the PyTorch run, KEY=VALUE
}

// DefaultOptions is the run of bench/train/run.sh.
//
// PyTorch runs with OMP_WAIT_POLICY=PASSIVE: on this shared 2-core machine its OpenMP
// workers and OpenBLAS's own threads spin-wait against each other and against the other
// processes, and the default (active) policy measured 50–270 ms per MLP step against
// 1.3–3 ms passive. The table compares against PyTorch at its best.
func DefaultOptions() Options {
	return Options{Models: []string{"mnist-mlp", "mnist-cnn"}, Threads: 2, Rounds: 3, Windows: 5,
		Steps: 40, Warmup: 10, AccSteps: 500, TorchEnv: []string{"OMP_WAIT_POLICY=PASSIVE"}}
}

func (o *Options) fill() {
	d := DefaultOptions()
	if len(o.Models) == 0 {
		o.Models = d.Models
	}
	for _, p := range []struct {
		v *int
		d int
	}{{&o.Threads, d.Threads}, {&o.Rounds, d.Rounds},
		{&o.Windows, d.Windows}, {&o.Steps, d.Steps}, {&o.Warmup, d.Warmup}} {
		if *p.v <= 0 {
			*p.v = p.d
		}
	}
}

// Cell is the timing of one contender on one model: every window's ms/step.
type Cell struct {
	Windows []float64
}

// Best is the fastest window's ms/step (0 when nothing was timed).
func (c Cell) Best() float64 {
	if len(c.Windows) == 0 {
		return 0
	}
	return slices.Min(c.Windows)
}

// Median is the median window's ms/step (0 when nothing was timed).
func (c Cell) Median() float64 {
	if len(c.Windows) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(c.Windows))
	if n := len(s); n%2 == 1 {
		return s[n/2]
	} else {
		return (s[n/2-1] + s[n/2]) / 2
	}
}

// Accuracy is what both Go implementations reach from the same weights and batches.
type Accuracy struct {
	Model                string
	Steps                int
	RepOps, Gorgonia     float64 // test accuracy
	RepOpsLoss, GorgLoss float32 // last training batch's loss
	// The parameters after training: how many differ in bits, and by how much at most
	// (the implementations round differently, so they drift apart slowly).
	Params, ParamsDiffer int
	MaxParamDiff         float64
}

// Report is a benchmark run's figures and where they were measured.
type Report struct {
	Date      time.Time
	CPU       string
	Cores     int
	Threads   int
	GoVersion string
	TorchInfo string // torch_step.py's description of itself: version, threads, BLAS
	Options   Options
	Models    []string
	Cells     map[string]map[string]*Cell // model → contender → timing
	Accuracy  []Accuracy
}

func (r *Report) cell(model, contender string) *Cell {
	if r.Cells[model] == nil {
		r.Cells[model] = map[string]*Cell{}
	}
	c := r.Cells[model][contender]
	if c == nil {
		c = &Cell{}
		r.Cells[model][contender] = c
	}
	return c
}

// TimeWindows runs warmup untimed steps, then windows runs of steps steps, and returns
// each window's milliseconds per step. It stops with ctx's error when ctx is done.
func TimeWindows(ctx context.Context, step func() error, warmup, windows, steps int) ([]float64, error) {
	if windows < 1 || steps < 1 || warmup < 0 {
		return nil, fmt.Errorf("trainbench: %d windows of %d steps after %d", windows, steps, warmup)
	}
	for i := range warmup {
		if err := step(); err != nil {
			return nil, fmt.Errorf("warm-up step %d: %w", i, err)
		}
	}
	out := make([]float64, 0, windows)
	for range windows {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		start := time.Now()
		for i := range steps {
			if err := step(); err != nil {
				return out, fmt.Errorf("timed step %d: %w", i, err)
			}
		}
		out = append(out, float64(time.Since(start).Nanoseconds())/1e6/float64(steps))
	}
	return out, nil
}

// stepper is one contender's step on one model, with the state it carries between calls.
type stepper struct {
	contender string
	step      func() error
	close     func() error
}

func repOpsStepper(tr *train.Trainer) *stepper {
	st := tr.Init()
	return &stepper{contender: RepOps, step: func() error {
		next, _, err := tr.Step(st)
		if err != nil {
			return err
		}
		st = next
		return nil
	}, close: func() error { return nil }}
}

// gorgoniaStepper takes the RepOps trainer's batches in the same order; fetching them
// (a copy of the batch) is inside the timed step on both sides.
func gorgoniaStepper(tr *train.Trainer, gm *GorgoniaMLP) *stepper {
	cursor := &checkpoint.State{}
	return &stepper{contender: Gorgonia, step: func() error {
		x, y := tr.Batch(cursor)
		cursor.DataCursor += uint64(tr.Spec.BatchSize)
		_, err := gm.Step(x, y)
		return err
	}, close: gm.Close}
}

// dense reports whether the gorgonia baseline builds this spec.
func dense(s *train.Spec) bool {
	if s.Optimizer.Type != "sgd_momentum" {
		return false
	}
	for _, l := range s.Layers {
		if l.Type != "dense" {
			return false
		}
	}
	return true
}

// Run measures every contender on every model in interleaved rounds, then (with
// AccSteps > 0) trains the dense models on both Go implementations and evaluates them.
// It sets GOMAXPROCS to o.Threads for its duration.
func Run(ctx context.Context, o Options, log *slog.Logger) (*Report, error) {
	o.fill()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(o.Threads))
	r := &Report{Date: time.Now().UTC(), CPU: cpuModel(), Cores: runtime.NumCPU(), Threads: o.Threads,
		GoVersion: runtime.Version(), Options: o, Models: o.Models, Cells: map[string]map[string]*Cell{}}

	var steppers = map[string][]*stepper{}
	defer func() {
		for _, ss := range steppers {
			for _, s := range ss {
				_ = s.close()
			}
		}
	}()
	for _, name := range o.Models {
		s, err := train.Builtin(name)
		if err != nil {
			return nil, err
		}
		tr, err := train.NewTrainer(s)
		if err != nil {
			return nil, fmt.Errorf("trainbench: %s: %w", name, err)
		}
		steppers[name] = append(steppers[name], repOpsStepper(tr))
		if dense(s) {
			// The trainer is not safe for concurrent use, but steppers run one at a time.
			gm, err := NewGorgoniaMLP(s, tr.Init())
			if err != nil {
				return nil, fmt.Errorf("trainbench: %s: %w", name, err)
			}
			steppers[name] = append(steppers[name], gorgoniaStepper(tr, gm))
		}
	}

	for round := 1; round <= o.Rounds; round++ {
		if o.Python != "" {
			log.Info("timing", "round", round, "contender", Torch)
			res, info, err := RunTorch(ctx, o)
			if err != nil {
				return nil, err
			}
			r.TorchInfo = info
			for m, ms := range res {
				c := r.cell(m, Torch)
				c.Windows = append(c.Windows, ms...)
			}
		}
		for _, name := range o.Models {
			for _, s := range steppers[name] {
				log.Info("timing", "round", round, "model", name, "contender", s.contender)
				ms, err := TimeWindows(ctx, s.step, o.Warmup, o.Windows, o.Steps)
				if err != nil {
					return nil, fmt.Errorf("trainbench: %s on %s: %w", name, s.contender, err)
				}
				c := r.cell(name, s.contender)
				c.Windows = append(c.Windows, ms...)
			}
		}
	}

	if o.AccSteps > 0 {
		for _, name := range o.Models {
			s, err := train.Builtin(name)
			if err != nil {
				return nil, err
			}
			if !dense(s) {
				continue
			}
			log.Info("training for accuracy", "model", name, "steps", o.AccSteps)
			a, err := CompareAccuracy(ctx, s, o.AccSteps)
			if err != nil {
				return nil, err
			}
			r.Accuracy = append(r.Accuracy, *a)
		}
	}
	return r, nil
}

// CompareAccuracy trains spec s for steps steps on both Go implementations, from the
// same initial weights and on the same batches, and evaluates both on the test set.
func CompareAccuracy(ctx context.Context, s *train.Spec, steps int) (*Accuracy, error) {
	tr, err := train.NewTrainer(s)
	if err != nil {
		return nil, fmt.Errorf("trainbench: %s: %w", s.Name, err)
	}
	st := tr.Init()
	gm, err := NewGorgoniaMLP(s, st)
	if err != nil {
		return nil, fmt.Errorf("trainbench: %s: %w", s.Name, err)
	}
	defer gm.Close()
	a := &Accuracy{Model: s.Name, Steps: steps}
	for i := range steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		x, y := tr.Batch(st)
		if a.GorgLoss, err = gm.Step(x, y); err != nil {
			return nil, fmt.Errorf("trainbench: gorgonia step %d: %w", i, err)
		}
		if st, a.RepOpsLoss, err = tr.Step(st); err != nil {
			return nil, fmt.Errorf("trainbench: RepOps step %d: %w", i, err)
		}
	}
	for i, p := range gm.Params() {
		for j, v := range p {
			a.Params++
			if w := st.Tensors[i].Data[j]; v != w {
				a.ParamsDiffer++
				a.MaxParamDiff = math.Max(a.MaxParamDiff, math.Abs(float64(v)-float64(w)))
			}
		}
	}
	if a.RepOps, _, err = tr.Evaluate(st); err != nil {
		return nil, fmt.Errorf("trainbench: RepOps evaluation: %w", err)
	}
	if a.Gorgonia, err = gm.Accuracy(tr.Data); err != nil {
		return nil, err
	}
	return a, nil
}

// RunTorch runs torch_step.py once (o.Windows windows of o.Steps steps per model) and
// returns each model's window times and the script's description of itself.
func RunTorch(ctx context.Context, o Options) (map[string][]float64, string, error) {
	var models []string
	for _, m := range o.Models {
		if _, ok := torchModels[m]; ok {
			models = append(models, m)
		}
	}
	if len(models) == 0 {
		return nil, "", nil
	}
	cmd := exec.CommandContext(ctx, o.Python, o.TorchScript,
		"--threads", strconv.Itoa(o.Threads), "--steps", strconv.Itoa(o.Steps),
		"--warmup", strconv.Itoa(o.Warmup), "--windows", strconv.Itoa(o.Windows),
		"--models", strings.Join(models, ","))
	out, info, err := runPython(cmd, o.Threads, o.TorchEnv)
	if err != nil {
		return nil, "", err
	}
	res, err := ParseTorchOutput(bytes.NewReader(out))
	if err != nil {
		return nil, "", err
	}
	for _, m := range models {
		if _, ok := res[m]; !ok {
			return nil, "", fmt.Errorf("%w: no figure for %s", ErrBadTorchOutput, m)
		}
	}
	return res, info, nil
}

// torchModels are the built-in specs torch_step.py knows.
var torchModels = map[string]bool{"mnist-mlp": true, "mnist-cnn": true, "tiny-gpt": true}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// ParseTorchOutput reads torch_step.py's stdout: lines "<model> <ms per step>", a model
// possibly on several lines (one per window); blank lines and "#" comments are skipped.
// Times must be finite and positive.
func ParseTorchOutput(r io.Reader) (map[string][]float64, error) {
	res := map[string][]float64{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<16)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			return nil, fmt.Errorf("%w: line %d: %q", ErrBadTorchOutput, n, line)
		}
		ms, err := strconv.ParseFloat(f[1], 64)
		if err != nil || !(ms > 0) || math.IsInf(ms, 0) {
			return nil, fmt.Errorf("%w: line %d: time %q", ErrBadTorchOutput, n, f[1])
		}
		res[f[0]] = append(res[f[0]], ms)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadTorchOutput, err)
	}
	return res, nil
}

// cpuModel is /proc/cpuinfo's first "model name" (Linux), else the architecture.
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err == nil {
		for line := range strings.Lines(string(b)) {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				return strings.TrimSpace(v)
			}
		}
	}
	return runtime.GOARCH
}

// runPython runs a PyTorch script with threads threads (OpenMP and OpenBLAS read their
// variables before torch's own setting) and env added, and returns its output and the
// last line it wrote to stderr (its "# ..." description of the machine, without "# ");
// a failure names the command and that line.
func runPython(cmd *exec.Cmd, threads int, env []string) ([]byte, string, error) {
	cmd.Env = append(os.Environ(), "OMP_NUM_THREADS="+strconv.Itoa(threads), "OPENBLAS_NUM_THREADS="+strconv.Itoa(threads))
	cmd.Env = append(cmd.Env, env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, "", fmt.Errorf("trainbench: %s: %w: %s", strings.Join(cmd.Args, " "), err, lastLine(stderr.String()))
	}
	return out, strings.TrimPrefix(lastLine(stderr.String()), "# "), nil
}
