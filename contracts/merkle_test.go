package contracts_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/merkle"
	"github.com/veritrain/veritrain/contracts/bindings/merkleproofharness"
	"github.com/veritrain/veritrain/contracts/chain"
)

// vectorsPath holds the checkpoint package's shared proof vectors.
const vectorsPath = "../checkpoint/testdata/proofs.json"

type merkleHarness struct {
	sim  *chain.Sim
	addr common.Address
	abi  *merkleproofharness.MerkleProofHarness
}

func newMerkleHarness(tb testing.TB) *merkleHarness {
	tb.Helper()
	sim, err := chain.NewSim(chain.WithOsakaRules())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { sim.Close() })
	addr, _, err := chain.Deploy(context.Background(), sim, 0, &merkleproofharness.MerkleProofHarnessMetaData, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return &merkleHarness{sim: sim, addr: addr, abi: merkleproofharness.NewMerkleProofHarness()}
}

func (h *merkleHarness) call(data []byte) ([]byte, error) {
	return h.sim.CallContract(context.Background(), ethereum.CallMsg{To: &h.addr, Data: data}, nil)
}

func path32(p merkle.Proof) [][32]byte { return [][32]byte(p) }

// verifyFloat returns the contract's value bits, or an error when it reverts.
func (h *merkleHarness) verifyFloat(p *checkpoint.FloatProof) (uint32, error) {
	out, err := h.call(h.abi.PackVerifyFloat(p.StateRoot, new(big.Int).SetUint64(p.TensorIndex), p.HeaderHash,
		new(big.Int).SetUint64(p.Element), p.Leaf, path32(p.DataPath), path32(p.StatePath)))
	if err != nil {
		return 0, err
	}
	return h.abi.UnpackVerifyFloat(out)
}

func (h *merkleHarness) verify(root, leaf [32]byte, index *big.Int, path [][32]byte) (bool, error) {
	out, err := h.call(h.abi.PackVerify(root, leaf, index, path))
	if err != nil {
		return false, err
	}
	return h.abi.UnpackVerify(out)
}

type vectors struct {
	Scheme string                  `json:"scheme"`
	Proofs []checkpoint.FloatProof `json:"proofs"`
	Trace  []checkpoint.TraceProof `json:"trace"`
}

func loadVectors(t *testing.T) *vectors {
	t.Helper()
	b, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Fatalf("read vectors (written by go test ./checkpoint -update): %v", err)
	}
	var v vectors
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("decode %s: %v", vectorsPath, err)
	}
	if len(v.Proofs) == 0 || len(v.Trace) == 0 {
		t.Fatalf("%s has %d float and %d trace proofs: want some of each", vectorsPath, len(v.Proofs), len(v.Trace))
	}
	return &v
}

// tamperings returns copies of p each wrong in one way, named.
func tamperings(p checkpoint.FloatProof) map[string]checkpoint.FloatProof {
	out := map[string]checkpoint.FloatProof{}
	clone := func() checkpoint.FloatProof {
		q := p
		q.DataPath = append(merkle.Proof(nil), p.DataPath...)
		q.StatePath = append(merkle.Proof(nil), p.StatePath...)
		return q
	}
	for i := range p.DataPath {
		q := clone()
		q.DataPath[i][i%32] ^= 1 << (i % 8)
		out[fmt.Sprintf("data sibling %d flipped", i)] = q
	}
	for i := range p.StatePath {
		q := clone()
		q.StatePath[i][31-i%32] ^= 0x80
		out[fmt.Sprintf("state sibling %d flipped", i)] = q
	}
	q := clone()
	q.Leaf[(p.Element%8)*4] ^= 1 // the proven value itself
	out["value bit flipped"] = q
	q = clone()
	q.Leaf[31-(p.Element%8)*4] ^= 0x40 // a neighbour in the same leaf
	out["leaf bit flipped"] = q
	q = clone()
	q.Element += 8 << len(p.DataPath) // same leaf bits, index beyond the tree
	out["element beyond tree"] = q
	if len(p.DataPath) > 0 {
		q = clone()
		q.Element ^= 8 // the sibling leaf's index
		out["wrong leaf index"] = q
	}
	q = clone()
	q.TensorIndex ^= 1
	out["wrong tensor"] = q
	q = clone()
	q.TensorIndex += 1 << len(p.StatePath)
	out["tensor beyond tree"] = q
	q = clone()
	q.HeaderHash[0] ^= 1
	out["wrong header"] = q
	q = clone()
	q.StateRoot[5] ^= 2
	out["wrong state root"] = q
	if len(p.DataPath) > 0 {
		q = clone()
		q.DataPath = q.DataPath[:len(q.DataPath)-1]
		out["data path truncated"] = q
	}
	q = clone()
	q.StatePath = append(q.StatePath, [32]byte{})
	out["state path extended"] = q
	q = clone()
	q.DataPath, q.StatePath = q.StatePath, q.DataPath
	out["paths swapped"] = q
	return out
}

