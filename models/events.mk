# Regenerate the compact event dictionary from the CAMEO verb dictionary and the
# CAMEO→PLOVER table in ../shared/eval (included by the main Makefile).
CAMEO_VERBS ?= ../shared/eval/actors/CAMEO.2.0.txt
CAMEO_PLOVER ?= ../shared/eval/events/CAMEO2PLOVER-2021.txt

.PHONY: models-events
models-events:
	go run ./models/eventdict -verbs $(CAMEO_VERBS) -plover $(CAMEO_PLOVER) -out models/events.dict.gz
