// Package sqlite is Chronicle's embedded store: one SQLite file (pure-Go
// driver modernc.org/sqlite, WAL mode) holding documents, their revisions
// and every record layer, with FTS5 full-text search over article text and
// quotes. The queries are internal/sqlstore's; this package opens the file,
// says how SQLite differs (the Dialect) and holds its migrations. It is the
// only package that imports the driver.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/internal/sqlstore"
	driver "modernc.org/sqlite" // the database/sql driver "sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a chronicle.Store and chronicle.StoryStore backed by one SQLite
// file.
type Store struct{ *sqlstore.Store }

var _ chronicle.Store = Store{}

// Open opens (creating if needed) the database at path and applies pending
// migrations. Writers take the write lock at BEGIN, so concurrent writers
// queue on the busy timeout instead of failing on lock upgrade, and writers
// in other processes are serialised too.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, chronicle.Errorf(chronicle.EINVALID, "sqlite: empty database path")
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// Checkpoint every 4,000 WAL pages (16 MB) instead of 1,000: linking
	// one article a transaction rewrites the same index pages (LSH bands,
	// cluster keys) again and again, and a longer WAL copies each back
	// once for many commits. One article a transaction, the server's and
	// the workers' way, links about a sixth faster (chronicle-bench).
	q.Add("_pragma", "wal_autocheckpoint(4000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(8)
	if err := connect(db, 10*time.Second); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	s, err := sqlstore.Open(context.Background(), db, dialect)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	return &Store{s}, nil
}

// connect opens the first connection. Handles opening a new file at the
// same moment race to switch it to WAL, and SQLite answers the loser with
// SQLITE_BUSY at once instead of waiting out the busy timeout, so connect
// retries busy answers for up to wait.
func connect(db *sql.DB, wait time.Duration) error {
	deadline := time.Now().Add(wait)
	for {
		err := db.Ping()
		var e *driver.Error
		if err == nil || !errors.As(err, &e) || e.Code()&0xff != sqlite3.SQLITE_BUSY || time.Now().After(deadline) {
			return err
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// dialect is how SQLite differs: "?" placeholders, times as RFC 3339 text,
// NOCASE comparison, FTS5 search, and no locks of its own (the write lock
// taken at BEGIN serialises writers).
var dialect = sqlstore.Dialect{
	TimeType:  "TEXT",
	Time:      func(t time.Time) any { return t.UTC().Format(time.RFC3339Nano) },
	ILike:     "LIKE", // case-insensitive for ASCII
	EqualFold: func(col string) string { return col + " = ? COLLATE NOCASE" },
	SearchDocs: func(words string) (string, string) {
		return `r.id IN (SELECT rowid FROM revisions_fts WHERE revisions_fts MATCH ?)`, ftsQuery(words)
	},
	SearchQuotes: func(words string) (string, string) {
		q := ftsQuery(words)
		if q == "" {
			return "", ""
		}
		return `q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)`, "content : (" + q + ")"
	},
	Migrations: migrations,
}

// ftsQuery turns user words into an FTS5 query that matches all of them,
// each quoted so that no user input is read as FTS5 syntax. A trailing "*"
// on a word keeps prefix search.
func ftsQuery(text string) string {
	var terms []string
	for _, w := range strings.Fields(text) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.Trim(w, "*\"")
		w = strings.ReplaceAll(w, `"`, "")
		if w == "" {
			continue
		}
		t := `"` + w + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
	}
	return strings.Join(terms, " ")
}
