package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/sqlite"
	"github.com/chronicle-news/chronicle/storetest"
)

func open(t *testing.T) chronicle.Store {
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) { storetest.Run(t, open) }

func TestReopenKeepsDocumentsAndSkipsApplied(t *testing.T) {
	path := filepath.Join(t.TempDir(), "reopen.db")
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(context.Background(), chronicle.NewDocument("x", "Some text.")); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if n, _ := s.Count(context.Background()); n != 1 {
		t.Errorf("Count after reopen = %d, want 1", n)
	}
}

func TestStoryStore(t *testing.T) {
	storetest.RunStory(t, func(t *testing.T) storetest.StoryStore {
		s, err := sqlite.Open(filepath.Join(t.TempDir(), "story.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
