package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/internal/faults"
	"github.com/veritrain/veritrain/internal/netsim"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

// Crash tests (issue 14, item 11): the solver and verifier processes are killed with
// SIGKILL (internal/faults: no deferred code runs, nothing is flushed) at chosen or
// random points, among them between sending a transaction and seeing its receipt, on a
// real `geth --dev`; each is started again, without the fault, on the same folders and
// account, and the task must end as an uninterrupted run does, with every commitment
// made exactly once on chain.

// faultCase is one task on its own market, played by one solver and one verifier
// process. Each daemon's list holds the VERITRAIN_FAULT of its successive starts: a
// start that dies by an injected SIGKILL is followed by the next, and after the list
// the daemon runs without a fault. A fixed case must die at every listed point, in
// order; a random one may die at any number of them.
type faultCase struct {
	name             string
	cheat            bool // the solver cheats (--cheat state): the verifier must get it slashed
	random           bool
	solver, verifier func(d deployResult) []string
}

var tmABI = taskmarket.NewTaskMarket().GetABI()

// sel is the market method's crash-point detail: its selector.
func sel(method string) string {
	m, ok := tmABI.Methods[method]
	if !ok {
		panic("no market method " + method)
	}
	return "0x" + hex.EncodeToString(m.ID)
}

// point is a fixed VERITRAIN_FAULT: the n-th time point reached with detail.
func point(name, detail string, n int) string {
	if detail != "" {
		name += "." + strings.ToLower(detail)
	}
	return name + ":" + strconv.Itoa(n)
}

func faultCases() []faultCase {
	none := func(deployResult) []string { return nil }
	cases := []faultCase{
		{name: "solver-sent", // killed after sending each of its commitments, and mid-training
			solver: func(d deployResult) []string {
				return []string{point("tx-sent", sel("claimTask"), 1), point("train-step", "", 6),
					point("tx-sent", sel("commitTrace"), 1), point("tx-sent", sel("finalize"), 1)}
			},
			verifier: none},
		{name: "solver-mined", // killed after the receipt, before it records anything
			solver: func(d deployResult) []string {
				return []string{point("tx-sent", sel("deposit"), 1), point("tx-mined", sel("claimTask"), 1),
					point("train-step", "", 1), point("tx-mined", sel("commitTrace"), 1)}
			},
			verifier: none},
		{name: "cheat-solver-moves", cheat: true, // a defence move sent, twice
			solver: func(d deployResult) []string {
				return []string{point("tx-sent", d.Game, 1), point("tx-sent", d.Game, 1)}
			},
			verifier: func(deployResult) []string { return []string{point("tx-sent", sel("challenge"), 1)} }},
		{name: "cheat-verifier-game", cheat: true, // challenged but no duel recorded; then its moves
			solver: func(deployResult) []string { return []string{point("tx-mined", sel("commitTrace"), 1)} },
			verifier: func(d deployResult) []string {
				return []string{point("challenged", "", 1), point("tx-sent", d.Game, 1), point("tx-sent", d.Game, 1)}
			}},
	}
	seeds := os.Getenv("VERITRAIN_FAULT_SEEDS")
	if seeds == "" {
		seeds = "1,2,3,4"
	}
	for _, s := range strings.Split(seeds, ",") {
		seed, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
		if err != nil {
			panic("VERITRAIN_FAULT_SEEDS: " + s)
		}
		random := func(role uint64) func(deployResult) []string {
			return func(deployResult) []string {
				// a start or two killed at random points, then none
				return []string{fmt.Sprintf("random:%d:0.1", seed*10+role), fmt.Sprintf("random:%d:0.1", seed*10+role+1000)}
			}
		}
		cases = append(cases, faultCase{name: fmt.Sprintf("random-%d", seed), cheat: seed%2 == 0, random: true,
			solver: random(1), verifier: random(2)})
	}
	return cases
}

