package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/gpu"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

func scrape(t *testing.T, h http.Handler) string {
	t.Helper()
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(body)
}

// TestStakeAndGPUGauges: the stake gauges follow the account's market balances after
// a deposit (read from a simulated chain), the task gauge is replaced as a whole, and
// each GPU gets its memory, utilisation and temperature by uuid and name.
func TestStakeAndGPUGauges(t *testing.T) {
	ctx := context.Background()
	sim, err := chain.NewSim(chain.WithAccounts(3))
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	gameAt, _, err := chain.DeployGame(ctx, sim, 0, 4)
	if err != nil {
		t.Fatal(err)
	}
	at, _, err := chain.Deploy(ctx, sim, 0, &taskmarket.TaskMarketMetaData,
		taskmarket.NewTaskMarket().PackConstructor(gameAt, 3600, sim.Accounts()[2].Address, 5000))
	if err != nil {
		t.Fatal(err)
	}
	opts, err := chain.Transactor(ctx, sim, 1)
	if err != nil {
		t.Fatal(err)
	}
	mk := onchain.NewMarket(sim, at, opts)
	m := newDaemonMetrics("solver", nil)
	if err := mk.Deposit(ctx, chain.Ether(3)); err != nil {
		t.Fatal(err)
	}
	if err := m.updateStake(ctx, mk); err != nil {
		t.Fatal(err)
	}
	m.setTasks(map[string]int{"claimed": 2, "disputed": 1})
	m.setTasks(map[string]int{"committed": 1})
	m.setGPUs([]gpu.Device{{Name: "NVIDIA H100", UUID: "GPU-1", MemoryBytes: 80 << 30, UtilizationPct: 97, TemperatureC: 61}})
	body := scrape(t, m.handler())
	acc := mk.Me().Hex()
	for _, want := range []string{
		`veritrain_stake_free_wei{account="` + acc + `"} 3e+18`,
		`veritrain_stake_locked_wei{account="` + acc + `"} 0`,
		`veritrain_solver_tasks{status="committed"} 1`,
		`veritrain_gpu_memory_bytes{name="NVIDIA H100",uuid="GPU-1"} 8.589934592e+10`,
		`veritrain_gpu_utilization_percent{name="NVIDIA H100",uuid="GPU-1"} 97`,
		`veritrain_gpu_temperature_celsius{name="NVIDIA H100",uuid="GPU-1"} 61`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if strings.Contains(body, `status="claimed"`) {
		t.Error("tasks gauge kept a status no longer counted")
	}
}

func TestDaemonMetrics(t *testing.T) {
	m := newDaemonMetrics("verifier", map[string]string{"disputes_won_total": "disputes won"})
	steps := m.counter("verifier", "steps_total", "steps")
	h := m.instrument("verifier", "requests_total", "requests", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusNotFound)
	}))
	m.set("disputes_won_total", 3)
	steps.Add(5)
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/x", nil))

	srv := httptest.NewServer(m.handler())
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		"veritrain_verifier_disputes_won_total 3",
		"veritrain_verifier_steps_total 5",
		`veritrain_verifier_requests_total{code="404"} 1`,
		"go_goroutines",
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}
