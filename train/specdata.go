package train

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/veritrain/veritrain/dataset"
)

// Data names the dataset a spec trains on by its root (package dataset's commitment),
// and how examples are read from it. Everything that decides a batch is here, so the
// spec hash commits to it: the batch of step s is a function of (root, split, seed, s)
// alone (the data order of data.go over the split's rows).
//
// An example is one row of the split's inputs array: its shape is [rows] ++ Shape,
// except that a trailing channel of 1 may be left out ([rows, 28, 28] for Shape
// [28, 28, 1]); the layout is row-major NHWC, as veritrain's convolutions read it. Its
// label is the same row of the labels array, [rows] of any integer type, each < Classes.
// An input number v (of type uint8, int8, uint16, int16, uint32, int32, float16,
// bfloat16 or float32) becomes float32(v) (exact for all but 32-bit integers past 2^24,
// which round to nearest even) and then float32(v)/Scale, one correctly rounded division,
// when Scale is set (255 reads bytes as [0, 1], as the built-in MNIST does).
type Data struct {
	Root    string  `json:"root"`            // the dataset's root, 64 lowercase hex digits
	Shape   []int   `json:"shape"`           // one example: [H, W, C], [H, W] (C = 1) or [features]
	Classes int     `json:"classes"`         // 2..256
	Scale   float32 `json:"scale,omitempty"` // inputs are divided by it (0: not divided)
	Train   Split   `json:"train"`
	Test    *Split  `json:"test,omitempty"` // held out: Trainer.Evaluate's; nil: none
}

// Split is a part of the dataset: rows [Rows[0], Rows[1]) of two arrays (all their rows
// when Rows is empty).
type Split struct {
	Inputs string   `json:"inputs"`
	Labels string   `json:"labels"`
	Rows   []uint64 `json:"rows,omitempty"`
}

// maxFeatures bounds one example's numbers.
const maxFeatures = 1 << 24

// RootBytes is the dataset root as bytes (the spec was validated: it parses).
func (d *Data) RootBytes() [32]byte { return rootOfHex(d.Root) }

// isRootHex reports whether s is a root as specs write it: 64 lowercase hex digits.
func isRootHex(s string) bool {
	b, err := hex.DecodeString(s)
	return err == nil && len(b) == 32 && strings.ToLower(s) == s
}

func rootOfHex(s string) [32]byte {
	var r [32]byte
	hex.Decode(r[:], []byte(s))
	return r
}

func (d *Data) validate() (dsInfo, error) {
	if !isRootHex(d.Root) {
		return dsInfo{}, badSpec("data.root %q is not 64 lowercase hex digits", d.Root)
	}
	var info dsInfo
	switch len(d.Shape) {
	case 1:
		info = dsInfo{H: 1, W: d.Shape[0], C: 1}
	case 2:
		info = dsInfo{H: d.Shape[0], W: d.Shape[1], C: 1}
	case 3:
		info = dsInfo{H: d.Shape[0], W: d.Shape[1], C: d.Shape[2]}
	default:
		return dsInfo{}, badSpec("data.shape %v: want [H, W, C], [H, W] or [features]", d.Shape)
	}
	n := 1
	for _, v := range d.Shape {
		if v < 1 || v > maxFeatures || n*v > maxFeatures {
			return dsInfo{}, badSpec("data.shape %v: each size ≥ 1 and at most %d numbers an example", d.Shape, maxFeatures)
		}
		n *= v
	}
	if d.Classes < 2 || d.Classes > 256 {
		return dsInfo{}, badSpec("data.classes %d is not in [2, 256]", d.Classes)
	}
	info.Classes = d.Classes
	if d.Scale != 0 && (!(d.Scale > 0) || math.IsInf(float64(d.Scale), 0) || d.Scale < math.SmallestNonzeroFloat32*(1<<23)) {
		return dsInfo{}, badSpec("data.scale %g: want a positive normal number, or none", d.Scale)
	}
	if err := d.Train.validate("train"); err != nil {
		return dsInfo{}, err
	}
	if d.Test != nil {
		if err := d.Test.validate("test"); err != nil {
			return dsInfo{}, err
		}
	}
	return info, nil
}

func (sp *Split) validate(which string) error {
	if sp.Inputs == "" || sp.Labels == "" {
		return badSpec("data.%s needs inputs and labels (array names)", which)
	}
	if sp.Inputs == sp.Labels {
		return badSpec("data.%s: inputs and labels are one array %q", which, sp.Inputs)
	}
	switch {
	case len(sp.Rows) == 0:
	case len(sp.Rows) == 2 && sp.Rows[0] < sp.Rows[1]:
	default:
		return badSpec("data.%s.rows %v: want [from, to) with from < to, or none (all rows)", which, sp.Rows)
	}
	return nil
}

