// Command nertrain trains the named-entity tagger of extract/entity from the
// shared evaluation data and writes models/ner.model.gz:
//
//	go run ./models/nertrain            (from the repository root)
//
// Training data: CoNLL-2003 train (valid picks the epoch); word clusters are
// learnt from BBC News, PolNeAR and the CoNLL tokens; gazetteers come from
// the Phoenix/CAMEO actor dictionaries. Runs single-threaded and is
// deterministic for a given seed.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/chronicle-news/chronicle/extract/entity"
)

func main() {
	shared := flag.String("shared", "../shared/eval", "shared evaluation data directory")
	out := flag.String("out", "models/ner.model.gz", "model file to write")
	epochs := flag.Int("epochs", 12, "training epochs (the best on valid is kept)")
	upper := flag.Float64("upper", 0.15, "share of sentences also trained on in capitals")
	minCount := flag.Int("mincount", 2, "drop features seen fewer times")
	prune := flag.Float64("prune", 0.02, "drop features whose weights are all smaller")
	seed := flag.Int64("seed", 1, "random seed")
	folds := flag.Int("folds", 5, "cross-validation folds for the second stage (0 = one stage)")
	noClusters := flag.Bool("noclusters", false, "train without word clusters")
	noGaz := flag.Bool("nogaz", false, "train without gazetteers")
	clusterCache := flag.String("cluster-cache", "", "read clusters from this file if present, else learn and write them (for experiments)")
	subset := flag.Int("subset", 0, "train on the first N documents only (0 = all)")
	predict := flag.String("predict", "", "instead of training, tag this CoNLL file with the -out model and write it to stdout")
	flag.Parse()
	if *predict != "" {
		if err := tagFile(*out, *predict); err != nil {
			fmt.Fprintln(os.Stderr, "nertrain:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*shared, *out, *epochs, *upper, *minCount, *prune, *seed, *folds, *noClusters, *noGaz, *clusterCache, *subset); err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(1)
	}
}

func run(shared, out string, epochs int, upper float64, minCount int, prune float64, seed int64, folds int, noClusters, noGaz bool, clusterCache string, subset int) error {
	start := time.Now()
	train, err := readCoNLL(filepath.Join(shared, "conll2003", "train.txt"))
	if err != nil {
		return err
	}
	valid, err := readCoNLL(filepath.Join(shared, "conll2003", "valid.txt"))
	if err != nil {
		return err
	}
	if subset > 0 && subset < len(train) {
		train = train[:subset]
	}
	opts := entity.TrainOptions{Epochs: epochs, Seed: seed, Folds: folds, UpperCopies: upper, MinCount: minCount, PruneBelow: prune, Valid: valid, Log: os.Stderr}
	if !noGaz {
		g, err := entity.ReadActorDictionaries(filepath.Join(shared, "actors"))
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "gazetteer: %d phrases\n", g.Len())
		opts.Gazetteer = g
	}
	if !noClusters {
		c, err := clusters(shared, train, clusterCache, seed)
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "clusters: %d words (%s)\n", c.Len(), time.Since(start).Round(time.Second))
		opts.Clusters = c
	}
	t, err := entity.Train(opts, train)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := t.Save(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	st, _ := os.Stat(out)
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes) in %s\n", out, st.Size(), time.Since(start).Round(time.Second))
	return nil
}

// tagFile writes the CoNLL file at path with predicted tags appended, for
// python3 ../shared/tools/score-ner.
func tagFile(model, path string) error {
	mf, err := os.Open(model)
	if err != nil {
		return err
	}
	defer mf.Close()
	t, err := entity.Load(mf)
	if err != nil {
		return err
	}
	in, err := os.Open(path)
	if err != nil {
		return err
	}
	defer in.Close()
	return entity.TagCoNLL(t, in, os.Stdout)
}

