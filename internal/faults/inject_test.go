//go:build faults

package faults

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestDisabledByDefault(t *testing.T) {
	if os.Getenv(Env) == "" && Enabled() {
		t.Fatal("enabled without VERITRAIN_FAULT")
	}
	Point("anything") // returns
	Tx("tx-sent", [20]byte{}, []byte{1, 2, 3, 4})
}

// TestKillsWithSIGKILL runs this test binary again with VERITRAIN_FAULT set: the child
// reaches the point three times and must die by SIGKILL at the second, running no
// deferred code.
func TestKillsWithSIGKILL(t *testing.T) {
	if os.Getenv("FAULTS_CHILD") == "1" {
		defer os.Stdout.WriteString("deferred code ran\n")
		for i := range 3 {
			os.Stdout.WriteString("reached " + string(rune('1'+i)) + "\n")
			Tx("tx-sent", [20]byte{0xab}, []byte{0xde, 0xad, 0xbe, 0xef, 0})
		}
		os.Stdout.WriteString("survived\n")
		return
	}
	if runtime.GOOS == "windows" {
		t.Skip("exit statuses differ")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillsWithSIGKILL$")
	cmd.Env = append(os.Environ(), "FAULTS_CHILD=1", Env+"=tx-sent.0xdeadbeef:2")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("child: %v\n%s", err, out)
	}
	ws, ok := ee.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child ended with %v, want killed by SIGKILL", ee)
	}
	if got := string(out); got != "reached 1\nreached 2\n" {
		t.Errorf("child's stdout %q: want two points reached, no deferred code", got)
	}
	if !strings.Contains(stderr.String(), "faults: SIGKILL at tx-sent.0xdeadbeef (2)") {
		t.Errorf("child's stderr %q does not name the point", stderr.String())
	}
	bad := exec.Command(os.Args[0], "-test.run=^TestDisabledByDefault$")
	bad.Env = append(os.Environ(), Env+"=nonsense")
	if err := bad.Run(); !errors.As(err, &ee) || ee.ExitCode() != 2 {
		t.Errorf("a malformed %s: %v, want exit status 2", Env, err)
	}
}

// TestDieFallsBackToExit: when the SIGKILL cannot be sent, die exits with status 137
// instead of leaving the process running (it used to sleep forever).
func TestDieFallsBackToExit(t *testing.T) {
	if os.Getenv("FAULTS_CHILD") == "die" {
		killSelf = func() error { return errors.New("no signal for you") }
		Point("p")
		os.Stdout.WriteString("survived\n")
		return
	}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestDieFallsBackToExit$")
	cmd.Env = append(os.Environ(), "FAULTS_CHILD=die", Env+"=p:1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ctx.Err() != nil {
		t.Fatalf("child still running after 30 s: die did not exit when the kill failed\n%s", stderr.String())
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 137 {
		t.Fatalf("child: %v, want exit status 137\nstdout %q\nstderr %q", err, out, stderr.String())
	}
	if strings.Contains(string(out), "survived") || !strings.Contains(stderr.String(), "faults: SIGKILL at p (1)") {
		t.Errorf("child's stdout %q, stderr %q", out, stderr.String())
	}
}
