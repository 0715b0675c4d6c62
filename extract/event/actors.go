package event

import (
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/actor"
	"github.com/chronicle-news/chronicle/extract/syntax"
)

// coded is an actor found in a token range.
type coded struct {
	i, j  int
	actor *chronicle.Actor
}

// codeAt codes tokens [i, j): an entity or mention the actor layer coded
// there, else the resolver on the phrase.
func (s *sentence) codeAt(i, j int) *chronicle.Actor {
	if s.lx.pronoun[s.up[i]] {
		return nil // possessives and pronouns are read by subject only
	}
	if i > 0 && actor.InRegionName(s.up[i-1], s.up[i]) {
		return nil // "Latin American countries": not the United States
	}
	if s.offshore(i) {
		return nil // "a bulk carrier off Somalia": where a ship was, not whose
	}
	if j < len(s.up) && moneyWords[s.up[j]] && s.up[j] != "MILLION" && s.up[j] != "BILLION" {
		return nil // "3.1bn Australian dollars": a currency, no actor
	}
	if j < len(s.up) && namedBuildings[s.up[j]] && s.capitalized(j-1) {
		return nil // "the Medina hotel in Kismayo": a name, not Saudi Arabia's city
	}
	if a, ok := s.known[[2]int{i, j}]; ok {
		k := s.kinds[[2]int{i, j}]
		if k != "LOC" && k != "MISC" {
			return a
		}
	}
	for k := i; k < j; k++ {
		if s.isPunct(k) && s.up[k] != "." && s.up[k] != "-" && s.up[k] != "'" && s.up[k] != "'S" && s.up[k] != "&" {
			return nil
		}
		// a phrase does not run over a preposition ("regime's push to join
		// NATO"), except "of" inside a name ("Bank of England").
		if k > i && s.lx.preposition[s.up[k]] && !(s.up[k] == "OF" && k+1 < j && s.capitalized(k+1)) {
			return nil
		}
		if k > i && s.up[k] == "'S" && k+1 < j {
			return nil // "Kyiv's push": the possessor is the phrase
		}
		if tr := s.tree(); k > i && tr != nil && k < tr.Len() && tr.UPOS[k] == "VERB" && !s.capitalized(k) {
			return nil // nor over a verb: "demanded that Kabul stop militants"
		}
	}
	if s.lx.preposition[s.up[i]] || s.up[i] == "AND" || s.lx.pronoun[s.up[i]] || s.lx.preposition[s.up[j-1]] || s.up[j-1] == "AND" {
		return nil
	}
	if j-i == 1 && !s.capitalized(i) {
		return nil // a lone common noun codes nothing useful ("officials")
	}
	var titled *chronicle.Actor // the person a title leads to, as the actor layer read them
	for _, p := range s.people {
		if p[0] <= i && j <= p[1] && j-i < p[1]-p[0] {
			return nil // a part of a person's name
		}
		if p[0] < j && j < p[1] || p[0] < i && i < p[1] {
			return nil // a span that cuts a name ("… of Armenia and Shahin" of "Shahin Mustafayev")
		}
		if a, ok := s.known[p]; ok && i < p[0] && p[1] == j && s.kinds[p] == "PER" && len(a.Code) >= 6 && !slices.Contains(s.up[i:p[0]], "OF") {
			titled = a
		}
	}
	if a, ok := s.c.res.Code(s.text(i, j), s.doc.Published); ok && a.Code != "" {
		if titled != nil && len(a.Code) >= 3 && titled.Code[:3] == a.Code[:3] {
			// "Opposition leader Raila Odinga": the person's side as the
			// actor layer read it from the title, not the dictionary's
			// dated entry for the words
			a.Code = titled.Code
			return &a
		}
		a.Code = member(a.Code, s.up[i:j])
		s.nationalGroup(i, j, &a)
		return &a
	}
	if a, ok := s.known[[2]int{i, j}]; ok {
		return a
	}
	return s.guess(i, j)
}

// nationalGroup recodes a non-state armed group the dictionaries give one
// country when a demonym of another opens its phrase or stands right before
// it: "the Pakistani Taliban" are Pakistan's insurgents, not Afghanistan's.
func (s *sentence) nationalGroup(i, j int, a *chronicle.Actor) {
	if len(a.Code) < 6 || !actor.IsCountry(a.Code[:3]) {
		return
	}
	sector := a.Code[3:6]
	if sector == "GOV" {
		// a movement that rules one country and fights in another ("the
		// Pakistani Taliban"): there, it is insurgents; a country's own
		// name or capital is never read so
		if cc, ok := s.c.res.Country(s.text(j-1, j)); ok || cc != "" || actor.Capital(a.Code[:3]) != "" && strings.EqualFold(actor.Capital(a.Code[:3]), s.text(j-1, j)) {
			return
		}
		sector = "REB"
	} else if !nonStateSectors[sector] {
		return
	}
	first := i
	for first < j-1 && s.lx.determiner[s.up[first]] {
		first++ // "the Pakistani Taliban"
	}
	for _, k := range []int{first, i - 1} {
		if k < 0 || k >= j-1 || !s.demonym(k) {
			continue
		}
		if d, ok := s.c.res.Lookup(s.text(k, k+1), s.doc.Published); ok && len(d.Code) >= 3 && d.Code[:3] != a.Code[:3] && actor.IsCountry(d.Code[:3]) {
			a.Code = d.Code[:3] + sector + a.Code[6:]
			a.Name = s.text(k, j)
			return
		}
	}
}

// nonStateSectors are the sectors of armed groups that are no state's.
var nonStateSectors = set("REB", "INS", "UAF")

// member narrows a code of Serbia and Montenegro (SCG, 1992–2006) to the
// member state the phrase names: "Serbian President" → SRBGOV.
func member(code string, words []string) string {
	if !strings.HasPrefix(code, "SCG") {
		return code
	}
	if len(code) >= 6 && (code[3:6] == "SRB" || code[3:6] == "MNE" || code[3:6] == "KOS") {
		return code[3:]
	}
	for _, w := range words {
		switch {
		case strings.HasPrefix(w, "SERB"):
			return "SRB" + code[3:]
		case strings.HasPrefix(w, "MONTENEGR"):
			return "MNE" + code[3:]
		}
	}
	return code
}

// agentSector is the sector a head noun gives a nationality: "Israeli tanks"
// → ISRMIL, "Chechen refugees" → ---REF.
var agentSector = map[string]string{
	"TROOPS": "MIL", "SOLDIERS": "MIL", "FORCES": "MIL", "TANKS": "MIL", "AIRCRAFT": "MIL", "ARMY": "MIL", "WARPLANES": "MIL",
	"JETS": "MIL", "HELICOPTERS": "MIL", "OFFICERS": "MIL", "NAVY": "MIL", "GUNSHIPS": "MIL", "MILITARY": "MIL",
	"JET": "MIL", "WARPLANE": "MIL", "HELICOPTER": "MIL", "GUNSHIP": "MIL", "DEFENCES": "MIL", "DEFENSES": "MIL",
	"POLICE": "COP", "POLICEMEN": "COP", "REBELS": "REB", "GUERRILLAS": "REB", "GUERILLAS": "REB", "MILITANTS": "REB",
	"INSURGENTS": "REB", "MILITIAMEN": "REB", "REFUGEES": "REF", "CIVILIANS": "CVL", "PROTESTERS": "CVL", "DEMONSTRATORS": "CVL",
	"STUDENTS": "EDU", "WORKERS": "LAB", "FARMERS": "AGR", "OFFICIALS": "GOV", "AUTHORITIES": "GOV", "LEADERS": "GOV",
	"DIPLOMATS": "GOV", "MINISTERS": "GOV", "NEGOTIATORS": "GOV", "LAWMAKERS": "LEG", "YOUTHS": "CVL", "PRISONERS": "CVL",
}

// guess codes what the dictionaries miss: a nationality form they lack
// ("Turks", "Serb" → Turkish, Serbian) and a nationality before an agent
// noun ("Serb forces" → SRBMIL).
func (s *sentence) guess(i, j int) *chronicle.Actor {
	if !s.capitalized(i) {
		return nil
	}
	country := ""
	w := s.text(i, i+1)
	for _, v := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "s") + "ish", strings.TrimSuffix(w, "s") + "ian", strings.TrimSuffix(w, "s") + "i"} {
		if a, ok := s.c.res.Lookup(v, s.doc.Published); ok && len(a.Code) >= 3 && isAlpha(a.Code[:3]) && (!strings.HasSuffix(v, "i") || v == w || len(a.Code) == 3) {
			// with "i" added, a country or its people ("Israeli"), not
			// a person ("MoD" is no "Modi")
			country = a.Code[:3]
			break
		}
	}
	if country == "" {
		return nil
	}
	if j-i == 1 {
		country = member(country, s.up[i:j])
		if strings.HasSuffix(w, "s") {
			return &chronicle.Actor{Name: w, Code: country + "CVL"}
		}
		return &chronicle.Actor{Name: w, Code: country}
	}
	if sec, ok := agentSector[s.up[j-1]]; ok {
		return &chronicle.Actor{Name: s.text(i, j), Code: member(country, s.up[i:j]) + sec}
	}
	return nil
}

// firstCoded finds the first coded phrase in [from, to), longest first at
// each start.
func (s *sentence) firstCoded(from, to int) (coded, bool) {
	for i := from; i < to; i++ {
		for j := min(to, i+7); j > i; j-- {
			if a := s.codeAt(i, j); a != nil {
				if i >= from+2 && s.up[i-1] == "IN" && len(a.Code) >= 3 && actor.IsCountry(a.Code) {
					if w := s.up[i-2]; (agentSector[w] == "COP" || agentSector[w] == "MIL") && !militaryCraft[w] && !weaponNouns[w] {
						sec := agentSector[w]
						// "by police in Nairobi": the force of the
						// place's country, not its government
						return coded{i: i - 2, j: j, actor: s.group(a.Code[:3] + sec)}, true
					}
				}
				return s.possessedForce(coded{i: i, j: j, actor: a}, to), true
			}
		}
	}
	return coded{}, false
}

// offshore reports whether the words at i name the coast a thing at sea
// lay off ("off Somalia", "off the coast of Yemen"): a place, not the
// thing's owner. "off" must be a preposition: "cut off Russia" names
// Russia.
func (s *sentence) offshore(i int) bool {
	k := i - 1
	if k >= 3 && s.up[k] == "OF" && (s.up[k-1] == "COAST" || s.up[k-1] == "COASTS" || s.up[k-1] == "SHORES") && s.up[k-2] == "THE" {
		k -= 3
	}
	if k < 0 || s.up[k] != "OFF" {
		return false
	}
	tr := s.tree()
	return tr != nil && k < tr.Len() && tr.UPOS[k] == "ADP"
}

