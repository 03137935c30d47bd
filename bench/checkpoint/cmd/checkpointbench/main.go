// Command checkpointbench prints the checkpoint benchmark report (see bench/checkpoint).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	checkpointbench "github.com/veritrain/veritrain/bench/checkpoint"
)

func main() {
	cfg := checkpointbench.DefaultConfig()
	flag.IntVar(&cfg.Checkpoints, "checkpoints", cfg.Checkpoints, "number of checkpoints")
	flag.IntVar(&cfg.Interval, "interval", cfg.Interval, "SGD steps between checkpoints")
	flag.IntVar(&cfg.Repeats, "repeats", cfg.Repeats, "timing repetitions (best kept)")
	flag.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "training seed")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := checkpointbench.Run(ctx, cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "checkpointbench:", err)
		os.Exit(1)
	}
}
