package framing

import (
	"bytes"
	"compress/gzip"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/models"
	"github.com/chronicle-news/chronicle/text"
)

func TestEvaluateGivesPartialCredit(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []GoldSpan
		labelled   bool
		want       Scores
	}{
		{"an exact span scores one", []GoldSpan{{0, 10, "Doubt"}}, []GoldSpan{{0, 10, "Doubt"}}, false, Scores{1, 1, 1}},
		{"a half-overlapping span earns half on each side", []GoldSpan{{0, 10, "Doubt"}}, []GoldSpan{{5, 15, "Doubt"}}, false, Scores{0.5, 0.5, 0.5}},
		{"a wrong technique earns nothing when labels count", []GoldSpan{{0, 10, "Doubt"}}, []GoldSpan{{0, 10, "Slogans"}}, true, Scores{}},
		{"a wrong technique still counts for span identification", []GoldSpan{{0, 10, "Doubt"}}, []GoldSpan{{0, 10, "Slogans"}}, false, Scores{1, 1, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Evaluate([][]GoldSpan{tc.gold}, [][]GoldSpan{tc.pred}, tc.labelled)
			if got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// tinyExamples are articles in which "disgraceful" is always loaded
// language and every sentence starting "Is it true" is doubt. The
// sentences around "disgraceful" are long enough that the one word is
// a small share of them, well clear of any sentence threshold.
func tinyExamples(t *testing.T) []Example {
	var out []Example
	for i := range 20 {
		s := "The vote in the council on Monday was disgraceful. Officials met on Monday. Is it true that they lied to everyone here?"
		if i%2 == 1 {
			s = "Officials met on Tuesday. The plan for the new road was disgraceful and the talks went on."
		}
		doc := chronicle.NewDocument("t", s)
		if err := (text.Stage{}).Process(doc); err != nil {
			t.Fatal(err)
		}
		ex := Example{Doc: doc}
		b := strings.Index(s, "disgraceful")
		ex.Spans = append(ex.Spans, GoldSpan{Start: b, End: b + len("disgraceful"), Technique: "Loaded_Language"})
		if b := strings.Index(s, "Is it true"); b >= 0 {
			ex.Spans = append(ex.Spans, GoldSpan{Start: b, End: len(s) - 1, Technique: "Doubt"})
		}
		out = append(out, ex)
	}
	return out
}

func TestModelLearnsTinyCorpusAndSurvivesWriteLoad(t *testing.T) {
	exs := tinyExamples(t)
	lx := BuiltinLexicon()
	m := Train(exs, TrainOptions{TagBits: 12, ClassBits: 10, TagEpochs: 5, ClassEpochs: 5, Rate: 0.2, Seed: 1, Lexicon: lx})
	if sc := m.Tune(exs, lx); sc.F1 < 0.9 {
		t.Errorf("SI F1 on the training articles = %.2f, want >= 0.9", sc.F1)
	}
	m2 := writeLoad(t, m)
	got, want := m2.Predict(exs[0].Doc, lx), m.Predict(exs[0].Doc, lx)
	for i := range want {
		want[i].Score, got[i].Score = 0, 0 // weights lose precision on disk
		want[i].Confidence, got[i].Confidence = 0, 0
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after Write and Load: %+v, before: %+v", got, want)
	}
	var techniques []string
	for _, s := range got {
		techniques = append(techniques, s.Technique)
	}
	if strings.Join(techniques, ",") != "Loaded_Language,Doubt" {
		t.Errorf("techniques = %v, want Loaded_Language then Doubt", techniques)
	}
}

func TestTechniqueSpansAreKeptApartFromFraming(t *testing.T) {
	m, err := Load(models.PTC())
	if err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	s := "The Kyiv regime’s disgraceful, treacherous lies will never stop. Is it not obvious that they want war?"
	doc := chronicle.NewDocument("t", s)
	if err := (text.Stage{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	if err := New(Options{Techniques: m}).Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Framing) != 1 || doc.Framing[0].Text != "Kyiv regime" || doc.Framing[0].Technique != "" {
		t.Errorf("framing = %+v, want the lexicon's one match and no technique", doc.Framing)
	}
	if len(doc.Techniques) == 0 {
		t.Fatal("no technique spans")
	}
	for _, f := range doc.Techniques {
		if f.Category != CategoryTechnique || f.Technique == "" || f.Voice == "" {
			t.Errorf("technique span %+v: want category %s, a technique and a voice", f, CategoryTechnique)
		}
	}
}

func TestLoadRejectsOtherFiles(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not gzip"), gzipped("chronicle-ptc-0\n")} {
		if _, err := Load(bytes.NewReader(in)); err == nil {
			t.Errorf("Load(%q): want an error", in)
		}
	}
}

func gzipped(s string) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(s))
	zw.Close()
	return buf.Bytes()
}

func FuzzProcess(f *testing.F) {
	for _, s := range []string{"", "the so-called", "so-called “Kyiv regime", "Zionist entity’s “human animals”", "régime — «so-called Ukraine»", "\"\"\"'''", "so-called so-called so-called"} {
		f.Add(s)
	}
	st := New(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		doc := chronicle.NewDocument("f", s)
		if err := (text.Stage{}).Process(doc); err != nil {
			return
		}
		if err := st.Process(doc); err != nil {
			t.Fatal(err)
		}
		n := utf8.RuneCountInString(s)
		for _, fr := range doc.Framing {
			if fr.Start < 0 || fr.End > n || fr.Start >= fr.End || fr.ByteEnd > len(s) || s[fr.ByteStart:fr.ByteEnd] != fr.Text || !utf8.ValidString(fr.Text) {
				t.Fatalf("bad span %+v in %q", fr.Span, s)
			}
			if fr.Voice != chronicle.VoiceAuthor && fr.Voice != chronicle.VoiceQuoted {
				t.Fatalf("bad voice %q", fr.Voice)
			}
		}
	})
}

