package solver

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
