package whistleblower

import (
	"context"
	crand "crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
)

// ErrConfig: a Config the whistleblower cannot run with.
var ErrConfig = errors.New("whistleblower: bad config")

// DefaultSample is the fraction of revealed attestations re-run when Config.Sample is 0.
const DefaultSample = 0.25

// Config is what a whistleblower is handed.
type Config struct {
	Market *onchain.Market
	Specs  task.Specs
	// Resolve and Library: as verifier.Config's (a task's spec, dataset and initial
	// weights fetched and re-hashed on a goroutine before it is checked).
	Resolve task.Resolve
	Library *dataset.Library
	MaxData int64 // train.Options.MaxDataBytes of its trainers (0: no bound)
	// FetchInTick runs Resolve inside the tick instead of on a goroutine: a
	// simulation's rounds pass faster than any fetch (the daemons leave it off)
	FetchInTick bool
	Checkpoints verifier.Checkpoints
	Bond        *big.Int // kept deposited for challenger bonds
	// Sample is the fraction of revealed attestations re-run, in (0, 1] (0: DefaultSample).
	Sample float64
	// Rand draws the sample (nil: seeded from crypto/rand). Attesters must not be able
	// to predict it.
	Rand *rand.Rand
	Task task.Options
	// MaxSteps is the most steps of a task it lowers (0: daemon.DefaultMaxSteps): a
	// larger one is skipped before anything is allocated by its size.
	MaxSteps uint64
	Log      *slog.Logger
}

// tm is the market's ABI (its events are read here).
var tm = taskmarket.NewTaskMarket()

var (
	attestationRevealed = tm.GetABI().Events["AttestationRevealed"]
	disputeSettled      = tm.GetABI().Events["DisputeSettled"]
)

// claim is one revealed attestation.
type claim struct {
	id       uint64
	attester common.Address
	seg      uint64
	end      [32]byte
}

// job is one attestation the whistleblower decided to check, from the re-run to the
// end of the dispute it opened, if any.
type job struct {
	claim
	// the re-run, once made: the checkpoint list it was checked against, the segment's
	// true end and the computation holding its start
	hashes   [][32]byte
	trueEnd  [32]byte
	comp     *pinpoint.Computation
	duel     *onchain.Duel
	ofSolver bool // the duel is a challenge of the solver's claim, not of the attestation
	// vouched: queued, not sampled, because it vouched for the leaf a solver lost a
	// dispute on (AuditState.challengedEnd)
	vouched bool
	// resume: an attestation dispute this account opened before a restart (its game
	// and the block that opened it), played on from the game's calldata
	resume      *big.Int
	resumeBlock uint64
	done        bool
}

// tk is one task the whistleblower re-runs segments of.
type tk struct {
	tk  *task.Task
	run *verifier.SegmentRun
	bad bool // not checkable (unknown spec, wrong roots)
}

// Whistleblower is the whistleblower daemon: Tick makes one round of decisions; Run
// ticks.
type Whistleblower struct {
	fetcher *task.Fetcher // specs, data and weights of the tasks checked (Config.Resolve)
	cfg     Config
	log     *slog.Logger
	rnd     *rand.Rand
	next    uint64 // next block to read events from
	pending []*job // sampled, waiting for the secret reveal, a free task, or in a duel
	tasks   map[uint64]*tk
	queued  map[string]bool // attestations this process made a job of (sampled, vouched or resumed)
	// challenged: tasks whose solver this process challenged: one game per task is
	// enough (its other vouching attestations wait for its outcome, not a game each)
	challenged map[uint64]bool
	lost       []uint64 // tasks whose solver lost a dispute, their vouchers not yet queued
	deposited  bool
	// Seen counts revealed attestations; Checked those re-run; Disputed the disputes
	// opened (attestations, or the solver's claim when the attester vouched for it);
	// Won and Lost their outcomes; Vouched the attestations queued unsampled because
	// they vouched for the leaf a solver lost a dispute on; Errors per-attestation
	// errors (logged; the others go on).
	Seen, Checked, Disputed, Won, Lost, Vouched, Errors int
	// retry spaces out the actions whose transactions failed (deposit, disputes): none
	// is resent on every poll.
	retry daemon.Retry
}