func TestLoadedModelWritesTheSameFile(t *testing.T) {
	lx := BuiltinLexicon()
	m := Train(tinyExamples(t), TrainOptions{TagBits: 12, ClassBits: 10, TagEpochs: 2, ClassEpochs: 2, Rate: 0.2, Seed: 1, Lexicon: lx})
	var first, second bytes.Buffer
	if err := m.Write(&first); err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := loaded.Write(&second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gunzip(t, first.Bytes()), gunzip(t, second.Bytes())) {
		t.Error("a loaded model, written again, differs from the file it was loaded from")
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// A technique's bias names the found spans it tips, and survives the file;
// given spans are named without it.
func TestTechniqueBiasNamesFoundSpans(t *testing.T) {
	exs := tinyExamples(t)
	lx := BuiltinLexicon()
	m := Train(exs, TrainOptions{TagBits: 12, ClassBits: 10, TagEpochs: 5, ClassEpochs: 5, Rate: 0.2, Seed: 1, Lexicon: lx})
	m.Tune(exs, lx)
	plain := m.Predict(exs[0].Doc, lx)
	if len(plain) == 0 {
		t.Fatal("no spans found")
	}
	m.Bias = make([]float32, len(m.Techniques))
	tipped := ""
	for c, name := range m.Techniques {
		if name != plain[0].Technique {
			m.Bias[c], tipped = 1000, name
			break
		}
	}
	m2 := writeLoad(t, m)
	for _, s := range m2.Predict(exs[0].Doc, lx) {
		if s.Technique != tipped {
			t.Errorf("span %d-%d named %s under a large %s bias", s.First, s.Last, s.Technique, tipped)
		}
	}
	spans := []chronicle.Span{{Start: exs[0].Doc.Tokens[plain[0].First].Start, End: exs[0].Doc.Tokens[plain[0].Last-1].End}}
	if got := m2.Classify(exs[0].Doc, lx, spans); got[0] != plain[0].Technique {
		t.Errorf("a given span is named %s with the bias, %s without", got[0], plain[0].Technique)
	}
}

// writeLoad writes m and loads it back.
func writeLoad(t *testing.T, m *Model) *Model {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return m2
}
