package repops

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"
)

// kernelsGolden is the SHA-256 of every test kernel's outputs on fixed inputs (specials
// included) and of exp and log on a sweep of bit patterns, computed on amd64. The
// cross-architecture test reruns this on arm64 and with -tags noasm. Regenerate it
// (from this test's failure message) only with a change of a kernel's definition, and
// say so in the commit: last changed when MatMul and the optimizers' updates became
// fused multiply-adds (issue 15).
const kernelsGolden = "3514643548e3791ce4f255e919bad369d69beb84f75d40ebd08b445ff7061061"

// transformerGolden is the same for the transformer's kernels (ids 19 on), kept apart
// so that adding them left kernelsGolden as it was: set when they were defined (issue 17).
const transformerGolden = "2de9e6a77e2a282f30ad70552f6076952b19e2a5a798b5baeb5eceb8cd3eb88c"

func TestKernelsGolden(t *testing.T) {
	h := sha256.New()
	put := func(v float32) { _ = binary.Write(h, binary.LittleEndian, math.Float32bits(v)) }
	// runAll hashes the outputs of kernels ks on wild inputs drawn from a stream of seed.
	runAll := func(seed byte, ks []Kernel) {
		r := rand.New(rand.NewChaCha8([32]byte{seed}))
		for _, k := range ks {
			in := inputsFor(r, k, true)
			out := make([]float32, k.OutLen())
			k.Run(out, in)
			for _, v := range out {
				put(v)
			}
		}
	}
	runAll(9, append(testKernels(), MatMulK{64, 784, 32, NN}, MatMulK{784, 64, 32, TN}, MatMulK{64, 32, 784, NT}))
	for i := uint32(0); i < 1<<20; i++ {
		x := math.Float32frombits(i * 4093)
		put(Exp(x))
		put(Log(x))
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != kernelsGolden {
		t.Errorf("kernel outputs hash %s on %s, want %s", got, runtime.GOARCH, kernelsGolden)
	}
	h.Reset()
	runAll(10, append(transformerKernels(), AttnScores{Attn{2, 64, 4, 32}}, AttnGradQKV{Attn{1, 64, 4, 32}}, Norm{64, 128, 1e-5, false}))
	if got := hex.EncodeToString(h.Sum(nil)); got != transformerGolden {
		t.Errorf("transformer kernel outputs hash %s on %s, want %s", got, runtime.GOARCH, transformerGolden)
	}
}
