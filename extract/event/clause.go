package event

import (
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/actor"
	"github.com/chronicle-news/chronicle/extract/syntax"
)

// Clause-level coding on the dependency tree (when the syntax stage ran).
// The chunk coder finds the sentence's main event; every other clause whose
// predicate is in the verb dictionary gives an event of its own, with its
// actors read from the tree:
//   - coordinated verbs with a shared subject ("thanked Britain … and urged
//     Washington to follow": the tree gives "urged" Zelensky as subject);
//   - adverbial clauses: when/after/as clauses ("were killed when Russian
//     drones hit grain terminals") and participial ones (", killing four");
//   - relative clauses ("the sanctions Brussels adopted against Russia"), whose
//     relative pronoun stands for the noun they modify;
//   - passives with or without an agent: the agent acts, the subject is the
//     target;
//   - clausal complements of reporting verbs ("said Russian occupiers
//     shelled Kherson").
//
// A subject that is itself an attack noun or a weapon ("a drone attack on the
// port killed nine", "artillery fire hit a market", "a roadside bomb
// exploded") leaves the attacker unnamed unless a modifier names it ("a
// Russian drone attack"); the target is then the "on" phrase, the object,
// or the civilians of the place the clause names.

// weaponNouns are subject heads that carry an attack without naming who
// made it.
var weaponNouns = syntax.Weapons(true, "BOMBER", "BOMBERS", "GUNMEN", "GUNMAN", "ATTACKERS", "ASSAILANTS",
	"EXPLOSION", "BLAST", "SHELLING", "AIRSTRIKE", "WARPLANES", "JETS", "AIRCRAFT")

// clauseEvents codes the clauses of the sentence's tree other than those of
// events already found.
func (s *sentence) clauseEvents(have []chronicle.Event, main trigger, hasMain bool) []chronicle.Event {
	tr := s.tree()
	if tr == nil {
		return nil
	}
	var out []chronicle.Event
	// typeAt is the type coded at each predicate, so that a coordinated
	// verb of the same attack ("killed 14 and wounded 30") keeps it.
	typeAt := map[int]string{}
	outAt := map[int]int{} // predicate → its event's index in out
	if hasMain && len(have) > 0 {
		typeAt[main.i] = have[0].Type
	}
	// accusation is the sentence's accusation, whose accused act a clause
	// under it may report: the chunk coder's, or, when no dictionary codes
	// the accuser ("Rights groups accused police of beating protesters"),
	// one with the accused alone, since the act happened whoever tells it.
	var accusation *chronicle.Event
	if hasMain && len(have) > 0 && (have[0].Type == "DISAPPROVE" || have[0].Type == "ACCUSE") {
		accusation = &have[0]
	} else if hasMain && len(have) == 0 && !main.noun && !main.passive {
		if typ, _, _, ok := s.c.dict.Plover(main.code); ok && (typ == "DISAPPROVE" || typ == "ACCUSE") {
			if obj, _ := s.object(main); obj != nil {
				accusation = &chronicle.Event{Type: typ, Target: obj}
			}
		}
	}
	for _, c := range tr.Clauses() {
		p := c.Pred
		if tr.UPOS[p] != "VERB" {
			continue
		}
		if hasMain && len(have) > 0 && p >= main.vg && p < main.j {
			continue // coded by the chunk coder already
		}
		participial := s.participial(tr, c)
		// "accused Armenian troops of firing on its positions, a charge
		// Yerevan rejected": the reply the relative clause on the
		// accusation tells is an act of its own subject
		answered := c.Rel == "acl:relcl" && !c.Passive && c.Subj >= 0 && tr.Head[p] >= 0 && asideNouns[s.up[tr.Head[p]]]
		accused := accusation != nil && !answered && under(tr, p, main.i, 2) &&
			!(participial && tr.Head[p] == main.i) && // (not "criticised Cambodia, demanding a ceasefire": the critic's own next act)
			!(tr.Head[p] >= 0 && tr.Head[p] != main.i && s.lx.reporting[s.up[tr.Head[p]]]) && // (nor "accused … and said it was cutting relations": what a second statement says)
			s.decidedOn(tr, c) < 0 && // (not "regretted Venezuela's decision to recall its ambassador": whose decision it was did it)
			!(syntax.Base(c.Rel) == "advcl" && c.Subj >= 0 && s.timeMarked(tr, p) && s.codedSubject(tr, c)) // (nor "summoned China's envoy after a Chinese vessel fired …": a happening with its own, named subject)
		accuser := -1 // the accusation this loop coded that governs p ("accused India of unprovoked firing")
		for h, n := tr.Head[p], 0; h >= 0 && n < 2; h, n = tr.Head[h], n+1 {
			if typeAt[h] == "DISAPPROVE" || typeAt[h] == "ACCUSE" {
				accuser = h
				break
			}
		}
		var acc *chronicle.Event
		if accused {
			acc = accusation
		} else if k, ok := outAt[accuser]; ok && accuser >= 0 {
			accused, acc = true, &out[k]
		}
		// "issued a statement condemning …": the issuer's act, whatever
		// else the sentence reports
		issued := syntax.Base(c.Rel) == "acl" && tr.Head[p] >= 0 && documentNouns[s.up[tr.Head[p]]] && !s.blockedDocument(tr, tr.Head[p])
		// "fired tear gas at protesters who marched on Congress": what the
		// protesters did is a protest of its own
		// ("fired tear gas at thousands of students who marched on the
		// prime minister's office": people who marched, however named)
		protesting := syntax.Base(c.Rel) == "acl" && tr.Head[p] >= 0 && (protesterNouns[s.up[tr.Head[p]]] || crowdNouns[s.up[tr.Head[p]]] ||
			peopleNouns[s.up[s.countedHead(tr, tr.Head[p])]] != "")
		// "denied shelling the market and blamed the army": what the
		// denial governs is reported (negated) beside the main event
		deniedAct := tr.Head[p] >= 0 && s.lx.denial[s.up[tr.Head[p]]] && (syntax.Base(c.Rel) == "xcomp" || syntax.Base(c.Rel) == "ccomp")
		// "resigned a day after 19 protesters were shot dead by police":
		// a time clause with its own subject reports a happening of its own
		// (or on "days" before it, as the parser may hang "two days
		// after militants killed seven soldiers")
		timed := (syntax.Base(c.Rel) == "advcl" || syntax.Base(c.Rel) == "acl") && c.Subj >= 0 && !c.Shared && s.timeMarked(tr, p) ||
			// (and one the parser coordinates with the main verb: "resigned,
			// a day after 19 protesters were shot dead")
			syntax.Base(c.Rel) == "conj" && c.Subj >= 0 && !c.Shared && c.Passive
		// "called for the release of the journalists detained in
		// Istanbul the day before": beside statements only, a reduced
		// relative with its own day reports the happening they are about
		referencedAct := (syntax.Base(c.Rel) == "acl" || s.decidedOn(tr, c) >= 0) && len(have) > 0 && allStatements(have) && s.dayIn(tr, p) ||
			// (and beside any act, a passive relative clause with a day of
			// its own: "ordered a month in custody for a Serb man who was
			// detained on Saturday at a crossing")
			c.Rel == "acl:relcl" && c.Passive && len(have) > 0 && s.dayIn(tr, p)
		// "accused Pakistan of sheltering the gunmen who killed 26
		// tourists": a relative clause that tells a toll reports a
		// happening of its own, whatever else the sentence says
		tolled := c.Rel == "acl:relcl" && !c.Passive && s.tollObject(tr, c)
		// "denied that its forces had fired … and said Armenian units
		// had shelled a post": what a second, coordinated statement
		// reports is a happening of its own
		h := tr.Head[p]
		secondReport := syntax.Base(c.Rel) == "ccomp" && c.Subj >= 0 && h >= 0 && s.lx.reporting[s.up[h]] && syntax.Base(tr.Rel[h]) == "conj"
		if len(have) > 0 && !(c.Shared && syntax.Base(c.Rel) == "conj") && !participial && !accused && !issued && !protesting && !deniedAct && !timed && !referencedAct && !secondReport && !tolled && !answered {
			// Beside an event the chunk coder found, only a coordinated
			// predicate sharing its subject reports another act of that
			// actor ("thanked … and urged"); other clauses are read when
			// the sentence has no event yet.
			continue
		}
		denies := answered && s.lx.denial[s.up[p]] // "…, a charge the group denied": a refusal of the charge
		if s.lx.reporting[s.up[p]] || s.lx.denial[s.up[p]] && !denies {
			continue
		}
		f, ok := s.matchAt(p)
		if denies {
			f, ok = form{words: []string{s.up[p]}, block: "DENY", code: "120"}, true
		}
		if !ok && (s.lx.lightVerb[s.up[p]] || s.lx.stopVerb[s.up[p]]) {
			// "as the two sides carried out a prisoner exchange": a light
			// verb says what its event noun names (see refine)
			f, ok = form{words: []string{s.up[p]}, block: "LIGHT", code: "---"}, true
		}
		if !ok {
			continue
		}
		t := trigger{i: p, j: p + len(f.words), code: f.code, block: f.block, rule: "clause:" + syntax.Base(c.Rel) + ":" + f.block, objectNounAt: -1}
		if acc == accusation && accused {
			t.accusedBy = main.i + 1
		} else if accused {
			t.accusedBy = accuser + 1
		}
		s.refine(&t)
		if c.Passive && s.lx.lightVerb[s.up[p]] && c.Subj >= 0 && c.Agent >= 0 {
			// "the attack on the depot was carried out by X": the act
			// the passive light verb's subject names, by its agent
			if h := tr.NounPhrase(c.Subj).Head; h >= 0 {
				if code, ok := s.lx.nouns[s.up[h]]; ok {
					t.code, t.objectNounAt, t.rule = code, h, t.rule+"+noun:"+s.up[h]
				}
			}
		}
		if _, _, _, ok := s.c.dict.Plover(t.code); !ok {
			continue
		}
		s.verbGroup(&t)
		t.passive = t.passive || c.Passive
		t.negated = t.negated || c.Negated
		denied := s.deniedBy(tr, p)
		if denied {
			t.negated, t.denied = true, true
		}
		if !accused && !denied && !s.eventClause(tr, c) {
			continue
		}
		if accused && (!s.accusedAct(tr, p, t.code) || strings.HasPrefix(t.code, "196")) {
			continue // "accused the rebels of violating the ceasefire": the accusation is the event
		}
		if accused {
			// "accused the RSF of killing 25 people": the act the
			// accuser reports, by the accused
			c.Subj = -1
		}
		if s.silentOnAttack(t) {
			continue
		}
		if t.block == "DIE" && (violentCoded(have, out) || s.violentVerbBesides(tr, c.Pred)) {
			continue // "two protesters died after police fired": the toll of the attack its own clause codes
		}
		e, ok := s.clauseEvent(tr, c, t)
		if ok && answered && e.Target == nil {
			// (whoever made the charge is who is answered)
			for _, o := range have {
				if statementType[o.Type] && o.Source != nil && !sameActor(o.Source, e.Source) {
					e.Target = o.Source
					break
				}
			}
		}
		if ok && accused {
			if !s.accusedAct(tr, p, t.code) {
				continue
			}
			if e.Source == nil || acc.Target != nil || acc.Source != nil && e.Source.Code == acc.Source.Code {
				// (the clause's subject is the accused's: a source found
				// elsewhere, from the sentence's places, is not)
				e.Source = acc.Target
			}
			if acc.Source != nil {
				r := *acc.Source
				e.ReportedBy = &r
				if a := s.accusersOwn(tr, c, acc.Source); a != nil && violentType(e.Type) {
					e.Target = a
				}
			}
			e.Coder += "+accused"
		}
		if !ok {
			continue
		}
		if a := s.reporterOfSelfAddress(tr, c, e); a != nil {
			// "said the Taliban had fired first and urged Kabul to
			// restrain its forces": no one urges itself; the verb the
			// parser joined to the reported clause is the reporter's
			e.Source, e.ReportedBy = a, nil
			e.Coder += "+reporter"
		}
		if protesting && len(have) > 0 && e.Type != "PROTEST" {
			continue
		}
		if h := tr.Head[p]; syntax.Base(c.Rel) == "acl" && h >= 0 && documentNouns[s.up[h]] && !statementType[e.Type] {
			continue // "signed a declaration ending the dispute": the signing is the act
		}
		if h := tr.Head[p]; ok && h >= 0 && (syntax.Base(c.Rel) == "conj" || participial) && violentType(typeAt[h]) && violentType(e.Type) && e.Type != typeAt[h] {
			e.Type = typeAt[h]
			e.Coder += "+type-of-" + strings.ToLower(s.up[h])
		}
		typeAt[p] = e.Type
		if h := tr.Head[p]; participial && h >= 0 && s.lx.reporting[s.up[h]] && statementType[e.Type] {
			// "the ministry said on Saturday, accusing Baku of opening
			// fire first": the speaker's own accusation beside what it
			// said, not the figures of an attack
		} else if participial && len(have)+len(out) > 0 && !strings.HasPrefix(t.code, "173") && (!statementType[e.Type] || codedType(have, out, e.Type) || violentCoded(have, out) ||
			e.Type == "DEMAND" && codedType(have, out, "PROTEST")) {
			// ", killing four civilians": the figures of the attack
			// already coded, not an attack of its own; only an arrest
			// (", detaining 63 people") is another act. Beside no
			// violence, a statement's participle is the subject's next
			// act ("met Cambodia's leader on Monday, demanding a
			// ceasefire"; not ", leading him to quip"); beside an attack
			// it is the attack's toll
			// ("killing 18 people and forcing 5,000 families to flee"),
			// and beside a protest a demand is what it demanded
			// ("demonstrated in Tel Aviv, calling for a deal").
			continue
		}
		arrest := participial && strings.HasPrefix(t.code, "173") // an act of its own, with its toll
		if !arrest && (duplicate(have, e) || duplicate(out, e)) || arrest && (sameTrigger(have, e) || sameTrigger(out, e)) {
			continue
		}
		outAt[p] = len(out)
		out = append(out, e)
	}
	return out
}

// struckSite is what clause c's verb struck: its direct object, or a noun
// the parser hangs on it as an oblique with no preposition ("struck the
// city's airport" parsed so); -1 when there is none.
func struckSite(c syntax.Clause) int {
	if len(c.Objs) > 0 {
		return c.Objs[0]
	}
	for _, o := range c.Obliques {
		if o.Case < 0 && o.Head > c.Pred {
			return o.Head
		}
	}
	return -1
}

// facilityNouns are the sites and structures an attack strikes.
var facilityNouns = syntax.Facilities(true, "plant", "terminal", "terminals", "warehouse", "facility", "facilities")

// codedType reports whether an event of type typ is among those coded.
func codedType(have, out []chronicle.Event, typ string) bool {
	for _, evs := range [2][]chronicle.Event{have, out} {
		for _, e := range evs {
			if e.Type == typ {
				return true
			}
		}
	}
	return false
}

// violentCoded reports whether violence is among the events coded.
// tollObject reports whether clause c's predicate is a violent verb whose
// object is counted people ("killed 26 tourists", "wounded dozens of
// villagers").
func (s *sentence) tollObject(tr *syntax.Tree, c syntax.Clause) bool {
	f, ok := s.c.dict.match(s.up, c.Pred)
	if !ok || !isViolent(f.code) {
		return false
	}
	for _, o := range c.Objs {
		for _, m := range tr.Children(o) {
			if tr.Rel[m] == "nummod" || crowdNouns[s.up[m]] {
				return true
			}
		}
		if crowdNouns[s.up[o]] {
			return true
		}
	}
	return false
}

// violentVerbBesides reports whether a verb of the tree other than p is a
// violent act: a clause that codes the attack whose toll p tells.
func (s *sentence) violentVerbBesides(tr *syntax.Tree, p int) bool {
	for k := 0; k < tr.Len() && k < len(s.up); k++ {
		if k == p || tr.UPOS[k] != "VERB" {
			continue
		}
		if f, ok := s.c.dict.match(s.up, k); ok && isViolent(f.code) && !strings.HasPrefix(s.up[k], "DIE") {
			return true
		}
	}
	return false
}

func violentCoded(have, out []chronicle.Event) bool {
	return codedType(have, out, "FIGHT") || codedType(have, out, "ASSAULT")
}

