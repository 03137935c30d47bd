// Command coverage replays incentives.Coverage's one-segment cheats on the simulated
// chain (issue 19, item 3): for each assurance and share of the checking slots held by
// the solver's sybils, it posts audited tasks of --segments segments buying the checks
// incentives.Slots names for the market's draw, has the solver commit a trace wrong on
// one uniform segment, draws the seed, lets the checkers join (in each pass the honest
// ones, then the sybils the solver puts there: incentives.SybilPlacement, its best
// placement), reads each check's segment from the contract (attestSegment), and counts the
// tasks where an honest check drew the wrong segment. It prints that share with its
// 95% interval beside the model's prediction (incentives.Escape) and whether the
// prediction lies inside.
//
//	go run ./bench/coverage [--trials 50] [--segments 16] [--seed 1]
package main

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/incentives"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// The market's draw: covering, without replacement in join order
// (TaskMarketAuditor.attestSegment).
const draw = incentives.Covering

const (
	accDeployer = iota
	accSubmitter
	accSolver
	accTreasury
	firstChecker
)

// Row is one level: its checks and what the chain's draws caught.
type Row struct {
	Assurance   float64             `json:"assurance"`
	SolverShare float64             `json:"solver_share"`
	Checks      int                 `json:"checks"`
	Sybils      int                 `json:"sybils"`
	Trials      int                 `json:"trials"`
	Caught      incentives.Estimate `json:"caught"`
	Predicted   float64             `json:"predicted"`
	Inside      bool                `json:"inside"`
}

func main() {
	trials := flag.Int("trials", 50, "tasks per level")
	segments := flag.Int("segments", 16, "segments per task")
	seed := flag.Uint64("seed", 1, "seed of the cheats and the secrets")
	asJSON := flag.Bool("json", false, "print the rows as JSON")
	flag.Parse()
	if err := run(context.Background(), *trials, *segments, *seed, *asJSON); err != nil {
		fmt.Fprintln(os.Stderr, "coverage:", err)
		os.Exit(1)
	}
}

type level struct {
	p, c  float64
	k, sy int
}

func run(ctx context.Context, trials, segments int, seed uint64, asJSON bool) error {
	start := time.Now()
	rows, err := measure(ctx, trials, segments, seed)
	if err != nil {
		return err
	}
	if asJSON {
		return json.NewEncoder(os.Stdout).Encode(rows)
	}
	fmt.Printf("%d tasks per level of %d segments on the simulated chain (%s draws, the contract's), %.1f s\n\n", trials, segments, draw, time.Since(start).Seconds())
	tw := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "assurance\tsolver share\tchecks\tsybils\tcaught on chain [95% CI]\tmodel\tinside")
	for _, x := range rows {
		fmt.Fprintf(tw, "%g\t%g%%\t%d\t%d\t%.3f [%.3f, %.3f]\t%.3f\t%v\n", x.Assurance, 100*x.SolverShare, x.Checks, x.Sybils,
			x.Caught.Mean, x.Caught.Lo, x.Caught.Hi, x.Predicted, x.Inside)
	}
	return tw.Flush()
}

// measure plays trials tasks per level and returns the rows.
func measure(ctx context.Context, trials, segments int, seed uint64) ([]Row, error) {
	if trials < 1 || segments < 2 {
		return nil, fmt.Errorf("--trials %d and --segments %d: want at least 1 and 2", trials, segments)
	}
	var levels []level
	most := 0
	for _, p := range []float64{0.5, 0.9, 0.99, 1} {
		for _, c := range []float64{0, 0.3} {
			k, err := incentives.Slots(draw, segments, p, c)
			if errors.Is(err, incentives.ErrUnreachable) {
				continue // certainty against sybils: no number of checks (the model's rows say so)
			}
			if err != nil {
				return nil, err
			}
			sy := int(float64(k)*c + 0.999999999) // the model's ceiling
			levels = append(levels, level{p, c, k, sy})
			most = max(most, k)
		}
	}
	sim, err := chain.NewSim(chain.WithAccounts(firstChecker+most), chain.WithOsakaRules())
	if err != nil {
		return nil, err
	}
	defer sim.Close()
	at, err := deploy(ctx, sim)
	if err != nil {
		return nil, err
	}
	mkt := func(acc int) (*onchain.Market, error) {
		o, err := chain.Transactor(ctx, sim, acc)
		if err != nil {
			return nil, err
		}
		return onchain.NewMarket(sim, at, o), nil
	}
	markets := make([]*onchain.Market, firstChecker+most)
	for i := range markets {
		if markets[i], err = mkt(i); err != nil {
			return nil, err
		}
	}
	// every checker's stake for every join it may make (stakes stay locked: the tasks
	// are never finished)
	stake := big.NewInt(1e15)
	for i := firstChecker; i < len(markets); i++ {
		if err := markets[i].Deposit(ctx, new(big.Int).Mul(stake, big.NewInt(int64(trials*len(levels))))); err != nil {
			return nil, err
		}
	}
	if err := markets[accSolver].Deposit(ctx, chain.Ether(int64(trials*len(levels)))); err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(seed, 19))
	var rows []Row
	for _, lv := range levels {
		caught := 0
		for range trials {
			f := r.IntN(segments)
			ok, err := trial(ctx, sim, markets, segments, lv, f, stake, r)
			if err != nil {
				return nil, fmt.Errorf("assurance %g, share %g: %w", lv.p, lv.c, err)
			}
			if ok {
				caught++
			}
		}
		est := incentives.Proportion(caught, trials)
		pred := 1 - incentives.Escape(draw, segments, lv.k, lv.c)
		rows = append(rows, Row{Assurance: lv.p, SolverShare: lv.c, Checks: lv.k, Sybils: lv.sy, Trials: trials, Caught: est,
			Predicted: pred, Inside: pred >= est.Lo && pred <= est.Hi})
	}
	return rows, nil
}

