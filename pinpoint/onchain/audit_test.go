package onchain_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

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

// TestForcedErrorMatchesContract: the Go forced-error draw, decoy, secret hash and
// attestation commitment are the contract's, bit for bit, on random inputs (the
// contract's pure forcedError and decoyOf, and the hashes attest/reveal/claim check).
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
			if f+1 >= n {
				t.Fatalf("case %d: forced leaf %d of %d segments is not an inner checkpoint", i, f+1, n)
			}
		}
		d, err := bind.Call(c, &bind.CallOpts{Context: w.ctx}, tm.PackDecoyOf(secret, new(big.Int).SetUint64(id)), tm.UnpackDecoyOf)
		if err != nil {
			t.Fatal(err)
		}
		if d != onchain.Decoy(secret, id) {
			t.Fatalf("case %d: decoy contract %x, Go %x", i, d, onchain.Decoy(secret, id))
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
	for i := 0; i < 200; i++ {
		secret, ch := rand32(r), rand32(r)
		got := onchain.PostedHashes(hashes, secret, ch, 9, 5000)
		forced, f := onchain.ForcedError(secret, ch, 9, 3, 5000)
		for j := range got {
			want := hashes[j]
			if forced && uint64(j) == f+1 {
				want = onchain.Decoy(secret, 9)
			}
			if got[j] != want {
				t.Fatalf("case %d leaf %d: %x, want %x (forced %v f %d)", i, j, got[j], want, forced, f)
			}
		}
	}
	for j := range hashes {
		if hashes[j] != keep[j] {
			t.Fatal("PostedHashes modified its input")
		}
	}
	if got := onchain.PostedHashes(hashes[:1], [32]byte{1}, [32]byte{2}, 1, 10000); got[0] != hashes[0] {
		t.Fatal("a single checkpoint was replaced")
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

// TestAuditWrappers drives an always-forced audited task through the Go wrappers:
// claim with a secret, the claim hash, the posted decoy, an attestation of the forced
// segment with the true hash, the secret reveal (the trace root becomes the true
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
	hashes := [][32]byte{rand32(r), rand32(r), rand32(r)} // 2 segments: the decoy is leaf 1
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
		JackpotFee: chain.Ether(1), Jackpot: chain.Ether(3)}
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
	posted := onchain.PostedHashes(hashes, secret, ch, id, audit.ForcedErrorBps)
	if posted[1] != onchain.Decoy(secret, id) {
		t.Fatal("an always-forced task of 2 segments did not get its decoy at leaf 1")
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
	// an attester assigned segment 0 (the forced one) attests the true leaf 1 (each
	// account has even odds; nine of them all missing is a 1/512 chance)
	var finder *onchain.Market
	for acc := accChallenger; acc < 11; acc++ {
		m := w.mkt(acc)
		if seg, err := m.Assignment(ctx, id, m.Me()); err == nil && seg == 0 {
			finder = m
			break
		}
	}
	if finder == nil {
		t.Skip("no account assigned the forced segment under this seed")
	}
	salt := rand32(r)
	if err := finder.Attest(ctx, id, onchain.AttestCommitment(id, finder.Me(), hashes[1], salt)); err != nil {
		t.Fatal(err)
	}
	if err := w.sim.Advance(ctx, 3601*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := finder.RevealAttestation(ctx, id, hashes[1], salt); err != nil {
		t.Fatal(err)
	}
	if err := w.sim.Advance(ctx, 3601*time.Second); err != nil {
		t.Fatal(err)
	}
	forced, f, err := sol.RevealSecret(ctx, id, secret, hashes)
	if err != nil || !forced || f != 0 {
		t.Fatalf("reveal secret: forced %v f %d err %v", forced, f, err)
	}
	task, err := sol.Task(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	a, err := sol.Audit(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if task.TraceRoot != tree.Root() || !a.Forced || a.Finders != 1 || a.JackpotShare.Cmp(chain.Ether(1)) != 0 {
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