// blockedDocument reports whether the document noun at d is what its verb
// blocks or rejects ("Hungary blocked a statement condemning Israel"): what
// the document would have said was never said.
func (s *sentence) blockedDocument(tr *syntax.Tree, d int) bool {
	h := tr.Head[d]
	if h < 0 {
		return false
	}
	w := s.up[h]
	return preventVerbs[w] || w == "VETOED" || w == "VETO" || w == "REJECTED" || w == "REJECT"
}

// localTitles are the offices of a place that speak of what happens in it.
var localTitles = set("MAYOR", "GOVERNOR", "POLICE", "PROSECUTOR", "COUNCIL", "AUTHORITIES", "OFFICIALS")

// speakerPlace is the place whose local office speaks in the sentence
// ("Cali's mayor said …", "the governor of Michoacan said …"), or "".
func (s *sentence) speakerPlace(tr *syntax.Tree) string {
	for p := range s.up {
		if !s.lx.reporting[s.up[p]] || p >= tr.Len() || tr.UPOS[p] != "VERB" {
			continue
		}
		sj := tr.SubjectOf(p)
		if sj < 0 || !localTitles[s.up[sj]] {
			continue
		}
		ph := tr.NounPhrase(sj)
		for _, pl := range s.places() {
			if pl.at >= ph.First && pl.end <= ph.Last && !s.isCountry(pl.name) {
				return pl.name
			}
		}
	}
	return ""
}

// accusedAct reports whether an act of code at predicate p is one an
// accusation reports as a happening of its own: violence, force against a
// crowd (CAMEO 175, "accused police of using excessive force against
// protesters"), and arrests a day names ("accused police of arresting its
// supporters in Islamabad the day before"; undated, "of arresting critics"
// is a charge, not a report of one happening).
func (s *sentence) accusedAct(tr *syntax.Tree, p int, code string) bool {
	return isViolent(code) || strings.HasPrefix(code, "175") || strings.HasPrefix(code, "173") && s.dayIn(tr, p)
}

// codedSubject reports whether the dictionaries code the subject of clause
// c.
func (s *sentence) codedSubject(tr *syntax.Tree, c syntax.Clause) bool {
	if c.Subj < 0 {
		return false
	}
	a, _, _ := s.phrase(tr, c.Subj)
	return a != nil && a.Code != ""
}

// placeNamed is the name of the place entity that word k heads, or "".
func (s *sentence) placeNamed(k int) string {
	for _, e := range s.doc.Entities {
		if e.Type == "LOC" && e.ByteStart <= s.toks[k].ByteStart && s.toks[k].ByteEnd <= e.ByteEnd && s.span.Contains(e.Span) {
			return e.Text
		}
	}
	return ""
}

// settlementNamed is the place a phrase headed by a settlement noun names
// by its "of" phrase ("the town of Pont-Sonde"), or "".
func (s *sentence) settlementNamed(tr *syntax.Tree, k int) string {
	if !settlementNouns[s.up[k]] {
		return ""
	}
	for _, ch := range tr.Children(k) {
		if cs := tr.Case(ch); cs >= 0 && s.up[cs] == "OF" {
			return s.placeNamed(ch)
		}
	}
	return ""
}

var settlementNouns = syntax.Settlements(true, "TOWNS", "VILLAGES", "CITIES", "CAMPS", "DISTRICTS", "PROVINCES", "REGIONS")

// placePeople are the civilians of a place struck: of the country its name
// codes to, else of the country the clause or the sentence places it in
// (the story's when it names none), else its people by name.
func (s *sentence) placePeople(tr *syntax.Tree, c syntax.Clause, name string) *chronicle.Actor {
	cc := s.countryOf(name)
	if cc == "" {
		cc = s.placeCountry(tr, c)
	}
	if cc == "" {
		return s.unknownPlace(name)
	}
	return &chronicle.Actor{Name: name, Code: cc + "CVL"}
}

// sides2 reads the two sides of a "between X and Y" phrase headed by k
// ("the war between the army and the RSF"); nil when either is not an
// actor.
func (s *sentence) sides2(tr *syntax.Tree, k int) (a, b *chronicle.Actor, bText string) {
	for _, cj := range tr.Children(k) {
		if syntax.Base(tr.Rel[cj]) != "conj" {
			continue
		}
		if a, _, _ = s.phrase(tr, k); a == nil {
			return nil, nil, ""
		}
		if b, bText, _ = s.phrase(tr, cj); b == nil {
			return nil, nil, ""
		}
		return a, b, bText
	}
	return nil, nil, ""
}

// accusersOwn reads a target the accused act names by a possessive
// pronoun ("Azerbaijan accused Armenian forces of firing on its
// positions"): the accuser's, not the accused's. A military target is the
// accuser's army, a settlement its people; anything else is read as
// before (nil).
func (s *sentence) accusersOwn(tr *syntax.Tree, c syntax.Clause, accuser *chronicle.Actor) *chronicle.Actor {
	if !stateOrGovernment(accuser) {
		return nil
	}
	heads := slices.Clone(c.Objs)
	for _, o := range c.Obliques {
		if o.Case >= 0 && s.lx.targetPrep[s.up[o.Case]] {
			heads = append(heads, o.Head)
		}
	}
	for _, h := range heads {
		own := false
		for _, m := range tr.Children(h) {
			own = own || tr.Rel[m] == "nmod:poss" && (s.up[m] == "ITS" || s.up[m] == "THEIR")
		}
		switch {
		case !own:
		case militaryTargets[s.up[h]]:
			return s.group(accuser.Code[:3] + "MIL")
		case settlementNouns[s.up[h]] || peopleNouns[s.up[h]] != "":
			return s.group(accuser.Code[:3] + "CVL")
		}
	}
	return nil
}

// weaponsDowned is the object of clause c when it is aerial weapons ("shot
// down 40 drones", "destroyed 62 of the drones": the noun "of" counts), or
// -1.
func (s *sentence) weaponsDowned(tr *syntax.Tree, c syntax.Clause) int {
	for _, o := range c.Objs {
		h := o
		for _, m := range tr.Children(o) {
			if syntax.Base(tr.Rel[m]) == "nmod" && tr.Case(m) >= 0 && s.up[tr.Case(m)] == "OF" {
				h = m
			}
		}
		if aerialWeapons[s.up[h]] {
			return h
		}
	}
	return -1
}

// struckSector is the sector of what the noun h struck names: soldiers or
// police by their noun, a military target the army's, else civilians.
func (s *sentence) struckSector(h int) string {
	if bs := agentSector[s.up[h]]; bs == "MIL" || bs == "COP" {
		return bs
	}
	if militaryTargets[s.up[h]] {
		return "MIL"
	}
	return "CVL"
}

// victimObject reports whether clause c has a direct object other than
// the "fire" that is opened: then its obliques place the act ("wounded 23
// at a checkpoint in Mogadishu"), they do not name whom it struck.
func (s *sentence) victimObject(c syntax.Clause) bool {
	for _, o := range c.Objs {
		if s.up[o] != "FIRE" {
			return true
		}
	}
	return false
}

// placeUnder reports whether the name txt is a place in a prepositional
// phrase ("in", "near", "at") on the noun h, not h's own name or modifier.
func (s *sentence) placeUnder(tr *syntax.Tree, h int, txt string) bool {
	if h < 0 || tr.UPOS[h] != "NOUN" {
		return false
	}
	for _, m := range tr.Children(h) {
		if cs := tr.Case(m); cs >= 0 && syntax.Base(tr.Rel[m]) == "nmod" && s.lx.placePrep[s.up[cs]] {
			if first, last := tr.Subtree(m); strings.Contains(s.text(first, last+1), txt) {
				return true
			}
		}
	}
	return false
}

// list reports whether the phrase headed by k is a list of three or more
// ("the Brussels, Paris and Amsterdam exchanges"): no pair of sides.
func (s *sentence) list(tr *syntax.Tree, k int) bool {
	cjs := s.conjuncts(tr, k)
	for _, cj := range cjs {
		if f := tr.NounPhrase(cj).First; f > 0 && s.isComma(f-1) {
			return true
		}
	}
	return len(cjs) > 1 // (the parser may chain the conjuncts: conjuncts reads them all)
}

// participial reports whether clause c is a participial adjunct after a
// comma, which reports a further act of the main clause's subject (",
// killing four civilians", ", detaining at least 63 people"): an advcl on
// an -ing verb with no subordinator or subject of its own.
func (s *sentence) participial(tr *syntax.Tree, c syntax.Clause) bool {
	p := c.Pred
	if h := tr.Head[p]; syntax.Base(c.Rel) == "conj" && c.Subj < 0 && strings.HasSuffix(s.up[p], "ING") && h >= 0 && h < p {
		// ", killing one person and arresting 12": a participle
		// coordinated with one is one too
		return s.participial(tr, tr.ClauseOf(h))
	}
	rel := syntax.Base(c.Rel)
	if h := tr.Head[p]; (rel == "ccomp" || rel == "xcomp") && h >= 0 && s.lx.reporting[s.up[h]] {
		rel = "advcl" // "said on Saturday, accusing Baku of …": the parser's complement is the participle
	}
	if rel != "advcl" || c.Subj >= 0 || !strings.HasSuffix(s.up[p], "ING") || p == 0 || !s.isComma(p-1) {
		return false
	}
	for _, k := range tr.Children(p) {
		if syntax.Base(tr.Rel[k]) == "mark" {
			return false
		}
	}
	return true
}

// violentType reports whether a PLOVER type is one of the two kinds of
// violence the typing policy tells apart.
func violentType(t string) bool { return t == "FIGHT" || t == "ASSAULT" }

// eventClause tells the clauses that report an event of their own: the
// main clause, a coordinated one, a when/after/as clause, a relative
// clause, a passive participle ("the ship struck by Houthi missiles").
// Gerund and infinitive complements ("her role in rioting", "used tear gas
// to disperse", "demanding that the government provide") are what someone
// did, wanted or is blamed for: not events of their own.
func (s *sentence) eventClause(tr *syntax.Tree, c syntax.Clause) bool {
	switch rel := c.Rel; syntax.Base(rel) {
	case "root", "conj", "parataxis":
		return true
	case "ccomp", "xcomp":
		// "police said a man stabbed three people": what is reported;
		// "the RSF denied shelling the market and blamed the army": what
		// is denied (negated), when the denial is not the main event's
		h := tr.Head[c.Pred]
		if h >= 0 && s.lx.denial[s.up[h]] {
			return true
		}
		return syntax.Base(c.Rel) == "ccomp" && h >= 0 && s.lx.reporting[s.up[h]]
	case "acl":
		if rel == "acl:relcl" && !strings.HasSuffix(s.up[c.Pred], "ING") || c.Agent >= 0 {
			return true
		}
		if c.Subj >= 0 && !c.Shared && s.timeMarked(tr, c.Pred) {
			// "suspended talks with the ELN in January after the group
			// launched an offensive": a time clause with its own subject
			// that the parser hung on a noun
			return true
		}
		if s.decidedOn(tr, c) >= 0 {
			return true // "regretted Venezuela's decision to recall its ambassador on Wednesday": done that day
		}
		if s.doneOnDay(tr, c) {
			return true
		}
		h := tr.Head[c.Pred]
		// A participle on a statement or on people is their act: "issued
		// a statement demanding …", "demonstrators protesting the results".
		return h >= 0 && strings.HasSuffix(s.up[c.Pred], "ING") && !s.marked(tr, c.Pred) &&
			(documentNouns[s.up[h]] || peopleNouns[s.up[h]] != "" || protesterNouns[s.up[h]])
	case "advcl":
		if s.participial(tr, c) || s.decidedOn(tr, c) >= 0 {
			return true
		}
		for _, k := range tr.Children(c.Pred) {
			switch s.up[k] {
			case "WHEN", "AFTER", "AS", "WHILE", "BEFORE", "ONCE", "SINCE":
				return true
			case "TO":
				// "used tear gas to disperse the crowd": what the
				// means were used for is the act
				if h := tr.Head[c.Pred]; h >= 0 && instrumentVerbs[tr.Lemma[h]] {
					return true
				}
				// "farmers drove hundreds of tractors into Brussels to
				// protest", "workers downed tools to protest": what people
				// did to protest is their protest
				if protestVerbs[s.up[c.Pred]] {
					return true
				}
			}
		}
	}
	return false
}

// doneOnDay reports whether clause c is a participle on people that says
// what was done to them on a day its phrase names ("the classmates arrested
// at Sunday's blockade", "the students taken in Monday's raid"): a
// happening of its own, then.
func (s *sentence) doneOnDay(tr *syntax.Tree, c syntax.Clause) bool {
	h := tr.Head[c.Pred]
	if c.Rel != "acl" || h < 0 || tr.UPOS[h] != "NOUN" || !(strings.HasSuffix(s.up[c.Pred], "ED") || isParticiple(s.up[c.Pred])) {
		return false
	}
	plural := func(w string) bool {
		return strings.HasSuffix(w, "S") || strings.HasSuffix(w, "MEN") || peopleNouns[w] != "" || w == "CHILDREN" ||
			struckVerbs[s.up[c.Pred]] || // (or anything struck: "the building hit on Tuesday")
			onePersonNoun(w) // (or one person: "the journalist arrested in Minsk the day before")
	}
	// (or the noun right before it, which the parser may have hung on
	// another: "the release of the journalists detained the day before")
	return (plural(s.up[h]) || c.Pred > 0 && tr.UPOS[c.Pred-1] == "NOUN" && plural(s.up[c.Pred-1])) && s.dayIn(tr, c.Pred)
}

// onePersonNoun reports whether w names one person of the people the
// event nouns know in the plural ("journalist", "activist", "student"), or
// one by a public role ("the opposition leader arrested in Kampala").
func onePersonNoun(w string) bool {
	return peopleNouns[w+"S"] != "" || civilianVictims[w+"S"] || personRoles[w]
}

// personRoles name one person: by sex and age, or by a public role.
var personRoles = set("MAN", "WOMAN", "BOY", "GIRL", "LEADER", "POLITICIAN", "LAWMAKER", "OFFICIAL", "OFFICER", "SOLDIER",
	"COMMANDER", "MAYOR", "GOVERNOR", "MINISTER", "CANDIDATE", "DIPLOMAT")

// dayUnder reports whether the phrase of word p names a day ("on Friday",
// "at Sunday's blockade").
func (s *sentence) dayUnder(tr *syntax.Tree, p int) bool {
	first, last := tr.Subtree(p)
	for k := first; k <= last; k++ {
		if weekdays[strings.TrimSuffix(s.up[k], "'S")] && s.up[k] != "LAST" {
			return true
		}
	}
	return false
}

// dayIn reports whether the subtree of p names a day: a weekday, or a day
// counted back ("the day before", "two days earlier").
func (s *sentence) dayIn(tr *syntax.Tree, p int) bool {
	if s.dayUnder(tr, p) {
		return true
	}
	first, last := tr.Subtree(p)
	// (or right after it: "Iran's seizure of the tanker a day earlier",
	// where the parser hangs "earlier" on the verb; past a place after it
	// the parser hung there too: "the arrests of students in Novi Sad the
	// day before")
	end := last + 3
	if j := last + 1; j < len(s.up) && (s.up[j] == "IN" || s.up[j] == "NEAR" || s.up[j] == "AT") {
		for j++; j < len(s.up) && j < last+6 && s.capitalized(j); j++ {
		}
		end = max(end, j+2)
	}
	for k := first; k < end && k+1 < len(s.up); k++ {
		if (s.up[k] == "DAY" || s.up[k] == "DAYS") && (s.up[k+1] == "BEFORE" || s.up[k+1] == "EARLIER" || s.up[k+1] == "AGO") {
			return true
		}
	}
	return false
}

// peopleReleased reports whether what clause c releases is people: the
// head of its passive subject or its object is a people noun or a
// nationality's people ("two drivers were freed", "released four
// engineers").
func (s *sentence) peopleReleased(tr *syntax.Tree, c syntax.Clause, t trigger) bool {
	h := -1
	if t.passive {
		h = c.Subj
		if h < 0 && syntax.Base(c.Rel) == "acl" {
			h = tr.Head[c.Pred]
		}
	} else if len(c.Objs) > 0 {
		h = c.Objs[0]
	}
	if h < 0 {
		return false
	}
	h = tr.NounPhrase(h).Head
	if h < 0 {
		return false
	}
	w := s.up[h]
	if peopleNouns[w] != "" || captiveNouns[w] || protesterNouns[w] || troopWords[w] || agentSector[w] != "" ||
		agentNoun(w) || strings.HasSuffix(w, "ANTS") || tr.UPOS[h] == "PROPN" || tr.UPOS[h] == "PRON" {
		return true
	}
	for _, m := range tr.Children(h) {
		if tr.Rel[m] == "amod" && s.demonym(m) {
			return true // "three Italian nuns": people of a nation
		}
	}
	return false
}

