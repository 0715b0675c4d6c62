package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"

	"github.com/chronicle-news/chronicle/analyzer"
	"github.com/chronicle-news/chronicle/extract/entity"
)

func cmdNER(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("ner", flag.ContinueOnError)
	conll := fs.Bool("conll", false, "read CoNLL-2003 columns on stdin and append the predicted IOB2 tag to every token line")
	if _, err := parse(fs, args, e.stderr); err != nil {
		return err
	}
	if !*conll {
		fmt.Fprintln(e.stderr, "usage: chronicle ner --conll < FILE")
		return errUsage
	}
	t, err := analyzer.LoadTagger()
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(e.stdout, 1<<16)
	defer out.Flush()
	return entity.TagCoNLL(t, e.stdin, out)
}
