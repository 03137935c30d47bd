package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/internal/netsim"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
)

// Accounts: 0 deploys, 1 is the treasury, 2 submits, then the solvers, then the verifiers.
const (
	accDeployer  = 0
	accTreasury  = 1
	accSubmitter = 2
	accFirst     = 3
)

// Config is one benchmark: the same tasks are run with Verifiers verifiers, then
// with none.
type Config struct {
	Tasks      int
	Solvers    int // the last one cheats now and then
	Verifiers  int
	CheatEvery int  // the cheater cheats on a task it claims with probability 1/CheatEvery
	CheckAll   bool // verifiers re-run every segment, not only their assigned one
	Model      string
	Steps      uint64
	Interval   uint64
	Seed       uint64
	Log        *slog.Logger
	// Label sets the profiler labels role and party on each party's tick (and the
	// goroutines it starts), so a CPU profile splits by party.
	Label bool
}

// Party is one account's outcome.
type Party struct {
	Name        string  `json:"name"`
	Role        string  `json:"role"`
	Address     string  `json:"address"`
	CPUSeconds  float64 `json:"cpu_seconds"`  // process CPU time in its ticks
	WallSeconds float64 `json:"wall_seconds"` // wall time in its ticks
	Tasks       int     `json:"tasks"`        // claimed (solvers) or challenged (verifiers)
	Rewards     string  `json:"rewards_eth"`  // task rewards received (paid out, for the submitter)
	Won         string  `json:"won_eth"`      // shares of slashed stakes and bonds received
	Lost        string  `json:"lost_eth"`     // own stake or bond slashed
	Gas         uint64  `json:"gas"`
	GasETH      string  `json:"gas_eth"`
	Profit      string  `json:"profit_eth"` // holdings (balance + free + locked) at the end minus at the start
}

// Task is one task's outcome.
type Task struct {
	ID     uint64 `json:"id"`
	Solver string `json:"solver"`
	Cheat  string `json:"cheat"` // the cheater's cheat on this task, "" if honest
	Status string `json:"status"`
	// CommitToEnd is the time from the trace commitment to the task's end (payment or
	// slashing), in chain seconds and wall seconds.
	CommitToEndChain uint64  `json:"commit_to_end_chain_s"`
	CommitToEndWall  float64 `json:"commit_to_end_wall_s"`
	Challenged       bool    `json:"challenged"`
}

// Run is one run of the network.
type Run struct {
	Verifiers      int     `json:"verifiers"`
	WallSeconds    float64 `json:"wall_seconds"`
	TaskSeconds    float64 `json:"wall_seconds_per_task"` // WallSeconds / tasks
	SolverCPU      float64 `json:"solver_cpu_seconds"`
	VerifierCPU    float64 `json:"verifier_cpu_seconds"`
	VerifierPct    float64 `json:"verifier_cpu_pct_of_solver"`
	Cheats         int     `json:"cheats"`
	Caught         int     `json:"cheats_slashed"`
	HonestSlashed  int     `json:"honest_slashed"`
	DisputeMoves   int     `json:"dispute_moves"` // moves the game accepted (Moved logs), timeouts included
	GasUsed        uint64  `json:"gas_used"`
	SlashChainMean float64 `json:"commit_to_slash_chain_s_mean"`
	SlashWallMean  float64 `json:"commit_to_slash_wall_s_mean"`
	Tasks          []Task  `json:"tasks"`
	Parties        []Party `json:"parties"`
}

