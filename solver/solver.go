package solver

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/train/rundir"
)

// ErrConfig: a Config the solver cannot run with.
var ErrConfig = errors.New("solver: bad config")

// Config is what a solver is handed.
type Config struct {
	Market *onchain.Market
	Specs  task.Specs
	Dir    string   // run folders, one per task
	Stake  *big.Int // at most this much of the account's ETH is deposited as stake
	Task   task.Options
	// Fault makes a dishonest solver (tests and simulations): it trains, commits and
	// defends this computation (a flipped bit, another learning rate, skipped steps...).
	Fault pinpoint.Fault
	// Stall: never answer a dispute (tests of the timeout).
	Stall bool
	// Fabricate: never train; commit a made-up trace ending in a made-up final model,
	// and serve the list of its hashes only (a cheat: the verifier must catch it).
	Fabricate bool
	// Withhold: serve the checkpoint list but never a checkpoint (a cheat against
	// verifiers that need the blobs: the verifier re-runs from the initial state).
	Withhold bool
	// Progress, when set, is told after each training step (a progress bar).
	Progress func(id, done, total uint64)
	Log      *slog.Logger
}

// job is one claimed task.
type job struct {
	id     uint64
	tk     *task.Task
	tr     *train.Trainer
	run    *rundir.Run
	hashes [][32]byte
	agent  *onchain.Agent
	game   *big.Int
	done   bool
	stuck  bool // a fabricated trace was challenged (logged once)
}

// Solver is the solver daemon: Tick makes the decisions of one round; Run ticks.
type Solver struct {
	cfg  Config
	log  *slog.Logger
	mu   sync.Mutex // guards jobs for the HTTP handler
	jobs map[uint64]*job
	// Paid counts finalized tasks; Slashed counts lost ones.
	Paid, Slashed int
}

// New checks cfg and returns a solver.
func New(cfg Config) (*Solver, error) {
	if cfg.Market == nil || cfg.Specs == nil || cfg.Dir == "" || cfg.Stake == nil || cfg.Stake.Sign() <= 0 {
		return nil, fmt.Errorf("%w: market, specs, dir and a positive stake are required", ErrConfig)
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Solver{cfg: cfg, log: log.With("role", "solver", "addr", cfg.Market.Me().Hex()[:10]), jobs: map[uint64]*job{}}, nil
}

// Run ticks every interval until ctx is done.
func (s *Solver) Run(ctx context.Context, every time.Duration) error {
	return daemon.Loop(ctx, every, s.log, s.Tick)
}

// Tick makes one round of decisions: advance the claimed tasks (train and commit,
// answer a dispute, settle, finalize), then claim an open task if none is in hand. It
// returns whether it did anything.
func (s *Solver) Tick(ctx context.Context) error {
	active := false
	for _, j := range s.jobList() {
		if j.done {
			continue
		}
		active = true
		if err := s.advance(ctx, j); err != nil {
			return fmt.Errorf("task %d: %w", j.id, err)
		}
	}
	if active {
		return nil
	}
	return s.claimOne(ctx)
}

func (s *Solver) jobList() []*job {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*job, 0, len(s.jobs))
	for _, j := range s.jobs {
		out = append(out, j)
	}
	return out
}

func (s *Solver) now(ctx context.Context) (uint64, error) {
	h, err := s.cfg.Market.B.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("solver: head: %w", err)
	}
	return h.Time, nil
}

// claimOne claims the first open task it knows the spec of and can stake for.
func (s *Solver) claimOne(ctx context.Context) error {
	m := s.cfg.Market
	n, err := m.TaskCount(ctx)
	if err != nil {
		return err
	}
	now, err := s.now(ctx)
	if err != nil {
		return err
	}
	for id := uint64(1); id <= n; id++ {
		s.mu.Lock()
		_, seen := s.jobs[id]
		s.mu.Unlock()
		if seen {
			continue
		}
		t, err := m.Task(ctx, id)
		if err != nil {
			return err
		}
		if t.Status != onchain.StatusOpen || t.Terms.ClaimBy < now || t.Terms.SolverStake.Cmp(s.cfg.Stake) > 0 {
			continue
		}
		spec, ok := s.cfg.Specs(t.Spec.SpecHash)
		if !ok {
			continue
		}
		j, err := s.prepare(ctx, id, t, spec)
		if err != nil {
			s.log.Warn("task not taken", "task", id, "err", err)
			s.mu.Lock()
			s.jobs[id] = &job{id: id, done: true}
			s.mu.Unlock()
			continue
		}
		free, err := m.Free(ctx, m.Me())
		if err != nil {
			return err
		}
		if need := new(big.Int).Sub(t.Terms.SolverStake, free); need.Sign() > 0 {
			if err := m.Deposit(ctx, need); err != nil {
				return err
			}
		}
		if err := m.Claim(ctx, id); err != nil {
			return err
		}
		s.mu.Lock()
		s.jobs[id] = j
		s.mu.Unlock()
		s.log.Info("claimed", "task", id, "spec", spec.Name, "steps", t.Spec.Steps, "interval", t.Spec.Interval)
		return nil
	}
	return nil
}

