package story

import "github.com/chronicle-news/chronicle"

// Settle finishes a merged event read back from a store: it counts its
// independent sources, gives each figure its kind (read from its unit, which
// says it: stores keep the unit) and drops the figures that syndicated copies
// repeat, so every store reports corroboration and figures alike.
func Settle(ev *chronicle.EventCluster) {
	ev.Independent = independent(ev.Articles)
	for i := range ev.Figures {
		if ev.Figures[i].Kind == "" {
			ev.Figures[i].Kind = chronicle.FigureKind(ev.Figures[i].Unit)
		}
	}
	ev.Figures = dropRepeated(*ev)
	ev.Conflicts = chronicle.ConflictingKinds(ev.Figures)
}

// dropRepeated drops the figures that a syndicated copy repeats from its
// original in the same merged event: one source, one figure, however many
// appearances. A figure the copy adds is kept.
func dropRepeated(ev chronicle.EventCluster) []chronicle.Figure {
	root := map[string]string{}
	for _, a := range ev.Articles {
		root[a.DocID] = a.CopyOf
	}
	type key struct {
		doc, unit, speaker string
		q                  float64
	}
	given := map[key]bool{}
	for _, f := range ev.Figures {
		given[key{f.DocID, f.Unit, f.Speaker, f.Quantity}] = true
	}
	out := ev.Figures[:0]
	for _, f := range ev.Figures {
		if r := root[f.DocID]; r != "" && given[key{r, f.Unit, f.Speaker, f.Quantity}] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// independent counts the distinct originals among a merged event's
// articles: a copy counts as its original, once.
func independent(arts []chronicle.ClusterArticle) int {
	roots := map[string]bool{}
	for _, a := range arts {
		r := a.DocID
		if a.CopyOf != "" {
			r = a.CopyOf
		}
		roots[r] = true
	}
	return len(roots)
}
