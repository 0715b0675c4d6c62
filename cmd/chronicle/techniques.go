package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/analyzer"
	"github.com/chronicle-news/chronicle/extract/framing"
	"github.com/chronicle-news/chronicle/extract/syntax"
	"github.com/chronicle-news/chronicle/models"
	"github.com/chronicle-news/chronicle/text"
)

// cmdTechniques names the propaganda technique of given spans: the
// SemEval-2020 Task 11 TC setting. SPANS.tsv has article_id, "?", start and
// end (code points) a line; each line is printed with the "?" replaced by
// the technique. The articles come from a JSONL file (--articles, as
// analyze reads it) or from the store (--db).
func cmdTechniques(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("techniques", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	classify := fs.String("classify", "", "a `SPANS.tsv` file of article_id<TAB>?<TAB>start<TAB>end lines to classify")
	articles := fs.String("articles", "", "the articles' texts: a JSONL `file` as analyze reads it")
	db := fs.String("db", "", "read the articles' texts from this `database` instead")
	pos, err := parse(fs, args, e.stderr)
	if err != nil {
		return err
	}
	if *classify == "" || len(pos) > 0 || (*articles == "") == (*db == "") {
		fmt.Fprintln(e.stderr, "usage: chronicle techniques --classify SPANS.tsv (--articles IN.jsonl | --db DB)")
		return errUsage
	}
	type line struct {
		id         string
		start, end int
	}
	f, err := os.Open(*classify)
	if err != nil {
		return chronicle.Errorf(chronicle.EINVALID, "%v", err)
	}
	defer f.Close()
	var lines []line
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" {
			continue
		}
		parts := strings.Split(s, "\t")
		var a, b int
		var err1, err2 error
		if len(parts) == 4 {
			a, err1 = strconv.Atoi(parts[2])
			b, err2 = strconv.Atoi(parts[3])
		}
		if len(parts) != 4 || err1 != nil || err2 != nil || a < 0 || b <= a {
			e.report(chronicle.Errorf(chronicle.EINVALID, "%s:%d: want article_id<TAB>?<TAB>start<TAB>end with 0 <= start < end", *classify, n))
			continue
		}
		lines = append(lines, line{parts[0], a, b})
	}
	if err := sc.Err(); err != nil {
		return err
	}
	want := map[string]bool{}
	for _, l := range lines {
		want[l.id] = true
	}
	// The texts of the articles named, each with its text and syntax
	// layers: the technique model reads both, as in the pipeline.
	parser, err := analyzer.LoadParser()
	if err != nil {
		return err
	}
	parse := syntax.NewStage(parser)
	docs := map[string]*chronicle.Document{}
	addDoc := func(id, txt string) error {
		d := chronicle.NewDocument(id, txt)
		if err := (text.Stage{}).Process(d); err != nil {
			return err
		}
		if err := parse.Process(d); err != nil {
			return err
		}
		docs[id] = d
		return nil
	}
	if *articles != "" {
		err := c.reader().Read(ctx, *articles, func(doc *chronicle.Document, err error) error {
			if err != nil {
				e.report(err)
				return nil
			}
			if want[doc.ID] {
				return addDoc(doc.ID, doc.Text)
			}
			return nil
		})
		if err != nil {
			return err
		}
	} else {
		store, err := openStore(ctx, *db)
		if err != nil {
			return err
		}
		defer store.Close()
		for id := range want {
			doc, err := store.Get(ctx, id)
			if err != nil {
				e.report(fmt.Errorf("article %s: %w", id, err))
				continue
			}
			if err := addDoc(id, doc.Text); err != nil {
				return err
			}
		}
	}
	m, err := framing.Load(models.PTC())
	if err != nil {
		return err
	}
	lx := framing.BuiltinLexicon()
	// Classify each article's spans together, then print in input order.
	byDoc := map[string][]int{}
	for i, l := range lines {
		byDoc[l.id] = append(byDoc[l.id], i)
	}
	labels := make([]string, len(lines))
	for id, idx := range byDoc {
		d, ok := docs[id]
		if !ok {
			if *articles != "" {
				e.report(chronicle.Errorf(chronicle.ENOTFOUND, "article %s is not in %s", id, *articles))
			}
			continue
		}
		n := len([]rune(d.Text))
		spans := make([]chronicle.Span, len(idx))
		for k, i := range idx {
			spans[k] = chronicle.Span{Start: lines[i].start, End: min(lines[i].end, n)}
		}
		for k, t := range m.Classify(d, lx, spans) {
			if t == "" {
				e.report(chronicle.Errorf(chronicle.EINVALID, "article %s: span %d-%d covers no word of the text", id, lines[idx[k]].start, lines[idx[k]].end))
			}
			labels[idx[k]] = t
		}
	}
	out := bufio.NewWriterSize(e.stdout, 1<<16)
	defer out.Flush()
	for i, l := range lines {
		if labels[i] != "" {
			fmt.Fprintf(out, "%s\t%s\t%d\t%d\n", l.id, labels[i], l.start, l.end)
		}
	}
	return nil
}
