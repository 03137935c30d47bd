package solver

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/train/rundir"
)

func TestParseSecret(t *testing.T) {
	good := strings.Repeat("ab", 32)
	cases := []struct {
		name string
		in   string
		ok   bool
	}{
		{"64 hex digits and a newline", good + "\n", true},
		{"64 hex digits", good, true},
		{"empty", "", false},
		{"short", good[:62] + "\n", false},
		{"long", good + "00\n", false},
		{"not hex", strings.Repeat("zz", 32), false},
		{"two newlines", good + "\n\n", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sec, err := parseSecret([]byte(c.in))
			if c.ok != (err == nil) {
				t.Fatalf("err %v, want ok=%v", err, c.ok)
			}
			if !c.ok && !errors.Is(err, ErrSecret) {
				t.Fatalf("err %v is not ErrSecret", err)
			}
			if c.ok && sec[0] != 0xab || c.ok && sec[31] != 0xab {
				t.Fatalf("secret %x", sec)
			}
		})
	}
}

// TestTaskSecretPersists: a task's secret is drawn once and read back by a later
// process (a restart between the claim and the reveal), owner-readable only.
func TestTaskSecretPersists(t *testing.T) {
	dir := t.TempDir()
	s := &Solver{cfg: Config{Dir: dir}}
	a, err := s.taskSecret(7)
	if err != nil {
		t.Fatal(err)
	}
	b, err := (&Solver{cfg: Config{Dir: dir}}).taskSecret(7)
	if err != nil {
		t.Fatal(err)
	}
	if a != b || a == ([32]byte{}) {
		t.Fatalf("secrets %x and %x, want one non-zero secret", a, b)
	}
	if c, err := s.taskSecret(8); err != nil || c == a {
		t.Fatalf("task 8 secret %x (err %v), want another one", c, err)
	}
	fi, err := os.Stat(filepath.Join(dir, "task-7", secretName))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("secret file mode %v, want 0600", fi.Mode().Perm())
	}
	if err := os.WriteFile(filepath.Join(dir, "task-7", secretName), []byte("garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.taskSecret(7); !errors.Is(err, ErrSecret) {
		t.Fatalf("corrupt secret file: err %v, want ErrSecret (never a new secret)", err)
	}
}

// TestDecoyStored: the decoy of checkpoint i is the true state with one float masked,
// stored in the run's store (so the checkpoint server serves it) the way checkpoint i
// is (a delta against the same posted base, or whole), while the manifest still lists
// the run's own checkpoints; after it, no blob names the true checkpoint i (whose root
// must stay unknown until the reveal), whether i is a keyframe (16: the next
// checkpoints were deltas against it) or not (5). Made again (a restart), it is the
// same decoy.
func TestDecoyStored(t *testing.T) {
	ctx := context.Background()
	spec, err := train.Builtin("synthetic-relu")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(spec)
	if err != nil {
		t.Fatal(err)
	}
	const steps = 19 // checkpoints 0..19 every step: keyframes 0 and 16
	dir := t.TempDir()
	run, err := rundir.Create(dir, spec, 1, steps)
	if err != nil {
		t.Fatal(err)
	}
	rec := run.Record(ctx)
	if err := rec.Offer(tr.Init()); err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Run(ctx, tr.Init(), steps, func(st *checkpoint.State, _ float32) error { return rec.Offer(st) }); err != nil {
		t.Fatal(err)
	}
	if err := rec.Close(); err != nil {
		t.Fatal(err)
	}
	hashes := run.Hashes()
	header := func(root [32]byte) store.Header {
		t.Helper()
		blob, err := run.Store.Blob(ctx, root)
		if err != nil {
			t.Fatal(err)
		}
		h, err := store.ParseHeader(blob)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	if h := header(hashes[17]); !h.Delta || h.Base != hashes[16] {
		t.Fatalf("checkpoint 17 %+v: want a delta against keyframe 16", h)
	}
	var secret [32]byte
	secret[0] = 7
	s := &Solver{cfg: Config{Dir: dir}, log: slog.New(slog.DiscardHandler)}
	j := &job{id: 3, run: run}
	for _, i := range []uint64{16, 5} {
		trueHeader := header(hashes[i])
		root, open, err := s.decoy(ctx, j, hashes, i, secret)
		if err != nil {
			t.Fatalf("checkpoint %d: %v", i, err)
		}
		truth, err := run.Load(ctx, int(i))
		if err != nil {
			t.Fatal(err)
		}
		d, err := run.Store.Get(ctx, root) // verified against root
		if err != nil {
			t.Fatalf("decoy of %d not stored: %v", i, err)
		}
		if open == nil || open.StateRoot != hashes[i] {
			t.Fatalf("decoy of %d: opening %+v, want one of the true state", i, open)
		}
		diff := 0
		for k := range truth.Tensors {
			for e, v := range truth.Tensors[k].Data {
				if x := math.Float32bits(v) ^ math.Float32bits(d.Tensors[k].Data[e]); x != 0 {
					diff++
					if uint64(k) != open.TensorIndex || uint64(e) != open.Element || x != onchain.DecoyMask(secret, j.id) {
						t.Errorf("decoy of %d: tensor %d element %d XOR %#x; opening names %d/%d, mask %#x", i, k, e, x,
							open.TensorIndex, open.Element, onchain.DecoyMask(secret, j.id))
					}
				}
			}
		}
		if diff != 1 {
			t.Fatalf("decoy of %d differs in %d floats, want 1", i, diff)
		}
		if h := header(root); h.Delta != trueHeader.Delta || h.Base != trueHeader.Base {
			t.Errorf("decoy of %d stored as %+v, checkpoint %d as %+v", i, h, i, trueHeader)
		}
		for k, h := range hashes {
			if hd := header(h); hd.Delta && hd.Base == hashes[i] {
				t.Errorf("checkpoint %d's blob names checkpoint %d as its base", k, i)
			}
		}
		if again, _, err := s.decoy(ctx, j, hashes, i, secret); err != nil || again != root {
			t.Fatalf("decoy of %d made again: %x (err %v), want %x", i, again, err, root)
		}
	}
	reopened, err := rundir.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(reopened.Hashes(), hashes) || !reopened.Complete() {
		t.Fatal("the manifest changed: the decoy must be an extra blob, not a checkpoint of the run")
	}
	if _, _, err := s.decoy(ctx, j, hashes, 5, [32]byte{1}); err != nil {
		t.Fatal(err)
	}
	wrong := slices.Clone(hashes)
	wrong[5][0] ^= 1
	if _, _, err := s.decoy(ctx, j, wrong, 5, secret); err == nil {
		t.Fatal("a decoy made of a checkpoint that is not its listed hash")
	}
}
