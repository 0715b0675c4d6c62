# Retrain the framing stage's propaganda-technique model from the PTC train
# set in ../shared/eval/ptc (included by the main Makefile). Single-threaded,
# fixed seed; every fifth article by sorted id is held out for tuning, and
# the held-out scores are printed (score them again with score-propaganda
# on the files written to /tmp).
PTC ?= ../shared/eval/ptc/train.jsonl

.PHONY: models-framing
models-framing:
	GOMAXPROCS=1 go run ./models/trainptc -data $(PTC) -out models/ptc.model.gz \
		-heldout-gold /tmp/ptc-heldout.jsonl -heldout-pred /tmp/ptc-heldout.tsv
	python3 $(dir $(PTC))../../tools/score-propaganda /tmp/ptc-heldout.jsonl /tmp/ptc-heldout.tsv
