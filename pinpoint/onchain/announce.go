package onchain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/url"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/gpu"
)

// ErrNoAnnouncement means an address has never announced itself on the market.
var ErrNoAnnouncement = errors.New("onchain: no announcement")

// Announcement is what a participant publishes about itself with TaskMarket.announce:
// where its checkpoints are served (solvers), what it runs on, and its software.
type Announcement struct {
	Role    string       `json:"role"`          // "solver", "verifier", "whistleblower"
	URL     string       `json:"url,omitempty"` // checkpoint server base URL (solvers)
	GPUs    []gpu.Device `json:"gpus"`          // empty: CPU kernels
	Version string       `json:"version,omitempty"`
}

// Encode is the announcement's canonical JSON.
func (a Announcement) Encode() ([]byte, error) {
	if a.GPUs == nil {
		a.GPUs = []gpu.Device{}
	}
	b, err := json.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("onchain: encode announcement: %w", err)
	}
	return b, nil
}

// DecodeAnnouncement parses an announcement strictly: unknown fields and a URL that
// is not absolute http(s) are errors (the bytes come from anyone on chain).
func DecodeAnnouncement(b []byte) (Announcement, error) {
	var a Announcement
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&a); err != nil {
		return Announcement{}, fmt.Errorf("onchain: announcement: %w", err)
	}
	if d.More() {
		return Announcement{}, errors.New("onchain: announcement: trailing data")
	}
	if a.URL != "" {
		u, err := url.Parse(a.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return Announcement{}, fmt.Errorf("onchain: announcement: url %q is not an absolute http(s) URL", a.URL)
		}
	}
	return a, nil
}

// Announce publishes a for the market's account.
func (m *Market) Announce(ctx context.Context, a Announcement) error {
	b, err := a.Encode()
	if err != nil {
		return err
	}
	_, err = m.send(ctx, tm.PackAnnounce(b), nil, "announce")
	return err
}

// LatestAnnouncement is who's most recent valid announcement in blocks from..head.
// Invalid ones are skipped (anyone can log bytes); none at all is ErrNoAnnouncement.
func (m *Market) LatestAnnouncement(ctx context.Context, who common.Address, from uint64) (Announcement, error) {
	ev := tm.GetABI().Events["Announced"]
	logs, err := m.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		Topics: [][]common.Hash{{ev.ID}, {common.BytesToHash(who.Bytes())}}})
	if err != nil {
		return Announcement{}, fmt.Errorf("onchain: announcements of %s: %w", who, err)
	}
	for i := len(logs) - 1; i >= 0; i-- {
		e, err := tm.UnpackAnnouncedEvent(&logs[i])
		if err != nil {
			continue
		}
		if a, err := DecodeAnnouncement(e.Info); err == nil {
			return a, nil
		}
	}
	return Announcement{}, fmt.Errorf("%w from %s", ErrNoAnnouncement, who)
}
