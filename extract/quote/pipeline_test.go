package quote_test

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/analyzer"
)

// TestActReportedAccordingToSomeone runs the whole analysis (the cue model
// and the tree included): a verb of action that "according to" attributes
// is the content of that attribution, never a cue of its own.
func TestActReportedAccordingToSomeone(t *testing.T) {
	p, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"The M23 shelled the outskirts of Goma on Sunday, according to residents.",
		"The Taliban fired mortars at a border post, according to Pakistani officials.",
		"On Friday, the SDF shelled the village of Hajin, killing two farmers, according to local activists.",
	} {
		doc := chronicle.NewDocument("t", s)
		if err := p.Run(doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range doc.Quotes {
			cue := ""
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			got = append(got, cue+": "+q.Content.Text)
		}
		if len(doc.Quotes) != 1 || doc.Quotes[0].Cue == nil || doc.Quotes[0].Cue.Text != "according to" ||
			!strings.HasPrefix(s, doc.Quotes[0].Content.Text) {
			t.Errorf("%q: quotes %q; want the one attribution by 'according to', the act in its content", s, got)
		}
	}
}

// TestTrailingAttributionBeforeAnAside: "X, officials on both sides said, the
// first such swap in months" — the speaker phrase runs across its
// preposition, and the content is the clause before the attribution, not
// the phrase after it about that clause.
func TestTrailingAttributionBeforeAnAside(t *testing.T) {
	p, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := "Armenia and Azerbaijan freed 40 detainees each on Friday, officials on both sides said, the largest release since the war."
	doc := chronicle.NewDocument("t", s)
	if err := p.Run(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 1 {
		t.Fatalf("quotes %+v, want one", doc.Quotes)
	}
	q := doc.Quotes[0]
	if q.Speaker == nil || q.Speaker.Text != "officials on both sides" {
		t.Errorf("speaker %+v, want officials on both sides", q.Speaker)
	}
	if want := "Armenia and Azerbaijan freed 40 detainees each on Friday"; q.Content.Text != want {
		t.Errorf("content %q, want %q", q.Content.Text, want)
	}
}

// TestClaimedByANamedGroup: "X was claimed by the Group for the Support of
// Islam and Muslims (JNIM)" — the speaker is the whole name with its
// acronym, and what was claimed is the whole subject.
func TestClaimedByANamedGroup(t *testing.T) {
	p, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := "The raid on the army post near Fada was claimed by the Front for the Liberation of Macina and Gourma (FLMG), which said it had seized rifles."
	doc := chronicle.NewDocument("t", s)
	if err := p.Run(doc); err != nil {
		t.Fatal(err)
	}
	for _, q := range doc.Quotes {
		if q.Cue == nil || !strings.HasPrefix(q.Cue.Text, "claimed") {
			continue
		}
		if q.Content.Text != "The raid on the army post near Fada" {
			t.Errorf("content %q, want the whole subject", q.Content.Text)
		}
		if q.Speaker == nil || !strings.Contains(q.Speaker.Text, "Liberation of Macina and Gourma") {
			t.Errorf("speaker %+v, want the whole name", q.Speaker)
		}
		return
	}
	t.Errorf("no 'claimed by' quote in %+v", doc.Quotes)
}
