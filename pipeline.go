package chronicle

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"
)

// Stage adds one layer to a document: the text layer, entities, quotes,
// events, framing. A stage reads what earlier stages added and never
// re-tokenises.
type Stage interface {
	Name() string
	Process(doc *Document) error
}

// StageFunc adapts a function to Stage.
type StageFunc struct {
	StageName string
	Func      func(*Document) error
}

// Name returns the stage's name.
func (s StageFunc) Name() string { return s.StageName }

// Process runs the function.
func (s StageFunc) Process(doc *Document) error { return s.Func(doc) }

// Defaults for the zero fields of Pipeline.
const (
	// DefaultMaxText is the largest text, in bytes, a pipeline analyses
	// unless told otherwise: a long report runs to 100 KB, a book to a few MB.
	DefaultMaxText = 5 << 20
	// DefaultSection is the largest part of a text analysed at once; a longer
	// text is analysed in sections cut at paragraph boundaries.
	DefaultSection = 64 << 10
)

// Pipeline runs stages in order. Stages named in Disabled are skipped.
//
// Work is bounded: a text over MaxText bytes is refused (ETOOLARGE), and a
// text over Section bytes is analysed in sections of at most Section bytes,
// cut at paragraph boundaries (else at a line, sentence or word boundary),
// whose records are joined with their offsets rebased onto the whole text —
// nothing is dropped, and time and memory grow linearly with the text
// whatever a stage does within one section. Links that a stage draws across
// a text (a later "Putin" referring to an earlier "Vladimir Putin") stay
// within a section, which is longer than almost any news article.
type Pipeline struct {
	Stages   []Stage
	Disabled map[string]bool
	// Observe, when set, is told how long each stage took, for metrics.
	Observe func(stage string, d time.Duration)
	// MaxText is the largest text in bytes (0: DefaultMaxText; negative: no
	// limit).
	MaxText int
	// Section is the largest section in bytes (0: DefaultSection; negative:
	// the whole text at once).
	Section int
}

// Run runs every enabled stage on doc and stops at the first error, which
// names the stage and the document.
func (p *Pipeline) Run(doc *Document) error {
	return p.RunContext(context.Background(), doc)
}

// RunContext is Run that stops, with ctx's error, between stages and between
// sections once ctx is done.
func (p *Pipeline) RunContext(ctx context.Context, doc *Document) error {
	if err := CheckID(doc.ID); err != nil {
		return err
	}
	if max := p.maxText(); max > 0 && len(doc.Text) > max {
		return Errorf(ETOOLARGE, "%s: text of %s is over the limit of %s per document (split it, or raise the limit)", doc.ID, byteSize(len(doc.Text)), byteSize(max))
	}
	section := p.section()
	if section <= 0 || len(doc.Text) <= section {
		if doc.Entities == nil {
			doc.ResetLayers()
		}
		return p.runStages(ctx, doc, doc)
	}
	doc.ResetLayers()
	doc.Paragraphs, doc.Sentences, doc.Tokens = nil, nil, nil
	var o offset
	for _, cut := range Sections(doc.Text, section) {
		if err := ctx.Err(); err != nil {
			return err
		}
		o.rune += utf8.RuneCountInString(doc.Text[o.byte:cut[0]])
		o.byte = cut[0]
		sub := *doc
		sub.Text = doc.Text[cut[0]:cut[1]]
		sub.Paragraphs, sub.Sentences, sub.Tokens = nil, nil, nil
		sub.ResetLayers()
		if err := p.runStages(ctx, doc, &sub); err != nil {
			return fmt.Errorf("section at bytes %d-%d: %w", cut[0], cut[1], err)
		}
		o.join(doc, &sub)
	}
	return nil
}

func (p *Pipeline) runStages(ctx context.Context, doc, part *Document) error {
	for _, s := range p.Stages {
		if p.Disabled[s.Name()] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		start := time.Now()
		err := processSafely(s, part)
		if p.Observe != nil {
			p.Observe(s.Name(), time.Since(start))
		}
		if err != nil {
			return fmt.Errorf("%s: stage %s: %w", doc.ID, s.Name(), err)
		}
	}
	return nil
}

// processSafely runs stage s on doc and turns a panic, a bug in the stage
// that this document brought out, into an internal error for this document
// alone: a batch of thousands goes on with the next one.
func processSafely(s Stage, doc *Document) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = Errorf(EINTERNAL, "the stage failed on this document (a bug; please report it with the text): %v", v)
		}
	}()
	return s.Process(doc)
}

func (p *Pipeline) maxText() int {
	if p.MaxText == 0 {
		return DefaultMaxText
	}
	return p.MaxText
}

func (p *Pipeline) section() int {
	if p.Section == 0 {
		return DefaultSection
	}
	return p.Section
}

// byteSize writes n bytes for people: 5 MB, 640 KB, 12 bytes.
func byteSize(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// StageNames lists the pipeline's stages in order.
func (p *Pipeline) StageNames() []string {
	names := make([]string, len(p.Stages))
	for i, s := range p.Stages {
		names[i] = s.Name()
	}
	return names
}
