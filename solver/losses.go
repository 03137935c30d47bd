package solver

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"

	"github.com/veritrain/veritrain/internal/atomicfile"
)

// lossFile, in a task's run folder, records the training loss of every step trained
// so far (float32, little endian, in step order). It is rewritten whole, atomically, at
// each checkpoint, so a restart resumes it with the checkpoints; /tasks/<id>/losses
// serves it (Losses). The losses are the solver's word: a checker that re-ran a segment
// and matched its end state vouches for that segment's, nobody for the rest.
const lossFile = "losses.f32"

// readLosses is the first n losses recorded in dir; steps the file lacks (a crash
// between a checkpoint and its losses) are NaN.
func readLosses(dir string, n uint64) ([]float32, error) {
	out := make([]float32, n)
	b, err := os.ReadFile(filepath.Join(dir, lossFile))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("solver: losses: %w", err)
	}
	for i := range out {
		if 4*i+4 <= len(b) {
			out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
		} else {
			out[i] = float32(math.NaN())
		}
	}
	return out, nil
}

// writeLosses records losses in dir.
func writeLosses(dir string, losses []float32) error {
	b := make([]byte, 4*len(losses))
	for i, v := range losses {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, lossFile), b, 0o644); err != nil {
		return fmt.Errorf("solver: losses: %w", err)
	}
	return nil
}

// Losses is the JSON body of /tasks/<id>/losses: the training loss of each step trained
// so far (null where it is not a finite number or was lost), of Steps in all.
type Losses struct {
	Steps  uint64     `json:"steps"`
	Losses []*float64 `json:"losses"`
}

// LossesJSON encodes losses of a task of steps steps.
func LossesJSON(steps uint64, losses []float32) Losses {
	out := Losses{Steps: steps, Losses: make([]*float64, len(losses))}
	for i, v := range losses {
		if f := float64(v); !math.IsNaN(f) && !math.IsInf(f, 0) {
			out.Losses[i] = &f
		}
	}
	return out
}
