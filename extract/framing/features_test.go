package framing

import (
	"hash/fnv"
	"slices"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

// parsed is "Radical leftists rioted." with the syntax layer a parser
// would give it, written out by hand.
func parsed(t *testing.T) *chronicle.Document {
	doc := chronicle.NewDocument("t", "Radical leftists rioted.")
	if err := (text.Stage{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Tokens) != 4 {
		t.Fatalf("%d tokens, want 4", len(doc.Tokens))
	}
	doc.Syntax = []chronicle.TokenSyntax{
		{UPOS: "ADJ", Lemma: "radical", Head: 1, Rel: "amod"},
		{UPOS: "NOUN", Lemma: "leftist", Head: 2, Rel: "nsubj"},
		{UPOS: "VERB", Lemma: "riot", Head: -1, Rel: "root"},
		{UPOS: "PUNCT", Lemma: ".", Head: 2, Rel: "punct"},
	}
	return doc
}

func TestTaggerReadsTheSyntaxLayer(t *testing.T) {
	h := hasher{1<<20 - 1}
	doc := parsed(t)
	v := newDocView(doc, nil)
	f := v.tokenFeatures(h)
	tests := []struct {
		name  string
		token int
		want  uint32
	}{
		{"an adjective knows the noun it modifies", 0, h.idx("uhw", "ADJ", v.lem[1])},
		{"a word knows its relation and its head's part of speech", 0, h.idx("ru", "amod", "NOUN")},
		{"a word knows its part of speech next to the one before it", 1, h.idx("u-1u", "ADJ", "NOUN")},
		{"the root of a sentence is marked", 2, h.idx("root")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !slices.Contains(f[tc.token], tc.want) {
				t.Errorf("token %d lacks the feature", tc.token)
			}
		})
	}

	doc.Syntax = nil
	bare := newDocView(doc, nil).tokenFeatures(h)
	if len(bare[0]) >= len(f[0]) {
		t.Errorf("without a syntax layer the first token has %d features, with one %d: want fewer without", len(bare[0]), len(f[0]))
	}
}

func TestMostOverlappedNamesTheGoldSpanSharingMost(t *testing.T) {
	doc := parsed(t)
	v := newDocView(doc, nil)
	// "Radical leftists" is code points [0, 16), "rioted" [17, 23).
	span := TechniqueSpan{First: 0, Last: 2}
	tests := []struct {
		name string
		gold []GoldSpan
		want string
	}{
		{"no gold span gives no technique", nil, ""},
		{"a gold span elsewhere gives no technique", []GoldSpan{{17, 23, "Loaded_Language"}}, ""},
		{"the longer overlap wins", []GoldSpan{{0, 7, "Loaded_Language"}, {0, 23, "Name_Calling,Labeling"}}, "Name_Calling,Labeling"},
		{"a partial overlap counts", []GoldSpan{{8, 23, "Doubt"}}, "Doubt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := mostOverlapped(v, tc.gold, span); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestHasherIsFNV1a(t *testing.T) {
	h := hasher{1<<32 - 1}
	for _, parts := range [][]string{{"b"}, {"w", "disgraceful"}, {"w-1w", "so-called", "experts"}, {"", ""}, {"uhw", "ADJ", "régime"}} {
		f := fnv.New32a()
		for i, p := range parts {
			if i > 0 {
				f.Write([]byte{0})
			}
			f.Write([]byte(p))
		}
		if got, want := h.idx(parts...), f.Sum32(); got != want {
			t.Errorf("idx(%q) = %d, want FNV-1a %d, the hash models were trained with", parts, got, want)
		}
	}
}
