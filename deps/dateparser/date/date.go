// Package date holds the result type of the dateparser replacement.
package date

import "time"

// Period is how precisely a parsed date is known.
type Period uint8

// The periods, from unknown to the second.
const (
	None Period = iota
	Year
	Month
	Day
	Hour
	Minute
	Second
)

func (p Period) String() string {
	if p > Second {
		return "unknown"
	}
	return [...]string{"none", "year", "month", "day", "hour", "minute", "second"}[p]
}

// IsTime reports whether the period is finer than a day.
func (p Period) IsTime() bool { return p >= Hour }

// Date is a parsed date and how precisely it is known.
type Date struct {
	Locale string
	Period Period
	Time   time.Time
}

// IsZero reports whether nothing was parsed.
func (d Date) IsZero() bool { return d.Period == None || d.Time.IsZero() }
