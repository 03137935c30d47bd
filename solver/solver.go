package solver

import (
	"cmp"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/gpu"
	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/internal/faults"
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
	// Resolve, when set, finds a task's spec with its dataset and initial weights,
	// fetching and re-hashing what the solver lacks (package content): it runs before
	// the claim, on a goroutine with Config.Background, so a claimed task never waits
	// on a submitter who stops serving. Nil: Specs only (the built-in specs).
	Resolve task.Resolve
	// Library holds the datasets that specs name by root (nil: the default library);
	// Resolve fetches into it.
	Library *dataset.Library
	// MaxData bounds the memory a task's dataset takes once read (train.Options'
	// MaxDataBytes; 0: no bound): the manifest states it, and stating costs nothing.
	MaxData int64
	// Content, when set, serves what the solver fetched (content.Store.Handler: specs
	// and datasets by hash) beside its checkpoints, so that verifiers are not at the
	// mercy of a submitter who stops serving. Handler sends it every path outside
	// /tasks/.
	Content http.Handler
	Dir     string // run folders, one per task (task-<id>)
	// Stake is the most ETH the solver keeps locked as stake over all its claimed tasks
	// at once: a task is claimed only if its stake fits beside the stakes already
	// locked, and only if the account's free balance plus its wallet can pay it.
	Stake *big.Int
	// MaxTasks is the most tasks in hand at once (0 means 1). Training is a queue,
	// one task at a time in claim order: the kernels already use every core, so two
	// trainings side by side would only finish both later.
	MaxTasks int
	// Background trains on a goroutine, so that a Tick never blocks on training and
	// the other tasks' disputes, settlements and finalizations keep being answered
	// (the daemon command sets it). Without it a Tick trains the next queued task to
	// the end before it returns: what step-by-step tests and the demo want.
	Background bool
	Task       task.Options
	// Fault makes a dishonest solver (tests and simulations): it trains, commits and
	// defends this computation (a flipped bit, another learning rate, skipped steps...).
	Fault pinpoint.Fault
	// FaultFor, when set, is the Fault of each task, made from the task's own graph (a
	// node named in it, a step in its middle): what a dishonest daemon uses, which
	// meets its tasks only as they come. It replaces Fault.
	FaultFor func(*task.Task) pinpoint.Fault
	// Stall: never answer a dispute (tests of the timeout).
	Stall bool
	// Fabricate: never train; commit a made-up trace ending in a made-up final model,
	// and serve the list of its hashes only (a cheat: the verifier must catch it).
	Fabricate bool
	// Withhold: serve no checkpoint and answer no chunk request (a cheat against
	// verifiers that need the blobs, who re-run from the initial state, and against the
	// submitter, who asks for the final state on chain and gets the task failed).
	Withhold bool
	// Announce, when set, is published on the market (TaskMarket.announce) on the first
	// Tick, before anything is claimed or committed, unless the account's latest
	// announcement already says the same: how verifiers and fetchers find its
	// checkpoint server (URL) and what it trains on.
	Announce *onchain.Announcement
	// Progress, when set, is told after each training step (a progress bar).
	Progress func(id, done, total uint64)
	// Backend runs the training kernels (a GPU: cuda.Device); nil is the CPU. Every
	// backend lands on the same bits, so the choice is the solver's alone.
	Backend train.Backend
	// Terms are the least a task must offer to be claimed (terms.go): a submitter
	// chooses every term, and a trap (a commit window shorter than the training, a
	// task too large to hold) slashes whoever claims it.
	Terms Terms
	Log   *slog.Logger
}

// job is one claimed task.
type job struct {
	id     uint64
	tk     *task.Task
	tr     *train.Trainer
	run    *rundir.Run
	hashes [][32]byte
	losses []float32 // the training loss of each step trained so far (losses.go)
	// duels are the task's open disputes this solver defends, by game id: they run in
	// parallel (each challenger its own game); ended holds the games it is done with,
	// scanned the block its dispute logs were last read from.
	duels   map[string]*onchain.Duel
	ended   map[string]bool
	scanned uint64
	// comp is the one computation every duel of the task reads (starts: the segment
	// starts loaded into it): a sybil's hundredth game over a segment costs no more
	// memory than the first, and a hundred segments no more than the task's own run
	comp   *pinpoint.Computation
	starts map[uint64]bool
	done   bool
	stuck  bool  // a fabricated trace was challenged (logged once)
	status uint8 // the on-chain status last read
	// training: a background trainer owns tr and the run folder until it clears this
	// (under Solver.mu); trainErr is its outcome, retried on the next tick.
	training bool
	trainErr error
	forced   *forced // an audited task's forced-error draw (forced.go)
	// claimFixed: the task has no audit, or its claim hash is fixed on chain (forced.go)
	claimFixed bool
}

