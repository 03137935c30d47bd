package checkpointbench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"time"

	"github.com/klauspost/compress/zstd"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/checkpointtest"
	"github.com/veritrain/veritrain/checkpoint/store"
)

// ErrTool reports a missing or failing outside command.
var ErrTool = errors.New("checkpointbench: tool")

// Config sets the run measured.
type Config struct {
	Checkpoints int    // number of checkpoints (the first is the initial state)
	Interval    int    // SGD steps between checkpoints
	Seed        uint64 // training seed
	Repeats     int    // timing repetitions; the best is kept
	TempDir     string // where the byte files for the outside tools go ("" = os.TempDir)
}

// DefaultConfig: 21 checkpoints 10 steps apart (200 steps of batch 32), ~34 MB.
func DefaultConfig() Config { return Config{Checkpoints: 21, Interval: 10, Seed: 1, Repeats: 5} }

// timing is the best wall time and the least CPU time (this process and the commands
// it ran) over the repetitions. CPU time is the figure to trust on a shared machine:
// other tenants stretch wall time but not the CPU seconds the work itself takes.
type timing struct{ wall, cpu time.Duration }

// childCPU accumulates the CPU time of the commands that run() waits for.
var childCPU time.Duration

// best runs f repeats times.
func best(repeats int, f func() error) (timing, error) {
	var t timing
	for i := range max(1, repeats) {
		c0, k0, t0 := selfCPU(), childCPU, time.Now()
		if err := f(); err != nil {
			return timing{}, err
		}
		wall, cpu := time.Since(t0), selfCPU()-c0+childCPU-k0
		if i == 0 || wall < t.wall {
			t.wall = wall
		}
		if i == 0 || cpu < t.cpu {
			t.cpu = cpu
		}
	}
	return t, nil
}

func mbps(n int, d time.Duration) float64 { return float64(n) / d.Seconds() / 1e6 }

// rate formats wall MB/s and MB per CPU-second.
func rate(n int, t timing) string {
	return fmt.Sprintf("%.0f | %.0f", mbps(n, t.wall), mbps(n, t.cpu))
}

