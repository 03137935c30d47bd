package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/internal/faults"
	"github.com/veritrain/veritrain/proofs"
)

// Task statuses (TaskMarket.Status) as the bindings read them: the model's one list.
const (
	StatusNone      = uint8(model.StatusNone)
	StatusOpen      = uint8(model.StatusOpen)
	StatusClaimed   = uint8(model.StatusClaimed)
	StatusCommitted = uint8(model.StatusCommitted)
	StatusDisputed  = uint8(model.StatusDisputed)
	StatusFinalized = uint8(model.StatusFinalized)
	StatusFailed    = uint8(model.StatusFailed)
	StatusCancelled = uint8(model.StatusCancelled)
)

var tm = taskmarket.NewTaskMarket()

// Market is a TaskMarket contract seen from one account.
type Market struct {
	B    Backend
	At   common.Address
	Opts *bind.TransactOpts
	// Prover is handed to the games this account plays (Game.Prover).
	Prover *proofs.Prover
	// FromBlock is the first block any log query reads (the market's deployment block,
	// DeployBlock): a query from block 0 on a long chain spans pages of nothing.
	FromBlock uint64
	// LogPage is the most blocks one log query spans (0: DefaultLogPage).
	LogPage uint64
	c       *bind.BoundContract
	traces  *traceCache  // committed traces read (NewMarket's; nil: none kept)
	kernels *kernelCache // the game's kernel registry and its answers (NewMarket's; nil: none kept)
}

// NewMarket binds the market at `at` for the account of opts.
func NewMarket(b Backend, at common.Address, opts *bind.TransactOpts) *Market {
	return &Market{B: b, At: at, Opts: opts, c: tm.Instance(b, at), traces: &traceCache{m: map[uint64]committedTrace{}},
		kernels: &kernelCache{known: map[[2]uint16]bool{}}}
}

// Me is the market account's address.
func (m *Market) Me() common.Address { return m.Opts.From }

func call[T any](ctx context.Context, m *Market, data []byte, unpack func([]byte) (T, error), what string) (T, error) {
	v, err := bind.Call(m.c, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		return v, fmt.Errorf("onchain: market %s: %w", what, err)
	}
	return v, nil
}

func (m *Market) send(ctx context.Context, data []byte, value *big.Int, what string) (*types.Receipt, error) {
	r, err := Transact(ctx, m.B, m.Opts, m.At, data, value)
	if err != nil {
		return r, fmt.Errorf("market %s: %w", what, err)
	}
	faults.Tx("tx-mined", m.At, data) // crash tests: mined, not yet recorded by the caller
	return r, nil
}

// Game is the market's game contract.
func (m *Market) Game(ctx context.Context) (*Game, error) {
	at, err := call(ctx, m, tm.PackGame(), tm.UnpackGame, "game")
	if err != nil {
		return nil, err
	}
	g := NewGame(m.B, at)
	g.Prover = m.Prover
	return g, nil
}

