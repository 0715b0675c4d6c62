package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/report"
	"github.com/chronicle-news/chronicle/story"
)

// linker links stored documents into merged events and copies, when the
// store keeps cross-story links; link is a no-op otherwise.
type linker struct{ l *story.Linker }

func newLinker(store chronicle.Store) linker {
	if idx, ok := store.(story.Index); ok {
		return linker{story.NewLinker(idx, story.Options{})}
	}
	return linker{}
}

// link links doc after a Put that stored something new.
func (k linker) link(ctx context.Context, doc *chronicle.Document, res chronicle.PutResult) error {
	if k.l == nil || res.Status == chronicle.PutUnchanged {
		return nil
	}
	_, err := k.l.Link(ctx, doc)
	return err
}

// linkBatch gathers the documents a bulk ingest stored and links them
// story.Batch at a time (Linker.LinkAll), so that their links are committed
// once a batch, not once an article. What a killed run left unlinked is
// linked by the next run's resume.
type linkBatch struct {
	k      linker
	docs   []*chronicle.Document
	report func(error)
}

// add links doc after a Put that stored something new, with the batch it
// completes.
func (b *linkBatch) add(ctx context.Context, doc *chronicle.Document, res chronicle.PutResult) {
	if b.k.l == nil || res.Status == chronicle.PutUnchanged {
		return
	}
	if b.docs = append(b.docs, doc); len(b.docs) >= story.Batch {
		b.flush(ctx)
	}
}

// flush links the documents gathered so far; an interrupted run leaves
// them to the next one's resume.
func (b *linkBatch) flush(ctx context.Context) {
	if len(b.docs) == 0 || ctx.Err() != nil {
		return
	}
	_, errs := b.k.l.LinkAll(ctx, b.docs)
	for _, err := range errs {
		if err != nil {
			b.report(err)
		}
	}
	b.docs = b.docs[:0]
}

// linkStored links the latest stored revision of the document with id, when
// it is not linked yet: a worker that stored it and died before linking left
// it so. A document stored under another id (its URL matched) is left alone.
func (k linker) linkStored(ctx context.Context, store chronicle.Store, id string) error {
	if k.l == nil {
		return nil
	}
	doc, err := store.Get(ctx, id)
	if chronicle.ErrorCode(err) == chronicle.ENOTFOUND {
		return nil
	}
	if err != nil {
		return err
	}
	_, err = k.l.Link(ctx, doc)
	return err
}

// openStoryStore opens the store named by db with its cross-story side.
func openStoryStore(ctx context.Context, db string) (chronicle.Store, chronicle.StoryStore, error) {
	store, err := openStore(ctx, db)
	if err != nil {
		return nil, nil, err
	}
	ss, ok := store.(chronicle.StoryStore)
	if !ok {
		store.Close()
		return nil, nil, chronicle.Errorf(chronicle.EUNSUPPORTED, "the store %s keeps no merged events", db)
	}
	return store, ss, nil
}

func cmdEvents(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("events", flag.ContinueOnError)
	db := fs.String("db", "chronicle.db", "`database`: a SQLite file path or a postgres:// URL")
	cluster := fs.String("cluster", "", "show the merged event with this `id`")
	format := fs.String("format", "text", "output `format`: text or jsonl (one merged event per line)")
	var f chronicle.EventFilter
	fs.StringVar(&f.Type, "type", "", "merged events of this PLOVER `type`")
	fs.StringVar(&f.Actor, "actor", "", "merged events with this `actor` (name, or code prefix) as source or target")
	fs.StringVar(&f.Source, "source", "", "merged events with this source `actor`")
	fs.Var(dateFlag{&f.Since}, "since", "merged events on or after `YYYY-MM-DD`")
	fs.Var(dateFlag{&f.Until}, "until", "merged events on or before `YYYY-MM-DD`")
	fs.IntVar(&f.MinSources, "min-sources", 0, "merged events reported by at least `N` independent sources")
	fs.IntVar(&f.Limit, "limit", 0, "at most `N` merged events (0: all)")
	if _, err := parse(fs, args, e.stderr); err != nil {
		return err
	}
	if *format != "text" && *format != "jsonl" {
		return chronicle.Errorf(chronicle.EINVALID, "unknown format %q (text, jsonl)", *format)
	}
	store, ss, err := openStoryStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	var evs []chronicle.EventCluster
	if *cluster != "" {
		ev, err := ss.EventCluster(ctx, *cluster)
		if err != nil {
			return err
		}
		evs = []chronicle.EventCluster{*ev}
	} else if evs, err = ss.Events(ctx, f); err != nil {
		return err
	}
	out := bufio.NewWriterSize(e.stdout, 1<<16)
	defer out.Flush()
	if *format == "jsonl" {
		return writeJSONL(out, evs)
	}
	report.Events(out, evs)
	return nil
}

