package actor

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// FuzzProcess runs the stage on any text, with every run of capitalised
// words marked as an entity, and checks that it never panics and that what
// it adds stays inside the text.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"Russian Foreign Minister Sergey Lavrov said he would go. They left.",
		"The head of the Russian Direct Investment Fund, Kirill Dmitriev, said",
		"Steve Witkoff, the special envoy appointed by",
		"Lt. Gen. X, deputy chief of",
		"“He said,” the president",
		"Kyiv", ", A", "the", "the Russian", "Putin’s", "He", "Russian authorities",
	} {
		f.Add(s)
	}
	r := NewResolverDict(mustDict(f))
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || len(s) > 1<<14 {
			return
		}
		doc := chronicle.NewDocument("fuzz", s)
		if err := (text.Stage{}).Process(doc); err != nil {
			return
		}
		types := []string{"PER", "LOC", "ORG", "MISC"}
		for i := 0; i < len(doc.Tokens); {
			j := i
			for j < len(doc.Tokens) && unicode.IsUpper(firstRune(s[doc.Tokens[j].ByteStart:doc.Tokens[j].ByteEnd])) {
				j++
			}
			if j > i {
				sp := text.Cover(s, doc.Tokens[i].Span, doc.Tokens[j-1].Span)
				doc.Entities = append(doc.Entities, chronicle.Entity{Span: sp, Type: types[(i+j)%len(types)]})
				i = j
				continue
			}
			i++
		}
		if err := NewStage(r).Process(doc); err != nil {
			t.Fatal(err)
		}
		n := utf8.RuneCountInString(s)
		for i, e := range doc.Entities {
			if e.Ref != nil && (*e.Ref < 0 || *e.Ref >= i) {
				t.Errorf("entity %d refers to %d", i, *e.Ref)
			}
			if e.Role != nil && e.Role.Evidence != nil {
				checkSpan(t, s, n, *e.Role.Evidence)
			}
		}
		for _, m := range doc.Mentions {
			checkSpan(t, s, n, m.Span)
			if m.Entity < -1 || m.Entity >= len(doc.Entities) {
				t.Errorf("mention %q refers to entity %d of %d", m.Text, m.Entity, len(doc.Entities))
			}
		}
	})
}

func checkSpan(t *testing.T, s string, n int, sp chronicle.Span) {
	t.Helper()
	if sp.Start < 0 || sp.End > n || sp.Start > sp.End || sp.ByteStart < 0 || sp.ByteEnd > len(s) || sp.ByteStart > sp.ByteEnd {
		t.Fatalf("span %+v outside the text", sp)
	}
	if sp.Text != s[sp.ByteStart:sp.ByteEnd] || !utf8.ValidString(sp.Text) {
		t.Errorf("span text %q does not match its offsets", sp.Text)
	}
	if got := utf8.RuneCountInString(s[:sp.ByteStart]); got != sp.Start {
		t.Errorf("span %q starts at code point %d, offsets say %d", sp.Text, got, sp.Start)
	}
}

func mustDict(tb testing.TB) *Dict {
	d := NewDict()
	if err := d.ReadPhoenix(strings.NewReader(testDict), "test"); err != nil {
		tb.Fatal(err)
	}
	return d
}
