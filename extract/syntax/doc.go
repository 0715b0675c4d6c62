// Package syntax is Chronicle's syntax layer: a Universal Dependencies UPOS
// tagger, a lemmatizer and a labelled dependency parser, with the structures
// every later stage reads from their trees — noun phrases with their heads
// and clauses with predicate, subject (the shared subject of coordinated
// verbs too), objects, obliques with their preposition, passive agent and
// clausal complements.
//
// It is written by hand because Go has no maintained dependency parser: the
// Go NLP libraries tag and chunk (prose) but build no trees, and the parsers
// people use (Stanza, UDPipe, spaCy) need Python, C++ or cgo and a model
// download. The models here are small linear models trained in this
// repository (models/trainsyntax, make models-syntax) on the UD English
// treebanks, so the whole layer is pure Go with one embedded model file.
//
// Tagger: greedy left-to-right averaged perceptron over the word, affixes,
// shape, word cluster, the tags its neighbours were seen with and the two
// tags before it. Parser: arc-eager transitions (one root), averaged
// perceptron over the Zhang and Nivre (2011) features plus clusters, trained
// with a dynamic oracle (Goldberg and Nivre 2012) on tags predicted by
// jackknifed taggers; training trees are projectivized by lifting. Labels
// come from a second perceptron when each arc is made. Lemmas: the form's
// lemma in training for that tag, else the most common suffix edit.
//
// Every parse is a tree (one root, no cycle) whatever the input; work is
// linear in the sentence length.
//
// Shared word classes. Tree.NounPhrase is the one noun-phrase finder of
// extract/, and words.go the one determiner list. What the stages still scan
// word by word is the boundary of a mention, not a noun phrase: the quote
// stage's mentionBefore and mentionAfter (the speaker next to a cue, asides
// passed over, stopped by cue words and quotation marks), the event stage's
// codeAt and firstCoded (the longest span the actor dictionaries code) and
// the actor stage's title zones and descriptions ("the Russian foreign
// minister", read from its title lexicon). Each asks a question of its own
// lexicon, so none is a copy of NounPhrase; where a stage wants the phrase a
// word heads, it reads the tree.
package syntax
