package contracts_test

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/checkpointtest"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarketauditor"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// TestDecoyRootsMatchContract: for decoys of real training states (random secrets,
// hence random elements and masks) and for broken openings, the contract's true and
// decoy roots (MerkleProof.stateRootOf and xorFloat, as revealSecret uses them) are
// onchain.DecoyRoot's with mask 0 and with the mask, and both refuse the same
// openings (an index beyond its path).
func TestDecoyRootsMatchContract(t *testing.T) {
	h := newMerkleHarness(t)
	st := checkpointtest.Checkpoints(9, 2, 2)[1]
	r := rand.New(rand.NewPCG(9, 9))
	cases := 24
	if testing.Short() {
		cases = 6
	}
	refused := 0
	for i := range cases {
		var secret [32]byte
		for j := range secret {
			secret[j] = byte(r.Uint32())
		}
		id := r.Uint64N(1 << 20)
		mask := onchain.DecoyMask(secret, id)
		decoy, open, err := onchain.NewDecoy(st, secret, id)
		if err != nil {
			t.Fatal(err)
		}
		p := *open
		switch i % 4 {
		case 1: // a random mask and element of the same leaf
			mask = r.Uint32()
			p.Element = p.Element&^7 | r.Uint64N(8)
		case 2: // an element index beyond the data path
			p.Element += checkpoint.FloatsPerLeaf << len(p.DataPath)
		case 3: // a tensor index beyond the state path
			p.TensorIndex += 1 << len(p.StatePath)
		}
		out, err := h.call(h.abi.PackDecoyRoots(new(big.Int).SetUint64(p.TensorIndex), p.HeaderHash, new(big.Int).SetUint64(p.Element), p.Leaf,
			path32(p.DataPath), path32(p.StatePath), mask))
		if err != nil {
			t.Fatal(err)
		}
		got, err := h.abi.UnpackDecoyRoots(out)
		if err != nil {
			t.Fatal(err)
		}
		trueRoot, errT := onchain.DecoyRoot(&p, 0)
		decoyRoot, errD := onchain.DecoyRoot(&p, mask)
		if got.Ok != (errT == nil) || got.Ok != (errD == nil) {
			t.Fatalf("case %d: contract ok %v, Go errors %v / %v", i, got.Ok, errT, errD)
		}
		if !got.Ok {
			refused++
			continue
		}
		if got.TrueRoot != trueRoot || got.DecoyRoot != decoyRoot {
			t.Fatalf("case %d: contract roots %x / %x, Go %x / %x", i, got.TrueRoot, got.DecoyRoot, trueRoot, decoyRoot)
		}
		if i%4 == 0 && (trueRoot != st.Hash() || decoyRoot != decoy.Hash()) {
			t.Fatalf("case %d: roots are not the true state's and the decoy's", i)
		}
	}
	if refused == 0 {
		t.Fatal("no opening was refused")
	}
}

// TestTaskMarketSize reports the deployed TaskMarket's code size against EIP-170's
// 24,576-byte limit (the chain would refuse the deployment past it; the figure says
// how much room is left).
// TestTaskMarketSize: the market and its audit module each fit EIP-170's limit with
// room for the work ahead, the market's module is the one it created (same game), and
// the module called directly has no task (it sees its own empty storage).
func TestTaskMarketSize(t *testing.T) {
	e := newEnv(t, 4, chain.WithOsakaRules())
	modAt, err := bind.Call(e.market, nil, e.tm.PackAuditModule(), e.tm.UnpackAuditModule)
	if err != nil {
		t.Fatal(err)
	}
	const limit = 24576
	for _, c := range []struct {
		name string
		at   common.Address
	}{{"TaskMarket", e.mktAt}, {"TaskMarketAuditor", modAt}} {
		code, err := e.sim.CodeAt(e.ctx, c.at, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes of code, %d left under EIP-170", c.name, len(code), limit-len(code))
		if len(code) == 0 || len(code) > limit {
			t.Fatalf("%s code is %d bytes", c.name, len(code))
		}
	}
	aud := taskmarketauditor.NewTaskMarketAuditor()
	mod := aud.Instance(e.sim, modAt)
	g, err := bind.Call(mod, nil, aud.PackGame(), aud.UnpackGame)
	if err != nil || g != e.gameAt {
		t.Fatalf("module's game %v (%v), market's %v", g, err, e.gameAt)
	}
	// Directly, the module holds no task: an attestation move reverts.
	if _, err := e.send(accOutsider, mod, aud.PackJoinAttestation(big.NewInt(1)), nil); err == nil {
		t.Fatal("joinAttestation on the bare module succeeded")
	}
}
