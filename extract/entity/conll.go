package entity

import (
	"bufio"
	"io"
	"strings"
)

// maxCoNLLLine bounds one input line; longer lines are an error.
const maxCoNLLLine = 1 << 20

// maxDocLines bounds how many lines are held to tag as one document when no
// -DOCSTART- comes: past it, the document is cut at the next blank line.
const maxDocLines = 20000

// TagCoNLL reads CoNLL-2003 columns (token POS chunk TAG; blank lines between
// sentences; -DOCSTART- lines between documents) and writes every line as
// given, with the predicted IOB2 tag appended as one more column on token
// lines. Documents are tagged as a whole, so document features apply.
func TagCoNLL(t *Tagger, r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxCoNLLLine)
	bw := bufio.NewWriter(w)
	var lines []string // the pending document's lines
	flush := func() error {
		var sentences [][]string
		var words []string
		for _, l := range lines {
			f := strings.Fields(l)
			switch {
			case len(f) == 0 || f[0] == "-DOCSTART-":
				if len(words) > 0 {
					sentences = append(sentences, words)
					words = nil
				}
			default:
				words = append(words, f[0])
			}
		}
		if len(words) > 0 {
			sentences = append(sentences, words)
		}
		tags := t.TagDocument(sentences)
		si, wi := 0, 0
		for _, l := range lines {
			f := strings.Fields(l)
			if len(f) == 0 || f[0] == "-DOCSTART-" {
				if wi > 0 {
					si, wi = si+1, 0
				}
				bw.WriteString(l)
				bw.WriteByte('\n')
				continue
			}
			bw.WriteString(strings.TrimRight(l, " \t\r"))
			bw.WriteByte(' ')
			bw.WriteString(tags[si][wi])
			bw.WriteByte('\n')
			wi++
		}
		lines = lines[:0]
		return nil
	}
	for sc.Scan() {
		l := sc.Text()
		f := strings.Fields(l)
		if len(lines) > 0 && (len(f) > 0 && f[0] == "-DOCSTART-" || len(f) == 0 && len(lines) >= maxDocLines) {
			if err := flush(); err != nil {
				return err
			}
		}
		lines = append(lines, l)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	return bw.Flush()
}
