package verifier

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/internal/atomicfile"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// ErrAttestFile: a stored attestation that cannot be read back.
var ErrAttestFile = errors.New("verifier: bad attestation file")

// errStopped: a tick ended where a test stops the process (stopBeforeCommit).
var errStopped = errors.New("verifier: stopped (test)")

// AuditCounts are a verifier's attestation figures.
type AuditCounts struct {
	Attested int // attestations committed
	Revealed int // attestations revealed
	// Jackpots: forced errors this verifier found (its attestation was the true leaf
	// where the solver had posted the decoy); Slashed: attestations whose stake was
	// lost (lazy, unrevealed, or a lost dispute); Void:
	// attestations of a forced task's segment f+1, whose start was the decoy (stake
	// back, no fee).
	Jackpots, Slashed, Void int
	// DefendedWon and DefendedLost count disputes of this verifier's attestations.
	DefendedWon, DefendedLost int
}

// attestation is this verifier's attestation of one task's segment (drawn after its
// join, read from the chain). The exported fields are what it keeps on disk (written
// before the commitment is sent: a restarted verifier can still reveal it).
type attestation struct {
	Market  string `json:"market"`
	Task    uint64 `json:"task"`
	Segment uint64 `json:"segment"`
	End     string `json:"end"`
	Salt    string `json:"salt"`

	end, salt [32]byte
	// start is the trace's leaf seg when the segment was re-run for the attestation:
	// a forced error's secret reveal replaces leaf f+1 (the decoy) by the true leaf,
	// and a re-run from the decoy says nothing about the corrected trace
	start [32]byte
	comp  *pinpoint.Computation // holds the segment's start: the defence of a dispute
	own   bool                  // comp started from step 0 (the start checkpoint was missing)
	// duels are the open disputes of it this verifier defends, by game id (they run in
	// parallel); ended the games it is done with; scanned the block their logs were last
	// read from
	duels   map[string]*onchain.Duel
	ended   map[string]bool
	scanned uint64
	closed  bool
	warned  bool
}

// attestations are the verifier's attestations by task.
type attestations map[uint64]*attestation

func (v *Verifier) attestPath(id uint64) string {
	return filepath.Join(v.cfg.Dir, fmt.Sprintf("attest-%s-%d.json", strings.ToLower(v.cfg.Market.At.Hex()), id))
}

// loadAttestations reads, once per process, the attestations an earlier process of
// this verifier stored for this market: a restart reveals, defends and closes them.
func (v *Verifier) loadAttestations() error {
	if v.att != nil {
		return nil
	}
	att := attestations{}
	if v.cfg.Dir != "" {
		prefix := fmt.Sprintf("attest-%s-", strings.ToLower(v.cfg.Market.At.Hex()))
		ents, err := os.ReadDir(v.cfg.Dir)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("verifier: %w", err)
		}
		for _, e := range ents {
			if !strings.HasPrefix(e.Name(), prefix) || !strings.HasSuffix(e.Name(), ".json") {
				continue // another market's, or a temporary file of an interrupted write
			}
			path := filepath.Join(v.cfg.Dir, e.Name())
			b, err := os.ReadFile(path)
			if err != nil {
				return fmt.Errorf("verifier: %w", err)
			}
			a, err := parseAttestation(b)
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			if !strings.EqualFold(a.Market, v.cfg.Market.At.Hex()) || path != v.attestPath(a.Task) {
				return fmt.Errorf("%w: %s holds market %s task %d", ErrAttestFile, path, a.Market, a.Task)
			}
			att[a.Task] = a
		}
	}
	v.att = att
	return nil
}

// parseAttestation decodes a stored attestation, strictly.
func parseAttestation(b []byte) (*attestation, error) {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	a := new(attestation)
	if err := dec.Decode(a); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrAttestFile, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data", ErrAttestFile)
	}
	for _, f := range []struct {
		s   string
		dst *[32]byte
	}{{a.End, &a.end}, {a.Salt, &a.salt}} {
		if len(f.s) != 64 {
			return nil, fmt.Errorf("%w: %q is not 32 bytes of hex", ErrAttestFile, f.s)
		}
		if _, err := hex.Decode(f.dst[:], []byte(f.s)); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrAttestFile, err)
		}
	}
	return a, nil
}

