package proofs

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
)

// Hints compute, outside the constraint system, values that the circuit then checks
// (a hint's output is advice: every one is pinned down by constraints next to its use).
func init() {
	solver.RegisterHint(Hints()...)
}

// Hints lists the hints the element circuit uses (register them with a prover that
// runs in another process, e.g. through backend.WithSolverOptions(solver.WithHints(...))).
func Hints() []solver.Hint {
	return []solver.Hint{splitFloatHint, bitLenHint, geZeroHint, divModHint, splitMetaHint, isqrtHint}
}

// signed reads a field element as an integer in (-r/2, r/2].
func signed(field, x *big.Int) *big.Int {
	half := new(big.Int).Rsh(field, 1)
	if x.Cmp(half) > 0 {
		return new(big.Int).Sub(x, field)
	}
	return new(big.Int).Set(x)
}

func wantIO(name string, in, out []*big.Int, nin, nout int) error {
	if len(in) != nin || len(out) != nout {
		return fmt.Errorf("proofs: hint %s: %d inputs, %d outputs, want %d, %d", name, len(in), len(out), nin, nout)
	}
	return nil
}

// splitFloatHint: bits -> sign, exponent field, fraction field.
func splitFloatHint(_ *big.Int, in, out []*big.Int) error {
	if err := wantIO("splitFloat", in, out, 1, 3); err != nil {
		return err
	}
	b := in[0].Uint64() & 0xffffffff
	out[0].SetUint64(b >> 31)
	out[1].SetUint64(b >> 23 & 0xff)
	out[2].SetUint64(b & 0x7fffff)
	return nil
}

// bitLenHint: M -> the number of bits of M (0 for 0).
func bitLenHint(_ *big.Int, in, out []*big.Int) error {
	if err := wantIO("bitLen", in, out, 1, 1); err != nil {
		return err
	}
	out[0].SetInt64(int64(in[0].BitLen()))
	return nil
}

// geZeroHint: x -> 1 if x, read as a signed integer, is >= 0, else 0.
func geZeroHint(field *big.Int, in, out []*big.Int) error {
	if err := wantIO("geZero", in, out, 1, 1); err != nil {
		return err
	}
	if signed(field, in[0]).Sign() >= 0 {
		out[0].SetInt64(1)
	} else {
		out[0].SetInt64(0)
	}
	return nil
}

// divModHint: a, b -> a / b, a % b (non-negative integers, b > 0).
func divModHint(_ *big.Int, in, out []*big.Int) error {
	if err := wantIO("divMod", in, out, 2, 2); err != nil {
		return err
	}
	if in[1].Sign() == 0 {
		out[0].SetInt64(0)
		out[1].SetInt64(0)
		return nil
	}
	out[0].DivMod(in[0], in[1], out[1])
	return nil
}

// splitMetaHint: meta -> kernel (8 bits), c (32 bits), v (32 bits), d (32 bits),
// w (8 bits), j (8 bits); see ElementCircuit's Meta.
func splitMetaHint(_ *big.Int, in, out []*big.Int) error {
	if err := wantIO("splitMeta", in, out, 1, 6); err != nil {
		return err
	}
	m := in[0]
	mask := func(shift, bits uint) uint64 {
		return new(big.Int).Rsh(m, shift).Uint64() & (1<<bits - 1)
	}
	out[0].SetUint64(mask(0, 8))
	out[1].SetUint64(mask(8, 32))
	out[2].SetUint64(mask(40, 32))
	out[3].SetUint64(mask(72, 32))
	out[4].SetUint64(mask(104, 8))
	out[5].SetUint64(mask(112, 8))
	return nil
}

// isqrtHint: n -> floor(sqrt(n)) (n a non-negative integer).
func isqrtHint(_ *big.Int, in, out []*big.Int) error {
	if err := wantIO("isqrt", in, out, 1, 1); err != nil {
		return err
	}
	if in[0].Sign() < 0 {
		out[0].SetInt64(0)
		return nil
	}
	out[0].Sqrt(in[0])
	return nil
}
