package event

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/actor"
	"github.com/chronicle-news/chronicle/extract/syntax"
	"github.com/chronicle-news/chronicle/extract/when"
	"github.com/chronicle-news/chronicle/text"
)

// sentence is the working state of one sentence: its tokens upper-cased and
// what the coder has found in them.
type sentence struct {
	c    *Coder
	lx   *lexicon
	doc  *chronicle.Document
	ix   *text.Index
	span chronicle.Span
	si   int // the sentence's index in the document
	// home is the country of the story's dateline, or "".
	home string
	// lead is, for a story without a dateline, the country of the places
	// its first sentence names (actor.Resolver.LeadCountry), or "": whose
	// forces its unnamed security forces and police are.
	lead string
	// tr is the sentence's tree, read once by tree().
	tr                syntax.Tree
	treeRead, hasTree bool
	toks              []chronicle.Token
	up                []string
	// actors known from earlier layers, by token range.
	known map[[2]int]*chronicle.Actor
	// people are the token spans of the persons the entity stage named: a
	// part of one is no actor of its own ("Ta" of "Lin Ta Lu", "Jordan" of
	// "Jordan Bardella").
	people [][2]int // names whose parts code nothing: people, long place names
	kinds  map[[2]int]string
	// uncoded are mentions the actor layer resolved to someone it could
	// not code, by token range.
	uncoded map[[2]int]bool
	// contextSource is set when the last subject took its country from
	// the rest of the sentence (see domestic).
	contextSource bool
	// prev is the sentence before, read by previousSubjectWord.
	prev *sentence
	// attacks are the latest attacks and fights the story reported in
	// the sentences before (within attackReach), oldest first: what "the
	// strike" takes up (see takenUp).
	attacks []*chronicle.Event
	// storySides are the two sides of the latest event the story reported
	// between a pair it named ("Ethiopian federal forces and Fano
	// militiamen fought"): whom "the two sides" take up.
	storySides [2]*chronicle.Actor
	// placeList holds places(), read once.
	placeList  []place
	placesRead bool
}

func (c *Coder) newSentence(doc *chronicle.Document, ix *text.Index, si int) *sentence {
	sn := doc.Sentences[si]
	s := &sentence{c: c, lx: &c.lx, doc: doc, ix: ix, span: sn.Span, si: si, toks: doc.Tokens[sn.FirstToken:sn.LastToken],
		known: map[[2]int]*chronicle.Actor{}, kinds: map[[2]int]string{}, uncoded: map[[2]int]bool{}}
	s.up = make([]string, len(s.toks))
	for i, t := range s.toks {
		raw := doc.Text[t.ByteStart:t.ByteEnd]
		w := strings.ToUpper(raw)
		w = strings.ReplaceAll(w, "’", "'")
		if raw == "WHO" && i+1 < len(s.toks) {
			// "WHO chief Tedros": the World Health Organization in
			// capitals, not the relative pronoun
			w = "W.H.O."
		}
		s.up[i] = w
	}
	tokAt := func(b0, b1 int) (int, int, bool) {
		i0, i1 := -1, -1
		for i, t := range s.toks {
			if t.ByteStart == b0 {
				i0 = i
			}
			if t.ByteEnd == b1 {
				i1 = i + 1
			}
		}
		return i0, i1, i0 >= 0 && i1 > i0
	}
	for _, e := range doc.Entities {
		if (e.Type == "PER" || e.Type == "LOC" && strings.Count(strings.TrimSpace(e.Text), " ") >= 2) && sn.Span.Contains(e.Span) {
			// (a part of a person's name codes nothing, nor one of a place
			// name of three words or more: "Ta" of "Lin Ta Lu")
			if i0, i1, ok := tokAt(e.ByteStart, e.ByteEnd); ok {
				s.people = append(s.people, [2]int{i0, i1})
			}
		}
		if e.Actor == nil || e.Actor.Code == "" || !sn.Span.Contains(e.Span) {
			continue
		}
		if i0, i1, ok := tokAt(e.ByteStart, e.ByteEnd); ok {
			a := *e.Actor
			s.known[[2]int{i0, i1}] = &a
			s.kinds[[2]int{i0, i1}] = e.Type
		}
	}
	for _, m := range doc.Mentions {
		if !sn.Span.Contains(m.Span) {
			continue
		}
		if (m.Actor == nil || m.Actor.Code == "") && m.Name != "" {
			// someone the actor layer named but could not code ("she" →
			// a teacher): known, so not taken for an earlier actor
			if i0, i1, ok := tokAt(m.ByteStart, m.ByteEnd); ok {
				s.uncoded[[2]int{i0, i1}] = true
			}
			continue
		}
		if m.Actor == nil || m.Actor.Code == "" {
			continue
		}
		if i0, i1, ok := tokAt(m.ByteStart, m.ByteEnd); ok {
			a := *m.Actor
			s.known[[2]int{i0, i1}] = &a
			s.kinds[[2]int{i0, i1}] = m.Kind
		}
	}
	return s
}

func (s *sentence) text(i, j int) string {
	if i >= j {
		return ""
	}
	return s.doc.Text[s.toks[i].ByteStart:s.toks[j-1].ByteEnd]
}

func (s *sentence) spanOf(i, j int) chronicle.Span {
	sp := s.ix.Span(s.toks[i].ByteStart, s.toks[j-1].ByteEnd)
	sp.Text = s.text(i, j)
	return sp
}

func (s *sentence) isPunct(i int) bool {
	return s.toks[i].Kind == chronicle.Punct || s.toks[i].Kind == chronicle.Symbol
}

func (s *sentence) isComma(i int) bool { return s.up[i] == "," }

func (s *sentence) isQuote(i int) bool { return syntax.IsQuoteMark(s.up[i]) }

func (s *sentence) capitalized(i int) bool {
	w := s.doc.Text[s.toks[i].ByteStart:s.toks[i].ByteEnd]
	if k := strings.IndexByte(w, '-'); k > 0 && k <= 3 && arabicArticle[w[:k]] {
		w = w[k+1:] // "al-Shabaab", "el-Sisi": names after a lower-case article
	}
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// arabicArticle are the spellings of the Arabic article that names keep in
// lower case before a hyphen.
var arabicArticle = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true, "at": true, "az": true, "an": true}

// trigger is an event word or phrase found in the sentence.
type trigger struct {
	i, j         int // token range of the trigger
	code, block  string
	rule         string
	noun         bool
	negated      bool
	modality     string
	passive      bool
	vg           int // start of the verb group (auxiliaries before i)
	objectNounAt int // light verb: where its event noun is, else -1
	denied       bool
	armedTarget  bool // the target is armed men ("against gangs"): force on them is a fight
	accusedBy    int  // of an accused act, 1 + the accusing verb; 0 for any other trigger
}

// code returns the sentence's events.
func (s *sentence) code() []chronicle.Event {
	var out []chronicle.Event
	skip := s.excluded()
	main, ok := s.mainTrigger(skip)
	coded := false
	if ok {
		if e, ok := s.event(main); ok {
			out = append(out, e)
			coded = true
		}
	}
	// (an attack noun the main verb failed to code is read on its own:
	// "A drone attack on the port set silos ablaze, killing ten")
	for _, t := range s.attackNouns(main, ok, coded) {
		if e, ok := s.event(t); ok {
			out = append(out, e)
		}
	}
	if coded && !isViolent(main.code) {
		// "Renewed shelling of El Fasher by the RSF forced 5,000 families
		// to flee": an attack that is the subject of what it caused is
		// the happening, the verb its consequence
		if t, ok := s.subjectAttack(main); ok {
			if e, ok := s.event(t); ok {
				out = append([]chronicle.Event{e}, out[1:]...)
			}
		}
	}
	out = append(out, s.clauseEvents(out, main, ok)...)
	first := main
	if !coded {
		// "Peskov told reporters that the plan was … and accused Kiev of
		// …": with no main event, the coordinated verb shares the
		// subject of the sentence's first verb
		if k := s.firstVerbIn(skip); k >= 0 {
			first = trigger{i: k, j: k + 1, vg: k, objectNounAt: -1}
			s.verbGroup(&first)
		}
	}
	if coded || first.j > 0 {
		if e, ok := s.andVerb(first); ok && !duplicate(out, e) && !sameTrigger(out, e) {
			out = append(out, e)
		}
	}
	policedAt(out)
	if len(out) == 0 {
		out = s.nounEvents()
	} else if allStatements(out) {
		// "condemned the British sanctions announced on Monday": the
		// statement, and the happening it refers to
		for _, e := range s.nounEvents() {
			if !duplicate(out, e) && !sameTrigger(out, e) {
				out = append(out, e)
			}
		}
	}
	s.sharedPair(out)
	out = append(out, s.coordinatedSources(out)...)
	if a, txt := s.blamed(); a != nil {
		for i := range out {
			if violentType(out[i].Type) && out[i].Source == nil && !out[i].Negated {
				// "Shells struck a hospital …, local doctors said,
				// blaming the RSF": the attacker the report names
				out[i].Source = s.military(a, txt)
				out[i].Coder += "+blamed"
			}
		}
	}
	for i := range out {
		out[i].Location = s.withArea(out[i].Location)
	}
	if s.runningTotal() {
		// "More than 250 people have been killed in ethnic clashes in
		// Manipur since May 2023": a toll summed over a time, no attack
		// of a day
		out = slices.DeleteFunc(out, func(e chronicle.Event) bool { return violentType(e.Type) })
	}
	return out
}

// sharedPair gives a reciprocal act with one side and no other the pair
// of the act its verb is coordinated with ("The foreign ministers of
// Armenia and Azerbaijan met in Washington and initialled a peace
// treaty": the two sides agreed, as they met): coordinated verbs share
// their subject.
func (s *sentence) sharedPair(evs []chronicle.Event) {
	tr := s.tree()
	if tr == nil {
		return
	}
	for i := range evs {
		e := &evs[i]
		if !reciprocal[e.Type] || violentType(e.Type) || e.Source == nil || e.Target != nil || e.Negated {
			continue
		}
		v := s.verbOf(tr, e.Trigger)
		if v < 0 || syntax.Base(tr.Rel[v]) != "conj" || tr.SubjectOf(v) >= 0 {
			continue
		}
		for _, p := range evs {
			if strings.Contains(p.Coder, "+pair") && p.Target != nil && sameActor(p.Source, e.Source) && s.verbOf(tr, p.Trigger) == tr.Head[v] {
				e.Target = p.Target
				e.Coder += "+pair"
				break
			}
		}
	}
}

// verbOf is the first verb of a trigger span (past its auxiliaries), or -1.
func (s *sentence) verbOf(tr *syntax.Tree, sp chronicle.Span) int {
	for p := s.tokenAt(sp.ByteStart); p >= 0 && p < tr.Len() && s.toks[p].ByteEnd <= sp.ByteEnd; p++ {
		if tr.UPOS[p] == "VERB" {
			return p
		}
	}
	return -1
}

// coordinatedSources gives each further side of a coordinated subject its
// own event ("France and Germany condemned the attack", "The United
// States, Britain and France imposed sanctions on Iran"): what one
// conjunct did, each did. Two sides of one reciprocal act (a pair) are
// left as coded.
func (s *sentence) coordinatedSources(evs []chronicle.Event) []chronicle.Event {
	tr := s.tree()
	if tr == nil {
		return nil
	}
	var out []chronicle.Event
	for _, e := range evs {
		if e.Source == nil || e.Source.Code == "" || strings.Contains(e.Coder, "+pair") || strings.Contains(e.Coder, "+sides") {
			continue
		}
		p := s.verbOf(tr, e.Trigger)
		if p < 0 {
			continue
		}
		sj := tr.SubjectOf(p)
		if sj < 0 || sj > p {
			continue
		}
		cjs := s.conjuncts(tr, sj)
		if len(cjs) == 0 {
			continue
		}
		if a, _, _ := s.phrase(tr, sj); a == nil || !sameCountry(a, e.Source) {
			continue // the event's source is not the subject's first side
		}
		seen := map[string]bool{e.Source.Code: true}
		if e.Target != nil {
			seen[e.Target.Code] = true
		}
		for _, cj := range cjs {
			a, _, _ := s.phrase(tr, cj)
			if a == nil || a.Code == "" || seen[a.Code] || sameCountry(a, e.Source) {
				continue // (not "Israel's army and its air force": one side)
			}
			if len(e.Source.Code) >= 6 && stateOrGovernment(a) {
				a = s.group(a.Code[:3] + e.Source.Code[3:6]) // as the first side was read: "France and Germany's forces"
			}
			seen[a.Code] = true
			c := e
			c.Source = a
			c.Coder += "+conjunct"
			out = append(out, c)
		}
	}
	return out
}

// conjuncts are the phrases coordinated with the one headed by k, chained
// ones included ("the United States, Britain and France").
func (s *sentence) conjuncts(tr *syntax.Tree, k int) []int {
	var out []int
	for _, cj := range tr.Children(k) {
		if syntax.Base(tr.Rel[cj]) == "conj" && len(out) < 8 {
			out = append(out, cj)
			for _, m := range tr.Children(cj) {
				if syntax.Base(tr.Rel[m]) == "conj" {
					out = append(out, m)
				}
			}
		}
	}
	return out
}

// blamed is the actor a reporter's participle after a comma blames for
// what it said ("…, local doctors said, blaming the RSF"; "…, the ministry
// said, accusing Russia"): the object of "blaming" or of an "accusing" with
// no "of" phrase of its own, coded.
func (s *sentence) blamed() (*chronicle.Actor, string) {
	tr := s.tree()
	if tr == nil {
		return nil, ""
	}
	for p := 2; p < tr.Len(); p++ {
		if w := s.up[p]; w != "BLAMING" && w != "ACCUSING" || !s.isComma(p-1) {
			continue
		}
		if h := tr.Head[p]; (h < 0 || !s.lx.reporting[s.up[h]]) && !s.lx.reporting[s.up[p-2]] {
			continue // (right after "said," however the parser hangs it)
		}
		for _, o := range tr.Children(p) {
			if syntax.Base(tr.Rel[o]) == "obl" && tr.Case(o) >= 0 && s.up[tr.Case(o)] == "OF" || syntax.Base(tr.Rel[o]) == "advcl" {
				return nil, "" // "accusing Baku of opening fire": its own act, read as such
			}
		}
		for _, o := range tr.Children(p) {
			if syntax.Base(tr.Rel[o]) == "obj" {
				a, txt, _ := s.phrase(tr, o)
				return a, txt
			}
		}
	}
	return nil, ""
}

// withArea keeps the area noun the sentence puts after a place
// ("Colombia's Arauca province" → "Arauca province"), so that the record,
// and the merging of reports, know a province from a town of its name.
func (s *sentence) withArea(loc string) string {
	if loc == "" || strings.Contains(loc, ",") {
		return loc
	}
	for _, pl := range s.places() {
		if pl.name == loc && pl.end+1 < len(s.up) && chronicle.AreaNoun(strings.ToLower(s.up[pl.end+1])) && !s.capitalized(pl.end+1) {
			return loc + " " + strings.ToLower(s.up[pl.end+1])
		}
	}
	return loc
}

// policedAt gives the policing of a protest (arrests, force) that names no
// place the place of the protest the same sentence reports ("police
// detained 27 people as thousands rallied outside parliament in Tbilisi").
func policedAt(evs []chronicle.Event) {
	for i := range evs {
		if evs[i].Location != "" || evs[i].Type != "COERCE" && evs[i].Type != "ASSAULT" {
			continue
		}
		for _, p := range evs {
			if p.Type == "PROTEST" && p.Location != "" {
				evs[i].Location = p.Location
				break
			}
		}
	}
}

// allStatements reports whether every event of evs is a statement.
func allStatements(evs []chronicle.Event) bool {
	for _, e := range evs {
		switch e.Type {
		case "DISAPPROVE", "ACCUSE", "SUPPORT", "REJECT", "DEMAND", "THREATEN":
		default:
			return false
		}
	}
	return true
}

// excluded marks tokens that cannot hold the main event: a wire dateline, a
// leading subordinate clause or prepositional phrase up to its comma,
// relative clauses, and a trailing attribution (", a UN official said on
// Monday").
func (s *sentence) excluded() []bool {
	n := len(s.up)
	ex := make([]bool, n)
	for i := 0; i+1 < n; i++ {
		if s.up[i] == "ACCORDING" && s.up[i+1] == "TO" {
			for k := i; k < n && !s.isComma(k); k++ {
				ex[k] = true
			}
		}
		// an appositive: ", a key U.S. ally in the war against terrorism,"
		if s.isComma(i) && s.lx.determiner[s.up[i+1]] && i > 0 && !s.verbLike(i-1) {
			s.excludeAside(ex, i)
		}
	}
	// (and a participle aside on a noun before it: "The National Unity
	// Government, formed by lawmakers ousted in the 2021 coup, called on
	// …": the aside's verbs describe the subject)
	if tr := s.tree(); tr != nil {
		for i := 1; i+1 < n && i+1 < tr.Len(); i++ {
			if s.isComma(i) && tr.UPOS[i+1] == "VERB" && tr.Rel[i+1] == "acl" && tr.Head[i+1] < i && strings.HasSuffix(s.up[i+1], "ED") {
				s.excludeAside(ex, i)
			}
		}
	}
	// (and a leading participle clause: "Speaking in Brussels on
	// Thursday, NATO's chief urged …")
	if n > 0 && (s.lx.subordinator[s.up[0]] || strings.HasSuffix(s.up[0], "ING") && s.leadingParticiple()) {
		for i := 0; i < n; i++ {
			if s.isComma(i) {
				for k := 0; k <= i; k++ {
					ex[k] = true
				}
				break
			}
		}
	}
	s.relatives(ex)
	// (and a wire dateline, "NAIROBI, May 8 -": its "May" is no modal)
	for k := 0; k < s.dateline() && k < n; k++ {
		ex[k] = true
	}
	return ex
}

// excludeAside marks the aside that opens with the comma at i, through the
// comma that closes it, when a verb follows that comma: the aside is
// about the subject, and the verb after it is the sentence's.
func (s *sentence) excludeAside(ex []bool, i int) {
	n := len(s.up)
	for m := i + 2; m < n; m++ {
		if s.isComma(m) {
			if m+1 < n && (s.lx.aux[s.up[m+1]] || s.lx.adverb[s.up[m+1]] || s.verbLike(m+1)) {
				for k := i; k <= m; k++ {
					ex[k] = true
				}
			}
			return
		}
	}
}

// leadingParticiple reports whether the sentence opens with a participle
// clause that modifies the main clause (the tree's adverbial clause), not a
// gerund subject ("Fighting broke out …").
func (s *sentence) leadingParticiple() bool {
	tr := s.tree()
	if tr == nil || tr.Len() == 0 || tr.UPOS[0] != "VERB" {
		return false
	}
	// (the parser sometimes makes the participle the root and the main
	// clause hang on it: "Visiting Kyiv on Monday, the chancellor pledged")
	if syntax.Base(tr.Rel[0]) == "advcl" {
		return true
	}
	if tr.Head[0] >= 0 {
		return false
	}
	for k := 1; k < tr.Len(); k++ {
		switch {
		case s.isComma(k):
			return true // the participle's clause ends before any other verb
		case tr.UPOS[k] == "VERB" || tr.UPOS[k] == "AUX":
			return false
		}
	}
	return false
}

// relatives marks relative clauses, from "who", "which" or a "that" after a
// noun to the next comma.
func (s *sentence) relatives(ex []bool) {
	n := len(s.up)
	for i := 0; i < n; i++ {
		rel := s.lx.relative[s.up[i]] || (s.up[i] == "THAT" && i > 0 && !s.complementizer(i))
		if !rel {
			continue
		}
		if s.up[i] == "WHERE" && i+1 < n && s.lx.pronoun[s.up[i+1]] {
			continue
		}
		k := i
		for ; k < n && !s.isComma(k) && s.up[k] != ";"; k++ {
			ex[k] = true
		}
		i = k
	}
}

// complementizer tells a "that" opening a complement ("announced on Sunday
// that he will") from a relative "that" after a noun: a verb stands within
// a few words before it.
func (s *sentence) complementizer(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.isPunct(k) {
			return k == i-1
		}
		if s.verbLike(k) || s.lx.lightVerb[s.up[k]] {
			return true
		}
	}
	return false
}

// verbLike tells whether token i is a verb form of the dictionary or a
// reporting verb (so a following "that" opens a complement, not a relative).
func (s *sentence) verbLike(i int) bool {
	if s.lx.reporting[s.up[i]] {
		return true
	}
	if _, ok := s.c.dict.match(s.up, i); ok && !s.nounUse(i) {
		return true
	}
	return false
}

// modifierBefore are the parts of speech after which a participle the
// parser attaches to the next noun modifies it.
var modifierBefore = map[string]bool{"DET": true, "ADP": true, "PUNCT": true, "CCONJ": true, "ADJ": true, "NUM": true}

// nounUse tells whether a word found as a verb form is used as a noun: after a
// determiner, a possessive, a number or an adjective-like capitalised word
// that itself follows a determiner ("a Russian attack").
func (s *sentence) nounUse(i int) bool {
	if s.headlineVerb(i) {
		return false
	}
	if tr := s.tree(); tr != nil && i > 0 && strings.HasSuffix(s.up[i], "S") && tr.UPOS[i] == "NOUN" && syntax.Base(tr.Rel[i]) == "nsubj" {
		return true // "Syrian government forces retook …": the subject, not a verb
	}
	if tr := s.tree(); tr != nil && i < tr.Len() && tr.UPOS[i] == "NOUN" && syntax.Base(tr.Rel[i]) == "nsubj" && tr.Head[i] > i && !s.lx.violentNoun[s.up[i]] &&
		slices.ContainsFunc(tr.Children(i), func(k int) bool { return k > i && syntax.Base(tr.Rel[k]) == "nmod" }) {
		// "predicted demand for such vehicles would soar": a noun with its
		// own phrase, subject of a verb after it
		return true
	}
	if tr := s.tree(); tr != nil && tr.Rel[i] == "amod" && tr.Head[i] > i && (tr.UPOS[i] == "ADJ" || tr.UPOS[i] == "VERB" && tr.UPOS[tr.Head[i]] == "NOUN") &&
		(i == 0 || modifierBefore[tr.UPOS[i-1]] && !s.isQuote(i-1)) {
		// "armed settlers", "the detained activists": a participle before
		// its noun, where no subject stands before it (the parser also
		// reads "officials suspended aid deliveries" so, and "Mr Straw,
		// visiting Beijing, …" with a name after the verb; a quotation
		// mark is no modifier: had “cleared terrorists”)
		return true
	}
	if tr := s.tree(); tr != nil && tr.UPOS[i] == "NOUN" {
		for _, k := range tr.Children(i) {
			if r := syntax.Base(tr.Rel[k]); (r == "case" || r == "det") && k < i {
				return true // "by Israeli special forces": a preposition or determiner opens its phrase
			}
		}
		if h := tr.Head[i]; h >= 0 && h < i {
			switch r := syntax.Base(tr.Rel[i]); {
			case (r == "obj" || r == "iobj") && tr.UPOS[h] == "VERB", r == "conj" && tr.UPOS[h] == "NOUN":
				// "did not raise taxes", "won coveted awards", "without
				// trial or charge": a noun the tree hangs on a verb before
				// it, or on a noun it is listed with
				return true
			}
		}
	}
	if i == 0 {
		// "Clashes between the army and …", "Protests in Tbilisi …": a
		// plural or gerund opening the sentence before a preposition is
		// its subject, not its verb
		w := s.up[0]
		return len(s.up) > 1 && s.lx.preposition[s.up[1]] && s.up[1] != "TO" && s.up[1] != "AS" && s.up[1] != "LIKE" &&
			(strings.HasSuffix(w, "S") && !strings.HasSuffix(w, "SS") || strings.HasSuffix(w, "ING"))
	}
	p := s.up[i-1]
	if s.lx.determiner[p] || p == "'S" || p == "'" || s.toks[i-1].Kind == chronicle.Number || strings.HasSuffix(p, "'S") {
		return true
	}
	w := s.up[i]
	if s.lx.preposition[p] && p != "TO" && !strings.HasSuffix(w, "ING") {
		return true // "state of siege", "under control"
	}
	if len(w) > 4 && strings.HasSuffix(w, "ED") {
		return false // a past form is a verb unless a determiner precedes it
	}
	if s.baseForm(i) && !s.lx.aux[p] && !s.lx.modalPossible[p] && !s.lx.modalIntent[p] && p != "TO" && !s.lx.negation[p] &&
		!s.lx.adverb[p] && !s.lx.pronoun[p] && p != "AND" && p != "OR" && !strings.HasSuffix(p, "S") && !s.lx.reporting[p] &&
		!s.isQuote(i-1) && !s.verbWithSubject(i) {
		// a bare verb form needs a plural subject, an auxiliary or "to"
		// before it: "trade unions", "US phone company", "golden rule".
		// The tree knows plurals without an -s: "police detain dozens",
		// "gunmen kill 12 soldiers".
		return true
	}
	if s.demonym(i - 1) {
		return true // "British forces", "a Russian attack"
	}
	if strings.HasSuffix(w, "S") && !strings.HasSuffix(w, "SS") && strings.HasSuffix(p, "ING") {
		return true // "throwing stones"
	}
	if strings.HasSuffix(w, "S") && !strings.HasSuffix(w, "SS") && i+1 < len(s.up) && len(s.up[i+1]) > 4 && strings.HasSuffix(s.up[i+1], "ED") {
		return true // "Serb forces killed"
	}
	if strings.HasSuffix(w, "S") && !strings.HasSuffix(w, "SS") {
		// "Security forces in Guinea have tortured": a plural noun heads
		// the subject when an auxiliary follows it.
		for k := i + 1; k < len(s.up) && k <= i+4; k++ {
			if s.isPunct(k) || s.up[k] == "THAT" || s.up[k] == "TO" {
				break
			}
			if s.lx.aux[s.up[k]] && s.up[k] != "'S" {
				return true
			}
		}
	}
	if i >= 2 && s.lx.determiner[s.up[i-2]] && !s.lx.aux[p] && !s.isPunct(i-1) && !s.lx.negation[p] && !strings.HasSuffix(p, "S") {
		if tr := s.tree(); tr != nil && i < tr.Len() && tr.UPOS[i] == "VERB" && tr.SubjectOf(i) >= 0 && tr.SubjectOf(i) < i && s.subtreeEnd(tr, tr.SubjectOf(i)) == i-1 {
			return false // "the RSF held talks": the tree's verb of the name before it
		}
		return true // "a bomb attack", "his earlier promise"
	}
	return false
}

// subtreeEnd is the last word of the subtree the tree hangs at k.
func (s *sentence) subtreeEnd(tr *syntax.Tree, k int) int {
	_, last := tr.Subtree(k)
	return last
}

// baseForm tells a verb form without an inflection: not -s, -ed, -ing and
// not an irregular past.
func (s *sentence) baseForm(i int) bool {
	w := s.up[i]
	if strings.HasSuffix(w, "S") || strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "ING") || isParticiple(w) {
		return false
	}
	switch w {
	case "MET", "SAID", "SENT", "TOOK", "GAVE", "HELD", "SOUGHT", "FOUGHT", "STRUCK", "BEGAN", "MADE", "PUT", "HIT", "SHOT", "LED", "LEFT", "WON", "LOST", "KEPT", "TOLD", "BROKE", "WROTE", "SPOKE", "BLEW", "THREW", "DREW", "BEAT", "CAUGHT", "BROUGHT", "SET", "CUT", "QUIT", "LET", "SPLIT", "SPREAD", "BOUGHT", "SOLD", "FLED", "FELL", "ROSE", "DROVE", "SAW", "KNEW", "CAME", "WENT", "RAN", "BECAME", "OVERRAN", "FORBADE", "BADE", "FROZE", "CHOSE", "STOOD", "UNDERTOOK":
		return false
	}
	return true
}

// demonym tells whether token i is a nationality adjective ("Russian").
func (s *sentence) demonym(i int) bool {
	if !s.capitalized(i) {
		return false
	}
	a, ok := s.c.res.Lookup(s.text(i, i+1), s.doc.Published)
	if !ok || len(a.Code) < 3 {
		return false
	}
	return strings.EqualFold(s.c.res.Demonym(a.Code[:3]), s.text(i, i+1))
}

