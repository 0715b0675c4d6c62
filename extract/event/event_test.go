package event

import (
	"bytes"
	"compress/gzip"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/actor"
	"github.com/chronicle-news/chronicle/extract/entity"
	"github.com/chronicle-news/chronicle/models"
	"github.com/chronicle-news/chronicle/text"
)

var tagger *entity.Tagger

// analyse runs the text, entity and actor stages and the coder on one text.
func analyse(t *testing.T, c *Coder, res *actor.Resolver, s, published string) *chronicle.Document {
	t.Helper()
	doc := chronicle.NewDocument("t", s)
	if published != "" {
		d, err := chronicle.ParseDate(published)
		if err != nil {
			t.Fatal(err)
		}
		doc.Published = d
	}
	if tagger == nil {
		r, err := models.NER()
		if err != nil {
			t.Fatal(err)
		}
		if tagger, err = entity.Load(r); err != nil {
			t.Fatal(err)
		}
	}
	for _, st := range []chronicle.Stage{text.Stage{}, tagger, actor.NewStage(res), c} {
		if err := st.Process(doc); err != nil {
			t.Fatal(err)
		}
	}
	return doc
}

func newCoder(t *testing.T) (*Coder, *actor.Resolver) {
	t.Helper()
	res, err := actor.NewResolver(actor.Options{Default: models.Actors()})
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(Options{Dict: models.Events(), Resolver: res})
	if err != nil {
		t.Fatal(err)
	}
	return c, res
}

