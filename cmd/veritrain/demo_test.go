package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/veritrain/veritrain/console"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/internal/browsertest"
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
// consoleWait (the command's default), after it until the context ends. Headless
// Chromium opens the page as soon as the console is up (the demo waits on consoleReady
// for the page to load, before it posts a task) and watches the page itself while the
// demo plays, paced as demo --console paces it (300 ms a round while a task is in
// dispute), so that it must show the dispute under way (a task disputed, its game
// pending, a level narrowing) before both tasks are over and the failed task's game
// shows the challenger won; then, the failed task opened by its link, the page shows the pinned
// operation (the cheat "op": one scalar operation one ulp off, which the game pins at
// the one-step check), the cheater's address marked slashed in the balances, which are
// the demo summary's, and the slash in the timeline, without any page error; a
// screenshot is written. Without Chromium (and CI unset) the browser part is skipped.
// Over HTTP: the page is served, and the state shows the cheater's task failed, the
// honest one finalized and an account slashed. About 9 s.
func TestDemoConsole(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	urls := make(chan string, 1)
	loaded := make(chan struct{}) // the page is open (or will not be): the demo goes on
	var once sync.Once
	goOn := func() { once.Do(func() { close(loaded) }) }
	defer goOn()
	type out struct {
		res *demoResult
		err error
	}
	done := make(chan out, 1)
	go func() {
		res, err := runDemo(ctx, demoConfig{model: "synthetic-relu", steps: 8, interval: 4, tasks: 2, cheat: "op",
			pace:    300 * time.Millisecond, // the dispute lasts seconds: the page shows it narrow
			console: "127.0.0.1:0", consoleWait: true, consoleReady: func(u string) {
				urls <- u
				select {
				case <-loaded:
				case <-ctx.Done():
				}
			}})
		done <- out{res, err}
	}()
	var url string
	select {
	case url = <-urls:
	case o := <-done:
		t.Fatalf("the demo ended before its console was up: %v", o.err)
	}
	cheater, honest := chain.DeterministicAccount(demoCheater).Address.Hex(), chain.DeterministicAccount(demoHonest).Address.Hex()
	var free map[string]float64 // the page's free balances of the cheater and the honest solver
	t.Run("browser", func(t *testing.T) {
		defer goOn()
		free = demoConsolePage(t, url, goOn, cheater, honest)
	})
	goOn()

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
	// the balances the page showed are the chain's, as the demo's summary read them
	for who, addr := range map[string]string{"cheater": cheater, "honest": honest} {
		want, err := strconv.ParseFloat(o.res.Free[who], 64)
		if got, shown := free[addr]; free != nil && (err != nil || !shown || math.Abs(got-want) > 0.0005) {
			t.Errorf("the page showed the %s solver %s with %v ETH free (shown: %v), the summary %q", who, addr, got, shown, o.res.Free[who])
		}
	}
}

// demoPage is what TestDemoConsole reads off the console's page at one time.
type demoPage struct {
	Block string `json:"block"`
	Hash  string `json:"hash"`
	Tasks []struct {
		ID     string `json:"id"`
		Status string `json:"status"`
		Text   string `json:"text"`
	} `json:"tasks"`
	Games     []string   `json:"games"`     // the selected task's games' results
	Narrowing int        `json:"narrowing"` // levels of its games still narrowing
	Detail    string     `json:"detail"`
	Accounts  [][]string `json:"accounts"` // rows: the address cell's whole text, then each cell's visible text
	Timeline  string     `json:"timeline"`
}

const demoPageJS = `(() => {
  const txt = (sel) => { const e = document.querySelector(sel); return e ? e.innerText : ""; };
  return {
    block: txt("#block"),
    hash: location.hash,
    tasks: [...document.querySelectorAll("#tasks a[data-task]")].map((a) =>
      ({id: a.dataset.task, status: (a.querySelector(".badge") || {}).textContent || "", text: a.innerText})),
    games: [...document.querySelectorAll("#detail details.game > summary .badge")].map((b) => b.textContent),
    narrowing: document.querySelectorAll("#detail svg.narrow g.narrowing").length,
    detail: txt("#detail"),
    accounts: [...document.querySelectorAll("#accounts tbody tr")].map((r) =>
      r.cells.length > 1 ? [r.cells[0].textContent, ...[...r.cells].slice(1).map((c) => c.innerText)] : []),
    timeline: txt("#timeline"),
  };
})()`

// account is the row of the accounts table that names address (nil: none).
func (d *demoPage) account(address string) []string {
	for _, r := range d.Accounts {
		if len(r) > 0 && strings.Contains(strings.ToLower(r[0]), strings.ToLower(address)) {
			return r
		}
	}
	return nil
}

