package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/syntax"
	"github.com/chronicle-news/chronicle/text"
)

// Stage is the actor stage: roles, coreference and actor codes. It runs
// after the entity stage.
type Stage struct{ r *Resolver }

// New loads the dictionaries of opts and returns the stage.
func New(opts Options) (*Stage, error) {
	r, err := NewResolver(opts)
	if err != nil {
		return nil, err
	}
	return &Stage{r: r}, nil
}

// NewStage returns the stage over a resolver already built.
func NewStage(r *Resolver) *Stage { return &Stage{r: r} }

// Name is "actor".
func (s *Stage) Name() string { return "actor" }

// Resolver returns the stage's resolver, for stages that code free phrases.
func (s *Stage) Resolver() *Resolver { return s.r }

// Process sets Role, Actor and Ref on doc's entities and fills doc.Mentions.
// It replaces what an earlier run set.
func (s *Stage) Process(doc *chronicle.Document) error {
	if len(doc.Tokens) == 0 {
		return nil
	}
	a := newAnalysis(s.r, doc)
	a.home = s.r.DatelineCountry(doc)
	a.roles()
	a.people()
	a.places()
	a.nominals()
	a.groupDescriptions()
	a.pronouns()
	sort.SliceStable(doc.Mentions, func(i, j int) bool { return doc.Mentions[i].Start < doc.Mentions[j].Start })
	return nil
}

// analysis is the working state of one document.
type analysis struct {
	r   *Resolver
	doc *chronicle.Document
	day chronicle.Date
	// home is the country of the story's dateline, or "".
	home string

	tokEnt  []int    // token → entity, -1 for none
	entTok  [][2]int // entity → its tokens [first, end)
	tokSent []int    // token → sentence
	quoted  []bool   // token inside quotation marks

	parses   []*roleParse // entity → role found beside it
	chains   []*chain
	entChain []int // PER entity → chain, -1
	// persons are the references to people in text order: names, resolved
	// descriptions and pronouns.
	persons []personRef
	// groups are references to groups and acting places, for "they".
	groups []groupRef
	// evidence marks tokens inside a role's evidence.
	evidence []bool
}

type personRef struct {
	tok, chain int
	sentence   int
	subject    bool
}

type groupRef struct {
	tok    int
	entity int
	actor  chronicle.Actor
}

// chain is one person mentioned under one or more names.
type chain struct {
	head   int // entity index of the first full mention
	words  []string
	name   string
	role   *roleParse
	heads  map[string]bool // title heads given anywhere in the chain
	gender gender
	actor  *chronicle.Actor
}

// roleParse is a title found beside a name.
type roleParse struct {
	title, head    string
	org, country   string
	sector         string
	principal      int // entity the title is held under ("aide to X"), -1
	first, end     int // tokens of the evidence
	gender         gender
	fromAppositive bool
}

func newAnalysis(r *Resolver, doc *chronicle.Document) *analysis {
	a := &analysis{r: r, doc: doc, day: doc.Published}
	n := len(doc.Tokens)
	a.tokEnt = make([]int, n)
	for i := range a.tokEnt {
		a.tokEnt[i] = -1
	}
	a.entTok = make([][2]int, len(doc.Entities))
	for i := range doc.Entities {
		e := &doc.Entities[i]
		e.Actor, e.Role, e.Ref = nil, nil, nil
		first := sort.Search(n, func(k int) bool { return doc.Tokens[k].ByteStart >= e.ByteStart })
		end := first
		for end < n && doc.Tokens[end].ByteEnd <= e.ByteEnd {
			if a.tokEnt[end] < 0 {
				a.tokEnt[end] = i
			}
			end++
		}
		a.entTok[i] = [2]int{first, end}
	}
	a.tokSent = make([]int, n)
	for si, s := range doc.Sentences {
		for k := s.FirstToken; k < s.LastToken && k < n; k++ {
			a.tokSent[k] = si
		}
	}
	a.quoted = make([]bool, n)
	for _, q := range syntax.Quotations(doc) {
		for k := q.Open; k <= q.Close && k < n; k++ {
			a.quoted[k] = true
		}
	}
	a.evidence = make([]bool, n)
	a.parses = make([]*roleParse, len(doc.Entities))
	a.entChain = make([]int, len(doc.Entities))
	doc.Mentions = nil
	return a
}

func (a *analysis) word(k int) string {
	if k < 0 || k >= len(a.doc.Tokens) {
		return ""
	}
	t := a.doc.Tokens[k]
	return a.doc.Text[t.ByteStart:t.ByteEnd]
}

// ent is the entity at token k, or -1 (also outside the text).
func (a *analysis) ent(k int) int {
	if k < 0 || k >= len(a.tokEnt) {
		return -1
	}
	return a.tokEnt[k]
}

// hasTokens reports whether entity i covers at least one token; entities
// whose span falls between tokens are left alone.
func (a *analysis) hasTokens(i int) bool { return a.entTok[i][0] < a.entTok[i][1] }

func (a *analysis) lower(k int) string { return strings.ToLower(a.word(k)) }

func (a *analysis) span(first, end int) chronicle.Span {
	return text.Cover(a.doc.Text, a.doc.Tokens[first].Span, a.doc.Tokens[end-1].Span)
}

func (a *analysis) entText(e int) string {
	return a.doc.Text[a.doc.Entities[e].ByteStart:a.doc.Entities[e].ByteEnd]
}