// offshorePlace reports whether the place named loc stands in the
// sentence only as a coast something lay off (see offshore).
func (s *sentence) offshorePlace(loc string) bool {
	first := strings.ToUpper(strings.Fields(loc + " _")[0])
	seen := false
	for i, w := range s.up {
		if w == first {
			if !s.offshore(i) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// nationsThing reads a nationality before a common noun that names no
// body, people or arms ("his French colleague", "a Ukrainian film", "a US
// movie"): a person or thing of the country, coded as the bare country,
// not its government, which the nationality alone would code. A noun with
// a sector of its own ("Russian officials", "Israeli settlers") and the
// words of attacks and arms ("Russian shelling", "Israeli tanks") are read
// by their own rules; ok is false for them.
func (s *sentence) nationsThing(c coded) (coded, bool) {
	if c.actor == nil || c.j != c.i+1 || len(c.actor.Code) != 6 || !strings.HasSuffix(c.actor.Code, "GOV") || !actor.IsCountry(c.actor.Code) {
		return c, false
	}
	tr := s.tree()
	if tr == nil || c.j >= tr.Len() {
		return c, false
	}
	w := s.text(c.i, c.j)
	nationality := tr.UPOS[c.i] == "ADJ" && tr.Rel[c.i] == "amod" ||
		tr.UPOS[c.i] == "PROPN" && tr.Rel[c.i] == "compound" && (len(w) <= 4 && strings.ToUpper(w) == w || // "a US movie"
			strings.EqualFold(w, s.c.res.Demonym(c.actor.Code[:3]))) // "a Somali elder", tagged as a name
	if !nationality {
		return c, false // (not a place's name: "a London venue", "Iran today")
	}
	h := tr.Head[c.i]
	if h <= c.i || tr.UPOS[h] != "NOUN" || s.capitalized(h) && h > 0 {
		return c, false
	}
	for k := c.j; k < h; k++ {
		if s.capitalized(k) || tr.UPOS[k] != "ADJ" && tr.UPOS[k] != "NOUN" {
			return c, false // only plain modifiers between: "a Ukrainian war film"
		}
	}
	w = s.up[h]
	if s.lx.violentNoun[w] || weaponNouns[w] || attackerNouns[w] || militaryCraft[w] || groupHeads[w] || s.peopleSector(w) != "" {
		return c, false
	}
	if _, ok := s.c.dict.match(s.up, h); ok {
		return c, false // an event noun ("Russian talks", "the Israeli blockade"): whose act it is, its rules decide
	}
	return coded{i: c.i, j: c.j, actor: &chronicle.Actor{Name: s.text(c.i, h+1), Code: c.actor.Code[:3]}}, true
}

// possessedForce reads "Chad's army", "Sudan's police": a country's
// forces, not its government.
func (s *sentence) possessedForce(c coded, to int) coded {
	k := c.j
	if k < to && s.up[k] == "'S" {
		k++
	} else if k > c.i && strings.HasSuffix(s.up[k-1], "'S") {
		// the possessive stayed on the name's token
	} else {
		return c
	}
	if k >= to || len(c.actor.Code) < 3 || !actor.IsCountry(c.actor.Code) {
		return c
	}
	for n := 0; n < 2 && k+1 < to && courtModifiers[s.up[k]]; n++ {
		k++ // "Kenya's high court", "Brazil's supreme federal court"
	}
	sector := ""
	switch s.up[k] {
	case "ARMY", "MILITARY", "TROOPS", "FORCES", "NAVY", "SOLDIERS", "AIR":
		sector = "MIL"
	case "POLICE":
		sector = "COP"
	case "COURT", "JUDICIARY":
		sector = "JUD" // "Kenya's high court blocked the deployment"
	case "PARLIAMENT", "LEGISLATURE", "SENATE", "CONGRESS":
		sector = "LEG"
	default:
		return c
	}
	code := c.actor.Code[:3] + sector
	return coded{i: c.i, j: k + 1, actor: s.group(code)}
}

// possessedPeople reads a country's people or bodies named by a noun with a
// sector after its possessive ("Japan's biggest companies", "Kenya's
// doctors"): the country with that sector, not its state. Only for who acts:
// what a strike hits keeps the attack rules' reading. ok is false where c
// is no such possessive.
func (s *sentence) possessedPeople(c coded) (coded, bool) {
	tr := s.tree()
	if c.actor == nil || tr == nil || c.j >= tr.Len() || !stateOrGovernment(c.actor) {
		return c, false
	}
	k := c.j
	if s.up[k] == "'S" || s.up[k] == "’S" {
		k++
	} else if !strings.HasSuffix(s.up[k-1], "'S") {
		return c, false
	}
	for n := 0; n < 3 && k < tr.Len() && tr.UPOS[k] == "ADJ"; n++ {
		k++ // "Japan's biggest financial companies"
	}
	if k >= tr.Len() || tr.UPOS[k] != "NOUN" || tr.Head[c.i] != k {
		return c, false
	}
	switch sec := s.peopleSector(s.up[k]); sec {
	case "", "GOV", "MIL", "COP", "UNK":
		return c, false // (the state's own bodies: possessedForce)
	default:
		return coded{i: c.i, j: k + 1, actor: &chronicle.Actor{Name: s.text(c.i, k+1), Code: c.actor.Code[:3] + sec}}, true
	}
}

// courtModifiers stand between a country's possessive and its court.
var courtModifiers = set("HIGH", "SUPREME", "CONSTITUTIONAL", "FEDERAL", "TOP", "HIGHEST")

// codedAround returns the longest coded name (an entity, not a pronoun or
// description) that holds word k.
func (s *sentence) codedAround(k int) (coded, bool) {
	var best coded
	for sp, a := range s.known {
		switch s.kinds[sp] {
		case "PER", "ORG", "LOC", "MISC":
		default:
			continue
		}
		if sp[0] <= k && k < sp[1] && (best.actor == nil || sp[1]-sp[0] > best.j-best.i || sp[1]-sp[0] == best.j-best.i && sp[0] < best.i) {
			best = coded{i: sp[0], j: sp[1], actor: a}
		}
	}
	return best, best.actor != nil
}

// subject finds the subject of the trigger's clause: the noun phrase before
// the verb group back to the clause boundary. Leading prepositional phrases
// and appositives are passed over; a pronoun takes the subject of the
// sentence's first clause, or the actor the actor layer resolved it to.
func (s *sentence) subject(t trigger) (*chronicle.Actor, string) {
	end := t.vg
	start := 0
	if end > 0 && s.isComma(end-1) && strings.HasSuffix(s.up[t.i], "ING") {
		// "the strike hit a camp, killing 19": the participle's subject is
		// that of the clause the tree attaches it to; an attack or weapon
		// there names no attacker
		if tr := s.tree(); tr != nil {
			if h := tr.Head[t.i]; h >= 0 && syntax.Base(tr.Rel[t.i]) == "advcl" {
				if sj := tr.SubjectOf(h); sj >= 0 {
					if s.lx.violentNoun[s.up[sj]] || weaponNouns[s.up[sj]] {
						return nil, ""
					}
				}
			}
		}
		// ", placing the blame on…": the participle shares the main subject.
		if k := s.firstVerb(); k >= 0 && k < end-1 {
			return s.subject(trigger{vg: k, i: k})
		}
	}
	for k := end - 1; k >= 0; k-- {
		w := s.up[k]
		if s.lx.relative[w] && k > 0 && s.isComma(k-1) && s.commaBetween(k, end) {
			// "The United States, which brokered a deal between Kinshasa
			// and Kigali, called on …": an aside closed before the verb
			continue
		}
		if (subjectOpeners[w] || prepositionalOpeners[w] && end-k <= 4) && k < end-1 && !s.commaBetween(k, end) && k > 0 && !s.lx.pronoun[s.up[k+1]] {
			// "Peru police fire tear gas as thousands march on Congress":
			// the subordinate clause has its own subject
			start = k + 1
			break
		}
		if w == "THAT" || w == ";" || w == ":" || s.lx.relative[w] || s.lx.reporting[w] && k < end-1 && !s.isComma(k+1) && !s.capitalized(k) && s.up[k+1] != "TO" && s.verbLike(t.i) && !s.lx.reporting[s.up[t.i]] {
			// "Hamas said Israeli troops stormed …": the subject
			// begins after the reporting verb
			start = k + 1
			break
		}
	}
	if start >= end {
		// "... and exploded bombs": the clause shares the sentence subject.
		if start > 0 {
			return s.subject(trigger{vg: start - 1, i: start - 1})
		}
		return nil, ""
	}
	if d := s.dateline(); d > start && d < end {
		start = d // "KYIV, March 3 (Reuters) - Russian forces launched"
	}
	if start > 0 && s.lx.reporting[s.up[start-1]] {
		if tr := s.tree(); tr != nil && t.i < tr.Len() {
			// "Burhan told the envoy the army would not negotiate": the
			// reported clause's subject, past the hearer (the controller
			// of "was ready to release" too)
			if sj := tr.ClauseOf(t.i).Subj; sj > start && sj < end {
				if f := tr.NounPhrase(sj).First; f > start {
					start = f
				}
			}
		}
	}
	if a, txt, ok := s.sides(start, end); ok {
		return a, txt
	}
	if a, txt, ok := s.reportersSide(t, start, end); ok {
		return a, txt
	}
	// segments between commas; the first that does not open with a
	// preposition or subordinator and holds an actor is the subject.
	segs := [][2]int{}
	b := start
	for k := start; k <= end; k++ {
		if k == end || s.isComma(k) || s.isQuote(k) {
			if k > b {
				segs = append(segs, [2]int{b, k})
			}
			b = k + 1
		}
	}
	treeSubj := -1 // the subject the tree gives the trigger's verb, within the words read
	if tr := s.tree(); tr != nil && !t.noun && t.i < tr.Len() {
		if sj := tr.SubjectOf(t.i); sj >= start && sj < end {
			treeSubj = sj
		}
	}
	for pass := 0; pass < 2; pass++ {
		for n, sg := range segs {
			lead := s.up[sg[0]]
			if (s.lx.subordinator[lead] || s.lx.preposition[lead] || n == 0 && sg[0] == 0 && strings.HasSuffix(lead, "ING") && s.leadingParticiple()) && len(segs) > 1 &&
				(pass == 0 || treeSubj >= sg[1]) {
				// (nor "Speaking in Brussels, …": a participle clause
				// before the subject; nor, where the tree puts the
				// subject after it, "In Argentina, the company sued …")
				continue
			}
			if n > 0 && (absoluteLead[lead] || strings.HasSuffix(lead, "ING")) {
				// ", many waving EU flags,": an aside about the subject
				// before it, not the subject
				continue
			}
			to, placedAt := sg[1], -1
			for v := sg[0]; v+1 < sg[1]; v++ {
				attackNoun := s.lx.violentNoun[s.up[v]] || weaponNouns[s.up[v]]
				if attackNoun && s.lx.targetPrep[s.up[v+1]] && s.nounUse(v) {
					// "A drone attack on the Odesa port set silos ablaze":
					// the attack's modifiers may name the attacker; what
					// it hit is no attacker
					to = v
					break
				}
				if attackNoun && (s.lx.placePrep[s.up[v+1]] || s.up[v+1] == "BETWEEN") && s.treeNoun(v) && placedAt < 0 {
					placedAt = v + 1 // "fighting in Tripoli", "a roadside bombing near Samarra"
				}
			}
			c, ok := s.firstCoded(sg[0], to)
			if n, thing := s.nationsThing(c); ok && thing && !t.passive {
				c = n // "his French colleague praised": not the French state
			}
			if p, people := s.possessedPeople(c); ok && people && !t.passive {
				c = p // "Japan's biggest companies will merge": not Japan's state
			}
			if ok && placedAt >= 0 && c.i > placedAt && stateOrGovernment(c.actor) {
				// where an attack no one is named for happened: the armed
				// men of the place, not its state ("fighting between two
				// armed groups in Tripoli killed 32"), as the Phoenix
				// coders read it
				return s.group(c.actor.Code[:3] + "UAF"), ""
			}
			if ok {
				if sec := s.groupBefore(sg[0], c.i); sec != "" && len(c.actor.Code) >= 3 && actor.IsCountry(c.actor.Code) {
					// "Protesters in Nairobi stormed …", "police in
					// Islamabad": the group of the place, not its state
					a := &chronicle.Actor{Name: s.text(sg[0], c.j), Code: c.actor.Code[:3] + sec}
					return a, s.text(sg[0], c.j)
				}
				if a, ok := s.placedPeopleAfter(sg[0], c, "nsubj", "root"); ok && !t.passive {
					return a, s.text(sg[0], c.j) // "critics in Israel": not Israel's state
				}
				if c.j < sg[1] && c.j-c.i > 1 && s.up[c.j-1] == "'S" {
					// "Sudan's RSF shelled …": the possessed actor acts
					if d, ok := s.firstCoded(c.j, sg[1]); ok && d.i == c.j {
						c = d
					}
				}
				return s.residents(c, sg[1]), s.text(c.i, c.j)
			}
		}
	}
	// a pronoun: the actor layer's resolution, else the first clause's subject.
	for k := end - 1; k >= start; k-- {
		if s.up[k] == "WE" || s.up[k] == "I" {
			// (an "I" of a state's officer only: a player's "I was
			// thinking" is no act of state)
			if a := s.quotedSpeaker(k); a != nil && (s.up[k] == "WE" || stateOf(a) != "") {
				// "“We will not allow Europe to lecture us,” Baghaei
				// told …": whom the speaker speaks for
				return a, s.text(k, k+1)
			}
		}
		if s.lx.pronoun[s.up[k]] {
			if s.up[k] == "THEY" && s.uncodedSpeakerOf(k) {
				return nil, "" // "Residents of the camp said they had received no food": the speakers, whom no dictionary names
			}
			if a, ok := s.known[[2]int{k, k + 1}]; ok {
				return a, s.text(k, k+1)
			}
			if s.uncoded[[2]int{k, k + 1}] {
				return nil, "" // someone named but not coded: not an earlier actor
			}

			if start > 0 {
				return s.subject(trigger{vg: start - 1, i: start - 1})
			}
			// "the party has said it will boycott": the reporting clause's subject
			for v := k - 1; v > start; v-- {
				if s.verbLike(v) {
					g := v
					for g > start && (s.lx.aux[s.up[g-1]] || s.lx.adverb[s.up[g-1]]) {
						g--
					}
					return s.subject(trigger{vg: g, i: v})
				}
			}
			if s.up[k] == "I" || s.up[k] == "YOU" {
				// a speaker or the one spoken to, whom the sentence before
				// does not name ("I agree absolutely" in a reader's letter)
				return nil, ""
			}
			if a := s.previousSubject(); a != nil && k == start+s.leadIn(start, end) {
				// "Hungary's prime minister is … . On Thursday he vetoed
				// …": a pronoun opening the clause is the last subject
				return a, s.text(k, k+1)
			}
			return s.previousSource(), ""
		}
	}
	if k := start + s.leadIn(start, end); k+1 < end && (s.up[k] == "THE" || s.up[k] == "ITS") && groupHeads[s.up[k+1]] {
		// "The movement said …", "The group's fighters stormed …": a
		// body the sentence before named as its subject, or, in what
		// someone reports, the body the reporter speaks for ("the EU's
		// foreign policy chief said the bloc would not recognise …")
		if a := s.reportersBody(t.i); a != nil {
			return a, a.Name
		}
		if a := s.previousSubject(); a != nil && len(a.Code) > 3 { // a body, not a bare country
			return a, a.Name // the body taken up, not its description ("the movement" is no protest movement)
		}
	}
	return s.domestic(start, end, !t.passive)
}

// reportersBody is the body (a coded actor more than a bare country) named
// by the subject of the reporting verb whose complement holds word i, or
// nil.
func (s *sentence) reportersBody(i int) *chronicle.Actor {
	tr := s.tree()
	if tr == nil || i >= tr.Len() {
		return nil
	}
	for h, n := i, 0; h >= 0 && n < 6; h, n = tr.Head[h], n+1 {
		r := tr.Head[h]
		if r < 0 || syntax.Base(tr.Rel[h]) != "ccomp" {
			continue
		}
		sj := tr.SubjectOf(r)
		if !s.lx.reporting[s.up[r]] || sj < 0 {
			return nil
		}
		ph := tr.NounPhrase(sj)
		if c, ok := s.firstCoded(ph.First, ph.Last+1); ok && len(c.actor.Code) > 3 {
			return c.actor
		}
		return nil
	}
	return nil
}

// groupHeads head descriptions that take up an organisation, armed group or
// body named before: "the group", "the movement", "the junta".
var groupHeads = set("GROUP", "GROUP'S", "MOVEMENT", "MOVEMENT'S", "MILITIA", "MILITIA'S", "JUNTA", "JUNTA'S",
	"ORGANISATION", "ORGANIZATION", "ALLIANCE", "BLOC", "FACTION", "RULERS", "MINISTRY", "MINISTRY'S", "FIGHTERS")

// leadIn counts the words of words[start:end] that open the clause before
// its subject: a time or place phrase closed by a comma or a bare time
// ("On Thursday he vetoed", "The next morning, Israeli jets struck").
func (s *sentence) leadIn(start, end int) int {
	for k := start; k < end && k < start+6; k++ {
		if s.isComma(k) {
			return k + 1 - start
		}
	}
	if start+2 < end && s.lx.preposition[s.up[start]] && weekdays[s.up[start+1]] {
		return 2 // "On Thursday he …"
	}
	return 0
}

// previousSubjectWord is the sentence before this one (read once), its
// tree, and the subject of its root (-1 for none); nil and nil for the
// first sentence or no tree.
func (s *sentence) previousSubjectWord() (*sentence, *syntax.Tree, int) {
	if s.si == 0 {
		return nil, nil, -1
	}
	if s.prev == nil {
		s.prev = s.c.newSentence(s.doc, s.ix, s.si-1)
	}
	tr := s.prev.tree()
	if tr == nil {
		return nil, nil, -1
	}
	return s.prev, tr, tr.SubjectOf(tr.Root())
}

// previousSubject is the coded subject of the main clause of the sentence
// before this one: what a pronoun or a description opening this one most
// likely takes up, the centre of the text so far.
func (s *sentence) previousSubject() *chronicle.Actor {
	p, tr, sj := s.previousSubjectWord()
	if tr == nil {
		return nil
	}
	first, last := 0, min(len(p.up), 6)-1 // the sentence's opening words when the tree has no subject
	if sj >= 0 {
		ph := tr.NounPhrase(sj)
		first, last = ph.First, ph.Last
	}
	ph := syntax.Phrase{First: first, Last: last}
	if c, ok := p.firstCoded(ph.First, ph.Last+1); ok {
		if c.j < ph.Last+1 && c.j-c.i >= 1 && p.up[c.j-1] == "'S" {
			// "Hungary's prime minister": the possessor's government
			if d, ok := p.firstCoded(c.j, ph.Last+1); ok {
				return d.actor
			}
		}
		return c.actor
	}
	return nil
}

// absoluteLead open an aside about the subject: "The protesters, many
// waving flags, had gathered".
var absoluteLead = map[string]bool{"MANY": true, "SOME": true, "MOST": true, "ALL": true, "BOTH": true,
	"SEVERAL": true, "FEW": true, "EACH": true, "MOSTLY": true}

// domesticTitle gives the sector of an office or body whose holder acts at
// home: "Judge Alejandro Rivera", "the opposition coalition".
var domesticTitle = map[string]string{
	"PRESIDENT": "GOV", "PREMIER": "GOV", "MINISTER": "GOV", "GOVERNOR": "GOV", "MAYOR": "GOV", "GOVERNMENT": "GOV",
	"AUTHORITIES": "GOV", "OFFICIALS": "GOV", "CABINET": "GOV", "JUDGE": "JUD", "COURT": "JUD", "PROSECUTOR": "JUD",
	"PARLIAMENT": "LEG", "ASSEMBLY": "LEG", "POLICE": "COP", "ARMY": "MIL", "MILITARY": "MIL", "TROOPS": "MIL", "FORCES": "MIL", "SOLDIERS": "MIL",
	"OPPOSITION": "OPP", "COALITION": "OPP", "PARTY": "PTY", "UNION": "LAB", "REBELS": "REB", "GUERRILLAS": "REB",
	"PROTESTERS": "CVL", "DEMONSTRATORS": "CVL", "PROTESTORS": "CVL", "STUDENTS": "EDU", "WORKERS": "LAB",
}

// domestic codes a subject the dictionaries do not know but whose title
// (or, when acting, whose people noun) says it acts at home ("Judge Alejandro Rivera opened investigations
// against Chilean officials"): the country of the first actor the sentence
// names elsewhere, with the title's sector. The coder marks it in Coder.
func (s *sentence) domestic(start, end int, acting bool) (*chronicle.Actor, string) {
	sector, at := "", start
	for k := start; k < end; k++ {
		if sec, ok := domesticTitle[s.up[k]]; ok {
			if sec == "MIL" && k > start && rebelModifiers[s.up[k-1]] {
				sec = "REB" // "rebel forces", "resistance forces": no state's army
			}
			sector, at = sec, k
			break
		}
		if sec := peopleNouns[s.up[k]]; homePeople[s.up[k]] && acting {
			sector, at = sec, k
			break
		}
		if crowdNouns[s.up[k]] && acting {
			sector, at = "CVL", k
			break
		}
	}
	if sector == "" {
		return nil, ""
	}
	for k := at - 1; k > start; k-- {
		if s.isComma(k) {
			if s.asideOpens(k + 1) {
				return nil, "" // "The Los Lobos gang, led by a former police officer, controls …": an aside describes
			}
			start = k + 1 // "A day earlier, army warplanes bombed …": the segment that holds the title names
			break
		}
	}
	name := start
	for name < end && !s.isComma(name) {
		name++
	}
	for name > start+1 && (s.isPunct(name-1) || s.isQuote(name-1) || s.lx.aux[s.up[name-1]] || s.lx.adverb[s.up[name-1]]) {
		name-- // "security forces had “cleared …”": the name, not the verb group
	}
	if s.home != "" && !s.namesPlace() {
		// no place in the sentence: the country the story is told from
		s.contextSource = true
		return &chronicle.Actor{Name: s.text(start, name), Code: s.home + sector}, s.text(start, name)
	}
	if s.lead != "" && (sector == "MIL" || sector == "COP" || s.up[start] == "THE" && at >= name-2) && !s.namesPlace() && !s.namesActor() {
		// "Security forces killed all five attackers", "the state
		// government imposed a curfew", "the interior minister blamed
		// …", "the main opposition party denied …" after a lead on
		// events in Mogadishu, Manipur or Dhaka: the forces, government
		// or party of the country the story is about, where the sentence
		// names no one else (a body taken up by "the", not an officer
		// named by title, "BoE governor Mervyn King warned", nor "big
		// government … undermining enterprise")
		s.contextSource = true
		return &chronicle.Actor{Name: s.text(start, name), Code: s.lead + sector}, s.text(start, name)
	}
	for _, r := range [][2]int{{end, len(s.up)}, {0, start}} {
		for i := r[0]; i < r[1]; i++ {
			if s.acrossBorder(i) || i+1 < len(s.up) && s.up[i+1] == "BORDER" {
				continue // "near the border with Venezuela", "the Venezuelan border": either side's
			}
			if s.inParticipleAside(i) {
				continue // "The ELN's negotiators, speaking from Caracas, blamed the government": where the speakers were
			}
			for j := min(r[1], i+4); j > i; j-- {
				if s.uncodedPersonIn(i, j) {
					continue // "police spokesman Abdifatah Aden Hassan": a word of a person's name tells no country
				}
				if a := s.codeAt(i, j); a != nil && len(a.Code) >= 3 && isAlpha(a.Code[:3]) {
					s.contextSource = true
					cc := a.Code[:3]
					if sector == "GOV" && r[0] == end && s.home != "" && cc != s.home {
						// "The government's foreign ministry accused the
						// United Arab Emirates …", datelined Port Sudan: a
						// government of no named country is the home one,
						// not the state it speaks of
						cc = s.home
					}
					return &chronicle.Actor{Name: s.text(start, name), Code: cc + sector}, s.text(start, name)
				}
			}
		}
	}
	return nil, ""
}

// namesActor reports whether a word of the sentence is a coded actor of a
// country.
func (s *sentence) namesActor() bool {
	for _, a := range s.known {
		if len(a.Code) >= 3 && isAlpha(a.Code[:3]) {
			return true
		}
	}
	return false
}

// quotedSpeaker is the coded speaker of the direct quote that holds word
// k, or nil.
func (s *sentence) quotedSpeaker(k int) *chronicle.Actor {
	sp := s.toks[k].Span
	for _, q := range s.doc.Quotes {
		if q.Kind != "direct" || !q.Content.Contains(sp) {
			continue
		}
		if q.SpeakerCode != "" {
			return &chronicle.Actor{Name: q.SpeakerName, Code: q.SpeakerCode}
		}
		if a, b, ok := s.speakerWords(q); ok {
			// "… ,” Iran's foreign ministry spokesman Esmaeil Baghaei told
			// reporters": the speaker's words code the side
			if c, ok := s.firstCoded(a, b); ok && len(c.actor.Code) >= 3 && isAlpha(c.actor.Code[:3]) {
				return c.actor
			}
		}
	}
	return nil
}

// speakerWords are the words [a, b) of quote q's speaker, when this
// sentence holds them.
func (s *sentence) speakerWords(q chronicle.Quote) (a, b int, ok bool) {
	if q.Speaker == nil || !s.span.Contains(*q.Speaker) {
		return 0, 0, false
	}
	a, last := s.tokenAt(q.Speaker.ByteStart), s.tokenAt(q.Speaker.ByteEnd-1)
	return a, last + 1, a >= 0 && last >= a
}

// uncodedSpeakerOf reports whether word k stands in what people of this
// sentence say (residents, witnesses) whose words code no one.
func (s *sentence) uncodedSpeakerOf(k int) bool {
	sp := s.toks[k].Span
	for _, q := range s.doc.Quotes {
		a, b, ok := s.speakerWords(q)
		if !q.Content.Contains(sp) || !ok || q.SpeakerCode != "" {
			continue
		}
		if _, coded := s.firstCoded(a, b); coded {
			continue
		}
		for m := a; m < b; m++ {
			if peopleNouns[s.up[m]] != "" {
				return true // (residents, witnesses, families: not armed men, whom the story may place)
			}
		}
	}
	return false
}

// inParticipleAside reports whether the tree puts word i in an aside of
// speech set off by a comma ("…, speaking from Caracas, …"): where a
// speaker was, not where anything happened.
func (s *sentence) inParticipleAside(i int) bool {
	tr := s.tree()
	if tr == nil || i >= tr.Len() {
		return false
	}
	for h, n := tr.Head[i], 0; h > 0 && n < 4; h, n = tr.Head[h], n+1 {
		if tr.UPOS[h] == "VERB" && speakingParticiples[s.up[h]] && s.isComma(h-1) {
			r := syntax.Base(tr.Rel[h])
			return r == "acl" || r == "advcl"
		}
	}
	return false
}

// speakingParticiples tell where or how someone spoke.
var speakingParticiples = set("SPEAKING", "TALKING", "WRITING", "ADDRESSING", "BRIEFING")

// uncodedPersonIn reports whether words [i, j) hold a word of a person
// the entity stage named but coded as no one.
func (s *sentence) uncodedPersonIn(i, j int) bool {
	for k := i; k < j; k++ {
		if e, ok := s.nameEntity(k); ok && e.Type == "PER" && (e.Actor == nil || e.Actor.Code == "") {
			return true
		}
	}
	return false
}

// treeNoun reports whether the tree tags word k a noun.
func (s *sentence) treeNoun(k int) bool {
	tr := s.tree()
	return tr != nil && k < tr.Len() && tr.UPOS[k] == "NOUN"
}

// asideOpens reports whether word k, after a comma, opens an aside on the
// noun before it: a participle or a relative pronoun ("…, led by …",
// "…, who …").
func (s *sentence) asideOpens(k int) bool {
	if k >= len(s.up) {
		return false
	}
	if s.up[k] == "WHO" || s.up[k] == "WHICH" || s.up[k] == "WHOSE" {
		return true
	}
	tr := s.tree()
	if tr == nil || k >= tr.Len() || k < 2 || tr.UPOS[k] != "VERB" {
		return false
	}
	// (a past participle after a noun and its comma, whatever relation
	// the parser gave it)
	return tr.Rel[k] == "acl" || isParticiple(s.up[k]) && (tr.UPOS[k-2] == "NOUN" || tr.UPOS[k-2] == "PROPN")
}

// namesPlace reports whether the sentence names a place.
func (s *sentence) namesPlace() bool {
	for _, e := range s.doc.Entities {
		if e.Type == "LOC" && s.span.Contains(e.Span) {
			return true
		}
	}
	return false
}

// firstVerb is the first verb of the sentence's main clause, or -1.
func (s *sentence) firstVerb() int { return s.firstVerbIn(s.excluded()) }

// firstVerbIn is firstVerb with the excluded words already known.
func (s *sentence) firstVerbIn(ex []bool) int {
	for k := range s.up {
		if !ex[k] && !s.isPunct(k) && s.verbLike(k) && !(k > 0 && s.capitalized(k)) {
			return k
		}
	}
	return -1
}

// victim codes the uncoded person a passive attack names ("General X was
// killed"): the country of the title or of the place, the military for a
// military title, else civilians.
func (s *sentence) victim(t trigger) *chronicle.Actor {
	for _, e := range s.doc.Entities {
		if e.Type != "PER" || !s.span.Contains(e.Span) || e.ByteEnd > s.toks[t.vg].ByteStart {
			continue
		}
		name := s.doc.Text[e.ByteStart:e.ByteEnd]
		country, sector := "", "CVL"
		if e.Role != nil {
			if a, ok := s.c.res.Lookup(e.Role.Country, s.doc.Published); ok && len(a.Code) >= 3 && isAlpha(a.Code[:3]) {
				country = a.Code[:3]
			}
			if isMilitaryTitle(e.Role.Title + " " + e.Role.Organization) {
				sector = "MIL"
			}
		}
		i0 := 0
		for k, tk := range s.toks {
			if tk.ByteStart == e.ByteStart {
				i0 = k
			}
		}
		if isMilitaryTitle(s.text(max(0, i0-3), i0)) {
			sector = "MIL"
		}
		if country == "" {
			if loc := s.location(t); loc != "" {
				if a, ok := s.c.res.Lookup(loc, s.doc.Published); ok && len(a.Code) >= 3 && isAlpha(a.Code[:3]) {
					country = a.Code[:3]
				}
			}
		}
		if country == "" {
			return nil
		}
		return &chronicle.Actor{Name: name, Code: country + sector}
	}
	return nil
}

func isMilitaryTitle(s string) bool {
	s = strings.ToLower(s)
	for _, w := range []string{"general", "colonel", "major", "commander", "officer", "soldier", "military", "admiral", "lieutenant", "army", "staff"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// residents codes "ethnic Albanians in south Serbia" by where they live:
// a people named by nationality and placed "in" a country are that
// country's civilians, as CAMEO codes them.
func (s *sentence) residents(c coded, end int) *chronicle.Actor {
	ethnic := c.i > 0 && s.up[c.i-1] == "ETHNIC"
	if !ethnic && !strings.HasSuffix(c.actor.Code, "CVL") {
		return c.actor
	}
	if c.j >= end || s.up[c.j] != "IN" {
		return c.actor
	}
	if p, ok := s.firstCoded(c.j+1, min(end, c.j+5)); ok && len(p.actor.Code) >= 3 && isAlpha(p.actor.Code[:3]) && p.actor.Code[:3] != c.actor.Code[:3] {
		return &chronicle.Actor{Name: s.text(c.i, p.j), Code: p.actor.Code[:3] + "CVL"}
	}
	return c.actor
}

// placedPeople is the actor of a phrase whose head, a common noun, is
// placed in a country by a state's name after a place preposition
// ("critics in Israel", "doctors in Gaza", "fans across Britain"): the
// country's people with the head's sector, or the bare country when the
// noun has none, and never the state, which the name alone would code.
// ok is false where c is not so placed, or the head names a state body or
// armed men ("officials in Kyiv", "troops in Syria"), whose own rules
// read them, or an attack ("the war in Ukraine").
func (s *sentence) placedPeople(head int, c coded) (*chronicle.Actor, bool) {
	place := stateOrGovernment(c.actor) || s.kinds[[2]int{c.i, c.j}] == "LOC" && actor.IsCountry(c.actor.Code) // ("Gaza": PSEGZA)
	if head < 0 || head+1 >= c.i || !place || head > 0 && s.capitalized(head) {
		return nil, false
	}
	if p := s.up[head+1]; !s.lx.placePrep[p] && p != "AT" && p != "FROM" {
		return nil, false
	}
	for k := head + 2; k < c.i; k++ {
		if s.up[k] != "THE" {
			return nil, false
		}
	}
	tr := s.tree()
	if tr == nil || head >= tr.Len() || tr.UPOS[head] != "NOUN" {
		return nil, false
	}
	w := s.up[head]
	if s.lx.violentNoun[w] || weaponNouns[w] || attackerNouns[w] || groupHeads[w] {
		return nil, false
	}
	sec, first := s.peopleSector(w), head
	for m := head - 1; m >= 0 && (tr.UPOS[m] == "NOUN" || tr.UPOS[m] == "ADJ") && tr.Head[m] == head; m-- {
		// "opposition groups in Zimbabwe": a group's kind in its modifier
		if ms := s.peopleSector(s.up[m]); ms != "" && (sec == "" || sec == "UNK") {
			sec = ms
		}
		first = m
	}
	switch sec {
	case "GOV", "MIL", "COP", "REB", "UAF", "INS", "JUD", "LEG", "SPY":
		return nil, false
	}
	return &chronicle.Actor{Name: s.text(first, c.j), Code: c.actor.Code[:3] + sec}, true
}

// peopleSector is the sector a noun for people or a body gives the country
// it belongs to ("doctors": HLH, "opposition": OPP), from the package's
// tables and the agent dictionaries, or "".
func (s *sentence) peopleSector(w string) string {
	if sec := peopleNouns[w]; sec != "" {
		return sec
	}
	if sec := agentSector[w]; sec != "" {
		return sec
	}
	if sec := domesticTitle[w]; sec != "" {
		return sec
	}
	return s.c.res.AgentSector(w)
}

// placedPeopleAfter is placedPeople for a head found by walking back from
// the coded words c to the place preposition before them, within a phrase
// that opens at from, when the tree gives the head one of the relations
// rels.
func (s *sentence) placedPeopleAfter(from int, c coded, rels ...string) (*chronicle.Actor, bool) {
	k := c.i - 1
	for k > from && s.up[k] == "THE" {
		k--
	}
	if k-1 < from {
		return nil, false
	}
	if tr := s.tree(); tr == nil || k-1 >= tr.Len() || !slices.Contains(rels, tr.Rel[k-1]) {
		return nil, false // not the clause's actor ("Last week in Paris, …")
	}
	return s.placedPeople(k-1, c)
}

// groupBefore returns the sector of a group noun right before a place
// preposition ending at i ("protesters in", "police in", "students at"),
// or "".
func (s *sentence) groupBefore(from, i int) string {
	if i-2 < from || !s.lx.placePrep[s.up[i-1]] && s.up[i-1] != "AT" {
		return ""
	}
	w := s.up[i-2]
	if sec, ok := domesticTitle[w]; ok && (sec == "CVL" || sec == "COP" || sec == "EDU" || sec == "LAB" || sec == "OPP" || sec == "REB") {
		return sec // (and "rebels in Cameroon's Anglophone region": the place's rebels, not its army)
	}
	if w == "GOVERNMENT" || w == "AUTHORITIES" {
		return "GOV" // "the government in Port Sudan": the seat's government (troops in a place may be anyone's)
	}
	if homePeople[w] {
		return peopleNouns[w]
	}
	return ""
}

// dateline is the token after a wire dateline that opens the sentence
// ("KYIV, March 3 (Reuters) -"), or 0.
func (s *sentence) dateline() int { return syntax.SentenceDateline(s.doc, s.si) }

// subjectOpeners open a subordinate clause with a subject of its own
// ("as thousands march"); "after", "before", "since" and "until" are
// prepositions as often, and a pronoun after the opener refers back.
var subjectOpeners = map[string]bool{"AS": true, "WHEN": true, "WHILE": true, "BECAUSE": true, "WHEREAS": true}

// prepositionalOpeners open a subordinate clause when a short subject
// and the verb follow at once ("since war broke out", "after troops
// withdrew").
var prepositionalOpeners = map[string]bool{"SINCE": true, "AFTER": true, "BEFORE": true, "UNTIL": true}

// commaBetween reports whether a comma stands among words (a, b).
func (s *sentence) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.isComma(k) {
			return true
		}
	}
	return false
}

// sides resolves "the sides", "both parties" to the parties of the last
// meeting or agreement coded in the document.
func (s *sentence) sides(start, end int) (*chronicle.Actor, string, bool) {
	for k := start; k < end; k++ {
		if s.lx.sides[s.up[k]] {
			for e := len(s.doc.Events) - 1; e >= 0; e-- {
				ev := s.doc.Events[e]
				if ev.Source != nil && (ev.Type == "CONSULT" || ev.Type == "AGREE" || ev.Type == "COOPERATE") {
					return ev.Source, s.text(k, k+1), true
				}
			}
		}
	}
	return nil, "", false
}

// sidesTarget is the other party for a "sides" subject: the other side of
// the talks before, else the counterpart the sentence names ("after talks
// with his Turkish counterpart, the Iraqi minister said both sides had
// agreed").
func (s *sentence) sidesTarget(t trigger) *chronicle.Actor {
	for k := 0; k < t.vg; k++ {
		if s.lx.sides[s.up[k]] {
			for e := len(s.doc.Events) - 1; e >= 0; e-- {
				ev := s.doc.Events[e]
				if ev.Source != nil && (ev.Type == "CONSULT" || ev.Type == "AGREE" || ev.Type == "COOPERATE") {
					return ev.Target
				}
			}
			return s.counterpart()
		}
	}
	return nil
}

// reportersSide reads "both sides" in what someone reports, when no talks
// came before: the side of the one who reports it, who is one of them
// ("the Iraqi foreign minister said both sides had agreed").
func (s *sentence) reportersSide(t trigger, start, end int) (*chronicle.Actor, string, bool) {
	k := start
	for k < end && !s.lx.sides[s.up[k]] {
		k++
	}
	tr := s.tree()
	if k == end || tr == nil || t.i >= tr.Len() {
		return nil, "", false
	}
	for h, n := tr.Head[t.i], 0; h >= 0 && n < 3; h, n = tr.Head[h], n+1 {
		if !s.lx.reporting[s.up[h]] {
			continue
		}
		if sj := tr.ClauseOf(h).Subj; sj >= 0 && sj < start {
			if a, _, _ := s.phrase(tr, sj); a != nil && a.Code != "" {
				return a, s.text(k, k+1), true
			}
		}
		break
	}
	return nil, "", false
}

// counterpart is the coded side of a "counterpart" the sentence names
// ("his Turkish counterpart"), or nil.
func (s *sentence) counterpart() *chronicle.Actor {
	for k, w := range s.up {
		if w != "COUNTERPART" && w != "COUNTERPARTS" {
			continue
		}
		for i := max(0, k-3); i < k; i++ {
			if a := s.codeAt(i, i+1); a != nil && len(a.Code) >= 3 && actor.IsCountry(a.Code[:3]) {
				return s.group(a.Code[:3] + "GOV")
			}
		}
	}
	return nil
}

func (s *sentence) previousSource() *chronicle.Actor {
	for e := len(s.doc.Events) - 1; e >= 0; e-- {
		if s.doc.Events[e].Source != nil {
			return s.doc.Events[e].Source
		}
	}
	return nil
}

// objectEnd is where the object search stops: a semicolon, a relative
// pronoun, a subordinate clause the tree marks ("as thousands rallied"), or a
// comma that opens an attribution (", officials said").
func (s *sentence) objectEnd(from int) int {
	n := len(s.up)
	end := min(n, from+20)
	tr := s.tree()
	for k := from; k < end; k++ {
		w := s.up[k]
		if w == ";" || s.lx.relative[w] || w == "BUT" || w == "SAYING" || w == "WHILE" || w == "BECAUSE" {
			return k
		}
		if k > from && (subjectOpeners[w] || prepositionalOpeners[w]) && tr != nil && tr.Rel[k] == "mark" {
			return k // "detained 27 people as thousands rallied …": the clause's words are its own
		}
		if k > from && tr != nil && tr.UPOS[k] == "VERB" && (tr.Rel[k] == "acl" || tr.Rel[k] == "advcl") && strings.HasSuffix(w, "ING") &&
			(protesterNouns[s.up[k-1]] || crowdNouns[s.up[k-1]]) {
			return k // "fired on protesters demanding the withdrawal of UN peacekeepers": what the people want is theirs
		}
		if w == "AND" && k+1 < n && (s.lx.reporting[s.up[k+1]] || s.lx.aux[s.up[k+1]]) {
			return k // "rejected the accusation and said Russian troops…"
		}
		if w == "AND" && s.coordinatedVerb(k+1) {
			return k // "rejected the measures and threatened to retaliate against Israel"
		}
		if w == "AND" && tr != nil && k < tr.Len() && s.clauseAfter(tr, k) {
			// "called on both countries to resume dialogue, and its
			// commission president is due to meet officials in Abuja": a
			// clause of its own, with its own subject
			return k
		}
		if s.isComma(k) {
			for m := k + 1; m < n && !s.isComma(m); m++ {
				if s.lx.reporting[s.up[m]] || s.up[m] == "ACCORDING" {
					return k
				}
			}
			if k+2 < n && (s.up[k+1] == "A" || s.up[k+1] == "AN") && asideNouns[s.up[k+2]] {
				return k // "…, an accusation the government rejected": words about the clause, not its object
			}
		}
	}
	return end
}

// asideNouns open a phrase after a comma that speaks of the clause before
// it ("…, an accusation the government rejected", "…, a claim Kyiv denied").
var asideNouns = set("ACCUSATION", "ALLEGATION", "CHARGE", "CLAIM", "MOVE", "STEP", "DECISION", "FIGURE", "TOLL",
	"REPORT", "ASSERTION", "VERSION", "DEVELOPMENT", "SIGN")

// coordinatedVerb reports whether the tree makes word k a verb coordinated
// with an earlier one: a second predicate, whose objects are its own.
func (s *sentence) coordinatedVerb(k int) bool {
	tr := s.tree()
	if tr == nil || k >= tr.Len() {
		return false
	}
	if weaponNouns[s.up[k]] {
		return false // "launched missiles and drones at Israel": "drones" tagged as a verb
	}
	if w := s.up[k]; len(w) > 4 && strings.HasSuffix(w, "ED") && !s.capitalized(k) && !s.nounUse(k) {
		if _, ok := s.c.dict.match(s.up, k); ok {
			return true // "… of our sovereignty and urged France": a past verb, whatever the tree hung it on
		}
	}
	return tr.UPOS[k] == "VERB" && syntax.Base(tr.Rel[k]) == "conj" && tr.Head[k] >= 0 && tr.Head[k] < k && tr.UPOS[tr.Head[k]] == "VERB"
}

// ownedNouns are what sanctions freeze or seize of someone, named as theirs
// with "of".
var ownedNouns = set("ASSETS", "FUNDS", "PROPERTY", "PROPERTIES", "ACCOUNTS", "HOLDINGS")

// object finds the target after the trigger: the direct object or the
// noun phrase of a target preposition, else a place ("in Kabul").
func (s *sentence) object(t trigger) (*chronicle.Actor, string) {
	if a := s.sidesTarget(t); a != nil {
		return a, ""
	}
	from := t.j
	end := s.objectEnd(from)
	if k := s.controlledTo(t); k > from && k < end {
		end = k // "urged both sides to return to talks in Jeddah": the addressee, not the talks' place
	}
	var place *chronicle.Actor
	placeText, placeAt := "", -1
	if a, txt := s.homeObject(from, end); a != nil {
		return a, txt
	}
	if a, txt := s.peopleObject(from, end); a != nil {
		return a, txt
	}
	if k := s.objectWord(from, 4, ownedNouns); k >= 0 && k+2 < end && s.up[k+1] == "OF" {
		// "froze any US assets of General Burhan": whose assets they are,
		// not the country that names them
		if c, ok := s.firstCoded(k+2, min(end, k+9)); ok {
			return c.actor, s.text(c.i, c.j)
		}
	}
	if from < end && objectPronouns[s.up[from]] {
		// "met al-Burhan on Thursday and pressed him to return to talks
		// in Jeddah": the person the pronoun takes up, never a place
		// after it
		return s.pronounObject(t, from)
	}
	if from+1 < end && (s.up[from] == "ON" || s.up[from] == "UPON") && objectPronouns[s.up[from+1]] {
		return s.pronounObject(t, from+1) // "accused Modi … and called on him to visit the state"
	}
	if a, txt := s.namedObject(from, end); a != nil && !strings.HasPrefix(t.code, "07") {
		// (what aid gives is its object, not its target: "delivered
		// Caesar howitzers to Armenia")
		return a, txt
	}
	for i := from; i < end; i++ {
		if s.up[i] == "BY" && t.passive {
			// skip the agent phrase
			continue
		}
		for j := min(end, i+7); j > i; j-- {
			a := s.codeAt(i, j)
			if a == nil {
				continue
			}
			prep := s.prepBefore(from, i)
			switch {
			case prep == "BY" || prep == "FOR" && t.code[:2] != "10" && t.code[:2] != "07" && !strings.HasPrefix(t.code, "03") && !s.supportFor(i): // "aid for Ukraine", "called for sanctions" (but "pledged aid for eastern Congo")
			case prep == "FROM" && isViolent(t.code): // "fired rockets from Gaza into Israel": where from
			case s.inCircumstance(i):
				// "called for a ceasefire in Sudan during a visit to
				// Addis Ababa": the host of the visit is no side of it
			case prep == "" || s.lx.targetPrep[prep] || prep == "FOR" && (s.supportFor(i) || strings.HasPrefix(t.code, "03")):
				return a, s.text(i, j)
			case s.lx.placePrep[prep] && place == nil:
				place, placeText, placeAt = a, s.text(i, j), i
			}
			i = j - 1
			break
		}
	}
	if len(t.code) >= 2 && (t.code[:2] == "03" || t.code[:2] == "04") {
		return nil, "" // "met in Barbados": where talks are held is no side of them
	}
	if place != nil && len(place.Code) >= 3 && actor.IsCountry(place.Code[:3]) && !isViolent(t.code) {
		// (force on armed men is read by armedTarget, which types it)
		for k := from; k < placeAt && k < from+5 && !s.lx.placePrep[s.up[k]]; k++ {
			if w := s.up[k]; armedWord(w) {
				// "sanctions on two gang leaders in Haiti": armed men of
				// the place, not its government
				sec := "UAF"
				if agentSector[w] == "REB" || w == "REBEL" || w == "SEPARATISTS" || w == "SEPARATIST" || w == "RESISTANCE" {
					sec = "REB"
				}
				return s.group(place.Code[:3] + sec), s.text(from, k+1)
			}
		}
	}
	return place, placeText
}

// supportNouns name the backing a side gives another ("reaffirmed its
// support for the Somali government").
var supportNouns = set("SUPPORT", "BACKING", "SOLIDARITY", "COMMITMENT")

// supportFor reports whether the "for" phrase whose actor starts at word i
// says whom support is for.
func (s *sentence) supportFor(i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if s.up[k] == "FOR" {
			return supportNouns[s.up[k-1]]
		}
	}
	return false
}

// controlledTo is the "to" of an infinitive complement the tree hangs on
// the verb of an appeal or demand t after its object ("urged both sides to
// return …"): the object is who is asked, the complement what of them;
// -1 when there is none.
func (s *sentence) controlledTo(t trigger) int {
	tr := s.tree()
	if tr == nil || t.noun || t.i >= tr.Len() || !strings.HasPrefix(t.code, "02") && !strings.HasPrefix(t.code, "10") {
		return -1 // (only appeals and demands ask someone: not "rejected an invitation to attend …")
	}
	obj := -1
	for _, k := range tr.Children(t.i) {
		switch syntax.Base(tr.Rel[k]) {
		case "obj", "iobj":
			if !weekdays[s.up[k]] {
				obj = k
			}
		case "xcomp":
			if obj < 0 || obj > k {
				continue
			}
			for _, m := range tr.Children(k) {
				if tr.Rel[m] == "mark" && s.up[m] == "TO" && m > obj {
					return m
				}
			}
		}
	}
	return -1
}

// clauseAfter reports whether the conjunction at k joins a clause with a
// subject of its own: its conjunct is a predicate with an nsubj.
func (s *sentence) clauseAfter(tr *syntax.Tree, k int) bool {
	h := tr.Head[k]
	if h <= k || tr.Rel[k] != "cc" {
		return false
	}
	for _, c := range tr.Children(h) {
		if c > k && c < h && syntax.Base(tr.Rel[c]) == "nsubj" {
			return true
		}
	}
	return false
}

// inCircumstance reports whether the tree puts word k inside a phrase of
// time or circumstance ("during a visit to Addis Ababa", "after a trip to
// Beijing"), below the phrase's own noun and before any verb.
func (s *sentence) inCircumstance(k int) bool {
	tr := s.tree()
	if tr == nil || k >= tr.Len() {
		return false
	}
	for h, n := tr.Head[k], 0; h >= 0 && n < 5; h, n = tr.Head[h], n+1 {
		if tr.UPOS[h] == "VERB" || tr.UPOS[h] == "AUX" {
			return false
		}
		if cs := tr.Case(h); cs >= 0 && circumstancePreps[s.up[cs]] {
			return true
		}
	}
	return false
}

// circumstancePreps open a phrase of time or circumstance.
var circumstancePreps = set("DURING", "AMID", "FOLLOWING", "AFTER", "BEFORE", "SINCE", "UNTIL", "AHEAD")

// objectPronouns are the personal pronouns that stand as an object.
var objectPronouns = set("HIM", "HER", "THEM")

// pronounObject codes the object pronoun at k of trigger t: for a verb
// coordinated with one that has an object ("met al-Burhan and pressed
// him"), that object, which the actor layer may take for the subject; else
// the actor layer's resolution; else nobody named.
func (s *sentence) pronounObject(t trigger, k int) (*chronicle.Actor, string) {
	if tr := s.tree(); tr != nil && t.i < tr.Len() && tr.Rel[t.i] == "conj" {
		for _, o := range tr.Children(tr.Head[t.i]) {
			if syntax.Base(tr.Rel[o]) == "obj" && o < t.i && !s.lx.pronoun[s.up[o]] {
				if a, txt, _ := s.phrase(tr, o); a != nil {
					return a, txt
				}
			}
		}
	}
	if a, ok := s.known[[2]int{k, k + 1}]; ok {
		return a, s.text(k, k+1)
	}
	return nil, ""
}

// titledPerson is a person no dictionary codes named after the title that
// gives their sector ("opposition leader Tundu Lissu": the opposition of
// the country the sentence is in), from word i before end; nil otherwise.
func (s *sentence) titledPerson(i, end int) (*chronicle.Actor, string) {
	sec := ""
	k := i
	for ; k < end && k < i+3 && !s.capitalized(k); k++ {
		if x := domesticTitle[s.up[k]]; x != "" && sec == "" {
			sec = x
		}
	}
	if sec == "" || k >= end {
		return nil, ""
	}
	e, ok := s.nameEntity(k)
	if !ok || e.Type != "PER" || e.Actor != nil && e.Actor.Code != "" {
		return nil, ""
	}
	if _, coded := s.firstCoded(k, s.tokenAt(e.ByteEnd-1)+1); coded {
		return nil, ""
	}
	cc := s.sentenceCountry()
	if cc == "" {
		return nil, ""
	}
	return &chronicle.Actor{Name: e.Text, Code: cc + sec}, e.Text
}

// namedObject is a direct object that names a person or organisation the
// dictionaries do not code ("Erdogan met Zelensky in Ankara"): kept by name,
// so that the place after it is not taken for the target. nil when the
// object is coded, is something else, or is not right after the verb.
func (s *sentence) namedObject(from, end int) (*chronicle.Actor, string) {
	i := from
	for i < end && s.lx.determiner[s.up[i]] {
		i++
	}
	if i < end && (s.up[i] == "WITH" || s.up[i] == "AGAINST") {
		// "clashed with police", "met with Zelensky"
		for i++; i < end && s.lx.determiner[s.up[i]]; i++ {
		}
	}
	if i >= end {
		return nil, ""
	}
	if a, txt := s.titledPerson(i, end); a != nil {
		return a, txt
	}
	if sec, ok := domesticTitle[s.up[i]]; ok && (i+1 >= end || s.lx.preposition[s.up[i+1]] || s.isPunct(i+1)) {
		// "clashed with police in Dhaka": the police of the place
		if _, coded := s.firstCoded(i, i+1); !coded {
			if cc := s.sentenceCountry(); cc != "" {
				return &chronicle.Actor{Name: s.text(i, i+1), Code: cc + sec}, s.text(i, i+1)
			}
		}
	}
	// "killed 12 militants in North Waziristan": armed men no dictionary
	// names, of the country where they were hit — not its civilians
	based := "" // "Pakistan-based militants": of the country they are based in
	for k := i; k < end && k < i+4; k++ {
		if x, ok := strings.CutSuffix(s.up[k], "-BASED"); ok {
			if a, ok := s.c.res.Lookup(x, s.doc.Published); ok && len(a.Code) >= 3 && actor.IsCountry(a.Code) {
				based = a.Code[:3]
			}
		}
		if attackerNouns[s.up[k]] && s.up[k] != "MEN" && s.up[k] != "MAN" {
			cc := based
			if cc == "" {
				cc = s.sentenceCountry()
			}
			if cc != "" {
				return &chronicle.Actor{Name: s.text(i, k+1), Code: cc + "UAF"}, s.text(i, k+1)
			}
			break
		}
		if s.toks[k].Kind != chronicle.Number && !s.lx.adverb[s.up[k]] && !strings.HasSuffix(s.up[k], "ED") && s.up[k] != "SUSPECTED" {
			break
		}
	}
	e, ok := s.nameEntity(i)
	if !ok || e.ByteStart != s.toks[i].ByteStart || e.Actor != nil && e.Actor.Code != "" {
		return nil, "" // no name here, or a coded one: object's loop finds it
	}
	j := i
	for j < end && s.toks[j].ByteEnd <= e.ByteEnd {
		j++
	}
	return &chronicle.Actor{Name: s.text(i, j)}, s.text(i, j)
}

// sentenceCountry is the country of the first place the sentence names
// that the dictionaries code, else the story's home country, else "".
func (s *sentence) sentenceCountry() string {
	if cc := s.firstPlaceCountry(); cc != "" {
		return cc
	}
	return s.home
}

// homeObject codes a direct object that names a body of the story's own
// country by its sector alone ("ambushed an army convoy", "attacked a
// police station" in a story datelined in that country): the home country
// with the sector. nil when the story has no dateline or the object is
// something else.
func (s *sentence) homeObject(from, end int) (*chronicle.Actor, string) {
	home := s.home
	if home == "" && from < end && s.up[from] == "THE" && !s.namesPlace() && !s.namesActor() {
		home = s.lead // "accused the government of using force", in a story about Dhaka
	}
	if home == "" {
		return nil, ""
	}
	for k := from; k < end && k < from+4; k++ {
		w := s.up[k]
		if sec := bodySector(w); sec != "" {
			b := k + 1
			for b < end && b < k+3 && !s.isPunct(b) && !s.lx.preposition[s.up[b]] && s.toks[b].Kind == chronicle.Word && !s.verbLike(b) {
				b++
			}
			return &chronicle.Actor{Name: s.text(from, b), Code: home + sec}, s.text(from, b)
		}
		if !s.lx.determiner[w] && !s.lx.adverb[w] {
			return nil, "" // the object begins with something else
		}
	}
	return nil, ""
}

// peopleObject reads an object that names people of a place ("ordered
// residents of 20 villages in southern Lebanon to evacuate"): the place's
// people (by the noun's sector), not its government.
func (s *sentence) peopleObject(from, end int) (*chronicle.Actor, string) {
	for k := from; k < end && k < from+4; k++ {
		sec := peopleNouns[s.up[k]]
		if sec == "" {
			if s.isPunct(k) || s.verbLike(k) || s.lx.preposition[s.up[k]] {
				return nil, ""
			}
			continue
		}
		if k+2 >= end || s.up[k+1] != "OF" && s.up[k+1] != "IN" && s.up[k+1] != "FROM" {
			return nil, ""
		}
		c, ok := s.firstCoded(k+2, min(end, k+9))
		if !ok || !stateOrGovernment(c.actor) {
			return nil, "" // (a country's name codes its government)
		}
		return &chronicle.Actor{Name: s.text(from, c.j), Code: c.actor.Code[:3] + sec}, s.text(from, c.j)
	}
	return nil, ""
}

// bodySector is the sector of a word that names a state body by its
// sector alone ("army", "police", "government"), or "".
func bodySector(w string) string {
	switch sec := domesticTitle[w]; sec {
	case "MIL", "COP", "GOV":
		return sec
	}
	return ""
}

// prepBefore is the preposition that governs the phrase at i: the nearest
// one before it over determiners and modifiers, or "" for none.
func (s *sentence) prepBefore(from, i int) string {
	for k := i - 1; k >= from && k >= i-5; k-- {
		w := s.up[k]
		if s.lx.preposition[w] {
			return w
		}
		if s.isPunct(k) || s.up[k] == "THAT" {
			return ""
		}
		if _, ok := s.c.dict.match(s.up, k); ok && !s.nounUse(k) && !s.lx.determiner[w] {
			return ""
		}
	}
	return ""
}

// byAgent is the "by" phrase after a passive verb: "struck by Russian missiles".
func (s *sentence) byAgent(t trigger) *chronicle.Actor {
	end := s.objectEnd(t.j)
	for k := t.j; k < end && k < t.j+14; k++ {
		switch s.up[k] {
		case "FROM":
			// "came under fire from gunmen": whom the fire came from
			if !strings.Contains(t.rule, "+came-under") {
				continue
			}
			tr := s.tree()
			for n := k + 1; tr != nil && n < end && n < k+4 && t.i < tr.Len(); n++ {
				if attackerNouns[s.up[n]] {
					// armed men no dictionary names, of where it happened
					if cc := s.placeCountry(tr, tr.ClauseOf(t.i)); cc != "" {
						return &chronicle.Actor{Name: s.text(k+1, n+1), Code: cc + "UAF"}
					}
					return nil
				}
			}
			if c, ok := s.firstCoded(k+1, min(end, k+6)); ok && c.i <= k+2 {
				return s.military(c.actor, s.text(c.i, c.j)) // (the side right after "from", not a place in its phrase)
			}
			return nil
		case "BY":
			if c, ok := s.firstCoded(k+1, min(end, k+9)); ok {
				if n, ok := s.nationsThing(c); ok {
					return n.actor // "criticised by a French newspaper"
				}
				if a, ok := s.placedPeopleAfter(k+1, c, "obl:agent", "obl"); ok {
					return a // "attacked by critics in Israel"
				}
				return c.actor
			}
			return nil
		case "WHEN", "AS", "AFTER":
			// "Five killed as police fire on protesters", "were killed
			// when Russian drones hit …": the attacker of the violent
			// clause that says how (read on the words: the tree often
			// takes "drones hit grain terminals" for one noun)
			if !isViolent(t.code) {
				continue
			}
			for n := k + 2; n < end && n < k+7; n++ {
				if f, ok := s.c.dict.match(s.up, n); ok && isViolent(f.code) && !s.capitalized(n) {
					if c, ok := s.firstCoded(k+1, n); ok && c.j == n {
						return s.military(c.actor, s.text(c.i, c.j))
					}
					if c, ok := s.firstCoded(k+1, n); ok && c.j == n-1 && weaponNouns[s.up[n-1]] {
						return s.military(c.actor, s.text(c.i, c.j)) // "Russian drones hit"
					}
					if a, _ := s.domestic(k+1, n, true); a != nil {
						return a // "when police fired on demonstrators": the country's police
					}
					break
				}
			}
			return nil
		case "IN", "DURING":
			// "were killed in Russian strikes on Kharkiv": the attacker
			// the attack noun's modifiers name
			if !isViolent(t.code) {
				continue
			}
			for n := k + 1; n < end && n < k+6; n++ {
				if s.lx.violentNoun[s.up[n]] {
					if c, ok := s.firstCoded(k+1, n); ok && !s.placeBeforeAttack(c) {
						return s.military(c.actor, s.text(c.i, c.j))
					}
					break
				}
			}
		}
	}
	return nil
}

// placeBeforeAttack reports whether the coded words c before an attack noun are
// a place, not in the possessive: where it struck, not who struck ("40
// soldiers in Burkina Faso ambush", "killed in a Kharkiv missile strike";
// "a Russian attack" and "Russia's attack" name the attacker).
func (s *sentence) placeBeforeAttack(c coded) bool {
	i := c.i
	for i < c.j && s.lx.determiner[s.up[i]] {
		i++
	}
	for x := i + 1; x <= c.j; x++ {
		// (the place may open a longer coded span: "a Kharkiv missile
		// strike", where "a Kharkiv missile" codes as a weapon of
		// Ukraine's)
		if s.kinds[[2]int{i, x}] == "LOC" {
			return x >= len(s.up) || s.up[x] != "'S" && s.up[x] != "’S"
		}
	}
	return false
}

// nounActors reads the actors of an attack noun: the modifier before it ("a
// Russian attack"), a "by" phrase after it, the "on"/"against" target.
func (s *sentence) nounActors(t trigger) (src, tgt *chronicle.Actor, srcText, tgtText string) {
	k := t.i - 1
	tr := s.tree()
	for k >= 0 && !s.lx.determiner[s.up[k]] && !s.lx.preposition[s.up[k]] && !s.isPunct(k) && k >= t.i-4 &&
		!s.lx.reporting[s.up[k]] && (tr == nil || tr.UPOS[k] != "VERB" && tr.UPOS[k] != "AUX") {
		k-- // the noun's modifiers, not the verb before them ("Kyiv says Russian shelling …")
	}
	if c, ok := s.firstCoded(k+1, t.i); ok && !(isViolent(t.code) && s.placeBeforeAttack(c)) {
		// (a place before an attack noun is where it struck, not who
		// struck: "40 soldiers in Burkina Faso ambush", where "a Russian
		// attack" or "Russia's attack" names the attacker)
		src, srcText = c.actor, s.text(c.i, c.j)
	}
	end := s.objectEnd(t.j)
	if t.j < len(s.up) && s.up[t.j] == "BETWEEN" {
		if a, b, txt, ok := s.betweenBefore(end); ok {
			return a, b, s.text(t.j+1, t.j+2), txt
		}
	}
	for i := t.j; i < end && i < t.j+10; i++ {
		switch s.up[i] {
		case "BY":
			if src == nil {
				if c, ok := s.firstCoded(i+1, min(end, i+8)); ok {
					src, srcText = c.actor, s.text(c.i, c.j)
				}
			}
		case "ON", "AGAINST", "IN", "NEAR":
			if (s.up[i] == "IN" || s.up[i] == "NEAR") && !isViolent(t.code) {
				continue // "a meeting in Kampala": where, not with whom
			}
			if (s.up[i] == "IN" || s.up[i] == "NEAR") && (twoSidedNouns[s.up[t.i]] || s.up[t.i] == "FIGHTING" || s.up[t.i] == "CLASHES") {
				continue // "fighting between two armed groups in Tripoli": where the sides fought, no side
			}
			if i+1 < end && weekdays[s.up[i+1]] {
				continue // "a missile strike on Thursday": when, not on whom
			}
			if tgt == nil {
				if c, ok := s.firstCoded(i+1, min(end, i+8)); ok {
					tgt, tgtText = c.actor, s.text(c.i, c.j)
					if p := s.prepBefore(i+1, c.i); isViolent(t.code) && c.i > i+1 && (p == "IN" || p == "NEAR") && stateOrGovernment(c.actor) {
						// "a drone strike on a village market in Ethiopia's
						// Amhara region": the people of the place struck,
						// not the state the place is in
						tgt = s.group(c.actor.Code[:3] + "CVL")
					}
				} else if name := s.placeAt(i + 1); name != "" && isViolent(t.code) {
					// "Thursday's gang assault on Pont-Sonde": the people
					// of a place the dictionaries lack
					tgt, tgtText = s.unknownPlace(name), name
				}
			}
		}
	}
	return src, tgt, srcText, tgtText
}

// placeAt is the place that starts at token i (over a determiner and
// "town of"), or "".
func (s *sentence) placeAt(i int) string {
	if i < len(s.up) && s.lx.determiner[s.up[i]] {
		i++
	}
	if i+1 < len(s.up) && placeBackNouns[s.up[i]] && s.up[i+1] == "OF" {
		i += 2 // "the town of Barsalogho"
	}
	for _, pl := range s.places() {
		if pl.at == i {
			return pl.name
		}
	}
	return ""
}

// military turns an attacker named by its country alone ("a Russian attack",
// "Russia struck") into the country's military.
func (s *sentence) military(a *chronicle.Actor, phrase string) *chronicle.Actor {
	if a == nil || phrase == "" {
		return a
	}
	if strings.Contains(strings.TrimSpace(phrase), " ") {
		// "North Korea fired": a country named in several words
		if look, ok := s.c.res.Lookup(phrase, s.doc.Published); !ok || len(look.Code) != 3 {
			return a
		}
	}
	if stateOrGovernment(a) {
		// a country's code, not a sector's ("Reuters" is MED, media),
		// named as its country's military ("Russian military"), not by
		// the word that gave the country ("A Russian", "Moscow")
		return s.group(a.Code[:3] + "MIL")
	}
	return a
}

// civilians turns a city or town that is attacked into its civilians: a
// place whose dictionary entry is its country's ("Kyiv" → UKR) but whose
// name is not the country's.
func (s *sentence) civilians(a *chronicle.Actor, name string) *chronicle.Actor {
	if a == nil || len(a.Code) < 3 || !isAlpha(a.Code[:3]) || name == "" {
		return a
	}
	if len(a.Code) == 6 && strings.HasSuffix(a.Code, "UNK") {
		// "the Kursk region": the dictionaries' agent of unknown kind is
		// here the people of a place
		return &chronicle.Actor{Name: name, Code: a.Code[:3] + "CVL"}
	}
	look, ok := s.c.res.Lookup(name, s.doc.Published)
	if f := strings.Fields(name); !ok && len(f) > 1 && actor.RegionWord(f[len(f)-1]) {
		look, ok = s.c.res.Lookup(strings.Join(f[:len(f)-1], " "), s.doc.Published) // "Zamfara state"
	}
	if !ok {
		return a
	}
	if len(look.Code) != 3 || strings.HasSuffix(a.Code, "MIL") {
		return a
	}
	// the country itself ("Russia", "Britain") shares the start of its
	// name or its adjective; a city ("Kyiv", "Gaza") does not.
	n := strings.ToUpper(name)
	for _, c := range []string{look.Name, s.c.res.CountryName(look.Code), s.c.res.Demonym(look.Code)} {
		c = strings.ToUpper(c)
		if len(c) >= 4 && len(n) >= 4 && c[:4] == n[:4] {
			return a
		}
	}
	return &chronicle.Actor{Name: name, Code: look.Code + "CVL"}
}

func isAlpha(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return s != "IGO" && s != "NGO" && s != "IMG"
}

// attackSubjectPlace is the place an attack noun that is the subject of
// trigger t's verb was aimed at ("the drone attack on Moscow damaged …"),
// or "".
func (s *sentence) attackSubjectPlace(t trigger) string {
	tr := s.tree()
	if tr == nil || t.noun || t.i >= tr.Len() {
		return ""
	}
	sj := tr.SubjectOf(t.i)
	if sj < 0 || sj > t.i || !s.lx.violentNoun[s.up[sj]] {
		return ""
	}
	for _, k := range tr.Children(sj) {
		if cs := tr.Case(k); cs >= 0 && (s.up[cs] == "ON" || s.up[cs] == "AGAINST") {
			ph := tr.NounPhrase(k)
			for _, pl := range s.places() {
				if pl.at >= ph.First && pl.end <= ph.Last {
					return s.withContainer(pl, pl.name)
				}
			}
		}
	}
	return ""
}

// attackByBefore reports whether the words before k are an attack noun
// and its "by" phrase ("an attack by naval drones" before "on X").
func (s *sentence) attackByBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		switch {
		case s.up[m] == "BY":
			return m > 0 && s.lx.violentNoun[s.up[m-1]]
		case s.isPunct(m) || s.verbLike(m):
			return false
		}
	}
	return false
}

