package main

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/dataset"
)

// npyV1 writes a version 1.0 .npy file of a little-endian (or one-byte) descr.
func npyV1(descr string, shape string, data []byte) []byte {
	dict := fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': %s, }", descr, shape)
	for (10+len(dict)+1)%64 != 0 {
		dict += " "
	}
	dict += "\n"
	b := append([]byte("\x93NUMPY\x01\x00"), binary.LittleEndian.AppendUint16(nil, uint16(len(dict)))...)
	return append(append(b, dict...), data...)
}

// TestDatasetAddVerify: `dataset add` prints the root and a summary, is idempotent and
// agrees with the library; `dataset verify` prints the same root, or names a bad chunk
// (exit 3); a bad input file is a usage error naming the file and the byte offset.
func TestDatasetAddVerify(t *testing.T) {
	in := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(in, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tokens := make([]byte, 3<<20) // 3 MiB of uint16 tokens: three distinct chunks
	s := uint32(1)
	for i := range tokens {
		s = s*1664525 + 1013904223
		tokens[i] = byte(s >> 24)
	}
	x := write("x.npy", npyV1("<f4", "(2, 3)", make([]byte, 24)))
	tr := write("train.bin", tokens)
	lab := write("labels.npy", npyV1("|u1", "(4,)", []byte{1, 2, 3, 4}))
	dir := filepath.Join(t.TempDir(), "ds")

	out, err := execute(t, "dataset", "add", x, tr, lab, "--out", dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var r datasetResult
	lastJSON(t, out, &r)
	if len(r.Arrays) != 3 || r.Arrays[1].Name != "train" || r.Arrays[1].DType != "uint16" || r.Arrays[1].Shape[0] != 3<<19 ||
		r.Arrays[1].Chunks != 3 || r.Arrays[1].Source != tr || r.Written != 5 || r.Chunks != 5 || r.Unchanged {
		t.Fatalf("add summary: %+v", r)
	}
	want, err := dataset.Open(dir)
	if err != nil || fmt.Sprintf("%x", want.Manifest.Root) != r.Root {
		t.Fatalf("folder root differs from the printed one: %v", err)
	}
	text, err := execute(t, "dataset", "add", lab, tr, x, "--out", dir)
	if err != nil || !strings.Contains(text, "dataset "+r.Root) || !strings.Contains(text, "nothing changed") ||
		!regexp.MustCompile(`\n  train +uint16 +\[1572864\] +3145728 bytes +3 chunks +from `).MatchString(text) {
		t.Fatalf("second add: %v\n%s", err, text)
	}
	out, err = execute(t, "dataset", "verify", dir, "--json")
	var v datasetResult
	if lastJSON(t, out, &v); err != nil || v.Root != r.Root || v.DiskBytes != r.DiskBytes {
		t.Fatalf("verify: %v %+v", err, v)
	}
	// --dtype uint32 reads the same file as half as many tokens: another root.
	out, err = execute(t, "dataset", "add", tr, "--dtype", "uint32", "--out", filepath.Join(t.TempDir(), "u32"), "--json")
	var r32 datasetResult
	if lastJSON(t, out, &r32); err != nil || r32.Arrays[0].Shape[0] != 3<<18 || r32.Root == r.Root {
		t.Fatalf("--dtype uint32: %v %+v", err, r32)
	}

	// A flipped byte in the second chunk of train: verify names it, exit 3.
	chunk := dataset.ChunkPath(dir, want.Manifest.Arrays[want.Manifest.Index("train")].Chunks[1])
	good, _ := os.ReadFile(chunk)
	bad := append([]byte{}, good...)
	bad[len(bad)/2] ^= 0x10
	os.WriteFile(chunk, bad, 0o644)
	_, err = execute(t, "dataset", "verify", dir)
	if !errors.As(err, new(mismatchError)) || !strings.Contains(err.Error(), `array "train" chunk 1 of 3`) || !strings.Contains(err.Error(), chunk) {
		t.Fatalf("verify of a bad chunk: %v", err)
	}
	os.WriteFile(chunk, good, 0o644)

	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"dataset", "add", write("odd.bin", []byte{1, 2, 3}), "--out", t.TempDir()}, "odd.bin (bin) at byte 2: 3 bytes are not a whole number of uint16"},
		{[]string{"dataset", "add", write("be.npy", npyV1(">f4", "(1,)", make([]byte, 4))), "--out", t.TempDir()}, "be.npy (npy) at byte 20: descr \">f4\": big-endian"},
		{[]string{"dataset", "add", write("x.csv", nil), "--out", t.TempDir()}, "cannot tell its format"},
		{[]string{"dataset", "add", x, "--out", dir}, "holds dataset"},
		{[]string{"dataset", "add", x, "--out", t.TempDir(), "--dtype", "int3"}, "--dtype"},
		{[]string{"dataset", "add", "--out", t.TempDir()}, "at least one FILE"},
		{[]string{"dataset", "add", filepath.Join(in, "missing.npy"), "--out", t.TempDir()}, "no such file"},
		{[]string{"dataset", "verify", t.TempDir()}, "not a dataset folder"},
		{[]string{"dataset", "nope"}, "unknown command"},
	} {
		if _, err := execute(t, c.args...); !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%v: %v, want a usage error containing %q", c.args[1:], err, c.msg)
		}
	}
}

