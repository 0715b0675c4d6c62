package http

import (
	"context"
	"encoding/json"
	"errors"
	nethttp "net/http"

	"github.com/chronicle-news/chronicle"
)

// errorStatus maps an error to its HTTP status and public code. It is the one
// place where chronicle error codes meet HTTP.
func errorStatus(err error) (int, string) {
	var mbe *nethttp.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nethttp.StatusRequestEntityTooLarge, chronicle.ETOOLARGE
	case errors.Is(err, errTimeout), errors.Is(err, context.DeadlineExceeded):
		return nethttp.StatusServiceUnavailable, "timeout"
	case errors.Is(err, errMethod):
		return nethttp.StatusMethodNotAllowed, "method_not_allowed"
	}
	code := chronicle.ErrorCode(err)
	switch code {
	case chronicle.EINVALID:
		return nethttp.StatusBadRequest, code
	case chronicle.EUNAUTHORIZED:
		return nethttp.StatusUnauthorized, code
	case chronicle.EFORBIDDEN:
		return nethttp.StatusForbidden, code
	case chronicle.ENOTFOUND:
		return nethttp.StatusNotFound, code
	case chronicle.ECONFLICT:
		return nethttp.StatusConflict, code
	case chronicle.ETOOLARGE:
		return nethttp.StatusRequestEntityTooLarge, code
	case chronicle.EUNSUPPORTED:
		return nethttp.StatusNotImplemented, code
	case chronicle.EUPSTREAM:
		return nethttp.StatusBadGateway, code
	}
	return nethttp.StatusInternalServerError, chronicle.EINTERNAL
}

// errorMessage is what a client is told: the domain message, a fixed one for
// time limits and body limits, nothing of an internal error's details.
func errorMessage(err error) string {
	var mbe *nethttp.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return "request body is over the size limit"
	case errors.Is(err, errTimeout), errors.Is(err, context.DeadlineExceeded):
		return "the request took longer than its time limit"
	case errors.Is(err, errMethod):
		return "this path does not take that method"
	}
	return chronicle.ErrorMessage(err)
}

// errorBody is the body of every error response: {"error": {"code", "message"}}.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// error writes err as the API's error body, or as an HTML page for the UI.
func (s *Server) error(w nethttp.ResponseWriter, r *nethttp.Request, err error) {
	status, code := errorStatus(err)
	if status >= 500 {
		s.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", err)
	}
	if wantsHTML(r) {
		s.renderError(w, r, status, errorMessage(err))
		return
	}
	var body errorBody
	body.Error.Code = code
	body.Error.Message = errorMessage(err)
	writeJSON(w, status, body)
}

// wantsHTML tells UI requests (which get an HTML error page) from API ones.
func wantsHTML(r *nethttp.Request) bool {
	p := r.URL.Path
	if p == "/healthz" || p == "/metrics" || len(p) >= 5 && p[:5] == "/api/" {
		return false
	}
	return true
}

func writeJSON(w nethttp.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = nethttp.StatusInternalServerError
		b = []byte(`{"error":{"code":"internal","message":"internal error"}}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}
