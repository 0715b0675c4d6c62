package framing

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle"
)

// docView is what the technique model reads of a document: each token's
// lemma, shape, lexicon category and place, computed once.
type docView struct {
	doc    *chronicle.Document
	lem    []string
	shape  []string
	lex    []string // category of the lexicon match covering the token, or ""
	marked []bool   // inside quotation marks
	sent   []int
	count  map[string]int // lemma → occurrences in the document
	bigram map[[2]string]int
	cue    [][]string // cue categories of each token (cues.go)
	// upos, rel and head are the syntax layer's part of speech, relation
	// and head of each token (head -1 for a root), when the syntax stage
	// has run (nil otherwise).
	upos, rel []string
	head      []int
	// entity marks tokens inside a named entity, when the entity stage has
	// run (nil otherwise). It is not a feature — the model is trained on
	// the text layer alone — only a rule of what is shown.
	entity []bool
}

func newDocView(doc *chronicle.Document, lx *Lexicon) *docView {
	n := len(doc.Tokens)
	v := &docView{doc: doc, lem: make([]string, n), shape: make([]string, n), lex: make([]string, n),
		marked: make([]bool, n), sent: make([]int, n), count: make(map[string]int, n/2), bigram: make(map[[2]string]int, n)}
	for i, t := range doc.Tokens {
		w := doc.Text[t.ByteStart:t.ByteEnd]
		v.lem[i] = Lemma(w)
		v.shape[i] = shape(w)
		v.count[v.lem[i]]++
		if i > 0 {
			v.bigram[[2]string{v.lem[i-1], v.lem[i]}]++
		}
	}
	for si, st := range doc.Sentences {
		for i := st.FirstToken; i < st.LastToken && i < n; i++ {
			v.sent[i] = si
		}
	}
	if lx != nil {
		for _, m := range lx.Find(doc) {
			for k := m.First; k < m.Last; k++ {
				v.lex[k] = m.Entry.Category
			}
		}
	}
	for i, k := range innermost(doc, markedRegions(doc)) {
		v.marked[i] = k > 0
	}
	v.cue = markCues(v)
	if len(doc.Syntax) == n && n > 0 {
		v.upos, v.rel, v.head = make([]string, n), make([]string, n), make([]int, n)
		for i, sy := range doc.Syntax {
			v.upos[i], v.rel[i], v.head[i] = sy.UPOS, sy.Rel, sy.Head
			if sy.Head < 0 || sy.Head >= n {
				v.head[i] = -1
			}
		}
	}
	if len(doc.Entities) > 0 {
		v.entity = make([]bool, n)
		for _, e := range doc.Entities {
			a, b := tokenRange(doc, e.Start, e.End)
			for i := a; i < b; i++ {
				v.entity[i] = true
			}
		}
	}
	return v
}

// shape is a word's outline: "Xx" for "Putin", "X" for "NATO", "x" for
// "war", "d" for digits, "p" for punctuation.
func shape(w string) string {
	var b strings.Builder
	last := rune(0)
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = 'p'
		}
		if c != last {
			b.WriteRune(c)
			last = c
		}
	}
	return b.String()
}

// hasher turns feature strings into indices of a weight table of 2^bits.
type hasher struct{ mask uint32 }

// idx is the 32-bit FNV-1a hash of the parts joined by zero bytes, masked.
// It is written out rather than taken from hash/fnv, whose hasher and
// byte-slice conversions allocate on every call: the technique model
// hashes some hundred features per token.
func (h hasher) idx(parts ...string) uint32 {
	const prime = 16777619
	x := uint32(2166136261)
	for i, p := range parts {
		if i > 0 {
			x *= prime // a zero byte between parts
		}
		for j := 0; j < len(p); j++ {
			x ^= uint32(p[j])
			x *= prime
		}
	}
	return x & h.mask
}

func bucket(n int, edges ...int) string {
	for i, e := range edges {
		if n <= e {
			return strconv.Itoa(i)
		}
	}
	return strconv.Itoa(len(edges))
}

