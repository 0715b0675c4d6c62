package story

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

func TestMergeRuleSurvivesWording(t *testing.T) {
	rus := &chronicle.Actor{Name: "Russian forces", Code: "RUSMIL"}
	ken := &chronicle.Actor{Name: "Kenyan police", Code: "KENCOP"}
	per := &chronicle.Actor{Name: "Peruvian government", Code: "PERGOV"}
	turMIL, turREB, irqCVL := &chronicle.Actor{Code: "TURMIL"}, &chronicle.Actor{Code: "TURREB"}, &chronicle.Actor{Code: "IRQCVL"}
	tests := []struct {
		name string
		e, c Cluster
		want bool
	}{
		{"FIGHT and ASSAULT at one place the same day, one naming the attacker",
			Cluster{Type: "ASSAULT", Date: day("2026-03-12"), Location: "the port of Odesa"},
			Cluster{Type: "FIGHT", Date: day("2026-03-12"), Source: rus, Location: "Odesa"}, true},
		{"a report a day later of Thursday's strike",
			Cluster{Type: "FIGHT", Date: day("2026-03-12"), Location: "Odesa"},
			Cluster{Type: "FIGHT", Date: day("2026-03-13"), Location: "Odesa"}, true},
		{"a protest and its policing",
			Cluster{Type: "PROTEST", Date: day("2026-04-15"), Location: "Nairobi"},
			Cluster{Type: "COERCE", Date: day("2026-04-15"), Source: ken, Location: "Nairobi"}, true},
		{"talks and their outcome",
			Cluster{Type: "AGREE", Date: day("2026-05-18"), Location: "Doha"},
			Cluster{Type: "CONSULT", Date: day("2026-05-18"), Location: "Doha"}, true},
		{"a follow-up weeks later at the same place",
			Cluster{Type: "CONSULT", Date: day("2026-06-22"), Location: "Doha"},
			Cluster{Type: "CONSULT", Date: day("2026-05-18"), Location: "Doha"}, false},
		{"a country and a region in it, as the new report's article names them, neither agree nor disagree",
			Cluster{Type: "FIGHT", Date: day("2026-03-12"), Target: &chronicle.Actor{Code: "NERMIL"}, Location: "Niger",
				countries: map[string]placeCountry{"niger": {"NER", true}, "tillaberi": {"NER", false}}},
			Cluster{Type: "ASSAULT", Date: day("2026-03-12"), Target: &chronicle.Actor{Code: "NERMIL"}, Location: "Tillaberi"}, true},
		{"an international armed movement and a country's insurgents may be one attacker",
			Cluster{Type: "ASSAULT", Date: day("2026-05-03"), Source: &chronicle.Actor{Code: "IMGMUSISI"}, Target: &chronicle.Actor{Code: "MOZCVL"}, Location: "Mocimboa da Praia"},
			Cluster{Type: "ASSAULT", Date: day("2026-05-03"), Source: &chronicle.Actor{Code: "MOZREB"}, Target: &chronicle.Actor{Code: "MOZCVL"}, Location: "Mocimboa da Praia"}, true},
		{"a country and a place of another country disagree",
			Cluster{Type: "FIGHT", Date: day("2026-03-12"), Target: &chronicle.Actor{Code: "NERMIL"}, Location: "Niger",
				countries: map[string]placeCountry{"niger": {"NER", true}, "gao": {"MLI", false}}},
			Cluster{Type: "ASSAULT", Date: day("2026-03-12"), Target: &chronicle.Actor{Code: "NERMIL"}, Location: "Gao"}, false},
		{"a report that names its day two days from the merged event's is another happening",
			Cluster{Type: "COERCE", Date: day("2026-03-20"), Source: &chronicle.Actor{Code: "TURCOP"}, Location: "Istanbul", DayNamed: true},
			Cluster{Type: "COERCE", Date: day("2026-03-17"), Source: &chronicle.Actor{Code: "TURCOP"}, Target: &chronicle.Actor{Code: "TURCVL"}, Location: "Istanbul",
				Topic: TopicSignature("police detained journalists in istanbul over protests")}, false},
		{"two cities the same day",
			Cluster{Type: "FIGHT", Date: day("2026-03-12"), Source: rus, Location: "Kharkiv"},
			Cluster{Type: "FIGHT", Date: day("2026-03-12"), Source: rus, Location: "Odesa"}, false},
		{"the same two sides meeting a day later somewhere unnamed",
			Cluster{Type: "CONSULT", Date: day("2026-07-28"), Source: &chronicle.Actor{Code: "THAMIL"}, Target: &chronicle.Actor{Code: "KHMMIL"}},
			Cluster{Type: "AGREE", Date: day("2026-07-27"), Source: &chronicle.Actor{Code: "THAGOV"}, Target: &chronicle.Actor{Code: "KHMGOV"}, Location: "Kuala Lumpur"}, false},
		{"the same talks reported a day later at their place",
			Cluster{Type: "CONSULT", Date: day("2026-07-28"), Source: &chronicle.Actor{Code: "THAGOV"}, Location: "Kuala Lumpur"},
			Cluster{Type: "AGREE", Date: day("2026-07-27"), Source: &chronicle.Actor{Code: "THAGOV"}, Target: &chronicle.Actor{Code: "KHMGOV"}, Location: "Kuala Lumpur"}, true},
		{"a state named by its country in one report, by its army in another, the same day, no place in either",
			Cluster{Type: "FIGHT", Date: day("2026-09-09"), Source: &chronicle.Actor{Code: "TJKGOV"}},
			Cluster{Type: "FIGHT", Date: day("2026-09-09"), Source: &chronicle.Actor{Code: "TJKMIL"}, Target: &chronicle.Actor{Code: "KGZMIL"}}, true},
		{"fighting told by each side as the other's firing",
			Cluster{Type: "FIGHT", Date: day("2026-05-06"), Source: &chronicle.Actor{Code: "INDMIL"}, Target: &chronicle.Actor{Code: "PAKMIL"}, Location: "Kupwara"},
			Cluster{Type: "FIGHT", Date: day("2026-05-06"), Source: &chronicle.Actor{Code: "PAKMIL"}, Target: &chronicle.Actor{Code: "INDMIL"}, Location: "Kupwara"}, true},
		{"a riot told by the protesters' side and its policing told by the police's",
			Cluster{Type: "PROTEST", Date: day("2026-06-08"), Source: &chronicle.Actor{Code: "SRBCVL"}, Target: &chronicle.Actor{Code: "KSVCOP"}, Location: "Zvecan"},
			Cluster{Type: "ASSAULT", Date: day("2026-06-08"), Source: &chronicle.Actor{Code: "KSVCOP"}, Location: "Zvecan"}, true},
		{"one attacker's strike, its target told as militants by the attacker and as civilians by the victims",
			Cluster{Type: "FIGHT", Date: day("2026-07-17"), Source: turMIL, Target: irqCVL, Location: "Amadiya, Duhok"},
			Cluster{Type: "FIGHT", Date: day("2026-07-17"), Source: turMIL, Target: turREB, Location: "Duhok province"}, true},
		{"the same attacker striking militants and civilians in two places",
			Cluster{Type: "FIGHT", Date: day("2026-07-17"), Source: turMIL, Target: irqCVL, Location: "Sulaymaniyah"},
			Cluster{Type: "FIGHT", Date: day("2026-07-17"), Source: turMIL, Target: turREB, Location: "Duhok province"}, false},
		{"two attackers, one striking militants and the other civilians",
			Cluster{Type: "FIGHT", Date: day("2026-07-17"), Source: &chronicle.Actor{Code: "IRNMIL"}, Target: irqCVL, Location: "Duhok"},
			Cluster{Type: "FIGHT", Date: day("2026-07-17"), Source: turMIL, Target: turREB, Location: "Duhok"}, false},
		{"a one-sided attack is not the other side's",
			Cluster{Type: "ASSAULT", Date: day("2026-05-06"), Source: &chronicle.Actor{Code: "INDMIL"}, Target: &chronicle.Actor{Code: "PAKCVL"}, Location: "Kupwara"},
			Cluster{Type: "ASSAULT", Date: day("2026-05-06"), Source: &chronicle.Actor{Code: "PAKMIL"}, Target: &chronicle.Actor{Code: "INDCVL"}, Location: "Kupwara"}, false},
		{"a strike and talks",
			Cluster{Type: "FIGHT", Date: day("2026-03-12"), Location: "Odesa"},
			Cluster{Type: "CONSULT", Date: day("2026-03-12"), Location: "Odesa"}, false},
		{"two officials' statements the same day in one city, in other words",
			Cluster{Type: "SUPPORT", Date: day("2026-10-17"), Source: per, Location: "Lima",
				Topic: TopicSignature("The interior minister defended the police response to the march on Congress")},
			Cluster{Type: "SUPPORT", Date: day("2026-10-17"), Source: per, Location: "Lima",
				Topic: TopicSignature("The prime minister apologised for the death of a young protester")}, false},
		{"one statement reported twice",
			Cluster{Type: "SUPPORT", Date: day("2026-10-17"), Source: per, Location: "Lima",
				Topic: TopicSignature("The interior minister defended the police response to the march on Congress")},
			Cluster{Type: "SUPPORT", Date: day("2026-10-17"), Source: per, Location: "Lima",
				Topic: TopicSignature("Interior minister defended the police response to Thursday's march on Congress")}, true},
	}
	for _, tc := range tests {
		tc.e.Keys, tc.c.Keys = Keys(tc.e), Keys(tc.c)
		shared := false
		for _, k := range tc.e.Keys {
			shared = shared || contains(tc.c.Keys, k)
		}
		_, ok := Score(tc.e, tc.c, 3)
		if ok != tc.want || tc.want && !shared {
			t.Errorf("%s: merge = %v (keys shared %v), want %v; keys %v / %v", tc.name, ok, shared, tc.want, tc.e.Keys, tc.c.Keys)
		}
	}
}

