package actor

import (
	"strings"

	"github.com/chronicle-news/chronicle/extract/syntax"
)

// titleHeads are the nouns a person's title ends in, with the sector a
// holder of the title acts for when the title names no organisation. The
// agent dictionaries are consulted for heads not listed here.
var titleHeads = map[string]string{
	"president": "GOV", "vice-president": "GOV", "premier": "GOV", "minister": "GOV",
	"chancellor": "GOV", "secretary": "GOV", "spokesman": "GOV", "spokeswoman": "GOV",
	"spokesperson": "GOV", "aide": "GOV", "adviser": "GOV", "advisor": "GOV",
	"envoy": "GOV", "ambassador": "GOV", "diplomat": "GOV", "negotiator": "GOV",
	"official": "GOV", "leader": "GOV", "governor": "GOV", "mayor": "GOV",
	"king": "GOV", "queen": "GOV", "prince": "GOV", "emir": "GOV", "sheikh": "GOV",
	"head": "GOV", "chief": "GOV", "director": "GOV", "chairman": "GOV",
	"chairwoman": "GOV", "chair": "GOV", "deputy": "GOV", "representative": "GOV",
	"commissioner": "GOV", "administrator": "GOV", "coordinator": "GOV",
	"senator": "LEG", "lawmaker": "LEG", "legislator": "LEG", "congressman": "LEG",
	"congresswoman": "LEG", "speaker": "LEG", "mp": "LEG", "deputy-speaker": "LEG",
	"judge": "JUD", "prosecutor": "JUD", "attorney": "JUD",
	"general": "MIL", "commander": "MIL", "colonel": "MIL", "major": "MIL",
	"admiral": "MIL", "marshal": "MIL", "captain": "MIL", "lieutenant": "MIL",
	"sergeant": "MIL", "brigadier": "MIL", "officer": "MIL", "commander-in-chief": "MIL",
	"ceo": "BUS", "executive": "BUS", "founder": "BUS",
	"correspondent": "MED", "journalist": "MED", "editor": "MED", "reporter": "MED",
	"patriarch": "REL", "archbishop": "REL", "bishop": "REL", "imam": "REL", "rabbi": "REL",
}

// IsTitleHead reports whether a lower-case word is a noun a person's title
// ends in ("minister", "spokesman", "general"): the entity stage reads it to
// type the name that follows a title.
func IsTitleHead(w string) bool { return titleHeads[w] != "" }

// titleModifiers are words that may precede a title head inside a title.
var titleModifiers = setOf(
	"foreign", "policy", "defense", "defence", "deputy", "vice", "prime", "special",
	"senior", "top", "chief", "national", "security", "first", "former", "acting",
	"interim", "presidential", "military", "economic", "economy", "trade", "finance",
	"interior", "justice", "energy", "health", "state", "lieutenant", "major",
	"brigadier", "army", "navy", "air", "force", "press", "executive", "assistant",
	"associate", "principal", "permanent", "general", "staff", "intelligence",
	"affairs", "presidential", "regional", "supreme", "commander", "head", "lead",
	"peace", "ukraine", "middle", "east", "un", "nato", "eu", "european", "white",
	"house", "kremlin", "cabinet", "government", "opposition", "party", "rebel",
	"separatist", "defence", "agriculture", "education", "culture", "transport",
	"development", "environment", "infrastructure", "digital", "emergency",
	"emergencies", "industry", "labour", "labor", "sports", "tourism", "home",
	"communications", "information", "investment", "budget", "treasury", "attorney",
	"vice-prime", "climate", "humanitarian", "top-ranking", "high-ranking", "ranking",
	"spy", "naval", "armed", "forces", "chiefs", "joint",
)

// titleAbbrevs expand abbreviated titles.
var titleAbbrevs = map[string]string{
	"lt.": "Lieutenant", "gen.": "General", "col.": "Colonel", "maj.": "Major",
	"capt.": "Captain", "adm.": "Admiral", "sgt.": "Sergeant", "brig.": "Brigadier",
	"sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "amb.": "Ambassador",
	"pres.": "President", "cmdr.": "Commander", "lt": "Lieutenant", "gen": "General",
}

