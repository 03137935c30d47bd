package main

import (
	"net/http"
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// daemonMetrics exposes a daemon's counts on /metrics. The daemon's own counters are
// plain ints updated on its tick goroutine; they are copied into atomics after each tick
// (on that goroutine), so a scrape never races with the daemon.
type daemonMetrics struct {
	reg    *prometheus.Registry
	counts map[string]*atomic.Int64
}

func newDaemonMetrics(role string, names map[string]string) *daemonMetrics {
	m := &daemonMetrics{reg: prometheus.NewRegistry(), counts: map[string]*atomic.Int64{}}
	m.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
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
