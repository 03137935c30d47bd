package verifier

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
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
	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/internal/faults"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

// Sentinel errors.
var (
	ErrConfig = errors.New("verifier: bad config")
	// ErrBadTrace: a trace that does not fit its task (a segment past its end).
	ErrBadTrace = errors.New("verifier: bad checkpoint trace")
	// ErrUnavailable: the solver does not serve what it committed to.
	ErrUnavailable = errors.New("verifier: checkpoints unavailable")
)

// Checkpoints is where a verifier gets a solver's checkpoints (the list of their
// hashes, the trace, comes from the chain: onchain.Market.Trace).
type Checkpoints interface {
	// Fetch is the checkpoint with hash root, verified against it.
	Fetch(ctx context.Context, solver common.Address, id uint64, root [32]byte) (*checkpoint.State, error)
}

// HTTP fetches checkpoints from solvers' servers (solver.Handler's routes); URL names
// each solver's base URL (the chain has no directory of them).
type HTTP struct {
	URL func(solver common.Address) (string, bool)
	// Client, when set, is used as it is; nil: a client whose dialer refuses
	// non-public addresses (checked on the resolved address, at dial time) unless
	// AllowPrivate: a URL announced on chain is anyone's choice.
	Client       *http.Client
	AllowPrivate bool
	Log          *slog.Logger

	mu       sync.Mutex
	client   *http.Client
	maxState map[uint64]int64 // per task: the most bytes of a decoded state (SetStateSize)
}

// SetStateSize tells the fetcher the encoded size of task id's states (known from its
// spec): a checkpoint of that task decoding to more than it, with a small margin, is
// refused before it is allocated.
func (h *HTTP) SetStateSize(id uint64, bytes int64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.maxState == nil {
		h.maxState = map[uint64]int64{}
	}
	h.maxState[id] = bytes + bytes/16 + 4096
}

// StateSizer is a Checkpoints that can be told a task's state size (HTTP).
type StateSizer interface {
	SetStateSize(id uint64, bytes int64)
}

func (h *HTTP) httpClient() *http.Client {
	if h.Client != nil {
		return h.Client
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.client == nil {
		h.client = daemon.HTTPClient(h.AllowPrivate, 0)
	}
	return h.client
}

func (h *HTTP) stateLimit(id uint64) int64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.maxState[id]
}

var _ Checkpoints = (*HTTP)(nil)

func (h *HTTP) base(solver common.Address, id uint64) (string, error) {
	u, ok := h.URL(solver)
	if !ok {
		return "", fmt.Errorf("%w: no address for solver %s", ErrUnavailable, solver.Hex())
	}
	return strings.TrimSuffix(u, "/") + "/tasks/" + strconv.FormatUint(id, 10), nil
}

// Fetch implements Checkpoints (store.Client re-hashes what it receives).
func (h *HTTP) Fetch(ctx context.Context, solver common.Address, id uint64, root [32]byte) (*checkpoint.State, error) {
	base, err := h.base(solver, id)
	if err != nil {
		return nil, err
	}
	st, err := (&store.Client{BaseURL: base, HTTP: h.httpClient(), MaxState: h.stateLimit(id), Log: h.Log}).Fetch(ctx, root)
	if err != nil {
		return nil, fmt.Errorf("%w: checkpoint %x: %w", ErrUnavailable, root[:8], err)
	}
	return st, nil
}

