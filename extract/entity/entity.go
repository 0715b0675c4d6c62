// Package entity finds named entities (CoNLL-2003 types PER ORG LOC MISC,
// IOB2 tags) with an averaged-perceptron sequence tagger decoded by Viterbi,
// and typed number expressions (DATE TIME MONEY PERCENT QUANTITY CARDINAL)
// with rules. The model is trained in this repository (see models/nertrain)
// from CoNLL-2003, word clusters learnt from raw news text and gazetteers
// from the Phoenix/CAMEO actor dictionaries; it runs in pure Go.
//
// The tagger has two stages. The first reads one sentence with word, shape,
// affix, neighbour, cluster, gazetteer and document-level case features. The
// second re-reads it knowing what the first predicted for the same words
// elsewhere in the document, which keeps "Magna" an organisation throughout
// once "Magna International" has been seen.
//
// After the tagger, rule passes correct types where 1996 wire copy taught it
// little (types.go): a capitalised run ending in a body's head noun is an
// organisation ("Russian Direct Investment Fund"), so is the name before
// "magazine" or "news agency" and the source in a dateline's parentheses;
// with an actor dictionary (Options.Actors) a state body tagged as a place
// becomes an organisation ("Kremlin") and a place it lists under a country,
// tagged as an organisation, a place ("Crimea"), except where places name
// sports teams.
//
//	r, _ := models.NER()
//	t, err := entity.Load(r)
//	tags := t.Tag([]string{"Sergey", "Lavrov", "met", "envoys", "in", "Moscow"})
//	// [B-PER I-PER O O O B-LOC]
package entity

import (
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/actor"
)

// labels are the IOB2 tags the tagger predicts, in model order.
var labels = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

const nLabels = 9

func labelIndex(tag string) int {
	for i, l := range labels {
		if l == tag {
			return i
		}
	}
	return 0
}

// model holds the weights and the resources features are computed from.
// With two stages, the second re-tags each sentence knowing what the first
// predicted for the same words elsewhere in the document; both stages share
// one feature table whose rows hold nLabels weights per stage.
type model struct {
	table    *featTable
	stages   int
	trans    [][]float32 // per stage: (nLabels+1) × nLabels; row nLabels is the start
	clusters *Clusters
	gaz      *Gazetteer
}

// Tagger tags sentences with named entities. It is safe for concurrent use.
type Tagger struct {
	m    *model
	opts Options
}

// Name is the pipeline stage name.
func (t *Tagger) Name() string { return "entity" }

// scratch is the per-call working memory of tagging.
type scratch struct {
	toks   []token
	upper  []string
	gaz    []uint16
	feats  []uint64
	scores []float32
	sums   []int32
	back   []int8
	tags   []int
	ids    []int32
}

// lookup returns the table rows of feats (-1 for an unknown feature).
func (s *scratch) lookup(t *featTable, feats []uint64) []int32 {
	if cap(s.ids) < len(feats) {
		s.ids = make([]int32, len(feats)*2)
	}
	ids := s.ids[:len(feats)]
	t.findAll(feats, ids)
	return ids
}

func (s *scratch) grow(n int) {
	if cap(s.toks) < n {
		s.toks = make([]token, n)
		s.upper = make([]string, n)
		s.gaz = make([]uint16, n)
		s.scores = make([]float32, n*nLabels)
		s.sums = make([]int32, n*nLabels)
		s.back = make([]int8, n*nLabels)
		s.tags = make([]int, n)
	}
	s.toks, s.upper, s.gaz = s.toks[:n], s.upper[:n], s.gaz[:n]
	s.scores, s.sums, s.back, s.tags = s.scores[:n*nLabels], s.sums[:n*nLabels], s.back[:n*nLabels], s.tags[:n]
}

// addRow adds the stage's quantised weights of a row to sums.
func (m *model) addRow(sums []int32, id int32, stage int) {
	w := (*[nLabels]int16)(m.table.rows[int(id)*m.table.width+stage*nLabels:])
	row := (*[nLabels]int32)(sums)
	for l := range nLabels {
		row[l] += int32(w[l])
	}
}

