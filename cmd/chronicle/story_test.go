package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// jsonlArticle is one input line of the ingest JSONL form.
func jsonlArticle(t *testing.T, id, publisher, published, file string) string {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("../../story/testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(map[string]string{"id": id, "publisher": publisher, "published": published,
		"url": "https://" + strings.ToLower(strings.ReplaceAll(publisher, " ", "")) + ".example/" + id, "text": string(text)})
	return string(b) + "\n"
}

func TestEventsOutletsTimelineAndChangesReadTheLinks(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "story.db")
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(jsonlArticle(t, "herald-1", "Dnipro Herald", "2025-05-13", "strike-herald.txt")+
		jsonlArticle(t, "wire-1", "Continental Wire", "2025-05-14", "strike-wire.txt")+
		jsonlArticle(t, "ledger-1", "Morning Ledger", "2025-05-14", "strike-ledger.txt")), 0o644)
	if code, _, stderr := runCLI(t, "", "ingest", "--db", db, in); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}

	code, out, stderr := runCLI(t, "", "events", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("events: %s", stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if out == "" {
		lines = nil
	}
	var clusterID string
	for _, line := range lines {
		var ev map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("events line %q: %v", line, err)
		}
		for _, k := range []string{"event_id", "type", "date", "source", "target", "articles", "figures"} {
			if _, ok := ev[k]; !ok {
				t.Errorf("events line lacks %q: %s", k, line)
			}
		}
		var arts []map[string]any
		json.Unmarshal(ev["articles"], &arts)
		for _, a := range arts {
			for _, k := range []string{"doc_id", "publisher", "url", "copy_of"} {
				if _, ok := a[k]; !ok {
					t.Errorf("article lacks %q: %s", k, line)
				}
			}
			if a["doc_id"] == "ledger-1" {
				if a["copy_of"] != "wire-1" {
					t.Errorf("ledger-1 copy_of = %v, want wire-1", a["copy_of"])
				}
				json.Unmarshal(ev["event_id"], &clusterID)
			}
		}
		var figs []map[string]any
		json.Unmarshal(ev["figures"], &figs)
		for _, f := range figs {
			for _, k := range []string{"quantity", "unit", "doc_id", "publisher", "speaker"} {
				if _, ok := f[k]; !ok {
					t.Errorf("figure lacks %q: %s", k, line)
				}
			}
		}
	}
	if _, again, _ := runCLI(t, "", "events", "--db", db, "--format", "jsonl"); again != out {
		t.Error("events output differs between two runs")
	}
	if clusterID != "" {
		_, out, _ = runCLI(t, "", "events", "--db", db, "--cluster", clusterID)
		for _, want := range []string{clusterID, "(copy of wire-1)", "independent source", "figures:"} {
			if !strings.Contains(out, want) {
				t.Errorf("events --cluster lacks %q:\n%s", want, out)
			}
		}
	} else if len(lines) > 0 {
		t.Error("the syndicated copy ledger-1 is in no merged event")
	}
	if code, _, _ := runCLI(t, "", "events", "--db", db, "--cluster", "ev-missing"); code != 1 {
		t.Errorf("events --cluster of a missing id: exit %d, want 1", code)
	}

	code, out, stderr = runCLI(t, "", "outlets", "--db", db)
	if code != 0 || !strings.Contains(out, "Dnipro Herald: 1 article(s), 2025-05-13 to 2025-05-13") {
		t.Errorf("outlets (exit %d, %s):\n%s", code, stderr, out)
	}
	code, out, _ = runCLI(t, "", "timeline", "--db", db, "--actor", "Fedorov", "--topic", "killed")
	if code != 0 || !strings.Contains(out, "Ivan Fedorov said") || !strings.Contains(out, "wire-1, Continental Wire") {
		t.Errorf("timeline --actor Fedorov --topic killed (exit %d):\n%s", code, out)
	}

	// A revised article at the same id: changes lists what its records gained and lost.
	rev := filepath.Join(dir, "rev.jsonl")
	os.WriteFile(rev, []byte(jsonlArticle(t, "herald-1", "Dnipro Herald", "2025-05-13", "strike-courier.txt")), 0o644)
	if code, _, stderr := runCLI(t, "", "ingest", "--db", db, rev); code != 0 {
		t.Fatalf("ingest revision: %s", stderr)
	}
	code, out, stderr = runCLI(t, "", "changes", "--db", db, "herald-1")
	if code != 0 || !strings.Contains(out, "herald-1 revision 1 → 2") || !strings.Contains(out, "  + ") || !strings.Contains(out, "  - ") {
		t.Errorf("changes herald-1 (exit %d, %s):\n%s", code, stderr, out)
	}
}
