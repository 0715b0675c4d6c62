package syntax

import "testing"

// Every word of the test sentences gets the same lemma from the rule table
// as from the rules' map, with every tag.
func TestLemmaRulesMatchRules(t *testing.T) {
	p := testParser(t)
	lm := p.m.Lemma
	extra := []string{"", "a", "I", "ÉTÉ", "naïve", "cafés", "Straße", "running", "ran", "bodies", "x\xffy", "12,000", "re-elected", "👍s"}
	n := 0
	for _, words := range append(testSentences(t), extra) {
		for _, w := range words {
			for u := range UPOS {
				got, want := lm.lemmaWith(p.rules, w, u), lm.lemma(w, UPOS[u])
				if got != want {
					t.Fatalf("%q as %s: the table gives %q, the rules %q", w, UPOS[u], got, want)
				}
				n++
			}
		}
	}
	t.Logf("%d words and tags", n)
}
