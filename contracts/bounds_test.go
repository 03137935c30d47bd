package contracts_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// TestTermBoundsMatchModel: the contract's public bounds are contracts/model's.
func TestTermBoundsMatchModel(t *testing.T) {
	e := newEnv(t, 4)
	tm := e.tm
	for _, c := range []struct {
		name      string
		got, want uint64
	}{
		{"MAX_CHECKPOINTS", call(e, e.market, tm.PackMAXCHECKPOINTS(), tm.UnpackMAXCHECKPOINTS), model.MaxCheckpoints},
		{"MAX_STEPS", call(e, e.market, tm.PackMAXSTEPS(), tm.UnpackMAXSTEPS), model.MaxSteps},
		{"MAX_INTERVAL", call(e, e.market, tm.PackMAXINTERVAL(), tm.UnpackMAXINTERVAL), model.MaxInterval},
		{"MAX_NODES", uint64(call(e, e.market, tm.PackMAXNODES(), tm.UnpackMAXNODES)), model.MaxNodes},
		{"MAX_STATE_DEPTH", uint64(call(e, e.market, tm.PackMAXSTATEDEPTH(), tm.UnpackMAXSTATEDEPTH)), model.MaxStateDepth},
		{"MIN_WINDOW", call(e, e.market, tm.PackMINWINDOW(), tm.UnpackMINWINDOW), model.MinWindowSeconds},
		{"MAX_WINDOW", call(e, e.market, tm.PackMAXWINDOW(), tm.UnpackMAXWINDOW), model.MaxWindowSeconds},
	} {
		if c.got != c.want {
			t.Errorf("%s: contract %d, model %d", c.name, c.got, c.want)
		}
	}
}

// boundsCase is a task's terms in both forms, to mutate one term at a time.
type boundsCase struct {
	spec  taskmarket.TaskMarketSpec
	terms taskmarket.TaskMarketTerms
	audit taskmarket.TaskMarketAudit
}

func (c boundsCase) model() (model.SpecTerms, model.MarketTerms, model.MarketAudit) {
	return model.SpecTerms{Steps: c.spec.Steps, Interval: c.spec.Interval, NumNodes: c.spec.NumNodes, StateDepth: c.spec.StateDepth},
		model.MarketTerms{SolverStake: u256(c.terms.SolverStake), ChallengerBond: u256(c.terms.ChallengerBond), ClaimBy: c.terms.ClaimBy,
			CommitWindow: c.terms.CommitWindow, ChallengeWindow: c.terms.ChallengeWindow, GameClock: c.terms.GameClock},
		model.MarketAudit{ForcedErrorBps: c.audit.ForcedErrorBps, AttestWindow: c.audit.AttestWindow, RevealWindow: c.audit.RevealWindow,
			AttestStake: u256(c.audit.AttestStake), JackpotFee: u256(c.audit.JackpotFee), Jackpot: u256(c.audit.Jackpot),
			AttestFee: u256(c.audit.AttestFee), MaxAttesters: c.audit.MaxAttesters}
}

