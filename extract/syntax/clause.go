package syntax

// Derived structures, defined once for every stage: noun phrases with their
// heads, and clauses with their predicate, subject (the shared subject of
// coordinated verbs included), objects, obliques with their preposition,
// passive agent and clausal complements.

import "strings"

// Phrase is a noun phrase: the span of words [First, Last] around its head,
// without a leading preposition or trailing punctuation.
type Phrase struct {
	Head, First, Last int
}

// Oblique is a prepositional (or bare) modifier of a predicate: its head
// noun and the word that marks it ("in", "on", "according to"), or -1.
type Oblique struct {
	Head int
	Case int
	Rel  string // "obl", "obl:tmod", "obl:agent", "nmod" …
}

// Clause is a predicate with its arguments, as word indexes of a Tree;
// absent parts are -1 or empty.
type Clause struct {
	Pred     int
	Subj     int  // head of the subject phrase
	Shared   bool // the subject is the one of a coordinated predicate before it ("thanked … and urged")
	Passive  bool // nsubj:pass, or an aux:pass / be + participle
	Agent    int  // the "by" phrase of a passive
	Negated  bool
	Objs     []int
	Obliques []Oblique
	Comps    []int // ccomp and xcomp heads: what is said, wanted, tried
	Rel      string
}

// Subtree returns the first and last word of i's subtree (projective
// trees: a span; otherwise the hull).
func (t *Tree) Subtree(i int) (first, last int) {
	first, last = i, i
	stack := []int{i}
	for steps := 0; len(stack) > 0 && steps <= len(t.Words); steps++ {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		first, last = min(first, k), max(last, k)
		stack = append(stack, t.kids[k]...)
	}
	return first, last
}

// NounPhrase returns the noun phrase headed by word i: its own subtree less
// clauses attached to it (relative clauses, appositions after a comma), its
// conjuncts and its leading case marker. It is the one noun-phrase finder of
// extract/: stages read phrases from it rather than scanning words.
func (t *Tree) NounPhrase(i int) Phrase {
	p := Phrase{Head: i, First: i, Last: i}
	for _, k := range t.kids[i] {
		switch Base(t.Rel[k]) {
		case "acl", "appos", "punct", "case", "parataxis", "conj", "cc", "advcl", "dep":
			continue
		}
		f, l := t.Subtree(k)
		p.First, p.Last = min(p.First, f), max(p.Last, l)
	}
	// A possessor right before the phrase is part of it even when the
	// parser hung it elsewhere ("Iran 's foreign ministry rejected" with
	// "Iran" under the verb).
	if c := p.First - 1; c > 0 && Base(t.Rel[c]) == "case" && t.Rel[t.Head[c]] == "nmod:poss" && t.Head[c] < c {
		if f, _ := t.Subtree(t.Head[c]); f < p.First {
			p.First = f
		}
	}
	return p
}

// IsPredicate reports whether word i heads a clause: a verb, or a noun,
// adjective or pronoun with a copula or a subject.
func (t *Tree) IsPredicate(i int) bool {
	if t.UPOS[i] == "VERB" {
		return true
	}
	for _, k := range t.kids[i] {
		switch t.Rel[k] {
		case "cop", "nsubj", "nsubj:pass", "csubj":
			return true
		}
	}
	return false
}

// Clauses returns the clauses of the sentence, in word order of their
// predicates.
func (t *Tree) Clauses() []Clause {
	var out []Clause
	for i := range t.Words {
		if !t.IsPredicate(i) {
			continue
		}
		out = append(out, t.ClauseOf(i))
	}
	return out
}

// prepositionBetween reports whether predicate p has an adposition child
// between words a and b (a < b) — a preposition misattached as a marker.
func (t *Tree) prepositionBetween(p, a, b int) bool {
	for _, k := range t.kids[p] {
		if a < k && k < b && t.UPOS[k] == "ADP" {
			return true
		}
	}
	return false
}

// deniedNoun reports whether the nominal k says there is none of it: "none",
// "nobody", "nothing", or a noun under "no".
func (t *Tree) deniedNoun(k int) bool {
	switch strings.ToLower(t.Words[k]) {
	case "none", "nobody", "nothing", "noone":
		return true
	}
	for _, d := range t.kids[k] {
		if Base(t.Rel[d]) == "det" && strings.ToLower(t.Words[d]) == "no" {
			return true
		}
	}
	return false
}

// Negated reports whether the clause of predicate i is denied: "not",
// "never" or "n't" on it, "no" on it, or a subject or object that denies
// itself ("no military facilities had been targeted", "none of the crew").
// It is the Negated of ClauseOf, without building the clause.
func (t *Tree) Negated(i int) bool {
	for _, k := range t.kids[i] {
		switch Base(t.Rel[k]) {
		case "advmod":
			if l := t.Lemma[k]; l == "not" || l == "never" || l == "n't" {
				return true
			}
		case "det":
			if t.Lemma[k] == "no" {
				return true
			}
		case "nsubj", "csubj", "obj", "iobj":
			if t.deniedNoun(k) {
				return true
			}
		}
	}
	return false
}

