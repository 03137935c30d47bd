//go:build faults

package faults

import (
	"encoding/hex"
	"fmt"
	"os"
	"time"
)

var (
	active *injector // nil: no fault asked for
	on     bool      // active != nil, read on every point
)

func init() {
	sp, err := Parse(os.Getenv(Env))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if sp != (Spec{}) {
		active, on = newInjector(sp), true
	}
}

// Enabled reports whether VERITRAIN_FAULT asked for a fault.
func Enabled() bool { return on }

// Point is the crash point name: the process dies here if VERITRAIN_FAULT says so.
func Point(name string) {
	if !on {
		return
	}
	if kill, at, n := active.reach(name); kill {
		die(at, n)
	}
}

// Tx is the crash point name for a transaction to the contract at `to` calling data
// (its first four bytes are the method selector): it matches name, name.0x<to> and
// name.0x<selector>, hex in lower case.
func Tx(name string, to [20]byte, data []byte) {
	if !on {
		return
	}
	details := []string{"0x" + hex.EncodeToString(to[:])}
	if len(data) >= 4 {
		details = append(details, "0x"+hex.EncodeToString(data[:4]))
	}
	if kill, at, n := active.reach(name, details...); kill {
		die(at, n)
	}
}

// killSelf sends SIGKILL to this process (TerminateProcess on Windows); a variable so
// that a test can make it fail.
var killSelf = func() error {
	p, err := os.FindProcess(os.Getpid())
	if err != nil {
		return err
	}
	return p.Kill()
}

// killGrace is how long die waits for its SIGKILL before exiting another way.
const killGrace = 10 * time.Second

// die writes where and kills the process with SIGKILL. Should the signal not be sent
// (or not arrive), it exits with status 137, as a SIGKILLed process reports in a
// shell, rather than leave the process running on past its crash point.
func die(at string, n int) {
	fmt.Fprintf(os.Stderr, "faults: SIGKILL at %s (%d)\n", at, n)
	if err := killSelf(); err != nil {
		fmt.Fprintf(os.Stderr, "faults: SIGKILL failed (%v): exit 137\n", err)
		os.Exit(137)
	}
	time.Sleep(killGrace) // the signal is on its way: this goroutine does nothing more
	os.Exit(137)
}
