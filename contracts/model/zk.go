package model

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/veritrain/veritrain/repops"
)

// The one-proof alternative to the trace level (PinpointGame.proveElement,
// acceptElement, disputeOperand; package proofs builds the proofs).

// PhaseOperandCheck follows a proved element: the challenger accepts it or shows a
// wrong operand (PinpointGame.Phase.OperandCheck, numbered after PhaseDone).
const PhaseOperandCheck Phase = PhaseDone + 1

// Errors of the proof path.
var (
	ErrZkDisabled   = errors.New("model: no element verifier set")
	ErrTooManyTerms = errors.New("model: more terms than the element circuit holds")
)

// ElementVerifier is the verifier contract of the element circuit: it accepts a proof
// (gnark's Solidity format) for the public inputs opsHash and fingerprint.
type ElementVerifier interface {
	VerifyElement(proof []byte, opsHash, fingerprint *big.Int) error
	MaxTerms() int
}

type (
	// ProveElement ends the trace level with one proof (solver).
	ProveElement struct{ Operands, Proof []byte }
	// RefuteElement ends the trace level with one proof that the element is Value,
	// not the solver's (challenger, on its Pick turn at the trace level).
	RefuteElement struct {
		Value           uint32
		Operands, Proof []byte
	}
	// AcceptElement concedes a proved element (the party that did not prove).
	AcceptElement struct{}
	// DisputeOperand shows operand Q of a proved element differs from the agreed input
	// it stands for (the party that did not prove).
	DisputeOperand struct {
		Operands []byte
		Q        uint64
		O        Opening
	}
)

func (ProveElement) isMove()   {}
func (RefuteElement) isMove()  {}
func (AcceptElement) isMove()  {}
func (DisputeOperand) isMove() {}

// fieldR is the BN254 scalar field.
var fieldR, _ = new(big.Int).SetString("21888242871839275222246405745257275088548364400416034343698204186575808495617", 10)

// proofPhase is the phase a ProveElement is checked against: the current one when the
// game is at the trace level on a solver move, else OpenTrace (a wrong-phase move).
func (g *Game) proofPhase() Phase {
	if g.Phase == PhaseOpenTrace || (g.Level == LevelTrace && (g.Phase == PhaseReveal || g.Phase == PhaseDefendStep)) {
		return g.Phase
	}
	return PhaseOpenTrace
}

// ZkNumOperands is the number of operands of one output element of node n (0: not
// judged by the element circuit).
func ZkNumOperands(n Node) uint64 {
	switch n.Kernel {
	case uint8(repops.KMatMul):
		return 2 * uint64(n.P1)
	case uint8(repops.KReLU), uint8(repops.KScale):
		return 1
	case uint8(repops.KBiasAdd), uint8(repops.KReLUGrad), uint8(repops.KMomentum), uint8(repops.KSGDApply),
		uint8(repops.KAdamM), uint8(repops.KAdamV):
		return 2
	}
	return 0
}

// zkConst reports whether the kernel's descriptor p1 is a float constant the
// element circuit reads (momentum's mu, sgd's lr, adam's b1 or b2, scale's s).
func zkConst(kernel uint8) bool {
	switch repops.KernelID(kernel) {
	case repops.KMomentum, repops.KSGDApply, repops.KAdamM, repops.KAdamV, repops.KScale:
		return true
	}
	return false
}

// ZkMeta is kernel | c<<8 | v<<40, c the kernel's float constant (descriptor p1 of
// momentum, sgd, adam_m, adam_v, scale).
func ZkMeta(n Node, value uint32) *big.Int {
	var c uint64
	if zkConst(n.Kernel) {
		c = uint64(n.P1)
	}
	m := new(big.Int).SetUint64(uint64(value))
	m.Lsh(m, 40)
	return m.Or(m, new(big.Int).SetUint64(uint64(n.Kernel)|c<<8))
}

// ZkPublicInputs is what the contract derives from the calldata: opsHash, the
// commitment challenge z and the fingerprint.
func ZkPublicInputs(n Node, value uint32, operands, proof []byte) (opsHash, z, fingerprint *big.Int) {
	opsHash = new(big.Int).SetBytes(crypto.Keccak256(operands))
	opsHash.Mod(opsHash, fieldR)
	var hb [32]byte
	opsHash.FillBytes(hb[:])
	z = new(big.Int).SetBytes(crypto.Keccak256(proof[256:320], hb[:]))
	z.Mod(z, fieldR)
	acc := new(big.Int)
	for i := len(operands)/4 - 1; i >= 0; i-- {
		acc.Add(acc, new(big.Int).SetUint64(uint64(binary.BigEndian.Uint32(operands[4*i:]))))
		acc.Mul(acc, z).Mod(acc, fieldR)
	}
	acc.Add(acc, ZkMeta(n, value)).Mod(acc, fieldR)
	return opsHash, z, acc
}

