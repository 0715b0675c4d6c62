package framing

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/internal/offheap"
)

// Model finds propaganda-technique spans in two ways, since the techniques
// come in two sizes. Short ones (loaded language, name calling, repetition,
// slogans, flag-waving …) are found by a logistic-regression tagger that
// marks each token as inside such a span or not; runs of marked tokens
// become spans. Long ones (doubt, appeal to fear, causal
// oversimplification, appeal to authority …), which mostly cover a clause
// or a sentence, are found by a logistic regression over sentences. A
// softmax classifier then names each span's technique (the 14 classes of
// SemEval-2020 Task 11). All three read hashed features of the text layer
// and of the lexicon's matches. Models are written by models/trainptc.
type Model struct {
	// TagBits and ClassBits are the log2 sizes of the weight tables.
	TagBits, ClassBits int
	// Threshold is the least probability at which a token is marked.
	Threshold float32
	// Gap is the most unmarked tokens a span may bridge.
	Gap int
	// MinScore is the least mean token probability a span must have.
	MinScore float32
	// Smooth is the weight each neighbour's probability gets in a token's
	// before decoding (0: none), so that spans hold together.
	Smooth float32
	// SentThreshold is the least probability at which a sentence is a long
	// technique span; above 1 turns sentence spans off.
	SentThreshold float32
	// Techniques are the class names, in the classifier's order; Long, those
	// found as sentences.
	Techniques []string
	Long       map[string]bool
	// Tag holds the tagger's weights, Sent the sentence classifier's (both
	// 1 << TagBits), Class the technique classifier's, technique by
	// technique (len(Techniques) << ClassBits).
	// Load keeps them packed instead (tag16, sent16, classT): bfloat16,
	// as the file stores them, at half the memory. classT holds the
	// classifier's weights feature by feature (the weight of feature f for
	// technique c at f*len(Techniques)+c), so that naming a span reads
	// each feature's weights from one place in memory rather than 14.
	Tag, Sent, Class      []float32
	tag16, sent16, classT packed
	// Calib are the weights of the calibration regression (calibFeatures),
	// which turns a span's scores into the probability that it is right;
	// nil leaves Confidence at the raw score. ShowAt is the least
	// confidence of a shown span.
	Calib  []float32
	ShowAt float32
	// Bias is added to the classifier's score of each technique when it
	// names the spans Predict finds (nil: none): the classifier learns
	// from gold spans as much as from found ones, and the found ones lean
	// to other techniques than the gold spans do; CrossFit.FitBiases sets
	// it. Classify, on given spans, reads no bias.
	Bias []float32
}

// TechniqueSpan is a propaganda-technique span found by a Model: the
// tokens [First, Last) of the document.
type TechniqueSpan struct {
	First, Last int
	Technique   string
	// Score is the mean tagger probability of the span's tokens, or the
	// sentence's probability.
	Score float32
	// Confidence is the calibrated probability that the span is a
	// technique span (its expected share of overlap with a gold span, as
	// SemEval's span precision counts it); Shown is true when it reaches
	// the model's ShowAt and the span is not a proper name alone.
	Confidence float32
	Shown      bool
	// sentence is true for a span the sentence classifier found.
	sentence bool
}

const modelMagic = "chronicle-ptc-8\n"

// Predict returns the technique spans of doc, in text order. lx is the
// lexicon whose matches are features; it must be the one the model was
// trained with.
func (m *Model) Predict(doc *chronicle.Document, lx *Lexicon) []TechniqueSpan {
	if len(doc.Tokens) == 0 {
		return nil
	}
	v := newDocView(doc, lx)
	p, ps := m.probs(v)
	var out []TechniqueSpan
	for _, r := range m.spans(v, p, ps, m.Threshold, m.Gap, m.MinScore, m.SentThreshold) {
		// Any span may name any technique: the classifier has learnt
		// from spans the tagger and the sentence classifier found (see
		// CrossFit.FitClassifiers), and a loaded word inside a doubting
		// sentence is as often part of the doubt as loaded language.
		var prob float32
		r.Technique, prob = m.pick(m.classScores(v, r.First, r.Last, &detections{p, ps}), m.Bias)
		r.Confidence = r.Score
		if m.Calib != nil {
			r.Confidence = sigmoid(dotDense(m.Calib, m.calibFeatures(v, r, prob)))
		}
		r.Shown = r.Confidence >= m.ShowAt && !v.nameOnly(r.First, r.Last)
		out = append(out, r)
	}
	return out
}

