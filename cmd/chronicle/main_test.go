package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/sqlite"
)

// TestMain lets the test binary stand in for the chronicle command, so that
// tests can run it as a child process and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("CHRONICLE_TEST_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// chronicleCmd returns the test binary set up to run as the chronicle command.
func chronicleCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "CHRONICLE_TEST_MAIN=1")
	return cmd
}

// runCLI runs a command in process and returns its exit status and output.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

const seedPath = "../../../shared/seed/moscow-talks.txt"

func TestAnalyzeSeedPrintsARecordOfTheFileText(t *testing.T) {
	want, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skip("../shared/seed is absent: this test needs the shared folder beside the repo")
	}
	code, out, stderr := runCLI(t, "", "analyze", "--format", "json", seedPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rec struct {
		DocID    string             `json:"doc_id"`
		Text     string             `json:"text"`
		Entities []chronicle.Entity `json:"entities"`
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatalf("output is not one JSON record: %v", err)
	}
	if rec.Text != string(want) || rec.DocID != "moscow-talks" {
		t.Errorf("doc_id %q, text equal to the file: %v", rec.DocID, rec.Text == string(want))
	}
	runes := []rune(rec.Text)
	for _, e := range rec.Entities {
		if e.Start < 0 || e.End > len(runes) || string(runes[e.Start:e.End]) != e.Text {
			t.Errorf("entity %+v: offsets do not point at its text", e)
		}
	}
}

func TestAnalyzeJSONLKeepsOrderAndReportsBadLines(t *testing.T) {
	in := `{"id": "a", "text": "Lavrov met Blinken in Geneva on Friday."}
not json
{"id": "b", "text": "Kyiv said it would keep talking.", "published": "2025-04-25"}
{"id": "c"}
{"doc_id": "d", "text": "Third story."}
`
	path := filepath.Join(t.TempDir(), "in.jsonl")
	os.WriteFile(path, []byte(in), 0o644)
	code, out, stderr := runCLI(t, "", "analyze", "--format", "jsonl", path)
	if code != 1 {
		t.Errorf("exit %d, want 1 for bad lines", code)
	}
	var ids []string
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var rec chronicle.Document
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("bad output line: %v", err)
		}
		ids = append(ids, rec.ID+"@"+rec.Published.String())
	}
	if got := strings.Join(ids, " "); got != "a@ b@2025-04-25 d@" {
		t.Errorf("records = %s", got)
	}
	if !strings.Contains(stderr, "line 2") || !strings.Contains(stderr, "line 4") {
		t.Errorf("stderr does not name the bad lines:\n%s", stderr)
	}
}

func TestAnalyzeIsDeterministic(t *testing.T) {
	in := strings.Repeat(`{"id": "x%d", "text": "Russian Foreign Minister Sergey Lavrov said talks in Moscow went well."}`+"\n", 1)
	var lines []string
	for i := 0; i < 40; i++ {
		lines = append(lines, fmt.Sprintf(in, i))
	}
	path := filepath.Join(t.TempDir(), "in.jsonl")
	os.WriteFile(path, []byte(strings.Join(lines, "")), 0o644)
	_, a, _ := runCLI(t, "", "analyze", "--format", "jsonl", path)
	_, b, _ := runCLI(t, "", "analyze", "--format", "jsonl", path)
	if a != b || strings.Count(a, "\n") != 40 {
		t.Errorf("two runs differ or lose lines")
	}
}

