package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// Every command that talks to a node dials it here: one place that checks the URL,
// bounds every call by --rpc-timeout and names the endpoint in every error, and
// checks that --market holds the market before anything is sent to it.

// defaultRPCTimeout bounds one JSON-RPC call (--rpc-timeout).
const defaultRPCTimeout = 30 * time.Second

// rpcFlags are --rpc and --rpc-timeout.
type rpcFlags struct {
	url     string
	timeout time.Duration
}

func (f *rpcFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.url, "rpc", "", "Ethereum JSON-RPC endpoint: http(s)://, ws(s):// or an IPC path (or env VERITRAIN_RPC)")
	cmd.Flags().DurationVar(&f.timeout, "rpc-timeout", defaultRPCTimeout, "most time one JSON-RPC call may take before it fails (or env VERITRAIN_RPC_TIMEOUT)")
}

// check validates the flags before any connection is made.
func (f *rpcFlags) check() error {
	if f.url == "" {
		return usageError{errors.New("--rpc is required (or set VERITRAIN_RPC)")}
	}
	if f.timeout <= 0 {
		return usageError{fmt.Errorf("--rpc-timeout %v: want a positive duration such as 30s", f.timeout)}
	}
	return checkRPCURL(f.url)
}

// checkRPCURL accepts http(s):// and ws(s):// URLs and IPC paths; a host:port with no
// scheme gets the suggestion of http://.
func checkRPCURL(raw string) error {
	if !strings.Contains(raw, "://") {
		if host, port, err := net.SplitHostPort(raw); err == nil {
			if _, perr := strconv.ParseUint(port, 10, 16); perr == nil {
				if host == "" {
					host = "127.0.0.1"
				}
				return usageError{fmt.Errorf("--rpc %q has no scheme: did you mean http://%s?", raw, net.JoinHostPort(host, port))}
			}
		}
		if strings.Contains(raw, ":") && !strings.HasPrefix(raw, "/") && !strings.HasPrefix(raw, ".") {
			return usageError{fmt.Errorf("--rpc %q: want http://HOST:PORT, ws://HOST:PORT or an IPC path", raw)}
		}
		return nil // an IPC path
	}
	u, err := url.Parse(raw)
	if err != nil {
		return usageError{fmt.Errorf("--rpc %q: %v", raw, err)}
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
		if u.Host == "" {
			return usageError{fmt.Errorf("--rpc %q: no host", raw)}
		}
		return nil
	}
	return usageError{fmt.Errorf("--rpc %q: scheme %q: want http, https, ws, wss or an IPC path", raw, u.Scheme)}
}

// dial connects to the endpoint (calls are made lazily: an HTTP endpoint is first
// reached by the first call).
func (f *rpcFlags) dial(ctx context.Context) (*rpcBackend, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	dctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	c, err := rpc.DialOptions(dctx, f.url)
	if err != nil {
		return nil, fmt.Errorf("rpc %s: dial: %w", f.url, err)
	}
	return &rpcBackend{c: ethclient.NewClient(c), url: f.url, timeout: f.timeout}, nil
}

// errRPCTimeout is the cause of a call that ran out of --rpc-timeout.
var errRPCTimeout = errors.New("no answer")

// rpcBackend is an onchain.Backend on one endpoint whose every call is bounded by
// timeout and whose every error names the endpoint and the method, once.
type rpcBackend struct {
	c       *ethclient.Client
	url     string
	timeout time.Duration
}

var _ onchain.Backend = (*rpcBackend)(nil)

// Close closes the connection.
func (b *rpcBackend) Close() { b.c.Close() }

// do runs one call under the timeout and wraps its error.
func do[T any](ctx context.Context, b *rpcBackend, method string, f func(context.Context) (T, error)) (T, error) {
	cause := fmt.Errorf("%w within --rpc-timeout %v", errRPCTimeout, b.timeout)
	cctx, cancel := context.WithTimeoutCause(ctx, b.timeout, cause)
	defer cancel()
	v, err := f(cctx)
	if err == nil {
		return v, nil
	}
	if ctx.Err() == nil && errors.Is(context.Cause(cctx), errRPCTimeout) {
		// the transport's own words ("Post URL: context deadline exceeded") add nothing
		return v, &endpointError{url: b.url, method: method, err: context.Cause(cctx), inner: err}
	}
	var ue *url.Error // "Post URL: ...": the URL is named once, by endpointError
	if errors.As(err, &ue) {
		return v, &endpointError{url: b.url, method: method, err: ue.Err, inner: err}
	}
	return v, &endpointError{url: b.url, method: method, err: err}
}

