package actor

import (
	"bytes"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// testDict is a small dictionary in Phoenix format, shaped like the real
// ones: countries with their cities, people with date-restricted codes,
// institutions, and agent nouns with a macro.
const testDict = `
# countries
HAITI_  [HTI]
+HAITIAN
+PORT_AU_PRINCE
RUSSIAN_FEDERATION_  [RUS]
+RUSSIA_
+RUSSIAN
+MOSCOW_
UKRAINE_
+UKRAINIAN_
+KYIV_
+KIEV_
+CRIMEA
	[USRUKR <910824]
	[UKR >911221]
UNITED_STATES_OF_AMERICA_  [USA]
+UNITED_STATES
+U.S.
+AMERICA_
+AMERICAN_
+WASHINGTON_
BELGIUM_  [BEL]
+BELGIAN_
+BRUSSELS_
KREMLIN_
	[RUSGOV]
WHITE_HOUSE_
+THE_WHITE_HOUSE_
	[USAGOV]
THE_EUROPEAN_UNION_
+EUROPEAN_UNION
	[IGOEUREEC]
# people
VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
	[RUSELI 700101-990809]
	[RUSGOV >080508]
	[RUSELI]
SERGEY_LAVROV_
	[RUSGOV >20040309]
YURIY_USHAKOV_
	[RUSGOV 030101-080731]
KORGOV_TYPO_
	[KORGOV 2004017-20061201]
# agents
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
!MINIST!  [~GOV]
AUTHORITY [~GOV]
TROOP [~MIL]
CIVILIAN [~CVL]
SPOKES!PERSON! [~MED]
CHAIR!PERSON! [~ELI]
REGIME [~GOV]
POLICE {} [~COP]
`

func testResolver(t *testing.T) *Resolver {
	t.Helper()
	d := NewDict()
	if err := d.ReadPhoenix(strings.NewReader(testDict), "test"); err != nil {
		t.Fatal(err)
	}
	return NewResolverDict(d)
}

func day(s string) chronicle.Date {
	d, err := chronicle.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestDateRestrictedCodes(t *testing.T) {
	r := testResolver(t)
	tests := []struct {
		name, phrase, date, code string
	}{
		{"Putin in 2025 is coded as the government", "Vladimir Putin", "2025-04-25", "RUSGOV"},
		{"Putin in 1995 is coded as an elite", "Putin", "1995-06-01", "RUSELI"},
		{"Putin with no date is read as current news: his latest dated code", "Vladimir Putin", "", "RUSGOV"},
		{"Lavrov after 2004 is coded as the government", "Sergey Lavrov", "2010-01-01", "RUSGOV"},
		{"Lavrov before his dated code keeps only his country", "Sergey Lavrov", "2003-01-01", "RUS"},
		{"Ushakov after his dated code expired keeps only his country", "Yuriy Ushakov", "2025-04-25", "RUS"},
		{"Ukraine before independence is a Soviet republic", "Ukraine", "1990-01-01", "USRUKR"},
		{"Kyiv after independence is Ukraine", "Kyiv", "2025-04-25", "UKR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := r.Lookup(tt.phrase, day(tt.date))
			if !ok || got.Code != tt.code {
				t.Errorf("Lookup(%q, %s) = %+v, %v; want code %s", tt.phrase, tt.date, got, ok, tt.code)
			}
		})
	}
}

func TestMalformedDatesAreSkippedNotFatal(t *testing.T) {
	r := testResolver(t)
	if r.Dict().Skipped() != 1 {
		t.Errorf("skipped %d code lines, want 1", r.Dict().Skipped())
	}
}

func TestCodeOfActingPhrases(t *testing.T) {
	r := testResolver(t)
	tests := []struct {
		name, phrase, code, actor string
	}{
		{"a capital acts for its government", "Kyiv", "UKRGOV", "Ukrainian government"},
		{"the old spelling of a capital acts for its government", "Kiev", "UKRGOV", "Ukrainian government"},
		{"Moscow acts for the Russian government", "Moscow", "RUSGOV", "Russian government"},
		{"the Kremlin is the Russian government", "the Kremlin", "RUSGOV", "Russian government"},
		{"Washington acts for the U.S. government", "Washington", "USAGOV", "American government"},
		{"the White House is the U.S. government", "the White House", "USAGOV", "American government"},
		{"Brussels acts for the European Union", "Brussels", "IGOEUREEC", "European Union"},
		{"a country name acts for its government", "Russia", "RUSGOV", "Russian government"},
		{"an abbreviated country acts for its government", "U.S.", "USAGOV", "American government"},
		{"a region acts for no government", "Crimea", "UKR", "Ukraine"},
		{"nationality and authorities are the government", "Russian authorities", "RUSGOV", "Russian government"},
		{"nationality and special services are the intelligence services", "Ukrainian special services", "UKRSPY", "Ukrainian intelligence services"},
		{"nationality and troops are the military", "Russian troops", "RUSMIL", "Russian military"},
		{"nationality and civilians are civilians", "Ukrainian civilians", "UKRCVL", "Ukrainian civilians"},
		{"a macro-expanded agent noun matches", "Russian chairwoman", "RUSELI", "Russian elites"},
		{"a spokesperson speaks for the country's government", "Russian spokeswoman", "RUSGOV", "Russian government"},
		{"a spokesperson speaks for the body named", "a Kremlin spokesman", "RUSGOV", "Russian government"},
		{"a capital and regime is the government", "the Kyiv regime", "UKRGOV", "Ukrainian government"},
		{"a person takes the code valid on the day", "Vladimir Putin", "RUSGOV", "Vladimir Putin"},
		{"a title before a known name is the person", "Russian Foreign Minister Sergey Lavrov", "RUSGOV", "Sergey Lavrov"},
		{"a nationality and an agent noun's head is the group", "the Russian Foreign Ministry", "RUSGOV", "Russian government"},
		{"an institution and a title is the institution's sector", "a Kremlin aide", "RUSGOV", "Russian government"},
		{"a possessive country and an agent noun is the group", "Ukraine’s troops", "UKRMIL", "Ukrainian military"},
		{"modifiers before the nationality are passed over", "a senior Russian official", "RUSGOV", "Russian government"},
		{"resistance forces are rebels, no state's army", "Ukrainian resistance forces", "UKRREB", "Ukrainian rebels"},
		{"a hyphened place the dictionary spells with spaces", "Port-au-Prince", "HTI", "Haiti"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := r.Code(tt.phrase, day("2025-04-25"))
			if !ok || got.Code != tt.code || got.Name != tt.actor {
				t.Errorf("Code(%q) = %+v, %v; want {%s %s}", tt.phrase, got, ok, tt.actor, tt.code)
			}
		})
	}
	if got, ok := r.Code("Atlantis", day("2025-04-25")); ok {
		t.Errorf("Code(Atlantis) = %+v; want no actor", got)
	}
	for _, p := range []string{"Latin American leaders", "Central American migrants", "South American officials"} {
		if got, ok := r.Code(p, day("2025-04-25")); ok {
			t.Errorf("Code(%s) = %+v; want no actor: a region of many countries", p, got)
		}
	}
	if got, ok := r.Code("Russian police", day("2025-04-25")); !ok || got.Code != "RUSCOP" {
		t.Errorf("Code(Russian police) = %+v; want RUSCOP", got)
	}
}