func TestIngestStoresOnceAndSkipsBadFiles(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(filepath.Join(docs, "world"), 0o755)
	os.WriteFile(filepath.Join(docs, "world", "a.txt"), []byte("Moscow talks\n\nPutin met Witkoff in Moscow."), 0o644)
	os.WriteFile(filepath.Join(docs, "b.txt"), []byte("Kyiv was struck overnight, officials said."), 0o644)
	os.WriteFile(filepath.Join(docs, "c.bin"), []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 0}, 0o644)
	os.WriteFile(filepath.Join(docs, "empty.txt"), nil, 0o644)
	db := filepath.Join(dir, "c.db")

	code, _, stderr := runCLI(t, "", "ingest", "--db", db, docs)
	if code != 1 {
		t.Errorf("exit %d, want 1 (bad files)", code)
	}
	for _, name := range []string{"c.bin", "empty.txt"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("stderr does not name %s:\n%s", name, stderr)
		}
	}
	code, _, stderr = runCLI(t, "", "ingest", "--db", db, docs, filepath.Join(docs, "b.txt"))
	if code != 1 || !strings.Contains(stderr, "0 new") || !strings.Contains(stderr, "3 unchanged") {
		t.Errorf("second ingest: exit %d\n%s", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "ingest", "--db", db, filepath.Join(docs, "b.txt"))
	if code != 0 || !strings.Contains(stderr, "0 new") {
		t.Errorf("second ingest: exit %d\n%s", code, stderr)
	}
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, _ := s.Count(context.Background()); n != 2 {
		t.Errorf("Count = %d, want 2", n)
	}
	d, err := s.Get(context.Background(), "world/a")
	if err != nil || d.Title != "Moscow talks" {
		t.Errorf("Get(world/a) = %+v, %v", d, err)
	}
}