// inConjunctOf reports whether the tree puts word k in the clause of a
// verb coordinated with the predicate v whose places are its own: one with
// a subject of its own ("…, but there is scepticism in France"), or a
// clause below it ("met Burhan and pressed him to return to talks in
// Jeddah"). A place the coordinated verb itself takes, its subject shared,
// is the one scene's ("was hit by a drone and caught fire in the Red Sea").
func (s *sentence) inConjunctOf(k, v int) bool {
	tr := s.tree()
	if tr == nil || k >= tr.Len() || v >= tr.Len() {
		return false
	}
	deep := false
	for h, n := k, 0; h >= 0 && n < 12; h, n = tr.Head[h], n+1 {
		if tr.Head[h] == v {
			if tr.UPOS[h] != "VERB" || tr.Rel[h] != "conj" {
				return false
			}
			return deep || tr.SubjectOf(h) >= 0
		}
		if tr.UPOS[h] == "VERB" {
			deep = true
		}
	}
	return false
}

// location is the place of the event: the first place after "in", "near" or
// "at" following the trigger, else before it; for talks and agreements, the
// place of the talks when the sentence names it.
func (s *sentence) location(t trigger) string {
	best, later, owner := "", "", ""
	end := s.objectEnd(t.j) // not past ", a local official said, … in Qatar"
	places := s.places()
	if p := s.attackSubjectPlace(t); p != "" {
		// "Kyiv's drone attack on Moscow … damaged a building in the
		// suburb of Ramenskoye": the attack struck where it was aimed
		return p
	}
	if len(t.code) >= 2 && (t.code[:2] == "03" || t.code[:2] == "04") {
		// "agreed on a deal to end the fighting in eastern Congo, after
		// three days of talks in Washington": talks and agreements
		// happen where the talks were held, not where what they settle is
		for _, pl := range places {
			i := s.placeStart(pl.at)
			if i >= 2 && (s.up[i-1] == "IN" || s.up[i-1] == "AT") && strings.HasPrefix(s.lx.nouns[s.up[i-2]], "04") && !s.inConjunctOf(i-2, t.i) {
				return s.withContainer(pl, pl.name)
			}
		}
	}
	for n, pl := range places {
		name := pl.name
		i := s.placeStart(pl.at)
		if i <= 0 || n+1 < len(places) && s.placeStart(places[n+1].at) == i {
			continue // "Myanmar's Sagaing region": the narrower place
		}
		if s.inMotive(pl.at) && !s.inMotive(t.i) {
			continue // "attacked border posts in retaliation for air strikes on Kabul"
		}
		if s.possessorOfPlace(pl) {
			// "a district of Ukraine's second city": somewhere in it, not
			// it; the owner only when nothing narrower is named ("in
			// Burkina Faso's eastern region")
			if owner == "" && s.inPlace(pl.at) && pl.end+1 < len(s.up) && (s.up[pl.end+1] == "'S" || s.up[pl.end+1] == "’S") && s.ownsArea(pl.end+2) {
				owner = name
			}
			continue
		}
		p, pAt := s.up[i-1], i-1
		if i >= 2 && s.lx.determiner[p] {
			p, pAt = s.up[i-2], i-2
		}
		if p == "ACROSS" && pAt > 0 && s.up[pAt-1] == "FROM" {
			continue // "firing from across the Dnipro river": where from
		}
		// "the outskirts of Uvira", "the beach area of the Somali capital",
		// "took control of Goma's airport"
		of := p == "OF" && pAt >= 1 && (placeNouns[s.up[pAt-1]] || s.up[pAt-1] == "CONTROL")
		on := p == "ON" && t.noun && isViolent(t.code) && i-2 <= t.j || // "the attack on Pont-Sonde": where it struck
			(p == "ON" || p == "OF") && pAt > 0 && s.lx.violentNoun[s.up[pAt-1]] || // "repelled an RSF assault on El Fasher", "shelling of Kharkiv"
			p == "ON" && s.attackByBefore(pAt) // "repelled an attack by naval drones on Novorossiysk"
		into := p == "INTO" && strings.HasPrefix(t.code, "14") // "drove tractors into Brussels to protest"
		over := p == "OVER" && isViolent(t.code)               // "destroyed 20 drones over Tuapse"
		if p != "IN" && p != "NEAR" && p != "AT" && p != "OFF" && p != "OUTSIDE" && p != "INSIDE" && p != "THROUGH" && p != "ACROSS" && p != "AROUND" && p != "THROUGHOUT" && !of && !on && !into && !over {
			continue
		}
		if i >= t.j && s.inConjunctOf(i, t.i) {
			continue // "met Burhan on Thursday and urged him to return to talks in Jeddah": the second verb's place
		}
		if k := s.controlledTo(t); k >= 0 && i > k {
			continue // "urged both sides to return to talks in Jeddah": where they are asked to go
		}
		opener := s.openerBetween(t.j, i) && !(t.passive && casualtyVerbs[s.up[t.i]] && s.whenBetween(t.j, i))
		switch {
		case i >= t.j && i < end && !opener:
			return s.withContainer(pl, name)
		case i >= t.j:
			if later == "" && !s.inAttribution(i) && !opener {
				later = name // not "… into Gaza, COGAT said, as negotiators met in Cairo"
			}
		case best == "":
			best = name
		}
	}
	if best == "" {
		best = later
	}
	if best == "" {
		best = s.placeModifier(t)
	}
	if best == "" {
		best = s.placeReferredTo(t)
	}
	if best == "" {
		best = s.possessedCapital()
	}
	if best == "" {
		best = owner
	}
	if best == "" && t.noun && isViolent(t.code) && t.j+2 < len(s.up) && s.up[t.j] == "ON" &&
		(s.up[t.j+1] == "THE" || s.up[t.j+1] == "THIS" || s.up[t.j+1] == "THAT") && placeNouns[s.up[t.j+2]] {
		// "have fled Mirebalais since Monday's gang attack on the town":
		// the town is the one place the sentence names
		best = s.onlyPlace()
	}
	if best == "" && t.noun && (strings.HasSuffix(t.rule, "+toll") || isViolent(t.code) && s.dayOwner(t.i)) {
		// "sent soldiers to Enga after Monday's attack on the mine,
		// which killed 12": an attack the sentence gives the toll of,
		// or names by its day ("families fled Macomia after Friday's
		// raid"), but no place happened where the sentence's only
		// place is
		best = s.onlyPlace()
	}
	return best
}

