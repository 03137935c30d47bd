package contracts_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/zkelementjudge"
	"github.com/veritrain/veritrain/contracts/bindings/zkelementverifier8"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/proofs"
	"github.com/veritrain/veritrain/repops"
)

// zkTerms is the capacity of the committed test verifier (ZkElementVerifier8): the
// game's tiny network has matmuls of 4 and 3 terms.
const zkTerms = 8

var (
	zkOnce   sync.Once
	zkProver *proofs.Prover
	zkErr    error
)

// testProver re-derives the committed 8-term verifier's keys (seeded setup, once per
// test binary).
func testProver(t testing.TB) *proofs.Prover {
	t.Helper()
	zkOnce.Do(func() { zkProver, zkErr = proofs.NewInsecureProver(zkTerms, proofs.DevSeed) })
	if zkErr != nil {
		t.Fatal(zkErr)
	}
	return zkProver
}

// goVerifier is the model's element verifier: gnark's Go verifier on the same keys.
type goVerifier struct{ p *proofs.Prover }

func (v goVerifier) VerifyElement(proof []byte, h, f *big.Int) error {
	return v.p.VerifyBytes(proof, h, f)
}
func (v goVerifier) MaxTerms() int { return v.p.Terms }

// TestZkVerifierMatchesSetup: the committed verifier is the export of the seeded
// setup's verifying key (a stale .sol would reject every proof).
func TestZkVerifierMatchesSetup(t *testing.T) {
	p := testProver(t)
	var buf bytes.Buffer
	if err := p.ExportSolidity(&buf, proofs.VerifierName(zkTerms)); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("src/ZkElementVerifier8.sol")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), committed) {
		t.Fatal("src/ZkElementVerifier8.sol is not the seeded setup's verifier: go run ./proofs/cmd/zkverifier -terms 8 -out contracts/src/ZkElementVerifier8.sol")
	}
}

// deployJudge deploys the 8-term verifier and a judge over it.
func deployJudge(t *testing.T, ctx context.Context, c chain.Chain) common.Address {
	t.Helper()
	v, _, err := chain.Deploy(ctx, c, accDeployer, &zkelementverifier8.ZkElementVerifier8MetaData, nil)
	if err != nil {
		t.Fatalf("deploy verifier: %v", err)
	}
	j, _, err := chain.Deploy(ctx, c, accDeployer, &zkelementjudge.ZkElementJudgeMetaData,
		zkelementjudge.NewZkElementJudge().PackConstructor(v, zkTerms))
	if err != nil {
		t.Fatalf("deploy judge: %v", err)
	}
	return j
}

// zkEnv deploys the judge, then the game naming it (a game's judge is fixed at its
// deployment), and the market.
func zkEnv(t *testing.T) *env {
	sim, err := chain.NewSim(chain.WithAccounts(10), chain.WithOsakaRules())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	return newEnvOnJudged(t.Context(), t, sim, 4, deployJudge(t, t.Context(), sim))
}

// TestElementJudgeFixed: no one, the deployer included, can change the element judge of
// a deployed game, so no judge installed later (one that accepts anything) reaches a
// running game. Every function that changes the game's state is a move, open or timeout;
// the setter the game once had is gone: its call reverts, with a game running, on a
// deployment with a judge (which keeps it) and on one without (which stays without);
// and a judge without code is refused at deployment.
func TestElementJudgeFixed(t *testing.T) {
	allowed := map[string]bool{"open": true, "timeout": true, "commitSteps": true, "reveal": true, "pick": true,
		"commitGraph": true, "disputeAssembly": true, "openNode": true, "openTrace": true, "defendStep": true,
		"defendAssembly": true, "proveElement": true, "refuteElement": true, "acceptElement": true, "disputeOperand": true}
	for name, m := range pinpointgame.NewPinpointGame().GetABI().Methods {
		if m.StateMutability != "view" && m.StateMutability != "pure" && !allowed[name] {
			t.Errorf("PinpointGame.%s changes state and is not a move", name)
		}
	}
	for _, judged := range []bool{true, false} {
		e := newEnv(t, 4, chain.WithOsakaRules())
		if judged {
			e = zkEnv(t)
		}
		judge := call(e, e.game, e.pg.PackElementJudge(), e.pg.UnpackElementJudge)
		if code, err := e.sim.CodeAt(e.ctx, judge, nil); judged && (err != nil || len(code) == 0) {
			t.Fatalf("the game's judge %s has no code (%v)", judge, err)
		}
		f, truth, _ := matmulFault(rand.New(rand.NewPCG(3, 3)), 8, 4)
		e.openGame(truth.Setup(truth, f.Step/4*4, 4, gameClock), 4)
		// the deployer deploys another judge (say, one that accepts anything) and tries
		// to install it under the running game
		other := deployJudge(t, e.ctx, e.sim)
		setter := append(crypto.Keccak256([]byte("setElementJudge(address)"))[:4], common.LeftPadBytes(other[:], 32)...)
		to := e.gameAt
		if _, err := e.sim.EstimateGas(e.ctx, ethereum.CallMsg{From: e.addr(accDeployer), To: &to, Data: setter}); err == nil {
			t.Fatalf("judged %v: the old setElementJudge call does not revert", judged)
		}
		if got := call(e, e.game, e.pg.PackElementJudge(), e.pg.UnpackElementJudge); got != judge {
			t.Fatalf("judged %v: the judge is %s, deployed with %s", judged, got, judge)
		}
	}
	e := newEnv(t, 4)
	if _, _, err := chain.DeployGameJudged(e.ctx, e.sim, accDeployer, 4, e.addr(accOutsider)); err == nil {
		t.Fatal("a game was deployed with a judge that has no code")
	}
}

