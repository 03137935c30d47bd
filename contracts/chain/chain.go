package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	// ErrReverted is returned by WaitMined for a transaction whose receipt
	// status is failure.
	ErrReverted = errors.New("chain: transaction reverted")
	// ErrNoAccount is returned for an account index out of range.
	ErrNoAccount = errors.New("chain: no such account")
	// ErrClosed is returned by a chain used after Close.
	ErrClosed = errors.New("chain: closed")
)

// Backend is what bindings and daemons read and write through: every
// go-ethereum client (ethclient.Client, the simulated client) satisfies it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	ethereum.ChainStateReader
}

// Chain is a Backend whose blocks and clock a test can drive.
type Chain interface {
	Backend
	// Mine seals the pending transactions (possibly none) into one block.
	Mine(ctx context.Context) error
	// Advance seals one block whose timestamp is at least d after the
	// current head's (the way to reach a deadline).
	Advance(ctx context.Context, d time.Duration) error
	// Accounts are the funded test accounts, in index order.
	Accounts() []Account
	// Close releases the chain; further calls fail.
	Close() error
}

// Account is a funded key of a test chain.
type Account struct {
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// DeterministicAccount derives account i's key as keccak256("veritrain/chain
// account <i>"): stable across runs, never to be used with real funds.
func DeterministicAccount(i int) Account {
	seed := crypto.Keccak256([]byte("veritrain/chain account " + strconv.Itoa(i)))
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		// A keccak output is a valid secp256k1 scalar except with
		// probability ~2^-128; the indices used are checked by tests.
		panic(fmt.Sprintf("chain: account %d: %v", i, err))
	}
	return Account{Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)}
}

// Transactor returns fresh signing options for account i of c (a fresh value
// because bindings mutate TransactOpts, and ctx bounds the calls it makes).
func Transactor(ctx context.Context, c Chain, i int) (*bind.TransactOpts, error) {
	accs := c.Accounts()
	if i < 0 || i >= len(accs) {
		return nil, fmt.Errorf("%w: %d of %d", ErrNoAccount, i, len(accs))
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: chain id: %w", err)
	}
	opts := bind.NewKeyedTransactor(accs[i].Key, id)
	opts.Context = ctx
	return opts, nil
}

// WaitMined waits for tx's receipt and fails with ErrReverted when the
// transaction reverted. It polls quickly: on an auto-mining chain the
// receipt exists at once, on a dev node within one block.
func WaitMined(ctx context.Context, b bind.DeployBackend, tx *types.Transaction) (*types.Receipt, error) {
	return WaitMinedHash(ctx, b, tx.Hash())
}

// WaitMinedHash is WaitMined for a transaction known by its hash.
func WaitMinedHash(ctx context.Context, b bind.DeployBackend, h common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		r, err := b.TransactionReceipt(ctx, h)
		switch {
		case err == nil && r.Status != types.ReceiptStatusSuccessful:
			return r, fmt.Errorf("%w: tx %s (gas used %d)", ErrReverted, h, r.GasUsed)
		case err == nil:
			return r, nil
		case !errors.Is(err, ethereum.NotFound) && !isIndexing(err):
			return nil, fmt.Errorf("chain: receipt of %s: %w", h, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("chain: wait for %s: %w", h, ctx.Err())
		case <-t.C:
		}
	}
}

// isIndexing reports geth's "transaction indexing is in progress" answer
// (ethapi.TxIndexingError, code -32000 with that data): the receipt may
// simply not exist yet, as with NotFound.
func isIndexing(err error) bool {
	var de rpc.DataError
	return errors.As(err, &de) && de.ErrorData() == "transaction indexing is in progress"
}

// Deploy deploys the contract a binding's MetaData describes (its Bin) from
// account `from` with the ABI-packed constructorInput (nil for none), waits
// for the receipt and returns the address and the receipt.
func Deploy(ctx context.Context, c Chain, from int, meta *bind.MetaData, constructorInput []byte) (common.Address, *types.Receipt, error) {
	opts, err := Transactor(ctx, c, from)
	if err != nil {
		return common.Address{}, nil, err
	}
	addr, tx, err := bind.DeployContract(opts, common.FromHex(meta.Bin), c, constructorInput)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploy %s: %w", meta.ID, err)
	}
	r, err := WaitMined(ctx, c, tx)
	if err != nil {
		return common.Address{}, r, fmt.Errorf("chain: deploy %s: %w", meta.ID, err)
	}
	return addr, r, nil
}

// MineBlocks seals n blocks (deadlines counted in blocks).
func MineBlocks(ctx context.Context, c Chain, n int) error {
	for i := range n {
		if err := c.Mine(ctx); err != nil {
			return fmt.Errorf("chain: block %d of %d: %w", i+1, n, err)
		}
	}
	return nil
}

// Ether is n ether in wei.
func Ether(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18))
}

// FormatEther is wei in ether with decimals digits after the point, or exactly (to the
// wei, trailing zeros dropped) when decimals < 0; nil is "0".
func FormatEther(wei *big.Int, decimals int) string {
	if wei == nil {
		return "0"
	}
	r := new(big.Rat).SetFrac(wei, big.NewInt(1e18))
	if decimals >= 0 {
		return r.FloatString(decimals)
	}
	return strings.TrimRight(strings.TrimRight(r.FloatString(18), "0"), ".")
}
