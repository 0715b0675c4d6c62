package analyzer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

// Shapes of wire copy found by running fresh stories (written for these
// tests, about conflicts the stages were not tuned on) through the whole
// pipeline.
func TestFreshWireCopy(t *testing.T) {
	t.Run("a dateline does not hide the sentence's event", func(t *testing.T) {
		doc := analyse(t, "GOMA, June 4 (Reuters) — Rebel fighters shelled a camp for displaced families near Goma on Monday, killing six people, the provincial governor said.")
		if !hasEvent(doc, "shelled") {
			t.Errorf("no event for the shelling: %v", eventList(doc))
		}
	})
	t.Run("the army refers back to the army named before", func(t *testing.T) {
		doc := analyse(t, "The Malian army said its convoy came under fire near Kidal. Separatist leaders denied the claim and accused the army of attacking a wedding party.")
		for _, m := range doc.Mentions {
			if m.Text == "the army" {
				if m.Actor == nil || !strings.HasPrefix(m.Actor.Code, "MLIMIL") {
					t.Errorf("the army → %+v, want the Malian military", m.Actor)
				}
				return
			}
		}
		t.Errorf("the army not resolved: mentions %+v", doc.Mentions)
	})
	t.Run("killed and wounded in one attack are one event with both figures", func(t *testing.T) {
		doc := analyse(t, "A car bomb killed nine people and wounded 23 at a checkpoint in Mogadishu on Saturday.")
		var violent []chronicle.Event
		for _, e := range doc.Events {
			if e.Type == "FIGHT" || e.Type == "ASSAULT" {
				violent = append(violent, e)
			}
		}
		if len(violent) != 1 || violent[0].Fatalities == nil || *violent[0].Fatalities != 9 || violent[0].Injuries == nil || *violent[0].Injuries != 23 {
			t.Errorf("want one violent event with 9 killed and 23 injured: %v", eventList(doc))
		}
	})
	t.Run("a denial does not negate the verb coordinated with it", func(t *testing.T) {
		doc := analyse(t, "Azerbaijan denied any role in the ambush and accused Armenia of inventing it.")
		for _, e := range doc.Events {
			if strings.Contains(e.Trigger.Text, "accused") {
				if e.Negated {
					t.Errorf("the accusation is negated: %v", eventList(doc))
				}
				return
			}
		}
		t.Errorf("no accusation: %v", eventList(doc))
	})
	t.Run("fighting between two sides has both of them", func(t *testing.T) {
		doc := analyse(t, "Fighting between Armenia and Azerbaijan killed 20 soldiers on Tuesday.")
		for _, e := range doc.Events {
			if e.Type == "FIGHT" && e.Source != nil && e.Target != nil &&
				strings.HasPrefix(e.Source.Code, "ARM") && strings.HasPrefix(e.Target.Code, "AZE") {
				return
			}
		}
		t.Errorf("want FIGHT Armenia → Azerbaijan: %v", eventList(doc))
	})
	t.Run("an official of an international body acts for it", func(t *testing.T) {
		doc := analyse(t, "The United Nations refugee chief, Filippo Grandi, condemned the attack on the camp.")
		if len(doc.Events) == 0 {
			t.Fatal("no event")
		}
		for _, e := range doc.Events {
			if e.Source == nil || e.Source.Code != "IGOUNO" {
				t.Errorf("source %+v, want the UN (IGOUNO)", e.Source)
			}
		}
	})
	t.Run("arrests in a participial clause are an event of their own", func(t *testing.T) {
		doc := analyse(t, "Belarusian riot police broke up a march in Minsk on Sunday, detaining more than 200 people, a rights group said.")
		if !hasEvent(doc, "detaining") {
			t.Errorf("no event for the arrests: %v", eventList(doc))
		}
	})
	t.Run("the dateline's country is home to unqualified titles, and protesters gathering protest", func(t *testing.T) {
		doc := analyse(t, "YEREVAN, Armenia (AP) — Protesters gathered outside the government building for a fifth day. "+
			"Prime Minister Tigran Sarkisyan accused the opposition of provoking unrest.")
		var protest, accuse bool
		for _, e := range doc.Events {
			switch {
			case e.Type == "PROTEST" && e.Source != nil && strings.HasPrefix(e.Source.Code, "ARM"):
				protest = true
			case strings.Contains(e.Trigger.Text, "accused") && e.Source != nil && e.Source.Code == "ARMGOV":
				accuse = true
			}
		}
		if !protest || !accuse {
			t.Errorf("want an Armenian PROTEST and an accusation by ARMGOV: %v", eventList(doc))
		}
	})
	t.Run("a prime minister of no named country is of the dateline's", func(t *testing.T) {
		doc := analyse(t, "CHISINAU, Moldova (Reuters) — Prime Minister Dorin Recean said the government would not yield to blackmail.")
		for _, q := range doc.Quotes {
			if q.SpeakerCode != "MDAGOV" {
				t.Errorf("speaker %q code %q, want MDAGOV", q.SpeakerName, q.SpeakerCode)
			}
		}
		if len(doc.Quotes) == 0 {
			t.Error("no quote")
		}
	})
	t.Run("an aside after the subject is not the subject", func(t *testing.T) {
		doc := analyse(t, "KINSHASA, Congo — The demonstrators, many carrying Belgian flags, marched to the parliament on Friday.")
		if len(doc.Events) == 0 || doc.Events[0].Source == nil || !strings.HasPrefix(doc.Events[0].Source.Code, "COD") {
			t.Errorf("want the Congolese demonstrators as the source, not the flags' country: %v", eventList(doc))
		}
	})
	t.Run("a pair of subjects are the two sides of what they do together", func(t *testing.T) {
		doc := analyse(t, "Serbia and Kosovo held talks in Brussels on Thursday.")
		for _, e := range doc.Events {
			if e.Type == "CONSULT" && e.Source != nil && e.Target != nil && strings.HasPrefix(e.Source.Code, "SRB") && strings.HasPrefix(e.Target.Code, "KSV") {
				return
			}
		}
		t.Errorf("want CONSULT Serbia → Kosovo: %v", eventList(doc))
	})
	t.Run("an organisation's possessive title before the name gives the role", func(t *testing.T) {
		doc := analyse(t, "NATO's secretary general, Mark Rutte, said the alliance would stay the course.")
		for _, e := range doc.Entities {
			if e.Text == "Mark Rutte" {
				if e.Actor == nil || !strings.HasPrefix(e.Actor.Code, "IGO") {
					t.Errorf("Rutte → %+v, want NATO's code", e.Actor)
				}
				return
			}
		}
		t.Error("Mark Rutte not found")
	})
	t.Run("an embassy speaks for its country, not its seat", func(t *testing.T) {
		doc := analyse(t, "PARIS — The talks resumed on Monday. China's embassy in Paris called the report a fabrication.")
		for _, q := range doc.Quotes {
			if strings.Contains(q.SpeakerName, "Paris") && !strings.Contains(q.SpeakerName, "embassy") || !strings.HasPrefix(q.SpeakerCode, "CHN") {
				t.Errorf("speaker %q %q, want China's embassy (CHN)", q.SpeakerName, q.SpeakerCode)
			}
		}
		if len(doc.Quotes) == 0 {
			t.Error("no quote")
		}
	})
	t.Run("naming an act is not doing it, and a general strike is a protest", func(t *testing.T) {
		doc := analyse(t, "Iran's foreign ministry called the sanctions \"an act of economic terrorism\". Kenya's opposition called a general strike for Monday.")
		for _, e := range doc.Events {
			if e.Type == "SANCTION" {
				t.Errorf("naming the sanctions coded a sanction: %v", eventList(doc))
			}
		}
		var protest bool
		for _, e := range doc.Events {
			protest = protest || e.Type == "PROTEST" && strings.Contains(e.Trigger.Text, "strike")
		}
		if !protest {
			t.Errorf("the general strike is not a PROTEST: %v", eventList(doc))
		}
	})
	t.Run("a second verb keeps its own target and the subject's possessor", func(t *testing.T) {
		doc := analyse(t, "Venezuela's defence ministry rejected the report and threatened to retaliate against Guyana.")
		var reject, threaten bool
		for _, e := range doc.Events {
			switch e.Type {
			case "REJECT":
				reject = e.Source != nil && strings.HasPrefix(e.Source.Code, "VEN") && (e.Target == nil || !strings.HasPrefix(e.Target.Code, "GUY"))
			case "THREATEN":
				threaten = e.Source != nil && strings.HasPrefix(e.Source.Code, "VEN") && e.Target != nil && strings.HasPrefix(e.Target.Code, "GUY")
			}
		}
		if !reject || !threaten {
			t.Errorf("want REJECT by Venezuela (not of Guyana) and THREATEN Venezuela → Guyana: %v", eventList(doc))
		}
	})
	t.Run("headline verbs after collective plurals, patterns kept in their clause", func(t *testing.T) {
		doc := analyse(t, "Belarusian police detain 40 as students march against election fraud\n\nThe story follows.")
		if len(doc.Events) == 0 || doc.Events[0].Type != "COERCE" || !strings.Contains(doc.Events[0].Trigger.Text, "detain") {
			t.Errorf("want COERCE on detain first: %v", eventList(doc))
		}
	})
	t.Run("occupiers are a military", func(t *testing.T) {
		doc := analyse(t, "The Russian occupiers shelled Nikopol overnight.")
		if len(doc.Events) == 0 || doc.Events[0].Source == nil || doc.Events[0].Source.Code != "RUSMIL" {
			t.Errorf("want RUSMIL: %v", eventList(doc))
		}
	})
	t.Run("the object of a cue is not the venue", func(t *testing.T) {
		doc := analyse(t, "The minister dismissed the remarks as propaganda and said the talks would go on.")
		for _, q := range doc.Quotes {
			if q.Venue != "" {
				t.Errorf("%q has venue %q", q.Content.Text, q.Venue)
			}
		}
	})
	t.Run("an actor's name is never a bare code", func(t *testing.T) {
		doc := analyse(t, "Reuters beat its savings target for the year. OPEC ministers discussed output cuts in Vienna.")
		for _, e := range doc.Events {
			for _, a := range []*chronicle.Actor{e.Source, e.Target} {
				if a != nil && (a.Name == a.Code || strings.HasSuffix(a.Code, "MIL") && !strings.Contains(a.Name, "military")) {
					t.Errorf("actor %+v: %v", a, eventList(doc))
				}
			}
		}
	})
	t.Run("no verb right after an article", func(t *testing.T) {
		doc := analyse(t, "Among the accused were two former ministers. The vote comes ahead of an expected election in May.")
		for _, q := range doc.Quotes {
			t.Errorf("quote %q by %q with cue %v", q.Content.Text, q.SpeakerName, q.Cue)
		}
	})
	t.Run("the company refers back to the organisation named before", func(t *testing.T) {
		doc := analyse(t, "Gazprom raised gas prices for Moldova on Monday. The company said the old contract had expired.")
		if len(doc.Quotes) == 0 || doc.Quotes[len(doc.Quotes)-1].SpeakerName != "Gazprom" {
			t.Errorf("want Gazprom as the speaker of the company's quote: %+v", doc.Quotes)
		}
	})
	t.Run("the movement refers back to the armed group named before", func(t *testing.T) {
		doc := analyse(t, "Hezbollah holds seats in Lebanon's parliament. The movement said it would not disarm.")
		if len(doc.Quotes) == 0 || doc.Quotes[len(doc.Quotes)-1].SpeakerName != "Hezbollah" {
			t.Errorf("want Hezbollah as the speaker of the movement's quote: %+v", doc.Quotes)
		}
	})
	t.Run("violent verbs used of sport and markets code no violence", func(t *testing.T) {
		doc := analyse(t, "Real Madrid beat Barcelona 3-1 on Sunday. Rising fuel costs hit the airline's profits. "+
			"Russia attacked Georgia in August 2008. Gunmen killed two police officers in Kano.")
		var violent []string
		for _, e := range doc.Events {
			if e.Type == "FIGHT" || e.Type == "ASSAULT" {
				violent = append(violent, e.Trigger.Text)
			}
		}
		if strings.Contains(strings.Join(violent, "|"), "beat") || strings.Contains(strings.Join(violent, "|"), "hit") {
			t.Errorf("figurative violence coded: %v", eventList(doc))
		}
		if !strings.Contains(strings.Join(violent, "|"), "attacked") || !strings.Contains(strings.Join(violent, "|"), "killed") {
			t.Errorf("literal violence lost: %v", eventList(doc))
		}
	})
	t.Run("tens of thousands is a lower bound of twenty thousand", func(t *testing.T) {
		doc := analyse(t, "The fighting has driven tens of thousands of people from their homes since January.")
		for _, c := range doc.Claims {
			if strings.Contains(c.Span.Text, "tens of thousands") {
				if c.Quantity != 20000 || c.Bound != "min" {
					t.Errorf("got %v bound %q", c.Quantity, c.Bound)
				}
				return
			}
		}
		t.Errorf("no figure: %+v", doc.Claims)
	})
	t.Run("the reporter of a headline is not its target", func(t *testing.T) {
		doc := analyse(t, "Missile strike on Kharkiv depot kills 3, Ukrainian military says")
		for _, e := range doc.Events {
			if e.Target != nil && strings.Contains(e.Target.Name, "military") {
				t.Errorf("target is the reporter: %v", eventList(doc))
			}
		}
	})
}