// TestPostTaskTermTraps: every trap term (a window or clock near 2^64 or under a
// minute, claimBy past a year, a spec too large for a daemon to size) is refused by
// postTask with TermOutOfBounds naming it, and the model names the same term; each
// term at its bounds is accepted.
func TestPostTaskTermTraps(t *testing.T) {
	e := newEnv(t, 4, chain.WithOsakaRules())
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	const huge = ^uint64(0) - 10 // near 2^64: now + it overflows
	base := func() boundsCase {
		a := auditOf(5000)
		a.JackpotFee, a.Jackpot = new(big.Int), new(big.Int)
		return boundsCase{spec: specOf(truth), terms: e.terms(), audit: a}
	}
	value := func(c boundsCase) *big.Int { return plus(eth(1), onchain.AuditCost(c.audit)) }
	type mut = func(*boundsCase, uint64)
	for _, tc := range []struct {
		term model.Term
		bad  []func(*boundsCase, uint64) // now is the head's time
		good []func(*boundsCase, uint64)
	}{
		{model.TermSteps, []mut{func(c *boundsCase, _ uint64) { c.spec.Steps, c.spec.Interval = 0, 1 }, func(c *boundsCase, _ uint64) { c.spec.Steps, c.spec.Interval = model.MaxSteps*2, model.MaxInterval }},
			[]mut{func(c *boundsCase, _ uint64) { c.spec.Steps, c.spec.Interval = model.MaxSteps, model.MaxInterval }}},
		{model.TermInterval, []mut{func(c *boundsCase, _ uint64) { c.spec.Interval = 0 }, func(c *boundsCase, _ uint64) {
			c.spec.Steps, c.spec.Interval = 4*model.MaxInterval*2, model.MaxInterval*2
		}},
			[]mut{func(c *boundsCase, _ uint64) { c.spec.Steps, c.spec.Interval = model.MaxInterval, model.MaxInterval }}},
		{model.TermCheckpoints, []mut{func(c *boundsCase, _ uint64) { c.spec.Steps, c.spec.Interval = model.MaxCheckpoints+1, 1 }},
			[]mut{func(c *boundsCase, _ uint64) { c.spec.Steps, c.spec.Interval = model.MaxCheckpoints, 1 }}},
		{model.TermNumNodes, []mut{func(c *boundsCase, _ uint64) { c.spec.NumNodes = 0 }, func(c *boundsCase, _ uint64) { c.spec.NumNodes = model.MaxNodes + 1 }},
			[]mut{func(c *boundsCase, _ uint64) { c.spec.NumNodes = model.MaxNodes }}},
		{model.TermStateDepth, []mut{func(c *boundsCase, _ uint64) { c.spec.StateDepth = 0 }, func(c *boundsCase, _ uint64) { c.spec.StateDepth = model.MaxStateDepth + 1 }},
			[]mut{func(c *boundsCase, _ uint64) { c.spec.StateDepth = model.MaxStateDepth }}},
		{model.TermClaimBy, []mut{func(c *boundsCase, now uint64) { c.terms.ClaimBy = now - 1 }, func(c *boundsCase, now uint64) { c.terms.ClaimBy = now + model.MaxWindowSeconds + 1000 },
			func(c *boundsCase, _ uint64) { c.terms.ClaimBy = huge }},
			[]mut{func(c *boundsCase, now uint64) { c.terms.ClaimBy = now - 1 + model.MaxWindowSeconds }}}, // estimated at the head, mined later
		{model.TermCommitWindow, []mut{func(c *boundsCase, _ uint64) { c.terms.CommitWindow = 0 }, func(c *boundsCase, _ uint64) { c.terms.CommitWindow = 59 },
			func(c *boundsCase, _ uint64) { c.terms.CommitWindow = huge }},
			[]mut{func(c *boundsCase, _ uint64) { c.terms.CommitWindow = 60 }, func(c *boundsCase, _ uint64) { c.terms.CommitWindow = model.MaxWindowSeconds }}},
		{model.TermChallengeWindow, []mut{func(c *boundsCase, _ uint64) { c.terms.ChallengeWindow = 1 }, func(c *boundsCase, _ uint64) { c.terms.ChallengeWindow = huge }},
			[]mut{func(c *boundsCase, _ uint64) { c.terms.ChallengeWindow = model.MaxWindowSeconds }}},
		{model.TermGameClock, []mut{func(c *boundsCase, _ uint64) { c.terms.GameClock = 1 }, func(c *boundsCase, _ uint64) { c.terms.GameClock = huge }},
			[]mut{func(c *boundsCase, _ uint64) { c.terms.GameClock = model.MaxWindowSeconds }}},
		{model.TermAttestWindow, []mut{func(c *boundsCase, _ uint64) { c.audit.AttestWindow = 1 }, func(c *boundsCase, _ uint64) { c.audit.AttestWindow = huge }},
			[]mut{func(c *boundsCase, _ uint64) { c.audit.AttestWindow = 60 }}},
		{model.TermRevealWindow, []mut{func(c *boundsCase, _ uint64) { c.audit.RevealWindow = 0 }, func(c *boundsCase, _ uint64) { c.audit.RevealWindow = huge / 2 }},
			[]mut{func(c *boundsCase, _ uint64) { c.audit.RevealWindow = model.MaxWindowSeconds }}},
		{model.TermJackpotFee, []mut{ // base: 5000 bps
			func(c *boundsCase, _ uint64) {
				c.audit.Jackpot, c.audit.JackpotFee = eth(2), new(big.Int).Sub(eth(1), big.NewInt(1))
			},
			func(c *boundsCase, _ uint64) { c.audit.Jackpot = eth(100) },
			func(c *boundsCase, _ uint64) { c.audit.Jackpot = new(big.Int).Lsh(big.NewInt(1), 129) }},
			[]mut{func(c *boundsCase, _ uint64) { c.audit.Jackpot, c.audit.JackpotFee = eth(2), eth(1) },
				func(c *boundsCase, _ uint64) { c.audit.ForcedErrorBps, c.audit.Jackpot = 0, eth(100) }}},
	} {
		for i, f := range tc.bad {
			c := base()
			now := e.head().Time + 1 // the next block's time: the clock advances one second per block
			f(&c, now)
			_, err := e.send(accSubmitter, e.market, e.tm.PackPostTask(c.spec, c.terms, c.audit), value(c))
			if !revertsWith(err, e.tm, func(x any) bool {
				te, ok := x.(*taskmarket.TaskMarketTermOutOfBounds)
				return ok && te.Term == uint8(tc.term)
			}) {
				t.Errorf("%v trap %d: got %v, want TermOutOfBounds(%d)", tc.term, i, err, tc.term)
			}
			s, mt, ma := c.model()
			var te *model.TermError
			if err := model.CheckBounds(s, mt, ma, now); !errors.As(err, &te) || te.Term != tc.term {
				t.Errorf("%v trap %d: model says %v", tc.term, i, err)
			}
		}
		for i, f := range tc.good {
			c := base()
			f(&c, e.head().Time+1)
			if _, err := e.send(accSubmitter, e.market, e.tm.PackPostTask(c.spec, c.terms, c.audit), value(c)); err != nil {
				t.Errorf("%v at its bound %d refused: %v", tc.term, i, err)
			}
		}
	}
	e.checkInvariant("after the traps")
}

