package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/syntax"
)

// The tagger learnt its types from 1996 Reuters wire copy. Modern news names
// more bodies made of common words ("Direct Investment Fund", "Main
// Operational Directorate"), more media outlets, and acting places; the
// passes here correct the tagger's types where the words around a name, or a
// dictionary, say more than its features did. They only re-type or widen
// capitalised names; they never invent lower-case ones.

// Lexicon looks a name up in an actor dictionary, as the actor stage's
// Resolver does: a bare country code ("RUS", "UKR") marks a place, a code
// with a sector or an international one ("RUSGOV", "IGOUNO", "MED") a body.
type Lexicon interface {
	Lookup(phrase string, date chronicle.Date) (chronicle.Actor, bool)
	// Demonym is the adjective of a country code ("RUS" → "Russian"),
	// which stays MISC whatever the dictionary lists it under.
	Demonym(code string) string
}

// Options configures the entity stage beyond its model.
type Options struct {
	// Actors, when set, settles place-or-organisation for names the
	// dictionary knows ("Crimea" is a place, "the Kremlin" a body).
	Actors Lexicon
}

// With returns a tagger that shares t's model and uses opts.
func (t *Tagger) With(opts Options) *Tagger {
	return &Tagger{m: t.m, opts: opts}
}

// orgHeads are nouns that end an organisation's name: a capitalised run of
// two or more words ending in one is an organisation, adjectival prefix and
// all ("Russian Direct Investment Fund").
var orgHeads = map[string]bool{
	"Fund": true, "Directorate": true, "Ministry": true, "Agency": true, "Council": true, "Committee": true,
	"Commission": true, "Bank": true, "News": true, "Service": true, "Services": true, "Staff": true,
	"Party": true, "Army": true, "Navy": true, "Command": true, "Office": true, "Institute": true,
	"Department": true, "Bureau": true, "Corporation": true, "Company": true, "University": true,
	"Association": true, "Organization": true, "Organisation": true, "Court": true, "Authority": true,
	"Guard": true, "Forces": true, "Police": true, "Foundation": true, "Inc": true, "Inc.": true,
	"Corp": true, "Corp.": true, "Ltd": true, "Ltd.": true, "Group": true, "Assembly": true,
}

// mediaNouns follow an outlet's name in lower case: "Time magazine", "the
// Kommersant newspaper", "Interfax news agency".
var mediaNouns = map[string]bool{
	"magazine": true, "newspaper": true, "daily": true, "weekly": true, "tabloid": true, "broadcaster": true,
	"channel": true, "network": true, "outlet": true, "website": true, "agency": true, "radio": true,
	"television": true, "newsletter": true, "podcast": true,
}

// mediaModifiers may stand between an outlet's name and its noun.
var mediaModifiers = map[string]bool{"news": true, "state": true, "TV": true, "television": true, "radio": true, "business": true}

// runStarts are capitalised words that begin a sentence or a title rather
// than a name, and so never open an organisation's name.
var runStarts = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "By": true, "For": true,
	"From": true, "With": true, "As": true, "To": true, "Of": true, "And": true, "But": true, "Its": true,
	"His": true, "Her": true, "Their": true, "Our": true, "This": true, "That": true, "Former": true,
	"Head": true, "Chief": true, "Director": true, "Chairman": true, "Spokesman": true, "Spokeswoman": true,
}

// retype runs the correction passes over one document's label indices.
func (t *Tagger) retype(sentences [][]string, tags [][]int, date chronicle.Date) {
	sport := sportsResults(sentences)
	for si, words := range sentences {
		datelineSource(words, tags[si])
		orgHeadRuns(words, tags[si], t.m.gaz)
		mediaNames(words, tags[si], t.m.gaz)
		placeByNoun(words, tags[si])
		if t.opts.Actors != nil {
			countryNames(words, tags[si], t.opts.Actors, date)
			armedGroups(words, tags[si], t.opts.Actors, date)
			placeOrBody(words, tags[si], t.opts.Actors, t.m.gaz, date, sport)
		}
	}
}

// capitalised reports whether a word starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// entityType returns the type of label l ("" for O).
func entityType(l int) string {
	if l == 0 {
		return ""
	}
	return labels[l][2:]
}

// setSpan labels words [start, end) as one name of type typ and keeps the
// IOB2 tags around it valid.
func setSpan(tags []int, start, end int, typ string) {
	b := labelIndex("B-" + typ)
	for k := start; k < end; k++ {
		tags[k] = b + 1
	}
	tags[start] = b
	if end < len(tags) && tags[end] != 0 && tags[end]%2 == 0 {
		tags[end]-- // I-X after the span now opens its own name
	}
}

