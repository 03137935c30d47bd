package proofs

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"

	"github.com/veritrain/veritrain/internal/atomicfile"
)

// committedVerifiers maps a circuit size to the SHA-256 of the committed verifier
// contracts/src/ZkElementVerifier<terms>.sol (what ExportSolidity writes for the
// DevSeed setup's verifying key). contracts' tests check the files against it;
// `go run ./proofs/cmd/zkverifier` prints the value for a new circuit.
var committedVerifiers = map[int]string{
	8:   "770ecef8000aa5f276a16cb86bf2497ca6ca03f31085220223cd415723bd3be9",
	784: "856cc86d91da615bc02713e3ddedafbaa3181765df0faaf35e19e71dd0b32969",
}

// ErrStaleVerifier: the seeded setup of the current circuit does not give the
// committed verifier (the circuit changed and the .sol was not regenerated).
var ErrStaleVerifier = errors.New("proofs: the committed verifier is not the current circuit's")

// CommittedVerifierSHA256 is the SHA-256 (hex) of the committed verifier for terms,
// and whether one is committed.
func CommittedVerifierSHA256(terms int) (string, bool) {
	h, ok := committedVerifiers[terms]
	return h, ok
}

// VerifierSHA256 is the SHA-256 (hex) of the verifier contract p's verifying key
// exports to (named VerifierName(p.Terms)).
func (p *Prover) VerifierSHA256() (string, error) {
	var buf bytes.Buffer
	if err := p.ExportSolidity(&buf, VerifierName(p.Terms)); err != nil {
		return "", err
	}
	h := sha256.Sum256(buf.Bytes())
	return hex.EncodeToString(h[:]), nil
}

// Key files of a cache folder.
const (
	cacheVK = "vk.bin"
	cachePK = "pk.dump"
)

// CacheDir is the folder of the cached DevSeed keys for terms under root (usually
// os.UserCacheDir()): root/veritrain/zk/<key>, key naming the circuit size, the seed
// and the committed verifier, so a new circuit never reads an old circuit's keys.
func CacheDir(root string, terms int) (string, error) {
	want, ok := CommittedVerifierSHA256(terms)
	if !ok {
		return "", fmt.Errorf("proofs: no committed verifier for %d terms: %w", terms, ErrShape)
	}
	return cacheDirFor(root, terms, want), nil
}

func cacheDirFor(root string, terms int, verifier string) string {
	h := sha256.Sum256(fmt.Appendf(nil, "%d\x00%s\x00%s", terms, DevSeed, verifier))
	return filepath.Join(root, "veritrain", "zk", fmt.Sprintf("%d-%s", terms, hex.EncodeToString(h[:8])))
}

// SaveDevCache writes the keys of p (a DevSeed setup) where CachedDevProver looks for
// them once p's verifier is the committed one (zkverifier -cache: one setup both
// exports the verifier and warms the cache).
func SaveDevCache(root string, p *Prover) (string, error) {
	h, err := p.VerifierSHA256()
	if err != nil {
		return "", err
	}
	dir := cacheDirFor(root, p.Terms, h)
	return dir, saveKeys(dir, p)
}

// CachedDevProver returns the prover for terms with the DevSeed keys of the
// committed verifier: from the cache folder under root when it holds keys whose
// verifying key exports to the committed verifier, else by the seeded setup (minutes
// for 784 terms; logged to log), then written there atomically. A prover whose keys
// do not give the committed verifier is never returned (ErrStaleVerifier).
func CachedDevProver(ctx context.Context, root string, terms int, log *slog.Logger) (*Prover, error) {
	want, _ := CommittedVerifierSHA256(terms)
	dir, err := CacheDir(root, terms)
	if err != nil {
		return nil, err
	}
	ccs, err := Compile(terms)
	if err != nil {
		return nil, err
	}
	return cachedProver(ctx, dir, terms, want, ccs, log)
}

// cachedProver is CachedDevProver for the circuit ccs whose DevSeed verifier (named
// for terms) hashes to want, cached in dir.
func cachedProver(ctx context.Context, dir string, terms int, want string, ccs constraint.ConstraintSystem, log *slog.Logger) (*Prover, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	p, err := loadKeys(dir)
	if err == nil {
		p.Terms, p.CCS = terms, ccs
		got, err := p.VerifierSHA256()
		if err == nil && got == want {
			log.Debug("element circuit keys loaded", "dir", dir)
			return p, nil
		}
		log.Warn("cached element circuit keys do not match the committed verifier: regenerating", "dir", dir)
	} else if !errors.Is(err, fs.ErrNotExist) {
		log.Warn("cached element circuit keys unreadable: regenerating", "dir", dir, "err", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("proofs: setup: %w", err)
	}
	start := time.Now()
	log.Info("generating the element circuit's proving key (once: it is cached)", "terms", terms,
		"constraints", ccs.GetNbConstraints(), "dir", dir, "expect", "a few minutes for 784 terms")
	pk, vk, err := InsecureSetup(ccs, DevSeed)
	if err != nil {
		return nil, err
	}
	p = &Prover{Terms: terms, CCS: ccs, PK: pk, VK: vk}
	got, err := p.VerifierSHA256()
	if err != nil {
		return nil, err
	}
	if got != want {
		return nil, fmt.Errorf("proofs: %d terms: setup gives verifier %s, committed %s (go run ./proofs/cmd/zkverifier): %w",
			terms, got, want, ErrStaleVerifier)
	}
	if err := saveKeys(dir, p); err != nil {
		return nil, err
	}
	log.Info("element circuit keys generated", "terms", terms, "took", time.Since(start).Round(time.Second))
	return p, nil
}

func loadKeys(dir string) (*Prover, error) {
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if err := readInto(filepath.Join(dir, cacheVK), func(r *bufio.Reader) error { _, err := vk.ReadFrom(r); return err }); err != nil {
		return nil, err
	}
	pk := new(groth16bn254.ProvingKey)
	if err := readInto(filepath.Join(dir, cachePK), func(r *bufio.Reader) error { return pk.ReadDump(r) }); err != nil {
		return nil, err
	}
	return &Prover{PK: pk, VK: vk}, nil
}

func readInto(path string, read func(*bufio.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("proofs: key cache: %w", err)
	}
	defer f.Close()
	if err := read(bufio.NewReaderSize(f, 1<<20)); err != nil {
		return fmt.Errorf("proofs: key cache %s: %w", path, err)
	}
	return nil
}

func saveKeys(dir string, p *Prover) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("proofs: key cache: %w", err)
	}
	var vk, pk bytes.Buffer
	if _, err := p.VK.WriteTo(&vk); err != nil {
		return fmt.Errorf("proofs: key cache: verifying key: %w", err)
	}
	bpk, ok := p.PK.(*groth16bn254.ProvingKey)
	if !ok {
		return fmt.Errorf("proofs: key cache: proving key %T: %w", p.PK, ErrShape)
	}
	if err := bpk.WriteDump(&pk); err != nil {
		return fmt.Errorf("proofs: key cache: proving key: %w", err)
	}
	// the proving key first: a folder with a verifying key is then complete
	if err := atomicfile.WriteFile(filepath.Join(dir, cachePK), pk.Bytes(), 0o644); err != nil {
		return fmt.Errorf("proofs: key cache: %w", err)
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, cacheVK), vk.Bytes(), 0o644); err != nil {
		return fmt.Errorf("proofs: key cache: %w", err)
	}
	return nil
}
