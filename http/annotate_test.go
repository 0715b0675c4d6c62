package http

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// flatten joins the text of the segments back together.
func flatten(segs []Segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Mark != nil {
			b.WriteString(flatten(s.Children))
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

// FuzzAnnotate feeds annotate arbitrary text and spans, as a corrupt or
// hostile record could carry. Invariants: no panic; the segments give back
// exactly the text; every mark lies inside its parent.
func FuzzAnnotate(f *testing.F) {
	f.Add("“Putin met Witkoff,” he said.", 0, 20, 3, 8, 12, 30, 5, 6)
	f.Add("Київ — “мир”.", 0, 4, 7, 12, -3, 99, 2, 2)
	f.Add("", 0, 0, 0, 0, 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, s string, a0, a1, b0, b1, c0, c1, d0, d1 int) {
		if !utf8.ValidString(s) {
			return
		}
		ix := text.NewIndex(s)
		boundary := func(b int) bool { return b == len(s) || b >= 0 && b < len(s) && utf8.RuneStart(s[b]) }
		sp := func(x, y int) chronicle.Span {
			if x >= 0 && x <= y && y <= len(s) && boundary(x) && boundary(y) {
				return ix.Span(x, y)
			}
			// Offsets as a broken record might give them.
			return chronicle.Span{ByteStart: x, ByteEnd: y}
		}
		doc := &chronicle.Document{Text: s}
		doc.Quotes = []chronicle.Quote{{Content: sp(a0, a1), Speaker: ptr(sp(d0, d1))}}
		doc.Entities = []chronicle.Entity{{Span: sp(b0, b1), Type: "PER"}, {Span: sp(c0, c1), Type: "LOC"}}
		doc.Events = []chronicle.Event{{Trigger: sp(d0, d1)}}
		doc.Framing = []chronicle.Frame{{Span: sp(c0, b1)}}
		segs := annotate(doc)
		if got := flatten(segs); got != s {
			t.Fatalf("segments give %q, want %q", got, s)
		}
		var check func([]Segment, int, int)
		check = func(ss []Segment, lo, hi int) {
			for _, x := range ss {
				if x.Mark == nil {
					if !utf8.ValidString(x.Text) {
						t.Fatalf("invalid UTF-8 piece %q", x.Text)
					}
					continue
				}
				if x.Mark.start < lo || x.Mark.end > hi || x.Mark.start >= x.Mark.end {
					t.Fatalf("mark %d-%d outside %d-%d", x.Mark.start, x.Mark.end, lo, hi)
				}
				check(x.Children, x.Mark.start, x.Mark.end)
			}
		}
		check(segs, 0, len(s))
	})
}

// TestAnnotateHighlightsShownTechniquesOnly: a technique span below the
// confidence shown stays out of the page.
func TestAnnotateHighlightsShownTechniquesOnly(t *testing.T) {
	s := "The disgraceful traitors lied. KYIV said so."
	ix := text.NewIndex(s)
	doc := chronicle.NewDocument("t", s)
	doc.Techniques = []chronicle.Frame{
		{Span: ix.Span(4, 15), Category: "propaganda-technique", Technique: "Loaded_Language", Confidence: 0.8, Shown: true},
		{Span: ix.Span(31, 35), Category: "propaganda-technique", Technique: "Repetition", Confidence: 0.2},
	}
	var marks []string
	var walk func([]Segment)
	walk = func(segs []Segment) {
		for _, sg := range segs {
			if sg.Mark != nil {
				if sg.Mark.Kind == "technique" {
					marks = append(marks, flatten(sg.Children)+" "+sg.Mark.Title)
				}
				walk(sg.Children)
			}
		}
	}
	walk(annotate(doc))
	if len(marks) != 1 || !strings.HasPrefix(marks[0], "disgraceful Propaganda technique: Loaded Language (confidence 0.80") {
		t.Errorf("technique marks = %q, want the shown span only", marks)
	}
}
