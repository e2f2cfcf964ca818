package nlp

import (
	"strings"
	"testing"
)

// tagged renders tokens as "word/TAG" for compact expectations.
func tagged(text string) string {
	var b []string
	for _, t := range Tokenize(text) {
		b = append(b, t.Text+"/"+t.Tag.String())
	}
	return strings.Join(b, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S. troops", "U.S./PROPN troops/NOUN"},
		{"from 5,200 to 3000.", "from/PREP 5,200/NUM to/TO 3000/NUM ./PUNCT"},
		{"after Mustafa al-Kadhimi’s visit", "after/PREP Mustafa/PROPN al-Kadhimi/NOUN ’s/POSS visit/NOUN"},
		{"it doesn't seek", "it/PRON does/AUX n't/NEG seek/VERB"},
		{"“We are,” he said.", "“/QUOTE We/PRON are/AUX ,/PUNCT ”/QUOTE he/PRON said/VERB ./PUNCT"},
		{"COVID-19 cases", "COVID-19/PROPN cases/NOUN"},
		{"the troops' withdrawal", "the/DET troops/NOUN '/POSS withdrawal/NOUN"},
		{"the US troops’ drawdown", "the/DET US/PROPN troops/NOUN ’/POSS drawdown/NOUN"},
		{"the word 'troops' is", "the/DET word/NOUN '/PUNCT troops/NOUN '/PUNCT is/AUX"},
	}
	for _, tt := range tests {
		if got := tagged(tt.in); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestTagContext(t *testing.T) {
	tests := []struct{ in, word, want string }{
		{"an American drone strike killed the general", "strike", "NOUN"},
		{"an American drone strike killed the general", "killed", "VERB"},
		{"Iraq reports 8,331 new cases", "reports", "VERB"},
		{"The statement read.", "read", "VERB"},
		{"U.S. strikes on militias", "strikes", "NOUN"},
		{"remnants of the group ambush security forces", "ambush", "VERB"},
		{"the dialog meeting between them", "meeting", "NOUN"},
		{"the continued U.S. presence", "continued", "ADJ"},
		{"Troops were temporarily withdrawn in 2011", "withdrawn", "PART"},
		{"US forces pulled out of Iraq", "pulled", "VERB"},
		{"as part of the coalition", "as", "PREP"},
		{"while US troops stay", "US", "PROPN"},
		{"jets carried out strikes on bases", "strikes", "NOUN"},
		{"the troops will stay.", "stay", "VERB"},
		{"they would not stay", "stay", "VERB"},
		{"militias stepped up attacks on bases", "attacks", "NOUN"},
	}
	for _, tt := range tests {
		found := false
		for _, tok := range Tokenize(tt.in) {
			if tok.Text == tt.word {
				found = true
				if tok.Tag.String() != tt.want {
					t.Errorf("%q: %s is %s, want %s (%s)", tt.in, tt.word, tok.Tag, tt.want, tagged(tt.in))
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tt.in, tt.word)
		}
	}
}

// TestTokenizeWith: a verb the caller knows (a lexicon's action, a user's)
// is a verb or a noun by context, as the tagger's own verbs are; without
// it, the word would be a noun wherever no modal stands before it.
func TestTokenizeWith(t *testing.T) {
	verbs := map[string]bool{"rescue": true, "rescues": true, "rally": true}
	tests := []struct{ in, word, want, without string }{
		{"French troops did not rescue him", "rescue", "VERB", "NOUN"},
		{"they plan to rescue the hostages", "rescue", "VERB", "NOUN"},
		{"the army rescues hostages", "rescues", "VERB", "NOUN"},
		{"the rescue of the hostages", "rescue", "NOUN", "NOUN"},
		{"a daring rescue by troops", "rescue", "NOUN", "NOUN"},
		{"protesters rally in Baghdad", "rally", "VERB", "ADV"},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			verbs map[string]bool
			want  string
		}{{verbs, tt.want}, {nil, tt.without}} {
			for _, tok := range TokenizeWith(tt.in, c.verbs) {
				if tok.Text == tt.word && tok.Tag.String() != c.want {
					t.Errorf("%q (verbs %v): %s is %s, want %s", tt.in, c.verbs != nil, tt.word, tok.Tag, c.want)
				}
			}
		}
	}
}

// FuzzTokenize: tokens are in order, inside the text, and Text is the
// text's bytes at Start:End.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S. al-Kadhimi’s doesn't 5,200.", "“x” 's n't", "\xff\x00 ’", "A.B.C"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range Tokenize(s) {
			if tok.Start < prev || tok.End > len(s) || tok.Start >= tok.End || s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("bad token %+v in %q", tok, s)
			}
			prev = tok.End
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	s := "The US has been under pressure to exit Iraq since January, when it killed Iranian Gen. Qasem Soleimani in a drone strike in Baghdad."
	for i := 0; i < b.N; i++ {
		Tokenize(s)
	}
}

func TestVerbLemma(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"stormed", "storm"}, {"fled", "flee"}, {"stopped", "stop"}, {"says", "say"},
		{"died", "die"}, {"carried", "carry"}, {"planning", "plan"}, {"submitted", "submit"},
		{"sought", "seek"}, {"declared", "declare"}, {"dying", "die"}, {"kill", "kill"},
	} {
		if got, ok := VerbLemma(tc.in); !ok || got != tc.want {
			t.Errorf("VerbLemma(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	for _, w := range []string{"missiles", "xyzzy", "hundred"} {
		if l, ok := VerbLemma(w); ok {
			t.Errorf("VerbLemma(%q) = %q, want no verb", w, l)
		}
	}
	for w, want := range map[string]bool{"died": true, "fled": true, "sought": true, "red": false, "hundred": false, "going": false, "troops": false} {
		if PastForm(w) != want {
			t.Errorf("PastForm(%q) = %v, want %v", w, !want, want)
		}
	}
}

func TestPastFormAmbiguous(t *testing.T) {
	for _, w := range []string{"wound", "felt", "ground"} {
		if PastForm(w) {
			t.Errorf("PastForm(%q): a noun too, not a verb on sight", w)
		}
	}
}

// TestWordLists pins data/words.toml to the lists it replaced in Go: the
// same number of words in each, and a word from each in its class.
func TestWordLists(t *testing.T) {
	for _, c := range []struct {
		name string
		got  int
		want int
	}{
		{"closed", len(closed), 194}, {"participles", len(participles), 66}, {"verbs", len(verbs), 209},
		{"adjectives", len(adjectives), 82}, {"not_verbs_ed", len(nonVerbEd), 12},
		{"reporting", len(reporting), 9}, {"particles", len(particles), 4},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d words, want %d", c.name, c.got, c.want)
		}
	}
	for w, tag := range map[string]Tag{"the": Det, "than": Prep, "to": To, "nor": Conj, "once": Sub, "whose": Rel,
		"there": Pron, "'s": Aux, "must": Modal, "n't": Neg, "ago": Adv} {
		if closed[w] != tag {
			t.Errorf("closed[%q] = %v, want %v", w, closed[w], tag)
		}
	}
	if !participles["driven"] || !verbs["is"] || !adjectives["many"] || !nonVerbEd["armed"] || !reporting["read"] || !particles["down"] {
		t.Error("a word is missing from the open-class lists")
	}
}
