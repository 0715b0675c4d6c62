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