// Solver is the solver daemon: Tick makes the decisions of one round; Run ticks.
type Solver struct {
	cfg  Config
	log  *slog.Logger
	mu   sync.Mutex // guards jobs (the HTTP handler, background training)
	jobs map[uint64]*job
	// adopted: the tasks this account already holds on chain (a restart) were taken
	// back into jobs on the first tick.
	adopted bool
	wg      sync.WaitGroup  // background trainers
	skipped map[uint64]bool // tasks it will not claim (out of bounds, unknown spec, terms, kernels, stake: logged once)
	// follow reads the market's task events: open holds the tasks posted and not yet
	// claimed or ended (the claim candidates), mine the tasks this account claimed
	// (adopted on the first tick). A tick reads only these, never every task posted.
	follow onchain.TaskFollower
	open   map[uint64]bool
	mine   map[uint64]bool
	// costs caches each spec's measured step time and state size (terms.go).
	costs map[[32]byte]specCost
	// fetcher finds the claim candidates' specs with Config.Resolve (in the background
	// with Config.Background): nothing is claimed before its spec, data and initial
	// weights are here and re-hashed.
	fetcher *task.Fetcher
	// announced: Config.Announce is on chain (made, or found current) by this process:
	// it is made once, never again on every tick.
	announced bool
	// retry spaces out the actions whose transactions failed (announce, deposit and
	// claim, finalize, settle): none is resent on every poll.
	retry daemon.Retry
	// Paid counts finalized tasks; Slashed counts lost ones; Errors counts per-task
	// errors (logged; the other tasks go on).
	Paid, Slashed, Errors int
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
	if err := cfg.Terms.check(); err != nil {
		return nil, err
	}
	s := &Solver{cfg: cfg, log: log.With("role", "solver", "addr", cfg.Market.Me().Hex()[:10]), jobs: map[uint64]*job{},
		skipped: map[uint64]bool{}, follow: onchain.TaskFollower{M: cfg.Market}, open: map[uint64]bool{}, mine: map[uint64]bool{},
		costs:   map[[32]byte]specCost{},
		fetcher: &task.Fetcher{Specs: cfg.Specs, Resolve: cfg.Resolve, Sync: !cfg.Background, Library: cfg.Library}}
	s.retry.Log = s.log
	return s, nil
}

// Run ticks every interval until ctx is done, then waits for background training to
// stop (so that a restarted solver never shares a run folder with this one).
func (s *Solver) Run(ctx context.Context, every time.Duration) error {
	err := daemon.Loop(ctx, every, s.log, s.Tick)
	s.Wait()
	return err
}

// Wait blocks until no background training runs (it stops when the context of the
// Tick that started it is done).
func (s *Solver) Wait() {
	s.wg.Wait()
	s.fetcher.Wait()
}

func (s *Solver) maxTasks() int { return max(s.cfg.MaxTasks, 1) }

// fault is the computation task tk is trained and defended with (Config.FaultFor's,
// else Config.Fault).
func (s *Solver) fault(tk *task.Task) pinpoint.Fault {
	if s.cfg.FaultFor != nil {
		return s.cfg.FaultFor(tk)
	}
	return s.cfg.Fault
}

// Tick makes one round of decisions: on the first, take back the tasks this account
// holds on chain (a restart); then advance each task in hand (train and commit,
// answer a dispute, settle, finalize), then claim an open task if fewer than MaxTasks
// are in hand. Training started by a Tick runs under that Tick's context.
func (s *Solver) Tick(ctx context.Context) error {
	s.retry.Tick()
	if !s.adopted {
		if wait, err := daemon.PendingSent(ctx, s.cfg.Market.B, s.cfg.Market.Me(), s.log); err != nil || wait {
			return err // a restart: what an earlier process sent is not mined yet
		}
	}
	var errs []error
	if !s.announced {
		// once per process; a failure backs off and holds back claims, not the tasks
		// already in hand
		if _, err := s.retry.Try("announce", func() error { return s.announce(ctx) }); err != nil {
			errs = append(errs, fmt.Errorf("solver: %w", err))
		}
	}
	if err := s.events(ctx); err != nil {
		return errors.Join(append(errs, err)...)
	}
	s.adopt(ctx)
	s.adopted = true
	active := 0
	for _, j := range s.jobList() {
		if j.done {
			continue
		}
		active++
		if err := s.advance(ctx, j); err != nil {
			// one task's trouble must not starve the others' deadlines
			s.Errors++
			s.log.Error("task", "task", j.id, "err", err)
			errs = append(errs, fmt.Errorf("task %d: %w", j.id, err))
		}
	}
	if len(errs) > 0 || active >= s.maxTasks() || !s.announced {
		return errors.Join(errs...)
	}
	return s.claimOne(ctx)
}

