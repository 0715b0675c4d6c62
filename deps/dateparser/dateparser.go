// Package dateparser stands in for github.com/markusmobius/go-dateparser in
// Chronicle's build (see the replace directive in Chronicle's go.mod). It
// keeps the part of that package's API that go-htmldate compiles against
// and parses English dates only.
//
// Why it exists: go-trafilatura imports go-htmldate, which imports
// go-dateparser, and go-dateparser builds the date vocabulary of every
// CLDR locale in its package initialisers — about 80 MB allocated and 30 MB
// kept live for the life of every process that links it, whether or not it
// ever parses a date. Chronicle calls trafilatura in its fast date mode,
// where go-htmldate never calls dateparser at all (SkipExtensiveSearch), so
// every chronicle process paid that memory (and 0.2 s of start-up) for
// nothing; with the Go collector's heap goal at twice the live heap it also
// raised the pipeline's peak resident memory by some 60 MB. This package
// does real work when it is called (English day-month-year dates in the
// usual written and numeric forms, Unix timestamps, compact YYYYMMDD and a
// few relative forms), so an extensive-mode caller still gets English dates.
package dateparser

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/markusmobius/go-dateparser/date"
)

// ParserType is one way of reading a date.
type ParserType uint8

// The parser types of the original API. RelativeTime reads "today",
// "yesterday" and "N days/weeks/months/years ago"; NoSpacesTime reads
// YYYYMMDD; CustomFormat tries the layouts given to Parse.
const (
	Timestamp ParserType = iota
	NegativeTimestamp
	RelativeTime
	CustomFormat
	AbsoluteTime
	NoSpacesTime
)

// DateOrder is how an all-numeric date orders its parts.
type DateOrder uint8

// The orders of numeric dates ("03/04/2024").
const (
	DefaultOrder DateOrder = iota
	MDY
	DMY
	YMD
)

// PreferredDayOfMonth fills a date that names no day.
type PreferredDayOfMonth uint8

// The choices for a missing day.
const (
	Current PreferredDayOfMonth = iota
	First
	Last
)

// PreferredDateSource fills a date that names no year.
type PreferredDateSource uint8

// The choices for a missing year: this year, the latest past one, the next.
const (
	CurrentPeriod PreferredDateSource = iota
	Past
	Future
)

// Configuration steers how incomplete or ambiguous dates are read.
type Configuration struct {
	DateOrder           DateOrder
	CurrentTime         time.Time
	DefaultTimezone     *time.Location
	PreferredDayOfMonth PreferredDayOfMonth
	PreferredDateSource PreferredDateSource
	// StrictParsing refuses a date without day, month and year.
	StrictParsing bool
}

// Parser reads dates with the parser types it lists (all when empty).
type Parser struct {
	ParserTypes []ParserType
}

// ErrNoDate is returned when the text holds no date the parser can read.
var ErrNoDate = errors.New("dateparser: no date found")

// Parse reads the date in str.
func (p *Parser) Parse(cfg *Configuration, str string, formats ...string) (date.Date, error) {
	if cfg == nil {
		cfg = &Configuration{}
	}
	now := cfg.CurrentTime
	if now.IsZero() {
		now = time.Now()
	}
	loc := cfg.DefaultTimezone
	if loc == nil {
		loc = time.UTC
	}
	s := strings.TrimSpace(str)
	types := p.ParserTypes
	if len(types) == 0 {
		types = []ParserType{Timestamp, RelativeTime, CustomFormat, AbsoluteTime, NoSpacesTime}
	}
	for _, t := range types {
		var d date.Date
		switch t {
		case Timestamp, NegativeTimestamp:
			d = parseTimestamp(s, t == NegativeTimestamp)
		case RelativeTime:
			d = parseRelative(s, now)
		case CustomFormat:
			d = parseFormats(s, formats, loc)
		case AbsoluteTime:
			d = parseAbsolute(s, cfg, now, loc)
		case NoSpacesTime:
			d = parseCompact(s, loc)
		}
		if !d.IsZero() {
			d.Locale = "en"
			return d, nil
		}
	}
	return date.Date{}, ErrNoDate
}