// mainTrigger finds the first event verb of the main clause.
func (s *sentence) mainTrigger(skip []bool) (trigger, bool) {
	n := len(s.up)
	light := -10 // the last light verb that coded nothing ("issued a declaration")
	denied := false
	found := func(t trigger) (trigger, bool) {
		if denied {
			// "Iran denied that it had supplied drones": not the event.
			// The tree tells a verb the denial governs from one
			// coordinated with it ("denied any role and accused the
			// army of …").
			if tr := s.tree(); tr == nil || s.deniedBy(tr, t.i) {
				t.negated, t.denied = true, true
			}
		}
		return t, true
	}
	for i := 0; i < n; i++ {
		if skip[i] || s.isPunct(i) {
			continue
		}
		if t, ok := s.inTalks(i); ok {
			return found(t)
		}
		f, ok := s.c.dict.match(s.up, i)
		if !ok {
			if !s.lx.lightVerb[s.up[i]] && !s.lx.stopVerb[s.up[i]] {
				continue
			}
			f = form{words: []string{s.up[i]}, block: "LIGHT", code: "---"}
		}
		j := i + len(f.words)
		if s.nounUse(i) || (i > 0 && s.capitalized(i) && !s.isQuote(i-1)) {
			continue // a noun, or part of a name ("Investment Fund")
		}
		if tr := s.tree(); tr != nil && i < tr.Len() && tr.UPOS[i] == "ADJ" && tr.Rel[i] == "amod" && len(f.words) == 1 {
			continue // a participle the tree reads as an adjective: "armed men had boarded"
		}
		if tr := s.tree(); tr != nil && i < tr.Len() && (tr.UPOS[i] == "ADV" || tr.UPOS[i] == "ADP") && len(f.words) == 1 {
			continue // an adverb or particle, not the verb it is spelt like: "pushed the attackers back"
		}
		if s.namedBy(i) && i > 0 && (s.isQuote(i-1) || s.lx.determiner[s.up[i-1]]) {
			continue // "called the attack a “massacre”": a name, not an act
		}
		w := s.up[i]
		if i > 0 && strings.HasSuffix(w, "ING") && s.lx.preposition[s.up[i-1]] {
			continue // gerund complement: "for deploying", "of violating"
		}
		if i > 0 && j < n && s.up[j] == "BY" && isParticiple(w) && !s.lx.aux[s.up[i-1]] && !s.lx.adverb[s.up[i-1]] && !s.lx.negation[s.up[i-1]] {
			continue // reduced relative: "nationals suspected by the West"
		}
		if strings.HasSuffix(w, "ING") && !s.progressive(i) && !s.lx.reporting[w] && !(i > 0 && s.isComma(i-1)) && i-light > 5 &&
			!(i > 0 && syntax.Aspectual(s.up[i-1])) {
			continue // a participle ("aircraft using missiles", ", killing one")
		}
		if isParticiple(w) && (s.reducedRelative(i, skip) || s.relativeOnSubject(i)) {
			continue // "the ceasefire agreement signed in March"
		}
		if b := s.skipQuotes(i - 1); b > 0 && s.up[b] == "TO" && !s.lx.intentLead[s.up[b-1]] && !s.verbLike(b-1) && s.up[b-1] != "NOT" {
			continue // infinitive after a noun: "a promise to end the war"
		}
		if syntax.Aspectual(w) && j < n && strings.HasSuffix(s.up[j], "ING") {
			if g, ok := s.c.dict.match(s.up, j); ok && g.code != "" {
				continue // "began deploying troops": the act begun
			}
		}
		if (w == "READY" || w == "WILLING" || w == "PREPARED") && j+1 < n && s.up[j] == "TO" {
			if g, ok := s.c.dict.match(s.up, j+1); ok && g.code != "---" {
				continue // "is ready to strike": the act intended, read with its intent
			}
		}
		if isParticiple(w) && s.leadingModifier(i) {
			continue // "Newly appointed Prime Minister X refused": a modifier
		}
		t := trigger{i: i, j: j, code: f.code, block: f.block, rule: "cameo:" + f.block, objectNounAt: -1}
		if code, ok := s.evaluated(i); ok {
			// "Iran called the sanctions illegal": a verdict on what the
			// object names, criticism or praise, not that thing's event
			t.code, t.rule, t.j = code, "cameo:CALL+evaluated", i+1
			s.verbGroup(&t)
			return found(t)
		}
		if s.lx.denial[w] {
			denied = true
			continue
		}
		if s.lx.reporting[w] {
			// a reporting verb passes to its complement, unless it is
			// followed by an event noun ("announced a suspension") or the
			// complement says what someone must do ("said X must return").
			if m, ok := s.mustComplement(j); ok {
				t := trigger{i: m, j: m + 1, code: "100", block: "MUST", rule: "must-complement", objectNounAt: -1}
				s.verbGroup(&t)
				t.vg, t.modality = i, ""
				return found(t)
			}
			from := j
			if claimVerbs[w] && j+2 < n && (s.up[j] == "RESPONSIBILITY" || s.up[j] == "CREDIT") && s.up[j+1] == "FOR" {
				from = j + 2 // "claimed responsibility for the assault": the claimer's attack
			}
			if k, code := s.eventNoun(from); k >= 0 && !s.clauseSubject(k) && !s.naming(i, k) {
				t.code, t.objectNounAt, t.rule = code, k, "noun:"+s.up[k]
				t.j = k + 1
				if s.lx.tentative[w] {
					s.verbGroup(&t)
					t.modality = "possible"
					return found(t)
				}
			} else {
				continue
			}
		} else {
			s.refine(&t)
		}
		if _, _, _, ok := s.c.dict.Plover(t.code); !ok {
			if s.lx.lightVerb[w] {
				light = i
				if m, ok := s.mustComplement(j); ok {
					t := trigger{i: m, j: m + 1, code: "100", block: "MUST", rule: "must-complement", objectNounAt: -1}
					s.verbGroup(&t)
					t.vg, t.modality = i, ""
					return found(t)
				}
			}
			continue // no event: a governing verb ("decided to", "said that")
		}
		s.verbGroup(&t)
		return found(t)
	}
	return trigger{}, false
}

// rallyVerbs gather a crowd in support of something.
var rallyVerbs = set("RALLIED", "RALLY", "RALLIES", "RALLYING", "MARCHED", "DEMONSTRATED")

// executionVerbs put people to death: a state's act, by the state of the
// place when no one is named ("two men were hanged in Isfahan").
var executionVerbs = set("EXECUTED", "HANGED")

// executioner reads an execution's sides: a state as itself (its
// government, not its army, unless its soldiers are named) and, where no
// one is named, its people put to death.
func (s *sentence) executioner(src, tgt *chronicle.Actor) (*chronicle.Actor, *chronicle.Actor) {
	cc := stateOf(src)
	if cc == "" {
		return src, tgt
	}
	if len(src.Code) == 3 {
		src = s.group(cc + "GOV") // (soldiers who execute villagers stay soldiers)
	}
	if tgt == nil {
		tgt = s.group(cc + "CVL")
	}
	return src, tgt
}

// claimVerbs are the forms of "claim", whose "responsibility for" an
// attack makes the claimer its attacker.
var claimVerbs = set("CLAIMED", "CLAIM", "CLAIMS", "CLAIMING")

// inTalks reads "be in talks with" ("he has been in intensive talks with
// other G8 finance ministers", "Kyiv is in negotiations with Washington"):
// a state of meeting the verb "be" carries, coded at the meeting noun
// (CAMEO 040), its counterpart the "with" phrase.
func (s *sentence) inTalks(i int) (trigger, bool) {
	if !s.lx.be[s.up[i]] && s.up[i] != "REMAINS" && s.up[i] != "REMAINED" && s.up[i] != "REMAIN" {
		return trigger{}, false
	}
	if i+3 >= len(s.up) || s.up[i+1] != "IN" {
		return trigger{}, false
	}
	m := s.objectWord(i+2, 3, s.lx.meeting)
	if m < 0 || m+1 >= len(s.up) || s.up[m+1] != "WITH" {
		return trigger{}, false
	}
	t := trigger{i: m, j: m + 1, code: "040", block: "TALKS", rule: "in-talks", objectNounAt: m}
	s.verbGroup(&t)
	t.vg = i
	for t.vg > 0 && (s.lx.aux[s.up[t.vg-1]] || s.lx.negation[s.up[t.vg-1]]) {
		t.vg--
	}
	return t, true
}

// headlineVerb reports whether word i is the present-tense verb of a
// headline: after an actor's name that opens the sentence and before a name
// or a number ("Israel strikes Beirut suburb", "Hezbollah fires 40
// rockets"). Headlines drop the articles that tell verbs from nouns, and the
// tagger, trained on other text, reads them as noun compounds.
func (s *sentence) headlineVerb(i int) bool {
	w := s.up[i]
	if i == 0 || i > 3 || !strings.HasSuffix(w, "S") || strings.HasSuffix(w, "SS") || strings.HasSuffix(w, "'S") ||
		i+1 >= len(s.up) || !(s.capitalized(i+1) || s.toks[i+1].Kind == chronicle.Number) || s.capitalized(i) {
		return false
	}
	if s.demonym(i - 1) {
		return false // "Israeli strikes …"
	}
	c, ok := s.firstCoded(0, i)
	return ok && c.i == 0 && c.j == i
}

// accusedOf are the verbs of blame a headline uses passive without "be"
// when a preposition follows at once ("rebels accused over bombardment").
var accusedOf = set("ACCUSED", "BLAMED", "CRITICISED", "CRITICIZED", "CONDEMNED", "CHARGED", "SANCTIONED", "PUNISHED")

// protestWords name a protest in a sentence: its nouns, and marching,
// rioting and unrest.
var protestWords = extend(protestNouns, "MARCHED", "MARCHING", "RIOT", "RIOTS", "UNREST")

// mediation reports whether a CAMEO code is mediation or the intent to
// mediate: "Saudi Arabia and Iran offered to mediate" are co-mediators, not
// two sides.
func mediation(code string) bool {
	return strings.HasPrefix(code, "039") || strings.HasPrefix(code, "045")
}

// ownForces reports whether a phrase names forces without a country or
// group of their own ("troops", "additional soldiers"): those a side
// mobilises.
func ownForces(phrase string) bool {
	f := strings.Fields(strings.ToUpper(phrase))
	if len(f) == 0 || strings.ContainsAny(phrase, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return false
	}
	if forceNouns[f[len(f)-1]] {
		return true
	}
	// "its army presence": a possessive's forces, whatever noun ends it
	if f[0] == "ITS" || f[0] == "THEIR" || f[0] == "OUR" {
		for _, w := range f[1:] {
			if forceNouns[w] || bodySector(w) == "MIL" {
				return true
			}
		}
	}
	return false
}

// andVerb codes a past-tense verb after "and" that shares the main
// event's subject, read on the words when the tree misses the coordination
// ("condemned the strike as a flagrant violation of our sovereignty and
// urged France to press Israel": the tree hangs "urged" on "sovereignty").
func (s *sentence) andVerb(main trigger) (chronicle.Event, bool) {
	n := len(s.up)
	// In what a reporting verb reports ("said the chancellor was key and
	// dismissed …"), and with no main event, only another act of speech is
	// the speaker's.
	complement := s.lx.reporting[s.up[main.i]] || main.code == ""
	for k := main.j; k+1 < n; k++ {
		if s.isPunct(k) && !s.isComma(k) && !s.isQuote(k) || s.lx.relative[s.up[k]] {
			break // not past the main clause
		}
		if s.up[k] == "THAT" {
			if !s.lx.reporting[s.up[main.i]] {
				break
			}
			complement = true
		}
		if s.up[k] != "AND" {
			continue
		}
		v := k + 1
		w := s.up[v]
		f, ok := s.c.dict.match(s.up, v)
		if !ok || !(strings.HasSuffix(w, "ED") || isParticiple(w)) || s.capitalized(v) || s.nounUse(v) || s.lx.reporting[w] || s.lx.denial[w] {
			continue
		}
		if tr := s.tree(); tr != nil && v < tr.Len() && tr.UPOS[v] == "ADJ" {
			continue // "acted in a professional and restrained manner": a describing word
		}
		if complement && !speechAct(f.code) {
			continue // "said that Russia attacked X and killed Y": the complement's
		}
		t := trigger{i: v, j: v + len(f.words), code: f.code, block: f.block, rule: "cameo:" + f.block + "+and", objectNounAt: -1}
		s.refine(&t)
		if _, _, _, ok := s.c.dict.Plover(t.code); !ok {
			return chronicle.Event{}, false
		}
		s.verbGroup(&t)
		t.vg = main.vg // the subject is the main verb's
		e, ok := s.event(t)
		if !ok {
			return chronicle.Event{}, false
		}
		e.Trigger = s.spanOf(v, t.j)
		return e, true
	}
	return chronicle.Event{}, false
}

// speechAct reports whether a CAMEO code is a demand, criticism,
// rejection or threat: what a speaker does in words.
func speechAct(code string) bool {
	return strings.HasPrefix(code, "10") || strings.HasPrefix(code, "11") || strings.HasPrefix(code, "12") || strings.HasPrefix(code, "13")
}

// leadingModifier reports whether the participle at i opens the sentence,
// after adverbs at most, before a name or a title ("Newly appointed
// Prime Minister X", "Embattled President Y"). (The tree's amod is no
// guide: it misreads "officials suspended aid deliveries" so.)
func (s *sentence) leadingModifier(i int) bool {
	tr := s.tree()
	for k := 0; k < i; k++ {
		if !strings.HasSuffix(s.up[k], "LY") || tr != nil && tr.UPOS[k] != "ADV" {
			return false // not "Italy announced"
		}
	}
	return i+1 < len(s.up) && s.capitalized(i+1)
}

// progressive tells whether an -ing form has a be-auxiliary before it
// ("are failing", "have been pressuring", "is not refusing").
func (s *sentence) progressive(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.up[k]
		if s.lx.be[w] {
			return true
		}
		if !s.lx.adverb[w] && !s.lx.negation[w] && !s.lx.aux[w] {
			return false
		}
	}
	return false
}

// reducedRelative tells a participle that modifies the noun before it
// ("the agreement signed in March") from a main verb: the word before is a
// common noun and the clause already has a verb.
func (s *sentence) reducedRelative(i int, skip []bool) bool {
	if i == 0 {
		return false
	}
	p := s.up[i-1]
	if s.isPunct(i-1) || s.capitalized(i-1) || (s.lx.aux[p] && p != "'S") || s.lx.adverb[p] || s.lx.negation[p] || s.lx.pronoun[p] || s.lx.determiner[p] {
		return false
	}
	for k := i - 2; k >= 0; k-- {
		if skip[k] {
			continue
		}
		if (s.lx.aux[s.up[k]] && s.up[k] != "'S") || s.lx.be[s.up[k]] {
			return true
		}
		u := s.up[k]
		if s.lx.reporting[u] || u == "THAT" {
			return false // "officials said Israeli troops stormed …": the complement's own verb
		}
		if s.verbLike(k) && !(k > 0 && s.capitalized(k)) && !strings.HasSuffix(u, "ED") && !strings.HasSuffix(u, "ING") && !strings.HasSuffix(u, "EN") {
			return true
		}
	}
	return false
}

// relativeOnSubject reports whether the tree makes word i a reduced
// relative with a time of its own on the subject of a later verb: "Two
// drivers kidnapped in January were freed on Thursday", where the freeing
// is the sentence's act.
func (s *sentence) relativeOnSubject(i int) bool {
	tr := s.tree()
	if tr == nil || i >= tr.Len() || syntax.Base(tr.Rel[i]) != "acl" {
		return false
	}
	n := tr.Head[i]
	if n < 0 || n >= i || syntax.Base(tr.Rel[n]) != "nsubj" {
		return false
	}
	if v := tr.Head[n]; v <= i || tr.UPOS[v] != "VERB" {
		return false
	}
	// only a relative with a time of its own tells an earlier happening
	// (not "gang members armed with machetes attacked")
	if s.dayIn(tr, i) {
		return true
	}
	first, last := tr.Subtree(i)
	for k := first; k <= last; k++ {
		if when.IsMonth(s.up[k]) || s.toks[k].Kind == chronicle.Number && len(s.up[k]) == 4 && (strings.HasPrefix(s.up[k], "19") || strings.HasPrefix(s.up[k], "20")) {
			return true // (a month or a year: "two men convicted over the 2022 protests were hanged")
		}
	}
	return false
}

// mustComplement finds "must" or "should" in the complement of a reporting
// verb ("said that Sudan must return"), the way CAMEO codes a demand.
func (s *sentence) mustComplement(from int) (int, bool) {
	for k := from; k < len(s.up) && k < from+14; k++ {
		w := s.up[k]
		if s.up[k] == ";" || s.lx.relative[w] {
			return -1, false
		}
		if (w == "MUST" || w == "SHOULD") && k > from {
			return k, true
		}
	}
	return -1, false
}

