package models

import (
	_ "embed"
	"io"
)

//go:embed quote.model.gz
var quoteModel []byte

// Quote returns the quote stage's cue model, for quote.LoadCueModel. It is
// written by models/quotetrain (make models-quote).
func Quote() io.Reader { return open(quoteModel) }
