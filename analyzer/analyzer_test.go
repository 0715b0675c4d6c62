package analyzer

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

func TestPipelineRunsEveryStageInOrder(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(p.StageNames(), ","); got != strings.Join(Stages, ",") {
		t.Errorf("stages %s, want %s", got, strings.Join(Stages, ","))
	}
	doc := chronicle.NewDocument("t", "Russian Foreign Minister Sergey Lavrov said on Friday that the talks in Geneva were “useful.”")
	if err := p.Run(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 1 || len(doc.Entities) == 0 || len(doc.Quotes) != 1 {
		t.Errorf("sentences %d, entities %d, quotes %d", len(doc.Sentences), len(doc.Entities), len(doc.Quotes))
	}
}

func TestStagesCanBeTurnedOffButNotTheTextLayer(t *testing.T) {
	p, err := New(Options{Disable: []string{"framing", " event "}})
	if err != nil {
		t.Fatal(err)
	}
	doc := chronicle.NewDocument("t", "Kyiv said the so-called referendum was illegal.")
	if err := p.Run(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Framing) != 0 || len(doc.Events) != 0 {
		t.Errorf("disabled stages ran: framing %v, events %v", doc.Framing, doc.Events)
	}
	if _, err := New(Options{Disable: []string{"text"}}); chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("turning off text: %v", err)
	}
	if _, err := New(Options{Disable: []string{"sentiment"}}); err == nil || !strings.Contains(err.Error(), "unknown stage") {
		t.Errorf("unknown stage: %v", err)
	}
}
