package actor

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// maxLine bounds one dictionary line; longer lines are an error, not a hang.
const maxLine = 1 << 20

// openEnd is the "to" day of a code with no end date.
const openEnd = 99991231

// Dict holds actor and agent dictionaries in memory. Phrases are keyed by
// their normalised form: upper-case words joined by single spaces
// ("VLADIMIR PUTIN", "U.S. STATE DEPARTMENT").
type Dict struct {
	entries []entry
	// phrases maps a phrase to its entry; a later dictionary replaces an
	// earlier one's phrase.
	phrases map[string]int
	// agents maps a generic noun phrase to its role: "~GOV" is appended to
	// the country of the nearby actor, "IGO~" prefixed.
	agents map[string]string
	// countries maps a bare country code to the entry naming the country.
	countries map[string]int
	// skipped counts code lines that could not be read.
	skipped int
}

// entry is one actor: a primary phrase and its dated codes.
type entry struct {
	primary string
	codes   []datedCode
}

// datedCode is a code valid on the days [from, to], as YYYYMMDD numbers; an
// undated code has from 0 and to openEnd.
type datedCode struct {
	code     string
	from, to int
}

func (c datedCode) undated() bool { return c.from == 0 && c.to == openEnd }

// NewDict returns an empty dictionary.
func NewDict() *Dict {
	return &Dict{phrases: map[string]int{}, agents: map[string]string{}, countries: map[string]int{}}
}

// Len is the number of actor phrases and agent phrases.
func (d *Dict) Len() (actors, agents int) { return len(d.phrases), len(d.agents) }

// Skipped is the number of malformed code lines ReadPhoenix passed over.
func (d *Dict) Skipped() int { return d.skipped }

// ReadPhoenix adds a dictionary in PETRARCH/Phoenix format: an actor file
// (Phoenix.Countries.actors.txt: primary phrases, "+" synonyms, dated
// "[CODE YYMMDD-YYMMDD]" lines) or an agent file (Phoenix.agents.txt:
// "PHRASE [~ROLE]" with "!MACRO!" substitutions and "{plurals}"). Both kinds
// may be mixed: a phrase whose code holds "~" is an agent. name is used in
// errors.
func (d *Dict) ReadPhoenix(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	macros := map[string][]string{}
	cur := -1            // current actor entry, for "+" and code lines
	agent := ""          // current agent role, for "+" lines after an agent
	var pending []string // phrases of the current entry before its code is known
	lineNo := 0
	flush := func() {
		if cur >= 0 {
			for _, p := range pending {
				d.addPhrase(p, cur)
			}
		}
		pending = pending[:0]
	}
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		switch {
		case strings.HasPrefix(line, "!") && strings.Contains(line, "="):
			i := strings.IndexByte(line, '=')
			key := strings.TrimSpace(line[:i])
			var vals []string
			for _, v := range strings.Split(line[i+1:], ",") {
				if v = strings.TrimSpace(v); v != "" {
					vals = append(vals, v)
				}
			}
			macros[key] = vals
		case strings.HasPrefix(line, "["):
			if cur < 0 {
				continue // a code with no phrase: nothing to attach it to
			}
			c, err := parseCode(line)
			if err != nil || strings.Contains(c.code, "~") {
				d.skipped++ // the published files have a few malformed dates
				continue
			}
			d.entries[cur].codes = append(d.entries[cur].codes, c)
		case strings.HasPrefix(line, "+"):
			phrase, _, _ := splitEntry(line[1:])
			if agent != "" {
				for _, p := range expandAgent(phrase, "", macros) {
					d.agents[p] = agent
				}
				continue
			}
			if cur >= 0 {
				pending = append(pending, normPhrase(phrase))
			}
		default:
			flush()
			phrase, plural, code := splitEntry(line)
			if strings.Contains(code, "~") {
				agent, cur = code, -1
				for _, p := range expandAgent(phrase, plural, macros) {
					d.agents[p] = agent
				}
				continue
			}
			agent = ""
			d.entries = append(d.entries, entry{primary: normPhrase(phrase)})
			cur = len(d.entries) - 1
			pending = append(pending, normPhrase(phrase))
			if code != "" {
				if c, err := parseCode("[" + code + "]"); err == nil {
					d.entries[cur].codes = append(d.entries[cur].codes, c)
				} else {
					d.skipped++
				}
			}
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	d.index()
	return nil
}

func (d *Dict) addPhrase(p string, e int) {
	p = strings.TrimPrefix(p, "THE ")
	if p == "" {
		return
	}
	d.phrases[p] = e
}

// index finds, for each bare country code, the entry that names the country:
// the one with that code open-ended and the most phrases.
func (d *Dict) index() {
	count := make(map[int]int)
	for _, e := range d.phrases {
		count[e]++
	}
	best := map[string]int{}
	for i, e := range d.entries {
		for _, c := range e.codes {
			if len(c.code) != 3 || c.to != openEnd || count[i] == 0 {
				continue
			}
			if b, ok := best[c.code]; !ok || count[i] > count[b] {
				best[c.code] = i
			}
		}
	}
	d.countries = best
}

// splitEntry splits "PHRASE {PLURALS} [CODE]" into its parts.
func splitEntry(s string) (phrase, plural, code string) {
	if i := strings.IndexByte(s, '['); i >= 0 {
		if j := strings.IndexByte(s[i:], ']'); j >= 0 {
			code = strings.TrimSpace(s[i+1 : i+j])
		}
		s = s[:i]
	}
	if i := strings.IndexByte(s, '{'); i >= 0 {
		plural = "{}"
		if j := strings.IndexByte(s[i:], '}'); j >= 0 {
			plural = "{" + strings.TrimSpace(s[i+1:i+j]) + "}"
		}
		s = s[:i]
	}
	return strings.TrimSpace(s), plural, code
}

// parseCode reads "[CODE]", "[CODE YYMMDD-YYMMDD]", "[CODE >YYMMDD]" or
// "[CODE <YYMMDD]"; dates may also have four-digit years.
func parseCode(s string) (datedCode, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "[")
	if i := strings.IndexByte(s, ']'); i >= 0 {
		s = s[:i]
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		return datedCode{}, fmt.Errorf("empty code")
	}
	c := datedCode{code: f[0], to: openEnd}
	if len(f) < 2 {
		return c, nil
	}
	r := f[1]
	var err error
	switch {
	case strings.HasPrefix(r, ">"):
		c.from, err = parseDay(r[1:])
	case strings.HasPrefix(r, "<"):
		c.to, err = parseDay(r[1:])
	case strings.Contains(r, "-"):
		a, b, _ := strings.Cut(r, "-")
		if c.from, err = parseDay(a); err == nil {
			c.to, err = parseDay(b)
		}
	default:
		err = fmt.Errorf("date range %q", r)
	}
	if err != nil {
		return datedCode{}, fmt.Errorf("code %q: %w", s, err)
	}
	return c, nil
}

