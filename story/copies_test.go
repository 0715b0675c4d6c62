package story

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

// countingIndex counts the stored articles Similar hands back: each one is
// compared with the article being linked.
type countingIndex struct {
	*Memory
	compared int
}

func (c *countingIndex) Similar(ctx context.Context, keys []uint64) ([]Article, error) {
	out, err := c.Memory.Similar(ctx, keys)
	c.compared += len(out)
	return out, err
}

// TestManyNearCopiesAreLinkedInNearLinearWork links 20,000 near-identical
// feed items (each one word off the original) and counts the comparisons:
// every copy must be found, and each compared with a bounded number of
// stored articles rather than with every earlier copy.
func TestManyNearCopiesAreLinkedInNearLinearWork(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 2000
	}
	words := strings.Fields(`Russian forces struck the port of Odesa overnight with drones and missiles, damaging grain
		silos and a residential building, regional officials said on Tuesday. Air defences shot down most of the drones,
		the governor said, but debris started fires in two districts. Ukraine's foreign ministry called the attack a
		deliberate blow against food security and asked partners for more air defence systems before the winter.`)
	idx := &countingIndex{Memory: NewMemory()}
	l := NewLinker(idx, Options{})
	rng := rand.New(rand.NewPCG(1, 2))
	ctx := context.Background()
	copies := 0
	for i := range n {
		w := append([]string(nil), words...)
		if i > 0 {
			w[rng.IntN(len(w))] = fmt.Sprintf("edit%d", i)
		}
		doc := chronicle.NewDocument(fmt.Sprintf("feed/%d", i), strings.Join(w, " "))
		doc.Revision = 1
		links, err := l.Link(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		if links.Article.CopyOf == "feed/0" {
			copies++
		}
	}
	if copies < n-1-n/100 {
		t.Errorf("%d of %d near-copies linked to the original", copies, n-1)
	}
	if per := float64(idx.compared) / float64(n); per > 3 {
		t.Errorf("%d comparisons for %d articles (%.1f each): linking grows with the copies stored", idx.compared, n, per)
	}
	t.Logf("%d articles, %d copies, %d comparisons", n, copies, idx.compared)
}
