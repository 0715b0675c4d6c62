package chronicle_test

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// panicky is a stage with a bug that one document brings out.
type panicky struct{}

func (panicky) Name() string { return "panicky" }
func (panicky) Process(doc *chronicle.Document) error {
	if strings.Contains(doc.Text, "boom") {
		var xs []int
		_ = xs[len(doc.Text)] // index out of range
	}
	return nil
}

// TestAStagePanicIsThatDocumentsError: a stage that panics on one document
// fails that document with an internal error naming the stage, and the
// pipeline goes on with the next.
func TestAStagePanicIsThatDocumentsError(t *testing.T) {
	p := &chronicle.Pipeline{Stages: []chronicle.Stage{text.Stage{}, panicky{}}}
	err := p.Run(chronicle.NewDocument("bad", "It went boom."))
	if chronicle.ErrorCode(err) != chronicle.EINTERNAL || !strings.Contains(err.Error(), "panicky") || !strings.Contains(err.Error(), "bad") {
		t.Errorf("error = %v, want an internal error naming the stage and the document", err)
	}
	if err := p.Run(chronicle.NewDocument("good", "It went well.")); err != nil {
		t.Errorf("next document: %v", err)
	}
}
