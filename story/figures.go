package story

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// Figures returns every figure that doc gives for its event i, with who gave
// it. See FiguresByEvent.
func Figures(doc *chronicle.Document, i int) []chronicle.Figure {
	return FiguresByEvent(doc)[i]
}

// FiguresByEvent returns, for each event of doc, every figure the document
// gives for it, with who gave it:
//   - the claims the claims layer ties to the event;
//   - each claim it ties to no event (or, when the document has no claims
//     layer at all, each counted noun the text gives: 12 people killed,
//     three hours) goes to the nearest event before it (the first event
//     when none is before it), casualty figures to the nearest violent event
//     only;
//   - and the event's own fatality and injury counts.
//
// Only figures of an event's kind are kept (Figure.Kind: killed, injured,
// detained, displaced, prisoners, missing, affected; a duration for talks):
// times of day, distances, money and counts of other things (missiles,
// tankers) are not the event's figures.
//
// A figure inside a quote is the quoted speaker's; any other is the outlet's
// (Speaker "").
func FiguresByEvent(doc *chronicle.Document) [][]chronicle.Figure {
	out := make([][]chronicle.Figure, len(doc.Events))
	add := func(i int, f chronicle.Figure) {
		f.DocID, f.Publisher = doc.ID, doc.Publisher
		out[i] = appendNew(out[i], []chronicle.Figure{f})
	}
	switch {
	case len(doc.Claims) > 0:
		for _, c := range doc.Claims {
			kind := c.Kind
			if kind == "" {
				kind = chronicle.FigureKind(c.Unit)
			}
			if kind == "" {
				continue // a count of other things, money, a distance
			}
			i := -1
			if c.Event != nil && *c.Event >= 0 && *c.Event < len(out) {
				i = *c.Event
			} else if c.Event == nil && !strings.Contains(c.Unit, " per ") {
				// A rate ("5,000 soldiers killed per week") is about the
				// war, not about one event.
				i = owner(doc, c.Span.ByteStart, isCasualty(c.Unit))
			}
			if i >= 0 && (kind != "duration" || talks[doc.Events[i].Type]) {
				add(i, chronicle.Figure{Quantity: c.Quantity, Unit: c.Unit, Kind: kind, Speaker: c.Speaker, Text: spanText(doc.Text, c.Span)})
			}
		}
	case len(doc.Events) > 0:
		for _, pf := range readFigures(doc) {
			kind := chronicle.FigureKind(pf.Unit)
			if kind == "" {
				continue
			}
			if i := owner(doc, pf.pos, isCasualty(pf.Unit)); i >= 0 && (kind != "duration" || talks[doc.Events[i].Type]) {
				pf.Kind = kind
				add(i, pf.Figure)
			}
		}
	}
	for i, ev := range doc.Events {
		if ev.Fatalities != nil && !hasCasualty(out[i], *ev.Fatalities) {
			add(i, chronicle.Figure{Quantity: float64(*ev.Fatalities), Unit: "killed", Kind: "killed"})
		}
		if ev.Injuries != nil && !hasCasualty(out[i], *ev.Injuries) {
			add(i, chronicle.Figure{Quantity: float64(*ev.Injuries), Unit: "injured", Kind: "injured"})
		}
	}
	return out
}

// hasCasualty reports whether figs give n as a casualty figure already.
func hasCasualty(figs []chronicle.Figure, n int) bool {
	for _, f := range figs {
		if f.Quantity == float64(n) && isCasualty(f.Unit) {
			return true
		}
	}
	return false
}

// talks are the event types a duration is a figure of: how long talks
// lasted. A duration said of anything else (a fire burned for two hours) is
// not an event's figure.
var talks = map[string]bool{"CONSULT": true, "AGREE": true}

// violent are the event types a casualty figure can belong to: violence,
// arrests and protests (the toll of their clashes).
var violent = map[string]bool{"ASSAULT": true, "FIGHT": true, "COERCE": true, "PROTEST": true}

func isCasualty(unit string) bool {
	u := strings.ToLower(unit)
	for _, w := range []string{"kill", "dead", "death", "die", "injur", "wound", "casualt", "fatalit"} {
		if strings.Contains(u, w) {
			return true
		}
	}
	return false
}

// owner is the index of the event a figure at byte pos belongs to: the
// nearest event whose sentence starts at or before pos, else the first one
// after it; casualty figures consider violent events only. A denied event
// owns a toll only when no affirmed one can ("denied shelling the market,
// where volunteers said 61 people died": the toll of the happening the
// denial is about). -1 when none fits.
func owner(doc *chronicle.Document, pos int, casualty bool) int {
	if i := ownerOf(doc, pos, casualty, false); i >= 0 || !casualty {
		return i
	}
	return ownerOf(doc, pos, casualty, true)
}

