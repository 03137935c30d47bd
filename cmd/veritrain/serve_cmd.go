package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"text/tabwriter"

	"github.com/spf13/cobra"
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
		cnt    contentFlags
	)
	cmd := &cobra.Command{
		Use:   "serve [--data-dir DIR] [--datasets DIR ...] [--listen 127.0.0.1:8090]",
		Short: "Serve specs and datasets over HTTP by hash, for solvers, verifiers and whistleblowers",
		Long: `Serve the store of --data-dir (the specs that submit stored there, the datasets and
initial weights that dataset add, submit --init and train --init added) and each dataset
folder --datasets DIR, read-only, by hash:

  GET /specs/<spec hash>.json
  GET /datasets/<root>/manifest.json
  GET /datasets/<root>/chunks/<address>.zst

and nothing else (404). Every manifest is checked against its root (a --datasets folder
that fails is refused, named); every chunk is checked against its address before it is
first served, and a chunk file that went bad is not served; a spec file is served only if
it is the canonical spec of its name. Datasets added to the store later are served too.
The server has the checkpoint server's timeouts and per-client limits. Prints the URL and
the datasets served, then serves until interrupted. Pass the URL others reach it at to
submit --serve-url: solvers fetch a task's spec and data from there before they claim it.
Anyone holding the same files (a mirror) can serve them the same way.`,
		Example: "  veritrain serve\n" +
			"  veritrain serve --datasets data/owt --listen 0.0.0.0:8090",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := cnt.store()
			if err != nil {
				return err
			}
			h, srv, err := store.Handler(slog.Default(), dirs...)
			if err != nil {
				return usageError{err}
			}
			url, stop, err := serveHTTP(listen, h, slog.Default(), "spec and dataset server")
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
				fmt.Fprintf(out, "serving the specs of %s and %d dataset(s) on %s\n", store.Dir, len(r.Datasets), url)
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
	cmd.Flags().StringArrayVar(&dirs, "datasets", nil, "a dataset folder to serve besides the store's (repeat for more)")
	cnt.add(cmd, false)
	cmd.Flags().StringVar(&listen, "listen", "127.0.0.1:8090", "address to listen on (port 0: any free port)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON line (the URL and the datasets) once listening")
	return cmd
}
