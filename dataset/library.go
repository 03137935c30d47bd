package dataset

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
)

// ErrNotInLibrary: the library holds no (complete) dataset of that root.
var ErrNotInLibrary = errors.New("dataset: not in the library")

// LibraryEnv names the environment variable that sets the default library folder.
const LibraryEnv = "VERITRAIN_DATA_DIR"

// Library is a folder of datasets kept by root: <Dir>/<root as 64 hex digits>/ is the
// dataset folder of that root. A folder there with a manifest holds the whole dataset
// (Add and Fetch write the manifest last), so a dataset is in the library exactly when
// its manifest is; a fetch that stopped leaves chunks and no manifest, and the next one
// resumes from them. Trainers find a spec's dataset here by the root the spec names,
// and servers serve every dataset here (NewLibraryServer).
type Library struct{ Dir string }

// DefaultHome is the folder a party keeps what tasks name by hash in (package content
// keeps specs beside the datasets): $VERITRAIN_DATA_DIR, else <user cache dir>/veritrain.
func DefaultHome() (string, error) {
	if d := os.Getenv(LibraryEnv); d != "" {
		return d, nil
	}
	c, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("dataset: no library folder (set %s): %w", LibraryEnv, err)
	}
	return filepath.Join(c, "veritrain"), nil
}

// DefaultLibrary is the datasets folder of DefaultHome.
func DefaultLibrary() (Library, error) {
	home, err := DefaultHome()
	if err != nil {
		return Library{}, err
	}
	return Library{Dir: filepath.Join(home, "datasets")}, nil
}

// LibraryOrDefault is *lib, or DefaultLibrary() when lib is nil (an option left unset).
func LibraryOrDefault(lib *Library) (Library, error) {
	if lib != nil {
		return *lib, nil
	}
	return DefaultLibrary()
}

// Path is the folder of the dataset of root.
func (l Library) Path(root [32]byte) string {
	return filepath.Join(l.Dir, hex.EncodeToString(root[:]))
}

// Has reports whether the library holds the dataset of root (its manifest is there).
func (l Library) Has(root [32]byte) bool {
	_, err := os.Stat(filepath.Join(l.Path(root), ManifestFile))
	return err == nil
}

// Roots lists the datasets the library holds (folders named by a root, with a
// manifest), in byte order; a library folder not made yet holds none.
func (l Library) Roots() ([][32]byte, error) {
	ents, err := os.ReadDir(l.Dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("dataset: library: %w", err)
	}
	var roots [][32]byte
	for _, e := range ents { // ReadDir sorts by name: lowercase hex sorts as the bytes
		var r [32]byte
		if !e.IsDir() || len(e.Name()) != 64 || !parseHex(e.Name(), &r) || !l.Has(r) {
			continue
		}
		roots = append(roots, r)
	}
	return roots, nil
}

// Open opens the dataset of root: ErrNotInLibrary if its manifest is not there; a
// manifest of another root is ErrCorrupt (someone wrote into the folder by hand).
func (l Library) Open(root [32]byte) (*Dir, error) {
	d, err := Open(l.Path(root))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: dataset %x (looked in %s; add it with veritrain dataset add, or fetch it)", ErrNotInLibrary, root, l.Dir)
	}
	if err != nil {
		return nil, err
	}
	if d.Manifest.Root != root {
		return nil, fmt.Errorf("%w: %s holds dataset %x, not %x", ErrCorrupt, d.Path, d.Manifest.Root, root)
	}
	return d, nil
}

// Add adds the input files to the library as one dataset (Add's rules) and returns
// where it is: written into a temporary folder of the library, then renamed to its
// root's folder. A dataset the library holds already is left as it is (Unchanged).
func (l Library) Add(ctx context.Context, paths []string, opts Options) (*Result, string, error) {
	if err := os.MkdirAll(l.Dir, 0o755); err != nil {
		return nil, "", fmt.Errorf("dataset: library: %w", err)
	}
	tmp, err := os.MkdirTemp(l.Dir, ".add-")
	if err != nil {
		return nil, "", fmt.Errorf("dataset: library: %w", err)
	}
	defer os.RemoveAll(tmp)
	res, err := Add(ctx, tmp, paths, opts)
	if err != nil {
		return nil, "", err
	}
	dst := l.Path(res.Manifest.Root)
	if l.Has(res.Manifest.Root) {
		res.Unchanged = true
		return res, dst, nil
	}
	// a stopped fetch of the same root may have left chunks: they are replaced whole
	if err := os.RemoveAll(dst); err != nil {
		return nil, "", fmt.Errorf("dataset: library: %w", err)
	}
	if err := os.Rename(tmp, dst); err != nil {
		return nil, "", fmt.Errorf("dataset: library: %w", err)
	}
	return res, dst, nil
}

// Fetch fetches the dataset of root into the library from the mirrors (Fetch's rules:
// every file checked, resumable); one the library holds already is not asked for.
func (l Library) Fetch(ctx context.Context, client *http.Client, mirrors []string, root [32]byte, opts FetchOptions) (FetchStats, error) {
	if d, err := l.Open(root); err == nil {
		return FetchStats{Manifest: d.Manifest}, nil
	}
	if err := os.MkdirAll(l.Dir, 0o755); err != nil {
		return FetchStats{}, fmt.Errorf("dataset: library: %w", err)
	}
	return Fetch(ctx, client, mirrors, root, l.Path(root), opts)
}

// Put stores d in the library (Write's rules: idempotent) and returns its folder.
func (l Library) Put(ctx context.Context, d *Dataset) (string, error) {
	dst := l.Path(d.Root())
	if _, err := d.Write(ctx, dst); err != nil {
		return "", err
	}
	return dst, nil
}
