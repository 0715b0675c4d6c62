package event_test

import (
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	for _, e := range full(t, os.Getenv("S"), "2026-07-07").Events {
		t.Log(describe(e), e.Location)
	}
}
