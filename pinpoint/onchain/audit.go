package onchain

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/merkle"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
)

// Attestation states (TaskMarket.AttState) as the bindings read them: the model's one list.
const (
	AttNone      = uint8(model.AttNone)
	AttJoined    = uint8(model.AttJoined)
	AttCommitted = uint8(model.AttCommitted)
	AttRevealed  = uint8(model.AttRevealed)
	AttDisputed  = uint8(model.AttDisputed)
	AttClosed    = uint8(model.AttClosed)
)

// Attestation outcomes (TaskMarket.Outcome), as AttestationClosed reports them.
const (
	OutcomeReleased uint8 = iota
	OutcomeUnrevealed
	OutcomeLazy
	OutcomeWrongClaim // no longer produced (a lost game judges no attestation); kept for the numbering
	OutcomeLostDispute
	OutcomeVoid
)

// ErrNoAudit: the task has no audit (its Audit is all zero).
var ErrNoAudit = errors.New("onchain: task has no audit")

// ErrSegmentNotReady: a joined attester's segment is drawn from the hash of block
// joinBlock+1, which the chain's head has not passed yet (attest reverts until block
// joinBlock+2 as well).
var ErrSegmentNotReady = errors.New("onchain: attestation segment not drawn yet")

// ErrAttestExpired: attest came after block joinBlock+1+256, when the hash of block
// joinBlock+1 that draws the segment is no longer readable (a later draw would let an
// attester re-roll its segment every 256 blocks); the contract refuses it
// (AttestExpired) and the join can only close as Unrevealed after revealEnd.
var ErrAttestExpired = errors.New("onchain: attest too long after the join (its block hash is gone)")

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

// abiString is s as abi.encode writes a string in the tail: its length word, then
// the bytes padded to a multiple of 32.
func abiString(s string) []byte {
	b := append(word(uint64(len(s))), make([]byte, (len(s)+31)/32*32)...)
	copy(b[32:], s)
	return b
}

var (
	maskTag    = abiString("veritrain.forced.mask")
	elementTag = abiString("veritrain.forced.element")
)

// DecoyMask is the contract's decoyMask: the low byte of
// keccak256(abi.encode("veritrain.forced.mask", secret, id)), with bit 0 set so it is
// never zero. It only flips low mantissa bits: the decoy stays a plausible value.
func DecoyMask(secret [32]byte, id uint64) uint32 {
	// head: the string's offset (3 words), secret, id; tail: the string
	h := crypto.Keccak256(word(96), secret[:], word(id), maskTag)
	return uint32(h[31]) | 1
}

// ErrNoNormalFloat: a state has no normal float to hide a decoy in.
var ErrNoNormalFloat = errors.New("onchain: state has no normal float32")

// normal says whether bits is a normal float32 (not zero, subnormal, Inf or NaN): XORing
// its low mantissa bits keeps it normal and of the same magnitude.
func normal(bits uint32) bool {
	e := bits >> 23 & 0xff
	return e != 0 && e != 0xff
}

// NewDecoy returns the decoy of true state st (checkpoint f+1 of a forced task): a deep
// copy with one float XORed with DecoyMask, and the opening of that float in st that
// revealSecret takes. The float is the k-th normal one of st in tensor order, k =
// keccak256(abi.encode(secret, id, "veritrain.forced.element")) mod the number of
// normal floats: only the secret's holder knows where it is, and the flipped value
// keeps its exponent, so nothing in the decoy stands out from a true state. st is not
// modified.
func NewDecoy(st *checkpoint.State, secret [32]byte, id uint64) (*checkpoint.State, *checkpoint.FloatProof, error) {
	var count uint64
	for i := range st.Tensors {
		for _, v := range st.Tensors[i].Data {
			if normal(math.Float32bits(v)) {
				count++
			}
		}
	}
	if count == 0 {
		return nil, nil, fmt.Errorf("decoy of task %d: %w", id, ErrNoNormalFloat)
	}
	r := new(big.Int).SetBytes(crypto.Keccak256(secret[:], word(id), word(96), elementTag))
	k := r.Mod(r, new(big.Int).SetUint64(count)).Uint64()
	t, e := -1, -1
	for i := range st.Tensors {
		for j, v := range st.Tensors[i].Data {
			if !normal(math.Float32bits(v)) {
				continue
			}
			if k == 0 {
				t, e = i, j
				break
			}
			k--
		}
		if t >= 0 {
			break
		}
	}
	open, err := checkpoint.ProveFloat(st, t, e)
	if err != nil {
		return nil, nil, fmt.Errorf("decoy of task %d: %w", id, err)
	}
	d := cloneState(st)
	d.Tensors[t].Data[e] = math.Float32frombits(open.ValueBits ^ DecoyMask(secret, id))
	return d, open, nil
}

