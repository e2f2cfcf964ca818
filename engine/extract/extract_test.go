package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/engine/claim"
)

// fields flattens a claim to name=value pairs for table tests: every field
// of the claim schema, written as claim.Field.Text writes it.
func fields(c *claim.Claim) map[string]string {
	m := make(map[string]string, len(claim.Fields))
	for _, f := range claim.Fields {
		m[f.Name] = f.Text(c)
	}
	return m
}

// want is "kind k=v k=v ...": a claim matches when every named field is
// equal (quote: the quote starts with the value, with "_" for spaces).
func matches(c *claim.Claim, want string) bool {
	parts := strings.Fields(want)
	f := fields(c)
	if f["kind"] != parts[0] {
		return false
	}
	for _, kv := range parts[1:] {
		k, v, _ := strings.Cut(kv, "=")
		if k == "quote" {
			if !strings.HasPrefix(f[k], strings.ReplaceAll(v, "_", " ")) {
				return false
			}
			continue
		}
		if f[k] != v {
			return false
		}
	}
	return true
}

var day = func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }

func TestConstructions(t *testing.T) {
	x := New(nil, Options{})
	tests := []struct {
		name string
		text string
		pub  string
		want []string // claims that must be there
		not  []string // claims that must not
	}{
		{"active with instrument and demonym agent",
			"Tension heightened between the US and Iran after an American drone strike killed Iranian military leader Qassem Suleimani in January near Baghdad International Airport.",
			"2020-06-12",
			[]string{"event action=kill agent=united-states patient=qassem-soleimani instrument=drone-strike place=baghdad-international-airport when=2020-01-01..2020-01-31 modality=past"},
			[]string{"event action=kill agent=iran"}},
		{"passive with by-phrase",
			"Qassem Soleimani was killed by a US drone strike in Baghdad in January.",
			"2020-06-12",
			[]string{"event action=kill agent=united-states patient=qassem-soleimani place=baghdad"}, nil},
		{"relative clause takes its agent from the coordinated strikes",
			"The continued U.S. presence in Iraq had reached a particularly contentious point in January after U.S. strikes on pro-Iranian Iraqi militias and an airstrike that killed Iranian Quds Force Gen. Qassem Soleimani near the Baghdad International Airport in Iraq.",
			"2020-06-12",
			[]string{
				"event action=kill agent=united-states patient=qassem-soleimani instrument=airstrike place=baghdad-international-airport",
				"event action=strike agent=united-states",
				"role person=qassem-soleimani title=general",
			}, []string{"event action=kill agent=iran"}},
		{"pronoun subject and the time a when-clause hangs on",
			"The US has been under pressure to exit Iraq since January, when it killed Iranian Gen. Qasem Soleimani in a drone strike in Baghdad.",
			"2020-09-20",
			[]string{"event action=kill agent=united-states patient=qassem-soleimani instrument=drone-strike place=baghdad when=2020-01-01..2020-01-31"},
			[]string{"event action=withdraw"}}, // "pressure to exit" is a purpose, not an event
		{"nominalisation with of and by",
			"The killing of Qassem Soleimani by the United States angered Tehran.",
			"2020-06-12",
			[]string{"event action=kill agent=united-states patient=qassem-soleimani"}, nil},
		{"nominalisation dated by a year in the phrase",
			"US forces have been deployed in the country following the 2003 invasion. The 2008 SFA provides for security cooperation.",
			"2021-07-26",
			[]string{"event action=invade when=2003-01-01..2003-12-31", "event action=agree when=2008-01-01..2008-12-31"}, nil},
		{"possessor of a defeat is its patient, the announcer its agent",
			"Baghdad announced Daesh’s defeat in 2017, but U.S. forces have remained ever since.",
			"2021-07-26",
			[]string{"event action=defeat agent=iraq patient=isis when=2017-01-01..2017-12-31"},
			[]string{"event action=announce"}},
		{"negation with nor",
			"The United States reiterated that it does not seek nor request permanent bases or a permanent military presence in Iraq.",
			"2020-06-12",
			[]string{"event action=seek agent=united-states negated=true"},
			[]string{"event action=seek negated=false"}},
		{"modality: would continue is planned",
			"Over the coming months the US would continue reducing forces from Iraq.",
			"2020-06-12",
			[]string{"event action=reduce agent=united-states patient=troops modality=planned"}, nil},
		{"modality: past withdrawal, passive without agent",
			"US forces pulled out of Iraq in 2011. Troops were temporarily withdrawn in 2011, only to return later.",
			"2021-07-26",
			[]string{
				"event action=withdraw agent=united-states place=iraq modality=past when=2011-01-01..2011-12-31",
				"event action=withdraw agent= patient=troops modality=past",
			}, nil},
		{"change from X to Y",
			"Earlier this month, the United States announced it would reduce the number of American troops in Iraq from 5,200 to 3000.",
			"2020-09-20",
			[]string{
				"count holder=united-states item=troops place=iraq value=5200 modality=current as_of=2020-09-01..2020-09-19",
				"count holder=united-states item=troops place=iraq value=3000 modality=planned",
				"event action=reduce agent=united-states patient=troops modality=planned",
			}, nil},
		{"additional forces and the country",
			"US troops have been in Iraq since 2014. There are currently around 5,000 U.S. troops in the country, and around 2,500 additional coalition forces from other countries.",
			"2020-06-12",
			[]string{
				"count holder=united-states item=troops place=iraq value=5000 qualifier=about modality=current as_of=2020-06-12",
				"count holder=coalition item=troops place=iraq value=2500 qualifier=about modality=current as_of=2020-06-12",
			}, nil},
		{"another N takes the item of the count before",
			"Iraq hosts foreign troops. The United States has had around 5,000 troops stationed in the country, and coalition allies another 2,500.",
			"2020-06-12",
			[]string{
				"count holder=united-states item=troops place=iraq value=5000 modality=current",
				"count holder=coalition item=troops place=iraq value=2500 modality=current",
			}, []string{"event action=deploy"}},
		{"changes with the item between their ends or far from their verb; modifiers, back-references and 'one' are no counts",
			"Paris will cut its presence in Mali from 5,100 troops to 2,500. London will reduce the number of British soldiers in Estonia to 900. As many as 30 107-mm rockets were launched. Of those 80 soldiers, most returned. One attack in Gao killed a soldier.",
			"2022-02-17",
			[]string{"count holder=france item=troops value=5100 modality=current", "count item=troops value=2500 modality=planned",
				"count holder=united-kingdom item=troops value=900 modality=planned"},
			[]string{"count value=107", "count value=80", "count value=1 item=attacks"}},
		{"new cases are a count; vague thousands are no checkable figure",
			"Iraq reports 8,331 new COVID-19 cases in highest daily increase. There are still thousands of troops in Iraq.",
			"2021-04-07",
			[]string{"count holder=iraq item=cases value=8331 modality=current"}, []string{"count qualifier=vague"}},
		{"years and numbers in names are not counts",
			"Soldiers from the 327th Infantry Regiment trained in 2019 under Resolution 2334.",
			"2020-06-12",
			nil, []string{"count"}},
		{"roles: title before name, with org and place",
			"US ambassador to Baghdad Matthew Tueller met with the Iraqi defense minister Jouma Enad in Baghdad on Sunday.",
			"2020-09-20",
			[]string{
				"role person=matthew-tueller title=ambassador org=united-states as_of=2020-09-20",
				"role person=jouma-enad title=defense-minister org=iraq",
				"event action=meet agent=matthew-tueller patient=jouma-enad place=baghdad when=2020-09-20",
			}, nil},
		{"roles: apposition, possessive org, comma before name",
			"Secretary of State Antony Blinken spoke with Iraq’s new Prime Minister Mustafa al-Kadhimi, who met US president, Donald Trump, last year.",
			"2021-04-07",
			[]string{
				"role person=antony-blinken title=secretary-of-state",
				"role person=mustafa-al-kadhimi title=prime-minister org=iraq",
				"role person=donald-trump title=president org=united-states",
			}, nil},
		{"quotes: said NAME, surname later, he said",
			"“We are there at their invitation,” said Joey Hood, acting assistant secretary of State for Near Eastern Affairs. “They know that they have an obligation to protect us,” Hood said. “They reaffirmed that again to us today,” he said.",
			"2021-04-07",
			[]string{
				"quote speaker=joey-hood quote=We_are_there_at_their_invitation",
				"quote speaker=joey-hood quote=They_know_that",
				"quote speaker=joey-hood quote=They_reaffirmed",
				"role person=joey-hood",
			}, nil},
		{"quotes: statement authors, the statement read, honorific surname",
			"US and Iraqi officials met on Thursday, a joint statement from Washington and Baghdad said. “The two countries recognised the progress made against the ISIS threat,” the statement read. David Schenker, the State Department’s top Middle East official, spoke later. “Iran is promoting sectarian division in the region,” Mr Schenker said.",
			"2020-06-12",
			[]string{
				"quote speaker=united-states quote=The_two_countries",
				"quote speaker=david-schenker quote=Iran_is_promoting",
			}, []string{"role title=mr"}},
		{"apposition before a passive; the raid's nationality acts",
			"Abu Bakr al-Baghdadi, the leader of the Islamic State, was killed in a US raid in northwestern Syria in October 2019.",
			"2020-06-12",
			[]string{"event action=kill agent=united-states patient=abu-bakr-al-baghdadi instrument=raid when=2019-10-01..2019-10-31"}, nil},
		{"a direct object makes a bare past form finite; a capital is a place as patient",
			"The Taliban seized Kabul on August 15, 2021, after US forces withdrew from most of Afghanistan.",
			"2022-02-10",
			[]string{"event action=seize agent=taliban patient=kabul when=2021-08-15", "event action=withdraw agent=united-states"}, nil},
		{"possessive holder, government body counts for its country, by-times do not date a count",
			"Germany plans to withdraw its 1,100 soldiers from Mali by next May. The Pentagon is sending 1,500 additional troops to the Middle East.",
			"2023-01-20",
			[]string{
				"count holder=germany item=troops value=1100 as_of=2023-01-20",
				"event action=withdraw agent=germany patient=troops modality=planned",
				"count holder=united-states item=troops value=1500",
			}, nil},
		{"casualty count takes the tense of the verb after it",
			"At least 30 people were killed when airstrikes hit a school. “The ceasefire is holding,” according to Ukrainian Foreign Minister Dmytro Kuleba.",
			"2022-02-10",
			[]string{"count item=people value=30 qualifier=at_least modality=past", "quote speaker=dmytro-kuleba quote=The_ceasefire"}, nil},
		{"a support verb hands its subject to the event noun",
			"Russian forces launched a massive missile attack on Kyiv early Monday, killing at least nine people, Ukrainian officials said.",
			"2022-10-10",
			[]string{"event action=attack agent=russia patient=kyiv"},
			[]string{"event action=fire"}},
		{"a verb of saying takes a clause, not an agent for the noun after it",
			"Ukrainian President Volodymyr Zelenskyy said the strikes targeted energy infrastructure.",
			"2022-10-10",
			[]string{"role title=president org=ukraine"},
			[]string{"event action=strike"}},
		{"titles cover whole words",
			"NATO Secretary-General Jens Stoltenberg spoke in Brussels.",
			"2022-10-10",
			nil, []string{"role title=general"}},
		{"elliptic counts, possessor countries, rises and cuts",
			"The US has 2,500 troops in Iraq and 900 in Syria. Iraq's health ministry reported 2,000 new infections on Sunday. The death toll rose to 150 on Tuesday. France will cut its troops in the Sahel from 5,100 to 2,500 by next year.",
			"2022-03-10",
			[]string{
				"count holder=united-states item=troops place=iraq value=2500",
				"count holder=united-states item=troops place=syria value=900",
				"count holder=iraq item=cases value=2000",
				"count item=deaths value=150 modality=current",
				"count holder=france item=troops value=5100 modality=current",
				"count holder=france item=troops value=2500 modality=planned",
			}, nil},
		{"now overrides a past tense for a count; by-phrase agent reached past the patient",
			"Five Nigerian soldiers were killed in an ambush by Boko Haram fighters in Borno state, the army said. The general said that more than 2,000 soldiers were now in the city.",
			"2021-05-04",
			[]string{
				"count holder=nigeria item=troops value=5 modality=past",
				"event action=kill agent=boko-haram patient=troops",
				"count item=troops value=2000 qualifier=more_than modality=current",
			}, nil},
		{"an apposition after the attribution names the speaker and the role",
			"“Attacks on aid workers must stop,” the spokesman, John Smith, told reporters.",
			"2021-05-04",
			[]string{"quote speaker=john-smith quote=Attacks_on_aid", "role person=john-smith title=spokesperson"}, nil},
		{"a subject before a non-restrictive relative clause",
			"Saudi-led coalition jets, which have bombed Yemen since 2015, struck a prison in Saada on Friday.",
			"2021-12-20",
			[]string{"event action=strike agent=saudi-arabia-led-coalition patient=yemen", "event action=strike agent=saudi-arabia-led-coalition when=2021-12-17"},
			[]string{"event agent=coalition"}},
		{"an X-led coalition is X's, not the US-led one, and so is a later bare coalition",
			"The Saudi-led coalition has about 10,000 troops in Yemen. The coalition said it struck Houthi positions. Separately, the US-led coalition has 2,500 troops in Iraq.",
			"2021-12-20",
			[]string{
				"count holder=saudi-arabia-led-coalition item=troops place=yemen value=10000",
				"event action=strike agent=saudi-arabia-led-coalition",
				"count holder=coalition item=troops place=iraq value=2500",
			},
			[]string{"count holder=coalition place=yemen"}},
		{"a title without an org takes the side the person leads",
			"Defence Secretary Ben Wallace led the British delegation at the talks with France on Monday. Foreign Minister Jean Dupont, the top French diplomat, met Iraqi officials.",
			"2022-03-10",
			[]string{"role person=ben-wallace title=secretary-of-defense org=united-kingdom", "role person=jean-dupont title=foreign-minister org=france"},
			[]string{"role org=iraq"}},
		{"a side the person meets is not theirs",
			"Secretary of State Mike Pompeo met the Iraqi delegation in Baghdad. Prime Minister Mustafa al-Kadhimi thanked the Iraqi team while Secretary of State Mike Pompeo praised Iraq's side.",
			"2020-08-20",
			[]string{"role person=mike-pompeo title=secretary-of-state org="},
			[]string{"role person=mike-pompeo org=iraq"}},
		{"an announcement of a troop move is dated; the move it announces is planned",
			"The announcement of the French troops' withdrawal from Mali by the Elysee on February 17 angered Bamako. Germany's announcement of new sanctions on March 3 followed.",
			"2022-03-10",
			[]string{
				"event action=announce patient=troops-withdraw place=mali when=2022-02-17 modality=past",
				"event action=withdraw agent=france patient=troops place=mali when=unknown modality=planned",
			},
			[]string{"event action=withdraw when=2022-02-17", "event action=announce agent=germany"}},
		{"a pullout from some bases is not a pullout from the country",
			"The threat of rocket fire led Britain to pull troops out of two Afghan bases in May.",
			"2021-06-01",
			[]string{"event action=withdraw agent=united-kingdom patient=troops place= when=2021-05-01..2021-05-31"},
			[]string{"event action=withdraw place=afghanistan"}},
		{"counts take the place troops move to or from, and the place that hosts them",
			"Britain is sending 800 soldiers to Estonia. About 600 Dutch troops were withdrawn from southern Mali on Friday. Kuwait hosts some 13,500 American troops.",
			"2022-03-10",
			[]string{
				"count holder=united-kingdom item=troops place=estonia value=800",
				"count holder=netherlands item=troops place=mali value=600 modality=past",
				"count holder=united-states item=troops place=kuwait value=13500 modality=current",
			}, nil},
		{"numbers as subjects, partitives, participle clauses and a ministry named before",
			"Spain will withdraw its 300 soldiers from Lebanon, the army said. Officials said nearly 200 of the troops would return home, while 100 would move to Cyprus. A bomb hit a patrol near Tyre, killing two civilians and wounding four Spanish soldiers. Chile's health ministry said on Monday it had found 900 new cases. The ministry also recorded 12 deaths.",
			"2022-03-10",
			[]string{
				"count holder=spain item=troops place=lebanon value=300 modality=current",
				"count holder=spain item=troops value=200 modality=planned",
				"count holder=spain item=troops value=100 modality=planned",
				"count holder=spain item=troops value=4 modality=past",
				"count holder=chile item=deaths value=12",
			}, nil},
		{"a decided move is planned",
			"The president approved the deployment of 1,000 Italian troops to Niger.",
			"2022-03-10",
			[]string{"count holder=italy item=troops place=niger value=1000 modality=planned"}, nil},
		{"gerund clauses after an opener, demands, idioms and support verbs",
			"Chancellor Olaf Scholz spoke to reporters after meeting President Emmanuel Macron in Paris. The junta demanded that German troops leave. Scholz toured Mali shortly before leaving office. The army said Turkish jets carried out strikes on facilities used by militants in Iraq.",
			"2022-03-10",
			[]string{"event action=meet agent=olaf-scholz patient=emmanuel-macron", "event action=strike agent=turkiye"},
			[]string{"event action=withdraw"}},
		{"a restrictive relative clause takes its main clause's time; a non-restrictive one does not",
			"On Tuesday, a drone struck a convoy that killed two Somali soldiers. Al-Shabaab, which seized Baidoa, attacked Mogadishu on Friday.",
			"2022-03-10",
			[]string{"event action=kill patient=troops when=2022-03-08"},
			[]string{"event action=seize when=2022-03-04"}},
		{"numbering, others, completed withdrawals, and rebels named by nationality",
			"Russian forces, numbering about 190,000, massed near the border. A Nepali peacekeeper was killed and three others were wounded near Gao. The US has withdrawn about 1,000 soldiers from Syria. Turkish troops and their Syrian rebel allies seized the town of Tal Abyad on Sunday.",
			"2022-02-03",
			[]string{
				"count holder=russia item=troops value=190000 modality=current",
				"count item=troops value=3 modality=past",
				"count holder=united-states item=troops place=syria value=1000 modality=past",
				"event action=seize agent=turkiye",
			},
			[]string{"event action=seize agent=syria", "event action=seize agent="}},
		{"a time after an earlier event word is that event's, not a later one's",
			"The announcement of the pullout by the Pentagon on March 3 came after President Recep Tayyip Erdogan's visit to Washington.",
			"2022-03-10",
			[]string{"event action=visit when=unknown"},
			[]string{"event action=visit when=2022-03-03"}},
		{"possessor holders, bodies acting for their country, killers do not hold the killed, earlier figures",
			"Canada's 800 soldiers in Latvia lead the battlegroup. Nigeria's army said it had killed 50 militants. North Korea has launched more than 100 missiles. Poland now hosts 10,000 US soldiers, up from 4,500 last year.",
			"2022-02-03",
			[]string{
				"count holder=canada item=troops place=latvia value=800",
				"event action=kill agent=nigeria patient=fighters",
				"count agent=north-korea item=rockets value=100 action=fire",
				"count holder=united-states item=troops place=poland value=10000 modality=current",
				"count holder=united-states item=troops place=poland value=4500 modality=past as_of=2021-01-01..2021-12-31",
			},
			[]string{"count holder=nigeria item=fighters"}},
		{"a clause of simultaneity takes its main clause's time",
			"The Taliban seized Kabul in August 2021 as US troops withdrew.",
			"2022-11-20",
			[]string{"event action=withdraw agent=united-states when=2021-08-01..2021-08-31"}, nil},
		{"a rank between the title and the name; the country's former president",
			"Afghan forces collapsed in Afghanistan. The Pentagon's press secretary, Brig. Gen. Pat Ryder, said the withdrawal was over. The country's former president, Ashraf Ghani, fled to the UAE.",
			"2023-02-20",
			[]string{"role person=pat-ryder title=press-secretary org=pentagon", "role person=ashraf-ghani title=president org=afghanistan modality=past"}, nil},
		{"an infinitive's controller holds what it plans to send",
			"Japan plans to send 200 troops to South Sudan.",
			"2023-08-01",
			[]string{"count holder=japan item=troops place=south-sudan value=200 modality=planned"}, nil},
		{"counts whose holder is in a relative clause",
			"The 5,000 troops that the US keeps in Iraq will stay. About 2,000 soldiers whom Britain deployed to Estonia returned home. The 900 troops Washington maintains in Syria face attacks. France, whose 5,100 soldiers were in Mali, left.",
			"2023-08-01",
			[]string{
				"count holder=united-states item=troops place=iraq value=5000",
				"count holder=united-kingdom item=troops place=estonia value=2000",
				"count holder=united-states item=troops place=syria value=900",
				"count holder=france item=troops place=mali value=5100",
			}, nil},
		{"according to X; a participle aside between the speaker and said",
			"“We are not leaving,” Defense Secretary Lloyd Austin told reporters on Tuesday. According to Iraqi Prime Minister Mohammed Shia al-Sudani, “the coalition is no longer needed in Iraq.” A senior State Department official, speaking on condition of anonymity, said “no decision has been made on the timing.”",
			"2024-01-20",
			[]string{
				"quote speaker=mohammed-shia-al-sudani quote=the_coalition",
				"quote speaker=senior-state-department-official quote=no_decision",
			},
			[]string{"quote speaker=lloyd-austin quote=the_coalition", "quote speaker=condition"}},
		{"a possessed figure sent somewhere is planned there",
			"France will send its 500 soldiers to Estonia. The US will withdraw the remaining 2,500 troops from Afghanistan.",
			"2021-04-01",
			[]string{
				"count holder=france item=troops place=estonia value=500 modality=planned",
				"count holder=united-states item=troops place=afghanistan value=2500 modality=current",
			}, nil},
		{"the time of an attribution is not the event's; coordinated verbs share a modal",
			"Since October 17, US forces in Syria have been attacked at least 60 times, the Pentagon said on Monday. British troops will train and redeploy their forces from Estonia, a statement said Tuesday.",
			"2023-12-04",
			[]string{"event action=attack patient=troops when=2023-10-17..2023-12-04", "event action=redeploy agent=united-kingdom modality=planned when=unknown"},
			[]string{"event action=attack when=2023-12-04"}},
		{"the headline's country is the main place; the ordered side owns its troops; a reported plan is not dated by the report",
			"Chad expels French troops\n\nChad has ordered France to withdraw its roughly 1,000 troops from the country, the foreign ministry said on Thursday. About 350 French soldiers are based in Senegal, and some 1,500 in Djibouti. French President Emmanuel Macron announced in February 2022 that France would leave Mali.",
			"2024-11-29",
			[]string{
				"count holder=france item=troops place=chad value=1000 modality=current",
				"event action=withdraw agent=france patient=troops place=chad",
				"event action=withdraw agent=france modality=planned when=unknown",
			}, []string{"count holder=chad"}},
		{"a purpose moves nobody; what is denied is not asserted",
			"The Pentagon has put about 8,500 US troops on alert to deploy to Eastern Europe. Russia has massed 100,000 troops near the border, though Moscow denies it plans to invade.",
			"2022-01-24",
			[]string{"count holder=united-states item=troops place= value=8500 modality=current"},
			[]string{"count place=eastern-europe", "event action=invade"}},
		{"the day something was said does not date what was reported",
			"Yemen's Houthi rebels said on Tuesday they had fired missiles at a US destroyer in the Red Sea.",
			"2024-01-16",
			[]string{"event action=fire agent=houthis when=unknown"},
			[]string{"event action=fire when=2024-01-16"}},
		{"where troops come from is not where they are withdrawn from",
			"About 2,000 soldiers from France will withdraw from Mali.",
			"2022-03-10",
			[]string{"count holder=france item=troops place=mali value=2000"},
			[]string{"count place=france"}},
		{"a verb after a relative clause has the antecedent as subject; a number's of-phrase is the patient",
			"About 2,000 soldiers whom Britain deployed to Estonia returned to Britain. France said it would withdraw some 2,500 of its soldiers from Niger.",
			"2023-08-01",
			[]string{"event action=withdraw agent=france patient=troops", "count holder=united-kingdom item=troops place=estonia value=2000"},
			[]string{"event action=return agent=estonia"}},
		{"a mission holds troops for its sponsor, past an apposition naming it",
			"The African Union mission, ATMIS, has about 17,000 troops in Somalia.",
			"2024-02-12",
			[]string{"count holder=african-union item=troops place=somalia value=17000"}, nil},
		{"a past form after a name the tagger read as an adjective, and one joined to it, are finite",
			"In March, the U.S. military attacked and killed Hamza Yusuf near Gao.",
			"2020-06-12",
			[]string{"event action=kill agent=us-military patient=hamza-yusuf when=2020-03-01..2020-03-31"}, nil},
		{"a participle set off after a name tells what befell it",
			"Protests followed the death of Hamza Yusuf, killed in a French drone strike on March 3 near Gao.",
			"2020-06-12",
			[]string{"event action=kill agent=france patient=hamza-yusuf when=2020-03-03"}, nil},
		{"a relative after an event noun's place phrase is the event's; a name in apposition is the patient",
			"Militants attacked the base in response to a French drone strike in Gao that killed the group’s most senior commander, Hamza Yusuf, on March 3.",
			"2020-06-12",
			[]string{"event action=kill agent=france patient=hamza-yusuf when=2020-03-03"}, []string{"event action=kill agent=gao"}},
		{"a verb with a direct object is finite after a place and a time; the subject's time dates it",
			"Protests have grown since a French drone strike in Gao in March killed Hamza Yusuf.",
			"2020-06-12",
			[]string{"event action=kill agent=france patient=hamza-yusuf when=2020-03-01..2020-03-31"}, nil},
		{"what is fired at a facility: the facility is the patient, the munition the instrument, the facility the place",
			"Ten rockets were launched at the U.S. and ally-occupied Al Asad military base in Iraq early Wednesday.",
			"2021-03-04",
			[]string{"event action=fire patient=ain-al-asad instrument=rockets place=ain-al-asad when=2021-03-03"},
			[]string{"event action=fire patient=rockets", "event action=fire place=united-states"}},
		{"an attack at a facility is aimed at it",
			"Dozens were hurt in the Iranian ballistic missile attack at al-Asad Air Base in Iraq on Jan. 8.",
			"2020-02-10",
			[]string{"event action=attack agent=iran patient=ain-al-asad when=2020-01-08"}, nil},
		{"a title's organisation is the head of its of-phrase; a role given with a dated killing is dated by it",
			"A French drone strike on March 3 killed Hamza Yusuf, the commander of the elite Quds Force of Iran’s Revolutionary Guard.",
			"2021-01-04",
			[]string{"role person=hamza-yusuf title=commander org=quds-force as_of=2020-03-03"},
			[]string{"role person=hamza-yusuf org=irgc", "role person=hamza-yusuf org=iran"}},
		{"an organisation glossed by its acronym before the title; a rank between organisation and name",
			"Islamic Revolutionary Guard Corps (IRGC) commander Hamza Yusuf met head of the Iranian Revolutionary Guards’ Corps General Ali Musa.",
			"2021-01-04",
			[]string{"role person=hamza-yusuf title=commander org=irgc", "role person=ali-musa title=head org=irgc"}, nil},
		{"a name after a possessive in the of-phrase is part of the organisation",
			"The strike also killed Hamza Yusuf, the deputy head of Iraq’s Hashed al-Shaabi military force, the officials added.",
			"2021-01-04",
			[]string{"role person=hamza-yusuf title=deputy-head org=iraq"}, []string{"role person=hashed-al-shaabi"}},
		{"a part of a whole counted after it: both are counts, the part marked",
			"He said he was told to issue four of 23 Purple Hearts in February 2020.",
			"2021-02-10",
			[]string{"count item=awards value=4 partial=true", "count item=awards value=23 partial=false"}, nil},
		{"a peak is a past figure, the level beside it current",
			"France has about 2,400 troops in Mali, down from a peak of 5,100 in 2021.",
			"2022-02-17",
			[]string{"count holder=france value=2400 modality=current peak=false", "count holder=france value=5100 modality=past peak=true"}, nil},
		{"at the height of: the clause's figure is a peak",
			"France had some 4,500 troops in Mali at the height of its deployment, officials said.",
			"2022-02-17",
			[]string{"count holder=france value=4500 modality=past peak=true"}, nil},
		{"by and a gerund: the main clause's subject acts",
			"The French army acted in self-defence by killing Hamza Yusuf.",
			"2020-06-12",
			[]string{"event action=kill agent=france patient=hamza-yusuf"}, nil},
		{"responsible for and a gerund: the subject acts",
			"Iran was responsible for killing 608 U.S. troops during the Iraq War.",
			"2020-06-12",
			[]string{"event action=kill agent=iran patient=troops"}, nil},
		{"scare quotes are not quotations",
			"US troops will “transition” out of Iraq, the statement said.",
			"2021-04-07",
			nil, []string{"quote", "event action=transition"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, err := x.Text("t", tt.text, day(tt.pub))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				found := false
				for _, c := range cs {
					if matches(c, w) {
						found = true
					}
				}
				if !found {
					t.Errorf("missing %q", w)
				}
			}
			for _, n := range tt.not {
				for _, c := range cs {
					if matches(c, n) {
						t.Errorf("unwanted %q: %s", n, describe(c))
					}
				}
			}
			if t.Failed() {
				for _, c := range cs {
					t.Log(describe(c))
				}
			}
			checkSpans(t, tt.text, cs)
		})
	}
}

