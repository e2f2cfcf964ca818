package nlp

import (
	"strings"
	"unicode"
)

// closed holds the closed-class words; their tag never depends on context
// (apart from "that", "as" and "since", which tag() looks at again).
var closed = map[string]Tag{}

func init() {
	for tag, words := range map[Tag]string{
		Det:   "the a an this these those its their his her our my your every each any some no all both another other such either neither several many few much",
		Prep:  "of in on at by for with from into onto near under over after before since during against across amid amidst toward towards through throughout following between among without within upon despite via per beside besides behind beyond inside outside alongside like unlike regarding concerning about around off than",
		To:    "to",
		Conj:  "and or but nor yet",
		Sub:   "when while although though because if whereas unless until once whether where as",
		Rel:   "that which who whom whose",
		Pron:  "it they he she we i you them him us me itself themselves himself herself there",
		Aux:   "is are was were be been being am has have had having do does did 's",
		Modal: "will would could can may might shall should must",
		Neg:   "not n't never",
		Adv:   "also still now currently already again further once previously repeatedly recently soon then later just only even mainly mostly largely slowly temporarily eventually likely reportedly allegedly very more most less least too so almost nearly roughly approximately here ever back together instead however thereby out up down away ago",
	} {
		for _, w := range strings.Fields(words) {
			if _, dup := closed[w]; !dup {
				closed[w] = tag
			}
		}
	}
	for _, w := range strings.Fields(irregularParticiples) {
		participles[w] = true
	}
	for _, w := range strings.Fields(commonVerbs) {
		verbs[w] = true
	}
	for _, w := range strings.Fields(commonAdjectives) {
		adjectives[w] = true
	}
	for _, w := range strings.Fields(notVerbsEd) {
		nonVerbEd[w] = true
	}
}

// participles are irregular past forms (past tense and participle share
// the Part/Verb decision made in context).
var participles = map[string]bool{}

const irregularParticiples = "met led held told said made took taken given gave brought sent seen saw known went gone begun began fought left kept found shot struck hit built come came become became run ran put set cut read drawn drew withdrawn withdrew overseen undertaken paid spent won lost meant thought sought bought shown written wrote spoken spoke stood understood arisen rose fallen fell grown grew driven drove"

// verbs are common news verbs in their base or -s forms; a word listed here
// is tagged Verb unless its context says noun (after a determiner, etc.).
var verbs = map[string]bool{}

const commonVerbs = "say says tell tells meet meets kill kills strike strikes attack attacks withdraw withdraws pull pulls deploy deploys send sends announce announces reduce reduces remain remains continue continues seek seeks request requests agree agrees sign signs visit visits invade invades defeat defeats leave leaves return returns keep keeps support supports help helps fight fights discuss discusses need needs want wants plan plans intend intends expect expects hold holds lead leads report reports reads read state states confirm confirms believe believes maintain maintains handle handles provide provides protect protects target targets promote promotes fuel fuels ambush ambushes kidnap kidnaps execute executes extort extorts advise advises assist assists train trains work works ensure ensures reiterate reiterates stress stresses reveal reveals indicate indicates inform informs deliver delivers take takes give gives make makes come comes begin begins draw draws remove removes expel expels end ends launch launches carry carries conduct conducts order orders increase increases rise rises fall falls cut cuts host hosts station stations know knows think thinks include includes allow allows face faces accuse accuses deny denies claim claims warn warns call calls urge urges ask asks offer offers hand hands cite cites bring brings seize seizes capture captures scale scales shift shifts transition transitions redeploy redeploys exit exits is"

// adjectives are common news adjectives (most others are caught as
// nouns in a noun phrase, which extraction treats alike).
var adjectives = map[string]bool{}

const commonAdjectives = "new old former acting senior top permanent foreign military joint international national local regional main primary chief deputy interim non-binding strategic bilateral economic political diplomatic security territorial remaining additional other western eastern northern southern certain potential possible recent current previous final first second third last next daily weekly monthly annual large small major minor high low higher lower highest lowest great greater significant specific mutual close clear full total nearby neighbouring neighboring free fresh own sectarian civilian combat key several various many"

