package console

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// chromium is the browser's path: Debian's chromium (which .ci/run installs) or
// another Chrome on the PATH. Without one the test is skipped, except in CI (CI set),
// where it fails: CI installs it, so its absence is a broken set-up.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no chromium on the PATH: .ci/run installs Debian's chromium for the console's browser tests")
	}
	t.Skip("no chromium on the PATH (apt-get install chromium): the console's browser tests need a real browser")
	return ""
}

// page is a headless browser tab that records every console error, uncaught
// exception and error log entry (a failed load, a refused content policy).
type page struct {
	ctx   context.Context
	close context.CancelFunc // closes the browser (its event stream holds a server's Close)
	mu    sync.Mutex
	errs  []string
}

func newPage(t *testing.T, width, height int) *page {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox, // tests run as root in CI containers, where the sandbox cannot start
		chromedp.DisableGPU, chromedp.WindowSize(width, height), chromedp.UserDataDir(t.TempDir()))
	actx, cancel := chromedp.NewExecAllocator(t.Context(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	ctx, stop := context.WithTimeout(ctx, 45*time.Second)
	t.Cleanup(stop)
	p := &page{ctx: ctx, close: cancel}
	if err := chromedp.Listen(ctx, p.record); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	return p
}

func (p *page) record(ev any) {
	var msg string
	switch e := ev.(type) {
	case *runtime.EventExceptionThrown:
		msg = "exception: " + (&chromedp.ExceptionError{ExceptionDetails: e.ExceptionDetails}).Error()
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
			var args []string
			for _, a := range e.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			msg = "console." + e.Type.String() + ": " + strings.Join(args, " ")
		}
	case *cdplog.EventEntryAdded:
		if e.Entry != nil && e.Entry.Level == cdplog.EntryLevelError {
			msg = fmt.Sprintf("log %s: %s (%s)", e.Entry.Source, e.Entry.Text, e.Entry.URL)
		}
	}
	if msg != "" {
		p.mu.Lock()
		p.errs = append(p.errs, msg)
		p.mu.Unlock()
	}
}

// check fails t on any error the page reported.
func (p *page) check(t *testing.T) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, e := range p.errs {
		t.Errorf("page error: %s", e)
	}
}

