package syntax

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/models"
)

var (
	loadOnce sync.Once
	shipped  *Parser
	loadErr  error
)

func testParser(t testing.TB) *Parser {
	loadOnce.Do(func() {
		m, err := LoadModel(models.Syntax())
		if err != nil {
			loadErr = err
			return
		}
		shipped = NewParser(m)
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return shipped
}

// checkTree asserts what every parse must be: one root, heads in range, no
// cycle, a tag, a lemma and a relation for every word.
func checkTree(t *testing.T, tr *Tree) {
	t.Helper()
	roots := 0
	for i, h := range tr.Head {
		if h < -1 || h >= tr.Len() || h == i {
			t.Fatalf("word %d has head %d", i, h)
		}
		if h == -1 {
			roots++
		}
		if tr.UPOS[i] == "" || tr.Rel[i] == "" {
			t.Fatalf("word %d %q has no tag or relation", i, tr.Words[i])
		}
		if !utf8.ValidString(tr.Lemma[i]) {
			t.Fatalf("word %d lemma %q is not UTF-8", i, tr.Lemma[i])
		}
		for k, steps := h, 0; k >= 0; k, steps = tr.Head[k], steps+1 {
			if steps > tr.Len() {
				t.Fatalf("cycle through word %d", i)
			}
		}
	}
	if tr.Len() > 0 && roots != 1 {
		t.Fatalf("%d roots, want 1", roots)
	}
}

func TestCoNLLURoundTripKeepsMultiwordLinesAndColumns(t *testing.T) {
	in := "# text = I can't go.\n" +
		"1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n" +
		"2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n" +
		"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
		"4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
	sents, err := ReadCoNLLU(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || len(sents[0].Words) != 5 {
		t.Fatalf("read %d sentences", len(sents))
	}
	var out bytes.Buffer
	if err := WriteCoNLLU(&out, sents[0]); err != nil {
		t.Fatal(err)
	}
	if out.String() != in {
		t.Fatalf("round trip changed the file:\n%s", out.String())
	}
}

func TestCoNLLUErrorsNameTheLine(t *testing.T) {
	_, err := ReadCoNLLU(strings.NewReader("1\tx\n"))
	if err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Fatalf("err = %v", err)
	}
	_, err = ReadCoNLLU(strings.NewReader("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n3\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("err = %v", err)
	}
}

func TestProjectivizeLiftsTheCrossingArc(t *testing.T) {
	// 1 → 3 crosses 2 → 4: heads (1-based, index 0 the root).
	heads := []int{-1, 0, 1, 1, 2}
	heads[4] = 2
	heads[3] = 1
	// make 4 depend on 2 and 3 on 1 while 2's subtree is {2, 4}: arc 2→4
	// spans 3, which 2 does not dominate, so 4 is lifted to 1.
	got := projectivize(heads)
	want := []int{-1, 0, 1, 1, 1}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("projectivize = %v, want %v", got, want)
		}
	}
}

func TestPerceptronLearnsASeparableProblem(t *testing.T) {
	for _, classes := range []int{3, 30} { // the dense and the sparse tables
		learnSeparable(t, classes)
	}
}

func learnSeparable(t *testing.T, classes int) {
	tr := newTrainer(classes)
	examples := []struct {
		feats []uint64
		class int
	}{
		{[]uint64{feat1(1, 1), feat1(2, 5)}, 0},
		{[]uint64{feat1(1, 2), feat1(2, 5)}, 1},
		{[]uint64{feat1(1, 3), feat1(2, 6)}, 2},
	}
	scores := make([]float32, classes)
	for ep := 0; ep < 10; ep++ {
		for _, ex := range examples {
			clear(scores)
			tr.score(ex.feats, scores)
			best := argmax(scores)
			tr.tick()
			if best != ex.class {
				tr.update(ex.feats, ex.class, 1)
				tr.update(ex.feats, best, -1)
			}
		}
	}
	m := tr.averaged(0)
	for _, ex := range examples {
		clear(scores)
		m.score(ex.feats, scores)
		if got := argmax(scores); got != ex.class {
			t.Fatalf("%d classes: class %d predicted as %d", classes, ex.class, got)
		}
	}
}

func argmax(s []float32) int {
	best := 0
	for i := range s {
		if s[i] > s[best] {
			best = i
		}
	}
	return best
}

// tree builds a Tree by hand: words with (head, relation, UPOS, lemma);
// heads 1-based as in CoNLL-U.
func tree(rows ...[4]string) *Tree {
	t := &Tree{}
	words := make([]string, len(rows))
	for i, r := range rows {
		words[i] = strings.Fields(r[0])[0]
	}
	t.reset(words)
	for i, r := range rows {
		f := strings.Fields(r[0])
		t.Head[i] = atoi(f[1]) - 1
		t.Rel[i], t.UPOS[i], t.Lemma[i] = r[1], r[2], r[3]
	}
	t.index()
	return t
}

func TestClausesShareTheSubjectOfCoordinatedVerbsAndControlOpenComplements(t *testing.T) {
	// Zelensky thanked the EU and urged Washington to follow
	tr := tree(
		[4]string{"Zelensky 2", "nsubj", "PROPN", "Zelensky"},
		[4]string{"thanked 0", "root", "VERB", "thank"},
		[4]string{"the 4", "det", "DET", "the"},
		[4]string{"EU 2", "obj", "PROPN", "EU"},
		[4]string{"and 6", "cc", "CCONJ", "and"},
		[4]string{"urged 2", "conj", "VERB", "urge"},
		[4]string{"Washington 6", "obj", "PROPN", "Washington"},
		[4]string{"to 9", "mark", "PART", "to"},
		[4]string{"follow 6", "xcomp", "VERB", "follow"},
	)
	urged := tr.ClauseOf(5)
	if urged.Subj != 0 || !urged.Shared || len(urged.Objs) != 1 || urged.Objs[0] != 6 || len(urged.Comps) != 1 {
		t.Fatalf("urged: %+v", urged)
	}
	follow := tr.ClauseOf(8)
	if follow.Subj != 6 || !follow.Shared {
		t.Fatalf("follow: %+v", follow)
	}
	if np := tr.NounPhrase(3); np.First != 2 || np.Last != 3 {
		t.Fatalf("the EU: %+v", np)
	}
}

func TestClausesFindThePassiveAgentAndNegation(t *testing.T) {
	// Nine people were not killed by drones in Odesa
	tr := tree(
		[4]string{"Nine 2", "nummod", "NUM", "nine"},
		[4]string{"people 5", "nsubj:pass", "NOUN", "people"},
		[4]string{"were 5", "aux:pass", "AUX", "be"},
		[4]string{"not 5", "advmod", "PART", "not"},
		[4]string{"killed 0", "root", "VERB", "kill"},
		[4]string{"by 7", "case", "ADP", "by"},
		[4]string{"drones 5", "obl:agent", "NOUN", "drone"},
		[4]string{"in 9", "case", "ADP", "in"},
		[4]string{"Odesa 5", "obl", "PROPN", "Odesa"},
	)
	c := tr.ClauseOf(4)
	if !c.Passive || c.Subj != 1 || c.Agent != 6 || !c.Negated || len(c.Obliques) != 2 || c.Obliques[1].Case != 7 {
		t.Fatalf("killed: %+v", c)
	}
	if np := tr.NounPhrase(1); np.First != 0 || np.Last != 1 {
		t.Fatalf("nine people: %+v", np)
	}
}

func TestAByPhraseClosingCoordinatedParticiplesIsTheAgentOfEach(t *testing.T) {
	// 3 people were killed and 41 injured by police
	tr := tree(
		[4]string{"3 2", "nummod", "NUM", "3"},
		[4]string{"people 4", "nsubj:pass", "NOUN", "people"},
		[4]string{"were 4", "aux:pass", "AUX", "be"},
		[4]string{"killed 0", "root", "VERB", "kill"},
		[4]string{"and 7", "cc", "CCONJ", "and"},
		[4]string{"41 7", "nsubj", "NUM", "41"},
		[4]string{"injured 4", "conj", "VERB", "injure"},
		[4]string{"by 9", "case", "ADP", "by"},
		[4]string{"police 7", "obl:agent", "NOUN", "police"},
	)
	if c := tr.ClauseOf(3); c.Agent != 8 {
		t.Errorf("killed: agent %d, want 8 (police)", c.Agent)
	}
	// with an auxiliary of its own the second participle is a clause of
	// its own, and its "by" phrase its own
	tr.Rel[2], tr.Head[2] = "aux:pass", 6
	tr.index()
	if c := tr.ClauseOf(3); c.Agent != -1 {
		t.Errorf("killed, 'were injured by police': agent %d, want none", c.Agent)
	}
}

func TestAProgressiveLabelledPassiveIsNoPassive(t *testing.T) {
	// it was cutting relations (the parser's labels)
	tr := tree(
		[4]string{"it 3", "nsubj:pass", "PRON", "it"},
		[4]string{"was 3", "aux:pass", "AUX", "be"},
		[4]string{"cutting 0", "root", "VERB", "cut"},
		[4]string{"relations 3", "obj", "NOUN", "relation"},
	)
	if c := tr.ClauseOf(2); c.Passive || c.Subj != 0 {
		t.Errorf("cutting: %+v, want active with subject 0", c)
	}
}

func TestADeniedSubjectOrObjectNegatesTheClause(t *testing.T) {
	// No facilities were targeted
	tr := tree(
		[4]string{"No 2", "det", "DET", "no"},
		[4]string{"facilities 4", "nsubj:pass", "NOUN", "facility"},
		[4]string{"were 4", "aux:pass", "AUX", "be"},
		[4]string{"targeted 0", "root", "VERB", "target"},
	)
	if c := tr.ClauseOf(3); !c.Negated {
		t.Errorf("no facilities were targeted: %+v, want negated", c)
	}
	// Troops killed none of them / troops killed two of them
	for _, w := range []struct {
		word    string
		negated bool
	}{{"none", true}, {"two", false}} {
		tr = tree(
			[4]string{"Troops 2", "nsubj", "NOUN", "troop"},
			[4]string{"killed 0", "root", "VERB", "kill"},
			[4]string{w.word + " 2", "obj", "PRON", w.word},
		)
		if c := tr.ClauseOf(1); c.Negated != w.negated {
			t.Errorf("troops killed %s: negated %v, want %v", w.word, c.Negated, w.negated)
		}
	}
}

func TestAClauseHasOneSubjectWhenTheParserGivesTwo(t *testing.T) {
	// A drone attack on the port set silos ablaze: "on" hung on the verb
	// and "port" a second subject
	tr := tree(
		[4]string{"A 3", "det", "DET", "a"},
		[4]string{"drone 3", "compound", "NOUN", "drone"},
		[4]string{"attack 6", "nsubj", "NOUN", "attack"},
		[4]string{"on 6", "mark", "ADP", "on"},
		[4]string{"port 6", "nsubj", "NOUN", "port"},
		[4]string{"set 0", "root", "VERB", "set"},
		[4]string{"silos 6", "obj", "NOUN", "silo"},
	)
	if c := tr.ClauseOf(5); c.Subj != 2 {
		t.Errorf("attack on the port set: subject %d, want 2 (attack)", c.Subj)
	}
	// that … whose parents died: no preposition between, the nearer stands
	tr = tree(
		[4]string{"that 4", "nsubj", "PRON", "that"},
		[4]string{"whose 3", "nmod:poss", "PRON", "whose"},
		[4]string{"parents 4", "nsubj", "NOUN", "parent"},
		[4]string{"died 0", "root", "VERB", "die"},
	)
	if c := tr.ClauseOf(3); c.Subj != 2 {
		t.Errorf("whose parents died: subject %d, want 2 (parents)", c.Subj)
	}
}

func TestShippedModelParsesNewsSentences(t *testing.T) {
	p := testParser(t)
	cases := []struct {
		sentence string
		word     string
		head     string
		rel      string
	}{
		{"Russian drones struck grain terminals in Odesa overnight .", "drones", "struck", "nsubj"},
		{"Russian drones struck grain terminals in Odesa overnight .", "terminals", "struck", "obj"},
		{"The minister urged Washington to impose new sanctions .", "impose", "urged", "xcomp"},
		{"Nine people were killed when drones struck the port .", "people", "killed", "nsubj:pass"},
	}
	for _, c := range cases {
		tr := p.Parse(strings.Fields(c.sentence))
		checkTree(t, tr)
		w, h := index(tr, c.word), index(tr, c.head)
		if tr.Head[w] != h || tr.Rel[w] != c.rel {
			t.Errorf("%q: %s → head %q %s, want %s %s", c.sentence, c.word, word(tr, tr.Head[w]), tr.Rel[w], c.head, c.rel)
		}
	}
}

func index(t *Tree, w string) int {
	for i, x := range t.Words {
		if x == w {
			return i
		}
	}
	return -1
}

func word(t *Tree, i int) string {
	if i < 0 {
		return "ROOT"
	}
	return t.Words[i]
}

func TestHostileSentencesGiveTrees(t *testing.T) {
	p := testParser(t)
	long := make([]string, 2000)
	for i := range long {
		long[i] = []string{"the", "war", ",", "and", "KYIV", "said", "🙂", "Москва", "3.5", "—"}[i%10]
	}
	for _, words := range [][]string{
		long,
		{"ALL", "CAPS", "HEADLINE", "SAYS", "TROOPS", "WITHDRAW"},
		{"🙂", "🔥", "שלום", "مرحبا", "Киев"},
		{"."},
		{},
	} {
		checkTree(t, p.Parse(words))
	}
}

func TestSaveLoadGivesTheSameParses(t *testing.T) {
	p := testParser(t)
	var buf bytes.Buffer
	if err := p.m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m, err := LoadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	q := NewParser(m)
	words := strings.Fields("The talks in Istanbul ended without a deal , officials said .")
	a, b := p.Parse(words), q.Parse(words)
	for i := range words {
		if a.Head[i] != b.Head[i] || a.Rel[i] != b.Rel[i] || a.UPOS[i] != b.UPOS[i] {
			t.Fatalf("word %d differs after save and load", i)
		}
	}
}

func TestLoadModelRejectsGarbage(t *testing.T) {
	if _, err := LoadModel(strings.NewReader("not a model")); err == nil {
		t.Fatal("garbage loaded")
	}
}

func FuzzParse(f *testing.F) {
	f.Add("Russian forces shelled the city , killing four civilians , officials said .")
	f.Add("🙂 🙂 🙂")
	f.Add("WAR WAR WAR")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		if len(words) > 3000 {
			words = words[:3000]
		}
		checkTree(t, testParser(t).Parse(words))
	})
}