// jobList is the jobs in id order (claim order: the training queue).
func (s *Solver) jobList() []*job {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*job, 0, len(s.jobs))
	for _, j := range s.jobs {
		out = append(out, j)
	}
	slices.SortFunc(out, func(a, b *job) int { return cmp.Compare(a.id, b.id) })
	return out
}

// InHand is the number of tasks the solver holds and has not seen end.
func (s *Solver) InHand() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, j := range s.jobs {
		if !j.done {
			n++
		}
	}
	return n
}

// announce publishes Config.Announce unless the chain already holds it.
func (s *Solver) announce(ctx context.Context) error {
	a := s.cfg.Announce
	if a == nil {
		s.announced = true
		return nil
	}
	m := s.cfg.Market
	if have, err := m.LatestAnnouncement(ctx, m.Me(), 0); err == nil && reflect.DeepEqual(have, normalized(*a)) {
		s.announced = true
		s.log.Info("announcement on chain is current", "url", a.URL, "gpus", len(a.GPUs))
		return nil
	}
	if err := m.Announce(ctx, *a); err != nil {
		return err
	}
	s.announced = true
	s.log.Info("announced", "url", a.URL, "gpus", len(a.GPUs), "version", a.Version)
	return nil
}

// normalized is a as it reads back from the chain (no GPUs encodes as an empty list).
func normalized(a onchain.Announcement) onchain.Announcement {
	if a.GPUs == nil {
		a.GPUs = []gpu.Device{}
	}
	return a
}

// Statuses counts the tasks the solver has held by their last-read on-chain status
// ("claimed", "committed", "disputed", "finalized", "failed", ...). Call it between
// ticks (the daemon's metrics do, on the tick's goroutine).
func (s *Solver) Statuses() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]int{}
	for _, j := range s.jobs {
		if j.tk != nil {
			out[statusName(j.status)]++
		}
	}
	return out
}

// events reads the market's task events since the last tick (from the market's first
// block on the first tick): posted tasks become claim candidates until claimed or
// ended; tasks this account claimed are remembered for adopt.
func (s *Solver) events(ctx context.Context) error {
	evs, err := s.follow.Poll(ctx)
	if err != nil {
		return fmt.Errorf("solver: %w", err)
	}
	me := s.cfg.Market.Me()
	for _, e := range evs {
		switch e.Kind {
		case onchain.EvPosted:
			s.open[e.ID] = true
		case onchain.EvClaimed:
			delete(s.open, e.ID)
			if e.Who == me {
				s.mine[e.ID] = true
			}
		case onchain.EvFinalized:
			delete(s.open, e.ID) // cancelled (or ended): nothing to claim
			delete(s.mine, e.ID)
		}
	}
	return nil
}

// adopt takes back the tasks this account holds on chain in a live status (found in
// its TaskClaimed events): after a restart, each continues where the chain and its run
// folder are (training resumes from the last checkpoint; a commitment already made is
// never made again; an open game is replayed from its moves' calldata and played on).
// A task it cannot read is tried again on the next tick (it holds a stake); one it
// cannot resume is logged and left. Either way the others go on.
func (s *Solver) adopt(ctx context.Context) {
	m := s.cfg.Market
	ids := make([]uint64, 0, len(s.mine))
	for id := range s.mine {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		s.mu.Lock()
		_, have := s.jobs[id]
		s.mu.Unlock()
		if have { // claimed by this process
			delete(s.mine, id)
			continue
		}
		t, err := m.Task(ctx, id)
		if err != nil {
			s.Errors++
			s.log.Error("cannot read a task it claimed (tried again next tick)", "task", id, "err", err)
			continue
		}
		delete(s.mine, id)
		if t.Solver != m.Me() || (t.Status != onchain.StatusClaimed && t.Status != onchain.StatusCommitted && t.Status != onchain.StatusDisputed) {
			continue
		}
		if err := daemon.CheckTask(t, s.cfg.Terms.MaxSteps); err != nil {
			s.log.Error("holds a task out of bounds: cannot resume it", "task", id, "err", err)
			continue
		}
		spec, ok := s.cfg.Specs(t.Spec.SpecHash) // fetched before the claim: in the store
		if !ok {
			s.log.Error("holds a task of an unknown spec: cannot resume it", "task", id)
			continue
		}
		j, err := s.prepare(ctx, id, t, spec)
		if err != nil {
			s.log.Error("cannot resume task", "task", id, "err", err)
			continue
		}
		if t.Status != onchain.StatusClaimed {
			if err := s.reopen(ctx, j, t); err != nil {
				s.log.Error("committed task without its checkpoints: cannot serve or defend it", "task", id, "err", err)
			}
		}
		s.mu.Lock()
		s.jobs[id] = j
		s.mu.Unlock()
		s.log.Info("resumed", "task", id, "status", statusName(t.Status), "checkpoints", len(j.hashes))
	}
}

