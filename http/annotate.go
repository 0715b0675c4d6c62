package http

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// Mark is one highlighted span of article text in the annotated view.
type Mark struct {
	Kind  string // quote, speaker, entity, event, frame, technique
	Class string
	ID    string // anchor the side panel links to
	// Title is the tooltip (speaker of a quote, type and actor of an entity,
	// neutral wording of a loaded term); html/template escapes it.
	Title string
	// Speaker is set on quotes, for the CSS tooltip shown on focus.
	Speaker string
	start   int // byte offsets into the text
	end     int
	prio    int
}

// Segment is a piece of the annotated text: plain Text, or a Mark wrapping
// more segments.
type Segment struct {
	Text     string
	Mark     *Mark
	Children []Segment
}

// kind priorities: when two spans cover the same text, the lower number is
// the outer one.
const (
	prioQuote = iota
	prioSpeaker
	prioEntity
	prioFrame
	prioTechnique
	prioEvent
)

// annotate splits doc's text at the boundaries of its quotes, speakers,
// entities, event triggers and loaded terms and nests the pieces. Spans that
// cross one another are clipped to the span they start in, so the result is
// a tree that HTML can express; spans with offsets outside the text or off a
// character boundary are dropped.
func annotate(doc *chronicle.Document) []Segment {
	text := doc.Text
	var marks []*Mark
	add := func(sp chronicle.Span, m *Mark) {
		if sp.ByteStart < 0 || sp.ByteEnd > len(text) || sp.ByteStart >= sp.ByteEnd ||
			!utf8.RuneStart(text[sp.ByteStart]) || sp.ByteEnd < len(text) && !utf8.RuneStart(text[sp.ByteEnd]) {
			return
		}
		m.start, m.end = sp.ByteStart, sp.ByteEnd
		marks = append(marks, m)
	}
	for i, q := range doc.Quotes {
		speaker := quoteSpeaker(q)
		add(q.Content, &Mark{Kind: "quote", Class: "hl-quote quote-" + q.Kind, ID: fmt.Sprintf("q%d", i),
			Title: "Quote (" + q.Kind + ") — speaker: " + speaker, Speaker: speaker, prio: prioQuote})
		if q.Speaker != nil {
			add(*q.Speaker, &Mark{Kind: "speaker", Class: "hl-speaker", ID: fmt.Sprintf("qs%d", i), Title: "Speaker of quote " + fmt.Sprint(i+1) + ": " + speaker, prio: prioSpeaker})
		}
	}
	for i, e := range doc.Entities {
		add(e.Span, &Mark{Kind: "entity", Class: "hl-entity ent-" + strings.ToLower(e.Type), ID: fmt.Sprintf("e%d", i), Title: entityTitle(e), prio: prioEntity})
	}
	for i, f := range doc.Framing {
		t := "Loaded term (" + f.Category + ", " + f.Voice + " voice)"
		if f.Neutral != "" {
			t += " — neutral: " + f.Neutral
		}
		add(f.Span, &Mark{Kind: "frame", Class: "hl-frame", ID: fmt.Sprintf("f%d", i), Title: t, prio: prioFrame})
	}
	// Propaganda-technique spans only when shown: the others are the
	// model's less likely guesses, kept in the record with their confidence.
	for i, f := range doc.Techniques {
		if f.Shown {
			t := fmt.Sprintf("Propaganda technique: %s (confidence %.2f, %s voice)", strings.ReplaceAll(f.Technique, "_", " "), f.Confidence, f.Voice)
			add(f.Span, &Mark{Kind: "technique", Class: "hl-technique", ID: fmt.Sprintf("t%d", i), Title: t, prio: prioTechnique})
		}
	}
	for i, ev := range doc.Events {
		add(ev.Trigger, &Mark{Kind: "event", Class: "hl-event", ID: fmt.Sprintf("v%d", i), Title: "Event " + ev.Type + ": " + eventLine(ev), prio: prioEvent})
	}
	sort.SliceStable(marks, func(i, j int) bool {
		a, b := marks[i], marks[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end > b.end
		}
		return a.prio < b.prio
	})
	// Build the tree: a stack of open marks, each new mark a child of the
	// innermost open one that contains its start.
	type node struct {
		m        *Mark
		children []*node
	}
	root := &node{m: &Mark{start: 0, end: len(text)}}
	stack := []*node{root}
	for _, m := range marks {
		for len(stack) > 1 && stack[len(stack)-1].m.end <= m.start {
			stack = stack[:len(stack)-1]
		}
		top := stack[len(stack)-1]
		if m.end > top.m.end {
			m.end = top.m.end
		}
		if m.end <= m.start {
			continue
		}
		n := &node{m: m}
		top.children = append(top.children, n)
		stack = append(stack, n)
	}
	var build func(n *node) []Segment
	build = func(n *node) []Segment {
		var segs []Segment
		at := n.m.start
		for _, c := range n.children {
			if c.m.start > at {
				segs = append(segs, Segment{Text: text[at:c.m.start]})
			}
			segs = append(segs, Segment{Mark: c.m, Children: build(c)})
			at = c.m.end
		}
		if at < n.m.end {
			segs = append(segs, Segment{Text: text[at:n.m.end]})
		}
		return segs
	}
	return build(root)
}

// quoteSpeaker names a quote's speaker as well as the record allows.
func quoteSpeaker(q chronicle.Quote) string {
	switch {
	case q.SpeakerName != "" && q.SpeakerCode != "":
		return q.SpeakerName + " (" + q.SpeakerCode + ")"
	case q.SpeakerName != "":
		return q.SpeakerName
	case q.Speaker != nil && q.Speaker.Text != "":
		return q.Speaker.Text
	case q.Anonymous:
		return "anonymous source"
	}
	return "unknown"
}

func entityTitle(e chronicle.Entity) string {
	t := e.Type
	if e.Actor != nil {
		t += " · " + actorLabel(e.Actor)
	}
	if e.Role != nil {
		t += " · " + e.Role.Title
		if e.Role.Organization != "" {
			t += ", " + e.Role.Organization
		}
	}
	return t
}

func actorLabel(a *chronicle.Actor) string {
	if a == nil {
		return "?"
	}
	if a.Code != "" && a.Name != "" {
		return a.Name + " (" + a.Code + ")"
	}
	if a.Name != "" {
		return a.Name
	}
	return a.Code
}

func eventLine(ev chronicle.Event) string {
	s := actorLabel(ev.Source) + " → " + actorLabel(ev.Target)
	if !ev.Date.IsZero() {
		s += ", " + ev.Date.String()
	}
	if ev.Fatalities != nil {
		s += fmt.Sprintf(", %d killed", *ev.Fatalities)
	}
	if ev.Injuries != nil {
		s += fmt.Sprintf(", %d injured", *ev.Injuries)
	}
	if ev.Negated {
		s += " (negated)"
	}
	return s
}
