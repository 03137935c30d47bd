package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/internal/netsim"
)

// serveSim serves the simulated chain's JSON-RPC over HTTP, so that the commands run
// in-process dial it with --rpc as they would a node: calls go to the simulated node,
// and a raw transaction is sent through the Sim (sealed at once, as auto-mining does).
func serveSim(t *testing.T, sim *chain.Sim) string {
	t.Helper()
	// the simulated client embeds an *ethclient.Client (an exported field of an
	// unexported type): its raw RPC client reaches the node's every method
	raw := reflect.ValueOf(sim.Client).FieldByName("Client").Interface().(*ethclient.Client).Client()
	type rpcErr struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    any    `json:"data,omitempty"`
	}
	type req struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	type resp struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Result  json.RawMessage `json:"result,omitempty"`
		Error   *rpcErr         `json:"error,omitempty"`
	}
	answer := func(r *http.Request, q req) resp {
		out := resp{JSONRPC: "2.0", ID: q.ID}
		var err error
		if q.Method == "eth_sendRawTransaction" && len(q.Params) == 1 {
			var b hexutil.Bytes
			tx := new(types.Transaction)
			if err = json.Unmarshal(q.Params[0], &b); err == nil {
				if err = tx.UnmarshalBinary(b); err == nil {
					if err = sim.SendTransaction(r.Context(), tx); err == nil {
						out.Result, _ = json.Marshal(tx.Hash())
					}
				}
			}
		} else {
			params := make([]any, len(q.Params))
			for i, p := range q.Params {
				params[i] = p
			}
			var res json.RawMessage
			if err = raw.CallContext(r.Context(), &res, q.Method, params...); err == nil {
				out.Result = res
				if len(res) == 0 {
					out.Result = json.RawMessage("null")
				}
			}
		}
		if err != nil {
			e := &rpcErr{Code: -32000, Message: err.Error()}
			var re rpc.Error
			if errors.As(err, &re) {
				e.Code, e.Message = re.ErrorCode(), re.Error()
			}
			var de rpc.DataError
			if errors.As(err, &de) {
				e.Data = de.ErrorData()
			}
			out.Error = e
		}
		return out
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if body = bytes.TrimSpace(body); len(body) > 0 && body[0] == '[' {
			var qs []req
			if err := json.Unmarshal(body, &qs); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			out := make([]resp, len(qs))
			for i, q := range qs {
				out[i] = answer(r, q)
			}
			json.NewEncoder(w).Encode(out)
			return
		}
		var q req
		if err := json.Unmarshal(body, &q); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		json.NewEncoder(w).Encode(answer(r, q))
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// hangingEndpoint accepts TCP connections and never answers; it returns its address.
func hangingEndpoint(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return ln.Addr().String()
}

// newNet is a simulated network with the contracts deployed and no party, served at
// the returned URL.
func newNet(t *testing.T) (*netsim.Network, string) {
	t.Helper()
	n, err := netsim.New(t.Context(), netsim.Config{Treasury: tnTreasury})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return n, serveSim(t, n.Sim)
}

// TestMarketStartupCheck: every command that takes --market checks at start that it
// holds the market. An empty address and the game's address are usage errors (exit 2)
// naming the address, found before any transaction: a solver pointed there sends none.
func TestMarketStartupCheck(t *testing.T) {
	n, url := newNet(t)
	empty := common.HexToAddress("0x00000000000000000000000000000000000000e1").Hex()
	me := chain.DeterministicAccount(2).Address
	nonce0, err := n.Sim.NonceAt(t.Context(), me, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, at := range []string{empty, n.Game.Hex(), me.Hex()} {
		for _, args := range [][]string{
			{"status"},
			{"fetch", "1"},
			{"submit", "--model", "synthetic-relu", "--steps", "8", "--interval", "4", "--key", keyHex(2)},
			{"solver", "--key", keyHex(2), "--listen", "127.0.0.1:0", "--dir", t.TempDir(), "--poll", "10ms"},
			{"verifier", "--key", keyHex(2), "--listen", "127.0.0.1:0", "--attest-dir", t.TempDir()},
			{"whistleblower", "--key", keyHex(2), "--listen", "127.0.0.1:0"},
		} {
			args = append(args, "--rpc", url, "--market", at)
			_, err := execute(t, args...)
			t.Logf("%s: %v", args[0], err)
			if !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), at) {
				t.Errorf("%v: %v, want a usage error naming %s", args[:2], err, at)
			}
		}
	}
	if nonce, err := n.Sim.NonceAt(t.Context(), me, nil); err != nil || nonce != nonce0 {
		t.Fatalf("nonce %d (%v) after the refused starts, want %d: a transaction was sent", nonce, err, nonce0)
	}
	// the market itself passes
	out, err := execute(t, "status", "--rpc", url, "--market", n.Market.Hex(), "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rep statusReport
	lastJSON(t, out, &rep)
	if rep.Market != n.Market.Hex() || rep.Count != 0 {
		t.Fatalf("status %+v", rep)
	}
}

// TestRPCTimeout: an endpoint that accepts connections and never answers makes status,
// fetch, submit and deploy fail within --rpc-timeout (or VERITRAIN_RPC_TIMEOUT), with an
// error naming the endpoint and the timeout; an endpoint that is down is named too.
func TestRPCTimeout(t *testing.T) {
	hang := "http://" + hangingEndpoint(t)
	m := "0x" + strings.Repeat("ab", 20)
	for _, args := range [][]string{
		{"status", "--market", m},
		{"fetch", "1", "--market", m},
		{"submit", "--model", "synthetic-relu", "--market", m, "--key", keyHex(2)},
		{"deploy", "--key", keyHex(2)},
	} {
		start := time.Now()
		_, err := execute(t, append(args, "--rpc", hang, "--rpc-timeout", "300ms")...)
		t.Logf("%s: %v", args[0], err)
		if took := time.Since(start); took > 10*time.Second {
			t.Errorf("%v took %v with --rpc-timeout 300ms", args[:1], took)
		}
		if err == nil || !strings.Contains(err.Error(), hang) || !strings.Contains(err.Error(), "--rpc-timeout 300ms") ||
			errors.As(err, new(usageError)) {
			t.Errorf("%v: %v, want a failure naming %s and the timeout", args[:1], err, hang)
		}
		if strings.Count(err.Error(), hang) != 1 {
			t.Errorf("%v: the endpoint is named more than once: %v", args[:1], err)
		}
	}
	t.Setenv("VERITRAIN_RPC_TIMEOUT", "200ms")
	t.Setenv("VERITRAIN_RPC", hang)
	if _, err := execute(t, "status", "--market", m); err == nil || !strings.Contains(err.Error(), "--rpc-timeout 200ms") {
		t.Errorf("status with VERITRAIN_RPC_TIMEOUT: %v", err)
	}
	// a closed port: refused, named
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	down := "http://" + ln.Addr().String()
	ln.Close()
	if _, err := execute(t, "status", "--rpc", down, "--market", m); err == nil || strings.Count(err.Error(), down) != 1 ||
		errors.As(err, new(usageError)) {
		t.Errorf("status on a closed port: %v", err)
	}
}

// TestRPCURL: an endpoint without a scheme gets the suggestion of http://; a wrong
// scheme is named; an IPC path is accepted.
func TestRPCURL(t *testing.T) {
	for raw, want := range map[string]string{
		"127.0.0.1:8545": "did you mean http://127.0.0.1:8545",
		"localhost:8545": "did you mean http://localhost:8545",
		":8545":          "did you mean http://127.0.0.1:8545",
		"ftp://x:1":      `scheme "ftp"`,
		"http://":        "no host",
	} {
		err := checkRPCURL(raw)
		if !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want a usage error saying %q", raw, err, want)
		}
	}
	for _, ok := range []string{"http://127.0.0.1:8545", "https://node.example.org/v3/x", "ws://127.0.0.1:8546", "/tmp/geth.ipc", "geth.ipc"} {
		if err := checkRPCURL(ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	_, err := execute(t, "status", "--rpc", "127.0.0.1:8545", "--market", "0x"+strings.Repeat("ab", 20))
	if !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), "http://127.0.0.1:8545") {
		t.Errorf("status --rpc 127.0.0.1:8545: %v", err)
	}
}
