package syntax

import (
	"github.com/chronicle-news/chronicle"
)

// Stage is the pipeline stage that parses every sentence of a document
// into Document.Syntax.
type Stage struct {
	p *Parser
}

// NewStage returns the syntax stage over p.
func NewStage(p *Parser) Stage { return Stage{p: p} }

// Name is "syntax".
func (Stage) Name() string { return "syntax" }

// Process fills doc.Syntax, one entry per token.
func (s Stage) Process(doc *chronicle.Document) error {
	syn := make([]chronicle.TokenSyntax, len(doc.Tokens))
	var t Tree
	var words []string
	for _, sent := range doc.Sentences {
		words = words[:0]
		for _, tk := range doc.Tokens[sent.FirstToken:sent.LastToken] {
			words = append(words, doc.Text[tk.ByteStart:tk.ByteEnd])
		}
		// A wire dateline ("KYIV, March 3 (Reuters) —") is parsed as a
		// fragment of its own: it is not part of the sentence's clause.
		d := Dateline(words)
		for _, part := range [][2]int{{0, d}, {d, len(words)}} {
			if part[0] == part[1] {
				continue
			}
			s.p.ParseInto(words[part[0]:part[1]], &t)
			for i := range t.UPOS {
				k := sent.FirstToken + part[0] + i
				syn[k] = chronicle.TokenSyntax{UPOS: t.UPOS[i], Lemma: t.Lemma[i], Head: -1, Rel: t.Rel[i]}
				if t.Head[i] >= 0 {
					syn[k].Head = sent.FirstToken + part[0] + t.Head[i]
				}
			}
		}
	}
	doc.Syntax = syn
	return nil
}

// SentenceDateline is Dateline on sentence si of doc: the number of its
// tokens that make the wire dateline opening it, or 0.
func SentenceDateline(doc *chronicle.Document, si int) int {
	st := doc.Sentences[si]
	n := min(st.LastToken-st.FirstToken, maxDateline+2)
	words := make([]string, 0, n+1)
	for _, tk := range doc.Tokens[st.FirstToken : st.FirstToken+n] {
		words = append(words, doc.Text[tk.ByteStart:tk.ByteEnd])
	}
	if st.LastToken-st.FirstToken > n {
		words = append(words, "…") // the sentence goes on after the dash
	}
	return Dateline(words)
}

// maxDateline bounds the words of a dateline.
const maxDateline = 14

// Dateline returns the number of words of the wire dateline that opens a
// sentence ("KYIV, March 3 (Reuters) —", "PORT SUDAN —"), dash included,
// or 0: a place in capitals, then within maxDateline words a dash, with
// only capitalised words, numbers, commas, parentheses and the "of", "the"
// and "and" of country names between.
func Dateline(words []string) int {
	if len(words) < 3 || !allCaps(words[0]) {
		return 0
	}
	for k := 1; k < len(words) && k < maxDateline; k++ {
		w := words[k]
		switch w {
		case "-", "—", "–", "--":
			if k+1 < len(words) {
				return k + 1
			}
			return 0
		case ",", "(", ")", ".", "/", "of", "the", "and":
			continue // "GOMA, Democratic Republic of the Congo (Reuters) —"
		}
		r := w[0]
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return 0
		}
	}
	return 0
}

// allCaps reports whether w is a word of at least three letters, all
// capitals.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.' || r == '-' || r == '\'':
		default:
			return false
		}
	}
	return n >= 3
}

// SentenceTree fills t with the parse of sentence si of doc, word indexes
// counted from the sentence's first token. It reports false when the syntax
// stage did not run.
func SentenceTree(doc *chronicle.Document, si int, t *Tree) bool {
	if len(doc.Syntax) != len(doc.Tokens) || si < 0 || si >= len(doc.Sentences) {
		return false
	}
	sent := doc.Sentences[si]
	words := make([]string, 0, sent.LastToken-sent.FirstToken)
	for _, tk := range doc.Tokens[sent.FirstToken:sent.LastToken] {
		words = append(words, doc.Text[tk.ByteStart:tk.ByteEnd])
	}
	t.reset(words)
	for i := range words {
		ts := doc.Syntax[sent.FirstToken+i]
		t.UPOS[i], t.Lemma[i], t.Rel[i] = ts.UPOS, ts.Lemma, ts.Rel
		t.Head[i] = -1
		if ts.Head >= 0 {
			t.Head[i] = ts.Head - sent.FirstToken
		}
	}
	t.index()
	return true
}
