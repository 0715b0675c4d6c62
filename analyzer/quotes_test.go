package analyzer

import (
	"strings"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle"
)

var (
	pipeOnce sync.Once
	pipe     *chronicle.Pipeline
	pipeErr  error
)

func analyse(t *testing.T, text string) *chronicle.Document {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = New(Options{}) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	doc := chronicle.NewDocument("t", text)
	if err := pipe.Run(doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// Quote shapes news is made of, in sentences written for these tests.
func TestQuotesReadTheSentenceStructure(t *testing.T) {
	cases := []struct {
		name, text       string
		content, speaker string
		cue              string
	}{
		{
			name:    "a trailing attribution reports what precedes it, not the venue after the cue",
			text:    "Ukraine will not give up any of its land, President Volodymyr Zelensky said in his nightly address.",
			content: "Ukraine will not give up any of its land", speaker: "President Volodymyr Zelensky", cue: "said",
		},
		{
			name:    "the second of two coordinated reporting verbs keeps the subject of the first",
			text:    "Finland's foreign minister welcomed the decision and urged the other members to follow quickly.",
			content: "the other members to follow quickly", speaker: "Finland's foreign minister", cue: "urged",
		},
		{
			name: "a quotation reopened in the next paragraph is one quote",
			text: "The mayor spoke to reporters at dawn. \"The shelling started at four. It did not stop for an hour.\n\n" +
				"\"Two schools and a clinic were hit,\" she said.",
			content: "\"The shelling started at four. It did not stop for an hour.\n\n\"Two schools and a clinic were hit,\"",
			speaker: "she", cue: "said",
		},
		{
			name:    "reported speech keeps its complementizer, past the adjuncts between cue and clause",
			text:    "The defence minister told reporters at a briefing in Vilnius on Friday that the brigade would be ready by spring.",
			content: "that the brigade would be ready by spring", speaker: "The defence minister", cue: "told",
		},
		{
			name:    "an adjunct between an urging cue and its infinitive leaves the addressee out",
			text:    "The foreign minister urged Belgrade the day before to withdraw its troops from the border.",
			content: "to withdraw its troops from the border", speaker: "The foreign minister", cue: "urged",
		},
		{
			name:    "a particle and a preposition after the cue are not what was said",
			text:    "Opposition leaders complained about the new curfew on Monday.",
			content: "the new curfew on Monday", speaker: "Opposition leaders", cue: "complained",
		},
		{
			name:    "a participle after a trailing attribution keeps its speaker",
			text:    "Shelling hit the town of Avdiivka overnight, the regional governor said on Friday, blaming Russian artillery units.",
			content: "Russian artillery units", speaker: "the regional governor", cue: "blaming",
		},
		{
			name:    "a participle that is also a noun cue keeps the speaker before it",
			text:    "The Red Cross president, Mirjana Spoljaric, urged both sides to spare hospitals, warning that the health system was close to collapse.",
			content: "that the health system was close to collapse", speaker: "Mirjana Spoljaric", cue: "warning",
		},
		{
			name:    "a title with 'of' stays in the speaker the sentence opens on",
			text:    "Deputy Minister of Defence Hanna Maliar visited the front on Monday and promised new drones for the brigade.",
			content: "new drones for the brigade", speaker: "Deputy Minister of Defence Hanna Maliar", cue: "promised",
		},
		{
			name:    "a mission named by its country and its seat speaks for the country, not the seat",
			text:    "China's embassy in London called the report a fabrication.",
			content: "the report a fabrication", speaker: "China's embassy in London", cue: "called",
		},
		{
			name:    "the hearer of told is not what was said",
			text:    "A military spokesman told state television the convoy had been ambushed near the border.",
			content: "the convoy had been ambushed near the border", speaker: "A military spokesman", cue: "told",
		},
		{
			name:    "an attribution set off by commas inside the sentence leaves it all to the speaker",
			text:    "The convoy, the spokesman added, had been turned back at the border twice.",
			content: "The convoy, the spokesman added, had been turned back at the border twice", speaker: "the spokesman", cue: "added",
		},
		{
			name:    "a time phrase between the speaker and the cue stays out of the speaker",
			text:    "Gazprom this week announced new gas prices for Moldova.",
			content: "new gas prices for Moldova", speaker: "Gazprom", cue: "announced",
		},
		{
			name:    "a demonstrative is no speaker: the trailing attribution reports the sentence",
			text:    "This has pushed fuel prices higher, economists said, adding that shortages were likely.",
			content: "This has pushed fuel prices higher", speaker: "economists", cue: "said",
		},
		{
			name:    "a nominal cue after a determiner is the speaker's noun",
			text:    "The report said aid deliveries had fallen by half since March.",
			content: "aid deliveries had fallen by half since March", speaker: "The report", cue: "said",
		},
		{
			name:    "the dateline is not part of what was said",
			text:    "BAMAKO, May 2 (AFP) — Jihadist fighters ambushed a supply convoy near Gao, the Malian army said.",
			content: "Jihadist fighters ambushed a supply convoy near Gao", speaker: "the Malian army", cue: "said",
		},
		{
			name:    "an appositive title between the name and the cue stays out of the content",
			text:    "Omar Haddad, the spokesman for the Red Crescent, said the convoy had reached the city.",
			content: "the convoy had reached the city", speaker: "Omar Haddad", cue: "said",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := analyse(t, c.text)
			var got []string
			for _, q := range doc.Quotes {
				content := q.Content.In(doc.Text)
				speaker, cue := "", ""
				if q.Speaker != nil {
					speaker = q.Speaker.In(doc.Text)
				}
				if q.Cue != nil {
					cue = q.Cue.In(doc.Text)
				}
				if content == c.content && strings.HasPrefix(speaker, c.speaker) && cue == c.cue {
					return
				}
				got = append(got, content+" | "+speaker+" | "+cue)
			}
			t.Errorf("no quote %q by %q (%s); got:\n%s", c.content, c.speaker, c.cue, strings.Join(got, "\n"))
		})
	}
}

// Whose wording a loaded term in reported speech is, in sentences written
// for this test: the speaker's when the term is their side's, the outlet's
// when the paraphrase puts another side's words in the speaker's mouth or
// when "according to" attributes facts.
func TestLoadedTermInReportedSpeechVoice(t *testing.T) {
	cases := []struct {
		name, text, term, voice, speaker string
	}{
		{"a Russian minister's indirect quote keeps his side's label",
			"Russian Foreign Minister Sergey Lavrov said the Kyiv regime had walked away from the talks in Istanbul.",
			"Kyiv regime", chronicle.VoiceQuoted, "Sergey Lavrov"},
		{"a trailing attribution without marks is the speaker's wording",
			"Russian occupiers shelled a school in Kherson overnight, Ukrainian President Volodymyr Zelensky said in his nightly address.",
			"occupiers", chronicle.VoiceQuoted, "Volodymyr Zelensky"},
		{"another side's label in a paraphrase is the outlet's",
			"French President Emmanuel Macron said the Kyiv regime was ready to negotiate a ceasefire.",
			"Kyiv regime", chronicle.VoiceAuthor, ""},
		{"according to attributes facts, not wording",
			"According to the Russian Defence Ministry, the Kyiv regime lost 300 soldiers near Pokrovsk.",
			"Kyiv regime", chronicle.VoiceAuthor, ""},
		{"the outlet's own sentence",
			"The Kyiv regime announced new mobilisation rules on Tuesday.",
			"Kyiv regime", chronicle.VoiceAuthor, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := analyse(t, c.text)
			for _, f := range doc.Framing {
				if f.Text != c.term {
					continue
				}
				if f.Voice != c.voice || !strings.Contains(f.Speaker, c.speaker) {
					t.Errorf("%q: voice %q speaker %q, want %q %q (quotes %+v)", c.term, f.Voice, f.Speaker, c.voice, c.speaker, doc.Quotes)
				}
				return
			}
			t.Errorf("%q not found in framing %+v", c.term, doc.Framing)
		})
	}
}

