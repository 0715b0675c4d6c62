package analyzer

import (
	"strings"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle"
)

var (
	pipeOnce sync.Once
	pipe     *chronicle.Pipeline
	pipeErr  error
)

func analyse(t *testing.T, text string) *chronicle.Document {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = New(Options{}) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	doc := chronicle.NewDocument("t", text)
	if err := pipe.Run(doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// Quote shapes news is made of, in sentences written for these tests.
func TestQuotesReadTheSentenceStructure(t *testing.T) {
	cases := []struct {
		name, text       string
		content, speaker string
		cue              string
	}{
		{
			name:    "a trailing attribution reports what precedes it, not the venue after the cue",
			text:    "Ukraine will not give up any of its land, President Volodymyr Zelensky said in his nightly address.",
			content: "Ukraine will not give up any of its land", speaker: "President Volodymyr Zelensky", cue: "said",
		},
		{
			name:    "the second of two coordinated reporting verbs keeps the subject of the first",
			text:    "Finland's foreign minister welcomed the decision and urged the other members to follow quickly.",
			content: "to follow quickly", speaker: "Finland's foreign minister", cue: "urged",
		},
		{
			name: "a quotation reopened in the next paragraph is one quote",
			text: "The mayor spoke to reporters at dawn. \"The shelling started at four. It did not stop for an hour.\n\n" +
				"\"Two schools and a clinic were hit,\" she said.",
			content: "\"The shelling started at four. It did not stop for an hour.\n\n\"Two schools and a clinic were hit,\"",
			speaker: "she", cue: "said",
		},
		{
			name:    "an appositive title between the name and the cue stays out of the content",
			text:    "Omar Haddad, the spokesman for the Red Crescent, said the convoy had reached the city.",
			content: "the convoy had reached the city", speaker: "Omar Haddad", cue: "said",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := analyse(t, c.text)
			var got []string
			for _, q := range doc.Quotes {
				content := q.Content.In(doc.Text)
				speaker, cue := "", ""
				if q.Speaker != nil {
					speaker = q.Speaker.In(doc.Text)
				}
				if q.Cue != nil {
					cue = q.Cue.In(doc.Text)
				}
				if content == c.content && strings.HasPrefix(speaker, c.speaker) && cue == c.cue {
					return
				}
				got = append(got, content+" | "+speaker+" | "+cue)
			}
			t.Errorf("no quote %q by %q (%s); got:\n%s", c.content, c.speaker, c.cue, strings.Join(got, "\n"))
		})
	}
}
