package netsim

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/verifier"
)

// ErrNotOver: Play ran out of rounds before every task ended.
var ErrNotOver = errors.New("netsim: the tasks did not end")

// Config says how New sets a network up. The zero value is the demo's chain.
type Config struct {
	Accounts       int    // funded accounts (default 10)
	Deployer       int    // account that deploys the contracts
	Treasury       int    // account receiving the slashed remainder not paid to the winner
	UnbondingDelay uint64 // seconds (default 3 days)
	WinnerShareBps uint16 // share of a slashed stake paid to the winner (default 5000)
	FanoutBits     uint8  // the game's bits per move (default 4)
	// Idle is how far an idle round moves the chain clock once the first SlotRounds idle
	// rounds after a busy one have moved it a Slot each (default 1 hour): far enough
	// to reach seed blocks, windows and clocks in a few rounds, not so far that a
	// party with work to do misses a deadline between two of its ticks.
	Idle time.Duration
	Log  *slog.Logger
}

// Network is a simulated chain with the game and market deployed, and the parties
// that play on it.
type Network struct {
	Sim     *chain.Sim
	Game    common.Address
	Market  common.Address
	Parties []*Party

	cfg   Config
	log   *slog.Logger
	b     *timed
	dir   string
	mu    sync.Mutex
	urls  map[common.Address]string
	stops []func()
}

// Party is one daemon of the network.
type Party struct {
	Name   string
	Role   string // "solver" or "verifier"
	Acc    int
	Market *onchain.Market
	URL    string // a solver's checkpoint server
	// Verifier is a verifier party's daemon.
	Verifier *verifier.Verifier
	// CPU and Wall are the process CPU time and the wall time spent in this party's
	// ticks (ticks never overlap, so the CPU time is this party's).
	CPU, Wall time.Duration
	// BeforeTick, when set, runs before each of the party's ticks (and is counted in
	// them): a simulation's hook to change the party between tasks (SetSolver).
	BeforeTick func(context.Context) error

	mu     sync.Mutex
	solver *solver.Solver
	tick   func(context.Context) error
}

// Solver is a solver party's daemon (the one in charge now: see SetSolver).
func (p *Party) Solver() *solver.Solver {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.solver
}

// SetSolver puts s in charge of the solver party's account: its checkpoint server
// serves s from now on and the party's ticks tick s (a simulation that changes a
// solver's behaviour between tasks builds a new daemon for the same account).
func (p *Party) SetSolver(s *solver.Solver) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.solver = s
}

// timed is the chain as the parties see it: every transaction's wall-clock time is
// kept, so that reports can say when, in wall time, an on-chain event happened.
type timed struct {
	*chain.Sim
	mu   sync.Mutex
	sent map[common.Hash]time.Time
}

func (t *timed) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := t.Sim.SendTransaction(ctx, tx)
	if err == nil {
		t.mu.Lock()
		t.sent[tx.Hash()] = time.Now()
		t.mu.Unlock()
	}
	return err
}

