package merkle

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/rand/v2"
	"runtime"
	"testing"
)

// refRoot is the scheme written the slow, obvious way: pad to a power of two with zero
// leaves, hash every leaf with crypto/sha256, then pair level by level.
func refRoot(leaves [][32]byte) [32]byte {
	p := 1
	for p < len(leaves) {
		p *= 2
	}
	level := make([][32]byte, p)
	for i := range level {
		var leaf [32]byte
		if i < len(leaves) {
			leaf = leaves[i]
		}
		level[i] = sha256.Sum256(append([]byte{0}, leaf[:]...))
	}
	for len(level) > 1 {
		next := make([][32]byte, len(level)/2)
		for i := range next {
			msg := append([]byte{1}, level[2*i][:]...)
			next[i] = sha256.Sum256(append(msg, level[2*i+1][:]...))
		}
		level = next
	}
	return level[0]
}

func randLeaves(r *rand.Rand, n int) [][32]byte {
	out := make([][32]byte, n)
	for i := range out {
		for j := range out[i] {
			out[i][j] = byte(r.Uint32())
		}
	}
	return out
}

func mustHex(t *testing.T, s string) [32]byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		t.Fatalf("bad hex %q", s)
	}
	return [32]byte(b)
}

// TestKnownAnswers pins values computed independently (Python hashlib).
func TestKnownAnswers(t *testing.T) {
	if got, want := ZeroHash(0), mustHex(t, "7f9c9e31ac8256ca2f258583df262dbc7d6f68f2a03043d5c99a4ae5a7396ce9"); got != want {
		t.Errorf("zero leaf hash = %x, want %x", got, want)
	}
	leaves := [][32]byte{{}, {}, {}}
	for i := range leaves {
		for j := range leaves[i] {
			leaves[i][j] = byte(i + 1)
		}
	}
	got, err := Root(leaves)
	if err != nil {
		t.Fatal(err)
	}
	if want := mustHex(t, "34e71d7d0114a253d833504e41de2685e95d96efdba5a3d1eae8ed0cd626a69a"); got != want {
		t.Errorf("root of 3 leaves = %x, want %x", got, want)
	}
}

func TestRootMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	sizes := []int{1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 63, 64, 65, 100, 1023, 1024, 1025, 2049, 4096, 5000}
	for _, n := range sizes {
		leaves := randLeaves(r, n)
		got, err := Root(leaves)
		if err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		if want := refRoot(leaves); got != want {
			t.Errorf("n=%d: root %x, want %x", n, got, want)
		}
	}
}

func TestRootIndependentOfWorkers(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1 << chunkHeight, 1<<chunkHeight + 1, 3<<chunkHeight - 5, 9 << chunkHeight} {
		leaves := randLeaves(r, n)
		f := func(i int, dst *[32]byte) { *dst = leaves[i] }
		want := refRoot(leaves)
		for _, w := range []int{1, 2, 3, 8, 64} {
			if got := subtreeRoot(0, Depth(n), n, f, w); got != want {
				t.Errorf("n=%d workers=%d: %x, want %x", n, w, got, want)
			}
		}
		for _, procs := range []int{1, runtime.NumCPU(), 7} {
			old := runtime.GOMAXPROCS(procs)
			got, err := Root(leaves)
			runtime.GOMAXPROCS(old)
			if err != nil || got != want {
				t.Errorf("n=%d GOMAXPROCS=%d: %x, %v; want %x", n, procs, got, err, want)
			}
		}
	}
}

func TestEmpty(t *testing.T) {
	if _, err := Root(nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("Root(nil) error = %v, want ErrEmpty", err)
	}
	if _, err := Prove(nil, 0); !errors.Is(err, ErrEmpty) {
		t.Errorf("Prove(nil) error = %v, want ErrEmpty", err)
	}
	var b Builder
	if _, err := b.Root(); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty Builder error = %v, want ErrEmpty", err)
	}
}

func TestBuilderHeights(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	leaves := randLeaves(r, 5)
	var b Builder
	for i := range leaves {
		b.AddLeaf(&leaves[i])
	}
	// Height 5 = 32 leaves: the 5 given, 27 zero leaves.
	padded := append(append([][32]byte{}, leaves...), make([][32]byte, 27)...)
	got, err := b.RootHeight(5)
	if err != nil {
		t.Fatal(err)
	}
	if want := refRoot(padded); got != want {
		t.Errorf("RootHeight(5) = %x, want %x", got, want)
	}
	if _, err := b.RootHeight(2); !errors.Is(err, ErrIndex) {
		t.Errorf("RootHeight(2) with 5 items: error %v, want ErrIndex", err)
	}
	// A Builder of height-2 items: the roots of 4-leaf groups give the 4-aligned tree.
	many := randLeaves(r, 13)
	hb := NewBuilder(2)
	for lo := 0; lo < len(many); lo += 4 {
		sub := make([][32]byte, 4)
		copy(sub, many[lo:min(lo+4, len(many))])
		h := refRoot(sub)
		hb.Add(&h)
	}
	got, err = hb.Root()
	if err != nil {
		t.Fatal(err)
	}
	if want := refRoot(many); got != want {
		t.Errorf("height-2 builder root %x, want %x", got, want)
	}
}