// endpointError is a call that failed on an endpoint: err says how; inner, when set,
// is the transport's error behind it (matched by errors.Is and As, not printed).
type endpointError struct {
	url, method string
	err, inner  error
}

func (e *endpointError) Error() string { return fmt.Sprintf("rpc %s: %s: %v", e.url, e.method, e.err) }
func (e *endpointError) Unwrap() []error {
	if e.inner == nil {
		return []error{e.err}
	}
	return []error{e.err, e.inner}
}

func (b *rpcBackend) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	return do(ctx, b, "eth_getCode", func(ctx context.Context) ([]byte, error) { return b.c.CodeAt(ctx, a, n) })
}

func (b *rpcBackend) CallContract(ctx context.Context, call ethereum.CallMsg, n *big.Int) ([]byte, error) {
	return do(ctx, b, "eth_call", func(ctx context.Context) ([]byte, error) { return b.c.CallContract(ctx, call, n) })
}

func (b *rpcBackend) EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error) {
	return do(ctx, b, "eth_estimateGas", func(ctx context.Context) (uint64, error) { return b.c.EstimateGas(ctx, call) })
}

func (b *rpcBackend) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	return do(ctx, b, "eth_gasPrice", b.c.SuggestGasPrice)
}

func (b *rpcBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return do(ctx, b, "eth_maxPriorityFeePerGas", b.c.SuggestGasTipCap)
}

func (b *rpcBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	_, err := do(ctx, b, "eth_sendRawTransaction", func(ctx context.Context) (struct{}, error) {
		return struct{}{}, b.c.SendTransaction(ctx, tx)
	})
	return err
}

func (b *rpcBackend) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	type txp struct {
		tx      *types.Transaction
		pending bool
	}
	v, err := do(ctx, b, "eth_getTransactionByHash", func(ctx context.Context) (txp, error) {
		tx, pending, err := b.c.TransactionByHash(ctx, h)
		return txp{tx, pending}, err
	})
	return v.tx, v.pending, err
}

func (b *rpcBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	return do(ctx, b, "eth_getBlockByNumber", func(ctx context.Context) (*types.Header, error) { return b.c.HeaderByNumber(ctx, n) })
}

func (b *rpcBackend) BlockByNumber(ctx context.Context, n *big.Int) (*types.Block, error) {
	return do(ctx, b, "eth_getBlockByNumber", func(ctx context.Context) (*types.Block, error) { return b.c.BlockByNumber(ctx, n) })
}

func (b *rpcBackend) PendingCodeAt(ctx context.Context, a common.Address) ([]byte, error) {
	return do(ctx, b, "eth_getCode", func(ctx context.Context) ([]byte, error) { return b.c.PendingCodeAt(ctx, a) })
}

func (b *rpcBackend) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	return do(ctx, b, "eth_getTransactionCount", func(ctx context.Context) (uint64, error) { return b.c.PendingNonceAt(ctx, a) })
}

func (b *rpcBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return do(ctx, b, "eth_getLogs", func(ctx context.Context) ([]types.Log, error) { return b.c.FilterLogs(ctx, q) })
}

// SubscribeFilterLogs bounds only the subscription's set-up: the subscription itself
// lives as long as ctx.
func (b *rpcBackend) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	return do(ctx, b, "eth_subscribe", func(context.Context) (ethereum.Subscription, error) {
		return b.c.SubscribeFilterLogs(ctx, q, ch)
	})
}

func (b *rpcBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	return do(ctx, b, "eth_getTransactionReceipt", func(ctx context.Context) (*types.Receipt, error) { return b.c.TransactionReceipt(ctx, h) })
}