// casualtyVerbs are the passives of a toll ("were killed when …").
var casualtyVerbs = set("KILLED", "WOUNDED", "INJURED", "HURT")

// whenBetween reports whether a "when" or "as" clause opens among words [a,
// b) and no other clause does: the clause of a toll's happening ("were
// killed when their convoy came under fire near Mellit": where they were
// killed).
func (s *sentence) whenBetween(a, b int) bool {
	when := false
	for k := a; k < b; k++ {
		switch {
		case s.up[k] == "WHEN" || s.up[k] == "AS":
			when = true
		case clauseOpeners[s.up[k]] || s.lx.relative[s.up[k]]:
			return false
		}
	}
	return when
}

// onlyPlace is the one place the sentence names outside its dateline and
// attribution, a country named beside a narrower place aside ("Papua New
// Guinea's prime minister sent soldiers to Enga"), or "" when it names none
// or several.
func (s *sentence) onlyPlace() string {
	only := ""
	dl := s.dateline()
	var names []string
	for _, pl := range s.places() {
		if pl.at >= dl && !s.inAttribution(pl.at) && !slices.Contains(names, pl.name) && !s.actingPlace(pl) && !s.inMotive(pl.at) {
			names = append(names, pl.name)
		}
	}
	if len(names) > 1 {
		names = slices.DeleteFunc(names, s.isCountry)
	}
	for _, name := range names {
		if only != "" {
			return ""
		}
		only = name
	}
	return only
}