// checkSpans asserts the positional contract: every claim's sentence and
// focus lie inside the text, the focus inside the sentence, and Text is
// the file's bytes at Start:End.
func checkSpans(t *testing.T, text string, cs []*claim.Claim) {
	t.Helper()
	for _, c := range cs {
		if c.Start < 0 || c.End > len(text) || c.Start > c.End {
			t.Fatalf("%s: sentence %d..%d outside the text (%d bytes)", c.ID, c.Start, c.End, len(text))
		}
		if text[c.Start:c.End] != c.Text {
			t.Fatalf("%s: text %q is not file[%d:%d]", c.ID, c.Text, c.Start, c.End)
		}
		if c.FocusStart < c.Start || c.FocusEnd > c.End || c.FocusStart > c.FocusEnd {
			t.Fatalf("%s: focus %d..%d outside sentence %d..%d", c.ID, c.FocusStart, c.FocusEnd, c.Start, c.End)
		}
		if !strings.HasPrefix(c.ID, c.Article+"#") {
			t.Fatalf("claim id %q does not start with the article id", c.ID)
		}
	}
}

// A claim's focus is the words it rests on, whichever comes first: the
// number or its item.
func TestCountFocus(t *testing.T) {
	x := New(nil, Options{})
	for _, tt := range []struct{ text, focus string }{
		{"There are currently around 5,000 U.S. troops in Iraq.", "around 5,000 U.S. troops"},
		{"The United States said it would reduce the number of American troops in Iraq from 5,200 to 3000.", "5,200"},
	} {
		cs, err := x.Text("t", tt.text, day("2020-09-20"))
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) == 0 || cs[0].Kind != "count" {
			t.Fatalf("%q: no count", tt.text)
		}
		if got := cs[0].Text[cs[0].FocusStart-cs[0].Start : cs[0].FocusEnd-cs[0].Start]; got != tt.focus {
			t.Errorf("%q: focus %q, want %q", tt.text, got, tt.focus)
		}
	}
}