// honorifics carry a gender and are skipped before a name.
var honorifics = map[string]gender{
	"mr.": male, "mr": male, "mrs.": female, "mrs": female, "ms.": female, "ms": female,
	"sir": male, "lady": female, "dame": female, "madam": female,
}

// genderedTitles tell a person's gender.
var genderedTitles = map[string]gender{
	"spokesman": male, "spokeswoman": female, "chairman": male, "chairwoman": female,
	"king": male, "queen": female, "prince": male, "princess": female,
	"congressman": male, "congresswoman": female, "businessman": male, "businesswoman": female,
}

// leaderTitles are the titles "the leader" and "the Russian leader" refer to.
var leaderTitles = setOf("president", "premier", "chancellor", "king", "queen", "leader", "emir")

// seats are places that stand for a government when they act.
var seats = setOf("KREMLIN", "WHITE HOUSE", "DOWNING STREET", "ELYSEE", "ELYSEE PALACE",
	"PENTAGON", "ZHONGNANHAI", "BANKOVA", "BLUE HOUSE", "QUAI D'ORSAY", "FOGGY BOTTOM")

// capitals stand for their country's government when they act ("Moscow
// said"), unlike other cities and regions the dictionaries list under a
// country. A non-empty value is the phrase the capital stands for instead.
var capitals = map[string]string{
	"MOSCOW": "", "KYIV": "", "KIEV": "", "WASHINGTON": "", "BEIJING": "", "LONDON": "",
	"PARIS": "", "BERLIN": "", "TEHRAN": "", "ANKARA": "", "JERUSALEM": "", "DAMASCUS": "",
	"BAGHDAD": "", "KABUL": "", "PYONGYANG": "", "SEOUL": "", "TOKYO": "", "NEW DELHI": "",
	"DELHI": "", "ISLAMABAD": "", "MINSK": "", "WARSAW": "", "RIYADH": "", "DOHA": "",
	"CAIRO": "", "CARACAS": "", "HAVANA": "", "BUDAPEST": "", "ROME": "", "MADRID": "",
	"OTTAWA": "", "CANBERRA": "", "TBILISI": "", "YEREVAN": "", "BAKU": "", "CHISINAU": "",
	"VILNIUS": "", "RIGA": "", "TALLINN": "", "HELSINKI": "", "STOCKHOLM": "", "OSLO": "",
	"COPENHAGEN": "", "BRATISLAVA": "", "PRAGUE": "", "VIENNA": "", "BERN": "", "ATHENS": "",
	"BELGRADE": "", "SOFIA": "", "BUCHAREST": "", "ABU DHABI": "", "MUSCAT": "", "AMMAN": "",
	"BEIRUT": "", "SANAA": "", "TRIPOLI": "", "KHARTOUM": "", "ADDIS ABABA": "", "NAIROBI": "",
	"PRETORIA": "", "ABUJA": "", "HANOI": "", "MANILA": "", "JAKARTA": "", "BANGKOK": "",
	"TAIPEI": "", "MEXICO CITY": "", "BRASILIA": "", "BUENOS AIRES": "", "BOGOTA": "",
	"LIMA": "", "SANTIAGO": "", "TASHKENT": "", "ASTANA": "", "DUSHANBE": "", "BISHKEK": "",
	"ASHGABAT": "", "ULAANBAATAR": "", "DHAKA": "", "COLOMBO": "", "KATHMANDU": "",
	"NAYPYIDAW": "", "PHNOM PENH": "", "VIENTIANE": "", "WELLINGTON": "", "DUBLIN": "",
	"LISBON": "", "AMSTERDAM": "", "THE HAGUE": "", "LUXEMBOURG": "", "VALLETTA": "",
	"NICOSIA": "", "ZAGREB": "", "LJUBLJANA": "", "SARAJEVO": "", "PODGORICA": "",
	"SKOPJE": "", "TIRANA": "", "PRISTINA": "", "RABAT": "", "ALGIERS": "", "TUNIS": "",
	"KINSHASA": "", "KIGALI": "", "KAMPALA": "", "MOGADISHU": "", "ASMARA": "", "JUBA": "",
	"BAMAKO": "", "NIAMEY": "", "OUAGADOUGOU": "", "DAKAR": "", "ACCRA": "", "LUANDA": "",
	"HARARE": "", "LUSAKA": "", "MAPUTO": "", "DODOMA": "", "MANAGUA": "", "QUITO": "",
	"LA PAZ": "", "ASUNCION": "", "MONTEVIDEO": "",
	"BRUSSELS": "EUROPEAN UNION",
}