// ClauseOf returns the clause whose predicate is word i.
func (t *Tree) ClauseOf(i int) Clause {
	c := Clause{Pred: i, Subj: -1, Agent: -1, Rel: t.Rel[i]}
	for _, k := range t.kids[i] {
		switch rel := t.Rel[k]; Base(rel) {
		case "nsubj", "csubj":
			if c.Subj >= 0 && t.prepositionBetween(i, c.Subj, k) {
				// A predicate has one subject. A second after a
				// preposition the parser hung on the verb is the
				// preposition's object ("A drone attack on the Odesa
				// port set …" with "port" a subject too): the first
				// stands. Otherwise the nearer one does ("that … whose
				// parents died").
				continue
			}
			c.Subj = k
			if rel == "nsubj:pass" || rel == "csubj:pass" {
				c.Passive = true
			}
		case "aux":
			if rel == "aux:pass" {
				c.Passive = true
			}
		case "obj", "iobj":
			c.Objs = append(c.Objs, k)
		case "obl", "nmod":
			o := Oblique{Head: k, Case: t.caseOf(k), Rel: rel}
			if rel == "obl:agent" || c.Passive && o.Case >= 0 && t.Lemma[o.Case] == "by" {
				c.Agent = k
			}
			c.Obliques = append(c.Obliques, o)
		case "ccomp", "xcomp":
			c.Comps = append(c.Comps, k)
		}
	}
	if !c.Passive && c.Subj < 0 && c.Agent >= 0 && t.Rel[c.Agent] == "obl:agent" && t.UPOS[i] == "VERB" && !t.hasAux(i) &&
		!strings.HasSuffix(strings.ToLower(t.Words[i]), "ing") {
		// "swapped 150 prisoners each, mediated by the United Arab
		// Emirates": a participle with an agent and no subject or
		// auxiliary of its own is a passive, its agent the doer
		c.Passive = true
	}
	if c.Passive && strings.HasSuffix(strings.ToLower(t.Words[i]), "ing") && t.UPOS[i] == "VERB" {
		// "it was cutting diplomatic relations": a progressive the
		// parser labelled passive; a passive's verb is a participle
		c.Passive = false
	}
	c.Negated = t.Negated(i)
	if c.Agent < 0 && c.Passive {
		for _, o := range c.Obliques {
			if o.Case >= 0 && t.Lemma[o.Case] == "by" {
				c.Agent = o.Head
			}
		}
	}
	// "3 people were killed and 41 injured by police": a "by" phrase
	// closing coordinated passive participles is the agent of each; the
	// parser hangs it on the last.
	if c.Agent < 0 && c.Passive {
		for _, k := range t.kids[i] {
			if k > i && Base(t.Rel[k]) == "conj" && t.UPOS[k] == "VERB" && !t.hasAux(k) {
				for _, m := range t.kids[k] {
					if o := t.caseOf(m); t.Rel[m] == "obl:agent" || Base(t.Rel[m]) == "obl" && o >= 0 && t.Lemma[o] == "by" {
						c.Agent = m
					}
				}
			}
		}
	}
	// A coordinated predicate shares the subject of the first conjunct.
	if c.Subj < 0 && Base(t.Rel[i]) == "conj" {
		for h, steps := t.Head[i], 0; h >= 0 && steps < len(t.Words); h, steps = t.Head[h], steps+1 {
			first := t.SubjectOf(h)
			if first >= 0 {
				c.Subj, c.Shared = first, true
				break
			}
			if Base(t.Rel[h]) != "conj" {
				break
			}
		}
	}
	// An open complement (xcomp) takes its controller: "urged Washington to
	// follow" — the object, else the subject of the governing clause.
	if c.Subj < 0 && Base(t.Rel[i]) == "xcomp" && t.Head[i] >= 0 {
		g := t.Head[i]
		for _, k := range t.kids[g] {
			if Base(t.Rel[k]) == "obj" {
				c.Subj, c.Shared = k, true
			}
		}
		if c.Subj < 0 {
			if s := t.SubjectOf(g); s >= 0 {
				c.Subj, c.Shared = s, true
			}
		}
	}
	return c
}

// hasAux reports whether predicate i has an auxiliary of its own.
func (t *Tree) hasAux(i int) bool {
	for _, k := range t.kids[i] {
		if Base(t.Rel[k]) == "aux" {
			return true
		}
	}
	return false
}

// SubjectOf returns the subject word of predicate i, or -1.
func (t *Tree) SubjectOf(i int) int {
	for _, k := range t.kids[i] {
		if b := Base(t.Rel[k]); b == "nsubj" || b == "csubj" {
			return k
		}
	}
	return -1
}

// caseOf returns the case marker (preposition) of nominal k: its first case
// child, or -1.
func (t *Tree) caseOf(k int) int {
	for _, c := range t.kids[k] {
		if Base(t.Rel[c]) == "case" {
			return c
		}
	}
	return -1
}

// Case returns the preposition marking nominal k (its first case child,
// "according to" as two words gives "according"), or -1.
func (t *Tree) Case(k int) int { return t.caseOf(k) }
