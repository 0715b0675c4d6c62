package entity_test

import (
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

func TestProcessAfterTheTextStage(t *testing.T) {
	const story = "KYIV TALKS COLLAPSE AS RUSSIA PRESSES EAST\n\nMOSCOW, April 25 (Reuters) - Russian Foreign Minister Sergey Lavrov met U.S. envoy Steve Witkoff in Moscow on Friday, the Kremlin said. Ukraine's President Volodymyr Zelenskiy said in Kyiv that $300 billion in frozen assets should go to reconstruction, and that prices rose 12% in three hours."
	doc := chronicle.NewDocument("d", story)
	if err := (text.Stage{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	if err := shippedTagger(t).Process(doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	last := -1
	for _, e := range doc.Entities {
		if doc.Text[e.ByteStart:e.ByteEnd] != e.Text || string([]rune(doc.Text)[e.Start:e.End]) != e.Text {
			t.Errorf("entity %q: offsets [%d,%d) bytes [%d,%d) do not cover it", e.Text, e.Start, e.End, e.ByteStart, e.ByteEnd)
		}
		if e.Start < last {
			t.Errorf("entity %q at %d comes after one at %d", e.Text, e.Start, last)
		}
		last = e.Start
		got[e.Text+"/"+e.Type] = true
	}
	for _, want := range []string{"KYIV/LOC", "MOSCOW/LOC", "Reuters/ORG", "Sergey Lavrov/PER", "Steve Witkoff/PER",
		"Moscow/LOC", "Volodymyr Zelenskiy/PER", "April 25/DATE", "$300 billion/MONEY", "12%/PERCENT", "three hours/TIME"} {
		if !got[want] {
			t.Errorf("no entity %s in %v", want, got)
		}
	}
}
