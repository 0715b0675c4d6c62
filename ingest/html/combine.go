package html

import (
	"strings"
	"unicode"
)

// Thresholds of combine, tuned on the article-extraction benchmark and kept
// round so they do not fit it too closely.
const (
	// proseWords is the length from which a paragraph that only one
	// extractor found is kept anyway if it reads like a sentence: boilerplate
	// (menus, teasers, share bars, captions) is short, article prose is not.
	proseWords = 30
	// minAgreement is the least share of the primary text's words that the
	// combination must keep; below it the secondary extractor is taken to
	// have missed the article, not to have found boilerplate.
	minAgreement = 0.5
)

// combine keeps the paragraphs of primary that secondary also found, plus
// those long enough to be prose. The two extractors fail differently:
// trafilatura tends to keep teaser lists and newsletter boxes next to the
// article, readability tends to keep navigation and captions, and what both
// keep is almost always the article.
func combine(primary, secondary string) string {
	if strings.TrimSpace(secondary) == "" {
		return primary
	}
	if strings.TrimSpace(primary) == "" {
		return secondary
	}
	other := " " + strings.Join(words(secondary), " ") + " "
	var kept []string
	total, keptWords := 0, 0
	for _, p := range strings.Split(primary, "\n") {
		w := words(p)
		if len(w) == 0 {
			continue
		}
		total += len(w)
		if strings.Contains(other, " "+strings.Join(w, " ")+" ") || isProse(p, len(w)) {
			kept = append(kept, strings.TrimSpace(p))
			keptWords += len(w)
		}
	}
	if float64(keptWords) < minAgreement*float64(total) {
		return primary
	}
	return strings.Join(kept, "\n")
}

// isProse reports whether paragraph p of n words reads like running text.
func isProse(p string, n int) bool {
	if n < proseWords {
		return false
	}
	p = strings.TrimSpace(p)
	return strings.ContainsAny(lastRune(p), `.!?:;"”’»)…`)
}

func lastRune(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			return s[i:]
		}
	}
	return s
}

// words splits s into runs of letters, digits, marks and underscores: the
// tokens the benchmark's \w+ finds, so agreement is judged on what is scored.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) || r == '_')
	})
}
