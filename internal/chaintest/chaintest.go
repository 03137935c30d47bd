// Package chaintest wraps a chain backend for daemon tests: it counts the RPC calls a
// daemon makes (what a tick costs) and can answer a market's getTask for chosen tasks
// with a crafted value or an error (a hostile or broken market: one deployed elsewhere,
// an old one, a node that fails on one task).
package chaintest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// ErrPoisoned is what a poisoned task's reads fail with.
var ErrPoisoned = errors.New("chaintest: poisoned task")

var tm = taskmarket.NewTaskMarket()

// Backend is an onchain.Backend that counts every call and may rewrite getTask.
type Backend struct {
	onchain.Backend
	Market common.Address // the market whose getTask is rewritten
	// MaxRange, when set, refuses a log query spanning more blocks, as public RPC
	// providers do.
	MaxRange uint64

	calls  atomic.Int64
	mu     sync.Mutex
	craft  map[uint64]taskmarket.TaskMarketTask
	poison map[uint64]bool
}

// New wraps b.
func New(b onchain.Backend, market common.Address) *Backend {
	return &Backend{Backend: b, Market: market, craft: map[uint64]taskmarket.TaskMarketTask{}, poison: map[uint64]bool{}}
}

// Calls is the number of calls made so far.
func (b *Backend) Calls() int64 { return b.calls.Load() }

// Craft makes getTask(id) answer t.
func (b *Backend) Craft(id uint64, t taskmarket.TaskMarketTask) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.craft[id] = t
}

// Poison makes every getTask(id) fail.
func (b *Backend) Poison(id uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.poison[id] = true
}

func (b *Backend) count() { b.calls.Add(1) }

// CallContract implements bind.ContractCaller, rewriting getTask of crafted or
// poisoned tasks.
func (b *Backend) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	b.count()
	if msg.To != nil && *msg.To == b.Market && len(msg.Data) == 4+32 {
		m := tm.GetABI().Methods["getTask"]
		if bytes.Equal(msg.Data[:4], m.ID) {
			id := new(big.Int).SetBytes(msg.Data[4:])
			b.mu.Lock()
			t, crafted := b.craft[id.Uint64()]
			poisoned := b.poison[id.Uint64()]
			b.mu.Unlock()
			if poisoned {
				return nil, ErrPoisoned
			}
			if crafted {
				return m.Outputs.Pack(t)
			}
		}
	}
	return b.Backend.CallContract(ctx, msg, block)
}

// The rest count and pass through.

func (b *Backend) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	b.count()
	return b.Backend.CodeAt(ctx, a, n)
}
func (b *Backend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	b.count()
	return b.Backend.HeaderByNumber(ctx, n)
}
func (b *Backend) PendingCodeAt(ctx context.Context, a common.Address) ([]byte, error) {
	b.count()
	return b.Backend.PendingCodeAt(ctx, a)
}
func (b *Backend) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	b.count()
	return b.Backend.PendingNonceAt(ctx, a)
}
func (b *Backend) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	b.count()
	return b.Backend.SuggestGasPrice(ctx)
}
func (b *Backend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	b.count()
	return b.Backend.SuggestGasTipCap(ctx)
}
func (b *Backend) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	b.count()
	return b.Backend.EstimateGas(ctx, msg)
}
func (b *Backend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.count()
	return b.Backend.SendTransaction(ctx, tx)
}
func (b *Backend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	b.count()
	if b.MaxRange > 0 {
		from, to := uint64(0), uint64(0)
		if q.FromBlock != nil {
			from = q.FromBlock.Uint64()
		}
		if q.ToBlock != nil {
			to = q.ToBlock.Uint64()
		} else {
			head, err := b.Backend.BlockNumber(ctx)
			if err != nil {
				return nil, err
			}
			to = head
		}
		if to >= from && to-from+1 > b.MaxRange {
			// worded as public providers word it
			return nil, fmt.Errorf("query exceeds max block range %d", b.MaxRange)
		}
	}
	return b.Backend.FilterLogs(ctx, q)
}
func (b *Backend) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	b.count()
	return b.Backend.SubscribeFilterLogs(ctx, q, ch)
}
func (b *Backend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	b.count()
	return b.Backend.TransactionReceipt(ctx, h)
}
func (b *Backend) ChainID(ctx context.Context) (*big.Int, error) {
	b.count()
	return b.Backend.ChainID(ctx)
}
func (b *Backend) BlockNumber(ctx context.Context) (uint64, error) {
	b.count()
	return b.Backend.BlockNumber(ctx)
}
func (b *Backend) BalanceAt(ctx context.Context, a common.Address, n *big.Int) (*big.Int, error) {
	b.count()
	return b.Backend.BalanceAt(ctx, a, n)
}
func (b *Backend) StorageAt(ctx context.Context, a common.Address, k common.Hash, n *big.Int) ([]byte, error) {
	b.count()
	return b.Backend.StorageAt(ctx, a, k, n)
}
func (b *Backend) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	b.count()
	return b.Backend.NonceAt(ctx, a, n)
}
func (b *Backend) BlockByNumber(ctx context.Context, n *big.Int) (*types.Block, error) {
	b.count()
	return b.Backend.BlockByNumber(ctx, n)
}