// scale turns quantised sums into scores.
func (m *model) scale(sums []int32, scores []float32) {
	for i, x := range sums {
		scores[i] = float32(x) * m.table.scale
	}
}

// viterbi decodes the best IOB2-valid label sequence from emission scores.
func viterbi(scores []float32, trans []float32, n int, back []int8, out []int) {
	var prev, cur [nLabels]float32
	neg := float32(math.Inf(-1))
	for l := 0; l < nLabels; l++ {
		if l == 0 || l%2 == 1 {
			prev[l] = scores[l] + trans[nLabels*nLabels+l]
		} else {
			prev[l] = neg
		}
	}
	for i := 1; i < n; i++ {
		for l := 0; l < nLabels; l++ {
			// O and B-X may follow anything; I-X only B-X or I-X.
			var best float32
			var arg int
			if l == 0 || l%2 == 1 {
				best, arg = neg, 0
				for p := 0; p < nLabels; p++ {
					if v := prev[p] + trans[p*nLabels+l]; v > best {
						best, arg = v, p
					}
				}
			} else {
				best, arg = prev[l-1]+trans[(l-1)*nLabels+l], l-1
				if v := prev[l] + trans[l*nLabels+l]; v > best {
					best, arg = v, l
				}
			}
			cur[l] = best + scores[i*nLabels+l]
			back[i*nLabels+l] = int8(arg)
		}
		prev = cur
	}
	best, arg := neg, 0
	for l := 0; l < nLabels; l++ {
		if prev[l] > best {
			best, arg = prev[l], l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		if i > 0 {
			arg = int(back[i*nLabels+arg])
		}
	}
}

// tagDocument returns label indices for every sentence of a document. The
// first pass sums both stages' weights of the shared features at once; the
// second adds only the stacked features to the stage-two sums.
func (m *model) tagDocument(sentences [][]string) [][]int {
	ds := newDocStats(sentences)
	var s scratch
	out := make([][]int, len(sentences))
	total := 0
	for _, words := range sentences {
		total += len(words)
	}
	var toks []token
	var sums2 []int32
	if m.stages > 1 {
		toks = make([]token, total)
		sums2 = make([]int32, total*nLabels)
	}
	width := m.table.width
	off := 0
	for si, words := range sentences {
		n := len(words)
		out[si] = make([]int, n)
		if n == 0 {
			continue
		}
		s.grow(n)
		m.prepare(words, ds, s.toks, s.upper, s.gaz)
		caps := sentenceAllCaps(words)
		clear(s.sums)
		for i := range words {
			s.feats = features(s.toks, i, caps, s.feats[:0])
			row := (*[nLabels]int32)(s.sums[i*nLabels:])
			ids := s.lookup(m.table, s.feats)
			if m.stages > 1 {
				row2 := (*[nLabels]int32)(sums2[(off+i)*nLabels:])
				for _, id := range ids {
					if id < 0 {
						continue
					}
					w := (*[2 * nLabels]int16)(m.table.rows[int(id)*width:])
					for l := range nLabels {
						row[l] += int32(w[l])
						row2[l] += int32(w[nLabels+l])
					}
				}
				continue
			}
			for _, id := range ids {
				if id >= 0 {
					m.addRow(row[:], id, 0)
				}
			}
		}
		m.scale(s.sums, s.scores)
		viterbi(s.scores, m.trans[0], n, s.back, out[si])
		if toks != nil {
			copy(toks[off:off+n], s.toks)
		}
		off += n
	}
	if m.stages < 2 {
		return out
	}
	agg := newAggregate(sentences, out)
	off = 0
	for si, words := range sentences {
		n := len(words)
		if n == 0 {
			continue
		}
		s.grow(n)
		caps := sentenceAllCaps(words)
		copy(s.sums, sums2[off*nLabels:(off+n)*nLabels])
		st := toks[off : off+n]
		for i := range words {
			row := s.sums[i*nLabels : (i+1)*nLabels]
			s.feats = stackFeatures(st, i, out[si], agg, caps, s.feats[:0])
			for _, id := range s.lookup(m.table, s.feats) {
				if id >= 0 {
					m.addRow(row, id, 1)
				}
			}
		}
		m.scale(s.sums, s.scores)
		viterbi(s.scores, m.trans[1], n, s.back, out[si])
		off += n
	}
	return out
}

// Tag returns the IOB2 tags of one sentence's words.
func (t *Tagger) Tag(words []string) []string {
	return t.TagDocument([][]string{words})[0]
}

// TagDocument returns the IOB2 tags of every sentence of a document. The
// sentences inform each other: a word written in lower case or capitalised
// mid-sentence elsewhere in the document says how to read it in a headline.
func (t *Tagger) TagDocument(sentences [][]string) [][]string {
	return t.tagDocument(sentences, chronicle.Date{})
}

// tagDocument tags a document published on date (zero when unknown) and
// corrects the types the tagger got wrong (see types.go).
func (t *Tagger) tagDocument(sentences [][]string, date chronicle.Date) [][]string {
	predicted := t.m.tagDocument(sentences)
	t.retype(sentences, predicted, date)
	out := make([][]string, len(sentences))
	for i, ls := range predicted {
		out[i] = make([]string, len(ls))
		for j, l := range ls {
			out[i][j] = labels[l]
		}
	}
	return out
}

// Process is the pipeline stage: it tags the sentences the text stage found
// and appends one Entity per named-entity mention, then the number
// expressions that do not overlap a name.
func (t *Tagger) Process(doc *chronicle.Document) error {
	sentences := make([][]string, 0, len(doc.Sentences))
	for si, s := range doc.Sentences {
		if s.FirstToken < 0 || s.LastToken > len(doc.Tokens) || s.FirstToken > s.LastToken {
			return chronicle.Errorf(chronicle.EINVALID, "entity: sentence %d has token range [%d,%d) outside %d tokens", si, s.FirstToken, s.LastToken, len(doc.Tokens))
		}
		words := make([]string, 0, s.LastToken-s.FirstToken)
		for _, tok := range doc.Tokens[s.FirstToken:s.LastToken] {
			if tok.ByteStart < 0 || tok.ByteEnd > len(doc.Text) || tok.ByteStart > tok.ByteEnd {
				return chronicle.Errorf(chronicle.EINVALID, "entity: token bytes [%d,%d) outside text", tok.ByteStart, tok.ByteEnd)
			}
			words = append(words, doc.Text[tok.ByteStart:tok.ByteEnd])
		}
		sentences = append(sentences, words)
	}
	tagged := t.tagDocument(sentences, doc.Published)
	if doc.Entities == nil {
		doc.Entities = []chronicle.Entity{}
	}
	span := func(first, last int) chronicle.Span {
		a, b := doc.Tokens[first], doc.Tokens[last]
		return chronicle.Span{Start: a.Start, End: b.End, ByteStart: a.ByteStart, ByteEnd: b.ByteEnd, Text: doc.Text[a.ByteStart:b.ByteEnd]}
	}
	first := len(doc.Entities)
	for si, s := range doc.Sentences {
		names := joinConnected(Chunks(tagged[si]), sentences[si])
		taken := make([]bool, len(tagged[si]))
		for _, c := range names {
			// The tagger sometimes takes in a quotation mark next to a
			// name ("” Lavrov"); a name never holds one at its edges.
			for c.Start < c.End && (quoteMark(sentences[si][c.Start]) || edgePunct[sentences[si][c.Start]]) {
				c.Start++
			}
			for c.End > c.Start && (quoteMark(sentences[si][c.End-1]) || edgePunct[sentences[si][c.End-1]]) {
				c.End--
			}
			if c.Start == c.End {
				continue
			}
			doc.Entities = append(doc.Entities, chronicle.Entity{Span: span(s.FirstToken+c.Start, s.FirstToken+c.End-1), Type: c.Type})
			for k := c.Start; k < c.End; k++ {
				taken[k] = true
			}
		}
		for _, c := range Chunks(Expressions(sentences[si])) {
			// A name may start the expression ("US" in "US $ 20m"): keep the rest.
			for c.Start < c.End && taken[c.Start] {
				c.Start++
			}
			free := c.Start < c.End
			for k := c.Start; k < c.End; k++ {
				free = free && !taken[k]
			}
			if free {
				doc.Entities = append(doc.Entities, chronicle.Entity{Span: span(s.FirstToken+c.Start, s.FirstToken+c.End-1), Type: c.Type})
			}
		}
	}
	added := doc.Entities[first:]
	sort.SliceStable(added, func(i, j int) bool { return added[i].Start < added[j].Start })
	personsByTitle(doc, added)
	return nil
}

// personsByTitle types as a body a "person" a body's noun follows ("the Gran
// Grif gang"), and as a person a name the tagger took for a place or an
// organisation when an office's title stands right before it, with or
// without a comma ("Kosovo's prime minister, Albin Kurti, said", "police
// spokesman Lionel Lazarre"), and then the same name, or its last word,
// wherever else the story uses it ("Kurti's terror"). Only names retyped
// so spread: a tagger's own person label may be its mistake.
func personsByTitle(doc *chronicle.Document, ents []chronicle.Entity) {
	prevWord := func(b int) (string, int) {
		// the word before byte b, and where it starts
		i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].ByteStart >= b }) - 1
		if i < 0 {
			return "", -1
		}
		t := doc.Tokens[i]
		return strings.ToLower(doc.Text[t.ByteStart:t.ByteEnd]), t.ByteStart
	}
	nextWord := func(b int) string {
		i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].ByteStart >= b })
		if i >= len(doc.Tokens) {
			return ""
		}
		t := doc.Tokens[i]
		return strings.ToLower(doc.Text[t.ByteStart:t.ByteEnd])
	}
	people := map[string]bool{} // the names retyped
	for i := range ents {
		e := &ents[i]
		if e.Type == "PER" && bodyNouns[nextWord(e.ByteEnd)] {
			e.Type = "ORG" // "the Gran Grif gang", "the Wagner group": the name of a body
			continue
		}
		if e.Type != "LOC" && e.Type != "ORG" && e.Type != "MISC" || strings.Count(e.Text, " ") < 1 || strings.Count(e.Text, " ") > 2 {
			continue
		}
		w, at := prevWord(e.ByteStart)
		if w == "," {
			w, _ = prevWord(at)
		}
		if actor.IsTitleHead(w) {
			e.Type = "PER"
			people[e.Text] = true
		}
	}
	for name := range people {
		if f := strings.Fields(name); len(f) > 1 {
			people[f[len(f)-1]] = true
		}
	}
	for i := range ents {
		if e := &ents[i]; e.Type != "PER" && (e.Type == "LOC" || e.Type == "ORG" || e.Type == "MISC") && people[e.Text] {
			e.Type = "PER"
		}
	}
}

