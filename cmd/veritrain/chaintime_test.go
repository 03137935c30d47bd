package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/internal/netsim"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
)

// TestKeyCommands: `key new` prints a fresh key that every --key takes and its address;
// `key address` gives the same address from the argument, --key or VERITRAIN_KEY, and
// a missing or malformed key is a usage error.
func TestKeyCommands(t *testing.T) {
	t.Setenv("VERITRAIN_KEY", "")
	t.Setenv("VERITRAIN_RPC", "")
	out, err := execute(t, "key", "new", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var k keyResult
	lastJSON(t, out, &k)
	pk, err := parseKey(k.Key)
	if err != nil || crypto.PubkeyToAddress(pk.PublicKey).Hex() != k.Address {
		t.Fatalf("key new: %+v (%v)", k, err)
	}
	plain, logs, err := executeIO(t.Context(), "key", "new")
	if err != nil || len(strings.TrimSpace(plain)) != 64 || !strings.HasPrefix(logs, "address 0x") {
		t.Fatalf("key new: stdout %q, stderr %q, %v", plain, logs, err)
	}
	if other, _ := execute(t, "key", "new"); other == plain {
		t.Fatal("key new printed the same key twice")
	}
	for _, args := range [][]string{{"key", "address", k.Key}, {"key", "address", "0x" + k.Key}, {"key", "address", "--key", k.Key}} {
		if out, err := execute(t, args...); err != nil || strings.TrimSpace(out) != k.Address {
			t.Errorf("%v: %q, %v; want %s", args, out, err, k.Address)
		}
	}
	t.Setenv("VERITRAIN_KEY", k.Key)
	if out, err := execute(t, "key", "address"); err != nil || strings.TrimSpace(out) != k.Address {
		t.Errorf("key address with VERITRAIN_KEY: %q, %v; want %s", out, err, k.Address)
	}
	t.Setenv("VERITRAIN_KEY", "")
	for _, args := range [][]string{{"key", "address"}, {"key", "address", "xyz"}, {"key", "address", k.Key, "--key", k.Key},
		{"key", "address", k.Key, k.Key}, {"key", "new", "extra"}} {
		if _, err := execute(t, args...); !errors.As(err, new(usageError)) {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}
	// key fund: its sender is the node's own unlocked account (geth --dev's dev account,
	// TestReadmeOnGeth); a node without one is told apart, and a node that does not
	// answer is asked again for --wait, then named
	_, url := newNet(t)
	if _, err := execute(t, "key", "fund", "--rpc", url, k.Address); err == nil || !strings.Contains(err.Error(), "holds no unlocked account") {
		t.Errorf("key fund on a node without an unlocked account: %v", err)
	}
	start := time.Now()
	_, err = execute(t, "key", "fund", "--rpc", "http://127.0.0.1:1", "--wait", "1s", k.Address)
	if err == nil || !strings.Contains(err.Error(), "http://127.0.0.1:1") || time.Since(start) < time.Second {
		t.Errorf("key fund on a closed port: %v after %v", err, time.Since(start))
	}
	for _, args := range [][]string{{"key", "fund", "--rpc", url}, {"key", "fund", "--rpc", url, "0x12"},
		{"key", "fund", "--rpc", url, "--ether", "0", k.Address}, {"key", "fund", k.Address}} {
		if _, err := execute(t, args...); !errors.As(err, new(usageError)) {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}
}

// TestStatusChainLag: status warns when the chain's latest block lags the wall clock by
// more than two minutes (a dev chain that seals no block: deadlines never pass), in
// its table and its JSON, and not when the chain's clock has caught up.
func TestStatusChainLag(t *testing.T) {
	ctx := t.Context()
	n, url := newNet(t)
	t.Cleanup(func() { wallClock = time.Now })
	head, err := n.Sim.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Unix(int64(head.Time), 0)
	status := func(wall time.Time) (string, statusReport) {
		t.Helper()
		wallClock = func() time.Time { return wall }
		table, _, err := executeIO(ctx, "status", "--rpc", url, "--market", n.Market.Hex())
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := executeIO(ctx, "status", "--rpc", url, "--market", n.Market.Hex(), "--json")
		if err != nil {
			t.Fatal(err)
		}
		var rep statusReport
		lastJSON(t, out, &rep)
		return table, rep
	}
	const warning = "warning: the chain's latest block"
	if table, rep := status(at.Add(90 * time.Second)); strings.Contains(table, warning) || len(rep.Warnings) != 0 {
		t.Errorf("a chain 90 s behind: warned\n%s%v", table, rep.Warnings)
	}
	table, rep := status(at.Add(10 * time.Minute))
	if !strings.Contains(table, warning) || !strings.Contains(table, "10m0s behind the wall clock") || !strings.Contains(table, "--dev.period") ||
		len(rep.Warnings) != 1 {
		t.Errorf("a chain 10 minutes behind: no warning\n%s%v", table, rep.Warnings)
	}
	// a block sealed ten minutes on: the chain's clock has caught up
	if err := n.Sim.Advance(ctx, 10*time.Minute); err != nil {
		t.Fatal(err)
	}
	if table, rep := status(at.Add(10 * time.Minute)); strings.Contains(table, warning) || len(rep.Warnings) != 0 {
		t.Errorf("a chain that caught up: warned\n%s%v", table, rep.Warnings)
	}
}

// TestVerifierMissedWindow: a verifier logs what it waits for once, not on every
// poll (the seed block, on a chain that seals none). A verifier given no time to check
// (the chain's clock jumps past the challenge window, as a dev chain's does when it
// seals a block after a long pause) says so loudly: an error line and
// veritrain_verifier_windows_missed_total, whether the task is still committed or
// already finalized and paid. One that checked in time counts no miss.
func TestVerifierMissedWindow(t *testing.T) {
	for _, c := range []struct {
		name     string
		checked  bool // the verifier checks before the window closes
		finalize bool // the solver finalizes before the verifier's next tick
		missed   int
	}{
		{"committed", false, false, 1},
		{"finalized", false, true, 1},
		{"checked in time", true, true, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := t.Context()
			n, err := netsim.New(ctx, netsim.Config{Treasury: tnTreasury})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { n.Close() })
			sp, err := n.AddSolver(ctx, tnSolver, "honest", solver.Config{Specs: task.BuiltinSpecs, Stake: chain.Ether(2)})
			if err != nil {
				t.Fatal(err)
			}
			var logs bytes.Buffer
			vp, err := n.AddVerifier(ctx, tnVerifier, "v", verifier.Config{Specs: task.BuiltinSpecs, Bond: chain.Ether(1),
				Log: slog.New(slog.NewJSONHandler(&logs, nil))})
			if err != nil {
				t.Fatal(err)
			}
			v := vp.Verifier
			sub, err := n.MarketOf(ctx, tnSubmitter)
			if err != nil {
				t.Fatal(err)
			}
			spec, err := train.Builtin("synthetic-relu")
			if err != nil {
				t.Fatal(err)
			}
			tr, err := train.NewTrainer(spec)
			if err != nil {
				t.Fatal(err)
			}
			tk, err := task.Build(ctx, tr, 8, 4, task.Options{})
			if err != nil {
				t.Fatal(err)
			}
			id := postOn(t, n, sub, tk, 3600)
			if err := v.Tick(ctx); err != nil { // deposits; its first look at the market
				t.Fatal(err)
			}
			status := func() uint8 {
				t.Helper()
				tt, err := sub.Task(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				return tt.Status
			}
			for i := 0; status() != onchain.StatusCommitted; i++ {
				if i == 10 {
					t.Fatalf("not committed after %d solver ticks (status %d)", i, status())
				}
				if err := sp.Solver().Tick(ctx); err != nil {
					t.Fatal(err)
				}
			}
			for range 3 { // no block is sealed: the seed block never comes
				if err := v.Tick(ctx); err != nil {
					t.Fatal(err)
				}
			}
			if got := countLogs(t, logs.String(), "waiting for the seed block", ""); got != 1 {
				t.Errorf("%d lines say the verifier waits for the seed block, want 1\n%s", got, logs.String())
			}
			if c.checked { // blocks every slot: the seed comes, the segment is checked
				for i := 0; v.Checked == 0; i++ {
					if i == 20 {
						t.Fatal("the verifier did not check")
					}
					if err := n.Sim.Advance(ctx, netsim.Slot); err != nil {
						t.Fatal(err)
					}
					if err := v.Tick(ctx); err != nil {
						t.Fatal(err)
					}
				}
			}
			// the chain's clock jumps past the window
			if err := n.Sim.Advance(ctx, 2*time.Hour); err != nil {
				t.Fatal(err)
			}
			if c.finalize {
				if err := sp.Solver().Tick(ctx); err != nil {
					t.Fatal(err)
				}
				if st := status(); st != onchain.StatusFinalized {
					t.Fatalf("status %d after the window, want finalized", st)
				}
			}
			for range 2 {
				if err := v.Tick(ctx); err != nil {
					t.Fatal(err)
				}
			}
			errLines := countLogs(t, logs.String(), "challenge window closed before the segment was checked", "ERROR")
			if v.Missed != c.missed || errLines != c.missed {
				t.Errorf("missed %d, %d error lines; want %d\n%s", v.Missed, errLines, c.missed, logs.String())
			}
			names, counts := verifierCounters(v)
			met := newDaemonMetrics("verifier", names)
			for name, x := range counts() {
				met.set(name, x)
			}
			if body, want := scrape(t, met.handler()), "veritrain_verifier_windows_missed_total "+string(rune('0'+c.missed)); !strings.Contains(body, want) {
				t.Errorf("/metrics lacks %q", want)
			}
		})
	}
}

// countLogs counts the JSON log lines whose message starts with msg (and whose level
// is level, when given).
func countLogs(t *testing.T, logs, msg, level string) int {
	t.Helper()
	n := 0
	for _, l := range strings.Split(strings.TrimSpace(logs), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			continue
		}
		if s, _ := m["msg"].(string); strings.HasPrefix(s, msg) && (level == "" || m["level"] == level) {
			n++
		}
	}
	return n
}
