// Command chronicle turns news stories into source-attributed records and
// keeps them queryable. See README.md and spec/cli.md for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/postgres"
	"github.com/chronicle-news/chronicle/sqlite"
)

const usage = `chronicle — news stories as verifiable, source-attributed records

Usage:
  chronicle analyze [--format json|jsonl|text|ptc] [--date YYYY-MM-DD] FILE|-   analyse one story (or a JSONL batch)
  chronicle ingest  [--db DB] [--date D] [--allow-private] PATH|URL...     store files, folders, URLs, feeds, WARC, ARC, JSONL
  chronicle ingest  --queue nats://… PATH|URL...                          queue them for workers instead
  chronicle query   [--db DB] [WORDS] [--actor A] [--publisher P] [--event T] [--since D] [--until D]
  chronicle query   [--db DB] --quotes WORDS [--speaker S]                 search quotes
  chronicle export  [--db DB] [--format jsonl|csv] [--layer L]             every stored record
  chronicle worker  --queue nats://… --db postgres://… [--concurrency N]     analyse queued documents (any number of workers)
  chronicle ner     --conll < FILE                                        tag CoNLL-2003 tokens
  chronicle parse   --conllu < FILE | [--format conllu] FILE              UD tags, lemmas and dependency trees in CoNLL-U
  chronicle techniques --classify SPANS.tsv --articles IN.jsonl|--db DB   name the propaganda technique of given spans
  chronicle events  [--db DB] [--format text|jsonl] [--type T] [--actor A] [--min-sources N]   events merged across articles
  chronicle events  [--db DB] --cluster ID                                one merged event with every source and figure
  chronicle outlets [--db DB] [--publisher P]                             how each outlet frames, whom it quotes, what it reports
  chronicle timeline [--db DB] --actor NAME|CODE [--topic WORDS]          what an actor said and did, in date order
  chronicle changes [--db DB] DOC_ID                                      what changed in an article's records between revisions
  chronicle link    [--db DB]                                             link stored articles not yet in merged events and copies
  chronicle serve   [--db DB] [--addr HOST:PORT] [--token T] [--allow-private]   the JSON API and the web UI
  chronicle version

The default database is chronicle.db in the working directory.
Run 'chronicle COMMAND --help' for a command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command and returns the exit status: 0 on success, 1 when
// something failed (every failure was reported on stderr), 2 on usage errors.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmds := map[string]func(context.Context, *env, []string) error{
		"analyze":    cmdAnalyze,
		"analyse":    cmdAnalyze,
		"ingest":     cmdIngest,
		"query":      cmdQuery,
		"export":     cmdExport,
		"ner":        cmdNER,
		"parse":      cmdParse,
		"worker":     cmdWorker,
		"serve":      cmdServe,
		"version":    cmdVersion,
		"events":     cmdEvents,
		"outlets":    cmdOutlets,
		"timeline":   cmdTimeline,
		"changes":    cmdChanges,
		"link":       cmdLink,
		"techniques": cmdTechniques,
	}
	name := args[0]
	if name == "-h" || name == "--help" || name == "help" {
		fmt.Fprint(stdout, usage)
		return 0
	}
	cmd, ok := cmds[name]
	if !ok {
		fmt.Fprintf(stderr, "chronicle: unknown command %q\n\n%s", name, usage)
		return 2
	}
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	err := cmd(ctx, e, args[1:])
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case err != nil:
		fmt.Fprintf(stderr, "chronicle %s: %v\n", name, err)
		return 1
	case e.failed > 0:
		return 1
	}
	return 0
}

// env is what a command reads and writes, so tests can run commands in
// process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	failed         int // inputs that failed and were reported
}

// report prints one failure line and counts it; the command goes on.
func (e *env) report(err error) {
	e.failed++
	fmt.Fprintf(e.stderr, "error: %v\n", err)
}

var errUsage = errors.New("usage")

// parse parses flags that may stand before, between or after the positional
// arguments, and returns the positionals.
func parse(fs *flag.FlagSet, args []string, stderr io.Writer) ([]string, error) {
	fs.SetOutput(stderr)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// openStore opens the store named by --db: a postgres:// URL selects
// PostgreSQL, anything else is a SQLite file path.
func openStore(ctx context.Context, db string) (chronicle.Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(db)
}

// dateFlag is a flag.Value for YYYY-MM-DD.
type dateFlag struct{ d *chronicle.Date }

func (f dateFlag) String() string {
	if f.d == nil {
		return ""
	}
	return f.d.String()
}

func (f dateFlag) Set(s string) error {
	d, err := chronicle.ParseDate(s)
	if err != nil {
		return err
	}
	*f.d = d
	return nil
}

// isTerminal reports whether w is a character device, for progress output.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
