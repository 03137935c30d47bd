package contracts

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/veritrain/veritrain/contracts/bindings/anykernelderiverprobe"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointshapesderiver"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointshapestderiver"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/internal/solbuild"
)

// TestGeneratedInSync recompiles src/ into a temporary directory and fails,
// naming the file, when the committed artifacts (.abi, .bin, .bin-runtime) or
// bindings differ (stale, missing or extra). Without the compiler it skips,
// except under CI.
func TestGeneratedInSync(t *testing.T) {
	if _, err := os.Stat(solbuild.SolcPath(".")); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("solc not installed (%v): run contracts/install.sh; CI=true makes this a failure", err)
		}
		t.Fatalf("solc not installed under CI: %v (run contracts/install.sh)", err)
	}
	tmp := t.TempDir()
	if _, err := solbuild.Generate(context.Background(), solbuild.Options{Dir: ".", Out: tmp}); err != nil {
		t.Fatalf("generate: %v", err)
	}
	fresh := listFiles(t, tmp)
	committed := listFiles(t, ".")
	for rel, want := range fresh {
		got, ok := committed[rel]
		switch {
		case !ok:
			t.Errorf("%s is missing: run go generate ./contracts", rel)
		case !bytes.Equal(got, want):
			t.Errorf("%s is stale: run go generate ./contracts", rel)
		}
	}
	for rel := range committed {
		if _, ok := fresh[rel]; !ok {
			t.Errorf("%s is not generated from any source: remove it or run go generate ./contracts", rel)
		}
	}
}

// listFiles reads every file under root's artifacts/ and bindings/.
func listFiles(t *testing.T, root string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, d := range []string{"artifacts", "bindings"} {
		err := filepath.WalkDir(filepath.Join(root, d), func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, err := filepath.Rel(root, p)
			if err != nil {
				return err
			}
			files[filepath.ToSlash(rel)] = b
			return nil
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("list %s: %v", d, err)
		}
	}
	return files
}

// TestGeneratedFileModes guards against abigen's 0600 reaching the repository.
func TestGeneratedFileModes(t *testing.T) {
	var bad []string
	err := filepath.WalkDir("bindings", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		info, err := e.Info()
		if err != nil {
			return err
		}
		if info.Mode().Perm()&0o044 != 0o044 {
			bad = append(bad, p)
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	sort.Strings(bad)
	for _, p := range bad {
		t.Errorf("%s is not world-readable (abigen writes 0600): chmod 0644", p)
	}
}

// TestRuntimeCodeIsDeployed: the embedded runtime code of a contract without
// immutables (the derivers, whose code hash the daemons check) is what a deployment
// of its .bin leaves on chain, byte for byte.
func TestRuntimeCodeIsDeployed(t *testing.T) {
	ctx := t.Context()
	sim, err := chain.NewSim(chain.WithOsakaRules())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	for name, meta := range map[string]*bind.MetaData{
		"PinpointShapesDeriver":  &pinpointshapesderiver.PinpointShapesDeriverMetaData,
		"PinpointShapesTDeriver": &pinpointshapestderiver.PinpointShapesTDeriverMetaData,
		"AnyKernelDeriverProbe":  &anykernelderiverprobe.AnyKernelDeriverProbeMetaData,
	} {
		want, err := RuntimeCode(name)
		if err != nil {
			t.Fatal(err)
		}
		at, _, err := chain.Deploy(ctx, sim, 0, meta, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := sim.CodeAt(ctx, at, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 || !bytes.Equal(got, want) {
			t.Errorf("%s: deployed code (%d bytes) is not artifacts/%s.bin-runtime (%d bytes)", name, len(got), name, len(want))
		}
	}
	if _, err := RuntimeCode("NoSuchContract"); err == nil {
		t.Error("runtime code of a contract that does not exist")
	}
}
