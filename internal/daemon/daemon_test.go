package daemon_test

import (
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/internal/daemon"
)

func inBounds() taskmarket.TaskMarketTask {
	return taskmarket.TaskMarketTask{
		Spec:  taskmarket.TaskMarketSpec{Steps: 8, Interval: 4, NumNodes: 10, StateDepth: 3},
		Terms: taskmarket.TaskMarketTerms{SolverStake: big.NewInt(1), ChallengerBond: big.NewInt(1), CommitWindow: 86400, ChallengeWindow: 86400, GameClock: 3600},
	}
}

// TestCheckTask: every size and window a submitter chooses is checked against the
// protocol bounds (and the daemon's step limit) before anything is allocated by it.
func TestCheckTask(t *testing.T) {
	for _, c := range []struct {
		name     string
		mut      func(*taskmarket.TaskMarketTask)
		maxSteps uint64
		ok       bool
	}{
		{"in bounds", func(*taskmarket.TaskMarketTask) {}, 0, true},
		{"2^62 steps", func(t *taskmarket.TaskMarketTask) { t.Spec.Steps, t.Spec.Interval = 1<<62, 1<<42 }, 0, false},
		{"zero steps", func(t *taskmarket.TaskMarketTask) { t.Spec.Steps = 0 }, 0, false},
		{"zero interval", func(t *taskmarket.TaskMarketTask) { t.Spec.Interval = 0 }, 0, false},
		{"interval not dividing", func(t *taskmarket.TaskMarketTask) { t.Spec.Interval = 3 }, 0, false},
		{"interval too long", func(t *taskmarket.TaskMarketTask) { t.Spec.Steps, t.Spec.Interval = 1<<22, 1<<22 }, 1 << 23, false},
		{"too many checkpoints", func(t *taskmarket.TaskMarketTask) { t.Spec.Steps, t.Spec.Interval = 8192, 1 }, 0, false},
		{"over the daemon's steps", func(t *taskmarket.TaskMarketTask) { t.Spec.Steps, t.Spec.Interval = 1<<21, 1<<10 }, 0, false},
		{"under a raised step limit", func(t *taskmarket.TaskMarketTask) { t.Spec.Steps, t.Spec.Interval = 1<<21, 1<<10 }, 1 << 21, true},
		{"no nodes", func(t *taskmarket.TaskMarketTask) { t.Spec.NumNodes = 0 }, 0, false},
		{"too many nodes", func(t *taskmarket.TaskMarketTask) { t.Spec.NumNodes = model.MaxNodes + 1 }, 0, false},
		{"state too deep", func(t *taskmarket.TaskMarketTask) { t.Spec.StateDepth = model.MaxStateDepth + 1 }, 0, false},
		{"commit window 59 s", func(t *taskmarket.TaskMarketTask) { t.Terms.CommitWindow = 59 }, 0, false},
		{"game clock near 2^64", func(t *taskmarket.TaskMarketTask) { t.Terms.GameClock = 1<<64 - 1 }, 0, false},
		{"challenge window over a year", func(t *taskmarket.TaskMarketTask) { t.Terms.ChallengeWindow = 366 * 86400 }, 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			tk := inBounds()
			c.mut(&tk)
			err := daemon.CheckTask(tk, c.maxSteps)
			if (err == nil) != c.ok || (err != nil && !errors.Is(err, daemon.ErrOutOfBounds)) {
				t.Fatalf("CheckTask: %v, want ok %v", err, c.ok)
			}
		})
	}
}

func TestCheckPublic(t *testing.T) {
	for _, c := range []struct {
		ip string
		ok bool
	}{
		{"8.8.8.8", true}, {"2001:4860:4860::8888", true},
		{"127.0.0.1", false}, {"::1", false}, {"10.1.2.3", false}, {"172.16.0.1", false}, {"192.168.1.1", false},
		{"169.254.169.254", false}, {"fe80::1", false}, {"fc00::1", false}, {"0.0.0.0", false}, {"::", false},
		{"224.0.0.1", false}, {"ff02::1", false}, {"100.64.0.1", false}, {"::ffff:127.0.0.1", false}, {"::ffff:10.0.0.1", false},
	} {
		if err := daemon.CheckPublic(netip.MustParseAddr(c.ip)); (err == nil) != c.ok {
			t.Errorf("%s: %v, want ok %v", c.ip, err, c.ok)
		}
	}
}

// TestHTTPClientRefusesPrivate: the daemons' client refuses a server on a loopback
// address, named by address or by a name that resolves to it (the check is on the
// resolved address, when dialling, so a name that resolves elsewhere when first
// looked up cannot get through), unless the dev flag allows it.
func TestHTTPClientRefusesPrivate(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok")) }))
	defer srv.Close()
	byName := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
	for _, c := range []struct {
		name  string
		allow bool
		url   string
		ok    bool
	}{
		{"loopback refused", false, srv.URL, false},
		{"a name resolving to loopback refused", false, byName, false},
		{"loopback with the dev flag", true, srv.URL, true},
		{"a name with the dev flag", true, byName, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp, err := daemon.HTTPClient(c.allow, 0).Get(c.url)
			if err == nil {
				resp.Body.Close()
			}
			if (err == nil) != c.ok || (err != nil && !errors.Is(err, daemon.ErrPrivateAddress)) {
				t.Fatalf("GET %s: %v, want ok %v", c.url, err, c.ok)
			}
		})
	}
}
