package claim

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

func run(t *testing.T, s string, setup func(*chronicle.Document)) *chronicle.Document {
	t.Helper()
	doc := chronicle.NewDocument("t", s)
	doc.Published, _ = chronicle.ParseDate("2025-04-25")
	if err := (text.Stage{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	if setup != nil {
		setup(doc)
	}
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestFigures(t *testing.T) {
	tests := []struct {
		name, text, span, unit, bound string
		quantity                      float64
		approx                        bool
	}{
		{"a lower bound in digits", "At least 12 people were killed in the strike.", "At least 12 people were killed", "people killed", "min", 12, false},
		{"a number word after the verb", "The attack killed twelve civilians.", "twelve civilians", "civilians killed", "", 12, false},
		{"a killing verb of another word", "Gunmen raided the village, murdering nine farmers.", "nine farmers", "farmers killed", "", 9, false},
		{"a number of dozens", "The blast killed two dozen people.", "two dozen people", "people killed", "", 24, false},
		{"two people named one by one", "The blast killed a driver and a colonel.", "a", "people killed", "", 2, false},
		{"one person by rank, after a group's name", "The strike killed a Hezbollah commander.", "a", "people killed", "", 1, false},
		{"one person by a membership, after a modifier", "Gunmen killed a local council member in Cali.", "a", "people killed", "", 1, false},
		{"one person arrested, after a nationality and a modifier", "Police arrested a Serbian former policeman at the border.", "a", "people detained", "", 1, false},
		{"a vague plural is a lower bound", "Dozens of people were injured on Sunday.", "Dozens of people were injured", "people injured", "min", 24, false},
		{"vague plurals multiply", "The war has displaced tens of thousands of families.", "tens of thousands of families", "families displaced", "min", 20000, false},
		{"an approximate duration", "The talks lasted about three hours.", "about three hours", "hours", "", 3, true},
		{"money with a scale word", "The fund holds $300 billion in assets.", "$300 billion", "USD", "", 3e11, false},
		{"a count with a thousands separator", "Moscow sent 5,000 troops to the border.", "5,000 troops", "troops", "", 5000, false},
		{"an ordinal counts meetings", "Putin held his fourth meeting with Witkoff.", "fourth meeting", "meetings", "", 4, false},
		{"a rate of deaths", "5,000 soldiers are dying every week.", "5,000 soldiers are dying every week", "soldiers killed per week", "", 5000, false},
		{"an upper bound", "Up to 300 troops may be deployed.", "Up to 300 troops", "troops", "max", 300, false},
		{"the verb before the figure says what it counts", "Missiles hit the city, killing at least nine people in Kharkiv and wounding others.", "at least nine people", "people killed", "min", 9, false},
		{"a compound number word", "Twenty-five people died.", "Twenty-five people died", "people killed", "", 25, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, tc.text, nil)
			if len(doc.Claims) != 1 {
				t.Fatalf("got %+v, want one claim", doc.Claims)
			}
			c := doc.Claims[0]
			if c.Span.Text != tc.span || c.Unit != tc.unit || c.Quantity != tc.quantity || c.Bound != tc.bound || c.Approximate != tc.approx {
				t.Errorf("got %q %v %q bound=%q approx=%v", c.Span.Text, c.Quantity, c.Unit, c.Bound, c.Approximate)
			}
		})
	}
}

func TestNotFigures(t *testing.T) {
	for _, s := range []string{
		"The war began in February 2022.",
		"They met on April 25 in Geneva.",
		"Crimea was annexed in 2014.",
		"A Mi-26 helicopter landed.",
		"He promised to end the war in one day.",
	} {
		if doc := run(t, s, nil); len(doc.Claims) != 0 {
			t.Errorf("%q: got %+v", s, doc.Claims)
		}
	}
}

func TestSpeakerAndEvent(t *testing.T) {
	s := `Trump wrote: “5,000 soldiers are dying every week.” A Russian attack on Kyiv killed 12 people.`
	doc := run(t, s, func(doc *chronicle.Document) {
		ix := text.NewIndex(doc.Text)
		q0 := len("Trump wrote: ")
		q1 := q0 + len("“5,000 soldiers are dying every week.”")
		doc.Quotes = []chronicle.Quote{{Content: ix.Span(q0, q1), SpeakerName: "Donald Trump", Kind: chronicle.QuoteDirect}}
		a0 := len(s) - len("attack on Kyiv killed 12 people.")
		doc.Events = []chronicle.Event{{Type: "ASSAULT", Trigger: ix.Span(a0, a0+len("attack")), Sentence: doc.Sentences[len(doc.Sentences)-1].Span}}
	})
	if len(doc.Claims) != 2 {
		t.Fatalf("got %+v, want two claims", doc.Claims)
	}
	if doc.Claims[0].Speaker != "Donald Trump" || doc.Claims[0].Event != nil {
		t.Errorf("a figure inside a quote is the speaker's: got speaker %q event %v", doc.Claims[0].Speaker, doc.Claims[0].Event)
	}
	c := doc.Claims[1]
	if c.Speaker != "" || c.Event == nil || *c.Event != 0 {
		t.Errorf("a figure outside quotes is the outlet's and belongs to the attack: got %+v", c)
	}
	if f := doc.Events[0].Fatalities; f == nil || *f != 12 {
		t.Errorf("fatalities = %v, want 12", f)
	}
}

// A count of who tells ("two security sources said") is no figure of the
// event the sentence reports.
func TestSpeakerCountIsNoEventFigure(t *testing.T) {
	s := `Militants attacked an army base, killing 21 soldiers, two security sources said.`
	doc := run(t, s, func(doc *chronicle.Document) {
		ix := text.NewIndex(doc.Text)
		sp := strings.Index(s, "two security sources")
		doc.Quotes = []chronicle.Quote{{Content: ix.Span(0, strings.Index(s, ",")), Speaker: ptr(ix.Span(sp, sp+len("two security sources"))), Kind: chronicle.QuoteIndirect}}
		a0 := strings.Index(s, "attacked")
		doc.Events = []chronicle.Event{{Type: "ASSAULT", Trigger: ix.Span(a0, a0+len("attacked")), Sentence: doc.Sentences[0].Span}}
	})
	for _, c := range doc.Claims {
		if strings.HasPrefix(c.Span.Text, "two") && c.Event != nil {
			t.Errorf("the speakers' count is a figure of the attack: %+v", c)
		}
		if strings.HasPrefix(c.Span.Text, "21") && c.Event == nil {
			t.Errorf("the toll lost its event: %+v", c)
		}
	}
}

func ptr(s chronicle.Span) *chronicle.Span { return &s }

func TestOverAtTheStartOfASentence(t *testing.T) {
	doc := run(t, "Over 300 people were killed.", nil)
	if len(doc.Claims) != 1 || doc.Claims[0].Bound != "min" || doc.Claims[0].Span.Text != "Over 300 people were killed" {
		t.Errorf("got %+v", doc.Claims)
	}
}

// FuzzClaims checks that any text gives claims whose spans lie inside it.
func FuzzClaims(f *testing.F) {
	for _, s := range []string{"Over 300 people were killed.", "at least", "$5 billion", "fourth meeting", "up to", "over"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := chronicle.NewDocument("f", s)
		(text.Stage{}).Process(doc)
		if err := New().Process(doc); err != nil {
			t.Fatal(err)
		}
		for _, c := range doc.Claims {
			if c.Span.ByteStart < 0 || c.Span.ByteEnd > len(s) || c.Span.ByteStart > c.Span.ByteEnd {
				t.Fatalf("span %+v outside %q", c.Span, s)
			}
		}
	})
}