// reporting verbs stay verbs after a noun: "the statement reads on Sunday".
var reporting = map[string]bool{"says": true, "reads": true, "states": true, "adds": true, "notes": true, "tells": true, "reports": true, "said": true, "read": true}

// nonVerbEd are -ed words that are not verbs.
var nonVerbEd = map[string]bool{}

const notVerbsEd = "red bed need speed seed feed hundred kindred naked wicked sacred armed"

// pluralPossessive reports whether the lone apostrophe at i marks a plural
// possessive ("the troops' withdrawal"): it closes a word ending in s, a
// word follows after a space, and no single quotation it could close was
// opened before it in the text.
func pluralPossessive(toks []Token, i int) bool {
	t := toks[i]
	if t.Lower != "'" || i == 0 || i+1 >= len(toks) {
		return false
	}
	p, n := toks[i-1], toks[i+1]
	if p.End != t.Start || !strings.HasSuffix(p.Lower, "s") || !p.IsWord() || n.Start == t.End || !n.IsWord() {
		return false
	}
	for k := max(0, i-60); k < i; k++ {
		// an opening single quote (nearby): "‘" or an apostrophe after a space
		if toks[k].Text == "‘" || toks[k].Lower == "'" && (k == 0 || toks[k-1].End < toks[k].Start) {
			return false
		}
	}
	return true
}

