package syntax

import "strings"

// A greedy parser commits to each arc as it reads, and one error it makes
// on news would mislead every stage: a sentence whose main verb follows a
// noun phrase it could modify ("Security forces in Mozambique detained
// dozens of protesters") comes out as that noun phrase, its verb a reduced
// relative ("forces [that were] detained") with no main clause at all. A
// participle that modifies a noun does not take a direct object of its own
// ("the protesters detained by police"), nor an "-ing" clause after a comma
// ("A car bomb ripped through a market, killing 13 people"), so a root noun
// whose clausal modifier is a verb with an object or such a clause, and with
// no subject, subordinator, agent or passive auxiliary of its own, is the
// subject of that verb, which is the root. Checked on the UD dev sets (make eval): the repair may only raise
// their attachment scores.

// The converse error reads a reduced relative as the main verb when a verb
// follows it ("Bombs dropped by army aircraft killed 40 people": root
// "dropped", "killed" hung on it as an adverbial clause; "Gang members armed
// with rifles attacked the town": root "armed"). A passive with its agent or
// a participle with its "with" phrase but without an auxiliary is a reduced
// relative, so when a later verb
// of the root has an object and no subject of its own, that verb is the
// root, and the first one modifies their subject.

// A third error reads a clause opened by "as" as a prepositional phrase
// ("Eight people died as militias fought in the capital": "as militias" an
// oblique, "fought" a complement of "died"). A noun governed by "as" (after
// no more than its own determiners, adjectives and nouns: "after a Chinese
// coast guard vessel fired") and followed at once by a verb of the same
// head, which has no subject of its own, is that verb's subject, and "as"
// marks the clause.

// The same holds for "after", "before", "since" and "until" ("a day after
// traders clashed with police": "after traders" an oblique, "clashed" a
// relative clause on "traders"): in the UD English training trees these
// words, a noun and a verb not in "-ing" are a clause every time (mark,
// nsubj, advcl), never a prepositional phrase with a reduced relative.

// clauseMarks are the words the third repair reads as opening a clause.
var clauseMarks = map[string]bool{"as": true, "after": true, "before": true, "since": true, "until": true}

// repairAs applies the third repair.
func (t *Tree) repairAs() {
	for a := range t.Words {
		// the word hangs on the noun as its case, or as anything but a mark
		// when tagged a subordinator ("after" the subject of "gangs")
		if !clauseMarks[strings.ToLower(t.Words[a])] || t.Rel[a] != "case" && (t.UPOS[a] != "SCONJ" || t.Rel[a] == "mark") {
			continue
		}
		n := t.Head[a]
		if n <= a || n > a+6 || !t.phraseBetween(a, n) || n+1 >= len(t.Words) || t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" && t.UPOS[n] != "PRON" {
			continue
		}
		// the verb follows the noun's phrase ("as thousands of protesters
		// rallied")
		v := n + 1
		for v < len(t.Words) && v < n+maxReducedPhrase && t.UPOS[v] != "VERB" && t.governs(n, v) {
			v++
		}
		// or a verb group does ("after 19 protesters were shot dead")
		for v < len(t.Words) && t.UPOS[v] == "AUX" && t.Head[v] > v && t.Head[v] <= v+3 && t.UPOS[t.Head[v]] == "VERB" {
			v = t.Head[v]
		}
		if v >= len(t.Words) || t.UPOS[v] != "VERB" || t.Head[n] < 0 || strings.HasSuffix(strings.ToLower(t.Words[v]), "ing") {
			continue
		}
		if t.Head[n] == v && Base(t.Rel[n]) == "nsubj" && t.Head[v] >= 0 {
			// the noun is the verb's subject already, the word its case:
			// the word marks the clause, which modifies the verb's head
			t.Head[a], t.Rel[a] = v, "mark"
			if r := Base(t.Rel[v]); r == "conj" || r == "ccomp" {
				t.Rel[v] = "advcl" // a marked clause modifies, it is no complement
			}
			continue
		}
		if h := t.Head[n]; h >= 0 && t.Head[h] == v && h < a && (strings.HasSuffix(t.Rel[h], "unmarked") || strings.HasSuffix(t.Rel[h], "tmod")) {
			// "a day after fighters captured the town" with "a day" the
			// verb's time and "after fighters" a phrase on it: the
			// clause's subject and mark
			if !t.hasChild(v, "nsubj", "nsubj:pass", "mark") {
				t.Head[a], t.Rel[a] = v, "mark"
				t.Head[n], t.Rel[n] = v, "nsubj"
			}
			continue
		}
		if t.Head[n] == v && !t.hasChild(v, "nsubj", "nsubj:pass", "mark") {
			// "a day after rebels seized the town" with "after rebels"
			// an oblique of "seized": its subject and mark
			t.Head[a], t.Rel[a] = v, "mark"
			t.Rel[n] = "nsubj"
			if Base(t.Rel[v]) == "conj" {
				t.Rel[v] = "advcl"
			}
			if d := a - 1; d >= 0 && t.UPOS[d] == "NOUN" && (strings.HasSuffix(t.Rel[d], "unmarked") || strings.HasSuffix(t.Rel[d], "tmod")) {
				t.Head[d] = v
			}
			continue
		}
		if t.hasChild(v, "nsubj", "nsubj:pass", "mark") || t.governs(v, n) && t.Head[v] != n || t.Head[n] < 0 {
			continue
		}
		switch {
		case t.Head[v] == t.Head[n] || t.Head[v] == n && Base(t.Rel[v]) == "acl":
			// the verb hangs on the main clause, or on the noun as a
			// relative clause ("after traders clashed"): the clause
			// modifies what the phrase did
			t.Head[v], t.Rel[v] = t.Head[n], "advcl"
			if u := t.UPOS[t.Head[n]]; u == "NOUN" || u == "PROPN" {
				t.Rel[v] = "acl" // "the night before he died"
			}
		case t.Head[v] >= 0 && !t.governs(n, v):
			// the verb hangs elsewhere ("to protect civilians, a day
			// after rebels seized the town", "rebels" an oblique of
			// "protect"): it keeps its head, as a clause
			t.Rel[v] = "advcl"
			if d := a - 1; d >= 0 && t.UPOS[d] == "NOUN" && (strings.HasSuffix(t.Rel[d], "unmarked") || strings.HasSuffix(t.Rel[d], "tmod")) {
				t.Head[d] = v // "a day" measures the gap before the clause
			}
		default:
			continue
		}
		t.Head[a], t.Rel[a] = v, "mark"
		t.Head[n], t.Rel[n] = v, "nsubj"
	}
}

// phraseBetween reports whether the words between a and its noun n are
// n's own modifiers ("after a Chinese coast guard vessel fired"):
// determiners, adjectives, numbers and nouns that n governs.
func (t *Tree) phraseBetween(a, n int) bool {
	for k := a + 1; k < n; k++ {
		switch t.UPOS[k] {
		case "DET", "ADJ", "NUM", "NOUN", "PROPN":
		default:
			return false
		}
		if !t.governs(n, k) {
			return false
		}
	}
	return true
}

// A fourth error is the second one inside a clause: "said that the
// classmates arrested at the blockade had been released" came out with
// "arrested" the verb of "the classmates" and "had been released" a clause
// without a subject. A participle with no auxiliary right after its subject,
// followed by its own phrase and then a verb group with an auxiliary and no
// subject of its own, is a reduced relative on that subject, which belongs
// to the verb group.

