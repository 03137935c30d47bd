package train

import (
	"encoding/json"
	"fmt"

	"github.com/veritrain/veritrain/dataset"
)

// Text names a byte-level text held in a dataset by root: one uint8 array to train on
// and, optionally, one held out, one token per byte. `veritrain dataset add --text
// FILE` makes such a dataset from any UTF-8 files (arrays NAME-train and NAME-val).
type Text struct {
	Root  string `json:"root"`          // the dataset's root, 64 lowercase hex digits
	Train string `json:"train"`         // array of the training text
	Val   string `json:"val,omitempty"` // array of the held-out text; "": none
}

// builtinTexts are the text datasets a spec names by Dataset: dataset/text/install.sh
// installs them (nothing is downloaded at run time).
var builtinTexts = map[string]func() (*dataset.Dataset, error){"sotu": dataset.SOTU}

// validateText checks a transformer spec and its text.
func (s *Spec) validateText() error {
	if len(s.Layers) != 0 {
		return badSpec("a spec has layers or a transformer, not both")
	}
	if s.Data != nil {
		return badSpec("data is the data of a layer spec; a transformer trains on text (dataset \"sotu\" or text)")
	}
	switch t := s.Text; {
	case t != nil && s.Dataset != "":
		return badSpec("dataset %q and text both given: a spec trains on one", s.Dataset)
	case t == nil && builtinTexts[s.Dataset] == nil:
		return badSpec("a transformer trains on text: dataset \"sotu\" or text {root, train, val}, not %q", s.Dataset)
	case t != nil && !isRootHex(t.Root):
		return badSpec("text.root %q is not 64 lowercase hex digits", t.Root)
	case t != nil && (t.Train == "" || t.Train == t.Val):
		return badSpec("text needs a train array, other than its val array")
	}
	return s.Transformer.validate(s.BatchSize)
}

// textSplits is the text a spec trains on and the text it holds out.
type textSplits struct{ train, val []byte }

// loadText reads a transformer spec's text: a built-in one by name, or the spec's Text
// from lib (nil: the default library), every chunk checked against the root; the arrays'
// headers (uint8, one dimension, their bytes against maxBytes) are checked first. Every
// byte must be a token below the vocabulary.
func loadText(s *Spec, lib *dataset.Library, maxBytes int64) (*Dataset, error) {
	key := "text:" + s.Dataset
	if s.Text != nil {
		b, err := json.Marshal(s.Text)
		if err != nil {
			return nil, fmt.Errorf("train: %w", err)
		}
		key = string(b)
	}
	loadMu.Lock()
	defer loadMu.Unlock()
	d, ok := loadedData.get(key)
	if !ok {
		var sp textSplits
		var err error
		if s.Text == nil {
			sp, err = builtinText(s.Dataset)
		} else {
			sp, err = textByRoot(s, lib, maxBytes)
		}
		if err != nil {
			return nil, err
		}
		d = &Dataset{Name: s.dataName(), Tokens: sp.train, ValTokens: sp.val}
		loadedData.put(key, d)
	}
	m := s.Transformer
	if len(d.Tokens) < m.Context+1 {
		return nil, fmt.Errorf("%w: %s has %d training bytes, fewer than one sequence of %d", ErrBadData, d.Name, len(d.Tokens), m.Context+1)
	}
	for _, part := range [][]byte{d.Tokens, d.ValTokens} {
		if m.Vocab > 255 {
			break // every byte is a token
		}
		for i, b := range part {
			if int(b) >= m.Vocab {
				return nil, fmt.Errorf("%w: %s: byte %d at offset %d is not below the vocabulary of %d", ErrBadData, d.Name, b, i, m.Vocab)
			}
		}
	}
	return d, nil
}

func builtinText(name string) (textSplits, error) {
	ds, err := builtinTexts[name]()
	if err != nil {
		return textSplits{}, fmt.Errorf("train: text %s: %w", name, err)
	}
	var sp textSplits
	for _, a := range ds.Arrays {
		switch a.Name {
		case name + "-train":
			sp.train = a.Data
		case name + "-val":
			sp.val = a.Data
		}
	}
	return sp, nil
}

func textByRoot(s *Spec, lib *dataset.Library, maxBytes int64) (textSplits, error) {
	l, err := dataset.LibraryOrDefault(lib)
	if err != nil {
		return textSplits{}, err
	}
	root := rootOfHex(s.Text.Root)
	dir, err := l.Open(root)
	if err != nil {
		return textSplits{}, fmt.Errorf("train: spec %s: text: %w", s.Name, err)
	}
	names := []string{s.Text.Train}
	if s.Text.Val != "" {
		names = append(names, s.Text.Val)
	}
	var need int64
	idx := make([]int, len(names))
	for i, n := range names {
		a := dir.Manifest.Index(n)
		if a < 0 {
			return textSplits{}, fmt.Errorf("%w: spec %s: dataset %x has no array %q", ErrBadData, s.Name, root[:8], n)
		}
		h := dir.Manifest.Arrays[a].Header
		if h.DType != dataset.Uint8 || len(h.Shape) != 1 {
			return textSplits{}, fmt.Errorf("%w: spec %s: text array %q is %s %v, want uint8 of one dimension", ErrBadData, s.Name, n, h.DType, h.Shape)
		}
		idx[i], need = a, need+int64(h.Shape[0])
	}
	if maxBytes > 0 && need > maxBytes {
		return textSplits{}, fmt.Errorf("%w: spec %s's text takes %d bytes, more than the %d allowed", ErrDataTooLarge, s.Name, need, maxBytes)
	}
	var parts [2][]byte
	for i, a := range idx {
		arr, err := dir.Array(a)
		if err != nil {
			return textSplits{}, fmt.Errorf("train: spec %s: text %q: %w", s.Name, names[i], err)
		}
		parts[i] = arr.Data
	}
	return textSplits{train: parts[0], val: parts[1]}, nil
}

// Sequences are windows of context+1 bytes starting every context bytes (each target
// is its input shifted by one): a text of n bytes holds (n-1)/context of them. An epoch
// visits them in the seeded Fisher–Yates order batcher uses for examples.
func sequences(n, context int) int { return (n - 1) / context }

// fillText writes sequence seq of text as one-hot inputs x and targets y (context rows
// of vocab each, cleared first).
func fillText(text []byte, seq, context, vocab int, x, y []float32) {
	clear(x)
	clear(y)
	w := text[seq*context : seq*context+context+1]
	for t := range context {
		x[t*vocab+int(w[t])] = 1
		y[t*vocab+int(w[t+1])] = 1
	}
}