// Classify names the technique of each given span (code points
// [Start, End) of doc's text), choosing among all techniques: the
// SemEval-2020 TC setting. A span covering no token gets "".
func (m *Model) Classify(doc *chronicle.Document, lx *Lexicon, spans []chronicle.Span) []string {
	out := make([]string, len(spans))
	if len(doc.Tokens) == 0 {
		return out
	}
	v := newDocView(doc, lx)
	p, ps := m.probs(v)
	det := &detections{p, ps}
	for i, s := range spans {
		if a, b := tokenRange(doc, s.Start, s.End); a < b {
			out[i], _ = m.classify(v, a, b, det)
		}
	}
	return out
}

// calibFeatures are what the calibration regression reads of a span: its
// decoding score, kind, length, the classifier's belief in its label,
// whether it is a name alone, lexicon and cue evidence, and its label.
func (m *Model) calibFeatures(v *docView, r TechniqueSpan, prob float32) []float32 {
	x := make([]float32, calibBase+len(m.Techniques))
	sc := min(max(float64(r.Score), 1e-4), 1-1e-4)
	x[0] = 1
	x[1] = float32(math.Log(sc / (1 - sc)))
	if r.sentence {
		x[2] = 1
	}
	x[3] = float32(math.Log1p(float64(r.Last - r.First)))
	x[4] = prob
	if v.nameOnlyShape(r.First, r.Last) {
		x[5] = 1
	}
	for i := r.First; i < r.Last; i++ {
		if v.lex[i] != "" {
			x[6] = 1
		}
		if len(v.cue[i]) > 0 {
			x[7] = 1
		}
	}
	for c, t := range m.Techniques {
		if t == r.Technique {
			x[calibBase+c] = 1
		}
	}
	return x
}

const calibBase = 8

func dotDense(w, x []float32) float32 {
	var s float32
	for i := range min(len(w), len(x)) {
		s += w[i] * x[i]
	}
	return s
}

// probs returns the tagger's probability of each token, smoothed, and the
// sentence classifier's of each sentence.
func (m *Model) probs(v *docView) (tokens, sentences []float32) {
	p, ps := m.rawProbs(v)
	return smooth(p, m.Smooth), ps
}

func (m *Model) rawProbs(v *docView) (tokens, sentences []float32) {
	h := hasher{uint32(1)<<m.TagBits - 1}
	return probs(m.Tag, m.tag16, v.tokenFeatures(h)), probs(m.Sent, m.sent16, v.sentenceFeatures(h))
}

// smooth mixes each probability with its neighbours', each weighted w.
func smooth(p []float32, w float32) []float32 {
	if w == 0 || len(p) < 2 {
		return p
	}
	q := make([]float32, len(p))
	for i := range p {
		l, r := p[i], p[i]
		if i > 0 {
			l = p[i-1]
		}
		if i+1 < len(p) {
			r = p[i+1]
		}
		q[i] = (1-2*w)*p[i] + w*(l+r)
	}
	return q
}

// spans decodes token and sentence probabilities into spans in text order:
// a sentence at or above sentThreshold is one span (a long technique), and
// the tagger's spans are kept inside it as everywhere else — techniques
// nest, as in PTC, where a loaded phrase inside a doubting sentence is
// annotated as both.
func (m *Model) spans(v *docView, p, ps []float32, threshold float32, gap int, minScore, sentThreshold float32) []TechniqueSpan {
	var out []TechniqueSpan
	toks := v.doc.Tokens
	tagged := decode(v, p, threshold, gap)
	k := 0
	for si, st := range v.doc.Sentences {
		var inSent []TechniqueSpan
		for k < len(tagged) && tagged[k].First < st.LastToken {
			if tagged[k].Score >= minScore {
				inSent = append(inSent, tagged[k])
			}
			k++
		}
		if ps[si] >= sentThreshold {
			a, b := st.FirstToken, min(st.LastToken, len(toks))
			for a < b && toks[a].Kind == chronicle.Punct {
				a++
			}
			for b > a && toks[b-1].Kind == chronicle.Punct {
				b--
			}
			if a < b {
				out = append(out, TechniqueSpan{First: a, Last: b, Score: ps[si], sentence: true})
			}
		}
		out = append(out, inSent...)
	}
	return out
}

