package html

import (
	"bytes"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
)

// parse decodes raw to UTF-8 and parses it into a tree fit for the
// extractors: no deeper than opts.MaxDepth, no larger than opts.MaxElements.
func parse(raw []byte, opts Options) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(decode(raw)))
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "parse html: %w", err)
	}
	if n := flatten(doc, opts.MaxDepth); n > opts.MaxElements {
		return nil, chronicle.Errorf(chronicle.ETOOLARGE, "page has %d elements, more than %d", n, opts.MaxElements)
	}
	return doc, nil
}

// decode returns raw as valid UTF-8. A byte-order mark decides first. Input
// that is already valid UTF-8 is taken as UTF-8 whatever its meta tag says:
// pages that declare a legacy charset but are served in UTF-8 are common, and
// the reverse almost never validates. Otherwise the charset comes from the
// meta prescan, falling back to windows-1252 as browsers do.
func decode(raw []byte) []byte {
	switch {
	case bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")):
		return bytes.ToValidUTF8(raw[3:], []byte("\uFFFD"))
	case bytes.HasPrefix(raw, []byte("\xFE\xFF")), bytes.HasPrefix(raw, []byte("\xFF\xFE")):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(raw)
		if err == nil {
			return bytes.ToValidUTF8(out, []byte("\uFFFD"))
		}
	case utf8.Valid(raw):
		return raw
	}
	enc, name, _ := charset.DetermineEncoding(raw, "")
	if enc == nil || name == "utf-8" {
		return bytes.ToValidUTF8(raw, []byte("\uFFFD"))
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return bytes.ToValidUTF8(raw, []byte("\uFFFD"))
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD"))
}

// flatten lifts every node deeper than maxDepth up to that depth, keeping
// document order, and returns the number of elements in the tree. It walks
// the tree without recursion, so any depth is safe here; the extractors
// recurse and get a bounded tree.
func flatten(doc *html.Node, maxDepth int) int {
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
		for c := f.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{c, f.depth + 1})
		}
	}
	return elements
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
