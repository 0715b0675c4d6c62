# Retrain the quote stage's cue model from the PolNeAR training split
# (included by the main Makefile; `make models` runs it too).
.PHONY: models-quote
models: models-quote
models-quote:
	go run ./models/quotetrain -shared $(SHARED) -out models/quote.model.gz
