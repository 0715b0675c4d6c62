package syntax

import (
	"strings"
	"sync"
)

// Parser tags, lemmatizes and parses sentences with a trained Model. It is
// safe for concurrent use.
type Parser struct {
	m     *Model
	tags  *tagScorer
	trans *transScorer
	label *labelScorer
	rules *lemmaRules
	pool  sync.Pool
}

type scratch struct {
	toks   []token
	feats  []uint64
	st     state
	trans  transCache
	heads  []int
	labels []int
}

// NewParser returns a parser over m.
func NewParser(m *Model) *Parser {
	tags := newTagScorer(m.Tagger.M, &m.Lex)
	return &Parser{m: m, tags: tags, trans: newTransScorer(m.Parser.Trans, len(m.Parser.Labels), tags),
		label: newLabelScorer(m.Parser.Label, len(m.Parser.Labels)), rules: newLemmaRules(m.Lemma.Rules),
		pool: sync.Pool{New: func() any { return &scratch{} }}}
}

// Parse returns the analysis of one sentence's words.
func (p *Parser) Parse(words []string) *Tree {
	t := &Tree{}
	p.ParseInto(words, t)
	return t
}

// ParseInto is Parse writing into t, reusing its slices. Scare quotes are
// parsed around, not through: the treebanks the model learnt from hardly
// quote a single word or a short phrase, and one ("the army had "cleared"
// the town … and killed 50 fighters") led the parser off the clause. The
// words without those marks are parsed, and each mark then hangs on the
// head of what it encloses. Quotations of a clause or more keep their
// marks, which tell the parser where the quoted clause ends.
func (p *Parser) ParseInto(words []string, t *Tree) {
	if quoteMarks(words) >= 2 {
		if pairs := scarePairs(words); len(pairs) > 0 {
			p.parseAroundQuotes(words, pairs, t)
			return
		}
	}
	p.parseWords(words, t)
}

// parseWords parses words as given.
func (p *Parser) parseWords(words []string, t *Tree) {
	n := len(words)
	t.reset(words)
	if n == 0 {
		return
	}
	sc := p.pool.Get().(*scratch)
	defer p.pool.Put(sc)
	sc.toks = p.tags.makeTokens(words, sc.toks)
	sc.feats = p.tags.tag(sc.toks, sc.feats)
	repairTags(sc.toks)
	p.m.Lex.repairPrefixedVerbs(sc.toks)
	if cap(sc.heads) < n {
		sc.heads, sc.labels = make([]int, n), make([]int, n)
	}
	sc.heads, sc.labels = sc.heads[:n], sc.labels[:n]
	sc.feats = p.m.Parser.parse(p.trans, p.label, sc.toks, &sc.st, &sc.trans, sc.feats, sc.heads, sc.labels)
	for i := range words {
		tag := sc.toks[i].tag
		t.UPOS[i] = UPOS[tag]
		t.Lemma[i] = p.m.Lemma.lemmaWith(p.rules, words[i], tag)
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

// IsQuoteMark reports whether a word is a double quotation mark, curly,
// straight, a guillemet or a treebank's “ and ”.
func IsQuoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "„", "``", "''", "«", "»":
		return true
	}
	return false
}

// quoteMarks counts the quotation marks among words.
func quoteMarks(words []string) int {
	n := 0
	for _, w := range words {
		if IsQuoteMark(w) {
			n++
		}
	}
	return n
}

// opens reports whether the quotation mark w opens a quotation: a mark
// with a closer of its own shape (Closer: "“", "«", "„") or "“"; a
// straight mark opens when none is open.
func opens(w string, open bool) bool {
	switch c := Closer(w); {
	case w == "``" || c != "" && c != w:
		return true
	case c == w:
		return !open
	}
	return false // "”", "»", "''"
}

// maxScare bounds the words a scare quote encloses.
const maxScare = 4

// scarePairs pairs the quotation marks of words, an opening one with the
// next closing one, and returns the pairs that enclose at most maxScare
// words inside the sentence (not at its start).
func scarePairs(words []string) [][2]int {
	var pairs [][2]int
	open := -1
	for i, w := range words {
		if !IsQuoteMark(w) {
			continue
		}
		if opens(w, open >= 0) {
			open = i
			continue
		}
		if open > 0 && i-open-1 >= 1 && i-open-1 <= maxScare {
			pairs = append(pairs, [2]int{open, i})
		}
		open = -1
	}
	return pairs
}

// parseAroundQuotes parses words without the quotation marks of pairs and
// puts the marks back, each hung on the head of the words it encloses, as
// punct.
func (p *Parser) parseAroundQuotes(words []string, pairs [][2]int, t *Tree) {
	var sub Tree
	drop := make([]bool, len(words))
	for _, pr := range pairs {
		drop[pr[0]], drop[pr[1]] = true, true
	}
	kept := make([]string, 0, len(words))
	at := make([]int, 0, len(words)) // position in words of each kept word
	for i, w := range words {
		if !drop[i] {
			kept = append(kept, w)
			at = append(at, i)
		}
	}
	p.parseWords(kept, &sub)
	t.reset(words)
	for k, i := range at {
		t.UPOS[i], t.Lemma[i], t.Rel[i] = sub.UPOS[k], sub.Lemma[k], sub.Rel[k]
		t.Head[i] = -1
		if h := sub.Head[k]; h >= 0 {
			t.Head[i] = at[h]
		}
	}
	for _, pr := range pairs {
		h := spanHead(t, drop, pr[0]+1, pr[1])
		for _, q := range pr {
			t.UPOS[q], t.Lemma[q], t.Rel[q], t.Head[q] = "PUNCT", words[q], "punct", h
		}
	}
	t.index()
}

// spanHead is the word of [a, b) whose head lies outside it (the first
// word when none does), skipping the marks in drop.
func spanHead(t *Tree, drop []bool, a, b int) int {
	for k := a; k < b; k++ {
		if drop[k] {
			continue
		}
		if h := t.Head[k]; h < a || h >= b {
			return k
		}
	}
	return a
}
