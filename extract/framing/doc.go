// Package framing finds how a story is worded: loaded, delegitimising and
// euphemistic terms from a hand-curated lexicon, each with the side that
// typically uses it and a neutral alternative, and spans that use one of
// the 14 propaganda techniques of SemEval-2020 Task 11. It is the pipeline
// stage "framing" and runs after the quote stage, whose quotes decide the
// voice of each span.
//
// # The record
//
// Lexicon matches go into Document.Framing ("framing" in the analysis
// record of spec/analysis.md): span, category, side, neutral wording, voice
// and speaker. Technique spans go into Document.Techniques ("techniques"),
// a separate list of the same Frame records with Category
// "propaganda-technique" and Technique set to the PTC label
// ("Loaded_Language", "Name_Calling,Labeling", …). They are kept apart
// because they are a different kind of finding — a statistical model's
// guess over a phrase or a sentence, with no neutral wording — and because
// the "framing" list is scored span by span against hand-annotated loaded
// terms (score-analysis), where a technique span would count as a false
// positive whatever its merit. `analyze --format ptc` prints the technique
// spans in the SemEval layout.
//
// # Categories
//
// The lexicon (lexicon.tsv, embedded; its header documents the columns and
// context rules) uses these categories:
//
//	category                  meaning                                                            examples
//	delegitimizing-label      a name that denies a state, government or group its standing      Kyiv regime, Kiev junta, Zionist entity, terrorist state, puppet government
//	delegitimizing-qualifier  a qualifier that doubts a state's or body's existence or legitimacy  so-called Ukraine, former Ukraine, Hamas-run health ministry
//	distancing-qualifier      "so-called" before anything other than a state or government        so-called experts
//	euphemism                 a softer word that hides violence or conquest                      special military operation, Ukrainian crisis, reunification, denazification, collateral damage
//	dehumanizing              a word that denies people their humanity                           orcs, rashists, khokhols, human animals, vermin
//	loaded-label              a label that takes a side or carries a verdict                     regime, terrorists, collective West, Anglo-Saxons, martyr, thugs, butcher, genocide (as a label)
//	contested-term            a term one side uses and the other rejects, common in news         annexed (Russia: "reunified")
//	slogan                    a political slogan                                                 from the river to the sea
//	propaganda-technique      a technique span of the model (Document.Techniques only)           Loaded_Language, Doubt, Flag-Waving, …
//
// Every entry names the side that typically uses it — both ways of the
// Russia–Ukraine war, both ways of the Israel–Gaza war, and "any" for
// loaded words of every conflict — and a neutral wording, in which "{}"
// stands for the name a qualifier covers ("so-called Ukraine" → "Ukraine").
//
// # Matching
//
// Terms match by lemma over the text stage's tokens, case-insensitively:
// Lemma folds case, apostrophes and plural nouns ("neo-Nazis" matches
// "neo-Nazi"); verb forms are listed as variants. Phrases match token by
// token within a sentence; the longest match at a place wins. Context rules
// keep a term out where it is not loaded: "regime" after "sanctions",
// "visa" or "ceasefire" and before "change"; "reunification" near
// "Germany"; "terrorist" before "attack"; "butcher" before "shop"; "so-called"
// before a state or government is delegitimising, before anything else
// only distancing.
//
// # Voice
//
// A span is "quoted" when it lies inside quotation marks — a direct quote,
// the quoted fragment of a mixed quote, or scare quotes — or right after a
// naming verb ("the Kremlin called it a special military operation", "what
// Moscow calls …"): the outlet reports a word someone else uses. Speaker is
// then the SpeakerName of the quote around the span, or the subject of the
// naming verb. In reported speech without marks ("Lavrov said the Kyiv
// regime had walked away", "…, Zelensky said") a term is quoted when it is
// the wording of the speaker's side: the lexicon row's side names the
// speaker's country (through the actor code), people or group, or is "any"
// or "both". A paraphrase that puts another side's words in the speaker's
// mouth ("Macron said the Kyiv regime …") is the outlet's rewording, and so
// is what follows "according to", which attributes facts, not words
// ("According to Ushakov, the sides discussed talks with the so-called
// Ukraine"). Everything else is "author".
//
// # Techniques
//
// Model finds technique spans in two ways, as the techniques come in two
// sizes. The short ones (loaded language, name calling, repetition,
// exaggeration, slogans, flag-waving, clichés) are found by a token tagger:
// a logistic regression over hashed features (the token's and its
// neighbours' lemmas, bigrams, shape, affixes, the lexicon's categories,
// quotation marks, place in the sentence, repetition in the article, and
// the syntax layer's part of speech, relation and head word), whose
// probabilities, each mixed with its neighbours', become spans where runs
// of tokens stay above a threshold. The long ones (doubt,
// appeal to fear, causal oversimplification, appeal to authority,
// black-and-white fallacy, whataboutism, bandwagon) mostly cover a clause
// or a sentence and are found by a logistic regression over sentences,
// which estimates the share of a sentence that spans of any technique
// cover (a sentence span earns span precision for every span inside it);
// the tagger's spans inside such a sentence are kept, as techniques nest. A
// softmax classifier over span features names each span's technique among
// all 14, whichever way it was found: a loaded word inside a doubting
// sentence is as often annotated doubt as loaded language. It is trained
// on the gold spans and on the spans the model finds in articles it was
// not trained on (cross-fitted, below), each labelled with the gold span
// it overlaps most, so that it learns to name spans with the boundaries
// the tagger draws; and it reads how strongly the tagger and the sentence
// classifier found the span. Model.Classify (`chronicle techniques
// --classify`) names given spans the same way. Naming the spans the model
// finds, each technique's score gets a bias fitted on the cross-fitted
// folds for the best span + technique F1 (CrossFit.FitBiases): found spans
// lean to other techniques than the gold spans the classifier also learns
// from (loaded language least often right among them); given spans are
// named without it. Each regression is fitted
// three times on different shuffles and the weights averaged.
//
// The tagger reads the syntax layer when the syntax stage has run before
// framing, as it does in the pipeline; without it those features are
// absent and the tagger finds somewhat less. The classifier and the
// sentence classifier read no syntax, so a given span is named the same
// with or without it.
//
// models/trainptc trains the model on the PTC train set with a fixed seed,
// on one core, holding out every fifth article by sorted id, on which the
// scores it prints are measured and nothing is tuned. What is tuned — the
// decoding thresholds, the classifier's predicted spans, the confidence —
// is fitted on cross-fitted folds of the other articles (CrossFit): each
// fold's outputs come from a model trained on the other folds, so they
// show how the model does on articles it has not seen.
//
// Beyond n-grams, the three read cue words, each evidence for a technique
// (cues.go): doubt ("so-called", "allegedly"), flag-waving (nation and
// patriotism words), fear and threat, exaggeration and minimisation,
// causal and black-and-white wording, thought-terminating clichés,
// whataboutism, reductio ad Hitlerum and bandwagon, authorities, labels for
// people and the groups they are aimed at, emotive words and chant-like
// slogans; and the classifier also reads how often the span's words recur
// in the article (Repetition), scare quotes, the shape and cues of the word
// after the span (whom a label is aimed at), and whether the span is a
// proper name alone.
//
// # Confidence and what readers are shown
//
// Every technique span carries a confidence: the probability, from a
// logistic regression over the span's decoding score, kind, length, the
// classifier's belief in its label, cue and lexicon evidence and its label,
// that the span is right (its expected share of overlap with a gold span,
// as SemEval's span precision counts it). The regression is fitted on
// spans that models trained on the other folds found in each fold of the
// training articles, so it learns how often spans like these are right in
// articles the model has not seen; the least confidence of a shown span is
// set there so that shown spans reach a span precision of 0.62. A span is
// shown (Frame.Shown) when it reaches that confidence and is not a proper
// name alone — an outlet, a place or a person, by the case of its words or
// by the entity stage's entities — whatever the model says of it. The text
// report, the UI and outlet profiles list shown spans only; the record and
// `analyze --format ptc` keep every span with its confidence.
package framing