// Config is what a verifier is handed.
type Config struct {
	Market *onchain.Market
	Specs  task.Specs
	// Resolve, when set, fetches and re-hashes a task's spec, dataset and initial
	// weights the verifier lacks (package content), on a goroutine: the task is checked
	// once they are here. Nil: Specs only. Library is where the datasets are (nil: the
	// default library).
	Resolve task.Resolve
	Library *dataset.Library
	MaxData int64 // train.Options.MaxDataBytes of its trainers (0: no bound)
	// FetchInTick runs Resolve inside the tick instead of on a goroutine: a
	// simulation's rounds pass faster than any fetch (the daemons leave it off)
	FetchInTick bool
	Checkpoints Checkpoints
	Bond        *big.Int // kept free for challenger bonds (deposited once)
	// CheckAll re-runs every segment, not only the assigned one (a verifier paid to be
	// thorough, or a test).
	CheckAll bool
	Task     task.Options
	// Cache keeps the lowering and data of the specs it meets (task.Cache: bounded,
	// immutable once built), shared by every task of one spec and step count: a task
	// then costs its own segment, not a pass over every step's batch. The roots are
	// still compared with each task's on-chain ones. nil: a cache of the verifier's
	// own (task.NewCache defaults); daemons of one process may pass one cache.
	Cache *task.Cache
	// Fault makes a dishonest verifier (tests): it computes, challenges and plays this.
	Fault pinpoint.Fault
	// Dir keeps the salts of attestations (attest.go) so a restart can reveal them;
	// without it the verifier does not attest. Lazy attests the solver's posted leaf
	// without computing and never checks (tests and the demo: it must lose money).
	Dir  string
	Lazy bool
	// MaxSteps is the most steps of a task it lowers (0: daemon.DefaultMaxSteps): a
	// larger one is skipped before anything is allocated by its size.
	MaxSteps uint64
	Log      *slog.Logger
}

// watch is one task the verifier follows.
type watch struct {
	id          uint64
	fetchFailed bool // a fetch of its spec or data failed (logged once)
	tk          *task.Task
	hashes      [][32]byte
	comp        *pinpoint.Computation
	own         *pinpoint.Computation // from the initial state, when checkpoints are withheld
	checked     bool
	noAttest    bool  // its kernels are not all judged at its epoch: checked, not attested
	bad         int64 // segment to challenge, -1 none
	agent       *onchain.Agent
	game        *big.Int
	settled     bool // its game is settled (by it or anyone)
	done        bool
	// seen: the task was read once by this process (resume ran for it)
	seen bool
	// waiting is what the task waits for, as last logged (logged once per change)
	waiting string
}

// Verifier is the verifier daemon: Tick makes one round of decisions; Run ticks.
type Verifier struct {
	fetcher   *task.Fetcher // specs, data and weights of the tasks watched (Config.Resolve)
	cfg       Config
	log       *slog.Logger
	tasks     map[uint64]*watch
	deposited bool
	// follow reads the market's task events: a task is watched from its commitment on
	// (nothing before it is a verifier's business), so a tick reads the tasks in play,
	// never every task ever posted.
	follow onchain.TaskFollower
	// Checked counts segments re-run; Challenged, Won and Lost count disputes; Errors
	// counts per-task errors (logged; the other tasks go on).
	Checked, Challenged, Won, Lost, Errors int
	// FromStart counts training steps re-run from the spec's initial state because the
	// solver withheld a checkpoint (attestation and check share one such run).
	FromStart uint64
	// Missed counts tasks whose challenge window closed before this verifier checked
	// its segment or challenged the wrong one it found (each also logged as an error).
	Missed int
	// since is the chain's time at this process's first tick (polled: that tick ran): a
	// window that closed before it is no miss of this process's.
	since  uint64
	polled bool
	att    attestations // by task (attest.go)
	Audit  AuditCounts
	// probe: a lazy strategy for tests (export_test.go), never a product option: it
	// attests the solver's leaf seg+1 whenever the solver serves a state for it, and
	// re-runs the segment only when it does not. Forced errors must catch it.
	probe bool
	// stopBeforeCommit (tests, export_test.go) ends the tick that stored an attestation
	// before its commitment is sent, as a process killed there would
	stopBeforeCommit bool
	// retry spaces out the actions whose transactions failed (deposit, seed draw,
	// challenge, settle): none is resent on every poll.
	retry daemon.Retry
}

