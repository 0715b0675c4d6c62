package quote

import "github.com/chronicle-news/chronicle"

// region is a stretch of text inside quotation marks, as token indices:
// open is the opening mark, close the closing one (or the last token of the
// text when the quotation never closes). A quotation that runs over several
// paragraphs, reopening its mark at each one as English does, is one region.
type region struct {
	open, close int
}

// words counts the word tokens inside the region.
func (r region) words(toks []chronicle.Token) int {
	n := 0
	for i := r.open + 1; i < r.close; i++ {
		if toks[i].Kind == chronicle.Word || toks[i].Kind == chronicle.Number {
			n++
		}
	}
	return n
}

// closer returns the closing mark that matches an opening mark, or "" when
// s does not open a quotation.
func closer(s string) string {
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

// findRegions finds the top-level quotations of a document. Quotation marks
// nested inside a quotation are ignored; a single quotation mark that is not
// closed within its paragraph is taken for an apostrophe.
func findRegions(doc *chronicle.Document) []region {
	toks := doc.Tokens
	var out []region
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
				out = append(out, region{open: i, close: end})
				i = end
				continue
			}
		}
		want := closer(open)
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
		out = append(out, region{open: i, close: end})
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
