package postgres_test

import (
	"context"
	"os"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/postgres"
	"github.com/chronicle-news/chronicle/postgres/pgtest"
	"github.com/chronicle-news/chronicle/storetest"
)

var server *pgtest.Server

func TestMain(m *testing.M) {
	code := m.Run()
	if server != nil {
		server.Stop()
	}
	os.Exit(code)
}

func open(t *testing.T) chronicle.Store {
	if server == nil {
		server = pgtest.Start(t)
	}
	s, err := postgres.Open(context.Background(), server.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) { storetest.Run(t, open) }

func TestOpenRefusesABadURL(t *testing.T) {
	_, err := postgres.Open(context.Background(), "postgres://%zz")
	if chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("error = %v, want invalid", err)
	}
}
