package story

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// Article is one stored article as copy detection sees it.
type Article struct {
	DocID     string
	Revision  int
	Publisher string
	URL       string
	Title     string
	Published chronicle.Date
	// CopyOf is the original this article repeats, "" for an original. It
	// always names an original, never another copy.
	CopyOf string
	// Similarity is the estimated Jaccard similarity to CopyOf.
	Similarity float64
	Signature  Signature
	// Bands are the LSH keys of Signature under which the article is found
	// by Similar; nil for a copy. Only originals are indexed, so that an
	// LSH bucket holds one entry per original however many near-copies of
	// it arrive, and linking a copy compares it with a bounded number of
	// articles instead of with every earlier copy.
	Bands []uint64
}

// Cluster is a merged event as the merge decision sees it: the fields of the
// event that founded it (filled in by later reports where it had none), the
// topic signature of its first report, and the index keys it is found by.
type Cluster struct {
	ID       string
	Type     string
	Date     chronicle.Date
	Source   *chronicle.Actor
	Target   *chronicle.Actor
	Location string
	// WeakPlace is set when Location is only the place the article opens
	// with (its dateline or lede), not one its event's sentence names: a
	// wire story filed in Bogota about an attack near the border. Another
	// place then does not speak against a merge. Not stored.
	WeakPlace bool
	// countries tells, for the places the report's article names (lower
	// case), the country each is in, and whether it is that country
	// itself; read from the article's entities when the cluster is made
	// from a report. Not stored.
	countries map[string]placeCountry
	// DayNamed is set when the report names the event's day ("on
	// Friday", "on March 20"), not when it is inferred or the
	// publication day. Not stored.
	DayNamed bool
	Topic    Signature
	Keys     []string
}

// Query asks an Index for the merged events an event could join: those
// sharing one of Keys (which carry the type's family), dated within Window days of Date (any date
// when Date is zero), the most recent first, at most Limit.
type Query struct {
	Keys   []string
	Date   chronicle.Date
	Window int
	Limit  int
}

// Member is one event of a document joining a merged event.
type Member struct {
	Cluster string
	// Event is the index of the event in the document's record.
	Event   int
	Figures []chronicle.Figure
	// ReportedBy names who reported the event in the document (its
	// Event.ReportedBy), "" for the outlet.
	ReportedBy string
	// Denied is true when the document tells the event only as a denial
	// (see denials).
	Denied bool
}

// Links is what Link decided for one revision of one document: the Index
// saves it in one go, replacing whatever was saved for the document before.
type Links struct {
	Article Article
	// New are the merged events the document founds; Updated are existing
	// ones whose missing fields or keys it fills.
	New     []Cluster
	Updated []Cluster
	Members []Member
	// Change is the difference from the previous revision, nil for a first
	// revision.
	Change *chronicle.RevisionChange
	// Replaces is true when links of an earlier revision were saved and are
	// to be replaced.
	Replaces bool
}

// Index is what the Linker needs from a store. The SQLite and PostgreSQL
// stores implement it; Memory is an in-memory one.
type Index interface {
	// Linked returns the revision of the document that was linked last, 0
	// when none was, so that linking is idempotent.
	Linked(ctx context.Context, docID string) (int, error)
	// Similar returns the stored articles that share at least one LSH band
	// key with keys.
	Similar(ctx context.Context, keys []uint64) ([]Article, error)
	// Candidates returns the merged events that match q.
	Candidates(ctx context.Context, q Query) ([]Cluster, error)
	// Revision returns the record of one stored revision of a document, or
	// an ENOTFOUND error.
	Revision(ctx context.Context, docID string, revision int) (*chronicle.Document, error)
	// SaveLinks saves l.
	SaveLinks(ctx context.Context, l *Links) error
}

// Serial is an Index that many linkers share at once (the PostgreSQL store
// with many workers). Link runs its reads and its save inside Serially, with
// the Index fn is given, so that linking is one atomic step: two reports of
// one happening linked at the same time cannot both miss the other's merged
// event and found one each.
type Serial interface {
	Index
	// Serially calls fn with an Index whose reads see every link saved
	// before, and whose SaveLinks is committed when fn returns nil, while no
	// other Serially call of the same store runs.
	Serially(ctx context.Context, fn func(Index) error) error
}

// Pending is a stored revision of a document that is not linked yet.
type Pending struct {
	DocID    string
	Revision int
}

