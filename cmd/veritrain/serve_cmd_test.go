package main

// The serve suite: `veritrain serve` on a real loopback listener, fetched from with
// `veritrain dataset fetch` and checked with `dataset verify`. About 0.2 s (a dataset of
// two tiny arrays; most of it is starting the commands).

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is an output a command writes while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs `veritrain serve args...` until the test ends and returns what it
// printed once listening (its --json line).
func startServe(t *testing.T, args ...string) serveResult {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	root := newRoot()
	var out, errb syncBuffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(append([]string{"serve", "--listen", "127.0.0.1:0", "--json"}, args...))
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(out.String(), "\n") {
		select {
		case err := <-done:
			done <- err
			t.Fatalf("serve ended: %v\n%s", err, errb.String())
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve printed nothing in 30 s; stderr:\n%s", errb.String())
		}
	}
	var r serveResult
	if err := json.Unmarshal([]byte(strings.TrimSpace(out.String())), &r); err != nil {
		t.Fatalf("serve's JSON line: %v\n%s", err, out.String())
	}
	return r
}

// fixture returns the path of a file of dataset/testdata/small.
func fixture(name string) string {
	return filepath.Join("..", "..", "dataset", "testdata", "small", name)
}

// TestServeDatasetsRoundTrip: dataset add on the npy and IDX fixtures, serve, dataset
// fetch: the same root, a folder dataset verify passes; fetched again, nothing is
// downloaded; the server answers nothing but its datasets' files.
func TestServeDatasetsRoundTrip(t *testing.T) {
	src := filepath.Join(t.TempDir(), "src")
	out, err := execute(t, "dataset", "add", fixture("x.npy"), fixture("labels-idx1-ubyte"), "--out", src, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var added datasetResult
	lastJSON(t, out, &added)

	s := startServe(t, "--datasets", src, "--data-dir", t.TempDir())
	if len(s.Datasets) != 1 || s.Datasets[0].Root != added.Root || s.Datasets[0].Dir != src || s.Datasets[0].Chunks != 2 || !strings.HasPrefix(s.URL, "http://127.0.0.1:") {
		t.Fatalf("serve printed %+v", s)
	}

	dst := filepath.Join(t.TempDir(), "dst")
	out, err = execute(t, "dataset", "fetch", added.Root, "--from", s.URL, "--out", dst, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var f datasetFetchResult
	lastJSON(t, out, &f)
	if f.Root != added.Root || f.Written != 2 || f.Kept != 0 || f.Requests != 3 || f.ManifestFrom != s.URL || f.DiskBytes != added.DiskBytes || len(f.Arrays) != 2 {
		t.Fatalf("fetch: %+v", f)
	}
	out, err = execute(t, "dataset", "verify", dst, "--json")
	var v datasetResult
	if lastJSON(t, out, &v); err != nil || v.Root != added.Root {
		t.Fatalf("verify of the fetched folder: %v %+v", err, v)
	}
	text, err := execute(t, "dataset", "fetch", "0x"+added.Root, "--from", s.URL, "--out", dst)
	if err != nil || !strings.Contains(text, "dataset "+added.Root) || !strings.Contains(text, "fetched 0 chunks (0 bytes in 0 requests), kept 2") {
		t.Fatalf("second fetch: %v\n%s", err, text)
	}

	for path, want := range map[string]int{
		"/datasets/" + added.Root + "/manifest.json":                  200,
		"/datasets/" + added.Root + "/":                               404,
		"/datasets/" + added.Root + "/chunks/":                        404,
		"/datasets/" + strings.Repeat("0", 64) + "/manifest.json":     404,
		"/datasets/" + added.Root + "/chunks/../manifest.json":        404,
		"/datasets/" + strings.ToUpper(added.Root) + "/manifest.json": 404,
	} {
		resp, err := http.Get(s.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("GET %s: %s, want %d", path, resp.Status, want)
		}
	}
}

// TestServeUsageErrors: serve refuses, before listening, a folder that is not a dataset or whose manifest does not give its root, naming it.
func TestServeUsageErrors(t *testing.T) {
	src := filepath.Join(t.TempDir(), "src")
	if _, err := execute(t, "dataset", "add", fixture("x.npy"), "--out", src); err != nil {
		t.Fatal(err)
	}
	bad := t.TempDir()
	b, _ := os.ReadFile(filepath.Join(src, "manifest.json"))
	os.WriteFile(filepath.Join(bad, "manifest.json"), bytes.Replace(b, []byte(`"name": "x"`), []byte(`"name": "y"`), 1), 0o644)
	empty := t.TempDir()
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"serve", "--datasets", src, "--datasets", empty}, fmt.Sprintf("dataset folder %s: dataset: invalid: not a dataset folder", empty)},
		{[]string{"serve", "--datasets", bad}, fmt.Sprintf("dataset folder %s: %s", bad, filepath.Join(bad, "manifest.json"))},
		{[]string{"serve", "--datasets", src, "--datasets", src}, "both hold dataset"},
		{[]string{"serve", "extra"}, "unknown command"},
	} {
		if _, err := execute(t, c.args...); !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%v: %v, want a usage error containing %q", c.args, err, c.msg)
		}
	}
}
