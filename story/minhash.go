package story

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Signature sizes. Copies use Perms bins over word 3-shingles,
// split into Bands bands of Rows rows for LSH: two texts with Jaccard
// similarity s share a band with probability 1-(1-s^Rows)^Bands, which is
// 0.97 at s = 0.7 and 0.13 at s = 0.3. Topic signatures (content words, for
// comparing reports of one event by different outlets) use TopicPerms.
const (
	Perms      = 100
	Bands      = 20
	Rows       = Perms / Bands
	TopicPerms = 64
	shingle    = 3
)

// Signature is a MinHash signature: for each bin, the least hash of the
// text's features that fall into it.
type Signature []uint32

func splitmix(x uint64) uint64 {
	x += 0x9E3779B97F4A7C15
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9
	x = (x ^ (x >> 27)) * 0x94D049BB133111EB
	return x ^ (x >> 31)
}

// minhash returns the n-bin signature of the feature hashes by one
// permutation hashing (Li, Owen and Zhang, 2012): each feature falls into
// one bin by its hash and a bin keeps its least value, so signing costs one
// step per feature rather than n. Empty bins borrow from the next non-empty
// bin to their right, mixed with the distance (rotation densification,
// Shrivastava and Li, 2014), so that two texts agree on a bin with
// probability close to their Jaccard similarity however short they are.
func minhash(features []uint64, n int) Signature {
	sig := make(Signature, n)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	if len(features) == 0 {
		return sig
	}
	filled := make([]bool, n)
	for _, f := range features {
		h := splitmix(f)
		bin := int((h >> 32) * uint64(n) >> 32)
		if v := uint32(h); !filled[bin] || v < sig[bin] {
			sig[bin], filled[bin] = v, true
		}
	}
	for i := range sig {
		if filled[i] {
			continue
		}
		for d := 1; d < n; d++ {
			if j := (i + d) % n; filled[j] {
				sig[i] = uint32(splitmix(uint64(sig[j]) + uint64(d)*0x9E3779B97F4A7C15))
				break
			}
		}
	}
	return sig
}

// Similarity estimates the Jaccard similarity of the texts behind a and b:
// the share of bins on which they agree. Empty signatures (texts
// without features) are similar to nothing.
func Similarity(a, b Signature) float64 {
	n := min(len(a), len(b))
	if n == 0 || empty(a) || empty(b) {
		return 0
	}
	same := 0
	for i := 0; i < n; i++ {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(n)
}

func empty(s Signature) bool {
	for _, v := range s {
		if v != ^uint32(0) {
			return false
		}
	}
	return true
}

// BandKeys returns one LSH key per band of a copy signature: texts that share
// a key are candidates for a near-duplicate check. The band number is mixed
// into the key, so keys of different bands never collide by design.
func BandKeys(sig Signature) []uint64 {
	if len(sig) < Perms || empty(sig) {
		return nil
	}
	keys := make([]uint64, Bands)
	for b := 0; b < Bands; b++ {
		h := splitmix(uint64(b) + 1)
		for r := 0; r < Rows; r++ {
			h = splitmix(h ^ uint64(sig[b*Rows+r]))
		}
		// SQLite integers are signed 64-bit: keep keys positive.
		keys[b] = h >> 1
	}
	return keys
}

// token is a lower-cased word and its byte range in the text.
type token struct {
	s          string
	start, end int
}

// tokens splits text into words of letters and digits, lower-cased, with
// their byte offsets. A comma or point between digits stays inside the word
// (5,000; 1.5).
func tokens(text string) []token {
	var out []token
	scan(text, func(w []byte, start, end int) {
		out = append(out, token{string(w), start, end})
	})
	return out
}

// scan calls fn with each lower-cased word of text and its byte range; w is
// reused between calls. ASCII takes a fast path.
func scan(text string, fn func(w []byte, start, end int)) {
	buf := make([]byte, 0, 64)
	start := -1
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case (c == ',' || c == '.') && start >= 0 && isDigit(buf[len(buf)-1]) && i+1 < len(text) && isDigit(text[i+1]):
			default:
				if start >= 0 {
					fn(buf, start, i)
					buf, start = buf[:0], -1
				}
				i++
				continue
			}
			if start < 0 {
				start = i
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			if start >= 0 {
				fn(buf, start, i)
				buf, start = buf[:0], -1
			}
			i += size
			continue
		}
		if start < 0 {
			start = i
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += size
	}
	if start >= 0 {
		fn(buf, start, len(text))
	}
}

// wordHashes returns the hash of every word of text, and those of its
// content words (three letters or more, no stop word).
func wordHashes(text string) (all, content []uint64) {
	all = make([]uint64, 0, len(text)/6)
	scan(text, func(w []byte, _, _ int) {
		h := hashBytes(w)
		all = append(all, h)
		if len(w) >= 3 && !stopWords[string(w)] {
			content = append(content, h)
		}
	})
	return all, content
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// hashBytes is FNV-1a, 64 bits, mixed.
func hashBytes(s []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range s {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return splitmix(h)
}

// CopySignature is the MinHash signature over the word 3-shingles of text.
// Texts shorter than three words use their words.
func CopySignature(text string) Signature {
	all, _ := wordHashes(text)
	return copySignature(all)
}

func copySignature(hs []uint64) Signature {
	if len(hs) < shingle {
		return minhash(hs, Perms)
	}
	f := make([]uint64, 0, len(hs)-shingle+1)
	for i := 0; i+shingle <= len(hs); i++ {
		h := hs[i]
		for j := 1; j < shingle; j++ {
			h = bits.RotateLeft64(h, 21) ^ hs[i+j]
		}
		f = append(f, h)
	}
	return minhash(f, Perms)
}

// TopicSignature is the MinHash signature over the content words of text
// (no stop words, no words under three letters): reports of the same event
// by different outlets share names, places and key nouns though their
// sentences differ. Repeated words fall into the same bin with the same
// value, so the signature is that of the set of words.
func TopicSignature(text string) Signature {
	_, content := wordHashes(text)
	return minhash(content, TopicPerms)
}

// stopWords are English function words and reporting verbs that say nothing
// about what a story is about.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for that with was were are his her its their they them this these those
		from have has had not but who whom which what when where why how all any been being into over under after
		before about also than then there here said says say will would could should can may might must one two
		our out off own per she him you your yours just more most other some such only very said told tells
		according added adding year years week weeks day days today yesterday monday tuesday wednesday thursday
		friday saturday sunday while during since until again against between both each few many much new
		now people upon within without via because could did does doing done made make makes mr mrs ms`) {
		m[w] = true
	}
	return m
}()

// EncodeSignature packs a signature into bytes for storage.
func EncodeSignature(s Signature) []byte {
	b := make([]byte, 4*len(s))
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// DecodeSignature reads what EncodeSignature wrote.
func DecodeSignature(b []byte) Signature {
	s := make(Signature, len(b)/4)
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s
}
