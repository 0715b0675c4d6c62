package syntax

import (
	"strings"
	"unicode/utf8"
)

// Lemmatizing a word that the dictionary lacks looks up to seven of its
// suffixes in lemmatizer.Rules, longest first, each a string map look-up
// with its hashing and comparing. A rule's suffix has at most
// maxLemmaSuffix (6) bytes, so its key, UPOS and suffix, fits one
// uint64: lemmaRules holds the rules in an open-addressing table of such
// keys, and the keys of a word's suffixes are made by shifting one
// integer. Rules stays the definition (training and the model file use
// it); TestLemmaRulesMatchRules checks that both give the same lemmas.

type lemmaRules struct {
	keys  []uint64 // packed keys (0: free)
	edits []int32  // index in list of the edit of keys[i]
	list  []lemmaRuleEdit
	shift uint
}

type lemmaRuleEdit struct {
	strip int
	add   string
}

// lemmaKey packs UPOS number upos and the n bytes of b (the suffix's
// first byte in its low byte) into a key; bit 63 keeps it from 0.
func lemmaKey(upos int, n int, b uint64) uint64 {
	return 1<<63 | uint64(upos)<<56 | uint64(n)<<48 | b
}

func newLemmaRules(rules map[string]string) *lemmaRules {
	size, bits := 16, uint(4)
	for size*3 < len(rules)*5 {
		size, bits = size*2, bits+1
	}
	r := &lemmaRules{keys: make([]uint64, size), edits: make([]int32, size), shift: 64 - bits}
	for k, edit := range rules {
		tab, et := strings.IndexByte(k, '\t'), strings.IndexByte(edit, '\t')
		if tab < 0 || et < 0 {
			continue // byRule never looks it up, or would fail on it
		}
		upos, suffix := uposIndex(k[:tab]), k[tab+1:]
		if UPOS[upos] != k[:tab] || len(suffix) > maxLemmaSuffix {
			continue // byRule never looks it up
		}
		r.list = append(r.list, lemmaRuleEdit{strip: atoi(edit[:et]), add: edit[et+1:]})
		var b uint64
		for i := 0; i < len(suffix); i++ {
			b |= uint64(suffix[i]) << (8 * i)
		}
		key := lemmaKey(upos, len(suffix), b)
		i := r.home(key)
		for r.keys[i] != 0 {
			i = (i + 1) & uint64(len(r.keys)-1)
		}
		r.keys[i], r.edits[i] = key, int32(len(r.list)-1)
	}
	return r
}

func (r *lemmaRules) home(key uint64) uint64 { return key * 0x9E3779B97F4A7C15 >> r.shift }

// byRule is lemmatizer.byRule for the UPOS numbered upos.
func (r *lemmaRules) byRule(upos int, lower string) string {
	if upos == tPROPN {
		return ""
	}
	n := min(maxLemmaSuffix, len(lower))
	var b uint64
	for i := 0; i < n; i++ {
		b |= uint64(lower[len(lower)-n+i]) << (8 * i)
	}
	mask := uint64(len(r.keys) - 1)
	// The suffix one byte shorter is b without its low byte.
	for ; n >= 0; n, b = n-1, b>>8 {
		key := lemmaKey(upos, n, b)
		i := r.home(key)
		for r.keys[i] != 0 && r.keys[i] != key {
			i = (i + 1) & mask
		}
		if r.keys[i] == 0 {
			continue
		}
		e := &r.list[r.edits[i]]
		if e.strip > len(lower) {
			continue
		}
		if l := lower[:len(lower)-e.strip] + e.add; utf8.ValidString(l) {
			return l
		}
		return lower // the edit would split a character
	}
	return lower
}

// lemmaWith is lemmatizer.lemma of form with the UPOS numbered upos, its
// rules from r.
func (lm *lemmatizer) lemmaWith(r *lemmaRules, form string, upos int) string {
	if !utf8.ValidString(form) {
		form = strings.ToValidUTF8(form, "\uFFFD")
	}
	if upos == tPROPN {
		return form
	}
	lower := strings.ToLower(form)
	var buf [64]byte
	key := append(append(append(buf[:0], UPOS[upos]...), '\t'), lower...)
	if l, ok := lm.Dict[string(key)]; ok {
		return l
	}
	if l := r.byRule(upos, lower); l != "" {
		return l
	}
	return lower
}
