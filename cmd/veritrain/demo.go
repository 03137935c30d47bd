package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/console"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/internal/netsim"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/proofs"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
	"github.com/veritrain/veritrain/whistleblower"
)

// Demo accounts on the embedded chain.
const (
	demoDeployer  = 0
	demoHonest    = 1 // the honest solver
	demoCheater   = 2 // the cheating solver
	demoVerifierA = 3 // re-runs every segment
	demoVerifierB = 4 // re-runs its assigned segment only
	demoSubmitter = 5
	demoTreasury  = 7
)

// demoTask is one task's outcome in the demo summary.
type demoTask struct {
	ID        uint64 `json:"id"`
	Solver    string `json:"solver"` // "honest", "cheater" or "" (unclaimed)
	Status    string `json:"status"`
	TraceRoot string `json:"trace_root"`
	// ForcedSegment is the audit's forced segment, once the solver revealed it (nil:
	// no audit, not forced, or not revealed)
	ForcedSegment *uint64 `json:"forced_segment,omitempty"`
}

// demoResult is the JSON summary, the last line of `veritrain demo`.
type demoResult struct {
	Model          string            `json:"model"`
	Steps          uint64            `json:"steps"`
	Interval       uint64            `json:"interval"`
	Cheat          string            `json:"cheat"`
	Tasks          []demoTask        `json:"tasks"`
	TasksFinished  int               `json:"tasks_finished"`
	SolversPaid    int               `json:"solvers_paid"`
	SolversSlashed int               `json:"solvers_slashed"`
	DisputeMoves   int               `json:"dispute_moves"` // moves the game accepted (its Moved logs), timeouts included
	GasUsed        uint64            `json:"gas_used"`      // every receipt's gasUsed, deployments included
	Checked        int               `json:"segments_checked"`
	Challenged     int               `json:"challenges"`
	Free           map[string]string `json:"free_ether"`
	ZkProofs       int               `json:"zk_proofs"` // element proofs the game accepted (--zk)
	// the audit (demo_audit.go): attestations committed, jackpot shares paid to finders
	// of forced errors, lazy attesters' stakes slashed, attestations void (segment f+1
	// of a forced task: their start was the decoy; stake back), the whistleblower's work
	Attestations          int     `json:"attestations"`
	JackpotsPaid          int     `json:"jackpots_paid"`
	LazySlashed           int     `json:"lazy_slashed"`
	VoidAttestations      int     `json:"void_attestations"`
	WhistleblowerChecks   int     `json:"whistleblower_checks"`
	WhistleblowerDisputes int     `json:"whistleblower_disputes"`
	Blocks                uint64  `json:"blocks"`
	WallSeconds           float64 `json:"wall_seconds"`
}

// demoCheats are the cheats --cheat accepts, for its help and its error.
const demoCheats = "none, bit, op, lr, skip, state, order, data, fabricate, withhold or stall"

// demoCheat is how the cheating solver cheats: the fields of solver.Config that
// make a dishonest solver (netsim.Cheat, shared with the network benchmark).
func demoCheat(cheat string, tk *task.Task) (solver.Config, error) {
	c, err := netsim.Cheat(cheat, tk)
	if err != nil {
		return solver.Config{}, usageError{fmt.Errorf("--cheat %q: want %s", cheat, demoCheats)}
	}
	return c, nil
}