func hasEvent(doc *chronicle.Document, trigger string) bool {
	for _, e := range doc.Events {
		if strings.Contains(e.Trigger.Text, trigger) {
			return true
		}
	}
	return false
}

func eventList(doc *chronicle.Document) []string {
	var out []string
	for _, e := range doc.Events {
		s := e.Type + " " + e.Trigger.Text
		if e.Source != nil {
			s += " src=" + e.Source.Code + "/" + e.Source.Name
		}
		if e.Target != nil {
			s += " tgt=" + e.Target.Code + "/" + e.Target.Name
		}
		out = append(out, s)
	}
	return out
}

// The fresh stories in testdata/fresh, analysed whole: what running them
// first found broken.
func TestFreshStories(t *testing.T) {
	read := func(name string) *chronicle.Document {
		t.Helper()
		b, err := os.ReadFile(filepath.Join("testdata", "fresh", name))
		if err != nil {
			t.Fatal(err)
		}
		return analyse(t, string(b))
	}
	find := func(doc *chronicle.Document, typ, trigger string) *chronicle.Event {
		for i, e := range doc.Events {
			if e.Type == typ && strings.Contains(e.Trigger.Text, trigger) {
				return &doc.Events[i]
			}
		}
		return nil
	}
	t.Run("sudan", func(t *testing.T) {
		doc := read("sudan.txt")
		if e := find(doc, "DISAPPROVE", "accused"); e == nil || e.Negated || e.Target == nil || e.Target.Code != "SDNMIL" {
			t.Errorf("the RSF's accusation of the army: %v", eventList(doc))
		}
		if e := find(doc, "FIGHT", "killed"); e == nil || e.Source == nil || e.Target == nil {
			t.Errorf("the war between the army and the RSF: %v", eventList(doc))
		}
		for _, q := range cued(doc, "blaming") {
			if q.SpeakerCode != "SDNMIL" {
				t.Errorf("blaming: speaker %q", q.SpeakerName)
			}
		}
	})
	t.Run("tbilisi", func(t *testing.T) {
		doc := read("tbilisi.txt")
		if find(doc, "COERCE", "detaining") == nil {
			t.Errorf("the arrests: %v", eventList(doc))
		}
		if e := find(doc, "DISAPPROVE", "accused"); e == nil || e.Source == nil || e.Source.Code != "GEOGOV" {
			t.Errorf("the prime minister's accusation: %v", eventList(doc))
		}
	})
	t.Run("sanctions", func(t *testing.T) {
		doc := read("sanctions.txt")
		if e := find(doc, "THREATEN", "threatened"); e == nil || e.Source == nil || !strings.HasPrefix(e.Source.Code, "IRN") {
			t.Errorf("Iran's threat: %v", eventList(doc))
		}
		for _, e := range doc.Events {
			if e.Type == "SANCTION" && e.Source != nil && strings.HasPrefix(e.Source.Code, "RUS") {
				t.Errorf("Russia naming the sanctions coded a sanction: %v", eventList(doc))
			}
		}
		for _, q := range cued(doc, "called") {
			if !strings.Contains(q.SpeakerName, "embassy") {
				t.Errorf("the embassy's quote: speaker %q", q.SpeakerName)
			}
		}
	})
	t.Run("myanmar", func(t *testing.T) {
		doc := read("myanmar.txt")
		for _, q := range cued(doc, "told") {
			if strings.HasPrefix(q.Content.Text, "state media") {
				t.Errorf("the hearer is in the content: %q", q.Content.Text)
			}
		}
		if e := find(doc, "FIGHT", "killed"); e == nil || e.Source == nil || !strings.HasPrefix(e.Source.Code, "MMR") {
			t.Errorf("the airstrike: %v", eventList(doc))
		}
	})
	t.Run("congo", func(t *testing.T) {
		doc := read("congo.txt")
		if e := find(doc, "FIGHT", "shelled"); e == nil || e.Source == nil || e.Source.Code != "CODREB" || e.Location != "Uvira" {
			t.Errorf("M23's shelling of Uvira: %v", eventList(doc))
		}
		if e := find(doc, "DISAPPROVE", "accused"); e == nil || e.Source == nil || e.Source.Code != "CODREB" {
			t.Errorf("the rebel alliance's accusation: %v", eventList(doc))
		}
		if e := find(doc, "DEMAND", "called on"); e == nil || e.Source == nil || e.Source.Code != "USAGOV" {
			t.Errorf("the United States' call: %v", eventList(doc))
		}
		if find(doc, "MOBILIZE", "sent") == nil {
			t.Errorf("Burundi's troops at the border: %v", eventList(doc))
		}
		for _, e := range doc.Entities {
			if e.Text == "Congo" && (e.Actor == nil || !strings.HasPrefix(e.Actor.Code, "COD")) {
				t.Errorf("Congo → %+v, want the Democratic Republic (COD)", e.Actor)
			}
		}
	})
	t.Run("sagaing", func(t *testing.T) {
		doc := read("sagaing.txt")
		for _, e := range doc.Events {
			for _, a := range []*chronicle.Actor{e.Source, e.Target} {
				if a != nil && (strings.HasPrefix(a.Code, "CHN") && e.Type != "DEMAND" || strings.ContainsAny(a.Name, "\"“”")) {
					t.Errorf("actor %+v of %s %q", a, e.Type, e.Trigger.Text)
				}
			}
		}
		if e := find(doc, "FIGHT", "cleared"); e == nil || e.Source == nil || !strings.HasPrefix(e.Source.Code, "MMR") {
			t.Errorf("the security forces' clearing operation: %v", eventList(doc))
		}
	})
	t.Run("lebanon", func(t *testing.T) {
		doc := read("lebanon.txt")
		if e := find(doc, "FIGHT", "killed"); e == nil || e.Source == nil || e.Source.Code != "ISRMIL" {
			t.Errorf("the drone strike on a car is force, not a car bombing: %v", eventList(doc))
		}
		if e := find(doc, "DISAPPROVE", "condemned"); e == nil || e.Target != nil && strings.HasPrefix(e.Target.Code, "FRA") {
			t.Errorf("the condemnation's target is not France, named after 'and urged': %v", eventList(doc))
		}
		if e := find(doc, "DEMAND", "urged"); e == nil || e.Source == nil || e.Source.Code != "LBNGOV" {
			t.Errorf("the president's call on France and the US: %v", eventList(doc))
		}
		if e := find(doc, "THREATEN", "striking"); e == nil || e.Source == nil || !strings.HasPrefix(e.Source.Code, "ISR") {
			t.Errorf("Israel will keep striking: %v", eventList(doc))
		}
		if find(doc, "MOBILIZE", "deploying") == nil {
			t.Errorf("the army deploying troops to the border: %v", eventList(doc))
		}
	})
	t.Run("kursk", func(t *testing.T) {
		doc := read("kursk.txt")
		if e := find(doc, "FIGHT", "shelled"); e == nil || e.Target == nil || e.Target.Code != "RUSCVL" {
			t.Errorf("the shelling of the Kursk region's villages hits its people: %v", eventList(doc))
		}
		if e := find(doc, "FIGHT", "intercepted"); e == nil || e.Location == "Moscow" {
			t.Errorf("intercepting drones is force, not placed where the ministry sits: %v", eventList(doc))
		}
		if e := find(doc, "DISAPPROVE", "accused"); e == nil || e.Source == nil || e.Source.Code != "RUSGOV" {
			t.Errorf("Peskov's accusation after his 'that' clause: %v", eventList(doc))
		}
		for _, q := range cued(doc, "reported") {
			if !strings.Contains(q.SpeakerName, "Defence Ministry") {
				t.Errorf("the ministry's report: speaker %q", q.SpeakerName)
			}
		}
	})
	t.Run("lima", func(t *testing.T) {
		doc := read("lima.txt")
		if e := find(doc, "PROTEST", "march"); e == nil || e.Source == nil || strings.HasSuffix(e.Source.Code, "COP") {
			t.Errorf("'police fire tear gas as thousands march': the march is the crowd's, not the police's: %v", eventList(doc))
		}
		if find(doc, "PROTEST", "joined") == nil {
			t.Errorf("20,000 people joining the march protest: %v", eventList(doc))
		}
		if e := find(doc, "SUPPORT", "defended"); e == nil {
			t.Errorf("the minister defending the police response is support in words: %v", eventList(doc))
		}
		for _, q := range doc.Quotes {
			if q.SpeakerName == "LIMA" || strings.HasPrefix(q.Content.Text, ",") {
				t.Errorf("quote %q by %q", q.Content.Text, q.SpeakerName)
			}
		}
	})
	t.Run("darfur", func(t *testing.T) {
		doc := read("darfur.txt")
		if e := find(doc, "DEMAND", "demanded"); e == nil || e.Source == nil || !strings.HasPrefix(e.Source.Code, "IGOUNO") {
			t.Errorf("the WHO chief's demand ('WHO' is no relative pronoun): %v", eventList(doc))
		}
		for _, e := range doc.Events {
			if e.Source != nil && strings.Contains(e.Source.Name, "displaced") {
				t.Errorf("a clause became an actor's name: %v", eventList(doc))
			}
		}
	})
	t.Run("caucasus", func(t *testing.T) {
		doc := read("caucasus.txt")
		if e := find(doc, "AGREE", "signed"); e == nil || e.Source == nil || e.Source.Code != "ARMGOV" || e.Target == nil || e.Target.Code != "AZEGOV" {
			t.Errorf("the two leaders signing the framework: %v", eventList(doc))
		}
		for _, e := range doc.Events {
			if e.Source != nil && e.Target != nil && e.Type != "FIGHT" && e.Source.Code == e.Target.Code {
				t.Errorf("an actor as its own target: %v", eventList(doc))
			}
		}
	})
	t.Run("kashmir", func(t *testing.T) {
		doc := read("kashmir.txt")
		if e := find(doc, "ACCUSE", "blamed"); e == nil || e.Target == nil || e.Target.Code != "PAKUAF" {
			t.Errorf("India blaming Pakistan-based militants: %v", eventList(doc))
		}
		if e := find(doc, "FIGHT", "exchanged"); e == nil || e.Fatalities == nil || *e.Fatalities != 5 {
			t.Errorf("', killing at least five civilians' is the exchange of fire's toll: %v", eventList(doc))
		}
		if e := find(doc, "ASSAULT", "attack"); e == nil || e.Fatalities == nil || *e.Fatalities != 26 {
			t.Errorf("'an attack … killed 26 people' is the attack's toll: %v", eventList(doc))
		}
		for _, e := range doc.Events {
			if strings.Contains(e.Trigger.Text, "offered") && e.Target != nil {
				t.Errorf("co-mediators as each other's target: %v", eventList(doc))
			}
		}
	})
	t.Run("sahel", func(t *testing.T) {
		doc := read("sahel.txt")
		if e := find(doc, "FIGHT", "ambushed"); e == nil || e.Target == nil || e.Target.Code != "BFAMIL" {
			t.Errorf("the ambush of an army convoy: %v", eventList(doc))
		}
		for _, c := range doc.Claims {
			if c.Span.Start < 60 && strings.Contains(c.Span.Text, "12 soldiers") && c.Kind != "killed" {
				t.Errorf("the headline's toll %q has kind %q", c.Span.Text, c.Kind)
			}
		}
	})
	t.Run("gaza", func(t *testing.T) {
		doc := read("gaza.txt")
		for _, e := range doc.Events {
			if e.Source != nil && (e.Source.Code == "PSEGZA" || strings.Contains(e.Trigger.Text, "said")) {
				t.Errorf("the health ministry reporting a strike became its source: %v", eventList(doc))
			}
			if strings.Contains(e.Trigger.Text, "massacre") {
				t.Errorf("naming the attack a massacre coded one: %v", eventList(doc))
			}
			if strings.Contains(e.Trigger.Text, ".") {
				t.Errorf("an event's trigger runs over a sentence end: %q", e.Trigger.Text)
			}
		}
	})
	t.Run("istanbul", func(t *testing.T) {
		doc := read("istanbul.txt")
		voices := map[string]string{}
		for _, f := range doc.Framing {
			voices[f.Text] = f.Voice + "/" + f.Speaker
		}
		if !strings.HasPrefix(voices["Kiev regime"], "quoted/") || !strings.HasPrefix(voices["occupiers"], "quoted/") {
			t.Errorf("each side's wording in its speaker's reported speech is quoted: %v", voices)
		}
		if e := find(doc, "FIGHT", "shelled"); e == nil || e.ReportedBy == nil || !strings.Contains(e.ReportedBy.Name, "Sybiha") {
			t.Errorf("the shelling reported by Sybiha: %v", eventList(doc))
		}
	})
	t.Run("feature", func(t *testing.T) {
		doc := read("feature.txt")
		for _, e := range doc.Events {
			if strings.Contains(e.Trigger.Text, "talks") {
				t.Errorf("'she rarely talks about it' was given to an earlier actor: %v", eventList(doc))
			}
		}
		for _, q := range doc.Quotes {
			if strings.Contains(q.Content.Text, "rarely talks") && q.SpeakerName != "Olena Petrenko" {
				t.Errorf("speaker %q, want Olena Petrenko", q.SpeakerName)
			}
		}
	})
	t.Run("doha", func(t *testing.T) {
		doc := read("doha.txt")
		e := find(doc, "AGREE", "agreed")
		if e == nil || e.Source == nil || e.Target == nil || !strings.HasPrefix(e.Source.Code, "ISR") || !strings.HasPrefix(e.Target.Code, "PSE") {
			t.Errorf("Israel and Hamas agreed: %v", eventList(doc))
		}
	})
}

// cued returns the quotes of doc whose cue is the word cue.
func cued(doc *chronicle.Document, cue string) []chronicle.Quote {
	var out []chronicle.Quote
	for _, q := range doc.Quotes {
		if q.Cue != nil && q.Cue.Text == cue {
			out = append(out, q)
		}
	}
	return out
}
