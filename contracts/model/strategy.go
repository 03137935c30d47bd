package model

import (
	"encoding/binary"
	"math/rand/v2"

	"github.com/veritrain/veritrain/repops"
)

// Strategy decides one party's next move from the game as the contract shows it.
// A nil move means the party does not move (it stalls).
type Strategy interface {
	Next(g *Game) Move
}

// treeAt is the tree a view commits to at the game's current level.
func treeAt(v View, g *Game) *Tree {
	s := g.S.FirstStep + g.Step - 1
	switch g.Level {
	case LevelSteps:
		return v.Segment(g.S.FirstStep, g.S.SegLen)
	case LevelGraph:
		return v.Graph(s)
	case LevelAssembly:
		return v.State(s + 1)
	case LevelTensor:
		_, t := v.Output(s, g.Node)
		return t
	}
	return v.Trace(s, g.Node, g.Element)
}

// HonestSolver answers every request from its view; with a true view it always has a
// valid move (the property the tests check), with a lying view it plays its lie out.
type HonestSolver struct {
	V    View
	Spec *Spec
}

func top(t *Tree, depth, fanout int) [][32]byte { return t.Frontier(0, depth, min(depth, fanout)) }

// Next implements Strategy.
func (h HonestSolver) Next(g *Game) Move {
	fb := g.FanoutBits
	s := g.S.FirstStep + g.Step - 1
	switch g.Phase {
	case PhaseCommitSteps:
		seg := h.V.Segment(g.S.FirstStep, g.S.SegLen)
		d := Depth(g.S.SegLen + 1)
		return CommitSteps{Root: seg.Root(), LastProof: seg.Prove(g.S.SegLen), Frontier: top(seg, d, fb)}
	case PhaseReveal:
		return Reveal{Frontier: treeAt(h.V, g).Frontier(g.Idx, g.Rem, g.Width())}
	case PhaseCommitGraph:
		seg := h.V.Segment(g.S.FirstStep, g.S.SegLen)
		gt := h.V.Graph(s)
		return CommitGraph{PrevState: seg.Leaf(g.Step - 1), PrevProof: seg.Prove(g.Step - 1), Root: gt.Root(),
			Frontier: top(gt, Depth(uint64(g.S.NumNodes)), fb)}
	case PhaseOpenNode:
		hdr, data := h.V.Output(s, g.Node)
		n := h.Spec.Nodes[g.Node]
		return OpenNode{Desc: n, DescProof: h.Spec.NodesTree.Prove(uint64(g.Node)), Header: hdr, DataRoot: data.Root(),
			Frontier: top(data, Depth((n.Numel+7)/8), fb)}
	case PhaseOpenTrace:
		tr := h.V.Trace(s, g.Node, g.Element)
		return OpenTrace{Root: tr.Root(), LastLeaf: tr.Leaf(g.TraceLen - 1), LastProof: tr.Prove(g.TraceLen - 1),
			Frontier: top(tr, Depth(g.TraceLen), fb)}
	case PhaseDefendStep:
		return h.defendStep(g, s)
	case PhaseDefendAssembly:
		return DefendAssembly{O: h.assembly(g, s)}
	}
	return nil
}

func (h HonestSolver) defendStep(g *Game, s uint64) Move {
	sh, err := StepShape(g.Desc, g.Element, g.Idx)
	if err != nil {
		return nil
	}
	return DefendStep{A: h.open(g, s, sh.KindA, sh.SlotA, sh.PayA), B: h.open(g, s, sh.KindB, sh.SlotB, sh.PayB),
		C: h.open(g, s, sh.KindC, sh.SlotC, sh.PayC)}
}

func (h HonestSolver) open(g *Game, s uint64, kind repops.RefKind, slot uint8, pay uint32) Opening {
	var o Opening
	switch kind {
	case repops.RefConst, repops.RefNone:
		return o
	case repops.RefStep: // an earlier step of the trace
		tr := h.V.Trace(s, g.Node, g.Element)
		o.Src, o.SrcProof = tr.Leaf(uint64(pay)), tr.Prove(uint64(pay))
		return o
	}
	src := g.Desc.Source(slot)
	srcKind, idx := src.Kind, src.Index
	var data *Tree
	switch srcKind {
	case SrcState:
		st := h.V.State(s)
		o.Src, o.SrcProof = st.Leaf(uint64(idx)+1), st.Prove(uint64(idx)+1)
		o.Header, data = h.V.StateTensor(s, idx)
	case SrcBatch:
		b := h.Spec.Batches[s]
		o.BatchRoot, o.NextMeta, o.BatchProof = b.Root(), h.Spec.NextMeta[s], h.Spec.DataTree.Prove(s)
		o.Src, o.SrcProof = b.Leaf(uint64(idx)), b.Prove(uint64(idx))
		o.Header, data = h.Spec.BatchTensor(s, idx)
	case SrcNode:
		gt := h.V.Graph(s)
		o.Src, o.SrcProof = gt.Leaf(uint64(idx)), gt.Prove(uint64(idx))
		o.Header, data = h.V.Output(s, idx)
	}
	if data != nil {
		o.DataLeaf, o.DataProof = data.Leaf(uint64(pay/8)), data.Prove(uint64(pay/8))
	}
	return o
}

