package http

import (
	_ "embed"
	nethttp "net/http"
)

// openAPI is the hand-written OpenAPI 3 description of the JSON API;
// TestOpenAPICoversEveryRoute keeps it in step with the routes.
//
//go:embed openapi.json
var openAPI []byte

func (s *Server) handleOpenAPI(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
}
