// Package text is Chronicle's text layer: paragraphs, sentences and tokens
// of English news, each with code-point and byte offsets.
//
// It is written by hand because the Go tokenizers at hand (prose, the
// sentences package) either lose byte/code-point offsets or split news
// abbreviations ("Lt. Gen.", "U.S.") and quotations poorly, and because every
// later stage runs on its output, so it must be fast: one pass over the
// bytes, no regular expression per token, no allocation per token beyond the
// token slice.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// scanner walks a string keeping byte and code-point positions together.
type scanner struct {
	s string
	b int // byte offset
	r int // code-point offset
}

func (sc *scanner) peek() (rune, int) {
	if sc.b >= len(sc.s) {
		return 0, 0
	}
	c := sc.s[sc.b]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(sc.s[sc.b:])
}

// peekAt decodes the rune at byte offset b.
func (sc *scanner) peekAt(b int) (rune, int) {
	if b >= len(sc.s) {
		return 0, 0
	}
	c := sc.s[b]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(sc.s[b:])
}

func (sc *scanner) advance(size int) {
	sc.b += size
	sc.r++
}

// Tokenize splits s into tokens. Offsets start at 0; use TokenizeAt for a
// piece of a larger text.
func Tokenize(s string) []chronicle.Token {
	return TokenizeAt(s, 0, 0, nil)
}

// TokenizeAt tokenizes s, a piece of a larger text that starts at byte
// offset byteBase and code-point offset runeBase, appending to dst.
func TokenizeAt(s string, byteBase, runeBase int, dst []chronicle.Token) []chronicle.Token {
	sc := scanner{s: s}
	space := true
	for sc.b < len(s) {
		c, size := sc.peek()
		if isSpace(c) {
			sc.advance(size)
			space = true
			continue
		}
		b0, r0 := sc.b, sc.r
		kind := sc.token(c, size)
		if sc.b == b0 { // never stall
			sc.advance(size)
		}
		dst = append(dst, chronicle.Token{
			Span: chronicle.Span{
				Start: runeBase + r0, End: runeBase + sc.r,
				ByteStart: byteBase + b0, ByteEnd: byteBase + sc.b,
			},
			Kind:        kind,
			SpaceBefore: space,
		})
		space = false
	}
	return dst
}

// token consumes one token starting with rune c and returns its kind.
func (sc *scanner) token(c rune, size int) chronicle.TokenKind {
	switch {
	case (c == 'n' || c == 'N') && isNegClitic(sc.s[sc.b:]) && sc.b > 0 && isLetter(sc.prevRune()):
		sc.advance(1)
		_, asize := sc.peek() // the apostrophe
		sc.advance(asize)
		sc.advance(1)
		return chronicle.Word
	case isWordStart(c):
		if sc.url() {
			return chronicle.Word
		}
		kind := chronicle.Word
		if isDigit(c) {
			kind = chronicle.Number
		}
		sc.word()
		return kind
	case (c == '@' || c == '#') && sc.nextIsLetter(sc.b+size):
		sc.advance(size)
		sc.word()
		return chronicle.Word
	case c == '.':
		if strings.HasPrefix(sc.s[sc.b:], "...") {
			for i := 0; i < 3; i++ {
				sc.advance(1)
			}
			return chronicle.Punct
		}
		if r, _ := sc.peekAt(sc.b + 1); isDigit(r) { // ".5"
			sc.advance(1)
			sc.word()
			return chronicle.Number
		}
		sc.advance(1)
		return chronicle.Punct
	case c == '-':
		sc.advance(1)
		for sc.b < len(sc.s) && sc.s[sc.b] == '-' {
			sc.advance(1)
		}
		return chronicle.Punct
	case isApostrophe(c):
		// A clitic split off the previous word ("’s", "'re") is a word.
		if n := cliticLen(sc.s[sc.b+size:]); n > 0 && sc.b > 0 && isLetter(sc.prevRune()) {
			sc.advance(size)
			for i := 0; i < n; i++ {
				sc.advance(1)
			}
			return chronicle.Word
		}
		sc.advance(size)
		return chronicle.Punct
	case unicode.IsPunct(c):
		sc.advance(size)
		return chronicle.Punct
	default:
		sc.advance(size)
		return chronicle.Symbol
	}
}

func (sc *scanner) prevRune() rune {
	r, _ := utf8.DecodeLastRuneInString(sc.s[:sc.b])
	return r
}

func (sc *scanner) nextIsLetter(b int) bool {
	r, _ := sc.peekAt(b)
	return isLetter(r)
}

// url consumes a web address starting here, if there is one.
func (sc *scanner) url() bool {
	rest := sc.s[sc.b:]
	if !(hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.")) {
		return false
	}
	end := 0
	for end < len(rest) {
		r, size := utf8.DecodeRuneInString(rest[end:])
		if isSpace(r) || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' {
			break
		}
		end += size
	}
	// Trailing punctuation belongs to the sentence, not the address.
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(rest[:end])
		if !strings.ContainsRune(".,;:!?)]'’", r) {
			break
		}
		end -= size
	}
	for end > 0 {
		_, size := sc.peek()
		sc.advance(size)
		end -= size
	}
	return true
}