func (v *Verifier) saveAttestation(a *attestation) error {
	a.Market, a.End, a.Salt = v.cfg.Market.At.Hex(), hexOf(a.end), hexOf(a.salt)
	b, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("verifier: %w", err)
	}
	if err := os.MkdirAll(v.cfg.Dir, 0o755); err != nil {
		return fmt.Errorf("verifier: %w", err)
	}
	return atomicfile.WriteFile(v.attestPath(a.Task), append(b, '\n'), 0o600)
}

func (v *Verifier) headTime(ctx context.Context) (uint64, error) {
	h, err := v.cfg.Market.B.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("verifier: head: %w", err)
	}
	return h.Time, nil
}

// attestPhase runs before a committed task (seed drawn) is checked. With the audit on,
// nothing may be challenged until the solver reveals its secret: until then the
// verifier attests (join, then, once the block after its join is sealed, re-run the
// segment that block's hash draws and commit) and waits (wait is true). A lazy verifier
// attests the solver's posted leaf without computing, and never checks anything.
func (v *Verifier) attestPhase(ctx context.Context, w *watch, t taskmarket.TaskMarketTask) (wait bool, err error) {
	m := v.cfg.Market
	a, err := m.Audit(ctx, w.id)
	if err != nil {
		return false, err
	}
	if a.Audit.AttestWindow == 0 || a.SecretRevealed {
		if v.cfg.Lazy || v.probe {
			w.done = true
			return true, nil
		}
		if at := v.att[w.id]; at != nil && !w.checked && !v.cfg.CheckAll && a.SecretRevealed {
			return false, v.judgeAttested(ctx, w, t, at)
		}
		return false, nil
	}
	if err := v.loadAttestations(); err != nil {
		return true, err
	}
	if v.att[w.id] != nil {
		return true, nil // committed (or about to be): reveal and the rest are tickAttestations' job
	}
	now, err := v.headTime(ctx)
	if err != nil {
		return false, err
	}
	if now > a.AttestEnd || v.cfg.Dir == "" || t.Solver == m.Me() {
		return true, nil // too late, no folder to keep a salt in, or its own task: check after the reveal
	}
	on, err := m.Attestation(ctx, w.id, m.Me())
	if err != nil {
		return true, err
	}
	switch on.State {
	case onchain.AttNone:
		return true, v.join(ctx, w, t, a)
	case onchain.AttJoined: // joined, by this process or one before a restart
		return true, v.attest(ctx, w, t)
	}
	return true, nil // committed with a file since lost: it cannot be revealed
}

// join takes one of task w's attestation slots (first come) as soon as the seed is
// drawn, for a task it can check whose solver serves its list: the segment is drawn
// later, from the hash of the block after the join, which nobody knows when joining
// (so no address can be ground for a chosen segment). The stake is locked now.
func (v *Verifier) join(ctx context.Context, w *watch, t taskmarket.TaskMarketTask, a taskmarket.TaskMarketAuditState) error {
	m := v.cfg.Market
	if a.Audit.MaxAttesters != 0 && a.Attesters >= a.Audit.MaxAttesters {
		v.log.Debug("attestation slots full", "task", w.id, "max", a.Audit.MaxAttesters)
		return nil
	}
	if w.tk == nil {
		if ok, err := v.prepare(ctx, w, t); err != nil || !ok {
			return err
		}
	}
	if w.noAttest {
		return nil // checked after the reveal like a task it came to late (prepare said why)
	}
	// no stake on a task whose solver does not serve its list
	if _, err := v.trace(ctx, w, t); err != nil {
		return err
	}
	if err := m.EnsureFree(ctx, a.Audit.AttestStake); err != nil {
		return err
	}
	block, err := m.JoinAttestation(ctx, w.id)
	if err != nil {
		return err
	}
	v.log.Info("joined the attestations", "task", w.id, "block", block)
	return nil
}

