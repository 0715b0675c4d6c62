package framing

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
)

//go:embed lexicon.tsv
var builtinLexicon string

// Entry is one row of the lexicon: a loaded term in one or more spellings,
// what it does, who uses it, what to say instead, and when it counts.
type Entry struct {
	// Terms are the spellings as written in the file.
	Terms    []string
	Category string
	Side     string
	// Neutral is the neutral wording; "{}" stands for the words an extending
	// qualifier covers.
	Neutral string
	Rules   Rules
	// Line is the entry's line in its file, for error messages and tests.
	Line int
}

// Rules are the context conditions under which an entry's term is loaded.
// The zero value always holds.
type Rules struct {
	// Extend makes the span cover the name or word that follows the term.
	Extend bool
	// NextIn, when set, lists the lemmas one of which must follow the term
	// (the first word of the extension when Extend is set).
	NextIn map[string]bool
	// NotAfter and NotBefore list lemmas that must not precede or follow.
	NotAfter, NotBefore map[string]bool
	// Near lists lemmas one of which the article must contain (what it is
	// about); With, lemmas one of which the sentence must contain; NotNear,
	// lemmas the sentence must not contain.
	Near, With, NotNear map[string]bool
}

// Lexicon is a set of loaded terms, indexed by their first lemma.
type Lexicon struct {
	Entries []*Entry
	phrases map[string][]phrase // first lemma → phrases, longest first
}

// phrase is one spelling of an entry, as lemmas.
type phrase struct {
	lemmas []string
	entry  *Entry
	order  int // the entry's rank in the file: earlier rows win ties
}

// Categories lists the framing categories the built-in lexicon uses, with
// what each means; doc.go documents the same list.
var Categories = []struct{ Name, Meaning string }{
	{chronicle.FrameDelegitimizingLabel, "a name that denies a state, government or group its standing (\"Kyiv regime\", \"Zionist entity\")"},
	{chronicle.FrameDelegitimizingQualifier, "a qualifier that casts doubt on a state or body's existence or legitimacy (\"so-called Ukraine\", \"former Ukraine\", \"Hamas-run\")"},
	{CategoryDistancing, "\"so-called\" before something other than a state or government: the writer distances themself from the name"},
	{chronicle.FrameEuphemism, "a softer word that hides violence or conquest (\"special military operation\", \"reunification\", \"collateral damage\")"},
	{chronicle.FrameDehumanizing, "a word that denies people their humanity (\"orcs\", \"human animals\", \"vermin\")"},
	{chronicle.FrameLoadedLabel, "a label that takes a side or carries a verdict (\"terrorists\", \"regime\", \"collective West\", \"martyr\")"},
	{CategoryContested, "a term one side uses and the other rejects, widely used by news outlets (\"annexed\" beside Russia's \"reunified\")"},
	{CategorySlogan, "a political slogan (\"from the river to the sea\")"},
}

// Categories beyond the ones chronicle defines.
const (
	CategoryDistancing = "distancing-qualifier"
	CategoryContested  = "contested-term"
	CategorySlogan     = "slogan"
	// CategoryTechnique is the category of a propaganda-technique span.
	CategoryTechnique = "propaganda-technique"
)

// BuiltinLexicon returns the lexicon embedded in the package (lexicon.tsv).
func BuiltinLexicon() *Lexicon {
	lx, err := ParseLexicon(strings.NewReader(builtinLexicon))
	if err != nil {
		panic("framing: built-in lexicon: " + err.Error())
	}
	return lx
}