// New checks cfg and returns a whistleblower.
func New(cfg Config) (*Whistleblower, error) {
	if cfg.Market == nil || cfg.Specs == nil || cfg.Checkpoints == nil || cfg.Bond == nil || cfg.Bond.Sign() <= 0 {
		return nil, fmt.Errorf("%w: market, specs, checkpoints and a positive bond are required", ErrConfig)
	}
	if cfg.Sample == 0 {
		cfg.Sample = DefaultSample
	}
	if !(cfg.Sample > 0 && cfg.Sample <= 1) {
		return nil, fmt.Errorf("%w: sample %v is not in (0, 1]", ErrConfig, cfg.Sample)
	}
	rnd := cfg.Rand
	if rnd == nil {
		var seed [16]byte
		if _, err := crand.Read(seed[:]); err != nil {
			return nil, fmt.Errorf("whistleblower: seed: %w", err)
		}
		rnd = rand.New(rand.NewPCG(binary.LittleEndian.Uint64(seed[:8]), binary.LittleEndian.Uint64(seed[8:])))
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	w := &Whistleblower{fetcher: &task.Fetcher{Specs: cfg.Specs, Resolve: cfg.Resolve, Sync: cfg.FetchInTick, Library: cfg.Library}, cfg: cfg, rnd: rnd, tasks: map[uint64]*tk{}, queued: map[string]bool{}, challenged: map[uint64]bool{},
		log: log.With("role", "whistleblower", "addr", cfg.Market.Me().Hex()[:10])}
	w.retry.Log = w.log
	return w, nil
}

// Run ticks every interval until ctx is done.
func (w *Whistleblower) Run(ctx context.Context, every time.Duration) error {
	return daemon.Loop(ctx, every, w.log, w.Tick)
}

// Tick makes one round of decisions: keep the bond deposited, read the attestations
// revealed since the last tick and draw which to check, then move each checked one on.
func (w *Whistleblower) Tick(ctx context.Context) error {
	m := w.cfg.Market
	w.retry.Tick()
	if !w.deposited {
		if wait, err := daemon.PendingSent(ctx, m.B, m.Me(), w.log); err != nil || wait {
			return err // a restart: what an earlier process sent is not mined yet
		}
		if ok, err := w.retry.Try("deposit", func() error { return m.EnsureHeld(ctx, w.cfg.Bond) }); !ok {
			return err
		}
		w.deposited = true
	}
	var errs []error
	if err := w.watch(ctx); err != nil {
		// the attestations already sampled (their games have clocks) are still moved on
		w.log.Error("reading attestations", "err", err)
		errs = append(errs, err)
	}
	for _, j := range w.pending {
		if err := w.advance(ctx, j); err != nil {
			if errors.Is(err, verifier.ErrUnavailable) {
				w.log.Warn("cannot check yet", "task", j.id, "attester", j.attester.Hex()[:10], "err", err)
				continue
			}
			w.Errors++
			w.log.Error("attestation", "task", j.id, "attester", j.attester.Hex()[:10], "err", err)
			errs = append(errs, fmt.Errorf("task %d attester %s: %w", j.id, j.attester.Hex()[:10], err))
		}
	}
	w.pending = slices.DeleteFunc(w.pending, func(j *job) bool { return j.done })
	return errors.Join(errs...)
}

// watch reads AttestationRevealed and DisputeSettled events since the last tick: each
// revealed attestation is checked with probability Sample; when a solver loses a
// dispute, every revealed attestation of that task vouching for the leaf it lost on is
// checked (vouch).
func (w *Whistleblower) watch(ctx context.Context) error {
	m := w.cfg.Market
	head, err := m.B.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("whistleblower: head: %w", err)
	}
	if head < w.next {
		return nil
	}
	if w.next == 0 { // the first scan: take back the disputes an earlier process opened
		if err := w.resumeDisputes(ctx, head); err != nil {
			return err
		}
	}
	logs, err := m.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(w.next), ToBlock: new(big.Int).SetUint64(head),
		Topics: [][]common.Hash{{attestationRevealed.ID, disputeSettled.ID}}})
	if err != nil {
		return fmt.Errorf("whistleblower: attestation logs: %w", err)
	}
	var lost []uint64
	for i := range logs {
		if logs[i].Topics[0] == disputeSettled.ID {
			ev, err := tm.UnpackDisputeSettledEvent(&logs[i])
			if err != nil {
				return fmt.Errorf("whistleblower: dispute log: %w", err)
			}
			if !ev.SolverWon {
				lost = append(lost, ev.Id.Uint64())
			}
			continue
		}
		ev, err := tm.UnpackAttestationRevealedEvent(&logs[i])
		if err != nil {
			return fmt.Errorf("whistleblower: attestation log: %w", err)
		}
		w.Seen++
		c := claim{id: ev.Id.Uint64(), attester: ev.Attester, seg: ev.Segment, end: ev.EndHash}
		if c.attester == m.Me() || w.rnd.Float64() >= w.cfg.Sample || w.queued[c.key()] {
			continue
		}
		w.queued[c.key()] = true
		w.pending = append(w.pending, &job{claim: c})
	}
	w.next = head + 1
	// the attestations revealed are all read before the settlements that follow them
	w.lost = append(w.lost, lost...)
	var errs []error
	w.lost = slices.DeleteFunc(w.lost, func(id uint64) bool {
		err := w.vouch(ctx, id)
		errs = append(errs, err)
		return err == nil // kept to try again next tick
	})
	return errors.Join(errs...)
}

