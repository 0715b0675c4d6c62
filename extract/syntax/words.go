package syntax

import "strings"

// DetKind is a class of determiner. The table below is the one determiner
// list of extract/: stages that read raw words (before or beside the tree)
// take the kinds they need from it instead of keeping lists of their own.
type DetKind uint8

const (
	// DetArticle: the, a, an.
	DetArticle DetKind = 1 << iota
	// DetDemonstrative: this, these, those.
	DetDemonstrative
	// DetThat: "that", a demonstrative that is also a complementizer and a
	// relative pronoun, so readers of raw words ask for it on its own.
	DetThat
	// DetPossessive: my, your, his, her, its, our, their.
	DetPossessive
	// DetQuantifier: some, any, no, every, each, all, both, many, several,
	// few, most, other, another.
	DetQuantifier
	// DetNumeral: the cardinal words one to ten.
	DetNumeral

	// DetAny is every kind.
	DetAny = DetArticle | DetDemonstrative | DetThat | DetPossessive | DetQuantifier | DetNumeral
)

var determinerKinds = map[string]DetKind{
	"the": DetArticle, "a": DetArticle, "an": DetArticle,
	"this": DetDemonstrative, "these": DetDemonstrative, "those": DetDemonstrative,
	"that": DetThat,
	"my":   DetPossessive, "your": DetPossessive, "his": DetPossessive, "her": DetPossessive,
	"its": DetPossessive, "our": DetPossessive, "their": DetPossessive,
	"some": DetQuantifier, "any": DetQuantifier, "no": DetQuantifier, "every": DetQuantifier,
	"each": DetQuantifier, "all": DetQuantifier, "both": DetQuantifier, "many": DetQuantifier,
	"several": DetQuantifier, "few": DetQuantifier, "most": DetQuantifier, "other": DetQuantifier,
	"another": DetQuantifier,
	"one":     DetNumeral, "two": DetNumeral, "three": DetNumeral, "four": DetNumeral, "five": DetNumeral,
	"six": DetNumeral, "seven": DetNumeral, "eight": DetNumeral, "nine": DetNumeral, "ten": DetNumeral,
}

// Determiner returns the kind of determiner word w is (in any case), or 0.
func Determiner(w string) DetKind {
	if k, ok := determinerKinds[w]; ok {
		return k
	}
	return determinerKinds[strings.ToLower(w)]
}

// IsDeterminer reports whether w is a determiner of one of the kinds.
func IsDeterminer(w string, kinds DetKind) bool { return Determiner(w)&kinds != 0 }

// Determiners returns the set of determiners of the kinds, with the words
// also given (a stage's own neighbours of determiners, "new", "further"),
// in lower case or, with upper, in upper case: for stages that index words
// by a set.
func Determiners(kinds DetKind, upper bool, also ...string) map[string]bool {
	m := map[string]bool{}
	for w, k := range determinerKinds {
		if k&kinds != 0 {
			also = append(also, w)
		}
	}
	for _, w := range also {
		if upper {
			w = strings.ToUpper(w)
		}
		m[w] = true
	}
	return m
}

// aspectual are the verbs that begin, go on with or resume the act their
// gerund names ("began deploying", "will keep striking", "resumed
// shelling"): the gerund is the act, not the aspectual verb.
var aspectual = map[string]bool{"keep": true, "keeps": true, "kept": true, "keeping": true, "continue": true,
	"continues": true, "continued": true, "began": true, "begin": true, "begins": true, "started": true,
	"start": true, "starts": true, "resumed": true, "resume": true, "resumes": true}

// Aspectual reports whether w (in any case) is an aspectual verb.
func Aspectual(w string) bool { return aspectual[w] || aspectual[strings.ToLower(w)] }

// settlements are the nouns that say a name is a settlement or an area
// ("Haradh, a town south of Hodeidah", "the village of Lin Ta Lu", "the
// southern Lebanese town of Nabatieh").
var settlements = []string{"town", "city", "village", "district", "province", "port", "suburb", "camp", "county",
	"region", "hamlet", "municipality", "neighbourhood", "neighborhood", "enclave", "area"}

// Settlements returns the settlement nouns as a set, in lower case or,
// with upper, in upper case, with the words also given.
func Settlements(upper bool, also ...string) map[string]bool {
	return wordSet(settlements, upper, also)
}

// facilities are the nouns of sites and structures an attack strikes or a
// force takes, beside the settlements: "attacked a military base", "a
// drone struck the city's airport".
var facilities = []string{"base", "bases", "post", "posts", "positions", "position", "airport", "airfield",
	"checkpoint", "checkpoints", "convoy", "barracks", "outpost", "depot", "towns", "villages", "cities", "camps",
	"station", "ship", "vessel", "tanker", "market", "hospital", "school", "refinery", "pipeline", "bridge",
	"building", "buildings", "compound", "embassy", "palace", "headquarters", "prison", "jail", "residence"}

// Facilities returns the settlement and facility nouns as a set, in lower
// case or, with upper, in upper case, with the words also given.
func Facilities(upper bool, also ...string) map[string]bool {
	return wordSet(settlements, upper, append(also, facilities...))
}

// weapons are the nouns of munitions and fire: what is fired, dropped or
// launched ("shells hit the camp", "fired tear gas at protesters").
var weapons = []string{"fire", "gunfire", "shellfire", "shell", "shells", "missile", "missiles", "drone", "drones",
	"rocket", "rockets", "bomb", "bombs", "mortar", "mortars", "artillery", "munitions", "grenade", "grenades",
	"mine", "mines", "round", "rounds", "projectile", "projectiles", "bullet", "bullets"}

// Weapons returns the weapon nouns as a set, in lower case or, with upper,
// in upper case, with the words also given.
func Weapons(upper bool, also ...string) map[string]bool { return wordSet(weapons, upper, also) }

// pairNouns name the two sides of a pair the story named before: "the two
// sides", "both countries", "the two leaders".
var pairNouns = []string{"sides", "countries", "governments", "nations", "leaders", "presidents", "delegations",
	"neighbours", "neighbors", "states", "armies", "parties"}

// PairNouns returns the pair nouns as a set, in lower case or, with upper,
// in upper case.
func PairNouns(upper bool) map[string]bool { return wordSet(pairNouns, upper, nil) }

// wordSet is words and also as a set, in upper case when upper.
func wordSet(words []string, upper bool, also []string) map[string]bool {
	m := make(map[string]bool, len(words)+len(also))
	for _, w := range append(also, words...) {
		if upper {
			w = strings.ToUpper(w)
		}
		m[w] = true
	}
	return m
}
