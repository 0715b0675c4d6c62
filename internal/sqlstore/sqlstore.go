// Package sqlstore is the one SQL core of Chronicle's stores: the queries and
// the row assembly of documents, revisions, record layers and cross-story
// links, written once over database/sql. A backend (package sqlite, package
// postgres) opens its database and hands over a Dialect: what really differs
// between SQLite and PostgreSQL — placeholders, full-text search (FTS5
// against tsvector), case-folded comparison and byte-wise ordering, time
// columns, the locks that serialise writers, and its migrations folder.
//
// The SQL is written by hand, with "?" placeholders that the dialect rebinds.
// A query builder (squirrel, goqu, sqlc) was weighed and left out: the
// queries are few, their differences are the handful of phrases the Dialect
// names, and their plans matter (the list queries must walk an index and
// never read a whole record, which the EXPLAIN tests check), so the SQL is
// kept where it can be read and explained as it runs.
//
// The full record of a revision (its JSON with every layer) is read only to
// return that document (Get, Revision, the page Find chose). Lists and sorts
// choose on narrow columns along indexes: a quote row carries its quote's
// JSON (quotes.item), an event row its sentence (events.sentence), and a
// document row the sizes of its latest revision's layers (Summaries).
package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle"
)

// Dialect is what one SQL backend does its own way.
type Dialect struct {
	// Migrations holds the numbered migrations/NNN_name.sql files.
	Migrations fs.FS
	// Numbered placeholders ($1, $2 …) instead of "?".
	Numbered bool
	// TimeType is the column type of a time (schema_migrations.applied_at).
	TimeType string
	// Time is the value a time column stores for t.
	Time func(t time.Time) any
	// ILike is the case-insensitive LIKE operator.
	ILike string
	// EqualFold is the condition "col equals ? ignoring case".
	EqualFold func(col string) string
	// Bytewise follows a text column in ORDER BY to order it byte by byte
	// (as SQLite always does), "" where that is the default.
	Bytewise string
	// SearchDocs and SearchQuotes turn user words into a full-text
	// condition on revisions r or quotes q and its one argument; arg is ""
	// when the words hold nothing to search for.
	SearchDocs   func(words string) (cond, arg string)
	SearchQuotes func(words string) (cond, arg string)
	// Lock takes a transaction-scoped lock on a number (one ? argument);
	// SessionLock and SessionUnlock a connection-scoped one. "" where the
	// database already serialises writers (SQLite's write lock at BEGIN).
	Lock, SessionLock, SessionUnlock string
}

// Store is a chronicle.Store and chronicle.StoryStore over one database.
type Store struct {
	db  *sql.DB
	d   Dialect
	now func() time.Time
	// link serialises linking in this process; Dialect.Lock serialises it
	// across processes (see Serially).
	link sync.Mutex
	// cache holds the merged events Candidates read (see clusterCache).
	cache clusterCache
	// stmts holds prepared statements by query text (after Rebind), so
	// that the queries run for every article are parsed once per
	// connection, not on every call: parsing was a fifth of the time of
	// linking into SQLite. At most maxStmts are kept; others run
	// unprepared. tried holds the texts whose preparation has begun.
	stmtsMu sync.Mutex
	stmts   map[string]*sql.Stmt
	tried   map[string]bool
	closed  bool
	// preparing counts the background preparations, which Close cancels
	// (stop) and waits for: none may open a connection to the database
	// after it is closed.
	preparing sync.WaitGroup
	stop      context.Context
	cancel    context.CancelFunc
}

// maxStmts bounds the prepared statements a Store keeps (multi-row inserts
// make a text for each row count).
const maxStmts = 256

var (
	_ chronicle.Store  = (*Store)(nil)
	_ chronicle.Lister = (*Store)(nil)
)

// Lock numbers: migrations, and linking.
const (
	migrationLock = 7_200_301
	linkLock      = 7_200_302
)

