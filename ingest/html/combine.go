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
	// minShared is the share of a paragraph's word trigrams the secondary
	// text must contain for the paragraph to count as found by both. Not 1:
	// the extractors join inline elements and split blocks differently.
	minShared = 0.7
	// headlineParas is how many leading paragraphs are checked against the
	// title: the headline belongs in Article.Title, not in the body.
	headlineParas = 2
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
	otherWords := words(secondary)
	other := " " + strings.Join(otherWords, " ") + " "
	otherGrams := map[string]bool{}
	for _, g := range trigrams(otherWords) {
		otherGrams[g] = true
	}
	var kept []string
	total, keptWords := 0, 0
	for _, p := range strings.Split(primary, "\n") {
		w := words(p)
		if len(w) == 0 {
			continue
		}
		total += len(w)
		if strings.Contains(other, " "+strings.Join(w, " ")+" ") ||
			sharedShare(w, otherGrams) >= minShared || isProse(p, len(w)) {
			kept = append(kept, strings.TrimSpace(p))
			keptWords += len(w)
		}
	}
	if float64(keptWords) < minAgreement*float64(total) {
		return primary
	}
	return strings.Join(kept, "\n")
}

// sharedShare returns the share of w's word trigrams that are in grams, or 0
// for a paragraph too short to have any.
func sharedShare(w []string, grams map[string]bool) float64 {
	tg := trigrams(w)
	if len(tg) == 0 {
		return 0
	}
	n := 0
	for _, g := range tg {
		if grams[g] {
			n++
		}
	}
	return float64(n) / float64(len(tg))
}

func trigrams(w []string) []string {
	var out []string
	for i := 0; i+3 <= len(w); i++ {
		out = append(out, w[i]+" "+w[i+1]+" "+w[i+2])
	}
	return out
}

// dropHeadline removes a leading paragraph that repeats one of the titles
// (a headline of three words or more), since the title is returned apart.
func dropHeadline(text string, titles ...string) string {
	var heads []string
	for _, t := range titles {
		if w := words(t); len(w) >= 3 {
			heads = append(heads, " "+strings.Join(w, " ")+" ")
		}
	}
	if len(heads) == 0 {
		return text
	}
	paras := strings.Split(text, "\n")
	seen := 0
	for i, p := range paras {
		w := words(p)
		if len(w) == 0 {
			continue
		}
		if seen++; seen > headlineParas {
			break
		}
		if len(w) < 3 {
			continue
		}
		for _, h := range heads {
			if strings.Contains(h, " "+strings.Join(w, " ")+" ") {
				return strings.Join(append(paras[:i:i], paras[i+1:]...), "\n")
			}
		}
	}
	return text
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