func TestProveVerify(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{1, 2, 3, 5, 8, 13, 33, 1<<chunkHeight + 3} {
		leaves := randLeaves(r, n)
		root := refRoot(leaves)
		idx := []int{0, n - 1, n / 2, r.IntN(n)}
		if n <= 33 {
			idx = idx[:0]
			for i := range n {
				idx = append(idx, i)
			}
		}
		for _, i := range idx {
			p, err := Prove(leaves, i)
			if err != nil {
				t.Fatalf("n=%d i=%d: %v", n, i, err)
			}
			if len(p) != Depth(n) {
				t.Fatalf("n=%d: proof length %d, want %d", n, len(p), Depth(n))
			}
			if !Verify(root, leaves[i], uint64(i), p) {
				t.Fatalf("n=%d i=%d: valid proof rejected", n, i)
			}
			bad := leaves[i]
			bad[r.IntN(32)] ^= 1 << r.IntN(8)
			if Verify(root, bad, uint64(i), p) {
				t.Errorf("n=%d i=%d: tampered leaf accepted", n, i)
			}
			if len(p) > 0 {
				if Verify(root, leaves[i], uint64(i^1), p) && leaves[i] != leaves[i^1%n] {
					t.Errorf("n=%d i=%d: wrong index accepted", n, i)
				}
				tp := append(Proof{}, p...)
				tp[len(tp)-1][0] ^= 0x80
				if Verify(root, leaves[i], uint64(i), tp) {
					t.Errorf("n=%d i=%d: tampered sibling accepted", n, i)
				}
				if Verify(root, leaves[i], uint64(i), p[:len(p)-1]) {
					t.Errorf("n=%d i=%d: truncated proof accepted", n, i)
				}
			}
		}
	}
}

func TestProofErrors(t *testing.T) {
	leaves := make([][32]byte, 4)
	if _, err := Prove(leaves, 4); !errors.Is(err, ErrIndex) {
		t.Errorf("Prove(4 of 4): %v, want ErrIndex", err)
	}
	if _, err := Prove(leaves, -1); !errors.Is(err, ErrIndex) {
		t.Errorf("Prove(-1): %v, want ErrIndex", err)
	}
	if _, err := RootFromProof([32]byte{}, 4, make(Proof, 2)); !errors.Is(err, ErrIndex) {
		t.Errorf("RootFromProof index 4 depth 2: %v, want ErrIndex", err)
	}
	if _, err := RootFromProof([32]byte{}, 0, make(Proof, MaxDepth+1)); !errors.Is(err, ErrProof) {
		t.Errorf("RootFromProof too deep: %v, want ErrProof", err)
	}
}

// TestNodeIsNotLeaf checks the domain separation: an inner node's two children,
// presented as one 64-byte "leaf", do not hash to that node.
func TestNodeIsNotLeaf(t *testing.T) {
	a, b := [32]byte{1}, [32]byte{2}
	n := NodeHash(a, b)
	if n == LeafHash(a) || n == Hash65(TensorPrefix, a, b) || n == sha256.Sum256(append(a[:], b[:]...)) {
		t.Error("node hash collides with another domain")
	}
}

func TestHashesMatchSHA256(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for range 200 {
		var a, b [32]byte
		for j := range a {
			a[j], b[j] = byte(r.Uint32()), byte(r.Uint32())
		}
		if got, want := LeafHash(a), sha256.Sum256(append([]byte{0}, a[:]...)); got != want {
			t.Fatalf("LeafHash(%x) = %x, want %x", a, got, want)
		}
		msg := append(append([]byte{1}, a[:]...), b[:]...)
		if got, want := NodeHash(a, b), sha256.Sum256(msg); got != want {
			t.Fatalf("NodeHash = %x, want %x", got, want)
		}
		msg[0] = TensorPrefix
		if got, want := Hash65(TensorPrefix, a, b), sha256.Sum256(msg); got != want {
			t.Fatalf("Hash65 = %x, want %x", got, want)
		}
	}
}

func BenchmarkRoot(b *testing.B) {
	const n = 1 << 16 // 2 MiB of leaf data
	leaves := randLeaves(rand.New(rand.NewPCG(1, 1)), n)
	b.SetBytes(n * 32)
	for b.Loop() {
		if _, err := Root(leaves); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLeafHash(b *testing.B) {
	var leaf [32]byte
	for b.Loop() {
		leaf = LeafHash(leaf)
	}
}

func BenchmarkNodeHash(b *testing.B) {
	var l, r [32]byte
	for b.Loop() {
		l = NodeHash(l, r)
	}
}