// repairReducedSubject applies the fourth repair.
func (t *Tree) repairReducedSubject() {
	n := len(t.Words)
	for v1 := 1; v1 < n; v1++ {
		w := strings.ToLower(t.Words[v1])
		if t.UPOS[v1] != "VERB" || strings.HasSuffix(w, "ing") {
			continue
		}
		subj := v1 - 1
		if t.Head[subj] != v1 || Base(t.Rel[subj]) != "nsubj" || t.UPOS[subj] != "NOUN" && t.UPOS[subj] != "PROPN" {
			continue
		}
		if t.hasChild(v1, "aux", "aux:pass", "cop", "nsubj:pass", "obj", "ccomp", "xcomp") {
			continue
		}
		// the participle's phrase runs to the first word it does not govern
		// (a few words: "arrested at Sunday's bridge blockade")
		// (up to the verb group's auxiliary: the parser may have hung
		// the group on the phrase, "kidnapped on the road … were missing")
		end := v1 + 1
		for end < n && end < v1+maxReducedPhrase && t.governs(v1, end) && t.UPOS[end] != "AUX" {
			end++
		}
		if end >= n || t.UPOS[end] != "AUX" || Base(t.Rel[end]) != "aux" {
			continue
		}
		v2 := t.Head[end]
		if v2 <= end || t.UPOS[v2] != "VERB" || t.hasChild(v2, "nsubj", "nsubj:pass", "csubj", "expl") {
			continue
		}
		for k := end; k < v2; k++ {
			if t.Head[k] != v2 {
				v2 = -1 // only the verb group between
				break
			}
		}
		if v2 < 0 {
			continue
		}
		if t.governs(v1, v2) {
			t.Head[v2], t.Rel[v2] = t.Head[v1], t.Rel[v1] // the verb group takes the participle's place
		}
		for c, h := range t.Head {
			if h == v1 && c < subj && Base(t.Rel[c]) == "mark" {
				t.Head[c] = v2 // "that"
				if Base(t.Rel[v2]) == "conj" && t.Head[v2] >= 0 && t.UPOS[t.Head[v2]] == "VERB" {
					t.Rel[v2] = "ccomp" // "said that …": the clause said
				}
			}
		}
		t.Head[v1], t.Rel[v1] = subj, "acl"
		t.Head[subj], t.Rel[subj] = v2, "nsubj"
		if t.hasChild(v2, "aux:pass") {
			t.Rel[subj] = "nsubj:pass"
		}
		for c := v1 + 1; c < n; c++ {
			switch {
			case c < end && t.Head[c] == v2:
				t.Head[c] = v1 // what stands in the participle's phrase is its ("… the day before")
			case c > v2 && t.Head[c] == v1:
				t.Head[c] = v2 // what follows the verb group is the clause's (", the embassy said")
			}
		}
	}
}

// maxReducedPhrase bounds the words of a reduced relative's phrase.
const maxReducedPhrase = 12

// childWindow bounds how far from a word hasChild looks for its dependents,
// so that a repair stays linear on a sentence of thousands of words.
const childWindow = 64

// hasChild reports whether word k has a dependent with one of the relations
// (within childWindow words of it).
func (t *Tree) hasChild(k int, rels ...string) bool {
	for c := max(0, k-childWindow); c < len(t.Head) && c <= k+childWindow; c++ { // (the children index is built after repair)
		if t.Head[c] == k {
			for _, r := range rels {
				if t.Rel[c] == r {
					return true
				}
			}
		}
	}
	return false
}

// governs reports whether word a is an ancestor of word b.
func (t *Tree) governs(a, b int) bool {
	for k, steps := t.Head[b], 0; k >= 0 && steps < len(t.Words); k, steps = t.Head[k], steps+1 {
		if k == a {
			return true
		}
	}
	return false
}

// A fifth error marks an active subject passive: "Riot police used water
// cannon" came out with "police" nsubj:pass of "used". A passive subject
// needs a passive auxiliary ("were used"); a verb with neither that
// auxiliary nor any other but with a direct object is active.

// repairActiveSubject applies the fifth repair.
func (t *Tree) repairActiveSubject() {
	for sj, v := range t.Head {
		if v < 0 || t.Rel[sj] != "nsubj:pass" || t.UPOS[v] != "VERB" {
			continue
		}
		if t.hasChild(v, "obj") && !t.hasChild(v, "aux:pass", "aux", "cop") {
			t.Rel[sj] = "nsubj"
		}
	}
}

// A sixth error misses a relative clause without "that": "violating the
// ceasefire the two sides agreed" came out with two direct objects of
// "violating" and "agreed" a reduced relative on "sides". A verb takes one
// direct object; a second one right after the first, followed by a verb that
// hangs on it, is the subject of a relative clause on the first.

// repairContactRelative applies the sixth repair.
func (t *Tree) repairContactRelative() {
	n := len(t.Words)
	for o2 := 1; o2+1 < n; o2++ {
		h := t.Head[o2]
		if h < 0 || t.Rel[o2] != "obj" || t.UPOS[o2] != "NOUN" && t.UPOS[o2] != "PROPN" && t.UPOS[o2] != "PRON" {
			continue
		}
		o1 := -1
		for k := max(0, o2-childWindow); k < o2; k++ {
			if t.Head[k] == h && t.Rel[k] == "obj" {
				o1 = k
			}
		}
		if o1 < 0 {
			continue
		}
		// the second object's phrase starts right after the first's head
		first := o2
		for first > o1+1 && t.Head[first-1] == o2 {
			first--
		}
		if first != o1+1 {
			continue
		}
		v := o2 + 1
		if t.Head[v] != o2 || Base(t.Rel[v]) != "acl" || t.UPOS[v] != "VERB" || strings.HasSuffix(strings.ToLower(t.Words[v]), "ing") || t.hasChild(v, "nsubj", "nsubj:pass", "obj") {
			continue
		}
		t.Head[v], t.Rel[v] = o1, "acl:relcl"
		t.Head[o2], t.Rel[o2] = v, "nsubj"
	}
}

// A seventh error loses an object moved after its complement: "condemned
// as illegal the sanctions the EU imposed" came out with "sanctions" an
// oblique inside a clause on "illegal". A verb with "as" and an adjective
// right after it, then a determiner, and no object of its own takes the
// noun that phrase heads as its object, and the verbs that hung on the
// adjective after that noun hang on the noun.

// repairShiftedObject applies the seventh repair.
func (t *Tree) repairShiftedObject() {
	n := len(t.Words)
	for v := 0; v+4 < n; v++ {
		a := v + 2
		if t.UPOS[v] != "VERB" || strings.ToLower(t.Words[v+1]) != "as" || t.UPOS[a] != "ADJ" || t.Head[a] != v || t.UPOS[a+1] != "DET" ||
			t.hasChild(v, "obj") {
			continue
		}
		o := -1
		for k := a + 2; k < n && k <= a+6; k++ {
			if t.UPOS[k] == "NOUN" || t.UPOS[k] == "PROPN" {
				o = k
				if k+1 < n && (t.UPOS[k+1] == "NOUN" || t.UPOS[k+1] == "PROPN") && t.Head[k] == k+1 {
					continue // "the EU sanctions": the last noun of a compound
				}
				break
			}
			if t.UPOS[k] != "ADJ" && t.UPOS[k] != "NUM" && t.UPOS[k] != "DET" {
				break
			}
		}
		if o < 0 || t.governs(o, v) {
			continue
		}
		t.Head[o], t.Rel[o] = v, "obj"
		for k := o + 1; k < n && k <= o+childWindow; k++ {
			if t.Head[k] == a && t.UPOS[k] == "VERB" {
				t.Head[k], t.Rel[k] = o, "acl"
				if t.hasChild(k, "nsubj", "nsubj:pass") {
					t.Rel[k] = "acl:relcl"
				}
			}
		}
	}
}

// repairRoot makes the main verb the root in the two cases above.
func (t *Tree) repairRoot() {
	t.repairAs()
	t.repairReducedSubject()
	t.repairActiveSubject()
	t.repairShiftedObject()
	t.repairReducedRelative()
	t.repairContactRelative()
	t.repairRelativeComplement()
	t.repairRelativeVerb()
	t.repairFrontedParticiple()
	t.repairGerundSubject()
	t.repairGerundObject()
	t.repairSubjectBeforeConj()
	t.repairComplementSubject()
	t.repairDoubleSubject()
	t.repairRelativeConj()
	t.repairIngRoot()
	t.repairAsideRelative()
	t.repairGerundConj()
	r := t.Root()
	if r < 0 {
		return
	}
	t.repairPunctHead(r)
	t.repairTimeRoot(r)
	r = t.Root()
	t.repairParticipleRoot(r)
	t.repairVerbGroupRoot(t.Root())
	r = t.Root()
	if t.UPOS[r] == "VERB" || t.UPOS[r] == "ADJ" && strings.HasSuffix(strings.ToLower(t.Words[r]), "ed") {
		t.repairAgentRoot(r)
		return
	}
	if t.UPOS[r] != "NOUN" && t.UPOS[r] != "PROPN" {
		return
	}
	v := -1
	for i, h := range t.Head {
		// (on the root noun, or on a noun its "between"/"of" phrase ends
		// with: "Gun battles between rival militias killed nine people")
		onRoot := h == r || h > r && t.Head[h] == r && Base(t.Rel[h]) == "nmod" && t.Rel[i] == "acl"
		if onRoot && i > r && (t.Rel[i] == "acl" || t.Rel[i] == "parataxis") && t.UPOS[i] == "VERB" && !strings.HasSuffix(strings.ToLower(t.Words[i]), "ing") && t.Words[i-1] != "," {
			v = i
			break
		}
	}
	if v < 0 {
		return
	}
	if t.Rel[v] == "parataxis" {
		// "Thousands of doctors in Kenya walked out": a verb beside the
		// root noun with no punctuation between is its predicate, object
		// or none, when nothing else is its subject
		for i := r + 1; i < v; i++ {
			if t.UPOS[i] == "PUNCT" || t.UPOS[i] == "VERB" || t.UPOS[i] == "AUX" {
				return
			}
		}
		if t.hasChild(v, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "csubj") {
			return
		}
	} else if !t.hasObjectOnly(v) && !t.participleAfter(v) && !t.sharesObject(v) && !t.activeOnly(v) {
		return
	}
	t.promote(r, v)
	t.Head[r], t.Rel[r] = v, "nsubj"
}