func newDemoCmd() *cobra.Command {
	var cfg demoConfig
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "A submitter, an honest and a cheating solver and two verifiers on an embedded chain",
		Long: "Deploys the contracts on an in-process chain and runs, in this one process, a submitter\n" +
			"posting real training tasks, an honest solver, a cheating solver (--cheat) and two\n" +
			"verifiers (one re-runs every segment, one its assigned segment), which play any dispute\n" +
			"on the contract. It logs each event as it happens and prints a JSON summary last.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !asJSON && isTerminal(cmd.ErrOrStderr()) {
				cfg.progress = cmd.ErrOrStderr()
			}
			cfg.consoleWait = cfg.console != ""
			if cfg.console != "" && !cmd.Flags().Changed("pace") {
				cfg.pace = 500 * time.Millisecond // a dispute a person can watch narrow
			}
			if (cfg.zk || cfg.console != "") && !cmd.Flags().Changed("cheat") {
				// a dispute that reaches the trace level: the proof ends it there, and the
				// console shows it narrowed down to one float32 operation (a flipped bit
				// leaves the cheater no trace to open: it loses on time, one level up)
				cfg.cheat = "op"
			}
			res, err := runDemo(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if !asJSON {
				fmt.Fprintf(out, "%d task(s) finished: %d solver(s) paid, %d slashed; %d challenge(s), %d dispute move(s), %d gas; %.1f s\n",
					res.TasksFinished, res.SolversPaid, res.SolversSlashed, res.Challenged, res.DisputeMoves, res.GasUsed, res.WallSeconds)
			}
			return json.NewEncoder(out).Encode(res)
		},
	}
	cmd.Flags().StringVar(&cfg.console, "console", "", "serve the console (the market's live web page) on this address, e.g. 127.0.0.1:8080, during the demo and after it until Ctrl-C")
	cmd.Flags().DurationVar(&cfg.pace, "pace", 0, "pause this long after each round of moves while a task is in dispute, to watch it narrow on the console (default 500ms with --console, else 0)")
	cmd.Flags().StringVar(&cfg.model, "model", "mnist-mlp", "built-in model: "+strings.Join(train.BuiltinNames(), ", ")+" (tiny-gpt: a transformer on the State of the Union addresses; try --steps 8 --interval 4)")
	cmd.Flags().Uint64Var(&cfg.steps, "steps", 200, "training steps of each task")
	cmd.Flags().Uint64Var(&cfg.interval, "interval", 20, "steps per checkpoint")
	cmd.Flags().IntVar(&cfg.tasks, "tasks", 2, "tasks the submitter posts")
	cmd.Flags().StringVar(&cfg.cheat, "cheat", "bit", "the cheating solver's cheat: none (it is honest too), bit (one bit of a backward node), op (one scalar operation of a backward node; the default with --zk or --console), "+
		"lr (another learning rate), skip (a skipped step), state (wrong weights after one step), order (another data order), "+
		"fabricate (a made-up trace and final model), withhold (wrong, and serves no checkpoint), stall (stops answering)")
	cmd.Flags().BoolVar(&cfg.zk, "zk", false, "settle the trace level of disputes with one Groth16 proof (keys from the public, insecure dev setup, "+
		"generated once into the user cache: minutes the first time)")
	cmd.Flags().Uint16Var(&cfg.forcedBps, "forced-error-bps", 10000, "probability (basis points) that a task carries a forced error (0: none)")
	cmd.Flags().IntVar(&cfg.attesters, "attesters", 12, "extra verifiers that join the attestations, re-run and attest the segment drawn for them")
	cmd.Flags().IntVar(&cfg.lazy, "lazy-verifiers", 8, "extra verifiers that attest the solver's posted hash without computing")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print only the JSON summary (and no progress bars)")
	return cmd
}

// demoConfig is what `veritrain demo` runs.
type demoConfig struct {
	model           string
	steps, interval uint64
	tasks           int
	cheat           string
	zk              bool      // element judge set; every party proves with the dev keys
	forcedBps       uint16    // the audit's forced-error probability (demo_audit.go)
	attesters, lazy int       // extra attesting verifiers, diligent and lazy
	progress        io.Writer // progress bars go here; nil: none
	// console: the address the demo serves its console on ("" none); the console stays
	// up after the demo until ctx ends when consoleWait is set (the command's Ctrl-C),
	// and consoleReady (tests) learns its URL.
	console      string
	consoleWait  bool
	consoleReady func(url string)
	// pace is a pause after each round of the parties while a task is in dispute, so
	// that people watching the console see the game narrow (0: none)
	pace time.Duration
}

// demoCast is the demo's parties.
type demoCast struct {
	sub       *onchain.Market
	solvers   []*solver.Solver
	verifiers []*verifier.Verifier
	names     map[common.Address]string
	// the audit's extra parties (demo_audit.go)
	attesters, lazy []*verifier.Verifier
	whistleblowers  []*whistleblower.Whistleblower
	// pace: the pause after a round while any of ids is in dispute (demoConfig.pace)
	pace time.Duration
	ids  []uint64
}

