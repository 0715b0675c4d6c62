package chronicle_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

func TestSectionsCoverTheTextAtParagraphBoundaries(t *testing.T) {
	var b strings.Builder
	for i := range 300 {
		b.WriteString(strings.Repeat("Žlutý kůň řekl „ano“. ", 1+i%7))
		b.WriteString("\n\n")
	}
	txt := b.String()
	secs := chronicle.Sections(txt, 1000)
	at := 0
	for _, s := range secs {
		if s[0] != at || s[1]-s[0] > 1000 || s[1] <= s[0] {
			t.Fatalf("section %v after %d", s, at)
		}
		if s[1] != len(txt) && !strings.HasSuffix(txt[:s[1]], "\n\n") {
			t.Errorf("section %v does not end at a paragraph break: %q", s, txt[s[1]-10:s[1]])
		}
		at = s[1]
	}
	if at != len(txt) {
		t.Fatalf("sections end at %d of %d", at, len(txt))
	}
	// One long line of words: cut at spaces; no spaces at all: at code points.
	for _, txt := range []string{strings.Repeat("слово ", 5000), strings.Repeat("ж", 5000)} {
		at := 0
		for _, s := range chronicle.Sections(txt, 999) {
			if s[0] != at || s[1]-s[0] > 999 || !utf8.ValidString(txt[s[0]:s[1]]) {
				t.Fatalf("bad section %v", s)
			}
			at = s[1]
		}
		if at != len(txt) {
			t.Fatalf("sections end at %d of %d", at, len(txt))
		}
	}
}

// marker finds the word "Lavrov" as an entity, a quote between “ and ”, and
// gives each entity a Ref to the first in its part, each claim an event.
var marker = chronicle.StageFunc{StageName: "mark", Func: func(doc *chronicle.Document) error {
	ix := text.NewIndex(doc.Text)
	for at := 0; ; {
		i := strings.Index(doc.Text[at:], "Lavrov")
		if i < 0 {
			break
		}
		sp := ix.Span(at+i, at+i+len("Lavrov"))
		e := chronicle.Entity{Span: sp, Type: "PER", Role: &chronicle.Role{Title: "Minister", Evidence: &sp}}
		if len(doc.Entities) > 0 {
			zero := 0
			e.Ref = &zero
		}
		doc.Entities = append(doc.Entities, e)
		doc.Events = append(doc.Events, chronicle.Event{Type: "CONSULT", Trigger: sp, Sentence: sp})
		ev := len(doc.Events) - 1
		doc.Claims = append(doc.Claims, chronicle.Claim{Span: sp, Event: &ev})
		at += i + len("Lavrov")
	}
	for at := 0; ; {
		i := strings.Index(doc.Text[at:], "“")
		if i < 0 {
			break
		}
		j := strings.Index(doc.Text[at+i:], "”")
		if j < 0 {
			break
		}
		sp := ix.Span(at+i, at+i+j+len("”"))
		doc.Quotes = append(doc.Quotes, chronicle.Quote{Content: sp, Cue: &sp, Kind: chronicle.QuoteDirect})
		at += i + j + len("”")
	}
	return nil
}}

