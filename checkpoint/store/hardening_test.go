package store

import (
	"context"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestVerifiedOnceAfterRestart: in a new process, the first request for a delta
// verifies its chain and records every blob of it, its base included, so that later
// requests for the delta alone decode nothing (each used to verify the chain again,
// the base having no record). Likewise a delta put after a restart against a keyframe
// written before it.
func TestVerifiedOnceAfterRestart(t *testing.T) {
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
	get := func(t *testing.T, url string, root [32]byte) {
		t.Helper()
		resp, err := http.Get(url + PathPrefix + hex.EncodeToString(root[:]))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %s", resp.Status)
		}
	}

	again, err := Open(dir, WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	srv := serverWith(t, NewHandler(again, quiet))
	for range 10 {
		get(t, srv.URL, r1)
	}
	if n := again.codec.decodes.Load(); n != 2 {
		t.Errorf("10 requests for the delta only, after a restart: %d decodes, want 2 (the delta and its base, once)", n)
	}

	// Another restart; the solver writes a new delta against the old keyframe.
	third, err := Open(dir, WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	r2, err := third.PutDelta(ctx, toy[2], r0)
	if err != nil {
		t.Fatal(err)
	}
	srv = serverWith(t, NewHandler(third, quiet))
	third.codec.decodes.Store(0)
	for range 10 {
		get(t, srv.URL, r2)
	}
	if n := third.codec.decodes.Load(); n != 0 {
		t.Errorf("10 requests for a delta put after a restart on an older keyframe: %d decodes, want 0", n)
	}
}

// TestVerifyTimeoutIsBusy: a request that cannot get its blob verified within the
// Handler's Timeout (here: another verification holds the store's one slot) is told
// 503 with Retry-After, which the Client waits out, not 500, which it takes as final.
func TestVerifyTimeoutIsBusy(t *testing.T) {
	ctx := context.Background()
	remote, dir := openStore(t)
	r0, err := remote.Put(ctx, toy[0])
	if err != nil {
		t.Fatal(err)
	}
	again, err := Open(dir, WithLogger(quiet)) // r0 not verified in this process
	if err != nil {
		t.Fatal(err)
	}
	h := NewHandler(again, quiet)
	h.Timeout = 50 * time.Millisecond
	srv := serverWith(t, h)
	again.verifying <- struct{}{} // a long verification elsewhere
	resp, err := http.Get(srv.URL + PathPrefix + hex.EncodeToString(r0[:]))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("verification timed out: status %s, Retry-After %q; want 503 with Retry-After", resp.Status, resp.Header.Get("Retry-After"))
	}
	go func() {
		time.Sleep(time.Second)
		<-again.verifying
	}()
	if _, err := (&Client{BaseURL: srv.URL, Log: quiet, Attempts: 1}).Fetch(ctx, r0); err != nil {
		t.Errorf("the client did not wait out the verification: %v", err)
	}
}

// TestClientFetchTimeout: a server that answers every request 503 with Retry-After
// would hold a fetch for maxBusy waits per blob; FetchTimeout ends it, saying so.
func TestClientFetchTimeout(t *testing.T) {
	var requests atomic.Int64
	url := serverWith(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		w.Header().Set("Retry-After", "1")
		http.Error(w, "busy", http.StatusServiceUnavailable)
	})).URL
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second) // the test's own bound
	defer cancel()
	c := &Client{BaseURL: url, Log: quiet, FetchTimeout: 1500 * time.Millisecond}
	for name, fetch := range map[string]func() error{
		"Fetch":     func() error { _, err := c.Fetch(ctx, toy[0].Hash()); return err },
		"FetchBlob": func() error { _, err := c.FetchBlob(ctx, toy[0].Hash()); return err },
	} {
		start := time.Now()
		err := fetch()
		took := time.Since(start)
		if took > 5*time.Second || !errors.Is(err, ErrFetchTimeout) || !strings.Contains(err.Error(), "FetchTimeout 1.5s") {
			t.Errorf("%s from an always-busy server: %v after %v; want ErrFetchTimeout naming FetchTimeout after about 1.5 s", name, err, took.Round(time.Millisecond))
		}
	}
	if ctx.Err() != nil {
		t.Fatal("the test's context ran out")
	}
	// The default grows with the largest blob accepted and stays within hours.
	if d := DefaultFetchTimeout(DefaultMaxBlob); d < 30*time.Minute || d > 2*time.Hour {
		t.Errorf("DefaultFetchTimeout(%d) = %v", DefaultMaxBlob, d)
	}
	small, large := (&Client{MaxState: 16 << 20}).fetchTimeout(), (&Client{}).fetchTimeout()
	if small < 5*time.Minute || small >= large {
		t.Errorf("default FetchTimeout %v for MaxState 16 MiB, %v for none", small, large)
	}
}

