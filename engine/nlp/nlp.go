// Package nlp is claimcheck's small English tokenizer and part-of-speech
// tagger, built for news sentences and for claim extraction.
//
// It is deliberately small: closed-class word lists (determiners,
// prepositions, auxiliaries, pronouns, subordinators), a few suffix rules
// and one pass of context rules for the words that are both nouns and verbs
// ("strikes", "attack", "reads"). Extraction leans on the lexicon for names
// and on these tags only for the frame of a clause (who precedes the verb,
// what follows it, which preposition introduces a phrase), which a general
// statistical tagger does not do better on scraped news, while costing a
// model of megabytes and offsets that must be mapped back to the file.
//
// Tokens carry byte offsets into the text they were cut from, so every span
// extraction reports maps straight back to the file.
package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tag is a coarse part of speech.
type Tag uint8

// The tags. They are coarser than Penn's: extraction needs the frame of a
// clause, not fine morphology.
const (
	Other  Tag = iota
	Noun       // common noun
	Proper     // capitalised word inside a sentence
	Adj        // adjective (incl. -ed/-ing forms after a determiner)
	Verb       // finite verb or bare infinitive
	Part       // past participle (-ed/-en after be/have, or in a reduced relative)
	Ger        // -ing form used verbally
	Aux        // be, have, do forms
	Modal      // will, would, could, ...
	Neg        // not, n't, never
	Det        // articles, demonstratives, possessive pronouns, quantifiers
	Prep       // prepositions
	To         // "to"
	Conj       // and, or, but, nor
	Sub        // subordinators: when, although, because, ...
	Rel        // that, which, who, whom, whose
	Pron       // personal pronouns
	Adv        // adverbs
	Num        // digits
	Poss       // the possessive 's
	Punct      // punctuation
	Quote      // quotation marks
)

var tagNames = [...]string{"X", "NOUN", "PROPN", "ADJ", "VERB", "PART", "GER", "AUX", "MODAL", "NEG", "DET", "PREP", "TO", "CONJ", "SUB", "REL", "PRON", "ADV", "NUM", "POSS", "PUNCT", "QUOTE"}

func (t Tag) String() string {
	if int(t) < len(tagNames) {
		return tagNames[t]
	}
	return "?"
}

// Token is one word or punctuation mark.
type Token struct {
	Start, End int    // byte offsets in the text
	Text       string // as written
	Lower      string // lower case, curly apostrophes straightened
	Tag        Tag
	Cap        bool // starts with an upper-case letter
	verb       bool // the caller knows the word as a verb form (TokenizeWith)
}

// IsWord reports whether the token is a word (letters or digits).
func (t *Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// IsQuoteRune reports whether r is a quotation mark.
func IsQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘':
		return true
	}
	return false
}

// Tokenize cuts text into tokens and tags them.
func Tokenize(text string) []Token { return TokenizeWith(text, nil) }

// TokenizeWith is Tokenize for a caller that knows verbs the tagger's own
// word lists do not: the forms in verbs (lower case), a lexicon's actions
// and a user's among them. The tagger takes such a word for a verb where
// it would otherwise guess a noun, and lets context decide between verb
// and noun as it does for "attack": "did not rescue them" (verb), "the
// rescue of" (noun).
func TokenizeWith(text string, verbs map[string]bool) []Token {
	toks := split(text)
	if len(verbs) > 0 {
		for i := range toks {
			toks[i].verb = verbs[toks[i].Lower]
		}
	}
	tag(toks)
	return toks
}

// split cuts words ("al-Kadhimi", "U.S.", "5,200", "COVID-19" stay whole),
// the possessive "'s", "n't" and single punctuation marks.
func split(text string) []Token {
	s := splitter{text: text}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && n <= 1 || r == '\u00a0':
			i += n
		case isWordRune(r):
			i = s.word(i, r, n)
		case isApos(r):
			i = s.apostrophe(i, n)
		default:
			s.add(i, i+n)
			i += n
		}
	}
	return s.out
}

// splitter is split's state: the text and the tokens so far.
type splitter struct {
	text string
	out  []Token
}

func (s *splitter) add(i, j int) {
	w := s.text[i:j]
	r, _ := utf8.DecodeRuneInString(w)
	low := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	s.out = append(s.out, Token{Start: i, End: j, Text: w, Lower: low, Cap: unicode.IsUpper(r)})
}

// word adds the word that starts at i with rune r (n bytes) and returns
// where it ends. "U.S." takes its final dot when the letters are single
// capitals.
func (s *splitter) word(i int, r rune, n int) int {
	text := s.text
	j := i + n
	for j < len(text) {
		r2, n2 := utf8.DecodeRuneInString(text[j:])
		if !isWordRune(r2) && !s.joiner(i, j, r, r2, n2) {
			break
		}
		j += n2
	}
	if j < len(text) && text[j] == '.' && isDottedAcronym(text[i:j]) {
		j++
	}
	s.add(i, j)
	return j
}

// joiner reports whether r2 (n2 bytes at j) joins the word that started at
// i with r to what follows: a hyphen, a digit group comma or dot, an
// acronym dot ("U.S."). Other apostrophes than "'s" and "n't" end a word.
func (s *splitter) joiner(i, j int, r, r2 rune, n2 int) bool {
	text := s.text
	if j+n2 >= len(text) {
		return false
	}
	r3, _ := utf8.DecodeRuneInString(text[j+n2:])
	switch {
	case r2 == '-' && isWordRune(r3):
		return true
	case (r2 == ',' || r2 == '.') && unicode.IsDigit(r3) && j > 0 && isDigitByte(text[j-1]):
		return true
	case r2 == '.' && unicode.IsUpper(r3) && j-i == 1 && unicode.IsUpper(r):
		return true
	}
	return false
}

// apostrophe adds the apostrophe at i (n bytes), and returns where the
// next token starts: "'s" and "n't" become tokens of their own; other
// apostrophes are punctuation.
func (s *splitter) apostrophe(i, n int) int {
	rest := s.text[i+n:]
	glued := len(s.out) > 0 && s.out[len(s.out)-1].End == i
	if (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) && (len(rest) == 1 || !isWordRune(rune(rest[1]))) && glued {
		s.add(i, i+n+1)
		return i + n + 1
	}
	if strings.HasPrefix(rest, "t") && glued && len(s.out[len(s.out)-1].Lower) > 1 && strings.HasSuffix(s.out[len(s.out)-1].Lower, "n") {
		// "doesn't": split the "n" off the previous token
		p := &s.out[len(s.out)-1]
		p.End--
		p.Text = p.Text[:len(p.Text)-1]
		p.Lower = p.Lower[:len(p.Lower)-1]
		s.add(i-1, i+n+1)
		return i + n + 1
	}
	s.add(i, i+n)
	return i + n
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// isDottedAcronym: "U.S", "U.N", "D.C" (the final dot is added by the caller).
func isDottedAcronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if k%2 == 0 && !(w[k] >= 'A' && w[k] <= 'Z') || k%2 == 1 && w[k] != '.' {
			return false
		}
	}
	return true
}