// inMotive reports whether word k stands in a motive phrase ("in
// retaliation for air strikes on Kabul"), which names another happening and
// so not where the sentence's act took place.
func (s *sentence) inMotive(k int) bool {
	for m := k - 1; m >= 0 && !s.isComma(m); m-- {
		if s.motiveAt(m) {
			return true
		}
	}
	return false
}

// actingPlace reports whether the tree gives place pl as one who acts or is
// spoken to rather than where something happened: the subject of a verb
// ("Turkey condemned Wednesday's seizure") or a conjunct of it, the object
// of a statement ("accused Washington of …"), or the name on an acting body
// ("by the US military", "Iran's navy said").
func (s *sentence) actingPlace(pl place) bool {
	tr := s.tree()
	if tr == nil || pl.end >= tr.Len() {
		return false
	}
	k := pl.end
	switch syntax.Base(tr.Rel[k]) {
	case "compound", "amod", "nmod":
		if syntax.Base(tr.Rel[k]) == "nmod" && tr.Rel[k] != "nmod:poss" {
			return false
		}
		h := tr.Head[k]
		if h < 0 || tr.UPOS[h] != "NOUN" || placeNouns[s.up[h]] || cityParts[s.up[h]] || s.lx.nouns[s.up[h]] != "" {
			return false // "the Odesa port", "Kyiv's suburbs", "the Gaza strike"
		}
		k = h
		if cs := tr.Case(k); cs >= 0 && s.up[cs] == "BY" {
			return true // "by the US military"
		}
	}
	for n := 0; syntax.Base(tr.Rel[k]) == "conj" && tr.Head[k] >= 0 && n < 4; n++ {
		k = tr.Head[k] // "The United States and Britain condemned …": as the first conjunct
	}
	switch syntax.Base(tr.Rel[k]) {
	case "nsubj":
		h := tr.Head[k]
		return h >= 0 && tr.UPOS[h] == "VERB" // (not "Maputo was calm": a place described is still the place)
	case "obj", "iobj":
		h := tr.Head[k]
		if h < 0 {
			return false
		}
		f, ok := s.matchAt(h)
		return ok && len(f.code) >= 2 && verbalCodes[f.code[:2]] // (not "fled Macomia", "visited Kyiv": places gone to or from)
	}
	return false
}