func TestFigureKinds(t *testing.T) {
	for _, tc := range []struct{ text, span, kind string }{
		{"Police arrested 56 demonstrators in the capital.", "56 demonstrators", "detained"},
		{"At least 30 people were detained on Wednesday.", "At least 30 people", "detained"},
		{"The shelling forced 5,000 families to flee.", "5,000 families", "displaced"},
		{"The attack left 200,000 households without power.", "200,000 households", "affected"},
		{"The strikes left about a million households without electricity.", "about a million households", "affected"},
		{"The two sides exchanged 150 prisoners of war.", "150 prisoners", "prisoners"},
		{"Kyiv said it had received 84 of its soldiers in the latest exchange.", "84 of its soldiers", "prisoners"},
		{"The swap on Friday brought home 95 sailors, the navy said.", "95 sailors", "prisoners"},
		{"The drones wounded 21 and killed nobody else.", "21", "injured"},
		{"Drones struck a refinery overnight, the governor said, adding that no one was hurt and 3 fires were out.", "", ""},
		{"Rescuers found 12 people missing after the blast.", "12 people", "missing"},
		{"The talks lasted five hours.", "five hours", "duration"},
		{"The missiles hit 40 km from the border.", "", ""},
		{"The attack began at 8 a.m. on Tuesday.", "", ""},
		{"Nine people were killed; three of the dead were crane operators.", "Nine people were killed", "killed"},
		{"Four children were among the dead.", "", ""},
		{"The strike destroyed 14 tankers.", "14 tankers", ""},
		// an aside between the group and its verb, a bare number's passive,
		// and custody
		{"Seven people, among them two nurses, were wounded in the blast.", "Seven people", "injured"},
		{"Officials said 23 people, four soldiers among them, were killed.", "23 people", "killed"},
		{"The army said it had killed two Hezbollah operatives near the border.", "two Hezbollah operatives", "killed"},
		{"Two truck drivers kidnapped in January were freed on Thursday.", "Two truck drivers", "prisoners"},
		{"Three of its contracted drivers were killed on Tuesday.", "Three of its contracted drivers were killed", "killed"},
		{"The ministry said it had neutralised nine militants near the border.", "nine militants", "killed"},
		{"Militants released four engineers they had held since May.", "four engineers", "prisoners"},
		{"Eleven villagers, two of them children, were wounded.", "Eleven villagers", "injured"},
		{"Officials said 64 suspects had been taken into custody.", "64 suspects", "detained"},
		{"Police fired rubber bullets at the crowd, leaving dozens hurt.", "dozens hurt", "injured"},
		{"Soldiers rounded up hundreds of them in the market.", "hundreds of them", "detained"},
		{"Gunmen kidnapped 14 seminarians from a college.", "14 seminarians", "detained"},
		{"Police raided the homes of nine activists and took them into custody.", "nine activists", "detained"},
		{"Soldiers searched the houses of five farmers and arrested them.", "five farmers", "detained"},
		{"The abduction of 30 commuters was blamed on bandits.", "30 commuters", "detained"},
	} {
		doc := run(t, tc.text, nil)
		var got []string
		for _, c := range doc.Claims {
			if c.Kind != "" || c.Span.Text == tc.span {
				got = append(got, c.Span.Text+"/"+c.Kind)
			}
		}
		want := []string{}
		if tc.span != "" {
			want = append(want, tc.span+"/"+tc.kind)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: figures with a kind = %v, want %v", tc.text, got, want)
		}
		if chronicle.FigureKind(unitOf(doc, tc.span)) != tc.kind {
			t.Errorf("%q: the unit %q does not tell the kind %q", tc.text, unitOf(doc, tc.span), tc.kind)
		}
	}
}