// deploy deploys the game and the market.
func deploy(ctx context.Context, sim *chain.Sim) (at common.Address, err error) {
	gameAt, _, err := chain.DeployGame(ctx, sim, accDeployer, 4)
	if err != nil {
		return at, err
	}
	tm := taskmarket.NewTaskMarket()
	a, _, err := chain.Deploy(ctx, sim, accDeployer, &taskmarket.TaskMarketMetaData,
		tm.PackConstructor(gameAt, 3*24*3600, sim.Accounts()[accTreasury].Address, 5000))
	return a, err
}

// trial plays one task: a trace wrong on segment f, lv.k checks of which lv.sy are the
// solver's; it reports whether an honest check drew f.
func trial(ctx context.Context, sim *chain.Sim, m []*onchain.Market, segments int, lv level, f int, stake *big.Int, r *rand.Rand) (bool, error) {
	head, err := sim.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, err
	}
	spec := taskmarket.TaskMarketSpec{SpecHash: [32]byte{1}, NodesRoot: [32]byte{2}, StateMapRoot: [32]byte{3}, DataRoot: [32]byte{4},
		InitRoot: [32]byte{5}, Steps: uint64(segments), Interval: 1, NumNodes: 1, StateDepth: 1}
	day := uint64(24 * 3600)
	terms := taskmarket.TaskMarketTerms{SolverStake: big.NewInt(1e15), ChallengerBond: big.NewInt(1e15), ClaimBy: head.Time + day,
		CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
	audit := taskmarket.TaskMarketAudit{AttestWindow: 3600, RevealWindow: 3600, AttestStake: stake, JackpotFee: big.NewInt(1),
		Jackpot: big.NewInt(1), AttestFee: new(big.Int), MaxAttesters: uint32(lv.k)}
	id, err := m[accSubmitter].PostAudited(ctx, spec, terms, audit, big.NewInt(1e15))
	if err != nil {
		return false, fmt.Errorf("post: %w", err)
	}
	var secret [32]byte
	binary.LittleEndian.PutUint64(secret[:], r.Uint64())
	if err := m[accSolver].ClaimWithSecret(ctx, id, onchain.SecretHash(secret)); err != nil {
		return false, fmt.Errorf("claim: %w", err)
	}
	if err := chain.MineBlocks(ctx, sim, 5); err != nil { // the claim hash (SEED_DELAY blocks on)
		return false, err
	}
	// the trace: checkpoint f+1 is wrong (the rest are placeholders: nobody re-runs here)
	hashes := make([][32]byte, segments+1)
	hashes[0] = spec.InitRoot
	for i := 1; i <= segments; i++ {
		hashes[i] = sha256.Sum256([]byte{byte(i), byte(i >> 8)})
	}
	hashes[f+1][0] ^= 1
	if err := m[accSolver].CommitTrace(ctx, id, hashes); err != nil {
		return false, fmt.Errorf("commit: %w", err)
	}
	if err := chain.MineBlocks(ctx, sim, 5); err != nil {
		return false, err
	}
	if err := m[accSubmitter].DrawSeed(ctx, id); err != nil {
		return false, fmt.Errorf("draw seed: %w", err)
	}
	// join order: in each pass its honest checkers, then the sybils the solver puts in it
	// (incentives.SybilPlacement: where they let the cheat through most)
	n, x := incentives.SybilPlacement(segments, lv.k, lv.sy)
	var honest []int
	acc := firstChecker
	for p := range n {
		for i := range n[p] {
			if _, err := m[acc].JoinAttestation(ctx, id); err != nil {
				return false, fmt.Errorf("join %d: %w", acc, err)
			}
			if i < n[p]-x[p] {
				honest = append(honest, acc)
			}
			acc++
		}
	}
	if err := chain.MineBlocks(ctx, sim, 2); err != nil {
		return false, err
	}
	caught := false
	for _, i := range honest {
		seg, err := m[firstChecker].AttestSegment(ctx, id, m[i].Me())
		if err != nil {
			return false, fmt.Errorf("segment of check %d: %w", i, err)
		}
		caught = caught || seg == uint64(f)
	}
	return caught, nil
}
