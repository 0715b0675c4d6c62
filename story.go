package chronicle

import (
	"context"
	"strings"
)

// StoryStore is the cross-story side of a store: events merged across
// articles, outlet framing profiles, actor timelines and revision changes.
// The SQLite and PostgreSQL stores implement it; the story package fills it as articles
// arrive.
type StoryStore interface {
	// Events lists merged events matching f, newest first.
	Events(ctx context.Context, f EventFilter) ([]EventCluster, error)
	// EventCluster returns one merged event by id, or ENOTFOUND.
	EventCluster(ctx context.Context, id string) (*EventCluster, error)
	// Outlets returns the framing profile of every publisher (or of the one
	// named), by article count.
	Outlets(ctx context.Context, publisher string) ([]OutletProfile, error)
	// Timeline lists what an actor said (quotes) and did (events), in date
	// order, each with its source article.
	Timeline(ctx context.Context, f TimelineFilter) ([]TimelineEntry, error)
	// Changes lists what changed in a document's extracted records from one
	// revision to the next.
	Changes(ctx context.Context, docID string) ([]RevisionChange, error)
}

// EventCluster is one real-world event as reported by one or more articles.
type EventCluster struct {
	ID       string           `json:"event_id"`
	Type     string           `json:"type"`
	Date     Date             `json:"date"`
	Source   *Actor           `json:"source"`
	Target   *Actor           `json:"target"`
	Location string           `json:"location,omitempty"`
	Articles []ClusterArticle `json:"articles"`
	// Figures lists every figure any source gave for the event, never
	// averaged: conflicting numbers stand side by side.
	Figures []Figure `json:"figures"`
	// Independent counts the sources that report the event on their own:
	// articles that are not syndicated copies of another.
	Independent int `json:"independent_sources"`
	// Conflicts lists the kinds of figure (killed, injured, …) for which
	// sources gave different numbers: 14 killed against 17 killed conflict,
	// 14 killed against 23 injured do not.
	Conflicts []string `json:"conflicts,omitempty"`
}

// ConflictingKinds returns, in order of first appearance, the kinds of
// figure among figs that are given with different numbers. Figures without a
// kind are never compared.
func ConflictingKinds(figs []Figure) []string {
	first := map[string]float64{}
	var out []string
	for _, f := range figs {
		k := f.Kind
		if k == "" {
			k = FigureKind(f.Unit)
		}
		if k == "" {
			continue
		}
		q, ok := first[k]
		if !ok {
			first[k] = f.Quantity
			continue
		}
		if q != f.Quantity {
			dup := false
			for _, x := range out {
				dup = dup || x == k
			}
			if !dup {
				out = append(out, k)
			}
		}
	}
	return out
}

// ClusterArticle is one article's report of a merged event.
type ClusterArticle struct {
	DocID     string `json:"doc_id"`
	Publisher string `json:"publisher"`
	URL       string `json:"url"`
	Title     string `json:"title,omitempty"`
	Published Date   `json:"published,omitempty"`
	// CopyOf names the article this one repeats (a syndicated copy), "" for
	// an independent report.
	CopyOf string `json:"copy_of"`
	// Event is the index of the event in the article's record.
	Event int `json:"event"`
	// ReportedBy is who the article says reported the event (the speaker
	// whose words hold it), "" when the outlet reports it itself.
	ReportedBy string `json:"reported_by,omitempty"`
	// Denied is true when the article tells the event only as a denial
	// ("the RSF denied shelling the market"): a source that speaks to the
	// happening without affirming it, and gives it none of its actors.
	Denied bool `json:"denied,omitempty"`
}

// Figure is one number a source gave for an event.
type Figure struct {
	Quantity float64 `json:"quantity"`
	Unit     string  `json:"unit"`
	// Kind is what the figure counts (killed, injured, detained, displaced,
	// prisoners, missing, affected, duration: see Claim.Kind); figures
	// conflict only with figures of the same kind.
	Kind      string `json:"kind,omitempty"`
	DocID     string `json:"doc_id"`
	Publisher string `json:"publisher"`
	// Speaker is who stated it: a quoted speaker, or "" for the outlet.
	Speaker string `json:"speaker"`
	Text    string `json:"text,omitempty"`
}

// EventFilter selects merged events. Zero fields do not filter.
type EventFilter struct {
	Type string
	// Actor matches the source or target code prefix or name.
	Actor  string
	Source string
	Since  Date
	Until  Date
	Limit  int
	// MinSources keeps events reported by at least this many independent
	// sources.
	MinSources int
}

