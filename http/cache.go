package http

import (
	"bytes"
	nethttp "net/http"
	"sync"
	"time"
)

// DefaultCacheTTL is how long a read's response is reused when nothing was
// written through this server meanwhile. Writes by other processes (a CLI
// ingest into the same database) show after at most this long.
const DefaultCacheTTL = 2 * time.Second

const (
	maxCacheEntries   = 2048
	maxCacheBodyBytes = 1 << 20
)

// responseCache keeps recent successful GET responses, so that a burst of
// readers asking for the same pages does not decode the same records again.
// Every write through the server empties it.
type responseCache struct {
	ttl     time.Duration
	mu      sync.Mutex
	entries map[string]*cachedResponse
}

type cachedResponse struct {
	at     time.Time
	header nethttp.Header
	body   []byte
}

func newResponseCache(ttl time.Duration) *responseCache {
	return &responseCache{ttl: ttl, entries: map[string]*cachedResponse{}}
}

func (c *responseCache) get(key string) *cachedResponse {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entries[key]
	if e == nil || time.Since(e.at) > c.ttl {
		return nil
	}
	return e
}

func (c *responseCache) put(key string, e *cachedResponse) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= maxCacheEntries {
		now := time.Now()
		for k, old := range c.entries {
			if now.Sub(old.at) > c.ttl {
				delete(c.entries, k)
			}
		}
		if len(c.entries) >= maxCacheEntries {
			clear(c.entries)
		}
	}
	c.entries[key] = e
}

// invalidate drops every entry; called after each write.
func (c *responseCache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.entries)
}

// recorder captures a response for the cache while passing it through.
type recorder struct {
	nethttp.ResponseWriter
	status int
	buf    bytes.Buffer
	over   bool
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = nethttp.StatusOK
	}
	if !r.over {
		if r.buf.Len()+len(b) > maxCacheBodyBytes {
			r.over = true
			r.buf.Reset()
		} else {
			r.buf.Write(b)
		}
	}
	return r.ResponseWriter.Write(b)
}

// cached serves a GET from the cache when it can and fills the cache with
// 200 responses otherwise.
func (s *Server) cached(next nethttp.Handler) nethttp.Handler {
	if s.cache == nil {
		return next
	}
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if r.Method != nethttp.MethodGet {
			next.ServeHTTP(w, r)
			return
		}
		key := r.URL.RequestURI()
		if e := s.cache.get(key); e != nil {
			h := w.Header()
			for k, v := range e.header {
				h[k] = v
			}
			w.WriteHeader(nethttp.StatusOK)
			w.Write(e.body)
			return
		}
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == nethttp.StatusOK && !rec.over {
			s.cache.put(key, &cachedResponse{at: time.Now(), header: w.Header().Clone(), body: bytes.Clone(rec.buf.Bytes())})
		}
	})
}