// refine applies the verb patterns and the light-verb rule ("held talks").
func (s *sentence) refine(t *trigger) {
	if carryVerbs[s.up[t.i]] && s.objectWord(t.j, 6, reliefGoods) >= 0 {
		// "flew 40 tonnes of medical supplies into Goma", "airlifted
		// food to Gaza": relief carried is humanitarian aid (CAMEO 073),
		// whatever the verb's patterns say of flying or sending
		t.code, t.rule = "073", t.rule+"+relief-carried"
		return
	}
	if t.block == "EXPLOSIVE_DESTRUCTION" && isViolent(t.code) && s.objectWord(t.j, 4, homeNouns) >= 0 {
		// "troops blew up several houses": destroying homes is destroying
		// property (CAMEO 1712, ASSAULT), as "demolished four homes" is
		t.code, t.rule = "1712", t.rule+"+homes-destroyed"
		return
	}
	if t.block == "BOOST" && s.objectWord(t.j, 5, s.lx.escalated) >= 0 {
		// "expanded its ground operation in Gaza", "intensified its
		// strikes on southern Lebanon": stepping up an attack is the
		// attack, as the dictionary's patterns say of an offensive or
		// attacks stepped up, for every name of one
		t.code, t.rule = "190", t.rule+"+escalated"
		return
	}
	switch s.up[t.i] {
	case "CLOSED", "CLOSE", "CLOSES", "CLOSING":
		// "closed the crossing to all traffic", "closed its airspace":
		// movement restricted, as the dictionary codes a border closed
		// (its pattern names only "border" and "border crossing")
		if t.j < len(s.up) && s.up[t.j] != "DOWN" && s.objectWord(t.j, 4, crossingNouns) >= 0 {
			t.code, t.rule = "172", t.rule+"+crossing-closed"
			return
		}
	case "WALKED", "WALK", "WALKS", "WALKING":
		// "doctors walked out of public hospitals": a strike, where a
		// delegation walking out of talks breaks them off
		if t.i+1 < len(s.up) && s.up[t.i+1] == "OUT" && s.workers(t.i) {
			t.code, t.j, t.rule = "143", t.i+2, t.rule+"+walkout"
			return
		}
	case "CAPTURED", "CAPTURE", "CAPTURES", "CAPTURING", "SEIZED", "SEIZE", "SEIZES", "SEIZING", "RECAPTURED", "RETOOK":
		// "the M23 captured Walikale": taking a place is occupying
		// territory (CAMEO 192, as "captured the town"), not an arrest
		if s.placeObject(t.j) {
			t.code, t.rule = "192", t.rule+"+place-taken"
			return
		}
		if s.objectWord(t.j, 4, vesselNouns) >= 0 {
			// "Houthi forces seized a cargo ship": a vessel an armed
			// group takes is hijacked (CAMEO 181), where a state seizing a
			// tanker confiscates it
			if tr := s.tree(); tr != nil && t.i < tr.Len() {
				if sj := tr.SubjectOf(t.i); sj >= 0 {
					ph := tr.NounPhrase(sj)
					if c, ok := s.firstCoded(ph.First, ph.Last+1); ok && len(c.actor.Code) >= 6 && nonStateSectors[c.actor.Code[3:6]] {
						t.code, t.rule = "181", t.rule+"+vessel-hijacked"
						return
					}
				}
			}
		}
		if s.objectWord(t.j, 6, seizedGoods) >= 0 {
			// "seized three tonnes of cocaine", "seized weapons": property
			// confiscated (CAMEO 1711), whoever seizes it
			t.code, t.rule = "1711", t.rule+"+goods-seized"
			return
		}
		if s.up[t.i] == "SEIZED" && t.i > 0 && peopleVictims[s.up[t.i-1]] {
			// "the pupils seized in Monday's raid on the school": people
			// taken in a raid are abducted (CAMEO 181)
			t.code, t.rule = "181", t.rule+"+people-seized"
			return
		}
		if tr := s.tree(); tr != nil && t.i < tr.Len() && s.objectWord(t.j, 4, peopleVictims) >= 0 {
			if sj := tr.SubjectOf(t.i); sj >= 0 && s.attackerHead(tr, sj) {
				// "bandits seized 287 pupils from a school": people armed
				// men take are abducted, not arrested
				t.code, t.rule = "181", t.rule+"+people-seized"
				return
			}
		}
	case "AGREED", "AGREE", "AGREES":
		// "EU ministers agreed on Monday to freeze the assets of …": one
		// body agreeing on a measure against others takes the measure;
		// two sides agreeing to do something together still agree
		if s.agreedMeasure(t) {
			return
		}
	case "EXCHANGED", "EXCHANGE", "EXCHANGES", "SWAPPED", "SWAP", "SWAPS", "TRADED", "TRADE", "TRADES":
		// "exchanged the bodies of 1,000 fallen soldiers": captives, or
		// the dead, handed over both ways (CAMEO 0841), whatever the
		// dictionary's trade patterns say of the words before them
		if s.captivesObject(t.j) {
			t.code, t.rule = "0841", t.rule+"+captives-exchanged"
			return
		}
		if s.objectWord(t.j, 2, blameWords) >= 0 {
			// "the army and the RSF traded blame for the attack": each
			// accused the other (CAMEO 112)
			t.code, t.rule = "112", t.rule+"+blame-traded"
			return
		}
	case "FIRED", "FIRE", "FIRES", "FIRING":
		// "fired warning shots after soldiers crossed the line": a
		// threat of force (CAMEO 138), no attack
		// (shots "at" someone are fire at them, whatever they are called:
		// "fired warning shots at suspects who approached troops")
		if k := s.objectWord(t.j, 3, shotWords); k > 0 && s.up[k-1] == "WARNING" && !(k+1 < len(s.up) && (s.up[k+1] == "AT" || s.up[k+1] == "ON")) {
			t.code, t.rule = "138", t.rule+"+warning-shots"
			return
		}
	case "FAILED", "FAIL", "FAILS":
		// "Monday's talks with Ethiopia had failed to narrow differences":
		// what failed is the happening, told by its noun (see nounEvents)
		if tr := s.tree(); tr != nil && t.i < tr.Len() {
			if sj := tr.SubjectOf(t.i); sj >= 0 && s.lx.nouns[s.up[sj]] != "" {
				t.code, t.rule = "---", t.rule+"+subject-failed"
				return
			}
		}
	case "APPEALED", "APPEAL", "APPEALS", "APPEALING", "IMPLORED", "BEGGED":
		// "appealed to residents to report suspicious vehicles": an
		// appeal that someone act is a demand, as "urged" is (the 2021
		// table maps no CAMEO 02 appeal)
		if k := t.j; k+1 < len(s.up) && (s.up[t.i] == "IMPLORED" || s.up[t.i] == "BEGGED" || s.up[k] == "TO") {
			for m := k + 1; m+1 < len(s.up) && m < k+8 && !s.isPunct(m); m++ {
				if s.up[m] == "TO" && s.verbLike(m+1) {
					t.code, t.rule = "100", t.rule+"+appeal-to-act"
					return
				}
			}
		}
	case "CALL", "CALLED", "CALLS", "CALLING", "BRANDED", "BRANDING", "DUBBED":
		// "calling it a recipe for endless war": naming what another did,
		// two objects, no call for anything and no threat
		if tr := s.tree(); tr != nil && t.i < tr.Len() {
			objs := 0
			for _, k := range tr.Children(t.i) {
				if r := syntax.Base(tr.Rel[k]); r == "obj" || r == "xcomp" && tr.UPOS[k] == "NOUN" {
					objs++
				}
			}
			if objs >= 2 {
				t.code, t.rule = "---", t.rule+"+naming"
				return
			}
		}
	case "LED", "HEADED":
		// "the Gran Grif gang, led by Luckson Elan": who leads a body
		// describes it; no act happened
		if t.j < len(s.up) && s.up[t.j] == "BY" || t.i+1 < len(s.up) && s.up[t.i+1] == "BY" {
			t.code, t.rule = "---", t.rule+"+led-by"
			return
		}
	case "HIJACKED", "HIJACK", "HIJACKS", "HIJACKING":
		// "pirates hijacked a bulk carrier": hijacking (CAMEO 181), not a
		// confiscation
		t.code, t.rule = "181", t.rule+"+hijacked"
		return
	case "BOARDED", "BOARD", "BOARDS", "BOARDING":
		// "armed men had boarded the ship": a hijacking by the armed men
		// no dictionary names (a navy boarding a vessel is no attack)
		if tr := s.tree(); tr != nil && t.i < tr.Len() && s.objectWord(t.j, 4, vesselNouns) >= 0 {
			if sj := tr.SubjectOf(t.i); sj >= 0 && s.attackerHead(tr, sj) {
				t.code, t.rule = "181", t.rule+"+boarded"
				return
			}
		}
	case "BEAT", "BEATEN", "BEATING", "BEATS":
		// "beat demonstrators with batons": force on people, whatever
		// the verb's other patterns say
		if k := s.objectWord(t.j, 3, peopleVictims); k >= 0 {
			t.code, t.rule = "182", t.rule+"+beat-people"
			return
		}
	case "DEPLOYED", "DEPLOY", "DEPLOYS", "DEPLOYING", "SENT", "SEND", "SENDS", "SENDING", "ORDERED", "ORDER", "ORDERS", "RUSHED", "DISPATCHED":
		// "deployed additional air defence units to Belarus": a show of
		// force (sending troops stays a deployment)
		deploy := s.up[t.i][0] == 'D' && s.up[t.i] != "DISPATCHED"
		if k := s.objectWord(t.j, 5, personnel); k >= 0 && s.sentToHelp(*t, k) {
			// "will send 1,000 police officers to Haiti to help fight the
			// gangs": forces sent to help another state protect it
			// (CAMEO 074, peacekeeping), not a show of force
			t.code, t.rule = "074", t.rule+"+forces-to-help"
			return
		}
		if k := s.objectWord(t.j, 5, militaryUnits); k >= 0 && (deploy || troopWords[s.up[k]] && k+1 < len(s.up) &&
			(s.up[k+1] == "TO" && !(k+2 < len(s.up) && s.verbLike(k+2)) || s.up[k+1] == "INTO")) {
			// ("sent troops to the border", "ordered reinforcements to
			// Cauca": the forces sent somewhere; not "ordered French
			// troops to leave", a demand that they act)
			t.code, t.rule = "154", t.rule+"+deployed-forces"
			return
		}
	case "SUSPENDED", "SUSPEND", "SUSPENDS", "CUT", "CUTS", "HALTED", "HALT", "HALTS", "FROZE", "FREEZE":
		// "suspended budget support to Niger": aid stopped (CAMEO 162)
		if s.objectWord(t.j, 4, aidWords) >= 0 {
			t.code, t.rule = "162", t.rule+"+aid-stopped"
			return
		}
		if c, ok := s.firstCoded(t.j, min(len(s.up), t.j+3)); ok && c.i <= t.j+1 && c.j < len(s.up) && s.up[c.j] == "FROM" && strings.HasPrefix(s.up[t.i], "SUSPEND") {
			// "suspended Niger from all its activities": a body shutting
			// out a member (CAMEO 160, reduced relations)
			t.code, t.rule = "160", t.rule+"+member-suspended"
			return
		}
	case "TAKEN", "TOOK", "TAKE", "TAKES", "TAKING":
		if t.j < len(s.up) && s.up[t.j] == "PLACE" {
			// "the exchange took place at Abu Dhabi airport": happened,
			// no act of its own (the subject's noun is the happening)
			t.code, t.rule = "---", t.rule+"+took-place"
			return
		}
		// "were taken into custody": arrested
		if t.j+1 < len(s.up) && s.up[t.j] == "INTO" && (s.up[t.j+1] == "CUSTODY" || s.up[t.j+1] == "DETENTION") {
			t.code, t.j, t.rule = "173", t.j+2, t.rule+"+custody"
			return
		}
		if name, end := s.objectPlace(t.j); name != "" && !(end < len(s.up) && (s.up[end] == "TO" || s.up[end] == "INTO")) {
			t.code, t.rule = "192", t.rule+"+place-taken" // "took Walikale" (not "took the country to war")
			return
		}
	case "RETURNED", "REPATRIATED", "HANDED":
		// "150 servicemen had been returned from Ukrainian captivity",
		// "were returned in the exchange": people released, not a visit
		passive := t.i > 0 && (s.up[t.i-1] == "BEEN" || s.up[t.i-1] == "WERE" || s.up[t.i-1] == "WAS" || s.up[t.i-1] == "BE")
		for k := t.j; k < len(s.up) && k < t.j+8 && !s.isPunct(k); k++ {
			if s.up[k] == "CAPTIVITY" || passive && (s.up[k] == "EXCHANGE" || s.up[k] == "SWAP") {
				t.code, t.rule = "0841", t.rule+"+released"
				return
			}
		}
	case "LEFT", "LEAVE", "LEAVES", "LEAVING":
		// "fighting left 27 dead": the toll of violence, not a departure
		for k := t.j; k < len(s.up) && k < t.j+4; k++ {
			if w := s.up[k]; w == "DEAD" || w == "WOUNDED" || w == "INJURED" {
				t.code, t.rule = "190", t.rule+"+toll"
				return
			}
		}
		for k := t.j; k < len(s.up) && k < t.j+8 && !s.isPunct(k); k++ {
			if resultWords[s.up[k]] {
				// "…, leaving a million households without power": the
				// state an act left people in, no departure
				t.code, t.rule = "---", t.rule+"+left-in-state"
				return
			}
		}
	}
	if t.block == "SUPPLEMENT" && strings.HasPrefix(t.code, "14") {
		return // "stopped work", "went on strike": a labour protest, whatever follows
	}
	if s.lx.stopVerb[s.up[t.i]] || (t.i+1 < len(s.up) && s.lx.stopVerb[s.up[t.i]+" "+s.up[t.i+1]]) {
		// "cancelled a visit", "halted aid": ending cooperation is a
		// sanction; "called off a strike", "lifted the curfew": ending
		// pressure is a concession.
		from := t.i + 1
		if from < len(s.up) && s.up[from] == "OFF" {
			from++
		}
		if k, code := s.eventNoun(from); k >= 0 {
			t.objectNounAt, t.j = k, k+1
			if strings.HasPrefix(code, "14") && s.security(t.i) {
				// "police halted the march": restricting protest, where
				// organisers calling it off concede
				t.code, t.rule = "1721", "stop:"+s.up[k]+"+security"
				return
			}
			if r := s.objectWord(from, 4, roundWords); code[:2] == "04" && endVerbs[s.up[t.i]] && r >= 0 && r < k {
				// "ended a new round of negotiations without a deal": the
				// round was held (CAMEO 046), the talks not broken off
				t.code, t.rule = "046", "stop:"+s.up[k]+"+round"
				return
			}
			if blockadeNouns[s.up[k]] {
				// "lifted its blockade", "eased the siege": easing a
				// military blockade (CAMEO 0872), a retreat
				t.code, t.rule = "0872", "stop:"+s.up[k]
				return
			}
			if s.lx.cooperative[code[:2]] {
				t.code, t.rule = "160", "stop:"+s.up[k]
			} else {
				t.code, t.rule = "080", "stop:"+s.up[k]
			}
			return
		}
		if k := s.objectWord(from, 4, tiesWords); k >= 0 && !s.security(t.i) {
			// "suspended visa-free travel", "halted flights to Tehran",
			// "cancelled imports": ending ties is a sanction
			t.code, t.rule, t.j = "160", "stop:"+s.up[k], k+1
			return
		}
	}
	// a light verb, alone or with its particle ("carried out a drone
	// attack"), is the act its object names, before any pattern that reads
	// a modifier of that object ("drone": USE * &AIRCRAFT)
	if s.lx.lightVerb[s.up[t.i]] && (t.j == t.i+1 || t.j == t.i+2 && s.up[t.i+1] == "OUT") {
		if k, code := s.eventNoun(t.j); k >= 0 && !s.naming(t.i, k) {
			t.code, t.objectNounAt, t.rule = code, k, "noun:"+s.up[k]
			t.j = k + 1
			if code == "0871" && (strings.HasPrefix(s.up[t.i], "SIGN") || s.up[t.i] == "INKED") {
				// "signed a ceasefire declaration in Doha": a truce put in
				// writing is an agreement (CAMEO 057), not one side's
				// declared ceasefire
				t.code, t.rule = "057", t.rule+"+signed"
			}
			if code == "062" && !s.jointly(t.i, k) {
				// "China held military drills around Taiwan": drills of
				// one side are a show of force (CAMEO 15), not cooperation
				t.code, t.rule = "150", t.rule+"+one-side"
			}
			return
		}
	}
	if s.access(t) {
		return
	}
	if answerVerbs[s.up[t.i]] {
		// "would respond with overwhelming force", "retaliated with
		// missile strikes": force (CAMEO 190), a threat when intended
		for k := t.j; k+1 < len(s.up) && k < t.j+4 && !s.isPunct(k); k++ {
			if s.up[k] == "WITH" && s.objectWord(k+1, 4, forceWords) >= 0 {
				t.code, t.rule = "190", t.rule+"+with-force"
				return
			}
		}
	}
	if travelVerbs[s.up[t.i]] {
		// "flew to Jeddah for talks with the RSF": the journey is the
		// meeting (CAMEO 040)
		for k := t.j; k+1 < len(s.up) && k < t.j+8 && !s.isComma(k); k++ {
			if m := s.objectWord(k+1, 3, s.lx.meeting); s.up[k] == "FOR" && m >= 0 {
				t.code, t.rule, t.objectNounAt, t.j = "040", t.rule+"+for-talks", m, m+1
				return
			}
		}
	}
	for k := t.i; k < t.i+2 && k+2 < len(s.up); k++ {
		if s.up[k] == "COMMITTED" && s.up[k+1] == "TO" && strings.HasSuffix(s.up[k+2], "ING") {
			// "remains committed to resuming dialogue": an intent to act
			// (CAMEO 030), where "committed to Ukraine's sovereignty" is
			// support
			t.code, t.rule, t.j = "030", t.rule+"+committed-to", k+1
			return
		}
	}
	for _, r := range objectRules {
		if r.forms[s.up[t.i]] && s.objectWord(t.j, r.reach, r.words) >= 0 {
			t.code, t.rule = r.code, t.rule+"+"+r.name
			return
		}
	}
	switch s.up[t.i] {
	case "PUSHED", "PUSH", "PUSHES", "PUSHING", "DROVE", "DRIVE", "DRIVES", "DRIVING", "BEAT", "FORCED":
		// "pushed Russian forces back from Kupiansk": fighting, not a demand
		for k := t.j; k < len(s.up) && k < t.j+5 && !s.isPunct(k); k++ {
			if s.up[k] == "BACK" || s.up[k] == "OUT" {
				for m := t.j; m < k; m++ {
					if w := s.up[m]; w == "FORCES" || w == "TROOPS" || w == "FIGHTERS" || w == "REBELS" || w == "ARMY" || attackerNouns[w] || forceNouns[w] {
						t.code, t.rule = "190", t.rule+"+pushed-back"
						return
					}
				}
				if strings.HasPrefix(s.up[t.i], "PUSH") {
					// "security forces pushed them back": moved by force,
					// no demand, and nothing the dictionary codes
					t.code, t.rule = "---", t.rule+"+pushed-back"
					return
				}
			}
		}
	case "DELIVER", "DELIVERED", "DELIVERS", "DELIVERING", "SUPPLY", "SUPPLIED", "SUPPLIES", "SUPPLYING",
		"SEND", "SENT", "SENDS", "SENDING", "SHIP", "SHIPPED", "PROVIDE", "PROVIDED", "PROVIDES", "GAVE", "GIVE", "TRANSFER", "TRANSFERRED":
		// "will deliver four Patriot systems to Ukraine", "sent arms to
		// Pakistan": military aid (CAMEO 072), not a deployment
		weapons, to := false, false
		for k := t.j; k < len(s.up) && k < t.j+8 && !s.isPunct(k); k++ {
			switch w := s.up[k]; {
			case armsWords[w] || warWeapons[w]:
				weapons = true
			case (w == "SYSTEMS" || w == "SYSTEM" || w == "BATTERIES") && k > t.j && armedSystems[s.up[k-1]]:
				weapons = true // "air defence systems", "rocket systems"
			case w == "TO" && weapons:
				to = true
			}
		}
		if weapons && to {
			t.code, t.rule = "072", t.rule+"+arms"
			return
		}
	case "APPROVED", "APPROVE", "APPROVES", "ADOPTED", "ADOPT", "ADOPTS":
		// "parliament approved a six-month state of emergency", "adopted
		// new sanctions": a body approving a measure takes it
		if k, code := s.eventNoun(t.j); k >= 0 && (strings.HasPrefix(code, "16") || strings.HasPrefix(code, "17")) && !s.naming(t.i, k) {
			t.code, t.objectNounAt, t.rule = code, k, "noun:"+s.up[k]+"+approved"
			t.j = k + 1
			return
		}
	case "DEEPENED", "DEEPEN", "DEEPENS", "DEEPENING", "WORSENED", "WORSEN", "WORSENS", "FUELLED", "FUELED":
		// "deepened a diplomatic crisis": what a happening did to
		// relations, no act of cooperation
		if s.objectWord(t.j, 4, set("CRISIS", "RIFT", "TENSIONS", "TENSION", "ROW", "DISPUTE", "STANDOFF", "SPLIT")) >= 0 {
			t.code, t.rule = "---", t.rule+"+rift"
			return
		}
	case "SHUTTLED", "SHUTTLES", "SHUTTLING", "SHUTTLE", "MEDIATED", "MEDIATES", "MEDIATING", "MEDIATE":
		// "shuttled between the American and Iranian delegations":
		// mediation, whose sides are the pair (as for hosted talks)
		if t.j < len(s.up) && s.up[t.j] == "BETWEEN" {
			t.code, t.rule = "045", t.rule+"+mediated"
			return
		}
		if t.j < len(s.up) && s.up[t.j] == "BY" && s.up[t.i] == "MEDIATED" {
			// "swapped 150 prisoners each, mediated by the United Arab
			// Emirates": the agent mediated (a settling, CAMEO's bare
			// reading of the verb, is no one's concession here)
			t.code, t.rule = "045", t.rule+"+mediated-by"
			return
		}
	case "LAUNCHED", "LAUNCH", "LAUNCHES", "LAUNCHING":
		// "Russia launched 50 drones and three missiles at Ukraine
		// overnight": aerial weapons used (CAMEO 195)
		if s.objectWord(t.j, 6, aerialWeapons) >= 0 {
			t.code, t.rule = "195", t.rule+"+weapons-launched"
			return
		}
	case "LIBERATED", "LIBERATE", "LIBERATES", "LIBERATING":
		// "liberated the settlement of Nikolaevka": taking a place
		// (CAMEO 192), in the words of the side that took it
		if s.objectWord(t.j, 4, settlementWords) >= 0 || t.j < len(s.up) && s.capitalized(t.j) {
			t.code, t.rule = "192", t.rule+"+liberated"
			return
		}
	case "CLEARED", "CLEAR", "CLEARS", "CLEARING", "FLUSHED":
		// "cleared terrorists from the area": a military operation
		k := s.objectWord(t.j, 4, armedNouns)
		if k >= 0 && k+1 < len(s.up) && s.isQuote(k+1) {
			k++ // “cleared terrorists” from
		}
		if k >= 0 && k+1 < len(s.up) && (s.up[k+1] == "FROM" || s.up[k+1] == "OUT") {
			t.code, t.rule = "190", t.rule+"+cleared"
			return
		}
	case "CAME", "COME", "COMES", "COMING":
		// "a UN helicopter came under attack in Nasir": the subject is
		// the target, the attacker unnamed (read as a passive)
		if t.j+1 < len(s.up) && s.up[t.j] == "UNDER" && (s.lx.violentNoun[s.up[t.j+1]] || s.up[t.j+1] == "FIRE") {
			t.code, t.passive, t.j, t.rule = "190", true, t.j+2, t.rule+"+came-under"
			return
		}
	case "HOSTED", "HOST", "HOSTS", "HOSTING":
		// "Qatar hosted talks between Israel and Hamas": the talks took
		// place between the two, with the host as mediator and place
		// (their place and day may come first: "hosted talks in Doha on
		// Sunday between Israel and Hamas")
		for k := t.j; k < len(s.up) && k < t.j+5 && !s.isPunct(k); k++ {
			if !s.lx.meeting[s.up[k]] {
				continue
			}
			for b := k + 1; b < len(s.up) && b < k+9 && !s.isPunct(b) && !s.verbLike(b); b++ {
				if s.up[b] == "BETWEEN" {
					t.code, t.rule, t.j = "045", t.rule+"+hosted-talks", k+1
					return
				}
			}
		}
		if a, b := s.hostedPair(t.j); a != nil && b != nil {
			// "hosted the leaders of Somalia and Ethiopia": talks between
			// the two, at the host's
			t.code, t.rule = "045", t.rule+"+hosted-leaders"
			return
		}
	case "VIOLATED", "VIOLATE", "VIOLATES", "VIOLATING", "BROKE", "BREACHED", "BREACHING":
		// "violated the ceasefire": fighting on (CAMEO 196)
		for k := t.j; k < len(s.up) && k < t.j+4; k++ {
			if w := s.up[k]; w == "CEASEFIRE" || w == "TRUCE" || w == "ARMISTICE" {
				t.code, t.rule = "196", t.rule+"+ceasefire"
				return
			}
		}
	case "ORDERED", "ORDERS", "ORDER", "ORDERING", "ASKED", "ASK", "ASKS", "ASKING":
		// "ordered residents to evacuate", "ordered Menem to appear",
		// "asked India to extradite her": a demand that someone act (an
		// appeal, CAMEO 02, has no PLOVER type; a request is a demand)
		for k := t.j; k < len(s.up) && k < t.j+7 && !s.isPunct(k); k++ {
			if s.up[k] == "TO" && k > t.j && k+1 < len(s.up) && s.verbLike(k+1) {
				t.code, t.rule = "100", t.rule+"+order"
				return
			}
		}
		if s.orderedToAct(t.i) {
			t.code, t.rule = "100", t.rule+"+order"
			return
		}
	}
	if s.lx.lightVerb[s.up[t.i]] && t.j < len(s.up) && s.up[t.j] == "BY" {
		// "the attack was carried out by Ukraine's army": the act is the
		// subject's noun (read on the tree, see clauseEvents), and the
		// agent no pattern's object ("* &MILITARY": using the military)
		t.code = "---"
		return
	}
	if s.lx.lightVerb[s.up[t.i]] || t.block == "UTILIZE" {
		if k, code := s.eventNoun(t.j); k >= 0 && isViolent(code) && !s.naming(t.i, k) && !s.victimsOf(t.j, k) {
			// "denied carrying out drone strikes in Amhara": the attack
			// the light verb carries, not a pattern on its modifier
			// ("* &AIRCRAFT": using aircraft)
			t.code, t.objectNounAt, t.rule = code, k, "noun:"+s.up[k]
			t.j = k + 1
			return
		}
	}
	pre := s.up[max(0, t.i-6):t.i]
	end := t.j
	tr := s.tree()
	for end < len(s.up) && end < t.j+10 && !s.isComma(end) && s.up[end] != "THAT" && !s.lx.relative[s.up[end]] &&
		!(end > t.j && clauseOpeners[s.up[end]]) && !s.motiveAt(end) && !(end > t.j && s.otherPredicate(tr, t.i, end)) {
		end++ // a pattern stays in its clause: not "detain dozens as protesters rally"
	}
	post := s.prepositionsMasked(tr, t.j, s.up[t.j:end])
	if code := s.c.dict.refine(t.block, s.up[t.i], pre, post); code != "" {
		if strings.HasPrefix(code, "11") && isViolent(t.code) && (s.militaryTarget(t.j) || s.violenceEvidence(nil, nil, false)) {
			// "attacked government positions …, killing three soldiers":
			// a pattern for attacking in words ("attacked the
			// government") yields to the violence the sentence tells
			return
		}
		if _, _, _, ok := s.c.dict.Plover(code); ok {
			t.code, t.rule = code, t.rule+"+pattern"
			return
		}
	}
	_, _, _, evt := s.c.dict.Plover(t.code)
	if (s.lx.lightVerb[s.up[t.i]] && t.j == t.i+1) || !evt || s.up[t.i] == "EXTEND" || s.up[t.i] == "EXTENDED" {
		if k, code := s.eventNoun(t.j); k >= 0 && !s.naming(t.i, k) && !s.victimsOf(t.j, k) && !sufferVerbs[s.up[t.i]] {
			t.code, t.objectNounAt, t.rule = code, k, "noun:"+s.up[k]
			t.j = k + 1
			if code == "0871" && (strings.HasPrefix(s.up[t.i], "SIGN") || s.up[t.i] == "INKED") {
				// "signed a ceasefire declaration in Doha": a truce put in
				// writing is an agreement (CAMEO 057), not one side's
				// declared ceasefire
				t.code, t.rule = "057", t.rule+"+signed"
			}
		} else if s.lx.lightVerb[s.up[t.i]] {
			t.code = "---" // "issued a reminder": the light verb says nothing itself
		}
	}
}

// repressionForce are the words that make the policing of a protest
// violent repression (CAMEO 175, ASSAULT) rather than coercion.
var repressionForce = set("TEAR", "BATONS", "BATON", "CLUBS", "TRUNCHEONS", "CANNON", "CANNONS", "RUBBER",
	"BULLETS", "LIVE", "FIRED", "SHOT", "SHOOTING", "GUNFIRE", "BEAT", "BEATEN", "BEATING", "KILLED", "KILLING",
	"WOUNDED", "WOUNDING", "INJURED", "INJURING", "DEAD", "STUN", "GRENADES", "PELLETS", "VIOLENTLY", "FORCE",
	"FORCIBLY", "BRUTALLY", "CRUSHED")

// The objects that make a sending, an opening, an admitting or a recruiting
// an event of its own kind (see access).
var (
	// crossingNouns: what reopening eases a blockade of
	crossingNouns = set("CROSSING", "CROSSINGS", "BORDER", "BORDERS", "BRIDGE", "CORRIDOR", "CORRIDORS", "PORT",
		"PORTS", "AIRPORT", "AIRSPACE", "CHECKPOINT", "CHECKPOINTS", "ROUTE", "ROUTES",
		"PASSAGE", "GATES")
	// blockadeNouns: what ending eases a blockade
	blockadeNouns = set("BLOCKADE", "BLOCKADES", "SIEGE")
	// inspectorNouns are sent to look (INVESTIGATE) or let in (RETREAT)
	inspectorNouns = set("INSPECTORS", "INSPECTOR", "MONITORS", "OBSERVERS", "INVESTIGATORS", "INVESTIGATOR",
		"FACT-FINDERS", "FACT-FINDING", "MONITORING", "VERIFICATION")
	// peacekeeperNouns are let in (RETREAT, CAMEO 0861)
	peacekeeperNouns = set("PEACEKEEPERS", "PEACEKEEPING", "BLUE HELMETS")
	// reliefNouns are let through (RETREAT, CAMEO 0863)
	reliefNouns = set("AID", "HUMANITARIAN", "RELIEF", "FOOD", "FUEL", "MEDICINE", "MEDICINES", "SUPPLIES")
	// decisionNouns are what one defends in words
	decisionNouns = set("RESPONSE", "DECISION", "DECISIONS", "POLICY", "POLICIES", "ACTION", "ACTIONS", "MOVE",
		"LAW", "PLAN", "REFORM", "REFORMS", "OPERATION", "CONDUCT", "RECORD", "HANDLING", "STRATEGY", "VERDICT",
		"MOVES", "MEASURE", "MEASURES", "CLOSURE", "CLOSURES", "BAN", "RAID", "RAIDS", "ARRESTS", "LAWS",
		// and the bodies a statement defends ("defended the police after
		// the clashes"), where troops defend towns and positions
		"POLICE", "GOVERNMENT", "OFFICERS", "MINISTER", "MINISTRY", "JUDGES", "COURT", "ELECTION", "VOTE")
	// settlementWords are places a force takes: the place nouns, and
	// settlements by name
	settlementWords = extend(placeNouns, "SETTLEMENT", "HAMLET", "VILLAGES", "TOWNS")
	// armedNouns are armed men an operation clears from a place
	armedNouns = extend(attackerNouns, "TERRORISTS", "REBELS", "TROOPS", "FORCES", "MILITIAS", "SEPARATISTS")
	// frontierNouns are where sending troops is a show of force
	frontierNouns = set("BORDER", "BORDERS", "FRONTIER", "FRONTIERS", "FRONTLINE", "FRONT")
	// forceNouns are recruited, trained and called up (MOBILIZE)
	forceNouns = set("TROOPS", "SOLDIERS", "RESERVISTS", "FIGHTERS", "CONVICTS", "CONSCRIPTS", "RECRUITS",
		"HACKERS", "VOLUNTEERS", "MERCENARIES", "MILITIAMEN", "PERSONNEL", "MEN", "POLICEMEN", "SNIPERS", "PILOTS",
		"COMMANDOS", "GUERRILLAS", "MILITANTS", "SOLDIER")
)

// The verbs of access: each form upper case.
var (
	// travelVerbs take people to a meeting ("arrived in Pretoria for
	// talks")
	travelVerbs = set("FLEW", "FLY", "FLIES", "FLYING", "TRAVELLED", "TRAVELED", "TRAVEL", "TRAVELS", "ARRIVED",
		"ARRIVE", "ARRIVES", "WENT", "GO", "GOES", "HEADED", "HEADS", "RETURNED", "RETURN", "RETURNS", "GATHERED",
		"GATHER", "CONVENED", "CAME", "COME", "COMES")
	// answerVerbs answer an attack; forceWords say they answer with force
	answerVerbs = set("RETALIATE", "RETALIATED", "RETALIATES", "RETALIATING", "RESPOND", "RESPONDS", "RESPONDING",
		"REACT", "REACTED", "REACTS", "ANSWER", "ANSWERED")
	forceWords = set("FORCE", "MILITARY", "STRIKES", "STRIKE", "AIRSTRIKES", "MISSILES", "MISSILE", "ROCKETS",
		"WEAPONS", "FIRE", "ATTACKS", "NUCLEAR", "ARMS", "SHELLING", "BOMBING", "DRONES")
	openVerbs  = set("OPENED", "OPEN", "OPENS", "OPENING", "REOPENED", "REOPEN", "REOPENS", "REOPENING")
	sendVerbs  = set("SENT", "SEND", "SENDS", "SENDING", "DISPATCHED", "DISPATCH", "DISPATCHES", "DESPATCHED", "DEPLOYED", "DEPLOY", "DEPLOYS", "DEPLOYING")
	admitVerbs = set("RECEIVED", "RECEIVE", "RECEIVES", "ACCEPTED", "ACCEPT", "ACCEPTS", "ADMITTED", "ALLOWED", "ALLOW", "ALLOWS", "ALLOWING", "LET", "LETS", "LETTING", "PERMITTED", "PERMIT", "PERMITS", "WELCOMED")
	// vetoNouns are what a member can block: "blocked a statement"
	vetoNouns    = set("STATEMENT", "RESOLUTION", "DECISION", "PROPOSAL", "PLAN", "DECLARATION", "PACKAGE", "MOTION", "BID")
	preventVerbs = set("PREVENTED", "PREVENT", "PREVENTS", "PREVENTING", "BLOCKED", "BLOCK", "BLOCKS", "BLOCKING",
		"THWARTED", "FOILED", "BARRED", "BAR", "BARS")
	protestNouns = set("DEMONSTRATION", "DEMONSTRATIONS", "RALLY", "RALLIES", "MARCH", "MARCHES", "PROTEST",
		"PROTESTS", "SIT-IN", "VIGIL", "VIGILS")
	// joinedProtests are what people join to protest
	joinedProtests = extend(protestNouns, "STRIKE", "STRIKES", "WALKOUT")
	fromWord       = set("FROM") // "blocked supporters from marching"
	protestGerunds = set("MARCHING", "PROTESTING", "RALLYING", "DEMONSTRATING", "GATHERING", "HOLDING")
	recruitVerbs   = set("RECRUITED", "RECRUIT", "RECRUITS", "RECRUITING", "TRAINED", "TRAIN", "TRAINS", "TRAINING",
		"CONSCRIPTED", "CONSCRIPT", "DRAFTED", "ENLISTED", "ENLIST", "MOBILISED", "MOBILIZED", "MOBILISE", "MOBILIZE")
)

// access codes verbs whose meaning turns on their object, beside the CAMEO
// patterns: reopening a crossing eases a blockade (CAMEO 0872) and letting
// in inspectors, peacekeepers or aid allows international involvement
// (0862, 0861, 0863) — retreats in PLOVER; sending inspectors or monitors
// or any people to investigate is an investigation (090); recruiting or training troops mobilises (154),
// unless they are another side's ("trained Ukrainian soldiers": military
// aid, 072).
func (s *sentence) access(t *trigger) bool {
	w := s.up[t.i]
	as := func(code, rule string) bool {
		t.code, t.rule = code, t.rule+"+"+rule
		return true
	}
	switch {
	case openVerbs[w] && !(t.j < len(s.up) && s.up[t.j] == "FIRE"): // not "opened fire on soldiers at a checkpoint"
		if s.objectWord(t.j, 6, crossingNouns) >= 0 {
			return as("0872", "reopened")
		}
	case sendVerbs[w]:
		if s.objectWord(t.j, 6, inspectorNouns) >= 0 {
			return as("090", "inspectors")
		}
		for m := t.j; m+1 < len(s.up) && m < t.j+6 && !s.isPunct(m); m++ {
			if s.up[m] != "TO" {
				continue
			}
			if f, ok := s.c.dict.match(s.up, m+1); ok && strings.HasPrefix(f.code, "09") {
				return as("090", "sent-to-investigate") // "sent a team to investigate the attack": the team's purpose
			}
			break
		}
		if k := s.objectWord(t.j, 5, forceNouns); k >= 0 {
			// "sent troops to the border": a show of force (CAMEO 154)
			for m := k + 1; m+1 < len(s.up) && m < k+5 && !s.isComma(m); m++ {
				if s.up[m] == "TO" || s.up[m] == "ALONG" || s.up[m] == "NEAR" {
					if s.objectWord(m+1, 3, frontierNouns) >= 0 {
						return as("154", "to-the-border")
					}
				}
			}
		}
	case admitVerbs[w]:
		switch {
		case s.objectWord(t.j, 6, inspectorNouns) >= 0:
			return as("0862", "admitted-inspectors")
		case s.objectWord(t.j, 6, peacekeeperNouns) >= 0:
			return as("0861", "admitted-peacekeepers")
		case s.objectWord(t.j, 4, reliefNouns) >= 0:
			return as("0863", "admitted-aid")
		}
	case preventVerbs[w]:
		// "police prevented the demonstration", "blocked opposition
		// supporters from marching": restricting protest (CAMEO 1721)
		k := s.objectWord(t.j, 6, protestNouns)
		if f := s.objectWord(t.j, 6, fromWord); f >= 0 && f+1 < len(s.up) && protestGerunds[s.up[f+1]] {
			k = f + 1
		}
		if k >= 0 {
			return as("1721", "prevented-protest")
		}
		if strings.HasPrefix(w, "BLOCK") && s.objectWord(t.j, 5, vetoNouns) >= 0 {
			// "Hungary blocked a European Union statement condemning
			// Israel": a veto, a rejection (CAMEO 120)
			return as("120", "blocked-decision")
		}
	case recruitVerbs[w]:
		if k := s.objectWord(t.j, 7, forceNouns); k >= 0 {
			for m := t.j; m < k; m++ {
				if s.demonym(m) {
					return as("072", "trained-others")
				}
			}
			return as("154", "recruited")
		}
	}
	return false
}

// security reports whether the words before the verb at i, back to the
// sentence start or a comma, name police, troops or authorities.
func (s *sentence) security(i int) bool {
	for k := i - 1; k >= 0 && !s.isComma(k); k-- {
		if securityNouns[s.up[k]] {
			return true
		}
	}
	return false
}

// securityNouns name the state's forces and authorities: the agent nouns
// and domestic titles of government, army and police, and a few more.
var securityNouns = func() map[string]bool {
	m := set("SECURITY", "GENDARMES")
	for _, table := range []map[string]string{agentSector, domesticTitle} {
		for w, sector := range table {
			if sector == "GOV" || sector == "MIL" || sector == "COP" {
				m[w] = true
			}
		}
	}
	return m
}()

// stateSide reports whether an actor is a state, its government or its
// armed forces.
func stateSide(a *chronicle.Actor) bool {
	if a == nil || len(a.Code) < 3 || !actor.IsCountry(a.Code[:3]) {
		return false
	}
	return len(a.Code) == 3 || a.Code[3:] == "GOV" || a.Code[3:] == "MIL"
}

// theirPair reads a clause opened by "their" or "they" ("Their foreign
// ministers met", "They agreed") as the pair "X and Y" that the sentence
// before has as its subject.
func (s *sentence) theirPair(t trigger) (*chronicle.Actor, *chronicle.Actor, bool) {
	k := s.leadIn(0, t.vg)
	if k < t.vg && s.storySides[0] != nil && s.twoSides(k, t.vg) {
		// "The two sides held talks in Tanzania last year": the pair
		// the story named
		return s.storySides[0], s.storySides[1], true
	}
	if k >= t.vg || (s.up[k] != "THEIR" && s.up[k] != "THEY") {
		return nil, nil, false
	}
	p, tr, sj := s.previousSubjectWord()
	if sj < 0 {
		return nil, nil, false
	}
	ph := tr.NounPhrase(sj)
	for _, cj := range tr.Children(sj) {
		if syntax.Base(tr.Rel[cj]) != "conj" {
			continue
		}
		a, okA := p.firstCoded(ph.First, ph.Last+1)
		b, okB := p.firstCoded(tr.NounPhrase(cj).First, tr.NounPhrase(cj).Last+1)
		if okA && okB && a.actor.Code != b.actor.Code {
			return a.actor, b.actor, true
		}
	}
	return nil, nil, false
}

// twoSides reports whether words [k, end) are "the two sides", "both
// countries", "the two leaders" or "the sides", right before the verb
// group at end.
func (s *sentence) twoSides(k, end int) bool {
	w := s.up[k:end]
	if len(w) > 0 && w[0] == "THE" {
		w = w[1:]
	}
	switch len(w) {
	case 1:
		return w[0] == "SIDES"
	case 2:
		return (w[0] == "TWO" || w[0] == "BOTH") && pairNouns[w[1]]
	}
	return false
}

// pairNouns name the two sides of a pair: "the two sides", "both
// countries", "the two leaders".
var pairNouns = syntax.PairNouns(true)

// meetVerbs are the forms of meeting that need a counterpart to consult.
var meetVerbs = set("MET", "MEET", "MEETS", "MEETING", "CONVENED", "CONVENE", "CONVENES", "GATHERED")

// bodyNouns head the bodies that meet on their own.
var bodyNouns = set("CABINET", "COUNCIL", "PARLIAMENT", "COMMITTEE", "ASSEMBLY", "SENATE", "CONGRESS", "BOARD",
	"GOVERNMENT", "PRESIDIUM", "POLITBURO", "LEADERSHIP")