// New starts a simulated chain (Osaka gas rules) and deploys the pinpoint game and a
// task market on it.
func New(ctx context.Context, cfg Config) (_ *Network, err error) {
	if cfg.Accounts == 0 {
		cfg.Accounts = 10
	}
	if cfg.UnbondingDelay == 0 {
		cfg.UnbondingDelay = 3 * 24 * 3600
	}
	if cfg.WinnerShareBps == 0 {
		cfg.WinnerShareBps = 5000
	}
	if cfg.FanoutBits == 0 {
		cfg.FanoutBits = 4
	}
	if cfg.Idle == 0 {
		cfg.Idle = time.Hour
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	sim, err := chain.NewSim(chain.WithAccounts(cfg.Accounts), chain.WithOsakaRules())
	if err != nil {
		return nil, fmt.Errorf("netsim: %w", err)
	}
	n := &Network{Sim: sim, cfg: cfg, log: cfg.Log, b: &timed{Sim: sim, sent: map[common.Hash]time.Time{}},
		urls: map[common.Address]string{}}
	defer func() {
		if err != nil {
			n.Close()
		}
	}()
	if n.dir, err = os.MkdirTemp("", "veritrain-net-"); err != nil {
		return nil, fmt.Errorf("netsim: %w", err)
	}
	if n.Game, n.Market, _, err = Deploy(ctx, sim, cfg.Deployer, Contracts{FanoutBits: cfg.FanoutBits, UnbondingDelay: cfg.UnbondingDelay,
		Treasury: sim.Accounts()[cfg.Treasury].Address, WinnerShareBps: cfg.WinnerShareBps}); err != nil {
		return nil, err
	}
	n.log.Info("contracts deployed", "game", n.Game.Hex(), "market", n.Market.Hex())
	return n, nil
}

// Contracts are the parameters of a deployment.
type Contracts struct {
	FanoutBits     uint8          // the game's bits per move
	ElementJudge   common.Address // the game's ZkElementJudge, fixed for its life (zero: no proofs)
	UnbondingDelay uint64         // seconds a withdrawal waits
	Treasury       common.Address // receives the slashed remainder not paid to the winner
	WinnerShareBps uint16         // share of a slashed stake paid to the winner
}

// Deploy deploys the pinpoint game (with the shapes deriver it needs) and a task
// market using it from account from of c; gas is what the game and market
// deployments used.
func Deploy(ctx context.Context, c chain.Chain, from int, p Contracts) (game, market common.Address, gas uint64, err error) {
	// the chain package's errors name what failed ("deploy game: chain: ..."): no
	// further prefix
	game, gr, err := chain.DeployGameJudged(ctx, c, from, p.FanoutBits, p.ElementJudge)
	if err != nil {
		return game, market, 0, err
	}
	market, mr, err := chain.Deploy(ctx, c, from, &taskmarket.TaskMarketMetaData,
		taskmarket.NewTaskMarket().PackConstructor(game, p.UnbondingDelay, p.Treasury, p.WinnerShareBps))
	if err != nil {
		return game, market, 0, err
	}
	return game, market, gr.GasUsed + mr.GasUsed, nil
}

// Dir is a temporary folder removed by Close (run folders live under it).
func (n *Network) Dir() string { return n.dir }

// MarketOf is the market seen from account acc.
func (n *Network) MarketOf(ctx context.Context, acc int) (*onchain.Market, error) {
	o, err := chain.Transactor(ctx, n.Sim, acc)
	if err != nil {
		return nil, fmt.Errorf("netsim: %w", err)
	}
	return onchain.NewMarket(n.b, n.Market, o), nil
}

// SentAt is the wall-clock time transaction h was sent (and, auto-mined, sealed).
func (n *Network) SentAt(h common.Hash) (time.Time, bool) {
	n.b.mu.Lock()
	defer n.b.mu.Unlock()
	t, ok := n.b.sent[h]
	return t, ok
}

// AddSolver starts a solver daemon on account acc: cfg's Market, Dir and Log are
// filled in when unset; its checkpoints are served on 127.0.0.1, and unless cfg says
// otherwise the daemon announces that URL on the market (on its first tick).
func (n *Network) AddSolver(ctx context.Context, acc int, name string, cfg solver.Config) (*Party, error) {
	p := &Party{Name: name, Role: "solver", Acc: acc}
	var err error
	if cfg.Market == nil {
		if cfg.Market, err = n.MarketOf(ctx, acc); err != nil {
			return nil, err
		}
	}
	if cfg.Dir == "" {
		cfg.Dir = filepath.Join(n.dir, name)
	}
	if cfg.Log == nil {
		cfg.Log = n.log.With("solver", name)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("netsim: solver %s: %w", name, err)
	}
	p.Market, p.URL = cfg.Market, "http://"+ln.Addr().String()
	if cfg.Announce == nil {
		cfg.Announce = &onchain.Announcement{Role: "solver", URL: p.URL}
	}
	if p.solver, err = solver.New(cfg); err != nil {
		ln.Close()
		return nil, fmt.Errorf("netsim: solver %s: %w", name, err)
	}
	srv := store.NewHTTPServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.Solver().Handler().ServeHTTP(w, r)
	}))
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			n.log.Error("checkpoint server", "solver", name, "err", err)
		}
	}()
	n.mu.Lock()
	n.stops = append(n.stops, func() { _ = srv.Close() })
	n.urls[p.Market.Me()] = p.URL
	n.mu.Unlock()
	p.tick = func(ctx context.Context) error { return p.Solver().Tick(ctx) }
	n.Parties = append(n.Parties, p)
	n.log.Info("solver ready", "solver", name, "addr", p.Market.Me().Hex(), "checkpoints", p.URL)
	return p, nil
}

