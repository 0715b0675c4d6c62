package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestServeRefusesAPublicAddressWithoutAToken(t *testing.T) {
	t.Setenv("CHRONICLE_TOKEN", "")
	code, _, stderr := runCLI(t, "", "serve", "--db", filepath.Join(t.TempDir(), "c.db"), "--addr", "0.0.0.0:0")
	if code != 1 || !strings.Contains(stderr, "without a token") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestServePrintsItsAddressAndAnswers runs `chronicle serve` as a child
// process on a free loopback port, reads the address it prints, asks it for
// /healthz and stops it with SIGTERM.
func TestServePrintsItsAddressAndAnswers(t *testing.T) {
	cmd := chronicleCmd("serve", "--db", filepath.Join(t.TempDir(), "c.db"), "--addr", "127.0.0.1:0")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line := make(chan string, 1)
	go func() {
		s, _ := bufio.NewReader(out).ReadString('\n')
		line <- s
		io.Copy(io.Discard, out)
	}()
	var first string
	select {
	case first = <-line:
	case <-time.After(60 * time.Second):
		t.Fatal("serve printed nothing in 60s")
	}
	base, ok := strings.CutPrefix(strings.TrimSpace(first), "Chronicle at ")
	if !ok || !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Fatalf("first line %q", first)
	}
	base = strings.Fields(base)[0]
	resp, err := http.Get(base + "healthz")
	if err != nil {
		t.Fatal(err)
	}
	var h map[string]any
	json.NewDecoder(resp.Body).Decode(&h)
	resp.Body.Close()
	if h["status"] != "ok" {
		t.Errorf("healthz %v", h)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve exited with %v after SIGTERM", err)
		}
	case <-time.After(15 * time.Second):
		t.Error("serve did not stop on SIGTERM")
	}
}