// activeOnly reports whether the verb v, read as a clause on the root
// noun, is one that takes no object and so cannot be a passive reduced
// relative ("Ethiopian federal forces and Fano militiamen fought for
// control of the town"), with no subject, auxiliary, agent or
// subordinator of its own and no comma before it.
func (t *Tree) activeOnly(v int) bool {
	if !intransitive[t.Lemma[v]] || v == 0 || t.Words[v-1] == "," {
		return false
	}
	return !t.hasChild(v, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "obl:agent", "cop", "obj")
}

// intransitive are lemmas of verbs of conflict and protest that take no
// object in news: their past form is the sentence's verb, never a passive.
var intransitive = map[string]bool{"fight": true, "clash": true, "battle": true, "march": true, "rally": true,
	"riot": true, "flee": true, "die": true, "erupt": true, "explode": true, "gather": true}

// participleAfter reports whether the verb v, read as a clause on the root
// noun, has no subject, auxiliary or agent of its own but an "-ing"
// clause after a comma ("A car bomb ripped through a market …, killing 13
// people"): a reduced relative carries no such clause, a sentence's verb
// does.
func (t *Tree) participleAfter(v int) bool {
	if t.hasChild(v, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "obl:agent", "cop") {
		return false
	}
	for i, h := range t.Head {
		if h == v && i > v && Base(t.Rel[i]) == "advcl" && t.UPOS[i] == "VERB" && strings.HasSuffix(strings.ToLower(t.Words[i]), "ing") && t.Words[i-1] == "," {
			return true
		}
	}
	return false
}

// An eighth error makes a participle after a comma the root: "An explosion
// tore through the pipeline, spilling crude into a river" came out with
// "spilling" the root, "explosion" its subject and "tore" a clause on
// "explosion". A root in "-ing" after a comma whose subject has such a
// clause, a verb of its own without a subject, is the participle of that
// verb.

// repairParticipleRoot applies the eighth repair to the root r.
func (t *Tree) repairParticipleRoot(r int) {
	if t.UPOS[r] != "VERB" || !strings.HasSuffix(strings.ToLower(t.Words[r]), "ing") || r == 0 || t.Words[r-1] != "," {
		return
	}
	n := -1
	for k := max(0, r-childWindow); k < r; k++ {
		if t.Head[k] == r && Base(t.Rel[k]) == "nsubj" {
			n = k
		}
	}
	if n < 0 {
		return
	}
	v := -1
	for k := n + 1; k < r && k <= n+maxReducedPhrase; k++ {
		if t.Head[k] == n && Base(t.Rel[k]) == "acl" && t.UPOS[k] == "VERB" && !strings.HasSuffix(strings.ToLower(t.Words[k]), "ing") {
			v = k
			break
		}
	}
	if v < 0 || t.hasChild(v, "nsubj", "nsubj:pass", "mark") {
		return
	}
	for k := v + 1; k < r; k++ {
		if t.Head[k] == n {
			return // the subject's phrase goes on past the verb: not its clause
		}
	}
	t.Head[v], t.Rel[v] = -1, "root"
	for i, h := range t.Head {
		if h == r && i < r && i != n && i > v {
			t.Head[i] = v
		}
	}
	t.Head[n], t.Rel[n] = v, "nsubj"
	t.Head[r], t.Rel[r] = v, "advcl"
}

// A tenth error hangs a verb on a punctuation mark ("a day after drones hit
// fuel tanks by the quay." came out with "hit" a compound of the full
// stop). A verb whose head is a punctuation mark hangs on the root, as a
// clause modifying it when it has a mark, else side by side.

// An eleventh error hangs a reduced relative on a verb: "the rubble of the
// building hit on Tuesday" came out with "hit" a clause of "searching", "the
// sanctions against gang leaders announced the day before" with
// "announced" a conjunct of "welcomed" without an "and". A
// past participle right after a noun, with no subject, auxiliary or mark of
// its own and no comma before it, modifies that noun.

// repairReducedRelative applies the eleventh repair.
func (t *Tree) repairReducedRelative() {
	for v := 1; v < len(t.Words); v++ {
		n := v - 1
		rel := Base(t.Rel[v])
		if t.UPOS[v] != "VERB" || rel != "advcl" && rel != "conj" || t.UPOS[n] != "NOUN" || !participleForm(strings.ToLower(t.Words[v])) ||
			t.hasChild(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cc") || t.objectBesidesTime(v) || t.governs(v, n) {
			continue // (a conjunct with its "and" is one)
		}
		t.Head[v], t.Rel[v] = n, "acl"
	}
}

// objectBesidesTime reports whether verb v has an object that is not a time
// ("announced the day before": "the day" is when, not what).
func (t *Tree) objectBesidesTime(v int) bool {
	for c := max(0, v-childWindow); c < len(t.Head) && c <= v+childWindow; c++ {
		if t.Head[c] == v && Base(t.Rel[c]) == "obj" {
			switch strings.ToLower(t.Words[c]) {
			case "day", "days", "week", "weeks", "night", "morning", "evening", "afternoon", "month":
				continue
			}
			return true
		}
	}
	return false
}

// repairPunctHead applies the tenth repair, r being the root.
func (t *Tree) repairPunctHead(r int) {
	if r < 0 {
		return
	}
	for v, h := range t.Head {
		if h < 0 || t.UPOS[h] != "PUNCT" || t.UPOS[v] != "VERB" || v == r || t.governs(v, r) {
			continue
		}
		t.Head[v], t.Rel[v] = r, "parataxis"
		if t.hasChild(v, "mark") {
			t.Rel[v] = "advcl"
		}
	}
}

// A sixteenth error makes an opening time adverb the root: "A day earlier,
// army warplanes bombed a fuel depot" came out with "earlier" the root and
// "bombed" beside it in parataxis ("Hours earlier, rebels shelled the
// airport, officials said": "said" a conjunct of "earlier"). An adverb of
// relative time within the first words, followed by a comma, with a verb
// hung on it after the comma, is no sentence's head: that verb is the root,
// and the adverb modifies the first verb of the clause after the comma.

// timeAdverbs are the adverbs of relative time the sixteenth repair reads.
var timeAdverbs = map[string]bool{"earlier": true, "later": true, "ago": true, "before": true, "afterwards": true, "afterward": true}

// repairTimeRoot applies the sixteenth repair to the root r.
func (t *Tree) repairTimeRoot(r int) {
	if r < 0 || r > 4 || r+1 >= len(t.Words) || t.UPOS[r] != "ADV" || !timeAdverbs[strings.ToLower(t.Words[r])] || t.Words[r+1] != "," {
		return
	}
	v := -1
	for i, h := range t.Head {
		if h == r && i > r+1 && t.UPOS[i] == "VERB" {
			switch Base(t.Rel[i]) {
			case "conj", "parataxis", "ccomp", "advcl", "dep", "acl":
				v = i
			}
		}
	}
	if v < 0 {
		return
	}
	t.promote(r, v)
	first := v
	for i := r + 2; i < v; i++ {
		if t.UPOS[i] == "VERB" && t.governs(v, i) {
			first = i
			break
		}
	}
	t.Head[r], t.Rel[r] = first, "advmod"
}

// A seventeenth error gives a coordinated verb a subject that stands before
// its conjunction: "Perriello met army chief Abdel Fattah al-Burhan on
// Thursday and pressed him" came out with al-Burhan the subject of "pressed"
// and "met" without an object. A conjunct's own subject follows the
// conjunction ("met Burhan and aides pressed him"); one between the first
// verb and the conjunction, when that verb has no object or complement of
// its own, is the first verb's object, and the obliques the parser hung on
// it (", on Thursday") are the verb's; the second verb shares the subject.

