package quote_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/analyzer"
	"github.com/chronicle-news/chronicle/extract/quote"
	"github.com/chronicle-news/chronicle/models"
)

// shared is the folder of the shared evaluation data, beside the repository.
func shared() string {
	if d := os.Getenv("CHRONICLE_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared")
}

// benchTexts returns the articles to time: the PolNeAR dev split when the
// shared data is there, else a small made-up article.
func benchTexts(b *testing.B) []string {
	f, err := os.Open(filepath.Join(shared(), "eval", "polnear", "dev.jsonl"))
	if err != nil {
		b.Logf("PolNeAR dev split absent (%v): timing a made-up article", err)
		return []string{strings.Repeat("Yury Ushakov said that the talks were useful. “We will not retreat,” Zelensky said. "+
			"According to the aide, the meeting lasted three hours. The meeting took place in Moscow.\n\n", 40)}
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct {
			Text    string `json:"text"`
			Primary bool   `json:"primary"`
		}
		if json.Unmarshal(sc.Bytes(), &r) == nil && r.Primary {
			out = append(out, r.Text)
		}
	}
	return out
}

// others lists the stages timed besides text, entity and quote. They are
// left out so that the quote stage is measured against the smallest pipeline
// it needs, which overstates its share rather than hiding it.
func others() []string {
	var out []string
	for _, s := range analyzer.Stages {
		if s != "text" && s != "entity" && s != "quote" {
			out = append(out, s)
		}
	}
	return out
}

// prepared runs the text and entity stages on the texts.
func prepared(b *testing.B, texts []string) []*chronicle.Document {
	p, err := analyzer.New(analyzer.Options{Disable: append(others(), "quote")})
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*chronicle.Document, len(texts))
	for i, s := range texts {
		docs[i] = chronicle.NewDocument("bench", s)
		if err := p.Run(docs[i]); err != nil {
			b.Fatal(err)
		}
	}
	return docs
}

// BenchmarkExtract times the quote stage alone over the articles.
func BenchmarkExtract(b *testing.B) {
	texts := benchTexts(b)
	docs := prepared(b, texts)
	x := quote.New(quote.Options{})
	bytes := 0
	for _, s := range texts {
		bytes += len(s)
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if err := x.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkPipeline times the whole pipeline with and without the quote
// stage, so that the share the stage adds can be read off.
func BenchmarkPipeline(b *testing.B) {
	texts := benchTexts(b)
	for _, c := range []struct {
		name    string
		disable []string
	}{{"without-quote", append(others(), "quote")}, {"with-quote", others()}} {
		b.Run(c.name, func(b *testing.B) {
			p, err := analyzer.New(analyzer.Options{Disable: c.disable})
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, s := range texts {
					if err := p.Run(chronicle.NewDocument("bench", s)); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkExtractWithCues times the quote stage with the shipped cue model,
// as the pipeline runs it.
func BenchmarkExtractWithCues(b *testing.B) {
	texts := benchTexts(b)
	docs := prepared(b, texts)
	cues, err := quote.LoadCueModel(models.Quote())
	if err != nil {
		b.Fatal(err)
	}
	x := quote.New(quote.Options{Cues: cues})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if err := x.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
