// Package models embeds Chronicle's trained weights. Every file here is
// produced by a command in this folder (see models.mk: make models), never
// edited by hand.
package models

import (
	_ "embed"
	"io"
)

//go:embed ner.model.gz
var ner []byte

// NER returns the named-entity model, for entity.Load. It is written by
// models/nertrain.
func NER() (io.Reader, error) { return open(ner), nil }
