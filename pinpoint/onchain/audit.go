package onchain

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
)

// Attestation states (TaskMarket.AttState).
const (
	AttNone uint8 = iota
	AttCommitted
	AttRevealed
	AttDisputed
	AttClosed
)

// Attestation outcomes (TaskMarket.Outcome), as AttestationClosed reports them.
const (
	OutcomeReleased uint8 = iota
	OutcomeUnrevealed
	OutcomeLazy
	OutcomeWrongClaim
	OutcomeLostDispute
)

// ErrNoAudit: the task has no audit (its Audit is all zero).
var ErrNoAudit = errors.New("onchain: task has no audit")

// NoAudit is the all-zero Audit (the task runs without attestations), with non-nil
// amounts as the ABI encoder needs.
func NoAudit() taskmarket.TaskMarketAudit {
	return taskmarket.TaskMarketAudit{AttestStake: new(big.Int), JackpotFee: new(big.Int), Jackpot: new(big.Int), AttestFee: new(big.Int)}
}

// normAudit replaces nil amounts by zero.
func normAudit(a taskmarket.TaskMarketAudit) taskmarket.TaskMarketAudit {
	for _, p := range []**big.Int{&a.AttestStake, &a.JackpotFee, &a.Jackpot, &a.AttestFee} {
		if *p == nil {
			*p = new(big.Int)
		}
	}
	return a
}

// AuditOn says whether a is an audit (attestWindow != 0), not the all-zero one.
func AuditOn(a taskmarket.TaskMarketAudit) bool { return a.AttestWindow != 0 }

// AuditCost is what postTask takes beyond the reward: the jackpot fee and the
// attestation fee budget (attestFee * maxAttesters).
func AuditCost(a taskmarket.TaskMarketAudit) *big.Int {
	a = normAudit(a)
	c := new(big.Int).Mul(a.AttestFee, new(big.Int).SetUint64(uint64(a.MaxAttesters)))
	return c.Add(c, a.JackpotFee)
}

// NewSecret draws a solver's 32-byte secret from crypto/rand.
func NewSecret() ([32]byte, error) {
	var s [32]byte
	if _, err := rand.Read(s[:]); err != nil {
		return s, fmt.Errorf("onchain: secret: %w", err)
	}
	return s, nil
}

func word(x uint64) []byte {
	var w [32]byte
	binary.BigEndian.PutUint64(w[24:], x)
	return w[:]
}

// SecretHash is what a solver commits at claim: keccak256(abi.encode(secret)).
func SecretHash(secret [32]byte) [32]byte { return crypto.Keccak256Hash(secret[:]) }

// forcedTag is "veritrain.forced" as abi.encode writes a string in the tail: its
// length word, then the bytes padded to 32.
var forcedTag = func() []byte {
	s := "veritrain.forced"
	b := append(word(uint64(len(s))), make([]byte, 32)...)
	copy(b[32:], s)
	return b
}()

// Decoy is the leaf a forced solver posts for checkpoint f+1:
// keccak256(abi.encode("veritrain.forced", secret, id)). No state hashes to it.
func Decoy(secret [32]byte, id uint64) [32]byte {
	// head: the string's offset (3 words), secret, id; tail: the string
	return crypto.Keccak256Hash(word(96), secret[:], word(id), forcedTag)
}

// ForcedError is TaskMarket.forcedError: with r = keccak256(abi.encode(secret,
// claimHash, id)), a task of n segments is forced iff n >= 2 and r mod 10000 < bps;
// its forced segment is f = (r >> 128) mod (n-1), so the decoy is leaf f+1 (never the
// first or the final checkpoint).
func ForcedError(secret, claimHash [32]byte, id, n uint64, bps uint16) (forced bool, f uint64) {
	r := new(big.Int).SetBytes(crypto.Keccak256(secret[:], claimHash[:], word(id)))
	if n < 2 || new(big.Int).Mod(r, big.NewInt(10000)).Uint64() >= uint64(bps) {
		return false, 0
	}
	hi := new(big.Int).Rsh(r, 128)
	return true, hi.Mod(hi, new(big.Int).SetUint64(n-1)).Uint64()
}

// PostedHashes is the checkpoint list a solver commits: hashes (leaf i = state root
// after i*interval steps) with leaf f+1 replaced by the decoy when the task is forced.
// hashes is not modified.
func PostedHashes(hashes [][32]byte, secret, claimHash [32]byte, id uint64, bps uint16) [][32]byte {
	out := append([][32]byte(nil), hashes...)
	if len(hashes) < 2 {
		return out
	}
	if forced, f := ForcedError(secret, claimHash, id, uint64(len(hashes)-1), bps); forced {
		out[f+1] = Decoy(secret, id)
	}
	return out
}

// AttestCommitment is keccak256(abi.encode(id, attester, endHash, salt)), what
// attest commits and revealAttestation opens.
func AttestCommitment(id uint64, attester common.Address, endHash, salt [32]byte) [32]byte {
	return crypto.Keccak256Hash(word(id), common.LeftPadBytes(attester[:], 32), endHash[:], salt[:])
}

// ---------------------------------------------------------------- chain calls

func bid(id uint64) *big.Int { return new(big.Int).SetUint64(id) }

// Audit reads task id's audit parameters and progress.
func (m *Market) Audit(ctx context.Context, id uint64) (taskmarket.TaskMarketAuditState, error) {
	return call(ctx, m, tm.PackGetAudit(bid(id)), tm.UnpackGetAudit, "getAudit")
}

// Attestation reads attester's attestation of task id.
func (m *Market) Attestation(ctx context.Context, id uint64, attester common.Address) (taskmarket.TaskMarketAttestation, error) {
	return call(ctx, m, tm.PackGetAttestation(bid(id), attester), tm.UnpackGetAttestation, "getAttestation")
}