// AddVerifier starts a verifier daemon on account acc: cfg's Market, Checkpoints
// (the network's solvers' servers) and Log are filled in when unset.
func (n *Network) AddVerifier(ctx context.Context, acc int, name string, cfg verifier.Config) (*Party, error) {
	p := &Party{Name: name, Role: "verifier", Acc: acc}
	var err error
	if cfg.Market == nil {
		if cfg.Market, err = n.MarketOf(ctx, acc); err != nil {
			return nil, err
		}
	}
	if cfg.Log == nil {
		cfg.Log = n.log.With("verifier", name)
	}
	if cfg.Checkpoints == nil {
		cfg.Checkpoints = &verifier.HTTP{AllowPrivate: true, URL: n.SolverURL, Log: n.log}
	}
	if p.Verifier, err = verifier.New(cfg); err != nil {
		return nil, fmt.Errorf("netsim: verifier %s: %w", name, err)
	}
	p.Market, p.tick = cfg.Market, p.Verifier.Tick
	n.Parties = append(n.Parties, p)
	return p, nil
}

// SolverURL is the checkpoint server of a solver of the network.
func (n *Network) SolverURL(a common.Address) (string, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	u, ok := n.urls[a]
	return u, ok
}

// Tick ticks every party once, in order, measuring each one's CPU and wall time.
func (n *Network) Tick(ctx context.Context) error {
	for _, p := range n.Parties {
		cpu, wall := processCPU(), time.Now()
		var err error
		if p.BeforeTick != nil {
			err = p.BeforeTick(ctx)
		}
		if err == nil {
			err = p.tick(ctx)
		}
		p.CPU += processCPU() - cpu
		p.Wall += time.Since(wall)
		if err != nil {
			return fmt.Errorf("%s %s: %w", p.Role, p.Name, err)
		}
	}
	return nil
}

// Play ticks the parties (Tick) until every task of ids has ended: PlayUntil on
// the network's chain, the idle step of its Config.
func (n *Network) Play(ctx context.Context, ids []uint64, maxRounds int) error {
	if len(n.Parties) == 0 {
		return errors.New("netsim: no parties")
	}
	return PlayUntil(ctx, n.Sim, n.Parties[0].Market, ids, maxRounds, n.cfg.Idle, n.Tick)
}

// Slot is how far the first idle rounds after a block move the clock (SlotRounds of
// them), as a live chain seals a block every slot whether or not anyone sends one: a
// party may be waiting for blocks rather than time (an attester's segment comes from
// the hash of the block after its join), and an hour's jump would close its window.
const (
	Slot       = 12 * time.Second
	SlotRounds = 2
)

// PlayUntil calls tick (one round of every party) until every task of ids on market m
// has ended (finalized, failed or cancelled), then once more so that everyone records
// the outcome. A round in which no block was sealed seals an empty one: Slot after the
// head for the first SlotRounds such rounds after a round that sealed one, idle after
// it from then on. It gives up with ErrNotOver after maxRounds rounds.
func PlayUntil(ctx context.Context, c chain.Chain, m *onchain.Market, ids []uint64, maxRounds int, idle time.Duration,
	tick func(context.Context) error) error {
	quiet := 0 // idle rounds since the last round that sealed a block
	for round := 0; round < maxRounds; round++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		before, err := c.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("netsim: %w", err)
		}
		if err := tick(ctx); err != nil {
			return err
		}
		over := true
		for _, id := range ids {
			t, err := m.Task(ctx, id)
			if err != nil {
				return err
			}
			over = over && t.Status >= onchain.StatusFinalized
		}
		if over {
			return tick(ctx)
		}
		after, err := c.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("netsim: %w", err)
		}
		if after != before {
			quiet = 0
			continue
		}
		step := idle
		if quiet++; quiet <= SlotRounds {
			step = Slot
		}
		if err := c.Advance(ctx, step); err != nil {
			return fmt.Errorf("netsim: %w", err)
		}
	}
	return fmt.Errorf("%w after %d rounds", ErrNotOver, maxRounds)
}

// Close stops the checkpoint servers and the chain and removes the run folders.
func (n *Network) Close() error {
	n.mu.Lock()
	stops := n.stops
	n.stops = nil
	n.mu.Unlock()
	for _, stop := range stops {
		stop()
	}
	err := n.Sim.Close()
	if n.dir != "" {
		err = errors.Join(err, os.RemoveAll(n.dir))
	}
	return err
}
