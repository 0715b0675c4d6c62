package event

// The hand-written word lists the coder needs beside the CAMEO dictionary.
// They are closed-class words (auxiliaries, prepositions, determiners) and a
// few open lists tuned on the development half of the PLOVER gold-standard
// sentences: verbs the CAMEO file lacks, nouns that carry an event after a
// light verb ("held talks", "imposed a curfew"), and cues that tell
// conventional military force (FIGHT) from other violence (ASSAULT).

import (
	"maps"
	"strings"

	"github.com/chronicle-news/chronicle/extract/syntax"
)

// warTargets are objects only war strikes: an attack on one is literal
// and hits a military ("struck a Russian airbase").
var warTargets = set("AIRBASE", "AIRBASES", "AIRFIELD", "AIRFIELDS", "BARRACKS", "GARRISON", "OUTPOST", "BUNKER",
	"BUNKERS", "WARSHIP", "WARSHIPS", "FRIGATE", "SUBMARINE", "CORVETTE")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// extend is base and words, as one new set.
func extend(base map[string]bool, words ...string) map[string]bool {
	m := set(words...)
	maps.Copy(m, base)
	return m
}

// lexicon holds the word lists; built once per Coder.
type lexicon struct {
	aux, be, negation, modalIntent, modalPossible, intentLead     map[string]bool
	determiner, preposition, targetPrep, placePrep, pronoun       map[string]bool
	subordinator, relative, lightVerb, reporting, adverb          map[string]bool
	fightCue, assaultCue, violentNoun, escalated, sides, stopVerb map[string]bool
	economic                                                      map[string]bool
	// tentative verbs make the event they govern a possibility ("would
	// consider sanctions", "is weighing a strike").
	tentative map[string]bool
	// denial verbs negate the event of their complement ("denied that it
	// had supplied drones").
	denial map[string]bool
	// nouns maps an event noun (upper case, maybe two words) to a CAMEO code.
	nouns map[string]string
	// verbs supplements the CAMEO verb forms: upper-case form → code.
	verbs map[string]string
	// cooperative tells roots whose negation is a refusal (REJECT).
	cooperative map[string]bool
	// violence are the words that make a violent verb literal (see
	// violenceEvidence).
	violence map[string]bool
	// meeting are the one-word event nouns of a meeting or negotiation
	// (CAMEO 040, 046): what one travels "for" ("flew to Jeddah for
	// talks").
	meeting map[string]bool
}

