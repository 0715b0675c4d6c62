// Package postgres is Chronicle's shared store for scale-out: the same
// documents, revisions and record layers as the SQLite store, in PostgreSQL
// (driver github.com/jackc/pgx/v5 through database/sql), with tsvector
// full-text search. Any number of workers write to it at once. The queries
// are internal/sqlstore's; this package connects, says how PostgreSQL
// differs (the Dialect) and holds its migrations. It is the only package
// that imports the driver.
package postgres

import (
	"context"
	"embed"
	"fmt"
	"runtime"
	"strings"
	"time"
	"unicode"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/internal/sqlstore"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a chronicle.Store and chronicle.StoryStore backed by PostgreSQL.
type Store struct{ *sqlstore.Store }

var _ chronicle.Store = Store{}

// Open connects to the database at dsn (a postgres:// URL) and applies
// pending migrations.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "postgres: bad connection URL: %v", err)
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(max(4, runtime.NumCPU()))
	db.SetMaxIdleConns(max(4, runtime.NumCPU()))
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: connect %s@%s: %w", cfg.User, cfg.Host, err)
	}
	s, err := sqlstore.Open(ctx, db, dialect)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return &Store{s}, nil
}

// dialect is how PostgreSQL differs: numbered placeholders, TIMESTAMPTZ,
// ILIKE and lower() for case, byte-wise ordering spelled out (as SQLite
// orders), tsvector search, and advisory locks that serialise the writers of
// one document and every linking step across workers.
var dialect = sqlstore.Dialect{
	Numbered:      true,
	Migrations:    migrations,
	TimeType:      "TIMESTAMPTZ",
	Time:          func(t time.Time) any { return t.UTC() },
	ILike:         "ILIKE",
	EqualFold:     func(col string) string { return "lower(" + col + ") = lower(?)" },
	Bytewise:      ` COLLATE "C"`,
	SearchDocs:    func(words string) (string, string) { return `r.tsv @@ to_tsquery('simple', ?)`, tsQuery(words) },
	SearchQuotes:  func(words string) (string, string) { return `q.tsv @@ to_tsquery('simple', ?)`, tsQuery(words) },
	Lock:          `SELECT pg_advisory_xact_lock(?)`,
	SessionLock:   `SELECT pg_advisory_lock(?)`,
	SessionUnlock: `SELECT pg_advisory_unlock(?)`,
}

// tsQuery turns user words into a tsquery that matches all of them. Words
// are reduced to letters and digits, so no user input is read as tsquery
// syntax; a trailing "*" keeps prefix search.
func tsQuery(text string) string {
	var terms []string
	for _, w := range strings.Fields(text) {
		prefix := strings.HasSuffix(w, "*")
		for _, part := range strings.FieldsFunc(strings.ToLower(w), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			t := "'" + part + "'"
			if prefix {
				t += ":*"
			}
			terms = append(terms, t)
		}
	}
	return strings.Join(terms, " & ")
}
