package main

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/dataset"
)

// newDatasetCmd groups the dataset subcommands: a task's data is committed by the root
// `dataset add` prints, and checked by `dataset verify`.
func newDatasetCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dataset",
		Short: "Turn data files (.npy, safetensors, IDX, nanoGPT .bin) into a dataset with one Merkle root, and check stored ones",
		Long: `A dataset is a list of named arrays (dtype, shape, little-endian data) in name order,
stored as a manifest and 1 MiB content-addressed chunks, and committed by one Merkle root
over them: the value a task commits to its data. The same arrays give the same root
whatever format they came in. See the dataset package's documentation for the
canonical form.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newDatasetAddCmd(), newDatasetVerifyCmd(), newDatasetFetchCmd())
	return cmd
}

// datasetArray is one array of the JSON summaries.
type datasetArray struct {
	Name   string `json:"name"`
	DType  string `json:"dtype"`
	Shape  []int  `json:"shape"`
	Bytes  int64  `json:"bytes"`
	Chunks int    `json:"chunks"`
	Source string `json:"source,omitempty"`
}

// datasetResult is the JSON line of dataset add and dataset verify.
type datasetResult struct {
	Root      string         `json:"root"`
	Dir       string         `json:"dir"`
	Arrays    []datasetArray `json:"arrays"`
	Bytes     int64          `json:"bytes"`
	Chunks    int            `json:"chunks"`
	DiskBytes int64          `json:"disk_bytes"`
	Written   int            `json:"chunks_written"`
	Unchanged bool           `json:"unchanged,omitempty"`
}

func summarize(dir string, m *dataset.Manifest, sources []dataset.Source) datasetResult {
	r := datasetResult{Root: hex.EncodeToString(m.Root[:]), Dir: dir, Bytes: m.Bytes()}
	for i, e := range m.Arrays {
		a := datasetArray{Name: e.Name, DType: e.DType.String(), Shape: append([]int{}, e.Shape...), Bytes: e.Bytes(), Chunks: len(e.Chunks)}
		if i < len(sources) {
			a.Source = sources[i].File
		}
		r.Arrays = append(r.Arrays, a)
		r.Chunks += len(e.Chunks)
	}
	return r
}

// print writes the summary as text: the root, one line per array, a total.
func (r *datasetResult) print(w io.Writer) {
	fmt.Fprintf(w, "dataset %s\n", r.Root)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, a := range r.Arrays {
		line := fmt.Sprintf("  %s\t%s\t%v\t%d bytes\t%d chunks", a.Name, a.DType, a.Shape, a.Bytes, a.Chunks)
		if a.Source != "" {
			line += "\tfrom " + a.Source
		}
		fmt.Fprintln(tw, line)
	}
	tw.Flush()
	fmt.Fprintf(w, "%d arrays, %d bytes in %d chunks; %d bytes on disk (zstd) in %s\n", len(r.Arrays), r.Bytes, r.Chunks, r.DiskBytes, r.Dir)
}

// datasetInputError makes the errors of bad input files usage errors (exit 2).
func datasetInputError(err error) error {
	for _, kind := range []error{dataset.ErrFormat, dataset.ErrUnsupported, dataset.ErrInvalid, dataset.ErrExists, fs.ErrNotExist} {
		if errors.Is(err, kind) {
			return usageError{err}
		}
	}
	return err
}

func newDatasetAddCmd() *cobra.Command {
	var (
		out, dtype    string
		mnist, asJSON bool
		cnt           contentFlags
		sotu          bool
		texts         []string
		valFraction   float64
	)
	cmd := &cobra.Command{
		Use:   "add FILE... [--out DIR]",
		Short: "Write data files as one dataset (into the store, or a folder) and print its root",
		Long: `Read each FILE, by its name's suffix:

  .npy                  a NumPy array (format 1.0, 2.0 or 3.0; little-endian numeric dtype, C order)
  .safetensors          every tensor, named by its key
  .idx, -idxN-ubyte     an IDX array, as MNIST ships them (big-endian, converted)
  .bin                  raw little-endian elements with no header, as nanoGPT writes tokens
                        (element type --dtype, uint16 by default); a 1-D array

