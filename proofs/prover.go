package proofs

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"hash"
	"hash/fnv"
	"io"
	"math/big"
	mrand "math/rand/v2"
	"strings"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"
	"github.com/rs/zerolog"
	"golang.org/x/crypto/sha3"
)

func init() {
	// gnark logs every compile and proof at debug level; the package reports its
	// own figures.
	logger.Set(zerolog.Nop())
}

// randomizeHintID names gnark's internal hint that draws the commitment's mask
// (github.com/consensys/gnark/internal/hints.Randomize, not importable): hint ids
// are the FNV-1a hash of the function's name.
var randomizeHintID = func() solver.HintID {
	h := fnv.New32a()
	h.Write([]byte("github.com/consensys/gnark/internal/hints.Randomize"))
	return solver.HintID(h.Sum32())
}()

// ProofLen is the length of a proof in the Solidity verifier's format: A, B, C
// (256 bytes), the BSB22 commitment (64) and its proof of knowledge (64).
const ProofLen = 384

// Compile builds the R1CS of the element circuit for up to terms dot-product terms.
func Compile(terms int) (constraint.ConstraintSystem, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewElementCircuit(terms))
	if err != nil {
		return nil, fmt.Errorf("proofs: compile %d terms: %w", terms, err)
	}
	return ccs, nil
}

// setupMu serialises InsecureSetup's swap of crypto/rand.Reader.
var setupMu sync.Mutex

// InsecureSetup runs gnark's Groth16 setup with every random draw taken from a
// ChaCha8 stream seeded by seed, so that anyone can re-derive the same keys.
//
// NOT A TRUSTED SETUP: whoever knows the seed knows the toxic waste and can prove
// anything. It exists for tests and development chains; see docs/PROTOCOL.md for what a
// production deployment needs instead (a multi-party ceremony). It replaces
// crypto/rand.Reader for its duration: do not run it next to code that needs
// real randomness in the same process.
func InsecureSetup(ccs constraint.ConstraintSystem, seed string) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	setupMu.Lock()
	defer setupMu.Unlock()
	var key [32]byte
	kh := sha3.NewLegacyKeccak256()
	kh.Write([]byte(seed))
	copy(key[:], kh.Sum(nil))
	saved := rand.Reader
	rand.Reader = chachaReader{mrand.NewChaCha8(key)}
	defer func() { rand.Reader = saved }()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, nil, fmt.Errorf("proofs: setup: %w", err)
	}
	return pk, vk, nil
}

type chachaReader struct{ c *mrand.ChaCha8 }

func (r chachaReader) Read(p []byte) (int, error) { return r.c.Read(p) }

// Prover holds one circuit size's constraint system and keys.
type Prover struct {
	Terms int
	CCS   constraint.ConstraintSystem
	PK    groth16.ProvingKey
	VK    groth16.VerifyingKey
}

// NewInsecureProver compiles the circuit for terms and runs InsecureSetup with seed.
func NewInsecureProver(terms int, seed string) (*Prover, error) {
	ccs, err := Compile(terms)
	if err != nil {
		return nil, err
	}
	pk, vk, err := InsecureSetup(ccs, seed)
	if err != nil {
		return nil, err
	}
	return &Prover{Terms: terms, CCS: ccs, PK: pk, VK: vk}, nil
}

// Proof is a proof of one Claim with the public inputs the contract recomputes.
type Proof struct {
	Claim       Claim
	OpsHash     *big.Int
	Fingerprint *big.Int
	Challenge   *big.Int // z, the commitment's challenge
	Raw         groth16.Proof
}

// Solidity returns the proof in the verifier contract's calldata format.
func (p *Proof) Solidity() []byte {
	return p.Raw.(*groth16bn254.Proof).MarshalSolidity()
}

// PublicInputs are the verifier's inputs: OpsHash, Fingerprint.
func (p *Proof) PublicInputs() [2]*big.Int { return [2]*big.Int{p.OpsHash, p.Fingerprint} }

// capture is the hash-to-field function of the commitment challenge (keccak256, as
// the Solidity verifier uses) that also records its last output.
type capture struct {
	hash.Hash
	last []byte
}

func (c *capture) Sum(b []byte) []byte {
	out := c.Hash.Sum(b)
	c.last = append(c.last[:0], out[len(b):]...)
	return out
}