func TestIngestRefusesLoopbackURLsUnlessAllowed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><title>Talks resume</title></head><body><article>
<h1>Talks resume</h1><p>Russian Foreign Minister Sergey Lavrov said on Friday that the talks in Geneva would resume next week, after a pause of several months that both delegations blamed on the other side.</p>
<p>The American delegation did not comment on the remarks, which came as fighting continued along the front line in the east of the country for a third straight week.</p></article></body></html>`)
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "u.db")
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	for _, u := range []string{srv.URL + "/", "http://localhost:" + port + "/"} {
		code, _, stderr := runCLI(t, "", "ingest", "--db", db, u)
		if code != 1 || !strings.Contains(stderr, "refused") || !strings.Contains(stderr, "--allow-private") {
			t.Errorf("ingest %s: exit %d, stderr %q; want a refusal naming --allow-private", u, code, stderr)
		}
	}
	code, _, stderr := runCLI(t, "", "ingest", "--db", db, "--allow-private", srv.URL+"/story")
	if code != 0 {
		t.Fatalf("with --allow-private: exit %d\n%s", code, stderr)
	}
	_, out, _ := runCLI(t, "", "export", "--db", db)
	if !strings.Contains(out, "Sergey Lavrov said on Friday") || !strings.Contains(out, `"url":"`+srv.URL+`/story"`) {
		t.Errorf("export does not hold the fetched page:\n%s", out)
	}
}

func TestExportAndQueryReadTheStore(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(`{"id": "a", "text": "Sergey Lavrov met Marco Rubio in Riyadh.", "publisher": "Wire", "published": "2025-02-18"}
{"id": "b", "text": "Markets fell in Tokyo.", "publisher": "Other", "published": "2025-03-01"}
`), 0o644)
	db := filepath.Join(dir, "q.db")
	if code, _, stderr := runCLI(t, "", "ingest", "--db", db, in); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	_, out, _ := runCLI(t, "", "query", "--db", db, "Riyadh")
	if !strings.HasPrefix(out, "a ") || strings.Contains(out, "\nb ") {
		t.Errorf("query Riyadh:\n%s", out)
	}
	_, out, _ = runCLI(t, "", "query", "--db", db, "--publisher", "other")
	if !strings.HasPrefix(out, "b ") {
		t.Errorf("query --publisher other:\n%s", out)
	}
	_, out, _ = runCLI(t, "", "export", "--db", db, "--format", "csv")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 3 || !strings.HasPrefix(lines[0], "doc_id,") {
		t.Errorf("csv export:\n%s", out)
	}
}

// TestKilledIngestResumes kills an ingest with SIGKILL in the middle of a
// batch, runs it again, and checks that every document is stored exactly
// once.
func TestKilledIngestResumes(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "batch.jsonl")
	f, _ := os.Create(in)
	const n = 1500
	for i := 0; i < n; i++ {
		fmt.Fprintf(f, `{"id": "doc-%04d", "text": "Report %d. Officials in Kyiv said %d drones were shot down overnight near Kharkiv, and the governor said repairs to the power grid would take several days."}`+"\n", i, i, i%40)
	}
	f.Close()
	db := filepath.Join(dir, "k.db")

	cmd := chronicleCmd("ingest", "--db", db, in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until some documents are stored, then kill.
	deadline := time.Now().Add(60 * time.Second)
	for {
		if c := countDocs(t, db); c > 50 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("ingest stored nothing within 60s:\n%s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	stored := countDocs(t, db)
	if stored >= n {
		t.Skipf("ingest finished (%d) before it could be killed", stored)
	}
	out, err := chronicleCmd("ingest", "--db", db, in).CombinedOutput()
	if err != nil {
		t.Fatalf("re-run: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), fmt.Sprintf("%d unchanged", stored)) && !strings.Contains(string(out), "unchanged") {
		t.Errorf("re-run output: %s", out)
	}
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if c, _ := s.Count(context.Background()); c != n {
		t.Errorf("after re-run: %d documents, want %d", c, n)
	}
	for _, id := range []string{"doc-0000", "doc-0749", fmt.Sprintf("doc-%04d", n-1)} {
		revs, err := s.Revisions(context.Background(), id)
		if err != nil || len(revs) != 1 {
			t.Errorf("%s: %d revisions, %v; want exactly one", id, len(revs), err)
		}
	}
	if pending, err := s.Unlinked(context.Background()); err != nil || len(pending) != 0 {
		t.Errorf("after re-run: %d documents stored but not linked (%v), want none", len(pending), err)
	}
	t.Logf("killed after %d of %d documents; re-run completed the batch", stored, n)
}

// TestIngestLinksWhatAKilledRunStoredButDidNotLink stores articles as an
// ingest killed between storing and linking leaves them, then runs the
// ingest again: it skips them as unchanged, and links them first.
func TestIngestLinksWhatAKilledRunStoredButDidNotLink(t *testing.T) {
	dir := t.TempDir()
	in, db := filepath.Join(dir, "batch.jsonl"), filepath.Join(dir, "crash.db")
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for i := range 5 {
		id := fmt.Sprintf("doc-%d", i)
		text := fmt.Sprintf("Report %d. Officials in Kyiv said %d drones were shot down overnight near Kharkiv.", i, i+3)
		line, _ := json.Marshal(map[string]string{"id": id, "text": text})
		lines = append(lines, string(line))
		if i < 3 { // stored, then the process died before linking
			if _, err := s.Put(context.Background(), chronicle.NewDocument(id, text)); err != nil {
				t.Fatal(err)
			}
		}
	}
	s.Close()
	os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	code, _, stderr := runCLI(t, "", "ingest", "--db", db, in)
	if code != 0 || !strings.Contains(stderr, "linked 3 articles an earlier run stored") || !strings.Contains(stderr, "2 new") || !strings.Contains(stderr, "3 unchanged") {
		t.Errorf("re-run: exit %d\n%s", code, stderr)
	}
	s, err = sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if pending, err := s.Unlinked(context.Background()); err != nil || len(pending) != 0 {
		t.Errorf("after re-run: %v stored but not linked (%v), want none", pending, err)
	}
	for i := range 5 {
		if rev, err := s.Linked(context.Background(), fmt.Sprintf("doc-%d", i)); err != nil || rev != 1 {
			t.Errorf("doc-%d: linked revision %d, %v; want 1", i, rev, err)
		}
	}
}

// countDocs counts stored documents, 0 while the database does not exist.
func countDocs(t *testing.T, db string) int {
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	s, err := sqlite.Open(db)
	if err != nil {
		return 0
	}
	defer s.Close()
	n, _ := s.Count(context.Background())
	return n
}

func TestIngestBBCTwiceLeavesEveryArticleOnce(t *testing.T) {
	const bbc = "../../../shared/eval/bbc/bbc.jsonl"
	if _, err := os.Stat(bbc); err != nil {
		t.Skip("../shared/eval/bbc is absent: this test needs the shared folder beside the repo")
	}
	if testing.Short() {
		t.Skip("long: ingests the BBC corpus twice")
	}
	db := filepath.Join(t.TempDir(), "bbc.db")
	for i := 0; i < 2; i++ {
		if code, _, stderr := runCLI(t, "", "ingest", "--db", db, bbc); code != 0 {
			t.Fatalf("ingest %d: exit %d\n%s", i+1, code, stderr)
		}
	}
	if c := countDocs(t, db); c != 2225 {
		t.Errorf("%d documents after two ingests, want 2225", c)
	}
}

func TestIngestFollowPollsAFeedWithConditionalGets(t *testing.T) {
	var (
		mu          sync.Mutex
		feedHits    int
		notModified int
	)
	article := `<html><head><title>%s</title></head><body><article><h1>%s</h1>
