// Package textenc decodes web pages and feeds to UTF-8 when they come in a
// legacy charset that is undeclared or wrongly declared, as feeds of
// Russian-, Ukrainian- and Hebrew-language outlets often do (KOI8-R,
// Windows-1251, Windows-1255 …).
//
// Detection is gogs/chardet's port of ICU's statistical detectors; the
// decoders are golang.org/x/text's, looked up by their WHATWG names. This
// package only decides between what the input declares and what the bytes
// say.
package textenc

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// overrideConfidence is the chardet confidence (0–100) from which the bytes'
// own charset wins over a declared one of another script: a page declared
// Latin-1 whose bytes read as Cyrillic was mislabelled, not the reverse.
const overrideConfidence = 50

// Result tells how Decode read its input.
type Result struct {
	// Charset is the WHATWG name of the charset used ("utf-8",
	// "windows-1251", "koi8-r", …).
	Charset string
	// Declared is the charset the input declared, if any, normalised.
	Declared string
	// Detected is true when the charset was told from the bytes, the
	// declaration being absent or wrong.
	Detected bool
}

// Decode returns b as valid UTF-8. A byte-order mark decides first; input
// that is valid UTF-8 is UTF-8 whatever it declares (the reverse
// mislabelling almost never validates); otherwise the declared charset is
// used unless chardet reads the bytes, with confidence, as a charset of
// another script, and with no declaration chardet decides, falling back to
// windows-1252 as browsers do. declared is the label the input gives ("" if
// none).
func Decode(b []byte, declared string) ([]byte, Result) {
	declaredName := Normalize(declared)
	res := Result{Declared: declaredName}
	switch {
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		res.Charset = "utf-8"
		return bytes.ToValidUTF8(b[3:], []byte("\uFFFD")), res
	case bytes.HasPrefix(b, []byte("\xFE\xFF")), bytes.HasPrefix(b, []byte("\xFF\xFE")):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(b)
		if err == nil {
			res.Charset = "utf-16"
			return bytes.ToValidUTF8(out, []byte("\uFFFD")), res
		}
	case utf8.Valid(b):
		res.Charset = "utf-8"
		res.Detected = declaredName != "" && declaredName != "utf-8" && hasNonASCII(b)
		return b, res
	}
	name, detected := choose(b, declaredName)
	res.Charset, res.Detected = name, detected
	enc := lookup(name)
	if enc == nil {
		res.Charset = "windows-1252"
		enc = lookup(res.Charset)
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return bytes.ToValidUTF8(b, []byte("\uFFFD")), res
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), res
}

// choose picks the charset of b, which is not valid UTF-8.
func choose(b []byte, declared string) (string, bool) {
	best := detect(b)
	if declared != "" && declared != "utf-8" && lookup(declared) != nil {
		if best.name == "" || best.name == declared {
			return declared, false
		}
		if script(best.name) != script(declared) && (best.confidence >= overrideConfidence ||
			script(declared) == "latin" && best.confidence >= weakConfidence && highShare(b) > maxLatinHighShare) {
			return best.name, true
		}
		return declared, false
	}
	if best.name != "" && best.name != "utf-8" && lookup(best.name) != nil {
		return best.name, true
	}
	return "windows-1252", true
}

// A Latin-script language written in a one-byte charset has most of its
// letters in ASCII (French, German, Polish: well under a third above 0x7F);
// a text whose letters are mostly above 0x7F is in another script whatever
// its label says, and a weaker detection is then enough to override it.
const (
	maxLatinHighShare = 0.4
	weakConfidence    = 20
)