// A bare number takes its kind from the passive after it: "12 were killed
// and 80 were arrested".
func TestBareNumberPassive(t *testing.T) {
	doc := run(t, "Police said 12 were killed and 80 were arrested.", nil)
	got := map[string]string{}
	for _, c := range doc.Claims {
		got[c.Span.Text] = c.Kind
	}
	if got["80"] != "detained" || got["12 were killed"] != "killed" {
		t.Errorf("kinds = %v", got)
	}
	doc = run(t, "Police fired tear gas at the crowd, arresting at least 45, and wounding about 12.", nil)
	got = map[string]string{}
	for _, c := range doc.Claims {
		got[c.Span.Text] = c.Kind
	}
	kinds := map[string]bool{}
	for _, k := range got {
		kinds[k] = true
	}
	if !kinds["detained"] || !kinds["injured"] {
		t.Errorf("bare numbers after the verbs that count them: kinds = %v", got)
	}
}

func unitOf(doc *chronicle.Document, span string) string {
	for _, c := range doc.Claims {
		if c.Span.Text == span {
			return c.Unit
		}
	}
	return ""
}

// The second of two counted objects of one verb takes the verb's kind; a
// count after "and" with a verb of its own before it does not.
func TestCoordinatedCounts(t *testing.T) {
	doc := run(t, "The strikes killed two civilians and three of its fighters.", nil)
	kinds := 0
	for _, c := range doc.Claims {
		if c.Kind == "killed" {
			kinds++
		}
	}
	if kinds != 2 {
		t.Errorf("got %+v, want two killed figures", doc.Claims)
	}
}

// A dateline's day is no figure, even when the story's publication day is
// unknown and the day cannot be resolved.
func TestDatelineDayIsNoFigure(t *testing.T) {
	doc := chronicle.NewDocument("t", "JENIN, West Bank, Aug 21 - Israeli troops killed four Palestinians during a raid on Wednesday.")
	if err := (text.Stage{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	for _, c := range doc.Claims {
		if c.Quantity == 21 {
			t.Errorf("the dateline's day is a figure: %+v", c)
		}
	}
	if len(doc.Claims) != 1 || doc.Claims[0].Quantity != 4 {
		t.Errorf("got %+v, want the four killed", doc.Claims)
	}
}

// A bare toll in the sentence right after an attack, with no event of its
// own, is that attack's.
func TestTollAfterAnAttack(t *testing.T) {
	s := "Jets bombed a monastery on Friday, killing 23 people. More than 30 people were wounded, a rescue worker said."
	doc := run(t, s, func(doc *chronicle.Document) {
		ix := text.NewIndex(doc.Text)
		doc.Events = []chronicle.Event{{Type: "FIGHT", Trigger: ix.Span(len("Jets "), len("Jets bombed")), Sentence: doc.Sentences[0].Span}}
	})
	var wounded *chronicle.Claim
	for i, c := range doc.Claims {
		if c.Kind == "injured" {
			wounded = &doc.Claims[i]
		}
	}
	if wounded == nil || wounded.Event == nil || *wounded.Event != 0 {
		t.Errorf("the wounded of the sentence after the bombing: %+v, want on the bombing", wounded)
	}
}
