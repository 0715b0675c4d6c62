// Package sqlite is Chronicle's embedded store: one SQLite file (pure-Go
// driver modernc.org/sqlite, WAL mode) holding documents, their revisions
// and every record layer, with FTS5 full-text search over article text and
// quotes. It is the only package that imports the driver.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/internal/storekit"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a chronicle.Store backed by one SQLite file.
type Store struct {
	db  *sql.DB
	now func() time.Time
	// link serialises linking in this process (see Serially).
	link sync.Mutex
}

var _ chronicle.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and applies pending
// migrations. Writers take the write lock at BEGIN, so concurrent writers
// queue on the busy timeout instead of failing on lock upgrade.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, chronicle.Errorf(chronicle.EINVALID, "sqlite: empty database path")
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(8)
	s := &Store{db: db, now: time.Now}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// migrate applies the numbered migrations not yet recorded in
// schema_migrations, each in its own transaction.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
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
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
			v, base, s.now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", base, err)
		}
	}
	return nil
}

// Put stores doc and its layers in one transaction.
func (s *Store) Put(ctx context.Context, doc *chronicle.Document) (chronicle.PutResult, error) {
	if doc.ID == "" {
		return chronicle.PutResult{}, chronicle.Errorf(chronicle.EINVALID, "document has no id")
	}
	if doc.ContentHash == "" {
		doc.ContentHash = chronicle.HashText(doc.Text)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return chronicle.PutResult{}, fmt.Errorf("put %s: %w", doc.ID, err)
	}
	defer tx.Rollback()

	res, err := s.put(ctx, tx, doc)
	if err != nil {
		return res, fmt.Errorf("put %s: %w", doc.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return res, fmt.Errorf("put %s: commit: %w", doc.ID, err)
	}
	doc.ID, doc.Revision = res.ID, res.Revision
	return res, nil
}

// Unchanged reports whether doc is already stored as the latest revision
// under its id or URL, so that a re-run can skip analysing it.
func (s *Store) Unchanged(ctx context.Context, doc *chronicle.Document) (bool, error) {
	hash := doc.ContentHash
	if hash == "" {
		hash = chronicle.HashText(doc.Text)
	}
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents d JOIN revisions r ON r.doc_id = d.id AND r.revision = d.latest
		WHERE (d.id = ? OR (? <> '' AND d.url = ?)) AND r.content_hash = ?`, doc.ID, doc.URL, doc.URL, hash).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("unchanged %s: %w", doc.ID, err)
	}
	return n > 0, nil
}

func (s *Store) put(ctx context.Context, tx *sql.Tx, doc *chronicle.Document) (chronicle.PutResult, error) {
	// Find the document: by id, then by URL.
	id, latest := "", 0
	err := tx.QueryRowContext(ctx, `SELECT id, latest FROM documents WHERE id = ?`, doc.ID).Scan(&id, &latest)
	if errors.Is(err, sql.ErrNoRows) && doc.URL != "" {
		err = tx.QueryRowContext(ctx, `SELECT id, latest FROM documents WHERE url = ? ORDER BY id LIMIT 1`, doc.URL).Scan(&id, &latest)
	}
	switch {
	case errors.Is(err, sql.ErrNoRows):
		id, latest = "", 0
	case err != nil:
		return chronicle.PutResult{}, err
	default:
		var hash string
		if err := tx.QueryRowContext(ctx, `SELECT content_hash FROM revisions WHERE doc_id = ? AND revision = ?`, id, latest).Scan(&hash); err != nil {
			return chronicle.PutResult{}, err
		}
		if hash == doc.ContentHash {
			return chronicle.PutResult{ID: id, Revision: latest, Status: chronicle.PutUnchanged}, nil
		}
	}

	now := s.now().UTC().Format(time.RFC3339Nano)
	status := chronicle.PutCreated
	if id == "" {
		id, latest = doc.ID, 1
		if _, err := tx.ExecContext(ctx, `INSERT INTO documents (id, url, latest, created_at, updated_at) VALUES (?, ?, 1, ?, ?)`,
			id, doc.URL, now, now); err != nil {
			return chronicle.PutResult{}, err
		}
	} else {
		latest++
		status = chronicle.PutRevised
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET latest = ?, updated_at = ?, url = CASE WHEN url = '' THEN ? ELSE url END WHERE id = ?`,
			latest, now, doc.URL, id); err != nil {
			return chronicle.PutResult{}, err
		}
	}
	doc.ID, doc.Revision = id, latest
	record, err := json.Marshal(doc)
	if err != nil {
		return chronicle.PutResult{}, err
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO revisions (doc_id, revision, content_hash, url, title, author, publisher, published, text, record, stored_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, latest, doc.ContentHash, doc.URL, doc.Title, doc.Author, doc.Publisher, doc.Published.String(), doc.Text, string(record), now)
	if err != nil {
		return chronicle.PutResult{}, err
	}
	revID, err := r.LastInsertId()
	if err != nil {
		return chronicle.PutResult{}, err
	}
	if err := putLayers(ctx, tx, revID, doc); err != nil {
		return chronicle.PutResult{}, err
	}
	return chronicle.PutResult{ID: id, Revision: latest, Status: status}, nil
}