// vouch queues, sampled or not, every revealed attestation of task id that vouched for
// the leaf its solver lost a dispute on: the contract does not slash them for the
// solver's loss (a solver can throw its own game), so each is disputed, and defended by
// its attester, before the task's windowEnd. The re-run still decides: an attestation
// the whistleblower's own re-run agrees with is not disputed.
func (w *Whistleblower) vouch(ctx context.Context, id uint64) error {
	m := w.cfg.Market
	a, err := m.Audit(ctx, id)
	if err != nil {
		return err
	}
	if !a.SolverLost {
		return nil // not audited: no attestation
	}
	now, err := w.headTime(ctx)
	if err != nil {
		return err
	}
	t, err := m.Task(ctx, id)
	if err != nil {
		return err
	}
	if now >= t.WindowEnd {
		return nil // its attestations can no longer be disputed
	}
	hashes, err := m.Trace(ctx, id, t)
	if err != nil {
		return err
	}
	if a.ChallengedSegment+1 >= uint64(len(hashes)) {
		return fmt.Errorf("whistleblower: task %d lost on segment %d of %d", id, a.ChallengedSegment, len(hashes)-1)
	}
	lost := hashes[a.ChallengedSegment+1]
	logs, err := m.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(t.CommitBlock),
		Topics: [][]common.Hash{{attestationRevealed.ID}, {common.BigToHash(new(big.Int).SetUint64(id))}}})
	if err != nil {
		return fmt.Errorf("whistleblower: attestation logs of task %d: %w", id, err)
	}
	for i := range logs {
		ev, err := tm.UnpackAttestationRevealedEvent(&logs[i])
		if err != nil {
			return fmt.Errorf("whistleblower: attestation log: %w", err)
		}
		c := claim{id: id, attester: ev.Attester, seg: ev.Segment, end: ev.EndHash}
		if c.seg != a.ChallengedSegment || c.end != lost || c.attester == m.Me() || w.queued[c.key()] {
			continue
		}
		w.queued[c.key()] = true
		w.Vouched++
		w.pending = append(w.pending, &job{claim: c, vouched: true})
		w.log.Info("attestation vouched for the leaf the solver lost on: checking it", "task", id,
			"attester", c.attester.Hex()[:10], "segment", c.seg)
	}
	return nil
}

