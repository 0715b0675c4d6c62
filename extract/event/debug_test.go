package event

import (
	"fmt"
	"os"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/actor"
	"github.com/chronicle-news/chronicle/extract/entity"
	"github.com/chronicle-news/chronicle/models"
	"github.com/chronicle-news/chronicle/text"
)

func TestDebugSentence(t *testing.T) {
	sent := os.Getenv("EVDEBUG")
	if sent == "" {
		t.Skip()
	}
	res, _ := actor.NewResolver(actor.Options{Default: models.Actors()})
	c, _ := New(Options{Dict: models.Events(), Resolver: res})
	doc := chronicle.NewDocument("d", sent)
	doc.Published, _ = chronicle.ParseDate("2000-01-01")
	if tagger == nil {
		r, _ := models.NER()
		tagger, _ = entity.Load(r)
	}
	text.Stage{}.Process(doc)
	tagger.Process(doc)
	actor.NewStage(res).Process(doc)
	s := c.newSentence(doc, text.NewIndex(doc.Text), 0)
	skip := s.excluded()
	for i, w := range s.up {
		f, ok := c.dict.match(s.up, i)
		if ok || skip[i] {
			fmt.Printf("%d %s skip=%v noun=%v verb=%v %v\n", i, w, skip[i], s.nounUse(i), ok, f)
		}
	}
	tr, ok := s.mainTrigger(skip)
	fmt.Printf("main %+v %v\n", tr, ok)
	if ok {
		a, txt := s.subject(tr)
		o, _ := s.object(tr)
		fmt.Println("subject", a, txt, "object", o)
	}
	c.Process(doc)
	for _, e := range doc.Events {
		fmt.Printf("%s %v %v %s\n", e.Type, e.Source, e.Target, e.Coder)
	}
}
