package story

import (
	"context"
	"sort"
	"sync"

	"github.com/chronicle-news/chronicle"
)

// Memory is an in-memory Index, for tests and for measuring the linking on
// its own. It keeps every revision it is given through Remember.
type Memory struct {
	mu        sync.Mutex
	articles  map[string]Article
	bands     map[uint64][]string
	clusters  map[string]*Cluster
	byKey     map[string][]string
	members   map[string][]docMember // by cluster id
	memberOf  map[string][]string    // doc id → cluster ids
	revisions map[string]map[int]*chronicle.Document
	changes   map[string][]chronicle.RevisionChange
	seq       map[string]int // cluster id → creation order, for "most recent first"
	stored    []string       // doc ids in the order first remembered
}

type docMember struct {
	doc string
	Member
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory {
	return &Memory{
		articles: map[string]Article{}, bands: map[uint64][]string{}, clusters: map[string]*Cluster{},
		byKey: map[string][]string{}, members: map[string][]docMember{}, memberOf: map[string][]string{},
		revisions: map[string]map[int]*chronicle.Document{}, changes: map[string][]chronicle.RevisionChange{},
		seq: map[string]int{},
	}
}

// Remember keeps doc as revision doc.Revision of its id, for Revision.
func (m *Memory) Remember(doc *chronicle.Document) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.revisions[doc.ID] == nil {
		m.revisions[doc.ID] = map[int]*chronicle.Document{}
		m.stored = append(m.stored, doc.ID)
	}
	m.revisions[doc.ID][max(doc.Revision, 1)] = doc
}

// Linked implements Index.
func (m *Memory) Linked(_ context.Context, id string) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.articles[id].Revision, nil
}

// Unlinked implements Backlog: the remembered documents whose latest
// revision is not linked.
func (m *Memory) Unlinked(_ context.Context) ([]Pending, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Pending
	for _, id := range m.stored {
		latest := 0
		for rev := range m.revisions[id] {
			latest = max(latest, rev)
		}
		if m.articles[id].Revision < latest {
			out = append(out, Pending{DocID: id, Revision: latest})
		}
	}
	return out, nil
}

// Similar implements Index.
func (m *Memory) Similar(_ context.Context, keys []uint64) ([]Article, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	seen := map[string]bool{}
	var out []Article
	for _, k := range keys {
		for _, id := range m.bands[k] {
			if !seen[id] {
				seen[id] = true
				out = append(out, m.articles[id])
			}
		}
	}
	return out, nil
}

// Candidates implements Index.
func (m *Memory) Candidates(_ context.Context, q Query) ([]Cluster, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	seen := map[string]bool{}
	var out []Cluster
	for _, k := range q.Keys {
		for _, id := range m.byKey[k] {
			c := m.clusters[id]
			if seen[id] || c == nil {
				continue
			}
			if !q.Date.IsZero() && !c.Date.IsZero() {
				d := c.Date.Sub(q.Date.Time).Hours() / 24
				if d > float64(q.Window) || d < -float64(q.Window) {
					continue
				}
			}
			seen[id] = true
			out = append(out, *c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return m.seq[out[i].ID] > m.seq[out[j].ID] })
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out, nil
}

// Revision implements Index.
func (m *Memory) Revision(_ context.Context, id string, rev int) (*chronicle.Document, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if d := m.revisions[id][rev]; d != nil {
		return d, nil
	}
	return nil, chronicle.Errorf(chronicle.ENOTFOUND, "revision %d of %q not found", rev, id)
}

// SaveLinks implements Index.
func (m *Memory) SaveLinks(_ context.Context, l *Links) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	id := l.Article.DocID
	if old, ok := m.articles[id]; ok {
		for _, k := range old.Bands {
			m.bands[k] = remove(m.bands[k], id)
		}
		for _, cid := range m.memberOf[id] {
			ms := m.members[cid][:0]
			for _, x := range m.members[cid] {
				if x.doc != id {
					ms = append(ms, x)
				}
			}
			m.members[cid] = ms
		}
		delete(m.memberOf, id)
	}
	m.articles[id] = l.Article
	for _, k := range l.Article.Bands {
		m.bands[k] = append(m.bands[k], id)
	}
	for _, c := range append(append([]Cluster{}, l.New...), l.Updated...) {
		cp := c
		if _, ok := m.clusters[c.ID]; !ok {
			m.seq[c.ID] = len(m.seq)
		}
		m.clusters[c.ID] = &cp
		for _, k := range c.Keys {
			if !contains(m.byKey[k], c.ID) {
				m.byKey[k] = append(m.byKey[k], c.ID)
			}
		}
	}
	for _, mb := range l.Members {
		m.members[mb.Cluster] = append(m.members[mb.Cluster], docMember{id, mb})
		m.memberOf[id] = append(m.memberOf[id], mb.Cluster)
	}
	if l.Change != nil {
		m.changes[id] = append(m.changes[id], *l.Change)
	}
	return nil
}

// MemberDocs returns, for each merged event, the ids of the documents that
// joined it, in the order they joined; articles that repeat another are
// kept, as their Article.CopyOf says.
func (m *Memory) MemberDocs() map[string][]string {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string][]string{}
	for doc, cids := range m.memberOf {
		for _, cid := range cids {
			out[cid] = append(out[cid], doc)
		}
	}
	for _, ds := range out {
		sort.Strings(ds)
	}
	return out
}

// Cluster returns a merged event by id.
func (m *Memory) Cluster(id string) (Cluster, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.clusters[id]
	if !ok {
		return Cluster{}, false
	}
	return *c, true
}

// Article returns the copy-detection entry of a document.
func (m *Memory) Article(id string) (Article, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	a, ok := m.articles[id]
	return a, ok
}

// Changes returns the revision changes saved for a document.
func (m *Memory) Changes(id string) []chronicle.RevisionChange {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]chronicle.RevisionChange(nil), m.changes[id]...)
}

func remove(xs []string, x string) []string {
	out := xs[:0]
	for _, y := range xs {
		if y != x {
			out = append(out, y)
		}
	}
	return out
}
