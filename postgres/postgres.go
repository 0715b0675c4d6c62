// Package postgres is Chronicle's shared store for scale-out: the same
// documents, revisions and record layers as the SQLite store, in PostgreSQL
// (driver github.com/jackc/pgx/v5), with tsvector full-text search. Any
// number of workers write to it at once. It is the only package that imports
// the driver.
package postgres

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/internal/storekit"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a chronicle.Store backed by PostgreSQL.
type Store struct {
	pool *pgxpool.Pool
	now  func() time.Time
}

var _ chronicle.Store = (*Store)(nil)

// Open connects to the database at dsn (a postgres:// URL) and applies
// pending migrations.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "postgres: bad connection URL: %v", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: connect %s@%s: %w", cfg.ConnConfig.User, cfg.ConnConfig.Host, err)
	}
	s := &Store{pool: pool, now: time.Now}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return s, nil
}

// Close closes the connection pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// migrationLock is the advisory lock that serialises migrations when many
// workers start at once.
const migrationLock = 7_200_301

func (s *Store) migrate(ctx context.Context) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrationLock); err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	defer conn.Exec(context.Background(), `SELECT pg_advisory_unlock($1)`, migrationLock)
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`); err != nil {
		return fmt.Errorf("migrations table: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with its number", base)
		}
		var n int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM schema_migrations WHERE version = $1`, v).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := conn.Begin(ctx)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, string(body)); err != nil {
			tx.Rollback(ctx)
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`, v, base, s.now()); err != nil {
			tx.Rollback(ctx)
			return err
		}
		if err := tx.Commit(ctx); err != nil {
			return fmt.Errorf("migration %s: %w", base, err)
		}
	}
	return nil
}

// lockKey maps a document key to an advisory-lock number.
func lockKey(kind, key string) int64 {
	h := fnv.New64a()
	h.Write([]byte(kind + "\x00" + key))
	return int64(h.Sum64())
}

// Put stores doc and its layers in one transaction. Writers of the same id
// or URL are serialised by transaction-level advisory locks, so concurrent
// workers delivering the same document store it once.
func (s *Store) Put(ctx context.Context, doc *chronicle.Document) (chronicle.PutResult, error) {
	if doc.ID == "" {
		return chronicle.PutResult{}, chronicle.Errorf(chronicle.EINVALID, "document has no id")
	}
	if doc.ContentHash == "" {
		doc.ContentHash = chronicle.HashText(doc.Text)
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return chronicle.PutResult{}, fmt.Errorf("put %s: %w", doc.ID, err)
	}
	defer tx.Rollback(ctx)
	keys := []int64{lockKey("id", doc.ID)}
	if doc.URL != "" {
		keys = append(keys, lockKey("url", doc.URL))
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, k); err != nil {
			return chronicle.PutResult{}, fmt.Errorf("put %s: lock: %w", doc.ID, err)
		}
	}
	res, err := s.put(ctx, tx, doc)
	if err != nil {
		return res, fmt.Errorf("put %s: %w", doc.ID, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return res, fmt.Errorf("put %s: commit: %w", doc.ID, err)
	}
	doc.ID, doc.Revision = res.ID, res.Revision
	return res, nil
}

func (s *Store) put(ctx context.Context, tx pgx.Tx, doc *chronicle.Document) (chronicle.PutResult, error) {
	id, latest := "", 0
	err := tx.QueryRow(ctx, `SELECT id, latest FROM documents WHERE id = $1`, doc.ID).Scan(&id, &latest)
	if errors.Is(err, pgx.ErrNoRows) && doc.URL != "" {
		err = tx.QueryRow(ctx, `SELECT id, latest FROM documents WHERE url = $1 ORDER BY id LIMIT 1`, doc.URL).Scan(&id, &latest)
	}
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		id, latest = "", 0
	case err != nil:
		return chronicle.PutResult{}, err
	default:
		var hash string
		if err := tx.QueryRow(ctx, `SELECT content_hash FROM revisions WHERE doc_id = $1 AND revision = $2`, id, latest).Scan(&hash); err != nil {
			return chronicle.PutResult{}, err
		}
		if hash == doc.ContentHash {
			return chronicle.PutResult{ID: id, Revision: latest, Status: chronicle.PutUnchanged}, nil
		}
	}
	now := s.now().UTC()
	status := chronicle.PutCreated
	if id == "" {
		id, latest = doc.ID, 1
		if _, err := tx.Exec(ctx, `INSERT INTO documents (id, url, latest, created_at, updated_at) VALUES ($1, $2, 1, $3, $3)`, id, doc.URL, now); err != nil {
			return chronicle.PutResult{}, err
		}
	} else {
		latest++
		status = chronicle.PutRevised
		if _, err := tx.Exec(ctx, `UPDATE documents SET latest = $1, updated_at = $2, url = CASE WHEN url = '' THEN $3 ELSE url END WHERE id = $4`,
			latest, now, doc.URL, id); err != nil {
			return chronicle.PutResult{}, err
		}
	}
	doc.ID, doc.Revision = id, latest
	record, err := json.Marshal(doc)
	if err != nil {
		return chronicle.PutResult{}, err
	}
	var revID int64
	err = tx.QueryRow(ctx, `INSERT INTO revisions (doc_id, revision, content_hash, url, title, author, publisher, published, text, record, stored_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
		id, latest, doc.ContentHash, doc.URL, doc.Title, doc.Author, doc.Publisher, doc.Published.String(), doc.Text, string(record), now).Scan(&revID)
	if err != nil {
		return chronicle.PutResult{}, err
	}
	if err := putLayers(ctx, tx, revID, doc); err != nil {
		return chronicle.PutResult{}, err
	}
	return chronicle.PutResult{ID: id, Revision: latest, Status: status}, nil
}

