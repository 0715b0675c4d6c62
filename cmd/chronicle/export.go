package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"strconv"

	"github.com/chronicle-news/chronicle"
)

// csvLayers maps --layer to the header and rows of one CSV table.
var csvLayers = map[string]struct {
	header []string
	rows   func(d *chronicle.Document) [][]string
}{
	"documents": {
		[]string{"doc_id", "revision", "url", "publisher", "published", "title", "entities", "quotes", "events", "framing", "claims"},
		func(d *chronicle.Document) [][]string {
			return [][]string{{d.ID, strconv.Itoa(d.Revision), d.URL, d.Publisher, d.Published.String(), d.Title,
				strconv.Itoa(len(d.Entities)), strconv.Itoa(len(d.Quotes)), strconv.Itoa(len(d.Events)), strconv.Itoa(len(d.Framing)), strconv.Itoa(len(d.Claims))}}
		},
	},
	"entities": {
		[]string{"doc_id", "start", "end", "text", "type", "actor", "actor_code", "role"},
		func(d *chronicle.Document) [][]string {
			var rows [][]string
			for _, e := range d.Entities {
				name, code, role := "", "", ""
				if e.Actor != nil {
					name, code = e.Actor.Name, e.Actor.Code
				}
				if e.Role != nil {
					role = e.Role.Title
				}
				rows = append(rows, []string{d.ID, strconv.Itoa(e.Start), strconv.Itoa(e.End), e.Text, e.Type, name, code, role})
			}
			return rows
		},
	},
	"quotes": {
		[]string{"doc_id", "start", "end", "content", "speaker", "speaker_name", "cue", "kind", "venue"},
		func(d *chronicle.Document) [][]string {
			var rows [][]string
			for _, q := range d.Quotes {
				speaker, cue := "", ""
				if q.Speaker != nil {
					speaker = spanText(d, *q.Speaker)
				}
				if q.Cue != nil {
					cue = spanText(d, *q.Cue)
				}
				rows = append(rows, []string{d.ID, strconv.Itoa(q.Content.Start), strconv.Itoa(q.Content.End), spanText(d, q.Content), speaker, q.SpeakerName, cue, q.Kind, q.Venue})
			}
			return rows
		},
	},
	"events": {
		[]string{"doc_id", "type", "mode", "source", "source_code", "target", "target_code", "date", "location", "fatalities", "injuries", "trigger"},
		func(d *chronicle.Document) [][]string {
			var rows [][]string
			for _, e := range d.Events {
				var sn, sc, tn, tc, fat, inj string
				if e.Source != nil {
					sn, sc = e.Source.Name, e.Source.Code
				}
				if e.Target != nil {
					tn, tc = e.Target.Name, e.Target.Code
				}
				if e.Fatalities != nil {
					fat = strconv.Itoa(*e.Fatalities)
				}
				if e.Injuries != nil {
					inj = strconv.Itoa(*e.Injuries)
				}
				rows = append(rows, []string{d.ID, e.Type, e.Mode, sn, sc, tn, tc, e.Date.String(), e.Location, fat, inj, spanText(d, e.Trigger)})
			}
			return rows
		},
	},
	"framing": {
		[]string{"doc_id", "start", "end", "text", "category", "technique", "voice", "speaker", "neutral"},
		func(d *chronicle.Document) [][]string {
			var rows [][]string
			for _, f := range d.Framing {
				rows = append(rows, []string{d.ID, strconv.Itoa(f.Start), strconv.Itoa(f.End), spanText(d, f.Span), f.Category, f.Technique, f.Voice, f.Speaker, f.Neutral})
			}
			return rows
		},
	},
	"claims": {
		[]string{"doc_id", "start", "end", "text", "quantity", "unit", "approximate", "speaker"},
		func(d *chronicle.Document) [][]string {
			var rows [][]string
			for _, c := range d.Claims {
				rows = append(rows, []string{d.ID, strconv.Itoa(c.Span.Start), strconv.Itoa(c.Span.End), spanText(d, c.Span),
					strconv.FormatFloat(c.Quantity, 'f', -1, 64), c.Unit, strconv.FormatBool(c.Approximate), c.Speaker})
			}
			return rows
		},
	},
}

func spanText(d *chronicle.Document, sp chronicle.Span) string {
	if sp.Text != "" {
		return sp.Text
	}
	if sp.ByteStart >= 0 && sp.ByteEnd <= len(d.Text) && sp.ByteStart < sp.ByteEnd {
		return d.Text[sp.ByteStart:sp.ByteEnd]
	}
	return ""
}

func cmdExport(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	db := fs.String("db", "chronicle.db", "`database`: a SQLite file path or a postgres:// URL")
	format := fs.String("format", "jsonl", "output `format`: jsonl (one analysis record per article) or csv")
	layer := fs.String("layer", "documents", "with csv: the `table` to write: documents, entities, quotes, events, framing or claims")
	if _, err := parse(fs, args, e.stderr); err != nil {
		return err
	}
	l, ok := csvLayers[*layer]
	if *format == "csv" && !ok {
		return chronicle.Errorf(chronicle.EINVALID, "unknown layer %q", *layer)
	}
	if *format != "csv" && *format != "jsonl" {
		return chronicle.Errorf(chronicle.EINVALID, "unknown format %q (jsonl, csv)", *format)
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	out := bufio.NewWriterSize(e.stdout, 1<<16)
	defer out.Flush()
	cw := csv.NewWriter(out)
	if *format == "csv" {
		cw.Write(l.header)
	}
	f := chronicle.DocumentFilter{Limit: 500}
	for {
		page, err := store.Find(ctx, f)
		if err != nil {
			return err
		}
		for _, d := range page.Documents {
			if *format == "csv" {
				cw.WriteAll(l.rows(d))
				continue
			}
			b, err := json.Marshal(d)
			if err != nil {
				return fmt.Errorf("export %s: %w", d.ID, err)
			}
			out.Write(b)
			out.WriteByte('\n')
		}
		if page.NextCursor == "" {
			break
		}
		f.Cursor = page.NextCursor
	}
	cw.Flush()
	return cw.Error()
}