func TestLookupKeepsTheDictionaryCode(t *testing.T) {
	r := testResolver(t)
	got, ok := r.Lookup("Moscow", day("2025-04-25"))
	if !ok || got.Code != "RUS" || got.Name != "Russian Federation" {
		t.Errorf("Lookup(Moscow) = %+v, %v; want {Russian Federation RUS}", got, ok)
	}
}

func TestCompactDictionaryReadsBackTheSame(t *testing.T) {
	r := testResolver(t)
	var buf bytes.Buffer
	if err := r.Dict().WriteCompact(&buf); err != nil {
		t.Fatal(err)
	}
	d := NewDict()
	if err := d.ReadCompact(bytes.NewReader(buf.Bytes())); err != nil {
		t.Fatal(err)
	}
	r2 := NewResolverDict(d)
	for _, p := range []string{"Vladimir Putin", "Kyiv", "Brussels", "Ukrainian special services", "Russian troops", "Yuriy Ushakov"} {
		for _, date := range []string{"1995-01-01", "2025-04-25", ""} {
			a, okA := r.Code(p, day(date))
			b, okB := r2.Code(p, day(date))
			if a != b || okA != okB {
				t.Errorf("Code(%q, %s): Phoenix %+v, compact %+v", p, date, a, b)
			}
		}
	}
	var again bytes.Buffer
	if err := d.WriteCompact(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("writing the compact dictionary twice gives different bytes")
	}
}

