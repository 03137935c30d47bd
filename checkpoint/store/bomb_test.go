package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math/bits"
	"runtime"
	"testing"

	"github.com/klauspost/compress/zstd"

	"github.com/veritrain/veritrain/checkpoint"
)

// bombLimit is the decoded-size limit the decompression-bomb tests run under.
const bombLimit = 16 << 20

// zeroFrame is one zstd frame of n zero bytes, as Compress writes frames.
func zeroFrame(t testing.TB, n int) []byte {
	t.Helper()
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		t.Fatal(err)
	}
	return enc.EncodeAll(make([]byte, n), nil)
}

// reheader rewrites frame's header: no content size (fcs < 0), or the content size fcs
// written in 4 bytes, whatever the blocks really hold.
func reheader(t testing.TB, frame []byte, fcs int64) []byte {
	t.Helper()
	var h zstd.Header
	if err := h.Decode(frame); err != nil {
		t.Fatal(err)
	}
	// A window descriptor covering the content (a single-segment frame has none).
	wlog := max(10, bits.Len64(max(h.WindowSize, h.FrameContentSize)-1))
	fhd := byte(0)
	if h.HasCheckSum {
		fhd |= 1 << 2
	}
	if fcs >= 0 {
		fhd |= 2 << 6 // 4-byte content size
	}
	out := append([]byte("\x28\xb5\x2f\xfd"), fhd, byte(wlog-10)<<3)
	if fcs >= 0 {
		out = binary.LittleEndian.AppendUint32(out, uint32(fcs))
	}
	return append(out, frame[h.HeaderSize:]...)
}

// blobOf wraps frames (one per blob frame, nil for an empty one) in a full blob header.
func blobOf(frames ...[]byte) []byte {
	out := append([]byte(blobMagic), blobVersion, 0)
	out = append(out, make([]byte, 64)...)
	for _, f := range frames {
		out = binary.LittleEndian.AppendUint64(out, uint64(len(f)))
		out = append(out, f...)
	}
	return out
}

// allocated returns how many bytes f allocates on the heap (runtime.MemStats), with
// the buffer pool emptied first so that pooled buffers do not hide allocations.
func allocated(f func()) uint64 {
	runtime.GC()
	runtime.GC() // a sync.Pool empties over two collections
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestDecompressBombs plays decompression bombs against a 16 MiB limit: each must fail
// naming the problem, having allocated little more than the limit in total.
func TestDecompressBombs(t *testing.T) {
	c, err := NewCodec(zstd.SpeedFastest, bombLimit)
	if err != nil {
		t.Fatal(err)
	}
	big := zeroFrame(t, bombLimit)                                        // one frame at the limit: alone it passes
	small := zeroFrame(t, 1000)                                           // a frame that honestly holds 1000 bytes
	concat := append(append([]byte{}, small...), reheader(t, big, -1)...) // two frames in one blob frame
	cases := []struct {
		name string
		blob []byte
		want error
	}{
		// Every frame within the limit alone, five times the limit together.
		{"five frames at the limit", blobOf(big, big, big, big, big), ErrTooLarge},
		// Headers claim 1000 bytes each; the blocks hold 16 MiB.
		{"small claimed sizes", blobOf(reheader(t, big, 1000), reheader(t, big, 1000), reheader(t, big, 1000), reheader(t, big, 1000), reheader(t, big, 1000)), ErrCorrupt},
		// No content size at all.
		{"no content size", blobOf(reheader(t, big, -1), reheader(t, big, -1), reheader(t, big, -1), reheader(t, big, -1), reheader(t, big, -1)), ErrTooLarge},
		// A small frame followed by a large one in each blob frame.
		{"concatenated frames", blobOf(concat, concat, concat, concat, concat), ErrTooLarge},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			n := allocated(func() { _, err = c.Decompress(context.Background(), tc.blob, nil) })
			t.Logf("%d-byte blob: allocated %.1f MiB against a %d MiB limit; error: %v", len(tc.blob), float64(n)/(1<<20), bombLimit>>20, err)
			if !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
			// Refused blobs stay within the limit once, the decoder's scratch included.
			if n > bombLimit {
				t.Errorf("allocated %d bytes decoding a %d-byte blob, limit %d", n, len(tc.blob), bombLimit)
			}
		})
	}
}

// TestDecompressLimitPerCall: a caller's own limit (Client.MaxState) refuses a blob
// whose frames declare more, before decoding, on a codec that would allow it; an
// honest blob under the limit decodes, allocating about twice its encoding (the parts
// and the result), not more.
func TestDecompressLimitPerCall(t *testing.T) {
	c, err := NewCodec(zstd.SpeedFastest, DefaultMaxDecoded)
	if err != nil {
		t.Fatal(err)
	}
	big := zeroFrame(t, bombLimit)
	bomb := blobOf(big, big, big, big, big)
	var derr error
	n := allocated(func() { _, derr = c.DecompressLimit(context.Background(), bomb, nil, 1<<20) })
	if !errors.Is(derr, ErrTooLarge) || n > 1<<20 {
		t.Errorf("bomb under a 1 MiB limit: allocated %d bytes, error %v", n, derr)
	}

	st := &checkpoint.State{Step: 1, Tensors: []checkpoint.Tensor{{Name: "w", Shape: []int{2 << 20}, Data: make([]float32, 2<<20)}}}
	for i := range st.Tensors[0].Data {
		st.Tensors[0].Data[i] = float32(i) * 1e-3
	}
	enc := mustEncode(t, st)
	blob, err := c.Compress(enc, st.Hash(), nil, [32]byte{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.DecompressLimit(context.Background(), blob, nil, int64(len(enc)-1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("one byte under the encoding: %v, want ErrTooLarge", err)
	}
	var got []byte
	n = allocated(func() { got, derr = c.DecompressLimit(context.Background(), blob, nil, int64(len(enc))) })
	if derr != nil || !bytes.Equal(got, enc) {
		t.Fatalf("at the limit: %v", derr)
	}
	t.Logf("%d-byte encoding from a %d-byte blob: allocated %.1f MiB", len(enc), len(blob), float64(n)/(1<<20))
	if n > uint64(5*len(enc)/2) {
		t.Errorf("decoding an honest %d-byte encoding allocated %d bytes", len(enc), n)
	}
}
