package chain

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
)

// Sim is a Chain on go-ethereum's in-process simulated backend.
type Sim struct {
	simulated.Client // every read and write goes through the node's RPC client

	backend  *simulated.Backend
	accounts []Account
	autoMine bool

	mu     sync.Mutex // serialises sealing: SendTransaction+Commit is one step
	closed bool
}

var _ Chain = (*Sim)(nil)

type simConfig struct {
	accounts     int
	balance      *big.Int
	autoMine     bool
	osakaOnly    bool
	callGasCap   uint64
	blockGasCeil uint64
}

// Option configures NewSim.
type Option func(*simConfig)

// WithAccounts funds n deterministic accounts (default 8).
func WithAccounts(n int) Option { return func(c *simConfig) { c.accounts = n } }

// WithBalance sets each account's genesis balance (default 1e6 ether).
func WithBalance(wei *big.Int) Option {
	return func(c *simConfig) { c.balance = new(big.Int).Set(wei) }
}

// WithAutoMine(false) leaves sent transactions pending until Mine.
func WithAutoMine(on bool) Option { return func(c *simConfig) { c.autoMine = on } }

// WithOsakaRules runs the chain under Osaka, mainnet's fork since December
// 2025, instead of the dev config's newer experimental forks (Amsterdam,
// "Bogota"), whose state-gas repricing triples the cost of storage writes:
// gas figures are then the ones mainnet would charge.
func WithOsakaRules() Option { return func(c *simConfig) { c.osakaOnly = true } }

// WithCallGasCap sets the gas cap of eth_call and gas estimation (default 0:
// go-ethereum's default of 50M). Large batch views need more.
func WithCallGasCap(gas uint64) Option { return func(c *simConfig) { c.callGasCap = gas } }

// WithBlockGasLimit sets the block gas limit (default: go-ethereum's).
func WithBlockGasLimit(gas uint64) Option { return func(c *simConfig) { c.blockGasCeil = gas } }

// NewSim starts a simulated chain with funded deterministic accounts.
func NewSim(opts ...Option) (*Sim, error) {
	cfg := simConfig{accounts: 8, balance: Ether(1_000_000), autoMine: true}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.accounts < 1 {
		return nil, fmt.Errorf("%w: need at least one account, got %d", ErrNoAccount, cfg.accounts)
	}
	accs := make([]Account, cfg.accounts)
	alloc := types.GenesisAlloc{}
	for i := range accs {
		accs[i] = DeterministicAccount(i)
		alloc[accs[i].Address] = types.Account{Balance: new(big.Int).Set(cfg.balance)}
	}
	var simOpts []func(*node.Config, *ethconfig.Config)
	if cfg.osakaOnly {
		simOpts = append(simOpts, func(_ *node.Config, e *ethconfig.Config) {
			cc := *e.Genesis.Config // a copy: the default config is a shared global
			cc.AmsterdamTime, cc.BogotaTime = nil, nil
			e.Genesis.Config = &cc
		})
	}
	if cfg.callGasCap > 0 {
		simOpts = append(simOpts, simulated.WithCallGasLimit(cfg.callGasCap))
	}
	if cfg.blockGasCeil > 0 {
		simOpts = append(simOpts, simulated.WithBlockGasLimit(cfg.blockGasCeil))
	}
	b := simulated.NewBackend(alloc, simOpts...)
	return &Sim{Client: b.Client(), backend: b, accounts: accs, autoMine: cfg.autoMine}, nil
}

// SendTransaction sends tx and, when auto-mining, seals it into a block.
func (s *Sim) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	if err := s.Client.SendTransaction(ctx, tx); err != nil {
		return fmt.Errorf("chain: send: %w", err)
	}
	if s.autoMine {
		s.backend.Commit()
	}
	return nil
}

// Mine seals the pending transactions into a block.
func (s *Sim) Mine(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("chain: mine: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	s.backend.Commit()
	return nil
}

// Advance seals an empty block d (rounded down to seconds, at least one)
// after the head: the new head's time is exactly the old one's plus d.
//
// The simulated beacon refuses to move time while its pool lists pending
// transactions. The list can be stale: the pool drops the transactions of a
// sealed block in the background, a moment after the block. So a refusal is
// retried briefly before anything is sealed; only transactions still pending
// after that (one can slip in between auto-mine's send and its commit) are
// sealed first, as any chain would, and the time moved is then what is left
// of d. Sealing an extra block at once would land the head a second late.
func (s *Sim) Advance(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("chain: advance: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	secs := uint64(d / time.Second)
	if secs == 0 {
		secs = 1
	}
	h, err := s.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("chain: advance: head: %w", err)
	}
	target := h.Time + secs
	// A stale view is waited out for staleFor; then whatever is still pending is
	// sealed, and the pool gets up to settleFor to drop it.
	const staleFor, settleFor = 200 * time.Millisecond, 10 * time.Second
	for sealed, start := false, time.Now(); ; time.Sleep(time.Millisecond) {
		err := s.backend.AdjustTime(time.Duration(target-h.Time) * time.Second)
		switch {
		case err == nil:
			return nil
		case ctx.Err() != nil:
			return fmt.Errorf("chain: advance %v: %w", d, ctx.Err())
		case !sealed && time.Since(start) >= staleFor:
			s.backend.Commit()
			sealed, start = true, time.Now()
			if h, err = s.Client.HeaderByNumber(ctx, nil); err != nil {
				return fmt.Errorf("chain: advance: head: %w", err)
			}
			if h.Time >= target {
				return nil
			}
		case sealed && time.Since(start) >= settleFor:
			return fmt.Errorf("chain: advance %v: %w", d, err)
		}
	}
}

// Accounts returns the funded accounts.
func (s *Sim) Accounts() []Account { return s.accounts }

// Simulated exposes the underlying backend (Fork, Rollback) for tests that
// need more than Chain.
func (s *Sim) Simulated() *simulated.Backend { return s.backend }

// Close stops the node.
func (s *Sim) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if err := s.backend.Close(); err != nil {
		return fmt.Errorf("chain: close: %w", err)
	}
	return nil
}
