package model

import (
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// MaxChunks is TaskMarket.MAX_CHUNKS: the most data leaves one chunk request names.
const MaxChunks = 16

var (
	ErrMarketBadChunks      = errors.New("market: bad chunk list")
	ErrMarketNoChunkRequest = errors.New("market: no open chunk request")
	ErrMarketChunksPending  = errors.New("market: a chunk request is open")
)

// ChunkRequest is a task's open request for data leaves of its final state
// (TaskMarket.requestChunks; chunk = tensorIndex << 32 | leafIndex).
type ChunkRequest struct {
	Chunks   []uint64
	AnswerBy uint64
}

// RequestChunks: the submitter of a Committed or Disputed task asks, before the window
// ends, for 1 to MaxChunks data leaves of its final state, each naming a slot of the
// state tree (tensorIndex + 1 < 2^StateDepth); one request at a time; its
// challengerBond is locked until an answer pays it to the answerer, or the task ends.
func (m *Market) RequestChunks(id uint64, who common.Address, chunks []uint64, now uint64) error {
	t := m.Task(id)
	if st := m.status(id); st != StatusCommitted && st != StatusDisputed {
		return fmt.Errorf("%w: task %d is %v", ErrMarketWrongStatus, id, st)
	}
	if who != t.Submitter {
		return ErrMarketNotSubmitter
	}
	if len(chunks) == 0 || len(chunks) > MaxChunks {
		return fmt.Errorf("%w: %d chunks", ErrMarketBadChunks, len(chunks))
	}
	if t.WindowEnd != 0 && now >= t.WindowEnd {
		return fmt.Errorf("%w: window ended at %d", ErrMarketTooLate, t.WindowEnd)
	}
	for _, c := range chunks {
		if c>>32+1 >= uint64(1)<<t.StateDepth {
			return fmt.Errorf("%w: tensor %d past a state tree of depth %d", ErrMarketBadChunks, c>>32, t.StateDepth)
		}
	}
	if t.Chunks != nil {
		return fmt.Errorf("%w: answer due by %d", ErrMarketChunksPending, t.Chunks.AnswerBy)
	}
	if err := m.needFree(who, t.Terms.ChallengerBond); err != nil {
		return err
	}
	m.lock(who, t.Terms.ChallengerBond)
	t.Chunks = &ChunkRequest{Chunks: slices.Clone(chunks), AnswerBy: now + t.Terms.GameClock}
	return nil
}

// AnswerChunks: anyone answers the open request by its deadline with the very chunks
// asked for; valid says whether every opening proves its chunk under the final root
// (the contract checks the proofs; the caller knows). The bond goes to the answerer.
func (m *Market) AnswerChunks(id uint64, who common.Address, chunks []uint64, valid bool, now uint64) error {
	t := m.Task(id)
	if t == nil || t.Chunks == nil {
		return ErrMarketNoChunkRequest
	}
	if now > t.Chunks.AnswerBy {
		return fmt.Errorf("%w: chunks due by %d", ErrMarketTooLate, t.Chunks.AnswerBy)
	}
	if !slices.Equal(chunks, t.Chunks.Chunks) {
		return ErrMarketBadChunks
	}
	if !valid {
		return ErrMarketBadProof
	}
	t.Chunks = nil
	m.unlockTake(t.Submitter, t.Terms.ChallengerBond)
	m.credit(who, t.Terms.ChallengerBond)
	return nil
}

// closeChunks ends an unanswered request: the requester's bond back.
func (m *Market) closeChunks(t *MarketTask) {
	t.Chunks = nil
	m.unlock(t.Submitter, t.Terms.ChallengerBond)
}
