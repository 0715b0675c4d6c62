# Retrain the framing stage's propaganda-technique model from the PTC train
# set in ../shared/eval/ptc (included by the main Makefile). Single-threaded,
# fixed seed, about two minutes (it parses the articles with the syntax
# model first, as the pipeline does before framing). Every fifth article by
# sorted id is held out and nothing is tuned on it; its scores are printed
# by score-propaganda: all spans (SI and span + technique),
# Loaded_Language and Name_Calling,Labeling alone, the shown spans only,
# and the technique of each gold span (TC on given spans). The decoding
# settings, the classifier's predicted spans and the confidence are fitted
# on cross-fitted folds of the other four fifths.
PTC ?= ../shared/eval/ptc/train.jsonl
SCORE_PTC = python3 $(dir $(PTC))../../tools/score-propaganda /tmp/ptc-heldout.jsonl

.PHONY: models-framing
models-framing:
	GOMAXPROCS=1 nice -n 15 go run ./models/trainptc -data $(PTC) -out models/ptc.model.gz \
		-heldout-gold /tmp/ptc-heldout.jsonl -heldout-pred /tmp/ptc-heldout.tsv \
		-heldout-shown /tmp/ptc-heldout-shown.tsv -heldout-tc /tmp/ptc-heldout-tc.tsv
	$(SCORE_PTC) /tmp/ptc-heldout.tsv
	$(SCORE_PTC) /tmp/ptc-heldout.tsv --technique Loaded_Language
	$(SCORE_PTC) /tmp/ptc-heldout.tsv --technique Name_Calling,Labeling
	@echo "shown spans only:"; $(SCORE_PTC) /tmp/ptc-heldout-shown.tsv
	@echo "technique of each gold span (TC on given spans):"; $(SCORE_PTC) /tmp/ptc-heldout-tc.tsv
