package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/internal/storekit"
	"github.com/chronicle-news/chronicle/story"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

var (
	_ chronicle.StoryStore = (*Store)(nil)
	_ story.Serial         = (*Store)(nil)
)

// linkLock is the advisory lock every linking transaction holds.
//
// Linking reads the stored copies and merged events, decides, and saves; two
// workers linking two reports of one happening at once would each find no
// merged event and found one each. So a Linker over this store runs each
// document's reads and save in one transaction holding this lock (Serially):
// the second worker waits, then reads (READ COMMITTED, every statement after
// the lock) what the first committed and joins its merged event. A lock per
// cluster key would let unrelated events link in parallel, but the keys a
// document touches are known only after deciding (filling a merged event's
// actors adds keys), and linking takes milliseconds against the hundreds the
// analysis before it takes, so one lock costs little and is plainly correct.
const linkLock = 7_200_302

// querier is what the story queries need: the pool, or a transaction.
type querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// index is the story.Index over one querier.
type index struct{ q querier }

// Serially runs fn in one transaction that holds the link lock, with an
// Index that reads and saves in it, and commits when fn returns nil.
func (s *Store) Serially(ctx context.Context, fn func(story.Index) error) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("link: %w", err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, linkLock); err != nil {
		return fmt.Errorf("link lock: %w", err)
	}
	if err := fn(txIndex{index{tx}}); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("link: commit: %w", err)
	}
	return nil
}

// txIndex is the Index inside Serially: its SaveLinks writes in the
// transaction that already holds the lock.
type txIndex struct{ index }

func (x txIndex) SaveLinks(ctx context.Context, l *story.Links) error {
	if err := saveLinks(ctx, x.q, l); err != nil {
		return fmt.Errorf("save links of %s: %w", l.Article.DocID, err)
	}
	return nil
}

// Linked returns the revision of the document whose links were saved, 0
// when none were.
func (s *Store) Linked(ctx context.Context, docID string) (int, error) {
	return index{s.pool}.Linked(ctx, docID)
}

// Similar returns the linked articles sharing an LSH band key with keys.
func (s *Store) Similar(ctx context.Context, keys []uint64) ([]story.Article, error) {
	return index{s.pool}.Similar(ctx, keys)
}

// Candidates returns the merged events sharing one of q's keys and dated
// within its window, the most recently founded first.
func (s *Store) Candidates(ctx context.Context, q story.Query) ([]story.Cluster, error) {
	return index{s.pool}.Candidates(ctx, q)
}

// Revision returns the record of one revision of a document.
func (s *Store) Revision(ctx context.Context, docID string, revision int) (*chronicle.Document, error) {
	return index{s.pool}.Revision(ctx, docID, revision)
}

// SaveLinks saves what story.Linker decided for one document, in one
// transaction holding the link lock, replacing the links of its earlier
// revision.
func (s *Store) SaveLinks(ctx context.Context, l *story.Links) error {
	return s.Serially(ctx, func(idx story.Index) error { return idx.SaveLinks(ctx, l) })
}

func (x index) Linked(ctx context.Context, docID string) (int, error) {
	var rev int
	err := x.q.QueryRow(ctx, `SELECT revision FROM story_articles WHERE doc_id = $1`, docID).Scan(&rev)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("linked %s: %w", docID, err)
	}
	return rev, nil
}