// bodyMeets reports whether the subject of meeting verb t is a body that
// met without anyone else ("the cabinet met", not "met with").
func (s *sentence) bodyMeets(t trigger) bool {
	tr := s.tree()
	if tr == nil || t.i >= tr.Len() {
		return false
	}
	sj := tr.SubjectOf(t.i)
	if sj < 0 || !bodyNouns[s.up[sj]] {
		return false
	}
	for _, k := range tr.Children(t.i) {
		if syntax.Base(tr.Rel[k]) == "obj" {
			return false // "the council met the envoy"
		}
		if c := tr.Case(k); c >= 0 && s.up[c] == "WITH" {
			return false
		}
	}
	return true
}

// objectRules are the verbs whose object decides their code: a word of
// words at most reach words on gives code, named in Coder by name.
var objectRules = []struct {
	forms, words map[string]bool
	reach        int
	code, name   string
}{
	// "20,000 people joined the march": the protest
	{set("JOINED", "JOIN", "JOINS", "JOINING"), joinedProtests, 4, "141", "joined-protest"},
	// "defended the police response": verbal support (CAMEO 051), not
	// military protection
	{set("DEFENDED", "DEFEND", "DEFENDS", "DEFENDING"), decisionNouns, 4, "051", "defended-decision"},
	// "air defences intercepted 27 drones": fighting off an attack
	{set("INTERCEPTED", "INTERCEPT", "INTERCEPTS", "INTERCEPTING", "DOWNED"), warWeapons, 5, "190", "intercepted"},
	// "dissolved all political parties": banning parties (CAMEO 1722)
	{set("DISSOLVED", "DISSOLVE", "DISSOLVES", "DISSOLVING"), partyWords, 5, "1722", "dissolved-parties"},
	// "suspended political parties": the same ban for a time (not
	// "suspended talks with the opposition": the object comes first)
	{set("SUSPENDED", "SUSPEND", "SUSPENDS", "SUSPENDING"), partyWords, 3, "1722", "suspended-parties"},
	// "summoned the Chinese ambassador to protest": a formal complaint
	// (CAMEO 114), whatever the purpose clause says
	{set("SUMMONED", "SUMMON", "SUMMONS", "SUMMONING"), envoyWords, 5, "114", "summoned-envoy"},
}

// partyWords are the political and civic bodies a ruler can dissolve (not
// parliament, which a head of state dissolves for elections).
var partyWords = set("PARTIES", "PARTY", "OPPOSITION", "UNIONS", "MOVEMENTS", "ASSOCIATIONS", "COMMISSION", "NGOS",
	"ORGANISATIONS", "ORGANIZATIONS")

// endVerbs end a sitting: "ended a round of talks" held it, where
// "suspended" or "broke off" one halts the talks.
var endVerbs = set("ENDED", "END", "ENDS", "ENDING", "CONCLUDED", "CONCLUDE", "CONCLUDES", "CONCLUDING", "CLOSED")

// roundWords name a sitting of talks.
var roundWords = set("ROUND", "ROUNDS", "SESSION")

// envoyWords name a state's representatives abroad.
var envoyWords = set("AMBASSADOR", "ENVOY", "CHARGE", "CHARGÉ", "DIPLOMAT", "DIPLOMATS", "AMBASSADORS", "ENVOYS")

// crowd reports whether a subject phrase is a crowd counted by its size
// ("Thousands of people", "Hundreds of students"): gathering, it protests.
func crowd(phrase string) bool {
	f := strings.Fields(strings.ToUpper(phrase))
	return len(f) > 0 && crowdNouns[f[0]]
}

// tiesWords are the ordinary ties between states whose ending sanctions:
// travel, trade and traffic.
var tiesWords = set("VISA-FREE", "VISAS", "VISA", "FLIGHTS", "TRADE", "IMPORTS", "EXPORTS", "SHIPMENTS", "DELIVERIES",
	"BROADCASTS", "TIES", "RELATIONS", "FUNDING", "LOANS")

// partitiveNouns count out what follows their "of".
var partitiveNouns = set("ROUND", "ROUNDS", "SERIES", "SESSION", "SESSIONS")

// objectWord finds a word of words in the object after a verb: at most n
// words on, not past punctuation, a clause opener or another verb's "to".
func (s *sentence) objectWord(from, n int, words map[string]bool) int {
	for k := from; k < len(s.up) && k < from+n; k++ {
		w := s.up[k]
		if s.isPunct(k) && w != "-" || w == "THAT" || w == "TO" || s.lx.relative[w] || k > from && clauseOpeners[w] {
			return -1
		}
		if partitiveNouns[w] && k+1 < len(s.up) && s.up[k+1] == "OF" {
			n += 2 // "a new round of talks": the talks
		}
		if words[w] || k+1 < len(s.up) && words[w+" "+s.up[k+1]] {
			return k
		}
	}
	return -1
}

// eventNoun finds an event noun in the object after a verb: a few words,
// over determiners and modifiers, not past a clause boundary.
func (s *sentence) eventNoun(from int) (int, string) {
	tr := s.tree()
	for k := from; k < len(s.up) && k < from+8; k++ {
		w := s.up[k]
		if s.isQuote(k) {
			continue // a scare quote: 'carried out a "massive strike"'
		}
		if s.isPunct(k) && w != "-" {
			return -1, ""
		}
		if w == "'S" || w == "’S" {
			continue // a possessor: "suspended Niger's membership"
		}
		if s.lx.pronoun[w] && !s.lx.determiner[w] || s.lx.aux[w] || w == "THAT" || w == "WITHOUT" {
			return -1, "" // (not "ended without agreement": what did not come of it)
		}
		for n := 3; n >= 1; n-- {
			if k+n <= len(s.up) {
				if code, ok := s.lx.nouns[strings.Join(s.up[k:k+n], " ")]; ok {
					return k + n - 1, code
				}
			}
		}
		if k > from && (s.lx.preposition[w] && w != "OF" || clauseOpeners[w]) && !(w == "IN" && moneyWords[s.up[k-1]]) {
			return -1, "" // not "closed in Goma because of clashes" (but "40 million dollars in aid")
		}
		if k > from && tr != nil && tr.UPOS[k] == "VERB" && (strings.HasSuffix(w, "ING") && syntax.Base(tr.Rel[k]) == "acl" || !strings.HasSuffix(w, "ING") && k > from+1) {
			// "issued a statement condemning the raid", "said Pakistani
			// troops violated the ceasefire": the noun is another verb's
			return -1, ""
		}
	}
	return -1, ""
}

// verbGroup reads the auxiliaries, negation and modals before the trigger.
func (s *sentence) verbGroup(t *trigger) {
	g := t.i
	be := false
	for k := t.i - 1; k >= 0 && k >= t.i-6; k-- {
		w := s.up[k]
		switch {
		case s.lx.negation[w]:
			t.negated = true
		case s.lx.modalIntent[w]:
			if t.modality == "" {
				t.modality = "intent"
			}
		case s.lx.modalPossible[w]:
			if t.modality == "" {
				t.modality = "possible"
			}
		case s.lx.be[w]:
			be = true
		case s.lx.aux[w] || s.lx.adverb[w]:
		case w == "TO" && k >= 1 && (s.lx.intentLead[s.up[k-1]] || s.up[k-1] == "ABLE"):
			if t.modality == "" {
				t.modality = "intent"
			}
			k--
			g = k
			continue
		case w == "LONGER" || w == "NO":
			t.negated = true
		default:
			k = -1
			continue
		}
		g = k
	}
	t.vg = g
	if be && isParticiple(s.up[t.i]) && !(t.j < len(s.up) && s.up[t.j] == "TO") {
		t.passive = true // not "is opposed to", "is committed to"
	}
	if !be && g == t.i && accusedOf[s.up[t.i]] && t.j < len(s.up) && (s.up[t.j] == "OF" || s.up[t.j] == "OVER" || s.up[t.j] == "FOR") {
		t.passive = true // a headline's "Congo rebels accused over deadly bombardment"
	}
	if tr := s.tree(); !be && g == t.i && tr != nil && t.i > 0 && tr.Rel[t.i] == "acl" && tr.Head[t.i] == t.i-1 && strings.HasSuffix(s.up[t.i], "ED") &&
		!slices.ContainsFunc(tr.Children(t.i), func(k int) bool { return tr.Rel[k] == "obj" }) && s.argumentOfVerb(tr, t.i-1) {
		// "the activists detained at Monday's rally were freed": a
		// reduced relative (it takes no object) on a noun another verb
		// governs, done to them
		t.passive = true
	}
	if tr := s.tree(); !be && !t.passive && g == t.i && tr != nil && t.i < tr.Len() && (isViolent(t.code) || strings.HasPrefix(t.code, "173")) &&
		isParticiple(s.up[t.i]) && s.countedSubjectOnly(tr, t.i) {
		// a headline's "Five people killed in Kharkiv missile strike",
		// "Two soldiers killed as rebels attack base": counted people
		// before a participle that takes no object are what was done
		t.passive = true
	}
	if t.block == "DIE" && !t.noun {
		// "three soldiers died": the dead are whom it was done to, never
		// who did it
		t.passive = true
	}
	if t.modality == "" {
		// "is willing to send material to help defend": the intention
		// governs the verbs that follow it in the clause.
		for k := g - 1; k >= 0 && k >= g-8; k-- {
			w := s.up[k]
			if s.isPunct(k) || w == "THAT" {
				break
			}
			if s.lx.modalIntent[w] || (s.lx.intentLead[w] && k+1 < len(s.up) && s.up[k+1] == "TO") {
				t.modality = "intent"
				break
			}
		}
	}
	if tr := s.tree(); tr != nil && t.i < tr.Len() && tr.UPOS[t.i] == "VERB" && tr.Negated(t.i) {
		t.negated = true // "no military facilities had been targeted"
	}
	if s.up[t.i] == "REFUSED" || s.up[t.i] == "REFUSING" || s.up[t.i] == "DECLINED" {
		t.negated = false
	}
}

// agreedMeasure recodes "agreed to <sanction>" by a single actor as the
// sanction (CAMEO 16x) and reports whether it did.
func (s *sentence) agreedMeasure(t *trigger) bool {
	tr := s.tree()
	if tr == nil || t.i >= tr.Len() {
		return false
	}
	if sj := tr.SubjectOf(t.i); sj < 0 || slices.ContainsFunc(tr.Children(sj), func(k int) bool { return syntax.Base(tr.Rel[k]) == "conj" }) {
		return false // "Armenia and Azerbaijan agreed to …"
	}
	for _, k := range tr.Children(t.i) {
		if rel := syntax.Base(tr.Rel[k]); k < t.i || rel != "xcomp" && !(rel == "advcl" && k > 0 && s.up[k-1] == "TO") {
			continue // (the parser may hang "to impose" as an adverbial clause)
		}
		f, ok := s.c.dict.match(s.up, k)
		if !ok && s.lx.lightVerb[s.up[k]] {
			f, ok = form{words: []string{s.up[k]}, block: "LIGHT", code: "---"}, true
		}
		if !ok {
			return false
		}
		sub := trigger{i: k, j: k + len(f.words), code: f.code, block: f.block, objectNounAt: -1}
		s.refine(&sub)
		if strings.HasPrefix(sub.code, "16") {
			t.code, t.rule = sub.code, t.rule+"+agreed-measure"
			return true
		}
		return false
	}
	return false
}

// sectorSubject is the subject the tree gives the verb at t when its head
// names a body by its sector alone ("riot police", "soldiers"): see
// sectorActor.
func (s *sentence) sectorSubject(t trigger) (*chronicle.Actor, string) {
	tr := s.tree()
	if tr == nil || t.i >= tr.Len() {
		return nil, ""
	}
	return s.sectorActor(tr, tr.SubjectOf(t.i))
}

// firedOnProtesters reports whether the act at t is aimed at protesters
// ("opened fire on protesters", "shot demonstrators"): its object or its
// "on"/"at" phrase is a protester noun or a protest ("opened fire on a
// demonstration").
func (s *sentence) firedOnProtesters(t trigger) bool {
	for k := t.j; k < len(s.up) && k < t.j+6 && !s.isPunct(k); k++ {
		if protesterNouns[s.up[k]] || crowdNouns[s.up[k]] || protestNouns[s.up[k]] {
			return true
		}
	}
	return false
}

// sectorObject is the direct object the tree gives the verb at t when its
// head names soldiers or police by their sector alone and nothing in its
// core names an actor ("released 12 soldiers"): see sectorActor.
func (s *sentence) sectorObject(t trigger) (*chronicle.Actor, string) {
	tr := s.tree()
	if tr == nil || t.i >= tr.Len() {
		return nil, ""
	}
	for _, o := range tr.Children(t.i) {
		if tr.Rel[o] != "obj" {
			continue
		}
		if _, coded := s.firstCoded(tr.NounPhrase(o).First, o+1); coded {
			return nil, "" // "Russian soldiers": the object search codes them
		}
		return s.sectorActor(tr, o)
	}
	return nil, ""
}

// sectorActor is the noun at k, when it names soldiers or police by their
// sector alone, as that sector of the country where the sentence happens
// (its first place's); nil when k is no such noun or the sentence names no
// country.
func (s *sentence) sectorActor(tr *syntax.Tree, k int) (*chronicle.Actor, string) {
	if k < 0 || tr.UPOS[k] != "NOUN" {
		return nil, ""
	}
	sec, ok := agentSector[s.up[k]]
	if !ok || sec != "COP" && sec != "MIL" {
		return nil, ""
	}
	cc := s.firstPlaceCountry()
	if cc == "" {
		return nil, ""
	}
	name := s.text(tr.NounPhrase(k).First, k+1)
	return &chronicle.Actor{Name: name, Code: cc + sec}, name
}

// subjectAttackCode is the CAMEO code of the attack noun that is the
// subject of trigger t's verb ("strike" in "Israeli strike kills 9"), or "".
func (s *sentence) subjectAttackCode(t trigger) string {
	tr := s.tree()
	if tr == nil || t.i >= tr.Len() {
		return ""
	}
	sj := tr.SubjectOf(t.i)
	if sj < 0 || sj > t.i || !s.lx.violentNoun[s.up[sj]] {
		return ""
	}
	return s.lx.nouns[s.up[sj]]
}

// subjectAttack is the attack noun the tree makes the subject of the main
// verb, when the noun names its attacker ("by the RSF") or its place ("of
// El Fasher", "on the port"): a trigger for it.
func (s *sentence) subjectAttack(main trigger) (trigger, bool) {
	tr := s.tree()
	if tr == nil || main.i >= tr.Len() {
		return trigger{}, false
	}
	sj := tr.SubjectOf(main.i)
	if sj < 0 || !s.lx.violentNoun[s.up[sj]] || tr.UPOS[sj] != "NOUN" {
		return trigger{}, false
	}
	for _, ch := range tr.Children(sj) {
		if cs := tr.Case(ch); cs >= 0 && (s.up[cs] == "BY" || s.up[cs] == "OF" || s.up[cs] == "ON") {
			code := s.lx.nouns[s.up[sj]]
			if code == "" {
				code = "190"
			}
			return trigger{i: sj, j: sj + 1, code: code, rule: "attack-noun:" + s.up[sj] + "+subject", noun: true, vg: sj, objectNounAt: -1}, true
		}
	}
	return trigger{}, false
}

// troopWords are the forces that, sent somewhere, are a deployment (weapons
// sent to a side are military aid).
var troopWords = set("TROOPS", "SOLDIERS", "UNITS", "BATTALIONS", "BRIGADES", "FORCES", "MARINES", "PARATROOPERS",
	"REGIMENTS", "REINFORCEMENTS", "WARSHIPS", "DESTROYERS", "FRIGATES")

// captivesObject reports whether the object from k is captives or the
// dead ("the bodies of 1,000 fallen soldiers", "150 prisoners"), before
// any other preposition than "of" ("exchanged fire with Indian soldiers"
// is no swap).
func (s *sentence) captivesObject(k int) bool {
	for m := k; m < len(s.up) && m < k+6; m++ {
		switch {
		case captiveNouns[s.up[m]]:
			return true
		case s.isPunct(m) || s.up[m] != "OF" && s.lx.preposition[s.up[m]] || s.up[m] == "FIRE" || s.up[m] == "SHOTS":
			return false
		}
	}
	return false
}

// detainedAtHome is whom a state's arrest or detention, or its police's
// force, takes when its object is people no dictionary codes ("Polish
// police detained 12 farmers", "the government arrested three opposition
// leaders", "police fired tear gas at opposition supporters"): the people
// of the state that acts, by their sector. It is nil for a source
// that is no state's body.
func (s *sentence) detainedAtHome(t trigger, src *chronicle.Actor) *chronicle.Actor {
	if src == nil || len(src.Code) != 6 || !actor.IsCountry(src.Code[:3]) {
		return nil
	}
	switch src.Code[3:] {
	case "GOV", "COP", "MIL", "JUD", "SPY":
	default:
		return nil
	}
	for k := t.j; k < len(s.up) && k < t.j+6; k++ {
		if s.isPunct(k) || s.lx.preposition[s.up[k]] && s.up[k] != "AT" && s.up[k] != "ON" && s.up[k] != "OF" {
			return nil // (force "at" or "on" people: "fired tear gas at opposition supporters")
		}
		sector, ok := peopleNouns[s.up[k]]
		if s.up[k] == "OPPOSITION" {
			sector, ok = "OPP", true
		}
		if ok {
			cc := src.Code[:3]
			return s.group(cc + sector)
		}
	}
	return nil
}

// personnel are the people a state sends to another to protect or train
// it: troops, police, peacekeepers, instructors.
var personnel = extend(troopWords, "PEACEKEEPERS", "POLICE", "OFFICERS", "POLICEMEN", "INSTRUCTORS", "TRAINERS",
	"ADVISERS", "ADVISORS", "GUARDS")

// helpPurposes are the verbs of "sent troops to X to help …": what forces
// are sent abroad for when they are sent to protect.
var helpPurposes = set("HELP", "TRAIN", "SUPPORT", "ASSIST", "PROTECT", "SECURE", "REINFORCE", "BOLSTER", "RESTORE", "GUARD")

// sentToHelp reports whether the personnel at k are sent "to" another state
// than the sender's to help it ("to help fight the gangs", "to train its
// soldiers").
func (s *sentence) sentToHelp(t trigger, k int) bool {
	at := -1
	for m := k + 1; m < len(s.up) && m <= k+3; m++ {
		if s.up[m] == "TO" {
			at = m
			break
		}
	}
	if at < 0 {
		return false
	}
	dest, ok := s.firstCoded(at+1, min(len(s.up), at+5))
	if !ok || len(dest.actor.Code) < 3 {
		return false
	}
	from, to := max(0, t.i-8), t.i
	if tr := s.tree(); tr != nil {
		if sj := tr.SubjectOf(t.i); sj >= 0 {
			ph := tr.NounPhrase(sj)
			from, to = ph.First, ph.Last+1
		}
	}
	if src, ok := s.firstCoded(from, to); !ok || len(src.actor.Code) < 3 || src.actor.Code[:3] == dest.actor.Code[:3] {
		return false // "sent troops to Cauca": at home, a deployment
	}
	for m := dest.j; m+1 < len(s.up) && m <= dest.j+3; m++ {
		if s.up[m] == "TO" && helpPurposes[s.up[m+1]] {
			return true
		}
	}
	return false
}

// militaryUnits are what a deployment moves: troops, and the arms and
// craft an army deploys ("deployed missiles to Belarus").
var militaryUnits = extend(troopWords, "JETS", "BATTERIES", "SYSTEMS", "TANKS", "BOMBERS", "SQUADRONS", "SHIPS",
	"SUBMARINES", "DIVISIONS", "FIGHTERS", "DRONES", "MISSILES", "ARTILLERY")

// seizedGoods are the property a seizure takes: drugs, arms, money and
// loads.
var seizedGoods = set("COCAINE", "HEROIN", "DRUGS", "NARCOTICS", "METHAMPHETAMINE", "FENTANYL", "CANNABIS",
	"MARIJUANA", "WEAPONS", "ARMS", "AMMUNITION", "RIFLES", "GUNS", "EXPLOSIVES", "CASH", "CONTRABAND",
	"GOODS", "SHIPMENT", "CONSIGNMENT", "PASSPORTS", "DOCUMENTS", "EQUIPMENT", "ASSETS", "PROPERTY")

// moneyWords end an amount of money, after which "in" names what it is
// given as ("300 million dollars in humanitarian aid").
var moneyWords = set("DOLLARS", "EUROS", "POUNDS", "YEN", "FRANCS", "RUPEES", "SHILLINGS", "MILLION", "BILLION")

// weaponsStruck reports whether the object after the verb group ending at
// j is weapons or aircraft of country cc: named right before them ("a
// Russian jet") or by the subject of a contact relative right after them
// ("40 of the 55 drones Russia launched"). What was struck is that
// country's military.
func (s *sentence) weaponsStruck(j int, cc string) bool {
	end := min(s.objectEnd(j), j+8)
	for k := j; k < end; k++ {
		if !aerialWeapons[s.up[k]] && !weaponNouns[s.up[k]] && !militaryCraft[s.up[k]] {
			continue
		}
		owner := func(a *chronicle.Actor) bool { return a != nil && len(a.Code) >= 3 && a.Code[:3] == cc }
		if k > j && owner(s.codeAt(k-1, k)) || k+2 < len(s.up) && owner(s.codeAt(k+1, k+2)) && s.verbLike(k+2) {
			return true
		}
		return false
	}
	return false
}

// militaryCraft are aircraft and vehicles of war.
var militaryCraft = set("JET", "JETS", "WARPLANE", "WARPLANES", "HELICOPTER", "HELICOPTERS", "AIRCRAFT", "TANK", "TANKS", "FIGHTER", "FIGHTERS", "BOMBERS")

// aerialWeapons are what is launched at a target.
var aerialWeapons = set("DRONES", "DRONE", "MISSILES", "MISSILE", "ROCKETS", "ROCKET", "SHAHEDS", "UAVS", "BALLISTIC",
	"CRUISE", "INTERCEPTORS", "GLIDE")

// carryVerbs are the ways goods are brought somewhere.
var carryVerbs = set("FLEW", "FLY", "FLIES", "FLOWN", "AIRLIFTED", "AIRLIFT", "AIRLIFTS", "AIRDROPPED", "TRUCKED",
	"SHIPPED", "DELIVERED", "DELIVER", "DELIVERS", "BROUGHT", "DISPATCHED", "SENT", "SEND", "SENDS", "DROPPED")

// reliefGoods are what relief carries.
var reliefGoods = set("AID", "FOOD", "SUPPLIES", "MEDICINE", "MEDICINES", "TENTS", "BLANKETS", "FLOUR", "WHEAT",
	"VACCINES", "RELIEF", "RATIONS", "PARCELS")

// aidWords are the help a state stops.
var aidWords = set("AID", "SUPPORT", "ASSISTANCE", "FUNDING", "FUNDS", "LOANS", "PAYMENTS", "COOPERATION", "DISTRIBUTIONS", "DELIVERIES")

// peopleVictims are the people force is used on: the civilians an attack
// aims at, and people held or named by a crowd word.
var peopleVictims = extend(civilianVictims, "PEOPLE", "MEN", "PRISONERS", "DETAINEES", "PROTESTORS", "ACTIVISTS", "CROWD", "CROWDS")

// argumentOfVerb reports whether the noun at k is the subject, object or
// oblique of a verb, or modifies another noun (not a root noun the parser
// left without its verb).
func (s *sentence) argumentOfVerb(tr *syntax.Tree, k int) bool {
	h := tr.Head[k]
	switch syntax.Base(tr.Rel[k]) {
	case "nsubj", "obj", "iobj", "obl":
		return h >= 0 && tr.UPOS[h] == "VERB"
	case "nmod":
		// "mourning for the soldiers killed in Tuesday's attack" (not a
		// root noun: "Thousands of people gathered")
		return h >= 0 && tr.UPOS[h] == "NOUN" && tr.Head[h] >= 0
	}
	return false
}

// skipQuotes steps back over quotation marks from i.
func (s *sentence) skipQuotes(i int) int {
	for i >= 0 && s.isQuote(i) {
		i--
	}
	return i
}

// silentOnAttack reports whether t is a speech verb that the dictionaries
// code as violence by its object, negated: "The RSF did not comment on the
// attacks" is neither the attack nor its denial.
func (s *sentence) silentOnAttack(t trigger) bool {
	if !t.negated || t.noun {
		return false
	}
	// ("Hezbollah did not claim any response": claiming nothing is no
	// statement either)
	return isViolent(t.code) && (t.block == "EXPLAIN_VERBAL" || s.lx.reporting[s.up[t.i]]) || t.block == "ALLEGE"
}

// homeNouns are people's homes.
var homeNouns = set("HOUSE", "HOUSES", "HOME", "HOMES", "DWELLINGS", "APARTMENTS")

// countedSubjectOnly reports whether predicate p has a counted subject
// ("Five people", "Two soldiers"), no auxiliary and no object.
func (s *sentence) countedSubjectOnly(tr *syntax.Tree, p int) bool {
	sj := -1
	for _, k := range tr.Children(p) {
		switch syntax.Base(tr.Rel[k]) {
		case "aux", "obj":
			return false
		case "nsubj":
			sj = k
		}
	}
	return sj >= 0 && slices.ContainsFunc(tr.Children(sj), func(k int) bool { return syntax.Base(tr.Rel[k]) == "nummod" })
}

func isParticiple(w string) bool {
	if strings.HasSuffix(w, "ING") {
		return false
	}
	if strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "EN") {
		return true
	}
	switch w {
	case "HIT", "STRUCK", "SHOT", "HELD", "MET", "BEATEN", "BEAT", "PUT", "SET", "CAUGHT", "LED", "KEPT", "SOUGHT",
		"BROUGHT", "TAUGHT", "FOUGHT", "SENT", "SPENT", "BUILT", "LEFT", "LOST", "WON", "TOLD", "SOLD", "HURT", "CUT":
		return true
	}
	return false
}

// attackNouns finds attack nouns that report an attack of their own:
// after "following", "after", "in", "during", "amid", or followed by "that
// killed", "killing". A noun inside the main event's own phrase is skipped.
func (s *sentence) attackNouns(main trigger, hasMain, mainCoded bool) []trigger {
	var out []trigger
	n := len(s.up)
	for i := 0; i < n; i++ {
		if !s.lx.violentNoun[s.up[i]] {
			continue
		}
		if hasMain && i >= main.i && i < main.j {
			continue
		}
		if hasMain && mainCoded && isViolent(main.code) && i > main.i && i-main.j < 8 {
			continue // "killed in a car explosion": the same attack (unless the verb gave no event: "37 people died in fighting between …")
		}
		if s.namedBy(i) {
			continue // "called the attack a “massacre”": a name for it
		}
		if i > 0 && (s.up[i-1] == "HEART" || s.up[i-1] == "PANIC" || s.up[i-1] == "ASTHMA") {
			continue // "a heart attack": no violence
		}
		lead := false
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			switch s.up[k] {
			case "FOLLOWING", "AFTER", "DURING", "AMID", "IN", "FROM":
				lead = lead || k >= i-5 // ("after a Ukrainian naval drone attack")
			case "'S":
				// "Tuesday's Russian missile attack": an attack the
				// story refers back to by its day
				lead = lead || k > 0 && weekdays[s.up[k-1]]
			default:
				lead = lead || weekdays[strings.TrimSuffix(strings.TrimSuffix(s.up[k], "'S"), "’S")] && s.up[k] != strings.TrimSuffix(s.up[k], "'S")
			}
			if s.isPunct(k) {
				break
			}
		}
		// "fighting between the army and M23": an attack noun with its
		// two sides reports a fight of its own
		sides := i+1 < n && s.up[i+1] == "BETWEEN"
		if s.up[i] == "FIGHTING" && !sides && !(i > 1 && (s.up[i-1] == "'S" || s.up[i-1] == "’S") && weekdays[s.up[i-2]]) {
			continue // a gerund ("prevent him from fighting") unless it has sides or a day ("Monday's fighting")
		}
		follow := sides
		for k := i + 1; k < n && k <= i+12; k++ {
			if s.up[k] == "KILLED" || s.up[k] == "KILLING" || s.up[k] == "WOUNDED" || s.up[k] == "INJURED" || s.up[k] == "LEFT" {
				follow = true
				break
			}
		}
		// "A drone attack set the depot ablaze": an attack the main
		// clause tells, by a verb no dictionary codes (not an explosion
		// or a blast, which may be an accident)
		subject := !lead && !follow && !mainCoded && s.rootSubject(i) && !s.nounUse(i+1) && s.up[i] != "EXPLOSION" && s.up[i] != "BLAST"
		if !lead && !follow && !subject {
			continue
		}
		if lead && !follow && !sides && hasMain && mainCoded && !s.agentPhrase(i) {
			// "rallied on Monday to demand protection after Sunday's
			// bombing": beside the sentence's own event, an attack named
			// only as a reference is background, unless the sentence gives
			// its toll ("after Sunday's clashes, in which 30 were killed")
			// or makes it an agent ("the block hit by Tuesday's strike")
			continue
		}
		if !lead && !sides && !subject && !s.nounUse(i) {
			continue
		}
		if hasMain && mainCoded && isViolent(main.code) && i < main.i && !lead {
			continue // "clashes between X and Y killed 12": the verb's attack
		}
		code := s.lx.nouns[s.up[i]]
		if i > 0 {
			if c, ok := s.lx.nouns[s.up[i-1]+" "+s.up[i]]; ok {
				code = c // "a general strike": a walkout, not an attack
			}
		}
		if code == "" {
			code = "180"
		}
		rule := "attack-noun:" + s.up[i]
		if sides {
			rule += "+sides"
		}
		if follow && !sides {
			rule += "+toll"
		}
		out = append(out, trigger{i: i, j: i + 1, code: code, rule: rule, noun: true, vg: i, objectNounAt: -1})
	}
	return out
}