Any of them may be gzipped (.gz). A single-array file's array is named by the file's name
without .gz and the suffix (train.bin: "train"; train-images-idx3-ubyte.gz: "train-images").
The arrays are stored in name order (manifest.json and chunks/) in the store of --data-dir,
in the folder named by their root (where a spec's data.root and init find them, and
veritrain serve serves them), or in DIR with --out; the root that commits to all of them
is printed. Running it again with the same files changes nothing; DIR may not hold another
dataset. A bad file is named with the byte offset of the problem.

--text FILE (repeatable) makes a byte-level text dataset instead: the UTF-8 files in the
order given, joined by a blank line, as two uint8 arrays, "text-train" and "text-val"
(the last --val-fraction of the bytes, from a character boundary, held out). --sotu does
the same with the State of the Union addresses 1790-2016 that dataset/text/install.sh
installs (233 files, 10.8 MB, date order): arrays "sotu-train" and "sotu-val".`,
		Example: "  veritrain dataset add train.bin val.bin --out data/owt\n" +
			"  veritrain dataset add x.npy y.npy --out data/xy --json\n" +
			"  veritrain dataset add --mnist --out data/mnist\n" +
			"  veritrain dataset add --sotu",
		Args: func(cmd *cobra.Command, args []string) error {
			text := sotu || len(texts) > 0
			switch {
			case text && (len(args) > 0 || mnist):
				return errors.New("--text and --sotu make a text dataset of their own: no FILE or --mnist beside them")
			case len(args) == 0 && !mnist && !text:
				return errors.New("name at least one FILE (or --mnist, --text FILE, --sotu)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if sotu || len(texts) > 0 {
				return addText(cmd, cnt, out, sotu, texts, valFraction, asJSON)
			}
			dt, err := dataset.ParseDType(dtype)
			if err != nil {
				return usageError{fmt.Errorf("--dtype: %w", err)}
			}
			files := args
			if mnist {
				m, err := dataset.MNISTFiles()
				if err != nil {
					return err
				}
				files = append(append([]string{}, args...), m...)
			}
			var res *dataset.Result
			if out != "" {
				res, err = dataset.Add(cmd.Context(), out, files, dataset.Options{RawDType: dt})
			} else {
				var lib *dataset.Library
				if lib, err = cnt.library(); err == nil {
					res, out, err = lib.Add(cmd.Context(), files, dataset.Options{RawDType: dt})
				}
			}
			if err != nil {
				return datasetInputError(err)
			}
			r := summarize(out, res.Manifest, res.Sources)
			r.DiskBytes, r.Written, r.Unchanged = res.Stats.DiskBytes, res.Stats.ChunksWritten, res.Unchanged
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(r)
			}
			r.print(cmd.OutOrStdout())
			if res.Unchanged {
				fmt.Fprintf(cmd.OutOrStdout(), "%s already held this dataset: nothing changed\n", out)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "the dataset folder to write (created if needed; default: the store's folder of its root)")
	cmd.Flags().StringArrayVar(&texts, "text", nil, "a UTF-8 text file of a byte-level text dataset (repeat for more, joined in order)")
	cmd.Flags().BoolVar(&sotu, "sotu", false, "the State of the Union addresses (dataset/text/install.sh installs them) as a byte-level text dataset")
	cmd.Flags().Float64Var(&valFraction, "val-fraction", 0.1, "with --text or --sotu: the share of the text held out, from its end")
	cnt.add(cmd, false)
	cmd.Flags().StringVar(&dtype, "dtype", "uint16", "element type of .bin files, which have no header: uint16 (nanoGPT), uint32, or another NumPy name")
	cmd.Flags().BoolVar(&mnist, "mnist", false, "also add the built-in MNIST (GoMNIST's four IDX files, from the Go module cache)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON line")
	return cmd
}

func newDatasetVerifyCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "verify DIR",
		Short: "Re-hash a dataset folder: print its root, or the first bad chunk",
		Long: `Check DIR's manifest (canonical, and its root follows from its entries), then read every
