package nlp

import (
	_ "embed"
	"strings"
	"unicode"

	"github.com/BurntSushi/toml"
)

// The tagger's word lists are data (data/words.toml), read once at start.
//
//go:embed data/words.toml
var wordsData string

var (
	// closed holds the closed-class words; their tag never depends on
	// context (apart from "that", "as" and "since", which tag() looks at
	// again).
	closed = map[string]Tag{}
	// participles are irregular past forms (past tense and participle
	// share the Part/Verb decision made in context).
	participles map[string]bool
	// verbs are common news verbs in their base or -s forms; a word listed
	// here is tagged Verb unless its context says noun.
	verbs map[string]bool
	// adjectives are common news adjectives.
	adjectives map[string]bool
	// nonVerbEd are -ed words that are not verbs.
	nonVerbEd map[string]bool
	// reporting verbs stay verbs after a noun: "the statement reads on Sunday".
	reporting map[string]bool
	// particles complete a phrasal verb: "carry out", "step up".
	particles map[string]bool
)

// wordLists is data/words.toml.
type wordLists struct {
	Closed struct {
		Det, Prep, To, Conj, Sub, Rel, Pron, Aux, Modal, Neg, Adv []string
	}
	Open struct {
		Participles, Verbs, Adjectives, Reporting, Particles []string
		NotVerbsEd                                           []string `toml:"not_verbs_ed"`
	}
}