func (x index) Similar(ctx context.Context, keys []uint64) ([]story.Article, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	ks := make([]int64, len(keys))
	for i, k := range keys {
		ks[i] = int64(k)
	}
	rows, err := x.q.Query(ctx, `SELECT a.doc_id, a.revision, a.copy_of, a.similarity, a.signature FROM story_articles a
		WHERE a.doc_id IN (SELECT doc_id FROM story_bands WHERE key = ANY($1)) ORDER BY a.doc_id COLLATE "C"`, ks)
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

func (x index) Candidates(ctx context.Context, q story.Query) ([]story.Cluster, error) {
	if len(q.Keys) == 0 {
		return nil, nil
	}
	var w query
	w.add(`c.id IN (SELECT cluster_id FROM story_cluster_keys WHERE key = ANY(?))`, q.Keys)
	if !q.Date.IsZero() {
		w.add(`(c.date = '' OR c.date BETWEEN ? AND ?)`,
			q.Date.AddDate(0, 0, -q.Window).Format("2006-01-02"), q.Date.AddDate(0, 0, q.Window).Format("2006-01-02"))
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	rows, err := x.q.Query(ctx, fmt.Sprintf(`SELECT `+clusterCols+`, c.topic FROM story_clusters c
		WHERE %s ORDER BY c.seq DESC LIMIT %d`, w.clause(), limit), w.args...)
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

func (x index) Revision(ctx context.Context, docID string, revision int) (*chronicle.Document, error) {
	var record []byte
	err := x.q.QueryRow(ctx, `SELECT record FROM revisions WHERE doc_id = $1 AND revision = $2`, docID, revision).Scan(&record)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, chronicle.Errorf(chronicle.ENOTFOUND, "revision %d of %q not found", revision, docID)
	}
	if err != nil {
		return nil, fmt.Errorf("revision %d of %s: %w", revision, docID, err)
	}
	return decodeRecord(record)
}

// SaveLinks on a bare index is never called: the Store's SaveLinks and
// Serially's Index (txIndex) are.
func (x index) SaveLinks(ctx context.Context, l *story.Links) error {
	return saveLinks(ctx, x.q, l)
}

const clusterCols = `c.id, c.type, c.date, c.source_name, c.source_code, c.target_name, c.target_code, c.location`

func scanCluster(rows pgx.Rows, extra ...any) (chronicle.EventCluster, error) {
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

// saveLinks writes l in the transaction q, which holds the link lock.
func saveLinks(ctx context.Context, q querier, l *story.Links) error {
	a := l.Article
	var old []string
	if l.Replaces {
		var err error
		if old, err = replaceLinks(ctx, q, a.DocID); err != nil {
			return err
		}
	}
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO story_articles (doc_id, revision, copy_of, similarity, signature) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (doc_id) DO UPDATE SET revision = excluded.revision, copy_of = excluded.copy_of,
			similarity = excluded.similarity, signature = excluded.signature`,
		a.DocID, a.Revision, a.CopyOf, a.Similarity, story.EncodeSignature(a.Signature))
	if len(a.Bands) > 0 {
		ks := make([]int64, len(a.Bands))
		for i, k := range a.Bands {
			ks[i] = int64(k)
		}
		b.Queue(`INSERT INTO story_bands (key, doc_id) SELECT k, $2 FROM unnest($1::bigint[]) k`, ks, a.DocID)
	}
	for _, c := range l.New {
		sn, sc := storekit.ActorCols(c.Source)
		tn, tc := storekit.ActorCols(c.Target)
		b.Queue(`INSERT INTO story_clusters (id, type, date, source_name, source_code, target_name, target_code, location, topic)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
			ON CONFLICT (id) DO UPDATE SET type = excluded.type, date = excluded.date, source_name = excluded.source_name,
				source_code = excluded.source_code, target_name = excluded.target_name, target_code = excluded.target_code,
				location = excluded.location, topic = excluded.topic, seq = nextval(pg_get_serial_sequence('story_clusters', 'seq'))`,
			c.ID, c.Type, c.Date.String(), sn, sc, tn, tc, c.Location, story.EncodeSignature(c.Topic))
	}
	for _, c := range l.Updated {
		sn, sc := storekit.ActorCols(c.Source)
		tn, tc := storekit.ActorCols(c.Target)
		b.Queue(`UPDATE story_clusters SET date = $1, source_name = $2, source_code = $3, target_name = $4, target_code = $5, location = $6 WHERE id = $7`,
			c.Date.String(), sn, sc, tn, tc, c.Location, c.ID)
	}
	for _, c := range append(append([]story.Cluster{}, l.New...), l.Updated...) {
		if len(c.Keys) > 0 {
			b.Queue(`INSERT INTO story_cluster_keys (key, cluster_id) SELECT k, $2 FROM unnest($1::text[]) k ON CONFLICT DO NOTHING`, c.Keys, c.ID)
		}
	}
	for _, m := range l.Members {
		b.Queue(`INSERT INTO story_members (cluster_id, doc_id, event, reported_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, m.Cluster, a.DocID, m.Event, m.ReportedBy)
		for _, f := range m.Figures {
			b.Queue(`INSERT INTO story_figures (cluster_id, doc_id, quantity, unit, publisher, speaker, text) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
				m.Cluster, a.DocID, f.Quantity, f.Unit, f.Publisher, f.Speaker, f.Text)
		}
	}
	// A merged event that its only report left on revision is gone.
	if len(old) > 0 {
		b.Queue(`DELETE FROM story_clusters c WHERE c.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.cluster_id = c.id)`, old)
	}
	if c := l.Change; c != nil {
		at := c.At
		if at == "" {
			var stored time.Time
			if err := q.QueryRow(ctx, `SELECT stored_at FROM revisions WHERE doc_id = $1 AND revision = $2`, c.DocID, c.To).Scan(&stored); err == nil {
				at = stored.UTC().Format(time.RFC3339)
			}
		}
		added, _ := json.Marshal(storekit.NonNil(c.Added))
		removed, _ := json.Marshal(storekit.NonNil(c.Removed))
		b.Queue(`INSERT INTO story_changes (doc_id, from_rev, to_rev, at, added, removed) VALUES ($1, $2, $3, $4, $5, $6)
			ON CONFLICT (doc_id, to_rev) DO UPDATE SET from_rev = excluded.from_rev, at = excluded.at, added = excluded.added, removed = excluded.removed`,
			c.DocID, c.From, c.To, at, string(added), string(removed))
	}
	br := sendBatch(ctx, q, b)
	for i := 0; i < b.Len(); i++ {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return err
		}
	}
	return br.Close()
}

// sendBatch sends b on the pool or transaction q.
func sendBatch(ctx context.Context, q querier, b *pgx.Batch) pgx.BatchResults {
	return q.(interface {
		SendBatch(context.Context, *pgx.Batch) pgx.BatchResults
	}).SendBatch(ctx, b)
}

// replaceLinks deletes the links saved for an earlier revision of a
// document and returns the merged events it was in.
func replaceLinks(ctx context.Context, q querier, docID string) ([]string, error) {
	rows, err := q.Query(ctx, `SELECT cluster_id FROM story_members WHERE doc_id = $1`, docID)
	if err != nil {
		return nil, err
	}
	old, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, err
	}
	for _, s := range []string{`DELETE FROM story_bands WHERE doc_id = $1`, `DELETE FROM story_members WHERE doc_id = $1`, `DELETE FROM story_figures WHERE doc_id = $1`} {
		if _, err := q.Exec(ctx, s, docID); err != nil {
			return nil, err
		}
	}
	return old, nil
}

// latest is the set of latest revisions, for the cross-story queries.
const latest = `(SELECT r.* FROM revisions r JOIN documents d ON d.id = r.doc_id AND d.latest = r.revision)`

// Events lists merged events matching f, newest first.
func (s *Store) Events(ctx context.Context, f chronicle.EventFilter) ([]chronicle.EventCluster, error) {
	var w query
	if f.Type != "" {
		w.add(`c.type = ?`, strings.ToUpper(f.Type))
	}
	if f.Actor != "" {
		w.add(`(c.source_code LIKE ? OR c.target_code LIKE ? OR c.source_name ILIKE ? OR c.target_name ILIKE ?)`,
			likePrefix(f.Actor), likePrefix(f.Actor), "%"+f.Actor+"%", "%"+f.Actor+"%")
	}
	if f.Source != "" {
		w.add(`(c.source_code LIKE ? OR c.source_name ILIKE ?)`, likePrefix(f.Source), "%"+f.Source+"%")
	}
	if !f.Since.IsZero() {
		w.add(`c.date >= ?`, f.Since.String())
	}
	if !f.Until.IsZero() {
		w.add(`c.date <> '' AND c.date <= ?`, f.Until.String())
	}
	limit := ""
	if f.Limit > 0 && f.MinSources <= 1 {
		limit = fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	out, err := s.clusters(ctx, w.clause(), limit, w.args)
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
	out, err := s.clusters(ctx, `c.id = $1`, "", []any{id})
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	if len(out) == 0 {
		return nil, chronicle.Errorf(chronicle.ENOTFOUND, "merged event %q not found", id)
	}
	return &out[0], nil
}

// clusters loads the merged events selected by where, with their articles
// and figures. Ids order byte-wise, as in SQLite.
func (s *Store) clusters(ctx context.Context, where, limit string, args []any) ([]chronicle.EventCluster, error) {
	order := ` ORDER BY c.date COLLATE "C" DESC, c.id COLLATE "C"`
	rows, err := s.pool.Query(ctx, `SELECT `+clusterCols+` FROM story_clusters c WHERE `+where+order+limit, args...)
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
	sel := `SELECT c.id FROM story_clusters c WHERE ` + where + order + limit
	rows, err = s.pool.Query(ctx, `SELECT m.cluster_id, m.doc_id, m.event, m.reported_by, r.publisher, r.url, r.title, r.published, coalesce(a.copy_of, '')
		FROM story_members m JOIN `+latest+` r ON r.doc_id = m.doc_id LEFT JOIN story_articles a ON a.doc_id = m.doc_id
		WHERE m.cluster_id IN (`+sel+`) ORDER BY m.cluster_id COLLATE "C", r.published COLLATE "C", m.doc_id COLLATE "C"`, args...)
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
	rows, err = s.pool.Query(ctx, `SELECT f.cluster_id, f.doc_id, f.quantity, f.unit, f.publisher, f.speaker, f.text
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
	rows, err := s.pool.Query(ctx, `SELECT doc_id, from_rev, to_rev, at, added, removed FROM story_changes WHERE doc_id = $1 ORDER BY to_rev`, docID)
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
	where, args := "TRUE", []any{}
	if publisher != "" {
		where, args = "lower(r.publisher) = lower($1)", []any{publisher}
	}
	byPub := map[string]*chronicle.OutletProfile{}
	var order []string
	err := s.each(ctx, `SELECT r.publisher, count(*), coalesce(min(nullif(r.published, '')), ''), coalesce(max(nullif(r.published, '')), '')
		FROM `+latest+` r WHERE `+where+` GROUP BY r.publisher`, args, func(rows pgx.Rows) error {
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
		WHERE `+where+` AND f.technique = '' GROUP BY r.publisher, f.voice, lower(f.text), f.category
		ORDER BY count(*) DESC, lower(f.text) COLLATE "C"`, args, func(rows pgx.Rows) error {
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
	err = s.each(ctx, `SELECT r.publisher, coalesce(nullif(q.speaker_name, ''), nullif(q.speaker, ''), 'unnamed source') sp, q.speaker_code, count(*)
		FROM quotes q JOIN `+latest+` r ON r.id = q.rev_id WHERE `+where+`
		GROUP BY 1, 2, 3 ORDER BY count(*) DESC, coalesce(nullif(q.speaker_name, ''), nullif(q.speaker, ''), 'unnamed source') COLLATE "C"`, args, func(rows pgx.Rows) error {
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
	err = s.each(ctx, `SELECT r.publisher, e.type, count(*) FROM events e JOIN `+latest+` r ON r.id = e.rev_id WHERE `+where+` GROUP BY 1, 2`, args, func(rows pgx.Rows) error {
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
	err = s.each(ctx, `SELECT x.publisher, x.month, count(*),
		(SELECT count(*) FROM frames f JOIN `+latest+` r2 ON r2.id = f.rev_id WHERE r2.publisher = x.publisher
			AND substr(r2.published, 1, 7) = x.month AND f.voice = 'author' AND f.technique = '')
		FROM (SELECT r.publisher, substr(r.published, 1, 7) AS month FROM `+latest+` r WHERE `+where+` AND r.published <> '') x
		GROUP BY x.publisher, x.month ORDER BY x.month COLLATE "C"`, args, func(rows pgx.Rows) error {
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
func (s *Store) each(ctx context.Context, query string, args []any, fn func(pgx.Rows) error) error {
	rows, err := s.pool.Query(ctx, query, args...)
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
	name, code := "%"+f.Actor+"%", likePrefix(f.Actor)
	var out []chronicle.TimelineEntry
	err := s.each(ctx, `SELECT r.doc_id, r.publisher, r.url, r.published, q.content,
		coalesce(nullif(q.speaker_name, ''), q.speaker) FROM quotes q JOIN `+latest+` r ON r.id = q.rev_id
		WHERE q.speaker_name ILIKE $1 OR q.speaker ILIKE $1 OR q.speaker_code LIKE $2 ORDER BY q.id`, []any{name, code}, func(rows pgx.Rows) error {
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
		WHERE e.source_name ILIKE $1 OR e.source_code LIKE $2 ORDER BY r.id, e.seq`, []any{name, code}, func(rows pgx.Rows) error {
		var e chronicle.TimelineEntry
		var published, sname, scode, date string
		var record []byte
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
