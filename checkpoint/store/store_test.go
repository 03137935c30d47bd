package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/checkpointtest"
)

var toy = checkpointtest.Checkpoints(42, 4, 2)

func mustEncode(t testing.TB, s *checkpoint.State) []byte {
	t.Helper()
	b, err := checkpoint.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func newCodec(t testing.TB) *Codec {
	t.Helper()
	c, err := NewCodec(zstd.SpeedFastest, 64<<20)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCodecRoundTrip(t *testing.T) {
	c := newCodec(t)
	ctx := context.Background()
	odd := &checkpoint.State{Step: 1, Tensors: []checkpoint.Tensor{
		{Name: "s", Shape: []int{}, Data: []float32{float32(math.NaN())}},
		{Name: "e", Shape: []int{0}},
		{Name: "v", Shape: []int{3}, Data: []float32{1, 2, 3}},
	}}
	cases := []struct {
		name        string
		state, base *checkpoint.State
	}{
		{"empty full", &checkpoint.State{}, nil},
		{"odd full", odd, nil},
		{"toy full", toy[1], nil},
		{"toy delta", toy[2], toy[1]},
		{"toy delta from far", toy[3], toy[0]},
		{"delta against a smaller state", toy[1], odd},
		{"delta against a larger state", odd, toy[1]},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			enc := mustEncode(t, tc.state)
			var base []byte
			var baseRoot [32]byte
			if tc.base != nil {
				base, baseRoot = mustEncode(t, tc.base), tc.base.Hash()
			}
			blob, err := c.Compress(enc, tc.state.Hash(), base, baseRoot)
			if err != nil {
				t.Fatal(err)
			}
			h, err := ParseHeader(blob)
			if err != nil || h.Root != tc.state.Hash() || h.Delta != (base != nil) || h.Base != baseRoot {
				t.Fatalf("header %+v, %v", h, err)
			}
			got, err := c.Decompress(ctx, blob, base)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, enc) {
				t.Fatal("round trip changed the encoding")
			}
			if _, err := Verify(got, tc.state.Hash()); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestDeltaCompressesBetter(t *testing.T) {
	c := newCodec(t)
	enc, base := mustEncode(t, toy[2]), mustEncode(t, toy[1])
	full, err := c.Compress(enc, toy[2].Hash(), nil, [32]byte{})
	if err != nil {
		t.Fatal(err)
	}
	delta, err := c.Compress(enc, toy[2].Hash(), base, toy[1].Hash())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("encoding %d, full blob %d (%.2fx), delta blob %d (%.2fx)", len(enc), len(full),
		float64(len(enc))/float64(len(full)), len(delta), float64(len(enc))/float64(len(delta)))
	if len(delta) >= len(full) || len(full) >= len(enc) {
		t.Errorf("sizes: encoding %d, full %d, delta %d", len(enc), len(full), len(delta))
	}
}

func TestDecompressRejects(t *testing.T) {
	c := newCodec(t)
	ctx := context.Background()
	enc, base := mustEncode(t, toy[1]), mustEncode(t, toy[0])
	blob, err := c.Compress(enc, toy[1].Hash(), nil, [32]byte{})
	if err != nil {
		t.Fatal(err)
	}
	delta, err := c.Compress(enc, toy[1].Hash(), base, toy[0].Hash())
	if err != nil {
		t.Fatal(err)
	}
	flip := func(b []byte, i int) []byte { b = bytes.Clone(b); b[i] ^= 0x40; return b }
	cases := []struct {
		name string
		blob []byte
		base []byte
		want error
	}{
		{"short", blob[:10], nil, ErrCorrupt},
		{"magic", flip(blob, 0), nil, ErrCorrupt},
		{"flags", flip(blob, 5), nil, ErrCorrupt},
		{"truncated", blob[:len(blob)-1], nil, ErrCorrupt},
		{"trailing", append(bytes.Clone(blob), 0), nil, ErrCorrupt},
		{"frame byte", flip(blob, len(blob)-3), nil, ErrCorrupt},
		{"delta without base", delta, nil, ErrCorrupt},
		{"full with base", blob, base, ErrCorrupt},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := c.Decompress(ctx, tc.blob, tc.base); !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
		})
	}
	// The wrong base decompresses to some bytes: only the hash can tell.
	got, err := c.Decompress(ctx, delta, mustEncode(t, toy[2]))
	if err == nil {
		_, err = Verify(got, toy[1].Hash())
	}
	if !errors.Is(err, ErrHashMismatch) && !errors.Is(err, ErrCorrupt) {
		t.Errorf("wrong base: %v", err)
	}
	small, err := NewCodec(zstd.SpeedFastest, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := small.Decompress(ctx, blob, nil); !errors.Is(err, ErrTooLarge) {
		t.Errorf("decoded-size limit: %v, want ErrTooLarge", err)
	}
}

func FuzzDecompress(f *testing.F) {
	// A small limit keeps the bombs below small and each input fast.
	c, err := NewCodec(zstd.SpeedFastest, 4<<20)
	if err != nil {
		f.Fatal(err)
	}
	small := &checkpoint.State{Step: 2, Tensors: []checkpoint.Tensor{{Name: "v", Shape: []int{9}, Data: make([]float32, 9)}}}
	blob, err := c.Compress(mustEncode(f, small), small.Hash(), nil, [32]byte{})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(blob)
	f.Add(blob[:headerLen+3])
	delta, err := c.Compress(mustEncode(f, toy[1]), toy[1].Hash(), mustEncode(f, small), small.Hash())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(delta)
	// The decompression bombs of TestDecompressBombs, scaled to this codec's 4 MiB.
	big := zeroFrame(f, 1<<20)
	f.Add(blobOf(big, big, big, big, big))
	f.Add(blobOf(reheader(f, big, 1000), nil, nil, nil, nil))
	f.Add(blobOf(reheader(f, big, -1), nil, nil, nil, nil))
	f.Add(blobOf(append(zeroFrame(f, 1000), reheader(f, big, -1)...), nil, nil, nil, nil))
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := ParseHeader(b)
		if err != nil {
			return
		}
		var base []byte
		if h.Delta {
			base = mustEncode(t, small)
		}
		enc, err := c.Decompress(context.Background(), b, base)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("error names neither corruption nor a limit: %v", err)
			}
			return
		}
		if len(enc) > c.MaxDecoded() {
			t.Fatalf("decoded %d bytes past the %d limit", len(enc), c.MaxDecoded())
		}
		// Whatever decompresses must still pass or fail verification cleanly.
		if st, err := Verify(enc, h.Root); err == nil && st.Hash() != h.Root {
			t.Fatal("verified state with another root")
		}
	})
}

