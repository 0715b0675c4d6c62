// Package event is the event stage: for each sentence it codes the events the
// sentence reports in PLOVER — who did what to whom, where and when — from the
// text layer and the entity and actor layers.
//
// The coder is a dictionary-and-chunk coder in the PETRARCH tradition, without
// a parser. It looks up verb forms in the CAMEO verb dictionary (compiled by
// models/eventdict, refined by its verb patterns: "held * talks", "imposed *
// curfew"), maps the CAMEO code to a PLOVER event, mode and context with the
// CAMEO→PLOVER table, and finds the actors by chunk structure: the subject
// noun phrase before the verb group, the object or prepositional target after
// it, the "by" agent of a passive ("Kyiv was struck by Russian missiles":
// source Russia, target Kyiv). Actors are coded by the actor layer: entities
// and mentions it coded, else its Resolver on the phrase.
//
// Types. The stage emits the PLOVER types of the 2021 table with the finer
// distinctions the PLOVER gold standard (v0.5b1) keeps: DEMAND (CAMEO 10),
// DISAPPROVE (11, accusations of wrongdoing included, as the gold standard
// codes them; the attribution of blame — "blamed X for the attack" — is
// ACCUSE), INVESTIGATE (09),
// and FIGHT for conventional military force (CAMEO 19 with a military cue:
// shelling, aircraft, troops) beside ASSAULT for other violence (bombings,
// killings, torture, and "attack" without a military cue).
//
// Negation and modality. A negated event is never coded as the plain event:
// a negated offer of cooperation ("will not accept refugees", "did not agree")
// is coded REJECT, as CAMEO does; any other negated event ("did not attack")
// is kept with Negated set, so a consumer must filter on it. An intention
// ("will support", "is willing to withdraw", "would blockade") is coded as
// what it expresses — AGREE for cooperation, THREATEN for force or pressure —
// with Modality "intent"; a possibility ("may strike", "could consider") keeps
// its type with Modality "possible", as does an event under consideration
// ("would consider sanctions"). "Threatened to attack" is THREATEN, not
// ASSAULT: the governing verb is the event. A denied event ("denied that it
// had supplied drones") keeps its type with Negated set.
//
// Actors. An active verb whose subject codes no actor gives no event; only a
// passive or an attack noun may leave the attacker unnamed. A subject the
// dictionaries lack but whose title says it acts at home ("Judge X", "the
// opposition coalition", "protesters") takes the country of the other actors
// the sentence names; Coder then ends in "+source-from-context" and the
// confidence is lower. An attacker named by its country alone ("a Russian
// attack", "North Korea fired") is coded as that country's military, an
// attacked city ("Kyiv") as its civilians.
//
// One sentence gives one main event (the first event verb of its main clause;
// reporting verbs like "said" pass to their complement) plus an attack noun
// that reports an attack of its own ("following a Russian attack on Kyiv that
// killed 12 people"). Each event carries its sentence and trigger spans, the
// date of the sentence's date expression resolved by package when against the
// publication day (zero when the sentence gives none), a confidence and the
// rule that coded it in Coder.
package event
