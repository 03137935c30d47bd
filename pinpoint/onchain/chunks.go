package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
)

// MaxChunks is TaskMarket.MAX_CHUNKS: the most data leaves one request names.
const MaxChunks = 16

// Chunk names data leaf `leaf` (floats 8·leaf … 8·leaf+7) of tensor `tensor` of a
// task's final state, as requestChunks takes it.
func Chunk(tensor, leaf uint32) uint64 { return uint64(tensor)<<32 | uint64(leaf) }

// ErrNoChunk: a chunk that no opening can answer (a tensor slot past the state tree).
var ErrNoChunk = errors.New("onchain: no such chunk")

// ChunkOpening answers chunk c of st, the task's final state, in the form the contract
// takes: the leaf with its paths; past a tensor's data, the tensor's header and data
// root; for a tensor slot the state does not fill, the path of the tree's zero leaf.
func ChunkOpening(st *checkpoint.State, c uint64) (taskmarket.TaskMarketChunkOpening, error) {
	k, j := int(c>>32), int(uint32(c))
	var o taskmarket.TaskMarketChunkOpening
	states := model.NewTree(st.Leaves())
	if uint64(k)+1 >= uint64(1)<<states.Depth() {
		return o, fmt.Errorf("%w: tensor %d of a state tree of depth %d", ErrNoChunk, k, states.Depth())
	}
	o.StatePath = states.Prove(uint64(k) + 1)
	if k >= len(st.Tensors) {
		return o, nil // the zero padding leaf
	}
	tn := &st.Tensors[k]
	if j*checkpoint.FloatsPerLeaf >= len(tn.Data) {
		h, err := checkpoint.HeaderBytes(tn)
		if err != nil {
			return o, fmt.Errorf("onchain: chunk %d/%d: %w", k, j, err)
		}
		o.Header, o.HeaderHash, o.DataRoot = h, checkpoint.HeaderHash(tn), checkpoint.DataRoot(tn.Data)
		return o, nil
	}
	p, err := checkpoint.ProveFloat(st, k, j*checkpoint.FloatsPerLeaf)
	if err != nil {
		return o, fmt.Errorf("onchain: chunk %d/%d: %w", k, j, err)
	}
	o.HeaderHash, o.Leaf, o.DataPath, o.StatePath = p.HeaderHash, p.Leaf, p32(p.DataPath), p32(p.StatePath)
	return o, nil
}

// RequestChunks asks, as the submitter of task id, for chunks of its final state.
func (m *Market) RequestChunks(ctx context.Context, id uint64, chunks []uint64) error {
	_, err := m.send(ctx, tm.PackRequestChunks(new(big.Int).SetUint64(id), chunks), nil, "requestChunks")
	return err
}

// AnswerChunks answers task id's open request from st, its final state.
func (m *Market) AnswerChunks(ctx context.Context, id uint64, chunks []uint64, st *checkpoint.State) error {
	os := make([]taskmarket.TaskMarketChunkOpening, len(chunks))
	for i, c := range chunks {
		var err error
		if os[i], err = ChunkOpening(st, c); err != nil {
			return err
		}
	}
	_, err := m.send(ctx, tm.PackAnswerChunks(new(big.Int).SetUint64(id), chunks, os), nil, "answerChunks")
	return err
}

// OpenChunks is task id's open chunk request: the chunks asked for (from the
// ChunksRequested log whose list hashes to the stored one, between blocks from and the
// head) and its deadline; nil when none is open.
func (m *Market) OpenChunks(ctx context.Context, id, from uint64) ([]uint64, uint64, error) {
	q, err := call(ctx, m, tm.PackChunkRequest(new(big.Int).SetUint64(id)), tm.UnpackChunkRequest, "chunkRequest")
	if err != nil || q.AnswerBy == 0 {
		return nil, 0, err
	}
	logs, err := m.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		Topics: [][]common.Hash{{tm.GetABI().Events["ChunksRequested"].ID}, {common.BigToHash(new(big.Int).SetUint64(id))}}})
	if err != nil {
		return nil, 0, fmt.Errorf("onchain: chunk request of task %d: %w", id, err)
	}
	for i := len(logs) - 1; i >= 0; i-- {
		ev, err := tm.UnpackChunksRequestedEvent(&logs[i])
		if err != nil || len(ev.Chunks) == 0 || len(ev.Chunks) > MaxChunks || ev.AnswerBy != q.AnswerBy {
			continue
		}
		if chunkListHash(ev.Chunks) == q.Wanted {
			return ev.Chunks, q.AnswerBy, nil
		}
	}
	return nil, 0, fmt.Errorf("onchain: task %d: no ChunksRequested log matches its open request", id)
}

// chunkListHash is keccak256(abi.encode(chunks)), as the contract stores a request.
func chunkListHash(chunks []uint64) [32]byte {
	ty, _ := abi.NewType("uint64[]", "", nil)
	b, err := abi.Arguments{{Type: ty}}.Pack(chunks)
	if err != nil {
		return [32]byte{}
	}
	return crypto.Keccak256Hash(b)
}
