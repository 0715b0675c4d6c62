package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// UPOS are the Universal Dependencies part-of-speech tags, in the order the
// tagger numbers them.
var UPOS = []string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

// nUPOS is len(UPOS).
const nUPOS = 17

func uposIndex(tag string) int {
	for i, t := range UPOS {
		if t == tag {
			return i
		}
	}
	return len(UPOS) - 1 // X
}

// Tag numbers the stages test often.
const (
	tADJ = iota
	tADP
	tADV
	tAUX
	tCCONJ
	tDET
	tINTJ
	tNOUN
	tNUM
	tPART
	tPRON
	tPROPN
	tPUNCT
	tSCONJ
	tSYM
	tVERB
	tX
)

// lexicon is what the models know of words beyond their features: the tags
// each frequent word was seen with, and its unsupervised cluster.
type lexicon struct {
	TagDict  map[string]uint32   // normalised word → bit set of UPOS seen
	Clusters map[string][3]int16 // normalised word → cluster, finest first
}

// token is a word with every value its features need, computed once.
type token struct {
	form  string
	norm  string // lower case, digits as 0
	hForm uint64
	hNorm uint64
	shape uint64
	pre   [3]uint64
	suf   [4]uint64
	amb   uint64
	clus  [3]uint64
	flags uint64 // capitalised, all caps, has digit, has hyphen, first word
	tag   int
	entry int32 // 1 + the word's entry in a tagScorer, 0 for none
}

const (
	flagCap = 1 << iota
	flagAllCaps
	flagDigit
	flagHyphen
	flagFirst
)

func normalise(w string) string {
	lowerASCII := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 {
			lowerASCII = false
			break
		}
	}
	if lowerASCII {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('0')
		case r == '’':
			b.WriteByte('\'')
		case r == '“' || r == '”':
			b.WriteByte('"')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func shapeOf(w string) uint64 {
	var buf [8]byte
	n := 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < 0x80:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n < len(buf) {
			buf[n] = c
			n++
		}
	}
	return hashString(string(buf[:n]))
}

// affix returns the hash of the first or last k runes of s (all of s when
// shorter, marked so that it differs from a true affix).
func prefix(s string, k int) uint64 {
	i, n := 0, 0
	for i < len(s) && n < k {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	if n < k {
		return hashString(s) ^ 0x5555
	}
	return hashString(s[:i])
}

func suffix(s string, k int) uint64 {
	i, n := len(s), 0
	for i > 0 && n < k {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n++
	}
	if n < k {
		return hashString(s) ^ 0xAAAA
	}
	return hashString(s[i:])
}

// makeTokens fills the token values of words from the lexicon.
func (lx *lexicon) makeTokens(words []string, dst []token) []token {
	dst = dst[:0]
	for i, w := range words {
		t := newToken(w, i)
		if a, ok := lx.TagDict[t.norm]; ok {
			t.amb = uint64(a) + 1
		}
		if c, ok := lx.Clusters[t.norm]; ok {
			for k := 0; k < 3; k++ {
				t.clus[k] = uint64(c[k]) + 1
			}
		}
		dst = append(dst, t)
	}
	return dst
}

// newToken is the token of word w at position i, but for what the lexicon
// knows of it (amb, clus).
func newToken(w string, i int) token {
	t := token{form: w, norm: normalise(w), tag: -1}
	t.hForm = hashString(w)
	t.hNorm = hashString(t.norm)
	t.shape = shapeOf(w)
	for k := 0; k < 3; k++ {
		t.pre[k] = prefix(t.norm, k+1)
	}
	for k := 0; k < 4; k++ {
		t.suf[k] = suffix(t.norm, k+1)
	}
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r):
			t.flags |= flagDigit
		case r == '-':
			t.flags |= flagHyphen
		}
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		t.flags |= flagCap
	}
	if upper > 1 && lower == 0 {
		t.flags |= flagAllCaps
	}
	if i == 0 {
		t.flags |= flagFirst
	}
	return t
}
