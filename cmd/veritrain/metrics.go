package main

import (
	"context"
	"log/slog"
	"math/big"
	"net/http"
	"runtime/debug"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/veritrain/veritrain/gpu"
	"github.com/veritrain/veritrain/gpu/nvml"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// daemonMetrics exposes a daemon's counts on /metrics. The daemon's own counters are
// plain ints updated on its tick goroutine; they are copied into atomics after each tick
// (on that goroutine), so a scrape never races with the daemon.
type daemonMetrics struct {
	reg    *prometheus.Registry
	counts map[string]*atomic.Int64
	// stake: the account's balances on the market in wei (free: deposited and not
	// locked; locked: held as solver stakes and challenger bonds), by account
	free, locked *prometheus.GaugeVec
	// tasks: the daemon's tasks by on-chain status
	tasks *prometheus.GaugeVec
	// gpus: each GPU's memory, utilisation and temperature, by uuid and name
	gpuMem, gpuUtil, gpuTemp *prometheus.GaugeVec
}

func newDaemonMetrics(role string, names map[string]string) *daemonMetrics {
	m := &daemonMetrics{reg: prometheus.NewRegistry(), counts: map[string]*atomic.Int64{}}
	m.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	gauge := func(sub, name, help string, labels ...string) *prometheus.GaugeVec {
		g := prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "veritrain", Subsystem: sub, Name: name, Help: help}, labels)
		m.reg.MustRegister(g)
		return g
	}
	m.free = gauge("stake", "free_wei", "the account's free balance on the market (wei): deposited, not locked", "account")
	m.locked = gauge("stake", "locked_wei", "the account's locked balance on the market (wei): stakes and bonds at risk", "account")
	m.tasks = gauge(role, "tasks", "the daemon's tasks by on-chain status", "status")
	m.gpuMem = gauge("gpu", "memory_bytes", "GPU memory (bytes)", "uuid", "name")
	m.gpuUtil = gauge("gpu", "utilization_percent", "GPU utilisation (percent of the last sample period)", "uuid", "name")
	m.gpuTemp = gauge("gpu", "temperature_celsius", "GPU temperature (degrees Celsius)", "uuid", "name")
	for name, help := range names {
		v := new(atomic.Int64)
		m.counts[name] = v
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{
			Namespace: "veritrain", Subsystem: role, Name: name, Help: help,
		}, func() float64 { return float64(v.Load()) }))
	}
	return m
}

// set records the daemon's current count for name (called after each tick).
func (m *daemonMetrics) set(name string, v int) { m.counts[name].Store(int64(v)) }

// counter registers and returns a counter updated directly (safe from any goroutine).
func (m *daemonMetrics) counter(role, name, help string) prometheus.Counter {
	c := prometheus.NewCounter(prometheus.CounterOpts{Namespace: "veritrain", Subsystem: role, Name: name, Help: help})
	m.reg.MustRegister(c)
	return c
}

// instrument counts a handler's responses by status code.
func (m *daemonMetrics) instrument(role, name, help string, h http.Handler) http.Handler {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "veritrain", Subsystem: role, Name: name, Help: help}, []string{"code"})
	m.reg.MustRegister(c)
	return promhttp.InstrumentHandlerCounter(c, h)
}

func (m *daemonMetrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// wei is a balance as a gauge value (float64 keeps 15 significant digits: ample for a
// glance at a stake).
func wei(x *big.Int) float64 {
	f, _ := new(big.Float).SetInt(x).Float64()
	return f
}

// updateStake reads the market account's free and locked balances into the stake
// gauges (called after each tick).
func (m *daemonMetrics) updateStake(ctx context.Context, mk *onchain.Market) error {
	free, err := mk.Free(ctx, mk.Me())
	if err != nil {
		return err
	}
	locked, err := mk.Locked(ctx, mk.Me())
	if err != nil {
		return err
	}
	acc := mk.Me().Hex()
	m.free.WithLabelValues(acc).Set(wei(free))
	m.locked.WithLabelValues(acc).Set(wei(locked))
	return nil
}

// setTasks replaces the tasks-by-status gauge with counts.
func (m *daemonMetrics) setTasks(counts map[string]int) {
	m.tasks.Reset()
	for st, n := range counts {
		m.tasks.WithLabelValues(st).Set(float64(n))
	}
}

// setGPUs records each device's sample.
func (m *daemonMetrics) setGPUs(devs []gpu.Device) {
	for _, d := range devs {
		m.gpuMem.WithLabelValues(d.UUID, d.Name).Set(float64(d.MemoryBytes))
		m.gpuUtil.WithLabelValues(d.UUID, d.Name).Set(float64(d.UtilizationPct))
		m.gpuTemp.WithLabelValues(d.UUID, d.Name).Set(float64(d.TemperatureC))
	}
}

// gpuRefresh is how often the GPU gauges are sampled again.
const gpuRefresh = 15 * time.Second

// noticeGPUs finds the GPUs, logs each (or, once, that training runs on the CPU
// kernels), records them in the gauges and keeps sampling them until ctx is done. It
// returns the devices found at start, for the on-chain announcement.
func (m *daemonMetrics) noticeGPUs(ctx context.Context, log *slog.Logger) []gpu.Device {
	devs, err := nvml.Detect()
	if err != nil || len(devs) == 0 {
		log.Info("no NVIDIA GPU found: training on the CPU kernels", "why", errText(err))
		return nil
	}
	for _, d := range devs {
		log.Info("GPU", "index", d.Index, "name", d.Name, "uuid", d.UUID, "memory_bytes", d.MemoryBytes,
			"utilization_pct", d.UtilizationPct, "temperature_c", d.TemperatureC)
	}
	m.setGPUs(devs)
	go func() {
		t := time.NewTicker(gpuRefresh)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if d, err := nvml.Detect(); err == nil {
					m.setGPUs(d)
				}
			}
		}
	}()
	return devs
}

func errText(err error) string {
	if err == nil {
		return "no devices"
	}
	return err.Error()
}

// buildVersion is the binary's module version and VCS revision, for announcements.
func buildVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += "+" + s.Value[:12]
		}
	}
	return v
}
