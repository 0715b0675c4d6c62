// Command trainsyntax trains the syntax layer (UPOS tagger, lemmatizer,
// dependency parser) on the Universal Dependencies English treebanks in
// ../shared/eval/ud: EWT train plus the Wikinews/Wikivoyage part of GUM
// train. Word clusters come from the NER model. It prints the scores on
// both dev sets. Deterministic: the same data give the same file.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/chronicle-news/chronicle/extract/entity"
	"github.com/chronicle-news/chronicle/extract/syntax"
	"github.com/chronicle-news/chronicle/models"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared data folder")
	out := flag.String("out", "models/syntax.model.gz", "where to write the model")
	epochs := flag.Int("epochs", 0, "parser epochs (0: the default)")
	tepochs := flag.Int("tagger-epochs", 0, "tagger epochs (0: the default)")
	minWeight := flag.Float64("min-weight", 0, "drop averaged weights smaller than this (0: the default)")
	flag.Parse()
	ud := filepath.Join(*shared, "eval", "ud")
	var train []syntax.Sentence
	for _, f := range []string{"en_ewt-ud-train.conllu.gz", "en_gum-wiki-ud-train.conllu.gz"} {
		s, err := readFile(filepath.Join(ud, f))
		if err != nil {
			log.Fatal(err)
		}
		train = append(train, s...)
	}
	opts := syntax.DefaultTrainOptions()
	if *epochs > 0 {
		opts.ParserEpochs = *epochs
	}
	if *minWeight > 0 {
		opts.MinWeight = *minWeight
	}
	if *tepochs > 0 {
		opts.TaggerEpochs = *tepochs
	}
	nr, err := models.NER()
	if err != nil {
		log.Fatal(err)
	}
	ner, err := entity.Load(nr)
	if err != nil {
		log.Fatal(err)
	}
	opts.Clusters = ner.WordClusters()
	m, err := syntax.Train(train, opts, os.Stderr)
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("model: %s, %.1f MB\n", *out, float64(buf.Len())/1e6)
	p := syntax.NewParser(m)
	for _, f := range []string{"en_ewt-ud-dev.conllu", "en_gum-wiki-ud-dev.conllu"} {
		dev, err := readFile(filepath.Join(ud, f))
		if err != nil {
			log.Fatal(err)
		}
		s := p.Evaluate(dev)
		fmt.Printf("%-28s UPOS %.4f  UAS %.4f  LAS %.4f  (%d words)\n", f, ratio(s.UPOS, s.Words), ratio(s.UAS, s.Words), ratio(s.LAS, s.Words), s.Words)
	}
}

func ratio(a, b int) float64 { return float64(a) / float64(max(b, 1)) }

func readFile(path string) ([]syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	s, err := syntax.ReadCoNLLU(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}
