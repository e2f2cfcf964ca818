package extract

import (
	"testing"
)

// TestTallies: numbers that count an event's participants, in the
// constructions news uses. The sentences are made up for the test, on
// topics the development set does not cover.
func TestTallies(t *testing.T) {
	x := New(nil, Options{})
	tests := []struct {
		name string
		text string
		pub  string
		want []string
		not  []string
	}{
		{"object of an active verb, with agent, place and day",
			"A suicide bomber killed 14 people at a market in Kabul on Friday.",
			"2021-08-30",
			[]string{"count action=kill item=people item_class=person value=14 place=kabul when=2021-08-27 modality=past"},
			[]string{"count holder=kabul"}},
		{"subject of a passive, qualifier kept",
			"At least 30 civilians were wounded in the shelling of Kharkiv on Monday.",
			"2022-03-02",
			[]string{"count action=injure item=civilians value=30 qualifier=at_least when=2022-02-28"},
			nil},
		{"others beside named victims: the others are a part, the whole counts the names too; each name is a victim",
			"Deputy commander Hamza Yusuf and militia leader Ali Musa were killed along with eight others in a drone strike on Friday.",
			"2021-08-30",
			[]string{"count action=kill value=8 partial=true", "count action=kill value=10 partial=false",
				"event action=kill patient=hamza-yusuf", "event action=kill patient=ali-musa"},
			[]string{"count action=kill value=9"}},
		{"unaccusative verb: the dead are its subject",
			"Twelve miners died in the collapse.",
			"2023-01-10",
			[]string{"count action=kill item=miners item_class=person value=12"},
			nil},
		{"munitions fired at a target; the nationality of what is fired acts",
			"The Houthis fired 12 drones at the USS Carney on Sunday.",
			"2023-12-05",
			[]string{"count action=fire item=rockets item_class=munition agent=houthis value=12 when=2023-12-03"},
			nil},
		{"munitions as the subject of striking are the instrument; a part of those fired is not partial of them",
			"As many as 20 rockets were launched at Camp Taji, with 9 of those rockets striking.",
			"2023-02-01",
			[]string{"count action=fire value=20 target=camp-taji", "count action=strike value=9 target=camp-taji partial=false"},
			nil},
		{"an absolute 'with N killed' and a bare toll noun",
			"Gunmen attacked a convoy near Gao, with 9 soldiers killed. The army reported 4 deaths among the attackers.",
			"2022-05-01",
			[]string{"count action=kill item=troops value=9", "count action=kill item=deaths value=4"},
			nil},
		{"a participle clause is part of its main clause's event",
			"An airstrike hit a hospital in Sanaa on Tuesday, killing 8 patients.",
			"2021-06-03",
			[]string{"count action=kill item=patients value=8 when=2021-06-01"},
			nil},
		{"a rise ends a running total",
			"The death toll from the floods rose to 170 on Thursday.",
			"2022-06-17",
			[]string{"count action=kill item=deaths value=170 running=true modality=current"},
			nil},
		{"an increment is a part of the total",
			"Fourteen additional sailors have been diagnosed with injuries.",
			"2020-01-30",
			[]string{"count action=injure value=14 partial=true"},
			nil},
		{"victims named beside the toll name the incident",
			"The strike killed 6 people, including Hamza Yusuf, a senior commander.",
			"2024-01-02",
			[]string{"count action=kill value=6 incident=hamza-yusuf"},
			nil},
		{"zero without a number: 'no' before a noun phrase, 'no one'",
			"No Kenyan soldiers were killed in the raid. The blast killed no one, police said.",
			"2023-05-02",
			[]string{"count action=kill holder=kenya item=troops value=0", "count action=kill item=people value=0"},
			nil},
		{"a denial reported is not a count of zero",
			"The governor said there were no casualties in the flood.",
			"2023-05-02",
			nil,
			[]string{"count value=0"}},
		{"a number in a compound modifier is no count; a circumstance no tally",
			"A 14-member team visited two hospitals.",
			"2024-01-02",
			[]string{"count item=hospitals value=2"},
			[]string{"count action=kill", "count value=14", "count action=visit"}},
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
					found = found || matches(c, w)
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
					t.Log(describe(c), "target=", c.Target, "incident=", c.Incident, "running=", c.Running, "partial=", c.Partial)
				}
			}
			checkSpans(t, tt.text, cs)
		})
	}
}

// TestContext: what a claim's own clause leaves out, the article supplies
// and says so: the incident of a toll, the place and holder of a count.
func TestContext(t *testing.T) {
	x := New(nil, Options{})
	tests := []struct {
		name string
		text string
		pub  string
		want []string
	}{
		{"a toll belongs to the incident the article tells",
			"Hamza Yusuf was killed in a drone strike near Gao on Tuesday.\n\nLocal officials said 9 people were killed in the strike.",
			"2024-01-04",
			[]string{"count action=kill value=9 incident=hamza-yusuf when=2024-01-02"}},
		{"the strike that also killed someone is the incident told before",
			"Hamza Yusuf was killed in a drone strike near Gao on Tuesday.\n\nThe strike also killed Ali Musa.\n\nLocal officials said 9 people died.",
			"2024-01-04",
			[]string{"count action=kill value=9 incident=hamza-yusuf,ali-musa"}},
		{"where a named person was killed names the incident too",
			"Hamza Yusuf was killed in a drone strike at Baghdad International Airport.\n\nMilitants blamed the United States for an attack at Baghdad Airport.\n\nThe region is tense.\n\nOfficials said eight people were killed in the attack.",
			"2024-01-04",
			[]string{"count action=kill value=8 incident=hamza-yusuf,baghdad-international-airport"}},
		{"two undated incidents are two: a toll takes the one told beside it",
			"Two soldiers were killed in a rocket attack on Camp Taji.\nThe rockets were fired from a truck.\n\nThe region has been tense.\n\nMonths ago, a drone strike killed Hamza Yusuf.",
			"2024-01-04",
			[]string{"count action=kill value=2 incident=camp-taji"}},
		{"an event given as a motive is not where a toll happened",
			"Militants fired 20 rockets at the base in retaliation for the killing of Hamza Yusuf.",
			"2024-01-04",
			[]string{"count action=fire value=20 incident="}},
		{"a holding's place from its sentence, its paragraph, the article",
			"Germany keeps 1,100 soldiers in Lithuania. Canada has 800 soldiers there.\n\nThe Lithuanian government wants more. Italy has 200 soldiers.",
			"2024-01-04",
			[]string{"count holder=canada value=800 place=lithuania place_from=paragraph",
				"count holder=italy value=200 place=lithuania place_from=article"}},
		{"a count whose clause says where is not given another place",
			"Russia has massed 100,000 troops near the border of Ukraine. Ukraine says so.",
			"2022-01-24",
			[]string{"count holder=russia value=100000 place= place_from="}},
		{"a holder the article's other counts of the item all name",
			"The United States has 900 troops in Syria.\n\nAbout 200 troops guard the oil fields near Deir ez-Zor.",
			"2021-07-28",
			[]string{"count holder=united-states holder_from=article value=200"}},
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
					found = found || matches(c, w)
				}
				if !found {
					t.Errorf("missing %q", w)
				}
			}
			if t.Failed() {
				for _, c := range cs {
					t.Log(describe(c), "incident=", c.Incident, "place_from=", c.PlaceFrom, "holder_from=", c.HolderFrom)
				}
			}
		})
	}
}
