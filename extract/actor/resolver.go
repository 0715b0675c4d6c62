package actor

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/syntax"
)

// maxDictSize bounds a user-supplied dictionary file.
const maxDictSize = 64 << 20

// Options configures a Resolver and the Stage.
type Options struct {
	// Default is the built-in compact dictionary as models.Actors returns
	// it (gzip of the compact format written by models/actordict); nil for
	// none.
	Default io.Reader
	// Files are more dictionaries in Phoenix actor or agent format, read in
	// order after Default; a phrase in a later file replaces an earlier one.
	Files []string
}

// Resolver maps noun phrases to canonical actors with dictionaries.
type Resolver struct {
	dict *Dict
	// demonyms maps a bare country code to its adjective ("RUSSIAN").
	demonyms map[string]string
	// countryOf maps the entry naming a country to its bare code.
	countryOf map[int]string
}

// NewResolver loads the dictionaries of opts.
func NewResolver(opts Options) (*Resolver, error) {
	d := NewDict()
	if opts.Default != nil {
		zr, err := gzip.NewReader(opts.Default)
		if err != nil {
			return nil, fmt.Errorf("actor dictionary: %w", err)
		}
		if err := d.ReadCompact(io.LimitReader(zr, 4*maxDictSize)); err != nil {
			return nil, err
		}
	}
	for _, name := range opts.Files {
		if err := readFile(d, name); err != nil {
			return nil, err
		}
	}
	return NewResolverDict(d), nil
}