// TestZkJudgeOnChain checks proofs through the exported verifier on the simulated
// chain: a true claim's proof passes (and its gas is reported), the same proof with
// other operands, another value or a tampered commitment reverts.
func TestZkJudgeOnChain(t *testing.T) {
	p := testProver(t)
	sim, err := chain.NewSim(chain.WithAccounts(2), chain.WithOsakaRules())
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	ctx := t.Context()
	at := deployJudge(t, ctx, sim)
	zj := zkelementjudge.NewZkElementJudge()
	judge := zj.Instance(sim, at)
	k := repops.MatMulK{M: 2, K: 8, N: 3, L: repops.TN}
	r := rand.New(rand.NewPCG(1, 1))
	in := [][]float32{make([]float32, 16), make([]float32, 24)}
	for i := range in[0] {
		in[0][i] = float32(r.NormFloat64())
	}
	for i := range in[1] {
		in[1][i] = float32(r.NormFloat64())
	}
	c, err := proofs.ClaimOf(k, in, 4)
	if err != nil {
		t.Fatal(err)
	}
	pr, err := p.Prove(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	nd := model.ZkNode(model.NodeFromKernel(k, [32]byte{}, 0, 0, 0, 0))
	check := func(value uint32, ops, proof []byte) error {
		data := zj.PackCheck(nd, 4, value, ops, proof)
		_, err := sim.CallContract(ctx, ethereum.CallMsg{To: &at, Data: data}, nil)
		return err
	}
	if err := check(c.Value, c.OperandBytes(), pr.Solidity()); err != nil {
		t.Fatalf("true claim rejected: %v", err)
	}
	gas, err := sim.EstimateGas(ctx, ethereum.CallMsg{To: &at, Data: zj.PackCheck(nd, 4, c.Value, c.OperandBytes(), pr.Solidity())})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("check, 8-term matmul, as a transaction: %d gas", gas)
	other := c.OperandBytes()
	other[7] ^= 1
	bad := pr.Solidity()
	bad[300] ^= 1
	for name, err := range map[string]error{
		"other operands":      check(c.Value, other, pr.Solidity()),
		"another value":       check(c.Value^1, c.OperandBytes(), pr.Solidity()),
		"tampered commitment": check(c.Value, c.OperandBytes(), bad),
		"short proof":         check(c.Value, c.OperandBytes(), pr.Solidity()[:256]),
		"missing operand":     check(c.Value, c.OperandBytes()[4:], pr.Solidity()),
	} {
		if err == nil {
			t.Errorf("%s accepted", name)
		}
	}
	_ = judge
}

// zkRef is the lockstep referee extended with the proof moves; it keeps the operands
// of the last proved element (the challenger reads them from calldata).
type zkRef struct {
	*lockstep
	operands []byte
}

func (z *zkRef) Apply(by model.Party, no uint32, m model.Move, now uint64) error {
	var data []byte
	var name string
	switch m := m.(type) {
	case model.ProveElement:
		data, name = z.e.pg.PackProveElement(z.id, no, m.Operands, m.Proof), "proveElement"
	case model.RefuteElement:
		data, name = z.e.pg.PackRefuteElement(z.id, no, m.Value, m.Operands, m.Proof), "refuteElement"
	case model.AcceptElement:
		data, name = z.e.pg.PackAcceptElement(z.id, no), "acceptElement"
	case model.DisputeOperand:
		data, name = z.e.pg.PackDisputeOperand(z.id, no, m.Operands, m.Q, toOpening(m.O)), "disputeOperand"
	default:
		return z.lockstep.Apply(by, no, m, now)
	}
	e := z.e
	r, chainErr := e.send(z.account(by), e.game, data, nil)
	now = e.head().Time + 1
	if chainErr == nil {
		now = e.blockTime(r)
	}
	modelErr := z.g.Apply(by, no, m, now)
	if (chainErr == nil) != (modelErr == nil) {
		z.diverged = append(z.diverged, fmt.Sprintf("move %d %s by %v: chain %v, model %v", no, name, by, chainErr, modelErr))
		return errDiverged
	}
	if chainErr != nil {
		return chainErr
	}
	switch m := m.(type) {
	case model.ProveElement:
		z.operands = m.Operands
	case model.RefuteElement:
		z.operands = m.Operands
	}
	z.gas = append(z.gas, moveGas{name, r.GasUsed})
	z.compare(fmt.Sprintf("after move %d %s", no, name))
	return nil
}

// claimAt is the claim of the disputed element as view v computes it.
func claimAt(t *testing.T, v model.View, sp *model.Spec, g *model.Game) proofs.Claim {
	t.Helper()
	ops, err := model.ZkOperands(v, sp, g)
	if err != nil {
		t.Fatal(err)
	}
	u, err := proofs.ParseOperands(ops)
	if err != nil {
		t.Fatal(err)
	}
	c := proofs.Claim{Kernel: repops.KernelID(g.Desc.Kernel), Operands: u, Value: g.Value}
	c.Const, c.Const2, c.Width, c.Col = model.ZkConsts(g.Desc, g.Element)
	return c
}

// zkSolver plays inner, and at the trace level proves the element instead (at
// OpenTrace, or after `after` trace moves), with the claim claim(g) gives.
type zkSolver struct {
	inner model.Strategy
	claim func(g *model.Game) (proofs.Claim, bool)
	p     *proofs.Prover
	after int
	n     *int
	err   *error
}

func (s zkSolver) Next(g *model.Game) model.Move {
	if g.Phase == model.PhaseOpenTrace || (g.Level == model.LevelTrace && (g.Phase == model.PhaseReveal || g.Phase == model.PhaseDefendStep)) {
		if *s.n >= s.after {
			c, ok := s.claim(g)
			if !ok {
				return s.inner.Next(g)
			}
			pr, err := s.p.Prove(context.Background(), c)
			if err != nil {
				*s.err = err
				return nil // cannot prove: stall
			}
			return model.ProveElement{Operands: c.OperandBytes(), Proof: pr.Solidity()}
		}
		*s.n++
	}
	return s.inner.Next(g)
}

// zkChallenger plays inner; after a proof it checks every operand against its view,
// disputes the first wrong one, or accepts (first trying a dispute of a right
// operand, which must be refused).
type zkChallenger struct {
	inner model.Strategy
	v     model.View
	sp    *model.Spec
	ref   *zkRef
	tried *bool
}

func (c zkChallenger) Next(g *model.Game) model.Move {
	if g.Phase != model.PhaseOperandCheck {
		return c.inner.Next(g)
	}
	if m, ok := disputeDiffering(c.v, c.sp, g, c.ref); ok {
		return m
	}
	if !*c.tried {
		*c.tried = true
		o, _ := model.ZkOpening(c.v, c.sp, g, 0)
		return model.DisputeOperand{Operands: c.ref.operands, Q: 0, O: o} // refused: the operand is right
	}
	return model.AcceptElement{}
}

// disputeDiffering is the operand dispute of the first proved operand that differs
// from view v; ok false when every operand agrees (or v cannot give them: then m is
// nil, no move).
func disputeDiffering(v model.View, sp *model.Spec, g *model.Game, ref *zkRef) (m model.Move, ok bool) {
	mine, err := model.ZkOperands(v, sp, g)
	if err != nil {
		return nil, true
	}
	for q := 0; q < len(mine)/4; q++ {
		if !bytes.Equal(mine[4*q:4*q+4], ref.operands[4*q:4*q+4]) {
			o, _ := model.ZkOpening(v, sp, g, uint64(q))
			return model.DisputeOperand{Operands: ref.operands, Q: uint64(q), O: o}, true
		}
	}
	return nil, false
}

// matmulFault draws a fault in the forward matmul (node 0) that changes the end of its segment.
func matmulFault(r *rand.Rand, steps, interval uint64) (model.Fault, *model.World, *model.World) {
	for {
		f := model.Fault{Kind: model.FaultOp, Step: r.Uint64N(steps), Node: 0, Element: r.Uint64N(15), Op: r.Uint64N(8)}
		truth, liar := model.NewWorlds(r.Uint64(), model.Dims{M: 3, K: 4, N: 5}, steps, f)
		end := f.Step/interval*interval + interval
		if truth.StateRoot(end) != liar.StateRoot(end) {
			return f, truth, liar
		}
	}
}

// forge returns operands, differing from the true ones in operand 1 only, on which
// the matmul gives want: what a solver defending a wrong value must try.
func forge(c proofs.Claim, want uint32) (proofs.Claim, bool) {
	ops := append([]uint32(nil), c.Operands...)
	for d := uint32(1); d < 1<<16; d++ {
		for _, b := range []uint32{c.Operands[1] + d, c.Operands[1] - d} {
			ops[1] = b
			var acc float32
			for p := 0; p < len(ops)/2; p++ {
				prod := repops.Eval(repops.OpMul, math.Float32frombits(ops[2*p]), math.Float32frombits(ops[2*p+1]))
				acc = repops.Eval(repops.OpAdd, acc, prod)
			}
			if math.Float32bits(acc) == want {
				return proofs.Claim{Kernel: c.Kernel, Operands: ops, Value: want}, true
			}
		}
	}
	return c, false
}

// TestGameZkProof plays the game to the trace level on chain and in the model in
// lockstep and settles it with one proof: an honest solver's proof wins (a dispute of
// a right operand is refused), a liar cannot prove its value on the true operands,
// a liar that proves it on forged operands loses to the operand dispute, and a proof
// sent with other operands is rejected.
func TestGameZkProof(t *testing.T) {
	p := testProver(t)
	e := zkEnv(t)
	const steps, interval = 8, 4
	r := rand.New(rand.NewPCG(8, 8))
	for _, c := range []struct {
		name       string
		solverLies bool
		forged     bool
		after      int
		want       model.Result
	}{
		{"honest solver proves at OpenTrace", false, false, 0, model.SolverWins},
		{"honest solver proves during the trace descent", false, false, 1, model.SolverWins},
		{"liar proves on forged operands", true, true, 0, model.ChallengerWins},
		{"liar cannot prove its value", true, false, 0, model.ChallengerWins},
	} {
		t.Run(c.name, func(t *testing.T) {
			f, truth, liar := matmulFault(r, steps, interval)
			sv, cv := truth, liar
			if c.solverLies {
				sv, cv = liar, truth
			}
			first := f.Step / interval * interval
			ls := e.openGame(truth.Setup(sv, first, interval, gameClock), 4)
			ls.g.Verifier = goVerifier{p}
			ref := &zkRef{lockstep: ls}
			var proveErr error
			claim := func(g *model.Game) (proofs.Claim, bool) {
				cl := claimAt(t, sv, sv.Spec, g)
				if !c.forged {
					return cl, true
				}
				return forge(cl, g.Value)
			}
			sol := zkSolver{inner: model.HonestSolver{V: sv, Spec: sv.Spec}, claim: claim, p: p, after: c.after, n: new(int), err: &proveErr}
			ch := zkChallenger{inner: model.HonestChallenger{V: cv}, v: cv, sp: cv.Spec, ref: ref, tried: new(bool)}
			res, st, err := model.Play(ref, sol, ch, nil, 0)
			for _, d := range ls.diverged {
				t.Errorf("%+v: %s", f, d)
			}
			if err != nil {
				t.Fatal(err)
			}
			onChain := call(e, e.game, e.pg.PackResult(ls.id), e.pg.UnpackResult)
			if res != c.want || model.Result(onChain) != c.want {
				t.Fatalf("%+v: model %v, contract %v, want %v", f, res, model.Result(onChain), c.want)
			}
			if c.solverLies && !c.forged && !errors.Is(proveErr, proofs.ErrFalseClaim) {
				t.Fatalf("a false value was proved or failed oddly: %v", proveErr)
			}
			for _, g := range ls.gas {
				if g.name == "proveElement" || g.name == "disputeOperand" || g.name == "acceptElement" {
					t.Logf("%s: %d gas", g.name, g.gas)
				}
			}
			t.Logf("%+v: %v in %d moves", f, res, st.Moves)
		})
	}

	t.Run("proof with other operands is rejected", func(t *testing.T) {
		f, truth, liar := matmulFault(r, steps, interval)
		ls := e.openGame(truth.Setup(truth, f.Step/interval*interval, interval, gameClock), 4)
		ls.g.Verifier = goVerifier{p}
		ref := &zkRef{lockstep: ls}
		stop := model.HonestSolver{V: truth, Spec: truth.Spec}
		for ls.g.Phase != model.PhaseOpenTrace && ls.g.Result == model.Pending {
			var m model.Move
			if ls.g.SolverTurn {
				m = stop.Next(ls.g)
			} else {
				m = model.HonestChallenger{V: liar}.Next(ls.g)
			}
			if err := ref.Apply(ls.g.ToMove(), ls.g.Moves, m, 0); err != nil {
				t.Fatal(err)
			}
		}
		cl := claimAt(t, truth, truth.Spec, ls.g)
		pr, err := p.Prove(context.Background(), cl)
		if err != nil {
			t.Fatal(err)
		}
		other := cl.OperandBytes()
		binary.BigEndian.PutUint32(other[0:], cl.Operands[0]^1) // one operand, one bit
		err = ref.Apply(model.Solver, ls.g.Moves, model.ProveElement{Operands: other, Proof: pr.Solidity()}, 0)
		if err == nil || errors.Is(err, errDiverged) {
			t.Fatalf("proof accepted for other operands (or diverged): %v %v", err, ls.diverged)
		}
		bad := pr.Solidity()
		bad[300] ^= 1 // another commitment: another challenge
		if err := ref.Apply(model.Solver, ls.g.Moves, model.ProveElement{Operands: cl.OperandBytes(), Proof: bad}, 0); err == nil || errors.Is(err, errDiverged) {
			t.Fatalf("tampered proof accepted (or diverged): %v %v", err, ls.diverged)
		}
		if err := ref.Apply(model.Solver, ls.g.Moves, model.ProveElement{Operands: cl.OperandBytes(), Proof: pr.Solidity()}, 0); err != nil {
			t.Fatalf("the right proof: %v %v", err, ls.diverged)
		}
	})
}

// zkRefuter is the challenger of the refutation path: inner, except at its first
// trace-level pick, where it proves the element is claim(g)'s value (not the
// solver's). When the claim cannot be proved it plays inner.
type zkRefuter struct {
	inner model.Strategy
	claim func(g *model.Game) (proofs.Claim, bool)
	p     *proofs.Prover
}

func (c zkRefuter) Next(g *model.Game) model.Move {
	if g.Level == model.LevelTrace && g.Phase == model.PhasePick {
		if cl, ok := c.claim(g); ok {
			if pr, err := c.p.Prove(context.Background(), cl); err == nil {
				return model.RefuteElement{Value: cl.Value, Operands: cl.OperandBytes(), Proof: pr.Solidity()}
			}
		}
	}
	return c.inner.Next(g)
}

// zkDefender is the solver answering a refutation: it disputes the first operand that
// differs from its view, or accepts.
type zkDefender struct {
	inner model.Strategy
	v     model.View
	sp    *model.Spec
	ref   *zkRef
}

func (s zkDefender) Next(g *model.Game) model.Move {
	if g.Phase != model.PhaseOperandCheck {
		return s.inner.Next(g)
	}
	if m, ok := disputeDiffering(s.v, s.sp, g, s.ref); ok {
		return m
	}
	return model.AcceptElement{}
}

// TestGameZkRefute: the challenger ends the trace level with a proof of the true
// element (PinpointGame.refuteElement), on chain and in the model in lockstep: an
// honest challenger's refutation of a lying solver wins (the solver can only accept);
// a lying challenger that refutes on forged operands loses to the solver's operand
// dispute; a refutation proving the solver's own value, or made before the trace
// level, is rejected.
func TestGameZkRefute(t *testing.T) {
	p := testProver(t)
	e := zkEnv(t)
	const steps, interval = 8, 4
	r := rand.New(rand.NewPCG(9, 9))
	for _, c := range []struct {
		name       string
		solverLies bool
		want       model.Result
	}{
		{"honest challenger refutes a liar", true, model.ChallengerWins},
		{"liar refutes on forged operands", false, model.SolverWins},
	} {
		t.Run(c.name, func(t *testing.T) {
			f, truth, liar := matmulFault(r, steps, interval)
			sv, cv := truth, liar
			if c.solverLies {
				sv, cv = liar, truth
			}
			first := f.Step / interval * interval
			ls := e.openGame(truth.Setup(sv, first, interval, gameClock), 4)
			ls.g.Verifier = goVerifier{p}
			ref := &zkRef{lockstep: ls}
			claim := func(g *model.Game) (proofs.Claim, bool) {
				cl := claimAt(t, cv, cv.Spec, g)
				if c.solverLies { // the true value on the agreed operands
					v, err := cl.Eval()
					cl.Value = v
					return cl, err == nil && v != g.Value
				}
				// forged operands: flip bits of operand 1 until the matmul gives another value
				for bit := 22; bit >= 0; bit-- {
					f := cl
					f.Operands = append([]uint32(nil), cl.Operands...)
					f.Operands[1] ^= 1 << bit
					if v, err := f.Eval(); err == nil && v != g.Value {
						f.Value = v
						return f, true
					}
				}
				return cl, false
			}
			ch := zkRefuter{inner: model.HonestChallenger{V: cv}, claim: claim, p: p}
			sol := zkDefender{inner: model.HonestSolver{V: sv, Spec: sv.Spec}, v: sv, sp: sv.Spec, ref: ref}
			res, st, err := model.Play(ref, sol, ch, nil, 0)
			for _, d := range ls.diverged {
				t.Errorf("%+v: %s", f, d)
			}
			if err != nil {
				t.Fatal(err)
			}
			onChain := call(e, e.game, e.pg.PackResult(ls.id), e.pg.UnpackResult)
			if res != c.want || model.Result(onChain) != c.want {
				t.Fatalf("%+v: model %v, contract %v, want %v", f, res, model.Result(onChain), c.want)
			}
			refuted := false
			for _, g := range ls.gas {
				refuted = refuted || g.name == "refuteElement"
				if g.name == "refuteElement" || g.name == "disputeOperand" || g.name == "acceptElement" {
					t.Logf("%s: %d gas", g.name, g.gas)
				}
			}
			if !refuted {
				t.Fatal("the game did not end by a refutation")
			}
			t.Logf("%+v: %v in %d moves", f, res, st.Moves)
		})
	}

	t.Run("refutations the contract rejects", func(t *testing.T) {
		f, truth, liar := matmulFault(r, steps, interval)
		ls := e.openGame(truth.Setup(liar, f.Step/interval*interval, interval, gameClock), 4)
		ls.g.Verifier = goVerifier{p}
		ref := &zkRef{lockstep: ls}
		sol := model.HonestSolver{V: liar, Spec: liar.Spec}
		ch := model.HonestChallenger{V: truth}
		var tried bool
		for !(ls.g.Level == model.LevelTrace && ls.g.Phase == model.PhasePick) && ls.g.Result == model.Pending {
			var m model.Move
			if ls.g.SolverTurn {
				m = sol.Next(ls.g)
			} else {
				m = ch.Next(ls.g)
				if ls.g.Phase == model.PhasePick && !tried { // before the trace level
					tried = true
					bogus := model.RefuteElement{Value: 1, Operands: make([]byte, 8), Proof: make([]byte, proofs.ProofLen)}
					if err := ref.Apply(model.Challenger, ls.g.Moves, bogus, 0); err == nil || errors.Is(err, errDiverged) {
						t.Fatalf("refutation before the trace level accepted (or diverged): %v %v", err, ls.diverged)
					}
				}
			}
			if err := ref.Apply(ls.g.ToMove(), ls.g.Moves, m, 0); err != nil {
				t.Fatal(err)
			}
		}
		cl := claimAt(t, liar, liar.Spec, ls.g) // the solver's own value on the agreed operands: not provable
		v, err := cl.Eval()
		if err != nil {
			t.Fatal(err)
		}
		cl.Value = v
		pr, err := p.Prove(context.Background(), cl)
		if err != nil {
			t.Fatal(err)
		}
		if err := ref.Apply(model.Challenger, ls.g.Moves, model.RefuteElement{Value: ls.g.Value, Operands: cl.OperandBytes(), Proof: pr.Solidity()}, 0); err == nil || errors.Is(err, errDiverged) {
			t.Fatalf("refutation with the solver's value accepted (or diverged): %v %v", err, ls.diverged)
		}
		if err := ref.Apply(model.Challenger, ls.g.Moves, model.RefuteElement{Value: v, Operands: cl.OperandBytes(), Proof: pr.Solidity()}, 0); err != nil {
			t.Fatalf("the right refutation: %v %v", err, ls.diverged)
		}
		if ls.g.Phase != model.PhaseOperandCheck || !ls.g.SolverTurn {
			t.Fatalf("after a refutation: phase %d, solver's turn %v", ls.g.Phase, ls.g.SolverTurn)
		}
	})
}

// TestCommittedVerifierHashes: proofs knows the committed verifiers by their hash
// (its key cache keys on it and refuses keys that do not export to it).
func TestCommittedVerifierHashes(t *testing.T) {
	for _, terms := range []int{8, 784} {
		src, err := os.ReadFile(fmt.Sprintf("src/%s.sol", proofs.VerifierName(terms)))
		if err != nil {
			t.Fatal(err)
		}
		want, ok := proofs.CommittedVerifierSHA256(terms)
		if got := sha256.Sum256(src); !ok || hex.EncodeToString(got[:]) != want {
			t.Errorf("%d terms: proofs.CommittedVerifierSHA256 = %q, the committed file hashes to %x: update proofs/cache.go", terms, want, got)
		}
	}
}

// TestZkJudgeElementwise: the judge accepts proofs of every element-wise and sum kernel
// the circuit covers (the descriptor carries the constants), rejects them under another
// constant or value, and reverts UnjudgedKernel for a kernel the circuit does not judge.
func TestZkJudgeElementwise(t *testing.T) {
	p := testProver(t)
	sim, err := chain.NewSim(chain.WithAccounts(2), chain.WithOsakaRules())
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	ctx := t.Context()
	at := deployJudge(t, ctx, sim)
	zj := zkelementjudge.NewZkElementJudge()
	check := func(n model.Node, e uint64, value uint32, ops, proof []byte) error {
		_, err := sim.CallContract(ctx, ethereum.CallMsg{To: &at, Data: zj.PackCheck(model.ZkNode(n), e, value, ops, proof)}, nil)
		return err
	}
	vals := []float32{0.25, -1.5, 3e-39, 2, 1e-3, -0, 0.75, 4, -2.5, 0.5, 1.25, -3}
	im := repops.Im2Col{N: 1, H: 4, W: 4, C: 1, KH: 3, KW: 3, S: 1}
	for _, k := range []repops.Kernel{
		repops.BiasAdd{M: 1, N: 3}, repops.ReLU{N: 3}, repops.ReLUGrad{N: 3},
		repops.Momentum{N: 3, Mu: 0.9}, repops.SGDApply{N: 3, LR: 0.05},
		repops.AdamM{N: 3, B1: 0.9}, repops.AdamV{N: 3, B2: 0.999}, repops.Scale{N: 3, S: 0.125},
		repops.Tanh{N: 3}, repops.TanhGrad{N: 3}, repops.AdamApply{N: 3, LR: 1e-3, Eps: 1e-8},
		repops.ColSum{M: 4, N: 3}, repops.Mean{N: 7}, im, repops.Col2Im{Im2Col: im},
		repops.SoftmaxXentGrad{M: 2, C: 4},
	} {
		in := make([][]float32, len(k.InLens()))
		for i, n := range k.InLens() {
			in[i] = make([]float32, n)
			for j := range in[i] {
				in[i][j] = vals[(i*5+j)%len(vals)]
			}
		}
		if _, ok := k.(repops.AdamApply); ok {
			in[2] = []float32{0.5, 1e-6, 0}                 // v' >= 0
			in[3], in[4] = []float32{0.9}, []float32{0.999} // b^t
		}
		e := 1
		switch k.(type) {
		case repops.Mean:
			e = 0
		case repops.Col2Im:
			e = 5 // a pixel inside: covered by four patches
		}
		n := model.NodeFromKernel(k, [32]byte{}, 0, 0, 0, 0)
		c, err := proofs.ClaimOf(k, in, e)
		if err != nil {
			t.Fatal(err)
		}
		pr, err := p.Prove(ctx, c)
		if err != nil {
			t.Fatalf("%v: %v", k, err)
		}
		if err := check(n, uint64(e), c.Value, c.OperandBytes(), pr.Solidity()); err != nil {
			t.Errorf("%v: true claim rejected: %v", k, err)
		}
		if c.Const != 0 || c.Const2 != 0 {
			other := n
			if c.Const2 != 0 {
				other.P2 ^= 1
			} else if k.ID() == repops.KMean || k.ID() == repops.KSoftmaxXentGrad {
				other.P0++
			} else {
				other.P1 ^= 1
			}
			if err := check(other, uint64(e), c.Value, c.OperandBytes(), pr.Solidity()); err == nil {
				t.Errorf("%v: accepted under another constant", k)
			}
		}
		if err := check(n, uint64(e), c.Value^1, c.OperandBytes(), pr.Solidity()); err == nil {
			t.Errorf("%v: accepted another value", k)
		}
		if k.ID() == repops.KSoftmaxXentGrad {
			if err := check(n, uint64(e+1), c.Value, c.OperandBytes(), pr.Solidity()); err == nil {
				t.Errorf("%v: accepted for the next column", k)
			}
		}
	}
	wide := model.NodeFromKernel(repops.SoftmaxXentGrad{M: 1, C: model.ZkXentMaxCols + 1}, [32]byte{}, 0, 0, 0, 0)
	err = check(wide, 0, 0, make([]byte, 8*(model.ZkXentMaxCols+1)), make([]byte, proofs.ProofLen))
	if !revertsWith(err, zj, func(e any) bool { _, ok := e.(*zkelementjudge.ZkElementJudgeUnjudgedKernel); return ok }) {
		t.Errorf("a softmax row wider than the circuit's: %v, want UnjudgedKernel", err)
	}
	xent := model.NodeFromKernel(repops.SoftmaxXent{M: 1, C: 3}, [32]byte{}, 0, 0, 0, 0)
	err = check(xent, 0, 0, make([]byte, 24), make([]byte, proofs.ProofLen))
	if !revertsWith(err, zj, func(e any) bool { _, ok := e.(*zkelementjudge.ZkElementJudgeUnjudgedKernel); return ok }) {
		t.Errorf("xent (not judged): %v, want UnjudgedKernel", err)
	}
	mean := model.NodeFromKernel(repops.Mean{N: zkTerms + 1}, [32]byte{}, 0, 0, 0, 0)
	err = check(mean, 0, 0, make([]byte, 4*(zkTerms+1)), make([]byte, proofs.ProofLen))
	if !revertsWith(err, zj, func(e any) bool { _, ok := e.(*zkelementjudge.ZkElementJudgeTooManyTerms); return ok }) {
		t.Errorf("a mean of more summands than the circuit holds: %v, want TooManyTerms", err)
	}
}

// TestZkOperandRefs: the judge's numOperands/operandRef (what the game's operand
// dispute opens), the Go model's and proofs.OperandRef agree on every element and
// operand of every judged kernel shape drawn, matmul layouts and convolutions included.
func TestZkOperandRefs(t *testing.T) {
	sim, err := chain.NewSim(chain.WithAccounts(2), chain.WithOsakaRules())
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	ctx := t.Context()
	at := deployJudge(t, ctx, sim)
	zj := zkelementjudge.NewZkElementJudge()
	r := rand.New(rand.NewPCG(8, 8))
	ks := []repops.Kernel{
		repops.MatMulK{M: 3, K: 4, N: 2, L: repops.NN}, repops.MatMulK{M: 3, K: 4, N: 2, L: repops.NT},
		repops.MatMulK{M: 3, K: 4, N: 2, L: repops.TN}, repops.BiasAdd{M: 2, N: 3}, repops.AdamApply{N: 4},
		repops.ColSum{M: 5, N: 3}, repops.Mean{N: 6}, repops.Tanh{N: 2}, repops.TanhGrad{N: 2},
		repops.Im2Col{N: 2, H: 5, W: 6, C: 2, KH: 3, KW: 2, S: 2}, repops.Col2Im{Im2Col: repops.Im2Col{N: 2, H: 5, W: 6, C: 2, KH: 3, KW: 2, S: 2}},
		repops.Col2Im{Im2Col: repops.Im2Col{N: 1, H: 7, W: 7, C: 1, KH: 5, KW: 5, S: 2}},
		repops.SoftmaxXentGrad{M: 3, C: 10}, repops.SoftmaxXentGrad{M: 4, C: 3},
	}
	calls := 0
	for _, k := range ks {
		n := model.NodeFromKernel(k, [32]byte{}, 0, 0, 0, 0)
		nd := model.ZkNode(n)
		for e := 0; e < k.OutLen(); e++ {
			if e > 8 && r.IntN(4) != 0 {
				continue
			}
			want := proofs.NumOperands(k, e)
			if got := model.ZkNumOperands(n, uint64(e)); int(got) != want {
				t.Fatalf("%v element %d: model says %d operands, proofs %d", k, e, got, want)
			}
			for q := 0; q < want; q++ {
				slot, idx, err := proofs.OperandRef(k, e, q)
				if err != nil {
					t.Fatal(err)
				}
				ms, mi, err := model.ZkOperandRef(n, uint64(e), uint64(q))
				if err != nil || int(ms) != slot || int(mi) != idx {
					t.Fatalf("%v element %d operand %d: model (%d, %d, %v), proofs (%d, %d)", k, e, q, ms, mi, err, slot, idx)
				}
				if q > 2 && r.IntN(3) != 0 {
					continue // the chain for a sample: the Go model is checked on all
				}
				calls++
				raw, err := sim.CallContract(ctx, ethereum.CallMsg{To: &at, Data: zj.PackOperandRef(nd, uint64(e), uint64(q))}, nil)
				if err != nil {
					t.Fatal(err)
				}
				out, err := zj.UnpackOperandRef(raw)
				if err != nil {
					t.Fatal(err)
				}
				if int(out.Slot) != slot || int(out.Index) != idx {
					t.Fatalf("%v element %d operand %d: judge (%d, %d), proofs (%d, %d)", k, e, q, out.Slot, out.Index, slot, idx)
				}
			}
		}
	}
	t.Logf("%d operand references checked on chain", calls)
}