// gatheringVerbs bring people somewhere, and protestVerbs are what they
// came to do there (or did anything else for).
var (
	gatheringVerbs = set("drive", "march", "gather", "rally", "converge", "pour", "flock", "travel", "come", "take", "descend", "assemble",
		"sail", "ride", "walk", "fly", "stream")
	protestVerbs = set("PROTEST", "DEMONSTRATE", "DEMAND", "DENOUNCE", "OPPOSE", "CONDEMN")
)

// agentNoun reports whether an upper-case plural looks like people by what
// they do ("fishermen", "farmers", "activists"); "posters" does too, so
// callers ask for more evidence.
func agentNoun(w string) bool {
	return strings.HasSuffix(w, "ERS") || strings.HasSuffix(w, "MEN") || strings.HasSuffix(w, "ISTS")
}

// carriedOut name a decision the text reports as carried out ("the
// decision to recall its ambassador on Wednesday").
var carriedOut = set("DECISION", "MOVE")

// decidedOn is the decision noun whose infinitive clause c is, when the
// clause names its day ("Venezuela's decision to recall its ambassador on
// Wednesday": the parser may hang the infinitive on the verb), or -1.
func (s *sentence) decidedOn(tr *syntax.Tree, c syntax.Clause) int {
	p := c.Pred
	if p < 2 || s.up[p-1] != "TO" {
		return -1
	}
	n := p - 2
	by := false
	if !carriedOut[s.up[n]] {
		// "Monday's decision by Bamako to expel its ambassador": past the
		// noun's "by" phrase, wherever the parser hung the verb
		for m := p - 3; m >= 1 && m >= p-5; m-- {
			if s.up[m] == "BY" && carriedOut[s.up[m-1]] && s.byPhrase(tr, m-1) >= 0 {
				n, by = m-1, true
				break
			}
		}
		if !by {
			return -1
		}
	}
	if tr.UPOS[n] != "NOUN" {
		return -1
	}
	if h := tr.Head[p]; !by && h != n && !(h >= 0 && tr.Head[n] == h) {
		return -1
	}
	if !s.dayIn(tr, p) && !s.dayOwner(n) {
		return -1
	}
	return n
}

// byPhrase is the head of the "by" phrase on noun n ("the decision by
// Bamako"), or -1.
func (s *sentence) byPhrase(tr *syntax.Tree, n int) int {
	for _, ch := range tr.Children(n) {
		if cs := tr.Case(ch); cs >= 0 && s.up[cs] == "BY" && ch > n {
			return ch
		}
	}
	return -1
}

// matchAt matches the dictionary at word i, or, when an irregular past
// participle is not there, the verb's lemma ("had withdrawn": the CAMEO
// dictionary lists "withdrew" and "withdraw" but not the participle).
func (s *sentence) matchAt(i int) (form, bool) {
	if f, ok := s.c.dict.match(s.up, i); ok {
		return f, true
	}
	tr := s.tree()
	if tr == nil || i >= tr.Len() || tr.UPOS[i] != "VERB" {
		return form{}, false
	}
	l, w := strings.ToUpper(tr.Lemma[i]), s.up[i]
	if l == "" || l == w || !strings.HasSuffix(w, "N") {
		return form{}, false // (an irregular participle only: "withdrawn", "driven")
	}
	s.up[i] = l
	f, ok := s.c.dict.match(s.up, i)
	s.up[i] = w
	if ok {
		f.words = append([]string{w}, f.words[1:]...)
	}
	return f, ok
}

// tollAfter reports whether the noun at k is followed, in its sentence, by
// a relative clause that counts dead or wounded ("… protests in the
// capital in which 12 people died").
func (s *sentence) tollAfter(k int) bool {
	for m := k + 1; m+1 < len(s.up) && m < k+8; m++ {
		if (s.up[m] == "IN" || s.up[m] == "DURING") && (s.up[m+1] == "WHICH" || s.up[m+1] == "WHOM") {
			for n := m + 2; n < len(s.up) && n < m+14 && !s.isComma(n); n++ {
				switch s.up[n] {
				case "KILLED", "DIED", "DEAD", "WOUNDED", "INJURED":
					return true
				}
			}
			return false
		}
		if s.isComma(m) && m > k+1 {
			continue
		}
	}
	return false
}

// inPlace reports whether the place at token i is where something is: "in",
// "at" or "near" before its phrase ("in the Belarusian capital"), not a side
// ("an agreement with Rwanda").
func (s *sentence) inPlace(i int) bool {
	b := s.placeStart(i)
	if b > 0 && s.lx.determiner[s.up[b-1]] {
		b--
	}
	return b > 0 && (s.up[b-1] == "IN" || s.up[b-1] == "AT" || s.up[b-1] == "NEAR" || s.up[b-1] == "OFF" || s.up[b-1] == "AROUND")
}

// timeMarked reports whether predicate p is marked as a time clause
// ("after", "when", "as", "while", "before", "since").
func (s *sentence) timeMarked(tr *syntax.Tree, p int) bool {
	for _, k := range tr.Children(p) {
		if syntax.Base(tr.Rel[k]) == "mark" {
			switch s.up[k] {
			case "AFTER", "WHEN", "AS", "WHILE", "BEFORE", "SINCE":
				return true
			}
		}
	}
	return false
}

// marked reports whether predicate p has a subordinator of its own ("to",
// "by", "after").
func (s *sentence) marked(tr *syntax.Tree, p int) bool {
	for _, k := range tr.Children(p) {
		if syntax.Base(tr.Rel[k]) == "mark" {
			return true
		}
	}
	return false
}

// documentNouns are what a body issues to speak: the act a participle on
// one of them names ("a resolution condemning the attack") is the issuer's.
var documentNouns = map[string]bool{"STATEMENT": true, "STATEMENTS": true, "DECLARATION": true, "RESOLUTION": true,
	"LETTER": true, "COMMUNIQUE": true, "PETITION": true, "MOTION": true, "APPEAL": true, "DECREE": true,
	"ULTIMATUM": true, "NOTE": true, "MESSAGE": true}

// statementType are the types a statement can be: what a participle on a
// document noun may code.
var statementType = map[string]bool{"DEMAND": true, "DISAPPROVE": true, "ACCUSE": true, "THREATEN": true,
	"SUPPORT": true, "REJECT": true}

// instrumentVerbs put means to a purpose: "police used tear gas to
// disperse the crowd", "the army deployed tanks to crush the protest".
var instrumentVerbs = map[string]bool{"use": true, "employ": true, "deploy": true, "send": true, "fire": true}

// under reports whether word a is within n steps below word b.
func under(tr *syntax.Tree, a, b, n int) bool {
	for h := tr.Head[a]; h >= 0 && n > 0; h, n = tr.Head[h], n-1 {
		if h == b {
			return true
		}
	}
	return false
}

// deniedBy reports whether predicate p is what a denial verb governs ("the
// Kremlin denied targeting civilians").
func (s *sentence) deniedBy(tr *syntax.Tree, p int) bool {
	for h, n := tr.Head[p], 0; h >= 0 && n < 3; h, n = tr.Head[h], n+1 {
		switch syntax.Base(tr.Rel[p]) {
		case "xcomp", "ccomp", "advcl":
		default:
			// a verb coordinated with the denial ("denied any role and
			// accused …") or an object of it is not denied
			return false
		}
		if s.lx.denial[s.up[h]] {
			return true
		}
		if s.lx.reporting[s.up[h]] {
			// "denied the claim, saying the militia had withdrawn": what
			// the denier says instead is asserted, not denied
			return false
		}
		p = h
	}
	return false
}

// phrase codes the noun phrase headed by word k of the tree, and returns
// its text.
func (s *sentence) phrase(tr *syntax.Tree, k int) (*chronicle.Actor, string, syntax.Phrase) {
	return s.phraseAs(tr, k, false)
}

// phraseAs is phrase for a phrase that acts (acting: the clause's source),
// where people placed in a country are not its state ("critics in Israel
// said"; see placedPeople). What is struck in a place stays the place's
// ("a market in Kherson"), as the attack rules read it.
func (s *sentence) phraseAs(tr *syntax.Tree, k int, acting bool) (*chronicle.Actor, string, syntax.Phrase) {
	if k < 0 {
		return nil, "", syntax.Phrase{Head: -1}
	}
	ph := tr.NounPhrase(k)
	// The core of the phrase (up to its head and the words that continue
	// it) names the actor first; a phrase after it ("a convoy in northern
	// Burkina Faso", "officials in Kyiv") only places it.
	core := k
	for _, ch := range tr.Children(k) {
		if ch == core+1 && (syntax.Base(tr.Rel[ch]) == "flat" || tr.Rel[ch] == "compound") {
			core = ch
		}
	}
	if c, ok := s.firstCoded(ph.First, core+1); ok {
		if n, ok := s.nationsThing(c); ok && acting {
			return n.actor, s.text(c.i, c.j), ph // "his French colleague praised": not the French state
		}
		if p, ok := s.possessedPeople(c); ok && acting {
			return p.actor, s.text(p.i, p.j), ph // "Kenya's doctors walked out": not Kenya's state
		}
		return c.actor, s.text(c.i, c.j), ph
	}
	// a name the parser cut at its left ("Tajikistan's defence | ministry
	// said"): the words right before the phrase, with it, as one coded name
	for i := max(0, ph.First-4); i < ph.First; i++ {
		if s.contiguousName(tr, i, ph.First) {
			if a := s.codeAt(i, core+1); a != nil {
				return a, s.text(i, core+1), ph
			}
		}
	}
	if c, ok := s.codedAround(k); ok && s.capitalized(k) {
		// a name the parser split ("the rebel Kurdistan Workers' Party"
		// with "Workers" as the subject): the coded name around the head
		return c.actor, s.text(c.i, c.j), ph
	}
	sector := ""
	for i := ph.First; i <= core; i++ {
		if sec := bodySector(s.up[i]); sec != "" {
			sector = sec
		}
	}
	if k > ph.First && (s.up[k-1] == "TWO" || s.up[k-1] == "BOTH") && strings.HasSuffix(s.up[k], "S") {
		// "the two leaders in Abu Dhabi", "both sides": a pair named
		// before, which the place after them does not name
		return nil, s.text(ph.First, core+1), ph
	}
	last := ph.Last
	for _, ch := range tr.Children(k) {
		if ch > core && syntax.Base(tr.Rel[ch]) == "acl" {
			// "protesters demanding the withdrawal of UN peacekeepers":
			// what a clause on the head names is not the head's actor
			if f, _ := tr.Subtree(ch); f-1 < last {
				last = f - 1
			}
		}
	}
	if c, ok := s.firstCoded(core+1, last+1); ok {
		if sector != "" && len(c.actor.Code) >= 3 && isAlpha(c.actor.Code[:3]) {
			// "an army convoy in northern Burkina Faso": the place's army
			return &chronicle.Actor{Name: s.text(ph.First, core+1), Code: c.actor.Code[:3] + sector}, s.text(ph.First, core+1), ph
		}
		if a, ok := s.placedPeople(core, c); ok && acting {
			return a, s.text(ph.First, c.j), ph // "critics in Israel": not Israel's state
		}
		return c.actor, s.text(c.i, c.j), ph
	}
	if a := s.possessorActor(ph.First, core); sector != "" && a != nil && len(a.Code) >= 3 && actor.IsCountry(a.Code[:3]) {
		// "Netanyahu's office said … that his cabinet would vote": the
		// body of the country of whom the pronoun stands for
		return &chronicle.Actor{Name: s.text(ph.First, core+1), Code: a.Code[:3] + sector}, s.text(ph.First, core+1), ph
	}
	if sector != "" && s.home != "" {
		// "an army convoy" in a story datelined in the country
		return &chronicle.Actor{Name: s.text(ph.First, core+1), Code: s.home + sector}, s.text(ph.First, core+1), ph
	}
	return nil, s.text(ph.First, ph.Last+1), ph
}

// possessorActor is the actor the actor stage resolved a possessive
// pronoun among words [a, b] to ("his cabinet": whose), or nil.
func (s *sentence) possessorActor(a, b int) *chronicle.Actor {
	for i := a; i <= b && i < len(s.up); i++ {
		if w := s.up[i]; w != "HIS" && w != "HER" && w != "ITS" && w != "THEIR" {
			continue
		}
		for _, m := range s.doc.Mentions {
			if m.Kind == chronicle.MentionPronoun && m.Span.Start == s.toks[i].Start && m.Actor != nil && m.Actor.Code != "" {
				return m.Actor
			}
		}
	}
	return nil
}

// contiguousName reports whether words [i, j) can open a name: nouns,
// adjectives and a possessive, with no punctuation.
func (s *sentence) contiguousName(tr *syntax.Tree, i, j int) bool {
	for k := i; k < j; k++ {
		switch tr.UPOS[k] {
		case "NOUN", "PROPN", "ADJ":
		case "PART":
			if s.up[k] != "'S" && s.up[k] != "’S" {
				return false
			}
		default:
			return false
		}
	}
	return s.capitalized(i)
}

