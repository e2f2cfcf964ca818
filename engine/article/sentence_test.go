package article

import (
	"slices"
	"testing"
)

func TestSentenceSplitting(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain stops", "Troops left. They came back! Why? Nobody knows.",
			[]string{"Troops left.", "They came back!", "Why?", "Nobody knows."}},
		{"military rank", "It killed Iranian Gen. Qasem Soleimani in a drone strike. Iraq protested.",
			[]string{"It killed Iranian Gen. Qasem Soleimani in a drone strike.", "Iraq protested."}},
		{"major in credit", "Photo by Maj. Vonnie Wright of the army. It ran.",
			[]string{"Photo by Maj. Vonnie Wright of the army.", "It ran."}},
		{"Mr and Dr", "Mr. Hood met Dr. Smith. They talked.",
			[]string{"Mr. Hood met Dr. Smith.", "They talked."}},
		{"Lt. Col.", "Lt. Col. Wayne Marotto said so. He left.",
			[]string{"Lt. Col. Wayne Marotto said so.", "He left."}},
		{"month abbreviations", "On Jan. 3 and Sept. 9 strikes hit. Feb. 5 was calm.",
			[]string{"On Jan. 3 and Sept. 9 strikes hit.", "Feb. 5 was calm."}},
		{"No. and St.", "He lives at No. 10 Downing St. Reporters waited.",
			// "St." takes a name after it, so it does not end the sentence
			// before a capital: a known limit of splitting without a parser.
			[]string{"He lives at No. 10 Downing St. Reporters waited."}},
		{"U.S. before a name", "U.S. President Joe Biden spoke. Iraq listened.",
			[]string{"U.S. President Joe Biden spoke.", "Iraq listened."}},
		{"U.S. before lower case", "The State Department said the U.S. would reduce its presence.",
			[]string{"The State Department said the U.S. would reduce its presence."}},
		{"U.S. ending a sentence", "He would seek new talks with the U.S. The talks began in June.",
			[]string{"He would seek new talks with the U.S.", "The talks began in June."}},
		{"U.S.-led", "Officials in the U.S.-led coalition agreed. Then they left.",
			[]string{"Officials in the U.S.-led coalition agreed.", "Then they left."}},
		{"initials", "J. R. Smith and John F. Kennedy met. It was short.",
			[]string{"J. R. Smith and John F. Kennedy met.", "It was short."}},
		{"decimals", "Growth was 3.5 percent, up from 2.1. Prices rose.",
			[]string{"Growth was 3.5 percent, up from 2.1.", "Prices rose."}},
		{"digit opens a sentence", "Troops left in 2011. 2014 brought them back.",
			[]string{"Troops left in 2011.", "2014 brought them back."}},
		{"currency opens a sentence", "Prices rose. $3 billion was spent.",
			[]string{"Prices rose.", "$3 billion was spent."}},
		{"quote with comma and attribution", "“We are there at their invitation; we are their guests. And, so, they reaffirmed that again to us today,” Hood said.",
			[]string{"“We are there at their invitation; we are their guests. And, so, they reaffirmed that again to us today,” Hood said."}},
		{"quotation of two sentences without attribution", "“We are their guests. They protect us.” The talks ended.",
			[]string{"“We are their guests.", "They protect us.”", "The talks ended."}},
		{"attributed quotation then a new sentence", `"We will stay. We will train," Hood said. Talks ended. "Good." Then he left.`,
			[]string{`"We will stay. We will train," Hood said.`, "Talks ended.", `"Good."`, "Then he left."}},
		{"quotation never closed", "“We will stay. They said so. Nobody asked.",
			[]string{"“We will stay.", "They said so.", "Nobody asked."}},
		{"second quotation opens first", "“We will stay. “Never,” he said.",
			[]string{"“We will stay.", "“Never,” he said."}},
		{"quote ending in a stop then attribution", "“We will stay.” Hood said. Then he left.",
			[]string{"“We will stay.” Hood said.", "Then he left."}},
		{"exclamation inside quote then lower case", "“Troops out!” they chanted. Police watched.",
			[]string{"“Troops out!” they chanted.", "Police watched."}},
		{"quote then new sentence", `It was a "natural step in these ongoing dialogues." "This is a shift in mission, not a removal," she stressed.`,
			[]string{`It was a "natural step in these ongoing dialogues."`, `"This is a shift in mission, not a removal," she stressed.`}},
		{"quote then new sentence with speech verb far off", `Troops returned after the rise of the "caliphate." Baghdad announced its defeat in 2017, but forces stayed.`,
			[]string{`Troops returned after the rise of the "caliphate."`, `Baghdad announced its defeat in 2017, but forces stayed.`}},
		{"said with name after", "“It is done,” said Joey Hood, acting assistant secretary. He left.",
			[]string{"“It is done,” said Joey Hood, acting assistant secretary.", "He left."}},
		{"ellipsis", "He paused... Then he spoke.",
			[]string{"He paused...", "Then he spoke."}},
		{"Jr. ends a sentence before an opener", "He met Martin Luther King Jr. The march began. Sammy Davis Jr. Sang.",
			[]string{"He met Martin Luther King Jr.", "The march began.", "Sammy Davis Jr. Sang."}},
		{"e.g. and etc.", "Arms, e.g. rifles, etc. were sent. The End came.",
			[]string{"Arms, e.g. rifles, etc. were sent.", "The End came."}},
		{"headline without stop", "US troops to leave Iraq\nThe State Department said so.",
			[]string{"US troops to leave Iraq", "The State Department said so."}},
		{"closing parenthesis", "They left (in March.) The base closed.",
			[]string{"They left (in March.)", "The base closed."}},
		{"dash after stop", "They left. — and came back.",
			[]string{"They left. — and came back."}},
		{"list bullets in plain text", "• Troops left.\n- Bases closed.\n* Talks went on.\n-5 degrees was the low.",
			[]string{"Troops left.", "Bases closed.", "Talks went on.", "-5 degrees was the low."}},
		{"CRLF line ends", "US troops to stay\r\n\r\nTroops left. They came back.\r\nTalks went on.\r\n",
			[]string{"US troops to stay", "Troops left.", "They came back.", "Talks went on."}},
		{"non-breaking spaces", "\u00a0Troops left.\u00a0They came back.\u00a0\n\u00a0\nTalks went on.",
			[]string{"Troops left.", "They came back.", "Talks went on."}},
		{"line continued in lower case", "The troops will leave\nin the coming months, officials said.",
			[]string{"The troops will leave\nin the coming months, officials said."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, "x.txt", tt.in)
			if got := texts(a); !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestHeadlineFlag(t *testing.T) {
	a := mustParse(t, "x.txt", "US reiterates commitment\n\nJune 12, 2020\n\nThe United States said it would reduce forces.\n“Troops out of Iraq!”\n")
	var got []bool
	for _, s := range a.Sentences {
		got = append(got, s.Headline)
	}
	if want := []bool{true, true, false, false}; !slices.Equal(got, want) {
		t.Errorf("headline flags %v, want %v (%q)", got, want, texts(a))
	}
}