// repairSubjectBeforeConj applies the seventeenth repair.
func (t *Tree) repairSubjectBeforeConj() {
	for v2, v1 := range t.Head {
		if v1 < 0 || v1 >= v2 || t.Rel[v2] != "conj" || t.UPOS[v2] != "VERB" || t.UPOS[v1] != "VERB" {
			continue
		}
		cc, n := -1, -1
		for k := v1 + 1; k < v2; k++ {
			if t.Head[k] != v2 {
				continue
			}
			switch t.Rel[k] {
			case "cc":
				cc = k
			case "nsubj":
				n = k
			}
		}
		if cc < 0 || n < 0 || n > cc || t.hasChild(v1, "obj", "ccomp", "xcomp", "nsubj:pass", "aux:pass") || !t.hasChild(v1, "nsubj") {
			continue
		}
		if t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" {
			continue
		}
		comma := false
		for k := v1 + 1; k < n; k++ {
			comma = comma || t.Words[k] == ","
		}
		if comma {
			continue
		}
		t.Head[n], t.Rel[n] = v1, "obj"
		for k := n + 1; k < cc; k++ {
			if t.Head[k] == n && Base(t.Rel[k]) == "obl" {
				t.Head[k] = v1
			}
		}
	}
}

// An eighteenth error reads the subject of a reported clause as the object
// of the reporting verb: "officials said no villages had been shelled" came
// out with "villages" the object of "said" and "shelled" a complement with
// no subject. A verb's object followed by its complement, which has an
// auxiliary and no subject of its own, with only the object's own words
// between, is the complement's subject.

// repairComplementSubject applies the eighteenth repair.
func (t *Tree) repairComplementSubject() {
	for c, v := range t.Head {
		if v < 0 || t.Rel[c] != "ccomp" || t.UPOS[c] != "VERB" || c < v {
			continue
		}
		o := -1
		for k := v + 1; k < c; k++ {
			if t.Head[k] == v && t.Rel[k] == "obj" {
				o = k
			}
		}
		if o < 0 || t.hasChild(c, "nsubj", "nsubj:pass", "csubj", "expl", "mark") {
			continue
		}
		aux, pass := false, false
		for k := o + 1; k < c; k++ {
			if t.Head[k] == c && (t.Rel[k] == "aux" || t.Rel[k] == "aux:pass") {
				aux = true
				pass = pass || t.Rel[k] == "aux:pass"
			}
		}
		if !aux {
			continue
		}
		// only the object's words, then the complement's, between them
		ok := true
		for k := o + 1; k < c && ok; k++ {
			ok = t.governs(o, k) || t.Head[k] == c
		}
		if !ok {
			continue
		}
		t.Head[o], t.Rel[o] = c, "nsubj"
		if pass {
			t.Rel[o] = "nsubj:pass"
		}
	}
}

// A nineteenth error gives a verb two subjects where its subject is two
// coordinated phrases: "Sudan's army and the RSF held talks" came out with
// "army" and "RSF" both nsubj of "held" and "and" hung on the verb. A verb
// has one subject; a second one after the first, with only a coordinating
// conjunction and the two phrases' own words between, is its conjunct.

// repairDoubleSubject applies the nineteenth repair.
func (t *Tree) repairDoubleSubject() {
	for b, v := range t.Head {
		if v <= b || Base(t.Rel[b]) != "nsubj" || !nominal(t.UPOS[b]) {
			continue
		}
		a := -1
		for k := b - 1; k >= max(0, b-maxReducedPhrase); k-- {
			if t.Head[k] == v && t.Rel[k] == t.Rel[b] {
				a = k
				break
			}
		}
		if a < 0 || !nominal(t.UPOS[a]) {
			continue
		}
		cc := -1
		for k := a + 1; k < b; k++ {
			switch {
			case t.UPOS[k] == "CCONJ" && (t.Head[k] == v || t.Head[k] == b) && cc < 0:
				cc = k
			case t.governs(a, k) || t.governs(b, k):
			default:
				cc = -2 // a word of neither phrase: not one subject
			}
			if cc == -2 {
				break
			}
		}
		if cc < 0 {
			continue
		}
		t.Head[b], t.Rel[b] = a, "conj"
		t.Head[cc], t.Rel[cc] = b, "cc"
	}
}

// nominal reports whether a tag heads a noun phrase.
func nominal(upos string) bool { return upos == "NOUN" || upos == "PROPN" || upos == "PRON" }

// A ninth error makes a subject the root when a phrase stands between it and
// its verb group: "Ferries at Mokha's harbour were halted on Tuesday" came
// out with "Ferries" the root and "were halted" in apposition to it. A noun
// root followed by a verb with its own auxiliary and no subject is that
// verb's subject (passive when the auxiliary is).

// repairVerbGroupRoot applies the ninth repair to the root r.
func (t *Tree) repairVerbGroupRoot(r int) {
	if r < 0 || t.UPOS[r] != "NOUN" && t.UPOS[r] != "PROPN" {
		return
	}
	for v := r + 1; v < len(t.Words) && v <= r+maxReducedPhrase; v++ {
		if t.Head[v] != r || t.UPOS[v] != "VERB" {
			continue
		}
		rel := Base(t.Rel[v])
		if rel != "appos" && rel != "acl" && rel != "dep" && rel != "parataxis" {
			return
		}
		aux := ""
		for k := max(r+1, v-3); k < v; k++ {
			if t.Head[k] == v && (t.Rel[k] == "aux" || t.Rel[k] == "aux:pass") {
				aux = t.Rel[k]
			}
		}
		if aux == "" || t.hasChild(v, "nsubj", "nsubj:pass", "mark") {
			return
		}
		for k := r + 1; k < v; k++ {
			if t.Words[k] == "," && t.Head[k] == v {
				return // an aside between commas, not a subject's verb
			}
		}
		t.promote(r, v)
		t.Head[r], t.Rel[r] = v, "nsubj"
		if aux == "aux:pass" {
			t.Rel[r] = "nsubj:pass"
		}
		return
	}
}

// promote makes v the root in place of r, taking r's dependents after v
// with it; the caller attaches r.
func (t *Tree) promote(r, v int) {
	for i, h := range t.Head {
		if h == r && i > v {
			t.Head[i] = v
		}
	}
	t.Head[v], t.Rel[v] = -1, "root"
}

// repairAgentRoot is the second repair, for the root verb r.
func (t *Tree) repairAgentRoot(r int) {
	subj, agent := -1, false
	for i, h := range t.Head {
		if h != r {
			continue
		}
		switch {
		case t.Rel[i] == "obl:agent":
			agent = true
		case Base(t.Rel[i]) == "obl" && t.withCase(i):
			// "gang members armed with rifles attacked …": a participle
			// with its instrument is a modifier as much as one with its agent
			agent = true
		case Base(t.Rel[i]) == "obl" && linking[strings.ToLower(t.Words[r])] && t.caseIs(i, "to"):
			// "Insurgents linked to Islamic State raided a village": so is
			// a participle of allegiance with its "to" phrase
			agent = true
		case (t.Rel[i] == "nsubj" || t.Rel[i] == "nsubj:pass") && i < r:
			subj = i
		case Base(t.Rel[i]) == "aux" || t.Rel[i] == "cop" || t.Rel[i] == "mark":
			return
		}
	}
	if !agent || subj < 0 {
		return
	}
	v := -1
	for i := r + 1; i < len(t.Words) && v < 0; i++ {
		if t.Words[i] == "," || t.Words[i] == ";" {
			return
		}
		if t.Head[i] == r && t.UPOS[i] == "VERB" {
			switch Base(t.Rel[i]) {
			case "advcl", "conj", "parataxis", "ccomp", "xcomp":
				v = i
			}
		}
	}
	if v < 0 || !t.hasObjectOnly(v) {
		return
	}
	t.promote(r, v)
	t.Head[r], t.Rel[r] = subj, "acl"
	t.Head[subj], t.Rel[subj] = v, "nsubj"
}

// withCase reports whether nominal k is governed by "with".
func (t *Tree) withCase(k int) bool { return t.caseIs(k, "with") }

// caseIs reports whether nominal k is governed by the preposition w.
func (t *Tree) caseIs(k int, w string) bool {
	for c, h := range t.Head { // (the children index is built after repair)
		if h == k && t.Rel[c] == "case" && strings.EqualFold(t.Words[c], w) {
			return true
		}
	}
	return false
}

// linking are the participles of allegiance that take "to" ("linked to",
// "allied to", "loyal to").
var linking = map[string]bool{"linked": true, "allied": true, "affiliated": true, "tied": true, "loyal": true, "close": true}

// hasObjectOnly reports whether verb v has an object and neither a subject
// nor a subordinator of its own.
func (t *Tree) hasObjectOnly(v int) bool {
	object := false
	for i, h := range t.Head {
		if h != v {
			continue
		}
		switch Base(t.Rel[i]) {
		case "obj":
			object = true
		case "xcomp":
			// "Rescuers in Kharkiv finished searching the rubble": an
			// "-ing" complement is the verb's object clause
			object = object || strings.HasSuffix(strings.ToLower(t.Words[i]), "ing") && t.UPOS[i] == "VERB"
		case "nsubj", "mark", "aux", "expl", "csubj":
			return false
		}
	}
	return object
}

