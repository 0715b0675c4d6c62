package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/chronicle-news/chronicle/analyzer"
	"github.com/chronicle-news/chronicle/extract/syntax"
	"github.com/chronicle-news/chronicle/text"
)

// cmdParse writes Universal Dependencies trees in CoNLL-U: for the words and
// sentences of a CoNLL-U input as given (--conllu), or for a raw text split
// by Chronicle's own tokenizer and sentence splitter.
func cmdParse(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	conllu := fs.Bool("conllu", false, "read CoNLL-U on stdin (FORM column, sentences as given) and fill UPOS, LEMMA, HEAD, DEPREL")
	format := fs.String("format", "conllu", "output format (conllu)")
	pos, err := parse(fs, args, e.stderr)
	if err != nil {
		return err
	}
	if *format != "conllu" {
		fmt.Fprintf(e.stderr, "chronicle parse: unknown format %q (conllu)\n", *format)
		return errUsage
	}
	p, err := analyzer.LoadParser()
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(e.stdout, 1<<16)
	defer out.Flush()
	if *conllu {
		if len(pos) > 0 {
			fmt.Fprintln(e.stderr, "usage: chronicle parse --conllu < FILE.conllu")
			return errUsage
		}
		return parseCoNLLU(ctx, p, e.stdin, out)
	}
	if len(pos) != 1 {
		fmt.Fprintln(e.stderr, "usage: chronicle parse [--format conllu] FILE|-")
		return errUsage
	}
	var r io.Reader = e.stdin
	if pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxParseInput+1))
	if err != nil {
		return err
	}
	if len(b) > maxParseInput {
		return fmt.Errorf("%s: larger than %d MB", pos[0], maxParseInput>>20)
	}
	return parseText(ctx, p, string(b), out)
}

// maxParseInput bounds the raw text `parse` reads.
const maxParseInput = 64 << 20

func parseCoNLLU(ctx context.Context, p *syntax.Parser, r io.Reader, w io.Writer) error {
	var t syntax.Tree
	words := []string{}
	return syntax.ScanCoNLLU(r, func(s syntax.Sentence) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		words = words[:0]
		for _, wd := range s.Words {
			words = append(words, wd.Form)
		}
		p.ParseInto(words, &t)
		fill(&s, &t)
		return syntax.WriteCoNLLU(w, s)
	})
}

func parseText(ctx context.Context, p *syntax.Parser, s string, w io.Writer) error {
	layer := text.Analyze(s)
	var t syntax.Tree
	for i, sent := range layer.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		toks := layer.Tokens[sent.FirstToken:sent.LastToken]
		cs := syntax.Sentence{Comments: []string{
			fmt.Sprintf("# sent_id = %d", i+1),
			"# text = " + oneLine(s[sent.ByteStart:sent.ByteEnd]),
		}}
		words := make([]string, len(toks))
		for j, tk := range toks {
			words[j] = s[tk.ByteStart:tk.ByteEnd]
			cs.Words = append(cs.Words, syntax.Word{Form: words[j]})
		}
		p.ParseInto(words, &t)
		fill(&cs, &t)
		for j := range cs.Words {
			misc := "_"
			if j+1 < len(toks) && !toks[j+1].SpaceBefore {
				misc = "SpaceAfter=No"
			}
			cs.Rows = append(cs.Rows, []string{"", "", "", "", "_", "_", "", "", "_", misc})
		}
		if err := syntax.WriteCoNLLU(w, cs); err != nil {
			return err
		}
	}
	return nil
}

func fill(s *syntax.Sentence, t *syntax.Tree) {
	for i := range s.Words {
		s.Words[i].UPOS = t.UPOS[i]
		s.Words[i].Lemma = t.Lemma[i]
		s.Words[i].Head = t.Head[i] + 1
		s.Words[i].Deprel = t.Rel[i]
	}
}

func oneLine(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '\n' || c == '\r' || c == '\t' {
			b[i] = ' '
		}
	}
	return string(b)
}
