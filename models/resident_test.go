package models

import (
	"bytes"
	"io"
	"testing"
)

// A model read twice reads the same both times: the pages the first reader
// handed back come in again for the second.
func TestEmbeddedReadsAllTwice(t *testing.T) {
	for name, data := range map[string][]byte{"syntax": syntaxModel, "ner": ner, "ptc": ptc} {
		for round := 0; round < 2; round++ {
			got, err := io.ReadAll(open(data))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if !bytes.Equal(got, data) {
				t.Fatalf("%s, round %d: read %d bytes differing from the embedded %d", name, round, len(got), len(data))
			}
		}
	}
}

// Small reads release in steps and still see every byte in order.
func TestEmbeddedSmallReads(t *testing.T) {
	var out bytes.Buffer
	r := open(syntaxModel)
	buf := make([]byte, 4093)
	for {
		n, err := r.Read(buf)
		out.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out.Bytes(), syntaxModel) {
		t.Fatal("small reads differ from the embedded model")
	}
}