// verbalCodes are the CAMEO roots of acts done in words to someone: a
// statement, appeal, praise, demand, criticism, rejection or threat.
var verbalCodes = set("01", "02", "05", "10", "11", "12", "13")

// placeModifier is a place named as a modifier of what an attack struck or
// of the attack itself ("had struck the Belgorod refinery", "the Odesa port
// strike"): the tree hangs the place as a compound on the object's head,
// or on the trigger noun. "" when there is none.
func (s *sentence) placeModifier(t trigger) string {
	tr := s.tree()
	if tr == nil || t.i >= tr.Len() || !isViolent(t.code) && !strings.HasPrefix(t.code, "17") {
		return "" // (a title's place is no venue: "urged London mayor Ken Livingstone")
	}
	for _, pl := range s.places() {
		if syntax.Base(tr.Rel[pl.end]) != "compound" {
			continue
		}
		if s.groupName(pl.name) {
			continue
		}
		h := tr.Head[pl.end]
		if h < 0 || tr.UPOS[h] != "NOUN" {
			continue
		}
		if h == t.i || tr.Head[h] == t.i && syntax.Base(tr.Rel[h]) == "obj" {
			return pl.name
		}
		if s.up[h] == "POLICE" {
			return pl.name // "Jakarta police said they had arrested 351 people": a city's police act in it
		}
	}
	return ""
}

