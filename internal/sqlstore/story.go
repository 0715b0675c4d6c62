package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/story"
)

var (
	_ chronicle.StoryStore = (*Store)(nil)
	_ story.Serial         = (*Store)(nil)
	_ story.Backlog        = (*Store)(nil)
)

// Serially runs fn, a Linker's reads and save for one document, in one
// transaction while no other linking runs: in this process (a server linking
// what its API and its feed pollers store at once) by a mutex, and across
// processes by the dialect's lock.
//
// Linking reads the stored copies and merged events, decides, and saves; two
// linkers taking two reports of one happening at once would each find no
// merged event and found one each. With the lock the second waits, then
// reads (every statement after the lock) what the first committed and joins
// its merged event. A lock per cluster key would let unrelated events link in
// parallel, but the keys a document touches are known only after deciding,
// and linking takes milliseconds against the hundreds the analysis before it
// takes, so one lock costs little and is plainly correct. (Processes sharing
// one SQLite file are serialised by its write lock, taken at BEGIN.)
func (s *Store) Serially(ctx context.Context, fn func(story.Index) error) error {
	s.link.Lock()
	defer s.link.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("link: %w", err)
	}
	defer tx.Rollback()
	if s.d.Lock != "" {
		if err := s.exec(ctx, tx, s.d.Lock, linkLock); err != nil {
			return fmt.Errorf("link lock: %w", err)
		}
	}
	if err := fn(index{s, tx}); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("link: commit: %w", err)
	}
	return nil
}

// index is the story.Index over the database or one linking transaction.
type index struct {
	s *Store
	q querier
}

// Linked returns the revision of the document whose links were saved, 0
// when none were.
func (s *Store) Linked(ctx context.Context, docID string) (int, error) {
	return index{s, s.db}.Linked(ctx, docID)
}

// Similar returns the linked articles sharing an LSH band key with keys.
func (s *Store) Similar(ctx context.Context, keys []uint64) ([]story.Article, error) {
	return index{s, s.db}.Similar(ctx, keys)
}

// Candidates returns the merged events sharing one of q's keys and dated
// within its window, the most recently founded first.
func (s *Store) Candidates(ctx context.Context, q story.Query) ([]story.Cluster, error) {
	return index{s, s.db}.Candidates(ctx, q)
}

// Revision returns the record of one revision of a document.
func (s *Store) Revision(ctx context.Context, docID string, revision int) (*chronicle.Document, error) {
	return index{s, s.db}.Revision(ctx, docID, revision)
}

// SaveLinks saves what story.Linker decided for one document, in one
// linking transaction, replacing the links of its earlier revision.
func (s *Store) SaveLinks(ctx context.Context, l *story.Links) error {
	return s.Serially(ctx, func(idx story.Index) error { return idx.SaveLinks(ctx, l) })
}

