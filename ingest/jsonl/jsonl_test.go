package jsonl

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
)

// result is what fn saw for one line.
type result struct {
	item Item
	err  string
}

func readAll(t *testing.T, in string) []result {
	t.Helper()
	var got []result
	err := Read(strings.NewReader(in), func(it Item, err error) error {
		r := result{item: it}
		if err != nil {
			r.err = err.Error()
		}
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return got
}

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Item
	}{
		{"doc_id and text make an article", `{"doc_id":"a1","text":"Troops advanced."}`,
			Item{Line: 1, ID: "a1", Text: "Troops advanced."}},
		{"article_id is an id", `{"article_id":"111","text":"x"}`, Item{Line: 1, ID: "111", Text: "x"}},
		{"a numeric article_id is an id", `{"article_id":111111111,"text":"x"}`, Item{Line: 1, ID: "111111111", Text: "x"}},
		{"id is an id", `{"id":"z","html":"<p>x</p>"}`, Item{Line: 1, ID: "z", HTML: "<p>x</p>"}},
		{"doc_id wins over article_id and id", `{"id":"c","article_id":"b","doc_id":"a","text":"x"}`, Item{Line: 1, ID: "a", Text: "x"}},
		{"every optional field is read", `{"doc_id":"a","text":"t","html":"h","title":"T","url":"https://n.example/a","publisher":"P","published":"2024-02-03"}`,
			Item{Line: 1, ID: "a", Text: "t", HTML: "h", Title: "T", URL: "https://n.example/a", Publisher: "P", Published: "2024-02-03"}},
		{"publication_date is a date", `{"doc_id":"a","text":"t","publication_date":"2024-02-03"}`, Item{Line: 1, ID: "a", Text: "t", Published: "2024-02-03"}},
		{"date is a date", `{"doc_id":"a","text":"t","date":"2024-02-03"}`, Item{Line: 1, ID: "a", Text: "t", Published: "2024-02-03"}},
		{"unknown fields are ignored", `{"doc_id":"a","text":"t","labels":[1,2,{"x":null}]}`, Item{Line: 1, ID: "a", Text: "t"}},
		{"a UTF-8 byte-order mark on the first line is skipped", "\xEF\xBB\xBF{\"doc_id\":\"a\",\"text\":\"t\"}", Item{Line: 1, ID: "a", Text: "t"}},
		{"a CRLF line ending is not part of the line", "{\"doc_id\":\"a\",\"text\":\"t\"}\r\n", Item{Line: 1, ID: "a", Text: "t"}},
		{"escaped line breaks stay in the text", `{"doc_id":"a","text":"one\ntwo"}`, Item{Line: 1, ID: "a", Text: "one\ntwo"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readAll(t, tt.in)
			if len(got) != 1 {
				t.Fatalf("got %d results, want 1: %+v", len(got), got)
			}
			if got[0].err != "" {
				t.Fatalf("error: %s", got[0].err)
			}
			if got[0].item != tt.want {
				t.Errorf("got %+v\nwant %+v", got[0].item, tt.want)
			}
		})
	}
}