// runningTotal reports whether the sentence tells a toll summed since a
// time ("have been killed … since May 2023", "has launched 500 drones …
// since the start of the year"): a perfect violent or casualty verb and
// "since" before a date or a start.
func (s *sentence) runningTotal() bool {
	perfect, since := false, false
	for k := 0; k+1 < len(s.up); k++ {
		if s.up[k] != "HAVE" && s.up[k] != "HAS" {
			continue
		}
		v := k + 1
		if s.up[v] == "BEEN" && v+1 < len(s.up) {
			v++
		}
		if f, ok := s.c.dict.match(s.up, v); ok && isViolent(f.code) || casualtyVerbs[s.up[v]] || s.up[v] == "LAUNCHED" || s.up[v] == "FIRED" {
			perfect = true // (the toll's own verb: not "a ceasefire that has held since November")
		}
	}
	for k := 0; k+1 < len(s.up); k++ {
		if s.up[k] == "SINCE" && k+1 < len(s.up) && (when.IsMonth(s.up[k+1]) || s.toks[k+1].Kind == chronicle.Number || s.up[k+1] == "THE") {
			since = true
		}
	}
	return perfect && since
}

// killersOfNoun reads the attacker of an attack noun that a killing verb's
// "in" or "during" phrase names ("Jihadist fighters killed at least 21
// soldiers in an attack on an army base"): the verb's active subject,
// coded, or armed men no dictionary names of the country where it
// happened.
func (s *sentence) killersOfNoun(k int) (*chronicle.Actor, string) {
	tr := s.tree()
	if tr == nil || k >= tr.Len() {
		return nil, ""
	}
	if cs := tr.Case(k); cs < 0 || s.up[cs] != "IN" && s.up[cs] != "DURING" {
		return nil, ""
	}
	h := tr.Head[k]
	if h >= 0 && syntax.Base(tr.Rel[h]) == "obj" {
		h = tr.Head[h] // (the parser may hang the phrase on the victims: "killed 21 soldiers in an attack")
	}
	if h < 0 || tr.UPOS[h] != "VERB" {
		return nil, ""
	}
	if f, ok := s.matchAt(h); !ok || !isViolent(f.code) {
		return nil, ""
	}
	c := tr.ClauseOf(h)
	if c.Subj < 0 || c.Passive || c.Subj > h {
		return nil, ""
	}
	if a, txt, _ := s.phrase(tr, c.Subj); a != nil {
		return a, txt
	}
	if s.attackerHead(tr, c.Subj) {
		if cc := s.placeCountry(tr, c); cc != "" {
			ph := tr.NounPhrase(c.Subj)
			txt := s.text(ph.First, c.Subj+1)
			return &chronicle.Actor{Name: txt, Code: cc + "UAF"}, txt
		}
	}
	return nil, ""
}

// rootSubject reports whether the tree makes word i the subject of the
// sentence's main verb.
func (s *sentence) rootSubject(i int) bool {
	tr := s.tree()
	if tr == nil || i >= tr.Len() || tr.UPOS[i] != "NOUN" || syntax.Base(tr.Rel[i]) != "nsubj" {
		return false
	}
	h := tr.Head[i]
	return h >= 0 && tr.Head[h] < 0 && tr.UPOS[h] == "VERB"
}

// agentPhrase reports whether the noun at i heads a "by" phrase ("hit by
// Tuesday's Russian air strike").
func (s *sentence) agentPhrase(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if s.up[k] == "BY" {
			return true
		}
		if s.isPunct(k) || s.verbLike(k) {
			return false
		}
	}
	return false
}

func isViolent(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20") ||
		strings.HasPrefix(code, "1712") // (destroying property, "set fire to 30 houses": PLOVER's ASSAULT)
}

// event builds the chronicle.Event of a trigger, with its actors, type,
// location and date; ok is false when no actor is found.
func (s *sentence) event(t trigger) (chronicle.Event, bool) {
	var src, tgt *chronicle.Actor
	var srcText, tgtText string
	holder := false // the target is who a place was taken from
	s.contextSource = false
	if s.silentOnAttack(t) {
		return chronicle.Event{}, false
	}
	if t.block == "DIE" && !t.noun && (s.victimsDied(t.i) || !s.violentCause(t.i)) {
		// "six people died when a missile hit …": the toll of the attack
		// the sentence reports (read on its clause), not an act of the
		// dead; and a death no violence caused ("died of a heart attack",
		// "died in an avalanche") is no event
		return chronicle.Event{}, false
	}
	var ante *chronicle.Event // the attack reported before that this one takes up
	if t.noun {
		src, tgt, srcText, tgtText = s.nounActors(t)
		if src == nil && isViolent(t.code) {
			src, srcText = s.killersOfNoun(t.i)
		}
		if a := s.takenUp(t.i); src == nil && isViolent(t.code) && a != nil && s.definiteNoun(t.i) {
			// "eight civilians were killed in the strikes": the strikes
			// the story reported, by their attacker
			ante, src = a, a.Source
			if tgt == nil {
				tgt = a.Target
			}
			t.rule += "+antecedent"
		}
		if strings.HasPrefix(t.code, "14") && src != nil && len(src.Code) >= 3 && (len(src.Code) == 3 || strings.HasSuffix(src.Code, "GOV")) {
			// "a general strike … paralysed Buenos Aires": people protest,
			// the country's people where the sentence puts them
			src = s.group(src.Code[:3] + "CVL")
		}
	} else {
		subj, subjText := s.subject(t)
		obj, objText := s.object(t)
		if subj == nil && !t.passive {
			subj, subjText = s.sectorSubject(t) // "Riot police used water cannon … in the Georgian capital"
		}
		if subj == nil && !t.passive && claimVerbs[s.up[t.i]] && t.objectNounAt > t.i {
			// "the al Qaeda-affiliated JNIM group claimed responsibility
			// for the assault": a group no dictionary codes
			subj, subjText = s.armedSubjectActor(t)
		}
		if subj == nil && !t.passive && isViolent(t.code) && s.armedSubject(t) {
			// "Gang members stormed the town": armed men no dictionary
			// names, which the clause coder reads from the tree
			return chronicle.Event{}, false
		}
		if !t.passive {
			if o, txt := s.sectorObject(t); o != nil {
				obj, objText = o, txt // "released 12 soldiers …, handing them over to a UN mission"
			}
		}
		if !t.passive && (isViolent(t.code) || strings.HasPrefix(t.code, "17")) && s.objectWord(t.j, 3, protestNouns) >= 0 {
			// "police broke up a march against the UN mission": the
			// marchers are the target, not what they marched against
			// (the people of the place, read below)
			obj, objText = nil, ""
		}
		if t.passive {
			src, tgt, tgtText = s.byAgent(t), subj, subjText
		} else {
			src, tgt, srcText, tgtText = subj, obj, subjText, objText
			if (isViolent(t.code) || strings.HasPrefix(t.code, "17")) && (tgt == nil || tgt.Code == "" || len(tgt.Code) == 3 || strings.HasSuffix(tgt.Code, "CVL") || strings.HasSuffix(tgt.Code, "GOV")) {
				// "launched an operation against gangs in Cite Soleil":
				// armed men no dictionary names are the armed men of the
				// country where it happened, never its civilians (nor
				// a name no dictionary codes: "Baloch separatists")
				if a, ok := s.armedTarget(t, tgt, homeForce(src)); ok {
					tgt, tgtText = a, ""
					t.rule += "+armed-target"
					t.armedTarget = true
				}
			}
			switch t.code {
			case "192":
				// "recaptured the town of Adale from al-Shabaab":
				// territory is taken from its holder (and "Kenyan and
				// Somali troops" who took it are no pair of sides)
				if c, ok := s.prepActorAfter(t, "FROM"); ok {
					tgt, tgtText = c.actor, s.text(c.i, c.j)
					holder = true
				}
			case "070", "071", "072", "073", "074":
				// "sent tanks to Ukraine", "aid for Sudan", "police officers
				// to Haiti": the goods and forces are no actor, the
				// receiver is
				if c, ok := s.prepActorAfter(t, "TO"); ok {
					tgt, tgtText = c.actor, s.text(c.i, c.j)
				} else if c, ok := s.prepActorAfter(t, "FOR"); ok {
					tgt, tgtText = c.actor, s.text(c.i, c.j)
				}
			}
		}
		if t.block == "MUST" {
			// "said Serbia must recognise Kosovo": the demand is made of
			// the one who must act
			for k := t.i - 1; k > t.vg; k-- {
				// the actor right before "must", not the one told
				// ("told the BBC the advice should …")
				c, ok := s.firstCoded(k, t.i)
				end := c.j
				if ok && end < t.i && (s.up[end] == "'S" || s.up[end] == "’S") {
					end++
				}
				if ok && end+1 == t.i && end > 0 && (strings.HasSuffix(s.up[end-1], "'S") || strings.HasSuffix(s.up[end-1], "’S")) {
					end = t.i // "Sudan's army must": the possessor's
				}
				if ok && end == t.i {
					if src == nil || c.actor.Code != src.Code {
						tgt, tgtText = c.actor, s.text(c.i, c.j)
					}
					break
				}
			}
		}
		if tgt == nil && !s.lx.reporting[s.up[t.i]] && t.objectNounAt > t.i+1 {
			// "suspended Niger's membership": the possessor of the noun
			if c, ok := s.firstCoded(t.i+1, t.objectNounAt); ok && (src == nil || c.actor.Code != src.Code) {
				tgt, tgtText = c.actor, s.text(c.i, c.j)
			}
		}
		if s.lx.reporting[s.up[t.i]] && t.objectNounAt > t.i && s.up[t.objectNounAt] == "PERSONA" {
			// "declared two Estonian diplomats persona non grata": whom
			// the subject expels
			if c, ok := s.firstCoded(t.i+1, t.objectNounAt); ok {
				tgt, tgtText = c.actor, s.text(c.i, c.j)
			}
		} else if s.lx.reporting[s.up[t.i]] && t.objectNounAt > t.i {
			// "Ukraine says Russian drone attack killed two": the
			// attacker the noun names, not the one who reports it
			if c, ok := s.firstCoded(t.i+1, t.objectNounAt); ok {
				src, srcText = c.actor, s.text(c.i, c.j)
			}
		}
	}
	if !t.noun && !t.passive && strings.HasPrefix(t.code, "11") {
		if a, txt, ok := s.against(t); ok {
			tgt, tgtText = a, txt // "lodged a complaint with the UN against Thailand"
		}
	}
	if !t.noun && !t.passive && isViolent(t.code) {
		if a, txt, ok := s.attackAgent(t, src); ok {
			tgt, tgtText = a, txt // "fought off an attack by jihadists": the attackers
		}
	}
	if !t.noun && !t.passive && isViolent(t.code) {
		// "the war between the army and the RSF has killed …", "fighting
		// between Armenia and Azerbaijan killed …": the two sides, not the
		// first one named. Read on the words: the tree often takes
		// "Fighting" for the verb.
		if a, b, txt, ok := s.betweenBefore(t.vg); ok {
			src, tgt, tgtText = a, b, txt
		} else {
			// "since war broke out between the army and the RSF", "broke
			// out on Monday between …": the two sides after the verb
			for k := t.j; k < len(s.up) && k < t.j+5 && !s.isComma(k); k++ {
				if s.up[k] == "BETWEEN" {
					if a, b, txt, ok := s.betweenBefore(min(len(s.up), k+14)); ok {
						src, tgt, tgtText = a, b, txt
					}
					break
				}
			}
		}
	}
	uncoded, force := false, false
	if src == nil && !t.noun && !t.passive {
		if tr := s.tree(); tr != nil {
			if sj := tr.ClauseOf(t.i).Subj; sj >= 0 && sj < t.i {
				if a := s.namedSource(tr, tr.NounPhrase(sj)); a != nil {
					src, srcText, uncoded = a, a.Name, true
					t.rule += "+uncoded-source"
				} else if a := s.forceInPlace(tr, t, sj); a != nil {
					src, srcText, uncoded, force = a, a.Name, true, true
					t.rule += "+uncoded-force"
				}
			}
		}
	}
	if t.block == "RANSACK" && armedSide(src) {
		t.code, t.rule = "1712", t.rule+"+armed-looting" // "armed men looted two warehouses": no riot, an attack on property
	}
	typ, mode, ctx := s.plover(&t, src)
	if typ == "" || uncoded && !uncodedTypes[typ] && !(violentType(typ) && s.peopleSubject(t.i)) && !(force && (typ == "COERCE" || violentType(typ))) {
		return chronicle.Event{}, false
	}
	if tr := s.tree(); tr != nil && !t.noun && !t.passive && len(t.code) >= 2 && s.lx.cooperative[t.code[:2]] {
		if sj := tr.SubjectOf(t.i); sj >= 0 && s.lx.violentNoun[s.up[sj]] {
			// "fighting between Israel and Hezbollah intensified": the
			// verb says how the attack went, not an act of cooperation
			return chronicle.Event{}, false
		}
	}
	// ("Ethiopia and Eritrea traded accusations": what two sides trade,
	// each does to the other)
	mutual := mutualVerbs[s.up[t.vg]] || mutualVerbs[s.up[t.i]]
	if (reciprocal[typ] || typ == "ASSAULT" || mutual) && !t.noun && !t.passive && !holder && !s.between(t.j) && !mediation(t.code) &&
		!(t.j+1 < len(s.up) && s.up[t.j] == "TO" && strings.HasPrefix(s.up[t.j+1], "MEDIAT")) {
		// (not "Qatar and Egypt brokered a deal between Israel and
		// Hamas": mediators are no pair of sides)
		// "Israel and Hamas agreed to extend the truce", "Armenia and
		// Azerbaijan held talks in Washington": one side each
		// (not a joint subject of an attack with its own object: "Haitian
		// police and Kenyan officers killed several gang members")
		joint := violentType(typ) && !mutual && s.verbObject(t.i)
		if a, b, txt, ok := s.pairBefore(t.vg); ok && !joint && (typ != "ASSAULT" || stateSide(a) && stateSide(b) || armedSide(a) && armedSide(b) && !s.verbObject(t.i)) {
			src, tgt, tgtText = a, b, txt
			t.rule += "+pair"
			if typ == "ASSAULT" {
				// "Thailand and Cambodia clashed", "federal forces and
				// Fano militiamen fought": two armed sides
				typ = "FIGHT"
			}
		} else if a, b, ok := s.theirPair(t); ok && typ != "ASSAULT" {
			// "Armenia and Azerbaijan have fought two wars. Their foreign
			// ministers met in Washington": the pair the sentence before
			// named as its subject
			src, tgt, tgtText = a, b, b.Name
			t.rule += "+their-pair"
		}
	}
	if violentType(typ) && !s.violenceEvidence(src, tgt, figurative[s.up[t.i]]) {
		// "Arsenal beat Chelsea", "rising costs hit profits": a violent
		// verb with no weapon, force, casualty or armed side in sight
		return chronicle.Event{}, false
	}
	if strings.HasPrefix(t.code, "175") && !s.has(repressionForce) {
		// "security forces broke up a sit-in": policing a protest with no
		// force named is coercion; with tear gas, batons or gunfire it is
		// violent repression (ASSAULT)
		typ, mode, ctx = "COERCE", "", ""
		t.rule += "+policy:no-force"
	}
	if typ == "CONSULT" && !t.noun && tgt == nil && meetVerbs[s.up[t.i]] && s.bodyMeets(t) {
		// "Israel's security cabinet met late into the night": a body
		// meeting on its own, no consultation between actors
		return chronicle.Event{}, false
	}
	if !t.noun && armedArrival(typ, t, src, tgt) {
		return chronicle.Event{}, false
	}
	if typ == "SUPPORT" && !t.noun && rallyVerbs[s.up[t.i]] && (protesters(srcText) || crowd(srcText)) {
		// "Thousands of people rallied in Niamey in support of the
		// coup": a crowd's rally is a demonstration, whatever it backs
		// (not support for the flags some waved)
		typ, mode, ctx, tgt = "PROTEST", "demo", "", nil
		t.rule += "+rally"
	}
	if typ == "CONSULT" && !t.noun && (protesters(srcText) || crowd(srcText)) {
		// "protesters gathered outside parliament": a gathering of
		// protesters is the protest, not a meeting
		typ, mode, ctx = "PROTEST", "demo", ""
		t.rule += "+protesters"
	}
	if typ == "PROTEST" && !t.noun && strings.HasPrefix(s.up[t.i], "PROTEST") && src != nil && src.Code != "" && !popular(src, srcText) &&
		!protesters(strings.Join(s.up, " ")) && !s.lx.pronoun[strings.ToUpper(srcText)] {
		// "Japan protested to China over …", "a rights group protested":
		// a formal complaint by a state or body is criticism, not a
		// demonstration
		typ, mode, ctx = "DISAPPROVE", "", ""
		t.rule += "+formal-protest"
	}
	if !t.noun && !t.passive && protestPurpose[typ] && popular(src, srcText) && s.purposeProtest(t.j) {
		// "blocked streets to demand reforms", "shunned work to protest
		// at settlements": people's action for a protest is the protest
		mode = "demo"
		if violentType(typ) {
			mode = "riot" // "students occupied the rector's office to protest"
		}
		typ, ctx = "PROTEST", ""
		t.rule += "+protest-purpose"
	}
	if typ == "MOBILIZE" && !t.noun && !t.passive && (protesters(srcText) || s.protestingPeople(srcText)) {
		// "Protesters marched through the Nigerien capital": a march of
		// protesters is their demonstration (CAMEO 141), not a
		// mobilisation
		typ, mode, ctx = "PROTEST", "", ""
		t.rule += "+protesters"
	}
	if typ == "COERCE" && !t.noun && !t.passive && protesters(srcText) {
		// "protesters blocked the main highway": obstruction (CAMEO 144)
		typ, mode, ctx = "PROTEST", "obstruct", ""
		t.rule += "+protesters"
	} else if typ == "COERCE" && !t.noun && !t.passive && popular(src, srcText) && blockVerbs[s.up[t.i]] && s.objectWord(t.j, 5, routeNouns) >= 0 {
		// "students blocked three bridges in Belgrade", "farmers blocked
		// the highway": people obstructing a route protest (CAMEO 144);
		// a state's police blocking a road coerce
		typ, mode, ctx = "PROTEST", "obstruct", ""
		t.rule += "+blockade"
	}
	if violentType(typ) && !t.noun && !t.passive && (protesters(srcText) || s.protestingPeople(srcText)) {
		// "protesters set fire to the parliament", "demonstrators
		// stormed the governor's office": a riot (CAMEO 145)
		typ, mode, ctx = "PROTEST", "riot", ""
		t.rule += "+protesters"
	} else if violentType(typ) && !t.noun && !t.passive && clashVerbs[s.up[t.i]] && src != nil && src.Code != "" && popular(src, srcText) &&
		tgt != nil && strings.HasSuffix(tgt.Code, "COP") {
		// "opposition supporters clashed with police in Maputo": people
		// fighting the police riot (CAMEO 145)
		typ, mode, ctx = "PROTEST", "riot", ""
		t.rule += "+clashed-with-police"
	}
	if violentType(typ) && t.noun && unrestNouns[s.up[t.i]] && t.j+1 < len(s.up) && s.up[t.j] == "WITH" {
		// "injured in clashes with Serb demonstrators": the protesters'
		// riot (CAMEO 145), by their country's people
		if k := s.objectWord(t.j+1, 4, protesterNouns); k > t.j {
			typ, mode, ctx, src, tgt = "PROTEST", "riot", "", nil, nil
			if c, ok := s.firstCoded(t.j+1, k+1); ok && len(c.actor.Code) >= 3 && actor.IsCountry(c.actor.Code[:3]) {
				src = s.group(c.actor.Code[:3] + "CVL")
			}
			t.rule += "+clashes-with-protesters"
		}
	}
	oneKilled := false
	if tgt == nil && t.noun && isViolent(t.code) {
		// "the toll from Thursday's explosion at a cafe in Mogadishu",
		// "Wednesday's assault on El Fasher": the people of the place hit
		tgt, tgtText = s.placeTarget(t)
	}
	if tgt == nil && t.passive && isViolent(t.code) {
		tgt = s.victim(t)
		// "General X was killed": one named victim is one death.
		oneKilled = tgt != nil && (s.up[t.i] == "KILLED" || s.up[t.i] == "ASSASSINATED")
		if tgt == nil && src != nil {
			// "20 people were killed in Russian strikes on Kharkiv": the
			// people of the place struck
			if o, txt := s.object(t); o != nil && (len(o.Code) < 3 || len(src.Code) < 3 || o.Code[:3] != src.Code[:3]) {
				tgt, tgtText = o, txt
			}
		}
		if tgt == nil && src != nil {
			// "nine people were killed when Russian drones hit grain
			// terminals in Odesa": the people of the place hit
			if p, txt := s.placeTarget(t); p != nil {
				tgt, tgtText = p, txt
			}
		}
		if tr := s.tree(); tgt != nil && len(tgt.Code) == 6 && strings.HasSuffix(tgt.Code, "CVL") && tr != nil && t.i < tr.Len() {
			// "a patrol came under attack from militants near Kidal": the
			// place's army, as the subject struck says
			if sj := tr.SubjectOf(t.i); sj >= 0 && sj < t.i {
				if sec := s.struckSector(sj); sec != "CVL" {
					tgt, tgtText = &chronicle.Actor{Name: s.text(tr.NounPhrase(sj).First, sj+1), Code: tgt.Code[:3] + sec}, ""
				}
			}
		}
	}
	if tgt == nil && (src != nil && !t.passive && !t.noun || src == nil && t.noun) && isViolent(t.code) {
		// "An Israeli drone strike on a car in Nabatieh killed two men":
		// no victim named, the people of the place hit; so too for an
		// attack a later report refers to by its place ("after Sunday's
		// clashes in the city")
		if loc := s.location(t); loc != "" && !s.offshorePlace(loc) {
			if a, ok := s.c.res.Code(loc, s.doc.Published); ok && len(a.Code) >= 3 && isAlpha(a.Code[:3]) {
				if src == nil || len(src.Code) < 3 || a.Code[:3] != src.Code[:3] {
					tgt, tgtText = &chronicle.Actor{Name: a.Name, Code: a.Code[:3] + "CVL"}, loc
				}
			} else {
				tgt, tgtText = s.unknownPlace(loc), "" // a place the dictionaries lack: its people
			}
		}
	}
	if src == nil && t.passive && !t.noun && (strings.HasPrefix(t.code, "173") || executionVerbs[s.up[t.i]]) {
		// "eleven reporters were taken into custody in Istanbul": the
		// state of the place arrests (where it happened, else the first
		// place the sentence names: not "a missionary from Calgary was
		// arrested in Lebanon")
		cc := s.countryOf(s.location(t))
		if cc == "" {
			cc = s.firstPlaceCountry()
		}
		if cc != "" {
			src = s.group(cc + "GOV")
			t.rule += "+source-from-place"
		}
	}
	if src == nil && (tgt == nil || !(isViolent(t.code) || violentType(typ)) || !(t.passive || t.noun || s.peopleSubject(t.i))) {
		// who acted is unknown; only a passive, an attack noun or people
		// no dictionary codes may leave the attacker unnamed ("General X
		// was killed in an explosion", "armed settlers set fire to homes
		// in a village near Ramallah")
		return chronicle.Event{}, false
	}
	if src != nil && !t.noun && !t.passive && len(src.Code) <= 6 && actor.IsCountry(src.Code) && !strings.HasSuffix(src.Code, "COP") {
		for k := max(0, t.vg-3); k < t.vg; k++ {
			if s.up[k] == "POLICE" || s.up[k] == "POLICEMEN" {
				// "Ecuador's police raided …": the country's police
				cc := src.Code[:3]
				src, srcText = s.group(cc+"COP"), ""
				break
			}
		}
	}
	if executionVerbs[s.up[t.i]] && !t.noun {
		// "Iran hanged two men": the state puts its own people to death
		src, tgt = s.executioner(src, tgt)
	} else if isViolent(t.code) || typ == "ASSAULT" || typ == "FIGHT" {
		src = s.military(src, srcText)
	}
	// "clashes between the army and M23": two sides fighting each other,
	// as named
	sides := t.noun && strings.HasSuffix(t.rule, "+sides")
	if sides && violentType(typ) {
		typ, mode, ctx = "FIGHT", "", ""
	}
	if tgt != nil && (typ == "ASSAULT" || typ == "FIGHT" || typ == "COERCE") && !sides {
		tgt = s.civilians(tgt, tgtText)
	}
	if tgt != nil && violentType(typ) && !t.passive && !sides && militaryOwner(tgt) && (s.militaryTarget(t.j) || s.weaponsStruck(t.j, tgt.Code[:3])) {
		// "struck a Russian airbase", "shot down 40 of the 55 drones
		// Russia launched": the country's military; "shelled rebel
		// positions near Goma": the rebels of the place
		sec := "MIL"
		if s.rebelTarget(t.j) {
			sec = "REB"
		}
		tgt = s.group(tgt.Code[:3] + sec)
	}
	if typ == "FIGHT" && src != nil && (strings.HasSuffix(src.Code, "COP") || strings.HasSuffix(src.Code, "MIL") && s.firedOnProtesters(t)) && (s.has(protesterNouns) || s.has(protestWords)) {
		// "police fired on demonstrators": violent policing of a protest
		// is repression (ASSAULT), whichever verb an outlet chose
		typ, t.rule = "ASSAULT", t.rule+"+policy:repression"
	}
	if typ == "ASSAULT" && src == nil && t.passive && tgt != nil && strings.HasSuffix(tgt.Code, "MIL") && s.has(fireWords) && !s.has(bombWords) {
		// "six of its soldiers were wounded when they came under fire":
		// an army fired on by someone unnamed is fighting, not one-sided
		// violence against civilians
		typ, t.rule = "FIGHT", t.rule+"+policy:army-under-fire"
	}
	if typ == "ASSAULT" && strings.HasPrefix(t.code, "19") && armedSide(src) && armedSide(tgt) && !s.has(bombWords) {
		// "the army said it killed 12 militants": armed sides fighting,
		// not one-sided violence against civilians (a bombing stays
		// ASSAULT whoever it hit)
		typ, t.rule = "FIGHT", t.rule+"+policy:armed-sides"
	}
	if tgt != nil && src != nil && !violentType(typ) && tgt.Code != "" && tgt.Code == src.Code {
		// (nor do "Iranian and European diplomats" meet themselves when
		// only one of the pair is coded)
		// "Russia criticised the deal as an attempt to push Moscow out":
		// one does not criticise, demand of or concede to oneself
		tgt = nil
	}
	if tgt == nil && !t.passive && !t.noun && (typ == "COERCE" && strings.HasPrefix(t.code, "17") || typ == "ASSAULT" && src != nil && strings.HasSuffix(src.Code, "COP")) {
		tgt = s.detainedAtHome(t, src)
	}
	if tgt == nil && (isViolent(t.code) || strings.HasPrefix(t.code, "17")) && !t.passive && !t.noun {
		// "fired tear gas and rubber bullets at thousands of students":
		// the people struck, of the forces' own country
		if cc := stateOf(src); cc != "" {
			for k := t.j; k < s.objectEnd(t.j) && k < t.j+10; k++ {
				if sec := peopleNouns[s.up[k]]; sec != "" && (k == t.j || s.up[k-1] == "OF" || s.lx.targetPrep[s.up[k-1]] || s.toks[k-1].Kind == chronicle.Number || s.lx.determiner[s.up[k-1]]) {
					tgt, tgtText = &chronicle.Actor{Name: s.text(k, k+1), Code: cc + sec}, ""
					break
				}
			}
		}
	}
	if tgt == nil && isViolent(t.code) && !t.passive && !t.noun {
		// "Security forces killed all five attackers": the armed men of
		// the attack the story told
		if la := s.attackersTakenUp(t, src); la != nil {
			tgt, tgtText = la.Source, ""
			t.rule += "+against-attackers"
			if ante == nil {
				ante = la // (its place and day, where the sentence names none)
			}
		}
	}
	ownTroops := strings.HasPrefix(t.code, "087") && tgt != nil && (ownForces(tgtText) || src != nil && sameCountry(src, tgt) && strings.HasSuffix(tgt.Code, "MIL") && stateSide(src))
	if typ == "MOBILIZE" && tgt != nil && (src != nil && len(src.Code) >= 3 && len(tgt.Code) >= 3 && src.Code[:3] == tgt.Code[:3] || ownForces(tgtText)) || ownTroops {
		// "Burundi sent troops to the border", "Rwanda will withdraw its
		// troops from Congolese territory": its own forces are no target
		tgt = nil
		if strings.HasPrefix(t.code, "087") {
			if c, ok := s.prepActorAfter(t, "FROM"); ok && (src == nil || !sameCountry(c.actor, src)) {
				tgt = c.actor // whom the territory is left to
			}
		}
	}
	e := chronicle.Event{Type: typ, Mode: mode, Context: ctx, Source: src, Target: tgt,
		Trigger: s.spanOf(t.vg, t.j), Sentence: s.span, Modality: t.modality, Negated: t.negated}
	s.targetCondemned(&e, &t)
	if typ == "REJECT" && t.negated && !t.denied && s.lx.cooperative[t.code[:2]] {
		e.Negated, e.Modality = false, "" // the refusal is what happened
	}
	e.Location = s.location(t)
	if t.noun && ante != nil {
		// "the health ministry in Port Sudan put the toll from the
		// shelling at 31": the attack taken up happened where it did,
		// unless its own phrase names a place
		e.Location = ante.Location
		if tr := s.tree(); tr != nil && t.i < tr.Len() {
			if pl := s.placeInPhrase(tr.NounPhrase(t.i)); pl != "" {
				e.Location = pl
			}
		}
	}
	if tr := s.tree(); src == nil && !t.noun && violentType(typ) && tr != nil && t.i < tr.Len() {
		// "At least 12 soldiers were killed during the assault": the
		// attack reported before (see antecedent)
		sph := syntax.Phrase{Head: -1}
		if sj := tr.SubjectOf(t.i); sj >= 0 {
			sph = tr.NounPhrase(sj)
		}
		var full bool
		if ante, full = s.takeUp(tr, tr.ClauseOf(t.i), sph, &t, e.Location); full {
			e.Source = ante.Source
			if e.Target == nil {
				e.Target = ante.Target
			}
		}
		if ante != nil && e.Location == "" {
			e.Location = ante.Location
		}
	} else if tr := s.tree(); src != nil && t.passive && !t.noun && violentType(typ) && tr != nil && t.i < tr.Len() && e.Location == "" {
		// "26 civilians were killed in the Indian strikes": the strikes
		// the story reported by that attacker, at their place and on
		// their day
		if a := s.inAttackBy(tr, t.i, src); a != nil {
			ante = a
			e.Location = a.Location
			t.rule += "+antecedent"
		}
	}
	if (isViolent(t.code) || violentType(typ)) && !t.passive && !t.noun {
		// "the M23 captured Walikale, a tin-mining hub in North Kivu
		// province": the place taken or struck, in the place its
		// apposition names
		if name, end := s.objectPlace(t.j); name != "" {
			e.Location = s.struckIn(name, end, "")
		}
	}
	if e.Location != "" && s.isCountry(e.Location) && (isViolent(t.code) || violentType(typ) || typ == "COERCE") {
		// "Police in Bangladesh fired tear gas at students who blocked
		// roads in central Dhaka": the one narrower place the sentence
		// names is where it happened, not the country
		if pl := s.onlyPlace(); pl != "" && !s.isCountry(pl) && s.countryOf(pl) == s.countryOf(e.Location) {
			e.Location = pl
		}
	}
	if e.Location == "" && (isViolent(t.code) || violentType(typ)) && !t.passive && !t.noun && s.relativePlaceOnly() {
		// "fired water cannon at farmers who set fires near the European
		// Parliament in Brussels": the scene's one place, told in the
		// relative clause on who was struck
		e.Location = s.onlyPlace()
	}
	if e.Location == "" && (isViolent(t.code) || violentType(typ)) && !t.passive && !t.noun {
		// "shelled Kramatorsk": a place struck is where it happened
		k := t.j
		if k < len(s.up) && s.lx.determiner[s.up[k]] {
			k++
		}
		for _, pl := range s.places() {
			if pl.at == k && !s.isCountry(pl.name) {
				e.Location = pl.name
			}
		}
		if e.Location == "" && tgt != nil && strings.HasSuffix(tgt.Code, "CVL") && tgt.Name != "" && k < len(s.up) &&
			s.capitalized(k) && strings.HasPrefix(s.doc.Text[s.toks[k].ByteStart:], tgt.Name) && !s.isCountry(tgt.Name) {
			// "attacked Mirebalais": the object the actor layer made the
			// people of a place is that place, whatever the name tagger
			// took it for
			e.Location = tgt.Name
		}
	}
	home, taken := s.home, ante != nil && e.Location != "" && e.Location == ante.Location
	if taken {
		home = s.countryOf(e.Location) // "26 civilians were killed in the Indian strikes": where the strikes hit
	}
	if cc := stateOf(e.Source); home == "" && cc != "" && (e.Location == "" && homeForce(e.Source) != "" || e.Location != "" && s.countryOf(e.Location) == cc) {
		// "Security forces in Bangladesh opened fire on protesters",
		// "Kenyan police arrested dozens of students": a state's forces
		// at home act on its own people (an army may be abroad unless
		// the place is its country's)
		home, taken = cc, true
	}
	if e.Target == nil && (e.Location == "" || taken) && home != "" && !t.noun && (isViolent(t.code) || violentType(typ) || typ == "COERCE") {
		// "Kenyan police fired tear gas at thousands of protesters" in a
		// story datelined in Kenya: the people of the country it is told from
		if tr := s.tree(); tr != nil && t.i < tr.Len() {
			sph := syntax.Phrase{Head: -1}
			if sj := tr.SubjectOf(t.i); sj >= 0 {
				sph = tr.NounPhrase(sj)
			}
			if a := s.homePeople(tr, tr.ClauseOf(t.i), t, sph, home); a != nil {
				e.Target = a
				t.rule += "+home-people"
			}
		}
	}
	if strings.HasSuffix(t.rule, "+hosted-leaders") && e.Type == "CONSULT" {
		if a, b := s.hostedPair(t.j); a != nil && b != nil {
			e.Source, e.Target = a, b
		}
	}
	if (strings.HasSuffix(t.rule, "+hosted-talks") || strings.HasSuffix(t.rule, "+mediated")) && e.Type == "CONSULT" { // (not "willing to host": the host's intent)
		if a, b, _, ok := s.betweenBefore(min(len(s.up), t.j+14)); ok {
			// the sides of hosted talks are the pair, the host their place
			// when it is one and no other is named ("The Saudi capital
			// hosted talks between …", not "Egypt hosted talks in Doha")
			e.Source, e.Target = a, b
			if pl := s.placeSubject(t); pl != "" && (e.Location == "" || !s.venueBeforeBetween(t) && !s.isCountry(pl)) {
				e.Location = pl
			}
		}
	}
	if oneKilled {
		one := 1
		e.Fatalities = &one
	}
	if s.bareGeneric(t, e.Target) {
		return chronicle.Event{}, false
	}
	conf := 0.5
	if strings.Contains(t.rule, "+pattern") {
		conf += 0.1
	}
	if src != nil {
		conf += 0.15
	}
	if tgt != nil {
		conf += 0.1
	}
	if t.noun {
		conf -= 0.1
	}
	e.Confidence = float64(int(conf*100+0.5)) / 100
	e.Coder = t.rule + ":" + t.code
	if t.passive {
		e.Coder += "+passive"
	}
	if s.contextSource && !t.passive {
		e.Coder += "+source-from-context"
		e.Confidence = float64(int((e.Confidence-0.2)*100+0.5)) / 100
	}
	s.date(&e, t)
	if ante != nil && e.Date.IsZero() {
		e.Date, e.DateSpan = ante.Date, ante.DateSpan
	}
	return e, true
}