// TaskCount is the number of tasks ever posted (ids 1..count).
func (m *Market) TaskCount(ctx context.Context) (uint64, error) {
	n, err := call(ctx, m, tm.PackTaskCount(), tm.UnpackTaskCount, "taskCount")
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// Task reads task id.
func (m *Market) Task(ctx context.Context, id uint64) (taskmarket.TaskMarketTask, error) {
	return call(ctx, m, tm.PackGetTask(new(big.Int).SetUint64(id)), tm.UnpackGetTask, "getTask")
}

// Free is who's free balance.
func (m *Market) Free(ctx context.Context, who common.Address) (*big.Int, error) {
	return call(ctx, m, tm.PackFree(who), tm.UnpackFree, "free")
}

// Unbonding is who's withdrawal waiting out the unbonding delay: its amount and the
// time it may be withdrawn (0 and 0: none).
func (m *Market) Unbonding(ctx context.Context, who common.Address) (*big.Int, uint64, error) {
	u, err := call(ctx, m, tm.PackUnbonding(who), tm.UnpackUnbonding, "unbonding")
	return u.Amount, u.ReleaseAt, err
}

// Locked is who's locked balance.
func (m *Market) Locked(ctx context.Context, who common.Address) (*big.Int, error) {
	return call(ctx, m, tm.PackLocked(who), tm.UnpackLocked, "locked")
}

// Assignment is the segment task id asks verifier to re-run.
func (m *Market) Assignment(ctx context.Context, id uint64, verifier common.Address) (uint64, error) {
	return call(ctx, m, tm.PackAssignment(new(big.Int).SetUint64(id), verifier), tm.UnpackAssignment, "assignment")
}

// Deposit adds amount to the account's free balance.
func (m *Market) Deposit(ctx context.Context, amount *big.Int) error {
	_, err := m.send(ctx, tm.PackDeposit(), amount, "deposit")
	return err
}

// Post posts a task without an audit with the reward; it returns the task id.
func (m *Market) Post(ctx context.Context, spec taskmarket.TaskMarketSpec, terms taskmarket.TaskMarketTerms, reward *big.Int) (uint64, error) {
	return m.PostAudited(ctx, spec, terms, NoAudit(), reward)
}

// PostAudited posts a task with an audit (see audit.go); reward is the solver's pay:
// the transaction carries reward + AuditCost(audit). It returns the task id.
func (m *Market) PostAudited(ctx context.Context, spec taskmarket.TaskMarketSpec, terms taskmarket.TaskMarketTerms, audit taskmarket.TaskMarketAudit, reward *big.Int) (uint64, error) {
	audit = normAudit(audit)
	value := new(big.Int).Add(reward, AuditCost(audit))
	if _, err := m.send(ctx, tm.PackPostTask(spec, terms, audit), value, "postTask"); err != nil {
		return 0, err
	}
	return m.TaskCount(ctx) // ids are sequential; posts of one account are serial
}

// Claim claims task id (no audit secret: the hash committed is zero).
func (m *Market) Claim(ctx context.Context, id uint64) error {
	return m.ClaimWithSecret(ctx, id, [32]byte{})
}

// ClaimWithSecret claims task id committing secretHash (SecretHash(secret) for an
// audited task).
func (m *Market) ClaimWithSecret(ctx context.Context, id uint64, secretHash [32]byte) error {
	_, err := m.send(ctx, tm.PackClaimTask(new(big.Int).SetUint64(id), secretHash), nil, "claimTask")
	return err
}

// CommitTrace commits the trace: every checkpoint's hash (the chain computes the root
// and logs them, see Trace).
func (m *Market) CommitTrace(ctx context.Context, id uint64, hashes [][32]byte) error {
	_, err := m.send(ctx, tm.PackCommitTrace(new(big.Int).SetUint64(id), hashes), nil, "commitTrace")
	return err
}

// ErrNoTrace: a task's committed trace could not be read from the chain (not committed,
// or no log in its commit block whose leaves hash to its trace root).
var ErrNoTrace = errors.New("onchain: no committed trace")

type committedTrace struct {
	root   [32]byte
	leaves [][32]byte
}

type traceCache struct {
	mu sync.Mutex
	m  map[uint64]committedTrace
}

// Trace is task id's committed trace, every checkpoint's state root, read from the
// TraceLeaves log of its commit block (t is the task as the caller last read it) and
// checked against its trace root: the chain's own record, whatever the solver serves or
// a provider returns. After an audited task's secret reveal that is the posted trace
// with the decoy (leaf f+1) replaced by the true leaf, as the contract's root is. Kept
// per task and root once read.
func (m *Market) Trace(ctx context.Context, id uint64, t taskmarket.TaskMarketTask) ([][32]byte, error) {
	if t.CommitBlock == 0 || t.TraceRoot == ([32]byte{}) {
		return nil, fmt.Errorf("%w: task %d is not committed", ErrNoTrace, id)
	}
	if c := m.traces; c != nil {
		c.mu.Lock()
		ct, ok := c.m[id]
		c.mu.Unlock()
		if ok && ct.root == t.TraceRoot {
			return ct.leaves, nil
		}
	}
	b := new(big.Int).SetUint64(t.CommitBlock)
	logs, err := m.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: b, ToBlock: b,
		Topics: [][]common.Hash{{tm.GetABI().Events["TraceLeaves"].ID}, {common.BigToHash(new(big.Int).SetUint64(id))}}})
	if err != nil {
		return nil, fmt.Errorf("onchain: trace of task %d: %w", id, err)
	}
	for i := range logs {
		ev, err := tm.UnpackTraceLeavesEvent(&logs[i])
		if err != nil || len(ev.Leaves) < 2 || len(ev.Leaves) > model.MaxCheckpoints+1 {
			continue // not the market's record: the root check below would refuse it anyway
		}
		leaves := make([][32]byte, len(ev.Leaves))
		copy(leaves, ev.Leaves)
		if model.NewTree(leaves).Root() != t.TraceRoot {
			// an audited task's secret reveal replaced the decoy, leaf f+1, by the true leaf
			a, err := m.Audit(ctx, id)
			if err != nil {
				return nil, err
			}
			if !a.SecretRevealed || !a.Forced || a.ForcedSegment+1 >= uint64(len(leaves)) {
				continue
			}
			leaves[a.ForcedSegment+1] = a.TrueLeaf
			if model.NewTree(leaves).Root() != t.TraceRoot {
				continue
			}
		}
		if c := m.traces; c != nil {
			c.mu.Lock()
			c.m[id] = committedTrace{root: t.TraceRoot, leaves: leaves}
			c.mu.Unlock()
		}
		return leaves, nil
	}
	return nil, fmt.Errorf("%w: task %d: no log in block %d whose leaves hash to its trace root", ErrNoTrace, id, t.CommitBlock)
}