func BenchmarkParse(b *testing.B) {
	p := testParser(b)
	words := strings.Fields("Russian drones hit grain terminals in the southern port of Odesa overnight , killing at least nine people , the regional governor said on Telegram .")
	var tr Tree
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.ParseInto(words, &tr)
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkParseDev parses the EWT dev sentences: many different words, so
// the model's tables are read as on real text, not from a warm cache.
func BenchmarkParseDev(b *testing.B) {
	f, err := os.Open("../../../shared/eval/ud/en_ewt-ud-dev.conllu")
	if err != nil {
		b.Skip("../shared is absent: ", err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f)
	if err != nil {
		b.Fatal(err)
	}
	p := testParser(b)
	var tr Tree
	words := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := sents[i%len(sents)]
		p.ParseInto(forms(s.Words), &tr)
		words += len(s.Words)
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}

func TestNounPhraseIsTheHeadsSubtreeLessClausesAndItsPreposition(t *testing.T) {
	// Each sentence is word/head/relation, heads 1-based; the phrase is
	// the words that NounPhrase(head) spans.
	tests := []struct {
		name, sentence string
		head           int
		phrase         string
	}{
		{"a relative clause after a comma is not part of the phrase",
			"Dmitriev/7/nsubj ,/4/punct who/4/nsubj took/1/acl:relcl part/4/obj ,/4/punct said/0/root", 0, "Dmitriev"},
		{"an apposition is left out and the determiner kept",
			"the/2/det envoy/7/nsubj ,/4/punct Steve/2/appos Witkoff/4/flat ,/4/punct arrived/0/root", 1, "the envoy"},
		{"an oblique's preposition is left out, its own modifier kept",
			"struck/0/root in/4/case the/4/det centre/1/obl of/6/case Kharkiv/4/nmod", 3, "the centre of Kharkiv"},
		{"a second conjunct is a phrase of its own",
			"Russia/4/nsubj and/3/cc Ukraine/1/conj met/0/root", 0, "Russia"},
		{"a possessor the parser hung on the verb still opens the phrase",
			"Iran/4/nmod:poss 's/1/case ministry/4/nsubj rejected/0/root", 2, "Iran 's ministry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rows [][4]string
			for _, w := range strings.Fields(tt.sentence) {
				f := strings.Split(w, "/")
				rows = append(rows, [4]string{f[0] + " " + f[1], f[2], "X", f[0]})
			}
			tr := tree(rows...)
			np := tr.NounPhrase(tt.head)
			if got := strings.Join(tr.Words[np.First:np.Last+1], " "); np.Head != tt.head || got != tt.phrase {
				t.Errorf("NounPhrase(%d) = %q (%+v), want %q", tt.head, got, np, tt.phrase)
			}
		})
	}
}

func TestScarePairs(t *testing.T) {
	words := strings.Fields(`the army had " cleared " the town of " extremist elements " and killed 50 fighters`)
	got := scarePairs(words)
	if len(got) != 2 || got[0] != [2]int{3, 5} || got[1] != [2]int{9, 12} {
		t.Errorf("scarePairs = %v", got)
	}
	// a quoted clause keeps its marks: they tell where it ends
	words = strings.Fields(`" We will not leave the town until the talks resume , " he said`)
	if got := scarePairs(words); len(got) != 0 {
		t.Errorf("a quoted clause was taken for a scare quote: %v", got)
	}
}

func TestAParticipleWithAnAgentAndNoSubjectIsPassive(t *testing.T) {
	// Kyiv and Moscow swapped prisoners, mediated by Qatar
	tr := tree(
		[4]string{"Kyiv 4", "nsubj", "PROPN", "Kyiv"},
		[4]string{"and 3", "cc", "CCONJ", "and"},
		[4]string{"Moscow 1", "conj", "PROPN", "Moscow"},
		[4]string{"swapped 0", "root", "VERB", "swap"},
		[4]string{"prisoners 4", "obj", "NOUN", "prisoner"},
		[4]string{", 7", "punct", "PUNCT", ","},
		[4]string{"mediated 4", "conj", "VERB", "mediate"},
		[4]string{"by 9", "case", "ADP", "by"},
		[4]string{"Qatar 7", "obl:agent", "PROPN", "Qatar"},
	)
	if c := tr.ClauseOf(6); !c.Passive || c.Agent != 8 {
		t.Errorf("mediated: %+v, want a passive with agent 8 (Qatar)", c)
	}
	if c := tr.ClauseOf(3); c.Passive {
		t.Errorf("swapped: %+v, want active", c)
	}
}
