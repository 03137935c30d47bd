package model

import (
	"encoding/binary"
	"reflect"
	"testing"
)

// moveFrom decodes fuzzer bytes into a move of an untrusted party: any kind, any sizes.
func moveFrom(b []byte) (Party, uint32, Move) {
	if len(b) < 4 {
		return Solver, 0, Timeout{}
	}
	by := Party(1 + b[0]%3)
	no := uint32(b[1] % 4)
	kind := b[2] % 9
	n := int(b[3] % 20)
	b = b[4:]
	hashes := func() [][32]byte {
		var out [][32]byte
		for i := 0; i < n && len(b) > 0; i++ {
			var h [32]byte
			k := copy(h[:], b)
			b = b[k:]
			out = append(out, h)
		}
		return out
	}
	one := func() [32]byte {
		var h [32]byte
		k := copy(h[:], b)
		b = b[k:]
		return h
	}
	u := func() uint64 {
		if len(b) < 8 {
			return uint64(n)
		}
		v := binary.LittleEndian.Uint64(b)
		b = b[8:]
		return v
	}
	switch kind {
	case 0:
		return by, no, CommitSteps{Root: one(), LastProof: hashes(), Frontier: hashes()}
	case 1:
		return by, no, Reveal{Frontier: hashes()}
	case 2:
		return by, no, Pick{Node: one(), Q: u(), Path: hashes(), Lane: uint8(u())}
	case 3:
		return by, no, CommitGraph{PrevState: one(), PrevProof: hashes(), Root: one(), Frontier: hashes()}
	case 4:
		return by, no, DisputeAssembly{}
	case 5:
		d := Node{Kernel: uint8(u() % 8), P0: uint32(u()), P1: uint32(u()), P2: uint32(u()), P3: uint32(u()), Numel: u()}
		return by, no, OpenNode{Desc: d, DescProof: hashes(), Header: one(), DataRoot: one(), Frontier: hashes()}
	case 6:
		return by, no, OpenTrace{Root: one(), LastLeaf: one(), LastProof: hashes(), Frontier: hashes()}
	case 7:
		o := Opening{Src: one(), SrcProof: hashes(), DataLeaf: one(), DataProof: hashes()}
		return by, no, DefendStep{A: o, B: o}
	default:
		return by, no, DefendAssembly{O: AssemblyOpening{MapLeaf: u(), MapProof: hashes(), Src: one(), SrcProof: hashes()}}
	}
}

// FuzzApply feeds arbitrary moves to a game that an honest pair has advanced to a
// random point: no panic, and a rejected move leaves the game exactly as it was.
func FuzzApply(f *testing.F) {
	truth, liar := NewWorlds(2, Dims{M: 2, K: 3, N: 2}, 4, Fault{Kind: FaultOp, Step: 2, Node: 6})
	f.Add(uint8(0), []byte{0, 0, 0, 3, 1, 2, 3})
	f.Add(uint8(9), []byte{1, 1, 2, 2, 9, 9, 9, 9, 9, 9, 9, 9, 9})
	f.Add(uint8(14), []byte{0, 2, 7, 5, 1})
	f.Fuzz(func(t *testing.T, advance uint8, data []byte) {
		g, err := New(truth.Setup(liar, 0, 4, 100), 2, 0)
		if err != nil {
			t.Fatal(err)
		}
		s, c := HonestSolver{V: liar, Spec: liar.Spec}, HonestChallenger{V: truth}
		for i := 0; i < int(advance%24) && g.Result == Pending; i++ {
			var m Move = c.Next(g)
			if g.SolverTurn {
				m = s.Next(g)
			}
			if err := g.Apply(g.ToMove(), g.Moves, m, g.LastMove+1); err != nil {
				t.Fatalf("honest move refused: %v", err)
			}
		}
		for len(data) > 0 {
			k := min(len(data), 1+int(data[0]))
			by, no, m := moveFrom(data[:k])
			data = data[k:]
			before := *g
			if err := g.Apply(by, g.Moves-min(g.Moves, no%2), m, g.LastMove+uint64(no)); err != nil {
				if !reflect.DeepEqual(before, *g) {
					t.Fatalf("rejected %T changed the game", m)
				}
			}
		}
	})
}