// TestFaultsOnGeth plays faultCases, each on its own market of one `geth --dev` node,
// all at once. Every case checks: the task ended as an uninterrupted run ends it
// (honest: finalized with the trace an uninterrupted training makes, the solver paid
// its stake back and the reward; cheat: failed, the verifier's game won, the verifier
// paid); exactly one successful claimTask and commitTrace, at most one challenge (one
// with a cheat), one deposit by each daemon, none of these ever sent again and
// reverted; each start that was meant to die died by SIGKILL at its point, and the
// last start of each daemon exits 0 on SIGTERM. VERITRAIN_FAULT_SEEDS (default 1,2,3,4)
// names the random cases' seeds. It runs when geth is built (VERITRAIN_GETH=1 builds it).
func TestFaultsOnGeth(t *testing.T) {
	cases := faultCases()
	// Built with the faults tag: without it the binary ignores VERITRAIN_FAULT.
	e := newGethEnv(t, 1+3*len(cases), "faults")
	// Blocks every 250 ms: the chain's clock runs several times faster than the wall
	// clock (each block is a second after its parent at least), so an honest task's
	// challenge window passes in seconds; the cheat cases' windows and clocks are long
	// in chain time, so that no restart can make an honest party miss a deadline.
	e.mine(t, 250*time.Millisecond)
	want := honestTrace(t)
	scan := &chainScan{node: e.node}
	start := time.Now()
	var wg sync.WaitGroup
	for i, c := range cases {
		wg.Go(func() {
			t.Run(c.name, func(t *testing.T) { e.runFaultCase(t, c, 1+3*i, scan, want) })
		})
	}
	wg.Wait()
	t.Logf("%d cases in %.0f s", len(cases), time.Since(start).Seconds())
}

// trace is what an uninterrupted honest run commits.
type trace struct{ root, final string }

func honestTrace(t *testing.T) trace {
	t.Helper()
	spec, err := loadSpec("synthetic-relu", "", -1)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(spec)
	if err != nil {
		t.Fatal(err)
	}
	st := tr.Init()
	hashes := [][32]byte{st.Hash()}
	for i := range 8 {
		if st, _, err = tr.Step(st); err != nil {
			t.Fatal(err)
		}
		if (i+1)%4 == 0 {
			hashes = append(hashes, st.Hash())
		}
	}
	root, err := checkpoint.TraceRoot(hashes)
	if err != nil {
		t.Fatal(err)
	}
	return trace{root: hex.EncodeToString(root[:]), final: hex.EncodeToString(hashes[2][:])}
}

