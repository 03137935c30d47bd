package incentives

import "math"

// The selectively lazy attester: it knows its segment s when it attests and is lazy
// (attests the posted leaf without computing) exactly where that pays in expectation
// against an honest solver, LazySaving(s) > LazyLoss(s). The rule ignores the chance
// that the solver cheats (a diligent attester would then win the solver's stake): it
// is at least as lazy as any best response, the side that favours a cheater.

// ForcedAt is the probability that segment s of a task is its forced segment: φ/S for
// every segment, the last included (model.ForcedError draws it modulo S: the last
// segment's decoy is the final leaf, which the reveal restores). Before, the draw was
// modulo S−1 and the last segment was never forced, so laziness there was free.
func ForcedAt(p Params, s uint64) float64 {
	if p.Segments < 1 || s >= p.Segments {
		return 0
	}
	return float64(p.ForcedErrorBps) / 1e4 / float64(p.Segments)
}

// FinderShare is the jackpot share a diligent attester of the forced segment expects
// when the other Verifiers−1 attesters are diligent: J·E[1/(1+K)], K ~ Bin(V−1, 1/S)
// the others drawn on the same segment, J the nominal jackpot (the pool pays it whole
// once it holds (J − fee)·10 ETH, model.JackpotDraw; the simulated pool does after a
// few tasks). It is the least share (attesters lazy on that segment would leave a
// deviator the whole jackpot), so the rule built on it is the laziest.
func FinderShare(p Params) float64 {
	v := float64(p.Verifiers)
	q := 1 / float64(p.Segments)
	return p.Jackpot * (1 - math.Pow(1-q, v)) / (v * q)
}

// LazySaving is the compute an attester of segment s saves by not computing against
// an honest solver. Checkpoints withheld: the attestation's run from step 0, (s+1)
// segments (its check after the reveal goes on from that run and computes nothing
// more, TestWithheldRunReused). Served: one segment, and when s is the segment after
// the forced one (void, its start was the decoy) one more, the re-run from the
// corrected leaf after the reveal.
func LazySaving(p Params, s uint64, withheld bool) float64 {
	c := p.SegmentCost()
	if withheld {
		return float64(s+1) * c
	}
	void := 0.0
	if s >= 1 {
		void = ForcedAt(p, s-1)
	}
	return c * (1 + void)
}

// LazyLoss is what laziness costs an attester of segment s in expectation against an
// honest solver: only when s is the forced segment does the posted leaf (the decoy)
// differ from the true one; the lazy attester reveals the decoy, its stake goes to the
// pool, and it forgoes the fee and the finder's share a diligent one is paid. As
// segment f+1 (void) both get their stake back and no fee; elsewhere both are paid
// alike; the gas is the same.
func LazyLoss(p Params, s uint64) float64 {
	return ForcedAt(p, s) * (p.AttestStake + p.AttestFee + FinderShare(p))
}

// LazyPays is the selectively lazy attester's rule: lazy on segment s iff what it
// saves exceeds what it expects to lose.
func LazyPays(p Params, s uint64, withheld bool) bool {
	return LazySaving(p, s, withheld) > LazyLoss(p, s)
}

// LazySegments lists the segments on which the selectively lazy attester is lazy.
func LazySegments(p Params, withheld bool) []uint64 {
	var out []uint64
	for s := range p.Segments {
		if LazyPays(p, s, withheld) {
			out = append(out, s)
		}
	}
	return out
}
