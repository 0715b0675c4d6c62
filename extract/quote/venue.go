package quote

import "strings"

// venue names where a quote was given, when its sentence says so outside
// the content: "an interview with Time magazine", "Truth Social", "CBS News",
// "a press conference", "a statement", "state TV".
func (s *scan) venue(f *found) string {
	st := s.doc.Sentences[f.sentence]
	lo, hi := st.FirstToken, st.LastToken
	outside := func(k int) bool { return (k < f.c0 || k >= f.c1) && s.inQuote[k] == 0 }
	// "an interview with Time magazine"
	for k := lo; k < hi; k++ {
		if !outside(k) || s.low[k] != "interview" {
			continue
		}
		if k+1 < hi && s.low[k+1] == "with" {
			if a, b := s.mentionAfter(k+2, hi); a >= 0 {
				return "interview with " + s.text(a, b)
			}
		}
		return "interview"
	}
	// "wrote on the social media platform Truth Social"
	for k := lo; k < hi; k++ {
		if !outside(k) {
			continue
		}
		for _, p := range platforms {
			if !strings.HasPrefix(s.doc.Text[s.toks[k].ByteStart:], p) {
				continue
			}
			n := len(strings.Fields(p))
			if k+n > hi || s.text(k, k+n) != p || p == "X" && (k == lo || s.low[k-1] != "on") {
				continue
			}
			return p
		}
	}
	// "speaking to CBS News", "told Fox News"
	for k := lo; k+1 < hi; k++ {
		if !outside(k) {
			continue
		}
		w := s.low[k]
		if (w == "to" && k > lo && (s.low[k-1] == "speaking" || s.low[k-1] == "comments" || s.low[k-1] == "talking")) ||
			w == "told" || w == "telling" || w == "tells" {
			if e := s.entityAt(k + 1); e >= 0 && (s.doc.Entities[e].Type == "ORG" || s.doc.Entities[e].Type == "MISC") {
				en := s.doc.Entities[e]
				return s.doc.Text[en.ByteStart:en.ByteEnd]
			}
		}
	}
	// "at a press conference", "in a statement", "on state TV"
	for k := lo; k < hi; k++ {
		if !outside(k) || !venueNouns[s.low[k]] {
			continue
		}
		switch s.low[k] {
		case "post", "address", "letter", "video", "message":
			// Common words: a venue only after "in a", "on a", "via".
			if k < lo+2 || !determiners[s.low[k-1]] || !(joiners[s.low[k-2]] || s.low[k-2] == "on" || s.low[k-2] == "via") {
				continue
			}
		case "remarks", "speech", "rally", "hearing", "summit", "conference", "briefing", "broadcast":
			// where something was said: in a preposition's phrase ("in
			// his remarks", "at a rally"), not the object of a verb
			// ("dismissed the remarks as propaganda")
			if !s.afterVenuePrep(k, lo) {
				continue
			}
		}
		a := k
		for a-1 >= lo && a > k-3 && s.isWord(a-1) && outside(a-1) && !determiners[s.low[a-1]] && !stop[s.low[a-1]] &&
			!joiners[s.low[a-1]] && s.lx.isNot(s.low[a-1]) {
			a--
		}
		if a == k && (s.low[k] == "tv" || s.low[k] == "television" || s.low[k] == "radio") && !(k > lo && determiners[s.low[k-1]]) {
			if k == lo || s.low[k-1] != "on" {
				continue
			}
		}
		return s.text(a, k+1)
	}
	return ""
}

// isNot reports whether w is no cue word.
func (lx lexicon) isNot(w string) bool {
	_, ok := lx[w]
	return !ok
}

// text is the text of tokens [a, b).
func (s *scan) text(a, b int) string {
	return s.doc.Text[s.toks[a].ByteStart:s.toks[b-1].ByteEnd]
}

// entityAt returns the entity that starts at token k, or -1.
func (s *scan) entityAt(k int) int {
	b := s.toks[k].ByteStart
	for i := range s.doc.Entities {
		e := &s.doc.Entities[i]
		if e.ByteStart == b {
			return i
		}
	}
	return -1
}

// afterVenuePrep reports whether the venue noun at k stands in a
// prepositional phrase ("in", "at", "during", "on", "via", "to" …) or is
// what someone gave or held ("gave a speech"), within three words before
// it, over determiners and modifiers.
func (s *scan) afterVenuePrep(k, lo int) bool {
	for m := k - 1; m >= lo && m >= k-4; m-- {
		switch s.low[m] {
		case "in", "at", "during", "on", "via", "to", "from", "after", "before",
			"gave", "give", "gives", "giving", "delivered", "delivering", "made", "held", "holding":
			return true // … or the object of a verb of speaking there: "gave a speech"
		}
		if !s.isWord(m) {
			return false
		}
	}
	return false
}
