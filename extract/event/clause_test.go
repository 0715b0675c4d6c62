package event_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/analyzer"
)

var (
	pipeOnce sync.Once
	pipe     *chronicle.Pipeline
	pipeErr  error
)

// full runs the whole analysis (syntax and quotes included) on one text.
func full(t *testing.T, s, published string) *chronicle.Document {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = analyzer.New(analyzer.Options{}) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	doc := chronicle.NewDocument("t", s)
	doc.Published, _ = chronicle.ParseDate(published)
	if err := pipe.Run(doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// describeAll describes each event, with its place and day.
func describeAll(evs []chronicle.Event) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = describe(e) + " @" + e.Location + " " + e.Date.String()
	}
	return out
}

func describe(e chronicle.Event) string {
	c := func(a *chronicle.Actor) string {
		if a == nil {
			return "-"
		}
		if a.Code == "" {
			return a.Name
		}
		return a.Code
	}
	s := e.Type + " " + c(e.Source) + "→" + c(e.Target)
	if e.Negated {
		s += " negated"
	}
	return s
}

// someEvent runs the whole analysis on text and reports whether one of its
// events satisfies ok; got describes every event (type, actors, place and
// day) for a failure message.
func someEvent(t *testing.T, text, published string, ok func(chronicle.Event) bool) (found bool, got []string) {
	t.Helper()
	for _, e := range full(t, text, published).Events {
		got = append(got, describe(e)+" ("+actorName(e.Source)+") @"+e.Location+" "+e.Date.String())
		found = found || ok(e)
	}
	return found, got
}

// wantEvent fails the test unless the story text, published that day,
// gives an event ok accepts; want says which, for the failure.
func wantEvent(t *testing.T, text, published, want string, ok func(chronicle.Event) bool) {
	t.Helper()
	if found, got := someEvent(t, text, published, ok); !found {
		t.Errorf("%q\n got %v\nwant %s", text, got, want)
	}
}