// tokenFeatures lists the features of each token for the span tagger.
func (v *docView) tokenFeatures(h hasher) [][]uint32 {
	toks := v.doc.Tokens
	out := make([][]uint32, len(toks))
	// Every token's features go into one backing array, which saves an
	// allocation per token; a token's list is the part it appended.
	f := make([]uint32, 0, 64*len(toks))
	at := func(i int) string {
		if i < 0 || i >= len(toks) {
			return "<>"
		}
		return v.lem[i]
	}
	for _, st := range v.doc.Sentences {
		last := min(st.LastToken, len(toks))
		// Exclamation and question marks anywhere in the sentence. (Its
		// words as a bag made the tagger worse on held-out articles: they
		// pull every token of a sentence the same way.)
		excl, quest := false, false
		for i := st.FirstToken; i < last; i++ {
			switch v.lem[i] {
			case "!":
				excl = true
			case "?":
				quest = true
			}
		}
		slen := bucket(last-st.FirstToken, 5, 10, 20, 35, 60)
		for i := st.FirstToken; i < last; i++ {
			w := v.lem[i]
			first := len(f)
			add := func(p ...string) { f = append(f, h.idx(p...)) }
			add("b")
			add("w", w)
			add("w-1", at(i-1))
			add("w+1", at(i+1))
			add("w-2", at(i-2))
			add("w+2", at(i+2))
			add("w-1w", at(i-1), w)
			add("ww+1", w, at(i+1))
			add("w-2w-1", at(i-2), at(i-1))
			add("w+1w+2", at(i+1), at(i+2))
			add("sh", v.shape[i])
			if i > 0 {
				add("sh-1", v.shape[i-1], v.shape[i])
			}
			if len(w) > 3 {
				add("suf", w[len(w)-3:])
				add("pre", w[:3])
			}
			if v.lex[i] != "" {
				add("lex", v.lex[i])
			}
			for d := -3; d <= 3; d++ {
				if d != 0 && i+d >= 0 && i+d < len(toks) && v.lex[i+d] != "" {
					add("lexnear", strconv.Itoa(d))
				}
			}
			if v.marked[i] {
				add("marked")
			}
			for _, c := range v.cue[i] {
				add("cue", c)
			}
			for _, d := range [...]int{-2, -1, 1, 2} {
				if i+d >= st.FirstToken && i+d < last {
					for _, c := range v.cue[i+d] {
						add("cuenear", strconv.Itoa(d), c)
					}
				}
			}
			add("pos", bucket(i-st.FirstToken, 0, 2, 5, 10, 20), slen)
			add("rpos", bucket(last-1-i, 0, 2, 5, 10, 20))
			if excl {
				add("excl")
			}
			if quest {
				add("quest")
			}
			if toks[i].Kind == chronicle.Word && len(w) > 3 {
				add("cnt", bucket(v.count[w], 1, 2, 4, 8))
				if i > 0 {
					add("bicnt", bucket(v.bigram[[2]string{v.lem[i-1], w}], 1, 2, 4))
				}
			}
			if v.sent[i] == 0 {
				add("title")
			}
			if v.upos != nil {
				f = v.syntaxFeatures(h, i, f)
			}
			out[i] = f[first:len(f):len(f)]
		}
	}
	return out
}

// syntaxFeatures adds what the syntax layer says of token i: its part of
// speech, alone and next to its neighbours', its relation, and its head —
// the word it modifies, that word's part of speech and cues — so that
// "crooked" before "Hillary" and "radical" of "leftists" read as words
// aimed at a person or group.
//
// It appends to f and hashes directly, rather than through tokenFeatures'
// add, which as a function value would move every call's arguments to the
// heap.
func (v *docView) syntaxFeatures(h hasher, i int, f []uint32) []uint32 {
	u := v.upos[i]
	prev, next := "<>", "<>"
	if i > 0 {
		prev = v.upos[i-1]
	}
	if i+1 < len(v.upos) {
		next = v.upos[i+1]
	}
	f = append(f, h.idx("u", u), h.idx("u-1u", prev, u), h.idx("uu+1", u, next), h.idx("r", v.rel[i]))
	if u == "ADJ" || u == "ADV" || u == "VERB" || u == "NOUN" {
		f = append(f, h.idx("uw", u, v.lem[i]))
	}
	hd := v.head[i]
	if hd < 0 {
		return append(f, h.idx("root"))
	}
	f = append(f, h.idx("ru", v.rel[i], v.upos[hd]), h.idx("hw", v.lem[hd]), h.idx("uhw", u, v.lem[hd]))
	for _, c := range v.cue[hd] {
		f = append(f, h.idx("hcue", v.rel[i], c))
	}
	return f
}

// contextWords is how far around a span the classifier looks.
const contextWords = 20

// detections are what the tagger and the sentence classifier found in a
// document: each token's probability, smoothed as decoding reads it, and
// each sentence's.
type detections struct {
	tokens, sentences []float32
}

