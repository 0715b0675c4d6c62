// Package jsonl reads articles given one JSON object per line, the input
// layout of `chronicle analyze --format jsonl` and of the public gold sets
// (spec/cli.md).
//
// A batch of thousands of articles must not stop at one bad line, so Read
// reports a bad line with its line number and goes on to the next.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// MaxLineBytes is the longest line Read accepts. A longer line is reported
// as too large and skipped, so one runaway record cannot exhaust memory.
const MaxLineBytes = 64 << 20

// Item is one article as an input line gives it.
type Item struct {
	// Line is the 1-based line number in the input.
	Line int
	// ID is the first of doc_id, article_id and id that the line sets.
	ID string
	// Text and HTML are the article body; at least one is set.
	Text string
	HTML string

	Title     string
	URL       string
	Publisher string
	// Published is the first of published, publication_date and date, as
	// given; the caller parses it.
	Published string
}

// line is an input line's fields. IDs are raw so that numeric ids (the
// SemEval article ids are numbers) are read as well as strings.
type line struct {
	DocID           json.RawMessage `json:"doc_id"`
	ArticleID       json.RawMessage `json:"article_id"`
	ID              json.RawMessage `json:"id"`
	Text            *string         `json:"text"`
	HTML            *string         `json:"html"`
	Title           *string         `json:"title"`
	URL             *string         `json:"url"`
	Publisher       *string         `json:"publisher"`
	Published       *string         `json:"published"`
	PublicationDate *string         `json:"publication_date"`
	Date            *string         `json:"date"`
}

// Read calls fn for every non-blank line of r, in order. A line that cannot
// be used (invalid UTF-8 or JSON, no id, no text or html, longer than
// MaxLineBytes) is passed to fn as an EINVALID or ETOOLARGE error naming the
// line, with Item.Line set (and Item.ID when the line gave one), and reading
// goes on. Read stops when fn returns an error, and returns it; otherwise it
// returns only errors from reading r.
func Read(r io.Reader, fn func(Item, error) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		b, tooLong, err := readLine(br)
		if err != nil && err != io.EOF {
			return fmt.Errorf("jsonl: read line %d: %w", n, err)
		}
		if len(b) == 0 && !tooLong && err == io.EOF {
			return nil
		}
		if n == 1 {
			b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
		}
		var ferr error
		switch {
		case tooLong:
			ferr = fn(Item{Line: n}, chronicle.Errorf(chronicle.ETOOLARGE, "line %d: longer than %d MB", n, MaxLineBytes>>20))
		case len(bytes.TrimSpace(b)) == 0:
			// Blank lines separate nothing; they are not articles.
		default:
			it, perr := Parse(b)
			it.Line = n
			if perr != nil {
				perr = chronicle.Errorf(chronicle.ErrorCode(perr), "line %d: %w", n, perr)
			}
			ferr = fn(it, perr)
		}
		if ferr != nil {
			return ferr
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line without its line ending. A line longer than
// MaxLineBytes is consumed up to its end and reported as too long.
func readLine(br *bufio.Reader) (b []byte, tooLong bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		if !tooLong {
			if len(b)+len(chunk) > MaxLineBytes+2 {
				tooLong, b = true, nil
			} else {
				b = append(b, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, true, e
		}
		b = bytes.TrimSuffix(b, []byte("\n"))
		b = bytes.TrimSuffix(b, []byte("\r"))
		if len(b) > MaxLineBytes {
			return nil, true, e
		}
		return b, false, e
	}
}

// Parse reads one input line. The error is EINVALID and says what is wrong
// without a line number; Read adds it.
func Parse(b []byte) (Item, error) {
	if !utf8.Valid(b) {
		return Item{}, chronicle.Errorf(chronicle.EINVALID, "invalid UTF-8 at byte offset %d", invalidOffset(b))
	}
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[0] != '{' {
		return Item{}, chronicle.Errorf(chronicle.EINVALID, "want a JSON object")
	}
	var l line
	if err := json.Unmarshal(b, &l); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return Item{}, chronicle.Errorf(chronicle.EINVALID, "field %q: want a string, got a JSON %s", te.Field, te.Value)
		}
		return Item{}, chronicle.Errorf(chronicle.EINVALID, "invalid JSON: %v", err)
	}
	var it Item
	for _, f := range []struct {
		name string
		raw  json.RawMessage
	}{{"doc_id", l.DocID}, {"article_id", l.ArticleID}, {"id", l.ID}} {
		id, err := rawID(f.raw)
		if err != nil {
			return Item{}, chronicle.Errorf(chronicle.EINVALID, "field %q: %v", f.name, err)
		}
		if id != "" {
			it.ID = id
			break
		}
	}
	it.Text = str(l.Text)
	it.HTML = str(l.HTML)
	it.Title = str(l.Title)
	it.URL = str(l.URL)
	it.Publisher = str(l.Publisher)
	it.Published = first(str(l.Published), str(l.PublicationDate), str(l.Date))
	if it.ID == "" {
		return it, chronicle.Errorf(chronicle.EINVALID, "no id (want doc_id, article_id or id)")
	}
	if strings.TrimSpace(it.Text) == "" && strings.TrimSpace(it.HTML) == "" {
		return it, chronicle.Errorf(chronicle.EINVALID, "document %q: no text (want text or html)", it.ID)
	}
	return it, nil
}

// rawID reads an id given as a JSON string or an integer.
func rawID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return strings.TrimSpace(s), nil
	}
	if _, err := strconv.ParseInt(string(raw), 10, 64); err == nil {
		return string(raw), nil
	}
	return "", fmt.Errorf("want a string or an integer, got %.40s", raw)
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func first(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// invalidOffset returns the offset of the first byte of b that is not valid
// UTF-8.
func invalidOffset(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
