package http

import (
	nethttp "net/http"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle"
)

// cleanQuery rewrites a read's query parameters so that what reaches a store
// is printable text: control characters (a NUL breaks SQLite FTS5 and
// PostgreSQL alike) become spaces, invalid UTF-8 is dropped. Search words
// are quoted by the stores, so no other character is special.
func cleanQuery(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if r.URL.RawQuery != "" {
			q := r.URL.Query()
			for k, vs := range q {
				for i, v := range vs {
					vs[i] = cleanText(v)
				}
				q[k] = vs
			}
			u := *r.URL
			u.RawQuery = q.Encode()
			r2 := r.Clone(r.Context())
			r2.URL = &u
			r = r2
		}
		next.ServeHTTP(w, r)
	})
}

func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "")
	return strings.Map(func(c rune) rune {
		if unicode.IsControl(c) {
			return ' '
		}
		return c
	}, s)
}

// checkPathID refuses an article path whose id part has a dot or empty
// segment. The router would otherwise answer it with a redirect to the
// cleaned path — that is, to another article ("/articles//xss/3" or
// "/articles/zz/../xss/3" to "/articles/xss/3"). Stored ids never hold such
// segments (chronicle.CheckID).
func checkPathID(r *nethttp.Request) error {
	p := r.URL.Path
	for _, prefix := range []string{"/api/articles/", "/articles/"} {
		if id, ok := strings.CutPrefix(p, prefix); ok {
			if id == "" {
				return nil // the list (or a trailing slash on it)
			}
			if err := chronicle.CheckID(id); err != nil {
				return chronicle.Errorf(chronicle.EINVALID, "no article can have this id: %v", chronicle.ErrorMessage(err))
			}
		}
	}
	return nil
}