func (e *gethEnv) runFaultCase(t *testing.T, c faultCase, acc int, scan *chainScan, want trace) {
	solverAcc, verifierAcc, subAcc := acc, acc+1, acc+2
	solverAddr, verifierAddr := chain.DeterministicAccount(solverAcc).Address, chain.DeterministicAccount(verifierAcc).Address
	dep := e.deploy(t, subAcc)
	dir := filepath.Join(e.tmp, c.name)
	sargs := []string{"solver", "--listen", "127.0.0.1:0", "--dir", filepath.Join(dir, "solver"), "--allow-unjudged"}
	if c.cheat {
		sargs = append(sargs, "--cheat", "state")
	}
	sol := e.supervise(t, "solver", c.solver(dep), e.daemonArgs(dep.Market, solverAcc, sargs...)...)
	ver := e.supervise(t, "verifier", c.verifier(dep), e.daemonArgs(dep.Market, verifierAcc, "verifier", "--listen", "127.0.0.1:0",
		"--check-all", "--allow-unjudged", "--allow-private-urls", "--attest-dir", filepath.Join(dir, "verifier"))...)
	window := "90" // an honest task's challenge window must pass
	if c.cheat {
		window = "3600" // a cheat's ends with its game
	}
	id := e.submit(t, dep.Market, subAcc, "--claim-window", "3600", "--commit-window", "3600", "--challenge-window", window,
		"--game-clock", "3600")
	start := time.Now()

	m := onchain.NewMarket(e.node, common.HexToAddress(dep.Market), &bind.TransactOpts{From: solverAddr})
	wantStatus := onchain.StatusFinalized
	if c.cheat {
		wantStatus = onchain.StatusFailed
	}
	deadline := time.Now().Add(10 * time.Minute) // a liveness bound, not a timing claim
	for {
		tk, err := m.Task(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if tk.Status == wantStatus {
			break
		}
		if tk.Status == onchain.StatusFinalized || tk.Status == onchain.StatusFailed || tk.Status == onchain.StatusCancelled {
			t.Fatalf("task %d ended %s, want %s", id, onchain.StatusName(tk.Status), onchain.StatusName(wantStatus))
		}
		for _, d := range []*supervised{sol, ver} {
			if err := d.err(); err != nil {
				t.Fatal(err)
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("task %d still %s after 10 minutes", id, onchain.StatusName(tk.Status))
		}
		time.Sleep(time.Second)
	}
	took := time.Since(start)
	// every start meant to die has died, and the last one is up (it resumed)
	for _, d := range []*supervised{sol, ver} {
		d.settle(t, !c.random)
	}
	sol.stop(t)
	ver.stop(t)

	tv := e.status(t, dep.Market, id)
	free := func(a common.Address) *big.Int {
		v, err := m.Free(t.Context(), a)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	locked := func(a common.Address) *big.Int {
		v, err := m.Locked(t.Context(), a)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if !strings.EqualFold(tv.Solver, solverAddr.Hex()) {
		t.Errorf("task %d solved by %s, want %s", id, tv.Solver, solverAddr.Hex())
	}
	if locked(solverAddr).Sign() != 0 || locked(verifierAddr).Sign() != 0 {
		t.Errorf("stake still locked: solver %v, verifier %v", locked(solverAddr), locked(verifierAddr))
	}
	if c.cheat {
		// the one challenge on chain is the verifier's (counted below)
		if g := lastGame(tv); g == nil || g.Result != "challenger won" {
			t.Errorf("cheat's task %d: %+v (game %+v), want the challenger's game won", id, tv, g)
		}
		if free(verifierAddr).Cmp(chain.Ether(1)) <= 0 {
			t.Errorf("verifier's free balance %v: not paid for its won game", free(verifierAddr))
		}
	} else {
		if strings.TrimPrefix(strings.ToLower(tv.TraceRoot), "0x") != want.root ||
			strings.TrimPrefix(strings.ToLower(tv.FinalRoot), "0x") != want.final {
			t.Errorf("task %d committed trace %s final %s, an uninterrupted run %s %s", id, tv.TraceRoot, tv.FinalRoot, want.root, want.final)
		}
		if got, paid := free(solverAddr), chain.Ether(2+3); got.Cmp(paid) != 0 { // its stake back and the reward
			t.Errorf("solver's free balance %v, want %v", got, paid)
		}
	}

	// the chain's record: each commitment made once, none sent again
	txs := scan.to(t, common.HexToAddress(dep.Market))
	type key struct {
		method string
		from   common.Address
	}
	ok, reverted := map[key]int{}, map[key]int{}
	for _, x := range txs {
		k := key{x.method, x.from}
		switch {
		case x.ok:
			ok[k]++
		case x.outOfGas:
			// the dev chain's state-gas pricing can outgrow Transact's margin between the
			// estimate and the block: a retry, not a second commitment (the contract
			// refusing a repeat reverts before its gas runs out)
			t.Logf("%s from the %s ran out of gas and was sent again", x.method, roleOf(x.from, solverAddr))
		default:
			reverted[k]++
		}
	}
	challenges := 0
	if c.cheat {
		challenges = 1
	}
	expect := []struct {
		method string
		from   common.Address
		n      int
	}{
		{"claimTask", solverAddr, 1}, {"commitTrace", solverAddr, 1}, {"deposit", solverAddr, 1},
		{"deposit", verifierAddr, 1}, {"challenge", verifierAddr, challenges},
	}
	for _, x := range expect {
		if got := ok[key{x.method, x.from}]; got != x.n {
			t.Errorf("%d successful %s from the %s, want %d", got, x.method, roleOf(x.from, solverAddr), x.n)
		}
		if got := reverted[key{x.method, x.from}]; got != 0 {
			t.Errorf("%d %s from the %s refused by the market: a commitment sent again", got, x.method, roleOf(x.from, solverAddr))
		}
	}
	var others []string
	for k, n := range ok {
		if k.method == "claimTask" || k.method == "commitTrace" || k.method == "challenge" {
			if k.from != solverAddr && k.from != verifierAddr {
				others = append(others, fmt.Sprintf("%s×%d from %s", k.method, n, k.from.Hex()))
			}
		}
	}
	if len(others) > 0 {
		t.Errorf("commitments by other accounts: %v", others)
	}
	moves := 0
	if g := lastGame(tv); g != nil {
		moves = int(g.Moves)
	}
	t.Logf("task %d %s %.0f s after posting (%d game moves); solver killed at %v, verifier at %v", id, tv.Status,
		took.Seconds(), moves, readable(sol.killed(), dep), readable(ver.killed(), dep))
}

// readable names the selectors and contracts in crash points (tx-sent.0x62429fd6 is
// tx-sent.commitTrace; the game's address is "game", the market's is dropped).
func readable(points []string, d deployResult) []string {
	out := make([]string, len(points))
	for i, p := range points {
		parts := strings.Split(p, ".")
		var keep []string
		for _, x := range parts {
			switch b, err := hex.DecodeString(strings.TrimPrefix(x, "0x")); {
			case strings.EqualFold(x, d.Market):
			case strings.EqualFold(x, d.Game):
				keep = append(keep, "game")
			case err == nil && len(b) == 4:
				if m, err := tmABI.MethodById(b); err == nil {
					x = m.Name
				}
				keep = append(keep, x)
			default:
				keep = append(keep, x)
			}
		}
		out[i] = strings.Join(keep, ".")
	}
	return out
}

func roleOf(a, solver common.Address) string {
	if a == solver {
		return "solver"
	}
	return "verifier"
}

// supervised is a daemon started again, on the same arguments, each time an injected
// fault kills it.
type supervised struct {
	e        *gethEnv
	name     string
	args     []string
	faults   []string
	mu       sync.Mutex
	procs    []*proc // every start, the current one last
	kills    []string
	failed   error // an exit that was no injected fault
	stopping bool
	wg       sync.WaitGroup
}

// supervise starts the daemon with the first fault and watches it.
func (e *gethEnv) supervise(t *testing.T, name string, faultList []string, args ...string) *supervised {
	t.Helper()
	s := &supervised{e: e, name: name, args: args, faults: faultList}
	p, err := s.spawn(0)
	if err != nil {
		t.Fatal(err)
	}
	s.procs = append(s.procs, p)
	s.wg.Go(s.watch)
	t.Cleanup(func() {
		s.mu.Lock()
		s.stopping = true
		procs := slicesClone(s.procs)
		s.mu.Unlock()
		for _, p := range procs {
			select {
			case <-p.done:
			default:
				p.cmd.Process.Kill()
				<-p.done
			}
		}
		s.wg.Wait()
		if t.Failed() {
			for i, p := range procs {
				l := p.lines()
				t.Logf("%s start %d (%s), last log lines:\n%s", name, i+1, s.faultOf(i), strings.Join(l[max(0, len(l)-15):], "\n"))
			}
		}
	})
	return s
}

func slicesClone[T any](s []T) []T { return append([]T(nil), s...) }

func (s *supervised) faultOf(start int) string {
	if start < len(s.faults) {
		return faults.Env + "=" + s.faults[start]
	}
	return "no fault"
}

func (s *supervised) spawn(start int) (*proc, error) {
	f := ""
	if start < len(s.faults) {
		f = s.faults[start]
	}
	return spawn(s.e.bin, fmt.Sprintf("%s#%d", s.name, start+1), []string{faults.Env + "=" + f}, s.args...)
}

// faultKill is the point named by an injected SIGKILL that ended p, or false if p ended
// otherwise.
func faultKill(p *proc) (string, bool) {
	ws, ok := p.cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		return "", false
	}
	for _, l := range p.lines() {
		if at, ok := strings.CutPrefix(l, "faults: SIGKILL at "); ok {
			at, _, _ = strings.Cut(at, " (") // the count follows
			return at, true
		}
	}
	return "", false
}

func (s *supervised) watch() {
	for {
		s.mu.Lock()
		p := s.procs[len(s.procs)-1]
		s.mu.Unlock()
		<-p.done
		s.mu.Lock()
		if s.stopping {
			s.mu.Unlock()
			return
		}
		at, ok := faultKill(p)
		if !ok {
			l := p.lines()
			s.failed = fmt.Errorf("%s (%s) exited with %v, no injected fault:\n%s", p.name, s.faultOf(len(s.procs)-1),
				p.cmd.ProcessState, strings.Join(l[max(0, len(l)-15):], "\n"))
			s.mu.Unlock()
			return
		}
		s.kills = append(s.kills, at)
		np, err := s.spawn(len(s.procs))
		if err != nil {
			s.failed = err
			s.mu.Unlock()
			return
		}
		s.procs = append(s.procs, np)
		s.mu.Unlock()
	}
}

func (s *supervised) err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.failed
}

func (s *supervised) killed() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slicesClone(s.kills)
}

// settle waits until the daemon's current start is past its faults (all of them when
// every one must fire) and has started up: it logged that it runs.
func (s *supervised) settle(t *testing.T, all bool) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Minute) // a liveness bound
	for {
		if err := s.err(); err != nil {
			t.Fatal(err)
		}
		s.mu.Lock()
		cur, n := s.procs[len(s.procs)-1], len(s.procs)
		s.mu.Unlock()
		if !all || n > len(s.faults) {
			if cur.logged(s.name + " running") {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: start %d (%s) neither died at its fault nor came up in 3 minutes (killed at %v)", s.name, n,
				s.faultOf(n-1), s.killed())
		}
		time.Sleep(200 * time.Millisecond)
	}
	if all {
		// each start died at the point it was given
		for i, at := range s.killed() {
			want, _, _ := strings.Cut(s.faults[i], ":")
			if at != want {
				t.Errorf("%s start %d died at %s, want %s", s.name, i+1, at, want)
			}
		}
	}
}

