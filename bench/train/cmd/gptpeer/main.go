// Command gptpeer trains a transformer spec (tiny-gpt by default) on veritrain and on
// PyTorch (CPU) from the same initial weights on the same batches and compares the loss
// curves step by step (issue 17, item 3). It prints a markdown summary and exits 1 when
// the curves differ by more than -tol at any step. See bench/train/README.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"strings"

	trainbench "github.com/veritrain/veritrain/bench/train"
	"github.com/veritrain/veritrain/train"
)

func main() {
	var o trainbench.PeerOptions
	spec := flag.String("spec", "tiny-gpt", "built-in spec name, or a spec JSON file (ending .json)")
	flag.IntVar(&o.Steps, "steps", 501, "steps on each side (losses at steps 0 .. steps-1)")
	flag.IntVar(&o.Threads, "threads", 2, "threads on each side (GOMAXPROCS, torch.set_num_threads)")
	flag.Float64Var(&o.Tol, "tol", 0.01, "largest relative loss difference allowed at any step")
	flag.StringVar(&o.Python, "python", "/usr/bin/python3", "Python interpreter with torch")
	flag.StringVar(&o.Script, "script", "bench/train/gpt_peer.py", "path of gpt_peer.py")
	flag.StringVar(&o.Dir, "dir", "", "keep the inputs written for PyTorch here (default: a temporary folder)")
	env := flag.String("torch-env", "OMP_WAIT_POLICY=PASSIVE", "extra KEY=VALUE environment of the PyTorch run, comma-separated")
	flag.Parse()
	if *env != "" {
		o.Env = strings.Split(*env, ",")
	}
	runtime.GOMAXPROCS(o.Threads)

	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	s, err := loadSpec(*spec)
	if err != nil {
		fail(err)
	}
	r, err := trainbench.ComparePeer(ctx, s, o, log)
	if r != nil {
		if werr := r.WriteMarkdown(os.Stdout); werr != nil {
			fail(werr)
		}
	}
	if err != nil {
		fail(err)
	}
}

func loadSpec(name string) (*train.Spec, error) {
	if !strings.HasSuffix(name, ".json") {
		return train.Builtin(name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return train.ParseSpec(f)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gptpeer:", err)
	if errors.Is(err, trainbench.ErrPeerDisagree) {
		os.Exit(1)
	}
	os.Exit(2)
}
