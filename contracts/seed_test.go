package contracts_test

import (
	"crypto/sha256"
	"math/big"
	"testing"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// TestSeedNotRerolled plays the seed re-roll (issue 14's open list): the seed that
// assigns verifiers and starts an audited task's attestations is the hash of block
// commitBlock+SEED_DELAY. Before, a seed nobody had drawn within 256 blocks followed the
// latest block congruent to it modulo 256, so a solver alone on its task could wait and
// call drawSeed when the seed suited it. Now:
//   - drawn late (300 blocks on, past BLOCKHASH's reach), the seed is still that block's
//     hash, read from EIP-2935's history contract;
//   - undrawn past SEED_WINDOW (8191) blocks, drawSeed reverts SeedExpired and an
//     audited task fails as a missed deadline (the solver, who may draw the seed like
//     anyone, loses its stake to the submitter). Mines about 8,500 blocks: about 15 s.
func TestSeedNotRerolled(t *testing.T) {
	e, truth, tr := auditedEnv(t)
	tm := e.tm
	if w := call(e, e.market, tm.PackSEEDWINDOW(), tm.UnpackSEEDWINDOW); w != model.SeedWindow {
		t.Fatalf("SEED_WINDOW %d, model.SeedWindow %d", w, model.SeedWindow)
	}
	mine := func(n int) {
		t.Helper()
		if err := chain.MineBlocks(e.ctx, e.sim, n); err != nil {
			t.Fatal(err)
		}
	}
	// committed posts, claims and commits an audited task (never forced) and returns it
	// with its commit block
	committed := func() (*big.Int, uint64) {
		t.Helper()
		audit := auditOf(0)
		e.mustSend(accSubmitter, e.market, tm.PackPostTask(specOf(truth), e.terms(), audit), plus(eth(2), onchain.AuditCost(audit)))
		id := call(e, e.market, tm.PackTaskCount(), tm.UnpackTaskCount)
		secret := sha256.Sum256(id.Bytes())
		e.mustSend(accSolver, e.market, tm.PackClaimTask(id, onchain.SecretHash(secret)), nil)
		mine(int(model.SeedDelay) + 1)
		e.mustSend(accSolver, e.market, tm.PackFixClaimHash(id), nil)
		r := e.mustSend(accSolver, e.market, tm.PackCommitTrace(id, tr.Leaves()), nil)
		return id, r.BlockNumber.Uint64()
	}
	do := func(i int, data []byte) error { _, err := e.send(i, e.market, data, nil); return err }

	// drawn late: the very hash of block commitBlock+SEED_DELAY
	id, commitBlock := committed()
	wantRevert[taskmarket.TaskMarketSeedNotReady](t, do(accOutsider, tm.PackDrawSeed(id)), tm, "draw before its block")
	mine(300)
	e.mustSend(accOutsider, e.market, tm.PackDrawSeed(id), nil)
	want, err := e.sim.HeaderByNumber(e.ctx, new(big.Int).SetUint64(commitBlock+model.SeedDelay))
	if err != nil {
		t.Fatal(err)
	}
	if got := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask).Seed; got != want.Hash() {
		t.Fatalf("seed drawn 300 blocks late %x, want the hash of block commitBlock+%d %x", got, model.SeedDelay, want.Hash())
	}

	// undrawn past the window: no seed, and the audited task fails at finalize
	id, _ = committed()
	wantRevert[taskmarket.TaskMarketNoSeed](t, do(accOutsider, tm.PackFinalize(id)), tm, "finalize while the seed can still be drawn")
	mine(int(model.SeedDelay + model.SeedWindow + 1))
	if err := do(accOutsider, tm.PackDrawSeed(id)); !revertsWith(err, tm, func(x any) bool { _, ok := x.(*taskmarket.TaskMarketSeedExpired); return ok }) {
		t.Fatalf("drawSeed past SEED_WINDOW: %v, want SeedExpired", err)
	}
	task := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask)
	sub := call(e, e.market, tm.PackFree(e.addr(accSubmitter)), tm.UnpackFree)
	e.mustSend(accOutsider, e.market, tm.PackFinalize(id), nil)
	if s := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask).Status; s != onchain.StatusFailed {
		t.Fatalf("status %d after the seed expired, want Failed", s)
	}
	if got := new(big.Int).Sub(call(e, e.market, tm.PackFree(e.addr(accSubmitter)), tm.UnpackFree), sub); got.Cmp(task.Reward) <= 0 {
		t.Fatalf("submitter got %v back, want its reward and the solver's stake share", got)
	}
	e.checkInvariant("at the end")
}
