package store

import (
	"context"
	"testing"

	"github.com/klauspost/compress/zstd"
)

func benchCodec(b *testing.B, level zstd.EncoderLevel, delta bool) {
	c, err := NewCodec(level, 1<<30)
	if err != nil {
		b.Fatal(err)
	}
	enc, base := mustEncode(b, toy[2]), mustEncode(b, toy[1])
	root, baseRoot := toy[2].Hash(), toy[1].Hash()
	if !delta {
		base = nil
	}
	blob, err := c.Compress(enc, root, base, baseRoot)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(enc))/float64(len(blob)), "ratio")
	b.SetBytes(int64(len(enc)))
	b.Run("compress", func(b *testing.B) {
		for b.Loop() {
			if _, err := c.Compress(enc, root, base, baseRoot); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("decompress", func(b *testing.B) {
		for b.Loop() {
			if _, err := c.Decompress(context.Background(), blob, base); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkCodecFastest(b *testing.B)      { benchCodec(b, zstd.SpeedFastest, false) }
func BenchmarkCodecFastestDelta(b *testing.B) { benchCodec(b, zstd.SpeedFastest, true) }
func BenchmarkCodecDefaultDelta(b *testing.B) { benchCodec(b, zstd.SpeedDefault, true) }
