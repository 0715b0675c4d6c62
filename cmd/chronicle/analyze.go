package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/analyzer"
	"github.com/chronicle-news/chronicle/ingest"
	"github.com/chronicle-news/chronicle/ingest/web"
	"github.com/chronicle-news/chronicle/report"
)

// commonFlags are the flags every reading command takes.
type commonFlags struct {
	date         chronicle.Date
	allowPrivate bool
	disable      string
	actors       string
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.Var(dateFlag{&c.date}, "date", "publication `YYYY-MM-DD` for inputs that give none")
	fs.BoolVar(&c.allowPrivate, "allow-private", false, "allow fetching loopback and private-network addresses")
	fs.StringVar(&c.actors, "actors", "", "comma-separated actor dictionary `files` in Phoenix format, added to the built-in one")
	fs.StringVar(&c.disable, "disable", "", "comma-separated `stages` to skip ("+strings.Join(analyzer.Stages[1:], ", ")+")")
}

func (c *commonFlags) reader() *ingest.Reader {
	return &ingest.Reader{
		Fetcher: &web.Fetcher{AllowPrivate: c.allowPrivate},
		Date:    c.date,
	}
}

func (c *commonFlags) pipeline() (*chronicle.Pipeline, error) {
	var actors []string
	for _, f := range strings.Split(c.actors, ",") {
		if f = strings.TrimSpace(f); f != "" {
			actors = append(actors, f)
		}
	}
	return analyzer.New(analyzer.Options{Disable: strings.Split(c.disable, ","), Actors: actors})
}

func cmdAnalyze(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	withSyntax := fs.Bool("syntax", false, "add the syntax section to json/jsonl records: every token with its UPOS, lemma, head and relation")
	format := fs.String("format", "json", "output `format`: json (one indented record per article), jsonl (one record per line), text (a readable report) or ptc (propaganda-technique spans, SemEval-2020 Task 11 layout)")
	db := fs.String("db", "", "also store the records in this `database`")
	pos, err := parse(fs, args, e.stderr)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fmt.Fprintln(e.stderr, "usage: chronicle analyze [--format json|jsonl|text|ptc] FILE|URL|-")
		return errUsage
	}
	switch *format {
	case "json", "jsonl", "text", "ptc":
	default:
		return chronicle.Errorf(chronicle.EINVALID, "unknown format %q (json, jsonl, text, ptc)", *format)
	}
	p, err := c.pipeline()
	if err != nil {
		return err
	}
	var store chronicle.Store
	if *db != "" {
		if store, err = openStore(ctx, *db); err != nil {
			return err
		}
		defer store.Close()
	}
	out := bufio.NewWriterSize(e.stdout, 1<<16)
	defer out.Flush()
	write := func(doc *chronicle.Document) error {
		if store != nil {
			if res, err := store.Put(ctx, doc); err != nil {
				e.report(err)
			} else if err := newLinker(store).link(ctx, doc, res); err != nil {
				e.report(err)
			}
		}
		switch *format {
		case "json":
			b, err := json.MarshalIndent(record(doc, *withSyntax), "", "  ")
			if err != nil {
				return err
			}
			out.Write(b)
			out.WriteByte('\n')
		case "jsonl":
			b, err := json.Marshal(record(doc, *withSyntax))
			if err != nil {
				return err
			}
			out.Write(b)
			out.WriteByte('\n')
		case "text":
			report.Text(out, doc)
		case "ptc":
			// article_id<TAB>technique<TAB>start<TAB>end, in code points.
			for _, f := range doc.Techniques {
				fmt.Fprintf(out, "%s\t%s\t%d\t%d\n", doc.ID, f.Technique, f.Start, f.End)
			}
		}
		return nil
	}
	r := c.reader()
	for _, input := range pos {
		err := analyzeOrdered(ctx, r, p, input, nil, func(doc *chronicle.Document, err error) error {
			if err != nil {
				e.report(err)
				return nil
			}
			return write(doc)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// analyzeOrdered reads input and analyses its documents on every core,
// handing results to fn in input order, so output is deterministic.
// skip, when set, is asked (from the reading goroutine) before analysis
// whether a document needs no work, for example because it is already
// stored; such documents are dropped.
func analyzeOrdered(ctx context.Context, r *ingest.Reader, p *chronicle.Pipeline, input string, skip func(*chronicle.Document) bool, fn ingest.Func) error {
	type job struct {
		doc  *chronicle.Document
		err  error
		done chan struct{}
	}
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan *job, workers*4)
	order := make(chan *job, workers*4)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.err == nil {
					j.err = p.Run(j.doc)
				}
				close(j.done)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		readErr <- r.Read(ctx, input, func(doc *chronicle.Document, err error) error {
			if err == nil && skip != nil && skip(doc) {
				return nil
			}
			j := &job{doc: doc, err: err, done: make(chan struct{})}
			select {
			case order <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			return nil
		})
	}()
	var fnErr error
	for j := range order {
		<-j.done
		if fnErr == nil {
			if j.err != nil {
				fnErr = fn(nil, j.err)
			} else {
				fnErr = fn(j.doc, nil)
			}
		}
	}
	wg.Wait()
	if err := <-readErr; err != nil {
		return err
	}
	return fnErr
}

// record is what analyze prints for doc: the document, with the syntax
// section when asked for.
func record(doc *chronicle.Document, withSyntax bool) any {
	if !withSyntax {
		return doc
	}
	return struct {
		*chronicle.Document
		Syntax []chronicle.SyntaxToken `json:"syntax"`
	}{doc, doc.SyntaxSection()}
}