func openStore(t *testing.T, opts ...Option) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(dir, append([]Option{WithLogger(quiet)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return s, dir
}

func TestStorePutGet(t *testing.T) {
	ctx := context.Background()
	s, dir := openStore(t)
	r0, err := s.Put(ctx, toy[0])
	if err != nil {
		t.Fatal(err)
	}
	r1, err := s.PutDelta(ctx, toy[1], r0)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := s.PutDelta(ctx, toy[2], r1)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range [][32]byte{r0, r1, r2} {
		if r != toy[i].Hash() {
			t.Fatalf("root %d", i)
		}
		st, err := s.Get(ctx, r)
		if err != nil {
			t.Fatalf("get %d: %v", i, err)
		}
		if !bytes.Equal(mustEncode(t, st), mustEncode(t, toy[i])) {
			t.Fatalf("get %d: different state", i)
		}
	}
	if _, err := s.Put(ctx, toy[0]); err != nil { // idempotent
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, toy[3].Hash()); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing: %v, want ErrNotFound", err)
	}
	if _, err := s.PutDelta(ctx, toy[3], toy[3].Hash()); !errors.Is(err, ErrNotFound) {
		t.Errorf("delta on a missing base: %v, want ErrNotFound", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), blobExt) {
			t.Errorf("stray file %s", e.Name())
		}
	}
	if len(entries) != 3 {
		t.Errorf("%d files, want 3", len(entries))
	}
}

func TestStoreDetectsCorruption(t *testing.T) {
	ctx := context.Background()
	s, _ := openStore(t)
	r0, err := s.Put(ctx, toy[0])
	if err != nil {
		t.Fatal(err)
	}
	r1, err := s.PutDelta(ctx, toy[1], r0)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := s.Put(ctx, toy[2])
	if err != nil {
		t.Fatal(err)
	}
	// A blob renamed to another root (a lying peer, a misplaced file).
	b2, err := os.ReadFile(s.path(r2))
	if err != nil {
		t.Fatal(err)
	}
	fake := toy[3].Hash()
	if err := os.WriteFile(s.path(fake), b2, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, fake); !errors.Is(err, ErrHashMismatch) {
		t.Errorf("relabelled blob: %v, want ErrHashMismatch", err)
	}
	// A blob whose label was rewritten to match: the content still hashes elsewhere.
	copy(b2[6:38], fake[:])
	if err := os.WriteFile(s.path(fake), b2, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, fake); !errors.Is(err, ErrHashMismatch) {
		t.Errorf("relabelled header: %v, want ErrHashMismatch", err)
	}
	// A flipped byte in the base breaks the delta that depends on it.
	b0, err := os.ReadFile(s.path(r0))
	if err != nil {
		t.Fatal(err)
	}
	b0[len(b0)/2] ^= 1
	if err := os.WriteFile(s.path(r0), b0, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, r := range [][32]byte{r0, r1} {
		if _, err := s.Get(ctx, r); !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrHashMismatch) {
			t.Errorf("corrupted base: %v", err)
		}
		if _, err := s.Blob(ctx, r); err == nil {
			t.Error("corrupted blob served")
		}
	}
	// Putting the state again repairs the file, and with it the delta.
	if _, err := s.Put(ctx, toy[0]); err != nil {
		t.Fatal(err)
	}
	for _, r := range [][32]byte{r0, r1} {
		if _, err := s.Get(ctx, r); err != nil {
			t.Errorf("after repair: %v", err)
		}
	}
}

