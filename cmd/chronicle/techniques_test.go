package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var ptcNames = map[string]bool{
	"Appeal_to_Authority": true, "Appeal_to_fear-prejudice": true, "Bandwagon,Reductio_ad_hitlerum": true,
	"Black-and-White_Fallacy": true, "Causal_Oversimplification": true, "Doubt": true,
	"Exaggeration,Minimisation": true, "Flag-Waving": true, "Loaded_Language": true, "Name_Calling,Labeling": true,
	"Repetition": true, "Slogans": true, "Thought-terminating_Cliches": true, "Whataboutism,Straw_Men,Red_Herring": true,
}

func TestTechniquesClassifyNamesEachGivenSpan(t *testing.T) {
	dir := t.TempDir()
	arts := filepath.Join(dir, "a.jsonl")
	os.WriteFile(arts, []byte(`{"article_id": "1", "text": "The disgraceful, treacherous traitors lied again. Is it true that they lied?"}
{"article_id": "2", "text": "Make America great again! Our nation and our flag come first."}
`), 0o644)
	spans := filepath.Join(dir, "s.tsv")
	os.WriteFile(spans, []byte("1\t?\t4\t15\n2\t?\t0\t24\n1\t?\t51\t75\nbad line\n9\t?\t0\t3\n"), 0o644)
	code, out, errs := runCLI(t, "", "techniques", "--classify", spans, "--articles", arts)
	if code != 1 || !strings.Contains(errs, "s.tsv:4") || !strings.Contains(errs, "article 9") {
		t.Errorf("exit %d, stderr %q: want 1 with the bad line and the unknown article reported", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{"1\t4\t15", "2\t0\t24", "1\t51\t75"}
	if len(lines) != len(want) {
		t.Fatalf("output %q: want %d lines", out, len(want))
	}
	for i, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 4 || f[0]+"\t"+f[2]+"\t"+f[3] != want[i] || !ptcNames[f[1]] {
			t.Errorf("line %d = %q: want %q with a technique name", i, l, want[i])
		}
	}
	// The same spans of the same text, read from the store.
	db := filepath.Join(dir, "c.db")
	if code, _, errs := runCLI(t, "", "analyze", "--db", db, "--format", "ptc", arts); code != 0 {
		t.Fatalf("analyze --db: exit %d: %s", code, errs)
	}
	code, out2, errs := runCLI(t, "", "techniques", "--classify", spans, "--db", db)
	if code != 1 || out2 != out {
		t.Errorf("from the store: exit %d, output %q (stderr %q), want 1 and %q", code, out2, errs, out)
	}
	if code, _, _ := runCLI(t, "", "techniques", "--classify", spans); code != 2 {
		t.Errorf("without --articles or --db: exit %d, want 2", code)
	}
}
