package chronicle

import (
	"context"
	"time"
)

// Store keeps documents with every record layer. The SQLite store is the
// embedded default; a PostgreSQL store implements the same interface, and
// storetest holds the one suite both must pass.
type Store interface {
	// Put stores doc with its layers. It is idempotent by content hash: the
	// same text under the same id or URL is stored once (PutUnchanged); a
	// changed text at the same id or URL is a new revision (PutRevised), the
	// old ones kept. The same text under another id and URL is another
	// document (a copy, which cross-story analysis links). Put sets doc.ID
	// and doc.Revision to what it stored under.
	Put(ctx context.Context, doc *Document) (PutResult, error)
	// Unchanged reports whether doc's text is already the latest revision
	// under its id or URL, so that a re-run can skip analysing it.
	Unchanged(ctx context.Context, doc *Document) (bool, error)
	// Get returns the latest revision of the document with id, or an
	// ENOTFOUND error.
	Get(ctx context.Context, id string) (*Document, error)
	// Revisions lists every stored version of the document with id, oldest
	// first.
	Revisions(ctx context.Context, id string) ([]Revision, error)
	// Find lists the latest revisions of documents matching f, newest first,
	// a page at a time.
	Find(ctx context.Context, f DocumentFilter) (DocumentPage, error)
	// SearchQuotes finds quotes by full text and speaker.
	SearchQuotes(ctx context.Context, f QuoteFilter) ([]QuoteHit, error)
	// Count returns the number of distinct documents (not revisions).
	Count(ctx context.Context) (int, error)
	Close() error
}

// PutStatus says what Put did.
type PutStatus string

// Put outcomes.
const (
	PutCreated   PutStatus = "created"
	PutUnchanged PutStatus = "unchanged"
	PutRevised   PutStatus = "revised"
)

// PutResult reports the id and revision a Put stored under.
type PutResult struct {
	ID       string
	Revision int
	Status   PutStatus
}

// Revision is one stored version of a document.
type Revision struct {
	ID          string    `json:"doc_id"`
	Revision    int       `json:"revision"`
	ContentHash string    `json:"content_hash"`
	StoredAt    time.Time `json:"stored_at"`
	Title       string    `json:"title,omitempty"`
}

// DocumentFilter selects documents. Zero fields do not filter.
type DocumentFilter struct {
	// Text is a full-text query over title and text.
	Text      string
	Publisher string
	// Actor matches entity text, canonical actor name or code prefix
	// ("Lavrov", "RUSGOV", "RUS").
	Actor     string
	EventType string
	// Source is an actor code prefix on an event's source ("RUS" matches
	// RUSGOV and RUSMIL); with EventType both must hold for the same event.
	Source string
	Since  Date
	Until  Date
	// Limit caps the page size (the store picks a default when 0).
	Limit int
	// Cursor continues a previous page.
	Cursor string
}

// Lister is a Store that lists documents as summaries without reading their
// records: what an article list shows, at a cost that does not grow with
// the articles' size. The SQLite and PostgreSQL stores implement it.
type Lister interface {
	// Summaries lists what Find lists, a page at a time, as summaries.
	Summaries(ctx context.Context, f DocumentFilter) (SummaryPage, error)
}

// Summary is a document as a list shows it: its metadata and how many items
// each record layer holds.
type Summary struct {
	ID        string
	Revision  int
	Title     string
	URL       string
	Publisher string
	Published Date
	Entities  int
	Quotes    int
	Events    int
	Framing   int
}

// SummaryPage is one page of summaries and the cursor of the next page, ""
// after the last.
type SummaryPage struct {
	Summaries  []Summary
	NextCursor string
}

// DocumentPage is one page of documents and the cursor of the next page, ""
// after the last.
type DocumentPage struct {
	Documents  []*Document
	NextCursor string
}

// QuoteFilter selects quotes.
type QuoteFilter struct {
	Text    string
	Speaker string
	Limit   int
}

// QuoteHit is a quote with the document it came from.
type QuoteHit struct {
	DocID     string `json:"doc_id"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Published Date   `json:"published,omitempty"`
	Quote     Quote  `json:"quote"`
	Content   string `json:"content"`
}