// parseDay reads YYMMDD (years before 40 are 20xx, as PETRARCH reads them)
// or YYYYMMDD into a YYYYMMDD number.
func parseDay(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || (len(s) != 6 && len(s) != 8) {
		return 0, fmt.Errorf("date %q: want YYMMDD", s)
	}
	if len(s) == 6 {
		if n/10000 < 40 {
			n += 20000000
		} else {
			n += 19000000
		}
	}
	return n, nil
}

// normPhrase turns a dictionary phrase into its key: "VLADIMIR_PUTIN_" →
// "VLADIMIR PUTIN".
func normPhrase(p string) string {
	p = strings.ReplaceAll(p, "_", " ")
	return strings.ToUpper(strings.Join(strings.Fields(p), " "))
}

// expandAgent expands macros and plurals of one agent phrase. An agent
// phrase also matches its regular plural unless it ends in "_" or has an
// explicit (possibly empty) {plural}.
func expandAgent(phrase, plural string, macros map[string][]string) []string {
	forms := []string{phrase}
	for key, vals := range macros {
		var next []string
		for _, f := range forms {
			if !strings.Contains(f, key) {
				next = append(next, f)
				continue
			}
			for _, v := range vals {
				next = append(next, strings.ReplaceAll(f, key, v))
			}
		}
		forms = next
	}
	var out []string
	for _, f := range forms {
		exact := strings.HasSuffix(strings.TrimSpace(f), "_")
		n := normPhrase(f)
		if n == "" {
			continue
		}
		out = append(out, n)
		switch {
		case plural == "{}" || exact:
		case plural != "":
			out = append(out, normPhrase(strings.Trim(plural, "{}")))
		default:
			out = append(out, pluralOf(n))
		}
	}
	return out
}

// pluralOf is the regular English plural of a phrase's last word.
func pluralOf(p string) string {
	switch {
	case strings.HasSuffix(p, "S"), strings.HasSuffix(p, "SH"), strings.HasSuffix(p, "CH"), strings.HasSuffix(p, "X"), strings.HasSuffix(p, "Z"):
		return p + "ES"
	case strings.HasSuffix(p, "Y") && len(p) > 1 && !strings.ContainsRune("AEIOU", rune(p[len(p)-2])):
		return p[:len(p)-1] + "IES"
	case strings.HasSuffix(p, "MAN"):
		return p[:len(p)-3] + "MEN"
	}
	return p + "S"
}

