package dataset

import (
	"encoding/binary"
	"fmt"
)

// maxNPYHeader bounds a .npy header (NumPy's own reader refuses more than 10,000 bytes
// by default).
const maxNPYHeader = 1 << 16

// npyMagic opens every .npy file.
const npyMagic = "\x93NUMPY"

// parseNPY reads a .npy header: magic, version (1.0: u16 header length; 2.0 and 3.0:
// u32), then a Python dict literal {'descr': ..., 'fortran_order': ..., 'shape': (...)}
// padded with spaces and a newline. Only little-endian (or one-byte) numeric dtypes in
// C order are accepted.
func parseNPY(r *reader, name string) ([]part, error) {
	pre, err := r.read(8, "the magic and version")
	if err != nil {
		return nil, err
	}
	if string(pre[:6]) != npyMagic {
		return nil, r.fail(0, ErrFormat, "not a .npy file: magic %q, want %q", pre[:6], npyMagic)
	}
	var hlen int64
	switch major, minor := pre[6], pre[7]; {
	case major == 1 && minor == 0:
		b, err := r.read(2, "the header length")
		if err != nil {
			return nil, err
		}
		hlen = int64(binary.LittleEndian.Uint16(b))
	case (major == 2 || major == 3) && minor == 0:
		b, err := r.read(4, "the header length")
		if err != nil {
			return nil, err
		}
		hlen = int64(binary.LittleEndian.Uint32(b))
	default:
		return nil, r.fail(6, ErrUnsupported, "format version %d.%d (have 1.0, 2.0, 3.0)", major, minor)
	}
	if hlen > maxNPYHeader {
		return nil, r.fail(8, ErrFormat, "header length %d exceeds %d", hlen, maxNPYHeader)
	}
	start := r.off
	hdr, err := r.read(hlen, "the header")
	if err != nil {
		return nil, err
	}
	d := npyDict{b: hdr}
	if pr := d.parse(); pr != nil {
		return nil, r.fail(start+int64(d.pos), pr.kind, "header: %s", pr.msg)
	}
	if d.fortran {
		return nil, r.fail(start+int64(d.fortranAt), ErrUnsupported,
			"fortran_order is True: save the array in C order (numpy.save(f, numpy.ascontiguousarray(a)))")
	}
	dt, pr := npyDType(d.descr)
	if pr != nil {
		return nil, r.fail(start+int64(d.descrAt), pr.kind, "descr %q: %s", d.descr, pr.msg)
	}
	p := part{Header: Header{Name: name, DType: dt, Shape: d.shape}, off: r.off}
	if p.nbytes, err = shapeBytes(d.shape, dt.Size()); err != nil {
		return nil, r.fail(start+int64(d.shapeAt), ErrUnsupported, "shape %v: %v", d.shape, err)
	}
	if err := checkName(name); err != nil {
		return nil, r.fail(0, ErrUnsupported, "array name from the file name: %v", err)
	}
	if left := r.remaining(); left >= 0 && left != p.nbytes {
		if left < p.nbytes {
			return nil, r.fail(r.off, ErrFormat, "%s %v needs %d bytes of data, the file has %d", dt, d.shape, p.nbytes, left)
		}
		return nil, r.fail(r.off+p.nbytes, ErrFormat, "%d trailing bytes after the data of %s %v", left-p.nbytes, dt, d.shape)
	}
	return []part{p}, nil
}

// npyDType maps a descr ('<f4', '|u1') to a DType, or says why not.
func npyDType(descr string) (DType, *problem) {
	if len(descr) < 2 {
		return 0, &problem{ErrFormat, "not a dtype"}
	}
	order, code := descr[0], descr[1:]
	var dt DType
	for d := Float32; d.Valid(); d++ {
		if dtypes[d].npy == code {
			dt = d
		}
	}
	switch {
	case dt == 0:
		return 0, &problem{ErrUnsupported, "element type not supported (have " +
			dtypeNames(func(d DType) bool { return dtypes[d].npy != "" }) + ", little-endian)"}
	case dt.Size() == 1 && (order == '|' || order == '<' || order == '>'):
		return dt, nil
	case order == '<':
		return dt, nil
	case order == '>':
		return 0, &problem{ErrUnsupported, fmt.Sprintf("big-endian: convert it (a.astype('<%s')) and save again", code)}
	default:
		return 0, &problem{ErrFormat, fmt.Sprintf("byte order %q of a %d-byte type", order, dt.Size())}
	}
}

// npyDict parses the header's dict literal. It accepts what NumPy writes and what a
// Python literal allows around it (either quote, spaces, a trailing comma), nothing more.
type npyDict struct {
	b   []byte
	pos int // where parsing stopped: the offset of a problem
	// results
	descr                       string
	fortran                     bool
	shape                       []int
	descrAt, fortranAt, shapeAt int
}

func (d *npyDict) errf(kind error, format string, args ...any) *problem {
	return &problem{kind, fmt.Sprintf(format, args...)}
}

func (d *npyDict) space() {
	for d.pos < len(d.b) && (d.b[d.pos] == ' ' || d.b[d.pos] == '\t') {
		d.pos++
	}
}

func (d *npyDict) peek() byte {
	if d.pos < len(d.b) {
		return d.b[d.pos]
	}
	return 0
}

