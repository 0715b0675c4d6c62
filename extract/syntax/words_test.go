package syntax

import (
	"strings"
	"testing"
)

func TestDeterminerKinds(t *testing.T) {
	for _, c := range []struct {
		w    string
		kind DetKind
	}{{"The", DetArticle}, {"those", DetDemonstrative}, {"that", DetThat}, {"Their", DetPossessive},
		{"several", DetQuantifier}, {"three", DetNumeral}, {"Kyiv", 0}, {"said", 0}} {
		if got := Determiner(c.w); got != c.kind {
			t.Errorf("Determiner(%q) = %d, want %d", c.w, got, c.kind)
		}
	}
	if IsDeterminer("that", DetAny&^DetThat) {
		t.Error("that is asked for on its own")
	}
	up := Determiners(DetArticle, true)
	if len(up) != 3 || !up["THE"] {
		t.Errorf("upper-case articles: %v", up)
	}
}

func TestDateline(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"KYIV , March 3 ( Reuters ) - Russian forces struck the port .", 8},
		{"PORT SUDAN — A drone hit the market .", 3},
		{"NAIROBI , Kenya — Police fired tear gas .", 4},
		{"GOMA , Democratic Republic of the Congo ( Wire ) — M23 rebels shelled Uvira .", 11},
		{"SARAJEVO , Bosnia and Herzegovina — Police detained two men .", 6},
		{"Kyiv — Russian forces struck the port .", 0},
		{"The KGB — as it was then — watched him .", 0},
		{"UN officials said — without evidence — that it was over .", 0},
	} {
		if got := Dateline(strings.Fields(c.text)); got != c.n {
			t.Errorf("%q: %d, want %d", c.text, got, c.n)
		}
	}
}