// TestAModelCueMustBeAVerb checks that a word the cue model scores as a
// speech verb is not taken for one when the tagger makes it a noun: "coast
// guard ships fired water cannon" reports no quote of "Chinese coast".
func TestAModelCueMustBeAVerb(t *testing.T) {
	wantNoQuotes(t,
		"Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal.",
		"Border guard units in Narva detained two men on Friday.")
}

// wantNoQuotes fails the test for every quote the analysis finds in the
// texts.
func wantNoQuotes(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		for _, q := range analyse(t, s).Quotes {
			t.Errorf("%q: quote %q by %q (cue %v)", s, q.Content.Text, q.SpeakerName, q.Cue)
		}
	}
}

// TestCuesTheTreeRulesOut: a lexicon cue the tree makes a noun naming
// something ("the Afghan charge d'affaires") and a passive verb of the cue
// model with no clause it reports ("trucks … were stranded") are no
// speech; a noun cue the tree reads as a verb ("analysts estimate that")
// is a verb, with its subject the speaker.
func TestCuesTheTreeRulesOut(t *testing.T) {
	wantNoQuotes(t,
		"Pakistan's foreign office summoned the Afghan charge d'affaires on Monday.",
		"Hundreds of trucks carrying fruit were stranded on both sides of the border.")
	s := "Analysts estimate that a million people have fled."
	doc := analyse(t, s)
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker == nil || doc.Quotes[0].Speaker.Text != "Analysts" {
		t.Errorf("%q: quotes %+v, want one by Analysts", s, doc.Quotes)
	}
}