func (b *rpcBackend) ChainID(ctx context.Context) (*big.Int, error) {
	return do(ctx, b, "eth_chainId", b.c.ChainID)
}

func (b *rpcBackend) BlockNumber(ctx context.Context) (uint64, error) {
	return do(ctx, b, "eth_blockNumber", b.c.BlockNumber)
}

func (b *rpcBackend) BalanceAt(ctx context.Context, a common.Address, n *big.Int) (*big.Int, error) {
	return do(ctx, b, "eth_getBalance", func(ctx context.Context) (*big.Int, error) { return b.c.BalanceAt(ctx, a, n) })
}

func (b *rpcBackend) StorageAt(ctx context.Context, a common.Address, k common.Hash, n *big.Int) ([]byte, error) {
	return do(ctx, b, "eth_getStorageAt", func(ctx context.Context) ([]byte, error) { return b.c.StorageAt(ctx, a, k, n) })
}

func (b *rpcBackend) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	return do(ctx, b, "eth_getTransactionCount", func(ctx context.Context) (uint64, error) { return b.c.NonceAt(ctx, a, n) })
}

// rpcChain is the chain.Chain `deploy` deploys through: one funded key on an endpoint.
// It cannot drive the chain's blocks or clock (Mine and Advance fail): deploying needs
// neither.
type rpcChain struct {
	*rpcBackend
	accounts []chain.Account
}

var _ chain.Chain = (*rpcChain)(nil)

func (c *rpcChain) Accounts() []chain.Account { return c.accounts }
func (c *rpcChain) Close() error              { c.rpcBackend.Close(); return nil }
func (c *rpcChain) Mine(context.Context) error {
	return errors.New("rpc: cannot seal blocks on a node")
}
func (c *rpcChain) Advance(context.Context, time.Duration) error {
	return errors.New("rpc: cannot move a node's clock")
}

// checkMarket makes sure `at` holds a TaskMarket before a command uses it: code is there,
// and it answers the market's own getters (game() naming a contract, taskCount()). A
// wrong address (empty, an account, the game) is a usage error naming it; an endpoint
// that fails is not.
func checkMarket(ctx context.Context, b onchain.Backend, at common.Address) error {
	code, err := b.CodeAt(ctx, at, nil)
	if err != nil {
		return fmt.Errorf("--market %s: %w", at.Hex(), err)
	}
	if len(code) == 0 {
		return usageError{fmt.Errorf("--market %s: no contract at this address on this chain (an account or nothing): "+
			"give the address `veritrain deploy` printed", at.Hex())}
	}
	tm := taskmarket.NewTaskMarket()
	c := tm.Instance(b, at)
	notMarket := func(what string, err error) error {
		if isEndpointFailure(err) {
			return fmt.Errorf("--market %s: %s: %w", at.Hex(), what, err)
		}
		return usageError{fmt.Errorf("--market %s is a contract but not a TaskMarket (%s: %v): give the market's address, "+
			"not the game's (`veritrain deploy --json` prints both)", at.Hex(), what, err)}
	}
	game, err := bind.Call(c, &bind.CallOpts{Context: ctx}, tm.PackGame(), tm.UnpackGame)
	if err != nil {
		return notMarket("game()", err)
	}
	if _, err := bind.Call(c, &bind.CallOpts{Context: ctx}, tm.PackTaskCount(), tm.UnpackTaskCount); err != nil {
		return notMarket("taskCount()", err)
	}
	gameCode, err := b.CodeAt(ctx, game, nil)
	if err != nil {
		return fmt.Errorf("--market %s: its game %s: %w", at.Hex(), game.Hex(), err)
	}
	if len(gameCode) == 0 {
		return usageError{fmt.Errorf("--market %s is not a TaskMarket: the game it names (%s) holds no code", at.Hex(), game.Hex())}
	}
	return nil
}

// isEndpointFailure: err is the node or the network failing (a timeout, a refused
// connection, an HTTP error), not the contract answering wrongly.
func isEndpointFailure(err error) bool {
	var ne net.Error
	var he rpc.HTTPError
	return errors.Is(err, errRPCTimeout) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) ||
		errors.As(err, &ne) || errors.As(err, &he)
}
