package store

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

// labelled returns blob with its header's root set to root.
func labelled(blob []byte, root [32]byte) []byte {
	blob = bytes.Clone(blob)
	copy(blob[6:38], root[:])
	return blob
}

// blobServer serves the given blobs by root, as a hostile checkpoint server would.
func blobServer(t *testing.T, blobs map[[32]byte][]byte) string {
	t.Helper()
	return serverWith(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		root, err := ParseRoot(strings.TrimPrefix(r.URL.Path, PathPrefix))
		if b, ok := blobs[root]; err == nil && ok {
			w.Write(b)
			return
		}
		http.NotFound(w, r)
	})).URL
}

// TestClientMaxState: a verifier's MaxState bounds what a hostile server can make it
// allocate, for the checkpoint asked for and for each base of a delta chain, before
// anything is decoded; honest checkpoints at the limit still come through, and a
// wrong hash is still refused.
func TestClientMaxState(t *testing.T) {
	ctx := context.Background()
	const maxState = 4 << 20 // the toy states encode to 1.6 MB
	big := zeroFrame(t, bombLimit)
	bomb := blobOf(big, big, big, big, big) // 2.7 KB, 80 MiB decoded
	c := newCodec(t)
	enc0, enc1 := mustEncode(t, toy[0]), mustEncode(t, toy[1])
	r0, r1 := toy[0].Hash(), toy[1].Hash()
	delta, err := c.Compress(enc1, r1, enc0, r0)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("bomb", func(t *testing.T) {
		url := blobServer(t, map[[32]byte][]byte{r0: labelled(bomb, r0)})
		var err error
		n := allocated(func() { _, err = (&Client{BaseURL: url, Log: quiet, MaxState: maxState}).Fetch(ctx, r0) })
		t.Logf("%d-byte bomb: allocated %.2f MiB under MaxState %d MiB: %v", len(bomb), float64(n)/(1<<20), maxState>>20, err)
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("error %v, want ErrTooLarge", err)
		}
		if n > maxState {
			t.Errorf("allocated %d bytes, MaxState %d", n, maxState)
		}
	})
	t.Run("bomb as a delta's base", func(t *testing.T) {
		url := blobServer(t, map[[32]byte][]byte{r1: delta, r0: labelled(bomb, r0)})
		var err error
		n := allocated(func() { _, err = (&Client{BaseURL: url, Log: quiet, MaxState: maxState}).Fetch(ctx, r1) })
		if !errors.Is(err, ErrTooLarge) || n > maxState {
			t.Errorf("allocated %d bytes, error %v; want ErrTooLarge within %d", n, err, maxState)
		}
	})
	t.Run("honest chain at the limit", func(t *testing.T) {
		full0, err := c.Compress(enc0, r0, nil, [32]byte{})
		if err != nil {
			t.Fatal(err)
		}
		url := blobServer(t, map[[32]byte][]byte{r1: delta, r0: full0})
		most := int64(max(len(enc0), len(enc1)))
		if _, err := (&Client{BaseURL: url, Log: quiet, MaxState: most}).Fetch(ctx, r1); err != nil {
			t.Errorf("MaxState at the larger encoding: %v", err)
		}
		// A base larger than MaxState is refused like the checkpoint itself.
		small := int64(min(len(enc0), len(enc1))) - 1
		if _, err := (&Client{BaseURL: url, Log: quiet, MaxState: small}).Fetch(ctx, r1); !errors.Is(err, ErrTooLarge) {
			t.Errorf("MaxState under both encodings: %v, want ErrTooLarge", err)
		}
	})
	t.Run("wrong hash", func(t *testing.T) {
		full1, err := c.Compress(enc1, r1, nil, [32]byte{})
		if err != nil {
			t.Fatal(err)
		}
		url := blobServer(t, map[[32]byte][]byte{r0: labelled(full1, r0)})
		if _, err := (&Client{BaseURL: url, Log: quiet, MaxState: maxState}).Fetch(ctx, r0); !errors.Is(err, ErrHashMismatch) {
			t.Errorf("error %v, want ErrHashMismatch", err)
		}
	})
	t.Run("body larger than any blob of MaxState", func(t *testing.T) {
		limit := MaxBlobFor(maxState)
		var wrote int64
		for _, announce := range []bool{true, false} {
			url := serverWith(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if announce {
					w.Header().Set("Content-Length", strconv.FormatInt(1<<30, 10))
				}
				chunk := make([]byte, 64<<10)
				for wrote = 0; wrote < 1<<30; wrote += int64(len(chunk)) {
					if _, err := w.Write(chunk); err != nil {
						return
					}
				}
			})).URL
			var err error
			n := allocated(func() { _, err = (&Client{BaseURL: url, Log: quiet, MaxState: maxState}).FetchBlob(ctx, r0) })
			t.Logf("Content-Length announced %v: allocated %.1f MiB, blob limit %.1f MiB: %v", announce, float64(n)/(1<<20), float64(limit)/(1<<20), err)
			if !errors.Is(err, ErrTooLarge) {
				t.Errorf("Content-Length announced %v: error %v, want ErrTooLarge", announce, err)
			}
			if n > uint64(4*limit) { // doubling up to the limit: at most 3 times it, and buffers
				t.Errorf("Content-Length announced %v: allocated %d bytes, blob limit %d", announce, n, limit)
			}
		}
	})
}

// TestClientLongChain: a hostile server answers with a chain of 40 delta blobs of 1 MiB
// each, every one naming the next as its base. The client holds each blob while it
// fetches the base, so it stops when the chain's blobs reach 4 of the largest blob
// MaxState allows, instead of holding all 40.
func TestClientLongChain(t *testing.T) {
	const maxState = 1 << 20
	blobs := map[[32]byte][]byte{}
	root := func(i int) [32]byte { return [32]byte{byte(i), 0xcc} }
	for i := range 40 {
		b := append([]byte(blobMagic), blobVersion, flagDelta)
		r, base := root(i), root(i+1)
		b = append(append(b, r[:]...), base[:]...)
		blobs[r] = append(b, make([]byte, maxState)...)
	}
	url := serverWith(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		root, err := ParseRoot(strings.TrimPrefix(r.URL.Path, PathPrefix))
		b, ok := blobs[root]
		if err != nil || !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(b)))
		w.Write(b)
	})).URL
	var err error
	n := allocated(func() {
		_, err = (&Client{BaseURL: url, Log: quiet, MaxState: maxState}).Fetch(context.Background(), root(0))
	})
	limit := chainBlobs * MaxBlobFor(maxState)
	t.Logf("40 chained 1 MiB blobs: allocated %.1f MiB, chain limit %.1f MiB: %v", float64(n)/(1<<20), float64(limit)/(1<<20), err)
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("error %v, want ErrTooLarge", err)
	}
	if n > uint64(limit+limit/4) {
		t.Errorf("allocated %d bytes, chain limit %d", n, limit)
	}
}