// run plays cfg's tasks on a fresh network with `verifiers` verifiers.
func run(ctx context.Context, cfg Config, verifiers int) (*Run, error) {
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	spec, err := train.Builtin(cfg.Model)
	if err != nil {
		return nil, err
	}
	opts := task.Options{AllowUnjudged: true}
	tr, err := train.NewTrainer(spec)
	if err != nil {
		return nil, err
	}
	tk, err := task.Build(ctx, tr, cfg.Steps, cfg.Interval, opts)
	if err != nil {
		return nil, err
	}
	n, err := netsim.New(ctx, netsim.Config{Accounts: accFirst + cfg.Solvers + verifiers, Deployer: accDeployer,
		Treasury: accTreasury, Log: log})
	if err != nil {
		return nil, err
	}
	defer n.Close()
	start, err := n.Sim.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	accounts := n.Sim.Accounts()
	sub, err := n.MarketOf(ctx, accSubmitter)
	if err != nil {
		return nil, err
	}
	holdings := func() (map[common.Address]*big.Int, error) {
		h := map[common.Address]*big.Int{}
		for _, a := range accounts {
			bal, err := n.Sim.BalanceAt(ctx, a.Address, nil)
			if err != nil {
				return nil, err
			}
			free, err := sub.Free(ctx, a.Address)
			if err != nil {
				return nil, err
			}
			locked, err := sub.Locked(ctx, a.Address)
			if err != nil {
				return nil, err
			}
			h[a.Address] = bal.Add(bal, free.Add(free, locked))
		}
		return h, nil
	}
	before, err := holdings()
	if err != nil {
		return nil, err
	}

	// the solvers: all honest but the last, which cheats on a task now and then with a
	// cheat drawn at random (a new daemon for its account before each claim)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6e6574776f726b)) // "network"
	cheats := map[uint64]string{}
	names := map[common.Address]string{}
	for i := range cfg.Solvers {
		acc := accFirst + i
		name := fmt.Sprintf("solver-%d", i+1)
		if i == cfg.Solvers-1 {
			name = "cheater"
		}
		p, err := n.AddSolver(ctx, acc, name, solver.Config{Specs: task.BuiltinSpecs, Stake: chain.Ether(2), Task: opts})
		if err != nil {
			return nil, err
		}
		names[accounts[acc].Address] = name
		if name == "cheater" {
			c := &cheater{n: n, p: p, tk: tk, rng: rng, every: cfg.CheatEvery, opts: opts, cheats: cheats, log: log}
			p.BeforeTick = c.beforeTick
		}
	}
	for i := range verifiers {
		acc := accFirst + cfg.Solvers + i
		name := fmt.Sprintf("verifier-%d", i+1)
		if _, err := n.AddVerifier(ctx, acc, name, verifier.Config{Specs: task.BuiltinSpecs, Bond: chain.Ether(1), Task: opts,
			CheckAll: cfg.CheckAll}); err != nil {
			return nil, err
		}
		names[accounts[acc].Address] = name
	}
	names[accounts[accSubmitter].Address] = "submitter"
	names[accounts[accTreasury].Address] = "treasury"

	head, err := n.Sim.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	const day = 24 * 3600
	terms := taskmarket.TaskMarketTerms{SolverStake: chain.Ether(2), ChallengerBond: chain.Ether(1), ClaimBy: head.Time + 365*day,
		CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
	ids := make([]uint64, cfg.Tasks)
	wall := time.Now()
	for i := range ids {
		if ids[i], err = sub.Post(ctx, tk.Roots(), terms, chain.Ether(2)); err != nil {
			return nil, err
		}
	}
	if err := play(ctx, n, ids, 2000*cfg.Tasks, cfg.Label, verifiers); err != nil {
		return nil, err
	}
	r := &Run{Verifiers: verifiers, WallSeconds: time.Since(wall).Seconds()}
	r.TaskSeconds = r.WallSeconds / float64(cfg.Tasks)
	after, err := holdings()
	if err != nil {
		return nil, err
	}
	if err := r.account(ctx, n, sub, ids, start, names, cheats, before, after); err != nil {
		return nil, err
	}
	return r, nil
}

// play plays the network until the tasks have ended; label: each party's tick runs
// under the profiler labels role, party and verifiers (the run's), and the chain's
// work between rounds under none.
func play(ctx context.Context, n *netsim.Network, ids []uint64, rounds int, label bool, verifiers int) error {
	if !label {
		return n.Play(ctx, ids, rounds)
	}
	for _, p := range n.Parties {
		before, lctx := p.BeforeTick, pprof.WithLabels(ctx, pprof.Labels("role", p.Role, "party", p.Name, "verifiers", strconv.Itoa(verifiers)))
		p.BeforeTick = func(ctx context.Context) error {
			pprof.SetGoroutineLabels(lctx) // Tick calls BeforeTick then the tick, on this goroutine
			if before != nil {
				return before(ctx)
			}
			return nil
		}
	}
	// n.Play with the default idle step (netsim.Config.Idle: an hour), unlabelled after
	// each round
	return netsim.PlayUntil(ctx, n.Sim, n.Parties[0].Market, ids, rounds, time.Hour, func(ctx context.Context) error {
		defer pprof.SetGoroutineLabels(ctx)
		return n.Tick(ctx)
	})
}

// cheater replaces the cheating solver's daemon before each claim with one that cheats
// on the next task with probability 1/every (a random cheat) or is honest.
type cheater struct {
	n      *netsim.Network
	p      *netsim.Party
	tk     *task.Task
	rng    *rand.Rand
	every  int
	opts   task.Options
	cheats map[uint64]string // task -> the cheat played on it
	log    *slog.Logger
	k      int    // daemons made
	cheat  string // the current daemon's cheat
	claims int    // tasks this account had claimed when the current daemon started
}

func (c *cheater) beforeTick(ctx context.Context) error {
	m := c.p.Market
	count, err := m.TaskCount(ctx)
	if err != nil {
		return err
	}
	claimed, live := 0, false
	var last uint64
	for id := uint64(1); id <= count; id++ {
		t, err := m.Task(ctx, id)
		if err != nil {
			return err
		}
		if t.Solver != m.Me() {
			continue
		}
		claimed++
		last = max(last, id)
		live = live || (t.Status >= onchain.StatusClaimed && t.Status <= onchain.StatusDisputed)
	}
	if c.k > 0 && claimed > c.claims && c.cheat != "none" {
		c.cheats[last] = c.cheat
	}
	if live || (c.k > 0 && claimed == c.claims) {
		return nil // a task in hand, or the current daemon has not claimed yet
	}
	c.cheat = "none"
	if c.rng.IntN(c.every) == 0 {
		c.cheat = netsim.Cheats[1+c.rng.IntN(len(netsim.Cheats)-1)]
	}
	sc, err := netsim.Cheat(c.cheat, c.tk)
	if err != nil {
		return err
	}
	c.k++
	s, err := solver.New(solver.Config{Market: m, Specs: task.BuiltinSpecs, Dir: filepath.Join(c.n.Dir(), fmt.Sprintf("cheater-%d", c.k)),
		Stake: chain.Ether(2), Task: c.opts, Announce: &onchain.Announcement{Role: "solver", URL: c.p.URL}, Fault: sc.Fault, Stall: sc.Stall, Fabricate: sc.Fabricate, Withhold: sc.Withhold,
		Log: c.log.With("solver", "cheater", "cheat", c.cheat)})
	if err != nil {
		return err
	}
	c.p.SetSolver(s)
	c.claims = claimed
	return nil
}

var (
	tm           = taskmarket.NewTaskMarket()
	errNoCommits = errors.New("network: a task ended without a commitment")
)

// account reads the run's outcome from the chain: each task's path, each party's
// money, gas and compute.
func (r *Run) account(ctx context.Context, n *netsim.Network, sub *onchain.Market, ids []uint64, start uint64,
	names map[common.Address]string, cheats map[uint64]string, before, after map[common.Address]*big.Int) error {
	end, err := n.Sim.BlockNumber(ctx)
	if err != nil {
		return err
	}
	logs, err := n.Sim.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(start + 1),
		ToBlock: new(big.Int).SetUint64(end), Addresses: []common.Address{n.Market}})
	if err != nil {
		return err
	}
	type stamp struct {
		chain uint64
		wall  time.Time
	}
	at := func(l types.Log) (stamp, error) {
		h, err := n.Sim.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
		if err != nil {
			return stamp{}, err
		}
		w, _ := n.SentAt(l.TxHash)
		return stamp{h.Time, w}, nil
	}
	committed, ended, challenged := map[uint64]stamp{}, map[uint64]stamp{}, map[uint64]bool{}
	won, lost, rewards := map[common.Address]*big.Int{}, map[common.Address]*big.Int{}, map[common.Address]*big.Int{}
	add := func(m map[common.Address]*big.Int, a common.Address, v *big.Int) {
		if m[a] == nil {
			m[a] = new(big.Int)
		}
		m[a].Add(m[a], v)
	}
	for _, l := range logs {
		if len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case tm.GetABI().Events["TraceCommitted"].ID:
			if committed[l.Topics[1].Big().Uint64()], err = at(l); err != nil {
				return err
			}
		case tm.GetABI().Events["Challenged"].ID:
			challenged[l.Topics[1].Big().Uint64()] = true
		case tm.GetABI().Events["TaskFinalized"].ID:
			if ended[l.Topics[1].Big().Uint64()], err = at(l); err != nil {
				return err
			}
		case tm.GetABI().Events["Slashed"].ID:
			e, err := tm.UnpackSlashedEvent(&l)
			if err != nil {
				return err
			}
			add(lost, e.Who, e.Amount)
			add(won, e.Winner, e.Paid)
		}
	}
	solverOf := map[common.Address]int{}
	for _, id := range ids {
		t, err := sub.Task(ctx, id)
		if err != nil {
			return err
		}
		tk := Task{ID: id, Solver: names[t.Solver], Cheat: cheats[id], Status: onchain.StatusName(t.Status), Challenged: challenged[id]}
		solverOf[t.Solver]++
		c, ok := committed[id]
		e, ok2 := ended[id]
		if !ok || !ok2 {
			return fmt.Errorf("%w: task %d", errNoCommits, id)
		}
		tk.CommitToEndChain, tk.CommitToEndWall = e.chain-c.chain, e.wall.Sub(c.wall).Seconds()
		if t.Status == onchain.StatusFinalized {
			add(rewards, t.Solver, t.Reward)
			add(rewards, t.Submitter, new(big.Int).Neg(t.Reward))
		}
		if tk.Cheat != "" {
			r.Cheats++
			if t.Status == onchain.StatusFailed {
				r.Caught++
				r.SlashChainMean += float64(tk.CommitToEndChain)
				r.SlashWallMean += tk.CommitToEndWall
			}
		} else if t.Status == onchain.StatusFailed {
			r.HonestSlashed++
		}
		r.Tasks = append(r.Tasks, tk)
	}
	if r.Caught > 0 {
		r.SlashChainMean /= float64(r.Caught)
		r.SlashWallMean /= float64(r.Caught)
	}

	// gas: every transaction since the deployment, by sender
	gas, fee := map[common.Address]uint64{}, map[common.Address]*big.Int{}
	id, err := n.Sim.ChainID(ctx)
	if err != nil {
		return err
	}
	signer := types.LatestSignerForChainID(id)
	for b := start + 1; b <= end; b++ {
		blk, err := n.Sim.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			return err
		}
		r.GasUsed += blk.GasUsed()
		for _, tx := range blk.Transactions() {
			from, err := types.Sender(signer, tx)
			if err != nil {
				return err
			}
			rc, err := n.Sim.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return err
			}
			gas[from] += rc.GasUsed
			add(fee, from, new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice))
		}
	}
	// moves as the daemons see them: the game's Moved logs, however they were sent
	moves, err := onchain.MoveLogs(ctx, n.Sim, n.Game, nil, start+1, end)
	if err != nil {
		return err
	}
	for i := range moves {
		if _, err := onchain.DecodeMoveLog(&moves[i]); err != nil {
			return fmt.Errorf("network: %w", err)
		}
	}
	r.DisputeMoves = len(moves)

	// exact (wei): the parts of a profit add up to it to the last digit
	eth := func(v *big.Int) string { return chain.FormatEther(v, -1) }
	row := func(name, role string, a common.Address, cpu, wall time.Duration, tasks int) Party {
		return Party{Name: name, Role: role, Address: a.Hex(), CPUSeconds: cpu.Seconds(), WallSeconds: wall.Seconds(), Tasks: tasks,
			Rewards: eth(rewards[a]), Won: eth(won[a]), Lost: eth(lost[a]), Gas: gas[a], GasETH: eth(fee[a]),
			Profit: eth(new(big.Int).Sub(after[a], before[a]))}
	}
	for _, p := range n.Parties {
		a := p.Market.Me()
		tasks := solverOf[a]
		if p.Role == "verifier" {
			tasks = p.Verifier.Challenged
			r.VerifierCPU += p.CPU.Seconds()
		} else {
			r.SolverCPU += p.CPU.Seconds()
		}
		r.Parties = append(r.Parties, row(p.Name, p.Role, a, p.CPU, p.Wall, tasks))
	}
	accs := n.Sim.Accounts()
	r.Parties = append(r.Parties, row("submitter", "submitter", accs[accSubmitter].Address, 0, 0, len(ids)),
		row("treasury", "treasury", accs[accTreasury].Address, 0, 0, 0))
	if r.SolverCPU > 0 {
		r.VerifierPct = 100 * r.VerifierCPU / r.SolverCPU
	}
	slices.SortFunc(r.Tasks, func(a, b Task) int { return int(a.ID) - int(b.ID) })
	return nil
}