// demonyms are country adjectives that do not extend the country's name
// (or whose dictionary spellings mislead), by country code.
var demonyms = map[string]string{
	"USA": "AMERICAN", "GBR": "BRITISH", "FRA": "FRENCH", "DEU": "GERMAN", "NLD": "DUTCH",
	"CHE": "SWISS", "PRK": "NORTH KOREAN", "KOR": "SOUTH KOREAN", "ARE": "EMIRATI",
	"TUR": "TURKISH", "PAK": "PAKISTANI", "AFG": "AFGHAN", "JPN": "JAPANESE",
	"SDN": "SUDANESE", "SSD": "SOUTH SUDANESE", "COD": "CONGOLESE", "BLR": "BELARUSIAN", "POL": "POLISH",
	"ESP": "SPANISH", "PRT": "PORTUGUESE", "GRC": "GREEK", "DNK": "DANISH",
	"SWE": "SWEDISH", "FIN": "FINNISH", "NOR": "NORWEGIAN", "IRL": "IRISH",
	"ISL": "ICELANDIC", "CZE": "CZECH", "SVK": "SLOVAK", "SVN": "SLOVENIAN",
	"HRV": "CROATIAN", "SRB": "SERBIAN", "BIH": "BOSNIAN", "LVA": "LATVIAN",
	"LTU": "LITHUANIAN", "EST": "ESTONIAN", "KAZ": "KAZAKH", "UZB": "UZBEK",
	"TJK": "TAJIK", "KGZ": "KYRGYZ", "TKM": "TURKMEN", "AZE": "AZERBAIJANI",
	"ARM": "ARMENIAN", "GEO": "GEORGIAN", "ISR": "ISRAELI", "PSE": "PALESTINIAN",
	"IRN": "IRANIAN", "IRQ": "IRAQI", "SYR": "SYRIAN", "LBN": "LEBANESE", "JOR": "JORDANIAN",
	"SAU": "SAUDI", "YEM": "YEMENI", "OMN": "OMANI", "QAT": "QATARI", "KWT": "KUWAITI",
	"BHR": "BAHRAINI", "EGY": "EGYPTIAN", "LBY": "LIBYAN", "TUN": "TUNISIAN",
	"DZA": "ALGERIAN", "MAR": "MOROCCAN", "CHN": "CHINESE", "TWN": "TAIWANESE",
	"VNM": "VIETNAMESE", "THA": "THAI", "MMR": "MYANMAR", "BGD": "BANGLADESHI",
	"LKA": "SRI LANKAN", "NPL": "NEPALESE", "PHL": "FILIPINO", "NZL": "NEW ZEALAND",
	"RUS": "RUSSIAN", "UKR": "UKRAINIAN", "MDA": "MOLDOVAN", "ROU": "ROMANIAN",
	"BGR": "BULGARIAN", "HUN": "HUNGARIAN", "AUT": "AUSTRIAN", "BEL": "BELGIAN",
	"ITA": "ITALIAN", "CAN": "CANADIAN", "MEX": "MEXICAN", "BRA": "BRAZILIAN",
	"ARG": "ARGENTINE", "VEN": "VENEZUELAN", "CUB": "CUBAN", "COL": "COLOMBIAN",
	"IND": "INDIAN", "AUS": "AUSTRALIAN", "ETH": "ETHIOPIAN", "SOM": "SOMALI",
	"NGA": "NIGERIAN", "ZAF": "SOUTH AFRICAN", "KEN": "KENYAN", "MLI": "MALIAN",
}

