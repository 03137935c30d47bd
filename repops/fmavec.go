package repops

// fmaScalar sets out[i] = fma(s, x[i], y[i]) (FMA32: one rounding, canonical NaN) for
// every i < len(out); x and y are at least as long, and y may be out itself. It is
// the fused update of Momentum, SGDApply, AdamM and AdamV: vector fma instructions
// where fmaScalarArch has them (they round once, as FMA32 does), FMA32 for the rest,
// which is the same definition in software, so the bits never depend on the path.
func fmaScalar(out []float32, s float32, x, y []float32) {
	x, y = x[:len(out)], y[:len(out)]
	i := fmaScalarArch(out, s, x, y)
	for ; i < len(out); i++ {
		out[i] = FMA32(s, x[i], y[i])
	}
}
