package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

func hashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// Feature templates. Each feature is a hash of its template id and values,
// so no feature strings are built at tagging time.
const (
	fBias byte = iota + 1
	fWord
	fLower
	fShape
	fShort
	fPrefix
	fSuffix
	fLowerM1
	fLowerP1
	fLowerM2
	fLowerP2
	fWordM1
	fWordP1
	fShapeM1
	fShapeP1
	fShortTri
	fBigramM1
	fBigramP1
	fCluster
	fClusterM1
	fClusterP1
	fGaz
	fGazM1
	fGazP1
	fPosition
	fCapsSent
	fDoc
	fLenShape
	fLowerM1Shape
	fHyphenPart
	fUpperLower
	fCapsDocLower
	fGazLen
	fDocHead
	fDocNumeric
	fSentNumeric
)

// Document-level flags of a token, from the other sentences of its document.
const (
	docLowerElsewhere = 1 << iota // the word also occurs in lower case
	docCapElsewhere               // …capitalised inside a sentence (not all caps)
	docCapsOnly                   // …only ever in all-caps sentences or at a start
)

// token is what features are computed from: one word and its derived forms.
type token struct {
	word, lower, norm, shape, short string
	upper                           string
	cl                              [clusterLevels]int16
	hasCl                           bool
	gaz                             uint16
	doc                             uint8
	initCap, allCaps                bool
	head                            string // of the document
	numeric                         byte   // of the document
}

// shapeOf maps letters to X/x and digits to d, collapsing runs longer than
// two (long) or one (short).
func shapeOf(w string) (long, short string) {
	var lb, sb []byte
	var prev byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case r >= 'A' && r <= 'Z':
			c = 'X'
		case r >= 'a' && r <= 'z':
			c = 'x'
		case r >= '0' && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '*'
		}
		if c == prev {
			run++
		} else {
			run = 1
			sb = append(sb, c)
		}
		if run <= 2 {
			lb = append(lb, c)
		}
		prev = c
		if len(lb) > 12 {
			break
		}
	}
	return string(lb), string(sb)
}

func isInitCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether w has at least one letter and no lower-case one.
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// sentenceAllCaps reports whether a sentence is a headline in capitals: every
// word with letters is upper case, and some word is longer than one letter.
func sentenceAllCaps(words []string) bool {
	long := false
	for _, w := range words {
		if !hasLetter(w) {
			continue
		}
		if !isAllCaps(w) {
			return false
		}
		if utf8.RuneCountInString(w) > 1 {
			long = true
		}
	}
	return long
}

// docStats counts, per lower-cased word, how it is written across a document.
type docStats struct {
	// seen holds, per lower-cased word, docLowerElsewhere when it is
	// written in lower case somewhere and docCapElsewhere when capitalised
	// (not all caps) inside a mixed-case sentence.
	seen map[string]uint8
	// words caches each distinct word's token fields (all but gaz, which
	// depends on the neighbours): words repeat within a story.
	words map[string]token
	// head is the first word of the document, lower case: in wire copy it
	// often names the topic ("SOCCER -"), which decides if a city is a team.
	head string
	// numeric buckets the share of number tokens: results tables and
	// market reports read differently from prose.
	numeric byte
}

func newDocStats(doc [][]string) *docStats {
	d := &docStats{seen: map[string]uint8{}, words: map[string]token{}}
	nums, total := 0, 0
	for _, s := range doc {
		if d.head == "" && len(s) > 0 {
			d.head = lowerKey(s[0])
		}
		for _, w := range s {
			total++
			if len(w) > 0 && w[0] >= '0' && w[0] <= '9' {
				nums++
			}
		}
		caps := sentenceAllCaps(s)
		for i, w := range s {
			if !hasLetter(w) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case unicode.IsLower(r):
				d.seen[lowerKey(w)] |= docLowerElsewhere
			case !caps && i > 0 && !isAllCaps(w) && unicode.IsUpper(r):
				d.seen[lowerKey(w)] |= docCapElsewhere
			}
		}
	}
	d.numeric = '0'
	switch {
	case nums*4 > total:
		d.numeric = '2'
	case nums*10 > total:
		d.numeric = '1'
	}
	return d
}

// prepare fills toks for a sentence.
func (m *model) prepare(words []string, ds *docStats, toks []token, upper []string, gaz []uint16) {
	for i, w := range words {
		t := &toks[i]
		if ds != nil {
			if c, ok := ds.words[w]; ok {
				*t = c
				upper[i] = c.upper
				continue
			}
		}
		t.word = w
		t.lower = lowerKey(w)
		t.norm = normWord(w)
		t.shape, t.short = shapeOf(w)
		t.cl, t.hasCl = m.clusters.lookup(t.norm)
		t.initCap = isInitCap(w)
		t.allCaps = isAllCaps(w)
		t.doc = 0
		t.head, t.numeric = "", '0'
		if ds != nil {
			t.head, t.numeric = ds.head, ds.numeric
		}
		if ds != nil && hasLetter(w) {
			t.doc = ds.seen[t.lower]
			if t.doc == 0 {
				t.doc = docCapsOnly
			}
		}
		t.upper = strings.ToUpper(w)
		upper[i] = t.upper
		if ds != nil {
			ds.words[w] = *t
		}
	}
	m.gaz.match(upper, gaz)
	for i := range words {
		toks[i].gaz = gaz[i]
	}
}

const boundary = "<s>"

func toLower(w string) string { return strings.ToLower(w) }