func TestMergeRuleIsConfigurable(t *testing.T) {
	e := Cluster{Type: "FIGHT", Date: day("2026-03-12"), Location: "Odesa"}
	c := Cluster{Type: "FIGHT", Date: day("2026-03-12"), Location: "Odesa"}
	strict := DefaultMergeRule
	strict.Score = 5
	if _, ok := strict.Fit(e, c, 3); ok {
		t.Error("a merge score of 5 still merged on place and day alone")
	}
	if _, ok := DefaultMergeRule.Fit(e, c, 3); !ok {
		t.Error("the default rule did not merge on place and day")
	}
}

// A place is its country itself when its name begins like the country
// actor it resolved to; a city resolved to its country is a place in it.
func TestPlaceCountries(t *testing.T) {
	text := "Russia struck Kyiv; Niger's Tillaberi region; talks in Bridgetown."
	doc := chronicle.NewDocument("d", text)
	ent := func(word, name, code string) chronicle.Entity {
		i := strings.Index(text, word)
		return chronicle.Entity{Span: chronicle.Span{ByteStart: i, ByteEnd: i + len(word), Text: word}, Type: "LOC",
			Actor: &chronicle.Actor{Name: name, Code: code}}
	}
	doc.Entities = []chronicle.Entity{ent("Russia", "Russian Federation", "RUS"), ent("Kyiv", "Ukrainian government", "UKRGOV"),
		ent("Niger", "Niger government", "NERGOV"), ent("Tillaberi", "Niger group", "NERUNK"), ent("Bridgetown", "Barbados", "BRB")}
	got := placeCountries(doc)
	// (and the country a city resolved to by name is the country itself)
	want := map[string]placeCountry{"russia": {"RUS", true}, "kyiv": {"UKR", false}, "niger": {"NER", true}, "tillaberi": {"NER", false},
		"bridgetown": {"BRB", false}, "barbados": {"BRB", true}}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %+v, want %+v", k, got[k], v)
		}
	}
}

