package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle"
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
	out := bufio.NewWriterSize(e.stdout, 1<<16)
	defer out.Flush()
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
	for _, ev := range evs {
		if *format == "jsonl" {
			b, err := json.Marshal(ev)
			if err != nil {
				return err
			}
			out.Write(b)
			out.WriteByte('\n')
			continue
		}
		writeEvent(out, ev)
	}
	return nil
}

// writeEvent writes a merged event for a reader: what happened, every
// report, and every figure with who gave it.
func writeEvent(w io.Writer, ev chronicle.EventCluster) {
	fmt.Fprintf(w, "%s  %s  %s → %s", ev.ID, ev.Type, actorText(ev.Source), actorText(ev.Target))
	if ev.Location != "" {
		fmt.Fprintf(w, "  at %s", ev.Location)
	}
	if !ev.Date.IsZero() {
		fmt.Fprintf(w, "  on %s", ev.Date)
	}
	fmt.Fprintf(w, "\n  %d article(s), %d independent source(s)\n", len(ev.Articles), ev.Independent)
	for _, a := range ev.Articles {
		fmt.Fprintf(w, "    %s  %s  %s", a.DocID, orNone(a.Publisher), a.Published)
		if a.CopyOf != "" {
			fmt.Fprintf(w, "  (copy of %s)", a.CopyOf)
		}
		if a.ReportedBy != "" {
			fmt.Fprintf(w, "  reported by %s", a.ReportedBy)
		}
		if a.Title != "" {
			fmt.Fprintf(w, "  %q", a.Title)
		}
		fmt.Fprintln(w)
	}
	if len(ev.Figures) > 0 {
		if c := chronicle.ConflictingKinds(ev.Figures); len(c) > 0 {
			fmt.Fprintf(w, "  conflicting figures (same kind, different numbers): %s\n", strings.Join(c, ", "))
		}
		fmt.Fprintln(w, "  figures:")
		figs := append([]chronicle.Figure(nil), ev.Figures...)
		sort.SliceStable(figs, func(i, j int) bool { return figs[i].Kind < figs[j].Kind })
		for _, f := range figs {
			who := f.Speaker
			if who == "" {
				who = "the outlet"
			}
			fmt.Fprintf(w, "    %s %s — %s, %s, said by %s", strconv.FormatFloat(f.Quantity, 'f', -1, 64), f.Unit, f.DocID, orNone(f.Publisher), who)
			if f.Text != "" && len(f.Text) < 80 {
				fmt.Fprintf(w, "  (%q)", f.Text)
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintln(w)
}

func actorText(a *chronicle.Actor) string {
	switch {
	case a == nil:
		return "?"
	case a.Code != "" && a.Name != "":
		return a.Name + " (" + a.Code + ")"
	case a.Code != "":
		return a.Code
	}
	return a.Name
}

func orNone(publisher string) string {
	if publisher == "" {
		return "(no publisher)"
	}
	return publisher
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
	for _, p := range ps {
		if *format == "jsonl" {
			b, _ := json.Marshal(p)
			fmt.Fprintf(out, "%s\n", b)
			continue
		}
		fmt.Fprintf(out, "%s: %d article(s)", orNone(p.Publisher), p.Articles)
		if !p.Since.IsZero() {
			fmt.Fprintf(out, ", %s to %s", p.Since, p.Until)
		}
		fmt.Fprintln(out)
		terms := func(label string, ts []chronicle.TermCount) {
			var parts []string
			for i, t := range ts {
				if i == *top {
					break
				}
				parts = append(parts, fmt.Sprintf("%s ×%d (%s)", t.Term, t.Count, t.Category))
			}
			if len(parts) > 0 {
				fmt.Fprintf(out, "  %s: %s\n", label, strings.Join(parts, "; "))
			}
		}
		terms("own words", p.AuthorTerms)
		terms("in quotes", p.QuotedTerms)
		var quoted []string
		for i, s := range p.Quoted {
			if i == *top {
				break
			}
			q := fmt.Sprintf("%s ×%d", s.Speaker, s.Count)
			if s.Code != "" {
				q = fmt.Sprintf("%s [%s] ×%d", s.Speaker, s.Code, s.Count)
			}
			quoted = append(quoted, q)
		}
		if len(quoted) > 0 {
			fmt.Fprintf(out, "  quotes: %s\n", strings.Join(quoted, "; "))
			fmt.Fprintf(out, "  quotes by side: %s\n", counts(p.QuotedBySide))
		}
		if len(p.EventMix) > 0 {
			fmt.Fprintf(out, "  events: %s\n", counts(p.EventMix))
		}
		for _, m := range p.Monthly {
			fmt.Fprintf(out, "  %s: %d article(s), %d loaded term(s) in its own words\n", m.Month, m.Articles, m.AuthorTerms)
		}
		fmt.Fprintln(out)
	}
	return nil
}

// counts writes a count map most frequent first, ties by name.
func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
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
	for _, en := range es {
		if *format == "jsonl" {
			b, _ := json.Marshal(en)
			fmt.Fprintf(out, "%s\n", b)
			continue
		}
		verb := "said"
		if en.Kind == chronicle.EntryEvent {
			verb = "did " + en.EventType
		}
		d := en.Date.String()
		if d == "" {
			d = "(undated)"
		}
		fmt.Fprintf(out, "%s  %s %s: %s\n    — %s, %s %s\n", d, en.Actor, verb, strings.Join(strings.Fields(en.Text), " "), en.DocID, orNone(en.Publisher), en.URL)
	}
	if len(es) == 0 && *format != "jsonl" {
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
	for _, c := range cs {
		if *format == "jsonl" {
			b, _ := json.Marshal(c)
			fmt.Fprintf(out, "%s\n", b)
			continue
		}
		fmt.Fprintf(out, "%s revision %d → %d (%s)\n", c.DocID, c.From, c.To, c.At)
		for _, a := range c.Added {
			fmt.Fprintf(out, "  + %s\n", a)
		}
		for _, r := range c.Removed {
			fmt.Fprintf(out, "  - %s\n", r)
		}
	}
	if len(cs) == 0 && *format != "jsonl" {
		fmt.Fprintf(e.stderr, "%s has one revision: nothing changed\n", pos[0])
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
	linked := 0
	for i := len(docs) - 1; i >= 0; i-- {
		links, err := k.l.Link(ctx, docs[i])
		if err != nil {
			e.report(err)
			continue
		}
		if links != nil {
			linked++
		}
	}
	fmt.Fprintf(e.stderr, "linked %d of %d stored articles (the others were linked already)\n", linked, len(docs))
	return nil
}
