package console

import (
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/veritrain/veritrain/internal/browsertest"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// TestBrowserDispute loads the console in headless Chromium over a network whose
// cheating solver lost its dispute: the page lists the failed task, a keyboard user
// reaches it with Tab and Enter, its detail shows the game the challenger won drawn
// level by level, the balances and the slash in the timeline, the feed is live, a
// phone-sized window does not scroll sideways, and nothing logged an error.
func TestBrowserDispute(t *testing.T) {
	browsertest.Chromium(t) // skip before playing the network
	n, id, cheater := playedNetwork(t)
	p := browsertest.New(t, 1280, 900)
	srv := httptest.NewServer(New(Config{Market: readOnly(n), Poll: 200 * time.Millisecond, AllowPrivate: true}))
	defer srv.Close()
	defer p.Close()

	p.Do(t, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`#tasks a[data-task="%d"]`, id))))
	// the keyboard: the skip link first, then the first task; Enter opens it
	p.Do(t, chromedp.KeyEvent("\t"), chromedp.KeyEvent("\t"))
	if focused := p.Eval(t, `document.activeElement.dataset.task`); focused != fmt.Sprint(id) {
		t.Fatalf("two tabs focus task %v, want %d", focused, id)
	}
	p.Do(t, chromedp.KeyEvent("\r"), chromedp.WaitVisible(chromedp.CSS("#detail .game svg.narrow")),
		chromedp.WaitVisible(chromedp.CSS("#detail svg.curve polyline"))) // the losses, fetched from the solver's server
	if h := p.Eval(t, `location.hash`); h != fmt.Sprintf("#task-%d", id) {
		t.Fatalf("hash %v", h)
	}
	detail := p.Text(t, "#detail")
	for _, want := range []string{fmt.Sprintf("Task #%d", id), "failed", "challenger won", "Segments checked", "challenged", "commit steps", "gas in all: ", "Training loss", "0 of 2 segments",
		"1 of 2 segments checked, 0 vouched for", "checkpoint at its end", "dispute: challenger won", "The solver posted 3 checkpoints",
		"The pinned operation", "fma(a, b, c)", "the challenger wins", "(bwd.l0.dW)"} {
		if !strings.Contains(detail, want) {
			t.Errorf("detail lacks %q:\n%s", want, detail)
		}
	}
	if pins := p.Eval(t, `document.querySelectorAll("#detail svg.narrow rect.pin").length`); pins.(float64) < 2 {
		t.Errorf("%v levels pinned in the drawing", pins)
	}
	if list := p.Text(t, "#tasks"); !strings.Contains(list, "checked 1/2") || !strings.Contains(list, "solver "+cheater[:6]) {
		t.Errorf("task list lacks the checks' coverage:\n%s", list)
	}
	if pools := p.Text(t, "#pools"); !strings.Contains(pools, "jackpot pool") || !strings.Contains(pools, "in escrow") {
		t.Errorf("pools: %q", pools)
	}
	accounts := p.Text(t, "#accounts")
	if !strings.Contains(accounts, cheater) || !strings.Contains(accounts, "slashed") || !strings.Contains(accounts, "2.000000") {
		t.Errorf("balances:\n%s", accounts)
	}
	timeline := p.Text(t, "#timeline")
	for _, want := range []string{"Slashed", "DisputeSettled", "TaskPosted", "was slashed 2.000000 ETH: 1.000000 ETH to ", "settled: the challenger won"} {
		if !strings.Contains(timeline, want) {
			t.Errorf("timeline lacks %s:\n%s", want, timeline)
		}
	}
	// the timeline's filters: slashes alone, then the cheater's events alone (pressing
	// its address in the balances), then everything again
	p.Do(t, chromedp.Click(chromedp.CSS(`#filters button[data-filter="slashes"]`)))
	if kinds := p.Eval(t, `[...document.querySelectorAll("#timeline li")].map((li) => li.className).join(" ")`); kinds != "kind-slash" {
		t.Errorf("the slashes filter shows %q, want the one slash", kinds)
	}
	p.Do(t, chromedp.Click(chromedp.CSS(`#filters button[data-filter="all"]`)),
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`#accounts button.addr[title$=%q]`, cheater))), chromedp.WaitVisible(chromedp.CSS("#filters .who")))
	only := p.Eval(t, fmt.Sprintf(`(() => { const lis = [...document.querySelectorAll("#timeline li")];
		return lis.length > 0 && lis.every((li) => [...li.querySelectorAll("[title]")].some((e) => e.title.toLowerCase() === %q)) && lis.length; })()`,
		strings.ToLower(cheater)))
	if n, ok := only.(float64); !ok || n < 2 {
		t.Errorf("the cheater's events: %v (want every one shown naming it, at least its claim and its slash)", only)
	}
	p.Do(t, chromedp.Click(chromedp.CSS("#filters .who")))
	if again := p.Text(t, "#timeline"); again != timeline {
		t.Errorf("the timeline after clearing its filters differs:\n%s\nwant\n%s", again, timeline)
	}
	if feed := p.Text(t, "#feed"); feed != "live" {
		t.Errorf("feed %q, want live (server-sent events)", feed)
	}
	if hidden := p.Eval(t, `document.getElementById("banner").hidden`); hidden != true {
		t.Errorf("banner shown: %s", p.Text(t, "#banner"))
	}
	// every checkpoint, asked for when unfolded
	p.Do(t, chromedp.Click(chromedp.CSS(fmt.Sprintf(`#detail summary[data-key="checkpoints:%d"]`, id))),
		chromedp.WaitVisible(chromedp.CSS("#detail details.checkpoints table")))
	if cps := p.Text(t, "#detail details.checkpoints"); !strings.Contains(cps, "after step") || strings.Count(cps, "0x") != 3 {
		t.Errorf("the task's checkpoints: %q", cps)
	}
	p.Screenshot(t, "console-dispute.png")

	// a phone: one column, nothing wider than the screen
	p.Do(t, chromedp.EmulateViewport(390, 844))
	if wide := p.Eval(t, `document.documentElement.scrollWidth - window.innerWidth`); wide.(float64) > 0 {
		t.Errorf("the page is %v px wider than a phone's screen", wide)
	}
	p.Screenshot(t, "console-dispute-phone.png")
	p.Check(t)
}

// TestBrowserChainDown: a console whose node does not answer still serves its page,
// which says the chain is unreachable (and keeps retrying) instead of staying blank.
// The browser has no EventSource here: the page falls back to polling.
func TestBrowserChainDown(t *testing.T) {
	p := browsertest.New(t, 1024, 700)
	if _, err := chromedp.Call(p.Ctx, cdppage.AddScriptToEvaluateOnNewDocument,
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
	defer p.Close()
	p.Do(t, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.ID("banner")))
	if banner := p.Text(t, "#banner"); !strings.Contains(banner, "chain unreachable: ") || !strings.Contains(banner, "retrying") {
		t.Fatalf("banner %q", banner)
	}
	if tasks := p.Text(t, "#tasks"); !strings.Contains(tasks, "no data") {
		t.Errorf("task list %q", tasks)
	}
	if feed := p.Text(t, "#feed"); feed != "polling" {
		t.Errorf("feed %q, want polling (no EventSource)", feed)
	}
	p.Screenshot(t, "console-chain-down.png")
	p.Check(t)
}