// extraAgents are agent nouns the Phoenix dictionaries lack.
var extraAgents = map[string]string{
	"SPECIAL SERVICES": "~SPY", "SPECIAL SERVICE": "~SPY", "SECURITY SERVICES": "~SPY",
	"SECURITY SERVICE": "~SPY", "SECRET SERVICES": "~SPY", "INTELLIGENCE SERVICES": "~SPY",
	"INTELLIGENCE AGENCIES": "~SPY", "SPY AGENCIES": "~SPY", "SABOTEURS": "~SPY",
	"AUTHORITIES": "~GOV", "OFFICIALS": "~GOV", "OFFICIAL": "~GOV", "LEADERSHIP": "~GOV",
	"LEADERS": "~GOV", "LEADER": "~GOV", "DIPLOMATS": "~GOV", "DIPLOMAT": "~GOV",
	"NEGOTIATORS": "~GOV", "DELEGATION": "~GOV", "SIDE": "~GOV",
	// armed forces named by what they do where they are: the Phoenix files
	// leave occupiers unknown
	"OCCUPIERS": "~MIL", "OCCUPIER": "~MIL", "OCCUPYING FORCES": "~MIL", "OCCUPATION FORCES": "~MIL",
	"INVADERS": "~MIL", "INVADER": "~MIL",
	// forces of a resistance or a rebellion are no state's army
	"RESISTANCE FORCES": "~REB", "RESISTANCE FIGHTERS": "~REB", "REBEL FORCES": "~REB", "REBEL FIGHTERS": "~REB",
	"INSURGENT FORCES": "~REB",
	"TROOPS":           "~MIL", "FORCES": "~MIL", "ARMED FORCES": "~MIL", "SOLDIERS": "~MIL",
	"MILITARY": "~MIL", "ARMY": "~MIL", "DRONES": "~MIL", "MISSILES": "~MIL",
	"AIR FORCE": "~MIL", "NAVY": "~MIL", "COMMANDERS": "~MIL", "DEFENSE MINISTRY": "~MIL",
	"DEFENCE MINISTRY": "~MIL", "GENERAL STAFF": "~MIL",
	// people who bring aid work for aid bodies, not a labour union
	"AID WORKER": "~NGO", "AID WORKERS": "~NGO", "RELIEF WORKER": "~NGO", "RELIEF WORKERS": "~NGO",
	"HUMANITARIAN WORKER": "~NGO", "HUMANITARIAN WORKERS": "~NGO",
	"CIVILIANS": "~CVL", "CIVILIAN": "~CVL", "RESIDENTS": "~CVL", "PEOPLE": "~CVL",
	"REFUGEES": "~REF", "POLICE": "~COP", "JOURNALISTS": "~MED", "MEDIA": "~MED",
	"STATE MEDIA": "~MED", "LAWMAKERS": "~LEG", "PARLIAMENT": "~LEG",
	// a spokesperson speaks for the body named ("Kremlin spokesman",
	// "army spokeswoman"), not for the media, as Phoenix files them
	"SPOKESMAN": "=", "SPOKESWOMAN": "=", "SPOKESPERSON": "=", "SPOKESMEN": "=", "SPOKESWOMEN": "=", "SPOKESPEOPLE": "=",
}

// sectorLabels name the sector of a code for a group name.
var sectorLabels = map[string]string{
	"GOV": "government", "MIL": "military", "SPY": "intelligence services", "UNK": "group",
	"CVL": "civilians", "COP": "police", "REB": "rebels", "OPP": "opposition",
	"BUS": "business", "MED": "media", "JRN": "journalists", "LEG": "legislature",
	"JUD": "judiciary", "EDU": "education", "HLH": "health sector", "AGR": "agriculture",
	"LAB": "labour", "REL": "religious groups", "ELI": "elites", "REF": "refugees",
	"HRI": "human rights groups", "CRM": "criminals", "PTY": "political parties",
	"ENV": "environmental groups", "DEV": "development sector", "UAF": "armed group",
	"IGO": "intergovernmental organisation", "NGO": "non-governmental organisation",
}

// gender of a person, as far as the text tells.
type gender uint8

const (
	unknownGender gender = iota
	male
	female
)

