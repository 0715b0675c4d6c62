package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/nats/natstest"
	"github.com/chronicle-news/chronicle/postgres"
	"github.com/chronicle-news/chronicle/postgres/pgtest"
)

// startWorker starts a worker process on the queue and store, with extra
// flags.
func startWorker(t *testing.T, queue, db string, extra ...string) *exec.Cmd {
	t.Helper()
	cmd := chronicleCmd(append([]string{"worker", "--queue", queue, "--db", db, "--concurrency", "2", "--ack-wait", "3s", "--stats", "0"}, extra...)...)
	logPath := filepath.Join(t.TempDir(), "worker.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = logFile
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		defer logFile.Close()
		if t.Failed() {
			b, _ := os.ReadFile(logPath)
			if len(b) > 2000 {
				b = b[len(b)-2000:]
			}
			t.Logf("worker log (end):\n%s", b)
		}
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
		}
	})
	return cmd
}

func pgCount(t *testing.T, s *postgres.Store) int {
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// waitFor polls cond until it holds or the time runs out.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func writeBatch(t *testing.T, n int) string {
	path := filepath.Join(t.TempDir(), "batch.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		fmt.Fprintf(f, `{"id": "w-%04d", "text": "Report %d. Officials in Kyiv said %d drones were shot down overnight near Kharkiv, and Governor Oleh Syniehubov said repairs would take days.", "published": "2025-05-06"}`+"\n", i, i, i%40)
	}
	f.Close()
	return path
}

// TestKilledWorkerLosesNothing kills a worker with SIGKILL in the middle of
// a batch; the documents it held come back to the other workers, and every
// document ends up stored exactly once with all its layers.
func TestKilledWorkerLosesNothing(t *testing.T) {
	pg := pgtest.Start(t)
	defer pg.Stop()
	db := pg.NewDatabase(t)
	queue := natstest.Start(t)
	const n = 300
	if code, _, stderr := runCLI(t, "", "ingest", "--queue", queue, writeBatch(t, n)); code != 0 {
		t.Fatalf("ingest --queue: %s", stderr)
	}
	store, err := postgres.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()

	victim := startWorker(t, queue, db)
	waitFor(t, 90*time.Second, "the first documents", func() bool { return pgCount(t, store) >= 30 })
	victim.Process.Signal(syscall.SIGKILL)
	victim.Wait()
	killedAt := pgCount(t, store)
	if killedAt >= n {
		t.Skipf("the worker finished (%d) before it could be killed", killedAt)
	}
	startWorker(t, queue, db)
	startWorker(t, queue, db)
	waitFor(t, 3*time.Minute, "every document", func() bool { return pgCount(t, store) == n })

	ctx := context.Background()
	f := chronicle.DocumentFilter{Limit: 100}
	seen := 0
	for {
		page, err := store.Find(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range page.Documents {
			seen++
			if d.Revision != 1 {
				t.Errorf("%s: revision %d, want 1", d.ID, d.Revision)
			}
			if len(d.Entities) == 0 || len(d.Sentences) != 0 {
				t.Errorf("%s: %d entities stored: layers missing", d.ID, len(d.Entities))
			}
		}
		if page.NextCursor == "" {
			break
		}
		f.Cursor = page.NextCursor
	}
	if seen != n {
		t.Errorf("listed %d documents, want %d", seen, n)
	}
	// Every document is linked too, also one the victim stored and died
	// before linking: its redelivery finds it stored and links it.
	waitFor(t, time.Minute, "every document linked", func() bool {
		for i := 0; i < n; i++ {
			if rev, err := store.Linked(ctx, fmt.Sprintf("w-%04d", i)); err != nil || rev != 1 {
				return false
			}
		}
		return true
	})
	t.Logf("worker killed after %d of %d documents; the others completed the batch", killedAt, n)
}

// TestTwoWorkersStoreTheBBCCorpus runs the whole pipeline at scale: 1,000
// BBC articles queued on NATS, two workers, PostgreSQL.
func TestTwoWorkersStoreTheBBCCorpus(t *testing.T) {
	const bbc = "../../../shared/eval/bbc/bbc.jsonl"
	in, err := os.Open(bbc)
	if err != nil {
		t.Skip("../shared/eval/bbc is absent: this test needs the shared folder beside the repo")
	}
	defer in.Close()
	const n = 1000
	subset := filepath.Join(t.TempDir(), "bbc1000.jsonl")
	out, _ := os.Create(subset)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		out.Write(append(sc.Bytes(), '\n'))
	}
	out.Close()

	pg := pgtest.Start(t)
	defer pg.Stop()
	db := pg.NewDatabase(t)
	queue := natstest.Start(t)
	start := time.Now()
	if code, _, stderr := runCLI(t, "", "ingest", "--queue", queue, subset); code != 0 {
		t.Fatalf("ingest --queue: %s", stderr)
	}
	store, err := postgres.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	startWorker(t, queue, db)
	startWorker(t, queue, db)
	waitFor(t, 5*time.Minute, "1,000 articles", func() bool { return pgCount(t, store) == n })
	t.Logf("2 workers stored %d BBC articles in %.1fs", n, time.Since(start).Seconds())
}

