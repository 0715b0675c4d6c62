package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

func TestReportListsShownTechniquesOnly(t *testing.T) {
	s := "The disgraceful traitors lied. KYIV said so."
	ix := text.NewIndex(s)
	doc := chronicle.NewDocument("t", s)
	doc.Techniques = []chronicle.Frame{
		{Span: ix.Span(4, 15), Category: "propaganda-technique", Technique: "Loaded_Language", Voice: "author", Confidence: 0.8, Shown: true},
		{Span: ix.Span(31, 35), Category: "propaganda-technique", Technique: "Repetition", Voice: "author", Confidence: 0.2},
	}
	var b bytes.Buffer
	Text(&b, doc)
	out := b.String()
	if !strings.Contains(out, "»disgraceful« Loaded_Language, author [at 4] (confidence 0.80)") || strings.Contains(out, "»KYIV«") ||
		!strings.Contains(out, "1 more below the confidence shown") {
		t.Errorf("report:\n%s\nwant the shown span with its confidence, not the other", out)
	}
}
