// Package chronicle holds Chronicle's domain types: a news Document and the
// record layers that the analysis stages add to it (entities, quotes, events,
// framing, claims), the Store interface every storage backend implements, and
// coded errors. Data flows one way: source → document → stages → record →
// store → API/UI. This package imports no drivers and no transport.
package chronicle

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Document is one news article and everything the pipeline has learnt about
// it. Marshalled to JSON it is the analysis record of spec/analysis.md: every
// offset is a half-open range of Unicode code points into Text, and each span
// also carries UTF-8 byte offsets for Go callers.
type Document struct {
	ID          string `json:"doc_id"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Author      string `json:"author,omitempty"`
	Publisher   string `json:"publisher,omitempty"`
	Published   Date   `json:"published,omitempty"`
	Text        string `json:"text"`
	ContentHash string `json:"content_hash,omitempty"`
	// Revision counts the versions of the article stored at the same URL or
	// id, from 1; 0 for a document not yet stored.
	Revision  int       `json:"revision,omitempty"`
	FetchedAt time.Time `json:"-"`
	// MetadataSources is the evidence for the metadata above: for each of
	// "title", "author", "publisher" and "published" that was read from the
	// input rather than given, where it was found — `og:title`, `JSON-LD
	// datePublished "2024-05-06T09:00:00Z"`, `<title> less the site suffix "
	// - BBC News"`, `feed item <pubDate>`. Nil when nothing was read.
	MetadataSources map[string]string `json:"metadata_sources,omitempty"`

	// The text layer: filled by the text stage, shared by every later stage.
	Paragraphs []Span     `json:"-"`
	Sentences  []Sentence `json:"-"`
	Tokens     []Token    `json:"-"`
	// Syntax is the syntax layer, one entry per token (filled by the syntax
	// stage): part of speech, lemma and dependency within its sentence. The
	// record shows it only when asked (SyntaxSection).
	Syntax []TokenSyntax `json:"-"`

	Entities []Entity `json:"entities"`
	// Mentions are references to people and groups that are not names: pronouns
	// and descriptions ("he", "the aide", "the Russian leader"), each resolved
	// to the entity it refers to. Filled by the actor stage.
	Mentions []Mention `json:"mentions,omitempty"`
	Quotes   []Quote   `json:"quotes"`
	Events   []Event   `json:"events"`
	Framing  []Frame   `json:"framing"`
	// Techniques are propaganda-technique spans (SemEval-2020 Task 11), kept
	// apart from Framing, whose entries are lexicon matches with a neutral
	// wording: a technique span is a model's guess over a phrase or sentence.
	Techniques []Frame `json:"techniques"`
	Claims     []Claim `json:"claims"`
}

// NewDocument returns a document for text with its content hash set and every
// record layer empty (not nil), so that an unanalysed record still reads as
// "nothing found" rather than "field missing".
func NewDocument(id, text string) *Document {
	d := &Document{ID: id, Text: text}
	d.ContentHash = HashText(text)
	d.ResetLayers()
	return d
}

// SetSource records where metadata field (title, author, publisher,
// published) came from; an empty evidence removes the entry.
func (d *Document) SetSource(field, evidence string) {
	if evidence == "" {
		delete(d.MetadataSources, field)
		return
	}
	if d.MetadataSources == nil {
		d.MetadataSources = map[string]string{}
	}
	d.MetadataSources[field] = evidence
}

// ResetLayers empties every record layer; the text itself is kept.
func (d *Document) ResetLayers() {
	d.Entities = []Entity{}
	d.Mentions = nil
	d.Quotes = []Quote{}
	d.Events = []Event{}
	d.Framing = []Frame{}
	d.Techniques = []Frame{}
	d.Claims = []Claim{}
	d.Syntax = nil
}

// HashText is the content hash that makes storage idempotent: the SHA-256 of
// the article text with line endings and trailing space normalised, so a
// re-fetch that differs only in CRLF or a final newline is the same article.
func HashText(text string) string {
	norm := strings.ReplaceAll(text, "\r\n", "\n")
	norm = strings.TrimSpace(norm)
	sum := sha256.Sum256([]byte(norm))
	return hex.EncodeToString(sum[:])
}

// Span is a half-open range of the document text. Start and End count Unicode
// code points (the convention of the scorers, Python and spaCy); ByteStart and
// ByteEnd count UTF-8 bytes (the convention of Go strings). Both are set
// together by the text package and never recomputed by stages.
type Span struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	ByteStart int    `json:"byte_start"`
	ByteEnd   int    `json:"byte_end"`
	Text      string `json:"text,omitempty"`
}

