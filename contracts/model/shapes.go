package model

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/veritrain/veritrain/repops"
)

// Where a node's input slot comes from (PinpointShapes.SRC_*).
const (
	SrcNone  uint8 = 0
	SrcState uint8 = 1 // tensor Index of state[s] (state leaf Index+1)
	SrcBatch uint8 = 2 // tensor Index of the step's batch
	SrcNode  uint8 = 3 // output of earlier node Index of the same step
)

// Node is one node of a step's graph as the task's spec commits to it (the contract's
// PinpointShapes.Node, field for field).
type Node struct {
	Kernel    uint8
	P0        uint32 // repops Kernel.Params()[0..3]
	P1        uint32
	P2        uint32
	P3        uint32
	Numel     uint64
	OutHeader [32]byte
	Src0Kind  uint8
	Src0Index uint32
	Src1Kind  uint8
	Src1Index uint32
}

// NodeFromKernel describes a repops kernel with its output header and input sources.
func NodeFromKernel(k repops.Kernel, outHeader [32]byte, src0Kind uint8, src0 uint32, src1Kind uint8, src1 uint32) Node {
	n := Node{Kernel: uint8(k.ID()), Numel: uint64(k.OutLen()), OutHeader: outHeader,
		Src0Kind: src0Kind, Src0Index: src0, Src1Kind: src1Kind, Src1Index: src1}
	ps := k.Params()
	dst := []*uint32{&n.P0, &n.P1, &n.P2, &n.P3}
	for i, p := range ps {
		if i < len(dst) {
			*dst[i] = p
		}
	}
	return n
}

// Leaf is sha256(abi.encode(node)): the node's leaf in the spec's nodes tree.
func (n Node) Leaf() [32]byte {
	var b [11 * 32]byte
	w := func(i int, v uint64) { binary.BigEndian.PutUint64(b[32*i+24:], v) }
	w(0, uint64(n.Kernel))
	w(1, uint64(n.P0))
	w(2, uint64(n.P1))
	w(3, uint64(n.P2))
	w(4, uint64(n.P3))
	w(5, n.Numel)
	copy(b[6*32:], n.OutHeader[:])
	w(7, uint64(n.Src0Kind))
	w(8, uint64(n.Src0Index))
	w(9, uint64(n.Src1Kind))
	w(10, uint64(n.Src1Index))
	return sha256.Sum256(b[:])
}

// Valid is PinpointShapes.validNode.
func (n Node) Valid() bool {
	if n.Numel == 0 || n.Numel > 0xffffffff {
		return false
	}
	switch repops.KernelID(n.Kernel) {
	case repops.KMatMul:
		return n.P3 <= 2 && uint64(n.P0)*uint64(n.P2) == n.Numel
	case repops.KBiasAdd:
		return n.P1 != 0 && uint64(n.P0)*uint64(n.P1) == n.Numel
	case repops.KReLU, repops.KReLUGrad, repops.KMomentum, repops.KSGDApply:
		return uint64(n.P0) == n.Numel
	}
	return false
}

// Shape is the structure of one scalar step (a trace leaf without its result).
type Shape struct {
	Op           repops.Op
	KindA, KindB repops.RefKind
	SlotA, SlotB uint8
	PayA, PayB   uint32
}

// TraceLength is PinpointShapes.traceLength.
func TraceLength(n Node) (uint64, error) {
	switch repops.KernelID(n.Kernel) {
	case repops.KMatMul:
		return 2 * uint64(n.P1), nil
	case repops.KBiasAdd, repops.KReLU, repops.KReLUGrad:
		return 1, nil
	case repops.KMomentum, repops.KSGDApply:
		return 2, nil
	}
	return 0, fmt.Errorf("kernel %d: %w", n.Kernel, ErrBadNode)
}

// StepShape is PinpointShapes.stepShape: the structure of step i of element e's trace.
func StepShape(n Node, e, i uint64) (Shape, error) {
	l, err := TraceLength(n)
	if err != nil {
		return Shape{}, err
	}
	if i >= l {
		return Shape{}, fmt.Errorf("step %d of %d: %w", i, l, ErrBadNode)
	}
	in, st, cn := repops.RefInput, repops.RefStep, repops.RefConst
	e32 := uint32(e)
	switch repops.KernelID(n.Kernel) {
	case repops.KMatMul:
		m, k, nn := uint64(n.P0), uint64(n.P1), uint64(n.P2)
		row, col, p := e/nn, e%nn, i/2
		if i%2 == 0 {
			a, b := row*k+p, p*nn+col
			if n.P3 == uint32(repops.TN) {
				a = p*m + row
			}
			if n.P3 == uint32(repops.NT) {
				b = col*k + p
			}
			return Shape{repops.OpMul, in, in, 0, 1, uint32(a), uint32(b)}, nil
		}
		if p == 0 {
			return Shape{repops.OpAdd, cn, st, 0, 0, 0, uint32(i - 1)}, nil
		}
		return Shape{repops.OpAdd, st, st, 0, 0, uint32(i - 2), uint32(i - 1)}, nil
	case repops.KBiasAdd:
		return Shape{repops.OpAdd, in, in, 0, 1, e32, uint32(e % uint64(n.P1))}, nil
	case repops.KReLU:
		return Shape{repops.OpMax, in, cn, 0, 0, e32, 0}, nil
	case repops.KReLUGrad:
		return Shape{repops.OpSelP, in, in, 0, 1, e32, e32}, nil
	case repops.KMomentum:
		if i == 0 {
			return Shape{repops.OpMul, cn, in, 0, 0, n.P1, e32}, nil
		}
		return Shape{repops.OpAdd, st, in, 0, 1, 0, e32}, nil
	default: // SGDApply
		if i == 0 {
			return Shape{repops.OpMul, cn, in, 0, 1, n.P1, e32}, nil
		}
		return Shape{repops.OpSub, in, st, 0, 0, e32, 0}, nil
	}
}

// Encode is the trace leaf of a step with the given result bits (repops Step.Leaf).
func (s Shape) Encode(result uint32) [32]byte {
	var l [32]byte
	l[0], l[1], l[2], l[3], l[4] = byte(s.Op), byte(s.KindA), byte(s.KindB), s.SlotA, s.SlotB
	binary.LittleEndian.PutUint32(l[8:], s.PayA)
	binary.LittleEndian.PutUint32(l[12:], s.PayB)
	binary.LittleEndian.PutUint32(l[16:], result)
	return l
}

// ResultBits reads a trace leaf's result.
func ResultBits(leaf [32]byte) uint32 { return binary.LittleEndian.Uint32(leaf[16:]) }

// Lane reads element lane (0..7) of a data leaf.
func Lane(leaf [32]byte, lane int) uint32 { return binary.LittleEndian.Uint32(leaf[4*lane:]) }
