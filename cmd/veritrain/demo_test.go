package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/veritrain/veritrain/console"
)

// TestDemo runs the demo end to end on the synthetic data set: two tasks, an honest
// solver and a cheating one, two verifiers. The honest solver is paid and never
// challenged; the cheater is challenged once, loses the game on the contract and is
// slashed (whether it flips a bit, fabricates its trace or serves no checkpoint); with
// --cheat none both are paid. The summary's figures come from the chain.
func TestDemo(t *testing.T) {
	cases := []struct {
		cheat                     string
		paid, slashed, challenges int               // challenges: at least (0: none)
		statuses                  map[string]string // solver -> its task's status
	}{
		{"none", 2, 0, 0, map[string]string{"honest": "finalized", "cheater": "finalized"}},
		{"bit", 1, 1, 1, map[string]string{"honest": "finalized", "cheater": "failed"}},
		{"fabricate", 1, 1, 1, map[string]string{"honest": "finalized", "cheater": "failed"}},
		{"withhold", 1, 1, 1, map[string]string{"honest": "finalized", "cheater": "failed"}},
	}
	for _, c := range cases {
		// no forced errors: a whistleblower's dispute of a lazy attestation of a decoy
		// would be a game without a challenge (the audit: TestDemoAudit)
		out, err := execute(t, "demo", "--model", "synthetic-relu", "--steps", "8", "--interval", "4", "--cheat", c.cheat,
			"--forced-error-bps", "0", "--json", "--log-level", "warn")
		if err != nil {
			t.Fatalf("%s: %v\n%s", c.cheat, err, out)
		}
		var r demoResult
		lastJSON(t, out, &r)
		// every checker that found the wrong segment challenges it in a game of its own
		// (disputes run in parallel): how many did depends on the attesters' draws
		if r.TasksFinished != 2 || r.SolversPaid != c.paid || r.SolversSlashed != c.slashed || r.Checked == 0 ||
			(c.challenges == 0) != (r.Challenged == 0) || r.Challenged < c.challenges {
			t.Fatalf("%s: %+v", c.cheat, r)
		}
		if len(r.Tasks) != 2 {
			t.Fatalf("%s: %d tasks", c.cheat, len(r.Tasks))
		}
		for _, tk := range r.Tasks {
			if want := c.statuses[tk.Solver]; tk.Status != want {
				t.Errorf("%s: task %d of the %q solver is %s, want %s", c.cheat, tk.ID, tk.Solver, tk.Status, want)
			}
		}
		// a dispute is played move by move on the game contract; without one, none is sent
		if (c.challenges > 0) != (r.DisputeMoves > 0) || r.GasUsed == 0 {
			t.Errorf("%s: %d dispute moves, %d gas", c.cheat, r.DisputeMoves, r.GasUsed)
		}
	}
	for _, bad := range [][]string{{"--cheat", "nonsense"}, {"--tasks", "0"}} {
		if _, err := execute(t, append([]string{"demo"}, bad...)...); err == nil {
			t.Fatalf("%v accepted", bad)
		}
	}
}

// TestDemoTinyGPT: the whole network on the transformer (issue 17): the cheater flips
// a bit of a backward node of tiny-gpt's step, is challenged, loses the game on the
// contract (the transformer's kernels judged through the registry) and is slashed;
// the honest solver is paid. About 30 s.
func TestDemoTinyGPT(t *testing.T) {
	out, err := execute(t, "demo", "--model", "tiny-gpt", "--steps", "4", "--interval", "2", "--cheat", "bit",
		"--forced-error-bps", "0", "--attesters", "1", "--lazy-verifiers", "0", "--json", "--log-level", "warn")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var r demoResult
	lastJSON(t, out, &r)
	if r.TasksFinished != 2 || r.SolversPaid != 1 || r.SolversSlashed != 1 || r.Challenged < 1 || r.DisputeMoves == 0 {
		t.Fatalf("%+v", r)
	}
	for _, tk := range r.Tasks {
		if want := map[string]string{"honest": "finalized", "cheater": "failed"}[tk.Solver]; tk.Status != want {
			t.Errorf("task %d of the %q solver is %s, want %s", tk.ID, tk.Solver, tk.Status, want)
		}
	}
}

// TestDemoConsole: demo --console serves the console while the demo runs and, with
// consoleWait (the command's default), after it until the context ends: the page and
// its state are there, and once the demo is over the state shows the cheater's task
// failed and the honest one finalized, and the cheater's account marked slashed.
func TestDemoConsole(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	urls := make(chan string, 1)
	type out struct {
		res *demoResult
		err error
	}
	done := make(chan out, 1)
	go func() {
		res, err := runDemo(ctx, demoConfig{model: "synthetic-relu", steps: 8, interval: 4, tasks: 2, cheat: "bit",
			console: "127.0.0.1:0", consoleWait: true, consoleReady: func(u string) { urls <- u }})
		done <- out{res, err}
	}()
	var url string
	select {
	case url = <-urls:
	case o := <-done:
		t.Fatalf("the demo ended before its console was up: %v", o.err)
	}
	get := func(path string) []byte {
		r, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		b, err := io.ReadAll(r.Body)
		if err != nil || r.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %d %v", path, r.StatusCode, err)
		}
		return b
	}
	if page := get("/"); !bytes.Contains(page, []byte("veritrain console")) {
		t.Fatalf("the page: %.200s", page)
	}
	var st console.Snapshot
	for start := time.Now(); ; time.Sleep(200 * time.Millisecond) {
		if err := json.Unmarshal(get("/api/state"), &st); err != nil {
			t.Fatal(err)
		}
		over := 0
		for _, tk := range st.Tasks {
			if tk.Status == "finalized" || tk.Status == "failed" {
				over++
			}
		}
		if len(st.Tasks) == 2 && over == 2 {
			break
		}
		if time.Since(start) > 3*time.Minute {
			t.Fatalf("the console never showed both tasks over: %+v", st.Tasks)
		}
	}
	statuses := map[string]int{}
	for _, tk := range st.Tasks {
		statuses[tk.Status]++
	}
	slashed := false
	for _, a := range st.Accounts {
		slashed = slashed || slices.Contains(a.Roles, "slashed")
	}
	if statuses["failed"] != 1 || statuses["finalized"] != 1 || !slashed {
		t.Fatalf("console after the demo: statuses %v, a slashed account %v", statuses, slashed)
	}
	cancel() // the demo waits on its console until then
	o := <-done
	if o.err != nil || o.res.SolversSlashed != 1 {
		t.Fatalf("demo: %+v, %v", o.res, o.err)
	}
}