// In returns the span's text: Text when set, else the bytes it covers in
// text, or "" when its byte offsets do not fit text.
func (s Span) In(text string) string {
	if s.Text != "" {
		return s.Text
	}
	if s.ByteStart >= 0 && s.ByteStart < s.ByteEnd && s.ByteEnd <= len(text) {
		return text[s.ByteStart:s.ByteEnd]
	}
	return ""
}

// Len is the span's length in code points.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers nothing.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Token is one word, number or punctuation mark.
type Token struct {
	Span
	Kind TokenKind `json:"kind"`
	// SpaceBefore is true when white space precedes the token, which tells
	// "U.S." apart from "U. S." and a closing quote from an opening one.
	SpaceBefore bool `json:"space_before,omitempty"`
}

// TokenKind classifies a token by its characters.
type TokenKind uint8

// Token kinds.
const (
	Word TokenKind = iota
	Number
	Punct
	Symbol
)

// Sentence is a sentence span with the index range of its tokens in
// Document.Tokens, [FirstToken, LastToken).
type Sentence struct {
	Span
	FirstToken int `json:"first_token"`
	LastToken  int `json:"last_token"`
	Paragraph  int `json:"paragraph"`
}

// Entity is a mention of a named entity or a typed expression.
type Entity struct {
	Span
	// Type is a CoNLL type (PER ORG LOC MISC) or a finer one (DATE TIME MONEY
	// PERCENT QUANTITY CARDINAL).
	Type string `json:"type"`
	// Actor is the canonical actor the mention refers to, when it acts.
	Actor *Actor `json:"actor,omitempty"`
	// Role is the title or function given beside a person's name.
	Role *Role `json:"role,omitempty"`
	// Ref is the index in Entities of the fuller mention this one refers to
	// ("Putin" → "Vladimir Putin"); -1 or absent when it is the first.
	Ref        *int    `json:"ref,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
}

// Mention kinds.
const (
	MentionPronoun = "pronoun"
	MentionNominal = "nominal"
)

// Mention is a pronoun or description that refers to a person or group, with
// what it was resolved to. Entity is the index in Document.Entities of the
// entity it refers to, or -1 when unresolved.
type Mention struct {
	Span
	Kind   string `json:"kind"`
	Entity int    `json:"entity"`
	// Name is the full name or group the mention was resolved to.
	Name  string `json:"name,omitempty"`
	Actor *Actor `json:"actor,omitempty"`
}

// Actor is a canonical actor: a name and a CAMEO-style code (ISO-3166 alpha-3
// country plus sector: RUSGOV, UKRMIL, USAGOV).
type Actor struct {
	Name string `json:"name"`
	Code string `json:"code,omitempty"`
}

// Role is a person's title as the article gives it, dated by the article,
// because roles change.
type Role struct {
	Title        string `json:"title"`
	Organization string `json:"organization,omitempty"`
	Country      string `json:"country,omitempty"`
	AsOf         Date   `json:"as_of,omitempty"`
	Evidence     *Span  `json:"evidence,omitempty"`
}

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuoteIndirect = "indirect"
	QuoteMixed    = "mixed"
)

// Quote is a statement attributed to a speaker.
type Quote struct {
	Content Span `json:"content"`
	// Speaker is the mention the cue attaches to, as written ("he", "the aide").
	Speaker *Span `json:"speaker,omitempty"`
	// SpeakerName is the speaker resolved to a full name or group.
	SpeakerName string `json:"speaker_name,omitempty"`
	SpeakerCode string `json:"speaker_code,omitempty"`
	Anonymous   bool   `json:"anonymous,omitempty"`
	Cue         *Span  `json:"cue,omitempty"`
	Kind        string `json:"kind"`
	Venue       string `json:"venue,omitempty"`
}

// Event is one PLOVER-coded event.
type Event struct {
	Type       string  `json:"type"`
	Mode       string  `json:"mode,omitempty"`
	Context    string  `json:"context,omitempty"`
	Source     *Actor  `json:"source,omitempty"`
	Target     *Actor  `json:"target,omitempty"`
	Trigger    Span    `json:"trigger"`
	Sentence   Span    `json:"sentence"`
	Location   string  `json:"location,omitempty"`
	Date       Date    `json:"date,omitempty"`
	DateSpan   *Span   `json:"date_evidence,omitempty"`
	Negated    bool    `json:"negated,omitempty"`
	Modality   string  `json:"modality,omitempty"`
	Fatalities *int    `json:"fatalities,omitempty"`
	Injuries   *int    `json:"injuries,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
	// ReportedBy is who reported the event when it stands in what someone
	// said (a quote's speaker: "Russian occupiers shelled Kherson, the
	// governor said"); nil when the outlet reports it in its own words.
	ReportedBy *Actor `json:"reported_by,omitempty"`
	// Coder names the rule or model that produced the event.
	Coder string `json:"coder,omitempty"`
}

