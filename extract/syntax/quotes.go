package syntax

import "github.com/chronicle-news/chronicle"

// Quotation is a stretch of text inside quotation marks, as document token
// indexes: Open is the opening mark, Close the closing one (or the last
// token of the text when the quotation never closes). A quotation that runs
// over several paragraphs, reopening its mark at each one as English does,
// is one quotation. Inner lists the quotations nested inside it (a ‘…’
// inside “…”), paired within the outer one.
type Quotation struct {
	Open, Close int
	Inner       []Quotation
}

// Contains reports whether token k lies inside q, marks included.
func (q Quotation) Contains(k int) bool { return q.Open <= k && k <= q.Close }

// Quotations finds the quotations of a document, top level first with the
// nested ones inside them: the one quotation-region finder every stage uses.
func Quotations(doc *chronicle.Document) []Quotation {
	out := findQuotations(doc)
	for i := range out {
		out[i].Inner = nested(doc, out[i].Open+1, out[i].Close, 0)
	}
	return out
}

// maxQuoteDepth bounds how deep nested quotations are followed, so that
// hostile input cannot make the regions' total length quadratic.
const maxQuoteDepth = 8

// nested pairs the quotation marks in tokens [from, to), innermost last.
func nested(doc *chronicle.Document, from, to, depth int) []Quotation {
	if depth >= maxQuoteDepth {
		return nil
	}
	var out []Quotation
	str := func(i int) string { return doc.Text[doc.Tokens[i].ByteStart:doc.Tokens[i].ByteEnd] }
	for i := from; i < to; i++ {
		if doc.Tokens[i].Kind != chronicle.Punct {
			continue
		}
		want := Closer(str(i))
		if want == "" || str(i) == "'" && i+1 < to && doc.Tokens[i+1].SpaceBefore {
			continue
		}
		for j := i + 1; j < to; j++ {
			if str(j) == want {
				out = append(out, Quotation{Open: i, Close: j, Inner: nested(doc, i+1, j, depth+1)})
				i = j
				break
			}
		}
	}
	return out
}

// Closer returns the closing mark that matches an opening mark, or "" when
// s does not open a quotation.
func Closer(s string) string {
	switch s {
	case "“":
		return "”"
	case "\"":
		return "\""
	case "«":
		return "»"
	case "‘":
		return "’"
	case "'":
		return "'"
	case "„":
		return "“"
	}
	return ""
}

// findQuotations finds the top-level quotations of a document. Quotation
// marks nested inside a quotation are left to nested; a single quotation
// mark that is not closed within its paragraph is taken for an apostrophe.
func findQuotations(doc *chronicle.Document) []Quotation {
	toks := doc.Tokens
	var out []Quotation
	para := make([]int, len(toks)) // paragraph of each token
	for si := range doc.Sentences {
		s := doc.Sentences[si]
		for i := s.FirstToken; i < s.LastToken && i < len(toks); i++ {
			para[i] = s.Paragraph
		}
	}
	str := func(i int) string { return doc.Text[toks[i].ByteStart:toks[i].ByteEnd] }
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind == chronicle.Word || toks[i].Kind == chronicle.Number {
			continue
		}
		open := str(i)
		if open == "'" && i+1 < len(toks) && str(i+1) == "'" && !toks[i+1].SpaceBefore {
			// ''Newspaper style'': two apostrophes for a double mark.
			if end := pairedClose(doc, para, i+2); end > 0 {
				out = append(out, Quotation{Open: i, Close: end})
				i = end
				continue
			}
		}
		want := Closer(open)
		if want == "" {
			continue
		}
		single := open == "‘" || open == "'"
		if open == "'" && i+1 < len(toks) && toks[i+1].SpaceBefore {
			continue // a bare apostrophe ("the parties' readiness")
		}
		end, last := -1, i
		p := para[i]
		for j := i + 1; j < len(toks); j++ {
			if para[j] != p {
				// A new paragraph: the quotation goes on only if the
				// paragraph reopens it and the old one did not close it.
				if single || str(j) != open {
					break
				}
				p = para[j]
				last = j
				continue
			}
			last = j
			if str(j) == want && (want != "'" || j+1 >= len(toks) || toks[j+1].SpaceBefore || toks[j+1].Kind == chronicle.Punct) {
				end = j
				break
			}
		}
		if end < 0 {
			if single {
				continue
			}
			// Unclosed: the quotation runs to the end of its last paragraph.
			end = last
			if end == i {
				continue
			}
		}
		out = append(out, Quotation{Open: i, Close: end})
		i = end
	}
	return out
}

// pairedClose finds the second of the two apostrophes that close a
// quotation opened with two, in the paragraph of token from, or returns -1.
func pairedClose(doc *chronicle.Document, para []int, from int) int {
	toks := doc.Tokens
	for j := from; j+1 < len(toks) && para[j] == para[from-1]; j++ {
		if doc.Text[toks[j].ByteStart:toks[j].ByteEnd] == "'" && doc.Text[toks[j+1].ByteStart:toks[j+1].ByteEnd] == "'" &&
			!toks[j+1].SpaceBefore {
			return j + 1
		}
	}
	return -1
}