func code(a *chronicle.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

func TestCoder(t *testing.T) {
	c, res := newCoder(t)
	tests := []struct {
		name, text              string
		typ, source, target     string // codes; "" = no actor expected
		negated                 bool
		modality, trigger, date string
	}{
		{name: "an active verb takes the subject as source and the object as target",
			text: "Russian authorities blamed Ukrainian special services for the attack.",
			typ:  "ACCUSE", source: "RUSGOV", target: "UKRSPY", trigger: "blamed"},
		{name: "a passive verb takes the by-agent as source and the subject as target",
			text: "Kyiv was struck by Russian missiles.",
			typ:  "FIGHT", source: "RUSMIL", target: "UKRCVL", trigger: "was struck"},
		{name: "an appeal to do something is a demand on the person urged",
			text: "U.S. President Donald Trump urged Russian President Vladimir Putin to halt strikes.",
			typ:  "DEMAND", source: "USAGOV", target: "RUSGOV", trigger: "urged"},
		{name: "a negated attack is kept but marked negated",
			text: "Russia did not attack Ukraine.",
			typ:  "ASSAULT", source: "RUSMIL", target: "UKRGOV", negated: true, trigger: "did not attack"},
		{name: "a negated acceptance is a rejection",
			text: "Syria will not accept more refugees from Iraq.",
			typ:  "REJECT", source: "SYRGOV", trigger: "will not accept"},
		{name: "a denied event is marked negated, not coded as a refusal",
			text: "Iran denied that it had supplied drones to Russia.",
			typ:  "AID", source: "IRNGOV", target: "RUSGOV", negated: true, trigger: "had supplied"},
		{name: "a call for an investigation is a demand",
			text: "The United Nations called for an independent investigation into the killings.",
			typ:  "DEMAND", source: "IGOUNO", trigger: "called for"},
		{name: "a threat to attack is a threat, not an attack",
			text: "Iran threatened to attack Israel.",
			typ:  "THREATEN", source: "IRNGOV", target: "ISRGOV", trigger: "threatened"},
		{name: "an intention to support is an offer coded AGREE with intent",
			text: "Hungary will support a United Nations resolution.",
			typ:  "AGREE", source: "HUNGOV", modality: "intent", trigger: "will support"},
		{name: "a possibility keeps its type with the modality set",
			text: "Egypt may criticize Israel.",
			typ:  "DISAPPROVE", source: "EGYGOV", target: "ISRGOV", modality: "possible", trigger: "may criticize"},
		{name: "sanctions under consideration are only possible (the typing policy codes sanctions as SANCTION)",
			text: "The European Union would consider sanctions against Russia.",
			typ:  "SANCTION", source: "IGOEUREEC", target: "RUSGOV", modality: "possible", trigger: "would consider sanctions"},
		{name: "a meeting held with someone is a consultation with them",
			text: "Russian President Vladimir Putin held talks in Moscow with Chinese President Xi Jinping.",
			typ:  "CONSULT", source: "RUSGOV", target: "CHNGOV", trigger: "held talks"},
		{name: "a people living in a country is coded by where it lives",
			text: "Ethnic Albanians in south Serbia are demanding a U.N. military presence.",
			typ:  "DEMAND", source: "SRBCVL", trigger: "are demanding"},
		{name: "a plural subject head is not taken for a verb",
			text: "Security forces in Guinea have tortured Liberian refugees.",
			typ:  "ASSAULT", source: "GINMIL", target: "LBRREF", trigger: "have tortured"},
		{name: "a wire dateline is not the subject",
			text: "KYIV, March 3 (Reuters) - Russian forces shelled Kharkiv overnight.",
			typ:  "FIGHT", source: "RUSMIL", target: "UKRCVL", trigger: "shelled"},
		{name: "a weekday resolves across a month boundary",
			text: "On Friday, Israel shelled Gaza.", date: "2025-02-28",
			typ: "FIGHT", source: "ISRMIL", trigger: "shelled"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyse(t, c, res, tc.text, "2025-03-03")
			if len(doc.Events) == 0 {
				t.Fatalf("no event in %q", tc.text)
			}
			e := doc.Events[0]
			if e.Type != tc.typ || code(e.Source) != tc.source || (tc.target != "" && code(e.Target) != tc.target) {
				t.Errorf("got %s %s → %s, want %s %s → %s", e.Type, code(e.Source), code(e.Target), tc.typ, tc.source, tc.target)
			}
			if e.Negated != tc.negated || e.Modality != tc.modality {
				t.Errorf("negated=%v modality=%q, want %v %q", e.Negated, e.Modality, tc.negated, tc.modality)
			}
			if tc.trigger != "" && e.Trigger.Text != tc.trigger {
				t.Errorf("trigger %q, want %q", e.Trigger.Text, tc.trigger)
			}
			if tc.date != "" && e.Date.String() != tc.date {
				t.Errorf("date %s, want %s", e.Date, tc.date)
			}
			if e.Sentence.Empty() || e.Coder == "" || e.Confidence <= 0 {
				t.Errorf("sentence %v coder %q confidence %v: want all set", e.Sentence, e.Coder, e.Confidence)
			}
			if got := doc.Text[e.Trigger.ByteStart:e.Trigger.ByteEnd]; got != e.Trigger.Text {
				t.Errorf("trigger bytes give %q, text %q", got, e.Trigger.Text)
			}
		})
	}
}

func TestCoderFindsNoEvent(t *testing.T) {
	c, res := newCoder(t)
	for _, s := range []string{
		"The weather in Moscow was mild.",
		"The meeting led to real progress.",
		"Despite the recorded progress, major differences remain.",
		"Fans set fire to seats at the stadium after the match.",
		"A faulty heater set fire to a hostel in Nairobi.",
	} {
		if doc := analyse(t, c, res, s, ""); len(doc.Events) != 0 {
			t.Errorf("%q: got %+v", s, doc.Events)
		}
	}
}

func TestAttackNounInSubordinatePhrase(t *testing.T) {
	c, res := newCoder(t)
	doc := analyse(t, c, res, "U.S. President Donald Trump urged Russian President Vladimir Putin to halt strikes, following a Russian attack on Kyiv that killed 12 people.", "2025-04-25")
	var types []string
	for _, e := range doc.Events {
		types = append(types, e.Type+":"+code(e.Source)+">"+code(e.Target))
	}
	if len(doc.Events) != 2 || doc.Events[1].Type != "ASSAULT" || code(doc.Events[1].Source) != "RUSMIL" || code(doc.Events[1].Target) != "UKRCVL" {
		t.Errorf("got %v, want DEMAND then ASSAULT RUSMIL>UKRCVL", types)
	}
}