// decode turns token probabilities into spans: runs of tokens at or above
// threshold within a sentence, bridging gaps of at most gap tokens, trimmed
// of punctuation at either end.
func decode(v *docView, p []float32, threshold float32, gap int) []TechniqueSpan {
	toks := v.doc.Tokens
	var out []TechniqueSpan
	for _, st := range v.doc.Sentences {
		last := min(st.LastToken, len(toks))
		start, end := -1, -1
		flush := func() {
			if start < 0 {
				return
			}
			a, b := start, end
			// A span does not open with punctuation or a possessive
			// ending ("'s leaders …").
			for a < b && (toks[a].Kind == chronicle.Punct || v.lem[a] == "'s") {
				a++
			}
			for b > a && toks[b-1].Kind == chronicle.Punct {
				b--
			}
			if a < b {
				var s float32
				for k := a; k < b; k++ {
					s += p[k]
				}
				out = append(out, TechniqueSpan{First: a, Last: b, Score: s / float32(b-a)})
			}
			start, end = -1, -1
		}
		for i := st.FirstToken; i < last; i++ {
			if p[i] < threshold {
				continue
			}
			if start >= 0 && i-end > gap {
				flush()
			}
			if start < 0 {
				start = i
			}
			end = i + 1
		}
		flush()
	}
	return out
}

// classify names the technique of the tokens [a, b) and returns the
// classifier's probability of it.
func (m *Model) classify(v *docView, a, b int, det *detections) (string, float32) {
	return m.pick(m.classScores(v, a, b, det), nil)
}

// pick is the technique of the best of scores, each raised by its bias
// (none when bias is nil), and the softmax probability of it.
func (m *Model) pick(scores, bias []float32) (string, float32) {
	if bias != nil {
		s := make([]float32, len(scores))
		for c := range s {
			s[c] = scores[c] + bias[c]
		}
		scores = s
	}
	best, bestScore := 0, float32(math.Inf(-1))
	for c, s := range scores {
		if s > bestScore {
			best, bestScore = c, s
		}
	}
	var z float64
	for _, s := range scores {
		z += math.Exp(float64(s - bestScore))
	}
	return m.Techniques[best], float32(1 / z)
}

// classScores are the classifier's scores of each technique for the
// tokens [a, b).
func (m *Model) classScores(v *docView, a, b int, det *detections) []float32 {
	f := v.spanFeatures(hasher{uint32(1)<<m.ClassBits - 1}, a, b, det)
	nc := len(m.Techniques)
	scores := make([]float32, nc)
	if m.Class != nil {
		size := 1 << m.ClassBits
		for c := range scores {
			scores[c] = dot(m.Class[c*size:], f)
		}
	} else {
		for _, i := range f {
			for c, x := range m.classT[int(i)*nc : int(i)*nc+nc] {
				scores[c] += math.Float32frombits(uint32(x) << 16)
			}
		}
	}
	return scores
}

func dot(w []float32, f []uint32) float32 {
	var s float32
	for _, i := range f {
		s += w[i]
	}
	return s
}

func sigmoid(z float32) float32 {
	return float32(1 / (1 + math.Exp(-float64(z))))
}

// classByTechnique is the packed classifier technique by technique, as the
// file stores it, or nil when the model holds float weights.
func (m *Model) classByTechnique() packed {
	if m.classT == nil {
		return nil
	}
	nc, size := len(m.Techniques), 1<<m.ClassBits
	p := make(packed, nc*size)
	for f := range size {
		for c := range nc {
			p[c*size+f] = m.classT[f*nc+c]
		}
	}
	return p
}

// readTransposed reads rows weight vectors of cols each, stored one after
// the other, into one vector outside the Go heap (freed with owner) that
// holds them column by column.
func readTransposed(r io.Reader, owner *Model, rows, cols int) (packed, error) {
	t := packed(offheap.Make[uint16](owner, rows*cols))
	buf := make(packed, min(cols, 1<<16))
	for row := range rows {
		for at := 0; at < cols; at += len(buf) {
			chunk := buf[:min(len(buf), cols-at)]
			if err := binary.Read(r, binary.LittleEndian, chunk); err != nil {
				return nil, fmt.Errorf("technique model: %w", err)
			}
			for k, x := range chunk {
				t[(at+k)*rows+row] = x
			}
		}
	}
	return t, nil
}

// packed is a weight vector in bfloat16, the top 16 bits of a float32.
type packed []uint16

func pack(ws []float32) packed {
	p := make(packed, len(ws))
	for i, x := range ws {
		p[i] = uint16(math.Float32bits(x) >> 16)
	}
	return p
}

// dotAt sums the weights at off+f[k], from w or, when w is nil, from p.
func dotAt(w []float32, p packed, off int, f []uint32) float32 {
	var s float32
	if w == nil {
		p = p[off:]
		for _, i := range f {
			s += math.Float32frombits(uint32(p[i]) << 16)
		}
		return s
	}
	return dot(w[off:], f)
}

func probs(w []float32, p packed, feats [][]uint32) []float32 {
	out := make([]float32, len(feats))
	for i, f := range feats {
		if f != nil {
			out[i] = sigmoid(dotAt(w, p, 0, f))
		}
	}
	return out
}

