package repops

import (
	"math"
	"testing"
)

func TestFrexpReconstructs(t *testing.T) {
	cases := []float32{1, 2, 0.5, 1.4142135, 1.4142136, 3, 1e-38, 1e-40, math.SmallestNonzeroFloat32, math.MaxFloat32, 0.7071067}
	for _, x := range cases {
		m, e := Mant(x), Expo(x)
		if m < 0.70710677 || m >= 1.4142135 {
			t.Errorf("Mant(%g) = %g out of [√½, √2)", x, m)
		}
		got := float64(m) * math.Pow(2, float64(e))
		if float32(got) != x {
			t.Errorf("Mant·2^Expo(%g) = %g", x, got)
		}
	}
}
