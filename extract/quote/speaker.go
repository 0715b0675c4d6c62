package quote

import (
	"strings"

	"github.com/chronicle-news/chronicle"
)

// name sets the speaker name, code and anonymity of q from the speaker
// phrase [a, b): the actor stage's mention or entity that covers it, else the
// nearest person before a bare "he" or "she", else the phrase itself.
func (s *scan) name(q *chronicle.Quote, a, b int) {
	doc := s.doc
	b0, b1 := s.toks[a].ByteStart, s.toks[b-1].ByteEnd
	head := s.toks[b-1]
	for _, m := range doc.Mentions {
		if m.ByteStart < b1 && b0 < m.ByteEnd && m.ByteStart <= head.ByteStart && head.ByteEnd <= m.ByteEnd {
			if m.Name != "" || m.Entity >= 0 {
				q.SpeakerName = m.Name
				if m.Entity >= 0 && m.Entity < len(doc.Entities) && (q.SpeakerName == "" || doc.Entities[m.Entity].Type == "PER") {
					q.SpeakerName = s.entityName(m.Entity, 0)
				}
				if m.Actor != nil {
					q.SpeakerCode = m.Actor.Code
					if q.SpeakerName == "" {
						q.SpeakerName = m.Actor.Name
					}
				}
				refersBack := m.Entity >= 0 && m.Entity < len(doc.Entities) && doc.Entities[m.Entity].Type == "ORG" &&
					m.ByteStart >= b0 && strings.HasPrefix(strings.ToLower(m.Text), "the ") && strings.Count(m.Text, " ") == 1
				if m.Kind == chronicle.MentionNominal && !refersBack && (m.Entity < 0 || m.Entity >= len(doc.Entities) || doc.Entities[m.Entity].Type != "PER") {
					// A group keeps its own name ("Russian authorities"); the
					// actor's canonical name is an abstraction of it. "The
					// company" that refers back to an organisation takes its
					// name.
					q.SpeakerName = trimDeterminer(doc.Text[b0:b1])
				}
				return
			}
		}
	}
	hw := b - 1 // the noun the phrase is about: "a source close to him", "officials in Kyiv"
	for k := a + 1; k < b; k++ {
		if joiners[s.low[k]] || s.low[k] == "close" && k+1 < b && s.low[k+1] == "to" {
			hw = k - 1
			break
		}
	}
	// "Russia's embassy in Brussels": the place after "in" or "at" is where
	// the speaker sits, not who it is, when a name stands before the head.
	end := b1
	if hw+1 < b && (s.low[hw+1] == "in" || s.low[hw+1] == "at") && hw > a {
		named := false
		for i := range doc.Entities {
			if e := &doc.Entities[i]; e.ByteStart >= b0 && e.ByteEnd <= s.toks[hw].ByteStart && actorType(e.Type) {
				end = s.toks[hw].ByteEnd
				named = true
				break
			}
		}
		if !named && !isCapital(s.word(a)) || !named && definite[s.low[a]] {
			// "the Defence Ministry in Moscow", "officials in Kyiv": the
			// body speaks, from the place; its name is the phrase, its
			// country the place's
			for i := range doc.Entities {
				if e := &doc.Entities[i]; e.ByteStart >= s.toks[hw+1].ByteEnd && e.ByteEnd <= b1 && actorType(e.Type) {
					if act := s.actorOf(i); act != nil && len(act.Code) >= 3 {
						q.SpeakerCode = act.Code
					}
				}
			}
			if !namesPerson(doc, b0, s.toks[hw].ByteEnd) {
				q.Anonymous = anonymous[s.low[hw]] && !definite[s.low[a]]
				q.SpeakerName = trimDeterminer(doc.Text[b0:b1])
				return
			}
		}
	}
	best, person := -1, false
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.ByteStart >= end || e.ByteEnd <= b0 || !actorType(e.Type) {
			continue
		}
		best = i // the last one: the head of "Putin's aide Yury Ushakov"
		person = person || e.Type == "PER"
	}
	if best >= 0 && end < b1 {
		// the name before the head qualifies it: its country speaks
		// through it ("Russia's embassy" is Russia's)
		if act := s.actorOf(best); act != nil && len(act.Code) >= 3 {
			q.SpeakerCode = act.Code
		}
		q.SpeakerName = trimDeterminer(doc.Text[b0:b1])
		return
	}
	if best >= 0 && doc.Entities[best].ByteEnd < head.ByteStart && !isCapital(s.word(b-1)) {
		// The head is a common noun ("Russian authorities", "Putin's
		// aide"): the entity only qualifies it.
		best, person = -1, false
	}
	if best >= 0 {
		q.SpeakerName = s.entityName(best, 0)
		if act := s.actorOf(best); act != nil {
			q.SpeakerCode = act.Code
		}
	}
	phrase := strings.ToLower(doc.Text[b0:b1])
	if b-a == 1 && personal[phrase] {
		if best < 0 {
			if p := s.personBefore(b0); p >= 0 {
				q.SpeakerName = s.entityName(p, 0)
				if act := s.actorOf(p); act != nil {
					q.SpeakerCode = act.Code
				}
			}
		}
		return
	}
	if !person && anonymous[s.low[hw]] && !definite[s.low[a]] {
		q.Anonymous = true
	}
	if q.SpeakerName == "" && !pronouns[phrase] {
		q.SpeakerName = trimDeterminer(doc.Text[b0:b1])
	}
}