func newLexicon() lexicon {
	lx := lexicon{
		aux: set("HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "WILL", "WOULD",
			"SHALL", "SHOULD", "CAN", "COULD", "MAY", "MIGHT", "MUST", "DO", "DOES", "DID", "'S", "’S", "'LL", "’LL", "GET", "GOT"),
		be:       set("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "GET", "GOT"),
		negation: set("NOT", "N'T", "N’T", "NEVER", "NO", "CANNOT"),
		// modalIntent before a verb makes it an intention: "will support" is
		// an offer (AGREE), "would blockade" a threat (THREATEN).
		modalIntent: set("WILL", "WOULD", "'LL", "’LL", "SHALL"),
		// modalPossible makes it a possibility, coded with Modality set.
		modalPossible: set("MAY", "MIGHT", "COULD", "CAN", "SHOULD"),
		// intentLead: "is willing to X", "plans to X", "prepared to lift".
		intentLead: set("WILLING", "READY", "PREPARED", "PLANS", "PLANNED", "PLAN", "INTENDS", "INTENDED", "INTEND",
			"WANTS", "WANTED", "WANT", "AIMS", "SEEKS", "SOUGHT", "HOPES", "EXPECTED", "LIKELY", "GOING", "CONSIDER",
			"CONSIDERING", "CONSIDERS", "COMMITTED", "DETERMINED", "PROMISED", "PLEDGED", "VOWED", "OFFERED"),
		// the syntax package's determiners, and adjectives that stand
		// where a determiner does ("further talks", "new sanctions")
		determiner: syntax.Determiners(syntax.DetAny&^syntax.DetNumeral, true,
			"FURTHER", "NEW", "LATEST", "FIRST", "SECOND", "THIRD", "FOURTH"),
		preposition: set("IN", "ON", "AT", "BY", "FOR", "WITH", "FROM", "TO", "OF", "INTO", "ONTO", "AGAINST",
			"OVER", "UNDER", "NEAR", "ABOUT", "AFTER", "BEFORE", "DURING", "SINCE", "UNTIL", "AMID", "AMONG",
			"BETWEEN", "THROUGH", "ACROSS", "TOWARD", "TOWARDS", "WITHOUT", "WITHIN", "DESPITE", "FOLLOWING",
			"INSIDE", "OUTSIDE", "AROUND", "ALONG", "BEHIND", "BEYOND", "UPON", "VIA", "PER", "LIKE", "AS"),
		targetPrep: set("AGAINST", "ON", "TO", "WITH", "AT", "INTO", "FROM", "TOWARD", "TOWARDS", "OVER", "OF", "UPON", "ONTO", "BETWEEN"),
		placePrep:  set("IN", "NEAR", "INSIDE", "OUTSIDE", "AROUND", "ACROSS", "THROUGHOUT"),
		pronoun:    set("IT", "HE", "SHE", "THEY", "WE", "I", "YOU", "ITS", "THEIR", "HIS", "HER", "THEM", "HIM"),
		subordinator: set("AFTER", "BEFORE", "BECAUSE", "SINCE", "WHILE", "WHEN", "ALTHOUGH", "THOUGH", "IF",
			"UNLESS", "UNTIL", "DESPITE", "FOLLOWING", "AS", "WHEREAS", "ONCE", "AMID", "IN", "ON", "ACCORDING"),
		relative:  set("WHO", "WHICH", "WHOM", "WHOSE", "WHERE"),
		lightVerb: set("HOLD", "HOLDS", "HELD", "HOLDING", "STAGE", "STAGED", "STAGES", "STAGING", "LAUNCH", "LAUNCHED", "LAUNCHES", "LAUNCHING", "BEGIN", "BEGAN", "BEGUN", "BEGINS", "BEGINNING", "START", "STARTED", "STARTS", "STARTING", "ISSUE", "ISSUED", "ISSUES", "ISSUING", "LODGE", "LODGED", "LODGES", "IMPOSE", "IMPOSED", "IMPOSES", "IMPOSING", "DECLARE", "DECLARED", "DECLARES", "DECLARING", "MOUNT", "MOUNTED", "MOUNTS", "CONDUCT", "CONDUCTED", "CONDUCTS", "CARRY", "CARRIED", "CARRIES", "OPEN", "OPENED", "OPENS", "CONTINUE", "CONTINUED", "CONTINUES", "CONTINUING", "RENEW", "RENEWED", "RENEWS", "PLACE", "PLACED", "PLACING", "PUT", "PUTS", "PUTTING", "MAKE", "MADE", "MAKES", "MAKING", "GIVE", "GAVE", "GIVEN", "GIVES", "ANNOUNCE", "ANNOUNCED", "ANNOUNCES", "UNDERTOOK", "UNDERTAKE", "UNDERTAKES", "COMPLETED", "COMPLETE", "COMPLETES", "TAKE", "TOOK", "TAKEN", "TAKES", "REIMPOSED", "REIMPOSE", "CALL", "CALLED", "CALLS", "CALLING", "PRESENT", "PRESENTED", "DELIVER", "DELIVERED", "ORDERED", "ORDER", "ORDERS", "SIGN", "SIGNED", "SIGNS", "INITIALLED", "INITIALED", "INITIALLING", "INITIALING"),
		reporting: set("SAY", "SAID", "SAYS", "SAYING", "TOLD", "TELL", "TELLS", "REPORTED", "REPORTS", "ANNOUNCED",
			"ANNOUNCES", "STATED", "STATES", "ADDED", "ADDING", "ADDS", "NOTED", "DECLARED", "CONFIRMED", "CLAIMED", "CLAIMS", "INSISTED", "ARGUED",
			"WROTE", "WRITES", "EXPLAINED", "CLARIFIED", "REITERATED", "REPEATED", "BELIEVES", "BELIEVED", "THINKS", "DESCRIBED",
			"CONCLUDED", "ACKNOWLEDGED", "ADMITTED", "INDICATED", "SUGGESTED", "ASSERTED", "REPLIED", "RESPONDED",
			// cognitive verbs pass to their complement as reporting verbs do
			"THINK", "THINKS", "THOUGHT", "EXPECT", "EXPECTS", "EXPECTED", "EXPECTING", "PREDICTED", "PREDICTS", "FORECAST",
			"BELIEVE", "FEAR", "FEARS", "FEARED", "HOPE", "HOPED", "ESTIMATED", "ESTIMATES", "DECIDED", "DECIDES", "DECIDE",
			"VOTED", "VOTES", // "voted to demand a ceasefire": the act voted for
			"CONSIDER", "CONSIDERS", "CONSIDERED", "CONSIDERING", "WEIGHING", "WEIGHS", "MULLING", "MULLS", "PONDERING"),
		denial:    set("DENY", "DENIES", "DENIED", "DENYING", "REFUTED", "DISMISSED CLAIMS"),
		tentative: set("CONSIDER", "CONSIDERS", "CONSIDERED", "CONSIDERING", "WEIGHING", "WEIGHS", "MULLING", "MULLS", "PONDERING"),
		adverb: set("ALSO", "AGAIN", "REPORTEDLY", "FINALLY", "ROUTINELY", "TODAY", "YESTERDAY", "ALREADY", "NOW",
			"STILL", "JUST", "ONCE", "LATER", "EARLIER", "RECENTLY", "ALLEGEDLY", "REPEATEDLY", "FORMALLY", "OFFICIALLY",
			"FLATLY", "OUTRIGHT", "SHARPLY", "STRONGLY", "HARD", "EVEN", "NEVER", "LONGER", "EFFECTIVELY", "JOINTLY",
			"IMMEDIATELY", "UNILATERALLY", "SUCCESSFULLY", "PUBLICLY", "REPORTEDLY", "APPARENTLY", "FIRST", "THEN",
			"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "TONIGHT", "RECENTLY", "BEEN"),
		fightCue: set("ARTILLERY", "SHELL", "SHELLS", "SHELLED", "SHELLING", "TANK", "TANKS", "AIRCRAFT", "JETS", "JET",
			"WARPLANES", "WARPLANE", "HELICOPTER", "HELICOPTERS", "GUNSHIPS", "MISSILE", "MISSILES", "ROCKET", "ROCKETS",
			"MORTAR", "MORTARS", "AIRSTRIKE", "AIRSTRIKES", "AIR", "GUNBATTLE", "GUNFIGHT", "FIRE", "FIRED", "TROOPS",
			"FORCES", "ARMY", "SOLDIERS", "MILITARY", "INVASION", "OFFENSIVE", "CAPTURED", "STRONGHOLD", "FIGHTING", "BATTLE", "DRONES", "DRONE",
			"BOMBARDED", "BOMBARDMENT", "BOMBARDING", "BOMBARD"),
		economic: set("SANCTIONS", "SANCTION", "EMBARGO", "EMBARGOES", "ASSETS", "IMPORTS", "EXPORTS", "EXPORT",
			"IMPORT", "TRADE", "VISA", "VISAS", "VISA-FREE", "TARIFFS", "BLACKLISTED", "BLACKLISTING", "BLACKLIST", "OLIGARCHS", "TANKERS"),
		assaultCue: set("BOMB", "BOMBS", "BOMBING", "BOMBER", "EXPLOSION", "EXPLOSIVE", "EXPLOSIVES", "BLAST",
			"MACHETES", "MILITIAMEN", "ASSASSINATE", "ASSASSINATED", "ASSASSINATION", "TORTURED", "ABUSED", "BEAT",
			"STABBED", "GUERRILLAS", "MILITANTS", "ROADSIDE", "SUICIDE", "KIDNAPPED", "ABDUCTED", "HOSTAGE"),
		// violentNoun: nouns that report an attack of their own ("following a
		// Russian attack on Kyiv that killed 12 people").
		violentNoun: set("ATTACK", "ATTACKS", "STRIKE", "STRIKES", "AIRSTRIKE", "AIRSTRIKES", "BOMBING", "BOMBINGS",
			"EXPLOSION", "BLAST", "SHELLING", "RAID", "RAIDS", "BOMBARDMENT", "ASSAULT", "OFFENSIVE", "AMBUSH", "MASSACRE",
			"FIGHTING", "CLASH", "CLASHES", "BATTLE", "BATTLES", "HOSTILITIES", "INCURSION", "INCURSIONS", "HIJACKING", "SIEGE",
			"DUELS", "SKIRMISHES", "FIREFIGHT", "FIREFIGHTS", "GUNFIGHT", "GUNFIGHTS"),
		sides: set("SIDES", "PARTIES"),
		stopVerb: set("CANCEL", "CANCELLED", "CANCELED", "CANCELS", "HALT", "HALTED", "HALTS", "SUSPEND", "SUSPENDED",
			"SUSPENDS", "STOP", "STOPPED", "STOPS", "ENDED", "CUT", "CUTS", "FREEZE", "FROZE", "FROZEN",
			"SCRAP", "SCRAPPED", "LIFT", "LIFTED", "LIFTS", "CALLED OFF", "REDUCED", "REDUCE", "SHORTENED", "EASED", "EASE", "RELAXED",
			// progressives the dictionaries do not code ("said it was
			// cutting diplomatic relations"; "suspending" and "severed"
			// they code more finely)
			"CANCELLING", "CANCELING", "HALTING", "STOPPING", "CUTTING", "FREEZING", "SCRAPPING"),
		nouns: map[string]string{
			"TALKS": "040", "MEETING": "040", "MEETINGS": "040", "NEGOTIATIONS": "046", "SUMMIT": "040", "CONSULTATIONS": "040",
			"DISCUSSIONS": "040", "VISIT": "042", "MEDIATION": "045", "CONVERSATION": "041", "PHONE CALL": "041",
			"ATTACK": "180", "ATTACKS": "180", "STRIKE": "190", "STRIKES": "190", "AIRSTRIKE": "195", "AIRSTRIKES": "195", "BOMBING": "183",
			"EXPLOSION": "183", "BLAST": "183", "RAID": "190", "SHELLING": "194", "INVASION": "192", "INCURSION": "192", "INCURSIONS": "192", "HIJACKING": "181", "OFFENSIVE": "190", "BOMB ATTACK": "183",
			"CLASH": "190", "CLASHES": "190", "BATTLE": "190", "BATTLES": "190", "HOSTILITIES": "190", "DUELS": "190", "SKIRMISHES": "190",
			"MOBILISATION": "154", "MOBILIZATION": "154", "ASSAULT": "180", "AMBUSH": "190", "MASSACRE": "202", "BOMBARDMENT": "194", "RAIDS": "190", "BOMBINGS": "183",
			"FIREFIGHT": "190", "FIREFIGHTS": "190", "GUNFIGHT": "190", "GUNFIGHTS": "190",
			"ABDUCTION": "181", "ABDUCTIONS": "181", "KIDNAPPING": "181", "KIDNAPPINGS": "181",
			// "issued an arrest warrant": an arrest ordered (CAMEO 173);
			// "held joint patrols": drills, joint or one side's (see
			// refine: one side's are a show of force)
			"ARREST WARRANT": "173", "ARREST WARRANTS": "173", "WARRANT": "173", "WARRANTS": "173",
			"PATROLS": "062", "PATROL": "062",
			// "ordered the expulsion of six diplomats": reducing relations
			// (CAMEO 166; people deported are 174, see refine)
			"EXPULSION": "166", "EXPULSIONS": "166", "PERSONA": "166", // ("declared persona non grata")
			"BLAME": "112", "ACCUSATIONS": "112", "CRITICISM": "111", "PROTEST": "114", "PROTESTS": "140", "HUNGER STRIKE": "142",
			// labour strikes are protests, not attacks
			"GENERAL STRIKE": "143", "NATIONAL STRIKE": "143", "NATIONWIDE STRIKE": "143", "TEACHERS' STRIKE": "143",
			"WORKERS' STRIKE": "143", "LABOUR STRIKE": "143", "LABOR STRIKE": "143", "STRIKE ACTION": "143", "WALKOUT": "143",
			"RALLY": "141", "RALLIES": "141", "DEMONSTRATION": "141", "DEMONSTRATIONS": "141", "BOYCOTT": "143",
			"ULTIMATUM": "130", "THREAT": "130", "THREATS": "130", "WARNING": "130",
			"CURFEW": "1724", "NIGHT-TIME CURFEW": "1724", "SIEGE": "191", "STATE OF SIEGE": "1724", "STATE OF EMERGENCY": "1724", "MARTIAL LAW": "1724", "EMERGENCY RULE": "1724", "EMERGENCY DECREE": "1724", "BLOCKADE": "1724", "BLOCKADES": "1724", "BAN": "1722", "BANS": "1722",
			"SANCTIONS": "163", "EMBARGO": "163", "SUSPENSION": "160",
			"CEASEFIRE": "0871", "CEASE-FIRE": "0871", "TRUCE": "0871", "WITHDRAWAL": "0872",
			"INVESTIGATION": "090", "INVESTIGATIONS": "090", "PROBE": "090", "INQUIRY": "090", "HEARING": "090",
			"AGREEMENT": "057", "TREATY": "057", "ACCORD": "057", "DEAL": "057",
			"APPEAL": "020", "REQUEST": "020", "DEMAND": "100", "DEMANDS": "100",
			"AID": "070", "ASSISTANCE": "070", "ECONOMIC AID": "071", "FOOD SUPPLIES": "073", "SUPPLIES": "070", "LINKS": "050", "TIES": "050", "RELATIONS": "050", "COOPERATION": "060", "RESTRICTIONS": "1724", "ASYLUM": "075", "WELCOME": "043",
			"WAR GAMES": "062", "EXERCISES": "062", "DRILLS": "062", "MILITARY DRILLS": "062",
			"TARIFFS": "163", "MEMBERSHIP": "050",
			"PRISONER EXCHANGE": "0841", "PRISONER SWAP": "0841", "PRISONER EXCHANGES": "0841", "PRISONER SWAPS": "0841",
			"EXCHANGE OF PRISONERS": "0841", "SWAP OF PRISONERS": "0841",
		},
		verbs: map[string]string{
			"URGE": "100", "URGES": "100", "URGED": "100", "URGING": "100",
			"CALL ON": "100", "CALLED ON": "100", "CALLS ON": "100", "CALLING ON": "100",
			"CALL FOR": "100", "CALLED FOR": "100", "CALLS FOR": "100", "CALLING FOR": "100",
			"STRIKE": "190", "STRUCK": "190", "STRIKES": "190",
			"HIT": "190", "HITS": "190",
			"EXPLODED": "183", "BEAT UP": "180", "BEATING UP": "180",
			"SHELLED": "194", "SHELL": "194", "SHELLING": "194", "BOMBED": "195",
			"TELEPHONED": "041", "PHONED": "041", "CALLED": "041",
			"SUED": "115", "SUING": "115", "SUE": "115",
			"DEPLORED": "111", "DENOUNCED": "111", "CRITICIZED": "111", "CRITICISED": "111", "CONDEMNED": "111",
			"DISCUSSED": "040", "DISCUSS": "040", "MET": "040", "MEET": "040", "MEETS": "040",
			"OPPOSED": "120", "OPPOSE": "120", "OPPOSES": "120",
			"PRAISED": "051", "WELCOMED": "051", "HAILED": "051",
			"REJECTED": "120", "REJECT": "120", "REJECTS": "120", "DISMISSED": "120", "REFUSED": "120", "REFUSING": "120",
			"DECLINED": "120", "RENEGED": "120", "VIOLATED": "120",
			"THREATENED": "130", "THREATENS": "130", "THREATEN": "130", "WARNED": "130",
			"DEMONSTRATED": "141", "RIOTED": "145", "PROTESTED": "140",
			"EXPELLED": "166", "EXPEL": "166", "EXPELS": "166", "EXPELLING": "166", "DEPORTED": "174", "ARRESTED": "173", "DETAINED": "173", "JAILED": "173",
			"OUTLAWED": "1722", "BANNED": "1722",
			"SANCTIONED": "163", "SANCTION": "163", "SANCTIONS": "163", "SANCTIONING": "163",
			"MASSED": "154", "AMASSED": "154", "MASSING": "154", "AMASSING": "154",
			"VETOED": "120", "VETOES": "120", "VETO": "120", "VETOING": "120",
			"SANK": "190", "SUNK": "190", "RETOOK": "192", "RETAKEN": "192", "REGAINED CONTROL": "192", "SEIZED CONTROL": "192",
			"INVESTIGATING": "090", "INVESTIGATED": "090", "PROBING": "090",
			"KILLED": "190", "KILL": "190", "KILLS": "190", "KILLING": "190",
			"MURDERED": "190", "MURDER": "190", "MURDERS": "190", "MURDERING": "190",
			"DEMANDED": "100", "DEMANDS": "100", "DEMANDING": "100", "DEMAND": "100",
			"ACCUSED": "112", "ACCUSES": "112", "BLAMED": "112", "BLAMES": "112",
			"RESIGN": "0832", "RESIGNED": "0832",
			"AGREED": "030", "AGREE": "030", "AGREES": "030",
			"GRANTED": "070", "EVACUATED": "073",
			"TORTURED": "1823", "ASSASSINATED": "186",
			// destroying property (CAMEO 1712): "set fire to homes"
			"SET FIRE TO": "1712", "SETTING FIRE TO": "1712", "SETS FIRE TO": "1712", "TORCHED": "1712",
			"BROKE UP": "175", "BREAK UP": "175", "BREAKS UP": "175", "BREAKING UP": "175", "BROKEN UP": "175",
			"DISPERSED": "175", "DISPERSE": "175", "DISPERSES": "175", "DISPERSING": "175",
			"CRACKED DOWN": "175",
			// force against a crowd, as an accusation names it: "accused police of using excessive force"
			"USED EXCESSIVE FORCE": "175", "USING EXCESSIVE FORCE": "175", "USE EXCESSIVE FORCE": "175",
			"USED LETHAL FORCE": "175", "USING LETHAL FORCE": "175", "USE LETHAL FORCE": "175",
			"ABDUCTED": "181", "KIDNAPPED": "181", "BEHEADED": "186", "EXECUTED": "186", "MASSACRED": "202",
			// the euphemism of military statements for killing
			"NEUTRALISED": "190", "NEUTRALIZED": "190", "NEUTRALISING": "190", "NEUTRALIZING": "190",
			"SWAPPED": "0841", "FREED": "0841", "STORMED": "190", "ROUNDED UP": "173",
			"TAKEN INTO CUSTODY": "173", "TOOK INTO CUSTODY": "173", "TAKE INTO CUSTODY": "173", "TAKING INTO CUSTODY": "173",
			// labour strikes (CAMEO 143)
			"WENT ON STRIKE": "143", "GO ON STRIKE": "143", "GOES ON STRIKE": "143", "GOING ON STRIKE": "143",
			// verbs that code nothing unless their object makes them an
			// event (see access): "recruited convicts", "let aid in"
			"RECRUITED": "---", "RECRUIT": "---", "RECRUITS": "---", "RECRUITING": "---", "CONSCRIPTED": "---",
			"LET": "---", "LETS": "---", "LETTING": "---",
			"BOARDED": "---", "BOARDING": "---", // "armed men boarded the ship" (see refine)
			"LIBERATED": "---", "LIBERATE": "---", "LIBERATES": "---", "LIBERATING": "---",
			"RETALIATE": "---", "RETALIATED": "---", "RETALIATES": "---", "RETALIATING": "---", "RESPOND": "---", "RESPONDS": "---",
			"GONE ON STRIKE": "143", "WALKED OFF THE JOB": "143", "WALKED OFF THEIR JOBS": "143", "DOWNED TOOLS": "143",
			"STOPPED WORK": "143", "STOP WORK": "143", "STOPS WORK": "143", "STOPPING WORK": "143",
		},
		cooperative: set("03", "04", "05", "06", "07", "08"),
	}
	// The words that make a violent verb literal: the force and assault
	// cues less those news also uses of sport, fires and cars, and the
	// attackers and casualties.
	lx.violence = set("CIVILIANS", "KILLED", "KILLING", "KILLINGS", "KILL", "KILLS", "WOUNDED", "WOUNDING",
		"INJURED", "DEAD", "DIED", "MURDERED", "MURDERING", "MURDER", "CASUALTIES", "VICTIMS", "TOLL", "MASSACRE", "RAID", "RAIDS", "AMBUSH", "AMBUSHED",
		"SNIPER", "SNIPERS", "CLASHES", "CLASHED", "WAR", "FIGHTERS", "JIHADISTS", "TERRORISTS", "ATTACKERS",
		"ASSAILANTS", "WEAPONS", "GUNS", "GUN", "GUNFIRE", "GUNMEN", "GUNMAN", "GRENADE", "GRENADES", "OCCUPIERS",
		"FRONTLINE", "CEASEFIRE", "TEAR", "BULLETS", "RIOT", "ARRESTED", "PROTESTERS", "POLICE", "REBELS",
		"INSURGENTS", "MILITIA", "SOLDIER", "BOMBED", "BOMBINGS", "HOSTAGES", "AMMUNITION", "ARMED",
		"GANGS", "GANG", "GANGSTERS", "BANDITS", "MILITIAS", "MILITANTS", "PARAMILITARIES", "KIDNAPPERS",
		"PIRATES", "HIJACKERS", "HIJACKED", "HIJACKING", "HANGED", "EXECUTED", "EXECUTION", "EXECUTIONS")
	// and the objects of war: "struck a Russian airbase"
	maps.Copy(lx.violence, warTargets)
	lx.meeting = map[string]bool{}
	for w, code := range lx.nouns {
		if (code == "040" || code == "046") && !strings.Contains(w, " ") {
			lx.meeting[w] = true
		}
	}
	for _, cues := range []map[string]bool{lx.fightCue, lx.assaultCue} {
		for w := range cues {
			switch w {
			case "FIRE", "FIRED", "AIR", "BATTLE", "FIGHTING", "CAR", "BEAT", "CAPTURED", "ABUSED", "BOMBARDED", "BOMBARDING", "BOMBARD":
			default:
				lx.violence[w] = true
			}
		}
	}
	// escalated: what a verb of stepping up (CAMEO's BOOST) may step up
	// that is an attack: the attack nouns (strikes only of weapons or on a
	// target, not a labour strike) and operations or campaigns of arms.
	lx.escalated = extend(lx.violentNoun, "AIR STRIKES", "DRONE STRIKES", "MISSILE STRIKES", "STRIKES ON",
		"STRIKES AGAINST", "GROUND OPERATION", "GROUND OPERATIONS", "MILITARY OPERATION", "MILITARY OPERATIONS",
		"MILITARY CAMPAIGN", "AIR CAMPAIGN", "BOMBING CAMPAIGN")
	delete(lx.escalated, "STRIKE")
	delete(lx.escalated, "STRIKES")
	return lx
}