// clauseEvent builds the event of clause c with trigger t.
func (s *sentence) clauseEvent(tr *syntax.Tree, c syntax.Clause, t trigger) (chronicle.Event, bool) {
	subj := c.Subj
	if subj >= 0 && (s.up[subj] == "WHO" || s.up[subj] == "WHICH" || s.up[subj] == "THAT") && tr.Head[c.Pred] >= 0 {
		subj = tr.Head[c.Pred] // a relative pronoun stands for the noun the clause modifies
	}
	if n := s.decidedOn(tr, c); subj < 0 && n >= 0 {
		// "Venezuela's decision to recall its ambassador": whose
		// decision it was
		for _, ch := range tr.Children(n) {
			if tr.Rel[ch] == "nmod:poss" && !weekdays[s.up[ch]] {
				subj = ch
			}
		}
		if b := s.byPhrase(tr, n); subj < 0 && b >= 0 {
			subj = b // "the decision by Bamako to expel …"
		}
	}
	if h := tr.Head[c.Pred]; subj < 0 && syntax.Base(c.Rel) == "acl" && h >= 0 {
		if documentNouns[s.up[h]] && tr.Head[h] >= 0 {
			subj = tr.ClauseOf(tr.Head[h]).Subj // "the party issued a statement demanding …": the party
		} else {
			subj = h // "the ship struck by Houthi missiles"
			t.passive = t.passive || strings.HasSuffix(s.up[c.Pred], "ED") || isParticiple(s.up[c.Pred])
		}
	}
	if subj < 0 && (syntax.Base(c.Rel) == "advcl" || s.participial(tr, c)) && tr.Head[c.Pred] >= 0 {
		subj = tr.SubjectOf(tr.Head[c.Pred]) // ", killing four": the main clause's subject
	}
	if h := tr.Head[c.Pred]; subj < 0 && syntax.Base(c.Rel) == "conj" && h >= 0 && tr.Head[h] >= 0 && s.participial(tr, c) {
		subj = tr.SubjectOf(tr.Head[h]) // ", killing one and arresting 12": as the participle it joins
	}
	if h := tr.Head[c.Pred]; subj >= 0 && syntax.Base(c.Rel) == "ccomp" && h >= 0 && s.lx.reporting[s.up[h]] && tr.UPOS[subj] == "PRON" &&
		(s.up[subj] == "IT" || s.up[subj] == "THEY") {
		// "Venezuela's foreign ministry said it had withdrawn its
		// ambassador": "it" is who said it
		if sj := tr.ClauseOf(h).Subj; sj >= 0 { // (the shared subject too: "accused … and said it was cutting relations")
			if a, _, _ := s.phrase(tr, sj); a != nil {
				subj = sj
			}
		}
	}
	sa, sText, sph := s.phraseAs(tr, subj, !t.passive)
	var obj *chronicle.Actor
	var oText, objPlace string
	pronounObj := false
	for _, o := range c.Objs {
		if objectPronouns[s.up[o]] {
			// "met al-Burhan and pressed him to return to talks in
			// Jeddah": whom the pronoun takes up, not what follows it
			obj, oText = s.pronounObject(t, o)
			pronounObj = true
			if obj != nil && sa != nil && obj.Code != "" && obj.Code == sa.Code {
				// "before Taliban fighters dispersed them": an object
				// pronoun is never its own clause's subject
				obj, oText = nil, ""
			}
			break
		}
		if s.commaBetween(c.Pred, o) {
			// an object does not follow its verb after a comma: "…
			// kills 3, Ukrainian military says" is an attribution
			break
		}
		if name := s.settlementNamed(tr, o); name != "" && isViolent(t.code) {
			// "stormed the town of Pont-Sonde in central Haiti": the
			// people of the town, not the country the phrase goes on to
			obj, oText = s.placePeople(tr, c, name), ""
			objPlace = name
			break
		}
		if protestNouns[s.up[o]] && (isViolent(t.code) || strings.HasPrefix(t.code, "17")) {
			// "police broke up a march against the UN mission": the
			// marchers, not what they marched against
			if cc := s.placeCountry(tr, c); cc != "" {
				ph := tr.NounPhrase(o)
				obj, oText = &chronicle.Actor{Name: s.text(ph.First, ph.Last+1), Code: cc + "CVL"}, ""
			}
			break
		}
		if a, txt, ph := s.phrase(tr, o); a != nil {
			obj, oText = a, txt
			if isViolent(t.code) && stateOrGovernment(a) && s.placeUnder(tr, ph.Head, txt) {
				// "raided a village in Mozambique's Cabo Delgado
				// province": the people of the place, not the state
				obj, oText = s.group(a.Code[:3]+s.struckSector(ph.Head)), ""
			}
			break
		}
		if isViolent(t.code) && s.attackerHead(tr, o) && !s.plainMen(tr, o) {
			// "officers killed four gang members": armed men no
			// dictionary names, of the country where they were hit
			if cc := s.placeCountry(tr, c); cc != "" {
				ph := tr.NounPhrase(o)
				obj, oText = &chronicle.Actor{Name: s.text(ph.First, o+1), Code: cc + "UAF"}, ""
				break
			}
		}
		if name := s.placeNamed(o); name != "" && isViolent(t.code) {
			// "the M23 bombarded Uvira": a place the dictionaries lack,
			// its people by name; it is also where it happened
			obj, oText = s.unknownPlace(name), ""
			objPlace = name
			break
		}
		if tr.Rel[o] == "obj" {
			// A verb takes one direct object: a second "obj" is a
			// misparse ("… kills 14, Sudanese army says" in a headline).
			break
		}
	}
	unnamed := false // the subject is an attack or a weapon: no attacker named
	if sph.Head >= 0 && (s.lx.violentNoun[s.up[sph.Head]] || weaponNouns[s.up[sph.Head]]) {
		unnamed = true
		sa = nil
		// a modifier may name the attacker: "a Russian drone attack"
		for k := sph.First; k < sph.Head; k++ {
			if a := s.codeAt(k, k+1); a != nil {
				sa = a
				break
			}
			if attackerNouns[s.up[k]] {
				// "Gang attack on Haitian town kills 20": armed men no
				// dictionary names, of the country where they struck
				if cc := s.placeCountry(tr, c); cc != "" {
					sa = &chronicle.Actor{Name: s.text(k, k+1), Code: cc + "UAF"}
					t.rule += "+unidentified-armed"
				}
				break
			}
		}
		a := s.possessorActor(sph.First, sph.Head)
		if a == nil && sph.First < sph.Head && (s.up[sph.First] == "ITS" || s.up[sph.First] == "THEIR" || s.up[sph.First] == "OUR") {
			a = s.reporterOf(tr, c.Pred)
		}
		if sa == nil && a != nil && len(a.Code) >= 3 && actor.IsCountry(a.Code[:3]) {
			// "Sudan's army said its aircraft struck …": the weapons'
			// owner, whom the pronoun stands for, with the sector the
			// weapon gives a country ("its warplanes": its army)
			sa = a
			if sec := agentSector[s.up[sph.Head]]; sec != "" && len(a.Code) == 3 {
				sa = &chronicle.Actor{Name: s.text(sph.First, sph.Head+1), Code: a.Code + sec}
			}
		}
		// "a drone attack on the port": the target; "the war between
		// the army and the RSF": the two sides; "bombs dropped by army
		// aircraft": the agent of a participle that modifies it
		for _, k := range tr.Children(sph.Head) {
			cs := tr.Case(k)
			switch {
			case syntax.Base(tr.Rel[k]) == "acl" && sa == nil:
				for _, g := range tr.Children(k) {
					if tr.Rel[g] == "obl:agent" {
						sa, _, _ = s.phrase(tr, g)
					}
				}
			case cs < 0:
			case (s.up[cs] == "ON" || s.up[cs] == "AGAINST") && obj == nil:
				obj, oText, _ = s.phrase(tr, k)
			case s.up[cs] == "BETWEEN" && sa == nil:
				if a, b, txt := s.sides2(tr, k); a != nil {
					sa, obj, oText = a, b, txt
				}
			}
		}
	}
	var src, tgt *chronicle.Actor
	var srcText, tgtText string
	if t.passive {
		if c.Agent >= 0 {
			src, srcText, _ = s.phraseAs(tr, c.Agent, true)
			if h := tr.NounPhrase(c.Agent).Head; h >= 0 && weaponNouns[s.up[h]] && src == nil {
				unnamed = true
			}
		}
		tgt, tgtText = sa, sText
		if unnamed {
			tgt, tgtText = obj, oText
		}
		if src == nil && strings.Contains(t.rule, "+came-under") {
			src = s.byAgent(t) // "came under attack from militants"
		}
	} else {
		src, srcText, tgt, tgtText = sa, sText, obj, oText
	}
	placeHead := -1 // the noun of a target phrase whose coded name is only its place
	if tgt == nil && !pronounObj {
		obliques := c.Obliques
		for _, k := range tr.Children(c.Pred) {
			if syntax.Base(tr.Rel[k]) == "xcomp" && len(c.Objs) == 0 {
				// "threatened to retaliate against Israel": the
				// complement's target is the threat's (but "urged both
				// sides to return to talks in Jeddah" addressed the
				// object, whom no dictionary names)
				obliques = append(obliques[:len(obliques):len(obliques)], tr.ClauseOf(k).Obliques...)
			}
		}
		for _, o := range obliques {
			cs := o.Case
			if cs >= 0 && s.up[cs] == "FROM" && isViolent(t.code) {
				continue // "fired rockets from southern Lebanon": where from
			}
			if cs >= 0 && s.lx.targetPrep[s.up[cs]] {
				if a, txt, ph := s.phrase(tr, o.Head); a != nil {
					tgt, tgtText = a, txt
					if isViolent(t.code) && stateOrGovernment(a) && s.placeUnder(tr, ph.Head, txt) && !s.victimObject(c) {
						placeHead = ph.Head
					}
					break
				}
			}
		}
	}
	if t.code == "192" {
		// "recaptured the town of Adale from al-Shabaab": territory is
		// taken from its holder, whether the parser hung the "from"
		// phrase on the verb or on the place
		if a, txt := s.takenFrom(tr, c); a != nil {
			tgt, tgtText = a, txt
		}
	}
	if la := s.takenUp(-1); src == nil && !t.passive && sph.Head >= 0 && attackerNouns[s.up[sph.Head]] && la != nil && la.Source != nil &&
		len(la.Source.Code) >= 6 && nonStateSectors[la.Source.Code[3:6]] && s.definiteNoun(sph.Head) {
		// "The attackers stormed Kaura Namoda district": the armed men
		// of the attack the story reported
		src, srcText, unnamed = la.Source, "", false
		t.rule += "+antecedent"
	}
	if src == nil && !t.passive && sph.Head >= 0 && (!unnamed || attackerNouns[s.up[sph.Head]]) && s.attackerHead(tr, sph.Head) {
		// "Gunmen killed 30 villagers in Plateau state": armed men no
		// dictionary names, of the country where they struck (the
		// weapon-like "gunmen", "attackers" too)
		if a := s.armedMen(tr, c, sph.Head, sText); a != nil {
			unnamed = false
			src, srcText = a, ""
			t.rule += "+unidentified-armed"
		} else {
			unnamed = true
		}
	}
	if src == nil && !unnamed && !t.passive && sph.Head >= 0 && isViolent(t.code) {
		// "after the Viv Ansanm gang coalition overran Mirebalais": an
		// armed body whose title says it acts at home, as the chunk
		// coder reads a main clause's subject
		if a, txt := s.domestic(sph.First, sph.Head+1, false); a != nil {
			src, srcText = a, txt
			t.rule += "+source-from-context"
		}
	}
	uncoded := false
	if src == nil && !unnamed && !t.passive && sa == nil {
		if a := s.namedSource(tr, sph); a != nil {
			src, srcText, uncoded = a, sText, true
			t.rule += "+uncoded-source"
		}
	}
	if t.block == "RANSACK" && armedSide(src) {
		t.code, t.rule = "1712", t.rule+"+armed-looting" // "armed men looted two warehouses": no riot, an attack on property
	}
	typ, mode, ctx := s.plover(&t, src)
	if typ == "" || uncoded && !uncodedTypes[typ] {
		return chronicle.Event{}, false
	}
	if mutual := mutualVerbs[s.up[c.Pred]] && tr.UPOS[c.Pred] == "VERB"; (reciprocal[typ] || mutual) && !t.passive && !unnamed && subj >= 0 && sa != nil &&
		!mediation(t.code) && !(violentType(typ) && !mutual && s.verbObject(c.Pred)) && !s.list(tr, subj) {
		// "Sudan's army and the RSF held talks in Jeddah": one side each,
		// not the first side with the venue (not a joint subject of an
		// attack with its own object: "Haitian police and Kenyan officers
		// killed several gang members")
		if a, b, txt := s.sides2(tr, subj); a != nil && b.Code != "" && a.Code != b.Code {
			src, srcText, tgt, tgtText = a, sText, b, txt
			t.rule += "+pair"
		}
	}
	if placeHead >= 0 && violentType(typ) && stateOrGovernment(tgt) {
		// "opened fire on a wedding in northwestern Nigeria": the people
		// where it was, not the state; "on soldiers at a checkpoint in
		// …": its soldiers
		tgt, tgtText = s.group(tgt.Code[:3]+s.struckSector(placeHead)), ""
	}
	if typ == "CONSULT" && tgt == nil && meetVerbs[s.up[c.Pred]] && s.bodyMeets(t) {
		return chronicle.Event{}, false // "the security cabinet met": no one consulted
	}
	if typ == "COERCE" && unnamed && sph.Head >= 0 && s.lx.violentNoun[s.up[sph.Head]] {
		// "The fighting has forced nearly 50,000 people from their
		// homes": the war's toll of displaced, not an act of coercion
		return chronicle.Event{}, false
	}
	violent := isViolent(t.code) || typ == "ASSAULT" || typ == "FIGHT"
	if violentType(typ) && !unnamed && !s.violenceEvidence(sa, obj, figurative[s.up[c.Pred]]) {
		// (a weapon, an attack or armed men as the subject are evidence
		// enough: "saboteurs blew up the pipeline")
		return chronicle.Event{}, false // a violent verb used of sport or markets
	}
	loc := s.clausePlace(tr, c)
	if loc == "" {
		loc = objPlace
	}
	if typ == "CONSULT" && t.block == "GO_SOMEWHERE" && tgt == nil && loc == "" {
		return chronicle.Event{}, false // "gunmen went from house to house": a visit goes to someone or somewhere
	}
	if armedArrival(typ, t, src, tgt) || typ == "CONSULT" && tgt == nil && src != nil && len(src.Code) >= 6 && nonStateSectors[src.Code[3:6]] {
		// (and, read on the tree, armed men's meeting with no one named:
		// "the attackers arrived on motorbikes")
		return chronicle.Event{}, false
	}
	var ante *chronicle.Event
	anteFull := false
	if src == nil && violent {
		// the attack the story reported before, taken up
		if ante, anteFull = s.takeUp(tr, c, sph, &t, loc); anteFull {
			src = ante.Source
		}
		if ante != nil && loc == "" {
			loc = ante.Location
		}
	}
	if loc == "" && (isViolent(t.code) || strings.HasPrefix(t.code, "17")) {
		// "Cali's mayor said a city councillor had been shot dead": a
		// local official speaks of a happening in the place they serve
		loc = s.speakerPlace(tr)
	}
	if h := tr.Head[c.Pred]; loc == "" && h >= 0 && s.participial(tr, c) {
		// "A car bomb ripped through a market in the Somali town of
		// Beledweyne, killing 13 people": the toll happened where the
		// clause it follows did
		loc = s.clausePlace(tr, tr.ClauseOf(h))
	}
	if h := tr.Head[c.Pred]; loc == "" && typ == "PROTEST" && syntax.Base(c.Rel) == "advcl" && h >= 0 {
		loc = s.clausePlace(tr, tr.ClauseOf(h)) // "marched into the capital to protest": where they went
		if loc == "" {
			loc = s.onlyPlace() // (the parser may hang it on what they brought: "drove tractors into Brussels")
		}
	}
	struck, struckEnd := "", 0 // the place an attack strikes ("raided the town of Macomia")
	if violent && !t.passive {
		struck, struckEnd = s.objectPlace(t.j)
	}
	if loc == "" {
		loc = struck
	}
	if loc == "" && violent && unnamed && !t.passive {
		// "flights at Port Sudan's airport were suspended, a day after
		// drones hit fuel tanks next to the runway": weapons striking
		// where the sentence gives no place strike at its one place
		loc = s.onlyPlace()
	}
	if loc == "" && violent && t.passive && src == nil && syntax.Base(c.Rel) == "acl" {
		// "police in Benue said that 20 travellers kidnapped on the
		// Otukpo road the day before were still missing": people a
		// reduced relative says were struck, by no one named, were
		// struck at the sentence's one place
		loc = s.onlyPlace()
	}
	if tgt == nil && violent && loc != "" && s.offshorePlace(loc) && len(c.Objs) > 0 {
		// "boarded the ship off Eyl": what was struck at sea, by name;
		// the coast is no one's people
		ph := tr.NounPhrase(c.Objs[0])
		tgt = &chronicle.Actor{Name: s.text(ph.First, c.Objs[0]+1)}
	}
	if tgt == nil && (violent || typ == "COERCE") && loc != "" && !s.offshorePlace(loc) {
		// no victim named: the civilians of the place hit, or its soldiers
		// or police when the object says so ("kill 40 soldiers in Burkina
		// Faso")
		sec, named := "CVL", -1
		if len(c.Objs) > 0 {
			if bs := bodySector(s.up[c.Objs[0]]); bs == "MIL" || bs == "COP" {
				sec, named = bs, c.Objs[0]
			}
		} else if t.passive && sph.Head >= 0 {
			// "a patrol came under attack near Kidal": the army's
			if sec = s.struckSector(sph.Head); sec != "CVL" {
				named = sph.Head
			}
		}
		if a, ok := s.c.res.Code(loc, s.doc.Published); ok && len(a.Code) >= 3 && isAlpha(a.Code[:3]) {
			tgt, tgtText = &chronicle.Actor{Name: a.Name, Code: a.Code[:3] + sec}, loc
			if named >= 0 {
				tgt.Name, tgtText = s.text(tr.NounPhrase(named).First, named+1), ""
			}
		} else {
			// a place the dictionaries lack: its people, by name
			tgt, tgtText = s.unknownPlace(loc), ""
		}
	}
	if tgt == nil && typ == "COERCE" && loc == "" && s.home != "" {
		// "More than 200 people were arrested across the country" in a
		// story datelined in Kenya: people of the country it is told from
		// (a toll's victims are the attack's, read on its own clause)
		if a := s.homePeople(tr, c, t, sph, s.home); a != nil {
			tgt, tgtText = a, ""
			t.rule += "+home-people"
		}
	} else if tgt == nil && (violent || typ == "COERCE") && loc == "" && !s.tollOfClause(tr, c) {
		// "At least 30 civilians were killed by mortar fire": people of
		// the country the sentence is in, else the story's; "Peruvian
		// police used tear gas to disperse thousands of protesters": a
		// state's police at home act on its own people
		cc := s.placeCountry(tr, c)
		if cc == "" {
			cc = homeForce(src)
		}
		if a := s.homePeople(tr, c, t, sph, cc); a != nil {
			tgt, tgtText = a, ""
			t.rule += "+home-people"
		}
	}
	if struck != "" {
		// the place struck, in the wider one the clause names ("in
		// Mozambique's Cabo Delgado province")
		loc = s.struckIn(struck, struckEnd, loc)
	}
	if violent && typ == "ASSAULT" && s.aimedAtCivilians(&t) {
		// "opened fire on worshippers leaving a church in northern
		// Burkina Faso", "on passengers in Nigeria's Kaduna state":
		// civilians of the country the sentence names
		cc := ""
		if tgt == nil {
			cc = s.placeCountry(tr, c)
		} else if len(tgt.Code) >= 3 && actor.IsCountry(tgt.Code[:3]) && !strings.HasSuffix(tgt.Code, "CVL") {
			cc = tgt.Code[:3]
		}
		if cc != "" {
			tgt = &chronicle.Actor{Name: s.c.res.CountryName(cc) + " civilians", Code: cc + "CVL"}
		}
	}
	if t.block == "DIE" && (s.victimsDied(t.i) || !s.violentCause(t.i)) {
		// "eight civilians died when the M23 bombarded Uvira": the toll
		// of the attack the sentence reports, not an act of the dead (nor
		// a death no violence caused: see violentCause)
		return chronicle.Event{}, false
	}
	if src == nil && !unnamed && !t.passive && sph.Head >= 0 && !strings.HasPrefix(t.code, "03") && !strings.HasPrefix(t.code, "04") {
		// (not for talks: "the two leaders will meet in Geneva" are no
		// Swiss officials; a meeting's venue is often nobody's home)
		if sec, ok := agentSector[s.up[sph.Head]]; ok {
			// "police broke up the protest in Nairobi": the country's police
			if cc := s.placeCountry(tr, c); cc != "" {
				src, srcText = &chronicle.Actor{Name: sText, Code: cc + sec}, ""
				t.rule += "+source-from-place"
			}
		}
	}
	if src == nil && t.passive && c.Agent < 0 && (strings.HasPrefix(t.code, "09") || strings.HasPrefix(t.code, "173") || executionVerbs[s.up[c.Pred]]) {
		// "were put under investigation in Peru": the state of the place
		// acts; the subject's own sector is the target's, not the actor's
		if cc := s.placeCountry(tr, c); cc != "" {
			src, srcText = s.group(cc+"GOV"), ""
			t.rule += "+source-from-place"
		}
	}
	release := strings.HasPrefix(t.code, "084")
	if release && !t.passive && src != nil && len(src.Code) >= 6 && nonStateSectors[src.Code[3:6]] && s.jailbreak(tr, c) {
		// "gang members stormed the town, … freeing 500 inmates from the
		// prison": armed men freeing the state's prisoners break them
		// out in the attack they make, no release of their own captives
		return chronicle.Event{}, false
	}
	if src == nil && release && t.passive {
		// "were returned from Ukrainian captivity": who held them
		for _, o := range c.Obliques {
			if o.Case >= 0 && s.up[o.Case] == "FROM" && s.up[o.Head] == "CAPTIVITY" {
				for _, m := range tr.Children(o.Head) {
					if m < o.Head && s.demonym(m) {
						if a, ok := s.c.res.Code(s.text(m, m+1), s.doc.Published); ok && len(a.Code) >= 3 {
							src, srcText = s.group(a.Code[:3]+"GOV"), ""
						}
					}
				}
			}
		}
	}
	if (src == nil || uncoded && src.Code == "") && typ == "PROTEST" && sph.Head >= 0 {
		// "hundreds of fishermen sailed boats into Dakar to protest":
		// people no dictionary names protest as the people of the place
		// (a count's people: "hundreds of fishermen")
		h, counted := sph.Head, false
		for _, m := range tr.Children(h) {
			if syntax.Base(tr.Rel[m]) == "nmod" && m > h && (s.up[h] == "HUNDREDS" || s.up[h] == "THOUSANDS" || s.up[h] == "DOZENS" || s.up[h] == "SCORES") {
				h, counted = m, true
			}
		}
		w := s.up[h]
		if peopleNouns[w] != "" || protesterNouns[w] || counted && agentNoun(w) { // (counted: not "posters")
			src = &chronicle.Actor{Name: sText}
			if cc := s.placeCountry(tr, c); cc != "" {
				src.Code = cc + "CVL"
				if sec := peopleNouns[w]; sec == "EDU" || sec == "LAB" || sec == "AGR" || sec == "HLH" {
					src.Code = cc + sec // "students marched": the country's students
				}
			}
			t.rule += "+people-protest"
		}
	}
	if src == nil && release && !s.peopleReleased(tr, c, t) {
		// "the text was released on the eve of the vote": a release
		// with no releaser named is one of people
		return chronicle.Event{}, false
	}
	if src == nil && tgt == nil && release && t.passive {
		// "five kidnapped missionaries were released near Port-au-Prince":
		// people freed where the country they were held in is known
		if cc := s.countryOf(s.clausePlace(tr, c)); cc != "" {
			tgt = s.group(cc + "CVL")
			t.rule += "+freed-in-place"
		}
	}
	if ante != nil && anteFull && tgt == nil {
		tgt = ante.Target
	}
	if site := struckSite(c); src == nil && tgt == nil && violent && unnamed && !t.passive && site >= 0 && facilityNouns[s.up[site]] {
		// "a drone struck the city's airport": a site no dictionary
		// codes, struck by no one named, is the site of the country where
		// it happened
		if cc := s.placeCountry(tr, c); cc != "" {
			tgt = s.group(cc + s.struckSector(site))
			t.rule += "+struck-site"
		}
	}
	if src == nil && !((violent || typ == "COERCE" || release) && (t.passive || unnamed) && tgt != nil) {
		return chronicle.Event{}, false
	}
	if violentType(typ) && src == nil && unnamed && sph.Head >= 0 && unrestNouns[s.up[sph.Head]] && s.has(protestWords) {
		// "Clashes broke out in central Lima during Wednesday's
		// anti-government protest": the protest's violence, a riot
		// (CAMEO 145) of the place's people, not an attack on them
		typ, mode, ctx, tgt = "PROTEST", "riot", "", nil
		if cc := s.placeCountry(tr, c); cc != "" {
			src = s.group(cc + "CVL")
		}
		t.rule += "+unrest-at-protest"
	}
	if executionVerbs[s.up[c.Pred]] {
		src, tgt = s.executioner(src, tgt)
	} else if violent && typ != "PROTEST" {
		src = s.military(src, srcText)
	}
	if tgt != nil && (violent || typ == "COERCE") {
		tgt = s.civilians(tgt, tgtText)
	}
	if tgt != nil && violent && militaryOwner(tgt) {
		if len(c.Objs) > 0 && !t.passive && s.militaryObject(tr, c.Objs[0], t.j) {
			// "shelled an Azerbaijani post": the country's military
			tgt = s.group(tgt.Code[:3] + "MIL")
		}
	}
	if typ == "FIGHT" && t.code == "193" && src != nil && strings.HasSuffix(src.Code, "UAF") && tgt != nil && actor.IsCountry(tgt.Code) && strings.HasSuffix(tgt.Code, "CVL") {
		// "Gunmen opened fire on a wedding in northwestern Nigeria":
		// unidentified armed men shooting at the people of a place is
		// one-sided violence, not a fight between armed sides (taking a
		// town stays conventional force)
		typ, t.rule = "ASSAULT", t.rule+"+civilian-victims"
	}
	if o := s.weaponsDowned(tr, c); o >= 0 && violentType(typ) && !t.passive {
		// "Air defences destroyed 62 of the drones": air defence against
		// an attack, whose weapons' side is the target ("the drones":
		// those of the attack the story reported)
		typ, mode, ctx = "FIGHT", "", ""
		t.rule += "+weapons-downed"
		if tgt == nil && s.definiteNoun(o) {
			if a := s.takenUp(-1); a != nil && a.Source != nil && (src == nil || a.Source.Code != src.Code) {
				tgt, tgtText = a.Source, ""
				if loc == "" {
					loc = a.Location
				}
				if ante == nil {
					ante = a // (its day)
				}
			}
		}
	}
	if tgt == nil && violent && !t.passive {
		// "exchanged fire with the attackers": the armed men of the
		// attack the story told
		if la := s.attackersTakenUp(t, src); la != nil {
			tgt, tgtText = la.Source, ""
			t.rule += "+against-attackers"
			if loc == "" {
				loc = la.Location
			}
			if ante == nil {
				ante = la // (its day)
			}
		}
	}
	if typ == "ASSAULT" && strings.HasPrefix(t.code, "19") && armedSide(src) && armedSide(tgt) && !s.has(bombWords) {
		// "militants ambushed a military convoy": armed sides fighting, as
		// the chunk coder reads it (a bombing stays ASSAULT)
		typ, t.rule = "FIGHT", t.rule+"+policy:armed-sides"
	}
	e := chronicle.Event{Type: typ, Mode: mode, Context: ctx, Source: src, Target: tgt,
		Trigger: s.spanOf(t.vg, t.j), Sentence: s.span, Modality: t.modality, Negated: t.negated, Location: loc}
	s.targetCondemned(&e, &t)
	if typ == "REJECT" && t.negated && !t.denied && s.lx.cooperative[t.code[:2]] {
		e.Negated, e.Modality = false, ""
	}
	conf := 0.55
	if src != nil {
		conf += 0.15
	}
	if tgt != nil {
		conf += 0.1
	}
	if s.bareGeneric(t, e.Target) {
		return chronicle.Event{}, false
	}
	e.Confidence = conf
	e.Coder = t.rule + ":" + t.code
	if t.passive {
		e.Coder += "+passive"
	}
	if unnamed {
		e.Coder += "+unnamed-attacker"
	}
	s.date(&e, t)
	if ante != nil && e.Date.IsZero() {
		e.Date, e.DateSpan = ante.Date, ante.DateSpan
	}
	return e, true
}