// TestClientChainDepth: a hostile server answers with a chain of small delta blobs,
// each naming the next as its base; the client downloads MaxFetchChain of them and
// stops, saying why (it used to follow MaxChain = 64, each blob held for up to maxBusy
// waits).
func TestClientChainDepth(t *testing.T) {
	blobs := map[[32]byte][]byte{}
	root := func(i int) [32]byte { return [32]byte{byte(i), 0xdd} }
	for i := range 20 {
		b := append([]byte(blobMagic), blobVersion, flagDelta)
		r, base := root(i), root(i+1)
		blobs[r] = append(append(append(b, r[:]...), base[:]...), make([]byte, 64)...)
	}
	var requests atomic.Int64
	url := serverWith(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		root, err := ParseRoot(strings.TrimPrefix(r.URL.Path, PathPrefix))
		b, ok := blobs[root]
		if err != nil || !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(b)))
		w.Write(b)
	})).URL
	_, err := (&Client{BaseURL: url, Log: quiet}).Fetch(context.Background(), root(0))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "MaxFetchChain") {
		t.Errorf("error %v, want ErrTooLarge naming MaxFetchChain", err)
	}
	if n := requests.Load(); n != MaxFetchChain {
		t.Errorf("%d blobs downloaded, want MaxFetchChain = %d", n, MaxFetchChain)
	}
}

// TestClientMaxStateCeiling: a MaxState above MaxClientState (one taken from a task's
// terms, say) does not raise what the client decodes: a tiny blob whose frames declare
// 3 GiB is refused before anything is allocated (the client's codec used to take
// max(MaxState, DefaultMaxDecoded) as its limit).
func TestClientMaxStateCeiling(t *testing.T) {
	r0 := toy[0].Hash()
	big := reheader(t, zeroFrame(t, 1<<10), 3<<30)
	url := blobServer(t, map[[32]byte][]byte{r0: labelled(blobOf(big, nil, nil, nil, nil), r0)})
	c := &Client{BaseURL: url, Log: quiet, MaxState: 1 << 40}
	if got := c.maxState(); got != MaxClientState {
		t.Fatalf("MaxState 1 TiB: effective %d, want MaxClientState %d", got, MaxClientState)
	}
	if got := c.maxBlob(); got > MaxBlobFor(MaxClientState) {
		t.Fatalf("MaxState 1 TiB: blob limit %d, over MaxBlobFor(MaxClientState)", got)
	}
	codec, err := c.codec()
	if err != nil {
		t.Fatal(err)
	}
	if codec.MaxDecoded() > MaxClientState {
		t.Fatalf("MaxState 1 TiB: codec limit %d, over MaxClientState", codec.MaxDecoded())
	}
	var ferr error
	n := allocated(func() { _, ferr = c.Fetch(context.Background(), r0) })
	if !errors.Is(ferr, ErrTooLarge) || n > 64<<20 {
		t.Errorf("blob declaring 3 GiB under MaxState 1 TiB: %v, allocated %d bytes; want ErrTooLarge, little allocated", ferr, n)
	}
}