// features appends the feature hashes of token i to out.
func features(toks []token, i int, capsSent bool, out []uint64) []uint64 {
	t := &toks[i]
	n := len(toks)
	f1 := func(tid byte, s string) {
		out = append(out, hashString(hashByte(fnvOffset, tid), s))
	}
	f2 := func(tid byte, a, b string) {
		h := hashString(hashByte(fnvOffset, tid), a)
		out = append(out, hashString(hashByte(h, 0), b))
	}
	lowerAt := func(j int) string {
		if j < 0 || j >= n {
			return boundary
		}
		return toks[j].lower
	}
	wordAt := func(j int) string {
		if j < 0 || j >= n {
			return boundary
		}
		return toks[j].word
	}
	shapeAt := func(j int) string {
		if j < 0 || j >= n {
			return boundary
		}
		return toks[j].shape
	}
	shortAt := func(j int) string {
		if j < 0 || j >= n {
			return boundary
		}
		return toks[j].short
	}
	out = append(out, hashByte(fnvOffset, fBias))
	f1(fWord, t.word)
	f1(fLower, t.lower)
	f1(fShape, t.shape)
	f1(fShort, t.short)
	// Prefixes and suffixes of up to four runes.
	runes := 0
	for k := range t.lower {
		if runes > 0 && runes <= 4 {
			f2(fPrefix, string(rune('0'+runes)), t.lower[:k])
		}
		runes++
	}
	if runes <= 4 && runes > 0 {
		f2(fPrefix, string(rune('0'+runes)), t.lower)
	}
	k, cnt := len(t.lower), 0
	for k > 0 && cnt < 4 {
		_, size := utf8.DecodeLastRuneInString(t.lower[:k])
		k -= size
		cnt++
		f2(fSuffix, string(rune('0'+cnt)), t.lower[k:])
	}
	f1(fLowerM1, lowerAt(i-1))
	f1(fLowerP1, lowerAt(i+1))
	f1(fLowerM2, lowerAt(i-2))
	f1(fLowerP2, lowerAt(i+2))
	f1(fWordM1, wordAt(i-1))
	f1(fWordP1, wordAt(i+1))
	f1(fShapeM1, shapeAt(i-1))
	f1(fShapeP1, shapeAt(i+1))
	h := hashString(hashByte(fnvOffset, fShortTri), shortAt(i-1))
	h = hashString(hashByte(h, 0), t.short)
	out = append(out, hashString(hashByte(h, 0), shortAt(i+1)))
	f2(fBigramM1, lowerAt(i-1), t.lower)
	f2(fBigramP1, t.lower, lowerAt(i+1))
	f2(fLowerM1Shape, lowerAt(i-1), t.short)
	if t.hasCl {
		for l := 0; l < clusterLevels; l++ {
			out = append(out, hashByte(hashByte(hashByte(hashByte(fnvOffset, fCluster), byte(l)), byte(t.cl[l])), byte(t.cl[l]>>8)))
		}
	}
	for _, d := range [2]int{-1, 1} {
		j := i + d
		tid := fClusterM1
		if d > 0 {
			tid = fClusterP1
		}
		if j < 0 || j >= n || !toks[j].hasCl {
			out = append(out, hashByte(fnvOffset, tid))
			continue
		}
		for l := 0; l < 2; l++ {
			c := toks[j].cl[l+1]
			out = append(out, hashByte(hashByte(hashByte(hashByte(fnvOffset, tid), byte(l)), byte(c)), byte(c>>8)))
		}
	}
	for _, d := range [3]int{0, -1, 1} {
		j := i + d
		if j < 0 || j >= n || toks[j].gaz == 0 {
			continue
		}
		tid := fGaz
		switch d {
		case -1:
			tid = fGazM1
		case 1:
			tid = fGazP1
		}
		g := toks[j].gaz
		for b := 0; b < 2*gazCategories; b++ {
			if g&(1<<b) != 0 {
				out = append(out, hashByte(hashByte(fnvOffset, tid), byte(b)))
				if d == 0 {
					out = append(out, hashString(hashByte(hashByte(fnvOffset, fGazLen), byte(b)), t.short))
				}
			}
		}
	}
	pos := byte('m')
	switch {
	case i == 0 && n == 1:
		pos = 'o'
	case i == 0:
		pos = 'f'
	case i == n-1:
		pos = 'l'
	}
	f2(fPosition, string(pos), t.short)
	caps := byte('n')
	if capsSent {
		caps = 'y'
	}
	f2(fCapsSent, string(caps), t.short)
	if capsSent {
		f1(fUpperLower, t.lower)
		f2(fCapsDocLower, string(rune('0'+t.doc)), t.lower)
	}
	lb := byte('4')
	if n < 4 {
		lb = byte('0' + n)
	}
	f2(fLenShape, string(lb), t.short)
	if t.doc != 0 || hasLetter(t.word) {
		f2(fDoc, string(rune('0'+t.doc)), string(pos)+t.short)
	}
	if t.initCap {
		h := hashString(hashByte(fnvOffset, fDocHead), t.head)
		out = append(out, hashString(hashByte(h, 0), t.short))
		out = append(out, hashByte(hashString(hashByte(fnvOffset, fDocNumeric), t.short), t.numeric))
		sn := 0
		for j := range toks {
			if w := toks[j].word; len(w) > 0 && w[0] >= '0' && w[0] <= '9' {
				sn++
			}
		}
		out = append(out, hashByte(hashString(hashByte(fnvOffset, fSentNumeric), t.short), byte(min(sn*4/n, 3))))
	}
	if strings.IndexByte(t.lower, '-') > 0 {
		for _, p := range strings.Split(t.lower, "-") {
			if p != "" {
				f1(fHyphenPart, p)
			}
		}
	}
	return out
}