// The day a report names is the event's unless it is the day of the
// report itself: after a verb of saying or in a wire dateline.
func TestReportDay(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       bool
	}{
		{"The toll rose to 74, Houthi media said on Saturday.", "Saturday", true},
		{"The junta denied on Sunday that it struck civilians.", "Sunday", true},
		{"SANAA, April 19 - The toll rose to 74.", "April 19", true},
		{"Police detained 12 lawyers on Friday.", "Friday", false},
		{"Strikes hit the port on April 19 - the third time.", "April 19", false},
	} {
		i := strings.Index(tc.text, tc.date)
		if got := reportDay(tc.text, chronicle.Span{ByteStart: i, ByteEnd: i + len(tc.date)}); got != tc.want {
			t.Errorf("%q at %q: got %v, want %v", tc.text, tc.date, got, tc.want)
		}
	}
}

// A proper name of two to four capitalised words keys a merged event; a
// group named by its country does not.
func TestProperNameKeys(t *testing.T) {
	for name, want := range map[string]bool{"Tundu Lissu": true, "Tanzanian government": false, "Lissu": false} {
		if got := properName(name); got != want {
			t.Errorf("properName(%q) = %v, want %v", name, got, want)
		}
	}
	keys := Keys(Cluster{Type: "COERCE", Target: &chronicle.Actor{Name: "Tundu Lissu"}})
	if !slices.Contains(keys, "UNREST|=tundu lissu") {
		t.Errorf("keys = %v, want the name's key", keys)
	}
}

// A group of islands is one place by its plural and with "Islands".
func TestSamePlaceIslands(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Paracel Islands", "Paracels", true},
		{"the Spratly Islands", "Spratlys", true},
		{"Paracel Islands", "Spratly Islands", false},
		{"Athens", "Athens", true},
	} {
		if got := samePlace(tc.a, tc.b); got != tc.want {
			t.Errorf("samePlace(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
