package store

import (
	"bufio"
	"context"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/veritrain/veritrain/checkpoint"
)

// noisyState is a state of n incompressible floats: its blob is about 4n bytes.
func noisyState(n int) *checkpoint.State {
	r := rand.New(rand.NewPCG(7, 8))
	data := make([]float32, n)
	for i := range data {
		data[i] = r.Float32()
	}
	return &checkpoint.State{Step: 3, Tensors: []checkpoint.Tensor{{Name: "w", Shape: []int{n}, Data: data}}}
}

// TestServerVerifiesOnce: a blob is verified when the store writes it (or, in a new
// process, on its first request), never again per request: 20 requests, Range
// requests among them, decode nothing; after a restart, only each blob's first request
// decodes (its chain). A
// file changed on disk since is verified again and, corrupt, not served.
func TestServerVerifiesOnce(t *testing.T) {
	ctx := context.Background()
	remote, dir := openStore(t)
	r0, err := remote.Put(ctx, toy[0])
	if err != nil {
		t.Fatal(err)
	}
	r1, err := remote.PutDelta(ctx, toy[1], r0)
	if err != nil {
		t.Fatal(err)
	}
	blob1, err := os.ReadFile(remote.path(r1))
	if err != nil {
		t.Fatal(err)
	}
	requests := func(t *testing.T, st *Store) {
		t.Helper()
		srv := serverWith(t, NewHandler(st, quiet))
		for i := range 20 {
			root := [][32]byte{r0, r1}[i%2]
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+PathPrefix+hex.EncodeToString(root[:]), nil)
			if err != nil {
				t.Fatal(err)
			}
			want := http.StatusOK
			if i%4 >= 2 {
				req.Header.Set("Range", "bytes=10-19")
				want = http.StatusPartialContent
			}
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != want {
				t.Fatalf("request %d: status %d, want %d", i, resp.StatusCode, want)
			}
		}
		if _, err := (&Client{BaseURL: srv.URL, Log: quiet}).Fetch(ctx, r1); err != nil {
			t.Fatal(err)
		}
	}

	remote.codec.decodes.Store(0)
	requests(t, remote)
	if n := remote.codec.decodes.Load(); n != 0 {
		t.Errorf("20 requests after the writes decoded %d blobs, want 0", n)
	}

	// A new process: each blob of the chain is verified once, on its first request.
	again, err := Open(dir, WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	requests(t, again)
	// r0 when first asked for, then r1 and (to undo the delta) r0 again.
	if n := again.codec.decodes.Load(); n != 3 {
		t.Errorf("20 requests after a restart decoded %d blobs, want 3 (each blob's first request)", n)
	}

	// The delta's file rewritten in place with a flipped byte (a later time, so that
	// the change shows whatever the file system's clock granularity).
	bad := append([]byte(nil), blob1...)
	bad[len(bad)/2] ^= 1
	if err := os.WriteFile(again.path(r1), bad, 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(again.path(r1), later, later); err != nil {
		t.Fatal(err)
	}
	srv := serverWith(t, NewHandler(again, quiet))
	resp, err := srv.Client().Get(srv.URL + PathPrefix + hex.EncodeToString(r1[:]))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusInternalServerError {
		t.Errorf("corrupted after verification: status %d, want 500", resp.StatusCode)
	}
}

// limitedServer serves st on 127.0.0.1 behind l, with small socket send buffers so
// that a client that does not read blocks the server's writes after a few KiB of a
// 2 MiB blob (as a large blob would over any buffers).
func limitedServer(t *testing.T, st *Store, l Limits) (url string, lim *Limiter) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := NewLimitedHTTPServer(NewHandler(st, quiet), l)
	hs.ErrorLog = nil
	go hs.Serve(smallBufListener{ln})
	t.Cleanup(func() { hs.Close() })
	return "http://" + ln.Addr().String(), hs.Handler.(*Limiter)
}

type smallBufListener struct{ net.Listener }

func (l smallBufListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if tc, ok := c.(*net.TCPConn); ok {
		tc.SetWriteBuffer(8 << 10)
	}
	return c, err
}

// greedyGet sends GET path from the loopback address from and reads only the response
// head, never the body: the request holds its slot for as long as the server lets it.
func greedyGet(t *testing.T, url, path, from string) (*http.Response, net.Conn) {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: 10 * time.Second}
	c, err := d.Dial("tcp", url[len("http://"):])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	c.(*net.TCPConn).SetReadBuffer(4 << 10)
	c.SetDeadline(time.Now().Add(30 * time.Second)) // liveness only
	if _, err := fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: x\r\n\r\n", path); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReaderSize(c, 512), nil)
	if err != nil {
		t.Fatal(err)
	}
	return resp, c
}

