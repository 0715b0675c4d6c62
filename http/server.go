// Package http serves Chronicle's JSON API and its web UI over stdlib
// net/http. Routes use Go 1.22 patterns; middleware is a plain
// func(http.Handler) http.Handler; chronicle error codes are mapped to status
// codes in one place (errorStatus); the UI is server-rendered html/template
// embedded in the binary, so every string from an article is escaped.
package http

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	nethttp "net/http"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/ingest"
	"github.com/chronicle-news/chronicle/metrics"
	"github.com/chronicle-news/chronicle/story"
)

// Defaults for the zero fields of Server.
const (
	DefaultMaxBodyBytes = 25 << 20
	DefaultReadTimeout  = 10 * time.Second
	DefaultWriteTimeout = 60 * time.Second
)

// Server is the HTTP front of a store: the JSON API under /api, the web UI,
// /healthz and /metrics.
type Server struct {
	Store chronicle.Store
	// Pipeline analyses posted articles; nil refuses analysis.
	Pipeline *chronicle.Pipeline
	// Reader turns posted input objects and fetched URLs into documents; its
	// Fetcher is the SSRF-safe fetcher (nil refuses POST /api/ingest).
	Reader *ingest.Reader
	// Token, when set, is required as "Authorization: Bearer Token" on every
	// write. When empty, writes are allowed only while Loopback is true and
	// the request names a loopback host.
	Token string
	// Loopback is true when the server listens on a loopback address only.
	Loopback bool
	// MaxBodyBytes caps a request body (default DefaultMaxBodyBytes).
	MaxBodyBytes int64
	// ReadTimeout bounds a read request, WriteTimeout a write (analysis,
	// fetching); defaults DefaultReadTimeout and DefaultWriteTimeout.
	ReadTimeout, WriteTimeout time.Duration
	// CacheTTL is how long a read's response may be reused (default
	// DefaultCacheTTL; negative turns the cache off). Writes through the
	// server empty the cache at once.
	CacheTTL time.Duration
	// CacheBytes bounds the bytes of responses the cache holds (default
	// DefaultCacheBytes).
	CacheBytes int
	// MaxAnalyses bounds the analyses run at once (default GOMAXPROCS-1, at
	// least 1), so that writes leave a core to the readers.
	MaxAnalyses int
	// Logger receives one line per failed request; nil discards.
	Logger *slog.Logger

	metrics  *metrics.HTTP
	registry *metrics.Registry
	cache    *responseCache // nil when off
	ui       *ui
	analyses chan struct{} // bounds concurrent analyses
	linker   *story.Linker // links stored articles into merged events; nil without a story index
	linkMu   sync.Mutex
	handler  nethttp.Handler
	routes   []route
}

// route is one registered pattern; the OpenAPI test walks this list.
type route struct {
	Method, Path string
	Write        bool // needs the token (or loopback)
	API          bool // documented in openapi.json
}

// Handler returns the server's handler, building it on the first call.
func (s *Server) Handler() nethttp.Handler {
	if s.handler == nil {
		s.build()
	}
	return s.handler
}

