package story

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
)

// Signature sizes. Copies use Perms hash functions over word 3-shingles,
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

// Signature is a MinHash signature: for each hash function, the least hash
// of any feature of the text.
type Signature []uint32

// seeds are the fixed per-function multipliers and offsets of the
// multiply-shift hash family; fixed so that signatures are comparable across
// runs and stores.
var seeds = func() (s [Perms][2]uint64) {
	x := uint64(0x9E3779B97F4A7C15)
	for i := range s {
		for j := range s[i] {
			x = splitmix(x)
			s[i][j] = x | 1
		}
	}
	return s
}()

func splitmix(x uint64) uint64 {
	x += 0x9E3779B97F4A7C15
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9
	x = (x ^ (x >> 27)) * 0x94D049BB133111EB
	return x ^ (x >> 31)
}

// minhash returns the n-function signature of the feature hashes.
func minhash(features []uint64, n int) Signature {
	sig := make(Signature, n)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	if len(features) == 0 {
		return sig
	}
	for _, f := range features {
		for i := 0; i < n; i++ {
			h := uint32((seeds[i][0]*f + seeds[i][1]) >> 32)
			if h < sig[i] {
				sig[i] = h
			}
		}
	}
	return sig
}

// Similarity estimates the Jaccard similarity of the texts behind a and b:
// the share of hash functions on which they agree. Empty signatures (texts
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

// words splits text into lower-cased words of letters and digits.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// hashString is FNV-1a, 64 bits, mixed.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return splitmix(h)
}

// CopySignature is the MinHash signature over the word 3-shingles of text.
// Texts shorter than three words use their words.
func CopySignature(text string) Signature {
	w := words(text)
	if len(w) < shingle {
		f := make([]uint64, len(w))
		for i, x := range w {
			f[i] = hashString(x)
		}
		return minhash(f, Perms)
	}
	hs := make([]uint64, len(w))
	for i, x := range w {
		hs[i] = hashString(x)
	}
	f := make([]uint64, 0, len(w)-shingle+1)
	for i := 0; i+shingle <= len(w); i++ {
		h := hs[i]
		for j := 1; j < shingle; j++ {
			h = bits.RotateLeft64(h, 21) ^ hs[i+j]
		}
		f = append(f, splitmix(h))
	}
	return minhash(f, Perms)
}

// TopicSignature is the MinHash signature over the distinct content words of
// text (no stop words, no words under three letters): reports of the same
// event by different outlets share names, places and key nouns though their
// sentences differ.
func TopicSignature(text string) Signature {
	seen := map[uint64]bool{}
	var f []uint64
	for _, w := range words(text) {
		if len(w) < 3 || stopWords[w] {
			continue
		}
		h := hashString(w)
		if !seen[h] {
			seen[h] = true
			f = append(f, h)
		}
	}
	return minhash(f, TopicPerms)
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