// spanOf returns the name [start, end) that holds word i, or ok false.
func spanOf(tags []int, i int) (start, end int, ok bool) {
	if tags[i] == 0 {
		return 0, 0, false
	}
	start = i
	for start > 0 && tags[start]%2 == 0 {
		start--
	}
	end = i + 1
	for end < len(tags) && tags[end] != 0 && tags[end]%2 == 0 {
		end++
	}
	return start, end, true
}

// oneName reports whether [start, end) is exactly one name, and its type.
func oneName(tags []int, start, end int) (string, bool) {
	s, e, ok := spanOf(tags, start)
	if !ok || s != start || e != end {
		return "", false
	}
	return entityType(tags[start]), true
}

// datelineSource types the source in a dateline's parentheses as an
// organisation: "MOSCOW (Realist English).", "KYIV, April 25 (Reuters) -".
// The dateline opens the sentence with a place in capitals.
func datelineSource(words []string, tags []int) {
	if len(words) < 4 || !allCaps(words[0]) || entityType(tags[0]) != "LOC" {
		return
	}
	open := -1
	for k := 1; k < len(words) && k < 8; k++ {
		if words[k] == "(" {
			open = k
			break
		}
	}
	if open < 0 {
		return
	}
	end := open + 1
	for end < len(words) && end-open <= 4 && words[end] != ")" {
		if !capitalised(words[end]) {
			return
		}
		end++
	}
	if end == open+1 || end >= len(words) || words[end] != ")" {
		return
	}
	setSpan(tags, open+1, end, "ORG")
}

func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// genericBody are the words of a state body's common name ("Foreign
// Ministry", "Armed Forces"): after a country's adjective they make a
// description, "German Foreign Ministry", where the adjective stays MISC,
// not one name like "Russian Direct Investment Fund".
var genericBody = map[string]bool{
	"Foreign": true, "Defence": true, "Defense": true, "Interior": true, "Finance": true, "Justice": true,
	"Economy": true, "Trade": true, "Health": true, "Education": true, "Agriculture": true, "Energy": true,
	"Emergencies": true, "Emergency": true, "Culture": true, "Transport": true, "Ministry": true, "Army": true,
	"Navy": true, "Air": true, "Force": true, "Forces": true, "Armed": true, "Central": true, "Bank": true,
	"Police": true, "Embassy": true, "Office": true, "General": true, "Staff": true, "Security": true,
	"Council": true, "National": true, "Federal": true, "State": true, "Intelligence": true, "Service": true,
	"Services": true, "Border": true, "Guard": true, "Coast": true, "Supreme": true, "Court": true,
	"Government": true, "Cabinet": true, "Communist": true, "Party": true, "Parliament": true,
}

// nameWord reports whether w may stand inside a capitalised name run:
// "Louis-based" describes, it does not name.
func nameWord(w string) bool {
	return capitalised(w) && !strings.HasSuffix(w, "-based")
}

// orgHeadRuns types a run of capitalised words ending in an organisation's
// head noun as one organisation. A head the tagger read as part of a place
// keeps its type ("West Bank", "Oval Office"), and so does a longer name the
// run cuts into ("Bank of England").
func orgHeadRuns(words []string, tags []int, gaz *Gazetteer) {
	for i := 0; i < len(words); {
		if !nameWord(words[i]) {
			i++
			continue
		}
		end := i
		for end < len(words) && nameWord(words[end]) {
			end++
		}
		start := i
		for start < end && (runStarts[words[start]] || start == 0 && entityType(tags[start]) == "") {
			start++
		}
		i = end
		if end-start < 2 || !orgHeads[words[end-1]] {
			continue
		}
		last := entityType(tags[end-1])
		if last == "LOC" {
			continue
		}
		if last == "ORG" {
			if _, ok := oneName(tags, start, end); ok {
				continue
			}
		}
		if s, _, ok := spanOf(tags, start); ok && s < start {
			continue
		}
		if _, e, ok := spanOf(tags, end-1); ok && e > end {
			continue
		}
		if gaz.place(words[start:start+1]) && generic(words[start+1:end]) {
			start++
		}
		setSpan(tags, start, end, "ORG")
	}
}

func generic(words []string) bool {
	for _, w := range words {
		if !genericBody[w] {
			return false
		}
	}
	return true
}