chunk and check it against its address. Prints the root when all of it is right; otherwise
names the first bad chunk (its array, index and file) and exits with status 3.`,
		Example: "  veritrain dataset verify data/mnist",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := args[0]
			d, err := dataset.Open(dir)
			switch {
			case errors.Is(err, fs.ErrNotExist):
				return usageError{fmt.Errorf("%s is not a dataset folder (no %s): %w", dir, dataset.ManifestFile, err)}
			case errors.Is(err, dataset.ErrInvalid):
				return mismatchError{err}
			case err != nil:
				return err
			}
			if err := d.Verify(cmd.Context()); err != nil {
				if errors.Is(err, dataset.ErrCorrupt) {
					return mismatchError{fmt.Errorf("%s: %w", dir, err)}
				}
				return err
			}
			r := summarize(dir, d.Manifest, nil)
			if r.DiskBytes, err = d.DiskBytes(); err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(r)
			}
			r.print(cmd.OutOrStdout())
			fmt.Fprintf(cmd.OutOrStdout(), "verified: every chunk hashes to the root above\n")
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON line")
	return cmd
}

// datasetRejected is a mirror skipped for one file, in fetch's JSON line.
type datasetRejected struct {
	URL   string `json:"url"`
	Error string `json:"error"`
}

// datasetFetchResult is the JSON line of dataset fetch: the summary of the dataset
// (chunks_written: the chunks downloaded) and what the fetch did.
type datasetFetchResult struct {
	datasetResult
	Kept            int               `json:"chunks_kept"`
	Requests        int               `json:"requests"`
	BytesDownloaded int64             `json:"bytes_downloaded"`
	ManifestFrom    string            `json:"manifest_from,omitempty"`
	Rejected        []datasetRejected `json:"rejected,omitempty"`
}

// datasetFetchError sorts a fetch's errors into the exit codes: the caller's input
// (a bad folder, root or URL) is a usage error; a mirror that served bits that do not
// hash to the root, with none serving them right, is a mismatch (exit 3); the rest
// (not served, network) a failure.
func datasetFetchError(err error) error {
	var fe *dataset.FetchError
	switch {
	case errors.As(err, &fe) && (errors.Is(err, dataset.ErrCorrupt) || errors.Is(err, dataset.ErrInvalid)):
		return mismatchError{err}
	case errors.As(err, &fe):
		return err
	case errors.Is(err, dataset.ErrExists) || errors.Is(err, dataset.ErrInvalid):
		return usageError{err}
	}
	return err
}

// addText is dataset add --text / --sotu: the text dataset written into out, or the
// store when out is "".
func addText(cmd *cobra.Command, cnt contentFlags, out string, sotu bool, texts []string, valFraction float64, asJSON bool) error {
	var d *dataset.Dataset
	var err error
	if sotu {
		if len(texts) > 0 {
			return usageError{errors.New("--sotu or --text, not both")}
		}
		d, err = dataset.SOTU()
	} else {
		d, err = dataset.Text("text", texts, valFraction)
	}
	if err != nil {
		return datasetInputError(err)
	}
	var st dataset.Stats
	if out != "" {
		st, err = d.Write(cmd.Context(), out)
	} else {
		var lib *dataset.Library
		if lib, err = cnt.library(); err == nil {
			out = lib.Path(d.Root())
			st, err = d.Write(cmd.Context(), out)
		}
	}
	if err != nil {
		return datasetInputError(err)
	}
	r := summarize(out, d.Manifest(), nil)
	r.DiskBytes, r.Written = st.DiskBytes, st.ChunksWritten
	if asJSON {
		return json.NewEncoder(cmd.OutOrStdout()).Encode(r)
	}
	r.print(cmd.OutOrStdout())
	return nil
}

func newDatasetFetchCmd() *cobra.Command {
	var (
		from   []string
		out    string
		asJSON bool
		cnt    contentFlags
	)
	cmd := &cobra.Command{
		Use:   "fetch ROOT --from URL [--from URL2 ...] [--out DIR]",
		Short: "Download a dataset by its root from the submitter's server or mirrors, re-hashing every chunk",
		Long: `Download the dataset ROOT into DIR from the servers named by --from ("veritrain serve",
or any mirror serving the same paths), tried in the order given. The manifest is checked
against ROOT before any chunk is asked for, and each chunk against its address; a mirror
that serves a wrong, malformed or oversized file is skipped for it (logged, with the
reason) and the next one asked. Chunks are written one by one and the manifest last, so
an interrupted fetch is resumed by running it again: chunks already in DIR are checked and
kept. The finished folder passes "veritrain dataset verify".

