package framing

import (
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/syntax"
)

// voices decides whose wording a span is. It is built once per document.
type voices struct {
	doc *chronicle.Document
	// marked are byte ranges inside quotation marks, marks included, and
	// inner is 1 + the index of the innermost one around each token, or 0.
	marked [][2]int
	inner  []int32
	// sentence of each token.
	sent []int
	// countries names a country code ("RUS" → "Russian Federation",
	// "Russian"); nil names none.
	countries func(code string) []string
}

func newVoices(doc *chronicle.Document, countries func(code string) []string) *voices {
	v := &voices{doc: doc, countries: countries, marked: markedRegions(doc), sent: make([]int, len(doc.Tokens))}
	v.inner = innermost(doc, v.marked)
	for si, st := range doc.Sentences {
		for i := st.FirstToken; i < st.LastToken && i < len(v.sent); i++ {
			v.sent[i] = si
		}
	}
	return v
}

// of returns the voice and speaker of the tokens [first, last):
//   - inside quotation marks (a direct quote, the quoted fragment of a mixed
//     quote, or scare quotes) the words are quoted, and the speaker is that
//     of the quote around them, if any;
//   - right after a naming verb ("the Kremlin called it a special military
//     operation", "what Moscow calls …") the words are quoted: the outlet
//     reports a name someone else uses, and the speaker is the quote's or
//     the subject's;
//   - in reported speech without marks ("Lavrov said the Kyiv regime had
//     walked away", "…, Zelensky said"), the words are quoted when they are
//     the speaker's side's own wording: the lexicon's side for the term
//     (side) names the speaker's country, people or group, or is "any" or
//     "both". A paraphrase in words the speaker's side does not use ("Trump
//     said the Kyiv regime …") is the outlet's rewording, and so is what
//     follows "according to", which attributes facts, not words;
//   - everything else is the outlet's own wording (author).
func (v *voices) of(first, last int, side string) (voice, speaker string) {
	toks := v.doc.Tokens
	b0, b1 := toks[first].ByteStart, toks[last-1].ByteEnd
	if k := v.inner[first]; k > 0 {
		inside := false
		if r := v.marked[k-1]; r[0] <= b0 && b1 <= r[1] {
			inside = true
		} else {
			// The span leaves the innermost marks: an enclosing pair may
			// still hold it.
			for _, r := range v.marked {
				if r[0] <= b0 && b1 <= r[1] {
					inside = true
					break
				}
			}
		}
		if inside {
			return chronicle.VoiceQuoted, v.quoteSpeaker(b0, b1)
		}
	}
	if cue := v.namingCue(first); cue >= 0 {
		sp := v.quoteSpeaker(b0, b1)
		if sp == "" {
			sp = v.subject(cue)
		}
		return chronicle.VoiceQuoted, sp
	}
	if q := v.reportedBy(b0, b1); q != nil && v.speaksSide(q, side) {
		return chronicle.VoiceQuoted, quoteSpeakerName(v.doc, q)
	}
	return chronicle.VoiceAuthor, ""
}

// reportedBy is the innermost quote without an "according to" cue whose
// content holds the bytes [b0, b1), or nil.
func (v *voices) reportedBy(b0, b1 int) *chronicle.Quote {
	var best *chronicle.Quote
	for i := range v.doc.Quotes {
		q := &v.doc.Quotes[i]
		c := q.Content
		if c.ByteStart > b0 || b1 > c.ByteEnd || (best != nil && c.ByteEnd-c.ByteStart >= best.Content.ByteEnd-best.Content.ByteStart) {
			continue
		}
		best = q
	}
	if best == nil || best.Cue == nil || strings.HasPrefix(strings.ToLower(best.Cue.Text), "according") {
		return nil
	}
	return best
}

// speaksSide reports whether the lexicon side of a term is the side of the
// quote's speaker: "any" and "both" are everyone's; otherwise a word of the
// side must name the speaker's country (by name or demonym, through the
// Countries option) or the speaker's group.
func (v *voices) speaksSide(q *chronicle.Quote, side string) bool {
	if side == "" {
		return false
	}
	words := sideWords(side)
	if len(words) > 0 && (words[0] == "any" || words[0] == "both") {
		return true
	}
	var names []string
	if len(q.SpeakerCode) >= 3 && v.countries != nil {
		names = append(names, v.countries(q.SpeakerCode[:3])...)
	}
	names = append(names, q.SpeakerName)
	for _, n := range names {
		for _, nw := range sideWords(n) {
			for _, sw := range words {
				if sameStem(nw, sw) {
					return true
				}
			}
		}
	}
	return false
}

// sideWords are the lower-cased words of a side or name.
func sideWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
}

// sameStem reports whether a name and a side word are one word up to an
// ending: "russia"/"russian", "ukraine"/"ukrainian", "israel"/"israeli",
// "palestine"/"palestinian", "iran"/"iranian" — a shared prefix of at least
// four letters that leaves at most two letters of the shorter word.
func sameStem(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 4 {
		return a == b
	}
	n := 0
	for n < len(a) && a[n] == b[n] {
		n++
	}
	return n >= 4 && n >= len(a)-2
}

// quoteSpeakerName is a quote's speaker as a name: resolved, or as written.
func quoteSpeakerName(doc *chronicle.Document, q *chronicle.Quote) string {
	if q.SpeakerName != "" {
		return q.SpeakerName
	}
	if q.Speaker != nil {
		return doc.Text[q.Speaker.ByteStart:q.Speaker.ByteEnd]
	}
	return ""
}

