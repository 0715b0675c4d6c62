package text

import (
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// blockSize is the number of bytes between the checkpoints of an Index.
const blockSize = 64

// Index converts UTF-8 byte offsets of one text into code-point offsets in
// near-constant time, for stages that find spans by byte (a lexicon match, a
// quotation mark) and must report both kinds of offset. It keeps one
// checkpoint per 64 bytes, so its memory is a sixteenth of the text's.
type Index struct {
	text   string
	blocks []int32 // code points before byte i*blockSize
}

// NewIndex builds the index of s.
func NewIndex(s string) *Index {
	ix := &Index{text: s, blocks: make([]int32, 0, len(s)/blockSize+1)}
	n := int32(0)
	for i := 0; i < len(s); i++ {
		if i%blockSize == 0 {
			ix.blocks = append(ix.blocks, n)
		}
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return ix
}

// Rune returns the code-point offset of byte offset b. A b inside a
// multi-byte character counts the character as before it; b past the end is
// clamped to the end.
func (ix *Index) Rune(b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(ix.text) {
		b = len(ix.text)
	}
	blk := b / blockSize
	if blk >= len(ix.blocks) {
		blk = len(ix.blocks) - 1
	}
	n := int(ix.blocks[blk])
	for i := blk * blockSize; i < b; i++ {
		if ix.text[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// Span returns the span of bytes [b0, b1) with both kinds of offset and its
// text. Offsets are clamped to the text and moved back to rune boundaries.
func (ix *Index) Span(b0, b1 int) chronicle.Span {
	b0 = ix.boundary(b0)
	b1 = ix.boundary(b1)
	if b1 < b0 {
		b1 = b0
	}
	return chronicle.Span{
		Start: ix.Rune(b0), End: ix.Rune(b1),
		ByteStart: b0, ByteEnd: b1,
		Text: ix.text[b0:b1],
	}
}

func (ix *Index) boundary(b int) int {
	if b < 0 {
		return 0
	}
	if b > len(ix.text) {
		return len(ix.text)
	}
	for b > 0 && b < len(ix.text) && !utf8.RuneStart(ix.text[b]) {
		b--
	}
	return b
}

// Cover returns the span from the start of a to the end of b, with its text
// taken from s.
func Cover(s string, a, b chronicle.Span) chronicle.Span {
	return chronicle.Span{
		Start: a.Start, End: b.End, ByteStart: a.ByteStart, ByteEnd: b.ByteEnd,
		Text: s[a.ByteStart:b.ByteEnd],
	}
}
