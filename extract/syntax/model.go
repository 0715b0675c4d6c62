package syntax

import (
	"github.com/chronicle-news/chronicle/internal/offheap"

	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// Model is the trained syntax layer: lexicon, tagger, lemmatizer and parser.
type Model struct {
	Lex    lexicon
	Tagger *tagger
	Lemma  *lemmatizer
	Parser *parser
}

// The model file is gzip around a small binary layout written and read in
// one pass, so that loading builds the look-up tables directly (no decoded
// copy of the weights in between): a magic line, then the lexicon, the
// lemmatizer, the labels and the three weight tables, every count bounded.
const modelMagic = "chronicle-syntax 2\n"

const maxCount = 1 << 26

type writer struct {
	w   *bufio.Writer
	err error
}

func (w *writer) uvarint(x uint64) {
	if w.err != nil {
		return
	}
	var b [binary.MaxVarintLen64]byte
	_, w.err = w.w.Write(b[:binary.PutUvarint(b[:], x)])
}

func (w *writer) str(s string) {
	w.uvarint(uint64(len(s)))
	if w.err == nil {
		_, w.err = w.w.WriteString(s)
	}
}

type reader struct {
	r   *bufio.Reader
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	x, err := binary.ReadUvarint(r.r)
	r.err = err
	return x
}

func (r *reader) count() int {
	n := r.uvarint()
	if n > maxCount {
		r.fail("count %d too large", n)
		return 0
	}
	return int(n)
}

func (r *reader) str() string {
	n := r.count()
	if r.err != nil || n == 0 {
		return ""
	}
	b := make([]byte, n)
	_, r.err = io.ReadFull(r.r, b)
	return string(b)
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf(format, args...)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Save writes the model; the same model gives the same bytes.
func (m *Model) Save(out io.Writer) error {
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := &writer{w: bufio.NewWriterSize(zw, 1<<16)}
	w.w.WriteString(modelMagic)
	w.uvarint(uint64(len(m.Lex.TagDict)))
	for _, k := range sortedKeys(m.Lex.TagDict) {
		w.str(k)
		w.uvarint(uint64(m.Lex.TagDict[k]))
	}
	w.uvarint(uint64(len(m.Lex.Clusters)))
	for _, k := range sortedKeys(m.Lex.Clusters) {
		w.str(k)
		for _, c := range m.Lex.Clusters[k] {
			w.uvarint(uint64(uint16(c)))
		}
	}
	for _, d := range []map[string]string{m.Lemma.Dict, m.Lemma.Rules} {
		w.uvarint(uint64(len(d)))
		for _, k := range sortedKeys(d) {
			w.str(k)
			w.str(d[k])
		}
	}
	w.uvarint(uint64(len(m.Parser.Labels)))
	for _, l := range m.Parser.Labels {
		w.str(l)
	}
	for _, mm := range []*model{m.Tagger.M, m.Parser.Trans, m.Parser.Label} {
		w.uvarint(uint64(mm.Classes))
		w.uvarint(uint64(mm.keys))
		mm.rows(func(i, fp uint64, cells []uint32) {
			w.uvarint(i)
			w.uvarint(fp)
			w.uvarint(uint64(len(cells)))
			for _, c := range cells {
				w.uvarint(uint64(c))
			}
		})
	}
	if w.err == nil {
		w.err = w.w.Flush()
	}
	if w.err != nil {
		return fmt.Errorf("syntax: save model: %w", w.err)
	}
	return zw.Close()
}

// LoadModel reads a model written by Save.
func LoadModel(in io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(in)
	if err != nil {
		return nil, fmt.Errorf("syntax: load model: %w", err)
	}
	r := &reader{r: bufio.NewReaderSize(zr, 1<<16)}
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(r.r, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("syntax: load model: not a syntax model of this version")
	}
	m := &Model{Lex: lexicon{TagDict: map[string]uint32{}, Clusters: map[string][3]int16{}}, Tagger: &tagger{},
		Lemma: &lemmatizer{Dict: map[string]string{}, Rules: map[string]string{}}, Parser: &parser{}}
	for n := r.count(); n > 0 && r.err == nil; n-- {
		k := r.str()
		m.Lex.TagDict[k] = uint32(r.uvarint())
	}
	for n := r.count(); n > 0 && r.err == nil; n-- {
		k := r.str()
		var c [3]int16
		for i := range c {
			c[i] = int16(uint16(r.uvarint()))
		}
		m.Lex.Clusters[k] = c
	}
	for _, d := range []map[string]string{m.Lemma.Dict, m.Lemma.Rules} {
		for n := r.count(); n > 0 && r.err == nil; n-- {
			k := r.str()
			d[k] = r.str()
		}
	}
	for n := r.count(); n > 0 && r.err == nil; n-- {
		m.Parser.Labels = append(m.Parser.Labels, r.str())
	}
	want := []int{nUPOS, nActions, len(m.Parser.Labels)}
	var tables [3]*model
	for t := range tables {
		classes, keys := r.count(), r.count()
		if r.err == nil && (classes != want[t] || classes > 256) {
			r.fail("table %d has %d classes, want %d", t, classes, want[t])
		}
		if r.err != nil {
			break
		}
		mm := newModel(classes, keys)
		// A dense table takes each row into its slots, so its cells are
		// scratch for one row; a sparse table keeps them all (about four a
		// feature), on the heap until the table is complete.
		if mm.dense != nil {
			mm.cells = make([]uint32, 0, maxRowCells)
		} else {
			mm.cells = make([]uint32, 0, keys*4)
		}
		for k := 0; k < keys && r.err == nil; k++ {
			i, fp, n := r.uvarint(), r.uvarint(), r.count()
			if r.err == nil && (n == 0 || n > maxRowCells || fp > math.MaxUint32) {
				r.fail("bad row")
				break
			}
			start := len(mm.cells)
			for i := 0; i < n; i++ {
				c := r.uvarint()
				if c > math.MaxUint32 || int(c&0xFF) >= classes {
					r.fail("cell out of range")
					break
				}
				mm.cells = append(mm.cells, uint32(c))
			}
			if r.err == nil {
				r.err = mm.place(i, fp, start, n)
			}
		}
		mm.cells = offheap.Clone(mm, mm.cells)
		tables[t] = mm
	}
	if r.err != nil {
		return nil, fmt.Errorf("syntax: load model: %w", r.err)
	}
	m.Tagger.M, m.Parser.Trans, m.Parser.Label = tables[0], tables[1], tables[2]
	return m, nil
}