// TestActReportedAccordingToSomeone runs the whole analysis (the cue model
// and the tree included): a verb of action that "according to" attributes
// is the content of that attribution, never a cue of its own.
func TestActReportedAccordingToSomeone(t *testing.T) {
	for _, s := range []string{
		"The M23 shelled the outskirts of Goma on Sunday, according to residents.",
		"The Taliban fired mortars at a border post, according to Pakistani officials.",
		"On Friday, the SDF shelled the village of Hajin, killing two farmers, according to local activists.",
	} {
		doc := analyse(t, s)
		var got []string
		for _, q := range doc.Quotes {
			cue := ""
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			got = append(got, cue+": "+q.Content.Text)
		}
		if len(doc.Quotes) != 1 || doc.Quotes[0].Cue == nil || doc.Quotes[0].Cue.Text != "according to" ||
			!strings.HasPrefix(s, doc.Quotes[0].Content.Text) {
			t.Errorf("%q: quotes %q; want the one attribution by 'according to', the act in its content", s, got)
		}
	}
}

// TestTrailingAttributionBeforeAnAside: "X, officials on both sides said, the
// first such swap in months" — the speaker phrase runs across its
// preposition, and the content is the clause before the attribution, not
// the phrase after it about that clause.
func TestTrailingAttributionBeforeAnAside(t *testing.T) {
	s := "Armenia and Azerbaijan freed 40 detainees each on Friday, officials on both sides said, the largest release since the war."
	doc := analyse(t, s)
	if len(doc.Quotes) != 1 {
		t.Fatalf("quotes %+v, want one", doc.Quotes)
	}
	q := doc.Quotes[0]
	if q.Speaker == nil || q.Speaker.Text != "officials on both sides" {
		t.Errorf("speaker %+v, want officials on both sides", q.Speaker)
	}
	if want := "Armenia and Azerbaijan freed 40 detainees each on Friday"; q.Content.Text != want {
		t.Errorf("content %q, want %q", q.Content.Text, want)
	}
}

// TestClaimedByANamedGroup: "X was claimed by the Group for the Support of
// Islam and Muslims (JNIM)" — the speaker is the whole name with its
// acronym, and what was claimed is the whole subject.
func TestClaimedByANamedGroup(t *testing.T) {
	s := "The raid on the army post near Fada was claimed by the Front for the Liberation of Macina and Gourma (FLMG), which said it had seized rifles."
	doc := analyse(t, s)
	for _, q := range doc.Quotes {
		if q.Cue == nil || !strings.HasPrefix(q.Cue.Text, "claimed") {
			continue
		}
		if q.Content.Text != "The raid on the army post near Fada" {
			t.Errorf("content %q, want the whole subject", q.Content.Text)
		}
		if q.Speaker == nil || !strings.Contains(q.Speaker.Text, "Liberation of Macina and Gourma") {
			t.Errorf("speaker %+v, want the whole name", q.Speaker)
		}
		return
	}
	t.Errorf("no 'claimed by' quote in %+v", doc.Quotes)
}

