package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

// Large fills s with what makes a careless list query slow: n small
// articles and one of 1 MB of text with thousands of quotes, published last
// so that it heads every list. It returns the big article as stored.
func Large(t testing.TB, s chronicle.Store, n int) *chronicle.Document {
	t.Helper()
	ctx := context.Background()
	for i := range n {
		text := fmt.Sprintf("Report %d. Lavrov said the talks in Riyadh would go on.", i)
		d := chronicle.NewDocument(fmt.Sprintf("small/%05d", i), text)
		d.Title, d.Publisher = fmt.Sprintf("Report %d", i), []string{"Wire", "Daily", "Herald"}[i%3]
		d.Published = chronicle.DateOf(date("2025-01-01").AddDate(0, 0, i%300))
		at := strings.Index(text, "the talks")
		d.Quotes = []chronicle.Quote{{Content: span(at, len(text)), SpeakerName: "Sergey Lavrov", SpeakerCode: "RUSGOV", Kind: chronicle.QuoteIndirect}}
		d.Events = []chronicle.Event{{Type: "CONSULT", Source: &chronicle.Actor{Name: "Russia", Code: "RUSGOV"}, Sentence: span(0, len(text))}}
		if _, err := s.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	var b strings.Builder
	big := chronicle.NewDocument("big", "")
	for i := 0; b.Len() < 1<<20; i++ {
		start := b.Len()
		fmt.Fprintf(&b, "Paragraph %d of the long report. The minister said that the ceasefire talks, number %d, would go on for another week in the capital.\n\n", i, i)
		para := b.String()[start:]
		sentence := span(start, b.Len()-2)
		content := strings.Index(para, "the ceasefire") + start
		big.Quotes = append(big.Quotes, chronicle.Quote{Content: span(content, b.Len()-3), SpeakerName: "The minister", Kind: chronicle.QuoteIndirect})
		big.Entities = append(big.Entities, chronicle.Entity{Span: span(start, start+9), Type: "MISC"})
		if i%10 == 0 {
			big.Events = append(big.Events, chronicle.Event{Type: "CONSULT", Source: &chronicle.Actor{Name: "The minister"}, Sentence: sentence})
		}
	}
	big.Text = b.String()
	big.Title, big.Publisher, big.Published = "The long report", "Wire", date("2025-12-31")
	if _, err := s.Put(ctx, big); err != nil {
		t.Fatal(err)
	}
	return big
}

// span covers bytes [start, end) of an ASCII text (code points and bytes
// alike).
func span(start, end int) chronicle.Span {
	return chronicle.Span{Start: start, End: end, ByteStart: start, ByteEnd: end}
}