// actorCode and actorName read an event's actor, "" for none.
func actorCode(a *chronicle.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

func actorName(a *chronicle.Actor) string {
	if a == nil {
		return ""
	}
	return a.Name
}

// TestClauses codes the clause shapes the chunk coder missed; each case
// names the event that must be among the sentence's events, with the start
// of its coder rule.
func TestClauses(t *testing.T) {
	for _, tc := range []struct{ name, text, want, rule string }{
		{"people placed in a country by its name are not its state, and keep their sector",
			"Nurses in Kenya demanded higher pay.", "DEMAND KENHLH→", ""},
		{"people of no sector placed in a country are the country, not its state",
			"Analysts in Egypt criticised the plan.", "DISAPPROVE EGY→", ""},
		{"a group's kind is in its modifier",
			"The deal was condemned by opposition groups in Uganda.", "DISAPPROVE UGAOPP→", ""},
		{"a nationality before a noun of no sector is the country, not its state",
			"Her Italian colleague condemned the raid.", "DISAPPROVE ITA→", ""},
		{"officials placed in a capital are still its state",
			"Officials in Kyiv condemned the strike.", "DISAPPROVE UKRGOV→", ""},
		{"'the two sides' in what an official reports, with no talks before, are the official's side and the counterpart named",
			"After meeting his Kenyan counterpart in Kampala, Uganda's defence minister said the two sides had agreed to hold joint patrols.", "AGREE UGAGOV→KENGOV", "cameo:"},
		{"a country's court is its judiciary, as its army is its military",
			"Pakistan's supreme court ordered the release of the opposition leader on Tuesday.", "PAKJUD", "cameo:"},
		{"suspending political parties bans them for a time",
			"Burkina Faso's junta suspends all political parties", "COERCE BFA", "cameo:CANCEL+suspended-parties"},
		{"rebels in a country's region are its rebels, not its army",
			"Rebels in Mozambique's Cabo Delgado province beheaded two villagers.", "ASSAULT MOZREB", "cameo:"},
		{"a country's people named by a noun with a sector after its possessive act as those people",
			"Nigeria's striking teachers demanded the release of their union leader.", "DEMAND NGAEDU", "cameo:"},
		{"armed men pushed back are fought",
			"Kenyan troops pushed the attackers back across the border, the army said.", "FIGHT KENMIL", "cameo:DEMAND+pushed-back"},
		{"people blocking a route protest",
			"Hundreds of farmers blocked the main highway near Warsaw with their tractors on Monday.", "PROTEST POL", "cameo:"},
		{"a state's police blocking a route restrict movement, no protest",
			"Police blocked the road to the presidential palace in Kinshasa on Monday.", "COERCE CODCOP", "cameo:"},
		{"people clashing with police riot",
			"Supporters of the jailed opposition leader clashed with police in Dakar on Friday.", "PROTEST SENOPP→SENCOP", "cameo:"},
		{"the verbs of a participle aside on the subject describe it; the main verb is the event",
			"Myanmar's shadow government, formed by lawmakers ousted in the 2021 coup, called on ASEAN to expel the junta.", "DEMAND MMR", "cameo:"},
		{"a second coordinated verb sharing the subject",
			"Ukraine's foreign minister thanked Britain for its sanctions and urged Washington to follow with new restrictions.", "DEMAND UKRGOV→USAGOV", "clause:conj"},
		{"a passive toll with a when clause",
			"At least nine people were killed when Russian drones hit grain terminals in Odesa.", "FIGHT RUSMIL→UKRCVL", ""},
		{"a passive toll takes its attacker from the clause that says how",
			"Four civilians were killed as Sudanese warplanes bombed a market in Nyala.", "SDNMIL→SDNCVL", ""},
		{"weapons a speaker calls its own in what it says are its forces'",
			"Chad's army said its aircraft struck rebel positions in the Tibesti mountains on Monday.", "FIGHT TCDMIL→", ""},
		{"a reciprocal act coordinated with a pair's meeting is the pair's too",
			"The foreign ministers of Armenia and Azerbaijan met in Washington on Friday and initialled the text of a peace treaty.", "AGREE ARMGOV→AZEGOV", "noun:"},
		{"a light verb the tree gives a coordinated subject is the pair's act, beside the verb coordinated with it",
			"Sudan's army and the RSF held talks and agreed to a truce.", "CONSULT SDNMIL→SDNREB", "noun:TALKS"},
		{"people sent to investigate investigate",
			"The African Union sent a team of experts to investigate the killings.", "INVESTIGATE IGOAFR", "cameo:SEND+sent-to-investigate"},
		{"a denial told in a relative clause on the charge is a refusal of it, to the accuser",
			"Congo's government blamed the M23 rebels for the looting, a charge the group denied.", "REJECT CODREB→CODGOV", "clause:acl:DENY"},
		{"a reply told in a relative clause on the charge is its subject's act, to the accuser",
			"Azerbaijan's defence ministry accused Armenian troops of firing on its positions, a charge Yerevan rejected.", "REJECT ARMGOV→AZEGOV", "clause:acl"},
		{"a coded phrase does not run over a verb: the subject of the demanded clause is the target",
			"Pakistan demanded that Kabul stop militants from using its territory.", "DEMAND PAKGOV→AFGGOV", ""},
		{"a pair after a reporting verb is the reported clause's subject",
			"The Kremlin said Putin and Trump had agreed in a phone call to begin talks.", "AGREE RUSGOV→USAGOV", ""},
		{"property destroyed in a village of a country's region is its people's",
			"Armed men set fire to at least 30 houses in a village in India's Manipur state on Wednesday night.", "ASSAULT INDUAF→INDCVL", ""},
		{"a demand coordinated after an accusation's gerund clause is the accuser's, to the accused",
			"Opposition leader Rahul Gandhi accused Prime Minister Narendra Modi of abandoning the people of Manipur and called on him to visit the state.", "DEMAND INDOPP→INDGOV", ""},
		{"a clash is an attack noun as clashes are",
			"A Taliban spokesman said Pakistani troops had started the clash by building a new post inside Afghan territory.", "FIGHT PAKMIL", "noun:CLASH"},
		{"support for someone is for them",
			"The African Union reaffirmed its support for the Somali government.", "SUPPORT IGOAFRAFU→SOMGOV", ""},
		{"people a state's forces fire at, past what they fire, are the state's people of their kind, at the narrower place",
			"Police in Bangladesh fired tear gas and rubber bullets at thousands of students who blocked roads in central Dhaka.", "ASSAULT BGDCOP→BGDEDU", ""},
		{"armed men tied to a coded group are insurgents of the state whose forces they strike",
			"Fighters linked to al-Qaeda ambushed a Malian army convoy near the town of Boulkessi.", "FIGHT MLIREB→MLIMIL", ""},
		{"a pattern for attacking in words yields to the violence the sentence tells",
			"Houthi fighters attacked government positions in Marib province on Friday, killing three soldiers.", "FIGHT YEMREB→YEMMIL", ""},
		{"a weapon as subject leaves the attacker unnamed",
			"Artillery fire hit a market in Kherson on Friday morning.", "FIGHT -→UKRCVL", "clause:root"},
		{"the act an accusation reports, by the accused",
			"Sudan's army accused the RSF of killing 25 displaced people in the camp.", "SDNREB→", "clause:"},
		{"a denial negates the event it governs",
			"The Kremlin denied targeting civilians.", "ASSAULT RUSGOV→", "clause:"},
		{"talks named by their day",
			"Monday's talks in Doha lasted five hours, officials said.", "CONSULT -→-", "event-noun:TALKS"},
		{"a group no dictionary lists keeps its name",
			"The Coastal Traders Association demanded that the port authority reopen the northern quay.", "DEMAND Coastal Traders Association→", ""},
		{"people who act where they are",
			"Thousands of people blocked the ring road in Yerevan to demand the minister's resignation.", "ARM", ""},
		{"a coalition led by a state is that state's",
			"The Saudi-led coalition bombed a fuel depot outside Hodeidah on Sunday.", "SAU", ""},
		{"a statement's participle is its issuer's act",
			"Hamas issued a statement condemning the raid on the Jenin camp.", "DISAPPROVE", "clause:acl"},
		{"people's participle is their act",
			"Farmers protesting the new land law clashed with police in Lahore on Tuesday.", "PROTEST", ""},
		{"sanctioning is a sanction",
			"Canada sanctioned four Haitian gang leaders on Friday.", "SANCTION CANGOV", ""},
		{"a crowd by its size protests where it marches",
			"Hundreds marched through Belgrade against the government.", "PROTEST SRB", ""},
		{"an attack with missiles and drones by an army is FIGHT",
			"Russian forces launched a large missile and drone attack on the port of Izmail.", "FIGHT RUSMIL", ""},
		{"protesters' violence is a riot",
			"Demonstrators torched two police stations in Dhaka.", "PROTEST", ""},
		{"a headline's reporter is not the attacker (event noun after the verb)",
			"Lebanon says Israeli drone attack killed three in Tyre", "ISRMIL", ""},
		{"a headline's reporter is not the attacker (attack noun as subject)",
			"Sumy governor says Russian shelling wounded six", "RUSMIL", ""},
		{"an uncoded person as object is the target, not the place after",
			"Kazakh President Kassym-Jomart Tokayev met Mirziyoyev in Astana.", "CONSULT KAZGOV→Mirziyoyev", ""},
		{"violence that left people dead is a toll, not a departure",
			"Clashes between Somali troops and al-Shabaab left 19 dead near Baidoa.", "FIGHT", ""},
		{"a plural opening the sentence before a preposition is its subject",
			"Clashes between the Nigerian army and Boko Haram killed 11 near Maiduguri.", "FIGHT NGAMIL→NGAREB", ""},
		{"ordering someone to act is a demand",
			"The Russian defence ministry ordered civilians in Oleshky to leave their homes.", "DEMAND RUS", ""},
		{"militants killed by an army are armed men of the place, and the fight is FIGHT",
			"Nigeria's army said it killed 35 militants in Borno state.", "FIGHT NGAMIL→NGAUAF", ""},
		{"a pair whose second side no dictionary codes keeps it by name",
			"The Colombian government and the Comuneros del Sur signed a peace accord in Pasto.", "AGREE COLGOV→Comuneros del Sur", ""},
		{"police as the object are the place's police",
			"Students clashed with police in Nairobi on Tuesday.", "→KENCOP", ""},
		{"the subject of a reported clause begins after the reporting verb",
			"Hezbollah said Israeli troops shelled the village of Khiam.", "FIGHT ISRMIL", ""},
		{"a military target makes the strike literal and its side military",
			"Ukraine struck a Russian airfield in Kursk overnight.", "FIGHT UKRMIL→RUSMIL", ""},
		{"a passive toll names its attacker in the attack noun after 'in'",
			"Eleven people were killed in Israeli strikes on Khan Younis, medics said.", "FIGHT ISRMIL→", ""},
		{"where rockets were fired from is not their target",
			"Hamas fighters fired rockets from Gaza into southern Israel.", "→ISR", ""},
		{"soldiers act for the country where they are",
			"Residents said soldiers opened fire on protesters in Conakry.", "GINMIL", ""},
		{"a swap named by its day takes its sides from a pair elsewhere in the sentence",
			"Saturday's prisoner exchange freed 90 men, Turkey's foreign ministry said, praising Armenia and Azerbaijan for their restraint.", "RETREAT ARMGOV→AZEGOV", "event-noun"},
		{"violating a ceasefire is fighting on, and a clause after 'said' holds its own noun",
			"Armenia said Azerbaijani forces violated the truce near Tegh.", "FIGHT AZEMIL", ""},
		{"people's act done to protest is a protest",
			"Students occupied the rector's office in Belgrade to protest the canopy collapse.", "PROTEST SRB", ""},
		{"a nation's people by their plural are civilians, not their government",
			"Kenyans took to the streets of Mombasa to demand lower taxes.", "KENCVL", ""},
		{"a country's police are its police, not its army",
			"Bolivia's police raided the offices of the opposition party in La Paz.", "BOLCOP", ""},
		{"a reported clause is coded when the chunks give nothing",
			"Officials said gunmen abducted 20 students in Kaduna.", "ASSAULT", "clause:ccomp"},
		{"one side's drills are a show of force, joint ones cooperation",
			"Russia held naval drills in the Baltic Sea on Monday.", "MOBILIZE RUSGOV", ""},
		{"massing troops is mobilising",
			"Azerbaijan massed troops near the Armenian border.", "MOBILIZE AZEGOV", ""},
		{"weapons coordinated in the object do not end it",
			"Russia launched missiles and drones at Ukrainian power plants overnight.", "FIGHT RUSMIL→UKR", ""},
		{"tariffs imposed are sanctions",
			"Canada imposed tariffs on Chinese electric cars.", "SANCTION CANGOV→CHN", ""},
		{"a vote to do something is that act",
			"The Security Council voted to demand the withdrawal of foreign fighters from Libya.", "DEMAND IGOUNO", ""},
		{"weapons delivered to a country are military aid",
			"France delivered Caesar howitzers and ammunition to Armenia last month.", "AID FRAGOV→ARMGOV", ""},
		{"a state's formal protest is criticism, not a demonstration",
			"South Korea protested to Japan over the new school textbooks.", "DISAPPROVE KORGOV→JPNGOV", ""},
		{"the African Union is an intergovernmental body the dictionaries lacked",
			"The African Union suspended Gabon's membership after the coup.", "SANCTION IGOAFRAFU→GABGOV", ""},
		{"vetoing sanctions is a refusal, not a sanction",
			"Slovakia vetoed the new sanctions package against Russia.", "REJECT SVKGOV", ""},
		{"a possessed armed group is the actor, not its country",
			"Lebanon's Hezbollah fired rockets at the Israeli town of Kiryat Shmona.", "LBNREB", ""},
		{"a country's body and a group as a pair",
			"Mali's government and the Tuareg-led CSP agreed to a truce in Algiers.", "AGREE MLIGOV→", "cameo"},
		{"a man held is not an armed man",
			"Georgia's security service detained a man suspected of spying for Russia.", "→-", ""},
		{"a group in a place is that place's group, not its state's army",
			"Protesters in Lima stormed the congress building.", "PROTEST PERCVL", ""},
		{"pushing forces back is fighting, not a demand",
			"Sudanese troops pushed RSF fighters back from the outskirts of Omdurman.", "FIGHT SDNMIL", ""},
		{"seizing territory is FIGHT whoever seizes it",
			"Rebels of the M23 seized the town of Uvira on Friday.", "FIGHT", ""},
		{"mediators are no pair of sides",
			"Turkey and Qatar brokered talks between Ukraine and Russia.", "CONSULT TURGOV→UKRGOV", ""},
		{"a plural subject noun before its verb is not a verb",
			"Malian government forces retook the town of Kidal from rebels.", "FIGHT MLIMIL", ""},
		{"sinking a ship is fighting, and the ship is its side's military",
			"The Ukrainian navy sank a Russian patrol boat near Sevastopol.", "FIGHT UKRMIL→RUSMIL", ""},
		{"a group's fighters are the group",
			"Hamas fighters ambushed an Israeli patrol in Rafah.", "PSEREB", ""},
		{"an air strike is literal violence",
			"A Syrian air strike hit a clinic in Idlib.", "FIGHT", ""},
		// Verbs whose object decides the type (access, issue 13)
		{"reopening a crossing eases a blockade",
			"Jordan reopened the Allenby Bridge crossing after a two-week closure.", "RETREAT JORGOV", ""},
		{"ending a siege eases a blockade",
			"Sudan's army lifted the siege of Kadugli after three months.", "RETREAT", "stop:SIEGE"},
		{"sending monitors is an investigation",
			"The Arab League dispatched monitors to Homs on Tuesday.", "INVESTIGATE IGO", ""},
		{"letting inspectors in allows involvement",
			"Iran received IAEA inspectors at the Fordow site.", "RETREAT IRNGOV", ""},
		{"letting aid through allows involvement",
			"Israel allowed fuel trucks into Gaza for the first time in weeks.", "RETREAT ISRGOV", ""},
		{"recruiting one's own fighters mobilises",
			"Hezbollah recruited hundreds of new fighters in southern Lebanon.", "MOBILIZE LBN", ""},
		{"training another side's soldiers is military aid",
			"Britain trained Ukrainian soldiers on Challenger tanks.", "AID GBRGOV→UKR", ""},
		{"a labour strike is a protest",
			"Miners in Zambia went on strike over unpaid bonuses.", "PROTEST ZMB", ""},
		{"committed to acting is an intent",
			"Egypt is committed to resuming mediation between Israel and Hamas.", "AGREE EGYGOV", ""},
		{"a pair referred to as 'the two presidents' is not the place after them",
			"The African Union said on Tuesday that Monday's meeting between the two presidents in Kampala had been useful.", "CONSULT -→-", ""},
		{"people returned from captivity were released by those who held them",
			"Kyiv said 90 Ukrainian soldiers had been returned from Russian captivity on Sunday.", "RETREAT RUSGOV→UKRMIL", ""},
		{"an exchange a day names is a swap, one side the state whose official speaks",
			"Armenia's ombudsman said Tuesday's exchange had brought home 30 detainees.", "RETREAT ARMGOV", "event-noun:EXCHANGE+speaker-side"},
		{"one body agreeing on a measure against others takes the measure",
			"NATO allies agreed on Thursday to impose an arms embargo on Belarus.", "SANCTION IGOWSTNAT→BLR", ""},
		{"two sides agreeing to act together agree",
			"Serbia and Kosovo agreed to reopen the border crossing.", "AGREE SRBGOV", ""},
		{"a sanction a statement refers to is imposed by whoever the compound before it names",
			"Russia on Friday condemned the new UK sanctions announced on Thursday.", "SANCTION GBRGOV", "event-noun"},
		{"troops firing on protesters are repression, not fighting, and what the protesters demand is not their target",
			"Soldiers opened fire on protesters demanding the release of opposition leaders in Conakry, killing three.", "ASSAULT GINMIL→", ""},
		{"a release a day names is one, by whoever held the released",
			"Nigeria's president on Tuesday welcomed Monday's release of the schoolgirls held by Boko Haram.", "RETREAT", "event-noun:RELEASE"},
		{"an expulsion a day names is one, by whoever the 'by' phrase names",
			"Moscow vowed on Wednesday to respond to Tuesday's expulsion of its diplomats by Estonia.", "ESTGOV", "event-noun:EXPULSION"},
		{"people killed in an attack are its victims, not its authors",
			"Chad's president declared a day of mourning for the soldiers killed in Sunday's ambush.", "→TCDMIL", ""},
		{"soldiers released are the target of the release, not the mission they were handed to",
			"Rebels released 12 soldiers in Arauca on Sunday, handing them over to a UN mission.", "COLMIL", ""},
		{"forces deployed somewhere are a show of force",
			"China deployed two more destroyer squadrons to the South China Sea on Monday.", "MOBILIZE CHN", "cameo:SEND+deployed-forces"},
		{"aid suspended is aid stopped",
			"The World Bank suspended funding to Mali after the second coup.", "SANCTION", "cameo:CANCEL+aid-stopped"},
		{"police beating demonstrators use force on them",
			"Police in Tbilisi beat protesters with truncheons outside parliament.", "ASSAULT GEOCOP", ""},
		{"gunmen who shot people dead in a country's region: the region's country is the place",
			"Gunmen shot dead four farmers in Cameroon's Far North region on Sunday.", "ASSAULT", ""},
		{"reinforcements ordered somewhere are a deployment, weapons sent to a side are aid",
			"Peru's president ordered reinforcements to Puno after the clashes.", "MOBILIZE PERGOV", ""},
		{"the act an accusation the clause coder found reports, by the accused",
			"NAIROBI, May 8 - Kenya's army accused Somalia of unprovoked shelling across the border on Wednesday.", "FIGHT SOMGOV", "clause:advcl"},
		{"a wire dateline's month is no modal: the main verb after it is coded",
			"KAMPALA, May 8 - Ugandan troops shelled rebel positions in Ituri on Wednesday.", "FIGHT UGAMIL", "cameo:"},
		{"a journey for talks is the meeting",
			"Ukraine's negotiators flew to Istanbul for talks with Russian officials.", "CONSULT UKRGOV→RUS", ""},
		{"policing a protest without force named is coercion",
			"Police in Harare broke up a meeting of opposition activists.", "COERCE ZWECOP", ""},
		{"policing a protest with force is violent repression",
			"Police in Harare broke up a meeting of opposition activists with batons and tear gas.", "ASSAULT ZWECOP", ""},
		{"breaking up a protest in the infinitive, with force named, is repression (the phrasal verb, not a pattern of 'break')",
			"Riot police used rubber bullets and tear gas to break up a sit-in outside the parliament in Belgrade.", "ASSAULT SRBCOP", "clause:advcl:SUPPLEMENT"},
		{"troops firing on a demonstration are repression too",
			"Soldiers opened fire on a demonstration in Bamako, killing four protesters.", "ASSAULT MLIMIL", "cameo:START"},
		{"a participle of another kind beside no violence is the subject's next act",
			"Thailand met Cambodia on Monday, demanding a ceasefire.", "DEMAND THAGOV", "clause:advcl"},
		{"a participle beside a criticism is the critic's own act, not the accused's",
			"Thailand criticised Cambodia on Monday, rejecting a ceasefire.", "REJECT THAGOV", "clause:advcl"},
		{"an opening plural before a prepositional phrase and a past verb is the attacker",
			"Gunmen on motorbikes killed 32 people in Zamfara state.", "ASSAULT NGAUAF", "clause:root"},
		{"a person with an opposition title acts for the opposition, the entity layer's reading, not the dictionary's",
			"Opposition leader Raila Odinga urged the government to drop the bill.", "DEMAND KENOPP", ""},
		{"cutting relations in the progressive is a sanction, not support",
			"Sudan said it was cutting diplomatic relations with the United Arab Emirates.", "SANCTION SDNGOV→AREGOV", "stop:RELATIONS"},
		{"police in a capital are the country's police, not its government",
			"Three people were killed and 41 injured by police in Nairobi.", "ASSAULT KENCOP→KENCVL", ""},
		{"a headline's counted people before a participle are its victims",
			"Two soldiers killed as rebels attack army base in eastern Colombia", "FIGHT COLREB→COLMIL", "cameo:SUPPLEMENT"},
		{"a headline's place before the attack noun is where it struck, not who struck",
			"Five people killed in Kharkiv missile strike", "FIGHT -→UKRCVL", ""},
		{"a time clause with its own subject the parser hung on a noun is an event of its own, with its figure",
			"President Gustavo Petro suspended peace talks with the ELN in January after the group launched an offensive in the Catatumbo region that displaced more than 50,000 people.", "FIGHT COLREB→COLCVL", "noun:OFFENSIVE"},
		{"an object pronoun is never its own clause's subject",
			"Dozens of women marched through Kabul on Sunday to demand the right to work, before Taliban fighters dispersed them.", "ASSAULT AFGMIL→AFGCVL", ""},
		{"a coded span never cuts a person's name",
			"Deputy prime ministers Mher Grigoryan of Armenia and Shahin Mustafayev of Azerbaijan signed the protocol on Thursday.", "AZEGOVDEV", ""},
		{"houses blown up are property destroyed",
			"Israeli troops blew up several houses in the border village of Kfar Kila.", "ASSAULT ISRMIL", "cameo:EXPLOSIVE_DESTRUCTION+homes-destroyed"},
		{"an arrest coordinated with a participle is another act",
			"Security forces fired on a crowd in Conakry, killing two protesters and arresting 40.", "COERCE GIN", "clause:conj"},
		{"a leading participle is a modifier, not the event",
			"Newly appointed Ethiopian Prime Minister Abiy Ahmed refused to meet the envoy.", "REJECT ETHGOV", ""},
		{"ready to strike is a threat, not an offer",
			"Azerbaijan is ready to strike Armenian positions again, its defence ministry said.", "THREATEN AZE", ""},
		{"stopping work is a labour protest",
			"Nurses in Lagos stopped work on the first day of an indefinite strike over pay.", "PROTEST NGA", ""},
		{"preventing a march restricts protest",
			"Police in Kampala prevented opposition supporters from marching to the electoral commission.", "COERCE UGACOP", ""},
		{"answering with force, intended, is a threat",
			"Iran would respond with force to any attack on its soil, its army chief said.", "THREATEN IRN", ""},
		{"X said Y must: Y is the target",
			"The African Union said Sudan's army must hand power to civilians.", "DEMAND IGOAFRAFU→SDN", "must-complement"},
		{"leaders since the Phoenix dictionaries, by surname alone",
			"Zelensky met Macron in Paris on Monday.", "CONSULT UKRGOV→FRAGOV", ""},
		{"an army chief and a paramilitary leader",
			"Burhan rejected talks with Hemedti.", "REJECT SDNMIL→SDNREB", ""},
		{"a headline's present-tense verb after an actor's name",
			"Russia strikes Kyiv suburb after drone attack on Moscow.", "FIGHT RUSMIL→UKR", ""},
		{"protesters blocking a road obstruct, they do not coerce",
			"Kenyan protesters blocked the highway to Mombasa.", "PROTEST KEN", ""},
		{"initialling an agreement is signing it",
			"Rwanda and Burundi initialled a peace agreement in Washington.", "AGREE RWAGOV→BDI", ""},
		{"an attack noun subject whose verb codes nothing is read on its own",
			"A missile attack on the Kharkiv power plant set it ablaze on Sunday, killing two workers.", "FIGHT -→UKR", "attack-noun"},
		{"an operation clearing armed men from a place is force",
			"Nigerian troops cleared Boko Haram fighters from three villages in Borno.", "FIGHT NGAMIL", ""},
		{"a part of a name is no actor: not 'Ta' of 'Lin Ta Lu' as China; a place the dictionaries lack is hit by name",
			"Myanmar jets bombed a monastery near Lin Ta Lu on Friday.", "FIGHT MMRMIL→Lin Ta Lu", ""},
		{"a drone strike on a car is force, not a car bombing; its place's people the target",
			"A Russian drone strike on a car in Kherson killed two men on Friday.", "FIGHT RUSMIL→UKRCVL", ""},
		{"a verb after 'and' shares the subject when the tree misses the coordination",
			"Chad's president condemned the raid as a grave violation of our territory and urged Sudan to arrest those responsible.", "DEMAND TCDGOV→SDN", "cameo:SUPPLEMENT+and"},
		{"a gerund after an aspectual verb is the act",
			"The Lebanese army began deploying additional troops to the border area last month.", "MOBILIZE LBNMIL", ""},
		{"a bombardment is force; a place the dictionaries lack is hit by name",
			"Six civilians died when Houthi forces bombarded Hays, a town south of Hodeidah, on Friday.", "FIGHT YEMREB→Hays", ""},
		{"a place the dictionaries lack takes the country of '<demonym> town'",
			"A Russian drone strike on a car in the southern Ukrainian town of Bilozerka killed two men on Sunday.", "FIGHT RUSMIL→UKRCVL", ""},
		{"intercepting drones is force",
			"Ukrainian air defences intercepted 40 Russian drones over Kyiv overnight.", "FIGHT UKRMIL→RUS", ""},
		{"taking a settlement is force, whatever the side calls it",
			"Russian forces liberated the village of Pishchane, the defence ministry said.", "FIGHT RUSMIL", ""},
		{"a speech act after a 'that' clause is the speaker's",
			"Sudan's foreign minister said that the truce was dead and accused the RSF of shelling El Obeid.", "DISAPPROVE SDNGOV→SDNREB", "cameo:SUPPLEMENT+and"},
		{"WHO in capitals is the health body, not a relative pronoun",
			"WHO chief Tedros called the raid \"a grave violation\" and demanded safe passage for ambulances.", "DEMAND IGOUNOHLHWHO", ""},
		{"the two sides after 'broke out between'",
			"Heavy fighting broke out on Monday between Chad's army and rebels of the FACT movement.", "FIGHT TCDMIL→rebels of the FACT movement", ""},
		{"one does not criticise oneself: a source named again after the verb is no target",
			"China criticised the pact as an attempt to contain Beijing in the Pacific.", "DISAPPROVE CHNGOV→-", ""},
		{"militants based in a country are that country's armed men",
			"India blamed Pakistan-based militants for the attack on the convoy.", "ACCUSE INDGOV→PAKUAF", ""},
		{"co-mediators are no pair of sides",
			"Turkey and Qatar offered to mediate in the dispute.", "AGREE TURGOV→-", ""},
		{"an attack noun with its two sides is a fight",
			"Schools closed in Goma because of clashes between Congolese troops and M23 rebels.", "FIGHT CODMIL→CODREB", "attack-noun"},
		{"a main verb the parser read as a reduced relative is the main verb again",
			"Police in Lagos detained dozens of students.", "COERCE NGACOP", "cameo:"},
		{"a weapon's participle names the attacker by its agent",
			"Shells fired by Sudanese army gunners killed six people in a market in Omdurman.", "SDNMIL→SDNCVL", ""},
		{"an attack carried out by someone, in the passive, is their attack",
			"The rocket attack on the depot near Belgorod was carried out by Ukraine's army, a Ukrainian source said.", "FIGHT UKRMIL→", "clause:root"},
		{"a light verb with its particle takes the act its object names",
			"Ukraine's army carried out a missile attack on an airfield in Russia.", "FIGHT UKRMIL→", "noun:"},
		{"travel for a round of talks is a meeting with the one talked to",
			"Egypt's foreign minister flew to Washington for a fresh round of talks with the US secretary of state.", "CONSULT EGYGOV→USAGOV", ""},
		{"the first of a list of three is a source, not one side of a pair",
			"The foreign ministers of Egypt, Jordan and Qatar flew to Riyadh for talks with the Saudi crown prince.", "CONSULT EGYGOV→SAUGOV", ""},
		{"a complaint lodged with one body against a state is against the state",
			"Armenia lodged a complaint with the International Court of Justice against Azerbaijan.", "DISAPPROVE ARMGOV→AZEGOV", ""},
		{"repelling an attack by someone fights them",
			"Chadian troops repulsed an assault by Boko Haram fighters near Lake Chad.", "FIGHT TCDMIL→NGAREB", ""},
		{"armed men no dictionary names who fought off soldiers' attack are of the soldiers' country",
			"Malian soldiers fought off an attack by gunmen on an army post near the border with Niger.", "FIGHT MLIMIL→MLIUAF", ""},
		{"opening fire on civilians is one-sided violence against the country's civilians",
			"Armed men opened fire on passengers at a bus station in Nigeria's Kaduna state.", "ASSAULT NGAUAF→NGACVL", "clause:"},
		{"an army's force against civilians stays conventional force",
			"Myanmar's army opened fire on villagers in Sagaing.", "FIGHT MMRMIL→", ""},
		{"opening fire near a checkpoint is not reopening a crossing",
			"Gunmen opened fire on soldiers at a checkpoint in Nigeria's Kaduna state.", "FIGHT", ""},
		{"doctors walking out strike",
			"Thousands of junior doctors in Kenya walked out of public hospitals over unpaid wages.", "PROTEST KEN", ""},
		{"a leading participle clause holds no subject",
			"Speaking in Brussels on Thursday, NATO Secretary General Mark Rutte urged Hungary to lift its veto on new aid for Ukraine.", "DEMAND IGOWSTNAT→HUNGOV", ""},
		{"nor when the parser made the participle the root",
			"Visiting Kyiv on Monday, the German chancellor pledged more air defence systems.", "AGREE DEUGOV", ""},
		{"a pronoun opening the clause takes up the sentence before's subject",
			"Poland's president is a critic of the plan. On Monday he vetoed the bill passed by parliament.", "REJECT POLGOV", ""},
		{"a description ('the group') takes up the body the sentence before named",
			"Hezbollah controls much of southern Lebanon. The group fired rockets at northern Israel on Tuesday.", "FIGHT LBNREB→ISR", ""},
		{"so does a possessive ('its fighters')",
			"Al-Shabaab has fought the Somali government for years. Its fighters stormed an army base near Mogadishu on Friday.", "FIGHT SOMREB→SOMMIL", ""},
		{"summoning an envoy is a formal complaint",
			"Japan summoned the Chinese ambassador over the detention of a Japanese citizen.", "DISAPPROVE JPNGOV→CHNGOV", ""},
		{"a crowd gathering protests",
			"Thousands of people gathered outside the parliament in Bratislava.", "PROTEST SVKCVL", ""},
		{"ending ordinary ties sanctions",
			"Azerbaijan suspended flights to Russia after the crash.", "SANCTION AZEGOV→RUSGOV", ""},
		{"'their' takes up the pair the sentence before had as its subject",
			"Serbia and Kosovo have argued over the north for years. Their prime ministers met in Brussels on Monday.", "CONSULT SRBGOV→KSVGOV", ""},
		{"two states clashing fight each other",
			"Thailand and Cambodia clashed along their border in July.", "FIGHT THA", ""},
		{"asking someone to act is a demand",
			"Kenya asked Uganda to release the opposition politician.", "DEMAND KENGOV→UGAGOV", ""},
		{"an arrest warrant is an arrest ordered, by the court that issues it",
			"The ICC issued arrest warrants for two Taliban leaders.", "COERCE IGOJUD", "noun:"},
		{"joint patrols are cooperation",
			"Russian and Chinese bombers flew joint patrols over the Sea of Japan.", "COOPERATE RUS", ""},
		{"dissolving parties bans them",
			"Niger's military rulers dissolved all political parties on Wednesday.", "COERCE NER", ""},
		{"an armed group of Myanmar is its own actor",
			"Fighters of the Ta'ang National Liberation Army captured the town of Mogok.", "FIGHT MMRREB", ""},
		{"an order with a long object and its to-clause",
			"The Israeli army ordered families living in three districts of Khan Younis to move south before dawn.", "DEMAND ISRMIL", ""},
		{"people no dictionary codes may set fire to a place",
			"Masked settlers set fire to olive groves near the Palestinian village of Turmus Ayya.", "ASSAULT settlers→PSECVL", ""},
		{"rioters setting fire to a building riot",
			"Rioters set fire to a courthouse in the Kenyan city of Kisumu.", "PROTEST", ""},
		{"a participle before its noun is no verb",
			"Armed herders attacked farmers in Nigeria's Benue state.", "ASSAULT", "cameo:PHYSICAL_CONFLICT"},
		{"dissolving an electoral commission",
			"Guinea's junta dissolved the electoral commission and seized its offices.", "COERCE GIN", ""},
		{"talks keep their pair when a mediator's 'between' follows the comma",
			"Sudanese and Chadian delegations held talks in Jeddah, with Saudi officials moving between the two rooms.", "CONSULT SDNGOV→TCDGOV", ""},
		{"a denial beside the sentence's main event is still read, negated",
			"Ethiopia's army denied shelling the town of Adigrat and blamed Tigrayan forces for the attack.", "FIGHT ETHMIL→ETHCVL negated", "clause:xcomp"},
		{"gang members are armed men of the country they strike, their 'armed with' a modifier",
			"Gang members armed with machetes attacked the village of Ouanaminthe in northern Haiti on Sunday.", "ASSAULT HTIUAF", ""},
		{"a toll from an attack a day names, on a place no dictionary lists",
			"The toll from Sunday's militia attack on the town of Barsalogho has risen to 40, a local official said.", "ASSAULT -→BFACVL", "attack-noun"},
		{"hosted talks are between their pair",
			"Turkey hosted talks between Somalia and Ethiopia in Ankara on Wednesday.", "CONSULT SOMGOV→ETHGOV", ""},
		{"hosted talks keep their pair when their place and day come first",
			"Oman hosted talks in Muscat on Saturday between Iran and the United States over sanctions relief.", "CONSULT IRNGOV→USAGOV", ""},
		{"a prisoner exchange carried out by two sides",
			"Armenia and Azerbaijan carried out a prisoner exchange at the border on Monday.", "RETREAT ARMGOV→AZEGOV", ""},
		{"a statement about a referenced protest also gives the protest",
			"Georgia's prime minister thanked the police for their handling of Sunday's protest in the capital.", "PROTEST", "event-noun:PROTEST"},
		{"two states' officers by their titles are the pair of talks",
			"Serbia's foreign minister and Kosovo's prime minister held talks in Brussels on Monday.", "CONSULT SRBGOV→KSVGOV", "noun:TALKS+pair"},
		{"territory is taken from its holder, an article-prefixed name too",
			"Kenyan and Somali troops retook the port of Kudha from al-Shabaab fighters.", "FIGHT KENMIL→SOMREB", ""},
		{"a fronted participle clause leaves the main verb its subject",
			"Supported by drones, Ukrainian troops recaptured the village of Robotyne from Russian forces.", "FIGHT UKRMIL→RUSMIL", ""},
		{"drugs seized are property confiscated, by marines too",
			"Colombian marines seized two tonnes of cocaine from a semi-submersible in the Pacific.", "COERCE COLMIL", ""},
		{"relief flown in is humanitarian aid",
			"UNICEF flew 30 tonnes of vaccines and medicines into Port-au-Prince.", "AID IGO", ""},
		{"arms sent go to the receiver, not to the sender's military",
			"Norway sent air defence systems to Ukraine last month.", "AID NORGOV→UKR", ""},
		{"extending martial law imposes it again",
			"Ukraine's parliament extended martial law for another 90 days.", "COERCE UKR", ""},
		{"a possessor's second body is the other side, and where they met is neither",
			"Ethiopia's government and opposition met in Nairobi on Monday.", "CONSULT ETHGOV→ETHOPP", ""},
		{"drones and missiles launched at a country are aerial weapons used on it",
			"Russia launched 80 drones and four cruise missiles at Ukraine overnight.", "FIGHT RUSMIL→UKR", "cameo:START+weapons-launched"},
		{"a parliament approving a state of emergency imposes it",
			"Ecuador's national assembly approved a 60-day state of emergency in three provinces.", "COERCE ECU", "noun:EMERGENCY+approved"},
		{"a general strike that is the subject of a verb no dictionary codes is a protest of the country's people",
			"A nationwide strike called by the unions shut down Lagos on Tuesday.", "PROTEST NGACVL", "attack-noun:STRIKE"},
		{"people released where no releaser is named are freed in that country",
			"Three abducted nuns were released near Port-au-Prince on Friday.", "RETREAT -→HTICVL", ""},
		{"a killing the subject says a strike did is conventional force",
			"Russian strike kills 5 in Sumy, governor says", "FIGHT RUSMIL", ""},
		{"an operation against armed men no dictionary names is a fight with the country's armed men",
			"Nigerian police launched an operation against bandits in Zamfara state on Friday.", "FIGHT NGACOP→NGAUAF", ""},
		{"money announced in aid for a country is aid to it",
			"Canada announced 50 million dollars in humanitarian aid for Haiti on Monday.", "AID CANGOV→HTI", "noun:AID"},
		{"people a relative with its own time says were taken earlier are freed in the sentence's act",
			"Three Kenyan engineers abducted in Somalia in March were released on Friday, their employer said.", "RETREAT", ""},
		{"an abduction carried out by someone is the act",
			"The abduction of 12 pupils in Kaduna on Monday was carried out by bandits.", "ASSAULT -→NGACVL", ""},
		{"a mediator shuttling between two delegations mediates between their two sides",
			"Egypt's foreign minister shuttled between the Sudanese and Ethiopian delegations in Cairo on Monday.", "CONSULT SDNGOV→ETHGOV", "cameo:SEND+mediated"},
		{"people who clash with police during protests riot",
			"Hundreds of students clashed with police outside parliament in Nairobi on Monday during protests against new taxes.", "PROTEST KEN", ""},
		{"an attack after 'after' and four words of its own is still the sentence's",
			"Flights at Sochi airport were suspended on Sunday after a Ukrainian long-range drone attack damaged a fuel depot.", "FIGHT UKRMIL", "attack-noun:ATTACK"},
		{"forces sent to another state to help it are aid to that state",
			"Kenya sent 1,000 police officers to Haiti to help fight the gangs.", "AID KENGOV→HTI", "cameo:SEND+forces-to-help"},
		{"forces sent within the sender's own country are a deployment",
			"Colombia sent 500 troops to Cauca to help restore order.", "MOBILIZE COLGOV", ""},
		{"a body suspending a member state from its activities sanctions it",
			"The African Union suspended Niger from all its activities.", "SANCTION IGOAFRAFU→NERGOV", ""},
		{"the bodies of the fallen exchanged by two sides are a swap",
			"Russia and Ukraine exchanged the bodies of 1,000 fallen soldiers on Friday.", "RETREAT RUSGOV→UKRGOV", ""},
		{"fire exchanged with soldiers is no swap",
			"Pakistani troops exchanged fire with Indian soldiers along the Line of Control on Friday.", "FIGHT PAKMIL→INDMIL", ""},
		{"people a state's police detain at home are that state's people",
			"Polish police detained 12 farmers near the border crossing.", "COERCE POLCOP→POLAGR", ""},
		{"what two sides trade, each does to the other",
			"Ethiopia and Eritrea traded accusations on Monday over troop movements near their border.", "DISAPPROVE ETHGOV→ERIGOV", ""},
		{"a time clause with its own named subject is a happening, not what an envoy was summoned for",
			"The Philippines summoned China's ambassador after a Chinese coast guard vessel fired a water cannon at a Philippine supply boat.", "CHNMIL→PHLCVL", "clause:advcl"},
		{"an armed body no dictionary names, a gang coalition, in a time clause",
			"At least 12 people were killed and hundreds of prisoners escaped after the Viv Ansanm gang coalition overran Mirebalais in central Haiti.", "FIGHT HTIUAF", "clause:advcl"},
		{"what a subject survived it did not do",
			"Hamas said its negotiating team had survived the Israeli strike in the Qatari capital the day before.", "ISRGOV→QATCVL", "event-noun:STRIKE"},
		{"an army fired on by someone unnamed fights",
			"The Israeli military said six of its soldiers were wounded when they came under fire during an operation in Beit Jinn.", "FIGHT -→ISRMIL", ""},
		{"clashes that break out during a protest are its riot",
			"Clashes broke out in central Lima during Wednesday's anti-government protest, leaving one dead.", "PROTEST PERCVL", ""},
		{"a host receiving the leaders of two states hosts their talks",
			"Erdogan hosted the leaders of Somalia and Ethiopia in the Turkish capital on Wednesday.", "CONSULT SOMGOV→ETHGOV", "cameo:HOST+hosted-leaders"},
		{"a killing that names its victims and who killed them is a happening",
			"Amnesty International condemned the killing of four protesters by Tanzanian police on Thursday.", "ASSAULT TZACOP", "event-noun:KILLING"},
		{"pirates hijacking a ship abduct",
			"Somali pirates hijacked a bulk carrier off the coast of Puntland on Saturday.", "ASSAULT", "cameo:TAKE_CONTROL+hijacked"},
		{"armed men boarding a ship hijack it",
			"The EU's naval mission said armed men had boarded the ship off Eyl the day before.", "ASSAULT", "clause:ccomp:SUPPLEMENT+boarded"},
		{"a pair of which one side is coded consults no one else, not itself",
			"Iranian and European diplomats met in Istanbul on Sunday for talks on Tehran's nuclear programme.", "CONSULT IRNGOV→-", ""},
		{"talks 'between' sides no dictionary codes do not take the pair's place",
			"India and China agreed to resume border patrols in eastern Ladakh after talks between their military commanders.", "AGREE INDGOV→CHNGOV", ""},
		{"warning shots fired at no one threaten",
			"South Korea's military fired warning shots after North Korean soldiers briefly crossed the demarcation line.", "THREATEN KORMIL", "cameo:EXPLOSIVE_DESTRUCTION+warning-shots"},
		{"warning shots fired at people are fire",
			"The army said its soldiers had fired warning shots at suspects who approached troops near Rafah.", "FIGHT", ""},
		{"a reduced relative before a trailing attribution leaves its subject to the verb after it",
			"Insurgents linked to the Islamic State beheaded 11 villagers in Mozambique's Cabo Delgado province, local sources said.", "ASSAULT MOZREB→MOZCVL", "clause:root"},
		{"a weapon that rips through a place, killing people there",
			"A car bomb ripped through a market in the Somali town of Beledweyne on Saturday, killing 13 people.", "ASSAULT -→SOMCVL", ""},
		{"armed men no dictionary names, killed as the object, are the country's armed men",
			"Cameroon's army said it had killed seven separatist fighters in a raid on a camp in the Northwest region.", "FIGHT CMRMIL→CMRUAF", ""},
		{"police force at people is on that state's people",
			"Police in Kinshasa fired tear gas at opposition supporters outside the electoral commission.", "ASSAULT CODCOP→CODOPP", ""},
		{"a member blocking a statement rejects it",
			"Hungary blocked a European Union statement condemning Israel's settlement expansion.", "REJECT HUNGOV", "cameo:EXCLUDE+blocked-decision"},
		{"talks in a city 'between' two sides the parser split over the city are the two sides'",
			"Monday's negotiations in Istanbul between Moscow and Kyiv lasted just over an hour, a Turkish official said.", "CONSULT RUSGOV→UKRGOV", ""},
		{"protesters marching demonstrate, in the capital a nationality names",
			"Protesters marched through the Nigerien capital on Saturday calling for American soldiers to leave.", "PROTEST NERCVL", ""},
		{"a pair that attacks a third together is no pair of sides",
			"Haitian police and Kenyan officers killed several gang members in an operation in the Delmas district of Port-au-Prince on Tuesday.", "FIGHT HTI", ""},
		{"what the accused did, read as a gerund after 'of', is their act",
			"Tajikistan accused Kyrgyz forces of opening fire on its border post near Batken on Wednesday.", "FIGHT KGZMIL", "clause:acl"},
		{"talks that failed happened",
			"Egypt said Monday's talks with Ethiopia in Cairo had failed to narrow differences over the dam.", "CONSULT", "event-noun:TALKS"},
		{"two sides trading blame accuse each other",
			"Sudan's army and the RSF traded blame on Tuesday for the attack on an aid convoy in North Darfur the day before.", "DISAPPROVE SDNMIL→SDNREB", "cameo:TRADE+blame-traded"},
		{"a decision by someone to expel an envoy, a day names, is their expulsion",
			"France said it had taken note of Monday's decision by Bamako to expel its ambassador.", "SANCTION MLIGOV", "clause:advcl"},
		{"what a leader calls an attack, past its phrase, names it: the attack is not his",
			"Ukraine's foreign minister called Sunday's attack on Zaporizhzhia a war crime.", "ASSAULT -→UKRCVL", ""},
		{"who released captives, by the possessive",
			"Hamas's release of three Israeli hostages in Gaza on Saturday was welcomed by the mediators.", "RETREAT PSEREBHMS→ISRGOV", ""},
		{"force against protesters that police are accused of is their act",
			"Amnesty International accused Nigerian police of using excessive force against protesters in Lagos the day before.", "ASSAULT NGACOP", "clause:acl"},
		{"drills a day names, in a statement about them, happened",
			"Washington urged Beijing on Sunday to show restraint after Saturday's drills around Taiwan.", "MOBILIZE", "event-noun:DRILLS"},
		{"a headline's trailing attribution is not the verb's object",
			"Drone strike on Sumy bus kills 9, regional governor says", "FIGHT -→UKRCVL", ""},
		{"an accuser no dictionary codes still reports the accused act",
			"Rights groups accused Togolese police of beating protesters in Lome.", "ASSAULT TGOCOP", "clause:"},
		{"strikes an envoy is summoned over are his state's",
			"Iraq's foreign ministry summoned the Turkish ambassador over Friday's strikes in the Kurdistan region.", "FIGHT TURMIL", "event-noun:STRIKES"},
		{"prisoners released in a country, their releaser unnamed, its state released",
			"The opposition leader welcomed Saturday's release of 16 prisoners in Belarus.", "RETREAT BLRGOV", "event-noun:RELEASE"},
		{"police no dictionary places, at a place the sentence names, keep their words",
			"Police in Novi Sad detained 14 students on Saturday.", "COERCE Police in Novi Sad", "cameo:"},
		{"a demonym before a group of another country's names its country",
			"The Pakistani Taliban claimed Friday's attack on the checkpost in Bannu.", "ASSAULT PAKREB", ""},
		{"a cargo ship an armed group seizes is hijacked, and no sea is its target",
			"Houthi forces seized a cargo ship in the Red Sea on Thursday.", "ASSAULT YEMREB→-", ""},
		{"a cargo ship linked to a country's business is no military target",
			"The Houthis seized a cargo ship linked to an Israeli businessman in the Red Sea on Sunday.", "ASSAULT YEMREB→ISRBUS", ""},
		{"a state seizing a tanker confiscates it",
			"Iran's Revolutionary Guards seized a foreign oil tanker in the Strait of Hormuz on Wednesday.", "COERCE IRN", ""},
		{"arrests a day names that police are accused of happened",
			"Imran Khan's party accused police of arresting its supporters in Islamabad the day before.", "COERCE PAKCOP", "clause:"},
		{"clashes with protesters are their riot",
			"Kosovo police said 25 officers were injured in clashes with Serb demonstrators in Zvecan on Monday.", "PROTEST SRBCVL", "attack-noun:CLASHES"},
		{"assets frozen are whose they are, not the country that names them",
			"Washington froze any US assets of General Abdel Fattah al-Burhan on Thursday.", "SANCTION USAGOV→SDNMIL", ""},
		{"diplomats declared persona non grata are expelled, by the agent",
			"Two Estonian diplomats were declared persona non grata by Russia on Friday, the Russian foreign ministry said.", "SANCTION RUSGOV→ESTGOV", ""},
		{"diplomats declared persona non grata are expelled, by the subject",
			"Russia declared two Estonian diplomats persona non grata on Friday.", "SANCTION RUSGOV→ESTGOV", ""},
		{"an attack in retaliation is an attack, not a criticism 'for' something",
			"The Taliban government said its forces had attacked Pakistani border posts on Saturday in retaliation for air strikes on Kabul.", "FIGHT AFG", ""},
		{"two coordinated subjects of talks are its two sides, not one side and the venue",
			"Sudan's army and the RSF held talks in Jeddah on Saturday.", "CONSULT SDNMIL→SDNREB", ""},
		{"a named group's positions are the group's, not a state's army",
			"Turkish warplanes bombed suspected PKK positions in northern Iraq.", "FIGHT TURMIL→TURREB", ""},
		{"artillery rounds are a weapon: the attacker unnamed",
			"Artillery rounds struck a hospital in El Fasher on Friday.", "FIGHT -→SDNCVL", "clause:root"},
		{"a verb after a reduced relative's agent, before an attribution, is the main verb; no pattern of the relative reaches past it",
			"Shells fired by M23 rebels slammed into a camp for displaced families outside Sake on Tuesday, killing nine people, a UN spokesperson said.", "FIGHT CODREB→", ""},
		{"people of a place ordered to act are its people, not its government",
			"Israel's military ordered residents of 20 villages in southern Lebanon to evacuate ahead of strikes.", "DEMAND ISRMIL→LBNCVL", ""},
		{"drones a country launched, shot down, are its military",
			"Ukraine shot down 40 of the 55 drones Russia launched overnight, the air force said.", "FIGHT UKRMIL→RUSMIL", ""},
		{"'its positions' in an accused act are the accuser's army",
			"Azerbaijan accused Armenian forces of firing on its positions near the border village of Sofulu.", "FIGHT ARMMIL→AZEMIL", "clause:"},
		{"the attacker a reporter blames, after 'said', is the unnamed attacker's name",
			"A drone hit a bus in Kherson on Monday, killing three passengers, the regional governor said, blaming Russia.", "FIGHT RUSMIL→UKRCVL", "clause:root"},
		{"a country's forces and a militia that fought are the fight's two sides",
			"Ethiopian federal forces and Fano militiamen fought for control of the town of Lalibela on Sunday, residents said.", "FIGHT ETHMIL→ETHREB", ""},
		{"a scare quote does not lead the parse off the clause: the act after it is read",
			"Ethiopia's government said the army had \"cleared\" the town of \"extremist elements\" and killed more than 50 Fano fighters.", "FIGHT ETHMIL→ETHREB", "clause:conj"},
		{"an armed side's withdrawal is a military retreat, and what a denier says instead is not denied",
			"A Fano spokesman denied the claim, saying the militia had withdrawn to the surrounding hills to spare civilians.", "RETREAT ETHREB", "clause:"},
		{"being in talks with someone is consulting them",
			"Ukraine is in talks with the United States about air defence systems.", "CONSULT UKRGOV→USAGOV", "in-talks"},
		{"the killers of a toll 'in an attack' are the attack's attackers",
			"Militants killed at least 21 soldiers in an attack on an army base in central Mali on Wednesday.", "MLIUAF→MLIMIL", "attack-noun:ATTACK"},
		{"a group that claims responsibility for an assault is its attacker, named though no dictionary codes it",
			"The al Qaeda-affiliated JNIM group claimed responsibility for the assault on the base near the town of Boulkessi in Mali.", "ASSAULT MLIREB→MLIMIL", "noun:ASSAULT"},
		{"people who marched, policed, are a protest of their own, by their sector",
			"Police in Bangladesh fired tear gas and rubber bullets at thousands of students who marched on the prime minister's office on Monday.", "PROTEST BGDEDU", "clause:acl"},
		{"gunmen shooting at a wedding somewhere are an assault on the people there, not on the state",
			"Gunmen on motorcycles opened fire on a wedding party in northwestern Nigeria, killing 18 guests.", "ASSAULT NGAUAF→NGACVL", "clause:root"},
		{"a military helicopter shot down is the army's",
			"Rebels shot down a military helicopter in eastern Congo, killing all five crew members, the army said.", "FIGHT CODREB→CODMIL", ""},
		{"cities taken are territory occupied",
			"M23 rebels seized the cities of Goma and Bukavu in January.", "FIGHT CODREB→CODCVL", ""},
		{"a state's own troops it withdraws are no target; whom the territory is left to is",
			"Rwanda will withdraw its troops from Congolese territory within 90 days.", "RWAGOV→CODGOV", ""},
		{"a name modifying a settlement noun after a preposition is the place",
			"Israeli troops killed four Palestinians during a raid on the Jenin refugee camp on Wednesday.", "FIGHT ISRMIL→PSECVL", ""},
		{"whom fire came from is the attacker of who came under it",
			"Israeli forces came under fire from gunmen during the operation in Jenin.", "FIGHT PSEUAF→ISRMIL", ""},
		{"a patrol that came under attack is the army's, the militants its attackers",
			"A patrol came under attack from militants near Kidal.", "FIGHT MLIUAF→MLIMIL", ""},
		{"a murder the accused are accused of, hung on the accuser's day, is theirs",
			"Venezuela accused Washington on Wednesday of murdering 11 fishermen.", "ASSAULT USAGOV", "clause:"},
		{"an operation stepped up is the fighting, not cooperation",
			"Israel expanded its ground operation in the south of Gaza.", "FIGHT ISRMIL", "cameo:BOOST+escalated"},
		{"the ambassadors of a region of many countries are not the United States'",
			"Venezuela expelled the ambassadors of seven Latin American countries.", "SANCTION VENGOV→-", "cameo:"},
		{"a participle mediated by someone is their mediation, not the subject's concession",
			"Armenia and Azerbaijan exchanged prisoners on Friday, mediated by Qatar.", "CONSULT QATGOV", "clause:conj:COMPROMISE+mediated-by"},
		{"a light verb carries the attack its object names, not a pattern on the attack's modifier",
			"The Ethiopian government denied carrying out drone strikes in the Amhara region.", "FIGHT ETHGOV", "noun:STRIKES"},
		{"foreign troops ordered to leave are asked to act, not deployed",
			"The junta in Niger ordered French troops to leave the country by the end of the year.", "DEMAND NERGOV→FRAMIL", "cameo:OVERSEE_MANAGE+order"},
		{"'the group' in what an official told an outlet is the official's group, not the outlet",
			"A senior Hamas official told Reuters the group was ready to release all remaining hostages.", "AGREE PSEREBHMS", "cameo:"},
		{"a rally broken up is its people, not what they rallied against",
			"Police broke up a rally against the European Union in Tbilisi, injuring 12 people.", "ASSAULT GEOCOP→GEOCVL", "cameo:"},
		{"a march broken up is its marchers, in the clause coder too",
			"Six demonstrators died in Mombasa when police broke up a march against the UN mission, the governor said.", "ASSAULT KENCOP→KENCVL", "clause:advcl"},
		{"rebel positions struck are the rebels', not the army's of the place",
			"Congolese troops shelled rebel positions near Goma on Sunday.", "FIGHT CODMIL→CODREB", "cameo:"},
		{"'the bloc' in what a body's official says is that body",
			"The EU's foreign policy chief said the bloc would not recognise the annexation.", "REJECT IGOEUREEC", "cameo:"},
		{"rebel forces the dictionaries do not name are the place's rebels, not its army",
			"Rebel forces seized the airport in Goma on Monday.", "FIGHT CODREB", "cameo:"},
		{"a city before an attack noun, after an article, is where it struck, not who struck; a day after 'on' is no target",
			"Nine people were killed in a Kharkiv missile strike on Thursday.", "FIGHT -→UKRCVL", ""},
		{"sanctions on gang leaders in a country are on its armed men, not its government",
			"The US imposed sanctions on two gang leaders in Haiti.", "SANCTION USAGOV→HTIUAF", "noun:SANCTIONS"},
		{"militants a state's police arrest, with no place named, are armed men of its country",
			"Indonesian police arrested five suspected militants planning attacks on churches.", "COERCE IDNCOP→IDNUAF", "cameo:"},
		{"protesters a state's police disperse, with no place named, are its people (clause coder)",
			"Peruvian police used tear gas to disperse thousands of protesters demanding new elections.", "ASSAULT PERCOP→PERCVL", "clause:"},
		{"a rebel commander killed is an armed man, not a civilian",
			"The Philippine army said it killed a rebel commander in a clash on Mindanao.", "FIGHT PHLMIL→PHLUAF", "cameo:"},
		{"a crossing closed restricts movement, as a border closed does",
			"Pakistan closed the Torkham crossing to all traffic after the clash.", "COERCE PAKGOV", "cameo:CANCEL+crossing-closed"},
		{"strikes intensified on a place are the strikes",
			"Turkey intensified its drone strikes on Kurdish fighters in Syria.", "FIGHT TURMIL", "cameo:BOOST+escalated"},
	} {
		doc := full(t, tc.text, "2025-06-13")
		var got []string
		found := false
		for _, e := range doc.Events {
			d := describe(e)
			got = append(got, d+" ("+e.Coder+")")
			if strings.Contains(d, tc.want) && strings.HasPrefix(e.Coder, tc.rule) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q\n got %v\nwant %s by %s…", tc.name, tc.text, got, tc.want, tc.rule)
		}
	}
}

// A body meeting on its own consults no one; with a counterpart it does.
func TestBodyMeetingAlone(t *testing.T) {
	if evs := full(t, "Israel's security cabinet met late into the night.", "2025-06-13").Events; len(evs) != 0 {
		t.Errorf("a cabinet meeting alone: %v", evs)
	}
	doc := full(t, "Israel's security cabinet met with the US envoy late into the night.", "2025-06-13")
	if len(doc.Events) != 1 || describe(doc.Events[0]) != "CONSULT ISRGOV→USAGOV" {
		t.Errorf("a cabinet meeting an envoy: %v", doc.Events)
	}
}

func TestReportedByAndDenial(t *testing.T) {
	doc := full(t, "Russian occupiers shelled the southern city of Kherson, killing four civilians, the governor said. The Kremlin denied targeting civilians.", "2026-03-20")
	if len(doc.Events) < 2 {
		t.Fatalf("events = %+v", doc.Events)
	}
	if r := doc.Events[0].ReportedBy; r == nil || !strings.Contains(r.Name, "governor") {
		t.Errorf("the shelling's reported_by = %+v, want the governor", r)
	}
	last := doc.Events[len(doc.Events)-1]
	if !last.Negated || last.ReportedBy == nil || last.ReportedBy.Code != "RUSGOV" {
		t.Errorf("the denied event = %+v, want negated and reported by the Kremlin", last)
	}
}

// TestActsAreNoReportOfTheNextAct checks that a verb the quote stage reads
// as a cue but the event stage codes as an act ("suspended all trade")
// does not make the act coordinated with it a report of its subject.
func TestActsAreNoReportOfTheNextAct(t *testing.T) {
	doc := full(t, "Pakistan suspended all trade with India and closed the Wagah border crossing.", "2025-04-25")
	if len(doc.Events) < 2 {
		t.Fatalf("events = %+v, want the suspension and the closure", doc.Events)
	}
	for _, e := range doc.Events {
		if e.ReportedBy != nil {
			t.Errorf("%s: reported_by = %+v, want none (the outlet's own report)", describe(e), e.ReportedBy)
		}
	}
}

func TestNonStateArmedGroupsAreTheirOwnActors(t *testing.T) {
	for text, want := range map[string]string{
		"The Rapid Support Forces shelled a displacement camp in El Fasher on Wednesday.": "SDNREB",
		"Houthi rebels fired two missiles at a cargo ship in the Red Sea.":                "YEMREB",
		"M23 rebels seized the town of Walikale.":                                         "CODREB",
		"Hamas leaders rejected the proposal on Sunday.":                                  "PSEREBHMS",
		"Houthi officials threatened to close the strait.":                                "YEMREB",
	} {
		doc := full(t, text, "2026-07-01")
		if len(doc.Events) == 0 || doc.Events[0].Source == nil || doc.Events[0].Source.Code != want {
			var got []string
			for _, e := range doc.Events {
				got = append(got, describe(e))
			}
			t.Errorf("%q: events %v, want the source %s", text, got, want)
		}
	}
}

// TestGroupMentionEndsBeforeItsPreposition checks that a nationality and
// agent noun ("the Mexican embassy") ends before the place phrase after it,
// so that the event coder does not read "in" as part of the actor.
func TestGroupMentionEndsBeforeItsPreposition(t *testing.T) {
	doc := full(t, "Police surrounded the Mexican embassy in Quito on Friday.", "2025-04-25")
	for _, m := range doc.Mentions {
		if strings.HasPrefix(m.Text, "Mexican embassy") {
			if m.Text != "Mexican embassy" {
				t.Errorf("mention %q, want %q", m.Text, "Mexican embassy")
			}
			return
		}
	}
	t.Errorf("no mention of the embassy in %+v", doc.Mentions)
}

// TestWireStoryShapes codes the shapes a fresh wire story from eastern
// Congo showed wrong: a dateline with a long country name, a place after
// "the outskirts of", a group named again by description, a subject with a
// non-restrictive relative clause before its verb, troops sent to a border
// and "Congo" alone.
func TestWireStoryShapes(t *testing.T) {
	doc := full(t, "BUKAVU, Democratic Republic of Congo (Wire) — M23 rebels shelled the outskirts of Fizi on Monday, "+
		"killing five villagers, a Red Cross official said, two days after talks broke down in Doha. "+
		"The rebel alliance accused the Congolese army of bombing its positions.", "2026-11-20")
	var shelled, accused *chronicle.Event
	for i, e := range doc.Events {
		switch e.Trigger.Text {
		case "shelled":
			shelled = &doc.Events[i]
		case "accused":
			accused = &doc.Events[i]
		}
	}
	if shelled == nil || shelled.Source == nil || shelled.Source.Code != "CODREB" || shelled.Location != "Fizi" {
		t.Errorf("the shelling: %+v, want M23 (CODREB) in Fizi", shelled)
	}
	if accused == nil || describe(*accused) != "DISAPPROVE CODREB→CODMIL" {
		t.Errorf("the accusation: %+v, want the rebel alliance (M23) accusing the army", accused)
	}
	// a place in a later subordinate clause is not the event's
	for _, e := range full(t, "Egypt reopened the Rafah crossing on Sunday as negotiators met in Doha.", "2026-11-20").Events {
		if e.Type == "RETREAT" && e.Location == "Doha" {
			t.Errorf("the crossing reopened in Doha: %+v", e)
		}
	}
	// a headline's passive of blame without "be": the accused accuse no one
	for _, e := range full(t, "Sudan army accused over deadly strike on Darfur market", "2026-11-20").Events {
		if e.Type == "DISAPPROVE" && e.Source != nil && strings.HasPrefix(e.Source.Code, "SDN") {
			t.Errorf("the accused as accuser: %s", describe(e))
		}
	}
	for text, want := range map[string]string{
		"The European Union, which mediated between Belgrade and Pristina last year, called on both sides to show restraint.": "DEMAND IGOEUREEC",
		"Burundi sent troops to the border on Monday.": "MOBILIZE BDIGOV→-",
		"Congo accused Rwanda of arming the rebels.":   "DISAPPROVE CODGOV→RWA",
	} {
		doc := full(t, text, "2026-11-20")
		var got []string
		found := false
		for _, e := range doc.Events {
			got = append(got, describe(e))
			found = found || strings.HasPrefix(describe(e), want)
		}
		if !found {
			t.Errorf("%q: events %v, want %s", text, got, want)
		}
	}
}

// Where and when an event happened, as reports name them differently.
func TestPlacesAndDatesAsReportsNameThem(t *testing.T) {
	for _, tc := range []struct{ name, text, published, typ, place, date string }{
		{"a demonym's capital is the city", "Protesters gathered in the Georgian capital on Friday to demand new elections.",
			"2026-04-11", "PROTEST", "Tbilisi", "2026-04-10"},
		{"a capital no entity covers", "Russian missiles hit an energy facility in the Ukrainian capital on Monday.",
			"2026-04-14", "FIGHT", "Kyiv", "2026-04-13"},
		{"'the city' refers back to the place named before it", "Minsk's police chief said 40 people had been taken into custody at a rally in the city.",
			"2026-04-14", "COERCE", "Minsk", ""},
		{"a relative clause with the toll dates the happening it describes",
			"Mali's president condemned the massacre in Diallassagou, where gunmen killed 132 villagers on Saturday.",
			"2026-06-22", "ASSAULT", "Diallassagou", "2026-06-20"},
		{"'the capital' after a country named before is its capital",
			"Georgia's prime minister thanked the police for their handling of Sunday's protest in the capital.",
			"2026-06-22", "PROTEST", "Tbilisi", "2026-06-21"},
		{"the event's own day beats the dateline's", "AMMAN, April 14 - Jordanian and Syrian officials held talks on border security in Amman on Sunday, a ministry spokesman said.",
			"2026-04-14", "CONSULT", "Amman", "2026-04-12"},
		{"the day the tree hangs on the act beats a nearer day of the report",
			"The Israeli army said on Thursday its jets had bombed a weapons depot in Tyre on Tuesday.",
			"2026-05-08", "FIGHT", "Tyre", "2026-05-05"},
		{"a place that names the site an attack struck is where it happened",
			"Kyiv said its missiles had destroyed the Dzhankoi airbase on Wednesday.",
			"2026-05-08", "FIGHT", "Dzhankoi", "2026-05-06"},
		{"a clause after 'after' read as a phrase is a happening of its own, dated by 'a day after'",
			"The mayor of Bishkek closed the bazaar on Friday, a day after vendors fought with police in the city.",
			"2026-05-09", "ASSAULT", "Bishkek", "2026-05-07"},
		{"an attack a response refers to, with its toll but no place, happened at the sentence's only place",
			"Kenya's health minister flew to Mandera on Thursday after Wednesday's attack on the camp, which officials said had killed 30 people.",
			"2026-05-15", "ASSAULT", "Mandera", "2026-05-13"},
		{"people a participle says were arrested on a day the phrase names: that arrest, then",
			"Lawyers in Tbilisi said on Wednesday that the activists detained at Monday's rally had been freed.",
			"2026-05-14", "COERCE", "Tbilisi", "2026-05-11"},
		{"arrests made as a crowd rallied somewhere happened there",
			"Serbian police arrested 14 people as thousands of students marched through Novi Sad on Saturday, the interior ministry said.",
			"2026-03-16", "COERCE", "Novi Sad", "2026-03-14"},
		{"a truce a statement refers to by the clause that agreed it is that agreement, dated by its clause",
			"Armenia accused Azerbaijan on Friday of breaking the truce the two sides signed in Geneva on Tuesday.",
			"2026-05-16", "AGREE", "Geneva", "2026-05-12"},
		{"a strike on a place where people sheltered on a day is dated by that day",
			"Sudanese army jets bombed a school in Kordofan where families were sheltering on Thursday night, killing 14 people.",
			"2026-05-16", "FIGHT", "Kordofan", "2026-05-14"},
		{"a statement about an attack a day names: the attack, where it struck",
			"Syria's foreign ministry condemned Sunday's attack on the outskirts of the capital.",
			"2026-05-12", "ASSAULT", "Damascus", "2026-05-10"},
		{"people taken into custody were arrested by the state of the place",
			"Nine activists were taken into custody on Monday in raids across Minsk, their lawyers said.",
			"2026-05-12", "COERCE", "Minsk", "2026-05-11"},
		{"a city's suburbs are in the city",
			"A drone strike hit a house in Khartoum's northern suburbs on Friday, killing three people.",
			"2026-05-12", "FIGHT", "Khartoum", "2026-05-08"},
		{"'a day earlier' counts from the day the sentence names, not from publication",
			"Ukraine's army said on Monday that its troops had repelled an attack on Kherson a day earlier.",
			"2026-05-13", "FIGHT", "Kherson", "2026-05-10"},
		{"an attack that is the subject of what it caused is the happening",
			"Heavy shelling of Kharkiv by Russian forces on Sunday forced hundreds of families to leave their homes.",
			"2026-05-12", "FIGHT", "Kharkiv", "2026-05-10"},
		{"a place the sentence puts in a wider one carries it, so either agrees",
			"Gunmen killed four police officers in the town of Tame, in Arauca, on Monday.",
			"2026-05-12", "", "Tame, Arauca", "2026-05-11"},
		{"a 'when' clause of the toll dates it",
			"Kenya's army said on Thursday that three soldiers died when their truck hit a mine near Mandera two days earlier.",
			"2026-05-15", "", "", "2026-05-12"},
		{"a place an attack strikes is where it happened",
			"Russian forces shelled Kramatorsk on Sunday, wounding 11 people.",
			"2026-09-07", "FIGHT", "Kramatorsk", "2026-09-06"},
		{"an unknown plural after 'when' is the subject of its clause",
			"Two fishermen were wounded when drones struck a jetty in Kherson on Friday.",
			"2026-05-11", "FIGHT", "Kherson", "2026-05-08"},
		{"an unnamed military aircraft in a 'when' clause is the military of the country the place is in, at the narrower place",
			"Nine people died when a military jet bombed a school in a village of northern Chad's Ennedi region on Sunday.",
			"2026-05-12", "", "Ennedi region", "2026-05-10"},
		{"a struck place the name tagger took for a person is still where it happened",
			"Armed bandits attacked Ganyesa on Saturday, local officials said.",
			"2026-05-12", "", "Ganyesa", "2026-05-09"},
		{"a town taken is occupied, at the town, in the place its apposition names",
			"Rebels captured Ganyesa, a cattle-market town in North West province, on Friday, officials said.",
			"2026-05-12", "FIGHT", "Ganyesa, North West", "2026-05-08"},
		{"'a day after' opens a clause with its own subject, a day before the day it hangs on",
			"The army said on Sunday it had withdrawn from Kitona to protect civilians, a day after rebels seized the town.",
			"2026-05-12", "FIGHT", "", "2026-05-09"},
		{"the transfer of detainees between two sides is an exchange, dated by its own clause",
			"The Red Cross said on Tuesday it had completed the transfer of 80 detainees between the Sudanese army and the RSF the day before.",
			"2026-05-13", "RETREAT", "", "2026-05-11"},
		{"beside a statement, people detained on a day they name were detained: a happening of its own",
			"Rights groups on Thursday demanded the release of the students arrested in Minsk two days earlier.",
			"2026-05-15", "COERCE", "Minsk", "2026-05-12"},
		{"an area keeps its area noun, so that a province is known from a town",
			"Rebels blew up a power line in Colombia's Cauca province on Monday.",
			"2026-05-12", "", "Cauca province", "2026-05-11"},
		{"weapons striking where the clause names no place strike at the sentence's one place",
			"Ferries at Mokha's harbour were halted on Tuesday, a day after drones hit fuel tanks by the quay.",
			"2026-05-13", "FIGHT", "Mokha", "2026-05-11"},
		{"an attack that is the subject of a verb no dictionary codes is the sentence's event",
			"A rocket attack set a fuel depot ablaze in Engels on Sunday.",
			"2026-05-12", "", "Engels", "2026-05-10"},
		{"a pipeline named after places is no place; the town near it is",
			"Saboteurs blew up the Kirkuk-Ceyhan pipeline near the town of Zakho on Monday.",
			"2026-05-12", "", "Zakho", "2026-05-11"},
		{"a truce two sides sign is an agreement",
			"Sudan's army and the RSF signed a truce in Jeddah on Saturday.",
			"2026-05-12", "AGREE", "Jeddah", "2026-05-09"},
		{"a seizure a day earlier told in a condemnation is a happening of its own, at the strait",
			"Britain on Friday condemned Iran's seizure of a cargo ship in the Gulf of Oman a day earlier.",
			"2026-05-15", "COERCE", "Gulf of Oman", ""},
		{"people freed by armed men no dictionary names are released",
			"Jihadist militants released three Italian nuns they had held since March, officials said on Monday.",
			"2026-05-12", "RETREAT", "", ""},
		{"a toll's 'when' clause gives its place",
			"Four of its drivers were killed when their trucks came under fire near Kutum on Monday, the agency said.",
			"2026-05-13", "", "Kutum", "2026-05-11"},
		{"a plural opening the sentence before a past verb is its subject",
			"Gunmen ambushed a bus near Kutum on Monday, killing six passengers.",
			"2026-05-13", "", "Kutum", "2026-05-11"},
		{"people who travelled somewhere to protest protested there",
			"Hundreds of fishermen sailed boats into Dakar on Monday to protest against foreign trawlers.",
			"2026-05-12", "PROTEST", "Dakar", "2026-05-11"},
		{"with no other place or day, the relative clause on the crowd struck gives the scene's",
			"Police fired tear gas at students who blocked a highway outside Nairobi on Monday.",
			"2026-05-12", "", "Nairobi", "2026-05-11"},
		{"a participle hung on the last noun of the phrase dates the first",
			"Mali's junta on Friday welcomed the Algerian talks with rebel leaders held the day before.",
			"2026-05-16", "CONSULT", "", "2026-05-14"},
		{"visa bans a statement names by the day they were announced are sanctions",
			"Serbia on Friday condemned the British visa bans announced the day before.",
			"2026-05-16", "SANCTION", "", "2026-05-14"},
		{"flights between two cities are a route, not two sides",
			"Ethiopia and Eritrea exchanged 90 prisoners on Friday on flights between Asmara and Mekele.",
			"2026-05-12", "RETREAT", "", "2026-05-08"},
		{"an agreement is where the talks were held, not where what it settles is",
			"Armenia and Azerbaijan agreed on Tuesday on a plan to reopen roads in the South Caucasus, after two days of talks in Abu Dhabi.",
			"2026-05-13", "AGREE", "Abu Dhabi", "2026-05-12"},
		{"a city named after its title is the place ('the capital X')",
			"Riot police in Kenya's capital Nairobi fired tear gas at hundreds of traders on Monday.",
			"2026-05-12", "ASSAULT", "Nairobi", "2026-05-11"},
		{"a district 'of' a province is in it",
			"Jets bombed the Garmser district of Afghanistan's Helmand province on Sunday, killing 12 militants.",
			"2026-05-12", "FIGHT", "Garmser, Helmand", "2026-05-10"},
		{"air strikes killing militants are force between armed sides",
			"Air strikes killed 14 militants near Kidal on Sunday, the army said.",
			"2026-05-12", "FIGHT", "Kidal", "2026-05-10"},
		{"an attack that is the subject struck where it was aimed, not where the damage it did was",
			"A Ukrainian drone attack on Belgorod on Sunday damaged a school in the village of Maslova Pristan.",
			"2026-05-12", "FIGHT", "Belgorod", "2026-05-10"},
		{"a village placed by a town near it is in that town's reach",
			"Sunday's raid on the village of Nanga, near Tillaberi, left nine people dead, the army said on Tuesday.",
			"2026-05-12", "", "Nanga, Tillaberi", "2026-05-10"},
		{"an attack by weapons on a place repelled is where it struck",
			"Ukraine's air force said it had repelled an attack by Russian drones on Odesa overnight into Sunday.",
			"2026-05-10", "FIGHT", "Odesa", ""},
		{"a city's police act in that city",
			"Nairobi police said on Tuesday they had arrested 120 people during Monday's riots near the parliament building.",
			"2026-05-12", "COERCE", "Nairobi", ""},
		{"the place of a trailing attribution is where the speaker spoke, not the act's",
			"Rebels took control of Goma's international airport on Sunday, a UN official told reporters in Kinshasa on Monday.",
			"2026-02-02", "FIGHT", "Goma", "2026-02-01"},
		{"a capture a day names is the place taken, by whoever the 'by' phrase names",
			"Congo's government called Sunday's capture of the Goma airport by the M23 a declaration of war.",
			"2026-02-02", "FIGHT", "Goma", "2026-02-01"},
		{"'a day after' strikes that hit 'the city's' plant: the day before, in the city named before",
			"Power was cut across much of Sanaa on Tuesday, a day after Israeli air strikes hit the city's main power plant.",
			"2026-03-10", "FIGHT", "Sanaa", "2026-03-09"},
		{"a detention the day before, named by its noun beside a protest",
			"Serbia protested on Sunday against the detention of a Serb citizen by Kosovo police at Jarinje the day before.",
			"2026-05-17", "COERCE", "Jarinje", "2026-05-16"},
		{"the previous day's meeting is a happening of its own",
			"Baku said on Wednesday that progress had been made at the previous day's meeting in Abu Dhabi.",
			"2026-04-15", "CONSULT", "Abu Dhabi", "2026-04-14"},
		{"a passive relative clause with its own day is a happening beside the act",
			"A court ordered a month in custody for a Serb man who was detained on Saturday at a crossing in northern Kosovo.",
			"2026-05-17", "COERCE", "Kosovo", "2026-05-16"},
		{"a named camp near a town is in the town's reach",
			"Shelling by the Rapid Support Forces killed 14 displaced people at the Abu Shouk camp near El Fasher on Sunday.",
			"2026-09-06", "FIGHT", "Abu Shouk, El Fasher", "2026-09-06"},
		{"the victims of a raid did not raid",
			"Villagers in Sagaing on Sunday buried the victims of Friday's air raid on a monastery.",
			"2026-06-14", "FIGHT", "Sagaing", "2026-06-12"},
		{"a group taken for a place names no place",
			"Israel's military said it had killed a Hezbollah commander in a strike in the Nabatieh area on Wednesday.",
			"2026-10-14", "FIGHT", "Nabatieh", "2026-10-14"},
		{"an incursion a day names went into the place after 'into', whatever the name tagger took it for",
			"Syria's foreign ministry denounced Friday's Israeli incursion into Beit Jinn as a war crime.",
			"2026-11-28", "FIGHT", "Beit Jinn", "2026-11-27"},
		{"a hijacking a day names happened off the country named",
			"Insurers raised premiums for the Gulf of Aden after Saturday's hijacking of the bulk carrier off Somalia.",
			"2026-08-09", "ASSAULT", "Somalia", "2026-08-08"},
		{"what a leader calls a day-named strike 'on the capital' struck his capital",
			"Zelensky called Thursday's strike on the capital a crime against children.",
			"2026-07-10", "", "Kyiv", "2026-07-09"},
		{"a day-named crackdown with no one named happened at the sentence's one place",
			"Maputo was calm on Friday after Thursday's deadly crackdown on post-election protests.",
			"2026-10-23", "ASSAULT", "Maputo", "2026-10-22"},
		{"the toll of a siege names the attack",
			"The death toll from the siege of a hotel in the southern port city of Kismayo rose to 11 on Saturday, a doctor said.",
			"2026-06-20", "", "Kismayo", ""},
		{"a name the tagger did not call a place, where only a place stands, is the place",
			"Tanker loadings at Tuapse were halted on Friday after Thursday's drone strike on the port's oil terminal.",
			"2026-10-09", "FIGHT", "Tuapse", "2026-10-08"},
		{"a local official speaks of a happening in the place they serve",
			"Cali's mayor said a city councillor had been shot dead outside his home on Friday.",
			"2026-08-08", "ASSAULT", "Cali", "2026-08-07"},
		{"a murder a day names is a happening",
			"Colombia's president condemned Friday's murder of a councillor in Cali.",
			"2026-08-08", "ASSAULT", "Cali", "2026-08-07"},
		{"a day's border shooting, tagged a verb, is the happening an envoy is summoned over",
			"Kyrgyzstan summoned Tajikistan's ambassador on Thursday over Wednesday's border shooting in Batken.",
			"2026-09-24", "ASSAULT", "Batken", "2026-09-23"},
		{"drones destroyed 'over' a place were fought there",
			"Russia's defence ministry said its air defences had destroyed 20 Ukrainian drones over Tuapse on Thursday.",
			"2026-10-08", "FIGHT", "Tuapse", "2026-10-08"},
		{"one person arrested the day before is a happening",
			"The European Union called on Belarus to release the journalist arrested in Minsk the day before.",
			"2026-10-14", "COERCE", "Minsk", "2026-10-13"},
		{"an accused act with a day after it takes that day, not the accusation's",
			"Venezuela's interior minister accused Washington on Wednesday of murdering 11 fishermen in an attack on their vessel the day before.",
			"2026-09-03", "ASSAULT", "", "2026-09-01"},
		{"arrests the day before, past a place the parser hung on the verb, happened",
			"The EU urged Belgrade on Sunday to respect the right to protest after the arrests of students in Novi Sad the day before.",
			"2026-03-15", "COERCE", "Novi Sad", "2026-03-14"},
		{"a place people fled is where the raid that made them flee happened",
			"Hundreds of families fled Macomia after Friday's raid by insurgents, an aid group said on Sunday.",
			"2026-10-11", "ASSAULT", "Macomia", "2026-10-09"},
		{"one person by a public role arrested the day before is a happening",
			"The United Nations called for the release of the Ugandan opposition leader arrested in Kampala the day before.",
			"2026-10-07", "COERCE", "Kampala", "2026-10-06"},
		{"what 'took place' somewhere happened there, and taking place is no act",
			"The UAE said Thursday's exchange between Moscow and Washington took place at Abu Dhabi airport.",
			"2026-10-14", "RETREAT", "Abu Dhabi", "2026-10-08"},
		{"an attack 'on the town' is on the one town the sentence names",
			"Hundreds of families have fled Ganyesa since Saturday's raid on the town.",
			"2026-05-12", "", "Ganyesa", "2026-05-09"},
	} {
		doc := full(t, tc.text, tc.published)
		found := false
		var got []string
		for _, e := range doc.Events {
			got = append(got, e.Type+"@"+e.Location+"/"+e.Date.String())
			if (tc.typ == "" || e.Type == tc.typ) && (tc.place == "" || e.Location == tc.place) && (tc.date == "" || e.Date.String() == tc.date) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q\n got %v\nwant %s at %s on %s", tc.name, tc.text, got, tc.typ, tc.place, tc.date)
		}
	}
}

// "It" in what a body said is that body; an irregular participle the
// dictionary lacks is coded by its lemma; a decision a day names was
// carried out by whose decision it was.
func TestReportedActsOfTheSpeaker(t *testing.T) {
	for _, tc := range []struct{ text, published, typ, source, date string }{
		{"Peru's foreign ministry said on Monday it had withdrawn its ambassador from La Paz.", "2026-05-12", "SANCTION", "PERGOV", ""},
		{"Bolivia's president said he regretted Peru's decision to recall its ambassador on Monday.", "2026-05-13", "SANCTION", "PERGOV", "2026-05-11"},
	} {
		doc := full(t, tc.text, tc.published)
		found := false
		var got []string
		for _, e := range doc.Events {
			src := ""
			if e.Source != nil {
				src = e.Source.Code
			}
			got = append(got, e.Type+"/"+src+"/"+e.Date.String())
			if e.Type == tc.typ && src == tc.source && (tc.date == "" || e.Date.String() == tc.date) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: got %v, want %s by %s", tc.text, got, tc.typ, tc.source)
		}
	}
	doc := full(t, "A powerful explosion shook the port of Bandar Abbas on Saturday.", "2026-05-12")
	if len(doc.Events) != 0 {
		t.Errorf("an explosion alone is no attack: %+v", doc.Events)
	}
}

// A person no dictionary codes, named after the title that gives their
// sector, is that sector of the sentence's country; an arrest a day names
// of such a person is the arrest of that person.
func TestTitledPersonsAsTargets(t *testing.T) {
	doc := full(t, "Ugandan police arrested opposition leader Kizza Wamala in Kampala on Tuesday.", "2026-05-13")
	found := false
	for _, e := range doc.Events {
		if e.Type == "COERCE" && e.Target != nil && e.Target.Code == "UGAOPP" && e.Target.Name == "Kizza Wamala" {
			found = true
		}
	}
	if !found {
		t.Errorf("got %+v, want the arrest of UGAOPP Kizza Wamala", doc.Events)
	}
	doc = full(t, "Kenya on Wednesday condemned Tuesday's arrest of opposition leader Samuel Okello in Uganda.", "2026-05-14")
	found = false
	for _, e := range doc.Events {
		if e.Type == "COERCE" && e.Target != nil && e.Target.Name == "Samuel Okello" {
			found = true
		}
	}
	if !found {
		t.Errorf("got %+v, want the arrest of Samuel Okello by name", doc.Events)
	}
}

// A labour strike a day names is no attack.
func TestLabourStrikeIsNoAttack(t *testing.T) {
	doc := full(t, "Thousands of civil servants were on strike across Wales on Friday in protest at planned job cuts.", "2026-03-14")
	for _, e := range doc.Events {
		if e.Type == "FIGHT" || e.Type == "ASSAULT" {
			t.Errorf("a labour strike came out %s (%s)", describe(e), e.Coder)
		}
	}
}

// What a blocked statement would have said was never said.
func TestBlockedStatementSaysNothing(t *testing.T) {
	doc := full(t, "Hungary blocked a European Union statement condemning Israel's settlement expansion.", "2026-03-14")
	for _, e := range doc.Events {
		if e.Type == "DISAPPROVE" {
			t.Errorf("the blocked statement's condemnation came out: %s (%s)", describe(e), e.Coder)
		}
	}
}

// A country that acts or is spoken to is no venue: the subject of a verb,
// the object of a statement, the name on the force that acted; nor is the
// place of the happening a motive phrase names.
func TestActingPlaceIsNoVenue(t *testing.T) {
	for _, tc := range []struct{ text, place string }{
		{"Turkey condemned Wednesday's Israeli seizure of the aid boats as an act of piracy.", "Turkey"},
		{"Legal experts questioned on Wednesday whether Tuesday's lethal strike on a suspected drug boat by the US military was lawful.", "United States"},
		{"The Taliban government said its forces had attacked Pakistani border posts on Saturday in retaliation for air strikes on Kabul.", "Kabul"},
		{"The United States and Britain on Wednesday condemned Tuesday's arrest of Tundu Lissu and urged Tanzania to release him.", "Britain"},
	} {
		doc := full(t, tc.text, "2026-10-14")
		if len(doc.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
		}
		for _, e := range doc.Events {
			if e.Location != "" {
				t.Errorf("%q: %s placed at %q, want no place", tc.text, e.Type, e.Location)
			}
		}
	}
}

// TestOpeningRelativeDay: a relative day ("A day earlier,", "the
// following day") in a sentence that names no day counts from the day the
// story's last dated event names, across paragraphs (wire paragraphs are
// often a sentence each), and an opening time phrase is not the subject.
func TestOpeningRelativeDay(t *testing.T) {
	for _, tc := range []struct{ name, text, source, date string }{
		{"counted from the event before it",
			"Houthi fighters shelled the port of Hodeidah on Tuesday. A day earlier, government jets bombed a fuel depot in Taiz.",
			"government jets", "2026-05-11"},
		{"counted from the event before it in another paragraph",
			"Houthi fighters shelled the port of Hodeidah on Tuesday.\n\nA day earlier, government jets bombed a fuel depot in Taiz.",
			"government jets", "2026-05-11"},
		{"at the end of the sentence, past the paragraph with no day",
			"Houthi fighters shelled the port of Hodeidah on Tuesday.\n\nThe government condemned the attack.\n\nYemen's army said its jets bombed a fuel depot near Taiz the following day.",
			"Yemeni military", "2026-05-13"},
		{"'hours later' counts from the event before it",
			"Houthi fighters shelled the port of Hodeidah on Tuesday.\n\nGovernment jets bombed a fuel depot in Taiz hours later.",
			"Government jets", "2026-05-12"},
		{"a gap after a happening told before counts from its day",
			"Russia and Ukraine exchanged 150 prisoners each on Tuesday.\n\nHours after the swap, government jets bombed a fuel depot in Taiz.",
			"government jets", "2026-05-12"},
		{"counted from publication when no event before it is dated",
			"Houthi fighters shelled the port of Hodeidah.\n\nA day earlier, government jets bombed a fuel depot in Taiz.",
			"government jets", "2026-05-14"},
		{"the subject after the time phrase names the actor",
			"Two days later, army helicopters attacked a convoy near the town of Gao, residents said.",
			"army helicopters", ""},
	} {
		found, got := someEvent(t, tc.text, "2026-05-15", func(e chronicle.Event) bool {
			return actorName(e.Source) == tc.source && (tc.date == "" || e.Date.String() == tc.date)
		})
		if !found {
			t.Errorf("%s: %q\n got %v\nwant %s on %s", tc.name, tc.text, got, tc.source, tc.date)
		}
	}
}

// TestCoordinatedVerbsKeepTheirOwnParts: a verb coordinated with another
// has its own places and takes up the first verb's object by a pronoun
// ("met X in A and urged him to join talks in B": the meeting was in A,
// the appeal was to X), while a verb that shares the scene gives its place
// to both ("was hit by a drone and caught fire off Hodeidah").
func TestCoordinatedVerbsKeepTheirOwnParts(t *testing.T) {
	for _, tc := range []struct{ name, text, typ, target, place string }{
		{"the meeting's place is its own", "The Thai foreign minister met General Min Aung Hlaing in Naypyidaw on Friday and urged him to join talks in Bangkok.",
			"CONSULT", "MMRGOV", "Naypyidaw"},
		{"the talks a second verb names are not where the meeting was", "The Thai foreign minister met General Min Aung Hlaing on Friday and urged him to join talks in Bangkok.",
			"CONSULT", "MMRGOV", ""},
		{"the pronoun object of the second verb is the first verb's object", "The Thai foreign minister met General Min Aung Hlaing on Friday and urged him to join talks in Bangkok.",
			"DEMAND", "MMRGOV", "*"},
		{"an appeal is not made where it asks its addressee to go", "Macron urged Putin on Friday to join talks in Geneva.",
			"DEMAND", "RUSGOV", ""},
		{"a verb that shares the scene gives its place", "A tanker was struck by a missile and caught fire in the Red Sea off the Yemeni port of Mokha on Tuesday, a security firm said.",
			"FIGHT", "", "Red Sea"},
	} {
		found, got := someEvent(t, tc.text, "2026-05-16", func(e chronicle.Event) bool {
			return e.Type == tc.typ && (tc.target == "" || actorCode(e.Target) == tc.target) && (tc.place == "*" || e.Location == tc.place)
		})
		if !found {
			t.Errorf("%s: %q\n got %v\nwant %s %s @%s", tc.name, tc.text, got, tc.typ, tc.target, tc.place)
		}
	}
}

// TestReportedSubjectPastTheHearer: "X told Y the army would …" — the
// reported clause's subject is the army, not the hearer and the army run
// together.
func TestReportedSubjectPastTheHearer(t *testing.T) {
	found, got := someEvent(t, "Erdogan told reporters the army would not negotiate with the PKK.", "2026-05-16", func(e chronicle.Event) bool {
		return e.Type == "REJECT" && actorName(e.Source) == "the army"
	})
	if !found {
		t.Errorf("got %v, want REJECT by the army", got)
	}
}

// TestGovernmentInItsSeat: "the government in Port Sudan" is Sudan's
// government, not the country at large.
func TestGovernmentInItsSeat(t *testing.T) {
	found, got := someEvent(t, "The government in Port Sudan condemned the shelling of El Fasher.", "2026-05-16", func(e chronicle.Event) bool {
		return e.Type == "DISAPPROVE" && actorCode(e.Source) == "SDNGOV"
	})
	if !found {
		t.Errorf("got %v, want DISAPPROVE by SDNGOV", got)
	}
}

// TestArrestedInTheStorysCountry: people arrested with no agent and no
// place, or fired at with no place, in a story datelined in a country, are
// that country's people.
func TestArrestedInTheStorysCountry(t *testing.T) {
	for _, tc := range []struct{ text, typ string }{
		{"LIMA, March 3 — Farmers blocked highways in the south. Dozens of people were arrested across the country, the ombudsman's office said.", "COERCE"},
		{"LIMA, March 3 — Peruvian police fired tear gas at thousands of protesters who had blocked a highway.", "ASSAULT"},
	} {
		found, got := someEvent(t, tc.text, "2026-03-03", func(e chronicle.Event) bool {
			return e.Type == tc.typ && strings.HasPrefix(actorCode(e.Target), "PER")
		})
		if !found {
			t.Errorf("%q: got %v, want %s on Peru's people", tc.text, got, tc.typ)
		}
	}
}

// TestPushedBackIsNoDemand: pushing people back is force, not a demand
// (the dictionary files "push" with "demand"); pushing forces back is
// fighting.
func TestPushedBackIsNoDemand(t *testing.T) {
	for _, tc := range []struct{ text, not, want string }{
		{"Riot police pushed the marchers back from the presidential palace in Caracas.", "DEMAND", ""},
		{"Ukrainian troops pushed Russian forces back from the outskirts of Kupiansk.", "DEMAND", "FIGHT"},
	} {
		doc := full(t, tc.text, "2026-05-16")
		var got []string
		found := tc.want == ""
		for _, e := range doc.Events {
			got = append(got, e.Type)
			if e.Type == tc.not {
				t.Errorf("%q: got %v, want no %s", tc.text, got, tc.not)
			}
			found = found || e.Type == tc.want
		}
		if !found {
			t.Errorf("%q: got %v, want %s", tc.text, got, tc.want)
		}
	}
}

// TestTwoSidedFightingNouns: gun battles and artillery duels that kill are
// fighting between armed sides, not one-sided violence.
func TestTwoSidedFightingNouns(t *testing.T) {
	for _, text := range []string{
		"Gun battles between rival militias killed at least nine people in Tripoli on Monday.",
		"Artillery duels killed four soldiers near the border town of Kupwara, officials said.",
	} {
		found, got := someEvent(t, text, "2026-05-16", func(e chronicle.Event) bool { return e.Type == "FIGHT" })
		if !found {
			t.Errorf("%q: got %v, want FIGHT", text, got)
		}
	}
}

// TestDeniedSubjectNegates: "no X had been shelled" reports that nothing
// was.
func TestDeniedSubjectNegates(t *testing.T) {
	doc := full(t, "Armenian officials said no villages in Syunik had been shelled overnight.", "2026-05-16")
	var got []string
	for _, e := range doc.Events {
		got = append(got, describe(e))
		if e.Type == "FIGHT" && !e.Negated {
			t.Errorf("got %v, want the shelling negated", got)
		}
	}
	if len(doc.Events) == 0 {
		t.Errorf("no events, want the negated shelling")
	}
}

// TestWholeStories analyses the stories in testdata/stories (see
// SOURCE.md) and checks the facts this session's fixes restored: each one
// an event (type, source and target codes, place) or a quote (speaker,
// start of the content) the story must hold.
func TestWholeStories(t *testing.T) {
	type ev struct{ typ, src, tgt, place string }
	type qt struct{ speaker, content string }
	for _, tc := range []struct {
		file, published string
		events          []ev
		quotes          []qt
	}{
		{"sudan-market-strike.txt", "2024-11-30",
			[]ev{{"CONSULT", "USAGOV", "SDNMIL", "Port Sudan"}, {"DEMAND", "USAGOV", "SDNMIL", "*"},
				{"FIGHT", "SDNMIL", "*", "Nyala"}, {"DISAPPROVE", "SDNGOV", "*", "*"}},
			[]qt{{"camp's coordinators", "On Friday, the RSF shelled"}}},
		{"prisoner-swap.txt", "2025-03-06",
			[]ev{{"DEMAND", "RUSGOV", "UKRGOV", "*"}},
			[]qt{{"officials on both sides", "Ukraine and Russia exchanged"}}},
		{"nairobi-fuel-protest.txt", "2024-06-25",
			[]ev{{"COERCE", "*", "KENCVL", "*"}, {"ASSAULT", "KENCOP", "KENCVL", "*"}},
			nil},
		{"india-pakistan-strikes.txt", "2025-05-07",
			[]ev{{"FIGHT", "INDMIL", "*", "*"}},
			nil},
		{"sahel-ambush.txt", "2024-08-12",
			[]ev{{"FIGHT", "BFAREB", "BFAMIL", "*"}, {"ASSAULT", "BFAMIL", "BFACVL", "*"}},
			[]qt{{"(JNIM)", "The attack near the town of Djibo"}}},
		// session 14
		{"red-sea-ship.txt", "2025-07-09",
			[]ev{{"FIGHT", "YEMREB", "*", "Red Sea"}, {"FIGHT", "USAMIL", "YEMCVL", "Hodeidah"}, {"DISAPPROVE", "EGYGOV", "*", "*"}},
			[]qt{{"health ministry", "the strikes killed three people"}}},
		{"colombia-eln.txt", "2025-01-17",
			[]ev{{"FIGHT", "COLREB", "COLMIL", "Arauca"}, {"COERCE", "COLMIL", "COLREB", "*"}},
			[]qt{{"the army", "Guerrillas drove a truck"}}},
		{"congo-m23.txt", "2025-02-16",
			[]ev{{"FIGHT", "CODREB", "*", "Kavumu"}, {"DEMAND", "CODGOV", "IGOUNO", "*"}, {"SUPPORT", "RWAGOV", "CODREB", "*"}},
			nil},
		{"caucasus-border.txt", "2025-05-03",
			[]ev{{"FIGHT", "ARMMIL", "AZEMIL", "Khnatsakh"}, {"DISAPPROVE", "ARMGOV", "AZEGOV", "*"}, {"FIGHT", "ARMMIL", "AZEMIL", "Kalbajar district"}},
			nil},
		{"haiti-gangs.txt", "2024-10-04",
			[]ev{{"ASSAULT", "HTIUAF", "HTICVL", "Pont-Sonde"}, {"FIGHT", "*", "HTIUAF", "*"}},
			[]qt{{"Lionel Lazarre", "The Gran Grif gang"}}},
		{"israel-lebanon.txt", "2025-10-21",
			[]ev{{"FIGHT", "ISRMIL", "LBNCVL", "Nabatieh"}, {"FIGHT", "LBNREB", "ISRMIL", "*"}},
			nil},
		{"nigeria-kidnap.txt", "2025-01-12",
			[]ev{{"ASSAULT", "NGAUAF", "NGACVL", "Zamfara state"}, {"ASSAULT", "NGAUAF", "*", "Kaura Namoda district"}, {"ASSAULT", "NGAUAF", "NGACVL", "Kaduna state"}},
			nil},
		{"libya-tripoli.txt", "2025-05-18",
			[]ev{{"FIGHT", "LBYUAF", "*", "Tripoli"}, {"DEMAND", "IGOUNO", "*", "*"}},
			nil},
		{"pakistan-afghan.txt", "2025-03-18",
			[]ev{{"FIGHT", "PAKREB", "PAKMIL", "North Waziristan"}, {"FIGHT", "PAKMIL", "AFGCVL", "Khost"}, {"FIGHT", "AFGMIL", "PAKMIL", "*"}},
			nil},
		{"serbia-kosovo.txt", "2023-09-25",
			[]ev{{"COERCE", "KSVCOP", "*", "*"}, {"DISAPPROVE", "KSVGOV", "SRBGOV", "*"}},
			nil},
		{"ethiopia-drone.txt", "2025-08-15",
			[]ev{{"FIGHT", "*", "ETHCVL", "Amhara region"}, {"FIGHT", "ETHMIL", "ETHREB", "*"}, {"FIGHT", "ETHREB", "*", "Lalibela"}},
			nil},
		{"myanmar-border.txt", "2023-11-03",
			[]ev{{"FIGHT", "MMRUAF", "MMRCVL", "Chinshwehaw"}, {"FIGHT", "MMRMIL", "MMRCVL", "Shan state"}, {"RETREAT", "MMRMIL", "*", "*"}},
			nil},
		{"mali-expels.txt", "2022-01-31",
			[]ev{{"SANCTION", "MLIGOV", "FRAGOV", "*"}},
			nil},
		{"somalia-shabaab.txt", "2025-03-10",
			[]ev{{"FIGHT", "SOMMIL", "SOMREB", "Middle Shabelle region"}, {"DISAPPROVE", "USAGOV", "*", "*"}},
			nil},
		{"georgia-protest.txt", "2024-10-16",
			[]ev{{"COERCE", "GEOCOP", "GEOCVL", "*"}, {"DEMAND", "IGOEUREEC", "GEOGOV", "*"}, {"REJECT", "GEOGOV", "*", "*"}},
			nil},
		{"ukraine-energy.txt", "2025-11-14",
			[]ev{{"FIGHT", "RUSMIL", "UKRGOV", "*"}, {"FIGHT", "UKRMIL", "*", "*"}},
			nil},
		{"sudan-talks.txt", "2024-07-03",
			[]ev{{"FIGHT", "SDNREB", "SDNCVL", "*"}, {"ACCUSE", "SDNREB", "*", "*"}},
			nil},
		{"guyana-venezuela.txt", "2023-12-08",
			[]ev{{"DISAPPROVE", "GUYGOV", "VENGOV", "*"}, {"DEMAND", "VENGOV", "GUYGOV", "*"}},
			nil},
	} {
		b, err := os.ReadFile(filepath.Join("testdata", "stories", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		doc := full(t, string(b), tc.published)
		match := func(want, got string) bool { return want == "*" || want == got }
		for _, w := range tc.events {
			found := false
			for _, e := range doc.Events {
				found = found || e.Type == w.typ && match(w.src, actorCode(e.Source)) && match(w.tgt, actorCode(e.Target)) && match(w.place, e.Location)
			}
			if !found {
				var got []string
				for _, e := range doc.Events {
					got = append(got, describe(e)+" @"+e.Location)
				}
				t.Errorf("%s: no %+v in %v", tc.file, w, got)
			}
		}
		for _, w := range tc.quotes {
			found := false
			for _, q := range doc.Quotes {
				found = found || q.Speaker != nil && strings.HasSuffix(q.Speaker.Text, w.speaker) && strings.HasPrefix(q.Content.Text, w.content)
			}
			if !found {
				t.Errorf("%s: no quote by %q opening %q", tc.file, w.speaker, w.content)
			}
		}
		for _, e := range doc.Events {
			if e.Type == "DEMAND" && e.Trigger.Text == "pushed" {
				t.Errorf("%s: pushing people back coded as a demand", tc.file)
			}
		}
	}
}

// TestMilitaryConvoyIsAnArmedTarget: "a military convoy" is the country's
// military, and militants ambushing it fight an armed side.
func TestMilitaryConvoyIsAnArmedTarget(t *testing.T) {
	found, got := someEvent(t, "Jihadists ambushed a military convoy near the Malian town of Boni on Sunday, killing 18 soldiers.", "2026-05-16",
		func(e chronicle.Event) bool { return e.Type == "FIGHT" && actorCode(e.Target) == "MLIMIL" })
	if !found {
		t.Errorf("got %v, want FIGHT on MLIMIL", got)
	}
}

// TestAsideAfterTheObjectIsNoTarget: "…, an accusation the government
// rejected" speaks of the clause; the government it names (known from the
// paragraph before) is not whom the act befell: the villagers are.
func TestAsideAfterTheObjectIsNoTarget(t *testing.T) {
	found, got := someEvent(t, "NIAMEY, May 16 — Niger's army did not comment on the toll. The military government, which seized power in a 2023 coup, rarely gives casualty figures.\n\n"+
		"Amnesty said soldiers executed 40 villagers in March, an accusation the government rejected.", "2026-05-16",
		func(e chronicle.Event) bool { return e.Type == "ASSAULT" && actorCode(e.Target) == "NERCVL" })
	if !found {
		t.Errorf("got %v, want the villagers (NERCVL) struck, not the government", got)
	}
}

// TestSoldiersKilledInAPlaceAreItsMilitary: soldiers killed where a place
// is named are that country's military, not its civilians.
func TestSoldiersKilledInAPlaceAreItsMilitary(t *testing.T) {
	found, got := someEvent(t, "Insurgents kill 14 soldiers in Mozambique", "2026-05-16",
		func(e chronicle.Event) bool { return actorCode(e.Target) == "MOZMIL" })
	if !found {
		t.Errorf("got %v, want the soldiers as MOZMIL", got)
	}
}

// TestPlaceBeforeAnAttackNounIsNoAttacker: "in Burkina Faso ambush" says
// where, while "a Russian attack" and "Russia's attack" say who.
func TestPlaceBeforeAnAttackNounIsNoAttacker(t *testing.T) {
	for _, tc := range []struct{ text, notSrc, src string }{
		{"Jihadists kill 19 soldiers in Niger ambush", "NERMIL", ""},
		{"Russia's drone attack on Odesa killed three people.", "", "RUSMIL"},
	} {
		doc := full(t, tc.text, "2026-05-16")
		var got []string
		found := tc.src == ""
		for _, e := range doc.Events {
			got = append(got, describe(e))
			code := actorCode(e.Source)
			if tc.notSrc != "" && code == tc.notSrc {
				t.Errorf("%q: got %v, the place's military taken for the attacker", tc.text, got)
			}
			found = found || code == tc.src
		}
		if !found {
			t.Errorf("%q: got %v, want %s as the attacker", tc.text, got, tc.src)
		}
	}
}

// TestUnnamedArmedMenInTheStorysCountry: armed men and settlements no
// dictionary names, in a sentence that names no place, are of the country
// the story is datelined in; a day or a continent is no part of an actor
// ("Honduras on Friday" is not a group of Honduras).
func TestUnnamedArmedMenInTheStorysCountry(t *testing.T) {
	for _, tc := range []struct{ text, typ, src, tgt string }{
		{"TEGUCIGALPA, May 2 — Heavy rain fell in the north.\n\nGunmen killed six farmers near a coffee plantation.", "ASSAULT", "HNDUAF", "HNDCVL"},
		{"TEGUCIGALPA, May 2 — Heavy rain fell in the north.\n\nPolice said officers had shot dead three gang members in a firefight.", "FIGHT", "HND", "HNDUAF"},
		{"TEGUCIGALPA, May 2 — Heavy rain fell in the north.\n\nA gang attack on a bus depot left five drivers dead.", "ASSAULT", "HNDUAF", ""},
		{"Armed men raided the village of Las Flores in western Honduras on Friday.", "ASSAULT", "HNDUAF", "HNDCVL"},
	} {
		found, got := someEvent(t, tc.text, "2026-05-02", func(e chronicle.Event) bool {
			return e.Type == tc.typ && strings.HasPrefix(actorCode(e.Source), tc.src) && strings.HasPrefix(actorCode(e.Target), tc.tgt)
		})
		if !found {
			t.Errorf("%q: got %v, want %s %s→%s", tc.text, got, tc.typ, tc.src, tc.tgt)
		}
	}
}

// TestDescriptionsAndAimlessTravelAreNoEvents: who leads a body and armed
// men going "from house to house" describe; no one was met or led.
func TestDescriptionsAndAimlessTravelAreNoEvents(t *testing.T) {
	for _, text := range []string{
		"QUITO, June 3 — The Los Lobos gang, led by a former police officer, controls the port.",
		"QUITO, June 3 — Witnesses said the gunmen went from house to house.",
	} {
		doc := full(t, text, "2026-06-03")
		for _, e := range doc.Events {
			if e.Type == "COOPERATE" || e.Type == "CONSULT" {
				t.Errorf("%q: got %s by %s", text, describe(e), e.Coder)
			}
		}
	}
}

// TestTheStrikeTakesUpTheAttackBefore: "the strike" that kills, a sentence
// or two after the story reported an attack, is that attack — its attacker,
// place and day — and a toll "during the fighting" happened where and when
// it did, by no one the sentence names.
func TestTheStrikeTakesUpTheAttackBefore(t *testing.T) {
	for _, tc := range []struct{ text, src, place string }{
		{"AMMAN, March 4 — Syrian army helicopters bombed the town of Kafr Nabl on Tuesday, activists said.\n\nA local hospital said the raid killed nine people and wounded 30.", "SYRMIL", "Kafr Nabl"},
		{"JUBA, March 4 — Rebels overran an army base near the town of Nasir on Monday.\n\nAt least 12 soldiers were killed during the assault, a spokesman said.", "", "Nasir"},
	} {
		doc := full(t, tc.text, "2026-03-04")
		found := false
		var got []string
		for _, e := range doc.Events {
			got = append(got, describe(e)+" @"+e.Location+" "+e.Coder)
			if e.Sentence.Start > 40 && e.Location == tc.place && (tc.src == "" || actorCode(e.Source) == tc.src) && !e.Date.IsZero() && strings.Contains(e.Coder, "antecedent") {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: got %v, want the second sentence's event by %q at %s, dated", tc.text, got, tc.src, tc.place)
		}
	}
	// an attack said anew ("an air strike") is no reference
	doc := full(t, "AMMAN, March 4 — Syrian army helicopters bombed the town of Kafr Nabl on Tuesday.\n\nAn air strike killed nine people in Idlib.", "2026-03-04")
	for _, e := range doc.Events {
		if strings.Contains(e.Coder, "antecedent") {
			t.Errorf("a new attack took up the one before: %s %s", describe(e), e.Coder)
		}
	}
}

// TestStatementsBesideAReportedClash: two demonyms sharing "troops" are
// both armies; the reporter's participle accusation is its own act; a
// second statement coordinated with a denial reports a happening of its
// own; a post shelled is the army's.
func TestStatementsBesideAReportedClash(t *testing.T) {
	wantDescribed(t, "2026-09-09", func(e chronicle.Event) bool { return !e.Negated }, [][2]string{
		{"DUSHANBE, Sept 9 - Tajik and Kyrgyz troops exchanged fire near the village of Vorukh, Tajikistan's foreign ministry said on Monday, accusing Bishkek of moving tanks to the frontier.", "FIGHT TJKMIL→KGZMIL"},
		{"DUSHANBE, Sept 9 - Tajik and Kyrgyz troops exchanged fire near the village of Vorukh, Tajikistan's foreign ministry said on Monday, accusing Bishkek of moving tanks to the frontier.", "DISAPPROVE TJK"},
		{"BISHKEK, Sept 9 - Kyrgyzstan's defence ministry denied that its troops had opened fire first and said Tajik units had shelled a Kyrgyz border post near Batken.", "FIGHT TJKMIL→KGZMIL"},
	})
}

// TestTakenUpAttackersAndTimedAttacks: "the attackers" and "the strikes"
// take up the attack reported before; armed men seizing pupils abduct
// them; an attack "two days after" which another happened is its own
// event on its own day.
func TestTakenUpAttackersAndTimedAttacks(t *testing.T) {
	wantDescribed(t, "2026-06-02", nil, [][2]string{
		{"MAIDUGURI, Nigeria, May 4 - Gunmen abducted 30 traders from a market in Borno state on Friday.\n\nThe attackers burned the market of Gubio before leaving.", "ASSAULT NGAUAF"},
		{"KABUL, June 2 - Tajik warplanes struck villages in Badakhshan province on Sunday.\n\nLocal officials said six civilians were killed in the strikes.", "TJKMIL→AFGCVL"},
		{"MAIDUGURI, Nigeria, May 4 - Bandits seized 40 pupils from a boarding school in Kebbi state on Friday.", "ASSAULT NGAUAF→NGACVL"},
		{"KABUL, June 2 - Afghan forces shelled border posts on Sunday, three days after militants killed nine soldiers in an attack on a checkpoint in Kunar province.", "FIGHT AFGREB→AFGMIL"},
	})
}

// TestAttackInAPlaceByNoOneNamed: the place of an attack whose subject
// names no attacker gives the place's armed men (as the Phoenix coders
// read "a roadside bombing near Samarra"), never its state's army, and the
// place two sides fought in is no side.
func TestAttackInAPlaceByNoOneNamed(t *testing.T) {
	found, got := someEvent(t, "Heavy fighting between rival militias in Misrata killed 12 people on Sunday.", "2026-05-18", func(e chronicle.Event) bool {
		return actorCode(e.Source) == "LBYUAF"
	})
	if !found {
		t.Errorf("got %v, want LBYUAF as the source", got)
	}
	doc := full(t, "Clashes between rival militias in Misrata left 12 people dead on Sunday.", "2026-05-18")
	for _, e := range doc.Events {
		if strings.HasSuffix(actorCode(e.Target), "GOV") || strings.HasSuffix(actorCode(e.Source), "MIL") {
			t.Errorf("the place of the clashes taken for a side: %s", describe(e))
		}
	}
}

// TestCorrespondentsDatelineIsNoHome: a story filed from a neighbour's
// capital that names only another country is told of that country: its
// unqualified troops are that country's.
func TestCorrespondentsDatelineIsNoHome(t *testing.T) {
	text := "NAIROBI, March 2 (AP) - Rebels attacked an army base in South Sudan's Upper Nile state on Saturday, officials said.\n\nSouth Sudan's government said troops had repelled the attack and killed 20 rebels."
	found, got := someEvent(t, text, "2026-03-02", func(e chronicle.Event) bool {
		return strings.HasPrefix(actorCode(e.Source), "SSD") && e.Trigger.Text == "killed"
	})
	if !found {
		t.Errorf("got %v, want the killing by South Sudan's troops", got)
	}
}

// TestSidesAndPlacesOfAttackNouns: a side named by its sector alone is the
// country's force; a market struck in a country's region is its people's.
func TestSidesAndPlacesOfAttackNouns(t *testing.T) {
	wantDescribed(t, "2026-03-10", nil, [][2]string{
		{"Fighting between the army and the Fano militia in Ethiopia's Gojjam zone killed nine people on Monday.", "FIGHT ETHMIL→ETHREB"},
		{"A drone strike on a bus station in Ethiopia's Oromia region killed 14 people on Monday, witnesses said.", "→ETHCVL"},
	})
}

// TestArmedAlliancesAndBorders: an alliance of armed groups no dictionary
// names is armed men of the country where it struck, "the Chinese border"
// names no country it struck in, and a war's displaced are its toll, no
// act of coercion.
func TestArmedAlliancesAndBorders(t *testing.T) {
	text := "BANGKOK, Nov 3 (AP) — An alliance of ethnic armed groups seized the town of Laukkaing on the Chinese border on Friday, the groups said.\n\nMyanmar's junta said its troops had withdrawn."
	found, got := someEvent(t, text, "2026-11-03", func(e chronicle.Event) bool {
		return e.Type == "FIGHT" && actorCode(e.Source) == "MMRUAF" && actorCode(e.Target) == "MMRCVL"
	})
	if !found {
		t.Errorf("got %v, want FIGHT MMRUAF→MMRCVL", got)
	}
	doc := full(t, "KHARTOUM, May 2 - The fighting has forced nearly 90,000 people from their homes, the United Nations said.", "2026-05-02")
	for _, e := range doc.Events {
		if e.Type == "COERCE" {
			t.Errorf("a war's displaced coded as coercion: %s", describe(e))
		}
	}
}

// TestAttacksTakenUpOnlyWhenClear: with attacks by both sides in reach,
// "during the attack" takes up neither.
func TestAttacksTakenUpOnlyWhenClear(t *testing.T) {
	doc := full(t, "KYIV, May 3 - Russia fired 40 drones at Kyiv overnight, Ukrainian officials said. Ukraine's air force said it shot down 35 of them.\n\nMoldova's air force stayed on alert during the attack, a spokesman said.", "2026-05-03")
	for _, e := range doc.Events {
		if strings.Contains(e.Coder, "antecedent") {
			t.Errorf("an attack of two sides taken up: %s %s", describe(e), e.Coder)
		}
	}
}

// TestOwnForcesAreNoTarget: a state reinforcing "its army presence" moves
// its own forces; no one is their target.
func TestOwnForcesAreNoTarget(t *testing.T) {
	doc := full(t, "QUITO, March 4 - Ecuador accused Peru of massing troops near the border.\n\nColombia said it had reinforced its army presence in the province of Narino.", "2026-03-04")
	for _, e := range doc.Events {
		if e.Type == "MOBILIZE" && e.Target != nil {
			t.Errorf("own forces taken for a target: %s", describe(e))
		}
	}
}

// TestLeftWithoutPowerIsNoDeparture: "leaving a million households without
// power" is the state the attack left people in, no visit or departure.
func TestLeftWithoutPowerIsNoDeparture(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "stories", "ukraine-energy.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := full(t, string(b), "2025-11-14")
	for _, e := range doc.Events {
		if e.Type == "CONSULT" || e.Type == "RETREAT" {
			t.Errorf("the toll read as a departure: %s %s", describe(e), e.Coder)
		}
	}
}

// TestAppealThatSomeoneActIsADemand: "appealed to residents to report …"
// asks that someone act, as "urged" does; an appeal for calm or a court
// appeal asks no one to act.
func TestAppealThatSomeoneActIsADemand(t *testing.T) {
	found, got := someEvent(t, "NAIROBI, June 3 - Kenya's interior minister appealed to traders to reopen their shops.", "2026-06-03", func(e chronicle.Event) bool {
		return e.Type == "DEMAND" && actorCode(e.Source) == "KENGOV"
	})
	if !found {
		t.Errorf("got %v, want DEMAND by KENGOV", got)
	}
	for _, text := range []string{"Kenya's interior minister appealed for calm.", "The lawyers lodged an appeal to the supreme court."} {
		for _, e := range full(t, text, "2026-06-03").Events {
			if e.Type == "DEMAND" {
				t.Errorf("%q: got %s", text, describe(e))
			}
		}
	}
}

// wantDescribed fails for each text (published on date) none of whose
// events, passing keep when given, has a description that holds its want
// (describe: "TYPE SRC→TGT …").
func wantDescribed(t *testing.T, date string, keep func(chronicle.Event) bool, cases [][2]string) {
	t.Helper()
	for _, tc := range cases {
		found, got := someEvent(t, tc[0], date, func(e chronicle.Event) bool {
			return strings.Contains(describe(e), tc[1]) && (keep == nil || keep(e))
		})
		if !found {
			t.Errorf("%q: got %v, want %s", tc[0], got, tc[1])
		}
	}
}

// A list of three names no pair of sides, a verb pattern stays in its
// verb's clause and its particle is no preposition, and a phrase of time
// names no target.
func TestNoPairOrPatternAcrossPhrases(t *testing.T) {
	for _, tc := range []struct{ name, text, banned string }{
		{"a list of three is no pair of sides",
			"Euronext was formed after the Brussels, Paris and Amsterdam exchanges merged.", "→FRAGOV"},
		{"a pattern of 'fired' (\"for\": criticism) does not reach into the next verb's phrase",
			"Shells fired by M23 rebels slammed into a camp for displaced families outside Sake on Tuesday, killing nine people, a UN spokesperson said.", "DISAPPROVE"},
		{"a particle of a pattern ('- * OFF': 'fired off a letter', a criticism) is not a preposition further on",
			"North Korea fired two ballistic missiles into the sea off its east coast on Thursday, South Korea's military said.", "DISAPPROVE"},
		{"an oil depot set ablaze is no military target",
			"A Ukrainian drone attack set an oil depot ablaze in Russia's Bryansk region overnight, the regional governor said.", "→RUSMIL"},
		{"a coordinated clause with its own subject holds no target of the first verb",
			"The regional bloc ECOWAS called on both countries to resume dialogue, and its commission president is due to meet officials from both sides in Abuja next week.", "→NGAGOV"},
		{"the host of a visit is no side of the demand made during it",
			"Kenya's president called for an immediate ceasefire in Sudan during a visit to Addis Ababa.", "→ETHGOV"},
	} {
		for _, e := range full(t, tc.text, "2025-06-13").Events {
			if d := describe(e); strings.Contains(d, tc.banned) {
				t.Errorf("%s: %q gives %s (%s)", tc.name, tc.text, d, e.Coder)
			}
		}
	}
}

// "The two sides" take up the pair the story named as its two sides.
func TestTheTwoSidesTakeUpThePair(t *testing.T) {
	text := "Ethiopian federal forces and Fano militiamen fought for control of the town of Lalibela on Sunday, residents said.\n\n" +
		"The two sides held talks in Tanzania last year that ended without a deal."
	ok := func(e chronicle.Event) bool {
		return e.Type == "CONSULT" && actorCode(e.Source) == "ETHMIL" && actorCode(e.Target) == "ETHREB"
	}
	if found, got := someEvent(t, text, "2025-02-12", ok); !found {
		t.Errorf("no CONSULT ETHMIL→ETHREB for the two sides; got %v", got)
	}
}

// What a denier says instead of the denied claim is asserted.
func TestSayingAfterADenialIsNotDenied(t *testing.T) {
	text := "A Fano spokesman denied the claim, saying the militia had withdrawn to the surrounding hills to spare civilians."
	for _, e := range full(t, text, "2025-02-12").Events {
		if e.Type == "RETREAT" && e.Negated {
			t.Errorf("the withdrawal the spokesman asserts is negated: %s (%s)", describe(e), e.Coder)
		}
	}
}

// A bare toll right after an attack is at the attack's place and on its
// day; a toll with a day of its own is not taken up.
func TestBareTollAfterAnAttack(t *testing.T) {
	text := "Ethiopian federal forces and Fano militiamen fought for control of the town of Lalibela on Sunday, residents said.\n\n" +
		"At least 14 civilians were killed, a hospital official said."
	ok := func(e chronicle.Event) bool {
		return e.Type == "ASSAULT" && e.Location == "Lalibela" && e.Date.String() == "2025-02-09"
	}
	if found, got := someEvent(t, text, "2025-02-12", ok); !found {
		t.Errorf("the toll is not at Lalibela on Sunday; got %v", got)
	}
	text = "Ethiopian federal forces and Fano militiamen fought for control of the town of Lalibela on Sunday, residents said.\n\n" +
		"Three more civilians were killed on Tuesday, a hospital official said."
	ok = func(e chronicle.Event) bool { return e.Type == "ASSAULT" && e.Location == "Lalibela" }
	if found, got := someEvent(t, text, "2025-02-12", ok); found {
		t.Errorf("a toll with its own day took up the fight; got %v", got)
	}
}

// Air defence downing the weapons of an attack the story reported fights
// the attacker, at the attack's place and on its day; a scare-quoted
// attack noun after a light verb is still the act.
func TestAirDefenceAndQuotedAttackNoun(t *testing.T) {
	text := "KYIV, March 14 (Wire) - Russia launched 90 drones and six missiles at Ukraine overnight, Ukrainian officials said on Friday.\n\n" +
		"Air defences destroyed 62 of the drones and four of the missiles, the air force said.\n\n" +
		"Russia's defence ministry said its forces had carried out a \"massive strike\" on military-industrial targets."
	ok := func(e chronicle.Event) bool {
		return e.Type == "FIGHT" && actorCode(e.Source) == "UKRMIL" && actorCode(e.Target) == "RUSMIL"
	}
	if found, got := someEvent(t, text, "2025-03-14", ok); !found {
		t.Errorf("no FIGHT UKRMIL→RUSMIL for the air defence; got %v", got)
	}
	ok = func(e chronicle.Event) bool {
		return e.Type == "FIGHT" && actorCode(e.Source) == "RUSMIL" && strings.Contains(e.Trigger.Text, "strike")
	}
	if found, got := someEvent(t, text, "2025-03-14", ok); !found {
		t.Errorf("no FIGHT for the quoted \"massive strike\"; got %v", got)
	}
}

// A toll "in the Indian strikes" is the strikes' the story reported by
// India, at their place and on their day, and its victims the people
// there.
func TestTollInTheNamedSidesStrikes(t *testing.T) {
	text := "ISLAMABAD, May 7 (Wire) - India fired missiles at targets in Pakistan early on Wednesday, and Pakistan said it had shot down five Indian jets in response.\n\n" +
		"Pakistan's military said 26 civilians were killed in the Indian strikes."
	ok := func(e chronicle.Event) bool {
		return e.Type == "FIGHT" && actorCode(e.Source) == "INDMIL" && actorCode(e.Target) == "PAKCVL" && e.Location == "Pakistan" && e.Date.String() == "2025-05-07" && strings.Contains(e.Trigger.Text, "killed")
	}
	if found, got := someEvent(t, text, "2025-05-07", ok); !found {
		t.Errorf("the toll is not the Indian strikes' in Pakistan on Wednesday; got %v", got)
	}
}

// Each side of a coordinated subject did what the verb says, as the
// PLOVER gold codes both sources; a pair of a reciprocal act stays one
// event, and one country's two bodies are one side.
func TestCoordinatedSubjectsEachAct(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"France and Germany condemned the attack on Monday.", []string{"FRAGOV", "DEUGOV"}},
		{"The United States, Britain and France imposed sanctions on Iran.", []string{"USAGOV", "GBRGOV", "FRAGOV"}},
	} {
		got := map[string]bool{}
		var all []string
		for _, e := range full(t, tc.text, "2025-05-07").Events {
			got[actorCode(e.Source)] = true
			all = append(all, describe(e))
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: no event by %s; got %v", tc.text, w, all)
			}
		}
	}
	n := 0
	for _, e := range full(t, "Armenia and Azerbaijan held talks in Almaty on Monday.", "2025-05-07").Events {
		if e.Type == "CONSULT" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("talks between a pair give %d CONSULT events, want 1", n)
	}
}

// An intended act on a weekday is on the weekday to come; a meeting's
// venue gives it no side; "the two leaders" take up the pair the story
// named; a release a modal governs is read though the tagger took "free"
// for an adjective.
func TestFutureMeetingsAndReleases(t *testing.T) {
	text := "Armenia and Azerbaijan held talks in Almaty on Monday.\n\nThe two leaders will meet in Geneva on Thursday."
	ok := func(e chronicle.Event) bool {
		return actorCode(e.Source) == "ARMGOV" && actorCode(e.Target) == "AZEGOV" && e.Location == "Geneva" && e.Date.String() == "2025-01-16"
	}
	if found, got := someEvent(t, text, "2025-01-15", ok); !found {
		t.Errorf("no meeting of the pair in Geneva on the coming Thursday; got %v", got)
	}
	for _, e := range full(t, "The two leaders will meet in Geneva on Thursday.", "2025-01-15").Events {
		if actorCode(e.Source) == "CHEGOV" {
			t.Errorf("the venue's country meets: %s", describe(e))
		}
	}
	ok = func(e chronicle.Event) bool {
		return actorCode(e.Source) == "PSEREBHMS" && strings.Contains(e.Trigger.Text, "free")
	}
	if found, got := someEvent(t, "Hamas will free 33 Israeli hostages in exchange for hundreds of Palestinian prisoners.", "2025-01-15", ok); !found {
		t.Errorf("no release Hamas intends; got %v", got)
	}
}

// A body a possessive pronoun owns is of the country of whom the pronoun
// stands for, not of the story's dateline.
func TestPronounOwnedBody(t *testing.T) {
	text := "DOHA, Jan 15 (Wire) - Qatar's prime minister said on Wednesday that a ceasefire had been agreed.\n\n" +
		"Israeli Prime Minister Benjamin Netanyahu's office said some details were still being finalised and that his cabinet would vote on the agreement on Thursday."
	for _, e := range full(t, text, "2025-01-15").Events {
		if strings.Contains(e.Trigger.Text, "vote") && actorCode(e.Source) != "ISRGOV" {
			t.Errorf("his cabinet is %s, want ISRGOV", actorCode(e.Source))
		}
	}
}

// Condemning "the attack" the story reported condemns its attacker; a
// mobilisation ordered is one.
func TestCondemnedAttackAndMobilisation(t *testing.T) {
	text := "The U.S. military struck a boat in the southern Caribbean on Tuesday, killing 11 people.\n\n" +
		"Colombia's president, Gustavo Petro, condemned the attack as murder.\n\n" +
		"Venezuelan President Nicolas Maduro ordered the mobilisation of 4.5 million militia members in response."
	ok := func(e chronicle.Event) bool {
		return e.Type == "DISAPPROVE" && actorCode(e.Source) == "COLGOV" && actorCode(e.Target) == "USAMIL"
	}
	if found, got := someEvent(t, text, "2025-09-03", ok); !found {
		t.Errorf("no DISAPPROVE COLGOV→USAMIL; got %v", got)
	}
	ok = func(e chronicle.Event) bool { return e.Type == "MOBILIZE" && actorCode(e.Source) == "VENGOV" }
	if found, got := someEvent(t, text, "2025-09-03", ok); !found {
		t.Errorf("no MOBILIZE by Venezuela; got %v", got)
	}
}

// "the Jenin refugee camp" places the raid in Jenin; "a Palestinian
// refugee camp" names no place.
func TestSettlementModifierPlaces(t *testing.T) {
	ok := func(e chronicle.Event) bool { return e.Location == "Jenin" }
	if found, got := someEvent(t, "Israeli troops killed four Palestinians during a raid on the Jenin refugee camp on Wednesday.", "2024-08-21", ok); !found {
		t.Errorf("the raid is not placed in Jenin; got %v", got)
	}
	for _, e := range full(t, "Israeli troops killed four Palestinians during a raid on a Palestinian refugee camp on Wednesday.", "2024-08-21").Events {
		if strings.Contains(e.Location, "Palestin") {
			t.Errorf("a nationality is taken for a place: %s @%s", describe(e), e.Location)
		}
	}
}

// A raid by insurgents "linked to" a movement is the raid, on the people
// of the place, with the men beheaded its victims; the attackers arriving
// is no visit.
func TestRaidByLinkedInsurgents(t *testing.T) {
	text := "Insurgents linked to Islamic State raided a village in Mozambique's Cabo Delgado province overnight on Saturday, beheading five men, local officials said.\n\n" +
		"Residents said the attackers arrived on motorbikes shortly after midnight."
	doc := full(t, text, "2024-03-03")
	var got []string
	found := false
	for _, e := range doc.Events {
		got = append(got, describe(e)+" "+e.Coder)
		if e.Type == "COOPERATE" || e.Type == "CONSULT" {
			t.Errorf("%s (%s)", describe(e), e.Coder)
		}
		if e.Type == "ASSAULT" && actorCode(e.Source) == "MOZREB" && actorCode(e.Target) == "MOZCVL" && e.Fatalities != nil && *e.Fatalities == 5 {
			found = true
		}
	}
	if !found {
		t.Errorf("no ASSAULT MOZREB→MOZCVL with five killed; got %v", got)
	}
}

// TestParticiplesThatAreNoActOfTheirOwn checks the participles that stay
// part of the event before them: an attack's toll, and a protest's demand.
func TestParticiplesThatAreNoActOfTheirOwn(t *testing.T) {
	for text, typ := range map[string]string{
		"Paramilitary fighters attacked a camp in El Fasher on Wednesday, killing at least 18 people and forcing 5,000 families to flee.": "ASSAULT",
		"Hundreds of Israelis demonstrated in Tel Aviv on Saturday, calling for a deal to free the hostages.":                             "PROTEST",
	} {
		doc := full(t, text, "2026-07-02")
		if len(doc.Events) != 1 || doc.Events[0].Type != typ {
			t.Errorf("%q: events %v, want one %s", text, describeAll(doc.Events), typ)
		}
	}
}

// TestStoryContextForUnnamedSides checks two sides a story's dateline
// gives: the site an unnamed attacker struck, and a government of no named
// country accusing another state.
func TestStoryContextForUnnamedSides(t *testing.T) {
	story := "PORT SUDAN, Sudan (Wire) - Drones hit the main fuel depot in Port Sudan early on Tuesday, the army said.\n\n" +
		"It was the third straight day of attacks on the Red Sea city.\n\n" +
		"The day before, a drone struck the city's airport, damaging a cargo plane, according to airport officials.\n\n" +
		"The government's foreign ministry accused the United Arab Emirates of supplying the drones and said it was cutting diplomatic relations with Abu Dhabi."
	doc := full(t, story, "2025-05-06")
	var struck, accused, cut bool
	for _, e := range doc.Events {
		sides := actorCode(e.Source) + "→" + actorCode(e.Target)
		struck = struck || strings.Contains(e.Trigger.Text, "struck") && actorCode(e.Target) == "SDNCVL" && e.Date.String() == "2025-05-05"
		accused = accused || e.Type == "DISAPPROVE" && sides == "SDNGOV→AREGOV"
		cut = cut || e.Type == "SANCTION" && sides == "SDNGOV→AREGOV" // what the second, coordinated statement says is no accused act
	}
	got := describeAll(doc.Events)
	if !struck {
		t.Errorf("no strike on the airport, the day before, of Sudan's civilians: %v", got)
	}
	if !accused {
		t.Errorf("no accusation by Sudan's government of the UAE: %v", got)
	}
	if !cut {
		t.Errorf("no cutting of relations by Sudan's government with the UAE: %v", got)
	}
	doc = full(t, "KASSALA, Sudan (Wire) - A drone struck a fuel depot overnight, officials said.", "2025-05-06")
	if len(doc.Events) != 1 || doc.Events[0].Target == nil || doc.Events[0].Target.Code[:3] != "SDN" || !strings.Contains(doc.Events[0].Coder, "struck-site") {
		t.Errorf("a site struck by no one named, datelined in Sudan: events %+v, want one on a Sudanese target", doc.Events)
	}
}

// TestSilenceOnAnAttackIsNoEvent checks that a speech verb the
// dictionaries code as violence by its object gives nothing when negated.
func TestSilenceOnAnAttackIsNoEvent(t *testing.T) {
	for _, text := range []string{"The RSF did not comment on the attacks.", "Hezbollah did not claim any response."} {
		for _, e := range full(t, text, "2025-05-06").Events {
			t.Errorf("%q: event %s, want none: saying nothing is neither the act nor its denial", text, describe(e))
		}
	}
}

// TestACountrysCapitalIsThePlace checks that "Haiti's capital" places an
// event in the capital when no other place is named, and so do the seats
// of the state that stand there ("Haiti's presidential palace").
func TestACountrysCapitalIsThePlace(t *testing.T) {
	for _, text := range []string{
		"Armed gangs stormed two neighbourhoods on the northern edge of Haiti's capital overnight, killing at least 15 people.",
		"Gunmen attacked Haiti's presidential palace.",
	} {
		doc := full(t, text, "2025-04-01")
		if len(doc.Events) == 0 || doc.Events[0].Location != "Port-au-Prince" {
			t.Errorf("%q: events %v, want the attack in Port-au-Prince", text, describeAll(doc.Events))
		}
	}
}

// noEventOfType checks that text, analysed alone, gives no event of type
// typ; why says what the text must not be read as.
func noEventOfType(t *testing.T, text, typ, why string) {
	t.Helper()
	doc := full(t, text, "2026-03-07")
	for _, e := range doc.Events {
		if e.Type == typ {
			t.Errorf("%q: events %v: %s", text, describeAll(doc.Events), why)
		}
	}
}

// "I" and "you" are a speaker and the one spoken to: the subject of the
// sentence before is neither ("I agree absolutely" after a sentence on
// terrorists was the terrorists' agreement), while the speaker of a quote
// still speaks for the "I" inside it.
func TestFirstPersonTakesUpNoEarlierSubject(t *testing.T) {
	noEventOfType(t, "Separatist gunmen attacked a police post near Quetta on Friday. I agree with the minister's plan to send more troops.",
		"AGREE", "'I agree' is no one's the text names")
	doc := full(t, "Zelensky said: \"I will meet Putin next week in Istanbul.\"", "2026-03-07")
	found := false
	for _, e := range doc.Events {
		found = found || actorCode(e.Source) == "UKRGOV" && actorCode(e.Target) == "RUSGOV"
	}
	if !found {
		t.Errorf("events %v, want the speaker's meeting with Putin", describeAll(doc.Events))
	}
}

// An adverb or particle spelt like a verb of the dictionary is no verb:
// "pushed the attackers back" is no support ("back" as in "back a plan").
func TestAdverbIsNoVerb(t *testing.T) {
	noEventOfType(t, "Rwandan troops pushed the attackers back into the forest by dawn.", "SUPPORT", "'back' is an adverb here")
}

// A ship under a flag is of the flag's country, not its navy; a coast a
// ship lay off owns neither the ship nor its crew.
func TestFlaggedShipsAndCoastsOff(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Iran seized a Liberian-flagged tanker in the Strait of Hormuz on Monday.", "COERCE IRNGOV→LBR"},
		{"Gunmen in speedboats boarded a Panama-flagged freighter off Yemen on Monday.", "ASSAULT YEMUAF→PAN"},
		{"Pirates hijacked a fishing trawler off Somalia on Monday.", "ASSAULT SOMUAF→a fishing trawler"},
	} {
		doc := full(t, tc.text, "2026-04-14")
		got := describeAll(doc.Events)
		if len(doc.Events) != 1 || describe(doc.Events[0]) != tc.want {
			t.Errorf("%q: events %v, want one %s", tc.text, got, tc.want)
		}
	}
}

