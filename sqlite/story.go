package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/internal/storekit"
	"github.com/chronicle-news/chronicle/story"
)

var (
	_ chronicle.StoryStore = (*Store)(nil)
	_ story.Serial         = (*Store)(nil)
)

// Serially runs fn, a Linker's reads and save for one document, while no
// other linking in this process runs: a server linking what its API and its
// feed pollers store at once would otherwise found a merged event per report
// of one happening. (Processes sharing one SQLite file are not serialised;
// scale-out runs on PostgreSQL, whose store holds a database-wide lock.)
func (s *Store) Serially(ctx context.Context, fn func(story.Index) error) error {
	s.link.Lock()
	defer s.link.Unlock()
	// One transaction for the reads and the save: one lock cycle and one
	// commit per article instead of one per statement.
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(linkIndex{q: tx, tx: tx}); err != nil {
		return err
	}
	return tx.Commit()
}

// querier is what the link reads need: the database, or one transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// linkIndex is the story.Index of one linking step inside a transaction
// (tx set), or straight on the database (tx nil).
type linkIndex struct {
	q  querier
	tx *sql.Tx
}

// Linked returns the revision of the document whose links were saved, 0
// when none were.
func (s *Store) Linked(ctx context.Context, docID string) (int, error) {
	return linkIndex{q: s.db}.Linked(ctx, docID)
}

// Similar returns the linked articles sharing an LSH band key with keys.
func (s *Store) Similar(ctx context.Context, keys []uint64) ([]story.Article, error) {
	return linkIndex{q: s.db}.Similar(ctx, keys)
}

// Candidates returns the merged events sharing one of q's keys and dated
// within its window, the most recently founded first.
func (s *Store) Candidates(ctx context.Context, q story.Query) ([]story.Cluster, error) {
	return linkIndex{q: s.db}.Candidates(ctx, q)
}

// Revision returns the record of one revision of a document.
func (s *Store) Revision(ctx context.Context, docID string, revision int) (*chronicle.Document, error) {
	return linkIndex{q: s.db}.Revision(ctx, docID, revision)
}

// latest is the set of latest revisions, for the cross-story queries.
const latest = `(SELECT r.* FROM revisions r JOIN documents d ON d.id = r.doc_id AND d.latest = r.revision)`

// Linked returns the revision of the document whose links were saved, 0
// when none were.
func (x linkIndex) Linked(ctx context.Context, docID string) (int, error) {
	var rev int
	err := x.q.QueryRowContext(ctx, `SELECT revision FROM story_articles WHERE doc_id = ?`, docID).Scan(&rev)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return rev, err
}

// Similar returns the linked articles sharing an LSH band key with keys.
func (x linkIndex) Similar(ctx context.Context, keys []uint64) ([]story.Article, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = int64(k)
	}
	rows, err := x.q.QueryContext(ctx, `SELECT a.doc_id, a.revision, a.copy_of, a.similarity, a.signature FROM story_articles a
		WHERE a.doc_id IN (SELECT doc_id FROM story_bands WHERE key IN (`+placeholders(len(keys))+`)) ORDER BY a.doc_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("similar articles: %w", err)
	}
	defer rows.Close()
	var out []story.Article
	for rows.Next() {
		var a story.Article
		var sig []byte
		if err := rows.Scan(&a.DocID, &a.Revision, &a.CopyOf, &a.Similarity, &sig); err != nil {
			return nil, err
		}
		a.Signature = story.DecodeSignature(sig)
		out = append(out, a)
	}
	return out, rows.Err()
}

// Candidates returns the merged events sharing one of q's keys and dated
// within its window, the most recently founded first.
func (x linkIndex) Candidates(ctx context.Context, q story.Query) ([]story.Cluster, error) {
	if len(q.Keys) == 0 {
		return nil, nil
	}
	var args []any
	for _, k := range q.Keys {
		args = append(args, k)
	}
	where := ""
	if !q.Date.IsZero() {
		where = ` AND (c.date = '' OR c.date BETWEEN ? AND ?)`
		args = append(args, q.Date.AddDate(0, 0, -q.Window).Format("2006-01-02"), q.Date.AddDate(0, 0, q.Window).Format("2006-01-02"))
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	args = append(args, limit)
	rows, err := x.q.QueryContext(ctx, `SELECT `+clusterCols+`, c.topic FROM story_clusters c
		WHERE c.id IN (SELECT cluster_id FROM story_cluster_keys WHERE key IN (`+placeholders(len(q.Keys))+`))`+where+`
		ORDER BY c.seq DESC LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("candidate events: %w", err)
	}
	defer rows.Close()
	var out []story.Cluster
	for rows.Next() {
		var topic []byte
		ec, err := scanCluster(rows, &topic)
		if err != nil {
			return nil, err
		}
		out = append(out, story.Cluster{ID: ec.ID, Type: ec.Type, Date: ec.Date, Source: ec.Source, Target: ec.Target,
			Location: ec.Location, Topic: story.DecodeSignature(topic)})
	}
	return out, rows.Err()
}