// DrawSeed fixes task id's verifier seed.
func (m *Market) DrawSeed(ctx context.Context, id uint64) error {
	_, err := m.send(ctx, tm.PackDrawSeed(new(big.Int).SetUint64(id)), nil, "drawSeed")
	return err
}

// Challenge disputes segment seg of the solver's checkpoints hashes; it returns the
// game id and the block that opened it.
func (m *Market) Challenge(ctx context.Context, id uint64, hashes [][32]byte, seg uint64) (*big.Int, uint64, error) {
	tr := model.NewTree(hashes)
	r, err := m.send(ctx, tm.PackChallenge(new(big.Int).SetUint64(id), taskmarket.TaskMarketChallenge{Segment: seg,
		Start: hashes[seg], StartProof: p32(tr.Prove(seg)), End: hashes[seg+1], EndProof: p32(tr.Prove(seg + 1))}), nil, "challenge")
	if err != nil {
		return nil, 0, err
	}
	g, err := OpenedGame(r, m.At)
	return g, r.BlockNumber.Uint64(), err
}

// Settle applies game, a resolved dispute of task id's solver.
func (m *Market) Settle(ctx context.Context, id uint64, game *big.Int) error {
	_, err := m.send(ctx, tm.PackSettle(bid(id), game), nil, "settle")
	return err
}

// Finalize ends task id after its deadline.
func (m *Market) Finalize(ctx context.Context, id uint64) error {
	_, err := m.send(ctx, tm.PackFinalize(new(big.Int).SetUint64(id)), nil, "finalize")
	return err
}

// GameSetup is the setup the market opened a game of task t over segment seg with.
func GameSetup(t taskmarket.TaskMarketTask, agreed, disputed [32]byte, seg uint64) model.Setup {
	s := t.Spec
	return model.Setup{NodesRoot: s.NodesRoot, StateMapRoot: s.StateMapRoot, DataRoot: s.DataRoot, Agreed: agreed,
		Disputed: disputed, FirstStep: seg * s.Interval, SegLen: s.Interval, NumNodes: s.NumNodes,
		StateDepth: s.StateDepth, Clock: t.Terms.GameClock, KernelEpoch: t.KernelEpoch}
}

// logRetries and logRetryWait bound how long FilterLogs waits for a node whose log
// index lags its head.
const (
	logRetries   = 20
	logRetryWait = 100 * time.Millisecond
)

// DefaultLogPage is the most blocks one log query spans when Market.LogPage is 0:
// public RPC providers cap a query's range (commonly at 10,000 blocks or fewer) or its
// result count.
const DefaultLogPage = 10_000

