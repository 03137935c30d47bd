package main

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/train"
)

// executeIO runs the command line in ctx and returns its stdout, its stderr (the logs)
// and its error.
func executeIO(ctx context.Context, args ...string) (string, string, error) {
	root := newRoot()
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	return out.String(), errb.String(), err
}

// TestCommandLineUsageErrors: every mistake in the command line itself is a usage
// error (exit 2), as the README says, where cobra's default would be exit 1.
func TestCommandLineUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"nope"},                     // unknown command
		{"status", "--bogus"},        // unknown flag
		{"train", "--steps", "many"}, // bad value
		{"solver", "--poll", "soon"}, // bad duration
		{"fetch"},                    // missing argument
		{"fetch", "1", "2"},          // one too many
		{"spec"},                     // missing argument
		{"export"},                   // missing --from
		{"replay"},                   // missing --from
		{"submit", "extra"},          // no arguments taken
		{"status", "--rpc-timeout", "0", "--rpc", "http://127.0.0.1:1", "--market", "0x" + strings.Repeat("ab", 20)},
	} {
		_, err := execute(t, args...)
		if !errors.As(err, new(usageError)) {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}
	if _, err := execute(t, "trian"); err == nil || !strings.Contains(err.Error(), "did you mean train") {
		t.Errorf("a misspelt command: %v, want a suggestion", err)
	}
}

// TestMissingKey: a command that acts from an account says that --key or
// VERITRAIN_KEY is required, before it connects anywhere.
func TestMissingKey(t *testing.T) {
	t.Setenv("VERITRAIN_KEY", "")
	m := "0x" + strings.Repeat("ab", 20)
	for _, args := range [][]string{
		{"submit", "--model", "synthetic-relu", "--steps", "8", "--interval", "4"},
		{"solver", "--dir", t.TempDir()},
		{"verifier"},
		{"whistleblower"},
		{"deploy"},
	} {
		_, err := execute(t, append(args, "--rpc", "http://127.0.0.1:1", "--market", m)...)
		if args[0] == "deploy" { // takes no --market
			_, err = execute(t, append(args, "--rpc", "http://127.0.0.1:1")...)
		}
		if !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), "--key or VERITRAIN_KEY is required") {
			t.Errorf("%s without a key: %v", args[0], err)
		}
	}
}

// TestSpecFileErrors: a malformed spec file is named with the line and column (and
// byte) where its JSON goes wrong; `spec NAME > f.json` writes only the spec to stdout,
// and --spec f.json reads it back to the same hash.
func TestSpecFileErrors(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ body, want string }{
		{"{\n  \"name\": \"x\",\n  \"dataset\": \"synthetic\",\n}\n", "line 4, column 1 (byte 43)"},
		{"{\n  \"name\": \"x\",\n  \"datasett\": \"synthetic\"\n}\n", "line 3, column 3"},
		{"{\n  \"name\": 7\n}\n", "line 2, column 11"},
		{"{\n  \"name\": \"x\"", "line 2, column 13"},
	} {
		f := filepath.Join(dir, "bad.json")
		if err := os.WriteFile(f, []byte(c.body), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"train", "--spec", f}, {"spec", f}} {
			_, err := execute(t, args...)
			if !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), f) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%v on %q: %v, want the file and %q", args[:1], c.body, err, c.want)
			}
		}
	}

	out, _, err := executeIO(t.Context(), "spec", "synthetic-relu")
	if err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(dir, "f.json")
	if err := os.WriteFile(f, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := loadSpec("", f, -1)
	if err != nil {
		t.Fatalf("--spec reading the output of spec: %v\n%s", err, out)
	}
	want, _ := train.Builtin("synthetic-relu")
	if s.Hash() != want.Hash() {
		t.Fatalf("spec hash %x read back, want %x", s.Hash(), want.Hash())
	}
}