// analyse runs the text stage and the actor stage on s, with the entities
// given as "TYPE:text" (every whole-word occurrence is marked), published
// on date.
func analyse(t *testing.T, s, date string, ents ...string) *chronicle.Document {
	t.Helper()
	doc := chronicle.NewDocument("t", s)
	doc.Published = day(date)
	if err := (text.Stage{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	taken := make([]bool, len(s))
	ix := text.NewIndex(s)
	for _, spec := range ents {
		typ, name, _ := strings.Cut(spec, ":")
		for from := 0; ; {
			i := strings.Index(s[from:], name)
			if i < 0 {
				break
			}
			b0, b1 := from+i, from+i+len(name)
			from = b1
			if taken[b0] || (b0 > 0 && isWordByte(s[b0-1])) || (b1 < len(s) && isWordByte(s[b1])) {
				continue
			}
			for k := b0; k < b1; k++ {
				taken[k] = true
			}
			doc.Entities = append(doc.Entities, chronicle.Entity{Span: ix.Span(b0, b1), Type: typ})
		}
	}
	sortEntities(doc.Entities)
	if err := NewStage(testResolver(t)).Process(doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func sortEntities(es []chronicle.Entity) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].Start < es[j-1].Start; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

func entity(t *testing.T, doc *chronicle.Document, text string, nth int) (int, *chronicle.Entity) {
	t.Helper()
	n := 0
	for i := range doc.Entities {
		if doc.Entities[i].Text == text {
			if n == nth {
				return i, &doc.Entities[i]
			}
			n++
		}
	}
	t.Fatalf("no entity %q #%d", text, nth)
	return -1, nil
}

func TestRolesAndTitles(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []string
		person     string
		title      string
		org        string
		country    string
		code       string
		evidence   string
	}{
		{
			name:   "a nationality and title before the name give the title and the country",
			text:   "Russian Foreign Minister Sergey Lavrov said the talks went well.",
			ents:   []string{"MISC:Russian", "PER:Sergey Lavrov"},
			person: "Sergey Lavrov", title: "Foreign Minister", country: "RUS", code: "RUSGOV",
			evidence: "Russian Foreign Minister",
		},
		{
			name:   "an institution before the title is the organisation and gives the country",
			text:   "Kremlin aide Yury Ushakov said the sides agreed.",
			ents:   []string{"LOC:Kremlin", "PER:Yury Ushakov"},
			person: "Yury Ushakov", title: "aide", org: "Kremlin", country: "RUS", code: "RUSGOV",
			evidence: "Kremlin aide",
		},
		{
			name:   "a possessive person before the title lends the country",
			text:   "Putin’s foreign policy aide Yury Ushakov spoke.",
			ents:   []string{"PER:Putin", "PER:Yury Ushakov"},
			person: "Yury Ushakov", title: "foreign policy aide", country: "RUS", code: "RUSGOV",
			evidence: "foreign policy aide",
		},
		{
			name:   "abbreviated ranks are spelled out and the appositive adds the post",
			text:   "Lt. Gen. Yaroslav Moskalik, deputy head of the Main Operational Directorate, was killed.",
			ents:   []string{"PER:Yaroslav Moskalik", "ORG:Main Operational Directorate"},
			person: "Yaroslav Moskalik", title: "Lieutenant General, deputy head", org: "Main Operational Directorate",
			evidence: "Lt. Gen. Yaroslav Moskalik, deputy head of the Main Operational Directorate",
		},
		{
			name:   "an appositive envoy takes the country of the president who appointed him",
			text:   "He met Steve Witkoff, the special envoy appointed by U.S. President Donald Trump, in Moscow.",
			ents:   []string{"PER:Steve Witkoff", "LOC:U.S.", "PER:Donald Trump", "LOC:Moscow"},
			person: "Steve Witkoff", title: "special envoy", country: "USA", code: "USAGOV",
			evidence: "the special envoy appointed by U.S. President Donald Trump",
		},
		{
			name:   "an abbreviated country before a title gives the country",
			text:   "He met Steve Witkoff, the special envoy appointed by U.S. President Donald Trump, in Moscow.",
			ents:   []string{"PER:Steve Witkoff", "LOC:U.S.", "PER:Donald Trump", "LOC:Moscow"},
			person: "Donald Trump", title: "President", country: "USA", code: "USAGOV",
			evidence: "U.S. President",
		},
		{
			name:   "an appositive before the name gives title, organisation and country",
			text:   "The head of the Russian Direct Investment Fund, Kirill Dmitriev, said it went well.",
			ents:   []string{"ORG:Russian Direct Investment Fund", "PER:Kirill Dmitriev"},
			person: "Kirill Dmitriev", title: "head", org: "Russian Direct Investment Fund", country: "RUS", code: "RUSGOV",
			evidence: "The head of the Russian Direct Investment Fund",
		},
		{
			name:   "a military rank with an organisation of the general staff is military",
			text:   "Lieutenant General Ivan Petrov, deputy chief of the Russian General Staff, spoke.",
			ents:   []string{"PER:Ivan Petrov", "ORG:Russian General Staff"},
			person: "Ivan Petrov", title: "Lieutenant General, deputy chief", org: "Russian General Staff", country: "RUS", code: "RUSMIL",
			evidence: "Lieutenant General Ivan Petrov, deputy chief of the Russian General Staff",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text, "2025-04-25", tt.ents...)
			_, e := entity(t, doc, tt.person, 0)
			if e.Role == nil {
				t.Fatalf("%s: no role", tt.person)
			}
			r := e.Role
			if r.Title != tt.title || r.Organization != tt.org || r.Country != tt.country {
				t.Errorf("role = {%q %q %q}, want {%q %q %q}", r.Title, r.Organization, r.Country, tt.title, tt.org, tt.country)
			}
			if r.AsOf != doc.Published {
				t.Errorf("role as of %s, want the publication day %s", r.AsOf, doc.Published)
			}
			if r.Evidence == nil || r.Evidence.Text != tt.evidence {
				t.Errorf("evidence = %+v, want %q", r.Evidence, tt.evidence)
			} else if got := string([]rune(tt.text)[r.Evidence.Start:r.Evidence.End]); got != tt.evidence {
				t.Errorf("evidence code points give %q", got)
			}
			var code string
			if e.Actor != nil {
				code = e.Actor.Code
			}
			if code != tt.code {
				t.Errorf("actor = %+v, want code %q", e.Actor, tt.code)
			}
		})
	}
}