// putLayers writes the rows that index a revision's record layers.
func putLayers(ctx context.Context, tx *sql.Tx, revID int64, doc *chronicle.Document) error {
	if len(doc.Entities) > 0 {
		st, err := tx.PrepareContext(ctx, `INSERT INTO entities (rev_id, start, "end", text, type, actor_name, actor_code, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, e := range doc.Entities {
			var name, code, role string
			if e.Actor != nil {
				name, code = e.Actor.Name, e.Actor.Code
			}
			if e.Role != nil {
				role = e.Role.Title
			}
			if _, err := st.ExecContext(ctx, revID, e.Start, e.End, spanText(doc.Text, e.Span), e.Type, name, code, role); err != nil {
				return err
			}
		}
	}
	for i, q := range doc.Quotes {
		speaker := ""
		if q.Speaker != nil {
			speaker = spanText(doc.Text, *q.Speaker)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO quotes (rev_id, seq, content, speaker, speaker_name, speaker_code, kind, venue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			revID, i, spanText(doc.Text, q.Content), speaker, q.SpeakerName, q.SpeakerCode, q.Kind, q.Venue); err != nil {
			return err
		}
	}
	for i, e := range doc.Events {
		var sn, sc, tn, tc string
		if e.Source != nil {
			sn, sc = e.Source.Name, e.Source.Code
		}
		if e.Target != nil {
			tn, tc = e.Target.Name, e.Target.Code
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO events (rev_id, seq, type, source_name, source_code, target_name, target_code, date, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			revID, i, e.Type, sn, sc, tn, tc, e.Date.String(), e.Location); err != nil {
			return err
		}
	}
	for _, f := range doc.Framing {
		if _, err := tx.ExecContext(ctx, `INSERT INTO frames (rev_id, text, category, technique, voice, speaker) VALUES (?, ?, ?, ?, ?, ?)`,
			revID, spanText(doc.Text, f.Span), f.Category, f.Technique, f.Voice, f.Speaker); err != nil {
			return err
		}
	}
	for _, c := range doc.Claims {
		if _, err := tx.ExecContext(ctx, `INSERT INTO claims (rev_id, text, quantity, unit, speaker) VALUES (?, ?, ?, ?, ?)`,
			revID, spanText(doc.Text, c.Span), c.Quantity, c.Unit, c.Speaker); err != nil {
			return err
		}
	}
	return nil
}

// spanText returns the text of sp, by its byte offsets when they are valid.
func spanText(text string, sp chronicle.Span) string {
	return sp.In(text)
}

// Get returns the latest revision of the document with id.
func (s *Store) Get(ctx context.Context, id string) (*chronicle.Document, error) {
	var record string
	err := s.db.QueryRowContext(ctx, `SELECT r.record FROM revisions r JOIN documents d
		ON d.id = r.doc_id AND d.latest = r.revision WHERE d.id = ?`, id).Scan(&record)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, chronicle.Errorf(chronicle.ENOTFOUND, "document %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", id, err)
	}
	return decodeRecord(record)
}

func decodeRecord(record string) (*chronicle.Document, error) {
	var d chronicle.Document
	if err := json.Unmarshal([]byte(record), &d); err != nil {
		return nil, fmt.Errorf("decode stored record: %w", err)
	}
	return &d, nil
}

// Revisions lists the stored versions of the document with id.
func (s *Store) Revisions(ctx context.Context, id string) ([]chronicle.Revision, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT doc_id, revision, content_hash, stored_at, title FROM revisions WHERE doc_id = ? ORDER BY revision`, id)
	if err != nil {
		return nil, fmt.Errorf("revisions %s: %w", id, err)
	}
	defer rows.Close()
	var out []chronicle.Revision
	for rows.Next() {
		var r chronicle.Revision
		var at string
		if err := rows.Scan(&r.ID, &r.Revision, &r.ContentHash, &at, &r.Title); err != nil {
			return nil, err
		}
		r.StoredAt, _ = time.Parse(time.RFC3339Nano, at)
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
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&n)
	return n, err
}

// Pages and code prefixes work alike in every store.
type cursor = storekit.Cursor

var (
	encodeCursor = storekit.EncodeCursor
	decodeCursor = storekit.DecodeCursor
	likePrefix   = storekit.LikePrefix
)

// Find lists the latest revisions matching f, newest publication first.
func (s *Store) Find(ctx context.Context, f chronicle.DocumentFilter) (chronicle.DocumentPage, error) {
	limit := storekit.Limit(f.Limit)
	where := []string{"1=1"}
	var args []any
	if f.Text != "" {
		q := ftsQuery(f.Text)
		if q == "" {
			return chronicle.DocumentPage{}, chronicle.Errorf(chronicle.EINVALID, "search text has no words")
		}
		where = append(where, `r.id IN (SELECT rowid FROM revisions_fts WHERE revisions_fts MATCH ?)`)
		args = append(args, q)
	}
	if f.Publisher != "" {
		where = append(where, `r.publisher = ? COLLATE NOCASE`)
		args = append(args, f.Publisher)
	}
	if f.Actor != "" {
		where = append(where, `EXISTS (SELECT 1 FROM entities e WHERE e.rev_id = r.id AND
			(e.text = ? COLLATE NOCASE OR e.actor_name LIKE ? OR e.actor_code LIKE ? OR e.text LIKE ?))`)
		args = append(args, f.Actor, "%"+f.Actor+"%", strings.ToUpper(f.Actor)+"%", "% "+f.Actor)
	}
	if f.EventType != "" || f.Source != "" {
		// one event must have both the type and the source asked for
		cond := `ev.rev_id = r.id`
		if f.EventType != "" {
			cond += ` AND ev.type = ?`
			args = append(args, strings.ToUpper(f.EventType))
		}
		if f.Source != "" {
			cond += ` AND ev.source_code LIKE ? ESCAPE '\'`
			args = append(args, likePrefix(f.Source))
		}
		where = append(where, `EXISTS (SELECT 1 FROM events ev WHERE `+cond+`)`)
	}
	if !f.Since.IsZero() {
		where = append(where, `r.published >= ?`)
		args = append(args, f.Since.String())
	}
	if !f.Until.IsZero() {
		where = append(where, `r.published <> '' AND r.published <= ?`)
		args = append(args, f.Until.String())
	}
	if f.Cursor != "" {
		c, err := decodeCursor(f.Cursor)
		if err != nil {
			return chronicle.DocumentPage{}, err
		}
		where = append(where, `(r.published < ? OR r.published = ? AND r.id < ?)`)
		args = append(args, c.Published, c.Published, c.RevID)
	}
	query := `SELECT r.id, r.published, r.record FROM revisions r JOIN documents d ON d.id = r.doc_id AND d.latest = r.revision
		WHERE ` + strings.Join(where, " AND ") + ` ORDER BY r.published DESC, r.id DESC LIMIT ?`
	args = append(args, limit+1)
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return chronicle.DocumentPage{}, fmt.Errorf("find: %w", err)
	}
	defer rows.Close()
	var page chronicle.DocumentPage
	var last cursor
	for rows.Next() {
		var revID int64
		var published, record string
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
	limit := storekit.Limit(f.Limit)
	where := []string{"1=1"}
	var args []any
	if f.Text != "" {
		q := ftsQuery(f.Text)
		if q == "" {
			return nil, chronicle.Errorf(chronicle.EINVALID, "search text has no words")
		}
		where = append(where, `q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)`)
		args = append(args, "content : ("+q+")")
	}
	if f.Speaker != "" {
		where = append(where, `(q.speaker_name LIKE ? OR q.speaker LIKE ? OR q.speaker_code LIKE ?)`)
		args = append(args, "%"+f.Speaker+"%", "%"+f.Speaker+"%", strings.ToUpper(f.Speaker)+"%")
	}
	rows, err := s.db.QueryContext(ctx, `SELECT r.doc_id, r.title, r.publisher, r.published, r.record, q.seq, q.content
		FROM quotes q JOIN revisions r ON r.id = q.rev_id JOIN documents d ON d.id = r.doc_id AND d.latest = r.revision
		WHERE `+strings.Join(where, " AND ")+` ORDER BY r.published DESC, q.id DESC LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("search quotes: %w", err)
	}
	defer rows.Close()
	var hits []chronicle.QuoteHit
	records := map[string]*chronicle.Document{}
	for rows.Next() {
		var h chronicle.QuoteHit
		var published, record string
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