Exit status 3 when a mirror served data that does not hash to ROOT and none served it
right; 1 when no mirror had it; 2 for a bad ROOT, URL or a DIR holding another dataset.`,
		Example: "  veritrain dataset fetch a5868f8d...509fb9 --from http://submitter.example:8090 --out data/mnist\n" +
			"  veritrain dataset fetch $ROOT --from http://mirror-a:8090 --from http://mirror-b:8090 --out data/owt --json",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			root, err := store.ParseRoot(args[0])
			if err != nil {
				return usageError{fmt.Errorf("ROOT: %w", err)}
			}
			if len(from) == 0 {
				return usageError{errors.New("--from is required: the URL of a server of the dataset (veritrain serve, or a mirror)")}
			}
			for _, f := range from {
				if u, err := url.Parse(f); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
					return usageError{fmt.Errorf("--from %q: want an http:// or https:// URL", f)}
				}
			}
			if out == "" {
				lib, err := cnt.library()
				if err != nil {
					return err
				}
				if err := os.MkdirAll(lib.Dir, 0o755); err != nil {
					return err
				}
				out = lib.Path(root)
			}
			st, err := dataset.Fetch(cmd.Context(), nil, from, root, out, dataset.FetchOptions{Log: slog.Default()})
			if err != nil {
				return datasetFetchError(err)
			}
			r := datasetFetchResult{datasetResult: summarize(out, st.Manifest, nil), Kept: st.ChunksKept, Requests: st.Requests,
				BytesDownloaded: st.BytesDownloaded, ManifestFrom: st.ManifestFrom}
			r.DiskBytes, r.Written = st.DiskBytes, st.ChunksWritten
			for _, rj := range st.Rejected {
				r.Rejected = append(r.Rejected, datasetRejected{URL: rj.URL, Error: rj.Err.Error()})
			}
			w := cmd.OutOrStdout()
			if asJSON {
				return json.NewEncoder(w).Encode(r)
			}
			r.print(w)
			fmt.Fprintf(w, "fetched %d chunks (%d bytes in %d requests), kept %d already in %s\n", r.Written, r.BytesDownloaded, r.Requests, r.Kept, out)
			for _, rj := range r.Rejected {
				fmt.Fprintf(w, "skipped %s: %s\n", rj.URL, rj.Error)
			}
			fmt.Fprintf(w, "verified: every chunk hashes to the root above\n")
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&from, "from", nil, "base URL of a server of the dataset, e.g. http://127.0.0.1:8090 (repeat for mirrors, tried in order)")
	cmd.Flags().StringVar(&out, "out", "", "the dataset folder to write (created if needed; resumed if partly there; default: the store's folder of its root)")
	cnt.add(cmd, false)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON line")
	return cmd
}
