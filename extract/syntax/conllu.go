package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word of a CoNLL-U sentence.
type Word struct {
	Form   string
	Lemma  string
	UPOS   string
	Head   int // 1-based head index, 0 for the root, -1 when unknown
	Deprel string
}

// Sentence is a CoNLL-U sentence: its comment lines, its words and the
// lines that do not count as words (multiword-token ranges, empty nodes),
// kept so that writing it back passes them through.
type Sentence struct {
	Comments []string
	Words    []Word
	// Extra holds the lines before word i (0-based) that are not words, such
	// as "19-20\tdon't\t…" multiword-token ranges.
	Extra map[int][]string
	// Rows holds each word's ten columns as read, so that writing keeps the
	// columns the parser does not fill (XPOS, FEATS, DEPS, MISC).
	Rows [][]string
}

// ReadCoNLLU reads every sentence of a CoNLL-U stream. Lines longer than
// 1 MB or with fewer than ten columns are errors naming the line.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	err := ScanCoNLLU(r, func(s Sentence) error { out = append(out, s); return nil })
	return out, err
}

// ScanCoNLLU calls fn for each sentence of a CoNLL-U stream as it is read.
func ScanCoNLLU(r io.Reader, fn func(Sentence) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var cur Sentence
	line := 0
	flush := func() error {
		if len(cur.Words) == 0 && len(cur.Comments) == 0 && len(cur.Extra) == 0 {
			return nil
		}
		s := cur
		cur = Sentence{}
		return fn(s)
	}
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" {
			if err := flush(); err != nil {
				return err
			}
			continue
		}
		if strings.HasPrefix(t, "#") {
			cur.Comments = append(cur.Comments, t)
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) != 10 {
			return fmt.Errorf("conllu line %d: %d columns, want 10", line, len(cols))
		}
		id := cols[0]
		if strings.ContainsAny(id, "-.") {
			if cur.Extra == nil {
				cur.Extra = map[int][]string{}
			}
			cur.Extra[len(cur.Words)] = append(cur.Extra[len(cur.Words)], t)
			continue
		}
		if n, err := strconv.Atoi(id); err != nil || n != len(cur.Words)+1 {
			return fmt.Errorf("conllu line %d: word id %q out of sequence", line, id)
		}
		head := -1
		if h, err := strconv.Atoi(cols[6]); err == nil {
			head = h
		}
		cur.Words = append(cur.Words, Word{Form: cols[1], Lemma: cols[2], UPOS: cols[3], Head: head, Deprel: cols[7]})
		cur.Rows = append(cur.Rows, cols)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("conllu line %d: %w", line+1, err)
	}
	return flush()
}

// WriteCoNLLU writes s with its words' UPOS, lemma, head and relation, the
// other columns as they were read (or "_"), and its non-word lines in place.
func WriteCoNLLU(w io.Writer, s Sentence) error {
	bw := bufio.NewWriter(w)
	for _, c := range s.Comments {
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	for i, wd := range s.Words {
		for _, x := range s.Extra[i] {
			bw.WriteString(x)
			bw.WriteByte('\n')
		}
		cols := []string{strconv.Itoa(i + 1), wd.Form, "_", "_", "_", "_", "_", "_", "_", "_"}
		if i < len(s.Rows) {
			copy(cols, s.Rows[i])
		}
		cols[0] = strconv.Itoa(i + 1)
		cols[1] = clean(wd.Form)
		cols[2] = clean(wd.Lemma)
		cols[3] = clean(wd.UPOS)
		if wd.Head >= 0 {
			cols[6] = strconv.Itoa(wd.Head)
		}
		cols[7] = clean(wd.Deprel)
		bw.WriteString(strings.Join(cols, "\t"))
		bw.WriteByte('\n')
	}
	for _, x := range s.Extra[len(s.Words)] {
		bw.WriteString(x)
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

// clean makes a column value safe for CoNLL-U: no tabs or line breaks, and
// "_" for an empty value.
func clean(s string) string {
	if s == "" {
		return "_"
	}
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
	}
	return s
}
