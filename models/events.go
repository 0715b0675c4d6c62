package models

import (
	_ "embed"
	"io"
)

//go:embed events.dict.gz
var events []byte

// Events returns the compact CAMEO verb dictionary and CAMEO→PLOVER table,
// for event.ReadDict. It is written by models/eventdict (make models-events).
func Events() io.Reader { return open(events) }
