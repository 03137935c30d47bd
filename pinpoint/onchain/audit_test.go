package onchain_test

import (
	"context"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/checkpointtest"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

const day = 24 * 3600

// auditWorld is a simulated chain with the game and the market deployed.
type auditWorld struct {
	t   *testing.T
	ctx context.Context
	sim *chain.Sim
	at  common.Address
}

func newAuditWorld(t *testing.T) *auditWorld {
	t.Helper()
	ctx := t.Context()
	sim, err := chain.NewSim(chain.WithAccounts(12), chain.WithOsakaRules())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	gameAt, _, err := chain.DeployGame(ctx, sim, accClient, 4)
	if err != nil {
		t.Fatal(err)
	}
	tm := taskmarket.NewTaskMarket()
	at, _, err := chain.Deploy(ctx, sim, accClient, &taskmarket.TaskMarketMetaData,
		tm.PackConstructor(gameAt, 3*day, sim.Accounts()[11].Address, 5000))
	if err != nil {
		t.Fatal(err)
	}
	return &auditWorld{t: t, ctx: ctx, sim: sim, at: at}
}

func (w *auditWorld) mkt(acc int) *onchain.Market {
	o, err := chain.Transactor(w.ctx, w.sim, acc)
	if err != nil {
		w.t.Fatal(err)
	}
	return onchain.NewMarket(w.sim, w.at, o)
}

func rand32(r *rand.Rand) [32]byte {
	var b [32]byte
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// TestForcedErrorMatchesContract: the Go forced-error draw and decoy mask are the
// contract's, bit for bit, on random inputs (its pure forcedError and decoyMask).
func TestForcedErrorMatchesContract(t *testing.T) {
	w := newAuditWorld(t)
	tm := taskmarket.NewTaskMarket()
	c := tm.Instance(w.sim, w.at)
	r := rand.New(rand.NewPCG(7, 7))
	forcedSeen := 0
	for i := 0; i < 300; i++ {
		secret, ch := rand32(r), rand32(r)
		id := r.Uint64()
		if i%3 == 0 {
			id = r.Uint64N(1000)
		}
		n := []uint64{0, 1, 2, 3, 17, 1 << 40}[r.IntN(6)]
		bps := []uint16{0, 1, 5000, 9999, 10000, uint16(r.IntN(10001))}[r.IntN(6)]
		got, err := bind.Call(c, &bind.CallOpts{Context: w.ctx}, tm.PackForcedError(secret, ch, new(big.Int).SetUint64(id), n, bps), tm.UnpackForcedError)
		if err != nil {
			t.Fatal(err)
		}
		forced, f := onchain.ForcedError(secret, ch, id, n, bps)
		if got.Forced != forced || got.F != f {
			t.Fatalf("case %d: contract (%v, %d), Go (%v, %d)", i, got.Forced, got.F, forced, f)
		}
		if forced {
			forcedSeen++
			if f >= n {
				t.Fatalf("case %d: forced leaf %d of %d segments is past the final checkpoint", i, f+1, n)
			}
		}
		mask, err := bind.Call(c, &bind.CallOpts{Context: w.ctx}, tm.PackDecoyMask(secret, new(big.Int).SetUint64(id)), tm.UnpackDecoyMask)
		if err != nil {
			t.Fatal(err)
		}
		if got := onchain.DecoyMask(secret, id); mask != got || got == 0 || got > 0xff {
			t.Fatalf("case %d: decoy mask contract %#x, Go %#x", i, mask, got)
		}
	}
	if forcedSeen == 0 {
		t.Fatal("no forced case drawn")
	}
}

func TestPostedHashes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	hashes := [][32]byte{rand32(r), rand32(r), rand32(r), rand32(r)}
	keep := append([][32]byte(nil), hashes...)
	decoy := rand32(r)
	for _, c := range []struct {
		name   string
		forced bool
		f      uint64
		leaf   int // replaced leaf, -1: none
		err    error
	}{
		{"not forced", false, 7, -1, nil},
		{"f=0", true, 0, 1, nil},
		{"f=1", true, 1, 2, nil},
		{"final leaf (the last segment forced)", true, 2, 3, nil},
		{"past the end", true, 3, -1, onchain.ErrBadDecoy},
		{"far past the end", true, 9, -1, onchain.ErrBadDecoy},
	} {
		got, err := onchain.PostedHashes(hashes, c.forced, c.f, decoy)
		if !errors.Is(err, c.err) {
			t.Fatalf("%s: error %v, want %v", c.name, err, c.err)
		}
		if err != nil {
			continue
		}
		for j := range got {
			want := hashes[j]
			if j == c.leaf {
				want = decoy
			}
			if got[j] != want {
				t.Fatalf("%s leaf %d: %x, want %x", c.name, j, got[j], want)
			}
		}
	}
	for j := range hashes {
		if hashes[j] != keep[j] {
			t.Fatal("PostedHashes modified its input")
		}
	}
}

// TestNewDecoy: the decoy of a real training state differs from it in exactly one
// normal float, by DecoyMask in the low mantissa bits; the opening verifies against the
// true root; DecoyRoot of it is the decoy's Hash(); the input is untouched; the element
// depends on the secret and spreads over the tensors.
func TestNewDecoy(t *testing.T) {
	st := checkpointtest.Checkpoints(5, 2, 3)[1]
	trueRoot := st.Hash()
	tensorsHit := map[uint64]bool{}
	elems := map[[2]uint64]bool{}
	r := rand.New(rand.NewPCG(4, 4))
	for i := range 16 {
		secret, id := rand32(r), r.Uint64N(100)
		mask := onchain.DecoyMask(secret, id)
		d, open, err := onchain.NewDecoy(st, secret, id)
		if err != nil {
			t.Fatal(err)
		}
		if open.StateRoot != trueRoot {
			t.Fatalf("case %d: opening of root %x, true %x", i, open.StateRoot, trueRoot)
		}
		if err := open.Verify(); err != nil {
			t.Fatalf("case %d: opening: %v", i, err)
		}
		diffs := 0
		for ti := range st.Tensors {
			for e, v := range st.Tensors[ti].Data {
				got := math.Float32bits(d.Tensors[ti].Data[e])
				if got == math.Float32bits(v) {
					continue
				}
				diffs++
				if uint64(ti) != open.TensorIndex || uint64(e) != open.Element || got != open.ValueBits^mask {
					t.Fatalf("case %d: tensor %d element %d changed %#x -> %#x; opening (%d, %d), mask %#x", i, ti, e, math.Float32bits(v), got, open.TensorIndex, open.Element, mask)
				}
				if exp := got >> 23 & 0xff; exp == 0 || exp == 0xff || exp != open.ValueBits>>23&0xff {
					t.Fatalf("case %d: decoy float %#x of %#x is not a normal float of the same exponent", i, got, open.ValueBits)
				}
			}
		}
		if diffs != 1 {
			t.Fatalf("case %d: %d floats differ, want 1", i, diffs)
		}
		root, err := onchain.DecoyRoot(open, mask)
		if err != nil {
			t.Fatal(err)
		}
		if dh := d.Hash(); root != dh || root == trueRoot {
			t.Fatalf("case %d: DecoyRoot %x, decoy Hash %x, true %x", i, root, dh, trueRoot)
		}
		_, open2, err := onchain.NewDecoy(st, secret, id)
		if err != nil || open2.TensorIndex != open.TensorIndex || open2.Element != open.Element {
			t.Fatalf("case %d: NewDecoy is not deterministic (%v)", i, err)
		}
		tensorsHit[open.TensorIndex] = true
		elems[[2]uint64{open.TensorIndex, open.Element}] = true
	}
	if st.Hash() != trueRoot {
		t.Fatal("NewDecoy modified the true state")
	}
	if len(tensorsHit) < 2 || len(elems) < 14 {
		t.Fatalf("16 secrets chose %d tensors, %d elements: not spread by the secret", len(tensorsHit), len(elems))
	}
}

func TestNewDecoyNeedsANormalFloat(t *testing.T) {
	sub := math.Float32frombits(1)
	st := &checkpoint.State{Tensors: []checkpoint.Tensor{
		{Name: "z", Shape: []int{5}, Data: []float32{0, float32(math.Copysign(0, -1)), sub, float32(math.Inf(1)), float32(math.NaN())}},
	}}
	if _, _, err := onchain.NewDecoy(st, [32]byte{1}, 1); !errors.Is(err, onchain.ErrNoNormalFloat) {
		t.Fatalf("NewDecoy of a state without normal floats: %v", err)
	}
	st.Tensors[0].Data[3] = 1.5 // the only normal float: always chosen
	d, open, err := onchain.NewDecoy(st, [32]byte{1}, 1)
	if err != nil || open.Element != 3 || d.Tensors[0].Data[3] == 1.5 {
		t.Fatalf("decoy of the one normal float: element %v, err %v", open, err)
	}
}

func TestAuditCost(t *testing.T) {
	for _, c := range []struct {
		a    taskmarket.TaskMarketAudit
		want int64
	}{
		{onchain.NoAudit(), 0},
		{taskmarket.TaskMarketAudit{}, 0}, // nil amounts count as zero
		{taskmarket.TaskMarketAudit{JackpotFee: big.NewInt(7)}, 7},
		{taskmarket.TaskMarketAudit{JackpotFee: big.NewInt(7), AttestFee: big.NewInt(3), MaxAttesters: 4}, 19},
	} {
		if got := onchain.AuditCost(c.a); got.Int64() != c.want {
			t.Errorf("AuditCost(%+v) = %v, want %d", c.a, got, c.want)
		}
	}
}

// TestAuditWrappers drives an always-forced audited task of real training states
// through the Go wrappers: claim with a secret, the claim hash, the posted decoy (a real
// state, whose root the contract recomputes from the opening), an attestation of the
// forced segment with the true hash, the secret reveal (the trace root becomes the true
// tree's), the finder's jackpot at close.
func TestAuditWrappers(t *testing.T) {
	w := newAuditWorld(t)
	ctx := w.ctx
	sub, sol := w.mkt(accClient), w.mkt(accSolver)
	for acc := range 11 {
		if err := w.mkt(acc).Deposit(ctx, chain.Ether(10)); err != nil {
			t.Fatal(err)
		}
	}
	r := rand.New(rand.NewPCG(3, 3))
	states := checkpointtest.Checkpoints(11, 3, 1) // 2 segments: the decoy is leaf f+1
	hashes := make([][32]byte, len(states))
	for i, st := range states {
		hashes[i] = st.Hash()
	}
	tree := model.NewTree(hashes)
	head, err := w.sim.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	spec := taskmarket.TaskMarketSpec{SpecHash: [32]byte{1}, NodesRoot: [32]byte{2}, StateMapRoot: [32]byte{3}, DataRoot: [32]byte{4},
		InitRoot: hashes[0], Steps: 4, Interval: 2, NumNodes: 1, StateDepth: 1}
	terms := taskmarket.TaskMarketTerms{SolverStake: chain.Ether(2), ChallengerBond: chain.Ether(1), ClaimBy: head.Time + day,
		CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
	audit := taskmarket.TaskMarketAudit{ForcedErrorBps: 10000, AttestWindow: 3600, RevealWindow: 3600, AttestStake: chain.Ether(1),
		JackpotFee: chain.Ether(1), Jackpot: chain.Ether(1)}
	id, err := sub.PostAudited(ctx, spec, terms, audit, chain.Ether(2))
	if err != nil {
		t.Fatal(err)
	}
	secret, err := onchain.NewSecret()
	if err != nil {
		t.Fatal(err)
	}
	if err := sol.ClaimWithSecret(ctx, id, onchain.SecretHash(secret)); err != nil {
		t.Fatal(err)
	}
	if _, err := sol.ClaimHash(ctx, id); err == nil {
		t.Fatal("claim hash fixed before its block")
	}
	if err := chain.MineBlocks(ctx, w.sim, 5); err != nil {
		t.Fatal(err)
	}
	ch, err := sol.ClaimHash(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	forced, f := onchain.ForcedError(secret, ch, id, 2, audit.ForcedErrorBps)
	// f is either segment (the last one too: its decoy is the final leaf)
	if !forced || f > 1 {
		t.Fatalf("an always-forced task of 2 segments: forced %v at %d", forced, f)
	}
	decoy, open, err := onchain.NewDecoy(states[f+1], secret, id)
	if err != nil {
		t.Fatal(err)
	}
	posted, err := onchain.PostedHashes(hashes, forced, f, decoy.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if err := sol.CommitTrace(ctx, id, posted); err != nil {
		t.Fatal(err)
	}
	if err := chain.MineBlocks(ctx, w.sim, 5); err != nil {
		t.Fatal(err)
	}
	if err := sub.DrawSeed(ctx, id); err != nil {
		t.Fatal(err)
	}
	// accounts join one by one until one draws segment f (the forced one) and attests
	// the true leaf f+1 (each has even odds; nine of them all missing is a 1/512 chance)
	var finder *onchain.Market
	for acc := accChallenger; acc < 11; acc++ {
		m := w.mkt(acc)
		if _, err := m.JoinAttestation(ctx, id); err != nil {
			t.Fatal(err)
		}
		if err := chain.MineBlocks(ctx, w.sim, 2); err != nil {
			t.Fatal(err)
		}
		if seg, err := m.AttestSegment(ctx, id, m.Me()); err != nil {
			t.Fatal(err)
		} else if seg == f {
			finder = m
			break
		}
	}
	if finder == nil {
		t.Skip("no account drew the forced segment")
	}
	salt := rand32(r)
	if err := finder.Attest(ctx, id, onchain.AttestCommitment(id, finder.Me(), hashes[f+1], salt)); err != nil {
		t.Fatal(err)
	}
	if err := w.sim.Advance(ctx, 3601*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := finder.RevealAttestation(ctx, id, hashes[f+1], salt); err != nil {
		t.Fatal(err)
	}
	if err := w.sim.Advance(ctx, 3601*time.Second); err != nil {
		t.Fatal(err)
	}
	if _, _, err := sol.RevealSecret(ctx, id, secret, hashes, nil); !errors.Is(err, onchain.ErrBadDecoy) {
		t.Fatalf("reveal of a forced task without an opening: %v", err)
	}
	wrong, err := checkpoint.ProveFloat(states[2-f], 0, 0) // the other segment's end
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := sol.RevealSecret(ctx, id, secret, hashes, wrong); !errors.Is(err, onchain.ErrBadDecoy) {
		t.Fatalf("reveal with an opening of another state: %v", err)
	}
	revForced, revF, err := sol.RevealSecret(ctx, id, secret, hashes, open)
	if err != nil || !revForced || revF != f {
		t.Fatalf("reveal secret: forced %v f %d (drawn %d) err %v", revForced, revF, f, err)
	}
	task, err := sol.Task(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	a, err := sol.Audit(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if task.TraceRoot != tree.Root() || !a.Forced || a.Finders != 1 || a.JackpotShare.Cmp(chain.Ether(1)) != 0 ||
		a.Decoy != posted[f+1] || a.TrueLeaf != hashes[f+1] {
		t.Fatalf("after reveal: root %x (true %x), forced %v, finders %d, share %v", task.TraceRoot, tree.Root(), a.Forced, a.Finders, a.JackpotShare)
	}
	if err := w.sim.Advance(ctx, (day+1)*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := sub.Finalize(ctx, id); err != nil {
		t.Fatal(err)
	}
	before, err := finder.Free(ctx, finder.Me())
	if err != nil {
		t.Fatal(err)
	}
	if err := sub.CloseAttestation(ctx, id, finder.Me(), hashes); err != nil {
		t.Fatal(err)
	}
	after, err := finder.Free(ctx, finder.Me())
	if err != nil {
		t.Fatal(err)
	}
	// stake back (1) + the whole pool's jackpot share (1: the pool held one fee)
	if d := new(big.Int).Sub(after, before); d.Cmp(chain.Ether(2)) != 0 {
		t.Fatalf("finder got %v, want 2 ether", d)
	}
	att, err := sub.Attestation(ctx, id, finder.Me())
	if err != nil || att.State != onchain.AttClosed {
		t.Fatalf("attestation %+v, %v", att, err)
	}
}

// coveringTwin is the covering draw computed off chain, slot after slot (join order):
// slot j takes the segment at position model.DrawIndex(seed, h, j, m) of its pass's
// Fisher-Yates pool of m = n - j%n segments left, h the hash of block joinBlock+1.
type coveringTwin struct {
	seed [32]byte
	n    uint64
	pool map[[2]uint64]uint64
	next uint32
}

func (c *coveringTwin) draw(h [32]byte) uint64 {
	j := c.next
	c.next++
	at := func(k [2]uint64) uint64 {
		if v, ok := c.pool[k]; ok {
			return v
		}
		return k[1]
	}
	pass, m := uint64(j)/c.n, c.n-uint64(j)%c.n
	k := [2]uint64{pass, model.DrawIndex(c.seed, h, j, m)}
	s := at(k)
	c.pool[k] = at([2]uint64{pass, m - 1})
	return s
}

// TestAttestSegmentMatchesContract: a joined attester's segment is not there until
// block joinBlock+2 (ErrSegmentNotReady), then is the covering draw of its slot (the
// Go twin: the seed, the slot and the hash of block joinBlock+1, without replacement
// within the pass), attest stores exactly that segment, and the first n attesters
// cover the n segments.
func TestAttestSegmentMatchesContract(t *testing.T) {
	w := newAuditWorld(t)
	ctx := w.ctx
	sub, sol := w.mkt(accClient), w.mkt(accSolver)
	for acc := range 11 {
		if err := w.mkt(acc).Deposit(ctx, chain.Ether(10)); err != nil {
			t.Fatal(err)
		}
	}
	const n = 8
	id, task := w.seededTask(sub, sol, n, 0xaa, 3600)
	twin := &coveringTwin{seed: task.Seed, n: n, pool: map[[2]uint64]uint64{}}
	covered := map[uint64]bool{}
	for acc := accChallenger; acc < 11; acc++ {
		m := w.mkt(acc)
		if _, err := m.AttestSegment(ctx, id, m.Me()); err == nil || errors.Is(err, onchain.ErrSegmentNotReady) {
			t.Fatalf("segment of an account that has not joined: %v", err)
		}
		join, err := m.JoinAttestation(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for k := range 2 { // not at the join block, nor at the block whose hash draws it
			if _, err := m.AttestSegment(ctx, id, m.Me()); !errors.Is(err, onchain.ErrSegmentNotReady) {
				t.Fatalf("segment with the head %d blocks after the join: %v", k, err)
			}
			if err := m.Attest(ctx, id, [32]byte{1}); err == nil {
				t.Fatal("attest before block joinBlock+2 succeeded")
			}
			if err := chain.MineBlocks(ctx, w.sim, 1); err != nil {
				t.Fatal(err)
			}
		}
		h, err := w.sim.HeaderByNumber(ctx, new(big.Int).SetUint64(join+1))
		if err != nil {
			t.Fatal(err)
		}
		want := twin.draw(h.Hash())
		if acc < accChallenger+n {
			covered[want] = true
		}
		seg, err := m.AttestSegment(ctx, id, m.Me())
		if err != nil || seg != want {
			t.Fatalf("account %d: attestSegment %d (%v), Go twin %d", acc, seg, err, want)
		}
		if err := m.Attest(ctx, id, [32]byte{1}); err != nil {
			t.Fatal(err)
		}
		at, err := m.Attestation(ctx, id, m.Me())
		if err != nil || at.State != onchain.AttCommitted || at.Segment != want || at.JoinBlock != join {
			t.Fatalf("account %d: attestation %+v (%v), want segment %d joined at %d", acc, at, err, want, join)
		}
		if seg, err := m.AttestSegment(ctx, id, m.Me()); err != nil || seg != want {
			t.Fatalf("account %d: committed segment %d (%v), want %d", acc, seg, err, want)
		}
	}
	if len(covered) != n {
		t.Fatalf("the first %d attesters covered %d segments", n, len(covered))
	}
}

// TestAttestSegmentAfter256Blocks: an attester that waits more than 256 blocks after
// joinBlock+1 (past BLOCKHASH; EIP-2935's history still holds the hash, so the view
// still reports the draw from block joinBlock+1) is refused by attest
// (ErrAttestExpired): had it waited past the history window too, the draw would use
// the fixed fallback hash, a second value to choose from. The attestation stays joined
// (it can only close as Unrevealed after revealEnd).
func TestAttestSegmentAfter256Blocks(t *testing.T) {
	w := newAuditWorld(t)
	ctx := w.ctx
	sub, sol, m := w.mkt(accClient), w.mkt(accSolver), w.mkt(accChallenger)
	for _, x := range []*onchain.Market{sub, sol, m} {
		if err := x.Deposit(ctx, chain.Ether(10)); err != nil {
			t.Fatal(err)
		}
	}
	const n = 16
	id, task := w.seededTask(sub, sol, n, 0xbb, day)
	join, err := m.JoinAttestation(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	// slot 0's draw from the hash of block join+1, whenever asked
	twin := func(uint64) uint64 {
		h, err := w.sim.HeaderByNumber(ctx, new(big.Int).SetUint64(join+1))
		if err != nil {
			t.Fatal(err)
		}
		return (&coveringTwin{seed: task.Seed, n: n, pool: map[[2]uint64]uint64{}}).draw(h.Hash())
	}
	if err := chain.MineBlocks(ctx, w.sim, 300); err != nil {
		t.Fatal(err)
	}
	head, err := w.sim.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	seg, err := m.AttestSegment(ctx, id, m.Me())
	if err != nil || seg != twin(head.Number.Uint64()) {
		t.Fatalf("attestSegment %d blocks after the join: %d (%v), twin %d", head.Number.Uint64()-join, seg, err, twin(head.Number.Uint64()))
	}
	if err := m.Attest(ctx, id, [32]byte{1}); !errors.Is(err, onchain.ErrAttestExpired) {
		t.Fatalf("attest %d blocks after the join: %v, want ErrAttestExpired", head.Number.Uint64()-join, err)
	}
	at, err := m.Attestation(ctx, id, m.Me())
	if err != nil || at.State != onchain.AttJoined {
		t.Fatalf("attestation after the refused attest: %+v (%v), want joined", at, err)
	}
}

// seededTask posts an audited task of n one-step segments (leaves tagged tag) with
// attestWindow, claims and commits it as sol and draws its seed: attestations open.
func (w *auditWorld) seededTask(sub, sol *onchain.Market, n uint64, tag byte, attestWindow uint64) (uint64, taskmarket.TaskMarketTask) {
	t, ctx := w.t, w.ctx
	t.Helper()
	hashes := make([][32]byte, n+1)
	for i := range hashes {
		hashes[i] = [32]byte{byte(i), tag}
	}
	head, err := w.sim.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	spec := taskmarket.TaskMarketSpec{SpecHash: [32]byte{1}, NodesRoot: [32]byte{2}, StateMapRoot: [32]byte{3}, DataRoot: [32]byte{4},
		InitRoot: hashes[0], Steps: n, Interval: 1, NumNodes: 1, StateDepth: 1}
	terms := taskmarket.TaskMarketTerms{SolverStake: chain.Ether(2), ChallengerBond: chain.Ether(1), ClaimBy: head.Time + day,
		CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
	audit := taskmarket.TaskMarketAudit{AttestWindow: attestWindow, RevealWindow: 3600, AttestStake: chain.Ether(1)}
	id, err := sub.PostAudited(ctx, spec, terms, audit, chain.Ether(2))
	if err != nil {
		t.Fatal(err)
	}
	if err := sol.ClaimWithSecret(ctx, id, [32]byte{}); err != nil {
		t.Fatal(err)
	}
	if err := chain.MineBlocks(ctx, w.sim, 5); err != nil {
		t.Fatal(err)
	}
	if err := sol.CommitTrace(ctx, id, hashes); err != nil {
		t.Fatal(err)
	}
	if err := chain.MineBlocks(ctx, w.sim, 5); err != nil {
		t.Fatal(err)
	}
	if err := sub.DrawSeed(ctx, id); err != nil {
		t.Fatal(err)
	}
	task, err := sub.Task(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return id, task
}
