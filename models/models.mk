# Retrain the embedded models from ../shared/eval (included by the main Makefile).
SHARED ?= ../shared/eval

.PHONY: models
models:
	go run ./models/trainner -shared $(SHARED) -out models/ner.model.gz
