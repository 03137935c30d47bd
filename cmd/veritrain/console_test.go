package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/veritrain/veritrain/internal/netsim"
)

// freeAddr is a loopback address nothing listens on (for --listen and a dead --rpc).
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// runConsole starts `veritrain console` with args on a free --listen address and
// waits until it serves /api/state; stop ends it and returns its error.
func runConsole(t *testing.T, args ...string) (state func() map[string]any, stop func() error) {
	t.Helper()
	listen := freeAddr(t)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		_, _, err := executeIO(ctx, append([]string{"console", "--listen", listen, "--poll", "100ms", "--log-level", "warn"}, args...)...)
		done <- err
	}()
	state = func() map[string]any {
		t.Helper()
		resp, err := http.Get("http://" + listen + "/api/state")
		if err != nil {
			return nil
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		var s map[string]any
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatalf("state: %v: %s", err, b)
		}
		return s
	}
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		select {
		case err := <-done:
			cancel()
			t.Fatalf("console ended: %v", err)
		default:
		}
		if s := state(); s != nil {
			break
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatal("the console does not serve")
		}
	}
	return state, func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Second):
			return errors.New("the console did not stop")
		}
	}
}

// TestConsoleCommand: `veritrain console` serves the market's state from a node, says
// so when the node is down (and still serves), stops cleanly when told to, and
// refuses a --market that is not a market.
func TestConsoleCommand(t *testing.T) {
	n, err := netsim.New(t.Context(), netsim.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	url := serveSim(t, n.Sim)

	t.Setenv("VERITRAIN_MARKET", n.Market.Hex()) // read from the environment as every chain command's flags are
	state, stop := runConsole(t, "--rpc", url)
	s := state()
	if s["market"] != n.Market.Hex() || s["error"] != nil || s["block"].(float64) == 0 {
		t.Fatalf("state %v", s)
	}
	if err := stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}

	state, stop = runConsole(t, "--rpc", "http://"+freeAddr(t), "--market", n.Market.Hex(), "--from-block", "0")
	if e, _ := state()["error"].(string); !strings.HasPrefix(e, "chain unreachable: ") {
		t.Fatalf("dead node: error %q", e)
	}
	if err := stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}

	t.Setenv("VERITRAIN_MARKET", "")
	for _, args := range [][]string{
		{"--rpc", url, "--market", n.Sim.Accounts()[0].Address.Hex()}, // an account, not a market
		{"--rpc", url},               // no market
		{"--market", n.Market.Hex()}, // no node
		{"--rpc", url, "--market", n.Market.Hex(), "--poll", "0s"},
	} {
		_, _, err := executeIO(t.Context(), append([]string{"console", "--listen", freeAddr(t)}, args...)...)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}
}
