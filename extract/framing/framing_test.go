package framing

import (
	"os"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// analyse runs the text stage, adds the given quotes and runs the framing
// stage with the built-in lexicon and no technique model.
func analyse(t *testing.T, s string, quotes ...chronicle.Quote) *chronicle.Document {
	t.Helper()
	doc := chronicle.NewDocument("t", s)
	if err := (text.Stage{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	doc.Quotes = quotes
	if err := New(Options{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// quoteOf builds a quote whose content is the first occurrence of content
// in s.
func quoteOf(s, content, speaker, kind string) chronicle.Quote {
	b0 := strings.Index(s, content)
	ix := text.NewIndex(s)
	return chronicle.Quote{Content: ix.Span(b0, b0+len(content)), SpeakerName: speaker, Kind: kind}
}

func TestLexiconMatches(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "span|category|neutral"
	}{
		{"a plural form matches the singular entry", "Moscow says it fights neo-Nazis in Ukraine.",
			[]string{"neo-Nazis|delegitimizing-label|Ukrainian forces"}},
		{"matching ignores case", "The KYIV REGIME refused.",
			[]string{"KYIV REGIME|delegitimizing-label|Ukrainian government"}},
		{"a possessive after the phrase does not stop it", "The Kyiv regime’s push to join NATO.",
			[]string{"Kyiv regime|delegitimizing-label|Ukrainian government"}},
		{"so-called before a state is a delegitimizing qualifier covering the name", "Talks with the so-called Ukraine resumed.",
			[]string{"so-called Ukraine|delegitimizing-qualifier|Ukraine"}},
		{"so-called before a multi-word name covers the whole name", "He met the so-called Donetsk People's Republic leaders.",
			[]string{"so-called Donetsk People's Republic|delegitimizing-qualifier|Donetsk People's Republic"}},
		{"so-called before something else only distances", "The so-called experts disagreed.",
			[]string{"so-called experts|distancing-qualifier|experts"}},
		{"a sanctions regime is not a loaded label", "The EU tightened its sanctions regime on Iran.", nil},
		{"regime change is a policy term", "They denied seeking regime change.", nil},
		{"a regime of a government is a loaded label", "The regime cracked down on protesters.",
			[]string{"regime|loaded-label|government"}},
		{"the longest phrase wins over a shorter one inside it", "The Hamas-run health ministry said 30 died.",
			[]string{"Hamas-run health ministry|delegitimizing-qualifier|Gaza health ministry"}},
		{"German reunification is not a euphemism", "Germany marked 35 years since reunification.", nil},
		{"reunification of Crimea is a euphemism for annexation", "Moscow celebrated the reunification with Crimea.",
			[]string{"reunification|euphemism|annexation"}},
		{"a terrorist attack is not a label of people", "The terrorist attack killed nine.", nil},
		{"terrorists as a label of the other side matches", "The army said it killed 20 terrorists.",
			[]string{"terrorists|loaded-label|fighters"}},
		{"a butcher shop is not loaded", "He ran a butcher shop in Kharkiv.", nil},
		{"dehumanizing words of both sides match", "Bloggers call them orcs; TV hosts say khokhols.",
			[]string{"orcs|dehumanizing|Russian soldiers", "khokhols|dehumanizing|Ukrainians"}},
		{"Israel–Gaza labels of both sides match", "Tehran denounced the Zionist entity; a minister spoke of human animals.",
			[]string{"Zionist entity|delegitimizing-label|Israel", "human animals|dehumanizing|Hamas fighters"}},
		{"a euphemism for the war matches", "Not only on the Ukrainian crisis.",
			[]string{"Ukrainian crisis|euphemism|war in Ukraine"}},
		{"a term loaded in one conflict gets that conflict's neutral wording", "Russian invaders shelled the town. Orban spoke of Muslim invaders at the border.",
			[]string{"invaders|loaded-label|Russian forces", "invaders|dehumanizing|migrants"}},
		{"self-proclaimed before a name covers the name", "Leaders of the self-proclaimed Luhansk People's Republic met.",
			[]string{"self-proclaimed Luhansk People's Republic|delegitimizing-qualifier|Luhansk People's Republic"}},
		{"liberation theology is not a euphemism", "Liberation theology spread in the city after troops left.", nil},
		{"so called without a hyphen is the same qualifier", "Talks with the so called Ukraine resumed.",
			[]string{"so called Ukraine|delegitimizing-qualifier|Ukraine"}},
		{"former Ukraine is a qualifier but the former Soviet Union is not", "Strikes on the former Ukraine, part of the former Soviet Union.",
			[]string{"former Ukraine|delegitimizing-qualifier|Ukraine"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyse(t, tc.text)
			var got []string
			for _, f := range doc.Framing {
				if f.Text != tc.text[f.ByteStart:f.ByteEnd] || []rune(tc.text)[f.Start] != []rune(f.Text)[0] {
					t.Errorf("offsets of %q disagree with its text", f.Text)
				}
				got = append(got, f.Text+"|"+f.Category+"|"+f.Neutral)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestVoice(t *testing.T) {
	const both = `The special military operation continues, and Putin said it was “a special military operation to protect Donbas.”`
	const indirect = `According to Ushakov, the sides discussed talks with the so-called Ukraine.`
	tests := []struct {
		name   string
		text   string
		quotes []chronicle.Quote
		want   []string // "span|voice|speaker"
	}{
		{"the same term in the author's voice and in a quote gets two voices", both,
			[]chronicle.Quote{quoteOf(both, "“a special military operation to protect Donbas.”", "Vladimir Putin", chronicle.QuoteDirect)},
			[]string{"special military operation|author|", "special military operation|quoted|Vladimir Putin"}},
		{"a name reported after a naming verb is quoted", "The Kremlin called it a special military operation.", nil,
			[]string{"special military operation|quoted|Kremlin"}},
		{"what someone calls a thing is quoted", "Moscow launched what it calls a special military operation.", nil,
			[]string{"special military operation|quoted|Moscow"}},
		{"reported speech without quotation marks is the outlet's wording", indirect,
			[]chronicle.Quote{quoteOf(indirect, "the sides discussed talks with the so-called Ukraine", "Yury Ushakov", chronicle.QuoteIndirect)},
			[]string{"so-called Ukraine|author|"}},
		{"scare quotes make a term quoted without a speaker", `Officials spoke of the "Kyiv regime" again.`, nil,
			[]string{"Kyiv regime|quoted|"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyse(t, tc.text, tc.quotes...)
			var got []string
			for _, f := range doc.Framing {
				got = append(got, f.Text+"|"+f.Voice+"|"+f.Speaker)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestEveryEntryHasANeutralWording(t *testing.T) {
	lx := BuiltinLexicon()
	if len(lx.Entries) < 60 {
		t.Errorf("the built-in lexicon has %d entries, want at least 60", len(lx.Entries))
	}
	for _, e := range lx.Entries {
		if strings.TrimSpace(e.Neutral) == "" || strings.TrimSpace(e.Side) == "" {
			t.Errorf("line %d (%s): want a side and a neutral wording", e.Line, e.Terms[0])
		}
	}
}

func TestParseLexiconRejectsUnknownCategoriesAndRules(t *testing.T) {
	for _, in := range []string{"regime\tsinister\tany\tgovernment\n", "regime\tloaded-label\tany\tgovernment\tnearby:x\n", "regime\tloaded-label\n"} {
		if _, err := ParseLexicon(strings.NewReader(in)); err == nil {
			t.Errorf("ParseLexicon(%q): want an error", in)
		}
	}
}

func TestSeedStory(t *testing.T) {
	b, err := os.ReadFile("../../../shared/seed/moscow-talks.txt")
	if err != nil {
		t.Skip("../shared/seed is absent: skipping the seed story")
	}
	doc := analyse(t, string(b))
	for _, f := range doc.Framing {
		if f.Neutral == "" {
			t.Errorf("%q: no neutral wording", f.Text)
		}
	}
	if len(doc.Framing) == 0 {
		t.Error("no framing found in the seed story")
	}
}
