package syntax

import "testing"

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