// prepare lowers the spec and checks the on-chain roots (a wrong spec is the
// submitter's lie: claiming it would mean defending against it).
func (s *Solver) prepare(ctx context.Context, id uint64, t taskmarket.TaskMarketTask, spec *train.Spec) (*job, error) {
	tr, err := train.NewTrainer(spec)
	if err != nil {
		return nil, err
	}
	tk, err := task.Build(ctx, tr, t.Spec.Steps, t.Spec.Interval, s.cfg.Task)
	if err != nil {
		return nil, err
	}
	if err := tk.Check(t.Spec); err != nil {
		return nil, err
	}
	return &job{id: id, tk: tk, tr: tr}, nil
}

func (s *Solver) advance(ctx context.Context, j *job) error {
	m := s.cfg.Market
	t, err := m.Task(ctx, j.id)
	if err != nil {
		return err
	}
	switch t.Status {
	case onchain.StatusClaimed:
		if j.hashes == nil && s.cfg.Fabricate {
			s.fabricate(j)
		}
		if j.hashes == nil {
			if err := s.train(ctx, j); err != nil {
				return err
			}
		}
		if err := m.CommitTrace(ctx, j.id, j.hashes); err != nil {
			return err
		}
		root := model.NewTree(j.hashes).Root()
		s.log.Info("committed", "task", j.id, "trace_root", hex.EncodeToString(root[:8]), "checkpoints", len(j.hashes))
	case onchain.StatusCommitted:
		now, err := s.now(ctx)
		if err != nil {
			return err
		}
		if now >= t.WindowEnd {
			if err := m.Finalize(ctx, j.id); err != nil {
				return err
			}
			j.done = true
			s.Paid++
			s.log.Info("finalized: paid", "task", j.id, "reward", t.Reward)
		}
	case onchain.StatusDisputed:
		return s.defend(ctx, j, t)
	case onchain.StatusFailed:
		j.done = true
		s.Slashed++
		s.log.Warn("task failed: stake slashed", "task", j.id)
	default:
		j.done = true
	}
	return nil
}

// train runs the task through the solver's Computation, recording a checkpoint every
// interval steps.
func (s *Solver) train(ctx context.Context, j *job) error {
	tk := j.tk
	run, err := rundir.Create(filepath.Join(s.cfg.Dir, "task-"+strconv.FormatUint(j.id, 10)), tk.Spec, tk.Interval, tk.Steps)
	if err != nil {
		return err
	}
	comp, err := pinpoint.NewComputation(tk, j.tr, s.cfg.Fault)
	if err != nil {
		return err
	}
	// the recorder hashes, compresses and writes checkpoints while training goes on
	rec := run.Record(ctx)
	st := tk.Init
	if err := rec.Offer(st); err != nil {
		return errors.Join(err, rec.Close())
	}
	start := time.Now()
	for i := uint64(0); i < tk.Steps; i++ {
		if err = ctx.Err(); err == nil {
			st, err = comp.Advance(i, st)
		}
		if err == nil {
			err = rec.Offer(st)
		}
		if err != nil {
			return errors.Join(err, rec.Close())
		}
		if s.cfg.Progress != nil {
			s.cfg.Progress(j.id, i+1, tk.Steps)
		}
	}
	if err := rec.Close(); err != nil {
		return err
	}
	if !run.Complete() {
		return fmt.Errorf("solver: task %d: run incomplete after training (a state misstates its step?)", j.id)
	}
	s.mu.Lock()
	j.run, j.hashes = run, run.Hashes()
	s.mu.Unlock()
	s.log.Info("trained", "task", j.id, "steps", tk.Steps, "seconds", time.Since(start).Seconds())
	return nil
}

// fabricate makes up a trace without training: the task's initial state (the
// contract checks leaf 0), made-up middle checkpoints and a made-up final model (the
// initial weights nudged, stamped with the last step).
func (s *Solver) fabricate(j *job) {
	tk := j.tk
	n := tk.Segments()
	hashes := make([][32]byte, n+1)
	hashes[0] = tk.Init.Hash()
	for i := uint64(1); i < n; i++ {
		hashes[i] = sha256.Sum256(fmt.Appendf(nil, "fabricated checkpoint %d of task %d", i, j.id))
	}
	final := *tk.Init
	final.Step, final.DataCursor = tk.Steps, tk.Steps*uint64(tk.Graph.Batch)
	final.Tensors = make([]checkpoint.Tensor, len(tk.Init.Tensors))
	for i, x := range tk.Init.Tensors {
		x.Data = slices.Clone(x.Data)
		for e := range x.Data {
			x.Data[e] *= 0.5
		}
		final.Tensors[i] = x
	}
	hashes[n] = final.Hash()
	s.mu.Lock()
	j.hashes = hashes
	s.mu.Unlock()
	s.log.Warn("fabricated a trace without training", "task", j.id, "checkpoints", len(hashes))
}

