package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// go test ./report -update rewrites the golden files from the current output.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name.golden, or rewrites the file with
// -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./report -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./report -update rewrites it after a deliberate change)\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

func date(t *testing.T, s string) chronicle.Date {
	t.Helper()
	d, err := chronicle.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func intp(n int) *int { return &n }

func TestGoldenReports(t *testing.T) {
	tests := []struct {
		name  string
		write func(*bytes.Buffer)
	}{
		{"document", func(b *bytes.Buffer) { Text(b, storyDocument(t)) }},
		{"events", func(b *bytes.Buffer) { Events(b, mergedEvents(t)) }},
		{"outlets", func(b *bytes.Buffer) { Outlets(b, outletProfiles(t), 2) }},
		{"timeline", func(b *bytes.Buffer) { Timeline(b, timeline(t)) }},
		{"changes", func(b *bytes.Buffer) { Changes(b, changes()) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			tc.write(&b)
			golden(t, tc.name, b.Bytes())
		})
	}
}

func TestEmptyListsWriteNothing(t *testing.T) {
	var b bytes.Buffer
	Events(&b, nil)
	Outlets(&b, nil, 10)
	Timeline(&b, nil)
	Changes(&b, nil)
	if b.Len() != 0 {
		t.Errorf("empty lists wrote %q", b.String())
	}
}

// storyDocument is a short analysed story with one item of every layer.
func storyDocument(t *testing.T) *chronicle.Document {
	s := "Moscow talks end\n\nRussian forces shelled Kharkiv on Monday, killing 12 people, the regional governor Oleh Syniehubov said. " +
		"“We will not give up,” Syniehubov told reporters. The so-called referendum was a sham, an official said."
	ix := text.NewIndex(s)
	sp := func(sub string) chronicle.Span {
		i := strings.Index(s, sub)
		if i < 0 {
			t.Fatalf("%q is not in the story", sub)
		}
		return ix.Span(i, i+len(sub))
	}
	doc := chronicle.NewDocument("moscow/1", s)
	doc.Title = "Moscow talks end"
	doc.Publisher = "Test Wire"
	doc.Published = date(t, "2025-04-25")
	doc.URL = "https://wire.example/moscow/1"
	for _, st := range []string{"Russian forces shelled Kharkiv on Monday, killing 12 people, the regional governor Oleh Syniehubov said.",
		"“We will not give up,” Syniehubov told reporters.", "The so-called referendum was a sham, an official said."} {
		doc.Sentences = append(doc.Sentences, chronicle.Sentence{Span: sp(st), Paragraph: 1})
	}
	doc.Paragraphs = []chronicle.Span{sp("Moscow talks end"), sp(s[strings.Index(s, "Russian"):])}
	speaker := sp("Syniehubov told")
	speaker.End -= len(" told")
	speaker.ByteEnd -= len(" told")
	cue := sp("told")
	doc.Entities = []chronicle.Entity{
		{Span: sp("Kharkiv"), Type: "LOC", Actor: &chronicle.Actor{Name: "Ukraine", Code: "UKR"}},
		{Span: sp("Oleh Syniehubov"), Type: "PER", Role: &chronicle.Role{Title: "governor", Organization: "Kharkiv region"}, Actor: &chronicle.Actor{Name: "Oleh Syniehubov", Code: "UKRGOV"}},
		{Span: speaker, Type: "PER"},
		{Span: sp("Monday"), Type: "DATE"},
	}
	doc.Quotes = []chronicle.Quote{
		{Content: sp("We will not give up,"), Speaker: &speaker, SpeakerName: "Oleh Syniehubov", Cue: &cue, Kind: chronicle.QuoteDirect, Venue: "reporters"},
		{Content: sp("The so-called referendum was a sham"), Kind: "indirect", Anonymous: true, SpeakerName: "an official"},
	}
	doc.Events = []chronicle.Event{{
		Type: "ASSAULT", Mode: "aerial", Source: &chronicle.Actor{Name: "Russian military", Code: "RUSMIL"}, Target: &chronicle.Actor{Name: "Kharkiv"},
		Trigger: sp("shelled"), Location: "Kharkiv", Date: date(t, "2025-04-21"), Fatalities: intp(12), Modality: "asserted",
	}}
	doc.Framing = []chronicle.Frame{{Span: sp("so-called"), Category: chronicle.FrameDelegitimizingQualifier, Voice: chronicle.VoiceQuoted,
		Speaker: "an official", Neutral: "the", Side: "UKR"}}
	doc.Techniques = []chronicle.Frame{
		{Span: sp("a sham"), Category: "propaganda-technique", Technique: "Name_Calling,Labeling", Voice: chronicle.VoiceQuoted, Speaker: "an official", Confidence: 0.71, Shown: true},
		{Span: sp("We will not give up"), Category: "propaganda-technique", Technique: "Slogans", Voice: chronicle.VoiceQuoted, Confidence: 0.3},
	}
	doc.Claims = []chronicle.Claim{
		{Span: sp("12 people"), Quantity: 12, Unit: "people killed", Bound: "min", Approximate: true, Speaker: "Oleh Syniehubov"},
	}
	return doc
}

// mergedEvents are two merged events: one with a syndicated copy, a named
// reporter and conflicting figures, one with nothing but its type.
func mergedEvents(t *testing.T) []chronicle.EventCluster {
	return []chronicle.EventCluster{
		{
			ID: "ev-1", Type: "FIGHT", Date: date(t, "2025-05-13"), Location: "Zaporizhzhia",
			Source: &chronicle.Actor{Name: "Russian military", Code: "RUSMIL"}, Target: &chronicle.Actor{Code: "UKRMIL"},
			Articles: []chronicle.ClusterArticle{
				{DocID: "courier-1", Publisher: "Black Sea Courier", Published: date(t, "2025-05-13"), ReportedBy: "interior ministry", Title: "Strike on \"Zaporizhzhia\""},
				{DocID: "ledger-1", Publisher: "Morning Ledger", Published: date(t, "2025-05-14"), CopyOf: "wire-1"},
				{DocID: "wire-1", Published: date(t, "2025-05-14")},
			},
			Independent: 2,
			Figures: []chronicle.Figure{
				{Quantity: 9, Unit: "people killed", Kind: "killed", DocID: "wire-1", Publisher: "Continental Wire", Speaker: "Ivan Fedorov", Text: "Nine people were killed"},
				{Quantity: 28.5, Unit: "people injured", Kind: "injured", DocID: "wire-1", Publisher: "Continental Wire", Text: strings.Repeat("a figure in a very long sentence ", 3)},
				{Quantity: 10, Unit: "people killed", Kind: "killed", DocID: "courier-1", Publisher: "Black Sea Courier", Speaker: "interior ministry", Text: "at least 10 people were killed"},
			},
		},
		{ID: "ev-2", Type: "CONSULT", Source: &chronicle.Actor{Name: "Vladimir Putin"}, Articles: []chronicle.ClusterArticle{{DocID: "moscow/1", Publisher: "Test Wire"}}, Independent: 1},
	}
}

// outletProfiles are two outlets: a full profile cut at the top terms, and
// one with no publisher and no dates.
func outletProfiles(t *testing.T) []chronicle.OutletProfile {
	return []chronicle.OutletProfile{
		{
			Publisher: "Test Wire", Articles: 3, Since: date(t, "2025-04-25"), Until: date(t, "2025-05-14"),
			AuthorTerms:  []chronicle.TermCount{{Term: "regime", Category: "loaded-label", Count: 4}, {Term: "so-called", Category: "delegitimizing-qualifier", Count: 2}, {Term: "terrorists", Category: "delegitimizing-label", Count: 1}},
			QuotedTerms:  []chronicle.TermCount{{Term: "junta", Category: "delegitimizing-label", Count: 1}},
			Quoted:       []chronicle.SpeakerCount{{Speaker: "Sergei Lavrov", Code: "RUSGOV", Count: 5}, {Speaker: "unnamed source", Count: 2}, {Speaker: "Ivan Fedorov", Code: "UKRGOV", Count: 1}},
			QuotedBySide: map[string]int{"RUS": 5, "UKR": 1, "unknown": 2, "GBR": 1},
			EventMix:     map[string]int{"CONSULT": 2, "ASSAULT": 2, "AGREE": 1},
			Monthly:      []chronicle.MonthCount{{Month: "2025-04", Articles: 1, AuthorTerms: 5}, {Month: "2025-05", Articles: 2, AuthorTerms: 2}},
		},
		{Articles: 1},
	}
}

func timeline(t *testing.T) []chronicle.TimelineEntry {
	return []chronicle.TimelineEntry{
		{Kind: chronicle.EntryQuote, Actor: "Sergei Lavrov", Text: "We are ready\n  to talk.", DocID: "moscow/1", Publisher: "Test Wire", URL: "https://wire.example/moscow/1"},
		{Date: date(t, "2025-04-25"), Kind: chronicle.EntryEvent, EventType: "CONSULT", Actor: "Sergei Lavrov", Text: "Lavrov met Rubio in Riyadh.", DocID: "riyadh/2"},
	}
}

func changes() []chronicle.RevisionChange {
	return []chronicle.RevisionChange{
		{DocID: "herald-1", From: 1, To: 2, At: "2025-05-14T08:00:00Z", Added: []string{"claim 10 people killed (by interior ministry)", "entity DATE Tuesday"}, Removed: []string{"claim 12 people killed"}},
		{DocID: "herald-1", From: 2, To: 3, At: "2025-05-15T09:30:00Z", Added: []string{"quote Ivan Fedorov: “It was a hard night”"}},
	}
}