const clusterCols = `c.id, c.type, c.date, c.source_name, c.source_code, c.target_name, c.target_code, c.location`

func scanCluster(rows *sql.Rows, extra ...any) (chronicle.EventCluster, error) {
	var c chronicle.EventCluster
	var date, sn, sc, tn, tc string
	if err := rows.Scan(append([]any{&c.ID, &c.Type, &date, &sn, &sc, &tn, &tc, &c.Location}, extra...)...); err != nil {
		return c, err
	}
	c.Date, _ = chronicle.ParseDate(date)
	c.Source, c.Target = storekit.Actor(sn, sc), storekit.Actor(tn, tc)
	c.Articles, c.Figures = []chronicle.ClusterArticle{}, []chronicle.Figure{}
	return c, nil
}

// Revision returns the record of one revision of a document.
func (x linkIndex) Revision(ctx context.Context, docID string, revision int) (*chronicle.Document, error) {
	var record string
	err := x.q.QueryRowContext(ctx, `SELECT record FROM revisions WHERE doc_id = ? AND revision = ?`, docID, revision).Scan(&record)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, chronicle.Errorf(chronicle.ENOTFOUND, "revision %d of %q not found", revision, docID)
	}
	if err != nil {
		return nil, fmt.Errorf("revision %d of %s: %w", revision, docID, err)
	}
	return decodeRecord(record)
}

// SaveLinks saves l in the step's transaction.
func (x linkIndex) SaveLinks(ctx context.Context, l *story.Links) error {
	if x.tx == nil {
		return errors.New("save links: no transaction")
	}
	if err := saveLinks(ctx, x.tx, l); err != nil {
		return fmt.Errorf("save links of %s: %w", l.Article.DocID, err)
	}
	return nil
}

// SaveLinks saves what story.Linker decided for one document, in one
// transaction, replacing the links of its earlier revision.
func (s *Store) SaveLinks(ctx context.Context, l *story.Links) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := saveLinks(ctx, tx, l); err != nil {
		return fmt.Errorf("save links of %s: %w", l.Article.DocID, err)
	}
	return tx.Commit()
}