// A relative clause that tells a toll is a happening of its own beside
// the sentence's event.
func TestTollInARelativeClause(t *testing.T) {
	doc := full(t, "Nigeria accused Niger of harbouring the bandits who killed 14 farmers in Sokoto state.", "2026-04-14")
	found := false
	for _, e := range doc.Events {
		if e.Type == "ASSAULT" && e.Trigger.Text == "killed" {
			found = true
		}
	}
	if !found {
		t.Errorf("the bandits' killing is not coded: %v", describeAll(doc.Events))
	}
}

// A place's name before a site it names ("Kasese market") places the
// event, whatever the name tagger called it.
func TestNamedSitePlacesTheEvent(t *testing.T) {
	doc := full(t, "KAMPALA - Ugandan military spokesman Felix Kulayigye said ADF fighters had fired mortars at Kasese market, killing eleven civilians.", "2026-07-02")
	if len(doc.Events) == 0 || doc.Events[0].Location != "Kasese" {
		t.Errorf("events %v, want one at Kasese (the name tagger takes it for a name)", describeAll(doc.Events))
	}
}

// A place named with "state" or "region" after it is the place, not a
// state government: what is struck there is its people.
func TestARegionNamedAsAStateIsNoGovernment(t *testing.T) {
	doc := full(t, "Nigerian jets bombed a village in Kebbi state on Monday.", "2026-06-10")
	if len(doc.Events) != 1 || actorCode(doc.Events[0].Target) != "NGACVL" {
		t.Errorf("events %v, want the village's people, NGACVL", describeAll(doc.Events))
	}
}

