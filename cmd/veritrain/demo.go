package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
)

// Demo accounts on the embedded chain.
const (
	demoDeployer  = 0
	demoSolver    = 1
	demoVerifier  = 2
	demoSubmitter = 3
	demoTreasury  = 7
)

// demoResult is the JSON summary line of `veritrain demo`.
type demoResult struct {
	Model       string            `json:"model"`
	Steps       uint64            `json:"steps"`
	Interval    uint64            `json:"interval"`
	Cheat       string            `json:"cheat"`
	TaskStatus  string            `json:"task_status"`
	TraceRoot   string            `json:"trace_root"`
	Checked     int               `json:"segments_checked"`
	Challenged  int               `json:"challenges"`
	SolverPaid  bool              `json:"solver_paid"`
	Slashed     bool              `json:"solver_slashed"`
	Free        map[string]string `json:"free_ether"`
	Blocks      uint64            `json:"blocks"`
	WallSeconds float64           `json:"wall_seconds"`
}

var statusNames = []string{"none", "open", "claimed", "committed", "disputed", "finalized", "failed", "cancelled"}

// demoFault is the cheat a demo solver plays.
func demoFault(cheat string, tk *task.Task) (pinpoint.Fault, bool, error) {
	node := func(name string) int {
		for w, n := range tk.Nodes {
			if n.Name == name {
				return w
			}
		}
		return 0
	}
	mid := tk.Steps/2 + 1
	switch cheat {
	case "none":
		return pinpoint.Fault{}, false, nil
	case "bit":
		return pinpoint.Fault{Kind: pinpoint.FaultBit, Step: mid, Node: node("bwd.l0.dW"), Element: 5, Bit: 21}, false, nil
	case "lr":
		return pinpoint.Fault{Kind: pinpoint.FaultLR, LR: tk.Spec.Optimizer.LR * 1.25}, false, nil
	case "skip":
		return pinpoint.Fault{Kind: pinpoint.FaultSkip, Step: mid}, false, nil
	case "stall":
		return pinpoint.Fault{Kind: pinpoint.FaultOp, Step: mid, Node: node("bwd.l0.dW"), Element: 3, Op: 7}, true, nil
	}
	return pinpoint.Fault{}, false, usageError{fmt.Errorf("--cheat %q: want none, bit, lr, skip or stall", cheat)}
}

func newDemoCmd() *cobra.Command {
	var model string
	var steps, interval uint64
	var cheat string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run submitter, solver and verifier on an embedded chain: a task from post to payment or slash",
		Long: "Deploys the contracts on an in-process chain, posts a real training task, runs a solver\n" +
			"(honest, or cheating with --cheat) and a verifier that re-runs every segment, plays any\n" +
			"dispute on the contract, and prints the outcome (a JSON line with --json).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := runDemo(cmd.Context(), model, steps, interval, cheat)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(res)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "task %s; solver paid %v, slashed %v; %d challenge(s); free balances (ether) %v; %.1f s\n",
				res.TaskStatus, res.SolverPaid, res.Slashed, res.Challenged, res.Free, res.WallSeconds)
			return nil
		},
	}
	cmd.Flags().StringVar(&model, "model", "mnist-mlp", "built-in model (an MLP with ReLU and SGD momentum)")
	cmd.Flags().Uint64Var(&steps, "steps", 20, "training steps")
	cmd.Flags().Uint64Var(&interval, "interval", 10, "steps per checkpoint")
	cmd.Flags().StringVar(&cheat, "cheat", "none", "solver's cheat: none, bit (one bit of a backward node), lr (another learning rate), skip (a skipped step), stall (stops answering)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as one JSON line")
	return cmd
}