// plover turns the trigger's CAMEO code into a PLOVER type, with negation and
// modality applied (see the package comment).
func (s *sentence) plover(t *trigger, src *chronicle.Actor) (typ, mode, ctx string) {
	if t.block == "RETREAT" && t.code == "080" && armedSide(src) {
		// "the militia had withdrawn to the hills": an armed side's
		// withdrawal is a military retreat (CAMEO 0874), not a concession
		t.code, t.rule = "0874", t.rule+"+armed-withdrawal"
	}
	if strings.HasPrefix(t.code, "144") && !t.noun && (stateSide(src) || src != nil && strings.HasSuffix(src.Code, "COP")) {
		// "police blocked the road to the palace": a state's forces
		// obstructing a route restrict movement (CAMEO 172), no protest
		t.code, t.rule = "172", t.rule+"+state-obstruction"
	}
	typ, mode, ctx, ok := s.c.dict.Plover(t.code)
	if !ok {
		return "", "", ""
	}
	root := t.code[:2]
	// "Israeli strike kills 9 in Khan Younis", "Russian shelling killed
	// four civilians": a killing the subject says was done by a strike or
	// shelling is that conventional force, whoever it hit
	byForce := !t.noun && strings.HasPrefix(s.subjectAttackCode(*t), "19") && !s.assaultCue(*t)
	switch root {
	case "09":
		typ = "INVESTIGATE"
	case "10":
		typ = "DEMAND"
	case "11":
		if strings.HasPrefix(t.code, "112") && s.blame(*t) {
			typ = "ACCUSE"
		} else {
			typ = "DISAPPROVE"
		}
	case "18", "20":
		typ = "ASSAULT"
		if t.code == "180" && s.fightCue(*t, src) && s.has(warWeapons) {
			// "a missile and drone attack by Russian forces": an attack
			// with military means is FIGHT; other attacks, bombings and
			// killings stay ASSAULT
			typ = "FIGHT"
		}
		if byForce {
			typ = "FIGHT"
			t.rule += "+by-strike"
		}
	case "19":
		typ = "ASSAULT"
		if byForce || t.armedTarget || s.fightCue(*t, src) || strings.Contains(t.rule, "+escalated") || (t.code == "192" || t.code == "194" || t.code == "195") && !s.assaultCue(*t) ||
			t.noun && twoSidedNouns[s.up[t.i]] || s.twoSidedSubject(*t) {
			// (battles, duels and gunfights have two armed sides: "gun
			// battles killed 12")
			// (force against armed men is a fight between armed sides:
			// "an operation against gangs")
			// occupying territory, artillery and air power are
			// conventional military means whoever uses them, and so is
			// an operation or offensive stepped up
			typ = "FIGHT"
		}
	}
	if typ == "FIGHT" && !byForce && !(src != nil && len(src.Code) >= 6 && src.Code[3:6] == "MIL") && s.aimedAtCivilians(t) {
		// "opened fire on worshippers", "shot dead three villagers":
		// force aimed at civilians by any but an army is one-sided (an
		// army's aircraft killing civilians is still conventional force)
		typ = "ASSAULT"
		t.rule += "+civilian-victims"
	}
	switch {
	case (root == "16" || root == "17") && (s.economicCue() || strings.HasPrefix(s.up[t.i], "SANCTION")),
		root == "08" && s.sanctionsAfter(t.j):
		// sanctions, embargoes, asset freezes, bans on trade or visas
		typ, mode, ctx = "SANCTION", "restrict", "economic"
		t.rule += "+policy:sanction"
	case strings.HasPrefix(t.code, "057") && s.settlementCue():
		// a peace deal, ceasefire or declaration ending a dispute signed
		// by the parties is their agreement; a treaty of friendship or a
		// trade deal stays SUPPORT
		typ = "AGREE"
		t.rule += "+policy:settlement"
	}
	mode = strings.TrimSpace(mode)
	if mode == "disapprove" || mode == "investigate" {
		mode = "" // the type says it already (DISAPPROVE, INVESTIGATE)
	}
	if t.negated && !t.denied && s.lx.cooperative[root] {
		return "REJECT", "", ctx
	}
	if t.modality == "intent" {
		switch {
		case s.lx.cooperative[root]:
			typ, mode = "AGREE", ""
		case root == "13" || root == "14" || root == "15" || root == "17" || isViolent(t.code):
			typ = "THREATEN"
		}
	}
	return typ, mode, ctx
}

// against is the "against" phrase of verb t or of its object ("lodged a
// complaint with the UN against Thailand"): whom a complaint is about, where
// "with" names where it is lodged.
func (s *sentence) against(t trigger) (*chronicle.Actor, string, bool) {
	tr := s.tree()
	if tr == nil || t.i >= tr.Len() {
		return nil, "", false
	}
	look := func(k int) (*chronicle.Actor, string, bool) {
		if c := tr.Case(k); c >= 0 && s.up[c] == "AGAINST" {
			if a, txt, _ := s.phrase(tr, k); a != nil {
				return a, txt, true
			}
		}
		return nil, "", false
	}
	for _, k := range tr.Children(t.i) {
		if a, txt, ok := look(k); ok {
			return a, txt, true
		}
		if syntax.Base(tr.Rel[k]) == "obj" {
			// the parser may hang it on the "with" phrase before it
			for _, m := range tr.Children(k) {
				if a, txt, ok := look(m); ok {
					return a, txt, true
				}
				for _, g := range tr.Children(m) {
					if a, txt, ok := look(g); ok {
						return a, txt, true
					}
				}
			}
		}
	}
	return nil, "", false
}

// attackAgent is the "by" phrase of an attack noun that is the object of
// violent verb t ("repelled an assault by insurgents"): the side t fought.
// Armed men no dictionary names are taken to be of the source's country.
func (s *sentence) attackAgent(t trigger, src *chronicle.Actor) (*chronicle.Actor, string, bool) {
	tr := s.tree()
	if tr == nil || t.i >= tr.Len() {
		return nil, "", false
	}
	for _, k := range tr.Children(t.i) {
		// (the parser often reads the particle of "fought off an attack"
		// as a preposition)
		object := syntax.Base(tr.Rel[k]) == "obj" || syntax.Base(tr.Rel[k]) == "obl" && tr.Case(k) >= 0 && s.up[tr.Case(k)] == "OFF"
		if !object || !s.lx.violentNoun[s.up[k]] {
			continue
		}
		for _, m := range tr.Children(k) {
			if c := tr.Case(m); c < 0 || s.up[c] != "BY" {
				continue
			}
			if h := tr.NounPhrase(m).Head; h >= 0 && (weaponNouns[s.up[h]] || aerialWeapons[s.up[h]]) &&
				!attackerNouns[s.up[h]] && s.up[h] != "BOMBER" && s.up[h] != "BOMBERS" {
				return nil, "", true // "an attack by naval drones": the attackers unnamed, the place attacked no side
			}
			if a, txt, _ := s.phrase(tr, m); a != nil {
				return a, txt, true
			}
			if h := tr.NounPhrase(m).Head; attackerNouns[s.up[h]] && src != nil && len(src.Code) >= 3 && actor.IsCountry(src.Code[:3]) {
				return &chronicle.Actor{Name: s.text(h, h+1), Code: src.Code[:3] + "UAF"}, "", true
			}
		}
	}
	return nil, "", false
}

// workerSectors are the sectors of peopleNouns whose members strike.
var workerSectors = set("LAB", "HLH", "EDU")

// workers reports whether the subject of verb i names people at work:
// "doctors", "hundreds of nurses", "staff".
func (s *sentence) workers(i int) bool {
	tr := s.tree()
	if tr == nil {
		return false
	}
	h := tr.SubjectOf(i)
	if h >= 0 {
		h = s.countedHead(tr, h)
	}
	return h >= 0 && (workerSectors[peopleNouns[s.up[h]]] || s.up[h] == "STAFF" || s.up[h] == "EMPLOYEES")
}

// civilianVictims head the phrases of people who are not party to a fight
// (not "people", said of soldiers and civilians alike).
var civilianVictims = set("CIVILIANS", "CIVILIAN", "WORSHIPPERS", "VILLAGERS", "PASSENGERS", "SHOPPERS", "MOURNERS",
	"PILGRIMS", "CHILDREN", "SCHOOLCHILDREN", "PUPILS", "SCHOOLGIRLS", "SCHOOLBOYS", "STUDENTS", "PROTESTERS", "DEMONSTRATORS", "WOMEN", "RESIDENTS", "FARMERS",
	"JOURNALISTS", "PATIENTS", "REFUGEES", "WORSHIPERS", "GUESTS", "HERDERS", "MINERS", "BYSTANDERS", "MARCHERS", "CROWD", "CROWDS")

// aimedAtCivilians reports whether the act of trigger t is aimed at
// civilians in the tree: its object ("killed 30 villagers"), the "on"/"at"
// phrase of its object ("opened fire on worshippers") or its own ("fired at
// protesters").
func (s *sentence) aimedAtCivilians(t *trigger) bool {
	tr := s.tree()
	if tr == nil || t.i >= tr.Len() {
		return false
	}
	aimed := func(k int) bool {
		if cs := tr.Case(k); cs >= 0 && !s.lx.targetPrep[s.up[cs]] {
			return false
		}
		return civilianVictims[s.up[tr.NounPhrase(k).Head]]
	}
	for _, k := range tr.Children(t.i) {
		switch syntax.Base(tr.Rel[k]) {
		case "obj":
			if aimed(k) {
				return true
			}
			for _, m := range tr.Children(k) {
				if syntax.Base(tr.Rel[m]) == "nmod" && tr.Case(m) >= 0 && aimed(m) {
					return true
				}
			}
		case "obl":
			if tr.Case(k) >= 0 && aimed(k) {
				return true
			}
		}
	}
	return false
}

// waterNouns end the names of seas and waters, whose people no attack
// strikes.
var waterNouns = set("SEA", "OCEAN", "GULF", "STRAIT", "STRAITS", "CHANNEL", "BAY", "RIVER", "LAKE")

// waterName reports whether a place name names a sea or other water ("the
// Red Sea", "the Gulf of Aden", "the Strait of Hormuz").
func waterName(name string) bool {
	f := strings.Fields(strings.ToUpper(name))
	return len(f) > 0 && (waterNouns[f[len(f)-1]] || waterNouns[f[0]])
}

// placeTarget is the place an attack noun names after it ("on El Fasher",
// "in Mogadishu", "at a cafe in Mogadishu"), as its civilians when the
// dictionaries know its country, else by name.
func (s *sentence) placeTarget(t trigger) (*chronicle.Actor, string) {
	for _, e := range s.doc.Entities {
		if e.Type != "LOC" || !s.span.Contains(e.Span) {
			continue
		}
		i := s.tokenAt(e.ByteStart)
		if i <= t.i || i > t.j+8 {
			continue
		}
		p := s.up[i-1]
		if i >= 2 && s.lx.determiner[p] {
			p = s.up[i-2]
		}
		switch p {
		case "ON", "IN", "AT", "NEAR", "AGAINST":
		default:
			continue
		}
		name := s.doc.Text[e.ByteStart:e.ByteEnd]
		if waterName(name) {
			continue // "in the Red Sea", "in the Gulf of Aden": no one lives there
		}
		if a, ok := s.c.res.Code(name, s.doc.Published); ok && len(a.Code) >= 3 && isAlpha(a.Code[:3]) {
			return &chronicle.Actor{Name: name, Code: a.Code[:3] + "CVL"}, ""
		}
		return &chronicle.Actor{Name: name}, ""
	}
	// a place the entity layer missed: the capitalised words after "on"
	// or "in" right after the noun ("assault on El Fasher")
	for k := t.j; k < len(s.up) && k < t.j+2; k++ {
		if s.up[k] != "ON" && s.up[k] != "IN" && s.up[k] != "AGAINST" || k+1 < len(s.up) && weekdays[s.up[k+1]] {
			continue // (not "a missile strike on Thursday")
		}
		e := k + 1
		for e < len(s.up) && s.capitalized(e) && !s.isPunct(e) {
			e++
		}
		if e > k+1 {
			return &chronicle.Actor{Name: s.text(k+1, e)}, ""
		}
	}
	return nil, ""
}

// economicCue tells sanctions from other coercion: the sentence speaks of
// sanctions, embargoes, assets, trade or visas.
func (s *sentence) economicCue() bool { return s.has(s.lx.economic) }

// sanctionsAfter tells a package of sanctions approved or adopted: the word
// "sanctions" within a few words after the trigger ("approved a 21st
// package of sanctions").
func (s *sentence) sanctionsAfter(j int) bool {
	for k := j; k < len(s.up) && k < j+6; k++ {
		if s.up[k] == "SANCTIONS" || s.up[k] == "EMBARGO" {
			return true
		}
		if s.isPunct(k) {
			break
		}
	}
	return false
}

// settlementCue tells an agreement that settles a conflict: peace,
// ceasefire, truce, armistice, a declaration of principles.
func (s *sentence) settlementCue() bool {
	for _, w := range s.up {
		switch w {
		case "PEACE", "CEASEFIRE", "CEASE-FIRE", "TRUCE", "ARMISTICE", "DECLARATION":
			return true
		}
	}
	return false
}

// blame tells an attribution of blame ("blamed X for the attack", "placing
// the blame on") from an accusation of wrongdoing ("accused X of violating
// the ceasefire"): the first is ACCUSE, the second DISAPPROVE as in the
// PLOVER gold standard.
func (s *sentence) blame(t trigger) bool {
	for k := t.i; k < t.j; k++ {
		if strings.HasPrefix(s.up[k], "BLAM") || s.up[k] == "RESPONSIBLE" {
			return true
		}
	}
	return false
}

// fightCue tells conventional military force: a military source or a
// weapon or force word in the sentence.
func (s *sentence) fightCue(t trigger, src *chronicle.Actor) bool {
	if src != nil && len(src.Code) >= 6 && src.Code[3:6] == "MIL" {
		return true
	}
	if s.assaultCue(t) {
		return false
	}
	for i, w := range s.up {
		if !s.lx.fightCue[w] {
			continue
		}
		if w == "FIRE" && i > 0 && (s.up[i-1] == "ON" || arsonVerbs[s.up[i-1]] || s.up[i-1] == "CAUGHT") {
			continue // "setting homes on fire", "set fire to": arson, no weapon
		}
		return true
	}
	return false
}

// assaultCue reports whether the sentence has a word of one-sided
// violence. Armed men named after the trigger ("air strikes killed 20
// militants") are the ones struck: force between armed sides, no cue.
func (s *sentence) assaultCue(t trigger) bool {
	for k, w := range s.up {
		if s.lx.assaultCue[w] && !(k >= t.j && attackerNouns[w]) {
			return true
		}
	}
	return false
}

// armedSystems are the words that make systems weapons.
var armedSystems = set("DEFENCE", "DEFENSE", "MISSILE", "ROCKET", "ARTILLERY", "ANTI-AIRCRAFT", "ANTI-SHIP", "PATRIOT")

// armsWords are what military aid delivers, beside the weapon nouns.
var armsWords = map[string]bool{"ARMS": true, "WEAPONS": true, "AMMUNITION": true, "TANKS": true, "PATRIOT": true,
	"HELICOPTERS": true, "FIGHTER": true, "HIMARS": true, "HOWITZERS": true, "SHELLS": true, "AIR-DEFENCE": true,
	"AIR-DEFENSE": true, "INTERCEPTORS": true, "MUNITION": true}

// jointly reports whether the drills between verb v and noun k are held
// together with someone: "joint", "with", or a pair as the subject ("the US
// and the Philippines began …").
func (s *sentence) jointly(v, k int) bool {
	for i := v; i < len(s.up) && i <= k+4; i++ {
		if s.up[i] == "JOINT" || s.up[i] == "WITH" || s.up[i] == "COMBINED" {
			return true
		}
	}
	for i := max(0, v-8); i < v; i++ {
		if s.up[i] == "AND" {
			return true
		}
	}
	return false
}

// between reports whether "between" follows word j in its clause.
func (s *sentence) between(j int) bool {
	end := s.objectEnd(j)
	for k := j; k < end && !s.isComma(k); k++ {
		// (not past a comma: "held talks in Muscat, with Omani mediators
		// shuttling between the delegations" keeps its pair)
		if s.up[k] == "BETWEEN" && !s.route(k) {
			// (a pair the dictionaries code: not "after talks between
			// their military commanders")
			_, ok := s.firstCoded(k+1, min(end, k+8))
			return ok
		}
	}
	return false
}

// armedTarget is the armed men an "against" or "on" phrase after trigger t
// names by a noun no dictionary codes ("against gangs"), as the armed men
// of the country of people, the civilians the target was taken for, else
// of where the sentence puts them.
func (s *sentence) armedTarget(t trigger, people *chronicle.Actor, own string) (*chronicle.Actor, bool) {
	// the object itself ("killed seven separatist fighters"), past its
	// number and modifiers
	for k := t.j; k < len(s.up) && k < t.j+4 && !s.isPunct(k) && !s.lx.preposition[s.up[k]] && !t.passive && !t.noun; k++ {
		if armedWord(s.up[k]) && !(rebelModifiers[s.up[k]] && k+1 < len(s.up) && militaryTargets[s.up[k+1]]) { // ("rebel positions": see rebelTarget)
			return s.armedMenOf(t, people, own)
		}
		if s.capitalized(k) && s.codeAt(k, k+1) != nil {
			break // a coded name ("Hamas militants") names them (not "Kurdish rebels")
		}
	}
	for i := t.j; i+1 < len(s.up) && i < t.j+8; i++ {
		if s.isPunct(i) {
			return nil, false
		}
		if s.up[i] != "AGAINST" && s.up[i] != "ON" {
			continue
		}
		k := i + 1
		if s.lx.determiner[s.up[k]] {
			k++
		}
		if k < len(s.up) && attackerNouns[s.up[k]] {
			return s.armedMenOf(t, people, own)
		}
		return nil, false
	}
	return nil, false
}

// definiteNoun reports whether the noun at i is definite ("the strikes",
// "these attacks", "the Israeli strikes"): a determiner that takes up
// something named before, over lower-case modifiers.
func (s *sentence) definiteNoun(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if definiteDets[s.up[k]] {
			return true
		}
		if s.isPunct(k) || s.lx.preposition[s.up[k]] || s.lx.determiner[s.up[k]] || s.verbLike(k) {
			return false
		}
	}
	return false
}

// takenUpAttackers are the nouns that name the armed men of an attack told
// before when a determiner or a count takes them up ("the attackers",
// "all five gunmen").
var takenUpAttackers = set("ATTACKERS", "ATTACKER", "ASSAILANTS", "ASSAILANT", "GUNMEN", "GUNMAN", "RAIDERS", "KIDNAPPERS", "HOSTAGE-TAKERS")

// attackersTakenUp is the attack the story told before when the object of
// trigger t takes up its armed men and they are not the event's source
// src; nil otherwise.
func (s *sentence) attackersTakenUp(t trigger, src *chronicle.Actor) *chronicle.Event {
	k := s.objectWord(t.j, 4, takenUpAttackers)
	if k < 0 || k == t.j {
		return nil // (a bare "attackers" may be new ones)
	}
	la := s.takenUp(-1)
	if la == nil || la.Source == nil || la.Source.Code == "" || src != nil && sameActor(src, la.Source) {
		return nil
	}
	return la
}

// definiteDets take up something named before.
var definiteDets = set("THE", "THESE", "THOSE", "THIS", "THAT")

// resultWords are the states an act leaves people in ("without power",
// "homeless").
var resultWords = set("WITHOUT", "HOMELESS", "STRANDED", "DISPLACED", "HUNGRY")

// armedSubject reports whether the tree subject of trigger t names armed
// men no dictionary names ("gunmen", "gang members") whose country the
// clause coder can tell.
func (s *sentence) armedSubject(t trigger) bool {
	tr := s.tree()
	if tr == nil || t.i >= tr.Len() {
		return false
	}
	sj := tr.SubjectOf(t.i)
	return sj >= 0 && s.attackerHead(tr, sj) && s.placeCountry(tr, tr.ClauseOf(t.i)) != ""
}

// armedSubjectActor is armedSubject's actor (see armedMen), or nil.
func (s *sentence) armedSubjectActor(t trigger) (*chronicle.Actor, string) {
	tr := s.tree()
	if tr == nil || t.i >= tr.Len() {
		return nil, ""
	}
	sj := tr.SubjectOf(t.i)
	if sj < 0 || !s.attackerHead(tr, sj) {
		return nil, ""
	}
	first := tr.NounPhrase(sj).First
	for first < sj && syntax.IsDeterminer(s.up[first], syntax.DetArticle) {
		first++
	}
	txt := s.text(first, sj+1)
	if a := s.armedMen(tr, tr.ClauseOf(t.i), sj, txt); a != nil {
		return a, txt
	}
	return nil, ""
}

// armedMenOf is the armed men no dictionary names that trigger t struck,
// as the armed men (UAF) of the country of people, the civilians the
// target was taken for, else of where the sentence puts them.
func (s *sentence) armedMenOf(t trigger, people *chronicle.Actor, own string) (*chronicle.Actor, bool) {
	if people != nil && len(people.Code) >= 3 {
		cc := people.Code[:3] // (the civilians of the place: its armed men instead)
		return s.group(cc + "UAF"), true
	}
	if cc := s.countryOf(s.location(t)); cc != "" {
		return s.group(cc + "UAF"), true
	}
	if cc := s.firstPlaceCountry(); cc != "" {
		return s.group(cc + "UAF"), true
	}
	if own != "" {
		return s.group(own + "UAF"), true // "Indonesian police arrested five suspected militants"
	}
	return nil, false
}

// stateOf is the country of a state's army, police or government, or "".
func stateOf(a *chronicle.Actor) string {
	if a == nil || len(a.Code) < 6 || !actor.IsCountry(a.Code[:3]) {
		return ""
	}
	if sec := a.Code[3:6]; sec == "MIL" || sec == "COP" || sec == "GOV" {
		return a.Code[:3]
	}
	return ""
}

// homeForce is the country of a state's police or government acting (a
// force that acts at home), or "": an army may be abroad.
func homeForce(a *chronicle.Actor) string {
	if cc := stateOf(a); cc != "" && a.Code[3:6] != "MIL" {
		return cc
	}
	return ""
}

// prepActorAfter is the actor the preposition prep after trigger t's
// object names ("from al-Shabaab", "to Ukraine"), before the next
// punctuation (takenFrom reads "from" from the tree).
func (s *sentence) prepActorAfter(t trigger, prep string) (coded, bool) {
	for i := t.j; i < len(s.up) && i < t.j+12; i++ {
		switch {
		case s.up[i] == prep:
			return s.firstCoded(i+1, min(len(s.up), i+8))
		case s.toks[i].Kind == chronicle.Punct && s.up[i] != "-":
			return coded{}, false
		}
	}
	return coded{}, false
}

