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
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/safetensors"
	"github.com/veritrain/veritrain/train"
)

// The peer comparison (issue 17, item 3): a transformer spec trained by veritrain and by
// PyTorch (train/torch_model.py's GPT, torch.optim.AdamW, clip_grad_norm_, veritrain's
// schedule) from the same initial weights on the same batches; the two loss curves must
// agree. veritrain's steps are bit-exact RepOps kernels and PyTorch's are not, so the
// curves differ by rounding that training amplifies slowly: the check is a relative
// tolerance at every step, not equality.

var (
	// ErrPeerDisagree means the two loss curves differ by more than the tolerance.
	ErrPeerDisagree = errors.New("trainbench: PyTorch's loss curve differs from veritrain's")
	// ErrBadPeerOutput means gpt_peer.py printed something other than "<step> <loss>" lines.
	ErrBadPeerOutput = errors.New("trainbench: unreadable gpt_peer.py output")
	// ErrNotTransformer means the spec given to ComparePeer has no transformer section.
	ErrNotTransformer = errors.New("trainbench: the peer comparison needs a transformer spec")
)

// PeerOptions configure ComparePeer.
type PeerOptions struct {
	Steps   int     // steps trained on both sides; losses logged at 0 .. Steps-1
	Threads int     // GOMAXPROCS is the caller's; torch.set_num_threads and OpenMP/BLAS
	Tol     float64 // largest relative difference |torch - veritrain| / veritrain allowed
	Python  string  // interpreter with torch (/usr/bin/python3)
	Script  string  // path of gpt_peer.py
	Dir     string  // where the inputs are written; "" for a temporary folder, removed after
	Env     []string
}

// PeerResult is a peer comparison's figures.
type PeerResult struct {
	Spec          string
	Steps         int
	RepOps, Torch []float32 // each step's batch loss, before that step's update
	// Worst is the largest relative difference, at step WorstStep.
	Worst                 float64
	WorstStep             int
	FirstDiff             float64 // relative difference at step 0: the forward pass alone
	RepOpsTime, TorchTime time.Duration
	TorchInfo             string
}

// ComparePeer trains spec s for o.Steps steps on veritrain and, from the same initial
// weights (Trainer.Init, in PyTorch's layout) and the same batches (Trainer.Batch of
// step k's data cursor, as token ids), on PyTorch, and compares the loss curves. It
// returns the result with ErrPeerDisagree when the curves differ by more than o.Tol.
func ComparePeer(ctx context.Context, s *train.Spec, o PeerOptions, log *slog.Logger) (*PeerResult, error) {
	if s.Transformer == nil {
		return nil, fmt.Errorf("%w: %s has none", ErrNotTransformer, s.Name)
	}
	if o.Steps < 1 {
		return nil, fmt.Errorf("trainbench: %d peer steps", o.Steps)
	}
	tr, err := train.NewTrainer(s)
	if err != nil {
		return nil, fmt.Errorf("trainbench: %s: %w", s.Name, err)
	}
	dir := o.Dir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "gptpeer"); err != nil {
			return nil, fmt.Errorf("trainbench: %w", err)
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("trainbench: %w", err)
	}
	st := tr.Init()
	if err := writePeerInputs(dir, s, tr, st, o.Steps); err != nil {
		return nil, err
	}

	// PyTorch first: it is the faster side, and a broken module shows at once.
	log.Info("training on PyTorch", "spec", s.Name, "steps", o.Steps)
	r := &PeerResult{Spec: s.Name, Steps: o.Steps}
	start := time.Now()
	if r.Torch, r.TorchInfo, err = runPeerTorch(ctx, dir, o); err != nil {
		return nil, err
	}
	r.TorchTime = time.Since(start)

	log.Info("training on veritrain", "spec", s.Name, "steps", o.Steps)
	start = time.Now()
	batch := uint64(s.BatchSize)
	for k := range o.Steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		// the batches written for PyTorch are those of the cursor k·batch: the states must agree
		if st.DataCursor != uint64(k)*batch {
			return nil, fmt.Errorf("trainbench: step %d's state has data cursor %d, want %d", k, st.DataCursor, uint64(k)*batch)
		}
		var loss float32
		if st, loss, err = tr.Step(st); err != nil {
			return nil, fmt.Errorf("trainbench: veritrain step %d: %w", k, err)
		}
		r.RepOps = append(r.RepOps, loss)
		if k%50 == 0 {
			log.Info("veritrain", "step", k, "loss", loss, "torch", r.Torch[k], "elapsed", time.Since(start).Round(time.Second))
		}
	}
	r.RepOpsTime = time.Since(start)

	r.WorstStep = -1
	for k := range o.Steps {
		d := relDiff(r.Torch[k], r.RepOps[k])
		if k == 0 {
			r.FirstDiff = d
		}
		if !(d <= r.Worst) { // NaN counts as the worst
			r.Worst, r.WorstStep = d, k
		}
	}
	if r.WorstStep < 0 {
		r.WorstStep = 0
	}
	if !(r.Worst <= o.Tol) {
		return r, fmt.Errorf("%w: by %.3g%% at step %d (veritrain %g, PyTorch %g), tolerance %g%%", ErrPeerDisagree,
			100*r.Worst, r.WorstStep, r.RepOps[r.WorstStep], r.Torch[r.WorstStep], 100*o.Tol)
	}
	return r, nil
}

func relDiff(got, want float32) float64 {
	return math.Abs(float64(got)-float64(want)) / math.Abs(float64(want))
}

