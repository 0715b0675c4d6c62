package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strings"

	"github.com/chronicle-news/chronicle"
	chttp "github.com/chronicle-news/chronicle/http"
)

// seedID is the example story `make run` stores; serve points at it.
const seedID = "moscow-talks"

func cmdServe(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	db := fs.String("db", "chronicle.db", "the `database` to serve")
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address` HOST:PORT")
	poll := fs.String("poll", "", "follow the feeds listed in `file` (a URL a line, optionally with its interval: URL 10m) and store each new item")
	token := fs.String("token", "", "bearer `token` required for writes (default $CHRONICLE_TOKEN); without one the server only binds to loopback")
	pos, err := parse(fs, args, e.stderr)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		fmt.Fprintln(e.stderr, "usage: chronicle serve --db DB --addr HOST:PORT [--token T] [--poll FEEDS.txt]")
		return errUsage
	}
	if *token == "" {
		*token = strings.TrimSpace(os.Getenv("CHRONICLE_TOKEN"))
	}
	loopback := chttp.IsLoopback(*addr)
	if !loopback && *token == "" {
		return chronicle.Errorf(chronicle.EFORBIDDEN, "refusing to serve on %s without a token: anyone who can reach it could write to the store. "+
			"Set --token or CHRONICLE_TOKEN, or bind to loopback (--addr 127.0.0.1:8080)", *addr)
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := c.pipeline()
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(e.stderr, nil))
	if *poll != "" {
		stop, err := startPolling(ctx, logger.With("component", "poller"), c.reader(), p, store, *poll)
		if err != nil {
			return err
		}
		defer stop()
	}
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	s := &chttp.Server{
		Store:    store,
		Pipeline: p,
		Reader:   c.reader(),
		Token:    *token,
		Loopback: loopback,
		Logger:   logger,
	}
	base := "http://" + l.Addr().String() + "/"
	msg := "Chronicle at " + base
	if _, err := store.Get(ctx, seedID); err == nil {
		msg += " — open the example story at " + base + "articles/" + seedID
	}
	fmt.Fprintln(e.stdout, msg)
	if _, ok := store.(chronicle.StoryStore); !ok {
		fmt.Fprintln(e.stderr, "serve: this store has no cross-story side yet; the events, timeline and outlet pages will be empty")
	}
	if err := s.Serve(ctx, l); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}
