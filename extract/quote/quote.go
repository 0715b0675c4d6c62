// Package quote finds who said what: direct quotations, reported speech and
// the mix of both, each with its speaker, cue and venue. It is the pipeline
// stage "quote" and runs after the entity stage (and the actor stage, when
// present), whose entities and mentions it uses to name speakers.
//
// The rules read the text layer and, when the syntax stage ran, the
// dependency tree: a cue verb from a lexicon tuned on the PolNeAR training
// split ("said", "told", "urged", "believes", "according
// to"), the speaker phrase on one side of it and the content on the other,
// with quotation marks deciding whether a quote is direct, indirect or mixed.
// A cue with no speaker in reach still makes a quote, as PolNeAR counts
// source-less attributions ("asked about …"). The content stops where the
// sentence turns to another attribution: a second verb of the speaker ("…
// and points out that …"), a contrast ("…, but …"), a semicolon, the comma
// that closes an opening "While …" clause.
//
// The content of reported speech begins with its complementizer: "said that
// the talks failed" reports "that the talks failed", as PolNeAR and PARC
// annotate it. The tree finds that "that" past the adjuncts between cue and
// clause ("told host Alex Marlow on Thursday that …"); the trailing
// attribution ("…, Zelensky said in his nightly address") and the shared
// subject of coordinated cues come from the tree too.
package quote

import (
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/syntax"
)

// Options configures an Extractor.
type Options struct {
	// MinQuoteWords is the least number of words a quotation with no cue
	// must have to count as a quote of its own (shorter ones are taken for
	// scare quotes or titles). Zero means 4.
	MinQuoteWords int
	// Cues, when set, finds the cue words the lexicon lacks.
	Cues *CueModel
}

// Extractor is the quote stage. It is safe for concurrent use.
type Extractor struct {
	opts Options
	lx   lexicon
}

// New returns an Extractor.
func New(opts Options) *Extractor {
	if opts.MinQuoteWords <= 0 {
		opts.MinQuoteWords = 4
	}
	return &Extractor{opts: opts, lx: newLexicon()}
}

// Name returns "quote".
func (*Extractor) Name() string { return "quote" }

// Process fills doc.Quotes from the text layer, entities and mentions.
func (x *Extractor) Process(doc *chronicle.Document) error {
	if len(doc.Tokens) == 0 && strings.TrimSpace(doc.Text) != "" {
		return chronicle.Errorf(chronicle.EINVALID, "quote: the text layer is empty; run the text stage first")
	}
	s := newScan(doc, x.lx)
	s.model = x.opts.Cues
	s.run(x.opts)
	doc.Quotes = s.quotes()
	return nil
}

// scan is the working state of one document.
type scan struct {
	doc     *chronicle.Document
	lx      lexicon
	model   *CueModel
	toks    []chronicle.Token
	low     []string
	sent    []int // sentence of each token
	regions []region
	inQuote []int  // per token: 1 + index of its region, or 0
	used    []bool // per token: inside the content of a quote found
	founds  []*found
	// last is the quote found last, whose speaker an "…, adding" shares.
	last *found
	// verb is the cue whose content is being read, or -1.
	verb int
}

// found is a quote as token ranges, before it becomes a chronicle.Quote.
type found struct {
	c0, c1   int // content [c0, c1)
	s0, s1   int // speaker [s0, s1), s0 < 0 when none
	q0, q1   int // cue [q0, q1), q0 < 0 when none
	sentence int
}

func newScan(doc *chronicle.Document, lx lexicon) *scan {
	n := len(doc.Tokens)
	s := &scan{doc: doc, lx: lx, verb: -1, toks: doc.Tokens, low: make([]string, n), sent: make([]int, n),
		inQuote: make([]int, n), used: make([]bool, n)}
	for i, t := range doc.Tokens {
		s.low[i] = strings.ToLower(doc.Text[t.ByteStart:t.ByteEnd])
	}
	for si, st := range doc.Sentences {
		for i := st.FirstToken; i < st.LastToken && i < n; i++ {
			s.sent[i] = si
		}
	}
	for _, q := range syntax.Quotations(doc) {
		s.regions = append(s.regions, region{open: q.Open, close: q.Close})
	}
	for ri, r := range s.regions {
		for i := r.open; i <= r.close; i++ {
			s.inQuote[i] = ri + 1
		}
	}
	return s
}

func (s *scan) isWord(i int) bool {
	k := s.toks[i].Kind
	return k == chronicle.Word || k == chronicle.Number
}

func (s *scan) isOpen(i int) bool {
	q := s.inQuote[i]
	return q > 0 && s.regions[q-1].open == i
}

func (s *scan) isClose(i int) bool {
	q := s.inQuote[i]
	return q > 0 && s.regions[q-1].close == i
}

// run finds the cues sentence by sentence, then the quotations no cue
// claimed.
func (s *scan) run(opts Options) {
	for si, st := range s.doc.Sentences {
		for i := st.FirstToken; i < st.LastToken; i++ {
			if s.inQuote[i] != 0 || s.used[i] {
				continue
			}
			s.verb = i
			f, ok := s.cueAt(i, si, st.FirstToken, st.LastToken)
			s.verb = -1
			if ok {
				s.emit(f)
			}
		}
	}
	for si, st := range s.doc.Sentences {
		if f, ok := s.colon(si, st.FirstToken, st.LastToken); ok {
			s.emit(f)
		}
	}
	s.orphans(opts.MinQuoteWords)
	sort.SliceStable(s.founds, func(a, b int) bool { return s.founds[a].c0 < s.founds[b].c0 })
}

// quotes returns the quotes found, in text order.
func (s *scan) quotes() []chronicle.Quote {
	out := make([]chronicle.Quote, len(s.founds))
	for i, f := range s.founds {
		out[i] = s.build(f)
	}
	return out
}

