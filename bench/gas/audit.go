package main

import (
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/checkpointtest"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// auditCandidates are the accounts that may attest (not the solver, the submitter or the
// treasury).
var auditCandidates = func() []int {
	out := []int{accChallenger, accOutsider}
	for i := 5; i < numAccounts; i++ {
		if i != accTreasury {
			out = append(out, i)
		}
	}
	return out
}()

// runAudit measures the audit functions on one always-forced task of 2 segments: the
// posted decoy (a real state of the model world: revealSecret opens one of its
// floats), three joins and attestations (a true and a wrong one of the forced segment,
// and, covering draws taking the other segment for the second slot, one never revealed
// of segment 1) and a join never committed, their
// reveals, the secret reveal that restores the trace and reserves the jackpot, a
// dispute of the wrong attestation won by the challenger on time, the closes (the
// finder's with its jackpot share and fee) and an unrevealed attestation's close.
func runAudit(d *driver) error {
	truth, _ := model.NewWorlds(1, model.Dims{M: 8, K: 16, N: 8}, 8, model.Fault{})
	tm := d.tm
	for _, i := range append([]int{accSolver}, auditCandidates...) {
		if _, err := d.send("deposit", i, d.market, tm.PackDeposit(), eth(5)); err != nil {
			return err
		}
	}
	spec := taskmarket.TaskMarketSpec{SpecHash: [32]byte{3}, NodesRoot: truth.Spec.NodesTree.Root(), StateMapRoot: truth.Spec.StateMap.Root(),
		DataRoot: truth.Spec.DataTree.Root(), InitRoot: truth.StateRoot(0), Steps: 8, Interval: 4,
		NumNodes: uint32(len(truth.Spec.Nodes)), StateDepth: truth.Spec.StateDepth}
	audit := taskmarket.TaskMarketAudit{ForcedErrorBps: 10000, AttestWindow: 3600, RevealWindow: 3600, AttestStake: eth(1),
		JackpotFee: eth(1), Jackpot: eth(1), AttestFee: big.NewInt(1e15), MaxAttesters: 8}
	secret := sha256.Sum256([]byte("gas secret"))
	id, st, err := postClaimed(d, spec, audit, secret)
	if err != nil {
		return err
	}
	hashes := [][32]byte{truth.StateRoot(0), truth.StateRoot(4), truth.StateRoot(8)}
	f, open, err := commitForced(d, id, st.ClaimHash, secret, audit.ForcedErrorBps, hashes,
		func(i uint64) *checkpoint.State { return truth.CheckpointState(i * 4) })
	if err != nil {
		return err
	}
	// the forced segment is 0 (2 segments); two attesters of it and one silent one.
	// Covering draws: slot 0 (the finder) is drawn to segment 0, slot 1 (silent) takes
	// what is left, segment 1, and slot 2 (wrong) starts the next pass, drawn to 0
	finder, silent, wrong := auditCandidates[0], auditCandidates[1], auditCandidates[2]
	for _, i := range []int{finder, silent, wrong} {
		seg := uint64(0)
		if i == silent {
			seg = 1
		}
		if err := joinOn(d, id, i, seg); err != nil {
			return err
		}
	}
	// a fourth joins (slot 3: what the third left) and never commits
	idle := auditCandidates[3]
	if _, err := d.send("joinAttestation", idle, d.market, tm.PackJoinAttestation(id), nil); err != nil {
		return err
	}
	att := map[int][32]byte{finder: hashes[1], wrong: {0xba, 0xd}, silent: hashes[1]}
	salt := func(i int) [32]byte { return [32]byte{byte(i), 1} }
	for _, i := range []int{finder, silent, wrong} { // in join order: each attest draws its own slot
		c := onchain.AttestCommitment(id.Uint64(), d.addr(i), att[i], salt(i))
		if _, err := d.send("attest", i, d.market, tm.PackAttest(id, c), nil); err != nil {
			return err
		}
	}
	if err := d.advance(3601); err != nil {
		return err
	}
	for _, i := range []int{finder, wrong} {
		if _, err := d.send("revealAttestation", i, d.market, tm.PackRevealAttestation(id, att[i], salt(i)), nil); err != nil {
			return err
		}
	}
	if err := d.advance(3601); err != nil {
		return err
	}
	proof := p32(model.NewTree(hashes).Prove(f + 1))
	if _, err := d.send("revealSecret (forced, jackpot)", accSolver, d.market, tm.PackRevealSecret(id, secret, proof, onchain.DecoyOpeningOf(open)), nil); err != nil {
		return err
	}
	if _, err := d.send("closeAttestation (unrevealed)", accOutsider, d.market, tm.PackCloseAttestation(id, d.addr(silent), [][32]byte{}), nil); err != nil {
		return err
	}
	if _, err := d.send("closeAttestation (joined, never committed)", accOutsider, d.market, tm.PackCloseAttestation(id, d.addr(idle), [][32]byte{}), nil); err != nil {
		return err
	}
	c := taskmarket.TaskMarketChallenge{Segment: 0, Start: hashes[0], StartProof: p32(model.NewTree(hashes).Prove(0)), End: att[wrong], EndProof: [][32]byte{}}
	r, err := d.send("disputeAttestation", finder, d.market, tm.PackDisputeAttestation(id, d.addr(wrong), c), nil)
	if err != nil {
		return err
	}
	game, err := onchain.OpenedGame(r, d.market.Address())
	if err != nil {
		return err
	}
	// the wrong attester cannot defend a made-up hash: it loses on time
	if err := d.advance(gameClock + 1); err != nil {
		return err
	}
	if _, err := d.send("timeout", accOutsider, d.game, d.pg.PackTimeout(game), nil); err != nil {
		return err
	}
	if _, err := d.send("settleAttestation", accOutsider, d.market, tm.PackSettleAttestation(id, d.addr(wrong), game), nil); err != nil {
		return err
	}
	if err := d.advance(86400 + 1); err != nil {
		return err
	}
	if _, err := d.send("finalize (pay solver, audit)", accOutsider, d.market, tm.PackFinalize(id), nil); err != nil {
		return err
	}
	_, err = d.send("closeAttestation (finder: jackpot + fee)", accOutsider, d.market,
		tm.PackCloseAttestation(id, d.addr(finder), p32(model.NewTree(hashes).Prove(1))), nil)
	return err
}

// runRevealMLP measures revealSecret on a forced task whose checkpoints are states of
// the 784-256-10 MLP of checkpointtest (8 tensors, the largest of 200,704 floats): the
// opening's data and state paths are as long as a real model's, which is what the
// decoy's two root computations cost.
func runRevealMLP(d *driver) error {
	tm := d.tm
	states := checkpointtest.Checkpoints(1, 3, 1)
	hashes := make([][32]byte, len(states))
	for i, st := range states {
		hashes[i] = st.Hash()
	}
	spec := taskmarket.TaskMarketSpec{SpecHash: [32]byte{4}, NodesRoot: [32]byte{1}, StateMapRoot: [32]byte{2}, DataRoot: [32]byte{3},
		InitRoot: hashes[0], Steps: 2, Interval: 1, NumNodes: 1, StateDepth: 4}
	audit := taskmarket.TaskMarketAudit{ForcedErrorBps: 10000, AttestWindow: 3600, RevealWindow: 3600, AttestStake: eth(1),
		JackpotFee: eth(1), Jackpot: eth(1), AttestFee: new(big.Int)}
	secret := sha256.Sum256([]byte("gas secret, MLP"))
	id, st, err := postClaimed(d, spec, audit, secret)
	if err != nil {
		return err
	}
	f, open, err := commitForced(d, id, st.ClaimHash, secret, audit.ForcedErrorBps, hashes,
		func(i uint64) *checkpoint.State { return states[i] })
	if err != nil {
		return err
	}
	if err := d.advance(2*3600 + 2); err != nil {
		return err
	}
	proof := p32(model.NewTree(hashes).Prove(f + 1))
	_, err = d.send("revealSecret (forced, MLP 784-256-10 state)", accSolver, d.market, tm.PackRevealSecret(id, secret, proof, onchain.DecoyOpeningOf(open)), nil)
	return err
}

// joinOn has account i join task id's attestations, then seals the block after the
// join until attestSegment (the covering draw of i's slot, which must still hold seg)
// reads seg (the driver plays the block producer: a retry forks back to the join block
// and seals one second later); the block after it is mined too, so that the view and
// attest run at the head.
func joinOn(d *driver, id *big.Int, i int, seg uint64) error {
	r, err := d.send("joinAttestation", i, d.market, d.tm.PackJoinAttestation(id), nil)
	if err != nil {
		return err
	}
	for k := 1; k <= 64; k++ {
		if k > 1 {
			if err := d.sim.Simulated().Fork(r.BlockHash); err != nil {
				return fmt.Errorf("gas: fork: %w", err)
			}
		}
		if err := d.advance(uint64(k)); err != nil {
			return err
		}
		if err := mine(d, 1); err != nil {
			return err
		}
		if callU(d, d.tm.PackAttestSegment(id, d.addr(i)), d.tm.UnpackAttestSegment) == seg {
			return nil
		}
	}
	return fmt.Errorf("gas: 64 blocks after the join of %d never drew segment %d", i, seg)
}

// postClaimed posts an audited task of spec (reward, solver stake and challenger bond
// 1 ETH each), claims it with secret's hash and fixes its claim hash: how every audited
// measurement starts. It returns the task id and its audit state.
func postClaimed(d *driver, spec taskmarket.TaskMarketSpec, audit taskmarket.TaskMarketAudit, secret [32]byte) (*big.Int, taskmarket.TaskMarketAuditState, error) {
	tm := d.tm
	var st taskmarket.TaskMarketAuditState
	h, err := d.sim.HeaderByNumber(d.ctx, nil)
	if err != nil {
		return nil, st, err
	}
	terms := taskmarket.TaskMarketTerms{SolverStake: eth(1), ChallengerBond: eth(1), ClaimBy: h.Time + 86400,
		CommitWindow: 86400, ChallengeWindow: 86400, GameClock: gameClock}
	value := new(big.Int).Add(eth(1), onchain.AuditCost(audit))
	if _, err := d.send("postTask (audit)", accSubmitter, d.market, tm.PackPostTask(spec, terms, audit), value); err != nil {
		return nil, st, err
	}
	id := callU(d, tm.PackTaskCount(), tm.UnpackTaskCount)
	if _, err := d.send("claimTask (audit)", accSolver, d.market, tm.PackClaimTask(id, onchain.SecretHash(secret)), nil); err != nil {
		return nil, st, err
	}
	if err := mine(d, 5); err != nil {
		return nil, st, err
	}
	if _, err := d.send("fixClaimHash", accOutsider, d.market, tm.PackFixClaimHash(id), nil); err != nil {
		return nil, st, err
	}
	return id, callU(d, tm.PackGetAudit(id), tm.UnpackGetAudit), nil
}

// commitForced commits the two-segment trace hashes of task id as its solver would
// when forced (the decoy of checkpoint f+1, stateAt(f+1), in its place) and draws the
// seed. It returns f and the opening revealSecret takes.
func commitForced(d *driver, id *big.Int, claimHash, secret [32]byte, bps uint16, hashes [][32]byte,
	stateAt func(i uint64) *checkpoint.State) (uint64, *checkpoint.FloatProof, error) {
	tm := d.tm
	forced, f := onchain.ForcedError(secret, claimHash, id.Uint64(), 2, bps)
	decoy, open, err := onchain.NewDecoy(stateAt(f+1), secret, id.Uint64())
	if err != nil {
		return 0, nil, err
	}
	posted, err := onchain.PostedHashes(hashes, forced, f, decoy.Hash())
	if err != nil {
		return 0, nil, err
	}
	tr := model.NewTree(posted)
	if _, err := d.send("commitTrace (audit)", accSolver, d.market, tm.PackCommitTrace(id, tr.Leaves()), nil); err != nil {
		return 0, nil, err
	}
	if err := mine(d, 5); err != nil {
		return 0, nil, err
	}
	if _, err := d.send("drawSeed (audit)", accOutsider, d.market, tm.PackDrawSeed(id), nil); err != nil {
		return 0, nil, err
	}
	return f, open, nil
}

func mine(d *driver, n int) error {
	for i := 0; i < n; i++ {
		if err := d.sim.Mine(d.ctx); err != nil {
			return fmt.Errorf("gas: mine: %w", err)
		}
	}
	return nil
}
