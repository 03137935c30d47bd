// Command trainbench times one training step of veritrain's built-in models on RepOps,
// on gorgonia's default kernels and (with -python) on PyTorch, and prints a markdown
// table. bench/train/run.sh installs PyTorch and runs it; see bench/train/README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"

	trainbench "github.com/veritrain/veritrain/bench/train"
)

func main() {
	d := trainbench.DefaultOptions()
	var o trainbench.Options
	models := flag.String("models", strings.Join(d.Models, ","), "built-in specs to time, comma-separated")
	flag.IntVar(&o.Threads, "threads", d.Threads, "threads for every contender (GOMAXPROCS, torch.set_num_threads)")
	flag.IntVar(&o.Rounds, "rounds", d.Rounds, "interleaved rounds of every contender")
	flag.IntVar(&o.Windows, "windows", d.Windows, "timed windows per contender and round")
	flag.IntVar(&o.Steps, "steps", d.Steps, "steps per timed window")
	flag.IntVar(&o.Warmup, "warmup", d.Warmup, "untimed steps before each contender's windows")
	flag.IntVar(&o.AccSteps, "acc-steps", d.AccSteps, "training steps before the accuracy check of the dense models (0: none)")
	flag.StringVar(&o.Python, "python", "", "Python interpreter with torch (e.g. /usr/bin/python3); empty: no PyTorch column")
	flag.StringVar(&o.TorchScript, "torch-script", "bench/train/torch_step.py", "path of torch_step.py")
	torchEnv := flag.String("torch-env", strings.Join(d.TorchEnv, ","), "extra KEY=VALUE environment of the PyTorch run, comma-separated")
	flag.Parse()
	o.Models = strings.Split(*models, ",")
	if *torchEnv != "" {
		o.TorchEnv = strings.Split(*torchEnv, ",")
	}

	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	r, err := trainbench.Run(ctx, o, log)
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainbench:", err)
		os.Exit(1)
	}
	if err := r.WriteMarkdown(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "trainbench:", err)
		os.Exit(1)
	}
}