func runDemo(ctx context.Context, cfg demoConfig) (*demoResult, error) {
	start := time.Now()
	log := slog.Default()
	if cfg.tasks < 1 {
		return nil, usageError{fmt.Errorf("--tasks %d: want at least 1", cfg.tasks)}
	}
	if _, err := demoCheat(cfg.cheat, &task.Task{Spec: &train.Spec{}}); err != nil {
		return nil, err
	}
	spec, err := train.Builtin(cfg.model)
	if err != nil {
		return nil, usageError{err}
	}
	opts := task.Options{AllowUnjudged: true}
	if err := task.Judgeable(spec, opts); err != nil {
		return nil, usageError{err}
	}
	if cfg.forcedBps > 10000 || cfg.attesters < 0 || cfg.lazy < 0 {
		return nil, usageError{fmt.Errorf("--forced-error-bps %d, --attesters %d, --lazy-verifiers %d: want at most 10000 and no negative count",
			cfg.forcedBps, cfg.attesters, cfg.lazy)}
	}
	sim, err := chain.NewSim(chain.WithAccounts(demoAccounts(cfg)), chain.WithOsakaRules())
	if err != nil {
		return nil, err
	}
	defer sim.Close()
	var prover *proofs.Prover
	var judge common.Address // the game's judge is fixed at its deployment: deploy it first
	if cfg.zk {
		if prover, judge, err = demoZk(ctx, sim, log); err != nil {
			return nil, err
		}
	}
	gameAt, marketAt, _, err := netsim.Deploy(ctx, sim, demoDeployer, netsim.Contracts{FanoutBits: 4, ElementJudge: judge,
		UnbondingDelay: 3 * 24 * 3600, Treasury: sim.Accounts()[demoTreasury].Address, WinnerShareBps: 5000})
	if err != nil {
		return nil, err
	}
	log.Info("contracts deployed", "game", gameAt.Hex(), "market", marketAt.Hex())
	market := func(acc int) (*onchain.Market, error) {
		o, err := chain.Transactor(ctx, sim, acc)
		if err != nil {
			return nil, err
		}
		m := onchain.NewMarket(sim, marketAt, o)
		m.Prover = prover
		return m, nil
	}
	cast := &demoCast{names: map[common.Address]string{}}
	if cast.sub, err = market(demoSubmitter); err != nil {
		return nil, err
	}
	consoleURL := ""
	if cfg.console != "" {
		url, stop, err := serveHTTP(cfg.console, console.New(console.Config{Market: cast.sub, Log: log, AllowPrivate: true,
			Poll: 250 * time.Millisecond}), log, "console")
		if err != nil {
			return nil, usageError{fmt.Errorf("--console: %w", err)}
		}
		defer stop()
		consoleURL = url
		log.Info("console: open it in a browser", "url", url)
		if cfg.consoleReady != nil {
			cfg.consoleReady(url)
		}
	}

	// the submitter posts the tasks (the same spec: each solver checks its roots)
	tr, err := train.NewTrainer(spec)
	if err != nil {
		return nil, err
	}
	tk, err := task.Build(ctx, tr, cfg.steps, cfg.interval, opts)
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
	ids := make([]uint64, cfg.tasks)
	for i := range ids {
		if ids[i], err = cast.sub.PostAudited(ctx, tk.Roots(), terms, demoAudit(cfg), chain.Ether(2)); err != nil {
			return nil, err
		}
		log.Info("task posted", "task", ids[i], "model", spec.Name, "steps", cfg.steps, "interval", cfg.interval,
			"graph_nodes", len(tk.Nodes), "reward_ether", 2)
	}

	cheat, err := demoCheat(cfg.cheat, tk)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "veritrain-demo-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	urls := map[common.Address]string{}
	bars := newDemoBars(cfg.progress)
	for _, sc := range []struct {
		acc   int
		name  string
		cheat solver.Config
	}{{demoHonest, "honest", solver.Config{}}, {demoCheater, "cheater", cheat}} {
		m, err := market(sc.acc)
		if err != nil {
			return nil, err
		}
		// the server first: the solver announces its URL on chain (where the console
		// finds its losses); the handler reaches the solver once it exists
		var ready atomic.Pointer[solver.Solver]
		url, stop, err := serveHTTP("127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if sv := ready.Load(); sv != nil {
				sv.Handler().ServeHTTP(w, r)
				return
			}
			http.Error(w, "starting", http.StatusServiceUnavailable)
		}), log, "checkpoint server")
		if err != nil {
			return nil, err
		}
		defer stop()
		sv, err := solver.New(solver.Config{Market: m, Specs: task.BuiltinSpecs, Dir: filepath.Join(dir, sc.name),
			Stake: chain.Ether(2), Task: opts, Fault: sc.cheat.Fault, Stall: sc.cheat.Stall, Fabricate: sc.cheat.Fabricate,
			Withhold: sc.cheat.Withhold, Progress: bars.progress(sc.name), Announce: &onchain.Announcement{Role: "solver", URL: url},
			Log: log.With("solver", sc.name)})
		if err != nil {
			return nil, err
		}
		ready.Store(sv)
		urls[m.Me()], cast.names[m.Me()] = url, sc.name
		cast.solvers = append(cast.solvers, sv)
		log.Info("solver ready", "solver", sc.name, "addr", m.Me().Hex(), "checkpoints", url)
	}
	directory := func(a common.Address) (string, bool) { u, ok := urls[a]; return u, ok }
	for _, vc := range []struct {
		acc  int
		name string
		all  bool
	}{{demoVerifierA, "a (every segment)", true}, {demoVerifierB, "b (its assigned segment)", false}} {
		m, err := market(vc.acc)
		if err != nil {
			return nil, err
		}
		vf, err := verifier.New(verifier.Config{Market: m, Specs: task.BuiltinSpecs, Bond: chain.Ether(1), CheckAll: vc.all, Task: opts,
			Checkpoints: &verifier.HTTP{AllowPrivate: true, URL: directory, Log: log}, Log: log.With("verifier", vc.name),
			Dir: filepath.Join(dir, "verifier-"+strconv.Itoa(vc.acc))})
		if err != nil {
			return nil, err
		}
		cast.verifiers = append(cast.verifiers, vf)
	}
	if err := cast.addAuditors(ctx, cfg, market, directory, dir, opts, log); err != nil {
		return nil, err
	}

	cast.pace, cast.ids = cfg.pace, ids
	if err := cast.play(ctx, sim, ids); err != nil {
		return nil, err
	}
	bars.finish()
	res, err := demoSummary(ctx, sim, cast, cfg, ids, gameAt, start)
	if err == nil && consoleURL != "" && cfg.consoleWait {
		log.Info("demo done; the console stays up until interrupted (Ctrl-C)", "url", consoleURL)
		<-ctx.Done()
	}
	return res, err
}

