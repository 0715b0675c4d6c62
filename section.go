package chronicle

import (
	"strings"
	"unicode/utf8"
)

// Sections cuts text into consecutive byte ranges [start, end) of at most max
// bytes that cover it whole. Each cut falls, by preference, after a blank
// line, after a line that ends a sentence, after a sentence, after any line
// break, at a space, and only failing all of those inside a word (never
// inside a code point). Cuts are looked for in the second half of each
// window, so no section is shorter than max/2 but the last.
func Sections(text string, max int) [][2]int {
	if max < 8 {
		max = 8
	}
	var out [][2]int
	for at := 0; at < len(text); {
		if len(text)-at <= max {
			out = append(out, [2]int{at, len(text)})
			break
		}
		end := at + cutPoint(text[at:], max)
		out = append(out, [2]int{at, end})
		at = end
	}
	return out
}

// cutPoint returns where to end a section of rest that is at most max bytes
// long; len(rest) > max.
func cutPoint(rest string, max int) int {
	w := rest[:max]
	half := len(w) / 2
	if i := strings.LastIndex(w, "\n\n"); i >= half {
		return i + 2
	}
	// A line break after a sentence end.
	for i := len(w) - 1; i >= half; i-- {
		if w[i] == '\n' && i > 0 && strings.ContainsAny(w[i-1:i], ".!?\"'") {
			return i + 1
		}
		if w[i] == '\n' && strings.HasSuffix(w[:i], "”") {
			return i + 1
		}
	}
	// A sentence end followed by a space.
	for i := len(w) - 2; i >= half; i-- {
		if w[i+1] == ' ' && strings.ContainsRune(".!?", rune(w[i])) {
			return i + 2
		}
	}
	if i := strings.LastIndexByte(w, '\n'); i >= half {
		return i + 1
	}
	if i := strings.LastIndexAny(w, " \t"); i >= half {
		return i + 1
	}
	i := max
	for i > 1 && !utf8.RuneStart(rest[i]) {
		i--
	}
	return i
}

// offset is where a section starts in the whole text.
type offset struct{ byte, rune int }

func (o offset) span(s *Span) {
	s.Start += o.rune
	s.End += o.rune
	s.ByteStart += o.byte
	s.ByteEnd += o.byte
}

// join appends part's layers, analysed from the section of the text at o, to
// doc, rebasing offsets and the indices that point into other layers.
func (o offset) join(doc, part *Document) {
	paras, toks, ents, evs := len(doc.Paragraphs), len(doc.Tokens), len(doc.Entities), len(doc.Events)
	for _, s := range part.Paragraphs {
		o.span(&s)
		doc.Paragraphs = append(doc.Paragraphs, s)
	}
	for _, t := range part.Tokens {
		o.span(&t.Span)
		doc.Tokens = append(doc.Tokens, t)
	}
	for _, s := range part.Sentences {
		o.span(&s.Span)
		s.FirstToken += toks
		s.LastToken += toks
		s.Paragraph += paras
		doc.Sentences = append(doc.Sentences, s)
	}
	for _, e := range part.Entities {
		o.span(&e.Span)
		if e.Role != nil && e.Role.Evidence != nil {
			r := *e.Role
			ev := *r.Evidence
			o.span(&ev)
			r.Evidence = &ev
			e.Role = &r
		}
		if e.Ref != nil && *e.Ref >= 0 {
			ref := *e.Ref + ents
			e.Ref = &ref
		}
		doc.Entities = append(doc.Entities, e)
	}
	for _, m := range part.Mentions {
		o.span(&m.Span)
		if m.Entity >= 0 {
			m.Entity += ents
		}
		doc.Mentions = append(doc.Mentions, m)
	}
	for _, q := range part.Quotes {
		o.span(&q.Content)
		q.Speaker = o.copySpan(q.Speaker)
		q.Cue = o.copySpan(q.Cue)
		doc.Quotes = append(doc.Quotes, q)
	}
	for _, e := range part.Events {
		o.span(&e.Trigger)
		o.span(&e.Sentence)
		e.DateSpan = o.copySpan(e.DateSpan)
		doc.Events = append(doc.Events, e)
	}
	for _, f := range part.Framing {
		o.span(&f.Span)
		doc.Framing = append(doc.Framing, f)
	}
	for _, f := range part.Techniques {
		o.span(&f.Span)
		doc.Techniques = append(doc.Techniques, f)
	}
	for _, c := range part.Claims {
		o.span(&c.Span)
		if c.Event != nil && *c.Event >= 0 {
			ev := *c.Event + evs
			c.Event = &ev
		}
		doc.Claims = append(doc.Claims, c)
	}
}

// copySpan returns a rebased copy of s (nil for nil), so that spans shared
// between records are moved once each.
func (o offset) copySpan(s *Span) *Span {
	if s == nil {
		return nil
	}
	c := *s
	o.span(&c)
	return &c
}