func (d *npyDict) expect(c byte) *problem {
	d.space()
	if d.peek() != c {
		return d.errf(ErrFormat, "expected %q, found %s", c, d.found())
	}
	d.pos++
	return nil
}

func (d *npyDict) found() string {
	if d.pos >= len(d.b) {
		return "the end of the header"
	}
	return fmt.Sprintf("%q", d.b[d.pos])
}

func (d *npyDict) parse() *problem {
	if err := d.expect('{'); err != nil {
		return err
	}
	seen := map[string]bool{}
	for {
		d.space()
		if d.peek() == '}' {
			d.pos++
			break
		}
		keyAt := d.pos
		key, err := d.str()
		if err != nil {
			return err
		}
		if seen[key] {
			d.pos = keyAt
			return d.errf(ErrFormat, "key %q repeated", key)
		}
		seen[key] = true
		if err := d.expect(':'); err != nil {
			return err
		}
		d.space()
		switch key {
		case "descr":
			d.descrAt = d.pos
			if d.peek() == '[' {
				return d.errf(ErrUnsupported, "structured dtypes (a list descr) are not supported")
			}
			if d.descr, err = d.str(); err != nil {
				return err
			}
		case "fortran_order":
			d.fortranAt = d.pos
			switch {
			case d.word("True"):
				d.fortran = true
			case d.word("False"):
			default:
				return d.errf(ErrFormat, "fortran_order must be True or False, found %s", d.found())
			}
		case "shape":
			d.shapeAt = d.pos
			if err := d.tuple(); err != nil {
				return err
			}
		default:
			d.pos = keyAt
			return d.errf(ErrFormat, "unknown key %q (a .npy header has descr, fortran_order, shape)", key)
		}
		d.space()
		if d.peek() == ',' {
			d.pos++
			continue
		}
		if err := d.expect('}'); err != nil {
			return err
		}
		break
	}
	for _, k := range []string{"descr", "fortran_order", "shape"} {
		if !seen[k] {
			return d.errf(ErrFormat, "key %q missing", k)
		}
	}
	for ; d.pos < len(d.b); d.pos++ {
		if c := d.b[d.pos]; c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return d.errf(ErrFormat, "%s after the dict", d.found())
		}
	}
	return nil
}

func (d *npyDict) word(w string) bool {
	if len(d.b)-d.pos >= len(w) && string(d.b[d.pos:d.pos+len(w)]) == w {
		d.pos += len(w)
		return true
	}
	return false
}

// str reads a quoted string without escapes (no key or descr has one).
func (d *npyDict) str() (string, *problem) {
	q := d.peek()
	if q != '\'' && q != '"' {
		return "", d.errf(ErrFormat, "expected a quoted string, found %s", d.found())
	}
	for i := d.pos + 1; i < len(d.b); i++ {
		switch d.b[i] {
		case q:
			s := string(d.b[d.pos+1 : i])
			d.pos = i + 1
			return s, nil
		case '\\', '\n':
			d.pos = i
			return "", d.errf(ErrFormat, "escape or newline in a string")
		}
	}
	return "", d.errf(ErrFormat, "unterminated string")
}

// tuple reads a Python tuple of non-negative decimal integers: (), (n,), (n, m), (n, m,).
func (d *npyDict) tuple() *problem {
	if err := d.expect('('); err != nil {
		return err
	}
	d.shape = []int{}
	for {
		d.space()
		if d.peek() == ')' {
			if len(d.shape) == 1 && !d.commaBefore() {
				return d.errf(ErrFormat, "(n) is not a tuple: write (n,)")
			}
			d.pos++
			return nil
		}
		if len(d.shape) == MaxRank {
			return d.errf(ErrUnsupported, "more than %d dimensions", MaxRank)
		}
		n, err := d.int()
		if err != nil {
			return err
		}
		d.shape = append(d.shape, n)
		d.space()
		switch d.peek() {
		case ',':
			d.pos++
		case ')':
		default:
			return d.errf(ErrFormat, "expected ',' or ')' in the shape, found %s", d.found())
		}
	}
}

// commaBefore reports whether the last non-space byte before pos is a comma.
func (d *npyDict) commaBefore() bool {
	for i := d.pos - 1; i >= 0; i-- {
		if c := d.b[i]; c != ' ' && c != '\t' {
			return c == ','
		}
	}
	return false
}

// int reads a decimal integer without sign or leading zeros, at most MaxArrayBytes.
func (d *npyDict) int() (int, *problem) {
	start := d.pos
	n := int64(0)
	for d.pos < len(d.b) && d.b[d.pos] >= '0' && d.b[d.pos] <= '9' {
		n = n*10 + int64(d.b[d.pos]-'0')
		d.pos++
		if n > MaxArrayBytes {
			d.pos = start
			return 0, d.errf(ErrUnsupported, "dimension exceeds %d", int64(MaxArrayBytes))
		}
	}
	switch {
	case d.pos == start:
		return 0, d.errf(ErrFormat, "expected a dimension, found %s", d.found())
	case d.pos-start > 1 && d.b[start] == '0':
		d.pos = start
		return 0, d.errf(ErrFormat, "dimension with a leading zero")
	}
	return int(n), nil
}
