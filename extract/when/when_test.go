package when

import (
	"reflect"
	"testing"

	"github.com/chronicle-news/chronicle"
)

func day(s string) chronicle.Date {
	d, err := chronicle.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text, published, want, expr string
	}{
		{"yesterday is the day before publication", "Officials said yesterday that talks failed.", "2025-04-25", "2025-04-24", "yesterday"},
		{"yesterday on the first of a month falls in the previous month", "The strike came yesterday.", "2025-03-01", "2025-02-28", "yesterday"},
		{"yesterday on New Year's Day falls in the previous year", "The attack happened yesterday.", "2025-01-01", "2024-12-31", "yesterday"},
		{"hours later is the same day", "Petro suspended the talks hours later.", "2025-04-25", "2025-04-25", "hours later"},
		{"the day before is one day earlier", "Trump had urged Putin the day before to halt strikes.", "2025-04-25", "2025-04-24", "the day before"},
		{"on Friday is the latest Friday on or before publication", "The ministers met on Friday.", "2025-04-25", "2025-04-25", "on Friday"},
		{"a weekday crosses a month boundary", "The talks ended on Friday.", "2025-05-02", "2025-05-02", "on Friday"},
		{"a weekday crosses a month boundary backwards", "Rebels attacked on Thursday.", "2025-05-02", "2025-05-01", "on Thursday"},
		{"last Wednesday crosses a year boundary", "Troops withdrew last Wednesday.", "2025-01-02", "2025-01-01", "last Wednesday"},
		{"a Sunday before a Tuesday at New Year is in the old year", "Protesters gathered on Sunday.", "2025-01-01", "2024-12-29", "on Sunday"},
		{"last week resolves to Monday of the week before", "Envoys met last week.", "2025-04-25", "2025-04-14", "last week"},
		{"last week across a year boundary", "Envoys met last week.", "2025-01-03", "2024-12-23", "last week"},
		{"in a year is its first day", "Crimea was annexed in 2014.", "2025-04-25", "2014-01-01", "in 2014"},
		{"a month and day take the publication year", "The ceasefire began April 25.", "2025-04-26", "2025-04-25", "April 25"},
		{"a month and day after publication belong to last year", "The deal was signed on December 30.", "2025-01-05", "2024-12-30", "December 30"},
		{"a day and month with a year", "Signed on 3 March 2022 in Minsk.", "2025-04-25", "2022-03-03", "3 March 2022"},
		{"earlier this month is the first of the month", "Earlier this month the army advanced.", "2025-04-25", "2025-04-01", "Earlier this month"},
		{"last month across a year boundary", "Sanctions were imposed last month.", "2025-01-10", "2024-12-01", "last month"},
		{"days ago count back across a month", "Three days ago the bridge was hit.", "2025-03-02", "2025-02-27", "Three days ago"},
		{"a month and year", "after the launch in February 2022", "2025-04-25", "2022-02-01", "February 2022"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.text, day(tc.published))
			if len(got) == 0 {
				t.Fatalf("no date found in %q", tc.text)
			}
			if got[0].Date.String() != tc.want || got[0].Text != tc.expr {
				t.Errorf("got %s from %q, want %s from %q", got[0].Date, got[0].Text, tc.want, tc.expr)
			}
		})
	}
}

func TestFindWithoutPublicationDay(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a relative date stays unknown", "They met yesterday.", ""},
		{"a weekday stays unknown", "They met on Friday.", ""},
		{"a full date resolves", "They met on April 25, 2024.", "2024-04-25"},
		{"a year resolves", "It began in 2014.", "2014-01-01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.text, chronicle.Date{})
			s := ""
			if len(got) > 0 {
				s = got[0].Date.String()
			}
			if s != tc.want {
				t.Errorf("got %q, want %q", s, tc.want)
			}
		})
	}
}

func TestNoDateInPlainText(t *testing.T) {
	for _, text := range []string{"The talks lasted about three hours.", "May they succeed.", "5,000 soldiers are dying every week."} {
		if got := Find(text, day("2025-04-25")); len(got) != 0 {
			t.Errorf("%q: found %v", text, got)
		}
	}
}

func TestRequiredStringsAreInEveryMatch(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want []string
	}{
		{`\bfoo(bar|qux)\b`, []string{"foobar", "fooqux"}},
		{`\b(?:the\s+)?day\s+before\b`, []string{"before"}},
		{`\b(\d+|two)\s+weeks?\b`, []string{"week"}},
		{`\d+`, nil},
		{`a|\d`, nil},
	} {
		if got := required(tc.expr); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("required(%q) = %q, want %q", tc.expr, got, tc.want)
		}
	}
	for i, r := range rules {
		if needs[i] == nil {
			t.Errorf("rule %d (%s) runs on every sentence", i, r.re)
		}
	}
}

func TestSpan(t *testing.T) {
	for _, tc := range []struct {
		n, unit string
		want    int
		ok      bool
	}{{"a", "day", 1, true}, {"Two", "days", 2, true}, {"three", "weeks", 21, true}, {"10", "days", 10, true}, {"a", "month", 0, false}, {"the", "day", 0, false}} {
		got, ok := Span(tc.n, tc.unit)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Span(%q, %q) = %d, %v; want %d, %v", tc.n, tc.unit, got, ok, tc.want, tc.ok)
		}
	}
}

func TestIsMonth(t *testing.T) {
	for w, want := range map[string]bool{"March": true, "JANUARY": true, "december": true, "Mar": false, "Sept": false, "Monday": false} {
		if got := IsMonth(w); got != want {
			t.Errorf("IsMonth(%q) = %v, want %v", w, got, want)
		}
	}
}