// Backlog is an Index that knows what it stores but has not linked: a
// process killed between storing a document and linking it leaves it so,
// and a re-run that finds the document unchanged would never link it.
type Backlog interface {
	Index
	// Unlinked lists the documents whose latest stored revision is not
	// linked, in the order they were stored.
	Unlinked(ctx context.Context) ([]Pending, error)
}

// Options tune a Linker. Zero fields take the defaults.
type Options struct {
	// CopyThreshold is the estimated shingle similarity from which an
	// article is a copy of an earlier one (default 0.6).
	CopyThreshold float64
	// Window is how many days apart two reports of one event may date it
	// (default 3).
	Window int
	// Candidates caps the merged events compared with each event (default
	// 50).
	Candidates int
	// Merge is the merge decision's weights and thresholds (default
	// DefaultMergeRule; see MergeRule).
	Merge MergeRule
}

// Linker links articles, one at a time as they are stored, to the copies and
// merged events already in an Index.
type Linker struct {
	idx  Index
	opts Options
}

// NewLinker returns a Linker over idx.
func NewLinker(idx Index, opts Options) *Linker {
	if opts.CopyThreshold <= 0 {
		opts.CopyThreshold = 0.6
	}
	if opts.Window <= 0 {
		opts.Window = 3
	}
	if opts.Candidates <= 0 {
		opts.Candidates = 50
	}
	if opts.Merge == (MergeRule{}) {
		opts.Merge = DefaultMergeRule
	}
	return &Linker{idx: idx, opts: opts}
}

// Link links a stored document (doc.ID and doc.Revision as the store's Put
// set them) and saves the links. A revision linked before is left alone and
// Link returns nil links.
func (l *Linker) Link(ctx context.Context, doc *chronicle.Document) (*Links, error) {
	if doc.ID == "" {
		return nil, chronicle.Errorf(chronicle.EINVALID, "link: document has no id")
	}
	if s, ok := l.idx.(Serial); ok {
		var links *Links
		err := s.Serially(ctx, func(idx Index) error {
			var err error
			links, err = (&Linker{idx: idx, opts: l.opts}).link(ctx, doc)
			return err
		})
		if err != nil {
			return nil, err
		}
		return links, nil
	}
	return l.link(ctx, doc)
}

// Batch is how many documents a bulk link (ingest, Resume) gives LinkAll at
// once: large enough that the commit is a small share of linking, small
// enough that a crash leaves little for Resume.
const Batch = 64

// LinkAll links stored documents in order, as Link would one at a time,
// and returns each one's links and error. On a Serial index they share one
// Serially call, so a bulk ingest commits once a batch instead of once an
// article; each document still sees the links of those before it. When one
// fails, the batch is rolled back and each document is linked alone, so one
// bad document costs the others nothing. A batch cut short (a crash) leaves
// its documents unlinked, for Resume.
func (l *Linker) LinkAll(ctx context.Context, docs []*chronicle.Document) ([]*Links, []error) {
	links, errs := make([]*Links, len(docs)), make([]error, len(docs))
	s, ok := l.idx.(Serial)
	if ok && len(docs) > 1 && !slices.ContainsFunc(docs, func(d *chronicle.Document) bool { return d.ID == "" }) {
		err := s.Serially(ctx, func(idx Index) error {
			one := &Linker{idx: idx, opts: l.opts}
			for i, doc := range docs {
				var err error
				if links[i], err = one.link(ctx, doc); err != nil {
					return err
				}
			}
			return nil
		})
		if err == nil {
			return links, errs
		}
		clear(links)
	}
	for i, doc := range docs {
		links[i], errs[i] = l.Link(ctx, doc)
	}
	return links, errs
}

