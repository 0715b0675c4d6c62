# Retrain the named-entity model from ../shared/eval (included by the main
# Makefile): CoNLL-2003, the Phoenix actor dictionaries, BBC News and PolNeAR.
# Single-threaded, deterministic, a few minutes.
SHARED ?= ../shared

.PHONY: ner-model

ner-model:
	go run ./models/nertrain -shared $(SHARED)/eval -out models/ner.model.gz
