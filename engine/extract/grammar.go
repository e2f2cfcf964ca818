package extract

import (
	"strings"

	"github.com/claimcheck/claimcheck/engine/lexicon"
)

// grammar is the word classes extraction reads, from the lexicon's
// [[words]] data (engine/lexicon/data/grammar.toml), so that a newsroom
// extends them with --lexicon like any other language knowledge. The
// fields are named as the classes are, in camel case.
type grammar struct {
	appositionHeads   map[string]bool
	aspectuals        map[string]bool
	bodyHeads         map[string]bool
	causatives        map[string]bool
	causeOpeners      map[string]bool
	changeVerbs       map[string]bool
	comitatives       map[string]bool
	achieveVerbs      map[string]bool
	backgroundPreps   map[string]bool
	backgroundHeads   map[string]bool
	zeroWords         map[string]bool
	clauseOpeners     map[string]bool
	countSkip         map[string]bool
	datesOther        map[string]bool
	decisionVerbs     map[string]bool
	denialVerbs       map[string]bool
	deputies          map[string]bool
	docHeads          map[string]bool
	firstSecond       map[string]bool
	gerundOpeners     map[string]bool
	holdVerbs         map[string]bool
	honorifics        map[string]bool
	hostVerbs         map[string]bool
	hypothetical      map[string]bool
	hypotheticalVerbs map[string]bool
	increments        map[string]bool
	intentWords       map[string]bool
	pluralNouns       map[string]bool
	measureNouns      map[string]bool
	degreeAdverbs     map[string]bool
	creditWords       map[string]bool
	peakWords         map[string]bool
	sentenceOpeners   map[string]bool
	instrumentHeads   map[string]bool
	leadVerbs         map[string]bool
	locatives         map[string]bool
	measureHeads      map[string]bool
	missionHeads      map[string]bool
	motiveWords       map[string]bool
	nameParticles     map[string]bool
	nameStop          map[string]bool
	numbering         map[string]bool
	personHeads       map[string]bool
	possessives       map[string]bool
	reportOnly        map[string]bool
	reportVerbs       map[string]bool
	sayVerbs          map[string]bool
	sideHeads         map[string]bool
	simultaneous      map[string]bool
	speechVerbs       map[string]bool
	stateHeads        map[string]bool
	supportVerbs      map[string]bool
	tallyPreps        map[string]bool
	targetPreps       map[string]bool
	victimActions     map[string]bool
	violent           map[string]bool

	// actionVerbs are the one-word verb forms of the lexicon's actions,
	// a user's too: the tagger takes them for verbs as it does its own.
	actionVerbs map[string]bool
}

// actionVerbs collects the one-word verb forms of every action.
func actionVerbs(lex *lexicon.Lexicon) map[string]bool {
	m := map[string]bool{}
	for _, a := range lex.Actions() {
		for _, v := range a.Verbs {
			if !strings.Contains(v, " ") {
				m[strings.ToLower(v)] = true
			}
		}
	}
	return m
}

func newGrammar(lex *lexicon.Lexicon) *grammar {
	w := func(id string) map[string]bool {
		if m := lex.Words(id); m != nil {
			return m
		}
		return map[string]bool{}
	}
	return &grammar{
		appositionHeads:   w("apposition-heads"),
		aspectuals:        w("aspectuals"),
		bodyHeads:         w("body-heads"),
		causatives:        w("causatives"),
		causeOpeners:      w("cause-openers"),
		changeVerbs:       w("change-verbs"),
		comitatives:       w("comitatives"),
		achieveVerbs:      w("achieve-verbs"),
		backgroundPreps:   w("background-preps"),
		backgroundHeads:   w("background-heads"),
		zeroWords:         w("zero-words"),
		clauseOpeners:     w("clause-openers"),
		countSkip:         w("count-skip"),
		datesOther:        w("dates-other"),
		decisionVerbs:     w("decision-verbs"),
		denialVerbs:       w("denial-verbs"),
		deputies:          w("deputies"),
		docHeads:          w("doc-heads"),
		firstSecond:       w("first-second"),
		gerundOpeners:     w("gerund-openers"),
		holdVerbs:         w("hold-verbs"),
		honorifics:        w("honorifics"),
		hostVerbs:         w("host-verbs"),
		hypothetical:      w("hypothetical"),
		hypotheticalVerbs: w("hypothetical-verbs"),
		increments:        w("increments"),
		intentWords:       w("intent-words"),
		pluralNouns:       w("plural-nouns"),
		measureNouns:      w("measure-nouns"),
		degreeAdverbs:     w("degree-adverbs"),
		creditWords:       w("credit-words"),
		peakWords:         w("peak-words"),
		sentenceOpeners:   w("sentence-openers"),
		instrumentHeads:   w("instrument-heads"),
		leadVerbs:         w("lead-verbs"),
		locatives:         w("locatives"),
		measureHeads:      w("measure-heads"),
		missionHeads:      w("mission-heads"),
		motiveWords:       w("motive-words"),
		nameParticles:     w("name-particles"),
		nameStop:          w("name-stop"),
		numbering:         w("numbering"),
		personHeads:       w("person-heads"),
		possessives:       w("possessives"),
		reportOnly:        w("report-only"),
		reportVerbs:       w("report-verbs"),
		sayVerbs:          w("say-verbs"),
		sideHeads:         w("side-heads"),
		simultaneous:      w("simultaneous"),
		speechVerbs:       w("speech-verbs"),
		stateHeads:        w("state-heads"),
		supportVerbs:      w("support-verbs"),
		tallyPreps:        w("tally-preps"),
		targetPreps:       w("target-preps"),
		victimActions:     w("victim-actions"),
		violent:           w("violent"),
		actionVerbs:       actionVerbs(lex),
	}
}