// input is the shape of the spec's examples and its classes.
func (s *Spec) input() (dsInfo, error) {
	if s.Data != nil {
		if s.Dataset != "" {
			return dsInfo{}, badSpec("dataset %q and data both given: a spec trains on one", s.Dataset)
		}
		return s.Data.validate()
	}
	info, ok := datasetInfo[s.Dataset]
	if !ok {
		return dsInfo{}, badSpec("dataset %q is unknown (have %s, or name a dataset by root in data)", s.Dataset, strings.Join(datasetNames(), ", "))
	}
	return info, nil
}

// mustInput is input for a validated spec.
func (s *Spec) mustInput() dsInfo {
	info, err := s.input()
	if err != nil {
		panic(fmt.Sprintf("train: spec used unvalidated: %v", err))
	}
	return info
}

// dataName names the spec's data in messages.
func (s *Spec) dataName() string {
	if s.Data != nil {
		return "dataset " + s.Data.Root[:min(16, len(s.Data.Root))]
	}
	return s.Dataset
}

// loadSpecData returns the data set of a spec: a built-in one by name, or the spec's
// Data read from lib (nil: dataset.DefaultLibrary()), every chunk checked against the
// root. Like LoadDataset, it is read once per process and shared.
func loadSpecData(s *Spec, lib *dataset.Library) (*Dataset, error) {
	if s.Data == nil {
		return LoadDataset(s.Dataset)
	}
	info, err := s.input()
	if err != nil {
		return nil, err
	}
	key, err := json.Marshal(s.Data)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	loadMu.Lock()
	defer loadMu.Unlock()
	if d, ok := loaded["data:"+string(key)]; ok {
		return d, nil
	}
	if lib == nil {
		l, err := dataset.DefaultLibrary()
		if err != nil {
			return nil, err
		}
		lib = &l
	}
	dir, err := lib.Open(s.Data.RootBytes())
	if err != nil {
		return nil, fmt.Errorf("train: spec %s: %w", s.Name, err)
	}
	d := &Dataset{Name: s.dataName(), H: info.H, W: info.W, C: info.C, Classes: info.Classes}
	if d.TrainX, d.TrainY, err = readSplit(dir, s.Data, &s.Data.Train); err != nil {
		return nil, fmt.Errorf("train: spec %s: data.train: %w", s.Name, err)
	}
	if s.Data.Test != nil {
		if d.TestX, d.TestY, err = readSplit(dir, s.Data, s.Data.Test); err != nil {
			return nil, fmt.Errorf("train: spec %s: data.test: %w", s.Name, err)
		}
	}
	loaded["data:"+string(key)] = d
	return d, nil
}

// ErrBadData: a dataset does not hold what the spec says it does.
var ErrBadData = errors.New("train: dataset does not fit the spec")

// readSplit reads the rows of sp (inputs converted to float32, labels checked).
func readSplit(dir *dataset.Dir, d *Data, sp *Split) ([]float32, []uint8, error) {
	get := func(name string) (dataset.Array, error) {
		i := dir.Manifest.Index(name)
		if i < 0 {
			names := make([]string, len(dir.Manifest.Arrays))
			for k, e := range dir.Manifest.Arrays {
				names[k] = e.Name
			}
			return dataset.Array{}, fmt.Errorf("%w: no array %q (it has %s)", ErrBadData, name, strings.Join(names, ", "))
		}
		return dir.Array(i)
	}
	in, err := get(sp.Inputs)
	if err != nil {
		return nil, nil, err
	}
	lab, err := get(sp.Labels)
	if err != nil {
		return nil, nil, err
	}
	if len(in.Shape) == 0 || !(slices.Equal(in.Shape[1:], d.Shape) ||
		(len(d.Shape) == 3 && d.Shape[2] == 1 && slices.Equal(in.Shape[1:], d.Shape[:2]))) {
		return nil, nil, fmt.Errorf("%w: inputs %q are %v, want [rows]%v", ErrBadData, in.Name, in.Shape, d.Shape)
	}
	rows := uint64(in.Shape[0])
	if len(lab.Shape) != 1 || uint64(lab.Shape[0]) != rows {
		return nil, nil, fmt.Errorf("%w: labels %q are %v, want [%d] (one a row of %q)", ErrBadData, lab.Name, lab.Shape, rows, in.Name)
	}
	from, to := uint64(0), rows
	if len(sp.Rows) == 2 {
		if from, to = sp.Rows[0], sp.Rows[1]; to > rows {
			return nil, nil, fmt.Errorf("%w: rows %v of %q, which has %d", ErrBadData, sp.Rows, in.Name, rows)
		}
	}
	feat := uint64(len1(d.Shape))
	x, err := toFloat32(in, from*feat, to*feat, d.Scale)
	if err != nil {
		return nil, nil, err
	}
	y, err := toLabels(lab, from, to, d.Classes)
	if err != nil {
		return nil, nil, err
	}
	return x, y, nil
}

