package entity

import (
	"reflect"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

// indices turns space-separated IOB2 tags into label indices.
func indices(tags string) []int {
	var out []int
	for _, t := range strings.Fields(tags) {
		out = append(out, labelIndex(t))
	}
	return out
}

// iob turns label indices back into space-separated tags.
func iob(tags []int) string {
	out := make([]string, len(tags))
	for i, l := range tags {
		out[i] = labels[l]
	}
	return strings.Join(out, " ")
}

// testGazetteer knows a few places and country adjectives.
func testGazetteer() *Gazetteer {
	g := NewGazetteer()
	for _, w := range []string{"German", "Russian", "Syrian", "Damascus", "Lyon"} {
		g.add([]string{w}, gazCountrySyn)
	}
	g.add([]string{"Anna", "Petrova"}, gazPerson)
	return g
}

func TestOrgHeadRunsTypesNamesEndingInABodyNoun(t *testing.T) {
	for _, tc := range []struct {
		name, words, tags, want string
	}{
		{"a fund named with common words is one organisation, its adjective included",
			"the Nordic Green Energy Fund said", "O B-MISC O B-PER I-PER O", "O B-ORG I-ORG I-ORG I-ORG O"},
		{"a directorate the tagger called MISC becomes an organisation",
			"of the Main Intelligence Directorate ,", "O O B-MISC I-MISC I-MISC O", "O O B-ORG I-ORG I-ORG O"},
		{"a news outlet ending in News is an organisation",
			"speaking to Channel Nine News ,", "O O B-MISC I-MISC I-MISC O", "O O B-ORG I-ORG I-ORG O"},
		{"a country's adjective before a ministry stays apart",
			"the German Foreign Ministry said", "O B-MISC O O O", "O B-MISC B-ORG I-ORG O"},
		{"a head noun the tagger read as part of a place keeps the place",
			"settlers in the West Bank say", "O O O B-LOC I-LOC O", "O O O B-LOC I-LOC O"},
		{"a longer organisation the run cuts into stays whole",
			"the Bank of England raised", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"a lone head noun is left alone",
			"the Army said", "O O O", "O O O"},
		{"a sentence-opening word is not part of the name",
			"Yesterday Nordic Fund managers", "O B-MISC I-MISC O", "O B-ORG I-ORG O"},
		{"a word ending in -based describes and is not in the name",
			"the Oslo-based Nordic Fund", "O B-MISC B-ORG I-ORG", "O B-MISC B-ORG I-ORG"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tags := indices(tc.tags)
			orgHeadRuns(strings.Fields(tc.words), tags, testGazetteer())
			if got := iob(tags); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestMediaNamesTypesTheNameBeforeAnOutletNoun(t *testing.T) {
	for _, tc := range []struct {
		name, words, tags, want string
	}{
		{"a magazine's one-word name is an organisation",
			"told Fortune magazine that", "O B-MISC O O", "O B-ORG O O"},
		{"an untagged name before 'newspaper' becomes one",
			"the daily Kommersant newspaper reported", "O O O O O", "O O B-ORG O O"},
		{"a name before 'news agency' is an organisation",
			"the Interfax news agency said", "O B-PER O O O", "O B-ORG O O O"},
		{"a country's adjective before 'radio' stays MISC",
			"Syrian radio said", "B-MISC O O", "B-MISC O O"},
		{"a place before 'television' stays a place",
			"Damascus television said", "B-LOC O O", "B-LOC O O"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tags := indices(tc.tags)
			mediaNames(strings.Fields(tc.words), tags, testGazetteer())
			if got := iob(tags); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestDatelineSourceIsAnOrganisation(t *testing.T) {
	for _, tc := range []struct {
		name, words, tags, want string
	}{
		{"a source in parentheses after the place",
			"OSLO ( Nordic Wire ) . The", "B-LOC O B-MISC I-MISC O O O", "B-LOC O B-ORG I-ORG O O O"},
		{"a source after the place and the date",
			"OSLO , May 2 ( Reuters ) -", "B-LOC O O O O O O O", "B-LOC O O O O B-ORG O O"},
		{"parentheses later in an ordinary sentence are left alone",
			"Oslo said ( Nordic Wire ) .", "B-LOC O O B-MISC I-MISC O O", "B-LOC O O B-MISC I-MISC O O"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tags := indices(tc.tags)
			datelineSource(strings.Fields(tc.words), tags)
			if got := iob(tags); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// testLexicon is an actor dictionary of a few names.
type testLexicon map[string]chronicle.Actor

func (l testLexicon) Lookup(phrase string, _ chronicle.Date) (chronicle.Actor, bool) {
	a, ok := l[phrase]
	return a, ok
}

func (l testLexicon) Demonym(code string) string {
	return map[string]string{"NOR": "Norwegian", "RUS": "Russian", "FRA": "French"}[code]
}

func TestPlaceOrBodyFollowsTheActorDictionary(t *testing.T) {
	lex := testLexicon{
		"Storting":   {Name: "Storting", Code: "NORGOV"},
		"Svalbard":   {Name: "Norway", Code: "NOR"},
		"Lyon":       {Name: "France", Code: "FRA"},
		"Petrova":    {Name: "Anna Petrova", Code: "RUSGOV"},
		"Norwegians": {Name: "Norway", Code: "NOR"},
		"Reuters":    {Name: "Reuters", Code: "MED"},
	}
	for _, tc := range []struct {
		name, words, tags, want string
		sport                   bool
	}{
		{"a state body the tagger read as a place is an organisation",
			"described by the Storting as", "O O O B-LOC O", "O O O B-ORG O", false},
		{"a region the tagger read as an organisation is a place",
			"said Svalbard would remain", "O B-ORG O O", "O B-LOC O O", false},
		{"a city next to a score names a team",
			"Lyon 2 Nantes 1", "B-ORG O B-ORG O", "B-ORG O B-ORG O", false},
		{"a city in a sports report names a team",
			"Lyon beat Nantes", "B-ORG O B-ORG", "B-ORG O B-ORG", true},
		{"a person's surname keeps its type",
			"the Petrova government", "O B-LOC O", "O B-LOC O", false},
		{"a country's people keep their type",
			"Norwegians said", "B-ORG O", "B-ORG O", false},
		{"a news agency is not a country",
			"told Reuters on", "O B-ORG O", "O B-ORG O", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tags := indices(tc.tags)
			placeOrBody(strings.Fields(tc.words), tags, lex, testGazetteer(), chronicle.Date{}, tc.sport)
			if got := iob(tags); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestCountryNamesAndArmedGroupsTheTaggerSplitOrMissed(t *testing.T) {
	lex := testLexicon{
		"Democratic Republic of Congo": {Name: "Democratic Republic of the Congo", Code: "COD"},
		"Republic of Congo":            {Name: "Congo", Code: "COG"},
		"M23":                          {Name: "M23", Code: "CODREB"},
		"Reuters":                      {Name: "Reuters", Code: "MED"},
	}
	for _, tc := range []struct{ name, words, tags, want string }{
		{"a long country name split in two is one place",
			"GOMA , Democratic Republic of Congo ( Wire )", "B-LOC O B-MISC B-LOC I-LOC I-LOC O B-ORG O", "B-LOC O B-LOC I-LOC I-LOC I-LOC O B-ORG O"},
		{"the article that opens the sentence stays out",
			"The Democratic Republic of Congo accused", "O B-MISC B-LOC I-LOC I-LOC O", "O B-LOC I-LOC I-LOC I-LOC O"},
		{"a shorter country name is left alone",
			"the Republic of Congo said", "O B-LOC I-LOC I-LOC O", "O B-LOC I-LOC I-LOC O"},
		{"an armed group the tagger missed is an organisation",
			"M23 rebels shelled Uvira", "O O O B-LOC", "B-ORG O O B-LOC"},
		{"a name that is no armed group is left untagged",
			"Reuters reported", "O O", "O O"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPass(t, tc.words, tc.tags, tc.want, func(words []string, tags []int) {
				countryNames(words, tags, lex, chronicle.Date{})
				armedGroups(words, tags, lex, chronicle.Date{})
			})
		})
	}
}

func TestAPlaceDescribedAsOneIsAPlace(t *testing.T) {
	for _, tc := range []struct{ name, words, tags, want string }{
		{"an apposition names it a town",
			"bombarded Haradh , a town south of Hodeidah", "O B-PER O O O O O B-LOC", "O B-LOC O O O O O B-LOC"},
		{"an adjective may stand before the noun",
			"bombarded Haradh , a coastal town", "O B-PER O O O O", "O B-LOC O O O O"},
		{"the village of",
			"shelled the village of Lin Ta Lu", "O O O O B-PER I-PER I-PER", "O O O O B-LOC I-LOC I-LOC"},
		{"a person described otherwise stays a person",
			"met Amina Yusuf , a teacher from Kano", "O B-PER I-PER O O O O B-LOC", "O B-PER I-PER O O O O B-LOC"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPass(t, tc.words, tc.tags, tc.want, placeByNoun)
		})
	}
}

// checkPass runs a correction pass over words tagged tags and compares the
// result with want.
func checkPass(t *testing.T, words, tags, want string, pass func(words []string, tags []int)) {
	t.Helper()
	got := indices(tags)
	pass(strings.Fields(words), got)
	if g := iob(got); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

func TestSportsResultsNeedsScoresOrSportsWords(t *testing.T) {
	for _, tc := range []struct {
		name string
		doc  [][]string
		want bool
	}{
		{"two scores make a results report", [][]string{{"Lyon", "won", "2-0"}, {"Nantes", "drew", "1-1"}}, true},
		{"three sports words make a match report", [][]string{{"the", "club", "'s", "striker", "scored", "two", "goals"}}, true},
		{"a political story is not one", [][]string{{"Talks", "in", "Oslo", "ended", "on", "Friday"}, {"A", "vote", "went", "52-48"}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sportsResults(tc.doc); got != tc.want {
				t.Errorf("sportsResults = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSetSpanKeepsIOB2Valid(t *testing.T) {
	tags := indices("B-MISC I-MISC I-MISC O")
	setSpan(tags, 0, 2, "ORG")
	if want := indices("B-ORG I-ORG B-MISC O"); !reflect.DeepEqual(tags, want) {
		t.Errorf("got %s, want %s", iob(tags), iob(want))
	}
}