func TestReadReportsBadLines(t *testing.T) {
	tests := []struct {
		name string
		line string
		msg  string
	}{
		{"invalid JSON is reported", `{"doc_id":"a","text":`, "line 2: invalid JSON"},
		{"a JSON array is not an article", `["a","b"]`, "line 2: want a JSON object"},
		{"a line without an id is reported", `{"text":"t"}`, "line 2: no id (want doc_id, article_id or id)"},
		{"a line without text or html is reported", `{"doc_id":"a","title":"only a title"}`, `line 2: document "a": no text (want text or html)`},
		{"white-space text is no text", `{"doc_id":"a","text":"  \n "}`, `line 2: document "a": no text`},
		{"a text that is not a string is reported", `{"doc_id":"a","text":5}`, `line 2: field "text": want a string, got a JSON number`},
		{"an id that is an object is reported", `{"doc_id":{"x":1},"text":"t"}`, `line 2: field "doc_id": want a string or an integer`},
		{"invalid UTF-8 is reported with its offset", "{\"doc_id\":\"a\",\"text\":\"caf\xE9\"}", "line 2: invalid UTF-8 at byte offset 25"},
		{"trailing garbage after the object is reported", `{"doc_id":"a","text":"t"} x`, "line 2: invalid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := `{"doc_id":"first","text":"ok"}` + "\n" + tt.line + "\n\n" + `{"doc_id":"last","text":"ok"}` + "\n"
			got := readAll(t, in)
			if len(got) != 3 {
				t.Fatalf("got %d results, want 3 (the good lines around the bad one too): %+v", len(got), got)
			}
			if got[0].item.ID != "first" || got[2].item.ID != "last" || got[2].item.Line != 4 {
				t.Errorf("good lines: got %+v and %+v", got[0].item, got[2].item)
			}
			if !strings.Contains(got[1].err, tt.msg) {
				t.Errorf("error %q does not say %q", got[1].err, tt.msg)
			}
			if got[1].item.Line != 2 {
				t.Errorf("Item.Line = %d, want 2", got[1].item.Line)
			}
		})
	}
}

func TestReadErrorsAreCoded(t *testing.T) {
	var codes []string
	_ = Read(strings.NewReader("{\n{\"id\":\"a\"}\n"), func(_ Item, err error) error {
		codes = append(codes, chronicle.ErrorCode(err))
		return nil
	})
	if len(codes) != 2 || codes[0] != chronicle.EINVALID || codes[1] != chronicle.EINVALID {
		t.Errorf("codes = %v, want two %q", codes, chronicle.EINVALID)
	}
}

func TestReadStopsWhenTheCallbackFails(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := Read(strings.NewReader(`{"id":"a","text":"t"}`+"\n"+`{"id":"b","text":"t"}`), func(Item, error) error {
		calls++
		return stop
	})
	if err != stop || calls != 1 {
		t.Errorf("Read = %v after %d calls, want %v after 1", err, calls, stop)
	}
}

func TestReadSkipsALineLongerThanTheLimit(t *testing.T) {
	long := `{"doc_id":"big","text":"` + strings.Repeat("a", MaxLineBytes) + `"}`
	got := readAll(t, long+"\n"+`{"doc_id":"next","text":"t"}`)
	if len(got) != 2 {
		t.Fatalf("got %d results, want 2", len(got))
	}
	if !strings.Contains(got[0].err, "line 1: longer than 64 MB") {
		t.Errorf("error = %q, want it to say the line is too long", got[0].err)
	}
	if got[1].item.ID != "next" || got[1].item.Line != 2 {
		t.Errorf("next line: %+v", got[1].item)
	}
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"doc_id":"a","text":"t"}`,
		`{"article_id":1,"html":"<p>x</p>","published":"2024-01-01"}` + "\n\n" + `{"id":"b"}`,
		"{\"id\":\"\xff\",\"text\":\"t\"}",
		`[[[[[[[[[[`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		prev := 0
		err := Read(strings.NewReader(string(b)), func(it Item, err error) error {
			if it.Line <= prev {
				t.Errorf("line %d after line %d", it.Line, prev)
			}
			prev = it.Line
			if err != nil {
				if c := chronicle.ErrorCode(err); c != chronicle.EINVALID && c != chronicle.ETOOLARGE {
					t.Errorf("error code %q: %v", c, err)
				}
				return nil
			}
			if it.ID == "" || (it.Text == "" && it.HTML == "") {
				t.Errorf("item without id or text passed as good: %+v", it)
			}
			for _, s := range []string{it.ID, it.Text, it.HTML, it.Title, it.URL, it.Publisher, it.Published} {
				if !utf8.ValidString(s) {
					t.Errorf("invalid UTF-8 in %+v", it)
				}
			}
			return nil
		})
		if err != nil {
			t.Errorf("Read: %v", err)
		}
	})
}
