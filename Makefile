# Chronicle — see README.md.
SHELL := /bin/bash
GO ?= go
SHARED ?= ../shared
BIN := bin/chronicle
SEED := $(SHARED)/seed/moscow-talks.txt
DB ?= chronicle.db
# staticcheck is pinned and run from the Go module proxy: nothing to install.
STATICCHECK := $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all build run test test-deps bench eval models fuzz vet clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/chronicle

# The main job: analyse the example story, store it, print the report, then serve the web UI on it.
run: build
	$(BIN) analyze --db $(DB) --date 2025-04-25 --format text $(SEED)
	@echo "Web UI: the example story is at http://127.0.0.1:8080/articles/moscow-talks (Ctrl-C stops the server)"
	$(BIN) serve --db $(DB) --addr 127.0.0.1:8080

# Every check and every test, after installing what the tests need (Debian packages).
test: test-deps vet
	$(GO) test -count=1 -timeout 30m ./...
	cd deps/dateparser && $(GO) test -count=1 ./...

test-deps:
	@scripts/test-deps.sh

bench: build
	$(GO) run ./cmd/chronicle-bench -shared $(SHARED) -rounds 3

eval: build
	$(GO) run ./cmd/chronicle-eval -shared $(SHARED) -bin $(BIN)

FUZZTIME ?= 30s
fuzz:
	@scripts/fuzz.sh $(FUZZTIME)

# go vet, staticcheck (default checks), gofmt, and go.mod as go mod tidy leaves it.
vet:
	$(GO) vet ./...
	$(STATICCHECK) ./...
	cd deps/dateparser && $(GO) vet ./... && $(STATICCHECK) ./...
	gofmt -l . | (! grep .)
	$(GO) mod tidy -diff

clean:
	rm -rf bin

# Every committed model, retrained from ../shared/eval (fixed seeds); each
# rule lives in models/*.mk beside the command it runs.
models: ner-model actors-dict models-events models-quote models-framing models-syntax

-include models/*.mk
