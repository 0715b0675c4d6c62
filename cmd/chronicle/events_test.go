package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestQueryBySourceAndPloverExport(t *testing.T) {
	if _, err := os.Stat(seedPath); err != nil {
		t.Skip("../shared/seed is absent: this test needs the shared folder beside the repo")
	}
	db := filepath.Join(t.TempDir(), "c.db")
	if code, _, errs := runCLI(t, "", "analyze", "--db", db, "--date", "2025-04-25", "--format", "jsonl", seedPath); code != 0 {
		t.Fatalf("analyze: %s", errs)
	}
	tests := []struct {
		name string
		args []string
		want bool
	}{
		{"a Russian attack is found by its source country", []string{"--event", "ASSAULT", "--source", "RUS", "--since", "2025-04-01"}, true},
		{"no Ukrainian attack is reported", []string{"--event", "ASSAULT", "--source", "UKR"}, false},
		{"a source alone finds any event of that actor", []string{"--source", "USAGOV"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, out, errs := runCLI(t, "", append([]string{"query", "--db", db}, tc.args...)...)
			if got := strings.Contains(out, "moscow-talks"); got != tc.want {
				t.Errorf("query %v found the story = %v, want %v\n%s%s", tc.args, got, tc.want, out, errs)
			}
		})
	}
	code, out, errs := runCLI(t, "", "export", "--db", db, "--format", "plover")
	if code != 0 {
		t.Fatalf("export: %s", errs)
	}
	found := false
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var ev struct {
			ID, Date, Event, Text string
			Source                []struct{ ActorText, Code, Sector string }
		}
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("not JSON: %q", line)
		}
		if ev.ID == "" || ev.Date == "" || ev.Event == "" || ev.Text == "" {
			t.Errorf("a PLOVER record lacks id, date, event or text: %s", line)
		}
		if ev.Event == "ASSAULT" && len(ev.Source) == 1 && ev.Source[0].Code == "RUS" && ev.Source[0].Sector == "MIL" {
			found = true
		}
	}
	if !found {
		t.Errorf("no ASSAULT by RUS MIL in the PLOVER export:\n%s", out)
	}
}
