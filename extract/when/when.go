// Package when finds date expressions in news text and resolves them against
// the story's publication day: "on Friday", "the day before", "yesterday",
// "last week", "in 2014", "April 25", "earlier this month".
//
// A date is a calendar day. An expression that names a period resolves to the
// period's first day ("last week" → Monday of the week before, "in 2014" →
// 2014-01-01, "earlier this month" → the 1st) and says so in Match.Period. A
// weekday, month or day without a year is taken as the latest one on or before
// the publication day, as news reports what happened. Nothing is guessed: an
// expression that needs the publication day resolves only when it is known.
package when

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle"
)

// Match is one date expression: its byte range in the text, what it says and
// the day it resolves to.
type Match struct {
	ByteStart, ByteEnd int
	Text               string
	Date               chronicle.Date
	// Period is "day", "week", "month" or "year": what the expression names.
	Period string
}

var (
	weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
		"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}
	months = map[string]time.Month{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
		"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
		"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
	numbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10}
)

const (
	monthRE = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`
	dayRE   = `(\d{1,2})(?:st|nd|rd|th)?`
	numRE   = `(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)`
)

// rules are tried in order; the first that matches at a position wins and
// later matches may not overlap it.
var rules = []struct {
	re      *regexp.Regexp
	resolve func(m []string, ref time.Time) (time.Time, string, bool)
}{
	{regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`), func(m []string, _ time.Time) (time.Time, string, bool) {
		t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3])
		return t, "day", err == nil
	}},
	// "April 25, 2024", "April 25"
	{regexp.MustCompile(`\b` + monthRE + `\s+` + dayRE + `\b(?:,?\s+(\d{4})\b)?`), func(m []string, ref time.Time) (time.Time, string, bool) {
		return monthDay(months[m[1]], m[2], m[3], ref)
	}},
	// "25 April 2024", "25 April"
	{regexp.MustCompile(`\b` + dayRE + `\s+(?:of\s+)?` + monthRE + `\b(?:,?\s+(\d{4})\b)?`), func(m []string, ref time.Time) (time.Time, string, bool) {
		return monthDay(months[m[2]], m[1], m[3], ref)
	}},
	// "in February 2022", "February 2022"
	{regexp.MustCompile(`\b` + monthRE + `\s+(\d{4})\b`), func(m []string, _ time.Time) (time.Time, string, bool) {
		y, _ := strconv.Atoi(m[2])
		return time.Date(y, months[m[1]], 1, 0, 0, 0, 0, time.UTC), "month", true
	}},
	// "in 2014", "since 2014"
	{regexp.MustCompile(`\b(?:in|since|during|by|of)\s+((?:19|20)\d{2})\b`), func(m []string, _ time.Time) (time.Time, string, bool) {
		y, _ := strconv.Atoi(m[1])
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), "year", true
	}},
	{regexp.MustCompile(`\b(?:the\s+)?day\s+before\s+yesterday\b`), rel(0, 0, -2)},
	{regexp.MustCompile(`\b(?:the\s+day\s+before|the\s+previous\s+day|a\s+day\s+(?:earlier|before))\b`), rel(0, 0, -1)},
	{regexp.MustCompile(`\b(?:the\s+)?(?:next|following)\s+day\b|\ba\s+day\s+later\b`), rel(0, 0, 1)},
	{regexp.MustCompile(`\b(?:hours|minutes)\s+(?:later|earlier)\b|\blater\s+that\s+day\b|\bthe\s+same\s+day\b`), rel(0, 0, 0)},
	{regexp.MustCompile(`\byesterday\b|\blast\s+night\b`), rel(0, 0, -1)},
	{regexp.MustCompile(`\btomorrow\b`), rel(0, 0, 1)},
	{regexp.MustCompile(`\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b`), rel(0, 0, 0)},
	{regexp.MustCompile(`\b` + numRE + `\s+days?\s+(?:ago|earlier|before)\b`), func(m []string, ref time.Time) (time.Time, string, bool) {
		n, ok := count(m[1])
		return ref.AddDate(0, 0, -n), "day", ok
	}},
	{regexp.MustCompile(`\b` + numRE + `\s+weeks?\s+(?:ago|earlier)\b`), func(m []string, ref time.Time) (time.Time, string, bool) {
		n, ok := count(m[1])
		return monday(ref.AddDate(0, 0, -7*n)), "week", ok
	}},
	{regexp.MustCompile(`\blast\s+week\b|\bthe\s+previous\s+week\b|\ba\s+week\s+(?:ago|earlier)\b`), func(_ []string, ref time.Time) (time.Time, string, bool) {
		return monday(ref.AddDate(0, 0, -7)), "week", true
	}},
	{regexp.MustCompile(`\b(?:earlier\s+)?this\s+week\b`), func(_ []string, ref time.Time) (time.Time, string, bool) {
		return monday(ref), "week", true
	}},
	{regexp.MustCompile(`\blast\s+month\b|\bthe\s+previous\s+month\b|\ba\s+month\s+ago\b`), func(_ []string, ref time.Time) (time.Time, string, bool) {
		return time.Date(ref.Year(), ref.Month()-1, 1, 0, 0, 0, 0, time.UTC), "month", true
	}},
	{regexp.MustCompile(`\b(?:earlier\s+|later\s+)?this\s+month\b`), func(_ []string, ref time.Time) (time.Time, string, bool) {
		return time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC), "month", true
	}},
	{regexp.MustCompile(`\blast\s+year\b|\ba\s+year\s+ago\b`), func(_ []string, ref time.Time) (time.Time, string, bool) {
		return time.Date(ref.Year()-1, 1, 1, 0, 0, 0, 0, time.UTC), "year", true
	}},
	{regexp.MustCompile(`\b(?:earlier\s+)?this\s+year\b`), func(_ []string, ref time.Time) (time.Time, string, bool) {
		return time.Date(ref.Year(), 1, 1, 0, 0, 0, 0, time.UTC), "year", true
	}},
	// "last Friday", "on Friday", "Friday"
	{regexp.MustCompile(`\b(?:(last|this|on)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`), func(m []string, ref time.Time) (time.Time, string, bool) {
		back := (int(ref.Weekday()) - int(weekdays[m[2]]) + 7) % 7
		if back == 0 && m[1] == "last" {
			back = 7
		}
		return ref.AddDate(0, 0, -back), "day", true
	}},
	// "in February", "last March"
	{regexp.MustCompile(`\b(?:in|last|since|during)\s+` + monthRE + `\b`), func(m []string, ref time.Time) (time.Time, string, bool) {
		mo := months[m[1]]
		y := ref.Year()
		if mo >= ref.Month() && !strings.HasPrefix(m[0], "in") || mo > ref.Month() {
			y--
		}
		return time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC), "month", true
	}},
}