// task lowers task id's spec once; nil while its spec or data is being fetched.
func (w *Whistleblower) task(ctx context.Context, id uint64, t taskmarket.TaskMarketTask) (*tk, error) {
	if x := w.tasks[id]; x != nil {
		return x, nil
	}
	x := &tk{bad: true}
	w.tasks[id] = x
	// the task's size comes from the chain: bounded before anything is built by it
	if err := daemon.CheckTask(t, w.cfg.MaxSteps); err != nil {
		w.log.Warn("task skipped", "task", id, "err", err)
		return x, nil
	}
	spec, ready, err := w.fetcher.Get(ctx, id, t)
	switch {
	case errors.Is(err, task.ErrUnknownSpec):
		w.log.Info("unknown spec: not checked", "task", id)
		return x, nil
	case err != nil || !ready: // not yet: fetched (again) for a later tick
		delete(w.tasks, id)
		if err != nil {
			w.log.Warn("cannot fetch the task's spec or data (tried again)", "task", id, "err", err)
		}
		return nil, nil
	}
	tr, err := train.NewTrainerWith(spec, train.Options{Library: w.cfg.Library, MaxDataBytes: w.cfg.MaxData})
	if err != nil {
		return x, err
	}
	built, err := task.Build(ctx, tr, t.Spec.Steps, t.Spec.Interval, w.cfg.Task)
	if err != nil {
		w.log.Warn("task not checkable", "task", id, "err", err)
		return x, nil
	}
	if err := built.Check(t.Spec); err != nil {
		w.log.Warn("submitter's spec roots are wrong: not checked", "task", id, "err", err)
		return x, nil
	}
	x.tk, x.run, x.bad = built, &verifier.SegmentRun{Task: built}, false
	if sz, ok := w.cfg.Checkpoints.(verifier.StateSizer); ok {
		sz.SetStateSize(id, int64(checkpoint.EncodedLen(built.Init)))
	}
	return x, nil
}

