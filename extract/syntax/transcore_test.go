package syntax

import (
	"os"
	"strings"
	"testing"
)

// testSentences are a few news sentences and, when ../shared is present,
// the EWT dev sentences.
func testSentences(t *testing.T) [][]string {
	sents := [][]string{
		strings.Fields("Russian drones hit grain terminals in the southern port of Odesa overnight , killing at least nine people , the regional governor said on Telegram ."),
		strings.Fields("The minister urged Washington to impose new sanctions , but \" nothing \" changed ."),
		strings.Fields("ALL CAPS HEADLINE SAYS TROOPS WITHDRAW"),
		{"🙂", "🔥", "שלום", "مرحبا", "Киев", "3.5", "—"},
	}
	f, err := os.Open("../../../shared/eval/ud/en_ewt-ud-dev.conllu")
	if err != nil {
		t.Log("../shared is absent, so only a few sentences are checked: ", err)
		return sents
	}
	defer f.Close()
	gold, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gold {
		sents = append(sents, forms(g.Words))
	}
	return sents
}

// The label scorer is checked at every arc the transitions make.
func TestTransAndLabelScorersMatchFeatures(t *testing.T) {
	p := testParser(t)
	pr := p.m.Parser
	var st state
	var c transCache
	var feats []uint64
	lscores := make([]float32, len(pr.Labels))
	steps := 0
	for _, words := range testSentences(t) {
		// Tokens with their lexicon entries, which the scorers read.
		toks := p.tags.makeTokens(words, nil)
		feats = p.tags.tag(toks, feats)
		st.reset(len(toks) + 1)
		c.reset(st.n)
		for !st.done() {
			var got, want [nActions]float32
			feats = p.trans.score(toks, &st, &c, feats, &got)
			feats = transFeatures(toks, &st, feats)
			pr.Trans.score(feats, want[:])
			if got != want {
				t.Fatalf("%q, step %d: transScorer gives %v, transFeatures %v", words, steps, got, want)
			}
			steps++
			best := -1
			for a := 0; a < nActions; a++ {
				if st.valid(a) && (best < 0 || got[a] > got[best]) {
					best = a
				}
			}
			l := -1
			if best == actLeft || best == actRight {
				h, d := st.s0(), st.b
				if best == actLeft {
					h, d = d, h
				}
				if h != 0 {
					var got [256]int32
					feats = p.label.score(toks, &st, h, d, &got, feats)
					feats = labelFeatures(toks, &st, h, d, feats)
					clear(lscores)
					pr.Label.score(feats, lscores)
					for i := range lscores {
						if float32(got[i]) != lscores[i] {
							t.Fatalf("%q, step %d: labelScorer gives %v, labelFeatures %v", words, steps, got[:len(lscores)], lscores)
						}
					}
				}
				l, feats = pr.label(p.label, toks, &st, h, d, pr.rootLabel(), feats)
			}
			st.apply(best, l)
		}
	}
	t.Logf("%d transitions", steps)
}

func TestTagScorerMatchesFeatures(t *testing.T) {
	p := testParser(t)
	var feats []uint64
	want := make([]float32, nUPOS)
	words := 0
	for _, ws := range testSentences(t) {
		ref := p.m.Lex.makeTokens(ws, nil)
		toks := p.tags.makeTokens(ws, nil)
		tags := make([]int, len(ref))
		for i := range ref {
			r, k := ref[i], toks[i]
			k.entry = 0
			if r != k {
				t.Fatalf("%q: token %d is %+v, want %+v", ws, i, k, r)
			}
			feats = tagFeatures(ref, i, tags, feats)
			clear(want)
			p.m.Tagger.M.score(feats, want)
			var got tagSums
			feats = p.tags.score(toks, i, &got, feats)
			for c := range want {
				if float32(got[c]) != want[c] {
					t.Fatalf("%q, word %d: tagScorer gives %v, tagFeatures %v", ws, i, got[:nUPOS], want)
				}
			}
			best := 0
			for c := 1; c < nUPOS; c++ {
				if want[c] > want[best] {
					best = c
				}
			}
			tags[i], toks[i].tag = best, best
			words++
		}
	}
	t.Logf("%d words", words)
}

// A parser whose label model has no tables (a dense one) labels arcs from
// labelFeatures; the labels are the same.
func TestLabelsWithoutTablesAreTheSame(t *testing.T) {
	p := testParser(t)
	q := NewParser(p.m)
	q.label = nil
	var a, b Tree
	for _, words := range testSentences(t) {
		p.ParseInto(words, &a)
		q.ParseInto(words, &b)
		for i := range words {
			if a.Head[i] != b.Head[i] || a.Rel[i] != b.Rel[i] {
				t.Fatalf("%q: word %d is %d %s with tables, %d %s without", words, i, a.Head[i], a.Rel[i], b.Head[i], b.Rel[i])
			}
		}
	}
}

// A table with a sum that does not fit an int16 keeps its sums as int32.
func TestSumTableKeepsSumsThatDoNotFit(t *testing.T) {
	for _, wide := range [][]sums{{{1, -2, 3, -4}, {32767, -32768, 0, 5}}, {{1, 2, 3, 4}, {0, 40000, 0, 0}}, {{-32769, 0, 0, 0}}} {
		tb := newSumTable(wide)
		for i := range wide {
			var got sums
			tb.add(&got, uint64(i))
			if got != wide[i] {
				t.Errorf("%v: sum %d is %v", wide, i, got)
			}
		}
	}
}