// play ticks every party in turn until every task is over; a round in which nobody
// sent a transaction moves the chain's clock an hour on (deadlines, windows, the seed
// block).
func (c *demoCast) play(ctx context.Context, sim *chain.Sim, ids []uint64) error {
	if err := netsim.PlayUntil(ctx, sim, c.sub, ids, 2000*len(ids), time.Hour, c.tick); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	return nil
}

func (c *demoCast) tick(ctx context.Context) error {
	for i, sv := range c.solvers {
		if err := sv.Tick(ctx); err != nil {
			return fmt.Errorf("solver %d: %w", i, err)
		}
	}
	for i, vf := range c.verifiers {
		if err := vf.Tick(ctx); err != nil {
			return fmt.Errorf("verifier %d: %w", i, err)
		}
	}
	if err := c.tickAuditors(ctx); err != nil {
		return err
	}
	return c.wait(ctx)
}

// wait pauses c.pace when a task is in dispute: one move per round, at a pace a person
// can follow on the console.
func (c *demoCast) wait(ctx context.Context) error {
	if c.pace <= 0 {
		return nil
	}
	for _, id := range c.ids {
		t, err := c.sub.Task(ctx, id)
		if err != nil {
			return err
		}
		if t.Status == onchain.StatusDisputed {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(c.pace):
			}
			return nil
		}
	}
	return nil
}

