//go:build !faults

package faults

import (
	"errors"
	"os"
	"os/exec"
	"testing"
)

// TestNoopIgnoresEnv: without the "faults" tag, neither a fault that would fire nor a
// malformed value does anything: the process goes on (a child test binary, so that
// the variable is there at start-up, as for a daemon).
func TestNoopIgnoresEnv(t *testing.T) {
	if os.Getenv("FAULTS_CHILD") == "noop" {
		for range 3 {
			Point("p")
			Tx("tx-sent", [20]byte{0xab}, []byte{0xde, 0xad, 0xbe, 0xef})
		}
		if Enabled() {
			t.Fatal("enabled without the faults tag")
		}
		os.Stdout.WriteString("survived\n")
		return
	}
	for _, v := range []string{"p:1", "tx-sent:1", "random:1:1", "nonsense"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestNoopIgnoresEnv$", "-test.v")
		cmd.Env = append(os.Environ(), "FAULTS_CHILD=noop", Env+"="+v)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("%s=%s: child: %v\n%s", Env, v, err, out)
		}
	}
}

// TestWithFaultsTag runs this package's tests built with the tag (the injector that
// kills, its exit statuses) and vets that build: CI runs go test ./... without tags.
func TestWithFaultsTag(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the package again")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	for _, args := range [][]string{{"vet", "-tags", "faults", "."}, {"test", "-tags", "faults", "-count=1", "."}} {
		out, err := exec.Command(gobin, args...).CombinedOutput()
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Fatalf("go %v: %v", args, err)
		}
		if err != nil {
			t.Errorf("go %v: %v\n%s", args, err, out)
		}
	}
}
