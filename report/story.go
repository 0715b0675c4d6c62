package report

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// Events writes merged events for a reader, one block each: what happened,
// every report of it, and every figure with who gave it.
func Events(w io.Writer, evs []chronicle.EventCluster) {
	for _, ev := range evs {
		Event(w, ev)
	}
}

// Event writes one merged event as Events does, ending with a blank line.
func Event(w io.Writer, ev chronicle.EventCluster) {
	fmt.Fprintf(w, "%s  %s  %s → %s", ev.ID, ev.Type, clusterActor(ev.Source), clusterActor(ev.Target))
	if ev.Location != "" {
		fmt.Fprintf(w, "  at %s", ev.Location)
	}
	if !ev.Date.IsZero() {
		fmt.Fprintf(w, "  on %s", ev.Date)
	}
	fmt.Fprintf(w, "\n  %d article(s), %d independent source(s)\n", len(ev.Articles), ev.Independent)
	for _, a := range ev.Articles {
		fmt.Fprintf(w, "    %s  %s  %s", a.DocID, orNone(a.Publisher), a.Published)
		if a.CopyOf != "" {
			fmt.Fprintf(w, "  (copy of %s)", a.CopyOf)
		}
		if a.ReportedBy != "" {
			fmt.Fprintf(w, "  reported by %s", a.ReportedBy)
		}
		if a.Denied {
			fmt.Fprint(w, "  (a denial)")
		}
		if a.Title != "" {
			fmt.Fprintf(w, "  %q", a.Title)
		}
		fmt.Fprintln(w)
	}
	if len(ev.Figures) > 0 {
		if c := chronicle.ConflictingKinds(ev.Figures); len(c) > 0 {
			fmt.Fprintf(w, "  conflicting figures (same kind, different numbers): %s\n", strings.Join(c, ", "))
		}
		fmt.Fprintln(w, "  figures:")
		// By kind, and within a kind in the order the store gave them.
		figs := append([]chronicle.Figure(nil), ev.Figures...)
		sort.SliceStable(figs, func(i, j int) bool { return figs[i].Kind < figs[j].Kind })
		for _, f := range figs {
			who := f.Speaker
			if who == "" {
				who = "the outlet"
			}
			fmt.Fprintf(w, "    %s %s — %s, %s, said by %s", strconv.FormatFloat(f.Quantity, 'f', -1, 64), f.Unit, f.DocID, orNone(f.Publisher), who)
			if f.Text != "" && len(f.Text) < 80 {
				fmt.Fprintf(w, "  (%q)", f.Text)
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintln(w)
}

// clusterActor names a merged event's actor: "Name (CODE)", or "?" when the
// reports name none.
func clusterActor(a *chronicle.Actor) string {
	switch {
	case a == nil:
		return "?"
	case a.Code != "" && a.Name != "":
		return a.Name + " (" + a.Code + ")"
	case a.Code != "":
		return a.Code
	}
	return a.Name
}

func orNone(publisher string) string {
	if publisher == "" {
		return "(no publisher)"
	}
	return publisher
}

// Outlets writes outlet profiles, one block each: its loaded terms in its
// own words and in quotes, whom it quotes, its event mix and its months.
// Term and speaker lists stop at the top most frequent.
func Outlets(w io.Writer, ps []chronicle.OutletProfile, top int) {
	for _, p := range ps {
		Outlet(w, p, top)
	}
}

// Outlet writes one outlet profile as Outlets does, ending with a blank line.
func Outlet(w io.Writer, p chronicle.OutletProfile, top int) {
	fmt.Fprintf(w, "%s: %d article(s)", orNone(p.Publisher), p.Articles)
	if !p.Since.IsZero() {
		fmt.Fprintf(w, ", %s to %s", p.Since, p.Until)
	}
	fmt.Fprintln(w)
	terms := func(label string, ts []chronicle.TermCount) {
		var parts []string
		for i, t := range ts {
			if i == top {
				break
			}
			parts = append(parts, fmt.Sprintf("%s ×%d (%s)", t.Term, t.Count, t.Category))
		}
		if len(parts) > 0 {
			fmt.Fprintf(w, "  %s: %s\n", label, strings.Join(parts, "; "))
		}
	}
	terms("own words", p.AuthorTerms)
	terms("in quotes", p.QuotedTerms)
	var quoted []string
	for i, s := range p.Quoted {
		if i == top {
			break
		}
		q := fmt.Sprintf("%s ×%d", s.Speaker, s.Count)
		if s.Code != "" {
			q = fmt.Sprintf("%s [%s] ×%d", s.Speaker, s.Code, s.Count)
		}
		quoted = append(quoted, q)
	}
	if len(quoted) > 0 {
		fmt.Fprintf(w, "  quotes: %s\n", strings.Join(quoted, "; "))
		fmt.Fprintf(w, "  quotes by side: %s\n", counts(p.QuotedBySide))
	}
	if len(p.EventMix) > 0 {
		fmt.Fprintf(w, "  events: %s\n", counts(p.EventMix))
	}
	for _, m := range p.Monthly {
		fmt.Fprintf(w, "  %s: %d article(s), %d loaded term(s) in its own words\n", m.Month, m.Articles, m.AuthorTerms)
	}
	fmt.Fprintln(w)
}

// counts writes a count map most frequent first, ties by name.
func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

// Timeline writes an actor's timeline, two lines an entry: the date, who
// said or did what, and the article it comes from.
func Timeline(w io.Writer, es []chronicle.TimelineEntry) {
	for _, en := range es {
		verb := "said"
		if en.Kind == chronicle.EntryEvent {
			verb = "did " + en.EventType
		}
		d := en.Date.String()
		if d == "" {
			d = "(undated)"
		}
		fmt.Fprintf(w, "%s  %s %s: %s\n    — %s, %s %s\n", d, en.Actor, verb, strings.Join(strings.Fields(en.Text), " "), en.DocID, orNone(en.Publisher), en.URL)
	}
}

// Changes writes what changed between revisions of a document: a heading a
// revision, then the records it gained (+) and lost (-).
func Changes(w io.Writer, cs []chronicle.RevisionChange) {
	for _, c := range cs {
		fmt.Fprintf(w, "%s revision %d → %d (%s)\n", c.DocID, c.From, c.To, c.At)
		for _, a := range c.Added {
			fmt.Fprintf(w, "  + %s\n", a)
		}
		for _, r := range c.Removed {
			fmt.Fprintf(w, "  - %s\n", r)
		}
	}
}
