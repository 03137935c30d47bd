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
	if builtinTexts[s.Dataset] != nil {
		return dsInfo{}, badSpec("dataset %q is a text: train it with a transformer", s.Dataset)
	}
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
	if s.Text != nil {
		return "text " + s.Text.Root[:min(16, len(s.Text.Root))]
	}
	return s.Dataset
}

// loadSpecData returns the data set of a spec: a built-in one by name, or the spec's
// Data read from lib (nil: dataset.DefaultLibrary()), every chunk read checked against
// the root. The arrays' headers are checked against the spec first (names, types,
// shapes, rows: from the manifest alone), and the memory the splits take as float32
// against maxBytes (0: no bound), before any data is read; only the chunks covering
// the splits' rows are read. The last maxLoadedData loaded are kept and shared.
func loadSpecData(s *Spec, lib *dataset.Library, maxBytes int64) (*Dataset, error) {
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
	if d, ok := loadedData.get(string(key)); ok {
		return d, nil
	}
	l, err := dataset.LibraryOrDefault(lib)
	if err != nil {
		return nil, err
	}
	dir, err := l.Open(s.Data.RootBytes())
	if err != nil {
		return nil, fmt.Errorf("train: spec %s: %w", s.Name, err)
	}
	splits := []*Split{&s.Data.Train}
	if s.Data.Test != nil {
		splits = append(splits, s.Data.Test)
	}
	plans := make([]splitPlan, len(splits))
	var need int64
	for i, sp := range splits {
		if plans[i], err = planSplit(dir.Manifest, s.Data, sp); err != nil {
			return nil, fmt.Errorf("train: spec %s: data.%s: %w", s.Name, splitName(i), err)
		}
		need += plans[i].memory()
	}
	if maxBytes > 0 && need > maxBytes {
		return nil, fmt.Errorf("%w: spec %s's splits take %d bytes in memory, more than the %d allowed", ErrDataTooLarge, s.Name, need, maxBytes)
	}
	d := &Dataset{Name: s.dataName(), H: info.H, W: info.W, C: info.C, Classes: info.Classes}
	for i, p := range plans {
		x, y, err := p.read(dir, s.Data)
		if err != nil {
			return nil, fmt.Errorf("train: spec %s: data.%s: %w", s.Name, splitName(i), err)
		}
		if i == 0 {
			d.TrainX, d.TrainY = x, y
		} else {
			d.TestX, d.TestY = x, y
		}
	}
	loadedData.put(string(key), d)
	return d, nil
}

// maxLoadedData is how many datasets named by specs a process keeps loaded.
const maxLoadedData = 4

// loadedData keeps the datasets of the specs last loaded (under loadMu), by their data
// section: a daemon meeting tasks of many datasets holds a bounded number in its cache
// (each trainer keeps a reference to its own as long as it lives).
var loadedData dataLRU

type dataLRU struct {
	keys []string // least recently used first
	sets map[string]*Dataset
}

func (c *dataLRU) get(key string) (*Dataset, bool) {
	d, ok := c.sets[key]
	if ok {
		c.touch(key)
	}
	return d, ok
}

func (c *dataLRU) put(key string, d *Dataset) {
	if c.sets == nil {
		c.sets = map[string]*Dataset{}
	}
	if _, ok := c.sets[key]; !ok && len(c.keys) == maxLoadedData {
		delete(c.sets, c.keys[0])
		c.keys = c.keys[1:]
	}
	c.sets[key] = d
	c.touch(key)
}

func (c *dataLRU) touch(key string) {
	c.keys = slices.DeleteFunc(c.keys, func(k string) bool { return k == key })
	c.keys = append(c.keys, key)
}

func splitName(i int) string { return [...]string{"train", "test"}[i] }

// Errors of a spec's data.
var (
	// ErrBadData: a dataset does not hold what the spec says it does.
	ErrBadData = errors.New("train: dataset does not fit the spec")
	// ErrDataTooLarge: a spec's data would take more memory than allowed.
	ErrDataTooLarge = errors.New("train: dataset too large")
)

// maxRows bounds a split's rows: the data order is a permutation of int32 indexes.
const maxRows = math.MaxInt32

// splitPlan is a split checked against the manifest: which arrays, which rows.
type splitPlan struct {
	in, lab  int // array indexes
	from, to uint64
	feat     uint64
}

// memory is what the split takes once read: float32 inputs and byte labels.
func (p splitPlan) memory() int64 { return int64((p.to - p.from) * (4*p.feat + 1)) }

