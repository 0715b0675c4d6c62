package postgres_test

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/postgres"
	"github.com/chronicle-news/chronicle/storetest"
)

var (
	// wideRead is a column that holds a whole article.
	wideRead = regexp.MustCompile(`\b(r|r_\d+|revisions)\.(record|text)\b`)
	// sortNode is a sort of everything below it. An Incremental Sort
	// presorted on the revision order is allowed: PostgreSQL's nested loop
	// keeps only the outer (revision) order, so it sorts each revision's
	// quotes, the one article's at the head of the list and no more.
	sortNode = regexp.MustCompile(`(?m)^\s*(->\s+)?Sort\s+\(`)
	buffers  = regexp.MustCompile(`Buffers: shared(?: hit=(\d+))?(?: read=(\d+))?`)
)

// TestListsNeverReadWholeRecords stores one article of 1 MB (thousands of
// quotes) and thousands of small ones, then runs every list query under
// EXPLAIN (ANALYZE, BUFFERS, VERBOSE): no node uses a revision's text or
// record, the quote and article pages walk the (published, id) index with no
// sort of the whole store, and the buffers a page touches stay few — counted,
// not timed (a quote page reads the quote rows of the 1 MB article at its
// head, 3,800 of them, in a few hundred buffers).
func TestListsNeverReadWholeRecords(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a store with thousands of articles")
	}
	s := open(t).(*postgres.Store)
	defer s.Close()
	storetest.Large(t, s, 2000)
	ctx := context.Background()
	db := s.DB()
	if _, err := db.ExecContext(ctx, `ANALYZE`); err != nil {
		t.Fatal(err)
	}
	for _, q := range s.ListQueries() {
		t.Run(q.Name, func(t *testing.T) {
			rows, err := db.QueryContext(ctx, `EXPLAIN (ANALYZE, BUFFERS, VERBOSE) `+q.SQL, q.Args...)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for rows.Next() {
				var line string
				rows.Scan(&line)
				b.WriteString(line + "\n")
			}
			rows.Close()
			plan := b.String()
			if m := wideUse(plan); m != "" {
				t.Errorf("uses %s:\n%s", m, plan)
			}
			if q.Name != "quotes" && q.Name != "articles" {
				return
			}
			if !strings.Contains(plan, "revisions_published") || sortNode.MatchString(plan) {
				t.Errorf("does not walk the (published, id) index without a sort:\n%s", plan)
			}
			n := 0
			if m := buffers.FindStringSubmatch(plan); m != nil {
				hit, _ := strconv.Atoi(m[1])
				read, _ := strconv.Atoi(m[2])
				n = hit + read
			}
			if n == 0 || n > 1000 {
				t.Errorf("touches %d buffers for one page:\n%s", n, plan)
			}
			t.Logf("%d buffers", n)
		})
	}
	hits, err := s.SearchQuotes(ctx, chronicle.QuoteFilter{Limit: 3})
	if err != nil || len(hits) != 3 || hits[0].DocID != "big" || hits[0].Quote.SpeakerName != "The minister" {
		t.Fatalf("SearchQuotes(limit 3) = %+v, %v; want three of the big article's quotes", hits, err)
	}
}

// wideUse returns a line of plan that uses a whole-article column: any
// line but the Output of a scan node, which lists the whole row it reads
// without reading its out-of-line (TOAST) values.
func wideUse(plan string) string {
	scan := false
	for _, line := range strings.Split(plan, "\n") {
		l := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "->"))
		if strings.Contains(l, "(cost=") {
			scan = strings.Contains(l, "Scan ")
			continue
		}
		if scan && strings.HasPrefix(l, "Output:") {
			continue
		}
		if wideRead.MatchString(l) {
			return l
		}
	}
	return ""
}
