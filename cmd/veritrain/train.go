package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/cuda"
	"github.com/veritrain/veritrain/repops"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/train/rundir"
)

// loadSpec resolves --model (a built-in name) or --spec (a JSON file), then --seed.
func loadSpec(model, specPath string, seed int64) (*train.Spec, error) {
	var s *train.Spec
	var err error
	switch {
	case specPath != "" && model != "":
		return nil, usageError{fmt.Errorf("give --model or --spec, not both")}
	case specPath != "":
		if s, err = readSpecFile("--spec "+specPath, specPath); err != nil {
			return nil, err
		}
	case model != "":
		s, err = train.Builtin(model)
	default:
		return nil, usageError{fmt.Errorf("give --model (one of %v) or --spec FILE", train.BuiltinNames())}
	}
	if err != nil {
		return nil, usageError{err}
	}
	if seed >= 0 {
		s.Seed = uint64(seed)
	}
	return s, nil
}

// readSpecFile reads a JSON spec file; an error names the file (as label says: the
// flag or argument it came from) and, for malformed JSON, the line, column and byte.
func readSpecFile(label, path string) (*train.Spec, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usageError{fmt.Errorf("%s: %w", label, err)}
	}
	s, err := train.ParseSpec(bytes.NewReader(data))
	if err != nil {
		if off, ok := specErrorOffset(data); ok {
			line, col := lineCol(data, off)
			return nil, usageError{fmt.Errorf("%s: line %d, column %d (byte %d): %w", label, line, col, off, err)}
		}
		return nil, usageError{fmt.Errorf("%s: %w", label, err)}
	}
	return s, nil
}

// specErrorOffset finds where a spec file's JSON goes wrong: a syntax error, a value
// of the wrong type, a key that is no field of a spec. ok is false when the JSON is
// well formed (the spec's values are what is wrong).
func specErrorOffset(data []byte) (int64, bool) {
	// the json errors' offsets count the bytes read, the wrong one included
	var syn *json.SyntaxError
	if err := json.Unmarshal(data, new(any)); errors.As(err, &syn) {
		return max(syn.Offset-1, 0), true
	} else if err != nil { // an unexpected end of input
		return int64(len(data)), true
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(new(train.Spec))
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &typ):
		return max(typ.Offset-1, 0), true
	case err != nil && strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.TrimPrefix(err.Error(), "json: unknown field ")
		if i := bytes.Index(data, []byte(name)); i >= 0 {
			return int64(i), true
		}
	case err == nil && dec.More():
		return dec.InputOffset(), true
	}
	return 0, false
}

