package framing

import (
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// Cue words: evidence for one technique each, beyond the n-grams the model
// learns by itself, since PTC train holds only a few hundred spans of most
// techniques and a word list generalises where n-grams of 300 articles do
// not. Each list is matched by Lemma; a phrase is matched token by token.
var cueLists = map[string][]string{
	// Doubt: distancing and questioning words.
	"doubt": {"so-called", "allegedly", "alleged", "supposedly", "supposed", "purported", "purportedly", "claim",
		"claimed", "questionable", "dubious", "doubt", "doubtful", "really", "whether", "apparently", "seemingly",
		"credibility", "suspicious", "so called", "if true", "or is it", "why would", "how can"},
	// Flag-waving: nation and patriotism.
	"flag": {"nation", "national", "patriot", "patriotic", "patriotism", "homeland", "flag", "america", "american",
		"americans", "country", "our country", "our nation", "sovereignty", "motherland", "fatherland", "freedom",
		"liberty", "heritage", "great again", "we the people", "proud", "pride", "western civilization"},
	// Appeal to fear: threat and harm.
	"fear": {"threat", "threaten", "danger", "dangerous", "fear", "afraid", "terror", "terrorist", "destroy",
		"destruction", "deadly", "catastrophe", "catastrophic", "disaster", "crisis", "risk", "invasion", "invade",
		"collapse", "chaos", "nightmare", "horrific", "doom", "annihilate", "extinction", "menace", "peril", "epidemic",
		"plague", "massacre", "slaughter", "violent", "violence", "die", "death", "kill", "warn", "warning"},
	// Exaggeration or minimisation.
	"exag": {"never", "always", "every", "everyone", "everything", "nobody", "nothing", "worst", "best", "greatest",
		"biggest", "most", "entirely", "totally", "completely", "absolutely", "utterly", "merely", "mere", "just",
		"slightly", "huge", "massive", "enormous", "tremendous", "incredible", "unprecedented", "record", "ever",
		"literally", "endless", "infinite", "tiny", "only a", "nothing but", "of all time", "the whole"},
	// Causal oversimplification.
	"causal": {"because", "therefore", "thus", "hence", "cause", "caused", "due to", "result", "lead to", "led to",
		"reason", "blame", "responsible", "consequence", "so that", "that is why", "which is why", "thanks to"},
	// Black-and-white fallacy.
	"bw": {"either", "only option", "only way", "only choice", "no choice", "no alternative", "with us", "against us",
		"or else", "must", "no other", "no middle", "one or the other", "there is no"},
	// Thought-terminating clichés.
	"cliche": {"it is what it is", "enough is enough", "period", "end of story", "move on", "nothing to see",
		"time will tell", "common sense", "at the end of the day", "so be it", "that's it", "the truth is",
		"it's simple", "plain and simple", "let's be honest", "make no mistake", "face it", "bottom line"},
	// Whataboutism, straw men, red herrings.
	"whatabout": {"what about", "but what", "hypocrisy", "hypocrite", "hypocritical", "double standard", "meanwhile",
		"yet", "instead", "how about", "where was", "where were", "why didn't", "why don't"},
	// Reductio ad Hitlerum and bandwagon.
	"hitler": {"hitler", "nazi", "nazism", "fascist", "fascism", "gestapo", "third reich", "stalin", "stalinist",
		"communist", "communism", "mussolini", "kkk", "holocaust", "totalitarian", "dictator", "marxist"},
	"bandwagon": {"everybody", "everyone knows", "most people", "majority", "all americans", "millions of",
		"popular", "join", "growing number", "the people", "consensus", "overwhelming"},
	// Appeal to authority.
	"authority": {"expert", "scientist", "professor", "dr", "doctor", "study", "research", "according to",
		"official", "report", "pope", "scholar", "analyst", "specialist", "authority", "researcher"},
	// Name calling: labels for people and groups.
	"label": {"liberal", "leftist", "left-wing", "right-wing", "globalist", "elite", "establishment", "regime",
		"thug", "traitor", "puppet", "crook", "crooked", "corrupt", "radical", "extremist", "lunatic", "idiot",
		"moron", "clown", "deep state", "snowflake", "jihadist", "islamist", "propagandist", "shill", "cabal",
		"mob", "zealot", "fanatic", "bigot", "despot", "tyrant", "criminal", "liar", "fake", "sycophant"},
	// Groups a name-calling label is often aimed at.
	"group": {"democrat", "republican", "liberal", "conservative", "media", "left", "right", "progressive",
		"activist", "people", "government", "politician", "party", "supporter", "leader", "administration",
		"muslim", "immigrant", "migrant", "refugee", "christian", "jew", "church", "left-wing", "right-wing"},
	// Loaded intensity: emotive adjectives and adverbs.
	"emotive": {"outrageous", "shocking", "disgraceful", "disgusting", "horrible", "terrible", "evil", "vile",
		"sick", "insane", "crazy", "ridiculous", "absurd", "pathetic", "shameful", "heinous", "brutal", "barbaric",
		"monstrous", "appalling", "despicable", "stunning", "explosive", "bombshell", "devastating", "hysteria",
		"hysterical", "witch hunt", "hoax", "scandal", "outrage", "slam", "blast", "destroy", "radical"},
	// Slogans: chant-like imperatives.
	"slogan": {"make", "stop", "build the wall", "lock her up", "drain the swamp", "let", "no more", "never again",
		"vote", "wake up", "stand up", "fight", "resist", "down with", "long live", "yes we can", "not my"},
}

// cueIndex maps the first lemma of each cue to the cues starting with it.
var cueIndex = func() map[string][]cueEntry {
	// In sorted order of category, so that features come in the same
	// order every run and training is deterministic.
	cats := make([]string, 0, len(cueLists))
	for cat := range cueLists {
		cats = append(cats, cat)
	}
	sort.Strings(cats)
	idx := map[string][]cueEntry{}
	for _, cat := range cats {
		for _, w := range cueLists[cat] {
			var lems []string
			for _, p := range strings.Fields(w) {
				lems = append(lems, Lemma(p))
			}
			idx[lems[0]] = append(idx[lems[0]], cueEntry{cat, lems})
		}
	}
	return idx
}()

type cueEntry struct {
	cat  string
	lems []string
}

// markCues returns, for each token, the cue categories a cue starting or
// covering it belongs to (nil for most tokens).
func markCues(v *docView) [][]string {
	out := make([][]string, len(v.lem))
	for i, w := range v.lem {
		for _, c := range cueIndex[w] {
			if i+len(c.lems) > len(v.lem) {
				continue
			}
			ok := true
			for k, l := range c.lems[1:] {
				if v.lem[i+1+k] != l {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			for k := i; k < i+len(c.lems); k++ {
				if !contains(out[k], c.cat) {
					out[k] = append(out[k], c.cat)
				}
			}
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// nameOnly reports whether the tokens [a, b) are a proper name alone — an
// outlet, a place, a person — with nothing but names, initials,
// determiners and punctuation: "Dnipro Herald", "KYIV", "the Kremlin". A
// single capitalised word at the start of a sentence counts only when it
// is written in capitals or an entity covers it, since "Disgraceful!" is
// capitalised there too. Entities, when the entity stage has run, count
// as names whatever their case.
func (v *docView) nameOnly(a, b int) bool {
	toks := v.doc.Tokens
	if a >= b {
		return false
	}
	if v.entity != nil {
		covered := true
		words := 0
		for i := a; i < b; i++ {
			if toks[i].Kind == chronicle.Punct || v.lem[i] == "the" || v.lem[i] == "'s" {
				continue
			}
			words++
			if !v.entity[i] {
				covered = false
				break
			}
		}
		if covered && words > 0 {
			return true
		}
	}
	return v.nameOnlyShape(a, b)
}

// nameOnlyShape is nameOnly by the words' case alone.
func (v *docView) nameOnlyShape(a, b int) bool {
	toks := v.doc.Tokens
	words := 0
	for i := a; i < b; i++ {
		if toks[i].Kind == chronicle.Punct || v.lem[i] == "the" || v.lem[i] == "'s" || v.lem[i] == "of" {
			continue
		}
		sh := v.shape[i]
		if sh == "" || sh[0] != 'X' {
			return false
		}
		if sh != "X" && sh != "Xp" && words == 0 && b-a == 1 && v.sentStart(i) {
			// "Disgraceful" opening a sentence.
			return false
		}
		words++
	}
	return words > 0
}

// sentStart reports whether token i opens its sentence, after opening
// punctuation.
func (v *docView) sentStart(i int) bool {
	st := v.doc.Sentences[v.sent[i]]
	for k := st.FirstToken; k < i; k++ {
		if v.doc.Tokens[k].Kind != chronicle.Punct {
			return false
		}
	}
	return true
}

// phraseCount is how often the lemmas of [a, b) occur as a run in the
// document (1 when only here), for spans of at most maxRepeatLen tokens.
func (v *docView) phraseCount(a, b int) int {
	const maxRepeatLen = 6
	if b-a > maxRepeatLen || b <= a {
		return 1
	}
	if v.count[v.lem[a]] < 2 {
		return 1
	}
	n := 0
	for i := 0; i+b-a <= len(v.lem); i++ {
		if v.lem[i] != v.lem[a] {
			continue
		}
		ok := true
		for k := 1; k < b-a; k++ {
			if v.lem[i+k] != v.lem[a+k] {
				ok = false
				break
			}
		}
		if ok {
			n++
		}
	}
	return max(n, 1)
}
