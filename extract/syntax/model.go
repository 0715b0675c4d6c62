package syntax

import (
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"math"
)

const modelVersion = 1

// Model is the trained syntax layer: lexicon, tagger, lemmatizer and parser.
type Model struct {
	Version int
	Lex     lexicon
	Tagger  *tagger
	Lemma   *lemmatizer
	Parser  *parser
}

func (m *Model) index() {
	m.Tagger.M.index()
	m.Parser.Trans.index()
	m.Parser.Label.index()
}

// Save writes the model as gob inside gzip, weights quantised to 16 bits.
func (m *Model) Save(w io.Writer) error {
	for _, mm := range []*model{m.Tagger.M, m.Parser.Trans, m.Parser.Label} {
		mm.quantise()
		defer func(mm *model) { mm.Quant, mm.Weight = nil, mm.dequantised() }(mm)
		mm.Weight = nil
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(m); err != nil {
		return fmt.Errorf("syntax: save model: %w", err)
	}
	return zw.Close()
}

// LoadModel reads a model written by Save.
func LoadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("syntax: load model: %w", err)
	}
	var m Model
	if err := gob.NewDecoder(zr).Decode(&m); err != nil {
		return nil, fmt.Errorf("syntax: load model: %w", err)
	}
	if m.Version != modelVersion || m.Tagger == nil || m.Tagger.M == nil || m.Parser == nil || m.Parser.Trans == nil || m.Parser.Label == nil || m.Lemma == nil {
		return nil, fmt.Errorf("syntax: load model: version %d or parts missing", m.Version)
	}
	for _, mm := range []*model{m.Tagger.M, m.Parser.Trans, m.Parser.Label} {
		mm.Weight, mm.Quant = mm.dequantised(), nil
		if len(mm.Start) != len(mm.Keys)+1 || len(mm.Class) != len(mm.Weight) || int(mm.Start[len(mm.Keys)]) != len(mm.Class) {
			return nil, fmt.Errorf("syntax: load model: weight tables do not match")
		}
		for _, c := range mm.Class {
			if int(c) >= mm.Classes {
				return nil, fmt.Errorf("syntax: load model: class %d out of range", c)
			}
		}
	}
	if m.Tagger.M.Classes != len(UPOS) || m.Parser.Trans.Classes != nActions || m.Parser.Label.Classes != len(m.Parser.Labels) {
		return nil, fmt.Errorf("syntax: load model: class counts do not match")
	}
	m.index()
	return &m, nil
}

// quantise stores the weights as int16 steps of one scale per model, which
// halves the file and loses nothing a decision can see.
func (mm *model) quantise() {
	var top float32
	for _, w := range mm.Weight {
		top = max(top, w, -w)
	}
	mm.Scale = top / 32767
	if mm.Scale == 0 {
		mm.Scale = 1
	}
	mm.Quant = make([]int16, len(mm.Weight))
	for i, w := range mm.Weight {
		mm.Quant[i] = int16(math.Round(float64(w / mm.Scale)))
	}
}

func (mm *model) dequantised() []float32 {
	if mm.Quant == nil {
		return mm.Weight
	}
	out := make([]float32, len(mm.Quant))
	for i, q := range mm.Quant {
		out[i] = float32(q) * mm.Scale
	}
	return out
}