// Naming ("calling it a trap") codes nothing of its own.
func TestNamingIsNoEvent(t *testing.T) {
	noEventTriggeredBy(t, "Hezbollah rejected the plan, calling it a recipe for a new war.", "calling", "naming coded")
}

// noEventTriggeredBy fails when text gives an event triggered by word.
func noEventTriggeredBy(t *testing.T, text, word, why string) {
	t.Helper()
	doc := full(t, text, "2026-06-10")
	for _, e := range doc.Events {
		if e.Trigger.Text == word {
			t.Errorf("%q: events %v: %s", text, describeAll(doc.Events), why)
		}
	}
}

// No one urges itself: a statement verb the parser joins to a reported
// clause, addressed to that clause's subject, is the reporter's.
func TestNoOneUrgesItself(t *testing.T) {
	doc := full(t, "India's foreign ministry said the Chinese army had crossed first and urged Beijing to pull its troops back.", "2026-02-12")
	for _, e := range doc.Events {
		if e.Type == "DEMAND" && actorCode(e.Source) != "INDGOV" {
			t.Errorf("the demand's source = %s, want INDGOV: %v", actorCode(e.Source), describeAll(doc.Events))
		}
	}
}

// A country's seat ("outside Somalia's parliament") places an event in the
// city the sentence names for it, not in the country.
func TestASeatsCityIsThePlace(t *testing.T) {
	doc := full(t, "A suicide bomber blew himself up outside Niger's parliament in Niamey on Tuesday, killing six guards.", "2026-03-04")
	if len(doc.Events) == 0 || doc.Events[0].Location != "Niamey" {
		t.Errorf("events %v, want one at Niamey", describeAll(doc.Events))
	}
}