func readCoNLL(path string) ([]entity.LabeledDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := entity.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

func clusters(shared string, train []entity.LabeledDoc, cache string, seed int64) (*entity.Clusters, error) {
	if cache != "" {
		if f, err := os.Open(cache); err == nil {
			defer f.Close()
			return entity.LoadClusters(f)
		}
	}
	var sentences [][]string
	for _, d := range train {
		for _, s := range d.Sentences {
			sentences = append(sentences, s.Words)
		}
	}
	for _, src := range []struct {
		path string
		gz   bool
	}{
		{filepath.Join(shared, "bbc", "bbc.jsonl"), false},
		{filepath.Join(shared, "polnear", "train.jsonl.gz"), true},
		{filepath.Join(shared, "polnear", "dev.jsonl"), false},
	} {
		texts, err := readTexts(src.path, src.gz)
		if err != nil {
			return nil, err
		}
		for _, t := range texts {
			sentences = append(sentences, splitText(t)...)
		}
	}
	n := 0
	for _, s := range sentences {
		n += len(s)
	}
	fmt.Fprintf(os.Stderr, "clusters: learning from %d sentences, %d tokens\n", len(sentences), n)
	opts := entity.DefaultClusterOptions()
	opts.Seed = seed
	c := entity.LearnClusters(sentences, opts)
	if cache != "" {
		f, err := os.Create(cache)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if err := c.Save(f); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// readTexts reads the "text" field of a JSONL file, once per doc_id (PolNeAR
// repeats articles annotated by several people).
func readTexts(path string, gz bool) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if gz {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	seen := map[string]bool{}
	var texts []string
	for sc.Scan() {
		var rec struct {
			ID    string `json:"id"`
			DocID string `json:"doc_id"`
			Text  string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		id := rec.DocID + rec.ID
		if seen[id] {
			continue
		}
		seen[id] = true
		texts = append(texts, rec.Text)
	}
	return texts, sc.Err()
}

// splitText cuts raw text into rough CoNLL-like sentences of tokens: lines,
// white space, punctuation peeled off words, "'s" and "n't" split, and a
// sentence break after a final stop.
func splitText(text string) [][]string {
	var out [][]string
	for _, line := range strings.Split(text, "\n") {
		var sent []string
		for _, f := range strings.Fields(line) {
			var tail []string
			for len(f) > 0 {
				r := rune(f[0])
				if strings.ContainsRune("\"'([{“‘", r) || strings.HasPrefix(f, "“") || strings.HasPrefix(f, "‘") {
					n := len(string([]rune(f)[0]))
					sent = append(sent, f[:n])
					f = f[n:]
					continue
				}
				break
			}
			for len(f) > 0 {
				rs := []rune(f)
				last := rs[len(rs)-1]
				if strings.ContainsRune(".,;:!?\"')]}”’", last) && !(last == '.' && len(rs) > 1 && isAbbrev(f)) {
					tail = append([]string{string(last)}, tail...)
					f = string(rs[:len(rs)-1])
					continue
				}
				break
			}
			if f != "" {
				lf := strings.ToLower(f)
				switch {
				case strings.HasSuffix(lf, "n't") && len(f) > 3:
					sent = append(sent, f[:len(f)-3], f[len(f)-3:])
				case (strings.HasSuffix(lf, "'s") || strings.HasSuffix(lf, "’s")) && len(f) > 2:
					k := strings.LastIndexAny(f, "'’")
					sent = append(sent, f[:k], f[k:])
				default:
					sent = append(sent, f)
				}
			}
			for _, t := range tail {
				sent = append(sent, t)
				if t == "." || t == "!" || t == "?" {
					out = append(out, sent)
					sent = nil
				}
			}
		}
		if len(sent) > 0 {
			out = append(out, sent)
		}
	}
	return out
}

// isAbbrev reports whether a word ending in a stop keeps it: "U.S.", "Mr.".
func isAbbrev(w string) bool {
	core := strings.TrimSuffix(w, ".")
	if strings.Contains(core, ".") {
		return true
	}
	switch core {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Prof", "Inc", "Corp", "Co", "Ltd", "No", "vs":
		return true
	}
	return len(core) == 1 && unicode.IsUpper(rune(core[0]))
}