// codeAt picks the code of e valid on day: a dated code whose range holds
// the day (the latest-starting one if several), else the undated fallback,
// else the country of the latest code. With no day (an article without a
// publication date) it reads the story as current news: the latest-starting
// dated code, else the undated one. ok is false when e has no code at all.
func (e *entry) codeAt(day int) (code string, dated, ok bool) {
	best := -1
	for i, c := range e.codes {
		if c.undated() {
			continue
		}
		if day != 0 && (day < c.from || day > c.to) {
			continue
		}
		if best < 0 || c.from > e.codes[best].from {
			best = i
		}
	}
	if best >= 0 {
		return e.codes[best].code, true, true
	}
	for _, c := range e.codes {
		if c.undated() {
			return c.code, false, true
		}
	}
	if len(e.codes) == 0 {
		return "", false, false
	}
	// Every dated code is out of range on the day: the role is no longer
	// (or not yet) held, but the country still is.
	last := e.codes[0]
	for _, c := range e.codes[1:] {
		if c.to > last.to {
			last = c
		}
	}
	if isCountry3(last.code) {
		return last.code[:3], false, true
	}
	return last.code, false, true
}

// dayOf turns a date into a YYYYMMDD number, 0 for unknown.
func dayOf(d chronicle.Date) int {
	if d.IsZero() {
		return 0
	}
	y, m, dd := d.Date()
	return y*10000 + int(m)*100 + dd
}

// The compact format, written by WriteCompact and read by ReadCompact, is
// gzip-free text, one record per line:
//
//	A <TAB> PRIMARY <TAB> CODE[:FROM-TO] ... <TAB> PHRASE|PHRASE...
//	G <TAB> ROLE <TAB> PHRASE|PHRASE...
const compactHeader = "chronicle-actors 1"

// WriteCompact writes d in the compact format, sorted so that the output is
// the same for the same input.
func (d *Dict) WriteCompact(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, compactHeader)
	byEntry := map[int][]string{}
	for p, e := range d.phrases {
		byEntry[e] = append(byEntry[e], p)
	}
	var ids []int
	for e := range byEntry {
		if len(d.entries[e].codes) > 0 {
			ids = append(ids, e)
		}
	}
	sort.Ints(ids)
	for _, e := range ids {
		ps := byEntry[e]
		sort.Strings(ps)
		var codes []string
		for _, c := range d.entries[e].codes {
			if c.undated() {
				codes = append(codes, c.code)
			} else {
				codes = append(codes, fmt.Sprintf("%s:%d-%d", c.code, c.from, c.to))
			}
		}
		fmt.Fprintf(bw, "A\t%s\t%s\t%s\n", d.entries[e].primary, strings.Join(codes, " "), strings.Join(ps, "|"))
	}
	byRole := map[string][]string{}
	for p, r := range d.agents {
		byRole[r] = append(byRole[r], p)
	}
	var roles []string
	for r := range byRole {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	for _, r := range roles {
		ps := byRole[r]
		sort.Strings(ps)
		fmt.Fprintf(bw, "G\t%s\t%s\n", r, strings.Join(ps, "|"))
	}
	return bw.Flush()
}

// ReadCompact adds a dictionary written by WriteCompact.
func (d *Dict) ReadCompact(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	if !sc.Scan() || sc.Text() != compactHeader {
		return fmt.Errorf("compact actor dictionary: missing header %q", compactHeader)
	}
	lineNo := 1
	for sc.Scan() {
		lineNo++
		f := strings.Split(sc.Text(), "\t")
		switch {
		case len(f) == 4 && f[0] == "A":
			e := entry{primary: f[1]}
			for _, s := range strings.Fields(f[2]) {
				c := datedCode{code: s, to: openEnd}
				if code, rng, ok := strings.Cut(s, ":"); ok {
					a, b, _ := strings.Cut(rng, "-")
					from, err1 := strconv.Atoi(a)
					to, err2 := strconv.Atoi(b)
					if err1 != nil || err2 != nil {
						return fmt.Errorf("compact actor dictionary:%d: bad date range %q", lineNo, rng)
					}
					c = datedCode{code: code, from: from, to: to}
				}
				e.codes = append(e.codes, c)
			}
			d.entries = append(d.entries, e)
			for _, p := range strings.Split(f[3], "|") {
				d.addPhrase(p, len(d.entries)-1)
			}
		case len(f) == 3 && f[0] == "G":
			for _, p := range strings.Split(f[2], "|") {
				d.agents[p] = f[1]
			}
		default:
			return fmt.Errorf("compact actor dictionary:%d: malformed line", lineNo)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("compact actor dictionary: %w", err)
	}
	d.index()
	return nil
}
