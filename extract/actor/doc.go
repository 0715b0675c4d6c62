// Package actor is the actor stage: it runs after the entity stage and tells
// who the people, organisations and places in a story are.
//
// For each document it
//   - reads the titles given beside a person's name, before it ("Russian
//     Foreign Minister Sergey Lavrov", "Putin’s foreign policy aide Yury
//     Ushakov", "Lt. Gen. X") or in an appositive ("Steve Witkoff, the special
//     envoy appointed by U.S. President Donald Trump"; "The head of the Russian
//     Direct Investment Fund, Kirill Dmitriev") into Entity.Role, dated by the
//     article's publication day;
//   - links later names to the first full one ("Putin" → "Vladimir Putin")
//     through Entity.Ref, and resolves descriptions ("the envoy", "the Russian
//     leader") and pronouns ("he", "his", "they") into Document.Mentions;
//   - codes every person, organisation and acting place as a CAMEO-style
//     Entity.Actor (ISO-3 country + sector: RUSGOV, UKRMIL, USAGOV), taking the
//     dictionary code valid on the publication day, else the country and
//     sector of the person's title. A place that acts ("Kyiv said",
//     "described by the Kremlin") stands for its government; a nationality
//     before an agent noun names a group ("Ukrainian special services" →
//     UKRSPY).
//
// Titles and descriptions are read from the title lexicon word by word: a
// title zone or a description ("the Russian leader") ends where the title
// words end, not where a noun phrase does ("the head of the fund" names the
// fund in its complement), so it is a mention boundary, not a copy of
// syntax.Tree.NounPhrase. Determiners come from syntax's one list.
//
// The dictionaries are PETRARCH/Phoenix actor and agent files. The built-in
// default is a compact form generated from them by models/actordict
// (models.Actors); more files in Phoenix format are added with
// Options.Files (the CLI's --actors).
//
// API for other stages (quote, event):
//
//	st, err := actor.New(actor.Options{Default: models.Actors(), Files: userFiles})
//	st.Name() == "actor"; st.Process(doc) error   // a chronicle.Stage
//	res := st.Resolver()                          // or actor.NewResolver(opts)
//
//	// A phrase that acts (a speaker, an event's source or target):
//	res.Code("Kyiv", date)                        → {Ukrainian government, UKRGOV}, true
//	res.Code("Ukrainian special services", date)  → {Ukrainian intelligence services, UKRSPY}, true
//	res.Code("a senior Russian official", date)   → {Russian government, RUSGOV}, true
//	res.Code("Russian Foreign Minister Sergey Lavrov", date) → {Sergey Lavrov, RUSGOV}, true
//	// The dictionary's code as is, for a place that does not act:
//	res.Lookup("Kyiv", date)                      → {Ukraine, UKR}, true
//	res.GroupName("RUSMIL") == "Russian military"; res.Demonym("UKR") == "Ukrainian"
//
// After Process, a person's Entity.Actor holds the code of the whole chain
// of names (read it from any mention), Entity.Ref points at the first full
// name, and a pronoun or description in Document.Mentions carries Entity
// (the first full name's index, or -1), Name and Actor. Dictionaries:
// NewDict, Dict.ReadPhoenix (Phoenix format), Dict.ReadCompact and
// Dict.WriteCompact (the embedded form), NewResolverDict.
package actor