// mediaNames types the name before "magazine", "newspaper", "news agency"
// and the like as an organisation: "Time magazine", "the Kommersant daily".
// A place or a country's adjective there names no outlet ("Syrian radio").
func mediaNames(words []string, tags []int, gaz *Gazetteer) {
	for i := 1; i < len(words); i++ {
		if !mediaNouns[words[i]] {
			continue
		}
		k := i - 1
		for k > 0 && mediaModifiers[words[k]] {
			k--
		}
		if !capitalised(words[k]) {
			continue
		}
		start, end, ok := spanOf(tags, k)
		if !ok {
			if k == 0 || runStarts[words[k]] {
				continue
			}
			start, end = k, k+1
			for start > 1 && capitalised(words[start-1]) && tags[start-1] == 0 && !runStarts[words[start-1]] {
				start--
			}
		}
		if typ := entityType(tags[k]); end != k+1 || typ == "ORG" || typ == "LOC" || gaz.place(words[start:end]) {
			continue
		}
		setSpan(tags, start, end, "ORG")
	}
}

// stateSectors are the CAMEO sectors of a state's own bodies: a name the
// dictionary codes "RUSGOV" or "USAMIL" ("Kremlin", "Pentagon") is a body.
var stateSectors = map[string]bool{"GOV": true, "MIL": true, "SPY": true, "LEG": true, "JUD": true, "COP": true}

// placeOrBody settles place against organisation for names the actor
// dictionary knows. A place the dictionary codes as a state body ("Kremlin"
// → RUSGOV) is an organisation; an organisation it codes as a bare country
// ("Crimea" → UKR) is a place, unless it reads as a team: in capitals or
// next to a number, as in results tables ("Ulsan 2 Pusan 1"), or in a
// report of games, where cities and countries name teams. Persons and
// the places of the gazetteer keep the tagger's type, and so does a
// country's adjective.
func placeOrBody(words []string, tags []int, lex Lexicon, gaz *Gazetteer, date chronicle.Date, sport bool) {
	eachName(tags, func(start, end int) {
		typ := entityType(tags[start])
		if typ != "LOC" && typ != "ORG" {
			return
		}
		name := words[start:end]
		phrase := strings.Join(name, " ")
		a, ok := lex.Lookup(phrase, date)
		if !ok || len(a.Code) < 3 {
			return
		}
		country := lex.Demonym(a.Code[:3]) != ""
		switch {
		case typ == "LOC" && country && len(a.Code) == 6 && stateSectors[a.Code[3:]]:
			// "Obama" → {Barack Obama, USAGOV} is a person's surname.
			if gaz.place(name) || gaz.person(name) || !strings.EqualFold(a.Name, phrase) && strings.HasSuffix(strings.ToUpper(a.Name), " "+strings.ToUpper(phrase)) {
				return
			}
			setSpan(tags, start, end, "ORG")
		case typ == "ORG" && country && len(a.Code) == 3:
			if d := lex.Demonym(a.Code); strings.EqualFold(name[0], d) || strings.EqualFold(name[0], d+"s") {
				return
			}
			if sport || tableCell(words, start, end) {
				return
			}
			setSpan(tags, start, end, "LOC")
		}
	})
}

// countryNames joins the pieces the tagger split a country's long name
// into — "Democratic" (MISC) + "Republic of Congo" (LOC), "Bosnia" +
// "Herzegovina" — into one place when the whole run of capitalised words
// (with "of", "the", "and" inside) is a country the dictionary names. A
// piece alone can name another country: "Republic of Congo" is not the
// Democratic Republic.
func countryNames(words []string, tags []int, lex Lexicon, date chronicle.Date) {
	const most = 7
	for i := 0; i < len(words); i++ {
		if !capitalised(words[i]) || runStarts[words[i]] {
			continue
		}
		for b := min(len(words), i+most); b > i+1; b-- {
			if !capitalised(words[b-1]) || !countryRun(words[i:b]) {
				continue
			}
			if _, ok := oneName(tags, i, b); ok {
				break // already one name
			}
			named := false
			for k := i; k < b; k++ {
				named = named || tags[k] != 0
			}
			if !named {
				continue
			}
			a, ok := lex.Lookup(strings.Join(words[i:b], " "), date)
			if !ok || len(a.Code) != 3 || !longCountryName(words[i:b]) {
				continue
			}
			setSpan(tags, i, b, "LOC")
			i = b - 1
			break
		}
	}
}

// settlementNouns say what kind of place a name is: "Haradh, a town south
// of Hodeidah", "the village of Lin Ta Lu".
var settlementNouns = syntax.Settlements(false)