// armedArrival reports whether a meeting with no one met is armed men or
// a state's forces coming somewhere: "the attackers arrived on
// motorbikes", "Kenyan police officers arrived in the town", "security
// forces rushed to the village" are no visit.
func armedArrival(typ string, t trigger, src, tgt *chronicle.Actor) bool {
	if typ != "CONSULT" || tgt != nil || src == nil || len(src.Code) < 6 {
		return false
	}
	sec := src.Code[3:6]
	arrival := t.block == "ARRIVE" || t.block == "GO_SOMEWHERE" || strings.HasPrefix(t.code, "042")
	return (nonStateSectors[sec] || sec == "MIL" || sec == "COP") && arrival
}

// prisonNouns name where a state holds prisoners.
var prisonNouns = set("PRISON", "PRISONS", "JAIL", "JAILS", "PENITENTIARY", "GAOL")

// jailbreak reports whether clause c frees a state's prisoners: inmates,
// or prisoners or detainees taken from a prison.
func (s *sentence) jailbreak(tr *syntax.Tree, c syntax.Clause) bool {
	for _, o := range c.Objs {
		switch s.up[o] {
		case "INMATES":
			return true
		case "PRISONERS", "DETAINEES":
			for _, k := range append(tr.Children(c.Pred), tr.Children(o)...) {
				if cs := tr.Case(k); cs >= 0 && s.up[cs] == "FROM" && prisonNouns[s.up[k]] {
					return true
				}
			}
		}
	}
	return false
}

// takeUp is antecedent for a clause whose place is loc: an attack taken up
// only for its place and day needs a clause that names none. It marks the
// trigger's rule "+antecedent".
func (s *sentence) takeUp(tr *syntax.Tree, c syntax.Clause, sph syntax.Phrase, t *trigger, loc string) (ante *chronicle.Event, full bool) {
	ante, full = s.antecedent(tr, c, sph, t.passive)
	if ante == nil || !full && loc != "" {
		return nil, false
	}
	t.rule += "+antecedent"
	return ante, full
}

// antecedent is the attack the story reported in the sentences before that
// clause c takes up: an attack noun subject that names no attacker of its
// own ("the strikes killed three people and wounded 14": full, with its
// attacker), or the attack a passive toll happened "during" or "in" ("30
// civilians were killed during the fighting": its place and day, not its
// attacker, whom the sentence does not name); nil otherwise.
func (s *sentence) antecedent(tr *syntax.Tree, c syntax.Clause, sph syntax.Phrase, passive bool) (ante *chronicle.Event, full bool) {
	if !passive && s.definiteAttack(tr, sph) {
		return s.takenUp(sph.Head), true
	}
	if !passive {
		return nil, false
	}
	// (the phrase may hang on the verb or on its agent: "by mortar fire
	// during the fighting")
	for _, k := range tr.Children(c.Pred) {
		for _, m := range append([]int{k}, tr.Children(k)...) {
			if cs := tr.Case(m); cs >= 0 && (s.up[cs] == "DURING" || s.up[cs] == "IN") && s.definiteAttack(tr, tr.NounPhrase(m)) {
				// "killed in the ambush" names the ambush's attacker too;
				// "during the fighting" (two sides) names no one
				h := tr.NounPhrase(m).Head
				return s.takenUp(h), !twoSidedNouns[s.up[h]] && s.up[h] != "FIGHTING" && s.up[h] != "CLASHES"
			}
		}
	}
	if c.Agent < 0 && !s.dayUnder(tr, c.Pred) {
		// "… fought for control of the town of Lalibela on Sunday. At
		// least 14 civilians were killed, a hospital official said": a
		// bare toll right after an attack is that attack's, at its place
		// and on its day
		return s.attackJustBefore(), false
	}
	return nil, false
}

// attackJustBefore is the latest attack the sentence right before this
// one reported, or nil.
func (s *sentence) attackJustBefore() *chronicle.Event {
	if len(s.attacks) == 0 || s.si == 0 {
		return nil
	}
	last := s.attacks[len(s.attacks)-1]
	if prev := s.doc.Sentences[s.si-1].Span; last.Sentence.Start < prev.Start || last.Sentence.End > prev.End {
		return nil
	}
	return last
}

// takenUp is the attack reported before that the attack noun at k takes
// up: the latest of its kind ("the strikes" after "warplanes struck …",
// though militants' attack is told after it), else the latest when all
// those in reach were one side's; nil when the story reported none within
// reach or the sides disagree. k < 0 asks for the latest.
func (s *sentence) takenUp(k int) *chronicle.Event {
	attacks := s.attacks
	if len(attacks) == 0 {
		return nil
	}
	if k >= 0 && k < len(s.up) {
		if kind := attackKind(s.up[k]); kind != "" {
			for i := len(attacks) - 1; i >= 0; i-- {
				for _, w := range strings.Fields(strings.ToUpper(attacks[i].Trigger.Text)) {
					if attackKind(w) == kind {
						return attacks[i]
					}
				}
			}
		}
	}
	// none of its kind: the latest, when every attack in reach was one
	// side's (not Ukraine's air defence for "during the attack" after
	// Russia's missiles and Ukraine's shooting them down)
	last := attacks[len(attacks)-1]
	for _, a := range attacks {
		if a.Source == nil || last.Source == nil || a.Source.Code != last.Source.Code {
			return nil
		}
	}
	return last
}

// attackKind is the kind of attack a word names, verb or noun: "STRUCK"
// and "STRIKES" are both strikes; "" for other words.
func attackKind(w string) string {
	switch {
	case strings.HasPrefix(w, "STRIK") || w == "STRUCK" || strings.HasPrefix(w, "AIRSTRIKE"):
		return "strike"
	case strings.HasPrefix(w, "BOMB"):
		return "bomb"
	case strings.HasPrefix(w, "SHELL"):
		return "shell"
	case strings.HasPrefix(w, "RAID"):
		return "raid"
	case strings.HasPrefix(w, "AMBUSH"):
		return "ambush"
	case strings.HasPrefix(w, "ATTACK"):
		return "attack"
	}
	return ""
}

// definiteAttack reports whether the phrase ph is an attack noun that
// takes up one the story reported ("the strike", "these attacks",
// "Thursday's raid") and names no attacker of its own, with such an attack
// reported in the sentences before.
func (s *sentence) definiteAttack(tr *syntax.Tree, ph syntax.Phrase) bool {
	if len(s.attacks) == 0 || ph.Head < 0 || !s.lx.violentNoun[s.up[ph.Head]] {
		return false
	}
	for k := ph.First; k < ph.Head; k++ {
		switch {
		case definiteDets[s.up[k]]:
		case weekdays[s.up[k]] || s.up[k] == "'S" || s.up[k] == "’S":
		case tr.UPOS[k] == "ADJ" && !s.capitalized(k):
		case s.demonym(k) && k > ph.First && definiteDets[s.up[ph.First]] && s.attackBy(ph.Head, s.codeAt(k, k+1)):
			// "the Indian strikes": the strikes told before, by the
			// side named
		default:
			return false // "a strike", "an Israeli strike", "the drone strike": said anew
		}
	}
	return ph.First < ph.Head
}

