package main

import (
	"context"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/veritrain/veritrain/checkpoint/safetensors"
)

// readmeSection is the README heading whose first sh block TestReadmeOnGeth runs.
const readmeSection = "## A real node, step by step"

// readmeBlock is the first ```sh block after heading in the README text.
func readmeBlock(readme, heading string) (string, error) {
	_, after, ok := strings.Cut(readme, "\n"+heading+"\n")
	if !ok {
		return "", errors.New("no heading " + heading)
	}
	_, after, ok = strings.Cut(after, "```sh\n")
	if !ok {
		return "", errors.New("no sh block after " + heading)
	}
	block, _, ok := strings.Cut(after, "\n```")
	if !ok {
		return "", errors.New("unterminated sh block after " + heading)
	}
	return block + "\n", nil
}

// readmeRun is a README block run by runReadmeBlock: its folder, its output, the last
// lines of its logs, and its process group (the daemons it left running).
type readmeRun struct {
	work    string
	output  func() string
	logs    func() string
	pgid    int
	stopped *bool // set once the test stopped the group itself
}

// runReadmeBlock runs the first sh block after heading as a user would type it into a
// shell: in an empty folder holding files (name -> source path, copied), with geth
// (go.mod's version), this veritrain and a python3 with PyTorch (Debian's, when
// /usr/bin/python3 has it) first on PATH and no VERITRAIN_ variables; then, in the same
// shell, `veritrain status 1 --json > status.json`. It skips when geth is not built or
// one of ports is taken, fails when the block fails, and kills what the block left
// running when the test ends.
func runReadmeBlock(t *testing.T, heading string, ports []string, files map[string]string) *readmeRun {
	t.Helper()
	e := buildGethEnv(t)
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	block, err := readmeBlock(string(readme), heading)
	if err != nil {
		t.Fatalf("README: %v", err)
	}
	for _, port := range ports {
		ln, err := net.Listen("tcp", "127.0.0.1:"+port)
		if err != nil {
			t.Skipf("port %s is taken (%v): the README's block uses the default ports", port, err)
		}
		ln.Close()
	}
	// a PATH with the binaries first; an environment without VERITRAIN_ variables
	// (a developer's own would change the commands) and with a private TMPDIR (where a
	// datadir-less dev node puts its IPC socket)
	bin := filepath.Join(e.tmp, "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{"geth": e.geth, "veritrain": e.bin}
	if exec.Command("/usr/bin/python3", "-c", "import torch").Run() == nil {
		links["python3"] = "/usr/bin/python3"
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(bin, name)); err != nil {
			t.Fatal(err)
		}
	}
	work, tmp := filepath.Join(e.tmp, "work"), filepath.Join(e.tmp, "tmp")
	for _, d := range []string{work, tmp} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, src := range files {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(work, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	env := []string{"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"), "TMPDIR=" + tmp}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "VERITRAIN_") && !strings.HasPrefix(kv, "PATH=") && !strings.HasPrefix(kv, "TMPDIR=") {
			env = append(env, kv)
		}
	}
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	// bash -e: a failing command ends the block there (a user would stop too); then, in
	// the same shell (its VERITRAIN_MARKET), the task as status sees it
	sh := exec.CommandContext(ctx, "bash", "-e", "-c", block+"veritrain status 1 --json > status.json\n")
	sh.Dir, sh.Env = work, env
	sh.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // the block and what it starts in the background
	// a file, not a pipe: the daemons the block leaves running hold it open
	outFile, err := os.Create(filepath.Join(e.tmp, "block.out"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { outFile.Close() })
	sh.Stdout, sh.Stderr = outFile, outFile
	r := &readmeRun{work: work, stopped: new(bool)}
	r.output = func() string { b, _ := os.ReadFile(outFile.Name()); return string(b) }
	sh.Cancel = func() error { return syscall.Kill(-sh.Process.Pid, syscall.SIGKILL) }
	r.logs = func() string {
		var b strings.Builder
		logs, _ := filepath.Glob(filepath.Join(work, "*.log"))
		for _, f := range logs {
			data, _ := os.ReadFile(f)
			lines := strings.Split(strings.TrimSpace(string(data)), "\n")
			b.WriteString("--- " + filepath.Base(f) + " (last lines)\n" + strings.Join(lines[max(0, len(lines)-15):], "\n") + "\n")
		}
		return b.String()
	}
	start := time.Now()
	if err := sh.Start(); err != nil {
		t.Fatal(err)
	}
	r.pgid = sh.Process.Pid
	t.Cleanup(func() { // whatever the block left running, gone before its folder is removed
		if !*r.stopped {
			_ = syscall.Kill(-r.pgid, syscall.SIGKILL)
		}
		for end := time.Now().Add(10 * time.Second); groupAlive(r.pgid) && time.Now().Before(end); {
			time.Sleep(100 * time.Millisecond)
		}
	})
	if err := sh.Wait(); err != nil {
		t.Fatalf("the README's block failed after %v: %v\n%s\n%s", time.Since(start).Round(time.Second), err, r.output(), r.logs())
	}
	t.Logf("the README's block ran in %v", time.Since(start).Round(time.Second))
	return r
}