// A verb's pattern stays before "despite" and "amid": "appeared to hold
// despite sporadic strikes" holds no strike.
func TestPatternStopsAtDespite(t *testing.T) {
	noEventOfType(t, "The truce between Armenia and Azerbaijan appeared to hold on Sunday despite sporadic strikes along the border.", "PROTEST",
		"a truce that holds is no strike")
}

// A participle aside on the subject is no event of its own.
func TestParticipleAsideIsNoEvent(t *testing.T) {
	noEventTriggeredBy(t, "Myanmar's shadow government, formed by lawmakers ousted in the 2021 coup, called on ASEAN to expel the junta.", "ousted",
		"the aside's participle coded")
}

// TestTakenUpAttackKeepsItsScene: an attack noun that takes up an attack
// told before ("the toll from the shelling") is that attack, at its place
// and on its target, whatever place the sentence names for someone else
// ("the health ministry in Port Sudan").
func TestTakenUpAttackKeepsItsScene(t *testing.T) {
	text := "Rebel fighters shelled a displacement camp outside Kadugli on Tuesday, killing 14 people, medics said.\n\n" +
		"The health ministry in Port Sudan put the toll from the shelling at 20."
	wantEvent(t, text, "2026-06-12", "the shelling taken up at Kadugli, with a target, on 2026-06-09", func(e chronicle.Event) bool {
		return e.Trigger.Text == "shelling" && e.Location == "Kadugli" && e.Target != nil && e.Date.String() == "2026-06-09"
	})
}

