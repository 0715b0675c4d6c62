package framing

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/syntax"
	"github.com/chronicle-news/chronicle/models"
	"github.com/chronicle-news/chronicle/text"
)

// BenchmarkTechniques measures the technique model alone (Predict) on the
// first 200 BBC articles, their text layer built beforehand; ns/op is the
// cost of one article.
func BenchmarkTechniques(b *testing.B) {
	benchmarkTechniques(b, nil)
}

// BenchmarkTechniquesParsed is BenchmarkTechniques with the syntax layer
// built beforehand too, as the pipeline runs the syntax stage before
// framing: the tagger then reads it, at some cost.
func BenchmarkTechniquesParsed(b *testing.B) {
	m, err := syntax.LoadModel(models.Syntax())
	if err != nil {
		b.Fatal(err)
	}
	benchmarkTechniques(b, syntax.NewStage(syntax.NewParser(m)))
}

func benchmarkTechniques(b *testing.B, parse chronicle.Stage) {
	f, err := os.Open("../../../shared/eval/bbc/bbc.jsonl")
	if err != nil {
		b.Skip("../shared/eval/bbc is absent: skipping the technique benchmark")
	}
	defer f.Close()
	var docs []*chronicle.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(docs) < 200 {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		d := chronicle.NewDocument(a.ID, a.Text)
		if err := (text.Stage{}).Process(d); err != nil {
			b.Fatal(err)
		}
		if parse != nil {
			if err := parse.Process(d); err != nil {
				b.Fatal(err)
			}
		}
		docs = append(docs, d)
	}
	m, err := Load(models.PTC())
	if err != nil {
		b.Fatal(err)
	}
	lx := BuiltinLexicon()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Predict(docs[i%len(docs)], lx)
	}
}