// An attack on a place ("attacked a police post") or a motion into one
// ("slammed into a camp") is an act, not speech, whatever the cue lexicon
// says of the verb (it also names verbal attacks); the verbal attack on a
// policy stays a quote.
func TestAttackOnAPlaceIsNoQuote(t *testing.T) {
	for _, tc := range []struct{ cue, act, speech string }{
		{"attacked", "Officials said the talks were frozen, two days after the insurgents attacked a police post near the town of Tillaberi.",
			"The opposition leader attacked the government's budget as reckless."},
		{"slammed", "Shells fired by M23 rebels slammed into a camp for displaced families outside Sake on Tuesday, killing nine people, a UN spokesperson said.",
			"The opposition leader slammed the government's budget as reckless."},
	} {
		doc := analyse(t, tc.act)
		for _, q := range doc.Quotes {
			if q.Cue.In(doc.Text) == tc.cue {
				t.Errorf("quote cued by %q: %q", tc.cue, q.Content.In(doc.Text))
			}
		}
		if doc := analyse(t, tc.speech); len(doc.Quotes) == 0 {
			t.Errorf("%q: a verbal attack on a policy is no longer a quote", tc.speech)
		}
	}
}

// A cue verb's form that modifies a noun ("suspected hideouts", "alleged
// abuses") is no cue: the trailing attribution holds the quote.
func TestModifierIsNoCue(t *testing.T) {
	oneQuoteCuedBy(t, "Turkish jets bombed suspected hideouts of the PKK in northern Iraq on Friday, the defence ministry said.", "said")
}

// oneQuoteCuedBy checks that text gives one quote, cued by cue.
func oneQuoteCuedBy(t *testing.T, text, cue string) {
	t.Helper()
	doc := analyse(t, text)
	if len(doc.Quotes) != 1 || doc.Quotes[0].Cue.In(doc.Text) != cue {
		for _, q := range doc.Quotes {
			t.Errorf("quote cued by %q: %q", q.Cue.In(doc.Text), q.Content.In(doc.Text))
		}
		t.Fatalf("want one quote cued by %q", cue)
	}
}

// What is fired or set ("tear gas", "fire") and a building stormed are
// acts, whatever the cue model reads in the verb; a promise of weapons is
// still speech.
func TestFiringIsNoQuote(t *testing.T) {
	for _, text := range []string{
		"Police fired tear gas at protesters in Nairobi on Tuesday.",
		"Protesters set fire to the parliament building in Kathmandu on Tuesday.",
		"Protesters stormed the parliament building in Kathmandu on Tuesday as police fired live rounds into the crowd.",
	} {
		doc := analyse(t, text)
		for _, q := range doc.Quotes {
			t.Errorf("%q: quote cued by %q: %q", text, q.Cue.In(doc.Text), q.Content.In(doc.Text))
		}
	}
	doc := analyse(t, "The defence minister promised new drones for the brigade.")
	if len(doc.Quotes) == 0 {
		t.Error("a promise of weapons is no longer a quote")
	}
}

// How long someone did something is no content of speech ("who has ruled
// for 15 years").
func TestDurationIsNoQuote(t *testing.T) {
	doc := analyse(t, "Prime Minister Sheikh Hasina, who has ruled for 15 years, vowed to crush the unrest.")
	for _, q := range doc.Quotes {
		if q.Cue.In(doc.Text) == "ruled" {
			t.Errorf("quote cued by %q: %q", "ruled", q.Content.In(doc.Text))
		}
	}
}

// A verb only the cue model reads as speech ("abducted") is no cue when a
// trailing attribution says who told the clause ("…, police said").
func TestTrailingAttributionHoldsTheAct(t *testing.T) {
	oneQuoteCuedBy(t, "Gunmen abducted 20 students from a school in Kaduna state early on Friday, police said.", "said")
}
