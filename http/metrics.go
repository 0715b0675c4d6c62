package http

import (
	nethttp "net/http"
	"time"
)

// statusWriter remembers the status a handler wrote.
type statusWriter struct {
	nethttp.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = nethttp.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() nethttp.ResponseWriter { return w.ResponseWriter }

// instrument counts each request under the pattern that served it (the mux
// records it in Request.Pattern), never under the raw path, and under its
// method only when that is a standard one (metrics.Method), so that no
// request can add a series.
func (s *Server) instrument(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = nethttp.StatusOK
		}
		s.metrics.Observe(r.Pattern, r.Method, sw.status, time.Since(start))
	})
}
