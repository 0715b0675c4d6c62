package quote

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// analyse runs the text stage on s, marks the named entities given as
// "TYPE:text" (each at its first occurrence after the previous one), and runs
// the quote stage.
func analyse(t *testing.T, s string, entities ...string) *chronicle.Document {
	t.Helper()
	doc := chronicle.NewDocument("test", s)
	if err := (text.Stage{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	ix := text.NewIndex(s)
	from := 0
	for _, e := range entities {
		typ, name, _ := strings.Cut(e, ":")
		b := strings.Index(s[from:], name)
		if b < 0 {
			t.Fatalf("entity %q not in text", name)
		}
		b += from
		doc.Entities = append(doc.Entities, chronicle.Entity{Span: ix.Span(b, b+len(name)), Type: typ})
		from = b + len(name)
	}
	if err := New(Options{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// want is the expected quote, by text; "" fields are not checked.
type want struct {
	content, speaker, name, cue, kind, venue string
	anonymous                                bool
}

func check(t *testing.T, doc *chronicle.Document, w want) {
	t.Helper()
	var got *chronicle.Quote
	for i := range doc.Quotes {
		if doc.Quotes[i].Content.Text == w.content {
			got = &doc.Quotes[i]
		}
	}
	if got == nil {
		var have []string
		for _, q := range doc.Quotes {
			have = append(have, q.Content.Text)
		}
		t.Fatalf("no quote with content %q; have %q", w.content, have)
	}
	c := got.Content
	if doc.Text[c.ByteStart:c.ByteEnd] != c.Text || len([]rune(doc.Text[:c.ByteStart])) != c.Start {
		t.Errorf("content offsets %+v do not point at its text", c)
	}
	text := func(s *chronicle.Span) string {
		if s == nil {
			return ""
		}
		return s.Text
	}
	if w.speaker != "" && text(got.Speaker) != w.speaker {
		t.Errorf("speaker = %q, want %q", text(got.Speaker), w.speaker)
	}
	if w.name != "" && got.SpeakerName != w.name {
		t.Errorf("speaker name = %q, want %q", got.SpeakerName, w.name)
	}
	if w.cue != "" && text(got.Cue) != w.cue {
		t.Errorf("cue = %q, want %q", text(got.Cue), w.cue)
	}
	if w.kind != "" && got.Kind != w.kind {
		t.Errorf("kind = %q, want %q", got.Kind, w.kind)
	}
	if got.Venue != w.venue {
		t.Errorf("venue = %q, want %q", got.Venue, w.venue)
	}
	if got.Anonymous != w.anonymous {
		t.Errorf("anonymous = %v, want %v", got.Anonymous, w.anonymous)
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		entities []string
		want     want
	}{
		{
			name: "a direct quote takes the speaker written after it",
			text: "“We will not retreat,” Zelensky said.",
			want: want{content: "“We will not retreat,”", speaker: "Zelensky", name: "Zelensky", cue: "said", kind: "direct"},
		},
		{
			name: "an inverted cue puts the speaker after the verb",
			text: "“Subpoenas are not optional,” said Jason Chaffetz.",
			want: want{content: "“Subpoenas are not optional,”", speaker: "Jason Chaffetz", cue: "said", kind: "direct"},
		},
		{
			name:     "reported speech after that is indirect",
			text:     "Yury Ushakov said that the talks were useful.",
			entities: []string{"PER:Yury Ushakov"},
			want:     want{content: "that the talks were useful", speaker: "Yury Ushakov", name: "Yury Ushakov", cue: "said", kind: "indirect"},
		},
		{
			name:     "a speaker after a wire dateline does not take the dateline in",
			text:     "MAPUTO, Oct 10 - Mozambique's defence ministry said that troops had repelled an attack.",
			entities: []string{"LOC:MAPUTO", "LOC:Mozambique"},
			want:     want{content: "that troops had repelled an attack", speaker: "Mozambique's defence ministry", cue: "said", kind: "indirect"},
		},
		{
			name:     "reported speech with a quoted fragment is mixed",
			text:     "Sergey Lavrov confirmed that preparations are “moving in the right direction.”",
			entities: []string{"PER:Sergey Lavrov"},
			want:     want{content: "that preparations are “moving in the right direction.”", speaker: "Sergey Lavrov", cue: "confirmed", kind: "mixed"},
		},
		{
			name: "a quotation that reopens its mark at each paragraph is one quote",
			text: "Peskov said:\n\n“The first part of the answer.\n\n“The second part goes on.”",
			want: want{content: "“The first part of the answer.\n\n“The second part goes on.”", speaker: "Peskov", kind: "direct"},
		},
		{
			name: "the possessive before a claim noun is its source, whoever's it is",
			text: "The ministry repeated its claim that the depot was empty.",
			want: want{content: "that the depot was empty", speaker: "its", cue: "claim", kind: "indirect"},
		},
		{
			name: "according to puts the speaker before a comma and the content after it",
			text: "According to the aide, the meeting lasted three hours.",
			want: want{content: "the meeting lasted three hours", speaker: "the aide", name: "aide", cue: "According to", kind: "indirect"},
		},
		{
			name: "according to at the end attributes what comes before",
			text: "The meeting lasted three hours, according to the Kremlin.",
			want: want{content: "The meeting lasted three hours", speaker: "the Kremlin", kind: "indirect"},
		},
		{
			name:     "a passive cue takes the agent after by as the speaker",
			text:     "The talks were described by the Kremlin as “constructive.”",
			entities: []string{"ORG:Kremlin"},
			want:     want{content: "“constructive.”", speaker: "the Kremlin", name: "Kremlin", cue: "described by", kind: "direct"},
		},
		{
			name:     "a pronoun after a quote resolves to the person named before",
			text:     "Donald Trump spoke in Ohio. “It was a good day,” he said.",
			entities: []string{"PER:Donald Trump"},
			want:     want{content: "“It was a good day,”", speaker: "he", name: "Donald Trump", kind: "direct"},
		},
		{
			name:     "a short name resolves to the full name given earlier",
			text:     "Yury Ushakov met the envoy. Ushakov said the sides had moved closer.",
			entities: []string{"PER:Yury Ushakov", "PER:Ushakov"},
			want:     want{content: "the sides had moved closer", speaker: "Ushakov", name: "Yury Ushakov"},
		},
		{
			name: "an unnamed official is an anonymous source",
			text: "A senior official said the strikes would continue.",
			want: want{content: "the strikes would continue", speaker: "A senior official", anonymous: true},
		},
		{
			name: "a group speaker keeps its name",
			text: "Russian authorities blamed Ukrainian special services for the attack.",
			want: want{content: "Ukrainian special services for the attack", speaker: "Russian authorities", name: "Russian authorities", cue: "blamed"},
		},
		{
			name:     "urging someone attributes the addressee and the infinitive",
			text:     "Donald Trump urged Vladimir Putin to halt the strikes.",
			entities: []string{"PER:Donald Trump", "PER:Vladimir Putin"},
			want:     want{content: "Vladimir Putin to halt the strikes", speaker: "Donald Trump", cue: "urged"},
		},
		{
			name:     "an interview is the venue",
			text:     "In an interview with Time magazine, Trump reiterated that Crimea would stay Russian.",
			entities: []string{"PER:Trump"},
			want:     want{content: "that Crimea would stay Russian", speaker: "Trump", cue: "reiterated", venue: "interview with Time magazine"},
		},
		{
			name:     "a social network is the venue",
			text:     "“Vladimir, STOP! Let’s make a peace deal,” Trump wrote on the social media platform Truth Social.",
			entities: []string{"PER:Trump"},
			want:     want{content: "“Vladimir, STOP! Let’s make a peace deal,”", speaker: "Trump", cue: "wrote", kind: "direct", venue: "Truth Social"},
		},
		{
			name:     "a parenthesis between speaker and cue is skipped",
			text:     "Sergey Lavrov, speaking to CBS News, confirmed that talks would go on.",
			entities: []string{"PER:Sergey Lavrov", "ORG:CBS News"},
			want:     want{content: "that talks would go on", speaker: "Sergey Lavrov", cue: "confirmed", venue: "CBS News"},
		},
		{
			name: "a statement is the venue",
			text: "The ministry said in a statement that two drones were downed.",
			want: want{content: "that two drones were downed", speaker: "The ministry", venue: "statement"},
		},
		{
			name: "reported speech stops before a contrast the writer sets against it",
			text: "Smith defended his vote, but late Saturday he announced he supported repeal.",
			want: want{content: "his vote", speaker: "Smith", cue: "defended"},
		},
		{
			name: "what the writer says after it turns to a clause of his own",
			text: "Smith said the bill would pass, though few in Congress agreed.",
			want: want{content: "the bill would pass", speaker: "Smith", cue: "said"},
		},
		{
			name: "reported speech stops at a semicolon",
			text: "Jones said the talks had failed; the envoy left Moscow the next day.",
			want: want{content: "the talks had failed", speaker: "Jones", cue: "said"},
		},
		{
			name: "a place that opens the sentence is not what was said",
			text: "On Twitter, Jeb Bush called Trump “unhinged.”",
			want: want{content: "Trump “unhinged.”", speaker: "Jeb Bush", cue: "called", kind: "mixed", venue: "Twitter"},
		},
		{
			name: "a nominal cue takes its speaker after by",
			text: "She pushed back against claims by intelligence agencies that her messages were classified.",
			want: want{content: "that her messages were classified", speaker: "intelligence agencies", cue: "claims"},
		},
		{
			name: "two parentheses between speaker and cue are skipped",
			text: "Sandra Inman, a Cruz supporter, attending the convention, said she could not support Trump.",
			want: want{content: "she could not support Trump", speaker: "a Cruz supporter", cue: "said"},
		},
		{
			name: "a second verb of the speaker after and ends the first content",
			text: "Sanders denies any wrongdoing and insists that the agreement was signed.",
			want: want{content: "any wrongdoing", speaker: "Sanders", cue: "denies"},
		},
		{
			name: "a second verb of the speaker after and is an attribution of its own",
			text: "Sanders denies any wrongdoing and insists that the agreement was signed.",
			want: want{content: "that the agreement was signed", speaker: "Sanders", cue: "insists"},
		},
		{
			name: "a negated second verb after but is an attribution of its own",
			text: "He said he would pray for the nominee but did not suggest it would be Trump.",
			want: want{content: "it would be Trump", speaker: "He", cue: "suggest"},
		},
		{
			name: "a participle after a comma inside the marks starts a new attribution",
			text: "Trump hailed the vote as “fantastic,” telling reporters that the Brexit is “a great thing.”",
			want: want{content: "the vote as “fantastic,”", speaker: "Trump", cue: "hailed", kind: "mixed"},
		},
		{
			name: "a clause opening on while ends its content at the comma",
			text: "While only 7 percent said they are undecided, 27 percent said they could be persuaded.",
			want: want{content: "they are undecided", speaker: "7 percent", cue: "said"},
		},
		{
			name: "the main clause after an opening while clause is an attribution of its own",
			text: "While only 7 percent said they are undecided, 27 percent said they could be persuaded.",
			want: want{content: "they could be persuaded", cue: "said"},
		},
		{
			name: "a second participle after and ends the content of the first",
			text: "Cruz gave a speech, praising the senator as a true conservative and questioning his rival's judgment.",
			want: want{content: "the senator as a true conservative", speaker: "Cruz", cue: "praising", venue: "speech"},
		},
		{
			name: "according to reads a source whose name holds a slash",
			text: "According to July's Washington Post/ABC News polling, most of her support comes from women.",
			want: want{content: "most of her support comes from women", cue: "According to"},
		},
		{
			name: "a source close to someone is one speaker phrase",
			text: "Cruz will change his approach, a source close to him said.",
			want: want{content: "Cruz will change his approach", speaker: "a source close to him", cue: "said", anonymous: true},
		},
		{
			name: "a cue with no speaker beside it takes the name that opens the sentence",
			text: "Trump, in a rare moment of restraint on Monday, merely noted that the deal was signed.",
			want: want{content: "that the deal was signed", speaker: "Trump", cue: "noted"},
		},
		{
			name: "a cue with no speaker at all still attributes its content",
			text: "The ads, which ran for weeks, warned voters about the plan.",
			want: want{content: "voters about the plan", cue: "warned"},
		},
		{
			name: "a belief counts as an attribution",
			text: "Analysts believe the offensive will stall.",
			want: want{content: "the offensive will stall", speaker: "Analysts", cue: "believe", anonymous: true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, analyse(t, tt.text, tt.entities...), tt.want)
		})
	}
}

func TestMentionsNameThePronoun(t *testing.T) {
	s := "Yury Ushakov met the envoy. The aide said the talks were useful."
	doc := chronicle.NewDocument("test", s)
	if err := (text.Stage{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	ix := text.NewIndex(s)
	doc.Entities = []chronicle.Entity{{Span: ix.Span(0, 12), Type: "PER", Actor: &chronicle.Actor{Name: "Yury Ushakov", Code: "RUSGOV"}}}
	b := strings.Index(s, "The aide")
	doc.Mentions = []chronicle.Mention{{Span: ix.Span(b, b+8), Kind: chronicle.MentionNominal, Entity: 0, Name: "Yury Ushakov",
		Actor: &chronicle.Actor{Name: "Yury Ushakov", Code: "RUSGOV"}}}
	if err := New(Options{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 1 {
		t.Fatalf("got %d quotes, want 1", len(doc.Quotes))
	}
	q := doc.Quotes[0]
	if q.SpeakerName != "Yury Ushakov" || q.SpeakerCode != "RUSGOV" || q.Anonymous {
		t.Errorf("speaker = %q %q anonymous=%v, want Yury Ushakov RUSGOV", q.SpeakerName, q.SpeakerCode, q.Anonymous)
	}
}

func TestNoQuotes(t *testing.T) {
	for _, s := range []string{
		"The meeting took place in Moscow.",
		"The report was published on Monday.",
		"His claims were false.",
		`In September, Trump did the same thing. <tweet tweet-id="672425547201294336"><tweet/>`,
		"Pledged: 781.",
		"Her lead continues to grow thanks to a big win in North Carolina.",
		"",
	} {
		doc := analyse(t, s)
		if len(doc.Quotes) != 0 {
			t.Errorf("%q: got quotes %+v, want none", s, doc.Quotes)
		}
		if doc.Quotes == nil {
			t.Errorf("%q: Quotes is nil, want empty", s)
		}
	}
}

func TestNeedsTheTextLayer(t *testing.T) {
	doc := chronicle.NewDocument("test", "He said so.")
	if err := New(Options{}).Process(doc); err == nil {
		t.Error("no error without the text layer")
	}
}

func TestNamesBeforeAColon(t *testing.T) {
	tests := []struct {
		name, text, entity string
		quotes             int
	}{
		{"a name before a colon introduces what follows", "Clinton: We will win the nomination.", "PER:Clinton", 1},
		{"a name before a colon and a figure is a tally, not a quote", "Clinton: 547.", "PER:Clinton", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if doc := analyse(t, tt.text, tt.entity); len(doc.Quotes) != tt.quotes {
				t.Errorf("got %d quotes %+v, want %d", len(doc.Quotes), doc.Quotes, tt.quotes)
			}
		})
	}
}
