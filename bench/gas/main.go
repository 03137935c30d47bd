// Command gas measures the gas of veritrain's protocol contracts on the simulated
// backend: every external function, and whole disputes over a grid of segment
// lengths, graph sizes and trace lengths, under mainnet's current rules (Osaka) and
// the simulator's default rules. It prints the report and writes it to
// bench/gas/README.md (run from the repository root: go run ./bench/gas).
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
)

func main() {
	out := flag.String("o", "bench/gas/README.md", "where to write the report (empty: only print)")
	flag.Parse()
	if err := run(context.Background(), *out); err != nil {
		slog.Error("gas report failed", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out string) error {
	step, cases, err := GPT2Cases(GPT2Segments, GPT2Rows)
	if err != nil {
		return err
	}
	slog.Info("built the GPT-2 small disputes", "cases", len(cases))
	var reps []Report
	for _, rules := range []struct {
		name  string
		osaka bool
	}{{"Osaka (mainnet)", true}, {"simulator default (Osaka + Amsterdam/Bogota)", false}} {
		d, err := newDriver(ctx, rules.osaka)
		if err != nil {
			return err
		}
		rep, err := Measure(d, Grid, rules.name)
		if err == nil {
			rep.GPT2, err = MeasureGPT2(d, cases)
		}
		d.close()
		if err != nil {
			return err
		}
		slog.Info("measured", "rules", rules.name)
		reps = append(reps, rep)
	}
	md := Markdown(reps, "go run ./bench/gas") + MarkdownGPT2(reps, step)
	fmt.Print(md)
	if out == "" {
		return nil
	}
	if err := os.WriteFile(out, []byte(md), 0o644); err != nil {
		return fmt.Errorf("gas: write report: %w", err)
	}
	return nil
}

func setupOf(d *driver, s modelSetup) pinpointgame.PinpointGameSetup {
	return pinpointgame.PinpointGameSetup{Solver: d.addr(accSolver), Challenger: d.addr(accChallenger), NodesRoot: s.NodesRoot,
		StateMapRoot: s.StateMapRoot, DataRoot: s.DataRoot, Agreed: s.Agreed, Disputed: s.Disputed, FirstStep: s.FirstStep,
		SegLen: s.SegLen, NumNodes: s.NumNodes, StateDepth: s.StateDepth, Clock: s.Clock, KernelEpoch: s.KernelEpoch}
}