// attackBy reports whether the attack the noun at k takes up was by a's
// country.
func (s *sentence) attackBy(k int, a *chronicle.Actor) bool {
	if a == nil {
		return false
	}
	for i := len(s.attacks) - 1; i >= 0; i-- {
		if b := s.attacks[i]; b.Source != nil && sameCountry(b.Source, a) {
			up := s.takenUp(k)
			return up == nil || up == b
		}
	}
	return false
}

// militaryObject reports whether the object phrase headed by o (after the
// verb group ending at j) names a military post, position or convoy — the
// word after the phrase too, a head the tagger missed ("border post"),
// but not a place after a preposition ("wounded 23 at a checkpoint").
func (s *sentence) militaryObject(tr *syntax.Tree, o, j int) bool {
	ph := tr.NounPhrase(o)
	if ph.First < j {
		return false
	}
	for k := ph.First; k <= ph.Last+1 && k < len(s.up); k++ {
		if k > ph.Last && (s.lx.preposition[s.up[k]] || s.isPunct(k)) {
			break
		}
		if militaryTargets[s.up[k]] && !(k > 0 && civilianCraft[s.up[k-1]]) {
			return true
		}
	}
	return false
}

// tollOfClause reports whether clause c is a toll whose happening a
// clause on it with a subject of its own reports ("Eleven people were
// killed when a drone struck the market"): that clause is the event.
func (s *sentence) tollOfClause(tr *syntax.Tree, c syntax.Clause) bool {
	for _, k := range tr.Children(c.Pred) {
		if syntax.Base(tr.Rel[k]) == "advcl" && tr.SubjectOf(k) >= 0 {
			return true
		}
	}
	return false
}

// homePeople are the people clause c's act befell, of country cc (see
// peopleStruck), or nil.
func (s *sentence) homePeople(tr *syntax.Tree, c syntax.Clause, t trigger, sph syntax.Phrase, cc string) *chronicle.Actor {
	h := s.peopleStruck(tr, c, t, sph)
	if h < 0 || cc == "" {
		return nil
	}
	sec := peopleNouns[s.up[h]]
	if sec == "" {
		sec = "CVL"
	}
	ph := tr.NounPhrase(h)
	return &chronicle.Actor{Name: s.text(ph.First, ph.Last+1), Code: cc + sec}
}

// peopleStruck is the head of the people clause c's act befell, when a
// people noun names them ("people" arrested, "protesters" fired at): the
// passive's subject, else the object or the phrase after "at", "on" or
// "against"; -1 otherwise.
func (s *sentence) peopleStruck(tr *syntax.Tree, c syntax.Clause, t trigger, sph syntax.Phrase) int {
	people := func(h int) bool {
		// (a march or rally broken up stands for the people in it)
		return h >= 0 && (peopleNouns[s.up[h]] != "" || crowdNouns[s.up[h]] || protesterNouns[s.up[h]] || protestNouns[s.up[h]])
	}
	if t.passive {
		if people(sph.Head) {
			return sph.Head
		}
		return -1
	}
	for _, o := range c.Objs {
		if people(o) {
			return o // (not "tear gas": what was fired, the people after "at")
		}
	}
	for _, o := range c.Obliques {
		if cs := o.Case; cs >= 0 && (s.up[cs] == "AT" || s.up[cs] == "ON" || s.up[cs] == "AGAINST") && people(o.Head) {
			return o.Head
		}
	}
	return -1
}

// attackerNouns are subject heads of armed men no dictionary names.
var attackerNouns = map[string]bool{"GUNMEN": true, "GUNMAN": true, "MILITANTS": true, "JIHADISTS": true,
	"INSURGENTS": true, "MEN": true, "BANDITS": true, "ATTACKERS": true, "ASSAILANTS": true, "FIGHTERS": true,
	"MILITIAMEN": true, "EXTREMISTS": true, "KIDNAPPERS": true, "RAIDERS": true, "MAN": true,
	"ATTACKER": true, "ASSAILANT": true, "SHOOTER": true, "GANGS": true, "GANG": true, "GANGSTERS": true,
	"PIRATES": true, "MILITIAS": true, "MILITIA": true, "REBELS": true, "GUERRILLAS": true, "GUERILLAS": true,
	"SABOTEURS": true, "SNIPERS": true, "SNIPER": true, "ARSONISTS": true, "ABDUCTORS": true, "HIJACKERS": true,
	"SEPARATISTS": true, "TERRORISTS": true}

// attackerHead reports whether the phrase headed by h names attackers:
// an attacker noun, or members of one ("gang members", "members of an
// armed gang").
func (s *sentence) attackerHead(tr *syntax.Tree, h int) bool {
	if attackerNouns[s.up[h]] || s.armedGroups(tr, h) || s.namedGroup(tr, h) {
		return true
	}
	if s.up[h] != "MEMBERS" && s.up[h] != "MEMBER" && s.up[h] != "ALLIANCE" && s.up[h] != "COALITION" {
		return false
	}
	for _, k := range tr.Children(h) {
		if r := syntax.Base(tr.Rel[k]); (r == "compound" || r == "nmod") && (attackerNouns[s.up[k]] || s.armedGroups(tr, k)) {
			return true // "gang members", "an alliance of ethnic armed groups"
		}
	}
	return false
}

// armedGroups reports whether word h is "groups" or "group" that "armed"
// modifies ("ethnic armed groups").
func (s *sentence) armedGroups(tr *syntax.Tree, h int) bool {
	if s.up[h] != "GROUPS" && s.up[h] != "GROUP" {
		return false
	}
	for _, k := range tr.Children(h) {
		if s.up[k] == "ARMED" {
			return true
		}
	}
	return false
}

// plainMen reports whether word h is "men" or "man" with nothing that arms
// them ("beheading five men"): people struck, not armed men ("armed men",
// "masked men", "gunmen" are).
func (s *sentence) plainMen(tr *syntax.Tree, h int) bool {
	if s.up[h] != "MEN" && s.up[h] != "MAN" {
		return false
	}
	for _, k := range tr.Children(h) {
		switch s.up[k] {
		case "ARMED", "MASKED", "UNIDENTIFIED", "UNKNOWN":
			return false
		}
	}
	return true
}

// armedMen is the actor of the armed men no dictionary names that the
// attacker noun h names in clause c, by name: the armed men (UAF) of the
// country where the clause happened, or its rebels (REB) when the noun
// says so or a name no dictionary codes names the group ("rebels seized
// the town", "the JNIM group attacked"); nil when no country resolves.
func (s *sentence) armedMen(tr *syntax.Tree, c syntax.Clause, h int, name string) *chronicle.Actor {
	cc := s.placeCountry(tr, c)
	for _, o := range c.Objs {
		if a, _, _ := s.phrase(tr, o); cc == "" && a != nil && stateOf(a) != "" {
			cc = stateOf(a) // "Fighters … ambushed a Malian army convoy near Boulkessi": of the state whose forces they struck
		}
	}
	if cc == "" {
		return nil
	}
	sec := "UAF"
	if agentSector[s.up[h]] == "REB" || s.namedGroup(tr, h) || s.linkedToGroup(tr, h) {
		sec = "REB"
	}
	return &chronicle.Actor{Name: name, Code: cc + sec}
}

// linkedToGroup reports whether armed men at h are tied to a coded group
// ("fighters linked to al-Qaeda"): insurgents of the country they fight in,
// as the PLOVER gold codes them.
func (s *sentence) linkedToGroup(tr *syntax.Tree, h int) bool {
	for _, ch := range tr.Children(h) {
		if syntax.Base(tr.Rel[ch]) != "acl" || !linkedWords[s.up[ch]] {
			continue
		}
		for _, o := range tr.Children(ch) {
			if cs := tr.Case(o); cs >= 0 && (s.up[cs] == "TO" || s.up[cs] == "WITH") {
				if _, ok := s.firstCoded(tr.NounPhrase(o).First, tr.NounPhrase(o).Last+1); ok {
					return true
				}
			}
		}
	}
	return false
}

// linkedWords tie armed men to a side.
var linkedWords = set("LINKED", "AFFILIATED", "ALLIED", "TIED", "LOYAL")

// namedGroup reports whether word h is "group" or "movement" named by a
// capitalised name no dictionary codes ("the al Qaeda-affiliated JNIM
// group"), read where a violent act asks for its attacker or target: an
// armed group the dictionaries do not know yet.
func (s *sentence) namedGroup(tr *syntax.Tree, h int) bool {
	if s.up[h] != "GROUP" && s.up[h] != "MOVEMENT" {
		return false
	}
	for k := tr.NounPhrase(h).First; k < h; k++ {
		if tr.UPOS[k] == "PROPN" && s.capitalized(k) && tr.Head[k] != h || tr.Head[k] == h && syntax.Base(tr.Rel[k]) == "compound" && tr.UPOS[k] == "PROPN" {
			return true // (the name's words may hang on one another: "al Qaeda-affiliated JNIM")
		}
	}
	return false
}

// placeCountry is the country of the place a clause names, or of the first
// place the sentence names, or, when the sentence names none, the story's
// home country (its dateline's: "Gunmen killed four villagers" in a story
// datelined in Haiti); "" when none resolves.
func (s *sentence) placeCountry(tr *syntax.Tree, c syntax.Clause) string {
	if cc := s.countryOf(s.clausePlace(tr, c)); cc != "" {
		return cc
	}
	if cc := s.firstPlaceCountry(); cc != "" || s.namesPlace() {
		return cc
	}
	return s.home
}

// countryOf is the country a place name resolves to, or "".
func (s *sentence) countryOf(place string) string {
	if place == "" {
		return ""
	}
	if a, ok := s.c.res.Code(place, s.doc.Published); ok && len(a.Code) >= 3 && actor.IsCountry(a.Code) {
		return a.Code[:3]
	}
	return ""
}

// firstPlaceCountry is the country of the first place the sentence names
// (a capital by its demonym too: "in the Georgian capital") that resolves
// to one, or "".
func (s *sentence) firstPlaceCountry() string {
	dl := s.dateline()
	for _, pl := range s.places() {
		if pl.at >= dl && !s.acrossBorder(pl.at) && !(pl.end+1 < len(s.up) && borderNouns[s.up[pl.end+1]]) && !s.inParticipleAside(pl.at) {
			// (not "the Chinese border": either side's; nor "…, speaking
			// from Caracas, …": where a speaker was)
			if cc := s.countryOf(pl.name); cc != "" {
				return cc
			}
		}
	}
	if dl > 0 {
		// the dateline's place is where the story was filed: the story's
		// country ("BANGKOK (AP) —" in a story told of Myanmar: Myanmar)
		return s.home
	}
	return ""
}

// borderNouns name a border.
var borderNouns = set("BORDER", "FRONTIER", "BOUNDARY")

// acrossBorder reports whether the place at token i is named as the other
// side of a border ("near the border with Venezuela"): not where the
// sentence happens.
func (s *sentence) acrossBorder(i int) bool {
	return i >= 2 && s.up[i-1] == "WITH" && (s.up[i-2] == "BORDER" || s.up[i-2] == "FRONTIER" || s.up[i-2] == "BOUNDARY")
}

// takenFrom is the side a place was taken from: the actor of a "from"
// phrase on clause c's predicate or on its objects.
func (s *sentence) takenFrom(tr *syntax.Tree, c syntax.Clause) (*chronicle.Actor, string) {
	for _, k := range append([]int{c.Pred}, c.Objs...) {
		for _, m := range tr.Children(k) {
			if r := syntax.Base(tr.Rel[m]); r != "obl" && r != "nmod" {
				continue
			}
			if cs := tr.Case(m); cs >= 0 && s.up[cs] == "FROM" {
				if a, txt, _ := s.phrase(tr, m); a != nil {
					return a, txt
				}
			}
		}
	}
	return nil, ""
}

// nameEntity is the person or organisation entity that holds word k.
func (s *sentence) nameEntity(k int) (chronicle.Entity, bool) {
	start := s.toks[k].ByteStart
	for _, e := range s.doc.Entities {
		if (e.Type == "PER" || e.Type == "ORG") && e.ByteStart <= start && start < e.ByteEnd {
			return e, true
		}
	}
	return chronicle.Entity{}, false
}

// clausePlace is the place of a clause: an "in", "at", "near" or "outside"
// oblique naming a place, else the place the chunk coder finds.
func (s *sentence) clausePlace(tr *syntax.Tree, c syntax.Clause) string {
	possessor := "" // "outside Somalia's parliament": the country, unless another phrase names the place
	for _, o := range c.Obliques {
		if o.Case < 0 {
			continue
		}
		switch s.up[o.Case] {
		case "IN", "AT", "NEAR", "OUTSIDE", "INSIDE", "ACROSS", "AROUND", "THROUGHOUT":
			if o.Case > 0 && s.up[o.Case-1] == "FROM" {
				continue // "from across the river": where from
			}
		case "INTO", "ON", "TO":
			if !gatheringVerbs[tr.Lemma[c.Pred]] {
				continue // (where people went to gather: "drove tractors into Brussels", "marched on parliament")
			}
		default:
			continue
		}
		ph := tr.NounPhrase(o.Head)
		var in []place
		for _, pl := range s.places() {
			if pl.at >= ph.First && pl.end <= ph.Last && !s.acrossBorder(pl.at) {
				in = append(in, pl)
			}
		}
		for n, pl := range in {
			if s.possessorOfPlace(pl) {
				if n+1 < len(in) {
					continue // "in a village of central Myanmar's Sagaing region": the narrower place
				}
				if possessor == "" {
					possessor = s.withContainer(pl, pl.name)
				}
				break
			}
			return s.withContainer(pl, pl.name)
		}
	}
	if possessor != "" {
		return possessor
	}
	t := trigger{i: c.Pred, j: c.Pred + 1}
	if f, ok := s.matchAt(c.Pred); ok {
		t.code = f.code
	}
	return s.location(t)
}

// duplicate reports whether evs hold an event of e's type with the same
// actors in e's sentence: one happening coded twice.
func duplicate(evs []chronicle.Event, e chronicle.Event) bool {
	for _, o := range evs {
		if o.Sentence != e.Sentence || o.Type != e.Type {
			continue
		}
		if sameActor(o.Source, e.Source) && sameActor(o.Target, e.Target) || o.Trigger.Contains(e.Trigger) || e.Trigger.Contains(o.Trigger) {
			return true
		}
	}
	return false
}

// sameTrigger reports whether an event of evs was coded on e's trigger.
func sameTrigger(evs []chronicle.Event, e chronicle.Event) bool {
	for _, o := range evs {
		if o.Trigger.Contains(e.Trigger) || e.Trigger.Contains(o.Trigger) {
			return true
		}
	}
	return false
}

// reporterOfSelfAddress is the reporter of a statement e whose source and
// target are one actor, when its clause c is the conjunct of a clause
// reported by a reporting verb, with a subject that is someone else; else
// nil.
func (s *sentence) reporterOfSelfAddress(tr *syntax.Tree, c syntax.Clause, e chronicle.Event) *chronicle.Actor {
	if !statementType[e.Type] || !oneState(e.Source, e.Target) || syntax.Base(c.Rel) != "conj" {
		return nil
	}
	r := s.reportingVerbOf(tr, tr.Head[c.Pred])
	if r < 0 {
		return nil
	}
	a, _, _ := s.phraseAs(tr, tr.ClauseOf(r).Subj, true)
	if a == nil {
		a, _ = s.subject(trigger{vg: r, i: r}) // (the words before it, where the tree's subject names no one)
	}
	if a != nil && a.Code != "" && !oneState(a, e.Target) {
		return a
	}
	return nil
}

// reporterOf is the actor of the subject of the reporting verb whose
// complement holds the predicate p ("Sudan's army said its aircraft
// struck …": the army, whom "its" in what it says stands for), or nil.
func (s *sentence) reporterOf(tr *syntax.Tree, p int) *chronicle.Actor {
	r := s.reportingVerbOf(tr, p)
	if r < 0 {
		return nil
	}
	a, _, _ := s.phraseAs(tr, tr.ClauseOf(r).Subj, true)
	return a
}