// placeObject reports whether the object starting at k is a place: a place
// the sentence names, or a name the actor dictionary puts in a country
// under another name than the country's (a town the name tagger took for
// a person).
func (s *sentence) placeObject(k int) bool {
	if k < len(s.up) && s.lx.determiner[s.up[k]] {
		k++
	}
	if k+1 < len(s.up) && settlementNouns[s.up[k]] && s.up[k+1] == "OF" {
		k += 2 // "the cities of Goma and Bukavu", "the town of Rubaya"
	}
	if k >= len(s.up) || !s.capitalized(k) {
		return false
	}
	for _, pl := range s.places() {
		if pl.at == k {
			// (a country, "the UK" too, is no place taken, nor a group
			// taken for a place)
			return !s.isCountry(pl.name) && strings.ToUpper(pl.name) != pl.name && !s.groupName(pl.name)
		}
	}
	if e, ok := s.nameEntity(k); ok && e.Actor != nil && len(e.Actor.Code) == 3 && isAlpha(e.Actor.Code) {
		name, country := strings.ToUpper(e.Text), strings.ToUpper(e.Actor.Name)
		return len(name) >= 4 && len(country) >= 4 && name[:4] != country[:4]
	}
	return false
}

// objectPlace is the name of the place the object at k is ("Walikale",
// "the town of Walikale") and the token after it, or "" when the object is
// no place or a country.
func (s *sentence) objectPlace(k int) (string, int) {
	if k < len(s.up) && s.lx.determiner[s.up[k]] {
		k++
	}
	if k+1 < len(s.up) && placeBackNouns[s.up[k]] && s.up[k+1] == "OF" {
		k += 2 // "the town of Walikale"
	}
	if !s.placeObject(k) {
		return "", k
	}
	for _, pl := range s.places() {
		if pl.at == k {
			return pl.name, pl.end + 1
		}
	}
	if e, ok := s.nameEntity(k); ok {
		return e.Text, s.tokenAt(e.ByteEnd-1) + 1
	}
	return "", k
}

// struckIn is the location of an attack on the place name, whose words end
// before token end: the place in the wider one its apposition names ("the
// M23 captured Walikale, a tin-mining hub in North Kivu province"), else in
// wider, the place the clause names, when that is not the place itself.
func (s *sentence) struckIn(name string, end int, wider string) string {
	switch c := s.appositionPlace(end); {
	case c != "" && c != name:
		return name + ", " + c
	case wider != "" && wider != name && !strings.Contains(wider, ","):
		return name + ", " + wider
	}
	return name
}

// appositionPlace is the place an apposition after word k puts it in
// (", a tin-mining hub in North Kivu province"), or "".
func (s *sentence) appositionPlace(k int) string {
	if k+1 >= len(s.up) || !s.isComma(k) || s.up[k+1] != "A" && s.up[k+1] != "AN" && s.up[k+1] != "THE" {
		return ""
	}
	for m := k + 2; m+1 < len(s.up) && m <= k+8 && !s.isPunct(m); m++ {
		if s.up[m] == "IN" {
			for _, pl := range s.places() {
				if pl.at == m+1 || pl.at == m+2 && s.lx.determiner[s.up[m+1]] {
					return pl.name
				}
			}
			return ""
		}
	}
	return ""
}

// route reports whether the "between" at k joins two places that are no
// countries ("flights between Sanaa and Marib"): a way, not two sides.
func (s *sentence) route(k int) bool {
	m := k + 1
	if m < len(s.up) && s.lx.determiner[s.up[m]] {
		m++
	}
	for _, pl := range s.places() {
		if pl.at == m {
			return !s.isCountry(pl.name)
		}
	}
	return false
}

// warWeapons are the weapon nouns that only armies use: not fire, bombs
// (car and roadside bombs are ASSAULT) or gunmen and attackers.
var warWeapons = func() map[string]bool {
	m := maps.Clone(weaponNouns)
	for _, w := range []string{"FIRE", "BOMB", "BOMBS", "BOMBER", "BOMBERS", "GUNMEN", "GUNMAN", "ATTACKERS", "ASSAILANTS", "EXPLOSION", "BLAST"} {
		delete(m, w)
	}
	return m
}()

// date sets the event's date from the date expression of the sentence
// nearest its trigger.
func (s *sentence) date(e *chronicle.Event, t trigger) {
	ms := when.Find(s.doc.Text[s.span.ByteStart:s.span.ByteEnd], s.doc.Published)
	if len(ms) == 0 {
		s.dateAfterReferred(e)
		return
	}
	base := s.span.ByteStart
	best, bd := -1, 1<<30
	ex := make([]bool, len(s.up))
	s.relatives(ex)
	dl := s.dateline()
	relBest, relD := -1, 1<<30
	relDay := -1
	// a date the tree hangs on the event's own predicate ("said on
	// Monday its forces had struck the refinery on Sunday") dates it
	// before any nearer one that dates another clause
	own := make([]bool, len(ms))
	anyOwn := false
	for k, m := range ms {
		if i := s.tokenAt(base + m.ByteStart); i >= 0 && s.datesPredicate(i, t.i) {
			own[k], anyOwn = true, true
		}
	}
	accusers := s.accusationDates(ms, t)
	for k, m := range ms {
		if anyOwn && !own[k] || accusers[k] {
			continue
		}
		i := s.tokenAt(base + m.ByteStart)
		// a date inside a relative clause dates that clause, not the event
		if i >= 0 && ex[i] && !ex[t.i] {
			if d := abs(base + m.ByteStart - s.toks[t.i].ByteStart); d < relD && (s.tollClause(ex, i) || s.placeClause(ex, i)) {
				relBest, relD = k, d
			}
			if relDay < 0 && i > t.i && namesWeekday(m.Text) && !s.passiveRelativeAt(i) {
				relDay = k
			}
			continue
		}
		d := abs(base + m.ByteStart - s.toks[t.i].ByteStart)
		if i >= 0 && i < dl {
			// the dateline's date is when the story was filed: the
			// event's own day ("MUSCAT, May 17 - … talks … on Saturday")
			// wins however far it stands
			d = 1<<30 - 1
		}
		if d < bd {
			best, bd = k, d
		}
	}
	if best < 0 {
		// "condemned the massacre in Pont-Sonde, where gunmen killed 70
		// people on Thursday": a relative clause that gives the toll
		// dates the happening
		best = relBest
	}
	if best < 0 {
		// "fired water cannon at farmers who set fires near parliament
		// on Tuesday": with no other day, the weekday of the relative
		// clause on what the event struck is the scene's
		best = relDay
	}
	if best < 0 {
		return
	}
	m := ms[best]
	if rel := relativeDay(m.Text); rel && !s.doc.Published.IsZero() {
		// "said on Saturday that its forces had repelled an assault a
		// day earlier": "a day earlier" counts from the day the sentence
		// names, not from the day the story was published
		anchored := false
		for k := range ms {
			if i := s.tokenAt(base + ms[k].ByteStart); k != best && i >= dl && ms[k].Period == "day" && !relativeDay(ms[k].Text) {
				offset := m.Date.Sub(s.doc.Published.Time)
				m.Date = chronicle.Date{Time: ms[k].Date.Add(offset)}
				anchored = true
				break
			}
		}
		if !anchored {
			// "On Friday, the RSF shelled El Fasher … . A day earlier,
			// army warplanes bombed …", "… said its aircraft struck RSF
			// positions the following day": a relative day in a sentence
			// that names no day counts from the story's time, the day of
			// its last dated event (news paragraphs are often a sentence
			// each, so not the paragraph's alone)
			if prev, ok := s.storyDate(); ok {
				offset := m.Date.Sub(s.doc.Published.Time)
				m.Date = chronicle.Date{Time: prev.Time.Add(offset)}
			}
		}
	}
	if mk, days, ok := s.gapBefore(t); ok {
		// "suspended the fees on Wednesday, a day after traders clashed
		// with police": the day of the clause it hangs on, less the gap
		for k := len(ms) - 1; k >= 0; k-- {
			if i := s.tokenAt(base + ms[k].ByteStart); i >= dl && i >= 0 && i < mk-2 && ms[k].Period == "day" {
				m = ms[k]
				m.Date = chronicle.Date{Time: m.Date.AddDate(0, 0, days)}
				break
			}
		}
	}
	if i := s.tokenAt(base + m.ByteStart); t.modality == "intent" && i >= 0 && s.datesPredicate(i, t.i) && namesWeekday(m.Text) &&
		!strings.Contains(strings.ToLower(m.Text), "last") && m.Date.Before(s.doc.Published.Time) {
		// "his cabinet would vote on the agreement on Thursday", told on
		// a Wednesday: the Thursday to come, not the one before
		m.Date = chronicle.Date{Time: m.Date.AddDate(0, 0, 7)}
	}
	sp := s.ix.Span(base+m.ByteStart, base+m.ByteEnd)
	sp.Text = m.Text
	e.Date = m.Date
	e.DateSpan = &sp
}

// accusationDates marks, for an accused act, the dates before it that the
// tree hangs on the accusing verb when another date stands after the act
// (wherever the parser hangs that one): "accused Washington on Wednesday of
// murdering 11 fishermen in an attack … the day before" dates the murder by
// "the day before" (counted from Wednesday), not by the day of the
// accusation.
func (s *sentence) accusationDates(ms []when.Match, t trigger) []bool {
	out := make([]bool, len(ms))
	if t.accusedBy == 0 {
		return out
	}
	v, base := t.accusedBy-1, s.span.ByteStart
	later := false
	for k, m := range ms {
		i := s.tokenAt(base + m.ByteStart)
		out[k] = i >= 0 && i < t.i && s.datesPredicate(i, v)
		later = later || i > t.i
	}
	if !later {
		clear(out)
	}
	return out
}

// passiveRelativeAt reports whether word i stands in a passive relative
// clause ("a Serb man who was detained on Saturday"): a happening of its
// own (see clauseEvents), whose day is not the scene's.
func (s *sentence) passiveRelativeAt(i int) bool {
	tr := s.tree()
	if tr == nil || i >= tr.Len() {
		return false
	}
	for k, n := tr.Head[i], 0; k >= 0 && n < 6; k, n = tr.Head[k], n+1 {
		if tr.UPOS[k] == "VERB" {
			return tr.Rel[k] == "acl:relcl" && tr.ClauseOf(k).Passive
		}
	}
	return false
}

// dateAfterReferred dates an event whose sentence names no day but opens
// with a gap after a happening the story told ("Hours after the swap,
// Russian drones struck …"): the day of the story's last dated event, plus
// the days of the gap.
func (s *sentence) dateAfterReferred(e *chronicle.Event) {
	for k := 0; k+3 < len(s.up) && k < 6; k++ {
		if s.up[k+1] != "AFTER" || !definiteDets[s.up[k+2]] && s.up[k+2] != "ITS" {
			continue
		}
		days := -1
		switch s.up[k] {
		case "HOURS", "MINUTES", "MOMENTS", "SHORTLY":
			days = 0
		case "DAY":
			if k > 0 && (s.up[k-1] == "A" || s.up[k-1] == "ONE") {
				days = 1
			}
		case "DAYS":
			if k > 0 {
				if n, ok := map[string]int{"TWO": 2, "THREE": 3, "2": 2, "3": 3}[s.up[k-1]]; ok {
					days = n
				}
			}
		}
		if days < 0 {
			return
		}
		if prev, ok := s.storyDate(); ok {
			e.Date = chronicle.Date{Time: prev.AddDate(0, 0, days)}
		}
		return
	}
}

// storyDate is the day of the last event told before this sentence that
// a date expression of its own dated.
func (s *sentence) storyDate() (chronicle.Date, bool) {
	for e := len(s.doc.Events) - 1; e >= 0; e-- {
		ev := s.doc.Events[e]
		if ev.Sentence.ByteEnd > s.span.ByteStart {
			continue // (this sentence's own)
		}
		if ev.DateSpan != nil && !ev.Date.IsZero() {
			return ev.Date, true
		}
	}
	return chronicle.Date{}, false
}

// twoSidedNouns name fighting between two armed sides ("clashes" and
// "fighting" may be a crowd's with police, read elsewhere).
var twoSidedNouns = set("BATTLES", "BATTLE", "HOSTILITIES", "DUELS", "SKIRMISHES",
	"FIREFIGHT", "FIREFIGHTS", "GUNFIGHT", "GUNFIGHTS")

// twoSidedSubject reports whether the subject of trigger t's verb is
// fighting between two sides ("gun battles between rival militias killed
// nine people").
func (s *sentence) twoSidedSubject(t trigger) bool {
	tr := s.tree()
	if tr == nil || t.noun || t.i >= tr.Len() {
		return false
	}
	sj := tr.SubjectOf(t.i)
	return sj >= 0 && twoSidedNouns[s.up[sj]]
}

// relativeDay reports whether a date expression counts from another day
// ("a day earlier", "the day before", "two days later", "the following
// day"), not from the day of publication alone ("yesterday").
func relativeDay(text string) bool {
	t := strings.ToLower(text)
	return strings.Contains(t, "earlier") || strings.Contains(t, "later") || strings.Contains(t, "before") ||
		strings.Contains(t, "previous") || strings.Contains(t, "following") || strings.Contains(t, "next day") || strings.Contains(t, "same day")
}

// gapBefore reads a gap the tree puts before the subordinator of the
// trigger's clause ("a day after traders clashed", "two days before the
// vote was held"): the subordinator's index and the days to add to the day
// of the clause the gap hangs on (negative after "after").
func (s *sentence) gapBefore(t trigger) (mark, days int, ok bool) {
	tr := s.tree()
	if tr == nil || t.i >= tr.Len() {
		return 0, 0, false
	}
	p := t.i
	if h := tr.Head[p]; h >= 0 && tr.UPOS[p] == "NOUN" && syntax.Base(tr.Rel[p]) == "nsubj" && tr.UPOS[h] == "VERB" {
		p = h // "a day after Israeli air strikes hit the power plant": the clause of the attack the noun is the subject of
	}
	marks := tr.Children(p)
	if p != t.i {
		// (the parser may take "after" for the subject's preposition)
		marks = append(slices.Clone(marks), tr.Children(t.i)...)
	}
	for _, c := range marks {
		if rel := syntax.Base(tr.Rel[c]); rel != "mark" && (rel != "case" || p == t.i) || c < 2 || s.up[c] != "AFTER" && s.up[c] != "BEFORE" {
			continue
		}
		n, ok := when.Span(s.up[c-2], s.up[c-1])
		if !ok {
			return 0, 0, false
		}
		if s.up[c] == "AFTER" {
			n = -n
		}
		return c, n, true
	}
	return 0, 0, false
}

// datesPredicate reports whether the tree hangs the date at token i on the
// predicate at p: p is on the way from i up to the first verb above it.
func (s *sentence) datesPredicate(i, p int) bool {
	tr := s.tree()
	if tr == nil || p < 0 || p >= tr.Len() {
		return false
	}
	if tr.UPOS[p] == "NOUN" {
		// (a day counted back right after an event noun's phrase is its
		// day, wherever the parser hangs it: "condemned Iran's seizure of
		// the tanker a day earlier")
		if _, last := tr.Subtree(p); i > last && i <= last+2 && i+1 < len(s.up) && (s.up[i+1] == "DAY" || s.up[i+1] == "DAYS") {
			return true
		}
	}
	for k, n := tr.Head[i], 0; k >= 0 && n < len(s.up); k, n = tr.Head[k], n+1 {
		if k == p {
			return true
		}
		if tr.UPOS[k] == "VERB" {
			// (a relative clause on an event noun dates it: "the
			// ceasefire the two sides agreed on Monday"; so does a "when"
			// clause its verb: "died when their convoy came under fire two
			// days earlier")
			if tr.Head[k] == p && syntax.Base(tr.Rel[k]) == "acl" && tr.UPOS[p] == "NOUN" {
				return true
			}
			if h := tr.Head[k]; h >= 0 && tr.Head[h] == p && syntax.Base(tr.Rel[h]) == "nmod" && syntax.Base(tr.Rel[k]) == "acl" && tr.UPOS[p] == "NOUN" {
				return true // (or on its phrase's last noun: "the sanctions against gang leaders announced the day before")
			}
			if k == tr.Head[p] && tr.Rel[p] == "obj" && tr.UPOS[p] == "NOUN" && (s.lx.lightVerb[s.up[k]] || doneVerbs[tr.Lemma[k]]) {
				// (the verb that carries out an event noun dates it:
				// "completed the transfer of 153 detainees … the day
				// before", not "welcomed the sanctions")
				return true
			}
			if tr.Head[k] == p && syntax.Base(tr.Rel[k]) == "advcl" {
				for _, m := range tr.Children(k) {
					if tr.Rel[m] == "mark" || tr.Rel[m] == "advmod" {
						if w := s.up[m]; w == "WHEN" || w == "AS" || w == "WHILE" {
							return true
						}
					}
				}
			}
			return false
		}
	}
	return false
}

// relativePlaceOnly reports whether the sentence's places all stand in
// relative clauses (and there is one).
func (s *sentence) relativePlaceOnly() bool {
	ex := make([]bool, len(s.up))
	s.relatives(ex)
	n := 0
	for _, pl := range s.places() {
		if !ex[pl.at] {
			return false
		}
		n++
	}
	return n > 0
}

// namesWeekday reports whether a date expression names a weekday.
func namesWeekday(text string) bool {
	for _, w := range strings.Fields(strings.ToUpper(text)) {
		if weekdays[strings.TrimSuffix(strings.TrimSuffix(w, "'S"), "’S")] && w != "LAST" && w != "YESTERDAY" {
			return true
		}
	}
	return false
}

// doneVerbs carry out the event noun that is their object.
var doneVerbs = set("complete", "finish", "conduct", "carry", "hold", "stage", "launch", "begin", "start", "mount")

// placeClause reports whether the relative clause around token i (marked
// in ex) is opened by "where": it tells what happened at the place the
// event struck ("bombed a monastery where villagers were sheltering on
// Friday night"), so its day is the event's when the sentence gives no
// other.
func (s *sentence) placeClause(ex []bool, i int) bool {
	a := i
	for a > 0 && ex[a-1] {
		a--
	}
	return s.up[a] == "WHERE"
}

// tollClause reports whether the relative clause around token i (marked in
// ex) counts dead or wounded.
func (s *sentence) tollClause(ex []bool, i int) bool {
	a, b := i, i
	for a > 0 && ex[a-1] {
		a--
	}
	for b+1 < len(ex) && ex[b+1] {
		b++
	}
	for k := a; k <= b; k++ {
		switch s.up[k] {
		case "KILLED", "DIED", "WOUNDED", "INJURED", "DEAD":
			return true
		}
	}
	return false
}