// writePeerInputs writes what gpt_peer.py reads: spec.json (the canonical spec),
// init.safetensors (the parameters of st in PyTorch's layout, load_state_dict-ready) and
// tokens.u8 (for each step k, the input ids then the target ids of the batch at data
// cursor k·batch: batch·context bytes each, sequence-major).
func writePeerInputs(dir string, s *train.Spec, tr *train.Trainer, st *checkpoint.State, steps int) error {
	params := map[string]bool{}
	for _, n := range s.ParamNames() {
		params[n] = true
	}
	b, err := safetensors.EncodeMapped(st, func(t checkpoint.Tensor) bool { return params[t.Name] }, "pytorch", s.ToTorch)
	if err != nil {
		return fmt.Errorf("trainbench: initial weights: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "init.safetensors"), b, 0o644); err != nil {
		return fmt.Errorf("trainbench: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "spec.json"), s.Canonical(), 0o644); err != nil {
		return fmt.Errorf("trainbench: %w", err)
	}
	v := s.Transformer.Vocab
	rows := s.BatchSize * s.Transformer.Context
	toks := make([]byte, 0, 2*rows*steps)
	for k := range steps {
		x, y := tr.Batch(&checkpoint.State{DataCursor: uint64(k) * uint64(s.BatchSize)})
		for _, oh := range [][]float32{x, y} {
			if len(oh) != rows*v {
				return fmt.Errorf("trainbench: batch of %d values, want %d rows of %d", len(oh), rows, v)
			}
			for r := range rows {
				id, err := oneHotID(oh[r*v : (r+1)*v])
				if err != nil {
					return fmt.Errorf("trainbench: step %d, row %d: %w", k, r, err)
				}
				toks = append(toks, byte(id))
			}
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "tokens.u8"), toks, 0o644); err != nil {
		return fmt.Errorf("trainbench: %w", err)
	}
	return nil
}

// oneHotID is the index of a one-hot row's single 1.
func oneHotID(row []float32) (int, error) {
	id := -1
	for i, x := range row {
		switch {
		case x == 1 && id < 0:
			id = i
		case x != 0:
			return 0, fmt.Errorf("not a one-hot row (value %g at %d)", x, i)
		}
	}
	if id < 0 {
		return 0, errors.New("an all-zero row")
	}
	return id, nil
}

// runPeerTorch runs gpt_peer.py on the inputs in dir and returns its losses.
func runPeerTorch(ctx context.Context, dir string, o PeerOptions) ([]float32, string, error) {
	cmd := exec.CommandContext(ctx, o.Python, o.Script,
		"--spec", filepath.Join(dir, "spec.json"), "--init", filepath.Join(dir, "init.safetensors"),
		"--tokens", filepath.Join(dir, "tokens.u8"), "--steps", strconv.Itoa(o.Steps),
		"--threads", strconv.Itoa(o.Threads))
	out, info, err := runPython(cmd, o.Threads, o.Env)
	if err != nil {
		return nil, "", err
	}
	losses, err := ParsePeerOutput(bytes.NewReader(out))
	if err != nil {
		return nil, "", err
	}
	if len(losses) != o.Steps {
		return nil, "", fmt.Errorf("%w: %d losses for %d steps", ErrBadPeerOutput, len(losses), o.Steps)
	}
	return losses, info, nil
}

// ParsePeerOutput reads gpt_peer.py's stdout: lines "<step> <loss>", steps 0, 1, ...
// in order; blank lines and "#" comments are skipped.
func ParsePeerOutput(r io.Reader) ([]float32, error) {
	var out []float32
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			return nil, fmt.Errorf("%w: line %d: %q", ErrBadPeerOutput, n, line)
		}
		step, err := strconv.Atoi(f[0])
		if err != nil || step != len(out) {
			return nil, fmt.Errorf("%w: line %d: step %q, want %d", ErrBadPeerOutput, n, f[0], len(out))
		}
		loss, err := strconv.ParseFloat(f[1], 32)
		if err != nil {
			return nil, fmt.Errorf("%w: line %d: loss %q", ErrBadPeerOutput, n, f[1])
		}
		out = append(out, float32(loss))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadPeerOutput, err)
	}
	return out, nil
}

// WriteMarkdown prints the comparison: the machine, the worst difference and the losses
// at steps 0, every 50th and the last.
func (r *PeerResult) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s, %d steps from the same weights on the same batches; CPU: %s; %s\n", r.Spec, r.Steps, cpuModel(), r.TorchInfo)
	fmt.Fprintf(&b, "# worst relative loss difference %.3g%% at step %d; step 0 (forward only) %.2g; veritrain %.1f s (%.0f ms/step), PyTorch %.1f s (%.0f ms/step)\n\n",
		100*r.Worst, r.WorstStep, r.FirstDiff, r.RepOpsTime.Seconds(), msPer(r.RepOpsTime, r.Steps), r.TorchTime.Seconds(), msPer(r.TorchTime, r.Steps))
	b.WriteString("| step | veritrain | PyTorch | relative difference |\n|---:|---:|---:|---:|\n")
	for k := range r.Steps {
		if k%50 == 0 || k == r.Steps-1 || k == r.WorstStep {
			fmt.Fprintf(&b, "| %d | %.5f | %.5f | %.2g |\n", k, r.RepOps[k], r.Torch[k], relDiff(r.Torch[k], r.RepOps[k]))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func msPer(d time.Duration, steps int) float64 { return d.Seconds() * 1e3 / float64(steps) }
