// Package natstest runs a real NATS server with JetStream inside the test
// process (the nats-server library), on a free loopback port and a temporary
// store directory.
package natstest

import (
	"errors"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// Start starts a server that stops when the test ends and returns its URL.
func Start(t testing.TB) string {
	t.Helper()
	s, err := Launch(t.TempDir())
	if err != nil {
		t.Fatalf("natstest: %v", err)
	}
	t.Cleanup(s.Shutdown)
	return s.ClientURL()
}

// Launch starts a server storing its streams in dir, outside a test (for
// benchmarks); Shutdown it when done.
func Launch(dir string) (*server.Server, error) {
	s, err := server.NewServer(&server.Options{
		Host:      "127.0.0.1",
		Port:      -1, // a free port
		JetStream: true,
		StoreDir:  dir,
		NoLog:     true,
		NoSigs:    true,
	})
	if err != nil {
		return nil, err
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		s.Shutdown()
		return nil, errors.New("server not ready within 10s")
	}
	return s, nil
}
