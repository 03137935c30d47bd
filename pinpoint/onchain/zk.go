package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veritrain/veritrain/contracts/bindings/zkelementjudge"
	"github.com/veritrain/veritrain/contracts/bindings/zkelementverifier784"
	"github.com/veritrain/veritrain/contracts/bindings/zkelementverifier8"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/proofs"
)

// ErrUnverified: the replica was asked about a proof the agent did not check with
// the chain's verifier first (a move it did not read from a block).
var ErrUnverified = errors.New("onchain: element proof not checked by the chain's verifier")

var (
	zj = zkelementjudge.NewZkElementJudge()
	zv = zkelementverifier8.NewZkElementVerifier8() // every exported verifier has this ABI
)

// ElementJudge is the game's element judge (zero: the proof path is off).
func (g *Game) ElementJudge(ctx context.Context) (common.Address, error) {
	at, err := bind.Call(g.c, &bind.CallOpts{Context: ctx}, pg.PackElementJudge(), pg.UnpackElementJudge)
	if err != nil {
		return common.Address{}, fmt.Errorf("onchain: elementJudge: %w", err)
	}
	return at, nil
}

// judgeVerifier is the replica's element verifier: the verdicts of the verifier
// contract the game's judge calls, asked by the agent (an eth_call) before it steps a
// proving move, so that the player itself does no I/O.
type judgeVerifier struct {
	at  common.Address // the verifier contract
	max int
	ok  map[[32]byte]bool
}

func verdictKey(proof []byte, h, f *big.Int) [32]byte {
	var hb, fb [32]byte
	h.FillBytes(hb[:])
	f.FillBytes(fb[:])
	return [32]byte(crypto.Keccak256(proof, hb[:], fb[:]))
}

// VerifyElement implements model.ElementVerifier.
func (v *judgeVerifier) VerifyElement(proof []byte, h, f *big.Int) error {
	if !v.ok[verdictKey(proof, h, f)] {
		return ErrUnverified
	}
	return nil
}

// MaxTerms implements model.ElementVerifier.
func (v *judgeVerifier) MaxTerms() int { return v.max }

// ask calls the verifier contract on a proving move about to be stepped into g and
// records a passing verdict; a failing one is left out (the replica then rejects the
// move, which the chain did not accept either).
func (v *judgeVerifier) ask(ctx context.Context, b Backend, g *model.Game, m model.Move) error {
	var value uint32
	var ops, proof []byte
	switch m := m.(type) {
	case model.ProveElement:
		value, ops, proof = g.Value, m.Operands, m.Proof
	case model.RefuteElement:
		value, ops, proof = m.Value, m.Operands, m.Proof
	default:
		return nil
	}
	if len(proof) != proofs.ProofLen || model.ZkNumOperands(g.Desc, g.Element) == 0 {
		return nil
	}
	h, _, f := model.ZkPublicInputs(g.Desc, g.Element, value, ops, proof)
	if _, err := b.CallContract(ctx, ethereum.CallMsg{To: &v.at, Data: zv.PackVerifyProof(proof, [2]*big.Int{h, f})}, nil); err != nil {
		if ctx.Err() != nil || !strings.Contains(err.Error(), "revert") {
			return fmt.Errorf("onchain: verifyProof: %w", err)
		}
		return nil // reverted: not a valid proof
	}
	v.ok[verdictKey(proof, h, f)] = true
	return nil
}

// zkSetup reads the game's element judge (fixed at deployment; zero: none) once; then
// the player's replica checks proofs with the judge's verifier and, if the agent has a prover for
// the judge's circuit size, the player offers claims to prove.
func (a *Agent) zkSetup(ctx context.Context) error {
	if a.zkRead {
		return nil
	}
	j, err := a.G.ElementJudge(ctx)
	if err != nil {
		return err
	}
	if j == (common.Address{}) {
		a.zkRead = true
		return nil
	}
	jc := zj.Instance(a.G.B, j)
	max, err := bind.Call(jc, &bind.CallOpts{Context: ctx}, zj.PackMaxTerms(), zj.UnpackMaxTerms)
	if err != nil {
		return fmt.Errorf("onchain: judge maxTerms: %w", err)
	}
	at, err := bind.Call(jc, &bind.CallOpts{Context: ctx}, zj.PackVerifier(), zj.UnpackVerifier)
	if err != nil {
		return fmt.Errorf("onchain: judge verifier: %w", err)
	}
	a.zk = &judgeVerifier{at: at, max: int(max), ok: map[[32]byte]bool{}}
	a.zkRead = true
	prove := a.G.Prover != nil && a.G.Prover.Terms == int(max)
	if a.G.Prover != nil && !prove {
		a.Log.Warn("prover does not match the element judge: proofs off", "prover_terms", a.G.Prover.Terms, "judge_terms", max)
	}
	a.P.EnableZk(a.zk, prove)
	a.Log.Debug("element judge", "judge", j.Hex(), "max_terms", max, "prove", prove)
	return nil
}

// proofMove proves c and wraps it as the role's proving move.
func (a *Agent) proofMove(ctx context.Context, c proofs.Claim) (model.Move, error) {
	pr, err := a.G.Prover.Prove(ctx, c)
	if err != nil {
		return nil, err
	}
	if err := a.G.Prover.Verify(pr); err != nil {
		return nil, err
	}
	if a.P.Role == model.Solver {
		return model.ProveElement{Operands: c.OperandBytes(), Proof: pr.Solidity()}, nil
	}
	return model.RefuteElement{Value: c.Value, Operands: c.OperandBytes(), Proof: pr.Solidity()}, nil
}

// verifierMeta is the committed verifier contract of each circuit size.
var verifierMeta = map[int]*bind.MetaData{
	8:   &zkelementverifier8.ZkElementVerifier8MetaData,
	784: &zkelementverifier784.ZkElementVerifier784MetaData,
}

// DeployElementJudge deploys the committed verifier for terms and a ZkElementJudge over
// it from account `from`, and returns the judge's address: deploy the game naming it
// next (chain.DeployGameJudged), as a game's judge is fixed at its deployment.
func DeployElementJudge(ctx context.Context, c chain.Chain, from int, terms int) (common.Address, error) {
	meta, ok := verifierMeta[terms]
	if !ok {
		return common.Address{}, fmt.Errorf("onchain: no committed verifier for %d terms: %w", terms, proofs.ErrShape)
	}
	v, _, err := chain.Deploy(ctx, c, from, meta, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("onchain: deploy verifier: %w", err)
	}
	j, _, err := chain.Deploy(ctx, c, from, &zkelementjudge.ZkElementJudgeMetaData, zj.PackConstructor(v, uint32(terms)))
	if err != nil {
		return common.Address{}, fmt.Errorf("onchain: deploy judge: %w", err)
	}
	return j, nil
}
