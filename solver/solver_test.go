package solver_test

import (
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
)

// The solver's life on chain (claim, train, commit, serve, defend, settle, finalize)
// is tested with the verifier in package verifier (daemons_test.go).

func TestConfig(t *testing.T) {
	m := &onchain.Market{Opts: &bind.TransactOpts{}}
	good := solver.Config{Market: m, Specs: task.BuiltinSpecs, Dir: t.TempDir(), Stake: big.NewInt(1)}
	if _, err := solver.New(good); err != nil {
		t.Fatal(err)
	}
	for _, c := range []solver.Config{
		{Specs: task.BuiltinSpecs, Dir: "d", Stake: big.NewInt(1)},
		{Market: m, Dir: "d", Stake: big.NewInt(1)},
		{Market: m, Specs: task.BuiltinSpecs, Stake: big.NewInt(1)},
		{Market: m, Specs: task.BuiltinSpecs, Dir: "d", Stake: big.NewInt(0)},
	} {
		if _, err := solver.New(c); !errors.Is(err, solver.ErrConfig) {
			t.Errorf("%+v: %v, want ErrConfig", c, err)
		}
	}
}

func TestHandlerUnknownTask(t *testing.T) {
	s, err := solver.New(solver.Config{Market: &onchain.Market{Opts: &bind.TransactOpts{}}, Specs: task.BuiltinSpecs, Dir: t.TempDir(), Stake: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	for path, want := range map[string]int{"/tasks/1/trace": 404, "/tasks/x/trace": 400, "/other": 404,
		"/tasks/1/checkpoints/" + "00": 404} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("%s: HTTP %d, want %d", path, resp.StatusCode, want)
		}
	}
}