// TestTaskAtBounds plays whole tasks with every term at a bound: the largest spec
// (2^32 steps, 2048 checkpoints of 2^21 steps), claimBy a year ahead and every window
// and clock a year, through commit, seed, the attestation phases, the secret reveal, a
// challenge of the last segment and the game's timeout; and every window at the
// one-minute minimum through the solver's payment. Nothing reverts, nothing freezes.
func TestTaskAtBounds(t *testing.T) {
	e := newEnv(t, 4, chain.WithOsakaRules())
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	tm := e.tm
	for _, i := range []int{accSolver, accChallenger} {
		e.mustSend(i, e.market, tm.PackDeposit(), eth(5))
	}
	post := func(spec taskmarket.TaskMarketSpec, w uint64, claimBy uint64) *big.Int {
		a := auditOf(0)
		a.JackpotFee, a.Jackpot, a.AttestWindow, a.RevealWindow = new(big.Int), new(big.Int), w, w
		terms := taskmarket.TaskMarketTerms{SolverStake: eth(2), ChallengerBond: eth(1), ClaimBy: claimBy,
			CommitWindow: w, ChallengeWindow: w, GameClock: w}
		e.mustSend(accSubmitter, e.market, tm.PackPostTask(spec, terms, a), eth(1))
		id := call(e, e.market, tm.PackTaskCount(), tm.UnpackTaskCount)
		e.mustSend(accSolver, e.market, tm.PackClaimTask(id, onchain.SecretHash([32]byte{1})), nil)
		return id
	}
	commit := func(id *big.Int, leaves [][32]byte) *model.Tree {
		tr := model.NewTree(leaves)
		if err := chain.MineBlocks(e.ctx, e.sim, 5); err != nil {
			t.Fatal(err)
		}
		r := e.mustSend(accSolver, e.market, tm.PackCommitTrace(id, tr.Leaves()), nil)
		t.Logf("commitTrace of %d leaves: %d gas", len(leaves), r.GasUsed)
		if err := chain.MineBlocks(e.ctx, e.sim, 5); err != nil {
			t.Fatal(err)
		}
		e.mustSend(accOutsider, e.market, tm.PackDrawSeed(id), nil)
		return tr
	}
	revealAfter := func(id *big.Int, w uint64) {
		e.advanceTo(e.head().Time + 2*w + 1) // past attestEnd and revealEnd
		e.mustSend(accSolver, e.market, tm.PackRevealSecret(id, [32]byte{1}, [][32]byte{}, noOpening()), nil)
	}

	// The largest task, every window a year.
	spec := specOf(truth)
	spec.Steps, spec.Interval, spec.NumNodes, spec.StateDepth = model.MaxSteps, model.MaxInterval, model.MaxNodes, model.MaxStateDepth
	w := model.MaxWindowSeconds
	id := post(spec, w, e.head().Time+w)
	leaves := make([][32]byte, model.MaxCheckpoints+1)
	leaves[0] = spec.InitRoot
	for i := 1; i < len(leaves); i++ {
		leaves[i] = [32]byte{byte(i), byte(i >> 8), 0xc7}
	}
	tr := commit(id, leaves)
	revealAfter(id, w)
	seg := uint64(model.MaxCheckpoints - 1)
	ch := taskmarket.TaskMarketChallenge{Segment: seg, Start: tr.Leaf(seg), StartProof: p32(tr.Prove(seg)), End: tr.Leaf(seg + 1), EndProof: p32(tr.Prove(seg + 1))}
	game := e.openedGame(e.mustSend(accChallenger, e.market, tm.PackChallenge(id, ch), nil))
	e.advanceTo(e.head().Time + w + 1)
	e.mustSend(accOutsider, e.game, e.pg.PackTimeout(game), nil)
	e.mustSend(accOutsider, e.market, tm.PackSettle(id, game), nil)
	if st := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask).Status; st != uint8(model.StatusFailed) {
		t.Fatalf("largest task: status %d after the solver's timeout, want failed", st)
	}

	// Every window a minute: the solver is paid.
	id = post(specOf(truth), model.MinWindowSeconds, e.head().Time+model.MinWindowSeconds)
	var small [][32]byte
	for s := uint64(0); s <= mSteps; s += mInterval {
		small = append(small, truth.StateRoot(s))
	}
	commit(id, small)
	revealAfter(id, model.MinWindowSeconds)
	e.advanceTo(e.head().Time + model.MinWindowSeconds + 1)
	e.mustSend(accOutsider, e.market, tm.PackFinalize(id), nil)
	if st := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask).Status; st != uint8(model.StatusFinalized) {
		t.Fatalf("shortest task: status %d, want finalized", st)
	}
	e.checkInvariant("after the tasks at the bounds")
}
