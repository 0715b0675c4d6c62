package models

import (
	_ "embed"
	"io"
)

//go:embed ptc.model.gz
var ptc []byte

// PTC returns the propaganda-technique model of the framing stage, for
// framing.Load. It is written by models/trainptc (make models-framing).
func PTC() io.Reader { return open(ptc) }
