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

// ZkNumOperands is the number of operands of output element e of node n (0: not
// judged by the element circuit), as ZkElement.numOperands.
func ZkNumOperands(n Node, e uint64) uint64 {
	switch repops.KernelID(n.Kernel) {
	case repops.KMatMul:
		return 2 * uint64(n.P1)
	case repops.KReLU, repops.KTanh, repops.KScale, repops.KIm2Col:
		return 1
	case repops.KBiasAdd, repops.KReLUGrad, repops.KMomentum, repops.KSGDApply, repops.KTanhGrad,
		repops.KAdamM, repops.KAdamV:
		return 2
	case repops.KAdamApply:
		return 5
	case repops.KSoftmaxXentGrad:
		if n.P1 < 1 || n.P1 > ZkXentMaxCols {
			return 0
		}
		return 2 * uint64(n.P1)
	case repops.KColSum, repops.KMean:
		return uint64(n.P0)
	case repops.KCol2Im:
		c, _ := zkCol2Im(n, e, ^uint64(0))
		return c
	}
	return 0
}

// ZkTerms is the circuit capacity (in terms) element e of node n needs: a sum's
// summands each take an accumulator step, other operands fill two slots per term (a
// matmul's k terms, a softmax row's logits and targets). The judge reverts
// TooManyTerms past its circuit's capacity.
func ZkTerms(n Node, e uint64) uint64 {
	k := ZkNumOperands(n, e)
	switch repops.KernelID(n.Kernel) {
	case repops.KColSum, repops.KMean, repops.KCol2Im:
		return k
	}
	return (k + 1) / 2
}

// ZkXentMaxCols is ZkElement.XENT_MAX_COLS (proofs.XentMaxCols): the widest softmax
// row the element circuit judges.
const ZkXentMaxCols = 10

// ZkConsts are the circuit's constants of element e of node n (ZkElement.meta): c the
// float constant p1 of momentum, sgd, adam_m, adam_v, adam_apply, scale, or the integer
// p0 of mean (n) and xentgrad (m); d adam_apply's eps (p2); w and j xentgrad's row width
// (p1) and the element's column.
func ZkConsts(n Node, e uint64) (c, d uint32, w, j uint8) {
	switch repops.KernelID(n.Kernel) {
	case repops.KMomentum, repops.KSGDApply, repops.KAdamM, repops.KAdamV, repops.KScale:
		return n.P1, 0, 0, 0
	case repops.KAdamApply:
		return n.P1, n.P2, 0, 0
	case repops.KMean:
		return n.P0, 0, 0, 0
	case repops.KSoftmaxXentGrad:
		if n.P1 == 0 {
			return n.P0, 0, 0, 0
		}
		return n.P0, 0, uint8(n.P1), uint8(e % uint64(n.P1))
	}
	return 0, 0, 0, 0
}

// ZkMeta is kernel | c<<8 | v<<40 | d<<72 | w<<104 | j<<112 (see ZkConsts).
func ZkMeta(n Node, e uint64, value uint32) *big.Int {
	c, d, w, j := ZkConsts(n, e)
	m := new(big.Int).SetUint64(uint64(j)<<8 | uint64(w))
	m.Lsh(m, 32).Or(m, new(big.Int).SetUint64(uint64(d)))
	m.Lsh(m, 32).Or(m, new(big.Int).SetUint64(uint64(value)))
	m.Lsh(m, 32).Or(m, new(big.Int).SetUint64(uint64(c)))
	return m.Lsh(m, 8).Or(m, big.NewInt(int64(n.Kernel)))
}

// ZkPublicInputs is what the contract derives from the calldata: opsHash, the
// commitment challenge z and the fingerprint.
func ZkPublicInputs(n Node, e uint64, value uint32, operands, proof []byte) (opsHash, z, fingerprint *big.Int) {
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
	acc.Add(acc, ZkMeta(n, e, value)).Mod(acc, fieldR)
	return opsHash, z, acc
}

