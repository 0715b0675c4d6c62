package plain

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/chronicle-news/chronicle"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"plain ASCII comes back unchanged", []byte("Kyiv, March 3.\n"), "Kyiv, March 3.\n"},
		{"UTF-8 comes back unchanged", []byte("Zelenskyy said «no» in Kyiv — again."), "Zelenskyy said «no» in Kyiv — again."},
		{"a UTF-8 byte-order mark is stripped", []byte("\xEF\xBB\xBFcafé"), "café"},
		{"UTF-16 little-endian with a byte-order mark is decoded", []byte("\xFF\xFEc\x00a\x00f\x00\xE9\x00"), "café"},
		{"UTF-16 big-endian with a byte-order mark is decoded", []byte("\xFE\xFF\x00c\x00a\x00f\x00\xE9"), "café"},
		{"UTF-16 surrogate pairs are joined", []byte("\xFF\xFE\x3D\xD8\x00\xDE"), "😀"},
		{"an unpaired UTF-16 surrogate becomes U+FFFD", []byte("\xFF\xFEa\x00\x3D\xD8"), "a\uFFFD"},
		{"Latin-1 letters are decoded", []byte("caf\xE9 na\xEFve, M\xFCnchen"), "café naïve, München"},
		{"Windows-1252 curly quotes and dashes are decoded", []byte("\x93Yes,\x94 he said \x96 twice \x85"), "“Yes,” he said – twice …"},
		{"the euro sign of Windows-1252 is decoded", []byte("costs 5 \x80"), "costs 5 €"},
		{"tabs, line breaks and form feeds are text", []byte("a\tb\r\nc\fd"), "a\tb\r\nc\fd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if err != nil {
				t.Fatalf("Decode(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("Decode(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDecodeRefuses(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		code string
		msg  string
	}{
		{"empty input is refused", nil, chronicle.EINVALID, "text: empty"},
		{"a lone UTF-8 byte-order mark is empty", []byte("\xEF\xBB\xBF"), chronicle.EINVALID, "text: empty"},
		{"a lone UTF-16 byte-order mark is empty", []byte("\xFF\xFE"), chronicle.EINVALID, "text: empty"},
		{"a NUL byte makes a file binary", []byte("GIF89a\x00\x01"), chronicle.EINVALID, "text: binary file"},
		{"a PNG header is binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), chronicle.EINVALID, "text: binary file"},
		{"many control characters make a file binary", []byte("ab\x01\x02\x03\x04cdefgh"), chronicle.EINVALID, "text: binary file"},
		{"UTF-16 that decodes to NULs is binary", []byte("\xFF\xFE\x00\x00\x00\x00"), chronicle.EINVALID, "text: binary file"},
		{"UTF-16 with an odd byte count is refused", []byte("\xFF\xFEa\x00b"), chronicle.EINVALID, "odd number of bytes"},
		{"invalid UTF-8 after a UTF-8 byte-order mark names its offset", []byte("\xEF\xBB\xBFab\xFF"), chronicle.EINVALID, "invalid UTF-8 at byte offset 5"},
		{"a byte undefined in Windows-1252 names its offset", []byte("abc\x81def"), chronicle.EINVALID, "invalid UTF-8 at byte offset 3"},
		{"UTF-8 mixed with Latin-1 names the first bad byte", []byte("café caf\xE9"), chronicle.EINVALID, "invalid UTF-8 at byte offset 9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if err == nil {
				t.Fatalf("Decode(%q) = %q, want an error", tt.in, got)
			}
			if code := chronicle.ErrorCode(err); code != tt.code {
				t.Errorf("code = %q, want %q (%v)", code, tt.code, err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not say %q", err, tt.msg)
			}
		})
	}
}

func TestReadRefusesFilesOverTheLimit(t *testing.T) {
	_, err := Read(bytes.NewReader(bytes.Repeat([]byte("a"), MaxBytes+1)))
	if chronicle.ErrorCode(err) != chronicle.ETOOLARGE {
		t.Fatalf("Read of %d bytes: err = %v, want ETOOLARGE", MaxBytes+1, err)
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "hello", "caf\xE9", "\xEF\xBB\xBF", "\xFF\xFEa\x00", "\xFE\xFF\x00a", "\xC3\x28", "\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Decode(b)
		if err != nil {
			if s != "" {
				t.Errorf("Decode returned %q with error %v", s, err)
			}
			if chronicle.ErrorCode(err) == chronicle.EINTERNAL {
				t.Errorf("error without a code: %v", err)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Errorf("Decode(%q) = %q, not valid UTF-8", b, s)
		}
		if s == "" {
			t.Errorf("Decode(%q) returned empty text without an error", b)
		}
		if strings.IndexByte(s, 0) >= 0 {
			t.Errorf("Decode(%q) = %q, contains NUL", b, s)
		}
	})
}

func TestLegacyCyrillicTextIsDecoded(t *testing.T) {
	ru := "Переговоры в Варне продолжились во вторник. Посредник заявил журналистам, что стороны согласовали список имён для обмена пленными."
	b, _ := charmap.KOI8R.NewEncoder().Bytes([]byte(ru))
	got, err := Decode(b)
	if err != nil || got != ru {
		t.Errorf("Decode = %q, %v", got, err)
	}
}