// bodyNouns are nouns that make the name before them a body's.
var bodyNouns = set("gang", "gangs", "group", "militia", "brigade", "brigades", "movement", "party", "force", "forces",
	"front", "army", "council", "coalition", "alliance", "battalion", "regiment", "cartel", "network", "foundation")

// joinConnected joins a name and a place that a lowercase name particle
// connects into one place ("Mocimboa da Praia", "Ciudad del Este"), which
// the tagger may split into two names of different types; a place alone
// ("Praia") may be another country's.
func joinConnected(cs []Chunk, words []string) []Chunk {
	var out []Chunk
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		for i+1 < len(cs) && cs[i+1].Start == c.End+1 && c.End < len(words) && nameParticles[words[c.End]] &&
			cs[i+1].Type == "LOC" && c.Type != "PER" {
			c = Chunk{Start: c.Start, End: cs[i+1].End, Type: "LOC"}
			i++
		}
		if i+1 < len(cs) && c.End-c.Start == 1 && featureWords[strings.ToLower(words[c.Start])] && c.End < len(words) &&
			words[c.End] == "of" && cs[i+1].Start == c.End+1 {
			// "the Gulf of Oman", "the Sea of Azov": the feature of a
			// place is one place
			c = Chunk{Start: c.Start, End: cs[i+1].End, Type: "LOC"}
			i++
		}
		if c.Type == "PER" && placeBefore(words, c) {
			// "in Gondar", "near Sake", "the town of Mirebalais": a name
			// the tagger took for a person where only a place can stand
			c.Type = "LOC"
		}
		if c.Type != "LOC" && c.End < len(words) && chronicle.AreaNoun(words[c.End]) && !(c.Type == "MISC" && words[c.End] == "state") {
			// "Chad's Ennedi region", "the Tillaberi province": a name
			// an area noun follows names the area (not "a Palestinian
			// state")
			c.Type = "LOC"
		}
		if c.Type != "LOC" && c.End-c.Start >= 3 && c.End <= len(words) && featureWords[strings.ToLower(words[c.Start])] && words[c.Start+1] == "of" {
			c.Type = "LOC" // "the Strait of Hormuz", "the Gulf of Aden"
		}
		if c.Type != "LOC" && c.End-c.Start >= 2 && c.End <= len(words) && featureWords[strings.ToLower(words[c.End-1])] {
			// "Scarborough Shoal", "Snake Island": a name that ends in a
			// word for a feature of the land or the sea is a place
			c.Type = "LOC"
		}
		out = append(out, c)
	}
	return out
}