<p>Officials in Kyiv said on Tuesday that air defences shot down most of the drones launched overnight, while the regional governor said that repairs to the damaged power lines would take several days.</p>
<p>Moscow did not comment on the strikes, which came a day after negotiators from both sides met in Istanbul for a second round of talks on a prisoner exchange.</p></article></body></html>`
	mux := http.NewServeMux()
	var srvURL string
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		feedHits++
		if r.Header.Get("If-None-Match") == `"v1"` {
			notModified++
			mu.Unlock()
			w.WriteHeader(http.StatusNotModified)
			return
		}
		mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>Drones downed</title><link>%[1]s/a</link><guid>a</guid><pubDate>Tue, 06 May 2025 08:00:00 GMT</pubDate></item>
<item><title>Grid repairs</title><link>%[1]s/b</link><guid>b</guid></item>
</channel></rss>`, srvURL)
	})
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, article, "Drones downed", "Drones downed")
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, strings.Replace(article, "most of the drones", "all of the drones", 1), "Grid repairs", "Grid repairs")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL

	db := filepath.Join(t.TempDir(), "f.db")
	// The wait ends as soon as both documents are stored and two polls were
	// answered 304; the bound is generous because loading the models on a
	// busy machine can take seconds before the first poll.
	const bound = 60 * time.Second
	ctx, cancel := context.WithTimeout(context.Background(), bound)
	defer cancel()
	var out, errb bytes.Buffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"ingest", "--db", db, "--allow-private", "--follow", "--interval", "100ms", srv.URL + "/feed.xml"}, nil, &out, &errb)
	}()
	deadline := time.Now().Add(bound)
	for time.Now().Before(deadline) {
		mu.Lock()
		nm := notModified
		mu.Unlock()
		if nm >= 2 && countDocs(t, db) == 2 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	<-done
	if n := countDocs(t, db); n != 2 {
		t.Errorf("%d documents stored, want 2\n%s", n, errb.String())
	}
	mu.Lock()
	defer mu.Unlock()
	if notModified < 2 {
		t.Errorf("%d polls, %d answered 304: conditional GET not used\n%s", feedHits, notModified, errb.String())
	}
}

// warcResponse is one WARC/1.1 response record holding an HTML page.
func warcResponse(uri, page string) string {
	httpResp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(page), page)
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%08d-0000-4000-8000-000000000000>\r\n"+
		"WARC-Date: 2025-05-06T09:30:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		len(uri), uri, len(httpResp), httpResp)
}

const testPage = `<html><head><title>%s</title></head><body><article><h1>%s</h1>
<p>Officials in Kyiv said on Tuesday that air defences shot down most of the drones launched overnight, while the regional governor said that repairs to the damaged power lines would take several days.</p>
<p>Moscow did not comment on the strikes, which came a day after negotiators from both sides met in Istanbul for a second round of talks on a prisoner exchange.</p></article></body></html>`