// trace is the solver's checkpoint list of task w, of the task's length.
func (v *Verifier) trace(ctx context.Context, w *watch, t taskmarket.TaskMarketTask) ([][32]byte, error) {
	hashes, err := v.cfg.Market.Trace(ctx, w.id, t)
	if err != nil {
		return nil, err
	}
	if uint64(len(hashes)) != w.tk.Segments()+1 {
		return nil, fmt.Errorf("%w: %d checkpoints for %d segments", ErrUnavailable, len(hashes), w.tk.Segments())
	}
	return hashes, nil
}

// attest commits the attestation of a joined task once its segment can be read (the
// block after the join is sealed): the segment's end re-run from the solver's start
// (or, lazy, copied from the posted leaf), a fresh salt, both on disk before the
// commitment is sent.
func (v *Verifier) attest(ctx context.Context, w *watch, t taskmarket.TaskMarketTask) error {
	m := v.cfg.Market
	seg, err := m.AttestSegment(ctx, w.id, m.Me())
	if errors.Is(err, onchain.ErrSegmentNotReady) {
		return nil // the block whose hash draws it is not sealed yet
	}
	if err != nil {
		return err
	}
	if w.tk == nil { // a restart after the join
		if ok, err := v.prepare(ctx, w, t); err != nil || !ok {
			return err
		}
	}
	hashes, err := v.trace(ctx, w, t)
	if err != nil {
		return err
	}
	if seg >= w.tk.Segments() {
		return fmt.Errorf("%w: segment %d of %d", ErrBadTrace, seg, w.tk.Segments())
	}
	at := &attestation{Task: w.id, Segment: seg, start: hashes[seg]}
	copied := false
	if v.cfg.Lazy || v.probe {
		p, err := checkpoint.ProveTrace(hashes, int(seg+1))
		if err != nil {
			return err
		}
		if err := p.Verify(); err != nil || p.Root != t.TraceRoot {
			return fmt.Errorf("%w: checkpoint %d is not under the committed trace root", ErrUnavailable, seg+1)
		}
		copied = v.cfg.Lazy
		if v.probe { // copies the leaf only when a state is served behind it
			_, err := v.cfg.Checkpoints.Fetch(ctx, t.Solver, w.id, hashes[seg+1])
			if err != nil && !errors.Is(err, ErrUnavailable) {
				return err
			}
			copied = err == nil
		}
		at.end = hashes[seg+1]
	}
	if !copied {
		run := &SegmentRun{Task: w.tk, Fault: v.cfg.Fault}
		if at.end, at.comp, at.own, err = run.End(ctx, v.cfg.Checkpoints, t.Solver, w.id, hashes, t.TraceRoot, seg); err != nil {
			return err
		}
		if at.own {
			v.FromStart += at.comp.Steps()
		}
		v.Checked++
	}
	if _, err := rand.Read(at.salt[:]); err != nil {
		return fmt.Errorf("verifier: salt: %w", err)
	}
	// on disk before the commitment exists: a restart can always reveal what it sent
	if err := v.saveAttestation(at); err != nil {
		return err
	}
	v.att[w.id] = at // from here on tickAttestations sends it again if this send fails
	if v.stopBeforeCommit {
		return errStopped
	}
	if err := m.Attest(ctx, w.id, onchain.AttestCommitment(w.id, m.Me(), at.end, at.salt)); err != nil {
		return err
	}
	v.Audit.Attested++
	v.log.Info("attested", "task", w.id, "segment", seg, "end", hex.EncodeToString(at.end[:8]), "lazy", v.cfg.Lazy, "copied", copied,
		"differs_from_solver", at.end != hashes[seg+1])
	return nil
}

