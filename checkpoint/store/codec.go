package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/klauspost/compress/zstd"

	"github.com/veritrain/veritrain/checkpoint"
)

// Blob layout, version 1 (integers little-endian):
//
//	magic      4 bytes "VTCZ"
//	version    u8      1
//	flags      u8      bit 0: delta (the float bytes are XORed with the base's)
//	root       32      state root of the checkpoint
//	base       32      state root of the base checkpoint (zero unless delta)
//	5 frames, each u64 length then one zstd frame:
//	  frame 0: the skeleton: u32 span count, per span u64 offset and u64 length (where
//	           the float bytes go back into the encoding), then the encoding with every
//	           tensor's float bytes removed
//	  frames 1-4: byte plane j of the float stream (byte j of every 4-byte word, after
//	           the XOR), each 1/4 of the float bytes
//
// The float stream is the concatenation of all tensors' data in order; a delta XORs it
// word by word with the base's stream (zero past the base's end). Planes separate the
// sign/exponent bytes, which barely change between checkpoints, from the noisy low
// mantissa bytes; XOR turns unchanged high bytes into zeros.
const (
	blobMagic   = "VTCZ"
	blobVersion = 1
	flagDelta   = 1
	headerLen   = 4 + 1 + 1 + 32 + 32
	numFrames   = 5
)

// Sentinel errors.
var (
	ErrNotFound = errors.New("store: checkpoint not found")
	ErrCorrupt  = errors.New("store: corrupt blob")
	ErrTooLarge = errors.New("store: size limit exceeded")
	// ErrHashMismatch: the bytes decode to a state whose root is not the one asked for.
	ErrHashMismatch = checkpoint.ErrHashMismatch
)

// Header is the uncompressed head of a blob.
type Header struct {
	Root  [32]byte // the checkpoint's state root (its address)
	Delta bool     // the float bytes are XORed with Base's
	Base  [32]byte // the base checkpoint's state root when Delta
}

// ParseHeader reads a blob's header.
func ParseHeader(blob []byte) (Header, error) {
	if len(blob) < headerLen {
		return Header{}, fmt.Errorf("%w: %d bytes, header needs %d", ErrCorrupt, len(blob), headerLen)
	}
	if string(blob[:4]) != blobMagic {
		return Header{}, fmt.Errorf("%w: magic %q", ErrCorrupt, blob[:4])
	}
	if blob[4] != blobVersion {
		return Header{}, fmt.Errorf("%w: blob version %d", ErrCorrupt, blob[4])
	}
	if blob[5]&^flagDelta != 0 {
		return Header{}, fmt.Errorf("%w: unknown flags %#x", ErrCorrupt, blob[5])
	}
	h := Header{Delta: blob[5]&flagDelta != 0}
	copy(h.Root[:], blob[6:38])
	copy(h.Base[:], blob[38:70])
	if !h.Delta && h.Base != ([32]byte{}) {
		return Header{}, fmt.Errorf("%w: base root set on a full blob", ErrCorrupt)
	}
	return h, nil
}

// Codec turns canonical encodings into blobs and back. It is safe for concurrent use.
type Codec struct {
	enc        *zstd.Encoder
	dec        *zstd.Decoder
	maxDecoded int
}

// NewCodec returns a Codec compressing at level and refusing to decompress more than
// maxDecoded bytes of encoding.
func NewCodec(level zstd.EncoderLevel, maxDecoded int) (*Codec, error) {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(level), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return nil, fmt.Errorf("store: zstd encoder: %w", err)
	}
	dec, err := zstd.NewReader(nil, zstd.WithDecoderMaxMemory(uint64(maxDecoded)), zstd.WithDecoderConcurrency(0))
	if err != nil {
		return nil, fmt.Errorf("store: zstd decoder: %w", err)
	}
	return &Codec{enc: enc, dec: dec, maxDecoded: maxDecoded}, nil
}

