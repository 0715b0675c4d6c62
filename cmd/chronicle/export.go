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
	return sp.In(d.Text)
}

func cmdExport(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	db := fs.String("db", "chronicle.db", "`database`: a SQLite file path or a postgres:// URL")
	format := fs.String("format", "jsonl", "output `format`: jsonl (one analysis record per article), csv, or plover (PLOVER JSON, one event per line)")
	layer := fs.String("layer", "documents", "with csv: the `table` to write: documents, entities, quotes, events, framing or claims")
	if _, err := parse(fs, args, e.stderr); err != nil {
		return err
	}
	l, ok := csvLayers[*layer]
	if *format == "csv" && !ok {
		return chronicle.Errorf(chronicle.EINVALID, "unknown layer %q", *layer)
	}
	if *format != "csv" && *format != "jsonl" && *format != "plover" {
		return chronicle.Errorf(chronicle.EINVALID, "unknown format %q (jsonl, csv, plover)", *format)
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
			if *format == "plover" {
				if err := writePlover(out, d); err != nil {
					return err
				}
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

// ploverActor is an actor as PLOVER records give it: the text, the
// country code and the sector ("RUSGOV" → RUS, GOV).
type ploverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Sector    string `json:"sector,omitempty"`
}

// ploverEvent is one event in the PLOVER JSON layout.
type ploverEvent struct {
	ID        string        `json:"id"`
	Date      string        `json:"date"`
	Event     string        `json:"event"`
	Mode      string        `json:"mode"`
	Context   string        `json:"context"`
	Source    []ploverActor `json:"source"`
	Target    []ploverActor `json:"target"`
	EventText string        `json:"eventText"`
	EventLoc  *struct {
		Name string `json:"name"`
	} `json:"eventLoc,omitempty"`
	Dead        *int    `json:"dead,omitempty"`
	Injured     *int    `json:"injured,omitempty"`
	Modality    string  `json:"modality,omitempty"`
	Text        string  `json:"text"`
	URL         string  `json:"url,omitempty"`
	Publication string  `json:"publication,omitempty"`
	Language    string  `json:"language"`
	Coder       string  `json:"coder"`
	Confidence  float64 `json:"confidence,omitempty"`
}

// writePlover writes d's events as PLOVER JSON lines. Negated events are
// left out: PLOVER has no way to say an event did not happen. The date is
// the event's, else the article's publication day.
func writePlover(w *bufio.Writer, d *chronicle.Document) error {
	for i, e := range d.Events {
		if e.Negated {
			continue
		}
		p := ploverEvent{ID: fmt.Sprintf("%s-%d", d.ID, i+1), Date: e.Date.String(), Event: e.Type, Mode: e.Mode,
			Context: e.Context, Source: ploverActors(e.Source), Target: ploverActors(e.Target),
			EventText: spanText(d, e.Trigger), Dead: e.Fatalities, Injured: e.Injuries, Modality: e.Modality,
			Text: spanText(d, e.Sentence), URL: d.URL, Publication: d.Publisher, Language: "en",
			Coder: "chronicle " + e.Coder, Confidence: e.Confidence}
		if p.Date == "" {
			p.Date = d.Published.String()
		}
		if e.Location != "" {
			p.EventLoc = &struct {
				Name string `json:"name"`
			}{e.Location}
		}
		b, err := json.Marshal(p)
		if err != nil {
			return fmt.Errorf("export %s: %w", d.ID, err)
		}
		w.Write(b)
		w.WriteByte('\n')
	}
	return nil
}

func ploverActors(a *chronicle.Actor) []ploverActor {
	if a == nil {
		return []ploverActor{}
	}
	p := ploverActor{ActorText: a.Name, Code: a.Code}
	if len(a.Code) == 6 {
		p.Code, p.Sector = a.Code[:3], a.Code[3:]
	}
	return []ploverActor{p}
}
