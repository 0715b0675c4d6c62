package ingest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest/web"
)

// TestFeedItemsFetchTheirLinkOnlyWhenTheBodyIsShort serves, on loopback, a
// feed with a teaser item and a full-text item, and counts the page fetches.
func TestFeedItemsFetchTheirLinkOnlyWhenTheBodyIsShort(t *testing.T) {
	var fetches atomic.Int32
	long := strings.Repeat("Negotiators met again in Varn on Monday and agreed on a new schedule for talks. ", 20)
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		w.Write([]byte(`<?xml version="1.0"?><!-- a feed --><rss version="2.0"><channel><title>Ledger</title>
<item><title>Teaser</title><link>` + base + `/teaser</link><description>Talks resumed.</description></item>
<item><title>Full</title><link>` + base + `/full</link><description>` + long + `</description></item>
</channel></rss>`))
	})
	page := func(w http.ResponseWriter, r *http.Request) {
		fetches.Add(1)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<html><head><title>Talks resume in Varn</title></head><body><article><p>The page of the article says the talks resumed in Varn on Monday after a week of shelling along the river, with both delegations present.</p></article></body></html>`))
	}
	mux.HandleFunc("/teaser", page)
	mux.HandleFunc("/full", page)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base = srv.URL

	r := &Reader{Fetcher: &web.Fetcher{AllowPrivate: true}}
	var docs []*chronicle.Document
	err := r.Read(context.Background(), srv.URL+"/feed", func(d *chronicle.Document, err error) error {
		if err != nil {
			t.Error(err)
			return nil
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || fetches.Load() != 1 {
		t.Fatalf("%d docs, %d page fetches", len(docs), fetches.Load())
	}
	if !strings.Contains(docs[0].Text, "The page of the article") || !strings.Contains(docs[1].Text, "new schedule") ||
		docs[1].MetadataSources["text"] != "feed item description" || docs[1].Publisher != "Ledger" {
		t.Errorf("teaser %q\nfull %q %v", docs[0].Text, docs[1].Text, docs[1].MetadataSources)
	}
}
