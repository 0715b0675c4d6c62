package story

import (
	"math"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// MergeRule is the merge decision: when a report's event joins a merged
// event. An event joins the candidate it scores best against when the score
// reaches Score and nothing rules the merge out:
//   - type: the same type, or a compatible one (Families: FIGHT/ASSAULT for
//     an attack, PROTEST/COERCE/ASSAULT for a protest and its policing,
//     CONSULT/AGREE/COOPERATE for talks and their outcome, RETREAT/CONCEDE
//     for releases and exchanges) at TypePenalty; any other type rules it out,
//     and so does an ASSAULT beside a protest or an arrest unless state
//     forces committed it (the policing, not a bombing where people rally);
//   - date: both dated and at most the window (Options.Window days) apart,
//     else no merge; up to +Date the closer they are;
//   - actors: each of source and target scores +Actor for the same actor
//     (either way round for talks, exchanges and fighting, where each
//     side's report names the other first),
//     3/4×Actor for a state named once by its country or government and
//     once by its army ("Thailand fired", "Thai troops fired"), +Actor/2
//     for the same country otherwise or for an international armed
//     movement and a country's rebels or armed men ("fighters linked to the
//     Islamic State", "Islamist insurgents" in Mozambique), 0 when one
//     report does not name it (one outlet names the attacker, another does
//     not), and rules the merge out for another country;
//   - place: +Place for the same place ("Odesa" and "the port of Odesa"
//     agree; "Suarez, Cauca", a place the event stage put in a wider one,
//     and "Suarez"), nothing for a place and one put in it ("Cauca" and
//     "Suarez, Cauca") or a place and an area ("Saravena" and "Arauca
//     province"), -2×Place for another one (two strikes on two cities the same
//     day are two events) unless one is only the place the article opens
//     with, its dateline (Cluster.WeakPlace), or one is a country and the
//     other a place in it as the new report's article names them ("western
//     Niger", "Niger's Tillaberi region"), which neither agree nor
//     disagree;
//   - reports two or more days apart merge only with both actors the same
//     or with shared wording (≥ BareTopic), and never when the new report
//     names its day (Cluster.DayNamed): two named days two apart are two
//     happenings, and a named day one apart is the same only at the same
//     place;
//   - talks (the TALKS family) on different days merge only at the same
//     place or with shared wording (≥ BareTopic): the same two governments
//     meet often;
//   - wording: Topic × the topic similarity of the reports. Statements
//     (support, criticism, accusations, demands, refusals, threats) merge
//     only with shared wording (≥ StatementTopic): one government's two
//     officials the same day in one city ("the minister defended the
//     police", "the prime minister apologised") are two statements.
//
// Without a date on either side the reports must share their wording
// (topic similarity ≥ UndatedTopic); without an agreeing actor or place, too
// (≥ BareTopic). With the defaults (DefaultMergeRule), the same place with a
// compatible type a day apart is enough (1.25 - 0.25 + 0.375 ≥ 1.25), as is
// the same country on both sides the same day (0.5 + 0.5 + 0.5); one side's
// country alone is not (1.0) without shared wording; a follow-up weeks later
// falls outside the window.
type MergeRule struct {
	Score, TypePenalty, Date, Actor, Place, Topic float64
	UndatedTopic, BareTopic, StatementTopic       float64
}

// DefaultMergeRule is the rule a Linker uses when Options.Merge is zero.
var DefaultMergeRule = MergeRule{Score: 1.25, TypePenalty: 0.25, Date: 0.5, Actor: 1, Place: 1.25, Topic: 3,
	UndatedTopic: 0.3, BareTopic: 0.3, StatementTopic: 0.3}

// Score scores how well event e fits merged event c under the default rule,
// and whether it may join at all. window is the largest gap in days between
// their dates.
func Score(e, c Cluster, window int) (float64, bool) {
	return DefaultMergeRule.Fit(e, c, window)
}

// Fit scores how well event e fits merged event c under r, and whether it
// may join at all.
func (r MergeRule) Fit(e, c Cluster, window int) (float64, bool) {
	score := 0.0
	if e.Type != c.Type {
		if !compatibleTypes(e.Type, c.Type) || !policingFits(e, c) {
			return 0, false
		}
		score -= r.TypePenalty
	}
	topic := Similarity(e.Topic, c.Topic)
	dated := !e.Date.IsZero() && !c.Date.IsZero()
	if dated {
		d := math.Abs(e.Date.Sub(c.Date.Time).Hours() / 24)
		if d > float64(window) {
			return 0, false
		}
		score += r.Date * (1 - d/float64(window+1))
	} else if topic < r.UndatedTopic {
		return 0, false
	}
	agree := false
	days := 0.0
	if dated {
		days = math.Abs(e.Date.Sub(c.Date.Time).Hours() / 24)
	}
	as, ok := pairScore(e.Source, e.Target, c.Source, c.Target)
	if !ok && (symmetric[family(e.Type)] && symmetric[family(c.Type)] || e.Type == "FIGHT" && c.Type == "FIGHT" ||
		e.Type == "PROTEST" && policing(c.Type) || c.Type == "PROTEST" && policing(e.Type)) {
		// talks and exchanges have two sides, each report naming
		// either first ("Russia and Ukraine exchanged", "Ukraine said
		// its soldiers returned in an exchange with Russia"); so has
		// fighting, each side naming the other as the one that fired;
		// and a riot and its policing, "protesters clashed with police"
		// against police who fought the protesters
		as, ok = pairScore(e.Source, e.Target, c.Target, c.Source)
	}
	contested := false
	if !ok && compatibleIn("VIOLENCE", e.Type, c.Type) && contestedTarget(e, c) {
		// one attacker, and its target told by each side in its own
		// words: "struck PKK targets" by the attacker, "hit villages …
		// wounding two civilians" by the place's officials. Only where
		// both reports name one place, or one inside the other.
		as, ok, contested = 1, true, true
	}
	if !ok {
		return 0, false
	}
	score += as * r.Actor
	agree = as > 0
	// a place that cannot speak against another: a dateline's, or a
	// country's beside a place in it
	coarse := e.WeakPlace || c.WeakPlace || countryAndPart(e, c.Location)
	if e.Location != "" && c.Location != "" {
		if samePlace(e.Location, c.Location) {
			score += r.Place
			agree = true
		} else if !coarse && !placeInside(e.Location, c.Location) && !areaAndPlace(e.Location, c.Location) {
			score -= 2 * r.Place
		}
	}
	if contested && (e.Location == "" || c.Location == "" || !samePlace(e.Location, c.Location) && !placeInside(e.Location, c.Location)) {
		return 0, false
	}
	if !agree && topic < r.BareTopic {
		return 0, false
	}
	if e.DayNamed && days >= 2 {
		// a report that names its day two or more days from the merged
		// event's is of another happening ("detained 12 lawyers on
		// Friday" beside journalists detained on Tuesday in one city):
		// the window is for days inferred or told loosely
		return 0, false
	}
	samePlaceKnown := e.Location != "" && c.Location != "" && samePlace(e.Location, c.Location)
	if e.DayNamed && days >= 1 && e.Location != "" && c.Location != "" && !samePlaceKnown && !coarse {
		// a named day after the merged event's, at a place that is not
		// its own: "hit an energy facility in the town of Vilniansk in
		// the Zaporizhzhia region on Sunday" is not Saturday's bombing
		// of Zaporizhzhia (a country named for a place in it is too
		// coarse to tell)
		return 0, false
	}
	if days >= 2 && as < 2 && topic < r.BareTopic {
		// two or more days apart, a report is the same happening only
		// with both its actors or in words the reports share: the same
		// province sees another clash of the same sides three days on
		return 0, false
	}
	if family(e.Type) == "TALKS" && family(c.Type) == "TALKS" && days >= 1 && !samePlaceKnown && topic < r.BareTopic {
		// the same two sides meet often: talks on another day are the
		// same talks only where both reports place them, or in words
		// they share
		return 0, false
	}
	if statementTypes[e.Type] && statementTypes[c.Type] && topic < r.StatementTopic {
		return 0, false
	}
	score += r.Topic * topic
	return score, score >= r.Score
}

// countryAndPart reports whether, as the report e's article names them,
// one of e's place and other is a country and the other a place in it or
// one the article does not place ("in western Niger", "in Niger's
// Tillaberi region"): a report that names only the country neither agrees
// nor disagrees with one that names the region.
func countryAndPart(e Cluster, other string) bool {
	a, aok := e.countries[strings.ToLower(e.Location)]
	b, bok := e.countries[strings.ToLower(other)]
	switch {
	case aok && a.itself && !(bok && (b.itself || b.code != a.code)):
		return true
	case bok && b.itself && !(aok && (a.itself || a.code != b.code)):
		return true
	}
	return false
}

// contestedTarget reports whether e and c have one attacker (the same
// coded source) and targets of two countries of which one is civilians and
// the other armed: the attacker's "militants" and the victims' "civilians"
// of one strike.
func contestedTarget(e, c Cluster) bool {
	if e.Source == nil || c.Source == nil || e.Source.Code == "" || e.Source.Code != c.Source.Code ||
		e.Target == nil || c.Target == nil || len(e.Target.Code) < 6 || len(c.Target.Code) < 6 {
		return false
	}
	a, b := e.Target.Code[3:6], c.Target.Code[3:6]
	return a == "CVL" && armedSectors[b] || b == "CVL" && armedSectors[a]
}

// armedSectors are the sectors of armed actors an attacker names as its
// target.
var armedSectors = map[string]bool{"MIL": true, "REB": true, "INS": true, "UAF": true}

// policingFits reports whether an ASSAULT may join a protest or an arrest
// (the UNREST family) as its policing: only when state forces commit it. A
// bombing in the city where police officers rally the next day is another
// happening.
func policingFits(e, c Cluster) bool {
	a, other := e, c
	if c.Type == "ASSAULT" {
		a, other = c, e
	}
	if a.Type != "ASSAULT" || compatibleIn("VIOLENCE", a.Type, other.Type) {
		return true
	}
	return a.Source != nil && len(a.Source.Code) >= 6 && stateForces[a.Source.Code[3:6]]
}

// stateForces are the sectors whose violence against protesters is policing.
var stateForces = map[string]bool{"COP": true, "MIL": true, "GOV": true, "SPY": true, "JUD": true}

// compatibleIn reports whether family f holds both types.
func compatibleIn(f, a, b string) bool {
	return slices.Contains(Families[f], a) && slices.Contains(Families[f], b)
}

// statementTypes are what someone says rather than does.
var statementTypes = map[string]bool{"SUPPORT": true, "DISAPPROVE": true, "ACCUSE": true, "DEMAND": true,
	"REJECT": true, "THREATEN": true, "APPEAL": true, "REQUEST": true}

// symmetric are the families whose events have two sides rather than an
// actor and a target.
var symmetric = map[string]bool{"TALKS": true, "RELEASE": true}

// pairScore scores source against source and target against target.
func pairScore(es, et, cs, ct *chronicle.Actor) (float64, bool) {
	a, ok := actorScore(es, cs)
	if !ok {
		return 0, false
	}
	b, ok := actorScore(et, ct)
	if !ok {
		return 0, false
	}
	return a + b, true
}

// Families are the groups of event types outlets code one happening as. A
// type may be in more than one family: ASSAULT is an attack (beside FIGHT)
// and the violent policing of a protest (beside PROTEST and COERCE).
var Families = map[string][]string{
	"VIOLENCE": {"FIGHT", "ASSAULT"},
	"UNREST":   {"PROTEST", "COERCE", "ASSAULT"},
	"TALKS":    {"CONSULT", "AGREE", "COOPERATE"},
	"RELEASE":  {"RETREAT", "CONCEDE"},
}

// families lists the families of type t, or t itself when it is in none.
func families(t string) []string {
	var out []string
	for _, f := range familyOrder {
		for _, x := range Families[f] {
			if x == t {
				out = append(out, f)
			}
		}
	}
	if len(out) == 0 {
		out = []string{t}
	}
	return out
}

var familyOrder = []string{"RELEASE", "TALKS", "UNREST", "VIOLENCE"}

// family is the first family of t (the one its index keys were named by
// before types had several).
func family(t string) string {
	fs := families(t)
	if len(fs) > 1 && fs[len(fs)-1] == "VIOLENCE" {
		return "VIOLENCE"
	}
	return fs[0]
}

// compatibleTypes reports whether two types can be one happening's.
func compatibleTypes(a, b string) bool {
	if a == b {
		return true
	}
	for _, f := range families(a) {
		for _, g := range families(b) {
			if f == g {
				return true
			}
		}
	}
	return false
}

// samePlace reports whether two place names name one place: equal once
// lower-cased and stripped of "the", "port of", "city of" and the like, or
// one holding the other as whole words ("Odesa", "Odesa port"; the parts of
// a hyphened name are words: "Chushul-Moldo" holds "Chushul").
func samePlace(a, b string) bool {
	an, _ := splitContainer(a)
	bn, _ := splitContainer(b)
	return holds(an, bn)
}

// placeInside reports whether one place is named as in the other: the
// container a report gives one ("Vilniansk, Zaporizhzhia") holds the
// other's name ("Zaporizhzhia"). Such reports neither agree nor disagree:
// the city and the region of one name, or a town and its province, are
// not one place.
func placeInside(a, b string) bool {
	an, ac := splitContainer(a)
	bn, bc := splitContainer(b)
	return ac != "" && holds(ac, bn) || bc != "" && holds(bc, an)
}

// areaAndPlace reports whether one of two places is an area the event
// stage named with its area noun ("Arauca province", "the Amhara region")
// and the other a place that is not: the town may lie in the province,
// which no gazetteer here tells, so they neither agree nor disagree.
func areaAndPlace(a, b string) bool {
	return isArea(a) != isArea(b)
}

// isArea reports whether a place name ends in an area noun.
func isArea(s string) bool {
	name, _ := splitContainer(s)
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 1 && chronicle.AreaNoun(f[len(f)-1])
}

// splitContainer splits "Suarez, Cauca" into the place and the wider one
// the event stage put it in.
func splitContainer(s string) (name, container string) {
	if i := strings.Index(s, ", "); i >= 0 {
		return s[:i], s[i+2:]
	}
	return s, ""
}

// holds reports whether two place names hold one another as whole words.
func holds(a, b string) bool {
	na, nb := placeWords(a), placeWords(b)
	if len(na) == 0 || len(nb) == 0 {
		return strings.EqualFold(a, b)
	}
	if len(na) > len(nb) {
		na, nb = nb, na
	}
	for i := 0; i+len(na) <= len(nb); i++ {
		match := true
		for k := range na {
			if na[k] != nb[i+k] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

var placeFiller = map[string]bool{"the": true, "of": true, "port": true, "city": true, "town": true, "village": true,
	"region": true, "province": true, "state": true, "district": true, "southern": true, "northern": true,
	"eastern": true, "western": true, "central": true, "capital": true}

func placeWords(s string) []string {
	var out []string
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
	for i, w := range words {
		if placeFiller[w] || i > 0 && (w == "islands" || w == "isles") {
			continue // ("the Paracel Islands" are "the Paracels")
		}
		if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1] // "Paracels", "Spratlys": a group of islands by its plural
		}
		out = append(out, w)
	}
	return out
}

// actorScore compares two actors in the same role: 1 for the same actor, 0.5
// for the same country, 0 when either is unknown; ok is false when they are
// of different countries.
func actorScore(a, b *chronicle.Actor) (float64, bool) {
	if a == nil || b == nil {
		return 0, true
	}
	if a.Code != "" && a.Code == b.Code || a.Name != "" && strings.EqualFold(a.Name, b.Name) {
		return 1, true
	}
	ca, cb := country(a), country(b)
	if ca == "" || cb == "" {
		return 0, true
	}
	if transnational(a) && localArmed(b) || transnational(b) && localArmed(a) {
		// "fighters linked to the Islamic State" (the international
		// group) and "Islamist insurgents" of Mozambique: one outlet
		// names the movement, another its local fighters
		return 0.5, true
	}
	if ca == cb && stateBody(a) && stateBody(b) {
		// "Thailand" and "Thai troops": a state and its army are one
		// side, named by one outlet by its country, by another by its
		// force
		return 0.75, true
	}
	if ca == cb {
		return 0.5, true
	}
	return 0, false
}

// transnational reports whether a is an international armed movement
// (Phoenix's IMG codes: the Islamic State, al-Qaeda), whose branches other
// outlets code by the country they fight in.
func transnational(a *chronicle.Actor) bool {
	return strings.HasPrefix(strings.ToUpper(a.Code), "IMG")
}

// localArmed reports whether a is a country's non-state armed men: rebels,
// insurgents or unidentified armed men.
func localArmed(a *chronicle.Actor) bool {
	if len(a.Code) < 6 {
		return false
	}
	switch strings.ToUpper(a.Code[3:6]) {
	case "REB", "UAF", "INS":
		return true
	}
	return false
}

// stateBody reports whether a is a state as such, its government or its
// military.
func stateBody(a *chronicle.Actor) bool {
	return len(a.Code) == 3 || len(a.Code) == 6 && (strings.HasSuffix(strings.ToUpper(a.Code), "GOV") || strings.HasSuffix(strings.ToUpper(a.Code), "MIL"))
}

// Best returns the candidate that e fits best, and its score, or nil when it
// fits none. Ties go to the candidate with the smaller id, so that the choice
// does not depend on the order candidates come in.
func Best(e Cluster, cands []Cluster, window int) (*Cluster, float64) {
	return DefaultMergeRule.Best(e, cands, window)
}

// Best is Best under rule r.
func (r MergeRule) Best(e Cluster, cands []Cluster, window int) (*Cluster, float64) {
	var best *Cluster
	bestScore := 0.0
	for i := range cands {
		s, ok := r.Fit(e, cands[i], window)
		if !ok {
			continue
		}
		if best == nil || s > bestScore || s == bestScore && cands[i].ID < best.ID {
			best, bestScore = &cands[i], s
		}
	}
	return best, bestScore
}
