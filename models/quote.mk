# Retrain the quote stage's cue model from the PolNeAR training split
# (included by the main Makefile; `make models` runs it too).
#
# The threshold was chosen on held-out training articles, not on dev:
#   go run ./models/quotetrain -shared $(SHARED) -holdout 8 -heldout-out /tmp/heldout.jsonl -out /tmp/h.model.gz
#   then score `chronicle analyze --format jsonl /tmp/heldout.jsonl` with score-quotes for each threshold.
QUOTE_THRESHOLD ?= -4

.PHONY: models-quote
models-quote:
	go run ./models/quotetrain -shared $(SHARED) -threshold $(QUOTE_THRESHOLD) -out models/quote.model.gz