// TestReadmeOnGeth runs the README's step-by-step block as a user would type it into a
// shell: the block is read from README.md and handed to bash as it is, in an empty
// folder, with geth (go.mod's version) and this veritrain on PATH: a real `geth --dev
// --dev.period 1`, keys made and funded with `veritrain key`, `deploy`, a solver and a
// verifier in the background, `submit`, `status` and `fetch` until the task is final.
// So the README cannot drift from the binary. Then: the file holds the committed final
// model in PyTorch's layout, the task is finalized and paid, the verifier checked its
// segment in time (no missed window) after saying once that it waited for the seed
// block, and every daemon stops on SIGTERM with its one line. It runs with the geth
// tests (geth built, or VERITRAIN_GETH=1 to build it), in about two minutes; the block
// uses the default ports (8545, 8547, 9549): it skips if one is taken.
func TestReadmeOnGeth(t *testing.T) {
	r := runReadmeBlock(t, readmeSection, []string{"8545", "8547", "9549"}, nil)
	work, output, logs, pgid := r.work, r.output, r.logs, r.pgid

	// the model: the committed final state, in PyTorch's layout
	raw, err := os.ReadFile(filepath.Join(work, "model.safetensors"))
	if err != nil {
		t.Fatalf("no model: %v\n%s", err, output())
	}
	ts, meta, err := safetensors.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ts, func(x safetensors.Tensor) bool { return x.Name == "l0.weight" })
	if meta["veritrain_layout"] != layoutPyTorch || i < 0 || !slices.Equal(ts[i].Shape, []int{256, 784}) {
		t.Errorf("model: metadata %v, tensors %d", meta, len(ts))
	}
	// the task as status saw it after the block
	b, err := os.ReadFile(filepath.Join(work, "status.json"))
	if err != nil {
		t.Fatal(err)
	}
	var status statusReport
	lastJSON(t, string(b), &status)
	if len(status.Tasks) != 1 {
		t.Fatalf("status: %+v", status)
	}
	tv := status.Tasks[0]
	if tv.Status != "finalized" || tv.FinalRoot != meta["veritrain_state_hash"] || len(status.Warnings) != 0 {
		t.Errorf("task %+v, warnings %v; want finalized with the model's root, no warning", tv, status.Warnings)
	}
	// the daemons run on: the solver logs its payment at its next tick after whoever
	// finalized (its own transaction may have ended the block's fetch loop first)
	type want struct {
		file, want string
		n          int
	}
	wants := []want{
		{"solver.log", "msg=committed", 1},
		{"solver.log", `msg="finalized: paid"`, 1},
		{"verifier.log", `msg="waiting for the seed block"`, 1},
		{"verifier.log", `msg="segment right"`, 1},
		{"verifier.log", "challenge window closed", 0},
	}
	count := func(w want) int {
		b, _ := os.ReadFile(filepath.Join(work, w.file))
		return strings.Count(string(b), w.want)
	}
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		if !slices.ContainsFunc(wants, func(w want) bool { return count(w) != w.n }) {
			break
		}
	}
	for _, w := range wants {
		if got := count(w); got != w.n {
			t.Errorf("%q logged %d times in %s, want %d\n%s", w.want, got, w.file, w.n, logs())
		}
	}
	// SIGTERM to the daemons and the node: each daemon logs its one line and exits
	*r.stopped = true
	if err := syscall.Kill(-pgid, syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for groupAlive(pgid) && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
	}
	if groupAlive(pgid) {
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
		t.Errorf("the block's processes did not exit within 30 s of SIGTERM")
	}
	for name, want := range map[string]string{"solver.log": `msg="solver stopped" reason=signal`, "verifier.log": `msg="verifier stopped" reason=signal`} {
		if b, _ := os.ReadFile(filepath.Join(work, name)); strings.Count(string(b), want) != 1 {
			t.Errorf("%s: no %q\n%s", name, want, logs())
		}
	}
}

