package models

import (
	_ "embed"
	"io"
)

//go:embed actors.dict.gz
var actors []byte

// Actors returns the compact actor and agent dictionary, for
// actor.Options.Default. It is written by models/actordict from the Phoenix
// dictionaries.
func Actors() io.Reader { return open(actors) }