// Prove proves c. The public Fingerprint depends on the commitment challenge z,
// which gnark derives while proving; the commitment does not depend on the
// Fingerprint (only the last equality does), so a first solving pass with any
// Fingerprint yields z and fails at that equality, and the second pass proves.
func (p *Prover) Prove(ctx context.Context, c Claim) (*Proof, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("proofs: prove: %w", err)
	}
	// the circuit would reject a false claim too, but only after solving it
	if err := c.Check(); err != nil {
		return nil, err
	}
	w, err := c.Assignment(p.Terms, big.NewInt(0))
	if err != nil {
		return nil, err
	}
	wit, err := frontend.NewWitness(w, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("proofs: witness: %w", err)
	}
	// gnark hides the commitment with a random mask drawn by a hint: draw it once
	// here so that both passes commit to the same values.
	m, err := rand.Int(rand.Reader, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("proofs: commitment mask: %w", err)
	}
	mask := backend.WithSolverOptions(solver.OverrideHint(randomizeHintID, func(_ *big.Int, in, out []*big.Int) error {
		for _, o := range out {
			o.Set(m)
		}
		return nil
	}))
	h := &capture{Hash: sha3.NewLegacyKeccak256()}
	if _, err := groth16.Prove(p.CCS, p.PK, wit, mask, backend.WithProverHashToFieldFunction(h)); err == nil {
		// only a claim whose fingerprint at z happens to be 0 gets here
		return nil, fmt.Errorf("proofs: first pass unexpectedly proved: %w", ErrNoChallenge)
	}
	if len(h.last) == 0 {
		// the circuit failed before the commitment: the claim is false
		return nil, fmt.Errorf("proofs: claim %v is not satisfiable: %w", c.Kernel, ErrNoChallenge)
	}
	var z fr.Element
	z.SetBytes(h.last)
	zb := z.BigInt(new(big.Int))
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("proofs: prove: %w", err)
	}
	if w, err = c.Assignment(p.Terms, zb); err != nil {
		return nil, err
	}
	if wit, err = frontend.NewWitness(w, ecc.BN254.ScalarField()); err != nil {
		return nil, fmt.Errorf("proofs: witness: %w", err)
	}
	raw, err := groth16.Prove(p.CCS, p.PK, wit, mask, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, fmt.Errorf("proofs: prove: %w", err)
	}
	return &Proof{Claim: c, OpsHash: w.OpsHash.(*big.Int), Fingerprint: w.Fingerprint.(*big.Int), Challenge: zb, Raw: raw}, nil
}

// Verify checks pr with gnark's Go verifier (the same equation as the contract).
func (p *Prover) Verify(pr *Proof) error {
	pub := &ElementCircuit{OpsHash: pr.OpsHash, Fingerprint: pr.Fingerprint}
	w, err := frontend.NewWitness(pub, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return fmt.Errorf("proofs: public witness: %w", err)
	}
	if err := groth16.Verify(pr.Raw, p.VK, w, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("proofs: verify: %w", err)
	}
	return nil
}

// ExportSolidity writes the verifier contract for p's verifying key, named name
// (gnark names it Verifier), with the project's pragma.
func (p *Prover) ExportSolidity(w io.Writer, name string) error {
	var buf bytes.Buffer
	if err := p.VK.ExportSolidity(&buf, solidity.WithPragmaVersion("^0.8.28")); err != nil {
		return fmt.Errorf("proofs: export verifier: %w", err)
	}
	src := buf.String()
	if !strings.Contains(src, "contract Verifier {") {
		return fmt.Errorf("proofs: exported verifier has no `contract Verifier`: %w", ErrShape)
	}
	src = strings.Replace(src, "contract Verifier {", "contract "+name+" {", 1)
	header := fmt.Sprintf("// Code generated by proofs.ExportSolidity (gnark v0.16.3, %d-term element circuit). DO NOT EDIT.\n", p.Terms)
	if _, err := io.WriteString(w, header+src); err != nil {
		return fmt.Errorf("proofs: write verifier: %w", err)
	}
	return nil
}

// DevSeed is the seed of the committed verifiers' setup (contracts/src/ZkElementVerifier*.sol).
// It is public on purpose: those verifiers are for tests and development chains only.
const DevSeed = "veritrain insecure development setup v1"

// VerifierName is the contract name of the committed verifier for terms.
func VerifierName(terms int) string { return fmt.Sprintf("ZkElementVerifier%d", terms) }

// ParseProof decodes a proof in the Solidity verifier's format (ProofLen bytes: A, B,
// C, commitment, proof of knowledge, uncompressed), checking every point is on its
// curve and in its subgroup.
func ParseProof(b []byte) (groth16.Proof, error) {
	if len(b) != ProofLen {
		return nil, fmt.Errorf("proofs: %d proof bytes, want %d: %w", len(b), ProofLen, ErrBadProof)
	}
	// gnark's raw encoding has a 4-byte commitment count after C
	raw := make([]byte, 0, ProofLen+4)
	raw = append(raw, b[:256]...)
	raw = append(raw, 0, 0, 0, 1)
	raw = append(raw, b[256:]...)
	var p groth16bn254.Proof
	n, err := p.ReadFrom(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("proofs: decode proof: %w: %w", ErrBadProof, err)
	}
	if n != int64(len(raw)) || len(p.Commitments) != 1 {
		return nil, fmt.Errorf("proofs: proof decodes %d of %d bytes: %w", n, len(raw), ErrBadProof)
	}
	return &p, nil
}

// VerifyBytes checks a Solidity-format proof for the public inputs, as the verifier
// contract does.
func (p *Prover) VerifyBytes(proof []byte, opsHash, fingerprint *big.Int) error {
	raw, err := ParseProof(proof)
	if err != nil {
		return err
	}
	return p.Verify(&Proof{Raw: raw, OpsHash: opsHash, Fingerprint: fingerprint})
}
