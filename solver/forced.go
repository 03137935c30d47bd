package solver

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/internal/atomicfile"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// ErrSecret: a stored task secret that cannot be read back.
var ErrSecret = errors.New("solver: bad task secret file")

// secretName is the file, in a task's run folder, that holds the solver's secret for
// the task's forced-error draw (docs/PROTOCOL.md, "Attestations and forced errors").
const secretName = "secret.hex"

// runDir is task id's run folder.
func (s *Solver) runDir(id uint64) string {
	return filepath.Join(s.cfg.Dir, "task-"+strconv.FormatUint(id, 10))
}

// taskSecret returns task id's secret, drawing it and storing it durably first when
// the run folder has none. It is stored before the claim that commits to its hash, so
// a solver restarted at any point can still compute its forced error and reveal.
func (s *Solver) taskSecret(id uint64) ([32]byte, error) {
	path := filepath.Join(s.runDir(id), secretName)
	b, err := os.ReadFile(path)
	if err == nil {
		return parseSecret(b)
	}
	if !errors.Is(err, os.ErrNotExist) {
		return [32]byte{}, fmt.Errorf("solver: task %d secret: %w", id, err)
	}
	var sec [32]byte
	if _, err := rand.Read(sec[:]); err != nil {
		return sec, fmt.Errorf("solver: task %d secret: %w", id, err)
	}
	if err := os.MkdirAll(s.runDir(id), 0o755); err != nil {
		return sec, fmt.Errorf("solver: task %d secret: %w", id, err)
	}
	if err := atomicfile.WriteFile(path, []byte(hex.EncodeToString(sec[:])+"\n"), 0o600); err != nil {
		return sec, fmt.Errorf("solver: task %d secret: %w", id, err)
	}
	return sec, nil
}

// parseSecret reads a secret file: 64 hex digits and an optional newline.
func parseSecret(b []byte) ([32]byte, error) {
	var sec [32]byte
	b = bytes.TrimSuffix(b, []byte("\n"))
	if len(b) != 64 {
		return sec, fmt.Errorf("%w: %d characters, want 64 hex digits", ErrSecret, len(b))
	}
	if _, err := hex.Decode(sec[:], b); err != nil {
		return sec, fmt.Errorf("%w: %v", ErrSecret, err)
	}
	return sec, nil
}

// forced is an audited task's forced-error state, as the solver computed it at commit
// (or again after a restart: everything in it follows from the secret and the chain).
type forced struct {
	secret [32]byte
	forced bool
	f      uint64     // forced segment: leaf f+1 of the posted trace is the decoy
	posted [][32]byte // the committed list: hashes with the decoy's root at f+1 when forced
	// open is the opening, in the true checkpoint f+1, of the float the decoy masks:
	// what revealSecret needs to put the true leaf back (nil when not forced)
	open     *checkpoint.FloatProof
	revealed bool // the secret is revealed: the trace root names the true list again
}

// secretHash is what claimTask commits for task id: the hash of its secret, drawn and
// stored first (every task gets one: it costs nothing when the task has no audit).
func (s *Solver) secretHash(id uint64) ([32]byte, error) {
	sec, err := s.taskSecret(id)
	if err != nil {
		return [32]byte{}, err
	}
	return onchain.SecretHash(sec), nil
}

// posted is the checkpoint list to commit for j: its hashes, or, when the task's audit
// forces an error, the hashes with the decoy in place of leaf f+1. It returns nil
// while the block hash that decides the draw is not yet mined.
func (s *Solver) posted(ctx context.Context, j *job, hashes [][32]byte) ([][32]byte, error) {
	m := s.cfg.Market
	a, err := m.Audit(ctx, j.id)
	if err != nil {
		return nil, err
	}
	if a.Audit.AttestWindow == 0 {
		return hashes, nil
	}
	var ready bool
	if a.ClaimHash, ready, err = s.claimHash(ctx, j, a); err != nil || !ready {
		return nil, err // not ready: the draw's block hash does not exist yet
	}
	fs, err := s.forcedState(ctx, j, a, hashes)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	j.forced = fs
	s.mu.Unlock()
	if fs.forced {
		s.log.Info("forced error: posting a decoy", "task", j.id, "segment", fs.f, "leaf", fs.f+1,
			"decoy", hex.EncodeToString(fs.posted[fs.f+1][:8]))
	}
	return fs.posted, nil
}

