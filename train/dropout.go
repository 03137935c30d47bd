package train

import "math"

// dropMasks writes step's dropout masks for sites into masks (one slice per site, of
// its shape's length), from the spec's seeded stream: ChaCha8 seeded with SHA-256(seed
// ‖ step ‖ "dropout") (subRNG), one 64-bit draw per mask value, sites in order and
// values in row-major order within a site. A value is kept, as keep = float32(1/(1-p)),
// when the draw's top 24 bits are at least round(p·2^24); otherwise it is 0. The masks
// are a pure function of (seed, step, p, shapes): every party derives them, and the
// task commits them with the step's batch.
func dropMasks(seed, step uint64, p float32, masks [][]float32) {
	thresh := uint32(math.Round(float64(p) * (1 << 24)))
	keep := float32(1 / (1 - float64(p)))
	src := subRNG(seed, "dropout", step)
	for _, m := range masks {
		for i := range m {
			if uint32(src.Uint64()>>40) >= thresh {
				m[i] = keep
			} else {
				m[i] = 0
			}
		}
	}
}