// Resume links every stored document the Index left unlinked (see
// Backlog), oldest first, and returns how many it linked. An Index that is
// no Backlog has nothing to resume. A document that fails to link does not
// stop the others; the first error is returned.
func (l *Linker) Resume(ctx context.Context) (int, error) {
	b, ok := l.idx.(Backlog)
	if !ok {
		return 0, nil
	}
	pending, err := b.Unlinked(ctx)
	if err != nil {
		return 0, err
	}
	n, first := 0, error(nil)
	note := func(id string, err error) {
		if err != nil && first == nil {
			first = fmt.Errorf("resume linking %s: %w", id, err)
		}
	}
	for len(pending) > 0 {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		var docs []*chronicle.Document
		for _, p := range pending[:min(Batch, len(pending))] {
			doc, err := b.Revision(ctx, p.DocID, p.Revision)
			if err != nil {
				note(p.DocID, err)
				continue
			}
			doc.ID, doc.Revision = p.DocID, p.Revision
			docs = append(docs, doc)
		}
		pending = pending[min(Batch, len(pending)):]
		links, errs := l.LinkAll(ctx, docs)
		for i, doc := range docs {
			if links[i] != nil {
				n++
			}
			note(doc.ID, errs[i])
		}
	}
	return n, first
}

func (l *Linker) link(ctx context.Context, doc *chronicle.Document) (*Links, error) {
	rev := max(doc.Revision, 1)
	linked, err := l.idx.Linked(ctx, doc.ID)
	if err != nil {
		return nil, fmt.Errorf("link %s: %w", doc.ID, err)
	}
	if linked >= rev {
		return nil, nil
	}
	links, err := l.decide(ctx, doc, rev)
	if err != nil {
		return nil, fmt.Errorf("link %s: %w", doc.ID, err)
	}
	links.Replaces = linked > 0
	if err := l.idx.SaveLinks(ctx, links); err != nil {
		return nil, fmt.Errorf("link %s: %w", doc.ID, err)
	}
	return links, nil
}

func (l *Linker) decide(ctx context.Context, doc *chronicle.Document, rev int) (*Links, error) {
	a := Article{
		DocID: doc.ID, Revision: rev, Publisher: doc.Publisher, URL: doc.URL, Title: doc.Title,
		Published: doc.Published,
	}
	all, content := wordHashes(doc.Text)
	a.Signature = copySignature(all)
	a.Bands = BandKeys(a.Signature)
	links := &Links{Article: a}
	if len(a.Bands) > 0 {
		similar, err := l.idx.Similar(ctx, a.Bands)
		if err != nil {
			return nil, err
		}
		if orig, sim := Original(a, similar, l.opts.CopyThreshold); orig != "" {
			links.Article.CopyOf, links.Article.Similarity = orig, sim
			links.Article.Bands = nil
		}
	}

	if rev > 1 {
		prev, err := l.idx.Revision(ctx, doc.ID, rev-1)
		if err != nil && chronicle.ErrorCode(err) != chronicle.ENOTFOUND {
			return nil, err
		}
		if prev != nil {
			added, removed := Diff(prev, doc)
			links.Change = &chronicle.RevisionChange{DocID: doc.ID, From: rev - 1, To: rev, Added: added, Removed: removed}
		}
	}

	_, title := wordHashes(doc.Title)
	topic := minhash(append(title, content...), TopicPerms)
	figures := FiguresByEvent(doc)
	joined := map[string]int{} // cluster id → index in links.Members
	updated := map[string]int{}
	// linkedAt is the sentences whose groups this document linked to each
	// merged event: Groups told the happenings of one sentence apart, so
	// another group of that sentence does not join them ("ordered custody
	// for a man who was detained on Saturday").
	linkedAt := map[string][]int{}
	stored := candidateCache{}
	for _, g := range Groups(doc) {
		at := doc.Events[g[0]].Sentence.ByteStart
		// Each event of the group is a view of the one happening; the group
		// joins the merged event that its best-fitting view fits best.
		var best *Cluster
		bestScore, bestEv := 0.0, g[0]
		views := make([]Cluster, len(g))
		var figs []chronicle.Figure
		for k, i := range g {
			e := EventCluster(doc, i)
			e.Topic = topic
			views[k] = e
			figs = appendNew(figs, figures[i])
			cands, err := stored.candidates(ctx, l, e)
			if err != nil {
				return nil, err
			}
			// The document's own new merged events and the ones it
			// updated are candidates too, as they stand after this
			// document.
			for j := range cands {
				if u, ok := updated[cands[j].ID]; ok {
					cands[j] = links.Updated[u]
				}
			}
			cands = append(cands, links.New...)
			cands = slices.DeleteFunc(cands, func(c Cluster) bool { return slices.Contains(linkedAt[c.ID], at) })
			if b, sc := l.opts.Merge.Best(e, cands, l.opts.Window); b != nil && (best == nil || sc > bestScore) {
				c := *b
				best, bestScore, bestEv = &c, sc, i
			}
		}
		if best == nil {
			e := views[0]
			for _, v := range views[1:] {
				e, _ = fill(e, v)
			}
			e.ID = clusterID(doc.ID, rev, g[0])
			linkedAt[e.ID] = append(linkedAt[e.ID], at)
			links.New = append(links.New, e)
			joined[e.ID] = len(links.Members)
			links.Members = append(links.Members, Member{Cluster: e.ID, Event: g[0], Figures: figs, ReportedBy: reportedBy(doc, g[0])})
			continue
		}
		linkedAt[best.ID] = append(linkedAt[best.ID], at)
		if k, ok := joined[best.ID]; ok {
			links.Members[k].Figures = appendNew(links.Members[k].Figures, figs)
		} else {
			joined[best.ID] = len(links.Members)
			links.Members = append(links.Members, Member{Cluster: best.ID, Event: bestEv, Figures: figs, ReportedBy: reportedBy(doc, bestEv)})
		}
		merged, changed := *best, false
		for _, v := range views {
			var c bool
			merged, c = fill(merged, v)
			changed = changed || c
		}
		if changed {
			if k := indexOf(links.New, best.ID); k >= 0 {
				links.New[k] = merged
			} else if k, ok := updated[best.ID]; ok {
				links.Updated[k] = merged
			} else {
				updated[best.ID] = len(links.Updated)
				links.Updated = append(links.Updated, merged)
			}
		}
	}
	if err := l.denials(ctx, doc, links, figures, joined, updated, stored); err != nil {
		return nil, err
	}
	return links, nil
}