// demoSummary reads the outcome from the chain: each task's status, balances, the
// game's transactions and every block's gas.
func demoSummary(ctx context.Context, sim *chain.Sim, c *demoCast, cfg demoConfig, ids []uint64, gameAt common.Address, start time.Time) (*demoResult, error) {
	res := &demoResult{Model: cfg.model, Steps: cfg.steps, Interval: cfg.interval, Cheat: cfg.cheat, Free: map[string]string{}}
	for _, id := range ids {
		t, err := c.sub.Task(ctx, id)
		if err != nil {
			return nil, err
		}
		dt := demoTask{ID: id, Solver: c.names[t.Solver], Status: onchain.StatusName(t.Status), TraceRoot: hex.EncodeToString(t.TraceRoot[:])}
		a, err := c.sub.Audit(ctx, id)
		if err != nil {
			return nil, err
		}
		if a.Forced {
			f := a.ForcedSegment
			dt.ForcedSegment = &f
		}
		res.Tasks = append(res.Tasks, dt)
		if t.Status == onchain.StatusFinalized || t.Status == onchain.StatusFailed {
			res.TasksFinished++
		}
	}
	for _, sv := range c.solvers {
		res.SolversPaid += sv.Paid
		res.SolversSlashed += sv.Slashed
	}
	for _, vf := range c.verifiers {
		res.Checked += vf.Checked
		res.Challenged += vf.Challenged
	}
	c.auditSummary(res)
	for name, acc := range map[string]int{"honest": demoHonest, "cheater": demoCheater, "verifier_a": demoVerifierA,
		"verifier_b": demoVerifierB, "submitter": demoSubmitter, "treasury": demoTreasury, "whistleblower": demoWhistleblower} {
		f, err := c.sub.Free(ctx, sim.Accounts()[acc].Address)
		if err != nil {
			return nil, err
		}
		res.Free[name] = chain.FormatEther(f, 3)
	}
	var err error
	if res.Blocks, err = sim.BlockNumber(ctx); err != nil {
		return nil, err
	}
	for n := uint64(1); n <= res.Blocks; n++ {
		b, err := sim.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("demo: block %d: %w", n, err)
		}
		res.GasUsed += b.GasUsed() // the sum of the block's receipts' gasUsed
	}
	// moves as the daemons see them: the game's Moved logs (whoever sent them)
	logs, err := onchain.MoveLogs(ctx, sim, gameAt, nil, 1, res.Blocks)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	for i := range logs {
		mv, err := onchain.DecodeMoveLog(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("demo: %w", err)
		}
		res.DisputeMoves++
		switch mv.Move.(type) {
		case model.ProveElement, model.RefuteElement:
			res.ZkProofs++
		}
	}
	res.WallSeconds = time.Since(start).Seconds()
	slog.Info("demo over", "tasks_finished", res.TasksFinished, "solvers_paid", res.SolversPaid, "solvers_slashed", res.SolversSlashed,
		"dispute_moves", res.DisputeMoves, "gas_used", res.GasUsed)
	return res, nil
}

// demoZkTerms is the element circuit size of --zk: the MLP's matmuls have inner
// dimensions 784, 256, 64 and 10, so one 784-term circuit judges them all.
const demoZkTerms = 784

// demoZk loads (or generates once, into the user cache) the dev keys of the element
// circuit and deploys an element judge over the committed verifier, for the game to name.
func demoZk(ctx context.Context, sim *chain.Sim, log *slog.Logger) (*proofs.Prover, common.Address, error) {
	root, err := os.UserCacheDir()
	if err != nil {
		return nil, common.Address{}, fmt.Errorf("demo: --zk needs a cache folder: %w", err)
	}
	start := time.Now()
	p, err := proofs.CachedDevProver(ctx, root, demoZkTerms, log)
	if err != nil {
		return nil, common.Address{}, err
	}
	j, err := onchain.DeployElementJudge(ctx, sim, demoDeployer, demoZkTerms)
	if err != nil {
		return nil, common.Address{}, err
	}
	log.Info("element judge deployed", "judge", j.Hex(), "terms", demoZkTerms, "keys_took", time.Since(start).Round(time.Millisecond))
	return p, j, nil
}

// demoBars draws one training progress bar per task on a terminal.
type demoBars struct {
	w    io.Writer
	mu   sync.Mutex
	bars map[string]*progressbar.ProgressBar
}

func newDemoBars(w io.Writer) *demoBars {
	return &demoBars{w: w, bars: map[string]*progressbar.ProgressBar{}}
}

// progress is the solver's Progress hook (nil without a terminal).
func (d *demoBars) progress(solverName string) func(id, done, total uint64) {
	if d.w == nil {
		return nil
	}
	return func(id, done, total uint64) {
		d.mu.Lock()
		defer d.mu.Unlock()
		key := fmt.Sprintf("%s/%d", solverName, id)
		bar := d.bars[key]
		if bar == nil {
			bar = progressbar.NewOptions64(int64(total), progressbar.OptionSetWriter(d.w),
				progressbar.OptionSetDescription(fmt.Sprintf("task %d: %s solver training", id, solverName)),
				progressbar.OptionShowCount(), progressbar.OptionSetItsString("steps"), progressbar.OptionShowIts(),
				progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
			d.bars[key] = bar
		}
		_ = bar.Set64(int64(done))
		if done == total {
			_ = bar.Finish()
		}
	}
}

func (d *demoBars) finish() {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, b := range d.bars {
		_ = b.Finish()
	}
}
