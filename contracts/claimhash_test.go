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

// TestClaimHashNotRerolled plays the claim-hash re-roll (issue 14): an audited task's
// forced error is decided by the solver's secret and the hash of block
// claimBlock+SEED_DELAY. Before the fix, a claim hash nobody had fixed followed the
// latest block congruent to that one modulo 256, so a solver that delayed commitTrace
// could compute the forced error for each candidate and commit when it liked the draw
// (for example no forced error, so that its lazy friends are never caught). Now:
//   - fixed in time (anyone may, the solver's daemon does it at once), the claim hash
//     is that block's hash however late the commit comes;
//   - unfixed past 256 blocks, fixClaimHash and commitTrace revert ClaimHashExpired:
//     the solver cannot commit and fails as a missed commit (stake to the submitter).
func TestClaimHashNotRerolled(t *testing.T) {
	e, truth, tr := auditedEnv(t)
	tm := e.tm
	commit := func(id *big.Int) []byte {
		return tm.PackCommitTrace(id, tr.Leaves())
	}
	claim := func() (*big.Int, uint64) {
		t.Helper()
		audit := auditOf(0) // never forced: the commit needs no decoy
		e.mustSend(accSubmitter, e.market, tm.PackPostTask(specOf(truth), e.terms(), audit), plus(eth(2), onchain.AuditCost(audit)))
		id := call(e, e.market, tm.PackTaskCount(), tm.UnpackTaskCount)
		secret := sha256.Sum256(id.Bytes())
		r := e.mustSend(accSolver, e.market, tm.PackClaimTask(id, onchain.SecretHash(secret)), nil)
		return id, r.BlockNumber.Uint64()
	}
	do := func(i int, data []byte) error { _, err := e.send(i, e.market, data, nil); return err }
	free := func(i int) *big.Int { return call(e, e.market, tm.PackFree(e.addr(i)), tm.UnpackFree) }
	expired := func(err error) bool {
		return revertsWith(err, tm, func(x any) bool { _, ok := x.(*taskmarket.TaskMarketClaimHashExpired); return ok })
	}

	// fixed in time: the very hash of block claimBlock+SEED_DELAY, 300 blocks later too
	id, claimBlock := claim()
	wantRevert[taskmarket.TaskMarketSeedNotReady](t, do(accOutsider, tm.PackFixClaimHash(id)), tm, "fix before its block")
	if err := chain.MineBlocks(e.ctx, e.sim, int(model.SeedDelay)+1); err != nil { // +1: estimated at the head
		t.Fatal(err)
	}
	e.mustSend(accSolver, e.market, tm.PackFixClaimHash(id), nil)
	want, err := e.sim.HeaderByNumber(e.ctx, new(big.Int).SetUint64(claimBlock+model.SeedDelay))
	if err != nil {
		t.Fatal(err)
	}
	if err := chain.MineBlocks(e.ctx, e.sim, 300); err != nil {
		t.Fatal(err)
	}
	e.mustSend(accSolver, e.market, commit(id), nil)
	a := call(e, e.market, tm.PackGetAudit(id), tm.UnpackGetAudit)
	if a.ClaimHash != want.Hash() {
		t.Fatalf("claim hash %x, want the hash of block claimBlock+%d %x", a.ClaimHash, model.SeedDelay, want.Hash())
	}

	// unfixed past 256 blocks: neither fix nor commit, and the solver fails the task
	id, _ = claim()
	if err := chain.MineBlocks(e.ctx, e.sim, int(model.SeedDelay)+257); err != nil {
		t.Fatal(err)
	}
	if err := do(accOutsider, tm.PackFixClaimHash(id)); !expired(err) {
		t.Fatalf("fixClaimHash past 256 blocks: %v, want ClaimHashExpired", err)
	}
	if err := do(accSolver, commit(id)); !expired(err) {
		t.Fatalf("commitTrace with an unfixed, expired claim hash: %v, want ClaimHashExpired", err)
	}
	task := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask)
	e.advanceTo(task.CommitBy + 1)
	sub := free(accSubmitter)
	e.mustSend(accOutsider, e.market, tm.PackFinalize(id), nil)
	if s := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask).Status; s != onchain.StatusFailed {
		t.Fatalf("status %d after a missed commit, want Failed", s)
	}
	if got := new(big.Int).Sub(free(accSubmitter), sub); got.Cmp(task.Reward) <= 0 {
		t.Fatalf("submitter got %v back, want its reward and the solver's stake share", got)
	}
	e.checkInvariant("at the end")
}

// auditedEnv is a market (Osaka rules) whose submitter and solver hold audit deposits,
// with a small true run and its trace tree (the leaves a solver commits).
func auditedEnv(t *testing.T) (*env, *model.World, *model.Tree) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	e := newEnv(t, 4, chain.WithOsakaRules())
	for _, i := range []int{accSubmitter, accSolver} {
		e.mustSend(i, e.market, e.tm.PackDeposit(), eth(auditDeposit))
	}
	var hashes [][32]byte
	for s := uint64(0); s <= mSteps; s += mInterval {
		hashes = append(hashes, truth.StateRoot(s))
	}
	return e, truth, model.NewTree(hashes)
}
