package chronicle

import "testing"

func TestCheckIDRefusesPathTricks(t *testing.T) {
	for _, id := range []string{"", "zz/../xss/3", "./a", "a/.", "/xss/3", "a//b", "a/", "a\x00b", "a\nb", "\xff"} {
		if err := CheckID(id); ErrorCode(err) != EINVALID {
			t.Errorf("CheckID(%q) = %v, want an invalid-id error", id, err)
		}
	}
	for _, id := range []string{"business/001", "moscow-talks", "bbc.co.uk/news/world-123", "a..b/c.d", "pasted/0123abcd", "tag:x,2024:1"} {
		if err := CheckID(id); err != nil {
			t.Errorf("CheckID(%q) = %v", id, err)
		}
	}
}

func TestCanonicalIDResolvesLikeAURL(t *testing.T) {
	cases := map[string]string{
		"example.com/a/../b":  "example.com/b",
		"example.com//a/./b/": "example.com/a/b",
		"a/b/../../../etc":    "etc",
		"/xss/3":              "xss/3",
		"zz/../xss/3":         "xss/3",
		"plain":               "plain",
		"a\x00b":              "ab",
		"":                    "",
	}
	for in, want := range cases {
		got := CanonicalID(in)
		if got != want {
			t.Errorf("CanonicalID(%q) = %q, want %q", in, got, want)
		}
		if got != "" && CheckID(got) != nil {
			t.Errorf("CanonicalID(%q) = %q fails CheckID: %v", in, got, CheckID(got))
		}
	}
}