func parseTimestamp(s string, negative bool) date.Date {
	if negative {
		s = strings.TrimPrefix(s, "-")
	}
	if len(s) < 9 || len(s) > 13 || strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return date.Date{}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return date.Date{}
	}
	if len(s) > 10 {
		n /= 1000 // milliseconds
	}
	if negative {
		n = -n
	}
	return date.Date{Period: date.Second, Time: time.Unix(n, 0).UTC()}
}

func parseRelative(s string, now time.Time) date.Date {
	f := strings.Fields(strings.ToLower(s))
	day := func(t time.Time) date.Date {
		return date.Date{Period: date.Day, Time: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())}
	}
	switch {
	case len(f) == 1 && (f[0] == "today" || f[0] == "now"):
		return day(now)
	case len(f) == 1 && f[0] == "yesterday":
		return day(now.AddDate(0, 0, -1))
	case len(f) == 3 && f[2] == "ago":
		n, err := strconv.Atoi(f[0])
		if err != nil && (f[0] == "a" || f[0] == "an" || f[0] == "one") {
			n, err = 1, nil
		}
		if err != nil || n < 0 {
			return date.Date{}
		}
		switch strings.TrimSuffix(f[1], "s") {
		case "day":
			return day(now.AddDate(0, 0, -n))
		case "week":
			return day(now.AddDate(0, 0, -7*n))
		case "month":
			return date.Date{Period: date.Month, Time: now.AddDate(0, -n, 0)}
		case "year":
			return date.Date{Period: date.Year, Time: now.AddDate(-n, 0, 0)}
		case "hour":
			return date.Date{Period: date.Hour, Time: now.Add(-time.Duration(n) * time.Hour)}
		case "minute":
			return date.Date{Period: date.Minute, Time: now.Add(-time.Duration(n) * time.Minute)}
		}
	}
	return date.Date{}
}

func parseFormats(s string, layouts []string, loc *time.Location) date.Date {
	for _, l := range layouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			period := date.Day
			if strings.ContainsAny(l, "0123456789") && (strings.Contains(l, "15") || strings.Contains(l, "03") || strings.Contains(l, "3:")) {
				period = date.Minute
			}
			return date.Date{Period: period, Time: t}
		}
	}
	return date.Date{}
}

func parseCompact(s string, loc *time.Location) date.Date {
	if len(s) != 8 {
		return date.Date{}
	}
	t, err := time.ParseInLocation("20060102", s, loc)
	if err != nil {
		return date.Date{}
	}
	return date.Date{Period: date.Day, Time: t}
}

var months = map[string]time.Month{
	"january": time.January, "jan": time.January, "february": time.February, "feb": time.February,
	"march": time.March, "mar": time.March, "april": time.April, "apr": time.April, "may": time.May,
	"june": time.June, "jun": time.June, "july": time.July, "jul": time.July, "august": time.August,
	"aug": time.August, "september": time.September, "sep": time.September, "sept": time.September,
	"october": time.October, "oct": time.October, "november": time.November, "nov": time.November,
	"december": time.December, "dec": time.December,
}

// ignored words may stand in a written date without changing it.
var ignored = map[string]bool{
	"monday": true, "mon": true, "tuesday": true, "tue": true, "tues": true, "wednesday": true, "wed": true,
	"thursday": true, "thu": true, "thurs": true, "friday": true, "fri": true, "saturday": true, "sat": true,
	"sunday": true, "sun": true, "of": true, "the": true, "at": true, "on": true, "published": true,
	"updated": true, "posted": true,
}

// fields splits a date into words, numbers and clock times; ordinal
// suffixes and punctuation between parts are dropped.
func fields(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			w := b.String()
			if n := len(w); n > 2 && unicode.IsDigit(rune(w[0])) {
				switch w[n-2:] {
				case "st", "nd", "rd", "th":
					w = w[:n-2]
				}
			}
			out = append(out, w)
			b.Reset()
		}
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == ':' || r == '+':
			b.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// parseAbsolute reads a date that names its parts: "5 March 2024",