// placeByNoun types as places the names a settlement noun describes: in an
// apposition after them ("Haradh, a town south of Hodeidah") or with "of"
// before them ("the town of Haradh"). The tagger, trained on 1996 wire
// copy, reads unfamiliar place names as people.
func placeByNoun(words []string, tags []int) {
	eachName(tags, func(start, end int) {
		if entityType(tags[start]) == "LOC" {
			return
		}
		noun := func(k int) bool { return k < len(words) && settlementNouns[strings.ToLower(words[k])] }
		// ", a town", ", a coastal town"
		after := end+1 < len(words) && words[end] == "," && (words[end+1] == "a" || words[end+1] == "the") &&
			(noun(end+2) || end+2 < len(words) && !capitalised(words[end+2]) && noun(end+3))
		before := start >= 2 && words[start-1] == "of" && settlementNouns[strings.ToLower(words[start-2])]
		if after || before {
			setSpan(tags, start, end, "LOC")
		}
	})
}

// eachName calls f with each name [start, end) the tags hold, in order.
func eachName(tags []int, f func(start, end int)) {
	for i := 0; i < len(tags); {
		start, end, ok := spanOf(tags, i)
		if !ok {
			i++
			continue
		}
		i = end
		f(start, end)
	}
}

// armedGroups names the armed groups the tagger left untagged — "M23
// rebels", whose letters and digits it never saw as a name — when the
// dictionary codes a run of capitalised words as a rebel, insurgent or
// unidentified armed group.
func armedGroups(words []string, tags []int, lex Lexicon, date chronicle.Date) {
	const most = 4
	for i := 0; i < len(words); i++ {
		if tags[i] != 0 || !capitalised(words[i]) || runStarts[words[i]] {
			continue
		}
		for b := min(len(words), i+most); b > i; b-- {
			untagged := true
			for k := i; k < b; k++ {
				untagged = untagged && tags[k] == 0 && capitalised(words[k])
			}
			if !untagged {
				continue
			}
			a, ok := lex.Lookup(strings.Join(words[i:b], " "), date)
			if !ok || len(a.Code) < 6 || !armedSectors[a.Code[3:6]] {
				continue
			}
			setSpan(tags, i, b, "ORG")
			i = b - 1
			break
		}
	}
}

// armedSectors are the sectors of non-state armed groups.
var armedSectors = map[string]bool{"REB": true, "INS": true, "UAF": true}

// longCountryName reports whether words read as a country's long name: a
// joining "of" or "and", or a state noun ("Republic", "Kingdom").
func longCountryName(words []string) bool {
	for _, w := range words {
		switch w {
		case "of", "and", "Republic", "Kingdom", "Emirates", "Islands", "States", "Federation":
			return true
		}
	}
	return false
}

// countryRun reports whether words are capitalised but for the "of", "the"
// and "and" of a country's name.
func countryRun(words []string) bool {
	for _, w := range words {
		if !capitalised(w) && w != "of" && w != "the" && w != "and" {
			return false
		}
	}
	return true
}

// tableCell reports whether a name reads as an entry of a results table: in
// capitals, or next to a number or a "v" between teams.
func tableCell(words []string, start, end int) bool {
	for _, w := range words[start:end] {
		if allCaps(w) {
			return true
		}
	}
	team := func(w string) bool {
		return w != "" && w[0] >= '0' && w[0] <= '9' || w == "v" || w == "vs" || w == "vs."
	}
	return start > 0 && team(words[start-1]) || end < len(words) && team(words[end])
}

// sportWords are words of sports reporting, where cities and countries
// name teams ("Liverpool beat Milan").
var sportWords = map[string]bool{
	"match": true, "matches": true, "goal": true, "goals": true, "striker": true, "midfielder": true,
	"defender": true, "coach": true, "league": true, "cup": true, "club": true, "clubs": true, "squad": true,
	"season": true, "tournament": true, "championship": true, "semi-final": true, "stadium": true,
	"player": true, "players": true, "team": true, "teams": true, "inning": true, "innings": true,
	"game": true, "games": true, "fixture": true, "fixtures": true, "win": true, "won": true, "draw": true,
}

// sportsResults reports whether a document reports games: it gives two
// scores ("2-0", "6-2") or uses three words of sports reporting.
func sportsResults(sentences [][]string) bool {
	scores, words := 0, 0
	for _, ws := range sentences {
		for _, w := range ws {
			if score(w) {
				scores++
			}
			if sportWords[w] {
				words++
			}
		}
	}
	return scores >= 2 || words >= 3
}

// score reports whether w is a score or a result: digits, a hyphen, digits.
func score(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i == len(w)-1 || i > 2 || len(w)-i-1 > 2 {
		return false
	}
	for k, r := range w {
		if k != i && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}