// firstNames give the usual gender of common given names.
var firstNames = func() map[string]gender {
	m := map[string]gender{}
	for _, n := range strings.Fields(`vladimir sergey sergei dmitry dmitri yury yuri yuriy kirill
	yaroslav volodymyr andriy andrii oleksandr olexander oleksiy oleksii mykhailo mikhail petro
	viktor alexander aleksandr alexei alexey andrei andrey boris ivan igor nikolai mykola
	valery valeriy vitaly vitali denys denis ruslan rustem kyrylo maksym pavel pavlo anatoly
	gennady evgeny yevgeny ramzan nikita lev leonid grigory stepan taras bohdan arseniy
	donald joe joseph barack george bill john james robert michael david richard thomas
	steve steven stephen marco mike michael pete peter keith jake jd antony anthony lloyd
	emmanuel olaf friedrich boris rishi keir mark jens recep tayyip benjamin xi wang li
	narendra abdel mohammed mohammad muhammad ali ahmed hassan ebrahim bashar sergio luiz
	lula jair javier pedro giorgio antonio charles william harry edward francis karl jean
	pierre jacques francois emmanuel nicolas hans klaus frank gerhard martin andrzej
	viktor robert lukasz tomas jan josep jose juan carlos luis miguel manuel matteo
	paolo luca alexis kyriakos nikos kim moon yoon shinzo fumio yoshihide naftali yair
	yoav bibi ismail khalid omar hamad tamim mahmoud abu salman tony gordon jack ken
	kenneth liam ed edward alan alastair nick nigel ian iain gavin oliver boris jeremy
	chris christopher paul patrick andrew matthew daniel simon tim timothy adam sam
	samuel henry hugh philip phillip graham neil brian kevin gary colin dominic rory
	ted jim jimmy ron ronald gerald lyndon dwight harold hubert al dick mitt newt rudy
	chuck rand ted lindsey marco ron josh tom tommy todd roger ryan scott tucker vance
	hunter beau kevin greg jeff jeffrey bernie elon rex mark mohamed sergey sergiy
	oleg vasily volodymyr yevgeniy yevgeny konstantin arkady fyodor matvei semyon
	vyacheslav gennadiy herman hermann olaf markus emmanuel gabriel luigi silvio
	giuseppe mario enrico xavier alexandre alain`) {
		m[n] = male
	}
	for _, n := range strings.Fields(`kamala hillary nancy ursula kaja annalena giorgia
	theresa liz elizabeth angela maria marie anna ana olena yulia yuliya iryna irina
	natalia natalya tatiana tatyana svetlana elena yelena olga lyudmila valentina
	maria zakharova marina ekaterina yekaterina victoria viktoria oksana kateryna
	tetiana larysa alla nadia nadiya karine linda samantha susan sarah jennifer
	jessica emily emma olivia sophie catherine kristi tulsi marjorie nikki karoline
	condoleezza madeleine mette sanna jacinda hasina benazir indira golda
	tsai ingrid christine kristalina margrethe meloni roberta agnes helga harriet
	patricia gillian nicola yvette tessa margaret ruth caroline clare claire diane
	hazel estelle jacqui ann anne jane joan julie helen mary barbara betty carol
	karen laura lisa michelle nancy rachel rebecca sandra sharon shirley stella
	teresa tracey valerie wendy amy alice amber andrea angelina antonia beata
	dominika ewa hanna kaja katarina magdalena marta petra zuzana ilham maia salome
	tamar nino`) {
		m[n] = female
	}
	return m
}()

// Pronouns by the kind of antecedent they take.
var (
	malePronouns   = setOf("he", "him", "his", "himself")
	femalePronouns = setOf("she", "her", "hers", "herself")
	groupPronouns  = setOf("they", "them", "their", "theirs", "themselves")
)