// possessedCapital is the capital a country's possessive names ("on the
// northern edge of Haiti's capital": Port-au-Prince), or "".
// seatNouns are a country's capital and the seats of its state that stand
// in it: "outside Somalia's parliament" is in Mogadishu.
var seatNouns = set("CAPITAL", "PARLIAMENT", "PRESIDENTIAL", "PRESIDENCY")

func (s *sentence) possessedCapital() string {
	for _, pl := range s.places() {
		k := pl.end + 1
		if k+1 < len(s.up) && (s.up[k] == "'S" || s.up[k] == "’S") && seatNouns[s.up[k+1]] {
			if cc, ok := s.c.res.Country(pl.name); ok {
				if c := actor.Capital(cc); c != "" {
					return c
				}
			}
		}
	}
	return ""
}

// placeReferredTo is the place "in the city" (town, village, capital; "in
// its capital"; or the act's object, "seized the town") refers back to: the last place named before it, in the sentence or the
// two before ("Istanbul's governor said 118 suspects had been taken into
// custody during protests in the city"); "" when none is.
func (s *sentence) placeReferredTo(t trigger) string {
	at := -1
	for k := t.j; k+2 < len(s.up); k++ {
		// ("Thursday's strike on the capital": where an attack noun struck)
		on := s.up[k] == "ON" && k == t.j && t.noun
		if (s.up[k] == "IN" || s.up[k] == "NEAR" || s.up[k] == "ACROSS" || on || s.up[k] == "OF" && k > 0 && cityParts[s.up[k-1]]) && (s.up[k+1] == "THE" || s.up[k+1] == "ITS") && placeBackNouns[s.up[k+2]] {
			if s.inConjunctOf(k+2, t.i) {
				break // the place of a verb coordinated with this one
			}
			at = k
			break
		}
	}
	if at < 0 && t.j > 0 && t.j+1 < len(s.up) && (s.up[t.j] == "THE" || s.up[t.j] == "ITS") && placeBackNouns[s.up[t.j+1]] {
		at = t.j - 1 // the act's object: "gangs seized the town"
	}
	if at < 0 && t.noun && t.j+2 < len(s.up) && struckVerbs[s.up[t.j]] && (s.up[t.j+1] == "THE" || s.up[t.j+1] == "ITS") && placeBackNouns[s.up[t.j+2]] {
		at = t.j // what the attack struck: "a day after air strikes hit the city's main power plant"
	}
	if at < 0 {
		return ""
	}
	limit := s.toks[at].ByteStart
	from := s.span.ByteStart
	if s.si >= 2 {
		from = s.doc.Sentences[s.si-2].Span.ByteStart
	} else if s.si == 1 {
		from = s.doc.Sentences[0].Span.ByteStart
	}
	// "the capital" is the last country's; "the city" (town, village,
	// port) the last place that is not a country
	capital := s.up[at+2] == "CAPITAL"
	name := ""
	for _, e := range s.doc.Entities {
		if e.Type != "LOC" || e.ByteStart < from || e.ByteEnd > limit {
			continue
		}
		n := s.doc.Text[e.ByteStart:e.ByteEnd]
		cc, country := s.c.res.Country(n)
		switch {
		case capital && country:
			name = actor.Capital(cc) // "Egypt hosted talks … in its capital"
		case !capital && !country && !waterName(n):
			name = n // (not "the Red Sea city": a sea is no city)
		}
	}
	if capital && name == "" {
		// "Zelensky called Thursday's strike on the capital a crime":
		// with no country named, the capital of the state whose leader
		// or body speaks before it
		for _, e := range s.doc.Entities {
			if e.ByteStart < s.span.ByteStart || e.ByteEnd > limit || e.Actor == nil || len(e.Actor.Code) < 3 || !actor.IsCountry(e.Actor.Code[:3]) {
				continue
			}
			if c := actor.Capital(e.Actor.Code[:3]); c != "" {
				name = c
			}
		}
	}
	return name
}

// placeBackNouns are the nouns "in the …" refers back to a place with.
var placeBackNouns = map[string]bool{"CITY": true, "TOWN": true, "VILLAGE": true, "CAPITAL": true, "PORT": true}

// possessorOfPlace reports whether the place pl owns a
// place noun after it ("Ukraine's second city", "Sudan's North Darfur
// state") or qualifies one that names the place ("the Somali port city of
// Kismayo").
func (s *sentence) possessorOfPlace(pl place) bool {
	k := pl.end
	for m := k + 1; m+1 < len(s.up) && m <= k+3; m++ {
		if placeNouns[s.up[m]] && s.up[m+1] == "OF" {
			if m == k+1 && chronicle.AreaNoun(strings.ToLower(s.up[m])) && !s.isCountry(pl.name) {
				return false // "the Barmal district of Paktika province": Barmal is, in the "of" place
			}
			return true // "the Somali port city of Kismayo": Kismayo is the place
		}
	}
	if k+1 >= len(s.up) || s.up[k+1] != "'S" && s.up[k+1] != "’S" {
		return false
	}
	for m := k + 2; m < len(s.up) && m <= k+4; m++ {
		if cityParts[s.up[m]] && !s.isCountry(pl.name) {
			return false // "Beirut's southern suburbs": in the city, which is the place
		}
		if placeNouns[s.up[m]] || s.up[m] == "REGION" || s.up[m] == "PROVINCE" || s.up[m] == "STATE" || s.up[m] == "DISTRICT" ||
			seatNouns[s.up[m]] { // "Somalia's parliament in Mogadishu": the seat's city, if named
			return true
		}
		if s.isPunct(m) {
			break
		}
	}
	return false
}

// ownsArea reports whether an area noun ("region", "province") follows
// within a few words from k, directions aside: the owner of "eastern
// region" is a fair place for what happened there, the owner of "second
// city" is not (the city is a place of its own).
func (s *sentence) ownsArea(k int) bool {
	for m := k; m < len(s.up) && m <= k+2; m++ {
		switch s.up[m] {
		case "REGION", "PROVINCE", "STATE", "DISTRICT", "NORTH", "SOUTH", "EAST", "WEST", "NORTHEAST", "NORTHWEST", "SOUTHEAST", "SOUTHWEST", "BORDERLANDS", "HIGHLANDS":
			return true
		case "CITY", "TOWN", "CAPITAL", "PORT", "VILLAGE":
			return false
		}
	}
	return false
}