// clientFrom is a Client whose connections come from the loopback address from.
func clientFrom(url, from string) *Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: 10 * time.Second}
	return &Client{BaseURL: url, Log: quiet, HTTP: &http.Client{Transport: &http.Transport{DialContext: d.DialContext}}}
}

// waitFor polls cond until it holds or a generous bound passes (liveness only).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("still waiting for %s", what)
		}
	}
}

// TestServerGreedyClient plays a challenger that opens many transfers of a large blob
// and reads none of them, against a server with 4 slots, 2 per client: it holds 2, its
// other requests are refused with 429 and Retry-After, and another client fetches the
// checkpoint meanwhile. When two greedy addresses fill every slot, the next client is
// told 503 and gets the checkpoint once they let go (Client waits out Retry-After).
func TestServerGreedyClient(t *testing.T) {
	ctx := context.Background()
	remote, _ := openStore(t)
	st := noisyState(512 << 10) // a 2 MiB blob
	root, err := remote.Put(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	url, lim := limitedServer(t, remote, Limits{MaxInFlight: 4, MaxPerClient: 2})
	path := PathPrefix + hex.EncodeToString(root[:])

	var held []net.Conn
	statuses := map[int]int{}
	for range 6 {
		resp, c := greedyGet(t, url, path, "127.0.0.2")
		statuses[resp.StatusCode]++
		if resp.StatusCode == http.StatusOK {
			held = append(held, c)
		} else if resp.Header.Get("Retry-After") == "" {
			t.Errorf("status %d without Retry-After", resp.StatusCode)
		}
	}
	if statuses[http.StatusOK] != 2 || statuses[http.StatusTooManyRequests] != 4 {
		t.Fatalf("greedy client's 6 requests: statuses %v, want 2 served and 4 refused with 429", statuses)
	}
	if total, mine := lim.InFlight("127.0.0.2"); total != 2 || mine != 2 {
		t.Fatalf("in flight %d, greedy %d; want 2 and 2", total, mine)
	}
	// While the greedy client holds its slots, another fetches the whole checkpoint.
	got, err := clientFrom(url, "127.0.0.3").Fetch(ctx, root)
	if err != nil {
		t.Fatalf("honest fetch while the greedy client holds its slots: %v", err)
	}
	if got.Hash() != root {
		t.Fatal("fetched another state")
	}

	// A second greedy address takes the last 2 slots: the server is full.
	for range 2 {
		if resp, c := greedyGet(t, url, path, "127.0.0.4"); resp.StatusCode == http.StatusOK {
			held = append(held, c)
		}
	}
	waitFor(t, "4 transfers in flight", func() bool { total, _ := lim.InFlight(""); return total == 4 })
	resp, _ := greedyGet(t, url, path, "127.0.0.3")
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("full server: status %d, Retry-After %q; want 503 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	done := make(chan error, 1)
	go func() {
		_, err := clientFrom(url, "127.0.0.3").Fetch(ctx, root)
		done <- err
	}()
	for _, c := range held {
		c.Close()
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("fetch after the greedy clients let go: %v", err)
		}
	case <-time.After(60 * time.Second): // liveness only
		t.Fatal("fetch did not finish after the greedy clients let go")
	}
}

// TestServerCutsSlowReader: a client that stops reading loses its slot once it falls
// behind the minimum rate (here 1 MiB/s after 200 ms), instead of holding it forever.
func TestServerCutsSlowReader(t *testing.T) {
	ctx := context.Background()
	remote, _ := openStore(t)
	root, err := remote.Put(ctx, noisyState(512<<10))
	if err != nil {
		t.Fatal(err)
	}
	url, lim := limitedServer(t, remote, Limits{MaxPerClient: 1, MinRate: 1 << 20, StallTimeout: 200 * time.Millisecond})
	resp, _ := greedyGet(t, url, PathPrefix+hex.EncodeToString(root[:]), "127.0.0.2")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	waitFor(t, "the slow reader's slot to be freed", func() bool { total, _ := lim.InFlight(""); return total == 0 })
	if _, err := clientFrom(url, "127.0.0.2").Fetch(ctx, root); err != nil {
		t.Fatalf("the same client, reading now: %v", err)
	}
}

// TestClientKey: IPv4 clients count per address, IPv6 clients per /64.
func TestClientKey(t *testing.T) {
	for in, want := range map[string]string{
		"127.0.0.2:5000":            "127.0.0.2",
		"[::ffff:10.0.0.1]:1":       "10.0.0.1",
		"[2001:db8:1:2:3:4:5:6]:80": "2001:db8:1:2::/64",
		"[2001:db8:1:2:ff::1]:81":   "2001:db8:1:2::/64",
		"[fe80::1%eth0]:1":          "fe80::/64",
		"pipe":                      "pipe",
	} {
		if got := clientKey(in); got != want {
			t.Errorf("clientKey(%q) = %q, want %q", in, got, want)
		}
	}
}
