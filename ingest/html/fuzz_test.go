package html

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// FuzzExtract checks Extract's invariants on any input: it returns, it does
// not panic, and what it returns is trimmed, valid UTF-8 text with at least
// MinWords words in it, or a coded error (an uncoded one is an internal
// failure, such as an extractor's panic, that the input must not cause).
// Hostile seeds are in testdata/fuzz/FuzzExtract.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(page("<title>T</title>", article(prose, prose, prose))))
	f.Add([]byte("<p>short</p>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Extract(bytes.NewReader(b), "https://news.example.com/a", Options{Timeout: 20 * time.Second})
		if err != nil {
			if strings.Contains(err.Error(), "longer than") {
				t.Fatalf("extraction timed out on %d bytes", len(b))
			}
			if chronicle.ErrorCode(err) == chronicle.EINTERNAL {
				t.Fatalf("uncoded error: %v", err)
			}
			return
		}
		if n := len(words(a.Text)); n < DefaultMinWords {
			t.Fatalf("no error and %d words of text, fewer than %d: %q", n, DefaultMinWords, a.Text)
		}
		for name, s := range map[string]string{"Text": a.Text, "Title": a.Title, "Author": a.Author, "SiteName": a.SiteName, "Lang": a.Lang} {
			if !utf8.ValidString(s) {
				t.Errorf("%s is not valid UTF-8: %q", name, s)
			}
			if s != strings.TrimSpace(s) {
				t.Errorf("%s has leading or trailing space: %q", name, s)
			}
		}
		if strings.Contains(a.Text, "\n\n\n") {
			t.Error("Text has more than one blank line between paragraphs")
		}
	})
}