// "March 5th, 2024 10:30 GMT", "Tue, 05 Mar 2024", "2024-03-05",
// "05/03/2024" (ordered by cfg.DateOrder, month first by default).
func parseAbsolute(s string, cfg *Configuration, now time.Time, loc *time.Location) date.Date {
	if d, ok := parseNumeric(s, cfg, loc); ok {
		return d
	}
	var day, year, hour, minute, second int
	var month time.Month
	clock, pm, am := false, false, false
	for _, w := range fields(s) {
		switch {
		case months[w] != 0 && month == 0:
			month = months[w]
		case ignored[w]:
		case w == "am" || w == "a":
			am = true
		case w == "pm" || w == "p":
			pm = true
		case w == "m" || w == "utc" || w == "gmt" || w == "z":
		case strings.HasPrefix(w, "+"):
		case strings.Contains(w, ":"):
			parts := strings.Split(w, ":")
			if len(parts) > 3 || clock {
				return date.Date{}
			}
			vals := make([]int, 3)
			for i, p := range parts {
				v, err := strconv.Atoi(p)
				if err != nil {
					return date.Date{}
				}
				vals[i] = v
			}
			hour, minute, second, clock = vals[0], vals[1], vals[2], true
		default:
			v, err := strconv.Atoi(w)
			switch {
			case err != nil:
				return date.Date{} // a word that is not part of a date
			case len(w) == 4 && year == 0:
				year = v
			case len(w) <= 2 && day == 0 && v >= 1 && v <= 31:
				day = v
			default:
				return date.Date{}
			}
		}
	}
	if month == 0 || (day == 0 && year == 0) {
		return date.Date{}
	}
	if cfg.StrictParsing && (day == 0 || year == 0) {
		return date.Date{}
	}
	if pm && hour < 12 {
		hour += 12
	} else if am && hour == 12 {
		hour = 0
	}
	if hour > 23 || minute > 59 || second > 59 {
		return date.Date{}
	}
	period := date.Day
	if clock {
		period = date.Minute
	}
	if day == 0 {
		period = date.Month
		switch cfg.PreferredDayOfMonth {
		case First:
			day = 1
		case Last:
			day = time.Date(max(year, 1), month+1, 0, 0, 0, 0, 0, loc).Day()
		default:
			day = now.Day()
		}
	}
	if year == 0 {
		year = now.Year()
		t := time.Date(year, month, day, 0, 0, 0, 0, loc)
		switch {
		case cfg.PreferredDateSource == Past && t.After(now):
			year--
		case cfg.PreferredDateSource == Future && t.Before(now):
			year++
		}
	}
	t := time.Date(year, month, day, hour, minute, second, 0, loc)
	if t.Day() != day { // 31 February
		return date.Date{}
	}
	return date.Date{Period: period, Time: t}
}

// parseNumeric reads all-numeric dates: ISO "2024-03-05" (with an optional
// time) and three numbers split by '/', '.' or '-'.
func parseNumeric(s string, cfg *Configuration, loc *time.Location) (date.Date, bool) {
	for _, l := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			period := date.Second
			if l == "2006-01-02" {
				period = date.Day
			}
			return date.Date{Period: period, Time: t}, true
		}
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
	if len(parts) != 3 {
		return date.Date{}, false
	}
	var v [3]int
	for i, p := range parts {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil {
			return date.Date{}, false
		}
		v[i] = n
	}
	var y, m, d int
	switch {
	case len(strings.TrimSpace(parts[0])) == 4 || cfg.DateOrder == YMD:
		y, m, d = v[0], v[1], v[2]
	case cfg.DateOrder == DMY || (cfg.DateOrder == DefaultOrder && v[0] > 12):
		d, m, y = v[0], v[1], v[2]
	default:
		m, d, y = v[0], v[1], v[2]
	}
	if y < 100 {
		y += 2000
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return date.Date{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc)
	if t.Day() != d {
		return date.Date{}, false
	}
	return date.Date{Period: date.Day, Time: t}, true
}