func TestMerkleFloatVectors(t *testing.T) {
	v := loadVectors(t)
	h := newMerkleHarness(t)
	for i, p := range v.Proofs {
		name := fmt.Sprintf("proof %d (tensor %d, element %d)", i, p.TensorIndex, p.Element)
		got, err := h.verifyFloat(&p)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got != p.ValueBits {
			t.Errorf("%s: value bits %#08x, want %#08x", name, got, p.ValueBits)
		}
		for what, q := range tamperings(p) {
			got, err := h.verifyFloat(&q)
			if err != nil {
				if !revertsWith(err, h.abi, func(e any) bool {
					_, ok := e.(*merkleproofharness.MerkleProofHarnessBadFloatProof)
					return ok
				}) {
					t.Errorf("%s, %s: reverted with %v, want BadFloatProof", name, what, err)
				}
				continue
			}
			t.Errorf("%s, %s: accepted, value %#08x", name, what, got)
		}
	}
}

func TestMerkleTraceVectors(t *testing.T) {
	v := loadVectors(t)
	h := newMerkleHarness(t)
	for i, p := range v.Trace {
		idx := new(big.Int).SetUint64(p.Index)
		ok, err := h.verify(p.Root, p.Leaf, idx, path32(p.Path))
		if err != nil || !ok {
			t.Errorf("trace proof %d (index %d): ok=%v err=%v", i, p.Index, ok, err)
		}
		out, err := h.call(h.abi.PackComputeRoot(p.Leaf, idx, path32(p.Path)))
		if err != nil {
			t.Fatal(err)
		}
		if root, err := h.abi.UnpackComputeRoot(out); err != nil || root != p.Root {
			t.Errorf("trace proof %d: computeRoot %x, want %x (err %v)", i, root, p.Root, err)
		}
		bad := map[string]func() ([32]byte, [32]byte, *big.Int, [][32]byte){}
		for j := range p.Path {
			bad[fmt.Sprintf("sibling %d flipped", j)] = func() ([32]byte, [32]byte, *big.Int, [][32]byte) {
				path := append([][32]byte(nil), p.Path...)
				path[j][j] ^= 1
				return p.Root, p.Leaf, idx, path
			}
		}
		bad["leaf flipped"] = func() ([32]byte, [32]byte, *big.Int, [][32]byte) {
			leaf := p.Leaf
			leaf[31] ^= 1
			return p.Root, leaf, idx, path32(p.Path)
		}
		bad["index+1"] = func() ([32]byte, [32]byte, *big.Int, [][32]byte) {
			return p.Root, p.Leaf, new(big.Int).SetUint64(p.Index ^ 1), path32(p.Path)
		}
		bad["index beyond tree"] = func() ([32]byte, [32]byte, *big.Int, [][32]byte) {
			return p.Root, p.Leaf, new(big.Int).SetUint64(p.Index + 1<<len(p.Path)), path32(p.Path)
		}
		bad["index 2^255 set"] = func() ([32]byte, [32]byte, *big.Int, [][32]byte) {
			return p.Root, p.Leaf, new(big.Int).SetBit(new(big.Int).SetUint64(p.Index), 255, 1), path32(p.Path)
		}
		for what, f := range bad {
			ok, err := h.verify(f())
			if err != nil || ok {
				t.Errorf("trace proof %d, %s: ok=%v err=%v, want false", i, what, ok, err)
			}
		}
	}
}

