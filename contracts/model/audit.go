package model

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Wei is an amount of ether in wei with the EVM's uint256 arithmetic.
type Wei = uint256.Int

// Errors of the market model, one per contract revert it mirrors (TaskMarket's custom
// error of the same name).
var (
	ErrMarketBadTask            = errors.New("market: bad task")
	ErrMarketWrongStatus        = errors.New("market: wrong status")
	ErrMarketNotSolver          = errors.New("market: not the solver")
	ErrMarketNotSubmitter       = errors.New("market: not the submitter")
	ErrMarketTooLate            = errors.New("market: too late")
	ErrMarketTooEarly           = errors.New("market: too early")
	ErrMarketBadProof           = errors.New("market: bad proof")
	ErrMarketSelfChallenge      = errors.New("market: a party may not dispute itself")
	ErrMarketSeedDrawn          = errors.New("market: seed already drawn")
	ErrMarketNoSeed             = errors.New("market: no seed")
	ErrMarketSeedNotReady       = errors.New("market: block hash not there yet")
	ErrMarketGamePending        = errors.New("market: game pending")
	ErrMarketNoDispute          = errors.New("market: no such open dispute")
	ErrMarketSeedExpired        = errors.New("market: the seed block's hash is no longer readable")
	ErrMarketInsufficientFree   = errors.New("market: insufficient free balance")
	ErrMarketZeroAmount         = errors.New("market: zero amount")
	ErrMarketNothingToWithdraw  = errors.New("market: nothing to withdraw")
	ErrMarketStillUnbonding     = errors.New("market: still unbonding")
	ErrMarketNoAudit            = errors.New("market: the task has no audit")
	ErrMarketSecretNotRevealed  = errors.New("market: secret not revealed")
	ErrMarketSecretRevealed     = errors.New("market: secret already revealed")
	ErrMarketBadSecret          = errors.New("market: secret does not match its hash")
	ErrMarketBadReveal          = errors.New("market: reveal does not match the commitment")
	ErrMarketSolverCannotAttest = errors.New("market: the solver cannot attest")
	ErrMarketAlreadyAttested    = errors.New("market: already attested")
	ErrMarketAttestersFull      = errors.New("market: attesters full")
	ErrMarketWrongAttestation   = errors.New("market: attestation in the wrong state")
	ErrMarketVoidAttestation    = errors.New("market: void attestation (segment f+1 of a forced task)")
	ErrMarketLazyAttestation    = errors.New("market: lazy attestation (the decoy; its stake goes to the pool)")
	ErrMarketAttestExpired      = errors.New("market: attest past joinBlock+1+256 (the join's block hash is gone)")
	ErrMarketClaimHashExpired   = errors.New("market: claim hash unfixed past claimBlock+SEED_DELAY+256 (its block hash is gone)")
)

// MarketStatus mirrors TaskMarket.Status.
type MarketStatus uint8

const (
	StatusNone MarketStatus = iota
	StatusOpen
	StatusClaimed
	StatusCommitted
	StatusDisputed
	StatusFinalized
	StatusFailed
	StatusCancelled
)

