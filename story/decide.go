package story

import (
	"math"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// Merge decision weights. An event joins a merged event when its score
// reaches mergeScore; the parts are:
//   - date: both dated and at most the window apart, else no merge; up to
//     +0.5 the closer they are;
//   - actors: each of source and target scores +1 for the same actor, +0.5
//     for the same country, and rules the merge out for another country;
//   - place: +0.75 for the same place, -1.5 for another one (two strikes on
//     two cities the same day are two events);
//   - type: the same, or -0.25 for a type of the same family (ASSAULT and
//     FIGHT); any other type rules the merge out;
//   - wording: 3 × the topic similarity of the reports.
//
// Without a date on either side the reports must share their wording
// (topic similarity ≥ undatedTopic); without an agreeing actor or place, too
// (≥ bareTopic).
const (
	mergeScore   = 1.5
	undatedTopic = 0.3
	bareTopic    = 0.3
)

// Score scores how well event e fits merged event c, and whether it may join
// at all. window is the largest gap in days between their dates.
func Score(e, c Cluster, window int) (float64, bool) {
	score := 0.0
	if e.Type != c.Type {
		if family(e.Type) != family(c.Type) {
			return 0, false
		}
		score -= 0.25
	}
	topic := Similarity(e.Topic, c.Topic)
	dated := !e.Date.IsZero() && !c.Date.IsZero()
	if dated {
		d := math.Abs(e.Date.Sub(c.Date.Time).Hours() / 24)
		if d > float64(window) {
			return 0, false
		}
		score += 0.5 * (1 - d/float64(window+1))
	} else if topic < undatedTopic {
		return 0, false
	}
	agree := false
	for _, p := range [][2]*chronicle.Actor{{e.Source, c.Source}, {e.Target, c.Target}} {
		s, ok := actorScore(p[0], p[1])
		if !ok {
			return 0, false
		}
		score += s
		agree = agree || s > 0
	}
	if e.Location != "" && c.Location != "" {
		if strings.EqualFold(e.Location, c.Location) {
			score += 0.75
			agree = true
		} else {
			score -= 1.5
		}
	}
	if !agree && topic < bareTopic {
		return 0, false
	}
	score += 3 * topic
	return score, score >= mergeScore
}

// family groups event types that outlets code one event as: an attack is
// ASSAULT in one report and FIGHT in another.
func family(t string) string {
	switch t {
	case "ASSAULT", "FIGHT":
		return "VIOLENCE"
	}
	return t
}

// actorScore compares two actors in the same role: 1 for the same actor, 0.5
// for the same country, 0 when either is unknown; ok is false when they are
// of different countries.
func actorScore(a, b *chronicle.Actor) (float64, bool) {
	if a == nil || b == nil {
		return 0, true
	}
	if a.Code != "" && a.Code == b.Code || a.Name != "" && strings.EqualFold(a.Name, b.Name) {
		return 1, true
	}
	ca, cb := country(a), country(b)
	if ca == "" || cb == "" {
		return 0, true
	}
	if ca == cb {
		return 0.5, true
	}
	return 0, false
}

// Best returns the candidate that e fits best, and its score, or nil when it
// fits none. Ties go to the candidate with the smaller id, so that the choice
// does not depend on the order candidates come in.
func Best(e Cluster, cands []Cluster, window int) (*Cluster, float64) {
	var best *Cluster
	bestScore := 0.0
	for i := range cands {
		s, ok := Score(e, cands[i], window)
		if !ok {
			continue
		}
		if best == nil || s > bestScore || s == bestScore && cands[i].ID < best.ID {
			best, bestScore = &cands[i], s
		}
	}
	return best, bestScore
}