// demoConsolePage opens the demo's console at url in headless Chromium, lets the demo
// go on (goOn) once the page is live, and watches it until the demo is over (see
// TestDemoConsole). It returns the free balances the page shows of the addresses named.
func demoConsolePage(t *testing.T, url string, goOn func(), cheater string, others ...string) map[string]float64 {
	p := browsertest.New(t, 1280, 900, browsertest.Timeout(4*time.Minute))
	defer p.Close() // before the demo's console stops: the page's event stream holds it
	p.Do(t, chromedp.Navigate(url+"/"), chromedp.WaitVisible(chromedp.CSS("#tasks")))
	for start := time.Now(); p.Text(t, "#feed") != "live"; time.Sleep(100 * time.Millisecond) {
		if time.Since(start) > 30*time.Second {
			t.Fatalf("the page's feed is %q, not live", p.Text(t, "#feed"))
		}
	}
	goOn()
	read := func() *demoPage {
		t.Helper()
		d, err := chromedp.Run(p.Ctx, chromedp.Evaluate[*demoPage](demoPageJS))
		if err != nil {
			t.Fatalf("reading the page: %v", err)
		}
		return d
	}

	// while the demo plays: both tasks end; a task in dispute is selected to watch its game
	var (
		d                      *demoPage
		failed                 string // the failed task's id
		selected               bool   // a task was selected while in dispute
		disputed, pending, nar bool   // seen: a task disputed, a game pending, a level narrowing
		block                  string
		quiet                  time.Time // since the block last changed, once both tasks are over
	)
	for start := time.Now(); ; time.Sleep(250 * time.Millisecond) {
		d = read()
		over := 0
		for _, tk := range d.Tasks {
			switch tk.Status {
			case "finalized":
				over++
			case "failed":
				over++
				failed = tk.ID
			case "disputed":
				disputed = true
				if !selected {
					p.Eval(t, fmt.Sprintf(`location.hash = "#task-%s"`, tk.ID))
					selected = true
				}
			}
		}
		if slices.Contains(d.Games, "pending") {
			pending = true
		}
		nar = nar || d.Narrowing > 0
		// over, and the page's block unchanged for 2.5 s (the console polls every second):
		// the demo no longer moves the chain and the page shows its last state
		if d.Block != block {
			block, quiet = d.Block, time.Now()
		}
		if len(d.Tasks) == 2 && over == 2 && failed != "" && time.Since(quiet) > 2500*time.Millisecond {
			break
		}
		if time.Since(start) > 3*time.Minute {
			t.Fatalf("the page never showed both tasks over, its block still: %+v", d.Tasks)
		}
	}
	// paced, the dispute lasts seconds: the page showed it under way before its outcome
	if !disputed || !pending || !nar {
		t.Errorf("the page never showed the dispute in progress: a task disputed %v, a game pending %v, a level narrowing %v", disputed, pending, nar)
	}
	statuses := map[string]int{}
	for _, tk := range d.Tasks {
		statuses[tk.Status]++
	}
	if statuses["failed"] != 1 || statuses["finalized"] != 1 {
		t.Fatalf("the page's tasks: %+v", d.Tasks)
	}

	// the failed task, opened by its link: its game the challenger won, ended on the
	// pinned operation
	if selected {
		p.Eval(t, `location.hash = ""`)
	}
	link := chromedp.CSS(fmt.Sprintf(`#tasks a[data-task="%s"]`, failed))
	p.Do(t, chromedp.Click(link), chromedp.WaitVisible(chromedp.CSS("#detail .game")))
	if h := p.Eval(t, `location.hash`); h != "#task-"+failed {
		t.Fatalf("the link opened %v, want #task-%s", h, failed)
	}
	d = read()
	opRe := regexp.MustCompile(`\b(fma|add|mul)\(`)
	for _, want := range []string{"Task #" + failed, "failed", "challenger won", "The pinned operation"} {
		if !strings.Contains(d.Detail, want) {
			t.Errorf("the failed task's detail lacks %q:\n%s", want, d.Detail)
		}
	}
	if !opRe.MatchString(d.Detail) {
		t.Errorf("the failed task's detail names no operation (fma(, add(, mul():\n%s", d.Detail)
	}
	if !slices.Contains(d.Games, "challenger won") {
		t.Errorf("the failed task's games: %v", d.Games)
	}

	// the balances: the cheater slashed, every figure a number
	num := regexp.MustCompile(`^\d+(\.\d+)?$`)
	free := map[string]float64{}
	row := d.account(cheater)
	if row == nil {
		t.Errorf("the balances lack the cheater %s: %q", cheater, d.Accounts)
	} else if !strings.Contains(row[1], "slashed") {
		t.Errorf("the cheater's roles: %q", row[1])
	}
	for _, a := range append([]string{cheater}, others...) {
		r := d.account(a)
		if len(r) < 5 || !num.MatchString(strings.TrimSpace(r[2])) || !num.MatchString(strings.TrimSpace(r[3])) {
			t.Errorf("the balances of %s: %q", a, r)
			continue
		}
		free[a], _ = strconv.ParseFloat(strings.TrimSpace(r[2]), 64)
	}
	if !strings.Contains(d.Timeline, "Slashed") {
		t.Errorf("the timeline lacks the slash:\n%s", d.Timeline)
	}
	p.Screenshot(t, "demo-console.png")
	p.Check(t)
	return free
}
