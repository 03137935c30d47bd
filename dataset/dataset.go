package dataset

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/veritrain/veritrain/internal/atomicfile"
)

// Dataset is a dataset held in memory: its arrays in name order and their manifest.
type Dataset struct {
	Arrays   []Array // sorted by name; callers must not modify them
	manifest *Manifest
}

// New checks the arrays and returns them as a dataset, sorted by name (the arrays'
// data is shared, not copied).
func New(arrays []Array) (*Dataset, error) {
	entries := make([]Entry, len(arrays))
	w := newWriter(context.Background(), "")
	for i := range arrays {
		a := &arrays[i]
		if err := a.Validate(); err != nil {
			return nil, fmt.Errorf("array %d: %w", i, err)
		}
		p := part{Header: a.Header, nbytes: int64(len(a.Data))}
		var err error
		if entries[i], err = w.entry(&p, memStream(&p, a.Data)); err != nil {
			return nil, err
		}
	}
	m, order, err := newManifest(entries, func(i int) string { return fmt.Sprintf("array %d", i) })
	if err != nil {
		return nil, err
	}
	d := &Dataset{Arrays: make([]Array, len(arrays)), manifest: m}
	for i, k := range order {
		d.Arrays[i] = Array{Header: m.Arrays[i].Header, Data: arrays[k].Data}
	}
	return d, nil
}

// memStream is a stream over data held in memory.
func memStream(p *part, data []byte) *stream {
	return &stream{r: &reader{r: bytes.NewReader(data), size: int64(len(data))}, p: p}
}

// Root returns the dataset's root.
func (d *Dataset) Root() [32]byte { return d.manifest.Root }

// Manifest returns the dataset's manifest (shared: callers must not modify it).
func (d *Dataset) Manifest() *Manifest { return d.manifest }

// Index returns the index of the array named name, or -1.
func (d *Dataset) Index(name string) int { return d.manifest.Index(name) }

// chunk returns chunk c of array a.
func (d *Dataset) chunk(a, c int) ([]byte, error) {
	data := d.Arrays[a].Data
	lo := c * ChunkBytes
	return data[lo:min(len(data), lo+ChunkBytes)], nil
}

// Write stores the dataset in the folder dir as Add does (idempotent; ErrExists for a
// folder holding another dataset; on failure the chunk files it created are removed).
func (d *Dataset) Write(ctx context.Context, dir string) (st Stats, err error) {
	old, err := readManifest(dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return Stats{}, err
	}
	if old != nil && old.Root != d.Root() {
		return Stats{}, fmt.Errorf("%w: %s holds dataset %x, not %x", ErrExists, dir, old.Root, d.Root())
	}
	if err := os.MkdirAll(filepath.Join(dir, ChunkDir), 0o755); err != nil {
		return Stats{}, fmt.Errorf("dataset: %w", err)
	}
	w := newWriter(ctx, dir)
	defer func() {
		if err != nil {
			w.undo()
		}
	}()
	for a := range d.Arrays {
		e := &d.manifest.Arrays[a]
		for c := range e.Chunks {
			if err := ctx.Err(); err != nil {
				return Stats{}, err
			}
			b, _ := d.chunk(a, c)
			if err := w.submit(e.Chunks[c], b, nil); err != nil {
				return Stats{}, err
			}
		}
	}
	if err := w.finish(); err != nil {
		return Stats{}, err
	}
	if old == nil {
		b, err := d.manifest.Encode()
		if err != nil {
			return Stats{}, err
		}
		if err := atomicfile.WriteFile(filepath.Join(dir, ManifestFile), b, 0o644); err != nil {
			return Stats{}, fmt.Errorf("dataset: %w", err)
		}
	}
	return w.stats, nil
}