// ZkOperandRef is proofs.OperandRef on a descriptor: input slot and index of operand q.
func ZkOperandRef(n Node, e, q uint64) (slot uint8, index uint32, err error) {
	if n.Kernel == uint8(repops.KMatMul) {
		sh, err := StepShape(n, e, q/2*2)
		if err != nil {
			return 0, 0, err
		}
		if q%2 == 0 {
			return 0, sh.PayA, nil
		}
		return 1, sh.PayB, nil
	}
	if n.Kernel == uint8(repops.KBiasAdd) && q == 1 {
		return 1, uint32(e % uint64(n.P1)), nil
	}
	return uint8(q), uint32(e), nil
}

func (g *Game) proveElement(m ProveElement) error {
	if err := g.checkElement(g.Value, m.Operands, m.Proof); err != nil {
		return err
	}
	g.OpsDigest = [32]byte(crypto.Keccak256(m.Operands))
	g.Phase, g.SolverTurn = PhaseOperandCheck, false
	return nil
}

// ErrNotAtTrace: a RefuteElement before the trace level.
var ErrNotAtTrace = errors.New("model: not at the trace level")

func (g *Game) refuteElement(m RefuteElement) error {
	if g.Level != LevelTrace {
		return ErrNotAtTrace
	}
	if m.Value == g.Value {
		return ErrBadProof
	}
	if err := g.checkElement(m.Value, m.Operands, m.Proof); err != nil {
		return err
	}
	g.OpsDigest = [32]byte(crypto.Keccak256(m.Operands))
	g.Refuted = true
	g.Phase, g.SolverTurn = PhaseOperandCheck, true
	return nil
}

// checkElement is ZkElementJudge.check: the proof shows the node's kernel gives
// value on operands.
func (g *Game) checkElement(value uint32, operands, proof []byte) error {
	if g.Verifier == nil {
		return ErrZkDisabled
	}
	n := ZkNumOperands(g.Desc)
	if n == 0 {
		return fmt.Errorf("%w: kernel %d", ErrBadNode, g.Desc.Kernel)
	}
	if g.Desc.Kernel == uint8(repops.KMatMul) && int(g.Desc.P1) > g.Verifier.MaxTerms() {
		return ErrTooManyTerms
	}
	if uint64(len(operands)) != 4*n || len(proof) != 384 {
		return ErrBadProof
	}
	h, _, f := ZkPublicInputs(g.Desc, value, operands, proof)
	if err := g.Verifier.VerifyElement(proof, h, f); err != nil {
		return fmt.Errorf("%w: %v", ErrBadProof, err)
	}
	return nil
}

func (g *Game) disputeOperand(m DisputeOperand) error {
	if [32]byte(crypto.Keccak256(m.Operands)) != g.OpsDigest || m.Q*4 >= uint64(len(m.Operands)) {
		return ErrBadProof
	}
	slot, index, err := ZkOperandRef(g.Desc, g.Element, m.Q)
	if err != nil {
		return err
	}
	agreed, err := g.operand(repops.RefInput, slot, index, m.O)
	if err != nil {
		return err
	}
	if agreed == binary.BigEndian.Uint32(m.Operands[4*m.Q:]) {
		return ErrBadProof // a right operand: nothing to dispute
	}
	g.verdict(g.Refuted)
	return nil
}

// ZkOpening is the opening of operand q of the disputed element from view v (the
// input element, proven against the agreed roots), for DisputeOperand.
func ZkOpening(v View, sp *Spec, g *Game, q uint64) (Opening, error) {
	slot, index, err := ZkOperandRef(g.Desc, g.Element, q)
	if err != nil {
		return Opening{}, err
	}
	return HonestSolver{V: v, Spec: sp}.open(g, g.S.FirstStep+g.Step-1, repops.RefInput, slot, index), nil
}

// ZkOperands reads the disputed element's operands from view v (OperandBytes order).
func ZkOperands(v View, sp *Spec, g *Game) ([]byte, error) {
	n := ZkNumOperands(g.Desc)
	b := make([]byte, 4*n)
	for q := uint64(0); q < n; q++ {
		o, err := ZkOpening(v, sp, g, q)
		if err != nil {
			return nil, err
		}
		_, index, _ := ZkOperandRef(g.Desc, g.Element, q)
		binary.BigEndian.PutUint32(b[4*q:], Lane(o.DataLeaf, int(index%8)))
	}
	return b, nil
}
