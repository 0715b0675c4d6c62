package sqlite_test

import (
	"bufio"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/sqlite"
	"github.com/chronicle-news/chronicle/storetest"
)

// TestListsNeverReadWholeRecords stores one article of 1 MB (thousands of
// quotes) and thousands of small ones, then checks every list query as
// SQLite would run it: no step reads a revision's text or record, the
// quote and article lists walk the (published, id) index with no sort (so
// their LIMIT stops them early), and the bytes SQLite reads from the file for
// a quote or article page stay far below the big record's size.
func TestListsNeverReadWholeRecords(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a store with thousands of articles")
	}
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "large.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	big := storetest.Large(t, s, 2000)
	ctx := context.Background()
	db := s.DB()
	if _, err := db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		t.Fatal(err)
	}
	var recordBytes int
	if err := db.QueryRowContext(ctx, `SELECT length(record) FROM revisions WHERE doc_id = 'big'`).Scan(&recordBytes); err != nil {
		t.Fatal(err)
	}
	wide := wideColumns(t, db)
	for _, q := range s.ListQueries() {
		t.Run(q.Name, func(t *testing.T) {
			plan := queryPlan(t, db, q.SQL, q.Args)
			for _, c := range columnReads(t, db, q.SQL, q.Args) {
				if wide[c] {
					t.Errorf("reads a whole-record column (%s); plan:\n%s", c, plan)
				}
			}
			if q.Name != "quotes" && q.Name != "articles" {
				return
			}
			if !strings.Contains(plan, "revisions_published") || strings.Contains(plan, "TEMP B-TREE FOR ORDER BY") {
				t.Errorf("does not walk the (published, id) index without a sort:\n%s", plan)
			}
			read := bytesRead(t, func() {
				rows, err := db.QueryContext(ctx, q.SQL, q.Args...)
				if err != nil {
					t.Fatal(err)
				}
				for rows.Next() {
				}
				rows.Close()
			})
			if read > recordBytes/20 {
				t.Errorf("read %d bytes from the database for one page; the big record alone is %d", read, recordBytes)
			}
			t.Logf("%d bytes read (the big record: %d)", read, recordBytes)
		})
	}
	// The measure itself: reading the big record reads most of it.
	if read := bytesRead(t, func() { s.Get(ctx, "big") }); read < recordBytes/2 {
		t.Errorf("Get(big) read %d bytes, under half its record (%d): the count does not see reads", read, recordBytes)
	}
	hits, err := s.SearchQuotes(ctx, chronicle.QuoteFilter{Limit: 3})
	if err != nil || len(hits) != 3 || hits[0].DocID != "big" || hits[0].Quote.SpeakerName != "The minister" {
		t.Fatalf("SearchQuotes(limit 3) = %+v, %v; want three of the big article's quotes", hits, err)
	}
	if want := big.Quotes[len(big.Quotes)-1].Content.In(big.Text); hits[0].Content != want {
		t.Errorf("first hit %q, want the last quote %q", hits[0].Content, want)
	}
}

// wideColumns names the columns that hold a whole article: revisions.text
// and revisions.record, as "revisions.N" by column number.
func wideColumns(t *testing.T, db *sql.DB) map[string]bool {
	out := map[string]bool{}
	rows, err := db.Query(`SELECT cid, name FROM pragma_table_info('revisions')`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var cid int
		var name string
		rows.Scan(&cid, &name)
		if name == "text" || name == "record" {
			out["revisions."+strconv.Itoa(cid)] = true
		}
	}
	return out
}

// queryPlan is EXPLAIN QUERY PLAN's details, one a line.
func queryPlan(t *testing.T, db *sql.DB, query string, args []any) string {
	rows, err := db.Query(`EXPLAIN QUERY PLAN `+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		b.WriteString(detail + "\n")
	}
	return b.String()
}

// columnReads lists, from the query's bytecode, the table columns it reads
// as "table.N": each Column opcode on a cursor that OpenRead opened on a
// table (not an index).
func columnReads(t *testing.T, db *sql.DB, query string, args []any) []string {
	tables := map[int]string{} // root page → table name
	rows, err := db.Query(`SELECT rootpage, name FROM sqlite_schema WHERE type = 'table'`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var root int
		var name string
		rows.Scan(&root, &name)
		tables[root] = name
	}
	rows.Close()
	rows, err = db.Query(`EXPLAIN `+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cursors := map[int]string{}
	var out []string
	for rows.Next() {
		var addr, p1, p2, p3 int
		var op string
		var p4, p5, comment any
		if err := rows.Scan(&addr, &op, &p1, &p2, &p3, &p4, &p5, &comment); err != nil {
			t.Fatal(err)
		}
		switch op {
		case "OpenRead":
			if name, ok := tables[p2]; ok {
				cursors[p1] = name
			}
		case "Column":
			if name, ok := cursors[p1]; ok {
				out = append(out, name+"."+strconv.Itoa(p2))
			}
		}
	}
	return out
}

// bytesRead is how many bytes this process read through system calls while
// fn ran (rchar of /proc/self/io): SQLite reads its pages with pread, so
// this counts what a query makes it read, whatever the clock says.
func bytesRead(t *testing.T, fn func()) int {
	before := rchar(t)
	fn()
	return rchar(t) - before
}

func rchar(t *testing.T) int {
	f, err := os.Open("/proc/self/io")
	if err != nil {
		t.Skipf("no /proc/self/io to count reads: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "rchar: "); ok {
			n, _ := strconv.Atoi(v)
			return n
		}
	}
	t.Skip("/proc/self/io has no rchar")
	return 0
}
