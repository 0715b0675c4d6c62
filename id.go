package chronicle

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxIDLength bounds a document id, in bytes.
const MaxIDLength = 1024

// CheckID refuses a document id that cannot name one article in a URL path:
// an empty id, one with an empty segment (a leading, trailing or doubled
// "/") or a dot segment ("." or ".."), which a browser or an HTTP router
// resolves to another path — and so to another article — and one with
// control characters or invalid UTF-8. Ids may hold slashes ("business/001").
func CheckID(id string) error {
	switch {
	case id == "":
		return Errorf(EINVALID, "document id is empty")
	case len(id) > MaxIDLength:
		return Errorf(EINVALID, "document id is longer than %d bytes", MaxIDLength)
	case !utf8.ValidString(id):
		return Errorf(EINVALID, "document id %q is not valid UTF-8", id)
	case strings.IndexFunc(id, unicode.IsControl) >= 0:
		return Errorf(EINVALID, "document id %q holds a control character", id)
	}
	for _, seg := range strings.Split(id, "/") {
		switch seg {
		case "":
			return Errorf(EINVALID, "document id %q has an empty segment (a leading, trailing or doubled /)", id)
		case ".", "..":
			return Errorf(EINVALID, "document id %q has a %q segment; ids name articles, not relative paths", id, seg)
		}
	}
	return nil
}

// CanonicalID turns an id derived from a URL path, a feed GUID or a file name
// into one CheckID accepts, the way a URL resolves: "." segments and empty
// segments are dropped and ".." removes the segment before it; control characters are dropped. It returns "" when nothing is
// left.
func CanonicalID(id string) string {
	id = strings.ToValidUTF8(id, "\uFFFD")
	id = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, id)
	var segs []string
	for _, seg := range strings.Split(id, "/") {
		switch seg {
		case "", ".":
		case "..":
			if len(segs) > 0 {
				segs = segs[:len(segs)-1]
			}
		default:
			segs = append(segs, seg)
		}
	}
	id = strings.Join(segs, "/")
	if len(id) > MaxIDLength {
		id = strings.ToValidUTF8(id[:MaxIDLength], "")
		id = strings.TrimRight(id, "/")
	}
	return id
}
