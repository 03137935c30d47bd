package dataset

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Format is an input file format that Add and Decode read.
type Format string

// The input formats.
const (
	NPY         Format = "npy"         // NumPy .npy, versions 1.0, 2.0 and 3.0; one array
	Safetensors Format = "safetensors" // safetensors; each tensor is an array
	IDX         Format = "idx"         // IDX (MNIST's format), big-endian; one array
	Raw         Format = "bin"         // raw little-endian elements with no header (nanoGPT's token files); one 1-D array
	FormatText  Format = "text"        // UTF-8 text read as bytes, a byte-level model's tokens (Text; not told by a name)
)

// Options are the choices a file cannot carry itself.
type Options struct {
	// RawDType is the element type of Raw (.bin) files, which have no header. Zero means
	// Uint16, what nanoGPT's prepare.py writes (np.uint16).
	RawDType DType
}

func (o Options) rawDType() DType {
	if o.RawDType == 0 {
		return Uint16
	}
	return o.RawDType
}

// DecodeError is a problem in an input file: the file, its format, the byte offset of
// the problem (counted in the decompressed data for a .gz file) and what is wrong.
// It unwraps to ErrFormat or ErrUnsupported, and to the I/O error behind it if any.
type DecodeError struct {
	File   string // the path as given
	Format Format
	Offset int64
	Gzip   bool  // Offset counts bytes of the decompressed data
	Kind   error // ErrFormat or ErrUnsupported
	Msg    string
	Cause  error // an I/O or decompression error, or nil
}

func (e *DecodeError) Error() string {
	where := fmt.Sprintf("byte %d", e.Offset)
	if e.Gzip {
		where += " of the decompressed data"
	}
	return fmt.Sprintf("%s (%s) at %s: %s", e.File, e.Format, where, e.Msg)
}

// Unwrap returns the error's kind and its cause.
func (e *DecodeError) Unwrap() []error {
	if e.Cause != nil {
		return []error{e.Kind, e.Cause}
	}
	return []error{e.Kind}
}

// problem is a decoding problem before its offset is known: its kind (ErrFormat or
// ErrUnsupported) and what is wrong.
type problem struct {
	kind error
	msg  string
}

func (p *problem) Error() string { return p.msg }

// idxName matches IDX files named as MNIST's are: "train-images-idx3-ubyte", also with
// a dot before "idx" as some mirrors name them.
var idxName = regexp.MustCompile(`^(.+)[.-]idx[0-9]+-ubyte$`)

// FormatOf returns the format a file name implies, whether it is gzipped, and the array
// name a single-array file gives: the base name without ".gz" and without the format's
// suffix (".npy", ".bin", ".idx", "-idx3-ubyte"). Safetensors files name their tensors
// themselves.
func FormatOf(path string) (f Format, name string, gz bool, err error) {
	base := filepath.Base(path)
	stem, gz := strings.CutSuffix(base, ".gz")
	for _, c := range []struct {
		ext string
		f   Format
	}{{".npy", NPY}, {".safetensors", Safetensors}, {".bin", Raw}, {".idx", IDX}} {
		if s, ok := strings.CutSuffix(stem, c.ext); ok && s != "" {
			return c.f, s, gz, nil
		}
	}
	if m := idxName.FindStringSubmatch(stem); m != nil {
		return IDX, m[1], gz, nil
	}
	return "", "", gz, fmt.Errorf("%w: %s: cannot tell its format from the name: want .npy, .safetensors, "+
		".bin (raw little-endian elements, as nanoGPT writes tokens), .idx or -idxN-ubyte (IDX), each optionally .gz",
		ErrUnsupported, path)
}

// reader reads an input file's bytes, counting the offset for error messages.
type reader struct {
	r      io.Reader
	off    int64 // bytes consumed
	size   int64 // the file's size; -1 when unknown (gzip)
	file   string
	format Format
	gz     bool
}