// fixClaimHash fixes an audited task's claim hash on chain as soon as its block
// (claimBlock+SEED_DELAY) is mined: TaskMarket refuses to fix it once that block is
// 256 blocks old (ClaimHashExpired, so that no solver can pick among re-rolled hashes
// by delaying its commit), and then the task cannot be committed. Before that block it
// does nothing (training goes on; the next tick tries again).
func (s *Solver) fixClaimHash(ctx context.Context, j *job) error {
	if j.claimFixed {
		return nil
	}
	a, err := s.cfg.Market.Audit(ctx, j.id)
	if err != nil {
		return err
	}
	ready := a.Audit.AttestWindow == 0
	if !ready {
		if _, ready, err = s.claimHash(ctx, j, a); err != nil {
			return err
		}
	}
	j.claimFixed = ready
	return nil
}

// claimHash is audited task j's claim hash, fixed on chain first if nobody has, so
// that the solver uses the very hash the contract will; ready is false while its block
// (claimBlock+SEED_DELAY) is not mined.
func (s *Solver) claimHash(ctx context.Context, j *job, a taskmarket.TaskMarketAuditState) ([32]byte, bool, error) {
	if a.ClaimHash != ([32]byte{}) {
		return a.ClaimHash, true, nil
	}
	m := s.cfg.Market
	head, err := m.B.HeaderByNumber(ctx, nil)
	if err != nil {
		return [32]byte{}, false, fmt.Errorf("solver: head: %w", err)
	}
	if head.Number.Uint64() <= a.ClaimBlock+model.SeedDelay {
		return [32]byte{}, false, nil
	}
	h, err := m.ClaimHash(ctx, j.id)
	if err != nil {
		return [32]byte{}, false, fmt.Errorf("solver: fix the claim hash of task %d: %w", j.id, err)
	}
	s.log.Info("claim hash fixed", "task", j.id, "claim_block", a.ClaimBlock)
	return h, true, nil
}

// forcedState computes the draw from the stored secret and the claim hash on chain,
// and, when forced, the decoy of checkpoint f+1 (stored and served beside the run's
// checkpoints: decoy). Everything follows from the secret, the chain and the run
// folder, so a restarted solver computes the same draw and the same decoy.
func (s *Solver) forcedState(ctx context.Context, j *job, a taskmarket.TaskMarketAuditState, hashes [][32]byte) (*forced, error) {
	sec, err := s.taskSecret(j.id)
	if err != nil {
		return nil, err
	}
	if onchain.SecretHash(sec) != a.SecretHash {
		return nil, fmt.Errorf("%w: task %d: the stored secret is not the one claimed with", ErrSecret, j.id)
	}
	n := uint64(len(hashes) - 1)
	fs := &forced{secret: sec, posted: hashes, revealed: a.SecretRevealed}
	fs.forced, fs.f = onchain.ForcedError(sec, a.ClaimHash, j.id, n, a.Audit.ForcedErrorBps)
	var root [32]byte
	if fs.forced {
		if root, fs.open, err = s.decoy(ctx, j, hashes, fs.f+1, sec); err != nil {
			return nil, err
		}
	}
	if fs.posted, err = onchain.PostedHashes(hashes, fs.forced, fs.f, root); err != nil {
		return nil, fmt.Errorf("solver: task %d: %w", j.id, err)
	}
	return fs, nil
}

// decoy makes the decoy of checkpoint i (= f+1) from the true state: that state with
// one float masked (onchain.NewDecoy), and stores it in the run's store so that the
// checkpoint server serves it by its root like any checkpoint. It is stored the way
// the true checkpoint i is (a delta against the same, posted, base, or whole), so its
// blob looks like any other; and no blob of the run may name the true checkpoint i as
// its base (rundir.Detach): its root must stay unknown until the reveal, or a lazy
// attester of segment f would read it there and attest it without computing. The
// true checkpoint is still served to whoever names its root (after the reveal, every
// verifier of segment f+1). A fabricated trace has no store: its decoy is not served.
func (s *Solver) decoy(ctx context.Context, j *job, hashes [][32]byte, i uint64, secret [32]byte) ([32]byte, *checkpoint.FloatProof, error) {
	var truth *checkpoint.State
	var err error
	if j.run != nil {
		if truth, err = j.run.Load(ctx, int(i)); err != nil {
			return [32]byte{}, nil, err
		}
	} else {
		truth = fabricatedState(j.tk, i)
	}
	if truth.Hash() != hashes[i] {
		return [32]byte{}, nil, fmt.Errorf("solver: task %d: checkpoint %d is not its listed hash", j.id, i)
	}
	d, open, err := onchain.NewDecoy(truth, secret, j.id)
	if err != nil {
		return [32]byte{}, nil, fmt.Errorf("solver: task %d: %w", j.id, err)
	}
	root := d.Hash()
	if j.run == nil {
		return root, open, nil
	}
	st := j.run.Store
	blob, err := st.Blob(ctx, hashes[i])
	if err != nil {
		return root, nil, fmt.Errorf("solver: task %d: checkpoint %d: %w", j.id, i, err)
	}
	h, err := store.ParseHeader(blob)
	if err != nil {
		return root, nil, fmt.Errorf("solver: task %d: checkpoint %d: %w", j.id, i, err)
	}
	if h.Delta {
		_, err = st.PutDelta(ctx, d, h.Base)
	} else {
		_, err = st.Put(ctx, d)
	}
	if err != nil {
		return root, nil, fmt.Errorf("solver: task %d: storing the decoy: %w", j.id, err)
	}
	if err := j.run.Detach(ctx, int(i)); err != nil {
		return root, nil, fmt.Errorf("solver: task %d: %w", j.id, err)
	}
	return root, open, nil
}

