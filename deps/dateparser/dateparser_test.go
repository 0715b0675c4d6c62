package dateparser

import (
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	strict := &Configuration{CurrentTime: now, StrictParsing: true, PreferredDateSource: Past}
	loose := &Configuration{CurrentTime: now, PreferredDateSource: Past}
	p := &Parser{ParserTypes: []ParserType{CustomFormat, AbsoluteTime}}
	for _, c := range []struct {
		cfg  *Configuration
		in   string
		want string // "" when no date must be found
	}{
		{strict, "5 March 2024", "2024-03-05T00:00:00Z"},
		{strict, "Tuesday, March 5th, 2024", "2024-03-05T00:00:00Z"},
		{strict, "Published on 21st of November 2019 at 10:30 pm GMT", "2019-11-21T22:30:00Z"},
		{strict, "Sept. 9, 2025", "2025-09-09T00:00:00Z"},
		{strict, "2023-12-01", "2023-12-01T00:00:00Z"},
		{strict, "2023-12-01T08:15:00Z", "2023-12-01T08:15:00Z"},
		{strict, "25/12/2022", "2022-12-25T00:00:00Z"},
		{strict, "03/04/2022", "2022-03-04T00:00:00Z"},
		{&Configuration{DateOrder: DMY}, "03/04/2022", "2022-04-03T00:00:00Z"},
		{strict, "31 February 2024", ""},
		{strict, "June 2024", ""},
		{strict, "the minister said on Friday", ""},
		{strict, "12 people killed in 2024", ""},
		{loose, "June 2024", "2024-06-10T00:00:00Z"},
		{loose, "December 24", "2025-12-24T00:00:00Z"},
		{loose, "February 2", "2026-02-02T00:00:00Z"},
	} {
		d, err := p.Parse(c.cfg, c.in)
		got := ""
		if err == nil {
			got = d.Time.Format(time.RFC3339)
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOtherTypes(t *testing.T) {
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	cfg := &Configuration{CurrentTime: now}
	for _, c := range []struct {
		types []ParserType
		in    string
		want  string
	}{
		{[]ParserType{Timestamp}, "1700000000", "2023-11-14T22:13:20Z"},
		{[]ParserType{Timestamp}, "1700000000123", "2023-11-14T22:13:20Z"},
		{[]ParserType{RelativeTime}, "yesterday", "2026-03-09T00:00:00Z"},
		{[]ParserType{RelativeTime}, "3 days ago", "2026-03-07T00:00:00Z"},
		{[]ParserType{NoSpacesTime}, "20240229", "2024-02-29T00:00:00Z"},
		{[]ParserType{NoSpacesTime}, "20230229", ""},
	} {
		d, err := (&Parser{ParserTypes: c.types}).Parse(cfg, c.in)
		got := ""
		if err == nil {
			got = d.Time.Format(time.RFC3339)
		}
		if got != c.want {
			t.Errorf("%v %q: got %q, want %q", c.types, c.in, got, c.want)
		}
	}
	if d, err := (&Parser{}).Parse(cfg, "2024|05|06", "2006|01|02"); err != nil || d.Time.Day() != 6 {
		t.Errorf("custom format: %v %v", d, err)
	}
}
