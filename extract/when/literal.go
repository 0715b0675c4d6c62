package when

import (
	"regexp/syntax"
	"strings"
)

// required returns strings one of which every match of the regular
// expression expr contains, or nil when it finds none: Find skips a rule
// whose strings a sentence lacks, which is most rules for most sentences,
// instead of running its regular expression over the sentence.
func required(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	need, _ := requiredOf(re)
	return need
}

// maxSet bounds the sets of strings worked with.
const maxSet = 64

// exactOf returns every string re matches, when there are few.
func exactOf(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpCapture:
		return exactOf(re.Sub[0])
	case syntax.OpQuest:
		s, ok := exactOf(re.Sub[0])
		return append(s, ""), ok && len(s) < maxSet
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s, ok := exactOf(sub)
			if !ok || len(out)+len(s) > maxSet {
				return nil, false
			}
			out = append(out, s...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			s, ok := exactOf(sub)
			if !ok || len(out)*len(s) > maxSet {
				return nil, false
			}
			out = cross(out, s)
		}
		return out, true
	}
	return nil, false
}

func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

// requiredOf returns strings one of which every match of re contains.
func requiredOf(re *syntax.Regexp) ([]string, bool) {
	if s, ok := exactOf(re); ok {
		return s, shortest(s) > 0
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return requiredOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredOf(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s, ok := requiredOf(sub)
			if !ok {
				return nil, false
			}
			out = append(out, s...)
		}
		return out, true
	case syntax.OpConcat:
		// The best of: each part's own strings, and the strings of each run
		// of parts that match few strings exactly, taken together.
		var best []string
		consider := func(s []string) {
			if shortest(s) > shortest(best) {
				best = s
			}
		}
		run := []string{""}
		for _, sub := range re.Sub {
			if s, ok := exactOf(sub); ok && len(run)*len(s) <= maxSet {
				run = cross(run, s)
				consider(run)
				continue
			}
			run = []string{""}
			if s, ok := exactOf(sub); ok {
				run = s
			}
			if s, ok := requiredOf(sub); ok {
				consider(s)
			}
		}
		return best, best != nil
	}
	return nil, false
}

// shortest is the length of the shortest string of s, 0 for none.
func shortest(s []string) int {
	if len(s) == 0 {
		return 0
	}
	n := len(s[0])
	for _, x := range s[1:] {
		n = min(n, len(x))
	}
	return n
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
