package verifier

import (
	"errors"
	"strings"
	"testing"
)

func TestParseAttestation(t *testing.T) {
	h := strings.Repeat("0f", 32)
	ok := `{"market":"0x00000000000000000000000000000000000000aa","task":3,"segment":1,"end":"` + h + `","salt":"` + h + `"}`
	cases := []struct {
		name string
		in   string
		ok   bool
	}{
		{"good", ok, true},
		{"good with newline", ok + "\n", true},
		{"unknown field", strings.Replace(ok, `"task"`, `"tusk":1,"task"`, 1), false},
		{"trailing data", ok + "{}", false},
		{"short end", strings.Replace(ok, `"end":"`+h, `"end":"`+h[:60], 1), false},
		{"bad hex salt", strings.Replace(ok, `"salt":"`+h, `"salt":"`+strings.Repeat("zz", 32), 1), false},
		{"empty", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := parseAttestation([]byte(c.in))
			if c.ok != (err == nil) {
				t.Fatalf("err %v, want ok=%v", err, c.ok)
			}
			if err != nil && !errors.Is(err, ErrAttestFile) {
				t.Fatalf("err %v is not ErrAttestFile", err)
			}
			if c.ok && (a.Task != 3 || a.Segment != 1 || a.end[0] != 0x0f || a.salt[31] != 0x0f) {
				t.Fatalf("decoded %+v", a)
			}
		})
	}
}

// FuzzParseAttestation: a stored attestation file is read back after a restart; any
// content is an error or a decoded attestation, never a panic, and a decoded one
// encodes its hashes back to what was read.
func FuzzParseAttestation(f *testing.F) {
	h := strings.Repeat("0f", 32)
	f.Add([]byte(`{"market":"0xaa","task":3,"segment":1,"end":"` + h + `","salt":"` + h + `"}`))
	f.Add([]byte(`{"task":-1}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := parseAttestation(b)
		if err != nil {
			if !errors.Is(err, ErrAttestFile) {
				t.Fatalf("err %v is not ErrAttestFile", err)
			}
			return
		}
		if !strings.EqualFold(a.End, hexOf(a.end)) || !strings.EqualFold(a.Salt, hexOf(a.salt)) {
			t.Fatalf("end %q salt %q decoded to %x %x", a.End, a.Salt, a.end, a.salt)
		}
	})
}