// placeBefore reports whether the words before chunk c put a place there:
// "in", "near" or "outside" right before it (a person is rarely "in"
// anyone, and "in Trump's view" is kept by its possessive), a verb that
// takes a place ("fled", "shelled"), or "the town of", "the city of" and
// the like.
func placeBefore(words []string, c Chunk) bool {
	if c.Start == 0 || c.End > len(words) {
		return false
	}
	if c.End < len(words) && (words[c.End] == "'s" || words[c.End] == "’s") {
		return false
	}
	switch strings.TrimSuffix(strings.ToLower(words[c.Start]), ".") {
	case "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "president", "general", "minister", "king", "queen", "prince":
		return false // "near Mr Kilroy-Silk": a person by title
	}
	switch strings.ToLower(words[c.Start-1]) {
	case "in", "near", "outside":
		return true
	case "fled", "flee", "flees", "fleeing", "shelled", "shelling", "bombarded", "besieged", "overran", "stormed", "evacuated":
		// "residents fled Mirebalais", "shelled Kherson": verbs whose
		// object is a place, never a person
		return true
	case "of":
		if c.Start >= 2 {
			switch strings.ToLower(words[c.Start-2]) {
			case "town", "city", "village", "province", "region", "district", "port", "outskirts", "shelling", "siege":
				return true
			}
		}
	}
	return false
}

