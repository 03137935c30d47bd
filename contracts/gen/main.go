// Command gen compiles contracts/src/*.sol and regenerates contracts/artifacts
// and contracts/bindings. Run it with `go generate ./contracts`.
package main

import (
	"context"
	"flag"
	"log/slog"
	"os"
	"os/signal"

	"github.com/veritrain/veritrain/contracts/internal/solbuild"
)

func main() {
	dir := flag.String("dir", ".", "contracts directory (holds src/ and node_modules/)")
	out := flag.String("out", "", "output directory (default: -dir)")
	flag.Parse()
	if *out == "" {
		*out = *dir
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	files, err := solbuild.Generate(ctx, solbuild.Options{Dir: *dir, Out: *out})
	if err != nil {
		slog.Error("generate contracts", "err", err)
		os.Exit(1)
	}
	slog.Info("contracts generated", "files", len(files), "evm", solbuild.EVMVersion, "solc", solbuild.SolcVersion)
}
