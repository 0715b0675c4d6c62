package html

import (
	"bytes"
	"strings"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest/textenc"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nestingLimits are the tag depths tried, in turn, on markup the parser
// refuses for nesting deeper than its limit of 512 open elements; the parser
// adds elements of its own (tbody, tr, …), so a few caps are tried.
var nestingLimits = [...]int{256, 96, 32}

// parse decodes raw to UTF-8 and parses it into a tree fit for the
// extractors: scripts and styles removed, no deeper than opts.MaxDepth, no
// larger than opts.MaxElements.
func parse(raw []byte, opts Options) (*html.Node, error) {
	if isBinary(raw) {
		return nil, chronicle.Errorf(chronicle.EINVALID, "input is binary data, not HTML")
	}
	text := decode(raw)
	doc, err := html.Parse(bytes.NewReader(text))
	for _, limit := range nestingLimits {
		if err == nil {
			break
		}
		// The parser refuses markup nested deeper than 512 elements; drop
		// the excess start tags and parse again rather than lose the page.
		doc, err = html.Parse(bytes.NewReader(capNesting(text, limit)))
	}
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "parse html: %w", err)
	}
	if n := prune(doc, opts.MaxDepth); n > opts.MaxElements {
		return nil, chronicle.Errorf(chronicle.ETOOLARGE, "page has %d elements, more than %d", n, opts.MaxElements)
	}
	return doc, nil
}

// isBinary reports whether raw looks like binary data rather than text, by
// the share of control bytes that text never has (as in the WHATWG MIME
// sniffing rules, but tolerant of a few strays in real pages).
func isBinary(raw []byte) bool {
	if hasBOM(raw) {
		return false
	}
	head := raw[:min(len(raw), 4096)]
	ctl := 0
	for _, b := range head {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B {
			ctl++
		}
	}
	return ctl*100 > len(head)
}

// decode returns raw as valid UTF-8: a byte-order mark decides first, valid
// UTF-8 is UTF-8 whatever the meta tag says, and otherwise the declared
// charset is used unless the bytes plainly read as another script's (see
// package textenc).
func decode(raw []byte) []byte {
	out, _ := textenc.Decode(raw, textenc.HTMLDeclared(raw))
	return out
}

// capNesting re-tokenises markup, dropping start tags (and their end tags)
// that would open more than limit elements at once. It tracks nesting by tag
// names only, not by the full tree-building rules, so it is used only when
// the parser has refused the page.
func capNesting(text []byte, limit int) []byte {
	var out bytes.Buffer
	var open []string
	dropped := map[string]int{}
	z := html.NewTokenizer(bytes.NewReader(text))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes() // io.EOF, or a read error of an in-memory reader
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if isVoid(atom.Lookup(name)) {
				break
			}
			if len(open) >= limit {
				dropped[string(name)]++
				continue
			}
			open = append(open, string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			if dropped[string(name)] > 0 {
				dropped[string(name)]--
				continue
			}
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == string(name) {
					open = open[:i]
					break
				}
			}
		}
		out.Write(raw)
	}
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// prune removes scripts (except JSON-LD metadata), styles and templates,
// lifts every node deeper than maxDepth up to that depth, and returns the
// number of elements left. Removing scripts here, as whole nodes, keeps the
// text around them, which an extractor that strips them itself may lose. It
// walks the tree without recursion, so any depth is safe here.
func prune(doc *html.Node, maxDepth int) int {
	type frame struct {
		n     *html.Node
		depth int
	}
	elements := 0
	stack := []frame{{doc, 0}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.n.Type == html.ElementNode {
			elements++
		}
		if f.depth == maxDepth && f.n.FirstChild != nil {
			liftDescendants(f.n)
		}
		for c := f.n.LastChild; c != nil; {
			prev := c.PrevSibling
			if isJunk(c) {
				f.n.RemoveChild(c)
			} else {
				stack = append(stack, frame{c, f.depth + 1})
			}
			c = prev
		}
	}
	return elements
}

// isJunk reports whether n holds no article text: a script other than
// JSON-LD, a style sheet, a template, a comment, or an element whose content
// the parser keeps as raw markup (noscript, iframe, textarea) or that holds
// graphics (svg, math).
func isJunk(n *html.Node) bool {
	if n.Type == html.CommentNode {
		return true
	}
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Style, atom.Template, atom.Noscript, atom.Iframe, atom.Textarea, atom.Svg, atom.Math:
		return true
	case atom.Script:
		for _, a := range n.Attr {
			if a.Key == "type" && strings.Contains(strings.ToLower(a.Val), "ld+json") {
				return false
			}
		}
		return true
	}
	return false
}

// liftDescendants makes every descendant of n a direct child of n, in
// document order, so that n's subtree is one level deep.
func liftDescendants(n *html.Node) {
	var order []*html.Node
	stack := []*html.Node{}
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		stack = append(stack, c)
	}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		order = append(order, c)
		for g := c.LastChild; g != nil; g = g.PrevSibling {
			stack = append(stack, g)
		}
	}
	for _, c := range order {
		c.Parent, c.FirstChild, c.LastChild, c.PrevSibling, c.NextSibling = nil, nil, nil, nil, nil
	}
	n.FirstChild, n.LastChild = nil, nil
	for _, c := range order {
		n.AppendChild(c)
	}
}