// reportingVerbOf is the reporting verb whose complement is the clause
// headed at p, or a clause p is coordinated into; -1 when there is none.
func (s *sentence) reportingVerbOf(tr *syntax.Tree, p int) int {
	for p >= 0 && syntax.Base(tr.Rel[p]) == "conj" {
		p = tr.Head[p]
	}
	if p < 0 || syntax.Base(tr.Rel[p]) != "ccomp" {
		return -1
	}
	if r := tr.Head[p]; r >= 0 && s.lx.reporting[s.up[r]] {
		return r
	}
	return -1
}

// oneState reports whether a and b are one state or its bodies (its
// government, army, police; "China" and "the Chinese army").
func oneState(a, b *chronicle.Actor) bool {
	if a == nil || b == nil || len(a.Code) < 3 || len(b.Code) < 3 || a.Code[:3] != b.Code[:3] || !actor.IsCountry(a.Code) {
		return false
	}
	state := func(c string) bool { return len(c) == 3 || c[3:] == "GOV" || c[3:] == "MIL" || c[3:] == "COP" }
	return state(a.Code) && state(b.Code)
}

func sameActor(a, b *chronicle.Actor) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Code == b.Code
}

// referencedNouns are event nouns a later report names the happening by
// ("Monday's talks in Doha", "Wednesday's prisoner swap", "the sanctions
// Brussels adopted"), with their CAMEO code. Attack nouns are read by
// attackNouns.
var referencedNouns = map[string]string{"TALKS": "040", "NEGOTIATIONS": "040", "MEETING": "040", "SUMMIT": "040",
	"SWAP": "0841", "EXCHANGE": "0841", "SANCTIONS": "163", "EMBARGO": "163", "CEASEFIRE": "0871", "TRUCE": "0871",
	"PROTEST": "141", "PROTESTS": "141", "RALLY": "141", "MARCH": "141", "DEMONSTRATION": "141", "DEMONSTRATIONS": "141",
	"AGREEMENT": "030", "DEAL": "030", "ACCORD": "030", "ARRESTS": "173", "DETENTIONS": "173", "ARREST": "173", "DETENTION": "173",
	"RELEASE": "0841", "EXPULSION": "174", "EXPULSIONS": "174", "TRANSFER": "0841", "HANDOVER": "0841",
	"SEIZURE": "1711", "CAPTURE": "192"}

// struckVerbs are the participles of striking something.
var struckVerbs = set("HIT", "STRUCK", "SHELLED", "BOMBED", "TARGETED", "ATTACKED", "RAIDED", "DESTROYED", "DAMAGED")

// dayNamedNouns are happenings only a day names ("Sunday's killings",
// "Saturday's violence"), with their CAMEO codes.
var dayNamedNouns = map[string]string{"KILLINGS": "180", "KILLING": "180", "SHOOTING": "180", "SHOOTINGS": "180",
	"MURDER": "180", "MURDERS": "180", "ASSASSINATION": "186", "DRILLS": "150",
	"VIOLENCE": "145", "UNREST": "145", "RIOTS": "145", "RIOTING": "145", "CRACKDOWN": "175"}

// swapNouns name an exchange of captives: one only with "prisoner" before
// it, a day that names it, or captives after it ("the transfer of 153
// detainees").
var swapNouns = set("SWAP", "EXCHANGE", "TRANSFER", "HANDOVER")

// captiveNouns are the people an exchange hands over.
var captiveNouns = set("PRISONERS", "CAPTIVES", "POWS", "DETAINEES", "SOLDIERS", "BODIES", "HOSTAGES")

// ofCaptives reports whether "of" and captives follow the noun at k, a
// number or adjective between ("the transfer of 153 detainees").
func (s *sentence) ofCaptives(k int) bool {
	if k+1 >= len(s.up) || s.up[k+1] != "OF" {
		return false
	}
	for m := k + 2; m < len(s.up) && m <= k+5; m++ {
		if captiveNouns[s.up[m]] {
			return true
		}
		if s.isPunct(m) {
			break
		}
	}
	return false
}

var weekdays = map[string]bool{"MONDAY": true, "TUESDAY": true, "WEDNESDAY": true, "THURSDAY": true, "FRIDAY": true,
	"SATURDAY": true, "SUNDAY": true, "YESTERDAY": true, "LAST": true}

// dayOwner reports whether a day owns the noun at k: "Thursday's attack",
// "Wednesday's water cannon attack".
func (s *sentence) dayOwner(k int) bool {
	for m := k - 1; m >= 1 && m >= k-4; m-- {
		if (s.up[m] == "'S" || s.up[m] == "’S") && s.namedDay(m-1) && s.up[m-1] != "LAST" {
			return true
		}
		if s.isPunct(m) || s.lx.determiner[s.up[m]] {
			return false
		}
	}
	return false
}

// walkout reports whether the strike noun at k is a labour or hunger
// strike: "were on strike across Wales on Friday", "a general strike".
func (s *sentence) walkout(k int) bool {
	if k == 0 {
		return false
	}
	if c, ok := s.lx.nouns[s.up[k-1]+" "+s.up[k]]; ok && !isViolent(c) {
		return true
	}
	return s.up[k-1] == "ON" || s.up[k-1] == "HUNGER" || s.up[k-1] == "GENERAL"
}

// ofVictimsBy reports whether the noun at k names its victims and who
// struck them: "the killing of four protesters by Tanzanian police" (the
// parser may hang the "by" phrase on the victims).
func (s *sentence) ofVictimsBy(tr *syntax.Tree, k int) bool {
	by := func(h int) bool {
		for _, a := range tr.Children(h) {
			if cs := tr.Case(a); cs >= 0 && s.up[cs] == "BY" && a > h {
				return true
			}
		}
		return false
	}
	for _, ch := range tr.Children(k) {
		if cs := tr.Case(ch); cs >= 0 && s.up[cs] == "OF" && peopleVictims[s.up[ch]] && (by(ch) || by(k)) {
			return true
		}
	}
	return false
}

// placeInPhrase is the first place the sentence names inside phrase ph, or
// "".
func (s *sentence) placeInPhrase(ph syntax.Phrase) string {
	for _, pl := range s.places() {
		if pl.at >= ph.First && pl.at <= ph.Last {
			return pl.name
		}
	}
	return ""
}

// dayGated reports whether the event noun w names a happening only when a
// day names it: "Sunday's release of the soldiers", not "any arbitrary
// detention".
func dayGated(w string) bool {
	return w == "RELEASE" || w == "DETENTION" || w == "DETENTIONS" || w == "ARREST" || w == "ARRESTS" || w == "SEIZURE" || w == "CAPTURE" ||
		strings.HasPrefix(w, "EXPULSION")
}

// namedDay reports whether word m names a day: a weekday, "yesterday", or
// the day of "the previous day's meeting".
func (s *sentence) namedDay(m int) bool {
	return weekdays[s.up[m]] || s.up[m] == "DAY" && m > 0 && (s.up[m-1] == "PREVIOUS" || s.up[m-1] == "SAME")
}

// agreedVerbs make the truce or deal they modify an agreement reached.
var agreedVerbs = set("AGREED", "SIGNED", "REACHED", "BROKERED", "INKED", "STRUCK", "SEALED")

// daySwap reports whether the swap or exchange at k is one a day names
// ("Friday's exchange"), of people if of anything: not "an exchange of
// fire" or "of views".
func (s *sentence) daySwap(k int) bool {
	named := k > 1 && s.up[k-1] == "'S" && weekdays[s.up[k-2]]
	if !named {
		return false
	}
	if k+2 < len(s.up) && s.up[k+1] == "OF" {
		switch s.up[k+2] {
		case "PRISONERS", "CAPTIVES", "POWS", "DETAINEES", "SOLDIERS", "BODIES", "HOSTAGES":
			return true
		}
		return false
	}
	return true
}

// pairInTree finds two coordinated phrases that both code an actor ("Moscow
// and Kyiv"), nil when the sentence has none.
func (s *sentence) pairInTree(tr *syntax.Tree) (a, b *chronicle.Actor) {
	for k := range s.up {
		h := tr.Head[k]
		if h < 0 || syntax.Base(tr.Rel[k]) != "conj" || tr.UPOS[h] == "VERB" {
			continue
		}
		for m := h + 1; m < k; m++ {
			if cs := tr.Case(m); tr.Head[m] == h && cs >= 0 && s.up[cs] == "BETWEEN" {
				h = m // "in Istanbul between Moscow and Kyiv" with "Kyiv" hung on Istanbul: the pair is Moscow's
			}
		}
		x, _, _ := s.phrase(tr, h)
		y, _, _ := s.phrase(tr, k)
		if x != nil && y != nil && x.Code != "" && y.Code != "" && x.Code != y.Code {
			return x, y
		}
	}
	return nil, nil
}