func TestPlacesActForTheirGovernmentOnlyWhenTheyAct(t *testing.T) {
	tests := []struct {
		name, text, place, code, actor string
	}{
		{"a capital as the subject of a verb is its government", "Kyiv said the strikes hit homes.", "Kyiv", "UKRGOV", "Ukrainian government"},
		{"a seat of power as the agent of a passive is the government", "The talks were described by the Kremlin as constructive.", "Kremlin", "RUSGOV", "Russian government"},
		{"a capital as a place is the country", "The talks took place in Moscow.", "Moscow", "RUS", "Russian Federation"},
		{"a country that owns an action acts", "It was the launch of Russia’s operation.", "Russia", "RUSGOV", "Russian government"},
		{"a country before a title is a modifier, not an actor", "The envoy was appointed by U.S. President Donald Trump.", "U.S.", "USA", "United States of America"},
		{"a region that is a subject acts for no government", "Crimea would remain under Russian control.", "Crimea", "UKR", "Ukraine"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text, "2025-04-25", "LOC:"+tt.place, "PER:Donald Trump")
			_, e := entity(t, doc, tt.place, 0)
			if e.Actor == nil || e.Actor.Code != tt.code || e.Actor.Name != tt.actor {
				t.Errorf("actor = %+v, want {%s %s}", e.Actor, tt.actor, tt.code)
			}
		})
	}
}

