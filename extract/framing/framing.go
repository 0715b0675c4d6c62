package framing

import (
	"math"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// Options configures a Tagger.
type Options struct {
	// Lexicon is the loaded-language lexicon; nil means the built-in one.
	Lexicon *Lexicon
	// Techniques is the propaganda-technique model; nil finds no technique
	// spans.
	Techniques *Model
	// Countries names the country of an actor code's first three letters
	// (its name and demonym), to tell whether a loaded term in reported
	// speech is the speaker's own wording; nil leaves such terms to the
	// author.
	Countries func(code string) []string
}

// Tagger is the framing stage. It is safe for concurrent use.
type Tagger struct {
	lx        *Lexicon
	model     *Model
	countries func(code string) []string
}

// New returns a Tagger.
func New(opts Options) *Tagger {
	lx := opts.Lexicon
	if lx == nil {
		lx = BuiltinLexicon()
	}
	return &Tagger{lx: lx, model: opts.Techniques, countries: opts.Countries}
}

// Name returns "framing".
func (*Tagger) Name() string { return "framing" }

// Process fills doc.Framing with the lexicon's matches and, when a model is
// loaded, doc.Techniques with propaganda-technique spans, each with its
// voice. It reads the text layer, entities and quotes.
func (t *Tagger) Process(doc *chronicle.Document) error {
	if len(doc.Tokens) == 0 && strings.TrimSpace(doc.Text) != "" {
		return chronicle.Errorf(chronicle.EINVALID, "framing: the text layer is empty; run the text stage first")
	}
	v := newVoices(doc, t.countries)
	doc.Framing = []chronicle.Frame{}
	for _, m := range t.lx.Find(doc) {
		f := chronicle.Frame{
			Span:     tokenSpan(doc, m.First, m.Last),
			Category: m.Entry.Category,
			Side:     m.Entry.Side,
			Neutral:  m.Entry.Neutral,
		}
		if strings.Contains(f.Neutral, "{}") {
			f.Neutral = strings.ReplaceAll(f.Neutral, "{}", tokenSpan(doc, m.Ext, m.Last).Text)
		}
		f.Voice, f.Speaker = v.of(m.First, m.Last, m.Entry.Side)
		doc.Framing = append(doc.Framing, f)
	}
	doc.Techniques = []chronicle.Frame{}
	if t.model != nil {
		for _, s := range t.model.Predict(doc, t.lx) {
			f := chronicle.Frame{Span: tokenSpan(doc, s.First, s.Last), Category: CategoryTechnique, Technique: s.Technique,
				Confidence: math.Round(float64(s.Confidence)*1000) / 1000, Shown: s.Shown}
			f.Voice, f.Speaker = v.of(s.First, s.Last, "")
			doc.Techniques = append(doc.Techniques, f)
		}
	}
	return nil
}

// tokenSpan is the span from the start of token first to the end of token
// last-1, with the offsets the text stage gave the tokens.
func tokenSpan(doc *chronicle.Document, first, last int) chronicle.Span {
	a, b := doc.Tokens[first], doc.Tokens[last-1]
	return chronicle.Span{Start: a.Start, End: b.End, ByteStart: a.ByteStart, ByteEnd: b.ByteEnd, Text: doc.Text[a.ByteStart:b.ByteEnd]}
}