// stop ends the current start with SIGTERM: it must exit 0 (unless a random fault
// killed it first).
func (s *supervised) stop(t *testing.T) {
	t.Helper()
	s.mu.Lock()
	s.stopping = true // no start after this one
	p := s.procs[len(s.procs)-1]
	s.mu.Unlock()
	defer s.wg.Wait()
	select {
	case <-p.done:
		if _, ok := faultKill(p); !ok {
			t.Errorf("%s exited before SIGTERM: %v", p.name, p.cmd.ProcessState)
		}
		return
	default:
	}
	p.stop(t)
}

// logged reports whether p logged a JSON line with message msg.
func (p *proc) logged(msg string) bool {
	for _, l := range p.lines() {
		if strings.Contains(l, `"msg":"`+msg+`"`) {
			return true
		}
	}
	return false
}

// chainScan reads the chain's transactions once, for every case.
type chainScan struct {
	node interface {
		ChainID(context.Context) (*big.Int, error)
		BlockNumber(context.Context) (uint64, error)
		BlockByNumber(context.Context, *big.Int) (*types.Block, error)
		TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error)
	}
	mu     sync.Mutex
	next   uint64
	txs    []scannedTx
	signer types.Signer
}

type scannedTx struct {
	from, to common.Address
	method   string // the market method, or the selector in hex
	ok       bool
	outOfGas bool // reverted having used all its gas: an estimate too low, not a refusal
}

