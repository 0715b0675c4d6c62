package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/extract/syntax"
)

func TestParseCoNLLUKeepsTheWordsAndFillsTheTrees(t *testing.T) {
	in := "# sent_id = 1\n" +
		"1\tOfficials\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tdid\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"4\tcomment\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	code, out, errs := runCLI(t, in, "parse", "--conllu")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	sents, err := syntax.ReadCoNLLU(strings.NewReader(out))
	if err != nil || len(sents) != 1 {
		t.Fatalf("output is not one CoNLL-U sentence (%v):\n%s", err, out)
	}
	s := sents[0]
	if len(s.Words) != 5 || s.Words[1].Form != "did" || len(s.Extra[1]) != 1 || !strings.HasPrefix(s.Extra[1][0], "2-3\tdidn't") {
		t.Fatalf("words or the multiword line changed:\n%s", out)
	}
	roots := 0
	for _, w := range s.Words {
		if w.UPOS == "" || w.UPOS == "_" || w.Deprel == "_" || w.Head < 0 || w.Head > len(s.Words) {
			t.Fatalf("word %q not filled:\n%s", w.Form, out)
		}
		if w.Head == 0 {
			roots++
		}
	}
	if roots != 1 || s.Words[3].Head != 0 || s.Words[0].Deprel != "nsubj" {
		t.Fatalf("want 'comment' as root with 'Officials' its subject:\n%s", out)
	}
}

func TestParseRawTextUsesChroniclesSentences(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.txt")
	text := "The ministry said talks would resume.\n\nNo date was given."
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "parse", "--format", "conllu", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	sents, err := syntax.ReadCoNLLU(strings.NewReader(out))
	if err != nil || len(sents) != 2 {
		t.Fatalf("want 2 sentences (%v):\n%s", err, out)
	}
	if !strings.Contains(out, "# text = No date was given.") || !strings.Contains(out, "SpaceAfter=No") {
		t.Fatalf("comments or spacing missing:\n%s", out)
	}
}

func TestAnalyzeSyntaxAddsTheSectionOnlyWhenAsked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(path, []byte("Drones struck the port."), 0o644); err != nil {
		t.Fatal(err)
	}
	_, plain, _ := runCLI(t, "", "analyze", "--format", "json", path)
	if strings.Contains(plain, `"syntax"`) {
		t.Fatal("the record has a syntax section without --syntax")
	}
	code, out, errs := runCLI(t, "", "analyze", "--syntax", "--format", "json", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rec struct {
		Text   string `json:"text"`
		Syntax []struct {
			Text  string `json:"text"`
			UPOS  string `json:"upos"`
			Lemma string `json:"lemma"`
			Head  int    `json:"head"`
			Rel   string `json:"rel"`
		} `json:"syntax"`
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Text == "" || len(rec.Syntax) != 5 || rec.Syntax[1].Lemma != "strike" || rec.Syntax[1].Head != -1 || rec.Syntax[0].Head != 1 {
		t.Fatalf("syntax section: %+v", rec.Syntax)
	}
}
