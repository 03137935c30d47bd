package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

func newSolverCmd() *cobra.Command {
	var cf chainFlags
	var dir, listen, publicURL, stake, device string
	var poll time.Duration
	var maxTasks int
	var allowUnjudged bool
	var cheat string // hidden: a dishonest solver, for tests of the real processes
	var lf logFlags
	var minReward string
	var maxSteps uint64
	var maxState int64
	var cnt contentFlags
	var allowPrivate bool
	var stepTime, margin time.Duration
	cmd := &cobra.Command{
		Use:   "solver",
		Short: "Run a solver: claim tasks, train, commit, serve checkpoints, defend disputes",
		Long: `Run a solver: announce itself on the market (its checkpoint URL and GPUs), claim
tasks it can stake for, train them one at a time in run folders under --dir, commit each
trace, serve the checkpoints, defend disputes, and collect the rewards. Killed and started
again on the same --dir and account, it takes back its tasks from the chain and resumes
each where it was (training from its last checkpoint, a game from its moves).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyConfig(cmd, args); err != nil {
				return err
			}
			ctx := cmd.Context()
			if maxTasks < 1 {
				return usageError{fmt.Errorf("--max-tasks %d: want at least 1", maxTasks)}
			}
			st, err := parseEther(stake, "stake")
			if err != nil {
				return err
			}
			minR, err := parseEther(minReward, "min-reward")
			if err != nil {
				return err
			}
			cc, err := solverCheat(cheat)
			if err != nil {
				return err
			}
			m, closeFn, err := cf.dial(ctx)
			if err != nil {
				return err
			}
			defer closeFn()
			if err := lf.apply(ctx, m); err != nil {
				return err
			}
			met := newDaemonMetrics("solver", map[string]string{
				"tasks_paid_total":    "tasks finalized and paid",
				"tasks_slashed_total": "tasks failed with the stake slashed",
				"task_errors_total":   "errors of one task (logged; the other tasks go on)",
			})
			steps := met.counter("solver", "steps_trained_total", "training steps run")
			mux := http.NewServeMux()
			mux.Handle("/metrics", met.handler())
			url, stop, err := serveHTTP(listen, mux, slog.Default(), "checkpoint server")
			if err != nil {
				return usageError{fmt.Errorf("--listen: %w", err)}
			}
			defer stop()
			if publicURL == "" {
				publicURL = url
			}
			gpus := met.noticeGPUs(ctx, slog.Default())
			be, closeBe, err := openBackend(device)
			if err != nil {
				return err
			}
			defer closeBe()
			specs, resolve, lib, err := cnt.resolve(m, allowPrivate)
			if err != nil {
				return err
			}
			store, err := cnt.store()
			if err != nil {
				return err
			}
			ch, _, err := store.Handler(slog.Default())
			if err != nil {
				return err
			}
			s, err := solver.New(solver.Config{Market: m, Specs: specs, Resolve: resolve, Library: lib, MaxData: cnt.maxData, Content: ch, Dir: dir, Stake: st, MaxTasks: maxTasks,
				Background: true, Task: task.Options{AllowUnjudged: allowUnjudged}, Log: slog.Default(),
				Announce: &onchain.Announcement{Role: "solver", URL: publicURL, GPUs: gpus, Version: buildVersion()},
				FaultFor: cc.FaultFor, Stall: cc.Stall, Fabricate: cc.Fabricate, Withhold: cc.Withhold,
				Progress: func(uint64, uint64, uint64) { steps.Inc() }, Backend: be,
				Terms: solver.Terms{MinReward: minR, MaxSteps: maxSteps, MaxState: maxState, StepTime: stepTime, Margin: margin}})
			if err != nil {
				return usageError{err}
			}
			mux.Handle("/", met.instrument("solver", "checkpoint_requests_total", "checkpoint server responses by status code", s.Handler()))

			slog.Info("solver running", "account", m.Me().Hex(), "checkpoints", url+"/tasks/", "public_url", publicURL,
				"metrics", url+"/metrics", "max_tasks", maxTasks, "stake_limit_wei", st)
			tick := func(ctx context.Context) error {
				err := s.Tick(ctx)
				met.set("tasks_paid_total", s.Paid)
				met.set("tasks_slashed_total", s.Slashed)
				met.set("task_errors_total", s.Errors)
				met.setTasks(s.Statuses())
				if serr := met.updateStake(ctx, m); serr != nil {
					slog.Debug("stake gauges", "err", serr)
				}
				return err
			}
			err = daemon.Loop(ctx, poll, slog.Default(), tick)
			s.Wait() // the background trainer stops with ctx; let it close its run folder
			return logStopped(ctx, "solver", err, "tasks_paid", s.Paid, "tasks_slashed", s.Slashed, "task_errors", s.Errors)
		},
	}
	cf.add(cmd)
	cnt.add(cmd, true)
	addConfigFlag(cmd)
	cmd.Flags().StringVar(&device, "device", deviceAuto, "where to train: cpu, cuda (fails without a GPU or if its start-up self-check against the CPU finds a kernel that differs) or auto (the GPU only if it passes that self-check, else the CPU)")
	cmd.Flags().StringVar(&dir, "dir", "veritrain-solver", "folder for the run folders of claimed tasks")
	cmd.Flags().StringVar(&listen, "listen", "127.0.0.1:8547", "address to serve checkpoints (and /metrics) on")
	cmd.Flags().StringVar(&publicURL, "public-url", "", "base URL others reach the checkpoint server at, announced on chain (default: the --listen address)")
	cmd.Flags().StringVar(&stake, "stake", "2", "most ether locked as stake at once over all claimed tasks (a task is claimed only if its stake fits)")
	cmd.Flags().IntVar(&maxTasks, "max-tasks", 1, "most tasks in hand at once; they train one after another (raise with --stake to keep training while earlier tasks wait out their challenge windows)")
	cmd.Flags().DurationVar(&poll, "poll", 2*time.Second, "how often to read the chain")
	cmd.Flags().BoolVar(&allowUnjudged, "allow-unjudged", false, "also claim tasks with a node the contract cannot judge (an honest solver could not defend it)")
	cmd.Flags().BoolVar(&allowPrivate, "allow-private-urls", false, allowPrivateHelp)
	cmd.Flags().StringVar(&minReward, "min-reward", "0", "least reward (ether) of a task it claims")
	cmd.Flags().Uint64Var(&maxSteps, "max-steps", daemon.DefaultMaxSteps, "most training steps of a task it claims")
	cmd.Flags().Int64Var(&maxState, "max-state", solver.DefaultMaxState, "most bytes of a task's encoded state (weights and optimizer state) it claims")
	cmd.Flags().DurationVar(&stepTime, "step-time", 0, "time one training step takes here (0: measured on this machine before the first claim of each model)")
	cmd.Flags().DurationVar(&margin, "time-margin", solver.DefaultMargin,
		"added to twice the measured training time: a task's commit window must cover its steps (and those queued), its game clock one segment")
	lf.add(cmd)
	cmd.Flags().StringVar(&cheat, "cheat", "none", "cheat (tests), as the demo's cheating solver does on each task: "+demoCheats)
	_ = cmd.Flags().MarkHidden("cheat")
	return cmd
}

// solverCheat is the dishonest solver `solver --cheat` makes: the demo's cheat
// (demoCheat), its fault made from each task's own graph as the task comes.
func solverCheat(cheat string) (solver.Config, error) {
	cc, err := demoCheat(cheat, &task.Task{Spec: &train.Spec{}}) // the name only: no task yet
	if err != nil {
		return solver.Config{}, err
	}
	if cc.Fault.Kind != pinpoint.NoFault {
		cc.Fault, cc.FaultFor = pinpoint.Fault{}, func(tk *task.Task) pinpoint.Fault {
			c, _ := demoCheat(cheat, tk)
			return c.Fault
		}
	}
	return cc, nil
}
