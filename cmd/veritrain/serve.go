package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"

	"github.com/veritrain/veritrain/checkpoint/store"
)

// serveHTTP serves h on addr (port 0: any free port) with the checkpoint server's
// timeouts, in the background; it returns the base URL and a stop function.
func serveHTTP(addr string, h http.Handler, log *slog.Logger, what string) (url string, stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, fmt.Errorf("%s: listen on %s: %w", what, addr, err)
	}
	srv := store.NewHTTPServer(h)
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error(what, "err", err)
		}
	}()
	return "http://" + ln.Addr().String(), func() { _ = srv.Close() }, nil
}
