// Command actordict writes the compact actor dictionary that the actor
// stage embeds (models/actors.dict.gz) from the PETRARCH/Phoenix actor and
// agent dictionaries, then the project's own current.actors.txt (office
// holders since the Phoenix files end, in their layout; its phrases win)
// and places.actors.txt (places of current conflicts, read last).
// The output is deterministic: the same inputs give the same bytes.
//
//	go run ./models/actordict -dir ../shared/eval/actors -out models/actors.dict.gz
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/chronicle-news/chronicle/extract/actor"
)

// inputs are read in this order; a phrase in a later file wins.
var inputs = []string{
	"PLOVER_agents.NGEC.txt",
	"Phoenix.agents.txt",
	"Phoenix.International.actors.txt",
	"Phoenix.MilNonState.actors.txt",
	"Phoenix.Countries.actors.txt",
}

func main() {
	dir := flag.String("dir", "../shared/eval/actors", "`directory` holding the Phoenix dictionaries")
	current := flag.String("current", "models/actordict/current.actors.txt", "the project's own dictionary of current office holders (`file`), read last")
	places := flag.String("places", "models/actordict/places.actors.txt", "the project's own dictionary of places of current conflicts (`file`), read after -current")
	out := flag.String("out", "models/actors.dict.gz", "output `file`")
	flag.Parse()
	if err := run(*dir, *out, *current, *places); err != nil {
		fmt.Fprintln(os.Stderr, "actordict:", err)
		os.Exit(1)
	}
}

func run(dir, out string, own ...string) error {
	d := actor.NewDict()
	paths := make([]string, 0, len(inputs)+1)
	for _, name := range inputs {
		paths = append(paths, filepath.Join(dir, name))
	}
	for _, path := range append(paths, own...) {
		name := filepath.Base(path)
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		err = d.ReadPhoenix(f, name)
		f.Close()
		if err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := d.WriteCompact(zw); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	na, ng := d.Len()
	fmt.Fprintf(os.Stderr, "actordict: %d actor phrases, %d agent phrases, %d bytes → %s\n", na, ng, buf.Len(), out)
	return nil
}
