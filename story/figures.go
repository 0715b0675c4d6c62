package story

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// Figures returns every figure that doc gives for its event i, with who gave
// it: the claims tied to the event, its fatality and injury counts, and —
// when the document carries no claims layer at all — the counted nouns in the
// event's sentence and the sentences after it up to the next event or
// paragraph (12 people killed, three hours). A figure inside a quote is the
// quoted speaker's; any other is the outlet's (Speaker "").
func Figures(doc *chronicle.Document, i int) []chronicle.Figure {
	ev := doc.Events[i]
	var figs []chronicle.Figure
	add := func(f chronicle.Figure) {
		f.DocID, f.Publisher = doc.ID, doc.Publisher
		figs = appendNew(figs, []chronicle.Figure{f})
	}
	for _, c := range doc.Claims {
		if c.Event != nil && *c.Event == i {
			add(chronicle.Figure{Quantity: c.Quantity, Unit: c.Unit, Speaker: c.Speaker, Text: spanText(doc.Text, c.Span)})
		}
	}
	if len(doc.Claims) == 0 {
		for _, f := range readFigures(doc, i) {
			add(f)
		}
	}
	if ev.Fatalities != nil && !hasUnit(figs, "killed") {
		add(chronicle.Figure{Quantity: float64(*ev.Fatalities), Unit: "killed"})
	}
	if ev.Injuries != nil && !hasUnit(figs, "injured") {
		add(chronicle.Figure{Quantity: float64(*ev.Injuries), Unit: "injured"})
	}
	return figs
}

func hasUnit(figs []chronicle.Figure, unit string) bool {
	for _, f := range figs {
		if f.Unit == unit {
			return true
		}
	}
	return false
}

func spanText(text string, sp chronicle.Span) string {
	if sp.Text != "" {
		return sp.Text
	}
	if sp.ByteStart >= 0 && sp.ByteStart < sp.ByteEnd && sp.ByteEnd <= len(text) {
		return text[sp.ByteStart:sp.ByteEnd]
	}
	return ""
}

var (
	figureRe = regexp.MustCompile(`(?i)\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozens of)\s+(?:(?:more|other|further|additional)\s+)?([a-z]+)`)
	killCue  = regexp.MustCompile(`(?i)\b(kill\w*|dead|death\w*|died|dies|fatalit\w*|lives)\b`)
	hurtCue  = regexp.MustCompile(`(?i)\b(injur\w*|wound\w*|hurt)\b`)
)

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozens of": 24,
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

// readFigures reads counted nouns in the text that belongs to event i.
func readFigures(doc *chronicle.Document, i int) []chronicle.Figure {
	text := doc.Text
	ev := doc.Events[i]
	start, end := ev.Sentence.ByteStart, ev.Sentence.ByteEnd
	if start < 0 || end > len(text) || start >= end {
		return nil
	}
	// Extend to the next event's sentence or the end of the paragraph.
	limit := len(text)
	if nl := strings.IndexByte(text[end:], '\n'); nl >= 0 {
		limit = end + nl
	}
	for _, o := range doc.Events {
		if o.Sentence.ByteStart >= end && o.Sentence.ByteStart < limit {
			limit = o.Sentence.ByteStart
		}
	}
	if limit > end+400 {
		limit = end + 400
	}
	region := text[start:max(end, limit)]
	var figs []chronicle.Figure
	for _, m := range figureRe.FindAllStringSubmatchIndex(region, -1) {
		num := strings.ToLower(region[m[2]:m[3]])
		noun := strings.ToLower(region[m[4]:m[5]])
		unit, ok := counted[noun]
		if !ok {
			continue
		}
		q, ok := numberWords[num]
		if !ok {
			v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
			if err != nil {
				continue
			}
			q = v
		}
		if casualty[unit] {
			unit = casualtyUnit(region, m[0], m[1], unit)
		}
		pos := start + m[0]
		figs = append(figs, chronicle.Figure{Quantity: q, Unit: unit, Speaker: speakerAt(doc, pos), Text: region[m[0]:m[1]]})
	}
	return figs
}

// casualtyUnit reads "killed" or "injured" from the words nearest the figure
// at [from, to): the closest cue before it within 40 bytes, else the closest
// after it within 30.
func casualtyUnit(s string, from, to int, noun string) string {
	best, bestDist := noun, 1<<30
	before := s[max(0, from-40):from]
	for _, c := range []struct {
		re   *regexp.Regexp
		unit string
	}{{killCue, "killed"}, {hurtCue, "injured"}} {
		if ms := c.re.FindAllStringIndex(before, -1); len(ms) > 0 {
			if d := len(before) - ms[len(ms)-1][1]; d < bestDist {
				best, bestDist = c.unit, d
			}
		}
	}
	if bestDist < 1<<30 {
		return best
	}
	after := s[to:min(len(s), to+30)]
	for _, c := range []struct {
		re   *regexp.Regexp
		unit string
	}{{killCue, "killed"}, {hurtCue, "injured"}} {
		if m := c.re.FindStringIndex(after); m != nil && m[0] < bestDist {
			best, bestDist = c.unit, m[0]
		}
	}
	return best
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
