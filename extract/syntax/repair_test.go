package syntax

import (
	"strconv"
	"strings"
	"testing"
)

// rows reads "word/head/rel/UPOS" items (heads 1-based, 0 the root).
func rows(s string) *Tree {
	var rs [][4]string
	for _, w := range strings.Fields(s) {
		f := strings.Split(w, "/")
		rs = append(rs, [4]string{f[0] + " " + f[1], f[2], f[3], f[0]})
	}
	return tree(rs...)
}

func heads(t *Tree) string {
	var out []string
	for i := range t.Words {
		out = append(out, t.Words[i]+"/"+strconv.Itoa(t.Head[i]+1)+"/"+t.Rel[i])
	}
	return strings.Join(out, " ")
}

func TestRepairRoot(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a verb with an object read as a reduced relative on the root noun is the main verb",
			"Police/0/root/NOUN in/3/case/ADP Lagos/1/nmod/PROPN detained/1/acl/VERB students/4/obj/NOUN ./1/punct/PUNCT",
			"Police/4/nsubj in/3/case Lagos/1/nmod detained/0/root students/4/obj ./4/punct"},
		{"a verb beside the root noun as parataxis, no punctuation between, is the main verb",
			"Doctors/0/root/NOUN in/3/case/ADP Kenya/4/obl/PROPN walked/1/parataxis/VERB out/4/compound:prt/ADP ./1/punct/PUNCT",
			"Doctors/4/nsubj in/3/case Kenya/4/obl walked/0/root out/4/compound:prt ./4/punct"},
		{"parataxis after a colon stays",
			"Doctors/0/root/NOUN :/4/punct/PUNCT they/4/nsubj/PRON walked/1/parataxis/VERB",
			"Doctors/0/root :/4/punct they/4/nsubj walked/1/parataxis"},
		{"a second subject after 'and' is the first one's conjunct",
			"Sudan/3/nmod:poss/PROPN 's/1/case/PART army/7/nsubj/NOUN and/7/cc/CCONJ the/6/det/DET RSF/7/nsubj/PROPN held/0/root/VERB talks/7/obj/NOUN",
			"Sudan/3/nmod:poss 's/1/case army/7/nsubj and/6/cc the/6/det RSF/3/conj held/0/root talks/7/obj"},
		{"two subjects with a word of neither between stay",
			"Today/5/nsubj/NOUN ,/5/punct/PUNCT and/5/cc/CCONJ they/5/nsubj/PRON left/0/root/VERB",
			"Today/5/nsubj ,/5/punct and/5/cc they/5/nsubj left/0/root"},
		{"a verb hung on a reduced relative's agent, before an attribution whose speaker hangs elsewhere, is the main verb",
			"Shells/14/nsubj/NOUN fired/1/acl/VERB by/4/case/ADP rebels/2/obl:agent/NOUN slammed/4/acl/VERB into/7/case/ADP camp/5/obl/NOUN ,/9/punct/PUNCT killing/2/advcl/VERB people/9/obj/NOUN ,/13/punct/PUNCT a/13/det/DET spokesperson/1/parataxis/NOUN said/0/root/VERB ./14/punct/PUNCT",
			"Shells/5/nsubj fired/1/acl by/4/case rebels/2/obl:agent slammed/0/root into/7/case camp/5/obl ,/9/punct killing/5/advcl people/9/obj ,/13/punct a/13/det spokesperson/14/nsubj said/5/parataxis ./14/punct"},
		{"a participle of allegiance with its 'to' phrase, read as the root, modifies the subject",
			"Insurgents/2/nsubj/NOUN linked/0/root/VERB to/4/case/ADP State/2/obl/PROPN raided/2/conj/VERB a/7/det/DET village/5/obj/NOUN",
			"Insurgents/5/nsubj linked/1/acl to/4/case State/2/obl raided/0/root a/7/det village/5/obj"},
		{"a verb hung on the subject's relative clause as a conjunct, with no conjunction or comma, is the main verb",
			"A/3/det/DET Polish/3/amod/ADJ reporter/0/root/NOUN who/5/nsubj/PRON visited/3/acl:relcl/VERB the/7/det/DET front/5/obj/NOUN described/5/conj/VERB the/10/det/DET shelling/8/obj/NOUN ./3/punct/PUNCT",
			"A/3/det Polish/3/amod reporter/8/nsubj who/5/nsubj visited/3/acl:relcl the/7/det front/5/obj described/0/root the/10/det shelling/8/obj ./8/punct"},
		{"a verb after the comma that closes a participle aside on the root noun is the main verb",
			"The/2/det/DET council/0/root/NOUN ,/4/punct/PUNCT formed/2/acl/VERB in/6/case/ADP 2021/4/obl/NUM ,/8/punct/PUNCT urged/4/conj/VERB calm/8/obj/NOUN",
			"The/2/det council/8/nsubj ,/4/punct formed/2/acl in/6/case 2021/4/obl ,/8/punct urged/0/root calm/8/obj"},
		{"a verb on a noun below an '-ing' root with a subject, active by its conjunct's object, is the main verb",
			"Officers/2/nsubj/NOUN serving/0/root/VERB with/5/case/ADP the/5/det/DET mission/2/obl/NOUN arrived/5/acl/VERB and/8/cc/CCONJ fired/6/conj/VERB shots/8/obj/NOUN ./2/punct/PUNCT",
			"Officers/6/nsubj serving/1/acl with/5/case the/5/det mission/2/obl arrived/0/root and/8/cc fired/6/conj shots/8/obj ./6/punct"},
		{"a verb group with its auxiliary hung on an '-ing' root with a subject is the main verb",
			"Trucks/2/nsubj/NOUN carrying/0/root/VERB fruit/2/obj/NOUN were/5/aux:pass/AUX stranded/2/advcl/VERB at/7/case/ADP Torkham/5/obl/PROPN",
			"Trucks/5/nsubj:pass carrying/1/acl fruit/2/obj were/5/aux:pass stranded/0/root at/7/case Torkham/5/obl"},
		{"a possessive the tagger made a subject stays",
			"their/2/nsubj/PRON marking/0/root/VERB was/4/aux:pass/AUX slack/2/conj/VERB",
			"their/2/nsubj marking/0/root was/4/aux:pass slack/2/conj"},
		{"an '-ing' root with its auxiliary keeps a participle on its noun",
			"Officers/3/nsubj/NOUN are/3/aux/AUX serving/0/root/VERB with/6/case/ADP the/6/det/DET mission/3/obl/NOUN formed/6/acl/VERB in/9/case/ADP 2023/7/obl/NUM",
			"Officers/3/nsubj are/3/aux serving/0/root with/6/case the/6/det mission/3/obl formed/6/acl in/9/case 2023/7/obl"},
		{"a passive participle on a noun below an '-ing' root stays",
			"Officers/2/nsubj/NOUN serving/0/root/VERB with/5/case/ADP the/5/det/DET mission/2/obl/NOUN formed/5/acl/VERB in/8/case/ADP 2023/6/obl/NUM",
			"Officers/2/nsubj serving/0/root with/5/case the/5/det mission/2/obl formed/5/acl in/8/case 2023/6/obl"},
		{"a determiner, a noun, a name and a verb without an object after a comma are a relative clause on the noun",
			"Troops/2/nsubj/NOUN fired/0/root/VERB ,/5/punct/PUNCT a/5/det/DET claim/7/nsubj/NOUN Kyiv/5/appos/PROPN denied/2/conj/VERB ./2/punct/PUNCT",
			"Troops/2/nsubj fired/0/root ,/5/punct a/5/det claim/2/parataxis Kyiv/7/nsubj denied/5/acl:relcl ./2/punct"},
		{"a noun after a comma whose verb has an object keeps its clause",
			"Troops/2/nsubj/NOUN fired/0/root/VERB ,/5/punct/PUNCT the/5/det/DET army/7/nsubj/NOUN officials/5/appos/NOUN said/2/conj/VERB it/7/obj/PRON",
			"Troops/2/nsubj fired/0/root ,/5/punct the/5/det army/7/nsubj officials/5/appos said/2/conj it/7/obj"},
		{"a past verb hung as a conjunct on a marked gerund is a conjunct of the verb the gerund hangs on",
			"He/2/nsubj/PRON accused/0/root/VERB them/2/obj/PRON of/5/mark/SCONJ lying/2/advcl/VERB and/7/cc/CCONJ called/5/conj/VERB for/9/case/ADP talks/7/obl/NOUN",
			"He/2/nsubj accused/0/root them/2/obj of/5/mark lying/2/advcl and/7/cc called/2/conj for/9/case talks/7/obl"},
		{"a gerund's conjunct with its own passive auxiliary stays",
			"Thanks/0/root/NOUN for/3/mark/SCONJ standing/1/acl/VERB and/6/cc/CCONJ being/6/aux:pass/AUX counted/3/conj/VERB",
			"Thanks/0/root for/3/mark standing/1/acl and/6/cc being/6/aux:pass counted/3/conj"},
		{"a relative clause's conjunct after 'and' stays",
			"A/3/det/DET Polish/3/amod/ADJ reporter/0/root/NOUN who/5/nsubj/PRON visited/3/acl:relcl/VERB the/7/det/DET front/5/obj/NOUN and/9/cc/CCONJ described/5/conj/VERB it/9/obj/PRON",
			"A/3/det Polish/3/amod reporter/0/root who/5/nsubj visited/3/acl:relcl the/7/det front/5/obj and/9/cc described/5/conj it/9/obj"},
		{"a participle without an object stays a reduced relative",
			"Protesters/0/root/NOUN detained/1/acl/VERB by/4/case/ADP police/2/obl:agent/NOUN",
			"Protesters/0/root detained/1/acl by/4/case police/2/obl:agent"},
		{"an -ing modifier with an object stays one (a headline's noun phrase)",
			"Troops/0/root/NOUN guarding/1/acl/VERB the/4/det/DET border/2/obj/NOUN",
			"Troops/0/root guarding/1/acl the/4/det border/2/obj"},
		{"a participle with its 'with' phrase, read as the root adjective, modifies the subject",
			"Smugglers/2/nsubj/NOUN armed/0/root/ADJ with/4/case/ADP knives/2/obl/NOUN stabbed/2/ccomp/VERB two/7/nummod/NUM guards/5/obj/NOUN ./2/punct/PUNCT",
			"Smugglers/5/nsubj armed/1/acl with/4/case knives/2/obl stabbed/0/root two/7/nummod guards/5/obj ./5/punct"},
		{"an adjective root with a 'with' phrase and no verb after it stays",
			"Residents/2/nsubj/NOUN pleased/0/root/ADJ with/4/case/ADP talks/2/obl/NOUN",
			"Residents/2/nsubj pleased/0/root with/4/case talks/2/obl"},
		{"a clause opened by 'as' read as a prepositional phrase gets its subject and mark back",
			"Two/2/nummod/NUM people/3/nsubj/NOUN died/0/root/VERB as/5/case/ADP rebels/3/obl/NOUN attacked/3/xcomp/VERB ./3/punct/PUNCT",
			"Two/2/nummod people/3/nsubj died/0/root as/6/mark rebels/6/nsubj attacked/3/advcl ./3/punct"},
		{"a clause opened by 'after' read as a phrase with a relative clause on its noun is a clause",
			"Talks/2/nsubj/NOUN resumed/0/root/VERB after/4/case/ADP rebels/2/obl/NOUN withdrew/4/acl/VERB ./2/punct/PUNCT",
			"Talks/2/nsubj resumed/0/root after/5/mark rebels/5/nsubj withdrew/2/advcl ./2/punct"},
		{"'a day after' with the day on the verb and the phrase on the day: the clause's mark and subject",
			"left/0/root/VERB ,/4/punct/PUNCT a/4/det/DET day/7/obl:unmarked/NOUN after/6/case/ADP rebels/4/nmod/NOUN took/1/advcl/VERB it/7/obj/PRON",
			"left/0/root ,/4/punct a/4/det day/7/obl:unmarked after/7/mark rebels/7/nsubj took/1/advcl it/7/obj"},
		{"'after' before a passive verb group read as a phrase: the group's mark, and a clause no complement",
			"quit/0/root/VERB ,/4/punct/PUNCT a/4/det/DET day/8/obl:unmarked/NOUN after/6/case/ADP protesters/8/nsubj:pass/NOUN were/8/aux:pass/AUX shot/1/ccomp/VERB",
			"quit/0/root ,/4/punct a/4/det day/8/obl:unmarked after/8/mark protesters/8/nsubj:pass were/8/aux:pass shot/1/advcl"},
		{"'after' tagged a subordinator but hung on its noun as anything else marks the clause",
			"vowed/0/root/VERB after/3/nsubj/SCONJ gangs/1/advcl/NOUN seized/3/acl/VERB town/4/obj/NOUN",
			"vowed/0/root after/4/mark gangs/4/nsubj seized/1/advcl town/4/obj"},
		{"'after' as a subordinator's mark already is left alone",
			"vowed/0/root/VERB after/4/mark/SCONJ gangs/4/nsubj/NOUN seized/1/advcl/VERB town/4/obj/NOUN",
			"vowed/0/root after/4/mark gangs/4/nsubj seized/1/advcl town/4/obj"},
		{"a reduced relative's complement with an object, before an attribution with a second subject, is the main verb",
			"Militants/8/nsubj/NOUN linked/1/acl/VERB to/4/case/ADP Qaeda/2/obl/PROPN overran/2/xcomp/VERB posts/5/obj/NOUN source/8/nsubj/NOUN said/0/root/VERB",
			"Militants/5/nsubj linked/1/acl to/4/case Qaeda/2/obl overran/0/root posts/5/obj source/8/nsubj said/5/parataxis"},
		{"with one subject on the attribution the tree stays",
			"Militants/6/nsubj/NOUN linked/1/acl/VERB to/4/case/ADP Qaeda/2/obl/PROPN overran/2/xcomp/VERB said/0/root/VERB",
			"Militants/6/nsubj linked/1/acl to/4/case Qaeda/2/obl overran/2/xcomp said/0/root"},
		{"'after' before a noun with an -ing modifier stays a preposition",
			"Talks/2/nsubj/NOUN resumed/0/root/VERB after/4/case/ADP weeks/2/obl/NOUN preparing/4/acl/VERB ./2/punct/PUNCT",
			"Talks/2/nsubj resumed/0/root after/4/case weeks/2/obl preparing/4/acl ./2/punct"},
		{"a participle right after its subject, then a verb group without a subject: a reduced relative on that subject",
			"said/0/root/VERB that/5/mark/SCONJ the/4/det/DET miners/5/nsubj/NOUN trapped/1/ccomp/VERB in/7/case/ADP shafts/5/obl/NOUN were/9/aux:pass/AUX rescued/1/conj/VERB",
			"said/0/root that/9/mark the/4/det miners/9/nsubj:pass trapped/4/acl in/7/case shafts/5/obl were/9/aux:pass rescued/1/ccomp"},
		{"the verb group hung on the participle's phrase is still the clause's verb, and the phrase's time the participle's",
			"said/0/root/VERB that/4/mark/SCONJ travellers/4/nsubj/NOUN kidnapped/1/ccomp/VERB on/6/case/ADP road/4/obl/NOUN day/10/obl:unmarked/NOUN before/10/mark/ADV were/10/aux/AUX missing/6/acl:relcl/VERB",
			"said/0/root that/10/mark travellers/10/nsubj kidnapped/3/acl on/6/case road/4/obl day/4/obl:unmarked before/4/mark were/10/aux missing/1/ccomp"},
		{"a reduced relative taken for the verb of a clause, with the real verb hung on it, gives the verb its subject back",
			"fled/0/root/VERB after/4/mark/SCONJ rebels/4/nsubj/NOUN linked/1/advcl/VERB to/6/case/ADP group/4/obl/NOUN stormed/4/advcl/VERB village/7/obj/NOUN",
			"fled/0/root after/7/mark rebels/7/nsubj linked/3/acl to/6/case group/4/obl stormed/1/advcl village/7/obj"},
		{"a root verb in -ed keeps its clause (and the 'after' repair gives the clause on it its subject)",
			"Manila/2/nsubj/PROPN protested/0/root/VERB after/4/case/ADP ship/2/obl/NOUN fired/2/advcl/VERB cannon/5/obj/NOUN",
			"Manila/2/nsubj protested/0/root after/5/mark ship/5/nsubj fired/2/advcl cannon/5/obj"},
		{"a participle with its own auxiliary stays the verb",
			"said/0/root/VERB that/6/mark/SCONJ the/4/det/DET miners/6/nsubj:pass/NOUN were/6/aux:pass/AUX trapped/1/ccomp/VERB",
			"said/0/root that/6/mark the/4/det miners/6/nsubj:pass were/6/aux:pass trapped/1/ccomp"},
		{"a passive subject of a verb with an object and no auxiliary is active",
			"Police/2/nsubj:pass/NOUN used/0/root/VERB batons/2/obj/NOUN",
			"Police/2/nsubj used/0/root batons/2/obj"},
		{"a true passive with its auxiliary stays",
			"Batons/3/nsubj:pass/NOUN were/3/aux:pass/AUX used/0/root/VERB",
			"Batons/3/nsubj:pass were/3/aux:pass used/0/root"},
		{"a clause opened by 'as' whose subject is a phrase ('thousands of protesters')",
			"Police/2/nsubj/NOUN detained/0/root/VERB dozens/2/obj/NOUN as/5/case/ADP thousands/2/obl/NOUN of/7/case/ADP protesters/5/nmod/NOUN rallied/2/advcl/VERB",
			"Police/2/nsubj detained/0/root dozens/2/obj as/8/mark thousands/8/nsubj of/7/case protesters/5/nmod rallied/2/advcl"},
		{"a second direct object followed by its verb is the subject of a relative clause without 'that'",
			"broke/0/root/VERB the/3/det/DET truce/1/obj/NOUN both/5/det/DET armies/1/obj/NOUN signed/5/acl/VERB",
			"broke/0/root the/3/det truce/1/obj both/5/det armies/6/nsubj signed/3/acl:relcl"},
		{"'as' before a noun without a verb after it stays a preposition",
			"He/2/nsubj/PRON served/0/root/VERB as/4/case/ADP minister/2/obl/NOUN ./2/punct/PUNCT",
			"He/2/nsubj served/0/root as/4/case minister/2/obl ./2/punct"},
		{"a passive with its agent and no auxiliary before a verb with an object modifies the subject",
			"Bombs/2/nsubj/NOUN dropped/0/root/VERB by/4/case/ADP jets/2/obl:agent/NOUN killed/2/advcl/VERB ten/7/nummod/NUM people/5/obj/NOUN ./2/punct/PUNCT",
			"Bombs/5/nsubj dropped/1/acl by/4/case jets/2/obl:agent killed/0/root ten/7/nummod people/5/obj ./5/punct"},
		{"an object moved after 'as' and its adjective is the verb's object, with the clause that hung on the adjective",
			"rejected/0/root/VERB as/3/case/ADP false/1/obl/ADJ the/5/det/DET claims/8/obl/NOUN the/7/det/DET rebels/8/nsubj/NOUN made/3/acl/VERB",
			"rejected/0/root as/3/case false/1/obl the/5/det claims/1/obj the/7/det rebels/8/nsubj made/5/acl:relcl"},
		{"a verb with its own object keeps it",
			"described/0/root/VERB it/1/obj/PRON as/4/case/ADP false/1/obl/ADJ the/6/det/DET day/1/obl/NOUN",
			"described/0/root it/1/obj as/4/case false/1/obl the/6/det day/1/obl"},
		{"a participle root after a comma whose subject has a verb of its own is that verb's participle",
			"A/2/det/DET blast/7/nsubj/NOUN shook/2/acl/VERB the/5/det/DET town/3/obj/NOUN ,/7/punct/PUNCT killing/0/root/VERB two/7/obj/NUM ./7/punct/PUNCT",
			"A/2/det blast/3/nsubj shook/0/root the/5/det town/3/obj ,/3/punct killing/3/advcl two/7/obj ./7/punct"},
		{"a participle root without a comma stays",
			"Troops/2/nsubj/NOUN advancing/0/root/VERB slowly/2/advmod/ADV",
			"Troops/2/nsubj advancing/0/root slowly/2/advmod"},
		{"a noun root with a verb group of its own after a phrase is that verb's subject",
			"Ferries/0/root/NOUN at/3/case/ADP Mokha/1/nmod/PROPN were/5/aux:pass/AUX halted/1/appos/VERB on/7/case/ADP Tuesday/5/obl/PROPN",
			"Ferries/5/nsubj:pass at/3/case Mokha/1/nmod were/5/aux:pass halted/0/root on/7/case Tuesday/5/obl"},
		{"a noun root with a participle and no auxiliary stays (a headline's noun phrase)",
			"Ferries/0/root/NOUN halted/1/acl/VERB at/4/case/ADP Mokha/2/obl/PROPN",
			"Ferries/0/root halted/1/acl at/4/case Mokha/2/obl"},
		{"a past participle right after a noun, hung on a verb, modifies the noun",
			"searched/0/root/VERB the/3/det/DET building/1/obj/NOUN hit/1/advcl/VERB on/6/case/ADP Tuesday/4/obl/PROPN",
			"searched/0/root the/3/det building/1/obj hit/3/acl on/6/case Tuesday/4/obl"},
		{"a past participle after a noun read as a conjunct without 'and', its object a time, modifies the noun",
			"welcomed/0/root/VERB the/3/det/DET sanctions/1/obj/NOUN announced/1/conj/VERB the/6/det/DET day/4/obj/NOUN before/4/advmod/ADV",
			"welcomed/0/root the/3/det sanctions/1/obj announced/3/acl the/6/det day/4/obj before/4/advmod"},
		{"a conjunct with its 'and' stays one",
			"welcomed/0/root/VERB the/3/det/DET sanctions/1/obj/NOUN and/5/cc/CCONJ praised/1/conj/VERB",
			"welcomed/0/root the/3/det sanctions/1/obj and/5/cc praised/1/conj"},
		{"a sentence-initial gerund with its 'by' agent and a later verb of no subject is that verb's subject",
			"Bombing/0/root/VERB by/4/case/ADP the/4/det/DET army/1/obl:agent/NOUN killed/4/acl/VERB ten/7/nummod/NUM people/5/obj/NOUN",
			"Bombing/5/nsubj by/4/case the/4/det army/1/nmod killed/0/root ten/7/nummod people/5/obj"},
		{"a gerund with its own object stays the verb",
			"Stopping/0/root/VERB the/3/det/DET war/1/obj/NOUN by/5/case/ADP talks/1/obl:agent/NOUN matters/5/acl/VERB",
			"Stopping/0/root the/3/det war/1/obj by/5/case talks/1/obl:agent matters/5/acl"},
		{"'after' and a subject of several words before a verb that hangs on it: the clause's mark and subject",
			"summoned/0/root/VERB envoy/1/obj/NOUN after/6/case/ADP a/6/det/DET coast/6/compound/NOUN vessel/1/obl/NOUN fired/6/acl/VERB shots/7/obj/NOUN",
			"summoned/0/root envoy/1/obj after/7/mark a/6/det coast/6/compound vessel/7/nsubj fired/1/advcl shots/7/obj"},
		{"a reduced relative's adverbial clause before an attribution is the subject's verb",
			"Insurgents/9/nsubj/NOUN linked/1/acl/VERB to/4/case/ADP state/2/obl/PROPN beheaded/2/advcl/VERB villagers/5/obj/NOUN ,/9/punct/PUNCT sources/9/nsubj/NOUN said/0/root/VERB",
			"Insurgents/5/nsubj linked/1/acl to/4/case state/2/obl beheaded/0/root villagers/5/obj ,/9/punct sources/9/nsubj said/5/parataxis"},
		{"a verb read as a clause on the root noun, with an '-ing' clause after a comma, is the main verb",
			"bomb/0/root/NOUN ripped/1/acl/VERB through/4/case/ADP market/2/obl/NOUN ,/6/punct/PUNCT killing/2/advcl/VERB people/6/obj/NOUN",
			"bomb/2/nsubj ripped/0/root through/4/case market/2/obl ,/6/punct killing/2/advcl people/6/obj"},
		{"a gerund after 'of' behind the object of accusing is a clause with its object",
			"Tajikistan/2/nsubj/PROPN accused/0/root/VERB forces/2/obj/NOUN of/6/case/ADP opening/6/amod/VERB fire/3/nmod/NOUN on/8/case/ADP post/6/nmod/NOUN",
			"Tajikistan/2/nsubj accused/0/root forces/2/obj of/5/mark opening/3/acl fire/5/obj on/8/case post/5/obl"},
		{"a gerund taken for an adjective, past a number and a time phrase, is the accused act",
			"Venezuela/2/nsubj/PROPN accused/0/root/VERB Washington/2/obj/PROPN on/5/case/ADP Wednesday/2/obl/PROPN of/9/case/ADP murdering/9/amod/ADJ 11/9/nummod/NUM fishermen/5/nmod/NOUN",
			"Venezuela/2/nsubj accused/0/root Washington/2/obj on/5/case Wednesday/2/obl of/7/mark murdering/2/advcl 11/9/nummod fishermen/7/obj"},
		{"a gerund clause hung on the accusing verb's time phrase is the verb's",
			"Venezuela/2/nsubj/PROPN accused/0/root/VERB Washington/2/obj/PROPN on/5/case/ADP Wednesday/2/obl/PROPN of/7/mark/ADP killing/5/acl/VERB 11/9/nummod/NUM fishermen/7/obj/NOUN",
			"Venezuela/2/nsubj accused/0/root Washington/2/obj on/5/case Wednesday/2/obl of/7/mark killing/2/advcl 11/9/nummod fishermen/7/obj"},
		{"a gerund clause on another verb's time phrase stays",
			"Leaders/2/nsubj/NOUN marked/0/root/VERB day/2/obj/NOUN on/5/case/ADP Friday/2/obl/PROPN of/7/mark/ADP celebrating/5/acl/VERB victory/7/obj/NOUN",
			"Leaders/2/nsubj marked/0/root day/2/obj on/5/case Friday/2/obl of/7/mark celebrating/5/acl victory/7/obj"},
		{"a verb on the root noun coordinated with a verb and its object is the main verb",
			"Security/2/compound/NOUN forces/0/root/NOUN in/4/case/ADP Togo/2/nmod/PROPN beat/2/acl/VERB and/7/cc/CCONJ detained/5/conj/VERB dozens/7/obj/NOUN",
			"Security/2/compound forces/5/nsubj in/4/case Togo/2/nmod beat/0/root and/7/cc detained/5/conj dozens/7/obj"},
		{"coordinated participles with an agent stay a reduced relative",
			"Troops/0/root/NOUN trained/1/acl/VERB and/4/cc/CCONJ equipped/2/conj/VERB by/6/case/ADP Washington/4/obl:agent/PROPN",
			"Troops/0/root trained/1/acl and/4/cc equipped/2/conj by/6/case Washington/4/obl:agent"},
		{"a reduced relative's complement before an attribution is its subject's verb, with no object too",
			"Sixteen/2/nummod/NUM prisoners/10/nsubj/NOUN freed/2/acl/VERB by/5/case/ADP Lukashenko/3/obl:agent/PROPN crossed/3/xcomp/VERB into/8/case/ADP Lithuania/6/obl/PROPN guard/10/nsubj/NOUN said/0/root/VERB",
			"Sixteen/2/nummod prisoners/6/nsubj freed/2/acl by/5/case Lukashenko/3/obl:agent crossed/0/root into/8/case Lithuania/6/obl guard/10/nsubj said/6/parataxis"},
		{"a gerund after 'of' elsewhere stays a modifier",
			"weekend/0/root/NOUN of/4/case/ADP escalating/4/amod/VERB violence/1/nmod/NOUN",
			"weekend/0/root of/4/case escalating/4/amod violence/1/nmod"},
		{"an opening time adverb read as the root modifies the verb after its comma, which is the root",
			"A/2/det/DET day/3/obl:unmarked/NOUN earlier/0/root/ADV ,/3/punct/PUNCT army/6/compound/NOUN warplanes/7/nsubj/NOUN bombed/3/parataxis/VERB depots/7/obj/NOUN",
			"A/2/det day/3/obl:unmarked earlier/7/advmod ,/3/punct army/6/compound warplanes/7/nsubj bombed/0/root depots/7/obj"},
		{"with a trailing attribution, the attribution is the root and the adverb the reported verb's",
			"Hours/2/obl:unmarked/NOUN earlier/0/root/ADV ,/2/punct/PUNCT rebels/5/nsubj/NOUN shelled/8/ccomp/VERB airport/5/obj/NOUN officials/8/nsubj/NOUN said/2/conj/VERB",
			"Hours/2/obl:unmarked earlier/5/advmod ,/2/punct rebels/5/nsubj shelled/8/ccomp airport/5/obj officials/8/nsubj said/0/root"},
		{"a time adverb root with no comma after it stays",
			"Later/0/root/ADV that/3/det/DET day/1/obl:unmarked/NOUN troops/5/nsubj/NOUN left/1/parataxis/VERB",
			"Later/0/root that/3/det day/1/obl:unmarked troops/5/nsubj left/1/parataxis"},
		{"a coordinated verb's subject before its conjunction is the first verb's object",
			"Envoy/2/compound/NOUN Lee/3/nsubj/PROPN met/0/root/VERB general/5/compound/NOUN Tiso/9/nsubj/PROPN on/7/case/ADP Monday/5/obl/PROPN and/9/cc/CCONJ pressed/3/conj/VERB him/9/obj/PRON",
			"Envoy/2/compound Lee/3/nsubj met/0/root general/5/compound Tiso/3/obj on/7/case Monday/3/obl and/9/cc pressed/3/conj him/9/obj"},
		{"a subject after the conjunction stays the second verb's",
			"Lee/2/nsubj/PROPN arrived/0/root/VERB and/5/cc/CCONJ aides/5/nsubj/NOUN left/2/conj/VERB",
			"Lee/2/nsubj arrived/0/root and/5/cc aides/5/nsubj left/2/conj"},
		{"a first verb with an object of its own keeps it",
			"Lee/2/nsubj/PROPN signed/0/root/VERB deal/2/obj/NOUN Tiso/6/nsubj/PROPN and/6/cc/CCONJ left/2/conj/VERB",
			"Lee/2/nsubj signed/0/root deal/2/obj Tiso/6/nsubj and/6/cc left/2/conj"},
		{"a verb with an object hung on the noun that ends the root's 'between' phrase is the main verb",
			"battles/0/root/NOUN between/4/case/ADP rival/4/compound/NOUN militias/1/nmod/NOUN killed/4/acl/VERB people/5/obj/NOUN",
			"battles/5/nsubj between/4/case rival/4/compound militias/1/nmod killed/0/root people/5/obj"},
		{"a participle without an object on that noun stays a reduced relative",
			"talks/0/root/NOUN between/3/case/ADP rivals/1/nmod/NOUN held/3/acl/VERB in/6/case/ADP Doha/4/obl/PROPN",
			"talks/0/root between/3/case rivals/1/nmod held/3/acl in/6/case Doha/4/obl"},
		{"a reporting verb's object before its complement's auxiliary is the complement's subject",
			"officials/2/nsubj/NOUN said/0/root/VERB no/4/det/DET villages/2/obj/NOUN had/7/aux/AUX been/7/aux:pass/AUX shelled/2/ccomp/VERB",
			"officials/2/nsubj said/0/root no/4/det villages/7/nsubj:pass had/7/aux been/7/aux:pass shelled/2/ccomp"},
		{"an object before a complement with its own subject stays",
			"Kyiv/2/nsubj/PROPN told/0/root/VERB envoys/2/obj/NOUN troops/6/nsubj/NOUN had/6/aux/AUX withdrawn/2/ccomp/VERB",
			"Kyiv/2/nsubj told/0/root envoys/2/obj troops/6/nsubj had/6/aux withdrawn/2/ccomp"},
		{"a true passive keeps its root",
			"Bombs/3/nsubj:pass/NOUN were/3/aux:pass/AUX dropped/0/root/VERB by/5/case/ADP jets/3/obl:agent/NOUN",
			"Bombs/3/nsubj:pass were/3/aux:pass dropped/0/root by/5/case jets/3/obl:agent"},
	}
	for _, tt := range tests {
		tr := rows(tt.in)
		tr.repairRoot()
		tr.index()
		if got := heads(tr); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

func TestRepairTagsConstants(t *testing.T) {
	for name, i := range map[string]int{"ADJ": tADJ, "AUX": tAUX, "DET": tDET, "NOUN": tNOUN, "NUM": tNUM, "PART": tPART, "PRON": tPRON, "PROPN": tPROPN, "SCONJ": tSCONJ, "VERB": tVERB} {
		if UPOS[i] != name {
			t.Errorf("tag %d is %s, not %s", i, UPOS[i], name)
		}
	}
}

func TestRepairTags(t *testing.T) {
	tok := func(w, tag string, known bool) token {
		k := token{form: w, norm: strings.ToLower(w)}
		for i, u := range UPOS {
			if u == tag {
				k.tag = i
			}
		}
		if known {
			k.amb = 1 + 1<<tVERB | 1<<tNOUN // (seen as a verb and a noun)
		}
		return k
	}
	tests := []struct {
		name string
		toks []token
		want string // the second word's tag after repair
	}{
		{"an unknown -s word after 'when' with a verb after it is a plural noun",
			[]token{tok("when", "SCONJ", true), tok("quadcopters", "VERB", false), tok("struck", "VERB", true)}, "NOUN"},
		{"after a number too",
			[]token{tok("two", "NUM", true), tok("gunboats", "VERB", false), tok("were", "AUX", true)}, "NOUN"},
		{"a known word keeps its tag",
			[]token{tok("when", "SCONJ", true), tok("remains", "VERB", true), tok("were", "AUX", true)}, "VERB"},
		{"an unknown verb after a subject stays a verb",
			[]token{tok("he", "PRON", true), tok("detonates", "VERB", false), tok("bombs", "NOUN", true)}, "VERB"},
		{"a word after a possessive is a noun",
			[]token{tok("'s", "PART", true), tok("raid", "VERB", true), tok("on", "ADP", true)}, "NOUN"},
		{"a word that can be a verb after an opening plural subject, before an object, is the verb",
			[]token{tok("gunmen", "NOUN", true), tok("shot", "NOUN", true), tok("two", "NUM", true)}, "VERB"},
		{"a number word before a noun is a number",
			[]token{tok("at", "ADP", true), tok("thirteen", "VERB", true), tok("people", "NOUN", true)}, "NUM"},
		{"after a subordinator, a plural read as a verb before a word that can be one and its object is the subject",
			[]token{tok("after", "SCONJ", true), tok("drones", "VERB", true), tok("hit", "NOUN", true), tok("fuel", "NOUN", true)}, "NOUN"},
		{"a hyphened participle of backing before a noun modifies it",
			[]token{tok("al", "PROPN", true), tok("qaeda-linked", "VERB", false), tok("militants", "NOUN", true)}, "ADJ"},
		{"'allied' before a noun modifies it",
			[]token{tok("and", "CCONJ", true), tok("allied", "VERB", true), tok("militias", "NOUN", true)}, "ADJ"},
		{"'allied' before a preposition stays a verb",
			[]token{tok("they", "PRON", true), tok("allied", "VERB", true), tok("with", "ADP", true)}, "VERB"},
		{"'that' before a plural noun and its verb opens the clause",
			[]token{tok("tuesday", "PROPN", true), tok("that", "DET", true), tok("drones", "NOUN", true), tok("hit", "VERB", true)}, "SCONJ"},
		{"'that' before a singular noun stays a determiner",
			[]token{tok("said", "VERB", true), tok("that", "DET", true), tok("strike", "NOUN", true), tok("was", "AUX", true)}, "DET"},
		{"no verb after it: the tagger's choice stays",
			[]token{tok("when", "SCONJ", true), tok("quadcopters", "VERB", false), tok("overhead", "ADV", true)}, "VERB"},
	}
	hit := []token{tok("the", "DET", true), tok("building", "NOUN", true), tok("hit", "NOUN", true), tok("on", "ADP", true)}
	repairTags(hit)
	if got := UPOS[hit[2].tag]; got != "VERB" {
		t.Errorf("a participle read as a noun after a determiner's noun, before 'on': got %s, want VERB", got)
	}
	first := []token{tok("gunmen", "VERB", true), tok("ambushed", "VERB", true), tok("a", "DET", true)}
	repairTags(first)
	if got := UPOS[first[0].tag]; got != "NOUN" {
		t.Errorf("a plural opening the sentence before a past verb: got %s, want NOUN", got)
	}
	for _, tc := range []struct {
		name string
		toks []token
		want string
	}{
		{"before a prepositional phrase and a past verb",
			[]token{tok("gunmen", "VERB", false), tok("on", "ADP", true), tok("motorbikes", "NOUN", true), tok("killed", "VERB", true), tok("32", "NUM", true)}, "NOUN"},
		{"before a prepositional phrase and no verb, the tagger's choice stays",
			[]token{tok("gunmen", "VERB", false), tok("on", "ADP", true), tok("motorbikes", "NOUN", true), tok(".", "PUNCT", true)}, "VERB"},
	} {
		repairTags(tc.toks)
		if got := UPOS[tc.toks[0].tag]; got != tc.want {
			t.Errorf("a plural opening the sentence %s: got %s, want %s", tc.name, got, tc.want)
		}
	}
	for _, tt := range tests {
		repairTags(tt.toks)
		if got := UPOS[tt.toks[1].tag]; got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestRepairPrefixedVerbs(t *testing.T) {
	lx := lexicon{TagDict: map[string]uint32{"ran": 1 << tVERB, "took": 1 << tVERB, "set": 1<<tVERB | 1<<tNOUN}}
	tok := func(w string, tag int) token { return token{form: w, norm: w, tag: tag} }
	tests := []struct {
		name string
		toks []token
		want int // the second word's tag after repair
	}{
		{"a verb prefix on a form known only as a verb, before its object, is a verb",
			[]token{tok("militants", tNOUN), tok("overran", tADJ), tok("army", tNOUN)}, tVERB},
		{"'re' too", []token{tok("rebels", tNOUN), tok("retook", tNOUN), tok("the", tDET)}, tVERB},
		{"a stem seen as a noun too gives no verb", []token{tok("they", tPRON), tok("offset", tNOUN), tok("costs", tNOUN)}, tNOUN},
		{"after a determiner it stays a noun phrase's word", []token{tok("the", tDET), tok("overran", tADJ), tok("posts", tNOUN)}, tADJ},
		{"with no object after it the tagger's choice stays", []token{tok("it", tPRON), tok("overran", tADJ), tok(".", tPUNCT)}, tADJ},
	}
	for _, tt := range tests {
		lx.repairPrefixedVerbs(tt.toks)
		if got := tt.toks[1].tag; got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, UPOS[got], UPOS[tt.want])
		}
	}
}
