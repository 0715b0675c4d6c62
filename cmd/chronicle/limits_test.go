package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAnOversizedBatchLineIsRefusedAndTheNextAnalysed(t *testing.T) {
	big, _ := json.Marshal(map[string]string{"id": "big", "text": strings.Repeat("Lavrov met Blinken in Geneva on Friday. ", 200)})
	in := string(big) + "\n" + `{"id": "small", "text": "Lavrov met Blinken in Geneva on Friday."}` + "\n"
	path := filepath.Join(t.TempDir(), "in.jsonl")
	os.WriteFile(path, []byte(in), 0o644)
	code, out, stderr := runCLI(t, "", "analyze", "--format", "jsonl", "--max-text", "4KB", path)
	if code != 1 || !strings.Contains(stderr, "big") || !strings.Contains(stderr, "limit of 4 KB") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(out, `"doc_id":"small"`) || strings.Contains(out, `"doc_id":"big"`) {
		t.Errorf("output %.200q", out)
	}
	t.Setenv("CHRONICLE_MAX_TEXT", "1MB")
	if code, _, stderr := runCLI(t, "", "analyze", "--format", "jsonl", path); code != 0 {
		t.Errorf("with CHRONICLE_MAX_TEXT=1MB: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "", "analyze", "--format", "jsonl", "--max-text", "lots", path); code == 0 || !strings.Contains(stderr, "lots") {
		t.Errorf("a bad size: exit %d: %s", code, stderr)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int{"5MB": 5 << 20, "800kb": 800 << 10, "1.5M": 3 << 19, "1000": 1000, "0": 0} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-1", "x", "5TB"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) took it", in)
		}
	}
}
