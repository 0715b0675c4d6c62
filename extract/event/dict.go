package event

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Dict is the CAMEO verb dictionary with its PLOVER conversion table, read
// from the compact form that models/eventdict writes.
type Dict struct {
	// forms maps the first word of a verb form to the forms starting with it.
	forms    map[string][]form
	patterns map[string][]pattern // by verb block
	synsets  map[string][]string
	plover   map[string]ploverRow // by CAMEO code
	// members indexes each synonym set's one-word members for
	// wordMatches, which runs for every pattern word against every token.
	members map[string]*synsetIndex
}

// synsetIndex holds a synonym set's one-word members by how they match: as
// a stem (prefix), exactly, or as a nested set.
type synsetIndex struct {
	stems, exact map[string]bool
	nested       []string
}

// form is one inflected verb form: "BLAMED", "ASK FOR".
type form struct {
	words []string
	block string
	code  string
}

// pattern is a verb pattern: words before and after the verb, and, for a
// bare particle ("* OFF"), the forms of the one verb of the block it was
// written for.
type pattern struct {
	pre, post []string
	code      string
	verbs     []string
}

// ploverRow is one row of the CAMEO→PLOVER table.
type ploverRow struct{ event, mode, context string }

// ReadDict reads a gzipped compact event dictionary (models.Events).
func ReadDict(r io.Reader) (*Dict, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("event dictionary: %w", err)
	}
	d := &Dict{forms: map[string][]form{}, patterns: map[string][]pattern{}, synsets: map[string][]string{}, plover: map[string]ploverRow{}}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case f[0] == "P" && len(f) == 5:
			d.plover[f[1]] = ploverRow{f[2], f[3], f[4]}
		case f[0] == "S" && len(f) == 3:
			d.synsets[f[1]] = append(d.synsets[f[1]], f[2])
		case f[0] == "V" && len(f) == 4:
			d.addForm(f[2], f[1], f[3])
		case f[0] == "T" && (len(f) == 5 || len(f) == 6):
			p := pattern{pre: fieldsOrNil(f[2]), post: fieldsOrNil(f[3]), code: f[4]}
			if len(f) == 6 {
				p.verbs = fieldsOrNil(f[5])
			}
			d.patterns[f[1]] = append(d.patterns[f[1]], p)
		default:
			return nil, fmt.Errorf("event dictionary line %d: malformed %q", n, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("event dictionary: %w", err)
	}
	d.members = map[string]*synsetIndex{}
	for name, ms := range d.synsets {
		ix := &synsetIndex{stems: map[string]bool{}, exact: map[string]bool{}}
		for _, m := range ms {
			switch {
			case strings.Contains(m, " "):
			case strings.HasPrefix(m, "&"):
				ix.nested = append(ix.nested, m)
			case strings.HasSuffix(m, "_"):
				ix.exact[strings.TrimSuffix(m, "_")] = true
			default:
				ix.stems[m] = true
			}
		}
		d.members[name] = ix
	}
	return d, nil
}

func fieldsOrNil(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Fields(s)
}

// addForm adds a verb form; a later form replaces an earlier one with the
// same words, so hand-written supplements override the dictionary.
func (d *Dict) addForm(words, block, code string) {
	w := strings.Fields(strings.ToUpper(words))
	if len(w) == 0 {
		return
	}
	list := d.forms[w[0]]
	for i := range list {
		if strings.Join(list[i].words, " ") == strings.Join(w, " ") {
			list[i] = form{w, block, code}
			return
		}
	}
	d.forms[w[0]] = append(list, form{w, block, code})
}

// match finds the longest verb form starting at up[i].
func (d *Dict) match(up []string, i int) (form, bool) {
	best, ok := form{}, false
	for _, f := range d.forms[up[i]] {
		if i+len(f.words) > len(up) || (ok && len(f.words) <= len(best.words)) {
			continue
		}
		same := true
		for k, w := range f.words {
			if up[i+k] != w {
				same = false
				break
			}
		}
		if same {
			best, ok = f, true
		}
	}
	return best, ok
}

// wordMatches tells whether a dictionary word matches a token: exactly, as
// a plural, or as a stem unless the word ends in "_"; "&SET" matches any
// member of the synonym set.
func (d *Dict) wordMatches(w, tok string) bool {
	if strings.HasPrefix(w, "&") {
		ix := d.members[w]
		if ix == nil {
			return false
		}
		if ix.exact[tok] {
			return true
		}
		// a member that tok begins, by the stem rule below
		for n := len(tok); n >= 1; n-- {
			if ix.stems[tok[:n]] {
				switch rest := tok[n:]; {
				case rest == "" || rest == "S" || rest == "ES" || n >= 5:
					return true
				}
			}
		}
		for _, m := range ix.nested {
			if d.wordMatches(m, tok) {
				return true
			}
		}
		return false
	}
	if strings.HasSuffix(w, "_") {
		return tok == strings.TrimSuffix(w, "_")
	}
	if !strings.HasPrefix(tok, w) {
		return false
	}
	// tok is w, w+"S", w+"ES" or, for a word of five letters or more, any
	// longer word it begins (tested without building the plurals: this runs
	// for every pattern word against every token).
	switch rest := tok[len(w):]; rest {
	case "", "S", "ES":
		return true
	}
	return len(w) >= 5
}

// inOrder reports whether the pattern words occur in order in toks.
func (d *Dict) inOrder(words, toks []string) bool {
	j := 0
	for _, w := range words {
		for j < len(toks) && !d.wordMatches(w, toks[j]) {
			j++
		}
		if j == len(toks) {
			return false
		}
		j++
	}
	return true
}

// refine returns the code of the longest pattern of block that matches verb
// and the words before (pre, nearest last) and after (post) it, or "";
// between patterns as long, the one whose words start nearer the verb.
func (d *Dict) refine(block, verb string, pre, post []string) string {
	best, n, at := "", 0, 0
	for _, p := range d.patterns[block] {
		k := len(p.pre) + len(p.post)
		if k < n || p.verbs != nil && !slices.Contains(p.verbs, verb) {
			continue
		}
		if len(p.pre) > 0 && !d.inOrder(p.pre, pre) {
			continue
		}
		first := 0
		if len(p.post) > 0 {
			if !d.inOrder(p.post, post) {
				continue
			}
			for first < len(post) && !d.wordMatches(p.post[0], post[first]) {
				first++
			}
		}
		if k == n && best != "" {
			// of two patterns as long, the one nearer the verb: "opened
			// fire on the border guards" (but not "part" of "captured
			// part of a guerrilla stronghold")
			nearer := first < at && !partitive(post, first) || partitive(post, at) && !partitive(post, first)
			if !nearer {
				continue
			}
		}
		best, n, at = p.code, k, first
	}
	return best
}

// partitive reports whether the word at i of ws names a part of what
// follows it ("part of", "a section of").
func partitive(ws []string, i int) bool {
	if i+1 >= len(ws) || ws[i+1] != "OF" {
		return false
	}
	switch ws[i] {
	case "PART", "PARTS", "SECTION", "SECTIONS", "PORTION", "PORTIONS", "REST", "MOST", "SOME", "HALF":
		return true
	}
	return false
}

// Plover converts a CAMEO code to the PLOVER event, mode and context of the
// conversion table, trying the code and then its shorter prefixes.
func (d *Dict) Plover(code string) (event, mode, context string, ok bool) {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if r, found := d.plover[c]; found {
			return r.event, r.mode, r.context, true
		}
	}
	return "", "", "", false
}