func (h HonestSolver) assembly(g *Game, s uint64) AssemblyOpening {
	t := g.Idx
	var o AssemblyOpening
	if t == 0 {
		o.BatchRoot, o.NextMeta, o.BatchProof = h.Spec.Batches[s].Root(), h.Spec.NextMeta[s], h.Spec.DataTree.Prove(s)
		return o
	}
	ml := h.Spec.StateMap.Leaf(t)
	o.MapLeaf, o.MapProof = binary.BigEndian.Uint64(ml[24:]), h.Spec.StateMap.Prove(t)
	if o.MapLeaf == 0 {
		st := h.V.State(s)
		o.Src, o.SrcProof = st.Leaf(t), st.Prove(t)
	} else {
		gt := h.V.Graph(s)
		o.Src, o.SrcProof = gt.Leaf(o.MapLeaf-1), gt.Prove(o.MapLeaf-1)
	}
	return o
}

// HonestChallenger disputes the first frontier node that differs from its view; in
// the graph it disputes the assembly when every node output agrees.
type HonestChallenger struct{ V View }

// Next implements Strategy.
func (h HonestChallenger) Next(g *Game) Move {
	if g.Phase != PhasePick {
		return nil
	}
	return disputeFrontier(g, g.Frontier(), treeAt(h.V, g).Frontier(g.Idx, g.Rem, g.Width()))
}

// disputeFrontier is the honest challenger's pick from the revealed frontier f and its
// own mine: the first node that differs (and its first differing lane); in the graph,
// the assembly when every node output agrees.
func disputeFrontier(g *Game, f, mine [][32]byte) Move {
	for q := range f {
		if f[q] == mine[q] {
			continue
		}
		lane := uint8(0)
		for l := 0; l < 8; l++ {
			if Lane(f[q], l) != Lane(mine[q], l) {
				lane = uint8(l)
				break
			}
		}
		return pickOf(g, f, uint64(q), lane)
	}
	if g.Level == LevelGraph && g.Idx == 0 && g.Rem == Depth(uint64(g.S.NumNodes)) {
		return DisputeAssembly{}
	}
	return pickOf(g, f, 0, 0) // nothing to dispute: a true challenger never gets here
}

// pickOf is the pick of node q of the revealed frontier f.
func pickOf(g *Game, f [][32]byte, q uint64, lane uint8) Pick {
	return Pick{Node: f[q], Q: q, Path: FrontierPath(f, q, g.Rem == g.Width()), Lane: lane}
}

// RandomChallenger disputes at random (a challenger of a true solver, or a griefer).
type RandomChallenger struct{ R *rand.Rand }

// Next implements Strategy.
func (r RandomChallenger) Next(g *Game) Move {
	if g.Phase != PhasePick {
		return nil
	}
	if g.Level == LevelGraph && g.Idx == 0 && g.Rem == Depth(uint64(g.S.NumNodes)) && r.R.IntN(3) == 0 {
		return DisputeAssembly{}
	}
	f := g.Frontier()
	return pickOf(g, f, uint64(r.R.IntN(len(f))), uint8(r.R.IntN(8)))
}

// Staller plays Inner for After moves of its own, then never moves again.
type Staller struct {
	Inner Strategy
	After int
	n     *int
}

// NewStaller returns a Staller.
func NewStaller(inner Strategy, after int) Staller {
	return Staller{Inner: inner, After: after, n: new(int)}
}

// Next implements Strategy.
func (s Staller) Next(g *Game) Move {
	if *s.n >= s.After {
		return nil
	}
	*s.n++
	return s.Inner.Next(g)
}

// MixedView lies at the step level (its segment) and tells the truth below: a liar
// that cannot back its claim with a consistent computation.
type MixedView struct {
	View
	Lie View
}

// Segment implements View.
func (m MixedView) Segment(first, segLen uint64) *Tree { return m.Lie.Segment(first, segLen) }