// ZkOperandRef is proofs.OperandRef on a descriptor (ZkElement.operandRef): input
// slot and index of operand q of element e.
func ZkOperandRef(n Node, e, q uint64) (slot uint8, index uint32, err error) {
	if q >= ZkNumOperands(n, e) {
		return 0, 0, fmt.Errorf("%w: operand %d of element %d of kernel %d", ErrBadProof, q, e, n.Kernel)
	}
	switch repops.KernelID(n.Kernel) {
	case repops.KMatMul:
		m, k, nn := uint64(n.P0), uint64(n.P1), uint64(n.P2)
		i, j, p := e/nn, e%nn, q/2
		if q%2 == 0 {
			if repops.Layout(n.P3) == repops.TN {
				return 0, uint32(p*m + i), nil
			}
			return 0, uint32(i*k + p), nil
		}
		if repops.Layout(n.P3) == repops.NT {
			return 1, uint32(j*k + p), nil
		}
		return 1, uint32(p*nn + j), nil
	case repops.KBiasAdd:
		if q == 1 {
			return 1, uint32(e % uint64(n.P1)), nil
		}
	case repops.KAdamApply:
		if q >= 3 {
			return uint8(q), 0, nil
		}
	case repops.KColSum:
		return 0, uint32(q*uint64(n.P1) + e), nil
	case repops.KMean:
		return 0, uint32(q), nil
	case repops.KSoftmaxXentGrad:
		c := uint64(n.P1)
		row := e / c * c
		if q < c {
			return 0, uint32(row + q), nil
		}
		return 1, uint32(row + q - c), nil
	case repops.KIm2Col:
		v := zkConv(n)
		r, qq := e/v.cols, e%v.cols
		row := r/(v.oh*v.ow)*v.h + (r/v.ow)%v.oh*v.s + qq/(v.kw*v.c)
		col := r%v.ow*v.s + (qq/v.c)%v.kw
		return 0, uint32((row*v.w+col)*v.c + qq%v.c), nil
	case repops.KCol2Im:
		_, idx := zkCol2Im(n, e, q)
		return 0, uint32(idx), nil
	}
	return uint8(q), uint32(e), nil
}

// zkConvShape is an im2col/col2im descriptor's shape (ZkElement.Conv): p0 n,
// p1 h | w<<16, p2 c, p3 kh | kw<<8 | s<<16.
type zkConvShape struct{ h, w, c, kh, kw, s, oh, ow, cols uint64 }

func zkConv(n Node) zkConvShape {
	v := zkConvShape{h: uint64(n.P1 & 0xffff), w: uint64(n.P1 >> 16), c: uint64(n.P2),
		kh: uint64(n.P3 & 0xff), kw: uint64(n.P3 >> 8 & 0xff), s: uint64(n.P3 >> 16)}
	if v.s == 0 || v.kh > v.h || v.kw > v.w { // not a valid node: no operands
		return zkConvShape{}
	}
	v.oh, v.ow = (v.h-v.kh)/v.s+1, (v.w-v.kw)/v.s+1
	v.cols = v.kh * v.kw * v.c
	return v
}

// zkCol2Im is ZkElement.col2im: the number of patch elements that copied pixel e, and
// the index of the q-th, in increasing (dy, dx).
func zkCol2Im(n Node, e, q uint64) (count, idx uint64) {
	v := zkConv(n)
	if v.c == 0 || v.w == 0 || v.h == 0 {
		return 0, 0
	}
	ch, px, py, img := e%v.c, e/v.c%v.w, e/(v.c*v.w)%v.h, e/(v.c*v.w*v.h)
	for dy := uint64(0); dy < v.kh && dy <= py; dy++ {
		y := py - dy
		if y%v.s != 0 || y/v.s >= v.oh {
			continue
		}
		for dx := uint64(0); dx < v.kw && dx <= px; dx++ {
			x := px - dx
			if x%v.s != 0 || x/v.s >= v.ow {
				continue
			}
			if count == q {
				idx = ((img*v.oh+y/v.s)*v.ow+x/v.s)*v.cols + (dy*v.kw+dx)*v.c + ch
			}
			count++
		}
	}
	return count, idx
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
	n := ZkNumOperands(g.Desc, g.Element)
	if n == 0 {
		return fmt.Errorf("%w: kernel %d", ErrBadNode, g.Desc.Kernel)
	}
	if ZkTerms(g.Desc, g.Element) > uint64(g.Verifier.MaxTerms()) {
		return ErrTooManyTerms
	}
	if uint64(len(operands)) != 4*n || len(proof) != 384 {
		return ErrBadProof
	}
	h, _, f := ZkPublicInputs(g.Desc, g.Element, value, operands, proof)
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
	n := ZkNumOperands(g.Desc, g.Element)
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

// ZkNode is ZkElement.node: kernel | p0<<8 | p1<<40 | p2<<72 | p3<<104, the word the
// game passes to the judge.
func ZkNode(n Node) *big.Int {
	w := new(big.Int)
	for _, p := range []uint32{n.P3, n.P2, n.P1, n.P0} {
		w.Lsh(w, 32).Or(w, new(big.Int).SetUint64(uint64(p)))
	}
	return w.Lsh(w, 8).Or(w, big.NewInt(int64(n.Kernel)))
}