func (s MarketStatus) String() string {
	names := [...]string{"none", "open", "claimed", "committed", "disputed", "finalized", "failed", "cancelled"}
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// SeedDelay is TaskMarket.SEED_DELAY: blocks between the claim (or commit) block and
// the block whose hash seeds the forced error (or the assignment).
const SeedDelay = 4

// SeedWindow is TaskMarket.SEED_WINDOW: blocks after commitBlock+SeedDelay in which its
// hash can be drawn as the seed (EIP-2935's history window); later never.
const SeedWindow = 8191

// MarketTerms mirrors TaskMarket.Terms.
type MarketTerms struct {
	SolverStake     Wei
	ChallengerBond  Wei
	ClaimBy         uint64
	CommitWindow    uint64
	ChallengeWindow uint64
	GameClock       uint64
}

// MarketAudit mirrors TaskMarket.Audit. The zero value turns the audit off: the task
// then runs the flow without attestations (challenges right after the commit).
type MarketAudit struct {
	ForcedErrorBps uint16
	AttestWindow   uint64
	RevealWindow   uint64
	AttestStake    Wei
	JackpotFee     Wei
	Jackpot        Wei
	AttestFee      Wei
	MaxAttesters   uint32
}

// On says whether the task runs the attestation round.
func (a *MarketAudit) On() bool { return a.AttestWindow != 0 }

// valid mirrors TaskMarket._auditValid.
func (a *MarketAudit) valid() bool {
	if !a.On() {
		return a.ForcedErrorBps == 0 && a.RevealWindow == 0 && a.AttestStake.IsZero() && a.JackpotFee.IsZero() &&
			a.Jackpot.IsZero() && a.AttestFee.IsZero() && a.MaxAttesters == 0
	}
	return a.RevealWindow != 0 && !a.AttestStake.IsZero() && a.ForcedErrorBps <= 10000 && (a.AttestFee.IsZero() || a.MaxAttesters != 0)
}

// AttState mirrors TaskMarket.AttState.
type AttState uint8

const (
	AttNone AttState = iota
	AttJoined
	AttCommitted
	AttRevealed
	AttDisputed
	AttClosed
)

// Outcome mirrors TaskMarket.Outcome: how a closed attestation ended.
type Outcome uint8

const (
	OutcomeReleased    Outcome = iota // stake unlocked (fee and jackpot share, if earned, paid)
	OutcomeUnrevealed                 // joined and never committed, or never revealed: stake to the pool
	OutcomeLazy                       // revealed the decoy: stake to the pool
	OutcomeWrongClaim                 // no longer produced (kept for the numbering): a lost game judges no attestation
	OutcomeLostDispute                // lost an attestation dispute: AttestBountyBps of the stake to the challenger, the rest to the pool
	OutcomeVoid                       // attested segment f+1 of a forced task (its start was the decoy): stake unlocked, no fee
)

// Attestation mirrors TaskMarket.Attestation (the game id and joinBlock aside: block
// numbers are the caller's business). Segment is set when it commits; Slot is its join
// index (0-based), the order in which the covering draws reach it.
type Attestation struct {
	State      AttState
	Segment    uint64
	Slot       uint32
	Commitment [32]byte
	EndHash    [32]byte
	Disputes   uint32 // open disputes (its state is AttDisputed while any is)
	// Outcome and Paid record how a closed attestation ended (the AttestationClosed event).
	Outcome Outcome
	Paid    Wei
}

// AuditState mirrors TaskMarket.AuditState (claimBlock aside: block numbers are the
// caller's business).
type AuditState struct {
	SecretHash        [32]byte
	ClaimHash         [32]byte
	AttestEnd         uint64
	RevealEnd         uint64
	SecretEnd         uint64
	SecretRevealed    bool
	Forced            bool
	SolverLost        bool
	ForcedSegment     uint64
	ChallengedSegment uint64 // the segment of the dispute the solver lost
	Decoy             [32]byte
	TrueLeaf          [32]byte
	Attesters         uint32
	Finders           uint32
	Drawn             uint32 // slots whose segment is drawn (0..Drawn-1, in join order)
	JackpotShare      Wei
	JackpotHeld       Wei
	FeesHeld          Wei
}

// MarketTask is one task's record.
type MarketTask struct {
	N         uint64 // checkpoints after the initial one = segments
	Terms     MarketTerms
	Audit     MarketAudit
	Submitter common.Address
	Solver    common.Address
	Reward    Wei
	Status    MarketStatus // Disputed while Disputes != 0 (and the solver has not lost)
	CommitBy  uint64
	WindowEnd uint64 // disputes open before it; fixed once set
	Disputes  uint32 // the solver's open disputes
	Committed bool   // commitTrace ran (the contract's commitBlock != 0)
	// Leaves is the trace the root commits to (N+1 leaves): the posted one, then after
	// a forced task's secret reveal the corrected one.
	Leaves    [][32]byte
	Seed      [32]byte
	SeedDrawn bool
	// SeedExpired: the chain passed block commitBlock+SeedDelay+SeedWindow undrawn
	// (ExpireSeed: block numbers are the caller's business)
	SeedExpired bool
	A           AuditState
	Attesters   []common.Address // in join order: Attesters[j] holds slot j
	// SlotSegment[j] is slot j's drawn segment (len = A.Drawn); Pool the covering draws'
	// Fisher-Yates arrays, {pass, position} -> segment (absent: the position itself):
	// TaskMarket's slotOf and drawPool.
	SlotSegment []uint64
	Pool        map[[2]uint64]uint64
	Att         map[common.Address]*Attestation
	votes       map[[64]byte]uint32 // revealed (segment, endHash) pairs
	// StateDepth is the spec's state tree depth; Chunks the open chunk request (chunks.go).
	StateDepth uint8
	Chunks     *ChunkRequest
}

// Unbonding is an account's withdrawal queue.
type Unbonding struct {
	Amount    Wei
	ReleaseAt uint64
}

// Market is a pure model of TaskMarket's accounting: the vault's buckets (free,
// locked, unbonding, escrow, jackpot pool) and every task's life, with time and
// randomness (block hashes) as arguments and the pinpoint game's verdict as an input.
// Each method either applies all of its effects or none and returns the error that
// mirrors the contract's revert.
type Market struct {
	UnbondingDelay uint64
	Treasury       common.Address
	WinnerShareBps uint16

	Free      map[common.Address]Wei
	Locked    map[common.Address]Wei
	Unbonding map[common.Address]Unbonding

	TotalFree      Wei
	TotalLocked    Wei
	TotalUnbonding Wei
	TotalEscrow    Wei
	TotalJackpot   Wei
	// Balance is the ether the contract holds.
	Balance Wei

	Tasks []*MarketTask // id i is Tasks[i-1]
	// Disputes are the open disputes by game id (TaskMarket.disputeOf): the caller names
	// each game, as the contract's game numbering is the game contract's business.
	Disputes map[uint64]Dispute
}

// Dispute mirrors TaskMarket.Dispute: who challenged which defender (Attester zero: the
// solver) of task Task over segment Segment.
type Dispute struct {
	Challenger common.Address
	Segment    uint64
	Attester   common.Address
	Task       uint64
}

// NewMarket is an empty market with the contract's constructor arguments.
func NewMarket(unbondingDelay uint64, treasury common.Address, winnerShareBps uint16) *Market {
	return &Market{UnbondingDelay: unbondingDelay, Treasury: treasury, WinnerShareBps: winnerShareBps,
		Free: map[common.Address]Wei{}, Locked: map[common.Address]Wei{}, Unbonding: map[common.Address]Unbonding{}}
}

// Task is task id's record, or nil.
func (m *Market) Task(id uint64) *MarketTask {
	if id == 0 || id > uint64(len(m.Tasks)) {
		return nil
	}
	return m.Tasks[id-1]
}

func add(a, b Wei) Wei { var z Wei; z.Add(&a, &b); return z }

func sub(a, b Wei) Wei {
	var z Wei
	if _, under := z.SubOverflow(&a, &b); under {
		panic(fmt.Sprintf("model: %v - %v underflows", a.Dec(), b.Dec())) // a bug in the model, as a revert would be one in the contract
	}
	return z
}

func mulDiv(a Wei, mul, div uint64) Wei {
	var z Wei
	z.Mul(&a, uint256.NewInt(mul))
	z.Div(&z, uint256.NewInt(div))
	return z
}

// --- vault ---

func (m *Market) needFree(who common.Address, amount Wei) error {
	have := m.Free[who]
	if have.Lt(&amount) {
		return fmt.Errorf("%w: have %v, want %v", ErrMarketInsufficientFree, have.Dec(), amount.Dec())
	}
	return nil
}

func (m *Market) takeFree(who common.Address, amount Wei) {
	m.Free[who] = sub(m.Free[who], amount)
	m.TotalFree = sub(m.TotalFree, amount)
}

func (m *Market) credit(who common.Address, amount Wei) {
	m.Free[who] = add(m.Free[who], amount)
	m.TotalFree = add(m.TotalFree, amount)
}

func (m *Market) lock(who common.Address, amount Wei) {
	m.takeFree(who, amount)
	m.Locked[who] = add(m.Locked[who], amount)
	m.TotalLocked = add(m.TotalLocked, amount)
}

func (m *Market) unlock(who common.Address, amount Wei) {
	m.Locked[who] = sub(m.Locked[who], amount)
	m.TotalLocked = sub(m.TotalLocked, amount)
	m.credit(who, amount)
}

func (m *Market) unlockTake(who common.Address, amount Wei) {
	m.Locked[who] = sub(m.Locked[who], amount)
	m.TotalLocked = sub(m.TotalLocked, amount)
}

// slash takes amount of who's lock: the winner's share to winner, the rest to the treasury.
func (m *Market) slash(who common.Address, amount Wei, winner common.Address) {
	m.unlockTake(who, amount)
	paid := mulDiv(amount, uint64(m.WinnerShareBps), 10000)
	m.credit(winner, paid)
	m.credit(m.Treasury, sub(amount, paid))
}

// slashToPool takes amount of who's lock into the jackpot pool.
func (m *Market) slashToPool(who common.Address, amount Wei) {
	m.unlockTake(who, amount)
	m.TotalJackpot = add(m.TotalJackpot, amount)
}

func (m *Market) escrowOut(to common.Address, amount Wei) {
	m.TotalEscrow = sub(m.TotalEscrow, amount)
	m.credit(to, amount)
}

// Deposit adds value to who's free balance.
func (m *Market) Deposit(who common.Address, value Wei) error {
	if value.IsZero() {
		return ErrMarketZeroAmount
	}
	m.Balance = add(m.Balance, value)
	m.credit(who, value)
	return nil
}

// RequestWithdrawal queues amount of who's free balance; the queue's release restarts.
func (m *Market) RequestWithdrawal(who common.Address, amount Wei, now uint64) error {
	if amount.IsZero() {
		return ErrMarketZeroAmount
	}
	if err := m.needFree(who, amount); err != nil {
		return err
	}
	m.takeFree(who, amount)
	u := m.Unbonding[who]
	u.Amount = add(u.Amount, amount)
	u.ReleaseAt = now + m.UnbondingDelay
	m.Unbonding[who] = u
	m.TotalUnbonding = add(m.TotalUnbonding, amount)
	return nil
}

// Withdraw pays out who's released queue and returns the amount sent.
func (m *Market) Withdraw(who common.Address, now uint64) (Wei, error) {
	u := m.Unbonding[who]
	if u.Amount.IsZero() {
		return Wei{}, ErrMarketNothingToWithdraw
	}
	if now < u.ReleaseAt {
		return Wei{}, fmt.Errorf("%w: until %d", ErrMarketStillUnbonding, u.ReleaseAt)
	}
	amount := u.Amount
	u.Amount = Wei{}
	m.Unbonding[who] = u
	m.TotalUnbonding = sub(m.TotalUnbonding, amount)
	m.Balance = sub(m.Balance, amount)
	return amount, nil
}

// Holdings is what who owns in the market: free + locked + unbonding.
func (m *Market) Holdings(who common.Address) Wei {
	f, l, u := m.Free[who], m.Locked[who], m.Unbonding[who].Amount
	return add(add(f, l), u)
}

// CheckInvariant verifies balance == free + locked + unbonding + escrow + jackpot and
// that every total is the sum of its entries (escrow: the rewards of live tasks, the
// jackpot fees of open ones, attestation fees and reserved jackpot shares).
func (m *Market) CheckInvariant() error {
	sumOf := func(mp map[common.Address]Wei) Wei {
		var s Wei
		for _, v := range mp {
			s = add(s, v)
		}
		return s
	}
	var unb, esc Wei
	for _, u := range m.Unbonding {
		unb = add(unb, u.Amount)
	}
	for _, t := range m.Tasks {
		if t.Status >= StatusOpen && t.Status <= StatusDisputed {
			esc = add(esc, t.Reward)
		}
		if t.Status == StatusOpen {
			esc = add(esc, t.Audit.JackpotFee) // it joins the pool at the claim
		}
		esc = add(add(esc, t.A.FeesHeld), t.A.JackpotHeld)
	}
	f, l := sumOf(m.Free), sumOf(m.Locked)
	switch {
	case !f.Eq(&m.TotalFree):
		return fmt.Errorf("model: free entries %v, total %v", f.Dec(), m.TotalFree.Dec())
	case !l.Eq(&m.TotalLocked):
		return fmt.Errorf("model: locked entries %v, total %v", l.Dec(), m.TotalLocked.Dec())
	case !unb.Eq(&m.TotalUnbonding):
		return fmt.Errorf("model: unbonding entries %v, total %v", unb.Dec(), m.TotalUnbonding.Dec())
	case !esc.Eq(&m.TotalEscrow):
		return fmt.Errorf("model: tasks hold %v, escrow %v", esc.Dec(), m.TotalEscrow.Dec())
	}
	held := add(add(add(m.TotalFree, m.TotalLocked), add(m.TotalUnbonding, m.TotalEscrow)), m.TotalJackpot)
	if !held.Eq(&m.Balance) {
		return fmt.Errorf("model: balance %v, buckets %v", m.Balance.Dec(), held.Dec())
	}
	return nil
}

// --- randomness and commitments (the contract's abi.encode layouts) ---

func word(v uint64) []byte {
	var w [32]byte
	binary.BigEndian.PutUint64(w[24:], v)
	return w[:]
}

// SecretHash is keccak256(abi.encode(secret)), what the solver commits at the claim.
func SecretHash(secret [32]byte) [32]byte { return crypto.Keccak256Hash(secret[:]) }

// ForcedError says whether a task of n segments carries a forced error and on which
// segment f (leaf f+1 is the decoy): r = keccak256(abi.encode(secret, claimHash, id)),
// forced iff r mod 10000 < bps and n >= 1, f = (r >> 128) mod n (the last segment
// included: its decoy is the final leaf, which RevealSecret restores).
func ForcedError(secret, claimHash [32]byte, id, n uint64, bps uint16) (forced bool, f uint64) {
	h := crypto.Keccak256Hash(secret[:], claimHash[:], word(id))
	var r, q Wei
	r.SetBytes32(h[:])
	if n == 0 || q.Mod(&r, uint256.NewInt(10000)).Uint64() >= uint64(bps) {
		return false, 0
	}
	r.Rsh(&r, 128)
	return true, q.Mod(&r, uint256.NewInt(n)).Uint64()
}

// AttestCommitment is keccak256(abi.encode(id, attester, endHash, salt)).
func AttestCommitment(id uint64, attester common.Address, endHash, salt [32]byte) [32]byte {
	var a [32]byte
	copy(a[12:], attester[:])
	return crypto.Keccak256Hash(word(id), a[:], endHash[:], salt[:])
}

// HashOf gives, for an attestation slot, the hash of the block after its join as
// TaskMarket reads it (BLOCKHASH, then EIP-2935's history): the zero hash while that
// block is not sealed (ErrMarketSeedNotReady), JoinHashExpired once neither holds it
// (the draw then uses ExpiredDrawHash; for the attester's own slot in Attest: past
// joinBlock+1+256, where attest refuses, ErrMarketAttestExpired).
type HashOf func(slot uint32) [32]byte

// ExpiredDrawHash is the hash slot's draw uses when the block after its join is older
// than EIP-2935's window: keccak256(abi.encode("veritrain.expired", id, slot)). Fixed, so
// whoever triggers so late a draw chooses between two values only; every attest draws
// the pending slots in order, so it happens only when nobody attested for 8191 blocks.
func ExpiredDrawHash(id uint64, slot uint32) [32]byte {
	const tag = "veritrain.expired"
	var str [64]byte
	binary.BigEndian.PutUint64(str[24:32], uint64(len(tag)))
	copy(str[32:], tag)
	return crypto.Keccak256Hash(word(0x60), word(id), word(uint64(slot)), str[:])
}

// DrawIndex is a covering draw's pick among the m segments left in its pass:
// keccak256(abi.encode(seed, h, slot)) mod m.
func DrawIndex(seed, h [32]byte, slot uint32, m uint64) uint64 {
	d := crypto.Keccak256Hash(seed[:], h[:], word(uint64(slot)))
	var r, q Wei
	r.SetBytes32(d[:])
	return q.Mod(&r, uint256.NewInt(m)).Uint64()
}

// draws is TaskMarket._draws: the covering draws of task id's pending slots
// A.Drawn..through, in join order, on top of the stored pool. Slot j draws without
// replacement within its pass (j / N): at position j % N, m = N - j%N segments are left,
// DrawIndex picks position r, whose segment it takes, and position m-1's segment moves
// to r (Fisher-Yates). It returns the segments and the pool writes; nothing is stored.
func (t *MarketTask) draws(id uint64, through uint32, hashOf HashOf) ([]uint64, map[[2]uint64]uint64, error) {
	over := map[[2]uint64]uint64{}
	at := func(k [2]uint64) uint64 {
		if v, ok := over[k]; ok {
			return v
		}
		if v, ok := t.Pool[k]; ok {
			return v
		}
		return k[1]
	}
	var segs []uint64
	for j := t.A.Drawn; j <= through; j++ {
		h := hashOf(j)
		switch h {
		case [32]byte{}:
			return nil, nil, ErrMarketSeedNotReady
		case JoinHashExpired:
			h = ExpiredDrawHash(id, j)
		}
		pass, pos := uint64(j)/t.N, uint64(j)%t.N
		m := t.N - pos
		k := [2]uint64{pass, DrawIndex(t.Seed, h, j, m)}
		segs = append(segs, at(k))
		over[k] = at([2]uint64{pass, m - 1})
	}
	return segs, over, nil
}

// drawThrough is TaskMarketAuditor._drawThrough: draws the pending slots through slot
// j into the task and returns slot j's segment.
func (t *MarketTask) drawThrough(id uint64, j uint32, hashOf HashOf) (uint64, error) {
	if j < t.A.Drawn {
		return t.SlotSegment[j], nil
	}
	segs, over, err := t.draws(id, j, hashOf)
	if err != nil {
		return 0, err
	}
	if t.Pool == nil {
		t.Pool = map[[2]uint64]uint64{}
	}
	for k, v := range over {
		if v == k[1] {
			delete(t.Pool, k) // the position itself (storage zero)
		} else {
			t.Pool[k] = v
		}
	}
	t.SlotSegment = append(t.SlotSegment, segs...)
	t.A.Drawn = j + 1
	return segs[len(segs)-1], nil
}

// SlotDraw is the segment slot j of task id draws (TaskMarket._draws simulated on top
// of the task's pool: the pending slots before it drawn first), whether or not anyone
// holds it yet; hashOf gives every pending slot's hash up to j.
func (m *Market) SlotDraw(id uint64, j uint32, hashOf HashOf) (uint64, error) {
	t := m.Task(id)
	if t == nil || !t.SeedDrawn {
		return 0, ErrMarketNoSeed
	}
	if j < t.A.Drawn {
		return t.SlotSegment[j], nil
	}
	segs, _, err := t.draws(id, j, hashOf)
	if err != nil {
		return 0, err
	}
	return segs[len(segs)-1], nil
}

// AttestSegment is TaskMarket.attestSegment: committed or later, the stored segment;
// joined, its slot's covering draw simulated on top of the task's draws so far (what
// Attest will store; ErrMarketSeedNotReady while a pending slot's hash is not there).
// Nobody knows the hash when joining: neither an address nor the moment of joining can
// be chosen for a segment.
func (m *Market) AttestSegment(id uint64, who common.Address, hashOf HashOf) (uint64, error) {
	_, a := m.attestation(id, who)
	if a == nil {
		return 0, m.wrongAttestation(a)
	}
	if a.State != AttJoined {
		return a.Segment, nil
	}
	return m.SlotDraw(id, a.Slot, hashOf)
}

// AssignmentOf is keccak256(abi.encode(seed, verifier)) mod n.
func AssignmentOf(seed [32]byte, verifier common.Address, n uint64) uint64 {
	var a [32]byte
	copy(a[12:], verifier[:])
	h := crypto.Keccak256Hash(seed[:], a[:])
	var r, q Wei
	r.SetBytes32(h[:])
	return q.Mod(&r, uint256.NewInt(n)).Uint64()
}

// --- tasks ---

func (m *Market) task(id uint64, want MarketStatus) (*MarketTask, error) {
	t := m.Task(id)
	if t == nil {
		return nil, fmt.Errorf("%w: task %d has status none", ErrMarketWrongStatus, id)
	}
	if t.Status != want {
		return nil, fmt.Errorf("%w: task %d is %v, want %v", ErrMarketWrongStatus, id, t.Status, want)
	}
	return t, nil
}

// status is task id's status (none for an unknown id).
func (m *Market) status(id uint64) MarketStatus {
	if t := m.Task(id); t != nil {
		return t.Status
	}
	return StatusNone
}

// PostTask opens a task of n segments (a spec of n steps with a checkpoint after each:
// PostTaskSpec with the smallest graph and state); value = reward + audit.JackpotFee +
// audit.AttestFee*audit.MaxAttesters, all of it in escrow.
func (m *Market) PostTask(who common.Address, n uint64, terms MarketTerms, audit MarketAudit, value Wei, now uint64) (uint64, error) {
	return m.PostTaskSpec(who, SpecTerms{Steps: n, Interval: 1, NumNodes: 1, StateDepth: 1}, terms, audit, value, now)
}

// PostTaskSpec is TaskMarket.postTask: the spec's sizes and every term within the
// protocol's bounds (CheckBounds: a *TermError naming the first term outside them),
// interval dividing steps, both stakes set, the audit valid; value = reward +
// audit.JackpotFee + audit.AttestFee*audit.MaxAttesters, all of it in escrow.
func (m *Market) PostTaskSpec(who common.Address, s SpecTerms, terms MarketTerms, audit MarketAudit, value Wei, now uint64) (uint64, error) {
	if err := CheckBounds(s, terms, audit, now); err != nil {
		return 0, err
	}
	if s.Steps%s.Interval != 0 || terms.SolverStake.IsZero() || terms.ChallengerBond.IsZero() || !audit.valid() {
		return 0, ErrMarketBadTask
	}
	n := s.Steps / s.Interval
	var fees Wei
	fees.Mul(&audit.AttestFee, uint256.NewInt(uint64(audit.MaxAttesters)))
	extra := add(audit.JackpotFee, fees)
	if value.Cmp(&extra) <= 0 {
		return 0, ErrMarketBadTask
	}
	t := &MarketTask{N: n, Terms: terms, Submitter: who, Reward: sub(value, extra), Status: StatusOpen, StateDepth: s.StateDepth,
		Att: map[common.Address]*Attestation{}, votes: map[[64]byte]uint32{}}
	if audit.On() {
		t.Audit = audit
		t.A.FeesHeld = fees
	}
	m.Tasks = append(m.Tasks, t)
	m.Balance = add(m.Balance, value)
	m.TotalEscrow = add(m.TotalEscrow, value)
	return uint64(len(m.Tasks)), nil
}

// refundUnclaimed returns an unclaimed task's whole escrow to its submitter.
func (m *Market) refundUnclaimed(t *MarketTask) {
	back := add(add(t.Reward, t.Audit.JackpotFee), t.A.FeesHeld)
	t.A.FeesHeld = Wei{}
	m.escrowOut(t.Submitter, back)
}

// refundUnusedFees returns, at a claimed task's end, the fees of the attestation
// slots nobody took.
func (m *Market) refundUnusedFees(t *MarketTask) {
	var unused Wei
	unused.Mul(&t.Audit.AttestFee, uint256.NewInt(uint64(t.Audit.MaxAttesters-t.A.Attesters)))
	if unused.IsZero() {
		return
	}
	t.A.FeesHeld = sub(t.A.FeesHeld, unused)
	m.escrowOut(t.Submitter, unused)
}

// CancelTask: the submitter withdraws an unclaimed task.
func (m *Market) CancelTask(id uint64, who common.Address) error {
	t, err := m.task(id, StatusOpen)
	if err != nil {
		return err
	}
	if who != t.Submitter {
		return ErrMarketNotSubmitter
	}
	t.Status = StatusCancelled
	m.refundUnclaimed(t)
	return nil
}

// AddChecks is TaskMarket.addChecks: the submitter, while its audited task is live and
// attestations are open, buys n more attestation slots at the task's attest fee each
// (value = attestFee*n exactly, into escrow beside the first ones). Unlimited slots
// (MaxAttesters 0) take none.
func (m *Market) AddChecks(id uint64, who common.Address, n uint32, value Wei, now uint64) error {
	t := m.Task(id)
	switch {
	case t == nil || who != t.Submitter:
		return ErrMarketNotSubmitter
	case t.Status < StatusOpen || t.Status > StatusDisputed:
		return fmt.Errorf("%w: task %d is %v", ErrMarketWrongStatus, id, t.Status)
	case !t.Audit.On():
		return ErrMarketNoAudit
	case t.A.AttestEnd != 0 && now > t.A.AttestEnd:
		return fmt.Errorf("%w: attest by %d", ErrMarketTooLate, t.A.AttestEnd)
	}
	var want Wei
	want.Mul(&t.Audit.AttestFee, uint256.NewInt(uint64(n)))
	if n == 0 || t.Audit.MaxAttesters == 0 || uint64(t.Audit.MaxAttesters)+uint64(n) > math.MaxUint32 || !value.Eq(&want) {
		return ErrMarketBadTask
	}
	t.Audit.MaxAttesters += n
	t.A.FeesHeld = add(t.A.FeesHeld, value)
	m.Balance = add(m.Balance, value)
	m.TotalEscrow = add(m.TotalEscrow, value)
	return nil
}

// ClaimTask: who locks the solver stake and commits to its secret; an audited task's
// jackpot fee joins the pool.
func (m *Market) ClaimTask(id uint64, who common.Address, secretHash [32]byte, now uint64) error {
	t, err := m.task(id, StatusOpen)
	if err != nil {
		return err
	}
	if now > t.Terms.ClaimBy {
		return fmt.Errorf("%w: claim by %d", ErrMarketTooLate, t.Terms.ClaimBy)
	}
	if err := m.needFree(who, t.Terms.SolverStake); err != nil {
		return err
	}
	m.lock(who, t.Terms.SolverStake)
	t.Solver, t.Status = who, StatusClaimed
	t.CommitBy = now + t.Terms.CommitWindow
	if t.Audit.On() {
		t.A.SecretHash = secretHash
		m.TotalEscrow = sub(m.TotalEscrow, t.Audit.JackpotFee)
		m.TotalJackpot = add(m.TotalJackpot, t.Audit.JackpotFee)
	}
	return nil
}

// ClaimHashExpired is the claimHash a caller passes to FixClaimHash (or CommitTrace)
// when the contract's block.number is past claimBlock+SeedDelay+256: that block's hash
// is no longer readable and an unfixed claim hash can no longer be fixed
// (ErrMarketClaimHashExpired), rather than read from a later block (which would let
// a solver pick among claim hashes by delaying its commit).
var ClaimHashExpired = JoinHashExpired

// FixClaimHash records an audited claimed task's claim hash (the hash of block
// claimBlock+SeedDelay, which the caller supplies, or ClaimHashExpired); the first
// call wins, as on chain.
func (m *Market) FixClaimHash(id uint64, claimHash [32]byte) error {
	t := m.Task(id)
	if t == nil || t.Status < StatusClaimed || t.Status == StatusCancelled || !t.Audit.On() {
		return ErrMarketNoAudit
	}
	if t.A.ClaimHash == ([32]byte{}) {
		if claimHash == ClaimHashExpired {
			return ErrMarketClaimHashExpired
		}
		t.A.ClaimHash = claimHash
	}
	return nil
}

// CommitTrace: the solver posts its trace (leaves 0..N; the contract sees their root
// and proofs of the first and last). For an audited task claimHash is what
// FixClaimHash would record, if nobody did.
func (m *Market) CommitTrace(id uint64, who common.Address, leaves [][32]byte, claimHash [32]byte, now uint64) error {
	t, err := m.task(id, StatusClaimed)
	if err != nil {
		return err
	}
	if who != t.Solver {
		return ErrMarketNotSolver
	}
	if now > t.CommitBy {
		return fmt.Errorf("%w: commit by %d", ErrMarketTooLate, t.CommitBy)
	}
	if uint64(len(leaves)) != t.N+1 {
		return fmt.Errorf("%w: %d leaves for %d segments", ErrMarketBadProof, len(leaves), t.N)
	}
	if t.Audit.On() {
		if err := m.FixClaimHash(id, claimHash); err != nil {
			return err
		}
	}
	t.Leaves = slices.Clone(leaves)
	t.Committed = true
	t.Status = StatusCommitted
	if !t.Audit.On() {
		t.WindowEnd = now + t.Terms.ChallengeWindow
	}
	return nil
}

// ExpireSeed records that the chain passed block commitBlock+SeedDelay+SeedWindow with
// task id's seed undrawn: DrawSeed then fails as on chain (SeedExpired), and an
// audited task can be failed by Finalize. It moves no money.
func (m *Market) ExpireSeed(id uint64) error {
	t := m.Task(id)
	if t == nil || !t.Committed {
		return fmt.Errorf("%w: task %d never committed", ErrMarketWrongStatus, id)
	}
	if t.SeedDrawn {
		return ErrMarketSeedDrawn
	}
	t.SeedExpired = true
	return nil
}

// DrawSeed fixes the assignment seed (the hash of block commitBlock+SeedDelay, which
// the caller supplies) and, with the audit on, starts the attestation phase.
func (m *Market) DrawSeed(id uint64, seed [32]byte, now uint64) error {
	t := m.Task(id)
	if t == nil || !t.Committed {
		return fmt.Errorf("%w: task %d never committed", ErrMarketWrongStatus, id)
	}
	if t.SeedDrawn {
		return ErrMarketSeedDrawn
	}
	if t.SeedExpired {
		return ErrMarketSeedExpired
	}
	t.Seed, t.SeedDrawn = seed, true
	if t.Audit.On() {
		t.A.AttestEnd = now + t.Audit.AttestWindow
		t.A.RevealEnd = t.A.AttestEnd + t.Audit.RevealWindow
		t.A.SecretEnd = t.A.RevealEnd + t.Audit.RevealWindow
	}
	return nil
}

// Assignment is the segment who is asked to re-run.
func (m *Market) Assignment(id uint64, who common.Address) (uint64, error) {
	t := m.Task(id)
	if t == nil || !t.SeedDrawn {
		return 0, ErrMarketNoSeed
	}
	return AssignmentOf(t.Seed, who, t.N), nil
}

// JoinAttestation: who (staked, not the solver) takes the next attestation slot (its
// join index) until attestEnd (inclusive), locking the attestation stake. The slot's
// segment is drawn at Attest (or an Attest of a later slot) from the hash of the block
// after the join.
func (m *Market) JoinAttestation(id uint64, who common.Address, now uint64) error {
	t, err := m.task(id, StatusCommitted)
	if err != nil {
		return err
	}
	switch {
	case !t.Audit.On():
		return ErrMarketNoAudit
	case !t.SeedDrawn:
		return ErrMarketNoSeed
	case now > t.A.AttestEnd:
		return fmt.Errorf("%w: attest by %d", ErrMarketTooLate, t.A.AttestEnd)
	case who == t.Solver:
		return ErrMarketSolverCannotAttest
	case t.Att[who] != nil:
		return ErrMarketAlreadyAttested
	case t.Audit.MaxAttesters != 0 && t.A.Attesters >= t.Audit.MaxAttesters:
		return fmt.Errorf("%w: %d", ErrMarketAttestersFull, t.Audit.MaxAttesters)
	}
	if err := m.needFree(who, t.Audit.AttestStake); err != nil {
		return err
	}
	m.lock(who, t.Audit.AttestStake)
	t.Att[who] = &Attestation{State: AttJoined, Slot: t.A.Attesters}
	t.A.Attesters++
	t.Attesters = append(t.Attesters, who)
	return nil
}

// JoinHashExpired is what HashOf returns for a slot whose join's next block hash is
// gone: for the attester's own slot in Attest, past joinBlock+1+256 (attest reverts
// AttestExpired rather than let the attester wait for the fallback hash); for any
// other slot, past EIP-2935's window (the draw uses ExpiredDrawHash).
var JoinHashExpired = [32]byte{0: 0xff, 1: 0xff, 2: 0xff, 3: 0xff, 28: 0xff, 29: 0xff, 30: 0xff, 31: 0xff}

// Attest: who, joined, until attestEnd (inclusive), draws every pending slot through
// its own (covering draws, in join order: hashOf gives each one's hash) and commits to
// the end hash of its slot's segment. hashOf(its own slot) zero:
// ErrMarketSeedNotReady; JoinHashExpired: ErrMarketAttestExpired.
func (m *Market) Attest(id uint64, who common.Address, commitment [32]byte, hashOf HashOf, now uint64) error {
	t, a := m.attestation(id, who)
	if a == nil || a.State != AttJoined {
		return m.wrongAttestation(a)
	}
	switch {
	case now > t.A.AttestEnd:
		return fmt.Errorf("%w: attest by %d", ErrMarketTooLate, t.A.AttestEnd)
	case hashOf(a.Slot) == JoinHashExpired:
		return ErrMarketAttestExpired
	}
	seg, err := t.drawThrough(id, a.Slot, hashOf)
	if err != nil {
		return err
	}
	a.State, a.Segment, a.Commitment = AttCommitted, seg, commitment
	return nil
}

func (m *Market) attestation(id uint64, who common.Address) (*MarketTask, *Attestation) {
	t := m.Task(id)
	if t == nil {
		return nil, nil
	}
	return t, t.Att[who]
}

func vote(seg uint64, endHash [32]byte) [64]byte {
	var k [64]byte
	putU64BE((*[32]byte)(k[:32]), seg)
	copy(k[32:], endHash[:])
	return k
}

// RevealAttestation opens who's commitment in (attestEnd, revealEnd].
func (m *Market) RevealAttestation(id uint64, who common.Address, endHash, salt [32]byte, now uint64) error {
	t, a := m.attestation(id, who)
	if a == nil || a.State != AttCommitted {
		return m.wrongAttestation(a)
	}
	switch {
	case now <= t.A.AttestEnd:
		return fmt.Errorf("%w: reveal after %d", ErrMarketTooEarly, t.A.AttestEnd)
	case now > t.A.RevealEnd:
		return fmt.Errorf("%w: reveal by %d", ErrMarketTooLate, t.A.RevealEnd)
	case AttestCommitment(id, who, endHash, salt) != a.Commitment:
		return ErrMarketBadReveal
	}
	a.EndHash, a.State = endHash, AttRevealed
	t.votes[vote(a.Segment, endHash)]++
	return nil
}

func (m *Market) wrongAttestation(a *Attestation) error {
	st := AttNone
	if a != nil {
		st = a.State
	}
	return fmt.Errorf("%w: state %d", ErrMarketWrongAttestation, st)
}

// RevealSecret: the solver opens its secret in (revealEnd, secretEnd]. A forced task's
// leaf f+1 must be decoyLeaf; it is replaced by trueLeaf and the jackpot (JackpotDraw:
// at most the task's fee plus PoolDrawBps of the pool, and the pool) is reserved in equal shares for the attesters of the forced segment that
// revealed trueLeaf. The challenge window opens. The contract computes both leaves from
// one opening of a float of the true state (the decoy: that float XORed with the
// secret's mask); the model has no states, so the caller computes them the same way
// (onchain.DecoyRoot), and an opening that does not open is the caller's BadProof.
// Not forced: both leaves are ignored.
func (m *Market) RevealSecret(id uint64, who common.Address, secret, trueLeaf, decoyLeaf [32]byte, now uint64) error {
	t, err := m.task(id, StatusCommitted)
	if err != nil {
		return err
	}
	switch {
	case who != t.Solver:
		return ErrMarketNotSolver
	case !t.Audit.On():
		return ErrMarketNoAudit
	case t.A.SecretRevealed:
		return ErrMarketSecretRevealed
	case !t.SeedDrawn:
		return ErrMarketNoSeed
	case now <= t.A.RevealEnd:
		return fmt.Errorf("%w: reveal the secret after %d", ErrMarketTooEarly, t.A.RevealEnd)
	case now > t.A.SecretEnd:
		return fmt.Errorf("%w: reveal the secret by %d", ErrMarketTooLate, t.A.SecretEnd)
	case SecretHash(secret) != t.A.SecretHash:
		return ErrMarketBadSecret
	}
	forced, f := ForcedError(secret, t.A.ClaimHash, id, t.N, t.Audit.ForcedErrorBps)
	if forced {
		d := decoyLeaf
		if t.Leaves[f+1] != d {
			return fmt.Errorf("%w: leaf %d is not the decoy", ErrMarketBadProof, f+1)
		}
		t.Leaves[f+1] = trueLeaf
		t.A.Forced, t.A.ForcedSegment, t.A.Decoy, t.A.TrueLeaf = true, f, d, trueLeaf
		k := t.votes[vote(f, trueLeaf)]
		t.A.Finders = k
		jp := JackpotDraw(t.Audit.Jackpot, t.Audit.JackpotFee, m.TotalJackpot)
		if k != 0 && !jp.IsZero() {
			share := mulDiv(jp, 1, uint64(k))
			held := mulDiv(share, uint64(k), 1)
			t.A.JackpotShare, t.A.JackpotHeld = share, held
			m.TotalJackpot = sub(m.TotalJackpot, held)
			m.TotalEscrow = add(m.TotalEscrow, held)
		}
	}
	t.A.SecretRevealed = true
	t.WindowEnd = now + t.Terms.ChallengeWindow
	return nil
}

// PoolDrawBps is TaskMarket.POOL_DRAW_BPS: beyond the jackpot fee it paid in, a task's
// finders may draw at most this share of the pool (basis points), so that no task
// reserves for its own finders what other tasks funded.
const PoolDrawBps = 1000

// JackpotDraw is what a forced task's finders share at the secret reveal:
// min(jackpot, fee + pool*PoolDrawBps/10000, pool).
func JackpotDraw(jackpot, fee, pool Wei) Wei {
	jp := add(fee, mulDiv(pool, PoolDrawBps, 10000))
	if jackpot.Lt(&jp) {
		jp = jackpot
	}
	if pool.Lt(&jp) {
		jp = pool
	}
	return jp
}

// Challenge: who (staked, not the solver) disputes segment seg of the trace before
// windowEnd, locking the bond; game is the id of the game it opens. Disputes run in
// parallel and never pause the window.
func (m *Market) Challenge(id uint64, who common.Address, seg, game uint64, now uint64) error {
	t := m.Task(id)
	if st := m.status(id); st != StatusCommitted && st != StatusDisputed {
		return fmt.Errorf("%w: task %d is %v", ErrMarketWrongStatus, id, st)
	}
	switch {
	case who == t.Solver:
		return ErrMarketSelfChallenge
	case t.Audit.On() && !t.A.SecretRevealed:
		return ErrMarketSecretNotRevealed
	case now >= t.WindowEnd:
		return fmt.Errorf("%w: window ended at %d", ErrMarketTooLate, t.WindowEnd)
	case seg >= t.N:
		return ErrMarketBadProof
	}
	if err := m.needFree(who, t.Terms.ChallengerBond); err != nil {
		return err
	}
	m.lock(who, t.Terms.ChallengerBond)
	t.Disputes++
	t.Status = StatusDisputed
	m.openDispute(game, Dispute{Challenger: who, Segment: seg, Task: id})
	return nil
}

// openDispute records a dispute that opened game.
func (m *Market) openDispute(game uint64, d Dispute) {
	if m.Disputes == nil {
		m.Disputes = map[uint64]Dispute{}
	}
	m.Disputes[game] = d
}

// endDispute ends the open dispute game of task id against attester (zero: the solver),
// as TaskMarketBase._endDispute: a pending game only when moot (its defender already
// lost another).
func (m *Market) endDispute(id, game uint64, attester common.Address, r Result, moot bool) (Dispute, error) {
	d, ok := m.Disputes[game]
	if !ok || d.Task != id || d.Attester != attester {
		return d, fmt.Errorf("%w: game %d", ErrMarketNoDispute, game)
	}
	if r == Pending && !moot {
		return d, ErrMarketGamePending
	}
	delete(m.Disputes, game)
	return d, nil
}

// Settle applies r, the verdict of game, one of the solver's disputes. The solver
// winning slashes the bond to it (Committed again once none is open); losing fails the
// task (the stake to the challenger, the reward back) and makes its other disputes moot:
// they settle at once, the bond unlocked unless the solver won that game.
func (m *Market) Settle(id, game uint64, r Result, now uint64) error {
	t := m.Task(id)
	moot := t != nil && t.Status == StatusFailed
	d, err := m.endDispute(id, game, common.Address{}, r, moot)
	if err != nil {
		return err
	}
	t.Disputes--
	if r == SolverWins {
		m.slash(d.Challenger, t.Terms.ChallengerBond, t.Solver)
		if !moot && t.Disputes == 0 {
			t.Status = StatusCommitted
		}
		return nil
	}
	m.unlock(d.Challenger, t.Terms.ChallengerBond)
	if moot {
		return nil
	}
	m.slash(t.Solver, t.Terms.SolverStake, d.Challenger)
	t.Status = StatusFailed
	if t.Chunks != nil {
		m.closeChunks(t)
	}
	m.escrowOut(t.Submitter, t.Reward)
	if t.Audit.On() {
		t.A.SolverLost = true
		t.A.ChallengedSegment = d.Segment
		m.refundUnusedFees(t)
	}
	return nil
}

// Finalize ends a task past its deadline. Committed (audited: with the secret
// revealed) and unchallenged through the window: the solver is paid and unlocked.
// Claimed past commitBy, or audited and the secret not revealed by secretEnd: the
// stake is slashed to the submitter, who is refunded. Open past claimBy: refunded.
// Unused attestation fees go back to the submitter.
func (m *Market) Finalize(id uint64, now uint64) error {
	t := m.Task(id)
	if t == nil {
		return fmt.Errorf("%w: task %d has status none", ErrMarketWrongStatus, id)
	}
	st := t.Status
	missed := st == StatusClaimed
	switch {
	case st == StatusCommitted && t.Chunks != nil:
		// the final state withheld: the submitter asked for chunks and got none
		if now <= t.Chunks.AnswerBy {
			return fmt.Errorf("%w: chunks due by %d", ErrMarketTooEarly, t.Chunks.AnswerBy)
		}
		m.closeChunks(t)
		missed = true
	case st == StatusCommitted && t.Audit.On() && !t.A.SecretRevealed:
		// an undrawn seed past its window: the solver (who may draw it) missed a deadline
		if !t.SeedDrawn && !t.SeedExpired {
			return ErrMarketNoSeed
		}
		if t.SeedDrawn && now <= t.A.SecretEnd {
			return fmt.Errorf("%w: secret due by %d", ErrMarketTooEarly, t.A.SecretEnd)
		}
		missed = true
	case st == StatusCommitted:
		if now < t.WindowEnd {
			return fmt.Errorf("%w: window ends at %d", ErrMarketTooEarly, t.WindowEnd)
		}
		t.Status = StatusFinalized
		m.unlock(t.Solver, t.Terms.SolverStake)
		m.escrowOut(t.Solver, t.Reward)
	case st == StatusClaimed:
		if now <= t.CommitBy {
			return fmt.Errorf("%w: commit due by %d", ErrMarketTooEarly, t.CommitBy)
		}
	case st == StatusOpen:
		if now <= t.Terms.ClaimBy {
			return fmt.Errorf("%w: claimable until %d", ErrMarketTooEarly, t.Terms.ClaimBy)
		}
		t.Status = StatusCancelled
		m.refundUnclaimed(t)
	default:
		return fmt.Errorf("%w: task %d is %v", ErrMarketWrongStatus, id, st)
	}
	if missed {
		t.Status = StatusFailed
		m.slash(t.Solver, t.Terms.SolverStake, t.Submitter)
		m.escrowOut(t.Submitter, t.Reward)
	}
	if st != StatusOpen {
		m.refundUnusedFees(t)
	}
	return nil
}

// DisputeAttestation: who (staked, not the attester) disputes a revealed attestation
// after the secret reveal and before windowEnd, whatever the task's status; a game
// (id game) opens with the attester in the solver's seat (agreed: trace leaf segment;
// disputed: its end hash). An attestation's disputes run in parallel.
func (m *Market) DisputeAttestation(id uint64, who, attester common.Address, game uint64, now uint64) error {
	t := m.Task(id)
	if t == nil || !t.A.SecretRevealed {
		return ErrMarketSecretNotRevealed
	}
	if now >= t.WindowEnd {
		return fmt.Errorf("%w: window ended at %d", ErrMarketTooLate, t.WindowEnd)
	}
	a := t.Att[attester]
	if a == nil || (a.State != AttRevealed && a.State != AttDisputed) {
		return m.wrongAttestation(a)
	}
	if who == attester {
		return ErrMarketSelfChallenge
	}
	if void(t, a) {
		return ErrMarketVoidAttestation
	}
	if lazy(t, a) {
		return ErrMarketLazyAttestation
	}
	if err := m.needFree(who, t.Terms.ChallengerBond); err != nil {
		return err
	}
	m.lock(who, t.Terms.ChallengerBond)
	a.State = AttDisputed
	a.Disputes++
	m.openDispute(game, Dispute{Challenger: who, Segment: a.Segment, Attester: attester, Task: id})
	return nil
}

// AttestBountyBps is TaskMarket.ATTEST_BOUNTY_BPS: the part of a losing attester's
// stake paid to the challenger that beat it, by a move or on time alike; the rest goes
// to the pool. One small share for every loss: a friend who disputes a wrong attester
// first recovers only this, and an honest whistleblower earns it however the liar loses.
const AttestBountyBps = 1000

// SettleAttestation applies r, the verdict of game, one dispute of attester's
// attestation (SolverWins: the attester was right, by a move or on time: the bond is
// slashed to it, and the attestation is Revealed again once none is open). The attester
// losing closes it, unlocks the bond and pays AttestBountyBps of its stake to the
// challenger, the rest to the pool; its other disputes are then moot.
func (m *Market) SettleAttestation(id uint64, attester common.Address, game uint64, r Result, now uint64) error {
	if attester == (common.Address{}) { // the zero attester names the solver's disputes (Settle's)
		return fmt.Errorf("%w: game %d", ErrMarketNoDispute, game)
	}
	t, a := m.attestation(id, attester)
	moot := a != nil && a.State == AttClosed
	d, err := m.endDispute(id, game, attester, r, moot)
	if err != nil {
		return err
	}
	a.Disputes--
	if r == SolverWins {
		m.slash(d.Challenger, t.Terms.ChallengerBond, attester)
		if !moot && a.Disputes == 0 {
			a.State = AttRevealed
		}
		return nil
	}
	m.unlock(d.Challenger, t.Terms.ChallengerBond)
	if moot {
		return nil
	}
	stake := t.Audit.AttestStake
	bounty := mulDiv(stake, AttestBountyBps, 10000)
	m.unlockTake(attester, stake)
	m.credit(d.Challenger, bounty)
	m.TotalJackpot = add(m.TotalJackpot, sub(stake, bounty))
	a.State, a.Outcome = AttClosed, OutcomeLostDispute
	m.releaseShare(t, a)
	m.payFee(t, t.Submitter)
	return nil
}

// CloseAttestation settles an attestation's stake. Joined (never committed) or
// unrevealed after revealEnd: to the pool. Revealed, once the task has ended and no dispute on it runs: of segment f+1 of
// a forced task: void, the stake unlocked and the fee to the submitter; the decoy (lazy)
// or the solver's leaf of a segment the solver lost: to the pool; otherwise the stake
// is unlocked, a finder is paid its jackpot share, and the fee is paid when the task
// was Finalized and proven (the caller proves endHash is trace leaf segment+1; the
// model checks it against its trace) holds. Unearned fees go to the submitter.
func (m *Market) CloseAttestation(id uint64, attester common.Address, proven bool, now uint64) error {
	t, a := m.attestation(id, attester)
	st := AttNone
	if a != nil {
		st = a.State
	}
	if st == AttCommitted || st == AttJoined {
		if now <= t.A.RevealEnd {
			return fmt.Errorf("%w: reveals end at %d", ErrMarketTooEarly, t.A.RevealEnd)
		}
		a.State, a.Outcome = AttClosed, OutcomeUnrevealed
		m.slashToPool(attester, t.Audit.AttestStake)
		m.payFee(t, t.Submitter)
		return nil
	}
	if st != AttRevealed {
		return m.wrongAttestation(a)
	}
	if t.Status != StatusFinalized && t.Status != StatusFailed {
		return fmt.Errorf("%w: task %d is %v", ErrMarketWrongStatus, id, t.Status)
	}
	if now < t.WindowEnd {
		return fmt.Errorf("%w: disputable until %d", ErrMarketTooEarly, t.WindowEnd)
	}
	a.State = AttClosed
	if void(t, a) {
		a.Outcome = OutcomeVoid
		m.unlock(attester, t.Audit.AttestStake)
		m.payFee(t, t.Submitter)
		return nil
	}
	h, s := a.EndHash, a.Segment
	o := OutcomeReleased
	// No WrongClaim: the solver's lost game judges no attestation (a solver can throw
	// it); a wrong attestation is slashed by its own dispute, which it defends.
	if lazy(t, a) {
		o = OutcomeLazy
	}
	a.Outcome = o
	if o != OutcomeReleased {
		m.slashToPool(attester, t.Audit.AttestStake)
		m.releaseShare(t, a)
		m.payFee(t, t.Submitter)
		return nil
	}
	m.unlock(attester, t.Audit.AttestStake)
	var paid Wei
	if t.A.Forced && s == t.A.ForcedSegment && h == t.A.TrueLeaf && !t.A.JackpotShare.IsZero() {
		paid = t.A.JackpotShare
		t.A.JackpotHeld = sub(t.A.JackpotHeld, paid)
		m.escrowOut(attester, paid)
	}
	agreed := t.Status == StatusFinalized && proven && h == t.Leaves[s+1]
	to := t.Submitter
	if agreed {
		paid = add(paid, t.Audit.AttestFee)
		to = attester
	}
	m.payFee(t, to)
	a.Paid = paid
	return nil
}

// void says whether a attests segment f+1 of a forced task: its start was the decoy, so
// nobody could attest it from the posted trace, and it is void whatever it revealed.
func void(t *MarketTask, a *Attestation) bool {
	return t.A.Forced && a.Segment == t.A.ForcedSegment+1
}

// lazy says whether a revealed the decoy as the forced segment's end: its stake goes
// to the pool at close, so it cannot be disputed (a friend's dispute would share it).
func lazy(t *MarketTask, a *Attestation) bool {
	return t.A.Forced && a.Segment == t.A.ForcedSegment && a.EndHash == t.A.Decoy
}

// releaseShare returns a finder's reserved jackpot share to the pool (it was slashed).
func (m *Market) releaseShare(t *MarketTask, a *Attestation) {
	if t.A.Forced && a.Segment == t.A.ForcedSegment && a.EndHash == t.A.TrueLeaf && !t.A.JackpotShare.IsZero() {
		t.A.JackpotHeld = sub(t.A.JackpotHeld, t.A.JackpotShare)
		m.TotalEscrow = sub(m.TotalEscrow, t.A.JackpotShare)
		m.TotalJackpot = add(m.TotalJackpot, t.A.JackpotShare)
	}
}

// payFee pays one attestation's fee out of escrow to to.
func (m *Market) payFee(t *MarketTask, to common.Address) {
	if t.Audit.AttestFee.IsZero() {
		return
	}
	t.A.FeesHeld = sub(t.A.FeesHeld, t.Audit.AttestFee)
	m.escrowOut(to, t.Audit.AttestFee)
}
