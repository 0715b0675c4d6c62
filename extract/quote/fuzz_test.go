package quote

import (
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// FuzzExtract checks the invariants of the stage on any text: no panic,
// every span inside the text with its code-point and byte offsets agreeing,
// content never empty, and a known kind.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“We will not retreat,” Zelensky said.",
		"According to the aide, the talks were useful.",
		"Peskov said:\n\n“The first part.\n\n“The second part.”",
		"''It's anti-reform,'' she said. ''Even more.''",
		"\"Unclosed quote, he said",
		"“A” ― Esther Tapia",
		"X, said Y, said: “",
		"The talks were described by the Kremlin as “constructive.”",
	} {
		f.Add(s)
	}
	x := New(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		doc := chronicle.NewDocument("fuzz", s)
		if err := (text.Stage{}).Process(doc); err != nil {
			return
		}
		if err := x.Process(doc); err != nil {
			t.Fatal(err)
		}
		check := func(what string, sp chronicle.Span) {
			if sp.ByteStart < 0 || sp.ByteEnd > len(s) || sp.ByteStart > sp.ByteEnd {
				t.Fatalf("%s bytes [%d,%d) outside the text of %d bytes", what, sp.ByteStart, sp.ByteEnd, len(s))
			}
			if utf8.RuneCountInString(s[:sp.ByteStart]) != sp.Start || utf8.RuneCountInString(s[:sp.ByteEnd]) != sp.End {
				t.Fatalf("%s code points [%d,%d) disagree with bytes [%d,%d)", what, sp.Start, sp.End, sp.ByteStart, sp.ByteEnd)
			}
			if sp.Text != s[sp.ByteStart:sp.ByteEnd] {
				t.Fatalf("%s text %q is not the text at its offsets", what, sp.Text)
			}
		}
		for _, q := range doc.Quotes {
			if q.Content.Empty() {
				t.Fatalf("empty content in %+v", q)
			}
			check("content", q.Content)
			if q.Speaker != nil {
				check("speaker", *q.Speaker)
			}
			if q.Cue != nil {
				check("cue", *q.Cue)
			}
			if q.Kind != chronicle.QuoteDirect && q.Kind != chronicle.QuoteIndirect && q.Kind != chronicle.QuoteMixed {
				t.Fatalf("kind %q", q.Kind)
			}
		}
	})
}