// cloneState is a deep copy of st.
func cloneState(st *checkpoint.State) *checkpoint.State {
	d := *st
	d.RNG = append([]byte(nil), st.RNG...)
	d.Tensors = make([]checkpoint.Tensor, len(st.Tensors))
	for i, tn := range st.Tensors {
		d.Tensors[i] = checkpoint.Tensor{Name: tn.Name, Shape: append([]int(nil), tn.Shape...), Data: append([]float32(nil), tn.Data...)}
	}
	return &d
}

// DecoyRoot is the root revealSecret computes for the decoy from open (NewDecoy's
// opening of the true state) and mask: the opening's state root with the opened float
// XORed with mask (MerkleProof.stateRootOf of the flipped leaf, with its index checks).
// With DecoyMask it equals the decoy state's Hash(); with mask 0 it is the true root
// the contract puts back. open.StateRoot and open.ValueBits are not read.
func DecoyRoot(open *checkpoint.FloatProof, mask uint32) ([32]byte, error) {
	leaf := open.Leaf
	slot := open.Element % checkpoint.FloatsPerLeaf
	binary.LittleEndian.PutUint32(leaf[4*slot:], binary.LittleEndian.Uint32(leaf[4*slot:])^mask)
	dataRoot, err := merkle.RootFromProof(leaf, open.Element/checkpoint.FloatsPerLeaf, open.DataPath)
	if err != nil {
		return [32]byte{}, fmt.Errorf("%w: data path: %w", ErrBadDecoy, err)
	}
	if open.TensorIndex == math.MaxUint64 { // no leaf t+1
		return [32]byte{}, fmt.Errorf("%w: tensor index %d", ErrBadDecoy, open.TensorIndex)
	}
	root, err := merkle.RootFromProof(merkle.Hash65(merkle.TensorPrefix, open.HeaderHash, dataRoot), open.TensorIndex+1, open.StatePath)
	if err != nil {
		return [32]byte{}, fmt.Errorf("%w: state path: %w", ErrBadDecoy, err)
	}
	return root, nil
}

// ForcedError is TaskMarket.forcedError (model.ForcedError): with r =
// keccak256(abi.encode(secret, claimHash, id)), a task of n segments is forced iff r
// mod 10000 < bps; its forced segment is f = (r >> 128) mod n, so the decoy is leaf
// f+1 (never the first checkpoint; the final one when f = n-1).
func ForcedError(secret, claimHash [32]byte, id, n uint64, bps uint16) (forced bool, f uint64) {
	return model.ForcedError(secret, claimHash, id, n, bps)
}

// ErrBadDecoy: a decoy that cannot stand at leaf f+1 of a trace (out of range, or an
// opening that does not open the true leaf).
var ErrBadDecoy = errors.New("onchain: bad decoy")

