package chronicle

import (
	"fmt"
	"time"
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

// Pipeline runs stages in order. Stages named in Disabled are skipped.
type Pipeline struct {
	Stages   []Stage
	Disabled map[string]bool
	// Observe, when set, is told how long each stage took, for metrics.
	Observe func(stage string, d time.Duration)
}

// Run runs every enabled stage on doc and stops at the first error, which
// names the stage and the document.
func (p *Pipeline) Run(doc *Document) error {
	if doc.Entities == nil {
		doc.ResetLayers()
	}
	for _, s := range p.Stages {
		if p.Disabled[s.Name()] {
			continue
		}
		start := time.Now()
		err := s.Process(doc)
		if p.Observe != nil {
			p.Observe(s.Name(), time.Since(start))
		}
		if err != nil {
			return fmt.Errorf("%s: stage %s: %w", doc.ID, s.Name(), err)
		}
	}
	return nil
}

// StageNames lists the pipeline's stages in order.
func (p *Pipeline) StageNames() []string {
	names := make([]string, len(p.Stages))
	for i, s := range p.Stages {
		names[i] = s.Name()
	}
	return names
}
