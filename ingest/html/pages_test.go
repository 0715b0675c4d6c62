package html

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOwnPagesPrecision extracts hand-written pages that put teaser lists,
// reader pitches, comments, share bars and credits around an article with
// a table and a list, and scores the text against the article as written
// (testdata/pages/NAME.txt) with the benchmark's metric.
func TestOwnPagesPrecision(t *testing.T) {
	tests := []struct {
		page                     string
		title, author, published string
		mustDrop                 []string
	}{
		{"teasers-and-comments", "Grain corridor reopens after three-week halt", "Ilse Varga", "2025-06-11",
			[]string{"Dock workers threaten", "Sign up for our morning", "Summer festival", "thirty thousand visitors", "I have been saying", "All rights reserved"}},
		{"caps-teasers-and-credits", "Talks on prisoner exchange to resume next week", "Dana Kell", "2025-06-12",
			[]string{"FIRST GRAIN CONVOY", "READ MORE", "Reporting by", "Updated at", "Drones shot down", "Facebook"}},
		{"long-teasers", "Landslides cut off hill villages after days of rain", "", "2025-06-13",
			[]string{"Latest news", "Farmers in the plain", "harvest in the district", "tram line", "carved doors", "pay offer", "newsletter"}},
	}
	var sc scorer
	for _, tt := range tests {
		raw, err := os.ReadFile(filepath.Join("testdata", "pages", tt.page+".html"))
		if err != nil {
			t.Fatal(err)
		}
		gold, err := os.ReadFile(filepath.Join("testdata", "pages", tt.page+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		a, err := Extract(strings.NewReader(string(raw)), "https://ledger.example/2025/06/"+tt.page, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.page, err)
		}
		var one scorer
		one.add(string(gold), a.Text)
		sc.add(string(gold), a.Text)
		p, r, _ := one.result()
		t.Logf("%s: precision %.3f recall %.3f", tt.page, p, r)
		if p < 0.95 || r < 0.95 {
			t.Errorf("%s: precision %.3f recall %.3f; text:\n%s", tt.page, p, r, a.Text)
		}
		for _, s := range tt.mustDrop {
			if strings.Contains(a.Text, s) {
				t.Errorf("%s: kept %q", tt.page, s)
			}
		}
		if a.Title != tt.title || a.Author != tt.author || a.Published.Format("2006-01-02") != tt.published {
			t.Errorf("%s: title %q author %q published %s (sources %v)", tt.page, a.Title, a.Author, a.Published, a.Sources)
		}
	}
	p, r, f := sc.result()
	t.Logf("own pages: precision %.3f recall %.3f F1 %.3f", p, r, f)
}