// lineCol is the 1-based line and column of byte offset off in data.
func lineCol(data []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

// Devices --device accepts.
const (
	deviceCPU  = "cpu"
	deviceCUDA = "cuda"
	deviceAuto = "auto"
)

// openGPU opens the GPU that --device cuda and auto vet and use; tests put a fake
// device here.
var openGPU = cuda.OpenGPU

// openBackend resolves --device: cpu is the reference kernels; cuda and auto open the
// first CUDA GPU and run the self-check on it (cuda.SelfCheck: every kernel on this card
// bit for bit the CPU reference's), because one wrong bit in training loses a dispute
// and the stake. cuda fails where there is no GPU (exit code 1) or the check fails
// (exit code 3, naming the kernel); auto then trains on the CPU and says why, once, in
// the log. The returned close function releases the device.
func openBackend(device string) (train.Backend, func(), error) {
	noop := func() {}
	switch device {
	case deviceCPU:
		slog.Debug("training on the CPU", "matmul", repops.MatMulKernel())
		return train.CPU, noop, nil
	case deviceCUDA, deviceAuto:
		g, rep, err := cuda.OpenChecked(openGPU)
		if err != nil {
			mismatch := errors.Is(err, cuda.ErrMismatch)
			if device == deviceAuto {
				if mismatch {
					slog.Warn("the GPU failed its self-check against the CPU reference: training on the CPU", "reason", err)
				} else {
					slog.Info("no usable CUDA GPU: training on the CPU", "reason", err)
				}
				return train.CPU, noop, nil
			}
			err = fmt.Errorf("--device cuda: %w", err)
			if mismatch {
				return nil, noop, mismatchError{err}
			}
			return nil, noop, err
		}
		slog.Info("training on the GPU: self-check passed, every kernel bit for bit the CPU reference's",
			"device", g.String(), "cases", rep.Cases, "kernels", rep.Kernels)
		return g, func() {
			if err := g.Close(); err != nil {
				slog.Warn("closing the GPU", "err", err)
			}
		}, nil
	}
	return nil, noop, usageError{fmt.Errorf("--device %q: want %s, %s or %s", device, deviceCPU, deviceCUDA, deviceAuto)}
}

// defaultCheckpointEvery keeps committing under 2% of step time (bench/commit/README.md).
const defaultCheckpointEvery = 100

// trainResult is the last line of `veritrain train --json`.
type trainResult struct {
	Model        string  `json:"model"`
	SpecHash     string  `json:"spec_hash"`
	Seed         uint64  `json:"seed"`
	Steps        uint64  `json:"steps"`
	TestAccuracy float64 `json:"test_accuracy"`
	TestLoss     float64 `json:"test_loss"`
	TestRows     int     `json:"test_rows"` // the held-out rows (0: the spec's data has no test split; accuracy and loss 0)
	// A transformer's held-out loss (test_loss) and in bits per byte (per character on
	// ASCII text); test_accuracy is then next-byte accuracy and test_rows sequences.
	ValLoss     float64 `json:"val_loss,omitempty"`
	BitsPerByte float64 `json:"bpc,omitempty"`
	TrainLoss   float32 `json:"train_loss"`
	StateHash   string  `json:"state_hash"`
	Seconds     float64 `json:"seconds"`
	StepMillis  float64 `json:"ms_per_step"`
	TraceRoot   string  `json:"trace_root,omitempty"`
	Checkpoints int     `json:"checkpoints,omitempty"`
	Device      string  `json:"device"`
	MatMul      string  `json:"matmul"` // the CPU's matrix-product kernel (repops.MatMulKernel)
}

func newTrainCmd() *cobra.Command {
	var (
		model, specPath string
		steps           uint64
		seed            int64
		asJSON          bool
		every           uint64
		outDir          string
		device          string
		initPath        string
		texts           []string
		cnt             contentFlags
	)
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train a model reproducibly and print its test accuracy and state hash",
		Long: `Train a model from a built-in spec (--model) or a JSON spec file (--spec) with the
RepOps kernels: the final state hash is the same on every machine, thread count and
architecture. With --json the last line of output is one JSON object.`,
		Example: "  veritrain train --model mnist-mlp --steps 2000 --seed 1 --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := loadSpec(model, specPath, seed)
			if err != nil {
				return err
			}
			if every != 0 && outDir == "" {
				return usageError{fmt.Errorf("--checkpoint-every needs --out")}
			}
			if outDir != "" && every == 0 {
				every = defaultCheckpointEvery
			}
			if s, err = cnt.withInit(cmd.Context(), s, initPath); err != nil {
				return err
			}
			if s, err = cnt.withText(cmd.Context(), s, texts); err != nil {
				return err
			}
			lib, err := cnt.library()
			if err != nil {
				return err
			}
			be, closeBackend, err := openBackend(device)
			if err != nil {
				return err
			}
			defer closeBackend()
			tr, err := train.NewTrainerWith(s, train.Options{Backend: be, Library: lib})
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			st := tr.Init()
			var run *rundir.Run
			if outDir != "" {
				if run, err = rundir.Create(outDir, s, every, steps); err != nil {
					return err
				}
				if n := len(run.M.Checkpoints); n > 0 {
					if st, err = run.Load(ctx, n-1); err != nil {
						return err
					}
					slog.Info("resuming", "dir", outDir, "step", st.Step, "checkpoints", n)
				}
			}
			var rec *rundir.Recorder
			record := func(st *checkpoint.State) error {
				if rec == nil {
					return nil
				}
				return rec.Offer(st)
			}
			if run != nil {
				rec = run.Record(ctx)
				if err := rec.Offer(st); err != nil {
					return err
				}
			}
			out := cmd.OutOrStdout()
			var bar *progressbar.ProgressBar
			if !asJSON && isTerminal(cmd.ErrOrStderr()) {
				bar = progressbar.NewOptions64(int64(steps), progressbar.OptionSetWriter(cmd.ErrOrStderr()),
					progressbar.OptionSetDescription("training "+s.Name), progressbar.OptionShowCount(),
					progressbar.OptionShowIts(), progressbar.OptionSetItsString("steps"), progressbar.OptionThrottle(100*time.Millisecond),
					progressbar.OptionClearOnFinish())
			}
			slog.Debug("training", "model", s.Name, "spec_hash", hex.EncodeToString(sliceOf(s.Hash())), "steps", steps)
			start := time.Now()
			if bar != nil {
				_ = bar.Set64(int64(st.Step))
			}
			var last float32
			start0 := st.Step
			st, err = tr.Run(ctx, st, steps, func(st *checkpoint.State, loss float32) error {
				last = loss
				if bar != nil {
					_ = bar.Add(1)
				}
				return record(st)
			})
			if bar != nil {
				_ = bar.Finish()
			}
			if rec != nil {
				if cerr := rec.Close(); cerr != nil && err == nil {
					err = cerr
				}
			}
			if err != nil {
				return err
			}
			elapsed := time.Since(start)
			acc, tloss, err := tr.Evaluate(st)
			if err != nil && !errors.Is(err, train.ErrNoTestSet) {
				return err
			}
			testRows := tr.EvalRows()
			res := trainResult{Model: s.Name, SpecHash: hex.EncodeToString(sliceOf(s.Hash())), Seed: s.Seed, Steps: st.Step,
				TestAccuracy: acc, TestLoss: tloss, TestRows: testRows, TrainLoss: last, StateHash: hex.EncodeToString(sliceOf(st.Hash())),
				Seconds: elapsed.Seconds(), Device: be.String(), MatMul: repops.MatMulKernel()}
			if s.Transformer != nil && testRows > 0 {
				res.ValLoss, res.BitsPerByte = tloss, tloss/math.Ln2
			}
			if st.Step > start0 {
				res.StepMillis = float64(elapsed.Microseconds()) / 1000 / float64(st.Step-start0)
			}
			if run != nil {
				res.TraceRoot, res.Checkpoints = run.M.TraceRoot, len(run.M.Checkpoints)
			}
			if asJSON {
				return json.NewEncoder(out).Encode(res)
			}
			test := fmt.Sprintf("test accuracy %.2f%%  test loss %.4f", 100*res.TestAccuracy, res.TestLoss)
			if s.Transformer != nil {
				test = fmt.Sprintf("val loss %.4f (%.3f bits per byte)  next-byte accuracy %.2f%%", res.ValLoss, res.BitsPerByte, 100*res.TestAccuracy)
			}
			if res.TestRows == 0 {
				test = "no test split"
			}
			fmt.Fprintf(out, "model %s  steps %d  %s  %.2f ms/step\nstate hash %s\n",
				res.Model, res.Steps, test, res.StepMillis, res.StateHash)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&model, "model", "", "built-in model: "+fmt.Sprint(train.BuiltinNames()))
	f.StringVar(&specPath, "spec", "", "JSON spec file (instead of --model)")
	f.Uint64Var(&steps, "steps", 100, "training steps")
	f.Int64Var(&seed, "seed", -1, "seed for initialisation and data order (default: the spec's)")
	f.BoolVar(&asJSON, "json", false, "print one JSON object as the last line, no progress bar")
	f.Uint64Var(&every, "checkpoint-every", 0, fmt.Sprintf("store a checkpoint every K steps (with --out; default %d, see bench/commit)", defaultCheckpointEvery))
	f.StringVar(&outDir, "out", "", "run folder for checkpoints and the trace commitment; an interrupted run there resumes")
	f.StringVar(&initPath, "init", "", "initial weights: a safetensors file in PyTorch's layout (as export writes it), added to --data-dir; the spec then starts from them")
	f.StringArrayVar(&texts, "text", nil, "a transformer trains on this UTF-8 text instead (repeat for more files, joined in order; the last tenth held out), added to --data-dir")
	cnt.add(cmd, false)
	f.StringVar(&device, "device", deviceCPU, "where the kernels run: cpu, cuda (the first CUDA GPU after its self-check against the CPU; exit code 1 if there is none, 3 if a kernel differs) or auto (that GPU if it opens and passes the self-check, else the CPU); the bits are the same")
	return cmd
}

func newSpecCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "spec MODEL|FILE",
		Short: "Print a model spec in its canonical form with its hash",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := train.Builtin(args[0])
			if err != nil {
				if _, serr := os.Stat(args[0]); serr != nil && !strings.ContainsAny(args[0], "./") {
					return usageError{fmt.Errorf("%q is neither a built-in model (%s) nor a file", args[0], strings.Join(train.BuiltinNames(), ", "))}
				}
				if s, err = readSpecFile(args[0], args[0]); err != nil {
					return err
				}
			}
			// stdout is the spec alone (spec NAME > f.json makes a file --spec reads);
			// its hash goes to stderr
			fmt.Fprintf(cmd.OutOrStdout(), "%s\n", s.Canonical())
			fmt.Fprintf(cmd.ErrOrStderr(), "sha256 %x\n", s.Hash())
			return nil
		},
	}
}

func sliceOf(h [32]byte) []byte { return h[:] }

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