// Poster is the chain PostMany posts on: the simulated chain with auto-mining off.
type Poster interface {
	onchain.Backend
	Accounts() []chain.Account
	Mine(ctx context.Context) error
}

// PostMany posts n tasks of spec and terms (no audit, a reward of one wei) from
// account acc, and with cancel withdraws each again (the submitter's cancelTask: a
// finished task), as raw transactions with a fixed gas limit, many a block: no
// estimate, no receipt wait, so that a chain holding 10,000 tasks is built in seconds.
// The chain must not auto-mine, and its block gas limit must hold a few thousand
// posts. The last receipt is checked: a post the market rejects is an error.
func PostMany(ctx context.Context, c Poster, market common.Address, acc, n int, spec taskmarket.TaskMarketSpec,
	terms taskmarket.TaskMarketTerms, cancel bool) error {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &market, Data: tm.PackTaskCount()}, nil)
	if err != nil {
		return fmt.Errorf("chaintest: task count: %w", err)
	}
	first, err := tm.UnpackTaskCount(out)
	if err != nil {
		return fmt.Errorf("chaintest: task count: %w", err)
	}
	post := tm.PackPostTask(spec, terms, onchain.NoAudit())
	datas := make([][]byte, 0, 2*n)
	for range n {
		datas = append(datas, post)
	}
	if cancel {
		for i := range n {
			datas = append(datas, tm.PackCancelTask(new(big.Int).Add(first, big.NewInt(int64(i+1)))))
		}
	}
	return sendMany(ctx, c, market, acc, datas, big.NewInt(1), n)
}

// sendMany sends one transaction per data from account acc to `to`, mining every
// perBlock and after the first `value` ones (which carry value; the rest none).
func sendMany(ctx context.Context, c Poster, to common.Address, acc int, datas [][]byte, value *big.Int, valued int) error {
	const perBlock, gas = 1000, 1_000_000
	key := c.Accounts()[acc]
	id, err := c.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chaintest: %w", err)
	}
	nonce, err := c.PendingNonceAt(ctx, key.Address)
	if err != nil {
		return fmt.Errorf("chaintest: %w", err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("chaintest: %w", err)
	}
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(1e9))
	signer := types.LatestSignerForChainID(id)
	var last *types.Transaction
	for i, data := range datas {
		v := new(big.Int)
		if i < valued {
			v = value
		}
		tx, err := types.SignNewTx(key.Key, signer, &types.DynamicFeeTx{ChainID: id, Nonce: nonce + uint64(i), GasTipCap: big.NewInt(1e9),
			GasFeeCap: fee, Gas: gas, To: &to, Value: v, Data: data})
		if err != nil {
			return fmt.Errorf("chaintest: sign: %w", err)
		}
		if err := c.SendTransaction(ctx, tx); err != nil {
			return fmt.Errorf("chaintest: transaction %d: %w", i, err)
		}
		last = tx
		if (i+1)%perBlock == 0 || i == len(datas)-1 || i == valued-1 {
			if err := c.Mine(ctx); err != nil {
				return fmt.Errorf("chaintest: %w", err)
			}
		}
	}
	if last == nil {
		return nil
	}
	// a block's builder may stop short of the pool (it has a time limit): mine until
	// every transaction is in
	for want := nonce + uint64(len(datas)); ; {
		have, err := c.NonceAt(ctx, key.Address, nil)
		if err != nil {
			return fmt.Errorf("chaintest: %w", err)
		}
		if have >= want {
			break
		}
		if err := c.Mine(ctx); err != nil {
			return fmt.Errorf("chaintest: %w", err)
		}
	}
	r, err := c.TransactionReceipt(ctx, last.Hash())
	if err != nil {
		return fmt.Errorf("chaintest: receipt of the last transaction: %w", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("chaintest: the market rejected the transactions (gas used %d)", r.GasUsed)
	}
	return nil
}
