package sqlstore

// Page cursors, page-size limits and code-prefix patterns, so that every
// store pages and matches alike.

import (
	"encoding/base64"
	"encoding/json"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// Page sizes.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// Limit returns the page size for a requested n: the default for 0 or less,
// MaxLimit at most.
func Limit(n int) int {
	switch {
	case n <= 0:
		return DefaultLimit
	case n > MaxLimit:
		return MaxLimit
	}
	return n
}

// Cursor is the keyset position after which the next page of documents
// starts: documents are listed by publication date, then revision row, both
// descending.
type Cursor struct {
	Published string `json:"p"`
	RevID     int64  `json:"r"`
}

// EncodeCursor turns a position into an opaque, URL-safe string.
func EncodeCursor(c Cursor) string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeCursor reads what EncodeCursor wrote; anything else is EINVALID.
func DecodeCursor(s string) (Cursor, error) {
	var c Cursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil {
		return c, chronicle.Errorf(chronicle.EINVALID, "invalid cursor")
	}
	return c, nil
}

// LikePrefix is a LIKE pattern (escape character \) matching actor codes
// that start with code, case folded to upper case.
func LikePrefix(code string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(strings.ToUpper(code)) + "%"
}

// Actor is the actor stored as name and code columns, nil when both are empty.
func Actor(name, code string) *chronicle.Actor {
	if name == "" && code == "" {
		return nil
	}
	return &chronicle.Actor{Name: name, Code: code}
}

// ActorCols are the name and code columns of a, empty for nil.
func ActorCols(a *chronicle.Actor) (string, string) {
	if a == nil {
		return "", ""
	}
	return a.Name, a.Code
}

// NonNil turns nil into an empty list, so it is stored as [] not null.
func NonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}
