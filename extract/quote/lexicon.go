package quote

import "strings"

// class says how a cue verb takes its content.
type class uint8

const (
	// speech: "X said (that) …", "“…,” X said".
	speech class = iota + 1
	// tell: the verb takes a hearer before the content ("told reporters that …").
	tell
	// urge: the content is the infinitive after the addressee ("urged Putin to halt …").
	urge
	// blame: the content is the object and what follows ("blamed Kyiv for the attack").
	blame
	// belief: beliefs and intentions, which PolNeAR counts as attributions
	// ("X believes …", "X plans to …").
	belief
)

// cueVerbs lists the cue verbs by class, each as "lemma" (regular forms are
// derived) or "lemma/form/form…" for irregular forms. The list was tuned on
// the PolNeAR training split: every verb here is a cue in at least half of its
// occurrences there, or is a standard verb of reporting.
var cueVerbs = map[class]string{
	speech: `say/said/says/saying add allege announce argue assert boast charge claim comment complain
		concede confirm contend declare deny/denied/denies/denying emphasize emphasise explain insist joke/joked
		maintain mention note observe predict proclaim promise pledge recall remark reiterate reply/replied/replies/replying
		report respond retort reveal stress suggest testify/testified/testifies/testifying tweet vow write/wrote/written/writes/writing
		post acknowledge admit/admitted/admits/admitting clarify/clarified/clarifies/clarifying counter describe
		estimate indicate insinuate lament threaten warn wonder quip/quipped/quips/quipping concluded/concludes/conclude
		disclose echo/echoed/echoes/echoing hint declare cite conclude caution confide agree disagree
		criticize criticise praise condemn slam/slammed/slams/slamming
		blast denounce dismiss mock/mocked/mocks/mocking thank`,
	tell:   `tell/told/tells/telling inform assure remind`,
	urge:   `urge ask call/called/calls/calling encourage implore instruct demand appeal beg/begged/begs/begging`,
	blame:  `blame accuse`,
	belief: `believe think/thought/thinks/thinking want hope fear feel/felt/feels/feeling expect planned/planning worry/worried/worries/worrying doubt`,
}

// tunedForms are word forms that were cues in at least half of their four or
// more occurrences in the PolNeAR training split, beyond the verbs above.
// They take their content as verbs of speech do.
const tunedForms = `reported announced suggested argued tweeted described endorsed showed shows declined seemed criticized
		responded declared explained acknowledged expressed agreed pointed referring offered appears claimed warned
		refused cited revealed stated defended concluded praised vowed promised recalled suggesting insisted arguing
		questioned rejected citing mention attacked posted argue talked discuss replied mentioned denied writes notes
		indicated blasted dismissed suggests denounced predicted confirmed pointing admitted claiming promising
		ordered criticizing referred complained assured insist echoed finds describing reiterated discussed tweeting
		warning mocked urging questioning explaining acknowledge recalling listed declaring denouncing stating
		challenged condemned announcing deemed asserted argues joked reminded voiced portrayed conceded discussing
		accusing decried highlighted touted describes railed slammed emphasized boasted acknowledging emailed
		pleaded announce thanked adds slams refusing vows projected remarked praises explains shouted praising
		predicting touting insisting lamented remembered reveal signaled repeating hints proposing disclosed indicate
		portray retweeted quoted endorses vowing chanted reminding refuses cites insists assailed applauded referenced
		recommended cautioned dismissing declare alleging blasting reveals championed mentioning thanking pledging
		bemoaned blasts implied likened warn mocking wondered remarking sided invoked admits documented commented
		indicates mentions detailing concludes asserting emphasizing emphasize yelled lambasted responds distanced
		rebuked announces interjected implying derided recounted speculated labeled pledges unveiled congratulated
		dubbed refers declares articulated cite outlining hailed complain reacted condemning conclude rejecting
		alluding proclaimed rebuffed outlined boasts contends credited mused dismisses alleges found show`

// cue is what the lexicon knows of one word form.
type cue struct {
	class class
	// nounLike marks forms that are also common nouns ("claims", "report"),
	// which need a subject-like word before them to count as a verb.
	nounLike bool
	// participle marks -ing forms, which open a new attribution after a comma
	// ("…, adding that …").
	participle bool
}

// lexicon maps lower-case word forms to their cue.
type lexicon map[string]cue

func newLexicon() lexicon {
	lx := lexicon{}
	for c, list := range cueVerbs {
		for _, entry := range strings.Fields(list) {
			forms := strings.Split(entry, "/")
			lemma := forms[0]
			if len(forms) == 1 {
				forms = regularForms(lemma)
			}
			for _, f := range forms {
				e := cue{class: c, participle: strings.HasSuffix(f, "ing")}
				e.nounLike = f == lemma || f == lemma+"s" || f == lemma+"es"
				if old, ok := lx[f]; ok && old.class != c {
					continue // the first class listed wins
				}
				lx[f] = e
			}
		}
	}
	for _, f := range strings.Fields(tunedForms) {
		if _, ok := lx[f]; ok {
			continue
		}
		lx[f] = cue{class: speech, participle: strings.HasSuffix(f, "ing"),
			nounLike: !strings.HasSuffix(f, "ed") && !strings.HasSuffix(f, "ing")}
	}
	return lx
}

// regularForms returns lemma, its third person, past and -ing forms.
func regularForms(lemma string) []string {
	stem := lemma
	third, past, ing := lemma+"s", lemma+"ed", lemma+"ing"
	switch {
	case strings.HasSuffix(lemma, "e"):
		stem = lemma[:len(lemma)-1]
		past, ing = lemma+"d", stem+"ing"
	case strings.HasSuffix(lemma, "y") && !strings.ContainsAny(lemma[len(lemma)-2:len(lemma)-1], "aeiou"):
		stem = lemma[:len(lemma)-1]
		third, past = stem+"ies", stem+"ied"
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "sh") || strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "o"):
		third = lemma + "es"
	}
	return []string{lemma, third, past, ing}
}