// TestDatasetAddMNIST: `dataset add --mnist` gives the built-in MNIST's root.
func TestDatasetAddMNIST(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 55 MB")
	}
	out, err := execute(t, "dataset", "add", "--mnist", "--out", t.TempDir(), "--json")
	if err != nil {
		t.Fatal(err)
	}
	var r datasetResult
	lastJSON(t, out, &r)
	d, err := dataset.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprintf("%x", d.Root()) != r.Root || len(r.Arrays) != 4 || r.Arrays[2].Name != "train-images" {
		t.Fatalf("add --mnist: %+v, MNIST() root %x", r, d.Root())
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &m); err != nil || m["unchanged"] != nil {
		t.Fatalf("JSON line: %v %v", m, err)
	}
}

// TestDatasetFetch: `dataset fetch` takes a chunk another mirror served wrong from the
// next one and lists the rejection; against the bad mirror alone it exits 3 naming the
// chunk; an unknown root is a failure (exit 1) naming the manifest; a bad ROOT, --from
// or --out is a usage error. About 0.3 s (two tiny arrays, httptest servers).
func TestDatasetFetch(t *testing.T) {
	src := filepath.Join(t.TempDir(), "src")
	out, err := execute(t, "dataset", "add", fixture("x.npy"), fixture("labels-idx1-ubyte"), "--out", src, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var added datasetResult
	lastJSON(t, out, &added)
	d, err := dataset.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := dataset.NewServer(nil, src)
	if err != nil {
		t.Fatal(err)
	}
	good := httptest.NewServer(srv)
	defer good.Close()
	// The bad mirror serves labels' chunk in the place of x's.
	xPath := dataset.ChunkURLPath(d.Manifest.Root, d.Manifest.Arrays[1].Chunks[0])
	labels, _ := os.ReadFile(dataset.ChunkPath(src, d.Manifest.Arrays[0].Chunks[0]))
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == xPath {
			w.Write(labels)
			return
		}
		srv.ServeHTTP(w, r)
	}))
	defer bad.Close()

	out, err = execute(t, "dataset", "fetch", added.Root, "--from", bad.URL, "--from", good.URL, "--out", filepath.Join(t.TempDir(), "a"), "--json")
	var f datasetFetchResult
	if lastJSON(t, out, &f); err != nil || f.Root != added.Root || f.Written != 2 || len(f.Rejected) != 1 ||
		f.Rejected[0].URL != bad.URL+xPath || !strings.Contains(f.Rejected[0].Error, "chunk hashes to") {
		t.Fatalf("fetch past a bad mirror: %v %+v", err, f)
	}
	_, err = execute(t, "dataset", "fetch", added.Root, "--from", bad.URL, "--out", t.TempDir())
	if !errors.As(err, new(mismatchError)) || !strings.Contains(err.Error(), `array "x" chunk 0 of 1`) || !strings.Contains(err.Error(), bad.URL+xPath) {
		t.Fatalf("bad mirror alone: %v", err)
	}
	other := strings.Repeat("12", 32)
	_, err = execute(t, "dataset", "fetch", other, "--from", good.URL, "--out", t.TempDir())
	if err == nil || errors.As(err, new(mismatchError)) || errors.As(err, new(usageError)) || !strings.Contains(err.Error(), "manifest of dataset "+other) ||
		!strings.Contains(err.Error(), "not served (404)") {
		t.Fatalf("unknown root: %v", err)
	}

	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"dataset", "fetch", "zz", "--from", good.URL, "--out", t.TempDir()}, "ROOT"},
		{[]string{"dataset", "fetch", added.Root, "--out", t.TempDir()}, "--from is required"},
		{[]string{"dataset", "fetch", added.Root, "--from", "localhost:8090", "--out", t.TempDir()}, "want an http:// or https:// URL"},
		{[]string{"dataset", "fetch", other, "--from", good.URL, "--out", src}, "holds dataset"},
		{[]string{"dataset", "fetch", "--from", good.URL, "--out", t.TempDir()}, "accepts 1 arg"},
	} {
		if _, err := execute(t, c.args...); !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%v: %v, want a usage error containing %q", c.args[1:], err, c.msg)
		}
	}
}

