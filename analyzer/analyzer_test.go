package analyzer

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

func TestPipelineRunsEveryStageInOrder(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(p.StageNames(), ","); got != strings.Join(Stages, ",") {
		t.Errorf("stages %s, want %s", got, strings.Join(Stages, ","))
	}
	doc := chronicle.NewDocument("t", "Russian Foreign Minister Sergey Lavrov said on Friday that the talks in Geneva were “useful.”")
	if err := p.Run(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 1 || len(doc.Entities) == 0 || len(doc.Quotes) != 1 {
		t.Errorf("sentences %d, entities %d, quotes %d", len(doc.Sentences), len(doc.Entities), len(doc.Quotes))
	}
}

func TestStagesCanBeTurnedOffButNotTheTextLayer(t *testing.T) {
	p, err := New(Options{Disable: []string{"framing", " event "}})
	if err != nil {
		t.Fatal(err)
	}
	doc := chronicle.NewDocument("t", "Kyiv said the so-called referendum was illegal.")
	if err := p.Run(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Framing) != 0 || len(doc.Events) != 0 {
		t.Errorf("disabled stages ran: framing %v, events %v", doc.Framing, doc.Events)
	}
	if _, err := New(Options{Disable: []string{"text"}}); chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("turning off text: %v", err)
	}
	if _, err := New(Options{Disable: []string{"sentiment"}}); err == nil || !strings.Contains(err.Error(), "unknown stage") {
		t.Errorf("unknown stage: %v", err)
	}
}

// TestSectionedAnalysisKeepsEveryOffsetAndIndex analyses a long text in small
// sections with the real stages and checks that every span points at its
// own text and every index into another layer stays in range.
func TestSectionedAnalysisKeepsEveryOffsetAndIndex(t *testing.T) {
	const story = "Russian Foreign Minister Sergey Lavrov said on Friday that the talks in Geneva were “useful.” " +
		"He met U.S. Secretary of State Antony Blinken for two hours.\n\n" +
		"Ukrainian officials said Russian strikes killed 12 civilians in Kharkiv on Thursday. " +
		"“This is terror,” President Volodymyr Zelensky said, calling the so-called referendum illegal.\n\n"
	var b strings.Builder
	for i := 0; b.Len() < 40000; i++ {
		b.WriteString(story)
	}
	p, err := New(Options{Section: 3000})
	if err != nil {
		t.Fatal(err)
	}
	doc := chronicle.NewDocument("long", b.String())
	if err := p.Run(doc); err != nil {
		t.Fatal(err)
	}
	runes := []rune(doc.Text)
	check := func(what string, s chronicle.Span) {
		t.Helper()
		if s.Start < 0 || s.End > len(runes) || s.ByteEnd > len(doc.Text) || doc.Text[s.ByteStart:s.ByteEnd] != string(runes[s.Start:s.End]) {
			t.Fatalf("%s %+v: code-point and byte offsets disagree", what, s)
		}
		if s.Text != "" && s.Text != doc.Text[s.ByteStart:s.ByteEnd] {
			t.Fatalf("%s %+v: text %q is not what the offsets cover (%q)", what, s, s.Text, doc.Text[s.ByteStart:s.ByteEnd])
		}
	}
	for i, e := range doc.Entities {
		check("entity", e.Span)
		if e.Ref != nil && (*e.Ref < -1 || *e.Ref >= len(doc.Entities)) {
			t.Fatalf("entity %d refers to %d of %d", i, *e.Ref, len(doc.Entities))
		}
	}
	for _, m := range doc.Mentions {
		check("mention", m.Span)
		if m.Entity >= len(doc.Entities) {
			t.Fatalf("mention %+v refers to entity %d of %d", m, m.Entity, len(doc.Entities))
		}
	}
	for _, q := range doc.Quotes {
		check("quote", q.Content)
		if q.Speaker != nil {
			check("speaker", *q.Speaker)
		}
		if q.Cue != nil {
			check("cue", *q.Cue)
		}
	}
	for _, e := range doc.Events {
		check("trigger", e.Trigger)
		check("event sentence", e.Sentence)
	}
	for _, f := range append(doc.Framing, doc.Techniques...) {
		check("framing", f.Span)
	}
	for _, c := range doc.Claims {
		check("claim", c.Span)
		if c.Event != nil && *c.Event >= len(doc.Events) {
			t.Fatalf("claim refers to event %d of %d", *c.Event, len(doc.Events))
		}
	}
	copies := strings.Count(doc.Text, "Lavrov said")
	if len(doc.Quotes) < 2*copies || len(doc.Events) < copies {
		t.Errorf("%d copies of the story gave %d quotes and %d events", copies, len(doc.Quotes), len(doc.Events))
	}
}
