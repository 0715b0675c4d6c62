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
