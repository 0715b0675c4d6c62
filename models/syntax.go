package models

import (
	_ "embed"
	"io"
)

//go:embed syntax.model.gz
var syntaxModel []byte

// Syntax returns the syntax layer's model (tagger, lemmatizer, dependency
// parser), for syntax.LoadModel. It is written by models/trainsyntax (make
// models-syntax).
func Syntax() io.Reader { return open(syntaxModel) }