// denials joins the document's denied events ("the RSF denied shelling
// the market in Omdurman") to the merged events they deny, as members marked
// Denied: a denial is a source on the happening, with the figures it gives,
// but it neither founds a merged event nor fills one's actors, type, place
// or date. A merged event the document reports affirmatively already keeps
// that membership.
func (l *Linker) denials(ctx context.Context, doc *chronicle.Document, links *Links, figures [][]chronicle.Figure, joined, updated map[string]int, stored candidateCache) error {
	for i, ev := range doc.Events {
		if !ev.Negated || ev.Type == "" {
			continue
		}
		e := EventCluster(doc, i)
		cands, err := stored.candidates(ctx, l, e)
		if err != nil {
			return err
		}
		for j := range cands {
			if u, ok := updated[cands[j].ID]; ok {
				cands[j] = links.Updated[u]
			}
		}
		cands = append(cands, links.New...)
		best, _ := l.opts.Merge.Best(e, cands, l.opts.Window)
		if best == nil {
			continue
		}
		if k, ok := joined[best.ID]; ok {
			links.Members[k].Figures = appendNew(links.Members[k].Figures, figures[i])
			continue
		}
		joined[best.ID] = len(links.Members)
		links.Members = append(links.Members, Member{Cluster: best.ID, Event: i, Figures: figures[i], ReportedBy: reportedBy(doc, i), Denied: true})
	}
	return nil
}

// candidateCache keeps the stored candidates of one document's linking by
// query: nothing is saved until the document is linked, so its events that
// share keys and a day share the answer (each caller gets its own copy).
type candidateCache map[string][]Cluster

func (c candidateCache) candidates(ctx context.Context, l *Linker, e Cluster) ([]Cluster, error) {
	key := strings.Join(e.Keys, "\x00") + "\x00" + e.Date.String()
	cands, ok := c[key]
	if !ok {
		var err error
		if cands, err = l.idx.Candidates(ctx, Query{Keys: e.Keys, Date: e.Date, Window: l.opts.Window, Limit: l.opts.Candidates}); err != nil {
			return nil, err
		}
		c[key] = cands
	}
	return slices.Clone(cands), nil
}

// reportedBy names who reported event i of doc, "" for the outlet.
func reportedBy(doc *chronicle.Document, i int) string {
	r := doc.Events[i].ReportedBy
	switch {
	case r == nil:
		return ""
	case r.Name != "":
		return r.Name
	}
	return r.Code
}

