// Package report renders Chronicle's records as readable plain text. Text is
// the report of one analysed document: what the story says, who is quoted,
// what happened, and how it is worded — each item with its place in the text
// so that a reader can check it. Events, Outlets, Timeline and Changes are
// the cross-story views: merged events with every source's figures, outlet
// profiles, an actor's timeline, and what changed between revisions.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// Text writes the report of doc to w.
func Text(w io.Writer, doc *chronicle.Document) {
	title := doc.Title
	if title == "" {
		title = doc.ID
	}
	fmt.Fprintf(w, "%s\n%s\n", title, strings.Repeat("=", min(len([]rune(title)), 78)))
	var meta []string
	for _, kv := range [][2]string{{"id", doc.ID}, {"published", doc.Published.String()}, {"publisher", doc.Publisher}, {"author", doc.Author}, {"url", doc.URL}} {
		if kv[1] != "" {
			meta = append(meta, kv[0]+": "+kv[1])
		}
	}
	fmt.Fprintln(w, strings.Join(meta, " · "))
	words := len(strings.Fields(doc.Text))
	fmt.Fprintf(w, "%d words, %d sentences, %d paragraphs\n", words, len(doc.Sentences), len(doc.Paragraphs))

	entities(w, doc)
	quotes(w, doc)
	events(w, doc)
	framing(w, doc)
	claims(w, doc)
	fmt.Fprintln(w)
}

func section(w io.Writer, name string, n int) {
	fmt.Fprintf(w, "\n%s (%d)\n%s\n", name, n, strings.Repeat("-", len(name)+len(fmt.Sprint(n))+3))
}

func quoteText(doc *chronicle.Document, sp chronicle.Span) string {
	return sp.In(doc.Text)
}

func entities(w io.Writer, doc *chronicle.Document) {
	section(w, "Entities", len(doc.Entities))
	type group struct {
		text, typ, actor, role string
		n                      int
	}
	seen := map[string]*group{}
	var order []*group
	for _, e := range doc.Entities {
		t := quoteText(doc, e.Span)
		key := e.Type + "\x00" + t
		g := seen[key]
		if g == nil {
			g = &group{text: t, typ: e.Type}
			seen[key] = g
			order = append(order, g)
		}
		g.n++
		if e.Actor != nil && g.actor == "" {
			g.actor = e.Actor.Name
			if e.Actor.Code != "" {
				g.actor += " [" + e.Actor.Code + "]"
			}
		}
		if e.Role != nil && g.role == "" {
			g.role = e.Role.Title
			if e.Role.Organization != "" {
				g.role += ", " + e.Role.Organization
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].typ < order[j].typ })
	for _, g := range order {
		line := fmt.Sprintf("  %-8s %s", g.typ, g.text)
		if g.n > 1 {
			line += fmt.Sprintf(" ×%d", g.n)
		}
		if g.role != "" {
			line += " — " + g.role
		}
		if g.actor != "" {
			line += " → " + g.actor
		}
		fmt.Fprintln(w, line)
	}
}

func quotes(w io.Writer, doc *chronicle.Document) {
	section(w, "Quotes", len(doc.Quotes))
	for _, q := range doc.Quotes {
		speaker := q.SpeakerName
		if speaker == "" && q.Speaker != nil {
			speaker = quoteText(doc, *q.Speaker)
		}
		if speaker == "" {
			speaker = "(unattributed)"
		}
		if q.Anonymous {
			speaker += " (anonymous)"
		}
		extra := []string{q.Kind}
		if q.Cue != nil {
			extra = append(extra, "cue: "+quoteText(doc, *q.Cue))
		}
		if q.Venue != "" {
			extra = append(extra, "venue: "+q.Venue)
		}
		fmt.Fprintf(w, "  %s: %s\n      [%s; at %d]\n", speaker, quoteText(doc, q.Content), strings.Join(extra, "; "), q.Content.Start)
	}
}

func actorString(a *chronicle.Actor) string {
	if a == nil {
		return "?"
	}
	if a.Code != "" {
		return a.Name + " [" + a.Code + "]"
	}
	return a.Name
}

func events(w io.Writer, doc *chronicle.Document) {
	section(w, "Events", len(doc.Events))
	for _, e := range doc.Events {
		typ := e.Type
		if e.Mode != "" {
			typ += "/" + e.Mode
		}
		line := fmt.Sprintf("  %-18s %s → %s", typ, actorString(e.Source), actorString(e.Target))
		var extra []string
		if !e.Date.IsZero() {
			extra = append(extra, "on "+e.Date.String())
		}
		if e.Location != "" {
			extra = append(extra, "in "+e.Location)
		}
		if e.Fatalities != nil {
			extra = append(extra, fmt.Sprintf("%d killed", *e.Fatalities))
		}
		if e.Injuries != nil {
			extra = append(extra, fmt.Sprintf("%d injured", *e.Injuries))
		}
		if e.Negated {
			extra = append(extra, "NEGATED")
		}
		if e.Modality != "" {
			extra = append(extra, "modality: "+e.Modality)
		}
		if len(extra) > 0 {
			line += " (" + strings.Join(extra, ", ") + ")"
		}
		fmt.Fprintf(w, "%s\n      trigger: %q\n", line, quoteText(doc, e.Trigger))
	}
}

func framing(w io.Writer, doc *chronicle.Document) {
	section(w, "Framing", len(doc.Framing))
	for _, f := range doc.Framing {
		fmt.Fprintln(w, frameLine(doc, f))
		if f.Neutral != "" {
			fmt.Fprintf(w, "      neutral: %s", f.Neutral)
			if f.Side != "" {
				fmt.Fprintf(w, "  (wording of: %s)", f.Side)
			}
			fmt.Fprintln(w)
		}
	}
	// Only the technique spans likely to be right are shown; the others
	// stay in the record with their confidence.
	var shown []chronicle.Frame
	for _, f := range doc.Techniques {
		if f.Shown {
			shown = append(shown, f)
		}
	}
	section(w, "Propaganda techniques", len(shown))
	for _, f := range shown {
		fmt.Fprintf(w, "%s (confidence %.2f)\n", frameLine(doc, f), f.Confidence)
	}
	if n := len(doc.Techniques) - len(shown); n > 0 {
		fmt.Fprintf(w, "  (%d more below the confidence shown, in the JSON record)\n", n)
	}
}

// frameLine is one framing or technique span: the words, what they are,
// whose voice, and where.
func frameLine(doc *chronicle.Document, f chronicle.Frame) string {
	voice := f.Voice
	if f.Speaker != "" {
		voice += " (" + f.Speaker + ")"
	}
	label := f.Category
	if f.Technique != "" {
		label = f.Technique
	}
	return fmt.Sprintf("  »%s« %s, %s [at %d]", quoteText(doc, f.Span), label, voice, f.Start)
}

func claims(w io.Writer, doc *chronicle.Document) {
	section(w, "Figures", len(doc.Claims))
	for _, c := range doc.Claims {
		q := fmt.Sprintf("%g", c.Quantity)
		if c.Approximate {
			q = "≈" + q
		}
		switch c.Bound {
		case "min":
			q = "≥" + q
		case "max":
			q = "≤" + q
		}
		line := fmt.Sprintf("  %s %s  («%s»)", q, c.Unit, quoteText(doc, c.Span))
		if c.Speaker != "" {
			line += " according to " + c.Speaker
		}
		fmt.Fprintln(w, line)
	}
}
