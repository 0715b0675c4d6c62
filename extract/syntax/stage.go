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
		s.p.ParseInto(words, &t)
		for i := range words {
			k := sent.FirstToken + i
			syn[k] = chronicle.TokenSyntax{UPOS: t.UPOS[i], Lemma: t.Lemma[i], Head: -1, Rel: t.Rel[i]}
			if t.Head[i] >= 0 {
				syn[k].Head = sent.FirstToken + t.Head[i]
			}
		}
	}
	doc.Syntax = syn
	return nil
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