// New checks cfg and returns a verifier.
func New(cfg Config) (*Verifier, error) {
	if cfg.Market == nil || cfg.Specs == nil || cfg.Checkpoints == nil || cfg.Bond == nil || cfg.Bond.Sign() <= 0 {
		return nil, fmt.Errorf("%w: market, specs, checkpoints and a positive bond are required", ErrConfig)
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.Cache == nil {
		cfg.Cache = task.NewCache(0, 0)
	}
	v := &Verifier{fetcher: &task.Fetcher{Specs: cfg.Specs, Resolve: cfg.Resolve, Sync: cfg.FetchInTick, Library: cfg.Library}, cfg: cfg, log: log.With("role", "verifier", "addr", cfg.Market.Me().Hex()[:10]), tasks: map[uint64]*watch{},
		follow: onchain.TaskFollower{M: cfg.Market}}
	v.retry.Log = v.log
	return v, nil
}

// Run ticks every interval until ctx is done.
func (v *Verifier) Run(ctx context.Context, every time.Duration) error {
	return daemon.Loop(ctx, every, v.log, v.Tick)
}

// Tick makes one round of decisions over every task.
func (v *Verifier) Tick(ctx context.Context) error {
	m := v.cfg.Market
	v.retry.Tick()
	if !v.deposited {
		if wait, err := daemon.PendingSent(ctx, m.B, m.Me(), v.log); err != nil || wait {
			return err // a restart: what an earlier process sent is not mined yet
		}
		if ok, err := v.retry.Try("deposit", func() error { return m.EnsureHeld(ctx, v.cfg.Bond) }); !ok {
			return err
		}
		v.deposited = true
	}
	if !v.polled {
		now, err := v.headTime(ctx)
		if err != nil {
			return err
		}
		v.since = now
	}
	if err := v.events(ctx); err != nil {
		return err
	}
	v.polled = true
	ids := make([]uint64, 0, len(v.tasks))
	for id, w := range v.tasks {
		if !w.done {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	var errs []error
	for _, id := range ids {
		if err := v.followTask(ctx, v.tasks[id]); err != nil {
			if errors.Is(err, ErrUnavailable) {
				if w := v.tasks[id]; w.waiting != "checkpoints" {
					w.waiting = "checkpoints"
					v.log.Warn("cannot check yet: waiting for the solver's checkpoints", "task", id, "err", err)
				}
				continue
			}
			if errors.Is(err, errStopped) {
				return err // a test's stand-in for a process killed here
			}
			// one task's trouble must not stop the others (their games have clocks)
			v.Errors++
			v.log.Error("task", "task", id, "err", err)
			errs = append(errs, fmt.Errorf("task %d: %w", id, err))
		}
	}
	if err := v.tickAttestations(ctx); err != nil {
		errs = append(errs, err)
	}
	for id, w := range v.tasks {
		if at := v.att[id]; w.done && (at == nil || at.closed) {
			// a task it is done with keeps no trainer or states (an open attestation,
			// which may have to be defended, keeps its task)
			w.tk, w.comp, w.own, w.hashes = nil, nil, nil, nil
		}
	}
	return errors.Join(errs...)
}

// events reads the market's task events since the last tick (from the market's first
// block on the first tick, which rebuilds the watches after a restart): a committed
// task is watched; one that ended before this process watched it with a game of its
// own is done without being read.
func (v *Verifier) events(ctx context.Context) error {
	evs, err := v.follow.Poll(ctx)
	if err != nil {
		return fmt.Errorf("verifier: %w", err)
	}
	var claimed []uint64
	for _, e := range evs {
		w := v.tasks[e.ID]
		switch e.Kind {
		case onchain.EvClaimed:
			// fetched now, while the submitter still serves: a cheating solver may serve
			// nothing, and a submitter may stop once the task is claimed (claims before
			// this process's first tick are left to their commitment: a restart reads
			// nothing per past claim)
			if w == nil && v.cfg.Resolve != nil && v.polled {
				claimed = append(claimed, e.ID)
			}
		case onchain.EvCommitted, onchain.EvChallenged, onchain.EvSettled:
			if w == nil {
				v.tasks[e.ID] = &watch{id: e.ID, bad: -1}
			}
		case onchain.EvFinalized:
			// over before this process's first tick, or checked, and not in a game of
			// this process: nothing to do (an unchecked one is followTask's: a miss)
			if w != nil && w.game == nil && w.agent == nil && (!v.polled || w.checked) {
				w.done = true
			}
		}
	}
	for _, id := range claimed {
		t, err := v.cfg.Market.Task(ctx, id)
		if err != nil {
			v.log.Warn("cannot read a claimed task to fetch its data early", "task", id, "err", err)
			continue
		}
		if err := daemon.CheckTask(t, v.cfg.MaxSteps); err != nil {
			continue // followTask says why, at the commitment
		}
		if _, _, err := v.fetcher.Get(ctx, id, t); err != nil && !errors.Is(err, task.ErrUnknownSpec) {
			v.log.Warn("cannot fetch a claimed task's spec or data yet (tried again at its commitment)", "task", id, "err", err)
		}
	}
	return nil
}

func (v *Verifier) followTask(ctx context.Context, w *watch) error {
	m := v.cfg.Market
	t, err := m.Task(ctx, w.id)
	if err != nil {
		return err
	}
	if !w.seen {
		// the task's size comes from the chain: bounded before anything is built by it
		if err := daemon.CheckTask(t, v.cfg.MaxSteps); err != nil {
			w.done = true
			v.log.Warn("task skipped", "task", w.id, "err", err)
			return nil
		}
		w.seen = true
		if err := v.resume(ctx, w, t); err != nil {
			w.seen = false // try again next tick
			if errors.Is(err, errNotReady) {
				return nil
			}
			return err
		}
		if w.done {
			return nil
		}
	}
	switch t.Status {
	case onchain.StatusCommitted, onchain.StatusDisputed:
		// others' disputes run beside ours (each its own game): they hold nothing up
		if w.game != nil {
			if w.settled { // our game was settled and the task lives on: the solver won it
				v.Lost++
				w.done = true
				v.log.Warn("dispute lost: bond slashed", "task", w.id)
				return nil
			}
			return v.play(ctx, w)
		}
		head, err := m.B.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("verifier: head: %w", err)
		}
		if t.WindowEnd != 0 && head.Time >= t.WindowEnd {
			v.missedWindow(w, t)
			return nil
		}
		expired := t.Seed == ([32]byte{}) && head.Number.Uint64() > t.CommitBlock+model.SeedDelay+model.SeedWindow
		switch {
		case expired:
			// nobody drew the seed while its block could be read: no assignment, no
			// attestation (an audited task fails at finalize); only a check of every
			// segment of an unaudited task is left to do
			if a, err := m.Audit(ctx, w.id); err != nil || !v.cfg.CheckAll || a.Audit.AttestWindow != 0 {
				if err == nil {
					w.done = true
					v.log.Warn("the seed was never drawn and can no longer be: nothing assigned", "task", w.id)
				}
				return err
			}
		case t.Seed == ([32]byte{}):
			if head.Number.Uint64() <= t.CommitBlock+model.SeedDelay {
				v.waitFor(w, "the seed block", "block", t.CommitBlock+model.SeedDelay+1, "head", head.Number.Uint64())
				return nil
			}
			_, err = v.retry.Try("draw seed "+strconv.FormatUint(w.id, 10), func() error { return m.DrawSeed(ctx, w.id) })
			return err
		}
		// an audited task: attest first; nothing is challenged before the secret reveal
		if wait, err := v.attestPhase(ctx, w, t); err != nil || wait {
			if err == nil && !w.done {
				v.waitFor(w, "the audit: attestations, then the solver's secret reveal")
			}
			return err
		}
		if !w.checked {
			if err := v.check(ctx, w, t); err != nil {
				return err
			}
		}
		if w.bad < 0 {
			w.done = true
			return nil
		}
		return v.challenge(ctx, w, t)
	case onchain.StatusFailed:
		if w.game != nil {
			v.Won++
			v.log.Info("dispute won: solver slashed", "task", w.id)
		}
		w.done = true
	case onchain.StatusFinalized:
		if w.game == nil && (!w.checked || w.bad >= 0) {
			v.missedWindow(w, t)
		}
		w.done = true
	case onchain.StatusCancelled:
		w.done = true
	}
	return nil
}

// waitFor logs what task w waits for, once per change (not on every poll).
func (v *Verifier) waitFor(w *watch, what string, args ...any) {
	if w.waiting == what {
		return
	}
	w.waiting = what
	v.log.Info("waiting for "+what, append([]any{"task", w.id}, args...)...)
}

// missedWindow ends task w, whose challenge window closed before this verifier
// checked its segment or challenged the wrong one it found: said loudly (an error and
// Missed), since the solver is paid without this verifier's check. A window that
// closed before this process started, a task it would not check (an unknown spec) and
// a lazy verifier's task are no miss.
func (v *Verifier) missedWindow(w *watch, t taskmarket.TaskMarketTask) {
	w.done = true
	if _, known := v.cfg.Specs(t.Spec.SpecHash); !known || v.cfg.Lazy || v.probe || t.WindowEnd <= v.since {
		return
	}
	v.Missed++
	end := time.Unix(int64(t.WindowEnd), 0).UTC().Format(time.RFC3339)
	if w.bad >= 0 {
		v.log.Error("challenge window closed before the wrong segment was challenged: the solver is paid", "task", w.id,
			"segment", w.bad, "window_end", end)
		return
	}
	v.log.Error("challenge window closed before the segment was checked: not verified by this verifier", "task", w.id,
		"window_end", end, "checked", w.checked)
}

// check re-runs a segment (or all) from the solver's checkpoint and compares the end
// with the solver's: its attested segment when it attested the task, else the one the
// seed assigns it.
func (v *Verifier) check(ctx context.Context, w *watch, t taskmarket.TaskMarketTask) error {
	m := v.cfg.Market
	if w.tk == nil {
		if ok, err := v.prepare(ctx, w, t); err != nil || !ok {
			return err
		}
	}
	hashes, err := v.cfg.Market.Trace(ctx, w.id, t)
	if err != nil {
		return err
	}
	segs := w.tk.Segments()
	if uint64(len(hashes)) != segs+1 {
		return fmt.Errorf("%w: %d checkpoints for %d segments", ErrUnavailable, len(hashes), segs)
	}
	var todo []uint64
	if v.cfg.CheckAll {
		for s := range segs {
			todo = append(todo, s)
		}
	} else if at := v.att[w.id]; at != nil {
		// its attested segment (drawn at its join, read from the chain): the re-check
		// after a reveal that replaced the segment's start, or after a restart
		todo = []uint64{at.Segment}
	} else {
		// a verifier that did not attest checks the segment the seed assigns it
		a, err := m.Assignment(ctx, w.id, m.Me())
		if err != nil {
			return err
		}
		todo = []uint64{a}
	}
	for _, seg := range todo {
		// the start checkpoint is trusted only through the committed trace root
		p, err := checkpoint.ProveTrace(hashes, int(seg))
		if err != nil {
			return err
		}
		if err := p.Verify(); err != nil || p.Root != t.TraceRoot {
			return fmt.Errorf("%w: checkpoint %d is not under the committed trace root", ErrUnavailable, seg)
		}
		start, err := v.cfg.Checkpoints.Fetch(ctx, t.Solver, w.id, hashes[seg])
		if errors.Is(err, ErrUnavailable) {
			// A solver that withholds its checkpoints cannot hide a wrong one: the
			// verifier re-runs from the spec's initial state, which needs no blob.
			v.log.Warn("checkpoint withheld: re-running from the initial state", "task", w.id, "segment", seg, "err", err)
			before := uint64(0)
			if w.own != nil {
				before = w.own.Steps()
			}
			bad, own, err := v.rerun(w, hashes, seg)
			if err != nil {
				return err
			}
			v.FromStart += own.Steps() - before
			v.Checked++
			if bad >= 0 {
				v.log.Warn("segment wrong", "task", w.id, "segment", bad)
				w.bad, w.comp, w.hashes = bad, own, hashes
				break
			}
			v.log.Info("segment right", "task", w.id, "segment", seg)
			continue
		}
		if err != nil {
			return err
		}
		comp, err := pinpoint.NewComputation(w.tk, w.tk.Trainer(), v.cfg.Fault)
		if err != nil {
			return err
		}
		first := seg * w.tk.Interval
		comp.AddState(first, start)
		end, err := comp.StateAt(first + w.tk.Interval)
		v.Checked++
		if err != nil || end.Hash() != hashes[seg+1] {
			v.log.Warn("segment wrong", "task", w.id, "segment", seg, "err", err)
			w.bad, w.comp, w.hashes = int64(seg), comp, hashes
			break
		}
		v.log.Info("segment right", "task", w.id, "segment", seg)
	}
	w.checked = true
	return nil
}

// prepare lowers task t's spec into w.tk; false (and w done) when the verifier cannot
// check it: an unknown spec, one the game cannot judge (at the task's kernel epoch
// included), or wrong on-chain roots.
func (v *Verifier) prepare(ctx context.Context, w *watch, t taskmarket.TaskMarketTask) (bool, error) {
	spec, ready, err := v.fetcher.Get(ctx, w.id, t)
	switch {
	case errors.Is(err, task.ErrUnknownSpec):
		w.done = true
		v.log.Info("unknown spec: not checked", "task", w.id)
		return false, nil
	case err != nil: // tried again on the next tick (the fetch resumes)
		if !w.fetchFailed {
			v.log.Warn("cannot fetch the task's spec or data (tried again)", "task", w.id, "err", err)
		}
		w.fetchFailed = true
		return false, nil
	case !ready:
		return false, nil
	}
	tr, err := train.NewTrainerWith(spec, train.Options{Library: v.cfg.Library, MaxDataBytes: v.cfg.MaxData})
	if errors.Is(err, train.ErrBadData) || errors.Is(err, train.ErrBadWeights) || errors.Is(err, train.ErrDataTooLarge) {
		w.done = true // the same bytes fail the same way: never tried again
		v.log.Warn("task's data cannot be trained on: not checked", "task", w.id, "err", err)
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if err := daemon.CheckTask(t, v.cfg.MaxSteps); err != nil {
		w.done = true
		v.log.Warn("task skipped", "task", w.id, "err", err)
		return false, nil
	}
	tk, err := v.cfg.Cache.Build(ctx, tr, t.Spec.Steps, t.Spec.Interval, v.cfg.Task)
	if err != nil {
		if ctx.Err() != nil {
			return false, err // stopped: not the task's fault
		}
		w.done = true
		v.log.Warn("task not checkable", "task", w.id, "err", err)
		return false, nil
	}
	// the submitter's roots against the spec's (cached or not: never trusted unchecked)
	if err := tk.Check(t.Spec); err != nil {
		w.done = true
		v.log.Warn("submitter's spec roots are wrong: not checked", "task", w.id, "err", err)
		return false, nil
	}
	// a kernel registered after the task was posted judges none of its disputes: no
	// attestation of it could be defended at such a node (the solver's refusal, the same
	// check), but a challenge can: a solver cannot open such a node either, so a game that
	// reaches one is the challenger's, and one that does not is judged as any other. Such
	// a task (an honest solver never claims it) is checked and challenged, never attested.
	// A kernel served by code other than its audited deriver's is worse: the chain would
	// judge a node of it by rules this replica does not know, so a challenge could lose
	// as well as an attestation. Such a task is left alone.
	err = v.cfg.Market.CheckKernels(ctx, t, tk.Game.Nodes)
	if errors.Is(err, onchain.ErrUnauditedKernel) {
		w.done = true
		v.log.Warn("task's kernels are judged by unaudited code: not checked", "task", w.id, "err", err)
		return false, nil
	}
	if errors.Is(err, onchain.ErrUnknownKernel) {
		w.noAttest = true
		v.log.Warn("task's kernels are not judged at its kernel epoch: checked, never attested", "task", w.id, "err", err)
	} else if err != nil {
		return false, err
	}
	w.tk = tk
	if sz, ok := v.cfg.Checkpoints.(StateSizer); ok {
		sz.SetStateSize(w.id, int64(checkpoint.EncodedLen(tk.Init)))
	}
	return true, nil
}

// rerun computes the run from the initial state through segment seg and returns the
// first segment whose end differs from the solver's hashes (-1: none up to seg) and
// the computation, which holds every state from step 0: the agreed start of any
// segment it names is its own.
func (v *Verifier) rerun(w *watch, hashes [][32]byte, seg uint64) (int64, *pinpoint.Computation, error) {
	if w.own == nil {
		own, err := pinpoint.NewComputation(w.tk, w.tk.Trainer(), v.cfg.Fault)
		if err != nil {
			return 0, nil, err
		}
		w.own = own
	}
	for i := uint64(0); i <= seg; i++ {
		st, err := w.own.StateAt((i + 1) * w.tk.Interval)
		if err != nil {
			return 0, nil, err
		}
		if st.Hash() != hashes[i+1] {
			return int64(i), w.own, nil
		}
	}
	return -1, w.own, nil
}

func (v *Verifier) challenge(ctx context.Context, w *watch, t taskmarket.TaskMarketTask) error {
	m := v.cfg.Market
	seg := uint64(w.bad)
	var game *big.Int
	var block uint64
	if ok, err := v.retry.Try("challenge "+strconv.FormatUint(w.id, 10), func() (err error) {
		if err := m.EnsureFree(ctx, t.Terms.ChallengerBond); err != nil {
			return err
		}
		game, block, err = m.Challenge(ctx, w.id, w.hashes, seg)
		return err
	}); !ok {
		return err
	}
	var err error
	faults.Point("challenged") // crash tests: the game is open, its agent not yet made
	v.Challenged++
	t, err = m.Task(ctx, w.id)
	if err != nil {
		return err
	}
	g, err := m.Game(ctx)
	if err != nil {
		return err
	}
	fb, err := g.FanoutBits(ctx)
	if err != nil {
		return err
	}
	hdr, err := m.B.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return fmt.Errorf("verifier: block %d: %w", block, err)
	}
	p, err := pinpoint.NewPlayer(model.Challenger, onchain.GameSetup(t, w.hashes[seg], w.hashes[seg+1], seg), fb, hdr.Time,
		pinpoint.Challenger{View: w.comp}, w.comp.Err)
	if err != nil {
		return err
	}
	ks, err := m.GameKernels(ctx, t.KernelEpoch, w.tk.Game.Nodes) // the replica judges nodes as the game does
	if err != nil {
		return err
	}
	p.SetKernels(ks)
	w.agent, w.game = onchain.NewAgent(g, game, p, m.Opts, t.Solver, m.Me(), block, v.log), game
	v.log.Warn("challenged", "task", w.id, "segment", seg, "game", game)
	return nil
}

// play makes the verifier's moves in its game and settles it once it is over.
func (v *Verifier) play(ctx context.Context, w *watch) error {
	if w.agent == nil {
		return nil // a game resume could not rebuild (logged): nothing to play
	}
	r, err := w.agent.Poll(ctx)
	if errors.Is(err, onchain.ErrNoMove) || errors.Is(err, onchain.ErrRejected) {
		// no valid move: the clock runs out and the other party claims the timeout (a
		// computation that is not the spec's gets here; an honest one never does)
		v.log.Error("cannot move", "task", w.id, "err", err)
		return nil
	}
	if err != nil {
		return err
	}
	if !r.Done {
		return nil
	}
	v.log.Info("game over", "task", w.id, "game", w.game, "result", r.Result.String())
	m := v.cfg.Market
	if ok, err := v.retry.Try("settle "+w.game.String(), func() error { return m.Settle(ctx, w.id, w.game) }); !ok {
		if open, oerr := m.DisputeOpen(ctx, w.game); oerr == nil && !open {
			w.settled = true // the other party settled first
			return nil
		}
		return err
	}
	w.settled = true
	return nil
}
