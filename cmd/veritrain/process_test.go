package main

import (
	"bufio"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veritrain/veritrain/contracts/chain"
)

// gethCache is chain.BuildGeth's cache, shared with the contracts' geth tests.
const gethCache = "../../contracts/.geth"

// proc is a veritrain process started by a test.
type proc struct {
	name string
	cmd  *exec.Cmd
	mu   sync.Mutex
	log  []string // stderr lines
	done chan struct{}
}

func (p *proc) lines() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.log...)
}

// startProc runs bin with args in the background, keeping its stderr.
func startProc(t *testing.T, bin, name string, args ...string) *proc {
	t.Helper()
	p, err := spawn(bin, name, nil, args...)
	if err != nil {
		t.Fatal(err)
	}
	p.cleanup(t)
	return p
}

// spawn starts bin with args and env (added to the test's environment), keeping its
// stderr; done is closed when it has exited.
func spawn(bin, name string, env []string, args ...string) (*proc, error) {
	p := &proc{name: name, cmd: exec.Command(bin, args...), done: make(chan struct{})}
	if env != nil {
		p.cmd.Env = append(os.Environ(), env...)
	}
	stderr, err := p.cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := p.cmd.Start(); err != nil {
		return nil, err
	}
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			p.mu.Lock()
			p.log = append(p.log, sc.Text())
			p.mu.Unlock()
		}
		p.cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// cleanup kills p when the test ends, if it still runs, and logs its last lines if the
// test failed.
func (p *proc) cleanup(t *testing.T) {
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			p.cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			l := p.lines()
			t.Logf("%s's last log lines:\n%s", p.name, strings.Join(l[max(0, len(l)-25):], "\n"))
		}
	})
}

// stop sends SIGTERM and requires a clean exit (status 0) within 30 s.
func (p *proc) stop(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("%s: SIGTERM: %v", p.name, err)
	}
	select {
	case <-p.done:
	case <-time.After(30 * time.Second):
		t.Fatalf("%s did not exit within 30 s of SIGTERM", p.name)
	}
	if code := p.cmd.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("%s exited with %d after SIGTERM, want 0", p.name, code)
	}
}

// logValue waits for a JSON log line with message msg and returns its field key.
func (p *proc) logValue(t *testing.T, msg, key string) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		for _, l := range p.lines() {
			var m map[string]any
			if json.Unmarshal([]byte(l), &m) == nil && m["msg"] == msg {
				if v, ok := m[key].(string); ok {
					return v
				}
			}
		}
		select {
		case <-p.done:
			t.Fatalf("%s exited before logging %q", p.name, msg)
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatalf("%s did not log %q in 30 s", p.name, msg)
	return ""
}

// runCLI runs bin to completion and returns its stdout and exit code.
func runCLI(t *testing.T, bin string, args ...string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		return string(out) + stderr.String(), ee.ExitCode()
	case err != nil:
		t.Fatalf("%v: %v", args, err)
	}
	return string(out), 0
}

// gethEnv is a `geth --dev` node on 127.0.0.1 and a veritrain binary, for the tests
// that run the roles as OS processes.
type gethEnv struct {
	bin, tmp string
	geth     string // the geth binary
	node     *chain.GethNode
}

// newGethEnv builds geth (cached in contracts/.geth) and the binary (with buildTags:
// "faults" for a binary that honours VERITRAIN_FAULT) and starts a node funding
// accounts deterministic accounts. It skips the test unless geth is built or
// VERITRAIN_GETH=1 asks to build it.
func newGethEnv(t *testing.T, accounts int, buildTags ...string) *gethEnv {
	t.Helper()
	e := buildGethEnv(t, buildTags...)
	startCtx, cancelStart := context.WithTimeout(t.Context(), time.Minute)
	defer cancelStart()
	var err error
	if e.node, err = chain.StartGeth(startCtx, e.geth, chain.GethConfig{Accounts: accounts}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.node.Close() })
	return e
}

// buildGethEnv is newGethEnv without a node: geth and the binary built.
func buildGethEnv(t *testing.T, buildTags ...string) *gethEnv {
	t.Helper()
	if os.Getenv("VERITRAIN_GETH") != "1" {
		if _, err := os.Stat(filepath.Join(gethCache, chain.GethVersion, "geth")); err != nil {
			t.Skip("geth not built: VERITRAIN_GETH=1 builds it into contracts/.geth (minutes, once) and runs this test")
		}
	}
	buildCtx, cancel := context.WithTimeout(t.Context(), 15*time.Minute)
	defer cancel()
	gethBin, err := chain.BuildGeth(buildCtx, gethCache)
	if err != nil {
		t.Fatal(err)
	}
	e := &gethEnv{tmp: t.TempDir(), geth: gethBin}
	e.bin = filepath.Join(e.tmp, "veritrain")
	build := []string{"build", "-o", e.bin}
	if len(buildTags) > 0 {
		build = append(build, "-tags", strings.Join(buildTags, ","))
	}
	if out, err := exec.CommandContext(buildCtx, "go", append(build, ".")...).CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return e
}