// fail returns a DecodeError at off.
func (r *reader) fail(off int64, kind error, format string, args ...any) *DecodeError {
	return &DecodeError{File: r.file, Format: r.format, Offset: off, Gzip: r.gz, Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

// failIO returns a DecodeError at off for an I/O error met while reading what.
func (r *reader) failIO(off int64, err error, what string) *DecodeError {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return r.fail(off, ErrFormat, "the file ends while reading %s", what)
	}
	e := r.fail(off, ErrFormat, "reading %s: %v", what, err)
	e.Cause = err
	return e
}

// remaining returns the bytes left in the file, or -1 when the size is unknown.
func (r *reader) remaining() int64 {
	if r.size < 0 {
		return -1
	}
	return r.size - r.off
}

// need fails unless n more bytes can be there (always true when the size is unknown).
func (r *reader) need(n int64, what string) error {
	if left := r.remaining(); left >= 0 && n > left {
		return r.fail(r.off, ErrFormat, "%s needs %d bytes but the file has %d left", what, n, left)
	}
	return nil
}

// read returns the next n bytes. Callers bound n; with the size unknown the buffer
// grows with the bytes that arrive, never to n at once.
func (r *reader) read(n int64, what string) ([]byte, error) {
	if err := r.need(n, what); err != nil {
		return nil, err
	}
	var b []byte
	var err error
	if r.size >= 0 {
		b = make([]byte, n)
		_, err = io.ReadFull(r.r, b)
	} else {
		b, err = io.ReadAll(io.LimitReader(r.r, n))
		if err == nil && int64(len(b)) < n {
			err = io.ErrUnexpectedEOF
		}
	}
	if err != nil {
		return nil, r.failIO(r.off, err, what)
	}
	r.off += n
	return b, nil
}

// atEOF fails unless the input ends here.
func (r *reader) atEOF() error {
	var one [1]byte
	n, err := io.ReadFull(r.r, one[:])
	if n == 0 && errors.Is(err, io.EOF) {
		return nil
	}
	if err != nil && n == 0 {
		return r.failIO(r.off, err, "the end of the file")
	}
	return r.fail(r.off, ErrFormat, "trailing bytes after the data")
}

// part is one array of a file as its header describes it. Parts follow each other in
// the file with no gap: the data of part i+1 starts where part i's ends.
type part struct {
	Header
	nbytes    int64 // data bytes; -1: to the end of the file (Raw, size unknown)
	off       int64 // the data's offset in the file
	bigEndian bool  // elements are stored big-endian (IDX)
}

// stream hands a part's data out in pieces, little-endian.
type stream struct {
	r    *reader
	p    *part
	done int64 // bytes handed out
	end  bool  // the part is complete
}

// next reads the part's next bytes into buf (whose length is a multiple of 8) and
// returns them; at the part's end it returns nil, io.EOF. For a part of unknown length
// the header's shape is set when its end is reached.
func (s *stream) next(buf []byte) ([]byte, error) {
	if s.end {
		return nil, io.EOF
	}
	p := s.p
	want := int64(len(buf))
	if p.nbytes >= 0 {
		want = min(want, p.nbytes-s.done)
		if want == 0 {
			s.end = true
			return nil, io.EOF
		}
	}
	n, err := io.ReadFull(s.r.r, buf[:want])
	s.r.off += int64(n)
	s.done += int64(n)
	if p.nbytes < 0 {
		if s.done > MaxArrayBytes {
			return nil, s.r.fail(p.off, ErrUnsupported, "array %q exceeds %d bytes", p.Name, int64(MaxArrayBytes))
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			if err := s.finishRaw(); err != nil {
				return nil, err
			}
			if n == 0 {
				s.end = true
				return nil, io.EOF
			}
			return buf[:n], nil
		}
	}
	if err != nil {
		return nil, s.r.failIO(s.r.off, err, fmt.Sprintf("array %q (%d bytes from byte %d)", p.Name, p.nbytes, p.off))
	}
	if p.bigEndian {
		swap(buf[:n], p.DType.Size())
	}
	return buf[:n], nil
}

// finishRaw sets the shape of a Raw part whose end was found, refusing a length that is
// not a whole number of elements.
func (s *stream) finishRaw() error {
	p := s.p
	size := int64(p.DType.Size())
	if rem := s.done % size; rem != 0 {
		return s.r.fail(s.r.off-rem, ErrFormat, "%d bytes are not a whole number of %s elements (%d bytes each): %d bytes left over (is the element type right?)",
			s.done, p.DType, size, rem)
	}
	p.nbytes = s.done
	p.Shape = []int{int(s.done / size)}
	return nil
}

// swap reverses the bytes of each size-byte element of b.
func swap(b []byte, size int) {
	switch size {
	case 2:
		for i := 0; i+1 < len(b); i += 2 {
			b[i], b[i+1] = b[i+1], b[i]
		}
	case 4:
		for i := 0; i+3 < len(b); i += 4 {
			b[i], b[i+1], b[i+2], b[i+3] = b[i+3], b[i+2], b[i+1], b[i]
		}
	case 8:
		for i := 0; i+7 < len(b); i += 8 {
			b[i], b[i+1], b[i+2], b[i+3], b[i+4], b[i+5], b[i+6], b[i+7] = b[i+7], b[i+6], b[i+5], b[i+4], b[i+3], b[i+2], b[i+1], b[i]
		}
	}
}

// visitFunc consumes one part: it must read s to its end (io.EOF).
type visitFunc func(p *part, s *stream) error

// scan reads one input: its header, then each part's data through visit, then checks
// that nothing follows. name is the path (for the format, the array name and errors);
// size is the input's length or -1 if unknown.
func scan(src io.Reader, size int64, path string, opts Options, visit visitFunc) error {
	f, stem, gz, err := FormatOf(path)
	if err != nil {
		return err
	}
	r := &reader{r: bufio.NewReaderSize(src, 64<<10), size: size, file: path, format: f}
	if gz {
		zr, err := gzip.NewReader(r.r)
		if err != nil {
			e := r.fail(0, ErrFormat, "not a gzip stream: %v", err)
			e.Cause = err
			return e
		}
		defer zr.Close()
		r.r, r.size, r.gz = bufio.NewReaderSize(zr, 64<<10), -1, true
	}
	var parts []part
	switch f {
	case NPY:
		parts, err = parseNPY(r, stem)
	case IDX:
		parts, err = parseIDX(r, stem)
	case Raw:
		parts, err = parseRaw(r, stem, opts.rawDType())
	case Safetensors:
		parts, err = parseSafetensors(r)
	}
	if err != nil {
		return err
	}
	for i := range parts {
		p := &parts[i]
		if p.off != r.off {
			panic(fmt.Sprintf("dataset: part %q starts at %d, reader at %d", p.Name, p.off, r.off)) // unreachable: parsers check tiling
		}
		s := &stream{r: r, p: p}
		if err := visit(p, s); err != nil {
			return err
		}
		if !s.end {
			panic("dataset: visitor left data unread") // unreachable: visitors read to io.EOF
		}
	}
	return r.atEOF()
}

// Decode reads the arrays of one input file held in memory, named path (the name gives
// the format, as FormatOf says). What it allocates is linear in the bytes it is given
// (for a .gz file: in the bytes it decompresses), whatever sizes the file claims.
func Decode(path string, b []byte, opts Options) ([]Array, error) {
	return decode(bytes.NewReader(b), int64(len(b)), path, opts)
}

// DecodeFile reads the arrays of one input file.
func DecodeFile(path string, opts Options) ([]Array, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	return decode(fh, st.Size(), path, opts)
}

func decode(src io.Reader, size int64, path string, opts Options) ([]Array, error) {
	var out []Array
	err := scan(src, size, path, opts, func(p *part, s *stream) error {
		if p.nbytes >= 0 && s.r.size >= 0 {
			// The parser checked that the file holds the bytes: read them at once.
			data := make([]byte, p.nbytes)
			if _, err := s.next(data); err != nil && !errors.Is(err, io.EOF) {
				return err
			}
			if _, err := s.next(data); !errors.Is(err, io.EOF) {
				panic("dataset: part longer than its header") // unreachable: next stops at nbytes
			}
			out = append(out, Array{Header: p.Header, Data: data})
			return nil
		}
		// Length unknown (gzip): collect pieces as they arrive (each at most twice the
		// bytes before it, so never much more than what arrived), then join them once.
		var pieces [][]byte
		total := 0
		for {
			buf := make([]byte, min(ChunkBytes, max(64<<10, total))&^7) // whole elements: a multiple of 8
			b, err := s.next(buf)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return err
			}
			pieces = append(pieces, b)
			total += len(b)
		}
		data := make([]byte, 0, total)
		for _, b := range pieces {
			data = append(data, b...)
		}
		out = append(out, Array{Header: p.Header, Data: data})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