// defend plays the solver's side of the task's game.
func (s *Solver) defend(ctx context.Context, j *job, t taskmarket.TaskMarketTask) error {
	m := s.cfg.Market
	if j.run == nil { // a fabricated trace: no state behind it, no move to make
		if !j.stuck {
			j.stuck = true
			s.log.Error("challenged on a fabricated trace: cannot defend", "task", j.id)
		}
		return nil
	}
	if j.agent == nil || j.game.Cmp(t.Game) != 0 {
		g, err := m.Game(ctx)
		if err != nil {
			return err
		}
		seg, block, err := m.ChallengeOf(ctx, j.id, t.Game, 0)
		if err != nil {
			return err
		}
		comp, err := pinpoint.NewComputation(j.tk, j.tr, s.cfg.Fault)
		if err != nil {
			return err
		}
		start, err := j.run.Load(ctx, int(seg))
		if err != nil {
			return err
		}
		comp.AddState(seg*j.tk.Interval, start)
		hdr, err := m.B.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
		if err != nil {
			return fmt.Errorf("solver: block %d: %w", block, err)
		}
		fb, err := g.FanoutBits(ctx)
		if err != nil {
			return err
		}
		sol := &pinpoint.Solver{Task: j.tk, View: comp}
		var strat model.Strategy = sol
		if s.cfg.Stall {
			strat = model.NewStaller(sol, 0)
		}
		p, err := pinpoint.NewPlayer(model.Solver, onchain.GameSetup(t, j.hashes[seg], j.hashes[seg+1], seg), fb, hdr.Time, strat, comp.Err, sol.Err)
		if err != nil {
			return err
		}
		j.agent = onchain.NewAgent(g, t.Game, p, m.Opts, t.Solver, t.Challenger, block, s.log)
		j.game = t.Game
		s.log.Warn("challenged", "task", j.id, "segment", seg, "game", t.Game, "by", t.Challenger.Hex()[:10])
	}
	r, err := j.agent.Poll(ctx)
	if errors.Is(err, onchain.ErrNoMove) || errors.Is(err, onchain.ErrRejected) {
		// no valid move: the clock runs out and the other party claims the timeout (a
		// computation that is not the spec's gets here; an honest one never does)
		s.log.Error("cannot move", "task", j.id, "err", err)
		return nil
	}
	if err != nil {
		return err
	}
	if r.Done {
		s.log.Info("game over", "task", j.id, "result", r.Result.String())
		if err := m.Settle(ctx, j.id); err != nil {
			if t, terr := m.Task(ctx, j.id); terr == nil && t.Status != onchain.StatusDisputed {
				return nil // the other party settled first
			}
			return err
		}
	}
	return nil
}

// Handler serves the solver's checkpoints: GET /tasks/<id>/trace is the JSON list of
// the task's checkpoint hashes; /tasks/<id>/checkpoints/<root> the checkpoint blobs
// (checkpoint/store's handler over the task's run folder).
func (s *Solver) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rest, ok := strings.CutPrefix(r.URL.Path, "/tasks/")
		if !ok {
			http.NotFound(w, r)
			return
		}
		idStr, sub, _ := strings.Cut(rest, "/")
		id, err := strconv.ParseUint(idStr, 10, 64)
		if err != nil {
			http.Error(w, "bad task id", http.StatusBadRequest)
			return
		}
		s.mu.Lock()
		var hashes [][32]byte
		var st *store.Store
		if j := s.jobs[id]; j != nil {
			hashes = j.hashes
			if j.run != nil && !s.cfg.Withhold {
				st = j.run.Store
			}
		}
		s.mu.Unlock()
		if hashes == nil || (sub != "trace" && st == nil) {
			http.NotFound(w, r)
			return
		}
		if sub == "trace" {
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(TraceJSON(hashes))
			return
		}
		http.StripPrefix("/tasks/"+idStr, store.NewHandler(st, s.log)).ServeHTTP(w, r)
	})
}

// Trace is the JSON body of /tasks/<id>/trace.
type Trace struct {
	Hashes []string `json:"hashes"`
}

// TraceJSON encodes checkpoint hashes.
func TraceJSON(hashes [][32]byte) Trace {
	t := Trace{Hashes: make([]string, len(hashes))}
	for i, h := range hashes {
		t.Hashes[i] = hex.EncodeToString(h[:])
	}
	return t
}
