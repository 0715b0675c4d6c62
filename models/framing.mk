# Retrain the framing stage's propaganda-technique model from the PTC train
# set in ../shared/eval/ptc (included by the main Makefile). Single-threaded,
# fixed seed, about a minute; every fifth article by sorted id is held out
# for tuning, and its scores are printed by score-propaganda: all techniques,
# then Loaded_Language and Name_Calling,Labeling alone.
PTC ?= ../shared/eval/ptc/train.jsonl
SCORE_PTC = python3 $(dir $(PTC))../../tools/score-propaganda /tmp/ptc-heldout.jsonl /tmp/ptc-heldout.tsv

.PHONY: models-framing
models-framing:
	GOMAXPROCS=1 go run ./models/trainptc -data $(PTC) -out models/ptc.model.gz \
		-heldout-gold /tmp/ptc-heldout.jsonl -heldout-pred /tmp/ptc-heldout.tsv
	$(SCORE_PTC)
	$(SCORE_PTC) --technique Loaded_Language
	$(SCORE_PTC) --technique Name_Calling,Labeling