// Frame categories: documented in the framing package's lexicon.
const (
	FrameDelegitimizingLabel     = "delegitimizing-label"
	FrameDelegitimizingQualifier = "delegitimizing-qualifier"
	FrameEuphemism               = "euphemism"
	FrameDehumanizing            = "dehumanizing"
	FrameLoadedLabel             = "loaded-label"
)

// Voices of a framing span.
const (
	VoiceAuthor = "author"
	VoiceQuoted = "quoted"
)

// Frame is loaded or delegitimising wording, or a propaganda-technique span.
type Frame struct {
	Span
	Category  string `json:"category"`
	Technique string `json:"technique,omitempty"`
	Voice     string `json:"voice"`
	Speaker   string `json:"speaker,omitempty"`
	Neutral   string `json:"neutral,omitempty"`
	Side      string `json:"side,omitempty"`
	// Confidence and Shown are set on propaganda-technique spans only:
	// the calibrated probability that the span is right, and whether
	// readers are shown it (in the report, the UI and outlet profiles).
	Confidence float64 `json:"confidence,omitempty"`
	Shown      bool    `json:"shown,omitempty"`
}

// MarshalJSON writes a technique span's confidence and shown flag even when
// they are zero, and leaves both out of lexicon matches.
func (f Frame) MarshalJSON() ([]byte, error) {
	type plain Frame
	if f.Technique == "" {
		return json.Marshal(plain(f))
	}
	return json.Marshal(struct {
		plain
		Confidence float64 `json:"confidence"`
		Shown      bool    `json:"shown"`
	}{plain(f), f.Confidence, f.Shown})
}

// Claim is a numeric statement with its number normalised.
type Claim struct {
	Span        Span    `json:"span"`
	Quantity    float64 `json:"quantity"`
	Unit        string  `json:"unit"`
	Approximate bool    `json:"approximate,omitempty"`
	// Bound is "min" for "at least 12", "max" for "up to 12".
	Bound   string `json:"bound,omitempty"`
	Speaker string `json:"speaker,omitempty"`
	// Kind is what the figure counts when it is a figure of an event:
	// killed, injured, detained, displaced, prisoners, missing, affected
	// (left without power, water or homes), or duration (how long talks
	// lasted). Times of day, distances, money and counts of other things
	// have no kind.
	Kind string `json:"kind,omitempty"`
	// Event is the index in Events of the event the figure belongs to.
	Event *int `json:"event,omitempty"`
}

// Date is a calendar date without time of day or zone, as news reports give
// it. The zero Date means unknown and marshals as an empty string.
type Date struct{ time.Time }

// DateOf returns the Date of t's calendar day.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// ParseDate reads YYYY-MM-DD, or an RFC 3339 timestamp whose day is taken.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return Date{t}, nil
	}
	if len(s) >= 10 {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return DateOf(t), nil
		}
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return Date{t}, nil
		}
	}
	return Date{}, Errorf(EINVALID, "date %q: want YYYY-MM-DD", s)
}

// String is YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Format("2006-01-02")
}

// MarshalJSON writes "YYYY-MM-DD" (or "" when unknown).
func (d Date) MarshalJSON() ([]byte, error) {
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalJSON reads what MarshalJSON writes, and RFC 3339 timestamps.
func (d *Date) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		*d = Date{}
		return nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return fmt.Errorf("date: want a JSON string, got %s", s)
	}
	v, err := ParseDate(s[1 : len(s)-1])
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// TokenSyntax is a token's Universal Dependencies analysis.
type TokenSyntax struct {
	UPOS  string `json:"upos"`
	Lemma string `json:"lemma"`
	// Head is the index in Document.Tokens of the token's head, -1 for the
	// root of its sentence.
	Head int    `json:"head"`
	Rel  string `json:"rel"` // UD relation with its subtype, "nsubj:pass"
}

// SyntaxToken is one entry of the record's optional "syntax" section: a
// token's span with its analysis; Head indexes the section.
type SyntaxToken struct {
	Span
	TokenSyntax
}

// SyntaxSection lists every token with its syntax, or nil when the syntax
// stage did not run.
func (d *Document) SyntaxSection() []SyntaxToken {
	if len(d.Syntax) != len(d.Tokens) {
		return nil
	}
	out := make([]SyntaxToken, len(d.Tokens))
	for i, t := range d.Tokens {
		sp := t.Span
		sp.Text = sp.In(d.Text)
		out[i] = SyntaxToken{Span: sp, TokenSyntax: d.Syntax[i]}
	}
	return out
}