// nounEvents codes an event noun that names a happening when nothing else
// in the sentence did: the noun is possessed by a day ("Monday's talks") or
// carries a relative clause saying who did it ("the sanctions Brussels
// adopted against Russia"). Its sides come from "between X and Y", the
// relative clause's subject, "against"/"on"/"with" phrases; its place from
// "in"/"at". The attacker of such a reference may stay unnamed, not its
// place: an event with neither actor nor place is not coded.
func (s *sentence) nounEvents() []chronicle.Event {
	tr := s.tree()
	if tr == nil {
		return nil
	}
	for k := range s.up {
		code, ok := referencedNouns[s.up[k]]
		if (s.up[k] == "BANS" || s.up[k] == "BAN") && k > 0 && (s.up[k-1] == "VISA" || s.up[k-1] == "TRAVEL") {
			code, ok = "163", true // "the US visa bans announced the day before": sanctions on people
		}
		if !ok && k > 0 {
			if c := s.lx.nouns[s.up[k-1]+" "+s.up[k]]; strings.HasPrefix(c, "16") || strings.HasPrefix(c, "17") {
				code, ok = c, true // "the emergency decree approved by lawmakers on Monday": a measure of two words
			}
		}
		if c, day := dayNamedNouns[s.up[k]]; !ok && day && (s.dayOwner(k) || tr.UPOS[k] == "NOUN" && (s.dayIn(tr, k) || s.ofVictimsBy(tr, k))) {
			// "condemned Sunday's killings near the aid site", "blamed
			// agitators for Saturday's violence in Novi Sad": words that
			// name a happening only when a day owns them
			code, ok = c, true
		}
		if !ok && s.lx.violentNoun[s.up[k]] && (s.dayOwner(k) || tr.UPOS[k] == "NOUN" && s.dayIn(tr, k) && !s.walkout(k)) {
			// "condemned Thursday's attack on the southern suburbs",
			// "survived the Israeli strike in the Qatari capital the day
			// before": an attack a day names is a happening of its own
			if code, ok = s.lx.nouns[s.up[k]], true; code == "" {
				code = "190"
			}
		}
		if !ok || tr.UPOS[k] != "NOUN" && !s.dayOwner(k) { // (a day's "-ing" is a noun: "Wednesday's border shooting")
			continue
		}
		if swapNouns[s.up[k]] && !(k > 0 && strings.HasPrefix(s.up[k-1], "PRISONER")) && !s.daySwap(k) && !s.ofCaptives(k) {
			continue
		}
		if dayGated(s.up[k]) && !s.dayOwner(k) && !s.dayIn(tr, k) {
			continue // "Sunday's release of the soldiers": only a release a day names is a happening, not "any arbitrary detention"
		}
		if strings.HasPrefix(s.up[k], "EXPULSION") {
			// an expulsion is coded as its verb with the words after it
			// ("expulsion of its diplomats": CAMEO's patterns for expelling)
			if c := s.c.dict.refine("DEPORT", "EXPELLED", nil, s.up[k+1:min(len(s.up), k+8)]); c != "" {
				code = c
			}
		}
		referenced, dayInClause := false, false
		var src, tgt *chronicle.Actor
		loc := ""
		children := tr.Children(k)
		if swapNouns[s.up[k]] {
			// "completed the transfer of 153 detainees between the
			// parties": the parser may hang the sides on the verb or on
			// the captives
			var more []int
			if h := tr.Head[k]; h >= 0 && tr.Rel[k] == "obj" {
				more = append(more, tr.Children(h)...)
			}
			for _, ch := range children {
				if syntax.Base(tr.Rel[ch]) == "nmod" && captiveNouns[s.up[ch]] {
					more = append(more, tr.Children(ch)...)
				}
			}
			for _, o := range more {
				if cs := tr.Case(o); o > k && cs >= 0 && s.up[cs] == "BETWEEN" {
					children = append(slices.Clone(children), o)
				}
			}
		}
		for _, ch := range children {
			rel := tr.Rel[ch]
			switch {
			case syntax.Base(rel) == "nmod" && rel == "nmod:poss" && weekdays[s.up[ch]]:
				referenced = true
			case rel == "nmod:poss" && ch < k && src == nil && !weekdays[s.up[ch]] && (strings.HasPrefix(code, "16") || strings.HasPrefix(code, "17") || code == "0841"):
				// "Iran's seizure of the tanker", "Poland's expulsion of
				// the diplomats": who did it
				src, _, _ = s.phrase(tr, ch)
			case rel == "amod" && ch < k && s.demonym(ch) && src == nil:
				// "the British sanctions": whose they are
				src, _, _ = s.phrase(tr, ch)
			case rel == "compound" && ch < k && src == nil && strings.HasPrefix(code, "16"):
				// "the new EU sanctions": who imposed them ("the British
				// visa bans": or the nationality of the compound)
				if c, ok := s.firstCoded(ch, ch+1); ok {
					src = c.actor
				}
				for _, m := range tr.Children(ch) {
					if src == nil && tr.Rel[m] == "amod" && m < ch && s.demonym(m) {
						src, _, _ = s.phrase(tr, m)
					}
				}
			case rel == "acl:relcl" || rel == "acl":
				referenced = true
				if sj := tr.SubjectOf(ch); sj >= 0 && src == nil {
					src, _, _ = s.phrase(tr, sj)
				}
				for _, ag := range tr.Children(ch) {
					if tr.Rel[ag] == "obl:agent" && src == nil {
						src, _, _ = s.phrase(tr, ag) // "the sanctions imposed by the EU on Monday"
					}
				}
				if agreedVerbs[s.up[ch]] && (code == "0871" || code == "030") {
					// "the ceasefire the two sides agreed in Kuala Lumpur
					// on Monday": what was agreed, the agreement, named by
					// the day its clause gives
					code = "030"
					dayInClause = dayInClause || s.dayUnder(tr, ch)
				}
				cl := tr.ClauseOf(ch)
				for _, o := range cl.Obliques {
					if o.Case >= 0 && (s.up[o.Case] == "AGAINST" || s.up[o.Case] == "ON") && tgt == nil {
						tgt, _, _ = s.phrase(tr, o.Head)
					}
				}
			}
			if cs := tr.Case(ch); cs >= 0 {
				switch s.up[cs] {
				case "BETWEEN":
					src, _, _ = s.phrase(tr, ch)
					for _, cj := range tr.Children(ch) {
						if syntax.Base(tr.Rel[cj]) == "conj" {
							tgt, _, _ = s.phrase(tr, cj)
						}
					}
					// "the transfer of 153 detainees between the warring
					// parties": a happening its sides name
					referenced = referenced || src != nil && swapNouns[s.up[k]]
				case "BY":
					if src == nil {
						src, _, _ = s.phrase(tr, ch) // "Monday's expulsion of its diplomats by Poland"
					}
				case "OF":
					if code == "192" && loc == "" {
						// "Sunday's capture of the Goma airport by the M23":
						// the place taken
						loc = s.placeInPhrase(tr.NounPhrase(ch))
					}
					if src == nil && (strings.HasPrefix(code, "173") || isViolent(code)) {
						for _, a := range tr.Children(ch) {
							if cs := tr.Case(a); cs >= 0 && s.up[cs] == "BY" && a > ch {
								// (the parser may hang "by Kosovo police" on the
								// person, "by Tanzanian police" on the dead)
								src, _, _ = s.phrase(tr, a)
								if src != nil && isViolent(code) && peopleVictims[s.up[ch]] {
									// "the killing of four protesters by
									// Tanzanian police": who did what to whom,
									// a happening however the day is hung
									referenced = true
								}
							}
						}
					}
					if strings.HasPrefix(code, "173") && tgt == nil {
						// "Tuesday's arrest of Tundu Lissu": the person
						// arrested, coded or by name
						ph := tr.NounPhrase(ch)
						if a, _ := s.titledPerson(ph.First, ph.Last+1); a != nil {
							tgt = a
						} else if c, ok := s.firstCoded(ph.First, ph.Last+1); ok {
							tgt = c.actor
						} else if e, ok := s.nameEntity(ph.Last); ok && e.Type == "PER" {
							tgt = &chronicle.Actor{Name: e.Text}
							if e.Actor != nil {
								tgt.Code = e.Actor.Code
							}
						}
					}
					if code == "0841" || code == "174" || strings.HasPrefix(code, "16") {
						// "the release of the soldiers held by the ELN": the
						// released, and who held them
						if c, ok := s.firstCoded(tr.NounPhrase(ch).First, ch+1); ok && tgt == nil {
							tgt = c.actor
						}
						for _, a := range tr.Children(ch) {
							if src != nil {
								break
							}
							if cs := tr.Case(a); cs >= 0 && s.up[cs] == "BY" {
								src, _, _ = s.phrase(tr, a) // (the parser may hang "by Poland" on the diplomats)
								continue
							}
							if syntax.Base(tr.Rel[a]) != "acl" {
								continue
							}
							for _, ag := range tr.Children(a) {
								if tr.Rel[ag] == "obl:agent" {
									src, _, _ = s.phrase(tr, ag)
								}
							}
						}
					}
				case "AGAINST", "ON", "WITH":
					if tgt == nil {
						var txt string
						tgt, txt, _ = s.phrase(tr, ch)
						if isViolent(code) {
							tgt = s.civilians(tgt, txt) // "Sunday's attack on Zaporizhzhia": the city's people
						}
					}
					if s.up[cs] == "ON" && isViolent(code) && loc == "" {
						// "Thursday's attack on the southern suburbs of the
						// capital": where it struck
						loc = s.placeInPhrase(tr.NounPhrase(ch))
						if loc == "" {
							loc = s.placeReferredTo(trigger{i: k, j: k + 1, noun: true})
						}
					}
				case "INTO":
					if isViolent(code) && loc == "" {
						// "Friday's Israeli incursion into Beit Jinn": where it
						// struck
						// (a name the entity stage took for a person counts:
						// see placeTakenForName)
						loc = s.placeInPhrase(tr.NounPhrase(ch))
					}
				case "IN", "AT", "NEAR":
					if loc == "" {
						loc = s.placeInPhrase(tr.NounPhrase(ch)) // (places name "the Belarusian capital" too)
					}
				}
			}
		}
		if h := tr.Head[k]; h >= 0 && syntax.Base(tr.Rel[k]) == "nsubj" && tr.UPOS[h] == "VERB" {
			// "The sanctions Brussels adopted against Russia on Thursday
			// will not…" parsed with the relative clause as the main
			// verb: its day, its "against" side, the apposed actor
			cl := tr.ClauseOf(h)
			for _, o := range cl.Obliques {
				if o.Case >= 0 && (s.up[o.Case] == "AGAINST" || s.up[o.Case] == "ON") && tgt == nil {
					tgt, _, _ = s.phrase(tr, o.Head)
				}
				if weekdays[s.up[o.Head]] {
					referenced = true
				}
			}
			for _, ch := range tr.Children(k) {
				if syntax.Base(tr.Rel[ch]) == "appos" && src == nil {
					src, _, _ = s.phrase(tr, ch)
				}
			}
		}
		dayNamed := false
		for _, ch := range children {
			if syntax.Base(tr.Rel[ch]) != "nmod" {
				continue
			}
			for _, a := range tr.Children(ch) {
				if syntax.Base(tr.Rel[a]) == "acl" && a > ch && !strings.HasSuffix(s.up[a], "ING") && s.dayIn(tr, a) {
					// "the Canadian sanctions against gang leaders announced
					// the day before": the participle the parser hung on
					// the last noun tells of the first
					referenced = true
				}
			}
		}
		if (dayGated(s.up[k]) || s.lx.violentNoun[s.up[k]] && !s.walkout(k) || dayNamedNouns[s.up[k]] != "") && s.dayIn(tr, k) {
			// "Iran's seizure of the tanker a day earlier", "the detention
			// of a Serb citizen by Kosovo police the day before"
			referenced = true
		}
		if cs := tr.Case(k); cs >= 0 && (s.up[cs] == "AFTER" || s.up[cs] == "FOLLOWING") && swapNouns[s.up[k]] {
			// "were welcomed home after a prisoner swap with the
			// government": the exchange the sentence's event followed
			// happened (talks or deals "after" which something happened
			// are mostly background)
			referenced = true
		}
		if !referenced && s.tollAfter(k) {
			// "after a day of deadly protests in the capital in which 12
			// people died": a happening the sentence gives the toll of
			referenced = true
		}
		if k > 0 && weekdays[strings.TrimSuffix(s.up[k-1], "'S")] {
			referenced, dayNamed = true, true
		}
		if k > 1 && s.up[k-1] == "'S" && s.namedDay(k-2) || k > 2 && s.up[k-2] == "'S" && s.namedDay(k-3) {
			referenced, dayNamed = true, true // "Wednesday's prisoner swap"
		}
		if s.up[k] == "CAPTURE" && loc == "" {
			continue // "Friday's capture of the rebel commander": a place taken names it
		}
		if code == "030" && !dayNamed && !dayInClause {
			continue // "the ceasefire agreement signed in March 2001": background, unlike "Friday's agreement"
		}
		rule := "event-noun:" + s.up[k]
		if referenced && src == nil && tgt == nil && (strings.HasPrefix(code, "084") || strings.HasPrefix(code, "04")) {
			// "Wednesday's prisoner swap returned 300 captives …,
			// thanking Moscow and Kyiv": a swap's or talks' two sides,
			// named as a pair elsewhere in the sentence
			if a, b := s.pairInTree(tr); a != nil {
				src, tgt, rule = a, b, rule+"+pair-in-sentence"
			}
		}
		if src == nil && tgt == nil && referenced && (s.up[k] == "SWAP" || s.up[k] == "EXCHANGE") {
			// "Ukraine's commissioner said Friday's exchange brought home
			// 150 soldiers": one side of the swap, the state whose
			// official speaks
			if c, ok := s.firstCoded(0, k); ok && len(c.actor.Code) >= 3 && actor.IsCountry(c.actor.Code[:3]) {
				src = s.group(c.actor.Code[:3] + "GOV")
				rule += "+speaker-side"
			}
		}
		h := tr.Head[k]
		if h >= 0 && syntax.Base(tr.Rel[h]) == "obj" {
			h = tr.Head[h] // (the parser may hang the phrase on the envoy)
		}
		if cs := tr.Case(k); src == nil && referenced && isViolent(code) && cs >= 0 && s.up[cs] == "OVER" && h >= 0 && h < cs &&
			strings.HasPrefix(s.up[h], "SUMMON") {
			// "summoned the Turkish ambassador over Friday's strikes in
			// the Kurdistan region": the envoy summoned answers for his
			// state's forces
			if c, ok := s.firstCoded(h+1, cs); ok && len(c.actor.Code) >= 3 && actor.IsCountry(c.actor.Code[:3]) {
				src = s.group(c.actor.Code[:3] + "MIL")
				rule += "+envoy-side"
			}
		}
		if src == nil && tgt == nil && referenced && s.up[k] == "RELEASE" {
			// "thanked Mali's authorities for securing Thursday's release
			// of the two drivers": the released are of the state whose
			// official speaks
			if c, ok := s.firstCoded(0, k); ok && len(c.actor.Code) >= 3 && actor.IsCountry(c.actor.Code[:3]) {
				tgt = s.group(c.actor.Code[:3] + "GOV")
				rule += "+speaker-side"
			}
		}
		if loc == "" && referenced {
			// a place anywhere in the noun's phrase ("Monday's arrests of
			// journalists in the Belarusian capital"), else one "in the
			// capital" refers back to ("Saturday's protest in the capital")
			first, last := tr.Subtree(k)
			for _, pl := range s.places() {
				if loc == "" && pl.at > k && pl.at <= last && pl.at >= first && s.inPlace(pl.at) {
					loc = pl.name
				}
			}
			if h := tr.Head[k]; loc == "" && h >= 0 && syntax.Base(tr.Rel[k]) == "nsubj" && s.happened(tr, h) {
				// "Thursday's exchange … took place at Abu Dhabi airport":
				// where the verb that says it happened puts it
				first, last := tr.Subtree(h)
				for _, pl := range s.places() {
					if loc == "" && pl.at > h && pl.at <= last && pl.at >= first && s.inPlace(pl.at) {
						loc = pl.name
					}
				}
			}
			if loc == "" {
				loc = s.placeReferredTo(trigger{i: k, j: k + 1, noun: true})
			}
			if loc == "" && (isViolent(code) || strings.HasPrefix(code, "14") || strings.HasPrefix(code, "17") || strings.HasPrefix(code, "15")) {
				// "condemned Sunday's killings near the aid site in Rafah"
				// with the place hung on the verb: the sentence's one place
				loc = s.onlyPlace()
			}
		}
		if src == nil && referenced && s.up[k] == "RELEASE" && loc != "" && s.heldByState(tr, k) {
			// "Saturday's release of 16 prisoners in Belarus": prisoners a
			// country held, its state released (hostages and captives,
			// whoever held them, are not read so)
			if a, ok := s.c.res.Code(loc, s.doc.Published); ok && len(a.Code) >= 3 && actor.IsCountry(a.Code[:3]) {
				src = s.group(a.Code[:3] + "GOV")
				rule += "+state-held"
			}
		}
		if !referenced || src == nil && tgt == nil && loc == "" {
			continue
		}
		if tgt == nil && isViolent(code) && loc != "" && !s.offshorePlace(loc) {
			// "Sunday's deadly attack on civilians sheltering at a camp
			// outside El Fasher": as for a verb, with no victim coded, the
			// civilians of the place hit (not of a coast a ship was off)
			if a, ok := s.c.res.Code(loc, s.doc.Published); ok && len(a.Code) >= 3 && isAlpha(a.Code[:3]) {
				tgt = &chronicle.Actor{Name: a.Name, Code: a.Code[:3] + "CVL"}
			}
		}
		t := trigger{i: k, j: k + 1, code: code, rule: rule, noun: true, vg: k, objectNounAt: -1}
		typ, mode, ctx := s.plover(&t, src)
		if typ == "" {
			continue
		}
		e := chronicle.Event{Type: typ, Mode: mode, Context: ctx, Source: src, Target: tgt, Location: loc,
			Trigger: s.spanOf(k, k+1), Sentence: s.span, Confidence: 0.5}
		e.Coder = t.rule + ":" + t.code
		s.date(&e, t)
		return []chronicle.Event{e}
	}
	return nil
}

// unrestNouns name violence that breaks out among a crowd: "Clashes broke
// out during the protest".
var unrestNouns = set("CLASHES", "VIOLENCE", "UNREST", "RIOTS", "RIOTING", "SCUFFLES", "SKIRMISHES")

// peopleNouns head subject phrases that name people who act even where no
// dictionary codes them ("Islamic fundamentalists continued their hunger
// strike", "students demanded …"), with the sector they act in. Acting, such
// people mostly act at home (see domestic); as victims they do not: "nine
// people were killed when Russian drones hit …" were not Russians.
var peopleNouns = map[string]string{
	"PEOPLE": "CVL", "STUDENTS": "EDU", "WORKERS": "LAB", "FARMERS": "AGR", "YOUTHS": "CVL", "REFUGEES": "REF",
	"RESIDENTS": "CVL", "VILLAGERS": "CVL", "FUNDAMENTALISTS": "RAD", "ISLAMISTS": "RAD", "NATIONALISTS": "CVL",
	"SUPPORTERS": "CVL", "OPPONENTS": "OPP", "MINERS": "LAB", "DOCTORS": "HLH", "NURSES": "HLH", "TEACHERS": "EDU",
	"PRISONERS": "CVL", "DETAINEES": "CVL", "INMATES": "CVL", "PILGRIMS": "REL", "SETTLERS": "CVL", "TRADERS": "BUS",
	"DRIVERS": "LAB", "VETERANS": "CVL", "WOMEN": "CVL", "MOTHERS": "CVL", "FAMILIES": "CVL", "RELATIVES": "CVL",
	"ACTIVISTS": "CVL", "STRIKERS": "LAB", "MISSIONARIES": "REL", "NUNS": "REL", "PRIESTS": "REL", "SEMINARIANS": "REL",
	"CIVILIANS": "CVL", "CHILDREN": "CVL", "PASSENGERS": "CVL",
}

// homePeople are the people nouns that, acting, take the country the
// sentence names (see domestic): crowds, residents, farmers, miners,
// militants of a cause. Words like "women", "supporters" or "traders" are
// too often about sport, business or a study to place them.
var homePeople = set("PEOPLE", "RESIDENTS", "VILLAGERS", "YOUTHS", "REFUGEES", "FARMERS", "FUNDAMENTALISTS",
	"ISLAMISTS", "ACTIVISTS", "MINERS", "STRIKERS")

// crowdNouns name a crowd by its size: "Thousands marched in Tbilisi".
var crowdNouns = set("HUNDREDS", "THOUSANDS", "TENS", "DOZENS", "SCORES", "MILLIONS")

// quantityNouns head a phrase whose people follow "of": "hundreds of
// thousands of people", "a group of refugees".
var quantityNouns = extend(crowdNouns, "GROUP", "BAND", "NUMBER")

// namedSource is the actor of an uncoded subject phrase ph that still names
// who acted: a person or organisation the entity stage found ("The Foobar
// Group demanded …"), or people by a noun for people, after a quantity
// ("hundreds of students"). It keeps the name without a code — the
// dictionaries do not list every group, and an event without its actor is
// lost — or gives nil for anything else (a thing, an abstraction, a
// pronoun the actor layer could not resolve).
func (s *sentence) namedSource(tr *syntax.Tree, ph syntax.Phrase) *chronicle.Actor {
	h := ph.Head
	if h < 0 {
		return nil
	}
	h = s.countedHead(tr, h)
	named := peopleNouns[s.up[h]] != "" || protesterNouns[s.up[h]]
	if !named {
		_, named = s.nameEntity(h)
	}
	if !named {
		return nil
	}
	first := ph.First
	for first < ph.Head && syntax.IsDeterminer(s.up[first], syntax.DetArticle) {
		first++
	}
	return &chronicle.Actor{Name: s.text(first, ph.Last+1)}
}

// countedHead follows a quantity noun at h to what it counts: "hundreds of
// thousands of people" is people; h itself when nothing follows "of"
// ("the Coastal Traders Association").
func (s *sentence) countedHead(tr *syntax.Tree, h int) int {
	for steps := 0; quantityNouns[s.up[h]] && steps < 3; steps++ {
		next := -1
		for _, k := range tr.Children(h) {
			if c := tr.Case(k); c >= 0 && s.up[c] == "OF" {
				next = k
			}
		}
		if next < 0 {
			break
		}
		h = next
	}
	return h
}

// uncodedTypes are the types a source no dictionary codes is kept for:
// demands and protests, what groups without a place in the dictionaries
// (unions, movements, residents, new parties) do in the news. Other verbs
// the dictionary codes ("reached an agreement", "declined to comment",
// "faces a demand") are, from a company or a name no dictionary lists,
// mostly business and everyday news; violence without a coded side is
// left to the passive and attack-noun rules, and to people a plural noun
// names ("armed settlers set fire to homes", see peopleSubject).
var uncodedTypes = map[string]bool{"DEMAND": true, "PROTEST": true}

// happened reports whether verb h says only that its subject happened:
// "took place", "happened", "occurred", "unfolded".
func (s *sentence) happened(tr *syntax.Tree, h int) bool {
	switch strings.ToUpper(tr.Lemma[h]) {
	case "HAPPEN", "OCCUR", "UNFOLD":
		return true
	case "TAKE":
		return h+1 < len(s.up) && s.up[h+1] == "PLACE"
	}
	return false
}

// heldByState reports whether the noun k's "of" phrase names people a state
// holds: prisoners, detainees, inmates ("the release of 16 political
// prisoners").
func (s *sentence) heldByState(tr *syntax.Tree, k int) bool {
	for _, ch := range tr.Children(k) {
		if syntax.Base(tr.Rel[ch]) == "nmod" && tr.Case(ch) >= 0 && s.up[tr.Case(ch)] == "OF" {
			switch s.up[ch] {
			case "PRISONERS", "DETAINEES", "INMATES", "PRISONER", "DETAINEE":
				return true
			}
		}
	}
	return false
}