// randomState builds a state whose tensor sizes are given, values random bits.
func randomState(r *rand.Rand, sizes ...int) *checkpoint.State {
	s := &checkpoint.State{Step: r.Uint64(), DataCursor: r.Uint64(), RNG: []byte("chacha8")}
	for i, n := range sizes {
		data := make([]float32, n)
		for j := range data {
			data[j] = math.Float32frombits(r.Uint32())
		}
		s.Tensors = append(s.Tensors, checkpoint.Tensor{Name: fmt.Sprintf("t%d", i), Shape: []int{n}, Data: data})
	}
	return s
}

// TestMerkleFloatRandomStates cross-checks the contract with package
// checkpoint's prover on random states of awkward sizes.
func TestMerkleFloatRandomStates(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	h := newMerkleHarness(t)
	for k := range 8 {
		sizes := make([]int, 1+r.IntN(9))
		for i := range sizes {
			sizes[i] = 1 + r.IntN(3000)
		}
		s := randomState(r, sizes...)
		for range 6 {
			ti := r.IntN(len(sizes))
			e := r.IntN(sizes[ti])
			p, err := checkpoint.ProveFloat(s, ti, e)
			if err != nil {
				t.Fatal(err)
			}
			got, err := h.verifyFloat(p)
			if err != nil {
				t.Fatalf("state %d tensor %d element %d: %v", k, ti, e, err)
			}
			if want := math.Float32bits(s.Tensors[ti].Data[e]); got != want {
				t.Errorf("state %d tensor %d element %d: %#08x, want %#08x", k, ti, e, got, want)
			}
		}
	}
}

// TestMerkleFloatGas reports the gas of verifyFloat inside the EVM for an
// element of a 200k-element tensor in a 10-tensor state, and holds it to a
// budget well inside a one-step check's 300k.
func TestMerkleFloatGas(t *testing.T) {
	const budget = 20_000
	r := rand.New(rand.NewPCG(10, 10))
	sizes := []int{784 * 256, 256, 2560, 10, 1000, 1000, 200_000, 64, 7, 1}
	s := randomState(r, sizes...)
	h := newMerkleHarness(t)
	for _, ti := range []int{6, 0} {
		e := sizes[ti] - 1
		p, err := checkpoint.ProveFloat(s, ti, e)
		if err != nil {
			t.Fatal(err)
		}
		out, err := h.call(h.abi.PackVerifyFloatGas(p.StateRoot, big.NewInt(int64(ti)), p.HeaderHash,
			big.NewInt(int64(e)), p.Leaf, path32(p.DataPath), path32(p.StatePath)))
		if err != nil {
			t.Fatal(err)
		}
		res, err := h.abi.UnpackVerifyFloatGas(out)
		if err != nil {
			t.Fatal(err)
		}
		if res.ValueBits != math.Float32bits(s.Tensors[ti].Data[e]) {
			t.Errorf("tensor %d element %d: wrong value %#08x", ti, e, res.ValueBits)
		}
		// The whole call as a transaction would cost: estimate includes calldata.
		est, err := h.sim.EstimateGas(context.Background(), ethereum.CallMsg{To: &h.addr, Data: h.abi.PackVerifyFloat(
			p.StateRoot, big.NewInt(int64(ti)), p.HeaderHash, big.NewInt(int64(e)), p.Leaf, path32(p.DataPath), path32(p.StatePath))})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("verifyFloat, %d-element tensor in a %d-tensor state: data path %d, state path %d, %d gas in the EVM, %d as a whole transaction",
			sizes[ti], len(sizes), len(p.DataPath), len(p.StatePath), res.GasUsed, est)
		if res.GasUsed.Uint64() > budget {
			t.Errorf("verifyFloat costs %d gas, over the %d budget", res.GasUsed, budget)
		}
	}
}