// highShare returns the share of bytes above 0x7F among the letters of b's
// text outside markup.
func highShare(b []byte) float64 {
	high, letters := 0, 0
	in := false
	for _, c := range b {
		switch {
		case c == '<':
			in = true
		case c == '>':
			in = false
		case in:
		case c >= 0x80:
			high++
			letters++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(high) / float64(letters)
}

type guess struct {
	name       string
	confidence int
}

// detect runs chardet over b with markup ignored.
func detect(b []byte) guess {
	r, err := chardet.NewHtmlDetector().DetectBest(b)
	if err != nil || r == nil {
		return guess{}
	}
	return guess{name: Normalize(r.Charset), confidence: r.Confidence}
}

// Normalize returns the WHATWG name of a charset label, or "" for a label
// no decoder knows.
func Normalize(label string) string {
	label = strings.ToLower(strings.TrimSpace(label))
	if label == "" {
		return ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return ""
	}
	return name
}

func lookup(name string) encoding.Encoding {
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil
	}
	return enc
}

// script groups charsets by the alphabet they encode.
func script(name string) string {
	switch name {
	case "windows-1251", "koi8-r", "koi8-u", "iso-8859-5", "ibm866", "x-mac-cyrillic":
		return "cyrillic"
	case "windows-1255", "iso-8859-8", "iso-8859-8-i":
		return "hebrew"
	case "windows-1256", "iso-8859-6":
		return "arabic"
	case "windows-1253", "iso-8859-7":
		return "greek"
	case "shift_jis", "euc-jp", "iso-2022-jp", "gbk", "gb18030", "big5", "euc-kr":
		return "cjk"
	}
	return "latin"
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// XMLDeclared returns the encoding an XML declaration at the start of b
// names, or "".
func XMLDeclared(b []byte) string {
	decl := xmlDecl(b)
	if decl == nil {
		return ""
	}
	return attrValue(decl, "encoding")
}

// WithoutXMLEncoding returns b with its XML declaration's encoding set to
// UTF-8, for a body that Decode has turned into UTF-8, so that an XML parser
// does not decode it a second time.
func WithoutXMLEncoding(b []byte) []byte {
	decl := xmlDecl(b)
	if decl == nil {
		return b
	}
	start := bytes.Index(b, decl)
	v := attrValue(decl, "encoding")
	if v == "" {
		return b
	}
	i := bytes.Index(decl, []byte(v))
	out := make([]byte, 0, len(b))
	out = append(out, b[:start+i]...)
	out = append(out, "UTF-8"...)
	out = append(out, b[start+i+len(v):]...)
	return out
}

// xmlDecl returns the XML declaration at the start of b (after white space
// and a UTF-8 BOM), or nil.
func xmlDecl(b []byte) []byte {
	t := bytes.TrimLeft(bytes.TrimPrefix(bytes.TrimLeft(b, " \t\r\n"), []byte("\xEF\xBB\xBF")), " \t\r\n")
	if !bytes.HasPrefix(t, []byte("<?xml")) {
		return nil
	}
	end := bytes.Index(t, []byte("?>"))
	if end < 0 || end > 512 {
		return nil
	}
	return t[:end]
}

func attrValue(decl []byte, key string) string {
	s := string(decl)
	i := strings.Index(s, key)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(s[i+len(key):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	q := rest[0]
	j := strings.IndexByte(rest[1:], q)
	if j < 0 {
		return ""
	}
	return rest[1 : 1+j]
}

// metaCharset finds a charset in a <meta charset> or <meta http-equiv
// content="…; charset=…"> tag.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.()-]+)`)

// HTMLDeclared returns the charset a page's meta tags declare in its first
// 4 KB (where the HTML standard's prescan looks), or "".
func HTMLDeclared(b []byte) string {
	m := metaCharset.FindSubmatch(b[:min(len(b), 4096)])
	if m == nil {
		return ""
	}
	return string(m[1])
}

// NonLatin returns the charset of b, which is not valid UTF-8, when its
// letters are mostly above 0x7F and chardet reads it as a non-Latin script
// (KOI8-R, Windows-1251, Windows-1255 …), for plain text, which declares
// nothing; ok is false for text a Latin charset explains.
func NonLatin(b []byte) (string, bool) {
	best := detect(b)
	if best.name == "" || script(best.name) == "latin" || lookup(best.name) == nil {
		return "", false
	}
	if best.confidence < overrideConfidence && (best.confidence < weakConfidence || highShare(b) <= maxLatinHighShare) {
		return "", false
	}
	return best.name, true
}

// DecodeAs decodes b from the named charset to valid UTF-8.
func DecodeAs(b []byte, name string) ([]byte, error) {
	enc := lookup(name)
	if enc == nil {
		return nil, errors.New("unknown charset " + name)
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, err
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), nil
}