// spanFeatures lists the features of the tokens [a, b) for the technique
// classifier; det, when not nil, adds how strongly the tagger and the
// sentence classifier found the span, which tells a loaded word from a
// doubting or fearful sentence.
func (v *docView) spanFeatures(h hasher, a, b int, det *detections) []uint32 {
	toks := v.doc.Tokens
	f := make([]uint32, 0, 96+4*(b-a))
	add := func(p ...string) { f = append(f, h.idx(p...)) }
	at := func(i int) string {
		if i < 0 || i >= len(toks) {
			return "<>"
		}
		return v.lem[i]
	}
	add("b")
	add("len", bucket(b-a, 1, 2, 3, 5, 8, 12, 20, 35))
	add("f", v.lem[a])
	add("l", v.lem[b-1])
	add("p1", at(a-1))
	add("p2", at(a-2), at(a-1))
	add("n1", at(b))
	add("sh", v.shape[a])
	caps := 0
	for i := a; i < b; i++ {
		add("w", v.lem[i])
		if w := v.lem[i]; len(w) > 4 {
			add("ws3", w[len(w)-3:])
		}
		add("wsh", v.shape[i])
		if i+1 < b {
			add("bi", v.lem[i], v.lem[i+1])
		}
		if v.lex[i] != "" {
			add("lex", v.lex[i])
		}
		if v.shape[i] == "X" && len(v.lem[i]) > 1 {
			caps++
		}
	}
	if caps > 0 {
		add("caps")
	}
	if v.marked[a] {
		add("marked")
	}
	st := v.doc.Sentences[v.sent[a]]
	if a <= st.FirstToken+1 && b >= st.LastToken-1 {
		add("fullsent")
	}
	// The words around the span in its sentence, at most contextWords on
	// each side (a sentence can be a whole run-on page).
	for i := max(st.FirstToken, a-contextWords); i < min(st.LastToken, len(toks), b+contextWords); i++ {
		if i >= a && i < b {
			continue
		}
		if toks[i].Kind == chronicle.Word && len(v.lem[i]) > 2 {
			add("s", v.lem[i])
		}
	}
	// Repetition: the same words elsewhere in the article.
	minCount := 1 << 30
	for i := a; i < b; i++ {
		if toks[i].Kind == chronicle.Word && len(v.lem[i]) > 3 {
			minCount = min(minCount, v.count[v.lem[i]])
		}
	}
	if minCount < 1<<30 {
		add("rep", bucket(minCount, 1, 2, 3, 5, 8))
	}
	// Repetition of the whole phrase.
	add("prep", bucket(v.phraseCount(a, b), 1, 2, 3))
	// Cue words: in the span, and in its sentence around it.
	for i := a; i < b; i++ {
		for _, c := range v.cue[i] {
			add("C", c)
			if i == a {
				add("Cf", c)
			}
		}
	}
	for i := st.FirstToken; i < min(st.LastToken, len(toks)); i++ {
		if i >= a && i < b {
			continue
		}
		for _, c := range v.cue[i] {
			add("Cs", c)
		}
		switch v.lem[i] {
		case "!":
			add("excl")
		case "?":
			add("quest")
		}
	}
	// Scare quotes: a few words inside quotation marks.
	if v.marked[a] && b-a <= 4 {
		add("scare")
	}
	// What the span names: a person or group after it ("crooked Hillary",
	// "radical leftists"), or a proper name alone.
	if b < len(toks) {
		add("nsh", v.shape[b])
		for _, c := range v.cue[b] {
			add("nC", c)
		}
	}
	if v.nameOnlyShape(a, b) {
		add("name")
	}
	if det != nil {
		var tok float32
		for i := a; i < b; i++ {
			tok += det.tokens[i]
		}
		tok /= float32(b - a)
		sent := det.sentences[v.sent[a]]
		add("Pt", strconv.Itoa(fine(tok)/2))
		add("Ps", strconv.Itoa(fine(sent)/2))
		add("PtPs", strconv.Itoa(fine(tok)/5), strconv.Itoa(fine(sent)/5))
	}
	return f
}

// sentenceFeatures lists the features of each sentence for the classifier
// of long technique spans (doubt, fear, authority, causal
// oversimplification …), which mostly cover a sentence or a clause.
func (v *docView) sentenceFeatures(h hasher) [][]uint32 {
	toks := v.doc.Tokens
	out := make([][]uint32, len(v.doc.Sentences))
	for si, st := range v.doc.Sentences {
		last := min(st.LastToken, len(toks))
		if last <= st.FirstToken {
			continue
		}
		var f []uint32
		add := func(p ...string) { f = append(f, h.idx(p...)) }
		add("S")
		add("Slen", bucket(last-st.FirstToken, 5, 10, 15, 20, 30, 45, 70))
		add("Sf", v.lem[st.FirstToken])
		if st.FirstToken+1 < last {
			add("Sf2", v.lem[st.FirstToken], v.lem[st.FirstToken+1])
		}
		add("Sl", v.lem[last-1])
		marked := 0
		for i := st.FirstToken; i < last; i++ {
			add("Sw", v.lem[i])
			if i+1 < last {
				add("Sb", v.lem[i], v.lem[i+1])
			}
			if v.lex[i] != "" {
				add("Slex", v.lex[i])
			}
			for _, c := range v.cue[i] {
				add("Scue", c)
			}
			if v.marked[i] {
				marked++
			}
		}
		add("Smarked", bucket(marked*4/(last-st.FirstToken), 0, 1, 2, 3))
		if si == 0 {
			add("Stitle")
		}
		add("Spos", bucket(si, 0, 2, 5, 10, 20))
		out[si] = f
	}
	return out
}