// TestAddresseeNotTheComplementsPlace: an appeal's target is whom it
// addresses ("urged both sides to …"), never a place in what they are
// asked to do ("… return to talks in Jeddah"), whichever coder reads it.
func TestAddresseeNotTheComplementsPlace(t *testing.T) {
	for _, text := range []string{
		"A UN envoy urged both sides to return to talks in Jeddah.",
		"A UN envoy met the army chief in Port Sudan on Thursday and urged both sides to return to talks in Jeddah.",
	} {
		wantEvent(t, text, "2026-06-12", "a DEMAND whose target is not Saudi Arabia", func(e chronicle.Event) bool {
			return e.Type == "DEMAND" && (e.Target == nil || !strings.HasPrefix(e.Target.Code, "SAU"))
		})
	}
}

// TestForcesOfTheLeadCountry: a story without a dateline is told from the
// country whose places its first sentence names, and unnamed security
// forces there are that country's; the attackers they kill are those of
// the attack told before.
func TestForcesOfTheLeadCountry(t *testing.T) {
	text := "Al-Shabaab fighters stormed a hotel near the presidential palace in Mogadishu on Friday evening.\n\n" +
		"Security forces killed all five attackers, a police spokesman told reporters."
	wantEvent(t, text, "2026-07-19", "the killing of the attackers by SOMMIL, on SOMREB, on 2026-07-17", func(e chronicle.Event) bool {
		return e.Trigger.Text == "killed" && actorCode(e.Source) == "SOMMIL" && e.Target != nil && e.Target.Code == "SOMREB" && e.Date.String() == "2026-07-17"
	})
	// the attack condemned after the attackers were killed is the attack,
	// not the answer to it
	text = "Al-Shabaab fighters stormed a hotel in Mogadishu on Friday.\n\nSecurity forces killed all five attackers.\n\n" +
		"The African Union condemned the attack."
	wantEvent(t, text, "2026-07-19", "DISAPPROVE →SOMREB", func(e chronicle.Event) bool {
		return e.Type == "DISAPPROVE" && actorCode(e.Target) == "SOMREB"
	})
	// forces that rush somewhere pay no visit, and fire exchanged with
	// "the attackers" is with the attack's armed men
	text = "Armed men set fire to 30 houses in a village in India's Manipur state on Wednesday night.\n\n" +
		"Security forces rushed to the village and exchanged fire with the attackers."
	evs := full(t, text, "2026-05-14").Events
	for _, e := range evs {
		if e.Type == "CONSULT" {
			t.Errorf("%q: %s, want no visit", text, describe(e))
		}
	}
	wantEvent(t, text, "2026-05-14", "FIGHT INDMIL→INDUAF", func(e chronicle.Event) bool {
		return e.Type == "FIGHT" && actorCode(e.Source) == "INDMIL" && actorCode(e.Target) == "INDUAF"
	})
	// a sentence that ends with its verb has no object to read (this
	// panicked once)
	full(t, "Armed men attacked a village in Manipur.\n\nThe government agreed", "2026-05-14")
	// a sentence that names a country of its own keeps it
	text = "Al-Shabaab fighters stormed a hotel in Mogadishu on Friday.\n\nIn Kenya, security forces arrested two suspects."
	if found, got := someEvent(t, text, "2026-07-19", func(e chronicle.Event) bool {
		return strings.HasPrefix(actorCode(e.Source), "SOM") && e.Trigger.Text != "stormed"
	}); found {
		t.Errorf("%q\n got %v\nwant no Somali source for the arrests in Kenya", text, got)
	}
}

