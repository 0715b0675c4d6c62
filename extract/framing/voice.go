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
}

func newVoices(doc *chronicle.Document) *voices {
	v := &voices{doc: doc, marked: markedRegions(doc), sent: make([]int, len(doc.Tokens))}
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
//   - everything else, reported speech without marks included, is the
//     outlet's own wording (author): a paraphrase is in the outlet's words.
func (v *voices) of(first, last int) (voice, speaker string) {
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
	return chronicle.VoiceAuthor, ""
}

// quoteSpeaker is the speaker of the innermost quote whose content holds
// the bytes [b0, b1).
func (v *voices) quoteSpeaker(b0, b1 int) string {
	best, bestLen := "", -1
	for _, q := range v.doc.Quotes {
		c := q.Content
		if c.ByteStart <= b0 && b1 <= c.ByteEnd && (bestLen < 0 || c.ByteEnd-c.ByteStart < bestLen) {
			best, bestLen = q.SpeakerName, c.ByteEnd-c.ByteStart
			if best == "" && q.Speaker != nil {
				best = v.doc.Text[q.Speaker.ByteStart:q.Speaker.ByteEnd]
			}
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
// name: "called it a …", "describes as the …", "refers to them as …".
var namingFill = map[string]bool{
	"it": true, "them": true, "this": true, "that": true, "these": true, "the": true, "a": true, "an": true,
	"its": true, "their": true, "his": true, "her": true, "as": true, "to": true, "what": true, "him": true,
	",": true, "“": true, "\"": true, "‘": true, "'": true, "«": true,
}

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
		capital := v.doc.Tokens[k].Kind == chronicle.Word && isCapitalised(w) && !determiners[strings.ToLower(w)]
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

var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "it": true, "they": true, "he": true, "she": true, "its": true, "their": true}

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
