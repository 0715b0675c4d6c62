package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle"
)

func cmdQuery(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	db := fs.String("db", "chronicle.db", "`database`: a SQLite file path or a postgres:// URL")
	var f chronicle.DocumentFilter
	fs.StringVar(&f.Actor, "actor", "", "articles mentioning this `actor` (a name, or a code prefix such as RUSGOV or RUS)")
	fs.StringVar(&f.Publisher, "publisher", "", "articles from this `outlet`")
	fs.StringVar(&f.EventType, "event", "", "articles reporting an event of this PLOVER `type`")
	fs.StringVar(&f.Source, "source", "", "articles reporting an event whose source has this actor `code` prefix (RUS, RUSMIL); with --event, the same event")
	fs.Var(dateFlag{&f.Since}, "since", "articles published on or after `YYYY-MM-DD`")
	fs.Var(dateFlag{&f.Until}, "until", "articles published on or before `YYYY-MM-DD`")
	fs.IntVar(&f.Limit, "limit", 20, "at most `N` results")
	quotes := fs.String("quotes", "", "search quotes for these `words` instead of articles")
	speaker := fs.String("speaker", "", "with --quotes: only quotes by this `speaker`")
	format := fs.String("format", "text", "output `format`: text or jsonl")
	pos, err := parse(fs, args, e.stderr)
	if err != nil {
		return err
	}
	f.Text = strings.Join(pos, " ")
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()

	if *quotes != "" || *speaker != "" {
		hits, err := store.SearchQuotes(ctx, chronicle.QuoteFilter{Text: *quotes, Speaker: *speaker, Limit: f.Limit})
		if err != nil {
			return err
		}
		for _, h := range hits {
			if *format == "jsonl" {
				b, _ := json.Marshal(h)
				fmt.Fprintf(out, "%s\n", b)
				continue
			}
			who := h.Quote.SpeakerName
			if who == "" {
				who = "(unattributed)"
			}
			fmt.Fprintf(out, "%s: %s\n    — %s, %s %s\n", who, h.Content, h.DocID, h.Publisher, h.Published)
		}
		if len(hits) == 0 && *format != "jsonl" {
			fmt.Fprintln(e.stderr, "no quotes found")
		}
		return nil
	}
	page, err := store.Find(ctx, f)
	if err != nil {
		return err
	}
	for _, d := range page.Documents {
		if *format == "jsonl" {
			b, err := json.Marshal(d)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "%s\n", b)
			continue
		}
		fmt.Fprintf(out, "%-30s %-10s %-20s %s\n", d.ID, d.Published, trunc(d.Publisher, 20), trunc(d.Title, 80))
		if f.Actor != "" {
			for _, m := range mentions(d, f.Actor) {
				fmt.Fprintf(out, "    %s\n", m)
			}
		}
	}
	if len(page.Documents) == 0 && *format != "jsonl" {
		fmt.Fprintln(e.stderr, "no articles found")
	}
	if page.NextCursor != "" && *format != "jsonl" {
		fmt.Fprintf(e.stderr, "more results: raise --limit\n")
	}
	return nil
}

// mentions lists the entity mentions of d that match actor, with their
// offsets.
func mentions(d *chronicle.Document, actor string) []string {
	var out []string
	la := strings.ToLower(actor)
	for _, en := range d.Entities {
		text := en.Text
		name, code := "", ""
		if en.Actor != nil {
			name, code = en.Actor.Name, en.Actor.Code
		}
		if strings.Contains(strings.ToLower(text), la) || strings.Contains(strings.ToLower(name), la) ||
			strings.HasPrefix(code, strings.ToUpper(actor)) {
			m := fmt.Sprintf("%q at %d", text, en.Start)
			if code != "" {
				m += " → " + name + " [" + code + "]"
			}
			out = append(out, m)
		}
	}
	return out
}

func trunc(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
