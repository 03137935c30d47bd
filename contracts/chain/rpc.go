package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// RPC is a Chain on a JSON-RPC endpoint that seals a block for every
// transaction it receives (geth --dev with its default period of 0). It
// cannot set block timestamps, so Mine and Advance work by sending
// transactions: each block is at least one second after its parent.
type RPC struct {
	*ethclient.Client

	rpc      *rpc.Client
	accounts []Account
}

var _ Chain = (*RPC)(nil)

// DialRPC connects to url with accounts as the test accounts (they must be
// funded: account 0 pays for Mine and Advance).
func DialRPC(ctx context.Context, url string, accounts []Account) (*RPC, error) {
	if len(accounts) == 0 {
		return nil, fmt.Errorf("%w: DialRPC needs at least one account", ErrNoAccount)
	}
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("chain: dial %s: %w", url, err)
	}
	return &RPC{Client: ethclient.NewClient(c), rpc: c, accounts: accounts}, nil
}

// Accounts returns the test accounts.
func (r *RPC) Accounts() []Account { return r.accounts }

// Raw is the underlying RPC client, for calls ethclient does not wrap.
func (r *RPC) Raw() *rpc.Client { return r.rpc }

// Mine makes the node seal a block by sending account 0 a zero-value
// transfer to itself and waiting for it; pending transactions are sealed
// with it or before it.
func (r *RPC) Mine(ctx context.Context) error {
	tx, err := r.selfTransfer(ctx)
	if err != nil {
		return err
	}
	if _, err := WaitMined(ctx, r, tx); err != nil {
		return fmt.Errorf("chain: mine: %w", err)
	}
	return nil
}

// Advance mines blocks until the head's timestamp is at least d after what
// it was. A dev node stamps blocks with max(now, parent+1s), so this takes
// about d/1s blocks when it runs ahead of the wall clock: use short deadlines
// (seconds to minutes) on a dev node.
func (r *RPC) Advance(ctx context.Context, d time.Duration) error {
	head, err := r.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("chain: advance: %w", err)
	}
	target := head.Time + uint64(max(d/time.Second, 1))
	for head.Time < target {
		if err := r.Mine(ctx); err != nil {
			return fmt.Errorf("chain: advance: %w", err)
		}
		if head, err = r.HeaderByNumber(ctx, nil); err != nil {
			return fmt.Errorf("chain: advance: %w", err)
		}
	}
	return nil
}

func (r *RPC) selfTransfer(ctx context.Context) (*types.Transaction, error) {
	acc := r.accounts[0]
	tx, err := r.signTransfer(ctx, acc, acc.Address, new(big.Int))
	if err != nil {
		return nil, err
	}
	if err := r.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("chain: send: %w", err)
	}
	return tx, nil
}

// signTransfer signs a plain value transfer from acc at its pending nonce.
func (r *RPC) signTransfer(ctx context.Context, acc Account, to common.Address, value *big.Int) (*types.Transaction, error) {
	id, err := r.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: chain id: %w", err)
	}
	nonce, err := r.PendingNonceAt(ctx, acc.Address)
	if err != nil {
		return nil, fmt.Errorf("chain: nonce: %w", err)
	}
	tip, err := r.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: tip: %w", err)
	}
	head, err := r.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: head: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(acc.Key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: &to, Value: value,
	})
	if err != nil {
		return nil, fmt.Errorf("chain: sign: %w", err)
	}
	return tx, nil
}

// Close closes the connection (not the node).
func (r *RPC) Close() error {
	r.Client.Close()
	return nil
}