// word consumes letters and digits with the connectors that stay inside a
// token: hyphens ("so-called"), inner periods ("U.S", "3.5"), thousands
// commas ("5,000"), apostrophes that are not clitics ("O'Brien"), and a final
// period when the word is an abbreviation or initial.
func (sc *scanner) word() {
	start := sc.b
	dots := false
	for sc.b < len(sc.s) {
		c, size := sc.peek()
		if isWordChar(c) {
			sc.advance(size)
			continue
		}
		next, _ := sc.peekAt(sc.b + size)
		prev := sc.prevRune()
		switch {
		case (c == '-' || c == '‑') && isWordChar(next) && isWordChar(prev):
		case c == '.' && isDigit(prev) && isDigit(next):
			dots = true // "3.5"
		case c == '.' && isLetter(prev) && isLetter(next) && (isUpper(prev) || sc.shortSegment(start)):
			dots = true // "U.S", "a.m", "e.g"
		case c == ',' && isDigit(prev) && isDigit(next) && threeDigits(sc.s[sc.b+1:]):
		case (c == '&') && isUpper(prev) && isUpper(next):
		case (c == '/' || c == ':') && isDigit(prev) && isDigit(next):
		case isApostrophe(c) && isLetter(prev) && isLetter(next):
			if cliticLen(sc.s[sc.b+size:]) > 0 {
				return
			}
			if isNegClitic(sc.s[sc.b-1:]) { // "don't" → "do" + "n't"
				sc.retreat(start)
				return
			}
		default:
			if c == '.' && sc.takesPeriod(start, dots) {
				sc.advance(1)
			}
			return
		}
		sc.advance(size)
	}
}

// shortSegment reports whether the run since the last period (or the word
// start) is one or two letters, as in "a.m" or "e.g".
func (sc *scanner) shortSegment(start int) bool {
	seg := sc.s[start:sc.b]
	if i := strings.LastIndexByte(seg, '.'); i >= 0 {
		seg = seg[i+1:]
	}
	return utf8.RuneCountInString(seg) <= 2
}

// retreat ends the current word before its final "n" so that "n't" is
// tokenized as a clitic.
func (sc *scanner) retreat(start int) {
	if sc.b-1 > start {
		sc.b--
		sc.r--
	}
}

// takesPeriod decides whether the period after word s[start:sc.b] is part of
// it.
func (sc *scanner) takesPeriod(start int, dots bool) bool {
	w := sc.s[start:sc.b]
	if dots {
		return !isDigit(sc.prevRune()) // "U.S." yes, "3.5." no
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		if w == "X" && precededBy(sc.s[:start], "on", "via") {
			return false // "wrote on X." is the platform at a sentence's end
		}
		return isUpper(r) // an initial: "J. Smith"
	}
	return IsAbbreviation(w)
}

// precededBy reports whether s ends with one of the words (in any case)
// and then spaces.
func precededBy(s string, words ...string) bool {
	s = strings.TrimRight(s, " \t\u00a0")
	for _, w := range words {
		if len(s) >= len(w) && strings.EqualFold(s[len(s)-len(w):], w) {
			if len(s) == len(w) {
				return true
			}
			if r, _ := utf8.DecodeLastRuneInString(s[:len(s)-len(w)]); !isLetter(r) {
				return true
			}
		}
	}
	return false
}

// cliticLen returns the length of an English clitic at the start of s ("s",
// "re", "ve", "ll", "d", "m", "t" after n) followed by a non-letter, or 0.
func cliticLen(s string) int {
	for _, c := range [...]string{"s", "S", "re", "RE", "ve", "VE", "ll", "LL", "d", "D", "m", "M"} {
		if strings.HasPrefix(s, c) {
			rest := s[len(c):]
			r, _ := utf8.DecodeRuneInString(rest)
			if rest == "" || !isLetter(r) {
				return len(c)
			}
		}
	}
	return 0
}

// isNegClitic reports whether s starts with "n't" (either apostrophe, any
// case) followed by a non-letter.
func isNegClitic(s string) bool {
	if len(s) < 3 || s[0] != 'n' && s[0] != 'N' {
		return false
	}
	rest := s[1:]
	switch {
	case strings.HasPrefix(rest, "'"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "’"):
		rest = rest[len("’"):]
	default:
		return false
	}
	if rest == "" || rest[0] != 't' && rest[0] != 'T' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return len(rest) == 1 || !isLetter(r)
}

func threeDigits(s string) bool {
	if len(s) < 3 || !isDigit(rune(s[0])) || !isDigit(rune(s[1])) || !isDigit(rune(s[2])) {
		return false
	}
	return len(s) == 3 || !isDigit(rune(s[3]))
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isSpace(c rune) bool {
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
	}
	return unicode.IsSpace(c) || c == '\u200b' || c == '\ufeff'
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' || c > utf8.RuneSelf && unicode.IsDigit(c) }

func isLetter(c rune) bool {
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return unicode.IsLetter(c)
}

func isUpper(c rune) bool {
	if c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	return unicode.IsUpper(c)
}

func isLower(c rune) bool {
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z'
	}
	return unicode.IsLower(c)
}

func isWordStart(c rune) bool { return isLetter(c) || isDigit(c) }

func isWordChar(c rune) bool {
	return isLetter(c) || isDigit(c) || c > utf8.RuneSelf && unicode.Is(unicode.Mn, c)
}

func isApostrophe(c rune) bool { return c == '\'' || c == '’' }