// mine seals a block every `every` until the test ends. A dev node seals blocks only
// for transactions: this loop plays the rest of the world, so that the chain's clock
// moves (windows, the seed block, game clocks). Each block is at least a second after
// its parent, so the chain's clock runs ahead of the wall clock when every < 1 s.
func (e *gethEnv) mine(t *testing.T, every time.Duration) {
	blocks, stop := context.WithCancel(t.Context())
	var wg sync.WaitGroup
	wg.Go(func() {
		for blocks.Err() == nil {
			if err := e.node.Mine(blocks); err != nil && blocks.Err() == nil {
				t.Logf("mine: %v", err)
			}
			select {
			case <-blocks.Done():
			case <-time.After(every):
			}
		}
	})
	t.Cleanup(func() { stop(); wg.Wait() })
}

// deploy runs `veritrain deploy` from account acc.
func (e *gethEnv) deploy(t *testing.T, acc int) deployResult {
	t.Helper()
	out, code := runCLI(t, e.bin, "deploy", "--rpc", e.node.URL, "--key", keyHex(acc), "--json")
	if code != 0 {
		t.Fatalf("deploy: exit %d\n%s", code, out)
	}
	var dep deployResult
	lastJSON(t, out, &dep)
	return dep
}

// daemonArgs are the arguments of a daemon command (args[0]) run from account acc
// against market, logging JSON and polling every 300 ms.
func (e *gethEnv) daemonArgs(market string, acc int, args ...string) []string {
	out := append([]string{args[0], "--log-format", "json", "--key", keyHex(acc), "--poll", "300ms",
		"--rpc", e.node.URL, "--market", market}, args[1:]...)
	if args[0] == "verifier" || args[0] == "whistleblower" {
		out = append(out, "--allow-private-urls") // the solvers serve on 127.0.0.1
	}
	return out
}

// submit posts a synthetic-relu task of 8 steps (a checkpoint every 4) from account
// acc; extra flags (windows, clock) are appended. It returns the task id.
func (e *gethEnv) submit(t *testing.T, market string, acc int, extra ...string) uint64 {
	t.Helper()
	out, code := runCLI(t, e.bin, append([]string{"submit", "--key", keyHex(acc), "--model", "synthetic-relu", "--steps", "8",
		"--interval", "4", "--reward", "3", "--allow-unjudged", "--rpc", e.node.URL, "--market", market}, extra...)...)
	if code != 0 {
		t.Fatalf("submit: exit %d\n%s", code, out)
	}
	var r struct{ Task uint64 }
	lastJSON(t, out, &r)
	return r.Task
}

// status is `veritrain status --json id`.
func (e *gethEnv) status(t *testing.T, market string, id uint64) taskView {
	t.Helper()
	out, code := runCLI(t, e.bin, "status", "--json", strconv.FormatUint(id, 10), "--rpc", e.node.URL, "--market", market)
	if code != 0 {
		t.Fatalf("status: exit %d\n%s", code, out)
	}
	var rep statusReport
	lastJSON(t, out, &rep)
	return rep.Tasks[0]
}

func keyHex(i int) string {
	return hex.EncodeToString(crypto.FromECDSA(chain.DeterministicAccount(i).Key))
}