// Run trains the toy model, measures, and writes a Markdown report to w.
func Run(ctx context.Context, cfg Config, w io.Writer) error {
	t0 := time.Now()
	states := checkpointtest.Checkpoints(cfg.Seed, cfg.Checkpoints, cfg.Interval)
	train := time.Since(t0)
	encs := make([][]byte, len(states))
	total := 0
	for i, s := range states {
		b, err := checkpoint.Encode(s)
		if err != nil {
			return fmt.Errorf("encode checkpoint %d: %w", i, err)
		}
		encs[i] = b
		total += len(b)
	}
	dir, err := os.MkdirTemp(cfg.TempDir, "checkpointbench-")
	if err != nil {
		return fmt.Errorf("temp dir: %w", err)
	}
	defer os.RemoveAll(dir)
	raw := filepath.Join(dir, "checkpoints.bin")
	f, err := os.Create(raw)
	if err != nil {
		return fmt.Errorf("write checkpoints: %w", err)
	}
	for _, b := range encs {
		if _, err := f.Write(b); err != nil {
			f.Close()
			return fmt.Errorf("write checkpoints: %w", err)
		}
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write checkpoints: %w", err)
	}

	fmt.Fprintf(w, "Data: %d checkpoints of the 784-256-10 MLP with momentum, %d SGD steps apart (trained in %v), %d bytes each, %.1f MB in all.\n",
		len(states), cfg.Interval, train.Round(time.Millisecond), len(encs[0]), float64(total)/1e6)
	fmt.Fprintf(w, "Machine: %s/%s, GOMAXPROCS=%d, NumCPU=%d. Best of %d runs.\n\n", runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0), runtime.NumCPU(), cfg.Repeats)

	// Commitment.
	fmt.Fprintln(w, "| commitment over the same bytes | wall MB/s | MB per CPU-s | wall vs sha256sum |")
	fmt.Fprintln(w, "|---|---|---|---|")
	sumTime, err := best(cfg.Repeats, func() error { return run(ctx, "sha256sum", raw) })
	if err != nil {
		return err
	}
	sumMB := mbps(total, sumTime.wall)
	fmt.Fprintf(w, "| `sha256sum` (one stream, process included) | %s | 1.00x |\n", rate(total, sumTime))
	for _, procs := range []int{1, runtime.NumCPU()} {
		old := runtime.GOMAXPROCS(procs)
		d, err := best(cfg.Repeats, func() error {
			for _, s := range states {
				s.Hash()
			}
			return nil
		})
		runtime.GOMAXPROCS(old)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "| `State.Hash` Merkle root, GOMAXPROCS=%d | %s | %.2fx |\n", procs, rate(total, d), mbps(total, d.wall)/sumMB)
	}

	// Compression.
	fmt.Fprintln(w, "\n| compression of the same checkpoints | ratio | compress wall MB/s | compress MB per CPU-s | decompress wall MB/s | decompress MB per CPU-s |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	ckdir, outdir := filepath.Join(dir, "ck"), filepath.Join(dir, "zst")
	for _, d := range []string{ckdir, outdir, filepath.Join(dir, "back")} {
		if err := os.Mkdir(d, 0o755); err != nil {
			return fmt.Errorf("temp dir: %w", err)
		}
	}
	files := make([]string, len(encs))
	for i, b := range encs {
		files[i] = filepath.Join(ckdir, fmt.Sprintf("%03d.bin", i))
		if err := os.WriteFile(files[i], b, 0o644); err != nil {
			return fmt.Errorf("write checkpoint: %w", err)
		}
	}
	for _, lvl := range []int{1, 3} {
		// One file per checkpoint, one frame each: the like-for-like comparison with a blob.
		args := append([]string{"-q", "-f", "-" + strconv.Itoa(lvl), "--output-dir-flat", outdir}, files...)
		d, err := best(cfg.Repeats, func() error { return run(ctx, "zstd", args...) })
		if err != nil {
			return err
		}
		size, zfiles := int64(0), make([]string, len(files))
		for i, f := range files {
			zfiles[i] = filepath.Join(outdir, filepath.Base(f)+".zst")
			fi, err := os.Stat(zfiles[i])
			if err != nil {
				return fmt.Errorf("zstd output: %w", err)
			}
			size += fi.Size()
		}
		dargs := append([]string{"-q", "-f", "-d", "--output-dir-flat", filepath.Join(dir, "back")}, zfiles...)
		dd, err := best(cfg.Repeats, func() error { return run(ctx, "zstd", dargs...) })
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "| `zstd -%d`, one file per checkpoint (process included) | %.2f | %s | %s |\n", lvl, float64(total)/float64(size), rate(total, d), rate(total, dd))
	}
	{
		// The whole run as one stream: the window holds the previous checkpoint, so zstd
		// finds the unchanged weights there (a delta of sorts, but not addressable per state).
		out := filepath.Join(dir, "all.zst")
		d, err := best(cfg.Repeats, func() error { return run(ctx, "zstd", "-q", "-f", "-3", raw, "-o", out) })
		if err != nil {
			return err
		}
		fi, err := os.Stat(out)
		if err != nil {
			return fmt.Errorf("zstd output: %w", err)
		}
		fmt.Fprintf(w, "| `zstd -3`, all checkpoints as one stream (process included) | %.2f | %s | | |\n", float64(total)/float64(fi.Size()), rate(total, d))
	}
	levels := []struct {
		name string
		l    zstd.EncoderLevel
	}{{"SpeedFastest (~zstd -1)", zstd.SpeedFastest}, {"SpeedDefault (~zstd -3)", zstd.SpeedDefault}}
	for _, lv := range levels {
		codec, err := store.NewCodec(lv.l, 1<<30)
		if err != nil {
			return err
		}
		roots := make([][32]byte, len(states))
		for i, s := range states {
			roots[i] = s.Hash()
		}
		for _, delta := range []bool{false, true} {
			blobs := make([][]byte, len(encs))
			d, err := best(cfg.Repeats, func() error {
				for i, enc := range encs {
					var base []byte
					var baseRoot [32]byte
					if delta && i > 0 {
						base, baseRoot = encs[i-1], roots[i-1]
					}
					b, err := codec.Compress(enc, roots[i], base, baseRoot)
					if err != nil {
						return err
					}
					blobs[i] = b
				}
				return nil
			})
			if err != nil {
				return err
			}
			size := 0
			for _, b := range blobs {
				size += len(b)
			}
			dd, err := best(cfg.Repeats, func() error {
				for i, b := range blobs {
					var base []byte
					if delta && i > 0 {
						base = encs[i-1]
					}
					got, err := codec.Decompress(ctx, b, base)
					if err != nil {
						return err
					}
					if len(got) != len(encs[i]) {
						return fmt.Errorf("checkpoint %d: decompressed %d bytes, want %d", i, len(got), len(encs[i]))
					}
				}
				return nil
			})
			if err != nil {
				return err
			}
			kind := "planes"
			if delta {
				kind = "planes + XOR previous"
			}
			fmt.Fprintf(w, "| codec %s, %s | %.2f | %s | %s |\n", kind, lv.name, float64(total)/float64(size), rate(total, d), rate(total, dd))
		}
	}
	return nil
}

func run(ctx context.Context, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	err := cmd.Run()
	if cmd.ProcessState != nil {
		childCPU += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	if err != nil {
		return fmt.Errorf("%w: %s: %w: %s", ErrTool, name, err, stderr.Bytes())
	}
	return nil
}
