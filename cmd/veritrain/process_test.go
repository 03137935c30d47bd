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
	p := &proc{name: name, cmd: exec.Command(bin, args...), done: make(chan struct{})}
	stderr, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
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
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			p.cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			l := p.lines()
			t.Logf("%s's last log lines:\n%s", name, strings.Join(l[max(0, len(l)-25):], "\n"))
		}
	})
	return p
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
	if os.Getenv("VERITRAIN_GETH") != "1" {
		if _, err := os.Stat(filepath.Join(gethCache, chain.GethVersion, "geth")); err != nil {
			t.Skip("geth not built: VERITRAIN_GETH=1 builds it into contracts/.geth (minutes, once) and runs this test")
		}
	}
	ctx := t.Context()
	buildCtx, cancel := context.WithTimeout(ctx, 15*time.Minute)
	defer cancel()
	gethBin, err := chain.BuildGeth(buildCtx, gethCache)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "veritrain")
	if out, err := exec.CommandContext(buildCtx, "go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	startCtx, cancelStart := context.WithTimeout(ctx, time.Minute)
	defer cancelStart()
	node, err := chain.StartGeth(startCtx, gethBin, chain.GethConfig{Accounts: 8})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })

	out, code := runCLI(t, bin, "deploy", "--rpc", node.URL, "--key", keyHex(0), "--json")
	if code != 0 {
		t.Fatalf("deploy: exit %d\n%s", code, out)
	}
	var dep deployResult
	lastJSON(t, out, &dep)
	market := dep.Market
	rpcFlags := []string{"--rpc", node.URL, "--market", market}

	// A dev node seals blocks only for transactions: this loop plays the rest of the
	// world, so that the chain's clock moves (windows, the seed block, game clocks).
	blocks, stopBlocks := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		for blocks.Err() == nil {
			if err := node.Mine(blocks); err != nil && blocks.Err() == nil {
				t.Logf("mine: %v", err)
			}
			select {
			case <-blocks.Done():
			case <-time.After(500 * time.Millisecond):
			}
		}
	})
	defer func() { stopBlocks(); wg.Wait() }()

	daemon := func(name string, acc int, args ...string) *proc {
		return startProc(t, bin, name, append(append([]string{args[0], "--log-format", "json", "--key", keyHex(acc), "--poll", "300ms"},
			rpcFlags...), args[1:]...)...)
	}
	honest := daemon("honest solver", 1, "solver", "--listen", "127.0.0.1:0", "--dir", filepath.Join(tmp, "honest"), "--allow-unjudged")
	honest.logValue(t, "solver running", "checkpoints")
	honestAddr := chain.DeterministicAccount(1).Address.Hex()
	verifierAddr := chain.DeterministicAccount(3).Address.Hex()
	// the verifier finds each solver's checkpoint server through its announcement
	ver := daemon("verifier", 3, "verifier", "--metrics", "127.0.0.1:0", "--check-all", "--allow-unjudged")

	submit := func() uint64 {
		out, code := runCLI(t, bin, append([]string{"submit", "--key", keyHex(5), "--model", "synthetic-relu", "--steps", "8",
			"--interval", "4", "--reward", "3", "--claim-window", "600", "--commit-window", "600", "--challenge-window", "30",
			"--game-clock", "120", "--allow-unjudged"}, rpcFlags...)...)
		if code != 0 {
			t.Fatalf("submit: exit %d\n%s", code, out)
		}
		var r struct{ Task uint64 }
		lastJSON(t, out, &r)
		return r.Task
	}
	status := func(id uint64) taskView {
		out, code := runCLI(t, bin, append([]string{"status", "--json", strconv.FormatUint(id, 10)}, rpcFlags...)...)
		if code != 0 {
			t.Fatalf("status: exit %d\n%s", code, out)
		}
		var rep statusReport
		lastJSON(t, out, &rep)
		return rep.Tasks[0]
	}
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
		if out, code := runCLI(t, bin, append([]string{"fetch", strconv.FormatUint(id, 10), "--out", model}, rpcFlags...)...); code != exitNotFinal {
			t.Errorf("fetch of a committed task: exit %d, want %d\n%s", code, exitNotFinal, out)
		}
	}
	tv := await(id, "finalized")
	if tv.Solver != honestAddr || tv.FinalRoot == "" {
		t.Fatalf("task %d: %+v", id, tv)
	}
	// fetch finds the solver's checkpoint server through its announcement
	out, code = runCLI(t, bin, append([]string{"fetch", strconv.FormatUint(id, 10), "--out", model, "--json"}, rpcFlags...)...)
	if code != 0 {
		t.Fatalf("fetch: exit %d\n%s", code, out)
	}
	var fr fetchResult
	lastJSON(t, out, &fr)
	if fr.FinalRoot != tv.FinalRoot || fr.Step != 8 {
		t.Fatalf("fetch: %+v, task %+v", fr, tv)
	}
	sn := &smallNet{}
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
	if tv.Status != "failed" || tv.Solver != chain.DeterministicAccount(2).Address.Hex() || tv.Game == nil || tv.Game.Result != "challenger won" {
		t.Fatalf("cheated task %d: %+v (game %+v)", id2, tv, tv.Game)
	}
	if out, code := runCLI(t, bin, append([]string{"fetch", strconv.FormatUint(id2, 10), "--out", filepath.Join(tmp, "no.safetensors")}, rpcFlags...)...); code != exitNoModel {
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
	t.Logf("verifier %s slashed the cheater of task %d: %s", verifierAddr, id2, fmt.Sprint(tv.Game.Moves, " moves"))
}