func TestNationalityAndAgentNounIsAGroup(t *testing.T) {
	doc := analyse(t, "Russian authorities blamed Ukrainian special services for the attack. They said Russian troops were on alert.",
		"2025-04-25", "MISC:Russian", "MISC:Ukrainian")
	want := []struct{ text, code, name string }{
		{"Russian authorities", "RUSGOV", "Russian government"},
		{"Ukrainian special services", "UKRSPY", "Ukrainian intelligence services"},
		{"They", "RUSGOV", "Russian government"},
		{"Russian troops", "RUSMIL", "Russian military"},
	}
	if len(doc.Mentions) != len(want) {
		t.Fatalf("mentions = %+v, want %d", doc.Mentions, len(want))
	}
	for i, w := range want {
		m := doc.Mentions[i]
		if m.Text != w.text || m.Actor == nil || m.Actor.Code != w.code || m.Name != w.name {
			t.Errorf("mention %d = %q %+v %q, want %q %s %q", i, m.Text, m.Actor, m.Name, w.text, w.code, w.name)
		}
	}
	if e := doc.Entities[0]; e.Actor == nil || e.Actor.Code != "RUSGOV" {
		t.Errorf("the nationality entity of a group carries the group's actor, got %+v", e.Actor)
	}
}

func TestLaterNamesReferToTheFirstFullName(t *testing.T) {
	doc := analyse(t, "Russian President Vladimir Putin met the envoy. Putin said: “Vladimir will decide.” Later Vladimir Putin left.",
		"2025-04-25", "MISC:Russian", "PER:Vladimir Putin", "PER:Putin", "PER:Vladimir")
	first, _ := entity(t, doc, "Vladimir Putin", 0)
	for _, tc := range []struct {
		text string
		nth  int
	}{{"Putin", 0}, {"Vladimir", 0}, {"Vladimir Putin", 1}} {
		_, e := entity(t, doc, tc.text, tc.nth)
		if e.Ref == nil || *e.Ref != first {
			t.Errorf("%s #%d: ref = %v, want %d", tc.text, tc.nth, e.Ref, first)
		}
		if e.Actor == nil || e.Actor.Name != "Vladimir Putin" || e.Actor.Code != "RUSGOV" {
			t.Errorf("%s #%d: actor = %+v, want Vladimir Putin RUSGOV", tc.text, tc.nth, e.Actor)
		}
	}
	if _, e := entity(t, doc, "Vladimir Putin", 0); e.Ref != nil {
		t.Errorf("the first full mention has ref %d, want none", *e.Ref)
	}
}