// Groups gathers the events of doc that tell of one happening: events of one
// sentence, of the same type family, whose actors, places and dates do not
// conflict ("a Russian attack on Kyiv killed nine people" is coded as an
// ASSAULT and a FIGHT, each knowing half the actors). Negated events and
// events without a type are left out. Groups and their events are in
// document order.
func Groups(doc *chronicle.Document) [][]int {
	var groups [][]int
	for i, ev := range doc.Events {
		if ev.Negated || ev.Type == "" {
			continue
		}
		joined := false
		for k, g := range groups {
			if compatible(doc, g, i) {
				groups[k] = append(g, i)
				joined = true
				break
			}
		}
		if !joined {
			groups = append(groups, []int{i})
		}
	}
	return groups
}

// compatible reports whether event i can join group g.
func compatible(doc *chronicle.Document, g []int, i int) bool {
	ev := doc.Events[i]
	for _, j := range g {
		o := doc.Events[j]
		if o.Sentence.ByteStart != ev.Sentence.ByteStart || o.Sentence.ByteEnd != ev.Sentence.ByteEnd || !compatibleTypes(o.Type, ev.Type) {
			return false
		}
		if _, ok := actorScore(actorOf(o.Source), actorOf(ev.Source)); !ok {
			return false
		}
		if _, ok := actorScore(actorOf(o.Target), actorOf(ev.Target)); !ok {
			return false
		}
		if o.Location != "" && ev.Location != "" && !samePlace(o.Location, ev.Location) {
			return false
		}
		if !o.Date.IsZero() && !ev.Date.IsZero() && !o.Date.Equal(ev.Date.Time) {
			return false // two days, two happenings
		}
	}
	return true
}

// Original picks, among the stored articles similar to a, the original that a
// is a near-duplicate of: the most similar one at or above threshold, ties
// going to the one stored under the smaller id. It returns the original's id
// (following a copy to its original) and the similarity, or "" when a is no
// copy.
func Original(a Article, similar []Article, threshold float64) (string, float64) {
	best, bestSim := "", 0.0
	for _, c := range similar {
		if c.DocID == a.DocID {
			continue
		}
		s := Similarity(a.Signature, c.Signature)
		if s < threshold {
			continue
		}
		orig := c.DocID
		if c.CopyOf != "" {
			orig = c.CopyOf
		}
		if orig == a.DocID {
			continue
		}
		if s > bestSim || s == bestSim && orig < best {
			best, bestSim = orig, s
		}
	}
	return best, bestSim
}

// EventCluster returns the merged-event view of event i of doc: its type,
// actors, place, its date (the publication day when the event has none) and
// its index keys.
func EventCluster(doc *chronicle.Document, i int) Cluster {
	ev := doc.Events[i]
	c := Cluster{Type: ev.Type, Date: ev.Date, Source: actorOf(ev.Source), Target: actorOf(ev.Target), Location: strings.TrimSpace(ev.Location)}
	if c.Location == "" && c.Target != nil && c.Target.Name != "" && !statementTypes[c.Type] &&
		!names(doc, "PER", c.Target.Name) && !names(doc, "ORG", c.Target.Name) && !names(doc, "MISC", c.Target.Name) &&
		(c.Target.Code == "" || strings.HasSuffix(c.Target.Code, "CVL") && names(doc, "LOC", c.Target.Name)) {
		// a target known by name only is a place the coder could not
		// code ("Wednesday's assault on El Fasher"); a place attacked
		// is coded as its civilians ("bombarded Uvira"), and is where
		// (not a body named, nor whom a statement is about: "blamed the
		// ADF" happened at no "ADF")
		c.Location = c.Target.Name
	}
	if c.Location == "" {
		c.Location, c.WeakPlace = placeNear(doc, ev.Sentence)
	}
	c.countries = placeCountries(doc)
	if ev.DateSpan != nil {
		c.DayNamed = namesDay(spanText(doc.Text, *ev.DateSpan)) && !reportDay(doc.Text, *ev.DateSpan)
	}
	if ev.DateSpan != nil && !dayPrecise(spanText(doc.Text, *ev.DateSpan)) {
		// "in 2004" or "last month" resolves to a day that means nothing:
		// two such events are not a few days apart.
		c.Date = chronicle.Date{}
	}
	if c.Date.IsZero() {
		c.Date = doc.Published
	}
	c.Keys = Keys(c)
	return c
}

// placeCountry is the country a place is in (a CAMEO country code) and
// whether the place is that country itself.
type placeCountry struct {
	code   string
	itself bool
}

