package event_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

// TestGenericVerbsNeedATarget reads testdata/generic.txt: a generic verb
// read bare ("increased interest rates", "wants a bigger majority", "will
// travel next week") gives no event, while the same verbs with a target or
// a pattern ("travelled to Washington", "wants Serbia to recognise") and the
// specific verbs with none ("refused to hand over") still give theirs.
func TestGenericVerbsNeedATarget(t *testing.T) {
	f, err := os.Open("testdata/generic.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		want, text, ok := strings.Cut(line, " | ")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		n++
		evs := full(t, text, "2026-03-01").Events
		if want == "none" {
			if len(evs) > 0 {
				t.Errorf("%q: events %v, want none", text, describeAll(evs))
			}
			continue
		}
		if rest, ok := strings.CutPrefix(want, "only "); ok {
			want = rest
			if len(evs) != 1 {
				t.Errorf("%q: events %v, want %s alone", text, describeAll(evs), want)
			}
		}
		typ, sides, _ := strings.Cut(want, " ")
		src, tgt, _ := strings.Cut(sides, ">")
		found := false
		for _, e := range evs {
			found = found || e.Type == typ && strings.HasPrefix(actorCode(e.Source), src) && sideIs(e.Target, tgt)
		}
		if !found {
			t.Errorf("%q: events %v, want %s", text, describeAll(evs), want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Fatalf("read %d sentences", n)
	}
}

// sideIs reports whether actor a's code begins with code, "-" meaning no
// actor.
func sideIs(a *chronicle.Actor, code string) bool {
	if code == "-" {
		return a == nil || a.Code == ""
	}
	return strings.HasPrefix(actorCode(a), code)
}
