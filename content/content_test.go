package content_test

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/content"
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/train"
)

// world is a submitter's store holding a spec that trains on a dataset of its own and
// starts from weights of its own (both by root), served over HTTP.
type world struct {
	store content.Store
	spec  *train.Spec
	srv   *httptest.Server
}

func newWorld(t *testing.T) *world {
	t.Helper()
	ctx := context.Background()
	st := content.Store{Dir: t.TempDir()}
	lib := st.Library()
	const rows = 48
	x := make([]byte, rows*64)
	y := make([]byte, rows)
	for i := range x {
		x[i] = byte(i * 31)
	}
	for i := range y {
		y[i] = byte(i % 4)
	}
	data, err := dataset.New([]dataset.Array{
		{Header: dataset.Header{Name: "images", DType: dataset.Uint8, Shape: []int{rows, 8, 8}}, Data: x},
		{Header: dataset.Header{Name: "labels", DType: dataset.Uint8, Shape: []int{rows}}, Data: y},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Put(ctx, data); err != nil {
		t.Fatal(err)
	}
	base, err := train.Builtin("synthetic-mlp")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(base)
	if err != nil {
		t.Fatal(err)
	}
	params, err := base.ToTorch(tr.Init().Tensors[:len(base.ParamNames())])
	if err != nil {
		t.Fatal(err)
	}
	var arrays []dataset.Array
	for _, p := range params {
		b := make([]byte, 4*len(p.Data))
		for i, v := range p.Data {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v*0.5)) // not the seed's draw
		}
		arrays = append(arrays, dataset.Array{Header: dataset.Header{Name: p.Name, DType: dataset.Float32, Shape: p.Shape}, Data: b})
	}
	weights, err := dataset.New(arrays)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Put(ctx, weights); err != nil {
		t.Fatal(err)
	}
	sp := *base
	dr, wr := data.Root(), weights.Root()
	sp.Name, sp.Dataset, sp.BatchSize, sp.Init = "own-data", "", 8, hex.EncodeToString(wr[:])
	sp.Data = &train.Data{Root: hex.EncodeToString(dr[:]), Shape: []int{8, 8, 1}, Classes: 4, Scale: 255,
		Train: train.Split{Inputs: "images", Labels: "labels", Rows: []uint64{0, 40}}}
	if err := st.PutSpec(&sp); err != nil {
		t.Fatal(err)
	}
	h, _, err := st.Handler(nil)
	if err != nil {
		t.Fatal(err)
	}
	w := &world{store: st, spec: &sp, srv: httptest.NewServer(h)}
	t.Cleanup(w.srv.Close)
	return w
}

// TestFetchRoundTrip: another party's empty store fetches the spec, its dataset and its
// weights from the submitter's server, and trains from the same initial state.
func TestFetchRoundTrip(t *testing.T) {
	w := newWorld(t)
	hash := w.spec.Hash()
	other := content.Store{Dir: t.TempDir()}
	if _, ok := other.Has(hash); ok {
		t.Fatal("an empty store has the spec")
	}
	sp, err := other.Fetch(context.Background(), []string{w.srv.URL}, hash, content.FetchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sp.Hash() != hash {
		t.Fatal("fetched another spec")
	}
	if _, ok := other.Has(hash); !ok {
		t.Fatal("the store lacks what it fetched")
	}
	init := func(st content.Store) [32]byte {
		lib := st.Library()
		tr, err := train.NewTrainerWith(sp, train.Options{Library: &lib})
		if err != nil {
			t.Fatal(err)
		}
		return tr.Init().Hash()
	}
	if init(other) != init(w.store) {
		t.Fatal("initial states differ")
	}
	// nothing is asked again
	w.srv.Close()
	if _, err := other.Fetch(context.Background(), []string{w.srv.URL}, hash, content.FetchOptions{}); err != nil {
		t.Fatalf("a complete store fetched again: %v", err)
	}
}

// TestFetchRefusesLies: a mirror serving another spec, the spec in another form, too
// much, or nothing is refused, named in the error, and the next mirror is used.
func TestFetchRefusesLies(t *testing.T) {
	w := newWorld(t)
	hash := w.spec.Hash()
	other, _ := train.Builtin("mnist-mlp")
	lie := func(body string) *httptest.Server {
		s := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
			if strings.HasPrefix(r.URL.Path, content.SpecPathPrefix) {
				rw.Write([]byte(body))
				return
			}
			http.NotFound(rw, r)
		}))
		t.Cleanup(s.Close)
		return s
	}
	canon := string(w.spec.Canonical())
	liars := map[string]*httptest.Server{
		"another spec":   lie(string(other.Canonical())),
		"not canonical":  lie(" " + canon),
		"too large":      lie(canon + strings.Repeat(" ", content.MaxSpecBytes)),
		"not json":       lie("{"),
		"serves nothing": httptest.NewServer(http.NotFoundHandler()),
	}
	var urls []string
	for name, s := range liars {
		store := content.Store{Dir: t.TempDir()}
		_, err := store.Fetch(context.Background(), []string{s.URL}, hash, content.FetchOptions{})
		if !errors.Is(err, content.ErrNoSpec) || !strings.Contains(err.Error(), s.URL) {
			t.Errorf("%s: %v, want ErrNoSpec naming the mirror", name, err)
		}
		if _, err := os.Stat(store.SpecPath(hash)); err == nil {
			t.Errorf("%s: a refused spec was stored", name)
		}
		urls = append(urls, s.URL)
	}
	liars["serves nothing"].Close()
	store := content.Store{Dir: t.TempDir()}
	if _, err := store.Fetch(context.Background(), append(urls, w.srv.URL), hash, content.FetchOptions{}); err != nil {
		t.Fatalf("the honest mirror after the liars: %v", err)
	}
}

// TestFetchMaxData: a dataset larger than the bound is refused before any chunk.
func TestFetchMaxData(t *testing.T) {
	w := newWorld(t)
	store := content.Store{Dir: t.TempDir()}
	_, err := store.Fetch(context.Background(), []string{w.srv.URL}, w.spec.Hash(), content.FetchOptions{MaxDataBytes: 100})
	if !errors.Is(err, dataset.ErrTooLarge) {
		t.Fatalf("%v, want ErrTooLarge", err)
	}
	if _, ok := store.Has(w.spec.Hash()); ok {
		t.Fatal("a refused dataset is in the store")
	}
}

// TestStoreSpecTampered: a spec file that is not the canonical spec of its name is
// not used, nor served.
func TestStoreSpecTampered(t *testing.T) {
	w := newWorld(t)
	hash := w.spec.Hash()
	other, _ := train.Builtin("mnist-mlp")
	if err := os.WriteFile(w.store.SpecPath(hash), other.Canonical(), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := w.store.Spec(hash); ok {
		t.Fatal("a tampered spec file was used")
	}
	resp, err := http.Get(w.srv.URL + content.SpecURLPath(hash))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("tampered spec served: HTTP %d", resp.StatusCode)
	}
	// a built-in spec is known without a file
	if _, ok := w.store.Spec(other.Hash()); !ok {
		t.Fatal("built-in spec unknown")
	}
}

func FuzzSpecPath(f *testing.F) {
	f.Add("/specs/" + strings.Repeat("ab", 32) + ".json")
	f.Add("/specs/../../etc/passwd")
	st := content.Store{Dir: f.TempDir()}
	h, _, err := st.Handler(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, path string) {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.URL.Path = path
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		if rec.Code == http.StatusOK {
			t.Fatalf("an empty store served %q", path)
		}
	})
}