func TestSectionedAnalysisRebasesEveryOffset(t *testing.T) {
	var b strings.Builder
	for i := range 400 {
		b.WriteString("Ёлка. Sergey Lavrov said the talks were “useful” on day ")
		b.WriteString(strings.Repeat("и", i%13))
		b.WriteString(".\n\n")
	}
	whole := chronicle.NewDocument("long/1", b.String())
	p := &chronicle.Pipeline{Stages: []chronicle.Stage{text.Stage{}, marker}, Section: -1}
	if err := p.Run(whole); err != nil {
		t.Fatal(err)
	}
	doc := chronicle.NewDocument("long/1", b.String())
	p.Section = 2048
	if err := p.Run(doc); err != nil {
		t.Fatal(err)
	}
	runes := []rune(doc.Text)
	check := func(what string, s chronicle.Span, want string) {
		t.Helper()
		if s.ByteEnd > len(doc.Text) || s.End > len(runes) || doc.Text[s.ByteStart:s.ByteEnd] != string(runes[s.Start:s.End]) || !strings.HasPrefix(doc.Text[s.ByteStart:s.ByteEnd], want) {
			t.Fatalf("%s span %+v covers %q", what, s, doc.Text[s.ByteStart:min(s.ByteEnd, len(doc.Text))])
		}
	}
	if len(doc.Tokens) != len(whole.Tokens) || len(doc.Sentences) != len(whole.Sentences) || len(doc.Paragraphs) != len(whole.Paragraphs) {
		t.Fatalf("text layer: %d/%d/%d tokens/sentences/paragraphs, whole %d/%d/%d", len(doc.Tokens), len(doc.Sentences), len(doc.Paragraphs), len(whole.Tokens), len(whole.Sentences), len(whole.Paragraphs))
	}
	for i, tok := range doc.Tokens {
		if tok.Span != whole.Tokens[i].Span {
			t.Fatalf("token %d: %+v, whole %+v", i, tok.Span, whole.Tokens[i].Span)
		}
	}
	for i, s := range doc.Sentences {
		w := whole.Sentences[i]
		if s.Span != w.Span || s.FirstToken != w.FirstToken || s.LastToken != w.LastToken || s.Paragraph != w.Paragraph {
			t.Fatalf("sentence %d: %+v, whole %+v", i, s, w)
		}
	}
	if len(doc.Entities) != 400 || len(doc.Quotes) != 400 || len(doc.Claims) != 400 {
		t.Fatalf("%d entities, %d quotes, %d claims; want 400 each", len(doc.Entities), len(doc.Quotes), len(doc.Claims))
	}
	for i, e := range doc.Entities {
		check("entity", e.Span, "Lavrov")
		check("role evidence", *e.Role.Evidence, "Lavrov")
		if e.Ref != nil && (*e.Ref >= i || *e.Ref < 0) {
			t.Fatalf("entity %d refers to %d", i, *e.Ref)
		}
		check("event", doc.Events[i].Trigger, "Lavrov")
		if *doc.Claims[i].Event != i {
			t.Fatalf("claim %d points to event %d", i, *doc.Claims[i].Event)
		}
	}
	for _, q := range doc.Quotes {
		check("quote", q.Content, "“")
		check("cue", *q.Cue, "“")
	}
}

func TestTextsOverTheLimitAreRefused(t *testing.T) {
	p := &chronicle.Pipeline{Stages: []chronicle.Stage{text.Stage{}}, MaxText: 1000}
	err := p.Run(chronicle.NewDocument("big", strings.Repeat("word ", 201)))
	if chronicle.ErrorCode(err) != chronicle.ETOOLARGE || !strings.Contains(err.Error(), "limit") {
		t.Errorf("over the limit: %v", err)
	}
	if err := p.Run(chronicle.NewDocument("fits", strings.Repeat("word ", 200))); err != nil {
		t.Errorf("at the limit: %v", err)
	}
	if err := (&chronicle.Pipeline{}).Run(chronicle.NewDocument("a/../b", "x")); chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("dot-segment id: %v", err)
	}
}

func TestACancelledRunStopsBetweenSections(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	stop := chronicle.StageFunc{StageName: "count", Func: func(*chronicle.Document) error {
		calls++
		if calls == 2 {
			cancel()
		}
		return nil
	}}
	p := &chronicle.Pipeline{Stages: []chronicle.Stage{stop}, Section: 100}
	err := p.RunContext(ctx, chronicle.NewDocument("c", strings.Repeat("Some words here.\n\n", 100)))
	if !errors.Is(err, context.Canceled) || calls != 2 {
		t.Errorf("err %v after %d sections, want context.Canceled after 2", err, calls)
	}
}