// quoteSpeaker is the speaker of the innermost quote whose content holds
// the bytes [b0, b1).
func (v *voices) quoteSpeaker(b0, b1 int) string {
	best, bestLen := "", -1
	for _, q := range v.doc.Quotes {
		c := q.Content
		if c.ByteStart <= b0 && b1 <= c.ByteEnd && (bestLen < 0 || c.ByteEnd-c.ByteStart < bestLen) {
			best, bestLen = quoteSpeakerName(v.doc, &q), c.ByteEnd-c.ByteStart
		}
	}
	return best
}

// namingVerbs are the verbs with which a writer reports a name someone else
// gives a thing.
var namingVerbs = map[string]bool{
	"call": true, "calls": true, "called": true, "calling": true,
	"term": true, "terms": true, "termed": true, "terming": true,
	"dub": true, "dubs": true, "dubbed": true, "dubbing": true,
	"brand": true, "brands": true, "branded": true, "branding": true,
	"label": true, "labels": true, "labelled": true, "labeled": true, "labelling": true, "labeling": true,
	"describe": true, "describes": true, "described": true, "describing": true,
	"refer": true, "refers": true, "referred": true, "referring": true,
	"name": true, "names": true, "named": true,
}

// namingFill are the words that may stand between a naming verb and the
// name: "called it a …", "describes as the …", "refers to them as …" —
// determiners, object pronouns and opening punctuation.
var namingFill = syntax.Determiners(syntax.DetArticle|syntax.DetDemonstrative|syntax.DetThat|syntax.DetPossessive, false,
	"it", "them", "him", "as", "to", "what", ",", "“", "\"", "‘", "'", "«")

// namingCue returns the token of a naming verb that introduces token first,
// or -1.
func (v *voices) namingCue(first int) int {
	s := v.sent[first]
	s0 := v.doc.Sentences[s].FirstToken
	for k, n := first-1, 0; k >= s0 && n < 5; k, n = k-1, n+1 {
		w := strings.ToLower(tokenText(v.doc, k))
		if namingVerbs[w] {
			return k
		}
		if !namingFill[w] {
			return -1
		}
	}
	return -1
}

// subject names who uses the name a naming verb at token cue reports: the
// last entity before the verb in its sentence, else the last run of
// capitalised words there.
func (v *voices) subject(cue int) string {
	st := v.doc.Sentences[v.sent[cue]]
	b := v.doc.Tokens[cue].ByteStart
	name := ""
	for _, e := range v.doc.Entities {
		if e.ByteStart >= st.ByteStart && e.ByteEnd <= b {
			name = v.doc.Text[e.ByteStart:e.ByteEnd]
			if e.Actor != nil && e.Actor.Name != "" {
				name = e.Actor.Name
			}
		}
	}
	if name != "" {
		return name
	}
	b1 := -1
	for k := cue - 1; k >= st.FirstToken; k-- {
		w := tokenText(v.doc, k)
		capital := v.doc.Tokens[k].Kind == chronicle.Word && isCapitalised(w) && !v.functionWord(k)
		if capital && b1 < 0 {
			b1 = v.doc.Tokens[k].ByteEnd
		}
		if !capital && b1 >= 0 {
			return v.doc.Text[v.doc.Tokens[k+1].ByteStart:b1]
		}
	}
	if b1 >= 0 {
		return v.doc.Text[v.doc.Tokens[st.FirstToken].ByteStart:b1]
	}
	return ""
}

// functionWord reports whether token k is a determiner or a pronoun, which
// starts a sentence in capitals without being part of a name.
func (v *voices) functionWord(k int) bool {
	w := tokenText(v.doc, k)
	if syntax.IsDeterminer(w, syntax.DetAny) {
		return true
	}
	if k < len(v.doc.Syntax) {
		return v.doc.Syntax[k].UPOS == "PRON"
	}
	switch strings.ToLower(w) {
	case "it", "they", "he", "she", "we", "i", "you":
		return true
	}
	return false
}

// innermost returns for each token 1 + the index of the innermost region
// that holds it, or 0.
func innermost(doc *chronicle.Document, regions [][2]int) []int32 {
	inner := make([]int32, len(doc.Tokens))
	order := make([]int, len(regions))
	for i := range order {
		order[i] = i
	}
	// Paint the longest regions first, so that nested ones overwrite them.
	sort.SliceStable(order, func(a, b int) bool {
		ra, rb := regions[order[a]], regions[order[b]]
		return ra[1]-ra[0] > rb[1]-rb[0]
	})
	toks := doc.Tokens
	for _, k := range order {
		r := regions[k]
		for i := sort.Search(len(toks), func(i int) bool { return toks[i].ByteStart >= r[0] }); i < len(toks) && toks[i].ByteEnd <= r[1]; i++ {
			inner[i] = int32(k + 1)
		}
	}
	return inner
}

// markedRegions returns the byte ranges enclosed in quotation marks, marks
// included, nested ones too.
func markedRegions(doc *chronicle.Document) [][2]int {
	var out [][2]int
	var add func(qs []syntax.Quotation)
	add = func(qs []syntax.Quotation) {
		for _, q := range qs {
			out = append(out, [2]int{doc.Tokens[q.Open].ByteStart, doc.Tokens[q.Close].ByteEnd})
			add(q.Inner)
		}
	}
	add(syntax.Quotations(doc))
	return out
}