// TestDatasetStore: without --out, dataset add writes into the store of --data-dir (the
// folder of its root, where specs find it and serve serves it) and dataset fetch fetches
// into another store the same way.
func TestDatasetStore(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	out, err := execute(t, "dataset", "add", fixture("x.npy"), "--data-dir", a, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var added datasetResult
	lastJSON(t, out, &added)
	want := filepath.Join(a, "datasets", added.Root)
	if added.Dir != want {
		t.Fatalf("added into %s, want %s", added.Dir, want)
	}
	if out, err = execute(t, "dataset", "add", fixture("x.npy"), "--data-dir", a, "--json"); err != nil {
		t.Fatal(err)
	}
	var again datasetResult
	if lastJSON(t, out, &again); !again.Unchanged || again.Dir != want {
		t.Fatalf("added again: %+v", again)
	}
	s := startServe(t, "--data-dir", a)
	if len(s.Datasets) != 1 || s.Datasets[0].Root != added.Root {
		t.Fatalf("serve of the store: %+v", s)
	}
	if _, err := execute(t, "dataset", "fetch", added.Root, "--from", s.URL, "--data-dir", b); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(b, "datasets", added.Root, "manifest.json")); err != nil {
		t.Fatalf("fetched into the store: %v", err)
	}
}

// TestDatasetAddText: --text makes a byte-level dataset of the files in order; --text
// and --sotu stand alone; a file that is not UTF-8 is named with its offset.
func TestDatasetAddText(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte(strings.Repeat("the quick brown fox. ", 50)), 0o644)
	os.WriteFile(b, []byte("jumps\xc3over"), 0o644)
	out, err := execute(t, "dataset", "add", "--text", a, "--text", a, "--data-dir", dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var r datasetResult
	lastJSON(t, out, &r)
	if len(r.Arrays) != 2 || r.Arrays[0].Name != "text-train" || r.Arrays[1].Name != "text-val" ||
		r.Arrays[0].Bytes+r.Arrays[1].Bytes != 2*1050+2 || r.Arrays[1].Bytes != 210 {
		t.Fatalf("text dataset: %+v", r)
	}
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"dataset", "add", "--text", b, "--out", t.TempDir()}, "b.txt (text) at byte 5: not UTF-8"},
		{[]string{"dataset", "add", "--text", a, fixture("x.npy")}, "no FILE or --mnist beside them"},
		{[]string{"dataset", "add", "--text", a, "--val-fraction", "1"}, "held-out fraction 1"},
	} {
		if _, err := execute(t, c.args...); !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%v: %v, want a usage error containing %q", c.args[1:], err, c.msg)
		}
	}
}
