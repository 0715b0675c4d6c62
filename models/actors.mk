# Regenerate the compact actor dictionary from the Phoenix dictionaries in
# ../shared/eval/actors (included by the main Makefile).
ACTORS ?= ../shared/eval/actors

.PHONY: actors-dict
actors-dict:
	go run ./models/actordict -dir $(ACTORS) -out models/actors.dict.gz