// TestWeInADirectQuoteIsTheSpeakersSide: "we" in what a state's speaker
// says in quotation marks is the side the speaker speaks for, not an actor
// of the sentence before.
func TestWeInADirectQuoteIsTheSpeakersSide(t *testing.T) {
	text := "The European Union imposed sanctions on eight Iranian officials on Monday.\n\n" +
		"“We will not allow Europe to lecture us about human rights,” Iran's foreign ministry spokesman Esmaeil Baghaei told reporters in Tehran."
	wantEvent(t, text, "2026-03-10", "REJECT by Iran", func(e chronicle.Event) bool {
		return e.Type == "REJECT" && strings.HasPrefix(actorCode(e.Source), "IRN")
	})
}

// TestTollInTheAttackNamesItsAttacker: a toll "in the ambush" takes up the
// ambush with its attacker; one "during the fighting" names no side.
func TestTollInTheAttackNamesItsAttacker(t *testing.T) {
	text := "Fighters linked to al-Qaeda ambushed a Malian army convoy near the town of Boulkessi on Sunday.\n\n" +
		"At least 40 soldiers were killed in the ambush, a local official said."
	wantEvent(t, text, "2026-02-19", "the 40 killed by MLIREB", func(e chronicle.Event) bool {
		return e.Sentence.Start > 40 && actorCode(e.Source) == "MLIREB" && e.Fatalities != nil && *e.Fatalities == 40
	})
	text = "Government forces and rebels fought for control of the town of Gao on Sunday.\n\n" +
		"At least 14 civilians were killed during the fighting, a hospital official said."
	evs := full(t, text, "2026-02-19").Events
	for _, e := range evs {
		if e.Sentence.Start > 40 && e.Source != nil {
			t.Errorf("%q: %s has a source %s, want none for a toll of two sides' fighting", text, describe(e), e.Source.Code)
		}
	}
}

// TestTheyOfUncodedSpeakers: "they" in what residents say is the residents,
// whom no dictionary names, not the actor of the sentence before.
func TestTheyOfUncodedSpeakers(t *testing.T) {
	text := "The United States pledged 50 million dollars in emergency aid for eastern Congo.\n\n" +
		"Residents of the Kanyaruchinya camp said they had received no food for two weeks."
	for _, e := range full(t, text, "2026-09-15").Events {
		if e.Sentence.Start > 50 {
			t.Errorf("%q: %s, want no event of the residents' words", text, describe(e))
		}
	}
}