// Unlinked lists the documents whose latest revision is stored but not
// linked (a process stopped between the two), in the order they were stored.
func (s *Store) Unlinked(ctx context.Context) ([]story.Pending, error) {
	var out []story.Pending
	err := s.each(ctx, s.db, `SELECT d.id, d.latest FROM documents d JOIN revisions r ON r.doc_id = d.id AND r.revision = d.latest
		LEFT JOIN story_articles a ON a.doc_id = d.id WHERE a.doc_id IS NULL OR a.revision < d.latest ORDER BY r.id`, nil, func(rows *sql.Rows) error {
		var p story.Pending
		err := rows.Scan(&p.DocID, &p.Revision)
		out = append(out, p)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("unlinked: %w", err)
	}
	return out, nil
}

// latest is the set of latest revisions, for the cross-story queries.
const latest = `(SELECT r.* FROM revisions r JOIN documents d ON d.id = r.doc_id AND d.latest = r.revision)`

func (x index) Linked(ctx context.Context, docID string) (int, error) {
	var rev int
	err := x.s.row(ctx, x.q, `SELECT revision FROM story_articles WHERE doc_id = ?`, docID).Scan(&rev)
	if errors.Is(err, sql.ErrNoRows) {
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
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = int64(k)
	}
	var out []story.Article
	err := x.s.each(ctx, x.q, `SELECT a.doc_id, a.revision, a.copy_of, a.similarity, a.signature FROM story_articles a
		WHERE a.doc_id IN (SELECT doc_id FROM story_bands WHERE key `+in(len(keys))+`) ORDER BY a.doc_id`+x.s.d.Bytewise, args, func(rows *sql.Rows) error {
		var a story.Article
		var sig []byte
		err := rows.Scan(&a.DocID, &a.Revision, &a.CopyOf, &a.Similarity, &sig)
		a.Signature = story.DecodeSignature(sig)
		out = append(out, a)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("similar articles: %w", err)
	}
	return out, nil
}

func (x index) Candidates(ctx context.Context, q story.Query) ([]story.Cluster, error) {
	if len(q.Keys) == 0 {
		return nil, nil
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	// Each key's newest merged events in the window, read along (key, seq)
	// so the read stops at the limit; the union's newest are the answer.
	// CROSS JOIN keeps SQLite from starting at the clusters' date index.
	// Only ids and versions are read here: the merged events themselves
	// come from the cache unless they changed since they were read.
	lo, hi := q.Date.AddDate(0, 0, -q.Window).Format("2006-01-02"), q.Date.AddDate(0, 0, q.Window).Format("2006-01-02")
	var args []any
	parts := make([]string, len(q.Keys))
	for i, k := range q.Keys {
		part := `SELECT d.id, d.version, k.seq FROM story_cluster_keys k CROSS JOIN story_clusters d WHERE d.id = k.cluster_id AND k.key = ?`
		args = append(args, k)
		if !q.Date.IsZero() {
			part += ` AND (d.date = '' OR d.date BETWEEN ? AND ?)`
			args = append(args, lo, hi)
		}
		parts[i] = `SELECT * FROM (` + part + ` ORDER BY k.seq DESC LIMIT ?) AS k` + strconv.Itoa(i)
		args = append(args, limit)
	}
	type hit struct {
		id           string
		version, seq int64
	}
	var hits []hit
	seen := map[string]bool{}
	err := x.s.each(ctx, x.q, strings.Join(parts, ` UNION ALL `), args, func(rows *sql.Rows) error {
		var h hit
		err := rows.Scan(&h.id, &h.version, &h.seq)
		if !seen[h.id] {
			seen[h.id] = true
			hits = append(hits, h)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("candidate events: %w", err)
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].seq > hits[j].seq })
	hits = hits[:min(len(hits), limit)]
	out := make([]story.Cluster, len(hits))
	found := make([]bool, len(hits))
	var missing []any
	at := map[string]int{}
	for i, h := range hits {
		if out[i], found[i] = x.s.cache.get(h.id, h.version); !found[i] {
			missing = append(missing, h.id)
			at[h.id] = i
		}
	}
	if len(missing) > 0 {
		err := x.s.each(ctx, x.q, `SELECT `+clusterCols+`, c.topic, c.version FROM story_clusters c WHERE c.id `+in(len(missing)), missing, func(rows *sql.Rows) error {
			var topic []byte
			var version int64
			ec, err := scanCluster(rows, &topic, &version)
			if err != nil {
				return err
			}
			c := story.Cluster{ID: ec.ID, Type: ec.Type, Date: ec.Date, Source: ec.Source, Target: ec.Target,
				Location: ec.Location, Topic: story.DecodeSignature(topic)}
			x.s.cache.put(c, version)
			i := at[c.ID]
			out[i], found[i] = c, true
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("candidate events: %w", err)
		}
	}
	kept := out[:0]
	for i, c := range out {
		if found[i] {
			kept = append(kept, c)
		}
	}
	return kept, nil
}

// clusterCache keeps the merged events Candidates read, each with the
// version it had: a merged event is read again only when its version
// changed (another process linked into it) or it was dropped. Linking a
// document reads up to the candidate limit of merged events for each of its
// events, mostly the same few hundred busy ones; reading and decoding them
// each time was most of the time of linking one article. At most
// maxCachedClusters are kept; when full, the cache starts again.
type clusterCache struct {
	mu sync.Mutex
	m  map[string]cachedCluster
}

type cachedCluster struct {
	version int64
	c       story.Cluster
}

const maxCachedClusters = 20_000

// get returns the cached merged event id at version, with its own actors.
func (cc *clusterCache) get(id string, version int64) (story.Cluster, bool) {
	cc.mu.Lock()
	e, ok := cc.m[id]
	cc.mu.Unlock()
	if !ok || e.version != version {
		return story.Cluster{}, false
	}
	c := e.c
	c.Source, c.Target = copyActor(c.Source), copyActor(c.Target)
	return c, true
}

func (cc *clusterCache) put(c story.Cluster, version int64) {
	c.Source, c.Target = copyActor(c.Source), copyActor(c.Target)
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if cc.m == nil || len(cc.m) >= maxCachedClusters {
		cc.m = map[string]cachedCluster{}
	}
	cc.m[c.ID] = cachedCluster{version, c}
}

func copyActor(a *chronicle.Actor) *chronicle.Actor {
	if a == nil {
		return nil
	}
	cp := *a
	return &cp
}

const clusterCols = `c.id, c.type, c.date, c.source_name, c.source_code, c.target_name, c.target_code, c.location`

func scanCluster(rows *sql.Rows, extra ...any) (chronicle.EventCluster, error) {
	var c chronicle.EventCluster
	var date, sn, sc, tn, tc string
	if err := rows.Scan(append([]any{&c.ID, &c.Type, &date, &sn, &sc, &tn, &tc, &c.Location}, extra...)...); err != nil {
		return c, err
	}
	c.Date, _ = chronicle.ParseDate(date)
	c.Source, c.Target = Actor(sn, sc), Actor(tn, tc)
	c.Articles, c.Figures = []chronicle.ClusterArticle{}, []chronicle.Figure{}
	return c, nil
}

func (x index) Revision(ctx context.Context, docID string, revision int) (*chronicle.Document, error) {
	var record []byte
	err := x.s.row(ctx, x.q, `SELECT record FROM revisions WHERE doc_id = ? AND revision = ?`, docID, revision).Scan(&record)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, chronicle.Errorf(chronicle.ENOTFOUND, "revision %d of %q not found", revision, docID)
	}
	if err != nil {
		return nil, fmt.Errorf("revision %d of %s: %w", revision, docID, err)
	}
	return decodeRecord(record)
}

// SaveLinks saves l in the linking transaction (Serially's); on the bare
// database it would not hold the link lock, so it is refused there.
func (x index) SaveLinks(ctx context.Context, l *story.Links) error {
	tx, ok := x.q.(*sql.Tx)
	if !ok {
		return errors.New("save links: no linking transaction")
	}
	if err := x.s.saveLinks(ctx, tx, l); err != nil {
		return fmt.Errorf("save links of %s: %w", l.Article.DocID, err)
	}
	return nil
}

// newVersion is a merged event's version after a write: a random number,
// never 0 (the version of rows written before versions existed), so that
// writers in other processes need no shared counter.
func newVersion() int64 {
	for {
		if v := rand.Int64(); v != 0 {
			return v
		}
	}
}

func (s *Store) saveLinks(ctx context.Context, tx *sql.Tx, l *story.Links) error {
	a := l.Article
	var old []any
	if l.Replaces {
		var err error
		if old, err = s.replaceLinks(ctx, tx, a.DocID); err != nil {
			return err
		}
	}
	if err := s.exec(ctx, tx, `INSERT INTO story_articles (doc_id, revision, copy_of, similarity, signature) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (doc_id) DO UPDATE SET revision = excluded.revision, copy_of = excluded.copy_of,
			similarity = excluded.similarity, signature = excluded.signature`,
		a.DocID, a.Revision, a.CopyOf, a.Similarity, story.EncodeSignature(a.Signature)); err != nil {
		return err
	}
	var rows [][]any
	for _, k := range a.Bands {
		rows = append(rows, []any{int64(k), a.DocID})
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO story_bands (key, doc_id)`, "", rows); err != nil {
		return err
	}
	// New merged events take the next creation numbers (linking is serial);
	// every key row carries its merged event's number, for Candidates.
	seqs := map[string]int64{}
	if len(l.New) > 0 {
		var top int64
		if err := s.row(ctx, tx, `SELECT coalesce(max(seq), 0) FROM story_clusters`).Scan(&top); err != nil {
			return err
		}
		for _, c := range l.New {
			top++
			seqs[c.ID] = top
		}
	}
	if len(l.Updated) > 0 {
		ids := make([]any, len(l.Updated))
		for i, c := range l.Updated {
			ids[i] = c.ID
		}
		err := s.each(ctx, tx, `SELECT id, seq FROM story_clusters WHERE id `+in(len(ids)), ids, func(rows *sql.Rows) error {
			var id string
			var seq int64
			err := rows.Scan(&id, &seq)
			seqs[id] = seq
			return err
		})
		if err != nil {
			return err
		}
	}
	for _, c := range l.New {
		sn, sc := ActorCols(c.Source)
		tn, tc := ActorCols(c.Target)
		if err := s.exec(ctx, tx, `INSERT INTO story_clusters (id, seq, version, type, date, source_name, source_code, target_name, target_code, location, topic)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, version = excluded.version, type = excluded.type, date = excluded.date,
				source_name = excluded.source_name, source_code = excluded.source_code, target_name = excluded.target_name,
				target_code = excluded.target_code, location = excluded.location, topic = excluded.topic`,
			c.ID, seqs[c.ID], newVersion(), c.Type, c.Date.String(), sn, sc, tn, tc, c.Location, story.EncodeSignature(c.Topic)); err != nil {
			return err
		}
	}
	for _, c := range l.Updated {
		sn, sc := ActorCols(c.Source)
		tn, tc := ActorCols(c.Target)
		if err := s.exec(ctx, tx, `UPDATE story_clusters SET version = ?, date = ?, source_name = ?, source_code = ?, target_name = ?, target_code = ?, location = ? WHERE id = ?`,
			newVersion(), c.Date.String(), sn, sc, tn, tc, c.Location, c.ID); err != nil {
			return err
		}
	}
	rows = rows[:0]
	keyed := map[[2]string]bool{} // PostgreSQL refuses one row updated twice
	for _, c := range append(append([]story.Cluster{}, l.New...), l.Updated...) {
		for _, k := range c.Keys {
			if !keyed[[2]string{k, c.ID}] {
				keyed[[2]string{k, c.ID}] = true
				rows = append(rows, []any{k, c.ID, seqs[c.ID]})
			}
		}
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO story_cluster_keys (key, cluster_id, seq)`, ` ON CONFLICT (key, cluster_id) DO UPDATE SET seq = excluded.seq`, rows); err != nil {
		return err
	}
	rows = rows[:0]
	var figs [][]any
	for _, m := range l.Members {
		denied := 0
		if m.Denied {
			denied = 1
		}
		rows = append(rows, []any{m.Cluster, a.DocID, m.Event, m.ReportedBy, denied})
		for _, f := range m.Figures {
			figs = append(figs, []any{m.Cluster, a.DocID, f.Quantity, f.Unit, f.Publisher, f.Speaker, f.Text})
		}
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO story_members (cluster_id, doc_id, event, reported_by, denied)`, ` ON CONFLICT DO NOTHING`, rows); err != nil {
		return err
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO story_figures (cluster_id, doc_id, quantity, unit, publisher, speaker, text)`, "", figs); err != nil {
		return err
	}
	// A merged event that its only report left on revision is gone.
	if len(old) > 0 {
		if err := s.exec(ctx, tx, `DELETE FROM story_clusters WHERE id `+in(len(old))+`
			AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.cluster_id = story_clusters.id)`, old...); err != nil {
			return err
		}
	}
	if c := l.Change; c != nil {
		at := c.At
		if at == "" {
			var stored timeValue
			if err := s.row(ctx, tx, `SELECT stored_at FROM revisions WHERE doc_id = ? AND revision = ?`, c.DocID, c.To).Scan(&stored); err == nil && !stored.IsZero() {
				at = stored.UTC().Format(time.RFC3339)
			}
		}
		added, _ := json.Marshal(NonNil(c.Added))
		removed, _ := json.Marshal(NonNil(c.Removed))
		if err := s.exec(ctx, tx, `INSERT INTO story_changes (doc_id, from_rev, to_rev, at, added, removed) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (doc_id, to_rev) DO UPDATE SET from_rev = excluded.from_rev, at = excluded.at, added = excluded.added, removed = excluded.removed`,
			c.DocID, c.From, c.To, at, string(added), string(removed)); err != nil {
			return err
		}
	}
	return nil
}

// replaceLinks deletes the links saved for an earlier revision of a
// document and returns the merged events it was in.
func (s *Store) replaceLinks(ctx context.Context, tx *sql.Tx, docID string) ([]any, error) {
	var old []any
	err := s.each(ctx, tx, `SELECT cluster_id FROM story_members WHERE doc_id = ?`, []any{docID}, func(rows *sql.Rows) error {
		var id string
		err := rows.Scan(&id)
		old = append(old, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	for _, q := range []string{`DELETE FROM story_bands WHERE doc_id = ?`, `DELETE FROM story_members WHERE doc_id = ?`, `DELETE FROM story_figures WHERE doc_id = ?`} {
		if err := s.exec(ctx, tx, q, docID); err != nil {
			return nil, err
		}
	}
	return old, nil
}

// Events lists merged events matching f, newest first.
func (s *Store) Events(ctx context.Context, f chronicle.EventFilter) ([]chronicle.EventCluster, error) {
	var w where
	if f.Type != "" {
		w.add(`c.type = ?`, strings.ToUpper(f.Type))
	}
	like := s.d.ILike
	if f.Actor != "" {
		w.add(`(c.source_code LIKE ? ESCAPE '\' OR c.target_code LIKE ? ESCAPE '\' OR c.source_name `+like+` ? OR c.target_name `+like+` ?)`,
			LikePrefix(f.Actor), LikePrefix(f.Actor), "%"+f.Actor+"%", "%"+f.Actor+"%")
	}
	if f.Source != "" {
		w.add(`(c.source_code LIKE ? ESCAPE '\' OR c.source_name `+like+` ?)`, LikePrefix(f.Source), "%"+f.Source+"%")
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
	out, err := s.clusters(ctx, w.String(), limit, w.args)
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
// and figures. Ids order byte-wise on every dialect.
func (s *Store) clusters(ctx context.Context, where, limit string, args []any) ([]chronicle.EventCluster, error) {
	bw := s.d.Bytewise
	sel := s.clusterQuery("c.id", where, limit)
	var out []chronicle.EventCluster
	index := map[string]int{}
	err := s.each(ctx, s.db, s.clusterQuery(clusterCols, where, limit), args, func(rows *sql.Rows) error {
		c, err := scanCluster(rows)
		index[c.ID] = len(out)
		out = append(out, c)
		return err
	})
	if err != nil || len(out) == 0 {
		return out, err
	}
	err = s.each(ctx, s.db, `SELECT m.cluster_id, m.doc_id, m.event, m.reported_by, m.denied, r.publisher, r.url, r.title, r.published, coalesce(a.copy_of, '')
		FROM story_members m JOIN `+latest+` r ON r.doc_id = m.doc_id LEFT JOIN story_articles a ON a.doc_id = m.doc_id
		WHERE m.cluster_id IN (`+sel+`) ORDER BY m.cluster_id`+bw+`, r.published`+bw+`, m.doc_id`+bw, args, func(rows *sql.Rows) error {
		var id, published string
		var denied int
		var a chronicle.ClusterArticle
		if err := rows.Scan(&id, &a.DocID, &a.Event, &a.ReportedBy, &denied, &a.Publisher, &a.URL, &a.Title, &published, &a.CopyOf); err != nil {
			return err
		}
		a.Denied = denied != 0
		a.Published, _ = chronicle.ParseDate(published)
		c := &out[index[id]]
		c.Articles = append(c.Articles, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = s.each(ctx, s.db, `SELECT f.cluster_id, f.doc_id, f.quantity, f.unit, f.publisher, f.speaker, f.text
		FROM story_figures f WHERE f.cluster_id IN (`+sel+`) ORDER BY f.id`, args, func(rows *sql.Rows) error {
		var id string
		var f chronicle.Figure
		if err := rows.Scan(&id, &f.DocID, &f.Quantity, &f.Unit, &f.Publisher, &f.Speaker, &f.Text); err != nil {
			return err
		}
		c := &out[index[id]]
		c.Figures = append(c.Figures, f)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i := range out {
		story.Settle(&out[i])
	}
	return out, nil
}

// clusterQuery selects cols of the merged events of a list, newest first.
func (s *Store) clusterQuery(cols, where, limit string) string {
	bw := s.d.Bytewise
	return `SELECT ` + cols + ` FROM story_clusters c WHERE ` + where + ` ORDER BY c.date` + bw + ` DESC, c.id` + bw + limit
}

// Changes lists the revision changes of a document, oldest first.
func (s *Store) Changes(ctx context.Context, docID string) ([]chronicle.RevisionChange, error) {
	out := []chronicle.RevisionChange{}
	err := s.each(ctx, s.db, `SELECT doc_id, from_rev, to_rev, at, added, removed FROM story_changes WHERE doc_id = ? ORDER BY to_rev`,
		[]any{docID}, func(rows *sql.Rows) error {
			var c chronicle.RevisionChange
			var added, removed string
			if err := rows.Scan(&c.DocID, &c.From, &c.To, &c.At, &added, &removed); err != nil {
				return err
			}
			if err := json.Unmarshal([]byte(added), &c.Added); err != nil {
				return err
			}
			if err := json.Unmarshal([]byte(removed), &c.Removed); err != nil {
				return err
			}
			out = append(out, c)
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("changes %s: %w", docID, err)
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
		where, args = s.d.EqualFold("r.publisher"), []any{publisher}
	}
	queries := s.outletQueries(where)
	byPub := map[string]*chronicle.OutletProfile{}
	var order []string
	err := s.each(ctx, s.db, queries[0], args, func(rows *sql.Rows) error {
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
	// per runs one of the profile's queries, whose rows lead with the
	// publisher, scanning the rest of each row into cols before fn.
	var pub string
	per := func(what, query string, cols []any, fn func(p *chronicle.OutletProfile)) error {
		err := s.each(ctx, s.db, query, args, func(rows *sql.Rows) error {
			if err := rows.Scan(append([]any{&pub}, cols...)...); err != nil {
				return err
			}
			if p := byPub[pub]; p != nil {
				fn(p)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("outlets: %s: %w", what, err)
		}
		return nil
	}
	var voice string
	var term chronicle.TermCount
	if err := per("terms", queries[1], []any{&voice, &term.Term, &term.Category, &term.Count}, func(p *chronicle.OutletProfile) {
		if voice == chronicle.VoiceAuthor {
			p.AuthorTerms = append(p.AuthorTerms, term)
		} else {
			p.QuotedTerms = append(p.QuotedTerms, term)
		}
	}); err != nil {
		return nil, err
	}
	var sp chronicle.SpeakerCount
	if err := per("quoted", queries[2], []any{&sp.Speaker, &sp.Code, &sp.Count}, func(p *chronicle.OutletProfile) {
		p.Quoted = append(p.Quoted, sp)
		side := "unknown"
		if len(sp.Code) >= 3 {
			side = sp.Code[:3]
		}
		p.QuotedBySide[side] += sp.Count
	}); err != nil {
		return nil, err
	}
	var typ string
	var n int
	if err := per("events", queries[3], []any{&typ, &n}, func(p *chronicle.OutletProfile) { p.EventMix[typ] = n }); err != nil {
		return nil, err
	}
	var m chronicle.MonthCount
	if err := per("monthly", queries[4], []any{&m.Month, &m.Articles, &m.AuthorTerms}, func(p *chronicle.OutletProfile) {
		p.Monthly = append(p.Monthly, m)
	}); err != nil {
		return nil, err
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

// outletQueries are the queries of an outlet profile over the latest
// revisions r selected by where: articles and dates, loaded terms, whom it
// quotes, its event mix, and its months. Each reads narrow columns only.
func (s *Store) outletQueries(where string) []string {
	bw := s.d.Bytewise
	speaker := `coalesce(nullif(q.speaker_name, ''), nullif(q.speaker, ''), 'unnamed source')`
	return []string{
		`SELECT r.publisher, count(*), coalesce(min(nullif(r.published, '')), ''), coalesce(max(nullif(r.published, '')), '')
		FROM ` + latest + ` r WHERE ` + where + ` GROUP BY r.publisher`,
		`SELECT r.publisher, f.voice, lower(f.text), f.category, count(*) FROM frames f JOIN ` + latest + ` r ON r.id = f.rev_id
		WHERE ` + where + ` AND f.technique = '' GROUP BY r.publisher, f.voice, lower(f.text), f.category
		ORDER BY count(*) DESC, lower(f.text)` + bw,
		`SELECT r.publisher, ` + speaker + `, q.speaker_code, count(*)
		FROM quotes q JOIN ` + latest + ` r ON r.id = q.rev_id WHERE ` + where + `
		GROUP BY 1, 2, 3 ORDER BY count(*) DESC, ` + speaker + bw,
		`SELECT r.publisher, e.type, count(*) FROM events e JOIN ` + latest + ` r ON r.id = e.rev_id WHERE ` + where + ` GROUP BY 1, 2`,
		`SELECT x.publisher, x.month, count(*),
		(SELECT count(*) FROM frames f JOIN ` + latest + ` r2 ON r2.id = f.rev_id WHERE r2.publisher = x.publisher
			AND substr(r2.published, 1, 7) = x.month AND f.voice = 'author' AND f.technique = '')
		FROM (SELECT r.publisher, substr(r.published, 1, 7) AS month FROM ` + latest + ` r WHERE ` + where + ` AND r.published <> '') x
		GROUP BY x.publisher, x.month ORDER BY x.month` + bw,
	}
}

// Timeline lists what an actor said (its quotes) and did (the events it is
// the source of), in date order, each with its source article.
func (s *Store) Timeline(ctx context.Context, f chronicle.TimelineFilter) ([]chronicle.TimelineEntry, error) {
	if strings.TrimSpace(f.Actor) == "" {
		return nil, chronicle.Errorf(chronicle.EINVALID, "timeline: no actor given")
	}
	name, code, like := "%"+f.Actor+"%", LikePrefix(f.Actor), s.d.ILike
	var out []chronicle.TimelineEntry
	err := s.each(ctx, s.db, `SELECT r.doc_id, r.publisher, r.url, r.published, q.content,
		coalesce(nullif(q.speaker_name, ''), q.speaker) FROM quotes q JOIN `+latest+` r ON r.id = q.rev_id
		WHERE q.speaker_name `+like+` ? OR q.speaker `+like+` ? OR q.speaker_code LIKE ? ESCAPE '\' ORDER BY q.id`, []any{name, name, code}, func(rows *sql.Rows) error {
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
	err = s.each(ctx, s.db, `SELECT r.doc_id, r.publisher, r.url, r.published, e.type, e.source_name, e.source_code, e.date, coalesce(e.sentence, '')
		FROM events e JOIN `+latest+` r ON r.id = e.rev_id
		WHERE e.source_name `+like+` ? OR e.source_code LIKE ? ESCAPE '\' ORDER BY r.id, e.seq`, []any{name, code}, func(rows *sql.Rows) error {
		var e chronicle.TimelineEntry
		var published, sname, scode, date string
		if err := rows.Scan(&e.DocID, &e.Publisher, &e.URL, &published, &e.EventType, &sname, &scode, &date, &e.Text); err != nil {
			return err
		}
		e.Text = strings.TrimSpace(e.Text)
		e.Date, _ = chronicle.ParseDate(date)
		if e.Date.IsZero() {
			e.Date, _ = chronicle.ParseDate(published)
		}
		e.Kind, e.Actor = chronicle.EntryEvent, sname
		if e.Actor == "" {
			e.Actor = scode
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