// PostedHashes is the checkpoint list a solver commits: hashes (its true checkpoint
// hashes, leaf i = state root after i*interval steps) with leaf f+1 replaced by
// decoyRoot (the decoy state's Hash(), NewDecoy) when forced; not forced, a copy of
// hashes (f and decoyRoot are not read). hashes is not modified. f+1 must be neither
// the first nor the final leaf (ForcedError guarantees it).
func PostedHashes(hashes [][32]byte, forced bool, f uint64, decoyRoot [32]byte) ([][32]byte, error) {
	out := append([][32]byte(nil), hashes...)
	if !forced {
		return out, nil
	}
	if f+1 >= uint64(len(hashes)) {
		return nil, fmt.Errorf("%w: leaf f+1 = %d of %d checkpoint hashes", ErrBadDecoy, f+1, len(hashes))
	}
	out[f+1] = decoyRoot
	return out, nil
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

// TotalEscrow is what the market holds for its tasks (totalEscrow): rewards, fees and
// reserved jackpot shares.
func (m *Market) TotalEscrow(ctx context.Context) (*big.Int, error) {
	return call(ctx, m, tm.PackTotalEscrow(), tm.UnpackTotalEscrow, "totalEscrow")
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

// AddChecks buys n more attestation slots for the account's audited task id, paying
// the task's attest fee for each (TaskMarket.addChecks: the submitter, until
// attestations close).
func (m *Market) AddChecks(ctx context.Context, id uint64, n uint32) error {
	a, err := m.Audit(ctx, id)
	if err != nil {
		return err
	}
	value := new(big.Int).Mul(a.Audit.AttestFee, new(big.Int).SetUint64(uint64(n)))
	_, err = m.send(ctx, tm.PackAddChecks(bid(id), n), value, "addChecks")
	return err
}

// JoinAttestation takes the next attestation slot of task id for the account, locking
// the task's attestStake, and returns the block that included it: the slot's segment is
// drawn from the hash of the next block, in join order and without replacement within
// each pass over the segments (covering draws; AttestSegment, from block joinBlock+2 on).
func (m *Market) JoinAttestation(ctx context.Context, id uint64) (joinBlock uint64, err error) {
	r, err := m.send(ctx, tm.PackJoinAttestation(bid(id)), nil, "joinAttestation")
	if err != nil {
		return 0, err
	}
	return r.BlockNumber.Uint64(), nil
}

// AttestSegment is the segment attester re-runs for task id (attestSegment): once it
// has joined and block joinBlock+1 exists, the covering draw of its slot (the pending
// earlier slots drawn first, as its attest will), fixed once it has committed. Until
// the chain's head is past joinBlock+1 it returns an error wrapping
// ErrSegmentNotReady: wait for a block and ask again.
func (m *Market) AttestSegment(ctx context.Context, id uint64, attester common.Address) (uint64, error) {
	s, err := call(ctx, m, tm.PackAttestSegment(bid(id), attester), tm.UnpackAttestSegment, "attestSegment")
	if name, _ := customError(err); err != nil && name == "SeedNotReady" {
		return 0, fmt.Errorf("task %d, attester %s: %w: %w", id, attester, ErrSegmentNotReady, err)
	}
	return s, err
}

// Attest commits the account's joined attestation of task id (commitment:
// AttestCommitment) to the segment AttestSegment reports; it reverts (SeedNotReady)
// before block joinBlock+2 and (ErrAttestExpired) after block joinBlock+1+256.
func (m *Market) Attest(ctx context.Context, id uint64, commitment [32]byte) error {
	_, err := m.send(ctx, tm.PackAttest(bid(id), commitment), nil, "attest")
	if name, _ := customError(err); err != nil && name == "AttestExpired" {
		return fmt.Errorf("task %d: %w: %w", id, ErrAttestExpired, err)
	}
	return err
}

// RevealAttestation opens the account's attestation of task id.
func (m *Market) RevealAttestation(ctx context.Context, id uint64, endHash, salt [32]byte) error {
	_, err := m.send(ctx, tm.PackRevealAttestation(bid(id), endHash, salt), nil, "revealAttestation")
	return err
}

// RevealSecret reveals the solver's secret for task id; hashes are its TRUE checkpoint
// hashes (the posted list, PostedHashes, is recomputed from them and open). When the
// task was forced, open is NewDecoy's opening of the true state f+1 (nil otherwise):
// the contract recomputes the decoy root from it, checks it is posted leaf f+1 and
// restores the true root. It returns whether the task was forced and f.
func (m *Market) RevealSecret(ctx context.Context, id uint64, secret [32]byte, hashes [][32]byte, open *checkpoint.FloatProof) (forced bool, f uint64, err error) {
	a, err := m.Audit(ctx, id)
	if err != nil {
		return false, 0, err
	}
	if len(hashes) < 2 {
		return false, 0, fmt.Errorf("onchain: reveal secret of task %d: %d checkpoint hashes", id, len(hashes))
	}
	forced, f = ForcedError(secret, a.ClaimHash, id, uint64(len(hashes)-1), a.Audit.ForcedErrorBps)
	proof := [][32]byte{}
	o := taskmarket.TaskMarketDecoyOpening{TensorIndex: new(big.Int), Element: new(big.Int), DataPath: [][32]byte{}, StatePath: [][32]byte{}}
	if forced {
		if open == nil {
			return false, 0, fmt.Errorf("onchain: reveal secret of task %d: forced at segment %d: %w: no opening", id, f, ErrBadDecoy)
		}
		if open.StateRoot != hashes[f+1] {
			return false, 0, fmt.Errorf("onchain: reveal secret of task %d: %w: opening of root %x, true leaf %d is %x", id, ErrBadDecoy, open.StateRoot, f+1, hashes[f+1])
		}
		// the sibling path of leaf f+1 is the same in the posted and the true tree
		proof = p32(model.NewTree(hashes).Prove(f + 1))
		o = DecoyOpeningOf(open)
	}
	if _, err := m.send(ctx, tm.PackRevealSecret(bid(id), secret, proof, o), nil, "revealSecret"); err != nil {
		return false, 0, err
	}
	return forced, f, nil
}

// DecoyOpeningOf is open in the binding's form (revealSecret's argument).
func DecoyOpeningOf(open *checkpoint.FloatProof) taskmarket.TaskMarketDecoyOpening {
	return taskmarket.TaskMarketDecoyOpening{
		TensorIndex: new(big.Int).SetUint64(open.TensorIndex), HeaderHash: open.HeaderHash,
		Element: new(big.Int).SetUint64(open.Element), Leaf: open.Leaf,
		DataPath: p32(open.DataPath), StatePath: p32(open.StatePath),
	}
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
	g, err := OpenedGame(r, m.At)
	return g, r.BlockNumber.Uint64(), err
}

// SettleAttestation applies game, a resolved dispute of attester's attestation of task id.
func (m *Market) SettleAttestation(ctx context.Context, id uint64, attester common.Address, game *big.Int) error {
	_, err := m.send(ctx, tm.PackSettleAttestation(bid(id), attester, game), nil, "settleAttestation")
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