func TestPronounsAndDescriptions(t *testing.T) {
	people := []string{"MISC:Russian", "LOC:U.S.", "PER:Vladimir Putin", "PER:Steve Witkoff", "PER:Kamala Harris", "PER:Donald Trump", "PER:Trump", "PER:Putin"}
	tests := []struct {
		name, text string
		mention    string
		kind       string
		who        string // "" for unresolved
	}{
		{"he is the subject of the previous sentence", "Vladimir Putin met Steve Witkoff. He said the talks were useful.", "He", "pronoun", "Vladimir Putin"},
		{"his in the same sentence is its subject", "Steve Witkoff met Vladimir Putin in his office.", "his", "pronoun", "Steve Witkoff"},
		{"she skips a male subject for the nearest woman", "Vladimir Putin met Kamala Harris. She said the talks were useful.", "She", "pronoun", "Kamala Harris"},
		{"a pronoun after a subject in an introductory phrase resolves to that subject", "In an interview, Trump said it was over. He clarified later.", "He", "pronoun", "Trump"},
		{"a title as a description resolves to the person who holds it", "U.S. President Donald Trump spoke. Later the president said more.", "the president", "nominal", "Donald Trump"},
		{"the leader of a country resolves to its president", "Russian President Vladimir Putin met U.S. President Donald Trump. The Russian leader said little.", "The Russian leader", "nominal", "Vladimir Putin"},
		{"an envoy description resolves to the envoy", "Steve Witkoff, the special envoy appointed by U.S. President Donald Trump, arrived. The envoy said little.", "The envoy", "nominal", "Steve Witkoff"},
		{"he opening a sentence after an attribution is whom it was attributed to",
			"Vladimir Putin met envoys on Monday, according to Kremlin aide Steve Witkoff. He said the talks were useful.", "He", "pronoun", "Steve Witkoff"},
		{"he opening a sentence after a trailing said is the speaker",
			"Vladimir Putin met envoys on Monday, Steve Witkoff said. He added that the talks were useful.", "He", "pronoun", "Steve Witkoff"},
		{"he with no person before is unresolved", "He said the talks were useful.", "He", "pronoun", ""},
		{"an official not named stays unresolved", "Vladimir Putin left. A senior Russian official said more.", "A senior Russian official", "nominal", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text, "2025-04-25", people...)
			var m *chronicle.Mention
			for i := range doc.Mentions {
				if doc.Mentions[i].Text == tt.mention {
					m = &doc.Mentions[i]
				}
			}
			if m == nil {
				t.Fatalf("no mention %q in %+v", tt.mention, doc.Mentions)
			}
			if m.Kind != tt.kind {
				t.Errorf("kind = %s, want %s", m.Kind, tt.kind)
			}
			if tt.who == "" {
				if m.Entity != -1 {
					t.Errorf("resolved to %d (%s), want unresolved", m.Entity, m.Name)
				}
				if m.Kind == chronicle.MentionNominal && (m.Actor == nil || m.Actor.Code != "RUSGOV") {
					t.Errorf("an unnamed official's actor = %+v, want the group RUSGOV", m.Actor)
				}
				return
			}
			if m.Entity < 0 || m.Name != tt.who || doc.Entities[m.Entity].Text != tt.who {
				t.Errorf("resolved to %d (%s), want %s", m.Entity, m.Name, tt.who)
			}
			if m.Actor == nil {
				t.Errorf("no actor")
			}
		})
	}
}

func TestPronounsInsideQuotationsAreLeftAlone(t *testing.T) {
	doc := analyse(t, "“He is wrong,” Vladimir Putin said.", "2025-04-25", "PER:Vladimir Putin")
	if len(doc.Mentions) != 0 {
		t.Errorf("mentions = %+v, want none", doc.Mentions)
	}
}

func TestADifferentDayGivesADifferentCode(t *testing.T) {
	doc := analyse(t, "Vladimir Putin said the talks were useful.", "1995-06-01", "PER:Vladimir Putin")
	if e := doc.Entities[0]; e.Actor == nil || e.Actor.Code != "RUSELI" {
		t.Errorf("actor in 1995 = %+v, want RUSELI", e.Actor)
	}
}

func TestProcessTwiceGivesTheSameRecord(t *testing.T) {
	doc := analyse(t, "Vladimir Putin met Steve Witkoff. He said Kyiv said no.", "2025-04-25", "PER:Vladimir Putin", "PER:Steve Witkoff", "LOC:Kyiv")
	n := len(doc.Mentions)
	if err := NewStage(testResolver(t)).Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Mentions) != n {
		t.Errorf("second run: %d mentions, first %d", len(doc.Mentions), n)
	}
}

