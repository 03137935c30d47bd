package console

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
)

//go:embed web
var webFS embed.FS

// Config says what a Server shows and how often it looks.
type Config struct {
	Market *onchain.Market
	// Poll is how often the head is asked for (default 1s).
	Poll time.Duration
	// Timeout bounds one snapshot's reads (default 30s).
	Timeout time.Duration
	Limits  Limits
	Log     *slog.Logger
	// AllowPrivate lets the console fetch losses and specs from servers on private and
	// loopback addresses (a URL announced on chain is anyone's choice).
	AllowPrivate bool
	// Specs are the specs whose nodes the console names without fetching them (nil: the
	// built-in ones; `veritrain console` gives its store's). Others are fetched from the
	// servers a task's submitter and solver announced.
	Specs task.Specs
}

// Server is the console's http.Handler: the page, /api/state and /api/events.
type Server struct {
	cfg Config
	mux *http.ServeMux
	log *slog.Logger

	refreshMu sync.Mutex // one refresh at a time
	reader    *Reader
	checked   time.Time // when the head was last asked for
	built     string    // the head hash of the last snapshot built ("" after a failure)
	builtAt   time.Time // when, and the curves' version then
	builtCurv uint64

	mu      sync.Mutex // guards the fields below
	state   []byte     // the latest snapshot as JSON
	good    *Snapshot  // the latest snapshot read without error
	version uint64     // bumped each time state changes
}

// New is a console of cfg.Market.
func New(cfg Config) *Server {
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), log: cfg.Log, reader: NewReader(cfg.Market, cfg.Limits)}
	client := daemon.HTTPClient(cfg.AllowPrivate, 20*time.Second)
	s.reader.FetchCurves(client)
	s.reader.NameNodes(cfg.Specs, client)
	web, err := fs.Sub(webFS, "web")
	if err != nil {
		panic(err) // the embedded folder is part of the binary
	}
	static := http.FileServerFS(web)
	s.mux.Handle("GET /{$}", noCache(static))
	s.mux.Handle("GET /app.js", noCache(static))
	s.mux.Handle("GET /style.css", noCache(static))
	s.mux.HandleFunc("GET /api/state", s.serveState)
	s.mux.HandleFunc("GET /api/events", s.serveEvents)
	s.mux.HandleFunc("GET /api/tasks/{id}/checkpoints", s.serveCheckpoints)
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	// the page loads nothing from elsewhere: say so, so that injected markup could not either
	w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'")
	s.mux.ServeHTTP(w, r)
}

// noCache makes a browser ask again after a restart of a newer binary.
func noCache(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		h.ServeHTTP(w, r)
	})
}

// Refresh reads a new snapshot if the head changed (or the last read failed) and the
// head was not asked for within the last poll interval. It reports the state's
// version and JSON.
func (s *Server) Refresh(ctx context.Context) (uint64, []byte) {
	s.refreshMu.Lock()
	defer s.refreshMu.Unlock()
	if time.Since(s.checked) >= s.cfg.Poll/2 || s.current() == nil {
		s.checked = time.Now()
		s.refresh(ctx)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.version, s.state
}

func (s *Server) current() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state
}

func (s *Server) refresh(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	head, err := s.cfg.Market.B.HeaderByNumber(ctx, nil)
	if err != nil {
		s.fail(fmt.Errorf("%w: %w", errUnreachable, err))
		return
	}
	// the same head: rebuilt only for new losses, or to ask for a live task's again
	if head.Hash().Hex() == s.built && !s.reader.Behind() && s.reader.changed() == s.builtCurv && time.Since(s.builtAt) < curveTTL {
		return
	}
	s.builtAt, s.builtCurv = time.Now(), s.reader.changed()
	snap, err := s.reader.Snapshot(ctx, head)
	if err != nil {
		s.fail(fmt.Errorf("chain read failed at block %d: %w", head.Number, err))
		return
	}
	s.built = head.Hash().Hex()
	s.publish(snap, true)
}

// fail publishes the last good snapshot, marked stale, with err.
func (s *Server) fail(err error) {
	if s.built != "" || s.current() == nil {
		s.log.Warn("console: chain read failed", "err", err)
	}
	s.built = ""
	s.mu.Lock()
	snap := Snapshot{Market: s.cfg.Market.At.Hex(), Tasks: []Task{}, Accounts: []Account{}, Events: []Event{}}
	if s.good != nil {
		snap = *s.good
		snap.Stale = true
	}
	s.mu.Unlock()
	snap.Error = err.Error()
	s.publish(&snap, false)
}

func (s *Server) publish(snap *Snapshot, good bool) {
	b, err := json.Marshal(snap)
	if err != nil {
		s.log.Error("console: snapshot", "err", err)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if good {
		s.good = snap
	}
	if bytes.Equal(b, s.state) {
		return
	}
	s.state = b
	s.version++
}

func (s *Server) serveState(w http.ResponseWriter, r *http.Request) {
	_, b := s.Refresh(r.Context())
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(b)
}

// serveCheckpoints is one task's checkpoints, as the reader last read them (asked for
// when a reader opens them: the snapshot carries only the checked segments').
func (s *Server) serveCheckpoints(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "task id: want a number", http.StatusBadRequest)
		return
	}
	s.refreshMu.Lock() // the reader is not safe for concurrent use
	cps, ok := s.reader.Checkpoints(id)
	s.refreshMu.Unlock()
	if !ok {
		http.Error(w, fmt.Sprintf("task %d: no checkpoints read (not posted yet, or not a task this console keeps)", id), http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	json.NewEncoder(w).Encode(cps)
}

// keepAlive is how often an idle event stream gets a comment, so that proxies keep it.
const keepAlive = 15 * time.Second

// serveEvents streams a snapshot at once and then each time it changes, asking for the
// head every poll interval while the client listens.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	var sent uint64
	tick := time.NewTicker(s.cfg.Poll)
	defer tick.Stop()
	last := time.Now()
	for {
		v, b := s.Refresh(r.Context())
		if v != sent {
			if _, err := fmt.Fprintf(w, "event: state\nid: %d\ndata: %s\n\n", v, b); err != nil {
				return
			}
			sent, last = v, time.Now()
		} else if time.Since(last) > keepAlive {
			if _, err := fmt.Fprint(w, ": alive\n\n"); err != nil {
				return
			}
			last = time.Now()
		}
		if err := rc.Flush(); err != nil {
			return
		}
		select {
		case <-r.Context().Done():
			return
		case <-tick.C:
		}
	}
}
