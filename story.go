package chronicle

import "context"

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
}

// Figure is one number a source gave for an event.
type Figure struct {
	Quantity  float64 `json:"quantity"`
	Unit      string  `json:"unit"`
	DocID     string  `json:"doc_id"`
	Publisher string  `json:"publisher"`
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
