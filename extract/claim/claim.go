// Package claim is the claim stage: it finds the figures a story states —
// casualties, counts, durations, money — normalises the number ("5,000",
// "twelve", "dozens", "$300 billion", "fourth meeting" → 4 meetings), says
// what it counts (Unit: "people killed", "hours", "USD", "soldiers killed per
// week"), whether it is approximate ("about three hours") or a bound ("at
// least 12" is a minimum), who states it (the quoted speaker when the figure
// stands inside a quote, else empty for the outlet) and which event it
// belongs to. Casualty figures fill the event's Fatalities and Injuries.
//
// It runs after the event and quote stages. Numbers that are part of a date
// ("April 25", "in 2014") are not figures.
package claim

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/syntax"
	"github.com/chronicle-news/chronicle/extract/when"
	"github.com/chronicle-news/chronicle/text"
)

// Stage is the claim stage.
type Stage struct{}

// New returns the claim stage.
func New() Stage { return Stage{} }

// Name returns "claim".
func (Stage) Name() string { return "claim" }

var (
	units = map[string]float64{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
		"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
	scales = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"mln": 1e6, "bln": 1e9, "m": 1e6, "bn": 1e9, "dozen": 12}
	// vague plurals are lower bounds: "thousands" is at least two thousand;
	// "tens of thousands" multiplies (at least twenty thousand).
	vague = map[string]float64{"tens": 20, "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6}
	// vagueScale is the size a vague plural counts in after another one.
	vagueScale = map[string]float64{"hundreds": 100, "thousands": 1e3, "millions": 1e6}
	// ordinals count events: "fourth meeting" → 4 meetings.
	ordinals = map[string]float64{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
		"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
	countedByOrdinal = map[string]string{"meeting": "meetings", "round": "rounds", "visit": "visits", "summit": "summits",
		"call": "calls", "session": "sessions", "trip": "trips", "attack": "attacks", "strike": "strikes"}
	currencies = map[string]string{"$": "USD", "dollars": "USD", "dollar": "USD", "€": "EUR", "euros": "EUR", "euro": "EUR",
		"£": "GBP", "pounds": "GBP", "rubles": "RUB", "roubles": "RUB", "hryvnias": "UAH", "yuan": "CNY", "shillings": "shillings"}
	people = map[string]bool{"people": true, "persons": true, "civilians": true, "soldiers": true, "troops": true,
		"children": true, "women": true, "men": true, "residents": true, "servicemen": true, "fighters": true,
		"militants": true, "officers": true, "policemen": true, "workers": true, "refugees": true, "person": true,
		"soldier": true, "civilian": true, "child": true, "man": true, "woman": true, "others": true, "prisoners": true,
		"hostages": true, "demonstrators": true, "protesters": true, "students": true, "journalists": true,
		"members": true, "sailors": true, "crew": true, "passengers": true, "villagers": true, "guards": true,
		"staff": true, "patients": true, "worshippers": true, "fishermen": true, "farmers": true, "miners": true,
		"victims": true, "families": true, "detainees": true, "captives": true, "pilgrims": true, "migrants": true,
		"doctors": true, "nurses": true, "medics": true, "rescuers": true, "firefighters": true, "supporters": true,
		"activists": true, "opponents": true, "pows": true, "inmates": true, "households": true, "homes": true,
		"suspects": true, "rioters": true, "bystanders": true, "teenagers": true, "schoolchildren": true,
		"schoolgirls": true, "schoolboys": true, "relatives": true, "lawmakers": true, "politicians": true,
		"reporters": true, "correspondents": true, "bloggers": true, "photographers": true, "editors": true,
		"drivers": true, "truckers": true, "engineers": true, "contractors": true, "tourists": true, "volunteers": true,
		"attackers": true, "assailants": true, "raiders": true, "kidnappers": true, "bandits": true, "terrorists": true,
		"monks": true, "priests": true, "clerics": true, "judges": true, "diplomats": true, "operatives": true,
		"commanders": true, "gunmen": true, "insurgents": true, "rebels": true, "jihadists": true, "combatants": true,
		"lawyers": true, "teachers": true, "pilots": true, "peacekeepers": true, "recruits": true,
		"missionaries": true, "nuns": true, "seminarians": true, "pupils": true, "girls": true, "boys": true,
		"employees": true, "nationals": true, "citizens": true, "hikers": true, "travellers": true, "travelers": true,
		"commuters": true, "motorists": true}
	// ranks are people named by their rank or post: "killed a pilot and a
	// general".
	ranks = map[string]bool{"general": true, "colonel": true, "major": true, "captain": true, "lieutenant": true,
		"commander": true, "officer": true, "pilot": true, "policeman": true, "policewoman": true, "journalist": true,
		"guard": true, "nurse": true, "doctor": true, "teacher": true, "driver": true, "priest": true, "medic": true}
	killedWords = map[string]bool{"killed": true, "killing": true, "kill": true, "kills": true, "dead": true, "died": true, "dying": true, "die": true, "deaths": true, "death": true, "lives": true, "slain": true, "massacred": true, "executed": true,
		"massacring": true, "executing": true, "beheaded": true, "beheading": true, "murdered": true, "murdering": true,
		"slaughtered": true, "slaughtering": true, "assassinated": true, "lynched": true, "fatalities": true,
		"neutralised": true, "neutralized": true}
	injuredWords = map[string]bool{"wounded": true, "wounding": true, "wound": true, "wounds": true, "injured": true, "injuring": true,
		"injure": true, "injures": true, "hurt": true, "injuries": true}
	periods = map[string]string{"week": "week", "day": "day", "month": "month", "year": "year", "hour": "hour"}
)

// Process fills doc.Claims, replacing what an earlier run set, and sets the
// casualty counts of the events the figures belong to.
func (Stage) Process(doc *chronicle.Document) error {
	doc.Claims = []chronicle.Claim{}
	ix := text.NewIndex(doc.Text)
	for si, sn := range doc.Sentences {
		toks := doc.Tokens[sn.FirstToken:sn.LastToken]
		// A wire dateline ("JENIN, West Bank, Aug 21 -") holds the day
		// the story was filed, no figure, whether or not the day resolves
		dl := -1
		low := make([]string, len(toks))
		for i, t := range toks {
			low[i] = strings.ToLower(doc.Text[t.ByteStart:t.ByteEnd])
		}
		// The sentence's dates ("March 3", "2024") hold numbers that are no
		// figures; they are read only for a sentence with a figure in it.
		var dates []when.Match
		datesRead := false
		inDate := func(b int) bool {
			if !datesRead {
				dates, datesRead = when.Find(doc.Text[sn.ByteStart:sn.ByteEnd], doc.Published), true
			}
			for _, m := range dates {
				if b >= sn.ByteStart+m.ByteStart && b < sn.ByteStart+m.ByteEnd {
					return true
				}
			}
			return false
		}
		for i := 0; i < len(toks); i++ {
			if dl < 0 {
				dl = syntax.SentenceDateline(doc, si)
			}
			if i < dl {
				continue
			}
			f, ok := figure(doc, toks, low, i)
			if !ok || f.i0 < 0 || f.i1 <= f.i0 || f.i1 > len(toks) || inDate(toks[i].ByteStart) {
				continue
			}
			sp := ix.Span(toks[f.i0].ByteStart, toks[f.i1-1].ByteEnd)
			sp.Text = doc.Text[sp.ByteStart:sp.ByteEnd]
			c := chronicle.Claim{Span: sp, Quantity: f.q, Unit: f.unit, Kind: f.kind, Approximate: f.approx, Bound: f.bound}
			c.Speaker = speaker(doc, sp)
			attach(doc, &c, sn.Span, f.casualty)
			if c.Event == nil && f.casualty != "" && si > 0 && !hasEvent(doc, sn.Span) {
				// "… bombed a monastery, killing 23. More than 30 people
				// were wounded, a rescue worker said": a bare toll right
				// after an attack is that attack's
				attach(doc, &c, doc.Sentences[si-1].Span, f.casualty)
			}
			doc.Claims = append(doc.Claims, c)
			i = f.i1 - 1
		}
	}
	return nil
}

// found is a figure as token ranges.
type found struct {
	i0, i1   int // the claim span [i0, i1)
	q        float64
	unit     string
	approx   bool
	bound    string
	casualty string // "killed", "injured" or ""
	kind     string // Claim.Kind
}

// figure reads a figure starting at token i, or ok is false.
func figure(doc *chronicle.Document, toks []chronicle.Token, low []string, i int) (found, bool) {
	f := found{i0: i}
	j := i
	if i > 0 && i+1 < len(low) && (low[i] == "two" && low[i-1] == "the" || low[i] == "both") && pairNouns[low[i+1]] {
		return f, false // "the two sides", "the two leaders": a pair named again, not a count
	}
	if low[i] == "one" && i > 0 && (low[i-1] == "no" || low[i-1] == "not") {
		return f, false // "no one was hurt": nobody, no count of one
	}
	currency := ""
	if currencies[low[j]] != "" && j+1 < len(toks) && toks[j+1].Kind == chronicle.Number {
		currency = currencies[low[j]]
		j++
	}
	switch {
	case toks[j].Kind == chronicle.Number:
		s := strings.ReplaceAll(low[j], ",", "")
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || strings.Contains(low[j], ":") {
			return f, false
		}
		if j > 0 && (low[j-1] == "-" || strings.HasSuffix(low[j-1], "-")) && !toks[j].SpaceBefore {
			return f, false // "Mi-26"
		}
		if v >= 1900 && v <= 2100 && !strings.Contains(low[j], ",") && !strings.Contains(low[j], ".") && currency == "" {
			return f, false // a year
		}
		f.q = v
		j++
	case compound(low[j]) > 0:
		f.q = compound(low[j])
		j++
	case (low[j] == "a" || low[j] == "an") && j > 0 && (killedWords[low[j-1]] || injuredWords[low[j-1]] || detainedWords[low[j-1]]) && onePerson(doc, toks, low, j+1):
		f.q = 1 // "killing a crew member", "wounding a child", "killed a Hezbollah commander", "arrested a Serbian former policeman"
		for k := j + 2; k+2 < len(low) && k < j+5; k++ {
			if low[k] == "and" && (low[k+1] == "a" || low[k+1] == "an") && (people[low[k+2]] || ranks[low[k+2]]) {
				f.q = 2 // "killing a crew member and a general": two people
				break
			}
			if toks[k].Kind == chronicle.Punct {
				break
			}
		}
		j++
	case units[low[j]] > 0 || low[j] == "zero":
		if low[j] == "one" && j+1 < len(low) && low[j+1] == "of" {
			// "one of its crew died": one person of a group, when the
			// verb after says what befell them
			if kind := oneOfCasualty(low, j+2); kind != "" {
				f.q, f.unit, f.kind, f.casualty, f.i1 = 1, "people "+kind, kind, kind, j+2
				return f, true
			}
		}
		if low[j] == "one" && (j+1 >= len(low) || low[j+1] == "of" || low[j+1] == "another") {
			return f, false
		}
		f.q = units[low[j]]
		j++
		if j+1 < len(low) && low[j] == "-" && units[low[j+1]] > 0 && units[low[j+1]] < 10 {
			f.q += units[low[j+1]]
			j += 2
		}
	case vague[low[j]] > 0 && j+1 < len(low) && low[j+1] == "of":
		f.q, f.bound = vague[low[j]], "min"
		j += 2
		if j+1 < len(low) && vagueScale[low[j]] > 0 && low[j+1] == "of" {
			f.q *= vagueScale[low[j]] // "tens of thousands of"
			j += 2
		}
	case vague[low[j]] > 0 && j > 0 && (killedWords[low[j-1]] || injuredWords[low[j-1]]):
		f.q, f.bound = vague[low[j]], "min" // "wounding dozens"
		j++
	case vague[low[j]] > 0 && j+1 < len(low) && (killedWords[low[j+1]] || injuredWords[low[j+1]]):
		f.q, f.bound = vague[low[j]], "min" // "leaving dozens hurt"
		j++
	case low[j] == "a" && j+1 < len(low) && low[j+1] == "dozen":
		f.q = 12
		j += 2
	case (low[j] == "a" || low[j] == "one") && j+1 < len(low) && scales[low[j+1]] >= 1e3:
		f.q = 1 // "a million households", "a thousand people": the scale follows
		j++
	case ordinals[low[j]] > 0 && j+1 < len(low) && countedByOrdinal[low[j+1]] != "":
		f.q, f.unit = ordinals[low[j]], countedByOrdinal[low[j+1]]
		f.i1 = j + 2
		modifiers(low, &f)
		return f, true
	default:
		return f, false
	}
	for j < len(low) && scales[low[j]] > 0 {
		f.q *= scales[low[j]]
		j++
	}
	f.q = math.Round(f.q*1e6) / 1e6
	if currency == "" && j < len(low) && currencies[low[j]] != "" {
		currency = currencies[low[j]]
		j++
	}
	modifiers(low, &f)
	if j < len(low) && clockWord(low[j]) && low[i] != "a" && low[i] != "an" {
		return f, false // "8 a.m.": a time of day (not "a local council member")
	}
	if j+2 < len(low) && low[j] == "of" && (low[j+1] == "the" || low[j+1] == "those") && partOfToll[low[j+2]] {
		return f, false // "three of the dead": part of a toll given before, not a toll
	}
	for k := j; k+2 < len(low) && k <= j+3; k++ {
		if low[k] == "among" && low[k+1] == "the" && partOfToll[low[k+2]] {
			return f, false // "Four children were among the dead": so is this
		}
	}
	if currency != "" {
		f.unit, f.i1 = currency, j
		return f, true
	}
	if j < len(low) && (low[j] == "percent" || low[j] == "%" || low[j] == "per") {
		if low[j] == "per" && (j+1 >= len(low) || low[j+1] != "cent") {
			return f, false
		}
		f.unit, f.i1 = "percent", j+1
		if low[j] == "per" {
			f.i1 = j + 2
		}
		return f, true
	}
	// the counted noun: the next noun over up to two modifiers (four after
	// "of").
	noun, k := "", j
	limit := j + 3
	if j < len(low) && low[j] == "of" {
		limit = j + 5 // "three of its contracted drivers"
	}
	for k < len(low) && k < limit {
		w := low[k]
		if toks[k].Kind == chronicle.Punct || killedWords[w] || injuredWords[w] {
			break // ("12 wounded when rebels …": the figure's word is its casualty)
		}
		if people[w] || periods[strings.TrimSuffix(w, "s")] != "" || pluralNoun(w) {
			noun = w
			k++
			break
		}
		if (w == "them" || w == "those") && k > 0 && low[k-1] == "of" {
			noun = "people" // "detained dozens of them"
			k++
			break
		}
		k++
	}
	if noun == "" {
		k = j
	}
	f.i1 = max(k, j)
	cas, after := casualty(low, f.i0, f.i1)
	switch {
	case periods[strings.TrimSuffix(noun, "s")] != "":
		if i > 0 && (low[i-1] == "in" || low[i-1] == "within") {
			return f, false // "in one day": when, not how much
		}
		f.unit = strings.TrimSuffix(noun, "s") + "s"
	case cas != "" && (noun == "" || people[noun] || isCapitalised(doc, toks, f.i1-1)):
		who := "people"
		if noun != "" && people[noun] && noun != "others" && noun != "person" {
			who = noun
		}
		f.unit, f.casualty = who+" "+cas, cas
		if p := rate(low, f.i1); p != "" {
			f.unit += " per " + p
			f.casualty = ""
		}
		if after {
			f.i1 = extend(low, f.i0, f.i1)
		}
	case noun != "":
		f.unit = noun
	default:
		// "police put the toll at 14", "the death toll rose to 19",
		// "put the number held at 31": a bare number a toll word names
		kind := tollCue(low, f.i0)
		if kind == "" {
			kind = passiveKind(low, f.i1)
		}
		if kind == "" {
			kind = verbCue(low, f.i0) // ", arresting at least 30"
		}
		if kind == "" {
			return f, false
		}
		f.unit, f.kind = "people "+kind, kind
		if kind == "killed" || kind == "injured" {
			f.casualty = kind
		}
		return f, true
	}
	if f.q == 0 && f.unit == "" {
		return f, false
	}
	f.kind = kindOf(low, f, noun)
	// The unit says the kind, so that it survives wherever units go
	// ("27 supporters detained", "5,000 families displaced").
	switch f.kind {
	case "detained", "displaced", "missing", "affected":
		if !strings.HasSuffix(f.unit, f.kind) {
			f.unit += " " + f.kind
		}
	case "prisoners":
		if !prisonerNouns[noun] {
			f.unit += " freed"
		}
	}
	return f, true
}

// verbCue reads the kind of a bare number from the verb right before it,
// bound words aside (", arresting at least 30", "killing some 12"): people
// are what those verbs count.
func verbCue(low []string, i0 int) string {
	for k := i0 - 1; k >= 0 && k >= i0-4; k-- {
		switch w := low[k]; {
		case takenWords[w]:
			return "detained"
		case w == "killing" || w == "killed":
			return "killed"
		case w == "wounding" || w == "injuring" || w == "wounded" || w == "injured":
			return "injured"
		case w == "at" || w == "least" || w == "about" || w == "some" || w == "more" || w == "than" || w == "nearly" || w == "around" || w == "almost":
		default:
			return ""
		}
	}
	return ""
}

// tollCue reads the kind of a bare number from the words before it: a
// "toll" or a count "held" or "detained" put at or raised to it.
func tollCue(low []string, i0 int) string {
	if i0 < 2 || (low[i0-1] != "at" && low[i0-1] != "to") {
		return ""
	}
	for k := i0 - 2; k >= 0 && k >= i0-tollReach; k-- {
		switch {
		case low[k] == "toll" && k > 0 && (low[k-1] == "injury" || low[k-1] == "casualty"):
			return "injured"
		case low[k] == "toll":
			return "killed"
		case detainedWords[low[k]]:
			return "detained"
		case low[k] == "," || low[k] == ";":
			return ""
		}
	}
	return ""
}

// onePersonNouns name one person by a post or a membership: "a council
// member", "a party official".
var onePersonNouns = map[string]bool{"member": true, "official": true, "councillor": true, "councilor": true,
	"leader": true, "activist": true, "candidate": true, "lawmaker": true, "judge": true, "prosecutor": true,
	"mayor": true, "governor": true, "soldier": true, "civilian": true, "worker": true, "employee": true}

// personModifiers are the words that may stand between "a" and a person:
// "a senior commander", "a former policeman".
var personModifiers = map[string]bool{"senior": true, "former": true, "top": true, "local": true, "young": true,
	"retired": true, "prominent": true, "veteran": true, "elderly": true, "junior": true, "high-ranking": true}

// onePerson reports whether the words from k name one person: a person or
// rank noun, after at most two modifiers, capitalised (a group or
// nationality, "a Hezbollah commander", "a Serbian former policeman") or
// plain ("a senior officer").
func onePerson(doc *chronicle.Document, toks []chronicle.Token, low []string, k int) bool {
	for m := k; m < len(low) && m <= k+2; m++ {
		if people[low[m]] || ranks[low[m]] || onePersonNouns[low[m]] {
			return true
		}
		if toks[m].Kind == chronicle.Punct || !personModifiers[low[m]] && !isCapitalised(doc, toks, m) &&
			!(m+1 < len(low) && onePersonNouns[low[m+1]]) { // ("a council member", "a police officer")
			return false
		}
	}
	return false
}

// oneOfCasualty is the casualty kind a verb within a few words after "one
// of" gives ("one of its crew died"), or "".
func oneOfCasualty(low []string, from int) string {
	for k := from; k < len(low) && k < from+5; k++ {
		switch {
		case killedWords[low[k]]:
			return "killed"
		case injuredWords[low[k]]:
			return "injured"
		case low[k] == "," || low[k] == ";" || low[k] == "." || low[k] == "and":
			return ""
		}
	}
	return ""
}

// passiveKind reads the kind of a bare number from a passive right after
// it: "two demonstrators were killed and 45 were arrested", "30 have been
// detained".
func passiveKind(low []string, i int) string {
	k := i
	for n := 0; k < len(low) && n < 2 && (low[k] == "were" || low[k] == "have" || low[k] == "had" || low[k] == "been" || low[k] == "are"); n++ {
		k++
	}
	if k == i || k >= len(low) {
		return ""
	}
	switch {
	case detainedWords[low[k]] && low[k] != "held" && !strings.HasSuffix(low[k], "ing"):
		return "detained"
	case low[k] == "taken" && k+2 < len(low) && low[k+1] == "into" && low[k+2] == "custody":
		return "detained"
	}
	return ""
}

// tollReach is how far before a bare number its toll word may stand: "the
// death toll from Tuesday's missile attack on a building in Dnipro has risen
// to 14" (a comma or semicolon between them ends the search first).
const tollReach = 24

// partOfToll are the words of "three of the dead".
var partOfToll = map[string]bool{"dead": true, "victims": true, "killed": true, "injured": true, "wounded": true,
	"casualties": true, "detained": true, "prisoners": true, "hostages": true}

// clockWord reports whether w, right after a number, makes it a time of day.
func clockWord(w string) bool {
	switch w {
	case "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "gmt", "utc", "o'clock", "o’clock", "hrs", "local":
		return true
	}
	return false
}

// Kind cues: verbs and words that say what a counted group of people
// suffered, before the figure ("arrested 56 demonstrators") or after it
// ("5,000 families to flee", "200,000 households without power").
var (
	detainedWords = map[string]bool{"detained": true, "detaining": true, "arrested": true, "arresting": true,
		"jailed": true, "jailing": true, "held": true, "rounded": true, "abducted": true, "kidnapped": true,
		"abducting": true, "kidnapping": true, "seized": true, "arrests": true, "detentions": true, "detention": true, "detain": true, "arrest": true,
		"custody": true}
	displacedWords = map[string]bool{"flee": true, "fled": true, "fleeing": true, "displaced": true, "displacing": true,
		"homeless": true, "evacuated": true, "evacuating": true, "uprooted": true}
	prisonerNouns = map[string]bool{"prisoners": true, "captives": true, "pows": true, "hostages": true, "detainees": true}
)

// kindOf says what a figure counts as an event's figure (Claim.Kind), or ""
// when it counts something else: a duration for spans of time, the
// casualty kind, then the cue nearest the figure within its clause.
func kindOf(low []string, f found, noun string) string {
	if f.casualty != "" {
		return f.casualty
	}
	if strings.HasSuffix(f.unit, " per week") || strings.Contains(f.unit, " per ") {
		return ""
	}
	switch f.unit {
	case "hours", "days", "minutes", "weeks":
		return "duration"
	}
	if noun == "" || !people[noun] {
		if noun == "arrests" || noun == "detentions" {
			return "detained"
		}
		if strings.HasSuffix(noun, "s") && takenBefore(low, f.i0) {
			return "detained" // "abducted 25 pupils": only people are kidnapped or arrested
		}
		return ""
	}
	for k := f.i0 - 1; k >= 0 && k >= f.i0-3; k-- {
		switch {
		case detainedWords[low[k]]:
			return "detained"
		case takingNouns[low[k]] && k+1 < f.i0 && low[k+1] == "of":
			return "detained" // "the abduction of 20 bus passengers"
		case displacedWords[low[k]] || low[k] == "forcing" || low[k] == "forced":
			return "displaced"
		case low[k] == "freed" || low[k] == "released" || low[k] == "exchanged" || low[k] == "swapped" || low[k] == "returned":
			return "prisoners"
		case (low[k] == "received" || low[k] == "receiving" || low[k] == "welcomed" || low[k] == "home" && k > 0 && broughtWords[low[k-1]]) && swapIn(low):
			// "received 706 of their fighters in the prisoner swap",
			// "Friday's exchange brought home 150 soldiers"
			return "prisoners"
		case low[k] == "," || low[k] == ";" || low[k] == "and":
			k = -1
		}
	}
	for k := f.i1; k < len(low) && k < f.i1+6; k++ {
		switch {
		case detainedWords[low[k]] && low[k] != "held" || low[k] == "held" && k > 0 && (low[k-1] == "were" || low[k-1] == "being"):
			if k == f.i1 && freedLater(low, k+1) {
				return "prisoners" // "two drivers kidnapped in January were freed": the freeing is the clause's
			}
			return "detained"
		case displacedWords[low[k]]:
			return "displaced"
		case low[k] == "missing":
			return "missing"
		case low[k] == "returned" || low[k] == "freed" || low[k] == "released" || low[k] == "repatriated" || low[k] == "swapped" || low[k] == "exchanged":
			return "prisoners"
		case low[k] == "without" && k+1 < len(low) && (low[k+1] == "power" || low[k+1] == "electricity" || low[k+1] == "water" || low[k+1] == "heating" || low[k+1] == "shelter"):
			return "affected"
		case low[k] == "," || low[k] == ";" || low[k] == ".":
			k = len(low)
		}
	}
	if prisonerNouns[noun] {
		return "prisoners"
	}
	if detainedThem(low, f.i1) {
		return "detained"
	}
	return ""
}

// detainedThem reports whether a verb later in the clause from k detains
// the people counted before it by "them" ("raided the homes of seven
// journalists … and took them into custody", "… and arrested them").
func detainedThem(low []string, k int) bool {
	for m := k + 1; m < len(low) && m < k+16; m++ {
		switch w := low[m]; {
		case w == "." || w == ";":
			return false
		case w != "them":
		case detainedWords[low[m-1]] && low[m-1] != "held":
			return true
		case (low[m-1] == "took" || low[m-1] == "taken" || low[m-1] == "taking") && m+2 < len(low) && low[m+1] == "into" &&
			(low[m+2] == "custody" || low[m+2] == "detention"):
			return true
		}
	}
	return false
}

// freedLater reports whether a verb of freeing follows from k within the
// clause.
func freedLater(low []string, k int) bool {
	for m := k; m < len(low) && m < k+12; m++ {
		switch low[m] {
		case "freed", "released", "returned", "repatriated":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// takingNouns are the takings of people named by a noun before "of".
var takingNouns = map[string]bool{"abduction": true, "kidnapping": true, "arrest": true, "detention": true, "arrests": true,
	"abductions": true, "kidnappings": true, "detentions": true}

// takenWords are verbs whose objects can only be people.
var takenWords = map[string]bool{"abducted": true, "abducting": true, "kidnapped": true, "kidnapping": true,
	"arrested": true, "arresting": true, "detained": true, "detaining": true, "jailed": true, "jailing": true}

// takenBefore reports whether one of takenWords stands right before the
// figure at i ("kidnapped at least 27 …").
func takenBefore(low []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := low[k]; {
		case takenWords[w]:
			return true
		case w == "at" || w == "least" || w == "about" || w == "some" || w == "more" || w == "than" || w == "nearly" || w == "around" || w == "almost":
		default:
			return false // "jailed for three years": not whom
		}
	}
	return false
}

var broughtWords = map[string]bool{"brought": true, "bringing": true, "bring": true, "brings": true}

// swapIn reports whether the sentence names a swap or an exchange.
func swapIn(low []string) bool {
	for _, w := range low {
		if w == "swap" || w == "exchange" {
			return true
		}
	}
	return false
}

// pairNouns name the two sides of a pair.
var pairNouns = syntax.PairNouns(false)

// compound reads a hyphenated number word: "twenty-five" → 25.
func compound(w string) float64 {
	a, b, ok := strings.Cut(w, "-")
	if !ok || units[a] < 20 || units[b] == 0 || units[b] >= 10 {
		return 0
	}
	return units[a] + units[b]
}

// pluralNoun guesses a plural noun by its ending, not an adjective
// ("previous", "various") or a verb form.
func pluralNoun(w string) bool {
	if len(w) <= 3 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "ous", "us", "is", "'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	switch w {
	case "was", "has", "does", "its", "this", "thus", "less", "perhaps", "always", "whereas", "besides", "towards", "afterwards":
		return false
	}
	return true
}

// modifiers reads "at least", "up to", "about" before the number and widens
// the span over them.
func modifiers(low []string, f *found) {
	i := f.i0
	two := func(a, b string) bool { return i >= 2 && low[i-2] == a && low[i-1] == b }
	three := func(a, b, c string) bool { return i >= 3 && low[i-3] == a && low[i-2] == b && low[i-1] == c }
	switch {
	case two("at", "least") || two("more", "than") || two("no", "fewer") || three("no", "fewer", "than") || two("no", "less"):
		f.bound = "min"
	case two("up", "to") || two("at", "most") || three("as", "many", "as") || two("fewer", "than") || two("less", "than"):
		f.bound = "max"
	case i >= 1 && (low[i-1] == "over"):
		f.bound = "min"
	case i >= 1 && (low[i-1] == "about" || low[i-1] == "around" || low[i-1] == "approximately" || low[i-1] == "roughly" ||
		low[i-1] == "some" || low[i-1] == "nearly" || low[i-1] == "almost" || low[i-1] == "estimated" || low[i-1] == "~"):
		f.approx = true
		f.i0 = i - 1
		if low[i-1] == "estimated" && i >= 2 && low[i-2] == "an" {
			f.i0 = i - 2
		}
		return
	default:
		return
	}
	switch {
	case three("no", "fewer", "than") || three("as", "many", "as"):
		f.i0 = i - 3
	case low[i-1] == "over":
		f.i0 = i - 1
	default:
		f.i0 = i - 2
	}
}

// casualty looks for a killing or wounding word near the figure: the verb
// just before it ("killing at least nine people") first, then after it
// ("12 people were killed"). after tells which.
func casualty(low []string, i0, i1 int) (kind string, after bool) {
	for k := i0 - 1; k >= 0 && k >= i0-3; k-- {
		if killedWords[low[k]] {
			return "killed", false
		}
		if injuredWords[low[k]] {
			return "injured", false
		}
		if low[k] == "and" && k == i0-1 {
			// "killed two civilians and three of its fighters": the
			// second of two counted objects of one verb
			counted := false // the verb comes before the first count, not after it ("12 were killed and 80 …")
			for m := k - 1; m >= 0 && m >= k-6; m-- {
				if killedWords[low[m]] && counted {
					return "killed", false
				}
				if injuredWords[low[m]] && counted {
					return "injured", false
				}
				if killedWords[low[m]] || injuredWords[low[m]] {
					break
				}
				counted = counted || isNumberWord(low[m])
				if low[m] == "," || low[m] == ";" || low[m] == "and" || low[m] == "." {
					break
				}
			}
		}
		if low[k] == "," || low[k] == ";" || low[k] == "and" {
			break
		}
	}
	from := skipAside(low, i1)
	for k := from; k < len(low) && k < from+5; k++ {
		if killedWords[low[k]] {
			return "killed", true
		}
		if injuredWords[low[k]] {
			return "injured", true
		}
		if low[k] == "," || low[k] == ";" || low[k] == "and" {
			break
		}
	}
	return "", false
}

// isNumberWord reports whether w is a count: digits or a number word.
func isNumberWord(w string) bool {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	_, ok := units[w]
	return ok
}

// skipAside returns the word after an aside that opens at i and closes
// with a comma within eight words (", including three children,"), or i:
// "Eleven people, including three children, were killed".
// An aside that names the group again ("two officers among them", "three
// of them children") needs no opener.
func skipAside(low []string, i int) int {
	if i+1 >= len(low) || low[i] != "," {
		return i
	}
	back := false // the aside refers back to the group
	for k := i + 1; k < len(low) && k < i+10; k++ {
		if low[k] == "," {
			if k > i+1 && (asideOpeners[low[i+1]] || back) {
				return k + 1
			}
			break
		}
		if low[k] == ";" || low[k] == "." {
			break
		}
		back = back || low[k] == "them"
	}
	return i
}

// asideOpeners open a comma aside after a counted group.
var asideOpeners = map[string]bool{"including": true, "among": true, "most": true, "many": true, "mostly": true,
	"some": true, "all": true, "both": true}

// rate reads "every week", "a day", "per month" after the figure.
func rate(low []string, from int) string {
	for k := from; k+1 < len(low) && k < from+5; k++ {
		if low[k] == "every" || low[k] == "per" || low[k] == "a" || low[k] == "each" {
			if p := periods[low[k+1]]; p != "" {
				return p
			}
		}
		if low[k] == "weekly" || low[k] == "daily" {
			return map[string]string{"weekly": "week", "daily": "day"}[low[k]]
		}
	}
	return ""
}

// extend widens a casualty figure over the verb after it ("5,000 soldiers
// are dying every week") or before it ("killed 12 people").
func extend(low []string, i0, i1 int) int {
	for k := i1; k < len(low) && k < i1+5; k++ {
		if killedWords[low[k]] || injuredWords[low[k]] {
			end := k + 1
			if k+2 < len(low) && (low[k+1] == "every" || low[k+1] == "each" || low[k+1] == "per") {
				end = k + 3
			}
			return end
		}
		if low[k] == "," {
			break
		}
	}
	return i1
}

func isCapitalised(doc *chronicle.Document, toks []chronicle.Token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	w := doc.Text[toks[i].ByteStart:toks[i].ByteEnd]
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// speaker is the quoted speaker when the figure stands inside a quote.
func speaker(doc *chronicle.Document, sp chronicle.Span) string {
	for _, q := range doc.Quotes {
		if q.Content.Contains(sp) {
			return q.SpeakerName
		}
	}
	return ""
}

// hasEvent reports whether an event's trigger lies in the sentence.
func hasEvent(doc *chronicle.Document, sentence chronicle.Span) bool {
	for _, e := range doc.Events {
		if sentence.Contains(e.Trigger) {
			return true
		}
	}
	return false
}

// attach links the claim to the event of its sentence nearest to it —
// a casualty figure to a violent event or a protest (its clashes' toll) —
// and fills the event's casualties.
// A toll belongs to the event told before it when there is one ("fire
// across the frontier, killing five civilians, … days after an attack
// that killed 26": the five are the fire's), else to the nearest after it
// ("Nine people were killed when …").
func attach(doc *chronicle.Document, c *chronicle.Claim, sentence chronicle.Span, cas string) {
	for _, q := range doc.Quotes {
		if q.Speaker != nil && q.Speaker.Contains(c.Span) {
			return // "two security sources said": who tells, not a figure of what happened
		}
	}
	best, bd := -1, 1<<30
	before, bb := -1, 1<<30
	// people freed go with a release, people held with an arrest or a
	// kidnapping, when the sentence tells one ("two drivers kidnapped in
	// January were freed on Thursday": the two were freed)
	fits := map[string][]string{"prisoners": {"RETREAT"}, "detained": {"COERCE", "ASSAULT"}}[c.Kind]
	fitting := false
	for _, e := range doc.Events {
		if sentence.Contains(e.Trigger) && slices.Contains(fits, e.Type) {
			fitting = true
		}
	}
	for k, e := range doc.Events {
		if !sentence.Contains(e.Trigger) || fitting && !slices.Contains(fits, e.Type) {
			continue
		}
		if cas != "" && e.Type != "ASSAULT" && e.Type != "FIGHT" && e.Type != "PROTEST" || e.Negated && c.Kind != "" {
			continue
		}
		d := c.Span.Start - e.Trigger.End
		if d >= 0 && d < bb {
			before, bb = k, d
		}
		if d < 0 {
			d = e.Trigger.Start - c.Span.End
		}
		if d < 0 {
			d = 0
		}
		if d < bd {
			best, bd = k, d
		}
	}
	if cas != "" && before >= 0 {
		best = before
	}
	if best < 0 {
		return
	}
	idx := best
	c.Event = &idx
	n := int(c.Quantity)
	switch cas {
	case "killed":
		if doc.Events[best].Fatalities == nil {
			doc.Events[best].Fatalities = &n
		}
	case "injured":
		if doc.Events[best].Injuries == nil {
			doc.Events[best].Injuries = &n
		}
	}
}