// OutletProfile is how one publisher tells the news.
type OutletProfile struct {
	Publisher string `json:"publisher"`
	Articles  int    `json:"articles"`
	Since     Date   `json:"since,omitempty"`
	Until     Date   `json:"until,omitempty"`
	// AuthorTerms are loaded terms in the outlet's own voice, most used first.
	AuthorTerms []TermCount `json:"author_terms"`
	// QuotedTerms are loaded terms that stand inside quotes it carries.
	QuotedTerms []TermCount `json:"quoted_terms"`
	// Quoted counts whom it quotes, by speaker and by actor country.
	Quoted       []SpeakerCount `json:"quoted"`
	QuotedBySide map[string]int `json:"quoted_by_side"`
	// EventMix counts the event types it reports.
	EventMix map[string]int `json:"event_mix"`
	// Monthly counts articles and author-voice loaded terms per month
	// (YYYY-MM), for the profile over time.
	Monthly []MonthCount `json:"monthly"`
}

// TermCount is a loaded term and how often it was used.
type TermCount struct {
	Term     string `json:"term"`
	Category string `json:"category"`
	Count    int    `json:"count"`
}

// SpeakerCount is a quoted speaker and how often it was quoted.
type SpeakerCount struct {
	Speaker string `json:"speaker"`
	Code    string `json:"code,omitempty"`
	Count   int    `json:"count"`
}

// MonthCount is one month of an outlet's profile.
type MonthCount struct {
	Month       string `json:"month"`
	Articles    int    `json:"articles"`
	AuthorTerms int    `json:"author_terms"`
}

// TimelineFilter selects an actor's timeline.
type TimelineFilter struct {
	// Actor is a name ("Lavrov") or a code prefix ("RUSGOV").
	Actor string
	// Topic keeps entries whose text contains these words.
	Topic string
	Since Date
	Until Date
	Limit int
}

// Timeline entry kinds.
const (
	EntryQuote = "quote"
	EntryEvent = "event"
)

// TimelineEntry is one thing an actor said or did, with its source.
type TimelineEntry struct {
	Date      Date   `json:"date"`
	Kind      string `json:"kind"`
	Actor     string `json:"actor"`
	Text      string `json:"text"`
	EventType string `json:"event_type,omitempty"`
	DocID     string `json:"doc_id"`
	Publisher string `json:"publisher"`
	URL       string `json:"url,omitempty"`
}

// RevisionChange is the difference in extracted records between two
// revisions of one document.
type RevisionChange struct {
	DocID string `json:"doc_id"`
	From  int    `json:"from"`
	To    int    `json:"to"`
	// At is when the newer revision was stored (RFC 3339).
	At      string   `json:"at"`
	Added   []string `json:"added"`
	Removed []string `json:"removed"`
}

// FigureKind reads the kind of a figure (Claim.Kind) back from its unit as
// this stage writes it ("people killed", "supporters detained", "prisoners",
// "soldiers freed", "households affected", "hours"), for figures stored
// without their kind; "" when the unit counts something else.
func FigureKind(unit string) string {
	u := strings.ToLower(strings.TrimSpace(unit))
	if u == "" || strings.Contains(u, " per ") {
		return ""
	}
	last := u[strings.LastIndexByte(u, ' ')+1:]
	switch {
	case last == "killed" || last == "dead":
		return "killed"
	case last == "injured" || last == "wounded":
		return "injured"
	case last == "detained" || last == "arrested":
		return "detained"
	case last == "displaced", last == "missing", last == "affected":
		return last
	case last == "freed" || last == "prisoners" || last == "captives" || last == "pows" || last == "hostages" || last == "detainees":
		return "prisoners"
	case last == "hours" || last == "days" || last == "minutes" || last == "weeks" || last == "hour":
		return "duration"
	}
	return ""
}

// areaNouns name an area of a country after its name ("the Amhara region",
// "Arauca province", "Depayin township").
var areaNouns = map[string]bool{"region": true, "province": true, "state": true, "district": true, "governorate": true,
	"oblast": true, "county": true, "prefecture": true, "department": true, "township": true, "municipality": true}

// AreaNoun reports whether a lower-case word names an area after a place's
// name. The entity stage reads it to type the name, the event stage to keep
// it in an event's location, and story to know an area from a town.
func AreaNoun(w string) bool { return areaNouns[w] }
