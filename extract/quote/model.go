package quote

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/syntax"
)

// modelBits is the log2 of the number of hashed feature weights.
const modelBits = 18

// CueModel is a binary averaged perceptron over hashed token features that
// tells cue words from other words, learnt from PolNeAR (see
// models/quotetrain). The rules use it to find the cues their lexicon lacks
// ("polls show", "found that", "took heat for").
type CueModel struct {
	w []float32
	// Threshold is the least score of a cue, chosen by quotetrain on
	// held-out training articles; 0 is the perceptron's own.
	Threshold float32
}

// NewCueModel returns an untrained model.
func NewCueModel() *CueModel { return &CueModel{w: make([]float32, 1<<modelBits)} }

// LoadCueModel reads a model written by WriteTo.
func LoadCueModel(r io.Reader) (*CueModel, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("quote model: %w", err)
	}
	defer zr.Close()
	m := NewCueModel()
	br := bufio.NewReader(zr)
	if err := binary.Read(br, binary.LittleEndian, &m.Threshold); err != nil {
		return nil, fmt.Errorf("quote model: %w", err)
	}
	if err := binary.Read(br, binary.LittleEndian, m.w); err != nil {
		return nil, fmt.Errorf("quote model: %w", err)
	}
	return m, nil
}

// WriteTo writes the model gzipped: the threshold, then the weights rounded to 1/1024 so that it
// compresses.
func (m *CueModel) WriteTo(w io.Writer) (int64, error) {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	q := make([]float32, len(m.w))
	for i, v := range m.w {
		q[i] = float32(math.Round(float64(v)*1024) / 1024)
	}
	if err := binary.Write(zw, binary.LittleEndian, m.Threshold); err != nil {
		return 0, err
	}
	if err := binary.Write(zw, binary.LittleEndian, q); err != nil {
		return 0, err
	}
	return int64(len(q) * 4), zw.Close()
}

// Score is the model's score for token i of doc being a cue word.
func (m *CueModel) Score(doc *chronicle.Document, low []string, i int) float32 {
	var sum float32
	Features(doc, low, i, func(h uint32) { sum += m.w[h] })
	return sum
}

// Features calls emit with the hashed features of token i. low holds the
// lower-cased tokens of doc.
func Features(doc *chronicle.Document, low []string, i int, emit func(uint32)) {
	toks := doc.Tokens
	word := func(k int) string {
		if k < 0 {
			return "<s>"
		}
		if k >= len(toks) {
			return "</s>"
		}
		return low[k]
	}
	shape := func(k int) string {
		if k < 0 || k >= len(toks) {
			return "edge"
		}
		w := low[k]
		switch {
		case w == "that" || w == "to" || w == "," || w == ":" || w == "." || w == "by" || w == "as" || w == "for" || w == "on" || w == "about":
			return w
		case syntax.Closer(w) != "" || w == "”" || w == "’" || w == "»":
			return "quote"
		case pronouns[w]:
			return "pron"
		case determiners[w]:
			return "det"
		case toks[k].Kind == chronicle.Number:
			return "num"
		case toks[k].Kind != chronicle.Word:
			return "punct"
		case isCapital(doc.Text[toks[k].ByteStart:toks[k].ByteEnd]):
			return "Cap"
		}
		return "low"
	}
	w := word(i)
	suf := w
	if len(suf) > 3 {
		suf = suf[len(suf)-3:]
	}
	p1, p2, n1, n2 := word(i-1), word(i-2), word(i+1), word(i+2)
	s1, s2, t1, t2 := shape(i-1), shape(i-2), shape(i+1), shape(i+2)
	h := func(parts ...string) {
		// FNV-1a over the parts, each followed by a zero byte.
		x := uint32(2166136261)
		for _, p := range parts {
			for j := 0; j < len(p); j++ {
				x = (x ^ uint32(p[j])) * 16777619
			}
			x *= 16777619
		}
		emit(x & (1<<modelBits - 1))
	}
	h("b")
	h("w", w)
	h("suf", suf)
	h("p1", p1)
	h("n1", n1)
	h("p2", p2)
	h("n2", n2)
	h("w-n1", w, n1)
	h("p1-w", p1, w)
	h("s1", s1)
	h("t1", t1)
	h("s1-t1", s1, t1)
	h("suf-t1", suf, t1)
	h("s2-s1-suf", s2, s1, suf)
	h("suf-t1-t2", suf, t1, t2)
	h("w-t1", w, t1)
	h("s1-w", s1, w)
	h("p1-w-n1", p1, w, n1)
	h("stem", stem(w))
	h("stem-t1", stem(w), t1)
	h("p1-stem", p1, stem(w))
	h("s1-stem-t1", s1, stem(w), t1)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") {
		h("verbish", s1, t1)
	}
}

// Update adds delta to the weights of token i's features, for training.
func (m *CueModel) Update(doc *chronicle.Document, low []string, i int, delta float32) {
	Features(doc, low, i, func(h uint32) { m.w[h] += delta })
}

// Weights exposes the weights, for averaging in training.
func (m *CueModel) Weights() []float32 { return m.w }

// Lower returns the lower-cased tokens of doc, as Score and Update take them.
func Lower(doc *chronicle.Document) []string {
	low := make([]string, len(doc.Tokens))
	for i, t := range doc.Tokens {
		low[i] = strings.ToLower(doc.Text[t.ByteStart:t.ByteEnd])
	}
	return low
}

// stem strips the common inflections, so that "warns", "warned" and
// "warning" share weights.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "e"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