// tag assigns tags: closed classes first, then suffixes and capitals, then
// context rules for the ambiguous words.
func tag(toks []Token) {
	for i := range toks {
		t := &toks[i]
		switch {
		case !t.IsWord():
			if t.Lower == "'s" || pluralPossessive(toks, i) {
				t.Tag = Poss
			} else if r := []rune(t.Text); len(r) == 1 && IsQuoteRune(r[0]) {
				t.Tag = Quote
			} else {
				t.Tag = Punct
			}
			continue
		case unicode.IsDigit(rune(t.Text[0])):
			t.Tag = Num
			continue
		}
		if tg, ok := closed[t.Lower]; ok && !(t.Cap && i > 0 && tg == Pron && t.Lower == "us") {
			// "US" inside a sentence is the country, not the pronoun
			if t.Lower == "us" && t.Text == "US" {
				t.Tag = Proper
				continue
			}
			t.Tag = tg
			continue
		}
		switch {
		case t.Cap && !sentenceStart(toks, i), isAcronym(t.Text):
			t.Tag = Proper
		case participles[t.Lower]:
			t.Tag = Part
		case verbs[t.Lower]:
			t.Tag = Verb
		case adjectives[t.Lower]:
			t.Tag = Adj
		case strings.HasSuffix(t.Lower, "ed") && len(t.Lower) > 4 && !nonVerbEd[t.Lower]:
			t.Tag = Part
		case !nonVerbEd[t.Lower] && PastForm(t.Lower):
			// "died", "fled", "sought": short and irregular past forms
			// WordNet knows
			t.Tag = Part
		case strings.HasSuffix(t.Lower, "ing") && len(t.Lower) > 4:
			t.Tag = Ger
		case strings.HasSuffix(t.Lower, "ly") && len(t.Lower) > 4:
			t.Tag = Adv
		default:
			t.Tag = Noun
		}
		if t.Cap && sentenceStart(toks, i) && t.Tag == Noun && i+1 < len(toks) && toks[i+1].Cap && toks[i+1].IsWord() {
			t.Tag = Proper
		}
	}
	// context
	for i := range toks {
		t := &toks[i]
		prev, next := at(toks, i-1), at(toks, i+1)
		switch t.Tag {
		case Verb:
			// a verb-or-noun word: noun after a determiner, adjective,
			// possessive or preposition; noun between a modifier noun and
			// a verb ("drone strike killed")
			switch prev {
			case Det, Adj, Poss, Num, Prep:
				t.Tag = Noun
			case Adv:
				// "carried out strikes", "stepped up attacks": the object
				// of a phrasal verb
				if i >= 2 && particles[toks[i-1].Lower] && (toks[i-2].Tag == Verb || toks[i-2].Tag == Part) {
					t.Tag = Noun
				}
			case Noun, Proper:
				if reporting[t.Lower] {
					break // "a statement by the ministry reads", "Iraq reports"
				}
				// a compound after a determiner: "a drone strike in Baghdad"
				// ("a US drone strike in Baghdad": a name may stand between)
				if (i >= 2 && (toks[i-2].Tag == Det || toks[i-2].Tag == Adj) || i >= 3 && toks[i-2].Tag == Proper && toks[i-3].Tag == Det) && (next == Prep || next == Punct || next == Conj || next == Other) {
					t.Tag = Noun
					break
				}
				if strings.HasSuffix(t.Lower, "s") || !verbs[t.Lower] {
					switch next {
					case Verb, Part, Aux, Modal, Punct, Conj, Rel, Other:
						t.Tag = Noun
					case Prep:
						if toks[i+1].Lower == "of" || toks[i+1].Lower == "on" || toks[i+1].Lower == "against" {
							t.Tag = Noun
						}
					}
				} else if next == Verb || next == Part || next == Aux || next == Modal || next == Punct {
					t.Tag = Noun
				} else if next == Prep && (toks[i+1].Lower == "of" || toks[i+1].Lower == "on" || toks[i+1].Lower == "against") {
					t.Tag = Noun // "a missile attack on Kyiv"
				}
			}
			if t.Tag == Verb && prev == Other && i == 0 && next == Prep {
				t.Tag = Noun
			}
		case Part:
			// "the continued presence", "a non-binding law": adjectives
			if prev == Det || prev == Adj || prev == Poss {
				if next == Noun || next == Proper || next == Adj {
					t.Tag = Adj
				}
			}
		case Ger:
			switch prev {
			case Det, Adj, Poss:
				t.Tag = Noun
			case Noun, Proper:
				// "the dialog meeting between", "a meeting."
				if next == Prep || next == Punct {
					t.Tag = Noun
				}
			}
		case Sub:
			// "as part of", "as a result": a preposition
			if t.Lower == "as" && (next == Noun || next == Det || next == Adj) {
				t.Tag = Prep
			}
		case Rel:
			// "that" after a determiner slot is a demonstrative
			if t.Lower == "that" && (next == Noun) && prev != Noun && prev != Proper && prev != Verb && prev != Part {
				t.Tag = Det
			}
		case Noun:
			if prev == Det || prev == Num {
				break
			}
			// "will stay", "would not leave": a bare form after a modal is a verb
			if !t.Cap && (prev == Modal || prev == Neg && at(toks, i-2) == Modal) && !strings.HasSuffix(t.Lower, "s") {
				t.Tag = Verb
			}
		}
	}
	// participle vs past tense: after be/have it is a participle, else a
	// finite past verb when a subject precedes it
	for i := range toks {
		t := &toks[i]
		if t.Tag != Part {
			continue
		}
		if p := prevWord(toks, i); p >= 0 {
			switch toks[p].Tag {
			case Aux, Neg, Adv, Modal:
				continue
			case Noun, Proper, Pron, Rel, Num:
				// "US forces pulled out": finite past; kept Part only when a
				// "by" follows (reduced passive), decided by extraction
				t.Tag = Verb
			}
		}
	}
}

// particles complete a phrasal verb: "carry out", "step up".
var particles = map[string]bool{"out": true, "up": true, "off": true, "down": true}

// isAcronym: "U.S.", "ISIS", "COVID-19": two or more capitals, no lower case.
func isAcronym(w string) bool {
	caps := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return caps >= 2
}

func at(toks []Token, i int) Tag {
	if i < 0 || i >= len(toks) {
		return Other
	}
	return toks[i].Tag
}

// prevWord is the index of the previous non-adverb word, or -1.
func prevWord(toks []Token, i int) int {
	for j := i - 1; j >= 0; j-- {
		if toks[j].Tag == Adv {
			continue
		}
		return j
	}
	return -1
}

// sentenceStart reports whether token i opens a sentence or a quotation.
func sentenceStart(toks []Token, i int) bool {
	if i == 0 {
		return true
	}
	switch p := toks[i-1]; p.Tag {
	case Quote:
		return true
	case Punct:
		return p.Text == "." || p.Text == ":" || p.Text == "(" || p.Text == "["
	}
	return false
}
