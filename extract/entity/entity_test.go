package entity_test

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/entity"
	"github.com/chronicle-news/chronicle/models"
)

var (
	loadOnce sync.Once
	tagger   *entity.Tagger
	loadErr  error
)

// shippedTagger is the embedded model, loaded once for all tests.
func shippedTagger(tb testing.TB) *entity.Tagger {
	tb.Helper()
	loadOnce.Do(func() {
		r, err := models.NER()
		if err != nil {
			loadErr = err
			return
		}
		tagger, loadErr = entity.Load(r)
	})
	if loadErr != nil {
		tb.Fatal(loadErr)
	}
	return tagger
}

// entities renders tags as "text/TYPE" strings.
func entities(words, tags []string) []string {
	var out []string
	for _, c := range entity.Chunks(tags) {
		out = append(out, strings.Join(words[c.Start:c.End], " ")+"/"+c.Type)
	}
	return out
}

func TestTagFindsNamesInNewsSentences(t *testing.T) {
	tg := shippedTagger(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a minister, an envoy and a capital",
			"Russian Foreign Minister Sergey Lavrov met U.S. envoy Steve Witkoff in Moscow .",
			[]string{"Russian/MISC", "Sergey Lavrov/PER", "U.S./LOC", "Steve Witkoff/PER", "Moscow/LOC"}},
		{"an organisation and a country",
			"The European Commission said on Thursday it disagreed with advice from Germany .",
			[]string{"European Commission/ORG", "Germany/LOC"}},
		{"an all-caps headline",
			"RUSSIA AND UKRAINE AGREE TO TALKS IN GENEVA",
			[]string{"RUSSIA/LOC", "UKRAINE/LOC", "GENEVA/LOC"}},
		{"a dateline",
			"MOSCOW 1996-08-22",
			[]string{"MOSCOW/LOC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.text)
			got := entities(words, tg.Tag(words))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tag(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTagReturnsOneValidTagPerWord(t *testing.T) {
	tg := shippedTagger(t)
	for _, words := range [][]string{nil, {}, {"."}, {"Paris"}, strings.Fields("a b c d e f g h")} {
		tags := tg.Tag(words)
		if len(tags) != len(words) {
			t.Fatalf("Tag(%q) gave %d tags", words, len(tags))
		}
		for i, tag := range tags {
			if strings.HasPrefix(tag, "I-") && (i == 0 || tags[i-1][2:] != tag[2:]) {
				t.Errorf("Tag(%q) = %q: %s at %d does not continue an entity", words, tags, tag, i)
			}
		}
	}
}

// buildDoc tokenises text on spaces, one sentence per line, the way the text
// stage would, with code-point and byte offsets.
func buildDoc(text string) *chronicle.Document {
	doc := chronicle.NewDocument("t", text)
	cp, b := 0, 0
	for _, line := range strings.SplitAfter(text, "\n") {
		s := chronicle.Sentence{FirstToken: len(doc.Tokens)}
		for _, f := range strings.Split(strings.TrimSuffix(line, "\n"), " ") {
			if f != "" {
				n := utf8.RuneCountInString(f)
				doc.Tokens = append(doc.Tokens, chronicle.Token{Span: chronicle.Span{Start: cp, End: cp + n, ByteStart: b, ByteEnd: b + len(f), Text: f}})
			}
			cp += utf8.RuneCountInString(f) + 1
			b += len(f) + 1
		}
		s.LastToken = len(doc.Tokens)
		doc.Sentences = append(doc.Sentences, s)
	}
	return doc
}

func TestProcessAddsEntitiesWithBothOffsets(t *testing.T) {
	tg := shippedTagger(t)
	if tg.Name() != "entity" {
		t.Errorf("Name() = %q", tg.Name())
	}
	doc := buildDoc("Zelensky's aide Andriy Yermak flew to Kyiv on April 25 .\nHe said 12% of €300 billion was spent .")
	if err := tg.Process(doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Entities {
		if doc.Text[e.ByteStart:e.ByteEnd] != e.Text || string([]rune(doc.Text)[e.Start:e.End]) != e.Text {
			t.Errorf("entity %q: offsets [%d,%d) bytes [%d,%d) do not cover it", e.Text, e.Start, e.End, e.ByteStart, e.ByteEnd)
		}
		got = append(got, e.Text+"/"+e.Type)
	}
	want := []string{"Andriy Yermak/PER", "Kyiv/LOC", "April 25/DATE", "12%/PERCENT", "€300 billion/MONEY"}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("Process entities %q lack %q", got, w)
		}
	}
}

func TestProcessRejectsTokensOutsideText(t *testing.T) {
	doc := buildDoc("Paris")
	doc.Tokens[0].ByteEnd = 99
	if err := shippedTagger(t).Process(doc); chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("Process with a bad token = %v, want EINVALID", err)
	}
}

func TestExpressionsTypesNumbersDatesAndMoney(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"talks on April 25 in Geneva", []string{"April 25/DATE"}},
		{"since February 2022 the war", []string{"February 2022/DATE"}},
		{"Monday , April 25 , 2022", []string{"Monday , April 25 , 2022/DATE"}},
		{"aid of $300 billion was pledged", []string{"$300 billion/MONEY"}},
		{"aid of $ 300 billion", []string{"$ 300 billion/MONEY"}},
		{"profits rose 12% to £600m", []string{"12%/PERCENT", "£600m/MONEY"}},
		{"rose 12 percent", []string{"12 percent/PERCENT"}},
		{"$ 1.13bn ( £ 600m ) for three months", []string{"$ 1.13bn/MONEY", "£ 600m/MONEY", "three months/DATE"}},
		{"it cost US $ 20m", []string{"US $ 20m/MONEY"}},
		{"rose 3.5 per cent at 10.30am on 5 May 2005", []string{"3.5 per cent/PERCENT", "10.30am/TIME", "5 May 2005/DATE"}},
		{"the talks lasted three hours", []string{"three hours/TIME"}},
		{"5,000 troops crossed", []string{"5,000/CARDINAL"}},
		{"at 10:30 GMT", []string{"10:30 GMT/TIME"}},
		{"two years ago", []string{"two years ago/DATE"}},
		{"a 40 km convoy", []string{"40 km/QUANTITY"}},
		{"last week in 1996-08-22", []string{"last week/DATE", "1996-08-22/DATE"}},
		{"Theresa May said", nil},
		{"he may go in May", []string{"May/DATE"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			words := strings.Fields(tt.text)
			got := entities(words, entity.Expressions(words))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Expressions(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestChunksReadsIOB1AndIOB2(t *testing.T) {
	got := entity.Chunks([]string{"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "B-MISC"})
	want := []entity.Chunk{{0, 2, "PER"}, {2, 3, "PER"}, {4, 5, "LOC"}, {5, 6, "ORG"}, {6, 7, "MISC"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Chunks = %v, want %v", got, want)
	}
}

const conllSample = `-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC
call NN I-NP O
. . O O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER
`

func TestTagCoNLLAppendsOneColumn(t *testing.T) {
	var out bytes.Buffer
	if err := entity.TagCoNLL(shippedTagger(t), strings.NewReader(conllSample), &out); err != nil {
		t.Fatal(err)
	}
	in := strings.Split(strings.TrimSuffix(conllSample, "\n"), "\n")
	got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(got) != len(in) {
		t.Fatalf("%d lines out for %d in", len(got), len(in))
	}
	for i := range in {
		if strings.TrimSpace(in[i]) == "" || strings.HasPrefix(in[i], "-DOCSTART-") {
			if got[i] != in[i] {
				t.Errorf("line %d = %q, want it unchanged", i+1, got[i])
			}
			continue
		}
		if !strings.HasPrefix(got[i], in[i]+" ") || len(strings.Fields(got[i])) != 5 {
			t.Errorf("line %d = %q, want %q plus a tag", i+1, got[i], in[i])
		}
	}
	if !strings.Contains(out.String(), "Peter NNP B-NP B-PER B-PER\nBlackburn NNP I-NP I-PER I-PER") {
		t.Errorf("Peter Blackburn not tagged as a person:\n%s", out.String())
	}
}

func countLines(s string) int {
	n := 0
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 1<<16), 1<<21)
	for sc.Scan() {
		n++
	}
	return n
}

func FuzzCoNLL(f *testing.F) {
	tg := shippedTagger(f)
	f.Add(conllSample)
	f.Add("-DOCSTART-\n\n\nword\n\n-DOCSTART- x\nA B\r\nC\n")
	f.Add("  \n\t\nx y z w\n\xff\xfe bad\n")
	f.Fuzz(func(t *testing.T, in string) {
		var out bytes.Buffer
		if err := entity.TagCoNLL(tg, strings.NewReader(in), &out); err != nil {
			return
		}
		if countLines(out.String()) != countLines(in) {
			t.Errorf("%d lines out for %d in", countLines(out.String()), countLines(in))
		}
	})
}

func TestTrainSaveLoadGivesTheSameTags(t *testing.T) {
	docs := []entity.LabeledDoc{{Sentences: []entity.LabeledSentence{
		{Words: strings.Fields("Peter Smith visited Paris ."), Tags: strings.Fields("B-PER I-PER O B-LOC O")},
		{Words: strings.Fields("Anna Jones left London ."), Tags: strings.Fields("B-PER I-PER O B-LOC O")},
		{Words: strings.Fields("Reuters reported from Berlin ."), Tags: strings.Fields("B-ORG O O B-LOC O")},
	}}}
	tr, err := entity.Train(entity.TrainOptions{Epochs: 5, Seed: 1}, docs)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tr.Save(&buf); err != nil {
		t.Fatal(err)
	}
	again, err := entity.Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs[0].Sentences {
		if a, b := tr.Tag(d.Words), again.Tag(d.Words); !reflect.DeepEqual(a, b) || !reflect.DeepEqual(a, d.Tags) {
			t.Errorf("%q: trained %q, loaded %q, gold %q", d.Words, a, b, d.Tags)
		}
	}
}

// sharedDir is ../shared/eval seen from this package, or "" when absent.
func sharedDir(tb testing.TB) string {
	dir := filepath.Join("..", "..", "..", "shared", "eval")
	if _, err := os.Stat(filepath.Join(dir, "conll2003", "valid.txt")); err != nil {
		tb.Skipf("skipping: CoNLL-2003 valid set not found under %s (../shared is absent)", dir)
	}
	return dir
}

// BenchmarkTag tags the CoNLL-2003 valid set and reports tokens per second
// (wall clock, and per CPU-second for a shared machine) and the entity-level
// F1. Run it with GOMAXPROCS=1 for the one-core figure.
func BenchmarkTag(b *testing.B) {
	dir := sharedDir(b)
	f, err := os.Open(filepath.Join(dir, "conll2003", "valid.txt"))
	if err != nil {
		b.Fatal(err)
	}
	docs, err := entity.ReadCoNLL(f)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	tg := shippedTagger(b)
	var docsWords [][][]string
	tokens := 0
	for _, d := range docs {
		var ws [][]string
		for _, s := range d.Sentences {
			ws = append(ws, s.Words)
			tokens += len(s.Words)
		}
		docsWords = append(docsWords, ws)
	}
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, ws := range docsWords {
			tg.TagDocument(ws)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(float64(tokens)*float64(b.N)/used.Seconds(), "tokens/cpu-s")
	}
	b.ReportMetric(entity.Evaluate(tg, docs).F1, "validF1")
}

func TestProcessKeepsQuotationMarksOutOfNames(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"a closing mark before the speaker", "“ We were there under legitimate pretenses , ” Figueroa told USA Today ."},
		{"a closing mark before a speaker in apposition", "“ There is a disconnect between this White House and our military , ” Flynn , a top Trump surrogate , said ."},
		{"marks around a title", "He praised the “ War On Drugs ” in a speech ."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := buildDoc(tt.text)
			if err := shippedTagger(t).Process(doc); err != nil {
				t.Fatal(err)
			}
			for _, e := range doc.Entities {
				if strings.ContainsAny(e.Text, "“”\"") {
					t.Errorf("entity %q/%s holds a quotation mark", e.Text, e.Type)
				}
			}
		})
	}
}

// A name ending in a word for a feature of the land or the sea is a place,
// whatever type the tagger gave it.
func TestProcessTypesFeatureNamesAsPlaces(t *testing.T) {
	got := typesOf(t, "A coast guard ship fired a water cannon near Scarborough Shoal and later sailed to Thitu Reef .")
	for _, name := range []string{"Scarborough Shoal", "Thitu Reef"} {
		if typ, ok := got[name]; ok && typ != "LOC" {
			t.Errorf("%s is %s, want LOC", name, typ)
		}
	}
	if got["Scarborough Shoal"] == "" {
		t.Errorf("Scarborough Shoal not found: %v", got)
	}
}

// A name the tagger takes for a person where only a place stands ("in",
// "near", "the town of", "fled") is a place; a possessive keeps a person.
func TestProcessTypesNamesInPlacePositionsAsPlaces(t *testing.T) {
	got := typesOf(t, "Gunmen attacked a camp near Kalobeyei and shelled the town of Mirebalais , a day after Ruto 's visit , and families fled Ganyesa .")
	for _, name := range []string{"Kalobeyei", "Mirebalais", "Ganyesa"} {
		if typ, ok := got[name]; ok && typ != "LOC" {
			t.Errorf("%s is %s, want LOC (%v)", name, typ, got)
		}
	}
	if typ := got["Ruto"]; typ == "LOC" {
		t.Errorf("Ruto is a place: %v", got)
	}
	got = typesOf(t, "Jets bombed a market in Chad 's Ennedi region , and Ruto backed a Palestinian state .")
	if got["Ennedi"] != "LOC" || got["Palestinian"] == "LOC" {
		t.Errorf("want Ennedi a place and Palestinian none: %v", got)
	}
	if typ := got["Ruto"]; typ == "LOC" {
		t.Errorf("Ruto is a place: %v", got)
	}
}

// A feature of the land or sea named after a place is one place: "the Gulf
// of Oman", "the Strait of Hormuz".
func TestFeatureOfPlaceIsOnePlace(t *testing.T) {
	got := typesOf(t, "Ships were seized in the Gulf of Oman and in the Strait of Hormuz on Monday .")
	for _, name := range []string{"Gulf of Oman", "Strait of Hormuz"} {
		if got[name] != "LOC" {
			t.Errorf("%s: want one place, got %v", name, got)
		}
	}
}

// typesOf tags text (tokens split by spaces) with the shipped model and
// returns each entity's type by its text.
func typesOf(t *testing.T, text string) map[string]string {
	t.Helper()
	doc := buildDoc(text)
	if err := shippedTagger(t).Process(doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range doc.Entities {
		got[e.Text] = e.Type
	}
	return got
}

// A name right after an office's title is a person, whatever the tagger
// took it for, and so is its last word elsewhere in the story.
func TestPersonsByTitle(t *testing.T) {
	tg := shippedTagger(t)
	doc := buildDoc("Armed men had barricaded themselves in the monastery , Kosovo 's prime minister , Albin Kurti , said .\nThe gunmen rebelled against Kurti 's government , police spokesman Baki Kelani said .")
	if err := tg.Process(doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"Albin Kurti": true, "Kurti": true, "Baki Kelani": true}
	for _, e := range doc.Entities {
		if want[e.Text] {
			if e.Type != "PER" {
				t.Errorf("%q: %s, want PER", e.Text, e.Type)
			}
			delete(want, e.Text)
		}
	}
	for w := range want {
		t.Errorf("no entity %q", w)
	}
}

// A name never begins or ends with a comma, whatever the tagger's chunk.
func TestNamesHaveNoEdgeCommas(t *testing.T) {
	tg := shippedTagger(t)
	doc := buildDoc("Somalia 's president , Hassan Sheikh Mohamud , vowed to press on with the offensive .")
	if err := tg.Process(doc); err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if strings.HasPrefix(e.Text, ",") || strings.HasSuffix(e.Text, ",") {
			t.Errorf("entity %q has a comma at its edge", e.Text)
		}
	}
}