// to is every transaction to address `to` up to the head.
func (c *chainScan) to(t *testing.T, to common.Address) []scannedTx {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	ctx := t.Context()
	if c.signer == nil {
		id, err := c.node.ChainID(ctx)
		if err != nil {
			t.Fatal(err)
		}
		c.signer = types.LatestSignerForChainID(id)
	}
	head, err := c.node.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	miner := chain.DeterministicAccount(0).Address
	for ; c.next <= head; c.next++ {
		blk, err := c.node.BlockByNumber(ctx, new(big.Int).SetUint64(c.next))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() == miner { // deployments, the mining loop's blocks
				continue
			}
			r, err := c.node.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			from, err := types.Sender(c.signer, tx)
			if err != nil {
				t.Fatal(err)
			}
			x := scannedTx{from: from, to: *tx.To(), ok: r.Status == types.ReceiptStatusSuccessful}
			x.outOfGas = !x.ok && r.GasUsed == tx.Gas()
			if d := tx.Data(); len(d) >= 4 {
				x.method = "0x" + hex.EncodeToString(d[:4])
				if m, err := tmABI.MethodById(d[:4]); err == nil {
					x.method = m.Name
				}
			}
			c.txs = append(c.txs, x)
		}
	}
	var out []scannedTx
	for _, x := range c.txs {
		if x.to == to {
			out = append(out, x)
		}
	}
	return out
}

