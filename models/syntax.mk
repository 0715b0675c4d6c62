# Retrain the syntax layer (UPOS tagger, lemmatizer, dependency parser) from
# the Universal Dependencies English treebanks in ../shared/eval/ud (EWT train
# + the Wikimedia part of GUM train), with the NER model's word clusters.
# Deterministic: the same data give the same file. Prints dev scores.
.PHONY: models-syntax
models-syntax:
	go run ./models/trainsyntax -shared $(SHARED) -out models/syntax.model.gz
