package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

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
	decodes    atomic.Int64 // blobs decompressed, for the tests of verify-once
}

const (
	// spanTableMax bounds the span table the skeleton frame carries on top of the
	// encoding (a u32 count and 16 bytes per tensor).
	spanTableMax = 4 + 16*checkpoint.MaxTensors
	// noSizeMax is the most a frame whose header declares no content size may decode
	// to. The encoder declares the size of every frame of 256 bytes or more (zstd's own
	// encoder declares it always), so only tiny frames lack it; without this cap such a
	// frame could claim any size and grow the output until the limit.
	noSizeMax = 1 << 10
	// decodeSlack is spare capacity past a frame's declared size: the decoder notices a
	// frame outgrowing its declaration only after the block that does so (at most 128
	// KiB), and must not reallocate the output to hold that block.
	decodeSlack = 128<<10 + 1<<10
)

// NewCodec returns a Codec compressing at level and refusing to decompress more than
// maxDecoded bytes of encoding.
func NewCodec(level zstd.EncoderLevel, maxDecoded int) (*Codec, error) {
	if maxDecoded <= 0 {
		return nil, fmt.Errorf("store: codec limit %d, want > 0", maxDecoded)
	}
	// No frame checksum: a blob is checked whole against its state root (Verify), so
	// the xxhash of every frame would be 3% of the compression time for nothing.
	// Concurrency numFrames: EncodeAll takes one of the encoder's states for the whole
	// frame, so with one state Compress's frames ran one after another whatever the
	// cores (a blob's wall time was its CPU time).
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(level), zstd.WithEncoderConcurrency(numFrames), zstd.WithEncoderCRC(false))
	if err != nil {
		return nil, fmt.Errorf("store: zstd encoder: %w", err)
	}
	// DecodeAllCapLimit: a frame never decodes past the capacity Decompress gives it,
	// which is what its header declared; the output is never grown by the decoder.
	dec, err := zstd.NewReader(nil, zstd.WithDecoderMaxMemory(uint64(maxDecoded)+spanTableMax+decodeSlack),
		zstd.WithDecoderConcurrency(0), zstd.WithDecodeAllCapLimit(true))
	if err != nil {
		return nil, fmt.Errorf("store: zstd decoder: %w", err)
	}
	return &Codec{enc: enc, dec: dec, maxDecoded: maxDecoded}, nil
}

// MaxDecoded returns the largest encoding the codec decompresses.
func (c *Codec) MaxDecoded() int { return c.maxDecoded }

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
	return c.DecompressLimit(ctx, blob, base, 0)
}