// TestFaultsPendingClaimOnRestart: a solver killed after sending its claim and started
// again while the claim is still pending (any chain whose blocks take longer than a
// restart; geth --dev seals at once, so TestFaultsOnGeth cannot show it) must take the
// task over once the claim is mined: neither claim it a second time (that transaction
// reverts) nor leave it untrained until its stake is slashed.
func TestFaultsPendingClaimOnRestart(t *testing.T) {
	ctx := t.Context()
	sim, err := chain.NewSim(chain.WithAccounts(4), chain.WithOsakaRules(), chain.WithAutoMine(false))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	// blocks are sealed every few milliseconds while sealing is on
	var sealing atomic.Bool
	sealing.Store(true)
	mining, stopMining := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		for mining.Err() == nil {
			if sealing.Load() {
				_ = sim.Mine(mining)
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
	t.Cleanup(func() { stopMining(); wg.Wait() })

	_, marketAt, _, err := netsim.Deploy(ctx, sim, 0, netsim.Contracts{FanoutBits: 4, UnbondingDelay: 3600,
		Treasury: sim.Accounts()[0].Address, WinnerShareBps: 5000})
	if err != nil {
		t.Fatal(err)
	}
	marketOf := func(acc int) *onchain.Market {
		o, err := chain.Transactor(ctx, sim, acc)
		if err != nil {
			t.Fatal(err)
		}
		return onchain.NewMarket(sim, marketAt, o)
	}
	sn := &smallNet{}
	if sn.spec, err = train.Builtin("synthetic-relu"); err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(sn.spec)
	if err != nil {
		t.Fatal(err)
	}
	opts := task.Options{AllowUnjudged: true}
	if sn.tk, err = task.Build(ctx, tr, 8, 4, opts); err != nil {
		t.Fatal(err)
	}
	head, err := sim.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	const day = 24 * 3600
	id, err := marketOf(3).Post(ctx, sn.tk.Roots(), taskmarket.TaskMarketTerms{SolverStake: chain.Ether(2),
		ChallengerBond: chain.Ether(1), ClaimBy: head.Time + day, CommitWindow: day, ChallengeWindow: day, GameClock: 3600}, chain.Ether(3))
	if err != nil {
		t.Fatal(err)
	}
	m := marketOf(1)
	if err := m.Deposit(ctx, chain.Ether(2)); err != nil { // the stake, so that the claim is the first transaction
		t.Fatal(err)
	}
	cfg := solver.Config{Market: m, Specs: task.BuiltinSpecs, Dir: t.TempDir(), Stake: chain.Ether(2), Task: opts}
	pending := func() bool {
		p, err := sim.PendingNonceAt(ctx, m.Me())
		if err != nil {
			t.Fatal(err)
		}
		l, err := sim.NonceAt(ctx, m.Me(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return p > l
	}
	sent, err := sim.NonceAt(ctx, m.Me(), nil) // the claim's nonce
	if err != nil {
		t.Fatal(err)
	}
	nonce := func() uint64 {
		p, err := sim.PendingNonceAt(ctx, m.Me())
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(time.Minute); !cond(); time.Sleep(5 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("no %s in a minute", what)
			}
		}
	}

	// the first process sends its claim and dies before the block that holds it
	sealing.Store(false)
	s1, err := solver.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx1, kill := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- s1.Tick(ctx1) }()
	waitFor("claim sent", pending)
	kill()
	<-done

	// the second starts on the same folder while the claim is pending
	s2, err := solver.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	go func() { done <- s2.Tick(ctx) }()
	var first error
	returned := false
	waitFor("decision", func() bool {
		select {
		case first = <-done:
			returned = true
			return true
		default:
			return nonce() > sent+1 // it sent something more than the claim
		}
	})
	sealing.Store(true)
	if !returned {
		first = <-done
	}
	// it ticks on as the daemon would, until the chain holds the claim and nothing of
	// this account is pending (a few blocks)
	for i := 0; i < 100 && (s2.InHand() == 0 || pending()); i++ {
		if err := s2.Tick(ctx); err != nil {
			t.Logf("tick: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	tk, err := m.Task(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if tk.Solver != m.Me() || tk.Status == onchain.StatusOpen {
		t.Fatalf("task %d: status %d, solver %s: the first claim was lost", id, tk.Status, tk.Solver.Hex())
	}
	claims, reverted := 0, 0
	for _, x := range (&chainScan{node: sim}).to(t, marketAt) {
		if x.method == "claimTask" && x.ok {
			claims++
		} else if x.method == "claimTask" {
			reverted++
		}
	}
	if s2.InHand() != 1 || claims != 1 || reverted != 0 {
		t.Errorf("restarted solver (first tick: %v) holds %d tasks (want 1); claims on chain: %d mined, %d reverted (want 1, 0): "+
			"it claimed again instead of waiting for its pending claim, and dropped the task it holds on chain",
			first, s2.InHand(), claims, reverted)
	}
}
