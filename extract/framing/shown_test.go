package framing

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/models"
	"github.com/chronicle-news/chronicle/text"
)

func TestNameOnly(t *testing.T) {
	s := "KYIV (Dnipro Herald) — The Kremlin said Vladimir Putin met crooked officials. Disgraceful! It was a disgraceful vote by NATO's puppet government."
	doc := chronicle.NewDocument("t", s)
	if err := (text.Stage{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	v := newDocView(doc, nil)
	span := func(phrase string) (int, int) {
		b := strings.Index(s, phrase)
		return tokenRange(doc, len([]rune(s[:b])), len([]rune(s[:b+len(phrase)])))
	}
	for phrase, want := range map[string]bool{
		"KYIV": true, "Dnipro Herald": true, "The Kremlin": true, "Vladimir Putin": true, "NATO's": true,
		"crooked officials": false, "Disgraceful": false, "disgraceful vote": false, "puppet government": false,
		"Vladimir Putin met": false,
	} {
		a, b := span(phrase)
		if got := v.nameOnly(a, b); got != want {
			t.Errorf("nameOnly(%q) = %v, want %v", phrase, got, want)
		}
	}
	// An entity counts as a name whatever its case.
	b := strings.Index(s, "crooked officials")
	doc.Entities = []chronicle.Entity{{Span: chronicle.Span{Start: b, End: b + len("crooked officials")}, Type: "ORG"}}
	v = newDocView(doc, nil)
	if a, b := span("crooked officials"); !v.nameOnly(a, b) {
		t.Errorf("an entity's span is not a name alone")
	}
}

// TestNoNameAloneIsShown trains a model on articles whose gold spans
// include an outlet's name, shows every span it may, and checks that the
// name, though found, is never shown; then checks the embedded model on a
// wire story full of names.
func TestNoNameAloneIsShown(t *testing.T) {
	var exs []Example
	for i := range 20 {
		s := "Dnipro Herald reported the disgraceful vote. Officials met in KYIV on Monday."
		if i%2 == 1 {
			s = "Officials met on Tuesday, Dnipro Herald said. The plan was disgraceful."
		}
		doc := chronicle.NewDocument("t", s)
		if err := (text.Stage{}).Process(doc); err != nil {
			t.Fatal(err)
		}
		ex := Example{Doc: doc}
		for _, w := range []struct{ phrase, technique string }{{"Dnipro Herald", "Name_Calling,Labeling"}, {"KYIV", "Repetition"}, {"disgraceful", "Loaded_Language"}} {
			if b := strings.Index(s, w.phrase); b >= 0 {
				ex.Spans = append(ex.Spans, GoldSpan{Start: b, End: b + len(w.phrase), Technique: w.technique})
			}
		}
		exs = append(exs, ex)
	}
	lx := BuiltinLexicon()
	tiny := Train(exs, TrainOptions{TagBits: 12, ClassBits: 10, TagEpochs: 5, ClassEpochs: 5, Rate: 0.2, Seed: 1, Lexicon: lx})
	tiny.Tune(exs, lx)
	tiny.ShowAt = 0
	found := map[string]bool{}
	for _, ex := range exs[:2] {
		for _, r := range tiny.Predict(ex.Doc, lx) {
			w := tokenSpan(ex.Doc, r.First, r.Last).Text
			found[w] = r.Shown
		}
	}
	for w, shown := range map[string]bool{"Dnipro Herald": false, "KYIV": false, "disgraceful": true} {
		if got, ok := found[w]; !ok || got != shown {
			t.Errorf("%q: found %v, shown %v; want found, shown %v (all: %v)", w, ok, got, shown, found)
		}
	}

	m, err := Load(models.PTC())
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Repeat("KYIV (Dnipro Herald) — Russian forces shelled the Dnipro region overnight, KYIV said. "+
		"Vladimir Putin called the Kyiv regime a gang of neo-Nazi thugs. Dnipro Herald reported that Zelensky, "+
		"Zelensky and Zelensky again urged NATO to act. ", 3)
	doc := chronicle.NewDocument("t", s)
	if err := (text.Stage{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	v := newDocView(doc, lx)
	all := *m
	all.ShowAt = 0
	for _, r := range append(m.Predict(doc, lx), all.Predict(doc, lx)...) {
		if r.Shown && v.nameOnly(r.First, r.Last) {
			t.Errorf("name alone %q is shown", tokenSpan(doc, r.First, r.Last).Text)
		}
	}
}

func TestTechniqueRecordsCarryConfidenceAndShown(t *testing.T) {
	tech, err := json.Marshal(chronicle.Frame{Category: CategoryTechnique, Technique: "Doubt", Voice: "author"})
	if err != nil {
		t.Fatal(err)
	}
	lex, _ := json.Marshal(chronicle.Frame{Category: "loaded-label", Voice: "author"})
	if !strings.Contains(string(tech), `"confidence":0`) || !strings.Contains(string(tech), `"shown":false`) ||
		strings.Contains(string(lex), "shown") || strings.Contains(string(lex), "confidence") {
		t.Errorf("technique %s, lexicon match %s: want confidence and shown on the technique only", tech, lex)
	}
	var back chronicle.Frame
	json.Unmarshal([]byte(`{"technique":"Doubt","confidence":0.7,"shown":true}`), &back)
	if back.Confidence != 0.7 || !back.Shown {
		t.Errorf("read back %+v", back)
	}
}