// cueAt tries the token at i as a cue in the sentence of tokens [f, l).
func (s *scan) cueAt(i, si, f, l int) (*found, bool) {
	// body is where the sentence starts after its dateline ("LIMA (Wire) —"),
	// read once and only when needed
	bodyAt := -1
	body := func() int {
		if bodyAt < 0 {
			bodyAt = f + syntax.SentenceDateline(s.doc, si)
		}
		return bodyAt
	}
	w := s.low[i]
	if w == "according" && i+1 < l && s.low[i+1] == "to" {
		return s.according(i, si, f, l)
	}
	if w == "in" && i == f {
		return s.inSource(i, si, l)
	}
	if nounCues[w] && i+2 < l && s.low[i+1] == "by" {
		// "claims by intelligence agencies that …"
		if a, b := s.mentionAfter(i+2, l); a >= 0 && b+1 < l && s.low[b] == "that" {
			fd := &found{s0: a, s1: b, q0: i, q1: i + 1, sentence: si}
			fd.c0, fd.c1 = s.contentAfter(b, l)
			if fd.c0 < fd.c1 && s.hasWord(fd.c0, fd.c1) {
				return fd, true
			}
		}
	}
	if nounCues[w] && i+1 < l && s.low[i+1] == "that" && !(strings.HasSuffix(w, "ing") && i > f && s.low[i-1] == ",") &&
		!(len(s.doc.Syntax) == len(s.doc.Tokens) && s.doc.Syntax[i].UPOS == "VERB") {
		// (", warning that …" is the participle, handled below; a word
		// the tree reads as a verb, "analysts estimate that …", is a
		// verb cue)
		// "Trump's claim that …", "charges that …"
		fd := &found{s0: -1, q0: i, q1: i + 1, sentence: si}
		if i-1 > f && (s.low[i-1] == "’s" || s.low[i-1] == "'s") {
			fd.s0, fd.s1 = s.mentionBefore(i-1, f)
		} else if i-1 >= f && syntax.IsDeterminer(s.low[i-1], syntax.DetPossessive) {
			fd.s0, fd.s1 = i-1, i
		}
		fd.c0, fd.c1 = s.contentAfter(i+1, l)
		if fd.c0 >= fd.c1 || !s.hasWord(fd.c0, fd.c1) {
			return nil, false
		}
		return fd, true
	}
	if i > 0 && (s.low[i-1] == "<" || s.low[i-1] == "</") {
		return nil, false // markup left in the text: <tweet tweet-id="…">
	}
	if w == "thanks" && i+1 < l && s.low[i+1] == "to" {
		return nil, false // "grows thanks to a big win"
	}
	c, ok := s.lx[w]
	if !ok {
		if s.model == nil || s.toks[i].Kind != chronicle.Word || len(w) < 3 || stop[w] || between[w] ||
			s.model.Score(s.doc, s.low, i) <= s.model.Threshold {
			return nil, false
		}
		if (syntax.Aspectual(w) || w == "stopped" || w == "stop" || w == "stops") && i+1 < l && strings.HasSuffix(s.low[i+1], "ing") {
			return nil, false // "Russia resumed shelling Kherson": an act, not speech
		}
		if len(s.doc.Syntax) == len(s.doc.Tokens) && s.doc.Syntax[i].UPOS != "VERB" {
			return nil, false // the model's cue must be a verb: not "guard" in "coast guard ships fired"
		}
		if s.passiveVerb(i) && !s.clauseUnder(i) {
			// nor a passive one with no clause it reports: "trucks … were
			// stranded on both sides" (but "were warned that …", and the
			// lexicon's "was quoted", stay)
			return nil, false
		}
		if s.objectFired(i, l) {
			// "police fired tear gas at protesters", "set fire to the
			// parliament": what is fired is no speech (a lexicon cue
			// keeps its object: "promised new drones")
			return nil, false
		}
		if (s.accordingAfter(i, l) || s.saidAfter(i, l)) && !s.saysSomething(i, f, l) {
			// "the RSF shelled the city, according to medics": the act
			// the attribution reports, not speech of its own
			return nil, false
		}
		c = cue{class: speech, participle: strings.HasSuffix(w, "ing"),
			nounLike: !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")}
	}
	if len(s.doc.Syntax) == len(s.doc.Tokens) && s.doc.Syntax[i].Rel == "amod" && i+1 < l && s.doc.Syntax[i].Head == i+1 {
		return nil, false // "suspected hideouts", "alleged abuses": a modifier, not speech
	}
	if len(s.doc.Syntax) == len(s.doc.Tokens) && s.doc.Syntax[i].UPOS == "NOUN" && s.doc.Syntax[i].Rel == "compound" {
		return nil, false // "the Afghan charge d'affaires": a noun naming something, not speech
	}
	if s.objectIsPlace(i, f, l) {
		// "the rebel group attacked a military base": what speech is
		// about is no place or facility; the verb is an act
		return nil, false
	}
	if lq := s.last; lq != nil && lq.sentence == si && lq.s0 >= 0 && s.joins(lq.c1, i) {
		// "Sanders denies any wrongdoing and points out that …": a
		// second verb of the same speaker, cut off the content before.
		fd := &found{s0: lq.s0, s1: lq.s1, q0: i, q1: i + 1, sentence: si}
		fd.c0, fd.c1 = s.contentAfter(s.contentStart(i, i+1, l, c), l)
		if fd.c0 < fd.c1 && s.hasWord(fd.c0, fd.c1) {
			return fd, true
		}
	}
	if s.nounPhraseHead(i, f, l) {
		return nil, false // "fired mortars at a border post": the noun, not the verb
	}
	prev := s.before(i, f)
	if prev >= 0 && prev == i-1 && syntax.IsDeterminer(s.low[prev], syntax.DetArticle) {
		return nil, false // "the accused", "an expected election": no verb after an article
	}
	if prev >= 0 && c.nounLike && nounContext[s.low[prev]] && s.low[prev] != "to" {
		return nil, false // "declined to say", "the report"
	}
	if i > f && isCapital(s.word(i)) && prev >= 0 && isCapital(s.word(prev)) && !s.headline(f, l) {
		return nil, false // a name: "The Washington Post", "the United States"
	}
	if prev >= 0 && prev == i-1 && (s.low[prev] == "’s" || s.low[prev] == "'s") && c.nounLike {
		return nil, false
	}
	if c.participle && !(i > f && (s.low[i-1] == "," || s.low[i-1] == "—" || s.low[i-1] == "and" || s.closesOnComma(i-1))) && prev >= 0 &&
		!between[s.low[prev]] {
		// "-ing" forms count after a comma ("…, saying that"), or after
		// a progressive auxiliary ("is saying").
		return nil, false
	}
	fd := &found{s0: -1, q0: i, q1: i + 1, sentence: si}
	// Passive: "was described by the Kremlin as …", "was first reported by
	// the Post", "is expected to …".
	be := prev
	for be >= f && between[s.low[be]] && !isBe(s.low[be]) {
		be--
	}
	if be >= f && isBe(s.low[be]) && !(possessive(s.low[be]) && !(be > f && pronouns[s.low[be-1]])) &&
		!c.participle && !strings.HasSuffix(w, "ing") {
		j := i + 1
		if j < l && s.low[j] == "by" {
			fd.q1 = i + 2
			fd.s0, fd.s1 = s.mentionAfter(i+2, l)
			if fd.s0 < 0 {
				return nil, false
			}
			j = fd.s1
		}
		if j < l && s.low[j] == "as" {
			j++
		}
		fd.c0, fd.c1 = s.contentAfter(j, l)
		if fd.c0 >= fd.c1 || !s.hasWord(fd.c0, fd.c1) || fd.s1 < l && s.low[fd.s1] == "," {
			// Nothing after (or an aside about the speaker): what was
			// reported is the subject, whole as the tree has it ("The
			// attack near the town of Djibo was claimed by …").
			a, b := s.mentionBefore(be+1, f)
			if a < 0 || fd.s0 < 0 {
				return nil, false
			}
			if sa, sb, ok := s.subjectPhrase(si, i); ok && sa <= a && sb >= b {
				a, b = sa, sb
			}
			fd.c0, fd.c1 = a, b
		}
		return fd, true
	}
	// The speaker: before the cue, or after it when inverted ("…,” said
	// Ushakov).
	inverted := false
	fd.s0, fd.s1 = s.mentionBefore(i, body()) // (not into a dateline: "MAPUTO, Oct 10 - Mozambique's defence ministry said")
	if fd.s0 >= 0 && fd.s1-fd.s0 == 1 && demonstratives[s.low[fd.s0]] {
		// "This has amplified reactions", "That would allow …": a fact
		// before a verb, not someone speaking
		if _, known := s.lx[w]; !known {
			return nil, false
		}
		fd.s0, fd.s1 = -1, -1
	}
	if lq := s.last; c.participle && i > f && s.low[i-1] == "," && lq != nil && lq.sentence == si && lq.s0 >= 0 && lq.q1 <= i {
		// "…, the army said, blaming the RSF": the participle goes on
		// with the speaker of the cue just before it, whatever noun
		// stands before that cue's own attribution.
		fd.s0, fd.s1 = lq.s0, lq.s1
	}
	if fd.s0 < 0 && (c.participle || prev >= 0 && (s.low[prev] == "and" || s.low[prev] == "but" || s.low[prev] == "to")) {
		// "…, adding that …", "… and said …": the speaker of the quote
		// just found, or the subject that opens the sentence.
		if lq := s.last; lq != nil && lq.sentence == si && lq.s0 >= 0 {
			fd.s0, fd.s1 = lq.s0, lq.s1
		} else if a, b, ok := s.sharedSubject(si, i); ok {
			// The tree's subject of the first of the coordinated verbs:
			// "Finland's foreign minister welcomed … and urged …".
			fd.s0, fd.s1 = a, b
		} else if isCapital(s.word(f)) || pronouns[s.low[f]] {
			// The subject that opens the sentence: "Oz promoted … and
			// downplayed …".
			if a, b := s.mentionAfter(body(), i); a >= 0 && b < i {
				fd.s0, fd.s1 = a, s.nameEnd(a, b)
			}
		}
	}
	if fd.s0 < 0 && i > f && (s.low[i-1] == "," || s.isClose(i-1)) {
		if a, b := s.mentionAfter(i+1, l); a >= 0 && (b >= l || !s.isWord(b) || adverbial[s.low[b]] || s.low[b] == "who") {
			fd.s0, fd.s1 = a, b
			inverted = true
		}
	}
	after := i + 1
	if inverted {
		after = fd.s1
	}
	// The content: after the cue, or before the speaker when the cue
	// closes the sentence ("…, Putin said on Monday.").
	lead := fd.s0
	if inverted || lead < 0 {
		lead = i
	}
	if lead > f && !c.participle && s.precedesContent(lead, f) && (s.isClose(lead-1) && !s.isTitle(lead-1) && !s.thatFollows(after, l) || !s.clauseFollows(after, l, c) || s.contentBefore(i)) {
		b := lead - 1
		for b > f && (s.low[b] == "," || s.low[b] == "—" || s.low[b] == ":") && !s.isClose(b) {
			b--
		}
		start := body()
		for k := b; k >= f; k-- {
			if s.used[k] {
				start = max(start, k+1)
				break
			}
		}
		for start < b && (s.low[start] == "," || s.low[start] == ";") {
			start++ // not ", leaving one man dead" after another quote's content
		}
		if s.inQuote[b] != 0 && !s.isClose(b) {
			return nil, false
		}
		if start > b {
			return nil, false
		}
		if s.opener(start, b+1) && s.hasWord(after, l) {
			// "On Twitter, Jeb Bush called Trump “unhinged.”": what stands
			// before is where, not what.
			goto forward
		}
		fd.c0, fd.c1 = start, b+1
		if q := s.inQuote[b]; q > 0 && s.regions[q-1].open < start {
			fd.c0 = s.regions[q-1].open
		}
		// "“…,” he said, “…”": the quotation goes on after the cue.
		if k := s.skipAdverbials(after, l); k+1 < l && s.low[k] == "," && s.isOpen(k+1) {
			r := s.regions[s.inQuote[k+1]-1]
			fd.c1 = r.close + 1
		} else if k+1 < l && s.low[k] == "," && lead-1 > f && s.low[lead-1] == "," && s.inQuote[k+1] == 0 && s.parenthetical(k+1, l) &&
			!(s.hasVerb(fd.c0, fd.c1) && !s.hasVerb(k+1, l)) {
			// (not "X exchanged prisoners, officials said, the first
			// swap in months": a clause before, a phrase about it after)
			// "The Russian occupiers, he added, had shelled Kharkiv": the
			// attribution sits inside what was said, which runs on to the
			// sentence's end
			fd.c1 = l
			for fd.c1 > fd.c0 && s.toks[fd.c1-1].Kind == chronicle.Punct && !s.isClose(fd.c1-1) {
				fd.c1--
			}
		}
		return fd, true
	}
forward:
	j := s.contentStart(i, after, l, c)
	if fd.s0 < 0 {
		// No speaker next to the cue: the subject that opens the sentence
		// when it is a name or a pronoun ("Trump, in a rare moment of
		// restraint, merely noted …"), else none. PolNeAR counts
		// attributions without a source too ("asked about …", "it is
		// unclear whether …"), so the quote stands either way.
		// (after the dateline: "LIMA (Wire) — Riot police fired …" is no speaker)
		if a, b := s.mentionAfter(body(), i); a >= 0 && b < i && (isCapital(s.word(a)) || pronouns[s.low[a]]) {
			fd.s0, fd.s1 = a, s.nameEnd(a, b)
		}
	}
	if j >= l && j-1 >= f && s.low[j-1] == ":" && l < len(s.toks) && s.isOpen(l) {
		// "Peskov said:" and the quotation in the next paragraph.
		r := s.regions[s.inQuote[l]-1]
		fd.c0, fd.c1 = r.open, r.close+1
		return fd, true
	}
	fd.c0, fd.c1 = s.contentAfter(j, l)
	if fd.c0 >= fd.c1 || !s.hasWord(fd.c0, fd.c1) || s.figures(fd.c0, fd.c1) {
		return nil, false // "Pledged: 781" is a tally
	}
	return fd, true
}

// contentBefore reports whether the dependency tree puts what cue i reports
// before it: the cue takes no clausal complement after it, and either
// governs a clause before it (ccomp, parataxis) or hangs off one as a
// trailing attribution ("Ukraine will not give up its land, Zelensky said
// in his nightly address": "said" is parataxis of "give").
func (s *scan) contentBefore(i int) bool {
	syn := s.doc.Syntax
	if len(syn) != len(s.toks) {
		return false
	}
	before := false
	if h := syn[i].Head; h >= 0 && h < i {
		switch syntax.Base(syn[i].Rel) {
		case "parataxis", "conj", "ccomp", "advcl":
			before = true
		}
	}
	for k := i + 1; k < len(syn) && k < i+60; k++ {
		if s.isOpen(k) {
			return false // a quotation after the cue is what it reports
		}
		if syn[k].Head == i {
			switch syntax.Base(syn[k].Rel) {
			case "ccomp", "xcomp", "obj", "csubj":
				return false
			}
		}
	}
	for k := i - 1; k >= 0 && k > i-200; k-- {
		if syn[k].Head == i {
			switch syntax.Base(syn[k].Rel) {
			case "ccomp", "parataxis":
				before = true
			}
		}
	}
	return before
}

// maxTreeSentence bounds the sentences whose tree a cue rebuilds.
const maxTreeSentence = 300

// sharedSubject returns the noun phrase [a, b) that the dependency tree
// gives as the subject cue i shares with the verb it is coordinated with.
func (s *scan) sharedSubject(si, i int) (int, int, bool) {
	if sent := s.doc.Sentences[si]; sent.LastToken-sent.FirstToken > maxTreeSentence {
		return 0, 0, false // work per cue stays bounded on run-on "sentences"
	}
	var t syntax.Tree
	if !syntax.SentenceTree(s.doc, si, &t) {
		return 0, 0, false
	}
	f := s.doc.Sentences[si].FirstToken
	c := t.ClauseOf(i - f)
	if c.Subj < 0 || !c.Shared || c.Subj > i-f {
		return 0, 0, false
	}
	np := t.NounPhrase(c.Subj)
	return f + np.First, f + np.Last + 1, true
}

// opener reports whether tokens [a, b) are a short phrase that opens a
// sentence on its time or place ("On Twitter", "In a statement on Monday").
func (s *scan) opener(a, b int) bool {
	if b-a > 8 || !openers[s.low[a]] {
		return false
	}
	if (s.low[a] == "this" || s.low[a] == "last" || s.low[a] == "next") && (a+1 >= b || !timeUnits[s.low[a+1]]) {
		return false // "This has amplified …" is not "This week, …"
	}
	for k := a; k < b; k++ {
		if s.inQuote[k] != 0 {
			return false
		}
	}
	return true
}

// nameEnd returns where a phrase [a, b) that opens on a name ends: after
// the run of capitalised words ("Cruz gave a speech" is "Cruz"). A phrase
// that opens on a determiner or pronoun keeps its end.
func (s *scan) nameEnd(a, b int) int {
	if determiners[s.low[a]] || pronouns[s.low[a]] || !isCapital(s.word(a)) {
		return b
	}
	k := a + 1
	for k < b && (isCapital(s.word(k)) || s.low[k] == "." || possessive(s.low[k]) || s.low[k] == "-" ||
		s.low[k] == "of" && k+1 < b && isCapital(s.word(k+1))) { // "Secretary of State Antony Blinken"
		k++
	}
	return k
}

// headline reports whether the sentence [f, l) is in title case, where
// capitals do not mark names.
func (s *scan) headline(f, l int) bool {
	words, caps := 0, 0
	for k := f; k < l; k++ {
		if s.toks[k].Kind == chronicle.Word {
			words++
			if isCapital(s.word(k)) {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*6
}

func possessive(w string) bool { return w == "’s" || w == "'s" }

func isDash(w string) bool { return w == "―" || w == "—" || w == "--" || w == "–" }

func isBe(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "'s", "’s":
		return true
	}
	return false
}

// before returns the index of the word before i in the sentence, skipping
// nothing, or -1.
func (s *scan) before(i, f int) int {
	if i-1 < f {
		return -1
	}
	return i - 1
}

func (s *scan) allWords(a, b int) bool {
	for i := a; i < b; i++ {
		if !s.isWord(i) && s.low[i] != "." && s.low[i] != "-" {
			return false
		}
	}
	return a < b
}

func (s *scan) hasWord(a, b int) bool {
	for i := a; i < b; i++ {
		if s.isWord(i) {
			return true
		}
	}
	return false
}

// precedesContent reports whether the speaker phrase starting at lead
// follows the content, set off by a comma, a dash, a colon or a closing
// quotation mark.
func (s *scan) precedesContent(lead, f int) bool {
	p := lead - 1
	if p < f {
		return false
	}
	if s.isClose(p) {
		return !s.isTitle(p)
	}
	switch s.low[p] {
	case ",", "—", "--", ":":
		return p > f
	}
	return false
}

// isTitle reports whether the quotation that closes at p names a work or a
// programme rather than quoting speech: on CBS's "Face the Nation".
func (s *scan) isTitle(p int) bool {
	r := s.regions[s.inQuote[p]-1]
	if r.open == 0 || r.words(s.toks) > 6 {
		return false
	}
	switch s.low[r.open-1] {
	case "’s", "'s", "on", "in", "of", "at", "titled", "entitled", "called", "dubbed", "program", "show", "book", "film":
		return true
	}
	return false
}

// clauseFollows reports whether real content follows the cue at j, rather
// than adverbials such as "on Monday in a statement".
func (s *scan) clauseFollows(j, l int, c cue) bool {
	j = s.skipAdverbials(j, l)
	if j >= l {
		return false
	}
	switch s.low[j] {
	case ".", "!", "?", ";", "…":
		return false
	case ",":
		// "…, he said, adding …" or "…, he said, “…”": not a clause of
		// this cue.
		return false
	}
	return true
}

// thatFollows reports whether the cue's content plainly follows it
// ("said that", "said:").
func (s *scan) thatFollows(j, l int) bool {
	return j < l && (s.low[j] == "that" || s.low[j] == ":")
}

// skipAdverbials moves j past words that may follow a cue without being
// its content, and past names ("told CBS News").
func (s *scan) skipAdverbials(j, l int) int {
	start := j
	for j < l {
		if q := s.inQuote[j]; q > 0 {
			// A title after a venue: on CNN's "State of the Union".
			r := s.regions[q-1]
			if j == start || !s.isOpen(j) || r.words(s.toks) > 6 || r.close >= l || !s.isTitle(r.close) {
				break
			}
			j = r.close + 1
			continue
		}
		w := s.low[j]
		if !(adverbial[w] || w == "’s" || w == "'s" || s.isWord(j) && isCapital(s.doc.Text[s.toks[j].ByteStart:])) {
			break
		}
		j++
	}
	return j
}

func isCapital(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// contentStart finds where the content begins after cue ci (-1: none)
// whose speaker phrase ends at j: at the complementizer "that", which the
// content holds (as PolNeAR and PARC annotate it: "said that the talks
// failed"); past a colon, the hearer of "told" and the addressee of
// "urged".
func (s *scan) contentStart(ci, j, l int, c cue) int {
	if k := s.complementizer(ci, j, l); k >= 0 {
		return k
	}
	j = s.pastParticle(ci, j, l)
	// "that" within a few words of adverbials: "said in a statement that".
	for k := j; k < l && k < j+10; k++ {
		w := s.low[k]
		if w == "that" {
			return k
		}
		if s.inQuote[k] != 0 || w == "." || w == ";" || w == ":" {
			break
		}
		if !(adverbial[w] || w == "," || w == "however" || s.isWord(k) && isCapital(s.doc.Text[s.toks[k].ByteStart:])) {
			break
		}
	}
	if c.class == urge {
		// "urged Washington to follow": the content is the addressee and
		// what it is urged to do, as PolNeAR annotates it.
		for k := j; k < l && k < j+10; k++ {
			if s.low[k] == "to" {
				if s.addressee(ci, j, k) {
					return j
				}
				return k
			}
			if s.inQuote[k] != 0 || s.toks[k].Kind == chronicle.Punct {
				break
			}
		}
	}
	if c.class == tell && j < l {
		if k := s.complementAfterHearer(ci, j, l); k > j {
			return k // "told state media the strike had hit …": past the hearer
		}
		switch {
		case pronounObject(s.low[j]) || s.low[j] == "reporters" || s.low[j] == "journalists":
			j++
		case s.isWord(j) && isCapital(s.doc.Text[s.toks[j].ByteStart:]):
			for j < l && s.isWord(j) && isCapital(s.doc.Text[s.toks[j].ByteStart:]) {
				j++
			}
		case determiners[s.low[j]] && j+2 < l:
			j += 2
		}
	}
	for j < l && (s.low[j] == "," || s.low[j] == ":" || s.low[j] == "—") {
		j++
	}
	return j
}

// maxComplementGap bounds the words between a cue and the "that" of its
// clausal complement ("told host Alex Marlow on Thursday's show that").
const maxComplementGap = 25

// complementizer returns the "that" that the dependency tree makes the
// mark of cue ci's clausal complement, when it stands within
// maxComplementGap words after j with no quotation or clause break before
// it; -1 otherwise.
func (s *scan) complementizer(ci, j, l int) int {
	syn := s.doc.Syntax
	if ci < 0 || len(syn) != len(s.toks) {
		return -1
	}
	for k := j; k < l && k < j+maxComplementGap; k++ {
		w := s.low[k]
		if s.inQuote[k] != 0 || w == "." || w == ";" || w == ":" || w == "?" || w == "!" {
			return -1
		}
		if w != "that" || syntax.Base(syn[k].Rel) != "mark" {
			continue
		}
		if h := syn[k].Head; h > k && syn[h].Head == ci && syntax.Base(syn[h].Rel) == "ccomp" {
			return k
		}
		return -1 // a "that" of another clause comes first
	}
	return -1
}

// addressee reports whether the words [j, k) between an urging cue ci and
// its "to" are only the one urged: no adjunct of the cue ("urged Putin the
// day before to halt") stands among them. Without a tree, any words do.
func (s *scan) addressee(ci, j, k int) bool {
	syn := s.doc.Syntax
	if j >= k {
		return false
	}
	if ci < 0 || len(syn) != len(s.toks) {
		return true
	}
	for m := j; m < k; m++ {
		if syn[m].Head == ci {
			switch syntax.Base(syn[m].Rel) {
			case "obj", "iobj", "nsubj":
			default:
				return false
			}
		}
	}
	return true
}

// complementAfterHearer returns the first word of the clausal complement
// of a telling cue ci when the tree puts its hearer (an object) first and
// the complement right after it: "told state media the strike had hit",
// "assured the crowd the law would pass". -1 otherwise.
func (s *scan) complementAfterHearer(ci, j, l int) int {
	syn := s.doc.Syntax
	if ci < 0 || len(syn) != len(s.toks) {
		return -1
	}
	hearer := false
	for k := j; k < l && k < j+maxComplementGap; k++ {
		if s.inQuote[k] != 0 && !s.isOpen(k) {
			return -1
		}
		if syn[k].Head == ci {
			switch syntax.Base(syn[k].Rel) {
			case "obj", "iobj":
				hearer = true
			case "ccomp":
				if !hearer {
					return -1
				}
				// the complement's own first word: its subject, marks
				first := k
				for m := k - 1; m >= j && syn[m].Head != ci; m-- {
					first = m
				}
				return first
			}
		}
	}
	return -1
}

// objectPreps are the prepositions whose object is what a cue reports:
// "warned about", "called for", "railed against", "accused her of".
var objectPreps = set("about", "for", "against", "of", "over", "upon")

// pastParticle moves j past the particle of cue ci ("pointed out") and a
// preposition whose object the tree attaches to the cue ("complained
// about the ruling", "accused her of lying"), so that the content is the
// object itself.
func (s *scan) pastParticle(ci, j, l int) int {
	syn := s.doc.Syntax
	if ci < 0 || len(syn) != len(s.toks) {
		return j
	}
	k := j
	for k < l && k < j+2 && syn[k].Head == ci && syn[k].Rel == "compound:prt" {
		k++
	}
	if k < l && pronounObject(s.low[k]) && syn[k].Head == ci && k+1 < l && objectPreps[s.low[k+1]] {
		k++ // "accused her of"
	}
	if k < l && objectPreps[s.low[k]] && syntax.Base(syn[k].Rel) == "case" {
		if h := syn[k].Head; h > k && syn[h].Head == ci {
			return k + 1
		}
	}
	return k
}

func pronounObject(w string) bool {
	switch w {
	case "him", "her", "them", "us", "me", "you", "it":
		return true
	}
	return false
}

// contentAfter returns the content that starts at j: to the end of the
// sentence, or of the quotation it opens, stopping before a new
// attribution ("…, adding", "…, according to").
func (s *scan) contentAfter(j, l int) (int, int) {
	if j >= l {
		return j, j
	}
	if s.isOpen(j) {
		r := s.regions[s.inQuote[j]-1]
		if r.close+1 >= l {
			return j, r.close + 1
		}
	}
	end := l
	sub := s.subordinate(j)
	for k := j; k < l; k++ {
		if sub && s.low[k] == "," && s.inQuote[k] == 0 && k > j {
			// "While only 7 percent said they are undecided, 27 percent
			// …": the main clause is not part of what was said.
			end = k
			break
		}
		if s.inQuote[k] != 0 {
			if r := s.regions[s.inQuote[k]-1]; r.close >= l {
				return j, r.close + 1
			}
			if s.isClose(k) && k > j && s.low[k-1] == "," && k+1 < l && s.inQuote[k+1] == 0 && s.endsContent(k+1, l) {
				// "… as “fantastic,” telling reporters …": the comma
				// inside the marks ends the content as one outside would.
				end = k + 1
				break
			}
			continue
		}
		if s.low[k] == "," && k+1 < l && s.inQuote[k+1] == 0 && s.endsContent(k+1, l) {
			end = k
			break
		}
		if k > j && s.turns(k, l) {
			end = k
			break
		}
		if clauseJoint[s.low[k]] && k > j && (s.newClause(k+1, l) || s.low[k] != "," && s.parallelAfter(k+1, l)) {
			end = k
			break
		}
	}
	// Drop the closing punctuation.
	for end > j && !s.isWord(end-1) && s.inQuote[end-1] == 0 {
		w := s.low[end-1]
		if w != "." && w != "!" && w != "?" && w != "," && w != ";" && w != ":" && w != "…" && w != "—" {
			break
		}
		end--
	}
	return j, end
}

// turns reports whether the punctuation at k turns to a clause the
// content's speaker did not say: "…, but late Saturday he announced …",
// "…; …".
func (s *scan) turns(k, l int) bool {
	if k+1 >= l || s.inQuote[k+1] != 0 {
		return false
	}
	switch s.low[k] {
	case ";":
		return s.hasWord(k+1, l)
	case ",":
		return contrast[s.low[k+1]]
	}
	return false
}

// subordinate reports whether j lies in a clause that opens its sentence
// on a subordinator ("While …, ", "As …, "), before the comma that ends it.
func (s *scan) subordinate(j int) bool {
	if j >= len(s.toks) {
		return false
	}
	f := s.doc.Sentences[s.sent[j]].FirstToken
	if f < 0 || f >= j || !subordinators[s.low[f]] {
		return false
	}
	for k := f; k < j; k++ {
		if s.low[k] == "," || s.inQuote[k] != 0 {
			return false
		}
	}
	return true
}

// endsContent reports whether the words at k, after a comma, start a new
// attribution or a clause of their own.
func (s *scan) endsContent(k, l int) bool {
	w := s.low[k]
	if w == "according" {
		return true
	}
	if c, ok := s.lx[w]; ok && (c.participle || !c.nounLike && k+1 < l && s.isWord(k+1) && isCapital(s.word(k+1))) {
		return true // "…, adding", "…, said Batchelder"
	}
	if strings.HasSuffix(w, "ing") && len(w) > 5 && w != "including" && w != "something" && w != "nothing" &&
		w != "everything" && w != "anything" && w != "during" {
		return true
	}
	// "…, he said."
	if pronouns[w] && k+1 < l {
		if _, ok := s.lx[s.low[k+1]]; ok {
			return true
		}
	}
	// "…, spokesman Esmaeil Baghaei said in a statement.": a short
	// speaker phrase, its cue, and nothing but the sentence's end or where
	// it was said after it
	for n := k + 1; n < l && n < k+maxTrailingSpeaker; n++ {
		if !s.isWord(n) && s.low[n] != "." && s.low[n] != "'s" && s.low[n] != "’s" || s.inQuote[n] != 0 {
			return false
		}
		c, ok := s.lx[s.low[n]]
		if !ok || c.nounLike || c.participle {
			continue
		}
		if n+1 >= l {
			return true
		}
		switch s.low[n+1] {
		case ".", ",", "in", "on", "at", "during", "to", "after", "late", "earlier", "later", "today", "yesterday":
			return true
		}
		return false
	}
	return false
}

// parenthetical reports whether the words [k, l) after an attribution set
// off by commas go on with what was said: a predicate with no cue of its
// own ("…, he added, had shelled Kharkiv overnight").
func (s *scan) parenthetical(k, l int) bool {
	if !s.hasWord(k, l) {
		return false
	}
	for n := k; n < l; n++ {
		if _, ok := s.lx[s.low[n]]; ok && n < k+3 {
			return false // "…, he said, adding that …": another cue
		}
		if s.inQuote[n] != 0 {
			return false
		}
	}
	return true
}

// hasVerb reports whether the tree tags a verb or auxiliary among words
// [a, b); true when there is no tree.
func (s *scan) hasVerb(a, b int) bool {
	if len(s.doc.Syntax) != len(s.doc.Tokens) {
		return true
	}
	for k := a; k < b; k++ {
		if u := s.doc.Syntax[k].UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// durationOnly reports whether tokens [a, b) say only how long or when
// ("15 years", "for nearly two decades"): no content of speech.
func (s *scan) durationOnly(a, b int) bool {
	unit := false
	for k := a; k < b; k++ {
		w := s.low[k]
		switch {
		case timeUnits[strings.TrimSuffix(w, "s")] || durationUnits[strings.TrimSuffix(w, "s")]:
			unit = true
		case s.toks[k].Kind == chronicle.Number || durationWords[w] || s.toks[k].Kind == chronicle.Punct:
		default:
			return false
		}
	}
	return unit
}

// durationWords may stand in a phrase of duration beside its number and
// unit.
var durationWords = set("for", "about", "nearly", "almost", "more", "than", "over", "the", "past", "last", "some",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "an", "few", "several", "many")

// durationUnits are the units of a duration beside timeUnits.
var durationUnits = set("day", "hour", "decade")

// timeUnits end a time phrase ("this week", "last month").
var timeUnits = set("week", "month", "year", "weekend", "morning", "afternoon", "evening", "night", "summer",
	"winter", "spring", "autumn", "fall", "quarter", "time")

// maxTrailingSpeaker bounds the words of a speaker phrase that follows the
// content ("…, Ukraine's foreign ministry spokesman Heorhiy Tykhyi said").
const maxTrailingSpeaker = 9

// newClause reports whether the words from k begin a clause with a cue of
// its own ("…, but she denied that …", "… and said …").
func (s *scan) newClause(k, l int) bool {
	subject := false
	for n := k; n < l && n < k+6; n++ {
		w := s.low[n]
		if c, ok := s.lx[w]; ok {
			if !subject && s.verbAfterJoint(n, k, c) {
				return true
			}
			return !c.nounLike && !c.participle && n > k || n == k && !c.participle && !c.nounLike && strings.HasSuffix(w, "ed") ||
				w == "said" || c.nounLike && subject || c.participle && subject && n > k && isBe(s.low[n-1])
		}
		if n == k && s.model != nil && s.toks[n].Kind == chronicle.Word && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")) &&
			!stop[w] && !between[w] && !isCapital(s.word(n)) && s.model.Score(s.doc, s.low, n) > s.model.Threshold {
			return true // "… and points out that …": a cue the lexicon lacks
		}
		switch {
		case clauseJoint[w] || between[w]:
		case pronouns[w] || s.isWord(n) && isCapital(s.word(n)):
			subject = true
		case determiners[w] || possessive(w):
		default:
			return false
		}
	}
	return false
}

// verbAfterJoint reports whether the cue form c at n, with no subject of
// its own after the joint at k-1, is a second verb of the content's subject
// rather than a noun: "… but did not suggest …", "… and denies …", "…
// before explaining …".
func (s *scan) verbAfterJoint(n, k int, c cue) bool {
	w := s.low[n]
	switch {
	case c.participle:
		j := s.low[k-1]
		return n == k && (j == "before" || j == "after" || j == "while")
	case c.nounLike && n > k:
		return between[s.low[n-1]] && !determiners[s.low[n-1]]
	case c.nounLike:
		return strings.HasSuffix(w, "s") && s.low[k-1] != ","
	}
	return false
}

// closesOnComma reports whether a quotation closes at p on a comma: "as
// “fantastic,” telling reporters".
func (s *scan) closesOnComma(p int) bool {
	return p > 0 && s.isClose(p) && s.low[p-1] == ","
}

// parallelAfter reports whether a verb of the same form as the cue being
// read follows at k, past auxiliaries: "casting him as a false
// conservative and questioning his judgment" holds two attributions.
func (s *scan) parallelAfter(k, l int) bool {
	if s.verb < 0 {
		return false
	}
	for k < l && between[s.low[k]] {
		k++
	}
	return k < l && s.parallel(s.verb, k)
}

// parallel reports whether the words at a and b share a verb ending and b
// is a lower-case word that starts no clause.
func (s *scan) parallel(a, b int) bool {
	x, y := s.low[a], s.low[b]
	if s.toks[b].Kind != chronicle.Word || isCapital(s.word(b)) || stop[y] || len(y) < 4 || s.inQuote[b] != 0 {
		return false
	}
	for _, end := range verbEndings {
		if strings.HasSuffix(x, end) && strings.HasSuffix(y, end) {
			return true
		}
	}
	return false
}

// joins reports whether the cue at i follows a content that ended at e
// with only a joint and auxiliaries between: "… and later said", "… but
// did not suggest", "… before explaining".
func (s *scan) joins(e, i int) bool {
	p := i - 1
	for p > e && between[s.low[p]] {
		p--
	}
	return p == e && clauseJoint[s.low[p]] && s.low[p] != ","
}

// inSource handles a sentence that opens on its source: "In this poll,
// Trump rose 1 point", "In a letter to lawmakers, …". A cue verb later in
// the sentence takes precedence ("In a statement, the ministry said …").
func (s *scan) inSource(i, si, l int) (*found, bool) {
	a, b := s.mentionAfter(i+1, l)
	if a < 0 || b >= l || s.low[b] != "," || !sourceNouns[s.low[b-1]] {
		return nil, false
	}
	for k := b + 1; k < l; k++ {
		if _, ok := s.lx[s.low[k]]; ok && s.inQuote[k] == 0 {
			return nil, false
		}
	}
	fd := &found{s0: a, s1: b, q0: i, q1: i + 1, sentence: si}
	fd.c0, fd.c1 = s.contentAfter(b+1, l)
	if fd.c0 >= fd.c1 || !s.hasWord(fd.c0, fd.c1) {
		return nil, false
	}
	return fd, true
}

// according handles "according to X, …" and "…, according to X".
func (s *scan) according(i, si, f, l int) (*found, bool) {
	fd := &found{q0: i, q1: i + 2, sentence: si}
	fd.s0, fd.s1 = s.mentionAfter(i+2, l)
	if fd.s0 < 0 {
		return nil, false
	}
	j := fd.s1
	for j < l && s.inQuote[j] == 0 && s.low[j] != "," && (s.toks[j].Kind != chronicle.Punct || inName[s.low[j]]) {
		j++ // the rest of a long source phrase: "July's Washington Post/ABC News polling"
	}
	if j < l && s.low[j] == "," && j+1 < l && i == f || j < l && s.low[j] == "," && s.hasWord(j+1, l) && !s.hasWord(f, i) {
		fd.c0, fd.c1 = s.contentAfter(s.contentStart(-1, j+1, l, cue{class: speech}), l)
	} else {
		b := i - 1
		for b > f && (s.low[b] == "," || s.low[b] == "—") {
			b--
		}
		start := f
		for k := b; k >= f; k-- {
			if s.used[k] {
				start = k + 1
				break
			}
		}
		fd.c0, fd.c1 = start, b+1
	}
	if fd.c0 >= fd.c1 || !s.hasWord(fd.c0, fd.c1) {
		return nil, false
	}
	return fd, true
}

// mentionBefore returns the speaker phrase that ends before the cue at i,
// skipping auxiliaries, adverbs and a parenthesis set off by commas
// ("Dmitriev, who took part, said"); (-1, -1) when there is none.
//
// mentionBefore and mentionAfter are not noun-phrase finders: they find
// where a mention next to a cue begins and ends (a speaker, the outlet of an
// interview, what a passive reports) from the words alone, stopping at the
// cue lexicon and at quotation marks and passing over the asides that sit
// between a speaker and its verb (a party tag "(R-IN)", a parenthesis between
// commas, a time phrase). The noun phrase, where the tree is wanted, is
// syntax.Tree.NounPhrase (sharedSubject reads it). Taking the cue's subject
// phrase from the tree instead of mentionBefore was measured on the PolNeAR
// dev split: source accuracy rose (0.8762 → 0.8792) but exact content F1
// fell (0.5197 → 0.5194), so the words still decide here.
func (s *scan) mentionBefore(i, f int) (int, int) {
	j := i - 1
	for j >= f && (between[s.low[j]] || s.adverb(j)) && !s.isClose(j) {
		j--
	}
	// "Airbus this week announced": a time phrase between the speaker and
	// the cue ("week" was passed over above; "this" goes with it)
	for j > f && j+1 < i && (s.low[j] == "this" || s.low[j] == "next") && timeUnits[s.low[j+1]] {
		j--
		for j >= f && (between[s.low[j]] || s.adverb(j)) && !s.isClose(j) {
			j--
		}
	}
	if j > f && s.low[j] == ")" {
		// A party or state tag: "Mike Pence (R-IN) said".
		k := j - 1
		for k > f && s.low[k] != "(" && j-k < 8 {
			k--
		}
		if s.low[k] == "(" {
			j = k - 1
		}
	}
	for n := 0; n < 3 && j >= f && s.low[j] == ","; n++ {
		// A parenthesis: find the comma that opens it; there may be
		// several ("Inman, a Cruz supporter, attending the convention,
		// said").
		k := j - 1
		for k >= f && s.low[k] != "," && j-k < 28 && s.inQuote[k] == 0 {
			k--
		}
		if k > f && s.low[k] == "," {
			seg := s.low[k+1]
			if seg == "who" || seg == "which" || (j-k < 16 && (strings.HasSuffix(seg, "ing") || joiners[seg] || determiners[seg])) || seg == "however" ||
				between[seg] || seg == "though" || seg == "meanwhile" || seg == "like" || seg == "for" ||
				j-k <= 16 && s.isWord(k-1) && isCapital(s.word(k-1)) {
				// "Dmitriev, who took part, said", "McConnell, R-Ky., said"
				j = k - 1
				if j > f && s.low[j] == "." && !s.toks[j].SpaceBefore && s.isWord(j-1) {
					j-- // "Jackson, Miss., attending …"
				}
				continue
			} else if j-k <= 5 && isCapital(s.word(k+1)) && s.allWords(k+1, j) {
				// "A lawyer for the outlets, David Schulz, said"
				return k + 1, j
			}
		}
		break
	}
	if j >= f && (s.low[j] == "who" || s.low[j] == "which") && j-1 > f {
		// "the AP, which reported": the antecedent and the pronoun.
		k := j
		if s.low[j-1] == "," {
			k = j - 1
		}
		if a, _ := s.mentionBefore(k, f); a >= 0 {
			return a, j + 1
		}
	}
	if j < f || !s.isWord(j) || stop[s.low[j]] || s.inQuote[j] != 0 {
		return -1, -1
	}
	if pronouns[s.low[j]] {
		return j, j + 1
	}
	if c, isCue := s.lx[s.low[j]]; isCue && !isCapital(s.word(j)) && !(c.nounLike && j > f && determiners[s.low[j-1]]) {
		return -1, -1 // a cue, unless a noun after a determiner ("the report said")
	}
	end := j + 1
	a := j
	for k := j - 1; k >= f && j-k < 10; k-- {
		w := s.low[k]
		if determiners[s.low[a]] {
			if (joiners[w] || w == "on") && k > f && s.isWord(k-1) && !stop[s.low[k-1]] && !determiners[s.low[k-1]] && s.inQuote[k-1] == 0 {
				// "officials on both sides", "the head of the fund": the
				// phrase goes on before its preposition
				a = k
				continue
			}
			break
		}
		if s.inQuote[k] != 0 {
			break
		}
		if w == "’s" || w == "'s" || w == "-" || w == "&" {
			a = k
			continue
		}
		if joiners[w] && k > f && s.isWord(k-1) && !stop[s.low[k-1]] || w == "to" && k > f && s.low[k-1] == "close" {
			// "the head of the fund", "a source close to him"
			a = k
			continue
		}
		if w == "and" && k > f && isCapital(s.word(k-1)) && isCapital(s.word(k+1)) && s.nameBefore(k, f) {
			a = k // "the Group for the Support of Islam and Muslims"
			continue
		}
		if !s.isWord(k) || stop[w] || pronouns[w] {
			break
		}
		if _, isCue := s.lx[w]; isCue && !isCapital(s.word(k)) {
			break
		}
		a = k
	}
	for a < end && joiners[s.low[a]] {
		a++
	}
	if a >= end {
		return -1, -1
	}
	return a, end
}

// adverb reports whether the token at j is a lower-case -ly adverb
// ("merely", "quietly") that may stand between a speaker and the cue.
func (s *scan) adverb(j int) bool {
	w := s.low[j]
	return len(w) > 4 && strings.HasSuffix(w, "ly") && s.toks[j].Kind == chronicle.Word && !isCapital(s.word(j)) &&
		w != "only" && w != "family" && w != "early" && w != "rally" && w != "ally" && w != "supply" && w != "assembly"
}

// mentionAfter returns the speaker phrase that starts at j ("said Ushakov",
// "according to Putin's aide Yury Ushakov").
func (s *scan) mentionAfter(j, l int) (int, int) {
	if j >= l || !s.isWord(j) || s.inQuote[j] != 0 {
		return -1, -1
	}
	if pronouns[s.low[j]] {
		return j, j + 1
	}
	if stop[s.low[j]] && !determiners[s.low[j]] || between[s.low[j]] {
		return -1, -1 // "said Tuesday"
	}
	k := j
	for k < l && k-j < 12 && s.inQuote[k] == 0 {
		w := s.low[k]
		if w == "’s" || w == "'s" || w == "-" || w == "&" || w == "." && k > j && !s.toks[k].SpaceBefore && k+1 < l && s.isWord(k+1) {
			k++
			continue
		}
		if joiners[w] && k > j && k+1 < l && s.isWord(k+1) && !stop[s.low[k+1]] {
			k++
			continue
		}
		if w == "and" && k > j && k+1 < l && isCapital(s.word(k-1)) && s.isWord(k+1) && isCapital(s.word(k+1)) && s.inName(j, k) {
			k++ // "the Group for the Support of Islam and Muslims": a name goes on
			continue
		}
		if w == "(" && k > j && k+2 < l && s.low[k+2] == ")" && s.isWord(k+1) && isCapital(s.word(k+1)) {
			k += 3 // its acronym: "… Muslims (JNIM)"
			continue
		}
		if !s.isWord(k) || stop[w] && !(k == j && determiners[w]) || pronouns[w] && k > j {
			break
		}
		if c, isCue := s.lx[w]; isCue && k > j && !isCapital(s.word(k)) && !(c.nounLike && determiners[s.low[k-1]]) {
			break // a cue ends the phrase, but "the report" is a noun
		}
		k++
	}
	if k == j {
		return -1, -1
	}
	return j, k
}

// inName reports whether words [j, k) run as one capitalized name joined by
// "of" or "for" ("the Group for the Support of Islam"), before an "and" that
// would go on with it.
func (s *scan) inName(j, k int) bool {
	joined := false
	for m := j; m < k; m++ {
		switch w := s.low[m]; {
		case w == "of" || w == "for":
			joined = true
		case w == "the" || w == "a":
		case !isCapital(s.word(m)):
			return false
		}
	}
	return joined
}

// nameBefore reports whether the capitalized words before k run back to an
// "of" or "for" inside one name ("… Support of Islam" before "and Muslims").
func (s *scan) nameBefore(k, f int) bool {
	for m := k - 1; m >= f && m >= k-8; m-- {
		switch w := s.low[m]; {
		case w == "of" || w == "for":
			return m > f && isCapital(s.word(m-1))
		case !s.isWord(m) || !isCapital(s.word(m)):
			return false
		}
	}
	return false
}

// subjectPhrase is the span [a, b) of the subject of cue i, with all below
// it, as the dependency tree gives it (sharedSubject's reading).
func (s *scan) subjectPhrase(si, i int) (int, int, bool) {
	if sent := s.doc.Sentences[si]; sent.LastToken-sent.FirstToken > maxTreeSentence {
		return 0, 0, false
	}
	var t syntax.Tree
	if !syntax.SentenceTree(s.doc, si, &t) {
		return 0, 0, false
	}
	f := s.doc.Sentences[si].FirstToken
	sj := t.SubjectOf(i - f)
	if sj < 0 || sj > i-f {
		return 0, 0, false
	}
	first, last := t.Subtree(sj)
	return f + first, f + last + 1, true
}

func (s *scan) word(i int) string {
	return s.doc.Text[s.toks[i].ByteStart:s.toks[i].ByteEnd]
}

// span returns the span of tokens [a, b).
func (s *scan) span(a, b int) chronicle.Span {
	ta, tb := s.toks[a], s.toks[b-1]
	return chronicle.Span{Start: ta.Start, End: tb.End, ByteStart: ta.ByteStart, ByteEnd: tb.ByteEnd,
		Text: s.doc.Text[ta.ByteStart:tb.ByteEnd]}
}

// emit records a found quote and claims its content.
func (s *scan) emit(f *found) {
	if f.c1 <= f.c0 || s.durationOnly(f.c0, f.c1) {
		return // ("who has ruled for 15 years": how long, not what was said)
	}
	if f.s1 <= f.s0 {
		f.s0 = -1
	}
	if f.q1 <= f.q0 {
		f.q0 = -1
	}
	for k := f.c0; k < f.c1; k++ {
		if s.used[k] {
			return // another quote has these words ("said in a statement that …")
		}
	}
	for k := f.c0; k < f.c1; k++ {
		s.used[k] = true
	}
	s.founds = append(s.founds, f)
	s.last = f
}

// nounPhraseHead reports whether the tree reads word i as a noun heading
// a prepositional phrase of its own (a preposition and a determiner,
// adjective or compound on it): a cue verb's spelling used as a noun ("at a
// border post").
func (s *scan) nounPhraseHead(i, f, l int) bool {
	if len(s.doc.Syntax) != len(s.doc.Tokens) || s.doc.Syntax[i].UPOS != "NOUN" {
		return false
	}
	det, prep := false, false
	for k := f; k < i; k++ {
		if s.doc.Syntax[k].Head == i {
			switch s.doc.Syntax[k].Rel {
			case "det", "amod", "compound":
				det = true
			case "case":
				prep = true
			}
		}
	}
	return det && prep
}

// objectIsPlace reports whether the direct object of the verb at i (in the
// sentence [f, l)) is a place or a facility ("a military base", "the town
// of Kavumu"): something struck or taken, not something said.
func (s *scan) objectIsPlace(i, f, l int) bool {
	if len(s.doc.Syntax) != len(s.doc.Tokens) {
		return false
	}
	for k := i + 1; k < l; k++ {
		if s.doc.Syntax[k].Head == i && s.doc.Syntax[k].Rel == "obj" {
			return placeObjects[s.low[k]]
		}
		if s.doc.Syntax[k].Head == i && s.doc.Syntax[k].Rel == "obl" && k > i+1 && intoWords[s.low[i+1]] {
			// "slammed into a camp", "crashed onto a roof": a motion into
			// a place
			return placeObjects[s.low[k]]
		}
	}
	return false
}

// objectFired reports whether the direct object of the verb at i (in a
// sentence ending before l) is what is fired or set.
func (s *scan) objectFired(i, l int) bool {
	if len(s.doc.Syntax) != len(s.doc.Tokens) {
		return false
	}
	for k := i + 1; k < l; k++ {
		if s.doc.Syntax[k].Head == i && s.doc.Syntax[k].Rel == "obj" {
			return firedObjects[s.low[k]]
		}
	}
	return false
}

// firedObjects are what is fired or set: munitions, fire, tear gas, water
// cannon, shots ("police fired tear gas at protesters", "set fire to the
// parliament").
var firedObjects = syntax.Weapons(false, "gas", "cannon", "cannons", "shots", "salvo", "salvos", "volley", "volleys")

// intoWords are the prepositions of a motion into or onto something.
var intoWords = map[string]bool{"into": true, "onto": true}

// placeObjects are nouns of places and facilities.
var placeObjects = syntax.Facilities(false)

// accordingAfter reports whether "according to" follows word i in the
// sentence ending before l.
func (s *scan) accordingAfter(i, l int) bool {
	for k := i + 1; k+1 < l; k++ {
		if s.low[k] == "according" && s.low[k+1] == "to" {
			return true
		}
	}
	return false
}

// saysSomething reports whether the verb i, a cue only the model knows,
// has what speech has: a clause it governs in the tree (a complement or a
// clause beside it), "that", a colon or a quotation mark after it, or a
// quotation closing just before it ("…,” he quipped").
func (s *scan) saysSomething(i, f, l int) bool {
	if i+1 < l {
		switch s.low[i+1] {
		case "that", ":", "“", "\"", "‘":
			return true
		}
	}
	for k := i - 1; k >= f && k >= i-3; k-- {
		if s.inQuote[k] != 0 || s.low[k] == "”" || s.low[k] == "\"" {
			return true
		}
	}
	if len(s.doc.Syntax) != len(s.doc.Tokens) {
		return true // no tree to ask
	}
	for k := f; k < l; k++ {
		if s.doc.Syntax[k].Head != i {
			continue
		}
		switch syntax.Base(s.doc.Syntax[k].Rel) {
		case "ccomp":
			return true
		case "parataxis":
			if _, attribution := s.lx[s.low[k]]; !attribution || k < i {
				return true // (not "…, police said": the attribution of the clause)
			}
		}
	}
	return false
}

// saidAfter reports whether a trailing attribution follows word i in the
// sentence ending before l: a comma, then within a few words a lexicon cue
// that ends the sentence ("…, police said.").
func (s *scan) saidAfter(i, l int) bool {
	for k := i + 1; k < l; k++ {
		if s.low[k] != "," {
			continue
		}
		for m := k + 1; m < l && m <= k+maxTrailingSpeaker; m++ {
			if _, cue := s.lx[s.low[m]]; cue && (m+1 == l || s.toks[m+1].Kind == chronicle.Punct) {
				return true
			}
		}
	}
	return false
}

// build turns a found quote into a chronicle.Quote.
func (s *scan) build(f *found) chronicle.Quote {
	q := chronicle.Quote{Content: s.span(f.c0, f.c1), Kind: s.kind(f.c0, f.c1)}
	if f.q0 >= 0 {
		c := s.span(f.q0, f.q1)
		q.Cue = &c
	}
	if f.s0 >= 0 {
		sp := s.span(f.s0, f.s1)
		q.Speaker = &sp
		s.name(&q, f.s0, f.s1)
		q.SpeakerName = cleanName(q.SpeakerName)
	}
	q.Venue = s.venue(f)
	return q
}

// kind is direct when the content lies wholly within quotation marks
// (interruptions such as "he said" aside), mixed when it holds a quotation,
// and indirect otherwise.
func (s *scan) kind(a, b int) string {
	for a < b && !s.isWord(a) && s.inQuote[a] == 0 {
		a++
	}
	quoted, plain := 0, 0
	for k := a; k < b; k++ {
		if !s.isWord(k) {
			continue
		}
		if s.inQuote[k] != 0 {
			quoted++
		} else {
			plain++
		}
	}
	switch {
	case quoted == 0:
		return chronicle.QuoteIndirect
	case s.isOpen(a) && (plain == 0 || plain <= 4 && s.inQuote[b-1] != 0):
		return chronicle.QuoteDirect
	}
	return chronicle.QuoteMixed
}

// orphans adds the quotations that no cue claimed and that are long enough
// to be speech, attributed to the speaker of the quote just before when it
// is near ("“…,” he said. “…”").
func (s *scan) orphans(minWords int) {
	for _, r := range s.regions {
		if s.used[r.open] || r.words(s.toks) < minWords {
			continue
		}
		claimed := false
		for k := r.open; k <= r.close; k++ {
			if s.used[k] {
				claimed = true
				break
			}
		}
		if claimed {
			continue
		}
		f := &found{c0: r.open, c1: r.close + 1, s0: -1, q0: -1, sentence: s.sent[r.open]}
		if k := r.close + 1; k+1 < len(s.toks) && isDash(s.low[k]) {
			// "“…” ― Esther Tapia": a reader's or a source's signature.
			if a, b := s.mentionAfter(k+1, len(s.toks)); a >= 0 && s.sent[a] == s.sent[k] || a >= 0 && s.toks[a].Start-s.toks[k].End < 3 {
				f.s0, f.s1, f.q0, f.q1 = a, b, k, k+1
				s.emit(f)
				continue
			}
		}
		prev := s.lastBefore(r.open)
		if prev != nil && prev.s0 >= 0 && s.sent[r.open]-s.sent[prev.c1-1] <= 1 &&
			s.doc.Sentences[s.sent[r.open]].Paragraph == s.doc.Sentences[s.sent[prev.c1-1]].Paragraph {
			// "“…,” he said. “…”": the quotation goes on.
			for k := prev.c1; k <= r.close; k++ {
				s.used[k] = true
			}
			prev.c1 = r.close + 1
			continue
		}
		if prev != nil && prev.s0 >= 0 && f.sentence-prev.sentence <= 2 {
			f.s0, f.s1 = prev.s0, prev.s1
		}
		s.emit(f)
	}
}

// lastBefore returns the quote found last before token i.
func (s *scan) lastBefore(i int) *found {
	var best *found
	for k := range s.founds {
		f := s.founds[k]
		if f.c0 < i && (best == nil || f.c0 > best.c0) {
			best = f
		}
	}
	return best
}

// colon finds a quote introduced by a colon after a speaker phrase that
// opens the sentence: "Trump on Truth Social: “…”", "Poll: …".
func (s *scan) colon(si, f, l int) (*found, bool) {
	for k := f + 1; k < l && k < f+10; k++ {
		if s.inQuote[k] != 0 || s.used[k] {
			return nil, false
		}
		if s.low[k] != ":" {
			if !s.isWord(k) && s.low[k] != "’s" && s.low[k] != "'s" || stop[s.low[k]] && !joiners[s.low[k]] && s.low[k] != "on" {
				return nil, false
			}
			continue
		}
		if !isCapital(s.word(f)) && !pronouns[s.low[f]] {
			return nil, false
		}
		c0, c1 := s.contentAfter(k+1, l)
		if c0 >= c1 || !s.hasWord(c0, c1) || s.figures(c0, c1) {
			return nil, false // "Clinton: 547." is a tally
		}
		for n := c0; n < c1; n++ {
			if s.used[n] {
				return nil, false
			}
		}
		a, b := s.mentionAfter(f, k)
		if a < 0 || !pronouns[s.low[a]] && !s.namesActor(a, b) {
			return nil, false // "Correction:", "Editor's note:", "For one:"
		}
		return &found{c0: c0, c1: c1, s0: a, s1: b, q0: k, q1: k + 1, sentence: si}, true
	}
	return nil, false
}

// figures reports whether tokens [a, b) hold numbers and no words.
func (s *scan) figures(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].Kind == chronicle.Word {
			return false
		}
	}
	return true
}

// namesActor reports whether tokens [a, b) hold a person or organisation.
func (s *scan) namesActor(a, b int) bool {
	b0, b1 := s.toks[a].ByteStart, s.toks[b-1].ByteEnd
	for _, e := range s.doc.Entities {
		if e.ByteStart >= b0 && e.ByteEnd <= b1 && (e.Type == "PER" || e.Type == "ORG") {
			return true
		}
	}
	return false
}

// clauseUnder reports whether the tree hangs a clause on word i: a
// complement or an adverbial clause.
func (s *scan) clauseUnder(i int) bool {
	for k := i + 1; k < len(s.doc.Syntax) && k <= i+30; k++ {
		if s.doc.Syntax[k].Head == i {
			switch s.doc.Syntax[k].Rel {
			case "ccomp", "xcomp", "advcl", "parataxis":
				return true
			}
		}
	}
	return false
}

// passiveVerb reports whether the tree gives word i a passive auxiliary.
func (s *scan) passiveVerb(i int) bool {
	if len(s.doc.Syntax) != len(s.doc.Tokens) {
		return false
	}
	for k := max(0, i-4); k < i; k++ {
		if s.doc.Syntax[k].Head == i && s.doc.Syntax[k].Rel == "aux:pass" {
			return true
		}
	}
	return false
}
