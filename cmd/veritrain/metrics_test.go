package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

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