// placeCountries reads the country of each place doc names from the actor
// its entity resolved to ("Tillaberi" → NER, "Niamey" → NER). A place is
// its country itself when its name and the actor's begin alike ("Niger",
// "Niger government"; "Russia", "Russian Federation"), as a city's
// ("Kyiv", "Ukrainian government") does not.
func placeCountries(doc *chronicle.Document) map[string]placeCountry {
	var out map[string]placeCountry
	for _, en := range doc.Entities {
		if en.Type != "LOC" || en.Actor == nil || len(en.Actor.Code) < 3 {
			continue
		}
		cc := strings.ToUpper(en.Actor.Code[:3])
		if !isLetters(cc) || cc == "IGO" || cc == "NGO" || cc == "IMG" {
			continue
		}
		name := strings.ToLower(spanText(doc.Text, en.Span))
		a := strings.ToLower(en.Actor.Name)
		itself := len(en.Actor.Code) == 3 || strings.HasSuffix(en.Actor.Code, "GOV")
		itself = itself && len(name) >= 4 && len(a) >= 4 && name[:4] == a[:4]
		if out == nil {
			out = map[string]placeCountry{}
		}
		if old, ok := out[name]; !ok || itself && !old.itself {
			out[name] = placeCountry{code: cc, itself: itself}
		}
		if len(en.Actor.Code) == 3 && !itself && len(a) >= 4 {
			// "Bridgetown" resolved to Barbados: the article places it
			// in that country, so a report naming only "Barbados" is
			// at the country's level beside it
			if _, ok := out[a]; !ok {
				out[a] = placeCountry{code: cc, itself: true}
			}
		}
	}
	return out
}

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return s != ""
}

// names reports whether doc names something of the entity type typ
// called name: a place ("LOC"), or a person ("PER": "the arrest of Tundu
// Lissu" has a target known by name that is no place).
func names(doc *chronicle.Document, typ, name string) bool {
	for _, en := range doc.Entities {
		if en.Type == typ && spanText(doc.Text, en.Span) == name {
			return true
		}
	}
	return false
}

// placeNear is the place an event without one happened at, as far as its
// report says: the first place named in its sentence that is not an actor
// (a country),
// else the first one of the article's opening sentence (its dateline or
// lede), else "".
func placeNear(doc *chronicle.Document, sentence chronicle.Span) (place string, opening bool) {
	first := chronicle.Span{}
	if len(doc.Sentences) > 0 {
		first = doc.Sentences[0].Span
	}
	for n, in := range []chronicle.Span{sentence, first} {
		if in.ByteEnd <= in.ByteStart {
			continue
		}
		for _, en := range doc.Entities {
			if en.Type != "LOC" || en.ByteStart < in.ByteStart || en.ByteEnd > in.ByteEnd {
				continue
			}
			if !placeWord(doc.Text[:en.ByteStart]) {
				continue // "across the Dnipro river", "on Telegram": no place of the event
			}
			if lineStart(doc.Text[:en.ByteStart]) && !datelinePlace(doc.Text, en.Span) {
				continue // "Thailand and Cambodia agreed …": an actor, not a dateline
			}
			if en.Actor != nil && len(en.Actor.Code) > 3 {
				continue // a country or capital acting ("Ukraine said", "Moscow"): too wide, or no place
			}
			// the opening sentence's place, or a dateline's in the event's
			// own sentence, is where the story was filed from
			return withContainer(doc, en), n == 1 || datelinePlace(doc.Text, en.Span)
		}
	}
	return "", false
}

// withContainer is the name of place en with the wider place the text puts
// it in right after it ("the town of Suarez, in Cauca" is "Suarez, Cauca"),
// so that a report naming either one agrees on the place (see samePlace).
func withContainer(doc *chronicle.Document, en chronicle.Entity) string {
	name := spanText(doc.Text, en.Span)
	rest := strings.TrimLeft(doc.Text[en.ByteEnd:], " ")
	rest = strings.TrimLeft(strings.TrimPrefix(rest, ","), " ")
	if !strings.HasPrefix(rest, "in ") {
		return name
	}
	rest = strings.TrimPrefix(strings.TrimLeft(rest[3:], " "), "the ")
	at := len(doc.Text) - len(rest)
	for _, o := range doc.Entities {
		if o.Type == "LOC" && o.ByteStart == at {
			return name + ", " + spanText(doc.Text, o.Span)
		}
	}
	return name
}

