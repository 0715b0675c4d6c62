package story

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// Diff lists what changed in the extracted records from old to new, as
// readable lines ("event ASSAULT RUSMIL→UKRCVL at Kharkiv", "claim 12
// killed (by Oleh Syniehubov)"): entities, quotes, events, claims and framing
// found in one and not the other. Items are compared by what they say, not
// by where they stand, so text moving about is no change.
func Diff(old, new *chronicle.Document) (added, removed []string) {
	a, b := Items(old), Items(new)
	count := map[string]int{}
	for _, x := range a {
		count[x]++
	}
	for _, x := range b {
		if count[x] > 0 {
			count[x]--
			continue
		}
		added = append(added, x)
	}
	for _, x := range a {
		if count[x] > 0 {
			count[x]--
			removed = append(removed, x)
		}
	}
	sort.Strings(added)
	sort.Strings(removed)
	if added == nil {
		added = []string{}
	}
	if removed == nil {
		removed = []string{}
	}
	return added, removed
}

// Items are a document's extracted records as readable lines.
func Items(d *chronicle.Document) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range d.Entities {
		s := "entity " + e.Type + " " + spanText(d.Text, e.Span)
		if e.Actor != nil && e.Actor.Code != "" {
			s += " (" + e.Actor.Code + ")"
		}
		if !seen[s] { // an entity named twice is one entity
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, q := range d.Quotes {
		who := q.SpeakerName
		if who == "" && q.Speaker != nil {
			who = spanText(d.Text, *q.Speaker)
		}
		if who == "" {
			who = "unnamed source"
		}
		out = append(out, fmt.Sprintf("quote %s: %q", who, truncate(spanText(d.Text, q.Content), 120)))
	}
	for _, e := range d.Events {
		out = append(out, "event "+describeEvent(e))
	}
	for _, c := range d.Claims {
		s := "claim " + strconv.FormatFloat(c.Quantity, 'f', -1, 64) + " " + c.Unit
		if c.Speaker != "" {
			s += " (by " + c.Speaker + ")"
		}
		out = append(out, s)
	}
	for _, f := range d.Framing {
		s := "framing " + f.Category + " " + f.Voice + ": " + spanText(d.Text, f.Span)
		if f.Speaker != "" {
			s += " (by " + f.Speaker + ")"
		}
		out = append(out, s)
	}
	return out
}

func describeEvent(e chronicle.Event) string {
	var b strings.Builder
	b.WriteString(e.Type)
	if e.Negated {
		b.WriteString(" (negated)")
	}
	b.WriteString(" " + actorLabel(e.Source) + "→" + actorLabel(e.Target))
	if e.Location != "" {
		b.WriteString(" at " + e.Location)
	}
	if !e.Date.IsZero() {
		b.WriteString(" on " + e.Date.String())
	}
	if e.Fatalities != nil {
		fmt.Fprintf(&b, ", %d killed", *e.Fatalities)
	}
	if e.Injuries != nil {
		fmt.Fprintf(&b, ", %d injured", *e.Injuries)
	}
	return b.String()
}

// actorLabel is an actor's code, or its name, or "?".
func actorLabel(a *chronicle.Actor) string {
	switch {
	case a == nil:
		return "?"
	case a.Code != "":
		return a.Code
	case a.Name != "":
		return a.Name
	}
	return "?"
}