// TestSubmitOnChain: submit and status run against the simulated chain over JSON-RPC,
// taking --rpc, --market and --key from VERITRAIN_RPC, VERITRAIN_MARKET and
// VERITRAIN_KEY like the daemons; a term the market refuses (TermOutOfBounds) and a
// zero amount (BadTask) are usage errors naming the flag; fetch of the open task says
// it is not final; deploy deploys from VERITRAIN_KEY.
func TestSubmitOnChain(t *testing.T) {
	n, url := newNet(t)
	t.Setenv("VERITRAIN_RPC", url)
	t.Setenv("VERITRAIN_MARKET", n.Market.Hex())
	t.Setenv("VERITRAIN_KEY", keyHex(5))
	base := []string{"submit", "--model", "synthetic-relu", "--steps", "8", "--interval", "4"}
	for flag, args := range map[string][]string{
		"--commit-window":    {"--commit-window", "10"},
		"--challenge-window": {"--challenge-window", "999999999"},
		"--game-clock":       {"--game-clock", "1"},
		"--claim-window":     {"--claim-window", "0"},
		"--stake":            {"--stake", "0"},
		"--reward":           {"--reward", "0"},
	} {
		_, err := execute(t, append(append([]string{}, base...), args...)...)
		t.Logf("%v: %v", args, err)
		if !errors.As(err, new(usageError)) || !strings.HasPrefix(err.Error(), flag) {
			t.Errorf("%v: %v, want a usage error naming %s first", args, err, flag)
		}
	}
	if c, err := n.Sim.Client.NonceAt(t.Context(), chain.DeterministicAccount(5).Address, nil); err != nil || c != 0 {
		t.Fatalf("refused tasks sent %d transactions (%v)", c, err)
	}
	out, err := execute(t, base...)
	if err != nil {
		t.Fatal(err)
	}
	var posted struct {
		Task uint64 `json:"task"`
	}
	lastJSON(t, out, &posted)
	if posted.Task != 1 {
		t.Fatalf("submit printed %s", out)
	}
	out, err = execute(t, "status", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rep statusReport
	lastJSON(t, out, &rep)
	if rep.Count != 1 || rep.Tasks[0].Status != "open" {
		t.Fatalf("status %+v", rep)
	}
	if _, err := execute(t, "fetch", "1", "--out", filepath.Join(t.TempDir(), "m")); !errors.As(err, new(notFinalError)) {
		t.Fatalf("fetch of an open task: %v, want not final", err)
	}
	out, err = execute(t, "deploy", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var dep deployResult
	lastJSON(t, out, &dep)
	if dep.Deployer != chain.DeterministicAccount(5).Address.Hex() || dep.Market == n.Market.Hex() {
		t.Fatalf("deploy %+v", dep)
	}
}

// TestAuditedStatusNoEpoch: an audited task committed but before its secret reveal has
// no challenge deadline yet; status says so and shows no 1970 date.
func TestAuditedStatusNoEpoch(t *testing.T) {
	tk := taskmarket.TaskMarketTask{Status: onchain.StatusCommitted, Reward: chain.Ether(1),
		Terms: taskmarket.TaskMarketTerms{SolverStake: chain.Ether(1), ClaimBy: 2_000_000_000}, CommitBy: 2_000_000_100}
	v := viewOf(1, tk, 2_000_000_050)
	rep := &statusReport{Now: timeAt(2_000_000_050), Tasks: []taskView{v}}
	var b bytes.Buffer
	if err := printStatus(&b, rep); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "1970") || v.WindowEnd != nil || !strings.Contains(v.Next, "after the reveal") {
		t.Fatalf("audited task before its reveal:\n%s", b.String())
	}
}

// TestHelpConsistency: submit's --model help lists the built-in models; no flag help
// breaks its rendering (pflag takes `quoted` text as the value's name); every
// VERITRAIN_ variable a help cites is one the command reads (a flag of it, read through
// the environment); the verifier and whistleblower take --listen like the solver, and
// --metrics only as a hidden, deprecated alias.
func TestHelpConsistency(t *testing.T) {
	root := newRoot()
	help := func(c *cobra.Command) string {
		var b bytes.Buffer
		c.SetOut(&b)
		c.SetErr(&b)
		if err := c.Help(); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	readsEnv := map[string]bool{"solver": true, "verifier": true, "whistleblower": true, "submit": true, "status": true,
		"fetch": true, "deploy": true, "request-chunks": true, "add-checks": true, "console": true}
	envVar := regexp.MustCompile(`VERITRAIN_[A-Z_]+`)
	for _, c := range root.Commands() {
		h := help(c)
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if strings.Contains(f.Usage, "`") {
				t.Errorf("%s --%s: a backquote in its help: %q", c.Name(), f.Name, f.Usage)
			}
		})
		for _, v := range envVar.FindAllString(h, -1) {
			if v == "VERITRAIN_" { // VERITRAIN_<FLAG>
				continue
			}
			flag := strings.ReplaceAll(strings.ToLower(strings.TrimPrefix(v, "VERITRAIN_")), "_", "-")
			if v == dataset.LibraryEnv && c.Flags().Lookup(flag) != nil {
				continue // --data-dir's default is the variable's (dataset.DefaultHome), in every command
			}
			if !readsEnv[c.Name()] || c.Flags().Lookup(flag) == nil {
				t.Errorf("%s --help cites %s, which it does not read", c.Name(), v)
			}
		}
		switch c.Name() {
		case "submit":
			for _, m := range train.BuiltinNames() {
				if !strings.Contains(c.Flags().Lookup("model").Usage, m) {
					t.Errorf("submit --model help lacks %s", m)
				}
			}
		case "export":
			if !strings.Contains(h, "--from string") {
				t.Errorf("export help does not render --from:\n%s", h)
			}
		case "solver", "verifier", "whistleblower":
			if c.Flags().Lookup("listen") == nil || strings.Contains(h, "--metrics") {
				t.Errorf("%s: --listen missing or --metrics shown:\n%s", c.Name(), h)
			}
		}
	}
	// the old name still works
	var addr string
	cmd := &cobra.Command{}
	addListenFlag(cmd, &addr, "127.0.0.1:1")
	cmd.Flags().SetOutput(&bytes.Buffer{})
	if err := cmd.ParseFlags([]string{"--metrics", "127.0.0.1:2"}); err != nil || addr != "127.0.0.1:2" {
		t.Fatalf("--metrics: %v, address %s", err, addr)
	}
}

