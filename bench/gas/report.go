package main

import (
	"fmt"
	"maps"
	"math/big"
	"sort"
	"strings"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// Size is one cell of the dispute grid.
type Size struct {
	Steps    uint64 // steps in the disputed segment
	Nodes    uint32 // nodes in the step graph
	TraceOps int    // scalar ops of the disputed element
}

// Dispute is what one whole dispute cost.
type Dispute struct {
	Size
	Moves     int    // game moves (both parties), the opening challenge and the settlement not counted
	Total     uint64 // gas of challenge + every move + settle
	Worst     moveGas
	OneStep   uint64 // the final defendStep (the on-chain float32 operation)
	Challenge uint64
	Settle    uint64
	Winner    model.Result
}

// Grid is the sizes the report covers.
var Grid = func() []Size {
	var g []Size
	for _, s := range []uint64{1e3, 1e5, 1e6} {
		for _, n := range []uint32{1e2, 1e4} {
			g = append(g, Size{Steps: s, Nodes: n, TraceOps: 1000})
		}
	}
	return g
}()

// Goals of the issue for the largest size.
const (
	GoalTotalGas   = 3_000_000
	GoalMoves      = 60
	GoalOneStepGas = 300_000
)

const (
	outRows, outCols = 256, 256
	gameClock        = 3600
)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// runDispute plays one whole dispute of size sz through the market: a lying solver's
// commitment, an honest challenger, the game to its one-step check, the settlement.
func runDispute(d *driver, sz Size, seed uint64) (Dispute, error) {
	sx, err := model.NewSynthetic(model.SynthConfig{SegLen: sz.Steps, Nodes: sz.Nodes, TraceOps: sz.TraceOps,
		Rows: outRows, Cols: outCols, Seed: seed}, gameClock)
	if err != nil {
		return Dispute{Size: sz}, err
	}
	return playDispute(d, sx, sz)
}

// playDispute plays synthetic dispute sx (of size sz) through the market.
func playDispute(d *driver, sx *model.Synthetic, sz Size) (Dispute, error) {
	res := Dispute{Size: sz}
	tm := d.tm
	for _, a := range []int{accSolver, accChallenger} {
		if _, err := d.send("deposit", a, d.market, tm.PackDeposit(), eth(10)); err != nil {
			return res, err
		}
	}
	h, err := d.sim.HeaderByNumber(d.ctx, nil)
	if err != nil {
		return res, err
	}
	spec := taskmarket.TaskMarketSpec{SpecHash: [32]byte{1}, NodesRoot: sx.Setup.NodesRoot, StateMapRoot: sx.Setup.StateMapRoot,
		DataRoot: sx.Setup.DataRoot, InitRoot: sx.Setup.Agreed, Steps: sz.Steps, Interval: sz.Steps, NumNodes: sz.Nodes,
		StateDepth: sx.Setup.StateDepth}
	terms := taskmarket.TaskMarketTerms{SolverStake: eth(2), ChallengerBond: eth(1), ClaimBy: h.Time + 86400,
		CommitWindow: 86400, ChallengeWindow: 86400, GameClock: gameClock}
	if _, err := d.send("postTask", accSubmitter, d.market, tm.PackPostTask(spec, terms, onchain.NoAudit()), eth(1)); err != nil {
		return res, err
	}
	id := callU(d, tm.PackTaskCount(), tm.UnpackTaskCount)
	if _, err := d.send("claimTask", accSolver, d.market, tm.PackClaimTask(id, [32]byte{}), nil); err != nil {
		return res, err
	}
	trace := model.NewTree([][32]byte{sx.Setup.Agreed, sx.Setup.Disputed})
	if _, err := d.send("commitTrace", accSolver, d.market, tm.PackCommitTrace(id, trace.Leaves()), nil); err != nil {
		return res, err
	}
	r, err := d.send("challenge", accChallenger, d.market, tm.PackChallenge(id, taskmarket.TaskMarketChallenge{Segment: 0,
		Start: trace.Leaf(0), StartProof: p32(trace.Prove(0)), End: trace.Leaf(1), EndProof: p32(trace.Prove(1))}), nil)
	if err != nil {
		return res, err
	}
	res.Challenge = r.GasUsed
	game, err := onchain.OpenedGame(r, d.market.Address())
	if err != nil {
		return res, err
	}
	now, err := d.now(r)
	if err != nil {
		return res, err
	}
	g, err := model.New(sx.Setup, FanoutBits, now)
	if err != nil {
		return res, err
	}
	ref := &chainRef{d: d, id: callU(d, d.pg.PackGameCount(), d.pg.UnpackGameCount), g: g}
	winner, _, err := model.Play(ref, sx.Solver(), sx.Challenger(), nil, 0)
	if err != nil {
		return res, err
	}
	res.Winner = winner
	if r, err = d.send("settle", accOutsider, d.market, tm.PackSettle(id, game), nil); err != nil {
		return res, err
	}
	res.Settle = r.GasUsed
	res.Total = res.Challenge + res.Settle
	for _, m := range ref.moves {
		res.Moves++
		res.Total += m.Gas
		if m.Gas > res.Worst.Gas {
			res.Worst = m
		}
		if m.Name == "defendStep" {
			res.OneStep = m.Gas
		}
	}
	return res, nil
}

func callU[T any](d *driver, data []byte, unpack func([]byte) (T, error)) T {
	v, err := callErr(d, data, unpack)
	if err != nil {
		panic(err) // a view of a deployed contract: only a broken chain fails it
	}
	return v
}

// runOthers exercises what the big disputes do not: the assembly path, a timeout,
// withdrawals, cancellation, payment and a missed deadline.
func runOthers(d *driver) error {
	truth, liar := model.NewWorlds(1, model.Dims{M: 8, K: 16, N: 8}, 8, model.Fault{Kind: model.FaultCarry, Step: 5, Element: 2})
	for i, solver := range []model.Strategy{model.HonestSolver{V: liar, Spec: liar.Spec}, model.NewStaller(nil, 0)} {
		s := truth.Setup(liar, 4, 4, gameClock)
		r, err := d.send("open (direct)", accDeployer, d.game, d.pg.PackOpen(setupOf(d, s)), nil)
		if err != nil {
			return err
		}
		now, _ := d.now(r)
		g, _ := model.New(s, FanoutBits, now)
		ref := &chainRef{d: d, id: callU(d, d.pg.PackGameCount(), d.pg.UnpackGameCount), g: g}
		if res, _, err := model.Play(ref, solver, model.HonestChallenger{V: truth}, nil, 0); err != nil || res != model.ChallengerWins {
			return fmt.Errorf("gas: side game %d: %v %w", i, res, err)
		}
	}
	tm := d.tm
	if _, err := d.send("deposit", accSolver, d.market, tm.PackDeposit(), eth(5)); err != nil {
		return err
	}
	if _, err := d.send("requestWithdrawal", accSolver, d.market, tm.PackRequestWithdrawal(eth(1)), nil); err != nil {
		return err
	}
	if err := d.advance(3*24*3600 + 1); err != nil {
		return err
	}
	if _, err := d.send("withdraw", accSolver, d.market, tm.PackWithdraw(), nil); err != nil {
		return err
	}
	spec := taskmarket.TaskMarketSpec{SpecHash: [32]byte{2}, NodesRoot: truth.Spec.NodesTree.Root(), StateMapRoot: truth.Spec.StateMap.Root(),
		DataRoot: truth.Spec.DataTree.Root(), InitRoot: truth.StateRoot(0), Steps: 8, Interval: 4,
		NumNodes: uint32(len(truth.Spec.Nodes)), StateDepth: truth.Spec.StateDepth}
	post := func() (*big.Int, error) {
		h, err := d.sim.HeaderByNumber(d.ctx, nil)
		if err != nil {
			return nil, err
		}
		terms := taskmarket.TaskMarketTerms{SolverStake: eth(1), ChallengerBond: eth(1), ClaimBy: h.Time + 86400,
			CommitWindow: 86400, ChallengeWindow: 86400, GameClock: gameClock}
		if _, err := d.send("postTask", accSubmitter, d.market, tm.PackPostTask(spec, terms, onchain.NoAudit()), eth(1)); err != nil {
			return nil, err
		}
		return callU(d, tm.PackTaskCount(), tm.UnpackTaskCount), nil
	}
	id, err := post()
	if err != nil {
		return err
	}
	if _, err := d.send("cancelTask", accSubmitter, d.market, tm.PackCancelTask(id), nil); err != nil {
		return err
	}
	if id, err = post(); err != nil {
		return err
	}
	if _, err := d.send("claimTask", accSolver, d.market, tm.PackClaimTask(id, [32]byte{}), nil); err != nil {
		return err
	}
	if err := d.advance(86400 + 1); err != nil {
		return err
	}
	if _, err := d.send("finalize (missed deadline: slash)", accOutsider, d.market, tm.PackFinalize(id), nil); err != nil {
		return err
	}
	if id, err = post(); err != nil {
		return err
	}
	if _, err := d.send("claimTask", accSolver, d.market, tm.PackClaimTask(id, [32]byte{}), nil); err != nil {
		return err
	}
	tr := model.NewTree([][32]byte{truth.StateRoot(0), truth.StateRoot(4), truth.StateRoot(8)})
	if _, err := d.send("commitTrace", accSolver, d.market, tm.PackCommitTrace(id, tr.Leaves()), nil); err != nil {
		return err
	}
	for i := 0; i < 5; i++ {
		if err := d.sim.Mine(d.ctx); err != nil {
			return err
		}
	}
	if _, err := d.send("drawSeed", accOutsider, d.market, tm.PackDrawSeed(id), nil); err != nil {
		return err
	}
	if err := d.advance(86400 + 1); err != nil {
		return err
	}
	_, err = d.send("finalize (pay solver)", accOutsider, d.market, tm.PackFinalize(id), nil)
	return err
}

// Report is the whole measurement under one set of fork rules.
type Report struct {
	Rules     string
	Disputes  []Dispute
	Functions map[string]uint64
	GPT2      []GPT2Dispute // the GPT-2 small section (MeasureGPT2), played after the rest
}

// Measure runs the grid (or the given sizes) and the other calls under osaka or the
// simulator's default rules.
func Measure(d *driver, sizes []Size, rules string) (Report, error) {
	rep := Report{Rules: rules}
	for i, sz := range sizes {
		res, err := runDispute(d, sz, uint64(i+1))
		if err != nil {
			return rep, fmt.Errorf("gas: dispute %+v: %w", sz, err)
		}
		if res.Winner != model.ChallengerWins || res.OneStep == 0 {
			return rep, fmt.Errorf("gas: dispute %+v: the honest challenger did not win at the one-step check (%v)", sz, res.Winner)
		}
		rep.Disputes = append(rep.Disputes, res)
	}
	if err := runOthers(d); err != nil {
		return rep, err
	}
	if err := runAudit(d); err != nil {
		return rep, err
	}
	if err := runRevealMLP(d); err != nil {
		return rep, err
	}
	rep.Functions = maps.Clone(d.gas) // what runs later on d (MeasureGPT2) is not in this table
	return rep, nil
}

// Markdown renders reports side by side.
func Markdown(reps []Report, cmd string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Gas report\n\nGenerated by `%s` on go-ethereum's simulated backend (solc 0.8.37, optimizer 200 runs, evm osaka); "+
		"do not edit by hand. Fan-out: %d children per round (2^%d). A dispute is a lying solver's segment claim against an honest "+
		"challenger, from the market's `challenge` (which opens the game) through every move to the one-step float32 check and "+
		"`settle`; the disputed node is a %d×%d-output matmul whose elements take the stated number of scalar ops. "+
		"Only the disputed path is computed for real (model.Synthetic); gas depends only on tree shapes and the judged step.\n\n",
		cmd, 1<<FanoutBits, FanoutBits, outRows, outCols)
	fmt.Fprintf(&b, "Goals for 10^6 steps × 10^4 nodes × 10^3 ops: total under %d gas, under %d moves, one-step check under %d gas.\n\n",
		GoalTotalGas, GoalMoves, GoalOneStepGas)
	for _, rep := range reps {
		fmt.Fprintf(&b, "## Disputes (%s)\n\n| steps | nodes | trace ops | moves | total gas | worst move | one-step check | challenge | settle |\n|---|---|---|---|---|---|---|---|---|\n", rep.Rules)
		for _, r := range rep.Disputes {
			fmt.Fprintf(&b, "| %d | %d | %d | %d | %d | %s %d | %d | %d | %d |\n", r.Steps, r.Nodes, r.TraceOps, r.Moves, r.Total,
				r.Worst.Name, r.Worst.Gas, r.OneStep, r.Challenge, r.Settle)
		}
		b.WriteString("\n")
	}
	b.WriteString("## Every external function (most gas seen in the runs above)\n\n| function |")
	for _, rep := range reps {
		fmt.Fprintf(&b, " %s |", rep.Rules)
	}
	b.WriteString("\n|---|")
	for range reps {
		b.WriteString("---|")
	}
	b.WriteString("\n")
	var names []string
	for n := range reps[0].Functions {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(&b, "| %s |", n)
		for _, rep := range reps {
			fmt.Fprintf(&b, " %d |", rep.Functions[n])
		}
		b.WriteString("\n")
	}
	b.WriteString("\nView functions (state, result, stepShape, getTask, assignment, ...) cost nothing off chain and are not listed.\n")
	return b.String()
}
