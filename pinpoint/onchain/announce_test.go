package onchain

import (
	"strings"
	"testing"

	"github.com/veritrain/veritrain/gpu"
)

func TestAnnouncementRoundTrip(t *testing.T) {
	a := Announcement{Role: "solver", URL: "http://127.0.0.1:7070", Version: "dev",
		GPUs: []gpu.Device{{Name: "NVIDIA H100", UUID: "GPU-1", MemoryBytes: 80 << 30}}}
	b, err := a.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeAnnouncement(b)
	if err != nil || got.URL != a.URL || len(got.GPUs) != 1 || got.GPUs[0].UUID != "GPU-1" {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	for _, bad := range []string{`{"role":"solver","url":"file:///etc/passwd","gpus":[]}`,
		`{"role":"solver","gpus":[],"extra":1}`, `{"role":"solver","gpus":[]} {}`, `not json`,
		`{"role":"solver","url":"127.0.0.1:80","gpus":[]}`} {
		if _, err := DecodeAnnouncement([]byte(bad)); err == nil {
			t.Errorf("%s: accepted", bad)
		} else if !strings.Contains(err.Error(), "announcement") {
			t.Errorf("%s: error %v does not name the announcement", bad, err)
		}
	}
}

func FuzzDecodeAnnouncement(f *testing.F) {
	f.Add([]byte(`{"role":"solver","url":"http://x:1","gpus":[]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := DecodeAnnouncement(b)
		if err != nil {
			return
		}
		enc, err := a.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeAnnouncement(enc); err != nil {
			t.Fatalf("re-decoding %s: %v", enc, err)
		}
	})
}
