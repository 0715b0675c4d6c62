package event

import (
	"io"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/actor"
	"github.com/chronicle-news/chronicle/text"
)

// Options configures a Coder.
type Options struct {
	// Dict is the compact event dictionary (models.Events()).
	Dict io.Reader
	// Resolver codes free noun phrases as actors; the actor stage's.
	Resolver *actor.Resolver
}

// Coder is the event stage. It is safe for concurrent use.
type Coder struct {
	dict *Dict
	res  *actor.Resolver
	lx   lexicon
}

// New reads the dictionary and returns the stage.
func New(opts Options) (*Coder, error) {
	if opts.Dict == nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "event: no dictionary")
	}
	if opts.Resolver == nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "event: no actor resolver")
	}
	d, err := ReadDict(opts.Dict)
	if err != nil {
		return nil, err
	}
	c := &Coder{dict: d, res: opts.Resolver, lx: newLexicon()}
	for f, code := range c.lx.verbs {
		d.addForm(f, "SUPPLEMENT", code)
	}
	return c, nil
}

// Name returns "event".
func (*Coder) Name() string { return "event" }

// Process fills doc.Events, replacing what an earlier run set.
func (c *Coder) Process(doc *chronicle.Document) error {
	doc.Events = []chronicle.Event{}
	if len(doc.Tokens) == 0 || sportsReport(doc) {
		return nil // (a sports report's games are no political events: see topic.go)
	}
	ix := text.NewIndex(doc.Text)
	home := c.res.DatelineCountry(doc)
	lead := ""
	if home == "" {
		lead = c.res.LeadCountry(doc)
	}
	type reported struct {
		e  chronicle.Event
		si int
	}
	var attacks []reported // the latest attacks, oldest first
	var sides [2]*chronicle.Actor
	for si := range doc.Sentences {
		s := c.newSentence(doc, ix, si)
		s.home, s.lead, s.storySides = home, lead, sides
		for i := range attacks {
			if si-attacks[i].si <= attackReach {
				s.attacks = append(s.attacks, &attacks[i].e)
			}
		}
		evs := s.code()
		for _, e := range evs {
			if e.ReportedBy == nil {
				e.ReportedBy = reporter(doc, e.Trigger, evs)
			}
			doc.Events = append(doc.Events, e)
			if strings.Contains(e.Coder, "+pair") && e.Source != nil && e.Target != nil && !e.Negated {
				sides = [2]*chronicle.Actor{e.Source, e.Target}
			}
			if (e.Type == "FIGHT" || e.Type == "ASSAULT") && !e.Negated && e.Source != nil && !strings.Contains(e.Coder, "+against-attackers") {
				// (the answer to an attack is no attack a later sentence
				// takes up: "the African Union condemned the attack")
				if attacks = append(attacks, reported{e, si}); len(attacks) > 4 {
					attacks = attacks[1:]
				}
			}
		}
	}
	return nil
}

// cueIsAct reports whether a quote's cue is the trigger of an act (no
// statement) among evs.
func cueIsAct(evs []chronicle.Event, cue chronicle.Span) bool {
	for _, e := range evs {
		if e.Trigger.Contains(cue) && !statementType[e.Type] && !e.Negated {
			return true
		}
	}
	return false
}

// attackReach is how many sentences back "the strike" may take up an
// attack the story reported.
const attackReach = 4

// reporter is the speaker of the quote whose content holds the trigger: who
// reported the event; nil when the outlet reports it itself.
// A quote whose cue is itself the trigger of an act of the sentence (evs)
// reports nothing: "Pakistan suspended all trade with India and closed the
// crossing" is two acts of Pakistan, not its account of a closure, though
// the quote stage, reading attributions as PolNeAR does, takes "suspended"
// for a cue.
func reporter(doc *chronicle.Document, trig chronicle.Span, evs []chronicle.Event) *chronicle.Actor {
	for _, q := range doc.Quotes {
		if !q.Content.Contains(trig) || q.Cue != nil && cueIsAct(evs, *q.Cue) {
			continue
		}
		a := &chronicle.Actor{Name: q.SpeakerName, Code: q.SpeakerCode}
		if a.Name == "" && q.Speaker != nil {
			a.Name = q.Speaker.In(doc.Text)
		}
		if a.Name == "" && a.Code == "" {
			a.Name = "unnamed source"
		}
		return a
	}
	return nil
}