// reopen loads a committed task's checkpoint list from its run folder (or makes the
// fabricated one again: it is deterministic) and checks it against the committed root.
func (s *Solver) reopen(ctx context.Context, j *job, t taskmarket.TaskMarketTask) error {
	if s.cfg.Fabricate {
		s.fabricate(j)
	} else {
		run, err := rundir.Create(s.runDir(j.id), j.tk.Spec, j.tk.Interval, j.tk.Steps)
		if err != nil {
			return err
		}
		if !run.Complete() {
			return fmt.Errorf("solver: task %d: run folder holds %d checkpoints, not the whole run", j.id, len(run.M.Checkpoints))
		}
		losses, err := readLosses(s.runDir(j.id), j.tk.Steps)
		if err != nil {
			return err
		}
		s.mu.Lock()
		j.run, j.hashes, j.losses = run, run.Hashes(), losses
		s.mu.Unlock()
	}
	if root := model.NewTree(j.hashes).Root(); root != t.TraceRoot && !s.isPosted(ctx, j, t) {
		s.mu.Lock()
		j.run, j.hashes = nil, nil
		s.mu.Unlock()
		return fmt.Errorf("solver: task %d: run folder's trace root %x is not the committed %x", j.id, root[:8], t.TraceRoot[:8])
	}
	return nil
}

func statusName(st uint8) string {
	names := []string{"none", "open", "claimed", "committed", "disputed", "finalized", "failed", "cancelled"}
	if int(st) < len(names) {
		return names[st]
	}
	return strconv.Itoa(int(st))
}

func (s *Solver) now(ctx context.Context) (uint64, error) {
	h, err := s.cfg.Market.B.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("solver: head: %w", err)
	}
	return h.Time, nil
}

