package repops

import (
	"math"
	"math/rand/v2"
	"testing"
)

func relErr(got float32, want float64) float64 {
	if want == 0 {
		return math.Abs(float64(got))
	}
	return math.Abs(float64(got)-want) / math.Abs(want)
}

func TestExpAccuracy(t *testing.T) {
	r := rand.New(rand.NewChaCha8([32]byte{1}))
	worst := 0.0
	for range 200000 {
		x := float32(r.Float64()*170 - 86)
		if e := relErr(Exp(x), math.Exp(float64(x))); e > worst {
			worst = e
		}
	}
	if worst > 1e-6 {
		t.Errorf("Exp worst relative error %g", worst)
	}
	for _, c := range []struct{ x, want float32 }{{0, 1}, {float32(math.Inf(-1)), Exp(-87)}, {float32(math.Inf(1)), Exp(88)}} {
		if got := Exp(c.x); got != c.want {
			t.Errorf("Exp(%g) = %g, want %g", c.x, got, c.want)
		}
	}
	if got := math.Float32bits(Exp(float32(math.NaN()))); got != CanonicalNaN {
		t.Errorf("Exp(NaN) bits %08x", got)
	}
}

func TestLogAccuracy(t *testing.T) {
	r := rand.New(rand.NewChaCha8([32]byte{2}))
	worst := 0.0
	for range 200000 {
		x := math.Float32frombits(r.Uint32N(0x7f7fffff) + 1) // every positive finite float
		want := math.Log(float64(x))
		if e := math.Abs(float64(Log(x)) - want); e > worst*math.Max(1, math.Abs(want)) {
			worst = e / math.Max(1, math.Abs(want))
		}
	}
	if worst > 1e-6 {
		t.Errorf("Log worst error %g", worst)
	}
	if !math.IsInf(float64(Log(0)), -1) || !math.IsInf(float64(Log(float32(math.Inf(1)))), 1) || Log(1) != 0 {
		t.Errorf("Log edge cases: log0=%g logInf=%g log1=%g", Log(0), Log(float32(math.Inf(1))), Log(1))
	}
	if got := math.Float32bits(Log(-1)); got != CanonicalNaN {
		t.Errorf("Log(-1) bits %08x", got)
	}
}

// TestExpNative holds the native exp and tanh of the fast paths to their definitions,
// bit for bit (NaN as NaN), on a sweep of bit patterns.
func TestExpNative(t *testing.T) {
	for i := uint32(0); i < 1<<22; i++ {
		x := math.Float32frombits(i * 1021)
		for _, c := range []struct {
			name        string
			def, native float32
		}{{"exp", Exp(x), expNative(x)}, {"tanh", tanhDef[float32](evalAlg{}, x), tanhNative(x)}} {
			if math.Float32bits(Canon(c.native)) != math.Float32bits(c.def) {
				t.Fatalf("%s(%08x): native %08x, definition %08x", c.name, math.Float32bits(x), math.Float32bits(c.native), math.Float32bits(c.def))
			}
		}
	}
}

// TestSinPiCoef: LRSchedule's constants are (-1)^n π^(2n+1)/(2n+1)! rounded to float32.
func TestSinPiCoef(t *testing.T) {
	for n := 0; n < 6; n++ {
		v := math.Pow(math.Pi, float64(2*n+1))
		for f := 2; f <= 2*n+1; f++ {
			v /= float64(f)
		}
		if n%2 == 1 {
			v = -v
		}
		if got := SinPiCoef[5-n]; got != float32(v) {
			t.Errorf("coefficient of y^%d: %g, want %g", 2*n, got, float32(v))
		}
	}
}