// sharesObject reports whether the verb v, with no subject, auxiliary or
// mark of its own, is coordinated with a verb that has an object ("Security
// forces in Togo beat and detained dozens of protesters"): the two verbs
// share the object, and a reduced relative does not coordinate an active
// verb with its object.
func (t *Tree) sharesObject(v int) bool {
	if t.hasChild(v, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "obl:agent", "cop") {
		return false
	}
	for i, h := range t.Head {
		if h == v && i > v && Base(t.Rel[i]) == "conj" && t.UPOS[i] == "VERB" && t.hasObjectOnly(i) && !t.hasChild(i, "aux:pass", "obl:agent") {
			return true
		}
	}
	return false
}

// A tagger trained on web and encyclopedia text meets news words it never
// saw ("drones", "airstrikes", "militias"), and a plural noun it does not
// know, written like a verb's third person ("-s"), is tagged a verb when a
// subordinator comes before it: "when drones hit a refinery" came out
// "drones" VERB, "hit" its complement, and the clause had no subject. A
// present-tense verb in "-s" is never followed at once by another finite
// verb, and it cannot open a clause after a subordinator, a determiner or a
// number, so an unknown "-s" word tagged a verb in that position, with a
// verb after it, is a plural noun. Known words keep the tagger's choice.

// clauseOpeners are words after which a clause's subject comes next.
var clauseOpeners = map[string]bool{"when": true, "as": true, "after": true, "while": true, "because": true,
	"before": true, "since": true, "until": true, "once": true, "if": true, "where": true, "though": true,
	"although": true, "whereas": true, "that": true}

// A word right after a possessive "'s" is no verb either, known or not
// ("Monday's raid" came out "raid" VERB): it is a noun, or an adjective if
// it is a participle in "-ed" ("Monday's planned talks").

// And a plural noun that opens a sentence is its subject, so a word after it
// that can be a verb, tagged a noun, is the verb when what follows can
// begin its object ("Gunmen shot dead a village chief" came out "shot" a
// noun, the sentence without a verb).

// A number word before a noun is a number, whatever its capital made the
// tagger think ("Thirteen people died" came out "Thirteen" a verb).

// numberWords are the cardinal number words.
var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true,
	"fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true, "nineteen": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true,
	"ninety": true, "hundred": true, "hundreds": true, "thousands": true, "dozens": true}

// modals are the modal auxiliaries.
var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "shall": true, "should": true,
	"must": true, "may": true, "might": true, "'ll": true, "’ll": true}