// datelinePlace reports whether the place at sp opens a line and is
// followed by a comma or a dash, as a wire dateline's ("BOGOTA, Feb 10 -").
func datelinePlace(text string, sp chronicle.Span) bool {
	before := strings.TrimRight(text[:sp.ByteStart], " ")
	if before != "" && !strings.HasSuffix(before, "\n") {
		return false
	}
	after := strings.TrimLeft(text[sp.ByteEnd:], " ")
	return strings.HasPrefix(after, ",") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–")
}

// placeWord reports whether the text before a place name makes it where
// something happened: "in", "at", "near", "outside", "of" ("the city of
// Kherson"), or the start of the text or of a dateline.
// lineStart reports whether nothing but spaces stands between the last
// line break of before (or its start) and its end.
func lineStart(before string) bool {
	before = strings.TrimRight(before, " ")
	return before == "" || strings.HasSuffix(before, "\n")
}

func placeWord(before string) bool {
	before = strings.TrimRight(before, " ")
	if before == "" || strings.HasSuffix(before, "\n") {
		return true
	}
	i := strings.LastIndexAny(before, " \n")
	switch strings.ToLower(before[i+1:]) {
	case "in", "at", "near", "outside", "of":
		return true
	}
	return false
}

// dayPrecise reports whether date evidence names a day ("on Tuesday",
// "April 25", "yesterday", "2025-04-25") rather than a month or a year ("in
// 2004", "last month", "in March"). Evidence it cannot read counts as a day.
func dayPrecise(evidence string) bool {
	ts := tokens(evidence)
	if len(ts) == 0 {
		return true
	}
	month, day, year := false, false, false
	for _, t := range ts {
		switch {
		case dayWords[t.s]:
			return true
		case monthNames[t.s]:
			month = true
		case isDigit(t.s[0]) && len(t.s) <= 2:
			day = true
		case isDigit(t.s[0]) && len(t.s) == 4:
			year = true
		case t.s == "month" || t.s == "year" || t.s == "years" || t.s == "months" || t.s == "decade" || t.s == "century":
			return false
		}
	}
	return day && (month || year) || !month && !year
}

// namesDay reports whether date evidence names a day: a weekday, or a day
// of a month ("on Friday", "March 20"), not "overnight" or "last week".
func namesDay(evidence string) bool {
	month, day := false, false
	for _, t := range tokens(evidence) {
		switch {
		case weekdayWords[t.s]:
			return true
		case monthNames[t.s]:
			month = true
		case isDigit(t.s[0]) && len(t.s) <= 2:
			day = true
		}
	}
	return month && day
}

// reportDay reports whether the date at span is the day of a report rather
// than of what it reports: after a verb of saying or denying ("Houthi media
// said on Saturday", "denied on Sunday") or in a wire dateline ("SANAA,
// April 19 -"), whose day a toll or a denial may well follow by days.
func reportDay(text string, span chronicle.Span) bool {
	if span.ByteStart < 0 || span.ByteStart > len(text) {
		return false
	}
	before := strings.ToLower(text[max(0, span.ByteStart-24):span.ByteStart])
	before = strings.TrimSuffix(strings.TrimSpace(before), " on")
	for _, v := range []string{"said", "says", "denied", "told", "reported", "announced", "added", "confirmed", "stated", "claimed", "insisted"} {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	line := text[:span.ByteStart]
	if i := strings.LastIndexByte(line, '\n'); i >= 0 {
		line = line[i+1:]
	}
	// "SANAA, April 19 - ": a place and a comma open the line
	return strings.HasSuffix(line, ", ") && len(strings.Fields(line)) <= 4 && !strings.ContainsAny(line, ".;") &&
		(strings.HasPrefix(text[span.ByteEnd:], " - ") || strings.HasPrefix(text[span.ByteEnd:], " – ") || strings.HasPrefix(text[span.ByteEnd:], " ("))
}

var weekdayWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

var dayWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "tonight": true, "overnight": true,
	"day": true, "morning": true, "evening": true, "night": true, "afternoon": true, "tomorrow": true}

var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true}

func actorOf(a *chronicle.Actor) *chronicle.Actor {
	if a == nil || a.Name == "" && a.Code == "" {
		return nil
	}
	cp := *a
	return &cp
}

