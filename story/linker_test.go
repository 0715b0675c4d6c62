package story

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
)

func day(s string) chronicle.Date {
	d, err := chronicle.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// report builds a document with one event whose sentence is the whole text.
func report(id, publisher, published, text string, ev chronicle.Event) *chronicle.Document {
	d := chronicle.NewDocument(id, text)
	d.Publisher, d.Published, d.Revision = publisher, day(published), 1
	ev.Sentence = chronicle.Span{Start: 0, End: len([]rune(text)), ByteStart: 0, ByteEnd: len(text)}
	d.Events = []chronicle.Event{ev}
	return d
}

var (
	rusmil = &chronicle.Actor{Name: "Russian forces", Code: "RUSMIL"}
	ukrcvl = &chronicle.Actor{Name: "civilians", Code: "UKRCVL"}
	ukrmil = &chronicle.Actor{Name: "Ukrainian forces", Code: "UKRMIL"}
)

func strike(loc string) chronicle.Event {
	return chronicle.Event{Type: "ASSAULT", Source: rusmil, Target: ukrcvl, Location: loc}
}

func TestScore(t *testing.T) {
	base := Cluster{Type: "ASSAULT", Date: day("2025-05-10"), Source: rusmil, Target: ukrcvl, Location: "Kharkiv"}
	tests := []struct {
		name  string
		edit  func(c *Cluster)
		merge bool
	}{
		{"the same actors, type and place a day apart merge", func(c *Cluster) { c.Date = day("2025-05-11") }, true},
		{"another event type never merges", func(c *Cluster) { c.Type = "ACCUSE" }, false},
		{"an attack coded FIGHT by one report and ASSAULT by another merges", func(c *Cluster) { c.Type = "FIGHT" }, true},
		{"a month apart does not merge", func(c *Cluster) { c.Date = day("2025-06-10") }, false},
		{"a source of another country does not merge", func(c *Cluster) { c.Source = ukrmil }, false},
		{"another city the same day does not merge", func(c *Cluster) { c.Location = "Odesa" }, false},
		{"an unknown target still merges on source and place", func(c *Cluster) { c.Target = nil }, true},
		{"undated reports with unrelated wording do not merge", func(c *Cluster) { c.Date = chronicle.Date{} }, false},
		{"no actors and no place with unrelated wording do not merge", func(c *Cluster) {
			c.Source, c.Target, c.Location = nil, nil, ""
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := base
			tt.edit(&e)
			if _, ok := Score(e, base, 3); ok != tt.merge {
				t.Errorf("merge = %v, want %v", ok, tt.merge)
			}
		})
	}
}

func link(t *testing.T, l *Linker, m *Memory, d *chronicle.Document) *Links {
	t.Helper()
	m.Remember(d)
	links, err := l.Link(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	return links
}

func TestLinkerMergesReportsAndKeepsEveryFigure(t *testing.T) {
	m := NewMemory()
	l := NewLinker(m, Options{})
	a := report("a", "Kyiv Daily", "2025-05-10", "A Russian missile strike on Kharkiv killed 12 people on Saturday.", strike("Kharkiv"))
	b := report("b", "Euro Wire", "2025-05-11", "Officials said nine people were killed when missiles hit Kharkiv.", strike("Kharkiv"))
	b.Quotes = []chronicle.Quote{{Content: chronicle.Span{ByteStart: 15, ByteEnd: 41}, SpeakerName: "officials", Kind: chronicle.QuoteIndirect}}
	later := report("c", "Kyiv Daily", "2025-06-12", "Russian forces struck Kharkiv again, damaging a school.", strike("Kharkiv"))
	la, lb, lc := link(t, l, m, a), link(t, l, m, b), link(t, l, m, later)
	if len(la.New) != 1 || len(lb.New) != 0 || lb.Members[0].Cluster != la.New[0].ID {
		t.Fatalf("second report did not join the first: %+v", lb)
	}
	if len(lc.New) != 1 {
		t.Errorf("a report a month later joined the merged event")
	}
	figs := append(la.Members[0].Figures, lb.Members[0].Figures...)
	want := map[string]bool{"12 killed a ": true, "9 killed b officials": true}
	for _, f := range figs {
		k := strings.Join([]string{ftoa(f.Quantity), f.Unit, f.DocID, f.Speaker}, " ")
		delete(want, k)
	}
	if len(want) > 0 {
		t.Errorf("figures %+v lack %v", figs, want)
	}
}

// Groups tell the happenings of one sentence apart, and the linker keeps
// them apart: a court's order in one city and the arrest it follows, a day
// earlier somewhere else, are two merged events however well they score.
func TestLinkerKeepsTheGroupsOfOneSentenceApart(t *testing.T) {
	m := NewMemory()
	l := NewLinker(m, Options{})
	ksv := &chronicle.Actor{Code: "KSVGOV"}
	srb := &chronicle.Actor{Code: "SRB"}
	d := report("k", "Pristina Times", "2026-05-17", "A court in Pristina ordered custody for a Serb man who was detained on Saturday in Kosovo.",
		chronicle.Event{Type: "COERCE", Source: ksv, Location: "Pristina"})
	arrest := d.Events[0]
	arrest.Target, arrest.Location, arrest.Date = srb, "Kosovo", day("2026-05-16")
	d.Events = append(d.Events, arrest)
	if g := Groups(d); len(g) != 2 {
		t.Fatalf("Groups = %v, want two", g)
	}
	got := link(t, l, m, d)
	if len(got.New) != 2 {
		t.Errorf("the two happenings of one sentence made %d merged events, want 2", len(got.New))
	}
}

// A denial is a source on the happening it denies, with the toll it gives,
// marked as a denial; alone, it founds no merged event.
func TestLinkerJoinsADenialToTheEventItDenies(t *testing.T) {
	m := NewMemory()
	l := NewLinker(m, Options{})
	lone := strike("Sumy")
	lone.Negated = true
	ld := link(t, l, m, report("d0", "Moscow Wire", "2025-05-09", "Russia denied shelling a hospital in Sumy.", lone))
	if len(ld.New) != 0 || len(ld.Members) != 0 {
		t.Fatalf("a denial with nothing to deny founded a merged event: %+v", ld)
	}
	a := report("a", "Kyiv Daily", "2025-05-10", "A Russian missile strike on Kharkiv killed 12 people on Saturday.", strike("Kharkiv"))
	denied := strike("Kharkiv")
	denied.Negated = true
	b := report("b", "Moscow Wire", "2025-05-11", "Moscow denied striking Kharkiv, where officials said 14 people died.", denied)
	la, lb := link(t, l, m, a), link(t, l, m, b)
	if len(lb.New) != 0 || len(lb.Members) != 1 || lb.Members[0].Cluster != la.New[0].ID || !lb.Members[0].Denied {
		t.Fatalf("the denial did not join the event it denies as a denial: %+v", lb)
	}
	if la.Members[0].Denied {
		t.Errorf("the affirming report is marked as a denial")
	}
	found := false
	for _, f := range lb.Members[0].Figures {
		found = found || f.Quantity == 14 && f.Kind == "killed"
	}
	if !found {
		t.Errorf("the toll in the denial's sentence is lost: %+v", lb.Members[0].Figures)
	}
}

// The policing of a protest takes the protesters as its target from the
// protest, never what they protested against.
func TestFillMapsAProtestOntoItsPolicing(t *testing.T) {
	cop := &chronicle.Actor{Name: "police", Code: "GEOCOP"}
	crowd := &chronicle.Actor{Name: "protesters", Code: "GEOCVL"}
	eu := &chronicle.Actor{Name: "the European Union", Code: "IGOEUREEC"}
	c, _ := fill(Cluster{Type: "COERCE", Source: cop}, Cluster{Type: "PROTEST", Source: crowd, Target: eu})
	if c.Source != cop || c.Target != crowd {
		t.Errorf("policing filled from its protest = %+v → %+v, want police → protesters", c.Source, c.Target)
	}
	p, _ := fill(Cluster{Type: "PROTEST"}, Cluster{Type: "ASSAULT", Source: cop, Target: crowd})
	if p.Source != crowd || p.Target != nil {
		t.Errorf("protest filled from its policing = %+v → %+v, want protesters → nobody", p.Source, p.Target)
	}
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func TestLinkerMarksACopyOfTheOriginal(t *testing.T) {
	m := NewMemory()
	l := NewLinker(m, Options{})
	orig := report("wire-1", "Wire", "2025-05-10", wire, strike("Kharkiv"))
	cp := report("paper-1", "Paper", "2025-05-10", wire+" The mayor declared a day of mourning.", strike("Kharkiv"))
	cp.Title = "Twelve dead in Kharkiv"
	cp2 := report("paper-2", "Other Paper", "2025-05-10", "Updated: "+wire, strike("Kharkiv"))
	link(t, l, m, orig)
	lc, lc2 := link(t, l, m, cp), link(t, l, m, cp2)
	if lc.Article.CopyOf != "wire-1" || lc2.Article.CopyOf != "wire-1" {
		t.Errorf("CopyOf = %q and %q, want wire-1 for both", lc.Article.CopyOf, lc2.Article.CopyOf)
	}
	noEvents := chronicle.NewDocument("paper-3", wire)
	if l3 := link(t, l, m, noEvents); l3.Article.CopyOf != "wire-1" {
		t.Errorf("an article without events: CopyOf = %q, want wire-1", l3.Article.CopyOf)
	}
}

func TestLinkIsIdempotentAndRecordsRevisionChanges(t *testing.T) {
	m := NewMemory()
	l := NewLinker(m, Options{})
	v1 := report("x", "Wire", "2025-05-10", "Russian missiles hit Kharkiv, killing 12 people.", strike("Kharkiv"))
	link(t, l, m, v1)
	if again := link(t, l, m, v1); again != nil {
		t.Error("linking the same revision twice did work twice")
	}
	v2 := report("x", "Wire", "2025-05-10", "Russian missiles hit Kharkiv and Odesa, killing 14 people.", strike("Odesa"))
	v2.Revision = 2
	l2 := link(t, l, m, v2)
	if l2.Change == nil {
		t.Fatal("no change recorded for revision 2")
	}
	if got := strings.Join(l2.Change.Added, "|"); !strings.Contains(got, "event ASSAULT RUSMIL→UKRCVL at Odesa") {
		t.Errorf("added = %v", l2.Change.Added)
	}
	if got := strings.Join(l2.Change.Removed, "|"); !strings.Contains(got, "at Kharkiv") {
		t.Errorf("removed = %v", l2.Change.Removed)
	}
}

func TestReadFiguresTellsKilledFromInjuredAndKeepsDurationsOffStrikes(t *testing.T) {
	// The duration of talks is no figure of a strike.
	text := "The strike killed 12 people and injured 30 others. Talks lasted about three hours."
	d := report("f", "P", "2025-05-10", text, strike(""))
	var got []string
	for _, f := range Figures(d, 0) {
		got = append(got, ftoa(f.Quantity)+" "+f.Unit+"/"+f.Kind)
	}
	want := "12 killed/killed|30 injured/injured"
	if strings.Join(got, "|") != want {
		t.Errorf("figures = %v, want %s", got, want)
	}
}

func TestDayPrecise(t *testing.T) {
	for _, tt := range []struct {
		evidence string
		want     bool
	}{
		{"on Tuesday", true}, {"April 25", true}, {"25 April 2025", true}, {"yesterday", true}, {"2025-04-25", true},
		{"in 2004", false}, {"last month", false}, {"in March", false}, {"March 2004", false}, {"last year", false},
	} {
		if got := dayPrecise(tt.evidence); got != tt.want {
			t.Errorf("dayPrecise(%q) = %v, want %v", tt.evidence, got, tt.want)
		}
	}
}

func TestGroupsJoinEventsOfOneSentenceThatDoNotConflict(t *testing.T) {
	text := "A Russian attack on Kyiv killed nine people. Ukraine struck Belgorod."
	first := chronicle.Span{ByteStart: 0, ByteEnd: 44}
	second := chronicle.Span{ByteStart: 45, ByteEnd: len(text)}
	d := chronicle.NewDocument("g", text)
	d.Events = []chronicle.Event{
		{Type: "FIGHT", Source: &chronicle.Actor{Code: "RUSGOV"}, Sentence: first},
		{Type: "ASSAULT", Source: rusmil, Target: ukrcvl, Sentence: first},
		{Type: "ASSAULT", Source: ukrmil, Sentence: second},
		{Type: "ASSAULT", Source: ukrmil, Sentence: first},
	}
	got := Groups(d)
	if len(got) != 3 || len(got[0]) != 2 || got[0][1] != 1 || got[1][0] != 2 || got[2][0] != 3 {
		t.Errorf("Groups = %v, want [[0 1] [2] [3]]", got)
	}
}

// A place the text puts in a wider one right after it carries that one: a
// report naming the place agrees on where it happened, one naming only the
// wider place neither agrees nor disagrees.
func TestPlaceNearCarriesItsContainer(t *testing.T) {
	text := "Five soldiers were injured when drones hit their base in the town of Suarez, in Cauca, on Saturday."
	d := chronicle.NewDocument("c", text)
	at := func(w string) chronicle.Span {
		i := strings.Index(text, w)
		return chronicle.Span{Start: i, End: i + len(w), ByteStart: i, ByteEnd: i + len(w), Text: w}
	}
	d.Entities = []chronicle.Entity{{Span: at("Suarez"), Type: "LOC"}, {Span: at("Cauca"), Type: "LOC"}}
	all := chronicle.Span{Start: 0, End: len(text), ByteStart: 0, ByteEnd: len(text)}
	d.Sentences = []chronicle.Sentence{{Span: all}}
	d.Events = []chronicle.Event{{Type: "ASSAULT", Sentence: all}}
	c := EventCluster(d, 0)
	if c.Location != "Suarez, Cauca" || !samePlace(c.Location, "Suarez") || samePlace(c.Location, "Cauca") || !placeInside(c.Location, "Cauca") {
		t.Errorf("location = %q, want Suarez, Cauca agreeing with Suarez and inside Cauca", c.Location)
	}
}

// Talks or an agreement each side reports naming itself first fill the
// side the merged event lacks, not the side it has twice.
func TestFillTakesTheOtherSideOfTalks(t *testing.T) {
	ind := &chronicle.Actor{Name: "Indian government", Code: "INDGOV"}
	pak := &chronicle.Actor{Name: "Pakistani government", Code: "PAKGOV"}
	c, _ := fill(Cluster{Type: "AGREE", Source: ind}, Cluster{Type: "AGREE", Source: pak, Target: ind})
	if c.Target == nil || c.Target.Code != "PAKGOV" {
		t.Errorf("target = %+v, want PAKGOV", c.Target)
	}
}

// queryCounter counts the candidate queries an Index answers.
type queryCounter struct {
	*Memory
	asked int
}

func (c *queryCounter) Candidates(ctx context.Context, q Query) ([]Cluster, error) {
	c.asked++
	return c.Memory.Candidates(ctx, q)
}

// TestOneDocumentAsksOnceForEventsThatShareTheirKeys: the store is read
// once for a document's events that share keys and a day (nothing is saved
// until the document is linked), and the second event still joins the
// merged event the first joined.
func TestOneDocumentAsksOnceForEventsThatShareTheirKeys(t *testing.T) {
	idx := &queryCounter{Memory: NewMemory()}
	l := NewLinker(idx, Options{})
	a := report("a", "Kyiv Daily", "2025-05-10", "A Russian missile strike on Kharkiv killed 12 people on Saturday.", strike("Kharkiv"))
	link(t, l, idx.Memory, a)
	text := "Russian missiles hit Kharkiv. In a second wave, Russian drones hit Kharkiv again."
	b := report("b", "Euro Wire", "2025-05-10", text, strike("Kharkiv"))
	second := strike("Kharkiv")
	second.Sentence = chronicle.Span{Start: 30, End: len(text), ByteStart: 30, ByteEnd: len(text)}
	b.Events[0].Sentence = chronicle.Span{Start: 0, End: 29, ByteStart: 0, ByteEnd: 29}
	b.Events = append(b.Events, second)
	idx.asked = 0
	lb, err := l.Link(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	if idx.asked != 1 {
		t.Errorf("%d candidate queries for two events with the same keys and day, want 1", idx.asked)
	}
	if len(lb.New) != 0 || len(lb.Members) != 1 {
		t.Errorf("links %+v; want both events in the merged event the first report founded", lb)
	}
}

// A body a statement is about is no place: "blamed the ADF" happened at no
// "ADF".
func TestAStatementsTargetIsNoPlace(t *testing.T) {
	text := "Uganda's army blamed the ADF."
	d := chronicle.NewDocument("s", text)
	i := strings.Index(text, "ADF")
	adf := chronicle.Span{Start: i, End: i + 3, ByteStart: i, ByteEnd: i + 3, Text: "ADF"}
	d.Entities = []chronicle.Entity{{Span: adf, Type: "ORG"}}
	all := chronicle.Span{Start: 0, End: len(text), ByteStart: 0, ByteEnd: len(text)}
	d.Sentences = []chronicle.Sentence{{Span: all}}
	d.Events = []chronicle.Event{{Type: "ACCUSE", Sentence: all, Target: &chronicle.Actor{Name: "ADF"}}}
	if c := EventCluster(d, 0); c.Location == "ADF" {
		t.Errorf("location = %q, want no place", c.Location)
	}
}

// A report's dateline does not replace the country a merged event is
// placed in: it says where the report was filed.
func TestFillKeepsTheCountryOverADateline(t *testing.T) {
	c := Cluster{Type: "FIGHT", Location: "Yemen"}
	e := Cluster{Type: "FIGHT", Location: "SANAA", WeakPlace: true,
		countries: map[string]placeCountry{"yemen": {code: "YEM", itself: true}, "sanaa": {code: "YEM"}}}
	if got, _ := fill(c, e); got.Location != "Yemen" {
		t.Errorf("location = %q, want Yemen", got.Location)
	}
}