// featureWords end the names of places that are features of the land or the
// sea.
var featureWords = map[string]bool{"shoal": true, "reef": true, "island": true, "islands": true, "strait": true,
	"sea": true, "river": true, "lake": true, "bay": true, "gulf": true, "peninsula": true, "valley": true,
	"desert": true, "mountains": true, "mountain": true, "hills": true, "canal": true, "pass": true, "plateau": true,
	"atoll": true, "archipelago": true, "corridor": true, "crossing": true}

// nameParticles join the words of place names in Portuguese, Spanish,
// French and Italian.
var nameParticles = map[string]bool{"da": true, "de": true, "do": true, "dos": true, "das": true, "del": true,
	"di": true, "du": true, "des": true}

// edgePunct are marks a name never begins or ends with (", Hassan Sheikh
// Mohamud" after a title and its comma).
var edgePunct = set(",", ";", ":")

// quoteMark reports whether a token is a quotation mark alone.
func quoteMark(w string) bool {
	switch w {
	case "“", "”", "\"", "‘", "’", "'", "«", "»", "„", "‚", "‹", "›", "``", "''":
		return true
	}
	return false
}

// Chunk is a run of tokens [Start, End) with one entity type.
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks reads entity runs from IOB2 (or IOB1) tags the way conlleval does:
// a run starts at B-X or at an I-X whose type differs from the previous tag's.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	cur := -1
	typ := ""
	for i, t := range tags {
		var prefix byte
		var ty string
		if len(t) > 2 && t[1] == '-' {
			prefix, ty = t[0], t[2:]
		}
		if cur >= 0 && (prefix != 'I' || ty != typ) {
			out = append(out, Chunk{cur, i, typ})
			cur = -1
		}
		if cur < 0 && (prefix == 'B' || prefix == 'I') {
			cur, typ = i, ty
		}
	}
	if cur >= 0 {
		out = append(out, Chunk{cur, len(tags), typ})
	}
	return out
}