// Open wraps db, applies pending migrations and fills the narrow columns of
// rows stored before they existed.
func Open(ctx context.Context, db *sql.DB, d Dialect) (*Store, error) {
	s := &Store{db: db, d: d, now: time.Now}
	s.stop, s.cancel = context.WithCancel(context.Background())
	if err := s.migrate(ctx); err != nil {
		s.halt()
		return nil, err
	}
	if err := s.backfill(ctx); err != nil {
		s.halt()
		return nil, fmt.Errorf("backfill: %w", err)
	}
	return s, nil
}

// halt stops preparing statements and waits for those under way.
func (s *Store) halt() {
	s.stmtsMu.Lock()
	s.closed = true
	s.stmtsMu.Unlock()
	s.cancel()
	s.preparing.Wait()
}

// Close closes the database.
func (s *Store) Close() error {
	s.halt()
	s.stmtsMu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.stmtsMu.Unlock()
	return s.db.Close()
}

// DB is the database, for a backend's own tests and tools.
func (s *Store) DB() *sql.DB { return s.db }

// Rebind turns the "?" placeholders of query into the dialect's.
func (s *Store) Rebind(query string) string {
	if !s.d.Numbered {
		return query
	}
	var b strings.Builder
	n, quoted := 0, false
	for _, r := range query {
		switch {
		case r == '\'':
			quoted = !quoted
		case r == '?' && !quoted:
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// querier is the database, a connection or a transaction.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (s *Store) exec(ctx context.Context, q querier, query string, args ...any) error {
	query = s.Rebind(query)
	if st := s.prepared(ctx, q, query); st != nil {
		_, err := st.ExecContext(ctx, args...)
		return err
	}
	_, err := q.ExecContext(ctx, query, args...)
	return err
}

func (s *Store) row(ctx context.Context, q querier, query string, args ...any) *sql.Row {
	query = s.Rebind(query)
	if st := s.prepared(ctx, q, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return q.QueryRowContext(ctx, query, args...)
}

// prepared returns the statement of query for q (the database or one of
// its transactions) when it has been prepared, else nil, and the query runs
// unprepared this time. The first call for a text prepares it in the
// background, on a connection of its own when the pool has one free: q may
// hold the last one, and waiting for another here would deadlock
// concurrent writers. A transaction then uses the statement on its own
// connection (database/sql prepares it there once).
func (s *Store) prepared(ctx context.Context, q querier, query string) *sql.Stmt {
	tx, inTx := q.(*sql.Tx)
	if db, ok := q.(*sql.DB); !inTx && (!ok || db != s.db) {
		return nil
	}
	s.stmtsMu.Lock()
	st, ok := s.stmts[query]
	if !ok && !s.closed && !s.tried[query] && len(s.tried) < maxStmts {
		if s.tried == nil {
			s.tried = map[string]bool{}
		}
		s.tried[query] = true
		s.preparing.Add(1)
		go s.prepare(query)
	}
	s.stmtsMu.Unlock()
	switch {
	case !ok:
		return nil
	case inTx:
		return tx.StmtContext(ctx, st)
	}
	return st
}

// PreparedStatements reports how many statements the Store keeps prepared.
func (s *Store) PreparedStatements() int {
	s.stmtsMu.Lock()
	defer s.stmtsMu.Unlock()
	return len(s.stmts)
}

// prepare prepares query on the database and keeps the statement.
func (s *Store) prepare(query string) {
	defer s.preparing.Done()
	p, err := s.db.PrepareContext(s.stop, query)
	if err != nil {
		return // (it keeps running unprepared, and reports its own errors)
	}
	s.stmtsMu.Lock()
	defer s.stmtsMu.Unlock()
	if s.closed {
		p.Close()
		return
	}
	if s.stmts == nil {
		s.stmts = map[string]*sql.Stmt{}
	}
	s.stmts[query] = p
}

// each runs query on q and calls fn for every row.
func (s *Store) each(ctx context.Context, q querier, query string, args []any, fn func(*sql.Rows) error) error {
	query = s.Rebind(query)
	var rows *sql.Rows
	var err error
	if st := s.prepared(ctx, q, query); st != nil {
		rows, err = st.QueryContext(ctx, args...)
	} else {
		rows, err = q.QueryContext(ctx, query, args...)
	}
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// insertRows inserts rows (each of the same number of values) with
// "insert … VALUES" followed by as many value lists as fit one statement,
// and then tail (an ON CONFLICT clause, or "").
func (s *Store) insertRows(ctx context.Context, q querier, insert, tail string, rows [][]any) error {
	const perStatement = 200
	for len(rows) > 0 {
		n := min(len(rows), perStatement)
		one := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(rows[0])), ", ") + ")"
		args := make([]any, 0, n*len(rows[0]))
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		if err := s.exec(ctx, q, insert+" VALUES "+strings.TrimSuffix(strings.Repeat(one+", ", n), ", ")+tail, args...); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// in is "IN (?, ?, …)" for n values.
func in(n int) string {
	return "IN (" + strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + ")"
}

// migrate applies the numbered migrations not yet recorded in
// schema_migrations, each in its own transaction, on one connection that
// holds the migration lock while many processes start at once.
func (s *Store) migrate(ctx context.Context) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if s.d.SessionLock != "" {
		if err := s.exec(ctx, conn, s.d.SessionLock, migrationLock); err != nil {
			return fmt.Errorf("migration lock: %w", err)
		}
		defer s.exec(context.Background(), conn, s.d.SessionUnlock, migrationLock)
	}
	if err := s.exec(ctx, conn, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at `+s.d.TimeType+` NOT NULL)`); err != nil {
		return fmt.Errorf("migrations table: %w", err)
	}
	names, err := fs.Glob(s.d.Migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		name = strings.TrimPrefix(name, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(name, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with its number", name)
		}
		body, err := fs.ReadFile(s.d.Migrations, "migrations/"+name)
		if err != nil {
			return err
		}
		// The check is inside the transaction: SQLite has no session lock,
		// but its transactions take the write lock at BEGIN, so a second
		// process opening a new file at the same moment waits here and
		// then sees the version the first one recorded.
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		var n int
		if err := s.row(ctx, tx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n); err != nil {
			tx.Rollback()
			return err
		}
		if n > 0 {
			tx.Rollback()
			continue
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", name, err)
		}
		if err := s.exec(ctx, tx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
			v, name, s.d.Time(s.now())); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

// backfill fills the narrow columns (quotes.item, events.sentence) of rows
// stored before they existed, reading each such revision's record once. The
// partial indexes on the unfilled rows make it a single index probe once
// everything is filled.
func (s *Store) backfill(ctx context.Context) error {
	for {
		var revs []int64
		err := s.each(ctx, s.db, `SELECT rev_id FROM quotes WHERE item IS NULL
			UNION SELECT rev_id FROM events WHERE sentence IS NULL LIMIT 100`, nil, func(rows *sql.Rows) error {
			var id int64
			err := rows.Scan(&id)
			revs = append(revs, id)
			return err
		})
		if err != nil || len(revs) == 0 {
			return err
		}
		for _, id := range revs {
			if err := s.backfillRevision(ctx, id); err != nil {
				return fmt.Errorf("revision %d: %w", id, err)
			}
		}
	}
}

func (s *Store) backfillRevision(ctx context.Context, revID int64) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var record []byte
	if err := s.row(ctx, tx, `SELECT record FROM revisions WHERE id = ?`, revID).Scan(&record); err != nil {
		return err
	}
	d, err := decodeRecord(record)
	if err != nil {
		return err
	}
	for i, q := range d.Quotes {
		item, _ := json.Marshal(q)
		if err := s.exec(ctx, tx, `UPDATE quotes SET item = ? WHERE rev_id = ? AND seq = ?`, string(item), revID, i); err != nil {
			return err
		}
	}
	for i, e := range d.Events {
		if err := s.exec(ctx, tx, `UPDATE events SET sentence = ? WHERE rev_id = ? AND seq = ?`, e.Sentence.In(d.Text), revID, i); err != nil {
			return err
		}
	}
	// Rows the record does not explain (none, unless edited by hand) must
	// not be tried again on every open.
	if err := s.exec(ctx, tx, `UPDATE quotes SET item = '' WHERE rev_id = ? AND item IS NULL`, revID); err != nil {
		return err
	}
	if err := s.exec(ctx, tx, `UPDATE events SET sentence = '' WHERE rev_id = ? AND sentence IS NULL`, revID); err != nil {
		return err
	}
	return tx.Commit()
}

// timeValue scans a time column: a time from PostgreSQL, RFC 3339 text
// from SQLite.
type timeValue struct{ time.Time }

func (t *timeValue) Scan(v any) error {
	switch v := v.(type) {
	case time.Time:
		t.Time = v
	case string:
		t.Time, _ = time.Parse(time.RFC3339Nano, v)
	case []byte:
		t.Time, _ = time.Parse(time.RFC3339Nano, string(v))
	case nil:
		t.Time = time.Time{}
	default:
		return fmt.Errorf("time column holds %T", v)
	}
	return nil
}

// lockKey maps a document key to a lock number.
func lockKey(kind, key string) int64 {
	h := fnv.New64a()
	h.Write([]byte(kind + "\x00" + key))
	return int64(h.Sum64())
}

// Put stores doc and its layers in one transaction. Where the dialect has
// locks, writers of the same id or URL take them, so that concurrent workers
// delivering one document store it once.
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
	if s.d.Lock != "" {
		keys := []int64{lockKey("id", doc.ID)}
		if doc.URL != "" {
			keys = append(keys, lockKey("url", doc.URL))
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			if err := s.exec(ctx, tx, s.d.Lock, k); err != nil {
				return chronicle.PutResult{}, fmt.Errorf("put %s: lock: %w", doc.ID, err)
			}
		}
	}
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

func (s *Store) put(ctx context.Context, tx *sql.Tx, doc *chronicle.Document) (chronicle.PutResult, error) {
	// Find the document: by id, then by URL.
	id, latest := "", 0
	err := s.row(ctx, tx, `SELECT id, latest FROM documents WHERE id = ?`, doc.ID).Scan(&id, &latest)
	if errors.Is(err, sql.ErrNoRows) && doc.URL != "" {
		err = s.row(ctx, tx, `SELECT id, latest FROM documents WHERE url = ? ORDER BY id LIMIT 1`, doc.URL).Scan(&id, &latest)
	}
	switch {
	case errors.Is(err, sql.ErrNoRows):
		id, latest = "", 0
	case err != nil:
		return chronicle.PutResult{}, err
	default:
		var hash string
		if err := s.row(ctx, tx, `SELECT content_hash FROM revisions WHERE doc_id = ? AND revision = ?`, id, latest).Scan(&hash); err != nil {
			return chronicle.PutResult{}, err
		}
		if hash == doc.ContentHash {
			return chronicle.PutResult{ID: id, Revision: latest, Status: chronicle.PutUnchanged}, nil
		}
	}

	now := s.d.Time(s.now().UTC())
	status := chronicle.PutCreated
	sizes := []any{len(doc.Entities), len(doc.Quotes), len(doc.Events), len(doc.Framing)}
	if id == "" {
		id, latest = doc.ID, 1
		if err := s.exec(ctx, tx, `INSERT INTO documents (n_entities, n_quotes, n_events, n_framing, id, url, latest, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`, append(sizes, id, doc.URL, now, now)...); err != nil {
			return chronicle.PutResult{}, err
		}
	} else {
		latest++
		status = chronicle.PutRevised
		if err := s.exec(ctx, tx, `UPDATE documents SET n_entities = ?, n_quotes = ?, n_events = ?, n_framing = ?,
			latest = ?, updated_at = ?, url = CASE WHEN url = '' THEN ? ELSE url END WHERE id = ?`, append(sizes, latest, now, doc.URL, id)...); err != nil {
			return chronicle.PutResult{}, err
		}
	}
	doc.ID, doc.Revision = id, latest
	record, err := json.Marshal(doc)
	if err != nil {
		return chronicle.PutResult{}, err
	}
	var revID int64
	err = s.row(ctx, tx, `INSERT INTO revisions (doc_id, revision, content_hash, url, title, author, publisher, published, text, record, stored_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		id, latest, doc.ContentHash, doc.URL, doc.Title, doc.Author, doc.Publisher, doc.Published.String(), doc.Text, string(record), now).Scan(&revID)
	if err != nil {
		return chronicle.PutResult{}, err
	}
	if err := s.putLayers(ctx, tx, revID, doc); err != nil {
		return chronicle.PutResult{}, err
	}
	return chronicle.PutResult{ID: id, Revision: latest, Status: status}, nil
}

// putLayers writes the rows that index a revision's record layers.
func (s *Store) putLayers(ctx context.Context, tx *sql.Tx, revID int64, doc *chronicle.Document) error {
	var rows [][]any
	for _, e := range doc.Entities {
		var name, code, role string
		if e.Actor != nil {
			name, code = e.Actor.Name, e.Actor.Code
		}
		if e.Role != nil {
			role = e.Role.Title
		}
		rows = append(rows, []any{revID, e.Start, e.End, e.Span.In(doc.Text), e.Type, name, code, role})
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO entities (rev_id, start_cp, end_cp, text, type, actor_name, actor_code, role)`, "", rows); err != nil {
		return err
	}
	rows = rows[:0]
	for i, q := range doc.Quotes {
		speaker := ""
		if q.Speaker != nil {
			speaker = q.Speaker.In(doc.Text)
		}
		item, err := json.Marshal(q)
		if err != nil {
			return err
		}
		rows = append(rows, []any{revID, i, q.Content.In(doc.Text), speaker, q.SpeakerName, q.SpeakerCode, q.Kind, q.Venue, string(item)})
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO quotes (rev_id, seq, content, speaker, speaker_name, speaker_code, kind, venue, item)`, "", rows); err != nil {
		return err
	}
	rows = rows[:0]
	for i, e := range doc.Events {
		sn, sc := ActorCols(e.Source)
		tn, tc := ActorCols(e.Target)
		rows = append(rows, []any{revID, i, e.Type, sn, sc, tn, tc, e.Date.String(), e.Location, e.Sentence.In(doc.Text)})
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO events (rev_id, seq, type, source_name, source_code, target_name, target_code, date, location, sentence)`, "", rows); err != nil {
		return err
	}
	rows = rows[:0]
	for _, f := range doc.Framing {
		rows = append(rows, []any{revID, f.Span.In(doc.Text), f.Category, f.Technique, f.Voice, f.Speaker})
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO frames (rev_id, text, category, technique, voice, speaker)`, "", rows); err != nil {
		return err
	}
	rows = rows[:0]
	for _, c := range doc.Claims {
		rows = append(rows, []any{revID, c.Span.In(doc.Text), c.Quantity, c.Unit, c.Speaker})
	}
	return s.insertRows(ctx, tx, `INSERT INTO claims (rev_id, text, quantity, unit, speaker)`, "", rows)
}

// Unchanged reports whether doc is already stored as the latest revision
// under its id or URL, so that a re-run can skip analysing it.
func (s *Store) Unchanged(ctx context.Context, doc *chronicle.Document) (bool, error) {
	hash := doc.ContentHash
	if hash == "" {
		hash = chronicle.HashText(doc.Text)
	}
	var n int
	err := s.row(ctx, s.db, `SELECT count(*) FROM documents d JOIN revisions r ON r.doc_id = d.id AND r.revision = d.latest
		WHERE (d.id = ? OR (? <> '' AND d.url = ?)) AND r.content_hash = ?`, doc.ID, doc.URL, doc.URL, hash).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("unchanged %s: %w", doc.ID, err)
	}
	return n > 0, nil
}

// Get returns the latest revision of the document with id.
func (s *Store) Get(ctx context.Context, id string) (*chronicle.Document, error) {
	var record []byte
	err := s.row(ctx, s.db, `SELECT r.record FROM revisions r JOIN documents d
		ON d.id = r.doc_id AND d.latest = r.revision WHERE d.id = ?`, id).Scan(&record)
	if errors.Is(err, sql.ErrNoRows) {
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
	var out []chronicle.Revision
	err := s.each(ctx, s.db, `SELECT doc_id, revision, content_hash, stored_at, title FROM revisions WHERE doc_id = ? ORDER BY revision`,
		[]any{id}, func(rows *sql.Rows) error {
			var r chronicle.Revision
			var at timeValue
			err := rows.Scan(&r.ID, &r.Revision, &r.ContentHash, &at, &r.Title)
			r.StoredAt = at.Time
			out = append(out, r)
			return err
		})
	if err != nil {
		return nil, fmt.Errorf("revisions %s: %w", id, err)
	}
	if len(out) == 0 {
		return nil, chronicle.Errorf(chronicle.ENOTFOUND, "document %q not found", id)
	}
	return out, nil
}

// Count returns the number of distinct documents.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	err := s.row(ctx, s.db, `SELECT count(*) FROM documents`).Scan(&n)
	return n, err
}

// where gathers the conditions of a query and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// search adds the full-text condition match makes of words, if any.
func (w *where) search(match func(words string) (cond, arg string), words string) error {
	if words == "" {
		return nil
	}
	cond, arg := match(words)
	if arg == "" {
		return chronicle.Errorf(chronicle.EINVALID, "search text has no words")
	}
	w.add(cond, arg)
	return nil
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return "1=1"
	}
	return strings.Join(w.conds, " AND ")
}

// Find lists the latest revisions matching f, newest publication first. The
// page is chosen on narrow columns along the (published, id) index; only
// the page's records are read.
func (s *Store) Find(ctx context.Context, f chronicle.DocumentFilter) (chronicle.DocumentPage, error) {
	var page chronicle.DocumentPage
	var ids []any
	next, err := s.page(ctx, f, `r.id, r.published`, func(rows *sql.Rows) (c Cursor, err error) {
		err = rows.Scan(&c.RevID, &c.Published)
		ids = append(ids, c.RevID)
		return c, err
	})
	if err != nil || len(ids) == 0 {
		return page, err
	}
	docs := make(map[int64]*chronicle.Document, len(ids))
	err = s.each(ctx, s.db, `SELECT id, record FROM revisions WHERE id `+in(len(ids)), ids, func(rows *sql.Rows) error {
		var id int64
		var record []byte
		if err := rows.Scan(&id, &record); err != nil {
			return err
		}
		d, err := decodeRecord(record)
		docs[id] = d
		return err
	})
	if err != nil {
		return chronicle.DocumentPage{}, fmt.Errorf("find: %w", err)
	}
	for _, id := range ids {
		if d := docs[id.(int64)]; d != nil {
			page.Documents = append(page.Documents, d)
		}
	}
	page.NextCursor = next
	return page, nil
}

// summaryCols are a summary's columns: the revision's metadata and the size
// of each layer, kept on the document's row.
const summaryCols = `r.id, r.published, r.doc_id, r.revision, r.title, r.url, r.publisher,
	d.n_entities, d.n_quotes, d.n_events, d.n_framing`

// Summaries lists what Find lists as summaries, reading no record.
func (s *Store) Summaries(ctx context.Context, f chronicle.DocumentFilter) (chronicle.SummaryPage, error) {
	var page chronicle.SummaryPage
	next, err := s.page(ctx, f, summaryCols, func(rows *sql.Rows) (c Cursor, err error) {
		var m chronicle.Summary
		err = rows.Scan(&c.RevID, &c.Published, &m.ID, &m.Revision, &m.Title, &m.URL, &m.Publisher, &m.Entities, &m.Quotes, &m.Events, &m.Framing)
		m.Published, _ = chronicle.ParseDate(c.Published)
		page.Summaries = append(page.Summaries, m)
		return c, err
	})
	page.NextCursor = next
	return page, err
}

// page runs the page query of f for cols (which start with r.id and
// r.published), calls scan on each row of the page, and returns the cursor
// of the next page, "" after the last.
func (s *Store) page(ctx context.Context, f chronicle.DocumentFilter, cols string, scan func(*sql.Rows) (Cursor, error)) (string, error) {
	limit := Limit(f.Limit)
	query, args, err := s.findQuery(f, cols, limit)
	if err != nil {
		return "", err
	}
	n, next := 0, ""
	var last Cursor
	err = s.each(ctx, s.db, query, args, func(rows *sql.Rows) error {
		if n == limit {
			next = EncodeCursor(last)
			return nil
		}
		n++
		c, err := scan(rows)
		last = c
		return err
	})
	if err != nil {
		return "", fmt.Errorf("find: %w", err)
	}
	return next, nil
}

// findQuery selects cols of the revisions on a page of Find, one row more
// than limit to tell whether another page follows.
func (s *Store) findQuery(f chronicle.DocumentFilter, cols string, limit int) (string, []any, error) {
	var w where
	if err := w.search(s.d.SearchDocs, f.Text); err != nil {
		return "", nil, err
	}
	if f.Publisher != "" {
		w.add(s.d.EqualFold("r.publisher"), f.Publisher)
	}
	if f.Actor != "" {
		w.add(`EXISTS (SELECT 1 FROM entities e WHERE e.rev_id = r.id AND (`+s.d.EqualFold("e.text")+
			` OR e.actor_name `+s.d.ILike+` ? OR e.actor_code LIKE ? OR e.text `+s.d.ILike+` ?))`,
			f.Actor, "%"+f.Actor+"%", strings.ToUpper(f.Actor)+"%", "% "+f.Actor)
	}
	if f.EventType != "" || f.Source != "" {
		// one event must have both the type and the source asked for
		var ev where
		ev.add(`ev.rev_id = r.id`)
		if f.EventType != "" {
			ev.add(`ev.type = ?`, strings.ToUpper(f.EventType))
		}
		if f.Source != "" {
			ev.add(`ev.source_code LIKE ? ESCAPE '\'`, LikePrefix(f.Source))
		}
		w.add(`EXISTS (SELECT 1 FROM events ev WHERE `+ev.String()+`)`, ev.args...)
	}
	if !f.Since.IsZero() {
		w.add(`r.published >= ?`, f.Since.String())
	}
	if !f.Until.IsZero() {
		w.add(`r.published <> '' AND r.published <= ?`, f.Until.String())
	}
	if f.Cursor != "" {
		c, err := DecodeCursor(f.Cursor)
		if err != nil {
			return "", nil, err
		}
		w.add(`(r.published < ? OR r.published = ? AND r.id < ?)`, c.Published, c.Published, c.RevID)
	}
	return `SELECT ` + cols + ` FROM revisions r JOIN documents d ON d.id = r.doc_id AND d.latest = r.revision
		WHERE ` + w.String() + ` ORDER BY r.published DESC, r.id DESC LIMIT ?`, append(w.args, limit+1), nil
}

// SearchQuotes finds quotes in the latest revisions by words and speaker,
// reading each hit's quote from its own row, never the article's record.
func (s *Store) SearchQuotes(ctx context.Context, f chronicle.QuoteFilter) ([]chronicle.QuoteHit, error) {
	query, args, err := s.quotesQuery(f)
	if err != nil {
		return nil, err
	}
	var hits []chronicle.QuoteHit
	err = s.each(ctx, s.db, query, args, func(rows *sql.Rows) error {
		var h chronicle.QuoteHit
		var published string
		var item []byte
		if err := rows.Scan(&h.DocID, &h.Title, &h.Publisher, &published, &item, &h.Content); err != nil {
			return err
		}
		h.Published, _ = chronicle.ParseDate(published)
		if len(item) > 0 {
			if err := json.Unmarshal(item, &h.Quote); err != nil {
				return fmt.Errorf("decode stored quote: %w", err)
			}
		}
		hits = append(hits, h)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search quotes: %w", err)
	}
	return hits, nil
}

// quotesQuery walks the latest revisions newest first and each one's quotes
// by row, so that a LIMIT stops it early.
func (s *Store) quotesQuery(f chronicle.QuoteFilter) (string, []any, error) {
	var w where
	if err := w.search(s.d.SearchQuotes, f.Text); err != nil {
		return "", nil, err
	}
	if f.Speaker != "" {
		w.add(`(q.speaker_name `+s.d.ILike+` ? OR q.speaker `+s.d.ILike+` ? OR q.speaker_code LIKE ?)`,
			"%"+f.Speaker+"%", "%"+f.Speaker+"%", strings.ToUpper(f.Speaker)+"%")
	}
	// Without words to search, the join order is spelled out (CROSS JOIN
	// keeps it in SQLite): revisions outermost, along their index, so that
	// no planner guess sorts every quote. With words, the full-text match
	// comes first and its hits are sorted.
	join := `revisions r CROSS JOIN documents d CROSS JOIN quotes q`
	if f.Text != "" {
		join = `quotes q JOIN revisions r ON TRUE JOIN documents d ON TRUE`
	}
	return `SELECT r.doc_id, r.title, r.publisher, r.published, q.item, q.content FROM ` + join + `
		WHERE d.id = r.doc_id AND d.latest = r.revision AND q.rev_id = r.id AND ` + w.String() + `
		ORDER BY r.published DESC, r.id DESC, q.id DESC LIMIT ?`, append(w.args, Limit(f.Limit)), nil
}

// ListQuery is one query behind a list, as the store would run it.
type ListQuery struct {
	Name string
	SQL  string
	Args []any
}

// ListQueries returns the queries that choose and sort what the lists show
// (quote search, a page of articles, merged events, outlet profiles), as
// the store runs them, so that tests can EXPLAIN them.
func (s *Store) ListQueries() []ListQuery {
	var out []ListQuery
	add := func(name, query string, args []any) {
		out = append(out, ListQuery{Name: name, SQL: s.Rebind(query), Args: args})
	}
	q, args, _ := s.quotesQuery(chronicle.QuoteFilter{Limit: 3})
	add("quotes", q, args)
	q, args, _ = s.quotesQuery(chronicle.QuoteFilter{Speaker: "Lavrov", Limit: 3})
	add("quotes by speaker", q, args)
	q, args, _ = s.findQuery(chronicle.DocumentFilter{}, summaryCols, 20)
	add("articles", q, args)
	q, args, _ = s.findQuery(chronicle.DocumentFilter{Publisher: "Wire"}, summaryCols, 20)
	add("articles by publisher", q, args)
	add("events", s.clusterQuery(clusterCols, "1=1", " LIMIT 20"), nil)
	for i, q := range s.outletQueries("1=1") {
		add(fmt.Sprintf("outlets %d", i+1), q, nil)
	}
	return out
}
