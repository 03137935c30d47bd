package contracts_test

import (
	"bytes"
	"strings"
	"testing"
)

// TestAnnounce: an announcement is logged with its sender and bytes, and one longer
// than MAX_INFO is refused (readers parse these).
func TestAnnounce(t *testing.T) {
	e := newEnv(t, 4)
	info := []byte(`{"url":"http://127.0.0.1:8545","gpus":[]}`)
	r := e.mustSend(accOutsider, e.market, e.tm.PackAnnounce(info), nil)
	var got int
	for _, l := range r.Logs {
		ev, err := e.tm.UnpackAnnouncedEvent(l)
		if err != nil {
			continue
		}
		got++
		if ev.Who != e.addr(accOutsider) || !bytes.Equal(ev.Info, info) {
			t.Fatalf("announced %x %q, want %x %q", ev.Who, ev.Info, e.addr(accOutsider), info)
		}
	}
	if got != 1 {
		t.Fatalf("%d Announced events, want 1", got)
	}
	max := call(e, e.market, e.tm.PackMAXINFO(), e.tm.UnpackMAXINFO)
	long := []byte(strings.Repeat("x", int(max.Int64())+1))
	if _, err := e.send(accOutsider, e.market, e.tm.PackAnnounce(long), nil); err == nil {
		t.Fatal("an announcement over MAX_INFO was accepted")
	}
}