// JackpotPool is the market's jackpot pool (totalJackpot).
func (m *Market) JackpotPool(ctx context.Context) (*big.Int, error) {
	return call(ctx, m, tm.PackTotalJackpot(), tm.UnpackTotalJackpot, "totalJackpot")
}

// FixClaimHash fixes task id's claim hash (possible SEED_DELAY blocks after the claim).
func (m *Market) FixClaimHash(ctx context.Context, id uint64) error {
	_, err := m.send(ctx, tm.PackFixClaimHash(bid(id)), nil, "fixClaimHash")
	return err
}

// ClaimHash is task id's claim hash, fixing it first if nobody has: a solver computes
// its forced error from this value (ForcedError), never from a block it reads itself,
// since the contract may use a later block than claimBlock+SEED_DELAY.
func (m *Market) ClaimHash(ctx context.Context, id uint64) ([32]byte, error) {
	a, err := m.Audit(ctx, id)
	if err != nil {
		return [32]byte{}, err
	}
	if !AuditOn(a.Audit) {
		return [32]byte{}, fmt.Errorf("task %d: %w", id, ErrNoAudit)
	}
	if a.ClaimHash != ([32]byte{}) {
		return a.ClaimHash, nil
	}
	if err := m.FixClaimHash(ctx, id); err != nil {
		return [32]byte{}, err
	}
	if a, err = m.Audit(ctx, id); err != nil {
		return [32]byte{}, err
	}
	return a.ClaimHash, nil
}

// Attest commits an attestation of task id (commitment: AttestCommitment).
func (m *Market) Attest(ctx context.Context, id uint64, commitment [32]byte) error {
	_, err := m.send(ctx, tm.PackAttest(bid(id), commitment), nil, "attest")
	return err
}

// RevealAttestation opens the account's attestation of task id.
func (m *Market) RevealAttestation(ctx context.Context, id uint64, endHash, salt [32]byte) error {
	_, err := m.send(ctx, tm.PackRevealAttestation(bid(id), endHash, salt), nil, "revealAttestation")
	return err
}

// RevealSecret reveals the solver's secret for task id; hashes are its true checkpoint
// hashes (not the posted ones). When the task was forced it proves the decoy and
// restores the true leaf f+1. It returns whether the task was forced and f.
func (m *Market) RevealSecret(ctx context.Context, id uint64, secret [32]byte, hashes [][32]byte) (forced bool, f uint64, err error) {
	a, err := m.Audit(ctx, id)
	if err != nil {
		return false, 0, err
	}
	if len(hashes) < 2 {
		return false, 0, fmt.Errorf("onchain: reveal secret of task %d: %d checkpoint hashes", id, len(hashes))
	}
	forced, f = ForcedError(secret, a.ClaimHash, id, uint64(len(hashes)-1), a.Audit.ForcedErrorBps)
	var leaf [32]byte
	proof := [][32]byte{}
	if forced {
		// the sibling path of leaf f+1 is the same in the posted and the true tree
		leaf = hashes[f+1]
		proof = p32(model.NewTree(hashes).Prove(f + 1))
	}
	if _, err := m.send(ctx, tm.PackRevealSecret(bid(id), secret, leaf, proof), nil, "revealSecret"); err != nil {
		return false, 0, err
	}
	return forced, f, nil
}

// DisputeAttestation disputes attester's revealed attestation of task id; hashes are
// the task's (true, after the secret reveal) checkpoint hashes, whose leaf seg is the
// agreed start. It returns the game id and the block that opened it.
func (m *Market) DisputeAttestation(ctx context.Context, id uint64, attester common.Address, hashes [][32]byte) (*big.Int, uint64, error) {
	at, err := m.Attestation(ctx, id, attester)
	if err != nil {
		return nil, 0, err
	}
	seg := at.Segment
	if seg+1 >= uint64(len(hashes)) {
		return nil, 0, fmt.Errorf("onchain: dispute attestation of task %d: segment %d of %d hashes", id, seg, len(hashes))
	}
	c := taskmarket.TaskMarketChallenge{Segment: seg, Start: hashes[seg], StartProof: p32(model.NewTree(hashes).Prove(seg)),
		End: at.EndHash, EndProof: [][32]byte{}}
	r, err := m.send(ctx, tm.PackDisputeAttestation(bid(id), attester, c), nil, "disputeAttestation")
	if err != nil {
		return nil, 0, err
	}
	if at, err = m.Attestation(ctx, id, attester); err != nil {
		return nil, 0, err
	}
	return at.Game, r.BlockNumber.Uint64(), nil
}

// SettleAttestation applies the resolved dispute of attester's attestation of task id.
func (m *Market) SettleAttestation(ctx context.Context, id uint64, attester common.Address) error {
	_, err := m.send(ctx, tm.PackSettleAttestation(bid(id), attester), nil, "settleAttestation")
	return err
}

// CloseAttestation closes attester's attestation of task id. hashes, when given, are
// the task's final checkpoint hashes: the proof that the attestation agreed with leaf
// segment+1, which earns the attestation fee; nil claims no fee.
func (m *Market) CloseAttestation(ctx context.Context, id uint64, attester common.Address, hashes [][32]byte) error {
	proof := [][32]byte{}
	if hashes != nil {
		at, err := m.Attestation(ctx, id, attester)
		if err != nil {
			return err
		}
		if at.Segment+1 < uint64(len(hashes)) {
			proof = p32(model.NewTree(hashes).Prove(at.Segment + 1))
		}
	}
	_, err := m.send(ctx, tm.PackCloseAttestation(bid(id), attester, proof), nil, "closeAttestation")
	return err
}