func cmdOutlets(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("outlets", flag.ContinueOnError)
	db := fs.String("db", "chronicle.db", "`database`: a SQLite file path or a postgres:// URL")
	publisher := fs.String("publisher", "", "only this `outlet`")
	format := fs.String("format", "text", "output `format`: text or jsonl")
	top := fs.Int("top", 10, "with text: show the `N` most frequent terms and speakers")
	if _, err := parse(fs, args, e.stderr); err != nil {
		return err
	}
	store, ss, err := openStoryStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	ps, err := ss.Outlets(ctx, *publisher)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	if *format == "jsonl" {
		return writeJSONL(out, ps)
	}
	report.Outlets(out, ps, *top)
	return nil
}

func cmdTimeline(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	db := fs.String("db", "chronicle.db", "`database`: a SQLite file path or a postgres:// URL")
	var f chronicle.TimelineFilter
	fs.StringVar(&f.Actor, "actor", "", "the `actor`: a name (Lavrov) or a code prefix (RUSGOV)")
	fs.StringVar(&f.Topic, "topic", "", "only entries whose text holds these `words`")
	fs.Var(dateFlag{&f.Since}, "since", "entries on or after `YYYY-MM-DD`")
	fs.Var(dateFlag{&f.Until}, "until", "entries on or before `YYYY-MM-DD`")
	fs.IntVar(&f.Limit, "limit", 0, "at most `N` entries (0: all)")
	format := fs.String("format", "text", "output `format`: text or jsonl")
	pos, err := parse(fs, args, e.stderr)
	if err != nil {
		return err
	}
	if f.Actor == "" && len(pos) > 0 {
		f.Actor = strings.Join(pos, " ")
	}
	if f.Actor == "" {
		fmt.Fprintln(e.stderr, "usage: chronicle timeline [--db DB] --actor NAME|CODE [--topic WORDS]")
		return errUsage
	}
	store, ss, err := openStoryStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	es, err := ss.Timeline(ctx, f)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	if *format == "jsonl" {
		return writeJSONL(out, es)
	}
	report.Timeline(out, es)
	if len(es) == 0 {
		fmt.Fprintln(e.stderr, "nothing found")
	}
	return nil
}

func cmdChanges(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("changes", flag.ContinueOnError)
	db := fs.String("db", "chronicle.db", "`database`: a SQLite file path or a postgres:// URL")
	format := fs.String("format", "text", "output `format`: text or jsonl")
	pos, err := parse(fs, args, e.stderr)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fmt.Fprintln(e.stderr, "usage: chronicle changes [--db DB] DOC_ID")
		return errUsage
	}
	store, ss, err := openStoryStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	cs, err := ss.Changes(ctx, pos[0])
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	if *format == "jsonl" {
		return writeJSONL(out, cs)
	}
	report.Changes(out, cs)
	if len(cs) == 0 {
		fmt.Fprintf(e.stderr, "%s has one revision: nothing changed\n", pos[0])
	}
	return nil
}

// writeJSONL writes each of vs as one line of JSON.
func writeJSONL[T any](w *bufio.Writer, vs []T) error {
	for _, v := range vs {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		w.Write(b)
		w.WriteByte('\n')
	}
	return nil
}

func cmdLink(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("link", flag.ContinueOnError)
	db := fs.String("db", "chronicle.db", "`database`: a SQLite file path or a postgres:// URL")
	if _, err := parse(fs, args, e.stderr); err != nil {
		return err
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	k := newLinker(store)
	if k.l == nil {
		return chronicle.Errorf(chronicle.EUNSUPPORTED, "the store %s keeps no merged events", *db)
	}
	// Oldest first, as they would have arrived: the first appearance of a
	// syndicated story is its original.
	var docs []*chronicle.Document
	f := chronicle.DocumentFilter{Limit: 1000}
	for {
		page, err := store.Find(ctx, f)
		if err != nil {
			return err
		}
		docs = append(docs, page.Documents...)
		if page.NextCursor == "" {
			break
		}
		f.Cursor = page.NextCursor
	}
	slices.Reverse(docs)
	linked, total := 0, len(docs)
	for len(docs) > 0 {
		n := min(story.Batch, len(docs))
		links, errs := k.l.LinkAll(ctx, docs[:n])
		for i := range n {
			if errs[i] != nil {
				e.report(errs[i])
			} else if links[i] != nil {
				linked++
			}
		}
		docs = docs[n:]
	}
	fmt.Fprintf(e.stderr, "linked %d of %d stored articles (the others were linked already)\n", linked, total)
	return nil
}