// TestWorkersLinkMergedEvents queues the three strike reports the story
// tests use for two workers on PostgreSQL: the workers link what they store
// as chronicle ingest does, so chronicle events on the shared database lists
// the strike reported by all three articles, two of them independent (one
// report is a syndicated copy of another, whichever worker stored it first).
// One worker runs with --metrics, and its scrape shows documents, stage
// latencies and the drained queue.
func TestWorkersLinkMergedEvents(t *testing.T) {
	pg := pgtest.Start(t)
	defer pg.Stop()
	db := pg.NewDatabase(t)
	queue := natstest.Start(t)
	in := filepath.Join(t.TempDir(), "in.jsonl")
	os.WriteFile(in, []byte(jsonlArticle(t, "herald-1", "Dnipro Herald", "2025-05-13", "strike-herald.txt")+
		jsonlArticle(t, "wire-1", "Continental Wire", "2025-05-14", "strike-wire.txt")+
		jsonlArticle(t, "ledger-1", "Morning Ledger", "2025-05-14", "strike-ledger.txt")), 0o644)
	// The worker with --metrics waits on the queue before the reports
	// arrive, so that it analyses some of them.
	metricsAddr := freeAddr(t)
	startWorker(t, queue, db, "--metrics", metricsAddr)
	waitFor(t, 60*time.Second, "the worker's metrics", func() bool {
		resp, err := http.Get("http://" + metricsAddr + "/metrics")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil
	})
	if code, _, stderr := runCLI(t, "", "ingest", "--queue", queue, in); code != 0 {
		t.Fatalf("ingest --queue: %s", stderr)
	}
	startWorker(t, queue, db)

	var last string
	waitFor(t, 2*time.Minute, "a merged event of all three reports", func() bool {
		code, out, _ := runCLI(t, "", "events", "--db", db, "--format", "jsonl")
		if code != 0 {
			return false
		}
		last = out
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var ev chronicle.EventCluster
			if json.Unmarshal([]byte(line), &ev) != nil {
				continue
			}
			if len(ev.Articles) == 3 && ev.Independent == 2 {
				return true
			}
		}
		return false
	})
	if last == "" {
		t.Error("chronicle events listed nothing")
	}

	// The worker with --metrics exposes its counters, stage latencies and
	// the queue lag, which is 0 once the batch is done.
	var m string
	waitFor(t, 30*time.Second, "metrics with the queue drained", func() bool {
		resp, err := http.Get("http://" + metricsAddr + "/metrics")
		if err != nil {
			return false
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		m = string(b)
		return strings.Contains(m, "\nchronicle_worker_queue_lag 0\n")
	})
	for _, want := range []string{`chronicle_worker_documents_total{outcome="stored"}`, `chronicle_worker_stage_duration_seconds_bucket{stage=`,
		"# TYPE chronicle_worker_stage_duration_seconds histogram", "\ngo_goroutines ", "\nprocess_cpu_seconds_total "} {
		if !strings.Contains(m, want) {
			t.Errorf("worker metrics lack %q:\n%s", want, m)
		}
	}
}

// freeAddr returns a loopback address with a port free a moment ago.
func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// TestWorkerLinksWhatWasStoredButNotLinked stores documents in the shared
// store as a worker killed between storing and linking leaves them (their
// messages acknowledged or dead, so never delivered again); a worker that
// starts links them before it takes work from the queue.
func TestWorkerLinksWhatWasStoredButNotLinked(t *testing.T) {
	pg := pgtest.Start(t)
	defer pg.Stop()
	db := pg.NewDatabase(t)
	queue := natstest.Start(t)
	store, err := postgres.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ctx := context.Background()
	for i := range 4 {
		d := chronicle.NewDocument(fmt.Sprintf("s-%d", i), fmt.Sprintf("Report %d. Officials in Kyiv said drones were shot down near Kharkiv.", i))
		if _, err := store.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if pending, _ := store.Unlinked(ctx); len(pending) != 4 {
		t.Fatalf("Unlinked = %v, want the 4 documents", pending)
	}
	startWorker(t, queue, db)
	waitFor(t, 60*time.Second, "the worker to link the stored documents", func() bool {
		pending, err := store.Unlinked(ctx)
		return err == nil && len(pending) == 0
	})
}