// TestProcessesOnGeth runs the roles as separate OS processes against a real
// `geth --dev` node on 127.0.0.1: `veritrain deploy`, an honest `veritrain solver`,
// a `veritrain verifier`, `veritrain submit`; the task is followed with `veritrain
// status --json` until it is finalized and its model is fetched (the verifier and
// fetch find the solver's checkpoint server through its on-chain announcement). Then the honest solver stops, a cheating
// solver process takes the next task, and the verifier process gets it slashed. Every
// daemon exits 0 on SIGTERM. It runs when geth is built (VERITRAIN_GETH=1 builds it).
func TestProcessesOnGeth(t *testing.T) {
	e := newGethEnv(t, 8)
	bin, tmp := e.bin, e.tmp
	market := e.deploy(t, 0).Market
	rpcFlags := []string{"--rpc", e.node.URL, "--market", market}
	e.mine(t, 500*time.Millisecond)

	daemon := func(name string, acc int, args ...string) *proc {
		return startProc(t, bin, name, e.daemonArgs(market, acc, args...)...)
	}
	honest := daemon("honest solver", 1, "solver", "--listen", "127.0.0.1:0", "--dir", filepath.Join(tmp, "honest"), "--allow-unjudged")
	honest.logValue(t, "solver running", "checkpoints")
	honestAddr := chain.DeterministicAccount(1).Address.Hex()
	verifierAddr := chain.DeterministicAccount(3).Address.Hex()
	// the verifier finds each solver's checkpoint server through its announcement
	ver := daemon("verifier", 3, "verifier", "--listen", "127.0.0.1:0", "--check-all", "--allow-unjudged", "--allow-private-urls")

	submit := func() uint64 {
		return e.submit(t, market, 5, "--claim-window", "600", "--commit-window", "600", "--challenge-window", "60",
			"--game-clock", "120")
	}
	status := func(id uint64) taskView { return e.status(t, market, id) }
	await := func(id uint64, want ...string) taskView {
		deadline := time.Now().Add(90 * time.Second)
		var seen []string
		for time.Now().Before(deadline) {
			tv := status(id)
			if len(seen) == 0 || seen[len(seen)-1] != tv.Status {
				seen = append(seen, tv.Status)
			}
			for _, w := range want {
				if tv.Status == w {
					return tv
				}
			}
			time.Sleep(time.Second)
		}
		t.Fatalf("task %d: statuses %v, never %v", id, seen, want)
		return taskView{}
	}

	// 1. the honest solver's task: finalized, fetched, checked
	id := submit()
	await(id, "committed", "finalized")
	model := filepath.Join(tmp, "model.safetensors")
	if tv := status(id); tv.Status == "committed" {
		if out, code := runCLI(t, bin, append([]string{"fetch", strconv.FormatUint(id, 10), "--out", model, "--allow-private-urls"}, rpcFlags...)...); code != exitNotFinal {
			t.Errorf("fetch of a committed task: exit %d, want %d\n%s", code, exitNotFinal, out)
		}
	}
	tv := await(id, "finalized")
	if tv.Solver != honestAddr || tv.FinalRoot == "" {
		t.Fatalf("task %d: %+v", id, tv)
	}
	// fetch finds the solver's checkpoint server through its announcement
	out, code := runCLI(t, bin, append([]string{"fetch", strconv.FormatUint(id, 10), "--out", model, "--json", "--allow-private-urls"}, rpcFlags...)...)
	if code != 0 {
		t.Fatalf("fetch: exit %d\n%s", code, out)
	}
	var fr fetchResult
	lastJSON(t, out, &fr)
	if fr.FinalRoot != tv.FinalRoot || fr.Step != 8 {
		t.Fatalf("fetch: %+v, task %+v", fr, tv)
	}
	sn := &smallNet{}
	var err error
	if sn.spec, err = loadSpec("synthetic-relu", "", -1); err != nil {
		t.Fatal(err)
	}
	readBack(t, model, sn.finalState(t))
	honest.stop(t)

	// 2. a cheating solver's task: challenged by the verifier process, slashed
	cheater := daemon("cheating solver", 2, "solver", "--listen", "127.0.0.1:0", "--dir", filepath.Join(tmp, "cheater"),
		"--allow-unjudged", "--cheat", "state")
	cheater.logValue(t, "solver running", "checkpoints")
	id2 := submit()
	tv = await(id2, "failed", "finalized")
	if g := lastGame(tv); tv.Status != "failed" || tv.Solver != chain.DeterministicAccount(2).Address.Hex() || g == nil || g.Result != "challenger won" {
		t.Fatalf("cheated task %d: %+v (game %+v)", id2, tv, g)
	}
	if out, code := runCLI(t, bin, append([]string{"fetch", strconv.FormatUint(id2, 10), "--out", filepath.Join(tmp, "no.safetensors"), "--allow-private-urls"}, rpcFlags...)...); code != exitNoModel {
		t.Errorf("fetch of a failed task: exit %d, want %d\n%s", code, exitNoModel, out)
	}
	if _, err := os.Stat(filepath.Join(tmp, "no.safetensors")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("fetch of a failed task wrote a file (%v)", err)
	}
	out, code = runCLI(t, bin, append([]string{"status"}, rpcFlags...)...)
	if code != 0 || !strings.Contains(out, "failed") || !strings.Contains(out, "finalized") {
		t.Errorf("status table: exit %d\n%s", code, out)
	}
	cheater.stop(t)
	ver.stop(t)
	t.Logf("verifier %s slashed the cheater of task %d: %s", verifierAddr, id2, fmt.Sprint(lastGame(tv).Moves, " moves"))
}
