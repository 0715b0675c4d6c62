package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

func readAll(t *testing.T, r *Reader, input string) ([]*chronicle.Document, []error) {
	t.Helper()
	var docs []*chronicle.Document
	var errs []error
	err := r.Read(context.Background(), input, func(d *chronicle.Document, err error) error {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs, errs
}

func TestIDs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.bbc.co.uk/news/world-123/", "bbc.co.uk/news/world-123"},
		{"https://example.com/?p=42", "example.com?p=42"},
		{"http://Example.COM/a/b?utm=x", "example.com/a/b"},
		{"https://example.com/zz/../xss/3", "example.com/xss/3"},
		{"https://example.com//a/./b//", "example.com/a/b"},
		{"https://example.com/../../etc", "example.com/etc"},
		{"urn:x:../a//b", "urn:x:../a/b"},
	}
	for _, tt := range tests {
		if got := IDFromURL(tt.in); got != tt.want {
			t.Errorf("IDFromURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := idFromPath("business/001.txt"); got != "business/001" {
		t.Errorf("idFromPath = %q", got)
	}
}

func TestFolderIDsAreRelativePathsAndTitlesComeFromShortFirstLines(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "world", ".hidden"), 0o755)
	os.WriteFile(filepath.Join(dir, "world", "a.txt"), []byte("Talks resume\n\nNegotiators met in Istanbul on Monday."), 0o644)
	os.WriteFile(filepath.Join(dir, "world", ".hidden", "b.txt"), []byte("Skipped."), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("No title here. Just a sentence.\n\nAnd another."), 0o644)
	r := &Reader{Date: mustDate("2025-05-06")}
	docs, errs := readAll(t, r, dir)
	if len(errs) != 0 || len(docs) != 2 {
		t.Fatalf("docs %d, errs %v", len(docs), errs)
	}
	if docs[0].ID != "c" || docs[0].Title != "" || docs[1].ID != "world/a" || docs[1].Title != "Talks resume" {
		t.Errorf("got %s %q, %s %q", docs[0].ID, docs[0].Title, docs[1].ID, docs[1].Title)
	}
	if docs[1].Published.String() != "2025-05-06" {
		t.Errorf("default date not applied: %s", docs[1].Published)
	}
}

func TestURLsAreRefusedWhenFetchingIsOff(t *testing.T) {
	_, errs := readAll(t, &Reader{}, "http://127.0.0.1:1/")
	if len(errs) != 1 || chronicle.ErrorCode(errs[0]) != chronicle.EUNSUPPORTED {
		t.Errorf("errs = %v", errs)
	}
}

func TestDatelinesNameTheOutlet(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a wire dateline", "MOSCOW (Reuters) - Talks resumed on Friday.", "Reuters"},
		{"a dateline with a date and an em dash", "KYIV, May 6 (AP) — Drones were shot down.", "AP"},
		{"an outlet whose name has two words", "MOSCOW (Realist English). Talks resumed.", "Realist English"},
		{"a place in mixed case is no dateline", "Moscow (Russia) - talks resumed.", ""},
		{"a parenthesis later in the text is no dateline", "Talks resumed in MOSCOW (Russia) on Friday.", ""},
		{"no parenthesis, no outlet", "MOSCOW - Talks resumed.", ""},
	}
	for _, tt := range tests {
		if got := datelineSource(tt.text); got != tt.want {
			t.Errorf("%s: datelineSource(%q) = %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}

func mustDate(s string) chronicle.Date {
	d, err := chronicle.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// FuzzReadBytes feeds arbitrary bytes to the dispatcher under every file
// name kind: no panic, and every document read is valid, non-empty UTF-8.
func FuzzReadBytes(f *testing.F) {
	for _, s := range []string{
		"plain text story.", "<html><body><p>x</p></body></html>", `{"id":"a","text":"b"}` + "\n{bad",
		`<?xml version="1.0"?><rss><channel><item><title>t</title></item></channel></rss>`,
		"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999999999\r\n\r\n", "\xff\xfe\x00", "",
	} {
		f.Add(s, "x.txt")
		f.Add(s, "x")
	}
	f.Fuzz(func(t *testing.T, body, name string) {
		if strings.ContainsAny(name, "/\x00") {
			return
		}
		r := &Reader{}
		r.readBytes(context.Background(), name, "id", []byte(body), func(d *chronicle.Document, err error) error {
			if err != nil {
				return nil
			}
			if d.Text == "" || !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) {
				t.Fatalf("bad document from %q: %+v", body, d)
			}
			return nil
		})
	})
}