func TestStoreCrashLeftovers(t *testing.T) {
	dir := t.TempDir()
	leftover := filepath.Join(dir, tmpPrefix+"123")
	if err := os.WriteFile(leftover, []byte("half a blob"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(leftover); !os.IsNotExist(err) {
		t.Errorf("leftover temp file survives Open: %v", err)
	}
	if s.Has(toy[0].Hash()) {
		t.Error("empty store has a checkpoint")
	}
}

func TestStoreLimits(t *testing.T) {
	ctx := context.Background()
	s, _ := openStore(t, WithMaxBlob(1000))
	if _, err := s.Put(ctx, toy[0]); !errors.Is(err, ErrTooLarge) {
		t.Errorf("blob over the limit: %v, want ErrTooLarge", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	s2, _ := openStore(t)
	if _, err := s2.Put(cctx, toy[0]); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled put: %v", err)
	}
}

func TestSplitMerge(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, words := range []int{0, 1, 3, 4, 5, 8, 9, 16, 17, 33, 70, planeChunk - 1, planeChunk + 5, 3*planeChunk + 2} {
		for _, baseWords := range []int{0, 1, 7, 8, 9, words / 2, words - 1, words, words + 9} {
			if baseWords < 0 {
				continue
			}
			floats := make([]byte, 4*words)
			base := make([]byte, 4*baseWords)
			for i := range floats {
				floats[i] = byte(r.Uint32())
			}
			for i := range base {
				base[i] = byte(r.Uint32())
			}
			var planes [4][]byte
			for j := range planes {
				planes[j] = make([]byte, words)
			}
			split(planes, floats, base)
			for w := range words {
				v := binary.LittleEndian.Uint32(floats[4*w:])
				if w < baseWords {
					v ^= binary.LittleEndian.Uint32(base[4*w:])
				}
				for j := range 4 {
					if planes[j][w] != byte(v>>(8*j)) {
						t.Fatalf("words %d base %d: plane %d word %d", words, baseWords, j, w)
					}
				}
			}
			back := make([]byte, len(floats))
			merge(back, planes, base)
			if !bytes.Equal(back, floats) {
				t.Fatalf("words %d base %d: merge does not invert split", words, baseWords)
			}
		}
	}
}

// TestStoreFlatten: a delta blob flattened is a whole blob of the same state, naming
// no base; the blobs based on it still read; a whole blob is left as it is; a missing
// root is ErrNotFound.
func TestStoreFlatten(t *testing.T) {
	ctx := context.Background()
	s, _ := openStore(t)
	r0, err := s.Put(ctx, toy[0])
	if err != nil {
		t.Fatal(err)
	}
	r1, err := s.PutDelta(ctx, toy[1], r0)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := s.PutDelta(ctx, toy[2], r1)
	if err != nil {
		t.Fatal(err)
	}
	header := func(r [32]byte) Header {
		t.Helper()
		blob, err := s.Blob(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		h, err := ParseHeader(blob)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	if h := header(r1); !h.Delta || h.Base != r0 {
		t.Fatalf("before: %+v, want a delta against r0", h)
	}
	whole0, err := s.Blob(ctx, r0)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // idempotent
		if err := s.Flatten(ctx, r1); err != nil {
			t.Fatal(err)
		}
	}
	if h := header(r1); h.Delta || h.Base != ([32]byte{}) || h.Root != r1 {
		t.Fatalf("after: %+v, want a whole blob of r1", h)
	}
	for i, r := range [][32]byte{r0, r1, r2} {
		st, err := s.Get(ctx, r)
		if err != nil {
			t.Fatalf("get %d: %v", i, err)
		}
		if !bytes.Equal(mustEncode(t, st), mustEncode(t, toy[i])) {
			t.Fatalf("get %d: different state", i)
		}
	}
	if err := s.Flatten(ctx, r0); err != nil {
		t.Fatal(err)
	}
	if b, err := s.Blob(ctx, r0); err != nil || !bytes.Equal(b, whole0) {
		t.Fatalf("a whole blob was rewritten (err %v)", err)
	}
	if err := s.Flatten(ctx, toy[3].Hash()); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing root: %v, want ErrNotFound", err)
	}
}