func (s *Server) build() {
	if s.Logger == nil {
		s.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if s.MaxBodyBytes <= 0 {
		s.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if s.ReadTimeout <= 0 {
		s.ReadTimeout = DefaultReadTimeout
	}
	if s.WriteTimeout <= 0 {
		s.WriteTimeout = DefaultWriteTimeout
	}
	if s.Reader == nil {
		s.Reader = &ingest.Reader{}
	}
	if s.CacheTTL == 0 {
		s.CacheTTL = DefaultCacheTTL
	}
	if s.CacheTTL > 0 {
		if s.CacheBytes <= 0 {
			s.CacheBytes = DefaultCacheBytes
		}
		s.cache = newResponseCache(s.CacheTTL, s.CacheBytes)
	}
	s.ui = newUI()
	s.registry = metrics.NewRegistry()
	if s.MaxAnalyses <= 0 {
		s.MaxAnalyses = max(1, runtime.GOMAXPROCS(0)-1)
	}
	s.analyses = make(chan struct{}, s.MaxAnalyses)
	if idx, ok := s.Store.(story.Index); ok {
		s.linker = story.NewLinker(idx, story.Options{})
	}
	mux := nethttp.NewServeMux()
	read := func(method, path string, h nethttp.HandlerFunc, api bool) {
		s.routes = append(s.routes, route{Method: method, Path: path, API: api})
		mw := []func(nethttp.Handler) nethttp.Handler{cleanQuery, s.timeout(s.ReadTimeout)}
		if path != "/metrics" && path != "/healthz" {
			mw = append([]func(nethttp.Handler) nethttp.Handler{s.cached}, mw...)
		}
		mux.Handle(method+" "+path, chain(h, mw...))
	}
	write := func(path string, h nethttp.HandlerFunc, api bool) {
		s.routes = append(s.routes, route{Method: "POST", Path: path, Write: true, API: api})
		mux.Handle("POST "+path, chain(h, s.authorize, s.limitBody, s.timeout(s.WriteTimeout)))
	}
	// The JSON API.
	read("GET", "/healthz", s.handleHealth, true)
	read("GET", "/metrics", metrics.Handler(s.registry, s.Logger).ServeHTTP, true)
	read("GET", "/api/openapi.json", s.handleOpenAPI, true)
	read("GET", "/api/articles", s.handleListArticles, true)
	read("GET", "/api/articles/{doc_id...}", s.handleGetArticle, true)
	write("/api/articles", s.handlePostArticle, true)
	write("/api/analyze", s.handleAnalyze, true)
	write("/api/ingest", s.handleIngest, true)
	read("GET", "/api/events", s.handleListEvents, true)
	read("GET", "/api/events/{id}", s.handleGetEvent, true)
	read("GET", "/api/quotes", s.handleQuotes, true)
	read("GET", "/api/actors/{actor}/timeline", s.handleTimeline, true)
	read("GET", "/api/outlets", s.handleOutlets, true)
	read("GET", "/api/", s.handleAPINotFound, false)
	// The web UI.
	read("GET", "/{$}", s.pageHome, false)
	read("GET", "/articles/{doc_id...}", s.pageArticle, false)
	write("/articles", s.pagePostArticle, false)
	write("/ingest", s.pagePostURL, false)
	read("GET", "/events", s.pageEvents, false)
	read("GET", "/events/{id}", s.pageEvent, false)
	read("GET", "/actors", s.pageActors, false)
	read("GET", "/actors/{actor}", s.pageActor, false)
	read("GET", "/network", s.pageNetwork, false)
	read("GET", "/quotes", s.pageQuotes, false)
	read("GET", "/outlets", s.pageOutlets, false)
	read("GET", "/static/", s.ui.static().ServeHTTP, false)
	read("GET", "/", s.pageNotFound, false)
	patterns := make([]string, len(s.routes))
	for i, r := range s.routes {
		patterns[i] = r.Method + " " + r.Path
	}
	s.metrics = metrics.NewHTTP(s.registry, patterns, s.Store.Count)
	s.handler = chain(s.unrouted(mux), s.recover, s.instrument, secureHeaders)
}

// unrouted answers requests that match no route (a wrong method, mostly)
// with the usual error body instead of the mux's plain-text one.
func (s *Server) unrouted(mux *nethttp.ServeMux) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if err := checkPathID(r); err != nil {
			s.error(w, r, err)
			return
		}
		h, pattern := mux.Handler(r)
		if pattern != "" {
			mux.ServeHTTP(w, r)
			return
		}
		// Ask the mux's own handler what it would say, without writing.
		probe := &probeWriter{header: nethttp.Header{}}
		h.ServeHTTP(probe, r)
		switch probe.status {
		case nethttp.StatusMethodNotAllowed:
			w.Header().Set("Allow", probe.header.Get("Allow"))
			s.error(w, r, errMethod)
		case nethttp.StatusNotFound:
			s.error(w, r, chronicle.Errorf(chronicle.ENOTFOUND, "no such endpoint: %s %s", r.Method, r.URL.Path))
		default:
			mux.ServeHTTP(w, r)
		}
	})
}

// probeWriter records a status and headers and drops the body.
type probeWriter struct {
	header nethttp.Header
	status int
}

func (p *probeWriter) Header() nethttp.Header { return p.header }
func (p *probeWriter) Write(b []byte) (int, error) {
	if p.status == 0 {
		p.status = nethttp.StatusOK
	}
	return len(b), nil
}
func (p *probeWriter) WriteHeader(code int) {
	if p.status == 0 {
		p.status = code
	}
}

// chain wraps h in middleware, the first listed outermost.
func chain(h nethttp.Handler, mw ...func(nethttp.Handler) nethttp.Handler) nethttp.Handler {
	for i := len(mw) - 1; i >= 0; i-- {
		h = mw[i](h)
	}
	return h
}