// verbs after a noun phrase mark it as the subject of a clause, and so an
// actor. Words ending in "-ed" count too.
var verbs = setOf(
	"said", "says", "say", "stated", "states", "told", "tells", "announced", "announces",
	"claimed", "claims", "denied", "denies", "warned", "warns", "urged", "urges",
	"accused", "accuses", "blamed", "blames", "called", "calls", "demanded", "demands",
	"rejected", "rejects", "launched", "launches", "attacked", "attacks", "struck",
	"strikes", "fired", "fires", "shelled", "shells", "hit", "hits", "seized", "seizes",
	"captured", "captures", "signed", "signs", "agreed", "agrees", "refused", "refuses",
	"wants", "want", "has", "have", "had", "is", "are", "was", "were", "will", "would",
	"could", "can", "may", "might", "must", "should", "did", "does", "do", "insisted",
	"insists", "reported", "reports", "confirmed", "confirms", "vowed", "vows",
	"threatened", "threatens", "proposed", "proposes", "offered", "offers", "sent",
	"sends", "deployed", "deploys", "imposed", "imposes", "responded", "responds",
	"retaliated", "retaliates", "wrote", "writes", "added", "adds", "noted", "notes",
	"argued", "argues", "believes", "believed", "hopes", "hoped", "expects", "expected",
	"plans", "planned", "sought", "seeks", "considers", "considered", "described",
	"describes", "welcomed", "welcomes", "condemned", "condemns", "shot", "downed",
	"intercepted", "intercepts", "destroyed", "destroys", "killed", "kills", "met",
	"meets", "held", "holds", "took", "takes", "made", "makes", "gave", "gives",
	"reiterated", "reiterates", "clarified", "clarifies", "continues", "continued",
)

// prepositions before a noun phrase mark it as not the subject.
var prepositions = setOf("in", "on", "at", "to", "from", "with", "near", "into", "of",
	"for", "against", "over", "across", "about", "between", "through", "toward",
	"towards", "outside", "inside", "around", "under", "after", "before", "during",
	"since", "per", "via", "according")

// determiners open a description: the articles of the syntax package's
// determiner list.
var determiners = syntax.Determiners(syntax.DetArticle, false)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// nonState are non-state armed groups of current conflicts that the Phoenix
// non-state and international dictionaries lack, with the country they fight
// in and the rebel sector (REB; UAF for a private military company). They
// act as themselves, never as a state's military: the Rapid Support Forces
// are not "Sudan's military", Wagner is not the Russian army.
// bodies are intergovernmental organisations and missions of today's
// conflicts that the Phoenix dictionaries lack (the African Union was
// founded after the OAU entry they keep), coded with the IGO prefix and
// their region as Phoenix codes its neighbours.
var bodies = map[string]struct{ name, code string }{
	"AFRICAN UNION":               {"African Union", "IGOAFRAFU"},
	"THE AFRICAN UNION":           {"African Union", "IGOAFRAFU"},
	"AFRICAN UNION COMMISSION":    {"African Union", "IGOAFRAFU"},
	"AU":                          {"African Union", "IGOAFRAFU"},
	"ATMIS":                       {"African Union Transition Mission in Somalia", "IGOAFRAFU"},
	"AMISOM":                      {"African Union Mission in Somalia", "IGOAFRAFU"},
	"EUROPEAN COMMUNITY":          {"European Community", "IGOEUREEC"},
	"EUROPEAN ECONOMIC COMMUNITY": {"European Community", "IGOEUREEC"},
	"EEC":                         {"European Community", "IGOEUREEC"},
	"OSCE":                        {"OSCE", "IGOEUR"},
	"ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE": {"OSCE", "IGOEUR"},
	"ORGANIZATION FOR SECURITY AND COOPERATION IN EUROPE":  {"OSCE", "IGOEUR"},
	"GULF COOPERATION COUNCIL":                             {"Gulf Cooperation Council", "IGOMEA"},
	"GCC":                                                  {"Gulf Cooperation Council", "IGOMEA"},
	"MONUSCO":                                              {"MONUSCO", "IGOUNO"},
	"UNIFIL":                                               {"UNIFIL", "IGOUNO"},
	"SHANGHAI COOPERATION ORGANISATION":                    {"Shanghai Cooperation Organisation", "IGOASA"},
	"SHANGHAI COOPERATION ORGANIZATION":                    {"Shanghai Cooperation Organisation", "IGOASA"},
	"INTERNATIONAL CRIMINAL COURT":                         {"International Criminal Court", "IGOJUD"},
	"THE INTERNATIONAL CRIMINAL COURT":                     {"International Criminal Court", "IGOJUD"},
	"ICC":                                                  {"International Criminal Court", "IGOJUD"},
}