func TestAnHonorificAndSurnameContinueTheFullName(t *testing.T) {
	doc := analyse(t, "Tony Blair spoke first. Mr Blair said he was sure. Ms Harris disagreed.", "2005-03-01",
		"PER:Tony Blair", "PER:Mr Blair", "PER:Ms Harris")
	first, _ := entity(t, doc, "Tony Blair", 0)
	_, e := entity(t, doc, "Mr Blair", 0)
	if e.Ref == nil || *e.Ref != first || e.Actor == nil || e.Actor.Name != "Tony Blair" {
		t.Errorf("Mr Blair: ref %v actor %+v, want ref %d and Tony Blair", e.Ref, e.Actor, first)
	}
	_, h := entity(t, doc, "Ms Harris", 0)
	if h.Ref != nil {
		t.Errorf("Ms Harris refers to %d, want a new person", *h.Ref)
	}
}

func TestStraightQuotesHideTheirPronouns(t *testing.T) {
	doc := analyse(t, `Theresa May said: "He is wrong and his plan fails." She left.`, "2005-03-01", "PER:Theresa May")
	if len(doc.Mentions) != 1 || doc.Mentions[0].Text != "She" || doc.Mentions[0].Name != "Theresa May" {
		t.Errorf("mentions = %+v, want only She → Theresa May", doc.Mentions)
	}
}

func BenchmarkProcess(b *testing.B) {
	r := NewResolverDict(mustDict(b))
	s := strings.Repeat("Russian Foreign Minister Sergey Lavrov met Steve Witkoff, the special envoy appointed by U.S. President Donald Trump, in Moscow. He said Kyiv had refused. Russian authorities blamed Ukrainian special services. ", 20)
	base := chronicle.NewDocument("b", s)
	if err := (text.Stage{}).Process(base); err != nil {
		b.Fatal(err)
	}
	ix := text.NewIndex(s)
	for _, name := range []string{"Sergey Lavrov", "Steve Witkoff", "Donald Trump", "Moscow", "Kyiv", "Russian", "Ukrainian", "U.S."} {
		for from := 0; ; {
			i := strings.Index(s[from:], name)
			if i < 0 {
				break
			}
			base.Entities = append(base.Entities, chronicle.Entity{Span: ix.Span(from+i, from+i+len(name)), Type: "PER"})
			from += i + len(name)
		}
	}
	sortEntities(base.Entities)
	st := NewStage(r)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := st.Process(base); err != nil {
			b.Fatal(err)
		}
	}
}

// The agency of a wire dateline is no organisation "the group" takes up.
func TestDatelineAgencyIsNoAntecedent(t *testing.T) {
	doc := analyse(t, "MOGADISHU, March 9 (Reuters) - Somalia's president vowed to press on with the offensive against the group.", "2025-03-10", "LOC:MOGADISHU", "ORG:Reuters", "LOC:Somalia")
	for _, m := range doc.Mentions {
		if m.Text == "the group" && m.Name == "Reuters" {
			t.Errorf("\"the group\" taken for the dateline's agency: %+v", m)
		}
	}
}

func TestAgentSectorOfAPeopleNoun(t *testing.T) {
	r := testResolver(t)
	for noun, want := range map[string]string{
		"civilians": "CVL", "Police": "COP", "aid workers": "NGO", "ministry": "GOV",
		"critics": "", "regime's": "GOV", "spokesman": "", // ("=": a spokesperson is no sector of his own)
	} {
		if got := r.AgentSector(noun); got != want {
			t.Errorf("AgentSector(%q) = %q, want %q", noun, got, want)
		}
	}
}

func TestDisplayKeepsTwoLetterAcronyms(t *testing.T) {
	for key, want := range map[string]string{"UN": "UN", "EU": "EU", "AL QAEDA": "Al Qaeda", "UN SECURITY COUNCIL": "UN Security Council"} {
		if got := display(key); got != want {
			t.Errorf("display(%q) = %q, want %q", key, got, want)
		}
	}
}
