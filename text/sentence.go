package text

import (
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// Layer is the text layer of one document.
type Layer struct {
	Paragraphs []chronicle.Span
	Sentences  []chronicle.Sentence
	Tokens     []chronicle.Token
}

// Analyze splits s, which must be valid UTF-8, into paragraphs, sentences
// and tokens.
func Analyze(s string) Layer {
	var l Layer
	l.Tokens = make([]chronicle.Token, 0, len(s)/5)
	for _, p := range Paragraphs(s) {
		pi := len(l.Paragraphs)
		l.Paragraphs = append(l.Paragraphs, p)
		first := len(l.Tokens)
		l.Tokens = TokenizeAt(s[p.ByteStart:p.ByteEnd], p.ByteStart, p.Start, l.Tokens)
		l.Sentences = splitSentences(s, l.Tokens, first, len(l.Tokens), pi, l.Sentences)
	}
	return l
}

// Stage is the pipeline stage that fills a document's text layer.
type Stage struct{}

// Name returns "text".
func (Stage) Name() string { return "text" }

// Process fills doc.Paragraphs, doc.Sentences and doc.Tokens. The text must
// be valid UTF-8, which ingestion guarantees.
func (Stage) Process(doc *chronicle.Document) error {
	if !utf8.ValidString(doc.Text) {
		return chronicle.Errorf(chronicle.EINVALID, "text is not valid UTF-8")
	}
	l := Analyze(doc.Text)
	doc.Paragraphs, doc.Sentences, doc.Tokens = l.Paragraphs, l.Sentences, l.Tokens
	return nil
}

// Paragraphs returns the paragraphs of s, trimmed of surrounding white space.
// A blank line always separates paragraphs; a single line break does too,
// except where the next line plainly continues the sentence (it starts in
// lower case, or the line before ends with a comma or hyphen), as in
// hard-wrapped text.
func Paragraphs(s string) []chronicle.Span {
	var out []chronicle.Span
	var (
		b, r         int // position of the current line's start
		pb, pr       = -1, -1
		lastB, lastR int  // end of the last non-blank line of the paragraph
		blank        bool // a blank line since the last non-blank one
		lastChar     rune
	)
	flush := func() {
		if pb >= 0 {
			out = append(out, chronicle.Span{Start: pr, End: lastR, ByteStart: pb, ByteEnd: lastB})
		}
		pb, pr = -1, -1
	}
	for b < len(s) {
		// One line: [b, e).
		e := strings.IndexByte(s[b:], '\n')
		if e < 0 {
			e = len(s)
		} else {
			e += b
		}
		line := s[b:e]
		lead := len(line) - len(strings.TrimLeft(line, " \t\r\f\v\u00a0\u2003\u2002\u3000"))
		trimmed := strings.TrimRight(line[lead:], " \t\r\f\v\u00a0\u2003\u2002\u3000")
		lineRunes := utf8.RuneCountInString(line)
		if trimmed == "" {
			blank = true
		} else {
			first, _ := utf8.DecodeRuneInString(trimmed)
			continues := pb >= 0 && !blank &&
				(isLower(first) || lastChar == ',' || lastChar == '-' && !strings.HasSuffix(s[:lastB], "--"))
			if !continues {
				flush()
				pb = b + lead
				pr = r + utf8.RuneCountInString(line[:lead])
			}
			lastB = b + lead + len(trimmed)
			lastR = r + utf8.RuneCountInString(line[:lead+len(trimmed)])
			lastChar, _ = utf8.DecodeLastRuneInString(trimmed)
			blank = false
		}
		r += lineRunes
		b = e
		if b < len(s) { // the newline
			b++
			r++
		}
	}
	flush()
	return out
}

// splitSentences appends the sentences of tokens [first, last) of one
// paragraph to dst. A sentence ends at ".", "!", "?" or an ellipsis (with the
// closing quotes and brackets after it) when the next token can begin a
// sentence; never after a title ("Gen.", "Mr."), rarely after another
// abbreviation ("U.S."), and not inside a quotation whose marks are balanced
// in the paragraph, so that a quote and its "he said" stay together.
func splitSentences(s string, toks []chronicle.Token, first, last, para int, dst []chronicle.Sentence) []chronicle.Sentence {
	if first >= last {
		return dst
	}
	trackQuotes := quotesBalanced(s, toks[first:last])
	depth := 0
	start := first
	tok := func(i int) string { return s[toks[i].ByteStart:toks[i].ByteEnd] }
	emit := func(end int) {
		a, z := toks[start], toks[end-1]
		dst = append(dst, chronicle.Sentence{
			Span:       chronicle.Span{Start: a.Start, End: z.End, ByteStart: a.ByteStart, ByteEnd: z.ByteEnd},
			FirstToken: start, LastToken: end, Paragraph: para,
		})
		start = end
	}
	for i := first; i < last; i++ {
		t := tok(i)
		if trackQuotes {
			depth = quoteDepth(t, depth)
		}
		terminal := t == "." || t == "!" || t == "?" || t == "..." || t == "…" || t == "?!" || t == "!?"
		abbrev := !terminal && len(t) > 1 && t[len(t)-1] == '.'
		if !terminal && !abbrev {
			continue
		}
		// Absorb closing marks: ." ” ’ ) ] and repeated terminals ("?!").
		j := i + 1
		for j < last {
			u := tok(j)
			if u == "”" || u == "’" || u == ")" || u == "]" || u == "»" || u == "!" || u == "?" ||
				u == "\"" && trackQuotes && depth > 0 || u == "'" && !toks[j].SpaceBefore {
				if trackQuotes {
					depth = quoteDepth(u, depth)
				}
				j++
				continue
			}
			break
		}
		i = j - 1
		if j >= last {
			break
		}
		if depth > 0 {
			continue
		}
		next := tok(j)
		nr, _ := utf8.DecodeRuneInString(next)
		if isLower(nr) || next == "," || next == ";" || next == ":" {
			continue
		}
		if abbrev {
			word := strings.TrimSuffix(t, ".")
			if isTitle(t) || utf8.RuneCountInString(word) == 1 {
				continue
			}
			if !sentenceStarters[next] && !isOpenQuote(next) {
				continue
			}
		}
		emit(j)
	}
	if start < last {
		emit(last)
	}
	return dst
}

// quotesBalanced reports whether the paragraph's double quotation marks pair
// up, so that quote depth can be trusted.
func quotesBalanced(s string, toks []chronicle.Token) bool {
	open, straight := 0, 0
	for _, t := range toks {
		switch s[t.ByteStart:t.ByteEnd] {
		case "“", "«":
			open++
		case "”", "»":
			open--
			if open < 0 {
				return false
			}
		case "\"":
			straight++
		}
	}
	return open == 0 && straight%2 == 0
}

func quoteDepth(t string, depth int) int {
	switch t {
	case "“", "«":
		return depth + 1
	case "”", "»":
		if depth > 0 {
			return depth - 1
		}
	case "\"":
		if depth > 0 {
			return depth - 1
		}
		return depth + 1
	}
	return depth
}

func isOpenQuote(t string) bool { return t == "“" || t == "\"" || t == "«" || t == "‘" }