// floatStream returns the float bytes of an encoding, in tensor order, and their spans.
func floatStream(enc []byte) ([]byte, []checkpoint.Span, error) {
	spans, err := checkpoint.DataSpans(enc)
	if err != nil {
		return nil, nil, err
	}
	n := 0
	for _, s := range spans {
		n += s.Len
	}
	out := make([]byte, 0, n)
	for _, s := range spans {
		out = append(out, enc[s.Off:s.Off+s.Len]...)
	}
	return out, spans, nil
}

// Compress returns the blob of enc (a canonical encoding whose state root is root).
// With base non-nil (the base checkpoint's encoding, root baseRoot) it stores a delta.
func (c *Codec) Compress(enc []byte, root [32]byte, base []byte, baseRoot [32]byte) ([]byte, error) {
	spans, err := checkpoint.DataSpans(enc)
	if err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	var flags byte
	var baseFloats []byte
	if base != nil {
		if baseFloats, err = floatStreamInto(base); err != nil {
			return nil, fmt.Errorf("compress: base: %w", err)
		}
		defer putBuf(baseFloats)
		flags = flagDelta
	} else {
		baseRoot = [32]byte{}
	}
	words := 0
	for _, sp := range spans {
		words += sp.Len / 4
	}
	skel := binary.LittleEndian.AppendUint32(make([]byte, 0, len(enc)-4*words+4+16*len(spans)), uint32(len(spans)))
	prev, removed := 0, 0
	for _, sp := range spans {
		skel = binary.LittleEndian.AppendUint64(skel, uint64(sp.Off-removed))
		skel = binary.LittleEndian.AppendUint64(skel, uint64(sp.Len))
		removed += sp.Len
	}
	for _, sp := range spans {
		skel = append(skel, enc[prev:sp.Off]...)
		prev = sp.Off + sp.Len
	}
	skel = append(skel, enc[prev:]...)

	floats, err := floatStreamInto(enc)
	if err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	defer putBuf(floats)
	buf := getBuf(4 * words)
	defer putBuf(buf)
	planes := [4][]byte{buf[:words], buf[words : 2*words], buf[2*words : 3*words], buf[3*words:]}
	split(planes, floats, baseFloats)
	p0, p1, p2, p3 := planes[0], planes[1], planes[2], planes[3]
	parts := [numFrames][]byte{skel, p0, p1, p2, p3}
	// Frames are independent: compress them on all cores (the bytes do not depend on it).
	var frames [numFrames][]byte
	var wg sync.WaitGroup
	for i := range parts {
		wg.Go(func() { frames[i] = c.enc.EncodeAll(parts[i], getBuf(len(parts[i])/2 + 1024)[:0]) })
	}
	wg.Wait()
	defer func() {
		for _, f := range frames {
			putBuf(f)
		}
	}()

	n := headerLen + 8*numFrames
	for _, f := range frames {
		n += len(f)
	}
	out := make([]byte, 0, n)
	out = append(out, blobMagic...)
	out = append(out, blobVersion, flags)
	out = append(out, root[:]...)
	out = append(out, baseRoot[:]...)
	for _, f := range frames {
		out = binary.LittleEndian.AppendUint64(out, uint64(len(f)))
		out = append(out, f...)
	}
	return out, nil
}