// tickAttestations moves each of the verifier's attestations on: reveal it in the
// reveal window, defend it when disputed, close it (stake back, fee and jackpot share
// paid, or slashed) once the task has ended.
func (v *Verifier) tickAttestations(ctx context.Context) error {
	if err := v.loadAttestations(); err != nil {
		return err
	}
	ids := make([]uint64, 0, len(v.att))
	for id, a := range v.att {
		if !a.closed {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	var errs []error
	for _, id := range ids {
		if err := v.moveAttestation(ctx, v.att[id]); err != nil {
			v.Errors++
			v.log.Error("attestation", "task", id, "err", err)
			errs = append(errs, fmt.Errorf("attestation of task %d: %w", id, err))
		}
	}
	return errors.Join(errs...)
}

func (v *Verifier) moveAttestation(ctx context.Context, at *attestation) error {
	m := v.cfg.Market
	on, err := m.Attestation(ctx, at.Task, m.Me())
	if err != nil {
		return err
	}
	switch on.State {
	case onchain.AttNone:
		// a file of an attestation never joined (its join undone by a reorg): nothing is
		// staked; forget it, and the task is joined afresh while its window is open
		if err := os.Remove(v.attestPath(at.Task)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("verifier: %w", err)
		}
		delete(v.att, at.Task)
		v.log.Warn("stored attestation not joined on chain: dropped", "task", at.Task)
	case onchain.AttJoined:
		// stored, then the commitment was not mined (a failed send, or the process
		// stopped): send it again while the window is open (the same end and salt)
		a, err := m.Audit(ctx, at.Task)
		if err != nil {
			return err
		}
		now, err := v.headTime(ctx)
		if err != nil {
			return err
		}
		if now > a.AttestEnd {
			at.closed = true
			v.Audit.Slashed++
			v.log.Error("attestation joined but not committed in time: its stake is lost", "task", at.Task)
			return nil
		}
		if err := m.Attest(ctx, at.Task, onchain.AttestCommitment(at.Task, m.Me(), at.end, at.salt)); err != nil {
			return err
		}
		v.Audit.Attested++
	case onchain.AttCommitted:
		a, err := m.Audit(ctx, at.Task)
		if err != nil {
			return err
		}
		now, err := v.headTime(ctx)
		if err != nil {
			return err
		}
		switch {
		case now > a.RevealEnd:
			at.closed = true
			v.Audit.Slashed++
			v.log.Error("attestation not revealed in time: its stake is lost", "task", at.Task)
		case now > a.AttestEnd:
			if err := m.RevealAttestation(ctx, at.Task, at.end, at.salt); err != nil {
				return err
			}
			v.Audit.Revealed++
			v.log.Info("attestation revealed", "task", at.Task, "segment", at.Segment)
		}
	case onchain.AttDisputed:
		return v.defendAttestation(ctx, at)
	case onchain.AttRevealed:
		clear(at.duels) // every dispute of it is settled: it stands
		t, err := m.Task(ctx, at.Task)
		if err != nil {
			return err
		}
		if t.Status != onchain.StatusFinalized && t.Status != onchain.StatusFailed {
			return nil
		}
		// after a solver lost a dispute, attestations stay disputable until windowEnd
		if now, err := v.headTime(ctx); err != nil || now < t.WindowEnd {
			return err
		}
		return v.closeAttestation(ctx, at, t)
	case onchain.AttClosed: // closed by someone else: a lost dispute, or a sweep
		at.closed = true
		out, err := v.closedOutcome(ctx, at.Task)
		if err != nil {
			return err
		}
		switch out {
		case onchain.OutcomeReleased:
		case onchain.OutcomeVoid:
			v.Audit.Void++
		default:
			if out == onchain.OutcomeLostDispute {
				v.Audit.DefendedLost++
			}
			v.Audit.Slashed++
			v.log.Warn("attestation closed: stake slashed", "task", at.Task, "outcome", out)
		}
	}
	return nil
}

// closeAttestation ends the attestation of a task that has ended: the stake comes
// back (with the fee on a finalized task, shown by the attested leaf's proof under the
// final trace root, and the jackpot share of a forced error found), or is slashed.
func (v *Verifier) closeAttestation(ctx context.Context, at *attestation, t taskmarket.TaskMarketTask) error {
	m := v.cfg.Market
	var final [][32]byte // the final trace, which shows the fee is earned
	if t.Status == onchain.StatusFinalized {
		if hashes, err := v.cfg.Market.Trace(ctx, at.Task, t); err == nil && at.Segment+1 < uint64(len(hashes)) &&
			hashes[at.Segment+1] == at.end && model.NewTree(hashes).Root() == t.TraceRoot {
			final = hashes
		}
	}
	if err := m.CloseAttestation(ctx, at.Task, m.Me(), final); err != nil {
		return err
	}
	at.closed = true
	a, err := m.Audit(ctx, at.Task)
	if err != nil {
		return err
	}
	out, err := v.closedOutcome(ctx, at.Task)
	if err != nil {
		return err
	}
	switch {
	case out == onchain.OutcomeVoid: // its start was the decoy: nobody could vouch for the segment
		v.Audit.Void++
		v.log.Info("attestation closed: void (its start was a forced error's decoy), stake back", "task", at.Task)
	case out != onchain.OutcomeReleased: // lazy (the decoy)
		v.Audit.Slashed++
		v.log.Warn("attestation closed: stake slashed (it vouched for a wrong leaf)", "task", at.Task, "outcome", out)
	case a.Forced && at.Segment == a.ForcedSegment && at.end == a.TrueLeaf && a.JackpotShare.Sign() > 0:
		v.Audit.Jackpots++
		v.log.Info("attestation closed: jackpot won", "task", at.Task, "share", a.JackpotShare)
	default:
		v.log.Info("attestation closed: stake back", "task", at.Task)
	}
	return nil
}

// defendAttestation plays the solver's seat of every game disputing this verifier's
// attestation (they run in parallel, one per challenger): the agreed start is the
// trace's leaf of the segment, the disputed end the attestation's.
func (v *Verifier) defendAttestation(ctx context.Context, at *attestation) error {
	m := v.cfg.Market
	if v.cfg.Lazy || v.probe {
		if !at.warned {
			at.warned = true
			v.log.Warn("lazy attestation disputed: not defended", "task", at.Task)
		}
		return nil
	}
	t, err := m.Task(ctx, at.Task)
	if err != nil {
		return err
	}
	w := v.tasks[at.Task]
	if w == nil {
		w = &watch{id: at.Task, bad: -1}
		v.tasks[at.Task] = w
	}
	if w.tk == nil {
		if ok, err := v.prepare(ctx, w, t); err != nil || !ok {
			return err
		}
	}
	hashes, err := m.Trace(ctx, at.Task, t)
	if err != nil {
		return err
	}
	if at.Segment+1 >= uint64(len(hashes)) {
		return fmt.Errorf("%w: %d checkpoints", ErrBadTrace, len(hashes))
	}
	if at.comp == nil { // a restart: re-run the segment again
		run := &SegmentRun{Task: w.tk, Fault: v.cfg.Fault}
		if _, at.comp, _, err = run.End(ctx, v.cfg.Checkpoints, t.Solver, at.Task, hashes, t.TraceRoot, at.Segment); err != nil {
			return err
		}
	}
	if at.duels == nil {
		at.duels, at.ended, at.scanned = map[string]*onchain.Duel{}, map[string]bool{}, t.CommitBlock
	}
	ds, err := m.Disputes(ctx, at.Task, m.Me(), at.scanned)
	if err != nil {
		return err
	}
	for _, d := range ds {
		at.scanned = max(at.scanned, d.Block)
		key := d.Game.String()
		if at.duels[key] != nil || at.ended[key] {
			continue
		}
		if open, err := m.DisputeOpen(ctx, d.Game); err != nil {
			return err
		} else if !open {
			at.ended[key] = true
			continue
		}
		duel, err := onchain.OpenDuel(ctx, m, onchain.Seat{Party: model.Solver, Task: w.tk, View: at.comp}, d.Game, d.Block,
			onchain.GameSetup(t, hashes[at.Segment], at.end, at.Segment), m.Me(), d.Challenger, v.log.With("task", at.Task))
		if err != nil {
			return err
		}
		id, game := at.Task, d.Game
		duel.Settle = func(ctx context.Context) error { return m.SettleAttestation(ctx, id, m.Me(), game) }
		duel.Open = func(ctx context.Context) (bool, error) { return m.DisputeOpen(ctx, game) }
		at.duels[key] = duel
		v.log.Warn("attestation disputed: defending", "task", at.Task, "by", d.Challenger.Hex()[:10], "game", d.Game)
	}
	var errs []error
	for key, duel := range at.duels {
		over, r, err := duel.Poll(ctx)
		if err != nil {
			errs = append(errs, fmt.Errorf("game %s: %w", key, err))
		}
		if over {
			delete(at.duels, key)
			at.ended[key] = true
			if r == model.SolverWins {
				v.Audit.DefendedWon++
				v.log.Info("attestation dispute won", "task", at.Task, "game", key)
			}
		}
	}
	return errors.Join(errs...)
}

// OpenAttestations is the number of this verifier's attestations not yet closed.
func (v *Verifier) OpenAttestations() int {
	n := 0
	for _, a := range v.att {
		if !a.closed {
			n++
		}
	}
	return n
}

func hexOf(h [32]byte) string { return hex.EncodeToString(h[:]) }

// judgeAttested decides, after the secret reveal, whether the attested segment is
// wrong in the (corrected) trace, from the re-run made for the attestation instead of
// a second one. A re-run from step 0 (a missing start) leaves it to check, which finds
// the first wrong segment, going on from that very run (its states from step 0 are
// kept: the check computes nothing twice); so does a start leaf the reveal replaced
// (segment f+1 of a forced task, re-run from the decoy: its end says nothing about the
// true trace, and check re-runs the segment from the true checkpoint f+1, which the
// solver serves).
func (v *Verifier) judgeAttested(ctx context.Context, w *watch, t taskmarket.TaskMarketTask, at *attestation) error {
	if at.comp == nil {
		return nil
	}
	if at.own {
		if w.own == nil {
			w.own = at.comp
		}
		return nil
	}
	hashes, err := v.cfg.Market.Trace(ctx, w.id, t)
	if err != nil {
		return err
	}
	if at.Segment+1 >= uint64(len(hashes)) || model.NewTree(hashes).Root() != t.TraceRoot {
		return fmt.Errorf("%w: the checkpoint list is not the trace root", ErrUnavailable)
	}
	if hashes[at.Segment] != at.start {
		v.log.Info("the reveal replaced the attested segment's start (a forced error's decoy): re-checking from the true start",
			"task", w.id, "segment", at.Segment)
		return nil
	}
	w.checked, w.bad = true, -1
	if at.end != hashes[at.Segment+1] {
		w.bad, w.comp, w.hashes = int64(at.Segment), at.comp, hashes
		v.log.Warn("segment wrong", "task", w.id, "segment", at.Segment)
	}
	return nil
}

// Dir is the folder the verifier keeps its attestations in (Config.Dir).
func (v *Verifier) Dir() string { return v.cfg.Dir }

// closedOutcome is how this verifier's attestation of task id was closed (its
// AttestationClosed event).
func (v *Verifier) closedOutcome(ctx context.Context, id uint64) (uint8, error) {
	m := v.cfg.Market
	ev := tm.GetABI().Events["AttestationClosed"]
	logs, err := m.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int),
		Topics: [][]common.Hash{{ev.ID}, {common.BigToHash(new(big.Int).SetUint64(id))}, {common.BytesToHash(m.Me().Bytes())}}})
	if err != nil {
		return 0, fmt.Errorf("verifier: attestation logs of task %d: %w", id, err)
	}
	for i := range logs {
		if c, err := tm.UnpackAttestationClosedEvent(&logs[i]); err == nil {
			return c.Outcome, nil
		}
	}
	return 0, fmt.Errorf("verifier: task %d: attestation closed without an AttestationClosed event", id)
}