// cityParts are the parts of a city that name no place of their own.
var cityParts = set("SUBURBS", "SUBURB", "OUTSKIRTS", "CENTRE", "CENTER", "OUTSKIRT", "DOWNTOWN")

// placeStart is where the phrase of the place at token i begins, over
// directions and the places it is in: "central Myanmar's Sagaing region"
// begins at "central".
func (s *sentence) placeStart(i int) int {
	for steps := 0; i > 0 && steps < 6; steps++ {
		switch w := s.up[i-1]; {
		case directionWords[w]:
			i--
		case placeBackNouns[w]:
			// "in Madagascar's capital Antananarivo", "in the port city
			// Odesa": the name after its title
			i--
			if i > 0 && s.lx.determiner[s.up[i-1]] {
				i--
			}
		case (w == "'S" || w == "’S") && i >= 2:
			b := s.placeEntityEnding(i - 2)
			if b < 0 {
				return i
			}
			i = s.tokenAt(b)
		default:
			return i
		}
	}
	return i
}

// placeEntityEnding is the first byte of the place entity that ends at
// token k, or -1.
func (s *sentence) placeEntityEnding(k int) int {
	for _, e := range s.doc.Entities {
		if e.Type == "LOC" && e.ByteEnd == s.toks[k].ByteEnd && s.span.Contains(e.Span) {
			return e.ByteStart
		}
	}
	return -1
}

// directionWords place a place within a larger one.
var directionWords = set("CENTRAL", "NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "NORTH-EASTERN", "NORTH-WESTERN",
	"SOUTH-EASTERN", "SOUTH-WESTERN", "NORTHEASTERN", "NORTHWESTERN", "SOUTHEASTERN", "SOUTHWESTERN", "WAR-TORN",
	"RURAL", "COASTAL", "NEIGHBOURING", "NEIGHBORING", "OCCUPIED", "RESTIVE")

// namedBuildings are the buildings that often bear another place's name.
var namedBuildings = set("HOTEL", "RESTAURANT", "CAFE", "CINEMA", "THEATRE", "THEATER")

// place is a place the sentence names on tokens [at, end].
type place struct {
	at, end int
	name    string
}

// places lists the sentence's places in text order, read once: its LOC
// entities (after their first token), and "the <demonym> capital" ("the
// Ukrainian capital", whose demonym no entity covers); a country's name
// followed by "capital" names its capital ("in the Omani capital" is in
// Muscat), so that reports naming the city either way place one happening
// alike.
func (s *sentence) places() []place {
	if s.placesRead {
		return s.placeList
	}
	s.placesRead = true
	var out []place
	for _, e := range s.doc.Entities {
		if e.Type != "LOC" && e.Type != "MISC" && e.Type != "PER" || !s.span.Contains(e.Span) {
			continue
		}
		i := s.tokenAt(e.ByteStart)
		if i < 0 || s.toks[i].ByteStart != e.ByteStart {
			continue
		}
		end := i
		for end+1 < len(s.toks) && s.toks[end].ByteEnd < e.ByteEnd {
			end++
		}
		if e.Type != "LOC" && !s.placeTakenForName(e, i, end) {
			continue
		}
		if end+1 < len(s.up) && (s.up[end+1] == "PIPELINE" || s.up[end+1] == "PIPELINES") {
			continue // "the Cano Limon-Covenas pipeline": named after the places it runs between
		}
		name := s.doc.Text[e.ByteStart:e.ByteEnd]
		if end+1 < len(s.up) && s.up[end+1] == "CAPITAL" {
			if a, ok := s.c.res.Code(name, s.doc.Published); ok && actor.IsCountry(a.Code[:min(3, len(a.Code))]) && actor.Capital(a.Code) != "" {
				name = actor.Capital(a.Code)
			}
		}
		out = append(out, place{i, end, name})
	}
	for k := 1; k+1 < len(s.up); k++ {
		if s.up[k+1] != "CAPITAL" || !s.demonym(k) && !s.nationality(k) || slices.ContainsFunc(out, func(p place) bool { return p.at == k }) {
			continue
		}
		if a, ok := s.c.res.Lookup(s.text(k, k+1), s.doc.Published); ok {
			if c := actor.Capital(a.Code); c != "" {
				out = append(out, place{k, k, c})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b place) int { return a.at - b.at })
	s.placeList = out
	return out
}

// groupName reports whether the dictionaries code a name the entity stage
// took for a place as an armed group, party or other body rather than a
// state ("killed a Hezbollah commander"): it names no place.
func (s *sentence) groupName(name string) bool {
	a, ok := s.c.res.Code(name, s.doc.Published)
	return ok && len(a.Code) >= 6 && a.Code[3:6] != "GOV"
}

// placeTakenForName reports whether an entity the name tagger called a
// person or a name of another kind, over words i..end, stands where only a
// place can: right after "in", "at", "near", "off", "into" or "outside"
// (past a determiner), not possessive, and coded by no dictionary ("at
// Tuapse", "into Beit Jinn"); or a "person" whose mayor or governor it is
// ("Cali's mayor").
func (s *sentence) placeTakenForName(e chronicle.Entity, i, end int) bool {
	if s.settlementModifier(e, i, end) {
		return true
	}
	if e.Actor != nil && e.Actor.Code != "" {
		return false
	}
	if a, ok := s.c.res.Lookup(e.Text, s.doc.Published); ok && (len(a.Code) != 3 || strings.EqualFold(s.c.res.Demonym(a.Code), e.Text)) {
		return false // a nationality or a body the dictionaries know: "in an Israeli drone attack"
	}
	if tr := s.tree(); tr != nil && end+1 < tr.Len() && (tr.UPOS[end+1] == "NOUN" || tr.UPOS[end+1] == "PROPN") {
		return false // a modifier of the noun after it, not the place
	}
	if end+1 < len(s.up) && (s.up[end+1] == "'S" || s.up[end+1] == "’S") {
		// (but a place's own office: "Cali's mayor")
		return end+2 < len(s.up) && localTitles[s.up[end+2]] && e.Type == "PER"
	}
	k := i - 1
	if k > 0 && s.lx.determiner[s.up[k]] {
		k--
	}
	if k < 0 {
		return false
	}
	switch s.up[k] {
	case "IN", "AT", "NEAR", "OFF", "INTO", "OUTSIDE":
		return true
	}
	return false
}

// settlementModifier reports whether the name at [i, end] modifies a
// settlement noun after a preposition ("a raid on the Jenin refugee
// camp", "at the Zamzam camp"): the settlement is the place, named by it.
func (s *sentence) settlementModifier(e chronicle.Entity, i, end int) bool {
	n := end + 1
	if n < len(s.up) && s.up[n] == "REFUGEE" {
		n++
	}
	if n >= len(s.up) || !settlementNouns[s.up[n]] && !namedSites[s.up[n]] {
		return false
	}
	if a, ok := s.c.res.Lookup(e.Text, s.doc.Published); ok && strings.EqualFold(s.c.res.Demonym(a.Code), e.Text) {
		return false // "a Palestinian refugee camp": a nationality
	}
	k := i - 1
	if k > 0 && s.lx.determiner[s.up[k]] {
		k--
	}
	return k >= 0 && (s.lx.placePrep[s.up[k]] || s.lx.targetPrep[s.up[k]])
}

// namedSites are the sites a place's name before them places ("mortars
// hit Kasese market", "at Kandahar airport"), as it does a camp.
var namedSites = set("MARKET", "AIRPORT", "AIRFIELD", "HOSPITAL", "PRISON", "JAIL", "REFINERY", "STATION",
	"CHECKPOINT", "CROSSING", "STADIUM", "MOSQUE", "CHURCH")

// nationality reports whether the capitalised word at i is one the
// dictionaries give a country by, though not the demonym they list ("the
// Nigerien capital").
func (s *sentence) nationality(i int) bool {
	if !s.capitalized(i) || i > 0 && !s.lx.determiner[s.up[i-1]] {
		return false
	}
	a, ok := s.c.res.Lookup(s.text(i, i+1), s.doc.Published)
	return ok && len(a.Code) >= 3 && actor.IsCountry(a.Code[:3])
}

// openerBetween reports whether a subordinate clause opens among words
// [a, b).
func (s *sentence) openerBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if clauseOpeners[s.up[k]] || s.lx.relative[s.up[k]] {
			return true
		}
	}
	return false
}

// withContainer adds to a place's name the wider place the sentence puts it
// in right after it ("the town of Suarez, in Cauca" is "Suarez, Cauca"), so
// that reports naming either one agree on where it happened.
func (s *sentence) withContainer(pl place, name string) string {
	k := pl.end + 1
	settlement := false
	if tr := s.tree(); tr != nil {
		// "Lido beach in Mogadishu": a lower-case noun or two that the
		// place names
		for n := 0; n < 2 && k < len(s.up) && k < tr.Len() && tr.UPOS[k] == "NOUN" && !s.capitalized(k); n++ {
			settlement = settlement || placeNouns[s.up[k]]
			k++
		}
	}
	if k < len(s.up) && s.isComma(k) {
		k++
	}
	of := k+1 < len(s.up) && s.up[k] == "OF" && chronicle.AreaNoun(strings.ToLower(s.up[k-1]))
	// ("the village of Mbau, near Mocimboa da Praia": the town a village is
	// placed by is where reports that name only the town put it)
	// ("the Abu Shouk camp near El Fasher": so is a named camp or village)
	near := k+1 < len(s.up) && s.up[k] == "NEAR" && k > 0 && (s.isComma(k-1) || settlement)
	if k+1 >= len(s.up) || s.up[k] != "IN" && !of && !near {
		return name
	}
	k++
	if s.lx.determiner[s.up[k]] {
		k++
	}
	places := s.places()
	if of {
		// "the Barmal district of Afghanistan's Paktika province": the
		// area the "of" phrase names, past its country
		for _, q := range places {
			if q.at == k && s.isCountry(q.name) && q.end+1 < len(s.up) && (s.up[q.end+1] == "'S" || s.up[q.end+1] == "’S") {
				k = q.end + 2
			}
		}
	}
	for _, q := range places {
		if q.at == k && q.name != name && !s.isCountry(q.name) {
			if e := q.end + 1; of && e < len(s.up) && chronicle.AreaNoun(strings.ToLower(s.up[e])) {
				return name + ", " + q.name + " " + strings.ToLower(s.up[e]) // "…, Paktika province"
			}
			return name + ", " + q.name
		}
	}
	return name
}

// inAttribution reports whether word i stands in a trailing attribution:
// a reporting verb follows it before the next comma (", the Defence
// Ministry in Moscow reported"), or precedes it after a comma (", a UN
// official told reporters in Kinshasa").
func (s *sentence) inAttribution(i int) bool {
	for k := i + 1; k < len(s.up) && !s.isComma(k); k++ {
		if s.lx.reporting[s.up[k]] {
			return true
		}
	}
	// ", a UN official told reporters in Kinshasa on Monday": the place of
	// a trailing attribution is where the speaker spoke
	for k := i - 1; k >= 0; k-- {
		if s.isComma(k) {
			return false
		}
		if s.lx.reporting[s.up[k]] {
			for m := k - 1; m >= 0; m-- {
				if s.isComma(m) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// unknownPlace is the people of a place the dictionaries lack, by name,
// with the country a nearby "<demonym> town" gives it ("the southern
// Lebanese town of Nabatieh", "Uvira, a Congolese town"), else none; nil
// for a sea or other water.
func (s *sentence) unknownPlace(name string) *chronicle.Actor {
	a := &chronicle.Actor{Name: name}
	at := -1
	for k := range s.toks {
		if strings.HasPrefix(s.doc.Text[s.toks[k].ByteStart:], name) {
			at = k
			break
		}
	}
	if at < 0 {
		return a
	}
	best, dist := "", 99
	for k := max(0, at-6); k < min(len(s.up), at+7); k++ {
		if !s.demonym(k) {
			continue
		}
		for m := k + 1; m <= k+2 && m < len(s.up); m++ {
			if placeNouns[s.up[m]] && abs(k-at) < dist {
				look, ok := s.c.res.Lookup(s.text(k, k+1), s.doc.Published)
				if ok && len(look.Code) >= 3 {
					best, dist = look.Code[:3], abs(k-at)
				}
			}
		}
	}
	if best != "" {
		a.Code = best + "CVL"
	} else if waterName(name) {
		return nil // "in the Red Sea": no people of a place, nor a name for them
	}
	return a
}

// placeNouns name a place by what follows "of": "the outskirts of Uvira",
// "the port of Odesa".
var placeNouns = syntax.Settlements(true, "CAPITAL", "OUTSKIRTS", "CENTRE", "CENTER", "SUBURBS", "COAST", "ISLAND", "HEART",
	"STREETS", "EDGE", "BORDER")

// group is the actor of a country-and-sector code, named as a group
// ("SDNMIL": "Sudanese military").
func (s *sentence) group(code string) *chronicle.Actor {
	return &chronicle.Actor{Name: s.c.res.GroupName(code), Code: code}
}

// stateOrGovernment reports whether a names a state as such or its
// government: a code the sector of a phrase ("its army", "the region's
// people", "the place's armed men") may replace.
func stateOrGovernment(a *chronicle.Actor) bool {
	return a != nil && len(a.Code) >= 3 && actor.IsCountry(a.Code) && (len(a.Code) == 3 || strings.HasSuffix(a.Code, "GOV"))
}

// militaryOwner reports whether a target may be read as its country's
// military when what was struck is a military one ("shelled an Azerbaijani
// post", "struck a Russian airbase"): a state, its government or its
// people, not a body with its own sector ("Hezbollah positions", "PKK
// positions" are the group's).
func militaryOwner(a *chronicle.Actor) bool {
	if a != nil && strings.Contains(strings.ToLower(a.Name), "-flagged") {
		return false // "the Maltese-flagged ship": a merchant ship under a flag, no navy's
	}
	return stateOrGovernment(a) || a != nil && actor.IsCountry(a.Code) && strings.HasSuffix(a.Code, "CVL")
}