// advance moves one sampled attestation on: wait for the secret reveal (the trace is
// then final), re-run the segment, dispute if wrong, play the dispute.
func (w *Whistleblower) advance(ctx context.Context, j *job) error {
	m := w.cfg.Market
	if j.duel != nil {
		done, res, err := j.duel.Poll(ctx)
		if err != nil || !done {
			return err
		}
		j.done = true
		if res == model.ChallengerWins {
			w.Won++
			w.log.Info("dispute won", "task", j.id, "attester", j.attester.Hex()[:10], "of_solver", j.ofSolver)
			if j.ofSolver {
				// the solver lost: the attestation that vouched for its leaf is not
				// slashed with it; it is disputed next, before the task's windowEnd
				j.done, j.duel, j.ofSolver = false, nil, false
			}
		} else {
			w.Lost++
			w.log.Warn("dispute lost: bond slashed", "task", j.id, "attester", j.attester.Hex()[:10], "of_solver", j.ofSolver)
		}
		return nil
	}
	t, err := m.Task(ctx, j.id)
	if err != nil {
		return err
	}
	a, err := m.Audit(ctx, j.id)
	if err != nil {
		return err
	}
	if j.resume == nil {
		// Attestations are disputable from the secret reveal until windowEnd, whatever
		// the task's status (a solver's loss judges none of them); then nothing is left
		// to dispute (an open game outlives it and is played on: j.resume).
		now, err := w.headTime(ctx)
		if err != nil {
			return err
		}
		live := t.Status == onchain.StatusCommitted || t.Status == onchain.StatusDisputed
		if (a.SecretRevealed && now >= t.WindowEnd) || (!live && !a.SecretRevealed) {
			j.done = true
			return nil
		}
	}
	if !a.SecretRevealed {
		return nil
	}
	if a.Forced && j.seg == a.ForcedSegment+1 && j.resume == nil {
		// void: the segment's start was the decoy, so no attester could vouch for the
		// true trace there; the contract releases it and a dispute of it reverts
		j.done = true
		w.log.Info("void attestation (its start was a forced error's decoy): not disputed", "task", j.id,
			"attester", j.attester.Hex()[:10], "segment", j.seg)
		return nil
	}
	if a.Forced && j.seg == a.ForcedSegment && j.end == a.Decoy && j.resume == nil {
		// lazy: it revealed the decoy; closing it takes its whole stake to the pool, and
		// a dispute of it reverts (LazyAttestation)
		j.done = true
		w.log.Info("lazy attestation (the forced error's decoy): its close slashes it, not disputed", "task", j.id,
			"attester", j.attester.Hex()[:10], "segment", j.seg)
		return nil
	}
	on, err := m.Attestation(ctx, j.id, j.attester)
	if err != nil {
		return err
	}
	if j.resume != nil {
		if open, err := m.DisputeOpen(ctx, j.resume); err != nil || !open {
			j.done = err == nil // settled while this process was down
			return err
		}
	}
	// Disputed by someone else: disputed here too (disputes run in parallel, and a
	// friend's dispute may be thrown); closed: nothing left
	if on.State != onchain.AttRevealed && on.State != onchain.AttDisputed && j.resume == nil {
		j.done = true
		return nil
	}
	x, err := w.task(ctx, j.id, t)
	if err != nil || x == nil || x.bad { // x nil: its spec or data is being fetched
		j.done = x != nil && x.bad
		return err
	}
	if j.comp == nil {
		if done, err := w.rerun(ctx, j, x, t); err != nil || done {
			return err
		}
	}
	if j.resume != nil {
		return w.reopen(ctx, j, x, t)
	}
	hashes, comp := j.hashes, j.comp
	if j.trueEnd == j.end {
		j.done = true
		w.log.Info("attestation right", "task", j.id, "attester", j.attester.Hex()[:10], "segment", j.seg)
		return nil
	}
	if err := w.cfg.Market.EnsureFree(ctx, t.Terms.ChallengerBond); err != nil {
		return err
	}
	var game *big.Int
	var block uint64
	solver, settle, open := j.attester, func(context.Context) error { return nil }, func(context.Context) (bool, error) { return false, nil }
	if j.end == hashes[j.seg+1] && t.Status != onchain.StatusFailed {
		// it vouched for the solver's own leaf: the solver is wrong there too. The
		// solver is challenged first; once it has lost (Failed), the attestation is
		// disputed (below): the solver's loss does not slash it
		if now, herr := w.headTime(ctx); herr == nil && now >= t.WindowEnd {
			j.done = true // the window closed: the attester's stake stands or falls with the task
			return nil
		}
		if w.challenged[j.id] {
			return nil // this account's game against the solver runs: its outcome decides
		}
		key := fmt.Sprintf("challenge %d", j.id)
		if ok, err := w.retry.Try(key, func() (err error) { game, block, err = m.Challenge(ctx, j.id, hashes, j.seg); return err }); !ok {
			return err
		}
		id := j.id
		w.challenged[id] = true
		solver, j.ofSolver = t.Solver, true
		settle = func(ctx context.Context) error { return m.Settle(ctx, id, game) }
		open = func(ctx context.Context) (bool, error) { return m.DisputeOpen(ctx, game) }
	} else {
		key := fmt.Sprintf("dispute %d %s", j.id, j.attester.Hex())
		if ok, err := w.retry.Try(key, func() (err error) {
			game, block, err = m.DisputeAttestation(ctx, j.id, j.attester, hashes)
			return err
		}); !ok {
			return err
		}
		id, attester := j.id, j.attester
		settle = func(ctx context.Context) error { return m.SettleAttestation(ctx, id, attester, game) }
		open = func(ctx context.Context) (bool, error) { return m.DisputeOpen(ctx, game) }
	}
	w.Disputed++
	d, err := onchain.OpenDuel(ctx, m, onchain.Seat{Party: model.Challenger, Task: x.tk, View: comp}, game, block,
		onchain.GameSetup(t, hashes[j.seg], j.end, j.seg), solver, m.Me(), w.log.With("task", j.id))
	if err != nil {
		return err
	}
	d.Settle, d.Open, j.duel = settle, open, d
	w.log.Warn("wrong attestation: disputed", "task", j.id, "attester", j.attester.Hex()[:10], "segment", j.seg,
		"of_solver", j.ofSolver, "vouched", j.vouched, "game", game)
	return nil
}