func TestDateUnknownWithoutExpression(t *testing.T) {
	c, res := newCoder(t)
	doc := analyse(t, c, res, "Iran threatened to attack Israel.", "2025-04-25")
	if len(doc.Events) != 1 || !doc.Events[0].Date.IsZero() || doc.Events[0].DateSpan != nil {
		t.Errorf("got %+v, want one event with no date", doc.Events)
	}
}

func TestReadDict(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("# test\nP\t19\tASSAULT\t\t\nP\t195\tASSAULT\taerial\tmilitary\nV\tKILL\tKILLED\t190\nT\tKILL\tAIRSTRIKE\t\t195\nS\t&WEAPON\tMISSILE\n" +
		"V\tKILL\tKICKED\t190\nT\tKILL\t\tOFF\t046\tKICK KICKED KICKING KICKS\n"))
	zw.Close()
	d, err := ReadDict(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if ev, mode, _, ok := d.Plover("1951"); !ok || ev != "ASSAULT" || mode != "aerial" {
		t.Errorf("Plover(1951) = %q %q %v: a code falls back to its prefix", ev, mode, ok)
	}
	if f, ok := d.match([]string{"KILLED"}, 0); !ok || f.code != "190" {
		t.Errorf("match KILLED = %+v %v", f, ok)
	}
	if got := d.refine("KILL", "KILLED", []string{"AIRSTRIKES"}, nil); got != "195" {
		t.Errorf("refine = %q: a pattern word matches its plural", got)
	}
	if got := d.refine("KILL", "KICKED", nil, []string{"OFF"}); got != "046" {
		t.Errorf("refine KICKED OFF = %q: a particle pattern serves the verb it was written for", got)
	}
	if got := d.refine("KILL", "KILLED", nil, []string{"OFF"}); got != "" {
		t.Errorf("refine KILLED OFF = %q: and no other verb of its block", got)
	}
	d2, err := ReadDict(gzipped("P\t19\tASSAULT\t\t\nP\t05\tSUPPORT\t\t\nP\t03\tAGREE\t\t\nV\tSTART\tOPENED\t---\n" +
		"T\tSTART\t\tBORDER\t050\nT\tSTART\t\tFIRE\t193\nT\tSTART\t\tPART\t030\nT\tSTART\t\tSTRONGHOLD\t192\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := d2.refine("START", "OPENED", nil, []string{"FIRE", "ON", "BORDER", "GUARDS"}); got != "193" {
		t.Errorf("refine OPENED FIRE ON BORDER GUARDS = %q: of two patterns as long, the nearer the verb", got)
	}
	if got := d2.refine("START", "OPENED", nil, []string{"PART", "OF", "A", "STRONGHOLD"}); got != "192" {
		t.Errorf("refine OPENED PART OF A STRONGHOLD = %q: a part of something is not the nearer pattern", got)
	}
	if !d.wordMatches("&WEAPON", "MISSILES") {
		t.Error("a synonym set matches its members' plurals")
	}
	if _, err := ReadDict(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("a dictionary that is not gzip is an error")
	}
}

// FuzzCoder checks that any text gives events whose spans lie inside it.
func FuzzCoder(f *testing.F) {
	res, err := actor.NewResolver(actor.Options{Default: models.Actors()})
	if err != nil {
		f.Fatal(err)
	}
	c, err := New(Options{Dict: models.Events(), Resolver: res})
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Kyiv was struck by Russian missiles.", "Iran threatened to attack Israel.", ", that who which by", "He said that it will not."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := chronicle.NewDocument("f", s)
		if err := (text.Stage{}).Process(doc); err != nil {
			return // the text stage refuses what is not text
		}
		for _, st := range []chronicle.Stage{actor.NewStage(res), c} {
			if err := st.Process(doc); err != nil {
				t.Fatal(err)
			}
		}
		for _, e := range doc.Events {
			for _, sp := range []chronicle.Span{e.Trigger, e.Sentence} {
				if sp.ByteStart < 0 || sp.ByteEnd > len(s) || sp.ByteStart > sp.ByteEnd {
					t.Fatalf("span %+v outside %q", sp, s)
				}
			}
		}
	})
}

func gzipped(s string) *bytes.Buffer {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(s))
	zw.Close()
	return &buf
}