// DecompressLimit is Decompress refusing an encoding of more than limit bytes (limit <=
// 0, or above the codec's own limit: the codec's limit). The limit holds for the whole
// blob before anything is allocated: the frames' declared sizes are summed first, and
// no frame may decode past its declaration.
func (c *Codec) DecompressLimit(ctx context.Context, blob, base []byte, limit int64) ([]byte, error) {
	c.decodes.Add(1)
	if limit <= 0 || limit > int64(c.maxDecoded) {
		limit = int64(c.maxDecoded)
	}
	h, err := ParseHeader(blob)
	if err != nil {
		return nil, err
	}
	if h.Delta != (base != nil) {
		return nil, fmt.Errorf("%w: delta %v but base given %v", ErrCorrupt, h.Delta, base != nil)
	}
	if int64(len(base)) > limit {
		return nil, fmt.Errorf("%w: base encoding of %d bytes, limit %d", ErrTooLarge, len(base), limit)
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
	// Size every frame from its header before decoding any: frames decode in parallel,
	// so each alone within the limit could still allocate a multiple of it together.
	budget := uint64(limit) + spanTableMax
	var sizes [numFrames]uint64
	var declared [numFrames]bool
	total := uint64(0)
	for i, f := range frames {
		n, ok, err := frameSize(f)
		if err != nil {
			return nil, fmt.Errorf("frame %d: %w", i, err)
		}
		if n > budget || total+n > budget {
			return nil, fmt.Errorf("%w: frames 0-%d declare at least %d bytes, limit %d (and %d of span table)", ErrTooLarge, i, total+n, limit, spanTableMax)
		}
		sizes[i], declared[i] = n, ok
		total += n
	}
	var parts [numFrames][]byte
	var errs [numFrames]error
	var wg sync.WaitGroup
	for i := range frames {
		wg.Go(func() { parts[i], errs[i] = c.decodeFrame(frames[i], sizes[i], declared[i]) })
	}
	wg.Wait()
	defer func() {
		for _, p := range parts {
			putBuf(p)
		}
	}()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("frame %d: %w", i, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return join(parts, base, uint64(limit))
}

// frameSize reads the decoded size a blob frame declares in its zstd header, or the
// most it may decode to when it declares none (declared false). An empty blob frame is
// an empty part (the encoder writes nothing for empty input).
func frameSize(f []byte) (n uint64, declared bool, err error) {
	if len(f) == 0 {
		return 0, true, nil
	}
	var h zstd.Header
	if err := h.Decode(f); err != nil {
		return 0, false, fmt.Errorf("%w: zstd frame header: %w", ErrCorrupt, err)
	}
	switch {
	case h.Skippable:
		return 0, false, fmt.Errorf("%w: skippable zstd frame", ErrCorrupt)
	case h.DictionaryID != 0:
		return 0, false, fmt.Errorf("%w: zstd frame names dictionary %d", ErrCorrupt, h.DictionaryID)
	case !h.HasFCS:
		return noSizeMax, false, nil
	}
	return h.FrameContentSize, true, nil
}

// decodeFrame decodes f, which declared size bytes (or, not declared, at most size),
// into a buffer of exactly that capacity plus decodeSlack.
func (c *Codec) decodeFrame(f []byte, size uint64, declared bool) ([]byte, error) {
	if len(f) == 0 {
		return nil, nil
	}
	n := int(size) + decodeSlack
	buf := getBuf(n)[:0:n]
	out, err := c.dec.DecodeAll(f, buf)
	if err != nil {
		putBuf(out)
		switch {
		case errors.Is(err, zstd.ErrFrameSizeExceeded) || errors.Is(err, zstd.ErrFrameSizeMismatch):
			return nil, fmt.Errorf("%w: frame does not decode to the %d bytes its header declares: %w", ErrCorrupt, size, err)
		case errors.Is(err, zstd.ErrDecoderSizeExceeded) || errors.Is(err, zstd.ErrWindowSizeExceeded):
			if !declared {
				return nil, fmt.Errorf("%w: frame declares no size and decodes past %d bytes: %w", ErrTooLarge, noSizeMax, err)
			}
			return nil, fmt.Errorf("%w: frame of %d declared bytes: %w", ErrTooLarge, size, err)
		}
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	if uint64(len(out)) > size {
		putBuf(out)
		if !declared {
			return nil, fmt.Errorf("%w: frame declares no size and decodes to %d bytes, more than %d", ErrTooLarge, len(out), noSizeMax)
		}
		return nil, fmt.Errorf("%w: frame decodes to %d bytes, its header declares %d", ErrCorrupt, len(out), size)
	}
	return out, nil
}

// join reverses Compress: planes to words, XOR with the base, floats back into the
// skeleton. It allocates the encoding (at most limit bytes) and the base's float stream.
func join(parts [numFrames][]byte, base []byte, limit uint64) ([]byte, error) {
	skel := parts[0]
	if len(skel) < 4 {
		return nil, fmt.Errorf("%w: skeleton of %d bytes", ErrCorrupt, len(skel))
	}
	// In int, not uint32: 16*count wraps past 4 GiB, which a limit above 4 GiB allows
	// the skeleton to reach (the table would be cut short and indexed past its end).
	count := int(binary.LittleEndian.Uint32(skel))
	skel = skel[4:]
	if count > len(skel)/16 {
		return nil, fmt.Errorf("%w: %d spans in a skeleton of %d bytes", ErrCorrupt, count, len(skel))
	}
	table := skel[:16*count]
	skel = skel[16*count:]
	total := uint64(0)
	for i := range count {
		n := binary.LittleEndian.Uint64(table[16*i+8:])
		if n%4 != 0 || n > limit {
			return nil, fmt.Errorf("%w: span %d of %d bytes", ErrCorrupt, i, n)
		}
		total += n
	}
	words := total / 4
	for j := 1; j < numFrames; j++ {
		if uint64(len(parts[j])) != words {
			return nil, fmt.Errorf("%w: plane %d has %d bytes, spans need %d", ErrCorrupt, j-1, len(parts[j]), words)
		}
	}
	if total+uint64(len(skel)) > limit {
		return nil, fmt.Errorf("%w: encoding of %d bytes, limit %d", ErrTooLarge, total+uint64(len(skel)), limit)
	}
	var baseFloats []byte
	if base != nil {
		var err error
		if baseFloats, err = floatStreamInto(base); err != nil {
			return nil, fmt.Errorf("decompress: base: %w", err)
		}
		defer putBuf(baseFloats)
	}
	planes := [4][]byte{parts[1], parts[2], parts[3], parts[4]}
	out := make([]byte, uint64(len(skel))+total)
	prev, at, f := uint64(0), uint64(0), uint64(0)
	for i := range count {
		off, n := binary.LittleEndian.Uint64(table[16*i:]), binary.LittleEndian.Uint64(table[16*i+8:])
		if off < prev || off > uint64(len(skel)) {
			return nil, fmt.Errorf("%w: span %d at skeleton offset %d (previous end %d, skeleton %d bytes)", ErrCorrupt, i, off, prev, len(skel))
		}
		at += uint64(copy(out[at:], skel[prev:off]))
		// Words go straight into place: no whole float stream is built in between.
		w0, w1 := f/4, (f+n)/4
		b := baseFloats[min(f, uint64(len(baseFloats))):min(f+n, uint64(len(baseFloats)))]
		merge(out[at:at+n], [4][]byte{planes[0][w0:w1], planes[1][w0:w1], planes[2][w0:w1], planes[3][w0:w1]}, b)
		at += n
		f += n
		prev = off
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
