package contracts_test

import (
	"math/big"
	"testing"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// chunkOpening opens data leaf `leaf` of tensor `tensor` of st (a chunk of
// requestChunks) as answerChunks takes it.
func chunkOpening(t *testing.T, st *checkpoint.State, tensor, leaf int) taskmarket.TaskMarketChunkOpening {
	t.Helper()
	p, err := checkpoint.ProveFloat(st, tensor, leaf*checkpoint.FloatsPerLeaf)
	if err != nil {
		t.Fatal(err)
	}
	return taskmarket.TaskMarketChunkOpening{HeaderHash: p.HeaderHash, Leaf: p.Leaf, DataPath: p32(p.DataPath), StatePath: p32(p.StatePath)}
}

// TestWithheldModelNotPaid plays the withheld model (issue 14, item 9): a solver
// commits a correct trace and then does not serve its final checkpoint. Before, it was
// paid in full while the submitter could not get the weights it paid for. Now the
// submitter asks on chain for the data leaves it lacks (requestChunks, bonded):
//   - unanswered, finalization waits until answerBy, then fails the task as a missed
//     commit: the solver's stake is slashed to the submitter, the reward and the bond
//     come back;
//   - answered by anyone holding the state (here a mirror), with each leaf opened
//     against the final root, the leaves are logged for the submitter, the bond pays
//     the answerer, and the task finalizes as usual; a wrong opening is refused.
//
// Requests are the submitter's only, at most MAX_CHUNKS, one at a time and before the
// window ends, so finalization is delayed by at most one game clock.
func TestWithheldModelNotPaid(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	final := truth.CheckpointState(mSteps)
	e := newEnv(t, 4, chain.WithOsakaRules())
	tm := e.tm
	for _, i := range []int{accSubmitter, accSolver, accOutsider} {
		e.mustSend(i, e.market, tm.PackDeposit(), eth(10))
	}
	free := func(i int) *big.Int { return call(e, e.market, tm.PackFree(e.addr(i)), tm.UnpackFree) }
	do := func(i int, data []byte) error { _, err := e.send(i, e.market, data, nil); return err }
	chunks := []uint64{0<<32 | 0, 1<<32 | 0}
	committed := func() (*big.Int, taskmarket.TaskMarketTask) {
		t.Helper()
		e.mustSend(accSubmitter, e.market, tm.PackPostTask(specOf(truth), e.terms(), noAudit()), eth(2))
		id := call(e, e.market, tm.PackTaskCount(), tm.UnpackTaskCount)
		e.mustSend(accSolver, e.market, tm.PackClaimTask(id, [32]byte{}), nil)
		e.mustSend(accSolver, e.market, tm.PackCommitTrace(id, traceTree(truth, mSteps, mInterval).Leaves()), nil)
		return id, call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask)
	}

	// withheld: nobody answers
	id, task := committed()
	wantRevert[taskmarket.TaskMarketNotSubmitter](t, do(accOutsider, tm.PackRequestChunks(id, chunks)), tm, "a request by another than the submitter")
	wantRevert[taskmarket.TaskMarketBadChunks](t, do(accSubmitter, tm.PackRequestChunks(id, make([]uint64, 17))), tm, "17 chunks")
	wantRevert[taskmarket.TaskMarketBadChunks](t, do(accSubmitter, tm.PackRequestChunks(id, nil)), tm, "no chunk")
	sub0 := free(accSubmitter)
	e.advanceTo(task.WindowEnd - 10) // late: the answer's deadline passes the window's end
	e.mustSend(accSubmitter, e.market, tm.PackRequestChunks(id, chunks), nil)
	q := call(e, e.market, tm.PackChunkRequest(id), tm.UnpackChunkRequest)
	wantRevert[taskmarket.TaskMarketChunksPending](t, do(accSubmitter, tm.PackRequestChunks(id, chunks)), tm, "a second request")
	e.advanceTo(task.WindowEnd)
	wantRevert[taskmarket.TaskMarketTooEarly](t, do(accOutsider, tm.PackFinalize(id)), tm, "finalize before the answer's deadline")
	e.advanceTo(q.AnswerBy + 1)
	wantRevert[taskmarket.TaskMarketTooLate](t, do(accOutsider, tm.PackAnswerChunks(id, chunks,
		[]taskmarket.TaskMarketChunkOpening{chunkOpening(t, final, 0, 0), chunkOpening(t, final, 1, 0)})), tm, "an answer after its deadline")
	e.mustSend(accOutsider, e.market, tm.PackFinalize(id), nil)
	if s := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask).Status; s != onchain.StatusFailed {
		t.Fatalf("status %d after an unanswered request, want Failed", s)
	}
	// reward back, bond back (it was taken from free), and half the 2-ether stake
	wantEq(t, "submitter after the withheld model", new(big.Int).Sub(free(accSubmitter), sub0), eth(3))
	e.checkInvariant("after the withheld model")

	// answered by a mirror
	id, task = committed()
	e.advanceTo(task.WindowEnd)
	wantRevert[taskmarket.TaskMarketTooLate](t, do(accSubmitter, tm.PackRequestChunks(id, chunks)), tm, "a request after the window")
	id, task = committed()
	e.mustSend(accSubmitter, e.market, tm.PackRequestChunks(id, chunks), nil)
	good := []taskmarket.TaskMarketChunkOpening{chunkOpening(t, final, 0, 0), chunkOpening(t, final, 1, 0)}
	bad := []taskmarket.TaskMarketChunkOpening{good[0], good[1]}
	bad[1].Leaf[0] ^= 1
	wantRevert[taskmarket.TaskMarketBadProof](t, do(accOutsider, tm.PackAnswerChunks(id, chunks, bad)), tm, "a wrong leaf")
	wantRevert[taskmarket.TaskMarketBadChunks](t, do(accOutsider, tm.PackAnswerChunks(id, chunks[:1], good[:1])), tm, "other chunks than asked")
	mirror := free(accOutsider)
	r := e.mustSend(accOutsider, e.market, tm.PackAnswerChunks(id, chunks, good), nil)
	t.Logf("answerChunks of %d leaves: %d gas", len(chunks), r.GasUsed)
	wantEq(t, "the answerer: the requester's bond", new(big.Int).Sub(free(accOutsider), mirror), eth(1))
	var got []taskmarket.TaskMarketChunksAnswered
	for _, l := range r.Logs {
		if ev, err := tm.UnpackChunksAnsweredEvent(l); err == nil {
			got = append(got, *ev)
		}
	}
	if len(got) != 1 || len(got[0].Leaves) != 2 || got[0].Leaves[0] != checkpoint.DataLeaf(final.Tensors[0].Data, 0) ||
		got[0].Leaves[1] != checkpoint.DataLeaf(final.Tensors[1].Data, 0) {
		t.Fatalf("ChunksAnswered %+v: want the final state's leaves", got)
	}
	e.advanceTo(task.WindowEnd)
	e.mustSend(accOutsider, e.market, tm.PackFinalize(id), nil)
	if s := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask).Status; s != onchain.StatusFinalized {
		t.Fatalf("status %d after an answered request, want Finalized", s)
	}
	wantRevert[taskmarket.TaskMarketWrongStatus](t, do(accSubmitter, tm.PackRequestChunks(id, chunks)), tm, "a request after the end")
	e.checkInvariant("at the end")
}
