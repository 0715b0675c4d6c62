package syntax

import (
	"strings"
	"sync"
)

// Parser tags, lemmatizes and parses sentences with a trained Model. It is
// safe for concurrent use.
type Parser struct {
	m    *Model
	pool sync.Pool
}

type scratch struct {
	toks   []token
	feats  []uint64
	scores []float32
	st     state
	heads  []int
	labels []int
}

// NewParser returns a parser over m.
func NewParser(m *Model) *Parser {
	return &Parser{m: m, pool: sync.Pool{New: func() any { return &scratch{scores: make([]float32, nUPOS)} }}}
}

// Parse returns the analysis of one sentence's words.
func (p *Parser) Parse(words []string) *Tree {
	t := &Tree{}
	p.ParseInto(words, t)
	return t
}

// ParseInto is Parse writing into t, reusing its slices.
func (p *Parser) ParseInto(words []string, t *Tree) {
	n := len(words)
	t.reset(words)
	if n == 0 {
		return
	}
	sc := p.pool.Get().(*scratch)
	defer p.pool.Put(sc)
	sc.toks = p.m.Lex.makeTokens(words, sc.toks)
	sc.feats = p.m.Tagger.tag(sc.toks, sc.feats, sc.scores)
	repairTags(sc.toks)
	p.m.Lex.repairPrefixedVerbs(sc.toks)
	if cap(sc.heads) < n {
		sc.heads, sc.labels = make([]int, n), make([]int, n)
	}
	sc.heads, sc.labels = sc.heads[:n], sc.labels[:n]
	sc.feats = p.m.Parser.parse(sc.toks, &sc.st, sc.feats, sc.heads, sc.labels)
	for i := range words {
		tag := UPOS[sc.toks[i].tag]
		t.UPOS[i] = tag
		t.Lemma[i] = p.m.Lemma.lemma(words[i], tag)
		t.Head[i] = sc.heads[i] - 1
		t.Rel[i] = p.m.Parser.Labels[sc.labels[i]]
	}
	t.repairRoot()
	t.index()
}

// Tree is one parsed sentence. Heads are 0-based word indexes, -1 for the
// root; Rel holds UD relations with their subtypes ("nsubj:pass").
type Tree struct {
	Words []string
	UPOS  []string
	Lemma []string
	Head  []int
	Rel   []string

	kids [][]int // children of each word, in order
}

func (t *Tree) reset(words []string) {
	n := len(words)
	t.Words = append(t.Words[:0], words...)
	grow := func(a []string) []string {
		if cap(a) < n {
			return make([]string, n)
		}
		return a[:n]
	}
	t.UPOS, t.Lemma, t.Rel = grow(t.UPOS), grow(t.Lemma), grow(t.Rel)
	if cap(t.Head) < n {
		t.Head = make([]int, n)
	}
	t.Head = t.Head[:n]
	t.kids = t.kids[:0]
}

func (t *Tree) index() {
	n := len(t.Words)
	if cap(t.kids) < n {
		t.kids = make([][]int, n)
	}
	t.kids = t.kids[:n]
	for i := range t.kids {
		t.kids[i] = t.kids[i][:0]
	}
	for i, h := range t.Head {
		if h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
}

// Len is the number of words.
func (t *Tree) Len() int { return len(t.Words) }

// Children are the dependents of word i, left to right.
func (t *Tree) Children(i int) []int { return t.kids[i] }

// Root is the index of the sentence's root word, or -1 for no words.
func (t *Tree) Root() int {
	for i, h := range t.Head {
		if h < 0 {
			return i
		}
	}
	return -1
}

// Base is a relation without its subtype: "nsubj" for "nsubj:pass".
func Base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// Score compares a parser's output with gold sentences on the gold words:
// UPOS accuracy, UAS, and LAS on the universal part of the relation.
type Score struct {
	Words, UPOS, UAS, LAS int
}

// Evaluate parses the gold sentences' words and counts agreement.
func (p *Parser) Evaluate(gold []Sentence) Score {
	var s Score
	var t Tree
	for _, g := range gold {
		p.ParseInto(forms(g.Words), &t)
		for i, w := range g.Words {
			s.Words++
			if t.UPOS[i] == w.UPOS {
				s.UPOS++
			}
			if t.Head[i]+1 == w.Head {
				s.UAS++
				if Base(t.Rel[i]) == Base(w.Deprel) {
					s.LAS++
				}
			}
		}
	}
	return s
}
