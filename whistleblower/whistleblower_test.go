package whistleblower_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/verifier"
	"github.com/veritrain/veritrain/whistleblower"
)

// The daemon itself is tested on the simulated chain beside the verifiers it watches:
// verifier/audit_test.go (TestWhistleblower*).

func TestNewChecksConfig(t *testing.T) {
	sim, err := chain.NewSim(chain.WithAccounts(1))
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	o, err := chain.Transactor(t.Context(), sim, 0)
	if err != nil {
		t.Fatal(err)
	}
	m := onchain.NewMarket(sim, sim.Accounts()[0].Address, o)
	good := func() whistleblower.Config {
		return whistleblower.Config{Market: m, Specs: task.BuiltinSpecs, Checkpoints: &verifier.HTTP{}, Bond: big.NewInt(1)}
	}
	cases := []struct {
		name string
		edit func(*whistleblower.Config)
		ok   bool
	}{
		{"defaults", func(*whistleblower.Config) {}, true},
		{"sample 1", func(c *whistleblower.Config) { c.Sample = 1 }, true},
		{"sample above 1", func(c *whistleblower.Config) { c.Sample = 1.5 }, false},
		{"negative sample", func(c *whistleblower.Config) { c.Sample = -0.1 }, false},
		{"no market", func(c *whistleblower.Config) { c.Market = nil }, false},
		{"no checkpoints", func(c *whistleblower.Config) { c.Checkpoints = nil }, false},
		{"zero bond", func(c *whistleblower.Config) { c.Bond = new(big.Int) }, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := good()
			c.edit(&cfg)
			_, err := whistleblower.New(cfg)
			if c.ok != (err == nil) {
				t.Fatalf("err %v, want ok=%v", err, c.ok)
			}
			if err != nil && !errors.Is(err, whistleblower.ErrConfig) {
				t.Fatalf("err %v is not ErrConfig", err)
			}
		})
	}
}