// FilterLogs is the market's logs matching q (its address is set here), read in pages
// of at most LogPage blocks from the later of q.FromBlock and Market.FromBlock (the
// market's deployment: nothing of it precedes that) up to q.ToBlock or the head. A page
// the node refuses as too large (a provider's range or result cap) is halved and tried
// again. A node may answer a query that reaches its head before its log index has
// caught up (geth's log index: "failed to retrieve log value pointer ... not found");
// such an answer is retried for up to two seconds, any other error is returned at once.
func (m *Market) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	q.Addresses = []common.Address{m.At}
	if q.BlockHash != nil || (q.FromBlock != nil && !q.FromBlock.IsUint64()) || (q.ToBlock != nil && !q.ToBlock.IsUint64()) {
		return filterOnce(ctx, m.B, q) // one block, or a named tag ("pending"): nothing to page
	}
	from := m.FromBlock
	if q.FromBlock != nil {
		from = max(from, q.FromBlock.Uint64())
	}
	var to uint64
	if q.ToBlock != nil {
		to = q.ToBlock.Uint64()
	} else {
		head, err := m.B.BlockNumber(ctx)
		if err != nil {
			return nil, fmt.Errorf("onchain: head for a log query: %w", err)
		}
		to = head
	}
	page := m.LogPage
	if page == 0 {
		page = DefaultLogPage
	}
	return pageLogs(ctx, m.B, q, from, to, page)
}

// pageLogs runs q over blocks [from, to] in pages of at most page blocks, halving a page
// the node refuses as too large; the one pager of every log query (market and game).
func pageLogs(ctx context.Context, b ethereum.LogFilterer, q ethereum.FilterQuery, from, to, page uint64) ([]types.Log, error) {
	var out []types.Log
	for lo := from; lo <= to; {
		hi := to
		if to-lo >= page {
			hi = lo + page - 1
		}
		pq := q
		pq.FromBlock, pq.ToBlock = new(big.Int).SetUint64(lo), new(big.Int).SetUint64(hi)
		logs, err := filterOnce(ctx, b, pq)
		if err != nil {
			if hi > lo && tooManyLogs(err) {
				page = max((hi-lo+1)/2, 1)
				continue
			}
			return nil, fmt.Errorf("onchain: logs of blocks %d..%d: %w", lo, hi, err)
		}
		out = append(out, logs...)
		if hi == to {
			break // to may be the largest uint64: hi+1 would wrap
		}
		lo = hi + 1
	}
	return out, nil
}

// tooManyLogs reports whether err is a provider's refusal of a query's size (range or
// result count), which a smaller range avoids. Providers word it differently.
func tooManyLogs(err error) bool {
	s := strings.ToLower(err.Error())
	for _, w := range []string{"range", "too many", "more than", "limit", "exceed", "too large", "response size"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func filterOnce(ctx context.Context, b ethereum.LogFilterer, q ethereum.FilterQuery) ([]types.Log, error) {
	for try := 0; ; try++ {
		logs, err := b.FilterLogs(ctx, q)
		if err == nil || try == logRetries || !strings.Contains(err.Error(), "not found") {
			return logs, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(logRetryWait):
		}
	}
}

// DeployBlock finds the block that created the market at `at`: its deployBlock(), one
// call at the latest state that any node answers; for a contract without it, the first
// block whose state holds its code, by bisection over the chain's history (about
// log2(head) calls, once per daemon start), which a node that keeps no old state (not
// an archive node) cannot answer: give the block by hand then (--from-block).
func DeployBlock(ctx context.Context, b Backend, at common.Address) (uint64, error) {
	if n, err := bind.Call(tm.Instance(b, at), &bind.CallOpts{Context: ctx}, tm.PackDeployBlock(), tm.UnpackDeployBlock); err == nil && n > 0 {
		return n, nil
	}
	head, err := b.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("onchain: head: %w", err)
	}
	has := func(n uint64) (bool, error) {
		code, err := b.CodeAt(ctx, at, new(big.Int).SetUint64(n))
		if err != nil {
			return false, fmt.Errorf("onchain: code of %s at block %d: %w", at.Hex(), n, err)
		}
		return len(code) > 0, nil
	}
	ok, err := has(head)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, fmt.Errorf("onchain: no contract at %s", at.Hex())
	}
	lo, hi := uint64(0), head // the answer is in [lo, hi]; hi has the code
	for lo < hi {
		mid := lo + (hi-lo)/2
		ok, err := has(mid)
		if err != nil {
			return 0, err
		}
		if ok {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}