// TestBadInputGetsOneClearErrorAndLosesNothing feeds one of each kind of bad
// input beside good ones: each bad one gets an error line naming it, the good
// ones and everything stored before are kept, and the exit status is 1.
func TestBadInputGetsOneClearErrorAndLosesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "bad.db")
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Talks resumed in Istanbul on Monday, officials said."), 0o644)
	if code, _, stderr := runCLI(t, "", "ingest", "--db", db, good); code != 0 {
		t.Fatalf("first ingest: %s", stderr)
	}

	page1 := fmt.Sprintf(testPage, "First capture", "First capture")
	page2 := fmt.Sprintf(testPage, "Second capture", "Second capture")
	truncated := warcResponse("https://news.example/a", page1) + warcResponse("https://news.example/b", page2)
	truncated = truncated[:len(truncated)-200]

	big := make([]byte, 100<<20)
	copy(big, "<html><body><p>")
	for i := 15; i < len(big); i++ {
		big[i] = 'a' + byte(i%26)
	}
	bad := map[string][]byte{
		"binary.txt":     {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 1},
		"huge.html":      big,
		"invalid.txt":    []byte("Kyiv said \xff\xfe\x00\x81 something"),
		"noarticle.html": []byte("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"),
		"notxml.rss":     []byte("this is not a feed {"),
		"cut.warc":       []byte(truncated),
		"empty.txt":      nil,
	}
	var paths []string
	for name, b := range bad {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		paths = append(paths, p)
	}
	later := filepath.Join(dir, "later.txt")
	os.WriteFile(later, []byte("A second story about the front line, reported on Tuesday."), 0o644)
	paths = append(paths, later)

	code, _, stderr := runCLI(t, "", append([]string{"ingest", "--db", db}, paths...)...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	for name := range bad {
		n := 0
		for _, l := range lines {
			if strings.HasPrefix(l, "error: ") && strings.Contains(l, name) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: %d error lines, want 1\n%s", name, n, stderr)
		}
	}
	// good.txt from before, later.txt, and the first WARC record survive.
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, id := range []string{"good", "later", "news.example/a"} {
		if _, err := s.Get(context.Background(), id); err != nil {
			t.Errorf("%s: %v", id, err)
		}
	}
	if n, _ := s.Count(context.Background()); n != 3 {
		t.Errorf("%d documents stored, want 3", n)
	}
}

func TestIngestWARCStoresEachPageWithItsURIAndDate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "crawl.warc")
	body := warcResponse("https://news.example/a", fmt.Sprintf(testPage, "First", "First")) +
		warcResponse("https://news.example/b", fmt.Sprintf(testPage, "Second", "Second"))
	os.WriteFile(path, []byte(body), 0o644)
	db := filepath.Join(dir, "w.db")
	if code, _, stderr := runCLI(t, "", "ingest", "--db", db, path); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	_, out, _ := runCLI(t, "", "export", "--db", db, "--format", "csv")
	for _, want := range []string{"news.example/a,1,https://news.example/a,", "2025-05-06,First"} {
		if !strings.Contains(out, want) {
			t.Errorf("export lacks %q:\n%s", want, out)
		}
	}
}

// TestIngestLinksEveryArticleItStores: ingest links in batches, and the
// last, partial batch is linked before it exits; "link" then finds nothing
// left and counts what it looked at.
func TestIngestLinksEveryArticleItStores(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	for i, text := range []string{"Rebels shelled Kharkiv on Monday, officials said.", "Police in Lagos arrested 12 protesters on Tuesday.", "Talks in Doha ended without a deal."} {
		os.WriteFile(filepath.Join(docs, fmt.Sprintf("s%d.txt", i)), []byte(text), 0o644)
	}
	db := filepath.Join(dir, "l.db")
	if code, _, stderr := runCLI(t, "", "ingest", "--db", db, docs); code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, stderr)
	}
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	pending, err := s.Unlinked(context.Background())
	s.Close()
	if err != nil || len(pending) != 0 {
		t.Errorf("Unlinked after ingest = %v, %v; want none", pending, err)
	}
	code, _, stderr := runCLI(t, "", "link", "--db", db)
	if code != 0 || !strings.Contains(stderr, "linked 0 of 3 stored articles") {
		t.Errorf("link: exit %d\n%s", code, stderr)
	}
}