func readFile(d *Dict, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return chronicle.Errorf(chronicle.EINVALID, "actor dictionary: %v", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > maxDictSize {
		return chronicle.Errorf(chronicle.EINVALID, "actor dictionary %s: larger than %d MB", name, maxDictSize>>20)
	}
	if err := d.ReadPhoenix(io.LimitReader(f, maxDictSize), name); err != nil {
		return chronicle.Errorf(chronicle.EINVALID, "actor dictionary: %v", err)
	}
	return nil
}

// NewResolverDict returns a resolver over a dictionary already loaded.
func NewResolverDict(d *Dict) *Resolver {
	r := &Resolver{dict: d, demonyms: map[string]string{}, countryOf: map[int]string{}}
	byEntry := map[int][]string{}
	for p, e := range d.phrases {
		if !strings.Contains(p, " ") {
			byEntry[e] = append(byEntry[e], p)
		}
	}
	for code, e := range d.countries {
		r.countryOf[e] = code
		if dem, ok := demonyms[code]; ok {
			r.demonyms[code] = dem
			continue
		}
		if dem := demonymOf(byEntry[e], d.entries[e].primary); dem != "" {
			r.demonyms[code] = dem
		}
	}
	return r
}

// demonymOf picks a country's adjective among its one-word names: a word
// with an adjective ending that extends another of the names ("RUSSIAN" of
// "RUSSIA", "AMERICAN" of "AMERICA", "CHINESE" of "CHINA"), preferring the
// closest extension and then the shorter word. Irregular adjectives are in
// the demonyms table.
func demonymOf(names []string, primary string) string {
	best, bestScore := "", 0.0
	for _, w := range names {
		if !isDemonym(w) || strings.HasSuffix(w, "MAN") || w == primary {
			continue // "WELSHMAN" names a person; "PAKISTAN" is the country
		}
		score := 0.0
		for _, p := range names {
			if p == w || len(p) < 4 {
				continue
			}
			n := commonPrefix(w, p)
			if f := float64(n) / float64(len(p)); n >= 4 && n >= len(p)-3 && f > score {
				score = f
			}
		}
		if score > bestScore || score == bestScore && score > 0 && (len(w) < len(best) || len(w) == len(best) && w < best) {
			best, bestScore = w, score
		}
	}
	return best
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func isDemonym(w string) bool {
	for _, suf := range []string{"AN", "ESE", "ISH", "I", "CH", "IC"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// isCountryName reports whether key names the country coded code itself
// ("Russia", "the United States", "U.S.") or its capital, rather than a city
// or region the dictionary lists under the country.
func (r *Resolver) isCountryName(key, code string) bool {
	if _, ok := capitals[key]; ok {
		return true
	}
	if strings.Contains(key, ".") && len(key) <= 6 || len(key) <= 3 {
		return true // U.S., U.K., USA, UK
	}
	if e, ok := r.dict.countries[code]; ok {
		primary := r.dict.entries[e].primary
		if key == primary || strings.HasPrefix(primary, key+" ") || withoutThe(key) == withoutThe(primary) {
			return true // "Democratic Republic of Congo", "… of the Congo"
		}
	}
	if dem := r.demonyms[code]; dem != "" && !strings.Contains(key, " ") && commonPrefix(key, dem) >= 4 {
		return true
	}
	return false
}

// withoutThe is a key without its "THE" words.
func withoutThe(key string) string {
	return strings.ReplaceAll(" "+key+" ", " THE ", " ")
}

// countryPrefix finds a country at the start of a phrase: "Russian Direct
// Investment Fund" → RUS.
func (r *Resolver) countryPrefix(phrase string, date chronicle.Date) string {
	words := strings.Fields(keyOf(phrase))
	for n := len(words); n >= 1; n-- {
		e, ok := r.dict.phrases[strings.Join(words[:n], " ")]
		if !ok {
			continue
		}
		if code, _, ok := r.dict.entries[e].codeAt(dayOf(date)); ok && isCountry(code) {
			return code
		}
	}
	return ""
}

// Dict returns the resolver's dictionary.
func (r *Resolver) Dict() *Dict { return r.dict }

// Lookup resolves phrase to a dictionary actor as the dictionary codes it:
// "Moscow" → {Russian Federation, RUS}, "Vladimir Putin" on 2025-04-25 →
// {Vladimir Putin, RUSGOV}. A leading article and a trailing possessive are
// ignored. ok is false when no entry matches the whole phrase.
func (r *Resolver) Lookup(phrase string, date chronicle.Date) (chronicle.Actor, bool) {
	key := keyOf(phrase)
	if a, ok := listed(key); ok {
		return a, true
	}
	e, ok := r.dict.phrases[key]
	if !ok {
		return chronicle.Actor{}, false
	}
	code, _, ok := r.dict.entries[e].codeAt(dayOf(date))
	if !ok {
		return chronicle.Actor{}, false
	}
	return chronicle.Actor{Name: r.entryName(e, code, phrase), Code: code}, true
}

// Country returns the code of the country a phrase names as a whole
// ("Madagascar", "the Democratic Republic of Congo"), not a city in it,
// which the dictionaries list under the country's entry.
func (r *Resolver) Country(phrase string) (string, bool) {
	key := keyOf(phrase)
	e, ok := r.dict.phrases[key]
	if !ok {
		return "", false
	}
	code, ok := r.countryOf[e]
	if !ok {
		return "", false
	}
	primary := keyOf(r.dict.entries[e].primary)
	// the entry's own name, or a spelling of it ("Madagaskar")
	if key == primary || withoutThe(key) == withoutThe(primary) || commonPrefix(key, primary) >= 6 || strings.HasPrefix(primary, key+" ") {
		return code, true
	}
	return "", false
}

// groupMembers are the people of a group named by it ("ELN members").
var groupMembers = map[string]bool{"MEMBERS": true, "MEMBER": true, "SUPPORTERS": true, "LEADERS": true,
	"COMMANDERS": true, "COMMANDER": true, "FIGHTERS": true, "MILITANTS": true, "REBELS": true, "GUERRILLAS": true}

// Code resolves a phrase that acts — the subject of a verb, the speaker of
// a quote, the source or target of an event — to an actor:
//
//	"Kyiv", "Ukraine", "the Kremlin"       → {Ukrainian government, UKRGOV}, {Russian government, RUSGOV}
//	"Russian authorities"                  → {Russian government, RUSGOV}
//	"Ukrainian special services"           → {Ukrainian intelligence services, UKRSPY}
//	"Russian troops", "Ukrainian civilians" → RUSMIL, UKRCVL
//	"Vladimir Putin" (2025)                → {Vladimir Putin, RUSGOV}
//	"Russian Foreign Minister Sergey Lavrov" → {Sergey Lavrov, RUSGOV}
//	"the Russian Foreign Ministry", "a Kremlin aide" → RUSGOV
//
// A place or country alone acts through its government. ok is false when
// the phrase names no known actor.
func (r *Resolver) Code(phrase string, date chronicle.Date) (chronicle.Actor, bool) {
	key := keyOf(phrase)
	if key == "" {
		return chronicle.Actor{}, false
	}
	if _, ok := r.dict.phrases[key]; !ok && strings.Contains(key, "-") {
		// "Port-au-Prince" where the dictionary spells "PORT AU PRINCE"
		spaced := strings.ReplaceAll(key, "-", " ")
		if _, ok := r.dict.phrases[spaced]; ok || capitals[spaced] != "" {
			key = spaced
		}
	}
	if instead := capitals[key]; instead != "" {
		return r.Code(display(instead), date)
	}
	if a, ok := listed(key); ok {
		return a, true
	}
	if e, ok := r.dict.phrases[key]; ok {
		if code, _, ok := r.dict.entries[e].codeAt(dayOf(date)); ok {
			if isCountry(code) {
				if dem := r.demonyms[code]; dem != "" && (key == dem+"S" || key == dem+"ES") {
					// "Palestinians shunned work", "thousands of Kenyans":
					// the people, not their government
					code += "CVL"
					return chronicle.Actor{Name: r.groupName(code, phrase), Code: code}, true
				}
				if !r.isCountryName(key, code) {
					// A region or city acts for no government of its own.
					return chronicle.Actor{Name: r.CountryName(code), Code: code}, true
				}
				code += "GOV"
				return chronicle.Actor{Name: r.groupName(code, phrase), Code: code}, true
			}
			if seats[r.dict.entries[e].primary] {
				return chronicle.Actor{Name: r.groupName(code, phrase), Code: code}, true
			}
			return chronicle.Actor{Name: r.entryName(e, code, phrase), Code: code}, true
		}
	}
	words := strings.Fields(key)
	if n := len(words); n > 0 {
		if x, ok := strings.CutSuffix(words[0], "-FLAGGED"); ok && x != "" && n <= 4 && !slices.ContainsFunc(words, func(w string) bool { return w == "OFF" || w == "OF" || w == "IN" }) {
			// "a Greek-flagged tanker": a ship of the flag's country, no
			// body of its state
			if a, ok := r.Code(display(x), date); ok && isCountry3(a.Code) {
				return chronicle.Actor{Name: strings.TrimSpace(phrase), Code: a.Code[:3]}, true
			}
		}
	}
	led, based := false, false
	for i, w := range words {
		words[i] = strings.TrimSuffix(w, "'S") // "Ukraine's military"
		if x, ok := strings.CutSuffix(w, "-LED"); ok && x != "" {
			// "the Saudi-led coalition", "US-led forces": the leader's
			words[i], led = x, true
		}
		if x, ok := strings.CutSuffix(w, "-BASED"); ok && x != "" {
			// "Pakistan-based militants": armed men of the country they
			// are based in (a "London-based company" stays uncoded)
			words[i], based = x, true
		}
	}
	if led || based {
		if a, ok := r.Code(display(strings.Join(words, " ")), date); ok && (led || len(a.Code) >= 6 && armedRole["~"+a.Code[3:6]]) {
			return a, true
		}
	}
	// A title and a name: "Foreign Minister Sergey Lavrov" is Lavrov.
	for n := 1; n < len(words); n++ {
		if e, ok := r.dict.phrases[strings.Join(words[n:], " ")]; ok {
			if code, _, ok := r.dict.entries[e].codeAt(dayOf(date)); ok && len(code) > 3 {
				return chronicle.Actor{Name: r.entryName(e, code, ""), Code: code}, true
			}
		}
	}
	// A country, place or organisation followed by an agent noun or a
	// title: "Russian authorities", "Kyiv regime", "Russian Foreign
	// Ministry" (its head noun), "a Kremlin aide".
	// Leading modifiers are passed over: "a senior Russian official".
	for s := 0; s < len(words)-1; s++ {
		if s > 0 && InRegionName(words[s-1], words[s]) {
			break // "Latin American leaders": no country's
		}
		for n := len(words) - 1; n > s; n-- {
			head := strings.Join(words[s:n], " ")
			if a, ok := listed(head); ok && len(a.Code) >= 6 && armedRole["~"+a.Code[3:6]] {
				if _, ok := r.agentHead(words[n:]); ok || n == len(words)-1 && groupMembers[words[n]] {
					// "ELN members", "Hamas officials": a group the
					// project lists, by its people
					return a, true
				}
			}
			e, ok := r.dict.phrases[head]
			if !ok {
				continue
			}
			role, ok := r.agentHead(words[n:])
			if !ok {
				continue
			}
			base, _, ok := r.dict.entries[e].codeAt(dayOf(date))
			if !ok {
				continue
			}
			if n == len(words)-1 && regionWords[words[n]] && isCountry(base) && !r.isCountryName(head, base) {
				// "Zamfara state", "Kherson region": the place, which acts
				// for no government of its own
				return chronicle.Actor{Name: r.CountryName(base), Code: base}, true
			}
			if !isCountry3(base) {
				// an official of an organisation acts for it: "United
				// Nations humanitarian coordinator" is the UN
				return chronicle.Actor{Name: r.entryName(e, base, ""), Code: base}, true
			}
			code := combine(base, role)
			return chronicle.Actor{Name: r.groupName(code, phrase), Code: code}, true
		}
	}
	return chronicle.Actor{}, false
}

// agentHead finds the role of a noun phrase from its longest known ending:
// "FOREIGN MINISTRY" by "MINISTRY", "FOREIGN POLICY AIDE" by the title
// "AIDE".
func (r *Resolver) agentHead(words []string) (string, bool) {
	for i := range words {
		if role, ok := r.agent(words[i:]); ok {
			return role, true
		}
	}
	if sector := titleHeads[strings.ToLower(words[len(words)-1])]; sector != "" {
		return "~" + sector, true
	}
	return "", false
}

// agent looks up a generic noun phrase in the agent dictionaries and the
// built-in agent nouns.
func (r *Resolver) agent(words []string) (string, bool) {
	p := strings.Join(words, " ")
	if role, ok := extraAgents[p]; ok {
		return role, true
	}
	role, ok := r.dict.agents[p]
	// the Phoenix non-actors (days, continents, "power") are no role:
	// "Haiti early Thursday" and "Ukrainian power plants" name no group
	return role, ok && role != "~NON"
}

// AgentSector is the sector a common noun for people gives the country it
// is placed in ("doctors in Gaza" → "HLH", "students" → "EDU"), from the
// agent dictionaries, or "" when the noun names no role there ("critics").
// Only plain country sectors count: a role that makes a body of its own
// ("IGO~") or a spokesperson ("=") does not.
func (r *Resolver) AgentSector(noun string) string {
	role, ok := r.agent([]string{keyOf(noun)})
	if !ok || len(role) != 4 || role[0] != '~' {
		return ""
	}
	return role[1:]
}

// combine applies an agent role ("~MIL", "IGO~") to an actor's code; the
// role "=" (a spokesperson) speaks for the body named, a country's for its
// government.
func combine(base, role string) string {
	if role == "=" {
		if isCountry(base) {
			return base + "GOV"
		}
		return base
	}
	if len(base) >= 6 && armedRole[role] && armedRole["~"+base[3:6]] {
		return base // "Hezbollah fighters" are Hezbollah, not unidentified armed men
	}
	if len(base) == 6 && base[3:] == "GOV" && armedRole[role] && isCountry3(base) {
		return base[:3] + "MIL" // "Taliban fighters" since the Taliban govern: the state's forces
	}
	if len(base) >= 6 && armedRole["~"+base[3:6]] && (role == "~GOV" || role == "~ELI" || role == "~LEG") {
		return base // "Hamas leaders", "Houthi officials" act for the group, not the state
	}
	if isCountry3(base) {
		base = base[:3]
	}
	switch {
	case strings.HasPrefix(role, "~"):
		if strings.HasSuffix(base, role[1:]) {
			return base
		}
		return base + role[1:]
	case strings.HasSuffix(role, "~"):
		return role[:len(role)-1] + base
	}
	return base
}

// listed resolves a key the Phoenix dictionaries lack from the package's
// own tables: non-state armed groups and intergovernmental bodies.
func listed(key string) (chronicle.Actor, bool) {
	if g, ok := nonState[key]; ok {
		return chronicle.Actor{Name: g.name, Code: g.code}, true
	}
	if g, ok := bodies[key]; ok {
		return chronicle.Actor{Name: g.name, Code: g.code}, true
	}
	return chronicle.Actor{}, false
}

// regionWords after a place's name name the place as an area: "Zamfara
// state" is no state government.
var regionWords = map[string]bool{"STATE": true, "PROVINCE": true, "REGION": true, "DISTRICT": true, "COUNTY": true,
	"GOVERNORATE": true, "OBLAST": true}

// nameParticles are the two-letter words of names that are no acronym:
// "Al Qaeda", "El Fasher".
var nameParticles = map[string]bool{"AL": true, "EL": true, "LA": true, "LE": true, "DE": true, "DA": true, "DU": true,
	"DI": true, "DO": true, "AS": true, "AD": true, "AN": true, "AT": true, "ON": true, "TO": true, "BY": true}

// RegionWord reports whether w (in any case) names a place as an area
// after its name ("state" in "Zamfara state").
func RegionWord(w string) bool { return regionWords[strings.ToUpper(w)] }

// armedRole are the agent roles of armed forces.
var armedRole = map[string]bool{"~MIL": true, "~REB": true, "~UAF": true, "~INS": true}

// isCountry3 reports whether code starts with a country rather than an
// international, non-governmental or militant-group prefix.
func isCountry3(code string) bool {
	if len(code) < 3 {
		return false
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC", "---":
		return false
	}
	// Some entries carry a sector alone ([MED], [BUS]): no country.
	_, sector := sectorLabels[code[:3]]
	return !sector
}

func isCountry(code string) bool { return len(code) == 3 && isCountry3(code) }

// IsCountry reports whether the first three letters of code name a country
// rather than a sector or an international, non-governmental or
// multinational body ("RUSGOV" yes; "MED", "IGOUNO" no).
func IsCountry(code string) bool { return isCountry3(code) }

// CountryName is the name of a bare country code ("RUS" → "Russian
// Federation"), or the code itself when the dictionary does not name it.
func (r *Resolver) CountryName(code string) string {
	if e, ok := r.dict.countries[code]; ok {
		return display(r.dict.entries[e].primary)
	}
	return code
}

// Demonym is the adjective of a country code ("RUS" → "Russian"), or "".
func (r *Resolver) Demonym(code string) string {
	if d, ok := r.demonyms[code]; ok {
		return display(d)
	}
	return ""
}

// groupName is GroupName, or the phrase as written when the code is not a
// country's: a name, never a bare code.
func (r *Resolver) groupName(code, phrase string) string {
	if n := r.GroupName(code); n != code {
		return n
	}
	return strings.TrimSpace(phrase)
}

// GroupName names a country-and-sector code as a group: "RUSGOV" →
// "Russian government", "UKRSPY" → "Ukrainian intelligence services".
func (r *Resolver) GroupName(code string) string {
	if !isCountry3(code) {
		return code
	}
	country, sector := code[:3], code[3:]
	if len(sector) > 3 {
		sector = sector[:3]
	}
	who := r.Demonym(country)
	if who == "" {
		who = r.CountryName(country)
	}
	if sector == "" {
		return r.CountryName(country)
	}
	label, ok := sectorLabels[sector]
	if !ok {
		label = strings.ToLower(sector)
	}
	return who + " " + label
}

// entryName names an entry: the country's name for a country, the phrase
// as written when it is the entry's primary phrase ("NATO"), else the
// primary phrase made readable.
func (r *Resolver) entryName(e int, code, written string) string {
	p := r.dict.entries[e].primary
	if isCountry(code) {
		return r.CountryName(code)
	}
	if keyOf(written) == strings.TrimPrefix(p, "THE ") {
		w := strings.Fields(strings.ReplaceAll(written, "’", "'"))
		if len(w) > 0 && strings.EqualFold(w[0], "the") {
			w = w[1:]
		}
		if n := len(w); n > 0 {
			w[n-1] = strings.TrimSuffix(w[n-1], "'s")
		}
		return strings.Join(w, " ")
	}
	return display(p)
}

// keyOf normalises a text phrase to a dictionary key: upper case, single
// spaces, no leading article, no trailing possessive.
func keyOf(phrase string) string {
	phrase = strings.ReplaceAll(phrase, "’", "'")
	words := strings.Fields(strings.ToUpper(phrase))
	for len(words) > 0 && syntax.IsDeterminer(words[0], syntax.DetArticle) {
		words = words[1:]
	}
	if n := len(words); n > 0 {
		if words[n-1] == "'S" || words[n-1] == "'" {
			words = words[:n-1]
		} else {
			words[n-1] = strings.TrimSuffix(words[n-1], "'S")
		}
	}
	return strings.Join(words, " ")
}

// display turns a dictionary key into a readable name: "RUSSIAN FEDERATION"
// → "Russian Federation", "UNITED STATES OF AMERICA" → "United States of
// America".
func display(key string) string {
	words := strings.Fields(key)
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && (lw == "of" || lw == "the" || lw == "and" || lw == "for" || lw == "in") {
			words[i] = lw
			continue
		}
		if strings.Contains(w, ".") || len(w) <= 3 && !hasVowel(w) || len(w) == 2 && !nameParticles[w] {
			continue // U.S., UN, EU and NATO-like acronyms stay upper case
		}
		rs := []rune(lw)
		up := true
		for j, c := range rs {
			if up && unicode.IsLetter(c) {
				rs[j] = unicode.ToUpper(c)
			}
			up = c == '-' || c == '\''
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

func hasVowel(w string) bool { return strings.ContainsAny(w, "AEIOUY") }

// DatelineCountry is the country of the wire dateline that opens the story
// ("TBILISI, Georgia (AP) —"): where the story is told from, and so the
// country of the unqualified prime minister, police, ministries and
// protesters in it. "" when the story has no dateline or its place
// resolves to no country. It reads the entity layer.
//
// A correspondent's dateline is no home of the story, though: a story from
// "BANGKOK (AP) —" about Myanmar that names Thailand nowhere else but names
// Myanmar twice or more is told of Myanmar, whose country is returned.
func (r *Resolver) DatelineCountry(doc *chronicle.Document) string {
	for si := range min(len(doc.Sentences), 3) {
		d := syntax.SentenceDateline(doc, si)
		if d == 0 {
			continue
		}
		st := doc.Sentences[si]
		end := doc.Tokens[st.FirstToken+d-1].ByteEnd
		for _, e := range doc.Entities {
			if e.Type != "LOC" || e.ByteStart < st.ByteStart || e.ByteEnd > end {
				continue
			}
			if a, ok := r.Code(doc.Text[e.ByteStart:e.ByteEnd], doc.Published); ok && isCountry3(a.Code) {
				return r.toldOf(doc, a.Code[:3], st.ByteStart, end)
			}
		}
		return ""
	}
	return ""
}

// LeadCountry is the country of the places the story's first sentence
// names, when it names places (towns, regions: not countries, which a
// story names for other reasons) of one country only: where a story
// without a dateline is told from ("Al-Shabaab fighters stormed a hotel
// … in Mogadishu": Somalia); "" otherwise.
func (r *Resolver) LeadCountry(doc *chronicle.Document) string {
	if len(doc.Sentences) == 0 {
		return ""
	}
	st := doc.Sentences[0]
	cc := ""
	for _, e := range doc.Entities {
		if e.Type != "LOC" || e.ByteStart < st.ByteStart || e.ByteEnd > st.ByteEnd {
			continue
		}
		a, ok := r.Code(doc.Text[e.ByteStart:e.ByteEnd], doc.Published)
		if !ok || len(a.Code) < 3 || !isCountry3(a.Code[:3]) {
			continue
		}
		if _, whole := r.Country(doc.Text[e.ByteStart:e.ByteEnd]); whole {
			continue
		}
		if cc != "" && cc != a.Code[:3] {
			return ""
		}
		cc = a.Code[:3]
	}
	return cc
}

// toldOf is the dateline's country cc, unless the story (outside the
// dateline's bytes [d0, d1), in its first sentences) never names it and
// names one other country at least twice: then that country.
func (r *Resolver) toldOf(doc *chronicle.Document, cc string, d0, d1 int) string {
	const reach = 12 // sentences read
	limit := len(doc.Text)
	if len(doc.Sentences) > reach {
		limit = doc.Sentences[reach].ByteStart
	}
	counts := map[string]int{}
	for _, e := range doc.Entities {
		if e.ByteStart >= limit {
			break
		}
		if e.ByteStart >= d0 && e.ByteEnd <= d1 || e.Type != "LOC" {
			continue
		}
		if a, ok := r.Code(doc.Text[e.ByteStart:e.ByteEnd], doc.Published); ok && len(a.Code) >= 3 && isCountry3(a.Code[:3]) {
			counts[a.Code[:3]]++
		}
	}
	if counts[cc] > 0 {
		return cc
	}
	best, n := cc, 1
	for c, k := range counts {
		if k > n || k == n && best != cc && c < best {
			best, n = c, k
		}
	}
	return best
}

// InRegionName reports whether word w, after word prev, is part of the name
// of a region of many countries ("Latin American leaders", "Central
// America", "South Americans"): the demonym is then not the United
// States'. Case is ignored.
func InRegionName(prev, w string) bool {
	if !strings.HasPrefix(strings.ToUpper(w), "AMERICA") {
		return false
	}
	switch strings.ToUpper(prev) {
	case "LATIN", "CENTRAL", "SOUTH", "NORTH":
		return true
	}
	return false
}