// Serve answers on l until ctx is cancelled, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	hs := &nethttp.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.WriteTimeout,
		WriteTimeout:      s.WriteTimeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(l) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := hs.Shutdown(sctx); err != nil {
			return err
		}
		return nil
	}
}

// IsLoopback reports whether a listen address (HOST:PORT) binds to loopback
// only. An empty host or an unspecified address (0.0.0.0, ::) listens on
// every interface and is not loopback.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// loopbackHost reports whether a request's Host header names a loopback
// host, so that a token-less server is not reachable by DNS rebinding.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// authorize guards writes: with a token, the request must carry it as a
// bearer token (or, from the UI's forms, as the "token" field); without one,
// only a loopback server answering a loopback Host accepts writes.
func (s *Server) authorize(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if crossSite(r) {
			s.error(w, r, chronicle.Errorf(chronicle.EFORBIDDEN, "cross-site writes are refused"))
			return
		}
		if s.Token == "" {
			switch {
			case !s.Loopback:
				s.error(w, r, chronicle.Errorf(chronicle.EFORBIDDEN, "writes are refused: the server has no token and is not bound to loopback"))
				return
			case !loopbackHost(r.Host):
				s.error(w, r, chronicle.Errorf(chronicle.EFORBIDDEN, "writes are refused: the server has no token, so it takes writes only addressed to a loopback host (localhost, 127.0.0.1, [::1]), not %q", r.Host))
				return
			}
			next.ServeHTTP(w, r)
			return
		}
		got, ok := bearerToken(r.Header.Get("Authorization"))
		if !ok && !strings.HasPrefix(r.URL.Path, "/api/") {
			r.Body = nethttp.MaxBytesReader(w, r.Body, s.MaxBodyBytes)
			got = r.PostFormValue("token")
		}
		if got == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="chronicle"`)
			s.error(w, r, chronicle.Errorf(chronicle.EUNAUTHORIZED, "this endpoint needs Authorization: Bearer <token>"))
			return
		}
		if subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.Token)) != 1 {
			s.error(w, r, chronicle.Errorf(chronicle.EFORBIDDEN, "wrong token"))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// bearerToken reads the credentials of an "Authorization: Bearer …" header;
// the scheme name is case-insensitive (RFC 9110 §11.1).
func bearerToken(h string) (string, bool) {
	scheme, cred, ok := strings.Cut(strings.TrimSpace(h), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	return strings.TrimSpace(cred), true
}

// crossSite reports whether a browser sent the request from another site: a
// form or a simple fetch from a page elsewhere must not write to the store.
func crossSite(r *nethttp.Request) bool {
	// Browsers since 2020-2023 send Sec-Fetch-Site; it is the surest sign.
	switch r.Header.Get("Sec-Fetch-Site") {
	case "same-origin", "none":
		return false
	case "cross-site", "same-site":
		return true
	}
	o := r.Header.Get("Origin")
	if o == "" {
		return false // not a browser, or a same-origin GET-like request
	}
	u, err := url.Parse(o)
	return err != nil || o == "null" || !strings.EqualFold(u.Host, r.Host)
}

// limitBody caps the request body at MaxBodyBytes.
func (s *Server) limitBody(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if r.ContentLength > s.MaxBodyBytes {
			s.error(w, r, chronicle.Errorf(chronicle.ETOOLARGE, "request body is over the limit of %d MB", s.MaxBodyBytes>>20))
			return
		}
		r.Body = nethttp.MaxBytesReader(w, r.Body, s.MaxBodyBytes)
		next.ServeHTTP(w, r)
	})
}

// timeout gives each request a deadline; handlers pass the context down and
// analysis gives up waiting when it expires.
func (s *Server) timeout(d time.Duration) func(nethttp.Handler) nethttp.Handler {
	return func(next nethttp.Handler) nethttp.Handler {
		return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), d)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// recover turns a handler panic into a 500 with the usual error body.
func (s *Server) recover(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == nethttp.ErrAbortHandler {
					panic(v)
				}
				s.error(w, r, fmt.Errorf("panic: %v", v))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// secureHeaders sets a strict Content-Security-Policy — scripts and styles
// only from /static, no inline script, no plugins, no framing — and the
// other headers that keep article text inert.
func secureHeaders(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
			"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// errTimeout is returned when a request's time limit passed.
var errTimeout = errors.New("request time limit exceeded")

// errMethod is a request with a method its path does not take.
var errMethod = errors.New("method not allowed")