func saveLinks(ctx context.Context, tx *sql.Tx, l *story.Links) error {
	a := l.Article
	var old []string
	if l.Replaces {
		var err error
		if old, err = replaceLinks(ctx, tx, a.DocID); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO story_articles (doc_id, revision, copy_of, similarity, signature) VALUES (?, ?, ?, ?, ?)`,
		a.DocID, a.Revision, a.CopyOf, a.Similarity, story.EncodeSignature(a.Signature)); err != nil {
		return err
	}
	if len(a.Bands) > 0 {
		args := make([]any, 0, 2*len(a.Bands))
		for _, k := range a.Bands {
			args = append(args, int64(k), a.DocID)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO story_bands (key, doc_id) VALUES `+
			strings.TrimSuffix(strings.Repeat("(?, ?),", len(a.Bands)), ","), args...); err != nil {
			return err
		}
	}
	for _, c := range l.New {
		sn, sc := storekit.ActorCols(c.Source)
		tn, tc := storekit.ActorCols(c.Target)
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO story_clusters (id, seq, type, date, source_name, source_code, target_name, target_code, location, topic)
			VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM story_clusters), ?, ?, ?, ?, ?, ?, ?, ?)`,
			c.ID, c.Type, c.Date.String(), sn, sc, tn, tc, c.Location, story.EncodeSignature(c.Topic)); err != nil {
			return err
		}
	}
	for _, c := range l.Updated {
		sn, sc := storekit.ActorCols(c.Source)
		tn, tc := storekit.ActorCols(c.Target)
		if _, err := tx.ExecContext(ctx, `UPDATE story_clusters SET date = ?, source_name = ?, source_code = ?, target_name = ?, target_code = ?, location = ? WHERE id = ?`,
			c.Date.String(), sn, sc, tn, tc, c.Location, c.ID); err != nil {
			return err
		}
	}
	for _, c := range append(append([]story.Cluster{}, l.New...), l.Updated...) {
		for _, k := range c.Keys {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO story_cluster_keys (key, cluster_id) VALUES (?, ?)`, k, c.ID); err != nil {
				return err
			}
		}
	}
	for _, m := range l.Members {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO story_members (cluster_id, doc_id, event, reported_by) VALUES (?, ?, ?, ?)`, m.Cluster, a.DocID, m.Event, m.ReportedBy); err != nil {
			return err
		}
		for _, f := range m.Figures {
			if _, err := tx.ExecContext(ctx, `INSERT INTO story_figures (cluster_id, doc_id, quantity, unit, publisher, speaker, text) VALUES (?, ?, ?, ?, ?, ?, ?)`,
				m.Cluster, a.DocID, f.Quantity, f.Unit, f.Publisher, f.Speaker, f.Text); err != nil {
				return err
			}
		}
	}
	// A merged event that its only report left on revision is gone.
	for _, id := range old {
		if _, err := tx.ExecContext(ctx, `DELETE FROM story_clusters WHERE id = ? AND NOT EXISTS (SELECT 1 FROM story_members WHERE cluster_id = ?)`, id, id); err != nil {
			return err
		}
	}
	if c := l.Change; c != nil {
		at := c.At
		if at == "" {
			var stored string
			if err := tx.QueryRowContext(ctx, `SELECT stored_at FROM revisions WHERE doc_id = ? AND revision = ?`, c.DocID, c.To).Scan(&stored); err == nil {
				if t, err := time.Parse(time.RFC3339Nano, stored); err == nil {
					at = t.UTC().Format(time.RFC3339)
				}
			}
		}
		added, _ := json.Marshal(storekit.NonNil(c.Added))
		removed, _ := json.Marshal(storekit.NonNil(c.Removed))
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO story_changes (doc_id, from_rev, to_rev, at, added, removed) VALUES (?, ?, ?, ?, ?, ?)`,
			c.DocID, c.From, c.To, at, string(added), string(removed)); err != nil {
			return err
		}
	}
	return nil
}

// replaceLinks deletes the links saved for an earlier revision of a
// document and returns the merged events it was in.
func replaceLinks(ctx context.Context, tx *sql.Tx, docID string) ([]string, error) {
	var old []string
	rows, err := tx.QueryContext(ctx, `SELECT cluster_id FROM story_members WHERE doc_id = ?`, docID)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		old = append(old, id)
	}
	rows.Close()
	for _, q := range []string{`DELETE FROM story_bands WHERE doc_id = ?`, `DELETE FROM story_members WHERE doc_id = ?`, `DELETE FROM story_figures WHERE doc_id = ?`} {
		if _, err := tx.ExecContext(ctx, q, docID); err != nil {
			return nil, err
		}
	}
	return old, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// Events lists merged events matching f, newest first.
