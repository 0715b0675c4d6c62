package syntax

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// lemmatizer gives a word's lemma from its form and UPOS: the lemma seen
// most often in training for that form and tag, else the edit (strip a
// suffix, add another) that training words of that tag ending the same way
// took most often, else the form itself (lower case unless a proper noun).
type lemmatizer struct {
	Dict  map[string]string // UPOS + "\t" + lower form → lemma
	Rules map[string]string // UPOS + "\t" + suffix → "strip\tadd"
}

const maxLemmaSuffix = 6

func lemmaEdit(form, lemma string) (strip int, add string) {
	cp := 0
	for cp < len(form) && cp < len(lemma) && form[cp] == lemma[cp] {
		cp++
	}
	return len(form) - cp, lemma[cp:]
}

func trainLemmatizer(words []Word) *lemmatizer {
	type key struct{ k, v string }
	dict := map[key]int{}
	rules := map[key]int{}
	for _, w := range words {
		if w.Lemma == "" || w.Lemma == "_" {
			continue
		}
		lower := strings.ToLower(w.Form)
		dict[key{w.UPOS + "\t" + lower, w.Lemma}]++
		if w.UPOS == "PROPN" {
			continue
		}
		strip, add := lemmaEdit(lower, strings.ToLower(w.Lemma))
		edit := itoa(strip) + "\t" + add
		for n := strip; n <= maxLemmaSuffix && n <= len(lower); n++ {
			rules[key{w.UPOS + "\t" + lower[len(lower)-n:], edit}]++
		}
	}
	lm := &lemmatizer{Dict: map[string]string{}, Rules: map[string]string{}}
	pick := func(counts map[key]int, minCount int, dst map[string]string) {
		keys := make([]key, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if keys[i].k != keys[j].k {
				return keys[i].k < keys[j].k
			}
			if counts[keys[i]] != counts[keys[j]] {
				return counts[keys[i]] > counts[keys[j]]
			}
			return keys[i].v < keys[j].v
		})
		for i, k := range keys {
			if i > 0 && keys[i-1].k == k.k {
				continue
			}
			if counts[k] >= minCount {
				dst[k.k] = k.v
			}
		}
	}
	pick(dict, 1, lm.Dict)
	pick(rules, 2, lm.Rules)
	// A form whose lemma the rules already give needs no dictionary entry.
	for k, lemma := range lm.Dict {
		tab := strings.IndexByte(k, '\t')
		if lm.byRule(k[:tab], k[tab+1:]) == lemma {
			delete(lm.Dict, k)
		}
	}
	return lm
}

func (lm *lemmatizer) byRule(upos, lower string) string {
	if upos == "PROPN" {
		return ""
	}
	// The keys are built in one buffer, looked up without a string of
	// their own (this runs for every word).
	var buf [64]byte
	key := append(append(buf[:0], upos...), '\t')
	prefix := len(key)
	for n := min(maxLemmaSuffix, len(lower)); n >= 0; n-- {
		key = append(key[:prefix], lower[len(lower)-n:]...)
		edit, ok := lm.Rules[string(key)]
		if !ok {
			continue
		}
		tab := strings.IndexByte(edit, '\t')
		strip := atoi(edit[:tab])
		if strip > len(lower) {
			continue
		}
		if l := lower[:len(lower)-strip] + edit[tab+1:]; utf8.ValidString(l) {
			return l
		}
		return lower // the edit would split a character
	}
	return lower
}

func (lm *lemmatizer) lemma(form, upos string) string {
	if !utf8.ValidString(form) {
		form = strings.ToValidUTF8(form, "\uFFFD")
	}
	if upos == "PROPN" {
		return form
	}
	lower := strings.ToLower(form)
	var buf [64]byte
	key := append(append(append(buf[:0], upos...), '\t'), lower...)
	if l, ok := lm.Dict[string(key)]; ok {
		return l
	}
	if l := lm.byRule(upos, lower); l != "" {
		return l
	}
	return lower
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