func (p *page) do(t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func (p *page) text(t *testing.T, sel string) string {
	t.Helper()
	s, err := chromedp.Run(p.ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

func (p *page) eval(t *testing.T, js string) any {
	t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[any](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// screenshot writes a full-page screenshot to $VERITRAIN_ARTIFACTS (or the test's
// temporary folder).
func (p *page) screenshot(t *testing.T, name string) {
	t.Helper()
	buf, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("VERITRAIN_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// TestBrowserDispute loads the console in headless Chromium over a network whose
// cheating solver lost its dispute: the page lists the failed task, a keyboard user
// reaches it with Tab and Enter, its detail shows the game the challenger won drawn
// level by level, the balances and the slash in the timeline, the feed is live, a
// phone-sized window does not scroll sideways, and nothing logged an error.
func TestBrowserDispute(t *testing.T) {
	chromium(t) // skip before playing the network
	n, id, cheater := playedNetwork(t)
	p := newPage(t, 1280, 900)
	srv := httptest.NewServer(New(Config{Market: readOnly(n), Poll: 200 * time.Millisecond, AllowPrivate: true}))
	defer srv.Close()
	defer p.close()

	p.do(t, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`#tasks a[data-task="%d"]`, id))))
	// the keyboard: the skip link first, then the first task; Enter opens it
	p.do(t, chromedp.KeyEvent("\t"), chromedp.KeyEvent("\t"))
	if focused := p.eval(t, `document.activeElement.dataset.task`); focused != fmt.Sprint(id) {
		t.Fatalf("two tabs focus task %v, want %d", focused, id)
	}
	p.do(t, chromedp.KeyEvent("\r"), chromedp.WaitVisible(chromedp.CSS("#detail .game svg.narrow")),
		chromedp.WaitVisible(chromedp.CSS("#detail svg.curve polyline"))) // the losses, fetched from the solver's server
	if h := p.eval(t, `location.hash`); h != fmt.Sprintf("#task-%d", id) {
		t.Fatalf("hash %v", h)
	}
	detail := p.text(t, "#detail")
	for _, want := range []string{fmt.Sprintf("Task #%d", id), "failed", "challenger won", "Segments checked", "challenged", "commit steps", "gas in all: ", "Training loss", "0 of 2 segments",
		"The pinned operation", "fma(a, b, c)", "the challenger wins", "(bwd.l0.dW)"} {
		if !strings.Contains(detail, want) {
			t.Errorf("detail lacks %q:\n%s", want, detail)
		}
	}
	if pins := p.eval(t, `document.querySelectorAll("#detail svg.narrow rect.pin").length`); pins.(float64) < 2 {
		t.Errorf("%v levels pinned in the drawing", pins)
	}
	if list := p.text(t, "#tasks"); !strings.Contains(list, "checked 1/2") {
		t.Errorf("task list lacks the checks' coverage:\n%s", list)
	}
	if pools := p.text(t, "#pools"); !strings.Contains(pools, "jackpot pool") || !strings.Contains(pools, "in escrow") {
		t.Errorf("pools: %q", pools)
	}
	accounts := p.text(t, "#accounts")
	if !strings.Contains(accounts, cheater) || !strings.Contains(accounts, "slashed") || !strings.Contains(accounts, "2.000000") {
		t.Errorf("balances:\n%s", accounts)
	}
	timeline := p.text(t, "#timeline")
	for _, want := range []string{"Slashed", "DisputeSettled", "TaskPosted"} {
		if !strings.Contains(timeline, want) {
			t.Errorf("timeline lacks %s:\n%s", want, timeline)
		}
	}
	if feed := p.text(t, "#feed"); feed != "live" {
		t.Errorf("feed %q, want live (server-sent events)", feed)
	}
	if hidden := p.eval(t, `document.getElementById("banner").hidden`); hidden != true {
		t.Errorf("banner shown: %s", p.text(t, "#banner"))
	}
	p.screenshot(t, "console-dispute.png")

	// a phone: one column, nothing wider than the screen
	p.do(t, chromedp.EmulateViewport(390, 844))
	if wide := p.eval(t, `document.documentElement.scrollWidth - window.innerWidth`); wide.(float64) > 0 {
		t.Errorf("the page is %v px wider than a phone's screen", wide)
	}
	p.screenshot(t, "console-dispute-phone.png")
	p.check(t)
}

// TestBrowserChainDown: a console whose node does not answer still serves its page,
// which says the chain is unreachable (and keeps retrying) instead of staying blank.
// The browser has no EventSource here: the page falls back to polling.
func TestBrowserChainDown(t *testing.T) {
	p := newPage(t, 1024, 700)
	if _, err := chromedp.Call(p.ctx, cdppage.AddScriptToEvaluateOnNewDocument,
		cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: "delete window.EventSource"}); err != nil {
		t.Fatal(err)
	}
	c, err := ethclient.Dial(closedURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	srv := httptest.NewServer(New(Config{Market: onchain.NewMarket(c, [20]byte{1}, &bind.TransactOpts{}), Poll: 200 * time.Millisecond, Timeout: 2 * time.Second}))
	defer srv.Close()
	defer p.close()
	p.do(t, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.ID("banner")))
	if banner := p.text(t, "#banner"); !strings.Contains(banner, "chain unreachable: ") || !strings.Contains(banner, "retrying") {
		t.Fatalf("banner %q", banner)
	}
	if tasks := p.text(t, "#tasks"); !strings.Contains(tasks, "no data") {
		t.Errorf("task list %q", tasks)
	}
	if feed := p.text(t, "#feed"); feed != "polling" {
		t.Errorf("feed %q, want polling (no EventSource)", feed)
	}
	p.screenshot(t, "console-chain-down.png")
	p.check(t)
}