func (s *Store) Events(ctx context.Context, f chronicle.EventFilter) ([]chronicle.EventCluster, error) {
	where := []string{"1=1"}
	var args []any
	if f.Type != "" {
		where = append(where, `c.type = ?`)
		args = append(args, strings.ToUpper(f.Type))
	}
	if f.Actor != "" {
		where = append(where, `(c.source_code LIKE ? OR c.target_code LIKE ? OR c.source_name LIKE ? OR c.target_name LIKE ?)`)
		args = append(args, strings.ToUpper(f.Actor)+"%", strings.ToUpper(f.Actor)+"%", "%"+f.Actor+"%", "%"+f.Actor+"%")
	}
	if f.Source != "" {
		where = append(where, `(c.source_code LIKE ? OR c.source_name LIKE ?)`)
		args = append(args, strings.ToUpper(f.Source)+"%", "%"+f.Source+"%")
	}
	if !f.Since.IsZero() {
		where = append(where, `c.date >= ?`)
		args = append(args, f.Since.String())
	}
	if !f.Until.IsZero() {
		where = append(where, `c.date <> '' AND c.date <= ?`)
		args = append(args, f.Until.String())
	}
	limit := ""
	if f.Limit > 0 && f.MinSources <= 1 {
		limit = fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	out, err := s.clusters(ctx, strings.Join(where, " AND "), limit, args)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if f.MinSources > 1 {
		kept := out[:0]
		for _, c := range out {
			if c.Independent >= f.MinSources {
				kept = append(kept, c)
			}
		}
		out = kept
		if f.Limit > 0 && len(out) > f.Limit {
			out = out[:f.Limit]
		}
	}
	return out, nil
}

// EventCluster returns one merged event.
func (s *Store) EventCluster(ctx context.Context, id string) (*chronicle.EventCluster, error) {
	out, err := s.clusters(ctx, `c.id = ?`, "", []any{id})
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	if len(out) == 0 {
		return nil, chronicle.Errorf(chronicle.ENOTFOUND, "merged event %q not found", id)
	}
	return &out[0], nil
}

// clusters loads the merged events selected by where, with their articles
// and figures.
func (s *Store) clusters(ctx context.Context, where, limit string, args []any) ([]chronicle.EventCluster, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+clusterCols+` FROM story_clusters c WHERE `+where+` ORDER BY c.date DESC, c.id`+limit, args...)
	if err != nil {
		return nil, err
	}
	var out []chronicle.EventCluster
	index := map[string]int{}
	for rows.Next() {
		c, err := scanCluster(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		index[c.ID] = len(out)
		out = append(out, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	sel := `SELECT c.id FROM story_clusters c WHERE ` + where + ` ORDER BY c.date DESC, c.id` + limit
	rows, err = s.db.QueryContext(ctx, `SELECT m.cluster_id, m.doc_id, m.event, m.reported_by, r.publisher, r.url, r.title, r.published, coalesce(a.copy_of, '')
		FROM story_members m JOIN `+latest+` r ON r.doc_id = m.doc_id LEFT JOIN story_articles a ON a.doc_id = m.doc_id
		WHERE m.cluster_id IN (`+sel+`) ORDER BY m.cluster_id, r.published, m.doc_id`, args...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id, published string
		var a chronicle.ClusterArticle
		if err := rows.Scan(&id, &a.DocID, &a.Event, &a.ReportedBy, &a.Publisher, &a.URL, &a.Title, &published, &a.CopyOf); err != nil {
			rows.Close()
			return nil, err
		}
		a.Published, _ = chronicle.ParseDate(published)
		c := &out[index[id]]
		c.Articles = append(c.Articles, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = s.db.QueryContext(ctx, `SELECT f.cluster_id, f.doc_id, f.quantity, f.unit, f.publisher, f.speaker, f.text
		FROM story_figures f WHERE f.cluster_id IN (`+sel+`) ORDER BY f.id`, args...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id string
		var f chronicle.Figure
		if err := rows.Scan(&id, &f.DocID, &f.Quantity, &f.Unit, &f.Publisher, &f.Speaker, &f.Text); err != nil {
			rows.Close()
			return nil, err
		}
		c := &out[index[id]]
		c.Figures = append(c.Figures, f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		story.Settle(&out[i])
	}
	return out, nil
}

// Changes lists the revision changes of a document, oldest first.
func (s *Store) Changes(ctx context.Context, docID string) ([]chronicle.RevisionChange, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT doc_id, from_rev, to_rev, at, added, removed FROM story_changes WHERE doc_id = ? ORDER BY to_rev`, docID)
	if err != nil {
		return nil, fmt.Errorf("changes %s: %w", docID, err)
	}
	defer rows.Close()
	out := []chronicle.RevisionChange{}
	for rows.Next() {
		var c chronicle.RevisionChange
		var added, removed string
		if err := rows.Scan(&c.DocID, &c.From, &c.To, &c.At, &added, &removed); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(added), &c.Added); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(removed), &c.Removed); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		if _, err := s.Revisions(ctx, docID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Outlets returns the framing profile of every publisher, or of the one
// named, by article count.
func (s *Store) Outlets(ctx context.Context, publisher string) ([]chronicle.OutletProfile, error) {
	where, args := "1=1", []any{}
	if publisher != "" {
		where, args = "r.publisher = ? COLLATE NOCASE", []any{publisher}
	}
	byPub := map[string]*chronicle.OutletProfile{}
	var order []string
	err := s.each(ctx, `SELECT r.publisher, count(*), coalesce(min(nullif(r.published, '')), ''), coalesce(max(nullif(r.published, '')), '')
		FROM `+latest+` r WHERE `+where+` GROUP BY r.publisher`, args, func(rows *sql.Rows) error {
		var p chronicle.OutletProfile
		var since, until string
		if err := rows.Scan(&p.Publisher, &p.Articles, &since, &until); err != nil {
			return err
		}
		p.Since, _ = chronicle.ParseDate(since)
		p.Until, _ = chronicle.ParseDate(until)
		p.AuthorTerms, p.QuotedTerms, p.Quoted = []chronicle.TermCount{}, []chronicle.TermCount{}, []chronicle.SpeakerCount{}
		p.QuotedBySide, p.EventMix, p.Monthly = map[string]int{}, map[string]int{}, []chronicle.MonthCount{}
		byPub[p.Publisher] = &p
		order = append(order, p.Publisher)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("outlets: %w", err)
	}
	err = s.each(ctx, `SELECT r.publisher, f.voice, lower(f.text), f.category, count(*) FROM frames f JOIN `+latest+` r ON r.id = f.rev_id
		WHERE `+where+` AND f.technique = '' GROUP BY r.publisher, f.voice, lower(f.text), f.category ORDER BY count(*) DESC, lower(f.text)`, args, func(rows *sql.Rows) error {
		var pub, voice string
		var t chronicle.TermCount
		if err := rows.Scan(&pub, &voice, &t.Term, &t.Category, &t.Count); err != nil {
			return err
		}
		if p := byPub[pub]; p != nil {
			if voice == chronicle.VoiceAuthor {
				p.AuthorTerms = append(p.AuthorTerms, t)
			} else {
				p.QuotedTerms = append(p.QuotedTerms, t)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("outlets: terms: %w", err)
	}
	err = s.each(ctx, `SELECT r.publisher, coalesce(nullif(q.speaker_name, ''), nullif(q.speaker, ''), 'unnamed source'), q.speaker_code, count(*)
		FROM quotes q JOIN `+latest+` r ON r.id = q.rev_id WHERE `+where+`
		GROUP BY 1, 2, 3 ORDER BY count(*) DESC, 2`, args, func(rows *sql.Rows) error {
		var pub string
		var sp chronicle.SpeakerCount
		if err := rows.Scan(&pub, &sp.Speaker, &sp.Code, &sp.Count); err != nil {
			return err
		}
		if p := byPub[pub]; p != nil {
			p.Quoted = append(p.Quoted, sp)
			side := "unknown"
			if len(sp.Code) >= 3 {
				side = sp.Code[:3]
			}
			p.QuotedBySide[side] += sp.Count
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("outlets: quoted: %w", err)
	}
	err = s.each(ctx, `SELECT r.publisher, e.type, count(*) FROM events e JOIN `+latest+` r ON r.id = e.rev_id WHERE `+where+` GROUP BY 1, 2`, args, func(rows *sql.Rows) error {
		var pub, typ string
		var n int
		if err := rows.Scan(&pub, &typ, &n); err != nil {
			return err
		}
		if p := byPub[pub]; p != nil {
			p.EventMix[typ] = n
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("outlets: events: %w", err)
	}
	err = s.each(ctx, `SELECT r.publisher, substr(r.published, 1, 7), count(*),
		(SELECT count(*) FROM frames f JOIN `+latest+` r2 ON r2.id = f.rev_id WHERE r2.publisher = r.publisher
			AND substr(r2.published, 1, 7) = substr(r.published, 1, 7) AND f.voice = 'author' AND f.technique = '')
		FROM `+latest+` r WHERE `+where+` AND r.published <> '' GROUP BY 1, 2 ORDER BY 2`, args, func(rows *sql.Rows) error {
		var pub string
		var m chronicle.MonthCount
		if err := rows.Scan(&pub, &m.Month, &m.Articles, &m.AuthorTerms); err != nil {
			return err
		}
		if p := byPub[pub]; p != nil {
			p.Monthly = append(p.Monthly, m)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("outlets: monthly: %w", err)
	}
	out := make([]chronicle.OutletProfile, 0, len(order))
	for _, pub := range order {
		out = append(out, *byPub[pub])
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Publisher < out[j].Publisher
	})
	if publisher != "" && len(out) == 0 {
		return nil, chronicle.Errorf(chronicle.ENOTFOUND, "no articles from publisher %q", publisher)
	}
	return out, nil
}

// each runs query and calls fn for every row.
func (s *Store) each(ctx context.Context, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
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

// Timeline lists what an actor said (its quotes) and did (the events it is
// the source of), in date order, each with its source article.
func (s *Store) Timeline(ctx context.Context, f chronicle.TimelineFilter) ([]chronicle.TimelineEntry, error) {
	if strings.TrimSpace(f.Actor) == "" {
		return nil, chronicle.Errorf(chronicle.EINVALID, "timeline: no actor given")
	}
	name, code := "%"+f.Actor+"%", strings.ToUpper(f.Actor)+"%"
	var out []chronicle.TimelineEntry
	err := s.each(ctx, `SELECT r.doc_id, r.publisher, r.url, r.published, q.content,
		coalesce(nullif(q.speaker_name, ''), q.speaker) FROM quotes q JOIN `+latest+` r ON r.id = q.rev_id
		WHERE q.speaker_name LIKE ? OR q.speaker LIKE ? OR q.speaker_code LIKE ? ORDER BY q.id`, []any{name, name, code}, func(rows *sql.Rows) error {
		var e chronicle.TimelineEntry
		var published string
		if err := rows.Scan(&e.DocID, &e.Publisher, &e.URL, &published, &e.Text, &e.Actor); err != nil {
			return err
		}
		e.Date, _ = chronicle.ParseDate(published)
		e.Kind = chronicle.EntryQuote
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("timeline: quotes: %w", err)
	}
	records := map[string]*chronicle.Document{}
	err = s.each(ctx, `SELECT r.doc_id, r.publisher, r.url, r.published, r.record, e.seq, e.type, e.source_name, e.source_code, e.date
		FROM events e JOIN `+latest+` r ON r.id = e.rev_id
		WHERE e.source_name LIKE ? OR e.source_code LIKE ? ORDER BY e.rowid`, []any{name, code}, func(rows *sql.Rows) error {
		var e chronicle.TimelineEntry
		var published, record, sname, scode, date string
		var seq int
		if err := rows.Scan(&e.DocID, &e.Publisher, &e.URL, &published, &record, &seq, &e.EventType, &sname, &scode, &date); err != nil {
			return err
		}
		e.Date, _ = chronicle.ParseDate(date)
		if e.Date.IsZero() {
			e.Date, _ = chronicle.ParseDate(published)
		}
		e.Kind, e.Actor = chronicle.EntryEvent, sname
		if e.Actor == "" {
			e.Actor = scode
		}
		d := records[e.DocID]
		if d == nil {
			var err error
			if d, err = decodeRecord(record); err != nil {
				return err
			}
			records[e.DocID] = d
		}
		if seq < len(d.Events) {
			e.Text = strings.TrimSpace(spanText(d.Text, d.Events[seq].Sentence))
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("timeline: events: %w", err)
	}
	topic := strings.Fields(strings.ToLower(f.Topic))
	kept := out[:0]
	for _, e := range out {
		if !f.Since.IsZero() && (e.Date.IsZero() || e.Date.Before(f.Since.Time)) || !f.Until.IsZero() && (e.Date.IsZero() || e.Date.After(f.Until.Time)) {
			continue
		}
		text := strings.ToLower(e.Text)
		ok := true
		for _, w := range topic {
			if !strings.Contains(text, w) {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, e)
		}
	}
	out = kept
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Date.Equal(out[j].Date.Time) {
			return out[i].Date.Before(out[j].Date.Time)
		}
		if out[i].DocID != out[j].DocID {
			return out[i].DocID < out[j].DocID
		}
		return out[i].Kind < out[j].Kind
	})
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	if out == nil {
		out = []chronicle.TimelineEntry{}
	}
	return out, nil
}