// Write writes the model gzip-compressed.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	binary.Write(bw, binary.LittleEndian, []int32{int32(m.TagBits), int32(m.ClassBits), int32(m.Gap), int32(len(m.Techniques))})
	binary.Write(bw, binary.LittleEndian, []float32{m.Threshold, m.MinScore, m.SentThreshold, m.ShowAt, m.Smooth})
	for _, t := range m.Techniques {
		long := int32(0)
		if m.Long[t] {
			long = 1
		}
		binary.Write(bw, binary.LittleEndian, []int32{int32(len(t)), long})
		bw.WriteString(t)
	}
	// Weights are stored as bfloat16 (the top 16 bits of a float32): the
	// precision lost is far below what training noise moves, and the file
	// halves.
	for _, ws := range []struct {
		f []float32
		p packed
	}{{m.Tag, m.tag16}, {m.Sent, m.sent16}, {m.Class, m.classByTechnique()}} {
		p := ws.p
		if ws.f != nil {
			p = pack(ws.f)
		}
		buf := make([]byte, 2*len(p))
		for i, x := range p {
			binary.LittleEndian.PutUint16(buf[2*i:], x)
		}
		bw.Write(buf)
	}
	binary.Write(bw, binary.LittleEndian, int32(len(m.Calib)))
	binary.Write(bw, binary.LittleEndian, m.Calib)
	binary.Write(bw, binary.LittleEndian, int32(len(m.Bias)))
	binary.Write(bw, binary.LittleEndian, m.Bias)
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by Write.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("technique model: %w", err)
	}
	br := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, fmt.Errorf("technique model: not a model file of this version")
	}
	hdr := make([]int32, 4)
	if err := binary.Read(br, binary.LittleEndian, hdr); err != nil {
		return nil, fmt.Errorf("technique model: %w", err)
	}
	m := &Model{TagBits: int(hdr[0]), ClassBits: int(hdr[1]), Gap: int(hdr[2])}
	if m.TagBits < 1 || m.TagBits > 26 || m.ClassBits < 1 || m.ClassBits > 24 || hdr[3] < 1 || hdr[3] > 64 {
		return nil, fmt.Errorf("technique model: bad header %v", hdr)
	}
	var cut [5]float32
	if err := binary.Read(br, binary.LittleEndian, cut[:]); err != nil {
		return nil, fmt.Errorf("technique model: %w", err)
	}
	m.Threshold, m.MinScore, m.SentThreshold, m.ShowAt, m.Smooth = cut[0], cut[1], cut[2], cut[3], cut[4]
	m.Long = map[string]bool{}
	for range hdr[3] {
		var n [2]int32
		if err := binary.Read(br, binary.LittleEndian, n[:]); err != nil || n[0] < 0 || n[0] > 256 {
			return nil, fmt.Errorf("technique model: bad technique name")
		}
		b := make([]byte, n[0])
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("technique model: %w", err)
		}
		m.Techniques = append(m.Techniques, string(b))
		m.Long[string(b)] = n[1] == 1
	}
	read := func(n int) (packed, error) {
		// outside the Go heap (see internal/offheap), freed with m
		ws := packed(offheap.Make[uint16](m, n))
		if err := binary.Read(br, binary.LittleEndian, ws); err != nil {
			return nil, fmt.Errorf("technique model: %w", err)
		}
		return ws, nil
	}
	if m.tag16, err = read(1 << m.TagBits); err != nil {
		return nil, err
	}
	if m.sent16, err = read(1 << m.TagBits); err != nil {
		return nil, err
	}
	if m.classT, err = readTransposed(br, m, len(m.Techniques), 1<<m.ClassBits); err != nil {
		return nil, err
	}
	var nc int32
	if err := binary.Read(br, binary.LittleEndian, &nc); err != nil || nc < 0 || nc > 1024 {
		return nil, fmt.Errorf("technique model: bad calibration")
	}
	if nc > 0 {
		m.Calib = make([]float32, nc)
		if err := binary.Read(br, binary.LittleEndian, m.Calib); err != nil {
			return nil, fmt.Errorf("technique model: %w", err)
		}
	}
	var nb int32
	if err := binary.Read(br, binary.LittleEndian, &nb); err != nil || nb != 0 && int(nb) != len(m.Techniques) {
		return nil, fmt.Errorf("technique model: bad technique biases")
	}
	if nb > 0 {
		m.Bias = make([]float32, nb)
		if err := binary.Read(br, binary.LittleEndian, m.Bias); err != nil {
			return nil, fmt.Errorf("technique model: %w", err)
		}
	}
	return m, nil
}