// ParseLexicon reads a lexicon in the tab-separated layout of lexicon.tsv.
func ParseLexicon(r io.Reader) (*Lexicon, error) {
	known := map[string]bool{}
	for _, c := range Categories {
		known[c.Name] = true
	}
	lx := &Lexicon{phrases: map[string][]phrase{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 4 || len(cols) > 5 {
			return nil, fmt.Errorf("lexicon line %d: want 4 or 5 tab-separated columns, got %d", n, len(cols))
		}
		e := &Entry{Category: cols[1], Side: cols[2], Neutral: cols[3], Line: n}
		if !known[e.Category] {
			return nil, fmt.Errorf("lexicon line %d: unknown category %q", n, e.Category)
		}
		if len(cols) == 5 {
			rules, err := parseRules(cols[4])
			if err != nil {
				return nil, fmt.Errorf("lexicon line %d: %w", n, err)
			}
			e.Rules = rules
		}
		for _, t := range strings.Split(cols[0], "|") {
			t = strings.TrimSpace(t)
			if t == "" {
				continue
			}
			lemmas := phraseLemmas(t)
			if len(lemmas) == 0 {
				return nil, fmt.Errorf("lexicon line %d: term %q has no words", n, t)
			}
			e.Terms = append(e.Terms, t)
			lx.phrases[lemmas[0]] = append(lx.phrases[lemmas[0]], phrase{lemmas: lemmas, entry: e, order: len(lx.Entries)})
		}
		if len(e.Terms) == 0 {
			return nil, fmt.Errorf("lexicon line %d: no terms", n)
		}
		lx.Entries = append(lx.Entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	for k, ps := range lx.phrases {
		sort.SliceStable(ps, func(i, j int) bool {
			if len(ps[i].lemmas) != len(ps[j].lemmas) {
				return len(ps[i].lemmas) > len(ps[j].lemmas)
			}
			return ps[i].order < ps[j].order
		})
		lx.phrases[k] = ps
	}
	return lx, nil
}

func parseRules(s string) (Rules, error) {
	var r Rules
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, arg, _ := strings.Cut(part, ":")
		set := func() map[string]bool {
			m := map[string]bool{}
			for _, w := range strings.Split(arg, ",") {
				if w = strings.TrimSpace(w); w != "" {
					m[Lemma(w)] = true
				}
			}
			return m
		}
		switch name {
		case "extend":
			r.Extend = true
		case "next-in":
			r.NextIn = set()
		case "not-after":
			r.NotAfter = set()
		case "not-before":
			r.NotBefore = set()
		case "near":
			r.Near = set()
		case "with":
			r.With = set()
		case "not-near":
			r.NotNear = set()
		default:
			return r, fmt.Errorf("unknown rule %q", name)
		}
	}
	return r, nil
}

// phraseLemmas tokenises a lexicon term as the text stage tokenises an
// article, so that a term and the text it should match split alike.
func phraseLemmas(t string) []string {
	var out []string
	for _, tok := range text.Tokenize(t) {
		out = append(out, Lemma(t[tok.ByteStart:tok.ByteEnd]))
	}
	return out
}

// Lemma folds a word to the form the lexicon matches on: lower case,
// typographic apostrophes made straight, and a plural noun made singular
// (the last part of a hyphenated word: "neo-Nazis" → "neo-nazi"). It is a
// crude stemmer on purpose: the lexicon lists verb forms as variants.
func Lemma(w string) string {
	w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	if i := strings.LastIndexByte(w, '-'); i >= 0 && i < len(w)-1 {
		return w[:i+1] + singular(w[i+1:])
	}
	return singular(w)
}

func singular(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:n-2]
	case n > 3 && w[n-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s"):
		return w[:n-1]
	}
	return w
}

// Match is one lexicon hit: the tokens [First, Last) it covers, including a
// qualifier's extension, which starts at token Ext (Ext == Last when none).
type Match struct {
	First, Ext, Last int
	Entry            *Entry
}

// Find returns the lexicon's matches in doc, in text order and without
// overlaps (the longest match at a place wins). It reads doc.Tokens and
// doc.Sentences.
func (lx *Lexicon) Find(doc *chronicle.Document) []Match {
	toks := doc.Tokens
	lem := make([]string, len(toks))
	for i, t := range toks {
		lem[i] = Lemma(doc.Text[t.ByteStart:t.ByteEnd])
	}
	// A Near rule asks what the article is about; a NotNear rule, what the
	// sentence is about.
	topic := make(map[string]bool, len(lem))
	for _, l := range lem {
		topic[l] = true
	}
	var out []Match
	for _, st := range doc.Sentences {
		last := min(st.LastToken, len(toks))
		near := map[string]bool{}
		for i := st.FirstToken; i < last; i++ {
			near[lem[i]] = true
		}
		for i := st.FirstToken; i < last; {
			m, ok := lx.matchAt(doc, lem, i, st.FirstToken, last, near, topic)
			if !ok {
				i++
				continue
			}
			out = append(out, m)
			i = m.Last
		}
	}
	return out
}

// matchAt tries the phrases that start at token i of the sentence [s0, s1).
func (lx *Lexicon) matchAt(doc *chronicle.Document, lem []string, i, s0, s1 int, near, topic map[string]bool) (Match, bool) {
	for _, p := range lx.phrases[lem[i]] {
		j := i + len(p.lemmas)
		if j > s1 {
			continue
		}
		ok := true
		for k, l := range p.lemmas {
			if lem[i+k] != l {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		m := Match{First: i, Ext: j, Last: j, Entry: p.entry}
		if p.entry.Rules.Extend {
			m.Last = extension(doc, j, s1)
			if m.Last == j {
				continue
			}
		}
		if p.entry.Rules.holds(doc, lem, m, s0, s1, near, topic) {
			return m, true
		}
	}
	return Match{}, false
}

// extension returns the end of the name or word after token j: a run of
// capitalised words ("so-called Donetsk People's Republic"), else one word.
func extension(doc *chronicle.Document, j, s1 int) int {
	if j >= s1 || doc.Tokens[j].Kind != chronicle.Word {
		return j
	}
	k := j
	for k < s1 {
		t := doc.Tokens[k]
		w := doc.Text[t.ByteStart:t.ByteEnd]
		switch {
		case t.Kind == chronicle.Word && isCapitalised(w):
		case k > j && (w == "'s" || w == "’s") && k+1 < s1 && isCapitalised(tokenText(doc, k+1)):
		case k > j && (w == "of" || w == "and") && k+1 < s1 && isCapitalised(tokenText(doc, k+1)):
		default:
			if k == j {
				return j + 1
			}
			return k
		}
		k++
	}
	return k
}

func tokenText(doc *chronicle.Document, i int) string {
	t := doc.Tokens[i]
	return doc.Text[t.ByteStart:t.ByteEnd]
}

func isCapitalised(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

// holds checks the context rules of match m in the sentence [s0, s1).
func (r Rules) holds(doc *chronicle.Document, lem []string, m Match, s0, s1 int, near, topic map[string]bool) bool {
	prev, next := "", ""
	if k := m.First - 1; k >= s0 && doc.Tokens[k].Kind != chronicle.Punct {
		prev = lem[k]
	}
	// NextIn looks at the word right after the term: the first word of the
	// extension when there is one.
	if m.Ext < s1 {
		next = lem[m.Ext]
	}
	if r.NextIn != nil && !r.NextIn[next] {
		return false
	}
	if r.NotAfter != nil && (r.NotAfter[prev] || r.NotAfter[lastPart(prev)]) {
		return false
	}
	if r.NotBefore != nil && m.Last < s1 {
		n := lem[m.Last]
		if r.NotBefore[n] || r.NotBefore[lastPart(n)] {
			return false
		}
	}
	inMatch := map[string]bool{}
	for k := m.First; k < m.Last; k++ {
		inMatch[lem[k]] = true
	}
	if r.Near != nil {
		found := false
		for w := range r.Near {
			if topic[w] && !inMatch[w] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if r.With != nil {
		found := false
		for w := range r.With {
			if near[w] && !inMatch[w] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	for w := range r.NotNear {
		if near[w] && !inMatch[w] {
			return false
		}
	}
	return true
}

func lastPart(w string) string {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		return w[i+1:]
	}
	return w
}