// repairTags retags the words described above.
func repairTags(toks []token) {
	for i := 0; i+1 < len(toks); i++ {
		if numberWords[toks[i].norm] && toks[i].tag != tNUM && toks[i].tag != tNOUN && toks[i+1].tag == tNOUN {
			toks[i].tag = tNUM
		}
	}
	for i := 1; i+2 < len(toks); i++ {
		// "said on Tuesday that air strikes had targeted …" tagged "that"
		// a determiner: "that" determines no plural, so before a plural
		// noun and its verb it opens the clause
		if t := &toks[i]; t.norm == "that" && (t.tag == tDET || t.tag == tPRON) {
			k := i + 1
			for k+1 < len(toks) && k < i+4 && toks[k].tag == tNOUN && toks[k+1].tag == tNOUN {
				k++ // "that air strikes"
			}
			if toks[k].tag != tNOUN || !pluralLike(toks[k].norm) {
				continue
			}
			// the verb follows, past a phrase on the noun ("that air
			// strikes in Paktika had targeted")
			v := k + 1
			for v < len(toks) && v < k+7 && phraseWord(toks[v].tag) {
				v++
			}
			if v < len(toks) && (toks[v].tag == tVERB || toks[v].tag == tAUX) && (v == k+1 || toks[k+1].tag == tADP) {
				t.tag = tSCONJ
			}
		}
	}
	if len(toks) > 2 && toks[0].tag == tVERB && (pluralLike(toks[0].norm) || strings.HasSuffix(toks[0].norm, "men")) &&
		!strings.HasSuffix(toks[0].norm, "ing") {
		// "Gunmen ambushed a convoy", "Gunmen on motorbikes killed 32
		// people": a plural opening the sentence before a past verb, or
		// before a prepositional phrase and a past verb, is its subject
		v := 1
		if toks[1].tag == tADP {
			for v = 2; v < len(toks) && v < 8 && phraseWord(toks[v].tag); v++ {
			}
		}
		if v < len(toks) && toks[v].tag == tVERB && strings.HasSuffix(toks[v].norm, "ed") {
			toks[0].tag = tNOUN
		}
	}
	if len(toks) > 2 && toks[0].tag == tNOUN && (pluralLike(toks[0].norm) || strings.HasSuffix(toks[0].norm, "men")) {
		t, n := &toks[1], toks[2]
		if t.tag == tNOUN && t.amb != 0 && (t.amb-1)&(1<<tVERB) != 0 &&
			(n.tag == tDET || n.tag == tNUM || n.tag == tPRON || n.tag == tADJ && (n.norm == "dead" || n.norm == "down")) {
			t.tag = tVERB
		}
	}
	for i := 1; i < len(toks); i++ {
		if p := toks[i-1]; (toks[i].tag == tVERB || toks[i].tag == tAUX) && p.tag == tPART && (p.norm == "'s" || p.norm == "’s") {
			toks[i].tag = tNOUN
			if strings.HasSuffix(toks[i].norm, "ed") {
				toks[i].tag = tADJ // "Monday's planned talks"
			}
		}
	}
	for i := 1; i+2 < len(toks); i++ {
		// "a day after drones hit fuel tanks" tagged "drones" a verb and
		// "hit" a noun: after a subordinator, a plural followed by a word
		// that can be a verb and then its object is the subject and its
		// verb
		t, n, o := &toks[i], &toks[i+1], toks[i+2]
		p := toks[i-1]
		if t.tag == tVERB && pluralLike(t.norm) && (p.tag == tSCONJ || clauseOpeners[p.norm]) && n.tag == tNOUN &&
			n.amb != 0 && (n.amb-1)&(1<<tVERB) != 0 && (o.tag == tDET || o.tag == tNOUN || o.tag == tNUM || o.tag == tADJ) {
			t.tag, n.tag = tNOUN, tVERB
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		// "Qaeda-linked militants", "Moscow-backed forces", "Hamas-run
		// ministry": a hyphened participle before a name or a noun
		// modifies it
		if t := &toks[i]; t.tag == tVERB && hyphenedModifier(t.norm) {
			if n := toks[i+1].tag; n == tNOUN || n == tPROPN || n == tADJ {
				t.tag = tADJ
			}
		}
	}
	for i := 2; i+1 < len(toks); i++ {
		// "the building hit on Tuesday" tagged "hit" a noun: a participle
		// after a determiner's noun, before "on", "by" or "in", is a
		// reduced relative's verb
		t, n := &toks[i], toks[i+1].norm
		if t.tag == tNOUN && toks[i-1].tag == tNOUN && (toks[i-2].tag == tDET || toks[i-2].tag == tADJ) &&
			(n == "on" || n == "by" || n == "in" || n == "at" || n == "during" || n == "overnight") && participleForm(t.norm) &&
			t.amb != 0 && (t.amb-1)&(1<<tVERB) != 0 {
			t.tag = tVERB
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "Hamas will free 33 hostages" tagged "free" an adjective: right
		// after a modal, a word before a determiner, number, name or
		// pronoun is the verb the modal governs (no adjective or noun
		// stands there)
		t, n := &toks[i], toks[i+1]
		if modals[toks[i-1].norm] && toks[i-1].tag == tAUX && (t.tag == tADJ || t.tag == tNOUN) &&
			(n.tag == tNUM || n.tag == tDET || n.tag == tPROPN || n.tag == tPRON) {
			t.tag = tVERB
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].tag == tVERB && toks[i].norm == "allied" && toks[i+1].tag == tNOUN {
			toks[i].tag = tADJ // "the army and allied militias": one allies with or to, never allies someone
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.tag != tVERB || t.amb != 0 || !pluralLike(t.norm) {
			continue
		}
		if n := toks[i+1]; n.tag != tVERB && n.tag != tAUX || strings.HasSuffix(n.norm, "ing") {
			continue
		}
		opens := i == 0
		if i > 0 {
			p := toks[i-1]
			opens = p.tag == tDET || p.tag == tNUM || p.tag == tSCONJ || clauseOpeners[p.norm]
		}
		if opens {
			t.tag = tNOUN
		}
	}
}

// participleForm reports whether a word is a past participle by its form:
// "-ed", or one of the irregular participles of striking and holding.
func participleForm(w string) bool {
	switch w {
	case "hit", "struck", "shot", "hurt", "held", "taken", "seized", "set", "cut", "blown", "thrown":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// hyphenedModifier reports whether a word is a name or noun hyphened to a
// participle of backing or control ("al qaeda-linked", "rebel-held").
func hyphenedModifier(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "linked", "backed", "led", "allied", "aligned", "affiliated", "based", "run", "controlled", "held",
		"funded", "supported", "owned", "sponsored", "installed", "appointed", "inspired", "trained", "armed":
		return true
	}
	return false
}

// pluralLike reports whether a lower-case word ends like a plural noun or a
// verb's third person: "-s", not "-ss", "-us" or "-is".
func pluralLike(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// phraseWord reports whether a word of tag can stand in a prepositional
// phrase on a noun.
func phraseWord(tag int) bool {
	switch tag {
	case tADP, tDET, tPROPN, tNOUN, tADJ, tNUM:
		return true
	}
	return false
}

// verbPrefixes are the prefixes that make a verb of a verb ("overran",
// "retook", "outflanked").
var verbPrefixes = []string{"counter", "under", "over", "fore", "out", "mis", "re"}

// repairPrefixedVerbs retags a word the lexicon has never seen, read as an
// adjective or a noun, that is a verb prefix on a form the lexicon knows
// only as a verb ("overran", "retook", "outran": the tagger reads them by
// their unfamiliar endings) when a noun phrase follows it as an object and
// none opens before it. Training the tagger with the stem's tags for such
// words instead cost 0.1 point of UPOS on EWT dev.
func (lx *lexicon) repairPrefixedVerbs(toks []token) {
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.amb != 0 || t.tag != tADJ && t.tag != tNOUN || !lx.prefixedVerb(t.norm) {
			continue
		}
		if i > 0 && (toks[i-1].tag == tDET || toks[i-1].tag == tADP || toks[i-1].tag == tADJ) {
			continue
		}
		switch toks[i+1].tag {
		case tDET, tNOUN, tPROPN, tNUM, tADJ, tPRON:
			t.tag = tVERB
		}
	}
}

// prefixedVerb tells whether w is a verb prefix on a word of at least three
// letters that the lexicon has seen only as a verb.
func (lx *lexicon) prefixedVerb(w string) bool {
	for _, p := range verbPrefixes {
		if len(w) >= len(p)+3 && strings.HasPrefix(w, p) {
			if a, ok := lx.TagDict[w[len(p):]]; ok && a&(1<<tVERB) != 0 && a&(1<<tNOUN|1<<tADJ) == 0 {
				return true
			}
		}
	}
	return false
}

// An eleventh error reads the verb after a reduced relative as the
// relative's complement when an attribution follows: "Militants linked to
// al-Qaeda overran army positions …, a security source said" came out with
// "overran" a complement of "linked" and "Militants" a second subject of
// "said". A reporting root with two subjects, the first one modified by a
// participle whose complement (or adverbial clause: "Insurgents linked to the
// Islamic State beheaded 11 villagers …, local sources said") is a verb with
// no subject, mark or auxiliary of its own, with an object or without
// ("Sixteen prisoners freed by Lukashenko crossed into Lithuania …, the
// border guard said"), is that verb's subject; the verb is the root and the
// attribution hangs on it.

// repairRelativeComplement applies the eleventh repair. The attribution's
// speaker may also hang elsewhere ("Shells fired by M23 rebels slammed into
// a camp …, killing nine people, a UN spokesperson said": "spokesperson" on
// "Shells", "slammed" a clause on the agent "rebels"): a noun right before
// the root, after a comma, is then its subject, and the verb may hang on a
// noun of the participle's own phrase.
func (t *Tree) repairRelativeComplement() {
	h := t.Root()
	if h < 0 || t.UPOS[h] != "VERB" {
		return
	}
	var subjects []int
	for i, hd := range t.Head {
		if hd == h && Base(t.Rel[i]) == "nsubj" {
			subjects = append(subjects, i)
		}
	}
	speaker := -1
	switch len(subjects) {
	case 2:
		speaker = subjects[1]
	case 1:
		if k := h - 1; k > subjects[0] && nominal(t.UPOS[k]) && t.Head[k] != h && t.afterComma(k) {
			speaker = k
		}
	}
	if speaker < 0 {
		return
	}
	n := subjects[0]
	for p, hd := range t.Head {
		if hd != n || p < n || t.Rel[p] != "acl" || t.UPOS[p] != "VERB" {
			continue
		}
		for v, hv := range t.Head {
			r := Base(t.Rel[v])
			complement := hv == p && (r == "xcomp" || r == "ccomp" || r == "advcl")
			onAgent := r == "acl" && hv > p && hv < v && t.governs(p, hv) && t.Words[v-1] != ","
			if !complement && !onAgent || v < p || v > speaker || t.UPOS[v] != "VERB" ||
				strings.HasSuffix(strings.ToLower(t.Words[v]), "ing") || t.hasChild(v, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "csubj", "expl") {
				continue
			}
			for i, hd := range t.Head {
				if hd == h && i < n {
					t.Head[i] = v // what opens the sentence ("OUAGADOUGOU, May 13 -")
				}
				if (hd == p || hd == n) && i > v && i < speaker {
					t.Head[i] = v // what follows the verb (", killing nine people") is its own
				}
			}
			t.Head[v], t.Rel[v] = -1, "root"
			t.Head[h], t.Rel[h] = v, "parataxis"
			t.Head[n], t.Rel[n] = v, "nsubj"
			t.Head[speaker], t.Rel[speaker] = h, "nsubj"
			return
		}
	}
}

// afterComma reports whether the phrase headed by noun k opens after a
// comma: its own modifiers before it, then ",".
func (t *Tree) afterComma(k int) bool {
	f := k
	for f > 0 && t.Head[f-1] == k && t.UPOS[f-1] != "PUNCT" {
		f--
	}
	for f > 0 && t.Head[f-1] >= f && t.Head[f-1] <= k && t.UPOS[f-1] != "PUNCT" && t.governs(k, f-1) {
		f--
	}
	return f > 0 && t.Words[f-1] == ","
}

// A twelfth error is a participle clause that opens the sentence read as
// its main clause: "Backed by US air strikes, Somali forces recaptured the
// town" came out with "Backed" the root, "forces" a conjunct of "strikes"
// and "recaptured" a clause on "Backed"; "Armed with rifles, the gunmen
// stormed a church" and "Hit by drones, the refinery burned" with the main
// verb a complement of the participle; "Driven out by the fighting,
// thousands of families crossed into Chad" with "thousands" the root. A
// participle first in the sentence, its own phrase and a comma, then a noun
// phrase and a verb with no subject or mark of its own but that phrase: the
// verb is the root, the phrase its subject and the participle's clause
// modifies it.

// repairFrontedParticiple applies the twelfth repair.
func (t *Tree) repairFrontedParticiple() {
	n := len(t.Words)
	if n < 5 || t.UPOS[0] != "VERB" && t.UPOS[0] != "ADJ" {
		return
	}
	if w := strings.ToLower(t.Words[0]); t.UPOS[0] == "ADJ" && !strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") && t.UPOS[0] != "VERB" {
		return
	}
	if t.hasChild(0, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark") {
		return
	}
	// the participle's phrase, up to the first comma, has no other verb
	c := 1
	for ; c < n && c < maxReducedPhrase && t.Words[c] != ","; c++ {
		if t.UPOS[c] == "VERB" || t.UPOS[c] == "AUX" {
			return
		}
	}
	if c >= n-2 || t.Words[c] != "," {
		return
	}
	// a noun phrase, then the verb (or its auxiliary)
	v := c + 1
	for ; v < n && v < c+1+maxReducedPhrase; v++ {
		switch t.UPOS[v] {
		case "DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART":
			continue
		case "ADP":
			if strings.ToLower(t.Words[v]) == "of" {
				continue
			}
		}
		break
	}
	if v >= n || v == c+1 {
		return
	}
	if t.UPOS[v] == "AUX" && t.Head[v] > v && t.UPOS[t.Head[v]] == "VERB" {
		v = t.Head[v]
	}
	if t.UPOS[v] != "VERB" || t.Head[v] < 0 || strings.HasSuffix(strings.ToLower(t.Words[v]), "ing") && !t.hasChild(v, "aux") {
		return
	}
	// the phrase has one head, outside it
	s := -1
	for i := c + 1; i < v; i++ {
		if h := t.Head[i]; (h < c+1 || h >= v) && t.UPOS[i] != "AUX" {
			if s >= 0 {
				return
			}
			s = i
		}
	}
	if s < 0 || t.UPOS[s] != "NOUN" && t.UPOS[s] != "PROPN" && t.UPOS[s] != "PRON" {
		return
	}
	for i, h := range t.Head {
		if h == v && i != s && (Base(t.Rel[i]) == "nsubj" || t.Rel[i] == "mark") {
			return
		}
	}
	old := t.Root()
	subj := "nsubj"
	if t.hasChild(v, "aux:pass") {
		subj = "nsubj:pass"
	}
	t.Head[v], t.Rel[v] = -1, "root"
	t.Head[s], t.Rel[s] = v, subj
	t.Head[0], t.Rel[0] = v, "advcl"
	t.Head[c], t.Rel[c] = 0, "punct"
	for i := v + 1; i < n; i++ {
		if t.Head[i] == old && old != v {
			t.Head[i] = v
		}
	}
}

// A thirteenth error takes a reduced relative right after its subject for
// the clause's verb and the real verb for a clause on it: "after insurgents
// linked to the Islamic State group stormed a village" came out with
// "linked" the verb of "insurgents" and "stormed" an adverbial clause of
// "linked". A participle in "-ed" that is not the root, right after the
// noun it has for subject,
// with no auxiliary or object of its own, whose clause hangs a later verb
// with an object and no subject, mark or auxiliary of its own, within its
// phrase's reach, is a reduced relative on the noun, and that verb the
// noun's.

// repairRelativeVerb applies the thirteenth repair.
func (t *Tree) repairRelativeVerb() {
	n := len(t.Words)
	for p := 1; p < n; p++ {
		if t.UPOS[p] != "VERB" || !strings.HasSuffix(strings.ToLower(t.Words[p]), "ed") {
			continue
		}
		subj := p - 1
		if t.Head[subj] != p || Base(t.Rel[subj]) != "nsubj" || t.UPOS[subj] != "NOUN" && t.UPOS[subj] != "PROPN" {
			continue
		}
		if t.Head[p] < 0 || t.hasChild(p, "aux", "aux:pass", "cop", "obj") {
			continue // (a root in "-ed" is the sentence's verb: "The Philippines protested to China after a ship fired")
		}
		for v := p + 2; v < n && v < p+maxReducedPhrase; v++ {
			if t.Head[v] != p || t.UPOS[v] != "VERB" || strings.HasSuffix(strings.ToLower(t.Words[v]), "ing") {
				continue
			}
			if r := Base(t.Rel[v]); r != "advcl" && r != "xcomp" && r != "ccomp" && r != "parataxis" || !t.hasObjectOnly(v) {
				continue
			}
			if t.Words[v-1] == "," {
				break // "… linked to the group, attacked …" is another clause's matter
			}
			t.Head[v], t.Rel[v] = t.Head[p], t.Rel[p]
			for c, h := range t.Head {
				if h == p && c != subj && (Base(t.Rel[c]) == "mark" && c < subj || c > v) {
					t.Head[c] = v // "after", and what follows the verb
				}
			}
			t.Head[subj], t.Rel[subj] = v, "nsubj"
			t.Head[p], t.Rel[p] = subj, "acl"
			break
		}
	}
}

// A fourteenth error reads a gerund that opens the sentence as its verb when
// the gerund is the subject ("Shelling by the Rapid Support Forces killed 14
// people": root "Shelling", its agent "by … Forces", and "killed" a relative
// clause on "Forces"). A sentence-initial "-ing" root with a "by" agent, no
// subject, auxiliary or mark of its own, and a later finite verb with no
// subject of its own hung on that agent or on the root, before any comma, is
// that verb's subject: a noun, the agent its modifier.

// repairGerundSubject applies the fourteenth repair.
func (t *Tree) repairGerundSubject() {
	r := t.Root()
	if r != 0 || t.UPOS[r] != "VERB" || !strings.HasSuffix(strings.ToLower(t.Words[r]), "ing") ||
		t.hasChild(r, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "obj") {
		return
	}
	agent := -1
	for i, h := range t.Head {
		if h == r && t.Rel[i] == "obl:agent" {
			agent = i
			break
		}
	}
	if agent < 0 {
		return
	}
	v := -1
	for i := agent + 1; i < len(t.Words) && v < 0; i++ {
		if t.Words[i] == "," || t.Words[i] == ";" {
			return
		}
		if t.UPOS[i] != "VERB" || strings.HasSuffix(strings.ToLower(t.Words[i]), "ing") {
			continue
		}
		if t.Head[i] == agent && Base(t.Rel[i]) == "acl" || t.Head[i] == r && Base(t.Rel[i]) != "obl" {
			v = i
		}
	}
	if v < 0 || t.hasChild(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop") {
		return
	}
	t.promote(r, v)
	t.UPOS[r] = "NOUN"
	t.Head[r], t.Rel[r] = v, "nsubj"
	t.Rel[agent] = "nmod"
}

// A fifteenth error reads a gerund after "of" as the modifier of its object
// ("accused Kyrgyz forces of opening fire on its post": "opening" an amod of
// "fire", the phrase a noun modifier of "forces"). After the object of a
// verb of accusing or suspecting, which takes what someone did as "of" and a
// gerund, an "-ing" verb right after "of", hung as an amod on the noun right
// after it, which "of" governs and which has no determiner of its own, is a
// clause: the verb takes "of" as its mark and the noun as its object, and
// hangs where the noun hung ("a weekend of escalating violence" stays).

// The same holds when the tagger took the gerund for an adjective, when
// numbers or adjectives stand between it and its noun ("of murdering 11
// fishermen"), and when the phrase hangs on a time phrase of the verb
// ("accused Washington on Wednesday of murdering …"); and a gerund read as
// a clause but hung on such a time phrase is the verb's.

// repairGerundObject applies the fifteenth repair.
func (t *Tree) repairGerundObject() {
	for v := 1; v+1 < len(t.Words); v++ {
		n := t.Head[v]
		if t.UPOS[v] != "VERB" && t.UPOS[v] != "ADJ" || n <= v || t.Rel[v] != "amod" || !strings.HasSuffix(strings.ToLower(t.Words[v]), "ing") ||
			!strings.EqualFold(t.Words[v-1], "of") || t.Head[v-1] != n || t.UPOS[n] != "NOUN" || t.hasChild(n, "det", "nmod:poss") {
			continue
		}
		between := true
		for k := v + 1; k < n; k++ {
			if t.Head[k] != n || Base(t.Rel[k]) != "nummod" && Base(t.Rel[k]) != "amod" && Base(t.Rel[k]) != "compound" {
				between = false
			}
		}
		if !between {
			continue
		}
		h := t.Head[n]
		if h >= 0 && !t.accusedOf(h) && t.UPOS[h] != "VERB" && Base(t.Rel[h]) == "obl" && t.Head[h] >= 0 && t.accuses(t.Head[h]) && h < v {
			h = t.Head[h] // "accused Washington on Wednesday of murdering …"
		} else if h < 0 || !t.accusedOf(h) {
			continue
		}
		t.UPOS[v] = "VERB"
		t.Head[v], t.Rel[v] = h, "acl"
		if t.UPOS[h] == "VERB" {
			t.Rel[v] = "advcl"
		}
		t.Head[v-1], t.Rel[v-1] = v, "mark"
		t.Head[n], t.Rel[n] = v, "obj"
		for c, hc := range t.Head {
			if hc == n && c > n && Base(t.Rel[c]) == "nmod" {
				t.Head[c], t.Rel[c] = v, "obl" // "on its post": the verb's
			}
		}
	}
	// The gerund already read as a clause, but hung on a phrase of the
	// accusing verb that stands before it ("accused Washington on Wednesday
	// of killing …": "killing" an acl of "Wednesday"), is the verb's.
	for v := 1; v < len(t.Words); v++ {
		h := t.Head[v]
		if t.UPOS[v] != "VERB" || Base(t.Rel[v]) != "acl" || h < 0 || h >= v || !strings.HasSuffix(strings.ToLower(t.Words[v]), "ing") ||
			!strings.EqualFold(t.Words[v-1], "of") || t.Head[v-1] != v || Base(t.Rel[h]) != "obl" || t.Head[h] < 0 || !t.accuses(t.Head[h]) {
			continue
		}
		t.Head[v], t.Rel[v] = t.Head[h], "advcl"
	}
}

// accusingStems begin the verbs that take the one accused as object and the
// act as "of" and a gerund: accuse, suspect, convict, acquit.
var accusingStems = []string{"accus", "suspect", "convict", "acquit"}

// accusedOf reports whether the noun h is the object of a verb of accusing.
func (t *Tree) accusedOf(h int) bool {
	v := t.Head[h]
	return v >= 0 && Base(t.Rel[h]) == "obj" && t.accuses(v)
}

// accuses reports whether word v is a verb of accusing with an object.
func (t *Tree) accuses(v int) bool {
	if t.UPOS[v] != "VERB" || !t.hasChild(v, "obj") {
		return false
	}
	w := strings.ToLower(t.Words[v])
	for _, stem := range accusingStems {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// A twentieth error hangs the main verb on a relative clause of the subject
// as its conjunct ("A British aid worker who attended the talks with his
// French colleague praised the deal": root "worker", "praised" a conjunct
// of "attended"), leaving the sentence without a predicate. Coordinated
// verbs are joined by a conjunction or a comma; a conjunct with neither
// before it, no subject of its own and not in "-ing", on the relative
// clause of a root noun, is the root noun's verb. So is one after the comma
// that closes a participle aside on the root noun ("The National Unity
// Government, formed by lawmakers ousted in the coup, called on the UN …").

// repairRelativeConj applies the twentieth repair.
func (t *Tree) repairRelativeConj() {
	r := t.Root()
	if r < 0 || t.UPOS[r] != "NOUN" && t.UPOS[r] != "PROPN" {
		return
	}
	for rel := r + 1; rel < len(t.Words); rel++ {
		aside := t.Rel[rel] == "acl" && t.Words[rel-1] == "," // ", formed by lawmakers ousted in the coup, called on …"
		if t.Head[rel] != r || t.Rel[rel] != "acl:relcl" && !aside {
			continue
		}
		for v := rel + 1; v < len(t.Words); v++ {
			if t.Head[v] != rel || Base(t.Rel[v]) != "conj" || t.UPOS[v] != "VERB" || strings.HasSuffix(strings.ToLower(t.Words[v]), "ing") {
				continue
			}
			if t.hasChild(v, "cc", "nsubj", "nsubj:pass", "mark") {
				continue
			}
			if p := t.UPOS[v-1]; (p == "PUNCT" || p == "CCONJ") && !(aside && t.Words[v-1] == ",") {
				continue
			}
			t.promote(r, v)
			t.Head[r], t.Rel[r] = v, "nsubj"
			return
		}
	}
}

// A twenty-first error makes a participle on the subject the root and the
// main verb a clause on a noun of that participle's phrase ("Kenyan police
// officers serving with the security mission arrived in the town and
// exchanged fire with the gangs": root "serving", "arrived" a clause on
// "mission"). An "-ing" root with a subject but no auxiliary, subordinator
// or comma before it is no finite verb; a later verb that hangs on a noun
// below it, not in "-ing", with no subject, auxiliary or agent of its own,
// and active (an object, a conjunct with one, or a verb that takes none),
// is the sentence's verb, and the participle modifies the subject. So is a
// verb group with its own auxiliary and no subject hung on the root
// itself ("Hundreds of trucks carrying fruit were stranded …").

// repairIngRoot applies the twenty-first repair.
func (t *Tree) repairIngRoot() {
	r := t.Root()
	if r <= 0 || t.UPOS[r] != "VERB" || !strings.HasSuffix(strings.ToLower(t.Words[r]), "ing") || t.Words[r-1] == "," ||
		t.hasChild(r, "aux", "aux:pass", "cop", "mark") {
		return
	}
	subj := -1
	for k := max(0, r-childWindow); k < r; k++ {
		if t.Head[k] == r && t.Rel[k] == "nsubj" && nominal(t.UPOS[k]) && !IsDeterminer(strings.ToLower(t.Words[k]), DetPossessive) {
			subj = k // (not "their" of "their marking was slack", a tagger's misreading)
		}
	}
	if subj < 0 {
		return
	}
	for v := r + 1; v < len(t.Words) && v <= r+childWindow; v++ {
		h := t.Head[v]
		if t.UPOS[v] != "VERB" || h < r || strings.HasSuffix(strings.ToLower(t.Words[v]), "ing") || t.Words[v-1] == "," {
			continue
		}
		if h == r {
			// "Hundreds of trucks carrying fruit were stranded": a verb
			// group with its auxiliary and no subject, on the root itself
			if Base(t.Rel[v]) != "advcl" && Base(t.Rel[v]) != "conj" || !t.hasChild(v, "aux", "aux:pass") || t.hasChild(v, "nsubj", "nsubj:pass", "mark", "cc") {
				continue
			}
		} else {
			if !nominal(t.UPOS[h]) || !t.governs(r, h) {
				continue
			}
			if r := Base(t.Rel[v]); r != "acl" && r != "conj" && r != "parataxis" {
				continue
			}
			if t.hasChild(v, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "obl:agent", "cop") {
				continue
			}
			if !t.hasObjectOnly(v) && !t.sharesObject(v) && !t.activeOnly(v) {
				continue
			}
		}
		rel := "nsubj"
		if t.hasChild(v, "aux:pass") {
			rel = "nsubj:pass"
		}
		t.promote(r, v)
		t.Head[r], t.Rel[r] = subj, "acl"
		t.Head[subj], t.Rel[subj] = v, rel
		return
	}
}

// A twenty-second error reads a relative clause without "that" on a noun
// after a comma as a clause of its own: "… accused Armenian troops of
// firing on its positions, a charge Yerevan rejected" came out with
// "charge" the subject of "rejected", "Yerevan" in apposition to it and
// "rejected" a conjunct of the main verb. A determiner and a noun after a
// comma, then a name or pronoun phrase and a verb not in "-ing" with no
// object, subject of its own beyond that noun or auxiliary of a passive,
// is the sixth error's shape: the phrase is the verb's subject and the
// verb a relative clause on the noun, which stands beside the clause
// before it (parataxis, as the UD English treebank has "…, a behavior
// that prevented …").

// repairAsideRelative applies the twenty-second repair.
func (t *Tree) repairAsideRelative() {
	n := len(t.Words)
	for c := 0; c+4 < n; c++ {
		d, noun := c+1, c+2
		if t.Words[c] != "," || t.UPOS[d] != "DET" || t.UPOS[noun] != "NOUN" {
			continue
		}
		v := noun + 1
		for v < n && v <= noun+4 && (t.UPOS[v] == "PROPN" || t.UPOS[v] == "DET" || t.UPOS[v] == "ADJ" || t.UPOS[v] == "NOUN" || t.UPOS[v] == "PRON") {
			v++
		}
		if v == noun+1 || v >= n || t.UPOS[v] != "VERB" || t.Head[noun] != v || Base(t.Rel[noun]) != "nsubj" {
			continue
		}
		last := v - 1
		if !nominal(t.UPOS[last]) || strings.HasSuffix(strings.ToLower(t.Words[v]), "ing") || t.hasChild(v, "obj", "aux:pass", "ccomp", "xcomp") {
			continue
		}
		if p := t.Head[v]; p < 0 || p > c || v+1 < n && t.UPOS[v+1] == "VERB" {
			continue // (the clause before it governs the verb, and nothing follows at once)
		}
		h := t.Head[v]
		for k := noun + 1; k < last; k++ {
			if t.Head[k] == noun || t.Head[k] == v {
				t.Head[k] = last
			}
		}
		t.Head[last], t.Rel[last] = v, "nsubj"
		t.Head[noun], t.Rel[noun] = h, "parataxis"
		t.Head[v], t.Rel[v] = noun, "acl:relcl"
		if t.Head[c] == v {
			t.Head[c] = noun // (the comma goes with the noun it opens)
		}
	}
}

// A twenty-third error coordinates a finite verb with a gerund it cannot
// share a form with: "accused Modi of abandoning the people of Manipur and
// called on him to visit" came out with "called" a conjunct of
// "abandoning", inside the "of" clause. A conjunct not in "-ing", with no
// subject, subordinator or auxiliary of its own, of an "-ing" verb that a
// preposition or subordinator marks is a conjunct of the verb that clause
// hangs on, when that verb is not in "-ing" either.

// repairGerundConj applies the twenty-third repair.
func (t *Tree) repairGerundConj() {
	for v, g := range t.Head {
		if g < 0 || Base(t.Rel[v]) != "conj" || t.UPOS[v] != "VERB" || t.UPOS[g] != "VERB" || v < g {
			continue
		}
		if strings.HasSuffix(strings.ToLower(t.Words[v]), "ing") || !strings.HasSuffix(strings.ToLower(t.Words[g]), "ing") || !t.hasChild(g, "mark") ||
			t.hasChild(v, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "cop") {
			continue
		}
		h := t.Head[g]
		if h < 0 || h > g || t.UPOS[h] != "VERB" || strings.HasSuffix(strings.ToLower(t.Words[h]), "ing") {
			continue
		}
		if r := Base(t.Rel[g]); r != "advcl" && r != "acl" {
			continue
		}
		t.Head[v] = h
	}
}
