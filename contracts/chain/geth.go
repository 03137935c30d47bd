package chain

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// GethVersion is the geth release BuildGeth installs: go.mod's go-ethereum.
const GethVersion = "v1.17.10"

// ErrGeth wraps every failure to build, start or talk to a geth process.
var ErrGeth = errors.New("chain: geth")

// BuildGeth returns the path of a geth GethVersion binary cached under dir
// (contracts/.geth, git-ignored), building it with `go install` when it is
// not there yet (minutes, once).
func BuildGeth(ctx context.Context, dir string) (string, error) {
	bin, err := filepath.Abs(filepath.Join(dir, GethVersion))
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrGeth, err)
	}
	path := filepath.Join(bin, "geth")
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	// Build into a private directory and rename: go install writes the binary
	// in place, and test binaries of several packages may build at once and
	// must never run a half-written file.
	if err := os.MkdirAll(bin, 0o755); err != nil {
		return "", fmt.Errorf("%w: %w", ErrGeth, err)
	}
	tmp, err := os.MkdirTemp(bin, "build-")
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrGeth, err)
	}
	defer os.RemoveAll(tmp)
	cmd := exec.CommandContext(ctx, "go", "install", "github.com/ethereum/go-ethereum/cmd/geth@"+GethVersion)
	cmd.Env = append(os.Environ(), "GOBIN="+tmp)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("%w: build %s: %w: %s", ErrGeth, GethVersion, err, out)
	}
	if err := os.Rename(filepath.Join(tmp, "geth"), path); err != nil {
		return "", fmt.Errorf("%w: install %s: %w", ErrGeth, GethVersion, err)
	}
	return path, nil
}

// GethConfig says how StartGeth sets a node up.
type GethConfig struct {
	Accounts   int      // deterministic accounts to fund (default 8)
	Balance    *big.Int // each account's funding (default 1000 ether)
	CallGasCap uint64   // --rpc.gascap (default 2e9: large batch views)
	Log        io.Writer
}

// GethNode is a `geth --dev` process on an ephemeral data directory, with
// funded deterministic accounts, used through RPC. Close stops it and
// removes the directory.
type GethNode struct {
	*RPC
	URL string

	cmd     *exec.Cmd
	datadir string
	exited  chan struct{}
	once    sync.Once
	tail    *lineTail
}

var httpEndpoint = regexp.MustCompile(`HTTP server started\s+endpoint=(\S+)\s+auth=false`)

// StartGeth starts `binary --dev` listening on 127.0.0.1 (ports chosen by the
// system), waits for its HTTP endpoint and funds the accounts from the dev
// account. ctx bounds the start only; the node lives until Close.
func StartGeth(ctx context.Context, binary string, cfg GethConfig) (_ *GethNode, err error) {
	if cfg.Accounts == 0 {
		cfg.Accounts = 8
	}
	if cfg.Balance == nil {
		cfg.Balance = Ether(1000)
	}
	if cfg.CallGasCap == 0 {
		cfg.CallGasCap = 2_000_000_000
	}
	datadir, err := os.MkdirTemp("", "veritrain-geth-*")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrGeth, err)
	}
	n := &GethNode{datadir: datadir, exited: make(chan struct{}), tail: &lineTail{max: 40}}
	defer func() {
		if err != nil {
			n.Close()
		}
	}()
	n.cmd = exec.Command(binary, "--dev", "--datadir", datadir,
		"--http", "--http.addr", "127.0.0.1", "--http.port", "0", "--http.api", "eth,net,web3",
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--port", "0",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", "0",
		"--rpc.gascap", strconv.FormatUint(cfg.CallGasCap, 10))
	stderr, err := n.cmd.StderrPipe()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrGeth, err)
	}
	if err := n.cmd.Start(); err != nil {
		return nil, fmt.Errorf("%w: start %s: %w", ErrGeth, binary, err)
	}
	endpoint := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		found := false
		for sc.Scan() {
			line := sc.Text()
			n.tail.add(line)
			if cfg.Log != nil {
				fmt.Fprintln(cfg.Log, line)
			}
			if m := httpEndpoint.FindStringSubmatch(line); m != nil && !found {
				found = true
				endpoint <- m[1]
			}
		}
		// Reading to EOF lets Wait return; then the node is gone.
		n.cmd.Wait()
		close(n.exited)
	}()
	select {
	case ep := <-endpoint:
		n.URL = "http://" + ep
	case <-n.exited:
		return nil, fmt.Errorf("%w: exited before serving HTTP:\n%s", ErrGeth, n.tail)
	case <-ctx.Done():
		return nil, fmt.Errorf("%w: waiting for HTTP: %w\n%s", ErrGeth, ctx.Err(), n.tail)
	}
	accs := make([]Account, cfg.Accounts)
	for i := range accs {
		accs[i] = DeterministicAccount(i)
	}
	if n.RPC, err = DialRPC(ctx, n.URL, accs); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrGeth, err)
	}
	if err := n.fund(ctx, cfg.Balance); err != nil {
		return nil, err
	}
	return n, nil
}

// fund sends each account its balance from the node's unlocked dev account.
func (n *GethNode) fund(ctx context.Context, balance *big.Int) error {
	var devs []common.Address
	if err := n.rpc.CallContext(ctx, &devs, "eth_accounts"); err != nil || len(devs) == 0 {
		return fmt.Errorf("%w: dev account: %v (%d accounts)", ErrGeth, err, len(devs))
	}
	// Number the transactions ourselves: letting geth fill the nonce from its pending
	// state races with the dev miner sealing the previous one ("replacement transaction
	// underpriced").
	var nonce hexutil.Uint64
	if err := n.rpc.CallContext(ctx, &nonce, "eth_getTransactionCount", devs[0], "pending"); err != nil {
		return fmt.Errorf("%w: dev account nonce: %w", ErrGeth, err)
	}
	var hashes []common.Hash
	for i, a := range n.accounts {
		var h common.Hash
		args := map[string]any{"from": devs[0], "to": a.Address, "value": (*hexutil.Big)(balance),
			"nonce": nonce + hexutil.Uint64(i)}
		if err := n.rpc.CallContext(ctx, &h, "eth_sendTransaction", args); err != nil {
			return fmt.Errorf("%w: fund %s: %w", ErrGeth, a.Address, err)
		}
		hashes = append(hashes, h)
	}
	for _, h := range hashes {
		if _, err := WaitMinedHash(ctx, n, h); err != nil {
			return fmt.Errorf("%w: fund: %w", ErrGeth, err)
		}
	}
	return nil
}

// Close stops geth (SIGINT, then SIGKILL after 10 s) and removes its data
// directory. Safe to call more than once.
func (n *GethNode) Close() error {
	var err error
	n.once.Do(func() {
		if n.RPC != nil {
			n.RPC.Close()
		}
		if n.cmd != nil && n.cmd.Process != nil {
			n.cmd.Process.Signal(syscall.SIGINT)
			select {
			case <-n.exited:
			case <-time.After(10 * time.Second):
				n.cmd.Process.Kill()
				<-n.exited
			}
		}
		if rerr := os.RemoveAll(n.datadir); rerr != nil {
			err = fmt.Errorf("%w: remove datadir: %w", ErrGeth, rerr)
		}
	})
	return err
}

// lineTail keeps the last lines of a log for error messages.
type lineTail struct {
	mu    sync.Mutex
	max   int
	lines []string
}

func (t *lineTail) add(s string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.lines = append(t.lines, s)
	if len(t.lines) > t.max {
		t.lines = t.lines[len(t.lines)-t.max:]
	}
}

func (t *lineTail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return strings.Join(t.lines, "\n")
}