func runDemo(ctx context.Context, model string, steps, interval uint64, cheat string) (*demoResult, error) {
	start := time.Now()
	log := slog.Default()
	switch cheat {
	case "none", "bit", "lr", "skip", "stall":
	default:
		return nil, usageError{fmt.Errorf("--cheat %q: want none, bit, lr, skip or stall", cheat)}
	}
	spec, err := train.Builtin(model)
	if err != nil {
		return nil, usageError{err}
	}
	opts := task.Options{AllowUnjudged: true}
	if err := task.Judgeable(spec, opts); err != nil {
		return nil, usageError{err}
	}
	sim, err := chain.NewSim(chain.WithAccounts(10), chain.WithOsakaRules())
	if err != nil {
		return nil, err
	}
	defer sim.Close()
	pg, tm := pinpointgame.NewPinpointGame(), taskmarket.NewTaskMarket()
	gameAt, _, err := chain.Deploy(ctx, sim, demoDeployer, &pinpointgame.PinpointGameMetaData, pg.PackConstructor(4))
	if err != nil {
		return nil, err
	}
	marketAt, _, err := chain.Deploy(ctx, sim, demoDeployer, &taskmarket.TaskMarketMetaData,
		tm.PackConstructor(gameAt, 3*24*3600, sim.Accounts()[demoTreasury].Address, 5000))
	if err != nil {
		return nil, err
	}
	log.Info("contracts deployed", "game", gameAt.Hex(), "market", marketAt.Hex())
	market := func(acc int) (*onchain.Market, error) {
		o, err := chain.Transactor(ctx, sim, acc)
		if err != nil {
			return nil, err
		}
		return onchain.NewMarket(sim, marketAt, o), nil
	}
	sub, err := market(demoSubmitter)
	if err != nil {
		return nil, err
	}
	tr, err := train.NewTrainer(spec)
	if err != nil {
		return nil, err
	}
	tk, err := task.Build(ctx, tr, steps, interval, opts)
	if err != nil {
		return nil, usageError{err}
	}
	head, err := sim.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	const day = 24 * 3600
	terms := taskmarket.TaskMarketTerms{SolverStake: chain.Ether(2), ChallengerBond: chain.Ether(1), ClaimBy: head.Time + day,
		CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
	id, err := sub.Post(ctx, tk.Roots(), terms, chain.Ether(2))
	if err != nil {
		return nil, err
	}
	log.Info("task posted", "task", id, "model", spec.Name, "steps", steps, "interval", interval, "graph_nodes", len(tk.Nodes), "reward_ether", 2)

	fault, stall, err := demoFault(cheat, tk)
	if err != nil {
		return nil, err
	}
	sm, err := market(demoSolver)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "veritrain-demo-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	sv, err := solver.New(solver.Config{Market: sm, Specs: task.BuiltinSpecs, Dir: dir, Stake: chain.Ether(2), Task: opts,
		Fault: fault, Stall: stall, Log: log})
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := store.NewHTTPServer(sv.Handler())
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("checkpoint server", "err", err)
		}
	}()
	defer srv.Close()
	url := "http://" + ln.Addr().String()
	solverAddr := sim.Accounts()[demoSolver].Address
	vm, err := market(demoVerifier)
	if err != nil {
		return nil, err
	}
	vf, err := verifier.New(verifier.Config{Market: vm, Specs: task.BuiltinSpecs, Bond: chain.Ether(1), CheckAll: true, Task: opts,
		Checkpoints: &verifier.HTTP{URL: func(a common.Address) (string, bool) { return url, a == solverAddr }, Log: log}, Log: log})
	if err != nil {
		return nil, err
	}

	// One process plays every role: tick each in turn; a round in which nobody sent a
	// transaction moves the chain's clock an hour on (deadlines, windows, the seed block).
	var t taskmarket.TaskMarketTask
	for round := 0; ; round++ {
		if round > 2000 {
			return nil, errors.New("demo: the task did not end")
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		before, err := sim.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		if err := sv.Tick(ctx); err != nil {
			return nil, fmt.Errorf("solver: %w", err)
		}
		if err := vf.Tick(ctx); err != nil {
			return nil, fmt.Errorf("verifier: %w", err)
		}
		if t, err = sub.Task(ctx, id); err != nil {
			return nil, err
		}
		if t.Status >= onchain.StatusFinalized {
			_ = sv.Tick(ctx) // let both record the outcome
			_ = vf.Tick(ctx)
			break
		}
		if after, _ := sim.BlockNumber(ctx); after == before {
			if err := sim.Advance(ctx, time.Hour); err != nil {
				return nil, err
			}
		}
	}
	res := &demoResult{Model: spec.Name, Steps: steps, Interval: interval, Cheat: cheat, TaskStatus: statusNames[t.Status],
		TraceRoot: hex.EncodeToString(t.TraceRoot[:]), Checked: vf.Checked, Challenged: vf.Challenged,
		SolverPaid: sv.Paid > 0, Slashed: sv.Slashed > 0, Free: map[string]string{}, WallSeconds: time.Since(start).Seconds()}
	for name, acc := range map[string]int{"solver": demoSolver, "verifier": demoVerifier, "submitter": demoSubmitter, "treasury": demoTreasury} {
		f, err := sub.Free(ctx, sim.Accounts()[acc].Address)
		if err != nil {
			return nil, err
		}
		res.Free[name] = new(big.Rat).SetFrac(f, chain.Ether(1)).FloatString(3)
	}
	if res.Blocks, err = sim.BlockNumber(ctx); err != nil {
		return nil, err
	}
	log.Info("task over", "status", res.TaskStatus, "solver_paid", res.SolverPaid, "solver_slashed", res.Slashed)
	return res, nil
}