// served is the checkpoint list the solver serves for j: what the chain's trace root
// names now (the posted list until the secret is revealed, then the true one).
func (j *job) served() [][32]byte {
	if j.forced != nil && !j.forced.revealed {
		return j.forced.posted
	}
	return j.hashes
}

// audit runs an audited, committed task's secret phase: draw the seed if nobody has
// (the windows start there), then reveal the secret in its window (with the true leaf
// and its proof under the posted root when forced). It returns wait while the task is
// not yet in its challenge window (nothing else is due: no finalize before it).
func (s *Solver) audit(ctx context.Context, j *job, t taskmarket.TaskMarketTask) (wait bool, err error) {
	m := s.cfg.Market
	a, err := m.Audit(ctx, j.id)
	if err != nil {
		return false, err
	}
	if a.Audit.AttestWindow == 0 {
		return false, nil
	}
	if j.forced == nil { // a restart: the draw again, from the secret on disk
		if j.hashes == nil {
			return true, nil
		}
		fs, err := s.forcedState(ctx, j, a, j.hashes)
		if err != nil {
			return true, err
		}
		s.mu.Lock()
		j.forced = fs
		s.mu.Unlock()
	}
	if a.SecretRevealed {
		if !j.forced.revealed {
			s.mu.Lock()
			j.forced.revealed = true
			s.mu.Unlock()
		}
		return false, nil
	}
	head, err := m.B.HeaderByNumber(ctx, nil)
	if err != nil {
		return true, fmt.Errorf("solver: head: %w", err)
	}
	if t.Seed == ([32]byte{}) {
		if head.Number.Uint64() > t.CommitBlock+model.SeedDelay+model.SeedWindow {
			return true, nil // too late to draw it (SeedExpired): the task fails at finalize
		}
		if head.Number.Uint64() > t.CommitBlock+model.SeedDelay {
			if err := m.DrawSeed(ctx, j.id); err != nil {
				if t2, terr := m.Task(ctx, j.id); terr != nil || t2.Seed == ([32]byte{}) {
					return true, err
				}
			}
		}
		return true, nil
	}
	now := head.Time
	if now <= a.RevealEnd {
		return true, nil
	}
	if now > a.SecretEnd {
		s.log.Error("secret reveal window missed: the stake is lost", "task", j.id)
		return true, nil
	}
	fs := j.forced
	if _, _, err := m.RevealSecret(ctx, j.id, fs.secret, j.hashes, fs.open); err != nil {
		return true, err
	}
	s.mu.Lock()
	fs.revealed = true
	s.mu.Unlock()
	s.log.Info("secret revealed", "task", j.id, "forced", fs.forced, "segment", fs.f)
	return true, nil
}

// isPosted reports whether t's committed trace root is j's hashes with the decoy of
// its forced error in place (a restart before the secret reveal); it then keeps the
// draw in j so that the posted list is what the solver serves.
func (s *Solver) isPosted(ctx context.Context, j *job, t taskmarket.TaskMarketTask) bool {
	a, err := s.cfg.Market.Audit(ctx, j.id)
	if err != nil || a.Audit.AttestWindow == 0 || a.ClaimHash == ([32]byte{}) || len(j.hashes) < 2 {
		return false
	}
	fs, err := s.forcedState(ctx, j, a, j.hashes)
	if err != nil || model.NewTree(fs.posted).Root() != t.TraceRoot {
		return false
	}
	s.mu.Lock()
	j.forced = fs
	s.mu.Unlock()
	return true
}