// groupAlive reports whether a process of group pgid still runs (a zombie, exited and
// waiting for an init that may not reap it, does not count; without /proc, any does).
func groupAlive(pgid int) bool {
	if syscall.Kill(-pgid, 0) != nil {
		return false
	}
	stats, err := filepath.Glob("/proc/[0-9]*/stat")
	if err != nil || len(stats) == 0 {
		return true
	}
	for _, f := range stats {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		// pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses
		i := strings.LastIndexByte(string(b), ')')
		if i < 0 {
			continue
		}
		fields := strings.Fields(string(b[i+1:]))
		if len(fields) > 2 && fields[2] == strconv.Itoa(pgid) && fields[0] != "Z" {
			return true
		}
	}
	return false
}

// TestReadmeOwnModelOnGeth runs the README's end-to-end block on a real geth: a PyTorch
// model exported to ONNX, imported, MNIST added to the submitter's store by root, the
// store served, the task posted with the imported initial weights; the solver and the
// verifier fetch the spec, the dataset and the weights from the submitter's server into
// their own stores before they act; the verified weights are fetched and loaded back
// into the PyTorch module (strict). It needs PyTorch (Debian's python3-torch, which
// .ci/run installs) besides the geth tests' needs.
func TestReadmeOwnModelOnGeth(t *testing.T) {
	if exec.Command("/usr/bin/python3", "-c", "import torch").Run() != nil {
		t.Skip("no PyTorch in /usr/bin/python3 (Debian's python3-torch)")
	}
	r := runReadmeBlock(t, "## A PyTorch model, end to end", []string{"8545", "8547", "9549", "8090"}, map[string]string{
		"own_model.py":    "../../docs/examples/own_model.py",
		"mnist-data.json": "../../docs/examples/mnist-data.json",
	})
	if out := r.output(); !strings.Contains(out, "loaded 4 tensors into Net") {
		t.Fatalf("the weights did not load back into PyTorch:\n%s", out)
	}
	b, err := os.ReadFile(filepath.Join(r.work, "status.json"))
	if err != nil {
		t.Fatal(err)
	}
	var status statusReport
	lastJSON(t, string(b), &status)
	if len(status.Tasks) != 1 || status.Tasks[0].Status != "finalized" {
		t.Fatalf("status: %+v", status)
	}
	for _, f := range []string{"solver.log", "verifier.log"} {
		b, _ := os.ReadFile(filepath.Join(r.work, f))
		if !strings.Contains(string(b), `msg="fetched a task's spec and data"`) {
			t.Errorf("%s: the spec and data were not fetched\n%s", f, r.logs())
		}
	}
	for _, root := range []string{"a5868f8d1683d43039037e6330c7c5907e379d064f672615f3f414e97c509fb9"} {
		for _, d := range []string{"solver-data", "verifier-data"} {
			if _, err := os.Stat(filepath.Join(r.work, d, "datasets", root, "manifest.json")); err != nil {
				t.Errorf("%s lacks MNIST: %v", d, err)
			}
		}
	}
}
