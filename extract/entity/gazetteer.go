package entity

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Gazetteer categories, named after the part of the actor dictionaries a
// phrase comes from. The tagger learns what each one means for CoNLL types.
const (
	gazCountry    = iota // a state: "AFGHANISTAN_ [AFG]"
	gazCountrySyn        // a state's synonyms: adjectives, cities, old names
	gazPerson            // leaders and officials (CountryInfo entries)
	gazGroup             // other country-level actors: forces, parties
	gazIntl              // IGOs, NGOs, multinationals
	gazMilitant          // non-state armed groups
	gazAgent             // generic role nouns: minister, farmer
	gazCategories
)

// gazPrefix marks a phrase that begins a longer phrase.
const gazPrefix = 0x80

// maxGazWords bounds the phrase length matched against the gazetteer.
const maxGazWords = 6

// Gazetteer is a set of upper-cased token phrases, each with a bit mask of
// categories. It is built at training time from the Phoenix/CAMEO actor
// dictionaries and stored inside the model file.
type Gazetteer struct {
	phrases map[uint64]uint8
}

// NewGazetteer returns an empty gazetteer.
func NewGazetteer() *Gazetteer { return &Gazetteer{phrases: map[uint64]uint8{}} }

// Len is the number of phrases.
func (g *Gazetteer) Len() int { return len(g.phrases) }

// add records a phrase given as words.
func (g *Gazetteer) add(words []string, cat int) {
	if len(words) == 0 || len(words) > maxGazWords {
		return
	}
	var h uint64 = fnvOffset
	for i, w := range words {
		if i > 0 {
			g.phrases[h] |= gazPrefix
			h = hashByte(h, ' ')
		}
		h = hashString(h, strings.ToUpper(w))
	}
	g.phrases[h] |= 1 << cat
}

// ReadActorDictionaries builds a gazetteer from the PETRARCH/Phoenix
// dictionaries in dir (see SOURCE.md there for the format).
func ReadActorDictionaries(dir string) (*Gazetteer, error) {
	g := NewGazetteer()
	files := []struct {
		name string
		cat  int
	}{
		{"Phoenix.Countries.actors.txt", gazCountry},
		{"Phoenix.International.actors.txt", gazIntl},
		{"Phoenix.MilNonState.actors.txt", gazMilitant},
		{"Phoenix.agents.txt", gazAgent},
		{"PLOVER_agents.NGEC.txt", gazAgent},
	}
	for _, f := range files {
		fh, err := os.Open(filepath.Join(dir, f.name))
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		err = g.readActors(fh, f.cat)
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("gazetteer %s: %w", f.name, err)
		}
	}
	return g, nil
}

// readActors reads one actor or agent file. For the countries file, cat is
// refined per entry: states, their synonyms, persons and other groups.
func (g *Gazetteer) readActors(r io.Reader, cat int) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	primary := cat
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' || line[0] == '\t' {
			continue
		}
		comment := ""
		if i := strings.IndexByte(line, '#'); i >= 0 {
			comment = line[i:]
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.ContainsAny(line, "!{}=") {
			continue
		}
		synonym := line[0] == '+'
		line = strings.TrimPrefix(line, "+")
		code := ""
		if i := strings.IndexByte(line, '['); i >= 0 {
			code = strings.Trim(strings.TrimSpace(line[i:]), "[]")
			line = strings.TrimSpace(line[:i])
		}
		c := cat
		if cat == gazCountry {
			switch {
			case synonym:
				c = primary
				if primary == gazCountry {
					c = gazCountrySyn
				}
			case strings.Contains(comment, "CountryInfo"):
				c = gazPerson
			case len(code) == 3 || (len(code) == 6 && code[:3] == "USA"):
				c = gazCountry
			default:
				c = gazGroup
			}
			if !synonym {
				primary = c
			}
		}
		var words []string
		for _, w := range strings.Split(line, "_") {
			if w == "" || strings.ContainsAny(w, "()") {
				continue
			}
			words = append(words, w)
		}
		g.add(words, c)
	}
	return sc.Err()
}

// match marks, for each token, the categories of every phrase that covers
// it: bit 2*cat for the phrase's first token, 2*cat+1 for the others.
func (g *Gazetteer) match(upper []string, out []uint16) {
	for i := range out {
		out[i] = 0
	}
	if g == nil || len(g.phrases) == 0 {
		return
	}
	for i := range upper {
		var h uint64 = fnvOffset
		for j := i; j < len(upper) && j-i < maxGazWords; j++ {
			if j > i {
				h = hashByte(h, ' ')
			}
			h = hashString(h, upper[j])
			cats, ok := g.phrases[h]
			if !ok {
				break
			}
			for c := 0; c < gazCategories; c++ {
				if cats&(1<<c) == 0 {
					continue
				}
				out[i] |= 1 << (2 * c)
				for k := i + 1; k <= j; k++ {
					out[k] |= 1 << (2*c + 1)
				}
			}
		}
	}
}

// place reports whether words are, as a whole, a state or one of its
// synonyms (adjective, city, old name) in the gazetteer: "Russian", "Moscow".
func (g *Gazetteer) place(words []string) bool {
	return g.cats(words)&(1<<gazCountry|1<<gazCountrySyn) != 0
}

// cats returns the categories of words as one whole phrase.
func (g *Gazetteer) cats(words []string) uint8 {
	if g == nil || len(words) == 0 || len(words) > maxGazWords {
		return 0
	}
	var h uint64 = fnvOffset
	for i, w := range words {
		if i > 0 {
			h = hashByte(h, ' ')
		}
		h = hashString(h, strings.ToUpper(w))
	}
	return g.phrases[h] &^ gazPrefix
}

// person reports whether words are, as a whole, a leader or official in the
// gazetteer.
func (g *Gazetteer) person(words []string) bool {
	return g.cats(words)&(1<<gazPerson) != 0
}
