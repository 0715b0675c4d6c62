package http

import (
	"bytes"
	"container/list"
	nethttp "net/http"
	"sync"
	"time"
)

// DefaultCacheTTL is how long a read's response is reused when nothing was
// written through this server meanwhile. Writes by other processes (a CLI
// ingest into the same database) show after at most this long.
const DefaultCacheTTL = 2 * time.Second

// DefaultCacheBytes bounds the bytes of responses the cache holds.
const DefaultCacheBytes = 64 << 20

// maxCacheBodyBytes is the largest response the cache keeps.
const maxCacheBodyBytes = 1 << 20

// responseCache keeps recent successful GET responses, so that a burst of
// readers asking for the same pages does not decode the same records again.
// It is a least-recently-used cache bounded in bytes (bodies, headers and
// keys counted), whose entries expire after ttl; every write through the
// server empties it. Hand-written on container/list because the well-kept
// LRU packages (hashicorp/golang-lru/v2 and its expirable LRU) bound the
// number of entries, not their bytes.
type responseCache struct {
	ttl      time.Duration
	maxBytes int
	now      func() time.Time // time.Now; tests move it

	mu        sync.Mutex
	entries   map[string]*list.Element // of *cachedResponse
	lru       list.List                // front: most recently used
	bytes     int
	lastSweep time.Time
}

type cachedResponse struct {
	key    string
	at     time.Time
	header nethttp.Header
	body   []byte
	size   int
}

func newResponseCache(ttl time.Duration, maxBytes int) *responseCache {
	return &responseCache{ttl: ttl, maxBytes: maxBytes, now: time.Now, entries: map[string]*list.Element{}}
}

// responseSize is what an entry costs: its body, key and headers, plus a
// fixed overhead for the structures around them.
func responseSize(key string, header nethttp.Header, body []byte) int {
	n := 256 + len(key) + len(body)
	for k, vs := range header {
		n += len(k) + 16
		for _, v := range vs {
			n += len(v) + 16
		}
	}
	return n
}

func (c *responseCache) get(key string) *cachedResponse {
	c.mu.Lock()
	defer c.mu.Unlock()
	el := c.entries[key]
	if el == nil {
		return nil
	}
	e := el.Value.(*cachedResponse)
	if c.now().Sub(e.at) > c.ttl {
		c.remove(el)
		return nil
	}
	c.lru.MoveToFront(el)
	return e
}

func (c *responseCache) put(key string, header nethttp.Header, body []byte) {
	e := &cachedResponse{key: key, header: header, body: body, size: responseSize(key, header, body)}
	if e.size > c.maxBytes {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	e.at = now
	if el := c.entries[key]; el != nil {
		c.remove(el)
	}
	// Expired entries go first: all of them once per ttl, else those at the
	// back.
	if now.Sub(c.lastSweep) > c.ttl {
		c.lastSweep = now
		for el := c.lru.Back(); el != nil; {
			prev := el.Prev()
			if now.Sub(el.Value.(*cachedResponse).at) > c.ttl {
				c.remove(el)
			}
			el = prev
		}
	}
	for c.bytes+e.size > c.maxBytes && c.lru.Len() > 0 {
		c.remove(c.lru.Back())
	}
	c.entries[key] = c.lru.PushFront(e)
	c.bytes += e.size
}

func (c *responseCache) remove(el *list.Element) {
	e := c.lru.Remove(el).(*cachedResponse)
	delete(c.entries, e.key)
	c.bytes -= e.size
}

// held returns the bytes and entries the cache holds.
func (c *responseCache) held() (bytes, entries int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bytes, len(c.entries)
}

// invalidate drops every entry; called after each write.
func (c *responseCache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries = map[string]*list.Element{}
	c.lru.Init()
	c.bytes = 0
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
			r.buf = bytes.Buffer{}
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
			s.cache.put(key, w.Header().Clone(), bytes.Clone(rec.buf.Bytes()))
		}
	})
}