// putLayers writes the rows that index a revision's record layers, in one
// round trip.
func putLayers(ctx context.Context, tx pgx.Tx, revID int64, doc *chronicle.Document) error {
	b := &pgx.Batch{}
	for _, e := range doc.Entities {
		var name, code, role string
		if e.Actor != nil {
			name, code = e.Actor.Name, e.Actor.Code
		}
		if e.Role != nil {
			role = e.Role.Title
		}
		b.Queue(`INSERT INTO entities (rev_id, start_cp, end_cp, text, type, actor_name, actor_code, role) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			revID, e.Start, e.End, spanText(doc.Text, e.Span), e.Type, name, code, role)
	}
	for i, q := range doc.Quotes {
		speaker := ""
		if q.Speaker != nil {
			speaker = spanText(doc.Text, *q.Speaker)
		}
		b.Queue(`INSERT INTO quotes (rev_id, seq, content, speaker, speaker_name, speaker_code, kind, venue) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			revID, i, spanText(doc.Text, q.Content), speaker, q.SpeakerName, q.SpeakerCode, q.Kind, q.Venue)
	}
	for i, e := range doc.Events {
		var sn, sc, tn, tc string
		if e.Source != nil {
			sn, sc = e.Source.Name, e.Source.Code
		}
		if e.Target != nil {
			tn, tc = e.Target.Name, e.Target.Code
		}
		b.Queue(`INSERT INTO events (rev_id, seq, type, source_name, source_code, target_name, target_code, date, location) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			revID, i, e.Type, sn, sc, tn, tc, e.Date.String(), e.Location)
	}
	for _, f := range doc.Framing {
		b.Queue(`INSERT INTO frames (rev_id, text, category, technique, voice, speaker) VALUES ($1, $2, $3, $4, $5, $6)`,
			revID, spanText(doc.Text, f.Span), f.Category, f.Technique, f.Voice, f.Speaker)
	}
	for _, c := range doc.Claims {
		b.Queue(`INSERT INTO claims (rev_id, text, quantity, unit, speaker) VALUES ($1, $2, $3, $4, $5)`,
			revID, spanText(doc.Text, c.Span), c.Quantity, c.Unit, c.Speaker)
	}
	if b.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, b).Close()
}

func spanText(text string, sp chronicle.Span) string {
	return sp.In(text)
}

// Unchanged reports whether doc's text is the latest revision under its id
// or URL.
func (s *Store) Unchanged(ctx context.Context, doc *chronicle.Document) (bool, error) {
	hash := doc.ContentHash
	if hash == "" {
		hash = chronicle.HashText(doc.Text)
	}
	var n int
	err := s.pool.QueryRow(ctx, `SELECT count(*) FROM documents d JOIN revisions r ON r.doc_id = d.id AND r.revision = d.latest
		WHERE (d.id = $1 OR ($2 <> '' AND d.url = $2)) AND r.content_hash = $3`, doc.ID, doc.URL, hash).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("unchanged %s: %w", doc.ID, err)
	}
	return n > 0, nil
}

// Get returns the latest revision of the document with id.
func (s *Store) Get(ctx context.Context, id string) (*chronicle.Document, error) {
	var record []byte
	err := s.pool.QueryRow(ctx, `SELECT r.record FROM revisions r JOIN documents d
		ON d.id = r.doc_id AND d.latest = r.revision WHERE d.id = $1`, id).Scan(&record)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, chronicle.Errorf(chronicle.ENOTFOUND, "document %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", id, err)
	}
	return decodeRecord(record)
}

func decodeRecord(record []byte) (*chronicle.Document, error) {
	var d chronicle.Document
	if err := json.Unmarshal(record, &d); err != nil {
		return nil, fmt.Errorf("decode stored record: %w", err)
	}
	return &d, nil
}

// Revisions lists the stored versions of the document with id.
func (s *Store) Revisions(ctx context.Context, id string) ([]chronicle.Revision, error) {
	rows, err := s.pool.Query(ctx, `SELECT doc_id, revision, content_hash, stored_at, title FROM revisions WHERE doc_id = $1 ORDER BY revision`, id)
	if err != nil {
		return nil, fmt.Errorf("revisions %s: %w", id, err)
	}
	defer rows.Close()
	var out []chronicle.Revision
	for rows.Next() {
		var r chronicle.Revision
		if err := rows.Scan(&r.ID, &r.Revision, &r.ContentHash, &r.StoredAt, &r.Title); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, chronicle.Errorf(chronicle.ENOTFOUND, "document %q not found", id)
	}
	return out, nil
}

// Count returns the number of distinct documents.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx, `SELECT count(*) FROM documents`).Scan(&n)
	return n, err
}

// Pages and code prefixes work alike in every store.
type cursor = storekit.Cursor

var (
	encodeCursor = storekit.EncodeCursor
	decodeCursor = storekit.DecodeCursor
	likePrefix   = storekit.LikePrefix
)

// query builds a WHERE clause with numbered parameters.
type query struct {
	where []string
	args  []any
}

func (q *query) add(cond string, args ...any) {
	for _, a := range args {
		q.args = append(q.args, a)
		cond = strings.Replace(cond, "?", "$"+strconv.Itoa(len(q.args)), 1)
	}
	q.where = append(q.where, cond)
}

func (q *query) clause() string {
	if len(q.where) == 0 {
		return "TRUE"
	}
	return strings.Join(q.where, " AND ")
}

// Find lists the latest revisions matching f, newest publication first.
func (s *Store) Find(ctx context.Context, f chronicle.DocumentFilter) (chronicle.DocumentPage, error) {
	limit := storekit.Limit(f.Limit)
	var q query
	if f.Text != "" {
		ts := tsQuery(f.Text)
		if ts == "" {
			return chronicle.DocumentPage{}, chronicle.Errorf(chronicle.EINVALID, "search text has no words")
		}
		q.add(`r.tsv @@ to_tsquery('simple', ?)`, ts)
	}
	if f.Publisher != "" {
		q.add(`lower(r.publisher) = lower(?)`, f.Publisher)
	}
	if f.Actor != "" {
		q.add(`EXISTS (SELECT 1 FROM entities e WHERE e.rev_id = r.id AND
			(lower(e.text) = lower(?) OR e.actor_name ILIKE ? OR e.actor_code LIKE ? OR e.text ILIKE ?))`,
			f.Actor, "%"+f.Actor+"%", strings.ToUpper(f.Actor)+"%", "% "+f.Actor)
	}
	if f.EventType != "" && f.Source != "" {
		q.add(`EXISTS (SELECT 1 FROM events ev WHERE ev.rev_id = r.id AND ev.type = ? AND starts_with(ev.source_code, ?))`,
			strings.ToUpper(f.EventType), strings.ToUpper(f.Source))
	} else if f.EventType != "" {
		q.add(`EXISTS (SELECT 1 FROM events ev WHERE ev.rev_id = r.id AND ev.type = ?)`, strings.ToUpper(f.EventType))
	} else if f.Source != "" {
		q.add(`EXISTS (SELECT 1 FROM events ev WHERE ev.rev_id = r.id AND starts_with(ev.source_code, ?))`, strings.ToUpper(f.Source))
	}
	if !f.Since.IsZero() {
		q.add(`r.published >= ?`, f.Since.String())
	}
	if !f.Until.IsZero() {
		q.add(`r.published <> '' AND r.published <= ?`, f.Until.String())
	}
	if f.Cursor != "" {
		c, err := decodeCursor(f.Cursor)
		if err != nil {
			return chronicle.DocumentPage{}, err
		}
		q.add(`(r.published < ? OR r.published = ? AND r.id < ?)`, c.Published, c.Published, c.RevID)
	}
	q.args = append(q.args, limit+1)
	rows, err := s.pool.Query(ctx, `SELECT r.id, r.published, r.record FROM revisions r JOIN documents d ON d.id = r.doc_id AND d.latest = r.revision
		WHERE `+q.clause()+` ORDER BY r.published DESC, r.id DESC LIMIT $`+strconv.Itoa(len(q.args)), q.args...)
	if err != nil {
		return chronicle.DocumentPage{}, fmt.Errorf("find: %w", err)
	}
	defer rows.Close()
	var page chronicle.DocumentPage
	var last cursor
	for rows.Next() {
		var revID int64
		var published string
		var record []byte
		if err := rows.Scan(&revID, &published, &record); err != nil {
			return page, err
		}
		if len(page.Documents) == limit {
			page.NextCursor = encodeCursor(last)
			break
		}
		d, err := decodeRecord(record)
		if err != nil {
			return page, err
		}
		page.Documents = append(page.Documents, d)
		last = cursor{Published: published, RevID: revID}
	}
	return page, rows.Err()
}

// SearchQuotes finds quotes in the latest revisions by words and speaker.
func (s *Store) SearchQuotes(ctx context.Context, f chronicle.QuoteFilter) ([]chronicle.QuoteHit, error) {
	var q query
	if f.Text != "" {
		ts := tsQuery(f.Text)
		if ts == "" {
			return nil, chronicle.Errorf(chronicle.EINVALID, "search text has no words")
		}
		q.add(`q.tsv @@ to_tsquery('simple', ?)`, ts)
	}
	if f.Speaker != "" {
		q.add(`(q.speaker_name ILIKE ? OR q.speaker ILIKE ? OR q.speaker_code LIKE ?)`,
			"%"+f.Speaker+"%", "%"+f.Speaker+"%", strings.ToUpper(f.Speaker)+"%")
	}
	q.args = append(q.args, storekit.Limit(f.Limit))
	rows, err := s.pool.Query(ctx, `SELECT r.doc_id, r.title, r.publisher, r.published, r.record, q.seq, q.content
		FROM quotes q JOIN revisions r ON r.id = q.rev_id JOIN documents d ON d.id = r.doc_id AND d.latest = r.revision
		WHERE `+q.clause()+` ORDER BY r.published DESC, q.id DESC LIMIT $`+strconv.Itoa(len(q.args)), q.args...)
	if err != nil {
		return nil, fmt.Errorf("search quotes: %w", err)
	}
	defer rows.Close()
	var hits []chronicle.QuoteHit
	records := map[string]*chronicle.Document{}
	for rows.Next() {
		var h chronicle.QuoteHit
		var published string
		var record []byte
		var seq int
		if err := rows.Scan(&h.DocID, &h.Title, &h.Publisher, &published, &record, &seq, &h.Content); err != nil {
			return nil, err
		}
		h.Published, _ = chronicle.ParseDate(published)
		d := records[h.DocID]
		if d == nil {
			if d, err = decodeRecord(record); err != nil {
				return nil, err
			}
			records[h.DocID] = d
		}
		if seq < len(d.Quotes) {
			h.Quote = d.Quotes[seq]
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
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
