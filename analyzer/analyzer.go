// Package analyzer assembles Chronicle's analysis pipeline from its stages —
// text layer, entities, and the later layers as they exist — so that the CLI,
// the HTTP server and the workers analyse a document the same way.
package analyzer

import (
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/actor"
	"github.com/chronicle-news/chronicle/extract/claim"
	"github.com/chronicle-news/chronicle/extract/entity"
	"github.com/chronicle-news/chronicle/extract/event"
	"github.com/chronicle-news/chronicle/extract/framing"
	"github.com/chronicle-news/chronicle/extract/quote"
	"github.com/chronicle-news/chronicle/extract/syntax"
	"github.com/chronicle-news/chronicle/models"
	"github.com/chronicle-news/chronicle/text"
)

// Options configures the pipeline.
type Options struct {
	// Disable names stages to skip ("entity", "quote", …).
	Disable []string
	// Actors are more actor dictionaries in Phoenix format, read after the
	// built-in one.
	Actors []string
	// MaxText is the largest text in bytes the pipeline analyses; a longer
	// one is refused (0: chronicle.DefaultMaxText; negative: no limit).
	MaxText int
	// Section is the largest part of a text analysed at once (0:
	// chronicle.DefaultSection).
	Section int
}

// Stages lists the stage names in pipeline order.
var Stages = []string{"text", "syntax", "entity", "actor", "quote", "framing", "event", "claim"}

// New builds the pipeline, loading the embedded models.
func New(opts Options) (*chronicle.Pipeline, error) {
	disabled := map[string]bool{}
	for _, name := range opts.Disable {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if !known(name) {
			return nil, chronicle.Errorf(chronicle.EINVALID, "unknown stage %q (stages: %s)", name, strings.Join(Stages, ", "))
		}
		if name == "text" {
			return nil, chronicle.Errorf(chronicle.EINVALID, "the text stage cannot be turned off: every other stage reads it")
		}
		disabled[name] = true
	}
	p := &chronicle.Pipeline{Disabled: disabled, MaxText: opts.MaxText, Section: opts.Section}
	p.Stages = append(p.Stages, text.Stage{})
	if !disabled["syntax"] {
		sp, err := LoadParser()
		if err != nil {
			return nil, err
		}
		p.Stages = append(p.Stages, syntax.NewStage(sp))
	}
	actors, err := actor.NewResolver(actor.Options{Default: models.Actors(), Files: opts.Actors})
	if err != nil {
		return nil, fmt.Errorf("load actor dictionaries: %w", err)
	}
	if !disabled["entity"] {
		t, err := LoadTagger()
		if err != nil {
			return nil, err
		}
		p.Stages = append(p.Stages, t.With(entity.Options{Actors: actors}))
	}
	if !disabled["actor"] {
		p.Stages = append(p.Stages, actor.NewStage(actors))
	}
	cues, err := quote.LoadCueModel(models.Quote())
	if err != nil {
		return nil, err
	}
	p.Stages = append(p.Stages, quote.New(quote.Options{Cues: cues}))
	if !disabled["framing"] {
		m, err := framing.Load(models.PTC())
		if err != nil {
			return nil, fmt.Errorf("load propaganda-technique model: %w", err)
		}
		p.Stages = append(p.Stages, framing.New(framing.Options{Techniques: m, Countries: func(code string) []string {
			return []string{actors.CountryName(code), actors.Demonym(code)}
		}}))
	}
	if !disabled["event"] {
		ev, err := event.New(event.Options{Dict: models.Events(), Resolver: actors})
		if err != nil {
			return nil, fmt.Errorf("load event dictionary: %w", err)
		}
		p.Stages = append(p.Stages, ev)
	}
	if !disabled["claim"] {
		p.Stages = append(p.Stages, claim.New())
	}
	return p, nil
}

// LoadTagger loads the embedded named-entity model.
func LoadTagger() (*entity.Tagger, error) {
	r, err := models.NER()
	if err != nil {
		return nil, fmt.Errorf("load NER model: %w", err)
	}
	t, err := entity.Load(r)
	if err != nil {
		return nil, fmt.Errorf("load NER model: %w", err)
	}
	return t, nil
}

func known(name string) bool {
	for _, s := range Stages {
		if s == name {
			return true
		}
	}
	return false
}

// LoadParser loads the embedded syntax model (tagger, lemmatizer, parser).
func LoadParser() (*syntax.Parser, error) {
	m, err := syntax.LoadModel(models.Syntax())
	if err != nil {
		return nil, fmt.Errorf("load syntax model: %w", err)
	}
	return syntax.NewParser(m), nil
}