var nonState = map[string]struct{ name, code string }{
	"RAPID SUPPORT FORCES":            {"Rapid Support Forces", "SDNREB"},
	"RSF":                             {"Rapid Support Forces", "SDNREB"},
	"RSF FIGHTERS":                    {"Rapid Support Forces", "SDNREB"},
	"RSF PARAMILITARIES":              {"Rapid Support Forces", "SDNREB"},
	"JANJAWEED":                       {"Janjaweed", "SDNREB"},
	"HOUTHIS":                         {"Houthis", "YEMREB"},
	"HOUTHI":                          {"Houthis", "YEMREB"},
	"HOUTHI REBELS":                   {"Houthis", "YEMREB"},
	"HOUTHI FORCES":                   {"Houthis", "YEMREB"},
	"HOUTHI MILITANTS":                {"Houthis", "YEMREB"},
	"YEMEN'S HOUTHIS":                 {"Houthis", "YEMREB"},
	"YEMEN'S HOUTHI REBELS":           {"Houthis", "YEMREB"},
	"ANSAR ALLAH":                     {"Houthis", "YEMREB"},
	"M23":                             {"M23", "CODREB"},
	"M23 REBELS":                      {"M23", "CODREB"},
	"M23 FIGHTERS":                    {"M23", "CODREB"},
	"M23 REBEL NEGOTIATORS":           {"M23", "CODREB"},
	"MARCH 23 MOVEMENT":               {"M23", "CODREB"},
	"WAGNER":                          {"Wagner Group", "RUSUAF"},
	"WAGNER GROUP":                    {"Wagner Group", "RUSUAF"},
	"WAGNER FIGHTERS":                 {"Wagner Group", "RUSUAF"},
	"WAGNER MERCENARIES":              {"Wagner Group", "RUSUAF"},
	"AFRICA CORPS":                    {"Africa Corps", "RUSUAF"},
	"ARAKAN ARMY":                     {"Arakan Army", "MMRREB"},
	"KACHIN INDEPENDENCE ARMY":        {"Kachin Independence Army", "MMRREB"},
	"KIA":                             {"Kachin Independence Army", "MMRREB"},
	"TA'ANG NATIONAL LIBERATION ARMY": {"Ta'ang National Liberation Army", "MMRREB"},
	"TNLA":                            {"Ta'ang National Liberation Army", "MMRREB"},
	"MYANMAR NATIONAL DEMOCRATIC ALLIANCE ARMY": {"Myanmar National Democratic Alliance Army", "MMRREB"},
	"MNDAA":                          {"Myanmar National Democratic Alliance Army", "MMRREB"},
	"KAREN NATIONAL UNION":           {"Karen National Union", "MMRREB"},
	"KNU":                            {"Karen National Union", "MMRREB"},
	"KAREN NATIONAL LIBERATION ARMY": {"Karen National Liberation Army", "MMRREB"},
	"PEOPLE'S DEFENCE FORCE":         {"People's Defence Force", "MMRREB"},
	"PEOPLE'S DEFENCE FORCES":        {"People's Defence Force", "MMRREB"},
	"PEOPLE'S DEFENSE FORCE":         {"People's Defence Force", "MMRREB"},
	"FANO":                           {"Fano", "ETHREB"},
	"FANO MILITIAMEN":                {"Fano", "ETHREB"},
	"FANO MILITIA":                   {"Fano", "ETHREB"},
	"ELN":                            {"National Liberation Army", "COLREB"},
	"ELN GUERRILLAS":                 {"National Liberation Army", "COLREB"},
	"AL-SHABAAB MILITANTS":           {"al-Shabaab", "SOMREB"},
	"HEZBOLLAH":                      {"Hezbollah", "LBNREB"},
	"HAMAS":                          {"Hamas", "PSEREBHMS"},
	"HAMAS NEGOTIATORS":              {"Hamas", "PSEREBHMS"},
}
