package main

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/dataset"
)

// serveDataset is one dataset of serve's JSON line.
type serveDataset struct {
	Root   string `json:"root"`
	Dir    string `json:"dir"`
	Arrays int    `json:"arrays"`
	Bytes  int64  `json:"bytes"`
	Chunks int    `json:"chunks"`
}

// serveResult is the JSON line serve prints once it listens.
type serveResult struct {
	URL      string         `json:"url"`
	Datasets []serveDataset `json:"datasets"`
}

// newServeCmd is the submitter's server: it serves dataset folders over HTTP, by root,
// for solvers, verifiers and whistleblowers to fetch (`veritrain dataset fetch`).
func newServeCmd() *cobra.Command {
	var (
		dirs   []string
		listen string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "serve --datasets DIR [--datasets DIR2 ...] [--listen 127.0.0.1:8090]",
		Short: "Serve dataset folders over HTTP by root, for `veritrain dataset fetch`",
		Long: `Serve each dataset folder DIR (written by "veritrain dataset add" or fetched) read-only,
by its root:

  GET /datasets/<root>/manifest.json
  GET /datasets/<root>/chunks/<address>.zst

and nothing else (404). Every manifest is checked against its root at start (a folder that
fails is refused, named); every chunk is checked against its address before it is first
served, and a chunk file that went bad is not served. The server has the checkpoint
server's timeouts and per-client limits. Prints the URL and the roots served, then serves
until interrupted. Anyone holding the same folder (a mirror) can serve it the same way.`,
		Example: "  veritrain serve --datasets data/mnist\n" +
			"  veritrain serve --datasets data/owt --datasets data/mnist --listen 0.0.0.0:8090",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(dirs) == 0 {
				return usageError{errors.New("--datasets is required: a dataset folder to serve")}
			}
			srv, err := dataset.NewServer(slog.Default(), dirs...)
			if err != nil {
				return usageError{err}
			}
			url, stop, err := serveHTTP(listen, srv, slog.Default(), "dataset server")
			if err != nil {
				return err
			}
			defer stop()
			r := serveResult{URL: url}
			for _, d := range srv.Datasets() {
				chunks := 0
				for _, e := range d.Manifest.Arrays {
					chunks += len(e.Chunks)
				}
				r.Datasets = append(r.Datasets, serveDataset{Root: hex.EncodeToString(d.Manifest.Root[:]), Dir: d.Dir,
					Arrays: len(d.Manifest.Arrays), Bytes: d.Manifest.Bytes(), Chunks: chunks})
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if err := json.NewEncoder(out).Encode(r); err != nil {
					return err
				}
			} else {
				fmt.Fprintf(out, "serving %d dataset(s) on %s\n", len(r.Datasets), url)
				tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
				for _, d := range r.Datasets {
					fmt.Fprintf(tw, "  dataset %s\t%s\t%d arrays\t%d bytes\t%d chunks\n", d.Root, d.Dir, d.Arrays, d.Bytes, d.Chunks)
				}
				tw.Flush()
				fmt.Fprintf(out, "fetch with: veritrain dataset fetch ROOT --from %s --out DIR\n", url)
			}
			<-cmd.Context().Done()
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&dirs, "datasets", nil, "a dataset folder to serve (repeat for more)")
	cmd.Flags().StringVar(&listen, "listen", "127.0.0.1:8090", "address to listen on (port 0: any free port)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON line (the URL and the datasets) once listening")
	return cmd
}
