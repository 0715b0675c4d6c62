// Package plain decodes plain-text article files into UTF-8.
//
// Text files reach Chronicle from newsroom exports, scrapers and old archives,
// so they come in UTF-8 (with or without a byte-order mark), UTF-16 written by
// Windows tools, Windows-1252 or Latin-1 from older systems, and one-byte
// charsets of other scripts (KOI8-R, Windows-1251, Windows-1255 …, told by
// package textenc) from Russian-, Ukrainian- and Hebrew-language ones. Decode
// recognises these by their bytes rather than trusting a file name or a
// declared charset, and refuses what is not text at all (images, archives,
// executables) with one clear error instead of storing mojibake.
//
// The package is called plain, not text, so that it does not clash with
// Chronicle's top-level text package in imports.
package plain

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest/textenc"
)

// MaxBytes is the largest file Decode accepts: far above any news article,
// small enough that a stray disk image is refused before it is decoded.
const MaxBytes = 64 << 20

// maxControlShare is the share of control characters above which input is
// taken for binary. Text has tabs and line breaks, which do not count.
const maxControlShare = 0.10

// Byte-order marks.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Read reads at most MaxBytes from r and decodes them as Decode does.
func Read(r io.Reader) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return "", fmt.Errorf("read text: %w", err)
	}
	return Decode(b)
}

// Decode returns b as UTF-8 text. It strips a UTF-8 byte-order mark, decodes
// UTF-16 that starts with a byte-order mark, and decodes bytes that are not
// valid UTF-8 but read plausibly as Windows-1252 (a superset of the printable
// part of Latin-1). Binary or empty input, and invalid UTF-8 that is not
// plausibly Windows-1252, give an EINVALID error; the latter names the byte
// offset of the first bad byte.
func Decode(b []byte) (string, error) {
	if len(b) > MaxBytes {
		return "", chronicle.Errorf(chronicle.ETOOLARGE, "text: file is larger than %d MB", MaxBytes>>20)
	}
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		b = b[len(bomUTF8):]
		if off := invalidOffset(b); off >= 0 {
			return "", chronicle.Errorf(chronicle.EINVALID, "text: invalid UTF-8 at byte offset %d after a UTF-8 byte-order mark", off+len(bomUTF8))
		}
		return checked(string(b))
	case bytes.HasPrefix(b, bomUTF16LE):
		return decodeUTF16(b[2:], false)
	case bytes.HasPrefix(b, bomUTF16BE):
		return decodeUTF16(b[2:], true)
	}
	if len(b) == 0 {
		return "", chronicle.Errorf(chronicle.EINVALID, "text: empty")
	}
	if bytes.IndexByte(b, 0) >= 0 || controlShare(b) > maxControlShare {
		return "", chronicle.Errorf(chronicle.EINVALID, "text: binary file")
	}
	off := invalidOffset(b)
	if off < 0 {
		return string(b), nil
	}
	if name, ok := textenc.NonLatin(b); ok {
		if s, err := textenc.DecodeAs(b, name); err == nil {
			return checked(string(s))
		}
	}
	if reason := not1252(b); reason != "" {
		return "", chronicle.Errorf(chronicle.EINVALID, "text: invalid UTF-8 at byte offset %d (%s)", off, reason)
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", chronicle.Errorf(chronicle.EINVALID, "text: decode Windows-1252: %v", err)
	}
	return string(s), nil
}

// decodeUTF16 decodes the bytes after a UTF-16 byte-order mark. Unpaired
// surrogates become U+FFFD, as they do in every browser.
func decodeUTF16(b []byte, bigEndian bool) (string, error) {
	if len(b)%2 != 0 {
		return "", chronicle.Errorf(chronicle.EINVALID, "text: UTF-16 file has an odd number of bytes (%d after the byte-order mark); is it truncated?", len(b))
	}
	units := make([]uint16, len(b)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			units[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return checked(string(utf16.Decode(units)))
}

// checked refuses decoded text that is empty or looks binary.
func checked(s string) (string, error) {
	if s == "" {
		return "", chronicle.Errorf(chronicle.EINVALID, "text: empty")
	}
	if bytes.IndexByte([]byte(s), 0) >= 0 || controlShare([]byte(s)) > maxControlShare {
		return "", chronicle.Errorf(chronicle.EINVALID, "text: binary file")
	}
	return s, nil
}

// invalidOffset returns the offset of the first byte that is not part of a
// valid UTF-8 sequence, or -1 when b is valid UTF-8.
func invalidOffset(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// controlShare is the share of bytes in b that are C0 control characters
// other than tab, line feed, vertical tab, form feed, carriage return and
// escape (which old terminal captures keep), or DEL.
func controlShare(b []byte) float64 {
	if len(b) == 0 {
		return 0
	}
	n := 0
	for _, c := range b {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B) || c == 0x7F {
			n++
		}
	}
	return float64(n) / float64(len(b))
}

// not1252 says why b (which holds invalid UTF-8) cannot be Windows-1252 text,
// or returns "" when it can.
func not1252(b []byte) string {
	for i, c := range b {
		switch c {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			// The five byte values Windows-1252 leaves undefined.
			return fmt.Sprintf("byte 0x%02X at offset %d is undefined in Windows-1252 too", c, i)
		}
	}
	// A Windows-1252 file almost never holds a valid multi-byte UTF-8
	// sequence, so one that does is UTF-8 with damage, or two encodings mixed.
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if n > 1 && r != utf8.RuneError {
			return fmt.Sprintf("the file mixes UTF-8, as at offset %d, with another encoding", i)
		}
		i += n
	}
	return ""
}
