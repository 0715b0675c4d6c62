package http

import (
	"hash/fnv"
	"math"
	"sort"

	"github.com/chronicle-news/chronicle"
)

// Network is who acted on whom: actors as nodes on a circle, events as
// directed edges coloured by event type, laid out in Go and drawn as SVG by
// the template.
type Network struct {
	Width, Height int
	Nodes         []NetNode
	Edges         []NetEdge
	Legend        []NetType
}

// NetNode is one actor.
type NetNode struct {
	Key, Label string
	X, Y, R    float64
	// LX, LY and Anchor place the label outside the circle.
	LX, LY float64
	Anchor string
	Degree int
}

// NetEdge is every event of one type from one actor to another.
type NetEdge struct {
	Type, Color string
	Source      string
	Target      string
	Count       int
	X1, Y1      float64
	X2, Y2      float64
	CX, CY      float64 // control point of the curve
	Width       float64
	Title       string
}

// NetType is one legend entry.
type NetType struct {
	Type, Color string
	Count       int
}

// eventColors gives the common PLOVER types fixed colours; others get one
// from a hash of the name.
var eventColors = map[string]string{
	"ASSAULT": "#c0392b", "FIGHT": "#e74c3c", "COERCE": "#d35400", "THREATEN": "#e67e22",
	"SANCTION": "#a04000", "ACCUSE": "#8e44ad", "DISAPPROVE": "#9b59b6", "REJECT": "#6c3483",
	"DEMAND": "#b7950b", "REQUEST": "#d4ac0d", "PROTEST": "#7d6608",
	"CONSULT": "#2471a3", "AGREE": "#1e8449", "COOPERATE": "#27ae60", "SUPPORT": "#229954",
	"AID": "#17a589", "CONCEDE": "#148f77", "RETREAT": "#5d6d7e", "MOBILIZE": "#922b21",
	"INVESTIGATE": "#34495e", "ENGAGE": "#2e86c1",
}

func eventColor(t string) string {
	if c, ok := eventColors[t]; ok {
		return c
	}
	h := fnv.New32a()
	h.Write([]byte(t))
	v := h.Sum32()
	return "#" + hex2(60+v%120) + hex2(60+(v>>8)%120) + hex2(60+(v>>16)%120)
}

func hex2(v uint32) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[v>>4&15], digits[v&15]})
}

func actorKey(a *chronicle.Actor) string {
	if a == nil {
		return ""
	}
	if a.Code != "" {
		return a.Code
	}
	return a.Name
}

// maxNodes caps the actors drawn: the most connected are kept.
const maxNodes = 24

// buildNetwork lays out the actors of every event in docs that has both a
// source and a target.
func buildNetwork(docs []*chronicle.Document) Network {
	type edgeKey struct{ from, to, typ string }
	edges := map[edgeKey]int{}
	labels := map[string]string{}
	degree := map[string]int{}
	types := map[string]int{}
	for _, d := range docs {
		for _, ev := range d.Events {
			from, to := actorKey(ev.Source), actorKey(ev.Target)
			if from == "" || to == "" || from == to || ev.Negated {
				continue
			}
			edges[edgeKey{from, to, ev.Type}]++
			labels[from], labels[to] = actorLabel(ev.Source), actorLabel(ev.Target)
			degree[from]++
			degree[to]++
			types[ev.Type]++
		}
	}
	keys := make([]string, 0, len(degree))
	for k := range degree {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if degree[keys[i]] != degree[keys[j]] {
			return degree[keys[i]] > degree[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > maxNodes {
		keys = keys[:maxNodes]
	}
	// Alphabetical order round the circle is stable as data grows.
	sort.Strings(keys)
	n := Network{Width: 720, Height: 560}
	cx, cy := float64(n.Width)/2, float64(n.Height)/2
	radius := math.Min(cx, cy) - 110
	index := map[string]int{}
	for i, k := range keys {
		a := 2*math.Pi*float64(i)/float64(len(keys)) - math.Pi/2
		x, y := cx+radius*math.Cos(a), cy+radius*math.Sin(a)
		anchor := "start"
		if math.Cos(a) < -0.2 {
			anchor = "end"
		} else if math.Abs(math.Cos(a)) <= 0.2 {
			anchor = "middle"
		}
		lx, ly := cx+(radius+16)*math.Cos(a), cy+(radius+16)*math.Sin(a)+4
		index[k] = i
		n.Nodes = append(n.Nodes, NetNode{Key: k, Label: labels[k], X: round1(x), Y: round1(y),
			R: round1(5 + math.Min(12, math.Sqrt(float64(degree[k]))*2)), LX: round1(lx), LY: round1(ly), Anchor: anchor, Degree: degree[k]})
	}
	ek := make([]edgeKey, 0, len(edges))
	for k := range edges {
		if _, ok := index[k.from]; !ok {
			continue
		}
		if _, ok := index[k.to]; !ok {
			continue
		}
		ek = append(ek, k)
	}
	sort.Slice(ek, func(i, j int) bool {
		a, b := ek[i], ek[j]
		if a.from != b.from {
			return a.from < b.from
		}
		if a.to != b.to {
			return a.to < b.to
		}
		return a.typ < b.typ
	})
	for _, k := range ek {
		a, b := n.Nodes[index[k.from]], n.Nodes[index[k.to]]
		// Bend each edge towards the centre so that A→B and B→A part.
		mx, my := (a.X+b.X)/2, (a.Y+b.Y)/2
		dx, dy := b.X-a.X, b.Y-a.Y
		l := math.Hypot(dx, dy)
		off := 0.18 * l
		c := edges[k]
		n.Edges = append(n.Edges, NetEdge{Type: k.typ, Color: eventColor(k.typ), Source: labels[k.from], Target: labels[k.to], Count: c,
			X1: a.X, Y1: a.Y, X2: b.X, Y2: b.Y, CX: round1(mx - dy/l*off), CY: round1(my + dx/l*off),
			Width: round1(1.2 + math.Min(5, float64(c)*0.8)),
			Title: labels[k.from] + " → " + labels[k.to] + ": " + k.typ + " ×" + itoa(c)})
	}
	for t, c := range types {
		n.Legend = append(n.Legend, NetType{Type: t, Color: eventColor(t), Count: c})
	}
	sort.Slice(n.Legend, func(i, j int) bool {
		if n.Legend[i].Count != n.Legend[j].Count {
			return n.Legend[i].Count > n.Legend[j].Count
		}
		return n.Legend[i].Type < n.Legend[j].Type
	})
	return n
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