func (a *analysis) sameSentence(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(a.tokSent) && j < len(a.tokSent) && a.tokSent[i] == a.tokSent[j]
}

func isPossessive(w string) bool { return w == "’s" || w == "'s" || w == "’" || w == "'" }

// titleWord reports whether token k may be part of a title, and the word
// as the title should read (abbreviations expanded).
func (a *analysis) titleWord(k int) (string, bool) {
	w, lw := a.word(k), a.lower(k)
	if x, ok := titleAbbrevs[lw]; ok {
		return x, true
	}
	if titleHeads[lw] != "" || titleModifiers[lw] {
		return w, true
	}
	return "", false
}

func (a *analysis) isHead(k int) (string, bool) {
	lw := a.lower(k)
	if x, ok := titleAbbrevs[lw]; ok {
		lw = strings.ToLower(x)
	}
	if titleHeads[lw] != "" {
		return lw, true
	}
	if a.r.dict.agents[strings.ToUpper(lw)] != "" && unicode.IsLower(firstRune(a.word(k))) {
		return lw, false // an agent noun: a title only with a known head
	}
	return "", false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// placeInfo resolves an entity inside a title: a country ("Russian",
// "U.S.") or an organisation ("Kremlin").
func (a *analysis) placeInfo(e int, p *roleParse) {
	t := a.entText(e)
	act, ok := a.r.Lookup(t, a.day)
	if ok && isCountry(act.Code) {
		if p.country == "" {
			p.country = act.Code
		}
		return
	}
	if p.org == "" {
		p.org = t
	}
	if !ok && p.country == "" {
		p.country = a.r.countryPrefix(t, a.day)
	}
	if ok && isCountry3(act.Code) {
		if p.country == "" {
			p.country = act.Code[:3]
		}
		if p.sector == "" && len(act.Code) >= 6 {
			p.sector = act.Code[3:6]
		}
	}
}

// roles finds the titles given beside each person's name.
func (a *analysis) roles() {
	for i, e := range a.doc.Entities {
		if e.Type != "PER" || !a.hasTokens(i) {
			continue
		}
		pre := a.preTitle(i)
		post := a.appositiveAfter(i)
		if post == nil {
			post = a.appositiveBefore(i)
		}
		p := pre
		switch {
		case pre != nil && post != nil:
			p = post
			if pre.title != "" {
				p.title = pre.title + ", " + post.title
			}
			if p.country == "" {
				p.country = pre.country
			}
			if p.org == "" {
				p.org = pre.org
			}
			if p.gender == unknownGender {
				p.gender = pre.gender
			}
			if p.principal < 0 {
				p.principal = pre.principal
			}
			if pre.title != "" && pre.first < p.first {
				p.first = pre.first
			}
		case post != nil:
			p = post
		}
		if p == nil {
			continue
		}
		a.parses[i] = p
		for k := p.first; k < p.end; k++ {
			if a.tokEnt[k] != i {
				a.evidence[k] = true
			}
		}
	}
}

// preTitle reads a title written before a name: "Russian Foreign Minister
// Sergey Lavrov", "Putin’s foreign policy aide Yury Ushakov", "Lt. Gen. X".
func (a *analysis) preTitle(i int) *roleParse {
	k := a.entTok[i][0]
	p := &roleParse{principal: -1, end: k, first: k}
	var words []string
	hasHead := false
	lastIsTitle := false
	j := k - 1
	for ; j >= 0 && a.sameSentence(j, k); j-- {
		if e := a.ent(j); e >= 0 {
			if a.doc.Entities[e].Type == "PER" {
				break
			}
			a.placeInfo(e, p)
			j = a.entTok[e][0]
			p.first = j
			continue
		}
		lw := a.lower(j)
		if isPossessive(lw) && j > 0 && a.ent(j-1) >= 0 && a.doc.Entities[a.ent(j-1)].Type == "PER" {
			p.principal = a.ent(j - 1)
			break
		}
		if g, ok := honorifics[lw]; ok {
			p.gender = g
			if j == k-1 {
				p.end = j
			}
			p.first = j
			continue
		}
		w, ok := a.titleWord(j)
		if !ok {
			break
		}
		if h, ok := a.isHead(j); ok {
			hasHead = true
			if p.head == "" {
				p.head = h
			}
		}
		if j == k-1 || (j == p.end-1) {
			lastIsTitle = true
		}
		if g, ok := genderedTitles[lw]; ok {
			p.gender = g
		}
		words = append(words, w)
		p.first = j
	}
	if !hasHead || !lastIsTitle || len(words) == 0 {
		if p.gender != unknownGender {
			return &roleParse{principal: -1, gender: p.gender, first: k, end: k}
		}
		return nil
	}
	for l, r := 0, len(words)-1; l < r; l, r = l+1, r-1 {
		words[l], words[r] = words[r], words[l]
	}
	p.title = strings.Join(words, " ")
	// The first title word may stand at the start of a sentence with its
	// capital; evidence starts at the first title or place word.
	return p
}

// appositiveAfter reads a title after a name: "Steve Witkoff, the special
// envoy appointed by U.S. President Donald Trump", "Yaroslav Moskalik,
// deputy chief of the General Staff’s Main Operational Directorate,".
func (a *analysis) appositiveAfter(i int) *roleParse {
	b := a.entTok[i][1]
	if a.word(b) != "," || !a.sameSentence(b, b+1) {
		return nil
	}
	start := b + 1
	k := start
	if determiners[a.lower(k)] {
		k++
	}
	p, k := a.titleZone(k)
	if p == nil {
		return nil
	}
	if e := a.ent(k); e >= 0 && a.doc.Entities[e].Type == "PER" && a.entTok[e][0] == k {
		return nil // "X, President Y": a list, not an appositive
	}
	p.first, p.fromAppositive = start, true
	p.end = a.complement(p, k, -1)
	return p
}

// appositiveBefore reads a title set before a name with a comma: "The head
// of the Russian Direct Investment Fund, Kirill Dmitriev, ...".
func (a *analysis) appositiveBefore(i int) *roleParse {
	k := a.entTok[i][0]
	if k < 2 || a.word(k-1) != "," || !a.sameSentence(k-2, k) {
		return nil
	}
	c := k - 2
	for c > 0 && k-c < 20 && a.sameSentence(c-1, k) && !clauseBreak(a.word(c-1)) {
		c--
	}
	if k-c >= 20 {
		return nil
	}
	start := c
	if determiners[a.lower(c)] {
		c++
	}
	p, z := a.titleZone(c)
	if p == nil {
		return nil
	}
	end := a.complement(p, z, k-1)
	if end != k-1 {
		return nil
	}
	p.first, p.end, p.fromAppositive = start, end, true
	return p
}

func clauseBreak(w string) bool {
	switch w {
	case ",", ";", ":", "—", "–", "(", "“", "\"":
		return true
	}
	return false
}

// titleZone reads title words and place names from token k; it returns the
// parse (nil without a title head) and the token after the zone.
func (a *analysis) titleZone(k int) (*roleParse, int) {
	p := &roleParse{principal: -1}
	var words []string
	for k < len(a.doc.Tokens) {
		if e := a.ent(k); e >= 0 {
			if a.doc.Entities[e].Type == "PER" || a.entTok[e][0] != k {
				break
			}
			a.placeInfo(e, p)
			k = a.entTok[e][1]
			if k < len(a.doc.Tokens) && isPossessive(a.lower(k)) {
				k++ // "the European Union's foreign policy chief"
			}
			continue
		}
		w, ok := a.titleWord(k)
		if !ok {
			break
		}
		if h, ok := a.isHead(k); ok {
			p.head = h
		}
		if g, ok := genderedTitles[a.lower(k)]; ok {
			p.gender = g
		}
		words = append(words, w)
		k++
	}
	if p.head == "" || len(words) == 0 {
		return nil, k
	}
	// The zone must end in its head or a modifier of it, not in a place.
	p.title = strings.Join(words, " ")
	return p, k
}

// complement reads what follows a title: "of ORG", "for ORG", "to PERSON",
// "appointed by PERSON". It stops before token limit (-1: the clause end)
// and returns the end of the evidence.
func (a *analysis) complement(p *roleParse, k, limit int) int {
	stop := func(j int) bool {
		if j >= len(a.doc.Tokens) || (limit >= 0 && j >= limit) || !a.sameSentence(j, k) {
			return true
		}
		switch a.lower(j) {
		case ",", ".", ";", ":", "—", "–", ")", "who", "which", "that", "and", "said", "says":
			return true
		}
		return false
	}
	lw := a.lower(k)
	switch {
	case lw == "of" || lw == "at" || lw == "for" || lw == "to" || lw == "in":
		j := k + 1
		if determiners[a.lower(j)] {
			j++
		}
		orgStart := j
		for !stop(j) && j-orgStart < 12 {
			j++
		}
		if j == orgStart {
			return k
		}
		if e := a.ent(orgStart); e >= 0 && a.doc.Entities[e].Type == "PER" {
			p.principal = e
			return a.entTok[e][1]
		}
		capital := false
		for t := orgStart; t < j; t++ {
			if unicode.IsUpper(firstRune(a.word(t))) {
				capital = true
			}
			if e := a.ent(t); e >= 0 && a.entTok[e][0] == t && a.doc.Entities[e].Type != "PER" {
				a.placeInfo(e, &roleParse{})
				if act, ok := a.r.Lookup(a.entText(e), a.day); ok && isCountry3(act.Code) && p.country == "" {
					p.country = act.Code[:3]
				}
			}
		}
		if !capital {
			return k
		}
		p.org = a.span(orgStart, j).Text
		if act, ok := a.r.Lookup(p.org, a.day); ok && isCountry3(act.Code) {
			p.country = act.Code[:3]
			if len(act.Code) >= 6 {
				p.sector = act.Code[3:6]
			}
		} else if p.country == "" {
			p.country = a.r.countryPrefix(p.org, a.day)
		}
		if p.sector == "" {
			p.sector = a.orgSector(p.org)
		}
		return j
	case strings.HasSuffix(lw, "ed") && a.lower(k+1) == "by":
		for j := k + 2; j < k+8 && !stop(j); j++ {
			if e := a.ent(j); e >= 0 && a.doc.Entities[e].Type == "PER" {
				p.principal = e
				return a.entTok[e][1]
			}
		}
	}
	return k
}

// orgSector finds an agent noun inside an organisation's name: "General
// Staff’s Main Operational Directorate" → MIL.
func (a *analysis) orgSector(org string) string {
	words := strings.Fields(keyOf(org))
	for i := range words {
		words[i] = strings.TrimSuffix(strings.TrimSuffix(words[i], "'S"), "’S")
	}
	for n := len(words); n >= 1; n-- {
		for s := 0; s+n <= len(words); s++ {
			if role, ok := a.r.agent(words[s : s+n]); ok && strings.HasPrefix(role, "~") && len(role) >= 4 {
				return role[1:4]
			}
		}
	}
	return ""
}

// people groups the person names into chains, resolves each chain to an
// actor and sets Role, Actor and Ref.
func (a *analysis) people() {
	for i, e := range a.doc.Entities {
		a.entChain[i] = -1
		if e.Type != "PER" || !a.hasTokens(i) {
			continue
		}
		words := strings.Fields(keyOf(a.entText(i)))
		g := unknownGender
		for len(words) > 1 {
			h, ok := honorifics[strings.ToLower(words[0])]
			if !ok {
				break
			}
			g, words = h, words[1:] // "Mr Blair" continues "Tony Blair"
		}
		if len(words) == 0 {
			continue
		}
		c := a.findChain(words)
		if c < 0 {
			a.chains = append(a.chains, &chain{head: i, words: words, name: strings.Join(strings.Fields(strings.TrimSuffix(strings.TrimSuffix(a.entText(i), "’s"), "'s")), " "), heads: map[string]bool{}})
			c = len(a.chains) - 1
		}
		a.entChain[i] = c
		ch := a.chains[c]
		if p := a.parses[i]; p != nil {
			if ch.role == nil && p.title != "" {
				ch.role = p
			}
			if p.head != "" {
				ch.heads[p.head] = true
			}
			if p.gender != unknownGender {
				ch.gender = p.gender
			}
		}
		if ch.gender == unknownGender {
			ch.gender = g
		}
		if ch.gender == unknownGender && len(words) > 1 {
			ch.gender = firstNames[strings.ToLower(words[0])]
		}
		a.persons = append(a.persons, personRef{tok: a.entTok[i][0], chain: c, sentence: a.tokSent[a.entTok[i][0]], subject: a.isSubject(i)})
	}
	// Titles held under another person take that person's country: the
	// envoy appointed by the U.S. president is American.
	for pass := 0; pass < 2; pass++ {
		for _, p := range a.parses {
			if p == nil || p.country != "" || p.principal < 0 {
				continue
			}
			if pc := a.entChain[p.principal]; pc >= 0 {
				p.country = a.chainCountry(a.chains[pc])
			}
		}
	}
	for _, ch := range a.chains {
		ch.actor = a.chainActor(ch)
	}
	for i := range a.doc.Entities {
		c := a.entChain[i]
		if c < 0 {
			continue
		}
		ch := a.chains[c]
		e := &a.doc.Entities[i]
		act := *ch.actor
		e.Actor = &act
		if i != ch.head {
			h := ch.head
			e.Ref = &h
		}
		if p := a.parses[i]; p != nil && p.title != "" {
			ev := a.span(p.first, p.end)
			e.Role = &chronicle.Role{Title: p.title, Organization: p.org, Country: p.country, AsOf: a.day, Evidence: &ev}
		}
	}
}

// findChain returns the chain an earlier, fuller name started, or -1:
// "Putin" and "Vladimir" both continue "Vladimir Putin".
func (a *analysis) findChain(words []string) int {
	for c := len(a.chains) - 1; c >= 0; c-- {
		cw := a.chains[c].words
		if len(words) <= len(cw) && equalWords(cw[len(cw)-len(words):], words) {
			return c
		}
	}
	// A known given name alone ("Vladimir") continues the latest full name
	// it begins; other single words ("Clinton") only match surnames.
	if len(words) == 1 && firstNames[strings.ToLower(words[0])] != unknownGender {
		for c := len(a.chains) - 1; c >= 0; c-- {
			if cw := a.chains[c].words; len(cw) > 1 && cw[0] == words[0] {
				return c
			}
		}
	}
	return -1
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (a *analysis) chainCountry(ch *chain) string {
	if ch.role != nil && ch.role.country != "" {
		return ch.role.country
	}
	if act, ok := a.r.Lookup(strings.Join(ch.words, " "), a.day); ok && isCountry3(act.Code) {
		return act.Code[:3]
	}
	return ""
}

// chainActor codes a person: the dictionary's code valid on the day when it
// names a sector, else the country of the title (or of the dictionary) plus
// the title's sector.
func (a *analysis) chainActor(ch *chain) *chronicle.Actor {
	act := &chronicle.Actor{Name: ch.name}
	dict, ok := a.r.Lookup(strings.Join(ch.words, " "), a.day)
	if ok && len(ch.words) == 1 {
		act.Name = dict.Name
	}
	if ch.role != nil && ch.role.org != "" && ch.role.country == "" {
		// The text's own word on the office beats a dictionary that may
		// predate it: "NATO's secretary general, Mark Rutte" acts for
		// NATO, whatever post he held before.
		if org, found := a.r.Lookup(ch.role.org, a.day); found && len(org.Code) >= 6 && !isCountry3(org.Code) {
			act.Code = org.Code
			return act
		}
	}
	if ok && len(dict.Code) > 3 && ch.role != nil && ch.role.country != "" && ch.role.country == dict.Code[:3] {
		// so does a country's office the text names: "Kosovo's prime
		// minister, Albin Kurti" governs, whatever the dictionary's
		// dated entry says he led before
		if sec := a.roleSector(ch.role); sec == "GOV" && dict.Code[3:min(6, len(dict.Code))] != sec {
			act.Code = ch.role.country + sec
			return act
		}
	}
	if ok && len(dict.Code) >= 6 && ch.role != nil && (ch.role.country == "" || ch.role.country == dict.Code[:3]) &&
		a.roleSector(ch.role) == "OPP" && dict.Code[3:6] != "OPP" {
		// and the text's word on a side: "Opposition leader Raila
		// Odinga" opposes, whatever years in government the dictionary
		// gives him
		act.Code = dict.Code[:3] + "OPP"
		return act
	}
	if ok && len(dict.Code) > 3 {
		act.Code = dict.Code
		return act
	}
	country := ""
	if ok && isCountry3(dict.Code) {
		country = dict.Code[:3]
	}
	if ch.role != nil && ch.role.country != "" {
		country = ch.role.country
	}
	if country == "" && ch.role != nil && ch.role.org == "" && a.home != "" && domesticHeads[ch.role.head] {
		// "Prime Minister Irakli Kobakhidze" in a story datelined in
		// Tbilisi: the country the story is told from
		country = a.home
	}
	if country == "" {
		return act
	}
	act.Code = country + a.roleSector(ch.role)
	return act
}

func (a *analysis) roleSector(p *roleParse) string {
	if p == nil {
		return ""
	}
	if p.sector != "" {
		return p.sector
	}
	// A title of several words the agent dictionaries know ("attorney
	// general") before the head alone ("general").
	words := strings.Fields(strings.ToUpper(p.title))
	if slices.Contains(words, "OPPOSITION") {
		return "OPP" // "opposition leader", "opposition figure"
	}
	for i := 0; i+1 < len(words); i++ {
		if role, ok := a.r.agent(words[i:]); ok && strings.HasPrefix(role, "~") && len(role) >= 4 {
			return role[1:4]
		}
	}
	if s := titleHeads[p.head]; s != "" {
		return s
	}
	if role, ok := a.r.agent([]string{strings.ToUpper(p.head)}); ok && strings.HasPrefix(role, "~") && len(role) >= 4 {
		return role[1:4]
	}
	return "GOV"
}

// isSubject reports whether entity i reads as the subject of its clause:
// not the object of a preposition and not a possessive.
func (a *analysis) isSubject(i int) bool {
	k := a.entTok[i][0]
	if p := a.parses[i]; p != nil && p.first < k && !p.fromAppositive {
		k = p.first
	}
	if isPossessive(a.word(a.entTok[i][1])) {
		return false
	}
	prev := k - 1
	if determiners[a.lower(prev)] {
		prev--
	}
	return !prepositions[a.lower(prev)] && !a.quoted[a.entTok[i][0]]
}

// acting reports whether a place or organisation acts: it is the subject of
// a verb, the agent of a passive ("described by the Kremlin"), or owns
// something ("Russia’s operation").
func (a *analysis) acting(i int) bool {
	k, b := a.entTok[i][0], a.entTok[i][1]
	if a.evidence[k] {
		return false // part of a title: "U.S. President"
	}
	if _, ok := a.titleWord(b); ok && unicode.IsUpper(firstRune(a.word(b))) {
		return false // a title follows: "appointed by U.S. President X"
	}
	if a.ent(b) >= 0 {
		return false
	}
	next := a.lower(b)
	if isPossessive(next) {
		return true
	}
	prev := k - 1
	if determiners[a.lower(prev)] {
		prev--
	}
	if a.lower(prev) == "by" {
		return true
	}
	if prepositions[a.lower(prev)] {
		return false
	}
	if verbs[next] {
		return true
	}
	return len(next) > 4 && strings.HasSuffix(next, "ed") && unicode.IsLower(firstRune(next))
}

// agentAfter finds an agent noun right after entity i ("Russian
// authorities", "Kyiv regime") and returns its role and end token.
func (a *analysis) agentAfter(i int) (string, int, bool) {
	b := a.entTok[i][1]
	for n := 3; n >= 1; n-- {
		if b+n > len(a.doc.Tokens) || !a.sameSentence(b, b+n-1) {
			continue
		}
		var words []string
		ok := true
		for k := b; k < b+n; k++ {
			if a.ent(k) >= 0 || a.doc.Tokens[k].Kind != chronicle.Word {
				ok = false
				break
			}
			words = append(words, strings.ToUpper(a.word(k)))
		}
		if !ok {
			continue
		}
		switch words[len(words)-1] {
		case "IN", "OF", "AT", "FOR", "TO", "ON", "AND":
			continue // "the Mexican embassy in Quito": the phrase ends before "in"
		}
		role, found := a.r.agent(words)
		if !found {
			continue
		}
		// A singular person title is a description of one person ("the
		// Russian president"), resolved by nominals, not a group.
		last := strings.ToLower(words[len(words)-1])
		if titleHeads[last] != "" {
			continue
		}
		if e := a.ent(b + n); e >= 0 && a.doc.Entities[e].Type == "PER" {
			continue
		}
		return role, b + n, true
	}
	return "", 0, false
}

// regionOf reports whether the agent noun ending at token end names the
// place t as an area ("Zamfara state", "Kherson region"), not a body of its
// own: a region or city acts for no government.
func (a *analysis) regionOf(t string, end int) bool {
	if end <= 0 || !regionWords[strings.ToUpper(a.word(end-1))] {
		return false
	}
	base, ok := a.r.Lookup(t, a.day)
	return ok && isCountry(base.Code) && !a.r.isCountryName(keyOf(t), base.Code)
}

// places codes organisations and places, and nationality + agent groups.
func (a *analysis) places() {
	first := map[string]int{}
	for i, e := range a.doc.Entities {
		switch e.Type {
		case "ORG", "LOC", "MISC", "GPE", "NORP", "FAC":
		default:
			continue
		}
		if !a.hasTokens(i) {
			continue
		}
		if k := a.entTok[i][0]; k > 0 && InRegionName(a.word(k-1), a.word(k)) {
			continue // "Central | American migrants": a region's people
		}
		t := a.entText(i)
		key := e.Type + "\x00" + keyOf(t)
		if e.Type != "MISC" {
			if f, ok := first[key]; ok {
				ref := f
				a.doc.Entities[i].Ref = &ref
			} else {
				first[key] = i
			}
		}
		if role, end, ok := a.agentAfter(i); ok && !a.regionOf(t, end) {
			if base, found := a.r.Lookup(t, a.day); found {
				act := base // "OPEC ministers" act for OPEC
				if code := combine(base.Code, role); isCountry3(base.Code) && code != base.Code {
					act = chronicle.Actor{Name: a.r.GroupName(code), Code: code}
				} // "M23 rebels" stay M23, not "Congolese rebels"
				a.doc.Entities[i].Actor = &act
				sp := a.span(a.entTok[i][0], end)
				a.doc.Mentions = append(a.doc.Mentions, chronicle.Mention{Span: sp, Kind: chronicle.MentionNominal, Entity: i, Name: act.Name, Actor: &act})
				a.groups = append(a.groups, groupRef{tok: a.entTok[i][0], entity: i, actor: act})
				continue
			}
		}
		if e.Type == "MISC" {
			continue
		}
		var act chronicle.Actor
		var ok bool
		acting := a.acting(i)
		if look, found := a.r.Lookup(t, a.day); found {
			act, ok = look, true
			if acting || !isCountry(look.Code) {
				act, _ = a.r.Code(t, a.day)
			}
		} else if code, found := a.r.Code(t, a.day); found {
			act, ok = code, true
		} else if e.Type == "ORG" || acting {
			// Unknown organisations keep their name, and the country their
			// name begins with: "Russian Direct Investment Fund" → RUS.
			act, ok = chronicle.Actor{Name: t, Code: a.r.countryPrefix(t, a.day)}, true
		}
		if !ok {
			continue
		}
		a.doc.Entities[i].Actor = &act
		if (acting || e.Type == "ORG") && !a.inDateline(a.entTok[i][0]) {
			// (not the agency of "MOGADISHU, March 9 (Reuters) -": no
			// group "the group" may take up)
			a.groups = append(a.groups, groupRef{tok: a.entTok[i][0], entity: i, actor: act})
		}
	}
}

// inDateline reports whether token k lies in its sentence's wire dateline.
func (a *analysis) inDateline(k int) bool {
	si := a.tokSent[k]
	if si < 0 || si >= len(a.doc.Sentences) {
		return false
	}
	st := a.doc.Sentences[si]
	return k < st.FirstToken+syntax.SentenceDateline(a.doc, si)
}

// nominals resolves descriptions of people: "the envoy", "the Russian
// leader", "the minister" name someone already named; "a senior Ukrainian
// official" names nobody, and is kept with the group it speaks for.
func (a *analysis) nominals() {
	toks := a.doc.Tokens
	for k := 0; k < len(toks); k++ {
		det := a.lower(k)
		if !determiners[det] || a.evidence[k] || a.quoted[k] {
			continue
		}
		j := k + 1
		country, place := "", false
		head, last := "", -1
		for j < len(toks) && !a.evidence[j] {
			if e := a.ent(j); e >= 0 {
				if place || a.entTok[e][0] != j || a.doc.Entities[e].Type == "PER" {
					break
				}
				act, ok := a.r.Lookup(a.entText(e), a.day)
				if !ok || !isCountry3(act.Code) {
					break
				}
				country, place = act.Code[:3], true
				j = a.entTok[e][1]
				continue
			}
			if _, ok := a.titleWord(j); !ok {
				break
			}
			if h, ok := a.isHead(j); ok {
				head, last = h, j
			}
			j++
		}
		if head == "" || last != j-1 {
			continue
		}
		if nw := a.lower(j); nw == "of" || isPossessive(nw) {
			continue
		}
		if e := a.ent(j); e >= 0 && a.doc.Entities[e].Type == "PER" {
			continue // a title before a name
		}
		m := chronicle.Mention{Span: a.span(k, j), Kind: chronicle.MentionNominal, Entity: -1}
		c := -1
		if det == "the" {
			c = a.resolveDescription(head, country, k)
		}
		switch {
		case c >= 0:
			ch := a.chains[c]
			m.Entity, m.Name = ch.head, ch.name
			act := *ch.actor
			m.Actor = &act
			if g := genderedTitles[head]; g != unknownGender && ch.gender == unknownGender {
				ch.gender = g
			}
			a.addPerson(personRef{tok: k, chain: c, sentence: a.tokSent[k], subject: !prepositions[a.lower(k-1)]})
		case place:
			// Someone not named, who speaks for a country's sector.
			if act, ok := a.r.Code(m.Text, a.day); ok {
				m.Actor = &act
			}
		default:
			continue // "the president" of nobody named: leave it
		}
		a.doc.Mentions = append(a.doc.Mentions, m)
		k = j - 1
	}
}

// domesticHeads are the title heads of offices a country's own people
// hold at home, which take the dateline's country when the title names
// none.
var domesticHeads = map[string]bool{"president": true, "prime minister": true, "premier": true, "minister": true,
	"mayor": true, "governor": true, "speaker": true, "chancellor": true, "opposition leader": true, "leader": true}

// groupHeads are the nouns of a definite description of a group that acts,
// with the sector the group it refers back to must have: "the army" after
// "the Sudanese army", "the government" after "Israel's government".
var groupHeads = map[string]string{"army": "MIL", "military": "MIL", "troops": "MIL", "navy": "MIL",
	"government": "GOV", "cabinet": "GOV", "police": "COP", "paramilitaries": "REB", "militia": "REB",
	"rebels": "REB", "insurgents": "REB", "junta": "GOV",
	"rebel alliance": "REB", "rebel group": "REB", "rebel movement": "REB", "rebel coalition": "REB",
	"armed group": "REB", "militant group": "REB", "militia group": "REB", "rebel force": "REB"}

// groupDescriptions resolves "the army", "the government", "the police" to
// the last group of that sector the text named before them, within
// groupReach sentences: "The RSF … accused the army" after "the Sudanese
// army said". A description with no such group before it stays unresolved.
func (a *analysis) groupDescriptions() {
	toks := a.doc.Tokens
	for k := 0; k+1 < len(toks); k++ {
		if a.lower(k) != "the" || a.evidence[k+1] || a.ent(k+1) >= 0 {
			continue
		}
		if orgHeads[a.lower(k+1)] {
			a.orgDescription(k)
			continue
		}
		sector, ok := groupHeads[a.lower(k+1)]
		n := 2 // the description's words, "the" included
		if k+2 < len(toks) {
			if sec, ok2 := groupHeads[a.lower(k+1)+" "+a.lower(k+2)]; ok2 {
				sector, ok, n = sec, true, 3 // "the rebel alliance"
			}
		}
		if !ok {
			continue
		}
		if k+3 < len(toks) && a.lower(k+2) == "of" && unicode.IsUpper(firstRune(a.word(k+3))) {
			continue // "the army of Mali": named after it
		}
		best := -1
		for i, g := range a.groups {
			if g.tok < k && len(g.actor.Code) >= 6 && g.actor.Code[3:6] == sector &&
				a.tokSent[k]-a.tokSent[g.tok] <= groupReach && (best < 0 || g.tok > a.groups[best].tok) {
				best = i
			}
		}
		if best < 0 {
			continue
		}
		g := a.groups[best]
		act := g.actor
		a.doc.Mentions = append(a.doc.Mentions, chronicle.Mention{Span: a.span(k, k+n), Kind: chronicle.MentionNominal,
			Entity: g.entity, Name: act.Name, Actor: &act})
		a.groups = append(a.groups, groupRef{tok: k, entity: g.entity, actor: act})
		k += n - 1
	}
}

// orgHeads are the nouns of a definite description of an organisation:
// "the company said" after "Yukos", "the bank" after "Barclays", "the
// movement" after "the Houthis".
var orgHeads = map[string]bool{"company": true, "firm": true, "bank": true, "airline": true, "carrier": true,
	"retailer": true, "group": true, "agency": true, "organisation": true, "organization": true, "club": true,
	"party": true, "broadcaster": true, "insurer": true, "manufacturer": true, "operator": true, "movement": true}

// orgDescription resolves "the company" at token k to the last
// organisation the text named before it within groupReach sentences.
func (a *analysis) orgDescription(k int) {
	if k+2 < len(a.doc.Tokens) && (a.lower(k+2) == "of" || isPossessive(a.lower(k+2))) && a.ent(k+3) >= 0 {
		return // "the company's chief", "the group of states": named after
	}
	best := -1
	outlet := a.lower(k+1) == "agency" || a.lower(k+1) == "broadcaster"
	for i := range a.doc.Entities {
		e := &a.doc.Entities[i]
		if e.Type != "ORG" || a.entTok[i][1] > k || a.tokSent[k]-a.tokSent[a.entTok[i][0]] > groupReach || a.inDateline(a.entTok[i][0]) {
			continue // (nor the agency of the dateline: "(Reuters) -")
		}
		if e.Actor != nil && strings.Contains(e.Actor.Code, "MED") && !outlet {
			continue // the outlet told or reported to ("told Reuters the group was ready") is no group or party
		}
		best = i
	}
	if best < 0 {
		return
	}
	m := chronicle.Mention{Span: a.span(k, k+2), Kind: chronicle.MentionNominal, Entity: best, Name: a.entText(best)}
	if act := a.doc.Entities[best].Actor; act != nil {
		c := *act
		m.Actor = &c
	}
	a.doc.Mentions = append(a.doc.Mentions, m)
}

// groupReach is how many sentences back a group description may refer.
const groupReach = 6

func (a *analysis) addPerson(p personRef) {
	i := sort.Search(len(a.persons), func(i int) bool { return a.persons[i].tok > p.tok })
	a.persons = append(a.persons, personRef{})
	copy(a.persons[i+1:], a.persons[i:])
	a.persons[i] = p
}

// resolveDescription picks the person a description refers to: the most
// recently named one whose title has the same head (any head of state for
// "leader"), and the same country when the description gives one.
func (a *analysis) resolveDescription(head, country string, k int) int {
	for i := len(a.persons) - 1; i >= 0; i-- {
		p := a.persons[i]
		if p.tok >= k {
			continue
		}
		ch := a.chains[p.chain]
		if country != "" && a.chainCountry(ch) != country {
			continue
		}
		if ch.heads[head] {
			return p.chain
		}
		if head == "leader" {
			for h := range ch.heads {
				if leaderTitles[h] {
					return p.chain
				}
			}
		}
	}
	return -1
}

// pronouns resolves third-person pronouns outside quotations: he and she to
// the subject of the sentence (or the previous one) when compatible, else to
// the nearest compatible person; they to the nearest group.
func (a *analysis) pronouns() {
	for k := range a.doc.Tokens {
		if a.quoted[k] {
			continue
		}
		lw := a.lower(k)
		var g gender
		switch {
		case malePronouns[lw]:
			g = male
		case femalePronouns[lw]:
			g = female
		case groupPronouns[lw]:
			a.groupPronoun(k)
			continue
		default:
			continue
		}
		c := a.resolvePronoun(k, g)
		m := chronicle.Mention{Span: a.span(k, k+1), Kind: chronicle.MentionPronoun, Entity: -1}
		if c >= 0 {
			ch := a.chains[c]
			if ch.gender == unknownGender {
				ch.gender = g
			}
			m.Entity, m.Name = ch.head, ch.name
			act := *ch.actor
			m.Actor = &act
			prev := a.lower(k - 1)
			a.addPerson(personRef{tok: k, chain: c, sentence: a.tokSent[k], subject: !prepositions[prev] && lw != "his" && lw != "her" && lw != "him"})
		}
		a.doc.Mentions = append(a.doc.Mentions, m)
	}
}

func (a *analysis) resolvePronoun(k int, g gender) int {
	ok := func(c int) bool {
		cg := a.chains[c].gender
		return cg == unknownGender || cg == g
	}
	s := a.tokSent[k]
	if a.opensSentence(k) {
		// "…, according to police spokesman Lionel Lazarre. He said
		// officers …": a pronoun opening a sentence after an attributed
		// one is, first, whom the sentence before was attributed to
		for _, p := range a.persons {
			if p.tok < k && p.sentence == s-1 && a.attributedTo(p.tok) && ok(p.chain) {
				return p.chain
			}
		}
	}
	// The subject of this sentence, then of the two before it.
	for back := 0; back <= 2; back++ {
		for _, p := range a.persons {
			if p.tok >= k || p.sentence != s-back || !p.subject {
				continue
			}
			if ok(p.chain) {
				return p.chain
			}
			break // the subject is someone else: fall through to recency
		}
	}
	for i := len(a.persons) - 1; i >= 0; i-- {
		p := a.persons[i]
		if p.tok >= k || s-p.sentence > 3 {
			continue
		}
		if ok(p.chain) {
			return p.chain
		}
	}
	return -1
}

// opensSentence reports whether token k is its sentence's first word.
func (a *analysis) opensSentence(k int) bool { return k == 0 || a.tokSent[k-1] != a.tokSent[k] }

// attributedTo reports whether the person named at token k is the one a
// statement is attributed to: "according to [title] X", "X said", "said X".
func (a *analysis) attributedTo(k int) bool {
	for j := k - 1; j >= 1 && j >= k-5 && a.tokSent[j] == a.tokSent[k]; j-- {
		if a.lower(j) == "to" && a.lower(j-1) == "according" {
			return true
		}
		if w := a.word(j); strings.ToLower(w) == "said" && j == k-1 {
			return true // "…, said Steve Witkoff"
		} else if w == "," || w == "." {
			break
		}
	}
	e := k + 1
	for e < len(a.tokSent) && a.tokSent[e] == a.tokSent[k] && a.word(e) != "" && unicode.IsUpper([]rune(a.word(e))[0]) {
		e++ // past the rest of the name
	}
	return e < len(a.tokSent) && a.tokSent[e] == a.tokSent[k] && (a.lower(e) == "said" || a.lower(e) == "told")
}

// groupPronoun resolves "they" to a group named in this sentence or the one
// before: the first group of the latest such sentence, which is usually its
// subject. An unresolved "they" is not recorded.
func (a *analysis) groupPronoun(k int) {
	s := a.tokSent[k]
	pick := -1
	for i, g := range a.groups {
		if g.tok >= k || s-a.tokSent[g.tok] > 1 {
			continue
		}
		if pick < 0 || a.tokSent[g.tok] > a.tokSent[a.groups[pick].tok] {
			pick = i
		}
	}
	if pick < 0 {
		return
	}
	g := a.groups[pick]
	act := g.actor
	a.doc.Mentions = append(a.doc.Mentions, chronicle.Mention{Span: a.span(k, k+1), Kind: chronicle.MentionPronoun, Entity: g.entity, Name: act.Name, Actor: &act})
}