// TestDaemonStopLine: a daemon stopped by a signal logs one line saying so.
func TestDaemonStopLine(t *testing.T) {
	n, url := newNet(t)
	for _, args := range [][]string{
		{"verifier", "--attest-dir", t.TempDir(), "--allow-private-urls"},
		{"whistleblower", "--allow-private-urls"},
		{"solver", "--dir", t.TempDir(), "--step-time", "1ms"},
	} {
		ctx, cancel := context.WithTimeout(t.Context(), 1500*time.Millisecond)
		_, logs, err := executeIO(ctx, append(args, "--rpc", url, "--market", n.Market.Hex(), "--key", keyHex(4),
			"--listen", "127.0.0.1:0", "--poll", "50ms")...)
		cancel()
		if err != nil {
			t.Fatalf("%s: %v\n%s", args[0], err, logs)
		}
		if c := strings.Count(logs, args[0]+" stopped"); c != 1 || !strings.Contains(logs, "reason=signal") {
			t.Errorf("%s logged %d stop lines:\n%s", args[0], c, logs)
		}
	}
}

// TestSubmitAssurance: --assurance buys the checks (attestation slots) that catch a
// one-segment cheat with that probability under the market's draw, prints their price
// before posting (--quote: and posts nothing), and posts the task with that many
// slots; an assurance the draw cannot reach, or one given beside --max-attesters or
// without --audit, is a usage error naming the flag.
func TestSubmitAssurance(t *testing.T) {
	n, url := newNet(t)
	t.Setenv("VERITRAIN_RPC", url)
	t.Setenv("VERITRAIN_MARKET", n.Market.Hex())
	t.Setenv("VERITRAIN_KEY", keyHex(5))
	base := []string{"submit", "--model", "synthetic-relu", "--steps", "16", "--interval", "1", "--audit"}
	out, err := execute(t, append(base, "--assurance", "0.9", "--quote")...)
	if err != nil {
		t.Fatal(err)
	}
	var q struct{ Quote quote }
	lastJSON(t, out, &q)
	// covering draws over 16 segments: 15 checks cover 15 of them, 0.9375
	if q.Quote.Checks != 15 || q.Quote.Caught < 0.9 || q.Quote.AttestFees == "" || q.Quote.CheckGas == 0 || q.Quote.Draw != "covering" {
		t.Fatalf("quote %+v", q.Quote)
	}
	if c, err := n.Sim.Client.NonceAt(t.Context(), chain.DeterministicAccount(5).Address, nil); err != nil || c != 0 {
		t.Fatalf("--quote sent %d transactions (%v)", c, err)
	}
	for _, bad := range [][]string{
		append(base, "--assurance", "1", "--solver-share", "0.1"),
		append(base, "--assurance", "0.9", "--max-attesters", "3"),
		{"submit", "--model", "synthetic-relu", "--steps", "16", "--interval", "1", "--assurance", "0.9"},
		append(base, "--assurance", "0.9", "--solver-share", "1"),
	} {
		_, err := execute(t, bad...)
		if !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), "--assurance") {
			t.Errorf("%v: %v, want a usage error naming --assurance", bad[len(base)-1:], err)
		}
	}
	out, err = execute(t, append(base, "--assurance", "0.5", "--solver-share", "0.1")...)
	if err != nil {
		t.Fatal(err)
	}
	var posted struct {
		Task  uint64 `json:"task"`
		Quote quote  `json:"quote"`
	}
	lastJSON(t, out, &posted)
	m := onchain.NewMarket(n.Sim, n.Market, nil)
	a, err := m.Audit(t.Context(), posted.Task)
	if err != nil {
		t.Fatal(err)
	}
	// 9 checks, one of them (ceil 0.9) the solver's: 8 honest of 16 segments, 0.5
	if a.Audit.MaxAttesters != 9 || posted.Quote.Checks != 9 {
		t.Fatalf("posted with %d attestation slots (quote %+v), want 9", a.Audit.MaxAttesters, posted.Quote)
	}

	// the submitter buys 3 more checks at the attest fee each; nobody else may
	id := strconv.FormatUint(posted.Task, 10)
	escrow := func() *big.Int {
		v, err := bind.Call(taskmarket.NewTaskMarket().Instance(n.Sim, n.Market), &bind.CallOpts{Context: t.Context()},
			taskmarket.NewTaskMarket().PackTotalEscrow(), taskmarket.NewTaskMarket().UnpackTotalEscrow)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	before := escrow()
	if _, err := execute(t, "add-checks", id, "--checks", "3", "--key", keyHex(6)); !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), "only its submitter") {
		t.Fatalf("add-checks by another account: %v, want a usage error naming the submitter", err)
	}
	if _, err := execute(t, "add-checks", id, "--checks", "3"); err != nil {
		t.Fatal(err)
	}
	if a, err = m.Audit(t.Context(), posted.Task); err != nil || a.Audit.MaxAttesters != 12 {
		t.Fatalf("after add-checks: %d slots (%v), want 12", a.Audit.MaxAttesters, err)
	}
	if paid := new(big.Int).Sub(escrow(), before); paid.Cmp(new(big.Int).Mul(a.Audit.AttestFee, big.NewInt(3))) != 0 {
		t.Fatalf("add-checks put %v wei in escrow, want 3 × the attest fee %v", paid, a.Audit.AttestFee)
	}
}
