package quote

// Word lists the rules read. All lower case. Determiners come from the one
// list in the syntax package.

import "github.com/chronicle-news/chronicle/extract/syntax"

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// auxiliaries and adverbs that stand between a speaker and the cue verb
// ("Trump has also repeatedly said").
var between = set("has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
	"could", "should", "may", "might", "must", "can", "did", "does", "do", "not", "n't", "never", "also",
	"again", "later", "then", "previously", "repeatedly", "recently", "once", "often", "already", "first",
	"publicly", "privately", "reportedly", "further", "just", "still", "always", "earlier", "now", "long",
	"even", "has", "openly", "explicitly", "flatly", "simply", "quickly", "immediately", "initially",
	"subsequently", "separately", "apparently", "allegedly", "reportedly", "yesterday", "today", "tonight",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "last", "week",
	"night", "morning", "afternoon", "evening", "only", "frequently", "personally", "directly", "falsely",
	"wrongly", "correctly", "rightly", "angrily", "emphatically", "bluntly", "sharply", "strongly", "herself",
	"himself", "themselves", "itself", "both", "all", "each", "too")

// stop words end a speaker phrase: a speaker is a noun phrase, and these
// begin or join clauses.
var stop = set("and", "or", "but", "nor", "so", "yet", "that", "which", "who", "whom", "whose", "where", "when",
	"while", "because", "although", "though", "if", "unless", "since", "as", "after", "before", "until",
	"than", "to", "by", "with", "without", "about", "into", "onto", "over", "under", "against", "between",
	"through", "during", "like", "not", "n't", "is", "are", "was", "were", "be", "been", "being", "has", "have",
	"had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "also",
	"there", "here", "what", "how", "why", "whether", "even", "just", "only", "then", "now", "upon", "per",
	"via", "among", "amid", "despite", "toward", "towards", "across", "around", "behind", "beyond", "near",
	"on", "off", "up", "down", "out", "more", "most", "very", "much", "said", "says", "according", "told",
	"however", "meanwhile", "instead", "moreover", "thus", "therefore", "yes", "no", "not", "never", "it's",
	"i'm", "he's", "she's", "also", "again", "later", "once", "still", "already", "often", "always")

// joiners may stand inside a speaker phrase ("the head of the fund",
// "officials in Kyiv") when words follow on both sides.
var joiners = set("of", "for", "at", "in", "from")

// determiners open a noun phrase; a speaker phrase stops after one.
var determiners = syntax.Determiners(syntax.DetAny&^syntax.DetThat, false)

// possessives and determiners before a form rule it out as a verb ("the
// report", "his claims").
var nounContext = syntax.Determiners(syntax.DetArticle|syntax.DetPossessive|syntax.DetDemonstrative|syntax.DetThat, false,
	"no", "any", "every", "each", "new", "’s", "'s", "of", "to", "in", "on", "for", "with", "by",
	"from", "at", "and", "or", "such", "that", "same", "further", "many", "some", "own", "false", "public",
	"first", "recent", "earlier", "latest", "last", "such", "initial", "major", "serious", "whose", "one")

// pronouns that may be a speaker.
var pronouns = set("he", "she", "they", "it", "we", "i", "you")

// personal pronouns resolved to the nearest person when no actor stage ran.
var personal = set("he", "she")

// adverbials that may follow a cue without being its content
// ("Putin said on Monday in a statement"), with the articles and
// possessives that open them.
var adverbial = syntax.Determiners(syntax.DetArticle|syntax.DetPossessive, false,
	"on", "in", "at", "to", "with", "during", "after", "before", "statement", "statements", "interview",
	"interviews", "conference", "press", "news", "briefing", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"yesterday", "earlier", "later", "last", "this", "week", "month", "year", "morning", "afternoon",
	"evening", "night", "reporters", "journalists", "told", "then", "also", "again", "recently", "shortly",
	"speech", "rally", "twitter", "facebook", "telegram", "social", "media", "platform", "post", "written",
	"television", "tv", "radio", "state", "broadcast", "address", "remarks", "comments", "by", "phone",
	"email", "e-mail", "emailed", "telephone", "call", "friday's", "sunday's", "of", "for", "from",
	"when", "asked", "about", "it", "this", "week's", "weekend", "day", "days", "ago", "recent", "channel",
	"video", "message", "meeting", "session", "hearing", "event", "campaign", "stop", "appearance", "show",
	"program", "newspaper", "magazine", "outlet", "agency", "site", "website", "blog", "op-ed", "column",
	"letter", "late", "early", "separate", "joint", "televised", "public", "publicly", "privately", "there",
	"here", "as", "well", "too", "both", "him", "her", "them", "us", "me")