func ownerOf(doc *chronicle.Document, pos int, casualty, denied bool) int {
	before, beforeAt, after, afterAt := -1, -1, -1, 1<<62
	for i, ev := range doc.Events {
		if ev.Negated != denied || casualty && !violent[ev.Type] {
			continue
		}
		at := ev.Sentence.ByteStart
		if at <= pos && at > beforeAt {
			before, beforeAt = i, at
		}
		if at > pos && at < afterAt {
			after, afterAt = i, at
		}
	}
	if before >= 0 {
		return before
	}
	return after
}

func spanText(text string, sp chronicle.Span) string {
	return sp.In(text)
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

// counted are the nouns a fallback figure counts, singular; casualty nouns
// take their unit from a kill or injury word nearby.
var counted = map[string]string{
	"people": "people", "person": "people", "persons": "people", "civilians": "people", "civilian": "people",
	"children": "people", "others": "people", "residents": "people", "soldiers": "soldiers", "soldier": "soldiers", "troops": "soldiers",
	"killed": "killed", "dead": "killed", "injured": "injured", "wounded": "injured",
	"hours": "hour", "hour": "hour", "minutes": "minute", "days": "day", "weeks": "week", "months": "month",
	"missiles": "missile", "missile": "missile", "drones": "drone", "drone": "drone", "rockets": "rocket",
	"shells": "shell", "buildings": "building", "homes": "building", "houses": "building",
}

var casualty = map[string]bool{"people": true, "soldiers": true}

// positioned is a figure read from the text, with its byte offset.
type positioned struct {
	chronicle.Figure
	pos int
}

// readFigures reads the counted nouns of the whole text: a number (in
// digits or words) before a counted noun, perhaps with "more", "other" or
// "further" between. A casualty noun without a kill or injury word beside it
// ("5,000 soldiers") is no figure.
func readFigures(doc *chronicle.Document) []positioned {
	ts := tokens(doc.Text)
	var figs []positioned
	for i := 0; i+1 < len(ts); i++ {
		q, ok := numberWords[ts[i].s]
		if !ok {
			if !isDigit(ts[i].s[0]) {
				continue
			}
			v, err := strconv.ParseFloat(strings.ReplaceAll(ts[i].s, ",", ""), 64)
			if err != nil {
				continue
			}
			q = v
		}
		n := i + 1
		if n+1 < len(ts) && modifiers[ts[n].s] {
			n++
		}
		unit, ok := counted[ts[n].s]
		if !ok {
			continue
		}
		if casualty[unit] {
			if unit = casualtyUnit(ts, i, n); unit == "" {
				continue
			}
		}
		from, to := ts[i].start, ts[n].end
		if i > 0 && ts[i].s == "dozen" && ts[i-1].s == "a" {
			from = ts[i-1].start
		}
		figs = append(figs, positioned{chronicle.Figure{Quantity: q, Unit: unit, Speaker: speakerAt(doc, from), Text: doc.Text[from:to]}, from})
	}
	return figs
}

var modifiers = map[string]bool{"more": true, "other": true, "further": true, "additional": true}

// casualtyUnit reads "killed" or "injured" from the words nearest the figure
// in tokens [num, noun]: the closest cue among the six words before it, else
// among the five after it; "" when there is none.
func casualtyUnit(ts []token, num, noun int) string {
	for i := num - 1; i >= 0 && i >= num-6; i-- {
		if u := cue(ts[i].s); u != "" {
			return u
		}
	}
	for i := noun + 1; i < len(ts) && i <= noun+5; i++ {
		if u := cue(ts[i].s); u != "" {
			return u
		}
	}
	return ""
}

// cue is the casualty unit a word speaks of, or "".
func cue(w string) string {
	switch {
	case strings.HasPrefix(w, "kill"), w == "dead", strings.HasPrefix(w, "death"), w == "died", w == "dies", w == "dying", strings.HasPrefix(w, "fatalit"):
		return "killed"
	case strings.HasPrefix(w, "injur"), strings.HasPrefix(w, "wound"), w == "hurt":
		return "injured"
	}
	return ""
}

// speakerAt names the speaker of the quote whose content holds the byte
// offset pos, or "" when it stands in the outlet's own words.
func speakerAt(doc *chronicle.Document, pos int) string {
	for _, q := range doc.Quotes {
		if q.Content.ByteStart <= pos && pos < q.Content.ByteEnd {
			if q.SpeakerName != "" {
				return q.SpeakerName
			}
			if q.Speaker != nil {
				return spanText(doc.Text, *q.Speaker)
			}
			return "unnamed source"
		}
	}
	return ""
}

// truncate shortens s to n runes with an ellipsis.
func truncate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