// claimOne claims the first open task (in id order, from the claim candidates the
// events keep) that is in bounds, whose spec it knows, whose terms it can meet
// (terms.go), whose kernels the game judged when it was posted (onchain.CheckKernels)
// and that it can stake for. A task it will never claim is dropped from the
// candidates with one log line: a later tick does not read it again.
func (s *Solver) claimOne(ctx context.Context) error {
	m := s.cfg.Market
	ids := make([]uint64, 0, len(s.open))
	for id := range s.open {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if len(ids) == 0 {
		return nil
	}
	now, err := s.now(ctx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		s.mu.Lock()
		_, seen := s.jobs[id]
		s.mu.Unlock()
		if seen || s.skipped[id] {
			delete(s.open, id)
			continue
		}
		key := "claim " + strconv.FormatUint(id, 10)
		if !s.retry.Ready(key) {
			continue // its last claim failed: another candidate meanwhile
		}
		t, err := m.Task(ctx, id)
		if err != nil {
			s.Errors++
			s.log.Error("cannot read an open task", "task", id, "err", err)
			continue
		}
		if t.Status != onchain.StatusOpen || t.Terms.ClaimBy < now {
			delete(s.open, id) // taken, ended or expired: never a candidate again
			s.fetcher.Forget(id)
			continue
		}
		skip := func(msg string, args ...any) {
			s.skipped[id] = true
			delete(s.open, id)
			s.log.Warn("task not taken: "+msg, append([]any{"task", id}, args...)...)
		}
		if err := daemon.CheckTask(t, s.cfg.Terms.MaxSteps); err != nil {
			skip("out of bounds", "err", err)
			continue
		}
		// the checks that need no spec come before fetching one: a task refused anyway
		// costs no download
		if why := s.cfg.Terms.before(t); why != "" {
			skip("its terms are not met", "why", why)
			continue
		}
		if _, why, err := s.stakeFor(ctx, t.Terms.SolverStake); err != nil {
			return err
		} else if why != "" {
			skip("cannot stake for it", "stake", t.Terms.SolverStake, "why", why)
			continue
		}
		spec, ready, err := s.fetcher.Get(ctx, id, t)
		if errors.Is(err, task.ErrUnknownSpec) {
			skip("unknown spec", "spec_hash", hex.EncodeToString(t.Spec.SpecHash[:8]))
			continue
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			n := s.retry.Failed(key)
			s.log.Warn("cannot fetch the task's spec or data: not claimed (tried again)", "task", id, "in_ticks", n, "err", err)
			continue
		}
		if !ready {
			continue // fetching in the background
		}
		if why, err := s.meetable(ctx, t, spec); err != nil || why != "" {
			if err != nil {
				skip("cannot measure its model", "err", err)
				continue
			}
			skip("its terms are not met", "why", why)
			continue
		}
		j, err := s.prepare(ctx, id, t, spec)
		if err != nil {
			skip("cannot lower it", "err", err)
			continue
		}
		// a node of a kernel registered after the task was posted cannot be judged in
		// its disputes: the solver could not open it and would lose on time
		if err := m.CheckKernels(ctx, t, j.tk.Game.Nodes); errors.Is(err, onchain.ErrUnknownKernel) {
			skip("its kernels are not judged at its kernel epoch", "err", err)
			continue
		} else if err != nil {
			s.Errors++
			s.log.Warn("cannot read the game's kernels: not claimed (tried again)", "task", id, "err", err)
			continue
		}
		need, why, err := s.stakeFor(ctx, t.Terms.SolverStake)
		if err != nil {
			return err
		}
		if why != "" {
			skip("cannot stake for it", "stake", t.Terms.SolverStake, "why", why)
			continue
		}
		sh, err := s.secretHash(id) // stored before the claim that commits to it
		if err != nil {
			return err
		}
		if _, err := s.retry.Try(key, func() error {
			if need.Sign() > 0 {
				if err := m.Deposit(ctx, need); err != nil {
					return err
				}
			}
			return m.ClaimWithSecret(ctx, id, sh)
		}); err != nil {
			if s.retry.Fails(key) >= maxClaimFails {
				s.retry.Done(key)
				skip("its claim failed "+strconv.Itoa(maxClaimFails)+" times", "err", err)
			}
			return err
		}
		j.status = onchain.StatusClaimed
		delete(s.open, id)
		s.mu.Lock()
		s.jobs[id] = j
		s.mu.Unlock()
		s.log.Info("claimed", "task", id, "spec", spec.Name, "steps", t.Spec.Steps, "interval", t.Spec.Interval)
		return nil
	}
	return nil
}

// maxClaimFails is how many failed claims of one task make the solver give it up.
const maxClaimFails = 5

// gasReserve is wallet ETH never deposited as stake: the solver must still pay for its
// commitments and dispute moves.
var gasReserve = big.NewInt(1e17)

// stakeFor says how much must be deposited to lock stake for one more task, or why it
// cannot be: the stakes already locked plus this one would pass Config.Stake, or free
// balance plus wallet (less a reserve for gas) cannot cover it.
func (s *Solver) stakeFor(ctx context.Context, stake *big.Int) (deposit *big.Int, why string, err error) {
	m := s.cfg.Market
	locked, err := m.Locked(ctx, m.Me())
	if err != nil {
		return nil, "", err
	}
	if total := new(big.Int).Add(locked, stake); total.Cmp(s.cfg.Stake) > 0 {
		return nil, fmt.Sprintf("%v locked + %v would pass the %v limit", locked, stake, s.cfg.Stake), nil
	}
	free, err := m.Free(ctx, m.Me())
	if err != nil {
		return nil, "", err
	}
	need := new(big.Int).Sub(stake, free)
	if need.Sign() <= 0 {
		return new(big.Int), "", nil
	}
	wallet, err := m.B.BalanceAt(ctx, m.Me(), nil)
	if err != nil {
		return nil, "", fmt.Errorf("solver: balance: %w", err)
	}
	if avail := new(big.Int).Sub(wallet, gasReserve); avail.Cmp(need) < 0 {
		return nil, fmt.Sprintf("free %v and wallet %v (less %v for gas) are short of %v", free, wallet, gasReserve, stake), nil
	}
	return need, "", nil
}

// prepare lowers the spec and checks the on-chain roots (a wrong spec is the
// submitter's lie: claiming it would mean defending against it).
func (s *Solver) prepare(ctx context.Context, id uint64, t taskmarket.TaskMarketTask, spec *train.Spec) (*job, error) {
	tr, err := train.NewTrainerWith(spec, train.Options{Backend: s.cfg.Backend, Library: s.cfg.Library, MaxDataBytes: s.cfg.MaxData})
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
	s.mu.Lock()
	j.status = t.Status
	s.mu.Unlock()
	switch t.Status {
	case onchain.StatusClaimed:
		// claimed -> trained (the run folder holds every checkpoint) -> committed
		now, err := s.now(ctx)
		if err != nil {
			return err
		}
		if now > t.CommitBy { // too late to commit (a long outage): the stake is lost
			if !j.stuck {
				j.stuck = true
				s.log.Error("commit deadline passed: the task will fail", "task", j.id, "commit_by", t.CommitBy)
			}
			return nil
		}
		// an audited task's claim hash as soon as it can be fixed, while training: it can
		// be fixed only within 256 blocks (with Config.Background each tick comes here)
		if err := s.fixClaimHash(ctx, j); err != nil {
			return err
		}
		hashes, err := s.trained(ctx, j)
		if err != nil || hashes == nil {
			return err
		}
		// an audited task may force a decoy into the committed list (forced.go)
		if hashes, err = s.posted(ctx, j, hashes); err != nil || hashes == nil {
			return err
		}
		return s.commit(ctx, j, hashes)
	case onchain.StatusCommitted:
		if err := s.answerChunks(ctx, j, t); err != nil {
			return err
		}
		// an audited task's secret phase comes before its challenge window (forced.go)
		if wait, err := s.audit(ctx, j, t); err != nil || wait {
			return err
		}
		now, err := s.now(ctx)
		if err != nil {
			return err
		}
		if now >= t.WindowEnd {
			if ok, err := s.retry.Try("finalize "+strconv.FormatUint(j.id, 10), func() error { return m.Finalize(ctx, j.id) }); !ok {
				return err
			}
			// finalize may fail the task instead (an unanswered chunk request): the next
			// tick reads the outcome
			return nil
		}
	case onchain.StatusDisputed:
		if err := s.answerChunks(ctx, j, t); err != nil {
			return err
		}
		return s.defend(ctx, j, t)
	case onchain.StatusFailed:
		j.done = true
		s.Slashed++
		s.log.Warn("task failed: stake slashed", "task", j.id)
	case onchain.StatusFinalized: // finalized by someone else (anyone may)
		j.done = true
		s.Paid++
		s.log.Info("finalized: paid", "task", j.id, "reward", t.Reward)
	default:
		j.done = true
	}
	return nil
}

// FinalState is the final checkpoint of task id's run, if this solver holds it.
func (s *Solver) FinalState(ctx context.Context, id uint64) (*checkpoint.State, error) {
	s.mu.Lock()
	j := s.jobs[id]
	s.mu.Unlock()
	if j == nil || j.run == nil || len(j.run.Hashes()) == 0 {
		return nil, fmt.Errorf("solver: no run of task %d", id)
	}
	return j.run.Load(ctx, len(j.run.Hashes())-1)
}

// answerChunks answers the submitter's open request for chunks of the final state
// (TaskMarket.requestChunks): unanswered by its deadline, the task fails and the stake
// is lost. A withholding solver (Config.Withhold) does not answer.
func (s *Solver) answerChunks(ctx context.Context, j *job, t taskmarket.TaskMarketTask) error {
	if s.cfg.Withhold || j.run == nil {
		return nil
	}
	m := s.cfg.Market
	chunks, answerBy, err := m.OpenChunks(ctx, j.id, t.CommitBlock)
	if err != nil || chunks == nil {
		return err
	}
	// the state the chain's final root names: the decoy until the secret is revealed
	// when the last segment is the forced one, else the run's last checkpoint
	final, err := j.run.Store.Get(ctx, t.FinalRoot)
	if err != nil {
		return fmt.Errorf("solver: task %d: the final state %x: %w", j.id, t.FinalRoot[:8], err)
	}
	if ok, err := s.retry.Try("answer chunks "+strconv.FormatUint(j.id, 10), func() error {
		return m.AnswerChunks(ctx, j.id, chunks, final)
	}); !ok {
		return err
	}
	s.log.Info("answered a chunk request: the final state's leaves are on chain", "task", j.id, "chunks", len(chunks), "answer_by", answerBy)
	return nil
}

// trained returns the task's checkpoint hashes once its run is complete, or nil while
// training is queued or running. Without Config.Background it trains the task here;
// with it, it starts a background trainer when none runs (one at a time: a queue in
// claim order) and reports a finished trainer's error once, so the next tick retries
// (training resumes from the run folder's last checkpoint).
func (s *Solver) trained(ctx context.Context, j *job) ([][32]byte, error) {
	s.mu.Lock()
	hashes, busy, terr := j.hashes, j.training, j.trainErr
	j.trainErr = nil
	s.mu.Unlock()
	if hashes != nil || busy {
		return hashes, nil
	}
	if terr != nil {
		return nil, fmt.Errorf("training: %w", terr)
	}
	if s.cfg.Fabricate {
		s.fabricate(j)
		return j.hashes, nil
	}
	if !s.cfg.Background {
		if err := s.train(ctx, j); err != nil {
			return nil, err
		}
		return j.hashes, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, o := range s.jobs {
		if o.training {
			return nil, nil // the queue: wait for the running trainer
		}
	}
	j.training = true
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		err := s.train(ctx, j)
		s.mu.Lock()
		j.training, j.trainErr = false, err
		s.mu.Unlock()
	}()
	return nil, nil
}

// commit sends the trace commitment unless the chain already holds it. A commitment
// sent by an earlier process (killed before it saw the receipt) or raced by its own
// pending transaction is recognised by its root and counted as made, never made twice.
func (s *Solver) commit(ctx context.Context, j *job, hashes [][32]byte) error {
	m := s.cfg.Market
	root := model.NewTree(hashes).Root()
	if err := m.CommitTrace(ctx, j.id, hashes); err != nil {
		t, terr := m.Task(ctx, j.id)
		if terr == nil && t.Status != onchain.StatusClaimed && t.TraceRoot == root {
			s.log.Info("already committed", "task", j.id, "trace_root", hex.EncodeToString(root[:8]))
			return nil
		}
		return err
	}
	s.log.Info("committed", "task", j.id, "trace_root", hex.EncodeToString(root[:8]), "checkpoints", len(hashes))
	return nil
}

// train runs the task through the solver's Computation, recording a checkpoint every
// interval steps in the task's run folder. A folder that already holds checkpoints (a
// restart) is resumed from its last one: the steps before it are not run again.
func (s *Solver) train(ctx context.Context, j *job) error {
	tk := j.tk
	run, err := rundir.Create(s.runDir(j.id), tk.Spec, tk.Interval, tk.Steps)
	if err != nil {
		return err
	}
	comp, err := pinpoint.NewComputation(tk, j.tr, s.fault(tk))
	if err != nil {
		return err
	}
	st, from := tk.Init, uint64(0)
	if n := len(run.M.Checkpoints); n > 0 {
		if st, err = run.Load(ctx, n-1); err != nil {
			return err
		}
		// positions, not the state's Step field: a faulty computation may misstate it
		from = uint64(n-1) * tk.Interval
		s.log.Info("resuming training", "task", j.id, "from_step", from, "checkpoints", n)
	}
	losses, err := readLosses(s.runDir(j.id), from)
	if err != nil {
		return err
	}
	s.mu.Lock()
	j.losses = slices.Clone(losses)
	s.mu.Unlock()
	// the recorder hashes, compresses and writes checkpoints while training goes on
	rec := run.Record(ctx)
	if err := rec.Offer(st); err != nil {
		return errors.Join(err, rec.Close())
	}
	start := time.Now()
	for i := from; i < tk.Steps; i++ {
		var loss float32
		if err = ctx.Err(); err == nil {
			st, loss, err = comp.AdvanceLoss(i, st)
		}
		if err == nil {
			err = rec.Offer(st)
		}
		if err == nil {
			losses = append(losses, loss)
			s.mu.Lock()
			j.losses = append(j.losses, loss)
			s.mu.Unlock()
			if (i+1)%tk.Interval == 0 { // with the checkpoint: a restart resumes both
				err = writeLosses(s.runDir(j.id), losses)
			}
		}
		if err != nil {
			return errors.Join(err, rec.Close())
		}
		faults.Point("train-step") // crash tests: a step done, its checkpoint (if due) being written
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
// contract checks leaf 0), made-up middle checkpoints and a made-up final model
// (fabricatedState).
func (s *Solver) fabricate(j *job) {
	tk := j.tk
	n := tk.Segments()
	hashes := make([][32]byte, n+1)
	hashes[0] = tk.Init.Hash()
	for i := uint64(1); i <= n; i++ {
		hashes[i] = fabricatedState(tk, i).Hash()
	}
	s.mu.Lock()
	j.hashes = hashes
	s.mu.Unlock()
	s.log.Warn("fabricated a trace without training", "task", j.id, "checkpoints", len(hashes))
}

// fabricatedState is checkpoint i of a made-up trace: the initial weights scaled by
// 1 - i/(2n) (the final model is the initial weights halved), stamped with the step
// and data cursor of checkpoint i. States, not bare hashes, so that a forced error's
// decoy can be made of one like of a true checkpoint.
func fabricatedState(tk *task.Task, i uint64) *checkpoint.State {
	st := *tk.Init
	st.Step = i * tk.Interval
	st.DataCursor = st.Step * uint64(tk.Graph.Batch)
	scale := float32(1 - float64(i)/float64(2*tk.Segments()))
	st.Tensors = make([]checkpoint.Tensor, len(tk.Init.Tensors))
	for k, x := range tk.Init.Tensors {
		x.Data = slices.Clone(x.Data)
		for e := range x.Data {
			x.Data[e] *= scale
		}
		st.Tensors[k] = x
	}
	return &st
}

// defend plays the solver's side of every open dispute of the task, each its own game.
func (s *Solver) defend(ctx context.Context, j *job, t taskmarket.TaskMarketTask) error {
	m := s.cfg.Market
	if j.run == nil { // a fabricated trace (or a lost run folder): no state behind it, no move to make
		if !j.stuck {
			j.stuck = true
			s.log.Error("challenged without checkpoints to defend with", "task", j.id)
		}
		return nil
	}
	if j.duels == nil {
		j.duels, j.ended, j.scanned = map[string]*onchain.Duel{}, map[string]bool{}, t.CommitBlock // no challenge precedes the commitment
	}
	ds, err := m.Disputes(ctx, j.id, common.Address{}, j.scanned)
	if err != nil {
		return err
	}
	for _, d := range ds {
		j.scanned = max(j.scanned, d.Block) // a later log of this block is read again, and skipped
		key := d.Game.String()
		if j.duels[key] != nil || j.ended[key] {
			continue
		}
		if open, err := m.DisputeOpen(ctx, d.Game); err != nil {
			return err
		} else if !open { // settled before this process saw it (a restart)
			j.ended[key] = true
			continue
		}
		a, err := s.duel(ctx, j, t, d)
		if err != nil {
			return err
		}
		j.duels[key] = a
		s.log.Warn("challenged", "task", j.id, "segment", d.Segment, "game", d.Game, "by", d.Challenger.Hex()[:10], "open", len(j.duels))
	}
	// one game's error never stops the others: each is played, errors joined
	var errs []error
	for key, d := range j.duels {
		over, _, err := d.Poll(ctx)
		if err != nil && !errors.Is(err, errBackingOff) {
			errs = append(errs, fmt.Errorf("game %s: %w", key, err))
		}
		if over {
			delete(j.duels, key)
			j.ended[key] = true
		}
	}
	return errors.Join(errs...)
}

// errBackingOff: a settle that failed is not tried again until its back-off ends (the
// game stays in play and is settled on a later tick).
var errBackingOff = errors.New("solver: settle backing off")

// duel opens the solver's seat in dispute d of task j.
func (s *Solver) duel(ctx context.Context, j *job, t taskmarket.TaskMarketTask, d onchain.Dispute) (*onchain.Duel, error) {
	m := s.cfg.Market
	seg := d.Segment
	if seg+1 >= uint64(len(j.hashes)) {
		return nil, fmt.Errorf("solver: task %d: dispute over segment %d of %d", j.id, seg, len(j.hashes)-1)
	}
	if j.comp == nil {
		var err error
		if j.comp, err = pinpoint.NewComputation(j.tk, j.tr, s.fault(j.tk)); err != nil {
			return nil, err
		}
		j.starts = map[uint64]bool{}
	}
	comp := j.comp
	if !j.starts[seg] {
		start, err := j.run.Load(ctx, int(seg))
		if err != nil {
			return nil, err
		}
		comp.AddState(seg*j.tk.Interval, start)
		j.starts[seg] = true
	}
	seat := onchain.Seat{Party: model.Solver, Task: j.tk, View: comp, Stall: s.cfg.Stall}
	duel, err := onchain.OpenDuel(ctx, m, seat, d.Game, d.Block, onchain.GameSetup(t, j.hashes[seg], j.hashes[seg+1], seg),
		t.Solver, d.Challenger, s.log.With("task", j.id, "game", d.Game))
	if err != nil {
		return nil, err
	}
	game := d.Game
	duel.Settle = func(ctx context.Context) error {
		ok, err := s.retry.Try("settle "+game.String(), func() error { return m.Settle(ctx, j.id, game) })
		if !ok && err == nil {
			return errBackingOff // a failed settle waits its turn: the game is not settled yet
		}
		return err
	}
	duel.Open = func(ctx context.Context) (bool, error) { return m.DisputeOpen(ctx, game) }
	return duel, nil
}

// Handler serves the solver's checkpoints: GET /tasks/<id>/trace is the JSON list of
// the task's checkpoint hashes; /tasks/<id>/checkpoints/<root> the checkpoint blobs
// (checkpoint/store's handler over the task's run folder); every other path goes to
// Config.Content (the specs and datasets it fetched), if set and not withholding.
func (s *Solver) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rest, ok := strings.CutPrefix(r.URL.Path, "/tasks/")
		if !ok {
			if s.cfg.Content != nil && !s.cfg.Withhold {
				s.cfg.Content.ServeHTTP(w, r)
				return
			}
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
		var losses *Losses
		if j := s.jobs[id]; j != nil {
			hashes = j.served()
			if j.run != nil && !s.cfg.Withhold {
				st = j.run.Store
			}
			if sub == "losses" && j.tk != nil {
				l := LossesJSON(j.tk.Steps, j.losses)
				losses = &l
			}
		}
		s.mu.Unlock()
		if sub == "losses" {
			if losses == nil {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(losses)
			return
		}
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
