package browsertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Chromium is the browser's path: Debian's chromium or another Chrome on the PATH.
// Without one t is skipped, except in CI (CI set), where it fails.
func Chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no chromium on the PATH: .ci/run installs Debian's chromium for the browser tests (the console's page)")
	}
	t.Skip("no chromium on the PATH (apt-get install chromium): the browser tests (the console's page) need a real browser")
	return ""
}

// Page is a headless browser tab that records every error the page reports.
type Page struct {
	Ctx   context.Context
	close context.CancelFunc // closes the browser (its event stream holds a server's Close)
	mu    sync.Mutex
	errs  []string
}

// Option sets up a Page.
type Option func(*options)

type options struct{ timeout time.Duration }

// Timeout is the most a Page lives (default 45 s, and never longer than its test).
func Timeout(d time.Duration) Option { return func(o *options) { o.timeout = d } }

// New opens a tab width×height.
func New(t testing.TB, width, height int, opt ...Option) *Page {
	t.Helper()
	o := options{timeout: 45 * time.Second}
	for _, f := range opt {
		f(&o)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(Chromium(t)),
		chromedp.NoSandbox, // tests run as root in CI containers, where the sandbox cannot start
		chromedp.DisableGPU, chromedp.WindowSize(width, height), chromedp.UserDataDir(t.TempDir()))
	actx, cancel := chromedp.NewExecAllocator(t.Context(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	ctx, stop := context.WithTimeout(ctx, o.timeout)
	t.Cleanup(stop)
	p := &Page{Ctx: ctx, close: cancel}
	if err := chromedp.Listen(ctx, p.record); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	return p
}

// Close closes the browser.
func (p *Page) Close() { p.close() }

func (p *Page) record(ev any) {
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

// Check fails t on any error the page reported.
func (p *Page) Check(t testing.TB) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, e := range p.errs {
		t.Errorf("page error: %s", e)
	}
}

// Do runs steps, failing t on an error.
func (p *Page) Do(t testing.TB, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(p.Ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// Text is the text of the first element sel matches.
func (p *Page) Text(t testing.TB, sel string) string {
	t.Helper()
	s, err := chromedp.Run(p.Ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

// Eval is the value of JavaScript expression js.
func (p *Page) Eval(t testing.TB, js string) any {
	t.Helper()
	v, err := chromedp.Run(p.Ctx, chromedp.Evaluate[any](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// Screenshot writes a full-page screenshot named name to $VERITRAIN_ARTIFACTS (or the
// test's temporary folder).
func (p *Page) Screenshot(t testing.TB, name string) {
	t.Helper()
	buf, err := chromedp.Run(p.Ctx, chromedp.FullScreenshot(100))
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