// namesPerson reports whether a person's name stands in bytes [b0, b1).
func namesPerson(doc *chronicle.Document, b0, b1 int) bool {
	for _, e := range doc.Entities {
		if e.Type == "PER" && e.ByteStart >= b0 && e.ByteEnd <= b1 {
			return true
		}
	}
	return false
}

func actorType(t string) bool {
	return t == "PER" || t == "ORG" || t == "LOC" || t == "MISC" || t == "GPE" || t == "NORP"
}

// actorOf returns the actor of entity i or of the entity it refers to.
func (s *scan) actorOf(i int) *chronicle.Actor {
	e := &s.doc.Entities[i]
	if e.Actor != nil {
		return e.Actor
	}
	if e.Ref != nil && *e.Ref >= 0 && *e.Ref < len(s.doc.Entities) && *e.Ref != i {
		return s.doc.Entities[*e.Ref].Actor
	}
	return nil
}

// entityName is the full name of entity i: its actor's name, the entity it
// refers to, or the longest earlier entity of its type that ends with the
// same words ("Ushakov" → "Yury Ushakov").
func (s *scan) entityName(i, depth int) string {
	ents := s.doc.Entities
	e := &ents[i]
	text := cleanName(trimPossessive(s.doc.Text[e.ByteStart:e.ByteEnd]))
	if e.Actor != nil && e.Actor.Name != "" && e.Type == "PER" {
		// People get their full name; groups and places keep the name the
		// article gives them ("the Kremlin", not "Russian government").
		if name := cleanName(e.Actor.Name); name != text {
			return name
		}
	}
	if e.Ref != nil && *e.Ref >= 0 && *e.Ref < len(ents) && *e.Ref != i && depth < 4 {
		return s.entityName(*e.Ref, depth+1)
	}
	best := text
	for j := 0; j < i; j++ {
		o := &ents[j]
		if o.Type != e.Type {
			continue
		}
		full := cleanName(trimPossessive(s.doc.Text[o.ByteStart:o.ByteEnd]))
		if len(full) > len(best) && strings.HasSuffix(full, " "+text) {
			best = full
		}
	}
	return best
}

// cleanName drops the quotation marks and punctuation a name may have
// picked up at its edges.
func cleanName(s string) string {
	return strings.Trim(s, " \t\n“”\"‘’'«»,.:;—-―()")
}

func trimPossessive(s string) string {
	s = strings.TrimSuffix(s, "’s")
	return strings.TrimSuffix(s, "'s")
}

// personBefore returns the last person entity that ends before byte b, or
// -1: the small fallback for "he" and "she" when no actor stage resolved
// them.
func (s *scan) personBefore(b int) int {
	best := -1
	for i := range s.doc.Entities {
		e := &s.doc.Entities[i]
		if e.ByteEnd <= b && e.Type == "PER" && (best < 0 || e.ByteStart > s.doc.Entities[best].ByteStart) &&
			!s.insideQuote(e.ByteStart) {
			best = i
		}
	}
	return best
}

// insideQuote reports whether byte b lies inside a quotation, where names
// are addressed rather than speaking ("“Vladimir, STOP!”").
func (s *scan) insideQuote(b int) bool {
	for _, r := range s.regions {
		if s.toks[r.open].ByteStart > b {
			return false
		}
		if b < s.toks[r.close].ByteEnd {
			return true
		}
	}
	return false
}

func trimDeterminer(s string) string {
	return strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
}