// Keys are the index keys of a merged event: each family of its type with
// the country of each actor and with each word of its place, or with "*"
// when it has neither.
func Keys(c Cluster) []string {
	var keys []string
	add := func(k string) {
		for _, f := range families(c.Type) {
			k := f + "|" + k
			if !contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	for _, a := range []*chronicle.Actor{c.Source, c.Target} {
		if cc := country(a); cc != "" {
			add(cc)
		}
		if a != nil && properName(a.Name) {
			// "Tuesday's arrest of Tundu Lissu", told by a report that
			// codes no country for him, finds the arrest by his name
			add("=" + strings.ToLower(a.Name))
		}
	}
	if c.Location != "" {
		// one key a word, so that "Odesa" finds "the port of Odesa"
		for _, w := range placeWords(c.Location) {
			add("@" + w)
		}
	}
	if len(keys) == 0 {
		add("*")
	}
	sort.Strings(keys)
	return keys
}

// properName reports whether an actor's name is a proper name of two to
// four words, each capitalised ("Tundu Lissu"), not a group named by its
// country ("Tanzanian government").
func properName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// country is the country part of an actor code (its first three letters),
// or "" when the actor has no code.
func country(a *chronicle.Actor) string {
	if a == nil || len(a.Code) < 3 {
		return ""
	}
	return strings.ToUpper(a.Code[:3])
}

// fill completes c with what e knows and c does not: actors, place, date and
// index keys. It reports whether anything changed.
func fill(c, e Cluster) (Cluster, bool) {
	changed := false
	src, tgt := e.Source, e.Target
	if policing(c.Type) && e.Type == "PROTEST" {
		// a protest's protesters are its policing's target; what they
		// protested against ("the suspension of EU accession talks") is
		// no actor of the policing
		src, tgt = nil, e.Source
	} else if c.Type == "PROTEST" && policing(e.Type) {
		src, tgt = e.Target, nil
	}
	if symmetric[family(c.Type)] && c.Target == nil && src != nil && tgt != nil && c.Source != nil && country(tgt) == country(c.Source) && country(src) != country(c.Source) {
		// "Pakistan and India agreed" joining "India … agreed": each
		// side named first by its own report; the other side is the
		// missing one
		src, tgt = tgt, src
	}
	if c.Source == nil && src != nil {
		c.Source, changed = src, true
	}
	if c.Target == nil && tgt != nil {
		c.Target, changed = tgt, true
	}
	if c.Location == "" && e.Location != "" {
		c.Location, changed = e.Location, true
	} else if e.Location != "" && !e.WeakPlace && e.countries[strings.ToLower(c.Location)].itself && !e.countries[strings.ToLower(e.Location)].itself {
		// a merged event placed only in a country ("in northwest
		// Pakistan") takes the place in it a report names ("Bannu"),
		// not a report's dateline ("SANAA -"), which says where the
		// report was filed
		c.Location, changed = e.Location, true
	}
	if c.Date.IsZero() && !e.Date.IsZero() {
		c.Date, changed = e.Date, true
	}
	if changed {
		keys := append([]string{}, c.Keys...)
		for _, k := range Keys(c) {
			if !contains(keys, k) {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		c.Keys = keys
	}
	return c, changed
}

// policing reports whether an event type is what the policing of a protest
// is coded as: arrests (COERCE) or force (ASSAULT).
func policing(typ string) bool { return typ == "COERCE" || typ == "ASSAULT" }

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func indexOf(cs []Cluster, id string) int {
	for i, c := range cs {
		if c.ID == id {
			return i
		}
	}
	return -1
}

// clusterID names the merged event founded by event i of revision rev of
// document docID: stable, so that the same input gives the same ids.
func clusterID(docID string, rev, i int) string {
	key := fmt.Sprintf("%s#%d", docID, i)
	if rev > 1 {
		key = fmt.Sprintf("%s@%d#%d", docID, rev, i)
	}
	sum := sha1.Sum([]byte(key))
	return "ev-" + hex.EncodeToString(sum[:6])
}

// appendNew appends the figures of add that figs lacks.
func appendNew(figs, add []chronicle.Figure) []chronicle.Figure {
	for _, f := range add {
		dup := false
		for _, g := range figs {
			if g.Quantity == f.Quantity && g.Unit == f.Unit && g.Speaker == f.Speaker {
				dup = true
				break
			}
		}
		if !dup {
			figs = append(figs, f)
		}
	}
	return figs
}