// Decompress rebuilds the encoding from blob; base is the base's encoding for a delta
// blob (nil otherwise). It does not check the state root: callers do (Verify).
func (c *Codec) Decompress(ctx context.Context, blob, base []byte) ([]byte, error) {
	h, err := ParseHeader(blob)
	if err != nil {
		return nil, err
	}
	if h.Delta != (base != nil) {
		return nil, fmt.Errorf("%w: delta %v but base given %v", ErrCorrupt, h.Delta, base != nil)
	}
	var frames [numFrames][]byte
	rest := blob[headerLen:]
	for i := range frames {
		if len(rest) < 8 {
			return nil, fmt.Errorf("%w: frame %d length truncated", ErrCorrupt, i)
		}
		n := binary.LittleEndian.Uint64(rest)
		rest = rest[8:]
		if n > uint64(len(rest)) {
			return nil, fmt.Errorf("%w: frame %d of %d bytes, %d left", ErrCorrupt, i, n, len(rest))
		}
		frames[i], rest = rest[:n], rest[n:]
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrCorrupt, len(rest))
	}
	var parts [numFrames][]byte
	var errs [numFrames]error
	var wg sync.WaitGroup
	for i := range frames {
		wg.Go(func() { parts[i], errs[i] = c.decodeFrame(frames[i]) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("frame %d: %w", i, err)
		}
	}
	defer func() {
		for _, p := range parts {
			putBuf(p)
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return c.join(parts, base)
}

func (c *Codec) decodeFrame(f []byte) ([]byte, error) {
	out, err := c.dec.DecodeAll(f, getBuf(4 * len(f))[:0])
	if err != nil {
		if errors.Is(err, zstd.ErrDecoderSizeExceeded) || errors.Is(err, zstd.ErrWindowSizeExceeded) {
			return nil, fmt.Errorf("%w: %w", ErrTooLarge, err)
		}
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	if len(out) > c.maxDecoded {
		return nil, fmt.Errorf("%w: frame decodes to %d bytes", ErrTooLarge, len(out))
	}
	return out, nil
}

// join reverses Compress: planes to words, XOR with the base, floats back into the skeleton.
func (c *Codec) join(parts [numFrames][]byte, base []byte) ([]byte, error) {
	skel := parts[0]
	if len(skel) < 4 {
		return nil, fmt.Errorf("%w: skeleton of %d bytes", ErrCorrupt, len(skel))
	}
	count := binary.LittleEndian.Uint32(skel)
	skel = skel[4:]
	if uint64(count) > uint64(len(skel))/16 {
		return nil, fmt.Errorf("%w: %d spans in a skeleton of %d bytes", ErrCorrupt, count, len(skel))
	}
	type span struct{ off, n uint64 }
	spans := make([]span, count)
	total := uint64(0)
	for i := range spans {
		spans[i] = span{binary.LittleEndian.Uint64(skel[16*i:]), binary.LittleEndian.Uint64(skel[16*i+8:])}
		if spans[i].n%4 != 0 || spans[i].n > uint64(c.maxDecoded) {
			return nil, fmt.Errorf("%w: span %d of %d bytes", ErrCorrupt, i, spans[i].n)
		}
		total += spans[i].n
	}
	skel = skel[16*count:]
	words := total / 4
	for j := 1; j < numFrames; j++ {
		if uint64(len(parts[j])) != words {
			return nil, fmt.Errorf("%w: plane %d has %d bytes, spans need %d", ErrCorrupt, j-1, len(parts[j]), words)
		}
	}
	if total+uint64(len(skel)) > uint64(c.maxDecoded) {
		return nil, fmt.Errorf("%w: encoding of %d bytes", ErrTooLarge, total+uint64(len(skel)))
	}
	var baseFloats []byte
	if base != nil {
		var err error
		if baseFloats, err = floatStreamInto(base); err != nil {
			return nil, fmt.Errorf("decompress: base: %w", err)
		}
		defer putBuf(baseFloats)
	}
	floats := getBuf(int(total))
	defer putBuf(floats)
	merge(floats, [4][]byte{parts[1], parts[2], parts[3], parts[4]}, baseFloats)
	out := make([]byte, uint64(len(skel))+total)
	prev, at, f := uint64(0), uint64(0), uint64(0)
	for i, sp := range spans {
		if sp.off < prev || sp.off > uint64(len(skel)) {
			return nil, fmt.Errorf("%w: span %d at skeleton offset %d (previous end %d, skeleton %d bytes)", ErrCorrupt, i, sp.off, prev, len(skel))
		}
		at += uint64(copy(out[at:], skel[prev:sp.off]))
		at += uint64(copy(out[at:], floats[f:f+sp.n]))
		f += sp.n
		prev = sp.off
	}
	copy(out[at:], skel[prev:])
	return out, nil
}

// Verify decodes enc and checks that its state root is want.
func Verify(enc []byte, want [32]byte) (*checkpoint.State, error) {
	st, err := checkpoint.Decode(enc)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	if got := st.Hash(); got != want {
		return nil, fmt.Errorf("%w: content hashes to %x, expected %x", ErrHashMismatch, got, want)
	}
	return st, nil
}