// planSplit checks sp against the manifest's headers alone.
func planSplit(m *dataset.Manifest, d *Data, sp *Split) (splitPlan, error) {
	find := func(name string) (int, error) {
		i := m.Index(name)
		if i < 0 {
			names := make([]string, len(m.Arrays))
			for k, e := range m.Arrays {
				names[k] = e.Name
			}
			return 0, fmt.Errorf("%w: no array %q (it has %s)", ErrBadData, name, strings.Join(names, ", "))
		}
		return i, nil
	}
	var p splitPlan
	var err error
	if p.in, err = find(sp.Inputs); err != nil {
		return p, err
	}
	if p.lab, err = find(sp.Labels); err != nil {
		return p, err
	}
	in, lab := m.Arrays[p.in].Header, m.Arrays[p.lab].Header
	if len(in.Shape) == 0 || !(slices.Equal(in.Shape[1:], d.Shape) ||
		(len(d.Shape) == 3 && d.Shape[2] == 1 && slices.Equal(in.Shape[1:], d.Shape[:2]))) {
		return p, fmt.Errorf("%w: inputs %q are %v, want [rows]%v", ErrBadData, in.Name, in.Shape, d.Shape)
	}
	if _, ok := inputConv(in.DType); !ok {
		return p, fmt.Errorf("%w: inputs %q are %s (have uint8, int8, uint16, int16, uint32, int32, float16, bfloat16, float32)", ErrBadData, in.Name, in.DType)
	}
	rows := uint64(in.Shape[0])
	if len(lab.Shape) != 1 || uint64(lab.Shape[0]) != rows {
		return p, fmt.Errorf("%w: labels %q are %v, want [%d] (one a row of %q)", ErrBadData, lab.Name, lab.Shape, rows, in.Name)
	}
	if !isInteger(lab.DType) {
		return p, fmt.Errorf("%w: labels %q are %s, not integers", ErrBadData, lab.Name, lab.DType)
	}
	p.from, p.to, p.feat = 0, rows, uint64(len1(d.Shape))
	if len(sp.Rows) == 2 {
		if p.from, p.to = sp.Rows[0], sp.Rows[1]; p.to > rows {
			return p, fmt.Errorf("%w: rows %v of %q, which has %d", ErrBadData, sp.Rows, in.Name, rows)
		}
	}
	if p.to-p.from > maxRows {
		return p, fmt.Errorf("%w: %d rows in one split, more than %d", ErrBadData, p.to-p.from, maxRows)
	}
	return p, nil
}

// read reads the plan's rows (only the chunks covering them), inputs converted to
// float32 and labels checked.
func (p splitPlan) read(dir *dataset.Dir, d *Data) ([]float32, []uint8, error) {
	ih, lh := dir.Manifest.Arrays[p.in].Header, dir.Manifest.Arrays[p.lab].Header
	isz, lsz := int64(ih.DType.Size()), int64(lh.DType.Size())
	xb, err := dir.ReadRange(p.in, int64(p.from*p.feat)*isz, int64((p.to-p.from)*p.feat)*isz)
	if err != nil {
		return nil, nil, err
	}
	yb, err := dir.ReadRange(p.lab, int64(p.from)*lsz, int64(p.to-p.from)*lsz)
	if err != nil {
		return nil, nil, err
	}
	x := toFloat32(dataset.Array{Header: ih, Data: xb}, d.Scale)
	y, err := toLabels(dataset.Array{Header: lh, Data: yb}, p.from, d.Classes)
	if err != nil {
		return nil, nil, err
	}
	return x, y, nil
}

func isInteger(t dataset.DType) bool {
	switch t {
	case dataset.Uint8, dataset.Uint16, dataset.Uint32, dataset.Uint64, dataset.Int8, dataset.Int16, dataset.Int32, dataset.Int64:
		return true
	}
	return false
}

// inputConv is the conversion of an input number of type t (little-endian bytes b,
// element i) to float32; false for a type inputs cannot have.
func inputConv(t dataset.DType) (func(b []byte, i int) float32, bool) {
	switch t {
	case dataset.Uint8:
		return func(b []byte, i int) float32 { return float32(b[i]) }, true
	case dataset.Int8:
		return func(b []byte, i int) float32 { return float32(int8(b[i])) }, true
	case dataset.Uint16:
		return func(b []byte, i int) float32 { return float32(binary.LittleEndian.Uint16(b[2*i:])) }, true
	case dataset.Int16:
		return func(b []byte, i int) float32 { return float32(int16(binary.LittleEndian.Uint16(b[2*i:]))) }, true
	case dataset.Uint32:
		return func(b []byte, i int) float32 { return float32(binary.LittleEndian.Uint32(b[4*i:])) }, true
	case dataset.Int32:
		return func(b []byte, i int) float32 { return float32(int32(binary.LittleEndian.Uint32(b[4*i:]))) }, true
	case dataset.Float16:
		return func(b []byte, i int) float32 { return halfToFloat32(binary.LittleEndian.Uint16(b[2*i:])) }, true
	case dataset.BFloat16:
		return func(b []byte, i int) float32 {
			return math.Float32frombits(uint32(binary.LittleEndian.Uint16(b[2*i:])) << 16)
		}, true
	case dataset.Float32:
		return func(b []byte, i int) float32 { return math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:])) }, true
	}
	return nil, false
}

// toFloat32 converts a's elements (a type inputConv has) to float32, each divided by
// scale if set.
func toFloat32(a dataset.Array, scale float32) []float32 {
	conv, _ := inputConv(a.DType)
	x := make([]float32, len(a.Data)/a.DType.Size())
	for i := range x {
		x[i] = conv(a.Data, i)
		if scale != 0 {
			x[i] /= scale
		}
	}
	return x
}

// toLabels reads a's elements (integers), each below classes; first is the row number
// of the first (for errors).
func toLabels(a dataset.Array, first uint64, classes int) ([]uint8, error) {
	size := a.DType.Size()
	signed := a.DType == dataset.Int8 || a.DType == dataset.Int16 || a.DType == dataset.Int32 || a.DType == dataset.Int64
	y := make([]uint8, len(a.Data)/size)
	var buf [8]byte
	for i := range y {
		clear(buf[:])
		copy(buf[:], a.Data[i*size:(i+1)*size])
		v := binary.LittleEndian.Uint64(buf[:])
		if signed && buf[size-1]&0x80 != 0 {
			return nil, fmt.Errorf("%w: labels %q row %d is negative", ErrBadData, a.Name, first+uint64(i))
		}
		if v >= uint64(classes) {
			return nil, fmt.Errorf("%w: labels %q row %d is %d, not below the %d classes", ErrBadData, a.Name, first+uint64(i), v, classes)
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