func init() {
	var w wordLists
	if _, err := toml.Decode(wordsData, &w); err != nil {
		panic("nlp: embedded data/words.toml: " + err.Error()) // covered by tests
	}
	c := w.Closed
	for _, class := range []struct {
		tag   Tag
		words []string
	}{
		{Det, c.Det}, {Prep, c.Prep}, {To, c.To}, {Conj, c.Conj}, {Sub, c.Sub}, {Rel, c.Rel},
		{Pron, c.Pron}, {Aux, c.Aux}, {Modal, c.Modal}, {Neg, c.Neg}, {Adv, c.Adv},
	} {
		for _, word := range class.words {
			if _, dup := closed[word]; dup {
				panic("nlp: data/words.toml: " + word + " is in two closed classes") // covered by tests
			}
			closed[word] = class.tag
		}
	}
	participles = set(w.Open.Participles)
	verbs = set(w.Open.Verbs)
	adjectives = set(w.Open.Adjectives)
	nonVerbEd = set(w.Open.NotVerbsEd)
	reporting = set(w.Open.Reporting)
	particles = set(w.Open.Particles)
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

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
// context rules for the ambiguous words. Each pass goes left to right and
// sees the tags the earlier tokens got in it.
func tag(toks []Token) {
	for i := range toks {
		toks[i].Tag = wordTag(toks, i)
	}
	for i := range toks {
		toks[i].Tag = contextTag(toks, i)
	}
	// participle vs past tense: after be/have it is a participle, else a
	// finite past verb when a subject precedes it
	for i := range toks {
		if toks[i].Tag == Part && finitePast(toks, i) {
			toks[i].Tag = Verb
		}
	}
}

// wordTag is the tag of token i from the word alone (and, for capitals,
// whether it opens a sentence).
func wordTag(toks []Token, i int) Tag {
	t := &toks[i]
	if !t.IsWord() {
		return symbolTag(toks, i)
	}
	if unicode.IsDigit(rune(t.Text[0])) {
		return Num
	}
	if tg, ok := closedTag(toks, i); ok {
		return tg
	}
	tg := openTag(toks, i)
	if tg == Noun && t.Cap && sentenceStart(toks, i) && i+1 < len(toks) && toks[i+1].Cap && toks[i+1].IsWord() {
		return Proper
	}
	return tg
}

// closedTag is the tag of a closed-class word. "US" inside a sentence is
// the country, not the pronoun.
func closedTag(toks []Token, i int) (Tag, bool) {
	t := &toks[i]
	tg, ok := closed[t.Lower]
	if !ok || t.Cap && i > 0 && tg == Pron && t.Lower == "us" {
		return 0, false
	}
	if t.Lower == "us" && t.Text == "US" {
		return Proper, true
	}
	return tg, true
}

func symbolTag(toks []Token, i int) Tag {
	t := &toks[i]
	if t.Lower == "'s" || pluralPossessive(toks, i) {
		return Poss
	}
	if r := []rune(t.Text); len(r) == 1 && IsQuoteRune(r[0]) {
		return Quote
	}
	return Punct
}

// openTag guesses an open-class word's tag: names, the word lists, then
// the word's form (formTag).
func openTag(toks []Token, i int) Tag {
	t := &toks[i]
	w := t.Lower
	switch {
	case t.Cap && !sentenceStart(toks, i), isAcronym(t.Text):
		return Proper
	case participles[w]:
		return Part
	case verbs[w]:
		return Verb
	case adjectives[w]:
		return Adj
	}
	return formTag(t)
}

// formTag guesses the tag of a word no list knows from its form: past and
// -ing forms, then the caller's verbs, then -ly adverbs; a noun when
// nothing else fits.
func formTag(t *Token) Tag {
	w := t.Lower
	switch {
	case strings.HasSuffix(w, "ed") && len(w) > 4 && !nonVerbEd[w]:
		return Part
	case !nonVerbEd[w] && PastForm(w):
		// "died", "fled", "sought": short and irregular past forms
		// WordNet knows
		return Part
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		return Ger
	case t.verb:
		return Verb
	case strings.HasSuffix(w, "ly") && len(w) > 4:
		return Adv
	}
	return Noun
}

// contextTag corrects the tag of token i from its neighbours.
func contextTag(toks []Token, i int) Tag {
	prev, next := at(toks, i-1), at(toks, i+1)
	switch toks[i].Tag {
	case Verb:
		return verbInContext(toks, i, prev, next)
	case Part:
		return participleInContext(prev, next)
	case Ger:
		return gerundInContext(prev, next)
	case Sub:
		// "as part of", "as a result": a preposition
		if toks[i].Lower == "as" && (next == Noun || next == Det || next == Adj) {
			return Prep
		}
	case Rel:
		return relativeInContext(toks[i].Lower, prev, next)
	case Noun:
		return nounInContext(toks, i, prev)
	}
	return toks[i].Tag
}

// participleInContext: "the continued presence", "a non-binding law" are
// adjectives.
func participleInContext(prev, next Tag) Tag {
	if (prev == Det || prev == Adj || prev == Poss) && (next == Noun || next == Proper || next == Adj) {
		return Adj
	}
	return Part
}

// gerundInContext: "the meeting", "the dialog meeting between", "a
// meeting." are nouns.
func gerundInContext(prev, next Tag) Tag {
	if prev == Det || prev == Adj || prev == Poss || (prev == Noun || prev == Proper) && (next == Prep || next == Punct) {
		return Noun
	}
	return Ger
}

// relativeInContext: "that" after a determiner slot is a demonstrative.
func relativeInContext(w string, prev, next Tag) Tag {
	if w == "that" && next == Noun && prev != Noun && prev != Proper && prev != Verb && prev != Part {
		return Det
	}
	return Rel
}

// nounInContext: "will stay", "would not leave": a bare form after a modal
// is a verb.
func nounInContext(toks []Token, i int, prev Tag) Tag {
	t := &toks[i]
	if !t.Cap && (prev == Modal || prev == Neg && at(toks, i-2) == Modal) && !strings.HasSuffix(t.Lower, "s") {
		return Verb
	}
	return Noun
}

// verbInContext decides a verb-or-noun word: a noun after a determiner,
// adjective, possessive or preposition, and between a modifier noun and a
// verb ("drone strike killed").
func verbInContext(toks []Token, i int, prev, next Tag) Tag {
	switch prev {
	case Det, Adj, Poss, Num, Prep:
		return Noun
	case Adv:
		// "carried out strikes", "stepped up attacks": the object of a
		// phrasal verb
		if i >= 2 && particles[toks[i-1].Lower] && (toks[i-2].Tag == Verb || toks[i-2].Tag == Part) {
			return Noun
		}
	case Noun, Proper:
		if nounAfterNoun(toks, i, next) {
			return Noun
		}
	case Other:
		if i == 0 && next == Prep {
			return Noun
		}
	}
	return Verb
}

// nounAfterNoun reports a verb-or-noun word after a noun that is a noun
// itself: part of a compound ("a drone strike in Baghdad") or followed by
// what a subject's verb is not ("the strike killed", "an attack on").
func nounAfterNoun(toks []Token, i int, next Tag) bool {
	t := &toks[i]
	if reporting[t.Lower] {
		return false // "a statement by the ministry reads", "Iraq reports"
	}
	// a compound after a determiner: "a drone strike in Baghdad" ("a US
	// drone strike in Baghdad": a name may stand between)
	if compoundAfterDet(toks, i) && (next == Prep || next == Punct || next == Conj || next == Other) {
		return true
	}
	switch next {
	case Verb, Part, Aux, Modal, Punct:
		return true
	case Conj, Rel, Other:
		return strings.HasSuffix(t.Lower, "s") || !verbs[t.Lower] && !t.verb
	case Prep:
		// "a missile attack on Kyiv"
		w := toks[i+1].Lower
		return w == "of" || w == "on" || w == "against"
	}
	return false
}

func compoundAfterDet(toks []Token, i int) bool {
	return i >= 2 && (toks[i-2].Tag == Det || toks[i-2].Tag == Adj) || i >= 3 && toks[i-2].Tag == Proper && toks[i-3].Tag == Det
}

// finitePast reports a Part that is a finite past verb: "US forces pulled
// out". It stays Part after be/have, a modal or an adverb; a reduced
// passive (a "by" after it) is left to extraction.
func finitePast(toks []Token, i int) bool {
	p := prevWord(toks, i)
	if p < 0 {
		return false
	}
	switch toks[p].Tag {
	case Noun, Proper, Pron, Rel, Num:
		return true
	}
	return false
}

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
