// Package event is the event stage: for each sentence it codes the events the
// sentence reports in PLOVER — who did what to whom, where and when — from the
// text layer and the entity and actor layers.
//
// The coder is a dictionary coder in the PETRARCH tradition: chunks find the
// main clause's event, the dependency tree of package syntax the events of
// the other clauses. It looks up verb forms in the CAMEO verb dictionary (compiled by
// models/eventdict, refined by its verb patterns: "held * talks", "imposed *
// curfew"), maps the CAMEO code to a PLOVER event, mode and context with the
// CAMEO→PLOVER table, and finds the actors by chunk structure: the subject
// noun phrase before the verb group, the object or prepositional target after
// it, the "by" agent of a passive ("Kyiv was struck by Russian missiles":
// source Russia, target Kyiv). Actors are coded by the actor layer: entities
// and mentions it coded, else its Resolver on the phrase. The clause and noun
// rules take their phrases from syntax.Tree.NounPhrase; codeAt and firstCoded
// are not a second phrase finder but the edges of a coded mention: the
// longest words in reach that the dictionaries code.
//
// Typing policy. One policy, applied by every rule (chunk, clause, noun),
// following the PLOVER codebook and the CAMEO→PLOVER 2021 table in
// ../shared/eval/events, with the finer v0.5b1 types the PLOVER gold standard
// keeps: DEMAND (CAMEO 10), DISAPPROVE (11: criticism, condemnation and
// accusations of wrongdoing, "accused Kyiv of staging the incident"; the
// attribution of blame, "blamed X for the attack", is ACCUSE), INVESTIGATE (09).
//   - Violence (CAMEO 18–20). FIGHT is conventional military force: missiles,
//     shelling, artillery, air and drone strikes, troops and armour, whether the
//     target is military or mixed — a military source or a weapon or force word
//     in the sentence. ASSAULT is one-sided violence against civilians: bombings
//     (car, roadside, suicide), killings, massacres, executions, abductions,
//     torture, and "attack" without a military cue ("a missile and drone
//     attack" by an army is FIGHT). Violence by protesters ("protesters set
//     fire to the parliament") is a riot: PROTEST, mode "riot" (CAMEO 145),
//     and so is violence by people no dictionary codes in a sentence about
//     protests ("students clashed with police … during protests"), and
//     clashes "with" protesters ("injured in clashes with Serb
//     demonstrators"). A vessel an armed non-state group seizes is hijacked
//     (CAMEO 181, ASSAULT); a state seizing a tanker confiscates it (COERCE).
//     Murder is killing (190).
//     Setting fire to or torching homes, cars and fields is destroying
//     property (CAMEO 1712, ASSAULT); people no dictionary codes, named by
//     a plural noun ("armed settlers", "rioters"), may be the attacker of
//     an active clause when the place gives a target.
//     Occupying territory, artillery and air power (CAMEO 192, 194, 195)
//     are FIGHT whoever uses them, unless the sentence names one-sided
//     violence (machetes, a bombing); pushing forces back is FIGHT. A
//     capture a day names is occupying the place it names ("Sunday's
//     capture of the Goma airport by the M23"), never a person's arrest.
//     An event noun the "victims", "dead" or "survivors" of a clause's
//     object fell to ("buried the victims of Friday's air raid") is no act
//     of the clause's subject: it is read as a happening of its own.
//     Shooting and killing between two armed sides ("the army said it
//     killed 12 militants") is FIGHT; a bombing stays ASSAULT whoever it
//     hit. Armed men no dictionary names are, as targets too, the armed
//     men of the country where it happened (UAF), never its civilians.
//     Force aimed at civilians — the object or its "on"/"at" phrase names
//     worshippers, villagers, passengers, protesters … ("opened fire on
//     worshippers") — is ASSAULT unless an army uses it
//     ("+civilian-victims"): an army's aircraft killing civilians stays
//     FIGHT, as the gold standard codes it. The side an army fought off is
//     the "by" phrase of the attack ("fought off an attack by jihadists";
//     unnamed armed men of the army's own country). Two states clashing
//     fight each other. The dead of a toll ("eight civilians died when …")
//     are no actors: the attack the sentence reports is the event.
//   - Demands: "urged", "called on/for", and an order that someone act
//     ("ordered residents to evacuate") are DEMAND.
//   - Military aid: delivering, sending or supplying weapons "to" a side
//     ("sent arms to Pakistan", "will deliver Patriot systems to Ukraine")
//     is AID (CAMEO 072); sending troops stays a deployment, unless they
//     go to another state "to help", "to train", "to protect" it (police
//     officers "to Haiti to help fight the gangs"): protection, AID (074),
//     to that state. A body suspending a member "from" it ("suspended
//     Niger from all its activities") sanctions it (CAMEO 160). Captives
//     or the bodies of the dead exchanged are a swap (0841, RETREAT), fire
//     exchanged is fighting; what two sides "traded" or "exchanged"
//     (accusations) each did to the other. People a state's police, army,
//     courts or government arrest with no nationality of their own ("Polish
//     police detained 12 farmers") are that state's people, by their sector.
//   - Shows of force: massing troops and one side's drills ("China held
//     military drills around Taiwan") are MOBILIZE; joint drills or drills
//     "with" another side are COOPERATE. A violent policing of a
//     protest (police firing tear gas or live rounds, beating protesters) is
//     ASSAULT; arrests, detentions, raids, curfews and expulsions of people are
//     COERCE (CAMEO 17). What someone is accused of is a happening of its
//     own when it is violence, force against a crowd, or arrests a day names
//     ("accused police of arresting its supporters … the day before"), by
//     the accused, whether or not a dictionary codes the accuser.
//     A violent type needs evidence that the violence is literal: a
//     weapon, force, attacker or casualty word in the sentence, a side coded
//     as military, police, rebels, unidentified armed men or civilians, or —
//     for verbs that are not often figurative — two states. "Arsenal beat
//     Chelsea" and "rising costs hit profits" code nothing.
//   - Protest (CAMEO 14) is PROTEST: marches, rallies, sit-ins, strikes,
//     hunger strikes, boycotts, and any act people (civilians, workers,
//     students, opposition, a group no dictionary codes) do "to protest"
//     or "to demand" ("blocked streets to demand reforms"; mode "riot" when
//     the act is violent). A nation's people by their plural
//     ("Palestinians", "Kenyans") are its civilians, not its government.
//     A state's or a body's formal protest ("Japan protested to China")
//     is DISAPPROVE.
//   - Sanctions: imposing sanctions or an embargo, freezing assets,
//     blacklisting, banning trade or visas (CAMEO 16 and 17 with an economic
//     cue) is SANCTION ("+policy:sanction" in Coder). The 2021 table files
//     163 under COERCE; the codebook's SANCTION names economic sanctions, and
//     outlets report them as sanctions, so they are coded so here.
//   - Agreements: "agreed to", accepting a proposal, intent to cooperate
//     (CAMEO 03) is AGREE; signing a peace deal, ceasefire, truce or
//     declaration that settles a dispute is AGREE too ("+policy:settlement");
//     signing a treaty of friendship or a trade deal, praise and endorsement
//     (CAMEO 05) stay SUPPORT, as the gold standard codes them. Talks are
//     CONSULT, and so is travelling "for talks" ("flew to Jeddah for talks
//     with the RSF"), and so is hosting talks between two sides: mediation
//     (CAMEO 045) whose sides are the pair, held at the host's place when
//     the host is one ("The Saudi capital hosted talks between US and
//     Russian officials"); being "committed to" acting is an intent (AGREE),
//     being committed to a cause is support. Releasing or exchanging
//     prisoners is RETREAT (CAMEO 0841, as the table has it).
//   - Objects that decide the type ("+reopened", "+inspectors",
//     "+admitted-…", "+recruited", "+with-force"): reopening a crossing,
//     border, bridge or port and lifting or easing a blockade or siege
//     ease a military blockade (CAMEO 0872, RETREAT); receiving inspectors,
//     observers or peacekeepers and letting aid through allow international
//     involvement (0861–0863, RETREAT); sending inspectors, monitors or
//     investigators is INVESTIGATE; recruiting, training or calling up
//     troops, fighters or reservists is MOBILIZE (CAMEO 154), and training
//     another side's soldiers ("trained Ukrainian soldiers") military aid;
//     answering "with force" ("retaliated with air strikes") is force, and
//     a threat when intended ("would respond with overwhelming force").
//   - Joint subjects: "X and Y" coordinated before a violent verb with an
//     object of its own ("Haitian police and Kenyan officers killed several
//     gang members") attack together; only with no object, or with a verb
//     of exchange, are they the two sides of a fight.
//   - Warnings and vetoes: warning shots fired at no one ("fired warning
//     shots after soldiers crossed the line") threaten (CAMEO 138); fired
//     "at" people they are fire. A member blocking a statement, resolution
//     or proposal rejects it (CAMEO 120), and what the blocked text would
//     have said is no act of anyone's.
//   - Unrest: clashes, violence or riots that break out during a protest
//     with no one named ("Clashes broke out during Wednesday's protest")
//     are the protest's riot (PROTEST, CAMEO 145), by the place's people.
//     An army fired on by someone unnamed ("soldiers were wounded when they
//     came under fire") fights (FIGHT, "+policy:army-under-fire") unless a
//     bomb did it. Hijacking a ship and armed men boarding one are
//     abduction (CAMEO 181, ASSAULT). What a subject survived, escaped or
//     suffered ("had survived the Israeli strike") it did not do: the
//     attack noun is its own happening, by its own attacker.
//   - Protest policing: breaking up or dispersing a protest is ASSAULT
//     (violent repression, CAMEO 175) only when the sentence names force —
//     tear gas, batons, water cannon, gunfire, casualties; otherwise it is
//     COERCE ("+policy:no-force"). Police force in a sentence about a
//     protest is ASSAULT whatever the verb ("police fired on
//     demonstrators", "+policy:repression"), so that outlets that say
//     "shot" and outlets that say "fired tear gas" code one happening
//     alike; the PLOVER gold standard codes one such sentence FIGHT. Preventing, blocking or barring a
//     demonstration, and security forces halting one, restrict protest
//     (CAMEO 1721, COERCE), where organisers calling it off concede.
//     Going on strike and stopping work are PROTEST (CAMEO 143).
//   - An arrest in a participle coordinated with another (", killing one
//     and arresting 12") is an act of its own; other participles on an
//     attack ("forcing 5,000 families to flee") give its figures only.
//   - Two sides: an attack noun with "between" ("clashes between the army
//     and M23", "fighting between Armenian and Azerbaijani troops") is a
//     FIGHT of the two sides as named ("+sides"), wherever it stands in
//     the sentence; a verb of cooperation whose subject is such a noun
//     ("fighting … intensified") codes nothing.
//   - Demands: "X said Y must act" is a demand of X on Y.
//   - Meetings: a body meeting on its own ("the security cabinet met")
//     consults no one; summoning an envoy is a formal complaint
//     (DISAPPROVE, CAMEO 114); a counted crowd gathering protests. Ending
//     ordinary ties (visa-free travel, flights, trade) sanctions.
//   - Intent: "is ready (willing, prepared) to strike" is the act intended,
//     read with its intent (THREATEN here), not an offer; a participle
//     that opens the sentence before a name ("Newly appointed Prime
//     Minister X refused") modifies it and is no event.
//   - Means decide force: a killing the subject says a strike or shelling
//     did ("Israeli strike kills 9") is FIGHT ("+by-strike"), civilians hit
//     or not; drones, missiles and rockets "launched at" a place are aerial
//     weapons used on it (CAMEO 195); force "against" armed men no
//     dictionary names ("an operation against gangs") is a FIGHT with the
//     country's armed men ("+armed-target"), and armed men struck after
//     the verb ("air strikes killed 20 militants") are no cue of one-sided
//     violence.
//   - Goods: drugs, arms and money seized are property confiscated (CAMEO
//     1711, COERCE), whoever seizes them; relief flown, airlifted, trucked or
//     sent is humanitarian aid (073), money announced "in aid" is aid (070),
//     and arms or aid go to their "to"/"for" receiver, never to the
//     sender's military. Territory is taken "from" its holder, the target.
//   - Measures: a body approving or adopting a measure takes it ("approved a
//     state of emergency", COERCE); martial law, emergency rule and
//     emergency decrees are imposed, declared or extended like a curfew.
//     Ordering diplomats "to leave" stays a demand under the rule above,
//     while "expelled" is a sanction, as the CAMEO dictionary codes them.
//   - Places of talks: talks and agreements happen where the talks were held
//     ("after three days of talks in Washington"), and where they are held
//     is no side of them ("met in Barbados"). A mediator who "shuttled" or
//     "mediated between" two sides mediates (CAMEO 045) between the pair,
//     as a host of talks between them does ("+mediated").
//
// Each event records the rule that coded it in Coder: "cameo:BLOCK:code"
// (the verb dictionary on the main clause), "noun:WORD" (an event noun after
// a light or reporting verb), "attack-noun:WORD", "must-complement",
// "clause:REL:BLOCK" (a clause of the dependency tree, REL its relation:
// conj, advcl, acl, ccomp …), with suffixes "+pattern" (a verb pattern),
// "+passive", "+policy:…" (a typing rule above), "+unnamed-attacker",
// "+unidentified-armed", "+source-from-context", "+uncoded-source",
// "+civilian-victims", "+their-pair", "+walkout", "+summoned-envoy", "+by-strike",
// "+armed-target", "+weapons-launched", "+goods-seized", "+relief-carried", "+approved", then ":"
// and the CAMEO code. Patterns of the CAMEO dictionary apply to every verb
// of their block, except a bare particle ("- * OFF [046] # KICK"), which
// serves only the verb it was written for: "kick off" talks, "fight off"
// an attack.
//
// Actors of armed conflict. Non-state armed groups are their own actors,
// never a state's military: the actor layer codes the Rapid Support Forces,
// the Houthis, M23, Wagner, Hamas, al-Shabaab and the like from the Phoenix
// non-state and international dictionaries and a short list of current
// groups they lack (country of the conflict + REB, or UAF for a private
// military company); armed men no dictionary names ("gunmen",
// "jihadists") take the country where they struck with sector UAF.
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
// Generic verbs. The verbs whose bare sense is an everyday act (going,
// wanting and needing, planning, managing, helping, paying and trading,
// revealing, increasing and improving, failing, facing, introducing,
// examining) give an event only with a target, a pattern of their block or
// a typing rule: "Ethiopia's central bank increased interest rates" and
// "Georgia's ruling party wants a bigger majority" code nothing, "travelled
// to Washington" and "wants Serbia to recognise Kosovo" do (bareGeneric).
// On 445 BBC articles (business, politics, sport, culture, technology) this
// took 1,040 events to 740, the dropped ones read by hand as no events;
// PLOVER and the own sentence sets lost none. Deaths are events only where
// violence could have caused them (violentCause): "died of a heart attack"
// and "died in an avalanche" code nothing, and the dead are always whom it
// was done to.
//
// Sports reports. A story that reads as one (topic.go: words of games and
// results) codes no event: its countries and clubs are teams and its
// "beat", "attacked" and "clash" are games. On 445 BBC articles this took
// the sports stories' 109 events to 27, and changed no other story's.
//
// Actors. An active verb whose subject names no one gives no event; only a
// passive or an attack noun may leave the attacker unnamed. A subject the
// dictionaries lack but whose title says it acts at home ("Judge X", "the
// opposition coalition", "protesters", and, when they act, "people",
// "villagers", "refugees") takes the country of the other actors the
// sentence names; Coder then ends in "+source-from-context" and the
// confidence is lower. A subject that names someone no dictionary codes — a
// person or organisation the entity stage found ("the Coastal Traders
// Association demanded …"), or people by a noun for people — is kept by
// name without a code ("+uncoded-source") for a demand or a protest: who
// acted is known, and dropping the event would lose it. For other types
// such a subject is mostly a company in business news ("declined to
// comment", "reached an agreement"), so they still give no event. A coalition or force "led" by a state ("the
// Saudi-led coalition") is that state's. An attacker named by its country alone ("a Russian
// attack", "North Korea fired") is coded as that country's military, an
// attacked city ("Kyiv") as its civilians; the places of current conflicts
// the Phoenix files lack are in models/actordict/places.actors.txt. A
// pronoun opening a clause ("On Thursday he vetoed …") or a description of
// a body ("The movement said …", "Its fighters stormed …") with no coded
// referent of its own takes up the subject of the sentence before, and
// "their"/"they" the pair "X and Y" that was that subject. A participle
// clause opening the sentence ("Speaking in Brussels, …") holds no subject.
//
// One sentence gives its main event (the first event verb of its main
// clause; reporting verbs like "said" pass to their complement), an attack
// noun that reports an attack of its own ("following a Russian attack on Kyiv
// that killed 12 people"), a coordinated predicate sharing the subject
// ("thanked … and urged Washington to follow": DEMAND), and, when the main
// clause codes nothing, the events of its other clauses on the dependency
// tree (see clause.go: "were killed when Russian drones hit", relatives,
// passives, weapon and attack-noun subjects). Two clause shapes report the
// main subject's act without a subject of their own: a participle on a
// statement it issued ("issued a statement demanding …", coded when it is a
// demand, criticism, accusation, threat, endorsement or refusal), and the
// purpose of means it used or sent ("sent inspectors to examine the
// damage"); a participle on people is their act ("farmers protesting the
// law").
//
// Taking up. "The strike", "the strikes", "Thursday's raid" — an attack noun
// with a definite determiner and no attacker of its own — that kills or
// wounds within four sentences of an attack the story reported is that
// attack ("+antecedent": its attacker, place and day; the latest of its
// kind, "strikes" after "struck", else the latest); a toll "during the
// fighting" happened where and when the fighting did, by no one the
// sentence names; "the attackers" are the armed men of that attack. A
// story's home country is its dateline's, unless the story names that
// country nowhere else but names another's places twice or more (a
// correspondent's "BANGKOK (AP) —" on Myanmar): then that country. Armed
// men, attacked settlements and struck people no dictionary names, in a
// sentence that names no place, are of the home country; the place of an
// attack whose subject names no attacker ("fighting … in Tripoli",
// "a roadside bombing near Samarra") gives the place's armed men (UAF), as
// the PLOVER gold codes them.
//
// Reported events. An event inside what someone said (the content of a
// quote) keeps that speaker as ReportedBy, beside its own source and target;
// a denial ("the Kremlin denied targeting civilians") negates the event it
// governs, also beside another main event ("denied shelling the town and
// blamed the rebels"). Each event carries its sentence and trigger spans, the
// date of the sentence's date expression nearest the trigger resolved by
// package when against the publication day (zero when the sentence gives
// none; a wire dateline's date only when no other is given), a confidence
// and the rule that coded it in Coder. A relative day with no day of its
// sentence to count from ("the following day", "a day earlier") counts
// from the story's time, the day of its last dated event, and so does a
// sentence that names no day but opens with a gap after a happening told
// before ("Hours after the swap, …"). A toll summed since a time ("have
// been killed … since May 2023") is no happening of a day: the sentence
// gives no violent event.
//
// Stories without a dateline. The country whose places the first sentence
// names, when they are of one country (actor.Resolver.LeadCountry), is
// whose unnamed security forces, police and bodies taken up by "the"
// ("the interior minister", "the government") the story's sentences name,
// where a sentence names no place or coded actor of its own.
//
// Places. The location is the place entity after "in", "at", "near",
// "outside", "inside" or "through" nearest the trigger in its clause;
// "the <demonym> capital" is that state's capital ("the Omani capital" is
// Muscat, actor.Capital), and "in the city" (town, village, capital, port)
// the last place named before it in the sentence or the two before ("the
// capital" after a country: its capital), and an attack noun's "on" place
// ("Thursday's assault on Pont-Sonde") is where it struck, so that reports
// naming one place differently agree on it when merged. A relative clause
// that gives a toll ("…, where gunmen killed 70 people on Thursday") dates
// the happening it describes when nothing else does.
package event