// toFloat32 converts elements [from, to) of a to float32, each divided by scale if set.
func toFloat32(a dataset.Array, from, to uint64, scale float32) ([]float32, error) {
	size := uint64(a.DType.Size())
	b := a.Data[from*size : to*size]
	x := make([]float32, to-from)
	var conv func(i int) float32
	switch a.DType {
	case dataset.Uint8:
		conv = func(i int) float32 { return float32(b[i]) }
	case dataset.Int8:
		conv = func(i int) float32 { return float32(int8(b[i])) }
	case dataset.Uint16:
		conv = func(i int) float32 { return float32(binary.LittleEndian.Uint16(b[2*i:])) }
	case dataset.Int16:
		conv = func(i int) float32 { return float32(int16(binary.LittleEndian.Uint16(b[2*i:]))) }
	case dataset.Uint32:
		conv = func(i int) float32 { return float32(binary.LittleEndian.Uint32(b[4*i:])) }
	case dataset.Int32:
		conv = func(i int) float32 { return float32(int32(binary.LittleEndian.Uint32(b[4*i:]))) }
	case dataset.Float16:
		conv = func(i int) float32 { return halfToFloat32(binary.LittleEndian.Uint16(b[2*i:])) }
	case dataset.BFloat16:
		conv = func(i int) float32 { return math.Float32frombits(uint32(binary.LittleEndian.Uint16(b[2*i:])) << 16) }
	case dataset.Float32:
		conv = func(i int) float32 { return math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:])) }
	default:
		return nil, fmt.Errorf("%w: inputs %q are %s (have uint8, int8, uint16, int16, uint32, int32, float16, bfloat16, float32)", ErrBadData, a.Name, a.DType)
	}
	for i := range x {
		x[i] = conv(i)
		if scale != 0 {
			x[i] /= scale
		}
	}
	return x, nil
}

// toLabels reads elements [from, to) of a, integers below classes.
func toLabels(a dataset.Array, from, to uint64, classes int) ([]uint8, error) {
	size := uint64(a.DType.Size())
	var signed bool
	switch a.DType {
	case dataset.Uint8, dataset.Uint16, dataset.Uint32, dataset.Uint64:
	case dataset.Int8, dataset.Int16, dataset.Int32, dataset.Int64:
		signed = true
	default:
		return nil, fmt.Errorf("%w: labels %q are %s, not integers", ErrBadData, a.Name, a.DType)
	}
	y := make([]uint8, to-from)
	var buf [8]byte
	for i := range y {
		r := from + uint64(i)
		clear(buf[:])
		copy(buf[:], a.Data[r*size:(r+1)*size])
		v := binary.LittleEndian.Uint64(buf[:])
		if signed && buf[size-1]&0x80 != 0 { // negative
			return nil, fmt.Errorf("%w: labels %q row %d is negative", ErrBadData, a.Name, r)
		}
		if v >= uint64(classes) {
			return nil, fmt.Errorf("%w: labels %q row %d is %d, not below the %d classes", ErrBadData, a.Name, r, v, classes)
		}
		y[i] = uint8(v)
	}
	return y, nil
}

// halfToFloat32 converts an IEEE 754 binary16 to float32 (exact: every half is a float).
func halfToFloat32(h uint16) float32 {
	sign := uint32(h>>15) << 31
	exp := uint32(h>>10) & 0x1f
	man := uint32(h) & 0x3ff
	switch {
	case exp == 0x1f: // inf, NaN (payload kept, shifted)
		return math.Float32frombits(sign | 0xff<<23 | man<<13)
	case exp == 0 && man == 0:
		return math.Float32frombits(sign)
	case exp == 0: // subnormal: m·2^-24, exact as a float32
		f := float32(man) * (1.0 / (1 << 24))
		return math.Float32frombits(sign | math.Float32bits(f))
	}
	return math.Float32frombits(sign | (exp+112)<<23 | man<<13)
}