// needs holds, for each rule, strings one of which its every match contains
// (see required).
var needs = func() [][]string {
	out := make([][]string, len(rules))
	for i, r := range rules {
		out[i] = required(r.re.String())
	}
	return out
}()

// needsRef tells the rules (by index) that cannot resolve without the
// publication day: all but full dates, month-day (which checks itself) and years.
func needsRef(i int) bool { return i > 4 }

func rel(y, m, d int) func([]string, time.Time) (time.Time, string, bool) {
	return func(_ []string, ref time.Time) (time.Time, string, bool) {
		return ref.AddDate(y, m, d), "day", true
	}
}

func count(s string) (int, bool) {
	if n, ok := numbers[s]; ok {
		return n, true
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n < 10000
}

func monday(t time.Time) time.Time {
	back := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -back)
}

// monthDay resolves "April 25" with an optional year; without one it is the
// latest April 25 on or before ref (a few days ahead still count as this
// year, for announced events).
func monthDay(mo time.Month, day, year string, ref time.Time) (time.Time, string, bool) {
	d, err := strconv.Atoi(day)
	if err != nil || d < 1 || d > 31 || mo == 0 {
		return time.Time{}, "", false
	}
	if year != "" {
		y, _ := strconv.Atoi(year)
		t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
		return t, "day", t.Day() == d
	}
	if ref.IsZero() {
		return time.Time{}, "", false
	}
	t := time.Date(ref.Year(), mo, d, 0, 0, 0, 0, time.UTC)
	if t.Sub(ref) > 31*24*time.Hour {
		t = time.Date(ref.Year()-1, mo, d, 0, 0, 0, 0, time.UTC)
	}
	return t, "day", t.Day() == d
}

// Find returns the date expressions of text in order, resolved against the
// publication day ref. With a zero ref only absolute dates are returned.
func Find(text string, ref chronicle.Date) []Match {
	low := strings.ToLower(text)
	taken := make([]bool, len(low))
	var out []Match
	for i, r := range rules {
		if ref.IsZero() && needsRef(i) {
			continue
		}
		if need := needs[i]; need != nil && !containsAny(low, need) {
			continue
		}
		for _, loc := range r.re.FindAllStringSubmatchIndex(low, -1) {
			b0, b1 := loc[0], loc[1]
			if overlaps(taken, b0, b1) {
				continue
			}
			m := make([]string, len(loc)/2)
			for k := range m {
				if loc[2*k] >= 0 {
					m[k] = low[loc[2*k]:loc[2*k+1]]
				}
			}
			t, period, ok := r.resolve(m, ref.Time)
			if !ok {
				continue
			}
			for k := b0; k < b1; k++ {
				taken[k] = true
			}
			out = append(out, Match{ByteStart: b0, ByteEnd: b1, Text: text[b0:b1], Date: chronicle.DateOf(t), Period: period})
		}
	}
	sortMatches(out)
	return out
}

func overlaps(taken []bool, b0, b1 int) bool {
	for k := b0; k < b1; k++ {
		if taken[k] {
			return true
		}
	}
	return false
}

func sortMatches(m []Match) {
	for i := 1; i < len(m); i++ {
		for j := i; j > 0 && m[j].ByteStart < m[j-1].ByteStart; j-- {
			m[j], m[j-1] = m[j-1], m[j]
		}
	}
}

// IsMonth reports whether w is a month's full name in any case ("March",
// "MARCH"), not an abbreviation ("Mar").
func IsMonth(w string) bool {
	m, ok := months[strings.ToLower(w)]
	return ok && strings.EqualFold(m.String(), w)
}

// Span is the number of days "a day", "two days" or "three weeks" names,
// from its count word and its unit word (any case); ok is false for other
// words.
func Span(countWord, unitWord string) (days int, ok bool) {
	n, ok := count(strings.ToLower(countWord))
	if !ok {
		return 0, false
	}
	switch strings.ToLower(unitWord) {
	case "day", "days":
		return n, true
	case "week", "weeks":
		return 7 * n, true
	}
	return 0, false
}