// anonymous heads mark unnamed sources ("a senior official", "sources").
var anonymous = set("official", "officials", "source", "sources", "diplomat", "diplomats", "person", "people",
	"insider", "insiders", "aide", "aides", "someone", "adviser", "advisers", "advisor", "advisors",
	"staffer", "staffers", "officer", "officers", "analyst", "analysts", "expert", "experts", "observer",
	"observers", "spokesman", "spokeswoman", "spokesperson", "member", "members", "lawmaker", "lawmakers")

// demonstratives alone are no speaker ("This has amplified reactions").
var demonstratives = syntax.Determiners(syntax.DetDemonstrative|syntax.DetThat, false)

// definite words make a noun phrase refer back to someone named ("the aide").
var definite = syntax.Determiners(syntax.DetDemonstrative|syntax.DetThat|syntax.DetPossessive, false, "the")

// platforms are the social networks a statement may be posted on.
var platforms = []string{"Truth Social", "Twitter", "X", "Facebook", "Telegram", "Instagram", "YouTube",
	"TikTok", "VKontakte", "Weibo", "Threads", "Bluesky", "WhatsApp", "LinkedIn", "Medium", "Substack"}

// venueNouns name the occasions a statement is made on.
var venueNouns = set("interview", "statement", "conference", "briefing", "speech", "address", "tv",
	"television", "radio", "broadcast", "post", "tweet", "op-ed", "letter", "rally", "hearing", "remarks",
	"podcast", "video", "message", "summit")

// nounCues attribute the clause after "that" to whoever the noun belongs to
// ("Trump's claim that …").
var nounCues = set("claim", "claims", "charge", "charges", "allegation", "allegations", "assertion", "assertions",
	"argument", "belief", "beliefs", "view", "warning", "warnings", "promise", "pledge", "vow", "suggestion",
	"statement", "report", "reports", "announcement", "insistence", "contention", "fear", "fears", "hope", "hopes",
	"concern", "concerns", "accusation", "accusations", "complaint", "complaints", "admission", "assurance",
	"assurances", "prediction", "predictions", "proclamation", "declaration", "conclusion", "finding", "findings",
	"estimate", "theory", "idea", "notion", "sense", "impression", "expectation", "expectations", "rumors", "reports")

// clauseJoint words may join a new clause, with a cue of its own, to the
// content of a quote ("…, but she denied …", "… when Clinton blasted him").
var clauseJoint = set(",", ";", "and", "but", "when", "as", "before", "after", "while", "who", "which", "though",
	"although", "because")

// sourceNouns are documents and polls that can be the source of what a
// sentence opening "In …," says.
var sourceNouns = set("poll", "polls", "survey", "surveys", "report", "reports", "study", "studies", "interview",
	"statement", "letter", "post", "tweet", "speech", "analysis", "memo", "op-ed", "column", "book", "filing",
	"lawsuit", "complaint", "editorial", "article", "ruling", "opinion", "decision", "assessment", "review",
	"testimony", "transcript", "email", "emails", "document", "documents", "video", "ad", "advertisement")

// contrast words after a comma turn from what was said to what the writer
// sets against it ("…, but …", "…, while …").
var contrast = set("but", "although", "though", "while", "whereas", "yet")

// openers begin a phrase of time or place that may open a sentence before
// its speaker ("On Twitter, Bush called …").
var openers = set("on", "in", "at", "during", "after", "before", "later", "earlier", "speaking", "asked", "when",
	"while", "last", "this", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday")

// subordinators open a clause that a comma closes before the main clause
// ("While only 7 percent said they are undecided, 27 percent …").
var subordinators = set("while", "as", "though", "although", "whereas", "when", "if", "because", "since",
	"after", "before", "once", "unless", "despite", "even")

// verbEndings are the endings that mark two verbs as parallel. Only -ing:
// on the PolNeAR training split, cutting at "… and celebrated" cost more
// precision than it gained recall.
var verbEndings = []string{"ing"}

// inName are the punctuation marks that may stand inside a source's name
// ("Washington Post/ABC News", "AT&T", "R-Ky.").
var inName = set("/", "&", "-", ".", "’s", "'s", "(", ")")
