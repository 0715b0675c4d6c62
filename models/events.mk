# Regenerate the compact event dictionary from the CAMEO verb dictionary and the
# CAMEO→PLOVER table in $(SHARED)/eval (included by the main Makefile).
CAMEO_VERBS ?= $(SHARED)/eval/actors/CAMEO.2.0.txt
CAMEO_PLOVER ?= $(SHARED)/eval/events/CAMEO2PLOVER-2021.txt

.PHONY: models-events
models: models-events
models-events:
	go run ./models/eventdict -verbs $(CAMEO_VERBS) -plover $(CAMEO_PLOVER) -out models/events.dict.gz

# Score the event stage on the PLOVER gold sentences: all, the dev half the
# rules were tuned on, and the held-out half.
.PHONY: eval-events
eval-events: build
	for s in all dev held; do BIN=$(BIN) SHARED=$(SHARED) scripts/eval-events.sh $$s; done