// tokenAt is the token that holds byte b, or -1.
func (s *sentence) tokenAt(b int) int {
	for i, t := range s.toks {
		if b >= t.ByteStart && b < t.ByteEnd {
			return i
		}
	}
	return -1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// placeSubject is the place the subject of trigger t names ("Doha", "the
// Saudi capital"), or "".
func (s *sentence) placeSubject(t trigger) string {
	for _, pl := range s.places() {
		if pl.at < t.vg && !s.openerBetween(pl.at, t.vg) {
			return pl.name
		}
	}
	return ""
}

// isCountry reports whether a place name is a country's own name, in any
// spelling (not a city the country's dictionary entry lists).
func (s *sentence) isCountry(name string) bool {
	_, ok := s.c.res.Country(name)
	return ok
}

// venueBeforeBetween reports whether hosted talks name their venue between
// the talks and their pair ("hosted talks in Doha on Sunday between …"); a
// place after the pair may be what the talks were about ("… on ending the
// war in Ukraine").
func (s *sentence) venueBeforeBetween(t trigger) bool {
	for k := t.j; k < len(s.up) && s.up[k] != "BETWEEN"; k++ {
		if (s.up[k] == "IN" || s.up[k] == "AT") && k+1 < len(s.up) && slices.ContainsFunc(s.places(), func(p place) bool { return p.at == k+1 }) {
			return true
		}
	}
	return false
}

// victimsDied reports whether the subject of the dying verb at i is the
// victims of a toll: people, civilians and the like.
func (s *sentence) victimsDied(i int) bool {
	tr := s.tree()
	if tr == nil {
		return false
	}
	sj := tr.SubjectOf(i)
	if sj < 0 {
		return false
	}
	h := tr.NounPhrase(sj).Head
	return h >= 0 && (civilianVictims[s.up[h]] || agentSector[s.up[h]] == "CVL" || s.up[h] == "PEOPLE")
}

// violentCause reports whether the sentence of a death at word i names
// violence that could have caused it: an attack, arms, wounds, or custody
// ("died of gunshot wounds", "died in the shelling", "died in police
// custody"), not an illness or a disaster ("a heart attack" is none).
func (s *sentence) violentCause(i int) bool {
	disaster := slices.ContainsFunc(s.up, func(w string) bool { return disasterNouns[w] })
	for k, w := range s.up {
		if k == i {
			continue
		}
		if k > 0 && medicalModifiers[s.up[k-1]] {
			continue // "a heart attack", "a panic attack"
		}
		if s.lx.violentNoun[w] || weaponNouns[w] || deathCauses[w] {
			return true
		}
		if f, ok := s.c.dict.match(s.up, k); ok && !disaster && isViolent(f.code) && !strings.HasPrefix(s.up[k], "DIE") && s.up[k] != "DEAD" {
			return true // "died after soldiers opened fire" (not "the tsunami which struck")
		}
	}
	return false
}

// disasterNouns name the disasters whose deaths are no one's act; the verbs
// said of them ("struck", "hit", "killed") are no violence.
var disasterNouns = set("TSUNAMI", "EARTHQUAKE", "QUAKE", "FLOOD", "FLOODS", "FLOODING", "STORM", "HURRICANE",
	"CYCLONE", "TYPHOON", "AVALANCHE", "LANDSLIDE", "LANDSLIDES", "MUDSLIDE", "DROUGHT", "HEATWAVE", "EPIDEMIC", "OUTBREAK")

// medicalModifiers make an attack an illness: "heart attack".
var medicalModifiers = set("HEART", "PANIC", "ASTHMA", "ANXIETY", "EPILEPTIC", "ALLERGIC")

// deathCauses are words of violence done to a body or a prisoner that the
// attack nouns do not hold.
var deathCauses = set("WOUNDS", "WOUND", "INJURIES", "GUNSHOT", "GUNFIRE", "BULLET", "BULLETS", "TORTURE", "CUSTODY",
	"DETENTION", "BEATING", "BEATINGS", "STABBING", "EXECUTION", "HANGING")

// peopleSubject reports whether the subject of the verb at i is people
// named by a plural common noun ("settlers", "rioters", "villagers"), not a
// thing, a pronoun or a name: an attacker the dictionaries cannot code.
func (s *sentence) peopleSubject(i int) bool {
	tr := s.tree()
	if tr == nil {
		return false
	}
	sj := tr.SubjectOf(i)
	if sj < 0 || tr.Rel[sj] != "nsubj" || !(tr.UPOS[sj] == "NOUN" || sj == 0 && tr.UPOS[sj] == "PROPN") {
		return false // (a capital opens the sentence: "Rioters" may be tagged a name)
	}
	for r := range s.kinds {
		if r[0] <= sj && sj < r[1] {
			return false // a name the entity stage found
		}
	}
	if w := s.up[sj]; w == "MEN" || armedNouns[w] || agentSector[w] != "" || domesticTitle[w] != "" {
		return false // attackers and forces the actor rules code ("gunmen", "armed men")
	}
	for _, suf := range []string{"ERS", "ORS", "EURS", "ANTS", "ENTS", "ISTS", "MEN"} { // agent nouns: vendors, residents, activists, saboteurs
		if strings.HasSuffix(s.up[sj], suf) {
			return true
		}
	}
	return false
}

// forceInPlace returns, for an arrest or violence (trigger t) whose subject
// sj is police or soldiers no dictionary places in a country, the force by
// its words, when the sentence names where it acted ("Police in Novi Sad
// detained 14 students"): the event keeps its place, which the dictionaries
// do not know. Otherwise nil.
func (s *sentence) forceInPlace(tr *syntax.Tree, t trigger, sj int) *chronicle.Actor {
	if !strings.HasPrefix(t.code, "17") && !isViolent(t.code) || tr.UPOS[sj] != "NOUN" {
		return nil
	}
	if sec := agentSector[s.up[sj]]; sec != "COP" && sec != "MIL" || s.location(t) == "" {
		return nil
	}
	ph := tr.NounPhrase(sj)
	first := ph.First
	for first < ph.Head && syntax.IsDeterminer(s.up[first], syntax.DetArticle) {
		first++
	}
	return &chronicle.Actor{Name: s.text(first, ph.Last+1)}
}

// orderedToAct reports whether the verb at i has an object and a "to"
// clause after it on the tree, however long the object ("ordered residents
// of 20 villages in southern Lebanon to leave"); the parser may attach the
// clause as xcomp or advcl, to the verb or inside the object ("ordered
// families living in Khan Younis to move south").
func (s *sentence) orderedToAct(i int) bool {
	tr := s.tree()
	if tr == nil {
		return false
	}
	obj := -1
	for _, c := range tr.Children(i) {
		if tr.Rel[c] == "obj" && c > i {
			obj = c
			break
		}
	}
	if obj < 0 {
		return false
	}
	for m := obj + 1; m+1 < tr.Len(); m++ {
		v := tr.Head[m]
		if tr.Rel[m] != "mark" || s.up[m] != "TO" || v <= m || tr.UPOS[v] != "VERB" {
			continue
		}
		// the clause belongs to the order when its head leads up to the
		// verb without passing a verb with a subject of its own
		for h, steps := v, 0; h >= 0 && steps < 8; h, steps = tr.Head[h], steps+1 {
			if r := syntax.Base(tr.Rel[h]); r != "xcomp" && r != "advcl" && r != "acl" && r != "obj" && r != "obl" && r != "nmod" {
				break
			}
			if tr.Head[h] == i {
				return true
			}
			if h != v && tr.SubjectOf(h) >= 0 {
				break
			}
		}
		return false // the first "to" clause decides
	}
	return false
}

// tree returns the sentence's dependency tree, or nil when the syntax stage
// did not run or its words differ from the coder's.
func (s *sentence) tree() *syntax.Tree {
	if !s.treeRead {
		s.treeRead = true
		s.hasTree = syntax.SentenceTree(s.doc, s.si, &s.tr) && s.tr.Len() == len(s.up)
	}
	if !s.hasTree {
		return nil
	}
	return &s.tr
}

// betweenBefore finds "between X and Y" before token end, in the subject of
// a clause, with both sides coded.
func (s *sentence) betweenBefore(end int) (a, b *chronicle.Actor, bText string, ok bool) {
	for k := 0; k < end; k++ {
		if s.up[k] != "BETWEEN" {
			continue
		}
		and := -1
		for m := k + 2; m < end && m < k+10; m++ {
			if s.up[m] == "AND" {
				and = m
				break
			}
			if s.isPunct(m) {
				break
			}
		}
		if and < 0 {
			return nil, nil, "", false
		}
		x, okx := s.firstCoded(k+1, and)
		if !okx {
			// "between the army and the Fano militia": a body named by
			// its sector alone is the country's where the sentence is
			if a := s.sectorSide(k+1, and); a != nil {
				x, okx = coded{i: k + 1, j: and, actor: a}, true
			}
		}
		stop := and + 1
		for stop < end && stop < and+8 && !s.isPunct(stop) && !s.lx.relative[s.up[stop]] && !(stop > and+1 && s.lx.preposition[s.up[stop]] && s.up[stop] != "OF") {
			stop++
		}
		y, oky := s.firstCoded(and+1, stop)
		if okx && !oky && stop > and+1 {
			// "between Chad's army and FACT rebels": a side no
			// dictionary codes keeps its name
			from := and + 1
			if s.lx.determiner[s.up[from]] && from+1 < stop {
				from++
			}
			return x.actor, &chronicle.Actor{Name: s.text(from, stop)}, "", true
		}
		if !okx || !oky {
			return nil, nil, "", false
		}
		return x.actor, y.actor, s.text(y.i, y.j), true
	}
	return nil, nil, "", false
}

// sectorSide codes words [i, j) that name a state body by its sector alone
// ("the army", "security forces"): the sentence's country with the
// sector, or nil.
func (s *sentence) sectorSide(i, j int) *chronicle.Actor {
	for i < j && s.lx.determiner[s.up[i]] {
		i++
	}
	if i >= j || j-i > 2 {
		return nil
	}
	sec := bodySector(s.up[j-1])
	cc := s.sentenceCountry()
	if sec == "" || cc == "" {
		return nil
	}
	return s.group(cc + sec)
}

// protesterNouns name people who protest.
var protesterNouns = map[string]bool{"PROTESTERS": true, "PROTESTORS": true, "DEMONSTRATORS": true,
	"ACTIVISTS": true, "MARCHERS": true, "CROWD": true, "CROWDS": true, "STRIKERS": true, "RIOTERS": true}

// protesters reports whether a subject phrase names protesters.
func protesters(phrase string) bool {
	for _, w := range strings.Fields(strings.ToUpper(phrase)) {
		if protesterNouns[strings.Trim(w, ",.")] {
			return true
		}
	}
	return false
}

// protestingPeople reports whether phrase names people no dictionary codes
// ("thousands of students") in a sentence about protests: "students
// clashed with police … during protests" is a riot, not an assault.
func (s *sentence) protestingPeople(phrase string) bool {
	people := false
	for _, w := range strings.Fields(strings.ToUpper(phrase)) {
		people = people || peopleNouns[strings.Trim(w, ",.")] != ""
	}
	return people && s.has(protestWords)
}

// verbObject reports whether the tree gives the verb at i a direct object.
func (s *sentence) verbObject(i int) bool {
	tr := s.tree()
	if tr == nil || i >= tr.Len() {
		return false
	}
	for _, c := range tr.Children(i) {
		if syntax.Base(tr.Rel[c]) == "obj" {
			return true
		}
	}
	return false
}

// mutualVerbs say that two sides did the act to each other: "traded
// accusations", "exchanged threats".
var mutualVerbs = set("TRADED", "TRADE", "TRADES", "TRADING", "EXCHANGED", "EXCHANGE", "EXCHANGES", "EXCHANGING")

// reciprocal are the types whose two sides a coordinated subject names:
// what "X and Y" do with each other.
var reciprocal = map[string]bool{"AGREE": true, "CONSULT": true, "COOPERATE": true, "RETREAT": true, "FIGHT": true}

// pairBefore finds a subject "X and Y" right before the verb group at end,
// both sides coded: the clause's subject is the pair.
func (s *sentence) pairBefore(end int) (a, b *chronicle.Actor, bText string, ok bool) {
	start := s.dateline()
	for k := end - 1; k > start; k-- {
		if s.isPunct(k) || s.lx.relative[s.up[k]] || s.up[k] == "THAT" || s.lx.reporting[s.up[k]] && !s.capitalized(k) {
			start = k + 1 // (the pair of "the Kremlin said Putin and Trump had agreed" is after "said")
			break
		}
	}
	if start >= 2 && s.isComma(start-1) {
		if c, ok := s.firstCoded(max(0, start-4), start-1); ok && c.j == start-1 {
			return nil, nil, "", false // "France, Germany and Britain": a list, not a pair
		}
	}
	for m := start + 1; m < end-1; m++ {
		if s.up[m] != "AND" {
			continue
		}
		x, okx := s.firstCoded(start, m)
		if okx && x.j+1 == m && s.up[x.j-1] == "'S" && domesticTitle[s.up[x.j]] != "" {
			x.j = m // "Colombia's government and the ELN": the possessor's body
		}
		if okx && x.j < m && m-x.j <= 3 && (s.up[x.j-1] == "'S" || s.up[x.j-1] == "’S") && s.titleWords(x.j, m) {
			x.j = m // "Armenia's prime minister and Azerbaijan's president": the possessor's officer
		}
		if okx && x.j < m && m-x.j <= 2 && s.forceWords(x.j, m) {
			// "Ethiopian federal forces and Fano militiamen": the
			// country's or group's force
			if sec := agentSector[s.up[m-1]]; stateOrGovernment(x.actor) && forceSectors[sec] {
				x.actor = s.group(x.actor.Code[:3] + sec)
			}
			x.j = m
		}
		second := m + 1
		for second < end && s.lx.determiner[s.up[second]] {
			second++ // "the Ethiopian government and the TPLF"
		}
		y, oky := s.firstCoded(second, end)
		if okx && x.j == m && second == m+1 && second+1 <= end && len(x.actor.Code) >= 3 && m >= 2 &&
			(s.up[m-2] == "'S" || s.up[m-2] == "’S") && domesticTitle[s.up[second]] != "" && (second+1 == end || !s.lx.determiner[s.up[second+1]]) &&
			(!oky || y.i != second) {
			// "Venezuela's government and opposition": the possessor's
			// other body
			code := x.actor.Code[:3] + domesticTitle[s.up[second]]
			y, oky = coded{i: second, j: second + 1, actor: s.group(code)}, true
		}
		if !oky || y.i != second {
			// a second side no dictionary codes, by name
			if a, txt := s.namedObject(second, end); a != nil && a.Code == "" {
				y, oky = coded{i: second, j: second + len(strings.Fields(txt)), actor: a}, true
			}
		}
		if !okx || !oky || x.j != m || y.i != second {
			return nil, nil, "", false // "X and Y" must be the whole pair
		}
		if sec, ok := agentSector[s.up[y.j-1]]; ok && x.j-x.i == 1 && s.demonym(x.i) && len(x.actor.Code) >= 3 && len(y.actor.Code) >= 6 && y.actor.Code[3:6] == sec {
			// "Armenian and Azerbaijani troops": the head noun the two
			// share gives both their sector
			code := x.actor.Code[:3] + sec
			x.actor = s.group(code)
		}
		return x.actor, y.actor, s.text(y.i, y.j), true
	}
	return nil, nil, "", false
}

// forceWords reports whether words [a, b) are lower-case modifiers ending
// with a noun of armed men ("federal forces", "security forces",
// "militiamen").
func (s *sentence) forceWords(a, b int) bool {
	if a >= b || !forceSectors[agentSector[s.up[b-1]]] && !armedNouns[s.up[b-1]] {
		return false
	}
	for k := a; k < b; k++ {
		if s.isPunct(k) || s.verbLike(k) || s.capitalized(k) {
			return false
		}
	}
	return true
}

// titleWords reports whether words [a, b) are an office's title ("prime
// minister", "foreign minister", "president"): lower-case words ending
// with a title noun.
func (s *sentence) titleWords(a, b int) bool {
	if a >= b || domesticTitle[s.up[b-1]] == "" {
		return false
	}
	for k := a; k < b; k++ {
		if s.isPunct(k) || s.verbLike(k) {
			return false
		}
	}
	return true
}

// prepositionsMasked returns the words post (starting at word from) with
// each particle the tree reads as the preposition of a noun phrase made
// unmatchable: a pattern's particle ("- * OFF": "fired off a letter") is
// not "off" heading "off its east coast" ("fired two missiles into the sea
// off its east coast"). A particle right after the verb is read as one,
// however the parser hangs it ("burned down a police station").
func (s *sentence) prepositionsMasked(tr *syntax.Tree, from int, post []string) []string {
	if tr == nil {
		return post
	}
	out := post
	for k, w := range post {
		if i := from + k; k > 0 && particles[w] && i < tr.Len() && tr.Rel[i] == "case" && tr.Head[i] > i {
			if &out[0] == &post[0] {
				out = slices.Clone(post)
			}
			out[k] = w + "#"
		}
	}
	return out
}

// particles are the words CAMEO patterns use as a verb's particle.
var particles = set("OFF", "UP", "DOWN", "OUT", "AWAY", "BACK")

// inAttackBy is the attack by src's country that the story reported
// before and that the passive verb at p happened "in" or "during", named
// by a definite attack noun ("killed in the Indian strikes"), or nil.
func (s *sentence) inAttackBy(tr *syntax.Tree, p int, src *chronicle.Actor) *chronicle.Event {
	for _, k := range tr.Children(p) {
		for _, m := range append([]int{k}, tr.Children(k)...) {
			cs := tr.Case(m)
			if cs < 0 || s.up[cs] != "DURING" && s.up[cs] != "IN" || !s.lx.violentNoun[s.up[m]] || !definiteDets[s.up[tr.NounPhrase(m).First]] {
				continue
			}
			for i := len(s.attacks) - 1; i >= 0; i-- {
				if a := s.attacks[i]; a.Source != nil && sameCountry(a.Source, src) {
					return a
				}
			}
		}
	}
	return nil
}

// targetCondemned gives a condemnation or accusation with no target the
// attacker of the attack the story reported that it names ("condemned the
// attack as murder"), marking the trigger's rule.
func (s *sentence) targetCondemned(e *chronicle.Event, t *trigger) {
	if e.Type != "DISAPPROVE" && e.Type != "ACCUSE" || e.Target != nil || t.noun || t.passive {
		return
	}
	if a := s.condemnedAttack(t.j); a != nil && a.Source != nil {
		e.Target = a.Source
		t.rule += "+condemned-attack"
	}
}

// condemnedAttack is the attack the story reported that the object after
// the verb group ending at j names with a definite attack noun and no
// attacker of its own ("condemned the attack as murder"), or nil.
func (s *sentence) condemnedAttack(j int) *chronicle.Event {
	end := min(s.objectEnd(j), j+5)
	for k := j; k < end; k++ {
		if !s.lx.violentNoun[s.up[k]] {
			if s.codeAt(k, k+1) != nil {
				return nil // "condemned the Russian attack": its attacker is named
			}
			continue
		}
		if k == j || !definiteDets[s.up[k-1]] && !(k-1 > j && definiteDets[s.up[j]]) {
			return nil
		}
		return s.takenUp(k)
	}
	return nil
}

// sameCountry reports whether two coded actors are of one country.
func sameCountry(a, b *chronicle.Actor) bool {
	return len(a.Code) >= 3 && len(b.Code) >= 3 && a.Code[:3] == b.Code[:3]
}

// otherPredicate reports whether word k is a verb of another clause than
// the verb at i heads, by the tree: "Shells fired by M23 rebels slammed
// into a camp for displaced families" ends the pattern of "fired" at
// "slammed", so "(FOR)" is not its phrase. (The verb right after the
// trigger is read on: "shells continued crashing into the port" is one
// verb chain, however the parser hangs it.)
func (s *sentence) otherPredicate(tr *syntax.Tree, i, k int) bool {
	if tr == nil || k == i || k >= tr.Len() || i >= tr.Len() || tr.UPOS[k] != "VERB" {
		return false
	}
	return !under(tr, k, i, tr.Len())
}

// namingVerbs name or describe their object rather than do it.
var namingVerbs = map[string]bool{"CALL": true, "CALLED": true, "CALLS": true, "CALLING": true, "DUBBED": true,
	"BRANDED": true, "LABELLED": true, "LABELED": true, "TERMED": true}

// verdictWords are what a naming verb's object is called when it is
// judged: criticism (CAMEO 111), or praise (051).
var verdictWords = map[string]string{
	"ILLEGAL": "111", "UNLAWFUL": "111", "ILLEGITIMATE": "111", "UNJUSTIFIED": "111", "UNACCEPTABLE": "111",
	"PROVOCATIVE": "111", "BASELESS": "111", "GROUNDLESS": "111", "UNFOUNDED": "111", "ABSURD": "111",
	"HOSTILE": "111", "IRRESPONSIBLE": "111", "RECKLESS": "111", "OUTRAGEOUS": "111", "SHAMEFUL": "111",
	"CRIMINAL": "111", "INVALID": "111", "DANGEROUS": "111", "AGGRESSIVE": "111", "UNPROVOKED": "111",
	"BARBARIC": "111", "COWARDLY": "111", "HEINOUS": "111", "DESPICABLE": "111", "UNFAIR": "111",
	"CONSTRUCTIVE": "051", "PRODUCTIVE": "051", "FRUITFUL": "051", "HISTORIC": "051", "SUCCESSFUL": "051",
	"POSITIVE": "051", "USEFUL": "051", "ENCOURAGING": "051",
	"CRIME": "112", "CRIMES": "112", "VIOLATION": "112", "TERRORISM": "112", "GENOCIDE": "112",
	"PROVOCATION": "111", "AGGRESSION": "111",
}

// evaluated reads a naming verb at v whose object is judged by a verdict
// word after it ("called the measures illegal and unjustified", "called
// the talks constructive", "called the strike a war crime"): the
// verdict's code; false when the verb names no verdict ("called the attack
// a massacre" is naming, read elsewhere).
func (s *sentence) evaluated(v int) (string, bool) {
	if !namingVerbs[s.up[v]] || v+2 >= len(s.up) || s.up[v+1] == "ON" || s.up[v+1] == "FOR" || s.up[v+1] == "OFF" {
		return "", false
	}
	for m := v + 2; m < len(s.up) && m <= v+9; m++ {
		if s.isPunct(m) && !s.isQuote(m) || s.verbLike(m) && verdictWords[s.up[m]] == "" {
			return "", false
		}
		if c := verdictWords[s.up[m]]; c != "" {
			return c, true
		}
	}
	return "", false
}

// naming reports whether verb v names the event noun ending at k ("called
// the sanctions “another hostile act”", "called the strike a war crime"):
// a second complement follows the noun, so the event is not the verb's act.
func (s *sentence) naming(v, k int) bool {
	if !namingVerbs[s.up[v]] || k+1 >= len(s.up) {
		return false
	}
	// the name follows the object, past the object's own phrase ("called
	// Sunday's attack on Zaporizhzhia a war crime")
	for m := k + 1; m < len(s.up) && m <= k+6; m++ {
		next := s.up[m]
		if s.isQuote(m) || next == "A" || next == "AN" || next == "ANOTHER" || next == "AS" {
			return true
		}
		if s.isPunct(m) || s.verbLike(m) || s.lx.determiner[next] && next != "THE" {
			return false
		}
	}
	return false
}

// shotWords are what a warning is fired as (a set built once, not per
// trigger).
var shotWords = set("SHOTS")

// blameWords are what two sides trade when each accuses the other.
var blameWords = set("BLAME", "ACCUSATIONS", "ALLEGATIONS", "CHARGES", "INSULTS", "RECRIMINATIONS")

// vesselNouns name ships.
var vesselNouns = set("SHIP", "SHIPS", "VESSEL", "VESSELS", "TANKER", "TANKERS", "CARRIER", "FREIGHTER", "BOAT", "BOATS", "DHOW", "YACHT", "FERRY")

// envoyNouns name the people who speak for states at talks.
var envoyNouns = set("LEADERS", "PRESIDENTS", "MINISTERS", "DELEGATIONS", "HEADS", "ENVOYS", "DELEGATES", "NEGOTIATORS")

// hostedPair reads the two states whose leaders a host received, from the
// object at k: "the leaders of Somalia and Ethiopia", "the foreign
// ministers of Armenia and Azerbaijan".
func (s *sentence) hostedPair(k int) (a, b *chronicle.Actor) {
	of := -1
	for m := k; m < len(s.up) && m < k+5; m++ {
		if s.isPunct(m) {
			return nil, nil
		}
		if s.up[m] == "OF" && m > k && envoyNouns[s.up[m-1]] {
			of = m
			break
		}
	}
	if of < 0 {
		return nil, nil
	}
	and := -1
	for m := of + 1; m < len(s.up) && m < of+6; m++ {
		if s.up[m] == "AND" {
			and = m
			break
		}
	}
	if and < 0 {
		return nil, nil
	}
	x, okX := s.firstCoded(of+1, and)
	y, okY := s.firstCoded(and+1, min(len(s.up), and+5))
	if !okX || !okY || x.actor.Code == y.actor.Code {
		return nil, nil
	}
	return x.actor, y.actor
}

// sufferVerbs say that their subject underwent the event their object
// names: "its negotiating team had survived the Israeli strike" did not
// strike.
var sufferVerbs = set("SURVIVED", "SURVIVE", "SURVIVES", "ESCAPED", "ESCAPE", "ESCAPES", "WITHSTOOD", "WITHSTAND",
	"ENDURED", "ENDURE", "SUFFERED", "SUFFER")

// fallenNouns are the people an event leaves behind it: "the victims of
// Friday's air raid".
var fallenNouns = set("VICTIMS", "VICTIM", "DEAD", "SURVIVORS", "SURVIVOR", "BODIES", "CASUALTIES", "WOUNDED", "ORPHANS", "WIDOWS")

// victimsOf reports whether the event noun at k is what the people named
// after word from fell to ("buried the victims of Friday's air raid"): the
// verb's subject did not do it.
func (s *sentence) victimsOf(from, k int) bool {
	for m := k - 1; m > from && m >= k-5; m-- {
		if s.up[m] == "OF" {
			return fallenNouns[s.up[m-1]]
		}
	}
	return false
}

// clauseSubject reports whether the noun at k is the subject of a clause of
// its own ("said the strike hit a tent camp"), not the object of the verb
// before it ("announced a ceasefire").
func (s *sentence) clauseSubject(k int) bool {
	if tr := s.tree(); tr != nil {
		return syntax.Base(tr.Rel[k]) == "nsubj"
	}
	return k+1 < len(s.up) && (s.lx.aux[s.up[k+1]] || s.verbLike(k+1))
}

// namedBy reports whether the noun at i is what a naming verb calls its
// object ("called the attack a “massacre”", "described it as a war
// crime"): within a few words after the verb, past its object.
func (s *sentence) namedBy(i int) bool {
	for m := i - 1; m >= 0 && m >= i-8; m-- {
		if namingVerbs[s.up[m]] || s.up[m] == "DESCRIBED" || s.up[m] == "DESCRIBES" {
			if tr := s.tree(); tr != nil && i < tr.Len() && tr.Head[i] == m && syntax.Base(tr.Rel[i]) == "obj" {
				// "called Thursday's strike on the capital a crime": the
				// object is what is named, the name comes after it
				return false
			}
			// (not "called for calm after Monday's fighting": an appeal)
			return m+1 < i && s.up[m+1] != "FOR" && s.up[m+1] != "ON"
		}
		if s.isPunct(m) && !s.isQuote(m) {
			return false
		}
	}
	return false
}

// verbWithSubject reports whether the tree makes word i a main-clause
// verb with a subject of its own.
func (s *sentence) verbWithSubject(i int) bool {
	tr := s.tree()
	if tr == nil || tr.UPOS[i] != "VERB" || tr.Head[i] >= 0 && syntax.Base(tr.Rel[i]) != "conj" {
		return false // only a main clause's verb: not a complement's "that X provide"
	}
	for _, k := range tr.Children(i) {
		if syntax.Base(tr.Rel[k]) == "nsubj" && k < i {
			return true
		}
	}
	return false
}

// clauseOpeners begin an adverbial clause after a verb's object.
var clauseOpeners = map[string]bool{"AS": true, "WHEN": true, "WHILE": true, "AFTER": true, "BEFORE": true,
	"BECAUSE": true, "SINCE": true, "UNTIL": true, "ALTHOUGH": true, "THOUGH": true, "WHEREAS": true,
	"DESPITE": true, "AMID": true} // ("the ceasefire appeared to hold despite sporadic strikes": no "hold … strikes")

// figurative are violent verbs news uses as often for sport, markets and
// politics ("beat", "hit", "crushed"): they code violence only with
// evidence of it.
var figurative = map[string]bool{"BEAT": true, "BEATS": true, "BEATEN": true, "BEATING": true, "HIT": true, "HITS": true,
	"HITTING": true, "DEFEAT": true, "DEFEATS": true, "DEFEATED": true, "DOMINATED": true, "DOMINATE": true,
	"CRUSHED": true, "CRUSH": true, "THRASHED": true, "HAMMERED": true, "BROKE": true, "BROKEN": true, "BREAK": true,
	"SHOT": true, "SHOOT": true, "SHOOTS": true, "STRUCK": true, "STRIKE": true, "STRIKES": true, "TARGETED": true,
	"TARGET": true, "TARGETS": true, "BATTLED": true, "BATTLE": true, "FOUGHT": true, "FIGHT": true, "FIGHTING": true,
	"HURT": true, "HURTS": true, "WANT": true, "WANTS": true, "STRUGGLING": true, "STRUGGLED": true, "BEST": true,
	"MATCH": true, "MATCHES": true, "KNOCKED": true, "SMASHED": true, "ROUTED": true, "BLASTED": true,
	"SLAMMED": true, "TORPEDOED": true}

// forceSectors are the sectors of armed forces: an army, rebels,
// insurgents, unidentified armed men.
var forceSectors = set("MIL", "REB", "UAF", "INS")

// armedSectors are the sectors of actors that fight or police, and
// civilians, whose presence makes violence literal.
var armedSectors = func() map[string]bool {
	m := set("COP", "SPY", "CVL")
	maps.Copy(m, forceSectors)
	return m
}()

// militaryTargets are what an attack on hits a military: the objects of
// war, and forces, positions, convoys and ships, which are military when
// attacked but do not alone make a verb violent ("customer base").
var militaryTargets = func() map[string]bool {
	m := set("POSITIONS", "POSITION", "TROOPS", "SOLDIERS", "CONVOY", "BASE", "PATROL", "SHIP", "SHIPS",
		"VESSEL", "CHECKPOINT", "POST", "POSTS", "DEPOT")
	maps.Copy(m, warTargets)
	maps.Copy(m, militaryCraft)
	return m
}()

// militaryTarget reports whether the object after word j names a military
// target.
func (s *sentence) militaryTarget(j int) bool {
	end := min(s.objectEnd(j), j+6)
	for k := j; k < end; k++ {
		if militaryTargets[s.up[k]] && !(k > j && civilianCraft[s.up[k-1]]) { // (not "a cargo ship")
			return true
		}
	}
	return false
}

// rebelTarget reports whether the object after word j names a military
// target of armed men no state commands: "rebel positions", "militant
// hideouts", "jihadist bases".
func (s *sentence) rebelTarget(j int) bool {
	end := min(s.objectEnd(j), j+6)
	for k := j; k+1 < end; k++ {
		if rebelModifiers[s.up[k]] && (militaryTargets[s.up[k+1]] || k+2 < end && militaryTargets[s.up[k+2]]) {
			return true
		}
	}
	return false
}

// rebelModifiers make a military target, forces or leaders ones of armed
// men no state commands ("rebel positions", "resistance forces").
var rebelModifiers = set("REBEL", "MILITANT", "INSURGENT", "JIHADIST", "GUERRILLA", "SEPARATIST", "GANG", "MILITIA",
	"TERRORIST", "ISLAMIST", "RESISTANCE")

// armedWord reports whether w names armed men no state commands, by their
// noun or a modifier ("gunmen", "militants", "gang leaders"); plain "men"
// do not.
func armedWord(w string) bool {
	return attackerNouns[w] && w != "MEN" && w != "MAN" || rebelModifiers[w]
}

// civilianCraft are the words that make a ship or vessel a civilian one.
var civilianCraft = set("CARGO", "MERCHANT", "COMMERCIAL", "CONTAINER", "PASSENGER", "FISHING", "BULK", "AID", "CRUISE",
	"OIL", "FUEL", "GRAIN", "FOOD", "STORAGE")

// bombWords speak of a bombing: a bomb, blast, explosive, car or roadside
// bomb or suicide attack.
// fireWords say that shots were fired: "came under fire", "gunfire".
var fireWords = set("FIRE", "GUNFIRE", "SHOTS", "GUNFIGHT", "FIREFIGHT", "SHOOTOUT", "SHELLING", "SHELLED")

var bombWords = set("BOMB", "BOMBS", "BOMBING", "BOMBINGS", "BOMBER", "BLAST", "EXPLOSION", "EXPLOSIVE", "EXPLOSIVES",
	"ROADSIDE", "SUICIDE", "IED", "IEDS")

// has reports whether the sentence holds a word of words.
func (s *sentence) has(words map[string]bool) bool {
	for _, w := range s.up {
		if words[w] {
			return true
		}
	}
	return false
}

// protestPurpose are the types an act done by people "to protest" turns
// into a protest.
var protestPurpose = map[string]bool{"COERCE": true, "CONCEDE": true, "REJECT": true, "DISAPPROVE": true,
	"SANCTION": true, "AGREE": true, "CONSULT": true, "MOBILIZE": true, "ASSAULT": true, "FIGHT": true}

// popular reports whether a source is people rather than a state: civilians,
// workers, students, farmers, refugees, opposition, religious or radical
// groups, protesters, or a group no dictionary codes.
// clashVerbs are the verbs of a fight between two sides.
var clashVerbs = set("CLASHED", "CLASH", "CLASHES", "CLASHING", "FOUGHT", "SCUFFLED", "BATTLED", "BRAWLED")

// blockVerbs obstruct a route.
var blockVerbs = set("BLOCK", "BLOCKS", "BLOCKED", "BLOCKING", "BLOCKADED", "BLOCKADE", "BARRICADED", "BARRICADE")

// routeNouns are the routes people block in protest.
var routeNouns = set("ROAD", "ROADS", "HIGHWAY", "HIGHWAYS", "MOTORWAY", "MOTORWAYS", "BRIDGE", "BRIDGES", "STREET",
	"STREETS", "RAILWAY", "RAILWAYS", "RAIL", "CROSSING", "CROSSINGS", "JUNCTION", "JUNCTIONS", "INTERSECTION",
	"INTERSECTIONS", "ROUNDABOUT", "ENTRANCE", "ENTRANCES", "ROUTE", "ROUTES", "AVENUE", "BOULEVARD", "PORT", "TRAFFIC")

func popular(a *chronicle.Actor, text string) bool {
	if protesters(text) {
		return true
	}
	if a == nil {
		return false
	}
	if a.Code == "" {
		return true
	}
	if len(a.Code) < 6 {
		return false
	}
	switch a.Code[3:6] {
	case "CVL", "LAB", "EDU", "OPP", "REF", "AGR", "RAD", "REL":
		return true
	}
	return false
}

// purposeProtest reports whether the clause after word j says its act was
// done to protest or demand: "to protest", "in protest", "to demand".
func (s *sentence) purposeProtest(j int) bool {
	for k := j; k+1 < len(s.up) && k < j+14; k++ {
		w, next := s.up[k], s.up[k+1]
		if (w == "TO" || w == "IN") && (next == "PROTEST" || next == "DEMAND" || next == "DEMONSTRATE") {
			return true
		}
	}
	return false
}

// armedSide reports whether an actor is an armed force.
func armedSide(a *chronicle.Actor) bool {
	return a != nil && len(a.Code) >= 6 && forceSectors[a.Code[3:6]]
}

// violenceEvidence reports whether a violent reading of the sentence's
// verb is literal: a weapon, force, attacker or casualty word in the
// sentence, a side coded as armed, police or civilians, or — for a verb
// that is not often figurative — two states.
func (s *sentence) violenceEvidence(src, tgt *chronicle.Actor, figurativeVerb bool) bool {
	for _, a := range []*chronicle.Actor{src, tgt} {
		if a != nil && len(a.Code) >= 6 && armedSectors[a.Code[3:6]] {
			return true
		}
	}
	if !figurativeVerb && src != nil && tgt != nil && actor.IsCountry(src.Code) && actor.IsCountry(tgt.Code) {
		return true // "Russia attacked Ukraine": one state against another
	}
	for i, w := range s.up {
		if s.lx.violence[w] {
			return true
		}
		if w == "AIR" && i+1 < len(s.up) && airAttack[s.up[i+1]] {
			return true // "an air strike": "air" alone is too often not ("on air")
		}
		if w == "FIRE" && i > 0 && (openVerbs[s.up[i-1]] || arsonVerbs[s.up[i-1]] && i+1 < len(s.up) && s.up[i+1] == "TO") {
			return true // "opened fire", "set fire to": "fire" alone is too often a blaze
		}
	}
	return false
}

// arsonVerbs set fire to something on purpose.
var arsonVerbs = set("SET", "SETS", "SETTING")

// airAttack are the nouns that make "air" an air attack.
var airAttack = map[string]bool{"STRIKE": true, "STRIKES": true, "RAID": true, "RAIDS": true, "ATTACK": true,
	"ATTACKS": true, "ASSAULT": true, "BOMBARDMENT": true, "CAMPAIGN": true, "BASE": true, "BASES": true,
	"DEFENCE": true, "DEFENCES": true, "DEFENSE": true, "DEFENSES": true}

// motiveNouns name why a side acted, after "in" or "as": "in retaliation for",
// "in revenge for", "in response to".
var motiveNouns = set("RETALIATION", "REVENGE", "RESPONSE", "REPRISAL")

// motiveAt reports whether a motive phrase begins at k ("attacked border
// posts in retaliation for air strikes"): what follows is why the act was
// done, not its object, so no verb pattern reads it ("attack … for" is a
// criticism).
func (s *sentence) motiveAt(k int) bool {
	return k+1 < len(s.up) && (s.up[k] == "IN" || s.up[k] == "AS") && motiveNouns[s.up[k+1]]
}

// Generic verbs. The CAMEO dictionary gives every verb of a block the
// block's code, and PETRARCH codes an event only when it finds both a source
// and a target. Chronicle keeps events whose target is no actor ("rejected
// the proposal", "agreed to resume the talks"), so the verbs whose bare sense
// is an everyday act — going and coming, wanting and needing, planning and
// meaning, managing, helping and serving, paying, buying and trading,
// revealing, improving and increasing, failing, facing, introducing,
// examining and learning — give an event only when a pattern of their block
// matched, a typing rule read them, or they have a target: "Germany's economy
// expanded by 1.7%", "We want music to be a continuum", "the minister will
// travel" say nothing of who did what to whom, while "boost ties with Cairo"
// (a pattern) and "travelled to Kyiv" (a target) do. The blocks are those of
// models/eventdict; genericVerbs are single verbs of blocks that are
// otherwise specific (WANT and NEED of DEMAND, FACE of MEET_PEOPLE).
var (
	genericBlocks = set("GO_SOMEWHERE", "INTEND", "OVERSEE_MANAGE", "AID", "FINANCE", "PURCHASE", "TRADE",
		"DISCLOSE", "FACILITATE", "BOOST", "FAIL", "INTRODUCE", "INSPECT", "HEAR", "DIE")
	genericVerbs = set("WANT", "NEED", "FACE")
)

// bareGeneric reports whether trigger t is a generic verb read bare (no
// pattern, no typing rule, not a noun) with no target.
func (s *sentence) bareGeneric(t trigger, target *chronicle.Actor) bool {
	if target != nil || t.noun || t.i >= len(s.up) {
		return false
	}
	if !strings.HasPrefix(t.rule, "cameo:") && !strings.HasPrefix(t.rule, "clause:") {
		return false // an event noun after the verb ("ordered an investigation")
	}
	block := t.rule[strings.LastIndexByte(t.rule, ':')+1:]
	if strings.Contains(block, "+") {
		return false
	}
	if genericBlocks[block] {
		return true
	}
	lemma := s.up[t.i]
	if tr := s.tree(); tr != nil && t.i < tr.Len() {
		lemma = strings.ToUpper(tr.Lemma[t.i])
	}
	return genericVerbs[lemma]
}