// modelFile is the serialised model: gob inside gzip. Weights are quantised
// to int16 with one scale.
type modelFile struct {
	Version      int
	Labels       []string
	Stages       int
	Keys         []uint64
	Weights      []int16 // len(Keys) × Stages × nLabels
	Scale        float32
	Trans        [][]float32
	ClusterWords []string
	ClusterIDs   []int16
	GazKeys      []uint64
	GazCats      []uint8
}

const modelVersion = 2

// Save writes the model, gzip-compressed and deterministic.
func (t *Tagger) Save(w io.Writer) error {
	m := t.m
	f := modelFile{Version: modelVersion, Labels: labels, Stages: m.stages, Trans: m.trans}
	order := identity(len(m.table.keys))
	sort.Slice(order, func(i, j int) bool { return m.table.keys[order[i]] < m.table.keys[order[j]] })
	f.Scale = m.table.scale
	width := m.table.width
	for _, i := range order {
		f.Keys = append(f.Keys, m.table.keys[i])
		f.Weights = append(f.Weights, m.table.rows[i*width:(i+1)*width]...)
	}
	if m.clusters != nil {
		words := make([]string, 0, len(m.clusters.ids))
		for w := range m.clusters.ids {
			words = append(words, w)
		}
		sort.Strings(words)
		for _, w := range words {
			f.ClusterWords = append(f.ClusterWords, w)
			ids := m.clusters.ids[w]
			f.ClusterIDs = append(f.ClusterIDs, ids[:]...)
		}
	}
	if m.gaz != nil {
		gk := make([]uint64, 0, len(m.gaz.phrases))
		for k := range m.gaz.phrases {
			gk = append(gk, k)
		}
		sortUint64(gk)
		for _, k := range gk {
			f.GazKeys = append(f.GazKeys, k)
			f.GazCats = append(f.GazCats, m.gaz.phrases[k])
		}
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return fmt.Errorf("entity: save model: %w", err)
	}
	return zw.Close()
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("entity: load model: %w", err)
	}
	var f modelFile
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("entity: load model: %w", err)
	}
	if f.Version != modelVersion || len(f.Labels) != nLabels || f.Stages < 1 || f.Stages > 2 || len(f.Weights) != len(f.Keys)*f.Stages*nLabels ||
		len(f.Trans) != f.Stages || len(f.ClusterIDs) != len(f.ClusterWords)*clusterLevels || len(f.GazKeys) != len(f.GazCats) {
		return nil, fmt.Errorf("entity: load model: version %d or sizes do not match", f.Version)
	}
	for i, l := range f.Labels {
		if labels[i] != l {
			return nil, fmt.Errorf("entity: load model: label %d is %q, want %q", i, l, labels[i])
		}
	}
	for _, tr := range f.Trans {
		if len(tr) != (nLabels+1)*nLabels {
			return nil, fmt.Errorf("entity: load model: %d transition weights", len(tr))
		}
	}
	m := &model{stages: f.Stages, trans: f.Trans, table: newQuantTable(f.Keys, f.Weights, f.Scale, f.Stages*nLabels)}
	m.clusters = &Clusters{ids: make(map[string][clusterLevels]int16, len(f.ClusterWords))}
	for i, w := range f.ClusterWords {
		var ids [clusterLevels]int16
		copy(ids[:], f.ClusterIDs[i*clusterLevels:])
		m.clusters.ids[w] = ids
	}
	m.gaz = NewGazetteer()
	for i, k := range f.GazKeys {
		m.gaz.phrases[k] = f.GazCats[i]
	}
	return &Tagger{m: m}, nil
}