func (w *Whistleblower) headTime(ctx context.Context) (uint64, error) {
	h, err := w.cfg.Market.B.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("whistleblower: head: %w", err)
	}
	return h.Time, nil
}

// rerun re-runs the attested segment once, against the solver's (final) checkpoint
// list; done when there is nothing to dispute from it.
func (w *Whistleblower) rerun(ctx context.Context, j *job, x *tk, t taskmarket.TaskMarketTask) (done bool, err error) {
	hashes, err := w.cfg.Market.Trace(ctx, j.id, t)
	if err != nil {
		return false, err
	}
	if uint64(len(hashes)) != x.tk.Segments()+1 {
		return false, fmt.Errorf("%w: %d checkpoints for %d segments", verifier.ErrUnavailable, len(hashes), x.tk.Segments())
	}
	end, comp, own, err := x.run.End(ctx, w.cfg.Checkpoints, t.Solver, j.id, hashes, t.TraceRoot, j.seg)
	if err != nil {
		return false, err
	}
	w.Checked++
	if own {
		if st, err := comp.StateAt(j.seg * x.tk.Interval); err != nil || st.Hash() != hashes[j.seg] {
			// the solver's trace is wrong before this segment: the agreed start of a
			// dispute would be a state this re-run does not hold (the verifiers'
			// challenge of the solver settles it)
			j.done = true
			w.log.Warn("solver's trace wrong before the attested segment: not disputed", "task", j.id, "segment", j.seg)
			return true, nil
		}
	}
	j.hashes, j.trueEnd, j.comp = hashes, end, comp
	return false, nil
}

func (c claim) key() string { return fmt.Sprintf("%d/%s", c.id, c.attester.Hex()) }

// resumeDisputes finds the attestation disputes this account opened that are still
// open (an earlier process, stopped mid-game) and queues them to be played on.
func (w *Whistleblower) resumeDisputes(ctx context.Context, head uint64) error {
	m := w.cfg.Market
	ev := tm.GetABI().Events["AttestationDisputed"]
	logs, err := m.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int), ToBlock: new(big.Int).SetUint64(head),
		Topics: [][]common.Hash{{ev.ID}, nil, nil, {common.BytesToHash(m.Me().Bytes())}}})
	if err != nil {
		return fmt.Errorf("whistleblower: dispute logs: %w", err)
	}
	for i := range logs {
		d, err := tm.UnpackAttestationDisputedEvent(&logs[i])
		if err != nil {
			return fmt.Errorf("whistleblower: dispute log: %w", err)
		}
		id := d.Id.Uint64()
		if open, err := m.DisputeOpen(ctx, d.Game); err != nil {
			return err
		} else if !open {
			continue
		}
		on, err := m.Attestation(ctx, id, d.Attester)
		if err != nil {
			return err
		}
		j := &job{claim: claim{id: id, attester: d.Attester, seg: on.Segment, end: on.EndHash}, resume: d.Game, resumeBlock: logs[i].BlockNumber}
		w.queued[j.key()] = true
		w.pending = append(w.pending, j)
		w.log.Info("resuming an attestation dispute", "task", id, "attester", d.Attester.Hex()[:10], "game", d.Game)
	}
	return nil
}

// reopen plays on a resumed attestation dispute: the re-run holds the agreed start,
// the agent replays the game's moves from its opening block.
func (w *Whistleblower) reopen(ctx context.Context, j *job, x *tk, t taskmarket.TaskMarketTask) error {
	m := w.cfg.Market
	id, attester := j.id, j.attester
	d, err := onchain.OpenDuel(ctx, m, onchain.Seat{Party: model.Challenger, Task: x.tk, View: j.comp}, j.resume, j.resumeBlock,
		onchain.GameSetup(t, j.hashes[j.seg], j.end, j.seg), attester, m.Me(), w.log.With("task", id))
	if err != nil {
		return err
	}
	game := j.resume
	d.Settle = func(ctx context.Context) error { return m.SettleAttestation(ctx, id, attester, game) }
	d.Open = func(ctx context.Context) (bool, error) { return m.DisputeOpen(ctx, game) }
	j.duel, j.resume = d, nil
	return nil
}
